#include "corpus/date.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

namespace copydesk::corpus {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool EqualsLower(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (Lower(a[i]) != lower[i]) return false;
  return true;
}

int DaysInMonth(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

bool ValidDay(int y, int m, int d) {
  return y >= 1900 && y <= 2399 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m);
}

// Reads exactly `n` digits at `*pos`.
bool Digits(std::string_view s, size_t* pos, size_t n, int* out) {
  if (*pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = 0; i < n; ++i) {
    char c = s[*pos + i];
    if (!IsDigit(c)) return false;
    v = v * 10 + (c - '0');
  }
  *pos += n;
  *out = v;
  return true;
}

// Reads one or two digits at `*pos` ("5", "05").
bool OneOrTwoDigits(std::string_view s, size_t* pos, int* out) {
  return Digits(s, pos, *pos + 1 < s.size() && IsDigit(s[*pos + 1]) ? 2 : 1, out);
}

// Reads a numeric offset "+03:00", "+0300", "+03", "-05:30" into seconds east of UTC.
bool NumericOffset(std::string_view s, size_t* pos, int* seconds) {
  if (*pos >= s.size() || (s[*pos] != '+' && s[*pos] != '-')) return false;
  const int sign = s[*pos] == '-' ? -1 : 1;
  size_t p = *pos + 1;
  int h = 0, m = 0;
  if (!Digits(s, &p, 2, &h)) return false;
  if (p < s.size() && s[p] == ':') ++p;
  if (p < s.size() && IsDigit(s[p]) && !Digits(s, &p, 2, &m)) return false;
  if (h > 14 || m > 59) return false;
  *pos = p;
  *seconds = sign * (h * 3600 + m * 60);
  return true;
}

// Zone names seen in RFC 2822 and US news pages, with their offsets in hours.
bool NamedZone(std::string_view w, int* seconds) {
  static constexpr struct {
    const char* name;
    int hours;
  } kZones[] = {{"z", 0},    {"utc", 0},  {"gmt", 0},  {"ut", 0},   {"est", -5}, {"edt", -4},
                {"cst", -6}, {"cdt", -5}, {"mst", -7}, {"mdt", -6}, {"pst", -8}, {"pdt", -7},
                {"bst", 1},  {"cet", 1},  {"cest", 2}, {"msk", 3},  {"jst", 9},  {"kst", 9}};
  for (const auto& z : kZones) {
    if (EqualsLower(w, z.name)) {
      *seconds = z.hours * 3600;
      return true;
    }
  }
  return false;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.front())) || s.front() == '"')) s.remove_prefix(1);
  while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.back())) || s.back() == '"')) s.remove_suffix(1);
  return s;
}

Instant Make(int y, int mo, int d, int h, int mi, int sec, int offset, bool has_time) {
  Instant t;
  t.seconds = DaysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offset;
  t.has_time = has_time;
  return t;
}

// ISO 8601 / RFC 3339: YYYY-MM-DD[(T| )hh:mm[:ss[.fff]]][Z|±hh[:mm]|±hhmm| UTC]; a month or day
// of one digit ("2022-1-26", as some CMSs print it) reads too.
std::optional<Instant> ParseIso(std::string_view s) {
  size_t p = 0;
  int y = 0, mo = 0, d = 0;
  if (!Digits(s, &p, 4, &y) || p >= s.size() || (s[p] != '-' && s[p] != '/')) return std::nullopt;
  const char sep = s[p++];
  if (!OneOrTwoDigits(s, &p, &mo) || p >= s.size() || s[p] != sep) return std::nullopt;
  ++p;
  if (!OneOrTwoDigits(s, &p, &d) || !ValidDay(y, mo, d)) return std::nullopt;
  if (p == s.size()) return Make(y, mo, d, 0, 0, 0, 0, false);
  if (s[p] != 'T' && s[p] != 't' && s[p] != ' ') return std::nullopt;
  ++p;
  int h = 0, mi = 0, sec = 0, offset = 0;
  if (!Digits(s, &p, 2, &h) || p >= s.size() || s[p] != ':') return std::nullopt;
  ++p;
  if (!Digits(s, &p, 2, &mi)) return std::nullopt;
  if (p < s.size() && s[p] == ':') {
    ++p;
    if (!Digits(s, &p, 2, &sec)) return std::nullopt;
    if (p < s.size() && (s[p] == '.' || s[p] == ',')) {
      ++p;
      size_t f = p;
      while (p < s.size() && IsDigit(s[p])) ++p;
      if (p == f) return std::nullopt;
    }
  }
  if (h > 23 || mi > 59 || sec > 60) return std::nullopt;
  if (sec == 60) sec = 59;  // a leap second reads as the second before
  while (p < s.size() && s[p] == ' ') ++p;
  if (p < s.size()) {
    if (s[p] == 'Z' || s[p] == 'z') {
      ++p;
    } else if (!NumericOffset(s, &p, &offset) && !NamedZone(s.substr(p), &offset)) {
      return std::nullopt;
    } else if (NamedZone(s.substr(p), &offset)) {
      p = s.size();
    }
  }
  if (p != s.size()) return std::nullopt;
  return Make(y, mo, d, h, mi, sec, offset, true);
}

