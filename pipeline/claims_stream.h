// StreamClaims: `copydesk claims` in memory bounded by a batch, not the corpus.
//
//   pipeline::RunOptions opts;
//   auto r = pipeline::StreamClaims({"feed.jsonl"}, opts, {}, &std::cin,
//                                   [&](std::string_view lines) { return Write(lines); });
//
// Reads a batch of articles (ClaimStreamOptions::batch_bytes of text) while the previous one is
// normalized, its claims extracted and written as claims.jsonl lines, each worker serializing
// its own articles. Lines reach `sink` in input order (the order corpus::Reader reads: files
// by path, records in file order), whatever the thread count. Nothing but the batch in flight
// is kept: claims of a 50 GB corpus need no more memory than those of one batch.
//
// StreamArticles is `copydesk normalize` the same way: articles.jsonl lines (cluster_id null),
// normalized exactly as StreamClaims normalizes them, so that claims' spans point into the
// same text.
//
// Site-line statistics (normalizers/boilerplate.h) grow batch by batch, as in StreamDedup: on
// a corpus larger than one batch an article may lose a site line `copydesk run` would also
// have removed, or keep one, until the statistics have seen enough of its site.
//
// Options (defaults):
//   batch_bytes  16 MiB   text per batch (read ahead while the previous batch is processed)
//   sink_bytes    1 MiB   lines are handed to the sink in pieces of about this size
#pragma once

#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/reader.h"
#include "corpus/status.h"
#include "pipeline/run.h"

namespace copydesk::pipeline {

struct ClaimStreamOptions {
  size_t batch_bytes = 16 << 20;
  size_t sink_bytes = 1 << 20;
};

struct ClaimStreamResult {
  corpus::ReadReport read;  // rejections, warnings (claims dropped by the caps too) and counts
  size_t articles = 0;      // normalized
  size_t claims = 0;
  std::vector<StageTiming> timings;
};

// Receives whole claims.jsonl lines (each ending in '\n').
using ClaimLinesSink = std::function<Status(std::string_view lines)>;

// Runs the claims job on `inputs`, streaming. Fails when a component cannot start, a stage runs
// out of memory (the message names the stage and record, as pipeline::Run's) or `sink` fails;
// bad records are reported in result.read.rejected.
Result<ClaimStreamResult> StreamClaims(const std::vector<std::string>& inputs, const RunOptions& options,
                                       const ClaimStreamOptions& stream, std::istream* stdin_stream,
                                       const ClaimLinesSink& sink);
// Runs the normalize job on `inputs`, streaming: articles.jsonl lines to `sink` (result.claims
// stays 0). Fails as StreamClaims does.
Result<ClaimStreamResult> StreamArticles(const std::vector<std::string>& inputs, const RunOptions& options,
                                         const ClaimStreamOptions& stream, std::istream* stdin_stream,
                                         const ClaimLinesSink& sink);

}  // namespace copydesk::pipeline
