#include <catch2/catch.hpp>

#include "corpus/date.h"

using namespace copydesk::corpus;

namespace {
// 2025-08-28T00:00:00Z
constexpr int64_t kAug28 = 1756339200;

int64_t Seconds(const char* s) {
  auto t = ParseDate(s);
  INFO(s);
  REQUIRE(t.has_value());
  return t->seconds;
}
}  // namespace

TEST_CASE("ISO 8601 dates with and without time and offset are instants", "[corpus][date]") {
  CHECK(Seconds("2025-08-28") == kAug28);
  CHECK_FALSE(ParseDate("2025-08-28")->has_time);
  CHECK(Seconds("2025-08-28T06:00:00Z") == kAug28 + 6 * 3600);
  CHECK(ParseDate("2025-08-28T06:00:00Z")->has_time);
  CHECK(Seconds("2025-08-28T06:00Z") == kAug28 + 6 * 3600);
  CHECK(Seconds("2025-08-28T09:00:00+03:00") == kAug28 + 6 * 3600);
  CHECK(Seconds("2025-08-28T09:00:00+0300") == kAug28 + 6 * 3600);
  CHECK(Seconds("2025-08-28T09:00:00+03") == kAug28 + 6 * 3600);
  CHECK(Seconds("2025-08-28T01:30:00-04:30") == kAug28 + 6 * 3600);
  CHECK(Seconds("2025-08-28T06:00:00.123Z") == kAug28 + 6 * 3600);
  CHECK(Seconds("2025-08-28 06:00:00") == kAug28 + 6 * 3600);  // no zone: UTC
  CHECK(Seconds("2025/08/28") == kAug28);
  CHECK(Seconds("  \"2025-08-28T06:00:00Z\" ") == kAug28 + 6 * 3600);  // as pulled from JSON-LD
  // Across a day and a year boundary.
  CHECK(Seconds("2025-01-01T01:00:00+02:00") == Seconds("2024-12-31T23:00:00Z"));
  CHECK(Seconds("2024-02-29") == Seconds("2024-03-01") - 86400);
}

TEST_CASE("a date sorts by time, not by how it is written", "[corpus][date]") {
  // The string "2025-08-28" sorts before "2025-08-28T06:00:00Z"; as days they are the same day,
  // and a page dated the evening before in New York is earlier than both.
  CHECK(Seconds("2025-08-27T20:00:00-04:00") == kAug28);
  CHECK(Seconds("Wed, 27 Aug 2025 23:00:00 GMT") < Seconds("2025-08-28"));
  CHECK(Seconds("Aug 28, 2025") == Seconds("2025-08-28"));
}

TEST_CASE("RFC 2822 dates are read with their zone", "[corpus][date]") {
  CHECK(Seconds("Thu, 28 Aug 2025 06:00:00 +0000") == kAug28 + 6 * 3600);
  CHECK(Seconds("Thu, 28 Aug 2025 09:00:00 +0300") == kAug28 + 6 * 3600);
  CHECK(Seconds("Thu, 28 Aug 2025 06:00:00 GMT") == kAug28 + 6 * 3600);
  CHECK(Seconds("28 Aug 2025 02:00:00 EDT") == kAug28 + 6 * 3600);
  CHECK(Seconds("Thu, 28 Aug 2025 06:00 UT") == kAug28 + 6 * 3600);
  // JavaScript's Date.toString(), as some pages print it in their meta tags.
  CHECK(Seconds("Thu Aug 28 2025 09:00:00 GMT+0300 (Moscow Standard Time)") == kAug28 + 6 * 3600);
}

TEST_CASE("the forms news pages print are read", "[corpus][date]") {
  CHECK(Seconds("Aug 28, 2025") == kAug28);
  CHECK(Seconds("Aug. 28, 2025") == kAug28);
  CHECK(Seconds("August 28, 2025") == kAug28);
  CHECK(Seconds("Sept. 3, 2025") == Seconds("2025-09-03"));
  CHECK(Seconds("28 August 2025") == kAug28);
  CHECK(Seconds("28th August 2025") == kAug28);
  CHECK(Seconds("Thursday, August 28, 2025") == kAug28);
  CHECK(Seconds("August 28, 2025 2:00 AM EDT") == kAug28 + 6 * 3600);
  CHECK(Seconds("Aug 28, 2025 6:05 PM") == kAug28 + 18 * 3600 + 300);
  CHECK(Seconds("Aug 28, 2025 12:00 AM") == kAug28);
  CHECK(Seconds("28 August 2025 06:00 UTC") == kAug28 + 6 * 3600);
  CHECK(Seconds("Published: Aug 28, 2025") == kAug28);
  CHECK(Seconds("Updated: 28 Aug 2025 at 06:00 GMT") == kAug28 + 6 * 3600);
  CHECK_FALSE(ParseDate("Aug 28, 2025")->has_time);
  CHECK(ParseDate("Aug 28, 2025 6:05 PM")->has_time);
}

TEST_CASE("Unix seconds and milliseconds are read", "[corpus][date]") {
  CHECK(Seconds("1756360800") == kAug28 + 6 * 3600);
  CHECK(Seconds("1756360800000") == kAug28 + 6 * 3600);
}

