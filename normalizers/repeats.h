// Repeats: finds paragraphs a scraper repeated inside one article, so each is kept once.
//
//   std::vector<std::string> keys = {"a b c d e f", "x", "a b c d e f"};
//   std::vector<bool> dup = normalizers::FindRepeatedBlocks(keys, {});
//   // dup == {false, false, true}
//
// Options (defaults):
//   min_words  6   a repeated paragraph this long is dropped on its own; shorter ones (subheads)
//                  only as part of a run of repeated paragraphs
#pragma once

#include <string>
#include <vector>

namespace copydesk::normalizers {

struct RepeatOptions {
  size_t min_words = 6;
};

// Returns, per paragraph, whether it repeats an earlier one. `keys` are comparison forms
// (case-folded text).
std::vector<bool> FindRepeatedBlocks(const std::vector<std::string>& keys,
                                     const RepeatOptions& options);

}  // namespace copydesk::normalizers