// A day-first date with dots, as every language that writes dates with dots orders them
// ("28.08.2025", "Di., 25.01.2022 - 14:45", "10.12.2022, 07:00:03", "19.03.2019 11:45 Uhr"): an
// optional week day's name, D.M.YYYY, an optional time of day and zone. (Month-first dates are
// written with slashes; those, "08/28/2025" or "28/08/2025", stay unread.)
std::optional<Instant> ParseDotted(std::string_view s) {
  size_t p = 0;
  if (!s.empty() && !IsDigit(s[0])) {  // a week day's name or a label: letters, then "." "," ":"
    while (p < s.size() && (std::isalpha(static_cast<unsigned char>(s[p])) || static_cast<unsigned char>(s[p]) >= 0x80)) ++p;
    if (p == 0 || p > 12) return std::nullopt;
    while (p < s.size() && (s[p] == '.' || s[p] == ',' || s[p] == ':')) ++p;
    if (p >= s.size() || s[p] != ' ') return std::nullopt;
    while (p < s.size() && s[p] == ' ') ++p;
  }
  int y = 0, mo = 0, d = 0;
  if (!OneOrTwoDigits(s, &p, &d) || p >= s.size() || s[p] != '.') return std::nullopt;
  ++p;
  if (!OneOrTwoDigits(s, &p, &mo) || p >= s.size() || s[p] != '.') return std::nullopt;
  ++p;
  if (!Digits(s, &p, 4, &y) || !ValidDay(y, mo, d)) return std::nullopt;
  while (p < s.size() && (s[p] == ' ' || s[p] == ',' || s[p] == '-' || s[p] == '|')) ++p;
  if (p + 3 <= s.size() && EqualsLower(s.substr(p, 3), "um ")) p += 3;
  if (p == s.size()) return Make(y, mo, d, 0, 0, 0, 0, false);
  int h = 0, mi = 0, sec = 0, offset = 0;
  if (!OneOrTwoDigits(s, &p, &h) || p >= s.size() || (s[p] != ':' && s[p] != '.')) return std::nullopt;
  ++p;
  if (!Digits(s, &p, 2, &mi)) return std::nullopt;
  if (p < s.size() && s[p] == ':') {
    ++p;
    if (!Digits(s, &p, 2, &sec)) return std::nullopt;
  }
  if (h > 23 || mi > 59 || sec > 59) return std::nullopt;
  while (p < s.size() && s[p] == ' ') ++p;
  if (p + 3 <= s.size() && EqualsLower(s.substr(p, 3), "uhr")) p += 3;
  while (p < s.size() && s[p] == ' ') ++p;
  if (p < s.size() && !NumericOffset(s, &p, &offset)) {
    if (!NamedZone(s.substr(p), &offset)) return std::nullopt;
    p = s.size();
  }
  if (p != s.size()) return std::nullopt;
  return Make(y, mo, d, h, mi, sec, offset, true);
}

