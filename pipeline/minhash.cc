#include "pipeline/minhash.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace copydesk::pipeline {

void MinHasher::Sign(std::span<const uint64_t> shingles, std::vector<uint32_t>* sig) const {
  const uint64_t k = options_.num_perm;
  sig->assign(k, kEmptyBin);
  if (shingles.empty()) return;
  uint32_t* s = sig->data();
  bool any_empty = false;
  for (uint64_t h : shingles) {
    uint64_t bin = ((h >> 32) * k) >> 32;
    uint32_t v = static_cast<uint32_t>(h);
    if (v == kEmptyBin) v = kEmptyBin - 1;  // keep the sentinel free
    if (v < s[bin]) s[bin] = v;
  }
  for (uint64_t i = 0; i < k; ++i) any_empty |= s[i] == kEmptyBin;
  if (!any_empty) return;
  std::vector<uint32_t> filled(sig->begin(), sig->end());
  for (uint64_t i = 0; i < k; ++i) {
    if (filled[i] != kEmptyBin) continue;
    for (uint64_t t = 0;; ++t) {
      uint64_t j = XXH3_64bits_withSeed(&i, sizeof i, kDensifySeed + t) % k;
      if (filled[j] != kEmptyBin) {
        s[i] = filled[j];
        break;
      }
    }
  }
}

double EstimateJaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  if (a.empty() || a.size() != b.size()) return 0;
  size_t eq = 0;
  for (size_t i = 0; i < a.size(); ++i) eq += a[i] == b[i];
  return static_cast<double>(eq) / a.size();
}

}  // namespace copydesk::pipeline
