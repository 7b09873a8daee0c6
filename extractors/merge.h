// Merge: claims across the copies of one story, the figures a copy changed, and figures that
// contradict each other across stories.
//
//   extractors::MergeResult m = extractors::MergeClaims(claims, cluster_of);
//   // m.merged: one record per (cluster, value, unit, subject, period) with its articles
//   // m.disagreements: inside a cluster, one article states a figure another changed
//   // m.conflicts: across clusters, one subject/period/unit with different values
#pragma once

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "extractors/claims.h"

namespace copydesk::extractors {

struct MergedClaim {
  std::string merged_id;
  std::string cluster_id;
  const Claim* claim = nullptr;         // the first occurrence (by article id, then offset)
  std::vector<std::string> articles;    // sorted
  std::vector<std::string> claim_ids;
  std::set<std::string> subject_keys;   // SubjectKey of every claim merged here (copies may
                                        // read the subject differently)
};

struct ValueGroup {
  double value = 0;
  std::string surface;
  std::vector<std::string> articles;  // or cluster ids, for conflicts
};

struct Disagreement {
  std::string cluster_id;
  std::string subject, unit, period_start, period_end;
  std::vector<ValueGroup> values;
};

struct Conflict {
  std::string subject, unit, period_start, period_end;
  std::vector<ValueGroup> values;  // articles = cluster ids
};

struct MergeResult {
  std::vector<MergedClaim> merged;
  std::vector<Disagreement> disagreements;
  std::vector<Conflict> conflicts;
};

// Returns a comparison key for a subject: lower-cased, possessives and articles dropped, the
// last three words ("Russia's fuel exports" -> "russia fuel exports").
std::string SubjectKey(std::string_view subject);

// Merges `claims` (pointers stay valid while `claims` lives); `cluster_of` maps article id to
// cluster id. Deterministic.
MergeResult MergeClaims(const std::vector<Claim>& claims,
                        const std::unordered_map<std::string, std::string>& cluster_of);

}  // namespace copydesk::extractors
