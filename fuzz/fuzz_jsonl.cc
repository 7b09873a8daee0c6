// Feeds arbitrary bytes to the JSONL reader: every line must be read or rejected.
#include <cstddef>
#include <cstdint>

#include "corpus/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  copydesk::corpus::ReadReport r;
  copydesk::corpus::ReadJsonl("fuzz.jsonl", std::string(reinterpret_cast<const char*>(data), size), {}, &r);
  if (r.records_read != r.articles.size() + r.rejected.size()) __builtin_trap();
  return 0;
}
