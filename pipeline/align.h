// Align: the one-to-one, in-order alignment of a copy against its canonical article, paragraph
// by paragraph with sentences matched inside, and the O(ND) word diff behind it.
//
//   pipeline::ParagraphReport r = pipeline::AlignParagraphs(canonical, copy, {});
//   // r.kept = {{0, 0}, {1, 2}}: canonical paragraph 0 is copy paragraph 0, word for word
//   // r.edited[k].diff = {{'=', "The bank"}, {'-', "raised"}, {'+', "lifted"}, ...}
//   // r.cut = canonical paragraphs in no pair; r.added = copy paragraphs in no pair
//   std::vector<pipeline::DiffOp> d = pipeline::WordDiff("a b c", "a c d");
//
// How a copy is aligned (docs/cli.md describes the output):
//   1. Each paragraph is cut into words (a word's comparison form is its folded text without
//      edge punctuation) and sentences; paragraph pairs are scored by shared word bigrams.
//   2. A pair is a candidate when its bigram similarity (shared / the larger paragraph's bigrams)
//      is >= edit_similarity, or >= reworded_similarity with >= reworded_words of the larger
//      paragraph's distinct words shared (a paragraph reworded in place: a third of its words
//      replaced keeps ~44% of its bigrams and ~67% of its words), or when the smaller
//      paragraph is a part of the larger: its
//      sentences are all sentences of the larger, or >= part_containment of its bigrams (and
//      >= min_part_bigrams of them) are the larger's. A subhead whose words merely occur inside
//      a longer paragraph is neither.
//   3. The in-order chain of candidates with the most shared bigrams (each paragraph at most
//      once) is taken; then an unmatched paragraph next to a matched one joins its pair when it
//      is a part of the same partner made of the bigrams the pair has not matched yet (a split
//      or a merge); then strong candidates left between unmatched paragraphs are paired too,
//      marked moved, and may grow the same way.
//   4. Each group (one paragraph and its adjacent partners) is diffed word by word; a pair is
//      kept when its words are the same, else edited.
//
// Options (defaults):
//   edit_similarity    0.5   bigram similarity for two paragraphs to be one edited paragraph
//   reworded_similarity 0.3  ... or this much with
//   reworded_words     0.6     this share of the larger's distinct words shared
//   part_containment   0.8   share of a part's bigrams found in the whole, for an edited part
//   min_part_bigrams   8     a part matched by bigram share has at least this many bigrams
//   min_sentence_words 4     a part matched by whole sentences has at least this many words
//   min_moved_bigrams  4     a moved pair (out of order) shares at least this many bigrams,
//                            unless the two paragraphs have the same words
//   max_diff_edits     2000  WordDiff's bound on D (words inserted + deleted, after the common
//                            head and tail are trimmed); beyond it the middle is one '-' and
//                            one '+' (coarse)
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "normalizers/normalize.h"

namespace copydesk::pipeline {

struct AlignOptions {
  double edit_similarity = 0.5;
  double reworded_similarity = 0.3;
  double reworded_words = 0.6;
  double part_containment = 0.8;
  size_t min_part_bigrams = 8;
  size_t min_sentence_words = 4;
  size_t min_moved_bigrams = 4;
  size_t max_diff_edits = 2000;
};

struct DiffOp {
  char op;           // '=' same, '-' only in the canonical, '+' only in the copy
  std::string text;  // words, space-joined
};

// A matched stretch of text: byte offsets [begin, end) into each article's `text` (the
// paragraphs joined by blank lines, as in articles.jsonl), from the pair's first to its last
// shared word.
struct Passage {
  size_t canonical = 0;  // paragraph index in the canonical
  size_t copy = 0;       // paragraph index in the copy
  size_t canonical_begin = 0, canonical_end = 0;
  size_t copy_begin = 0, copy_end = 0;
};

struct EditedParagraph {
  size_t canonical = 0;  // paragraph index in the canonical
  size_t copy = 0;       // paragraph index in the copy
  double similarity = 0;  // shared bigrams / the larger's (a split or merge part: / the part's)
  std::vector<DiffOp> diff;
};

struct ParagraphReport {
  std::vector<std::pair<size_t, size_t>> kept;   // (canonical, copy), same words
  std::vector<EditedParagraph> edited;
  std::vector<size_t> cut;                       // canonical paragraphs in no pair
  std::vector<size_t> added;                     // copy paragraphs in no pair
  std::vector<std::pair<size_t, size_t>> moved;  // pairs (kept or edited) out of order
  std::vector<Passage> passages;                 // one per pair with a shared word
  size_t canonical_words = 0;  // words of the canonical
  size_t kept_words = 0;       // canonical words found in the copy (kept pairs, '=' of edits)
  size_t added_words = 0;      // copy words not from the canonical

  // Returns kept_words / canonical_words (0 for an empty canonical).
  double kept_share() const {
    return canonical_words == 0 ? 0 : static_cast<double>(kept_words) / canonical_words;
  }
};

// The two forms of an article the alignment reads: its text, paragraphs joined by "\n\n" (the
// paragraphs are what lies between), and its folded comparison form, joined the same way
// (empty: the text is ASCII and is folded here).
struct AlignText {
  std::string_view text;
  std::string_view folded;
};

// Returns the alignment of `copy` against `canonical`: every copy paragraph is in exactly one
// of added or a pair, every canonical paragraph in cut or a pair; a paragraph has several
// partners only when the copy split or merged it, and then they are adjacent. Lists are sorted.
ParagraphReport AlignParagraphs(const normalizers::NormalizedArticle& canonical,
                                const normalizers::NormalizedArticle& copy,
                                const AlignOptions& options = {});

// Returns AlignParagraphs of two articles given by their texts.
ParagraphReport AlignTexts(AlignText canonical, AlignText copy, const AlignOptions& options = {});

// Returns AlignTexts of each copy against one canonical (cut into words once).
std::vector<ParagraphReport> AlignCopies(AlignText canonical, std::span<const AlignText> copies,
                                         const AlignOptions& options = {});

// One run of a diff script over two sequences: `length` items at a_pos (for '=' and '-') and
// at b_pos (for '=' and '+').
struct DiffRun {
  char op;
  uint32_t a_pos, b_pos, length;
};

// Returns a shortest edit script from `a` to `b` (Myers' O(ND) algorithm after trimming the
// common head and tail). When more than `max_edits` edits are needed the untrimmed middle is
// returned as one deletion and one insertion.
std::vector<DiffRun> DiffSequences(std::span<const uint64_t> a, std::span<const uint64_t> b,
                                   size_t max_edits);

// Returns the word-level diff of two texts (words split on spaces and newlines, compared
// exactly); deletions come before insertions in each changed stretch.
std::vector<DiffOp> WordDiff(std::string_view a, std::string_view b, const AlignOptions& options = {});

}  // namespace copydesk::pipeline
