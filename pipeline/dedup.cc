#include "pipeline/dedup.h"

#include <xxhash.h>

#include <algorithm>
#include <numeric>
#include <unordered_map>

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

bool IsCopy(const Similarity& s, size_t smaller, const DedupOptions& o) {
  return s.jaccard >= o.jaccard_threshold ||
         (s.containment >= o.containment_threshold && smaller >= o.min_containment_shingles);
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

}  // namespace

DedupResult ClusterSketches(const SketchStore& store, const DedupOptions& options) {
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
  {
    std::vector<std::span<const uint32_t>> sigs(n);
    for (size_t r = 0; r < n; ++r)
      if (exact_of[order[r]] == order[r]) sigs[r] = store.signature(order[r]);
    CandidatePairs(sigs, result.stats.jaccard_bands, options.max_bucket, workers, &pairs);
    CandidatePairs(sigs, result.stats.containment_bands, options.max_bucket, workers, &pairs);
  }
  for (auto& [a, b] : pairs) {
    a = order[a];
    b = order[b];
  }
  result.stats.candidate_pairs = pairs.size();

  // 3. Exact verification, in parallel.
  std::vector<char> is_copy(pairs.size(), 0);
  corpus::ParallelFor(pairs.size(), workers, [&](size_t k, size_t) {
    auto [a, b] = pairs[k];
    Similarity s = Compare(shingles(a), shingles(b));
    is_copy[k] = IsCopy(s, std::min(shingles(a).size(), shingles(b).size()), options);
  });
  UnionFind uf(n);
  for (size_t k = 0; k < pairs.size(); ++k) {
    if (is_copy[k]) {
      uf.Union(pairs[k].first, pairs[k].second);
      ++result.stats.verified_pairs;
    }
  }
  std::vector<std::pair<uint32_t, uint32_t>>().swap(pairs);

  // 4. Star clustering inside each component: the best canonical takes the articles that are
  // copies of it; the rest start new stars. Exact duplicates follow their representative.
  std::unordered_map<uint32_t, std::vector<uint32_t>> components;
  for (uint32_t i : order) {
    if (exact_of[i] == i) components[uf.Find(i)].push_back(i);
  }
  // Canonical priority: earliest published; then a wire dateline; then most complete; then id.
  auto better = [&](uint32_t a, uint32_t b) {
    const auto& pa = info(a).published;
    const auto& pb = info(b).published;
    if (!pa.empty() && !pb.empty() && pa != pb) return pa < pb;
    if (pa.empty() != pb.empty()) return !pa.empty();
    bool wa = info(a).wire_dateline, wb = info(b).wire_dateline;
    if (wa != wb) return wa;
    if (shingles(a).size() != shingles(b).size()) return shingles(a).size() > shingles(b).size();
    return info(a).id < info(b).id;
  };
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
    m.credit = info(i).credit;
    return m;
  };

  for (uint32_t root : roots) {
    std::vector<uint32_t> left = std::move(components[root]);
    std::sort(left.begin(), left.end(), better);
    while (!left.empty()) {
      uint32_t center = left.front();
      Cluster c;
      c.canonical = center;
      c.members.push_back(member(center, 1, 1, false));
      std::vector<uint32_t> rest, contained_only;
      for (size_t k = 1; k < left.size(); ++k) {
        uint32_t m = left[k];
        Similarity s = Compare(shingles(center), shingles(m));
        bool copy = IsCopy(s, std::min(shingles(center).size(), shingles(m).size()), options);
        if (copy && s.jaccard < options.jaccard_threshold) {
          // A roundup quoting two stories must not join them: a containment-only copy has to
          // overlap the other containment-only copies already in the cluster.
          for (uint32_t other : contained_only) {
            if (Compare(shingles(m), shingles(other)).containment < options.min_member_overlap) {
              copy = false;
              break;
            }
          }
          if (copy) contained_only.push_back(m);
        }
        if (copy) c.members.push_back(member(m, s.jaccard, s.containment, false));
        else rest.push_back(m);
      }
      std::vector<Member> all;
      for (auto& m : c.members) {
        const uint32_t of = m.article;
        const double j = of == center ? 1 : m.jaccard, ct = of == center ? 1 : m.containment;
        all.push_back(std::move(m));
        if (const auto* f = followers(of))
          for (uint32_t d : *f) all.push_back(member(d, j, ct, true));
      }
      if (all.size() == 1) c.canonical_reason = "only";
      else if (!info(center).published.empty()) c.canonical_reason = "earliest-published";
      else if (info(center).wire_dateline) c.canonical_reason = "wire-dateline";
      else c.canonical_reason = "most-complete";
      std::sort(all.begin() + 1, all.end(), [](const Member& a, const Member& b) { return a.id < b.id; });
      c.members = std::move(all);
      result.clusters.push_back(std::move(c));
      left.swap(rest);
    }
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

}  // namespace copydesk::pipeline
