#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "corpus/ascii.h"

using namespace copydesk;

TEST_CASE("EqualsLower agrees with a byte-at-a-time lower case at every length", "[ascii]") {
  // The bytes around the capitals' range ('@', '[', '`', '{'), capitals, digits, spaces and
  // bytes from 0x80 (never capitals), in texts of 0-100 bytes: the 16-byte steps and the tail.
  const std::string alphabet = std::string("@AZ[`az{0 \t") + "\x80\xC3\xA9\xE2\x80\x99\xFF";
  std::mt19937 rng(16);
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    const size_t n = rng() % 100;
    for (size_t i = 0; i < n; ++i) text += alphabet[rng() % alphabet.size()];
    std::string lower = ascii::Lower(text);
    INFO("round " << round);
    REQUIRE(ascii::EqualsLower(text, lower));
    if (n == 0) continue;
    const size_t at = rng() % n;
    std::string other = lower;
    other[at] = static_cast<char>(other[at] ^ 0x20);  // a case (or a byte) changed
    REQUIRE_FALSE(ascii::EqualsLower(text, other));
    REQUIRE_FALSE(ascii::EqualsLower(text, lower + "x"));
  }
}

TEST_CASE("ContainsLower finds a lower-case needle in any case, at the ends too", "[ascii]") {
  CHECK(ascii::ContainsLower("Its FISCAL year", "fiscal"));
  CHECK(ascii::ContainsLower("Fiscal", "fiscal"));
  CHECK(ascii::ContainsLower("the financial Year", "financial year"));
  CHECK_FALSE(ascii::ContainsLower("fisca", "fiscal"));
  CHECK_FALSE(ascii::ContainsLower("", "fiscal"));
  CHECK(ascii::ContainsLower("anything", ""));
}
