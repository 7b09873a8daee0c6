// Lazy<T>: a value built on its first use, then shared read-only by every thread.
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

}  // namespace copydesk::corpus
