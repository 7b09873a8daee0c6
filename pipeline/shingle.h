// Shingles: the set of hashed k-grams that near-duplicate detection compares.
//
//   pipeline::Shingler sh({});                      // k = 5 words, xxHash3-64, seed kShingleSeed
//   std::vector<uint64_t> set;
//   sh.Shingle("putin met xi in beijing on monday", &set);   // 3 hashes, sorted, unique
//   sh.Shingle("وزیر اعظم نے کہا", &set);            // Arabic script: character 14-grams
//
// Each text is shingled by the script most of its letters are written in (ICU `uscript`):
// * scripts written with reliable spaces (Latin, Cyrillic, Greek, Hangul, ...):
//   word k-grams. Each word w -> XXH3_64bits_withSeed(w, kWordSeed); a shingle ->
//   XXH3_64bits_withSeed(the k word hashes as little-endian uint64[k], kShingleSeed). A text of
//   1..k-1 words gives one shingle of all its words.
// * scripts whose spaces are unreliable between outlets (Arabic script as used for Urdu,
//   Persian and Arabic; Devanagari, which shares Hindi-Urdu's spacing habits; Thai, Lao, Khmer,
//   Myanmar, Tibetan; Han, Hiragana, Katakana): character n-grams over the letters and digits with everything else (spaces,
//   punctuation, combining marks such as Thai vowel signs and Arabic harakat, which outlets
//   write or omit) removed, so that a word that gains or loses a space changes only the grams
//   around it. A gram -> XXH3_64bits_withSeed(its n code points as little-endian uint32[n],
//   kCharGramSeed); n = char_k_han for Chinese (Han without kana), char_k_kana for Japanese
//   (a quarter or more of its Han and kana letters are kana), char_k otherwise. A text of
//   1..n-1 such characters gives one gram of all of them. (n is about three words in each.)
// An empty text gives none. The hashes are frozen (docs/hashing.md).
//
// Options (defaults):
//   k                   5     words per shingle
//   by_script           true  character grams for the scripts above (false: words everywhere)
//   char_k              14    characters per gram, alphabetic scripts without reliable spaces
//   char_k_han          6     characters per gram, Chinese
//   char_k_kana         8     characters per gram, Japanese
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "normalizers/segment.h"

namespace copydesk::pipeline {

inline constexpr uint64_t kWordSeed = 0x636f707964657331ull;      // "copydes1"
inline constexpr uint64_t kShingleSeed = 0x636f707964657332ull;   // "copydes2"
inline constexpr uint64_t kCharGramSeed = 0x636f707964657334ull;  // "copydes4"
inline constexpr uint64_t kLooseSeed = 0x636f707964657335ull;     // "copydes5"

struct ShingleOptions {
  size_t k = 5;
  bool by_script = true;
  size_t char_k = 14;
  size_t char_k_han = 6;
  size_t char_k_kana = 8;
  // The loose grams (Shingler::LooseSample): word pairs; characters for the scripts above.
  size_t loose_char_k = 6;
  size_t loose_char_k_han = 2;
  size_t loose_char_k_kana = 3;
};

// How a text is shingled.
enum class ShingleUnit : uint8_t { kWords = 0, kCharacters = 1, kHan = 2, kKana = 3 };

// Returns how `text` is shingled: by the script of most of its letters (ties: words).
ShingleUnit UnitForText(std::string_view text);

class Shingler {
 public:
  explicit Shingler(const ShingleOptions& options) : options_(options) {}
  // Fills `out` with the sorted, unique shingle hashes of case-folded `text`. Reuses scratch.
  void Shingle(std::string_view text, std::vector<uint64_t>* out);
  // Fills `out` with the shingle hashes of `text` in text order, repeats kept (enough for
  // MinHash, which ignores order and repeats; saves the sort of 64-bit values).
  void Hashes(std::string_view text, std::vector<uint64_t>* out);
  // Returns how many of the first shingles of the last Hashes(text) call lie wholly within
  // text[0, end) (the article's opening paragraph: pipeline/sketch.h ArticleMeta::lead); when
  // none does (a paragraph shorter than a shingle), the first one if it starts there. For calls
  // with growing `end`, `cursor` (start it at {0, 0}) carries the scan on from the last one.
  struct WithinCursor {
    size_t byte = 0, units = 0;
  };
  size_t ShinglesWithin(std::string_view text, size_t end, WithinCursor* cursor) const;
  // Returns the words or characters per shingle of the last call's unit.
  size_t width() const;
  // Fills values[0, n) with the n <= k smallest 32-bit values of the loose grams of the last
  // Hashes(text) call that occur once in it (word pairs, or the short character grams of its
  // unit: ShingleOptions loose_*), sorted, and at[0, n) with where each is in the text (its gram's
  // index scaled to 0..255); returns n (below k: a text too short, or too repetitive, for
  // the estimate). A copy that reworded a third of its source's words in place keeps about 45%
  // of these grams, in the same order, and under 15% of its shingles (docs/clustering.md,
  // "Reworded copies").
  size_t LooseSample(uint32_t* values, uint8_t* at, size_t k);
  // Returns the unit of the last Shingle() or Hashes() call.
  ShingleUnit unit() const { return unit_; }
  // Returns the word spans of the last call that shingled by words (empty after characters).
  const std::vector<normalizers::Span>& words() const { return words_; }

