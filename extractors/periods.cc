#include "extractors/periods.h"

#include "normalizers/text_shape.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

#include "corpus/ascii.h"
#include "extractors/chunk.h"
#include "extractors/clause_words.h"
#include "extractors/tables.h"

namespace copydesk::extractors {

using namespace clause;   // NOLINT: the clause's word helpers, throughout
using namespace periods;  // NOLINT: this file's shared helpers, used by its own too
using ascii::IsWordByte;
using ascii::Lower;

namespace {

const char* kMonthNames[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
const char* kMonthFullNames[] = {"january", "february", "march",     "april",   "may",      "june",
                                 "july",    "august",   "september", "october", "november", "december"};

int MonthOf(std::string_view w) {
  if (w.size() < 3) return 0;
  for (int i = 0; i < 12; ++i) if (ascii::EqualsLower(w.substr(0, 3), kMonthNames[i])) return i + 1;
  return 0;
}

std::string Ym(int y, int m) {
  if (y <= 0 || m <= 0) return "";
  if (y > 9999 || m > 12) return "";
  std::string out = "0000-00";
  for (int i = 3; i >= 0; --i, y /= 10) out[static_cast<size_t>(i)] = static_cast<char>('0' + y % 10);
  out[5] = static_cast<char>('0' + m / 10);
  out[6] = static_cast<char>('0' + m % 10);
  return out;
}

bool LeapYear(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Days in the years 1 .. y-1 of the Gregorian calendar (y >= 1).
int64_t DaysBeforeYear(int64_t y) {
  const int64_t n = y - 1;
  return 365 * n + n / 4 - n / 100 + n / 400;
}

// Days in the months before month m (1-12) of a year.
int DaysBeforeMonth(int m, bool leap) {
  static const int kBefore[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  return kBefore[m - 1] + (leap && m > 2);
}

// Days from 1970-01-01 to a date (years 1-9999, months 1-12; the day may run past the month's).
int64_t DaysFromCivil(int y, int m, int d) {
  return DaysBeforeYear(y) + DaysBeforeMonth(m, LeapYear(y)) + (d - 1) - DaysBeforeYear(1970);
}

// "YYYY-MM-DD" of a day count from DaysFromCivil ("" outside years 1-9999).
std::string Ymd(int64_t days) {
  const int64_t from_year_one = days + DaysBeforeYear(1970);
  if (from_year_one < 0) return "";
  // The year: an estimate from the mean year's length, then stepped to the one holding the day.
  int64_t y = from_year_one * 400 / 146097 + 1;
  while (y > 1 && DaysBeforeYear(y) > from_year_one) --y;
  while (DaysBeforeYear(y + 1) <= from_year_one) ++y;
  if (y > 9999) return "";
  const int doy = static_cast<int>(from_year_one - DaysBeforeYear(y));
  const bool leap = LeapYear(y);
  int m = 12;
  while (m > 1 && DaysBeforeMonth(m, leap) > doy) --m;
  const int d = doy - DaysBeforeMonth(m, leap) + 1;
  std::string out = Ym(static_cast<int>(y), m);
  if (out.empty()) return out;
  out += '-';
  out += static_cast<char>('0' + d / 10);
  out += static_cast<char>('0' + d % 10);
  return out;
}

// The weekday of a day count: 0 Monday ... 6 Sunday (1970-01-01 was a Thursday).
int WeekdayOf(int64_t days) { return static_cast<int>(((days % 7) + 7 + 3) % 7); }

// Whether the clause of `s` around `at` (a month's place) looks ahead: words of looking ahead in
// it, and no past between them and the month ("Analysts expect the bank to cut rates in June";
// not "The bank, which is expected to cut rates this week, said inflation rose to 3% in
// November", "will struggle to repeat the growth it posted in September").
bool LooksAhead(std::string_view s, size_t at) {
  if (at > s.size()) return false;
  size_t begin = 0, end = s.size();
  static constexpr std::string_view kBounds[] = {", ", "; ", " after ", " as ", " when ", " because ", " while ", " but ",
                                                 " and ", " which ", " who "};
  auto begin_before = [&](size_t pos) {
    size_t from = 0;
    for (std::string_view b : kBounds)
      if (const size_t k = s.rfind(b, pos); k != std::string_view::npos && k + b.size() <= pos) from = std::max(from, k + b.size());
    return from;
  };
  begin = begin_before(at);
  for (std::string_view b : kBounds)
    if (const size_t k = s.find(b, at); k != std::string_view::npos) end = std::min(end, k);
  // (A clause that goes on with the one before, an infinitive after "and" or a participle of a move
  // after a comma, looks ahead with it: "expect output to grow 0.8% in December and to fall 2.3% in
  // January", "expect inflation of 2.9% in July, rising to 3.1% in September".)
  for (int n = 0; n < 3 && begin > 2; ++n) {
    const std::string_view rest = s.substr(begin);
    const std::string_view first = rest.substr(0, rest.find(' '));
    const bool goes_on = (rest.starts_with("to ") && s.substr(0, begin).ends_with(" and ")) ||
                         (s.substr(0, begin).ends_with(", ") && first.size() > 5 && first.ends_with("ing") &&
                          chunk::MoveWords().Find(first) != nullptr);
    if (!goes_on) break;
    begin = begin_before(begin - 2);
  }
  const std::string_view clause = s.substr(begin, end - begin);
  // (The clause's edges as spaces: its words of looking ahead are found with the ones around them.)
  const size_t clause_begin = begin > 0 ? begin - 1 : begin, mark0 = AheadFrom(s.substr(clause_begin, end + 1 - clause_begin));
  if (mark0 == std::string_view::npos) return false;
  const size_t mark = mark0 + clause_begin + 1 - begin;  // (the marker word's place in the clause)
  const size_t month = at - begin;
  if (mark < month) {
    bool past = false;
    std::string_view before;
    // (`mark` is the marker word's place in the clause: the padding's space comes before it.)
    for (std::string_view w : WordsOf(clause.substr(std::min(mark, clause.size()), month - std::min(mark, month)))) {
      // (Not an infinitive, "to cut", nor a past as often a noun or a base form, "cut", "set".)
      if (before != "to" && !NounLikePast(w))
        past = past || (w.size() > 4 && w.ends_with("ed") && w != "expected" && w != "projected" && w != "forecasted" &&
                        w != "scheduled" && !w.ends_with("eed")) ||
               (chunk::IrregularPast(w) && w != "forecast" && w != "seen");
      before = w;
    }
    if (past) return false;
  }
  return true;
}

// Whether the period at `at` is the base of a forecast, the last figure known: after "from" and a
// figure ("expects unemployment to rise to 4.5% by the end of the year from 4.3% in June", "down from
// 19.2% in the third quarter"), with no month, quarter nor half named before it, which a forecast's
// path would go from ("to ease to 2.5% in June from 3% in May" goes on from a May still ahead).
bool PastBase(std::string_view s, size_t at) {
  if (at > s.size()) return false;
  size_t from = std::string_view::npos;
  bool figure = false;
  size_t cur = at;
  for (int n = 0; n < 7; ++n) {
    const auto [b, e] = WordBefore(s, cur);
    if (e <= b) return false;
    const std::string_view w = s.substr(b, e - b);
    if (w.back() == ',' || w.back() == ';') return false;
    if (std::any_of(w.begin(), w.end(), [](char c) { return ascii::IsDigit(c); })) figure = true;
    else if (figure && (w == "from" || w == "versus" || w == "against")) {
      from = b;
      break;
    }
    cur = b;
  }
  if (from == std::string_view::npos) return false;
  // (The base of a move whose target has its own time or is set off: "to 4.5% by the end of the year
  // from 4.3% in June", "17.5%, down from 19.2% in the third quarter"; not "to cut its rate to 2%
  // from 2.25% in June", the cut's month.)
  {
    const auto [pb, pe] = WordBefore(s, from);
    const std::string_view p = s.substr(pb, pe - pb);
    size_t target = std::string_view::npos;
    for (size_t k = from; k > 0 && target == std::string_view::npos; --k)
      if (ascii::IsDigit(s[k - 1])) target = k;
    const std::string_view between = target == std::string_view::npos ? std::string_view() : s.substr(target, from - target);
    const bool set_off = p == "down" || p == "up" || p.ends_with(",") || (p == "with" && pb >= 9 && s.substr(pb - 9, 9) == "compared ");
    const bool timed = between.find(" by ") != std::string_view::npos || between.find("end of") != std::string_view::npos ||
                       between.find("this year") != std::string_view::npos || between.find("next year") != std::string_view::npos ||
                       between.find("year-end") != std::string_view::npos ||
                       RE2::PartialMatch(re2::StringPiece(between.data(), between.size()), R"(\b(?:19|20)\d\d\b)");
    if (!set_off && !timed) return false;
  }
  for (std::string_view raw : WordsOf(s.substr(0, from))) {
    const std::string_view w = Bare(raw);
    if (ascii::EqualsLower(w, "quarter") || ascii::EqualsLower(w, "half") || ascii::EqualsLower(w, "quarters")) return false;
    if (w.size() >= 3 && w[0] >= 'A' && w[0] <= 'Z')
      for (const char* m : kMonthFullNames)
        if (ascii::EqualsLower(w, m) || (w.size() <= 4 && std::string_view(m).starts_with(Lower(w)))) return false;
  }
  return true;
}

// The days of month m of year y.
int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return kDays[m - 1] + (m == 2 && LeapYear(y));
}

// The index of a weekday's name (0 Monday ... 6 Sunday, as WeekdayOf), 7 for any other word.
int WeekdayIndex(std::string_view name) {
  static const char* const kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  int w = 0;
  while (w < 7 && name != kDays[w]) ++w;
  return w;
}

// "YYYY-MM" as its month's last day ("2024-02" -> "2024-02-29"); any other form unchanged.
std::string MonthEndDay(const std::string& ym) {
  if (ym.size() != 7) return ym;
  return ym + "-" + std::to_string(DaysInMonth(std::atoi(ym.substr(0, 4).c_str()), std::atoi(ym.substr(5, 2).c_str())));
}

// Whether the verb right before a day at `at` is a present tense that schedules ("The bank meets
// on Thursday", "The board votes on Monday", "Taxes rise 3.5% on Jan. 1"): the clause's verb in
// -s, its subject's before it, no past nor "has" between.
// Also `*past` (when given): whether the clause before `at` has a past ("Shares fell 2% on May 5").
bool LooksAheadPresent(std::string_view s, size_t at, bool* past = nullptr) {
  const std::string_view head = s.substr(0, std::min(at, s.size()));
  size_t begin = 0;
  for (std::string_view b : {", ", "; ", " after ", " as ", " when ", " because ", " while ", " but ", " and ", " which ",
                             " who ", " that "})
    if (const size_t k = head.rfind(b); k != std::string_view::npos) begin = std::max(begin, k + b.size());
  bool present = false;
  if (past != nullptr) *past = false;
  for (std::string_view w : WordsOf(head.substr(begin))) {
    if (w == "must" || w == "will" || w == "shall") present = true;  // ("must repay the loan by Sept. 30")
    const bool was = w == "was" || w == "had" || w == "were" || w == "said" ||
                     (w.size() > 4 && w.ends_with("ed") && w != "expected" && w != "scheduled" && w != "planned") ||
                     chunk::IrregularPast(w);
    if (was && past != nullptr && !present) *past = true;
    if (was || w == "is" || w == "has" || w == "says") return false;
    // (A plural's present of a schedule: "The Chiefs play the Bills on Sunday", "Tickets go on sale".)
    if (w == "play" || w == "go" || w == "meet" || w == "vote" || w == "open" || w == "start" || w == "begin" ||
        w == "face" || w == "host" || w == "return" || w == "resume" || w == "reopen" || w == "close")
      present = true;
    if (w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") &&
        (chunk::Classify(w) == chunk::WordClass::kVerb || chunk::MoveWords().Find(w) != nullptr ||
         w == "meets" || w == "votes" || w == "opens" || w == "starts" || w == "begins" || w == "takes" ||
         w == "goes" || w == "holds" || w == "hosts" || w == "plays" || w == "faces" || w == "launches"))
      present = true;
  }
  return present;
}

// Whether a sentence tells of a revision ("was revised", "revisions", "unrevised").
bool Revises(std::string_view s) {
  for (std::string_view w : WordsOf(s))
    if (const std::string_view b = Bare(w); b.starts_with("revis") || b.starts_with("Revis") || b.ends_with("revised"))
      return true;
  return false;
}

// Whether period `p` ends in the month `told` ends in, a longer view of the same release: "in the
// three months to September" and "in the 12 months through September" after "in September".
// (Months only: no day's period is a release's.)
bool SameEnd(const Period& p, const Period& told) {
  return p.end.size() == 7 && told.end.size() == 7 && p.end == told.end && p.start.size() == 7 &&
         told.start.size() == 7 && p.start <= told.start;
}

// The head word of a subject, in small letters ("Global smartphone shipments": shipments; "Shipments
// in India": shipments); empty for a name or a pronoun.
std::string SubjectHead(std::string_view subject) {
  const std::string_view w = Bare(LastWord(HeadPhrase(subject)));
  if (w.size() < 4 || IsPronounPhrase(w)) return {};
  const std::string l = ascii::Lower(w);
  return chunk::Classify(l) == chunk::WordClass::kContent ? l : std::string();
}

// A name opening a sentence that the story had not named (FirstNewName).
struct NewName {
  const TableEntry* country = nullptr;  // (the country or people it names: "In Kenya,", "Dutch")
  bool reports = false;                 // (its own report: "Rival Target said", "Costco sales")
};

// Whether every word of `name` is in `seen`.
bool AllSeen(std::string_view name, const std::unordered_set<std::string>& seen) {
  const std::vector<std::string_view> words = WordsOf(name);
  return !words.empty() && std::all_of(words.begin(), words.end(), [&](std::string_view w) {
    return seen.contains(std::string(w));
  });
}

// Whether the story named the country `c` names, as a country or by its people's adjective
// ("China" ... "Chinese arrivals").
bool CountrySeen(const TableEntry& c, const std::unordered_set<std::string>& seen) {
  if (AllSeen(c.unit, seen) || AllSeen(c.surface, seen)) return true;
  const std::vector<TableEntry>& all = Tables::Get().all_countries;
  return std::any_of(all.begin(), all.end(), [&](const TableEntry& e) { return e.unit == c.unit && AllSeen(e.surface, seen); });
}

// Whether the words after a name make the sentence its own report: a verb of telling or of
// results ("Rival Target said its sales fell", "Wells Fargo reported", "Home Depot posted") or
// a measure of results it has ("Costco sales climbed", "Morgan Stanley's revenue").
bool OwnReportAfter(std::string_view w) {
  static const auto* kWords = new ascii::WordMap<bool>(
      {{"posted", true}, {"reported", true}, {"announced", true}, {"booked", true}, {"forecast", true},
       {"sales", true}, {"revenue", true}, {"revenues", true}, {"profit", true}, {"profits", true},
       {"earnings", true}, {"income", true}, {"turnover", true}},
      /*lower=*/true);
  return IsReportingVerb(w) || kWords->Find(w) != nullptr;
}

// The first proper name among a sentence's first three words that `seen` (the capitalized words
// of the story's text before it) lacks ("Summit Air carried", "In Kenya, floods", "Orion's
// output"; the first word only when a name goes on or it is a possessive): not in capitals only
// nor with a digit ("EVs", "JN.1"), not a word of the language opening it ("The", "In"), a
// breakdown's word ("Excluding Auckland,"), a place after its preposition ("Sales in China rose
// 16%"), a month, a country's possessive before its company ("China's Veyo"), nor a people's
// adjective describing the story's own party ("The German carmaker's margin").
std::optional<NewName> FirstNewName(std::string_view sentence, const std::unordered_set<std::string>& seen) {
  const std::vector<std::string_view> words = WordsOf(sentence.substr(0, std::min<size_t>(sentence.size(), 200)));
  for (size_t i = 0; i < words.size() && i < 3; ++i) {
    std::string_view w = Bare(words[i]);
    const bool possessive = w.ends_with("'s");
    if (possessive) w.remove_suffix(2);
    if (w.size() < 2 || w[0] < 'A' || w[0] > 'Z') continue;
    if (std::all_of(w.begin(), w.end(), [](char c) { return !(c >= 'a' && c <= 'z'); }) ||
        std::any_of(w.begin(), w.end(), [](char c) { return ascii::IsDigit(c); }))
      continue;
    // (Nor a word of a breakdown opening the sentence: "Excluding Auckland,", "Outside London,".)
    auto breaks_down = [](std::string_view b) {
      return b == "Excluding" || b == "excluding" || b == "Including" || b == "including" || b == "Outside" ||
             b == "outside" || b == "Across" || b == "across" || b == "Among" || b == "among" || b == "Except" ||
             b == "except" || b == "Beyond" || b == "beyond";
    };
    if (i == 0 && breaks_down(w)) continue;
    if (i == 0 && !possessive) {
      const std::string_view next = words.size() > 1 ? Bare(words[1]) : std::string_view();
      if (next.empty() || next[0] < 'A' || next[0] > 'Z') continue;
      // (A word of the language, no name: "The Lantern Keepers", "In Ontario,".)
      if (chunk::Classify(ascii::Lower(w)) != chunk::WordClass::kContent) continue;
    }
    // (A place the subject is broken down by, after its preposition: "Sales in China rose 16%",
    // "Excluding Auckland,"; but a clause opening "In Kenya, floods ...", "In the Netherlands,".)
    if (i >= 2 && chunk::Classify(Bare(words[i - 1])) == chunk::WordClass::kPreposition) continue;
    if (i >= 1 && breaks_down(Bare(words[i - 1]))) continue;
    if (MonthOrDayName(w)) continue;
    const size_t at = static_cast<size_t>(words[i].data() - sentence.data());
    size_t end = 0;
    const TableEntry* country = Tables::Get().countries.LongestAt(sentence, at, &end);
    if (country != nullptr) {
      if (CountrySeen(*country, seen)) continue;
      // (Nor a country's possessive before a name, its company's: "China's Veyo shipped".)
      if (sentence.substr(end).starts_with("'s ") && end + 3 < sentence.size() && sentence[end + 3] >= 'A' &&
          sentence[end + 3] <= 'Z')
        continue;
      // (A people's adjective after "The" before a noun describes the story's party: "The German
      // carmaker's margin".)
      const auto [nb, ne] = WordAfter(sentence, end);
      if (country->kind == "people" && i >= 1 && ascii::EqualsLower(Bare(words[i - 1]), "the") && ne > nb &&
          sentence[nb] >= 'a' && sentence[nb] <= 'z')
        continue;
    } else if (seen.contains(std::string(w))) {
      continue;
    }
    // Its report: the word after its capitalized words.
    size_t j = i;
    while (j + 1 < words.size() && !Bare(words[j]).ends_with("'s") && !Bare(words[j]).empty() &&
           Bare(words[j + 1]).size() > 0 && Bare(words[j + 1])[0] >= 'A' && Bare(words[j + 1])[0] <= 'Z' &&
           words[j].back() != ',')
      ++j;
    NewName n;
    n.country = country;
    n.reports = j + 1 < words.size() && OwnReportAfter(Bare(words[j + 1]));
    return n;
  }
  return std::nullopt;
}

// Adds the capitalized words of `text` to `seen` (NamesNewName).
void AddNames(std::string_view text, std::unordered_set<std::string>* seen) {
  for (std::string_view raw : WordsOf(text)) {
    std::string_view w = Bare(raw);
    if (w.ends_with("'s")) w.remove_suffix(2);
    if (w.size() >= 2 && w[0] >= 'A' && w[0] <= 'Z') seen->emplace(w);
  }
}

// Whether a word before a date makes it a maturity's or an expiry's ("notes due in March 2027",
// "bonds maturing in 2035"), no period of a figure.
bool Maturity(std::string_view w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"due", true}, {"maturing", true}, {"matures", true}, {"mature", true}, {"expiring", true},
       {"expires", true}, {"expire", true}},
      /*lower=*/true);
  return m->Find(w) != nullptr;
}

// Whether a word before a date makes it no period of a figure, besides IsReportingVerb's: a
// telling's ("projected in May", "announced on Monday"), an agreement's, a span's end or bound
// ("the quarter ended in May", "the year to July", "until March"), or a maturity's.
bool TellingOrSpanEnd(std::string_view w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"projected", true}, {"announced", true}, {"published", true}, {"released", true}, {"unveiled", true},
       {"signalled", true}, {"signaled", true}, {"pledged", true}, {"promised", true}, {"proposed", true},
       {"disclosed", true}, {"confirmed", true}, {"revealed", true}, {"ended", true}, {"ending", true},
       {"agreed", true}, {"to", true}, {"through", true}, {"until", true}},
      /*lower=*/true);
  return m->Find(w) != nullptr || Maturity(w);
}

// Whether a sentence speaks of what is ahead (AheadFrom finds where).
bool ForeseesAhead(std::string_view s) { return AheadFrom(s) != std::string_view::npos; }

// Whether a word is one only a match report uses ("touchdown", "innings", "halftime").
bool MatchWord(std::string_view w) {
  static const auto* words = new ascii::WordMap<bool>(
      {{"striker", true}, {"touchdown", true}, {"touchdowns", true}, {"inning", true}, {"innings", true},
       {"halftime", true}, {"half-time", true}, {"quarterback", true}, {"equaliser", true}, {"equalizer", true},
       {"winger", true}, {"midfielder", true}, {"goalkeeper", true}, {"free-kick", true}, {"touchline", true},
       {"halfback", true}, {"outscored", true}, {"outscoring", true}, {"outrebounded", true},
       // (Golf, cricket, tennis, basketball, hockey, motor racing, cycling.)
       // (Not words business copy uses too: "aces", "rebounds", "laps", "podium", "Peloton",
       // "a hat-trick of upbeat quarters".)
       {"birdie", true}, {"birdies", true}, {"bogey", true}, {"bogeys", true}, {"under-par", true},
       {"over-par", true}, {"wicket", true}, {"wickets", true}, {"tiebreak", true}, {"tie-break", true},
       {"tiebreaker", true}, {"three-pointer", true}, {"three-pointers", true}, {"goaltender", true},
       {"stoppage-time", true}, {"stumps", true}},
      /*lower=*/true);
  // (A round's score in golf: "a 5-under-par 67".)
  return words->Find(w) != nullptr || w.ends_with("-under-par") || w.ends_with("-over-par");
}

// Whether a word is a match's score: two numbers of up to three digits with a hyphen ("34-17",
// "3-1").
bool MatchScore(std::string_view w) {
  const size_t dash = w.find('-');
  if (dash == 0 || dash == std::string_view::npos || dash > 3 || w.size() - dash - 1 == 0 || w.size() - dash - 1 > 3) return false;
  auto digits = [](std::string_view d) { return std::all_of(d.begin(), d.end(), [](char c) { return ascii::IsDigit(c); }); };
  return digits(w.substr(0, dash)) && digits(w.substr(dash + 1));
}

// Whether the figure at `at` stands in a relative clause set aside by a comma ("Consumer
// spending, which makes up more than two-thirds of activity, rose"): a standing fact, not the
// story's.
bool InRelativeAside(std::string_view s, size_t at) { return AsideAround(s, at).first != std::string_view::npos; }

// Whether the figure s[at, end) is a standing fact, of no story's period: a count of a whole a
// possessive brings in ("41 of the state's 67 counties", "The league's 16 teams"; not "7 of the 24
// batters he faced") or a thing's size ("The ship was 300 meters long").
bool StandingFigure(std::string_view s, size_t at, size_t end, const Claim& c) {
  const auto [ab, ae] = WordAfter(s, end);
  std::string_view after = Bare(s.substr(ab, ae - ab));
  // (Or joined by hyphens: "a 300-meter-long section".)
  if (ab == end && after.starts_with("-")) after.remove_prefix(1);
  if (const size_t dash = after.rfind('-'); dash != std::string_view::npos && ab == end) after.remove_prefix(dash + 1);
  if (after == "long" || after == "wide" || after == "tall" || after == "high" || after == "deep" || after == "thick")
    return true;
  const auto [b, e] = WordBefore(s, at);
  const std::string_view w = s.substr(b, e - b);
  // (A place's people: "a town of 18,000", "the city of 2 million"; a person's age: "The youngest
  // victim was 58", "The driver, who was 24".)
  const std::string_view head = LastWord(HeadPhrase(c.subject));
  if (w == "of" && (c.quantity.unit.empty() || c.quantity.unit == "count")) {
    static const auto* kPlace = new ascii::WordMap<bool>(
        {{"town", true}, {"city", true}, {"village", true}, {"county", true}, {"country", true}, {"nation", true},
         {"island", true}, {"suburb", true}, {"borough", true}, {"community", true}, {"municipality", true},
         {"province", true}, {"state", true}, {"district", true}, {"region", true}, {"township", true}, {"area", true}},
        /*lower=*/true);
    const auto [pb, pe] = WordBefore(s, b);
    if (pe > pb && kPlace->Find(Bare(s.substr(pb, pe - pb))) != nullptr) return true;
  }
  // (A bare whole number a person's age can be.)
  const bool age = c.quantity.unit.empty() && c.quantity.noun.empty() && c.quantity.value >= 1 && c.quantity.value < 120 &&
                   c.quantity.value == static_cast<int>(c.quantity.value);
  if (age && (w == "was" || w == "is" || w == "were" || w == "are")) {
    static const auto* kPerson = new ascii::WordMap<bool>(
        {{"victim", true}, {"man", true}, {"woman", true}, {"boy", true}, {"girl", true}, {"driver", true},
         {"suspect", true}, {"father", true}, {"mother", true}, {"son", true}, {"daughter", true}, {"child", true},
         {"he", true}, {"she", true}, {"teenager", true}, {"pilot", true}, {"gunman", true}, {"shooter", true},
         {"husband", true}, {"wife", true}, {"brother", true}, {"sister", true}, {"patient", true}, {"survivor", true},
         {"oldest", true}, {"youngest", true}},
        /*lower=*/true);
    if (kPerson->Find(head) != nullptr) return true;
  }
  // (An age set off after a name: "Sinner, 23, earned $3.6 million".)
  if (age && at >= 2 && s.substr(at - 2, 2) == ", " && end < s.size() && s[end] == ',' && e > b && s[b] >= 'A' &&
      s[b] <= 'Z' && w.ends_with(","))
    return true;
  if (c.quantity.unit != "count") return false;
  return w.ends_with("'s") || w.ends_with("s'") || w == "its" || w == "their" || w == "his" || w == "her" || w == "our";
}

// Whether a lead's clause tells of a market ("Stocks fell on Friday", "Shares of Tesla plunged 12%
// on Wednesday", "Asian shares rose on Tuesday"): its day is the market's, whose figures alone it
// dates (a wrap's data and results are of their own periods).
bool MarketClause(std::string_view clause) {
  static const auto* kMarket = new ascii::WordMap<bool>(
      {{"stocks", true}, {"shares", true}, {"equities", true}, {"markets", true}, {"bonds", true},
       {"treasuries", true}, {"index", true}, {"indexes", true}, {"indices", true}, {"futures", true},
       {"yields", true}, {"bourse", true}, {"bourses", true}},
      /*lower=*/true);
  for (std::string_view w : WordsOf(clause))
    if (kMarket->Find(Bare(w)) != nullptr) return true;
  return false;
}

// Whether a clause tells of a death ("died", "has died", "passed away"): an obituary's lead, whose
// day is not that of the life its story goes on to tell.
bool Obituary(std::string_view clause) {
  const std::vector<std::string_view> words = WordsOf(clause);
  for (size_t i = 0; i < words.size(); ++i)
    if (const std::string_view w = Bare(words[i]);
        w == "died" || w == "dies" || (w == "passed" && i + 1 < words.size() && Bare(words[i + 1]) == "away"))
      return true;
  return false;
}

// Whether the figure at `at` (counting `noun`) stands in the clause that tells who said the
// sentence ("..., two people familiar with the deal said."): the sentence's last clause, ending in
// "said" or "say"; or counts the sources ("Two people familiar with the matter said ...").
bool InAttribution(std::string_view s, size_t at, std::string_view noun) {
  // ("Two people familiar with the matter said 40 soldiers were sent": sources counted.)
  static const auto* kSources = new ascii::WordMap<bool>(
      {{"people", true}, {"sources", true}, {"officials", true}, {"persons", true}, {"diplomats", true},
       {"executives", true}, {"analysts", true}, {"economists", true}, {"traders", true}, {"witnesses", true},
       {"insiders", true}, {"bankers", true}},
      /*lower=*/true);
  if (kSources->Find(noun) != nullptr && (s.find(" said") != std::string_view::npos || s.find(" told") != std::string_view::npos))
    return true;
  const size_t comma = s.substr(0, at).rfind(", ");
  std::string_view clause = s.substr(comma == std::string_view::npos ? 0 : comma);
  while (!clause.empty() && !ascii::IsAlpha(clause.back())) clause.remove_suffix(1);
  return clause.find(',', 1) == std::string_view::npos && (clause.ends_with(" said") || clause.ends_with(" say"));
}

}  // namespace

bool periods::BaseFigure(std::string_view s, size_t begin) {
  const auto [b, e] = GoverningWord(s, begin, 0);
  const std::string_view w = s.substr(b, e - b);
  // ("rose at a 2.3% rate after a 1.5% pace in the first quarter": the rate before.)
  if (w == "after" || w == "After") {
    const auto [ab, ae] = WordBefore(s, begin);
    const auto [fb, fe] = WordBefore(s, ab);
    if (fb == b && (s.substr(ab, ae - ab) == "a" || s.substr(ab, ae - ab) == "an")) return true;
  }
  return w == "from" || w == "than" || w == "against" || w == "versus" || w == "vs" || w == "vs." ||
         ((w == "with" || w == "to") && b >= 9 && s.substr(b - 9, 9) == "compared ");
}

