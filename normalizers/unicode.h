// UnicodeNormalizer: NFKC plus the unifications that make scraped copies comparable.
//
//   auto n = normalizers::UnicodeNormalizer::Create({}).value();
//   std::vector<uint32_t> map;
//   std::string s = n->Normalize("\u201CFriends\u201D \u2014 of steel\u200B", &map);
//   // s == "\"Friends\" - of steel"; map[i] = byte offset in the input that s[i] came from
//   std::string key = n->Fold(s);  // "\"friends\" - of steel"
//
// Options (defaults):
//   nfkc               true   compatibility composition (fullwidth digits, ligatures, NBSP)
//   unify_punctuation  true   curly/angle quotes -> " and ', dashes and minus -> -, … -> ...
//   strip_invisible    true   zero-width characters, soft hyphens, BOM and controls removed
//   collapse_spaces    true   runs of spaces and tabs -> one space; line ends trimmed
//   unify_spaces       true   no-break, ideographic and other Unicode spaces -> a space
// Line breaks are kept (CR LF and CR become LF, U+2028/2029 become LF) for the unwrapper.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/status.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Normalizer2;
U_NAMESPACE_END

namespace copydesk::normalizers {

struct UnicodeOptions {
  bool nfkc = true;
  bool unify_punctuation = true;
  bool strip_invisible = true;
  bool collapse_spaces = true;
  bool unify_spaces = true;
  // With strip_invisible: keep the zero-width non-joiner and joiner (U+200C, U+200D), which
  // spell Persian and Urdu words and join emoji sequences (the display form keeps them).
  bool keep_joiners = false;
};

class UnicodeNormalizer {
 public:
  // Returns a normalizer, or an error when ICU's NFKC data cannot be loaded.
  static Result<std::unique_ptr<UnicodeNormalizer>> Create(const UnicodeOptions& options);

  // Returns the normalized text. When `offsets` is given, it receives one entry per output
  // byte: the offset of the input byte it derives from. Thread-safe.
  std::string Normalize(std::string_view in, std::vector<uint32_t>* offsets = nullptr) const;

  // Returns the case-folded comparison form of already normalized text (full case folding).
  std::string Fold(std::string_view normalized) const;

 private:
  UnicodeNormalizer(const UnicodeOptions& o, const icu::Normalizer2* nfkc) : options_(o), nfkc_(nfkc) {}
  UnicodeOptions options_;
  const icu::Normalizer2* nfkc_;  // owned by ICU, immutable and thread-safe
};

// Returns the ASCII form of a quote, dash, ellipsis or slash variant (unify_punctuation: curly
// and angle quotes and primes -> ' and ", dashes and minus -> -, … -> ...), else nullptr.
const char* UnifiedPunctuation(uint32_t c);

// Returns the end of the run of visible ASCII that starts at text[i] (a visible byte: 0x21-0x7E
// but '`'), single spaces between visible bytes included: the bytes Normalize copies as they are.
size_t VisibleAsciiRunEnd(std::string_view text, size_t i);

// Appends code point `c` to `out` as UTF-8.
void AppendUtf8(std::string* out, uint32_t c);

}  // namespace copydesk::normalizers
