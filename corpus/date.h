// Date: reads the dates news carries into instants, so that articles are ordered by time and
// not by how their dates are spelled ("2025-08-28" and "Aug 28, 2025" are the same day).
//
//   std::optional<corpus::Instant> t = corpus::ParseDate("Thu, 28 Aug 2025 06:00:00 +0300");
//   // t->seconds == 1756350000 (03:00 UTC), t->has_time == true
//   corpus::ParseDate("28 August 2025")->has_time == false;   // a calendar day, 00:00 UTC
//   corpus::ParseDatelineDay("MOSCOW, Aug 28")->day == 28;     // month 8, year 0 (not given)
//
// Forms read: ISO 8601 / RFC 3339 (2025-08-28, 2025-08-28T06:00, ...:00Z, ...:00.123+03:00,
// +0300, a space for the T, 2025/08/28), RFC 2822 (Thu, 28 Aug 2025 06:00:00 GMT, +0000 or a
// US zone name), "Aug 28, 2025", "August 28, 2025 6:05 PM EDT", "28 August 2025", "28th Aug
// 2025 14:00 UTC", JavaScript's "Thu Aug 28 2025 06:00:00 GMT+0000 (...)", Unix seconds (10
// digits) or milliseconds (13 digits). HTML meta and JSON-LD dates are ISO 8601. A leading
// "Published:" / "Updated:" label is skipped. Day-first or month-first all-numeric dates
// with slashes (08/28/2025, 28/08/2025) are ambiguous and not read; with dots they are day-first
// ("28.08.2025", "Di., 25.01.2022 - 14:45", "19.03.2019 11:45 Uhr"), as every language that
// writes dates with dots orders them; "2022-1-26" and "20210504T132005+0200" read as ISO 8601.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace copydesk::corpus {

struct Instant {
  int64_t seconds = 0;    // since 1970-01-01T00:00:00Z
  bool has_time = false;  // false: a calendar day, `seconds` at its 00:00 UTC
};

struct CalendarDay {
  int year = 0;  // 0 when the text names none
  int month = 0;
  int day = 0;
};

// Returns the instant `text` names, or nullopt when it is not a date in a form listed above.
std::optional<Instant> ParseDate(std::string_view text);

// Returns the part of a line of publication metadata that ParseDate reads, the first one
// ("Veröffentlicht am 19.03.2019 um 11:45 Uhr" -> "19.03.2019 um 11:45 Uhr", "Hamburg, 2. November
// 2021" -> "2. November 2021"; "Von: NAME | 31.10.2023" -> "31.10.2023"), or nullopt. Runs of up to
// six words are tried, the earliest first and the longest first; a run of digits alone (Unix time)
// is not taken.
std::optional<std::string_view> FindDateIn(std::string_view line);

// Returns the day a wire dateline names ("MOSCOW, Aug 28", "PARIS, March 3, 2025"), or nullopt.
std::optional<CalendarDay> ParseDatelineDay(std::string_view dateline);

// Returns the days from 1970-01-01 to the given civil date (proleptic Gregorian).
int64_t DaysFromCivil(int year, int month, int day);

// Returns the month (1-12) an English month name or abbreviation names ("Aug", "Sept.",
// "august"), or 0.
int MonthFromName(std::string_view name);

// Returns `t` as ISO 8601 UTC: "2025-08-28T03:00:00Z", or "2025-08-28" for a calendar day.
std::string FormatInstant(const Instant& t);

}  // namespace copydesk::corpus
