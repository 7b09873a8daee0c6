#include "pipeline/dedup.h"

#include <xxhash.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <iterator>
#include <mutex>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "corpus/parallel.h"
#include "pipeline/radix_sort.h"

namespace copydesk::pipeline {

namespace {

struct Similarity {
  double jaccard = 0;
  double containment = 0;
};

Similarity Compare(std::span<const uint32_t> a, std::span<const uint32_t> b) {
  Similarity s;
  if (a.empty() || b.empty()) return s;
  size_t inter = IntersectionSize(a, b);
  s.jaccard = static_cast<double>(inter) / (a.size() + b.size() - inter);
  s.containment = static_cast<double>(inter) / std::min(a.size(), b.size());
  return s;
}

// kEvidence: not a copy, but most of the smaller article is in the larger (a roundup quoting a
// paragraph or two of a long story); it joins nothing and counts as a neighbour for the guard.
// kQuote: a smaller share of the smaller article is in the larger (a paragraph of one story in
// a roundup), for the guard only as well.
// kReworded: a copy that reworded much of its source, or the smaller article that reworded a
// part of the larger all through itself (loose grams shared, few shingles): joins as a Jaccard
// pair does.
// kRewordedOrdered: a reworded copy on fewer shared values in a stricter order; joins as
// kReworded does unless the two are copies of two stories that nothing else relates (below).
enum class CopyKind : char {
  kNone = 0, kJaccard = 1, kContained = 2, kHeavy = 3, kEvidence = 4, kQuote = 5, kReworded = 6, kRewordedOrdered = 7
};

CopyKind Classify(const Similarity& s, size_t inter, size_t smaller, size_t larger, const DedupOptions& o) {
  if (s.jaccard >= o.jaccard_threshold) return CopyKind::kJaccard;
  if (s.containment >= o.containment_threshold && smaller >= o.min_containment_shingles)
    return CopyKind::kContained;
  // A heavily edited copy: a large share of the smaller article (what the copy added, a new
  // lead and other stories' paragraphs, lowers it) and of the larger one (what a roundup quoting
  // a paragraph or two cannot reach), and enough shingles in common to rule out chance.
  auto quote = [&] {
    return s.containment >= o.quote_containment && inter >= o.min_containment_shingles ? CopyKind::kQuote
                                                                                        : CopyKind::kNone;
  };
  if (o.heavy_containment_threshold > 1 || inter < o.min_heavy_shingles) return quote();
  if (s.containment >= o.heavy_containment_threshold && larger > 0 &&
      static_cast<double>(inter) / larger >= o.heavy_larger_share)
    return CopyKind::kHeavy;
  if (s.containment >= o.evidence_containment) return CopyKind::kEvidence;
  return quote();
}

// A pair Classify found no copy (a quote at most; or evidence, between two articles read by
// words: `words`) that is a reworded copy: its loose grams
// (CompareLoose of the two samples) have an estimated Jaccard of reworded_jaccard or more, at
// least reworded_order of those shared lie in the same order in both, neither text has a stretch
// of more than reworded_gap without one (a quoted paragraph sits in one place), and the pair's shingle
// Jaccard is at most reworded_verbatim times that: the two tell the same text in other words.
// (A story on the same subject shares names and phrases, in another order; a roundup quotes,
// sharing as many shingles as loose grams.)
// The samples are compared only for such a pair (most verified pairs are copies already).
// Evidence (most of the smaller article's shingles in the larger, under the heavy-edit rule): a
// copy that reworded a fifth of its words keeps a third of its shingles, and several such copies
// of one story are evidence of one another, which the lone-quote rule below reads as quoting.
// Not in the scripts read by characters: their loose grams (2-6 characters) are shared by
// chance far more than word pairs, and two roundups quoting the same stories in the same order
// passed the test.
CopyKind Reworded(CopyKind k, const Similarity& s, const LooseSample& a, const LooseSample& b, bool words,
                  const DedupOptions& o) {
  if ((k != CopyKind::kNone && k != CopyKind::kQuote && !(words && k == CopyKind::kEvidence)) ||
      o.reworded_jaccard > 1)
    return k;
  const LooseMatch loose = CompareLoose(a.span(), a.places(), b.span(), b.places(), kLooseSample);
  if (loose.order < o.reworded_order) return k;
  if (loose.jaccard >= o.reworded_jaccard && loose.gap <= o.reworded_gap &&
      s.jaccard <= o.reworded_verbatim * loose.jaccard)
    return CopyKind::kReworded;
  // Fewer values shared, in a stricter order: the sample's estimate of a copy that replaced a
  // third of its words falls under reworded_jaccard about half the time, its order does not.
  if (loose.order >= o.reworded_ordered && loose.shared >= o.reworded_ordered_shared + (words ? 0 : 1) &&
      loose.gap <= o.reworded_gap && s.jaccard <= o.reworded_verbatim * loose.jaccard)
    return CopyKind::kRewordedOrdered;
  // A part reworded: the same tests on the smaller article's side (the share of its grams the
  // larger holds, its stretches, its shingle containment), with enough values shared. A roundup
  // rewording parts of two stories holds each in one stretch of itself, and under half its
  // grams come from either.
  if (loose.contained >= o.reworded_part && loose.shared >= o.reworded_part_shared &&
      loose.gap_small <= o.reworded_gap && s.containment <= o.reworded_verbatim * loose.contained)
    return CopyKind::kReworded;
  return k;
}

// The wide samples' tests (reworded_wide*) of a pair Reworded left as it was (the same kinds
// only), both samples of kWideMin values or more and their first kLooseSample values mostly in
// order (reworded_order): kRewordedOrdered when the wide estimate, order and widest stretch say
// the two tell one text in other words, or the smaller tells a part of the larger in other words
// all through itself (kWidePartShared values shared at least).
inline constexpr size_t kWideMin = 2 * kLooseSample, kWidePartShared = 16;
bool WideMayApply(CopyKind k, bool words, const DedupOptions& o) {
  return (k == CopyKind::kNone || k == CopyKind::kQuote || (words && k == CopyKind::kEvidence)) &&
         o.reworded_jaccard <= 1 && o.reworded_wide <= 1;
}
CopyKind RewordedWide(CopyKind k, const Similarity& s, const WideSample& a, const WideSample& b, bool words,
                      const DedupOptions& o) {
  const size_t n = std::min(a.size, b.size);
  if (!WideMayApply(k, words, o) || n < kWideMin) return k;
  const bool narrow_order =
      CompareLoose(a.span(), a.places(), b.span(), b.places(), kLooseSample).order >= o.reworded_order;
  const bool blocks = words && o.reworded_wide_blocks <= 1;
  if (!narrow_order && !blocks) return k;
  // Values in one place (1/256 of a text: a wide sample has several to a place) count as in order:
  // strictly, a copy that kept its source's order all through measured 0.82-0.95. Between texts
  // read by characters, whose neighbouring grams share characters, 0.1 more is asked.
  const LooseMatch w = CompareLoose(a.span(), a.places(), b.span(), b.places(), n, /*ties_in_order=*/true);
  // Or in order by blocks, between texts read by words: a copy that moved a paragraph or two keeps
  // each in a rising run (0.95 of the shared values in runs of 5 at the median, 0.83 at most
  // between different stories of the dev sets); its order falls by the share moved.
  const bool in_order = narrow_order && w.order >= o.reworded_wide_order + (words ? 0 : 0.1);
  if (!in_order && !(blocks && w.blocks >= o.reworded_wide_blocks && w.order >= o.reworded_wide_moved_order))
    return k;
  if (w.jaccard >= o.reworded_wide && w.gap <= o.reworded_wide_gap && s.jaccard <= o.reworded_verbatim * w.jaccard)
    return CopyKind::kRewordedOrdered;
  // A part reworded, by the wide samples: the smaller article's side (the share of its values the
  // larger holds, its own widest stretch, its shingle containment), with enough values shared.
  if (w.contained >= o.reworded_wide_part && w.shared >= kWidePartShared && w.gap_small <= o.reworded_wide_part_gap &&
      s.containment <= o.reworded_verbatim * w.contained)
    return CopyKind::kRewordedOrdered;
  return k;
}

// The fourth candidate source's buckets: calls bucket(positions, worker) for each value held by
// 2 to kLooseBucket of `samples` (the positions ascending), the values taken in slices of about the same number of keys (from a
// count by their top 16 bits: a sample's values are its smallest, so they crowd the bottom of
// the range), the slices shared out to `threads` workers.
template <typename Fn>
void ForEachLooseBucket(const std::vector<std::span<const uint32_t>>& samples, size_t threads, const Fn& bucket) {
  size_t total = 0;
  std::vector<uint32_t> bins(size_t{1} << 16, 0);
  for (const auto& s : samples) {
    total += s.size();
    for (uint32_t v : s) ++bins[v >> 16];
  }
  if (total == 0) return;
  const size_t workers = std::max<size_t>(1, std::min(corpus::ResolveThreads(threads), total / (1u << 18) + 1));
  const size_t per_slice = std::max<size_t>(1, std::min<size_t>((4u << 20) / workers, (total + workers - 1) / workers));
  std::vector<uint64_t> cut{0};
  size_t held = 0;
  for (size_t b = 0; b < bins.size(); ++b) {
    if (held > 0 && held + bins[b] > per_slice) {
      cut.push_back(uint64_t{b} << 16);
      held = 0;
    }
    held += bins[b];
  }
  cut.push_back(uint64_t{1} << 32);
  const size_t slices = cut.size() - 1;
  // Each worker takes every workers-th slice, in ascending order, each sample going on from
  // where its last slice stopped.
  corpus::ParallelFor(workers, workers, [&](size_t w, size_t) {
    std::vector<uint64_t> keys, scratch;
    std::vector<uint32_t> members;
    std::vector<uint8_t> at(samples.size(), 0);
    for (size_t slice = w; slice < slices; slice += workers) {
      keys.clear();
      for (size_t r = 0; r < samples.size(); ++r) {
        const auto& s = samples[r];
        size_t k = at[r];
        while (k < s.size() && s[k] < cut[slice]) ++k;
        for (; k < s.size() && s[k] < cut[slice + 1]; ++k) keys.push_back(uint64_t{s[k]} << 32 | r);
        at[r] = static_cast<uint8_t>(k);
      }
      // By value alone: the sort is stable, and each value's keys came in ascending position.
      RadixSortBy(&keys, [](uint64_t k) { return k >> 32; }, &scratch);
      for (size_t a = 0; a < keys.size();) {
        size_t b = a + 1;
        while (b < keys.size() && keys[b] >> 32 == keys[a] >> 32) ++b;
        if (b - a >= 2 && b - a <= kLooseBucket) {
          members.clear();
          for (size_t x = a; x < b; ++x) members.push_back(static_cast<uint32_t>(keys[x]));
          bucket(members, w);
        }
        a = b;
      }
    }
  });
}

// Appends to `pairs` the (i, j), i < j, positions of `samples`, that hold `min_shared` or more
// values in common among the values held by 2 to kLooseBucket samples. Counted without a list
// of every pair that shares one value (tens of millions at a million articles): a table of
// counters by pair hash first, then the pairs whose counter reaches min_shared (the others
// cannot) counted exactly.
void SharedValuePairs(const std::vector<std::span<const uint32_t>>& samples, size_t min_shared, size_t threads,
                      std::vector<std::pair<uint32_t, uint32_t>>* pairs) {
  // About as many counters as keys (a few pair hits a key), at most 16 M (32 MB).
  size_t keys = 0;
  for (const auto& s : samples) keys += s.size();
  if (keys == 0) return;
  size_t slots = size_t{1} << 16;
  while (slots < keys && slots < (size_t{1} << 24)) slots <<= 1;
  std::vector<uint16_t> table(slots, 0);
  auto slot = [&](uint32_t x, uint32_t y) {
    return static_cast<size_t>(((uint64_t{x} << 32 | y) * 0x9E3779B97F4A7C15ull) >> 40) & (slots - 1);
  };
  ForEachLooseBucket(samples, threads, [&](const std::vector<uint32_t>& m, size_t) {
    for (size_t x = 0; x < m.size(); ++x)
      for (size_t y = x + 1; y < m.size(); ++y)
        std::atomic_ref<uint16_t>(table[slot(m[x], m[y])]).fetch_add(1, std::memory_order_relaxed);
  });
  const size_t workers = std::max<size_t>(1, corpus::ResolveThreads(threads));
  std::vector<std::vector<uint64_t>> kept(workers);
  ForEachLooseBucket(samples, threads, [&](const std::vector<uint32_t>& m, size_t w) {
    for (size_t x = 0; x < m.size(); ++x)
      for (size_t y = x + 1; y < m.size(); ++y)
        if (table[slot(m[x], m[y])] >= min_shared) kept[w].push_back(uint64_t{m[x]} << 32 | m[y]);
  });
  std::vector<uint16_t>().swap(table);
  std::vector<uint64_t> all;
  for (auto& k : kept) {
    all.insert(all.end(), k.begin(), k.end());
    std::vector<uint64_t>().swap(k);
  }
  RadixSortBy(&all, [](uint64_t k) { return k; });
  for (size_t a = 0; a < all.size();) {
    size_t b = a + 1;
    while (b < all.size() && all[b] == all[a]) ++b;
    if (b - a >= min_shared) pairs->emplace_back(static_cast<uint32_t>(all[a] >> 32), static_cast<uint32_t>(all[a]));
    a = b;
  }
}

// Appends to `pairs` the (i, j), i < j, whose sets share at least `min_hits` anchors: shingle
// values below `limit` (a fixed sample of the shingles, the same for every article, so two
// articles sharing m shingles share about m * limit / 2^32 anchors whatever their sizes). Anchors
// held by more than `max_bucket` articles (site lines, stock phrases) are skipped.
void AnchorPairs(const std::vector<std::span<const uint32_t>>& sets, const std::vector<uint32_t>& limits,
                 size_t min_hits, double min_share, size_t max_bucket, size_t threads,
                 std::vector<std::pair<uint32_t, uint32_t>>* pairs) {
  // Anchors per article, for the containment estimate.
  std::vector<uint32_t> anchors(sets.size(), 0);
  size_t total = 0;
  for (size_t i = 0; i < sets.size(); ++i) {
    anchors[i] = static_cast<uint32_t>(std::lower_bound(sets[i].begin(), sets[i].end(), limits[i]) - sets[i].begin());
    total += anchors[i];
  }
  std::vector<uint32_t> usable = anchors;  // less those in buckets too large to pair
  // The anchors are taken in slices of their value range (below the largest limit: anchors are
  // the smallest values), so that the (anchor, article) keys and the pair hits of one slice are
  // held at a time per worker (about 4 M keys a slice); each slice's hits are counted and merged
  // into its worker's `counted` ((article << 32 | article), anchors shared), sorted, and the
  // workers' lists are merged at the end. The slices change nothing but the memory: every anchor
  // is in one slice, and counts add up in any order.
  // (Slices of 4 M keys over the workers: each holds one at a time.)
  const size_t workers = std::max<size_t>(1, std::min(corpus::ResolveThreads(threads), total / (1u << 20) + 1));
  // (At least a slice per worker: one slice of under 4 M keys kept the second worker idle, and
  // this step serial, on every corpus of under ~2 M anchors: 20,000 articles.)
  const size_t slices = std::max<size_t>(workers, total / ((4u << 20) / workers) + 1);
  const uint64_t range = limits.empty() ? 1 : uint64_t{*std::max_element(limits.begin(), limits.end())} + 1;
  using Counted = std::vector<std::pair<uint64_t, uint32_t>>;
  // Merges the run-length counts of sorted `hits` into `counted` (sorted), through `merged`.
  auto merge = [](const Counted& add, Counted* counted, Counted* merged) {
    merged->clear();
    merged->reserve(counted->size() + add.size());
    size_t a = 0, c = 0;
    while (a < add.size() || c < counted->size()) {
      if (c == counted->size() || (a < add.size() && add[a].first < (*counted)[c].first)) {
        merged->push_back(add[a++]);
      } else if (a == add.size() || (*counted)[c].first < add[a].first) {
        merged->push_back((*counted)[c++]);
      } else {
        merged->emplace_back(add[a].first, add[a].second + (*counted)[c].second);
        ++a, ++c;
      }
    }
    counted->swap(*merged);
  };
  std::vector<Counted> counted(workers);
  std::mutex usable_mu;
  corpus::ParallelFor(workers, workers, [&](size_t w, size_t) {
    std::vector<uint64_t> keys, hits, scratch;
    Counted runs, merged;
    std::vector<uint32_t> unusable;  // articles, once per anchor in an oversized bucket
    // Where each set's next anchor is: a worker's slices come in increasing order, so each
    // slice goes on where its last one stopped (a binary search a set a slice cost most of this).
    std::vector<uint32_t> at;
    for (size_t slice = w; slice < slices; slice += workers) {
      const uint64_t lo = range * slice / slices;
      const uint64_t hi = slice + 1 == slices ? uint64_t{1} << 32 : range * (slice + 1) / slices;
      keys.clear();
      if (at.empty()) {
        at.resize(sets.size());
        for (size_t i = 0; i < sets.size(); ++i)
          at[i] = static_cast<uint32_t>(std::lower_bound(sets[i].begin(), sets[i].begin() + anchors[i], lo) - sets[i].begin());
      }
      for (size_t i = 0; i < sets.size(); ++i) {
        const uint32_t* set = sets[i].data();
        uint32_t k = at[i];
        while (k < anchors[i] && set[k] < lo) ++k;  // the other workers' slices in between
        for (; k < anchors[i] && set[k] < hi; ++k) keys.push_back(uint64_t{set[k]} << 32 | i);
        at[i] = k;
      }
      RadixSortBy(&keys, [](uint64_t k) { return k; }, &scratch);
      hits.clear();
      for (size_t a = 0; a < keys.size();) {
        size_t b = a;
        while (b < keys.size() && keys[b] >> 32 == keys[a] >> 32) ++b;
        if (b - a <= max_bucket) {
          for (size_t x = a; x < b; ++x)
            for (size_t y = x + 1; y < b; ++y) hits.push_back(keys[x] << 32 | (keys[y] & 0xffffffffu));
        } else {
          for (size_t x = a; x < b; ++x) unusable.push_back(static_cast<uint32_t>(keys[x]));  // not counted
        }
        a = b;
      }
      RadixSortBy(&hits, [](uint64_t k) { return k; }, &scratch);
      runs.clear();
      for (size_t a = 0; a < hits.size();) {
        size_t b = a;
        while (b < hits.size() && hits[b] == hits[a]) ++b;
        runs.emplace_back(hits[a], static_cast<uint32_t>(b - a));
        a = b;
      }
      merge(runs, &counted[w], &merged);
    }
    std::lock_guard<std::mutex> lock(usable_mu);
    for (uint32_t i : unusable) --usable[i];
  });
  Counted all, merged;
  for (auto& c : counted) {
    merge(c, &all, &merged);
    Counted().swap(c);
  }
  for (const auto& [key, n] : all) {
    // Shared anchors estimate the containment: stock phrases give a few, copies many. Of the
    // smaller article's anchors, those held by too many articles to count are left out.
    const std::pair<uint32_t, uint32_t> pair(static_cast<uint32_t>(key >> 32), static_cast<uint32_t>(key));
    const double smaller = std::min(usable[pair.first], usable[pair.second]);
    if (n >= min_hits && static_cast<double>(n) >= min_share * smaller) pairs->push_back(pair);
  }
}

struct UnionFind {
  std::vector<uint32_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  uint32_t Find(uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Union(uint32_t a, uint32_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

// A verified pair, a < b, whether it is a copy by containment only (or a heavy edit), and
// whether it is only evidence for the roundup guard (not a copy).
struct Edge {
  uint32_t a = 0, b = 0;
  bool contained = false;
  bool evidence = false;  // evidence or quote: not a copy
  bool quote = false;     // a quote only (not a neighbour for the bridge test)
  auto operator<=>(const Edge&) const = default;
};

// Bridge test cost bound: the first this many containment-only neighbours (by id) are checked.
constexpr size_t kMaxBridgeNeighbours = 64;

// Two stories, not one: a pair (X, Y) whose two articles each have copies of their own (pairs
// that are not evidence or quotes) while no pair but a quote, and but (X, Y) itself, relates X
// or one of its copies to Y or one of Y's. Two hard copies of two stories that each inserted a
// passage of the other share that text, and no more; a copy has no copies of its own, or its
// own copies are related to its source too.
class TwoStories {
 public:
  explicit TwoStories(const std::vector<Edge>& edges) {
    for (const Edge& e : edges) {
      if (e.quote) continue;
      related_.emplace_back(e.a, e.b);
      related_.emplace_back(e.b, e.a);
      if (!e.evidence) {
        copies_.emplace_back(e.a, e.b);
        copies_.emplace_back(e.b, e.a);
      }
    }
    auto key = [](const std::pair<uint32_t, uint32_t>& p) { return uint64_t{p.first} << 32 | p.second; };
    RadixSortBy(&related_, key);  // the order of std::sort, for the millions of a large cluster
    RadixSortBy(&copies_, key);
  }
  bool operator()(uint32_t x, uint32_t y) const {
    std::vector<uint32_t> fx = Of(copies_, x, y), fy = Of(copies_, y, x);
    if (fx.empty() || fy.empty()) return false;
    fx.push_back(x);
    fy.push_back(y);
    std::sort(fy.begin(), fy.end());
    for (uint32_t u : fx)
      for (uint32_t r : Of(related_, u, u == x ? y : UINT32_MAX))
        if (std::binary_search(fy.begin(), fy.end(), r)) return false;
    return true;
  }

 private:
  // The first kMaxBridgeNeighbours others of x in `list`, but `but`.
  static std::vector<uint32_t> Of(const std::vector<std::pair<uint32_t, uint32_t>>& list, uint32_t x, uint32_t but) {
    std::vector<uint32_t> out;
    for (auto it = std::lower_bound(list.begin(), list.end(), std::pair<uint32_t, uint32_t>(x, 0));
         it != list.end() && it->first == x && out.size() < kMaxBridgeNeighbours; ++it)
      if (it->second != but) out.push_back(it->second);
    return out;
  }
  std::vector<std::pair<uint32_t, uint32_t>> related_, copies_;  // (article, other), sorted
};

// Adds to `edges` (sorted, unique) the reworded pairs of the ordered rule (`ordered`) that are not
// copies of two stories, and drops from it the heavy pairs (`heavy`) that are: the two weakest
// kinds of copy, the ones two stories' copies reach by sharing an inserted passage (TwoStories,
// judged on the pairs as verified, these aside).
void DropTwoStoryPairs(const std::vector<std::pair<uint32_t, uint32_t>>& ordered,
                       const std::vector<std::pair<uint32_t, uint32_t>>& heavy, std::vector<Edge>* edges) {
  if (ordered.empty() && heavy.empty()) return;
  const TwoStories two_stories(*edges);
  std::vector<std::pair<uint32_t, uint32_t>> drop;
  for (auto [x, y] : heavy)
    if (two_stories(x, y)) drop.emplace_back(x, y);
  std::vector<Edge> kept;
  for (auto [x, y] : ordered)
    if (!two_stories(x, y)) kept.push_back({x, y, false, false, false});
  if (!drop.empty()) {
    std::sort(drop.begin(), drop.end());
    std::erase_if(*edges, [&](const Edge& e) {
      return std::binary_search(drop.begin(), drop.end(), std::pair<uint32_t, uint32_t>(e.a, e.b));
    });
  }
  if (kept.empty()) return;
  edges->insert(edges->end(), kept.begin(), kept.end());
  std::sort(edges->begin(), edges->end());
  edges->erase(std::unique(edges->begin(), edges->end()), edges->end());
}

}  // namespace

std::pair<bool, const char*> CompareCanonical(const CanonicalCandidate& a, const CanonicalCandidate& b) {
  constexpr int64_t kDay = 86400;
  // The instant the wire dateline names: its day, in the year (of three) nearest `near`.
  auto dateline_time = [](const CanonicalCandidate& c, const std::optional<corpus::Instant>& near)
      -> std::optional<int64_t> {
    if (c.dateline_day.month == 0) return std::nullopt;
    if (c.dateline_day.year != 0)
      return corpus::DaysFromCivil(c.dateline_day.year, c.dateline_day.month, c.dateline_day.day) * kDay;
    if (!near) return std::nullopt;
    const int64_t y = 1970 + near->seconds / (kDay * 36525 / 100);
    std::optional<int64_t> best;
    for (int64_t year = y - 1; year <= y + 1; ++year) {
      int64_t t = corpus::DaysFromCivil(static_cast<int>(year), c.dateline_day.month, c.dateline_day.day) * kDay;
      if (!best || std::llabs(t - near->seconds) < std::llabs(*best - near->seconds)) best = t;
    }
    return best;
  };
  // A wire copy against a rewrite: the wire copy goes first unless the rewrite is dated more
  // than a day before it (a dateline's day is local time, a page's date often a later update).
  if (a.wire_dateline != b.wire_dateline) {
    const CanonicalCandidate& wire = a.wire_dateline ? a : b;
    const CanonicalCandidate& other = a.wire_dateline ? b : a;
    std::optional<int64_t> wire_t = wire.published ? std::optional(wire.published->seconds)
                                                   : dateline_time(wire, other.published);
    // A calendar day without a time is taken at its latest for the rewrite (any hour that day).
    const int64_t other_t =
        other.published ? other.published->seconds + (other.published->has_time ? 0 : kDay - 1) : 0;
    const bool other_first = other.published && wire_t && other_t < *wire_t - kDay;
    if (other_first) return {&other == &a, "earliest-published"};
    return {&wire == &a, "wire-dateline"};
  }
  // Earliest publication; a calendar day without a time ties with any time on that day.
  if (a.published && b.published) {
    int64_t ta = a.published->seconds, tb = b.published->seconds;
    if (!a.published->has_time || !b.published->has_time) {
      ta = ta >= 0 ? ta / kDay : (ta - kDay + 1) / kDay;
      tb = tb >= 0 ? tb / kDay : (tb - kDay + 1) / kDay;
    }
    if (ta != tb) return {ta < tb, "earliest-published"};
  } else if (a.published.has_value() != b.published.has_value()) {
    return {a.published.has_value(), "earliest-published"};  // a known date before none
  }
  if (a.shared != b.shared) return {a.shared > b.shared, "most-complete"};
  if (a.shingles != b.shingles) return {a.shingles > b.shingles, "most-complete"};
  return {a.id < b.id, "first-id"};
}

void FillMember(const SketchStore& store, Member* m) {
  const ArticleInfo a = store.Info(m->article);
  m->url = a.url;
  m->source = a.source;
  m->title = a.title;
  m->published = a.published;
  m->credit = a.credit;
}

// A set of 32-bit values as a bit filter: MayHold(v) is true for every value given, and for
// about one in eight others (8 bits a value, up to 2^28 bits). The values are shingle hashes,
// already uniform in their low bits; a multiplicative hash spreads the high ones too.
class LeadFilter {
 public:
  explicit LeadFilter(const std::vector<uint32_t>& values) {
    while (shift_ > 4 && (uint64_t{1} << (32 - shift_)) < values.size() * 8) --shift_;
    bits_.assign((size_t{1} << (32 - shift_)) / 64 + 1, 0);
    for (uint32_t v : values) bits_[Slot(v) >> 6] |= uint64_t{1} << (Slot(v) & 63);
  }
  bool MayHold(uint32_t v) const { return bits_[Slot(v) >> 6] >> (Slot(v) & 63) & 1; }

 private:
  uint32_t Slot(uint32_t v) const { return (v * 0x9E3779B1u) >> shift_; }
  int shift_ = 26;  // 64 bits at least
  std::vector<uint64_t> bits_;
};

std::vector<uint32_t> LeadValues(const SketchStore& store, const DedupOptions& options) {
  std::vector<uint32_t> values;
  for (uint32_t i = 0; i < store.size() && options.opening_share <= 1; ++i) {
    const LeadSample& l = store.meta(i).lead;
    const uint32_t limit = AnchorLimit(options, store.meta(i).unit);
    for (size_t j = 0; j < l.size; ++j)
      if (l.values[j] < limit) values.push_back(l.values[j]);
  }
  RadixSortBy(&values, [](uint32_t v) { return uint64_t{v}; });
  values.erase(std::unique(values.begin(), values.end()), values.end());
  return values;
}

void CountLeadHolders(const SketchStore& store, const DedupOptions& options, const std::vector<uint32_t>& lead_values,
                      std::vector<uint32_t>* counts) {
  counts->assign(lead_values.size(), 0);
  if (lead_values.empty() || store.size() == 0) return;
  const size_t workers = corpus::ResolveThreads(options.threads);
  std::vector<std::atomic<uint32_t>> holders(lead_values.size());
  // Most anchors are no lead value: a bit filter of the lead values (about 8 bits each) spares
  // them the binary search over all lead values, which costs a cache miss a step at 1M articles.
  const LeadFilter filter(lead_values);
  std::vector<std::vector<uint32_t>> scratch(workers);
  corpus::ParallelFor(store.size(), workers, [&](size_t i, size_t w) {
    const uint32_t limit = AnchorLimit(options, store.meta(i).unit);
    const auto set = limit <= store.resident_below() ? store.resident_shingles(i) : store.Shingles(i, &scratch[w]);
    const auto stop = std::lower_bound(set.begin(), set.end(), limit);
    auto at = lead_values.begin();
    for (auto v = set.begin(); v != stop && at != lead_values.end(); ++v) {
      if (!filter.MayHold(*v)) continue;
      at = std::lower_bound(at, lead_values.end(), *v);
      if (at != lead_values.end() && *at == *v) holders[at - lead_values.begin()].fetch_add(1, std::memory_order_relaxed);
    }
  });
  for (size_t k = 0; k < holders.size(); ++k) (*counts)[k] = holders[k].load(std::memory_order_relaxed);
}

std::vector<uint32_t> ExactDuplicateOf(const std::vector<uint32_t>& order,
                                       const std::function<ContentHash(uint32_t)>& hash, size_t* duplicates) {
  const size_t n = order.size();
  std::vector<uint32_t> exact_of(n);
  // Grouped by the hash's first half, in id order within a group (a stable sort of the
  // articles taken in id order); a group's articles are then told apart by the second half.
  std::vector<std::pair<uint64_t, uint32_t>> by_hash(n), scratch;
  std::vector<uint64_t> second(n);  // the second halves, by article
  std::vector<uint32_t> counts;
  for (size_t r = 0; r < n; ++r) {
    const ContentHash h = hash(order[r]);
    by_hash[r] = {h[0], order[r]};
    second[order[r]] = h[1];
  }
  HashSortBy(&by_hash, [](const std::pair<uint64_t, uint32_t>& h) { return h.first; }, &scratch, &counts);
  std::vector<uint32_t> firsts;  // of the group's distinct second halves
  size_t found = 0;
  // Articles whose text came out empty (a byline, a photo credit, a login page: everything was
  // cut) are no copies of one another: each stays alone.
  const XXH128_hash_t empty = XXH3_128bits("", 0);
  for (size_t a = 0; a < n;) {
    size_t b = a;
    while (b < n && by_hash[b].first == by_hash[a].first) ++b;
    firsts.clear();
    for (size_t k = a; k < b; ++k) {
      const uint32_t i = by_hash[k].second;
      if (by_hash[k].first == empty.low64 && second[i] == empty.high64) {
        exact_of[i] = i;
        continue;
      }
      auto same = std::find_if(firsts.begin(), firsts.end(), [&](uint32_t f) { return second[f] == second[i]; });
      if (same == firsts.end()) {
        firsts.push_back(i);
        exact_of[i] = i;
      } else {
        exact_of[i] = *same;
        ++found;
      }
    }
    a = b;
  }
  if (duplicates != nullptr) *duplicates += found;
  return exact_of;
}

LeanClusters ClusterSketchesLean(const SketchStore& store, const DedupOptions& options, GivenCandidates* given) {
  LeanClusters result;
  const size_t n = store.size();
  result.stats.articles = n;
  auto meta = [&](uint32_t i) -> const ArticleMeta& { return store.meta(i); };
  auto id = [&](uint32_t i) { return store.id(i); };
  // Shingle sets may be spilled (SketchStore::SpillShingles): sizes come from the store, sets are
  // read into the caller's scratch.
  auto count = [&](uint32_t i) { return store.shingle_count(i); };
  // Passes over many sets read them in blocks (in_blocks below): this thread's block's sets, when
  // it works on one.
  static thread_local const SetBatch* block_batch = nullptr;
  struct CurrentBlock {  // block_batch while a block is worked on, whatever the work throws
    explicit CurrentBlock(const SetBatch* b) { block_batch = b; }
    ~CurrentBlock() { block_batch = nullptr; }
  };
  auto shingles = [&](uint32_t i, std::vector<uint32_t>* scratch) {
    const std::span<const uint32_t>* s = block_batch != nullptr ? block_batch->Find(i) : nullptr;
    return s != nullptr ? *s : store.Shingles(i, scratch);
  };
  // A whole shingle set for the roundup guard's tests, which hold several at once: a view of the
  // store's or of the block's, or read back into its own buffer when spilled (a moved vector
  // keeps its buffer).
  struct Held {
    std::vector<uint32_t> buf;
    std::span<const uint32_t> s;
  };
  auto held = [&](uint32_t i) {
    Held h;
    h.s = shingles(i, &h.buf);
    return h;
  };
  // Work in id order so that input order never matters.
  std::vector<uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return id(a) < id(b); });

