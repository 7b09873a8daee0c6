// Deduplicate: finds which articles are copies of one another and groups them into clusters,
// each with a canonical article and a syndication report per copy.
//
//   pipeline::DedupResult r = pipeline::Deduplicate(docs, {});
//   for (const auto& c : r.clusters) { docs[c.canonical] ...; c.members ...; }
//
// Or in two steps, when the texts do not fit in memory (see pipeline/stream.h):
//
//   pipeline::SketchStore store(o.shingles, o.minhash);
//   store.Add(batch, 0); ...                          // batch after batch
//   pipeline::DedupResult r = pipeline::ClusterSketches(store, o);
//   r.clusters[k].members[m].paragraphs = pipeline::AlignParagraphs(canonical_doc, copy_doc);
//
// Steps: exact duplicates by content hash; word shingles; MinHash; two LSH bandings (one at
// the Jaccard threshold, a looser one that surfaces partial copies); exact verification of
// every candidate pair; star clustering around canonical articles.
//
// Options (defaults):
//   jaccard_threshold          0.5   a pair with Jaccard >= this is a copy
//   containment_threshold      0.7   ... or with |A∩B| / |smaller| >= this
//   containment_band_threshold 0.2   Jaccard the second banding is tuned to (partial copies)
//   min_containment_shingles   20    containment alone needs the smaller side this large
//   min_member_overlap         0.05  a containment-only copy must share this much with the
//                                    cluster's other containment-only copies (anti-chaining)
//   max_bucket                 1000  pairs per article and bucket, bounding huge buckets
//   threads                    0     0 = all cores; output is identical for any value
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "normalizers/normalize.h"
#include "pipeline/lsh.h"
#include "pipeline/minhash.h"
#include "pipeline/report.h"
#include "pipeline/shingle.h"
#include "pipeline/sketch.h"

namespace copydesk::pipeline {

struct DedupOptions {
  ShingleOptions shingles;
  MinHashOptions minhash;
  double jaccard_threshold = 0.5;
  double containment_threshold = 0.7;
  double containment_band_threshold = 0.2;
  size_t min_containment_shingles = 20;
  double min_member_overlap = 0.05;
  size_t max_bucket = 1000;
  size_t threads = 0;
  bool reports = true;  // paragraph alignment per copy (costs time on large corpora)
  AlignOptions align;    // how the reports align a copy against its canonical
};

struct Member {
  uint32_t article = 0;       // index into the input
  std::string id;
  double jaccard = 1;         // against the canonical
  double containment = 1;     // |A∩B| / |smaller|, against the canonical
  bool exact_duplicate = false;
  Credit credit;
  ParagraphReport paragraphs;
};

struct Cluster {
  std::string id;
  uint32_t canonical = 0;
  std::string canonical_reason;  // "earliest-published", "wire-dateline", "most-complete", "only"
  std::vector<Member> members;   // canonical first, then by article id
};

struct DedupStats {
  size_t articles = 0;
  size_t exact_duplicates = 0;
  size_t candidate_pairs = 0;
  size_t verified_pairs = 0;
  BandParams jaccard_bands;
  BandParams containment_bands;
};

struct DedupResult {
  std::vector<Cluster> clusters;  // every article in exactly one, sorted by canonical id
  DedupStats stats;
};

// Returns the clusters of `docs`, with a paragraph report per copy when options.reports.
// Deterministic: the same set of articles gives the same clusters whatever their order and
// the thread count.
DedupResult Deduplicate(const std::vector<normalizers::NormalizedArticle>& docs,
                        const DedupOptions& options);

// Returns the clusters of the articles in `store` (Member::article indexes the store), with
// similarities and credits but no paragraph reports. Deterministic like Deduplicate.
DedupResult ClusterSketches(const SketchStore& store, const DedupOptions& options);

}  // namespace copydesk::pipeline
