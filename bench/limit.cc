// The limit of `copydesk dedup` on one core: the least a MinHash dedup must do to each article,
// with nothing else. Reads JSONL with simdjson (the "text" field of each line), hashes every
// word (a run of bytes other than ASCII space, tab, CR, LF) with XXH3-64, combines each 5 words
// into a shingle hash, signs the shingles with one-permutation MinHash (num_perm values, the
// copydesk default 128, densified) and keeps the sorted unique set of their high 32 bits. No
// normalization, no clustering: what copydesk does beyond this is what the ratio measures.
//
//   build-bench/bench/limit FILE.jsonl [--num-perm 128] [--k 5]
//
// Prints articles, bytes, CPU seconds of this process and MB/s per core (bytes / CPU seconds),
// and a checksum of the signatures and sets (so the work cannot be optimized away).
#include <simdjson.h>
#include <xxhash.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

namespace {

double CpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

bool IsSpace(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Scratch reused across articles.
struct Sketcher {
  size_t num_perm = 128;
  size_t k = 5;
  std::vector<uint64_t> words, shingles;
  std::vector<uint32_t> sig, set;

  void Sketch(std::string_view text) {
    words.clear();
    for (size_t i = 0; i < text.size();) {
      while (i < text.size() && IsSpace(static_cast<unsigned char>(text[i]))) ++i;
      const size_t b = i;
      while (i < text.size() && !IsSpace(static_cast<unsigned char>(text[i]))) ++i;
      if (i > b) words.push_back(XXH3_64bits(text.data() + b, i - b));
    }
    shingles.clear();
    if (words.size() >= k)
      for (size_t i = 0; i + k <= words.size(); ++i)
        shingles.push_back(XXH3_64bits(words.data() + i, k * sizeof(uint64_t)));
    // One-permutation MinHash: bin = high bits scaled to num_perm, value = low 32 bits.
    sig.assign(num_perm, 0xFFFFFFFFu);
    std::vector<char> filled(num_perm, 0);
    for (uint64_t h : shingles) {
      const size_t bin = static_cast<size_t>(((h >> 32) * num_perm) >> 32);
      const uint32_t v = static_cast<uint32_t>(h);
      if (v < sig[bin] || !filled[bin]) sig[bin] = filled[bin] ? std::min(sig[bin], v) : v;
      filled[bin] = 1;
    }
    // Densification: an empty bin takes a filled bin's value, chosen by a hash sequence.
    if (!shingles.empty())
      for (size_t i = 0; i < num_perm; ++i) {
        if (filled[i]) continue;
        for (uint64_t t = 0;; ++t) {
          const size_t j = XXH3_64bits_withSeed(&i, sizeof i, 0x5eed + t) % num_perm;
          if (filled[j]) {
            sig[i] = sig[j];
            break;
          }
        }
      }
    set.clear();
    for (uint64_t h : shingles) set.push_back(static_cast<uint32_t>(h >> 32));
    std::sort(set.begin(), set.end());
    set.erase(std::unique(set.begin(), set.end()), set.end());
  }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: limit FILE.jsonl [--num-perm 128] [--k 5]\n");
    return 2;
  }
  Sketcher s;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--num-perm") == 0) s.num_perm = std::strtoul(argv[i + 1], nullptr, 10);
    if (std::strcmp(argv[i], "--k") == 0) s.k = std::strtoul(argv[i + 1], nullptr, 10);
  }
  const double t0 = CpuSeconds();
  simdjson::padded_string json;
  if (auto e = simdjson::padded_string::load(argv[1]).get(json)) {
    std::fprintf(stderr, "limit: %s: %s\n", argv[1], simdjson::error_message(e));
    return 2;
  }
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document_stream docs;
  if (auto e = parser.iterate_many(json, 1 << 24).get(docs)) {
    std::fprintf(stderr, "limit: %s\n", simdjson::error_message(e));
    return 2;
  }
  size_t articles = 0;
  uint64_t checksum = 0;
  for (auto doc : docs) {
    std::string_view text;
    if (doc["text"].get_string().get(text)) continue;
    s.Sketch(text);
    ++articles;
    checksum = XXH3_64bits_withSeed(s.sig.data(), s.sig.size() * sizeof(uint32_t), checksum);
    checksum = XXH3_64bits_withSeed(s.set.data(), s.set.size() * sizeof(uint32_t), checksum);
  }
  const double cpu = CpuSeconds() - t0;
  std::printf("limit: %zu articles, %.1f MB, %.3f CPU s, %.1f MB/s per core (num_perm %zu, k %zu, checksum %016llx)\n",
              articles, json.size() / 1e6, cpu, json.size() / 1e6 / cpu, s.num_perm, s.k,
              static_cast<unsigned long long>(checksum));
  return articles > 0 ? 0 : 1;
}
