// Feeds arbitrary bytes as a plain-text and as an HTML article through the normalizers, with
// the source map kept, and checks every span it maps lies inside the input, and that the text
// (in the input's own characters) is valid UTF-8 that the normalized form maps into.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "corpus/utf8.h"
#include "normalizers/normalize.h"
#include "normalizers/source_map.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto norm = [] {
    copydesk::normalizers::NormalizeOptions o;
    o.keep_source_map = true;
    return copydesk::normalizers::Normalizer::Create(o).value().release();
  }();
  for (auto format : {copydesk::corpus::Format::kText, copydesk::corpus::Format::kHtml}) {
    copydesk::corpus::Article a;
    a.id = "f";
    a.format = format;
    a.raw.assign(reinterpret_cast<const char*>(data), size);
    copydesk::corpus::RepairUtf8(&a.raw);
    const size_t input_size = a.raw.size();
    auto d = norm->Finish(norm->Prepare(a), nullptr);
    for (const auto& run : d.source_map) {
      if (run.text_begin + run.length > d.text.size() || run.source_begin + run.length > input_size)
        std::abort();
    }
    // The text keeps the input's characters: still valid UTF-8, and every normalized byte maps
    // inside it.
    if (!copydesk::corpus::IsValidUtf8(d.text)) std::abort();
    for (const auto& p : d.article.paragraphs)
      if (!copydesk::corpus::IsValidUtf8(p)) std::abort();
    for (uint32_t k = 0; k < d.normalized.size(); k += 5)
      if (d.TextOffset(k) > d.text.size()) std::abort();
    const auto n = static_cast<uint32_t>(d.text.size());
    for (uint32_t b = 0; b < n; b += 7) {
      auto src = copydesk::normalizers::ToSource(d.source_map, b, std::min(n, b + 13));
      if (src && (src->first >= src->second || src->second > input_size)) std::abort();
    }
  }
  return 0;
}