namespace {

// The day count of the n-th weekday `w` (0 Monday ... 6 Sunday) of month m of year y; n = -1 for
// the last.
int64_t NthWeekday(int y, int m, int w, int n) {
  if (n < 0) {
    const int64_t last = DaysFromCivil(y, m, DaysInMonth(y, m));
    return last - (WeekdayOf(last) - w + 7) % 7;
  }
  const int64_t first = DaysFromCivil(y, m, 1);
  return first + (w - WeekdayOf(first) + 7) % 7 + 7 * (n - 1);
}

// Easter Sunday of year y (Gregorian), by the computus of Meeus, Jones and Butcher.
int64_t EasterSunday(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return DaysFromCivil(y, month, day);
}

// The days of a holiday of year y, or of its weekend (`weekend`): a Monday holiday's is Saturday
// to the Monday, Thanksgiving's Thursday to Sunday, Easter's Good Friday to Easter Monday, the
// Fourth of July's the weekend it ends or opens; {INT64_MIN, INT64_MIN} when none is known.
std::pair<int64_t, int64_t> HolidaySpan(std::string_view name, bool weekend, int y) {
  constexpr std::pair<int64_t, int64_t> kNone{INT64_MIN, INT64_MIN};
  if (y < 1900 || y > 2200) return kNone;
  int64_t day = INT64_MIN;
  bool monday = false;
  const int64_t thanksgiving = NthWeekday(y, 11, 3, 4);
  if (name == "Memorial Day") day = NthWeekday(y, 5, 0, -1), monday = true;
  else if (name == "Labor Day") day = NthWeekday(y, 9, 0, 1), monday = true;
  else if (name == "Presidents Day" || name == "Presidents' Day") day = NthWeekday(y, 2, 0, 3), monday = true;
  else if (name.starts_with("Martin Luther King")) day = NthWeekday(y, 1, 0, 3), monday = true;
  else if (name.starts_with("Thanksgiving")) day = thanksgiving;
  else if (name == "Black Friday") day = thanksgiving + 1;
  else if (name == "Cyber Monday") day = thanksgiving + 4;
  else if (name == "Christmas Eve") day = DaysFromCivil(y, 12, 24);
  else if (name == "Christmas Day" || name == "Christmas") day = DaysFromCivil(y, 12, 25);
  else if (name == "Boxing Day") day = DaysFromCivil(y, 12, 26);
  else if (name == "New Year's Eve") day = DaysFromCivil(y, 12, 31);
  else if (name == "New Year's Day" || name == "New Year's") day = DaysFromCivil(y, 1, 1);
  else if (name == "Veterans Day") day = DaysFromCivil(y, 11, 11);
  else if (name == "Independence Day" || name == "Fourth of July" || name == "July Fourth" || name == "July 4th")
    day = DaysFromCivil(y, 7, 4);
  else if (name.starts_with("Easter") || name == "Good Friday")
    day = EasterSunday(y) + (name == "Good Friday" ? -2 : name == "Easter Monday" ? 1 : 0);
  if (day == INT64_MIN) return kNone;
  if (!weekend) return {day, day};
  if (monday) return {day - 2, day};
  if (name.starts_with("Thanksgiving")) return {day, day + 3};
  if (name.starts_with("Easter")) return {day - 2, day + 1};
  if (day == DaysFromCivil(y, 7, 4)) {
    const int w = WeekdayOf(day);
    if (w == 0) return {day - 2, day};        // (Monday: Saturday to it)
    if (w == 4) return {day, day + 2};        // (Friday: it to Sunday)
    if (w == 5) return {day, day + 1};        // (Saturday)
    if (w == 6) return {day - 1, day};        // (Sunday)
  }
  return kNone;  // (Christmas's or New Year's weekend: which days it takes varies)
}

// Months a dated period spans ("2024-04".."2024-06": 3), or 0 when it is not whole months.
int MonthsSpanned(const Period& p) {
  if (p.start.size() != 7 || p.end.size() != 7) return 0;
  return (std::atoi(p.end.substr(0, 4).c_str()) - std::atoi(p.start.substr(0, 4).c_str())) * 12 +
         std::atoi(p.end.substr(5, 2).c_str()) - std::atoi(p.start.substr(5, 2).c_str()) + 1;
}

// The `months` months right before the month `ym` ("YYYY-MM..."), named `surface`: a base "in the
// previous quarter" of a quarter's, "a month earlier" of a month's.
Period MonthsBefore(std::string_view ym, int months, std::string surface) {
  const int at = std::atoi(std::string(ym.substr(0, 4)).c_str()) * 12 + std::atoi(std::string(ym.substr(5, 2)).c_str()) - 1;
  const int back = at - months, last = at - 1;
  Period p;
  p.surface = std::move(surface);
  p.start = Ym(back / 12, back % 12 + 1);
  p.end = Ym(last / 12, last % 12 + 1);
  return p;
}

// A phrase that names the story's period again without dating it, at sentence[at, end), and the
// period it names.
struct Anaphor {
  size_t at = 0, end = 0;
  Period period;
};

// The phrases of `sentence` that name again a part of the story's period `told` ("during the
// quarter", "in the month", "for the six months", "For the full fiscal year", "at the end of the
// quarter", "ended the quarter with"), with the period each names: `told` when the part's length
// is told's ("the quarter" under a quarter; "the period" under any), the twelve months up to
// told's end for a year under its final quarter or half (a calendar one, or one named "fourth",
// "final", "second half"), and for the end of such a part ("at the end of the quarter", "ended
// the quarter with") its last day. Not a part another phrase dates ("the year to June", "the
// quarter ended Oct. 31", "the year before").
std::vector<Anaphor> Anaphors(std::string_view sentence, const Period& told) {
  std::vector<Anaphor> out;
  if (told.start.empty() || told.end.empty()) return out;
  static const RE2* kPhrase = new RE2(
      R"((?i)\b((?:at|by|as of) the end of the |ended the |(?:in|during|for|over|through|throughout|across|on) the )((?:full |whole |entire )?(?:(?:fiscal|financial) )?(?:quarter|month|half|year|period|week|day|(?:three|six|nine|twelve|3|6|9|12) months))\b)");
  const int months = MonthsSpanned(told);
  const std::optional<int64_t> first_day = DayCount(told.start.size() == 7 ? told.start + "-01" : told.start);
  const std::optional<int64_t> last_day = DayCount(MonthEndDay(told.end));
  if (!first_day || !last_day) return out;
  const std::string lt = Lower(told.surface);
  const bool final_part = (months == 3 || months == 6) &&
                          (told.end.ends_with("-12") || lt.find("fourth") != std::string::npos ||
                           lt.find("final") != std::string::npos || lt.find("second half") != std::string::npos ||
                           lt.find("second-half") != std::string::npos || lt.find("4th") != std::string::npos);
  re2::StringPiece in(sentence.data(), sentence.size()), g[3];
  size_t from = 0;
  while (from < sentence.size() && kPhrase->Match(in, from, sentence.size(), RE2::UNANCHORED, g, 3)) {
    const size_t at = static_cast<size_t>(g[0].data() - sentence.data()), end = at + g[0].size();
    from = end;
    // (Dated, or another part, by what follows: "the year to June", "the quarter ended Oct. 31",
    // "the month before", "the year of the pandemic".)
    const auto [nb, ne] = WordAfter(sentence, end);
    const std::string next = Lower(sentence.substr(nb, ne - nb));
    static const auto* kDated = new ascii::WordMap<bool>(
        {{"to", true}, {"ended", true}, {"ending", true}, {"through", true}, {"before", true}, {"after", true},
         {"earlier", true}, {"ago", true}, {"prior", true}, {"of", true}, {"that", true}, {"when", true}, {"until", true},
         {"since", true}, {"ahead", true}, {"starting", true}, {"beginning", true}, {"till", true}},
        /*lower=*/true);
    // (But "after" or "before" a clause is none: "9.8% over the week after Corvex forecast".)
    const bool clause_after = (next == "after" || next == "before") && [&] {
      const auto [cb, ce] = WordAfter(sentence, ne);
      return ce > cb && ((sentence[cb] >= 'A' && sentence[cb] <= 'Z') || IsPronounPhrase(sentence.substr(cb, ce - cb)));
    }();
    // (Nor a level's "to" or "at": "fell 0.1% on the day to 6,340.00".)
    const bool level_after = (next == "to" || next == "at") && [&] {
      const auto [fb, fe] = WordAfter(sentence, ne);
      if (fe <= fb) return false;
      const std::string_view f = sentence.substr(fb, fe - fb);
      return ascii::IsDigit(f[0]) || f[0] == '$' || f.starts_with("\xC2\xA3") || f.starts_with("\xE2\x82\xAC") ||
             f == "about" || f == "around" || f == "nearly" || f == "a" || f == "an";
    }();
    const std::string part_word = Lower(std::string_view(g[2].data(), g[2].size()));
    if (ne > nb && end < sentence.size() && sentence[end] == ' ' && kDated->Find(next) != nullptr && !clause_after &&
        !(level_after && (part_word == "day" || part_word == "week" || part_word == "month")))
      continue;
    const std::string part = Lower(std::string_view(g[2].data(), g[2].size()));
    const std::string_view lead_in(g[1].data(), g[1].size());
    // ("earlier in the week", "later in the month": a day in it, not it.)
    if (const auto [pb, pe] = WordBefore(sentence, at);
        pe > pb && (ascii::EqualsLower(sentence.substr(pb, pe - pb), "earlier") ||
                    ascii::EqualsLower(sentence.substr(pb, pe - pb), "later")))
      continue;
    const bool point = ascii::ContainsLower(lead_in, "end of") || ascii::ContainsLower(lead_in, "ended");
    // A day told (a market's: "Stocks fell on Friday") names its own day, week and month again: "up
    // 0.3 per cent on the day", "For the week, the S&P 500 fell 3.4%" (its Monday to the day; a
    // weekend's, to the Friday), "For the month, the index lost 2.1%"; "on the" names nothing else.
    const bool day_told = *first_day == *last_day && told.start.size() == 10;
    const bool on = ascii::ContainsLower(lead_in, "on the");
    if (on && !(part == "day" || part == "week" || part == "month")) continue;
    Period p;
    if (part == "day") {
      if (!day_told) continue;
      p = told;
    } else if (part.ends_with("period")) {
      if (day_told) continue;
      p = told;
    } else if (part.ends_with("week")) {
      if (day_told) {
        // (A Monday's week is the one before it: a Monday paper's "for the week".)
        int64_t d = *first_day;
        if (WeekdayOf(d) == 0) d -= 3;
        if (WeekdayOf(d) >= 5) d -= WeekdayOf(d) - 4;
        p = told;
        p.start = Ymd(d - WeekdayOf(d));
        p.end = Ymd(d);
      } else {
        // (Seven days, or a trading week's five: "For the week, the S&P 500 fell 0.3%. The Nasdaq fell
        // 0.7% over the week.")
        if (*last_day - *first_day != 6 && !(*last_day - *first_day == 4 && WeekdayOf(*first_day) == 0)) continue;
        p = told;
      }
    } else if (day_told && part == "month") {
      // (In a month's first three days, the one just ended: a Monday paper's "For the month" on
      // Sept. 1 is August's; but "for the month so far".)
      p = told;
      p.start = p.end = told.start.substr(0, 7);
      if (std::atoi(told.start.substr(8, 2).c_str()) <= 3 && !sentence.substr(end).starts_with(" so far")) {
        const int y = std::atoi(told.start.substr(0, 4).c_str()), m = std::atoi(told.start.substr(5, 2).c_str());
        p.start = p.end = m == 1 ? Ym(y - 1, 12) : Ym(y, m - 1);
      }
    } else if (part.ends_with("months") || part.ends_with("month") || part.ends_with("quarter") || part.ends_with("half")) {
      const int n = part.ends_with("quarter") ? 3 : part.ends_with("half") ? 6 : part.ends_with("month") ? 1
                    : part.find("twelve") != std::string::npos || part.find("12") != std::string::npos ? 12
                    : part.find("nine") != std::string::npos || part.find('9') != std::string::npos ? 9
                    : part.find("six") != std::string::npos || part.find('6') != std::string::npos ? 6 : 3;
      if (n != months) continue;
      p = told;
    } else {  // a year
      if (months == 12) {
        p = told;
      } else if (final_part) {
        p = told;
        const int ey = std::atoi(told.end.substr(0, 4).c_str()), em = std::atoi(told.end.substr(5, 2).c_str());
        p.start = em == 12 ? Ym(ey, 1) : Ym(ey - 1, em + 1);
      } else {
        continue;
      }
    }
    p.surface = std::string(sentence.substr(at, end - at));
    if (point) {
      p.start = p.end = MonthEndDay(p.end);
    }
    p.lent = true;
    out.push_back({at, end, std::move(p)});
  }
  return out;
}

// Keeps of a day's phrases named again (Anaphors under a day) those a sentence can mean: its week's
// and month's only in a market's sentence (`market`), not "The car completed 200 laps over the
// week"; no month under another month named ("said in its July letter it returned 2.1% for the
// month"); no day under another day ("Earlier in the week, the Nasdaq rose 2% on the day").
void DayBaseFilter(std::string_view sentence, bool market, std::vector<Anaphor>* named) {
  // (A month named as the time of something, "In July,", "its July letter", "July's"; not "since
  // April".)
  static const RE2* month_name = new RE2(
      R"((?:\b(?:[Ii]n|[Ii]ts|[Tt]he|[Ff]or|[Dd]uring) |^)(January|February|March|April|May|June|July|August|September|October|November|December)\b)");
  int named_month = 0;
  {
    re2::StringPiece in(sentence.data(), sentence.size()), g[2];
    if (month_name->Match(in, 0, sentence.size(), RE2::UNANCHORED, g, 2)) named_month = MonthOf(std::string_view(g[1].data(), g[1].size()));
  }
  const bool other_day = ascii::ContainsLower(sentence, "earlier in the week") ||
                         ascii::ContainsLower(sentence, "earlier this week") || ascii::ContainsLower(sentence, "last week");
  named->erase(std::remove_if(named->begin(), named->end(), [&](const Anaphor& a) {
                 const bool span = a.period.start != a.period.end || a.period.start.size() != 10;
                 const bool of_month = a.period.start.size() == 7;
                 const bool other_month = of_month && named_month != 0 &&
                                          named_month != std::atoi(a.period.start.substr(5, 2).c_str());
                 return (span && !market) || other_month || (!span && !of_month && other_day);
               }), named->end());
}

// Which of a day's phrases named again (Anaphors) goes to figure k of qs: the one right after it,
// before the next figure ("up 0.2% on the day and 0.6% for the week"), or one that opens the
// sentence before every figure ("For the week, the S&P 500 fell 3.4%, the Nasdaq 4.6%"); none for a
// figure the sentence dates no other way ("The Dow gained 0.1% and was 1.7% higher on the week").
const Anaphor* NearAnaphor(const std::vector<Anaphor>& named, const std::vector<Quantity>& qs, size_t k) {
  const Quantity& q = qs[k];
  const size_t next = k + 1 < qs.size() ? qs[k + 1].begin : std::string_view::npos;
  for (const Anaphor& a : named)
    if (a.at >= q.end && a.at < next && a.at - q.end <= 40) return &a;
  for (const Anaphor& a : named)
    if (!qs.empty() && a.end <= qs[0].begin) return &a;
  // (Or the one after a move before it of its unit, which the list goes on with: "jumping 2.9 per
  // cent in the week, while the Nifty Bank index added 1.1 per cent".)
  for (size_t j = k; j-- > 0;) {
    if (qs[j].unit != q.unit) continue;
    const size_t after_j = qs[j + 1].begin;
    for (const Anaphor& a : named)
      if (a.at >= qs[j].end && a.at < after_j && a.at - qs[j].end <= 40 && a.end <= q.begin) return &a;
    break;
  }
  return nullptr;
}

// Whether a period's words tell a time relative to the figure's own, a year before it: "a year
// earlier", "from a year ago", "year on year", "the same quarter last year".
bool YearEarlierWords(std::string_view surface) {
  std::string l = Lower(surface);
  if (l.starts_with("from ")) l.erase(0, 5);
  return l == "a year earlier" || l == "a year ago" || l == "year on year" || l == "year-on-year" ||
         l == "year over year" || l == "year-over-year" || l == "y/y" ||
         (l.starts_with("the same ") && l.ends_with(" last year")) || l.starts_with("the year-earlier ") ||
         l.starts_with("the year-ago ") || l.starts_with("the prior-year ") ||
         // (A period named and its year before: "in the October-December period a year ago".)
         (l.size() > 14 && (l.ends_with(" a year ago") || l.ends_with(" a year earlier")));
}

// Whether the figure at `begin` is what a comparison measures against: a word of comparing
// ("from", "than", "compared with", "against", "versus") among the six words before it, with no
// figure, clause's comma nor level's "to" between ("up from 3.3 tons", "compared with a loss of
// 85 million crowns"); not an approximation's "than" ("more than 300").
bool ComparedAgainst(std::string_view s, size_t begin) {
  size_t at = begin;
  for (int n = 0; n < 6; ++n) {
    const auto [b, e] = WordBefore(s, at);
    if (e <= b) return false;
    const std::string_view w = s.substr(b, e - b);
    // (Nor past a level's "to" or a comparison's own time: "rose 9% from a year earlier to $4
    // billion".)
    if (w.back() == ',' || w.back() == ';' || std::any_of(w.begin(), w.end(), [](char c) { return ascii::IsDigit(c); }) ||
        w == "to" || w == "at" || w == "by" || w == "earlier" || w == "ago")
      return false;
    if (w == "from" || w == "against" || w == "versus" || w == "vs" || w == "vs." ||
        (w == "with" && b >= 9 && s.substr(b - 9, 9) == "compared "))
      return true;
    if (w == "than") {
      const auto [mb, me] = WordBefore(s, b);
      const std::string_view m = s.substr(mb, me - mb);
      return !(ascii::EqualsLower(m, "more") || ascii::EqualsLower(m, "less") || m == "fewer" || m == "rather");
    }
    at = b;
  }
  return false;
}

// Whether the figure at `at` is of a week, a month, a quarter or a year its phrase names: "heading
// for a weekly loss of 2.6%", "a monthly decline of 3%", "its annual rate of 4%".
bool OfLongerSpan(std::string_view s, size_t at) {
  auto longer = [](std::string_view w) {
    return w == "weekly" || w == "monthly" || w == "quarterly" || w == "yearly" || w == "annual" || w == "annualized" ||
           w == "annualised";
  };
  auto [b, e] = WordBefore(s, at);
  for (int n = 0; n < 4 && e > b; ++n) {
    if (longer(s.substr(b, e - b))) return true;
    std::tie(b, e) = WordBefore(s, b);
  }
  // (Or after it, in its clause: "a 45% drop in quarterly profit"; not past a comma, "dropped 1.5%,
  // heading for a weekly loss".)
  const size_t word_end = std::min(s.find(' ', at), s.size());
  if (word_end > 0 && (s[word_end - 1] == ',' || s[word_end - 1] == ';')) return false;
  std::tie(b, e) = WordAfter(s, word_end);
  for (int n = 0; n < 4 && e > b; ++n) {
    const std::string_view w = s.substr(b, e - b);
    // (Not past a clause's start: "jumped 5% after it said quarterly sales rose".)
    if (w == "after" || w == "as" || w == "when" || w == "while" || w == "because" || w == "and" || w == "but" ||
        w == "said" || w == "says")
      break;
    if (longer(Bare(w))) return true;
    if (w.ends_with(",") || w.ends_with(";")) break;
    std::tie(b, e) = WordAfter(s, e);
  }
  return false;
}

// Where the clause holding the figure at `at` begins: after the last ", ", "; " or subordinator
// ("after", "as", "when", "while", "because") before it, else 0.
size_t LastClauseStart(std::string_view s, size_t at) {
  const std::string_view head = s.substr(0, std::min(at, s.size()));
  size_t from = 0;
  for (std::string_view b : {", ", "; ", " after ", " as ", " when ", " while ", " because "}) {
    // (Not a comma of a list of figures: "beat Sinner 6-2, 3-6, 6-1, 6-4".)
    for (size_t k = head.rfind(b); k != std::string_view::npos && k > from; k = k > 0 ? head.rfind(b, k - 1) : std::string_view::npos) {
      if (b[0] == ',' && k + 2 < s.size() && ascii::IsDigit(s[k + 2])) continue;
      from = std::max(from, k + b.size());
      break;
    }
  }
  return from;
}

// Whether the figure at `at` stands in a clause of what went before, "after" or "for" and a
// gerund ("rose 2.9% in August, after rising 2.7% in July": a comparison's base; "was sentenced on
// Thursday for stealing $8 billion": a deed behind the day's).
bool AfterGerund(std::string_view s, size_t at) {
  const std::string_view head = s.substr(0, std::min(at, s.size()));
  for (std::string_view word : {" after ", " for "}) {
    const size_t k = head.rfind(word);
    if (k == std::string_view::npos || head.find(',', k) != std::string_view::npos) continue;
    const auto [wb, we] = WordAfter(head, k + word.size());
    if (we > wb && head.substr(wb, we - wb).ends_with("ing")) return true;
  }
  return false;
}

// Whether a claim measures a period longer than a day, not a day's event: revenue, sales, profit,
// output, trade, prices over a month or a quarter ("Revenue in Latin America grew 9%", "record
// revenue of $30 billion"), which a day's story (a market's, a game's) does not date.
bool PeriodMeasure(const Claim& c) {
  const std::string_view head = LastWord(HeadPhrase(c.subject));
  static const auto* kMeasures = new ascii::WordMap<bool>(
      {{"revenue", true}, {"revenues", true}, {"sales", true}, {"profit", true}, {"profits", true}, {"income", true},
       {"earnings", true}, {"output", true}, {"exports", true}, {"imports", true}, {"shipments", true},
       {"deliveries", true}, {"production", true}, {"spending", true}, {"growth", true}, {"inflation", true},
       {"unemployment", true}, {"gdp", true}, {"deficit", true}, {"surplus", true}, {"margin", true}, {"loss", true},
       {"ebitda", true}, {"turnover", true}, {"bookings", true}, {"orders", true}},
      /*lower=*/true);
  return kMeasures->Find(head) != nullptr;
}

// Whether the figure at `at` stands in an aside about a person that tells a deed in the past: "Macauley,
// who shot a 64 with eight birdies, finished second" (in a match report, the match's).
bool PastDeedAside(std::string_view s, size_t at) {
  const auto [open, close] = AsideAround(s, at);
  if (open == std::string_view::npos || s.substr(open, 6) != ", who ") return false;
  const auto [vb, ve] = WordAfter(s, open + 5);
  const std::string_view verb = s.substr(vb, ve - vb);
  // (A deed of play: "who shot a 64", "who made 88", "who pulled away with a 16-2 run"; not a record
  // of longer, "who missed two games", "who joined in 2019", "who earned $48 million".)
  static const auto* kNotPlay = new ascii::WordMap<bool>(
      {{"missed", true}, {"joined", true}, {"signed", true}, {"paid", true}, {"averaged", true}, {"won", true},
       {"spent", true}, {"played", true}, {"served", true}, {"retired", true}, {"earned", true}, {"led", true},
       {"set", true}, {"owned", true}, {"founded", true}, {"bought", true}, {"sold", true}, {"coached", true},
       {"managed", true}, {"represented", true}, {"appeared", true}},
      /*lower=*/false);
  if (kNotPlay->Find(verb) != nullptr || !((verb.size() > 4 && verb.ends_with("ed")) || chunk::IrregularPast(verb)))
    return false;
  // (Not another game's or a career's: "who scored 30 points in Game 1", "who scored 40 against
  // Golden State", "who took 5 wickets in the first innings", "who scored 30,000 career points".)
  const std::string_view aside = s.substr(ve, (close == std::string_view::npos ? s.size() : close) - ve);
  for (std::string_view w : WordsOf(aside)) {
    w = Bare(w);
    if (w == "Game" || w == "game" || w == "games" || w == "opener" || w == "innings" || w == "leg" || w == "against" ||
        w == "career" || w == "rookie" || w == "record" || w == "season" || w == "seasons" || w == "last" ||
        w == "previous" || w == "earlier" || w == "year" || w == "years" || w == "times" || w == "final" ||
        w == "semifinal" || w == "semi-final" || w == "round" || (w.size() == 4 && (w.starts_with("19") || w.starts_with("20"))))
      return false;
  }
  return true;
}

// Whether the figure q of `sentence`, claim c, can take a period its story tells: not an age, a
// comparison's base, a relative aside's (but in a match report, `match_report`, a deed of the
// match told in one: PastDeedAside), a deed's behind a gerund, a count of units of time, a source
// counted ("two people familiar with the deal said") nor a standing fact.

bool Lendable(std::string_view sentence, const Quantity& q, const Claim& c, bool match_report) {
  // (Nor in a clause of another time: "Compared with the same period last year, when output shrank
  // 0.5%, the economy was 1.2% larger".)
  const size_t when = sentence.substr(0, q.begin).rfind(", when ");
  if (when != std::string_view::npos && ClauseComma(sentence, when + 1) > q.begin) return false;
  return !c.quantity.unit.ends_with(" of age") && !BaseFigure(sentence, q.begin) &&
         !(InRelativeAside(sentence, q.begin) && !(match_report && PastDeedAside(sentence, q.begin))) &&
         !AfterGerund(sentence, q.begin) && !TimeCount(sentence, q.begin, q.end, c) &&
         !(c.quantity.unit == "count" && InAttribution(sentence, q.begin, c.quantity.noun)) &&
         !StandingFigure(sentence, q.begin, q.end, c);
}

}  // namespace

namespace periods {

// Whether the period `surface` is the base of a comparison after the figure ending at `end`:
// it opens with "from" ("up 11% from a year earlier"), or follows "from", "than", "against",
// "versus" or "compared with" and at most a figure ("up from 85% in 2020").
bool BaseAfter(std::string_view s, size_t end, std::string_view surface) {
  const size_t at = s.find(surface, end);
  if (at == std::string_view::npos) return false;
  // (Not a span's "from ... to": "from January to July".)
  if (surface.starts_with("from ")) return surface.find(" to ") == std::string_view::npos &&
                                           surface.find(" through ") == std::string_view::npos &&
                                           surface.find(" until ") == std::string_view::npos;
  size_t cur = at;
  bool figure = false;  // (a figure passed: "than" after one is an approximation's)
  bool noun = false;    // (the figure's noun passed)
  for (int n = 0; n < 6; ++n) {
    const auto [b, e] = WordBefore(s, cur);
    if (e <= b || b < end) return false;
    const std::string_view w = s.substr(b, e - b);
    // (Past the base's own words of time: "lower than in the same month last year".)
    static const auto* base_words = new ascii::WordMap<bool>(
        {{"in", true}, {"the", true}, {"same", true}, {"month", true}, {"period", true}, {"quarter", true},
         {"week", true}, {"of", true}, {"a", true}, {"year", true}, {"year's", true}},
        /*lower=*/false);
    if (!figure && base_words->Find(w) != nullptr) {
      cur = b;
      continue;
    }
    // (A benchmark named instead of a figure: "down 8% from a record in March", "6% below its peak
    // in September", "from an all-time high in 2022".)
    static const auto* benchmarks = new ascii::WordMap<bool>(
        {{"record", true}, {"peak", true}, {"high", true}, {"low", true}, {"trough", true}, {"its", true},
         {"their", true}, {"an", true}, {"all-time", true}, {"recent", true}, {"record-high", true}},
        /*lower=*/true);
    if (!figure && !noun && benchmarks->Find(w) != nullptr) {
      cur = b;
      continue;
    }
    // ("after a 1.5% pace": a rate compared with the one before.)
    if (figure && (w == "a" || w == "an")) {
      const auto [ab, ae] = WordBefore(s, b);
      // (Or a move it undid: "grew 1.2%, reversing a 0.8% contraction in the January-March period".)
      if (const std::string_view v = ae > ab && ab >= end ? s.substr(ab, ae - ab) : std::string_view();
          v == "after" || v == "reversing" || v == "following" || v == "erasing" || v == "extending" || v == "reversed")
        return true;
    }
    // (Not "more than" before a figure: an approximation, "climbed more than 3% in 2018"; but "10
    // fewer than in January" compares.)
    if (w == "than" && b > 0 && figure) {
      const auto [mb, me] = WordBefore(s, b);
      const std::string_view m = s.substr(mb, me - mb);
      if (m == "more" || m == "less" || m == "fewer" || m == "rather" || m == "More" || m == "Less") return false;
    }
    if (w == "from" || w == "than" || w == "against" || w == "versus" ||
        (w == "with" && b >= 9 && s.substr(b - 9, 9) == "compared "))
      return true;
    // (The base figure's noun: "after a 1.5% pace in the January-March period".)
    if (!figure && !noun && ascii::IsAlpha(w.front()) && w.front() >= 'a') {
      const auto [fb, fe] = WordBefore(s, b);
      if (const std::string_view f = s.substr(fb, fe - fb);
          fe > fb && fb >= end && std::any_of(f.begin(), f.end(), [](char c) { return ascii::IsDigit(c); })) {
        noun = true;
        cur = b;
        continue;
      }
    }
    // (Only a figure between: "from 85% in 2020", "from $2.7 billion in 2023", "with 3 per cent in".)
    if (w == "cent" && !figure) {
      if (const auto [pb, pe] = WordBefore(s, b); pe > pb && pb >= end && s.substr(pb, pe - pb) == "per") {
        cur = pb;
        continue;
      }
    }
    if (!std::any_of(w.begin(), w.end(), [](char c) { return ascii::IsDigit(c); }) && w != "billion" &&
        w != "million" && w != "trillion" && w != "percent")
      return false;
    figure = true;
    cur = b;
  }
  return false;
}

// Whether `w` names a month or a weekday, as written ("March", "Sept", "Monday"; not "may").
bool MonthOrDayName(std::string_view w) {
  static const auto* kNamed = new ascii::WordMap<bool>(
      {{"January", true}, {"February", true}, {"March", true}, {"April", true}, {"May", true}, {"June", true},
       {"July", true}, {"August", true}, {"September", true}, {"October", true}, {"November", true},
       {"December", true}, {"Jan", true}, {"Feb", true}, {"Mar", true}, {"Apr", true}, {"Jun", true}, {"Jul", true},
       {"Aug", true}, {"Sept", true}, {"Sep", true}, {"Oct", true}, {"Nov", true}, {"Dec", true}, {"Monday", true},
       {"Tuesday", true}, {"Wednesday", true}, {"Thursday", true}, {"Friday", true}, {"Saturday", true},
       {"Sunday", true}},
      /*lower=*/false);
  return kNamed->Find(w) != nullptr;
}

std::optional<int64_t> DayCount(std::string_view ymd) {
  if (ymd.size() != 10 || ymd[4] != '-' || ymd[7] != '-') return std::nullopt;
  const std::string t(ymd);
  return DaysFromCivil(std::atoi(t.c_str()), std::atoi(t.c_str() + 5), std::atoi(t.c_str() + 8));
}

size_t AheadFrom(std::string_view s) {
  size_t first = std::string_view::npos;
  for (std::string_view w : {" will ", " expects ", " expect ", " expected to ", " projected to ", " plans to ", " plan to ",
                             " aims to ", " predicts ", " anticipates ", " is set to ", " are set to ", " is due to ",
                             " are due to ", " is forecast to ", " are forecast to ", " likely to ", " see ", " sees ",
                             " is seen ", " are seen ", " forecast to "})
    if (const size_t at = s.find(w); at != std::string_view::npos) first = std::min(first, at);
  return first;
}

// Whether w is a count's word before its noun: "two", "several", "a" ("missed a game").
bool CountWord(std::string_view w) {
  static const auto* kCounts = new ascii::WordMap<bool>(
      {{"a", true}, {"an", true}, {"one", true}, {"two", true}, {"three", true}, {"four", true}, {"five", true},
       {"six", true}, {"seven", true}, {"eight", true}, {"nine", true}, {"ten", true}, {"eleven", true},
       {"twelve", true}, {"several", true}, {"most", true}, {"all", true}},
      /*lower=*/true);
  return kCounts->Find(w) != nullptr;
}

bool PastReport(std::string_view s, bool day) {
  static const auto* kNotPast = new ascii::WordMap<bool>(
      {{"is", true}, {"are", true}, {"am", true}, {"has", true}, {"have", true}, {"will", true}, {"would", true},
       {"could", true}, {"can", true}, {"should", true}, {"might", true}, {"must", true}, {"shall", true},
       {"expects", true}, {"expect", true}, {"expected", true}, {"forecast", true}, {"forecasts", true},
       {"plans", true}, {"aims", true}, {"now", true}, {"currently", true}, {"each", true}, {"every", true},
       {"usually", true}, {"typically", true}, {"normally", true}, {"full-year", true}, {"announced", true},
       // (A habit or a general fact: "Department stores routinely shed 10% of their staff".)
       {"routinely", true}, {"generally", true}, {"often", true}, {"rarely", true}, {"seldom", true},
       {"always", true}, {"tend", true}, {"tends", true}, {"say", true},
       {"proposed", true}, {"unveiled", true}, {"pledged", true}, {"promised", true}, {"warned", true},
       {"it's", true}, {"that's", true}, {"there's", true},
       // (A present in -s of a state: "The industry employs 32,000 people".)
       {"employs", true}, {"owns", true}, {"holds", true}, {"operates", true}, {"runs", true}, {"makes", true},
       {"accounts", true}, {"remains", true}, {"stands", true}, {"represents", true}, {"includes", true},
       {"controls", true}, {"serves", true}, {"produces", true}, {"lives", true}, {"says", true}, {"sees", true},
       {"wants", true}, {"seeks", true}, {"hopes", true}, {"faces", true}, {"sits", true}, {"ranks", true},
       {"comprises", true}, {"contains", true}, {"covers", true}, {"means", true}, {"requires", true},
       {"believes", true}, {"lacks", true}, {"offers", true}, {"provides", true}, {"manages", true},
       {"oversees", true}, {"hosts", true}, {"trails", true}, {"leads", true},
       // (A target: "Management targeted margins of 20%".)
       {"target", true}, {"targets", true}, {"targeted", true}, {"aim", true}, {"aimed", true}, {"goal", true},
       // (A total over more than the story's period: "40,000 career points", "The team's payroll
       // was $300 million".)
       {"career", true}, {"all-time", true}, {"lifetime", true}, {"cumulative", true}, {"payroll", true},
       // (A deed of the story's background, undated: "paid $1.2 billion for the brand", "It built 20
       // factories", "was fined $35 million", "in a similar case".)
       {"spent", true}, {"bought", true}, {"built", true}, {"invested", true}, {"fined", true},
       {"founded", true}, {"opened", true}, {"floated", true}, {"acquired", true}, {"purchased", true}, {"similar", true},
       {"another", true}, {"other", true}, {"related", true}},
      /*lower=*/true);
  // Under a day's period, totals of longer: "He averaged 25.1 points", "won 109 straight games",
  // "missed 11 games", "joined from Chelsea for 65 million pounds", "paid a luxury tax".
  static const auto* kNotOfDay = new ascii::WordMap<bool>(
      {{"averaged", true}, {"average", true}, {"straight", true}, {"consecutive", true}, {"streak", true},
       {"missed", true}, {"joined", true}, {"signed", true}, {"paid", true}, {"contained", true}, {"won", true}},
      /*lower=*/true);
  bool past = false;
  std::string_view before;
  int since_superlative = 99;  // (words since one in -est: "its biggest one-day rise since 2020")
  const std::vector<std::string_view> words = WordsOf(s);
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = Bare(words[i]);
    if (w.empty()) continue;
    ++since_superlative;
    if (w.size() > 4 && w.ends_with("est")) since_superlative = 0;
    // (A present in -s after a determiner is a noun: "The hosts made 187 tackles", "the leads".)
    // (Or after a figure: "beat the Chargers by 92 runs".)
    if (kNotPast->Find(w) != nullptr &&
        !(w.size() > 3 && w.ends_with("s") && !before.empty() &&
          (chunk::Classify(before) == chunk::WordClass::kDeterminer || ascii::IsDigit(before.back()) ||
           (CountWord(before) && before != "a" && before != "an" && before != "all" && before != "most")) &&
          w != "is" && w != "has" && w != "says"))
      return false;
    // (Not a name's word: "The Dow Jones Industrial Average lost 0.9%".)
    // ("missed" of a count of games only: "missed 11 games"; "missed field goals of 44 and 51 yards"
    // are the day's. "won" of a count of events or out of a run, "won 11 titles", "won five of
    // their last seven"; "won 71 per cent of points on her first serve" is the day's. A streak
    // before its count of games, "109 straight games"; "their fourth straight win" is the day's.)
    auto count_at = [&](size_t k) {
      return k < words.size() && (std::any_of(words[k].begin(), words[k].end(), [](char ch) { return ascii::IsDigit(ch); }) ||
                                   CountWord(Bare(words[k])));
    };
    static const auto* kEvents = new ascii::WordMap<bool>(
        {{"titles", true}, {"games", true}, {"matches", true}, {"races", true}, {"tournaments", true}, {"medals", true},
         {"championships", true}, {"majors", true}, {"trophies", true}, {"caps", true}, {"events", true},
         {"Slams", true}, {"times", true}, {"of", true}},
        /*lower=*/false);
    // ("missed" a count of games or of a span: "missed 11 games", "missed six weeks"; not "made 187
    // tackles and missed 21".)
    static const auto* kMissable = new ascii::WordMap<bool>(
        {{"games", true}, {"matches", true}, {"starts", true}, {"weeks", true}, {"months", true}, {"seasons", true},
         {"days", true}, {"tournaments", true}, {"races", true}, {"Tests", true}, {"tests", true}, {"rounds", true},
         {"events", true}, {"fixtures", true}},
        /*lower=*/false);
    const bool missed_count =
        w == "missed" ? count_at(i + 1) && i + 2 < words.size() &&
                            (kMissable->Find(Bare(words[i + 2])) != nullptr ||
                             (i + 3 < words.size() && kMissable->Find(Bare(words[i + 3])) != nullptr))
        : w == "won"  ? [&] {
            // (Past "a record", "a career-high": "won a record 28 ranking titles".)
            for (size_t j = i + 1; j < words.size() && j <= i + 3; ++j) {
              const std::string_view b = Bare(words[j]);
              if (b == "a" || b == "an" || b == "record" || b == "career-high" || b == "total") continue;
              if (!count_at(j)) return false;
              for (size_t n = j + 1; n < words.size() && n <= j + 2; ++n)
                if (kEvents->Find(Bare(words[n])) != nullptr) return true;
              return false;
            }
            return false;
          }()
        : (w == "straight" || w == "consecutive")
            ? !(i + 1 < words.size() && !Bare(words[i + 1]).ends_with("s") && !Bare(words[i + 1]).empty())
            : true;
    if (day && kNotOfDay->Find(w) != nullptr && missed_count &&
        !(w[0] >= 'A' && w[0] <= 'Z' && !before.empty() && before[0] >= 'A' && before[0] <= 'Z'))
      return false;
    // (Nor, under a day's period, a rate over games or seasons: "outrebounded opponents by 19 a game".)
    if (day && (before == "a" || before == "per") && (w == "game" || w == "season" || w == "year" || w == "match"))
      return false;
    // ("since the incident" leaves a span open; not a superlative's "the lowest since 2014", "the
    // first time since".)
    if (w == "since" && since_superlative > 6 && before != "time" && before != "ever") return false;
    // ("had targeted", "had been": a past before the past the story tells.)
    // (But an estimate's: "below the 5.5% analysts had pencilled in" tells of the report now.)
    if (ascii::EqualsLower(before, "had") && EstimatingVerb(w) != Estimating::kPast && w != "pencilled" &&
        w != "penciled" && w != "anticipated" &&
        (UnlistedPast(w) || w == "been" || chunk::Classify(w) == chunk::WordClass::kVerb || chunk::MoveWords().Find(w) != nullptr))
      return false;
    if (ascii::EqualsLower(w, "was") || ascii::EqualsLower(w, "were") || ascii::EqualsLower(w, "had") ||
        (w != "expected" && w != "scheduled" && w != "planned" && w != "projected" && UnlistedPast(w)) ||
        chunk::IrregularPast(w))  // ("shed 8,200 jobs", "cut 300 jobs", "hit a record")
      past = true;
    before = w;
  }
  return past;
}

