#include <catch2/catch.hpp>

#include <random>

#include "pipeline/lsh.h"
#include "pipeline/minhash.h"

using namespace copydesk;

TEST_CASE("candidate pairs from band keys are the same with buffers reused", "[pipeline][lsh]") {
  // Signatures of 12 values in groups that share bands: 0-4 one band, 5-9 two, the rest none.
  std::mt19937 rng(3);
  std::vector<std::vector<uint32_t>> sigs(60, std::vector<uint32_t>(12));
  for (size_t i = 0; i < sigs.size(); ++i) {
    for (auto& v : sigs[i]) v = static_cast<uint32_t>(rng()) | 1;
    if (i % 10 < 5) std::fill(sigs[i].begin(), sigs[i].begin() + 3, static_cast<uint32_t>(i / 10 + 7));
    if (i % 10 >= 5) std::fill(sigs[i].begin() + 3, sigs[i].begin() + 9, static_cast<uint32_t>(i / 10 + 99));
  }
  sigs[7].clear();  // no signature: left out
  std::vector<std::span<const uint32_t>> spans(sigs.begin(), sigs.end());
  const pipeline::BandParams p{4, 3};
  std::vector<std::pair<uint32_t, uint32_t>> plain;
  pipeline::CandidatePairs(spans, p, 3, 2, &plain);
  CHECK(!plain.empty());
  std::vector<char> skip(sigs.size());
  for (size_t i = 0; i < sigs.size(); ++i) skip[i] = sigs[i].empty();
  auto keys_of = [&](size_t band, std::vector<uint64_t>*, std::vector<uint64_t>* keys) {
    keys->assign(sigs.size(), 0);
    for (size_t i = 0; i < sigs.size(); ++i)
      if (!skip[i]) (*keys)[i] = pipeline::BandKey(sigs[i], p, band);
  };
  pipeline::CandidateBuffers buffers;
  for (size_t threads : {1, 2, 3}) {
    INFO("threads " << threads);
    for (int round = 0; round < 3; ++round) {  // the same buffers again and again
      std::vector<std::pair<uint32_t, uint32_t>> got;
      pipeline::CandidatePairsFromKeys(sigs.size(), p.bands, keys_of, skip, 3, threads, &got, &buffers);
      CHECK(got == plain);
    }
    std::vector<std::pair<uint32_t, uint32_t>> without;
    pipeline::CandidatePairsFromKeys(sigs.size(), p.bands, keys_of, skip, 3, threads, &without);
    CHECK(without == plain);
  }
  for (const auto& [a, b] : plain) {
    CHECK(a < b);
    CHECK(a != 7);
    CHECK(b != 7);
  }
}
