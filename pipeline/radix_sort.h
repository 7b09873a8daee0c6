// RadixSortBy: a stable LSD radix sort of a vector by a 64-bit key, for the clustering's large
// sorts (band keys, anchor keys, candidate pairs: millions of plain integers, where std::sort's
// comparisons cost several times more than a few linear passes).
//
//   std::vector<std::pair<uint32_t, uint32_t>> pairs = ...;
//   RadixSortBy(&pairs, [](const auto& p) { return uint64_t{p.first} << 32 | p.second; });
//
// Elements with equal keys keep their order (stable); when the key orders elements as their
// operator< does (as above), the result is the same as std::sort's. Byte positions where every
// key holds the same byte are skipped, so that small values cost fewer passes. Uses one scratch
// copy of the vector: `scratch` when given (kept for the next call, so that repeated sorts of
// large vectors touch no fresh memory), else its own. Small vectors go to std::stable_sort.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace copydesk::pipeline {

template <typename T, typename KeyOf>
void RadixSortBy(std::vector<T>* v, KeyOf key_of, std::vector<T>* scratch = nullptr) {
  const size_t n = v->size();
  if (n < 256) {
    std::stable_sort(v->begin(), v->end(),
                     [&](const T& a, const T& b) { return key_of(a) < key_of(b); });
    return;
  }
  // One pass over the data for all eight histograms.
  std::vector<std::array<size_t, 256>> count(8);
  for (auto& c : count) c.fill(0);
  for (const T& x : *v) {
    const uint64_t k = key_of(x);
    for (int d = 0; d < 8; ++d) ++count[d][(k >> (8 * d)) & 0xff];
  }
  std::vector<T> own;
  if (scratch == nullptr) scratch = &own;
  if (scratch->size() < n) scratch->resize(n);
  std::vector<T>* from = v;
  std::vector<T>* to = scratch;
  for (int d = 0; d < 8; ++d) {
    auto& c = count[d];
    if (std::any_of(c.begin(), c.end(), [&](size_t k) { return k == n; })) continue;  // one byte value
    size_t sum = 0;
    for (size_t& k : c) {
      const size_t here = k;
      k = sum;
      sum += here;
    }
    const int shift = 8 * d;
    const T* in = from->data();
    T* out = to->data();
    for (size_t i = 0; i < n; ++i) out[c[(key_of(in[i]) >> shift) & 0xff]++] = in[i];
    std::swap(from, to);
  }
  if (from != v) {
    v->swap(*from);  // the scratch keeps the other buffer
    v->resize(n);
  }
}

// HashSortBy: the order RadixSortBy gives (ascending by key, equal keys in their order), for keys
// spread evenly over all 64 bits (hashes: LSH band keys). One pass deals the elements by the
// key's top bits into buckets of about 16, and each bucket is sorted in place: two passes over
// the data instead of eight. A bucket that equal keys make large is stable-sorted. `scratch`
// and `counts` are kept for the next call.
template <typename T, typename KeyOf>
void HashSortBy(std::vector<T>* v, KeyOf key_of, std::vector<T>* scratch, std::vector<uint32_t>* counts) {
  const size_t n = v->size();
  if (n < 256 || n > UINT32_MAX) {
    RadixSortBy(v, key_of, scratch);
    return;
  }
  const int bits = std::min(20, static_cast<int>(std::bit_width(n / 16)));
  const int shift = 64 - bits;
  counts->assign((size_t{1} << bits) + 1, 0);
  uint32_t* c = counts->data();
  for (const T& x : *v) ++c[(key_of(x) >> shift) + 1];
  for (size_t b = 1; b < counts->size(); ++b) c[b] += c[b - 1];
  if (scratch->size() < n) scratch->resize(n);
  T* out = scratch->data();
  for (const T& x : *v) out[c[key_of(x) >> shift]++] = x;  // c[b] ends as bucket b's end
  auto less = [&](const T& a, const T& b) { return key_of(a) < key_of(b); };
  size_t begin = 0;
  for (size_t b = 0; b + 1 < counts->size(); ++b) {
    const size_t end = c[b];
    if (end - begin > 32) {
      std::stable_sort(out + begin, out + end, less);
    } else {
      for (size_t i = begin + 1; i < end; ++i) {
        T x = out[i];
        size_t j = i;
        for (; j > begin && less(x, out[j - 1]); --j) out[j] = out[j - 1];
        out[j] = x;
      }
    }
    begin = end;
  }
  v->swap(*scratch);  // the scratch keeps the other buffer
  v->resize(n);
}

}  // namespace copydesk::pipeline