  // 1. Exact duplicates: same folded text (128-bit hash). Only the first by id goes on to LSH.
  const std::vector<uint32_t> exact_of = ExactDuplicateOf(
      order, [&](uint32_t i) { return ContentHash{meta(i).content_hash[0], meta(i).content_hash[1]}; },
      &result.stats.exact_duplicates);

  // 2. Candidates from two bandings, over signatures in id order (so that capped buckets keep
  // the same members whatever the input order).
  const size_t workers = corpus::ResolveThreads(options.threads);
  const std::array<BandParams, 2> bandings = DedupBandings(store.num_perm(), options);
  result.stats.jaccard_bands = bandings[0];
  result.stats.containment_bands = bandings[1];
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  if (given != nullptr) {
    pairs = std::move(given->pairs);
    result.stats.anchor_pairs = given->anchor_pairs;
  } else {
    const int kept[2] = {store.banding_index(result.stats.jaccard_bands),
                         store.banding_index(result.stats.containment_bands)};
    if (store.has_signatures() || kept[0] < 0 || kept[1] < 0) {
      std::vector<std::span<const uint32_t>> sigs(n);
      for (size_t r = 0; r < n; ++r)
        if (exact_of[order[r]] == order[r]) sigs[r] = store.signature(order[r]);
      CandidatePairs(sigs, result.stats.jaccard_bands, options.max_bucket, workers, &pairs);
      CandidatePairs(sigs, result.stats.containment_bands, options.max_bucket, workers, &pairs);
    } else {
      // The store kept the band keys (SketchStore::KeepBandKeys): the same keys, read back band
      // by band and put in id order.
      std::vector<char> skip(n);
      for (size_t r = 0; r < n; ++r)
        skip[r] = exact_of[order[r]] != order[r] || meta(order[r]).empty_signature;
      CandidateBuffers buffers;  // the second banding reuses the first's
      for (int t = 0; t < 2; ++t) {
        const BandParams& p = t == 0 ? result.stats.jaccard_bands : result.stats.containment_bands;
        CandidatePairsFromKeys(
            n, p.bands,
            [&](size_t band, std::vector<uint64_t>* scratch, std::vector<uint64_t>* keys) {
              store.BandKeys(static_cast<size_t>(kept[t]), band, scratch);
              keys->resize(n);
              for (size_t r = 0; r < n; ++r) (*keys)[r] = (*scratch)[order[r]];
            },
            skip, options.max_bucket, workers, &pairs, &buffers);
      }
    }
    // Third source: shared anchor shingles, for short copies of long stories whose Jaccard is
    // below what the bandings see (docs/clustering.md).
    if (options.anchor_rate > 0) {
      std::vector<std::span<const uint32_t>> sets(n);
      std::vector<std::vector<uint32_t>> loaded;  // sets read back, when anchors pass the resident ones
      std::vector<uint32_t> limits(n);
      for (size_t r = 0; r < n; ++r) {
        if (exact_of[order[r]] != order[r]) continue;
        limits[r] = AnchorLimit(options, meta(order[r]).unit);
        // Anchors are the values below the limit: the resident ones hold them all when the limit
        // does not pass resident_below().
        if (limits[r] <= store.resident_below()) {
          sets[r] = store.resident_shingles(order[r]);
        } else {
          loaded.emplace_back();
          sets[r] = store.Shingles(order[r], &loaded.back());
          if (sets[r].data() == loaded.back().data()) loaded.back().shrink_to_fit();
        }
      }
      const size_t before = pairs.size();
      AnchorPairs(sets, limits, options.min_anchor_hits, AnchorMinShare(options), options.max_anchor_bucket, workers, &pairs);
      RadixSortBy(&pairs, [](const std::pair<uint32_t, uint32_t>& p) { return uint64_t{p.first} << 32 | p.second; });
      pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
      result.stats.anchor_pairs = pairs.size() - std::min(before, pairs.size());
    }
    // Fourth source: shared values of the loose samples, for reworded copies, which share too
    // few shingles for the bandings and the anchors (docs/clustering.md, "Reworded copies").
    if (options.loose_candidates && options.reworded_jaccard <= 1) {
      std::vector<std::span<const uint32_t>> samples(n);
      for (size_t r = 0; r < n; ++r) {
        const uint32_t i = order[r];
        if (exact_of[i] == i && store.loose(i).size == kLooseSample) samples[r] = store.loose(i).span();
      }
      const size_t before = pairs.size();
      SharedValuePairs(samples, LooseMinShared(options), workers, &pairs);
      RadixSortBy(&pairs, [](const std::pair<uint32_t, uint32_t>& p) { return uint64_t{p.first} << 32 | p.second; });
      pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
      result.stats.loose_pairs = pairs.size() - std::min(before, pairs.size());
    }
  }
  for (auto& [a, b] : pairs) {
    a = order[a];
    b = order[b];
  }
  result.stats.candidate_pairs = pairs.size();

