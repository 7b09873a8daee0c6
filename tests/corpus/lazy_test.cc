// corpus::Lazy: built on first use, once, whatever the threads.
#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

#include "corpus/lazy.h"

using copydesk::corpus::Lazy;

TEST_CASE("a lazy value is built on first use, once, and shared by threads", "[corpus][lazy]") {
  std::atomic<int> builds{0};
  Lazy<std::vector<int>> squares([&] {
    ++builds;
    auto v = std::make_unique<std::vector<int>>();
    for (int i = 0; i < 100; ++i) v->push_back(i * i);
    return v;
  });
  CHECK_FALSE(squares.built());
  CHECK(builds == 0);
  std::vector<const std::vector<int>*> seen(8, nullptr);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < seen.size(); ++t) threads.emplace_back([&, t] { seen[t] = &squares.get(); });
  for (auto& t : threads) t.join();
  CHECK(builds == 1);
  CHECK(squares.built());
  for (const auto* p : seen) CHECK(p == &*squares);
  CHECK(squares->at(9) == 81);
}

namespace {
std::atomic<int> per_thread_builds{0};
std::atomic<int> per_thread_alive{0};
struct Counted {
  Counted() {
    ++per_thread_builds;
    ++per_thread_alive;
  }
  ~Counted() { --per_thread_alive; }
  int value = 7;
};
}  // namespace

TEST_CASE("a per-thread value is built once on each thread that uses it, and ends with it", "[corpus][lazy]") {
  using copydesk::corpus::PerThread;
  const int before = per_thread_builds;
  const Counted* here = &PerThread<Counted>();
  CHECK(&PerThread<Counted>() == here);  // the same on the same thread
  CHECK(per_thread_builds == before + 1);
  std::vector<const Counted*> seen(4, nullptr);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < seen.size(); ++t)
    threads.emplace_back([&, t] {
      seen[t] = &PerThread<Counted>();
      CHECK(&PerThread<Counted>() == seen[t]);
      CHECK(seen[t]->value == 7);
    });
  for (auto& t : threads) t.join();
  CHECK(per_thread_builds == before + 5);
  CHECK(per_thread_alive == 1);  // the four threads' values went with them; this thread's stays
  for (const Counted* p : seen) CHECK(p != here);
}