bool NamesOtherTime(std::string_view sentence, std::string_view period_surface, bool match_report,
                    std::string_view also, bool seasons) {
  thread_local std::string blanked;
  blanked.assign(sentence);
  for (const std::string_view blank : {period_surface, also})
    if (const size_t at = blank.empty() ? std::string_view::npos : sentence.find(blank); at != std::string_view::npos)
      std::fill(blanked.begin() + at, blanked.begin() + at + blank.size(), ' ');
  static const auto* kTimeWords = new ascii::WordMap<bool>(
      {{"year", true}, {"years", true}, {"month", true}, {"months", true}, {"week", true}, {"weeks", true},
       {"quarter", true}, {"quarters", true}, {"half", true}, {"day", true}, {"days", true}, {"season", true},
       {"seasons", true}, {"decade", true}, {"decades", true}, {"weekend", true}, {"session", true},
       {"sessions", true}, {"hours", true}, {"overnight", true}, {"period", true}, {"periods", true},
       {"round", true}, {"campaign", true}, {"era", true}, {"century", true}, {"peak", true}, {"height", true},
       {"pandemic", true}, {"ago", true}, {"once", true}, {"previously", true}, {"earlier", true},
       {"formerly", true}, {"originally", true}, {"initially", true}, {"later", true}, {"founded", true},
       {"began", true}, {"alone", true}},
      /*lower=*/true);
  const std::vector<std::string_view> words = WordsOf(blanked);
  auto bare = [&](size_t i) { return i < words.size() ? Bare(words[i]) : std::string_view(); };
  auto compares = [](std::string_view w) {
    return w == "from" || w == "than" || w == "compared" || w == "with" || w == "over" || w == "against" ||
           w == "versus" || w == "vs" || w == "since";
  };
  // (A superlative's or a streak's span: "the highest level in four years", "a sixth straight
  // month", "its best September since 2010", "the first time since 1950".)
  auto spans_record = [&](size_t i) {
    for (size_t k = i; k-- > 0 && k + 5 >= i;) {
      const std::string_view b = bare(k);
      if ((b.size() > 4 && b.ends_with("est")) || b == "straight" || b == "consecutive" || b == "row" || b == "running" ||
          ((b == "time" || b == "first") && bare(k + 1) == "since") || b == "record" || b == "most")
        return true;
    }
    return false;
  };
  size_t base_month = std::string_view::npos;  // (the word index of a base's month)
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = bare(i);
    if (w.empty()) continue;
    // ("During the pandemic,", "Before the merger,", "After the war,": a clause of time opening it;
    // "Separately,", "In other news,", "Elsewhere,": a roundup's next item.)
    // (Not a base's "After a 0.7% rise in the third quarter,".)
    const bool after_base = w == "After" && (bare(1) == "a" || bare(1) == "an") && !bare(2).empty() && ascii::IsDigit(bare(2)[0]);
    if (i == 0 && !after_base &&
        (w == "During" || w == "Before" || w == "After" || w == "Until" || w == "Since" || w == "Separately" ||
         w == "Elsewhere" || w == "Meanwhile" || w == "Also" || (w == "In" && bare(1) == "other")))
      return true;
    const bool year = w.size() >= 4 && ascii::IsDigit(w[0]) && ascii::IsDigit(w[1]) && ascii::IsDigit(w[2]) && ascii::IsDigit(w[3]) &&
                      (w.size() == 4 || w.substr(4) == "s" || w.substr(4) == "'s") && (w[0] == '1' || w[0] == '2') &&
                      std::find(words[i].begin(), words[i].end(), ',') == words[i].end();
    // (A possessive too: "July's starts were revised".)
    const std::string_view name = w.ends_with("'s") ? w.substr(0, w.size() - 2) : w;
    if (year || MonthOrDayName(name) || w == "yesterday" || w == "Yesterday" || w == "tomorrow") {
      // (A month a comparison's base names: "rose 0.2% from June to $35.07", "up from 26.8% in
      // January", "than in May"; not a span, "from March to October".)
      const std::string_view p1 = i >= 1 ? bare(i - 1) : std::string_view(), p2 = i >= 2 ? bare(i - 2) : std::string_view();
      const std::string_view after = bare(i + 1);
      const bool span = (after == "to" || after == "through" || after == "until" || after == "and") &&
                        MonthOrDayName(bare(i + 2));
      // (Or "in" it after a base figure and its noun: "slowing from 3.6% growth in November".)
      const bool base_figure_in = (p1 == "in" || p1 == "at" || (p1 == "the" && (p2 == "in" || p2 == "at"))) && [&] {
        for (size_t k = i - 1; k-- > 0 && k + 5 >= i;) {
          const std::string_view b = bare(k);
          // (A sum too: "up from £57,900 in September last year".)
          if (b == "from" || b == "than" || b == "against" || b == "versus")
            return k + 2 < i && bare(k + 1).find_first_of("0123456789") != std::string_view::npos;
        }
        return false;
      }();
      // (A year too when it names the base's event: "down from 49.6% at the 2024 general election".)
      const bool base = (!year && !span &&
                         (p1 == "from" || p1 == "than" || p1 == "against" || p1 == "versus" || base_figure_in ||
                          (p1 == "in" && (p2 == "from" || p2 == "than" || p2 == "with" || p2 == "against" ||
                                          bare(i - 3) == "from")))) ||
                        (year && p1 == "the" && base_figure_in);
      // (With its year: "from June 2024".)
      if (base || (year && i >= 1 && base_month == i - 1)) {
        base_month = i;
        continue;
      }
      // (Nor a telling's day: "the manager said in a filing on Friday".)
      const bool telling_day = !year && p1 == "on" && WeekdayIndex(name) < 7 && [&] {
        for (size_t k = i - 1; k-- > 0 && k + 6 >= i;)
          if (IsReportingVerb(bare(k)) || bare(k) == "announced") return true;
        return false;
      }();
      if (telling_day) continue;
      if (!spans_record(i)) return true;
      continue;
    }
    if (kTimeWords->Find(name) == nullptr) continue;  // (also "The prior month's gain was revised")
    // (Not an abbreviation in capitals: a pitcher's "ERA".)
    if (name.size() > 1 && std::all_of(name.begin(), name.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; })) continue;
    // ("alone" after a time only: "In November alone"; not "enough to govern alone".)
    if (ascii::EqualsLower(name, "alone") && i > 0 && !MonthOrDayName(bare(i - 1)) && kTimeWords->Find(bare(i - 1)) == nullptr)
      continue;
    // (A match report's tallies of the season are asides, no other time: "his ninth goal of the
    // season", "the most in a single season"; "last season" is one.)
    if (match_report && (ascii::EqualsLower(name, "season") || ascii::EqualsLower(name, "seasons")) && i >= 1) {
      const std::string_view b = bare(i - 1);
      if (b == "the" && i >= 2 && bare(i - 2) == "of") continue;
      if (seasons && (b == "the" || b == "this" || b == "his" || b == "her" || b == "their" || b == "its" || b == "single"))
        continue;
    }
    // (Nor a session of play, nor "Earlier," opening a sentence: "Earlier, South Africa lost their
    // last four wickets for 19 runs in the morning session".)
    if (match_report && ascii::EqualsLower(name, "session") && i >= 1) {
      const std::string_view b = bare(i - 1);
      if (b == "morning" || b == "afternoon" || b == "evening" || b == "opening" || b == "first" || b == "second" ||
          b == "third" || b == "final" || b == "last" || b == "post-lunch" || b == "post-tea")
        continue;
    }
    if (match_report && i == 0 && w == "Earlier" && words[0].ends_with(",") && [&] {
          // (Only with a part of the day's play: "in the morning session"; not "Earlier, the teams
          // drew 3-3 in the first leg", "Earlier, the Suns traded Durant".)
          for (size_t k = 1; k < words.size(); ++k) {
            const std::string_view x = bare(k);
            if (x == "morning" || x == "afternoon" || x == "evening" || x == "session" || x == "lunch" || x == "tea")
              return true;
          }
          return false;
        }())
      continue;
    // (Nor "the day" in it, the match's: "who started the day one shot ahead".)
    if (match_report && ascii::EqualsLower(name, "day") && i >= 1 && ascii::EqualsLower(bare(i - 1), "the") &&
        bare(i + 1) != "before" && bare(i + 1) != "after" && bare(i + 1) != "earlier")
      continue;
    // (A match report's halves and quarters are its day's: "Obi scored 15 in the fourth quarter".)
    if (match_report && (ascii::EqualsLower(w, "quarter") || ascii::EqualsLower(w, "half") ||
                         ascii::EqualsLower(w, "period") || ascii::EqualsLower(w, "quarters") || ascii::EqualsLower(w, "periods")))
      continue;
    // (A fraction: "dropped by about a quarter", "nearly half the area"; a time's quarter or half
    // follows "the", "this", "last", "next", "each", "per" or an ordinal.)
    if (ascii::EqualsLower(name, "quarter") || ascii::EqualsLower(name, "half")) {
      const std::string_view b = i >= 1 ? bare(i - 1) : std::string_view();
      const bool timeish = b == "the" || b == "The" || b == "this" || b == "last" || b == "next" || b == "that" ||
                           b == "each" || b == "every" || b == "per" || b == "same" || b == "prior" || b == "previous" ||
                           b == "first" || b == "second" || b == "third" || b == "fourth" || b == "final" ||
                           b == "latest" || b == "fiscal" || b == "its" || b == "their" || b.ends_with("-quarter") ||
                           b.ends_with("-earlier") || b.ends_with("-ago") || b == "year-earlier" || b == "corresponding";
      if (!timeish) continue;
    }
    const std::string_view next = bare(i + 1);
    // (A comparison's base: "than a year earlier", "from a year ago", "down from 54,800 a year
    // earlier", "from the previous month".)
    if (next == "earlier" || next == "ago" || next == "before" || next == "prior") {
      bool base = false;
      // (Also "up on a year earlier".)
      for (size_t k = i; k-- > 0 && k + 4 >= i;)
        base = base || compares(bare(k)) || (bare(k) == "on" && k > 0 && (bare(k - 1) == "up" || bare(k - 1) == "down"));
      if (base) {
        ++i;  // (and its "earlier")
        continue;
      }
      return true;
    }
    const std::string_view b1 = i >= 1 ? bare(i - 1) : std::string_view(), b2 = i >= 2 ? bare(i - 2) : std::string_view(),
                           b3 = i >= 3 ? bare(i - 3) : std::string_view();
    // (Or past the base's figure: "widened to 3.12% from 3.05% in the previous quarter".)
    if ((b1 == "previous" || b1 == "prior" || b1 == "preceding" || b1 == "same") && b2 == "the" &&
        (compares(b3) ||
         (b3 == "in" && i >= 4 &&
          (compares(bare(i - 4)) || (i >= 5 && ascii::IsDigit(bare(i - 4).front()) && compares(bare(i - 5)))))))
      continue;
    // (With its count: "than in the previous three months".)
    if ((b2 == "previous" || b2 == "prior" || b2 == "preceding" || b2 == "same") && b3 == "the" && i >= 4 &&
        (compares(bare(i - 4)) || (bare(i - 4) == "in" && i >= 5 && compares(bare(i - 5)))) &&
        (ascii::IsDigit(b1[0]) || b1 == "two" || b1 == "three" || b1 == "four" || b1 == "six" || b1 == "nine" ||
         b1 == "twelve"))
      continue;
    // (A base's "last": "up 40 per cent from last year's final", "than last year", "up from 96.1 mph
    // last season".)
    if ((b1 == "last" || b1 == "Last") && (compares(b2) || b2 == "on" || [&] {
          for (size_t k = i - 1; k-- > 0 && k + 5 >= i;)
            if (bare(k) == "from" || bare(k) == "than") return k + 2 < i && bare(k + 1).find_first_of("0123456789") != std::string_view::npos;
          return false;
        }()))
      continue;
    // (And the year of that base: "Compared with the same period last year", "than in the same quarter
    // last year".)
    if (ascii::EqualsLower(name, "year") && b1 == "last" && kTimeWords->Find(b2) != nullptr && b3 == "same") continue;
    // (A measure in time: "4.4 months of supply", "six weeks of imports".)
    if (next == "of" && !bare(i + 2).empty() && chunk::Classify(bare(i + 2)) == chunk::WordClass::kContent &&
        !ascii::IsDigit(bare(i + 2)[0]))
      continue;
    // (A rate's time: "3.78 million barrels per day", "3,000 cars a day".)
    if (b1 == "per" || ((b1 == "a" || b1 == "an") && !b2.empty() && chunk::Classify(b2) != chunk::WordClass::kPreposition &&
                        b2 != "last" && b2 != "next" && b2 != "this"))
      continue;
    if (w == "earlier" && compares(b1)) continue;
    if (spans_record(i)) continue;
    // (A figure's unit of time reached or measured, no span of the story's: "The average workweek
    // slipped to 34.2 hours", "homes sold in an average of 22 days"; not "over the past 12 months",
    // "in 30 days".)
    if (!b1.empty() && ascii::IsDigit(b1[0]) && (b2 == "to" || b2 == "at" || b2 == "of" || b2 == "from" || b2 == "by"))
      continue;
    // (A number in words too, past an approximation: "during a stay of more than six hours".)
    if (!b1.empty() && (ascii::IsDigit(b1[0]) || (CountWord(b1) && b1 != "a" && b1 != "an" && b1 != "all" && b1 != "most"))) {
      size_t k = i - 1;  // (the number's word)
      if (k >= 2 && bare(k - 1) == "than" && (bare(k - 2) == "more" || bare(k - 2) == "less")) k -= 2;
      else if (k >= 1 && (bare(k - 1) == "about" || bare(k - 1) == "nearly" || bare(k - 1) == "almost" ||
                          bare(k - 1) == "around" || bare(k - 1) == "some")) k -= 1;
      if (k >= 1 && k + 1 < i && bare(k - 1) == "of") continue;
    }
    // (So after a verb or a word of its own: "homes took a median 41 days to sell", "spent 9,000
    // hours"; a span's figure follows a preposition or a determiner: "in 30 days", "the past 12
    // months", "for 60 days".)
    if (!b1.empty() && ascii::IsDigit(b1[0]) && !b2.empty() && b2[0] >= 'a' && b2[0] <= 'z' &&
        chunk::Classify(b2) != chunk::WordClass::kPreposition && chunk::Classify(b2) != chunk::WordClass::kDeterminer &&
        !(b2 == "past" || b2 == "last" || b2 == "next" || b2 == "first" || b2 == "final" || b2 == "coming" ||
          b2 == "recent" || b2 == "previous" || b2 == "prior" || b2 == "within" || b2 == "during" || b2 == "over" ||
          b2 == "for" || b2 == "after" || b2 == "than"))
      continue;
    // (The year of a base's month: "than in October last year".)
    if (ascii::EqualsLower(name, "year") && b1 == "last" && base_month != std::string_view::npos && base_month + 2 == i)
      continue;
    return true;
  }
  return false;
}

// Whether `sentence` names the body `owner` (a calendar's, "TD, whose fiscal year ends"): as written,
// by a capitalized word it holds or that holds it ("Bank of Nova Scotia" for "Scotiabank"), or by
// its initials ("Toronto-Dominion Bank" for "TD").
bool NamesOwner(std::string_view sentence, std::string_view owner) {
  if (sentence.find(owner) != std::string_view::npos) return true;
  std::string initials;
  for (std::string_view w : WordsOf(sentence)) {
    w = Bare(w);
    if (w.ends_with("'s")) w.remove_suffix(2);
    if (w.empty() || w[0] < 'A' || w[0] > 'Z') {
      initials += ' ';
      continue;
    }
    if (w.size() >= 4 && (owner.find(w) != std::string_view::npos || (owner.size() >= 4 && w.find(owner) != std::string_view::npos)))
      return true;
    for (size_t k = 0; k < w.size(); k = w.find('-', k) == std::string_view::npos ? w.size() : w.find('-', k) + 1)
      initials += w[k];
  }
  return owner.size() >= 2 && owner.size() <= 4 &&
         std::all_of(owner.begin(), owner.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }) &&
         initials.find(owner) != std::string::npos;
}

namespace {

// Whether a sentence tells of a year on a calendar of its own, not a government's: a season's, a
// crop's, a school's or a team's ("in the 2026-27 marketing year", "the 2025-26 season", "student
// enrollment", "1.7 billion bushels", "the team said").
bool OwnCalendarYear(std::string_view sentence) {
  static const auto* kWords = new ascii::WordMap<bool>(
      {{"season", true}, {"seasons", true}, {"marketing", true}, {"crop", true}, {"crops", true}, {"harvest", true},
       {"academic", true}, {"school", true}, {"school's", true}, {"schools", true}, {"university", true},
       {"universities", true}, {"university's", true}, {"student", true}, {"students", true}, {"semester", true},
       {"term", true}, {"enrollment", true}, {"enrolment", true}, {"enrollments", true}, {"enrolments", true},
       {"bushels", true}, {"soybean", true}, {"soybeans", true}, {"wheat", true}, {"corn", true}, {"sugar", true},
       {"cotton", true}, {"cocoa", true}, {"coffee", true}, {"rice", true}, {"team", true}, {"club", true},
       {"league", true}},
      /*lower=*/true);
  for (std::string_view w : WordsOf(sentence))
    if (kWords->Find(Bare(w)) != nullptr) return true;
  return false;
}

// The places (fiscal_years.tsv) `text` names, in order.
std::vector<std::pair<size_t, const TableEntry*>> PlacesIn(std::string_view text) {
  std::vector<std::pair<size_t, const TableEntry*>> out;
  const TableIndex& places = Tables::Get().fiscal_years;
  for (size_t at = 0; at < text.size(); ++at) {
    if (at > 0 && IsWordByte(text[at - 1])) continue;
    size_t end = 0;
    if (const TableEntry* e = places.LongestAt(text, at, &end)) {
      // (Not a word of another name: "The New York Times", "the New York Fed", "New York-based
      // Moody's"; but "the U.S. Treasury", "Japan's Finance Ministry".)
      const std::string_view rest = text.substr(end);
      const auto [nb, ne] = WordAfter(text, end);
      const std::string_view next = Bare(text.substr(nb, ne - nb));
      static const auto* kGovernmentNames = new ascii::WordMap<bool>(
          {{"Treasury", true}, {"Congress", true}, {"Senate", true}, {"House", true}, {"Department", true},
           {"Government", true}, {"Parliament", true}, {"Budget", true}, {"Finance", true}, {"Defense", true},
           {"Defence", true}, {"Cabinet", true}, {"Legislature", true}, {"Assembly", true}, {"Treasurer", true},
           {"Minister", true}, {"Governor", true}, {"Gov", true}, {"Premier", true}, {"State", true}, {"Office", true},
           {"Prime", true}, {"Chancellor", true}, {"Comptroller", true}, {"General", true}, {"Education", true},
           {"Health", true}, {"Transportation", true}, {"Revenue", true}, {"Agency", true}, {"Auditor", true}},
          /*lower=*/false);
      const bool other_name = rest.starts_with("-based") ||
                              (rest.starts_with(" ") && !next.empty() && next[0] >= 'A' && next[0] <= 'Z' &&
                               kGovernmentNames->Find(next) == nullptr);
      if (!other_name) out.emplace_back(at, e);
      at = end;
    }
  }
  return out;
}

// The place whose government pays in a currency (an ISO code), for a figure in it: "A$36.8 billion"
// is Australia's; none for the dollar of the US (its federal or a state's), the euro, nor the rupee
// (India's or Pakistan's, as the text reads it).
const TableEntry* PlaceOfCurrency(std::string_view unit) {
  static const auto* kPlaces = new ascii::WordMap<std::string_view>(
      {{"AUD", "Australia"}, {"NZD", "New Zealand"}, {"CAD", "Canada"}, {"GBP", "United Kingdom"}, {"JPY", "Japan"},
       {"SGD", "Singapore"}, {"HKD", "Hong Kong"}, {"ZAR", "South Africa"}, {"PKR", "Pakistan"},
       {"KES", "Kenya"}, {"EGP", "Egypt"}, {"THB", "Thailand"}, {"BDT", "Bangladesh"}, {"UGX", "Uganda"},
       {"TZS", "Tanzania"}},
      /*lower=*/false);
  const std::string_view* name = kPlaces->Find(unit.substr(0, 3));
  if (name == nullptr) return nullptr;
  // (Each place's line looked up once, not per figure.)
  static const auto* kLines = [] {
    auto* lines = new std::unordered_map<std::string_view, const TableEntry*>;
    for (const TableEntry& e : Tables::Get().all_fiscal_years) lines->emplace(e.surface, &e);
    return lines;
  }();
  const auto it = kLines->find(*name);
  return it == kLines->end() ? nullptr : it->second;
}

// Whether a word names a place of the table: "Ohio", "Ohio's".
bool NamesPlace(std::string_view w) {
  size_t end = 0;
  return Tables::Get().fiscal_years.LongestAt(w, 0, &end) != nullptr;
}

// Whether the words of a sentence up to a fiscal year's name tell of a government's money (a budget,
// spending, a deficit, taxes, a ministry) and none of the sentence of a company's (revenue, sales,
// profit, a company): "Defense spending will rise to 9.04 trillion yen in fiscal 2026"; not "Toyota
// now expects operating income of 3.2 trillion yen for fiscal 2026", "revenue from government
// contracts".
bool GovernmentMoney(std::string_view head, std::string_view sentence) {
  static const auto* kGovernment = new ascii::WordMap<bool>(
      {{"government", true}, {"government's", true}, {"budget", true}, {"budgets", true}, {"deficit", true},
       {"surplus", true}, {"shortfall", true}, {"borrow", true}, {"borrowing", true}, {"treasury", true},
       {"ministry", true}, {"minister", true}, {"treasurer", true}, {"province", true}, {"provincial", true},
       {"state", true}, {"state's", true}, {"council", true}, {"parliament", true}, {"legislature", true},
       {"lawmakers", true}, {"pentagon", true}, {"congress", true}, {"administration", true}, {"public", true},
       {"tax", true}, {"taxes", true}, {"spending", true}, {"spend", true}, {"debt", true}, {"defence", true},
       {"defense", true}, {"receipts", true}, {"authority", true}, {"agency", true}, {"department", true},
       {"appropriations", true}, {"federal", true}, {"crown", true}, {"legislative", true}, {"office", true}},
      /*lower=*/true);
  static const auto* kCompany = new ascii::WordMap<bool>(
      {{"company", true}, {"company's", true}, {"revenue", true}, {"revenues", true}, {"sales", true},
       {"profit", true}, {"profits", true}, {"earnings", true}, {"income", true}, {"shareholders", true},
       {"retailer", true}, {"consultancy", true}, {"firm", true}, {"ceo", true}, {"margin", true},
       {"endowment", true}, {"donations", true}, {"charity", true}, {"plants", true}, {"factory", true},
       {"factories", true}, {"stores", true}},
      /*lower=*/true);
  // (In the year's clause, or a place named there: "Ohio will spend $45 billion in fiscal 2027"; not
  // "The government is pressing automakers, and Honda said it will spend 1 trillion yen in fiscal 2027".)
  // (A clause of a new subject by name is its own; a participle's or a figure's goes on with the head's:
  // "projects a deficit of $13.5 billion in 2026-27, narrowing to $7.8 billion in 2027-28".)
  std::string_view clause = head.substr(LastClauseStart(head, head.size()));
  {
    std::string_view opening = clause;
    for (std::string_view j : {"and ", "but ", "while ", "whereas "})
      if (opening.starts_with(j)) opening.remove_prefix(j.size());
    const std::string_view w = Bare(opening.substr(0, opening.find(' ')));
    if (w.empty() || w[0] < 'A' || w[0] > 'Z' || kGovernment->Find(w) != nullptr || NamesPlace(w)) clause = head;
  }
  bool government = !PlacesIn(clause).empty();
  for (std::string_view w : WordsOf(clause)) government = government || kGovernment->Find(Bare(w)) != nullptr;
  if (!government) return false;
  const std::vector<std::string_view> words = WordsOf(sentence);
  // (A clause whose subject is a government's body: "The nonpartisan Office of Legislative Services
  // projected that revenue would grow 2.8%"; not "and Infosys said it expects revenue growth".)
  bool body = false;
  {
    const std::vector<std::string_view> opening = WordsOf(clause);
    for (size_t k = 0; k < opening.size() && k < 4; ++k)
      body = body || kGovernment->Find(Bare(opening[k])) != nullptr || NamesPlace(opening[k]);
  }
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string_view w = Bare(words[k]);
    // ("tax revenue", "state revenue" are a government's, and a government body's revenue.)
    if ((ascii::EqualsLower(w, "revenue") || ascii::EqualsLower(w, "revenues") || ascii::EqualsLower(w, "receipts")) &&
        (body || (k > 0 && kGovernment->Find(Bare(words[k - 1])) != nullptr)))
      continue;
    if (kCompany->Find(w) != nullptr) return false;
  }
  return true;
}

// Whether a place is the US government's (its federal calendar), which a story of other places names
// in passing ("U.S. tariffs").
bool Federal(const TableEntry& e) {
  return e.surface == "U.S." || e.surface == "United States" || e.surface == "Pentagon" || e.surface == "White House";
}

// Whether `text` tells of a city's, a county's or a school board's money: "the City Council", "Mayor".
bool LocalGovernment(std::string_view text) {
  for (std::string_view w : {"City Council", "city council", "Common Council", "City-County", "Board of Supervisors",
                             "county commission", "County Commission", "commissioners", "school board", "School Board",
                             "school district", "School District", "Mayor ", "mayor ", "mayor's", "Mayor's", "city's",
                             "City's", "County Council", "county council"})
    if (text.find(w) != std::string_view::npos) return true;
  return false;
}

}  // namespace

// The year a fiscal year's name ends in, from the name's end ("fiscal 2025", "FY26", "fiscal year
// 2025"; "2024/25", "FY2025-26", "the 2024-25 fiscal year"): the second year of two, or the one
// year (`*one_year` then true); 0 for no such name, or two years not in a row.
int FiscalYearNamed(std::string_view surface, bool* one_year) {
  static const RE2* one = new RE2(R"((?i)\b(?:(?:fiscal|financial)(?: year)? ((?:19|20)\d\d)|fy ?((?:19|20)?\d\d))$)");
  static const RE2* two = new RE2(R"((?i)\b(?:fy ?)?((?:19|20)?\d\d)[-/]((?:19|20)?\d\d)\b)");
  auto full = [](const std::string& y) { return y.size() == 2 ? 2000 + std::atoi(y.c_str()) : std::atoi(y.c_str()); };
  std::string a, b;
  *one_year = false;
  if (RE2::PartialMatch(re2::StringPiece(surface.data(), surface.size()), *two, &a, &b)) {
    const int y1 = full(a), y2 = b.size() == 2 ? (y1 / 100) * 100 + std::atoi(b.c_str()) : std::atoi(b.c_str());
    return y2 == y1 + 1 ? y2 : 0;
  }
  if (RE2::PartialMatch(re2::StringPiece(surface.data(), surface.size()), *one, &a, &b)) {
    *one_year = true;
    return full(a.empty() ? b : a);
  }
  return 0;
}

// Dates the fiscal years of a government's money on its place's calendar (fiscal_years.tsv), for a
// story that states none: the place the sentence names before the year, or after it, or the story's
// first (one other than the US government's when the story names another); not a city's, a county's
// or a school board's year where the place's local calendars differ from its own; not a season's,
// a crop's, a school's nor a company's year. A year of a part ("the first quarter of fiscal 2026")
// is that part.
void DateGovernmentYears(std::string_view text, std::vector<Claim>* out, size_t first) {
  static const RE2* part_of = new RE2(R"((?i)\b(first|second|third|fourth) (quarter|half) of )");
  bool story_read = false;
  const TableEntry* story_place = nullptr;
  bool local = false;
  for (size_t k = first; k < out->size(); ++k) {
    Claim& c = (*out)[k];
    if (!c.period || c.period->surface.empty() || !c.period->start.empty() || !c.period->end.empty()) continue;
    std::string_view surface = c.period->surface;
    while (!surface.empty() && !IsWordByte(surface.back())) surface.remove_suffix(1);
    bool one_year = false;
    int y_end = FiscalYearNamed(surface, &one_year);
    if (y_end == 0) continue;
    // (The sentence that names the year: the claim's, or the one it was lent from.)
    std::string_view sentence = c.sentence;
    size_t at = sentence.find(c.period->surface);
    if (at == std::string_view::npos) {
      const size_t t = text.find(c.period->surface);
      if (t == std::string_view::npos) continue;
      size_t sb = text.rfind(". ", t), se = text.find(". ", t);
      const size_t nb = text.rfind('\n', t);
      sb = sb == std::string_view::npos ? 0 : sb + 2;
      if (nb != std::string_view::npos && nb + 1 > sb) sb = nb + 1;
      se = se == std::string_view::npos ? text.size() : se + 1;
      sentence = text.substr(sb, se - sb);
      at = t - sb;
    }
    if (OwnCalendarYear(sentence) || !GovernmentMoney(sentence.substr(0, at), sentence)) continue;
    // (The figure's currency's, the place the sentence names before the year or after it, or the
    // story's: its currency's, or the place it names most as a government's.)
    const TableEntry* place = PlaceOfCurrency(c.quantity.unit);
    if (place == nullptr)
      for (const auto& [p, e] : PlacesIn(sentence)) {
        if (p < at || place == nullptr) place = e;
        if (p >= at) break;
      }
    if (!story_read) {
      // (Candidates in the order met, each with its score: a figure in its currency 3, a mention 1, a
      // mention as a government's, "Pakistan's", "the Japanese government", 3.)
      std::vector<std::pair<const TableEntry*, int>> score;
      auto add = [&](const TableEntry* e, int n) {
        for (auto& [f, v] : score)
          if (f == e) {
            v += n;
            return;
          }
        score.emplace_back(e, n);
      };
      for (size_t j = first; j < out->size(); ++j)
        if (const TableEntry* e = PlaceOfCurrency((*out)[j].quantity.unit)) add(e, 3);
      for (const auto& [p, e] : PlacesIn(text)) {
        const std::string_view after = text.substr(p + e->surface.size());
        add(e, 1 + 2 * (after.starts_with("'s") || after.starts_with(" government") || after.starts_with(" budget")));
      }
      int best = 0;
      for (const auto& [e, v] : score)
        if (v > best || (v == best && story_place != nullptr && Federal(*story_place) && !Federal(*e))) {
          best = v;
          story_place = e;
        }
      local = LocalGovernment(text.substr(0, text.find("\n\n")));
      story_read = true;
    }
    if (place == nullptr) place = story_place;
    if (place == nullptr) continue;
    const int first_month = static_cast<int>(place->value);
    const std::string& naming = place->unit;
    if (first_month <= 1 || first_month > 12 || (one_year && naming == "two")) continue;
    // (A city's or a county's year where local calendars are their own: Chicago's is the calendar's,
    // Dallas's begins in October, though Illinois's and Texas's begin in July and September.)
    if (place->kind != "same" && (local || LocalGovernment(sentence))) continue;
    if (one_year && naming == "start") ++y_end;
    const int end_month = first_month - 1;
    int sy = y_end - 1, sm = first_month, ey = y_end, em = end_month;
    // (A part: "the first quarter of fiscal 2026", "the first half of 2026-27".)
    if (std::string n, span; RE2::PartialMatch(re2::StringPiece(surface.data(), surface.size()), *part_of, &n, &span)) {
      const std::string l = Lower(n);
      const int len = Lower(span) == "half" ? 6 : 3;
      const int index = l == "first" ? 0 : l == "second" ? 1 : l == "third" ? 2 : 3;
      if ((index + 1) * len > 12) continue;
      const int s0 = sy * 12 + (sm - 1) + index * len, e0 = s0 + len - 1;
      sy = s0 / 12, sm = s0 % 12 + 1, ey = e0 / 12, em = e0 % 12 + 1;
    }
    c.period->start = Ym(sy, sm);
    c.period->end = Ym(ey, em);
  }
}

void LendListHeaders(std::string_view text, int year, int month, int day, std::vector<Claim>* out, size_t first) {
  static const RE2* month_name = new RE2(
      R"((?i)\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)");
  // (A line with its marker, or one the normalizer took the bullet off, a label and its figure
  // first: "Exports: 9.03 trillion yen, down 2.7%", "Mining: up 6.4%"; not a paragraph that opens
  // with a label, "What's next: Markets price two rate cuts".)
  auto item = [](std::string_view line) {
    if (normalizers::ListMarkerSize(line) > 0) return true;
    const size_t colon = line.find(": ");
    if (colon == std::string_view::npos || colon >= 48 || line.empty() || line[0] < 'A' || line[0] > 'Z' ||
        line.substr(0, colon).find_first_of(".,;") != std::string_view::npos || WordsOf(line.substr(0, colon)).size() > 4)
      return false;
    // (A label's value opens with its figure or a word in small letters, "deficit of ¥381.6 billion";
    // not with a sentence, "The bottom line: Mortgage rates are 6.8%", "Why it matters: ...".)
    const std::string_view value = line.substr(colon + 2);
    if (line.starts_with("The ") || line.starts_with("What") || line.starts_with("Why ") || line.starts_with("How "))
      return false;
    // (Or a sign of money before it: "S$6.4 billion", "RM331.4 billion", "AED 14.8 billion".)
    const std::string_view token = value.substr(0, value.find(' '));
    const std::string_view next = token.size() < value.size() ? value.substr(token.size() + 1) : std::string_view();
    const bool code = token.size() >= 2 && token.size() <= 4 &&
                      std::all_of(token.begin(), token.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }) &&
                      !next.empty() && ascii::IsDigit(next[0]);
    return !value.empty() && value.find_first_of("0123456789") != std::string_view::npos &&
           (token.find_first_of("0123456789") != std::string_view::npos || value[0] == '$' || value[0] == '+' ||
            value[0] == '-' || static_cast<unsigned char>(value[0]) >= 0xC2 || (value[0] >= 'a' && value[0] <= 'z') || code);
  };
  auto line_at = [&](size_t at) {  // (the line holding byte `at`)
    const size_t b = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
    const size_t begin = b == std::string_view::npos ? 0 : b + 1;
    const size_t e = text.find('\n', at);
    return text.substr(begin, (e == std::string_view::npos ? text.size() : e) - begin);
  };
  // The release a list may summarise: the story's first figure of a month or longer, in its lead
  // (or the lead's period lent to the paragraph after it: "Growth cooled in May. The PMI slipped to
  // 54.1").
  std::optional<Period> release;
  const size_t lead_end = std::min(text.find("\n\n"), text.size());
  const size_t second_end = lead_end < text.size() ? std::min(text.find("\n\n", lead_end + 2), text.size()) : lead_end;
  for (size_t k = first; k < out->size() && !release; ++k)
    if (const Claim& d = (*out)[k];
        (d.span_begin < lead_end || (d.span_begin < second_end && d.period && d.period->lent)) && d.period &&
        d.period->start.size() == 7)
      release = d.period;
  size_t header_at = std::string_view::npos;  // (the last list's header, and its period)
  std::optional<Period> header_period;
  size_t last_item = std::string_view::npos, last_header = 0;  // (the last item's line, and its header's)
  for (size_t k = first; k < out->size(); ++k) {
    Claim& c = (*out)[k];
    if (c.span_begin >= text.size()) continue;
    std::string_view line = line_at(c.span_begin);
    // (Not a figure with a time of its own, "the revised FY2025 figure", nor a base's, labelled in
    // brackets, "- Output: 52.4 (February: 49.7)"; but "Zentra: 58.9 million (+1%)".)
    if (!item(line) || c.period) continue;
    const size_t line_begin = static_cast<size_t>(line.data() - text.data());
    const std::string_view before = text.substr(line_begin, c.span_begin - line_begin);
    if (const size_t open = before.rfind('('), close = before.rfind(')');
        open != std::string_view::npos && (close == std::string_view::npos || open > close) &&
        before.substr(open).find(':') != std::string_view::npos)
      continue;
    // (Nor a line whose label holds a time, its own: "- GDP 2027: 1.5%", "- 2019: revenue tops $1bn",
    // "- YouGov (March 1-3): Reform 29%", "- 09:15 FTSE opens 0.3% higher".)
    {
      std::string_view label = line.substr(0, std::min(line.find(": "), line.size()));
      if (label.size() == line.size()) label = line.substr(0, std::min<size_t>(line.size(), 10));
      if (label.find_first_of("0123456789") != std::string_view::npos ||
          RE2::PartialMatch(re2::StringPiece(label.data(), label.size()), *month_name))
        continue;
    }
    // The header: the first line above that is no item, ending with a colon (past blank lines: the
    // normalizer keeps a list's lines as a paragraph of their own, "Key figures:\n\n- Exports: ...").
    // (The walk stops at the list's item seen last, whose header is known: each line is walked once.)
    size_t at = static_cast<size_t>(line.data() - text.data());
    const size_t item_at = at;
    bool known = false;
    while (at > 0) {
      if (at == last_item && last_item != std::string_view::npos) {
        known = true;
        break;
      }
      line = line_at(at - 1);
      at = static_cast<size_t>(line.data() - text.data());
      if (!item(line) && !line.empty()) break;
    }
    last_item = item_at;
    if (known) {
      at = last_header;
      line = line_at(at);
    }
    last_header = at;
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
    if (item(line) || !line.ends_with(':')) continue;
    // (Its last sentence: "The council released its midyear report on Wednesday. Key figures:"; not
    // past an abbreviation, "Q3 highlights (three months to Oct. 31):".)
    for (size_t stop = line.rfind(". "); stop != std::string_view::npos && stop > 0; stop = line.rfind(". ", stop - 1)) {
      size_t w = stop;
      while (w > 0 && ascii::IsAlpha(line[w - 1])) --w;
      const std::string_view word = line.substr(w, stop - w);
      if (word.size() >= 4 && word.back() >= 'a' && word.back() <= 'z' && stop + 2 < line.size() && line[stop + 2] >= 'A' &&
          line[stop + 2] <= 'Z') {
        line.remove_prefix(stop + 2);
        break;
      }
    }
    if (at != header_at) {
      header_at = at;
      header_period.reset();
      // (A header of two years' columns, "Forecasts (2026 / 2027):", dates none.)
      size_t years = 0;
      for (std::string_view w : WordsOf(line))
        if (w = Bare(w); w.size() >= 4 && (w.starts_with("19") || w.starts_with("20")) && ascii::IsDigit(w[2]) && ascii::IsDigit(w[3]))
          ++years;
      if (years >= 2) continue;
      header_period = FindPeriod(line, year, month, month, {}, day);
      // (A month alone: "November:", "November (revised):".)
      if (!header_period && RE2::PartialMatch(re2::StringPiece(line.data(), std::min<size_t>(line.size(), 10)), *month_name) &&
          WordsOf(line).size() <= 3)
        header_period = FindPeriod("in " + std::string(line.substr(0, line.find_first_of(" :("))), year, month, month, {}, day);
      // (Nor a day the header tells of, an event's: "The travel season began on Feb. 2 ...:"; and a
      // header with a time of its own lends no other, "Key figures for 5 March:".)
      if (header_period && header_period->start.size() == 10 && header_period->start == header_period->end) {
        header_period.reset();
        continue;
      }
      if (header_period && header_period->start.empty()) header_period.reset();  // ("change from a year earlier")
      // Else the release's ("Key figures:", "Highlights of the survey:", "Shipments by vendor:"): not
      // under a header of a season, a timeline, polls, events, a forecast, what to know, the latest
      // readings or the year so far.
      // (A header with a date or a number the period reader does not read keeps its own: "Key figures
      // for 5 March:", "Average prices on 4 March:".)
      if (!header_period && release && line.find_first_of("0123456789") == std::string_view::npos &&
          !RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), *month_name)) {
        const std::string h = Lower(line);
        static constexpr std::string_view kOther[] = {"forecast", "projected", "projection", "season", "timeline", "poll",
                                                       "event", "know", "latest", "table", "scorer", "to date",
                                                       "full-year", "full year", "ahead", "watch", "next", "since", "history",
                                                       "record", "target", "outlook", "guidance", "expect", "so far", "today",
                                                       "previous", "past", "background", "related", "more on", "standings"};
        if (std::none_of(std::begin(kOther), std::end(kOther), [&](std::string_view w) { return h.find(w) != std::string::npos; }) &&
            !h.starts_with("earlier"))
          header_period = release;
      }
    }
    if (!header_period) continue;
    c.period = header_period;
    c.period->lent = true;
  }
}

// Dates a year of two written "2025-26" or "2025/26" on a season's own calendar, by the words of its
// sentence: a school's or a college's (September to June; its money, but fees, July to June); a
// crop's marketing year (corn, soybeans and sorghum September to August; wheat June to May; canola,
// rapeseed and cotton August to July; rice and grain July to June; sugar, coffee and cocoa October
// to September; and the places' own below); a dairy season's (June to May); a league's (September
// to May; its money July to June). Not a government's, a company's, a tax's or a fund's year
// (DateGovernmentYears, DateFiscalYears).
void DateSeasonYears(std::vector<Claim>* out, size_t first) {
  static const RE2* two = new RE2(R"(\b((?:19|20)\d\d)[-/](\d\d)\b)");
  static const RE2* started = new RE2(
      R"((?i)\b(?:started|starts|began|begins|beginning|starting) (?:in )?(January|February|March|April|May|June|July|August|September|October|November|December)\b)");
  // A season's first and last months, as 100 * first + last.
  static const auto* kSpan = new ascii::WordMap<int>(
      {{"school", 906}, {"schools", 906}, {"academic", 906}, {"student", 906}, {"students", 906}, {"pupils", 906},
       {"kindergarten", 906}, {"tuition", 906}, {"semester", 906}, {"university", 906}, {"universities", 906},
       {"college", 906}, {"colleges", 906}, {"corn", 908}, {"maize", 908}, {"soybean", 908}, {"soybeans", 908},
       {"soy", 908}, {"sorghum", 908}, {"wheat", 605}, {"canola", 807}, {"rapeseed", 807}, {"cotton", 807},
       {"rice", 706}, {"sugar", 1009}, {"cane", 1009}, {"coffee", 1009}, {"cocoa", 1009}, {"grain", 706},
       {"milk", 605}, {"dairy", 605}, {"milksolids", 605}, {"rabi", 403}, {"kharif", 1009}},
      /*lower=*/true);
  // (Words of no one crop or body, read only when no word above is: "the Buenos Aires Grains Exchange
  // kept its estimate for the 2025/26 soybean harvest" is the soybeans'.)
  static const auto* kGenericSpan = new ascii::WordMap<int>(
      {{"grain", 706}, {"grains", 706}, {"league", 905}, {"club", 905}, {"clubs", 905}, {"matches", 905},
       {"fixtures", 905}, {"goals", 905}, {"district", 906}},
      /*lower=*/true);
  for (size_t k = first; k < out->size(); ++k) {
    Claim& c = (*out)[k];
    if (!c.period || c.period->surface.empty() || !c.period->start.empty() || !c.period->end.empty()) continue;
    std::string a, b;
    if (!RE2::PartialMatch(c.period->surface, *two, &a, &b)) continue;
    const int y1 = std::atoi(a.c_str()), y2 = (y1 / 100) * 100 + std::atoi(b.c_str());
    if (y2 != y1 + 1) continue;
    // (A season's sentence only, its own; not a government's, a company's, a tax's or a fund's year:
    // "the sugar tax raised £338 million in 2024/25", "Tata Coffee ... reported revenue of Rs 19,500
    // crore for 2025-26", "Core schools funding ... in 2025-26, the Treasury said".)
    const std::string_view sentence = c.sentence;
    if (sentence.find(c.period->surface) == std::string_view::npos || !OwnCalendarYear(sentence)) continue;
    bool other_year = false;
    for (std::string_view w : {"fiscal", "financial year", "budget", "tax", "levy", "duty", "subsidy", "treasury",
                               "funding", "spend", "expenditure", "fund", "holdings", "plc"})
      other_year = other_year || ascii::ContainsLower(sentence, w);
    // (A company's results or guidance, not a sector's: "Kenya's coffee earnings rose 28% in the
    // 2024/25 coffee year" is the season's.)
    bool results = false, company = false;
    for (std::string_view w : {"revenue", "sales", "profit", "earnings", "income"})
      results = results || ascii::ContainsLower(sentence, w);
    for (std::string_view w : {"company", "Group", "Inc", "Ltd", "Corp", "reported", "expects", "posted"})
      company = company || sentence.find(w) != std::string_view::npos;
    if (other_year || (results && company)) continue;
    const std::vector<std::string_view> words = WordsOf(sentence);
    int span = 0;
    for (const auto* table : {kSpan, kGenericSpan}) {
      for (std::string_view w : words)
        if (const int* m = table->Find(Bare(w)); m != nullptr) {
          span = *m;
          break;
        }
      if (span != 0) break;
    }
    if (span == 0) continue;
    auto names = [&](std::string_view place) { return sentence.find(place) != std::string_view::npos; };
    // India's rabi year and its schools' year April to March (its wheat's too); Australia's wheat,
    // barley and canola October to September; Brazil's centre-south cane April to March, its coffee
    // July to June; a start the sentence states ("the season, which started in April").
    for (std::string_view w : words)
      if (ascii::EqualsLower(Bare(w), "rabi")) span = 403;
    const bool india = names("India") || names(" crore") || names(" lakh") || names("CBSE");
    if ((span == 605 || span == 906) && india) span = 403;
    if ((span == 605 || span == 807) && (names("Australia's") || names("Australian"))) span = 1009;
    if (span == 1009 && names("Brazil") && (ascii::ContainsLower(sentence, "sugar") || ascii::ContainsLower(sentence, "cane")))
      span = 403;
    if (span == 1009 && names("Brazil") && ascii::ContainsLower(sentence, "coffee")) span = 706;
    if (std::string m; RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), *started, &m))
      if (const int first_month = MonthOf(m); first_month > 1) span = first_month * 100 + first_month - 1;
    int first_month = span / 100, last_month = span % 100;
    // (A school's or a club's money is its budget's, July to June: "the district would need to cut a
    // further $28 million in 2027-28", "reported 1.18 billion euros for 2024-25"; not a fee's.)
    if ((span == 906 || span == 905) && MoneyUnit(c.quantity.unit) && !ascii::ContainsLower(sentence, "tuition"))
      first_month = 7, last_month = 6;
    c.period->start = Ym(y1, first_month);
    c.period->end = Ym(last_month < first_month ? y2 : y1, last_month);
  }
}