  // Openings (docs/clustering.md): how many articles hold each value of the lead samples that
  // is an anchor (below its article's anchor limit); values held by more than
  // max_anchor_bucket articles are stock phrases, not a story's opening.
  const std::vector<uint32_t> lead_values = LeadValues(store, options);
  std::vector<uint32_t> lead_holders;
  if (given != nullptr && given->lead_holders.size() == lead_values.size()) {
    lead_holders = std::move(given->lead_holders);  // counted where the sets live (distributed/)
  } else {
    CountLeadHolders(store, options, lead_values, &lead_holders);
  }
  constexpr int kLeadMinUsable = 2;
  constexpr int kLeadQuoteUsable = 3;  // a whole opening quoted under the quote level: all of 3+
  // Returns {how many of x's usable lead values p holds, how many are usable}.
  auto lead_hits = [&](std::span<const uint32_t> p_set, uint32_t x) {
    const LeadSample& l = meta(x).lead;
    const uint32_t limit = AnchorLimit(options, meta(x).unit);
    std::pair<int, int> r{0, 0};
    for (size_t j = 0; j < l.size; ++j) {
      if (l.values[j] >= limit) continue;
      auto at = std::lower_bound(lead_values.begin(), lead_values.end(), l.values[j]);
      if (lead_holders[at - lead_values.begin()] > options.max_anchor_bucket) continue;
      ++r.second;
      r.first += std::binary_search(p_set.begin(), p_set.end(), l.values[j]);
    }
    return r;
  };

