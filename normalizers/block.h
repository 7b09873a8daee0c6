// Block: one paragraph-level unit of an article as the normalizers see it.
//
//   normalizers::Block b{"Russia-China trade fell.", normalizers::BlockKind::kBody};
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace copydesk::normalizers {

enum class BlockKind { kBody, kBullet, kHeading };

struct Block {
  std::string text;   // normalized (NFKC, unified punctuation): what every step compares
  BlockKind kind = BlockKind::kBody;
  std::string display{};  // a page's own characters for `text`, when they differ; the output's text
  std::vector<uint32_t> display_map{};  // with `display`: the byte of `display` each byte of `text` is from
};

// A piece of input the normalizers cut, kept so an editor can audit every cut.
struct Removal {
  std::string text;
  std::string reason;  // e.g. "navigation", "link-list", "author-bio", "repeated", "byline"
};

}  // namespace copydesk::normalizers
