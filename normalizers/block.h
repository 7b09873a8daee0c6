// Block: one paragraph-level unit of an article as the normalizers see it.
//
//   normalizers::Block b{"Russia-China trade fell.", normalizers::BlockKind::kBody};
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace copydesk::normalizers {

enum class BlockKind { kBody, kBullet, kHeading };

struct Block {
  std::string text;   // normalized (NFKC, unified punctuation): what every step compares
  BlockKind kind = BlockKind::kBody;
  std::string display{};  // a page's own characters for `text`, when they differ; the output's text
  // With `display`: the byte of `display` each byte of `text` is from, as runs (text byte,
  // display byte) that start where the shift between the two changes (the first at 0): byte k of
  // `text` is from byte d + (k - t) of `display`, (t, d) the last run with t <= k. A few runs a
  // paragraph, where a byte each took four times the text's memory.
  std::vector<std::pair<uint32_t, uint32_t>> display_runs{};
};

// A piece of input the normalizers cut, kept so an editor can audit every cut.
struct Removal {
  std::string text;
  std::string reason;  // e.g. "navigation", "link-list", "author-bio", "repeated", "byline"
};

}  // namespace copydesk::normalizers