  // 3. Exact verification, in parallel. A verified pair is a copy by Jaccard ("strong") or only
  // by containment (a smaller article inside a larger one).
  // Pairs in blocks, by where their first set is in the spill file (the order of the pairs does
  // not matter: the edges are sorted below): each block's sets are read together
  // (SketchStore::ReadSets), copies and their sources close in the file in one pread.
  if (store.spilled()) {
    RadixSortBy(&pairs, [&](const std::pair<uint32_t, uint32_t>& p) {
      return std::min(store.spill_offset(p.first), store.spill_offset(p.second));
    });
  }
  std::vector<CopyKind> kind(pairs.size(), CopyKind::kNone);
  constexpr size_t kPairBlock = 1024;  // about 2,000 sets at most: 3 MB a worker
  std::vector<SetBatch> batches(workers);
  std::vector<std::vector<uint32_t>> block_sets(workers);
  corpus::ParallelFor((pairs.size() + kPairBlock - 1) / kPairBlock, workers, [&](size_t blk, size_t w) {
    const size_t lo = blk * kPairBlock, hi = std::min(pairs.size(), lo + kPairBlock);
    std::vector<uint32_t>& want = block_sets[w];
    want.clear();
    for (size_t k = lo; k < hi; ++k) {
      want.push_back(pairs[k].first);
      want.push_back(pairs[k].second);
    }
    SetBatch& batch = batches[w];
    store.ReadSets(want, &batch);
    for (size_t k = lo; k < hi; ++k) {
      const auto sa = *batch.Find(pairs[k].first), sb = *batch.Find(pairs[k].second);
      if (sa.empty() || sb.empty()) continue;
      const size_t inter = IntersectionSize(sa, sb);
      Similarity s;
      s.jaccard = static_cast<double>(inter) / (sa.size() + sb.size() - inter);
      s.containment = static_cast<double>(inter) / std::min(sa.size(), sb.size());
      kind[k] = Classify(s, inter, std::min(sa.size(), sb.size()), std::max(sa.size(), sb.size()), options);
      const bool words = meta(pairs[k].first).unit == ShingleUnit::kWords && meta(pairs[k].second).unit == ShingleUnit::kWords;
      kind[k] = Reworded(kind[k], s, store.loose(pairs[k].first), store.loose(pairs[k].second), words, options);
      if (WideMayApply(kind[k], words, options)) {
        WideSample wa, wb;
        JoinWide(store.loose(pairs[k].first), batch.FindRest(pairs[k].first), &wa);
        JoinWide(store.loose(pairs[k].second), batch.FindRest(pairs[k].second), &wb);
        kind[k] = RewordedWide(kind[k], s, wa, wb, words, options);
      }
      // Under the quote level, the smaller text holding all of the larger's opening (three
      // usable values or more) quotes it: a roundup's quote of a story's first paragraph,
      // however short, for the openings test. Between texts read by words (character grams of
      // one language share openings' grams by chance far more often).
      if (kind[k] == CopyKind::kNone && words && options.opening_share <= 1 && inter >= options.min_containment_shingles) {
        const bool a_smaller = sa.size() < sb.size() || (sa.size() == sb.size() && pairs[k].first < pairs[k].second);
        auto [h, u] = lead_hits(a_smaller ? sa : sb, a_smaller ? pairs[k].second : pairs[k].first);
        if (u >= kLeadQuoteUsable && h == u) kind[k] = CopyKind::kQuote;
      }
    }
  });
  std::vector<SetBatch>(workers).swap(batches);  // their memory back
  // Runs fn(k) for k in [0, count) on the workers in blocks of `per_block`, the sets that
  // want(k, &sets) names for a block's items read together first (what shingles() and held()
  // find there is not read again; what they do not find is read as it is asked for).
  auto in_blocks = [&](size_t count, size_t per_block, const auto& want, const auto& fn) {
    corpus::ParallelFor((count + per_block - 1) / per_block, workers, [&](size_t blk, size_t w) {
      const size_t lo = blk * per_block, hi = std::min(count, lo + per_block);
      std::vector<uint32_t>& sets = block_sets[w];
      sets.clear();
      for (size_t k = lo; k < hi; ++k) want(k, &sets);
      store.ReadSets(sets, &batches[w]);
      const CurrentBlock current(&batches[w]);
      for (size_t k = lo; k < hi; ++k) fn(k);
    });
  };
  // Blocks of this many items, and what they may read: a list of neighbours is read with its
  // article when it holds no more than kBlockList, a block's sets stop growing past kBlockSets.
  constexpr size_t kItemBlock = 256, kBlockList = 64, kBlockSets = 4096;
  auto want_list = [&](const std::vector<uint32_t>& list, std::vector<uint32_t>* sets) {
    if (list.size() <= kBlockList && sets->size() < kBlockSets) sets->insert(sets->end(), list.begin(), list.end());
  };
  std::vector<Edge> edges;
  std::vector<std::pair<uint32_t, uint32_t>> ordered, heavy;  // judged below (DropTwoStoryPairs)
  for (size_t k = 0; k < pairs.size(); ++k) {
    if (kind[k] == CopyKind::kNone) continue;
    auto [a, b] = pairs[k];
    if (kind[k] == CopyKind::kHeavy) {
      ++result.stats.heavy_pairs;
      heavy.emplace_back(std::min(a, b), std::max(a, b));
    }
    if (kind[k] == CopyKind::kRewordedOrdered) {
      ordered.emplace_back(std::min(a, b), std::max(a, b));
      continue;
    }
    edges.push_back({std::min(a, b), std::max(a, b), kind[k] != CopyKind::kJaccard && kind[k] != CopyKind::kReworded,
                     kind[k] == CopyKind::kEvidence || kind[k] == CopyKind::kQuote,
                     kind[k] == CopyKind::kQuote});
  }
  std::vector<std::pair<uint32_t, uint32_t>>().swap(pairs);
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  DropTwoStoryPairs(ordered, heavy, &edges);
  result.stats.verified_pairs = static_cast<size_t>(
      std::count_if(edges.begin(), edges.end(), [](const Edge& e) { return !e.evidence; }));

