// Feeds arbitrary text to the claim extractor.
#include <cstddef>
#include <cstdint>

#include "corpus/utf8.h"
#include "extractors/claims.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto ex = copydesk::extractors::ClaimExtractor::Create({}).value().release();
  copydesk::normalizers::NormalizedArticle d;
  d.article.id = "f";
  d.text.assign(reinterpret_cast<const char*>(data), size);
  copydesk::corpus::RepairUtf8(&d.text);
  std::vector<copydesk::extractors::Claim> out;
  ex->Extract(d, &out);
  for (const auto& c : out) {
    if (c.span_begin > c.span_end || c.span_end > d.text.size()) __builtin_trap();
  }
  return 0;
}
