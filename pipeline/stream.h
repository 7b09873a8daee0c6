// StreamDedup: `copydesk dedup` in memory bounded by the sketches, not the texts.
//
//   pipeline::RunOptions opts;
//   auto r = pipeline::StreamDedup({"feed.jsonl"}, opts, &std::cin,
//                                  [&](const pipeline::Cluster& c) { ...; return Status::Ok(); });
//
// Pass 1 reads, normalizes and sketches the articles a batch at a time (options.batch_bytes of
// text), keeping only each sketch (pipeline/sketch.h) while the next batch is being read.
// Clusters come from the sketches alone. Pass 2 makes the paragraph reports a group of
// clusters at a time and hands every cluster to `sink` in output order (by canonical id). When
// reports are wanted, pass 1 keeps each article's normalized text while the kept texts fit in
// report_text_bytes (articles that cannot be read twice, stdin and .gz, always keep theirs);
// pass 2 reads the others again and normalizes them again.
//
// Site-line statistics (normalizers/boilerplate.h) grow batch by batch: an article is judged on
// the batches read so far, its own included. A report made from a kept text sees the article
// as pass 1 normalized it; one made from an article read again, on the statistics of the whole
// corpus (the two differ only when a site line is recognised in a later batch).
#pragma once

#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/reader.h"
#include "corpus/status.h"
#include "pipeline/dedup.h"
#include "pipeline/run.h"
#include "pipeline/sketch.h"

namespace copydesk::pipeline {

struct StreamOptions {
  size_t batch_bytes = 64 << 20;  // text per pass-1 batch
  size_t piece_bytes = 8 << 20;   // text read and prepared at a time (a batch comes in pieces)
  size_t report_articles = 8192;  // articles read again per pass-2 group
  // Normalized text kept from pass 1 for the reports, so that they need not read and normalize
  // the copies again (beyond it they do).
  size_t report_text_bytes = size_t{1} << 30;
  // Keep the shingle sets in an unlinked file (SketchStore::SpillShingles), all but the anchors,
  // and the band keys there instead of the signatures (SketchStore::KeepBandKeys): about 2.9 KB
  // less memory per 600-word article, the same clusters. Falls back to memory when the file
  // cannot be made.
  bool spill_shingles = true;
  std::string spill_dir;  // "": $TMPDIR, else /tmp
};

struct StreamResult {
  corpus::ReadReport read;  // rejections, warnings and counts; `articles` stays empty
  DedupStats stats;
  size_t clusters = 0;
  size_t sketch_bytes = 0;
  std::vector<StageTiming> timings;
};

using ClusterSink = std::function<Status(const Cluster&)>;
// Receives the JSON object of each cluster (pipeline/writers.h AppendClusterJson), in output order.
using ClusterJsonSink = std::function<Status(std::string_view cluster_json)>;

// Runs the dedup job on `inputs`, streaming. Fails when a component cannot start or `sink`
// fails; bad records are reported in result.read.rejected.
Result<StreamResult> StreamDedup(const std::vector<std::string>& inputs, const RunOptions& options,
                                 const StreamOptions& stream, std::istream* stdin_stream,
                                 const ClusterSink& sink);
// The same, with each cluster given as its JSON object (with its paragraph reports when
// options.dedup.reports), formatted by the workers: what `copydesk dedup` writes.
Result<StreamResult> StreamDedupJson(const std::vector<std::string>& inputs, const RunOptions& options,
                                     const StreamOptions& stream, std::istream* stdin_stream,
                                     const ClusterJsonSink& sink);

// Keeps the shingle sets of `store` (empty) in an unlinked file in stream.spill_dir, all but
// their anchors (the values below the anchor rate, which the clustering reads all at once):
// SketchStore::SpillShingles. What failed, the sets left in memory, when the file cannot be made
// (a directory that does not exist or cannot be written). Used by StreamDedup and by the
// distributed driver's ranks.
Status SpillSets(const StreamOptions& stream, const DedupOptions& dedup, SketchStore* store);

// Fills the paragraph reports of the clusters in (*clusters)[begin, end) that have copies: from
// texts[article] when it is not empty (the normalized text kept from pass 1), else from the
// article read again and normalized again on `stats`. Articles that cannot be read again are
// named in read->warnings. Used by StreamDedup's pass 2 and by the distributed driver.
void FillParagraphReports(const normalizers::Normalizer& normalizer, const normalizers::LineStats& stats,
                          const SketchStore& store, const std::vector<std::string>& texts,
                          const RunOptions& options, size_t threads, std::vector<Cluster>* clusters,
                          size_t begin, size_t end, corpus::ReadReport* read);

}  // namespace copydesk::pipeline
