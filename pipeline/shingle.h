// Shingles: the set of hashed word k-grams that near-duplicate detection compares.
//
//   pipeline::Shingler sh({});                      // k = 5, xxHash3-64, seed kShingleSeed
//   std::vector<uint64_t> set;
//   sh.Shingle("putin met xi in beijing on monday", &set);   // 3 hashes, sorted, unique
//
// Hash (frozen, see docs/hashing.md): each word w -> XXH3_64bits_withSeed(w, kWordSeed);
// a shingle -> XXH3_64bits_withSeed(the k word hashes as little-endian uint64[k], kShingleSeed).
// A text of 1..k-1 words gives one shingle of all its words; an empty text gives none.
//
// Options (defaults):
//   k  5   words per shingle
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "normalizers/segment.h"

namespace copydesk::pipeline {

inline constexpr uint64_t kWordSeed = 0x636f707964657331ull;     // "copydes1"
inline constexpr uint64_t kShingleSeed = 0x636f707964657332ull;  // "copydes2"

struct ShingleOptions {
  size_t k = 5;
};

class Shingler {
 public:
  explicit Shingler(const ShingleOptions& options) : options_(options) {}
  // Fills `out` with the sorted, unique shingle hashes of case-folded `text`. Reuses scratch.
  void Shingle(std::string_view text, std::vector<uint64_t>* out);
  // Fills `out` with the shingle hashes of `text` in text order, repeats kept (enough for
  // MinHash, which ignores order and repeats; saves the sort of 64-bit values).
  void Hashes(std::string_view text, std::vector<uint64_t>* out);
  // Returns the word spans of the last Shingle() call.
  const std::vector<normalizers::Span>& words() const { return words_; }

 private:
  ShingleOptions options_;
  normalizers::Segmenter segmenter_;
  std::vector<normalizers::Span> words_;
  std::vector<uint64_t> word_hashes_;
};

// Returns |a ∩ b| for sorted unique sequences.
size_t IntersectionSize(std::span<const uint64_t> a, std::span<const uint64_t> b);
size_t IntersectionSize(std::span<const uint32_t> a, std::span<const uint32_t> b);

// Fills `out` with the sorted, unique 32-bit verification set of shingle `hashes`: the high 32
// bits of each. Two 1,000-shingle sets share a false 32-bit value with probability ~2e-4.
// `scratch` is reused between calls.
void VerificationSet(std::span<const uint64_t> hashes, std::vector<uint32_t>* out,
                     std::vector<uint32_t>* scratch);

}  // namespace copydesk::pipeline