  // 4. Membership from the pair graph: connected components over verified pairs, so that a copy
  // of any member stays in the cluster whichever member is canonical. Guard against chaining
  // two stories through a roundup that contains both (docs/clustering.md): an article P with two
  // containment-only, heavy or evidence neighbours X and Y, not already in one component by
  // Jaccard pairs, that are unrelated is a bridge, and its containment-only and heavy pairs are
  // not used. X and Y are unrelated when they share less than min_member_overlap (containment),
  // or when, of the smaller of what P shares with X and with Y, less than bridge_shared_share is
  // shared by all three (P quotes different parts of X and Y).
  UnionFind strong(n);
  for (const Edge& e : edges)
    if (!e.contained) strong.Union(e.a, e.b);
  // Roots read by the workers below (Find compresses paths: it writes).
  std::vector<uint32_t> strong_root(n);
  for (uint32_t i = 0; i < n; ++i) strong_root[i] = strong.Find(i);
  std::vector<std::vector<uint32_t>> contained_of;  // per article with containment-only pairs
  std::unordered_map<uint32_t, uint32_t> slot;
  for (const Edge& e : edges) {
    if (!e.contained || e.quote) continue;
    for (auto [x, y] : {std::pair(e.a, e.b), std::pair(e.b, e.a)}) {
      // Evidence counts for the article quoted in part (the smaller), not for the story it
      // quotes: a story is not a bridge for being quoted by a roundup.
      if (e.evidence && count(x) > count(y)) continue;
      auto [it, inserted] = slot.emplace(x, static_cast<uint32_t>(contained_of.size()));
      if (inserted) contained_of.emplace_back();
      contained_of[it->second].push_back(y);
    }
  }
  std::vector<uint32_t> with_slots;
  for (const auto& [x, k] : slot) with_slots.push_back(x);
  std::sort(with_slots.begin(), with_slots.end());
  // Two neighbours verified as copies of each other (by any rule) are related whatever they share
  // with the pivot: partial copies that overlap.
  std::unordered_set<uint64_t> copy_pairs;
  for (const Edge& e : edges)
    if (e.contained && !e.evidence) copy_pairs.insert(uint64_t{e.a} << 32 | e.b);
  auto copies_of_each_other = [&](uint32_t x, uint32_t y) {
    return copy_pairs.count(uint64_t{std::min(x, y)} << 32 | std::max(x, y)) != 0;
  };
  // Returns whether the article in slot k is a bridge, its neighbours that `skip` accepts aside.
  auto test_bridge = [&](size_t k, const auto& skip) -> bool {
    std::vector<uint32_t> nb;
    for (uint32_t y : contained_of[slot.at(with_slots[k])])
      if (!skip(y)) nb.push_back(y);
    if (nb.size() < 2) return false;
    std::sort(nb.begin(), nb.end(), [&](uint32_t x, uint32_t y) { return id(x) < id(y); });
    if (nb.size() > kMaxBridgeNeighbours) nb.resize(kMaxBridgeNeighbours);
    // What the pivot shares with each neighbour.
    std::vector<uint32_t> pivot_scratch;
    const auto pivot = shingles(with_slots[k], &pivot_scratch);
    std::vector<std::vector<uint32_t>> shared(nb.size()), nb_scratch(nb.size());
    std::vector<std::span<const uint32_t>> nb_set(nb.size());
    for (size_t i = 0; i < nb.size(); ++i) {
      const auto other = nb_set[i] = shingles(nb[i], &nb_scratch[i]);
      std::set_intersection(pivot.begin(), pivot.end(), other.begin(), other.end(),
                            std::back_inserter(shared[i]));
    }
    for (size_t i = 0; i < nb.size(); ++i)
      for (size_t j = i + 1; j < nb.size(); ++j) {
        if (strong_root[nb[i]] == strong_root[nb[j]] || copies_of_each_other(nb[i], nb[j])) continue;
        if (Compare(nb_set[i], nb_set[j]).containment < options.min_member_overlap) return true;
        // The pivot quotes parts of both: a roundup if the parts differ. Unless one neighbour is
        // mostly inside the pivot: a copy of the pivot's own added text (a web copy's local
        // paragraphs that another outlet took), not a story the pivot quotes.
        auto inside_pivot = [&](size_t x) {
          return static_cast<double>(shared[x].size()) >= options.containment_threshold * nb_set[x].size();
        };
        if (inside_pivot(i) || inside_pivot(j)) continue;
        const size_t all_three = IntersectionSize(std::span<const uint32_t>(shared[i]), nb_set[j]);
        const size_t smaller = std::min(shared[i].size(), shared[j].size());
        if (static_cast<double>(all_three) < options.bridge_shared_share * static_cast<double>(smaller))
          return true;
      }
    return false;
  };
  std::vector<char> bridge(with_slots.size(), 0);
  in_blocks(
      with_slots.size(), kItemBlock,
      [&](size_t k, std::vector<uint32_t>* sets) {
        sets->push_back(with_slots[k]);
        want_list(contained_of[slot.at(with_slots[k])], sets);
      },
      [&](size_t k) { bridge[k] = test_bridge(k, [](uint32_t) { return false; }); });
  // A story quoted by a roundup has the roundup as a neighbour that shares its lead, which its
  // rewritten-lead copies lack, and so looks like a bridge too. Of two bridges that are
  // neighbours, the smaller is the roundup: the larger is tested again without it.
  auto slot_of = [&](uint32_t x) -> size_t {
    auto it = std::lower_bound(with_slots.begin(), with_slots.end(), x);
    return it != with_slots.end() && *it == x ? static_cast<size_t>(it - with_slots.begin()) : SIZE_MAX;
  };
  std::vector<char> first_bridge = bridge;
  // Whether y, a neighbour of `pivot`, was a bridge at first and is the smaller of the two.
  auto smaller_bridge = [&](uint32_t y, uint32_t pivot) {
    const size_t s = slot_of(y), own = count(pivot);
    return s != SIZE_MAX && first_bridge[s] && (count(y) < own || (count(y) == own && id(y) > id(pivot)));
  };
  corpus::ParallelFor(with_slots.size(), workers, [&](size_t k, size_t) {
    if (!first_bridge[k]) return;
    bool any = false;
    auto skip = [&](uint32_t y) {
      const bool smaller = smaller_bridge(y, with_slots[k]);
      any = any || smaller;
      return smaller;
    };
    for (uint32_t y : contained_of[slot.at(with_slots[k])]) skip(y);
    if (any) bridge[k] = test_bridge(k, skip);
  });
  // A story that a brief quotes (its lead, under half copy_share of the story) and that a hard
  // copy holds copy_share of, the two sharing nothing (the copy rewrote the lead), looks like a
  // bridge too. When it is none without its slivers, it is no bridge, and each sliver's pairs
  // with the story are left out: beside a copy of the story that it shares nothing with, a
  // sliver of its lead is what a roundup quotes (whose other quote was too short to be seen).
  std::vector<std::vector<uint32_t>> slivers_of(with_slots.size());
  corpus::ParallelFor(with_slots.size(), workers, [&](size_t k, size_t) {
    if (!bridge[k]) return;
    const uint32_t pivot = with_slots[k];
    const size_t own = count(pivot);
    const Held hx = held(pivot);
    std::vector<uint32_t> slivers;
    bool copy = false;
    for (uint32_t y : contained_of[slot.at(pivot)]) {
      if (count(y) >= own) continue;
      const double share = static_cast<double>(IntersectionSize(held(y).s, hx.s)) / std::max<size_t>(1, own);
      if (share < 0.5 * options.copy_share) slivers.push_back(y);
      if (share >= options.copy_share) copy = true;
    }
    if (!copy || slivers.empty()) return;
    auto skip = [&](uint32_t y) {
      return smaller_bridge(y, pivot) || std::find(slivers.begin(), slivers.end(), y) != slivers.end();
    };
    if (!test_bridge(k, skip)) {
      bridge[k] = 0;
      slivers_of[k] = std::move(slivers);
    }
  });
  std::unordered_map<uint32_t, std::vector<uint32_t>> sliver_stories;  // sliver -> the stories
  for (size_t k = 0; k < with_slots.size(); ++k)
    for (uint32_t y : slivers_of[k]) sliver_stories[y].push_back(with_slots[k]);
  auto is_bridge = [&](uint32_t x) {
    auto it = std::lower_bound(with_slots.begin(), with_slots.end(), x);
    return it != with_slots.end() && *it == x && bridge[it - with_slots.begin()];
  };
  // Whom each article quotes in part (its evidence edges as the smaller side), sorted: two
  // roundups that quote the same story share that story's paragraphs, not a story of their own.
  std::unordered_map<uint32_t, std::vector<uint32_t>> quotes;
  // And every article each quotes at all (evidence and quote pairs, the smaller side), for the
  // balance test below.
  std::unordered_map<uint32_t, std::vector<uint32_t>> quoted;
  for (const Edge& e : edges) {
    if (!e.evidence) continue;
    const bool a_smaller = count(e.a) <= count(e.b);
    quoted[a_smaller ? e.a : e.b].push_back(a_smaller ? e.b : e.a);
    if (!e.quote) quotes[a_smaller ? e.a : e.b].push_back(a_smaller ? e.b : e.a);
  }
  for (auto& [x, q] : quotes) std::sort(q.begin(), q.end());
  // Y can be the common source of what A and B share only when each of them holds of Y nearly
  // as much as the two share (containment_threshold of it): two roundups quoting one lead share
  // that lead, and each holds all of it in the story. A copy and its source that both quote a
  // third article (a hard copy that took a paragraph of the source, the same subject's other
  // story) share far more with each other than the weaker of them holds of it.
  auto common_source = [&](uint32_t a, uint32_t b, uint32_t y, size_t both) {
    const double need = options.containment_threshold * static_cast<double>(both);
    const Held hy = held(y);
    return static_cast<double>(IntersectionSize(held(a).s, hy.s)) >= need &&
           static_cast<double>(IntersectionSize(held(b).s, hy.s)) >= need;
  };
  auto quote_the_same = [&](uint32_t a, uint32_t b) {
    auto ia = quotes.find(a), ib = quotes.find(b);
    if (ia == quotes.end() || ib == quotes.end()) return false;
    const auto& qa = ia->second;
    const auto& qb = ib->second;
    size_t both = SIZE_MAX;
    for (size_t i = 0, j = 0; i < qa.size() && j < qb.size();) {
      if (qa[i] == qb[j]) {
        if (both == SIZE_MAX) both = IntersectionSize(held(a).s, held(b).s);
        if (common_source(a, b, qa[i], both)) return true;
        ++i, ++j;
        continue;
      }
      qa[i] < qb[j] ? ++i : ++j;
    }
    return false;
  };
  for (auto& [x, q] : quoted) std::sort(q.begin(), q.end());
  auto share_of = [&](uint32_t p, uint32_t x) {  // |P∩X| / |X|
    return static_cast<double>(IntersectionSize(held(p).s, held(x).s)) / std::max<size_t>(1, count(x));
  };
  // X and Y are one story: one component by Jaccard pairs, or verified as copies of each other.
  auto related = [&](uint32_t x, uint32_t y) { return strong_root[x] == strong_root[y] || copies_of_each_other(x, y); };
  // The articles P quotes or holds part of, as the smaller side (first kMaxBridgeNeighbours):
  // made once per article and kept (the tests ask for them per pair; made per call, articles
  // sharing one paragraph took time cubic in their number), made again when `quoted` grows.
  std::unordered_map<uint32_t, std::vector<uint32_t>> neighbours;
  auto make_neighbours = [&] {
    neighbours.clear();
    auto make = [&](uint32_t p) {
      if (neighbours.count(p)) return;
      std::vector<uint32_t> nb;
      if (auto it = quoted.find(p); it != quoted.end()) nb = it->second;
      if (auto it = slot.find(p); it != slot.end())
        for (uint32_t y : contained_of[it->second])
          if (count(y) >= count(p)) nb.push_back(y);
      std::sort(nb.begin(), nb.end());
      nb.erase(std::unique(nb.begin(), nb.end()), nb.end());
      if (nb.size() > kMaxBridgeNeighbours) nb.resize(kMaxBridgeNeighbours);
      neighbours.emplace(p, std::move(nb));
    };
    for (const auto& [p, q] : quoted) make(p);
    for (const auto& [p, at] : slot) make(p);
  };
  make_neighbours();
  static const std::vector<uint32_t> kNoNeighbours;
  auto neighbours_of = [&](uint32_t p) -> const std::vector<uint32_t>& {
    auto it = neighbours.find(p);
    return it == neighbours.end() ? kNoNeighbours : it->second;
  };
  // The share P holds of X's story: of the fullest version P has as a neighbour (a cut copy of
  // the story holds a larger share of what a roundup quotes of its lead).
  auto story_share = [&](uint32_t p, uint32_t x) {
    uint32_t fullest = x;
    for (uint32_t y : neighbours_of(p))
      if (y != x && related(x, y) && count(y) > count(fullest)) fullest = y;
    return share_of(p, fullest);
  };
  // A copy of X: P holds copy_share of X's story and less of every article unrelated to X it
  // quotes, and what it shares with X is not mostly such an article's text (two roundups that
  // quote one lead share that lead).
  auto holds_copy_of = [&](uint32_t p, uint32_t x) {
    if (story_share(p, x) < options.copy_share) return false;
    const Held hp = held(p), hx = held(x);
    const auto sp = hp.s, sx = hx.s;
    std::vector<uint32_t> with_x;
    std::set_intersection(sp.begin(), sp.end(), sx.begin(), sx.end(), std::back_inserter(with_x));
    for (uint32_t y : neighbours_of(p)) {
      if (y == x || related(x, y)) continue;
      if (share_of(p, y) >= options.copy_share) return false;
      const size_t in_y = IntersectionSize(std::span<const uint32_t>(with_x), held(y).s);
      if (static_cast<double>(in_y) >= options.bridge_shared_share * with_x.size()) return false;
    }
    return true;
  };
  // A roundup for X: P holds less than copy_share of X and quotes an article Y unrelated to X
  // (quote_containment of P found in Y and not in X) of which it holds at least quote_balance
  // times the share of X it holds, or whatever it holds of Y when it holds under half copy_share
  // of X: a sliver of a story and something else is a roundup (a hard copy keeps 30-50%).
  auto quotes_two = [&](uint32_t p, uint32_t x) {
    const double sx = story_share(p, x);
    if (sx >= options.copy_share) return false;
    const Held hp = held(p), hx = held(x);
    const auto sp = hp.s, sxs = hx.s;
    std::vector<uint32_t> with_y;
    for (uint32_t y : neighbours_of(p)) {
      if (y == x || related(x, y)) continue;
      const Held hy = held(y);
      const auto sy = hy.s;
      with_y.clear();
      std::set_intersection(sp.begin(), sp.end(), sy.begin(), sy.end(), std::back_inserter(with_y));
      const size_t foreign = with_y.size() - IntersectionSize(std::span<const uint32_t>(with_y), sxs);
      if (static_cast<double>(foreign) >= options.quote_containment * sp.size() &&
          foreign >= options.min_containment_shingles &&
          (static_cast<double>(with_y.size()) / sy.size() >= options.quote_balance * sx ||
           sx < 0.5 * options.copy_share))
        return true;
    }
    return false;
  };
  // Whether P holds the opening of X's story: of the lead samples of X and of the articles
  // related to X that P has as neighbours, pooled or of any one of them, at least opening_share
  // of the usable values (min_usable of them at least, kLeadMinUsable unless given; fewer:
  // unknown, which counts as no). Any one: a copy with a new lead of its own (a hard copy) is
  // related to X but its opening is not X's, and would dilute the pool.
  auto opens = [&](std::span<const uint32_t> p_set, uint32_t x, const std::vector<uint32_t>& nb,
                   int min_usable = 0) {
    if (min_usable == 0) min_usable = kLeadMinUsable;
    auto [h, u] = lead_hits(p_set, x);
    bool one = u >= min_usable && h >= options.opening_share * u;
    for (uint32_t y : nb)
      if (y != x && related(x, y)) {
        auto [hy, uy] = lead_hits(p_set, y);
        h += hy;
        u += uy;
        one = one || (uy >= min_usable && hy >= options.opening_share * uy);
      }
    return one || (u >= min_usable && h >= options.opening_share * u);
  };
  // A roundup by its openings: P holds the opening of X's story and of an article unrelated to
  // X, and less than half of X's story (a hard copy keeps 30-50% and rewrites the lead; a
  // roundup quotes each story's first paragraphs).
  auto two_openings = [&](uint32_t p, uint32_t x) {
    const Held hp = held(p);
    const auto nb = neighbours_of(p);
    bool other = false;  // the cheap tests first: most partial copies quote nothing else
    for (uint32_t y : nb)
      if (y != x && !related(x, y) && opens(hp.s, y, nb)) {
        other = true;
        break;
      }
    // Holding another story's opening, P needs one usable value of X's (a short first line).
    return other && opens(hp.s, x, nb, 1) && story_share(p, x) < 0.5;
  };
  // No roundup by its openings: P has no Jaccard copy, holds the opening of none of the stories
  // it quotes or holds part of, and knows the opening of at least one (a hard copy rewrites its
  // source's lead and takes other stories' later paragraphs): the balance test does not apply.
  std::vector<uint32_t> strong_size(n, 0);
  for (uint32_t i = 0; i < n; ++i) ++strong_size[strong_root[exact_of[i]]];  // exact duplicates too
  auto no_openings = [&](uint32_t p) {
    if (strong_size[strong_root[p]] != 1) return false;  // a Jaccard copy holds its story's opening
    const Held hp = held(p);
    const auto nb = neighbours_of(p);
    bool known = false;
    for (uint32_t y : nb) {
      auto [h, u] = lead_hits(hp.s, y);
      if (u >= kLeadMinUsable) known = true;
      if (opens(hp.s, y, nb)) return false;
    }
    return known;
  };
  // Per containment-only or heavy pair: P, its smaller side, and X, the larger; whether the
  // pair is left out (P is a bridge that holds no copy of X, or it quotes two stories alike:
  // a roundup). An article left out as a roundup is no story for the pairs where it is the
  // larger side either (another roundup that quotes the same paragraphs).
  auto sides = [&](const Edge& e) {
    const bool a_smaller = count(e.a) < count(e.b) || (count(e.a) == count(e.b) && e.a < e.b);
    return a_smaller ? std::pair(e.a, e.b) : std::pair(e.b, e.a);
  };
  std::vector<char> left_out(edges.size(), 0);
  // The sets these tests read most: the pair's, and those of its sides' neighbours.
  auto want_edge = [&](size_t k, std::vector<uint32_t>* sets) {
    const Edge& e = edges[k];
    if (e.evidence || !e.contained) return;
    for (uint32_t x : {e.a, e.b}) {
      sets->push_back(x);
      if (auto it = quoted.find(x); it != quoted.end()) want_list(it->second, sets);
      if (auto it = slot.find(x); it != slot.end()) want_list(contained_of[it->second], sets);
    }
  };
  auto judge = [&](size_t k) {
    const Edge& e = edges[k];
    if (e.evidence || !e.contained) return;
    left_out[k] = 0;
    if (quote_the_same(e.a, e.b)) {
      left_out[k] = 1;
      return;
    }
    auto [p, x] = sides(e);
    if (auto it = sliver_stories.find(p); it != sliver_stories.end())
      for (uint32_t story : it->second)
        if (story == x || related(story, x)) {
          left_out[k] = 2;
          return;
        }
    const bool openings = options.opening_share <= 1;
    const bool by_share = is_bridge(p) ? !holds_copy_of(p, x) : quotes_two(p, x) && !(openings && no_openings(p));
    if (by_share || (openings && two_openings(p, x))) left_out[k] = 2;
  };
  in_blocks(edges.size(), kItemBlock, want_edge, judge);
  std::unordered_set<uint32_t> roundups;
  auto find_roundups = [&] {
    roundups.clear();
    for (size_t k = 0; k < edges.size(); ++k)
      if (left_out[k] == 2 && !is_bridge(sides(edges[k]).first)) roundups.insert(sides(edges[k]).first);
  };
  find_roundups();
  // A story quoted by a roundup that the tests above left out (a brief of its lead with a line
  // of another story's), beside a hard copy that rewrote the lead, looks like a bridge: its two
  // smaller neighbours share nothing. Tested again without its smaller neighbours found to be
  // roundups; the pairs of the articles that are no longer bridges are judged again.
  std::vector<uint32_t> cleared;
  for (size_t k = 0; k < with_slots.size(); ++k) {
    if (!bridge[k]) continue;
    const uint32_t pivot = with_slots[k];
    const size_t own = count(pivot);
    bool any = false;
    auto skip = [&](uint32_t y) {
      const bool roundup = roundups.count(y) && count(y) < own;
      any = any || roundup;
      return smaller_bridge(y, pivot) || roundup;
    };
    for (uint32_t y : contained_of[slot.at(pivot)]) skip(y);
    if (any && !test_bridge(k, skip)) cleared.push_back(static_cast<uint32_t>(k));
  }
  if (!cleared.empty()) {
    std::unordered_set<uint32_t> changed;
    for (uint32_t k : cleared) {
      bridge[k] = 0;
      changed.insert(with_slots[k]);
    }
    for (size_t k = 0; k < edges.size(); ++k)
      if (changed.count(edges[k].a) || changed.count(edges[k].b)) judge(k);
    find_roundups();
  }
  // Two articles whose common text is mostly a third article's, which neither copies (they
  // quote it, or their pair with it was left out), are two quoters of it, not copies of each
  // other: two roundups quoting the same lead.
  for (size_t k = 0; k < edges.size(); ++k)
    if (left_out[k] == 2) quoted[sides(edges[k]).first].push_back(sides(edges[k]).second);
  for (auto& [x, q] : quoted) std::sort(q.begin(), q.end());
  make_neighbours();
  corpus::ParallelFor(edges.size(), workers, [&](size_t k, size_t) {
    const Edge& e = edges[k];
    if (e.evidence || !e.contained || left_out[k]) return;
    auto ia = quoted.find(e.a), ib = quoted.find(e.b);
    if (ia == quoted.end() || ib == quoted.end()) return;
    std::vector<uint32_t> both;
    const Held ha = held(e.a), hb = held(e.b);
    const auto sa = ha.s, sb = hb.s;
    std::set_intersection(sa.begin(), sa.end(), sb.begin(), sb.end(), std::back_inserter(both));
    const auto& qa = ia->second;
    const auto& qb = ib->second;
    for (size_t i = 0, j = 0; i < qa.size() && j < qb.size();) {
      if (qa[i] != qb[j]) {
        qa[i] < qb[j] ? ++i : ++j;
        continue;
      }
      const size_t in_y = IntersectionSize(std::span<const uint32_t>(both), held(qa[i]).s);
      if (static_cast<double>(in_y) >= options.bridge_shared_share * both.size() &&
          common_source(e.a, e.b, qa[i], both.size())) {
        left_out[k] = 1;
        return;
      }
      ++i, ++j;
    }
  });
  // A lone quote: an evidence pair whose smaller side P quotes nothing but X's story (every
  // article it quotes or holds part of is X or related to X), has no Jaccard copy of its own, is
  // no bridge, and holds heavy_larger_share of X's story: a heavy edit that typos, respacing or
  // a rewritten lead took under heavy_containment_threshold. With nothing else in P to weigh
  // against X, the evidence level is enough. Between two texts read by words, two more
  // (docs/clustering.md, "A lone quote"): such a P holding only quote_containment of X's story,
  // when it is a heavy edit but for that share and holds no story's opening; and the larger side
  // as the copy of the smaller (a hard copy of a short story is larger than its source).
  // The larger side of an evidence pair, and the smaller sides quoting each at that level.
  std::unordered_set<uint32_t> quoted_at_evidence;
  std::unordered_map<uint32_t, std::vector<uint32_t>> quoted_by;
  for (const Edge& e : edges)
    if (e.evidence && !e.quote) {
      quoted_at_evidence.insert(sides(e).second);
      quoted_by[sides(e).second].push_back(sides(e).first);
    }
  // Whether `p`, holding `sx` of x's story, copies nothing but x's story: no Jaccard copy of its
  // own, no bridge nor roundup, and of every article unrelated to x that it quotes or holds part
  // of, it holds less than evidence_containment of itself and a smaller share.
  auto copies_alone = [&](uint32_t p, uint32_t x, double sx) {
    if (strong_size[strong_root[p]] != 1 || is_bridge(p) || roundups.count(p)) return false;
    const Held hp = held(p);
    for (uint32_t y : neighbours_of(p)) {
      if (y == x || related(x, y)) continue;
      const size_t in_y = IntersectionSize(hp.s, held(y).s);
      if (static_cast<double>(in_y) >= options.evidence_containment * count(p)) return false;
      if (share_of(p, y) >= sx) return false;
    }
    return true;
  };
  // Whether P is a story of its own, apart from x's: an article unrelated to x is a copy of P
  // (a containment-only or heavy pair, P the larger side) or quotes it at the evidence level.
  auto has_copies = [&](uint32_t p, uint32_t x) {
    if (auto it = slot.find(p); it != slot.end())
      for (uint32_t y : contained_of[it->second])
        if (count(y) <= count(p) && y != x && !related(x, y)) return true;
    if (auto it = quoted_by.find(p); it != quoted_by.end())
      for (uint32_t y : it->second)
        if (y != x && !related(x, y)) return true;
    return false;
  };
  // Whether P holds part of another article than x and its Jaccard copies (at the evidence level
  // or above, P the smaller side): then what P and x share may be that article's text.
  auto holds_others = [&](uint32_t p, uint32_t x) {
    if (auto it = slot.find(p); it != slot.end())
      for (uint32_t y : contained_of[it->second])
        if (count(y) >= count(p) && strong_root[y] != strong_root[x]) return true;
    return false;
  };
  auto words = [&](uint32_t a, uint32_t b) {
    return meta(a).unit == ShingleUnit::kWords && meta(b).unit == ShingleUnit::kWords;
  };
  std::vector<char> lone(edges.size(), 0);
  corpus::ParallelFor(edges.size(), workers, [&](size_t k, size_t) {
    const Edge& e = edges[k];
    if (!e.evidence || e.quote) return;
    // Named, not bound: the lambda below reads them (clang before 16 cannot capture a binding).
    const auto sides_px = sides(e);
    const uint32_t p = sides_px.first, x = sides_px.second;
    size_t in_x = SIZE_MAX;  // |P∩X|, counted when first needed
    auto common = [&] {
      if (in_x == SIZE_MAX) in_x = IntersectionSize(held(p).s, held(x).s);
      return in_x;
    };
    if (!quoted_at_evidence.count(p)) {
      // heavy_larger_share of the story; or quote_containment, when heavy_containment_threshold
      // of P is X's text, P is no story of its own, and it holds the opening of none of the
      // stories it quotes (a hard copy rewrites the lead and takes later paragraphs of other
      // stories; a roundup quotes their first paragraphs).
      const double sx = story_share(p, x);
      if ((sx >= options.heavy_larger_share ||
           (sx >= options.quote_containment && words(p, x) && options.opening_share <= 1 && !has_copies(p, x) &&
            static_cast<double>(common()) >= options.heavy_containment_threshold * count(p) &&
            no_openings(p))) &&
          copies_alone(p, x, sx)) {
        lone[k] = 1;
        return;
      }
    }
    // The larger side X the copy: a hard copy of a short story (a third of it kept, a new lead
    // and other stories' paragraphs added) is larger than its source. X copies P's story alone
    // (as above) and holds copy_share of it, P's text is heavy_larger_share of X, X is no story
    // of its own, P holds part of no other article (what the two share would be that one's),
    // and X does not hold P's opening (a hard copy rewrites the lead; a roundup quotes it).
    if (!words(p, x) || strong_size[strong_root[x]] != 1 || is_bridge(x) || roundups.count(x)) return;
    if (has_copies(x, p) || holds_others(p, x)) return;
    const size_t in_p = common();
    if (static_cast<double>(in_p) < options.heavy_larger_share * count(x)) return;
    const double sp = story_share(x, p);
    if (sp < options.copy_share || !copies_alone(x, p, sp)) return;
    // And of any other story it holds no more text than of P's: it inserts a paragraph or two.
    const Held hx = held(x);
    for (uint32_t y : neighbours_of(x))
      if (y != p && !related(p, y) && IntersectionSize(hx.s, held(y).s) > in_p) return;
    if (options.opening_share <= 1 && opens(held(x).s, p, neighbours_of(x))) return;
    lone[k] = 1;
  });
  UnionFind uf(n);
  std::vector<Edge> used;
  for (size_t k = 0; k < edges.size(); ++k) {
    const Edge& e = edges[k];
    if ((e.evidence && !lone[k]) || left_out[k]) continue;
    if (e.contained) {
      const uint32_t x = sides(e).second;
      if (is_bridge(x) || roundups.count(x)) continue;
    }
    uf.Union(e.a, e.b);
    used.push_back(e);
  }
  std::vector<Edge>().swap(edges);

