// Cheap facts about the shape of a line or paragraph, shared by the normalizers.
//
//   normalizers::EndsSentence("He left.")            // true
//   normalizers::IsAllCapsHeading("SHORT-TERM PLANNING")  // true
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace copydesk::normalizers {

// Returns `s` without leading and trailing ASCII spaces, tabs and newlines.
std::string_view Trim(std::string_view s);
// Returns true when every byte of `s` is ASCII (below 0x80): one pass without an early exit,
// which the compiler vectorizes.
bool IsAsciiText(std::string_view s);
// Returns true when a byte of `s` is in [lo, hi] (16 bytes at a time where SSE2 is).
bool HasByteIn(std::string_view s, unsigned char lo, unsigned char hi);
// Returns the number of Unicode code points in UTF-8 `s`.
size_t CountCodePoints(std::string_view s);
// Returns the number of space-separated words in `s`, or `limit` + 1 once there are more
// (callers compare with a threshold; long paragraphs are not scanned to the end).
size_t CountWords(std::string_view s, size_t limit = SIZE_MAX - 1);
// Returns the number of ASCII letters plus non-ASCII lead bytes (a proxy for letters), or
// `limit` + 1 once there are more.
size_t CountLetters(std::string_view s, size_t limit = SIZE_MAX - 1);
// Returns true when `s` ends a sentence: . ! ? or one of them followed by closing quotes.
bool EndsSentence(std::string_view s);
// Returns true when `s` ends with a word or sign that must go on (",", "and", "of", "the"...).
bool EndsWithJoiner(std::string_view s);
// Whether a line ending in `before` and the next, opening with `after`, join with no space: a
// hyphen at a wrap point after a letter ("Russia-" "China"; not " -" or "--", dashes), or two
// characters of a script written without spaces (CJK).
bool JoinsWithoutSpace(std::string_view before, std::string_view after);
// Returns true for a short line in capitals with no lowercase letters ("'ECONOMY FELL'").
bool IsAllCapsHeading(std::string_view s);

// The size of the list marker a line opens with ("- ", "* ", "\u2022 ", "\u2013 "), 0 when none.
size_t ListMarkerSize(std::string_view line);
// Returns true for a short line without sentence punctuation at its end (a title or link).
bool IsTitleShaped(std::string_view s, size_t max_words = 20);
// Appends to `out` the web addresses in `s` ("http://...", "https://...", "www...."), each as
// [begin, end) up to the next space, tab or newline. No sentence ends inside one and their
// digits are no quantities.
void FindWebAddresses(std::string_view s, std::vector<std::pair<size_t, size_t>>* out);

}  // namespace copydesk::normalizers
