// Syndication report: what a copy kept, edited, cut and added against its canonical article
// (pipeline/align.h: the one-to-one paragraph alignment and the word diff), and whether it
// credits the wire (pipeline/credit.h). This header gathers both for the callers of either.
//
//   pipeline::ParagraphReport r = pipeline::AlignParagraphs(canonical, copy);
//   pipeline::Credit c = pipeline::FindCredit(copy);
#pragma once

#include "pipeline/align.h"
#include "pipeline/credit.h"