// Words and numbers of a free-form date: RFC 2822 and the forms news pages print.
std::optional<Instant> ParseWords(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '\t')) ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != ',' && s[i] != '\t') ++i;
    if (i > b) words.push_back(s.substr(b, i - b));
  }
  int y = 0, mo = 0, d = 0, h = -1, mi = 0, sec = 0, offset = 0;
  bool zone = false, pm = false, am = false;
  for (size_t k = 0; k < words.size(); ++k) {
    std::string_view w = words[k];
    if (k == 0 && w.size() > 1 && w.back() == ':') continue;  // "Published:", "Updated:"
    if (EqualsLower(w, "at") || w == "-" || w == "|" || w == "\xE2\x80\x93") continue;
    if (IsDigit(w.front())) {
      if (w.find(':') != std::string_view::npos) {  // hh:mm[:ss]
        size_t p = 0;
        int hh = 0;
        if (!Digits(w, &p, w.size() >= 2 && IsDigit(w[1]) ? 2 : 1, &hh) || p >= w.size() || w[p] != ':')
          return std::nullopt;
        ++p;
        if (!Digits(w, &p, 2, &mi)) return std::nullopt;
        if (p < w.size() && w[p] == ':') {
          ++p;
          if (!Digits(w, &p, 2, &sec)) return std::nullopt;
        }
        std::string_view rest = w.substr(p);
        if (EqualsLower(rest, "am")) am = true;
        else if (EqualsLower(rest, "pm")) pm = true;
        else if (!rest.empty()) return std::nullopt;
        if (h >= 0) return std::nullopt;
        h = hh;
        continue;
      }
      std::string_view num = w;
      if (num.size() > 2 && (EqualsLower(num.substr(num.size() - 2), "st") ||
                             EqualsLower(num.substr(num.size() - 2), "nd") ||
                             EqualsLower(num.substr(num.size() - 2), "rd") ||
                             EqualsLower(num.substr(num.size() - 2), "th")))
        num.remove_suffix(2);
      if (!num.empty() && num.back() == '.') num.remove_suffix(1);
      if (num.empty() || num.size() > 4) return std::nullopt;  // no day or year is longer
      int v = 0;
      for (char c : num) {
        if (!IsDigit(c)) return std::nullopt;
        v = v * 10 + (c - '0');
      }
      if (num.size() == 4 && y == 0) y = v;
      else if (num.size() <= 2 && d == 0) d = v;
      else return std::nullopt;
      continue;
    }
    if (w.front() == '(') break;  // JavaScript's "(Coordinated Universal Time)" comment
    if (w.size() > 4 && (EqualsLower(w.substr(0, 3), "gmt") || EqualsLower(w.substr(0, 3), "utc")) &&
        (w[3] == '+' || w[3] == '-')) {
      w.remove_prefix(3);  // "GMT+0000", as JavaScript's Date prints it
    }
    if (w.front() == '+' || w.front() == '-') {
      size_t p = 0;
      if (zone || !NumericOffset(w, &p, &offset) || p != w.size()) return std::nullopt;
      zone = true;
      continue;
    }
    if (EqualsLower(w, "am") || EqualsLower(w, "a.m.")) { am = true; continue; }
    if (EqualsLower(w, "pm") || EqualsLower(w, "p.m.")) { pm = true; continue; }
    if (int m = MonthFromName(w); m != 0) {
      if (mo != 0) return std::nullopt;
      mo = m;
      continue;
    }
    if (int z = 0; NamedZone(w, &z)) {
      if (zone) return std::nullopt;
      offset = z;
      zone = true;
      continue;
    }
    // Week days, in full or abbreviated, are redundant.
    static constexpr const char* kDays[] = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs",
                                            "fri", "sat", "sun", "monday", "tuesday", "wednesday",
                                            "thursday", "friday", "saturday", "sunday"};
    std::string_view bare = w.back() == '.' ? w.substr(0, w.size() - 1) : w;
    bool day_name = false;
    for (const char* n : kDays) day_name = day_name || EqualsLower(bare, n);
    if (day_name) continue;
    return std::nullopt;
  }
  if (!ValidDay(y, mo, d)) return std::nullopt;
  if (h < 0) return (am || pm || zone) ? std::nullopt : std::optional(Make(y, mo, d, 0, 0, 0, 0, false));
  if (am || pm) {
    if (h < 1 || h > 12) return std::nullopt;
    if (pm && h != 12) h += 12;
    if (am && h == 12) h = 0;
  }
  if (h > 23 || mi > 59 || sec > 59) return std::nullopt;
  return Make(y, mo, d, h, mi, sec, offset, true);
}

}  // namespace

