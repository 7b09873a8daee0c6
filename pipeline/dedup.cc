#include "pipeline/dedup.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "corpus/parallel.h"

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
enum class CopyKind : char { kNone = 0, kJaccard = 1, kContained = 2, kHeavy = 3, kEvidence = 4 };

CopyKind Classify(const Similarity& s, size_t inter, size_t smaller, size_t larger, const DedupOptions& o) {
  if (s.jaccard >= o.jaccard_threshold) return CopyKind::kJaccard;
  if (s.containment >= o.containment_threshold && smaller >= o.min_containment_shingles)
    return CopyKind::kContained;
  // A heavily edited copy: a large share of the smaller article (what the copy added, a new
  // lead and other stories' paragraphs, lowers it) and of the larger one (what a roundup quoting
  // a paragraph or two cannot reach), and enough shingles in common to rule out chance.
  if (o.heavy_containment_threshold > 1 || inter < o.min_heavy_shingles) return CopyKind::kNone;
  if (s.containment >= o.heavy_containment_threshold && larger > 0 &&
      static_cast<double>(inter) / larger >= o.heavy_larger_share)
    return CopyKind::kHeavy;
  if (s.containment >= o.evidence_containment) return CopyKind::kEvidence;
  return CopyKind::kNone;
}

// Appends to `pairs` the (i, j), i < j, whose sets share at least `min_hits` anchors: shingle
// values below `limit` (a fixed sample of the shingles, the same for every article, so two
// articles sharing m shingles share about m * limit / 2^32 anchors whatever their sizes). Anchors
// held by more than `max_bucket` articles (site lines, stock phrases) are skipped.
void AnchorPairs(const std::vector<std::span<const uint32_t>>& sets, const std::vector<uint32_t>& limits,
                 size_t min_hits, double min_share, size_t max_bucket,
                 std::vector<std::pair<uint32_t, uint32_t>>* pairs) {
  // Anchors per article, for the containment estimate.
  std::vector<uint32_t> anchors(sets.size(), 0);
  size_t total = 0;
  for (size_t i = 0; i < sets.size(); ++i) {
    anchors[i] = static_cast<uint32_t>(std::lower_bound(sets[i].begin(), sets[i].end(), limits[i]) - sets[i].begin());
    total += anchors[i];
  }
  // The anchors are taken in slices of their value range, so that the (anchor, article) keys and
  // the pair hits of one slice are held at a time (about 8 M keys a slice); each slice's hits are
  // counted and merged into `counted` ((article, article), anchors shared), sorted.
  const size_t slices = std::max<size_t>(1, total / (8u << 20) + 1);
  std::vector<std::pair<std::pair<uint32_t, uint32_t>, uint32_t>> counted, merged;
  std::vector<std::pair<uint32_t, uint32_t>> keys, hits;
  for (size_t slice = 0; slice < slices; ++slice) {
    const uint64_t lo = (uint64_t{1} << 32) * slice / slices, hi = (uint64_t{1} << 32) * (slice + 1) / slices;
    keys.clear();
    for (size_t i = 0; i < sets.size(); ++i) {
      auto first = std::lower_bound(sets[i].begin(), sets[i].begin() + anchors[i], lo);
      for (auto it = first; it != sets[i].begin() + anchors[i] && *it < hi; ++it)
        keys.emplace_back(*it, static_cast<uint32_t>(i));
    }
    std::sort(keys.begin(), keys.end());
    hits.clear();
    for (size_t a = 0; a < keys.size();) {
      size_t b = a;
      while (b < keys.size() && keys[b].first == keys[a].first) ++b;
      if (b - a <= max_bucket)
        for (size_t x = a; x < b; ++x)
          for (size_t y = x + 1; y < b; ++y) hits.emplace_back(keys[x].second, keys[y].second);
      a = b;
    }
    std::sort(hits.begin(), hits.end());
    merged.clear();
    size_t c = 0;
    for (size_t a = 0; a < hits.size() || c < counted.size();) {
      if (a < hits.size()) {
        size_t b = a;
        while (b < hits.size() && hits[b] == hits[a]) ++b;
        while (c < counted.size() && counted[c].first < hits[a]) merged.push_back(counted[c++]);
        uint32_t n = static_cast<uint32_t>(b - a);
        if (c < counted.size() && counted[c].first == hits[a]) n += counted[c++].second;
        merged.emplace_back(hits[a], n);
        a = b;
      } else {
        merged.push_back(counted[c++]);
      }
    }
    counted.swap(merged);
  }
  for (const auto& [pair, n] : counted) {
    // Shared anchors estimate the containment: stock phrases give a few, copies many.
    const double smaller = std::min(anchors[pair.first], anchors[pair.second]);
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
  bool evidence = false;
  auto operator<=>(const Edge&) const = default;
};

// Bridge test cost bound: the first this many containment-only neighbours (by id) are checked.
constexpr size_t kMaxBridgeNeighbours = 64;

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
  if (a.shingles != b.shingles) return {a.shingles > b.shingles, "most-complete"};
  return {a.id < b.id, "first-id"};
}

