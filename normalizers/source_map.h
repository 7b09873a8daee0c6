// The map from normalized text back to the input it came from, so that a span found in the
// normalized text (a claim, an edited paragraph) can point into the original as well.
//
//   std::vector<SourceRun> map = AlignToSource(normalized, unicode_text, unicode_offsets);
//   auto src = ToSource(map, 120, 140);   // [begin, end) in the input, or nullopt
//
// The Unicode step records, for each byte it writes, the input byte it derives from. The later
// steps (unwrapping, field and boilerplate removal, collapsed repeats) only cut, join lines and
// change whitespace, so their output is aligned to the Unicode step's text by a forward walk
// that resynchronizes after a cut. Runs are maximal: within one, text and input advance together.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace copydesk::normalizers {

struct SourceRun {
  uint32_t text_begin = 0;    // byte offset in the normalized text
  uint32_t source_begin = 0;  // byte offset in the input
  uint32_t length = 0;        // bytes
};

// Aligns `text` (the normalized article) to `unicode_text` (the Unicode step's output), whose
// byte i came from input byte unicode_offsets[i] (empty: from input byte i, `unicode_text` being
// the input itself, as a page with its markup blanked). Bytes of `text` that the walk cannot place
// (separators between paragraphs) belong to no run.
std::vector<SourceRun> AlignToSource(std::string_view text, std::string_view unicode_text,
                                     const std::vector<uint32_t>& unicode_offsets);

// Returns `html` with its markup blanked (tags, comments, and the contents of <script> and
// <style> become spaces), every byte where it was: the text of a page to align against.
std::string MaskMarkup(std::string_view html);

// The input span [begin, end) of the text span [begin, end): from the source of its first
// mapped byte to the end of the source of its last. nullopt when no byte of it is mapped.
std::optional<std::pair<uint32_t, uint32_t>> ToSource(const std::vector<SourceRun>& map,
                                                      uint32_t begin, uint32_t end);

}  // namespace copydesk::normalizers