  // 5. Per component: the canonical article, then every member against it. Exact duplicates
  // follow their representative. Components as (root, position in id order), sorted: each
  // component's articles in id order, exact duplicates with their representative's.
  std::vector<std::pair<uint32_t, uint32_t>> by_root(n);
  for (uint32_t r = 0; r < n; ++r) by_root[r] = {uf.Find(exact_of[order[r]]), r};
  std::sort(by_root.begin(), by_root.end());
  std::vector<std::pair<uint32_t, uint32_t>> adjacent;  // over the pairs used, both ways, sorted
  adjacent.reserve(2 * used.size());
  for (const Edge& e : used) {
    adjacent.emplace_back(e.a, e.b);
    adjacent.emplace_back(e.b, e.a);
  }
  std::vector<Edge>().swap(used);
  RadixSortBy(&adjacent, [](const std::pair<uint32_t, uint32_t>& p) { return uint64_t{p.first} << 32 | p.second; });
  auto candidate = [&](uint32_t i) {
    CanonicalCandidate c;
    c.id = std::string(id(i));
    c.published = meta(i).published_at();
    c.wire_dateline = meta(i).wire_dateline;
    c.dateline_day = meta(i).dateline_day();
    c.shingles = count(i);
    return c;
  };

  // The components' bounds in by_root; each component's cluster and members are then made on
  // any worker, into the places its position gives (members: one per article, in component
  // order).
  std::vector<uint32_t> bounds{0};
  for (uint32_t r = 1; r <= n; ++r)
    if (r == n || by_root[r].first != by_root[r - 1].first) bounds.push_back(r);
  const size_t components = bounds.size() - 1;
  result.clusters.resize(components);
  result.members.resize(n);
  struct Scratch {
    std::vector<uint32_t> group, queue, next, center, member;
    std::vector<CanonicalCandidate> candidates;
    std::vector<std::vector<uint32_t>> bufs;
    std::vector<std::span<const uint32_t>> sets;
    std::vector<uint32_t> both;  // |i ∩ j| of the members, row by row, when counted
  };
  std::vector<Scratch> scratch(workers);
  // Components in blocks of about kSetBlock articles in groups of two or more (a single article
  // reads no set), whose sets are read together (SketchStore::ReadSets); a component larger than
  // a block reads its sets one at a time.
  constexpr size_t kSetBlock = 2048;
  std::vector<size_t> blocks{0};
  for (size_t k = 0, in_block = 0; k < components; ++k) {
    const size_t size = bounds[k + 1] - bounds[k];
    if (size > 1 && size <= kSetBlock) in_block += size;
    if (in_block >= kSetBlock || k + 1 == components) {
      blocks.push_back(k + 1);
      in_block = 0;
    }
  }
  auto make_component = [&](size_t k, size_t w) {
    Scratch& sc = scratch[w];
    std::vector<uint32_t>& group = sc.group;
    // Every article of the component, exact duplicates included (they may carry other dates),
    // in id order.
    group.clear();
    for (size_t r = bounds[k]; r < bounds[k + 1]; ++r) group.push_back(order[by_root[r].second]);
    // What the other members hold of each (CanonicalCandidate::shared), in clusters of three to
    // kSharedMembers: in a pair both hold the same.
    // The intersections are kept for the members' figures against the canonical below.
    std::vector<CanonicalCandidate>& cands = sc.candidates;
    cands.clear();
    for (uint32_t m : group) cands.push_back(candidate(m));
    const size_t g = group.size();
    const bool counted = g >= 3 && g <= kSharedMembers;
    if (counted) {
      if (sc.bufs.size() < g) sc.bufs.resize(g);
      sc.sets.resize(g);
      sc.both.assign(g * g, 0);
      for (size_t i = 0; i < g; ++i) sc.sets[i] = shingles(group[i], &sc.bufs[i]);
      for (size_t i = 0; i < g; ++i)
        for (size_t j = i + 1; j < g; ++j) {
          const uint32_t both = static_cast<uint32_t>(IntersectionSize(sc.sets[i], sc.sets[j]));
          sc.both[i * g + j] = sc.both[j * g + i] = both;
          cands[i].shared += both;
          cands[j].shared += both;
        }
    }
    // The best by CompareCanonical, scanning in id order (the rule is not a total order: an
    // undated wire copy goes before a dated rewrite, which may go before an older page).
    size_t best = 0;
    for (size_t k = 1; k < group.size(); ++k)
      if (CompareCanonical(cands[k], cands[best]).first) best = k;
    const uint32_t center = group[best];
    LeanCluster c;
    c.canonical = center;
    c.first = bounds[k];
    c.size = static_cast<uint32_t>(group.size());
    if (group.size() == 1) {
      c.reason = "only";
    } else {
      size_t second = best == 0 ? 1 : 0;
      for (size_t k = 0; k < group.size(); ++k)
        if (k != best && k != second && CompareCanonical(cands[k], cands[second]).first) second = k;
      c.reason = CompareCanonical(cands[best], cands[second]).second;
    }
    LeanMember* out = &result.members[bounds[k]];
    *out++ = {center, UINT32_MAX, UINT32_MAX, false};
    if (group.size() > 1) {
      // Whom each member was found to copy: its neighbour on a shortest path from the
      // canonical, over the pairs used (between the first articles of exact-duplicate groups).
      const uint32_t start = exact_of[center];
      std::unordered_map<uint32_t, uint32_t> parent{{start, start}};
      std::vector<uint32_t>& queue = sc.queue;
      std::vector<uint32_t>& next = sc.next;
      queue.assign(1, start);
      for (size_t q = 0; q < queue.size(); ++q) {
        auto it = std::lower_bound(adjacent.begin(), adjacent.end(), std::pair(queue[q], uint32_t{0}));
        next.clear();
        for (; it != adjacent.end() && it->first == queue[q]; ++it) next.push_back(it->second);
        std::sort(next.begin(), next.end(), [&](uint32_t x, uint32_t y) { return id(x) < id(y); });
        for (uint32_t y : next)
          if (parent.emplace(y, queue[q]).second) queue.push_back(y);
      }
      const auto center_set = counted ? sc.sets[best] : shingles(center, &sc.center);
      for (size_t i = 0; i < g; ++i) {  // in id order: the members' order in the cluster
        const uint32_t m = group[i];
        if (m == center) continue;
        uint32_t shared = 0;
        if (counted) {
          shared = sc.both[best * g + i];
        } else {
          const auto set = shingles(m, &sc.member);
          if (!center_set.empty() && !set.empty()) shared = static_cast<uint32_t>(IntersectionSize(center_set, set));
        }
        // An exact duplicate repeats the text of its group's first member in the cluster: the
        // canonical when it is in the group, else the group's first by id.
        const uint32_t first = exact_of[m] == start ? center : exact_of[m];
        const bool exact = m != first;
        uint32_t copy_of = UINT32_MAX;
        if (exact) {
          if (first != center) copy_of = first;
        } else if (auto p = parent.find(m); p != parent.end() && p->second != start) {
          // A copy of the canonical by Jaccard is its copy, whatever pair joined it (in a large
          // cluster, bucket windows (max_bucket) pair each member with a few others only).
          const size_t a = count(center), b = count(m);
          const bool direct = shared > 0 && static_cast<double>(shared) / static_cast<double>(a + b - shared) >=
                                                options.jaccard_threshold;
          if (!direct) copy_of = p->second;
        }
        *out++ = {m, copy_of, shared, exact};
      }
    }
    result.clusters[k] = c;
  };
  corpus::ParallelFor(blocks.size() - 1, workers, [&](size_t blk, size_t w) {
    std::vector<uint32_t>& want = block_sets[w];
    want.clear();
    for (size_t k = blocks[blk]; k < blocks[blk + 1]; ++k) {
      const size_t size = bounds[k + 1] - bounds[k];
      if (size > 1 && size <= kSetBlock)
        for (size_t r = bounds[k]; r < bounds[k + 1]; ++r) want.push_back(order[by_root[r].second]);
    }
    store.ReadSets(want, &batches[w]);
    const CurrentBlock current(&batches[w]);
    for (size_t k = blocks[blk]; k < blocks[blk + 1]; ++k) make_component(k, w);
  });
  std::sort(result.clusters.begin(), result.clusters.end(),
            [&](const LeanCluster& x, const LeanCluster& y) { return id(x.canonical) < id(y.canonical); });
  return result;
}

std::string ClusterId(size_t k) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "c%06zu", k + 1);
  return buf;
}

