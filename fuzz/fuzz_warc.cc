// Feeds arbitrary bytes to the WARC reader as a WARC stream (stdin, format "warc"), normalizes
// what it reads and checks that the articles and the manifest (with its counts of skipped and
// damaged records) write out as valid UTF-8 and JSON. The reader must never hang or hold more
// than one record: each input ends, whatever its damage.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "corpus/reader.h"
#include "fuzz/fuzz_check.h"
#include "normalizers/normalize.h"
#include "pipeline/writers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace copydesk;
  static auto norm = normalizers::Normalizer::Create({}).value().release();
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  corpus::ReadOptions o;
  o.stdin_format = "warc";
  o.max_record_bytes = 1 << 20;
  pipeline::RunResult r;
  r.read = corpus::ReadInputs({"-"}, o, &in);
  r.docs = norm->NormalizeAll(std::move(r.read.articles), 1);
  r.read.articles.clear();
  fuzz::CheckJsonl("articles.jsonl", pipeline::ArticlesJsonl(r));
  pipeline::RunOptions ro;
  fuzz::CheckJson("manifest.json", pipeline::ManifestJson(r, {"-"}, ro, "fuzz"));
  return 0;
}
