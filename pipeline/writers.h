// Writers: the JSON and JSONL outputs of a run, as bytes (the caller writes them atomically).
//
//   std::string clusters = pipeline::ClustersJson(result);   // {"clusters":[...]}
//   Status s = corpus::WriteFileAtomically(dir + "/clusters.json", clusters);
//
// Formats are described in docs/cli.md and docs/claims.schema.json.
#pragma once

#include <string>
#include <vector>

#include "pipeline/run.h"

namespace copydesk::pipeline {

// Returns one JSON line per normalized article (id, title, byline, dateline, credit, published,
// paragraphs, text, removed, and carried-through input fields).
std::string ArticlesJsonl(const RunResult& r);
// Appends one articles.jsonl line: `cluster_id` null when the article is in no cluster (or
// none was made), `archive_id` written only when given (copydesk check; <= 0 is null).
void AppendArticleJsonl(const normalizers::NormalizedArticle& d, const std::string* cluster_id,
                        const int64_t* archive_id, std::string* out);
// Returns {"clusters":[...]} with every article in exactly one cluster; copies carry their
// paragraph report when `with_reports`.
std::string ClustersJson(const RunResult& r, bool with_reports);
// Appends one cluster object of clusters.json to `out` (what ClustersJson writes between
// kClustersOpen and kClustersClose, separated by commas).
// `archive_ids` (RunResult::archive_ids, may be null): each member's `archive_id`, written
// when the run came from `copydesk check`.
void AppendClusterJson(const Cluster& c, bool with_reports, std::string* out,
                       const std::vector<int64_t>* archive_ids = nullptr);
inline constexpr char kClustersOpen[] = "{\"clusters\":[";
inline constexpr char kClustersClose[] = "]}\n";
// Returns one JSON line per claim.
std::string ClaimsJsonl(const RunResult& r);
// Appends one claims.jsonl line for a claim outside any cluster (`copydesk claims`).
void AppendClaimJsonl(const extractors::Claim& c, std::string* out);
// Returns the merged claims, then disagreements and conflicts, one JSON line each ("type").
std::string MergedClaimsJsonl(const RunResult& r);
// Returns the run manifest: inputs, counts, every rejection with file:line, options, timings.
std::string ManifestJson(const RunResult& r, const std::vector<std::string>& inputs,
                         const RunOptions& options, const std::string& version);

}  // namespace copydesk::pipeline