Cluster ExpandCluster(const SketchStore& store, const LeanClusters& lean, size_t k, bool fill_members) {
  const LeanCluster& lc = lean.clusters[k];
  Cluster c;
  c.id = ClusterId(k);
  c.canonical = lc.canonical;
  c.canonical_reason = lc.reason;
  c.members.resize(lc.size);
  const size_t center_count = store.shingle_count(lc.canonical);
  for (size_t j = 0; j < lc.size; ++j) {
    const LeanMember& l = lean.members[lc.first + j];
    Member& m = c.members[j];
    m.article = l.article;
    m.id = std::string(store.id(l.article));
    if (l.shared == UINT32_MAX) {  // the canonical
      m.jaccard = m.containment = 1;
    } else {
      // As Compare: the same arithmetic on the same counts.
      const size_t a = center_count, b = store.shingle_count(l.article), inter = l.shared;
      if (a == 0 || b == 0) {
        m.jaccard = m.containment = 0;
      } else {
        m.jaccard = static_cast<double>(inter) / (a + b - inter);
        m.containment = static_cast<double>(inter) / std::min(a, b);
      }
    }
    m.exact_duplicate = l.exact;
    if (l.copy_of != UINT32_MAX) m.copy_of = std::string(store.id(l.copy_of));
    if (fill_members) FillMember(store, &m);
  }
  return c;
}

