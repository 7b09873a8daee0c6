// Syndication report: what a copy kept, edited, cut and added against its canonical article,
// and whether it credits the wire.
//
//   pipeline::ParagraphReport r = pipeline::AlignParagraphs(canonical, copy);
//   // r.kept = canonical paragraph indices found whole in the copy; r.edited, r.cut, r.added
//
// A canonical paragraph is kept when >= 90% of its word bigrams (and all its text) appear in
// one copy paragraph, edited when >= 50% do, else cut. A copy paragraph is added when < 50% of
// its bigrams appear anywhere in the canonical. Credit detection is pipeline/credit.h.
#pragma once

#include <string>
#include <vector>

#include "normalizers/normalize.h"
#include "pipeline/credit.h"

namespace copydesk::pipeline {

struct DiffOp {
  char op;           // '=' same, '-' only in the canonical, '+' only in the copy
  std::string text;  // words, space-joined
};

struct EditedParagraph {
  size_t canonical = 0;  // paragraph index in the canonical
  size_t copy = 0;       // paragraph index in the copy
  double similarity = 0;
  std::vector<DiffOp> diff;
};

struct IndexedParagraph {
  size_t index = 0;
  std::string text;
};

struct ParagraphReport {
  std::vector<size_t> kept;
  std::vector<EditedParagraph> edited;
  std::vector<IndexedParagraph> cut;    // canonical paragraphs
  std::vector<IndexedParagraph> added;  // copy paragraphs
};

// Returns the paragraph alignment of `copy` against `canonical`.
ParagraphReport AlignParagraphs(const normalizers::NormalizedArticle& canonical,
                                const normalizers::NormalizedArticle& copy);

// Returns the word-level diff of two texts (LCS over words; long inputs are diffed coarsely).
std::vector<DiffOp> WordDiff(std::string_view a, std::string_view b);

}  // namespace copydesk::pipeline