void DateFiscalYears(std::string_view text, int year, int pub_month, std::vector<Claim>* out, size_t first) {
  DateSeasonYears(out, first);
  // "third-quarter", "the fiscal second quarter", "its first half": a part of a year.
  static const RE2* part = new RE2(
      R"((?i)^(?:(?:in|for|during) )?(?:the |its |their )?(?:(?:fiscal|financial) )?(first|second|third|fourth)[- ](?:(?:fiscal|financial) )?(quarter|half)$)");
  auto is_part = [](const std::string& surface) { return RE2::FullMatch(surface, *part); };
  bool any = false;
  for (size_t k = first; k < out->size() && !any; ++k) {
    const Claim& c = (*out)[k];
    any = c.period && !c.period->surface.empty() &&
          ((c.period->start.empty() && c.period->end.empty()) || is_part(c.period->surface));
  }
  if (!any) return;
  // The story's year-end month.
  static const RE2* ends = new RE2(
      R"((?i)\b(?:(?:fiscal|financial) year (?:that )?(?:ends|ended|ending|end|closes|closed)(?: in| on)?|year (?:ended|ending)(?: in| on)?|year to \d{1,2}|(?:fiscal|financial)(?: year)? (?:19|20)\d\d(?:/\d\d)?, which (?:ended|ends|ending|closed|will end)(?: in| on)?) (?:the end of )?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b)");
  static const RE2* begins = new RE2(
      R"((?i)\b(?:fiscal|financial) (?:year,? (?:that |which )?|(?:year )?(?:19|20)\d\d(?:/\d\d)?, which )(?:began|begins|beginning|starting|started|starts)(?: in| on)? ((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b)");
  // (One calendar only: a story of several companies' years dates none.)
  std::string month;
  int end_month = 0;
  bool several = false;
  auto take = [&](int m) {
    if (m == 0) return;
    several = several || (end_month != 0 && end_month != m);
    end_month = m;
  };
  // (Whose calendar it is, when the story says: "the Pentagon, whose fiscal year ends in September";
  // a quarter or half is dated on it only in a sentence that names its owner.)
  std::string_view owner;
  for (re2::StringPiece input(text.data(), text.size()); RE2::FindAndConsume(&input, *ends, &month);) {
    take(MonthOf(month));
    const std::string_view before = text.substr(0, static_cast<size_t>(input.data() - text.data()));
    if (const size_t whose = before.rfind(", whose "); whose != std::string_view::npos && whose > 0 &&
                                                       before.substr(whose).find(". ") == std::string_view::npos) {
      const size_t space = before.find_last_of(" \n", whose - 1);
      owner = Bare(before.substr(space == std::string_view::npos ? 0 : space + 1, whose - (space == std::string_view::npos ? 0 : space + 1)));
    }
  }
  for (re2::StringPiece input(text.data(), text.size()); RE2::FindAndConsume(&input, *begins, &month);)
    take(MonthOf(month) == 1 ? 12 : MonthOf(month) - 1);
  // (A year named with its first month, in the tense of its beginning: "fiscal 2026, the year
  // starting in April", told in January 2026, begins in April 2026; "fiscal 2026, which began in
  // October", told in March 2026, in October 2025. Its other mentions are that year.)
  static const RE2* named_begins = new RE2(
      R"((?i)\b(?:fiscal|financial)(?: year)? ((?:19|20)\d\d), (?:which |the (?:fiscal |financial )?year (?:that |which )?)(began|begins|beginning|starting|started|starts)(?: in| on)? ((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b)");
  int named_offset = 0;  // (the first month's year less the year's name)
  bool named = false;
  if (std::string y, verb; year > 0 && pub_month > 0 &&
                           RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *named_begins, &y, &verb, &month)) {
    const int m = MonthOf(month);
    const std::string v = Lower(verb);
    const bool began = v == "began" || v == "started";
    // (A participle's is the nearest: "the year starting in April", told in May, began a month ago.)
    const bool participle = v == "starting" || v == "beginning";
    if (m > 0) {
      take(m == 1 ? 12 : m - 1);
      named = true;
      const int start = began        ? (m <= pub_month ? year : year - 1)
                        : participle ? (m >= pub_month ? (m - pub_month <= 6 ? year : year - 1)
                                                       : (pub_month - m <= 5 ? year : year + 1))
                                     : (m >= pub_month ? year : year + 1);
      named_offset = start - std::atoi(y.c_str());
    }
  }
  if (several) return;
  const bool india = ascii::ContainsLower(text, " crore") || ascii::ContainsLower(text, " lakh");
  const bool stated = end_month != 0;
  if (end_month == 0 && india) end_month = 3;
  // (Else a government's, in a sentence of its money: the calendar of the place the sentence names
  // before the year, or after it, or of the story's first place, one not named in passing.)
  if (end_month == 0 && !named) {
    DateGovernmentYears(text, out, first);
    return;
  }
  // (An Indian calendar by default only for a sentence of India's: "Accenture's fiscal fourth-quarter
  // revenue" in a story that goes on to Infosys's crore is not.)
  auto indian = [](std::string_view sentence) {
    for (std::string_view w : {" crore", " lakh", "Rs ", "Rs.", "rupee", "India", "Mumbai", "Bengaluru", "Bangalore",
                               "Delhi", "Chennai", "Hyderabad", "Pune", "Kolkata"})
      if (sentence.find(w) != std::string_view::npos) return true;
    return false;
  };
  if (end_month == 0 || end_month == 12) return;
  // (A year named by one year ends in it when it ends from April on, and in an Indian story; one
  // that ends in January to March is named by the year it ends in by some (Walmart, Toyota) and by
  // the year it begins in by others (Target, Sony, Singapore's government): left undated.)
  const bool one_year_dated = named || end_month >= 4 || india;
  for (size_t k = first; k < out->size(); ++k) {
    Claim& c = (*out)[k];
    // (A part the calendar's reading dated is dated again on the story's calendar: Panasonic's
    // "first quarter", told in August, is April to June.)
    if (!c.period || c.period->surface.empty()) continue;
    std::string_view surface = c.period->surface;
    while (!surface.empty() && !IsWordByte(surface.back())) surface.remove_suffix(1);
    std::string a, b;
    const bool is_a_part = RE2::FullMatch(re2::StringPiece(surface.data(), surface.size()), *part, &a, &b);
    const bool dated_part = is_a_part && !c.period->start.empty();
    if (!dated_part && (!c.period->start.empty() || !c.period->end.empty())) continue;
    if (is_a_part) {
      const std::string l = Lower(a);
      const int n = l == "first" ? 1 : l == "second" ? 2 : l == "third" ? 3 : 4;
      const int span = Lower(b) == "half" ? 6 : 3;
      // (A past report's only, the last such part ended before publication.)
      // (Looking ahead before the part's name: "expects third-quarter revenue of".)
      const size_t at = c.sentence.find(c.period->surface);
      if (year <= 0 || pub_month <= 0 || n * span > 12 || (!stated && !indian(c.sentence)) ||
          (stated && !owner.empty() && !NamesOwner(c.sentence, owner)) ||
          Foresees(std::string_view(c.sentence).substr(0, at == std::string::npos ? c.sentence.size() : at)))
        continue;
      const int last = (end_month + n * span - 1) % 12 + 1;
      const int y = last < pub_month ? year : year - 1;
      const int first_month = (last - span + 12) % 12 + 1;
      // (A dated part is dated again only when that fiscal one ended recently enough for results: not
      // Castrol India's calendar "fourth-quarter", told in February, as January-March of last year.)
      if (dated_part && DaysFromCivil(year, pub_month, 1) - DaysFromCivil(y, last, DaysInMonth(y, last)) > 100) continue;
      c.period->start = Ym(first_month > last ? y - 1 : y, first_month);
      c.period->end = Ym(y, last);
      continue;
    }
    bool one_year = false;
    int y_end = FiscalYearNamed(surface, &one_year);
    if (y_end == 0 || (one_year && !one_year_dated)) continue;
    // (Named by its first month's year, or by the year it begins in: it ends a year later.)
    if (one_year && named) y_end += named_offset + (end_month != 12);
    c.period->start = Ym(y_end - 1, end_month + 1);
    c.period->end = Ym(y_end, end_month);
  }
}

bool MatchReport(std::string_view text) {
  text = text.substr(0, text.find("\n\n"));
  if (const size_t first = text.find(". "); first != std::string_view::npos)
    text = text.substr(0, text.find(". ", first + 2));
  static const auto* results = new ascii::WordMap<bool>(
      {{"beat", true}, {"beats", true}, {"defeated", true}, {"defeats", true}, {"won", true}, {"wins", true},
       {"win", true}, {"lost", true}, {"loses", true}, {"loss", true}, {"edged", true}, {"routed", true},
       {"drew", true}, {"draw", true}, {"tied", true}, {"led", true}, {"trailed", true}, {"victory", true},
       {"defeat", true}, {"rout", true}, {"held", true}, {"topped", true}, {"blanked", true}, {"downed", true},
       {"outlasted", true}, {"rallied", true}, {"stunned", true}, {"thrashed", true}, {"crushed", true},
       {"hammered", true}, {"overcame", true}, {"swept", true}, {"clinched", true}, {"eliminated", true},
       {"upset", true}},
      /*lower=*/true);
  size_t since_result = 99, since_score = 99;
  for (size_t i = 0; i < text.size();) {
    if (ascii::IsSpace(text[i])) {
      ++i;
      continue;
    }
    const size_t b = i;
    while (i < text.size() && !ascii::IsSpace(text[i])) ++i;
    const std::string_view w = Bare(text.substr(b, i - b));
    ++since_result;
    ++since_score;
    if (MatchWord(w)) return true;
    if (results->Find(w) != nullptr) since_result = 0;
    // (Or a margin in a game's own units: "beat the Chargers by 92 runs", "won by four strokes".)
    if (MatchScore(w) || ((w == "runs" || w == "wickets" || w == "strokes") && since_result <= 6)) since_score = 0;
    if (since_result <= 6 && since_score <= 6) return true;
  }
  return false;
}

bool MayNamePeriod(std::string_view s) {
  static const auto* kWords = new ascii::WordMap<bool>(
      {{"half", true}, {"quarter", true}, {"months", true}, {"month", true}, {"year", true}, {"years", true},
       {"memorial", true}, {"labor", true}, {"thanksgiving", true}, {"christmas", true}, {"easter", true},
       {"independence", true}, {"presidents", true}, {"veterans", true}, {"king", true}, {"boxing", true},
       {"year's", true},
       {"weeks", true}, {"fiscal", true}, {"financial", true}, {"fy", true}, {"week", true}, {"weekend", true},
       {"yesterday", true},
       {"tomorrow", true},
       {"monday", true}, {"tuesday", true}, {"wednesday", true}, {"thursday", true}, {"friday", true},
       {"saturday", true}, {"sunday", true}, {"jan", true}, {"feb", true}, {"mar", true}, {"apr", true},
       {"jun", true}, {"jul", true}, {"aug", true}, {"sep", true}, {"sept", true}, {"oct", true}, {"nov", true},
       {"dec", true},
       {"from", true}, {"between", true}, {"january", true}, {"february", true}, {"march", true},
       {"april", true}, {"may", true}, {"june", true}, {"july", true}, {"august", true},
       {"september", true}, {"october", true}, {"november", true}, {"december", true}},
      /*lower=*/true);
  const bool none = ascii::ForEachWord(s, [&](size_t b, size_t e) {
    size_t digits = 0, run = 0;
    for (size_t i = b; i < e; ++i) {
      run = ascii::IsDigit(s[i]) ? run + 1 : 0;
      digits = std::max(digits, run);
    }
    // (And a fiscal year written short: "FY26".)
    const bool fy = e - b >= 4 && (s[b] == 'F' || s[b] == 'f') && (s[b + 1] == 'Y' || s[b + 1] == 'y') && ascii::IsDigit(s[b + 2]);
    // (Or a release's shorthand: "H1", "Q3", "9M".)
    const bool shorthand = (e - b == 2 && ((s[b] == 'H' && (s[b + 1] == '1' || s[b + 1] == '2')) ||
                                           (s[b] == 'Q' && s[b + 1] >= '1' && s[b + 1] <= '4'))) ||
                           ((e - b == 2 || e - b == 3) && s[e - 1] == 'M' && ascii::IsDigit(s[b]));
    return digits < 4 && !fy && !shorthand && kWords->Find(s.substr(b, e - b)) == nullptr;  // go on while nothing found
  });
  return !none || s.find("y/y") != std::string_view::npos;
}

int ArticleYear(const normalizers::NormalizedArticle& a, int fallback) {
  const std::string& pub = a.article.published;
  if (pub.size() >= 4 && std::isdigit(static_cast<unsigned char>(pub[0]))) {
    int y = std::atoi(pub.substr(0, 4).c_str());
    if (y > 1800 && y < 2200) return y;
  }
  // The latest year the text names: a whole word (RE2's \b sense) of four digits, 19xx or 20xx;
  // the latest a sentence that foresees nothing names first ("Sales rose 4% in 2024" before
  // "expects $5 billion in 2030").
  const std::string_view t = a.ComparableText();
  int best = 0, reported = 0;
  std::vector<int> foreseen;
  size_t sentence_begin = 0, sentence_end = 0;  // the sentence of the last year seen
  bool foresees = false;
  for (size_t i = 0; i < t.size(); ++i) {
    if (!ascii::IsDigit(t[i])) continue;
    size_t e = i;
    while (e < t.size() && ascii::IsDigit(t[e])) ++e;
    const bool whole = (i == 0 || !ascii::IsWordByte(t[i - 1])) && (e == t.size() || !ascii::IsWordByte(t[e]));
    // (Not a target, a maturity or an end ahead: "cut emissions by 2050", "bonds due in 2030",
    // "the class of 2028", "until 2027".)
    bool ahead = false;
    for (std::string_view w : {"by ", "due ", "due in ", "until ", "class of ", "maturing in ", "mature in ",
                               "expire in ", "expires in ", "expiring in "})
      ahead = ahead || (i >= w.size() && t.compare(i - w.size(), w.size(), w) == 0 &&
                        (i == w.size() || !ascii::IsWordByte(t[i - w.size() - 1])));
    if (whole && !ahead && e - i == 4 && (t.compare(i, 2, "19") == 0 || t.compare(i, 2, "20") == 0)) {
      const int y = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0');
      best = std::max(best, y);
      if (i >= sentence_end) {  // (the sentence around it, once: ". " or a line's end bounds it)
        // (". " before a capital: "U.S. growth" goes on.)
        auto stop_before = [&](size_t from) {
          size_t d = t.rfind(". ", from);
          while (d != std::string_view::npos && d + 2 < t.size() && !(t[d + 2] >= 'A' && t[d + 2] <= 'Z'))
            d = d == 0 ? std::string_view::npos : t.rfind(". ", d - 1);
          return d;
        };
        auto stop_after = [&](size_t from) {
          size_t d = t.find(". ", from);
          while (d != std::string_view::npos && d + 2 < t.size() && !(t[d + 2] >= 'A' && t[d + 2] <= 'Z'))
            d = t.find(". ", d + 2);
          return d;
        };
        const size_t dot = stop_before(i), line = t.rfind('\n', i);
        sentence_begin = std::max(dot == std::string_view::npos ? 0 : dot + 2, line == std::string_view::npos ? 0 : line + 1);
        const size_t next_dot = stop_after(e), next_line = t.find('\n', e);
        sentence_end = std::min(next_dot == std::string_view::npos ? t.size() : next_dot,
                                next_line == std::string_view::npos ? t.size() : next_line);
        foresees = ForeseesAhead(t.substr(sentence_begin, sentence_end - sentence_begin));
      }
      if (!foresees) reported = std::max(reported, y);
      else foreseen.push_back(y);
    }
    i = e;
  }
  // (A year foreseen is the article's only as the year after the latest reported: "Output fell
  // in 2025 ... expects a recovery in 2026" is likely 2026's; "expects $5 billion in 2030" not.)
  if (reported == 0) return best > 0 ? best : fallback;
  int year = reported;
  for (int y : foreseen)
    if (y == reported + 1) year = y;
  return year;
}

int ArticleMonth(const normalizers::NormalizedArticle& a) {
  const std::string& pub = a.article.published;
  if (pub.size() < 7 || pub[4] != '-' || !ascii::IsDigit(pub[5]) || !ascii::IsDigit(pub[6])) return 0;
  const int m = (pub[5] - '0') * 10 + (pub[6] - '0');
  return m >= 1 && m <= 12 ? m : 0;
}

int ArticleDay(const normalizers::NormalizedArticle& a) {
  const std::string& pub = a.article.published;
  if (pub.size() < 10 || pub[7] != '-' || !ascii::IsDigit(pub[8]) || !ascii::IsDigit(pub[9])) return 0;
  const int d = (pub[8] - '0') * 10 + (pub[9] - '0');
  return d >= 1 && d <= 31 ? d : 0;
}

bool Foresees(std::string_view s) {
  static const auto* words = new ascii::WordMap<bool>(
      {{"will", true}, {"would", true}, {"could", true}, {"may", true}, {"might", true}, {"should", true},
       {"expects", true}, {"expected", true}, {"expect", true}, {"expecting", true}, {"forecast", true},
       {"forecasts", true}, {"forecasting", true}, {"projected", true}, {"projects", true}, {"plans", true},
       {"planned", true}, {"aims", true}, {"targets", true}, {"anticipates", true}, {"anticipated", true},
       {"predicts", true}, {"predicted", true}, {"sees", true}, {"outlook", true}, {"guidance", true},
       {"due", true}, {"likely", true}, {"estimates", true}, {"see", true}, {"seen", true},
       {"plan", true}, {"planning", true}, {"scheduled", true}, {"slated", true}, {"targeting", true},
       {"target", true}, {"hopes", true}, {"hope", true}, {"begin", true}, {"begins", true}, {"start", true},
       {"starts", true}, {"pricing", true}, {"aim", true}, {"intends", true}, {"intend", true},
       {"projecting", true}, {"estimated", true}, {"predicting", true}, {"upcoming", true}, {"coming", true},
       {"next", true}},
      /*lower=*/true);
  bool found = false;
  bool after_to = false, after_set = false, after_had = false;
  // ("scheduled" is judged by the word after it and "estimated" by the one before: a participle of a
  // plan or a forecast, "is scheduled to open", "Analysts estimated 3% growth", not an adjective,
  // "598,300 scheduled flights", "bought an estimated 880 tonnes".)
  std::string_view held, before, last;
  auto judge = [&](std::string_view next) {
    if (ascii::EqualsLower(held, "scheduled"))
      return next == "to" || next == "for" || next == "on" || next == "at" || next == "in" || next == "next" ||
             next == "this" || next == "later" || next.empty();
    return !(ascii::EqualsLower(before, "an") || ascii::EqualsLower(before, "a") || ascii::EqualsLower(before, "the"));
  };
  chunk::ForEachWord(s, [&](std::string_view w) {
    if (!held.empty()) {
      found = judge(w);
      held = {};
      if (found) return false;
    }
    // ... or an aim: "to" and a verb of movement ("the goal is to cut costs"); "set" only before
    // "to" or "for" ("is set to rise"; not "a record set in 1954", "set aside $418 million").
    // (Not an estimate's past perfect: "beating the 398,000 analysts had projected" foresees nothing
    // now.)
    if ((ascii::EqualsLower(w, "scheduled") || ascii::EqualsLower(w, "estimated")) && !after_had) {
      held = w;
      before = last;
    } else {
      // (Nor a forecast as a noun measured against: "beating forecasts", "above the consensus forecast".)
      const bool measured = (ascii::EqualsLower(w, "forecasts") || ascii::EqualsLower(w, "forecast")) &&
                            (last == "beating" || last == "beat" || last == "beats" || last == "missing" || last == "missed" ||
                             last == "misses" || last == "above" || last == "below" || last == "topping" ||
                             last == "exceeding" || last == "than" || last == "consensus");
      found = (words->Find(w) != nullptr && w != "May" && !after_had && !measured) ||
              (after_to && chunk::MoveWords().Find(w) != nullptr) || (after_set && (w == "to" || w == "for"));
    }
    after_to = w == "to";
    after_set = ascii::EqualsLower(w, "set");
    after_had = ascii::EqualsLower(w, "had");
    last = w;
    return !found;
  });
  return found || (!held.empty() && judge({}));
}

bool SuperlativeSpan(std::string_view s, size_t from, std::string_view surface) {
  const size_t at = s.find(surface, from);
  if (at == std::string_view::npos) return false;
  size_t cur = at;
  if (!surface.starts_with("since ")) {  // ("since September 2022": the month's phrase has no "since")
    const auto [sb, se] = WordBefore(s, at);
    if (se <= sb || s.substr(sb, se - sb) != "since") return false;
    cur = sb;
  }
  // (Past a phrase of what it is the most of: "the highest in a legislative election since 1997".)
  for (int n = 0; n < 6; ++n) {
    const auto [b, e] = WordBefore(s, cur);
    if (e <= b || b < from) return false;
    const std::string_view w = s.substr(b, e - b);
    if (!ascii::IsAlpha(w.back())) return false;  // (a clause's end: "rose 5%, since 2019")
    if ((w.size() > 4 && w.ends_with("est")) || w == "most" || w == "least" || w == "worst" || w == "best" ||
        w == "first")
      return true;
    cur = b;
  }
  return false;
}

bool TimeCount(std::string_view s, size_t begin, size_t end, const Claim& c) {
  if (c.quantity.unit != "count") return false;
  const std::string_view n = c.quantity.noun;
  if (!(n == "years" || n == "months" || n == "weeks" || n == "days" || n == "hours" || n == "minutes" ||
        n == "decades" || n == "year" || n == "month" || n == "week" || n == "day" || n == "hour"))
    return false;
  const auto [nb, ne] = WordAfter(s, end);
  if (Bare(s.substr(nb, ne - nb)) != n) return true;
  const auto [ob, oe] = WordAfter(s, ne);
  if (s.substr(ob, oe - ob) != "of") return true;
  // (Before "of", a span still after a word of duration: "ending 112 years of production", "within
  // 3 weeks of surgery".)
  const auto [bb, be] = WordBefore(s, begin);
  const std::string_view before = s.substr(bb, be - bb);
  return before.ends_with("ing") || before == "within" || before == "after" || before == "for" || before == "in" ||
         before == "over" || before == "than";
}

bool RecentPeriod(const Period& p, int year, int month, int day) {
  if (p.start.size() < 7 || p.end.size() < 7) return false;
  const int start_year = std::atoi(p.start.substr(0, 4).c_str()), start_month = std::atoi(p.start.substr(5, 2).c_str());
  const int span_months = (std::atoi(p.end.substr(0, 4).c_str()) - start_year) * 12 + std::atoi(p.end.substr(5, 2).c_str()) - start_month + 1;
  if (span_months > 12) return false;
  char pub[48];  // (room for any int the caller gives)
  std::snprintf(pub, sizeof pub, "%04d-%02d-%02d", year, month, day > 0 ? day : 31);
  const std::string_view end = p.end;
  if (end.empty() || end > std::string_view(pub).substr(0, end.size())) return false;
  const int end_year = std::atoi(p.end.substr(0, 4).c_str()), end_month = std::atoi(p.end.substr(5, 2).c_str());
  return (year - end_year) * 12 + (month - end_month) <= (span_months >= 12 ? 6 : 4);
}

// Whether a word names a currency: "dollar", "rupee", "loonie".
bool CurrencyName(std::string_view w) {
  static const auto* kCurrencies = new ascii::WordMap<bool>(
      {{"dollar", true}, {"euro", true}, {"yen", true}, {"pound", true}, {"sterling", true}, {"rupee", true},
       {"yuan", true}, {"peso", true}, {"won", true}, {"rand", true}, {"lira", true}, {"franc", true},
       {"ruble", true}, {"rouble", true}, {"rupiah", true}, {"ringgit", true}, {"baht", true}, {"shekel", true},
       {"naira", true}, {"renminbi", true}, {"loonie", true}, {"aussie", true}, {"kiwi", true}, {"riyal", true},
       {"rial", true}, {"dirham", true}, {"dinar", true}, {"zloty", true}, {"forint", true}, {"koruna", true},
       {"krona", true}, {"krone", true}, {"crown", true}, {"real", true}, {"dong", true}, {"taka", true},
       {"cedi", true}, {"shilling", true}, {"hryvnia", true}, {"tenge", true}, {"kwacha", true}, {"leu", true},
       {"lev", true}, {"kip", true}, {"kyat", true}, {"sol", true}},
      /*lower=*/true);
  return kCurrencies->Find(w) != nullptr;
}

// Whether a unit is a rate of exchange: "INR per dollar", "CZK per euro", "USD per GBP".
bool ExchangeRate(const std::string& u) {
  const size_t per = u.find(" per ");
  return per != std::string::npos && !CurrencyCode(u.substr(0, per)).empty() &&
         (!CurrencyCode(u.substr(per + 5)).empty() || u.ends_with(" dollar") || u.ends_with(" euro"));
}

bool DayFigure(const Claim& c) {
  const std::string& u = c.quantity.unit;
  if (u == "count" && c.quantity.noun == "shares") return true;  // ("repurchased 2 million shares")
  if (ExchangeRate(u)) return true;
  // (The head before its attachments: "Demand for the shares" is demand's.)
  const std::string_view subject = HeadPhrase(c.subject);
  const std::string_view head = LastWord(subject);
  const size_t last = subject.size() - head.size();
  static const auto* kQuoted = new ascii::WordMap<bool>(
      {{"shares", true}, {"stock", true}, {"stocks", true}, {"index", true}, {"yield", true}, {"yields", true},
       {"futures", true}, {"bonds", true}, {"equities", true}, {"dividend", true}, {"buyback", true},
       {"buy-back", true}, {"repurchase", true}, {"volume", true}, {"oil", true}, {"crude", true}, {"gold", true},
       {"silver", true}, {"copper", true}, {"bitcoin", true}, {"ether", true}, {"brent", true}, {"valuation", true}},
      /*lower=*/true);
  // (Or a currency's: "The riyal was little changed at 3.75 per dollar".)
  if (kQuoted->Find(head) != nullptr || CurrencyName(head)) return true;
  size_t end = 0;
  const TableEntry* e = Tables::Get().currency_suffix.LongestAt(subject, last, &end);
  return e != nullptr && end == subject.size();
}

void SinceToPublication(Period* p, std::string_view sentence, int year, int month, int day) {
  if (p->start.empty() || !p->end.empty() || year <= 0 || month <= 0 || day <= 0) return;
  if (p->surface.size() < 6 || !ascii::EqualsLower(std::string_view(p->surface).substr(0, 6), "since ")) return;
  // (Not a span that ended before ("had risen 60% since 2020 before slumping") or ends later
  // ("will have produced 9 million tons since 1998").)
  const size_t at = std::min(sentence.find(p->surface), sentence.size());
  const size_t comma = sentence.substr(0, at).rfind(", ");
  const std::string_view clause = sentence.substr(comma == std::string_view::npos ? 0 : comma, at - (comma == std::string_view::npos ? 0 : comma));
  if (ascii::ContainsLower(sentence, "by the time")) return;
  for (std::string_view w : {" had ", " will ", " would ", "'ll "})
    if (clause.find(w) != std::string_view::npos) return;
  std::string start = p->start.size() == 7 ? p->start + "-01" : p->start;
  const std::string end = Ymd(DaysFromCivil(year, month, day));
  if (start.size() != 10 || end.empty() || start > end) return;
  p->start = std::move(start);
  p->end = end;
}

bool YearEarlier(const Period& p) { return p.start.empty() && p.end.empty() && YearEarlierWords(p.surface); }

std::optional<Period> YearBefore(const Period& p, std::string_view surface) {
  // (A holiday's is the year before's holiday: "over the Labor Day weekend, up from 14 a year
  // earlier".)
  for (std::string_view name : {"Memorial Day", "Labor Day", "Thanksgiving", "Black Friday", "Cyber Monday", "Easter",
                                "Presidents Day", "Presidents' Day", "Martin Luther King"})
    if (p.surface.find(name) != std::string::npos && p.start.size() == 10) {
      const bool weekend = p.surface.find("weekend") != std::string::npos;
      const std::string n = name == "Thanksgiving" && !weekend ? "Thanksgiving Day"
                            : name == "Easter" && !weekend     ? "Easter Sunday"
                                                               : std::string(name);
      const std::pair<int64_t, int64_t> d = HolidaySpan(n, weekend, std::atoi(p.start.substr(0, 4).c_str()) - 1);
      if (d.first == INT64_MIN) break;
      Period out;
      out.surface = std::string(surface);
      out.start = Ymd(d.first);
      out.end = Ymd(d.second);
      out.lent = p.lent;
      return out;
    }
  auto back = [](const std::string& d) -> std::string {
    if (d.size() != 7 && d.size() != 10) return "";
    const int y = std::atoi(d.substr(0, 4).c_str()) - 1;
    if (y < 1) return "";
    char out[16];
    std::snprintf(out, sizeof out, "%04d", y);
    std::string r = out + d.substr(4);
    if (r.size() == 10 && r.substr(5) == "02-29") r[9] = '8';
    return r;
  };
  Period out;
  out.surface = std::string(surface);
  out.start = back(p.start);
  out.end = back(p.end);
  out.lent = p.lent;
  if (out.start.empty() || out.end.empty()) return std::nullopt;
  return out;
}

void DateQuarterAhead(std::string_view sentence, const std::vector<Quantity>& qs, int year, int month,
                      std::vector<Claim>* out, size_t first, size_t article) {
  if (first >= out->size() || year <= 0 || month <= 0 ||
      (sentence.find("quarter") == std::string_view::npos && sentence.find("in the ") == std::string_view::npos))
    return;
  static const RE2* ahead = new RE2(
      R"((?i)\b((?:in |for |during |over )?(?:the )?(current|coming|next|this) (?:fiscal )?quarter|(?:in |for |during |over )?the quarter ahead)(?:$|[^-\w]))");
  // (Not a game's quarter: "has 15 points this quarter and the Warriors lead 88-80".)
  static const RE2* score = new RE2(R"(\b\d{1,3}-\d{1,3}\b)");
  if (RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), *score)) return;
  static const RE2* elliptic = new RE2(R"(\b(in the (first|second|third|fourth))(?:[,.;]| as | and | when |$))");
  auto quarter_of = [](const Period& p) { return p.start.size() == 7 && p.end.size() == 7 && MonthsSpanned(p) == 3; };
  for (size_t k = first; k < out->size(); ++k) {
    Claim& c = (*out)[k];
    if (c.period && (!c.period->start.empty() || !c.period->end.empty())) continue;
    const Quantity& q = qs[k - first];
    const size_t from = LastClauseStart(sentence, q.begin);
    size_t to = sentence.find(", ", q.end);
    if (const size_t semi = sentence.find("; ", q.end); semi < to) to = semi;
    if (to == std::string_view::npos) to = sentence.size();
    const std::string_view clause = sentence.substr(from, to - from);
    re2::StringPiece in(clause.data(), clause.size());
    std::string surface, which;
    // (The phrase nearest the figure, no other figure between: not "at least 210,000" of "expects to
    // deliver 55,000 in the coming quarter and reiterated its full-year target of at least 210,000".)
    auto nearest = [&](const std::string& phrase) {
      const size_t at = sentence.find(phrase, from);
      if (at == std::string_view::npos) return false;
      // (Not "this quarter of the city", "the quarter ahead of its spin-off"; nor past a subordinator,
      // "fell 8% after the company warned that the current quarter"; nor a base after it, "recover
      // this quarter from 41.5%".)
      if (sentence.substr(at + phrase.size()).starts_with(" of")) return false;
      if (at > q.end && FindSubordinator(sentence, q.end, /*with_as=*/true) < at) return false;
      if (at < q.begin && ComparedAgainst(sentence, q.begin)) return false;
      size_t best = 0, best_gap = std::string_view::npos;
      for (size_t j = 0; j < qs.size(); ++j) {
        const size_t gap = qs[j].end <= at ? at - qs[j].end : qs[j].begin >= at + phrase.size() ? qs[j].begin - at - phrase.size() : 0;
        if (gap < best_gap) best_gap = gap, best = j;
      }
      return best == k - first;
    };
    if (RE2::PartialMatch(in, *ahead, &surface, &which) && nearest(surface)) {
      // (The quarter after the latest one the story reported as ended, up to this figure; none when
      // the story reports a quarter it does not date, a fiscal one of a calendar it does not give.)
      std::optional<Period> base;
      bool undated = false;
      for (size_t j = article; j < k; ++j) {
        const Claim& b = (*out)[j];
        if (!b.period) continue;
        if (b.period->start.empty() && ascii::ContainsLower(b.period->surface, "quarter")) undated = true;
        if (!b.period->lent && quarter_of(*b.period) && b.period->end < Ym(year, month) && (!base || b.period->end > base->end))
          base = *b.period;
      }
      if (undated && !base) continue;
      int y = year, m;  // (the quarter's first month)
      if (base) {
        const int ey = std::atoi(base->end.substr(0, 4).c_str()), em = std::atoi(base->end.substr(5, 2).c_str());
        y = em == 12 ? ey + 1 : ey;
        m = em == 12 ? 1 : em + 1;
      } else {
        m = (month - 1) / 3 * 3 + 1;
        const std::string w = Lower(which);
        if (w == "coming" || w == "next" || w.empty()) {
          m += 3;
          if (m > 12) m -= 12, ++y;
        }
      }
      // (The quarter after "this quarter" in the same sentence: "$20 billion this quarter and $22
      // billion in the quarter ahead".)
      if (const std::string w = Lower(which); (w == "coming" || w == "next" || w.empty()) &&
                                              (ascii::ContainsLower(sentence, "this quarter") ||
                                               ascii::ContainsLower(sentence, "current quarter"))) {
        m += 3;
        if (m > 12) m -= 12, ++y;
      }
      Period p;
      p.surface = surface;
      p.start = Ym(y, m);
      const int e = (y * 12 + m - 1) + 2;
      p.end = Ym(e / 12, e % 12 + 1);
      c.period = std::move(p);
      continue;
    }
    // ("grew 0.9% in the third quarter, and economists expect it to expand 1.0% in the fourth".)
    std::string n;
    if (RE2::PartialMatch(in, *elliptic, &surface, &n) && nearest(surface)) {
      // (The part the sentence named last: a quarter's, not a half's, "3% in the second half, up from
      // 1% in the first".)
      const Claim* named = nullptr;
      for (size_t j = first; j < k; ++j)
        if (const Claim& b = (*out)[j]; b.period && (ascii::ContainsLower(b.period->surface, "quarter") ||
                                                     ascii::ContainsLower(b.period->surface, "half")))
          named = &b;
      if (named == nullptr || !quarter_of(*named->period) || !ascii::ContainsLower(named->period->surface, "quarter")) continue;
      const std::string l = Lower(n);
      const int qn = l == "first" ? 1 : l == "second" ? 2 : l == "third" ? 3 : 4;
      const int by = std::atoi(named->period->start.substr(0, 4).c_str()), bm = std::atoi(named->period->start.substr(5, 2).c_str());
      const int bq = (bm - 1) / 3 + 1;
      // (A base is before the named one, "down from 8.6% in the first" of the second quarter, last
      // year's when its number is higher, "down from 10.4% in the fourth" of the first; a forecast
      // after it, next year's when lower.)
      const int y = ComparedAgainst(sentence, q.begin) ? (qn < bq ? by : by - 1) : (qn > bq ? by : by + 1);
      Period p;
      p.surface = surface;
      p.start = Ym(y, 3 * qn - 2);
      p.end = Ym(y, 3 * qn);
      c.period = std::move(p);
    }
  }
}