TEST_CASE("what is not a date is refused, not guessed", "[corpus][date]") {
  for (const char* s : {"", "yesterday", "2 hours ago", "08/28/2025", "28/08/2025", "08.28.2025", "31.02.2025",
                        "28.08.2025 25:00", "28.08.2025 14:45 nachts", "28.08.2025 gestern", "2025-13-01",
                        "2025-02-30", "2025-08-28T25:00:00Z", "2025-08-28T06:00:00+99:00", "Aug 2025",
                        "Aug 32, 2025", "Foo 28, 2025", "August 28", "2025-08-28Tnoon",
                        "13:00 PM Aug 28, 2025", "Aug 28, 2025 +0300 +0100"}) {
    INFO(s);
    CHECK_FALSE(ParseDate(s).has_value());
  }
}

TEST_CASE("a wire dateline's day is read", "[corpus][date]") {
  auto d = ParseDatelineDay("MOSCOW, Aug 28");
  REQUIRE(d);
  CHECK(d->year == 0);
  CHECK(d->month == 8);
  CHECK(d->day == 28);
  d = ParseDatelineDay("WASHINGTON, Sept. 3, 2025");
  REQUIRE(d);
  CHECK(d->year == 2025);
  CHECK(d->month == 9);
  CHECK(d->day == 3);
  CHECK(ParseDatelineDay("NEW YORK, March 3")->month == 3);
  CHECK_FALSE(ParseDatelineDay("MOSCOW").has_value());
  CHECK_FALSE(ParseDatelineDay("MOSCOW, Reuters").has_value());
  CHECK_FALSE(ParseDatelineDay("PARIS, Feb 31").has_value());
}

TEST_CASE("instants are written as ISO 8601 UTC", "[corpus][date]") {
  CHECK(FormatInstant(*ParseDate("Thu, 28 Aug 2025 09:00:00 +0300")) == "2025-08-28T06:00:00Z");
  CHECK(FormatInstant(*ParseDate("28 August 2025")) == "2025-08-28");
  CHECK(FormatInstant(*ParseDate("1969-12-31T23:59:59Z")) == "1969-12-31T23:59:59Z");
  CHECK(MonthFromName("dec") == 12);
  CHECK(MonthFromName("Sept.") == 9);
  CHECK(MonthFromName("Mayo") == 0);
}

TEST_CASE("any text is either a valid date or refused", "[corpus][date]") {
  // Pieces of dates glued at random: parsing never reads outside the text, and every instant
  // it returns formats back to a date that parses to the same instant.
  const char* pieces[] = {"2025", "-", "08", "28", "T", ":", "00", "Z", "+", "03", " ", ",", "Aug", "August",
                          "Thu", "PM", "GMT", "EDT", "1", "9", ".", "/", "th", "(", "UTC+", "Published:"};
  unsigned x = 12345;
  size_t parsed = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    int n = 1 + static_cast<int>((x >> 16) % 9);
    for (int k = 0; k < n; ++k) {
      x = x * 1103515245u + 12345u;
      s += pieces[(x >> 16) % (sizeof pieces / sizeof *pieces)];
    }
    auto t = ParseDate(s);
    if (!t) continue;
    ++parsed;
    INFO(s);
    auto back = ParseDate(FormatInstant(*t));
    REQUIRE(back);
    CHECK(back->seconds == t->seconds);
  }
  CHECK(parsed > 0);
}

TEST_CASE("day-first dates with dots, one-digit ISO months and days, and ISO's basic form are read", "[corpus][date]") {
  CHECK(FormatInstant(*ParseDate("28.08.2025")) == "2025-08-28");
  CHECK(FormatInstant(*ParseDate("8.2.2025")) == "2025-02-08");
  CHECK(FormatInstant(*ParseDate("19.03.2019 11:45")) == "2019-03-19T11:45:00Z");
  CHECK(FormatInstant(*ParseDate("10.12.2022, 07:00:03")) == "2022-12-10T07:00:03Z");
  CHECK(FormatInstant(*ParseDate("Di., 25.01.2022 - 14:45")) == "2022-01-25T14:45:00Z");
  CHECK(FormatInstant(*ParseDate("25.01.2022 um 14:45 Uhr")) == "2022-01-25T14:45:00Z");
  CHECK(FormatInstant(*ParseDate("25.01.2022 14:45 +0100")) == "2022-01-25T13:45:00Z");
  CHECK(FormatInstant(*ParseDate("2022-1-26T14:32:06+02:00")) == "2022-01-26T12:32:06Z");
  CHECK(FormatInstant(*ParseDate("2023-1-5")) == "2023-01-05");
  CHECK(FormatInstant(*ParseDate("20210504T132005+0200")) == "2021-05-04T11:20:05Z");
  CHECK(FormatInstant(*ParseDate("Sept. 3, 2025")) == "2025-09-03");  // a dot after a month name
}

TEST_CASE("the date inside a line of publication metadata is found", "[corpus][date]") {
  CHECK(FindDateIn("Ver\xC3\xB6" "ffentlicht am 19.03.2019 um 11:45 Uhr").value_or("") == "19.03.2019 um 11:45");
  CHECK(FindDateIn("Hamburg, 2. November 2021").value_or("") == "2. November 2021");
  CHECK(FindDateIn("Von: Ann Poe | 31.10.2023").value_or("") == "31.10.2023");
  CHECK(FindDateIn("04.02.2022 | 13:10 Uhr | Ann Poe").value_or("") == "04.02.2022 | 13:10");
  CHECK(FindDateIn("Aktualisiert am 17.01.2021.").value_or("") == "17.01.2021");
  CHECK(FindDateIn("By Ann Poe on Thursday, May 30, 2019").value_or("") == "May 30, 2019");
  CHECK_FALSE(FindDateIn("Ann Poe | 31.10.23").has_value());          // no year
  CHECK_FALSE(FindDateIn("Reference 1756360800 issued").has_value());  // digits alone are no date here
}
