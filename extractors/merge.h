// Merge: claims across the copies of one story, the figures a copy changed, and figures that
// contradict each other across stories.
//
//   extractors::MergeResult m = extractors::MergeClaims(claims, cluster_of);
//   // m.merged: one record per (cluster, value, unit, subject, period) with its articles
//   // m.disagreements: inside a cluster, one article states a figure another changed
//   // m.conflicts: across clusters, one subject/period/unit with different values
//   auto changed = extractors::ChangedFigures(canonical_claims, copy_claims);  // per copy
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
  std::vector<std::string> claim_articles;  // the article of each claim id
  std::set<std::string> subject_keys;   // SubjectKey of every claim merged here (copies may
                                        // read the subject differently)
};

struct ValueGroup {
  double value = 0;
  std::string surface;
  std::vector<std::string> articles;  // or cluster ids, for conflicts
  std::vector<std::string> claim_ids;       // every claim stating this value
  std::vector<std::string> claim_articles;  // the article of each
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

// A figure a copy states with another value than the canonical article.
struct FigureChange {
  const Claim* canonical = nullptr;
  const Claim* copy = nullptr;
};

// Returns the claims of `copy` whose value changed against `canonical` (both one article's
// claims, in text order): same unit and kind, another value, and the same subject and period or
// the same sentence give or take an edit; neither article also states the other's value there.
// Each claim is paired at most once.
std::vector<FigureChange> ChangedFigures(const std::vector<const Claim*>& canonical,
                                         const std::vector<const Claim*>& copy);

// Merges `claims` (pointers stay valid while `claims` lives); `cluster_of` maps article id to
// cluster id. Deterministic.
MergeResult MergeClaims(const std::vector<Claim>& claims,
                        const std::unordered_map<std::string, std::string>& cluster_of);

}  // namespace copydesk::extractors
