// Feeds arbitrary bytes as a plain-text and as an HTML article through the normalizers.
#include <cstddef>
#include <cstdint>

#include "corpus/utf8.h"
#include "normalizers/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto norm = copydesk::normalizers::Normalizer::Create({}).value().release();
  for (auto format : {copydesk::corpus::Format::kText, copydesk::corpus::Format::kHtml}) {
    copydesk::corpus::Article a;
    a.id = "f";
    a.format = format;
    a.raw.assign(reinterpret_cast<const char*>(data), size);
    copydesk::corpus::RepairUtf8(&a.raw);
    auto d = norm->Finish(norm->Prepare(a), nullptr);
    (void)d;
  }
  return 0;
}
