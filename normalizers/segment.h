// Sentence and word boundaries in any script, as byte offsets into UTF-8 text.
//
//   normalizers::Segmenter seg;                       // one per thread; cheap to keep
//   std::vector<normalizers::Span> words, sents;
//   seg.Words("Putin met Xi in 北京.", &words);        // Putin|met|Xi|in|北京
//   seg.Sentences("Mr. Li left. He said no.", &sents); // two sentences, not three
//
// Words come from ICU's word BreakIterator (dictionary segmentation for Chinese, Japanese and
// Thai); pure-ASCII text takes an equivalent fast path. Sentences come from ICU's sentence
// BreakIterator, with breaks after abbreviations ("U.S.", "Jan.", "Mr.", "No. 2") undone.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace copydesk::normalizers {

// A half-open byte range [begin, end).
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
};

class Segmenter {
 public:
  Segmenter();
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // Fills `out` with the words (letters, digits, ideographs, kana) of `text`; punctuation and
  // spaces are not words. Reuses `out`'s storage.
  void Words(std::string_view text, std::vector<Span>* out);

  // Fills `out` with the sentences of `text`, trailing spaces excluded.
  void Sentences(std::string_view text, std::vector<Span>* out);

 private:
  std::unique_ptr<icu::BreakIterator> words_;
  std::unique_ptr<icu::BreakIterator> sentences_;
  std::vector<uint64_t> bits_;  // WordsByBytes's scratch
};

// Fills `out` with the words of `text` by its bytes: runs of ASCII letters and digits and bytes
// from 0x80, an inner ' or . between two of them, or , between two digits, joining ("don't",
// "U.S", "8.1", "245,000"). For ASCII text these are ICU's words (Segmenter::Words's fast path).
// `scratch` is reused between calls.
void WordsByBytes(std::string_view text, std::vector<Span>* out, std::vector<uint64_t>* scratch);

// Returns true when the token ending just before a period at `dot` is an abbreviation that
// does not end a sentence when followed by `next` (the first character after the spaces).
bool IsNonFinalAbbreviation(std::string_view text, size_t dot, char next);

}  // namespace copydesk::normalizers
