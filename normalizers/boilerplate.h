// Boilerplate: decides which blocks of a scraped page are not the story, and says why.
//
//   std::vector<normalizers::Block> blocks = ...;
//   std::vector<std::string> why = normalizers::ClassifyBoilerplate(blocks, nullptr, "", {});
//   // why[i] is "" to keep block i, else a reason: "navigation", "link-list", "author-bio",
//   // "prompt", "paywall", "caption", "junk", "site-boilerplate", "lead-in", "notice" (a server's
//   // error message, a licence line, a suggested citation). A story credit line ("— Reuters",
//   // "Copyright Thomson Reuters", normalizers/credit_line.h) is always kept.
//
// Options (defaults):
//   link_list_max_words   20   a link-list item is a title-shaped line of at most this many words
//   repeat_min_articles   3    a short line in this many articles of one source is site furniture
//   repeat_min_share      0.3  ... and in at least this share of that source's articles
//   repeat_max_words      12   only lines this short (or without sentence punctuation) qualify
//   lead_in_max_words     12   a heading or a line ending in ':' of at most this many words,
//                              last of what is kept, is a lead-in to something cut ("lead-in")
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "normalizers/block.h"

namespace copydesk::normalizers {

struct BoilerplateOptions {
  size_t link_list_max_words = 20;
  size_t repeat_min_articles = 3;
  double repeat_min_share = 0.3;
  size_t repeat_max_words = 12;
  size_t lead_in_max_words = 12;
};

// How often short lines recur across the articles of each source (filled before classifying).
class LineStats {
 public:
  // Returns true when `text` is short enough to be counted as a possible site line.
  static bool Countable(std::string_view text, const BoilerplateOptions& options);
  // Counts each distinct countable block of one article of `source`.
  void AddArticle(std::string_view source, const std::vector<Block>& blocks,
                  const BoilerplateOptions& options);
  // AddArticle in two halves: the distinct keys of an article's countable blocks (thread-safe:
  // workers make them while they prepare the articles), then the counting, in article order.
  static std::vector<uint64_t> ArticleKeys(std::string_view source, const std::vector<Block>& blocks,
                                           const BoilerplateOptions& options);
  void AddKeys(std::string_view source, const std::vector<uint64_t>& keys);
  // Returns true when `text` recurs in enough articles of `source` to be site furniture.
  bool IsSiteLine(std::string_view source, std::string_view text,
                  const BoilerplateOptions& options) const;
  // The same for a text of `words` words, CountWords(text, limit) with a limit of 40 or more.
  bool IsSiteLine(std::string_view source, std::string_view text, size_t words,
                  const BoilerplateOptions& options) const;

 private:
  static uint64_t Key(std::string_view source, std::string_view text);
  std::unordered_map<uint64_t, uint32_t> line_articles_;
  std::unordered_map<std::string, uint32_t> source_articles_;
};

// Returns one reason per block: empty to keep it, otherwise why it is boilerplate.
std::vector<std::string> ClassifyBoilerplate(const std::vector<Block>& blocks,
                                             const LineStats* stats, std::string_view source,
                                             const BoilerplateOptions& options);

// For tests. The patterns ClassifyBoilerplate looks for anywhere in a block, as bits (1 paywall,
// 2 caption credit, 4 prompt), found as it finds them (prefiltered, some apart) or, with
// `reference`, by one unfiltered set of every pattern; and whether the prefilter is on.
unsigned AnywherePatternBits(std::string_view text, bool reference = false);
bool AnywherePrefiltered();

}  // namespace copydesk::normalizers
