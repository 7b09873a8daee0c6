// ParallelFor: runs fn(i) for i in [0, n) on `threads` workers, each with its own worker index.
//
//   corpus::ParallelFor(docs.size(), 4, [&](size_t i, size_t worker) { Sign(docs[i], &scratch[worker]); });
//
// Work is handed out in small chunks from an atomic counter; results must be written to slot i
// so that output order never depends on scheduling.
//
// An exception thrown by fn (std::bad_alloc above all) stops the other workers and is thrown
// again in the caller as a WorkerFailure naming the record being processed (SetCurrentRecord),
// so that a stage can end the run with a message instead of std::terminate.
#pragma once

#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace copydesk::corpus {

// Names the record this thread is working on ("file:line", an article id), for the message
// of a failure; the buffer is reused, so setting it costs no allocation in the steady state.
inline std::string& CurrentRecordBuffer() {
  thread_local std::string current;
  return current;
}
inline void SetCurrentRecord(std::string_view name) { CurrentRecordBuffer().assign(name); }
inline const std::string& CurrentRecord() { return CurrentRecordBuffer(); }

// What ParallelFor throws when fn threw: the record the worker was on and the exception.
struct WorkerFailure {
  std::string record;
  std::exception_ptr error;
};

// Returns the number of workers to use for `requested` (0 = all cores).
inline size_t ResolveThreads(size_t requested) {
  if (requested > 0) return requested;
  size_t hw = std::thread::hardware_concurrency();
  return hw == 0 ? 1 : hw;
}

inline void ParallelFor(size_t n, size_t threads, const std::function<void(size_t, size_t)>& fn) {
  threads = ResolveThreads(threads);
  if (threads > n) threads = n;
  std::atomic<size_t> next{0};
  const size_t chunk = threads <= 1 ? n : n / (threads * 16) + 1;
  std::mutex failed_mu;
  WorkerFailure failure;
  bool failed = false;
  auto work = [&](size_t worker) {
    CurrentRecordBuffer().clear();
    try {
      for (;;) {
        size_t b = next.fetch_add(chunk);
        if (b >= n) return;
        size_t e = b + chunk < n ? b + chunk : n;
        for (size_t i = b; i < e; ++i) fn(i, worker);
      }
    } catch (...) {
      next.store(n);  // the others stop at their next chunk
      std::lock_guard<std::mutex> lock(failed_mu);
      if (!failed) {
        failed = true;
        try {
          failure.record = CurrentRecord();
        } catch (...) {  // no memory left even for the name
        }
        failure.error = std::current_exception();
      }
    }
  };
  if (threads <= 1) {
    work(0);
  } else {
    std::vector<std::thread> pool;
    for (size_t t = 1; t < threads; ++t) pool.emplace_back(work, t);
    work(0);
    for (auto& t : pool) t.join();
  }
  if (failed) throw failure;
}

}  // namespace copydesk::corpus
