#include <catch2/catch.hpp>

#include <cmath>

#include "extractors/quantity.h"

using namespace copydesk::extractors;

namespace {
std::vector<Quantity> Q(const std::string& s) {
  static auto ex = QuantityExtractor::Create().value();
  std::vector<Quantity> out;
  ex->Extract(s, &out);
  return out;
}
}  // namespace

TEST_CASE("money, percent and scale words", "[extractors]") {
  auto q = Q("imports slumped 46% to $5.8 billion, while exports hit \xC2\xA3" "182bn and 667,000 rubles");
  REQUIRE(q.size() == 4);
  CHECK(q[0].value == 46);
  CHECK(q[0].unit == "percent");
  CHECK(q[1].value == Approx(5.8e9));
  CHECK(q[1].unit == "USD");
  CHECK(q[2].value == Approx(182e9));
  CHECK(q[2].unit == "GBP");
  CHECK(q[3].value == 667000);
  CHECK(q[3].unit == "RUB");
}

TEST_CASE("spelled numbers, fractions, multipliers, counts", "[extractors]") {
  auto q = Q("twenty four percent of about two-thirds rose sevenfold, nine times more than 20 world leaders and 1-1/2 years");
  REQUIRE(q.size() == 6);
  CHECK(q[0].value == 24);
  CHECK(q[0].unit == "percent");
  CHECK(q[1].value == Approx(2.0 / 3));
  CHECK(q[1].unit == "fraction");
  CHECK(q[1].approx == "about");
  CHECK(q[2].value == 7);
  CHECK(q[2].unit == "times");
  CHECK(q[3].value == 9);
  CHECK(q[3].unit == "times");
  CHECK(q[4].value == 20);
  CHECK(q[4].unit == "count");
  CHECK(q[4].noun == "world leaders");
  CHECK(q[4].approx == "more_than");
  CHECK(q[5].value == 1.5);
}

TEST_CASE("ranges, dates and names", "[extractors]") {
  auto q = Q("sales grew between 3% and 5% in 2026, or 10-20% on Aug 28 at the CR929 plant");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == 3);
  REQUIRE(q[0].hi);
  CHECK(*q[0].hi == 5);
  CHECK(q[1].value == 10);
  CHECK(*q[1].hi == 20);
}

TEST_CASE("hostile input stays linear and sensible", "[extractors]") {
  std::string digits(400, '7');
  auto q = Q("a number " + digits + " here");
  CHECK(q.empty());  // longer than any real quantity: not reported
  std::string many;
  for (int i = 0; i < 10000; ++i) many += std::to_string(i % 97) + "% ";
  auto m = Q(many);
  CHECK(m.size() == 10000);
  std::string line(1 << 20, '9');
  CHECK(Q(line).empty());
}

TEST_CASE("shares written as one in five", "[extractors]") {
  auto q = Q("one in five adults and 2 out of 3 firms, but one in 2024 is no share");
  REQUIRE(q.size() >= 2);
  CHECK(q[0].value == Approx(0.2));
  CHECK(q[0].unit == "fraction");
  CHECK(q[1].value == Approx(2.0 / 3));
  for (const auto& x : q) CHECK(x.value != Approx(1.0 / 2024));
}

TEST_CASE("Indian scales and grouping, capital scale letters, glued codes, a dozen", "[extractors]") {
  auto q = Q("The fund raised 13 lakh rupees, then 3 lakh crore, and 12,34,567.89 more");
  REQUIRE(q.size() == 3);
  CHECK(q[0].value == Approx(1.3e6));
  CHECK(q[1].value == Approx(3e12));
  CHECK(q[2].value == Approx(1234567.89));
  q = Q("The app has 10M users and a 5K run; a deal worth 115USD was signed by a dozen firms.");
  REQUIRE(q.size() == 4);
  CHECK(q[0].value == Approx(1e7));
  CHECK(q[1].value == Approx(5e3));
  CHECK(q[2].value == 115);
  CHECK(q[2].unit == "USD");
  CHECK(q[3].value == 12);
  CHECK(q[3].surface == "a dozen");
}

TEST_CASE("digits inside a web address are no quantities", "[extractors]") {
  auto q = Q("Prices rose 4% (see https://example.com/report?id=305&q=20%25 for the data).");
  REQUIRE(q.size() == 1);
  CHECK(q[0].value == 4);
}

