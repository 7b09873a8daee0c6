// Credit: which agency an article credits for its story, where it says so, and which agencies
// it credits for its photos (a photo credit is not a story credit).
//
//   pipeline::Credit c = pipeline::FindCredit(normalized_article);
//   // c.agency == "Reuters", c.evidence == "Reuters with additional editing by Jim Pollard",
//   // c.where == "text", a.text.substr(c.begin, c.end - c.begin) == c.evidence
//   // c.photo[0].agency == "Reuters" (from a caption "Photo: Reuters.")
//
// Where the credit is looked for, in order of preference:
//   1. a line of the text that names an agency ("— Reuters", "(With inputs from PTI)",
//      "Copyright Thomson Reuters", "Source: AFP", "Reuters contributed to this report"), or a
//      credit inside a paragraph ("BEIJING (Xinhua) -", "(With inputs from IANS)");
//   2. the agency dateline the normalizer lifted out ("MOSCOW, Aug 28 (Reuters) -");
//   3. a staff line that names no agency ("Reporting by ...; Editing by ...": agency "unnamed");
//   4. the byline ("By Reuters staff").
// The agencies and their spellings are normalizers/agencies.txt.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "normalizers/normalize.h"

namespace copydesk::pipeline {

struct CreditEvidence {
  std::string agency;
  std::string text;     // the exact text that names the agency
  std::string where;    // "text", "dateline", "byline", or "removed" (a cut caption, or a credit
                        // line in a box of its own cut from the text)
  int64_t begin = -1;   // byte offsets of `text` in the article's text when where == "text"
  int64_t end = -1;
};

struct Credit {
  std::string agency;    // "Reuters", "AP", ..., "unnamed", or "" when none is named
  std::string evidence;  // the exact text that names it
  std::string where;     // as CreditEvidence::where
  int64_t begin = -1;    // offsets of `evidence` in the article's text, when where == "text"
  int64_t end = -1;
  std::vector<CreditEvidence> photo;  // photo credits, in text order (captions last)
};

// Returns the story credit and the photo credits of `a`.
Credit FindCredit(const normalizers::NormalizedArticle& a);

}  // namespace copydesk::pipeline
