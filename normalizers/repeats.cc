#include "normalizers/repeats.h"

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
  // Short repeats (subheads inside a repeated block) go with their neighbours.
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < n; ++i) {
      if (dup[i] || !seen_before[i]) continue;
      if ((i > 0 && dup[i - 1]) || (i + 1 < n && dup[i + 1])) {
        dup[i] = true;
        changed = true;
      }
    }
  }
  // Adjacent identical short lines ("chart title" twice) are a repeat too.
  for (size_t i = 1; i < n; ++i) {
    if (!dup[i] && keys[i] == keys[i - 1]) dup[i] = true;
  }
  return dup;
}

}  // namespace copydesk::normalizers
