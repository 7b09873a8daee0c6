#include "pipeline/shingle.h"

#include <xxhash.h>

#include <algorithm>

namespace copydesk::pipeline {

void Shingler::Shingle(std::string_view text, std::vector<uint64_t>* out) {
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
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

size_t IntersectionSize(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else { ++n; ++i; ++j; }
  }
  return n;
}

}  // namespace copydesk::pipeline