TEST_CASE("approximation words are whole words", "[extractors]") {
  // "takeover" ends in "over" and "handsome" in "some": neither makes the figure approximate.
  auto q = Q("The takeover 40% stake and a handsome 20 million bonus, about 5% more.");
  REQUIRE(q.size() == 3);
  CHECK(q[0].approx == "exact");
  CHECK(q[1].approx == "exact");
  CHECK(q[1].value == 20e6);
  CHECK(q[2].approx == "about");
}

TEST_CASE("mixed numbers, ordinals and shares", "[extractors]") {
  auto q = Q("Output rose forty-two and a half percent in one hundred and three quarters hours.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == 42.5);
  CHECK(q[0].unit == "percent");
  CHECK(q[1].value == 100.75);
  // "a third term" is an ordinal; "by a third", "nearly a tenth", "a fifth of" are shares.
  CHECK(Q("He won a third term and a fourth straight month of gains.").empty());
  q = Q("Costs fell by a third, nearly a tenth of staff left and a fifth of voters agreed.");
  REQUIRE(q.size() == 3);
  CHECK(q[0].value == Approx(1.0 / 3));
  CHECK(q[1].value == Approx(0.1));
  CHECK(q[2].value == Approx(0.2));
  q = Q("Two-sevenths of the land, three and one fourth, twenty and three fifths.");
  REQUIRE(q.size() == 3);
  CHECK(q[0].value == Approx(2.0 / 7));
  CHECK(q[0].unit == "fraction");
  CHECK(q[1].value == 3.25);
  CHECK(q[2].value == Approx(20.6));
  q = Q("One in twenty-one adults, two out of five hundred sets, two thirds of a million people.");
  REQUIRE(q.size() == 3);
  CHECK(q[0].value == Approx(1.0 / 21));
  CHECK(q[1].value == Approx(0.004));
  CHECK(q[2].value == Approx(2e6 / 3));
}

TEST_CASE("money adjectives, minor units and powers of ten", "[extractors]") {
  auto q = Q("It pays a 12-cent-a-share dividend after its one-yen bid and a four-day week.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == 12);
  CHECK(q[0].unit == "cent");
  CHECK(q[1].value == 1);
  CHECK(q[1].unit == "JPY");
  q = Q("It cost thirteen dollars and forty-five cents, then 15 dollars 50.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == Approx(13.45));
  CHECK(q[0].unit == "USD");
  CHECK(q[1].value == Approx(15.5));
  // "and" without "cents" joins two figures, not dollars and cents.
  q = Q("He paid 15 dollars and 20 people came.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == 15);
  q = Q("Doses of 1.3e6 units, 6.23 x 10^-4 grams and 12.32e+14 atoms; not 4e999.");
  REQUIRE(q.size() >= 3);
  CHECK(q[0].value == Approx(1.3e6));
  CHECK(q[1].value == Approx(6.23e-4));
  CHECK(q[2].value == Approx(12.32e14));
  for (const auto& x : q) CHECK(std::isfinite(x.value));
}

TEST_CASE("a text without digits or number words holds no quantity", "[extractors]") {
  static auto ex = QuantityExtractor::Create().value();
  CHECK_FALSE(ex->MayHold("The minister said the talks went well."));
  for (const char* s : {"Sales rose 5%.", "Half of them left.", "Exports doubled.", "a dozen eggs",
                        "one in five", "twenty people", "a tenfold rise", "nought point five"}) {
    CHECK(ex->MayHold(s));
    CHECK_FALSE(Q(s).empty());
  }
}

TEST_CASE("hyphenated scales and units make figures, other hyphens adjectives", "[extractors]") {
  auto q = Q("A $5-billion contract, a 10-million-dollar deal and a 3-percent rise for a 20-year-old.");
  REQUIRE(q.size() == 3);
  CHECK(q[0].value == 5e9);
  CHECK(q[0].unit == "USD");
  CHECK(q[1].value == 10e6);
  CHECK(q[1].unit == "USD");
  CHECK(q[2].value == 3);
  CHECK(q[2].unit == "percent");
  q = Q("It raised a quarter million dollars and half a million euros.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == 250000);
  CHECK(q[0].unit == "USD");
  CHECK(q[1].value == 500000);
  CHECK(q[1].unit == "EUR");
  CHECK(q[1].surface == "half a million euros");
}
