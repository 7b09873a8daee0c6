// MinHash signatures by one-permutation hashing with optimal densification
// (Shrivastava, "Optimal Densification for Fast and Accurate Minwise Hashing", ICML 2017):
// O(shingles + num_perm) per article, no allocation per shingle.
//
//   pipeline::MinHasher mh({});                // 128 values
//   std::vector<uint32_t> sig;
//   mh.Sign(shingle_hashes, &sig);             // sig.size() == 128
//   double j = pipeline::EstimateJaccard(sig, other_sig);
//
// Bin of a shingle hash h: (h >> 32) * num_perm >> 32; value: the low 32 bits of h.
// An empty bin i takes the value of bin j, the first non-empty bin in the sequence
// j_t = XXH3_64bits_withSeed(i, kDensifySeed + t) mod num_perm, t = 0, 1, ...
//
// Options (defaults):
//   num_perm  128   signature length
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace copydesk::pipeline {

inline constexpr uint64_t kDensifySeed = 0x636f707964657333ull;  // "copydes3"
inline constexpr uint32_t kEmptyBin = 0xFFFFFFFFu;

struct MinHashOptions {
  size_t num_perm = 128;
};

class MinHasher {
 public:
  explicit MinHasher(const MinHashOptions& options) : options_(options) {}
  // Fills `sig` with the signature of shingle hashes (order and repeats do not matter); all kEmptyBin for an empty set.
  void Sign(std::span<const uint64_t> shingles, std::vector<uint32_t>* sig) const;
  size_t num_perm() const { return options_.num_perm; }

 private:
  MinHashOptions options_;
};

// Returns the share of equal positions of two signatures (an estimate of Jaccard).
double EstimateJaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);

}  // namespace copydesk::pipeline
