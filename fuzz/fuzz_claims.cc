// Feeds arbitrary text to the claim extractor: every span lies in the text, and the claims
// write out as valid UTF-8 and JSON.
#include <cstddef>
#include <cstdint>

#include "corpus/utf8.h"
#include "extractors/claims.h"
#include "fuzz/fuzz_check.h"
#include "pipeline/writers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto ex = copydesk::extractors::ClaimExtractor::Create({}).value().release();
  copydesk::normalizers::NormalizedArticle d;
  d.article.id = "f";
  d.text.assign(reinterpret_cast<const char*>(data), size);
  copydesk::corpus::RepairUtf8(&d.text);
  copydesk::pipeline::RunResult r;
  ex->Extract(d, &r.claims);
  for (const auto& c : r.claims) {
    if (c.span_begin > c.span_end || c.span_end > d.text.size()) __builtin_trap();
  }
  copydesk::fuzz::CheckJsonl("claims.jsonl", copydesk::pipeline::ClaimsJsonl(r));
  return 0;
}
