// Lazy<T>: a value built on its first use, then shared read-only by every thread.
// PerThread<T>(): a value built on a thread's first use, that thread's own.
//
//   struct Patterns {
//     corpus::Lazy<RE2> byline{[] { return std::make_unique<RE2>(R"(^By (\p{Lu}.*)$)"); }};
//   };
//   if (MayBeByline(t) && RE2::FullMatch(t, *pat.byline)) ...;   // compiled here, once
//
// A process compiles only the patterns its inputs reach: a run over pages that name no news
// agency never builds the agency forms, `normalize` never builds the claims' patterns, and a
// one-page run pays for what that page needs (compiling RE2 programs was most of a short run's
// set-up: docs/benchmarks.md, "Session 9: HTML end to end"). The first use builds the value
// under a lock; later uses cost one acquire load. The value is never rebuilt.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <utility>

namespace copydesk::corpus {

template <class T>
class Lazy {
 public:
  explicit Lazy(std::function<std::unique_ptr<T>()> make) : make_(std::move(make)) {}
  ~Lazy() { delete value_.load(std::memory_order_acquire); }
  Lazy(const Lazy&) = delete;
  Lazy& operator=(const Lazy&) = delete;

  // Returns the value, building it on the first call (thread-safe).
  const T& get() const {
    const T* v = value_.load(std::memory_order_acquire);
    return v != nullptr ? *v : Build();
  }
  const T& operator*() const { return get(); }
  const T* operator->() const { return &get(); }
  // Returns true once the value has been built (for tests).
  bool built() const { return value_.load(std::memory_order_acquire) != nullptr; }

 private:
  const T& Build() const {
    std::lock_guard<std::mutex> lock(mutex_);
    const T* v = value_.load(std::memory_order_relaxed);
    if (v == nullptr) {
      v = make_().release();
      value_.store(v, std::memory_order_release);
    }
    return *v;
  }

  std::function<std::unique_ptr<T>()> make_;
  mutable std::mutex mutex_;
  mutable std::atomic<const T*> value_{nullptr};
};

// Returns this thread's T, built (T()) on the thread's first call and destroyed when the thread
// ends: for the pattern sets that every worker runs on every article. RE2 takes a reader lock
// on a pattern's DFA cache for every search, so two threads searching with one RE2 share the
// lock's cache line: that was 4% of the CPU of a 2-thread `copydesk dedup` (the rwlock's
// functions, against 0.7% with one thread; docs/benchmarks.md, "Session 14"). Each thread pays
// for compiling what it uses (the patterns are Lazy inside), and the pool's threads are kept for
// the process (corpus/parallel.h), so that is once per worker.
template <class T>
const T& PerThread() {
  thread_local const std::unique_ptr<const T> value = std::make_unique<const T>();
  return *value;
}

}  // namespace copydesk::corpus