void DateForecasts(std::string_view sentence, const std::vector<Quantity>& qs, std::vector<Claim>* out, size_t first) {
  for (size_t k = first + 1; k < out->size(); ++k) {
    Claim& c = (*out)[k];
    const Quantity& q = qs[k - first];
    if (c.period) continue;
    const std::string_view before = sentence.substr(0, q.begin), after = sentence.substr(std::min<size_t>(q.end, sentence.size()));
    // The words right before it: "forecast of (a|an)", "expectations of", "estimates of", "consensus of".
    std::string_view tail = before.substr(before.size() > 40 ? before.size() - 40 : 0);
    for (std::string_view art : {"a ", "an ", "the "})
      if (tail.ends_with(art)) tail.remove_suffix(art.size());
    bool expected = false;
    for (std::string_view w : {"forecast of ", "forecasts of ", "expectations of ", "expectation of ", "estimate of ",
                               "estimates of ", "consensus of ", "consensus estimate of ", "consensus forecast of ",
                               "forecast for ", "expectations for ", "the expected "})
      expected = expected || tail.ends_with(w);
    // Or right after it: "the C$2.28 that analysts had forecast", "the 51.4 median forecast", "the
    // NT$398 billion average of 21 analysts".
    for (std::string_view w : {" that analysts had ", " that economists had ", " analysts had ", " economists had ",
                               " median forecast", " average forecast", " consensus forecast", " consensus estimate",
                               " average estimate", " average of ", " forecast by ", " expected by ", " analysts expected",
                               " economists expected", " predicted by "})
      expected = expected || after.starts_with(w);
    // (Not a forecast of another time: "a forecast of 3% for next year".)
    if (!expected || NamesOtherTime(sentence.substr(q.begin), {}, false)) continue;
    // (The nearest figure before it not a comparison's base: "rose to 52.3 from 51.1 in February,
    // beating the 51.4 median forecast" is 52.3's time, not February's.)
    for (size_t j = k; j-- > first;) {
      const Claim& b = (*out)[j];
      if (BaseFigure(sentence, qs[j - first].begin)) continue;
      // (Its own time, not one named farther on, "forecast revenue of $19 billion for the coming quarter".)
      if (b.period && !b.period->start.empty() &&
          (b.period->surface.empty() || sentence.substr(q.begin).find(b.period->surface) == std::string_view::npos))
        c.period = b.period;
      break;
    }
  }
}

void DateMonthEarlier(std::string_view sentence, const std::vector<Quantity>& qs, std::vector<Claim>* out, size_t first) {
  if (out->size() - first != qs.size()) return;
  for (size_t k = 1; k < qs.size(); ++k) {
    Claim& c = (*out)[first + k];
    // (A period lent the base by its story is the figure compared's, not the base's.)
    if ((c.period && !c.period->lent) || !BaseFigure(sentence, qs[k].begin)) continue;
    std::string_view rest = sentence.substr(qs[k].end);
    // (Past the unit's words after the figure: "1.63 million bpd a month earlier".)
    for (std::string_view w : {" a month earlier", " a month ago", " a month before", " the month before",
                               " the previous month"}) {
      const size_t at = rest.find(w);
      if (at == std::string_view::npos || at > 16 || rest.substr(0, at).find_first_of(",;") != std::string_view::npos)
        continue;
      // The figure compared: the nearest before it with a month of its own (or lent).
      for (size_t j = k; j-- > 0;) {
        const Claim& f = (*out)[first + j];
        if (!f.period || MonthsSpanned(*f.period) != 1 || BaseFigure(sentence, qs[j].begin)) continue;
        Period p = MonthsBefore(f.period->start, 1, std::string(w.substr(1)));
        p.lent = f.period->lent;
        c.period = std::move(p);
        break;
      }
      break;
    }
  }
}

void DateYearEarlier(std::string_view sentence, const std::optional<Period>& period, const std::vector<Quantity>& qs,
                     std::vector<Claim>* out, size_t first) {
  const size_t n = out->size() - first;
  if (n != qs.size()) return;
  // (A figure compared, undated, right before the phrase: "rose 9% from a year earlier to $4
  // billion in October".)
  auto compared_before = [&](size_t k) {
    const size_t from = qs[k].end, to = k + 1 < n ? qs[k + 1].begin : sentence.size();
    const std::string_view after = sentence.substr(from, std::min<size_t>(to - from, 48));
    if (after.find(',') != std::string_view::npos && after.find(',') < after.find("year")) return false;
    for (std::string_view w : {"from a year earlier", "from a year ago", "year on year", "year-on-year",
                               "year over year", "year-over-year"})
      if (ascii::ContainsLower(after, w)) return true;
    return false;
  };
  // (Words of a change over the year, not of its base: "2.2% year on year", "up 9% from a year
  // earlier".)
  auto change_words = [](std::string_view surface) {
    const std::string l = Lower(surface);
    return l.starts_with("from ") || l == "year on year" || l == "year-on-year" || l == "year over year" ||
           l == "year-over-year" || l == "y/y";
  };
  // (The phrase opening the sentence, in its first clause: "A year earlier, the bank earned $2.4
  // billion", "In the same quarter last year, growth was 1.9%"; not "; it now has 2,700".)
  const size_t first_clause = std::min(sentence.find(';'), sentence.find(", but "));
  auto opening = [&](const Period& p, size_t at) {
    if (at >= first_clause) return false;
    std::string_view head = sentence;
    for (std::string_view w : {"In ", "For ", "During ", "Over "})
      if (head.starts_with(w)) head.remove_prefix(w.size());
    return ascii::EqualsLower(head.substr(0, p.surface.size()), Lower(p.surface));
  };
  std::vector<char> base(n, 0), phrase(n, 0), chained(n, 0);
  bool any = false;
  for (size_t k = 0; k < n; ++k) {
    const Claim& c = (*out)[first + k];
    const bool relative = c.period && YearEarlier(*c.period);
    phrase[k] = relative || (!c.period && compared_before(k));
    any = any || phrase[k];
    // (A base's figure after "or" is the base's too: "compared with $151 million, or $1.21 a share".)
    const auto [ob, oe] = WordBefore(sentence, qs[k].begin);
    chained[k] = k > 0 && sentence.substr(ob, oe - ob) == "or";
    base[k] = !(relative && change_words(c.period->surface)) &&
              ((relative && opening(*c.period, qs[k].begin)) || ComparedAgainst(sentence, qs[k].begin) ||
               (chained[k] && base[k - 1]));
  }
  if (!any) return;
  // A base of a chain the phrase ends is the phrase's, whatever it was given: "compared with $151
  // million, or $1.21 a share, a year earlier".
  std::vector<std::string> surface(n);
  for (size_t k = n; k-- > 0;) {
    if (phrase[k]) surface[k] = (*out)[first + k].period ? (*out)[first + k].period->surface : std::string();
    else if (base[k] && k + 1 < n && chained[k + 1] && base[k + 1] && phrase[k + 1] && !surface[k + 1].empty()) {
      phrase[k] = 1;
      surface[k] = surface[k + 1];
    }
  }
  // The dated period nearest each figure, of a figure not a base: before it first; for a base,
  // only before it (the figure compared comes first: "down from 702 a year ago and 755 in 2019"
  // is not 2018's).
  auto reference = [&](size_t k) -> const Period* {
    for (size_t d = 1; d <= n; ++d)
      for (const size_t j : {k - d, base[k] ? n : k + d})  // (k - d wraps past zero: out of range)
        if (j < n && !base[j] && !phrase[j]) {
          const std::optional<Period>& p = (*out)[first + j].period;
          if (p && !p->start.empty() && !p->end.empty()) return &*p;
        }
    // (Else the sentence's own, opening it: "For 2025 as a whole, output was down 4.5%
    // year-on-year".)
    if (period && !period->start.empty() && !period->end.empty() && !YearEarlierWords(period->surface) &&
        sentence.starts_with(period->surface))
      return &*period;
    return nullptr;
  };
  for (size_t k = 0; k < n; ++k) {
    if (!phrase[k]) continue;
    Claim& c = (*out)[first + k];
    const Period* r = reference(k);
    if (base[k]) {
      if (r != nullptr) c.period = YearBefore(*r, surface[k]);
      else if (c.period && !YearEarlier(*c.period)) c.period.reset();  // (dated by the story: StoryPeriod)
      if (!c.period && !surface[k].empty()) c.period = Period{surface[k], "", "", false};
    } else if (r != nullptr) {
      c.period = *r;
    } else {
      c.period.reset();
    }
  }
}

void StoryPeriod::Pass(std::string_view piece, std::string_view text, size_t paragraph) {
  if (!told_) return;
  const bool opens = paragraph != last_paragraph_;
  last_paragraph_ = paragraph;
  NamesBefore(piece, text);
  if (paragraph > told_paragraph_ + Window() ||
      (paragraph != told_paragraph_ &&
       ((NamesOtherTime(piece, {}, match_report_, {}, /*seasons=*/true) && !Revises(piece)) ||
        (opens && !DayTold() && NewNameEnds(piece, nullptr, nullptr, false)))))
    told_.reset();
}

void StoryPeriod::ToldDay(std::string_view sentence, int year, int month, int day) {
  if (day <= 0 || month == 0 || day_) return;
  for (std::string_view w : WordsOf(sentence)) {
    const std::string_view name = Bare(w);
    const int weekday = WeekdayIndex(name);
    if (weekday >= 7) continue;
    const size_t at = static_cast<size_t>(w.data() - sentence.data());
    const auto [pb, pe] = WordBefore(sentence, at);
    const std::string_view before = sentence.substr(pb, pe - pb);
    if (ForeseesAhead(sentence.substr(0, at)) || before == "next" || before == "Next" || before == "last" || before == "Last") return;
    // (Not a release of data, "data showed on Thursday": no one company's news its stock answers.)
    if (const auto [vb, ve] = WordBefore(sentence, pb); before == "on" && ve > vb) {
      const std::string_view verb = sentence.substr(vb, ve - vb);
      if (verb == "showed" || verb == "shows" || verb == "show") return;
    }
    // (The last such day up to publication: the finder leaves a telling's day, "said on Thursday", out.)
    const int64_t today = DaysFromCivil(year, month, day);
    Period p;
    p.surface = (before == "on" || before == "On") ? std::string(sentence.substr(pb, at + name.size() - pb)) : std::string(name);
    // (The day of publication or the one before: a Monday's premarket trading is not Friday's news's.)
    const int64_t told = today - (WeekdayOf(today) - weekday + 7) % 7;
    if (told + 1 < today) {
      // (A deed or a telling of that day: "said on Wednesday", "fell on Monday"; not a base's,
      // "Bellcourt's closing price on Monday".)
      if (const auto [vb, ve] = WordBefore(sentence, pb); before == "on" && ve > vb) {
        const std::string_view verb = sentence.substr(vb, ve - vb);
        other_day_ = other_day_ || IsReportingVerb(verb) || verb == "announced" ||
                     (verb.size() > 4 && verb.ends_with("ed") && chunk::Classify(verb) != chunk::WordClass::kContent);
      }
      return;
    }
    p.start = p.end = Ymd(told);
    day_ = std::move(p);
    day_sentence_ = sentence.data();
    return;
  }
}

void StoryPeriod::Lead(std::string_view sentence, size_t paragraph, const std::optional<Period>& period, int year, int month,
                       int day) {
  if (SeeksLead(paragraph)) ToldDay(sentence, year, month, day);
  if (!SeeksLead(paragraph) || month == 0 || !period || period->start.empty() || period->end.empty()) return;
  // (Read up to the period's end: "Stocks rose on Monday as investors bet the Fed would cut
  // rates" reports Monday's.)
  const size_t at = sentence.find(period->surface);
  if (at == std::string_view::npos || !Tells(sentence, *period, year, month, day, 0, at + period->surface.size())) return;
  lead_read_ = true;
  Tell(*period, paragraph, sentence);
  market_lead_ = market_ && period->start != period->end;
  LeadParty(sentence, nullptr);
}

bool MarketFigure(const Claim& c);
bool WeekendDay(const Period& p);
bool MarketWords(std::string_view sentence);
bool Coins(std::string_view sentence);
std::string TradingDay(int year, int month, int day);
bool MarketSentence(std::string_view sentence, const std::vector<Claim>& out, size_t first);

// A dated period's first and last days (a month's form taken whole), or none.
std::optional<std::pair<int64_t, int64_t>> DaysOf(const Period& p) {
  const std::optional<int64_t> a = DayCount(p.start.size() == 7 ? p.start + "-01" : p.start),
                               b = DayCount(MonthEndDay(p.end));
  if (!a || !b || *b < *a) return std::nullopt;
  return std::make_pair(*a, *b);
}

void StoryPeriod::Read(std::string_view sentence, std::string_view text, size_t paragraph, const std::optional<Period>& period,
                       const std::optional<Period>& head, const std::vector<Quantity>& qs, int year, int month, int day,
                       std::vector<Claim>* out, size_t first) {
  const bool opens = paragraph != last_paragraph_;
  last_paragraph_ = paragraph;
  const std::string_view surface = period ? std::string_view(period->surface) : std::string_view();
  if (!lead_read_) {
    // (The lead is the first sentence that tells a dated period, up to the third paragraph: a
    // lead whose figures' time is undated, "reported a 9.2% rise in third-quarter profit" of a
    // fiscal calendar the story does not give, leaves it to the next, "Net profit rose to Rs 4,318
    // crore in the October-December quarter".)
    lead_read_ = month == 0 || paragraph > 2;  // (Tell marks it read)
    // (A later sentence does not lead with a day before the one the lead told its news on, ahead
    // of the news: "Acme said on Thursday it would cut 2,000 jobs. Its shares fell 3% on Wednesday
    // ahead of the announcement" leaves Thursday the story's.)
    const bool later = lead_figures_seen_;
    lead_figures_seen_ = true;
    auto may_tell = [&](const Period& p) {
      return !(later && day_ && p.start.size() == 10 && p.start < day_->start &&
               (sentence.find("ahead of") != std::string_view::npos || sentence.find(" before ") != std::string_view::npos));
    };
    if (month == 0 || paragraph > 2) return;
    ToldDay(sentence, year, month, day);
    // The period the sentence names before its figures, in a clause from its start that reports
    // the past: "Asian shares rose on Tuesday after data showed exports jumped 14% in May",
    // "Stocks fell on Friday, with the S&P 500 down 1.2%", "Storm Henk brought flooding over the
    // weekend, cutting power to 1,800 homes".
    // (Not a death's day, an obituary's: "Franz Beckenbauer died on Sunday at 78" tells of a life.)
    if (head && !head->start.empty() && !head->end.empty())
      if (const size_t at = sentence.find(head->surface);
          at != std::string_view::npos && !Obituary(sentence.substr(0, at)) &&
          Tells(sentence, *head, year, month, day, 0, at + head->surface.size()) && may_tell(*head)) {
        Tell(*head, paragraph, sentence.substr(0, at + head->surface.size()));
        if (first < out->size()) lead_head_ = SubjectHead((*out)[first].subject);
        market_lead_ = first < out->size() && MarketFigure((*out)[first]) && told_->start != told_->end;
        LeadParty(sentence, first < out->size() ? &(*out)[first] : nullptr);
        Lend(sentence, qs, out, first);
        return;
      }
    // Else the first figure's own, in its clause.
    for (size_t k = first; k < out->size(); ++k) {
      const Claim& c = (*out)[k];
      if (!c.period || c.period->start.empty() || c.period->end.empty()) continue;
      if (BaseFigure(sentence, qs[k - first].begin) || YearEarlierWords(c.period->surface)) continue;
      // (A past report in the figure's clause: "cut its forecast on Wednesday after comparable
      // sales dropped 2.7% in the third quarter".)
      // (Read up to the period when it follows the figure in its clause: "A magnitude 6.3 earthquake
      // struck on Saturday, killing 34 people".)
      size_t to = qs[k - first].end;
      if (const size_t at = sentence.find(c.period->surface, to);
          at != std::string_view::npos && sentence.substr(to, at - to).find(',') == std::string_view::npos)
        to = at + c.period->surface.size();
      const size_t from = LastClauseStart(sentence, qs[k - first].begin);
      // (A match report's result, read from the sentence's start: "Bell threw for 341 yards, ...,
      // lifting the Rangers over the Hawks 27-24 on Sunday".)
      if ((Tells(sentence, *c.period, year, month, day, from, qs[k - first].end) ||
           (to > qs[k - first].end && Tells(sentence, *c.period, year, month, day, from, to)) ||
           (match_report_ && from > 0 && Tells(sentence, *c.period, year, month, day, 0, to))) &&
          may_tell(*c.period)) {
        Tell(*c.period, paragraph, sentence.substr(LastClauseStart(sentence, qs[k - first].begin)));
        lead_head_ = SubjectHead(c.subject);
        market_lead_ = MarketFigure(c) && told_->start != told_->end;
        LeadParty(sentence, &c);
        Lend(sentence, qs, out, first);
        return;
      }
      break;
    }
    return;
  }
  // Phrases that name the lead's period again ("during the quarter", "For the full fiscal year",
  // "at the end of the quarter"): the period each names goes to the figures nearest it that have
  // none, wherever in the story, and the story's period goes on.
  // (Under a lead's day, a market's week and month too: "For the month, the S&P 500 fell 2.1%"; under
  // a lead's weekend day, a storm's "on Sunday", only its day, "80mm of rain fell on the day", and a
  // market's figures are publication's: NameMarketSpans.)
  std::vector<Anaphor> named;
  const std::optional<Period> base = anchor_;
  const bool day_base = base && base->start == base->end && base->start.size() == 10;
  bool day_market = false, week_market = false;
  if (base) named = Anaphors(sentence, *base);
  if (!named.empty()) {
    const bool foresees = Foresees(sentence);
    const bool market = MarketSentence(sentence, *out, first);
    day_market = day_base && market && !WeekendDay(*base);
    if (const std::optional<int64_t> b0 = DayCount(base->start.size() == 10 ? base->start : ""),
        b1 = DayCount(base->end.size() == 10 ? base->end : "");
        market && b0 && b1 && *b1 - *b0 >= 4 && *b1 - *b0 <= 6)
      week_market = true;
    if (day_base && WeekendDay(*base) && market) named.clear();
    if (day_base) DayBaseFilter(sentence, market && !WeekendDay(*base), &named);
    // (A look ahead keeps only a day's day and week: "tumbled 4.1% on the day and 9.8% over the week
    // after Corvex forecast revenue below estimates".)
    if (foresees && base->start != base->end) named.clear();
    if (foresees)
      named.erase(std::remove_if(named.begin(), named.end(), [](const Anaphor& a) {
                    return !(a.period.surface.ends_with(" day") || a.period.surface.ends_with(" week"));
                  }), named.end());
  }
  {
    if (!named.empty()) {
      for (size_t k = first; k < out->size(); ++k) {
        Claim& c = (*out)[k];
        const Quantity& q = qs[k - first];
        // (Nor a rate's threshold: "customers that pay it more than $100,000 a year".) A base a
        // year before takes the year before the phrase's ("delivered 384,122 vehicles in the
        // quarter, down 13.5% from 443,956 a year earlier").
        const bool year_earlier = c.period && YearEarlier(*c.period);
        if ((c.period && !year_earlier) || (!year_earlier && !Lendable(sentence, q, c, match_report_)) ||
            c.quantity.unit.find(" per ") != std::string::npos)
          continue;
        const Anaphor* best = nullptr;
        size_t best_gap = std::string_view::npos;
        if (week_market) {
          // (Under a market's week, only the figure beside the phrase, and no level: "The S&P 500 added
          // 0.8% and was 2.4% higher on the week", "eased to 4.22%".)
          best = c.kind == "change" ? NearAnaphor(named, qs, k - first) : nullptr;
          if (best == nullptr) continue;
        } else if (day_base) {
          best = NearAnaphor(named, qs, k - first);
          // (In a market's sentence, a figure no phrase dates is the day's: "The Dow gained 0.1% and was
          // 1.7% higher on the week".)
          if (best == nullptr && !year_earlier && day_market) {
            c.period = *base;
            c.period->lent = true;
            continue;
          }
        } else {
          for (const Anaphor& a : named) {
            const size_t gap = a.at >= q.end ? a.at - q.end : q.begin >= a.end ? q.begin - a.end : 0;
            if (gap < best_gap) {
              best_gap = gap;
              best = &a;
            }
          }
        }
        if (best != nullptr && year_earlier) {
          if (std::optional<Period> before = YearBefore(best->period, c.period->surface)) c.period = std::move(before);
        } else if (best != nullptr && day_base && (best->period.start != best->period.end ||
                                                                   best->period.start.size() != 10) &&
                   c.kind != "change") {
          // (Under a day's week or month, a level is the day's: "eased to 4.27%", "closed at 9,720.46".)
          c.period = *base;
          c.period->lent = true;
        } else if (best != nullptr) {
          c.period = best->period;
          // (Its field, not its subject's words: "Revenue during the quarter rose 8%": Revenue.)
          const std::string& w = best->period.surface;
          // (Not when the text writes the subject otherwise: its display form was made from it.)
          if (c.text_subject.empty() && c.subject.size() > w.size() + 1 && c.subject.ends_with(w) &&
              c.subject[c.subject.size() - w.size() - 1] == ' ')
            c.subject.resize(c.subject.size() - w.size() - 1);
        }
      }
      NamesBefore(sentence, text);
      // (A phrase that names the lead's own period again takes the story back to it, for the
      // sentences after: "core prices climbed 0.2% for the month. Shelter costs rose 0.4%.")
      if (!told_ && anchor_ && std::any_of(named.begin(), named.end(), [&](const Anaphor& a) {
            return a.period.start == anchor_->start && a.period.end == anchor_->end;
          }) && !Foresees(sentence)) {
        told_ = anchor_;
        tally_unit_.clear();
        told_paragraph_ = paragraph;
      }
      return;
    }
  }
  if (!told_) return;
  if (paragraph > told_paragraph_ + Window()) {
    told_.reset();
    return;
  }
  NamesBefore(sentence, text);
  // A period of its own on a figure not a base is the figure's (the story's goes on after it, or
  // the figure's does: `own` below); another time named with no figure of it ends the story's (in
  // the lead's own paragraph, only the sentence's: "Prices rose 3.2% in March. In the 12 months
  // through March, they rose 2.4%.").
  const bool lead_paragraph = paragraph == told_paragraph_;
  bool base_held = false, own_time = false;
  // The story's period goes on after a figure's own time, but for a running total's past day, whose
  // tallies of the same measure come after it ("The area sown reached 792.4 lakh hectares by August
  // 1. Rice was planted on 265.9 lakh hectares"); it ends at a sentence that opens with an earlier
  // time ("In 2019, the carrier flew 1.8 million passengers") or, in a day's story, a figure of a
  // later day ("The stock rose another 1% on Friday", whose moves LendDay dates).
  std::optional<Period> tally;
  bool turns = false;
  const std::optional<int64_t> today = day > 0 ? std::optional<int64_t>(DaysFromCivil(year, month, day)) : std::nullopt;
  auto own = [&](std::string_view unit, const Period& p) {
    own_time = true;
    const auto span = DaysOf(p), story = DaysOf(*told_);
    const size_t at = p.surface.empty() ? std::string_view::npos : sentence.find(p.surface);
    const size_t comma = at == std::string_view::npos ? at : sentence.find(',', at);
    // (Or one that opens on another release: "Separately, producer prices rose 0.2% in May".)
    turns = turns || sentence.starts_with("Separately, ") || sentence.starts_with("In other data, ") ||
            (at < 3 && comma != std::string_view::npos && comma < at + p.surface.size() + 12 && span && story &&
             span->second < story->first) ||
            (DayTold() && span && story && span->first == span->second && span->first > story->second);
    if (!tally && today && p.start.empty() && !p.end.empty() && !unit.empty() && unit != "percent") {
      const std::optional<int64_t> end = DayCount(MonthEndDay(p.end));
      if (end && *end <= *today && p.end >= told_->start.substr(0, std::min(p.end.size(), told_->start.size()))) {
        tally = p;
        tally_unit_ = unit;
      }
    }
  };
  std::string_view same_release;  // (a claim's period that ends with the story's: SameEnd)
  for (size_t k = first; k < out->size(); ++k) {
    const Claim& c = (*out)[k];
    const bool base = BaseFigure(sentence, qs[k - first].begin) || AfterGerund(sentence, qs[k - first].begin);
    if (c.period && !c.period->lent && SameEnd(*c.period, *told_)) same_release = c.period->surface;
    // (A base a year before the figure's time is no time of its own: "compared with $151 million a
    // year earlier".)
    if (!c.period || c.period->lent || YearEarlierWords(c.period->surface)) continue;
    if (base)
      base_held = base_held || c.period->surface == surface;
    else if ((c.period->surface != told_->surface || c.period->start != told_->start) && !SameEnd(*c.period, *told_))
      own(c.quantity.unit, *c.period);
  }
  // (Nor the time a comparison's base names: "rose 15.9% from June 2024 to 1.53 million homes".)
  base_held = base_held || (!surface.empty() && BaseAfter(sentence, 0, surface));
  // (Nor a telling's day no figure takes, the day after the story's at most: "received 16,204
  // votes, the returning officer announced shortly after 3am on Friday", of Thursday's vote.)
  const bool telling_day = period && period->start.size() == 10 && period->start == period->end && DayTold() &&
                           std::none_of(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(),
                                        [&](const Claim& c) { return c.period && c.period->surface == period->surface; }) &&
                           [&] {
                             const std::optional<int64_t> on = DayCount(period->start), told = DayCount(told_->end);
                             if (!on || !told || *on < *told || *on > *told + 1) return false;
                             // (A reporting verb up to six words before it: "announced shortly after
                             // 3am on Friday"; not a deed's, "filed for bankruptcy on Tuesday".)
                             const size_t at = sentence.find(period->surface);
                             size_t cur = at == std::string_view::npos ? 0 : at;
                             for (int n = 0; n < 6 && cur > 0; ++n) {
                               const auto [wb, we] = WordBefore(sentence, cur);
                               if (we <= wb) break;
                               const std::string_view w = sentence.substr(wb, we - wb);
                               if (IsReportingVerb(w) || w == "announced") return true;
                               cur = wb;
                             }
                             return false;
                           }();
  if (period && !period->start.empty() && !base_held && !SuperlativeSpan(sentence, 0, surface) &&
      period->surface != told_->surface && !SameEnd(*period, *told_) && !telling_day && !YearEarlierWords(period->surface))
    own({}, *period);
  // (A revision of an earlier figure is an aside: "Data for September was revised to show a 0.7%
  // rise.")
  if (own_time || NamesOtherTime(sentence, surface, match_report_, same_release)) {
    // (A match report's season tally lends nothing, and the match's day goes on: "He has 68 points
    // in 61 games this season. The crowd of 21,105 was a sellout".)
    if (!own_time && match_report_ && !NamesOtherTime(sentence, surface, match_report_, same_release, /*seasons=*/true))
      return;
    // (A market's day outlasts the data it reports in passing: "Euro zone data released on Tuesday
    // showed consumer prices rose 2.2% in November", in a wrap of Tuesday's trading.)
    bool market_time = false;
    for (size_t k = first; k < out->size(); ++k)
      market_time = market_time || ((*out)[k].period && DayFigure((*out)[k]));
    if (lead_paragraph || Revises(sentence) || (market_ && !market_time)) return;
    if (!own_time || turns) {
      told_.reset();
    } else if (tally) {
      told_ = std::move(tally);
      told_->lent = true;
      told_paragraph_ = paragraph;
    }
    return;
  }
  // (A base "from 3.2% in the previous month" under a quarter's story, or "the previous quarter"
  // under a month's, is of a measure another release tells: no lending to that sentence.)
  if (const int unit = ascii::ContainsLower(sentence, "previous month") || ascii::ContainsLower(sentence, "prior month") ||
                               ascii::ContainsLower(sentence, "preceding month")
                           ? 1
                       : ascii::ContainsLower(sentence, "previous quarter") || ascii::ContainsLower(sentence, "prior quarter") ||
                               ascii::ContainsLower(sentence, "preceding quarter")
                           ? 3
                           : 0;
      unit > 0 && MonthsSpanned(*told_) > 0 && MonthsSpanned(*told_) != unit)
    return;
  // Under a longer period than a day, a new name of another release (NewNameEnds) takes none, and
  // opening a paragraph ends the period (a roundup's next item); not under a day's (a game's
  // players, a market's stocks).
  const bool lead_measure = !lead_head_.empty() && std::any_of(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(),
                                                               [&](const Claim& c) { return SubjectHead(c.subject) == lead_head_; });
  if (!DayTold() && NewNameEnds(sentence, out->data() + first, out->data() + out->size(), lead_measure)) {
    if (opens) told_.reset();
    return;
  }
  Lend(sentence, qs, out, first);
}

// Whether a subject is an economy's data, of its own month or quarter ("Import prices", "Personal
// spending", "incomes", "retail sales"), not a market's move of the day a wrap tells of.
bool EconomicData(std::string_view subject) {
  static const auto* kData = new ascii::WordMap<bool>(
      {{"prices", true}, {"spending", true}, {"income", true}, {"incomes", true}, {"sales", true}, {"output", true},
       {"production", true}, {"inflation", true}, {"claims", true}, {"orders", true}, {"inventories", true},
       {"payrolls", true}, {"exports", true}, {"imports", true}, {"gdp", true}, {"economy", true}, {"starts", true},
       {"permits", true}, {"sentiment", true}, {"confidence", true}, {"unemployment", true}, {"wages", true},
       {"earnings", true}, {"deficit", true}, {"surplus", true}, {"growth", true}},
      /*lower=*/true);
  return kData->Find(LastWord(HeadPhrase(subject))) != nullptr;
}

// Whether a claim is a currency's move in percent: "The Canadian dollar strengthened 0.3%".
bool CurrencyMove(const Claim& c) {
  return !c.direction.empty() && c.quantity.unit == "percent" && CurrencyName(LastWord(HeadPhrase(c.subject)));
}

// Whether a claim is a move of a stock's price: "The stock rose 2.8%", "Shares of Acme fell 3%"; not
// a share of a market ("Target's shares of the home goods market fell to 8%").
bool StockMove(const Claim& c) {
  if (c.direction.empty() || !DayFigure(c)) return false;
  const std::string_view head = LastWord(HeadPhrase(c.subject));
  // (Or futures traded on the day: "December corn futures fell 11 cents after the report".)
  // (Or a currency's: "The Canadian dollar strengthened 0.3% to 1.3820 per U.S. dollar after the data".)
  if (!ascii::EqualsLower(head, "shares") && !ascii::EqualsLower(head, "stock") && !ascii::EqualsLower(head, "index") &&
      !ascii::EqualsLower(head, "stocks") && !ascii::EqualsLower(head, "futures") && !CurrencyMove(c))
    return false;
  // (Nor an economy's index of prices: "Brazil's mid-April consumer price index rose 0.43%".)
  if (ascii::ContainsLower(c.subject, "price index") || ascii::ContainsLower(c.subject, "prices index")) return false;
  return !(ascii::ContainsLower(c.subject, "shares of the") && ascii::ContainsLower(c.subject, "market"));
}

// Whether `s` tells what forecasters expected the figures the story reports to be, before its first
// figure at `first`: "Economists polled by Reuters had forecast starts would fall to 1.310 million",
// "Analysts had expected a profit of Rs 3,290 crore" (of the story's release: its period).
bool ConsensusForecast(std::string_view s, size_t first) {
  const std::string_view lead = s.substr(0, s.find(' '));
  if (!(lead == "Economists" || lead == "Analysts" || lead == "Forecasters" || lead == "Strategists" ||
        s.starts_with("A Reuters poll") || s.starts_with("A poll of") || s.starts_with("The consensus")))
    return false;
  const std::string_view head = s.substr(0, std::min(first, s.size()));
  // (Not of a forecast the company gives of a longer time: "had expected full-year profit guidance of".)
  for (std::string_view w : {"full-year", "full year", "guidance", "outlook", "next year", "this year"})
    if (ascii::ContainsLower(head, w)) return false;
  for (std::string_view w : {" had expected ", " had forecast ", " had predicted ", " had estimated ", " had projected ",
                             " had pencilled in ", " had penciled in ", " had been expecting ", " were expecting ",
                             " had looked for ", " had anticipated "})
    if (head.find(w) != std::string_view::npos) return true;
  return false;
}

bool MarketIndex(std::string_view subject, bool named = false);

// Whether a claim is a market's: a day's figure (DayFigure) or a stock index's, not a survey's
// ("The FTSE 100 fell 2.4% this week"; not "The S&P Global PMI rose to 52.1").
bool MarketFigure(const Claim& c) {
  for (std::string_view w : {"pmi", "purchasing", "confidence", "sentiment", "price index", "prices index", "activity",
                             "survey", "climate", "barometer", "output", "orders", "reading"})
    if (ascii::ContainsLower(c.subject, w)) return false;
  return DayFigure(c) || MarketIndex(c.subject);
}

// The day of publication as a market's trading day: a weekend paper's Friday.
std::string TradingDay(int year, int month, int day) {
  const int64_t today = DaysFromCivil(year, month, day), weekday = WeekdayOf(today);
  return Ymd(weekday == 5 ? today - 1 : weekday == 6 ? today - 2 : today);
}

// Whether a period is a single day on a weekend.
bool WeekendDay(const Period& p) {
  if (p.start != p.end || p.start.size() != 10) return false;
  const std::optional<int64_t> d = DayCount(p.start);
  return d && WeekdayOf(*d) >= 5;
}

// Whether a sentence speaks of coins, which trade every day: "Bitcoin was up 2.1% on the day".
bool Coins(std::string_view sentence) {
  return ascii::ContainsLower(sentence, "bitcoin") || ascii::ContainsLower(sentence, "ether") ||
         ascii::ContainsLower(sentence, "crypto") || ascii::ContainsLower(sentence, "token");
}

// Whether a sentence holds a market's words: a quoted thing ("shares", "futures", "gold", "an
// ounce"), a trading word ("closed", "traded"), a stock index's name ("Nasdaq", "Kospi"), a rate's
// base ("per dollar") or a currency's name ("the rand").
bool MarketWords(std::string_view sentence) {
  for (std::string_view w : {"shares", "stock", "index", "futures", "traded", "trading", "closed", "yield", "bonds",
                             "currency", "market", "gold", "silver", "copper", "brent", "crude", "oil", "ounce",
                             "barrel", "points", "per dollar", "against the dollar"})
    if (ascii::ContainsLower(sentence, w)) return true;
  for (std::string_view w : {"Nasdaq", "S&P", "Dow", "FTSE", "Nikkei", "Kospi", "Hang Seng", "Sensex", "Nifty", "DAX",
                             "CAC", "STOXX", "ASX", "TSX", "Bovespa"})
    if (sentence.find(w) != std::string_view::npos) return true;
  for (std::string_view w : WordsOf(sentence))
    if (CurrencyName(Bare(w))) return true;
  return false;
}

// Whether a sentence's claims [first, end) are a market's: a market figure, a rate of exchange, or a
// move in percent or basis points beside a market's word ("Gulfstar shares dropped 11%").
bool MarketSentence(std::string_view sentence, const std::vector<Claim>& out, size_t first) {
  // (Not an economy's release: "Core prices rose 0.3% on the month", "contracted for the month, a
  // PMI survey showed".)
  for (std::string_view w : {"price index", "inflation", "pmi", "survey", "consumer prices", "core prices", "data showed",
                             "figures showed", "statistics"})
    if (ascii::ContainsLower(sentence, w)) return false;
  return std::any_of(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), [&](const Claim& c) {
    if (MarketFigure(c) || ExchangeRate(c.quantity.unit)) return true;
    return c.kind == "change" && (c.quantity.unit == "percent" || c.quantity.unit == "bp") &&
           (MarketWords(sentence) || Coins(sentence));
  });
}

