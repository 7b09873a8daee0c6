// Check: today's articles against the archive — the engine's clustering over the archived
// articles that copies reach plus the new articles, as one batch run over both would give.
//
//   auto a = archive::Archive::Open("wire.db", {}, archive::OpenMode::kReadOnly, run.dedup).value();
//   Result<pipeline::RunResult> r = archive::Check(*a, {"today.jsonl"}, run, {}, &std::cin);
//   // r.value().docs: the archived articles reached + the new ones, sorted by id;
//   // r.value().archive_ids[i]: doc i's archive row, 0 for a new article
//
// How: the new articles are read and normalized as `copydesk run` does; their band keys are
// looked up in the archive; each archived article found is read back and kept when the engine
// may join it to the article that found it (pipeline::MayJoin: a verified copy, reworded copies
// included, or most of the smaller in the larger); a kept one is looked up in turn, until no new
// one turns up. The articles so reached are closed under that test, so the clusters of the new
// articles are those of a batch run over archive + new (docs/archive.md says when they can
// differ). Memory follows the articles reached, never the archive.
//
// Options (defaults):
//   since        none    archived articles dated before this (seconds) are left out
//   add          false   the new articles join the archive, in the transaction of the check
//   max_reached  200000  archived articles read back at most (a bound on memory)
#pragma once

#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "archive/archive.h"
#include "pipeline/run.h"

namespace copydesk::archive {

struct CheckOptions {
  std::optional<int64_t> since;
  bool add = false;
  size_t max_reached = 200000;
};

struct CheckStats {
  size_t new_articles = 0;
  size_t lookups = 0;        // band keys looked up
  size_t candidates = 0;     // archived articles read back
  size_t reached = 0;        // of which verified copies (in the output)
  size_t rounds = 0;         // lookup rounds until closed
  double lookup_seconds = 0;  // in Archive::Candidates
  double load_seconds = 0;    // reading back and sketching archived articles
  AddReport added;           // with options.add
};

// Runs the check; fails when the archive cannot be read (or, with add, written).
Result<pipeline::RunResult> Check(Archive& archive, const std::vector<std::string>& inputs,
                                  const pipeline::RunOptions& run, const CheckOptions& options,
                                  std::istream* stdin_stream, CheckStats* stats);

}  // namespace copydesk::archive