int64_t DaysFromCivil(int year, int month, int day) {
  // Howard Hinnant's days_from_civil.
  const int64_t y = static_cast<int64_t>(year) - (month <= 2);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int MonthFromName(std::string_view name) {
  if (!name.empty() && name.back() == '.') name.remove_suffix(1);
  static constexpr const char* kFull[] = {"january", "february", "march",     "april",   "may",      "june",
                                          "july",    "august",   "september", "october", "november", "december"};
  for (int m = 0; m < 12; ++m) {
    std::string_view full = kFull[m];
    if (EqualsLower(name, full)) return m + 1;
    if (name.size() == 3 && EqualsLower(name, full.substr(0, 3))) return m + 1;
  }
  if (EqualsLower(name, "sept")) return 9;
  return 0;
}

std::optional<Instant> ParseDate(std::string_view text) {
  std::string_view s = Trim(text);
  if (s.empty() || s.size() > 80) return std::nullopt;
  bool all_digits = true;
  for (char c : s) all_digits = all_digits && IsDigit(c);
  if (all_digits && (s.size() == 10 || s.size() == 13)) {
    int64_t v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    Instant t;
    t.seconds = s.size() == 13 ? v / 1000 : v;
    t.has_time = true;
    return t;
  }
  if (s.size() >= 8 && IsDigit(s[0]) && IsDigit(s[3]) && (s[4] == '-' || s[4] == '/')) return ParseIso(s);
  // ISO 8601's basic form, "20210504T132005+0200": read as the extended one.
  if (s.size() >= 15 && s.size() <= 40 && s[8] == 'T' && std::all_of(s.begin(), s.begin() + 8, IsDigit) &&
      std::all_of(s.begin() + 9, s.begin() + 15, IsDigit)) {
    std::string extended = std::string(s.substr(0, 4)) + "-" + std::string(s.substr(4, 2)) + "-" +
                           std::string(s.substr(6, 2)) + "T" + std::string(s.substr(9, 2)) + ":" +
                           std::string(s.substr(11, 2)) + ":" + std::string(s.substr(13, 2)) + std::string(s.substr(15));
    return ParseIso(extended);
  }
  if (s.find('.') != std::string_view::npos)
    if (auto t = ParseDotted(s)) return t;
  return ParseWords(s);
}

namespace {
// Returns `run` without the words at its ends that the date it reads as, `t`, does not need: a
// label or a place before it ("Datum", "Bonn,"), a bar after it.
std::string_view Tighten(std::string_view run, const Instant& t) {
  auto same = [&](std::string_view r) {
    const auto u = ParseDate(r);
    return u && u->seconds == t.seconds && u->has_time == t.has_time;
  };
  for (size_t sp; (sp = run.find(' ')) != std::string_view::npos && same(run.substr(sp + 1));) {
    run.remove_prefix(sp + 1);
    while (!run.empty() && run.front() == ' ') run.remove_prefix(1);
  }
  for (size_t sp; (sp = run.rfind(' ')) != std::string_view::npos && same(run.substr(0, sp));) {
    run.remove_suffix(run.size() - sp);
    while (!run.empty() && run.back() == ' ') run.remove_suffix(1);
  }
  return run;
}
}  // namespace

std::optional<std::string_view> FindDateIn(std::string_view line) {
  std::vector<std::pair<size_t, size_t>> words;  // [begin, end) of each word
  for (size_t i = 0; i < line.size() && words.size() < 40;) {
    while (i < line.size() && line[i] == ' ') ++i;
    const size_t b = i;
    while (i < line.size() && line[i] != ' ') ++i;
    if (i > b) words.emplace_back(b, i);
  }
  for (size_t i = 0; i < words.size(); ++i) {
    for (size_t n = std::min<size_t>(6, words.size() - i); n >= 1; --n) {
      std::string_view run = line.substr(words[i].first, words[i + n - 1].second - words[i].first);
      if (std::all_of(run.begin(), run.end(), IsDigit)) continue;
      // A date that ends the line's sentence ("Aktualisiert am 17.01.2021.") or a label's colon.
      for (int tries = 0; tries < 2 && !run.empty(); ++tries) {
        if (const auto t = ParseDate(run)) return Tighten(run, *t);
        if (run.back() != '.' && run.back() != ',' && run.back() != ':' && run.back() != ';') break;
        run.remove_suffix(1);
      }
    }
  }
  return std::nullopt;
}

std::optional<CalendarDay> ParseDatelineDay(std::string_view dateline) {
  // The place comes first, then ", Mon DD" and maybe ", YYYY".
  size_t comma = dateline.find(", ");
  if (comma == std::string_view::npos) return std::nullopt;
  std::string_view rest = dateline.substr(comma + 2);
  size_t sp = rest.find(' ');
  if (sp == std::string_view::npos) return std::nullopt;
  CalendarDay d;
  d.month = MonthFromName(rest.substr(0, sp));
  if (d.month == 0) return std::nullopt;
  rest.remove_prefix(sp + 1);
  size_t p = 0;
  while (p < rest.size() && IsDigit(rest[p]) && p < 2) d.day = d.day * 10 + (rest[p++] - '0');
  if (d.day < 1 || d.day > DaysInMonth(2000, d.month)) return std::nullopt;
  rest.remove_prefix(p);
  if (rest.starts_with(", ") && rest.size() >= 6) {
    size_t q = 2;
    if (!Digits(rest, &q, 4, &d.year)) d.year = 0;
  }
  return d;
}

std::string FormatInstant(const Instant& t) {
  int64_t days = t.seconds >= 0 ? t.seconds / 86400 : (t.seconds - 86399) / 86400;
  int64_t secs = t.seconds - days * 86400;
  // Howard Hinnant's civil_from_days.
  const int64_t z = days + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = yoe + era * 400 + (m <= 2);
  char buf[96];
  if (t.has_time)
    std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ", static_cast<long long>(y),
                  static_cast<long long>(m), static_cast<long long>(d), static_cast<long long>(secs / 3600),
                  static_cast<long long>(secs / 60 % 60), static_cast<long long>(secs % 60));
  else
    std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", static_cast<long long>(y), static_cast<long long>(m),
                  static_cast<long long>(d));
  return buf;
}

}  // namespace copydesk::corpus