DedupResult ClusterSketches(const SketchStore& store, const DedupOptions& options, GivenCandidates* given) {
  DedupResult result;
  const size_t n = store.size();
  result.stats.articles = n;
  auto info = [&](uint32_t i) -> const ArticleInfo& { return store.info(i); };
  auto shingles = [&](uint32_t i) { return store.shingles(i); };
  // Work in id order so that input order never matters.
  std::vector<uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return info(a).id < info(b).id; });

  // 1. Exact duplicates: same folded text (128-bit hash). Only the first by id goes on to LSH.
  std::vector<uint32_t> exact_of(n);
  {
    struct Hash128 {
      size_t operator()(const std::pair<uint64_t, uint64_t>& h) const { return h.first; }
    };
    std::unordered_map<std::pair<uint64_t, uint64_t>, uint32_t, Hash128> by_hash;
    by_hash.reserve(n);
    for (uint32_t i : order) {
      auto [it, inserted] = by_hash.emplace(std::pair(info(i).content_hash[0], info(i).content_hash[1]), i);
      exact_of[i] = inserted ? i : it->second;
      if (!inserted) ++result.stats.exact_duplicates;
    }
  }

  // 2. Candidates from two bandings, over signatures in id order (so that capped buckets keep
  // the same members whatever the input order).
  const size_t workers = corpus::ResolveThreads(options.threads);
  result.stats.jaccard_bands = OptimalBands(store.num_perm(), options.jaccard_threshold, 0.5, 0.5);
  result.stats.containment_bands =
      OptimalBands(store.num_perm(), options.containment_band_threshold, 0.5, 0.5);
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  if (given != nullptr) {
    pairs = std::move(given->pairs);
    result.stats.anchor_pairs = given->anchor_pairs;
  } else {
    std::vector<std::span<const uint32_t>> sigs(n);
    for (size_t r = 0; r < n; ++r)
      if (exact_of[order[r]] == order[r]) sigs[r] = store.signature(order[r]);
    CandidatePairs(sigs, result.stats.jaccard_bands, options.max_bucket, workers, &pairs);
    CandidatePairs(sigs, result.stats.containment_bands, options.max_bucket, workers, &pairs);
    // Third source: shared anchor shingles, for short copies of long stories whose Jaccard is
    // below what the bandings see (docs/clustering.md).
    if (options.anchor_rate > 0) {
      std::vector<std::span<const uint32_t>> sets(n);
      std::vector<uint32_t> limits(n);
      // Character grams overlap one another (a shared passage of L characters gives L - k + 1
      // of them, about four per word): a quarter of the rate gives as many anchors per word.
      const double rate = std::min(1.0, options.anchor_rate);
      for (size_t r = 0; r < n; ++r) {
        if (exact_of[order[r]] != order[r]) continue;
        sets[r] = store.shingles(order[r]);
        const bool chars = info(order[r]).unit != ShingleUnit::kWords;
        limits[r] = static_cast<uint32_t>((chars ? rate / 4 : rate) * 4294967295.0);
      }
      const size_t before = pairs.size();
      // Pairs whose anchors put them well below the lowest containment verified are not worth
      // verifying: half of it leaves room for the sampling's spread.
      const double min_share =
          0.5 * std::min(options.evidence_containment, options.heavy_containment_threshold);
      AnchorPairs(sets, limits, options.min_anchor_hits, min_share, options.max_anchor_bucket, &pairs);
      std::sort(pairs.begin(), pairs.end());
      pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
      result.stats.anchor_pairs = pairs.size() - std::min(before, pairs.size());
    }
  }
  for (auto& [a, b] : pairs) {
    a = order[a];
    b = order[b];
  }
  result.stats.candidate_pairs = pairs.size();

  // 3. Exact verification, in parallel. A verified pair is a copy by Jaccard ("strong") or only
  // by containment (a smaller article inside a larger one).
  std::vector<CopyKind> kind(pairs.size(), CopyKind::kNone);
  corpus::ParallelFor(pairs.size(), workers, [&](size_t k, size_t) {
    auto [a, b] = pairs[k];
    auto sa = shingles(a), sb = shingles(b);
    if (sa.empty() || sb.empty()) return;
    const size_t inter = IntersectionSize(sa, sb);
    Similarity s;
    s.jaccard = static_cast<double>(inter) / (sa.size() + sb.size() - inter);
    s.containment = static_cast<double>(inter) / std::min(sa.size(), sb.size());
    kind[k] = Classify(s, inter, std::min(sa.size(), sb.size()), std::max(sa.size(), sb.size()), options);
  });
  std::vector<Edge> edges;
  for (size_t k = 0; k < pairs.size(); ++k) {
    if (kind[k] == CopyKind::kNone) continue;
    if (kind[k] == CopyKind::kHeavy) ++result.stats.heavy_pairs;
    auto [a, b] = pairs[k];
    edges.push_back({std::min(a, b), std::max(a, b), kind[k] != CopyKind::kJaccard,
                     kind[k] == CopyKind::kEvidence});
  }
  result.stats.verified_pairs = static_cast<size_t>(
      std::count_if(edges.begin(), edges.end(), [](const Edge& e) { return !e.evidence; }));
  std::vector<std::pair<uint32_t, uint32_t>>().swap(pairs);
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());

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
    if (!e.contained) continue;
    for (auto [x, y] : {std::pair(e.a, e.b), std::pair(e.b, e.a)}) {
      // Evidence counts for the article quoted in part (the smaller), not for the story it
      // quotes: a story is not a bridge for being quoted by a roundup.
      if (e.evidence && shingles(x).size() > shingles(y).size()) continue;
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
    std::sort(nb.begin(), nb.end(), [&](uint32_t x, uint32_t y) { return info(x).id < info(y).id; });
    if (nb.size() > kMaxBridgeNeighbours) nb.resize(kMaxBridgeNeighbours);
    // What the pivot shares with each neighbour.
    const auto pivot = shingles(with_slots[k]);
    std::vector<std::vector<uint32_t>> shared(nb.size());
    for (size_t i = 0; i < nb.size(); ++i) {
      const auto other = shingles(nb[i]);
      std::set_intersection(pivot.begin(), pivot.end(), other.begin(), other.end(),
                            std::back_inserter(shared[i]));
    }
    for (size_t i = 0; i < nb.size(); ++i)
      for (size_t j = i + 1; j < nb.size(); ++j) {
        if (strong_root[nb[i]] == strong_root[nb[j]] || copies_of_each_other(nb[i], nb[j])) continue;
        if (Compare(shingles(nb[i]), shingles(nb[j])).containment < options.min_member_overlap) return true;
        // The pivot quotes parts of both: a roundup if the parts differ. Unless one neighbour is
        // mostly inside the pivot: a copy of the pivot's own added text (a web copy's local
        // paragraphs that another outlet took), not a story the pivot quotes.
        auto inside_pivot = [&](size_t x) {
          return static_cast<double>(shared[x].size()) >= options.containment_threshold * shingles(nb[x]).size();
        };
        if (inside_pivot(i) || inside_pivot(j)) continue;
        const size_t all_three = IntersectionSize(std::span<const uint32_t>(shared[i]), shingles(nb[j]));
        const size_t smaller = std::min(shared[i].size(), shared[j].size());
        if (static_cast<double>(all_three) < options.bridge_shared_share * static_cast<double>(smaller))
          return true;
      }
    return false;
  };
  std::vector<char> bridge(with_slots.size(), 0);
  corpus::ParallelFor(with_slots.size(), workers, [&](size_t k, size_t) {
    bridge[k] = test_bridge(k, [](uint32_t) { return false; });
  });
  // A story quoted by a roundup has the roundup as a neighbour that shares its lead, which its
  // rewritten-lead copies lack, and so looks like a bridge too. Of two bridges that are
  // neighbours, the smaller is the roundup: the larger is tested again without it.
  auto slot_of = [&](uint32_t x) -> size_t {
    auto it = std::lower_bound(with_slots.begin(), with_slots.end(), x);
    return it != with_slots.end() && *it == x ? static_cast<size_t>(it - with_slots.begin()) : SIZE_MAX;
  };
  std::vector<char> first_bridge = bridge;
  corpus::ParallelFor(with_slots.size(), workers, [&](size_t k, size_t) {
    if (!first_bridge[k]) return;
    const size_t own = shingles(with_slots[k]).size();
    bool any = false;
    auto skip = [&](uint32_t y) {
      const size_t s = slot_of(y);
      const bool smaller_bridge = s != SIZE_MAX && first_bridge[s] &&
                                  (shingles(y).size() < own ||
                                   (shingles(y).size() == own && info(y).id > info(with_slots[k]).id));
      any = any || smaller_bridge;
      return smaller_bridge;
    };
    for (uint32_t y : contained_of[slot.at(with_slots[k])]) skip(y);
    if (any) bridge[k] = test_bridge(k, skip);
  });
  auto is_bridge = [&](uint32_t x) {
    auto it = std::lower_bound(with_slots.begin(), with_slots.end(), x);
    return it != with_slots.end() && *it == x && bridge[it - with_slots.begin()];
  };
  // Whom each article quotes in part (its evidence edges as the smaller side), sorted: two
  // roundups that quote the same story share that story's paragraphs, not a story of their own.
  std::unordered_map<uint32_t, std::vector<uint32_t>> quotes;
  for (const Edge& e : edges) {
    if (!e.evidence) continue;
    const bool a_smaller = shingles(e.a).size() <= shingles(e.b).size();
    quotes[a_smaller ? e.a : e.b].push_back(a_smaller ? e.b : e.a);
  }
  for (auto& [x, q] : quotes) std::sort(q.begin(), q.end());
  auto quote_the_same = [&](uint32_t a, uint32_t b) {
    auto ia = quotes.find(a), ib = quotes.find(b);
    if (ia == quotes.end() || ib == quotes.end()) return false;
    const auto& qa = ia->second;
    const auto& qb = ib->second;
    for (size_t i = 0, j = 0; i < qa.size() && j < qb.size();) {
      if (qa[i] == qb[j]) return true;
      qa[i] < qb[j] ? ++i : ++j;
    }
    return false;
  };
  UnionFind uf(n);
  std::vector<Edge> used;
  for (const Edge& e : edges) {
    if (e.evidence) continue;
    if (e.contained && (is_bridge(e.a) || is_bridge(e.b) || quote_the_same(e.a, e.b))) continue;
    uf.Union(e.a, e.b);
    used.push_back(e);
  }
  std::vector<Edge>().swap(edges);

  // 5. Per component: the canonical article, then every member against it. Exact duplicates
  // follow their representative.
  std::unordered_map<uint32_t, std::vector<uint32_t>> components;
  for (uint32_t i : order) {
    if (exact_of[i] == i) components[uf.Find(i)].push_back(i);  // in id order
  }
  std::unordered_map<uint32_t, std::vector<uint32_t>> adjacent;  // over the pairs used
  for (const Edge& e : used) {
    adjacent[e.a].push_back(e.b);
    adjacent[e.b].push_back(e.a);
  }
  std::vector<uint32_t> roots;
  for (auto& [root, members] : components) roots.push_back(root);
  std::sort(roots.begin(), roots.end());
  std::unordered_map<uint32_t, std::vector<uint32_t>> exact_followers;
  for (uint32_t i : order) if (exact_of[i] != i) exact_followers[exact_of[i]].push_back(i);
  auto followers = [&](uint32_t i) -> const std::vector<uint32_t>* {
    auto it = exact_followers.find(i);
    return it == exact_followers.end() ? nullptr : &it->second;
  };
  auto member = [&](uint32_t i, double jaccard, double containment, bool exact) {
    Member m;
    m.article = i;
    m.id = info(i).id;
    m.jaccard = jaccard;
    m.containment = containment;
    m.exact_duplicate = exact;
    m.url = info(i).url;
    m.source = info(i).source;
    m.title = info(i).title;
    m.published = info(i).published;
    m.credit = info(i).credit;
    return m;
  };
  auto candidate = [&](uint32_t i) {
    CanonicalCandidate c;
    c.id = info(i).id;
    c.published = info(i).published_at;
    c.wire_dateline = info(i).wire_dateline;
    c.dateline_day = info(i).dateline_day;
    c.shingles = shingles(i).size();
    return c;
  };

  for (uint32_t root : roots) {
    // Every article of the component, exact duplicates included (they may carry other dates).
    std::vector<uint32_t> group;
    for (uint32_t r : components[root]) {
      group.push_back(r);
      if (const auto* f = followers(r)) group.insert(group.end(), f->begin(), f->end());
    }
    std::sort(group.begin(), group.end(), [&](uint32_t x, uint32_t y) { return info(x).id < info(y).id; });
    // The best by CompareCanonical, scanning in id order (the rule is not a total order: an
    // undated wire copy goes before a dated rewrite, which may go before an older page).
    size_t best = 0;
    for (size_t k = 1; k < group.size(); ++k)
      if (CompareCanonical(candidate(group[k]), candidate(group[best])).first) best = k;
    const uint32_t center = group[best];
    Cluster c;
    c.canonical = center;
    if (group.size() == 1) {
      c.canonical_reason = "only";
    } else {
      size_t second = best == 0 ? 1 : 0;
      for (size_t k = 0; k < group.size(); ++k)
        if (k != best && k != second && CompareCanonical(candidate(group[k]), candidate(group[second])).first)
          second = k;
      c.canonical_reason = CompareCanonical(candidate(center), candidate(group[second])).second;
    }
    // Whom each member was found to copy: its neighbour on a shortest path from the canonical,
    // over the pairs used (between the first articles of exact-duplicate groups).
    const uint32_t start = exact_of[center];
    std::unordered_map<uint32_t, uint32_t> parent{{start, start}};
    std::vector<uint32_t> queue{start};
    for (size_t q = 0; q < queue.size(); ++q) {
      auto it = adjacent.find(queue[q]);
      if (it == adjacent.end()) continue;
      std::vector<uint32_t> next = it->second;
      std::sort(next.begin(), next.end(), [&](uint32_t x, uint32_t y) { return info(x).id < info(y).id; });
      for (uint32_t y : next)
        if (parent.emplace(y, queue[q]).second) queue.push_back(y);
    }
    std::vector<Member> all;
    all.push_back(member(center, 1, 1, false));
    for (uint32_t m : group) {
      if (m == center) continue;
      Similarity s = Compare(shingles(center), shingles(m));
      // An exact duplicate repeats the text of its group's first member in the cluster: the
      // canonical when it is in the group, else the group's first by id.
      const uint32_t first = exact_of[m] == start ? center : exact_of[m];
      const bool exact = m != first;
      all.push_back(member(m, s.jaccard, s.containment, exact));
      if (exact) {
        if (first != center) all.back().copy_of = info(first).id;
      } else if (auto p = parent.find(m); p != parent.end() && p->second != start) {
        all.back().copy_of = info(p->second).id;
      }
    }
    std::sort(all.begin() + 1, all.end(), [](const Member& a, const Member& b) { return a.id < b.id; });
    c.members = std::move(all);
    result.clusters.push_back(std::move(c));
  }
  std::sort(result.clusters.begin(), result.clusters.end(),
            [](const Cluster& a, const Cluster& b) { return a.members[0].id < b.members[0].id; });
  for (size_t k = 0; k < result.clusters.size(); ++k) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "c%06zu", k + 1);
    result.clusters[k].id = buf;
  }
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

bool VerifiedCopy(std::span<const uint32_t> a, std::span<const uint32_t> b, const DedupOptions& options) {
  if (a.empty() || b.empty()) return false;
  const size_t inter = IntersectionSize(a, b);
  Similarity s;
  s.jaccard = static_cast<double>(inter) / (a.size() + b.size() - inter);
  s.containment = static_cast<double>(inter) / std::min(a.size(), b.size());
  const CopyKind k = Classify(s, inter, std::min(a.size(), b.size()), std::max(a.size(), b.size()), options);
  return k == CopyKind::kJaccard || k == CopyKind::kContained || k == CopyKind::kHeavy;
}

}  // namespace copydesk::pipeline
