#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

#include "pipeline/radix_sort.h"

namespace copydesk::pipeline {
namespace {

using Pair = std::pair<uint32_t, uint32_t>;
uint64_t PairKey(const Pair& p) { return uint64_t{p.first} << 32 | p.second; }

TEST_CASE("RadixSortBy sorts pairs as std::sort does", "[radix]") {
  std::mt19937_64 rng(7);
  for (size_t n : {0, 1, 5, 255, 256, 1000, 70000}) {
    std::vector<Pair> v(n);
    // Small values too: byte positions that never change are skipped.
    for (auto& p : v) p = {static_cast<uint32_t>(rng() % 5000), static_cast<uint32_t>(rng())};
    std::vector<Pair> want = v;
    std::sort(want.begin(), want.end());
    RadixSortBy(&v, PairKey);
    CHECK(v == want);
  }
}

TEST_CASE("RadixSortBy is stable", "[radix]") {
  // Keys with many ties; the second field is the input position.
  std::vector<Pair> v;
  for (uint32_t i = 0; i < 5000; ++i) v.emplace_back((i * 7919u) % 13u, i);
  std::vector<Pair> want = v;
  std::stable_sort(want.begin(), want.end(), [](const Pair& a, const Pair& b) { return a.first < b.first; });
  RadixSortBy(&v, [](const Pair& p) { return uint64_t{p.first}; });
  CHECK(v == want);
}

TEST_CASE("RadixSortBy reuses a scratch larger than the input", "[radix]") {
  std::mt19937_64 rng(3);
  std::vector<uint64_t> scratch;
  for (size_t n : {20000, 3000, 9000, 300}) {  // the scratch is larger than all but the first
    std::vector<uint64_t> v(n);
    for (auto& x : v) x = rng();
    std::vector<uint64_t> want = v;
    std::sort(want.begin(), want.end());
    RadixSortBy(&v, [](uint64_t x) { return x; }, &scratch);
    REQUIRE(v.size() == n);
    CHECK(v == want);
  }
}

TEST_CASE("RadixSortBy: all keys equal", "[radix]") {
  std::vector<uint64_t> v(1000, 42);
  RadixSortBy(&v, [](uint64_t x) { return x; });
  CHECK(std::all_of(v.begin(), v.end(), [](uint64_t x) { return x == 42; }));
}

}  // namespace
TEST_CASE("HashSortBy gives RadixSortBy's order: by key, ties in input order", "[radix]") {
  std::mt19937_64 rng(11);
  std::vector<std::pair<uint64_t, uint32_t>> scratch;
  std::vector<uint32_t> counts;
  auto key = [](const std::pair<uint64_t, uint32_t>& p) { return p.first; };
  // Hashes; hashes with many repeats (large buckets of one key); small values (one bucket);
  // sizes under the small-input cut and over it, and a scratch larger than the input.
  for (int kind = 0; kind < 3; ++kind) {
    for (size_t n : {0, 1, 200, 256, 5000, 100000, 3000}) {
      std::vector<std::pair<uint64_t, uint32_t>> v(n);
      std::vector<uint64_t> repeats(50);
      for (auto& r : repeats) r = rng();
      for (uint32_t i = 0; i < n; ++i) {
        const uint64_t k = kind == 0 ? rng() : kind == 1 ? (rng() % 3 == 0 ? repeats[rng() % 50] : rng()) : rng() % 1000;
        v[i] = {k, i};
      }
      std::vector<std::pair<uint64_t, uint32_t>> want = v;
      std::stable_sort(want.begin(), want.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
      HashSortBy(&v, key, &scratch, &counts);
      REQUIRE(v.size() == n);
      CHECK(v == want);
    }
  }
}

}  // namespace copydesk::pipeline
