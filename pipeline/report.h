// Syndication report: whether a copy credits the wire. (What a copy kept, edited, cut and added
// against its canonical article is pipeline/align.h's AlignParagraphs.)
//
//   pipeline::Credit c = pipeline::FindCredit(copy);   // c.agency == "Reuters", c.evidence
#pragma once

#include <string>
#include <vector>

#include "normalizers/normalize.h"
#include "pipeline/align.h"  // the paragraph report (AlignParagraphs) lives there

namespace copydesk::pipeline {

struct Credit {
  std::string agency;    // "Reuters", "AP", ... or "" when none is named
  std::string evidence;  // the field or sentence that names it
};

// Returns the wire credit an article carries: its credit field, dateline, byline, or a
// credit phrase in its text ("(Reuters)", "Reporting by", "told Reuters" does not count).
Credit FindCredit(const normalizers::NormalizedArticle& a);

}  // namespace copydesk::pipeline
