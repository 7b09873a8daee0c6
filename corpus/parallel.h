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
// Background: one task at a time on a thread that lives as long as the object (the reading of
// the batches, each while the one before is processed).
//
//   corpus::Background reading;
//   reading.Start([&] { reader.Next(max_bytes, &next); });
//   Process(batch);
//   reading.Wait();  // throws again what the task threw
//
// Every batch is read on the same thread: the allocator (jemalloc) gives each thread an arena of
// its own, and a batch read on another thread than the batches after it leaves its freed pages
// where no later read finds them (docs/benchmarks.md, session 9).
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
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

class Background {
 public:
  Background() : thread_([this] { Loop(); }) {}
  ~Background() {
    {
      std::unique_lock<std::mutex> lock(mutex_);
      done_.wait(lock, [this] { return !task_; });
      stop_ = true;
    }
    ready_.notify_one();
    thread_.join();
  }
  Background(const Background&) = delete;
  Background& operator=(const Background&) = delete;

  // Runs `task` on the thread (after the task before it, if it is still running).
  void Start(std::function<void()> task) {
    {
      std::unique_lock<std::mutex> lock(mutex_);
      done_.wait(lock, [this] { return !task_; });
      task_ = std::move(task);
      error_ = nullptr;
    }
    ready_.notify_one();
  }
  // Waits for the task started last; throws again what it threw.
  void Wait() {
    std::unique_lock<std::mutex> lock(mutex_);
    done_.wait(lock, [this] { return !task_; });
    if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
  }

 private:
  void Loop() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (true) {
      ready_.wait(lock, [this] { return stop_ || task_; });
      if (!task_) return;  // stopped
      std::function<void()> task = task_;
      lock.unlock();
      std::exception_ptr error;
      try {
        task();
      } catch (...) {
        error = std::current_exception();
      }
      lock.lock();
      error_ = error;
      task_ = nullptr;
      done_.notify_all();
    }
  }

  std::mutex mutex_;
  std::condition_variable ready_, done_;
  std::function<void()> task_;  // set while a task waits or runs
  std::exception_ptr error_;
  bool stop_ = false;
  std::thread thread_;  // last: started once the rest is ready
};

}  // namespace copydesk::corpus