std::array<BandParams, 2> DedupBandings(size_t num_perm, const DedupOptions& options) {
  return {OptimalBands(num_perm, options.jaccard_threshold, 0.5, 0.5),
          OptimalBands(num_perm, options.containment_band_threshold, 0.5, 0.5)};
}

DedupResult ClusterSketches(const SketchStore& store, const DedupOptions& options, GivenCandidates* given) {
  LeanClusters lean = ClusterSketchesLean(store, options, given);
  DedupResult result;
  result.stats = lean.stats;
  result.clusters.reserve(lean.clusters.size());
  for (size_t k = 0; k < lean.clusters.size(); ++k)
    result.clusters.push_back(ExpandCluster(store, lean, k, options.fill_members));
  return result;
}

DedupResult Deduplicate(const std::vector<normalizers::NormalizedArticle>& docs,
                        const DedupOptions& options) {
  SketchStore store(options.shingles, options.minhash);
  store.Add(docs, options.threads);
  DedupResult result = ClusterSketches(store, options);
  if (!options.reports) return result;
  std::vector<std::pair<uint32_t, Member*>> copies;  // (canonical, copy)
  for (auto& c : result.clusters)
    for (size_t m = 1; m < c.members.size(); ++m) copies.emplace_back(c.canonical, &c.members[m]);
  corpus::ParallelFor(copies.size(), options.threads, [&](size_t k, size_t) {
    auto [canonical, m] = copies[k];
    corpus::SetCurrentRecord(m->id);
    m->paragraphs = AlignParagraphs(docs[canonical], docs[m->article], options.align);
  });
  return result;
}

uint32_t AnchorLimit(const DedupOptions& options, ShingleUnit unit) {
  // Character grams overlap one another (a shared passage of L characters gives L - k + 1 of
  // them, about four per word): half the rate gives twice as many anchors per word as words get,
  // so that a short roundup of character grams (a few hundred grams) still has a few anchors in
  // each story it quotes.
  const double rate = std::min(1.0, options.anchor_rate);
  return static_cast<uint32_t>((unit != ShingleUnit::kWords ? rate / 2 : rate) * 4294967295.0);
}

size_t LooseMinShared(const DedupOptions& options) {
  // The values two samples hold among the k smallest of their union are in both samples: the
  // loosest reworded rule's count is a bound.
  size_t n = static_cast<size_t>(std::ceil(options.reworded_jaccard * kLooseSample));
  if (options.reworded_ordered <= 1) n = std::min(n, options.reworded_ordered_shared);
  if (options.reworded_part <= 1) n = std::min(n, options.reworded_part_shared);
  return std::max<size_t>(2, n);
}

double AnchorMinShare(const DedupOptions& options) {
  // Pairs whose anchors put them well below the lowest containment verified are not worth
  // verifying: half of it leaves room for the sampling's spread.
  return 0.5 * std::min({options.evidence_containment, options.heavy_containment_threshold, options.quote_containment});
}

bool MayJoin(std::span<const uint32_t> a, std::span<const uint32_t> b, const WideSample& a_wide,
             const WideSample& b_wide, const DedupOptions& options) {
  if (a.empty() || b.empty()) return false;
  const size_t inter = IntersectionSize(a, b);
  Similarity s;
  s.jaccard = static_cast<double>(inter) / (a.size() + b.size() - inter);
  s.containment = static_cast<double>(inter) / std::min(a.size(), b.size());
  // (Evidence may join whatever the rewording; the ordered rule's lower bound, that of texts
  // read by words, keeps every pair the engine may join.)
  CopyKind k = Reworded(Classify(s, inter, std::min(a.size(), b.size()), std::max(a.size(), b.size()), options), s,
                        FirstOf(a_wide), FirstOf(b_wide), /*words=*/true, options);
  k = RewordedWide(k, s, a_wide, b_wide, /*words=*/true, options);
  return k != CopyKind::kNone && k != CopyKind::kQuote;
}

}  // namespace copydesk::pipeline
