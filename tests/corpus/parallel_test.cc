// corpus::Background: tasks one at a time on one thread, errors thrown again in the caller.
#include <catch2/catch.hpp>

#include <stdexcept>
#include <thread>
#include <vector>

#include "corpus/parallel.h"

using copydesk::corpus::Background;

TEST_CASE("background tasks run one at a time on one thread, and throw again in Wait", "[corpus]") {
  Background reading;
  std::vector<std::thread::id> ran_on;
  std::vector<int> order;
  for (int i = 0; i < 5; ++i) {
    reading.Start([&, i] {
      ran_on.push_back(std::this_thread::get_id());
      order.push_back(i);
    });
    reading.Wait();
  }
  CHECK(order == std::vector<int>{0, 1, 2, 3, 4});
  for (const auto& id : ran_on) CHECK(id == ran_on.front());
  CHECK(ran_on.front() != std::this_thread::get_id());

  reading.Start([] { throw std::runtime_error("disk gone"); });
  CHECK_THROWS_WITH(reading.Wait(), "disk gone");
  reading.Start([&] { order.push_back(5); });  // the thread goes on after a failure
  reading.Wait();
  CHECK(order.back() == 5);
  reading.Start([&] { order.push_back(6); });  // left running: the destructor waits for it
}
