// Block: one paragraph-level unit of an article as the normalizers see it.
//
//   normalizers::Block b{"Russia-China trade fell.", normalizers::BlockKind::kBody};
#pragma once

#include <string>
#include <vector>

namespace copydesk::normalizers {

enum class BlockKind { kBody, kBullet, kHeading };

struct Block {
  std::string text;   // normalized (NFKC, unified punctuation): what every step compares
  BlockKind kind = BlockKind::kBody;
  std::string display;  // a page's own characters for `text`, when known; the output's text
};

// A piece of input the normalizers cut, kept so an editor can audit every cut.
struct Removal {
  std::string text;
  std::string reason;  // e.g. "navigation", "link-list", "author-bio", "repeated", "byline"
};

}  // namespace copydesk::normalizers