 private:
  ShingleOptions options_;
  ShingleUnit unit_ = ShingleUnit::kWords;
  normalizers::Segmenter segmenter_;
  std::vector<normalizers::Span> words_;
  std::vector<uint64_t> word_hashes_;
  std::vector<uint64_t> bits_;  // normalizers::WordsByBytes's scratch
  std::vector<uint32_t> code_points_;
  std::vector<uint64_t> loose_low_, loose_scratch_;  // LooseSample's scratch
  std::vector<uint32_t> loose_counts_;
};

// Two texts' loose grams compared from their LooseSample()s of k values each: `jaccard`, the
// Jaccard similarity of their sets estimated from the k smallest values of the union (how
// many of them both hold, over k), -1 when either sample holds fewer than k; `order`, the
// share of the values both hold that lie in the same order in both texts (the longest run
// rising in both, over their number; 0 when none is shared); `gap`, the widest stretch (0..1)
// of either text without one of them, its ends included: a reworded copy shares grams all
// through both texts, a quoted paragraph in one place. For a copy of part of the other text:
// `shared`, how many of the k both hold; `contained`, the share of the smaller set's grams the
// other holds, estimated as `shared` over how many of the k the smaller holds; `gap_small`, the
// widest stretch of the smaller text alone.
inline constexpr size_t kBlockRun = 5;
struct LooseMatch {
  double jaccard = -1;
  double order = 0;
  double blocks = 0;
  double gap = 1;
  size_t shared = 0;
  double contained = 0;
  double gap_small = 1;
};
// `blocks`: the share of the values both hold that lie in runs of kBlockRun or more that never
// fall in either text (a copy that moved a paragraph keeps it in one run; the shared values of two
// unrelated texts fall every second step or so).
// `ties_in_order`: values in one place (1/256) of a text count as in order with each other (a
// sample of many values holds several to a place; by default they count once).
LooseMatch CompareLoose(std::span<const uint32_t> a_values, std::span<const uint8_t> a_at,
                        std::span<const uint32_t> b_values, std::span<const uint8_t> b_at, size_t k,
                        bool ties_in_order = false);

// Returns |a ∩ b| for sorted unique sequences.
size_t IntersectionSize(std::span<const uint64_t> a, std::span<const uint64_t> b);
size_t IntersectionSize(std::span<const uint32_t> a, std::span<const uint32_t> b);

// Fills `out` with the sorted, unique 32-bit verification set of shingle `hashes`: the high 32
// bits of each. Two 1,000-shingle sets share a false 32-bit value with probability ~2e-4.
// `scratch` is reused between calls.
void VerificationSet(std::span<const uint64_t> hashes, std::vector<uint32_t>* out,
                     std::vector<uint32_t>* scratch);

}  // namespace copydesk::pipeline
