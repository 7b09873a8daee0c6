#include "pipeline/shingle.h"

#include <xxhash.h>

#include <algorithm>

namespace copydesk::pipeline {

void Shingler::Shingle(std::string_view text, std::vector<uint64_t>* out) {
  Hashes(text, out);
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

void Shingler::Hashes(std::string_view text, std::vector<uint64_t>* out) {
  out->clear();
  segmenter_.Words(text, &words_);
  word_hashes_.clear();
  for (const auto& w : words_) {
    word_hashes_.push_back(XXH3_64bits_withSeed(text.data() + w.begin, w.end - w.begin, kWordSeed));
  }
  const size_t n = word_hashes_.size(), k = options_.k;
  if (n == 0) return;
  if (n < k) {
    out->push_back(XXH3_64bits_withSeed(word_hashes_.data(), n * sizeof(uint64_t), kShingleSeed));
    return;
  }
  out->reserve(n - k + 1);
  for (size_t i = 0; i + k <= n; ++i) {
    out->push_back(XXH3_64bits_withSeed(word_hashes_.data() + i, k * sizeof(uint64_t), kShingleSeed));
  }
}

namespace {

template <typename T>
size_t Intersect(std::span<const T> a, std::span<const T> b) {
  size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    // Branch-light merge: both cursors advance by comparisons, not by unpredictable jumps.
    T x = a[i], y = b[j];
    n += x == y;
    i += x <= y;
    j += y <= x;
  }
  return n;
}

}  // namespace

size_t IntersectionSize(std::span<const uint64_t> a, std::span<const uint64_t> b) {
  return Intersect(a, b);
}

size_t IntersectionSize(std::span<const uint32_t> a, std::span<const uint32_t> b) {
  return Intersect(a, b);
}

void VerificationSet(std::span<const uint64_t> hashes, std::vector<uint32_t>* out,
                     std::vector<uint32_t>* scratch) {
  const size_t n = hashes.size();
  out->resize(n);
  uint32_t* v = out->data();
  for (size_t i = 0; i < n; ++i) v[i] = static_cast<uint32_t>(hashes[i] >> 32);
  if (n < 64) {
    std::sort(out->begin(), out->end());
  } else {
    // LSD radix sort, four 8-bit digits: linear, and free of the branch mispredictions a
    // comparison sort of random hashes suffers.
    scratch->resize(n);
    uint32_t count[4][256] = {};
    for (size_t i = 0; i < n; ++i) {
      const uint32_t x = v[i];
      ++count[0][x & 255];
      ++count[1][(x >> 8) & 255];
      ++count[2][(x >> 16) & 255];
      ++count[3][x >> 24];
    }
    uint32_t* src = v;
    uint32_t* dst = scratch->data();
    for (int pass = 0; pass < 4; ++pass) {
      uint32_t sum = 0;
      for (uint32_t& c : count[pass]) {
        const uint32_t here = c;
        c = sum;
        sum += here;
      }
      const int shift = pass * 8;
      for (size_t i = 0; i < n; ++i) dst[count[pass][(src[i] >> shift) & 255]++] = src[i];
      std::swap(src, dst);
    }
    // Four passes: the sorted values are back in `out`.
  }
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

}  // namespace copydesk::pipeline
