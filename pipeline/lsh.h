// LSH banding: splits signatures into b bands of r rows and pairs articles that agree on a band.
//
//   pipeline::BandParams p = pipeline::OptimalBands(128, 0.5, 0.5, 0.5);   // b*r <= 128
//   std::vector<std::pair<uint32_t, uint32_t>> pairs;
//   pipeline::CandidatePairs(signatures, p, /*max_bucket=*/1000, /*threads=*/0, &pairs);
//
// (b, r) minimise fp_weight * FP + fn_weight * FN, the areas under the S-curve
// 1 - (1 - s^r)^b below and above the threshold (the rule datasketch's MinHashLSH uses).
// Band key: XXH3_64bits_withSeed(the r values, band index).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <utility>
#include <vector>

namespace copydesk::pipeline {

struct BandParams {
  size_t bands = 0;
  size_t rows = 0;
};

// Returns the (bands, rows) with bands*rows <= num_perm that best fits `threshold`.
BandParams OptimalBands(size_t num_perm, double threshold, double fp_weight, double fn_weight);

// Returns the probability that two articles of Jaccard `s` share a band.
double CollisionProbability(double s, const BandParams& p);

// Appends to `pairs` every (i, j), i < j, that share a band bucket; empty signatures and
// signatures of the empty set are skipped. A bucket larger than `max_bucket` pairs each member
// with its next `max_bucket` members only (bounds the work on huge groups). Bands are spread
// over `threads` workers (0 = all cores). Sorted and unique on return, whatever the threads.
void CandidatePairs(const std::vector<std::span<const uint32_t>>& signatures, const BandParams& p,
                    size_t max_bucket, size_t threads,
                    std::vector<std::pair<uint32_t, uint32_t>>* pairs);

// As CandidatePairs, from band keys made elsewhere (SketchStore::KeepBandKeys): for each of
// `bands` bands, `keys(band, &scratch, &k)` fills k with the key of that band of each of the n
// articles (k[i] for article i; `scratch` is the worker's, for the callback's own use).
// Articles with skip[i] are left out, as CandidatePairs leaves out empty signatures. The same
// keys give the same pairs as CandidatePairs.
// `buffers`, when given, holds the work arrays (about 40 bytes an article a worker) from one
// call to the next: the second banding's call touches no fresh memory.
struct CandidateBuffers {
  struct Worker {
    std::vector<std::pair<uint64_t, uint32_t>> keys, sort_scratch;
    std::vector<uint64_t> of, scratch;
    std::vector<uint32_t> counts;
    std::vector<std::pair<uint32_t, uint32_t>> pair_scratch;
  };
  std::vector<Worker> workers;
  std::vector<std::pair<uint32_t, uint32_t>> pair_scratch;
};
using BandKeysOf = std::function<void(size_t band, std::vector<uint64_t>* scratch, std::vector<uint64_t>* keys)>;
void CandidatePairsFromKeys(size_t n, size_t bands, const BandKeysOf& keys, const std::vector<char>& skip,
                            size_t max_bucket, size_t threads, std::vector<std::pair<uint32_t, uint32_t>>* pairs,
                            CandidateBuffers* buffers = nullptr);

// Returns the key of band `band` of `signature` under `p`, the value CandidatePairs buckets
// by: XXH3_64bits_withSeed(the `p.rows` values of the band, band index). The archive stores it.
uint64_t BandKey(std::span<const uint32_t> signature, const BandParams& p, size_t band);

}  // namespace copydesk::pipeline
