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

Similarity Compare(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
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

DedupResult Deduplicate(const std::vector<normalizers::NormalizedArticle>& docs,
                        const DedupOptions& options) {
  DedupResult result;
  const size_t n = docs.size();
  result.stats.articles = n;
  // Work in id order so that input order never matters.
  std::vector<uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return docs[a].article.id < docs[b].article.id; });

  // 1. Exact duplicates: same folded text. Only the first (by id) goes on to LSH.
  std::vector<uint32_t> exact_of(n);
  std::unordered_map<uint64_t, uint32_t> by_hash;
  for (uint32_t i : order) {
    uint64_t h = XXH3_64bits(docs[i].folded.data(), docs[i].folded.size());
    auto [it, inserted] = by_hash.emplace(h, i);
    exact_of[i] = (inserted || docs[it->second].folded != docs[i].folded) ? i : it->second;
    if (exact_of[i] != i) ++result.stats.exact_duplicates;
  }

  // 2. Shingles and signatures, in parallel with per-worker scratch.
  std::vector<std::vector<uint64_t>> shingles(n);
  std::vector<std::vector<uint32_t>> sigs(n);
  size_t workers = corpus::ResolveThreads(options.threads);
  std::vector<std::unique_ptr<Shingler>> shinglers;
  for (size_t w = 0; w < workers; ++w) shinglers.push_back(std::make_unique<Shingler>(options.shingles));
  MinHasher hasher(options.minhash);
  corpus::ParallelFor(n, workers, [&](size_t i, size_t w) {
    if (exact_of[i] != i) return;
    shinglers[w]->Shingle(docs[i].folded, &shingles[i]);
    hasher.Sign(shingles[i], &sigs[i]);
  });

  // 3. Candidates from two bandings.
  result.stats.jaccard_bands = OptimalBands(options.minhash.num_perm, options.jaccard_threshold, 0.5, 0.5);
  result.stats.containment_bands =
      OptimalBands(options.minhash.num_perm, options.containment_band_threshold, 0.5, 0.5);
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  CandidatePairs(sigs, result.stats.jaccard_bands, options.max_bucket, &pairs);
  CandidatePairs(sigs, result.stats.containment_bands, options.max_bucket, &pairs);
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  result.stats.candidate_pairs = pairs.size();

  // 4. Exact verification, in parallel.
  std::vector<char> is_copy(pairs.size(), 0);
  corpus::ParallelFor(pairs.size(), workers, [&](size_t k, size_t) {
    auto [a, b] = pairs[k];
    Similarity s = Compare(shingles[a], shingles[b]);
    is_copy[k] = IsCopy(s, std::min(shingles[a].size(), shingles[b].size()), options);
  });
  UnionFind uf(n);
  for (size_t k = 0; k < pairs.size(); ++k) {
    if (is_copy[k]) {
      uf.Union(pairs[k].first, pairs[k].second);
      ++result.stats.verified_pairs;
    }
  }

  // 5. Star clustering inside each component: the best canonical takes the articles that are
  // copies of it; the rest start new stars. Exact duplicates follow their representative.
  std::unordered_map<uint32_t, std::vector<uint32_t>> components;
  for (uint32_t i : order) {
    if (exact_of[i] == i) components[uf.Find(i)].push_back(i);
  }
  auto has_wire_dateline = [&](uint32_t i) {
    return !docs[i].article.dateline.empty() && !docs[i].article.credit.empty() &&
           !normalizers::WireAgencyIn(docs[i].article.credit).empty();
  };
  // Canonical priority: earliest published; then a wire dateline; then most complete; then id.
  auto better = [&](uint32_t a, uint32_t b) {
    const auto& pa = docs[a].article.published;
    const auto& pb = docs[b].article.published;
    if (!pa.empty() && !pb.empty() && pa != pb) return pa < pb;
    if (pa.empty() != pb.empty()) return !pa.empty();
    bool wa = has_wire_dateline(a), wb = has_wire_dateline(b);
    if (wa != wb) return wa;
    if (shingles[a].size() != shingles[b].size()) return shingles[a].size() > shingles[b].size();
    return docs[a].article.id < docs[b].article.id;
  };
  std::vector<uint32_t> roots;
  for (auto& [root, members] : components) roots.push_back(root);
  std::sort(roots.begin(), roots.end());
  std::vector<std::vector<uint32_t>> exact_followers(n);
  for (uint32_t i : order) if (exact_of[i] != i) exact_followers[exact_of[i]].push_back(i);

  for (uint32_t root : roots) {
    std::vector<uint32_t> left = components[root];
    std::sort(left.begin(), left.end(), better);
    while (!left.empty()) {
      uint32_t center = left.front();
      Cluster c;
      c.canonical = center;
      c.members.push_back(Member{center, 1, 1, false, {}, {}});
      std::vector<uint32_t> rest, contained_only;
      for (size_t k = 1; k < left.size(); ++k) {
        uint32_t m = left[k];
        Similarity s = Compare(shingles[center], shingles[m]);
        bool copy = IsCopy(s, std::min(shingles[center].size(), shingles[m].size()), options);
        if (copy && s.jaccard < options.jaccard_threshold) {
          // A roundup quoting two stories must not join them: a containment-only copy has to
          // overlap the other containment-only copies already in the cluster.
          for (uint32_t other : contained_only) {
            if (Compare(shingles[m], shingles[other]).containment < options.min_member_overlap) {
              copy = false;
              break;
            }
          }
          if (copy) contained_only.push_back(m);
        }
        if (copy) c.members.push_back(Member{m, s.jaccard, s.containment, false, {}, {}});
        else rest.push_back(m);
      }
      if (c.members.size() == 1 && rest.empty() && exact_followers[center].empty())
        c.canonical_reason = "only";
      else if (!docs[center].article.published.empty())
        c.canonical_reason = "earliest-published";
      else if (has_wire_dateline(center))
        c.canonical_reason = "wire-dateline";
      else
        c.canonical_reason = "most-complete";
      std::vector<Member> all;
      for (const auto& m : c.members) {
        all.push_back(m);
        for (uint32_t d : exact_followers[m.article]) {
          Member e = m;
          e.article = d;
          e.exact_duplicate = true;
          if (m.article == center) { e.jaccard = 1; e.containment = 1; }
          all.push_back(e);
        }
      }
      if (c.canonical_reason == "only" && all.size() > 1) c.canonical_reason = "most-complete";
      std::sort(all.begin() + 1, all.end(), [&](const Member& a, const Member& b) {
        return docs[a.article].article.id < docs[b.article].article.id;
      });
      c.members = std::move(all);
      result.clusters.push_back(std::move(c));
      left.swap(rest);
    }
  }
  std::sort(result.clusters.begin(), result.clusters.end(), [&](const Cluster& a, const Cluster& b) {
    return docs[a.canonical].article.id < docs[b.canonical].article.id;
  });
  // 6. Reports and ids.
  std::vector<Member*> copies;
  for (size_t k = 0; k < result.clusters.size(); ++k) {
    Cluster& c = result.clusters[k];
    char buf[32];
    std::snprintf(buf, sizeof buf, "c%06zu", k + 1);
    c.id = buf;
    for (auto& m : c.members) copies.push_back(&m);
  }
  std::vector<uint32_t> canonical_of(n);
  for (const auto& c : result.clusters)
    for (const auto& m : c.members) canonical_of[m.article] = c.canonical;
  corpus::ParallelFor(copies.size(), workers, [&](size_t k, size_t) {
    Member* m = copies[k];
    m->credit = FindCredit(docs[m->article]);
    if (options.reports && m->article != canonical_of[m->article])
      m->paragraphs = AlignParagraphs(docs[canonical_of[m->article]], docs[m->article]);
  });
  return result;
}

}  // namespace copydesk::pipeline
