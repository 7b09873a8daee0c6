#include "normalizers/repeats.h"

#include <algorithm>
#include <unordered_set>

#include "normalizers/text_shape.h"

namespace copydesk::normalizers {

std::vector<bool> FindRepeatedBlocks(const std::vector<std::string>& keys,
                                     const RepeatOptions& options) {
  const size_t n = keys.size();
  std::vector<bool> dup(n, false), seen_before(n, false);
  std::unordered_set<std::string_view> seen;
  for (size_t i = 0; i < n; ++i) {
    seen_before[i] = !seen.insert(keys[i]).second;
    if (seen_before[i] && CountWords(keys[i], options.min_words) >= options.min_words) dup[i] = true;
  }
  // Short repeats (subheads inside a repeated block) go with their neighbours: a run of
  // paragraphs seen before that holds a long repeat is dropped whole (one pass).
  for (size_t i = 0; i < n;) {
    if (!seen_before[i]) {
      ++i;
      continue;
    }
    size_t j = i;
    bool any = false;
    for (; j < n && seen_before[j]; ++j) any = any || dup[j];
    if (any) std::fill(dup.begin() + static_cast<std::ptrdiff_t>(i), dup.begin() + static_cast<std::ptrdiff_t>(j), true);
    i = j;
  }
  // Adjacent identical short lines ("chart title" twice) are a repeat too.
  for (size_t i = 1; i < n; ++i) {
    if (!dup[i] && keys[i] == keys[i - 1]) dup[i] = true;
  }
  return dup;
}

}  // namespace copydesk::normalizers