void StoryPeriod::Lend(std::string_view sentence, const std::vector<Quantity>& qs, std::vector<Claim>* out, size_t first) const {
  const bool day_told = DayTold();
  // (A base left undated by DateYearEarlier: the year before the story's period, whatever the
  // sentence's tense, "A year earlier, the company had earned $88 million".)
  for (size_t k = first; k < out->size(); ++k)
    if (Claim& c = (*out)[k]; c.period && YearEarlier(*c.period))
      if (std::optional<Period> before = YearBefore(*told_, c.period->surface)) c.period = std::move(before);
  // (A base "in the previous quarter" right after its figure, under a quarter's story: the quarter
  // before it; "in the previous month" under a month's, the month before: "widened to 3.12% from
  // 3.05% in the previous quarter".)
  if (const int span = MonthsSpanned(*told_); span > 0) {
    for (size_t k = first; k < out->size(); ++k) {
      Claim& c = (*out)[k];
      if (c.period) continue;
      const std::string_view rest = sentence.substr(std::min<size_t>(qs[k - first].end, sentence.size()));
      for (std::string_view w : {" in the previous quarter", " in the prior quarter", " in the preceding quarter",
                                 " in the previous month", " in the prior month", " in the preceding month"}) {
        if (!rest.starts_with(w) || (rest.size() > w.size() && ascii::IsWordByte(rest[w.size()]))) continue;
        const int unit = w.ends_with("quarter") ? 3 : 1;
        if (unit != span) break;
        Period p = MonthsBefore(told_->start, unit, std::string(w.substr(1)));
        p.lent = true;
        c.period = std::move(p);
        break;
      }
    }
  }
  // (Read without its relative asides, whose tense is a standing fact's: "Consumer spending, which
  // accounts for about 68% of activity, rose at a 2.3% rate".)
  thread_local std::string main_clause;
  main_clause.assign(sentence);
  for (std::string_view rel : {", which ", ", who "})
    for (size_t at = sentence.find(rel); at != std::string_view::npos; at = sentence.find(rel, at + 1))
      if (const auto [b, e] = AsideAround(sentence, at + rel.size()); b != std::string_view::npos && e > b && e <= sentence.size())
        std::fill(main_clause.begin() + b, main_clause.begin() + e, ' ');
  // (Nor a clause after the last figure that a subordinator opens: "sank 7.9% after the company said
  // sales would fall".)
  if (!qs.empty() && qs.back().end < sentence.size()) {
    if (const size_t cut = FindSubordinator(sentence, qs.back().end, /*with_as=*/true); cut != std::string_view::npos)
      std::fill(main_clause.begin() + cut, main_clause.end(), ' ');
    // (Nor a telling's clause after it: "received 16,204 votes, the returning officer announced".)
    for (size_t at = sentence.find(", ", qs.back().end); at != std::string_view::npos; at = sentence.find(", ", at + 2)) {
      size_t cur = at + 1;
      bool told = false;
      for (int n = 0; n < 6 && !told; ++n) {
        const auto [wb, we] = WordAfter(sentence, cur);
        if (we <= wb || sentence.substr(cur, wb - cur).find(',') != std::string_view::npos) break;
        const std::string_view w = sentence.substr(wb, we - wb);
        told = IsReportingVerb(w) || w == "announced";
        cur = we;
      }
      if (told) {
        std::fill(main_clause.begin() + at, main_clause.end(), ' ');
        break;
      }
    }
    // (Nor a participle's clause after it: "beat the Rangers 4-0 on Sunday, snapping a five-game
    // losing streak".)
    for (size_t at = sentence.find(", ", qs.back().end); at != std::string_view::npos; at = sentence.find(", ", at + 2)) {
      const auto [wb, we] = WordAfter(sentence, at + 1);
      const std::string_view w = sentence.substr(wb, we - wb);
      if (w.size() > 5 && w.ends_with("ing") && w[0] >= 'a' && w[0] <= 'z') {
        std::fill(main_clause.begin() + at, main_clause.end(), ' ');
        break;
      }
    }
  }
  const bool consensus = ConsensusForecast(sentence, qs.empty() ? 0 : qs.front().begin);
  if (!consensus && !PastReport(main_clause, day_told)) return;
  // (A stock's move under a longer period is the day's trading, and so is the rest of its clause:
  // "Shares rose 5.3 per cent to €27.40, valuing the group at €4.9 billion"; not a figure before it,
  // "Revenue rose 8% to £410m, sending the shares up 5.2%", nor one past a subordinator, "after the
  // company said sales rose 12%".)
  size_t moved_from = std::string_view::npos, moved_to = sentence.size();
  if (!day_told && !market_lead_)
    for (size_t k = first; k < out->size(); ++k)
      if (const Claim& c = (*out)[k]; StockMove(c) && ascii::EqualsLower(LastWord(HeadPhrase(c.subject)), "shares")) {
        moved_from = qs[k - first].begin;
        moved_to = std::min(sentence.size(), FindSubordinator(sentence, qs[k - first].end, /*with_as=*/true));
        break;
      }
  for (size_t k = first; k < out->size(); ++k) {
    Claim& c = (*out)[k];
    const size_t at = qs[k - first].begin;
    if (moved_from != std::string_view::npos && at >= moved_from && at < moved_to) continue;
    // (A market's day goes only to the market's figures and moves in percent, "The Nasdaq
    // gained 1.5%": not "The company lost $355 million", "Boeing delivered 24 jets" in a wrap
    // whose lead was "Stocks rose on Monday".)
    if (day_told && market_ && !DayFigure(c) &&
        !(c.quantity.unit == "percent" && c.kind == "change" && !EconomicData(c.subject)) &&
        !(c.quantity.unit == "count" && IndexPoints(c.quantity.noun)))
      continue;
    // (Nor a figure of an aside that describes: "Jones, a 6-foot-8 forward, scored 31 points".)
    if (const size_t open = sentence.rfind(", ", at); open != std::string_view::npos &&
        (sentence.substr(open + 2, 2) == "a " || sentence.substr(open + 2, 3) == "an ")) {
      const size_t close = sentence.find(',', qs[k - first].end);
      if (close != std::string_view::npos && close - open < 48) continue;
    }
    if (!tally_unit_.empty() && c.quantity.unit != tally_unit_) continue;
    // (Under a market's longer period, its week's or month's moves are the period's: "Stocks had their
    // worst week since March ... The pound fell 0.8%".)
    if (!c.period && Lendable(sentence, qs[k - first], c, match_report_) && !(day_told && OfLongerSpan(sentence, at)) &&
        (day_told ? !PeriodMeasure(c) : (!DayFigure(c) || market_lead_)))
      c.period = told_;
  }
}

// The company's value at a share's moved price is of the move's day: "The shares closed up 13.6 per
// cent at 212p, valuing the company at about £1.1bn", "giving it a market value of $3 billion".
void DateValuation(std::string_view sentence, const std::vector<Quantity>& qs, std::vector<Claim>* out, size_t first);

void StoryPeriod::LendDay(std::string_view sentence, const std::vector<Quantity>& qs, int year, int month, int day,
                          std::vector<Claim>* out, size_t first) {
  if (first >= out->size() || day <= 0 || month <= 0) return;
  // (A stock's move dated by the story itself, on the day of publication or the one before, dates
  // the ones after it: "its shares jumped 9% on Thursday. The stock slipped 0.5% in late trading.")
  const int64_t today = DaysFromCivil(year, month, day);
  for (size_t k = first; k < out->size(); ++k)
    if (const Claim& c = (*out)[k]; c.period && !c.period->lent && c.period->start.size() == 10 &&
                                    c.period->start == c.period->end && StockMove(c)) {
      const std::optional<int64_t> on = DayCount(c.period->start);
      if (!on || *on > today || *on + 1 < today) continue;
      // (Not a move before the news's day: "Its shares fell 3% on Wednesday ahead of the announcement".)
      if (const std::optional<int64_t> told = day_ ? DayCount(day_->start) : std::nullopt; told && *on < *told) continue;
      day_ = c.period;
      day_sentence_ = nullptr;
    }
  if (!day_)
    LendPublicationDay(sentence, qs, year, month, day, out, first);
  // (Not in the lead's sentence, whose figures have their own: "Shares of Tesla plunged 12% on
  // Wednesday after the company reported a 45% drop in quarterly profit".)
  else if (sentence.data() != day_sentence_ && PastReport(sentence, /*day=*/true))
    LendToldDay(sentence, qs, out, first);
  DateValuation(sentence, qs, out, first);
}

void StoryPeriod::LendToldDay(std::string_view sentence, const std::vector<Quantity>& qs, std::vector<Claim>* out,
                              size_t first) const {
  for (size_t k = first; k < out->size(); ++k) {
    Claim& c = (*out)[k];
    if (c.period || !StockMove(c) || !Lendable(sentence, qs[k - first], c, match_report_) ||
        OfLongerSpan(sentence, qs[k - first].begin))  // (not "heading for a weekly loss of 2.6%")
      continue;
    // (A currency's move of another time is history: "After the 2016 Brexit vote, sterling fell 8%
    // in a single day", "the lira fell 15% in a week".)
    if (CurrencyMove(c) && (NamesOtherTime(sentence, {}, match_report_) || sentence.starts_with("After ") ||
                            sentence.starts_with("The last time ")))
      continue;
    c.period = day_;
    c.period->lent = true;
  }
}

void DateValuation(std::string_view sentence, const std::vector<Quantity>& qs, std::vector<Claim>* out, size_t first) {
  const auto moved = std::find_if(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(), [](const Claim& c) {
    return c.period && c.period->start.size() == 10 && c.period->start == c.period->end && StockMove(c) &&
           ascii::EqualsLower(LastWord(HeadPhrase(c.subject)), "shares");
  });
  if (moved == out->end()) return;
  const Period on = *moved->period;
  for (size_t k = first; k < out->size(); ++k) {
    Claim& c = (*out)[k];
    const size_t at = qs[k - first].begin;
    if (c.period || at <= moved->quantity.surface.size()) continue;
    const std::string_view before = sentence.substr(0, at);
    const size_t cut = before.rfind(", ");
    if (cut == std::string_view::npos) continue;
    const std::string_view clause = before.substr(cut + 2);
    if (clause.size() < 48 && (clause.starts_with("valuing ") || clause.find("market value of") != std::string_view::npos ||
                               clause.find("market capitali") != std::string_view::npos))
      c.period = on;
  }
}

void StoryPeriod::LendPublicationDay(std::string_view sentence, const std::vector<Quantity>& qs, int year, int month,
                                     int day, std::vector<Claim>* out, size_t first) const {
  // (Not when the lead told of an earlier day, unless the sentence tells of the day's own trading,
  // "fell 3% in premarket trading"; nor under a market's week or month, whose moves are the
  // period's: "The pound rose 0.8% this week".)
  bool today_trading = false;
  for (std::string_view w : {"premarket", "pre-market", "early trading", "early trade", "morning trading", "by midday",
                             "by noon", "in afternoon trading"})
    today_trading = today_trading || ascii::ContainsLower(sentence, w);
  if (match_report_ || (other_day_ && !today_trading) || (told_ && market_lead_) || !PastReport(sentence, /*day=*/true) ||
      Foresees(sentence) || NamesOtherTime(sentence, {}, false))
    return;
  // (Nor a move since another day: "The shares rose 30% on their debut", "have doubled since the listing".)
  for (std::string_view w : {" debut", " since ", " listing", " flotation"})
    if (sentence.find(w) != std::string_view::npos) return;
  for (size_t k = first; k < out->size(); ++k) {
    Claim& c = (*out)[k];
    if (c.period || !DayFigure(c) || !Lendable(sentence, qs[k - first], c, false) ||
        OfLongerSpan(sentence, qs[k - first].begin))
      continue;
    // A move or a level of a stock, futures, a currency or a stock index by its name: "The crown
    // weakened 0.5% against the euro to 11.02", "The ringgit was little changed at 4.21 per dollar",
    // "The FTSE 250 index gained 1.3%"; not "The Dubai index fell to 53.4" (a PMI's, there), a share
    // of a market ("Shares of the U.S. market held by Chinese brands remain below 1%"), "stocks"
    // (inventories as often), a dividend a share, a survey's reading (MarketFigure).
    const std::string_view head = LastWord(HeadPhrase(c.subject));
    if ((ascii::ContainsLower(c.subject, "shares of the") && ascii::ContainsLower(c.subject, "market")) ||
        !(ExchangeRate(c.quantity.unit) || MarketIndex(c.subject, /*named=*/true) || ascii::EqualsLower(head, "shares") ||
          ascii::EqualsLower(head, "stock") ||
          ascii::EqualsLower(head, "futures") || CurrencyName(head)) ||
        !MarketFigure(c))
      continue;
    // (A weekend's story: Friday's trading.)
    Period p;
    p.start = p.end = TradingDay(year, month, day);
    p.lent = true;
    c.period = std::move(p);
  }
}

void StoryPeriod::NameMarketSpans(std::string_view sentence, const std::vector<Quantity>& qs, int year, int month, int day,
                                  std::vector<Claim>* out, size_t first) const {
  // With no lead's period (or a weekend's, a storm's "on Sunday": markets' days are weekdays), a
  // market's day, week and month named again, "up 0.2% on the day and 0.6% for the week", are those
  // of publication, a weekend paper's Friday (a Monday paper's week, the one before); a coin's
  // trading, every day's ("Bitcoin was up 2.1% on the day", on a Sunday).
  if ((anchor_ && !WeekendDay(*anchor_)) || day <= 0 || month <= 0 || first >= out->size()) return;
  // (Cheap first: a phrase of a day, a week or a month.)
  if (!ascii::ContainsLower(sentence, " the day") && !ascii::ContainsLower(sentence, " the week") &&
      !ascii::ContainsLower(sentence, " the month"))
    return;
  if (!MarketSentence(sentence, *out, first)) return;
  const bool coins = Coins(sentence);
  Period base;
  if (coins && anchor_) {
    base = *anchor_;
  } else {
    base.start = base.end = coins ? Ymd(DaysFromCivil(year, month, day)) : TradingDay(year, month, day);
  }
  base.lent = true;
  std::vector<Anaphor> named = Anaphors(sentence, base);
  DayBaseFilter(sentence, /*market=*/true, &named);
  if (Foresees(sentence))
    named.erase(std::remove_if(named.begin(), named.end(), [](const Anaphor& a) {
                  return !(a.period.surface.ends_with(" day") || a.period.surface.ends_with(" week"));
                }), named.end());
  if (named.empty()) return;
  for (size_t k = first; k < out->size(); ++k) {
    Claim& c = (*out)[k];
    const Quantity& q = qs[k - first];
    if (c.period || !Lendable(sentence, q, c, match_report_) || c.quantity.unit.find(" per ") != std::string::npos) continue;
    // (Under the week or the month, a level is the day's: "eased to 4.27%"; so is a figure no phrase
    // dates: "The Dow gained 0.1% and was 1.7% higher on the week".)
    const Anaphor* best = NearAnaphor(named, qs, k - first);
    const bool span = best != nullptr && (best->period.start != best->period.end || best->period.start.size() != 10);
    c.period = best != nullptr && !(span && c.kind != "change") ? best->period : base;
  }
}

void StoryPeriod::NamesBefore(std::string_view piece, std::string_view text) {
  const size_t at = static_cast<size_t>(piece.data() - text.data());
  if (at > names_upto_ && at <= text.size()) {
    AddNames(text.substr(names_upto_, at - names_upto_), &names_);
    names_upto_ = at;
  }
}

bool StoryPeriod::Tells(std::string_view sentence, const Period& p, int year, int month, int day, size_t from,
                        size_t to) const {
  const size_t at = sentence.find(p.surface);
  const bool by = p.surface.starts_with("by ") || p.surface.starts_with("By ") ||
                  (at != std::string_view::npos && at >= 3 && sentence.substr(at - 3, 3) == "by ");
  if (by || !RecentPeriod(p, year, month, day) || from >= to || !PastReport(sentence.substr(from, to - from), /*day=*/false))
    return false;
  // (Nor a running total's span up to publication: "Measles cases rose to 1,300 this year".)
  if (const std::optional<int64_t> first = DayCount(p.start), last = DayCount(p.end);
      first && last && day > 0 && *last == DaysFromCivil(year, month, day) && *last - *first > 31)
    return false;
  if (p.start.size() == 10 && p.start == p.end && !match_report_) {
    for (std::string_view w : WordsOf(sentence)) {
      w = Bare(w);
      if (ascii::EqualsLower(w, "quarter") || ascii::EqualsLower(w, "fiscal") || ascii::EqualsLower(w, "half") ||
          w.ends_with("-quarter") || w.ends_with("-half"))
        return false;
    }
  }
  return true;
}

void StoryPeriod::LeadParty(std::string_view sentence, const Claim* lead) {
  // (Words of a whole several countries' figures add up to: a country is its part.)
  static const auto* kWhole = new ascii::WordMap<bool>(
      {{"euro", true}, {"eurozone", true}, {"global", true}, {"world", true}, {"world's", true}, {"worldwide", true},
       {"countries", true}, {"nations", true}, {"bloc", true}, {"bloc's", true}, {"region", true}, {"region's", true},
       {"regional", true}, {"europe", true}, {"europe's", true}, {"european", true}, {"asia", true}, {"asia's", true},
       {"asian", true}, {"africa", true}, {"african", true}, {"opec", true}, {"opec+", true}, {"oecd", true},
       {"asean", true}, {"g7", true}, {"g20", true}, {"eu", true}, {"economies", true}, {"international", true},
       {"foreign", true}, {"overseas", true}},
      /*lower=*/true);
  const std::vector<std::string_view> words = WordsOf(sentence);
  whole_ = std::any_of(words.begin(), words.end(), [](std::string_view w) { return kWhole->Find(Bare(w)) != nullptr; });
  // (A company's results: its profit, revenue or margin, or its own sales: "Glenfield Bank's
  // profit rose 8%", "Walmart's U.S. comparable sales rose 4.6%"; not an economy's "Retail sales".)
  own_report_ = false;
  if (lead == nullptr) return;
  static const auto* kResults = new ascii::WordMap<bool>(
      {{"profit", true}, {"profits", true}, {"revenue", true}, {"revenues", true}, {"earnings", true},
       {"income", true}, {"loss", true}, {"losses", true}, {"margin", true}, {"ebitda", true}, {"turnover", true}},
      /*lower=*/true);
  const std::string head = SubjectHead(lead->subject);
  const size_t owner = lead->subject.find("'s ");
  own_report_ = kResults->Find(head) != nullptr ||
                ((head == "sales" || head == "deliveries") && owner != std::string::npos && owner > 0 &&
                 lead->subject[0] >= 'A' && lead->subject[0] <= 'Z');
}

// Whether a fiscal year's name opens after the year `year`: "2027-28" (begun in 2027) or "fiscal
// 2029" (ending in 2029, so begun in 2028) told in 2026.
bool LaterYear(std::string_view surface, int year) {
  static const RE2* split = new RE2(R"(\b((?:19|20)\d\d)[-/]\d\d\b)");
  static const RE2* one = new RE2(R"(\b((?:19|20)\d\d)\b)");
  int y = 0;
  if (RE2::PartialMatch(re2::StringPiece(surface.data(), surface.size()), *split, &y)) return y > year;
  if (RE2::PartialMatch(re2::StringPiece(surface.data(), surface.size()), *one, &y)) return y - 1 > year;
  return false;
}

void StoryPeriod::LendPlan(std::string_view sentence, size_t paragraph, const std::vector<Quantity>& qs, int year,
                           int month, std::vector<Claim>* out, size_t first) {
  if (month == 0) return;
  if (!plan_) {
    // (Once: a plan's year ended for good is not told again by a later sentence.)
    // (Of a budget's story: its lead, or a sentence up to the third paragraph after it.)
    budget_story_ = budget_story_ || (paragraph <= 2 && (ascii::ContainsLower(sentence, "budget") ||
                                                         ascii::ContainsLower(sentence, "spending plan") ||
                                                         ascii::ContainsLower(sentence, "appropriations")));
    if (plan_told_ || paragraph > 2 || !budget_story_) return;
    const std::string pub = Ym(year, month);
    // (A fiscal year the story's calendar dates later, "in the 2026-27 fiscal year", "in fiscal
    // 2027", is lent as named and dated with the figures it goes to: DateFiscalYears.)
    static const RE2* fiscal = new RE2(R"((?i)\b(?:fiscal|financial|fy)\b|\b(?:19|20)\d\d[-/]\d\d\b)");
    for (size_t k = first; k < out->size(); ++k) {
      const Claim& c = (*out)[k];
      const bool undated_fiscal = c.period && c.period->start.empty() && c.period->end.empty() &&
                                  RE2::PartialMatch(c.period->surface, *fiscal) && !LaterYear(c.period->surface, year);
      // (Not a later year's, a target's: "will return to a surplus of A$1.2 billion in 2027-28",
      // told in June 2026 of the 2026-27 budget.)
      // (Nor a year named as another's base: "than this year's P6.33-trillion budget".)
      if (!c.period || c.period->lent ||
          (!c.period->surface.empty() && sentence.find(c.period->surface + "'s") != std::string_view::npos) ||
          (!undated_fiscal && (MonthsSpanned(*c.period) != 12 || c.period->end < pub ||
                               c.period->start > Ym(year + 1, month))) ||
          BaseFigure(sentence, qs[k - first].begin))
        continue;
      plan_ = *c.period;
      plan_->lent = true;
      plan_paragraph_ = paragraph;
      plan_told_ = true;
      return;
    }
    // (Or the year the budget is named by, not yet ended: "proposed a 2027 state budget", "for
    // Budget 2027", "the national budget for 2027", in a sentence with figures or none.)
    static const RE2* named = new RE2(
        R"(\b(?:[Bb]udget (?:for )?((?:19|20)\d\d)\b|((?:19|20)\d\d) (?:(?:state|federal|national|city|county|provincial|annual|draft|general|municipal|operating|capital|supplementary) ){0,2}budget\b))");
    std::string a, b;
    if (RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), *named, &a, &b)) {
      // (A year to come: not "compared to N34.1tn in the 2025 budget" told in December 2025.)
      const int y = std::atoi((a.empty() ? b : a).c_str());
      if ((y > year && y <= year + 1) || (y == year && month <= 3)) {
        Period p;
        p.surface = a.empty() ? b : a;
        p.start = Ym(y, 1);
        p.end = Ym(y, 12);
        p.lent = true;
        plan_ = std::move(p);
        plan_paragraph_ = paragraph;
        plan_told_ = true;
      }
    }
    return;
  }
  if (paragraph > plan_paragraph_ + 4) {
    plan_.reset();
    return;
  }
  // (A figure's own time, outside an aside: the story turns to the past, "Sales tax revenue grew
  // 3.1% in the first seven months of the current fiscal year"; not "who had proposed a $4.75
  // billion plan in April".)
  for (size_t k = first; k < out->size(); ++k) {
    const Claim& c = (*out)[k];
    // (A time not dated yet, a fiscal year the story's calendar dates later, is none.)
    if (!c.period || c.period->lent || c.period->start.empty() || c.period->end.empty() || SameEnd(*c.period, *plan_) ||
        BaseFigure(sentence, qs[k - first].begin))
      continue;
    const size_t rel = std::max(sentence.rfind(", who ", qs[k - first].begin) + 1, sentence.rfind(", which ", qs[k - first].begin) + 1);
    if (rel != 0) continue;
    // (A forecast of another year of the plan's takes none but goes on: "Total revenue is
    // forecast to reach $25.8 billion, up from $24.6 billion projected for the year ending March
    // 31", "The deficit is expected to shrink to $480 million in 2027-28".)
    if (Foresees(sentence) || !PastReport(sentence, false)) return;
    plan_.reset();
    return;
  }
  // (A sentence of the plan: what will be or is set to be, or what the budget gives; not a standing
  // fact, "Enrollment stands at 1.2 million", "reserves, which now stand at", "is required to
  // equal 15%", "below the 10% target".)
  static const auto* kGives = new ascii::WordMap<bool>(
      {{"gets", true}, {"get", true}, {"receives", true}, {"receive", true}, {"includes", true}, {"include", true},
       {"allocates", true}, {"earmarks", true}, {"provides", true}, {"closes", true}, {"funds", true},
       {"sets", true}},
      /*lower=*/true);
  static const auto* kStanding = new ascii::WordMap<bool>(
      {{"now", true}, {"currently", true}, {"stands", true}, {"stand", true}, {"required", true}, {"target", true},
       {"targets", true}},
      /*lower=*/true);
  // (Nor one naming another time: "a $4 billion surplus in the current fiscal year", "last year";
  // but a base's "the current year's $1.355 billion budget" is one of its figures.)
  if (NamesOtherTime(sentence, {}, false, {})) return;
  for (std::string_view other : {"current fiscal year", "current year", "this fiscal year"})
    for (size_t at = sentence.find(other); at != std::string_view::npos; at = sentence.find(other, at + 1))
      if (!sentence.substr(at + other.size()).starts_with("'s")) return;
  bool plans = Foresees(sentence);
  for (std::string_view w : WordsOf(sentence)) {
    if (kStanding->Find(Bare(w)) != nullptr) return;
    plans = plans || kGives->Find(Bare(w)) != nullptr;
  }
  if (!plans) return;
  for (size_t k = first; k < out->size(); ++k) {
    Claim& c = (*out)[k];
    const size_t at = qs[k - first].begin;
    if (c.period || BaseFigure(sentence, at) || !Lendable(sentence, qs[k - first], c, false)) continue;
    // (Nor a figure set off as a thing's size: "The bill, at 1,200 pages, sets revenue".)
    if (sentence.substr(0, at).ends_with(", at ")) continue;
    // (Nor the year now running's: "the current year's $1.355 billion budget".)
    if (const size_t y = sentence.rfind("year's ", at); y != std::string_view::npos && at - y < 16) continue;
    c.period = plan_;
  }
}

bool StoryPeriod::NewNameEnds(std::string_view sentence, const Claim* begin, const Claim* end, bool lead_measure) const {
  const std::optional<NewName> n = FirstNewName(sentence, names_);
  if (!n) return false;
  // A country the story had not named is another release, unless the lead told of a whole it is
  // part of and the figures restate its measure ("Euro zone unemployment held at 6.3%" ...
  // "Spain's rate was 10.3%", "Italy's fell"; not "In Germany, the economy grew 0.2%"); another
  // name is one under a company's results (a roundup's next company), or one that tells its own
  // ("Rival Target said its sales fell 3.1%"), not a party of a release's breakdown ("In
  // Ontario, the jobless rate rose", "Konark Airways' share fell").
  // (A measure restated: by a word of the same kind, "prices" of "inflation", "output" of
  // "GDP"; by a rate's or a reading's; by the country alone, "Spain grew 0.8%", "Italy's fell".)
  static const auto* kKinds = new ascii::WordMap<int>(
      {{"inflation", 1}, {"prices", 1}, {"cpi", 1}, {"unemployment", 2}, {"jobless", 2}, {"joblessness", 2},
       {"gdp", 3}, {"economy", 3}, {"output", 3}, {"growth", 3}},
      /*lower=*/true);
  auto kind = [](const std::string& w) {
    const int* k = kKinds->Find(w);
    return k == nullptr ? 0 : *k;
  };
  // (The lead's own measure, `lead_measure`, is a breakdown's in a whole's country or of another
  // party of the same calendar, "In India, shipments dropped 7%", "SK Hynix reported a record
  // quarterly profit" under Samsung's quarter; not another country's under one country's lead,
  // "Germany's factory output fell 1.2%" under Japan's.)
  if (n->country != nullptr)
    return !whole_ || (!lead_measure && std::none_of(begin, end, [&](const Claim& c) {
                         const std::string head = SubjectHead(c.subject);
                         size_t at = 0;
                         const bool country =
                             Tables::Get().countries.LongestAt(c.subject, 0, &at) != nullptr && at == c.subject.size();
                         return country || c.subject.ends_with("'s") || head == "rate" || head == "reading" ||
                                head == "figure" || (kind(head) != 0 && kind(head) == kind(lead_head_));
                       }));
  return (own_report_ || n->reports) && !lead_measure;
}

void StoryPeriod::Tell(const Period& p, size_t paragraph, std::string_view clause) {
  tally_unit_.clear();
  lead_read_ = true;
  told_ = p;
  told_->lent = true;
  if (!anchor_) anchor_ = told_;
  told_paragraph_ = paragraph;
  market_ = MarketClause(clause);
}

bool PollWords(std::string_view s) {
  for (std::string_view raw : WordsOf(s)) {
    const std::string_view w = Bare(raw);
    if (ascii::EqualsLower(w, "poll") || ascii::EqualsLower(w, "survey") || ascii::EqualsLower(w, "surveys") ||
        w == "respondents" || w == "interviewed" || w == "polled" || w == "surveyed")
      return true;
    // ("polls" of a poll, not of a vote: "went to the polls", "the polls closed".)
    if (ascii::EqualsLower(w, "polls") && raw.data() > s.data()) {
      const auto [pb, pe] = WordBefore(s, static_cast<size_t>(raw.data() - s.data()));
      if (!ascii::EqualsLower(s.substr(pb, pe - pb), "the")) return true;
    }
  }
  return false;
}

// Whether a sentence tells what people answered or a race's standing: "38% of voters said", "backed
// Sorensen", "support for the bond", "leads 47% to 41%", "undecided", "approval rating", "rose to
// 33%"; not a fact of the background, "The state spends 38% of its budget on Medicaid".
bool PollAnswer(std::string_view s) {
  static const auto* kAnswers = new ascii::WordMap<bool>(
      {{"voters", true}, {"respondents", true}, {"adults", true}, {"said", true}, {"say", true}, {"says", true},
       {"support", true}, {"supported", true}, {"supports", true}, {"backed", true}, {"back", true},
       {"backing", true}, {"favour", true}, {"favor", true}, {"oppose", true}, {"opposed", true}, {"approve", true},
       {"approval", true}, {"disapprove", true}, {"undecided", true}, {"unsure", true}, {"leads", true}, {"lead", true},
       {"led", true}, {"trails", true}, {"trailed", true}, {"ahead", true}, {"behind", true}, {"margin", true},
       {"vote", true}, {"preferred", true}, {"prefer", true}, {"rating", true}, {"concern", true}, {"issue", true},
       {"tied", true}, {"believe", true}, {"think", true}, {"want", true}, {"plan", true}, {"planned", true}},
      /*lower=*/true);
  // (Or a standing that moved: "The opposition CDU rose to 33%".)
  for (std::string_view raw : WordsOf(s))
    if (kAnswers->Find(Bare(raw)) != nullptr || chunk::MoveWords().Find(Bare(raw)) != nullptr) return true;
  return false;
}

std::optional<Period> PollFieldwork(std::string_view text, int year, int month, int day) {
  if (year <= 0 || month <= 0) return std::nullopt;
  // (The verb, and how far after it the days may be named: "conducted Oct. 20-25", "surveyed 1,512
  // adults between March 3 and 9".)
  static constexpr std::pair<std::string_view, size_t> kVerbs[] = {
      {"conducted ", 32}, {"taken ", 8}, {"carried out ", 8}, {"fielded ", 8}, {"surveyed ", 40}, {"polled ", 40},
      {"interviewed ", 40}};
  for (const auto& [verb, reach] : kVerbs)
    for (size_t at = text.find(verb); at != std::string_view::npos; at = text.find(verb, at + 1)) {
      const size_t after = at + verb.size();
      std::string_view rest = text.substr(after, 80);
      rest = rest.substr(0, rest.find('\n'));
      const std::optional<Period> p = FindPeriod(rest, year, month, month, rest, day);
      if (!p || p->start.empty() || p->end.empty() || p->surface.empty()) continue;
      const size_t named = rest.find(p->surface);
      if (named == std::string_view::npos || named > reach) continue;
      // (Nor past a sentence's end before the days.)
      if (rest.substr(0, named).find(". ") != std::string_view::npos) continue;
      // (Days, or a month: no year's figure.)
      const std::optional<int64_t> first = DayCount(p->start.size() == 7 ? p->start + "-01" : p->start),
                                   last = DayCount(p->end.size() == 7 ? p->end + "-01" : p->end);
      if (!first || !last || *last < *first || *last - *first > 62) continue;
      // (In a sentence of a poll: "The survey of 812 likely voters, conducted ...".)
      const size_t para = text.rfind('\n', at);
      const size_t from = std::max(para == std::string_view::npos ? 0 : para + 1, at >= 240 ? at - 240 : 0);
      // (A verb of polling is one itself: "Pollsters at Ipsos polled 1,500 adults between June 3 and 9".)
      // ("conducted online and by phone from Jan. 13 to Jan. 16": a manner between.)
      const bool polling_verb = verb == "surveyed " || verb == "polled " || verb == "interviewed ";
      if (!polling_verb && !PollWords(text.substr(from, at - from)) && !PollWords(rest.substr(named + p->surface.size(), 60)))
        continue;
      return p;
    }
  return std::nullopt;
}

// Whether a subject names a market's index: "The FTSE 100", "the Sensex", "The S&P 500 index";
// `named`: by the index's own name, not "index" or "futures" alone ("The Dubai index" may be a PMI).
bool MarketIndex(std::string_view subject, bool named) {
  static const auto* kIndexes = new ascii::WordMap<bool>(
      {{"ftse", true}, {"dow", true}, {"nasdaq", true}, {"s&p", true}, {"nikkei", true}, {"sensex", true},
       {"nifty", true}, {"dax", true}, {"cac", true}, {"merval", true}, {"hang", true}, {"kospi", true}, {"tsx", true},
       {"asx", true}, {"stoxx", true}, {"index", false}, {"bovespa", true}, {"topix", true}, {"ibex", true},
       {"jse", true}, {"shanghai", true}, {"shenzhen", true}, {"taiex", true}, {"futures", false}, {"tadawul", true},
       {"psei", true}, {"klci", true}, {"msci", true}, {"straits", true}, {"csi", true}},
      /*lower=*/true);
  for (std::string_view w : WordsOf(subject))
    if (const bool* own_name = kIndexes->Find(Bare(w)); own_name != nullptr && (*own_name || !named)) return true;
  return false;
}

void LendFieldwork(std::string_view sentence, const std::optional<Period>& own, const std::vector<Quantity>& qs,
                   const Period& fieldwork, bool poll_story, std::vector<Claim>* out, size_t first) {
  if (first >= out->size() || (!poll_story && !PollWords(sentence))) return;
  const bool names = sentence.find(fieldwork.surface) != std::string_view::npos;
  // (In a poll's story, only its answers: not "The state spends 38% of its budget on Medicaid",
  // an election's result, "Biden won the state by 1.2 points", nor another poll, "An earlier poll
  // found", "the previous survey".)
  // (Not a sentence of another time or month: "In Keystone's August poll, the two were tied at 45%",
  // "Turnout in the 2022 midterm election was 56%"; a comparison's base names one of its own.)
  // (What an answer is about, after its verb, names no time of the poll's: "58% said they opposed
  // the plan to lift the pension age to 68 by 2033".)
  auto opinion_verb = [](std::string_view w) {
    w = Bare(w);
    return w == "said" || w == "say" || w == "says" || w == "expected" || w == "expect" || w == "expects" ||
           w == "opposed" || w == "oppose" || w == "supported" || w == "support" || w == "backed" || w == "back" ||
           w == "favour" || w == "favor" || w == "favoured" || w == "favored" || w == "believe" || w == "believed" ||
           w == "think" || w == "thought" || w == "want" || w == "wanted" || w == "named" || w == "agreed";
  };
  size_t answered = sentence.size();  // (where the first answer's verb is)
  if (!qs.empty())
    for (std::string_view w : WordsOf(sentence.substr(qs.front().end)))
      if (opinion_verb(w)) {
        answered = static_cast<size_t>(w.data() - sentence.data());
        break;
      }
  if (!names) {
    if (!PollAnswer(sentence)) return;
    if (own && !own->start.empty() && !BaseAfter(sentence, 0, own->surface) && sentence.find(own->surface) < answered)
      return;
    // (A year not a date's, "on Nov. 3, 2026"; a month before a poll's word, "the August poll".)
    const std::vector<std::string_view> words = WordsOf(sentence.substr(0, answered));
    for (size_t k = 0; k < words.size(); ++k) {
      const std::string_view b = Bare(words[k]);
      if (b == "earlier" || b == "previous" || b == "prior" || b == "last" || b == "won" || b == "win" || b == "wins")
        return;
      const bool year = b.size() == 4 && (b.starts_with("19") || b.starts_with("20")) &&
                        std::all_of(b.begin(), b.end(), [](char ch) { return ascii::IsDigit(ch); }) &&
                        !(k > 0 && !words[k - 1].empty() && ascii::IsDigit(words[k - 1].front()) && words[k - 1].ends_with(","));
      const bool month = b.size() > 2 && b[0] >= 'A' && b[0] <= 'Z' && MonthOrDayName(b) && MonthOf(b) > 0 &&
                         k + 1 < words.size() && PollWords(words[k + 1]);
      if (year || month) return;
    }
  }
  // (A time in what the answer is about, after the answer's verb, is not the answer's: "58% said
  // they opposed the plan to lift the pension age to 68 by 2033", "29% expected rates to fall this
  // year".)
  auto opinion_time = [&](const Claim& c, const Quantity& q) {
    if (!c.period || c.period->lent || c.period->surface.empty()) return false;
    const size_t at = sentence.find(c.period->surface, q.end);
    if (at == std::string_view::npos) return false;
    const std::vector<std::string_view> between = WordsOf(sentence.substr(q.end, at - q.end));
    return std::any_of(between.begin(), between.end(), opinion_verb);
  };
  for (size_t k = first; k < out->size(); ++k) {
    Claim& c = (*out)[k];
    const std::string& u = c.quantity.unit;
    // (Points counted, "down two points", but not a market index's: "The FTSE 100 was down 40 points".)
    const bool answer = u == "percent" || u == "pp" || u == "points" || u == "point" || c.kind == "share" ||
                        (u == "count" && (c.quantity.noun == "points" || c.quantity.noun == "point") && !MarketIndex(c.subject));
    if ((c.period && !(answer && opinion_time(c, qs[k - first]))) ||
        !Lendable(sentence, qs[k - first], c, /*match_report=*/false))
      continue;
    if (!names && !answer) continue;
    c.period = fieldwork;
    c.period->lent = !names;
  }
}

bool StoryPeriod::DayTold() const {
  if (!told_) return false;
  const std::optional<int64_t> first = DayCount(told_->start), last = DayCount(told_->end);
  return first && last && *last >= *first && *last - *first <= 2;
}

}  // namespace periods

