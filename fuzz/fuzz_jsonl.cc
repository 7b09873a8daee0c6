// Feeds arbitrary bytes to the JSONL reader: every line must be read or rejected, and what the
// reader gives (ids, fields, carried-through "extra" values, rejection reasons) must write out as
// valid UTF-8 and JSON: the articles (unnormalized) and the manifest.
#include <cstddef>
#include <cstdint>

#include "corpus/reader.h"
#include "fuzz/fuzz_check.h"
#include "pipeline/writers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace copydesk;
  pipeline::RunResult r;
  corpus::ReadJsonl("fuzz.jsonl", std::string(reinterpret_cast<const char*>(data), size), {},
                    &r.read);
  if (r.read.records_read != r.read.articles.size() + r.read.rejected.size()) __builtin_trap();
  for (auto& a : r.read.articles) {
    if (a.id.empty() || a.origin.line == 0) __builtin_trap();
    r.docs.emplace_back().article = std::move(a);
  }
  r.read.articles.clear();
  fuzz::CheckJsonl("articles.jsonl", pipeline::ArticlesJsonl(r));
  fuzz::CheckJson("manifest.json", pipeline::ManifestJson(r, {"fuzz.jsonl"}, {}, "fuzz"));
  return 0;
}
