// ParallelFor: runs fn(i) for i in [0, n) on `threads` workers, each with its own worker index.
//
//   corpus::ParallelFor(docs.size(), 4, [&](size_t i, size_t worker) { Sign(docs[i], &scratch[worker]); });
//
// Work is handed out in small chunks from an atomic counter; results must be written to slot i
// so that output order never depends on scheduling.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <thread>
#include <vector>

namespace copydesk::corpus {

// Returns the number of workers to use for `requested` (0 = all cores).
inline size_t ResolveThreads(size_t requested) {
  if (requested > 0) return requested;
  size_t hw = std::thread::hardware_concurrency();
  return hw == 0 ? 1 : hw;
}

inline void ParallelFor(size_t n, size_t threads, const std::function<void(size_t, size_t)>& fn) {
  threads = ResolveThreads(threads);
  if (threads <= 1 || n < 2) {
    for (size_t i = 0; i < n; ++i) fn(i, 0);
    return;
  }
  if (threads > n) threads = n;
  std::atomic<size_t> next{0};
  const size_t chunk = n / (threads * 16) + 1;
  auto work = [&](size_t worker) {
    for (;;) {
      size_t b = next.fetch_add(chunk);
      if (b >= n) return;
      size_t e = b + chunk < n ? b + chunk : n;
      for (size_t i = b; i < e; ++i) fn(i, worker);
    }
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (auto& t : pool) t.join();
}

}  // namespace copydesk::corpus
