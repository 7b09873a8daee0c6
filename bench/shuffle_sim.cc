// Simulates the band-key shuffle of a distributed dedup (docs/scale.md): generates articles as
// shingle sets (stories with copies that keep a share of the story's shingles, and single
// articles), signs them with copydesk's MinHasher, computes every band key of both bandings as
// pipeline/lsh.cc does (XXH3-64 of the band's rows, seeded by the band index), sends each key to
// the rank that owns it (key mod R) and counts, per rank: the keys and bytes it sends and
// receives, its largest bucket, and the candidate pairs its buckets make. Prints the totals per
// article, which docs/scale.md scales to 10^9 articles.
//
//   build-bench/bench/shuffle_sim --articles 200000 --ranks 64 [--words 600] [--seed 7] [--wire 200]
//
// --wire N: one story in N is a wire story run by 100-500 outlets (0: none); the others have 3
// copies, or none (one in five).
#include <xxhash.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "pipeline/lsh.h"
#include "pipeline/minhash.h"

namespace {

uint64_t SplitMix(uint64_t* s) {
  uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

}  // namespace

int main(int argc, char** argv) {
  size_t articles = 200000, ranks = 64, words = 600, wire = 200;
  uint64_t seed = 7;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    const uint64_t v = std::strtoull(argv[i + 1], nullptr, 10);
    if (a == "--articles") articles = v;
    if (a == "--ranks") ranks = v;
    if (a == "--words") words = v;
    if (a == "--seed") seed = v;
    if (a == "--wire") wire = v;
  }
  using namespace copydesk::pipeline;
  const size_t num_perm = 128;
  const BandParams bandings[2] = {OptimalBands(num_perm, 0.5, 0.5, 0.5), OptimalBands(num_perm, 0.2, 0.5, 0.5)};
  MinHasher hasher(MinHashOptions{num_perm});
  struct Key {
    uint64_t key;
    uint32_t article;
  };
  std::vector<std::vector<Key>> to_rank(ranks);
  std::vector<uint64_t> story, copy;
  std::vector<uint32_t> sig;
  uint64_t rng = seed;
  size_t made = 0;
  auto emit = [&](const std::vector<uint64_t>& shingles) {
    hasher.Sign(shingles, &sig);
    for (size_t b = 0; b < 2; ++b)
      for (size_t band = 0; band < bandings[b].bands; ++band) {
        // Distinct seeds per banding so that the two key spaces do not collide.
        const uint64_t key = XXH3_64bits_withSeed(sig.data() + band * bandings[b].rows,
                                                  bandings[b].rows * sizeof(uint32_t), band + 1000 * b);
        to_rank[key % ranks].push_back({key, static_cast<uint32_t>(made)});
      }
    ++made;
  };
  while (made < articles) {
    story.clear();
    for (size_t w = 0; w < words; ++w) story.push_back(SplitMix(&rng));
    emit(story);
    const bool single = SplitMix(&rng) % 5 == 0;
    // One story in `wire` is a wire story that 100-500 outlets run almost as sent.
    const bool wide = wire > 0 && SplitMix(&rng) % wire == 0;
    const size_t copies = single ? 0 : wide ? 100 + SplitMix(&rng) % 401 : 3;
    for (size_t c = 0; c < copies && made < articles; ++c) {
      // A copy keeps 50-100% of the story's shingles (a wire copy 90-100%) and adds a few of its own.
      const uint64_t keep = wide ? 90 + SplitMix(&rng) % 11 : 50 + SplitMix(&rng) % 51;
      copy.clear();
      for (uint64_t h : story)
        if (SplitMix(&rng) % 100 < keep) copy.push_back(h);
      for (size_t w = 0; w < words / 10; ++w) copy.push_back(SplitMix(&rng));
      emit(copy);
    }
  }
  const size_t keys_per_article = bandings[0].bands + bandings[1].bands;
  const size_t bytes_per_key = sizeof(uint64_t) + sizeof(uint64_t);  // key + global article index
  uint64_t total_keys = 0, max_keys = 0, pairs = 0, max_pairs = 0, max_bucket = 0;
  for (auto& v : to_rank) {
    std::sort(v.begin(), v.end(), [](const Key& a, const Key& b) { return a.key < b.key; });
    uint64_t p = 0;
    for (size_t a = 0; a < v.size();) {
      size_t b = a;
      while (b < v.size() && v[b].key == v[a].key) ++b;
      const uint64_t m = b - a;
      max_bucket = std::max(max_bucket, m);
      p += m * (m - 1) / 2;
      a = b;
    }
    total_keys += v.size();
    max_keys = std::max<uint64_t>(max_keys, v.size());
    pairs += p;
    max_pairs = std::max(max_pairs, p);
  }
  const double mean_keys = static_cast<double>(total_keys) / ranks;
  std::printf("articles %zu, ranks %zu, bands %zu x %zu + %zu x %zu = %zu keys per article\n", made, ranks,
              bandings[0].bands, bandings[0].rows, bandings[1].bands, bandings[1].rows, keys_per_article);
  std::printf("shuffle: %.1f bytes per article (%zu B per key), %.1f%% leaves its rank; "
              "busiest rank receives %.3fx the mean\n",
              static_cast<double>(total_keys * bytes_per_key) / made, bytes_per_key, 100.0 * (ranks - 1) / ranks,
              max_keys / mean_keys);
  std::printf("candidate pairs (with duplicates across bands): %.3f per article, 8 B each to verify; "
              "busiest rank makes %.3fx the mean; largest bucket %llu\n",
              static_cast<double>(pairs) / made, max_pairs / (static_cast<double>(pairs) / ranks),
              static_cast<unsigned long long>(max_bucket));
  return 0;
}
