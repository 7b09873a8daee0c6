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
//
// The workers are threads of a pool that lives as long as the process (parallel_internal::Pool):
// a call wakes them instead of starting threads, so each keeps its allocator cache and arena
// from one batch to the next. The caller is always worker 0 and the pool's threads are 1, 2, ...;
// a call made while another has the pool (from another thread, or from inside fn) starts
// threads of its own, with the same indices.
#pragma once

#include <pthread.h>

#include <atomic>
#include <condition_variable>
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

namespace parallel_internal {

// The body ParallelFor runs on each worker: fn over chunks of [0, n) from an atomic counter,
// the first exception recorded and the others stopped.
struct Job {
  size_t n = 0, chunk = 1;
  const std::function<void(size_t, size_t)>* fn = nullptr;
  std::atomic<size_t> next{0};
  std::mutex failed_mu;
  bool failed = false;
  WorkerFailure failure;

  void Work(size_t worker) {
    CurrentRecordBuffer().clear();
    try {
      for (;;) {
        size_t b = next.fetch_add(chunk);
        if (b >= n) return;
        size_t e = b + chunk < n ? b + chunk : n;
        for (size_t i = b; i < e; ++i) (*fn)(i, worker);
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
  }
};

// True on a thread that is running a ParallelFor (as its caller or one of its workers): a
// ParallelFor called from there starts threads of its own, as any call did before the pool.
inline bool& InsideParallelFor() {
  thread_local bool inside = false;
  return inside;
}

// The process's worker threads, kept between calls: a thread keeps its allocator cache and
// arena (jemalloc's, glibc's), so the memory one batch frees is what the next one gets, where a
// thread per call handed its cache back on exit and the next one faulted in fresh pages
// (docs/memory.md). One call uses it at a time; a concurrent or nested call starts its own
// threads. The threads are never joined: they wait, blocked, until the process exits.
class Pool {
 public:
  static Pool& Get() {
    static const bool made = [] {
      Current() = new Pool();  // never destroyed: its threads outlive static destructors
      // A child of fork() has none of the threads: it starts a pool of its own.
      ::pthread_atfork(nullptr, nullptr, [] { Current() = new Pool(); });
      return true;
    }();
    (void)made;
    return *Current();
  }
  // Takes the pool for one call; false when another call has it.
  bool TryAcquire() { return use_.try_lock(); }
  void Release() { use_.unlock(); }
  // Runs job->Work(w) for w in [1, workers) on the pool's threads and job->Work(0) here;
  // returns when all have finished. Fewer threads run when no more can be started (the
  // counter hands every index out all the same).
  void Run(Job* job, size_t workers) {
    size_t helpers = Grow(workers - 1);
    {
      std::lock_guard<std::mutex> lock(mu_);
      job_ = job;
      active_ = helpers;
      pending_ = helpers;
      ++generation_;
    }
    if (helpers > 0) wake_.notify_all();
    job->Work(0);
    std::unique_lock<std::mutex> lock(mu_);
    done_.wait(lock, [&] { return pending_ == 0; });
    job_ = nullptr;
  }

 private:
  Pool() = default;
  static Pool*& Current() {
    static Pool* pool = nullptr;
    return pool;
  }
  // Starts threads until there are `n` (or none can be started); returns how many there are.
  size_t Grow(size_t n) {
    while (threads_ < n) {
      uint64_t seen;
      {
        std::lock_guard<std::mutex> lock(mu_);
        seen = generation_;
      }
      try {
        std::thread(&Pool::Serve, this, threads_ + 1, seen).detach();
      } catch (...) {  // no more threads: the ones there are do the work
        break;
      }
      ++threads_;
    }
    return threads_ < n ? threads_ : n;
  }
  void Serve(size_t worker, uint64_t seen) {
    InsideParallelFor() = true;
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      wake_.wait(lock, [&] { return generation_ != seen; });
      seen = generation_;
      if (worker > active_) continue;  // this call needs fewer workers
      Job* job = job_;
      lock.unlock();
      job->Work(worker);
      lock.lock();
      if (--pending_ == 0) done_.notify_one();
    }
  }

  std::mutex use_;  // held by the call using the pool
  std::mutex mu_;
  std::condition_variable wake_, done_;
  uint64_t generation_ = 0;
  size_t threads_ = 0;  // started (only the call holding use_ changes it)
  size_t active_ = 0, pending_ = 0;
  Job* job_ = nullptr;
};

}  // namespace parallel_internal

inline void ParallelFor(size_t n, size_t threads, const std::function<void(size_t, size_t)>& fn) {
  threads = ResolveThreads(threads);
  if (threads > n) threads = n;
  parallel_internal::Job job;
  job.n = n;
  job.chunk = threads <= 1 ? n : n / (threads * 16) + 1;
  job.fn = &fn;
  bool& inside = parallel_internal::InsideParallelFor();
  if (threads <= 1) {
    job.Work(0);
  } else if (auto& pool = parallel_internal::Pool::Get(); !inside && pool.TryAcquire()) {
    inside = true;
    pool.Run(&job, threads);  // Work catches everything: nothing is thrown past here
    inside = false;
    pool.Release();
  } else {
    std::vector<std::thread> helpers;
    for (size_t t = 1; t < threads; ++t) {
      try {
        helpers.emplace_back([&job, t] { job.Work(t); });
      } catch (...) {  // no more threads: the ones there are do the work
        break;
      }
    }
    job.Work(0);
    for (auto& t : helpers) t.join();
  }
  if (job.failed) throw job.failure;
}

}  // namespace copydesk::corpus
