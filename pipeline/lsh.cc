#include "pipeline/lsh.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <tuple>
#include <vector>

#include "corpus/parallel.h"
#include "pipeline/minhash.h"
#include "pipeline/radix_sort.h"

namespace copydesk::pipeline {

double CollisionProbability(double s, const BandParams& p) {
  return 1.0 - std::pow(1.0 - std::pow(s, static_cast<double>(p.rows)), static_cast<double>(p.bands));
}

BandParams OptimalBands(size_t num_perm, double threshold, double fp_weight, double fn_weight) {
  // The search costs over half a million pow() calls (for 128 permutations); a process asks
  // for the same few settings again and again (every Deduplicate call), so answers are kept.
  using Key = std::tuple<size_t, double, double, double>;
  static std::mutex mu;
  static std::map<Key, BandParams> known;
  const Key key{num_perm, threshold, fp_weight, fn_weight};
  const bool comparable = !std::isnan(threshold) && !std::isnan(fp_weight) && !std::isnan(fn_weight);
  if (comparable) {
    std::lock_guard<std::mutex> lock(mu);
    if (auto it = known.find(key); it != known.end()) return it->second;
  }
  BandParams best{1, num_perm};
  double best_err = 1e300;
  // Integrate's sums, with each pow(s, rows) of the two grids computed once per rows instead of
  // once per (bands, rows): the same operations in the same order, so the same error to the bit.
  // A setting whose weighted false-positive area alone passes the best error so far cannot beat
  // it (the false-negative term is not negative): its second integral is skipped.
  constexpr int kSteps = 200;
  auto grid = [&](double lo, double hi, std::vector<double>* s, double* dx) {
    *dx = (hi - lo) / kSteps;
    for (int i = 0; i < kSteps; ++i) s->push_back(lo + (i + 0.5) * *dx);
  };
  std::vector<double> s_fp, s_fn;
  double dx_fp = 0, dx_fn = 0;
  grid(0, threshold, &s_fp, &dx_fp);
  grid(threshold, 1, &s_fn, &dx_fn);
  std::vector<double> pow_fp(kSteps), pow_fn(kSteps);  // pow(s, rows) for the current rows
  auto area = [&](const std::vector<double>& powers, double dx, bool false_positive, size_t bands) {
    double sum = 0;
    for (int i = 0; i < kSteps; ++i) {
      const double pr = 1.0 - std::pow(1.0 - powers[i], static_cast<double>(bands));
      sum += (false_positive ? pr : 1 - pr) * dx;
    }
    return sum;
  };
  const bool prune = fn_weight >= 0;  // false for NaN
  for (size_t r = 1; r <= num_perm; ++r) {
    for (int i = 0; i < kSteps; ++i) {
      pow_fp[i] = std::pow(s_fp[i], static_cast<double>(r));
      pow_fn[i] = std::pow(s_fn[i], static_cast<double>(r));
    }
    for (size_t b = 1; b * r <= num_perm; ++b) {
      const double fp = fp_weight * area(pow_fp, dx_fp, true, b);
      if (prune && (fp > best_err || (fp == best_err && b >= best.bands))) continue;
      const double err = fp + fn_weight * area(pow_fn, dx_fn, false, b);
      // The search order was bands, then rows: on a tie the smaller bands count wins.
      if (err < best_err || (err == best_err && b < best.bands)) {
        best_err = err;
        best = BandParams{b, r};
      }
    }
  }
  if (comparable) {
    std::lock_guard<std::mutex> lock(mu);
    if (known.size() < 64) known.emplace(key, best);
  }
  return best;
}

uint64_t BandKey(std::span<const uint32_t> signature, const BandParams& p, size_t band) {
  return XXH3_64bits_withSeed(signature.data() + band * p.rows, p.rows * sizeof(uint32_t), band);
}

void CandidatePairsFromKeys(size_t n, size_t bands, const BandKeysOf& band_keys, const std::vector<char>& skip,
                            size_t max_bucket, size_t threads, std::vector<std::pair<uint32_t, uint32_t>>* pairs,
                            CandidateBuffers* buffers) {
  using Pairs = std::vector<std::pair<uint32_t, uint32_t>>;
  const size_t workers = std::min(corpus::ResolveThreads(threads), std::max<size_t>(bands, 1));
  CandidateBuffers own;
  CandidateBuffers& buf = buffers != nullptr ? *buffers : own;
  if (buf.workers.size() < workers) buf.workers.resize(workers);
  std::vector<Pairs> found(workers);
  auto sort_unique = [](Pairs* v, Pairs* scratch) {
    RadixSortBy(v, [](const std::pair<uint32_t, uint32_t>& p) { return uint64_t{p.first} << 32 | p.second; }, scratch);
    v->erase(std::unique(v->begin(), v->end()), v->end());
  };
  corpus::ParallelFor(workers, workers, [&](size_t w, size_t) {
    CandidateBuffers::Worker& b = buf.workers[w];
    auto& keys = b.keys;
    keys.reserve(n);
    Pairs& out = found[w];
    for (size_t band = w; band < bands; band += workers) {
      keys.clear();
      band_keys(band, &b.scratch, &b.of);
      const std::vector<uint64_t>& of = b.of;
      for (size_t i = 0; i < n; ++i)
        if (!skip[i]) keys.emplace_back(of[i], static_cast<uint32_t>(i));
      // By key; stable, so that a bucket's articles stay in index order (as sorting the pairs).
      HashSortBy(&keys, [](const std::pair<uint64_t, uint32_t>& k) { return k.first; }, &b.sort_scratch, &b.counts);
      for (size_t a = 0; a < keys.size();) {
        size_t e = a;
        while (e < keys.size() && keys[e].first == keys[a].first) ++e;
        for (size_t x = a; x < e; ++x) {
          size_t limit = std::min(e, x + 1 + max_bucket);
          for (size_t y = x + 1; y < limit; ++y) out.emplace_back(keys[x].second, keys[y].second);
        }
        a = e;
      }
      // Deduplicate as we go so that memory follows the number of distinct pairs.
      if (out.size() > (1u << 22)) sort_unique(&out, &b.pair_scratch);
    }
    sort_unique(&out, &b.pair_scratch);
  });
  for (auto& f : found) {
    pairs->insert(pairs->end(), f.begin(), f.end());
    Pairs().swap(f);
  }
  sort_unique(pairs, &buf.pair_scratch);
}

void CandidatePairs(const std::vector<std::span<const uint32_t>>& signatures, const BandParams& p,
                    size_t max_bucket, size_t threads,
                    std::vector<std::pair<uint32_t, uint32_t>>* pairs) {
  const size_t n = signatures.size();
  std::vector<char> skip(n);
  for (size_t i = 0; i < n; ++i) skip[i] = signatures[i].empty() || signatures[i][0] == kEmptyBin;
  CandidatePairsFromKeys(
      n, p.bands,
      [&](size_t band, std::vector<uint64_t>*, std::vector<uint64_t>* keys) {
        keys->resize(n);
        for (size_t i = 0; i < n; ++i)
          if (!skip[i]) (*keys)[i] = BandKey(signatures[i], p, band);
      },
      skip, max_bucket, threads, pairs);
}

}  // namespace copydesk::pipeline
