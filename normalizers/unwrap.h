// Unwrap: turns normalized plain text into paragraphs, joining hard-wrapped lines, and lifts
// the byline, dateline and wire credit out of the text into fields.
//
//   normalizers::UnwrapResult r = normalizers::Unwrap(
//       "By Jane Roe\nMOSCOW, Aug 28 (Reuters) - Trade fell\nsharply this year.\n", {});
//   // r.byline == "Jane Roe", r.dateline == "MOSCOW, Aug 28", r.credit == "Reuters",
//   // (a credit line such as "Reporting by Jane Roe" is added to r.credit and kept in the text)
//   // r.blocks[0].text == "Trade fell sharply this year."
//
// Options (defaults):
//   detect_wrapping      true   join lines when the text looks hard-wrapped
//   max_wrap_width       110    90th-percentile line length above which text is not wrapped
//   min_continuations    0.25   share of lines that run on into the next line to call it wrapped
//   extract_fields       true   move byline / dateline / credit lines into fields
//   field_search_blocks  8      how many leading blocks may hold a byline or dateline
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "normalizers/block.h"
#include "normalizers/credit_line.h"  // WireAgencyIn

namespace copydesk::normalizers {

struct UnwrapOptions {
  bool detect_wrapping = true;
  size_t max_wrap_width = 110;
  double min_continuations = 0.25;
  bool extract_fields = true;
  size_t field_search_blocks = 8;
};

struct UnwrapResult {
  std::vector<Block> blocks;
  std::string byline;
  std::string dateline;
  std::string credit;
  bool was_wrapped = false;
  std::vector<Removal> removed;  // lines moved into fields, with reason "byline" etc.
};

// Returns the paragraphs and fields of `text` (already Unicode-normalized, LF line ends).
UnwrapResult Unwrap(std::string_view text, const UnwrapOptions& options);

}  // namespace copydesk::normalizers
