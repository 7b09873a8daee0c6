// Feeds arbitrary text to the claim extractor, as it stands and through the normalizer (whose
// text keeps the input's characters while claims read the normalized form): every span lies in
// the text, and the claims write out as valid UTF-8 and JSON.
#include <cstddef>
#include <cstdint>

#include "corpus/utf8.h"
#include "extractors/claims.h"
#include "fuzz/fuzz_check.h"
#include "normalizers/normalize.h"
#include "pipeline/writers.h"

namespace {
void Check(const copydesk::extractors::ClaimExtractor& ex, const copydesk::normalizers::NormalizedArticle& d) {
  copydesk::pipeline::RunResult r;
  ex.Extract(d, &r.claims);
  for (const auto& c : r.claims) {
    if (c.span_begin > c.span_end || c.span_end > d.text.size()) __builtin_trap();
  }
  copydesk::fuzz::CheckJsonl("claims.jsonl", copydesk::pipeline::ClaimsJsonl(r));
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto ex = copydesk::extractors::ClaimExtractor::Create({}).value().release();
  static auto norm = copydesk::normalizers::Normalizer::Create({}).value().release();
  copydesk::normalizers::NormalizedArticle d;
  d.article.id = "f";
  d.text.assign(reinterpret_cast<const char*>(data), size);
  copydesk::corpus::RepairUtf8(&d.text);
  Check(*ex, d);
  copydesk::corpus::Article a;
  a.id = "n";
  a.raw.assign(reinterpret_cast<const char*>(data), size);
  Check(*ex, norm->Finish(norm->Prepare(std::move(a)), nullptr));
  return 0;
}