std::optional<Period> FindPeriod(std::string_view sentence, int year, int past_month, int pub_month,
                                 std::string_view whole, int pub_day, bool match_report) {
  // Every period pattern needs a year, a month name or a period word: skip the rest cheaply.
  if (!MayNamePeriod(sentence)) return std::nullopt;
  // The patterns, in priority order. One RE2::Set pass says which can match; only those run
  // again with submatches (the costly part of RE2).
  enum { kFromTo, kTwoMonths, kSpanTo, kWeekTo, kFiscalPart, kHalf, kMonths, kQuarter, kQuarterWord, kYearsTo, kRolling,
         kFiscal, kMonthYear, kMonth, kInYear, kLastYear, kLastMonth, kYoy, kMonthDay, kWeekday, kDayWord,
         kMonthsQuarter, kYearsRange, kFinalPart, kSince, kHoliday, kMonthEnd, kYearBegins, kShorthand };
  static const char* const kPatterns[] = {
      R"((?i)\b(?:from|between) ([A-Z][a-z]+)(?: (\d{4}))? (?:to|and|through|until) ([A-Z][a-z]+)(?: (\d{4}))?)",
      // ("in November and December", "In January-April")
      R"(\b(?:[Ii]n|[Dd]uring|[Ff]or|[Oo]ver) (January|February|March|April|May|June|July|August|September|October|November|December)(?: and |-|\x{2013})(January|February|March|April|May|June|July|August|September|October|November|December)(?: (\d{4}))?)",
      // ("in the 12 months to June", "the quarter ended Oct. 26", "the fiscal year ending March 2027",
      // "the fiscal year ended in March", "the year to 30 September", "the six months to 31 December",
      // "the 52 weeks to Jan. 31", "its fiscal second quarter ended Oct. 31")
      R"(((?i:(?:\b(?:in |for |during |over )?(?:the|its|their) |\((?:the )?)(?:(?:fiscal|financial) )?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|final|latest|most recent) )?(?:(?:fiscal|financial) )?(year|quarter|half[- ]year|half|week|(two|three|four|five|six|nine|twelve|\d{1,2}) months|(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|\d{1,2}) weeks)(?: (?:to|(?:ended|ending|that ended)(?: in)?|through)|, (?:which|that) ended(?: in)?) (?:the end of )?(?:([12]\d|3[01]|0?[1-9]) )?)(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:[a-z]+|\.)?(?: (\d{1,2})\b)?(?:,? ((?:19|20)\d\d))?))",
      // ("in the week ended Saturday")
      R"(((?i:\b(?:in |for |during |over )?the week (?:ended|ending|to|through) )(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b)",
      // ("fiscal second-quarter", "the second fiscal quarter", "the first half of its fiscal year": a
      // fiscal year's part runs on its company's calendar, so the surface only)
      R"((?i)\b((?:in |for |during )?(?:the |its |their )?(?:(?:fiscal|financial)[- ](?:first|second|third|fourth)[- ](?:quarter|half)|(?:first|second|third|fourth)[- ](?:fiscal|financial)[- ](?:quarter|half)|(?:first|second|third|fourth)[- ](?:quarter|half) of (?:its |the |their )?(?:fiscal|financial) (?:year|(?:19|20)\d\d(?:[-/](?:\d\d)?\d\d)?)))\b)",
      R"((?i)\b(?:in )?the (first|second)[- ]half(?: of (?:the year|(\d{4})|(next|last|this) year))?)",
      R"((?i)\b(?:in )?the first (three|six|nine|two|four|five|seven|eight|ten|eleven|[2-9]|1[01]) months(?: of (?:the year|(\d{4})))?)",
      R"((?i)\b(?:in )?the (first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of (?:(\d{4})|(next|last|this) year))?|\bQ([1-4]) (\d{4}))",
      R"((?i)\b(first|second|third|fourth)-(quarter|half)\b)",
      R"((?i)\b(?:in )?the (two|three|four|five|six|seven|eight|nine|ten|\d+) years (?:to|through|until) (\d{4}))",
      // ("over the past 12 months", "in the last three years": a span that runs to the publication)
      R"((?i)\b((?:in |over |during |for )?the (?:past|last|previous) (?:(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\d{1,2}) )?(months|years|year))\b)",
      // ("in fiscal 2025", "for the fiscal year 2026", "FY2025", "in 2027-28": a fiscal year runs on
      // its company's or country's calendar, so the surface only)
      R"((?i)\b((?:in |for |during )?(?:the )?(?:fiscal|financial) (?:year )?(?:19|20)\d\d(?:[-/](?:\d\d)?\d\d)?|(?:in |for |during )?the (?:19|20)\d\d[-/](?:\d\d)?\d\d (?:fiscal|financial) year|FY ?(?:19|20)?\d\d(?:[-/]\d\d)?|(?:in |for |during )?(?:the )?(?:19|20)\d\d/\d\d|(?:in|for|during) (?:(?:19|20)\d\d-\d\d))\b)",
      R"(\b(?:in )?(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4}))",
      R"(\b((?:[Ii]n|[Dd]uring|[Ff]or) (?:(?:early|late|mid)[- ])?(January|February|March|April|May|June|July|August|September|October|November|December)(?: (this|last|next) year)?)\b)",
      R"((?i)\b((?:in|during|for|of|since|by) (?:mid-|(?:early|late|mid) )?((?:1\d|20|21)\d\d))\b)",
      R"((?i)\b(last year|this year|next year|so far this year|a year earlier|a year ago|the (?:year-earlier|year-ago|prior-year) (?:quarter|period|month|half|week))\b)",
      R"((?i)\b(last month|next month|(?:so far )?this month)\b)",
      R"((?i)\b(year[- ]on[- ]year|year[- ]over[- ]year|y/y|from a year earlier|from a year ago)\b)",
      // ("on March 29", "Sept. 5", "since Jan. 1, 2025")
      R"(\b((?:(?:[Oo]n|[Bb]y|[Ss]ince|[Aa]s of) )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)([a-z]*\.?) ([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?:,? ((?:19|20)\d\d)\b)?))",
      // ("on Thursday", "late on Wednesday", "last Tuesday", "Sunday's")
      R"(\b((?:(?:(?:[Ll]ate|[Ee]arly) )?[Oo]n |[Ll]ast |[Nn]ext |[Tt]his )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?)\b)",
      // ("yesterday", "last week", "over the weekend")
      R"(\b((?:[Ee]arlier )?(?:[Yy]esterday|[Tt]omorrow|[Ll]ast week|[Tt]his week)|[Ff]or the week|(?:[Oo]ver|[Dd]uring|[Aa]t|[Oo]n) the weekend|(?:[Ll]ast|[Tt]his) weekend)\b)",
      // ("in the October-December quarter", "the July-September period", "the December quarter")
      R"(((?i:\b(?:in |for |during |over )?the (?:preceding |previous |prior )?)(?:(January|February|March|April|May|June|July|August|September|October|November|December)-)?(January|February|March|April|May|June|July|August|September|October|November|December) (?i:(quarter|period|half))(?: of ((?:19|20)\d\d))?)\b)",
      // ("between 2000 and 2023", "from 2019 to 2023")
      R"(\b((?:[Ff]rom|[Bb]etween) ((?:19|20)\d\d) (?:to|and|through|until) ((?:19|20)\d\d))\b)",
      // ("in the final three months of 2025", "the last quarter of the year")
      R"((?i)\b((?:in )?the (?:final|last) (quarter|three months|six months|half) of (?:the year|((?:19|20)\d\d)))\b)",
      // ("since January", "since early March 2023", "since the start of October", "since Sunday", "since
      // the start of the year")
      R"(\b([Ss]ince (?:(?:the (?:start|beginning) of |(?:early|mid|late)[- ])?(January|February|March|April|May|June|July|August|September|October|November|December)(?: ([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)?(?:,? ((?:19|20)\d\d))?|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|the (?:start|beginning) of (?:the|this) year))\b)",
      // ("on Black Friday", "over the Memorial Day weekend", "on Christmas Day")
      R"(\b((?:(?:[Oo]ver|[Dd]uring|[Oo]n|[Aa]t|[Ff]or|[Tt]hrough|[Ii]n) )?(?:the )?(Memorial Day|Labor Day|Thanksgiving Day|Thanksgiving|Black Friday|Cyber Monday|Christmas Eve|Christmas Day|Christmas|New Year's Eve|New Year's Day|New Year's|Good Friday|Easter Sunday|Easter Monday|Easter|Independence Day|Fourth of July|July Fourth|July 4th|Presidents'? Day|Martin Luther King Jr\.? Day|Veterans Day|Boxing Day)(?: (?:holiday )?(weekend))?)\b)",
      // ("ended June with $412 million", "at the end of September", "as of the end of March 2025")
      R"(\b((?:[Aa]t|[Aa]s of) the end of (January|February|March|April|May|June|July|August|September|October|November|December)(?:,? ((?:19|20)\d\d))?|ended (January|February|March|April|May|June|July|August|September|October|November|December)(?: ((?:19|20)\d\d))? with)\b)",
      // ("in the fiscal year that begins July 1", "the financial year which began in April")
      R"((?i)\b((?:in |for |during )?(?:the|its|their) (?:fiscal|financial|budget) year,? (?:that |which )?(begins|began|starts|started|beginning|starting|commencing|commences)(?: on| in)? ((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?: 1(?:st)?)?(?:,? ((?:19|20)\d\d))?|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b)",
      // (A release's shorthand: "H1 2026", "in H1", "9M 2025", "Q3", written without "the"; the
      // fiscal year's, "Q3 FY27", is left to the calendar the story states.)
      R"((?:^|[\s(])((H)([12])|([2-9]|1[01])(M)|(Q)([1-4]))(?: ((?:19|20)\d\d))?(?:$|[\s,:;).]))",
  };
  static const std::vector<const RE2*>* res = [] {
    auto* v = new std::vector<const RE2*>;
    for (const char* p : kPatterns) v->push_back(new RE2(p));
    return v;
  }();
  static const RE2::Set* any = [] {
    auto* set = new RE2::Set(RE2::DefaultOptions, RE2::UNANCHORED);
    for (const char* p : kPatterns) set->Add(p, nullptr);
    set->Compile();
    return set;
  }();
  std::vector<int> hits;
  if (!any->Match(re2::StringPiece(sentence.data(), sentence.size()), &hits)) return std::nullopt;
  unsigned may = 0;
  for (int h : hits) may |= 1u << h;
  auto can = [&](int k) { return (may >> k) & 1u; };
  const RE2* from_to = (*res)[kFromTo];
  const RE2* two_months = (*res)[kTwoMonths];
  const RE2* half = (*res)[kHalf];
  const RE2* months = (*res)[kMonths];
  const RE2* quarter = (*res)[kQuarter];
  const RE2* quarter_word = (*res)[kQuarterWord];
  const RE2* years_to = (*res)[kYearsTo];
  const RE2* span_to = (*res)[kSpanTo];
  const RE2* rolling = (*res)[kRolling];
  const RE2* fiscal = (*res)[kFiscal];
  const RE2* month_year = (*res)[kMonthYear];
  const RE2* month = (*res)[kMonth];
  const RE2* in_year = (*res)[kInYear];
  const RE2* last_year = (*res)[kLastYear];
  const RE2* last_month = (*res)[kLastMonth];
  const RE2* yoy = (*res)[kYoy];
  re2::StringPiece s(sentence.data(), sentence.size());
  std::string a, b, c, d;
  Period p;
  auto surface_of = [&](const RE2& re) {
    re2::StringPiece m;
    re2::StringPiece g[1];
    if (re.Match(s, 0, s.size(), RE2::UNANCHORED, g, 1)) m = g[0];
    return std::string(m.data(), m.size());
  };
  auto word_num = [](const std::string& w) {
    static const char* k[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"};
    for (int i = 0; i < 12; ++i) if (Lower(w) == k[i]) return i;
    return std::atoi(w.c_str());
  };
  // A month's year: "last"/"next" `which` says; else publication's, or the year before's for a
  // month not come at publication, the year after's for one past in a clause that looks ahead
  // (ahead only after the words that look ahead: "rose 0.3% in May and are expected to climb in
  // June" is last May's and next June's).
  auto year_of_month = [&](int m, const std::string& which, const char* at) {
    if (which == "last") return year - 1;
    if (which == "next") return year + 1;
    if (!which.empty() || pub_month <= 0) return year;
    const std::string_view all = whole.empty() ? sentence : whole;
    const size_t pos = static_cast<size_t>(at - all.data());
    if (LooksAhead(all, pos) && !PastBase(all, pos)) return m < pub_month ? year + 1 : year;
    // (A decision told with its own day is ahead of it: "OPEC+ agreed on Sunday to raise output by
    // 137,000 barrels per day in May", told in April; not "voted 10-2 to hold rates in December",
    // the month of the vote.)
    for (std::string_view d : {" agreed ", " decided ", " voted "})
      if (const size_t k = all.rfind(d, pos); k != std::string_view::npos && pos > k) {
        const std::string_view between = all.substr(k, pos - k);
        const size_t to = between.find(" to ");
        if (to == std::string_view::npos || between.find(", ") != std::string_view::npos ||
            between.find("; ") != std::string_view::npos)
          continue;
        const std::string_view when = between.substr(d.size() - 1, to - (d.size() - 1));
        bool dated = when.find(" this week") != std::string_view::npos || when.find(" yesterday") != std::string_view::npos ||
                     when.find(" today") != std::string_view::npos;
        for (std::string_view w : WordsOf(when)) dated = dated || WeekdayIndex(Bare(w)) < 7;
        if (dated) return m < pub_month ? year + 1 : year;
      }
    return m > pub_month ? year - 1 : year;
  };
  // A fiscal year named by its first month: the coming one for "begins", the one under way for
  // "began" ("the fiscal year that begins July 1", told in February 2026: July 2026 to June 2027).
  if (re2::StringPiece g[5]; can(kYearBegins) && (*res)[kYearBegins]->Match(s, 0, s.size(), RE2::UNANCHORED, g, 5)) {
    const std::string verb = Lower(std::string_view(g[2].data(), g[2].size()));
    int m = MonthOf(std::string_view(g[3].data(), g[3].size()));
    int y = g[4].empty() ? 0 : std::atoi(std::string(g[4].data(), g[4].size()).c_str());
    // (A weekday's, days from the telling: "the fiscal year that begins Wednesday", told on Saturday,
    // June 27, begins on July 1.)
    if (m == 0 && year > 0 && pub_month > 0 && pub_day > 0) {
      std::string w = std::string(g[3].data(), g[3].size());
      if (!w.empty()) w[0] = static_cast<char>(w[0] - ('a' <= w[0] && w[0] <= 'z' ? 32 : 0));
      if (const int wd = WeekdayIndex(w); wd < 7) {
        const int64_t today = DaysFromCivil(year, pub_month, pub_day);
        const bool began = verb == "began" || verb == "started";
        const int64_t shift = began ? -((WeekdayOf(today) - wd + 7) % 7) : (wd - WeekdayOf(today) + 7) % 7;
        // (A year begins on a month's first days: the month of the day, or of the one after a
        // weekend's.)
        const std::string date = Ymd(today + shift);
        if (date.size() == 10) {
          const int cy = std::atoi(date.substr(0, 4).c_str()), cm = std::atoi(date.substr(5, 2).c_str()),
                    cd = std::atoi(date.substr(8, 2).c_str());
          if (cd <= 3) m = cm, y = cy;
        }
      }
    }
    if (y == 0 && year > 0 && pub_month > 0 && m > 0) {
      const bool began = verb == "began" || verb == "started";
      // (One that begins in the month of publication is under way: "begins July 1", told July 1.)
      y = began ? (m <= pub_month ? year : year - 1) : (m >= pub_month ? year : year + 1);
    }
    if (y > 0 && m > 0) {
      p.surface.assign(g[1].data(), g[1].size());
      p.start = Ym(y, m);
      p.end = Ym(m == 1 ? y : y + 1, m == 1 ? 12 : m - 1);
      // (Its first months: "in the first nine months of the fiscal year that began July 1".)
      const std::string_view before = sentence.substr(0, static_cast<size_t>(g[1].data() - s.data()));
      static const RE2* first_part = new RE2(
          R"((?i)\b((?:in |for |during )?the first (two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months of )$)");
      if (std::string part, n; RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), *first_part, &part, &n)) {
        const int k = word_num(n);
        if (k >= 1 && k <= 11) {
          const int last = y * 12 + (m - 1) + k - 1;
          p.end = Ym(last / 12, last % 12 + 1);
          p.surface = part + p.surface;
        }
      }
      return p;
    }
  }
  if (can(kFromTo) && RE2::PartialMatch(s, *from_to, &a, &b, &c, &d) && MonthOf(a) && MonthOf(c)) {
    p.surface = surface_of(*from_to);
    // ("from July to December last year")
    const size_t end = sentence.find(p.surface) + p.surface.size();
    const bool last = d.empty() && end <= sentence.size() && sentence.substr(end).starts_with(" last year");
    int y2 = d.empty() ? year - last : std::atoi(d.c_str());
    int y1 = b.empty() ? (MonthOf(a) > MonthOf(c) ? y2 - 1 : y2) : std::atoi(b.c_str());
    p.start = Ym(y1, MonthOf(a));
    p.end = Ym(y2, MonthOf(c));
    return p;
  }
  // (Not months paired with figures "respectively": "rose 0.3% and 0.4% for May and June,
  // respectively" is no span of both.)
  if (can(kTwoMonths) && s.find("respectively") == std::string_view::npos && RE2::PartialMatch(s, *two_months, &a, &c, &d)) {
    p.surface = surface_of(*two_months);
    // (No year: the later month's, as a month's alone, "in November and December" told in
    // February is last year's.)
    // (Looking ahead from either month's clause: "Spending in November and December is expected
    // to grow".)
    const size_t at = p.surface.empty() ? std::string_view::npos : sentence.find(p.surface);
    int y = year;
    if (!d.empty()) {
      y = std::atoi(d.c_str());
    } else if (year > 0 && at != std::string_view::npos) {
      y = year_of_month(MonthOf(c), "", sentence.data() + at);
      if (const size_t later = sentence.find(c, at); later != std::string_view::npos)
        y = std::max(y, year_of_month(MonthOf(c), "", sentence.data() + later));
    }
    p.start = Ym(MonthOf(a) > MonthOf(c) ? y - 1 : y, MonthOf(a));
    p.end = Ym(y, MonthOf(c));
    return p;
  }
  // A year-month `back` months before (y, m).
  auto months_back = [](int y, int m, int back) {
    const int k = y * 12 + (m - 1) - back;
    return Ym(k / 12, k % 12 + 1);
  };
  // "the 12 months to June", "the quarter ended Oct. 26": the span's months up to its last; a
  // last month with no year is the latest one at publication (the coming one's when the clause
  // looks ahead, "expects the year ending March to").
  if (can(kSpanTo)) {
    std::string whole_span, what, n_months, n_weeks, mon, y;
    re2::StringPiece g[9];
    if (span_to->Match(s, 0, s.size(), RE2::UNANCHORED, g, 9)) {
      whole_span.assign(g[1].data(), g[1].size());
      what = Lower(std::string_view(g[2].data(), g[2].size()));
      n_months.assign(g[3].data(), g[3].size());
      n_weeks.assign(g[4].data(), g[4].size());
      mon.assign(g[6].data(), g[6].size());
      // (The day after its month or before it: "Oct. 31", "31 October".)
      const re2::StringPiece day_of = g[7].empty() ? g[5] : g[7];
      const int last_day = std::atoi(std::string(day_of.data(), day_of.size()).c_str());
      y.assign(g[8].data(), g[8].size());
      const int weeks = n_weeks == "twelve" ? 12 : n_weeks == "thirteen" ? 13 : word_num(n_weeks);
      int n = what == "year" ? 12 : what == "quarter" ? 3 : what.starts_with("half") ? 6
              : !n_months.empty() ? (n_months == "twelve" ? 12 : word_num(n_months))
                                  : (weeks * 12 + 26) / 52;  // (13 weeks: 3 months; 52: 12)
      int m = MonthOf(mon);
      p.surface = whole_span;
      // (A year's part, named before it: "the first half of its financial year, which ended March
      // 31" is the half up to that day, the part that ended; "the first half of the fiscal year
      // ending March 31, 2025" the year's first half, by its ordinal.)
      int before_end = 0;  // (months from the part's end to the year's)
      if (what == "year") {
        const std::string_view before = sentence.substr(0, static_cast<size_t>(g[1].data() - s.data()));
        const auto [ob, oe] = WordBefore(sentence, before.size());
        const std::string_view of = sentence.substr(ob, oe - ob);
        const auto [pb, pe] = WordBefore(sentence, ob);
        const std::string part = Lower(sentence.substr(pb, pe - pb));
        if (of == "of" && (part == "half" || part == "quarter")) {
          n = part == "half" ? 6 : 3;
          // (With its ordinal and article: "the second half".)
          size_t from = pb;
          if (const auto [rb, re] = WordBefore(sentence, pb); re > rb) {
            from = rb;
            if (const auto [tb, te] = WordBefore(sentence, rb); te > tb && ascii::EqualsLower(sentence.substr(tb, te - tb), "the"))
              from = tb;
            if (whole_span.find("ended") == std::string::npos) {
              const std::string ord = Lower(sentence.substr(rb, re - rb));
              const int k = ord == "first" || ord == "1st" ? 1 : ord == "second" || ord == "2nd" ? 2
                            : ord == "third" || ord == "3rd" ? 3 : ord == "fourth" || ord == "4th" ? 4 : 0;
              if (k > 0 && k * n <= 12) before_end = 12 - k * n;
            }
          }
          p.surface = std::string(sentence.substr(from, before.size() - from)) + whole_span;
        }
      }
      // The year of a last month named without one: the latest ended (the coming one after "ending" in
      // a clause that looks ahead); after "to" in such a clause, the latest ended unless that ended
      // more than three months before, else the coming one ("expects pre-tax profit for the year to
      // 28 February of £148m" told in January is the year to next month's end; told in March, the
      // one just ended, its results still to come).
      auto year_of_end = [&](int mm) {
        const std::string_view all = whole.empty() ? sentence : whole;
        const size_t at = static_cast<size_t>(g[6].data() - s.data()) + (whole.empty() ? 0 : sentence.data() - whole.data());
        const bool looks = LooksAhead(all, at);
        if (whole_span.find("ending") != std::string::npos && looks) return mm < pub_month ? year + 1 : year;
        int ended = mm > pub_month ? year - 1 : year;
        if (whole_span.find(" to ") != std::string::npos && looks && (year * 12 + pub_month) - (ended * 12 + mm) > 3) ++ended;
        return ended;
      };
      if (n >= 1 && n <= 24 && m > 0) {
        int last = !y.empty() ? std::atoi(y.c_str()) : year;
        if (y.empty() && year > 0 && pub_month > 0) last = year_of_end(m);
        // (A 52- or 53-week span ends within days of its last month: "the quarter ended Feb. 3" is
        // November to January.)
        if (last_day >= 1 && last_day <= 7) {
          if (--m == 0) {
            m = 12;
            --last;
          }
        }
        for (; before_end > 0; --before_end)
          if (--m == 0) {
            m = 12;
            --last;
          }
        if (last > 0) {
          p.start = months_back(last, m, n - 1);
          p.end = Ym(last, m);
          // (Weeks to a day are its days: "in the 12 weeks to Dec. 28" is Oct. 6 to Dec. 28.)
          if (weeks > 0 && last_day > 0 && before_end == 0 && n_months.empty() && what != "year" &&
              what != "quarter" && !what.starts_with("half")) {
            int end_year = !y.empty() ? std::atoi(y.c_str()) : year;
            if (y.empty() && year > 0 && pub_month > 0) end_year = year_of_end(MonthOf(mon));
            if (const int mm = MonthOf(mon); end_year > 0 && mm > 0 && last_day <= DaysInMonth(end_year, mm)) {
              const int64_t end = DaysFromCivil(end_year, mm, last_day);
              p.start = Ymd(end - 7 * weeks + 1);
              p.end = Ymd(end);
            }
          }
        }
      } else if (what == "week" && m > 0 && last_day > 0) {
        // ("in the week ended Sept. 5": its seven days.)
        int last = !y.empty() ? std::atoi(y.c_str()) : year;
        if (y.empty() && year > 0 && pub_month > 0 && m > pub_month) --last;
        if (last > 0) {
          const int64_t end = DaysFromCivil(last, m, last_day);
          p.start = Ymd(end - 6);
          p.end = Ymd(end);
        }
      }
      return p;
    }
  }
  // ("in the week ended Saturday": the seven days up to the last such day at publication.)
  if (re2::StringPiece g[3]; can(kWeekTo) && (*res)[kWeekTo]->Match(s, 0, s.size(), RE2::UNANCHORED, g, 3)) {
    const int w = WeekdayIndex(std::string_view(g[2].data(), g[2].size()));
    p.surface.assign(g[1].data(), g[1].size());
    if (year > 0 && pub_month > 0 && pub_day > 0 && w < 7) {
      const int64_t today = DaysFromCivil(year, pub_month, pub_day);
      const int64_t end = today - (WeekdayOf(today) - w + 7) % 7;
      p.start = Ymd(end - 6);
      p.end = Ymd(end);
    }
    return p;
  }
  if (can(kFiscalPart) && RE2::PartialMatch(s, *(*res)[kFiscalPart], &a)) {
    p.surface = a;
    return p;
  }
  // A match's half or quarter ("scored twice in the second half", "a touchdown in the fourth
  // quarter", "led 21-10 in the third quarter", anything in a match report's story) is no period
  // of the calendar.
  // (Asked for a half and then a quarter: found once.)
  std::optional<bool> match_found;
  auto of_a_match = [&] {
    if (match_found) return *match_found;
    // Words some business copy uses too ("credit scoring", "shipyards", "scored a rise"): two of
    // them, or one only a match report uses (MatchWord), tell a match; one does in a match
    // report's story (a digest's business item, "Ohio's economy grew 2.8% in the second quarter",
    // has none).
    static const auto* shared = new ascii::WordMap<bool>(
        {{"scored", true}, {"scoring", true}, {"yards", true}, {"threw", true}, {"rebounds", true},
         {"assists", true}, {"goal", true}, {"goals", true}, {"penalty", true}, {"match", true}, {"game", true},
         {"twice", true}, {"points", true}, {"lead", true}, {"header", true}, {"kick", true}, {"minute", true},
         {"minutes", true}, {"runs", true}, {"shots", true}},
        /*lower=*/true);
    // (In the whole sentence a window is of: "scored 38 points, 14 of them in the fourth quarter".)
    const std::string_view all = whole.empty() ? sentence : whole;
    bool found = false;
    std::vector<std::string_view> seen;
    chunk::ForEachWord(all, [&](std::string_view w) {
      if (MatchWord(w)) found = true;
      else if (shared->Find(w) != nullptr && std::find(seen.begin(), seen.end(), w) == seen.end()) seen.push_back(w);
      found = found || seen.size() >= (match_report ? 1u : 2u);
      return !found;
    });
    // (A match's or a season's part: "two minutes into the second half of the match", "hit .291 in
    // the first half of the season".)
    for (std::string_view w : {" of the season", " of the game", " of the match"})
      found = found || all.find(w) != std::string_view::npos;
    // (A score, "21-10", or a play's yards, "a 12-yard run".)
    for (std::string_view raw : WordsOf(all)) {
      if (found) break;
      const std::string_view w = Bare(raw);
      found = w.ends_with("-yard") || MatchScore(w);
    }
    match_found = found;
    return found;
  };
  // A reported quarter or half not begun at publication is last year's (`past_month`): only one
  // something happened "in" (not a budget "for the fourth quarter", a decision about a coming
  // one), and not of a fiscal year, which runs on its own calendar.
  // (Nor one in a clause that looks ahead after the report: "grew 0.7% in the fourth quarter, Stats NZ
  // said, and the Treasury projected growth of 0.5% in the fourth quarter", told in March.)
  // (A surface's place in the whole sentence: in the piece of it read, when it is one.)
  auto place_of = [&](std::string_view surface) {
    const std::string_view all = whole.empty() ? sentence : whole;
    if (sentence.data() >= all.data() && sentence.data() + sentence.size() <= all.data() + all.size())
      if (const size_t k = sentence.find(surface); k != std::string_view::npos)
        return static_cast<size_t>(sentence.data() - all.data()) + k;
    return all.find(surface);
  };
  auto clause_foresees = [&](std::string_view surface) {
    const std::string_view all = whole.empty() ? sentence : whole;
    const size_t at = place_of(surface);
    if (at == std::string_view::npos) return false;
    const size_t from = LastClauseStart(all, at);
    return Foresees(all.substr(from, at - from));
  };
  auto back_a_year = [&](const std::string& surface) {
    if (past_month <= 0 || surface.size() < 3 || !ascii::EqualsLower(std::string_view(surface).substr(0, 3), "in ") ||
        clause_foresees(surface))
      return false;
    // (Nor a contract's delivery: "Wheat for delivery in the third quarter rose 3%".)
    if (const size_t at = place_of(surface); at != std::string_view::npos) {
      const std::string_view all = whole.empty() ? sentence : whole;
      const auto [db, de] = WordBefore(all, at);
      if (all.substr(db, de - db) == "delivery") return false;
    }
    return !ascii::ContainsLower(sentence, "fiscal") && !ascii::ContainsLower(sentence, "financial year");
  };
  // ("of next year", "of last year": publication's year's neighbour.)
  auto relative_year = [&](const std::string& w) { const std::string l = Lower(w); return year + (l == "next") - (l == "last"); };
  if (std::string rel; can(kHalf) && RE2::PartialMatch(s, *half, &a, &b, &rel) &&
      (!b.empty() || !rel.empty() || ascii::ContainsLower(surface_of(*half), "of the year") || !of_a_match())) {
    bool first = Lower(a) == "first";
    p.surface = surface_of(*half);
    // (A month's half: "in the first half of April", its first 15 days; "the second half of March",
    // the rest.)
    if (b.empty() && rel.empty())
      if (const size_t at = sentence.find(p.surface); at != std::string_view::npos) {
        static const RE2* of_month = new RE2(
            R"(^ of (January|February|March|April|May|June|July|August|September|October|November|December)(?:,? ((?:19|20)\d\d))?\b)");
        std::string mon, yr;
        const std::string_view after = sentence.substr(at + p.surface.size());
        if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), *of_month, &mon, &yr)) {
          const int m = MonthOf(mon);
          const int y = !yr.empty() ? std::atoi(yr.c_str()) : year_of_month(m, "", after.data());
          if (m > 0 && y > 0) {
            p.surface += " of " + mon + (yr.empty() ? "" : " " + yr);
            p.start = Ymd(DaysFromCivil(y, m, first ? 1 : 16));
            p.end = Ymd(DaysFromCivil(y, m, first ? 15 : DaysInMonth(y, m)));
            return p;
          }
        }
      }
    int y = !rel.empty() ? relative_year(rel)
            : b.empty()  ? year - (back_a_year(p.surface) && !first && 7 - past_month >= 2)
                         : std::atoi(b.c_str());
    p.start = Ym(y, first ? 1 : 7);
    p.end = Ym(y, first ? 6 : 12);
    return p;
  }
  if (can(kMonths) && RE2::PartialMatch(s, *months, &a, &b)) {
    p.surface = surface_of(*months);
    // (Reported before its last month is out, the span is last year's: "Sales in the first nine
    // months rose 3%", published in March.)
    const int y = b.empty() ? year - (back_a_year(p.surface) && word_num(a) >= past_month) : std::atoi(b.c_str());
    p.start = Ym(y, 1);
    p.end = Ym(y, word_num(a));
    return p;
  }
  if (std::string rel; can(kQuarter) && RE2::PartialMatch(s, *quarter, &a, &b, &rel, &c, &d) &&
                       (!b.empty() || !rel.empty() || !d.empty() || !of_a_match())) {
    int q = !c.empty() ? std::atoi(c.c_str()) : (Lower(a).starts_with("f") && Lower(a) != "fourth" ? 1 : Lower(a).starts_with("s") || a == "2nd" ? 2 : Lower(a).starts_with("t") || a == "3rd" ? 3 : Lower(a) == "first" || a == "1st" ? 1 : 4);
    p.surface = surface_of(*quarter);
    int y = !d.empty()   ? std::atoi(d.c_str())
            : !rel.empty() ? relative_year(rel)
            : b.empty()    ? year - (back_a_year(p.surface) && 3 * q - 2 - past_month >= 2)
                           : std::atoi(b.c_str());
    // (A forecast's base is the last one begun: "expects margin of 17.5%, down from 19.2% in the
    // third quarter", told in January.)
    if (b.empty() && rel.empty() && d.empty() && past_month <= 0 && pub_month > 0 && year > 0) {
      const std::string_view all = whole.empty() ? sentence : whole;
      if (const size_t at = place_of(p.surface); at != std::string_view::npos && PastBase(all, at))
        y = year - (3 * q - 2 > pub_month);
    }
    p.start = Ym(y, 3 * q - 2);
    p.end = Ym(y, 3 * q);
    return p;
  }
  if (re2::StringPiece g[9]; can(kShorthand) && (*res)[kShorthand]->Match(s, 0, s.size(), RE2::UNANCHORED, g, 9)) {
    const std::string_view before = sentence.substr(0, static_cast<size_t>(g[1].data() - s.data()));
    const std::string_view after = sentence.substr(static_cast<size_t>(g[1].data() + g[1].size() - s.data()));
    // (Nor a base's label in brackets, "(Q2: 49.7)", nor a visa, "H1 visas".)
    const bool fiscal = after.starts_with(" FY") || after.starts_with(" fiscal") || ascii::ContainsLower(sentence, "fiscal") ||
                        ascii::ContainsLower(sentence, "financial year") || after.starts_with(" visa") ||
                        (after.starts_with(":") && before.ends_with("("));
    const auto [wb, we] = WordBefore(sentence, before.size());
    const std::string_view word = sentence.substr(wb, we - wb);
    const bool in = word == "in" || word == "In" || word == "for" || word == "For" || word == "during" || word == "During";
    // (Without its year only in a list's header, "H1 highlights:", "Q3 at a glance:": elsewhere "Q3"
    // and "H2" are a car, a game's quarter, a qualifying session, hydrogen; "3M" a company. Counted
    // months always with their year: "9M 2025".)
    std::string_view trimmed = whole.empty() ? sentence : whole;  // (the whole sentence, not a window of it)
    while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\n')) trimmed.remove_suffix(1);
    const bool header = trimmed.ends_with(":");
    const bool months = !g[5].empty();
    const int y_named = g[8].empty() ? 0 : std::atoi(std::string(g[8].data(), g[8].size()).c_str());
    if (!fiscal && (y_named > 0 || (!months && header)) && year > 0) {
      p.surface = (in ? std::string(word) + " " : std::string()) + std::string(g[1].data(), g[1].size()) +
                  (y_named > 0 ? " " + std::string(g[8].data(), g[8].size()) : "");
      const std::string in_surface = "in " + std::string(g[1].data(), g[1].size());  // (as back_a_year reads one)
      int first_month = 1, last_month = 12;
      if (!g[2].empty()) {
        const bool first = g[3] == "1";
        first_month = first ? 1 : 7;
        last_month = first ? 6 : 12;
        p.start = Ym(y_named > 0 ? y_named : year - (back_a_year(in_surface) && !first && 7 - past_month >= 2), first_month);
      } else if (months) {
        last_month = std::atoi(std::string(g[4].data(), g[4].size()).c_str());
        p.start = Ym(y_named > 0 ? y_named : year - (back_a_year(in_surface) && last_month >= past_month), 1);
      } else {
        const int q = std::atoi(std::string(g[7].data(), g[7].size()).c_str());
        first_month = 3 * q - 2;
        last_month = 3 * q;
        p.start = Ym(y_named > 0 ? y_named : year - (back_a_year(in_surface) && first_month - past_month >= 2), first_month);
      }
      p.end = p.start.substr(0, 5) + (last_month < 10 ? "0" : "") + std::to_string(last_month);
      return p;
    }
  }
  // "second-quarter revenue", "fourth-quarter profit", "first-half profit": the quarter or half as
  // a word of its noun. Not ended at publication in a past report, it is last year's ("reported a
  // 9.2% rise in third-quarter profit", told in January, though the sentence goes on to a forecast).
  if (can(kQuarterWord) && RE2::PartialMatch(s, *quarter_word, &a, &b) && !of_a_match()) {
    const std::string l = Lower(a);
    const bool half = Lower(b) == "half";
    const int q = l == "first" ? 1 : l == "second" ? 2 : l == "third" ? 3 : 4;
    if (!half || q <= 2) {
      p.surface = surface_of(*quarter_word);
      const int first_month = half ? 6 * q - 5 : 3 * q - 2;
      // (The words before it report the past: "reported a 9.2% rise in".)
      const std::string_view all = whole.empty() ? sentence : whole;
      const size_t at = all.find(p.surface);
      // (Or its clause does: "Acme's third-quarter profit rose 9%, and it cut its forecast".)
      const size_t clause_end = at == std::string_view::npos ? at : all.find_first_of(",;", at);
      const int reported = past_month > 0 && !clause_foresees(p.surface) ? past_month
                           : pub_month > 0 && at != std::string_view::npos &&
                                   ((at > 0 && PastReport(all.substr(0, at), /*day=*/false)) ||
                                    PastReport(all.substr(0, clause_end), /*day=*/false))
                               ? pub_month
                               : 0;
      // (Reported before it ended, it is last year's, or a fiscal one.)
      const int last_month = half ? 6 * q : 3 * q;
      // (Nor one ending in the last days of the month of publication: "posted a third-quarter gain of
      // 7.8%", on Sept. 30; a result reported early in its last month is a fiscal one's.)
      // (Looked ahead to, a part not begun this year whose namesake ended in the last ten weeks is
      // that one, its results still to come: "Analysts expect fourth-quarter profit of $4.85 a
      // share", told on Jan. 12.)
      const bool preview = reported == 0 && year > 0 && pub_month > 0 && pub_day > 0 && first_month > pub_month &&
                           DaysFromCivil(year, pub_month, pub_day) -
                                   DaysFromCivil(year - 1, last_month, DaysInMonth(year - 1, last_month)) <= 75;
      const bool back = preview || (reported > 0 && (last_month > reported || (last_month == reported && pub_day > 0 && pub_day < 25)));
      // (A fiscal one, "fiscal fourth-quarter", undated: DateFiscalYears dates it on the calendar the
      // story states.)
      const std::string_view lead_in = at == std::string_view::npos ? std::string_view() : all.substr(0, at);
      if (back && (ascii::EqualsLower(lead_in.substr(lead_in.size() - std::min<size_t>(lead_in.size(), 7)), "fiscal ") ||
                   ascii::EqualsLower(lead_in.substr(lead_in.size() - std::min<size_t>(lead_in.size(), 10)), "financial ")))
        return p;
      const int y = year - back;
      // (Reported long after last year's such part ended, it is a fiscal one, of a calendar the
      // story does not give: "reported a 9.2% rise in third-quarter profit", told in mid-January,
      // is an Indian company's October-December quarter. Results come within about ten weeks.)
      if (back && !preview && pub_day > 0 &&
          DaysFromCivil(year, reported, pub_day) - DaysFromCivil(y, last_month, DaysInMonth(y, last_month)) > 75)
        return p;
      if (year > 0) {
        p.start = Ym(y, first_month);
        p.end = Ym(y, last_month);
      }
      return p;
    }
  }
  if (can(kYearsTo) && RE2::PartialMatch(s, *years_to, &a, &b)) {
    int y = std::atoi(b.c_str());
    p.surface = surface_of(*years_to);
    p.start = Ym(y - word_num(a) + 1, 1);
    p.end = Ym(y, 12);
    return p;
  }
  // "in the October-December quarter", "the December quarter": the months named, the year's
  // whose last month is past at publication (or named).
  if (can(kMonthsQuarter)) {
    re2::StringPiece g[6];
    if ((*res)[kMonthsQuarter]->Match(s, 0, s.size(), RE2::UNANCHORED, g, 6)) {
      const int m1 = g[2].empty() ? 0 : MonthOf(std::string_view(g[2].data(), g[2].size()));
      const int m2 = MonthOf(std::string_view(g[3].data(), g[3].size()));
      const std::string what = Lower(std::string_view(g[4].data(), g[4].size()));
      const int n = m1 > 0 ? (m2 - m1 + 12) % 12 + 1 : what == "quarter" ? 3 : what == "half" ? 6 : 0;
      if (n > 0 && m2 > 0 && !(what == "quarter" && m1 > 0 && n != 3)) {
        p.surface.assign(g[1].data(), g[1].size());
        int last = g[5].empty() ? year : std::atoi(std::string(g[5].data(), g[5].size()).c_str());
        // (A past report's, though it names what was expected: "reported a 9.6% rise in profit for
        // the October-December quarter, beating analyst estimates", told in January.)
        if (g[5].empty() && year > 0 && pub_month > 0 && m2 > pub_month &&
            ((past_month > 0 && !clause_foresees(std::string_view(g[1].data(), g[1].size()))) ||
             PastReport(std::string_view(s.data(), s.size()), /*day=*/false)))
          --last;
        // (A year before that: "in the October-December period a year ago", a base.)
        const size_t end = static_cast<size_t>(g[1].data() - s.data()) + g[1].size();
        for (std::string_view ago : {" a year ago", " a year earlier", " a year before"})
          if (g[5].empty() && sentence.substr(end).starts_with(ago)) {
            p.surface += ago;
            --last;
            break;
          }
        if (last > 0) {
          p.start = months_back(last, m2, n - 1);
          p.end = Ym(last, m2);
        }
        return p;
      }
    }
  }
  // "in the final three months of 2025": the year's last quarter or half.
  if (can(kFinalPart) && RE2::PartialMatch(s, *(*res)[kFinalPart], &a, &b, &c)) {
    const std::string l = Lower(b);
    const int n = l == "half" || l == "six months" ? 6 : 3;
    p.surface = a;
    const int y = c.empty() ? year : std::atoi(c.c_str());
    if (y > 0) {
      p.start = Ym(y, 13 - n);
      p.end = Ym(y, 12);
    }
    return p;
  }
  // "between 2000 and 2023": the years from the first to the last.
  if (can(kYearsRange) && RE2::PartialMatch(s, *(*res)[kYearsRange], &a, &b, &c)) {
    const int y1 = std::atoi(b.c_str()), y2 = std::atoi(c.c_str());
    if (y2 > y1) {
      p.surface = a;
      p.start = Ym(y1, 1);
      p.end = Ym(y2, 12);
      return p;
    }
  }
  // "over the past 12 months", "in the last three years": the months from that long before
  // publication to its month.
  // (Undated when the sentence names a year, a time the span may run to instead: "At his arrest
  // in 2021, he had made 40 trips over the past three years"; nor a span of something, "in the
  // last two years of his contract".)
  // (Not "the previous year" with no count: a comparison's base, "down from $19.5 billion the
  // previous year".)
  if (can(kRolling) && RE2::PartialMatch(s, *rolling, &a, &b, &c) && !(b.empty() && ascii::ContainsLower(a, "previous"))) {
    const size_t at = sentence.find(a);
    if (!(at != std::string_view::npos && sentence.substr(at + a.size()).starts_with(" of "))) {
      p.surface = a;
      const std::string l = Lower(b);
      // ("over the last year": twelve months; "in the past months": no count, undated.)
      const int n = b.empty() ? (Lower(c) == "year" ? 1 : 0) : l == "twelve" ? 12 : l == "eighteen" ? 18 : word_num(b);
      const int span = Lower(c) == "years" || Lower(c) == "year" ? 12 * n : n;
      static const RE2 kYear(R"(\b(?:19|20)\d\d\b)");
      const std::string_view all = whole.empty() ? sentence : whole;
      // ("in the previous three months" counts back from a period named before, as often.)
      if (year > 0 && pub_month > 0 && span > 0 && span <= 600 && !ascii::ContainsLower(a, "previous") &&
          !RE2::PartialMatch(re2::StringPiece(all.data(), all.size()), kYear)) {
        p.start = months_back(year, pub_month, span - 1);
        p.end = Ym(year, pub_month);
      }
      return p;
    }
  }
  // "since" a month, a weekday or the year's start: a start only, its latest such day at
  // publication (the claims give it its end, publication: SinceToPublication).
  // A holiday, or its weekend: the one up to publication, or the next in a clause that looks
  // ahead; of the year the sentence names, or last year's after "last year", "A year ago,". Not
  // dated when a Thanksgiving or an Independence Day is no recent one (another country's:
  // "Canadians spent C$1.2 billion over the Thanksgiving weekend", in October), nor a church's
  // other calendar ("Orthodox Easter"), nor
  // in a sentence of a span ("9-3 on Christmas Day since 2010"). (Christmas, Easter or New
  // Year's alone name a season as often: their day's or weekend's name only.)
  if (re2::StringPiece g[4]; can(kHoliday) && (*res)[kHoliday]->Match(s, 0, s.size(), RE2::UNANCHORED, g, 4)) {
    const std::string name(g[2].data(), g[2].size());
    const bool weekend = !g[3].empty();
    const bool bare = name == "Christmas" || name == "Easter" || name == "New Year's" || name == "Thanksgiving";
    const std::string_view lead_in = std::string_view(g[1].data(), g[1].size()).substr(0, 3);
    // (Not a season named for it, nor its deals: "the Black Friday season", "the Christmas
    // period", "Black Friday deals".)
    const size_t at = static_cast<size_t>(g[1].data() - s.data()), after = at + g[1].size();
    const auto [nb, ne] = WordAfter(sentence, after);
    const std::string next = Lower(Bare(sentence.substr(nb, ne - nb)));
    static const auto* kSeason = new ascii::WordMap<bool>(
        {{"season", true}, {"period", true}, {"week", true}, {"month", true}, {"quarter", true}, {"holidays", true},
         {"shopping", true}, {"deals", true}, {"discounts", true}, {"promotions", true}, {"pricing", true},
         {"prices", true}, {"offers", true}, {"specials", true}, {"event", true},
         {"events", true}, {"doorbusters", true}, {"ad", true}, {"ads", true}},
        /*lower=*/true);
    const bool season = !weekend && kSeason->Find(next) != nullptr;
    const auto [ob, oe] = WordBefore(sentence, at);
    const bool other_calendar = ascii::EqualsLower(sentence.substr(ob, oe - ob), "orthodox") ||
                                ascii::ContainsLower(sentence.substr(0, at), "orthodox ");
    if (!season && !other_calendar && (!bare || weekend || ascii::EqualsLower(lead_in, "on "))) {
      p.surface.assign(g[1].data(), g[1].size());
      std::pair<int64_t, int64_t> d{INT64_MIN, INT64_MIN};
      const std::string_view all = whole.empty() ? sentence : whole;
      if (year > 0 && pub_month > 0 && pub_day > 0 && !ascii::ContainsLower(all, " since ")) {
        const int64_t today = DaysFromCivil(year, pub_month, pub_day);
        const bool ahead = Foresees(all) && !PastReport(all, /*day=*/false);
        auto span = [&](int y) { return HolidaySpan(name, weekend, y); };
        // (The year the sentence names: "In 2019, they spent $7.4 billion on Black Friday".)
        static const RE2 kYear(R"(\b((?:19|20)\d\d)\b)");
        std::string named;
        re2::StringPiece rest(all.data(), all.size());
        int years = 0;
        for (std::string y; RE2::FindAndConsume(&rest, kYear, &y);) {
          if (named != y) ++years;
          named = y;
        }
        // (Last year's: "on Black Friday last year", "Cyber Monday sales last year totaled", "A
        // year ago, Black Friday sales totaled"; not a base's "from last year".)
        auto opens = [&](std::string_view w) { return all.size() >= w.size() && ascii::EqualsLower(all.substr(0, w.size()), w); };
        bool last = opens("a year ago") || opens("a year earlier");
        for (size_t k = all.find("ast year"); k != std::string_view::npos && !last; k = all.find("ast year", k + 1)) {
          if (k == 0 || (all[k - 1] != 'l' && all[k - 1] != 'L')) continue;
          const auto [wb, we] = WordBefore(all, k - 1);
          const std::string_view w = all.substr(wb, we - wb);
          last = !(w == "from" || w == "than" || w == "over" || w == "with" || w == "versus" || w == "since");
        }
        if (years == 1) {
          d = span(std::atoi(named.c_str()));
        } else {
          d = span(year);
          if (d.first != INT64_MIN && !ahead && d.first > today) d = span(year - 1);
          if (d.first != INT64_MIN && last && d.first > today - 180) d = span(year - 1);
          else if (d.first != INT64_MIN && ahead && d.second < today) d = span(year + 1);
          // (No recent one, none ahead, of a name other countries' holidays share: theirs.)
          if (d.first != INT64_MIN && !last && !ahead && d.first < today - 60 &&
              (name.starts_with("Thanksgiving") || name == "Independence Day"))
            d = {INT64_MIN, INT64_MIN};
        }
      }
      if (d.first != INT64_MIN) {
        p.start = Ymd(d.first);
        p.end = Ymd(d.second);
        return p;
      }
      // (Without a publication date, its surface; else other patterns may date the sentence:
      // "Last year, 5.3 million flew over the Independence Day weekend".)
      if (year <= 0 || pub_month <= 0 || pub_day <= 0) return p;
      p = Period{};
    }
  }
  // A month's end, a point in time: its last day ("ended June with $412 million in the bank", "at
  // the end of September"); a month not come at publication is last year's. Dated only (its year
  // written, or publication's).
  if (re2::StringPiece g[6]; can(kMonthEnd) && (*res)[kMonthEnd]->Match(s, 0, s.size(), RE2::UNANCHORED, g, 6)) {
    const bool ended = !g[4].empty();
    const std::string_view name = ended ? std::string_view(g[4].data(), g[4].size()) : std::string_view(g[2].data(), g[2].size());
    const std::string_view given = ended ? std::string_view(g[5].data(), g[5].size()) : std::string_view(g[3].data(), g[3].size());
    p.surface.assign(g[1].data(), g[1].size());
    if (ended && p.surface.ends_with(" with")) p.surface.resize(p.surface.size() - 5);
    const int m = MonthOf(name);
    int y = !given.empty() ? std::atoi(std::string(given).c_str()) : year;
    if (given.empty() && pub_month > 0 && m > pub_month) --y;
    if (y > 0 && m > 0 && (!given.empty() || pub_month > 0)) {
      p.start = p.end = Ymd(DaysFromCivil(y, m, DaysInMonth(y, m)));
      return p;
    }
    p = Period{};  // (undated: not a period of its own; not a deadline's "by the end of June")
  }
  if (re2::StringPiece g[6]; can(kSince) && (*res)[kSince]->Match(s, 0, s.size(), RE2::UNANCHORED, g, 6)) {
    p.surface.assign(g[1].data(), g[1].size());
    if ((year > 0 && pub_month > 0) || !g[4].empty()) {
      if (!g[2].empty()) {
        const int m = MonthOf(std::string_view(g[2].data(), g[2].size()));
        const int y = !g[4].empty() ? std::atoi(std::string(g[4].data(), g[4].size()).c_str()) : m > pub_month ? year - 1 : year;
        const int d = g[3].empty() ? 0 : std::atoi(std::string(g[3].data(), g[3].size()).c_str());
        p.start = d > 0 && d <= DaysInMonth(y, m) ? Ymd(DaysFromCivil(y, m, d)) : Ym(y, m);
      } else if (!g[5].empty() && pub_day > 0) {
        const int w = WeekdayIndex(std::string_view(g[5].data(), g[5].size()));
        const int64_t today = DaysFromCivil(year, pub_month, pub_day);
        if (w < 7) p.start = Ymd(today - (WeekdayOf(today) - w + 7) % 7);
      } else if (g[2].empty() && g[5].empty()) {
        p.start = Ym(year, 1);
      }
    }
    return p;
  }
  if (can(kFiscal) && RE2::PartialMatch(s, *fiscal, &a)) {
    p.surface = a;
    return p;
  }
  if (can(kMonthYear) && RE2::PartialMatch(s, *month_year, &a, &b)) {
    p.surface = surface_of(*month_year);
    // (Not a maturity's: "notes due in March 2027".)
    const size_t at = p.surface.empty() ? std::string_view::npos : sentence.find(p.surface);
    const auto [wb, we] = WordBefore(sentence, at == std::string_view::npos ? 0 : at);
    const std::string_view before = sentence.substr(wb, we - wb);
    if (!Maturity(before)) {
      p.start = p.end = Ym(std::atoi(b.c_str()), MonthOf(a));
      return p;
    }
    p.surface.clear();
  }
  // A month with no year ("rose 0.2% in July"): the publication year's, or the year before's when
  // the month had not come at publication (the year after's when the sentence looks ahead, "will
  // rise in January"). Not the date of a telling ("The bank projected in May that", "said last
  // month that"), a span's end ("the quarter ended in May"), a day of it ("July 4"), nor a name's
  // ("May's cabinet", "March Madness"); not when a year phrase comes first ("so far this year and
  // ... in September").
  auto telling_date = [&](std::string_view surface) {
    const size_t at = sentence.find(surface);
    if (at == std::string_view::npos) return true;
    const std::string_view rest = sentence.substr(at + surface.size());
    const auto [tb, te] = WordBefore(sentence, at);
    const std::string_view told = sentence.substr(tb, te - tb);
    return rest.starts_with(" that ") || rest.starts_with("'s") || rest.starts_with("\xE2\x80\x99s") ||
           (rest.size() > 1 && rest[0] == ' ' && (ascii::IsDigit(rest[1]) || (rest[1] >= 'A' && rest[1] <= 'Z'))) ||
           (te > tb && (IsReportingVerb(told) || TellingOrSpanEnd(told) || ascii::EqualsLower(told, "ends")));
  };
  if (can(kMonth) && RE2::PartialMatch(s, *month, &a, &b, &c) && !telling_date(a)) {
    re2::StringPiece ly;
    const size_t month_at = sentence.find(a);
    const bool year_first = can(kLastYear) && last_year->Match(s, 0, s.size(), RE2::UNANCHORED, &ly, 1) &&
                            static_cast<size_t>(ly.data() - s.data()) < month_at;
    if (!year_first) {
      p.surface = a;
      if (year > 0) p.start = p.end = Ym(year_of_month(MonthOf(b), c, sentence.data() + month_at), MonthOf(b));
      return p;
    }
  }
  // The first year that is no clock's time ("by 1930 GMT", "at 2100 local time"), as its phrase
  // and its year.
  auto first_year = [&](std::string* phrase, std::string* digits) {
    re2::StringPiece g[3];
    for (size_t from = 0; from < s.size() && in_year->Match(s, from, s.size(), RE2::UNANCHORED, g, 3);) {
      const size_t end = static_cast<size_t>(g[0].data() + g[0].size() - s.data());
      const std::string_view rest = sentence.substr(end);
      bool clock = false;
      for (std::string_view z : {" GMT", " UTC", " ET", " EST", " EDT", " BST", " CET", " local time", " hours", " hrs", " Z"})
        clock = clock || (rest.starts_with(z) && (rest.size() == z.size() || !ascii::IsAlpha(rest[z.size()])));
      // (Nor a maturity's or an expiry's year: "bonds maturing in 2035".)
      const auto [wb, we] = WordBefore(sentence, static_cast<size_t>(g[1].data() - s.data()));
      const std::string_view before = sentence.substr(wb, we - wb);
      if (!clock && !Maturity(before)) {
        phrase->assign(g[1].data(), g[1].size());
        digits->assign(g[2].data(), g[2].size());
        return true;
      }
      from = end;
    }
    return false;
  };
  if (can(kInYear) && first_year(&a, &b)) {
    int y = std::atoi(b.c_str());
    p.surface = a;
    const std::string l = Lower(a);
    // "since 2011" names the start only, "by 2030" and "by the end of 2027" the end only.
    const size_t at = static_cast<size_t>(sentence.find(a));
    const bool deadline = l.starts_with("of ") && at != std::string_view::npos &&
                          ascii::EqualsLower(sentence.substr(at - std::min<size_t>(at, 11), std::min<size_t>(at, 11)), "by the end ");
    p.start = l.starts_with("by ") || deadline ? "" : Ym(y, 1);
    p.end = l.starts_with("since ") ? "" : Ym(y, 12);
    return p;
  }
  // "last year", "this year"; not a comparison's base, "the same period last year" (the period
  // the figure's is compared with), "from a year earlier" (below). "a year earlier" or "a year
  // ago" alone dates a base too, a year before a period the sentence may not name ("compared with
  // 22.4% a year earlier"): its surface only (dated by YearBefore from the figure's period).
  if (can(kLastYear)) {
    re2::StringPiece m;
    if (last_year->Match(s, 0, s.size(), RE2::UNANCHORED, &m, 1)) {
      a.assign(m.data(), m.size());
      const std::string_view before = sentence.substr(0, static_cast<size_t>(m.data() - s.data()));
      const bool year_before = ascii::EqualsLower(std::string_view(m.data(), m.size()), "a year earlier") ||
                               ascii::EqualsLower(std::string_view(m.data(), m.size()), "a year ago") ||
                               YearEarlierWords(std::string_view(m.data(), m.size()));  // ("the year-earlier quarter")
      bool base = before.ends_with("from ") && year_before;
      // ("the same period last year": a period relative to one the sentence names, undated; a
      // comparison's base when "compared with", "from", "than" bring it in.)
      size_t same = 0;
      for (std::string_view w : {"the same period ", "the same quarter ", "the same month ", "the same time ",
                                 "the same week ", "the same day ", "the same months ", "the same season ",
                                 "the same weekend ", "the same point ", "the same holiday "})
        if (ascii::EqualsLower(before.substr(before.size() - std::min(before.size(), w.size())), w)) same = w.size();
      // ("rose 14% from last year", "more than on last year's holiday weekend": a base's too; not
      // the base's own, "down from last year's 58".)
      std::string_view after_m = sentence.substr(std::min(sentence.size(), static_cast<size_t>(m.data() + m.size() - s.data())));
      bool own_base = after_m.starts_with("'s");
      if (own_base) {
        after_m.remove_prefix(2);
        while (!after_m.empty() && after_m[0] == ' ') after_m.remove_prefix(1);
        const std::string_view next = after_m.substr(0, after_m.find(' '));
        own_base = after_m.empty() || std::any_of(next.begin(), next.end(), [](char ch) { return ascii::IsDigit(ch); });
      }
      if (same > 0 || (!own_base && ascii::EqualsLower(std::string_view(m.data(), std::min<size_t>(m.size(), 9)), "last year"))) {
        const std::string_view lead = before.substr(0, before.size() - same);
        for (std::string_view w : {"compared with ", "compared to ", "from ", "than ", "versus ", "against ", "over ",
                                   "than in ", "than during ", "than on ", "from on "})
          base = base || ascii::EqualsLower(lead.substr(lead.size() - std::min(lead.size(), w.size())), w);
      }
      // ("next year's tournament": a noun's time, not the figures'; "next year's 3% rise" is.)
      const bool next_noun = ascii::EqualsLower(std::string_view(m.data(), m.size()), "next year") &&
                             sentence.substr(std::min(sentence.size(), static_cast<size_t>(m.data() + m.size() - s.data())))
                                 .starts_with("'s") && !own_base;
      // ("the next year", "in the next year": the year after a time the story tells, or the next
      // twelve months; "next year" after a year the sentence names, "In 2019, it said it would earn
      // $5 billion next year", that year's next. Undated.)
      const bool next_other = ascii::EqualsLower(std::string_view(m.data(), m.size()), "next year") &&
                              (ascii::EqualsLower(before.substr(before.size() - std::min<size_t>(before.size(), 4)), "the ") ||
                               [&] {
                                 // (Read in the whole sentence when this is a window of it.)
                                 std::string_view prefix = before;
                                 if (!whole.empty() && m.data() >= whole.data() && m.data() <= whole.data() + whole.size())
                                   prefix = whole.substr(0, static_cast<size_t>(m.data() - whole.data()));
                                 // (A past year: "by the end of 2026 and growth of 2.3% next year" is
                                 // publication's next.)
                                 for (std::string_view w : WordsOf(prefix))
                                   if (w = Bare(w); w.size() == 4 && (w.starts_with("19") || w.starts_with("20")) &&
                                                    std::all_of(w.begin(), w.end(), [](char ch) { return ascii::IsDigit(ch); }) &&
                                                    (year <= 0 || std::atoi(std::string(w).c_str()) < year))
                                     return true;
                                 return false;
                               }());
      if (!base && !next_noun && !next_other) {
        const std::string l = Lower(a);
        p.surface = same > 0 ? std::string(before.substr(before.size() - same)) + a : a;
        if (year > 0 && !year_before && same == 0) {
          const bool next = l == "next year";
          const int y = l.find("last") != std::string::npos ? year - 1 : next ? year + 1 : year;
          p.start = Ym(y, 1);
          p.end = Ym(y, 12);
          // ("by the end of next year", "by next year": a deadline's end only.)
          if (next && (ascii::EqualsLower(before.substr(before.size() - std::min<size_t>(before.size(), 14)), "by the end of ") ||
                       ascii::EqualsLower(before.substr(before.size() - std::min<size_t>(before.size(), 3)), "by ")))
            p.start.clear();
          // ("so far this year", or "this year" reported, not foreseen: from its first day up to
          // publication, "The currency has lost 6.3% this year".)
          const std::string_view all = whole.empty() ? sentence : whole;
          if ((l == "so far this year" || (l == "this year" && !Foresees(all) && !ascii::ContainsLower(all, "on track") &&
                                           !ascii::ContainsLower(all, "priced in") && !ascii::ContainsLower(all, " price in "))) &&
              pub_month > 0 && pub_day > 0) {
            p.start = Ymd(DaysFromCivil(year, 1, 1));
            p.end = Ymd(DaysFromCivil(year, pub_month, pub_day));
          }
        }
        return p;
      }
    }
  }
  // (Not an anniversary's "years ago this month": "The company was founded 10 years ago this month".)
  auto ago_before = [&](const std::string& m) {
    const size_t at = sentence.find(m);
    return at != std::string_view::npos && at >= 4 && sentence.substr(at - 4, 4) == "ago ";
  };
  // ("next month's meeting": a noun's time, not the figures'.)
  auto noun_time = [&](const std::string& m) {
    if (Lower(m) != "next month") return false;
    const size_t at = sentence.find(m);
    if (at == std::string_view::npos || !sentence.substr(at + m.size()).starts_with("'s ")) return false;
    const std::string_view rest = sentence.substr(at + m.size() + 3);
    return rest.empty() || !ascii::IsDigit(rest[0]);
  };
  if (can(kLastMonth) && RE2::PartialMatch(s, *last_month, &a) && !telling_date(a) && !ago_before(a) && !noun_time(a)) {
    p.surface = a;
    if (year > 0 && pub_month > 0) {
      // ("this month": publication's, "The token's gain this month reached 27%".)
      const bool this_month = Lower(a).ends_with("this month");
      if (Lower(a) == "next month")  // ("Rates will rise again next month")
        p.start = p.end = pub_month == 12 ? Ym(year + 1, 1) : Ym(year, pub_month + 1);
      else {
        const int m = this_month ? pub_month : pub_month == 1 ? 12 : pub_month - 1;
        p.start = p.end = Ym(!this_month && pub_month == 1 ? year - 1 : year, m);
      }
    }
    return p;
  }
  if (can(kYoy) && RE2::PartialMatch(s, *yoy, &a)) {
    p.surface = a;
    return p;
  }
  // Days, dated from the day of publication: a month's day, a weekday, "yesterday", a week. Not
  // the day of a telling ("the ministry said on Thursday", "announced on Monday that").
  const int64_t today = year > 0 && pub_month > 0 && pub_day > 0 ? DaysFromCivil(year, pub_month, pub_day) : INT64_MIN;
  auto told_on = [&](re2::StringPiece m) {
    const size_t at = static_cast<size_t>(m.data() - s.data());
    const std::string_view rest = sentence.substr(at + m.size());
    const auto [tb, te] = WordBefore(sentence, at);
    const std::string_view told = sentence.substr(tb, te - tb);
    // (Besides the month's words, a range's start and a maturity's or an expiry's day: "the note
    // maturing on March 31, 2028 yielded 3.92%".)
    static const auto* day_only = new ascii::WordMap<bool>(
        {{"from", true}, {"between", true}},
        /*lower=*/true);
    auto telling_word = [&](std::string_view w) { return TellingOrSpanEnd(w) || day_only->Find(w) != nullptr; };
    // (Before the telling's verb too: "The agency on Monday released data that showed".)
    const auto [nb, ne] = WordAfter(sentence, at + m.size());
    const std::string_view next = sentence.substr(nb, ne - nb);
    // (Nor a day that names or modifies: "Black Friday", "an Oct. 21 cabinet meeting", "a Tuesday
    // research report".)
    // (Only a surface that opens with the name: "Sales last week rose 6%" is a week's.)
    const bool bare = m.size() > 0 && m[0] >= 'A' && m[0] <= 'Z' && !(m.size() > 3 && m[0] == 'O' && m[1] == 'n' && m[2] == ' ');
    const bool named = te > tb && ((told[0] >= 'A' && told[0] <= 'Z' && bare) || ascii::EqualsLower(told, "a") ||
                                   ascii::EqualsLower(told, "an") ||
                                   ascii::EqualsLower(told, "the") || ascii::EqualsLower(told, "every") ||
                                   ascii::EqualsLower(told, "each"));
    // (A telling's noun is none: "raised its forecast on Thursday", "the report on Friday".)
    auto [db, de] = WordBefore(sentence, tb);
    std::string_view det = de > db ? sentence.substr(db, de - db) : std::string_view();
    // (Past an adjective: "raised its annual forecast on Thursday".)
    // (Only before a telling that may be a noun: not "The firm announced on Monday".)
    if (!det.empty() && det[0] >= 'a' && det[0] <= 'z' && chunk::Classify(det) == chunk::WordClass::kContent &&
        !told.ends_with("ed")) {
      std::tie(db, de) = WordBefore(sentence, db);
      det = de > db ? sentence.substr(db, de - db) : std::string_view();
    }
    const bool noun = ascii::EqualsLower(det, "its") || ascii::EqualsLower(det, "their") || ascii::EqualsLower(det, "the") ||
                      ascii::EqualsLower(det, "a") || ascii::EqualsLower(det, "his") || ascii::EqualsLower(det, "her") ||
                      ascii::EqualsLower(det, "our");
    // (Or a telling's medium: "the manager said in a filing on Friday", "told analysts on a call on Tuesday".)
    static const auto* media = new ascii::WordMap<bool>(
        {{"statement", true}, {"filing", true}, {"release", true}, {"interview", true}, {"note", true},
         {"letter", true}, {"call", true}, {"briefing", true}, {"post", true}, {"conference", true}},
        /*lower=*/true);
    const bool medium = te > tb && media->Find(told) != nullptr && [&] {
      size_t cur = tb;
      for (int n = 0; n < 4; ++n) {
        const auto [wb, we] = WordBefore(sentence, cur);
        if (we <= wb) return false;
        if (IsReportingVerb(sentence.substr(wb, we - wb))) return true;
        cur = wb;
      }
      return false;
    }();
    return named || medium || rest.starts_with(" that ") ||
           (te > tb && !noun && (IsReportingVerb(told) || telling_word(told))) ||
           (ne > nb && rest.starts_with(" ") && (IsReportingVerb(next) || (telling_word(next) && next.ends_with("ed"))));
  };
  const std::string_view all_of_it = whole.empty() ? sentence : whole;  // (the sentence the window is of)
  // (Looking ahead, the day to come: "will meet on Tuesday".)
  auto ahead_at = [&](re2::StringPiece m) {
    const std::string_view all = whole.empty() ? sentence : whole;
    return LooksAhead(all, static_cast<size_t>(m.data() - all.data()));
  };
  re2::StringPiece g[6];
  if (can(kMonthDay)) {
    const RE2& re = *(*res)[kMonthDay];
    for (size_t from = 0; from < s.size() && re.Match(s, from, s.size(), RE2::UNANCHORED, g, 6);) {
      from = static_cast<size_t>(g[0].data() + g[0].size() - s.data());
      const std::string month_word = std::string(g[2].data(), g[2].size()) + std::string(g[3].data(), g[3].size());
      const int m = MonthOf(month_word);
      // (A month's whole name or its abbreviation: not "Marxist 5", "Mayor 3".)
      const std::string lw = Lower(month_word);
      const bool named = m > 0 && (lw == kMonthNames[m - 1] + std::string(".") || lw == "sept." ||
                                   lw == kMonthFullNames[m - 1]);
      // ("between Nov. 1 and Dec. 24": the span from the first day to the second, one year's.)
      {
        const size_t at = static_cast<size_t>(g[1].data() - s.data());
        const std::string_view before = sentence.substr(0, at);
        static const RE2 kSecond(R"(^ (?:and|to|through|until) (?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? )?([1-9]|[12]\d|3[01])\b)");
        std::string m2s, d2s;
        const std::string_view after = sentence.substr(at + g[1].size());
        if (named && (before.ends_with("between ") || before.ends_with("from ") || before.ends_with("Between ") ||
                      before.ends_with("From ")) &&
            g[5].empty() && RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), kSecond, &m2s, &d2s)) {
          const int d1 = std::atoi(std::string(g[4].data(), g[4].size()).c_str());
          const int m2 = m2s.empty() ? m : MonthOf(m2s), d2 = std::atoi(d2s.c_str());
          re2::StringPiece whole_match;
          kSecond.Match(re2::StringPiece(after.data(), after.size()), 0, after.size(), RE2::ANCHOR_START, &whole_match, 1);
          p.surface = std::string(before.substr(before.size() - (before.ends_with("between ") || before.ends_with("Between ") ? 8 : 5))) +
                      std::string(g[1].data(), g[1].size()) + std::string(whole_match.data(), whole_match.size());
          if (today != INT64_MIN && m2 > 0 && d1 <= DaysInMonth(year, m) && d2 <= DaysInMonth(year, m2)) {
            int y2 = year;
            if (DaysFromCivil(y2, m2, d2) > today + 60) --y2;  // (a span reported, its end past)
            const int y1 = m > m2 ? y2 - 1 : y2;
            p.start = Ymd(DaysFromCivil(y1, m, d1));
            p.end = Ymd(DaysFromCivil(y2, m2, d2));
          }
          return p;
        }
        // ("conducted Oct. 14-17", "held April 18-21": one month's days, joined by a dash.)
        static const RE2 kDashed(R"(^(?:-|\x{2013})([1-9]|[12]\d|3[01])\b)");
        if (named && g[5].empty() && RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), kDashed, &d2s)) {
          const int d1 = std::atoi(std::string(g[4].data(), g[4].size()).c_str()), d2 = std::atoi(d2s.c_str());
          if (d2 > d1) {
            p.surface = std::string(g[1].data(), g[1].size()) + std::string(after.substr(0, after.find(d2s) + d2s.size()));
            if (today != INT64_MIN && d2 <= DaysInMonth(year, m)) {
              int y = year;
              if (DaysFromCivil(y, m, d2) > today + 60) --y;  // (reported: its end past)
              p.start = Ymd(DaysFromCivil(y, m, d1));
              p.end = Ymd(DaysFromCivil(y, m, d2));
            }
            return p;
          }
        }
      }
      if (!named || told_on(g[1])) continue;
      const int d = std::atoi(std::string(g[4].data(), g[4].size()).c_str());
      const std::string lead = Lower(std::string_view(g[1].data(), g[1].size()).substr(0, 3));
      p.surface.assign(g[1].data(), g[1].size());
      int y = g[5].empty() ? year : std::atoi(std::string(g[5].data(), g[5].size()).c_str());
      // A day with no year: the nearest such day within two months of publication ("rise 3.5% on
      // Jan. 1", told on Dec. 30, is next year's), else the last one, or the next in a clause that
      // looks ahead.
      if (g[5].empty() && today != INT64_MIN) {
        bool past = false;
        const bool ahead = ahead_at(g[1]) || LooksAheadPresent(all_of_it, static_cast<size_t>(g[1].data() - all_of_it.data()), &past);
        const int64_t same = DaysFromCivil(y, m, d), after = DaysFromCivil(y + 1, m, d);
        // (A past's day is never ahead: "Shares fell 2% on May 5", told in March.)
        if (same > today) y -= !(ahead ? same - today <= 300 : !past && same - today <= 60);
        else if (same < today - 60 && !past && (after - today <= 60 || ahead)) ++y;
      }
      // (No day the month lacks: "Feb. 29, 2025", "Sept. 31".)
      if (y > 0 && d > DaysInMonth(y, m)) {
        p = Period();
        continue;
      }
      if (y > 0) {
        const std::string day = Ymd(DaysFromCivil(y, m, d));
        p.start = lead == "by " ? "" : day;
        p.end = lead == "sin" ? "" : day;
        // ("conducted Jan. 13-19", "Sept. 20-24": the days from the first to the last.)
        const size_t end = static_cast<size_t>(g[1].data() - s.data()) + g[1].size();
        if (g[5].empty() && end + 2 < sentence.size() && sentence[end] == '-' && ascii::IsDigit(sentence[end + 1])) {
          size_t e2 = end + 1;
          while (e2 < sentence.size() && ascii::IsDigit(sentence[e2])) ++e2;
          const int d2 = std::atoi(std::string(sentence.substr(end + 1, e2 - end - 1)).c_str());
          if (e2 - end - 1 <= 2 && d2 > d && d2 <= DaysInMonth(y, m) && (e2 == sentence.size() || !ascii::IsAlpha(sentence[e2])) &&
              lead != "by " && lead != "sin") {
            p.surface.assign(sentence.substr(static_cast<size_t>(g[1].data() - s.data()), e2 - static_cast<size_t>(g[1].data() - s.data())));
            p.end = Ymd(DaysFromCivil(y, m, d2));
          }
        }
      }
      return p;
    }
  }
  if (can(kWeekday)) {
    const RE2& re = *(*res)[kWeekday];
    for (size_t from = 0; from < s.size() && re.Match(s, from, s.size(), RE2::UNANCHORED, g, 3);) {
      from = static_cast<size_t>(g[0].data() + g[0].size() - s.data());
      if (told_on(g[1])) continue;
      const int w = WeekdayIndex(std::string_view(g[2].data(), g[2].size()));
      p.surface.assign(g[1].data(), g[1].size());
      if (today != INT64_MIN && w < 7) {
        const std::string lead = Lower(std::string_view(g[1].data(), g[1].size()).substr(0, 5));
        const int now = WeekdayOf(today);
        int64_t day;
        // (Or scheduled: "Rain is forecast for Wednesday", "a vote scheduled for Friday".)
        const size_t at = static_cast<size_t>(g[1].data() - s.data());
        const auto [fb, fe] = WordBefore(sentence, at);
        const auto [vb, ve] = WordBefore(sentence, fb);
        const std::string_view prep = sentence.substr(fb, fe - fb), verb = sentence.substr(vb, ve - vb);
        const bool scheduled = (prep == "for" || prep == "on") &&
                               (verb == "forecast" || verb == "scheduled" || verb == "planned" || verb == "slated" ||
                                verb == "due" || verb == "expected" || verb == "set");
        // (Or opening a sentence whose clause after it looks ahead: "On Thursday, traders expect the
        // rupee to weaken".)
        const size_t in_sentence = static_cast<size_t>(g[1].data() - all_of_it.data());
        const size_t comma = in_sentence <= 3 ? all_of_it.find(',', in_sentence) : std::string_view::npos;
        const bool opens_ahead = comma != std::string_view::npos && comma <= in_sentence + g[1].size() + 1 &&
                                 ForeseesAhead(all_of_it.substr(comma));
        if (lead.starts_with("next") ||
            (!lead.starts_with("last") &&
             (scheduled || opens_ahead || ahead_at(g[1]) ||
              LooksAheadPresent(all_of_it, static_cast<size_t>(g[1].data() - all_of_it.data()))))) {
          const int fwd = (w - now + 7) % 7;
          day = today + (fwd == 0 && lead.starts_with("next") ? 7 : fwd);
        } else {
          const int back = (now - w + 7) % 7;
          day = today - (back == 0 && lead.starts_with("last") ? 7 : back);
        }
        p.start = p.end = Ymd(day);
      }
      return p;
    }
  }
  if (can(kDayWord)) {
    const RE2& re = *(*res)[kDayWord];
    for (size_t from = 0; from < s.size() && re.Match(s, from, s.size(), RE2::UNANCHORED, g, 2);) {
      from = static_cast<size_t>(g[0].data() + g[0].size() - s.data());
      if (told_on(g[1])) continue;
      p.surface.assign(g[1].data(), g[1].size());
      if (today != INT64_MIN) {
        const std::string l = Lower(std::string_view(g[1].data(), g[1].size()));
        if (l.ends_with("yesterday") || l.ends_with("tomorrow")) {
          p.start = p.end = Ymd(l.ends_with("yesterday") ? today - 1 : today + 1);
        } else if (l.ends_with("weekend")) {
          // (Its Saturday and Sunday: the one under way when published on one; "last weekend" the
          // one before; on a weekday the one before, or the coming one for "this weekend" or where
          // the clause looks ahead, with a modal or a forecast: "up to 18 inches could fall over
          // the weekend".)
          const int now = WeekdayOf(today);
          const int64_t monday = today - now;
          const bool last = l.starts_with("last");
          const bool coming = !last && now < 5 &&
                              ((l.starts_with("this") && !PastReport(all_of_it, /*day=*/false)) || ahead_at(g[1]) ||
                               Foresees(all_of_it) ||
                               LooksAheadPresent(all_of_it, static_cast<size_t>(g[1].data() - all_of_it.data())));
          const int64_t saturday = last || (now < 5 && !coming) ? monday - 2 : monday + 5;
          p.start = Ymd(saturday);
          p.end = Ymd(saturday + 1);
        } else if (l.ends_with("for the week") && !Foresees(all_of_it)) {
          // (A Monday paper's is the week before; a market's a trading week's, a weekend paper's
          // Monday to Friday: "The Nasdaq dropped 3.4% for the week".)
          const bool market = MarketWords(all_of_it) && !Coins(all_of_it);
          int64_t d = today;
          if (WeekdayOf(d) == 0) d -= market ? 3 : 1;
          if (market && WeekdayOf(d) >= 5) d -= WeekdayOf(d) - 4;
          p.start = Ymd(d - WeekdayOf(d));
          p.end = Ymd(d);
        } else {
          const int64_t monday = today - WeekdayOf(today) - (l.ends_with("last week") ? 7 : 0);
          p.start = Ymd(monday);
          p.end = Ymd(monday + 6);
          // (This week reported, not foreseen, runs up to publication: "Gold rose 3.4% this week".)
          if (!l.ends_with("last week") && !Foresees(all_of_it)) p.end = Ymd(std::min(monday + 6, today));
        }
      }
      return p;
    }
  }
  return std::nullopt;
}

}  // namespace copydesk::extractors
