#include "extractors/claims.h"

#include <re2/re2.h>
#include <re2/set.h>
#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <unordered_set>

#include "corpus/ascii.h"
#include "corpus/utf8.h"
#include "extractors/chunk.h"
#include "extractors/clause_words.h"
#include "extractors/periods.h"
#include "extractors/sources.h"
#include "extractors/subjects.h"
#include "extractors/tables.h"
#include "normalizers/credit_line.h"
#include "normalizers/segment.h"
#include "normalizers/text_shape.h"

namespace copydesk::extractors {

using namespace clause;    // NOLINT: the clause's word helpers, throughout
using namespace periods;   // NOLINT: the calendar and words of time (periods.h)
using namespace subjects;  // NOLINT: the subject rules run after the structure

namespace {

std::string Hex16(uint64_t v) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[static_cast<size_t>(i)] = kDigits[v & 15];
  return out;
}

using ascii::IsWordByte;
using ascii::Lower;

// Words that state a level ("hit", "totalled", "is", "to"), matched whole and as written; and
// the heads of two-word ones ("stood at") with the word that must follow.
bool IsLevelWord(ascii::PackedWord w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"hit", true}, {"hits", true}, {"reached", true}, {"reaching", true}, {"reach", true},
       {"totalled", true}, {"totaled", true}, {"totalling", true}, {"totaling", true},
       {"was", true}, {"were", true}, {"is", true}, {"are", true}, {"to", true}, {"of", true},
       {"at", true}, {"worth", true}, {"averaged", true}, {"totals", true}, {"exceeds", true}, {"exceeded", true}},
      /*lower=*/false);
  return m->Find(w) != nullptr;
}

// The word that makes a verb a level's ("stood at", "amounted to", "closed at") when it is `next`
// (the text after the verb and one space), else empty. A market's verbs of the day's level take
// "at" ("closed at 4,500", "settled at $82", "peaked at 10%"), "hovered" also "around" and "near";
// without it they are other verbs ("closed 300 stores", "ended the talks").
std::string_view LevelTail(std::string_view w, std::string_view next) {
  auto starts = [&](std::string_view tail) {
    return next.starts_with(tail) && (next.size() == tail.size() || !IsWordByte(next[tail.size()]));
  };
  if (w == "stood" || w == "stands" || w == "valued") return starts("at") ? "at" : "";
  if (w == "amounted" || w == "amounting") return starts("to") ? "to" : "";
  // ("Gross margin improved to 41.3%": better or worse by its measure, a level either way.)
  if (w == "improved" || w == "improves" || w == "worsened" || w == "worsens") return starts("to") ? "to" : "";
  static const auto* at = new ascii::WordMap<bool>(
      {{"closed", true}, {"closes", true}, {"closing", true}, {"settled", true}, {"settles", true},
       {"settling", true}, {"peaked", true}, {"peaks", true}, {"peaking", true}, {"opened", true},
       {"opens", true}, {"ended", true}, {"ends", true}, {"ending", true}, {"finished", true},
       {"finishes", true}, {"traded", true}, {"trades", true}, {"trading", true}, {"bottomed", true},
       {"hovered", true}, {"hovers", true}, {"hovering", true}, {"levelled", true}, {"leveled", true},
       {"plateaued", true}},
      /*lower=*/false);
  if (at->Find(w) == nullptr) return {};
  std::string_view tail;
  if (starts("at")) tail = "at";
  else if (w.starts_with("hover") && starts("around")) tail = "around";
  else if (w.starts_with("hover") && starts("near")) tail = "near";
  if (tail.empty()) return {};
  // Only before a figure, past a few words of a record ("closed at a record 4,500", "settled at
  // a seven-year high of $82"), and not a time of day ("Polls closed at 8 p.m.", "ended at noon",
  // "was traded at the deadline").
  static const auto* between = new ascii::WordMap<bool>(
      {{"a", true}, {"an", true}, {"the", true}, {"record", true}, {"new", true}, {"fresh", true}, {"all-time", true},
       {"high", true}, {"low", true}, {"of", true}, {"around", true}, {"about", true}, {"nearly", true},
       {"roughly", true}, {"almost", true}, {"just", true}, {"some", true}, {"its", true}, {"their", true},
       {"lifetime", true}, {"session", true}, {"intraday", true}, {"closing", true}},
      /*lower=*/true);
  size_t pos = tail.size();
  for (int k = 0; k < 5; ++k) {
    while (pos < next.size() && next[pos] == ' ') ++pos;
    size_t e = pos;
    while (e < next.size() && next[e] != ' ') ++e;
    std::string_view token = next.substr(pos, e - pos);
    if (token.empty()) return {};
    const unsigned char c = static_cast<unsigned char>(token[0]);
    if (ascii::IsDigit(token[0]) || c == '$' || c >= 0x80 ||
        ((c == '-' || c == '+') && token.size() > 1 && ascii::IsDigit(token[1])) ||
        (token.size() > 1 && std::isupper(c) && token.find('$') != std::string_view::npos)) {
      // (A time of day: "8 p.m.", "8:30", "9am".)
      const std::string_view after = next.substr(e);
      if (token.find(':') != std::string_view::npos || token.ends_with("am") || token.ends_with("pm") ||
          token.ends_with("a.m.") || token.ends_with("p.m.") || after.starts_with(" a.m") || after.starts_with(" p.m") ||
          after.starts_with(" am") || after.starts_with(" pm") || after.starts_with(" o'clock"))
        return {};
      return tail;
    }
    if (token.find_first_of(",;.") != std::string_view::npos || between->Find(token) == nullptr) {
      // ("a seven-year high of": a compound of time before "high" or "low".)
      if (!(token.ends_with("-year") || token.ends_with("-month") || token.ends_with("-week") || token.ends_with("-day")))
        return {};
    }
    pos = e;
  }
  return {};
}

// Whether word is a movement word; *increase says which way.
template <class Word>  // std::string_view, or ascii::PackedWord packed as written
bool MoveWord(Word word, bool* increase) {
  const bool* v = chunk::MoveWords().Find(word);
  if (v == nullptr) return false;
  *increase = *v;
  return true;
}

// Whether a movement word moves a figure only in its own clause: verbs said of markets as often as
// of storms, health or relations ("The hurricane strengthened overnight, and 2 million people
// were told to leave"), taken only with no comma, semicolon or "and" between them and the figure.
bool ClauseOnlyMove(std::string_view w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"rallied", true}, {"rallying", true}, {"strengthened", true}, {"strengthening", true}, {"firmed", true},
       {"swelled", true}, {"ballooned", true}, {"skyrocketed", true}, {"rocketed", true}, {"leapt", true},
       {"leaped", true}, {"widened", true}, {"weakened", true}, {"weakening", true}, {"softened", true},
       {"tanked", true}, {"sagged", true}, {"narrowed", true}, {"nosedived", true}},
      /*lower=*/true);
  return m->Find(w) != nullptr;
}

// Whether a lowercase word reads as an adjective by its ending ("effective", "eligible",
// "responsible", "famous", "crucial"): a word that cannot be its phrase's noun.
bool Adjective(std::string_view w) {
  if (w.size() < 5 || w[0] < 'a' || w[0] > 'z') return false;
  for (std::string_view end : {"ive", "ible", "able", "ous", "ful", "ical"})
    if (w.ends_with(end)) return true;
  return false;
}

// Whether a count's noun is one a level of a thing is counted in ("lifted production to 1.2
// million units", "increased its majority to 174 seats", "cut the lead to 8 points"), not the
// things a verb reaches ("cut power to 300,000 homes", "lifted the ban on imports to 12 countries").
bool LevelCountNoun(std::string_view noun);

// Whether the words s[from, to) name a forecast, an estimate or a target, whose level may be any
// count ("boosted its forecast for hurricanes to 17 named storms").
bool NamesForecast(std::string_view s, size_t from, size_t to) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"forecast", true}, {"forecasts", true}, {"estimate", true}, {"estimates", true}, {"target", true},
       {"targets", true}, {"guidance", true}, {"outlook", true}, {"projection", true}, {"projections", true},
       {"goal", true}},
      /*lower=*/true);
  bool found = false;
  chunk::ForEachToken(s, from, to, [&](size_t b, size_t e) {
    found = m->Find(s.substr(b, e - b)) != nullptr;
    return !found;
  });
  return found;
}

bool LevelCountNoun(std::string_view noun) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"points", true}, {"seats", true}, {"games", true}, {"years", true}, {"months", true}, {"weeks", true},
       {"days", true}, {"units", true}, {"jobs", true}, {"employees", true}, {"workers", true}, {"staff", true},
       {"stores", true}, {"branches", true}, {"vehicles", true}, {"cars", true}, {"aircraft", true},
       {"planes", true}, {"ships", true}, {"shares", true}, {"votes", true}, {"goals", true}, {"runs", true},
       {"strokes", true}, {"shots", true}, {"members", true}, {"beds", true}, {"barrels", true}, {"wins", true},
       {"contracts", true}},
      /*lower=*/true);
  return m->Find(noun) != nullptr;
}

// Whether a movement word is one of lifting or boosting, said as often of weights, bans, rockets
// and moods ("lifted 40 tonnes", "lifted the ban on 12 products", "lifted off at 7:42 a.m.
// carrying 23 satellites", "Coffee boosts alertness in 80% of people") as of rates and prices
// ("lifted the cash rate a quarter point", "lifts guidance to 300,000 ounces"), and whether the one
// ending at `from` moves the figure q, in its clause: a figure right after "by", or after "to" or
// "from" (a count in a noun of levels; no score), whatever the object holds ("lifted output of
// copper by 12%"); else a rate, a price or a sum (percent, points, money) with no preposition
// between ("lifted sanctions on $300 billion of reserves" moves nothing).
bool LiftMoves(std::string_view s, std::string_view word, size_t from, const Quantity& q) {
  static const auto* family = new ascii::WordMap<bool>(
      {{"lift", true}, {"lifts", true}, {"lifted", true}, {"lifting", true}, {"boost", true}, {"boosts", true},
       {"boosted", true}, {"boosting", true}},
      /*lower=*/true);
  if (family->Find(word) == nullptr) return true;
  static const auto* stops = new ascii::WordMap<bool>(
      {{"on", true}, {"of", true}, {"from", true}, {"for", true}, {"in", true}, {"into", true}, {"onto", true},
       {"with", true}, {"against", true}, {"over", true}, {"among", true}},
      /*lower=*/true);
  bool reaches = true, stopped = false;
  std::string_view last;
  chunk::ForEachToken(s, from, q.begin, [&](size_t b, size_t e) {
    const std::string_view t = s.substr(b, e - b);
    reaches = t.find_first_of(",;:") == std::string_view::npos && t != "off" && t != "up" && t != "out" &&
              t != "carrying";
    stopped = stopped || stops->Find(t) != nullptr;
    if (!IsApproxWord(t) || t == "by" || t == "to") last = t;
    return reaches;
  });
  if (!reaches || q.unit == "score") return false;  // ("lifting City to a 3-1 win")
  if (last == "by") return true;
  if (last == "to" || last == "from")
    return q.unit != "count" || LevelCountNoun(q.noun) || NamesForecast(s, from, q.begin);
  const std::string_view unit = std::string_view(q.unit).substr(0, q.unit.find(' '));
  const bool rate_or_sum = unit == "percent" || unit == "pp" || unit == "bp" || unit == "cent" || unit == "pence" ||
                           (!unit.empty() && !CurrencyCode(unit).empty());
  return rate_or_sum && !stopped;
}

// Whether a phrase opens with a figure other than a year ("120 points higher"; not "2023 revenue",
// "the iPhone 14 Pro").
bool HoldsFigure(std::string_view np) {
  const std::string_view t = np.substr(0, np.find(' '));
  if (t.empty() || !(ascii::IsDigit(t.front()) || t.front() == '$')) return false;
  return !(t.size() == 4 && std::all_of(t.begin(), t.end(), [](char c) { return ascii::IsDigit(c); }) &&
           (t.starts_with("19") || t.starts_with("20")));
}

// Whether `w` after a percent is an adjective the percent is a degree of, no noun it measures:
// "The vaccine was 95% effective", "90% likely", "100% owned", "80% complete".
bool PercentPredicate(std::string_view w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"effective", true}, {"efficient", true}, {"accurate", true}, {"likely", true}, {"unlikely", true},
       {"certain", true}, {"sure", true}, {"confident", true}, {"full", true}, {"complete", true},
       {"completed", true}, {"owned", true}, {"funded", true}, {"done", true}, {"finished", true},
       {"correct", true}, {"pure", true}, {"successful", true}, {"recyclable", true}, {"renewable", true},
       {"safe", true}, {"ready", true}, {"responsible", true}, {"true", true}, {"free", true},
       {"reliable", true}, {"occupied", true}, {"booked", true}, {"vaccinated", true}, {"built", true},
       {"operational", true}, {"contained", true}, {"satisfied", true}, {"sold", true}},
      /*lower=*/true);
  return m->Find(w) != nullptr;
}

// Whether a ClauseOnlyMove word ending at `from` reaches the figure at `to`: only figures, "to",
// "by", "from" and words of approximation or record between ("swelled 30% to $1.7 trillion",
// "weakened to 90 mph"); not across a comma or "and", an object ("narrowed his focus to 3
// issues") or another preposition ("swelled after 3 days of rain").
bool MoveReaches(std::string_view s, size_t from, size_t to) {
  auto IsUnitWord = [](std::string_view t) {
    size_t end = 0;
    return Tables::Get().units.LongestAt(t, 0, &end) != nullptr && end == t.size();
  };
  static const auto* ok = new ascii::WordMap<bool>(
      {{"to", true}, {"by", true}, {"from", true}, {"another", true}, {"nearly", true}, {"almost", true},
       {"about", true}, {"around", true}, {"some", true}, {"roughly", true}, {"just", true}, {"more", true},
       {"than", true}, {"a", true}, {"an", true}, {"record", true}, {"further", true}, {"up", true},
       {"down", true}},
      /*lower=*/true);
  bool reaches = true;
  chunk::ForEachToken(s, from, to, [&](size_t b, size_t e) {
    const std::string_view t = s.substr(b, e - b);
    if (t.find_first_of(",;") != std::string_view::npos && !(ascii::IsDigit(t.front()) || t.front() == '$'))
      reaches = false;
    else if (!(ascii::IsDigit(t.front()) || t.front() == '$' || static_cast<unsigned char>(t.front()) >= 0x80) &&
             ok->Find(t) == nullptr && !IsUnitWord(t))
      reaches = false;
    return reaches;
  });
  return reaches;
}

// Whether `w` (then `rest`) is the clause's verb, no noun's first word: an irregular past that is
// no noun ("magnitude 5.4 struck northern Iran"; not "a 3% hit to profits", "a 0.25 point cut"), or
// a past in -ed before a determiner, a name or a preposition ("2.8% edged past"; "a 5% increased
// risk" is an adjective).
bool ClauseVerbAt(std::string_view w, std::string_view rest) {
  if (!UnlistedPast(w) || NounLikePast(w)) return false;
  if (chunk::IrregularPast(w)) return true;
  const auto [nb, ne] = WordAfter(rest, 0);
  if (ne <= nb) return false;
  const std::string_view next = rest.substr(nb, ne - nb);
  const chunk::WordClass k = chunk::Classify(Bare(next));
  return k == chunk::WordClass::kDeterminer || k == chunk::WordClass::kPreposition || (next[0] >= 'A' && next[0] <= 'Z');
}

// "with unemployment at 3.5% and inflation at 4.1%", "with carbon levels at 1,200 ppm": an
// absolute "with" sets a noun at a level; that noun is the figure's subject, and no movement of
// the clause reaches the figure. `at` is where the figure's "at" begins. The phrase (at most five
// words, no verb, no other "at"), or "" when no absolute "with" opens it; a list goes on after a
// figure ("and inflation at", ", the S&P 500 at"). The "with" is absolute after a comma, at the
// sentence's start or after a verb that takes no "with" of its own ("Markets closed with the Dow
// at", "was seen with", "rallied with yields at 4%"); not a verb's own ("settled with the SEC at
// $100 million", "signed with the Yankees").
std::string_view WithAtPhrase(std::string_view s, size_t at, int depth = 0) {
  size_t begin = at, cur = at;
  std::string_view sep;
  for (int n = 0; n < 6; ++n) {
    auto [tb, te] = WordBefore(s, cur);
    if (tb >= te) return {};
    const std::string_view t = s.substr(tb, te - tb);
    if (ascii::EqualsLower(t, "with") || t == "and") {
      sep = t;
      break;
    }
    if (n == 5 || t == "at" || t.find_first_of(";:()") != std::string_view::npos) return {};
    const chunk::WordClass k = chunk::Classify(Bare(t));
    if (k == chunk::WordClass::kVerb || k == chunk::WordClass::kSubordinator || k == chunk::WordClass::kPronoun)
      return {};
    if (t.back() == ',') {  // the list's separator is the comma closing the item before
      if (te == at - 1) return {};
      sep = ",";
      cur = te;  // (the item's words start after it)
      break;
    }
    begin = tb;
    cur = tb;
  }
  if (begin >= at || sep.empty()) return {};
  std::string_view np = s.substr(begin, at - 1 - begin);
  // ("with the Dow up 200 points at 35,000": the phrase ends before its particle.)
  for (std::string_view particle : {" up ", " down ", " higher ", " lower "})
    if (const size_t k = np.find(particle); k != std::string_view::npos) np = np.substr(0, k);
  // (A movement is no noun set at a level: "ended with a gain at 3%".)
  {
    const size_t sp = np.rfind(' ');
    const std::string_view head = sp == std::string_view::npos ? np : np.substr(sp + 1);
    bool increase = false;
    if (chunk::MovementNoun(head, &increase)) return {};
  }
  if (np.empty() || ascii::IsDigit(np[0]) || np[0] == '$') return {};
  auto [wb, we] = WordBefore(s, begin);
  if (ascii::EqualsLower(sep, "with")) {
    // (A verb's or a noun's own "with" is no absolute: "settled with the SEC at $100 million",
    // "signed with the Yankees", "tied with Spieth", "talks with Pfizer", "hit with a fine".)
    static const auto* own = new ascii::WordMap<bool>(
        {{"settled", true}, {"settle", true}, {"settles", true}, {"signed", true}, {"re-signed", true},
         {"signs", true}, {"tied", true}, {"level", true}, {"competes", true}, {"compete", true},
         {"competed", true}, {"competing", true}, {"merged", true}, {"merge", true}, {"met", true},
         {"meet", true}, {"meets", true}, {"meeting", true}, {"partnered", true}, {"agreed", true},
         {"negotiated", true}, {"talks", true}, {"talked", true}, {"spoke", true}, {"deal", true},
         {"deals", true}, {"agreement", true}, {"contract", true}, {"partnership", true}, {"ties", true},
         {"relations", true}, {"retired", true}, {"graduated", true}, {"married", true}, {"sided", true},
         {"clashed", true}, {"collided", true}, {"teamed", true}, {"dealt", true}, {"cooperated", true},
         {"collaborated", true}, {"charged", true}, {"hit", true}, {"credited", true}, {"fined", true},
         {"faced", true}, {"joined", true}, {"along", true}, {"together", true}, {"up", true},
         {"associated", true}, {"involved", true}, {"combined", true}, {"paired", true}, {"compatible", true},
         {"consistent", true}, {"familiar", true}, {"filled", true}, {"loaded", true}, {"packed", true},
         {"equipped", true}, {"fitted", true}, {"replaced", true}, {"shared", true}},
        /*lower=*/true);
    auto [vb, ve] = WordBefore(s, wb);
    if (vb >= ve) return np;  // the sentence's start
    const std::string_view v = s.substr(vb, ve - vb);
    return own->Find(Bare(v)) == nullptr ? np : std::string_view();
  }
  if (depth >= 4) return {};
  // The list's item before: a figure, then "and", ", and" or ","; its own "at" at most four
  // words before its end, a digit between.
  size_t end = sep == "," ? cur - 1 : wb;
  while (end > 0 && s[end - 1] == ' ') --end;
  if (end > 0 && s[end - 1] == ',') --end;
  bool digit = false;
  cur = end;
  for (int n = 0; n < 4; ++n) {
    auto [tb, te] = WordBefore(s, cur);
    if (tb >= te) return {};
    const std::string_view t = s.substr(tb, te - tb);
    if (t == "at") return digit && !WithAtPhrase(s, tb, depth + 1).empty() ? np : std::string_view();
    digit = digit || std::any_of(t.begin(), t.end(), [](char c) { return ascii::IsDigit(c); });
    cur = tb;
  }
  return {};
}

// Where the list a number with a suspended hyphen opens ends ("four-, five- and six-cylinder":
// the "six" of "six-cylinder"), or npos when no such hyphen follows `end`.
size_t SuspendedListEnd(std::string_view s, size_t end) {
  static constexpr std::string_view kGaps[] = {"-, and ", "-, or ", "- and ", "- or ", "- to ", "-, "};
  size_t last = std::string_view::npos;
  for (int n = 0; n < 8; ++n) {
    const std::string_view rest = s.substr(end);
    size_t gap = 0;
    for (std::string_view g : kGaps)
      if (rest.starts_with(g)) {
        gap = g.size();
        break;
      }
    if (gap == 0) return last;
    last = end + gap;
    // The next item: another suspended one ("five-, ") goes on from its hyphen.
    size_t e = last;
    while (e < s.size() && (ascii::IsAlpha(s[e]) || ascii::IsDigit(s[e]) || s[e] == '.' || s[e] == ',')) {
      if (s[e] == ',' && (e + 1 >= s.size() || !ascii::IsDigit(s[e + 1]))) break;
      ++e;
    }
    if (e == last || e >= s.size() || s[e] != '-') return last;
    end = e;
  }
  return last;
}

// Whether the figure's value is the number it is written with: no scale word or suffix multiplied
// it ("9 million", "30-million-dollar", "$2bn" are scaled; "64.06 points", "7-inch" are not).
// The first number written in a figure's surface ("$4.2 billion": 4.2), or 0 when none.
double Written(const Quantity& q) {
  const char* b = q.surface.data();
  const char* e = b + q.surface.size();
  while (b < e && !ascii::IsDigit(*b)) ++b;
  std::string digits;
  for (; b < e && (ascii::IsDigit(*b) || *b == '.' || *b == ','); ++b)
    if (*b != ',') digits.push_back(*b);
  double lead = 0;
  return std::from_chars(digits.data(), digits.data() + digits.size(), lead).ec == std::errc() ? lead : 0;
}
bool Unscaled(const Quantity& q) {
  const double lead = Written(q);
  return lead != 0 && std::abs(lead - std::abs(q.value)) <= 1e-9 * std::max(1.0, std::abs(lead));
}

// Whether a movement's unit is its level's too: a physical unit, or a count of a noun ("rose 3
// feet to 21", "rose 64.06 points to 4,577.10", "added 5 seats to 120"); not a percent, a
// currency or its cents (a change in cents leads to a level in dollars), a ratio, an age, a
// score; not a rank's places ("climbed 4 spots to 10"), a golfer's strokes, points of a level
// under 100 (a rate's or a poll's percent: "approval fell 3 points to 41"); not a change with a
// scale word the level lacks ("added 9 million subscribers to 260").
// (any_scale: the caller has weighed the sizes itself.)
bool LevelSharesUnit(const Quantity& change, double level, bool any_scale = false) {
  const std::string& u = change.unit;
  if (u.empty() || u == "percent" || u == "pp" || u == "bp" || u == "times" || u == "fraction" || u == "score" ||
      u == "year of age" || u == "cent" || u == "pence" || u.starts_with("cent ") || u.starts_with("pence "))
    return false;
  if (!any_scale && !Unscaled(change)) return false;
  if (u != "count") return CurrencyCode(u.substr(0, u.find(' '))).empty();
  static const auto* ranks = new ascii::WordMap<bool>(
      {{"spots", true}, {"spot", true}, {"places", true}, {"place", true}, {"positions", true},
       {"position", true}, {"rungs", true}, {"notches", true}, {"slots", true}, {"ranks", true},
       {"strokes", true}, {"shots", true}},
      /*lower=*/true);
  if (change.noun.empty() || ranks->Find(change.noun) != nullptr) return false;
  return !(ascii::EqualsLower(change.noun, "points") || ascii::EqualsLower(change.noun, "point")) || level >= 100;
}

// Where a verb of revising ends right before byte b, one space between ("revised down",
// "ramped up to", "marked up"), or npos.
size_t RevisingVerbBefore(std::string_view s, size_t b) {
  const auto [pb, pe] = WordBefore(s, b);
  const std::string_view w = s.substr(pb, pe - pb);
  return pe + 1 == b && chunk::ParticleVerb(w) && !chunk::DegreeVerb(w) ? pb : std::string_view::npos;
}

// The movement words that are as often plural nouns: "12 upgrades and 5 downgrades", "comes in
// 4 trims", "two rate cuts". After a figure, a determiner or a preposition they are nouns.
bool PluralMoveNoun(std::string_view w) {
  return ascii::EqualsLower(w, "upgrades") || ascii::EqualsLower(w, "downgrades") || ascii::EqualsLower(w, "trims") ||
         ascii::EqualsLower(w, "cuts");
}

// Whether a clause of its own opens in s between a movement word (ending at `from`) and a figure
// (at `to`) and runs on to the figure, so that the figure is that clause's and the movement not
// its: a relative clause with its verb right after the pronoun ("rolled back a rule that capped
// fees at $35", "the company, which reported $3 billion"), or a clause after a subordinator with
// its own subject and verb ("downgrades France as deficit swells to 6%", "fell as the company
// shed 500 jobs") or a participle ("fell while adding 300 jobs"). Not "as much as", "as
// expected", "as a share of GDP to 90%" (no verb); not a clause closed by a comma before the
// figure ("raised rates, as economists had predicted, to 5.5%"); not a relative clause right after
// the movement ("growth that reached 5%") nor one on the object of a level reached
// (`to_level`, a figure after "to", "by" or "from": "cut the number of flights that can operate
// at Newark to 68 an hour", "rose 5% in the quarter that ended June 30 to $10 billion", "rose in
// the quarter that ended June 30 by 4%").
// Whether w is a participle that says a level, no move: "yielding", "trading", "standing".
bool LevelParticiple(std::string_view w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"yielding", true}, {"trading", true}, {"standing", true}, {"hovering", true}, {"sitting", true},
       {"totalling", true}, {"totaling", true}, {"averaging", true}, {"costing", true}, {"selling", true}},
      /*lower=*/false);
  return m->Find(w) != nullptr;
}

bool OwnClauseBetween(std::string_view s, size_t from, size_t to, bool to_level) {
  thread_local std::vector<std::string_view> w;  // (reused: called per movement and figure)
  thread_local std::vector<char> brk;            // whether word k ends at a comma, semicolon or dash
  w.clear();
  brk.clear();
  size_t after_comma = 0;  // the first word after the last comma, semicolon or dash
  chunk::ForEachToken(s, from, to, [&](size_t b, size_t e) {
    const std::string_view token = s.substr(b, e - b);
    const bool breaks = token.ends_with(",") || token.ends_with(";") || token == "-" || token == "\xE2\x80\x94";
    std::string_view t = Bare(token);
    while (!t.empty() && !ascii::IsWordByte(t.front())) t.remove_prefix(1);
    w.push_back(t);
    brk.push_back(breaks);
    if (breaks) after_comma = w.size();
    return w.size() < 24;
  });
  auto lower_letters = [](std::string_view x) {
    return !x.empty() && std::all_of(x.begin(), x.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
  };
  // A verb by its form or the lists: "capped", "kept", "reported", "shed"; a present in -s only
  // right after a bare noun after the subordinator ("as deficit swells"; not "since the summer
  // highs", "as a proportion of total assets"); not a plural noun that is as often ("job cuts",
  // "jobless claims") nor a compound adjective ("the stronger-than-expected jobs report").
  auto verb = [&](size_t k, size_t subordinator) {
    const std::string_view x = w[k];
    if (!lower_letters(x) || x.find('-') != std::string_view::npos) return false;
    const bool after_noun = k > 0 && chunk::Classify(w[k - 1]) == chunk::WordClass::kContent && lower_letters(w[k - 1]);
    if (after_noun && chunk::NounAsOften(x)) return false;
    if (chunk::Classify(x) == chunk::WordClass::kVerb || chunk::IrregularPast(x) || chunk::HeadlineVerb(x)) return true;
    if (x.size() > 4 && x.ends_with("ed") && !x.ends_with("eed")) return true;
    if (!after_noun || !chunk::PluralShape(x) || w[k - 1].ends_with("s")) return false;
    if (k == subordinator + 2) return true;
    // (After a determiner and its noun, only after a conjunction that is no preposition and
    // before "to", "by" or "from": "as the deficit swells to 6%"; not "since the summer highs to
    // 3.9%", "after the tariff hikes to 25%".)
    static const auto* conjunctions = new ascii::WordMap<bool>(
        {{"as", true}, {"while", true}, {"because", true}, {"although", true}, {"though", true}, {"whereas", true},
         {"when", true}, {"once", true}},
        /*lower=*/false);
    // (Nor "as" of "such as", "as well as", "as much as": a preposition's.)
    const std::string_view before = subordinator > 0 && subordinator < w.size() ? w[subordinator - 1] : std::string_view();
    if (before == "such" || before == "well" || before == "much" || before == "many") return false;
    return k == subordinator + 3 && subordinator < w.size() && conjunctions->Find(w[subordinator]) != nullptr &&
           chunk::Classify(w[subordinator + 1]) == chunk::WordClass::kDeterminer && k + 1 < w.size() &&
           (w[k + 1] == "to" || w[k + 1] == "by" || w[k + 1] == "from");
  };
  // Under a level reached ("to 6%"), a subordinate clause takes the figure only when its verb, in
  // the present, governs the "to" ("as deficit swells to 6%"), not when the clause went on before
  // it ("as the dollar weakened on Friday to a record $2,400", "since the Fed met in July to
  // 4.5%") nor with a past that takes no level ("after the pandemic ended to 3.5%", "since the
  // recession began to 6%"; a past of movement is a movement word itself).
  size_t to_at = w.size();
  if (to_level)
    for (size_t k = w.size(); k-- > 0;)
      if (w[k] == "to" || w[k] == "by" || w[k] == "from") {
        to_at = k;
        break;
      }
  static const auto* subordinators = new ascii::WordMap<bool>(
      {{"as", true}, {"while", true}, {"after", true}, {"because", true}, {"although", true}, {"though", true},
       {"whereas", true}, {"when", true}, {"since", true}, {"before", true}, {"until", true}, {"once", true}},
      /*lower=*/false);
  static const auto* not_subject = new ascii::WordMap<bool>(
      {{"much", true}, {"many", true}, {"high", true}, {"low", true}, {"little", true}, {"well", true},
       {"long", true}, {"far", true}, {"soon", true}, {"part", true}, {"such", true}, {"usual", true},
       {"likely", true}, {"good", true}, {"big", true}, {"large", true}, {"recently", true}, {"early", true},
       {"late", true}, {"hours", true}},
      /*lower=*/true);
  // An absolute clause after a comma and "with", its noun and a participle of a level right before
  // the figure: "Treasury yields rose, with the 10-year note yielding 4.62%" (not "with the index
  // rising 2%", a movement of its own, nor "with consumer spending up 3%").
  for (size_t k = 1; k + 2 < w.size(); ++k) {
    if (!brk[k - 1] || w[k] != "with") continue;
    size_t j = w.size();
    while (j > k + 1 && ((IsApproxWord(w[j - 1]) && w[j - 1] != "up") || w[j - 1] == "at")) --j;
    if (j <= k + 2) break;
    if (LevelParticiple(w[j - 1]) && !brk[j - 2]) return true;
    break;
  }
  // A clause of its own after "and" or "but", its subject before its verb: "Fuel costs jumped, and
  // this week, spending on gasoline reached $4 billion" (not "rose and hit $3 billion", "rose in
  // steel and processed foods to", "in cars and chemicals, reaching $90 billion").
  for (size_t k = 0; k + 2 < w.size(); ++k) {
    if (w[k] != "and" && w[k] != "but") continue;
    bool noun = false;
    for (size_t j = k + 1; j < w.size() && j <= k + 9; ++j) {
      const chunk::WordClass c = chunk::Classify(w[j]);
      // (A finite verb: an auxiliary, or a verb before its object or the figure; not a participle
      // that modifies the noun, "villages hit by the closures", "tablets sold online".)
      if (noun && lower_letters(w[j]) && !w[j].ends_with("ing") && !brk[j - 1] && verb(j, w.size()) &&
          (chunk::IsAuxiliary(w[j]) || j + 1 == w.size() || [&] {
            const std::string_view o = w[j + 1];
            const chunk::WordClass oc = chunk::Classify(o);
            return oc == chunk::WordClass::kDeterminer || oc == chunk::WordClass::kPronoun ||
                   (!o.empty() && (ascii::IsDigit(o[0]) || o[0] == '$'));
          }()))
        return true;
      if (c == chunk::WordClass::kSubordinator || c == chunk::WordClass::kConjunction || c == chunk::WordClass::kVerb ||
          w[j].empty() || ascii::IsDigit(w[j][0]))
        break;
      noun = noun || c == chunk::WordClass::kPronoun ||
             (c == chunk::WordClass::kContent && !w[j].ends_with("ly") && !w[j].ends_with("ed") && !w[j].ends_with("ing"));
    }
  }
  // A participle's clause after the comma whose object's "of" takes the figure: "Wages grew 5.6%,
  // outpacing inflation of 4.2%" (inflation's; not a measure's noun, "reaching a record high of").
  if (after_comma > 0 && w.size() >= after_comma + 3 && w.back() == "of" && w[after_comma].size() > 5 &&
      w[after_comma].ends_with("ing") && lower_letters(w[after_comma]) && !to_level &&
      !chunk::MeasureNoun(w[w.size() - 2]) &&
      !(w[w.size() - 2].ends_with("s") && chunk::MeasureNoun(w[w.size() - 2].substr(0, w[w.size() - 2].size() - 1))) &&
      chunk::Classify(w[w.size() - 2]) == chunk::WordClass::kContent)  // (nor "closing at record highs of")
    return true;
  // A clause of place after a comma is its own: "Prices were lower in rural areas, where wages
  // average $15 an hour", "expanded into Ohio, where it employs 500 people".
  for (size_t k = 1; k + 1 < w.size(); ++k)
    if (w[k] == "where" && brk[k - 1]) return true;
  for (size_t k = after_comma; k + 1 < w.size(); ++k) {
    const std::string_view o = w[k];
    if (o == "that" || o == "which" || o == "who") {
      if (k > 0 && !to_level && verb(k + 1, w.size())) return true;  // (k = 0: right after the movement word)
      continue;
    }
    if (subordinators->Find(o) == nullptr) continue;
    const std::string_view n = w[k + 1];
    if (!lower_letters(n) && !(n.size() > 1 && n[0] >= 'A' && n[0] <= 'Z')) continue;
    // (An adjective is no bare noun: "after better-than-expected earnings", "after quarterly
    // results".)
    if (n.find('-') != std::string_view::npos || n.ends_with("ly")) continue;
    if (n.size() > 5 && n.ends_with("ing")) return true;  // "while adding 300 jobs"
    const chunk::WordClass c = chunk::Classify(n);
    if (not_subject->Find(n) != nullptr ||
        !(c == chunk::WordClass::kDeterminer || c == chunk::WordClass::kPronoun || c == chunk::WordClass::kContent))
      continue;
    for (size_t j = k + 2; j < w.size() && j <= k + 7; ++j) {
      if (chunk::Classify(w[j]) == chunk::WordClass::kPreposition && !verb(j, k)) {
        // ("as a share of GDP", "after hours of trading": a phrase, not yet a clause.)
        if (j + 1 < w.size() && verb(j + 1, k) && !w[j + 1].ends_with("s") && !to_level) return true;
        continue;
      }
      if (verb(j, k) && (!to_level || (j + 1 == to_at && w[j].ends_with("s")))) return true;
    }
  }
  return false;
}

// Where the relative pronoun of a relative clause that runs up to byte `end` of s begins ("that"
// of "The lender that collapsed in March" before "held"), or npos: "that", "which" or "who" with
// a verb right after it ("collapsed", "sold", "spread"), within twelve words before `end`, not
// before `floor`, and no other clause word or verb of the lists between.
size_t RelativeBefore(std::string_view s, size_t end, size_t floor) {
  thread_local std::vector<std::pair<size_t, size_t>> t;  // (reused: called per figure)
  t.clear();
  chunk::ForEachToken(s, floor, end, [&](size_t b, size_t e) {
    t.emplace_back(b, e);
    return true;
  });
  const size_t lo = t.size() > 12 ? t.size() - 12 : 0;
  for (size_t k = t.size(); k-- > lo;) {
    const std::string_view w = Bare(s.substr(t[k].first, t[k].second - t[k].first));
    if (w == "that" || w == "which" || w == "who" || w == "whose") {
      // After a noun, or a comma for "which", "who" and "whose" ("The region, which suffered",
      // "The drugmaker, whose injection has been in short supply, raised"); not after
      // a verb ("concluded that vaccinated patients", "asked which affected airlines"), a time or
      // a preposition ("said last week that furloughed workers", "at that embattled unit").
      if (k == 0) return std::string::npos;
      const std::string_view token_before = s.substr(t[k - 1].first, t[k - 1].second - t[k - 1].first);
      const bool comma = token_before.ends_with(",");
      const std::string_view before = Bare(token_before);
      const bool noun = !before.empty() && chunk::Classify(before) == chunk::WordClass::kContent &&
                        !before.ends_with("ed") && !before.ends_with("ing") && !chunk::HeadlineVerb(before);
      // (Nor "so strong that", "such a rise that": a result's clause.)
      const std::string_view so = k >= 2 ? s.substr(t[k - 2].first, t[k - 2].second - t[k - 2].first) : std::string_view();
      if (!(noun || (comma && w != "that")) || (w == "whose" && !comma) || so == "so" || so == "such")
        return std::string::npos;
      const auto [vb, ve] = WordAfter(s, t[k].second);  // (at `end` itself when the clause is one word)
      const std::string_view v = Bare(s.substr(vb, ve - vb));
      // ("said in its review that costs rose", "wrote in a note that": a reporting verb's clause;
      // not a noun of the list after its determiner, "a report that showed".)
      for (size_t j = k >= 4 ? k - 4 : 0; j < k; ++j)
        if (IsReportingVerb(Bare(s.substr(t[j].first, t[j].second - t[j].first))) &&
            (j == 0 || chunk::Classify(Bare(s.substr(t[j - 1].first, t[j - 1].second - t[j - 1].first))) !=
                           chunk::WordClass::kDeterminer))
          return std::string::npos;
      // An auxiliary only after "which" or "who" ("the retirement age, which is currently 62"; "comes
      // true that will make the S8" is a demonstrative's clause); no plural as often a noun.
      const bool verb = !v.empty() && v[0] >= 'a' && v[0] <= 'z' && (w != "that" || !chunk::IsAuxiliary(v)) &&
                        !chunk::NounAsOften(v) &&
                        (chunk::Classify(v) == chunk::WordClass::kVerb || chunk::IrregularPast(v) ||
                         chunk::IsAuxiliary(v) || (v.size() > 4 && v.ends_with("ed") && !v.ends_with("eed")));
      // (Any clause set off by commas on both sides before `end`: "The yield on the note, which moves
      // inversely to prices, rose", "The drugmaker, whose injection has been scarce, raised".)
      const std::string_view last = s.substr(t.back().first, t.back().second - t.back().first);
      const bool set_off = comma && w != "that" && k + 1 < t.size() && last.ends_with(",");
      return verb || set_off ? t[k].first : std::string::npos;
    }
    const chunk::WordClass c = chunk::Classify(w);
    if (c == chunk::WordClass::kSubordinator) return std::string::npos;
    if (c == chunk::WordClass::kVerb && !chunk::IsAuxiliary(w)) {
      // (The relative clause's own verb, right after its pronoun, is looked at with the pronoun;
      // a clause set off by commas may have more: "Revenue, which was hit by a strike, fell".)
      std::string_view p = k > 0 ? s.substr(t[k - 1].first, t[k - 1].second - t[k - 1].first) : std::string_view();
      const std::string_view last = s.substr(t.back().first, t.back().second - t.back().first);
      if (!(p == "that" || p == "which" || p == "who" || (last.ends_with(",") && end > 0 && s[end - 1] == ' ')))
        return std::string::npos;
    }
  }
  return std::string::npos;
}

// Whether "growth" (the word [b, i) of s) names what a forecast is of ("growth forecast",
// "growth outlook") and `verb` ([vb, ve), an earlier movement word) moves that forecast as its
// object: "lowered its growth forecast by 0.3 points", "cut its forecast for growth to 1.5%" are
// cuts, not growth. The verb is a past
// tense and between the two stand only determiners, possessives, years and modifiers ("cut its
// 2025 global growth forecasts"): no clause break, conjunction or figure ("grew 0.2%, beating
// growth forecasts of 0.1%" keeps growth for the forecast), at most six words.
bool GrowthForecastMoved(std::string_view s, size_t vb, size_t ve, size_t b, size_t i) {
  if (!ascii::EqualsLower(s.substr(b, i - b), "growth")) return false;
  static const auto* forecasts = new ascii::WordMap<bool>(
      {{"forecast", true}, {"forecasts", true}, {"outlook", true}, {"estimate", true}, {"estimates", true},
       {"projection", true}, {"projections", true}, {"target", true}, {"targets", true},
       {"expectations", true}, {"prospects", true}, {"prediction", true}, {"predictions", true},
       {"guidance", true}},
      /*lower=*/true);
  // "cut its forecast for growth to 1.5%": the forecast named before "for growth"; the object
  // then ends at the forecast's word.
  size_t object_end = b;
  size_t e = i + 1;
  // ("its forecast for global growth", "for euro zone growth": up to three modifiers between.)
  size_t for_at = b;
  for (int n = 0; n < 4; ++n) {
    const auto [fb, fe] = WordBefore(s, for_at);
    if (fe <= fb) break;
    const std::string_view w = s.substr(fb, fe - fb);
    if (w == "for") {
      for_at = fb;
      break;
    }
    if (n == 3 || !ascii::IsWordByte(w.back()) || chunk::Classify(w) != chunk::WordClass::kContent || ascii::IsDigit(w[0])) {
      for_at = b;
      break;
    }
    for_at = fb;
  }
  if (for_at < b && s.substr(for_at, 3) == "for") {
    const auto [nb, ne] = WordBefore(s, for_at);
    if (ne <= nb || forecasts->Find(s.substr(nb, ne - nb)) == nullptr) return false;
    object_end = nb;
    e = i;
  } else {
    if (i >= s.size() || s[i] != ' ') return false;
    while (e < s.size() && ascii::IsAlpha(s[e])) ++e;
    if (forecasts->Find(s.substr(i + 1, e - i - 1)) == nullptr) return false;
  }
  // The forecast is the verb's object, not the next clause's subject: no verb after it ("After two
  // rate cuts growth projections improved to 2.1%", "growth forecasts stayed at 1.5%").
  // (Adverbs skipped: "growth expectations now stand at 2%".)
  for (int n = 0; n < 3 && e + 1 < s.size() && s[e] == ' '; ++n) {
    size_t ne = e + 1;
    while (ne < s.size() && ascii::IsAlpha(s[ne])) ++ne;
    const std::string_view next = s.substr(e + 1, ne - e - 1);
    const chunk::WordClass c = chunk::Classify(next);
    if (c == chunk::WordClass::kVerb || next.ends_with("ed")) return false;
    if (c != chunk::WordClass::kAdverb && c != chunk::WordClass::kTime) break;
    e = ne;
  }
  // A verb in the past or a headline's present, or a past's particle ("revised down its growth
  // forecast"; not "Lower growth expectations", "higher growth forecasts").
  const std::string_view verb = s.substr(vb, ve - vb);
  const bool particle = verb.ends_with(" down") || verb.ends_with(" up") || verb.ends_with(" back");  // one move (ScanWords)
  // ("the spending cuts", "two rate cuts": a noun after a noun, a number or a determiner; "the
  // company cut its growth guidance" is a verb.)
  if (ascii::EqualsLower(verb, "cuts")) {
    const auto [pb, pe] = WordBefore(s, vb);
    const std::string_view before = s.substr(pb, pe - pb);
    if (!before.empty() && ascii::IsWordByte(before.back()) &&
        ((before[0] >= 'a' && before[0] <= 'z' && chunk::Classify(before) == chunk::WordClass::kContent) ||
         chunk::Classify(before) == chunk::WordClass::kDeterminer || ascii::IsDigit(before[0])))
      return false;
  }
  if (!verb.ends_with("ed") && !particle && !ascii::EqualsLower(verb, "cut") && !ascii::EqualsLower(verb, "cuts") &&
      !ascii::EqualsLower(verb, "raises") && !ascii::EqualsLower(verb, "lowers") &&
      !ascii::EqualsLower(verb, "reduces") && !ascii::EqualsLower(verb, "trims") &&
      !ascii::EqualsLower(verb, "slashes") && !ascii::EqualsLower(verb, "downgrades") &&
      !ascii::EqualsLower(verb, "upgrades"))
    return false;
  int words = 0;
  bool object = true;
  chunk::ForEachToken(s, ve, object_end, [&](size_t tb, size_t te) {
    const std::string_view w = s.substr(tb, te - tb);
    const bool year = w.size() == 4 && std::all_of(w.begin(), w.end(), ascii::IsDigit);
    const chunk::WordClass c = chunk::Classify(w);
    object = ++words <= 6 && ascii::IsWordByte(w.back()) &&
             (year || (!ascii::IsDigit(w[0]) && (c == chunk::WordClass::kDeterminer || c == chunk::WordClass::kContent)));
    return object;
  });
  return object;
}

struct Move {
  uint32_t begin, end;
  bool increase;
};

// What a subject counts, as the noun of a bare figure of it: the things of "The number of people
// waiting" (people), a population's people, or a plural head that names things counted ("Sales",
// "Arrivals from India", "membership"'s members); empty for any other ("The S&P 500", "prices").
std::string CountedBySubject(std::string_view subject) {
  static const auto* kCounted = new ascii::WordMap<bool>(
      {{"sales", true}, {"deliveries", true}, {"shipments", true}, {"arrivals", true}, {"visitors", true},
       {"tourists", true}, {"passengers", true}, {"subscribers", true}, {"members", true}, {"customers", true},
       {"users", true}, {"jobs", true}, {"cases", true}, {"deaths", true}, {"infections", true},
       {"students", true}, {"homes", true}, {"vehicles", true}, {"cars", true}, {"applications", true},
       {"bookings", true}, {"spectators", true}, {"viewers", true}, {"patients", true}, {"migrants", true},
       {"refugees", true}, {"evacuees", true}, {"workers", true}, {"employees", true}, {"births", true},
       {"listings", true}, {"transactions", true}, {"flights", true}, {"calls", true}, {"crossings", true},
       {"complaints", true}, {"arrests", true}, {"incidents", true}, {"crimes", true}, {"fatalities", true},
       {"injuries", true}, {"casualties", true}, {"enrolments", true}, {"enrollments", true},
       {"registrations", true}, {"admissions", true}, {"homicides", true}, {"murders", true}},
      /*lower=*/true);
  static const auto* kPeopleAdjectives = new ascii::WordMap<bool>(
      {{"unemployed", true}, {"employed", true}, {"jobless", true}, {"homeless", true}, {"injured", true},
       {"dead", true}, {"missing", true}, {"displaced", true}, {"uninsured", true}, {"insured", true},
       {"poor", true}, {"elderly", true}, {"self-employed", true}},
      /*lower=*/false);
  static const auto* kGroups = new ascii::WordMap<std::string_view>(
      {{"crowd", "spectators"}, {"crowds", "spectators"}, {"attendance", "spectators"},
       {"attendances", "spectators"}, {"audience", "viewers"}, {"audiences", "viewers"},
       {"employment", "jobs"}, {"payrolls", "jobs"}, {"headcount", "employees"}, {"workforce", "workers"}},
      /*lower=*/true);
  const std::vector<std::string_view> words = WordsOf(subject);
  for (size_t i = 0; i + 2 < words.size(); ++i)
    if (ascii::EqualsLower(words[i], "number") && words[i + 1] == "of") {
      for (size_t j = i + 2; j < words.size() && j < i + 5; ++j) {
        const std::string_view w = Bare(words[j]);
        // (Past a name that modifies the plural: "The number of U.S. oil rigs".)
        if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z' && j + 1 < words.size()) continue;
        if (w.empty() || w[0] < 'a' || w[0] > 'z') break;
        if (chunk::PluralShape(w) || w == "people" || w == "children" || w == "men" || w == "women") return std::string(w);
        // ("The number of unemployed": people, as the adjective names them.)
        if (kPeopleAdjectives->Find(w) != nullptr && j + 1 == words.size()) return "people";
      }
      return {};
    }
  const std::string_view head = Bare(LastWord(HeadPhrase(subject)));
  // Heads that name a group of people or jobs by one word: "A crowd of 52,184", "Attendance was
  // 38,402" (spectators), "a peak television audience of 11.8 million" (viewers), "Full-time
  // employment fell by 31,000" (jobs), "Headcount fell by 1,840" (employees), "Ferry passenger
  // numbers edged up to 880,000" (passengers).
  // (Staff only of the story's own kind: no "Student headcount", "the prison headcount"; a crowd is
  // any crowd, "The Bell Centre crowd".)
  if (const std::string_view* group = kGroups->Find(head)) {
    if (*group != "employees" && *group != "workers") return std::string(*group);
    const std::vector<std::string_view> ws = WordsOf(HeadPhrase(subject));
    const std::string_view before = ws.size() >= 2 ? Bare(ws[ws.size() - 2]) : std::string_view();
    static const auto* kPlain = new ascii::WordMap<bool>(
        {{"the", true}, {"a", true}, {"an", true}, {"its", true}, {"their", true}, {"our", true}, {"total", true},
         {"average", true}, {"overall", true}, {"record", true}, {"sellout", true}, {"sell-out", true}, {"full-time", true},
         {"part-time", true}, {"announced", true}, {"home", true}, {"daily", true}, {"peak", true}, {"paid", true},
         {"television", true}, {"tv", true}, {"global", true}, {"group", true}, {"company", true}, {"nonfarm", true},
         {"non-farm", true}, {"private", true}, {"public", true}, {"government", true}, {"manufacturing", true}},
        /*lower=*/true);
    // (Or a country's: "Australian employment fell by 5,400".)
    size_t place_end = 0;
    const bool place = !before.empty() && Tables::Get().countries.LongestAt(before, 0, &place_end) != nullptr &&
                       place_end == before.size();
    if (before.empty() || before.ends_with("'s") || before.ends_with("s'") || kPlain->Find(before) != nullptr || place)
      return std::string(*group);
    return {};
  }
  if (ascii::EqualsLower(head, "numbers")) {
    const std::vector<std::string_view> ws = WordsOf(HeadPhrase(subject));
    const std::string_view before = ws.size() >= 2 ? Bare(ws[ws.size() - 2]) : std::string_view();
    // (Capitalized only as the subject's first word: "Passenger numbers rose 9 per cent".)
    if (before.size() > 3 && (ws.size() == 2 || (before[0] >= 'a' && before[0] <= 'z')) && !before.ends_with("s") &&
        chunk::Classify(before) == chunk::WordClass::kContent && !before.ends_with("ing") && !before.ends_with("al"))
      return ascii::Lower(before) + "s";
  }
  // (A people's population, not a wolf's: "The elk population fell to 135,000".)
  if (ascii::EqualsLower(head, "population")) {
    const std::vector<std::string_view> ws = WordsOf(HeadPhrase(subject));
    const std::string_view before = ws.size() >= 2 ? ws[ws.size() - 2] : std::string_view();
    return before.empty() || before.ends_with("'s") || before.ends_with("s'") || (before[0] >= 'A' && before[0] <= 'Z') ||
                   chunk::Classify(before) == chunk::WordClass::kDeterminer
               ? "people"
               : "";
  }
  if (ascii::EqualsLower(head, "membership")) return "members";
  if (kCounted->Find(head) != nullptr) return ascii::Lower(head);
  return {};
}

// A dateline's places as the text writes them: "MELBOURNE —" gives "Melbourne —", "BUENOS AIRES"
// "Buenos Aires"; a word in small letters or mixed case stays as it is.
std::string TitleCase(std::string_view s) {
  std::string out(s);
  for (size_t i = 0; i < out.size();) {
    if (!ascii::IsAlpha(out[i])) {
      ++i;
      continue;
    }
    size_t e = i;
    bool caps = true;
    while (e < out.size() && ascii::IsAlpha(out[e])) caps = caps && !(out[e] >= 'a' && out[e] <= 'z'), ++e;
    if (caps)
      for (size_t k = i + 1; k < e; ++k) out[k] = static_cast<char>(out[k] - 'A' + 'a');
    i = e;
  }
  return out;
}

// Counts the places `names` names in `t`, as whole words.
size_t Mentions(std::string_view t, const std::vector<std::string_view>& names) {
  size_t n = 0;
  for (std::string_view name : names)
    for (size_t at = t.find(name); at != std::string_view::npos; at = t.find(name, at + name.size()))
      if ((at == 0 || !ascii::IsAlpha(t[at - 1])) && (at + name.size() >= t.size() || !ascii::IsAlpha(t[at + name.size()])))
        ++n;
  return n;
}

// A story's own dollar: a bare "$" in a story of Canada, Australia, New Zealand, Singapore or Hong
// Kong is its country's (local papers write "$1.9 billion" of New Zealand's budget), when its lead
// (or the dateline lifted off it, "MELBOURNE —") names the country, the country is named twice and
// more than the United States, and the story writes no local sign of its own ("C$", "NZ$": then a
// bare "$" is the U.S. dollar, as the wires write it).
// A company's results, a commodity's price and a currency's quote stay in U.S. dollars; but not
// in a story that writes "US$" for those (then its bare "$" is the local one), nor a company's on
// its home exchange in a local paper's "per cent" ("shares rose 3.6 per cent to $9.42 on the ASX").
void LocalDollars(std::string_view text, std::string_view dateline_caps, std::vector<Claim>* out, size_t first) {
  if (first >= out->size() || text.find('$') == std::string_view::npos) return;
  const std::string dateline = TitleCase(dateline_caps);
  static constexpr std::string_view kUsdWords[] = {"dollar", "gold", "crude", "brent", "oil", "copper", "lumber",
                                                   "bushel", "ounce", "barrel", "intermediate"};
  struct Home {
    const char* code;
    const char* sign;  // (written before "$")
    std::vector<std::string_view> names;
    std::vector<std::string_view> exchange;  // (its stock market, as a local paper names it)
  };
  static const auto* kHomes = new std::vector<Home>{
      {"CAD", "C", {"Canada", "Canadian", "Canadians", "Ottawa", "Toronto", "Montreal", "Vancouver", "Calgary",
                    "Edmonton", "Winnipeg", "Ontario", "Quebec", "Manitoba", "Alberta", "Saskatchewan",
                    "British Columbia", "Nova Scotia", "New Brunswick", "Newfoundland"},
       {"TSX", "Toronto Stock Exchange", "in Toronto"}},
      {"AUD", "A", {"Australia", "Australian", "Australians", "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide",
                    "Canberra", "Queensland", "New South Wales", "Tasmania", "ASX"},
       {"ASX", "Australian Securities Exchange"}},
      {"NZD", "NZ", {"New Zealand", "New Zealanders", "Auckland", "Wellington", "Christchurch", "Stats NZ", "NZX"},
       {"NZX"}},
      {"SGD", "S", {"Singapore", "Singaporeans"}, {"SGX"}},
      {"HKD", "HK", {"Hong Kong"}, {"Hang Seng"}}};
  static const std::vector<std::string_view> kUs = {"U.S.", "United States", "American", "Americans", "Washington",
                                                     "White House", "Pentagon", "Congress", "Federal Reserve", "Texas",
                                                     "California", "New York"};
  // (The lead past a list's header and lines that open the text: "Key points:\n\n- Home values rose
  // 0.9 per cent nationally".)
  std::string_view lead = text.substr(0, text.find("\n\n"));
  for (size_t at = 0; (lead.ends_with(':') || normalizers::ListMarkerSize(lead) > 0) && at + lead.size() + 2 < text.size();) {
    at += lead.size() + 2;
    const size_t end = text.find("\n\n", at);
    lead = text.substr(at, end == std::string_view::npos ? end : end - at);
  }
  const Home* home = nullptr;
  size_t best = 0;
  for (const Home& h : *kHomes)
    if (const size_t n = Mentions(text, h.names) + Mentions(dateline, h.names);
        n > best && Mentions(lead, h.names) + Mentions(dateline, h.names) > 0) {
      best = n;
      home = &h;
    }
  // (A story of several paragraphs, the country named twice: one sentence alone says too little,
  // "users mostly from Canada with a total of $12.4 million of claims".)
  if (home == nullptr || best < 2 || best <= Mentions(text, kUs) || lead.size() == text.size() ||
      text.find(std::string(home->sign) + "$") != std::string_view::npos)
    return;
  // (A story that says its figures are in U.S. dollars: "Brookfield reports in U.S. dollars".)
  if (text.find("in U.S. dollars") != std::string_view::npos || text.find("in US dollars") != std::string_view::npos) return;
  const bool us_sign = text.find("US$") != std::string_view::npos || text.find("U.S.$") != std::string_view::npos ||
                       text.find("$US") != std::string_view::npos;
  // (Nor a company's results or deals, often in U.S. dollars whatever the country, "BHP's underlying
  // profit fell to $10.2 billion": looked for only in a story of a home, most have none.)
  if (!us_sign && !(text.find("per cent") != std::string_view::npos && Mentions(text, home->exchange) > 0))
    for (std::string_view w : {"profit", "earnings", "dividend", "net income", "EBITDA", "buyback", "shares",
                               "stock exchange", "acquisition", "agreed to buy", "market value"})
      if (ascii::ContainsLower(text, w)) return;
  for (size_t k = first; k < out->size(); ++k) {
    Quantity& q = (*out)[k].quantity;
    if (!q.surface.starts_with("$") || !(q.unit == "USD" || q.unit.starts_with("USD per "))) continue;
    // (Nor a currency's quote, "The Australian dollar fell 0.6% to $0.6510", a commodity's market,
    // "gold hit a record $4,381", "a discount of $10 to West Texas Intermediate", nor a sentence of
    // the United States's, "American farmers sold $28 billion of food to Canada": in U.S. dollars.)
    // (In its subject or right after it: not "a $6.4-billion deficit for the 2026-27 fiscal year as
    // lower oil prices cut into royalty revenue".)
    const std::string& sentence = (*out)[k].sentence;
    const size_t at = sentence.find(q.surface);
    const std::string_view near = at == std::string::npos ? std::string_view(sentence)
                                                          : std::string_view(sentence).substr(at, q.surface.size() + 32);
    if (std::any_of(std::begin(kUsdWords), std::end(kUsdWords), [&](std::string_view w) {
          return ascii::ContainsLower(near, w) || ascii::ContainsLower((*out)[k].subject, w);
        }) ||
        Mentions(sentence, kUs) > 0)
      continue;
    // (Nor "$US1.6 billion", nor a bare "$" beside a "US$" of its sentence: "pretax profit of US$30.3
    // billion, and revenue rose to $66.1 billion".)
    if (q.surface.starts_with("$US") || sentence.find("US$") != std::string::npos || sentence.find("$US") != std::string::npos)
      continue;
    bool commodity = false;
    for (std::string_view per : {"barrel", "ounce", "bushel", "tonne", "ton", "pound", "mmbtu", "metric ton"})
      commodity = commodity || q.unit == "USD per " + std::string(per);
    if (!commodity) q.unit = home->code + q.unit.substr(3);
  }
}

// A story's own peso, shilling or rupee: "pesos", "shillings" and "rupees" without a country read
// as Mexico's, Kenya's and India's, but in a story of Argentina, Colombia, Chile or the Philippines
// (of Tanzania or Uganda; of Pakistan, Sri Lanka or Nepal) they are that country's, when it is
// named more than Mexico (Kenya, India), counting the dateline:
// "The official exchange rate weakened to about 1,390 pesos per dollar" in a story of Buenos Aires.
void LocalPesos(std::string_view text, std::string_view dateline_caps, std::vector<Claim>* out, size_t first) {
  const std::string dateline = TitleCase(dateline_caps);
  struct Home {
    std::string_view code;
    std::vector<std::string_view> names;
  };
  struct Family {
    std::string_view code;                   // (the table's reading)
    std::vector<std::string_view> words;     // (the currency's bare names)
    std::vector<std::string_view> default_names;
    std::vector<Home> homes;
  };
  static const auto* kFamilies = new std::vector<Family>{
      {"MXN", {"peso", "pesos"}, {"Mexico", "Mexican", "Mexico City", "Monterrey", "Guadalajara"},
       {{"ARS", {"Argentina", "Argentine", "Argentina's", "Buenos Aires"}},
        {"COP", {"Colombia", "Colombian", "Bogota", "Bogotá"}},
        {"CLP", {"Chile", "Chilean", "Santiago"}},
        {"PHP", {"Philippines", "Philippine", "Filipino", "Filipinos", "Manila"}},
        {"UYU", {"Uruguay", "Uruguayan", "Montevideo"}},
        {"DOP", {"Dominican Republic", "Santo Domingo"}}}},
      {"KES", {"shilling", "shillings"}, {"Kenya", "Kenyan", "Nairobi", "Mombasa"},
       {{"TZS", {"Tanzania", "Tanzanian", "Dar es Salaam", "Dodoma"}},
        {"UGX", {"Uganda", "Ugandan", "Kampala"}},
        {"SOS", {"Somalia", "Somali", "Mogadishu"}}}},
      {"INR", {"rupee", "rupees"}, {"India", "Indian", "New Delhi", "Mumbai", "Chennai", "Kolkata", "Bengaluru", "Hyderabad",
                                     "Ahmedabad", "Pune"},
       {{"PKR", {"Pakistan", "Pakistani", "Karachi", "Islamabad", "Lahore"}},
        {"LKR", {"Sri Lanka", "Sri Lankan", "Colombo"}},
        {"NPR", {"Nepal", "Nepali", "Kathmandu"}}}}};
  for (const Family& f : *kFamilies) {
    bool any = false;
    for (size_t k = first; k < out->size() && !any; ++k) any = (*out)[k].quantity.unit.starts_with(f.code);
    if (!any) continue;
    const Home* home = nullptr;
    size_t best = Mentions(text, f.default_names) + Mentions(dateline, f.default_names);
    for (const Home& h : f.homes)
      if (const size_t n = Mentions(text, h.names) + Mentions(dateline, h.names); n > best) {
        best = n;
        home = &h;
      }
    // (A dateline of the table's country keeps its reading: "NEW DELHI — ... rupees".)
    if (Mentions(dateline, f.default_names) > 0) home = nullptr;
    for (size_t k = first; k < out->size(); ++k) {
      Claim& c = (*out)[k];
      Quantity& q = c.quantity;
      if (!q.unit.starts_with(f.code)) continue;
      // (Only a bare name, in the figure or, for a quote, in its sentence: not "Mexican pesos".)
      const std::string_view where = Mentions(q.surface, f.words) > 0 ? std::string_view(q.surface) : std::string_view(c.sentence);
      if (Mentions(where, f.words) == 0) continue;
      bool named = false;
      for (std::string_view w : f.words)
        for (size_t at = where.find(w); at != std::string_view::npos && !named; at = where.find(w, at + 1)) {
          const auto [pb, pe] = WordBefore(where, at);
          const std::string_view before = where.substr(pb, pe - pb);
          named = Mentions(before, f.default_names) > 0 ||
                  std::any_of(f.homes.begin(), f.homes.end(), [&](const Home& h) { return Mentions(before, h.names) > 0; });
        }
      if (named && where.data() == q.surface.data()) continue;  // ("Mexican pesos" as the table reads it)
      // The country its sentence names: "in" it right after the figure ("costs 12,000 pesos in
      // Argentina, compared with 180 pesos in Mexico", "460,000 pesos a month in Chile"), else the
      // nearest before it ("India ... spends 6.8 trillion rupees on defence, Pakistan's minister
      // said"), else the nearest after it (not under a dateline of the table's country: "CHENNAI —
      // ... 500,000 rupees for each of the fishermen arrested by the Sri Lankan navy"); else, a bare
      // name, the story's.
      const std::string_view sentence = c.sentence;
      const size_t at = sentence.find(q.surface);
      const size_t end = at == std::string_view::npos ? 0 : at + q.surface.size();
      const size_t in_at = sentence.find(" in ", end);
      const bool in_after = at != std::string_view::npos && in_at != std::string_view::npos &&
                            WordsOf(sentence.substr(end, in_at - end)).size() <= 3;
      struct Named {
        size_t at = std::string_view::npos;
        const Home* home = nullptr;
        bool found = false;
      } right_after, before_it, after_it;
      auto consider = [&](const std::vector<std::string_view>& names, const Home* h) {
        for (std::string_view name : names)
          for (size_t p = sentence.find(name); p != std::string_view::npos; p = sentence.find(name, p + 1)) {
            if ((p > 0 && ascii::IsAlpha(sentence[p - 1])) ||
                (p + name.size() < sentence.size() && ascii::IsAlpha(sentence[p + name.size()]) && sentence[p + name.size()] != 's'))
              continue;
            if (at == std::string_view::npos) continue;
            if (in_after && p == in_at + 4) right_after = {p, h, true};
            if (p < at && (!before_it.found || p > before_it.at)) before_it = {p, h, true};
            if (p >= end && (!after_it.found || p < after_it.at)) after_it = {p, h, true};
          }
      };
      consider(f.default_names, nullptr);
      for (const Home& h : f.homes) consider(h.names, &h);
      const bool dateline_default = Mentions(dateline, f.default_names) > 0;
      const Named& named_one = right_after.found ? right_after : before_it.found ? before_it
                               : (after_it.found && !dateline_default) ? after_it : right_after;
      const Home* to = named_one.found ? named_one.home : home;
      if (named_one.found && named_one.home == nullptr) continue;
      if (to != nullptr) q.unit = std::string(to->code) + q.unit.substr(f.code.size());
    }
  }
}

// A cricket score's runs and wickets, in a sentence of cricket's words: "were 187 for four", "took
// four for 52" (runs for wickets, wickets for runs: the one of ten or fewer is the wickets); and in
// one of its own words (not "innings", which baseball shares), any other bare whole number is runs:
// "bowled out for 286", "made 78 off 143 balls", "an unbeaten 61", "a lead of 157".
void CricketScores(std::string_view s, std::vector<Quantity>* qs) {
  // (Cheap first, with no copy: most sentences hold none of cricket's words.)
  bool any = false;
  for (std::string_view w : {"wicket", "stumps", "overs", "bowled out", "all out", "spinner", "balls", "sixes",
                             "not out", "innings"})
    any = any || ascii::ContainsLower(s, w);
  if (qs->empty() || !any) return;
  const std::string lower = ascii::Lower(s);
  bool own = false;
  for (std::string_view w : {"wicket", "stumps", " overs", "bowled out", "all out", "spinner", " balls", " sixes", "not out"})
    for (size_t at = lower.find(w); at != std::string::npos && !own; at = lower.find(w, at + 1))
      own = w[0] != ' ' || at + w.size() >= lower.size() || !ascii::IsAlpha(lower[at + w.size()]);  // (not "overseas")
  if (!own && lower.find("innings") == std::string::npos) return;
  auto bare = [&](const Quantity& q) {
    const std::string_view surface = s.substr(q.begin, q.end - q.begin);
    return q.unit.empty() && q.noun.empty() && !q.hi.has_value() && q.value >= 1 && q.end > q.begin &&
           q.value == std::floor(q.value) && surface.find('.') == std::string_view::npos &&
           !(surface.size() == 4 && q.value >= 1900 && q.value <= 2100);
  };
  for (size_t k = 0; k < qs->size(); ++k) {
    Quantity& q = (*qs)[k];
    if (!bare(q)) continue;
    // (Or "105-4", "8-312", "8/312": joined by a dash or a slash.)
    const std::string_view join = k + 1 < qs->size() && (*qs)[k + 1].begin >= q.end
                                      ? s.substr(q.end, (*qs)[k + 1].begin - q.end) : std::string_view(" and ");
    if (k + 1 < qs->size() && bare((*qs)[k + 1]) && (join == " for " || join == "-" || join == "/")) {
      Quantity& m = (*qs)[k + 1];
      const bool runs_first = m.value <= 10 && q.value > 10, wickets_first = q.value <= 10 && m.value > 10;
      if (runs_first || wickets_first) {
        q.unit = m.unit = "count";
        q.noun = runs_first ? "runs" : "wickets";
        m.noun = runs_first ? "wickets" : "runs";
      }
      ++k;
      continue;
    }
    if (!own) continue;
    // (Not an age set off after a name, "Cartwright, 24,", nor a rate, "eight an over".)
    if (q.begin >= 3 && s.substr(q.begin - 2, 2) == ", " && q.end < s.size() && s[q.end] == ',') continue;
    const std::string_view rest = s.substr(q.end);
    // Only a batter's or a side's score: after a verb of scoring or an adjective of an innings, after
    // "out for", "total of", "lead of", "unbeaten on", or before "not out" or "off N balls"; not a
    // bowler's tally, "Cummins has 20", a ball count, "an unbeaten 53 off 40", nor a rate, "a strike
    // rate of 180".
    const auto [cb, ce] = WordBefore(s, q.begin);
    const std::string_view cw = s.substr(cb, ce - cb);
    const auto [c2b, c2e] = WordBefore(s, cb);
    const std::string_view c2 = s.substr(c2b, c2e - c2b);
    static const auto* kScoring = new ascii::WordMap<bool>(
        {{"made", true}, {"make", true}, {"makes", true}, {"making", true}, {"scored", true}, {"scoring", true},
         {"scores", true}, {"hit", true}, {"hitting", true}, {"struck", true}, {"smashed", true}, {"posted", true},
         {"posting", true}, {"reached", true}, {"reaching", true}, {"added", true}, {"adding", true}, {"chasing", true},
         {"chased", true}, {"unbeaten", true}, {"fluent", true}, {"brisk", true}, {"patient", true}, {"fine", true},
         {"first-innings", true}, {"second-innings", true}, {"top-scored", true}, {"totalled", true}, {"totaled", true},
         {"amassed", true}, {"compiled", true}, {"need", true}, {"needing", true}, {"needed", true}},
        /*lower=*/true);
    const bool scoring = kScoring->Find(cw) != nullptr ||
                         (cw == "for" && (c2 == "out" || c2 == "dismissed")) ||
                         (cw == "of" && (c2 == "total" || c2 == "lead" || c2 == "stand" || c2 == "partnership" || c2 == "target")) ||
                         (cw == "on" && (c2 == "unbeaten" || c2 == "closed" || c2 == "resumed" || c2 == "finished")) ||
                         rest.starts_with(" not out") ||
                         (rest.starts_with(" off ") && rest.find(" balls") != std::string_view::npos && rest.find(" balls") < 16) ||
                         (rest.starts_with(" from ") && rest.find(" balls") != std::string_view::npos && rest.find(" balls") < 17);
    if (!scoring || rest.starts_with(" of them") || rest.starts_with(" of those") || rest.starts_with(" of their")) continue;
    q.unit = "count";
    q.noun = "runs";
  }
}

// Whether a word of a figure's clause names a measure no count is of: a temperature, a speed, a
// price, a rank, an age, a market's close, a toll ("temperatures hit 45", "gusts reaching 110",
// "the Nikkei closed at 40,100", "ranked 12", "the number killed has risen to 140").
bool MeasureClauseWord(std::string_view w) {
  static const auto* kWords = new ascii::WordMap<bool>(
      {{"temperature", true}, {"temperatures", true}, {"mercury", true}, {"thermometer", true}, {"gust", true},
       {"gusts", true}, {"wind", true}, {"winds", true}, {"speed", true}, {"speeds", true}, {"mph", true},
       {"price", true}, {"prices", true}, {"priced", true}, {"costs", true}, {"cost", true}, {"index", true},
       {"closed", true}, {"closing", true}, {"opened", true}, {"touching", true}, {"touched", true},
       {"traded", true}, {"trading", true}, {"bitcoin", true}, {"stock", true}, {"rate", true}, {"rates", true},
       {"yield", true}, {"yields", true}, {"age", true}, {"ages", true}, {"median", true}, {"oldest", true},
       {"youngest", true}, {"ranked", true}, {"ranking", true}, {"rank", true}, {"seeded", true}, {"seed", true},
       {"toll", true}, {"number", true}, {"level", true}, {"list", true}, {"degrees", true}, {"score", true},
       {"handicap", true}, {"sailed", true}},
      /*lower=*/true);
  return kWords->Find(w) != nullptr;
}

// A bare whole number whose noun the sentence leaves out, set beside a count before it, counts
// that count's noun: "Health care added 55,000 positions, construction 25,000 and leisure 23,000,
// while information lost 20,000"; "won 43 seats, down from 99 in 2021, and the BND 4"; "lost
// 71,000 subscribers, while its rivals added a combined 1.1 million"; "delivered 412,600 vehicles,
// beating the 398,000 analysts had projected". The count before within twenty words, past no
// semicolon, of a size with it (within thirty times; "supported 61,400 people through 212
// services, up from 57,900": the people's), and no unit of time ("after 12 months, against two of
// 13"). The bare figure ends its phrase: the clause's end, a preposition, a conjunction, a verb or
// a time after it, or the forecasters of an expected figure; no age set off after a name
// ("Smith, 31,").
void ParallelCounts(std::string_view s, std::vector<Quantity>* qs) {
  // A vote's tally, "The council voted seven to two", "by a vote of 52 to 48": votes.
  for (size_t k = 0; k + 1 < qs->size(); ++k) {
    Quantity& q = (*qs)[k];
    Quantity& n = (*qs)[k + 1];
    if (!q.unit.empty() || !q.noun.empty() || !n.unit.empty() || !n.noun.empty() || q.hi.has_value() ||
        n.hi.has_value() || n.begin < q.end || s.substr(q.end, n.begin - q.end) != " to ")
      continue;
    const auto [wb, we] = WordBefore(s, q.begin);
    const std::string_view w = s.substr(wb, we - wb);
    if (w == "voted" || (w == "of" && (s.substr(0, wb).ends_with(" vote ") || s.substr(0, wb).ends_with(" votes ")))) {
      q.unit = n.unit = "count";
      q.noun = n.noun = "votes";
    }
  }
  for (size_t k = 0; k < qs->size(); ++k) {
    Quantity& q = (*qs)[k];
    if (!q.unit.empty() || !q.noun.empty() || q.hi.has_value() || q.value < 1 || q.end <= q.begin) continue;
    const std::string_view surface = s.substr(q.begin, q.end - q.begin);
    if ((surface.find('.') != std::string_view::npos && !ascii::IsAlpha(surface.back())) ||
        (surface.size() == 4 && q.value >= 1900 && q.value <= 2100 && ascii::IsDigit(surface.front())))
      continue;
    // The most of a plural, set off after it: "Gauteng recorded the most murders, 1,702", "the
    // number of severe cases, nine in total".
    if (q.begin >= 3 && s.substr(q.begin - 2, 2) == ", ") {
      const auto [nb, ne] = WordBefore(s, q.begin - 2);
      const std::string_view n = s.substr(nb, ne - nb);
      const std::string_view lead = s.substr(nb >= 16 ? nb - 16 : 0, nb >= 16 ? 16 : nb);
      if (n.size() > 3 && n[0] >= 'a' && n[0] <= 'z' && chunk::PluralShape(n) && chunk::Classify(n) == chunk::WordClass::kContent &&
          (lead.ends_with("most ") || lead.ends_with("fewest ") || lead.find("number of ") != std::string_view::npos)) {
        q.unit = "count";
        q.noun = std::string(n);
        continue;
      }
    }
    // (No age set off after a name or a person, "Smith, 31, added", "the defending champion, 51.";
    // but "the most murders, 1,702.")
    if (q.begin >= 3 && s.substr(q.begin - 2, 2) == ", " &&
        (q.end >= s.size() || s[q.end] == ',' || s[q.end] == '.')) {
      const auto [nb, ne] = WordBefore(s, q.begin - 2);
      const std::string_view n = Bare(s.substr(nb, ne - nb));
      if (ne > nb && ((s[nb] >= 'A' && s[nb] <= 'Z' && q.end < s.size() && s[q.end] == ',') || !chunk::PluralShape(n)))
        continue;
    }
    if (chunk::ForecastersExpected(s, q.begin, q.end) == 0 && q.end < s.size()) {
      const char c = s[q.end];
      if (c != ' ' && c != ',' && c != '.' && c != ';' && c != ')') continue;
      if (c == ' ') {
        const auto [nb, ne] = WordAfter(s, q.end);
        const std::string_view n = Bare(s.substr(nb, ne - nb));
        const chunk::WordClass wc = chunk::Classify(n);
        const bool time_after = (n == "the" || n == "a" || n == "this" || n == "last") && [&] {
          const auto [tb, te] = WordAfter(s, ne);
          return te > tb && TimeWord(Bare(s.substr(tb, te - tb)));
        }();
        if (n == "of" || !(n.empty() || time_after || n == "that" || n == "which" || n == "who" ||
                           wc == chunk::WordClass::kPreposition || wc == chunk::WordClass::kConjunction ||
                           wc == chunk::WordClass::kSubordinator || wc == chunk::WordClass::kTime ||
                           chunk::IsAuxiliary(n) || (n[0] >= 'a' && n[0] <= 'z' && FollowingVerb(n))))
          continue;
      }
    }
    // (Past words of approximation: "at about 5,000".)
    auto governing = [&](size_t at) {
      std::string_view w;
      for (int n = 0; n < 4; ++n) {
        const auto [wb, we] = WordBefore(s, at);
        if (we <= wb) return std::string_view();
        w = s.substr(wb, we - wb);
        at = wb;
        static const auto* kPassed = new ascii::WordMap<bool>(
            {{"just", true}, {"about", true}, {"around", true}, {"nearly", true}, {"almost", true}, {"some", true},
             {"roughly", true}, {"approximately", true}, {"more", true}, {"less", true}, {"fewer", true},
             {"than", true}, {"least", true}, {"most", true}, {"only", true}, {"an", true}, {"a", true},
             {"the", true}, {"estimated", true}, {"record", true}, {"barely", true}, {"slightly", true},
             {"well", true}, {"another", true}, {"combined", true}, {"remaining", true}, {"further", true}},
            /*lower=*/true);
        if (kPassed->Find(w) == nullptr) break;
      }
      return w;
    };
    // (Nor an age, "at the age of 84", "died on Tuesday at 103", "under 25", nor a signed or set-off
    // score, "plus 39", "(70)", nor a golfer's "13 under", nor a score "for" or "out" of another,
    // "7 wickets for 58", "went 2 for 4", "struck out 10", "drove in 6".)
    const std::string_view wq = governing(q.begin);
    const auto [ab, ae] = WordAfter(s, q.end);
    const std::string_view after = s.substr(ab, ae - ab);
    const auto [w2b, w2e] = WordBefore(s, WordBefore(s, q.begin).first);
    const std::string_view w2 = s.substr(w2b, w2e - w2b);
    const auto [rb, re] = WordBefore(s, q.begin);
    const std::string_view raw_before = s.substr(rb, re - rb);
    // (After "under" or "over" only a noun: "another 160 under investigation", not "at 14 under.")
    const bool par = (after == "under" || after == "over") && [&] {
      const auto [nb, ne] = WordAfter(s, ae);
      const std::string_view n = Bare(s.substr(nb, ne - nb));
      return n.empty() || n == "par" || chunk::Classify(n) == chunk::WordClass::kPreposition;
    }();
    // (Nor a figure of another noun after it, "a gain of 300 in revenue"; nor one named as a thing,
    // "shot a 74"; nor ages in a list, "aged 30 and 45".)
    const bool of_other = (after == "in" || after == "of") && [&] {
      const auto [nb, ne] = WordAfter(s, ae);
      const std::string_view n = Bare(s.substr(nb, ne - nb));
      return !n.empty() && n[0] >= 'a' && n[0] <= 'z' && chunk::Classify(n) == chunk::WordClass::kContent && !TimeWord(n);
    }();
    const std::string_view near = s.substr(q.begin >= 24 ? q.begin - 24 : 0, q.begin >= 24 ? 24 : q.begin);
    const bool aged = near.find("aged ") != std::string_view::npos || near.find("ages ") != std::string_view::npos ||
                      near.find(" age ") != std::string_view::npos;
    // (Nor a score a determiner or a possessive names, "in a bogey-free 64", "in his 82", past a
    // word of size, "a combined 1.1 million", "a further 10".)
    const auto [r2b, r2e] = WordBefore(s, rb);
    const std::string_view r2 = s.substr(r2b, r2e - r2b);
    auto det = [](std::string_view w) {
      return w == "a" || w == "an" || w == "his" || w == "her" || w == "their" || w == "its" || w == "my" || w == "our";
    };
    const bool named_score = det(raw_before) || (det(r2) && !raw_before.ends_with("'s") && !(raw_before == "combined" || raw_before == "further" ||
                                                                 raw_before == "record" || raw_before == "total" ||
                                                                 raw_before == "additional" || raw_before == "estimated" ||
                                                                 raw_before == "remaining" || raw_before == "another"));
    // (Nor a level a copula or a standing gives, "the ringleader is 45", "sit 17", "are on 38", nor a
    // time, "ended at 6", nor one after a singular noun's "of", "a boy of 9", "a lead of 122", "a
    // waiting list of 12,000" (but "an average of 17.1 billion", "a peak of 48,000").)
    const std::string_view wqb = Bare(wq);
    const bool copula = wqb == "is" || wqb == "was" || wqb == "are" || wqb == "were" || wqb == "be" || wqb == "been" ||
                        wqb == "sit" || wqb == "sits" || wqb == "lie" || wqb == "lies" || wqb == "ranked" || wqb == "ranks" ||
                        wqb == "seeded";
    const bool of_singular = wq == "of" && [&] {
      const std::string_view n = Bare(w2);
      static const auto* kSizes = new ascii::WordMap<bool>(
          {{"total", true}, {"tally", true}, {"figure", true}, {"number", true}, {"average", true}, {"peak", true},
           {"count", true}, {"high", true}, {"low", true}, {"record", true}, {"maximum", true}, {"minimum", true},
           {"crowd", true}, {"attendance", true}, {"most", true}, {"all", true}, {"majority", true}, {"margin", true},
           {"target", true}, {"goal", true}, {"forecast", true}, {"estimate", true}, {"projection", true}},
          /*lower=*/true);
      // (Not a figure's "of": "two of 13".)
      if (k > 0 && (*qs)[k - 1].end == w2e) return false;
      return n.size() > 2 && n[0] >= 'a' && n[0] <= 'z' && !chunk::PluralShape(n) && kSizes->Find(n) == nullptr &&
             chunk::Classify(n) == chunk::WordClass::kContent;
    }();
    const bool clock = wq == "at" && q.value <= 12 && surface.find_first_not_of("0123456789") == std::string_view::npos;
    // (Nor the next of a run of bare figures the rule left alone, "arrested 4 men, 19, 22, 25 and 31".)
    const bool run = k > 0 && (*qs)[k - 1].unit.empty() && (*qs)[k - 1].noun.empty() && (*qs)[k - 1].end <= q.begin &&
                     [&] {
                       const std::string_view gap = s.substr((*qs)[k - 1].end, q.begin - (*qs)[k - 1].end);
                       return gap == ", " || gap == " and " || gap == ", and " || gap == " or ";
                     }();
    // (Nor a measure's clause: "temperatures hit 45", "gusts reaching 110", "the Nikkei closed at
    // 40,100", "the number killed has risen to 140".)
    const bool measure_clause = [&] {
      size_t from = q.begin;
      for (int n = 0; n < 10; ++n) {
        const auto [wb, we] = WordBefore(s, from);
        if (we <= wb) break;
        const std::string_view w = s.substr(wb, we - wb);
        if (w.ends_with(",") || w.ends_with(";") || w == "and" || w == "while" || w == "but" || w == "whereas") break;
        if (MeasureClauseWord(Bare(w))) return true;
        from = wb;
      }
      return false;
    }();
    if (of_other || aged || named_score || copula || of_singular || clock || run || measure_clause || wq == "aged" || wq == "plus" || wq == "minus" ||
        wq == "out" || wq == "in" || wq == "under" || wq == "off" ||
        wq == "over" || raw_before == "under" || raw_before == "over" || raw_before == "aged" || par || (q.begin > 0 && s[q.begin - 1] == '(') || surface.find(" to ") != std::string_view::npos ||
        surface.ends_with(" under") || surface.ends_with(" over") || after == "par" ||
        (wq == "of" && ascii::EqualsLower(w2, "age")) ||
        (wq == "at" && s.substr(0, q.begin).find(" died ") != std::string_view::npos))
      continue;
    // ("threw 104 pitches, 72 for strikes": the plural after "for" is what it counts; "posted 378 for
    // six" is a score.)
    if (after == "for") {
      const auto [nb, ne] = WordAfter(s, ae);
      const std::string_view n = Bare(s.substr(nb, ne - nb));
      if (n.size() > 3 && n[0] >= 'a' && n[0] <= 'z' && chunk::PluralShape(n) && chunk::Classify(n) == chunk::WordClass::kContent &&
          (nb + n.size() >= s.size() || s[nb + n.size()] == ',' || s[nb + n.size()] == '.' || s[nb + n.size()] == ';')) {
        q.unit = "count";
        q.noun = std::string(n);
      }
      continue;
    }
    // (A move of no object measures its subject: "government payrolls rose 43,000".)
    // (But "41,300 students this fall, down 1,900": the count's own change.)
    if (bool up = false; MoveWord(wq, &up) && !(wq == "up" || wq == "down" || wq == "cut" || wq == "cuts" || wq == "shed" || wq == "sheds" ||
                                                 wq == "added" || wq == "adds" || wq == "lost" || wq == "slashed" ||
                                                 wq == "trimmed" || wq == "gained" || wq == "add" || wq == "lose"))
      continue;
    // (A base after a change in percent is the rules' above: "up 40% from 120".)
    if (k == 0 || ((*qs)[k - 1].unit == "percent" && wq == "from")) continue;
    // (A level a named measure reaches is the measure's: "bringing the death toll this year to 140",
    // "taking its fleet to 320"; a clause of its own subject too: "while insolvencies stood at 2,000".)
    std::string_view subject_head;
    bool own_measure = false;  // (only a count of the same governing word then: "is seen at 44 million
                               // bags, and robusta at 18.5 million")
    // ("put the figure at 12,700", "lifting its total to 301.6 million": the count's own measure.)
    const std::string_view w2b_ = Bare(w2);
    // ("are on 38", "finished on 14", "finished unbeaten on 53", "moved up to 5": a standing.)
    if ((wq == "on" && (w2b_ == "are" || w2b_ == "is" || w2b_ == "was" || w2b_ == "were" || w2b_ == "sit" ||
                        w2b_ == "sits" || w2b_ == "stand" || w2b_ == "stands" || w2b_ == "finished" || w2b_ == "finish" ||
                        w2b_ == "unbeaten" || w2b_ == "remain" || w2b_ == "remained" || w2b_ == "stayed" ||
                        w2b_ == "first" || w2b_ == "second" || w2b_ == "third" || w2b_ == "fourth" || w2b_ == "fifth" ||
                        w2b_ == "sixth" || w2b_ == "seventh" || w2b_ == "eighth" || w2b_ == "ninth" || w2b_ == "tenth" ||
                        w2b_ == "bottom" || w2b_ == "top" || w2b_ == "level")) ||
        (wq == "to" && (w2b_ == "up" || w2b_ == "down")))
      own_measure = true;
    if ((wq == "to" || wq == "at") && !ascii::EqualsLower(w2b_, "total") && !ascii::EqualsLower(w2b_, "tally") &&
        !ascii::EqualsLower(w2b_, "figure") && !ascii::EqualsLower(w2b_, "number")) {
      if (!FollowingVerb(Bare(w2))) own_measure = true;
      const auto [sb, se] = WordBefore(s, w2b);
      subject_head = Bare(s.substr(sb, se - sb));
    }
    const std::string_view before_q = s.substr(0, q.begin);
    const bool base = before_q.ends_with(" from ") || before_q.ends_with(" compared with ") || before_q.ends_with(" than ") ||
                      before_q.ends_with(" against ") || before_q.ends_with(" versus ") || before_q.ends_with(" compared to ");
    // (A verb of the same subject: right after a conjunction or a comma, "damaged 300 and left 5,000";
    // not "while Labour held five and the Greens won three".)
    const bool verb_q = wq.size() > 2 && wq[0] >= 'a' && wq[0] <= 'z' && FollowingVerb(wq) && !chunk::IsAuxiliary(wq) &&
                        wq != "had" && wq != "has" && wq != "have" && [&] {
                          const size_t at = static_cast<size_t>(wq.data() - s.data());
                          const auto [cb, ce] = WordBefore(s, at);
                          const std::string_view c = s.substr(cb, ce - cb);
                          return c == "and" || c == "but" || c == "or" || (at >= 2 && s[at - 2] == ',');
                        }();
    const bool percents = std::any_of(qs->begin(), qs->end(), [](const Quantity& x) { return x.unit == "percent"; });
    const Quantity* pick = nullptr;
    for (size_t j = k; j-- > 0;) {
      const Quantity& p = (*qs)[j];
      if (p.end > q.begin) break;
      const std::string_view between = s.substr(p.end, q.begin - p.end);
      if (between.find(';') != std::string_view::npos || WordsOf(between).size() > 20) break;
      // (Not past a measure paired with it: "642 metres to Ireland's 511"; nor past a count of times,
      // "captained Wales 18 times, winning 13".)
      if (j + 1 == k && !p.unit.empty() && p.unit != "count" && p.unit != "percent" &&
          (between.starts_with(" to ") || between.starts_with(" against ")))
        break;
      if ((p.unit == "count" && p.noun == "times") || between.find(" times") != std::string_view::npos) break;
      if (p.unit != "count" || p.noun.empty() || p.hi.has_value() || TimeNoun(LastWord(p.noun))) continue;
      // (Nor a word the noun reader took for one, "310 opposed it", "150 new U.S. stores", "two
      // behind"; nor a golfer's margin, "won by four shots ... a closing 68".)
      {
        const std::string_view last =
            LastWord(std::string_view(p.noun).substr(0, p.noun.find(" per ") == std::string::npos ? p.noun.size() : p.noun.find(" per ")));
        if (!(chunk::PluralShape(last) || last == "people" || last == "children" || last == "men" || last == "women" ||
              last == "crew" || last == "staff" || last == "police" || last == "aircraft" || last == "cattle") ||
            (p.noun.find(' ') == std::string::npos && p.noun.size() > 3 && p.noun.ends_with("ed")) ||
            ((last == "shots" || last == "strokes") && s.substr(0, p.begin).ends_with(" by ")))
          continue;
      }
      // (Not a part named in passing, "40 passengers, 12 of them children"; nor a count inside an
      // aside the main clause closed, "Joe Root, who has played 153 Tests, finished on 53"; nor a
      // market's or a poll's points, "lost 190 points, or 0.6%, ..., at 5,100".)
      const std::string_view after_p = s.substr(p.end);
      // (Nor a part after a whole that opens the sentence, whose subject it is: "Of the 400 flights
      // scheduled, 120, or 30%, were cancelled".)
      if (s.starts_with("Of ") && s.find(',') == p.end + s.substr(p.end).find(',') && s.find(", ") + 2 == q.begin) break;
      if (after_p.starts_with(" of them") || after_p.starts_with(" of those") || after_p.starts_with(" of which")) continue;
      if (const size_t rel = s.rfind(", wh", p.begin); rel != std::string_view::npos && rel > 0 &&
          s.find(',', p.end) < q.begin && s.substr(rel, p.begin - rel).find(',', 1) == std::string_view::npos &&
          (s.substr(rel).starts_with(", who ") || s.substr(rel).starts_with(", which ")))
        continue;
      if (percents && (p.noun == "points" || p.noun == "point")) continue;
      if (!subject_head.empty() && subject_head[0] >= 'a' && subject_head[0] <= 'z' && chunk::PluralShape(subject_head) &&
          chunk::Classify(subject_head) == chunk::WordClass::kContent && !ascii::EqualsLower(subject_head, LastWord(p.noun)))
        break;
      // (Of a size with it, the nearest count only, but past it to a base's count: "supported
      // 61,400 people through 212 services, up from 57,900".)
      // (Past a few counted in passing, "its two bigger rivals added a combined 1.1 million".)
      if (q.value * 25 < p.value || q.value > p.value * 25) {
        if (wq == "from" || wq == "than" || p.value <= 12) continue;
        break;
      }
      // The count its governing word sets it beside ("left him on 142 points after six races, with
      // Marchetti on 119"; "for about 355 of the animals and Norway for about 60"), a part's whole
      // ("scored 27 goals in 44 appearances, including 19 in the Bundesliga"), or the nearest; after
      // "for" only the one beside ("took 7 wickets for 58").
      const std::string_view wp = governing(p.begin);
      if ((wq == "for" || own_measure) && !ascii::EqualsLower(wp, wq)) continue;
      if (!wq.empty() && ascii::EqualsLower(wp, wq) && wq != "and") {
        pick = &p;
        break;
      }
      // (A base's count is the clause's first, "scored 20 goals over 10 games, compared with 12";
      // another verb's count is another thing's, "destroyed 120 homes, damaged 300 and left 5,000
      // without power", unless both move a count, "added 55,000 positions, while information lost
      // 20,000".)
      if (base) {
        pick = &p;
        continue;
      }
      if (verb_q && !ascii::EqualsLower(wp.substr(0, 4), wq.substr(0, 4)) && FollowingVerb(wp) && !chunk::IsAuxiliary(wp)) {
        bool up = false;
        if (!(MoveWord(wq, &up) && MoveWord(wp, &up))) break;
      }
      if (wq == "including" && p.value > q.value) {
        pick = &p;
      } else if (pick == nullptr) {
        // (The first of a list of counts of several nouns: "31 points and 14 rebounds, while Murray
        // added 21" is points.)
        size_t first = j;
        while (first > 0) {
          const Quantity& o = (*qs)[first - 1];
          const Quantity& f = (*qs)[first];
          std::string_view gap = o.end <= f.begin ? s.substr(o.end, f.begin - o.end) : std::string_view();
          if (gap.size() > o.noun.size() + 1 && gap[0] == ' ' && ascii::EqualsLower(gap.substr(1, o.noun.size()), o.noun))
            gap.remove_prefix(o.noun.size() + 1);
          if (o.unit != "count" || o.noun.empty() || o.noun == f.noun || o.hi.has_value() ||
              !(gap == " and " || gap == ", " || gap == ", and " || gap == " with " || gap == " and a " || gap == ", with ")) break;
          --first;
        }
        pick = &(*qs)[first];
      }
    }
    if (pick != nullptr) {
      q.unit = "count";
      q.noun = pick->noun;
    }
  }
}

// A bare whole number that a verb of its own takes after a count, its noun left out, counts the
// noun the count before gave: "killed at least 2,400 people and injured more than 9,000", "hired
// 300 workers and fired 40." Only before the clause's end, a preposition, a conjunction or a time.
void ElidedNouns(std::string_view s, std::vector<Quantity>* qs) {
  CricketScores(s, qs);
  size_t given = std::string::npos;  // the last figure given a noun here: none passes it on
  for (size_t k = 1; k < qs->size(); ++k) {
    Quantity& q = (*qs)[k];
    const Quantity& p = (*qs)[k - 1];
    if (given == k - 1 || !q.unit.empty() || !q.noun.empty() || p.unit != "count" || p.noun.empty() || q.hi.has_value() ||
        q.value < 1 || q.value != std::floor(q.value) || q.end <= q.begin || p.end > q.begin)
      continue;
    const std::string_view surface = s.substr(q.begin, q.end - q.begin);
    const bool scaled = std::any_of(surface.begin(), surface.end(), [](char c) { return ascii::IsAlpha(c); });
    if ((surface.find('.') != std::string_view::npos && !scaled) || (q.value >= 1900 && q.value <= 2100 && surface.size() == 4))
      continue;
    // After it: the clause's end or a word that opens no noun.
    if (q.end < s.size() && s[q.end] != ' ' && s[q.end] != ',' && s[q.end] != '.' && s[q.end] != ';') continue;
    if (q.end < s.size() && s[q.end] == ' ') {
      const auto [nb, ne] = WordAfter(s, q.end);
      const std::string_view n = Bare(s.substr(nb, ne - nb));
      const chunk::WordClass c = chunk::Classify(n);
      if (ne > nb && (n == "of" || !(c == chunk::WordClass::kPreposition || c == chunk::WordClass::kConjunction ||
                                       c == chunk::WordClass::kSubordinator || c == chunk::WordClass::kTime)))
        continue;  // (nor "won 14 of the 15 contests")
    }
    // Before it: a verb of its own after "and", "but" or a comma, past words of approximation.
    size_t at = q.begin;
    std::string_view w;
    for (int n = 0; n < 4; ++n) {
      const auto [wb, we] = WordBefore(s, at);
      if (we <= wb) break;
      w = s.substr(wb, we - wb);
      at = wb;
      if (chunk::Classify(w) == chunk::WordClass::kDeterminer) break;  // ("shot a 74": a score)
      if (!(IsApproxWord(w) || w == "more" || w == "than" || w == "least" || w == "another" || w == "fewer")) break;
    }
    // (A verb that moves its subject takes no object: "payrolls rose 43,000"; but "cut 111,000".)
    // (Nor a market's close, "and the Nikkei closed at 40,100".)
    if (MeasureClauseWord(w)) continue;
    bool up = false;
    if (MoveWord(w, &up) && !(w == "cut" || w == "cuts" || w == "shed" || w == "sheds" || w == "added" ||
                              w == "adds" || w == "lost" || w == "slashed" || w == "trimmed" || w == "gained"))
      continue;
    // (A participle after one before the count: "killing at least 23 people and injuring more than 300".)
    const bool participles = w.size() > 5 && w.ends_with("ing") && [&] {
      size_t pat = p.begin;
      std::string_view pw;
      for (int n = 0; n < 4; ++n) {
        const auto [wb, we] = WordBefore(s, pat);
        if (we <= wb) return false;
        pw = s.substr(wb, we - wb);
        pat = wb;
        if (!(IsApproxWord(pw) || pw == "more" || pw == "than" || pw == "least")) break;
      }
      return pw.size() > 5 && pw.ends_with("ing") && pw != "including" && pw != "excluding" && pw != "according";
    }();
    if (w.empty() || !ascii::IsWordByte(w.back()) || w[0] < 'a' || w[0] > 'z' || IsReportingVerb(w) ||
        !(UnlistedPast(w) || chunk::Classify(w) == chunk::WordClass::kVerb || participles) || chunk::IsAuxiliary(w))
      continue;
    const std::string_view between = s.substr(p.end, at - p.end);
    if (between.find(" and ") == std::string_view::npos && between.find(" but ") == std::string_view::npos &&
        between.find(", ") == std::string_view::npos)
      continue;
    q.unit = "count";
    q.noun = p.noun;
    given = k;
  }
  // A bare count compared with a count before it, or counted out of one after it, counts its noun:
  // "fell to 13 seats from 24", "48 seats, up from 16", "85,000 jobs in November, after a gain of
  // 119,000"; "won 27 of the council's 48 seats", "made 13 of 22 shots".
  auto bare = [&](const Quantity& q) {
    if (!q.unit.empty() || !q.noun.empty() || q.hi.has_value() || q.value < 1 || q.end <= q.begin) return false;
    const std::string_view surface = s.substr(q.begin, q.end - q.begin);
    if (!ascii::IsDigit(surface.front()) || (q.value >= 1900 && q.value <= 2100 && surface.size() == 4)) return false;
    if (q.end < s.size() && s[q.end] != ' ' && s[q.end] != ',' && s[q.end] != '.' && s[q.end] != ';') return false;
    if (q.end < s.size() && s[q.end] == ' ') {
      const auto [nb, ne] = WordAfter(s, q.end);
      const std::string_view n = Bare(s.substr(nb, ne - nb));
      const chunk::WordClass c = chunk::Classify(n);
      // (Or a time after an article: "from 519 the week before", "a year earlier".)
      const bool time_after = (n == "the" || n == "a") && [&] {
        const auto [tb, te] = WordAfter(s, ne);
        return te > tb && TimeWord(Bare(s.substr(tb, te - tb)));
      }();
      if (ne > nb && !time_after && !(c == chunk::WordClass::kPreposition || c == chunk::WordClass::kConjunction ||
                                      c == chunk::WordClass::kSubordinator || c == chunk::WordClass::kTime))
        return false;
    }
    return true;
  };
  auto counted = [](const Quantity& q) { return q.unit == "count" && !q.noun.empty() && !q.hi.has_value(); };
  for (size_t k = 0; k < qs->size(); ++k) {
    Quantity& q = (*qs)[k];
    if (!bare(q)) continue;
    // (Past a change in percent between, to the count it moved, of the change's size: "612 dengue
    // cases ..., up 18 per cent from 519"; not "150 flights were cancelled at 12 airports, up 40%
    // from 120", whose 120 are flights.)
    // (Past a share between, to the count before it: "248,000 ballots with 97% of precincts
    // reporting, up from 210,000".)
    size_t pk = k;
    if (k > 0 && (*qs)[k - 1].unit == "percent") {
      const Quantity& pc = (*qs)[k - 1];
      const std::string_view gap = pc.end <= q.begin ? s.substr(pc.end, q.begin - pc.end) : std::string_view();
      pk = k - 1;
      if (gap == " from " && pc.value > 0) {
        pk = 0;
        for (size_t j = k - 1; j-- > 0 && j + 4 >= k;) {
          const double moved = std::abs((*qs)[j].value / q.value - 1) * 100;
          if (counted((*qs)[j]) && moved >= pc.value / 1.5 && moved <= pc.value * 1.5) {
            pk = j + 1;
            break;
          }
        }
      }
    }
    if (pk > 0 && counted((*qs)[pk - 1])) {
      const Quantity& p = (*qs)[pk - 1];
      const std::string_view between = p.end <= q.begin ? s.substr(p.end, q.begin - p.end) : std::string_view();
      bool base = false;
      for (std::string_view c : {" from ", " compared with ", " versus ", " against ", " a gain of ", " a loss of ",
                                 " a rise of ", " a drop of ", " a fall of ", " a decline of ", " an increase of "})
        base = base || between.ends_with(c);
      // (Not a count of another noun after it: "cut 1,200 jobs, after a gain of 300 in revenue".)
      const auto [ab, ae] = WordAfter(s, q.end);
      const std::string_view after = ae > ab ? Bare(s.substr(ab, ae - ab)) : std::string_view();
      if ((after == "in" || after == "of") && [&] {
            const auto [nb, ne] = WordAfter(s, ae);
            const std::string_view n = Bare(s.substr(nb, ne - nb));
            return !n.empty() && n[0] >= 'a' && n[0] <= 'z' && chunk::Classify(n) == chunk::WordClass::kContent && !TimeWord(n);
          }())
        base = false;
      // (Of one size with it: "2 million users, up from 15 a year ago" is no count of users.)
      if (base && between.find(';') == std::string_view::npos && WordsOf(between).size() <= (pk < k ? 14u : 8u) &&
          q.value * 20 >= p.value && q.value <= p.value * 20) {
        q.unit = "count";
        q.noun = p.noun;
        continue;
      }
    }
    if (k + 1 < qs->size() && counted((*qs)[k + 1])) {
      const Quantity& n = (*qs)[k + 1];
      const std::string_view between = q.end <= n.begin ? s.substr(q.end, n.begin - q.end) : std::string_view();
      if (between == " of " || between == " of the " || between == " of its " || between == " of their " ||
          between == " of his " || between == " of her " ||
          (between.starts_with(" of the ") && between.ends_with("'s ") && WordsOf(between).size() == 3)) {
        q.unit = "count";
        q.noun = n.noun;
      }
    }
  }
  // A bare count the words around it tie to a count before it in the sentence counts its noun:
  //   "scored 38 points, 14 of them in the fourth quarter", "accepted 694 of them";
  //   "carried 28.4 million passengers, 1.9 million more than a year earlier", "destroyed 1,184
  //   structures ... and damaged 214 more";
  //   "passed by seven votes to four", "scoring five tries to three";
  //   "added 2,870 employees in the quarter, taking its headcount to 3,21,450";
  //   "South Korea was the top source with 918,400 visitors, followed by the United States with 612,700".
  // Not past a semicolon, nor more than fourteen words away.
  auto plain = [&](const Quantity& q) {
    if (!q.unit.empty() || !q.noun.empty() || q.hi.has_value() || q.value < 1 || q.end <= q.begin) return false;
    const std::string_view surface = s.substr(q.begin, q.end - q.begin);
    return !(surface.size() == 4 && q.value >= 1900 && q.value <= 2100 && ascii::IsDigit(surface.front())) &&
           (surface.find('.') == std::string_view::npos || ascii::IsAlpha(surface.back()));
  };
  auto word_before = [&](size_t at) {  // (past words of approximation)
    std::string_view w;
    for (int n = 0; n < 4; ++n) {
      const auto [wb, we] = WordBefore(s, at);
      if (we <= wb) return std::string_view();
      w = s.substr(wb, we - wb);
      at = wb;
      if (!(IsApproxWord(w) || w == "than" || w == "least" || w == "record")) break;
    }
    return w;
  };
  for (size_t k = 1; k < qs->size(); ++k) {
    Quantity& q = (*qs)[k];
    if (!plain(q)) continue;
    const std::string_view rest = s.substr(q.end);
    const bool of_them = rest.starts_with(" of them") || rest.starts_with(" of those");
    const bool more = [&] {
      for (std::string_view m : {" more", " fewer", " less"})
        if (rest.starts_with(m)) {
          const std::string_view after = rest.substr(m.size());
          return after.empty() || after.starts_with(" than ") || after.starts_with(",") || after.starts_with(".") ||
                 after.starts_with(" since ") || after.starts_with(" in ") || after.starts_with(" on ") ||
                 after.starts_with(" last ") || after.starts_with(" this ");
        }
      return false;
    }();
    const std::string_view before = word_before(q.begin);
    for (size_t j = k; j-- > 0;) {
      const Quantity& p = (*qs)[j];
      if (p.end > q.begin) break;
      const std::string_view between = s.substr(p.end, q.begin - p.end);
      if (between.find(';') != std::string_view::npos || WordsOf(between).size() > 14) break;
      // ("more" and a parallel "with" only after the figure right before: not "damaged crops on 4.2
      // lakh acres, 1.1 lakh more", nor "with 12,450 votes, or 52 percent, followed by Jones with 41".)
      if (more && !of_them && j + 1 != k && !(j + 2 == k && word_before((*qs)[k - 1].begin) == "including")) break;
      // (Past a part named in passing: "destroyed 1,184 structures, including 860 homes, and damaged
      // 214 more".)
      const std::string_view p_before = word_before(p.begin);
      if (!counted(p) || p_before == "including") continue;
      // ("of them": the count the sentence is about, at least as large, not a difference of counts nor
      // one in a phrase of place or time: "took 5 wickets for 42 runs, 3 of them in one over", "played
      // 30 shows in 20 cities, 12 of them sold out", "1,204 road deaths, 96 fewer than in 2024, 300 of them".)
      if (of_them) {
        const std::string_view after_p = s.substr(p.end);
        const bool difference = after_p.starts_with(" more") || after_p.starts_with(" fewer") || after_p.starts_with(" less");
        const chunk::WordClass pc = chunk::Classify(p_before);
        if (p.value < q.value || difference || pc == chunk::WordClass::kPreposition) continue;
      }
      bool tie = of_them || more;
      // ("seven votes to four": the noun's count right before; not a move's, "climbed 4 spots to
      // 10", "fell 3 points to 41", "added 9 million subscribers to 260".)
      tie = tie || (j + 1 == k && (between == " to " || between == " " + p.noun + " to ") && [&] {
              size_t at = p.begin;
              for (int n = 0; n < 2; ++n) {
                const auto [wb, we] = WordBefore(s, at);
                if (we <= wb) break;
                bool up = false;
                if (MoveWord(s.substr(wb, we - wb), &up)) return false;
                at = wb;
              }
              return true;
            }());
      // ("taking its headcount to", "bringing the total for the year to": a running total.)
      if (!tie && (before == "to" || before == "at"))
        for (std::string_view w : WordsOf(between))
          tie = tie || ascii::EqualsLower(Bare(w), "total") || ascii::EqualsLower(Bare(w), "tally") ||
                ascii::EqualsLower(Bare(w), "headcount");
      // ("with 918,400 visitors ..., and Japan with 327,900": the same preposition again, a count of
      // a size with it: not "with 230 million phones, followed by Samsung with 20".)
      if (!tie && before == "with" && p_before == "with" &&
          (between.find(", ") != std::string_view::npos || between.find(" and ") != std::string_view::npos) &&
          q.value * 20 >= p.value && q.value <= p.value * 20)
        tie = true;
      if (tie) {
        q.unit = "count";
        q.noun = p.noun;
      }
      break;
    }
  }
  ParallelCounts(s, qs);
}

// The phrase a share set against another is of: after "against", "versus", "vs." or "compared
// with" and before its own "for" ("52.3% of the vote against 46.1% for his challenger": his
// challenger), or the second of a pair "A% to B%" after a verb of leading and its object ("Labour
// leads the Conservatives 44% to 24%": the Conservatives). `w` is the word after the figure,
// ending at `oe`. Empty when neither.
std::string_view RivalShare(std::string_view s, size_t begin, size_t oe, std::string_view w, size_t window_end,
                            bool moved_before) {
  const auto [pb, pe] = WordBefore(s, begin);
  const std::string_view p = s.substr(pb, pe - pb);
  // (Not a change compared, "grew 7%, against 4% for the same period", "fell 8% versus 2% for the
  // broader market": the first figure's subject's, as before.)
  if (w == "for" && oe < window_end && !moved_before &&
      (p == "against" || p == "versus" || p == "vs." || p == "vs" || p == "with")) {
    if (p == "with") {  // (only "compared with")
      const auto [cb, ce] = WordBefore(s, pb);
      if (s.substr(cb, ce - cb) != "compared") return {};
    }
    const std::string_view np = chunk::NounPhraseAfter(s, oe, window_end);
    if (np.empty() || HoldsFigure(np)) return {};
    // (Nor a time or an occasion: "58% for the previous election", "for all of 2022".)
    const std::string_view head = np.substr(np.rfind(' ') == std::string_view::npos ? 0 : np.rfind(' ') + 1);
    static const auto* times = new ascii::WordMap<bool>(
        {{"period", true}, {"election", true}, {"elections", true}, {"season", true}, {"race", true},
         {"time", true}, {"vote", true}, {"poll", true}, {"survey", true}, {"market", true}, {"index", true},
         {"sector", true}, {"industry", true}, {"average", true}},
        /*lower=*/true);
    const std::string_view first = np.substr(0, np.find(' '));
    if (times->Find(head) != nullptr || chunk::Classify(head) == chunk::WordClass::kTime || first == "all") return {};
    // (Nor a period or an occasion of its own: "for the whole of 2023", "for last year's show", "for
    // fiscal 2024", "for the previous parliament".)
    static const auto* occasion = new ascii::WordMap<bool>(
        {{"last", true}, {"previous", true}, {"prior", true}, {"fiscal", true}, {"whole", true}, {"same", true},
         {"next", true}, {"this", true}, {"parliament", true}, {"show", true}, {"term", true}, {"session", true},
         {"event", true}, {"tournament", true}, {"year", true}, {"year's", true}, {"month", true}, {"quarter", true}},
        /*lower=*/true);
    bool other = np.find_first_of("0123456789") != std::string_view::npos;
    for (std::string_view x : WordsOf(np)) other = other || occasion->Find(x) != nullptr;
    if (other) return {};
    return np;
  }
  // A poll's standing: the phrase right before "on", the figure closing its clause ("put the
  // conservative bloc on 30% and the AfD on 15.9%", "has Labour on 44%, the Conservatives on 24%").
  if (p == "on" && pe + 1 == begin) {
    const std::string_view rest = s.substr(begin);
    const size_t fe = std::min(rest.find(' '), rest.size());
    std::string_view figure = rest.substr(0, fe);
    const std::string_view after = rest.substr(fe);
    const bool closes = figure.ends_with(',') || figure.ends_with(';') || figure.ends_with('.') || after.empty() ||
                        after.starts_with(" and ") || after.starts_with(" while ") || after.starts_with(" in ") ||
                        after.starts_with(" among ") || after.starts_with(" with ");
    while (!figure.empty() && (figure.back() == ',' || figure.back() == ';' || figure.back() == '.')) figure.remove_suffix(1);
    if (!closes || !figure.ends_with('%')) return {};
    std::string_view np = chunk::NounPhraseBefore(s, pb, 0);
    // (Past the poll's verb the lists lack: "Polls put the conservative bloc on 30%".)
    static const auto* placing = new ascii::WordMap<bool>(
        {{"put", true}, {"puts", true}, {"putting", true}, {"placed", true}, {"places", true}, {"placing", true},
         {"has", true}, {"had", true}, {"have", true}, {"having", true}, {"show", true}, {"shows", true},
         {"showed", true}, {"showing", true}, {"see", true}, {"sees", true}, {"saw", true}, {"gave", true},
         {"gives", true}, {"give", true}},
        /*lower=*/false);
    for (size_t sp = np.find(' '); sp != std::string_view::npos; sp = np.find(' ', sp + 1)) {
      const std::string_view rest_np = np.substr(sp + 1);
      const size_t ws = rest_np.find(' ');
      if (ws != std::string_view::npos && placing->Find(rest_np.substr(0, ws)) != nullptr) {
        np = rest_np.substr(ws + 1);
        break;
      }
    }
    // (Not a preposition's phrase's own word, "behind the CDU/CSU on 30%": the CDU/CSU; nor a move's
    // particle, "the index down on 2%".)
    if (const size_t sp = np.find(' ');
        sp != std::string_view::npos && (chunk::Classify(np.substr(0, sp)) == chunk::WordClass::kPreposition ||
                                        np.substr(0, sp) == "behind" || np.substr(0, sp) == "beside"))
      np.remove_prefix(sp + 1);
    if (np.ends_with(" down") || np.ends_with(" up") || np.ends_with(" off")) return {};
    // (Nor a lone word in small letters, "held steady on 4.1%", "remained stuck on 3.2%", nor a
    // phrase with a verb, "Traders piled into bets on 25%".)
    if (np.find(' ') == std::string_view::npos && !np.empty() && np[0] >= 'a' && np[0] <= 'z') return {};
    for (std::string_view w : WordsOf(np))
      if (chunk::Classify(w) == chunk::WordClass::kVerb ||
          (w[0] >= 'a' && w[0] <= 'z' && (UnlistedPast(w) || chunk::IrregularPast(w))))
        return {};
    if (np.empty() || HoldsFigure(np) || IsPronounPhrase(np) || np.find_first_of(",;()\"") != std::string_view::npos)
      return {};
    const std::string_view head = np.substr(np.rfind(' ') == std::string_view::npos ? 0 : np.rfind(' ') + 1);
    if (chunk::Classify(head) == chunk::WordClass::kTime) return {};
    return np;
  }
  // The pair's first: its verb of leading's subject ("Labour" of "Labour leads the Conservatives
  // 44% to 24%"); its second: the verb's object.
  const bool first_of_pair = w == "to" && [&] {
    const auto [nb, ne] = WordAfter(s, oe);
    std::string_view f = s.substr(nb, ne - nb);
    while (!f.empty() && (f.back() == ',' || f.back() == '.' || f.back() == ';')) f.remove_suffix(1);
    return ne > nb && ascii::IsDigit(s[nb]) && !f.empty() && f.back() == '%';
  }();
  if (p != "to" && !first_of_pair) return {};
  const size_t object_end = first_of_pair ? begin : WordBefore(s, pb).first;
  if (!first_of_pair) {
    const auto [fb, fe] = WordBefore(s, pb);
    if (fe <= fb || s.substr(fb, fe - fb).back() != '%') return {};
  }
  // The verb of leading within six words before, its object between.
  size_t vb = 0, ve = 0, at = object_end;
  static const auto* leading = new ascii::WordMap<bool>(
      {{"leads", true}, {"led", true}, {"lead", true}, {"leading", true}, {"trails", true}, {"trailed", true},
       {"beat", true}, {"beats", true}, {"tops", true}, {"topped", true}, {"outpolled", true}, {"edged", true},
       {"edges", true}, {"defeated", true}},
      /*lower=*/true);
  for (int n = 0; n < 6 && vb == ve; ++n) {
    const auto [wb, we] = WordBefore(s, at);
    if (we <= wb || !ascii::IsWordByte(s[we - 1])) return {};
    if (leading->Find(s.substr(wb, we - wb)) != nullptr) std::tie(vb, ve) = std::pair<size_t, size_t>{wb, we};
    at = wb;
  }
  if (ve <= vb) return {};
  size_t ob = ve;
  while (ob < object_end && s[ob] == ' ') ++ob;
  size_t obj_end = object_end;
  while (obj_end > ob && s[obj_end - 1] == ' ') --obj_end;
  const std::string_view object = s.substr(ob, obj_end - ob);
  // (Not a passive's agent: "was defeated by 61% to 39%".)
  if (object.empty() || HoldsFigure(object) ||
      chunk::Classify(object.substr(0, object.find(' '))) == chunk::WordClass::kPreposition)
    return {};
  if (!first_of_pair) return object;
  const std::string_view leader = chunk::NounPhraseBefore(s, vb, 0);
  return leader.empty() || HoldsFigure(leader) ? std::string_view() : leader;
}

// Whether a subject's head names a rate, whose percentage is its level: "rate", "yield",
// "inflation", "unemployment" ("Bank Rate", "the 10-year yield", "Inflation in the euro zone").
bool RateNoun(std::string_view subject) {
  // (Past a holder's possessive: "The Bank of England's rate" is a rate.)
  if (const size_t ap = subject.rfind("'s "); ap != std::string_view::npos) subject.remove_prefix(ap + 3);
  else if (const size_t pl = subject.rfind("s' "); pl != std::string_view::npos) subject.remove_prefix(pl + 3);
  // (The head: the last word before the first of those prepositions, found in one pass.)
  size_t cut = subject.size(), last = 0;
  for (size_t sp = subject.find(' '); sp != std::string_view::npos && sp < cut; sp = subject.find(' ', sp + 1)) {
    const std::string_view rest = subject.substr(sp + 1);
    const size_t n = rest.find(' ');
    const std::string_view p = rest.substr(0, n);
    if (n != std::string_view::npos && (p == "of" || p == "in" || p == "on" || p == "for" || p == "at")) {
      cut = sp;
      break;
    }
    last = sp + 1;
  }
  const std::string_view head = subject.substr(last, cut - last);
  static const auto* rates = new ascii::WordMap<bool>(
      {{"rate", true}, {"rates", true}, {"yield", true}, {"yields", true}, {"inflation", true},
       {"unemployment", true}, {"interest", true}, {"coupon", true}, {"growth", true}, {"return", true},
       {"returns", true}, {"margin", true}, {"margins", true}, {"tariff", true}, {"tariffs", true}, {"tax", true},
       {"taxes", true}, {"levy", true}, {"cpi", true}, {"gdp", true}, {"apr", true}, {"mortgage", true},
       {"mortgages", true}, {"discount", true}, {"fee", true}, {"fees", true}, {"commission", true}},
      /*lower=*/true);
  return !head.empty() && rates->Find(head) != nullptr;
}

// Whether w is a verb of amounting a share is taken by: "represents", "equals", "constitutes",
// "comprises" (any of their forms).
bool AmountingVerb(std::string_view w) {
  return w.starts_with("represent") || w.starts_with("constitut") || w.starts_with("compris") ||
         w.starts_with("equal");
}

// Whether a percentage at [begin, end) whose subject names a rate is that rate's level, no share
// of a whole: "keeping Bank Rate at 5.25%", "Inflation was 3.2%", "a 15 percent tariff". Not one
// with "of" after it, nor one a verb of amounting takes or one said again after "or": "40% of the
// tax", "Mortgages account for 60% of loans", "Tariffs make up 12%", "represents 5%". A percentage a
// verb of yielding takes is a level whatever its subject ("the 10-year note yielding 4.62%").
bool RateLevel(std::string_view s, size_t begin, size_t end, std::string_view unit, std::string_view subject) {
  if (unit != "percent" || s.substr(end).starts_with(" of ")) return false;
  const auto [wb, we] =
      WordBeforePast(s, begin, 0, [](std::string_view w) { return IsApproxWord(w) && w != "a" && w != "an"; });
  const std::string_view w = s.substr(wb, we - wb);
  // (A bond's yield said by its verb: "the 10-year note yielding 4.62%".)
  // (Not a crop's: "yields 15% more rice".)
  if (w == "yielding" || w == "yielded" || w == "yields" || w == "yield") {
    const auto [nb, ne] = WordAfter(s, end);
    const std::string_view n = s.substr(nb, ne - nb);
    return ne <= nb || !(n == "more" || n == "less" || n == "higher" || n == "lower" || n == "fewer");
  }
  if (!RateNoun(subject)) return false;
  return !(w == "for" || w == "up" || w == "or" || AmountingVerb(w));
}

// The verb of taking right before the figure at `begin`, past words of approximation ("shave",
// "knocked", "took", "wiped", "trimmed"), or empty.
std::string_view TakerBefore(std::string_view s, size_t begin) {
  static const auto* taking = new ascii::WordMap<bool>(
      {{"shave", true}, {"shaved", true}, {"shaves", true}, {"shaving", true}, {"knock", true}, {"knocked", true},
       {"knocks", true}, {"knocking", true}, {"take", true}, {"took", true}, {"takes", true}, {"taking", true},
       {"wipe", true}, {"wiped", true}, {"wipes", true}, {"wiping", true}, {"trim", true}, {"trimmed", true},
       {"trims", true}, {"trimming", true}, {"lop", true}, {"lopped", true}, {"slice", true}, {"sliced", true},
       {"chop", true}, {"chopped", true}},
      /*lower=*/true);
  const auto [wb, we] = WordBeforePast(s, begin, 0, [](std::string_view w) {
    return IsApproxWord(w) || w == "a" || w == "an" || w == "another" || w == "more" || w == "than";
  });
  const std::string_view w = s.substr(wb, we - wb);
  return we > wb && taking->Find(w) != nullptr ? w : std::string_view();
}

// Whether a movement word at [b, e) sits in a relative clause set off by commas that closes before
// the figure at `figure`: "The team, which lost 14 of its first 20 games, now sits 9 games behind"
// (the 9 is no loss).
bool InClosedRelative(std::string_view s, size_t b, size_t e, size_t figure) {
  const size_t open = s.rfind(", ", b);
  if (open == std::string_view::npos) return false;
  const std::string_view after = s.substr(open + 2, b - open - 2);
  if (!(after.starts_with("which ") || after.starts_with("who ") || after.starts_with("whose ")) ||
      after.find_first_of(",;") != std::string_view::npos)
    return false;
  // (The clause closes at the first comma not followed by a figure: "which dropped 2% on Monday,
  // 1.5% on Tuesday and 3% on Wednesday," is one list.)
  for (size_t close = s.find(',', e); close != std::string_view::npos && close < figure; close = s.find(',', close + 1)) {
    size_t n = close + 1;
    while (n < s.size() && s[n] == ' ') ++n;
    if (n < s.size() && (ascii::IsDigit(s[n]) || s[n] == '$')) continue;
    return true;
  }
  return false;
}

// Whether the word after `i` (then one after it) is a percent, points or money: "off 1.2%",
// "off 150 points", "off nearly $2", "off more than 3 percent".
bool PriceFigureAfter(std::string_view s, size_t i) {
  for (int skipped = 0; skipped <= 2; ++skipped) {
    const auto [nb, ne] = WordAfter(s, i);
    if (ne <= nb) return false;
    const std::string_view n = s.substr(nb, ne - nb);
    if (n[0] == '$' || n.starts_with("\xE2\x82\xAC") || n.starts_with("\xC2\xA3")) return true;  // $, euro, pound
    if (ascii::IsDigit(n[0])) {
      if (n.find('%') != std::string_view::npos) return true;
      const auto [ub, ue] = WordAfter(s, ne);
      const std::string_view u = Bare(s.substr(ub, ue - ub));
      return u == "percent" || u == "per" || u == "points" || u == "point" || u == "cents" || u == "pence" ||
             u == "basis" || u == "percentage";
    }
    if (!IsApproxWord(n) && n != "more" && n != "less" && n != "than") return false;
    i = ne;
  }
  return false;
}

// Whether "off" at [b, e) is a particle of falling, as "down" is: said of a price or an index
// after a copula, an adverb of degree, a name or a market's noun, before a percent, points or
// money ("Shares were off 3%", "with Germany's DAX off 1.2%"; not "laid off 300 workers", "paid off
// $2 million").
bool OffParticle(std::string_view s, size_t b, size_t e) {
  if (s.substr(b, e - b) != "off" || !PriceFigureAfter(s, e)) return false;
  const auto [pb, pe] = WordBefore(s, b);
  if (pe <= pb || pe != b - 1) return false;
  std::string_view p = s.substr(pb, pe - pb);
  // (After a figure and its comma, as ", down 14%": "Profit was £1.1 billion, off 14%".)
  if (p.size() > 1 && p.back() == ',') {
    const std::string_view f = p.substr(0, p.size() - 1);
    return ascii::IsDigit(f.back()) || f.back() == '%' || f == "million" || f == "billion" || f == "trillion" ||
           f == "percent" || f == "points";
  }
  if (!ascii::IsWordByte(p.back())) return false;
  static const auto* before = new ascii::WordMap<bool>(
      {{"is", true}, {"was", true}, {"were", true}, {"are", true}, {"be", true}, {"been", true},
       {"being", true}, {"also", true}, {"still", true}, {"now", true}, {"sharply", true}, {"slightly", true},
       {"modestly", true}, {"marginally", true}, {"already", true}, {"shares", true}, {"stocks", true},
       {"futures", true}, {"prices", true}, {"yields", true}, {"oil", true}, {"gold", true}, {"crude", true},
       {"index", true}, {"sales", true}, {"bonds", true}, {"copper", true}, {"silver", true}, {"stock", true}},
      /*lower=*/true);
  // (A number only as an index's name, "the S&P 500 off 0.6%"; not a coupon's "$10 off $50".)
  if (std::all_of(p.begin(), p.end(), [](char c) { return ascii::IsDigit(c); })) {
    const auto [nb2, ne2] = WordBefore(s, pb);
    return ne2 > nb2 && s[nb2] >= 'A' && s[nb2] <= 'Z';
  }
  if (p[0] >= 'A' && p[0] <= 'Z' && p != "I") return true;
  if (before->Find(p) == nullptr) return false;
  if (!(p == "is" || p == "was" || p == "were" || p == "are" || p == "be" || p == "been" || p == "being"))
    return true;
  // (After a copula, not an estimate's error: "The polls were off 4 points", "The forecast was off
  // 2 points"; "Ridership is off 30%", "The stock, which was off 3%," fell.)
  static const auto* estimates = new ascii::WordMap<bool>(
      {{"poll", true}, {"polls", true}, {"forecast", true}, {"forecasts", true}, {"estimate", true},
       {"estimates", true}, {"projection", true}, {"projections", true}, {"prediction", true},
       {"predictions", true}, {"model", true}, {"models", true}, {"survey", true}, {"surveys", true},
       {"guess", true}, {"calculation", true}, {"calculations", true}, {"count", true}, {"tally", true},
       {"aim", true}, {"clock", true}, {"scale", true}, {"reading", true}, {"readings", true}},
      /*lower=*/true);
  size_t at = pb;
  for (int n = 0; n < 6; ++n) {
    const auto [wb, we] = WordBefore(s, at);
    if (we <= wb) break;
    if (estimates->Find(Bare(s.substr(wb, we - wb))) != nullptr) return false;
    at = wb;
  }
  return true;
}

// Whether a word at [b, e) the movement lists lack (a verb said as often of other things) moves a
// figure here; *increase says which way. Only right before a percent, points or money, or before
// "to" or "by" and a figure ("revenue collapsed 70% to $1.2 billion", "sales cratered 40%", "the
// wait lengthened to 67 days", "passenger numbers recovered to 79 million"; not "the roof
// collapsed on Monday", "police recovered 30 guns"); a base form after a modal or "to" ("growth
// will slow to 2.9%", "inflation could ease to 2.5%", "is likely to moderate to 3%"); "wiped out"
// before money ("wiping out $180 billion in market value").
bool ContextualMove(std::string_view s, size_t b, size_t e, bool* increase) {
  static const auto* m = new ascii::WordMap<int>(
      {{"collapsed", -5}, {"collapses", -5}, {"collapsing", -5}, {"cratered", -5}, {"craters", -5},
       {"recovered", 1}, {"recovers", 1}, {"lengthened", 1}, {"shortened", -1}, {"moderated", -1},
       {"moderates", -1}, {"dived", -5}, {"dove", -5}, {"slows", -2}, {"slow", -3}, {"ease", -3}, {"moderate", -3},
       {"narrows", -2}, {"narrow", -3}, {"widens", 2}, {"widen", 3}, {"out", -4}},
      /*lower=*/false);
  // (The sign says which way; the size which test: 1 any, 2 "to" and a figure, 3 a base form after
  // a modal, 4 "wiped out", 5 a price only.)
  const int* found = m->Find(s.substr(b, e - b));
  if (found == nullptr) return false;
  *increase = *found > 0;
  const int* way = found;
  const int kind = *found < 0 ? -*found : *found;
  auto figure_at = [&](size_t at) {
    const auto [fb, fe] = WordAfter(s, at);
    if (fe <= fb) return false;
    const std::string_view f = s.substr(fb, fe - fb);
    return ascii::IsDigit(f[0]) || f[0] == '$' || f.starts_with("\xE2\x82\xAC") || f.starts_with("\xC2\xA3") ||
           IsApproxWord(f);
  };
  auto [nb, ne] = WordAfter(s, e);
  if (ne > nb && s.substr(nb, ne - nb).ends_with("ly") && kind >= 2) std::tie(nb, ne) = WordAfter(s, ne);
  const std::string_view next = ne > nb ? s.substr(nb, ne - nb) : std::string_view();
  const bool to_figure = (next == "to" || next == "by") && figure_at(ne);
  if (kind == 4) {  // "out" of "wiped out", "wiping out"
    const auto [pb, pe] = WordBefore(s, b);
    const std::string_view p = s.substr(pb, pe - pb);
    return pe + 1 == b && (p == "wiped" || p == "wiping" || p == "wipes" || p == "wipe") && PriceFigureAfter(s, e);
  }
  // (A fall said as often of a building, a diver or a coalition only to a price: "collapsed to $1.2
  // billion"; not "dived to 40 meters", "collapsed by 3 votes".)
  if (kind == 5) return (to_figure && PriceFigureAfter(s, ne)) || PriceFigureAfter(s, e);
  if (kind == 2) return to_figure && next == "to";
  if (kind == 3) {
    if (!to_figure || next != "to") return false;
    const auto [pb, pe] = WordBefore(s, b);
    static const auto* modal = new ascii::WordMap<bool>(
        {{"will", true}, {"would", true}, {"could", true}, {"may", true}, {"might", true}, {"should", true},
         {"to", true}, {"can", true}, {"must", true}, {"likely", true}},
        /*lower=*/true);
    return pe > pb && modal->Find(s.substr(pb, pe - pb)) != nullptr;
  }
  if (to_figure) return true;
  if (!PriceFigureAfter(s, e)) return false;
  // (Not an object retrieved: "Police recovered $2.3 million in cash", "recovered 90% of the
  // ransom": a share of something, or money after "recovered".)
  const auto [fb, fe] = WordAfter(s, e);
  const std::string_view f = s.substr(fb, fe - fb);
  if (*way == 1 && (f[0] == '$' || !ascii::IsDigit(f[0]))) return false;
  size_t after = fe;
  if (const auto [ub, ue] = WordAfter(s, fe); ue > ub && (s.substr(ub, ue - ub) == "percent" || s.substr(ub, ue - ub) == "points"))
    after = ue;
  const auto [ob, oe] = WordAfter(s, after);
  return !(oe > ob && s.substr(ob, oe - ob) == "of");
}

// One pass over the sentence's words: the movement words ("more than doubled" as one) and the
// level words, each as [begin, end) in text order.
bool SpelledNumber(std::string_view w);

void ScanWords(std::string_view s, std::vector<Move>* moves,
               std::vector<std::pair<uint32_t, uint32_t>>* levels) {
  std::string_view skip_tail;  // the second word of a two-word level phrase just taken
  ascii::ForEachWord(s, [&](size_t b, size_t i) {
    const std::string_view w = s.substr(b, i - b);
    ascii::PackedWord packed;
    if (!ascii::Pack(w, /*lower=*/false, &packed)) return true;  // no listed word is that long
    bool increase = false;
    // Not in a compound ("start-up", "up-to-date") nor the bound "up to".
    const bool compound = (b > 0 && s[b - 1] == '-') || (i < s.size() && s[i] == '-');
    // ("ramped up to 500 units": a verb's particle before "to" is no bound "up to".)
    // ("inched up to 4.5%": nor after a verb of degree in a past.)
    const bool up_to = ascii::EqualsLower(w, "up") && s.substr(i).starts_with(" to ") && [&] {
      const auto [pb, pe] = WordBefore(s, b);
      return !(pe + 1 == b && chunk::ParticleVerbPast(s.substr(pb, pe - pb)));
    }();
    const bool forecast_of = !moves->empty() && GrowthForecastMoved(s, moves->back().begin, moves->back().end, b, i);
    // ("The garden shed cost $2,000": "shed" moves only before its figure, a word of approximation
    // or a determiner: "shed 400 points", "shed nearly 2%", "shed a third of its value".)
    // (Not a possessive's object, "shed its skin", nor "shed one of its 12 divisions": "a" only
    // before a fraction or a word of degree, "shed a third", "shed an extra 2,000 jobs".)
    const bool shed_noun = (ascii::EqualsLower(w, "shed") || ascii::EqualsLower(w, "sheds")) && [&] {
      const auto [nb, ne] = WordAfter(s, i);
      if (ne <= nb) return true;
      const std::string_view n = s.substr(nb, ne - nb);
      static const auto* approx = new ascii::WordMap<bool>(
          {{"about", true}, {"nearly", true}, {"almost", true}, {"some", true}, {"roughly", true}, {"around", true},
           {"over", true}, {"more", true}, {"another", true}, {"half", true}, {"just", true}, {"up", true}},
          /*lower=*/true);
      if (n == "a" || n == "an") {
        const auto [fb, fe] = WordAfter(s, ne);
        const std::string_view f = s.substr(fb, fe - fb);
        return !(f == "third" || f == "quarter" || f == "fifth" || f == "tenth" || f == "half" || f == "further" ||
                 f == "net" || f == "record" || f == "extra" || f == "additional" || f == "estimated");
      }
      return !(ascii::IsDigit(n[0]) || n[0] == '$' || static_cast<unsigned char>(n[0]) >= 0x80 || approx->Find(n) != nullptr ||
               (SpelledNumber(n) && n != "one"));
    }();
    // ("make up 20% of voters", "takes up a third": a phrasal verb's particle, no move.)
    const bool phrasal_up = ascii::EqualsLower(w, "up") && [&] {
      static const auto* verbs = new ascii::WordMap<bool>(
          {{"make", true}, {"makes", true}, {"made", true}, {"making", true}, {"take", true}, {"takes", true},
           {"took", true}, {"taking", true}, {"taken", true}},
          /*lower=*/true);
      const auto [pb, pe] = WordBefore(s, b);
      return pe + 1 == b && verbs->Find(s.substr(pb, pe - pb)) != nullptr;
    }();
    // ("12 upgrades", "the downgrades", "in 4 trims": nouns.)
    static const auto* counts = new ascii::WordMap<bool>(
        {{"two", true}, {"three", true}, {"four", true}, {"five", true}, {"six", true}, {"seven", true},
         {"eight", true}, {"nine", true}, {"ten", true}, {"several", true}, {"many", true}, {"multiple", true},
         {"more", true}, {"further", true}, {"rate", true}, {"tax", true}, {"job", true}, {"spending", true},
         {"budget", true}, {"price", true}, {"deep", true}, {"big", true}},
        /*lower=*/true);
    const bool plural_noun = PluralMoveNoun(w) && [&] {
      const auto [pb, pe] = WordBefore(s, b);
      if (pe <= pb) return false;
      const std::string_view before = s.substr(pb, pe - pb);
      const chunk::WordClass c = chunk::Classify(before);
      return ascii::IsDigit(before.back()) || c == chunk::WordClass::kDeterminer ||
             c == chunk::WordClass::kPreposition || counts->Find(before) != nullptr;
    }();
    // ("declined to comment", "declined to hear the case": a refusal, no move; "declined to $2
    // billion" is one.)
    const bool refusal = (ascii::EqualsLower(w, "declined") || ascii::EqualsLower(w, "declines") ||
                          ascii::EqualsLower(w, "decline") || ascii::EqualsLower(w, "declining")) &&
                         s.substr(i).starts_with(" to ") && [&] {
                           const auto [nb, ne] = WordAfter(s, i + 4);
                           if (ne <= nb) return false;
                           const std::string_view n = s.substr(nb, ne - nb);
                           // (Not a level's words: "declined to multi-year lows", "to historic lows".)
                           static const auto* level_words = new ascii::WordMap<bool>(
                               {{"historic", true}, {"record", true}, {"new", true}, {"fresh", true}, {"all", true},
                                {"near", true}, {"lowest", true}, {"highest", true}, {"levels", true}, {"lows", true},
                                {"highs", true}, {"below", true}, {"zero", true}, {"nearly", true}, {"its", true},
                                {"their", true}, {"the", true}, {"a", true}, {"an", true}, {"just", true}},
                               /*lower=*/true);
                           return n[0] >= 'a' && n[0] <= 'z' && !IsApproxWord(n) && !SpelledNumber(n) &&
                                  n.find('-') == std::string_view::npos && !(n.size() > 3 && n.ends_with("s")) &&
                                  level_words->Find(n) == nullptr;
                         }();
    if (!compound && !up_to && !phrasal_up && !shed_noun && !forecast_of && !plural_noun && !refusal &&
        MoveWord(packed, &increase)) {
      size_t begin = b;
      if (b >= 10 && (b == 10 || !IsWordByte(s[b - 11]))) {
        if (ascii::EqualsLower(w, "doubled") && ascii::EqualsLower(s.substr(b - 10, 10), "more than "))
          begin = b - 10;
      }
      // "revised down", "marked up": a verb of revising and its particle, one move.
      if (ascii::EqualsLower(w, "down") || ascii::EqualsLower(w, "up"))
        if (const size_t vb = RevisingVerbBefore(s, b); vb != std::string_view::npos) begin = vb;
      moves->push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(i), increase});
    } else if (!compound && OffParticle(s, b, i)) {
      moves->push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(i), false});
    } else if (!compound && ContextualMove(s, b, i, &increase)) {
      // ("wiped out": the verb and its particle, one move.)
      size_t begin = b;
      if (ascii::EqualsLower(w, "out")) begin = WordBefore(s, b).first;
      moves->push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(i), increase});
    } else if (ascii::EqualsLower(w, "back") && b > 0) {
      // "scaled back", "pared back", "dialed back": a cut, the verb and its particle one move.
      static const auto* cutting = new ascii::WordMap<bool>(
          {{"scaled", true}, {"pared", true}, {"dialed", true}, {"dialled", true}, {"ratcheted", true},
           {"rolled", true}, {"cut", true}},
          /*lower=*/true);
      const auto [pb, pe] = WordBefore(s, b);
      if (pe == b - 1 && cutting->Find(s.substr(pb, pe - pb)) != nullptr)
        moves->push_back({static_cast<uint32_t>(pb), static_cast<uint32_t>(i), false});
    }
    if (!skip_tail.empty()) {  // "at" of "stood at" belongs to the phrase
      skip_tail = {};
      return true;
    }
    if (std::string_view tail = i < s.size() && s[i] == ' ' ? LevelTail(w, s.substr(i + 1)) : std::string_view();
        !tail.empty()) {
      levels->push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(i + 1 + tail.size())});
      skip_tail = tail;
    } else if (IsLevelWord(packed)) {
      levels->push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(i)});
    }
    return true;
  });
}
}  // namespace

struct ClaimExtractor::Patterns {
  // (Nothing compiled per extractor today; kept for patterns that need it.)
};

ClaimExtractor::ClaimExtractor(const ClaimOptions& o, std::unique_ptr<QuantityExtractor> q,
                               std::unique_ptr<Patterns> p)
    : options_(o), quantities_(std::move(q)), p_(std::move(p)) {}
ClaimExtractor::~ClaimExtractor() = default;

Result<std::unique_ptr<ClaimExtractor>> ClaimExtractor::Create(const ClaimOptions& options) {
  auto q = QuantityExtractor::Create();
  if (!q.ok()) return q.status();
  auto p = std::make_unique<Patterns>();
  return std::unique_ptr<ClaimExtractor>(new ClaimExtractor(options, std::move(q).value(), std::move(p)));
}

namespace {

// Whether a sentence reports a move that happened: a movement verb in the past ("rose",
// "increased", "was up"), not a passive's or a future's participle ("is expected", "will have
// risen"), nor a noun ("growth", "a raise"); or results posted ("posted", "reported", "booked").
bool ReportsMove(std::string_view s) {
  static const auto* irregular = new ascii::WordMap<bool>(
      {{"rose", true}, {"fell", true}, {"grew", true}, {"sank", true}, {"slid", true}, {"shrank", true},
       {"lost", true}, {"swung", true}, {"risen", true}, {"fallen", true}, {"grown", true}},
      /*lower=*/true);
  static const auto* results = new ascii::WordMap<bool>(
      {{"posted", true}, {"reported", true}, {"recorded", true}, {"booked", true}, {"logged", true},
       {"earned", true}, {"generated", true}, {"notched", true}},
      /*lower=*/false);
  bool found = false;
  std::string_view before;
  chunk::ForEachWord(s, [&](std::string_view w) {
    const bool not_finite = ascii::EqualsLower(before, "is") || ascii::EqualsLower(before, "are") ||
                            ascii::EqualsLower(before, "be") || ascii::EqualsLower(before, "been") ||
                            ascii::EqualsLower(before, "being") || ascii::EqualsLower(before, "am") ||
                            ascii::EqualsLower(before, "to") || ascii::EqualsLower(before, "will");
    const bool was = ascii::EqualsLower(before, "was") || ascii::EqualsLower(before, "were");
    const bool move = chunk::MoveWords().Find(w) != nullptr;
    found = move && ((irregular->Find(w) != nullptr || w.ends_with("ed")) ? !not_finite
                                                                          : was && (w == "up" || w == "down"));
    // (Or results posted: "Westbury Bank posted fourth-quarter profit of $14.7 billion".)
    found = found || (!not_finite && results->Find(w) != nullptr);
    before = w;
    return !found;
  });
  return found;
}

// The last ',', ';' or ':' of s that breaks a clause: not the comma of a figure ("32,000").
size_t LastClauseBreak(std::string_view s) {
  for (size_t at = s.find_last_of(",;:"); at != std::string_view::npos;
       at = at == 0 ? std::string_view::npos : s.find_last_of(",;:", at - 1)) {
    // (Nor a clock's colon: "lifted off at 7:42 a.m. carrying".)
    const bool in_figure = (s[at] == ',' || s[at] == ':') && at > 0 && at + 1 < s.size() &&
                           ascii::IsDigit(s[at - 1]) && ascii::IsDigit(s[at + 1]);
    if (!in_figure) return at;
  }
  return std::string_view::npos;
}

std::string TrimSubject(std::string_view s) {
  static constexpr std::string_view kLead[] = {"while ", "but ", "and ", "as ", "which ", "that ", "however ", "led by ", "although ", "though ", "when ", "where ", "after ", "so ", "then ", "also ", "the figures show ", "data showed ", "with "};
  static constexpr std::string_view kTail[] = {" was", " were", " is", " are", " has", " have", " had", " will", " would",  " has been", " have been", " also", " by", " to", " of", " which", " that", " more than", " less than", " around", " almost", " nearly", " about", " a", " an", " the", " record", " (", " some", " roughly", " at least", " up to", " in", " at", " on", " for", " with", " from", " into"};
  auto trim = [](std::string_view& x) {
    while (!x.empty() && (x.front() == ' ' || x.front() == ',' || x.front() == '"' || x.front() == '(')) x.remove_prefix(1);
    while (!x.empty() && (x.back() == ' ' || x.back() == ',' || x.back() == '"')) x.remove_suffix(1);
    // (And a last word of bare punctuation: "a city of --".)
    if (const size_t sp = x.rfind(' '); sp != std::string_view::npos &&
                                        std::none_of(x.begin() + sp + 1, x.end(), [](char ch) {
                                          return ascii::IsWordByte(ch) || static_cast<unsigned char>(ch) >= 0x80;
                                        }))
      x.remove_suffix(x.size() - sp);
  };
  trim(s);
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view l : kLead) {
      if (s.size() >= l.size() && ascii::EqualsLower(s.substr(0, l.size()), l)) {
        s.remove_prefix(l.size());
        changed = true;
      }
    }
    for (std::string_view t : kTail) {
      if (s.size() >= t.size() && ascii::EqualsLower(s.substr(s.size() - t.size()), t)) {
        s.remove_suffix(t.size());
        changed = true;
      }
    }
    trim(s);
  }
  // Keep the last eight words: the noun phrase closest to the verb.
  size_t words = 0, pos = s.size();
  while (pos > 0) {
    size_t sp = s.rfind(' ', pos - 1);
    ++words;
    if (sp == std::string::npos) break;
    if (words == 8) { s = s.substr(sp + 1); break; }
    pos = sp;
  }
  // What is left of a head that only qualified the figure ("About 300 people", "At least 12")
  // names nothing.
  static constexpr std::string_view kQualifier[] = {
      "about", "around", "almost", "nearly", "some", "roughly", "approximately", "at least", "at most", "more than",
      "less than", "fewer than", "up to", "over", "under", "just", "only", "an estimated", "estimated"};
  for (std::string_view q : kQualifier)
    if (ascii::EqualsLower(s, q)) return std::string();
  // Nor does a lone preposition or adverb ("Between 200 and 300 people", "Up to 300 people").
  if (s.find(' ') == std::string_view::npos && !s.empty()) {
    const chunk::WordClass c = chunk::Classify(s);
    if (c == chunk::WordClass::kPreposition || c == chunk::WordClass::kAdverb || c == chunk::WordClass::kDeterminer ||
        c == chunk::WordClass::kConjunction || c == chunk::WordClass::kSubordinator)
      return std::string();
  }
  return std::string(s);
}

// Whether a period names only its start ("since 2011").
bool IsStartOnly(const Period& p) { return !p.start.empty() && p.end.empty(); }

// A subject that ends in the figure's own period loses it: the period is its field ("Sales in
// the fourth quarter rose 3%": Sales, in the fourth quarter; "Revenue last year"). Not when
// nothing would be left.
void TrimPeriodOff(const std::optional<Period>& p, std::string* subject) {
  if (!p || p->surface.empty() || subject->size() <= p->surface.size() + 1 || !subject->ends_with(p->surface)) return;
  size_t n = subject->size() - p->surface.size();
  if ((*subject)[n - 1] != ' ') return;
  while (n > 0 && ((*subject)[n - 1] == ' ' || (*subject)[n - 1] == ',')) --n;
  // (And the preposition the period's surface left out: "capacity for the first seven months".)
  for (std::string_view w : {" for", " in", " during", " over", " of"}) {
    if (n > w.size() && std::string_view(*subject).substr(0, n).ends_with(w)) {
      n -= w.size();
      break;
    }
  }
  if (n > 0) subject->resize(n);
}
// Whether the words between a figure and a month with no year belong to another clause: a comma,
// or a subordinator before a verb ("fell 2% after data showed inflation picked up in May", "after
// OPEC agreed last month to").
bool OtherClause(std::string_view between) {
  // (A comma of a clause, not of a figure: "(£6,275) per vehicle".)
  for (size_t k = between.find_first_of(",;"); k != std::string_view::npos; k = between.find_first_of(",;", k + 1))
    if (between[k] == ';' || k + 1 == between.size() || !ascii::IsDigit(between[k + 1])) return true;
  if (FindSubordinator(between, 0, /*with_as=*/true) != std::string_view::npos) return true;
  for (std::string_view w : {" that ", " which ", " where "})
    if (between.find(w) != std::string_view::npos) return true;
  for (std::string_view w : {"after ", "as ", "when ", "because ", "while ", "since ", "before ", "that ", "which ",
                             "where ", "until "})
    if (between.starts_with(w)) return true;
  return false;
}

// Whether the period's words at `at` stand in a sentence's opening "After a ..." clause, a base
// the figure at `figure` is compared with after its comma: "After a 0.7% rise in the third
// quarter, Spain grew 0.8%".
bool InOpeningBase(std::string_view s, size_t at, size_t figure) {
  if (!s.starts_with("After a ") && !s.starts_with("After an ")) return false;
  const size_t comma = ClauseComma(s, 0);
  return comma != std::string_view::npos && at < comma && comma < figure;
}

// Whether `rest`, the words from a dated clause's period to a figure, end in a clause joined to it
// that reports the figure's move ("..., and the unemployment rate rose to", ", sending its shares
// up"): a joiner after no subordinate clause, then no comma, figure, modal or telling before the
// figure.
bool JoinedClause(std::string_view s, size_t period_at, std::string_view rest, std::string_view after) {
  // (Only the main clause's time: not a subordinate clause's, "recovered on Thursday after a 10%
  // drop in March, closing up 4.2%", nor a comparison's base, "slipped to £271,304 from £272,390 in
  // August, leaving annual growth at 2.1%".)
  if (period_at > s.size() || FindSubordinator(s.substr(0, period_at), 0, /*with_as=*/true) != std::string_view::npos)
    return false;
  if (const std::string_view period = s.substr(period_at, static_cast<size_t>(rest.data() - s.data()) - period_at);
      !period.empty() && BaseAfter(s, 0, period))
    return false;
  size_t join = std::string_view::npos, join_len = 0;
  if (const size_t k = rest.rfind(", and "); k != std::string_view::npos) {
    join = k;
    join_len = 6;
  }
  // (Or a participle's clause: ", sending its shares up", ", breaking the course record by"; not a
  // telling's, "saying", nor a preposition's, "including", "following".)
  static const auto* kNotJoining = new ascii::WordMap<bool>(
      {{"saying", true}, {"adding", true}, {"noting", true}, {"citing", true}, {"according", true},
       {"including", true}, {"excluding", true}, {"following", true}, {"during", true}, {"regarding", true},
       {"concerning", true}, {"pending", true}, {"morning", true}, {"evening", true}, {"warning", true},
       {"arguing", true}, {"explaining", true}, {"claiming", true}, {"insisting", true}, {"suggesting", true},
       {"meaning", true}, {"being", true}, {"having", true}, {"making", true}, {"expecting", true},
       {"forecasting", true}, {"predicting", true}, {"planning", true}, {"hoping", true}, {"aiming", true},
       {"demanding", true}, {"seeking", true}, {"asking", true}, {"calling", true}, {"urging", true},
       {"requesting", true}, {"proposing", true}, {"threatening", true}, {"promising", true}, {"pledging", true},
       {"vowing", true}, {"offering", true}, {"targeting", true}},
      /*lower=*/false);
  for (size_t k = rest.find(", "); k != std::string_view::npos; k = rest.find(", ", k + 1)) {
    if (join != std::string_view::npos && k <= join) continue;
    const auto [wb, we] = WordAfter(rest, k + 1);
    const std::string_view w = rest.substr(wb, we - wb);
    if (wb == k + 2 && w.size() > 5 && w.ends_with("ing") && w[0] >= 'a' && w[0] <= 'z' && kNotJoining->Find(w) == nullptr) {
      join = k;
      join_len = w.size() + 3;
    }
  }
  if (join == std::string_view::npos) return false;
  const std::string_view before = rest.substr(0, join), clause = rest.substr(join + join_len);
  // (A complement "that" stays in the dated clause: "ruled on Monday that Google is a monopolist".)
  if (FindSubordinator(before, 0, /*with_as=*/false) != std::string_view::npos) return false;
  for (std::string_view w : {" which ", " where ", " if "})
    if (before.find(w) != std::string_view::npos) return false;
  if (clause.find_first_of(",;:()0123456789$") != std::string_view::npos) return false;
  // (Nor one that names its own time: ", bringing its gain this month to 27%".)
  for (std::string_view w : WordsOf(clause))
    if (chunk::Classify(Bare(w)) == chunk::WordClass::kTime && Bare(w) != "annual" && Bare(w) != "annually") return false;
  const std::vector<std::string_view> words = WordsOf(clause);
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string_view b = Bare(words[i]);
    if (b == "will" || b == "would" || b == "could" || b == "may" || b == "might" || b == "said" || b == "says" ||
        b == "is" || b == "are" || b == "has" || b == "have" || b.starts_with("expect") || b.starts_with("forecast") ||
        b.starts_with("predict") || b.starts_with("plan") || b == "see" || b == "sees" ||
        (b == "to" && i + 1 < words.size()))  // (an infinitive: "expect them to gain"; not "rose to")
      return false;
  }
  // (Nor a clause that names its own time after the figure: "revisions cut 258,000 jobs from the May
  // and June tallies", "to gain 10% by year-end".)
  after = after.substr(0, std::min(after.size(), after.find_first_of(",;")));
  for (std::string_view w : WordsOf(after)) {
    const std::string_view b = Bare(w);
    if ((chunk::Classify(b) == chunk::WordClass::kTime && b != "annual" && b != "annually") ||
        (b.size() == 4 && ascii::IsDigit(b[0]) && ascii::IsDigit(b[3])) || ascii::EqualsLower(b, "year-end"))
      return false;
  }
  // (A participle of moving moves its object: ", sending its shares up".)
  bool moves = rest.substr(join, 6) != ", and ";
  for (std::string_view w : WordsOf(clause)) {
    bool up = false;
    moves = moves || (MoveWord(Bare(w), &up) && Bare(w).size() > 2);
  }
  return moves;
}

// Whether `rest`, the words from a period to a figure, open a clause set beside the one before
// (", while", ", and", ", but", "; "), whose figure `prev` had that period and was a move, with
// the figure's own movement verb (`moves`) and nothing subordinate or looking ahead in between.
// Not a clause in a tense of its own ("and it has lost 8% since its July peak", "they are up
// 20%"), told ("the automaker said it lost"), nor one whose figure is followed by a time of its
// own up to the clause's end ("fell 1.1 million barrels the week before", "rose 21% from a year
// earlier", "gained 9% so far this month"). `after` is the sentence after the figure.
bool ParallelClause(std::string_view rest, std::string_view after, const Claim* prev, const Period& p, bool moves) {
  if (prev == nullptr || !prev->period || prev->period->surface != p.surface || prev->direction.empty() || !moves)
    return false;
  if (!(rest.starts_with(", while ") || rest.starts_with(", and ") || rest.starts_with(", but ") ||
        rest.starts_with("; ") || rest.starts_with(", whereas ")))
    return false;
  const std::string body = " " + std::string(rest.substr(rest.find(' ') + 1)) + " ";
  if (body.find_first_of(",;") != std::string::npos || AheadFrom(body) != std::string_view::npos) return false;
  for (std::string_view w : {" after ", " as ", " when ", " because ", " since ", " before ", " that ", " which ",
                             " where ", " until ", " if ", " has ", " have ", " had ", " is ", " are ", " said ",
                             " says ", " say "})
    if (body.find(w) != std::string::npos) return false;
  const std::string tail = " " + std::string(after.substr(0, std::min(after.find_first_of(",;"), after.size()))) + " ";
  for (std::string_view w : {" from ", " since ", " so far ", " for the ", " before ", " ago ", " earlier ", " this ",
                             " last ", " in ", " on ", " during ", " as "})
    if (tail.find(w) != std::string::npos) return false;
  return true;
}

// Whether `rest`, the words from a period to a figure, are an absolute "with" or a participle's
// phrase of the same time ("Stocks fell sharply on Tuesday, with the S&P 500 dropping 1.8%", "An
// earthquake struck on Saturday, killing at least 27 people", "won Thursday's election, taking
// 44.8% of the vote"): ", with" or ", <word in -ing>" (not a telling's, "saying", "adding"), then
// no clause break.
bool WithPhrase(std::string_view rest) {
  // (Past the period's noun: "won Thursday's election, taking 44.8%".)
  if (!rest.starts_with(", ")) {
    const size_t comma = rest.find(", ");
    if (comma == std::string_view::npos || WordsOf(rest.substr(0, comma)).size() > 3 ||
        std::any_of(rest.begin(), rest.begin() + comma, [](char ch) { return ascii::IsDigit(ch); }))
      return false;
    rest.remove_prefix(comma);
  }
  size_t open = 0;
  if (rest.starts_with(", with ")) {
    open = 7;
  } else if (rest.starts_with(", ")) {
    const auto [b, e] = WordAfter(rest, 2);
    const std::string_view w = rest.substr(b, e - b);
    // (Nor a wish's, "demanding a 25% raise", nor a perfect's, "having been closed for three weeks".)
    if (w.size() < 5 || !w.ends_with("ing") || !ascii::IsAlpha(w[0]) || (w[0] >= 'A' && w[0] <= 'Z') || w == "saying" ||
        w == "adding" || w == "noting" || w == "citing" || w == "according" || w == "including" || w == "having" ||
        w == "demanding" || w == "seeking" || w == "asking" || w == "calling" || w == "hoping" || w == "aiming" ||
        w == "targeting" || w == "planning" || w == "expecting" || w == "urging" || w == "proposing")
      return false;
    open = e;
  } else {
    return false;
  }
  const std::string_view body = rest.substr(open);
  if (body.find_first_of(",;") != std::string_view::npos) return false;
  // (Nor a span of its own: "bringing its losses for the year to 25%".)
  for (std::string_view w : {" after ", " as ", " when ", " because ", " since ", " before ", " that ", " which ",
                             " while ", " until ", " if ", " year", " month", " week", " season", " so far"})
    if (body.find(w) != std::string_view::npos) return false;
  return true;
}

// Whether the period at s[at..] stands in a comparison base's clause: "after" or "than", or
// "from" and a figure or a peak, between the clause's start and it ("rose 0.3% after gaining 0.2%
// in February", "rose to 89.4 from 87.9 in March", "have fallen 40% from their peak in
// September"; not "pulled 12 survivors from the rubble on Tuesday").
bool InBaseClause(std::string_view s, size_t at) {
  const size_t comma = s.substr(0, std::min(at, s.size())).rfind(", ");
  const size_t start = comma == std::string_view::npos ? 0 : comma + 2;
  const std::string clause = " " + std::string(s.substr(start, at > start ? at - start : 0));
  if (clause.find(" after ") != std::string::npos || clause.find(" than ") != std::string::npos) return true;
  const size_t from = clause.find(" from ");
  if (from == std::string::npos) return false;
  const std::string_view tail = std::string_view(clause).substr(from);
  return std::any_of(tail.begin(), tail.end(), [](char ch) { return ascii::IsDigit(ch); }) ||
         tail.find(" peak") != std::string_view::npos || tail.find(" high") != std::string_view::npos ||
         tail.find(" low") != std::string_view::npos || tail.find(" record") != std::string_view::npos;
}

// Whether words between a period and a figure after it make the figure the base the one before
// moved from ("rose to 55 in May from 52", "in March, down from 4.2%", "from a downwardly revised
// 103.1"): "from" right after the period, a comma or a particle of movement, three words at most
// before the figure. Not an estimate revised for the same period ("up from an earlier estimate of
// $80", "revised down from 1.6%"), nor "against", "compared with" or "than", which as often set a
// figure of the same period beside it ("14% this year against 6% for silver").
bool Compares(std::string_view between) {
  const std::vector<std::string_view> words = WordsOf(between);
  for (std::string_view x : words)
    if (x.starts_with("estimate") || x.starts_with("forecast") || x.starts_with("projection") || x == "guidance" ||
        x == "outlook" || x.starts_with("target") || x == "revised")
      return false;
  for (size_t k = words.size(); k-- > 0 && words.size() - k <= 4;) {
    if (Bare(words[k]) != "from") continue;
    const std::string_view before = k > 0 ? words[k - 1] : std::string_view();
    return k == 0 || before.ends_with(",") || before == "up" || before == "down" || before == "higher" ||
           before == "lower";
  }
  return false;
}

// Whether `surface`, a quarter written as its noun's word ("fourth-quarter"), stands across a
// subordinator from the figure `q` ("surged 9% after the chipmaker forecast fourth-quarter
// revenue": the clause after "after" is its own).
bool QuarterWordAcross(std::string_view s, const Quantity& q, std::string_view surface) {
  if (surface.size() < 9 || !(ascii::EqualsLower(surface.substr(surface.size() - 8), "-quarter") ||
                               ascii::EqualsLower(surface.substr(surface.size() - 5), "-half")))
    return false;
  const size_t at = s.find(surface);
  if (at == std::string_view::npos) return false;
  const std::string_view between = at >= q.end ? s.substr(q.end, at - q.end) : s.substr(at, q.begin > at ? q.begin - at : 0);
  return FindSubordinator(between, 0, /*with_as=*/true) != std::string_view::npos;
}

// Whether a period is a month with no year written ("in July", "last month"), a day or a week
// ("on Thursday", "on March 15, 2030", "last week"): a period of its clause only. Not a span
// dated to the day that runs longer than a month ("so far this year": its first day up to
// publication).
// Whether the period `surface`, named before byte `at` of `sentence`, is a report's that a later clause
// looking ahead follows before `at`: "grew 0.7% in the fourth quarter, the agency said, and the
// Treasury projected growth of 1.5%" (the 1.5% is no fourth quarter's).
bool ReportBeforeForecast(std::string_view sentence, std::string_view surface, size_t at) {
  const size_t p = surface.empty() ? std::string_view::npos : sentence.find(surface);
  // (Named again after the figure, it is the figure's own: "and the Treasury projected growth of 0.5%
  // in the fourth quarter".)
  if (p == std::string_view::npos || p + surface.size() > at || sentence.find(surface, at) != std::string_view::npos)
    return false;
  for (std::string_view j : {", and ", ", but ", ", while ", ", whereas ", "; "}) {
    const size_t k = sentence.rfind(j, at);
    if (k == std::string_view::npos || k < p + surface.size()) continue;
    // (An estimate of what was is no look ahead: ", while the ministry estimated that visitors spent".)
    thread_local std::string clause;
    clause.assign(sentence.substr(k, at - k));
    for (std::string_view w : {" estimated ", " estimates "})
      for (size_t e = clause.find(w); e != std::string::npos; e = clause.find(w, e + 1)) clause.replace(e + 1, w.size() - 2, w.size() - 2, 'x');
    if (Foresees(clause) && !Foresees(sentence.substr(0, k))) return true;
  }
  return false;
}

bool BareMonth(const Period& p) {
  if (p.start.size() == 10 || p.end.size() == 10) {
    const std::optional<int64_t> first = DayCount(p.start), last = DayCount(p.end);
    return !(first && last && *last - *first > 31);
  }
  // (A day undated, for want of a publication day: "on Thursday", "yesterday".)
  for (std::string_view d : {"day", "yesterday", "tomorrow"})
    if (ascii::ContainsLower(p.surface, d) && std::none_of(p.surface.begin(), p.surface.end(), [](char c) { return ascii::IsDigit(c); }))
      return true;
  return std::none_of(p.surface.begin(), p.surface.end(), [](char c) { return ascii::IsDigit(c); }) &&
         ((!p.start.empty() && p.start == p.end) || p.surface.find("month") != std::string::npos ||
          p.surface.find("week") != std::string::npos);
}

// Whether "N times" counts occasions: written "times" and followed by the clause's end or a word
// of when ("five times last year", "3 times already", "twice a day"), not a multiple ("five times
// more", "20 times earnings", "three times the size").
bool OccasionTimes(std::string_view s, const Quantity& q) {
  if (q.unit != "times" || !q.multiplier_verb.empty() || !(q.surface.ends_with(" times"))) return false;
  // (Not a multiple a move, a level or a sale reaches: "grew five times in three years", "fell to
  // 2.1 times in the quarter", "stood at 3.2 times", "was 9 times", "oversubscribed 40 times".)
  {
    // (Past words of approximation: "downloaded more than 100 million times", "at about 14 times".)
    static const auto* approx = new ascii::WordMap<bool>(
        {{"about", true}, {"around", true}, {"nearly", true}, {"almost", true}, {"roughly", true}, {"some", true},
         {"than", true}, {"more", true}, {"less", true}, {"fewer", true}, {"over", true}, {"under", true},
         {"just", true}, {"only", true}, {"approximately", true}, {"record", true}, {"a", true}},
        /*lower=*/true);
    size_t at = q.begin;
    auto [wb, we] = WordBefore(s, at);
    for (int n = 0; n < 3 && we > wb && approx->Find(s.substr(wb, we - wb)) != nullptr; ++n) {
      at = wb;
      std::tie(wb, we) = WordBefore(s, at);
    }
    const std::string_view w = s.substr(wb, we - wb);
    bool up = false;
    static const auto* level = new ascii::WordMap<bool>(
        {{"at", true}, {"to", true}, {"from", true}, {"was", true}, {"were", true}, {"is", true}, {"are", true},
         {"be", true}, {"been", true}, {"of", true}, {"oversubscribed", true}, {"covered", true}, {"by", true},
         {"valued", true}, {"trades", true}, {"traded", true}, {"trading", true}},
        /*lower=*/true);
    if (we <= wb || level->Find(w) != nullptr || MoveWord(w, &up)) return false;
  }
  const std::string_view rest = s.substr(q.end);
  if (rest.empty() || rest[0] == '.' || rest[0] == ',' || rest[0] == ';' || rest[0] == ')') return true;
  const auto [wb, we] = WordAfter(rest, 0);
  const std::string_view w = Bare(rest.substr(wb, we - wb));
  static const auto* when = new ascii::WordMap<bool>(
      {{"in", true}, {"since", true}, {"this", true}, {"last", true}, {"during", true}, {"so", true}, {"before", true},
       {"after", true}, {"on", true}, {"a", true}, {"per", true}, {"every", true}, {"each", true}, {"already", true},
       {"now", true}, {"while", true}, {"when", true}, {"and", true}, {"but", true}, {"or", true}, {"between", true},
       {"until", true}, {"through", true}, {"throughout", true}, {"today", true}, {"yesterday", true},
       {"within", true}, {"against", true}, {"for", true}},
      /*lower=*/false);
  return when->Find(w) != nullptr;
}

// Whether the movement's particle stands right before the figure, past words of approximation:
// "settled down $1.37", "was up about 12 cents" (the figure is the move's size).
bool ParticleBefore(std::string_view s, size_t figure, std::string_view verb) {
  if (verb != "up" && verb != "down") return false;
  size_t at = figure;
  for (int n = 0; n < 4; ++n) {
    const auto [wb, we] = WordBefore(s, at);
    if (we <= wb) return false;
    const std::string_view w = s.substr(wb, we - wb);
    if (w == verb) {
      // (After a verb of the day's close or of being only: not a phrasal verb's particle,
      // "snapped up 2.3 million tonnes", "racked up $40 million", "turned down a $10 billion offer".)
      static const auto* closing = new ascii::WordMap<bool>(
          {{"settled", true}, {"closed", true}, {"ended", true}, {"finished", true}, {"opened", true},
           {"traded", true}, {"was", true}, {"were", true}, {"is", true}, {"are", true}, {"settling", true},
           {"closing", true}, {"ending", true}, {"finishing", true}, {"trading", true}, {"stood", true}},
          /*lower=*/true);
      const auto [vb, ve] = WordBefore(s, wb);
      return ve > vb && closing->Find(s.substr(vb, ve - vb)) != nullptr;
    }
    if (!IsApproxWord(w) || w == "at" || w == "up" || w == "a" || w == "an") return false;
    at = wb;
  }
  return false;
}

// The sentence's opening phrase before a past the lists lack, before `figure`: "U.S. consumers
// owed", "The storm dumped" (six words at most, no figure, no clause mark); else empty.
std::string_view LeadBeforePast(std::string_view s, size_t figure) {
  size_t at = 0;
  for (int n = 0; n < 7; ++n) {
    const auto [wb, we] = WordAfter(s, at);
    if (we <= wb || we > figure) return {};
    const std::string_view w = s.substr(wb, we - wb);
    if (n > 0 && w[0] >= 'a' && w[0] <= 'z' && !NounLikePast(w) &&
        (UnlistedPast(w) || (w.size() == 4 && w.ends_with("ed") && !w.ends_with("eed")) ||  // ("owed")
         chunk::IrregularPast(w)))  // ("cut", "shed")
      return s.substr(0, static_cast<size_t>(WordBefore(s, wb).second));
    const chunk::WordClass k = chunk::Classify(w);
    if (!(k == chunk::WordClass::kContent || k == chunk::WordClass::kDeterminer) ||
        w.find_first_of("0123456789,;:()\"") != std::string_view::npos)
      return {};
    at = we;
  }
  return {};
}

// A pronoun for subject after a figure of the sentence is that figure's subject's: "Sales in
// China dropped 6%, while in North America they edged up 1%". Only a move after a move, "they"
// after a plural head and "it" after a singular one, no possessor's thing before it ("Toyota's
// operating profit nearly doubled ..., and it forecast a 20% drop" is Toyota's), no count ("and it
// added 3 million subscribers": the company's). The place or time contrasted before the pronoun
// replaces the figure before's ("in Europe it fell": cut "in the Americas"; "on buses it fell":
// cut "on the subway"); else the phrase stays whole ("Interest in gold ..., and it is likely to
// grow").
void PronounSubject(std::string_view sentence, const Claim& prev, size_t prev_q_end, const Quantity& q, Claim* c) {
  const bool they = c->subject == "they" || c->subject == "They";
  if (!(they || c->subject == "it" || c->subject == "It") || c->direction.empty() || c->kind == "count" ||
      prev.direction.empty() || prev.subject.empty() || IsPronounPhrase(prev.subject) ||
      prev.subject.find("'s") != std::string::npos || prev.subject.find("\xE2\x80\x99s") != std::string::npos)
    return;
  size_t head_end = prev.subject.size();
  for (std::string_view p : {" in ", " on ", " to ", " of ", " at ", " for ", " from ", " among "})
    if (const size_t k = prev.subject.find(p); k != std::string::npos && k > 0) head_end = std::min(head_end, k);
  const std::string_view head = std::string_view(prev.subject).substr(0, head_end);
  const bool plural = head.ends_with("s") && !head.ends_with("ss");
  if (they != plural) return;
  const std::string_view gap = sentence.substr(prev_q_end, q.begin > prev_q_end ? q.begin - prev_q_end : 0);
  size_t cut = std::string::npos;
  for (std::string_view p : {" in ", " on ", " to ", " at ", " for ", " among "})
    if (gap.find(p) != std::string_view::npos)
      if (const size_t k = prev.subject.find(p); k != std::string::npos && k > 0) cut = std::min(cut, k);
  c->subject = cut == std::string::npos ? prev.subject : prev.subject.substr(0, cut);
  c->holder = prev.holder;
}

// A clause whose verb is left out, after the figure before (`prev`, ending at `prev_end`): its own
// phrase, then the figure, takes the verb, the way and the counted noun of the one before
// ("Exports rose 5% and imports 3%", "Crime fell by 5%, arrests by 12%", "The party won 12
// seats, the Greens four"); and a bare number after "and" before a verb counts what the one before
// counted ("23 people died and 140 were injured", "Six soldiers were killed and nine wounded").
void GappedClause(std::string_view s, const Claim& prev, size_t prev_end, Quantity* q, Claim* c) {
  size_t at = prev_end;
  const std::string& noun = prev.quantity.noun;
  if (!noun.empty() && s.size() > at + noun.size() + 1 && s[at] == ' ' && ascii::EqualsLower(s.substr(at + 1, noun.size()), noun))
    at += noun.size() + 1;
  if (at >= q->begin) return;
  std::string_view gap = s.substr(at, q->begin - at);
  // The word after the figure (past its noun).
  std::string_view after = s.substr(q->end);
  if (!q->noun.empty() && after.size() > q->noun.size() && after[0] == ' ' &&
      ascii::EqualsLower(after.substr(1, q->noun.size()), q->noun))
    after.remove_prefix(q->noun.size() + 1);
  const auto [nb, ne] = WordAfter(after, 0);
  const std::string_view next = after.substr(nb, ne - nb);
  const bool prev_counts = prev.quantity.unit == "count" && !noun.empty() && !TimeNoun(noun);
  // A participle for noun: "nine wounded".
  const bool participle_noun = q->unit == "count" && q->noun.find(' ') == std::string::npos && q->noun.size() > 4 &&
                               (q->noun.ends_with("ed") || chunk::IrregularPast(q->noun));
  // (b) "died and 140 were injured": the first clause's verb, "and", words of approximation.
  const size_t and_at = gap.rfind(" and ");
  // (The figure before opens its clause, its verb between: "23 people died and", not "The storm
  // toppled 300 trees and 40,000 lost power".)
  bool approx_only = and_at != std::string_view::npos && and_at > 0 && WordsOf(gap.substr(0, and_at)).size() <= 4 &&
                     gap.substr(0, and_at).find_first_of(",;:()") == std::string_view::npos;
  if (approx_only)
    for (std::string_view w : WordsOf(gap.substr(and_at + 5))) approx_only = approx_only && IsApproxWord(w);
  if (approx_only && prev_counts && prev.kind == "count" &&
      ((q->unit.empty() && q->noun.empty() &&
        (chunk::IsAuxiliary(next) || (next.size() > 4 && next.ends_with("ed")) || chunk::IrregularPast(next))) ||
       participle_noun)) {
    q->unit = "count";
    q->noun = noun;
    c->kind = "count";
    c->subject = q->surface + " " + noun;
    c->holder.clear();
    return;
  }
  // (c) A list of one move's figures by place or time: "grew 4% in Europe, 6% in Asia and 2% in
  // the Americas", "rose 5% in the quarter and 3% in the year".
  if (!prev.verb.empty() && q->unit == prev.quantity.unit && (c->verb.empty() || c->verb == prev.verb)) {
    const auto [pb, pe] = WordAfter(gap, 0);
    const std::string_view prep = gap.substr(pb, pe - pb);
    size_t tail = 0;
    for (std::string_view p : {", and ", ", ", " and "})
      if (tail == 0 && gap.ends_with(p)) tail = p.size();
    if (pb == 1 && tail > 0 && chunk::Classify(prep) == chunk::WordClass::kPreposition && prep != "of" && prep != "to" &&
        prep != "from" && prep != "by" && after.starts_with(" ") && after.substr(1).starts_with(prep) &&
        after.size() > prep.size() + 1 && after[prep.size() + 1] == ' ') {
      const std::string_view middle = gap.substr(pe, gap.size() - tail - pe);
      const std::vector<std::string_view> mw = WordsOf(middle);
      bool plain = !mw.empty() && mw.size() <= 4 && middle.find_first_of("0123456789,;:()") == std::string_view::npos;
      for (std::string_view w : mw) plain = plain && chunk::Classify(w) != chunk::WordClass::kVerb && !UnlistedPast(w);
      if (plain) {
        c->subject = prev.subject;
        c->holder = prev.holder;
        c->verb = prev.verb;
        c->direction = prev.direction;
        c->kind = prev.kind;
        return;
      }
    }
  }
  // (d) One move's figures over a market's day and week: "tumbled 4.1% on the day and 9.8% over the
  // week", "up 0.2% on the day and 0.6% for the week".
  if (!prev.verb.empty() || !prev.direction.empty()) {
    auto span_phrase = [](std::string_view t) {
      for (std::string_view p : {" on the ", " over the ", " for the ", " in the ", " during the "})
        if (t.starts_with(p)) {
          const std::string_view rest = t.substr(p.size());
          for (std::string_view w : {"day", "week", "month", "session", "year", "quarter"})
            if (rest.starts_with(w) && (rest.size() == w.size() || !ascii::IsAlpha(rest[w.size()])))
              return p.size() + w.size();
        }
      return size_t{0};
    };
    const size_t g = span_phrase(gap);
    const std::string_view tail = g > 0 ? gap.substr(g) : std::string_view();
    if (g > 0 && (tail == " and " || tail == ", and " || tail == ", ") && span_phrase(after) > 0 &&
        q->unit == prev.quantity.unit && c->direction.empty()) {
      c->subject = prev.subject;
      c->holder = prev.holder;
      c->verb = prev.verb;
      c->direction = prev.direction;
      c->kind = prev.kind;
      return;
    }
  }
  // (a) A phrase of its own, then maybe "by", then the figure; the clause ends after it. (Past the
  // figure before's period: "Exports rose 4.2% in June and imports 3.1%".)
  if (const std::optional<Period> p = FindPeriod(gap, 0); p && !p->surface.empty() && gap.size() > p->surface.size() + 1 &&
                                                          gap[0] == ' ' && gap.substr(1).starts_with(p->surface))
    gap.remove_prefix(p->surface.size() + 1);
  size_t conj = 0;
  for (std::string_view p : {", and ", ", ", " and "})
    if (conj == 0 && gap.starts_with(p)) conj = p.size();
  if (conj == 0) return;
  gap.remove_prefix(conj);
  if (gap.ends_with(" by ")) gap.remove_suffix(3);
  while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
  const std::vector<std::string_view> words = WordsOf(gap);
  if (words.empty() || words.size() > 4 || (!c->verb.empty() && c->verb != prev.verb) ||
      (prev.verb.empty() && prev.kind != "count"))
    return;
  for (std::string_view w : words) {
    const chunk::WordClass k = chunk::Classify(w);
    if (!(k == chunk::WordClass::kContent || k == chunk::WordClass::kDeterminer) || !ascii::IsAlpha(w.back()) ||
        !ascii::IsAlpha(w[0]) || UnlistedPast(w) || (w.size() > 4 && w.ends_with("ing")) || TimeWord(w))
      return;
  }
  if (chunk::Classify(words.back()) != chunk::WordClass::kContent) return;
  // (A count of its own noun has its own verb: "has 140,000 employees and operates 1,800 stores".)
  if (q->unit == "count" && !q->noun.empty() && q->noun != noun) return;
  const bool ends = after.empty() || after[0] == ',' || after[0] == '.' || after[0] == ';' ||
                    next == "and" || next == "or" || next == "in" || next == "on" || next == "at" || next == "from" ||
                    next == "to" || next == "respectively" || next == "respectively.";
  if (!ends) return;
  // (Its unit the one before's: a share after a share, a count after a count.)
  if (q->unit.empty() && prev_counts && q->noun.empty()) {
    q->unit = "count";
    q->noun = noun;
  } else if (q->unit != prev.quantity.unit) {
    return;
  }
  c->subject = std::string(gap);
  c->holder.clear();
  c->verb = prev.verb;
  c->direction = prev.direction;
  c->kind = prev.kind;
}

// A reduced relative before the verb is its subject's: "Dividends paid to shareholders rose",
// "Companies listed in Hong Kong raised" (a past participle and its preposition between a phrase
// and the one `np` found after it; not a verb of reporting, "said in a statement"). Widens `np`.
void ReducedRelativeSubject(std::string_view s, size_t floor, std::string_view* np) {
  if (np->empty()) return;
  const size_t nb = static_cast<size_t>(np->data() - s.data());
  const auto [rb, re] = WordBefore(s, nb);
  if (re <= rb || re + 1 != nb || rb < floor ||
      chunk::Classify(s.substr(rb, re - rb)) != chunk::WordClass::kPreposition)
    return;
  const auto [pb, pe] = WordBefore(s, rb);
  if (pe <= pb || pe + 1 != rb || pb <= floor) return;
  const std::string_view p = s.substr(pb, pe - pb);
  if (!(p[0] >= 'a' && p[0] <= 'z') || IsReportingVerb(p) || chunk::IsAuxiliary(p) ||
      !((p.size() > 4 && p.ends_with("ed") && !p.ends_with("eed")) || chunk::IrregularPast(p)))
    return;
  const std::string_view head = chunk::NounPhraseBefore(s, pb, floor);
  if (head.empty() || IsPronounPhrase(head) || static_cast<size_t>(head.data() - s.data()) + head.size() + 1 != pb ||
      !ascii::IsAlpha(head.back()))
    return;
  // (A name takes no reduced relative: "Brandon Montour scored for the Sabres" is a clause.)
  const size_t last = head.rfind(' ');
  if (last != std::string_view::npos && head[last + 1] >= 'A' && head[last + 1] <= 'Z') return;
  // (One capitalised word: a plural opening the sentence, "Companies listed in", not "Smith scored".)
  if (last == std::string_view::npos && head[0] >= 'A' && head[0] <= 'Z' && (head.data() != s.data() || !head.ends_with("s")))
    return;
  *np = s.substr(static_cast<size_t>(head.data() - s.data()), nb + np->size() - static_cast<size_t>(head.data() - s.data()));
}

// Whether the period at s[at, at + size) dates a deed of the background told in an aside, apart
// from the figure at `figure` by a comma: after a verb of founding or beginning that opens the
// aside ("Harlow, founded in 1921 as a single store, operates 412 stores", "the season, which
// began March 26, with a .291 average").
bool DeedDate(std::string_view s, size_t at, size_t size, size_t figure) {
  static const auto* kDeeds = new ascii::WordMap<bool>(
      {{"founded", true}, {"established", true}, {"incorporated", true}, {"built", true}, {"born", true},
       {"began", true}, {"begun", true}, {"started", true}, {"formed", true}, {"created", true},
       {"launched", true}, {"opened", true}, {"listed", true}, {"public", true}, {"completed", true},
       {"debuted", true}, {"acquired", true}, {"bought", true}, {"enacted", true}, {"up", true}},
      /*lower=*/true);
  if (at > s.size() || at + size > s.size()) return false;
  const std::string_view between = at < figure ? s.substr(at + size, figure > at + size ? figure - at - size : 0)
                                               : s.substr(figure, at - figure);
  const bool apart = ClauseComma(between, 0) != std::string_view::npos;
  auto [b, e] = WordBefore(s, at);
  if (e > b && chunk::Classify(s.substr(b, e - b)) == chunk::WordClass::kPreposition) std::tie(b, e) = WordBefore(s, b);
  if (e <= b || kDeeds->Find(s.substr(b, e - b)) == nullptr) return false;
  // (The verb opens the aside or the sentence: after a comma, or ", which", ", which was", ", who
  // was", ", which he"; "Founded in 1998, the company employs ...", "which went public in 2004",
  // "set up in 1990".)
  std::string_view head = s.substr(0, b);
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  for (std::string_view w : {"went", "set"})
    if (head.ends_with(w)) {
      head.remove_suffix(w.size());
      while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
      break;
    }
  for (std::string_view w : {"which was", "who was", "which he", "which she", "which it", "which they", "which",
                             "that was", "since it", "since they", "since he", "since she"})
    if (head.ends_with(w)) {
      // (A superlative's "since" clause dates its deed only, comma or none: "the largest at the
      // stadium since it opened in 2009".)
      if (w.starts_with("since")) return true;
      head.remove_suffix(w.size());
      while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
      break;
    }
  return apart && (head.empty() || head.ends_with(","));
}

// Whether the period at s[at..] and the figure at `figure` stand apart across a relative aside:
// one in it, the other not ("The startup, which was valued at $3 billion in 2021, raised $500
// million"; "Ford, which employs 177,000 people, said second-quarter profit fell 4%").
// The appositive byte `pos` of s stands in, as [begin, end): after a noun's comma, a phrase "a",
// "an" or "the" opens with no verb, closed by a comma ("Detroit, a city of 1.8 million in 1950,
// now has"); {npos, npos} when none.
std::pair<size_t, size_t> AppositiveAround(std::string_view s, size_t pos) {
  constexpr size_t kNone = std::string_view::npos;
  const std::string_view head = s.substr(0, std::min(pos, s.size()));
  size_t open = kNone;
  for (std::string_view r : {", a ", ", an ", ", the "})
    if (const size_t k = head.rfind(r); k != kNone && (open == kNone || k > open)) open = k;
  if (open == kNone || open == 0 || ClauseComma(head, open + 1) != kNone) return {kNone, kNone};
  const auto [nb, ne] = WordBefore(s, open + 1);
  if (ne <= nb || !ascii::IsAlpha(s[ne - 2])) return {kNone, kNone};  // (a noun's comma, not a figure's)
  // (On the sentence's subject, before any verb: not "rose 5% in March, the biggest gain since 2020".)
  if (!chunk::VerbsIn(s, 0, open).empty()) return {kNone, kNone};
  const size_t close = ClauseComma(s, pos);
  if (close == kNone) return {kNone, kNone};
  for (std::string_view w : WordsOf(s.substr(open + 2, close - open - 2))) {
    const std::string_view b = Bare(w);
    if (b.empty()) continue;
    if (chunk::Classify(b) == chunk::WordClass::kVerb || chunk::IsAuxiliary(b) || (b[0] >= 'a' && b[0] <= 'z' && UnlistedPast(b)))
      return {kNone, kNone};
  }
  return {open, close};
}

bool AcrossAside(std::string_view s, size_t at, size_t figure) {
  const auto [pb, pe] = AsideAround(s, at);
  const auto [fb, fe] = AsideAround(s, figure);
  if (pb != fb || pe != fe) return true;
  // (Or an appositive, when the clause after it tells of the present: "Detroit, a city of 1.8
  // million in 1950, now has about 630,000"; not "Detroit, the fifth-largest city in 1950, had 1.8
  // million residents".)
  const auto [ab, ae] = AppositiveAround(s, at);
  if (ab == std::string_view::npos || !(figure < ab || figure > ae)) return false;
  auto [vb, ve] = WordAfter(s, ae + 1);
  std::string_view v = s.substr(vb, ve - vb);
  if (v == "now" || v == "today" || v == "currently") return true;
  if (v == "still" || v == "also") {
    std::tie(vb, ve) = WordAfter(s, ve);
    v = s.substr(vb, ve - vb);
  }
  return v == "is" || v == "are" || v == "has" || v == "have" ||
         (v.size() > 3 && v.ends_with("s") && !v.ends_with("ss") && chunk::Classify(v) == chunk::WordClass::kVerb);
}

// Whether the figure at `at` stands in a relative aside of the present ("The strike at the plant,
// which employs 6,200 people, lasted 23 days"): a standing fact, of no period the sentence names
// outside the aside.
bool InPresentAside(std::string_view s, size_t at) {
  const size_t which = AsideAround(s, at).first;
  if (which == std::string_view::npos) return false;
  const auto [b, e] = WordAfter(s, s.find(' ', which + 2));
  const std::string_view verb = s.substr(b, e - b);
  return verb == "is" || verb == "are" || verb == "has" || verb == "have" ||
         (verb.size() > 3 && verb.ends_with("s") && !verb.ends_with("ss") && chunk::Classify(verb) != chunk::WordClass::kPreposition &&
          verb != "was" && verb != "its" && verb != "this");
}

// Whether the figure at `at` is what a movement or a level reaches: after "to", "at", "by", or a
// level verb ("was", "totalled", "reached", "hit", "numbered").
bool ReachedLevel(std::string_view s, size_t at) {
  const auto [b, e] = GoverningWord(s, at, 0);
  const std::string_view w = s.substr(b, e - b);
  return w == "to" || w == "at" || w == "by" || w == "was" || w == "were" || w == "totalled" || w == "totaled" ||
         w == "reached" || w == "hit" || w == "numbered" || w == "topped";
}

// The plural a subject counts, in small letters ("cases" of "Measles cases in England",
// "homicides" of "Homicides" opening the sentence), or "": its head before its attachments, a
// plural noun that is not a measure ("prices", "sales", "rates", "temperatures", "shares").
std::string CountedSubject(std::string_view sentence, std::string_view subject) {
  if (HoldsFigure(subject)) return {};  // ("30 gigawatts of offshore wind capacity")
  const std::string_view head = HeadPhrase(subject);
  const size_t sp = head.rfind(' ');
  const std::string_view w = LastWord(head);
  if (w.size() < 4 || !std::all_of(w.begin(), w.end(), [](char ch) { return ascii::IsAlpha(ch) || ch == '-'; })) return {};
  // (In capitals only as the sentence's first word: not a team, "The Suns".)
  if (!(w[0] >= 'a' && w[0] <= 'z') && !(sp == std::string_view::npos && sentence.starts_with(subject))) return {};
  const std::string lower = ascii::Lower(w);
  const bool plural = (lower.ends_with("s") && !lower.ends_with("ss") && !lower.ends_with("us") && !lower.ends_with("is")) ||
                      lower == "people" || lower == "children" || lower == "men" || lower == "women";
  if (!plural || chunk::Classify(lower) != chunk::WordClass::kContent) return {};
  static const auto* kMeasures = new ascii::WordMap<bool>(
      {{"prices", true}, {"rates", true}, {"yields", true}, {"sales", true}, {"revenues", true}, {"earnings", true},
       {"profits", true}, {"losses", true}, {"costs", true}, {"wages", true}, {"salaries", true}, {"exports", true},
       {"imports", true}, {"temperatures", true}, {"levels", true}, {"numbers", true}, {"figures", true},
       {"totals", true}, {"readings", true}, {"scores", true}, {"ratings", true}, {"points", true}, {"indexes", true},
       {"indices", true}, {"averages", true}, {"stocks", true}, {"shares", true}, {"bonds", true}, {"futures", true},
       {"assets", true}, {"deposits", true}, {"reserves", true}, {"loans", true}, {"debts", true}, {"savings", true},
       {"speeds", true}, {"times", true}, {"hours", true}, {"minutes", true}, {"seconds", true}, {"days", true},
       {"weeks", true}, {"months", true}, {"years", true}, {"odds", true}, {"margins", true}, {"returns", true},
       {"gains", true}, {"balances", true}, {"bills", true}, {"fees", true}, {"fares", true}, {"rents", true},
       {"taxes", true}, {"tariffs", true}, {"payments", true}, {"funds", true}, {"budgets", true}, {"volumes", true},
       {"values", true}, {"valuations", true}, {"estimates", true}, {"forecasts", true}, {"expectations", true},
       {"projections", true}, {"inflows", true}, {"outflows", true}, {"receipts", true}, {"proceeds", true},
       {"sums", true}, {"amounts", true}, {"premiums", true}, {"charges", true}, {"ratios", true},
       {"percentages", true}, {"holdings", true}, {"inventories", true}, {"stockpiles", true}, {"emissions", true},
       {"benchmarks", true}, {"markets", true}, {"economies", true}, {"currencies", true},
       {"commodities", true}, {"equities", true}, {"securities", true}, {"treasuries", true}, {"gilts", true},
       {"bunds", true}, {"notes", true}, {"contracts", true}, {"spreads", true}, {"measures", true}, {"limits", true},
       {"targets", true}, {"thresholds", true}, {"caps", true}, {"finances", true}, {"accounts", true},
       {"results", true}, {"outputs", true}, {"inputs", true}, {"supplies", true}, {"flows", true},
       {"capacities", true}, {"levies", true}, {"duties", true}, {"mortgages", true}, {"lists", true}},
      /*lower=*/true);
  if (kMeasures->Find(lower) != nullptr) return {};
  // (Not a verb the subject took in: "The deal sets up a cut", "The plan adds the officers".)
  if (const size_t at = sentence.find(head); at != std::string_view::npos) {
    const auto [nb, ne] = WordAfter(sentence, at + head.size());
    const std::string_view next = sentence.substr(nb, ne - nb);
    if (next == "up" || next == "out" || next == "off" || next == "down" ||
        chunk::Classify(next) == chunk::WordClass::kDeterminer)
      return {};
  }
  return lower;
}

// Where the "to" of a level's phrase reached begins, when the "of" at [ob, oe) before a figure
// closes one: "to a rate of", "to an annual rate of", "to a seasonally adjusted annual rate of",
// "to a total of", "to an average of", "to a record high of"; else npos. (The figure after it is the
// level a movement before reached, as right after "to".)
size_t ReachedPhraseTo(std::string_view s, size_t ob, size_t oe) {
  if (s.substr(ob, oe - ob) != "of") return std::string_view::npos;
  static const auto* heads = new ascii::WordMap<bool>(
      {{"rate", true}, {"pace", true}, {"average", true}, {"total", true}, {"level", true}, {"high", true},
       {"low", true}, {"peak", true}, {"record", true}},
      /*lower=*/false);
  static const auto* words = new ascii::WordMap<bool>(
      {{"a", true}, {"an", true}, {"the", true}, {"record", true}, {"new", true}, {"fresh", true}, {"all-time", true},
       {"seasonally", true}, {"adjusted", true}, {"annual", true}, {"annualized", true}, {"annualised", true},
       {"monthly", true}, {"weekly", true}, {"daily", true}, {"combined", true}, {"overall", true}},
      /*lower=*/false);
  auto [hb, he] = WordBefore(s, ob);
  if (he <= hb || he + 1 != ob || heads->Find(s.substr(hb, he - hb)) == nullptr) return std::string_view::npos;
  size_t at = hb;
  for (int n = 0; n < 5; ++n) {
    const auto [wb, we] = WordBefore(s, at);
    if (we <= wb || we + 1 != at) return std::string_view::npos;
    const std::string_view w = s.substr(wb, we - wb);
    if (w == "to") return n == 0 ? std::string_view::npos : wb;
    if (words->Find(w) == nullptr && !w.ends_with("-year") && !w.ends_with("-month") && !w.ends_with("-week"))
      return std::string_view::npos;
    at = wb;
  }
  return std::string_view::npos;
}

// Whether the figure q is a sum of money raised, the object of `verb` at verb_at ("raised $50
// million from investors", "hopes to raise 2 million euros", "raised an additional $20 million"):
// a sum brought in, no movement of anything. Not a passive's ("the budget was raised $2 million"),
// a price's or a level's ("The offer was subsequently raised $2", "Tickets, raised $5 this season,
// now cost $45", "Minimum wage raised $1.50"), a noun's ("a raise of $4,000", "pay raises"), nor a
// sum with the level it led to ("raised $2 million to $12 million").
bool SumRaised(std::string_view sentence, std::string_view verb, size_t verb_at, const Quantity& q) {
  if (!ascii::EqualsLower(verb, "raised") && !ascii::EqualsLower(verb, "raise") &&
      !ascii::EqualsLower(verb, "raises") && !ascii::EqualsLower(verb, "raising"))
    return false;
  if (q.unit.empty() || CurrencyCode(q.unit) != q.unit) return false;
  if (sentence.substr(q.end).starts_with(" to ") && q.end + 4 < sentence.size() &&
      !ascii::IsAlpha(sentence[q.end + 4]))
    return false;
  {  // a noun: a determiner or a kind of pay before it
    auto [ab, ae] = WordBefore(sentence, verb_at);
    const std::string_view w = sentence.substr(ab, ae - ab);
    if (chunk::Classify(w) == chunk::WordClass::kDeterminer || ascii::EqualsLower(w, "pay") ||
        ascii::EqualsLower(w, "salary") || ascii::EqualsLower(w, "wage") || ascii::EqualsLower(w, "merit"))
      return false;
  }
  auto passive = [&] {
    if (!ascii::EqualsLower(verb, "raised")) return false;  // "is raising $2 billion" is a progressive
    size_t at = verb_at;
    for (int n = 0; n < 3; ++n) {
      auto [ab, ae] = WordBefore(sentence, at);
      if (ab >= ae) return false;
      std::string_view w = sentence.substr(ab, ae - ab);
      // "Tickets, raised $5 this season, now cost $45": a participle's phrase between commas (not
      // "The startup, founded in 2019, raised $50 million": the appositive's closing comma).
      if (w.ends_with(',')) return sentence.find(',', q.end) != std::string_view::npos;
      if (w == "was" || w == "were" || w == "been" || w == "be" || w == "is" || w == "are" || w == "being" ||
          w == "got" || w == "get" || w == "gets" || w == "getting")
        return true;
      static const auto* levels = new ascii::WordMap<bool>(
          {{"wage", true}, {"wages", true}, {"fee", true}, {"fees", true}, {"toll", true}, {"tolls", true},
           {"fare", true}, {"fares", true}, {"tax", true}, {"taxes", true}, {"tuition", true}, {"price", true},
           {"prices", true}, {"cap", true}, {"limit", true}, {"budget", true}, {"rent", true}, {"rents", true},
           {"salary", true}, {"salaries", true}, {"pay", true}, {"offer", true}, {"bid", true},
           {"dividend", true}, {"ceiling", true}, {"allowance", true}, {"pension", true}, {"pensions", true}},
          /*lower=*/true);
      if (n == 0 && levels->Find(w) != nullptr) return true;  // "Minimum wage raised $1.50"
      if (!w.ends_with("ly") && w != "again" && w != "later" && w != "since" && w != "also" && w != "then" &&
          w != "already" && w != "recently")
        return false;
      at = ab;
    }
    return false;
  };
  if (passive()) return false;
  // Between the verb and the figure at most four words of amount ("an additional", "a further",
  // "a total of", "as much as").
  static const auto* more = new ascii::WordMap<bool>(
      {{"additional", true}, {"another", true}, {"further", true}, {"extra", true}, {"new", true},
       {"fresh", true}, {"combined", true}, {"total", true}, {"as", true}, {"much", true}},
      /*lower=*/true);
  int between = 0;
  bool object = true;
  std::string_view before;
  chunk::ForEachToken(sentence, verb_at + verb.size(), q.begin, [&](size_t b, size_t e) {
    const std::string_view w = sentence.substr(b, e - b);
    object = ++between <= 4 &&
             (IsApproxWord(w) || more->Find(w) != nullptr || (w == "of" && ascii::EqualsLower(before, "total")));
    before = w;
    return object;
  });
  return object;
}

// Where `*subject` (found in `s` before byte `figure`) opens with a participle in -ing right after
// a comma ("pushing the index", "going"), it becomes the participle's object, or, with none (or a
// preposition next), the sentence's main subject (MainSubject) when that comes before the comma. Only
// when no verb stands between the phrase and the figure ("In March, housing starts rose 5%"
// keeps "housing starts"), a preposition or a determiner leads
// to the figure ("pushing the index to a record 4,500"; "paying Chelsea $80 million" is no
// object's), and the word is no noun before "of" ("..., spending of $400 million").
void ParticipleSubject(std::string_view s, size_t figure, std::string* subject) {
  const std::string& sub = *subject;
  const size_t sp = sub.find(' ');
  const std::string_view first = std::string_view(sub).substr(0, sp);
  if (first.size() < 5 || !first.ends_with("ing") || first[0] < 'a' || first[0] > 'z') return;
  const size_t at = s.rfind(sub, figure);
  if (at == std::string_view::npos || at < 2 || s.substr(at - 2, 2) != ", ") return;
  const size_t sub_end = at + sub.size();
  if (sub_end > figure || !chunk::VerbsIn(s, sub_end, figure).empty()) return;
  const std::string_view rest = sp == std::string::npos ? std::string_view() : std::string_view(sub).substr(sp + 1);
  const std::string_view next = rest.substr(0, rest.find(' '));
  if (next == "of" || (rest.empty() && s.substr(sub_end).starts_with(" of "))) return;
  // (Nor the main clause's own subject after an opening phrase: "Under the plan, remaining debt
  // of $2 billion will be refinanced".)
  std::string_view main = MainSubject(s);
  // (With no listed verb before the comma, the phrase before its first past: "Flash floods swept
  // through Pakistan, killing 37 people", "An earthquake struck Turkey, injuring 200".)
  if (main.empty() || static_cast<size_t>(main.data() - s.data()) >= at - 2) {
    size_t past = std::string_view::npos;
    chunk::ForEachToken(s, 0, at - 2, [&](size_t b, size_t e) {
      const std::string_view w = s.substr(b, e - b);
      // (Not a participle after an adverb opening the phrase: "Hastily built levees collapsed".)
      if (b > 0 && w[0] >= 'a' && w[0] <= 'z' && (chunk::IrregularPast(w) || UnlistedPast(w))) {
        const auto [ab, ae] = WordBefore(s, b);
        if (!Bare(s.substr(ab, ae - ab)).ends_with("ly")) past = b;
      }
      return past == std::string_view::npos && ascii::IsAlpha(w.back());
    });
    if (past != std::string_view::npos) {
      const std::string_view np = chunk::NounPhraseBefore(s, past, 0);
      if (!np.empty() && np.data() == s.data() && np.data() + np.size() + 1 == s.data() + past) main = np;
    }
  }
  const size_t main_at = main.empty() ? std::string_view::npos : static_cast<size_t>(main.data() - s.data());
  if (main_at != std::string_view::npos && main_at >= at - 2) return;
  if (!rest.empty() && chunk::Classify(next) != chunk::WordClass::kPreposition) {
    const std::string_view between = normalizers::Trim(s.substr(sub_end, figure - sub_end));
    const std::string_view lead = between.substr(0, between.find(' '));
    const chunk::WordClass lc = chunk::Classify(lead);
    if (lead.empty() || !(lc == chunk::WordClass::kPreposition || lc == chunk::WordClass::kDeterminer)) return;
    *subject = std::string(rest);
    return;
  }
  if (main_at != std::string_view::npos && main_at + main.size() <= at - 2) *subject = std::string(main);
}

// A figure after a participle's clause with an object of its own, the figure's preposition right
// after the object, is the object's ("Stocks rose on Friday, pushing the index to a record 4,500":
// the index, not Stocks): *subject becomes the object when it stands before the comma, and no
// verb stands between the participle and the figure.
void ParticipleObjectSubject(std::string_view s, size_t figure, std::string* subject) {
  const size_t comma = s.rfind(", ", figure);
  if (comma == std::string_view::npos || subject->empty()) return;
  const size_t at = s.rfind(*subject, comma);
  // (A subject that names its holder, "The ECB's key rates" for "The ECB raised its key rates",
  // is the clause's before the comma though the text does not hold it.)
  const bool possessive = subject->find("'s ") != std::string::npos || subject->find("' ") != std::string::npos;
  if ((at == std::string_view::npos && !possessive) || (at != std::string_view::npos && at + subject->size() > comma))
    return;
  const size_t pb = comma + 2;
  size_t pe = pb;
  while (pe < figure && ascii::IsAlpha(s[pe])) ++pe;
  const std::string_view participle = s.substr(pb, pe - pb);
  if (participle.size() < 6 || participle[0] < 'a' || participle[0] > 'z' ||
      !chunk::ParticipleWithObject(participle, s.substr(pe, figure - pe)) || !chunk::VerbsIn(s, pe, figure).empty())
    return;
  const std::string_view object = chunk::NounPhraseAfter(s, pe + 1, figure);
  if (object.empty()) return;
  // Then a preposition, and at most a record's words, before the figure.
  const size_t oe = static_cast<size_t>(object.data() + object.size() - s.data());
  // ("pushing the currency to its weakest in 34 years": no level of the object's.)
  static const auto* record = new ascii::WordMap<bool>(
      {{"a", true}, {"an", true}, {"the", true}, {"record", true}, {"new", true}, {"fresh", true}, {"all-time", true},
       {"about", true}, {"around", true}, {"nearly", true}, {"almost", true}, {"roughly", true}, {"some", true}},
      /*lower=*/true);
  int words = 0;
  bool level = true;
  chunk::ForEachToken(s, oe, figure, [&](size_t b, size_t e) {
    const std::string_view w = s.substr(b, e - b);
    if (words++ == 0)
      level = w == "to" || w == "at" || w == "from" || w == "above" || w == "below" || w == "near" || w == "around" ||
              w == "over" || w == "under" || w == "toward" || w == "towards";
    else
      level = level && record->Find(w) != nullptr;
    return level;
  });
  if (!level || words == 0 || words > 4) return;
  *subject = std::string(object);
}

// With no verb of the lists found before a figure, the clause's words end with a verb the lists
// lack: the word after a pronoun ("They built 40 homes" -> "They"), or, when no verb is known at
// all (`verb_known` false), a word in -s or a past in -ed after a determiner and a singular noun
// ("The museum houses 2,000 paintings", "The hurricane killed at least 14 people"); a noun in -s
// stays when a verb is known ("The company profits 20% higher").
void CutUnknownVerb(bool verb_known, std::string* subject) {
  const std::string_view s = *subject;
  const size_t sp1 = s.find(' ');
  if (sp1 == std::string_view::npos) return;
  const size_t sp2 = s.find(' ', sp1 + 1);
  const std::string_view w1 = s.substr(0, sp1);
  if (sp2 == std::string_view::npos && chunk::Classify(w1) == chunk::WordClass::kPronoun && s[sp1 + 1] >= 'a' &&
      s[sp1 + 1] <= 'z') {
    subject->resize(sp1);
    return;
  }
  // An irregular past that is no noun, after a name or a noun: "Low-cost carrier SkyBridge flew"
  // (not "the left", "a hit": those are none of these).
  static const auto* pasts = new ascii::WordMap<bool>(
      {{"flew", true}, {"went", true}, {"came", true}, {"took", true}, {"gave", true}, {"got", true},
       {"paid", true}, {"sent", true}, {"spent", true}, {"told", true}, {"found", true}, {"saw", true},
       {"won", true}, {"made", true}, {"sold", true}, {"bought", true}, {"built", true}, {"brought", true},
       {"wrote", true}, {"drove", true}, {"began", true}, {"became", true}, {"ran", true}, {"met", true},
       {"drew", true}, {"beat", true}},
      /*lower=*/false);
  if (const size_t last = s.rfind(' '); pasts->Find(s.substr(last + 1)) != nullptr) {
    const size_t before = last == 0 ? std::string_view::npos : s.rfind(' ', last - 1);
    const size_t prev_begin = before == std::string_view::npos ? 0 : before + 1;
    const std::string_view pw = s.substr(prev_begin, last - prev_begin);
    const auto prev = chunk::Classify(pw);
    if (prev != chunk::WordClass::kDeterminer && prev != chunk::WordClass::kPronoun && pw != "and" && pw != "but" &&
        pw != "or" && pw != "then") {  // ("trailed at halftime but won": a second clause's verb)
      subject->resize(last);
      return;
    }
  }
  if (verb_known || sp2 == std::string_view::npos || s.find(' ', sp2 + 1) != std::string_view::npos ||
      chunk::Classify(w1) != chunk::WordClass::kDeterminer)
    return;
  const std::string_view noun = s.substr(sp1 + 1, sp2 - sp1 - 1), verb = s.substr(sp2 + 1);
  if (!noun.ends_with("s") && verb.size() > 3 && verb[0] >= 'a' && verb[0] <= 'z' &&
      ((verb.ends_with("s") && !verb.ends_with("ss")) || (verb.size() > 4 && verb.ends_with("ed") && !verb.ends_with("eed"))))
    subject->resize(sp2);
}

// A verb whose "by" gives a winner's margin: "won Pennsylvania by 80,000 votes".
bool MarginVerb(std::string_view w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"won", true}, {"wins", true}, {"win", true}, {"beat", true}, {"beats", true}, {"defeated", true},
       {"defeats", true}, {"led", true}, {"leads", true}, {"trailed", true}, {"trails", true}, {"edged", true},
       {"outscored", true}, {"outpolled", true}, {"outvoted", true}},
      /*lower=*/true);
  return m->Find(w) != nullptr;
}

// A comparative after a percentage or a number of degrees: +1 for one of more ("faster", "larger",
// "above"), -1 for one of less ("cheaper", "slower", "below"), else 0.
int Comparative(std::string_view w) {
  static const auto* m = new ascii::WordMap<int>(
      {{"faster", 1}, {"slower", -1}, {"cheaper", -1}, {"costlier", 1}, {"pricier", 1}, {"larger", 1}, {"bigger", 1},
       {"smaller", -1}, {"longer", 1}, {"shorter", -1}, {"heavier", 1}, {"lighter", -1}, {"stronger", 1},
       {"weaker", -1}, {"greater", 1}, {"wider", 1}, {"narrower", -1}, {"taller", 1}, {"richer", 1}, {"poorer", -1},
       {"warmer", 1}, {"hotter", 1}, {"cooler", -1}, {"colder", -1}, {"above", 1}, {"below", -1}, {"firmer", 1},
       {"softer", -1}},
      /*lower=*/true);
  const int* way = m->Find(w);
  return way == nullptr ? 0 : *way;
}

// The structure of one figure in its sentence: kind, direction, verb and subject.
struct Structure {
  std::string kind, direction, verb, subject;
  bool verb_before = false;  // the verb comes before the figure
  size_t verb_end = std::string::npos;  // ... and ends here (a movement verb in the figure's clause)
  bool own_phrase = false;   // the subject is the figure's own phrase ("of the workers")
  bool object_phrase = false;  // ... or the verb's object the figure's preposition follows
                               // ("broke a record for revenue with $7.2 billion")
  bool absolute = false;       // ... set by an absolute "with" ("with unemployment at 3.5%"):
                               // no holder, no participle's subject

  static Structure Of(std::string_view sentence, const Quantity& q, size_t prev_end, size_t qi_floor,
                      size_t window_end, const std::vector<Move>& moves,
                      const std::vector<std::pair<uint32_t, uint32_t>>& level_verbs,
                      const std::string* prev_subject) {
    bool pace = false, from = false;
    Structure st = OfImpl(sentence, q, prev_end, qi_floor, window_end, moves, level_verbs, prev_subject, &pace, &from);
    // The level left ("rose to $3 billion, up from $2.7 billion") is the previous figure's
    // subject's, unless the figure has its own phrase.
    if (from && prev_subject != nullptr && !prev_subject->empty() && !st.own_phrase) st.subject = *prev_subject;
    // A noun of movement that opens its clause after a comma, before its auxiliary, is its own
    // subject: "For 2025 as a whole, growth was 2.2%" (was "a whole"); not "a drop of 28%".
    if (bool up = false; !st.subject.empty() && st.verb.size() > 3 && chunk::MovementNoun(st.verb, &up) &&
                         st.verb_end != std::string::npos && st.verb_end < q.begin && st.verb_end >= st.verb.size()) {
      const size_t at = st.verb_end - st.verb.size();
      const size_t sb = sentence.substr(0, at).rfind(st.subject);
      const auto [ab, ae] = WordAfter(sentence, st.verb_end);
      if (sb != std::string_view::npos && sb + st.subject.size() <= at && ae > ab &&
          chunk::IsAuxiliary(sentence.substr(ab, ae - ab)) &&
          sentence.substr(sb + st.subject.size(), at - sb - st.subject.size()).find(',') != std::string_view::npos)
        st.subject = std::string(sentence.substr(at, st.verb.size()));
    }
    // A noun of movement that its clause's auxiliary follows is the subject's head, and a negative
    // level of it a fall: "Euro zone GDP growth was revised to -0.1%" (was "Euro zone GDP", an
    // increase).
    // (Only a word that is no verb: "Households whose incomes drop will receive" is no "incomes drop".)
    if (bool up = false; !st.subject.empty() && st.verb.size() > 3 && chunk::MovementNoun(st.verb, &up) &&
                         (st.verb.ends_with("th") || st.verb.ends_with("ion") || st.verb.ends_with("ment")) &&
                         st.verb_end != std::string::npos && st.verb_end < q.begin) {
      const size_t at = st.verb_end - st.verb.size();
      auto [ab, ae] = WordAfter(sentence, st.verb_end);
      if (at > st.subject.size() && sentence.substr(at - st.subject.size() - 1, st.subject.size() + 1) == st.subject + " " &&
          ae > ab && chunk::IsAuxiliary(sentence.substr(ab, ae - ab))) {
        st.subject += " " + st.verb;
        if (q.value < 0) st.direction = "decrease";
      }
    }
    // A level reached at a pace: the direction of what moves, when the subject names a movement
    // ("growth slowed to 1.9%": growth, an increase).
    if (pace) {
      const size_t sp = st.subject.rfind(' ');
      const std::string_view head = sp == std::string::npos ? std::string_view(st.subject) : std::string_view(st.subject).substr(sp + 1);
      bool increase = false;
      if (chunk::MovementNoun(head, &increase)) {
        st.direction = increase ? "increase" : "decrease";
      } else if (!head.empty() && [&] {
                   // (A particle only after a verb of degree or movement: "edged down to", not "turns
                   // down", "holds up".)
                   // (Not "slowed" or "accelerated": "Sales slowed to 3%" is a rate of growth.)
                   if (st.verb == "eased") return true;
                   if (st.verb != "up" && st.verb != "down") return false;
                   const size_t at = sentence.rfind(" " + st.verb + " ", q.begin);
                   if (at == std::string_view::npos) return false;
                   const auto [wb, we] = WordBefore(sentence, at + 1);
                   bool up = false;
                   // (Or "down" after its verb's object, right before "to" and the figure: "bringing the
                   // federal funds rate down to 4.625%"; not "turns down, they would need to add ten".)
                   const std::string_view o = sentence.substr(wb, we - wb);
                   bool to_figure = false;
                   if (const auto [tb, te] = WordAfter(sentence, at + 1 + st.verb.size()); sentence.substr(tb, te - tb) == "to") {
                     size_t f = te;
                     while (f < q.begin && sentence[f] == ' ') ++f;
                     for (auto [ab, ae] = WordAfter(sentence, f); ab < q.begin && IsApproxWord(sentence.substr(ab, ae - ab));
                          std::tie(ab, ae) = WordAfter(sentence, ae))
                       f = ae + 1;
                     to_figure = f >= q.begin;
                   }
                   // (To a rate, a price or a bare number only: not "passed the land down to 2 sons".)
                   const bool price = q.unit.empty() || q.unit == "percent" || q.unit == "pp" || q.unit == "bp" ||
                                      MoneyUnit(q.unit);
                   if (st.verb == "down" && to_figure && price && we > wb && ascii::IsWordByte(o.back()) && o[0] >= 'a' && o[0] <= 'z' &&
                       chunk::Classify(o) == chunk::WordClass::kContent && !UnlistedPast(o) && !o.ends_with("ing"))
                     return true;
                   return we > wb && (chunk::DegreeVerb(o) || MoveWord(o, &up));
                 }()) {
        // (Else the level moved the way the verb says: "Unemployment edged down to 3.7%", "Mortgage
        // rates eased to 7.22%", "The jobless rate ticked up to 4.1%".)
        st.direction = st.verb == "up" ? "increase" : "decrease";
      }
    }
    return st;
  }

  static Structure OfImpl(std::string_view sentence, const Quantity& q, size_t prev_end, size_t qi_floor,
                      size_t window_end,
                      const std::vector<Move>& moves,
                      const std::vector<std::pair<uint32_t, uint32_t>>& level_verbs,
                      const std::string* prev_subject, bool* pace_out, bool* from_out) {
    Structure st;
    // Direction: the nearest movement word before the figure, in its clause (about twelve
    // words back, not across another figure), else the word right after it.
    size_t verb_at = std::string::npos;
    bool verb_increase = false;
    bool measure_verb = false;
    // A figure after "to" or "from" may take the verb of the figure before it ("rose 12% to
    // $3 billion, up from $2.7 billion").
    auto [gb0, ge0] = GoverningWord(sentence, q.begin, 0);
    const std::string_view gov0 = sentence.substr(gb0, ge0 - gb0);
    size_t blocked_end = 0;  // the end of a movement kept off the figure by a clause between
    // ("rose 4% to a rate of 1.2 million units": the "to" of a level's phrase reached.)
    // Only right after the movement's word or its figure ("fell to a rate of", "rose 4% to a rate
    // of", "rose 3 points to a record high of"; not "close to a record low of", "compared to an
    // average of", "lending to a total of").
    const size_t reached_to = [&] {
      const size_t to = ReachedPhraseTo(sentence, gb0, ge0);
      if (to == std::string_view::npos) return to;
      const auto [wb, we] = WordBefore(sentence, to);
      bool up = false;
      if (we > wb && MoveWord(sentence.substr(wb, we - wb), &up)) return to;
      if (prev_end == 0 || prev_end > to) return std::string_view::npos;
      // (Its count's noun, or a phrase of time between: "fell 13% in April to an annual rate of",
      // "rose 7.9% over the past year to an average of".)
      const std::string_view between = normalizers::Trim(sentence.substr(prev_end, to - prev_end));
      if (between.empty() || std::all_of(between.begin(), between.end(), [](char c) { return ascii::IsAlpha(c); }))
        return to;
      const std::vector<std::string_view> words = WordsOf(between);
      if (words.size() > 4 || between.find_first_of(",;:()") != std::string_view::npos) return std::string_view::npos;
      const chunk::WordClass first = chunk::Classify(words[0]);
      if (first != chunk::WordClass::kPreposition && first != chunk::WordClass::kTime && words[0] != "last")
        return std::string_view::npos;
      for (std::string_view w : words)
        if (w.ends_with("ing") || w.ends_with("ed") || chunk::Classify(w) == chunk::WordClass::kVerb)
          return std::string_view::npos;
      return to;
    }();
    const bool level_word = gov0 == "to" || gov0 == "from" || reached_to != std::string_view::npos;
    // ("at" is a word of approximation to GoverningWord, for "at least": the "at" of a level here,
    // past "about", "nearly"...)
    std::string_view with_np;
    if (q.unit != "count") {
      size_t cur = q.begin;
      for (int n = 0; n < 3; ++n) {
        auto [tb, te] = WordBefore(sentence, cur);
        if (tb >= te) break;
        const std::string_view t = sentence.substr(tb, te - tb);
        if (t == "at") {
          with_np = WithAtPhrase(sentence, tb);
          break;
        }
        // ("..., with the 10-year note yielding 4.62%": an absolute clause's noun, its participle
        // a level's.)
        if (t == "up" || t == "down") break;  // ("with Nvidia shares trading up 4%": a move)
        if (LevelParticiple(t)) {
          const std::string_view np = chunk::NounPhraseBefore(sentence, tb, prev_end);
          const size_t nb = np.empty() ? 0 : static_cast<size_t>(np.data() - sentence.data());
          const auto [wb, we] = np.empty() ? std::pair<size_t, size_t>{0, 0} : WordBefore(sentence, nb);
          if (we > wb && we + 1 == nb && sentence.substr(wb, we - wb) == "with" && wb >= 2 &&
              sentence.substr(wb - 2, 2) == ", " && np.find_first_of(",;") == std::string_view::npos)
            with_np = np;
          break;
        }
        if (!IsApproxWord(t) || t == "least" || t == "most") break;
        cur = tb;
      }
    }
    for (int pass = 0; pass < (level_word ? 2 : 1) && verb_at == std::string::npos && with_np.empty(); ++pass) {
      const size_t floor = pass == 0 ? prev_end : 0;
      for (const auto& m : moves) {
        if (m.end > q.begin) break;
        if (m.begin < floor || q.begin - m.begin > 240) continue;  // cheap bound before counting words
        size_t words = static_cast<size_t>(std::count(sentence.begin() + m.begin, sentence.begin() + q.begin, ' '));
        if (words > 12) continue;
        if (ClauseOnlyMove(sentence.substr(m.begin, m.end - m.begin)) && !MoveReaches(sentence, m.end, q.begin)) continue;
        if (!LiftMoves(sentence, sentence.substr(m.begin, m.end - m.begin), m.end, q)) continue;
        if (OwnClauseBetween(sentence, m.end, q.begin, gov0 == "to" || gov0 == "by" || gov0 == "from") ||
            InClosedRelative(sentence, m.begin, m.end, q.begin)) {
          blocked_end = std::max<size_t>(blocked_end, m.end);
        } else {
          verb_at = m.begin;
          st.verb = std::string(sentence.substr(m.begin, m.end - m.begin));
          st.verb_before = pass == 0;
          st.verb_end = pass == 0 ? m.end : std::string::npos;
          verb_increase = m.increase;
          st.direction = m.increase ? "increase" : "decrease";
        }
      }
    }
    // Games lost are defeats counted, no fall: "lost 95 games", "lost 14 of its first 20 games".
    if ((st.verb == "lost" || st.verb == "lose" || st.verb == "loses" || st.verb == "losing") && !q.noun.empty()) {
      const size_t sp = q.noun.rfind(' ');
      const std::string_view head = sp == std::string::npos ? std::string_view(q.noun) : std::string_view(q.noun).substr(sp + 1);
      static const auto* contests = new ascii::WordMap<bool>(
          {{"games", true}, {"game", true}, {"matches", true}, {"match", true}, {"races", true}, {"fights", true},
           {"bouts", true}, {"sets", true}, {"series", true}, {"finals", true}, {"contests", true}, {"elections", true},
           {"appeals", true}, {"cases", true}, {"straight", true}, {"starts", true}, {"decisions", true}},
          /*lower=*/true);
      // (Not a thing lost, "lost 500 cases of wine", "3 sets of keys".)
      const size_t at = sentence.find(q.noun, q.end);
      const bool of = at != std::string_view::npos && sentence.substr(at + q.noun.size()).starts_with(" of ");
      if (contests->Find(head) != nullptr && !of) st.direction.clear();
    }
    auto [nb, ne] = WordAfter(sentence, q.end);
    const bool spaced = q.end < sentence.size() && sentence[q.end] == ' ';
    const std::string_view next = Bare(sentence.substr(nb, ne - nb));
    bool particle_after = false;  // "12p higher", "$3.50 lower": the figure is the move's size
    std::string_view off_object;  // what a figure taken "off" it is taken from
    if (st.verb.empty() && spaced) {
      bool increase = false;
      // ("around 73 raising the prospect": a participle's clause, its object after it.)
      if (MoveWord(next, &increase) && !chunk::ParticipleWithObject(next, sentence.substr(ne)) &&
          !PluralMoveNoun(next)) {  // "20% down"
        st.verb = std::string(next);
        st.direction = increase ? "increase" : "decrease";
        // (Not before a noun: "a 25% lower chance of relapse" is the chance's.)
        auto [fb, fe] = WordAfter(sentence, ne);
        // (Words of when after it are no nouns: "4% higher premarket", "2% higher intraday".)
        static const auto* when = new ascii::WordMap<bool>(
            {{"premarket", true}, {"pre-market", true}, {"intraday", true}, {"midday", true}, {"apiece", true},
             {"overall", true}, {"late", true}, {"early", true}, {"overnight", true}, {"than", true}},
            /*lower=*/true);
        const std::string_view after_word = fe > fb ? Bare(sentence.substr(fb, fe - fb)) : std::string_view();
        particle_after = (next == "higher" || next == "lower") &&
                         !(fe > fb && sentence[ne - 1] != ',' && chunk::Classify(after_word) == chunk::WordClass::kContent &&
                           when->Find(after_word) == nullptr);
      } else if (const std::string_view taker =
                     next == "off" && !q.unit.empty() && q.unit != "count" ? TakerBefore(sentence, q.begin) : std::string_view();
                 !taker.empty()) {  // (a measure only: not a cricketer's "took 18 off the final over")
        // "The tariffs will shave 0.4 percentage point off GDP growth", "knocked $2 billion off its
        // market value": a fall of what it is taken off.
        st.verb = std::string(taker);
        st.direction = "decrease";
        particle_after = true;
        off_object = chunk::NounPhraseAfter(sentence, ne, window_end);
      } else if ((next == "fewer" || next == "less" || next == "more") &&
                 sentence.substr(ne).starts_with(" than ")) {
        // "about 40% fewer than in 2017", "5% less than expected": a difference, a change.
        st.verb = std::string(next);
        st.direction = next == "more" ? "increase" : "decrease";
        particle_after = true;
      } else if (int way = Comparative(next); way != 0 && (q.unit == "percent" || q.unit == "degree" || q.unit == "celsius" ||
                                                             q.unit == "fahrenheit") &&
                 WordBefore(sentence, q.begin).second > 0 &&
                 sentence.substr(WordBefore(sentence, q.begin).first, 3) != "at " && [&] {  // (not "stood at 4.1% below")
                   // ("40 percent faster", "20% cheaper than", "60 percent below average", "5 degrees
                   // above normal": a difference, a change; not "above" or "below" before a figure.)
                   if (next != "above" && next != "below") return true;
                   auto [fb, fe] = WordAfter(sentence, ne);
                   return fe > fb && !ascii::IsDigit(sentence[fb]) && sentence[fb] != '$';
                 }()) {
        st.verb = std::string(next);
        st.direction = way > 0 ? "increase" : "decrease";
        particle_after = true;
      } else if (!q.noun.empty() && ascii::EqualsLower(sentence.substr(q.end + 1, q.noun.size()), q.noun) &&
                 q.end + 1 + q.noun.size() < sentence.size() && sentence[q.end + 1 + q.noun.size()] == ' ') {
        // A count's noun, then the particle: "The Dow finished 200 points lower".
        auto [pb, pe] = WordAfter(sentence, q.end + 1 + q.noun.size());
        const std::string_view particle = Bare(sentence.substr(pb, pe - pb));
        // ("up"/"down" before a determiner are prepositions: "sold 200 shares down the road".)
        auto [fb, fe] = WordAfter(sentence, pe);
        // (Only at a clause's end, before "on" or before "at" and no determiner: "8 points up on
        // Chelsea", "2 goals down at half-time"; not "30 million shares up for sale", "2 bodies
        // down at the river", "3 floors up from us".)
        const std::string_view after = sentence.substr(fb, fe - fb);
        auto [ab, ae] = WordAfter(sentence, fe);
        const bool ends = fe <= fb || std::strchr(",.;:)", sentence[pe - 1]) != nullptr || after == "on" ||
                          (after == "at" && ae > ab &&
                           chunk::Classify(Bare(sentence.substr(ab, ae - ab))) != chunk::WordClass::kDeterminer);
        if ((particle == "higher" || particle == "lower" || ((particle == "up" || particle == "down") && ends)) &&
            MoveWord(particle, &increase)) {
          st.verb = std::string(particle);
          st.direction = increase ? "increase" : "decrease";
        }
      }
    }
    // A figure after "to" or "from" is a level the movement reached or left ("slowed to 1.9%"),
    // not the size of the movement.
    auto [gb, ge] = GoverningWord(sentence, q.begin, prev_end);
    const std::string_view gov = sentence.substr(gb, ge - gb);
    bool level_of_move = false;
    bool level_from = false;  // the level left ("up from $2.7 billion"), else the level reached
    if (!st.verb.empty() && verb_at != std::string::npos) {
      // "to" or "from" between the verb and the figure ("fell from an average of $1.2 billion").
      // The nearest such word, at most four words before the figure, none of them of time.
      const size_t verb_end = verb_at + st.verb.size();
      int words_since = 0;
      chunk::ForEachToken(sentence, verb_end, q.begin, [&](size_t b, size_t e) {
        const std::string_view w = sentence.substr(b, e - b);
        // ("closed 12p higher at 480p": after a particle of the move, "at" gives the level too.)
        // ("rise by up to 4.9%": the bound "up to" after "by" is the move's size, no level.)
        const bool bound = w == "to" && b >= 6 && sentence.substr(b - 3, 3) == "up " &&
                           sentence.substr(WordBefore(sentence, b - 3).first, 3) == "by ";
        if (bound) {  // (and the level before it is left: "rise from £4 by up to 50p")
          level_of_move = false;
          level_from = false;
          words_since = 0;
        } else if (b == reached_to) {  // (its phrase's words up to "of" are no words of time)
          level_of_move = true;
          level_from = false;
          words_since = -8;
        } else if ((w == "to" || w == "from") ||
            (w == "at" && words_since == 0 && (st.verb == "higher" || st.verb == "lower" || st.verb == "up" || st.verb == "down"))) {
          level_of_move = true;
          level_from = w == "from";
          words_since = 0;
        } else {
          ++words_since;
          if (chunk::Classify(w) == chunk::WordClass::kTime || words_since > 4) level_of_move = false;
        }
        return true;
      });
    }
    // The verb takes the figure itself ("Brent fell $2", "rose by 12", "climbed nearly 40"):
    // the figure is the size of the movement, whatever its unit. Not a sum raised, lost, added
    // or cut, which is an amount in its own right.
    static constexpr std::string_view kSumVerbs[] = {"raised", "raising", "raise",   "raises",  "lost",
                                                     "lose",   "losing",  "added",   "cut",     "cuts",
                                                     "reduced", "reduce", "boosted", "slashed", "trimmed"};
    // "by" right before the figure is the size of the move, whatever stands between it and the
    // verb ("raised rates by 25 basis points", "cut its forecast by $2 billion"); not the "by"
    // of another verb's agent ("profit fell, hit by $300 million in charges", "offset by").
    bool by_figure = st.verb_before && verb_at != std::string::npos && !level_of_move && gov == "by";
    if (by_figure) {
      static constexpr std::string_view kParticiples[] = {"hit", "offset", "led", "driven", "hurt", "held", "set",
                                                          "struck", "caught", "won", "made", "paid", "met",
                                                          "bought", "sold", "dragged", "weighed", "spurred"};
      auto [pb, pe] = WordBefore(sentence, gb);
      std::string_view before_by = sentence.substr(pb, pe - pb);
      // ("weighed down by", "held back by", "pushed up by": the participle before the particle.)
      if (before_by == "down" || before_by == "up" || before_by == "back" || before_by == "lower" || before_by == "higher") {
        auto [qb, qe] = WordBefore(sentence, pb);
        if (qb < qe && sentence.substr(qb, qe - qb) != st.verb) before_by = sentence.substr(qb, qe - qb);
      }
      by_figure = before_by == st.verb ||
                  (!before_by.ends_with("ed") &&
                   std::find(std::begin(kParticiples), std::end(kParticiples), before_by) == std::end(kParticiples));
    }
    bool moved_by = st.verb_before && verb_at != std::string::npos && !level_of_move && !by_figure &&
                    std::find(std::begin(kSumVerbs), std::end(kSumVerbs), st.verb) == std::end(kSumVerbs);
    if (moved_by) {
      // Between the verb and the figure only "by", "another" or words of approximation
      // (IsApproxWord), not of position: "climbed over $90 a barrel" is above a level.
      int between = 0;
      chunk::ForEachToken(sentence, verb_at + st.verb.size(), q.begin, [&](size_t b, size_t e) {
        const std::string_view w = sentence.substr(b, e - b);
        moved_by = ++between <= 3 && (w == "by" || w == "another" ||
                                      (IsApproxWord(w) && w != "over" && w != "under" && w != "above" &&
                                       w != "below" && w != "up" && w != "between"));
        return moved_by;
      });
    }
    moved_by = moved_by || by_figure;
    if (st.verb_before && verb_at != std::string::npos && !level_of_move && !by_figure &&
        SumRaised(sentence, st.verb, verb_at, q))
      st.direction.clear();
    // "Moody's downgraded 14 banks", "rolled back 12 regulations": a count of the things a verb
    // of rating or revising acts on, not a move of it.
    if (st.verb_before && verb_at != std::string::npos && !level_of_move && !by_figure && q.unit == "count" &&
        !q.noun.empty() &&
        (st.verb.starts_with("upgrad") || st.verb.starts_with("downgrad") || st.verb.starts_with("Upgrad") ||
         st.verb.starts_with("Downgrad") || (st.verb.find(' ') != std::string::npos && !st.verb.starts_with("more "))))
      st.direction.clear();
    // "weighed down by", "pushed up by": a participle's particle is no movement of the figure.
    if (moved_by && (st.verb == "down" || st.verb == "up") && verb_at != std::string::npos) {
      auto [wb, we] = WordBefore(sentence, verb_at);
      if (we > wb && sentence.substr(wb, we - wb).ends_with("ed")) moved_by = false;
    }
    // The level left has no direction of its own. The level reached keeps the movement's
    // ("slumped 31% to 2.4 billion euros"), except after a verb of pace: "growth slowed to 1.9%"
    // is growth of 1.9%, not a decrease of it; its direction is fixed with the subject below.
    const bool pace = level_of_move && !level_from &&
                      (st.verb == "slowed" || st.verb == "slowing" || st.verb == "slow" || st.verb == "slows" ||
                       st.verb == "accelerated" ||
                       st.verb == "accelerating" || st.verb == "eased" || st.verb == "down" || st.verb == "up");
    if (level_of_move && (level_from || pace)) st.direction.clear();
    *pace_out = pace;
    *from_out = level_of_move && level_from;
    // A signed figure is a change ("-1.3%", "+2 pp"); a negative one is a fall whatever moved
    // ("growth was -0.3%"). Not a level something is held or set "at": "kept its rate at minus 0.1%".
    if ((st.direction.empty() || q.value < 0) && !level_of_move && [&] {
          const auto [ab, ae] = WordBefore(sentence, q.begin);
          return sentence.substr(ab, ae - ab) != "at";
        }() && (q.unit == "percent" || q.unit == "pp") &&
        !q.surface.empty() && (q.value < 0 || q.surface[0] == '+')) {
      st.direction = q.value < 0 ? "decrease" : "increase";
    }
    bool noun_move = false;
    // The phrase the figure measures: "60% of the workers", "35 sections of the region", "a 51%
    // stake in a school", "a 3% drop".
    std::string_view measured;
    // An adjective of size that ends its phrase measures no noun: "The tower is 828 metres tall", "3
    // metres high and 50 cm thick"; "a 30 km long stretch" measures the stretch.
    const bool dimension = q.unit != "count" && spaced && chunk::SizeAdjective(next) && [&] {
      if (sentence.substr(nb, ne - nb) != next) return true;
      auto [fb, fe] = WordAfter(sentence, ne);
      if (next == "across") return fe <= fb;  // ("4 km across,"; not "400 kV across the region")
      return fe <= fb || chunk::Classify(Bare(sentence.substr(fb, fe - fb))) != chunk::WordClass::kContent;
    }();
    {
      size_t after = q.end;
      if (!q.noun.empty()) {
        const size_t at = sentence.find(q.noun, q.end);
        if (at != std::string_view::npos && at < q.end + 8) after = at + q.noun.size();
      }
      auto [ob, oe] = WordAfter(sentence, after);
      const std::string_view w = sentence.substr(ob, oe - ob);
      // A share set against the one before is its own "for" phrase's: "won 52.3% of the vote against
      // 46.1% for his challenger"; the second of a lead's pair, its object's: "Labour leads the
      // Conservatives 44% to 24%".
      const bool moved_before = std::any_of(moves.begin(), moves.end(), [&](const Move& m) { return m.end <= q.begin; });
      const std::string_view rival =
          // (A count, a bare figure or money only by its own "for": "compared with 47 for Democrats".)
          q.unit == "percent" || (w == "for" && (q.unit == "count" || q.unit.empty() ||
                                                 (q.unit.size() == 3 && q.unit[0] >= 'A' && q.unit[0] <= 'Z')))
              ? RivalShare(sentence, q.begin, oe, w, window_end, moved_before)
              : std::string_view();
      if (!rival.empty()) {
        measured = rival;
        st.absolute = true;  // (no holder: "The incumbent's Republican candidate")
      } else if (oe <= window_end && ascii::EqualsLower(w, "of") && (after < sentence.size() && sentence[after] == ' ')) {
        // (A share a move reached or left is its subject's level, "of" its base: "Public debt rose
        // to 120% of GDP" is public debt's.)
        // (Not "up to": a bound, "marked up to 40% of its stock".)
        const bool up_to = q.begin >= 6 && sentence.substr(q.begin - 6, 6) == "up to ";
        // (So is a share a copula, "at", "for" or a verb of amounting takes: "The government's debt
        // stands at 98% of GDP", "Fraud now accounts for 41% of all crime", "Women make up 20% of
        // voters", "Exports are 30% of output".)
        std::string_view measured_by_clause;  // the subject of the verb taking the share
        // The verb taking it (its first byte), or npos.
        const size_t complement = (q.unit != "percent" && q.unit != "fraction") || up_to ? std::string::npos : [&]() -> size_t {
          const auto [wb, we] = WordBeforePast(sentence, q.begin, prev_end, [](std::string_view w) {
            return IsApproxWord(w) && w != "over" && w != "under" && w != "at" && w != "up";
          });
          if (we <= wb) return std::string::npos;
          const std::string_view w = sentence.substr(wb, we - wb);
          static const auto* taking = new ascii::WordMap<bool>(
              {{"at", true}, {"for", true}, {"is", true}, {"was", true}, {"are", true}, {"were", true},
               {"remains", true}, {"remained", true}, {"represents", true}, {"represented", true},
               {"represent", true}, {"equals", true}, {"equaled", true}, {"equalled", true}, {"up", true},
               {"comprise", true}, {"comprises", true}, {"comprised", true}, {"constitute", true},
               {"constitutes", true}, {"constituted", true}},
              /*lower=*/false);
          if (taking->Find(w) == nullptr) return std::string::npos;
          if (w != "at" && w != "for" && w != "up") return wb;
          // (A particle's or a preposition's verb: "make up", "accounts for", "stands at"; not "in
          // exchange for 6% of the company", "hired at 40% of".)
          const auto [pb, pe] = WordBefore(sentence, wb);
          const std::string_view p = sentence.substr(pb, pe - pb);
          static const auto* verbs = new ascii::WordMap<bool>(
              {{"make", true}, {"makes", true}, {"made", true}, {"making", true}, {"account", true},
               {"accounts", true}, {"accounted", true}, {"accounting", true}, {"stands", true}, {"stood", true},
               {"stand", true}, {"standing", true}, {"is", true}, {"was", true}, {"are", true}, {"were", true},
               {"remains", true}, {"remained", true}, {"sits", true}, {"sat", true}, {"hovers", true},
               {"hovered", true}, {"held", true}},
              /*lower=*/false);
          if (pe <= pb || pe + 1 != wb || verbs->Find(p) == nullptr) return std::string::npos;
          const bool particle = w == "up" ? (p == "make" || p == "makes" || p == "made" || p == "making")
                                          : w == "for" ? p.starts_with("account") : !p.starts_with("make") && !p.starts_with("account");
          return particle ? pb : std::string::npos;
        }();
        // Its subject: the phrase before the verb, or a relative pronoun's antecedent ("500
        // companies, which account for 80% of market value").
        if (complement != std::string::npos) {
          size_t end = complement;
          // (Past adverbs: "which together account for", "which now make up".)
          for (auto [ab, ae] = WordBefore(sentence, end);
               ae > ab && ab >= prev_end && [&] {
                 const std::string_view a = sentence.substr(ab, ae - ab);
                 return a == "together" || a == "also" || a == "now" || a == "still" || a == "jointly" ||
                        a == "alone" || (a.size() > 4 && a.ends_with("ly"));
               }();
               std::tie(ab, ae) = WordBefore(sentence, end))
            end = ab;
          const auto [rb, re] = WordBefore(sentence, end);
          const std::string_view r = sentence.substr(rb, re - rb);
          // ("that" only after a noun, a relative's: not "Officials said that represents 5%".)
          const auto [tb, te] = WordBefore(sentence, rb);
          const std::string_view before_r = Bare(sentence.substr(tb, te - tb));
          const bool relative = r == "which" || r == "who" ||
                                (r == "that" && te > tb && chunk::Classify(before_r) == chunk::WordClass::kContent &&
                                 !IsReportingVerb(before_r) && !UnlistedPast(before_r));
          if (relative) {
            end = rb;
            while (end > prev_end && (sentence[end - 1] == ' ' || sentence[end - 1] == ',')) --end;
          } else if (r == "that" || r == "That" || r == "this" || r == "This" || r == "What" || r == "what" ||
                     r == "it" || r == "It") {
            end = prev_end;  // (a pronoun's: the phrase after "of" says what is shared, as before)
          }
          std::string_view np = end > prev_end ? chunk::NounPhraseBefore(sentence, end, prev_end) : std::string_view();
          // (With a participle's phrase it ends: "cars and machinery made in Bavaria".)
          if (!np.empty()) {
            const size_t np_begin = static_cast<size_t>(np.data() - sentence.data());
            const auto [ib, ie] = WordBefore(sentence, np_begin);
            const auto [vb, ve] = ie > ib ? WordBefore(sentence, ib) : std::pair<size_t, size_t>{0, 0};
            const std::string_view prep = sentence.substr(ib, ie - ib), part = sentence.substr(vb, ve - vb);
            if (ve > vb && vb >= prev_end && chunk::Classify(prep) == chunk::WordClass::kPreposition &&
                (UnlistedPast(part) || part == "made" || part == "built" || part == "sold" || part == "grown")) {
              const std::string_view head = chunk::NounPhraseBefore(sentence, vb, prev_end);
              if (!head.empty()) np = sentence.substr(static_cast<size_t>(head.data() - sentence.data()),
                                                      np_begin + np.size() - static_cast<size_t>(head.data() - sentence.data()));
            }
          }
          // (Not over an aside: "Hilly areas, thought to represent portions of the crust, represent".)
          if (const size_t comma = np.find(','); comma != std::string_view::npos) np = np.substr(0, comma);
          // (Nor a free relative: "What is left is 10% of the original collection".)
          const std::string_view first = np.substr(0, np.find(' '));
          if (!np.empty() && !IsPronounPhrase(np) && first != "What" && first != "what" && first != "That" &&
              first != "This" && first != "It")
            measured_by_clause = np;
        }
        if (!measured_by_clause.empty())
          measured = measured_by_clause;
        else if (!(level_of_move && q.unit == "percent" && !up_to))
          measured = chunk::NounPhraseAfter(sentence, oe, window_end);
      } else if (q.noun.empty() && spaced && ob < window_end && !next.empty() && !particle_after &&
                 !(q.unit == "percent" && PercentPredicate(next) && [&] {
                   // (Only an adjective that ends its phrase: "95% effective in", "90% likely to";
                   // "a 65% renewable electricity target" measures the target.)
                   if (sentence.substr(nb, ne - nb) != next) return true;  // (punctuation after it)
                   auto [fb, fe] = WordAfter(sentence, ne);
                   const std::string_view after = Bare(sentence.substr(fb, fe - fb));
                   return fe <= fb || chunk::Classify(after) != chunk::WordClass::kContent ||
                          chunk::CannotBeginNoun(after, sentence.substr(fe));  // ("effective overall")
                 }()) &&
                 !dimension && !(next.size() > 2 && ClauseVerbAt(next, sentence.substr(ne))) &&
                 !(next == "compared" || next == "relative" || next == "according" || next == "respectively" ||
                   next == "thanks" || next == "owing" || next == "due") &&  // ("21% thanks to a tax credit")
                 // (Nor a participle with a preposition after it: "49.2C recorded in Pakistan", "the
                 // record of 1.55C set in 2024"; an irregular one only after no determiner, "a 10 km
                 // run in the park" measures the run.)
                 !(((next.size() > 4 && next.ends_with("ed")) ||
                    ((chunk::IrregularPast(next) || next == "broken" || next == "taken" || next == "run" ||
                      next == "given" || next == "driven" || next == "beaten" || next == "shown" || next == "grown") &&
                     !q.unit.empty() && q.unit != "count" && [&] {
                       auto [db, de] = WordBefore(sentence, q.begin);
                       return chunk::Classify(sentence.substr(db, de - db)) != chunk::WordClass::kDeterminer;
                     }())) &&
                   [&] {
                     auto [fb, fe] = WordAfter(sentence, ne);
                     return fe > fb && chunk::Classify(Bare(sentence.substr(fb, fe - fb))) == chunk::WordClass::kPreposition;
                   }()) &&
                 chunk::Classify(next) == chunk::WordClass::kContent &&
                 ((next[0] >= 'a' && next[0] <= 'z') || (q.unit == "year of age" && next[0] >= 'A' && next[0] <= 'Z')) &&
                 !chunk::CannotBeginNoun(next, sentence.substr(ne)) &&
                 !(chunk::ParticipleWithObject(next, sentence.substr(ne)) && [&] {
                   auto [db, de] = WordBefore(sentence, q.begin);
                   return chunk::Classify(sentence.substr(db, de - db)) != chunk::WordClass::kDeterminer;
                 }())) {
        // (An age is the age of the name after it: "The 68-year-old Washington, who ...".)
        std::string_view np = chunk::NounPhraseAfter(sentence, ob, window_end);
        bool increase = false;
        // ("a 25% wage increase", "a 5.5% pay rise": a noun that says what moved, then the
        // movement's noun ending the phrase or before its preposition.)
        std::string_view moved_noun, mover = next;
        if (!np.empty() && !chunk::MovementNoun(next, &increase) && np.size() > next.size() + 1 && next[0] >= 'a') {
          // (Its first three words, no allocation per figure.)
          const auto [b0, e0] = WordAfter(np, 0);
          const auto [b1, e1] = WordAfter(np, e0);
          const auto [b2, e2] = WordAfter(np, e1);
          const std::string_view w0 = np.substr(b0, e0 - b0), w1 = np.substr(b1, e1 - b1), w2 = np.substr(b2, e2 - b2);
          if (e1 > b1 && w0 == next && chunk::MovementNoun(Bare(w1), &increase) &&
              (e2 <= b2 || chunk::Classify(w2) == chunk::WordClass::kPreposition)) {
            // (An adjective says how it moved, not what: "a 3% quarterly decline in sales", "a 7%
            // surprise fall".)
            static const auto* how = new ascii::WordMap<bool>(
                {{"annual", true}, {"surprise", true}, {"sharp", true}, {"modest", true}, {"steep", true},
                 {"slight", true}, {"small", true}, {"big", true}, {"huge", true}, {"record", true},
                 {"further", true}, {"sudden", true}, {"strong", true}, {"weak", true}, {"solid", true},
                 {"similar", true}, {"total", true}, {"overall", true}, {"average", true}, {"expected", true},
                 {"combined", true}, {"cumulative", true}, {"additional", true}, {"initial", true}, {"net", true},
                 {"massive", true}, {"dramatic", true}, {"marginal", true}, {"significant", true}},
                /*lower=*/true);
            if (!(next.ends_with("ly") || Adjective(next) || how->Find(next) != nullptr)) moved_noun = next;
            mover = Bare(w1);
          }
        }
        // (A loss in money is an amount, as "a net loss of $88 million" is: "narrower than the $425
        // million loss a year earlier".)
        const bool money_loss = (mover == "loss" || mover == "losses") && MoneyUnit(q.unit);
        if (!np.empty() && !money_loss && chunk::MovementNoun(mover, &increase)) {
          noun_move = true;
          st.direction = increase ? "increase" : "decrease";
          st.verb = std::string(mover);
          if (!moved_noun.empty()) measured = moved_noun;
          // "a 75% increase in usage": what moved is the object of "in" or "of".
          for (std::string_view prep : {" in ", " of "}) {
            if (!moved_noun.empty()) break;
            const size_t at = np.find(prep);
            if (at != std::string_view::npos) {
              measured = np.substr(at + prep.size());
              break;
            }
          }
        } else {
          measured = np;
          // (Not on over the clause's verb: "A 7.1-magnitude earthquake struck Tibet" measures the
          // earthquake.)
          // (An irregular past anywhere, "earthquake shook buildings"; a past in -ed before no noun,
          // not an adjective before its noun, "first preferred ship mortgage"; no past that is as
          // often a noun: "a quarter point cut".)
          const std::vector<std::string_view> w = WordsOf(np);
          for (size_t k = 1; k < w.size(); ++k)
            if (((UnlistedPast(w[k]) && !NounLikePast(w[k]) &&
                  (k + 1 == w.size() || chunk::IrregularPast(w[k]) || !(w[k + 1][0] >= 'a' && w[k + 1][0] <= 'z' &&
                                          chunk::Classify(w[k + 1]) == chunk::WordClass::kContent))) ||
                 // (A verb in -s before a name: "7.5 earthquake strikes Japan".)
                 (k + 1 < w.size() && w[k].size() > 3 && w[k].ends_with("s") && !w[k].ends_with("ss") &&
                  w[k][0] >= 'a' && w[k][0] <= 'z' && w[k + 1][0] >= 'A' && w[k + 1][0] <= 'Z' &&
                  !w[k - 1].ends_with("s"))) &&
                chunk::Classify(w[k - 1]) == chunk::WordClass::kContent) {
              measured = np.substr(0, static_cast<size_t>(w[k - 1].data() + w[k - 1].size() - np.data()));
              break;
            }
        }
      }
    }
    if (!off_object.empty()) {
      measured = off_object;
      st.absolute = true;  // (the taker holds none of it: not "The tariffs' GDP growth")
    }
    // A multiplying verb's object is what it multiplied: "Russia has more than doubled the recycling
    // tax", "The company doubled its dividend".
    if (measured.empty() && !q.multiplier_verb.empty() && spaced && chunk::Classify(next) == chunk::WordClass::kDeterminer)
      measured = chunk::NounPhraseAfter(sentence, nb, window_end);
    if (measured.empty() && !with_np.empty()) {
      measured = with_np;
      st.absolute = true;
    }
    // Kind ("400 fewer than in 2024": a difference of counts, a change).
    if (q.unit == "count" && !(particle_after && (st.verb == "more" || st.verb == "fewer" || st.verb == "less")))
      st.kind = "count";
    else if (q.unit == "times") st.kind = st.direction.empty() ? "ratio" : "change";
    else if (q.unit == "fraction") st.kind = st.direction.empty() ? "share" : "change";
    else if (!st.direction.empty() && !level_of_move && (q.unit == "percent" || q.unit == "pp" || q.unit == "bp"))
      st.kind = "change";
    else if (noun_move) st.kind = "change";
    else if ((particle_after || ParticleBefore(sentence, q.begin, st.verb)) && q.unit != "score") st.kind = "change";
    // (A price per unit is a level: "Gold climbed about $1,950 an ounce"; a measure's rate moves:
    // "Sea levels rose 3 millimetres a year".)
    else if (moved_by && q.unit != "percent" && q.unit != "pp" && q.unit != "score" &&
             !(q.unit.find(" per ") != std::string::npos &&
               ((q.unit.size() > 3 && q.unit[3] == ' ' && std::isupper(static_cast<unsigned char>(q.unit[0]))) ||
                q.unit.starts_with("cent ") || q.unit.starts_with("pence "))))
      st.kind = "change";
    else if (q.unit == "percent" && st.direction.empty() && !level_of_move) st.kind = "share";
    else st.kind = "level";
    if (!q.multiplier_verb.empty()) {
      st.verb = q.multiplier_verb;
      st.direction = q.value >= 1 ? "increase" : "decrease";
      st.kind = "change";
    }
    // A level the clause goes on to say moved: "Inflation was 3.2% in October, down from 3.7%",
    // "Sales were $4.1 billion, up 3%" (a comma after it, a few words of its own between).
    // ("Boeing delivered 29 jetliners in March, down from 64": a count too.)
    if (st.direction.empty() && st.verb.empty() && !moved_by &&
        (st.kind == "level" || st.kind == "share" || st.kind == "count")) {
      const size_t comma = sentence.find(", ", q.end);
      // (Cheap first: "up " or "down " after the comma.)
      if (comma != std::string_view::npos && comma - q.end < 40 &&
          (sentence.substr(comma + 2).starts_with("up ") || sentence.substr(comma + 2).starts_with("down ")) &&
          std::none_of(sentence.begin() + q.end, sentence.begin() + comma,
                       [](char ch) { return (ch >= '0' && ch <= '9') || ch == '%' || ch == '$' || ch == '(' || ch == ';'; }) &&
          chunk::VerbsIn(sentence, q.end, comma).empty()) {
        auto [ub, ue] = WordAfter(sentence, comma + 1);
        const std::string_view particle = sentence.substr(ub, ue - ub);
        auto [nb2, ne2] = WordAfter(sentence, ue);
        const std::string_view after = sentence.substr(nb2, ne2 - nb2);
        // (The figure after it written as this one is: "down from 3.7%", not "up from earlier
        // estimates", "worth over $10 billion, up from 40".)
        std::string_view figure = after;
        if (after == "from" || IsApproxWord(after)) {
          auto [fb, fe] = WordAfter(sentence, ne2);
          figure = sentence.substr(fb, fe - fb);
          if (IsApproxWord(figure) && figure != "from") std::tie(fb, fe) = WordAfter(sentence, fe);
          figure = sentence.substr(fb, fe - fb);
        }
        const bool percent = q.surface.ends_with("%");
        const bool from = after == "from";
        const bool same = !figure.empty() && !q.surface.empty() &&
                          (!from ? ascii::IsDigit(figure[0]) || !ascii::IsAlpha(figure[0])
                                 : (ascii::IsDigit(q.surface[0]) ? ascii::IsDigit(figure[0]) : figure[0] == q.surface[0]) &&
                                       (!percent || figure.find('%') != std::string_view::npos));
        // (Or a time it moved from: "up from a year earlier", "down from last year".)
        const bool from_time = from && [&] {
          auto [tb, te] = WordAfter(sentence, ne2);
          std::string_view t = sentence.substr(tb, te - tb);
          if (t == "a" || t == "the" || t == "last" || t == "its") {
            std::tie(tb, te) = WordAfter(sentence, te);
            t = Bare(sentence.substr(tb, te - tb));
          }
          return te > tb && TimeWord(t);
        }();
        if ((particle == "up" || particle == "down") && ne2 > nb2 && (same || from_time)) {
          st.direction = particle == "up" ? "increase" : "decrease";
          if (st.kind == "share") st.kind = "level";
        }
      }
    }
    // A size set off by a comma is the size of the phrase before it ("The asteroid, about 500
    // meters wide, will pass", "The suspect, described as 6 feet tall,"); not in a clause of its own
    // (", which is 1.2 km long").
    // After a noun, the size is the noun's ("built a wall 5 metres high", "through snow 3 metres
    // deep"): its phrase back to its determiner or a preposition, at most four words, no verb.
    if (dimension && measured.empty()) {
      size_t begin = q.begin, at = q.begin;
      bool opened = false;  // by a determiner or a preposition
      for (int n = 0; n < 4; ++n) {
        const auto [wb, we] = WordBefore(sentence, at);
        if (we <= wb || wb < prev_end) break;
        const std::string_view w = sentence.substr(wb, we - wb);
        const chunk::WordClass k = chunk::Classify(w);
        if (n == 0 && (k != chunk::WordClass::kContent || w[0] < 'a' || w[0] > 'z' || !ascii::IsAlpha(w.back()) ||
                       w.ends_with("ly") || chunk::IrregularPast(w) || (w.size() > 4 && w.ends_with("ed"))))
          break;
        if (k == chunk::WordClass::kDeterminer || k == chunk::WordClass::kPreposition) {
          if (k == chunk::WordClass::kDeterminer) begin = wb;
          opened = true;
          break;
        }
        if (k != chunk::WordClass::kContent || !ascii::IsAlpha(w.back()) || chunk::IrregularPast(w) ||
            (w.size() > 4 && w.ends_with("ed")) || (w.size() > 4 && w.ends_with("ing")))
          break;
        begin = wb;
        at = wb;
      }
      const std::string_view np = normalizers::Trim(sentence.substr(begin, q.begin - begin));
      // (Not a noun and a verb in -s: "The galaxy lies 2.5 million light years away".)
      const std::vector<std::string_view> w = WordsOf(np);
      const bool verb_s = w.size() >= 2 && w.back().ends_with("s") && !w.back().ends_with("ss") &&
                          !w[w.size() - 2].ends_with("s");
      if (opened && !np.empty() && !verb_s) measured = np;
    }
    if (dimension && measured.empty()) {
      size_t at = q.begin;
      for (int n = 0; n < 3; ++n) {
        const auto [wb, we] = WordBefore(sentence, at);
        if (we <= wb || wb < prev_end) break;
        const std::string_view w = sentence.substr(wb, we - wb);
        if (w.ends_with(",")) {
          measured = chunk::NounPhraseBefore(sentence, we - 1, prev_end);
          break;
        }
        if (w == "which" || w == "who" || w == "that" || w == "and" || w == "but" || w == "or" ||
            chunk::Classify(w) == chunk::WordClass::kVerb)
          break;
        at = wb;
      }
    }
    if (!measured.empty()) {
      st.subject = std::string(measured);
      st.own_phrase = true;
      return st;
    }
    // An age set off by commas is the age of the name before it ("The suspect, 27, faces").
    // The name's capitalized words, or the person's noun back to its determiner ("Police arrested
    // Maria Lopez, 52," is Maria Lopez's; "Officers charged a man, 31," a man's).
    if (q.unit == "year of age" && q.begin >= 2 && sentence.substr(q.begin - 2, 2) == ", ") {
      const size_t end = q.begin - 2;
      size_t begin = end;
      const bool name = end > 0 && [&] {
        const auto [hb, he] = WordBefore(sentence, end + 1);
        return he > hb && sentence[hb] >= 'A' && sentence[hb] <= 'Z';
      }();
      for (int n = 0; n < 4; ++n) {
        const auto [wb, we] = WordBefore(sentence, begin);
        if (we <= wb || wb < prev_end) break;
        std::string_view w = sentence.substr(wb, we - wb);
        if (!w.empty() && w.back() == ',' && n == 0) w.remove_suffix(1);
        if (w.empty() || !ascii::IsAlpha(w.back())) break;
        const bool cap = w[0] >= 'A' && w[0] <= 'Z';
        if (name && !cap) break;
        if (!name && (w.ends_with("ed") || chunk::Classify(w) == chunk::WordClass::kVerb ||
                      chunk::Classify(w) == chunk::WordClass::kPreposition))
          break;
        begin = wb;
        if (!name && chunk::Classify(w) == chunk::WordClass::kDeterminer) break;
      }
      if (begin < end) {
        st.subject = std::string(sentence.substr(begin, end - begin));
        st.own_phrase = true;
        return st;
      }
    }
    // "an MSRP of $22,480": the noun before "of" is what the figure is, unless it only measures
    // ("a record high of", "a total of", "an increase of": then the clause's subject is).
    if (ascii::EqualsLower(gov, "of")) {
      std::string_view np = chunk::NounPhraseBefore(sentence, gb, prev_end);
      // (Not back over the figure before: "95% effective ... in a trial of 43,000 people".)
      if (HoldsFigure(np) && qi_floor > prev_end) np = chunk::NounPhraseBefore(sentence, gb, qi_floor);
      if (!np.empty()) {
        const size_t sp = np.rfind(' ');
        const std::string_view head = sp == std::string_view::npos ? np : np.substr(sp + 1);
        bool increase = false;
        // (Not a loss in money, an amount: "reported a net loss of $88 million".)
        // (But a loss "in market value" is the value's fall.)
        const bool money = q.unit.size() == 3 && std::isupper(static_cast<unsigned char>(q.unit[0])) &&
                           std::isupper(static_cast<unsigned char>(q.unit[2])) &&
                           !sentence.substr(q.end).starts_with(" in ") && !sentence.substr(q.end).starts_with(" of ");
        if (st.direction.empty() && !(money && (ascii::EqualsLower(head, "loss") || ascii::EqualsLower(head, "losses"))) &&
            chunk::MovementNoun(head, &increase)) {
          st.direction = increase ? "increase" : "decrease";
          if (st.verb.empty()) st.verb = std::string(head);  // "Tax cuts of $1,400", as "a drop of"
          if (st.kind == "level" || st.kind == "share") st.kind = "change";
        }
        // "held its benchmark rate in a range of 5.25% to 5.5%", "within a target range of": the
        // range of a range only bounds it; what lies in it is the phrase before "in" or "within"
        // (after "to", the figure before it's: "cut rates by 25 basis points to a range of").
        if (ascii::EqualsLower(head, "range") && q.hi.has_value()) {
          const size_t np_begin = static_cast<size_t>(np.data() - sentence.data());
          auto [pb, pe] = WordBefore(sentence, np_begin);
          std::string_view prep = sentence.substr(pb, pe - pb);
          std::string_view in = prep == "in" || prep == "within" || prep == "inside"
                                    ? chunk::NounPhraseBefore(sentence, pb, prev_end)
                                    : std::string_view();
          for (std::string_view p : {" in ", " within ", " inside "})  // (the phrase may hold it)
            if (const size_t k = np.rfind(p); k != std::string_view::npos && in.empty()) {
              in = np.substr(0, k);
              prep = p.substr(1, p.size() - 2);
            }
          if (!in.empty() && !HoldsFigure(in) && !IsPronounPhrase(in) && in.find(" to ") == std::string_view::npos &&
              chunk::VerbsIn(sentence, static_cast<size_t>(in.data() - sentence.data()),
                             static_cast<size_t>(in.data() + in.size() - sentence.data()))
                  .empty()) {
            st.subject = std::string(in);
            st.own_phrase = true;
            return st;
          }
          if (prep == "to" && prev_subject != nullptr && !prev_subject->empty()) {
            st.subject = *prev_subject;
            return st;
          }
        }
        if (!chunk::MeasureNoun(head) || (money && (ascii::EqualsLower(head, "loss") || ascii::EqualsLower(head, "losses")))) {
          st.subject = std::string(np);
          st.own_phrase = true;
          return st;
        }
        // "partners pledged a decrease of 400,000", "trade grew 26%, reaching a record high of
        // $237 billion": the subject is before the verb that takes the measuring phrase.
        const size_t np_begin = static_cast<size_t>(np.data() - sentence.data());
        auto [vb, ve] = WordBefore(sentence, np_begin);
        // ("approved a $145 million budget, an increase of 4 percent": a measure set off after the
        // figure before is that figure's subject's.)
        if (ve > vb && sentence[ve - 1] == ',' && qi_floor > 0 && ve - 1 >= qi_floor && prev_subject != nullptr &&
            !prev_subject->empty() && sentence.substr(qi_floor, ve - 1 - qi_floor).find_first_of(",;") == std::string_view::npos) {
          st.subject = *prev_subject;
          return st;
        }
        // ("to 14.8 billion euros, after a decline of 3.1% in 2025": a measure after a preposition
        // of time or cause is the figure before's subject's, or the noun it counts: "carried 31
        // million passengers, after a drop of 70%" is the passengers'.)
        if (const std::string_view w = sentence.substr(vb, ve - vb);
            (w == "after" || w == "before" || w == "following" || w == "despite" || w == "amid") &&
            prev_subject != nullptr && !prev_subject->empty()) {
          std::string_view counted = qi_floor > 0 && qi_floor < vb ? chunk::NounPhraseAfter(sentence, qi_floor, vb)
                                                                   : std::string_view();
          while (!counted.empty() && (counted.back() == ',' || counted.back() == ' ')) counted.remove_suffix(1);
          st.subject = counted.empty() || HoldsFigure(counted) ? *prev_subject : std::string(counted);
          return st;
        }
        // ("The Nikkei closed at a 34-year high of 38,915": the verb whose "at" takes it.)
        if (vb < ve && vb > 0 && ve + 1 < sentence.size() && sentence.substr(vb, ve - vb) == "at") {
          auto [lb, le] = WordBefore(sentence, vb);
          if (lb < le && lb >= prev_end && !LevelTail(sentence.substr(lb, le - lb), sentence.substr(vb)).empty()) vb = lb;
        }
        // ("Home prices dropped by an average of £12,000", "Wages grew at an annual rate of 4.1%",
        // "Unemployment fell to a record low of 6.4%": the movement whose "by", "at" or "to" takes
        // it.)
        if (vb < ve && vb > 0 &&
            (sentence.substr(vb, ve - vb) == "by" || sentence.substr(vb, ve - vb) == "at" ||
             sentence.substr(vb, ve - vb) == "to")) {
          auto [lb, le] = WordBefore(sentence, vb);
          bool increase = false;
          if (lb < le && lb >= prev_end && MoveWord(sentence.substr(lb, le - lb), &increase)) vb = lb;
        }
        if (vb < ve && vb >= prev_end) {
          verb_at = vb;
          measure_verb = true;
        }
      }
    }
    // The antecedent of the relative pronoun at `rel`: the phrase before it, not reaching back over
    // a movement the clause kept off the figure ("The agency rolled back a rule that capped": a
    // rule), a participle's "by" ("helped by large orders for aircraft, which rose") or a
    // preposition of time ("in September after gasoline, which rose": gasoline).
    auto antecedent = [&](size_t rel) {
      size_t at = rel;
      const size_t floor = std::max(prev_end, blocked_end);
      while (at > floor && (sentence[at - 1] == ' ' || sentence[at - 1] == ',')) --at;
      std::string_view a = chunk::NounPhraseBefore(sentence, at, floor);
      const std::string_view first = a.substr(0, a.find(' '));
      if (first.size() > 4 && first.ends_with("ed") && a.substr(first.size()).starts_with(" by "))
        a.remove_prefix(first.size() + 4);
      for (std::string_view p : {" after ", " before ", " since ", " until "})
        if (const size_t k = a.rfind(p); k != std::string_view::npos) a.remove_prefix(k + p.size());
      // (A phrase holding a figure is no antecedent: "voted 51-49 to pass the bill, which"; but a
      // compound's number is a word's, "The yield on the 10-year note, which".)
      bool figure = false;
      chunk::ForEachToken(a, 0, a.size(), [&](size_t b, size_t e) {
        const std::string_view t = a.substr(b, e - b);
        const size_t dash = t.find('-');
        const bool compound = dash != std::string_view::npos && dash + 1 < t.size() && ascii::IsAlpha(t[dash + 1]) &&
                              t.find('-', dash + 1) == std::string_view::npos;
        figure = !compound && std::any_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
        return !figure;
      });
      if (figure) return std::string_view();
      return a;
    };
    // The clause's subject: the phrase before its verb (the movement verb, else a level verb
    // after the previous figure), else the previous figure's subject, else the main clause's.
    size_t subj_end = verb_at;
    std::string_view np;
    // A name right before the figure, no verb between ("FTSE -0.6%", "RHP John Smith 0.5"); not a
    // score's verb's object ("The Dodgers outscored the Padres 31-14": the Dodgers).
    if (subj_end == std::string::npos && gb < ge && ge == WordBefore(sentence, q.begin).second && gov[0] >= 'A' &&
        gov[0] <= 'Z' && chunk::Classify(gov) == chunk::WordClass::kContent &&
        !(chunk::HeadlineVerb(gov) && !chunk::NounAsOften(gov))) {
      np = chunk::NounPhraseBefore(sentence, q.begin, qi_floor);
      if (!np.empty() && q.unit == "score") {
        // (A verb with a subject of its own before the name: not "Manchester City, who beat Fulham 5-1".)
        const auto& verbs = chunk::VerbsIn(sentence, qi_floor, static_cast<size_t>(np.data() - sentence.data()));
        const size_t np_begin = static_cast<size_t>(np.data() - sentence.data());
        if (!verbs.empty() && WordBefore(sentence, np_begin).first == verbs.back().first &&
            !chunk::NounPhraseBefore(sentence, verbs.back().first, qi_floor).empty())
          np = {};
      }
    }
    if (subj_end == std::string::npos && np.empty()) {
      size_t level_end = 0;
      for (const auto& [lb, le] : level_verbs) {
        if (le > q.begin) break;
        const std::string_view lw = sentence.substr(lb, le - lb);
        if (lb < prev_end || lw == "to" || lw == "of" || lw == "at" || q.begin - lb > 120) continue;
        subj_end = lb;
        level_end = le;
      }
      // A copula's clause is not the figure's when a verb of the lists takes the figure after it
      // ("Payne is wary of changing the product that the company sells 2.9 million cases of": the
      // company's).
      if (subj_end != std::string::npos && level_end < q.begin) {
        const std::string_view lw = sentence.substr(subj_end, level_end - subj_end);
        if (lw == "is" || lw == "was" || lw == "are" || lw == "were") {
          const auto& verbs = chunk::VerbsIn(sentence, level_end, q.begin);
          size_t at = q.begin;
          for (auto [wb, we] = WordBefore(sentence, at); we > wb && IsApproxWord(sentence.substr(wb, we - wb));
               std::tie(wb, we) = WordBefore(sentence, at))
            at = wb;
          // (Only after a phrase of its own that a determiner, a pronoun or a name opens: not "was
          // ordered to pay $50,000", "were hopeful the city would attract 5 million".)
          const std::string_view own = verbs.empty() ? std::string_view()
                                                     : chunk::NounPhraseBefore(sentence, verbs.back().first, level_end);
          const std::string_view first = own.substr(0, own.find(' '));
          const chunk::WordClass fc = chunk::Classify(first);
          if (!own.empty() && !own.ends_with("'s") && !own.ends_with("\xE2\x80\x99s") &&  // ("Schiff's own")
              (fc == chunk::WordClass::kDeterminer || fc == chunk::WordClass::kPronoun || (first[0] >= 'A' && first[0] <= 'Z')) &&
              !chunk::IsAuxiliary(sentence.substr(verbs.back().first, verbs.back().second - verbs.back().first)) &&
              WordBefore(sentence, at).first == verbs.back().first) {
            subj_end = verbs.back().first;
            level_end = verbs.back().second;
          }
        }
      }
      // Else the clause's last verb before the figure ("Tesla broke a record with $7.2 billion").
      if (subj_end == std::string::npos) {
        const auto& verbs = chunk::VerbsIn(sentence, qi_floor, q.begin);
        if (!verbs.empty()) {
          subj_end = verbs.back().first;
          while (subj_end > qi_floor && sentence[subj_end - 1] != ' ') --subj_end;
          level_end = verbs.back().second;
          // A verb of expecting or wanting and its object before an infinitive: the infinitive's
          // subject is the object ("Officials expect the fire to burn 10,000 more acres": the fire).
          static const auto* expecting = new ascii::WordMap<bool>(
              {{"expect", true}, {"expects", true}, {"expected", true}, {"predict", true}, {"predicts", true},
               {"predicted", true}, {"forecast", true}, {"forecasts", true}, {"want", true}, {"wants", true},
               {"wanted", true}, {"project", true}, {"projects", true}, {"projected", true}, {"see", true},
               {"sees", true}, {"anticipate", true}, {"anticipates", true}},
              /*lower=*/true);
          if (expecting->Find(sentence.substr(verbs.back().first, verbs.back().second - verbs.back().first)) != nullptr) {
            const size_t to = sentence.find(" to ", level_end);
            if (to != std::string_view::npos && to + 4 < q.begin) {
              const std::string_view object = chunk::NounPhraseAfter(sentence, level_end, to);
              size_t oe = object.empty() ? 0 : static_cast<size_t>(object.data() - sentence.data()) + object.size();
              while (oe < to && sentence[oe] == ' ') ++oe;
              if (!object.empty() && oe == to && !HoldsFigure(object)) subj_end = to + 1;
            }
          }
        }
      }
      // "is selling the basic version for $1,062": the object before the figure's preposition;
      // not a copula's adjective ("was strong again with 26 saves"; but "was The Greatest
      // Showman with 2.7m sales", "is a leader with"; nor after "by", a winner's margin or a size of
      // a difference, "Biden won Pennsylvania by 80,000 votes", "Stocks outperformed bonds by 5
      // points", the subject's).
      if (subj_end != std::string::npos && gb > level_end && gb < ge &&
          chunk::Classify(gov) == chunk::WordClass::kPreposition && !ascii::EqualsLower(gov, "to") &&
          !ascii::EqualsLower(gov, "by") &&
          q.unit != "score") {  // ("secured its fourth straight title with a 3-1 win": the team's)
        np = chunk::NounPhraseBefore(sentence, gb, level_end);
        // ("stood at a record high of 38,915": a phrase that only measures is no object; nor the
        // particle of a move, "closed $3.50 higher at $120".)
        bool particle = false;
        if (!np.empty() && ((ascii::EqualsLower(gov, "of") &&
                             chunk::MeasureNoun(np.substr(np.rfind(' ') == std::string_view::npos ? 0 : np.rfind(' ') + 1))) ||
                            (np.find(' ') == std::string_view::npos && MoveWord(np, &particle)) ||
                            HoldsFigure(np)))
          np = {};  // (nor a phrase holding a figure: "closed 120 points higher at 38,500")
        if (!np.empty() && np[0] >= 'a' && np[0] <= 'z' && level_end > 0 && level_end <= sentence.size()) {
          auto [cb, ce] = WordBefore(sentence, level_end);
          const std::string_view c = sentence.substr(cb, ce - cb);
          const std::string_view first = np.substr(0, np.find(' '));
          if ((c == "is" || c == "was" || c == "are" || c == "were" || c == "be" || c == "been" ||
               c == "remains" || c == "remained" || c == "seems" || c == "seemed") &&
              chunk::Classify(first) != chunk::WordClass::kDeterminer && !first.ends_with("ing"))
            np = {};  // ("is selling the basic version for": a progressive's object stays)
        }
      }
      if (!np.empty()) {
        subj_end = std::string::npos;
        st.object_phrase = true;
      }
    }
    // A verb before a clause of place or time the figure is in is not the figure's: "The
    // researchers studied patients in Boston, where doctors treat about 1,000 cases".
    // Nor a past the lists lack whose object a relative clause with the figure follows: "The city
    // hired a firm that charged $400 an hour" (a firm's; not "said that", "told reporters that").
    if (subj_end != std::string::npos && subj_end < q.begin && !measure_verb) {
      const std::string_view gap = sentence.substr(subj_end, q.begin - subj_end);
      if (gap.find(", where ") != std::string_view::npos || gap.find(", when ") != std::string_view::npos) {
        subj_end = std::string::npos;
      } else if (const auto [vb, ve] = WordAfter(sentence, subj_end);
                 UnlistedPast(sentence.substr(vb, ve - vb)) && !IsReportingVerb(sentence.substr(vb, ve - vb))) {
        for (std::string_view rel : {" that ", " which ", " who "}) {
          const size_t k = gap.find(rel);
          if (k == std::string_view::npos) continue;
          const size_t rel_at = subj_end + k;
          const auto [ob, oe] = WordBefore(sentence, rel_at + 1);
          const std::string_view o = sentence.substr(ob, oe - ob);
          if (ob > ve && ascii::IsWordByte(o.back()) && chunk::Classify(o) == chunk::WordClass::kContent &&
              !UnlistedPast(o))
            subj_end = std::string::npos;
          break;
        }
      }
    }
    if (subj_end != std::string::npos) {
      // A verb that opens a clause after a comma (", down 5%", ", reaching $2 billion") has the
      // subject of the clause before it.
      size_t at = subj_end;
      while (at > 0 && sentence[at - 1] == ' ') --at;
      auto [vb, ve] = WordAfter(sentence, subj_end);
      const std::string_view vw = Bare(sentence.substr(vb, ve - vb));
      const bool opens_clause = vw == "up" || vw == "down" || vw == "off" || vw == "higher" || vw == "lower" ||
                                (vw.size() > 4 && vw.ends_with("ing"));
      if (at > 0 && sentence[at - 1] == ',' && !measure_verb && opens_clause) {
        for (const auto& m : moves)
          if (m.end <= at && m.begin < at) subj_end = m.begin == verb_at ? subj_end : m.begin;
        if (subj_end != verb_at && subj_end < at) np = chunk::NounPhraseBefore(sentence, subj_end, 0);
      } else {
        np = chunk::NounPhraseBefore(sentence, subj_end, prev_end);
        // (A relative aside closed before the verb is its antecedent's: "Shelter costs, which account
        // for about 35% of the index, rose 0.4%" is shelter costs'.)
        if (const size_t nb = np.empty() ? 0 : static_cast<size_t>(np.data() - sentence.data()); !np.empty()) {
          size_t close = nb + np.size();
          while (close < subj_end && sentence[close] == ' ') ++close;
          if (close < subj_end && sentence[close] == ',')
            if (const auto [ab, ae] = clause::AsideAround(sentence, nb); ab != std::string_view::npos && ae == close && ab > 0)
              if (std::string_view a = chunk::NounPhraseBefore(sentence, ab, 0); !HoldsFigure(a)) {
                // (Or the sentence's opening words, a noun the lists take for a verb: "Shelter costs".)
                if (a.empty() && ab <= 40 && WordsOf(sentence.substr(0, ab)).size() <= 4 &&
                    sentence.substr(0, ab).find_first_of(",;:()0123456789") == std::string_view::npos)
                  a = sentence.substr(0, ab);
                if (!a.empty()) np = a;
              }
        }
        // (Not back over the figure before and an "and" after it: "The company hired 300 workers and
        // its revenue rose 5%" is revenue's.)
        if (const size_t nb = np.empty() ? 0 : static_cast<size_t>(np.data() - sentence.data());
            qi_floor > nb && qi_floor < nb + np.size())
          if (const size_t k = np.find(" and ", qi_floor - nb); k != std::string_view::npos && k + 5 < np.size())
            np.remove_prefix(k + 5);
        ReducedRelativeSubject(sentence, prev_end, &np);
        // A clause before "after", "before", "since" or "until" with a verb of its own is no part of
        // the subject: "Kamaz cut its working week after demand for its vehicles fell by 60%" is
        // demand's ("Spending in the period after the war rose 5%" keeps its phrase).
        for (std::string_view sub : {" after ", " before ", " since ", " until "}) {
          const size_t k = np.rfind(sub);
          if (k == std::string_view::npos || k + sub.size() >= np.size()) continue;
          const size_t head_begin = static_cast<size_t>(np.data() - sentence.data());
          bool verb = !chunk::VerbsIn(sentence, head_begin, head_begin + k).empty();
          chunk::ForEachToken(sentence, head_begin, head_begin + k, [&](size_t b, size_t e) {
            bool up = false;
            verb = verb || MoveWord(sentence.substr(b, e - b), &up) || chunk::IrregularPast(sentence.substr(b, e - b));
            return !verb;
          });
          if (verb) np.remove_prefix(k + sub.size());
          break;
        }
        // "with revenue up 9%": the noun of an absolute "with" before a particle of movement is
        // what moved ("Earnings were solid with revenue up 9%" was "solid with revenue").
        if (verb_at == subj_end &&
            (st.verb == "up" || st.verb == "down" || st.verb == "off" || st.verb == "higher" || st.verb == "lower"))
          if (const size_t with = np.rfind("with "); with != std::string_view::npos && (with == 0 || np[with - 1] == ' ') &&
                                                     with + 5 < np.size())
            np.remove_prefix(with + 5);
        // A relative clause before the verb is its subject's: "The lender that collapsed in March
        // held", "The virus that spread to 30 countries has infected", "its cheapest car, which
        // sold for $40,000" -> the phrase before the pronoun.
        // (Not the subject of a clause the relative verb takes: "data that showed trade slipped".)
        const size_t rel = RelativeBefore(sentence, subj_end, prev_end);
        // (A clause set off by commas is no clause the relative verb takes: "Profit at the unit,
        // which makes chips, rose 5%".)
        const size_t np_end = np.empty() ? 0 : static_cast<size_t>(np.data() - sentence.data()) + np.size();
        const bool clause_of_verb = rel != std::string::npos && !np.empty() &&
                                    WordBefore(sentence, static_cast<size_t>(np.data() - sentence.data())).first ==
                                        WordAfter(sentence, WordAfter(sentence, rel).second).first &&
                                    !(rel > 1 && sentence[rel - 2] == ',' && np_end < subj_end &&
                                      sentence.substr(np_end, subj_end - np_end).find(',') != std::string_view::npos);
        if (rel != std::string::npos && !clause_of_verb &&
            (np.empty() || static_cast<size_t>(np.data() - sentence.data()) > rel)) {
          std::string_view a = antecedent(rel);
          const std::string_view first = a.substr(0, a.find(' '));
          // The relative clause's own figure: its verb right before the figure's preposition or the
          // figure ("which sold for $40,000", "which rose almost fourfold"), not after an object of
          // its own ("that pushed bilateral trade to $245 billion": the object's); and no
          // participle's clause for antecedent ("buying oil and selling goods that ...").
          const bool own_verb = subj_end != WordAfter(sentence, WordAfter(sentence, rel).second).first ||
                                WordAfter(sentence, WordAfter(sentence, subj_end).second).first >= gb;
          if (!a.empty() && own_verb && !(first.size() > 5 && first.ends_with("ing"))) np = a;
        }
      }
    }
    // No verb or no phrase before it: the phrase the figure's preposition follows ("a clause
    // allowing for a scale of fines from $250,000"), or a name right before the figure ("FTSE
    // -0.6%").
    // A multiplying verb is its clause's verb: the phrase before it, past words of approximation
    // and auxiliaries, is its subject ("Exports fell 2.1% while imports more than doubled").
    if (np.empty() && !q.multiplier_verb.empty() && prev_end > 0) {
      size_t at = q.begin;
      for (auto [wb, we] = WordBefore(sentence, at);
           we > wb && wb >= prev_end && (IsApproxWord(sentence.substr(wb, we - wb)) ||
                                         chunk::IsAuxiliary(sentence.substr(wb, we - wb)));
           std::tie(wb, we) = WordBefore(sentence, at))
        at = wb;
      const std::string_view own = chunk::NounPhraseBefore(sentence, at, prev_end);
      if (!own.empty() && !HoldsFigure(own) && !IsPronounPhrase(own) && at > 0 && sentence[at - 1] == ' ' &&
          static_cast<size_t>(own.data() - sentence.data()) + own.size() + 1 == at)
        np = own;
    }
    if (np.empty() && prev_subject != nullptr && !prev_subject->empty()) {
      st.subject = *prev_subject;
      return st;
    }
    if (np.empty() && gb < ge && chunk::Classify(gov) == chunk::WordClass::kPreposition)
      np = chunk::NounPhraseBefore(sentence, gb, prev_end);
    // "Half the flats, which range from $800,000": a relative clause's figure is about its
    // antecedent.
    if (np.empty()) {
      for (std::string_view rel : {", which ", ", who ", ", that "}) {
        const size_t at = sentence.rfind(rel, q.begin);
        if (at == std::string_view::npos || at < prev_end) continue;
        np = chunk::NounPhraseBefore(sentence, at + 1, 0);
        if (!np.empty()) break;
      }
    }
    // A figure in a relative clause with no verb of the lists: its antecedent ("The agency rolled
    // back a rule that capped fees at $35": a rule).
    if (np.empty()) {
      if (const size_t rel = RelativeBefore(sentence, q.begin, prev_end); rel != std::string::npos) np = antecedent(rel);
    }
    if (np.empty()) {
      np = MainSubject(sentence);
      // (Not who tells it after the figure, ", the New York Fed said": the sentence's opening
      // phrase before a past the lists lack, "U.S. consumers owed a record $1.14 trillion".)
      if (const size_t at = np.empty() ? 0 : static_cast<size_t>(np.data() - sentence.data()); at > q.end) {
        const auto [vb, ve] = WordAfter(sentence, at + np.size());
        if (at >= 2 && sentence.substr(at - 2, 2) == ", " && IsReportingVerb(Bare(sentence.substr(vb, ve - vb)))) {
          const std::string_view lead = LeadBeforePast(sentence, q.begin);
          if (!lead.empty()) np = lead;
        }
      }
      // (Nor a main clause's before a clause of place or time the figure is in.)
      if (const size_t at = np.empty() ? 0 : static_cast<size_t>(np.data() - sentence.data()) + np.size(); at < q.begin) {
        const std::string_view gap = sentence.substr(at, q.begin - at);
        if (gap.find(", where ") != std::string_view::npos || gap.find(", when ") != std::string_view::npos) np = {};
      }
      // (Not the subject of a clause a subordinator opens after the figure: "Qantas wants $4.2
      // billion if Virgin gets a bailout" is not Virgin's.)
      if (const size_t at = np.empty() ? 0 : static_cast<size_t>(np.data() - sentence.data()); at >= q.end) {
        const auto [sb, se] = WordBefore(sentence, at);
        const std::string_view sw = Bare(sentence.substr(sb, se - sb));
        // (Nor of a clause joined after the figure's: "The airline flew 41.7 million passengers, and its
        // load factor was 88.6%".)
        const bool joined = se > sb && (sw == "and" || sw == "or") && sb >= 2 && sentence.substr(sb - 2, 2) == ", ";
        if (joined && !TrimSubject(sentence.substr(0, q.begin)).empty()) np = {};
        if (se > sb && chunk::Classify(sw) == chunk::WordClass::kSubordinator && !ascii::EqualsLower(sw, "which") &&
            !ascii::EqualsLower(sw, "that") && !ascii::EqualsLower(sw, "who") && !ascii::EqualsLower(sw, "whom") &&
            !ascii::EqualsLower(sw, "whose") && !ascii::EqualsLower(sw, "where") &&
            !TrimSubject(sentence.substr(0, q.begin)).empty())
          np = {};  // (A relative clause's is: "The $1080 which Labor has promised"; and with no
                    // words before the figure: "The 16-inch MacBook Pro looks ..., as it should")
      }
    }
    if (!np.empty()) {
      st.subject = std::string(np);
    } else {
      // No phrase found: the clause before the figure, trimmed.
      std::string_view head = sentence.substr(0, q.begin);
      const size_t cut = LastClauseBreak(head);
      st.subject = TrimSubject(cut == std::string_view::npos ? head : head.substr(cut + 1));
      // (A verb alone after an aside is the sentence subject's: "Saudi Arabia, the world's biggest
      // oil exporter, pumped 9 million bpd".)
      // (After an opening phrase too: "In March, Saudi Arabia, the top exporter, pumped".)
      if (cut != std::string_view::npos && st.subject.find(' ') == std::string::npos && UnlistedPast(st.subject)) {
        const size_t comma = cut > 0 ? head.rfind(", ", cut - 1) : std::string_view::npos;  // the aside's
        const size_t open = comma == std::string_view::npos || comma == 0 ? std::string_view::npos
                                                                           : head.rfind(", ", comma - 1);
        const size_t from = open == std::string_view::npos ? 0 : open + 2;
        const std::string_view np = comma == std::string_view::npos ? std::string_view()
                                                                   : chunk::NounPhraseBefore(sentence, comma, from);
        if (!np.empty() && np.data() == sentence.data() + from) st.subject = std::string(np);
      }
      // ("Shares ended the day 1% higher": no day's verb and its time.)
      if (const size_t cut_at = chunk::DaySpanEnd(st.subject); cut_at != std::string::npos && cut_at > 0)
        st.subject = TrimSubject(std::string_view(st.subject).substr(0, cut_at));
      CutUnknownVerb(!st.verb.empty(), &st.subject);
    }
    // A margin after "by" is the subject's before a verb the lists lack: "Liverpool beat Chelsea
    // by three goals", "The senator leads her rival by 4 points", "The company overestimated
    // revenue by $3 billion".
    if (ascii::EqualsLower(gov, "by") && st.verb.empty()) {
      const std::vector<std::string_view> words = WordsOf(st.subject);
      for (size_t k = 1; k < words.size(); ++k) {
        const std::string_view w = words[k], p = words[k - 1];
        if (p.ends_with(",")) break;
        // (The last word only as a margin's verb: "The challenger trails by about 6,000 votes".)
        // (A past the lists read as a noun only after a name: "Scottie Scheffler shot a 66 on Sunday
        // to win the Masters by four strokes"; nor a margin's verb after "to".)
        if ((MarginVerb(w) || (UnlistedPast(w) && (!NounLikePast(w) || (p[0] >= 'A' && p[0] <= 'Z')) && k + 1 < words.size())) &&
            p != "to" && !p.ends_with("ly") &&
            chunk::Classify(p) != chunk::WordClass::kDeterminer) {
          st.subject.resize(static_cast<size_t>(p.data() + p.size() - st.subject.data()));
          break;
        }
      }
    }
    (void)verb_increase;
    return st;
  }
};

// Whether the figure at `begin` says the previous figure (ending at `prev_end`) again: only a
// unit word and ", or", "or", "/", "(" or "=" between them ("lost 190 points, or 0.6%", "296 hp
// (224 kW / 300 PS)", "333.6 million yen ($3.1 million)"). *bracket: said in a bracket, a
// conversion, which keeps the first figure's approximation too.
bool Restates(std::string_view s, size_t prev_end, size_t begin, bool* bracket) {
  if (prev_end == 0 || prev_end > begin) return false;
  std::string_view gap = s.substr(prev_end, begin - prev_end);
  auto trim = [](std::string_view& v) {
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
  };
  trim(gap);
  // One unit word after the previous figure ("190 points, or", "296 hp (224").
  size_t w = 0;
  while (w < gap.size() && ascii::IsWordByte(gap[w])) ++w;
  if (w > 0 && w <= 12 && w < gap.size()) {
    std::string_view rest = gap.substr(w);
    trim(rest);
    if (!rest.empty() && (rest.front() == ',' || rest.front() == '(' || rest.front() == '/' || rest.front() == '=' ||
                          rest == "or" || rest.starts_with("or ")))
      gap = rest;
  }
  if (!gap.empty() && gap.front() == ',') gap.remove_prefix(1);
  trim(gap);
  *bracket = !gap.empty() && (gap.front() == '(' || gap.front() == '/' || gap.front() == '=');
  if (*bracket) {
    gap.remove_prefix(1);
    trim(gap);
    return gap.empty() || gap == "about" || gap == "around" || gap == "roughly" || gap == "or";
  }
  return gap == "or" || gap == "or about" || gap == "or around" || gap == "or roughly";
}

// Whether figure `k` of a sentence (its claim at `first` + k) is figure k - 1 said again, or the
// level its move reached: "lost 190 points, or 0.6%", "296 hp (221 kW)", "fell 3% to $78.20",
// "fell $2 to $78 a barrel", "closed down 1.2% at 4,500", "64.06 points to 4,577.10".
bool SameMove(std::string_view sentence, const std::vector<Quantity>& qs, const std::vector<Claim>& claims, size_t first,
              size_t k) {
  bool bracket = false;
  if (Restates(sentence, qs[k - 1].end, qs[k].begin, &bracket)) return true;
  const Claim& a = claims[first + k - 1];
  const Claim& b = claims[first + k];
  // (A level "at" may name no direction: "closed down 1.2% at 4,500".)
  if (a.direction.empty() || (a.kind != "change" && a.kind != "count") || b.kind == "change") return false;
  std::string_view gap = normalizers::Trim(sentence.substr(qs[k - 1].end, qs[k].begin - qs[k - 1].end));
  if (gap.starts_with(",")) gap = normalizers::Trim(gap.substr(1));
  if (const std::string& noun = a.quantity.noun;
      !noun.empty() && gap.size() > noun.size() && ascii::EqualsLower(gap.substr(0, noun.size()), noun) && gap[noun.size()] == ' ')
    gap = normalizers::Trim(gap.substr(noun.size()));
  return (gap == "to" && b.direction == a.direction) || (gap == "at" && (b.direction.empty() || b.direction == a.direction));
}

// The label of the line of a table or a factbox the figure at `figure` stands in ("- Median home
// price: $436,000", "Zentra: 58.9 million, 19.9% (+1%)"), or "": the words before the last colon
// before the figure, back to a figure, a bullet or a clause's punctuation (lines run together
// when a box's lines end in single newlines), from the first capitalized one: a phrase of at most
// six words, with no figure, comma or telling ("He said: ..." is none). Only when nothing between
// the colon and the figure names a subject of its own: a capitalized word ("DIAZ: Roughly 1,200",
// "Biggest decliners: Korbex, down 9%") or a verb ("Stat of the day: 40% of buyers are under 30").
std::string_view LineLabel(std::string_view s, size_t figure, bool inner = false) {
  if (figure < 2 || figure > s.size()) return {};
  const size_t colon = s.rfind(": ", figure - 2);
  if (colon == std::string_view::npos) return {};
  // (A label in small letters inside the line is its own aside: "Unemployment rate: 4.1% (previous:
  // 3.9%)" is the unemployment rate's.)
  if (!inner && colon > 0) {
    const auto [wb, we] = WordBefore(s, colon);
    const std::string_view w = s.substr(wb, we - wb);
    if (we > wb && (w[0] == '(' || (w[0] >= 'a' && w[0] <= 'z')) && (wb == 0 || s[wb - 1] == ' ') &&
        [&] {
          const auto [pb, pe] = WordBefore(s, wb);
          const std::string_view p = s.substr(pb, pe - pb);
          return w[0] == '(' || pe <= pb || std::any_of(p.begin(), p.end(), [](char ch) { return ascii::IsDigit(ch); });
        }())
      return LineLabel(s.substr(0, wb), wb, /*inner=*/true);
  }
  for (std::string_view w : WordsOf(s.substr(colon + 2, figure - colon - 2))) {
    const std::string_view b = Bare(w);
    if (b.empty()) continue;
    // (A month or a day is no name, "3.9% in July"; "up" and "down" no verb, "up 0.6%".)
    if (b == "up" || b == "down" || chunk::Classify(b) == chunk::WordClass::kTime) continue;
    if ((b[0] >= 'A' && b[0] <= 'Z') || chunk::Classify(b) == chunk::WordClass::kVerb || chunk::IsAuxiliary(b)) return {};
  }
  // Back from the colon to the line's start.
  size_t begin = colon;
  for (;;) {
    const auto [wb, we] = WordBefore(s, begin);
    if (we <= wb) break;
    const std::string_view w = s.substr(wb, we - wb);
    if (std::any_of(w.begin(), w.end(), [](char ch) { return ascii::IsDigit(ch); }) || w == "-" || w == "*" ||
        w == "\xE2\x80\xA2" || w.ends_with(",") || w.ends_with(";") || w.ends_with(".") || w.ends_with(")") ||
        w.ends_with(":"))
      break;
    begin = wb;
  }
  std::string_view label = s.substr(begin, colon - begin);
  while (!label.empty() && !(label[0] >= 'A' && label[0] <= 'Z')) {  // (from its first capitalized word)
    const size_t sp = label.find(' ');
    label = sp == std::string_view::npos ? std::string_view() : label.substr(sp + 1);
  }
  if (label.size() < 3 || label.size() > 60 || label.find_first_of("0123456789,;\"()") != std::string_view::npos)
    return {};
  const std::vector<std::string_view> words = WordsOf(label);
  if (words.size() > 6 || words.back() == "including" || chunk::Classify(words.back()) == chunk::WordClass::kPreposition)
    return {};
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string_view w = Bare(words[k]);
    // (Nor a determiner inside but after "of": "Builders face a backlog" is a clause; "Share of
    // the vote" a label.)
    if (k > 0 && chunk::Classify(w) == chunk::WordClass::kDeterminer && words[k - 1] != "of") return {};
    // (A verb only as a participle that ends it, "Homes sold": not a clause, "Builders face a backlog".)
    if (IsReportingVerb(w) || chunk::Classify(w) == chunk::WordClass::kPronoun || chunk::IsAuxiliary(w) ||
        (k + 1 < words.size() && (chunk::Classify(w) == chunk::WordClass::kVerb || chunk::Classify(w) == chunk::WordClass::kAdverb)))
      return {};
  }
  return label;
}

// Where the ", and" of `between` stands when its clause opens, within three words, with a verb that
// looks ahead: with `modals`, "will", "would", "could", "may", "plans" or any verb of estimating
// ("and will now open", "and it forecast"); else a present one ("and it expects"). npos when none.
size_t AheadAfterAnd(std::string_view between, bool modals) {
  const size_t k = between.find(", and ");
  if (k == std::string_view::npos) return k;
  const std::vector<std::string_view> later = WordsOf(between.substr(k + 6));
  for (size_t i = 0; i < later.size() && i < 3; ++i) {
    const Estimating e = EstimatingVerb(Bare(later[i]));
    if (modals ? (later[i] == "will" || later[i] == "would" || later[i] == "could" || later[i] == "may" ||
                  later[i] == "plans" || e != Estimating::kNone)
               : e == Estimating::kPresent)
      return k;
  }
  return std::string_view::npos;
}

// Whether a subject found is none: a verb's words ("is still", "has been") or a word of degree
// alone ("little", "much", "slightly").
bool NoSubject(std::string_view subject) {
  const std::vector<std::string_view> words = WordsOf(subject);
  if (words.empty()) return false;
  const std::string_view w = words.front();
  if (w == "is" || w == "are" || w == "was" || w == "were" || w == "has" || w == "have" || w == "had" || w == "be" ||
      w == "been")
    return true;
  return words.size() == 1 && (w == "little" || w == "much" || w == "slightly" || w == "far" || w == "still" ||
                               w == "well" || w == "roughly" || w == "nearly" || w == "almost");
}

// Whether the words between two figures list them: "and", ",", ", and".
bool IsListJoin(std::string_view between) { return between == "and" || between == "," || between == ", and"; }

// A figure listed right after a move's ("and", ",", ", and"), in its unit, with no verb of its
// own, is a move the same way: "Factory orders rose 1.2% and 0.8% in August and September,
// respectively" (the 0.8% had been a share with no direction).

void ListedMoves(std::string_view sentence, const std::vector<Quantity>& qs, std::vector<Claim>* out, size_t first) {
  if (out->size() - first != qs.size()) return;
  for (size_t k = 1; k < qs.size(); ++k) {
    const Claim& a = (*out)[first + k - 1];
    Claim& b = (*out)[first + k];
    if (a.direction.empty() || a.kind != "change" || !b.direction.empty() || !b.verb.empty() ||
        b.quantity.unit != a.quantity.unit || b.quantity.unit.empty() ||
        !IsListJoin(normalizers::Trim(sentence.substr(qs[k - 1].end, qs[k].begin - qs[k - 1].end))) ||
        sentence.substr(qs[k].end).starts_with(" of "))  // (a share of its own: "and 5% of households cut")
      continue;
    b.direction = a.direction;
    b.verb = a.verb;
    b.kind = a.kind;
  }
}

// Months a list of figures pairs with "respectively" ("Factory orders rose 1.2% and 0.8% in
// August and September, respectively"; "1.2%, 0.8% and 0.5% in April, May and June"): the figures
// right before the first month take one month each, in order.
void RespectiveMonths(std::string_view sentence, const std::vector<Quantity>& qs, std::vector<Claim>* out, size_t first,
                      int year, int past_month, int month, int day) {
  const size_t resp = sentence.find("respectively");
  if (resp == std::string_view::npos || qs.size() < 2 || out->size() - first != qs.size()) return;
  // The list's end, and a year written after its last month ("in May and June 2024", "of 2023",
  // "this year", "of last year").
  size_t end = resp;
  while (end > 0 && (sentence[end - 1] == ' ' || sentence[end - 1] == ',')) --end;
  std::string written_year;
  if (const auto [yb, ye] = WordBefore(sentence, end);
      ye == end && ye - yb == 4 && ascii::IsDigit(sentence[yb]) && ascii::IsDigit(sentence[yb + 3])) {
    written_year = " " + std::string(sentence.substr(yb, 4));
    end = yb;
  } else if (ye == end && sentence.substr(yb, ye - yb) == "year") {
    const auto [wb, we] = WordBefore(sentence, yb);
    if (const std::string_view which = sentence.substr(wb, we - wb); which == "this" || which == "last") {
      written_year = " " + std::string(which) + " year";
      end = wb;
    }
  }
  while (end > 0 && sentence[end - 1] == ' ') --end;
  if (!written_year.empty() && end >= 3 && sentence.substr(end - 3, 3) == " of") end -= 3;
  // The months, last to first, joined by ", ", " and " or ", and ".
  std::vector<std::string_view> months;
  size_t list_begin = end;
  for (;;) {
    const auto [b, e] = WordBefore(sentence, end);
    if (e != end || e <= b) break;
    const std::string_view w = sentence.substr(b, e - b);
    if (!MonthOrDayName(w) || w.ends_with("day")) break;
    months.insert(months.begin(), w);
    list_begin = b;
    const std::string_view head = sentence.substr(0, b);
    if (head.ends_with(", and ")) end = b - 6;
    else if (head.ends_with(" and ") || head.ends_with(", ")) end = b - (head.ends_with(", ") ? 2 : 5);
    else break;
  }
  if (months.size() < 2) return;
  // The figures right before the first month.
  size_t k = qs.size();
  while (k > 0 && qs[k - 1].begin > list_begin) --k;
  if (k < months.size()) return;
  std::vector<std::optional<Period>> periods;
  for (std::string_view m : months) {
    std::optional<Period> p = FindPeriod("in " + std::string(m) + written_year, year, past_month, month, sentence, day);
    if (!p || p->start.empty()) return;
    p->surface = std::string(m);
    periods.push_back(std::move(p));
  }
  for (size_t n = 0; n < months.size(); ++n) (*out)[first + k - months.size() + n].period = std::move(periods[n]);
}

// A move and its figure said again, or the level it reached, are one move told once, with one
// time, whichever figure the period's words stand by: "The Dow lost 190 points, or 0.6%, on
// Wednesday", "Brent rose $2 to $78 a barrel on Wednesday" (before, only the nearest figure had it).
void ShareMovePeriods(std::string_view sentence, const std::vector<Quantity>& qs, std::vector<Claim>* out, size_t first) {
  const size_t n = qs.size();
  if (n < 2 || out->size() - first != n) return;
  std::vector<bool> same(n, false);  // same[k]: figure k is figure k - 1's move
  bool any = false;
  for (size_t k = 1; k < n; ++k) {
    same[k] = SameMove(sentence, qs, *out, first, k);
    any = any || same[k];
  }
  if (!any) return;
  // (Right to left, then left to right: a run of three, "lost 190 points, or 0.6%, to 33,012".)
  // (Also over a period the move took from elsewhere in the sentence when the level's own stands
  // right after it: "rose 4.1% to $6,215 a tonne on Monday, though prices are still 48% below their
  // record set in December 2024" is Monday's move.)
  auto right_after = [&](size_t k) {
    const Claim& b = (*out)[first + k];
    if (!b.period || b.period->lent || b.period->surface.empty()) return false;
    const size_t at = sentence.find(b.period->surface, qs[k].end);
    return at != std::string_view::npos && at - qs[k].end < 24 &&
           sentence.substr(qs[k].end, at - qs[k].end).find_first_of(",;") == std::string_view::npos;
  };
  for (size_t k = n; k-- > 1;) {
    Claim& a = (*out)[first + k - 1];
    const Claim& b = (*out)[first + k];
    if (!same[k] || !b.period) continue;
    if (!a.period) {
      a.period = b.period;
    } else if (!a.period->lent && a.period->surface != b.period->surface && right_after(k)) {
      const size_t at_a = a.period->surface.empty() ? std::string_view::npos : sentence.find(a.period->surface);
      // (Not one named before the move: "fourth-quarter profit rose 12% to C$5.4 billion on
      // Wednesday" is the quarter's, told on Wednesday; nor one after it in its own clause, "rose
      // 12% to C$5.4 billion on Wednesday for the quarter ended Oct. 31": only past a clause of
      // its own, "though", "while", "but", ";".)
      const size_t b_end = sentence.find(b.period->surface, qs[k].end) + b.period->surface.size();
      if (at_a != std::string_view::npos && at_a > b_end) {
        const std::string_view between = sentence.substr(b_end, at_a - b_end);
        bool apart = FindSubordinator(between, 0, /*with_as=*/true) != std::string_view::npos ||
                     between.find(';') != std::string_view::npos;
        for (std::string_view w : {", though ", ", although ", ", while ", ", whereas ", ", but ", ", and ", ", having ",
                                   ", compared "})
          apart = apart || between.find(w) != std::string_view::npos;
        // (Or past a comma and another figure, whose time it is: "on Tuesday, about 30% above its level
        // in October 2024".)
        apart = apart || (between.find(", ") != std::string_view::npos &&
                          std::any_of(between.begin() + static_cast<std::ptrdiff_t>(between.find(", ")), between.end(),
                                      [](char ch) { return ascii::IsDigit(ch); }));
        if (apart) a.period = b.period;
      }
    }
  }
  for (size_t k = 1; k < n; ++k)
    if (Claim& b = (*out)[first + k]; same[k] && !b.period && (*out)[first + k - 1].period) b.period = (*out)[first + k - 1].period;
}

// The name a bracketed figure follows in a list of names with figures: "RHP John Smith (0.5
// WAR), LHP Ann Lee (0.4 WAR)" -> "LHP Ann Lee" for 0.4. Empty unless the figure opens the
// bracket (nothing but the figure's own sign before it) and a capitalized name ends right
// before the bracket.
std::string_view ListGroupName(std::string_view s, size_t prev_end, size_t begin) {
  size_t p = begin;
  while (p > 0 && (s[p - 1] == '$' || s[p - 1] == '-' || s[p - 1] == '+')) --p;
  if (p == 0 || s[p - 1] != '(') return {};
  size_t e = p - 1;
  while (e > 0 && s[e - 1] == ' ') --e;
  if (e == 0 || e <= prev_end) return {};
  // The name runs back to the previous separator: a bracket's close, a comma, a colon, the
  // previous figure.
  size_t b = e;
  while (b > prev_end && s[b - 1] != ',' && s[b - 1] != ':' && s[b - 1] != ';' && s[b - 1] != ')' && s[b - 1] != '(') --b;
  std::string_view name = s.substr(b, e - b);
  while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
  if (name.empty() || name.size() > 60) return {};
  // Every word capitalized (a name, possibly led by a position: "G", "RHP"), no verb.
  bool ok = true;
  chunk::ForEachToken(name, 0, name.size(), [&](size_t wb, size_t) {
    const char c0 = name[wb];
    if (!((c0 >= 'A' && c0 <= 'Z') || static_cast<unsigned char>(c0) >= 0x80 || c0 == '.')) ok = false;
    return ok;
  });
  return ok ? name : std::string_view();
}

// Whether w is a number word ("five", "Twelve").
bool SpelledNumber(std::string_view w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"one", true}, {"two", true}, {"three", true}, {"four", true}, {"five", true}, {"six", true},
       {"seven", true}, {"eight", true}, {"nine", true}, {"ten", true}, {"eleven", true}, {"twelve", true},
       {"twenty", true}, {"thirty", true}, {"forty", true}, {"fifty", true}, {"hundred", true},
       {"hundreds", true}, {"thousand", true}, {"thousands", true}, {"million", true}, {"millions", true},
       {"dozen", true}, {"dozens", true}},
      /*lower=*/true);
  return m->Find(w) != nullptr;
}

// The words between the figure before (ending at `prev_end`) and the one at `begin`, without the
// approximations that end them ("compared with about 63": "compared with").
std::string_view GapBefore(std::string_view s, size_t prev_end, size_t begin) {
  std::string_view gap = normalizers::Trim(s.substr(prev_end, begin - prev_end));
  for (bool cut = true; cut;) {
    cut = false;
    const size_t sp = gap.rfind(' ');
    const std::string_view last = sp == std::string_view::npos ? gap : gap.substr(sp + 1);
    if (!last.empty() && IsApproxWord(last) && last != "at") {
      gap = sp == std::string_view::npos ? std::string_view() : normalizers::Trim(gap.substr(0, sp));
      cut = !gap.empty();
    }
  }
  return gap;
}

// The phrase of an expectation the figure is ("beating forecasts of 4.0 billion", "above
// analysts' estimates of $4.0 billion", "missing the consensus of 3.4 million"): the noun of
// expectation right before the figure's "of", and the words of its phrase before it (a possessive,
// a determiner, adjectives; not a participle, a preposition or "compared"); else "".
std::string_view ExpectationPhrase(std::string_view s, size_t prev_end, size_t begin) {
  static const auto* nouns = new ascii::WordMap<bool>(
      {{"forecast", true}, {"forecasts", true}, {"estimate", true}, {"estimates", true}, {"expectation", true},
       {"expectations", true}, {"consensus", true}, {"projection", true}, {"projections", true},
       {"prediction", true}, {"predictions", true}, {"guidance", true}, {"outlook", true}},
      /*lower=*/true);
  if (prev_end == 0 || prev_end >= begin) return {};
  const std::string_view gap = GapBefore(s, prev_end, begin);
  if (!gap.ends_with(" of") || gap.find_first_of("();:") != std::string_view::npos) return {};
  const size_t gap_begin = static_cast<size_t>(gap.data() - s.data());
  const size_t of = gap_begin + gap.size() - 3;
  auto [nb, ne] = WordBefore(s, of + 1);
  if (ne <= nb || nb < gap_begin || nouns->Find(s.substr(nb, ne - nb)) == nullptr) return {};
  size_t begin_at = nb;
  for (int n = 0; n < 3; ++n) {
    const auto [wb, we] = WordBefore(s, begin_at);
    if (we <= wb || wb < gap_begin) break;
    const std::string_view w = s.substr(wb, we - wb);
    const chunk::WordClass k = chunk::Classify(w);
    if (w.ends_with(",") || k == chunk::WordClass::kPreposition || k == chunk::WordClass::kVerb ||
        k == chunk::WordClass::kSubordinator || k == chunk::WordClass::kConjunction || w == "compared" ||
        w.find_first_of("0123456789") != std::string_view::npos || (w.size() > 4 && (w.ends_with("ing") || w.ends_with("ed"))))
      break;
    begin_at = wb;
    if (k == chunk::WordClass::kDeterminer) break;
  }
  return s.substr(begin_at, ne - begin_at);
}

// How the figure at `begin` stands to the previous one, ending at `prev_end`: kCompared when the
// words between end with "compared with", "compared to", "versus", "vs" or "against", kFrom when
// they end with "from" (approximations after them allowed: "compared with about 63", "up from
// nearly 900"), kExpected when they end with a noun of expectation and "of" ("beating forecasts
// of 4.0 billion": ExpectationPhrase), at most twelve words and no bracket or clause mark between;
// else kNone.
enum class Comparison { kNone, kCompared, kFrom, kExpected };
Comparison ComparedWith(std::string_view s, size_t prev_end, size_t begin) {
  if (prev_end == 0 || prev_end >= begin) return Comparison::kNone;
  const std::string_view gap = GapBefore(s, prev_end, begin);
  if (gap.find_first_of("();:") != std::string_view::npos || std::count(gap.begin(), gap.end(), ' ') > 12)
    return Comparison::kNone;
  for (std::string_view word : {"compared with", "compared to", "versus", "vs.", "vs", "against"})
    if (gap.ends_with(word) && (gap.size() == word.size() || gap[gap.size() - word.size() - 1] == ' ' ||
                                (word[0] == 'c' && gap[gap.size() - word.size() - 1] == ',')))
      return Comparison::kCompared;
  if (gap == "from" || gap.ends_with(" from") || gap.ends_with(",from")) return Comparison::kFrom;
  if (!ExpectationPhrase(s, prev_end, begin).empty()) return Comparison::kExpected;
  return Comparison::kNone;
}

// Whether a pronoun subject found before the figure reports it or points at it ("He said there
// were 40 deaths in Texas", "We believe there are 300 hostages in Gaza"): a verb of reporting or
// believing after the pronoun, or "there" between them.
bool PronounReports(std::string_view s, std::string_view subject, size_t figure) {
  const size_t at = s.rfind(subject, figure);
  if (subject.empty() || at == std::string_view::npos) return false;
  const auto [vb, ve] = WordAfter(s, at + subject.size());
  const std::string_view v = Bare(s.substr(vb, ve - vb));
  // (IsReportingVerb's, and the verbs of believing it lacks.)
  if (IsReportingVerb(v) || v == "believed" || v == "note" || v == "think" || v == "thought") return true;
  const std::string_view between = s.substr(at, figure - at);
  for (std::string_view there : {" there were ", " there are ", " there is ", " there was ", " there have been ",
                                 " there had been ", " there will be "})
    if (between.find(there) != std::string_view::npos) return true;
  return false;
}

// Whether a subject is a lone participle after "is", "are", "was" or "were" before the figure:
// the verb itself, naming nothing ("and are sitting on $1 billion in gains").
bool LoneProgressive(std::string_view s, std::string_view subject, size_t figure) {
  if (subject.size() < 6 || !subject.ends_with("ing") || subject.find(' ') != std::string_view::npos ||
      !(subject[0] >= 'a' && subject[0] <= 'z'))
    return false;
  const size_t at = s.rfind(subject, figure);
  if (at == std::string_view::npos || at == 0 || s[at - 1] != ' ') return false;
  auto [b, e] = WordBefore(s, at);
  const std::string_view be = s.substr(b, e - b);
  return be == "is" || be == "are" || be == "was" || be == "were";
}

// The phrase brought in by "for", "in", "on" or "of" right after a figure (and its unit or
// noun): "$35,538 for an 8.5 kW system" -> "an 8.5 kW system"; "$1 billion in gains" -> "gains".
std::string_view Complement(std::string_view s, const Quantity& q, size_t limit) {
  size_t at = q.end;
  if (!q.noun.empty()) {
    const size_t n = s.find(q.noun, q.end);
    if (n != std::string_view::npos && n < q.end + 8) at = n + q.noun.size();
  }
  auto [pb, pe] = WordAfter(s, at);
  if (pb >= pe || pe >= limit) return {};
  const std::string_view prep = s.substr(pb, pe - pb);
  if (!ascii::EqualsLower(prep, "for") && !ascii::EqualsLower(prep, "in") && !ascii::EqualsLower(prep, "on") &&
      !ascii::EqualsLower(prep, "of"))
    return {};
  std::string_view np = chunk::NounPhraseAfter(s, pe, limit, /*plural_first=*/true);
  // A time or place adverbial is no complement ("in 2019", "on Monday"), nor an idiom's noun ("in
  // total", "in addition to", "in connection with", "in recent days", "in the past week").
  if (np.empty() || chunk::Classify(np.substr(0, np.find(' '))) == chunk::WordClass::kTime) return {};
  static const auto* idioms = new ascii::WordMap<bool>(
      {{"total", true}, {"all", true}, {"addition", true}, {"connection", true}, {"recent", true},
       {"part", true}, {"particular", true}, {"general", true}, {"response", true}, {"support", true},
       {"tow", true}, {"peace", true}, {"order", true}, {"place", true}, {"turn", true}, {"fact", true},
       {"return", true}, {"time", true}, {"line", true}, {"excess", true}, {"exchange", true}, {"case", true},
       {"favor", true}, {"favour", true}, {"charge", true}, {"hand", true}, {"effect", true}, {"short", true}},
      /*lower=*/true);
  {
    std::string_view first = np.substr(0, np.find(' '));
    if ((ascii::EqualsLower(first, "the") || ascii::EqualsLower(first, "a")) && np.size() > first.size() + 1) {
      const std::string_view second = np.substr(first.size() + 1, np.find(' ', first.size() + 1) - first.size() - 1);
      if (ascii::EqualsLower(second, "past") || ascii::EqualsLower(second, "last") || ascii::EqualsLower(second, "next") ||
          ascii::EqualsLower(second, "meantime") || ascii::EqualsLower(second, "end"))
        return {};
    }
    if (idioms->Find(first) != nullptr) return {};
  }
  if (np.size() >= 4 && ascii::IsDigit(np[0])) return {};
  return np;
}

// "kr" is the krona's and both kroner's sign: Swedish unless the sentence or the page's
// address says Norway or Denmark ("450 kr" on a .no site is NOK; "kroner" is never SEK). A
// "crown" is any of them, the Czech koruna's or the Icelandic krona's: the country the sentence
// or the address names, else none ("" : no currency known).
std::string Krona(std::string_view sentence, const Quantity& q, std::string_view url) {
  const std::string_view surface = q.surface;
  const bool crown = ascii::ContainsLower(surface, "crown");
  const bool sign = crown || surface.ends_with("kr") || surface.ends_with("kr.") ||
                    surface.find("kroner") != std::string_view::npos || surface.find("krone") != std::string_view::npos;
  if (!sign) return "SEK";
  auto has = [&](std::string_view w) {
    for (size_t at = sentence.find(w); at != std::string_view::npos; at = sentence.find(w, at + 1))
      if (at == 0 || !ascii::IsWordByte(sentence[at - 1])) return true;
    return false;
  };
  const bool norway = has("Norw") || has("Norge") || has("norsk") || has("Oslo") || has("Bergen");
  const bool denmark = has("Denmark") || has("Danish") || has("Danmark") || has("dansk") || has("Copenhagen") ||
                       has("København");
  const bool sweden = crown && (has("Swed") || has("Stockholm"));
  const bool czech = crown && (has("Czech") || has("Prague"));
  const bool iceland = crown && (has("Iceland") || has("Reykjav"));
  if (norway + denmark + sweden + czech + iceland == 1)
    return norway ? "NOK" : denmark ? "DKK" : sweden ? "SEK" : czech ? "CZK" : "ISK";
  // The page's country: the last label of the host.
  std::string_view host = url;
  if (const size_t p = host.find("://"); p != std::string_view::npos) host.remove_prefix(p + 3);
  host = host.substr(0, host.find_first_of("/:?#"));
  if (host.ends_with(".no")) return "NOK";
  if (host.ends_with(".dk")) return "DKK";
  if (host.ends_with(".se")) return "SEK";
  if (crown) return host.ends_with(".cz") ? "CZK" : host.ends_with(".is") ? "ISK" : "";
  return surface.find("krone") != std::string_view::npos ? "DKK" : "SEK";
}

// `subject` past the words of a day it opens with ("Wednesday after comparable sales", "late",
// "Tuesday to a range"): a weekday, "late", "early", "yesterday", "today", and a preposition or
// subordinator after them. The subject itself when it opens with none.
std::string_view AfterDayWords(std::string_view subject) {
  static const auto* day = new ascii::WordMap<bool>(
      {{"monday", true}, {"tuesday", true}, {"wednesday", true}, {"thursday", true}, {"friday", true},
       {"saturday", true}, {"sunday", true}, {"yesterday", true}, {"today", true}},
      /*lower=*/true);
  const std::vector<std::string_view> words = WordsOf(subject);
  size_t i = 0;
  while (i < words.size()) {
    if (day->Find(words[i]) != nullptr) {
      ++i;
    } else if ((ascii::EqualsLower(words[i], "late") || ascii::EqualsLower(words[i], "early")) &&
               (i + 1 == words.size() || day->Find(words[i + 1]) != nullptr ||
                (ascii::EqualsLower(words[i + 1], "on") && i + 2 < words.size() && day->Find(words[i + 2]) != nullptr))) {
      i += i + 1 < words.size() && ascii::EqualsLower(words[i + 1], "on") ? 2 : 1;
    } else {
      break;
    }
  }
  if (i == 0) return subject;
  if (i == words.size()) return {};
  std::string_view rest = subject.substr(static_cast<size_t>(words[i].data() - subject.data()));
  for (std::string_view p : {"to ", "after ", "before ", "as ", "when ", "while ", "on ", "in ", "at ", "night ",
                             "morning ", "evening ", "afternoon "})
    if (rest.starts_with(p)) {
      rest.remove_prefix(p.size());
      break;
    }
  return rest;
}

// Whether a phrase names an economy's size, the base of a ratio ("GDP", "gross domestic product",
// "economic output").
bool EconomySize(std::string_view phrase) {
  for (std::string_view w : {"gdp", "gross domestic product", "economic output", "national output", "national income",
                             "gni", "gnp", "the economy", "output"})  // (EqualsLower: the second in small letters)
    if (ascii::EqualsLower(phrase, w)) return true;
  return false;
}

// Whether `pronoun` ("It", "They", "He", "She") opens the sentence as its subject and names
// something: not an "it" of "It was the highest", "It is likely that" (a form of "be" then no
// participle).
bool PronounOpens(std::string_view sentence, std::string_view pronoun) {
  if (!sentence.starts_with(pronoun) || sentence.size() <= pronoun.size() + 1 || sentence[pronoun.size()] != ' ')
    return false;
  const std::string_view p = pronoun;
  if (!(p == "It" || p == "They" || p == "He" || p == "She")) return false;
  const auto [vb, ve] = WordAfter(sentence, pronoun.size());
  const std::string_view verb = sentence.substr(vb, ve - vb);
  // ("It cost $3.2 million to repair the bridge", "It took 12 years to build": an infinitive's.)
  if (p == "It" && (verb == "cost" || verb == "costs" || verb == "took" || verb == "takes" || verb == "seems" ||
                    verb == "seemed" || verb == "remains" || verb == "remained" || verb == "means" || verb == "meant" ||
                    verb == "snowed" || verb == "rained" || verb == "snows" || verb == "rains" || verb == "poured"))
    return false;
  if (p == "It" && (verb == "is" || verb == "was" || verb == "will" || verb == "would")) {
    const auto [nb, ne] = WordAfter(sentence, ve);
    const std::string_view next = sentence.substr(nb, ne - nb);
    return next.size() > 4 && next.ends_with("ed");  // ("It was valued at $500 billion")
  }
  return true;
}

// Whether the sentence before offers its subject `main` as the only likely antecedent: no quote
// ("\"Sales were weak,\" said Brian Marsh"), no second clause with a subject of its own ("Egg
// prices fell as farmers rebuilt their flocks"), no other name of two or three capitalized words
// after it ("Pfizer appointed Chris Boshoff", "Police arrested Mark Dunn").
bool OneCandidate(std::string_view before, std::string_view main) {
  if (before.find('"') != std::string_view::npos || before.find("\xE2\x80\x9C") != std::string_view::npos) return false;
  const size_t main_end = static_cast<size_t>(main.data() - before.data()) + main.size();
  if (main_end > before.size()) return false;
  const std::string_view rest = before.substr(main_end);
  // (A clause: its subordinator and a verb within four words, "as farmers rebuilt"; not a phrase,
  // "after a drone attack on a port", "since 2022".)
  for (std::string_view w : {" as ", " after ", " while ", " because ", " when ", ", and ", " but ", " since "}) {
    for (size_t at = rest.find(w); at != std::string_view::npos; at = rest.find(w, at + 1)) {
      const std::vector<std::string_view> next = WordsOf(rest.substr(at + w.size()));
      for (size_t k = 0; k < next.size() && k < 4; ++k) {
        const std::string_view x = Bare(next[k]);
        if (chunk::Classify(x) == chunk::WordClass::kVerb || chunk::IrregularPast(x) || chunk::IsAuxiliary(x) ||
            UnlistedPast(x) || (x.size() > 4 && x.ends_with("ed")))
          return false;
      }
      // (A plural or a name then a word of content: "as farmers rebuilt their flocks".)
      if (next.size() >= 2 && chunk::Classify(Bare(next[1])) == chunk::WordClass::kContent &&
          ((next[0].size() > 3 && next[0].ends_with("s") && !next[0].ends_with("ss") &&
            chunk::Classify(next[0]) == chunk::WordClass::kContent) ||
           (next[0][0] >= 'A' && next[0][0] <= 'Z')))
        return false;
    }
  }
  const std::vector<std::string_view> words = WordsOf(rest);
  for (size_t k = 0; k + 1 < words.size(); ++k) {
    auto name = [](std::string_view w) {
      return w.size() > 1 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z';
    };
    if (name(words[k]) && name(words[k + 1])) return false;
  }
  return true;
}

// Whether the words after `phrase` in its sentence name another plural "they" may stand for
// ("State lawmakers approved a pay raise for nurses": nurses too); not a figure's counted noun
// ("rose 5 points").
bool OtherPlural(std::string_view sentence, std::string_view phrase) {
  const size_t end = static_cast<size_t>(phrase.data() - sentence.data()) + phrase.size();
  if (end > sentence.size()) return false;
  const std::vector<std::string_view> words = WordsOf(sentence.substr(end));
  for (size_t k = 1; k < words.size(); ++k) {
    const std::string_view w = Bare(words[k]);
    if (w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") &&
        w[0] >= 'a' && w[0] <= 'z' && chunk::Classify(w) == chunk::WordClass::kContent &&
        !ascii::IsDigit(words[k - 1].back()))
      return true;
  }
  return false;
}

// Whether a pronoun may stand for a phrase: "He"/"She" for a name ("Haaland", "Rory McIlroy"),
// "They" for a plural ("Oracle shares"), "It" for a thing, one or a name ("Apple", "The
// company", "Norway's wealth fund"; not a person's name of two or three words), in
// `sentence`.
bool PronounAgrees(std::string_view pronoun, std::string_view phrase, std::string_view sentence) {
  const std::vector<std::string_view> words = WordsOf(phrase);
  if (words.empty()) return false;
  auto capital = [](std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; };
  const bool name = std::all_of(words.begin(), words.end(), [&](std::string_view w) {
    return capital(w) && w != "The" && w != "A" && w != "An" && w.find('\'') == std::string_view::npos;
  });
  const std::string_view last = words.back();
  const bool plural = last.size() > 3 && last.ends_with("s") && !last.ends_with("ss") && !last.ends_with("us") &&
                      !last.ends_with("'s") && !capital(last);
  // (A capitalized word in -s is a plural, a team or a firm: "Prosecutors", "Analysts", "Goldman Sachs".)
  const bool ends_s = last.ends_with("s") && !last.ends_with("'s");
  if (pronoun == "He" || pronoun == "She") return name && words.size() <= 3 && !(ends_s && words.size() == 1);
  if (pronoun == "They") return plural && !OtherPlural(sentence, phrase);
  if (pronoun == "It") return !plural && !ends_s && !(name && words.size() >= 2);
  return false;
}

// Whether `unit` is an exchange rate's: "JPY per dollar", "USD per GBP", "CAD per USD".
bool ExchangeRate(std::string_view unit) {
  if (unit.size() < 11 || unit.substr(3, 5) != " per " ||
      !std::all_of(unit.begin(), unit.begin() + 3, [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
    return false;
  const std::string_view base = unit.substr(8);
  return base == "dollar" || base == "euro" ||
         (base.size() == 3 && std::all_of(base.begin(), base.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }));
}

// The words after a rate that name what it is quoted against (" per dollar", " to the euro"), as
// `rest` opens with them; empty when none.
std::string_view RateBase(std::string_view rest) {
  for (std::string_view b : {" per dollar", " per U.S. dollar", " per US dollar", " a dollar", " to the dollar",
                             " against the dollar", " versus the dollar", " per euro", " to the euro",
                             " against the euro", " versus the euro"})
    if (rest.starts_with(b) && (rest.size() == b.size() || !ascii::IsWordByte(rest[b.size()]))) return b;
  return {};
}

// The unit of a bare exchange rate ("155.2 per dollar", "41.2 against the dollar") whose subject
// names a currency ("The yen", "the Turkish lira", "the crown"): "JPY per dollar", as "150 yen
// per dollar" reads; "" otherwise.
std::string ExchangeRateUnit(std::string_view sentence, const Quantity& q, std::string_view subject, std::string_view url) {
  const std::string_view phrase = RateBase(sentence.substr(std::min<size_t>(q.end, sentence.size())));
  // (Or a level of a currency the subject ends with, its base named before it: "Against the euro,
  // the lira traded at 49.31".)
  const std::string_view before = sentence.substr(0, std::min<size_t>(q.begin, sentence.size()));
  const bool bare = phrase.empty();
  // (Not beside a quote with its base, whose unit the carry gives or withholds: "The peso, which hit
  // 59.35 per dollar in November, ended at 58.92", "129.5 per dollar, compared with 104.2 for the
  // dollar index".)
  if (bare && (q.surface.find('.') == std::string::npos || q.surface.find_first_not_of("0123456789.,") != std::string::npos ||
               sentence.find(" per ") != std::string_view::npos || sentence.find(" to the ") != std::string_view::npos))
    return {};
  const std::string_view base = bare ? (ascii::ContainsLower(before, "the euro") ? "euro"
                                        : ascii::ContainsLower(before, "the dollar") ? "dollar"
                                                                                       : "")
                                     : phrase.ends_with("euro") ? "euro" : "dollar";
  // The currency the subject ends with, of one word or more ("The yen", "The Canadian dollar", "the
  // Kenyan shilling"); else one the clause before the figure names as "the" currency ("the won's
  // slide past 1,470 per dollar").
  const TableEntry* e = nullptr;
  size_t last = 0;
  for (size_t from = subject.size(), n = 0; !subject.empty() && n < 3; ++n) {
    const size_t sp = from == 0 ? std::string_view::npos : subject.rfind(' ', from - 1);
    const size_t at = sp == std::string_view::npos ? 0 : sp + 1;
    size_t end = 0;
    if (const TableEntry* t = Tables::Get().currency_suffix.LongestAt(subject, at, &end); t != nullptr && end == subject.size()) {
      e = t;
      last = at;
    }
    if (at == 0) break;
    from = at - 1;
  }
  if (e == nullptr && !bare) {
    // (Or the sentence's first words, before an aside on them: "The peso, which hit a record low of
    // 59.35 per dollar in November".)
    const std::string_view clause = sentence.substr(0, q.begin);
    auto currency_at = [&](size_t at) {
      size_t end = 0;
      const TableEntry* t = Tables::Get().currency_suffix.LongestAt(clause, at, &end);
      if (t == nullptr || (end < clause.size() && ascii::IsWordByte(clause[end]))) return false;
      e = t;
      subject = clause.substr(at, end - at);
      last = 0;
      return true;
    };
    const size_t comma = clause.rfind(',');
    for (size_t at = clause.rfind("the "); at != std::string_view::npos; at = at == 0 ? std::string_view::npos : clause.rfind("the ", at - 1)) {
      if (comma != std::string_view::npos && at < comma) break;
      if ((at == 0 || !ascii::IsWordByte(clause[at - 1])) && currency_at(at + 4)) break;
    }
    if (e == nullptr && clause.starts_with("The ")) {
      const size_t aside = clause.find(", which ");
      if (aside != std::string_view::npos && currency_at(4) && 4 + subject.size() != aside) e = nullptr;
    }
  }
  if (e == nullptr || e->unit == "USD" || e->unit == "EUR" || (bare && base.empty())) return {};
  std::string code = e->unit;
  // (Sterling and the Australian and New Zealand dollars are quoted as the base: "Sterling was at
  // 1.3550 against the dollar" is dollars per pound.)
  if (code == "GBP" || code == "AUD" || code == "NZD") return std::string(base == "euro" ? "EUR" : "USD") + " per " + code;
  if (code == "SEK") {
    Quantity named;
    named.surface = std::string(subject.substr(last));
    code = Krona(sentence, named, url);
    if (code.empty()) return {};
  }
  return code + " per " + std::string(base);
}

// The clause's subject when a figure's own phrase does not name its holder: "Tesla" for "a
// record for quarterly revenue" in "Tesla broke a record for quarterly revenue with $7.2
// billion". Empty when the sentence's subject is a pronoun, is already in the phrase, or does
// not come before it.
std::string_view Holder(std::string_view s, std::string_view subject, size_t figure_begin) {
  const std::string_view main = MainSubject(s);
  if (main.empty()) return {};
  const size_t main_begin = static_cast<size_t>(main.data() - s.data());
  size_t main_end = main_begin + main.size();
  if (main_end > figure_begin) return {};
  // (Past a relative aside on the subject: "The economy, which had contracted, grew at a 2.3% rate".)
  for (std::string_view rel : {", which ", ", who "})
    if (s.substr(main_end).starts_with(rel))
      if (const auto [ab, ae] = AsideAround(s, main_end + rel.size()); ab == main_end && ae < figure_begin) main_end = ae + 1;
  // Who reports a figure is its source, not its holder ("Officials said 62% of the workers").
  {
    auto [vb, ve] = WordAfter(s, main_end);
    const std::string_view verb = Bare(s.substr(vb, ve - vb));
    if (IsReportingVerb(verb) || IsVerbOfGiving(verb)) return {};
    // (Nor, after a past the lists lack but of having, a definite or named thing: "The Browns hosted
    // the Steelers before 67,000 fans" is no Browns' Steelers, "Firefighters battled the blaze for
    // 12 hours" no firefighters' blaze; but "The storm dumped 2 feet of snow" is the storm's snow,
    // "Amazon posted operating income of" Amazon's.)
    if (UnlistedPast(verb) && chunk::Classify(verb) != chunk::WordClass::kVerb && !chunk::HoldingPast(verb) &&
        !subject.empty() && (subject.starts_with("the ") || subject.starts_with("The ") || (subject[0] >= 'A' && subject[0] <= 'Z')))
      return {};
    // "X is the equivalent of 70kg of gold": after a copula the phrase describes, not belongs.
    static const auto* kCopula = new ascii::WordMap<bool>(
        {{"is", true}, {"are", true}, {"was", true}, {"were", true}, {"be", true}, {"been", true},
         {"remains", true}, {"remained", true}, {"becomes", true}, {"became", true}},
        /*lower=*/true);
    if (kCopula->Find(verb) != nullptr) return {};
  }
  // A holder holds no figure of its own ("Five new seasons") and is no pronoun written without
  // its apostrophe ("weve").
  static const auto* kBarePronoun = new ascii::WordMap<bool>(
      {{"weve", true}, {"theyve", true}, {"ive", true}, {"youve", true}, {"were", true}, {"theyre", true},
       {"youre", true}, {"hes", true}, {"shes", true}, {"its", true}, {"im", true}},
      /*lower=*/true);
  bool figure = false;
  chunk::ForEachToken(main, 0, main.size(), [&](size_t b, size_t e) {
    const std::string_view w = main.substr(b, e - b);
    for (char ch : w) figure = figure || ascii::IsDigit(ch);
    figure = figure || kBarePronoun->Find(w) != nullptr || SpelledNumber(w);
    return !figure;
  });
  if (figure) return {};
  // Nor one who judges, forecasts or rules on what it names: "Analysts polled by Visible Alpha had
  // forecast adjusted EBITDA of", "Regulators approved the $69 billion acquisition".
  {
    static const auto* onlookers = new ascii::WordMap<bool>(
        {{"analysts", true}, {"economists", true}, {"regulators", true}, {"investors", true}, {"officials", true},
         {"prosecutors", true}, {"police", true}, {"authorities", true}, {"lawmakers", true}, {"traders", true},
         {"experts", true}, {"researchers", true}, {"scientists", true}, {"judge", true}, {"judges", true},
         {"court", true}, {"critics", true}, {"strategists", true}, {"forecasters", true}, {"observers", true},
         {"brokers", true}, {"auditors", true}, {"inspectors", true}, {"investigators", true}, {"regulator", true},
         {"analyst", true}, {"economist", true}},
        /*lower=*/true);
    const size_t sp = main.rfind(' ');
    const std::string_view head = sp == std::string_view::npos ? main : main.substr(sp + 1);
    // (But what they receive, sell or vote themselves is theirs: "Police received a 5% raise",
    // "Lawmakers approved a 6% raise in their own salaries".)
    const auto [rb, re] = WordAfter(s, main_end);
    static const auto* having = new ascii::WordMap<bool>(
        {{"received", true}, {"receive", true}, {"receives", true}, {"got", true}, {"get", true}, {"gets", true},
         {"earned", true}, {"earn", true}, {"earns", true}, {"sold", true}, {"sell", true}, {"sells", true},
         {"own", true}, {"owns", true}, {"owned", true}, {"hold", true}, {"holds", true}, {"held", true},
         {"won", true}, {"lost", true}, {"paid", true}},
        /*lower=*/true);
    if ((onlookers->Find(head) != nullptr || main.find(" polled ") != std::string_view::npos ||
         main.find(" surveyed ") != std::string_view::npos) &&
        having->Find(s.substr(rb, re - rb)) == nullptr && subject.find("their ") == std::string_view::npos)
      return {};
  }
  const size_t at = s.find(subject);
  if (at == std::string_view::npos || at < main_end) return {};
  if (subject.find(main) != std::string_view::npos) return {};
  // "its trade": the pronoun names a holder of its own; so does a possessive ("Russia supplied
  // 40% of Europe's gas" is Europe's gas, not "Russia's Europe's gas").
  for (std::string_view pro : {"its ", "their ", "his ", "her ", "our ", "Its ", "Their ", "His ", "Her ", "Our "})
    if (subject.starts_with(pro)) return {};
  if (subject.find("'s ") != std::string_view::npos || subject.find("\xE2\x80\x99s ") != std::string_view::npos ||
      subject.find("s' ") != std::string_view::npos)
    return {};
  // The figure must sit in the main clause: no comma, bracket or subordinator ("in which",
  // "while", "that") between the clause's subject and the figure's phrase.
  bool same_clause = true;
  const size_t reach = std::min(at, figure_begin);
  for (size_t i = main_end; i < reach; ++i)
    if (s[i] == ',' || s[i] == ';' || s[i] == '(' || s[i] == ':') same_clause = false;
  chunk::ForEachToken(s, main_end, reach, [&](size_t b, size_t e) {
    if (chunk::Classify(s.substr(b, e - b)) == chunk::WordClass::kSubordinator) same_clause = false;
    return same_clause;
  });
  if (!same_clause) return {};
  // A pronoun or a bare determiner is no holder.
  size_t words = 0;
  bool content = false;
  chunk::ForEachToken(main, 0, main.size(), [&](size_t b, size_t e) {
    ++words;
    const auto k = chunk::Classify(main.substr(b, e - b));
    content = content || k == chunk::WordClass::kContent;
    return true;
  });
  if (!content || words > 8) return {};
  return main;
}

// The object of a verb ending at `verb_end`: the words up to `stop`, the figure before it (at
// `prev_begin`..`prev_end`), or "by", "to" or "from", a noun phrase's (a determiner, "its" or a
// noun first; no pronoun but "its" and "their", no auxiliary or subordinator, no preposition but
// "in", "of", "for", "on", "at" and "among": "its stake in the lender", "the rate on its savings
// accounts"; figures only in a name or a year: "the S&P 500", "its forecast for 2024"; ending in
// a noun). Empty when they are none.
// Whether a word the lists take for a verb is a noun of expectation after a verb that moves it
// ("raises forecast", "cuts estimates").
bool ForecastNoun(std::string_view w) {
  return w == "forecast" || w == "forecasts" || w == "estimate" || w == "estimates" || w == "projection" ||
         w == "projections";
}

std::string_view VerbObject(std::string_view s, size_t verb_end, size_t stop, size_t prev_begin, size_t prev_end) {
  static const auto* inner = new ascii::WordMap<bool>(
      {{"in", true}, {"of", true}, {"for", true}, {"on", true}, {"at", true}, {"among", true}},
      /*lower=*/true);
  size_t ob = std::string_view::npos, oe = std::string_view::npos;
  int object_words = 0;
  bool ok = true;
  std::string_view before;
  chunk::ForEachToken(s, verb_end, stop, [&](size_t b, size_t e) {
    const std::string_view w = s.substr(b, e - b);
    if ((b >= prev_begin && e <= prev_end) || w == "by" || w == "to" || w == "from") return false;
    const auto k = chunk::Classify(w);
    const bool first = object_words++ == 0;
    const bool digits = w.find_first_of("0123456789") != std::string_view::npos;
    const bool name_or_year =
        std::all_of(w.begin(), w.end(), [](char c) { return ascii::IsDigit(c); }) && !before.empty() &&
        ((before[0] >= 'A' && before[0] <= 'Z') ||
         ((before == "for" || before == "in" || before == "of" || before == "its" || before == "their" ||
           before == "the") &&  // ("raised its 2024 growth forecast")
          w.size() == 4 && (w.starts_with("19") || w.starts_with("20"))));
    bool up = false;  // (no past of a move: "Analysts' price targets rose to" has no object "targets rose")
    const bool moved = MoveWord(w, &up) && (w.ends_with("ed") || chunk::IrregularPast(w));
    // (Nor a figure's scale word: "reached $11.6 billion across 48 deals".)
    const bool scale = w == "million" || w == "billion" || w == "trillion" || w == "crore" || w == "lakh";
    ok = object_words <= 8 && w.find_first_of(",;:()\"") == std::string_view::npos && (!digits || name_or_year) && !moved && !scale &&
         !chunk::IsAuxiliary(w) && k != chunk::WordClass::kSubordinator &&
         (k != chunk::WordClass::kPronoun || w == "its" || w == "their") && w != "theirs" && w != "ours" &&
         w != "hers" && w != "mine" && w != "yours" &&
         (k != chunk::WordClass::kPreposition || (!first && inner->Find(w) != nullptr)) &&
         !(first && k != chunk::WordClass::kDeterminer && k != chunk::WordClass::kContent && w != "its" && w != "their" &&
           !ForecastNoun(w));  // ("Apple raises forecast to $90 billion")
    if (ok) {
      if (first) ob = b;
      oe = e;
    }
    before = w;
    return ok;
  });
  if (!ok || ob == std::string_view::npos) return {};
  const std::string_view object = s.substr(ob, oe - ob);
  if (IsPronounPhrase(object) || object == "its" || object == "their") return {};
  const auto [lb, le] = WordBefore(s, oe);  // (the object ends in a noun, not "of" or "up")
  const std::string_view last_word = s.substr(lb, le - lb);
  const auto last = chunk::Classify(last_word);
  if (last == chunk::WordClass::kPreposition || last == chunk::WordClass::kDeterminer || last_word == "up" ||
      last_word == "down" || last_word == "higher" || last_word == "lower" || last_word == "back" ||
      last_word == "out" || last_word == "off")
    return {};
  return object;
}

// Sets *subject to `object`, held by *subject (then *holder) when a pronoun says so ("The company
// cut its workforce": the company's workforce), unless `participle` (a participle's clause after
// a comma holds nothing of the clause before) or *subject is no holder (a pronoun, a figure, a long
// phrase, or one holding the object).
void SetObjectSubject(std::string_view object, bool participle, std::string* subject, std::string* holder) {
  const bool own = object.starts_with("its ") || object.starts_with("their ");
  std::string h = !own || participle || subject->find(object) != std::string::npos || IsPronounPhrase(*subject) ||
                          subject->find_first_of("0123456789") != std::string::npos ||
                          std::count(subject->begin(), subject->end(), ' ') >= 6
                      ? std::string()
                      : *subject;
  if (!h.empty()) {
    *subject = Possessive(h, object);
    *holder = std::move(h);
  } else {
    *subject = std::string(object);
  }
}

// The object of a verb's second "and" before "by", "at" or "to" ("raised prices by 3% and wages by
// 2%": wages; "held its main rate at 4.5% and its deposit rate at 4%"), in the text `from`..`to`
// between two figures; empty when it is none.
std::string_view CoordinatedObject(std::string_view s, size_t from, size_t to) {
  std::string_view gap = normalizers::Trim(s.substr(from, to - from));
  if (gap.starts_with(", ")) gap.remove_prefix(2);
  if (!gap.starts_with("and ")) return {};
  gap.remove_prefix(4);
  std::string_view np = gap;
  for (int n = 0; n < 3; ++n) {  // (words of approximation after "by": "by about 2%")
    const size_t sp = np.rfind(' ');
    if (sp == std::string_view::npos) return {};
    const std::string_view last = np.substr(sp + 1);
    np = np.substr(0, sp);
    if (last == "by" || last == "at" || last == "to") break;
    if (!IsApproxWord(last) || n == 2) return {};
  }
  if (np.empty() || std::count(np.begin(), np.end(), ' ') > 3 ||
      np.find_first_of("0123456789,;:()\"") != std::string_view::npos)
    return {};
  bool ok = true;
  chunk::ForEachToken(np, 0, np.size(), [&](size_t b, size_t e) {
    const std::string_view w = np.substr(b, e - b);
    const auto k = chunk::Classify(w);
    ok = !chunk::IsAuxiliary(w) && k != chunk::WordClass::kVerb && k != chunk::WordClass::kSubordinator &&
         k != chunk::WordClass::kPreposition && (k != chunk::WordClass::kPronoun || w == "its" || w == "their");
    return ok;
  });
  return ok ? np : std::string_view();
}

// A verb that moves its object ("The Reserve Bank lifted the cash rate a quarter point to 4.35%",
// "They could raise rates by three-quarters of a point", "Sales jumped, lifting the company's
// shares by 8%", "Heavy selling pushed the Nasdaq down 3%"): what moved is the object ("the cash
// rate"), not the clause's subject, which holds it only when a pronoun says so ("The company cut
// its workforce by 1,200 jobs": the company's workforce; "The drug lowered blood pressure by 10
// mmHg" is no drug's blood pressure). The object (VerbObject) stands right before the figure, its
// "by", "to" or "from" (a count after "to" only in a noun of levels: "cut power to 300,000 homes"
// moves no power), the figure before it ("a quarter point to") or the particle of the move
// ("down"). Sets *subject and *holder; `verb` is the movement word, ending at `verb_end`.
void MovedObjectSubject(std::string_view s, std::string_view verb, size_t verb_end, const Quantity& q,
                        size_t prev_begin, size_t prev_end, std::string* subject, std::string* holder) {
  static const auto* transitive = new ascii::WordMap<bool>(
      {{"raise", true}, {"raises", true}, {"raised", true}, {"raising", true}, {"lift", true}, {"lifts", true},
       {"lifted", true}, {"lifting", true}, {"boost", true}, {"boosts", true}, {"boosted", true},
       {"boosting", true}, {"cut", true}, {"cuts", true}, {"cutting", true}, {"lower", true}, {"lowers", true},
       {"lowered", true}, {"lowering", true}, {"hike", true}, {"hikes", true}, {"hiked", true}, {"hiking", true},
       {"slashed", true}, {"slashes", true}, {"slashing", true}, {"trimmed", true}, {"trims", true},
       {"trimming", true}, {"reduce", true}, {"reduces", true}, {"reduced", true}, {"reducing", true},
       {"increase", true}, {"increases", true}, {"increased", true}, {"increasing", true}, {"doubled", true},
       {"doubling", true}, {"tripled", true}, {"halved", true}, {"halving", true}},
      /*lower=*/true);
  // Verbs that move an object with a particle after it ("pushed the Nasdaq down 3%", "sending
  // its shares up 12%").
  static const auto* causative = new ascii::WordMap<bool>(
      {{"push", true}, {"pushes", true}, {"pushed", true}, {"pushing", true}, {"send", true}, {"sends", true},
       {"sent", true}, {"sending", true}, {"drive", true}, {"drives", true}, {"drove", true}, {"driving", true},
       {"knock", true}, {"knocked", true}, {"knocking", true}, {"drag", true}, {"dragged", true},
       {"dragging", true}, {"lifted", true}, {"lifting", true}},
      /*lower=*/true);
  size_t particle = std::string_view::npos;  // where the particle of the move begins
  if (verb == "up" || verb == "down" || verb == "higher" || verb == "lower") {
    size_t at = verb_end - verb.size();
    for (int n = 0; n < 7 && particle == std::string_view::npos; ++n) {
      const auto [wb, we] = WordBefore(s, at);
      if (we <= wb || wb < prev_end || s.substr(wb, we - wb).find(',') != std::string_view::npos) break;
      if (causative->Find(s.substr(wb, we - wb)) != nullptr) {
        particle = verb_end - verb.size();
        verb = s.substr(wb, we - wb);
        verb_end = we;
      }
      at = wb;
    }
    if (particle == std::string_view::npos && verb != "lower") return;
  }
  if (particle == std::string_view::npos && transitive->Find(verb) == nullptr) return;
  if (verb_end >= q.begin || verb_end < verb.size()) return;
  {  // (A participle after a determiner is an adjective: "this increased capacity".)
    const auto [db, de] = WordBefore(s, verb_end - verb.size());
    if (de > db && chunk::Classify(s.substr(db, de - db)) == chunk::WordClass::kDeterminer) return;
  }
  const size_t stop = particle == std::string_view::npos ? q.begin : particle;
  const std::string_view object = VerbObject(s, verb_end, stop, prev_begin, prev_end);
  if (object.empty()) return;
  const size_t oe = static_cast<size_t>(object.data() + object.size() - s.data());
  bool ok = true;
  // Between the object and the figure: the figure before it, the particle, "by", "to" or "from"
  // and words of approximation ("by another 50 basis points", "by an average of 6%").
  static const auto* between = new ascii::WordMap<bool>(
      {{"by", true}, {"to", true}, {"from", true}, {"another", true}, {"an", true}, {"a", true}, {"average", true},
       {"of", true}, {"total", true}, {"further", true}, {"additional", true}},
      /*lower=*/true);
  int words = 0;
  std::string_view lead;
  chunk::ForEachToken(s, oe, q.begin, [&](size_t b, size_t e) {
    if (b >= prev_begin && e <= prev_end) return true;  // the figure before it
    if (b == particle) return true;
    const std::string_view w = s.substr(b, e - b);
    if (words++ == 0) lead = w;
    ok = words <= 5 && (between->Find(w) != nullptr || (IsApproxWord(w) && w != "over" && w != "under"));
    return ok;
  });
  if (!ok || (q.unit == "count" && lead != "by" && particle == std::string_view::npos && !LevelCountNoun(q.noun) &&
              !NamesForecast(s, verb_end, oe)))
    return;
  // (A participle's clause after a comma holds nothing of the clause before: "Sales jumped,
  // lifting the company's shares"; a main verb after an aside does: "The retailer, facing weak
  // demand, cut its forecast".)
  const bool after_comma = verb.ends_with("ing") && verb_end > verb.size() + 1 &&
                           s.substr(0, verb_end - verb.size()).ends_with(", ");
  SetObjectSubject(object, after_comma, subject, holder);
}

// A count after "to" that the verb's object goes to is no level the move reached ("The storm cut
// power to 300,000 homes", "cut aid to 3 countries"): an object between the verb ending at
// `verb_end` and the "to", no pronoun's ("cut its demands to 3 items"), the count's noun none of
// levels (LevelCountNoun: "cut the workforce to 3,000 employees") and no forecast named ("raised
// the forecast to 17 storms").
bool CountReceives(std::string_view s, const Quantity& q, size_t verb_end, size_t prev_begin, size_t prev_end) {
  if (q.unit != "count" || LevelCountNoun(q.noun) || verb_end == std::string::npos || verb_end >= q.begin) return false;
  size_t at = q.begin, to = std::string_view::npos;
  for (int n = 0; n < 3 && to == std::string_view::npos; ++n) {
    const auto [wb, we] = WordBefore(s, at);
    if (we <= wb || wb < verb_end) return false;
    const std::string_view w = s.substr(wb, we - wb);
    if (w == "to") to = wb;
    else if (!IsApproxWord(w) || w == "over" || w == "under") return false;
    at = wb;
  }
  if (to == std::string_view::npos) return false;
  // (A pronoun's object is cut to a level of its own: "cut its demands to 3 items".)
  const std::string_view object = VerbObject(s, verb_end, to, prev_begin, prev_end);
  return !object.empty() && !object.starts_with("its ") && !object.starts_with("their ") && !NamesForecast(s, verb_end, to);
}

// A verb that sets its object at a level ("The Fed held rates at 5.25%", "The central bank kept its
// key rate at 4.5%", "left interest rates unchanged at 0.1%", "The law caps rent increases at 3%",
// "Analysts put the cost of the project at $2 billion", "The deal values the company at $4.5
// billion", "The rule limits overdraft fees to $35"): the figure after the object's "at" or "to"
// is the object's (a count after "to" only in a noun of levels), held by the clause's subject when
// a pronoun says so. Not a passive's ("Rates were held at 5.25%": no object) nor across a comma or
// the figure before. Sets *subject and *holder when it finds one.
void LevelObjectSubject(std::string_view s, const Quantity& q, size_t prev_begin, size_t prev_end,
                        std::string* subject, std::string* holder) {
  static const auto* setting = new ascii::WordMap<bool>(
      {{"hold", true}, {"holds", true}, {"held", true}, {"holding", true}, {"keep", true}, {"keeps", true},
       {"kept", true}, {"keeping", true}, {"leave", true}, {"leaves", true}, {"left", true}, {"leaving", true},
       {"cap", true}, {"caps", true}, {"capped", true}, {"capping", true}, {"limit", true}, {"limits", true},
       {"limited", true}, {"limiting", true}, {"set", true}, {"sets", true}, {"setting", true}, {"put", true},
       {"puts", true}, {"putting", true}, {"value", true}, {"values", true}, {"valued", true}, {"valuing", true},
       {"price", true}, {"prices", true}, {"priced", true}, {"pricing", true}, {"peg", true}, {"pegs", true},
       {"pegged", true}, {"pegging", true}, {"fix", true}, {"fixes", true}, {"fixed", true}, {"fixing", true},
       {"estimate", true}, {"estimates", true}, {"estimated", true}, {"estimating", true}, {"maintain", true},
       {"maintains", true}, {"maintained", true}, {"maintaining", true}},
      /*lower=*/true);
  // "at" or "to" before the figure, past words of approximation.
  size_t at = q.begin, prep = std::string_view::npos;
  std::string_view prep_word;
  for (int n = 0; n < 4 && prep == std::string_view::npos; ++n) {
    const auto [wb, we] = WordBefore(s, at);
    if (we <= wb || wb < prev_end) return;
    const std::string_view w = s.substr(wb, we - wb);
    if (ascii::EqualsLower(w, "at") || ascii::EqualsLower(w, "to")) {  // ("Fed Holds Rates At 5.25%")
      prep = wb;
      prep_word = ascii::EqualsLower(w, "at") ? "at" : "to";
    } else if (!IsApproxWord(w) || w == "over" || w == "under") {
      return;
    }
    at = wb;
  }
  if (prep == std::string_view::npos || q.unit == "score" || q.unit == "year of age") return;  // ("held serve at 5-4")
  if (q.unit == "count" && prep_word == "to" && !LevelCountNoun(q.noun) && !NamesForecast(s, prev_end, prep)) return;
  size_t object_end = prep;
  if (const auto [wb, we] = WordBefore(s, prep); we > wb)  // ("left rates unchanged at", "held firm at")
    for (std::string_view still : {"unchanged", "steady", "stable", "flat", "firm", "constant"})
      if (ascii::EqualsLower(s.substr(wb, we - wb), still)) object_end = wb;
  // The verb, at most nine words back, not across a comma or the figure before.
  size_t verb_begin = std::string_view::npos, verb_end = 0;
  at = object_end;
  for (int n = 0; n < 9 && verb_begin == std::string_view::npos; ++n) {
    const auto [wb, we] = WordBefore(s, at);
    if (we <= wb || wb < prev_end || s.substr(wb, we - wb).find_first_of(",;:") != std::string_view::npos) return;
    if (setting->Find(s.substr(wb, we - wb)) != nullptr) {
      verb_begin = wb;
      verb_end = we;
      // (A setting word right after another is its object's noun: "caps price rises at 4%".)
      if (const auto [pb, pe] = WordBefore(s, wb); pe > pb && pb >= prev_end && setting->Find(s.substr(pb, pe - pb)) != nullptr) {
        verb_begin = pb;
        verb_end = pe;
      }
    }
    at = wb;
  }
  if (verb_begin == std::string_view::npos || verb_begin == 0) return;
  const std::string_view verb = s.substr(verb_begin, verb_end - verb_begin);
  {  // (Not a passive's, an adjective's or a noun's: "Rates were held at", "the fixed rate at", "has
     // held" is one; "Analysts' price targets" has no verb "price".)
    const auto [db, de] = WordBefore(s, verb_begin);
    const std::string_view w = s.substr(db, de - db);
    if (w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" || w == "being" ||
        w == "get" || w == "gets" || w == "got" || chunk::Classify(w) == chunk::WordClass::kDeterminer ||
        w.ends_with("'s") || w.ends_with("'") || w.ends_with("\xE2\x80\x99s") || w.ends_with("\xE2\x80\x99"))
      return;
  }
  // (Leaving a place or a post at a bare number or a count is its time, age or tally: "He left the
  // company at 62", "left the game at 95 pitches"; not its own: "left its delivery target at 375
  // jets".)
  const std::string_view object_words = s.substr(verb_end, object_end - verb_end);
  if ((ascii::EqualsLower(verb, "left") || ascii::EqualsLower(verb, "leave") || ascii::EqualsLower(verb, "leaves") ||
       ascii::EqualsLower(verb, "leaving")) &&
      (q.unit.empty() || (q.unit == "count" && !object_words.starts_with(" its ") && !object_words.starts_with(" their "))))
    return;
  const std::string_view object = VerbObject(s, verb_end, object_end, prev_begin, prev_end);
  // (A verb in -s is as often a plural noun: "Home prices inched up to" has no verb "prices" and
  // no object "inched up".)
  if (!object.empty() && verb.ends_with("s") && object.substr(0, object.find(' ')).ends_with("ed")) return;
  // (A verb of a level alone is no object: "accord prices start at $12,345", "Estimates stand at
  // 40" have no verb "prices", "Estimates".)
  static const auto* level_verbs = new ascii::WordMap<bool>(
      {{"start", true}, {"starts", true}, {"begin", true}, {"begins", true}, {"open", true}, {"opens", true},
       {"close", true}, {"closes", true}, {"stand", true}, {"stands", true}, {"end", true}, {"ends", true},
       {"top", true}, {"tops", true}, {"peak", true}, {"peaks", true}, {"sit", true}, {"sits", true},
       {"hover", true}, {"hovers", true}, {"trade", true}, {"trades", true}, {"range", true}, {"run", true},
       {"runs", true}, {"come", true}, {"comes", true}, {"remain", true}, {"remains", true}},
      /*lower=*/true);
  // (Nor a mark the subject set: "The S&P 500 set a new high at 4,800", "set a record at".)
  const std::string_view head = object.substr(object.rfind(' ') == std::string_view::npos ? 0 : object.rfind(' ') + 1);
  if (object.empty() || (object.find(' ') == std::string_view::npos && level_verbs->Find(object) != nullptr) ||
      head == "high" || head == "low" || head == "record" || head == "best" || head == "peak" || head == "mark" ||
      static_cast<size_t>(object.data() + object.size() - s.data()) + 1 < object_end)  // (the object's end)
    return;
  const bool participle = s.substr(verb_begin, verb_end - verb_begin).ends_with("ing") && verb_begin >= 2 &&
                          s.substr(verb_begin - 2, 2) == ", ";
  // (The holder is the phrase before the verb: "The central bank kept its key rate" is the bank's;
  // none after "and": the clause's, *subject.)
  if (const std::string_view agent = chunk::NounPhraseBefore(s, verb_begin, prev_end); !agent.empty())
    *subject = std::string(agent);
  SetObjectSubject(object, participle, subject, holder);
}

// Returns the bytes of `art.text` that bytes [b, e) of its normalized form come from: from the
// text byte of `b` to just past the text byte of e - 1, through the rest of its character;
// {0, 0} when they do not map.
std::pair<uint32_t, uint32_t> TextRange(const normalizers::NormalizedArticle& art, size_t b, size_t e) {
  if (b >= e) return {0, 0};
  const uint32_t tb = art.TextOffset(static_cast<uint32_t>(b));
  uint32_t te = art.TextOffset(static_cast<uint32_t>(e - 1)) + 1;
  while (te < art.text.size() && (static_cast<unsigned char>(art.text[te]) & 0xC0) == 0x80) ++te;
  if (tb >= te || te > art.text.size()) return {0, 0};
  return {tb, te};
}

// Sets the claim's text_* forms (claims.h) for `sentence`, which starts at byte `base` of the
// article's normalized form, when the article's text keeps other characters.
void DisplayForms(const normalizers::NormalizedArticle& art, std::string_view sentence, size_t base, Claim* c) {
  const std::string_view text(art.text);
  auto text_of = [&](size_t b, size_t e) {
    const auto [tb, te] = TextRange(art, base + b, base + e);
    return text.substr(tb, te - tb);
  };
  if (std::string_view t = text_of(0, sentence.size()); !t.empty() && t != sentence) c->text_sentence = t;
  if (c->text_sentence.empty()) return;  // the sentence reads the same: so do its parts
  const Quantity& q = c->quantity;
  if (q.end <= sentence.size() && sentence.substr(q.begin, q.end - q.begin) == q.surface &&
      c->span_begin < c->span_end && c->span_end <= text.size()) {
    const std::string_view t = text.substr(c->span_begin, c->span_end - c->span_begin);
    if (t != q.surface) c->text_surface = t;
  }
  if (const size_t at = c->subject.empty() ? std::string_view::npos : sentence.find(c->subject);
      at != std::string_view::npos) {
    const std::string_view t = text_of(at, at + c->subject.size());
    if (!t.empty() && t != c->subject) c->text_subject = t;
  }
}

// A bounded piece of a long text, `len` bytes of `s` cut on a character boundary, moved back to
// after the last space in its second half when it would end inside `s`: a figure is not cut in
// two ("$1,23" and "4,567").
size_t CutAtSpace(std::string_view s, size_t len) {
  if (len >= s.size() || len < 2) return len;
  const size_t space = s.substr(0, len).find_last_of(" \t\n");
  return space != std::string_view::npos && space >= len / 2 ? space + 1 : len;
}

}  // namespace

size_t ClaimExtractor::Extract(const normalizers::NormalizedArticle& art, std::vector<Claim>* out) const {
  size_t kept = 0, dropped = 0;
  const size_t first_of_article = out->size();
  thread_local normalizers::Segmenter seg;
  std::vector<normalizers::Span> sents;
  std::vector<Quantity> qs;
  std::vector<Move> moves;
  std::vector<std::pair<uint32_t, uint32_t>> level_verbs;  // [begin, end) in the sentence
  // Claims read the normalized form (a page's text keeps its own characters: "½", "–", "−");
  // spans are mapped onto `text` once each claim's id is made (ids hash the normalized spans).
  const std::string& text = art.ComparableText();
  const int year = ArticleYear(art, options_.default_year);
  const int month = ArticleMonth(art);
  const int day = month > 0 ? ArticleDay(art) : 0;
  // (A match report's halves and quarters are the match's; its lead's result tells the game's day.)
  const bool match_report = MatchReport(text);
  // A poll's fieldwork dates its figures; in a poll's story (its first paragraph that ends a
  // sentence speaks of one) all of its shares.
  const std::optional<Period> fieldwork = PollFieldwork(text, year, month, day);
  bool poll_story = false;
  if (fieldwork)
    for (size_t b = 0, e = 0; b < text.size(); b = e + 2) {
      e = std::min(text.find("\n\n", b), text.size());
      if (!normalizers::EndsSentence(std::string_view(text).substr(b, e - b))) continue;
      poll_story = PollWords(std::string_view(text).substr(0, e));
      break;
    }
  // The wire of a dateline lifted out of the text ("MOSCOW, May 2 (Reuters) -"): the source of
  // the sentences of the paragraph it opened that name none of their own, as it was written.
  std::string wire_source;
  std::string_view dateline;  // (its places name the story's country too)
  for (const auto& r : art.removed) {
    if (r.reason != "dateline") continue;
    dateline = r.text;
    const size_t open = r.text.rfind('('), close = r.text.rfind(')');
    // Only an agency's name ("LONDON (Updated) -" names none).
    if (open != std::string::npos && close != std::string::npos && close > open + 1 &&
        !normalizers::WireAgencyIn(std::string_view(r.text).substr(open + 1, close - open - 1)).empty())
      wire_source = r.text.substr(open + 1, close - open - 1);
    break;
  }
  // The people and bodies the story quotes, for "she said" and "It said" (sources.h).
  sources::Speakers speakers(text);
  // A sentence without figures: only who speaks in it, for the sentences after it.
  auto NoteSpeaker = [&](std::string_view sentence, std::string_view sentence_before) {
    if (sentence.size() > options_.max_sentence_bytes) return;  // (hostile input: as the figures' sentences are cut)
    std::string source = sources::FindSource(sentence);
    if (!source.empty()) speakers.Attribute(sentence, sentence_before, &source);
  };
  bool lede_seen = false;
  std::string_view last_sentence;  // the sentence before, for a pronoun opening the next
  // The period the story's lead told of, lent to the past reports after it that name no time of
  // their own (StoryPeriod below), for a few paragraphs (farther on, a story gives background).
  StoryPeriod story(match_report);
  size_t paragraph = 0;
  // The month before which a sentence's periods are dated in the past: publication's when the
  // sentence reports a move ("in the fourth quarter of this year" is this year's, whenever it is
  // told), else none.
  auto PastMonth = [&](std::string_view s) {
    if (month == 0 || !MayNamePeriod(s) || s.find("this year") != std::string_view::npos) return 0;
    // (A sentence that looks ahead only in a later clause reports the past before it: "GDP grew 0.7% in
    // the fourth quarter, Stats NZ said, and the Treasury projected ..."; FindPeriod leaves the
    // later clause's periods ahead.)
    std::string_view head = s;
    if (Foresees(s)) {
      head = {};
      for (std::string_view b : {", and ", "; ", ", while ", ", but ", ", whereas "})
        for (size_t at = s.find(b); at != std::string_view::npos && head.empty(); at = s.find(b, at + 1))
          if (!Foresees(s.substr(0, at)) && Foresees(s.substr(at))) head = s.substr(0, at);
      if (head.empty()) return 0;
    }
    // (A move reported, or a level: "Fourth-quarter profit was $2.1 billion", told in February.)
    return ReportsMove(head) || PastReport(head, /*day=*/false) ? month : 0;
  };
  // The first dated period of a lead's `text` (a piece of `sentence`), by place, not by the finder's
  // order: "Stocks rose on Monday as investors bet the Fed would cut rates this year" is Monday's.
  auto LeadPeriod = [&](std::string_view text, std::string_view sentence) {
    std::optional<Period> p = FindPeriod(text, year, PastMonth(sentence), month, sentence, day, match_report);
    for (int n = 0; n < 4 && p && !p->surface.empty(); ++n) {
      const size_t at = text.find(p->surface);
      if (at == std::string_view::npos || at == 0) break;
      std::optional<Period> before = FindPeriod(text.substr(0, at), year, PastMonth(sentence), month, sentence, day, match_report);
      if (!before || before->start.empty() || before->end.empty()) break;
      p = std::move(before);
    }
    return p;
  };
  // A lead without figures ("Stocks closed lower on Friday as ...") may tell the story's period.
  auto FigurelessLead = [&](std::string_view piece, size_t paragraph_index) {
    if (!story.SeeksLead(paragraph_index) || !normalizers::EndsSentence(piece)) return;
    seg.Sentences(piece, &sents);
    if (sents.empty()) return;
    const std::string_view first = piece.substr(sents[0].begin, sents[0].end - sents[0].begin);
    story.Lead(first, paragraph_index, LeadPeriod(first, first), year, month, day);
  };
  // Paragraph by paragraph, sentence by sentence; offsets are kept into art.text.
  size_t para_begin = 0;
  while (para_begin <= text.size()) {
    size_t para_end = text.find("\n\n", para_begin);
    if (para_end == std::string::npos) para_end = text.size();
    std::string_view para(text.data() + para_begin, para_end - para_begin);
    // The dateline opened the story's first paragraph: the first that ends a sentence (a
    // headline or a kicker above it does not).
    const bool lede = !wire_source.empty() && !lede_seen && normalizers::EndsSentence(para);
    lede_seen = lede_seen || lede;
    // Hostile input: sentence segmentation of a huge paragraph is done in bounded pieces.
    // Pieces and sentences are cut on character boundaries: a claim's sentence stays UTF-8.
    for (size_t piece = 0, piece_len = 0; piece < para.size(); piece += piece_len) {
      piece_len = std::max<size_t>(1, CutAtSpace(para.substr(piece), corpus::Utf8PrefixLength(para.substr(piece), options_.max_sentence_bytes * 16)));
      std::string_view chunk = para.substr(piece, piece_len);
      if (!quantities_->MayHold(chunk)) {  // no figure: no need for its sentences
        // (But for who speaks in them, when someone does: '"Rates will fall," said Ruth Fennimore.')
        if (chunk.find(" said") != std::string_view::npos || chunk.find(" told") != std::string_view::npos ||
            chunk.find(" says") != std::string_view::npos) {
          seg.Sentences(chunk, &sents);
          for (const auto& sp : sents) NoteSpeaker(chunk.substr(sp.begin, sp.end - sp.begin), {});
        }
        last_sentence = {};                 // (nor a pronoun's antecedent from before them)
        FigurelessLead(chunk, paragraph);
        story.Pass(chunk, text, paragraph);
        continue;
      }
      seg.Sentences(chunk, &sents);
      for (const auto& s : sents) {
        for (size_t off = s.begin, len = 0; off < s.end; off += len) {
          len = std::max<size_t>(
              1, CutAtSpace(chunk.substr(off, s.end - off),
                            corpus::Utf8PrefixLength(chunk.substr(off, s.end - off), options_.max_sentence_bytes)));
          std::string_view sentence = chunk.substr(off, len);
          const std::string_view sentence_before = last_sentence;
          last_sentence = sentence;
          size_t base = para_begin + piece + off;
          qs.clear();
          quantities_->Extract(sentence, &qs);
          if (qs.empty()) {
            NoteSpeaker(sentence, sentence_before);
            // (A lead without figures in a paragraph with some: "Tesla's deliveries fell in the
            // second quarter, the company said on Wednesday.")
            if (story.SeeksLead(paragraph)) story.Lead(sentence, paragraph, LeadPeriod(sentence, sentence), year, month, day);
            story.Pass(sentence, text, paragraph);
            story.LendPlan(sentence, paragraph, {}, year, month, out, out->size());
            continue;
          }
          const int past_month = PastMonth(sentence);
          const std::string_view ahead = sentence;  // (the whole sentence, for windows of it)
          std::optional<Period> period = FindPeriod(sentence, year, past_month, month, ahead, day, match_report);
          if (period && !period->surface.empty()) {
            // A number inside the sentence's period ("in the first six months of 2025", "in
            // the three years to 2024") names the period, not a figure of the story.
            const size_t pb = sentence.find(period->surface);
            if (pb != std::string_view::npos) {
              const size_t pe = pb + period->surface.size();
              std::erase_if(qs, [&](const Quantity& q) { return q.begin >= pb && q.end <= pe; });
              if (qs.empty()) {
                story.Pass(sentence, text, paragraph);
                story.LendPlan(sentence, paragraph, {}, year, month, out, out->size());
                continue;
              }
            }
          }
          // (A sentence period that is a comparison's base, "up 6.3% from October 2025", leaves the
          // figures the sentence's other period: "hit $4,750 in October, up 6.3% from October 2025".)
          std::optional<Period> unbased;
          if (period && !period->surface.empty())
            if (const size_t at = sentence.find(period->surface); at != std::string_view::npos) {
              const auto [fb, fe] = WordBefore(sentence, at);
              if (period->surface.starts_with("from ") || period->surface.starts_with("From ") ||
                  sentence.substr(fb, fe - fb) == "from") {
                thread_local std::string blank;
                blank.assign(sentence);
                std::fill(blank.begin() + static_cast<std::ptrdiff_t>(at),
                          blank.begin() + static_cast<std::ptrdiff_t>(at + period->surface.size()), ' ');
                unbased = FindPeriod(blank, year, past_month, month, blank, day, match_report);
                if (unbased && (unbased->surface.empty() || sentence.find(unbased->surface) == std::string_view::npos))
                  unbased.reset();
              }
            }
          // "four-, five- and six-cylinder engines": numbers with a suspended hyphen are figures
          // only with the list's end ("4-, 5- and 6-metre poles" take its unit below); when the end
          // is a compound and no figure ("six-cylinder"), neither are they.
          std::erase_if(qs, [&](const Quantity& q) {
            if (!q.unit.empty() || !q.noun.empty()) return false;
            const size_t last = SuspendedListEnd(sentence, q.end);
            return last != std::string_view::npos &&
                   std::none_of(qs.begin(), qs.end(), [&](const Quantity& o) { return o.begin == last; });
          });
          if (qs.empty()) continue;
          const size_t room = std::min(options_.max_claims_per_sentence,
                                       options_.max_claims_per_article - std::min(kept, options_.max_claims_per_article));
          if (qs.size() > room) {
            dropped += qs.size() - room;
            qs.resize(room);
            if (qs.empty()) continue;
          }
          kept += qs.size();
          std::string prev_subject, prev_agent, prev_verb;
          std::string source = sources::FindSource(sentence);
          if (source.empty() && lede) source = wire_source;
          speakers.Attribute(sentence, sentence_before, &source);
          // Movement and level words of the sentence, found once, in text order.
          moves.clear();
          level_verbs.clear();
          ScanWords(sentence, &moves, &level_verbs);
          ElidedNouns(sentence, &qs);
          const size_t first_of_sentence = out->size();
          size_t paired_count = std::string::npos;  // where the second of a pair of opening counts begins
          // (The subjects of shares restated "of" a whole, set once the sentence's claims are made,
          // so that the figures after take the first figure's subject, not the share's: "peak at
          // A$196 billion, or 14.1% of gross state product, in June 2029, up from A$171 billion".)
          std::vector<std::pair<size_t, std::string>> share_subjects;
          for (size_t qi = 0; qi < qs.size(); ++qi) {
            Quantity& q = qs[qi];
            Claim c;
            c.article_id = art.article.id;
            c.sentence = std::string(sentence);
            c.span_begin = static_cast<uint32_t>(base + q.begin);
            c.span_end = static_cast<uint32_t>(base + q.end);
            // Phrases do not reach back across the previous figure when it had a verb of its own
            // ("imports dropped 27.5% and imports of cars slumped 46%"); a bare number before
            // the verb is part of a name ("the S&P 500 rose 0.9%").
            const size_t prev_end = qi > 0 && !prev_verb.empty() ? qs[qi - 1].end : 0;
            const size_t window_end = qi + 1 < qs.size() ? qs[qi + 1].begin : sentence.size();
            Structure st = Structure::Of(sentence, q, prev_end, qi > 0 ? qs[qi - 1].end : 0, window_end, moves, level_verbs,
                                         qi > 0 ? &prev_subject : nullptr);
            c.kind = q.unit == "score" ? "score" : st.kind;  // a sports score is its own kind
            c.subject = st.subject;
            bool opening_count = false;
            // (A count of its own noun the figure before's moved object does not hold: "raised the
            // starting wage to $14 an hour for 740,000 workers" is Walmart's, not the wage's.)
            if (!prev_agent.empty() && c.subject == prev_subject && q.unit == "count" && !q.noun.empty() &&
                !TimeNoun(q.noun))  // (a span of time is the figure before's: "by 7% over three years")
              c.subject = prev_agent;
            // A subject that opens with the previous figure is that figure's phrase, not this one's
            // ("The index closed 120 points higher at 38,500": the index's level, not "120 points").
            // (Only after the particle of the previous figure's move: "eight cabinet ministers had
            // received five million yen" keeps its subject.)
            // A count that opens a clause of its own after ", and", ", but" or ";", its verb right
            // after its noun, is that clause's subject, as at a sentence's start ("The storm
            // weakened overnight, and 3 people were later found dead": "3 people", not "The storm").
            if (q.unit == "count" && !q.noun.empty() && q.end + 1 + q.noun.size() < sentence.size() &&
                ascii::EqualsLower(sentence.substr(q.end + 1, q.noun.size()), q.noun)) {
              std::string_view head = sentence.substr(0, q.begin);
              while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
              size_t subject_begin = q.begin;
              for (std::string_view approx : {" about", " some", " nearly", " around", " almost", " roughly", " more than",
                                              " at least", " over", " an estimated", " as many as", " up to", " another",
                                              " only", " just", " fewer than", " less than", " a record"})
                if (head.size() >= approx.size() && ascii::EqualsLower(head.substr(head.size() - approx.size()), approx)) {
                  head.remove_suffix(approx.size());
                  subject_begin = head.size() + 1;  // ("some 300 cases": the word stays)
                  break;
                } else if (ascii::EqualsLower(head, approx.substr(1))) {  // (opening the sentence: "About 1,500")
                  head = {};
                  break;
                }
              // (Or after a short opening phrase and its comma, no verb in it: "Globally, 504 million
              // women", "In March, 300 people"; the count opens the sentence.)
              if (head.ends_with(",") && head.find(',') == head.size() - 1) {
                const std::vector<std::string_view> intro = WordsOf(head);
                bool plain = !intro.empty() && intro.size() <= 4;
                for (std::string_view w : intro)
                  plain = plain && chunk::Classify(w) != chunk::WordClass::kVerb && !UnlistedPast(w) &&
                          chunk::Classify(w) != chunk::WordClass::kPronoun && chunk::Classify(w) != chunk::WordClass::kSubordinator &&
                          chunk::Classify(w) != chunk::WordClass::kConjunction;
                if (plain) head = {};
              }
              // (Or the second of a pair of counts the first opened: "504 million women and 374
              // million men were obese".)
              if (q.begin == paired_count) head = {};
              // (Or after a subordinator: "Stocks rallied as 3 Fed officials said", "The index fell
              // after 12 banks reported losses"; not "such as", "as much as".)
              bool subordinate = false;
              for (std::string_view sub : {" as", " because", " after", " when", " while", " since", " although",
                                           " though", " before", " until", " once", " whereas"})
                if (head.size() > sub.size() && ascii::EqualsLower(head.substr(head.size() - sub.size()), sub)) {
                  const auto [pb, pe] = WordBefore(head, head.size() - sub.size() + 1);
                  const std::string_view pw = head.substr(pb, pe - pb);
                  subordinate = pe > pb && pw != "such" && pw != "much" && pw != "many" && pw != "same" && pw != "well" &&
                                pw != "just" && pw != "soon" && pw != "long" && pw != "far" && pw != "even" && pw != "ever";
                  break;
                }
              // (Or what a verb of reporting reports: "Police said 3 officers were injured", "data
              // showed that 12 banks failed".)
              if (!subordinate) {
                std::string_view h = head;
                if (h.ends_with(" that")) h.remove_suffix(5);
                const auto [rb, re] = WordBefore(h, h.size());
                const std::string_view rv = h.substr(rb, re - rb);
                // (Not "added", nor "told", whose count is its object: "She told 300 workers".)
                subordinate = re > rb && IsReportingVerb(rv) && rv != "added" && rv != "told" && rv != "tells" &&
                              rv != "tell";
              }
              // (Or the sentence: "1,500 people attended the rally, police said" is the people's, not
              // the police's.)
              const bool opens = head.ends_with(", and") || head.ends_with(", but") || head.ends_with(";") ||
                                 head.ends_with(", while") || head.ends_with(", yet") || subordinate || head.empty();
              const size_t noun_end = q.end + 1 + q.noun.size();
              // (A pair of counts: the verb is after the second's noun; "and" and words of
              // approximation only between them.)
              size_t verb_from = noun_end;
              size_t pair = std::string::npos;
              if (qi + 1 < qs.size() && sentence.substr(noun_end).starts_with(" and ") && qs[qi + 1].unit == "count" &&
                  !qs[qi + 1].noun.empty() && qs[qi + 1].end + 1 + qs[qi + 1].noun.size() < sentence.size() &&
                  ascii::EqualsLower(sentence.substr(qs[qi + 1].end + 1, qs[qi + 1].noun.size()), qs[qi + 1].noun)) {
                bool plain = true;
                for (std::string_view w : WordsOf(sentence.substr(noun_end + 5, qs[qi + 1].begin - std::min<size_t>(qs[qi + 1].begin, noun_end + 5))))
                  plain = plain && IsApproxWord(w);
                if (plain && qs[qi + 1].begin >= noun_end + 5) {
                  verb_from = qs[qi + 1].end + 1 + qs[qi + 1].noun.size();
                  pair = qs[qi + 1].begin;
                }
              }
              // (An aside set off by commas after the noun: "12 people, including three children,
              // died", "3 men, aged 20 to 25, were arrested"; six words at most, no clause mark.)
              if (verb_from == noun_end && sentence.substr(noun_end).starts_with(", ")) {
                const size_t close = sentence.find(", ", noun_end + 2);
                if (close != std::string_view::npos && close - noun_end < 60) {
                  const std::string_view aside = sentence.substr(noun_end + 2, close - noun_end - 2);
                  const std::vector<std::string_view> aw = WordsOf(aside);
                  // (Then a finite verb: not "followed by", a participle's.)
                  const auto [fb, fe] = WordAfter(sentence, close + 1);
                  const std::string_view fv = sentence.substr(fb, fe - fb);
                  // (Or a past at the sentence's end: "died.")
                  const bool ends = fe >= sentence.size() || sentence[fe] == '.' || sentence[fe] == ',';
                  const bool finite = chunk::IsAuxiliary(fv) || (chunk::Classify(fv) == chunk::WordClass::kVerb && fv[0] >= 'a') ||
                                      ((chunk::IrregularPast(fv) || UnlistedPast(fv) ||
                                        (fv.size() == 4 && fv.ends_with("ed") && fv[0] >= 'a')) &&
                                       (ends || (WordAfter(sentence, fe).second > WordAfter(sentence, fe).first &&
                                                 sentence.substr(WordAfter(sentence, fe).first, 3) != "by ")));
                  if (!aw.empty() && aw.size() <= 6 && aside.find_first_of(";:()\"") == std::string_view::npos &&
                      aw[0] != "and" && aw[0] != "or" && aw[0] != "but" && finite)
                    verb_from = close + 1;
                }
              }
              // (A preposition's phrase after the noun, four words at most and no clause mark, then
              // the verb: "Separately, 300 workers at the plant voted to strike", "12 people in the
              // car died".)
              size_t phrase_end = noun_end;  // (the count's phrase: "300 workers at the plant")
              if (verb_from == noun_end && sentence.substr(noun_end).starts_with(" ")) {
                const auto [pb, pe] = WordAfter(sentence, noun_end);
                if (pe > pb && chunk::Classify(sentence.substr(pb, pe - pb)) == chunk::WordClass::kPreposition) {
                  size_t at = pe;
                  for (int n = 0; n < 5; ++n) {
                    const auto [wb, we] = WordAfter(sentence, at);
                    if (we <= wb) break;
                    const std::string_view w = sentence.substr(wb, we - wb);
                    const chunk::WordClass k = chunk::Classify(w);
                    if (n > 0 && w[0] >= 'a' && w[0] <= 'z' &&
                        (k == chunk::WordClass::kVerb || chunk::IrregularPast(Bare(w)) ||
                         (w.size() >= 4 && Bare(w).ends_with("ed") && !Bare(w).ends_with("eed") && !Bare(w).ends_with("bed")))) {
                      verb_from = at;
                      phrase_end = at;
                      break;
                    }
                    if (Bare(w).size() != w.size() || !(k == chunk::WordClass::kDeterminer || k == chunk::WordClass::kContent))
                      break;
                    at = we;
                  }
                }
              }
              auto [vb, ve] = WordAfter(sentence, verb_from);
              const std::string_view v = Bare(sentence.substr(vb, ve - vb));
              // (A verb of the lists or an irregular past; a word in -ed only at the clause's end or
              // before its object: "and 100 buildings collapsed.", but "200 homes, 30 schools, and 40
              // businesses located along the coast" is a list's last item.)
              const std::string_view raw = sentence.substr(vb, ve - vb);
              auto [ob, oe] = WordAfter(sentence, ve);
              const chunk::WordClass object = oe > ob ? chunk::Classify(Bare(sentence.substr(ob, oe - ob))) : chunk::WordClass::kSubordinator;
              // (At the sentence's start or after a subordinator or a verb of reporting, before a
              // preposition too: "12 people died in the crash", "said 2.4 million people died of".)
              // (After the count's preposition phrase, any word but a participle's "by": "100 shops in
              // the market closed early".)
              const bool past_ed = v.size() >= 4 && v.ends_with("ed") &&
                                   (raw.size() > v.size() || oe <= ob || object == chunk::WordClass::kDeterminer ||
                                    (phrase_end != noun_end && sentence.substr(ob, oe - ob) != "by") ||
                                    object == chunk::WordClass::kPronoun ||
                                    ((head.empty() || subordinate) && object == chunk::WordClass::kPreposition));
              // (A participle's phrase after the noun leads to its verb: "and 5 tankers carrying crude
              // were seized"; a plural's verb in its base form opens the sentence: "Twenty-six people
              // die in crash".)
              // ("and 12 sailors missing were found"; not a list's object: "opened 5 stores, and 3
              // outlets selling discount goods.": a verb of the clause's own within four words.)
              // (A participle's, "missing", "headed", "carrying", and no conjunction or subordinator
              // before that verb: "said 11 people died and 40 were injured" is no such phrase.)
              const bool participle = raw.size() == v.size() && v.size() > 4 &&
                                      (chunk::Classify(v) == chunk::WordClass::kContent ||
                                       (chunk::Classify(v) == chunk::WordClass::kPreposition && v.ends_with("ing"))) &&
                                      (v.ends_with("ing") || v.ends_with("ed") || chunk::IrregularPast(v)) && [&] {
                int n = 0;
                bool finite = false;
                chunk::ForEachToken(sentence, ve, std::min(sentence.size(), ve + 60), [&](size_t b, size_t e) {
                  const std::string_view w = sentence.substr(b, e - b);
                  const std::string_view bw = Bare(w);
                  const chunk::WordClass k = chunk::Classify(bw);
                  // (Opening the sentence, any verb: "Two dozen horses running loose caused chaos".)
                  finite = bw == "were" || bw == "was" || bw == "are" || bw == "is" || bw == "have" || bw == "has" ||
                           bw == "had" || bw == "will" || bw == "would" ||
                           (head.empty() && n > 0 && (k == chunk::WordClass::kVerb || chunk::IrregularPast(bw) ||
                                                      (bw.size() > 4 && bw.ends_with("ed"))));
                  return !finite && ++n < 4 && bw.size() == w.size() && k != chunk::WordClass::kConjunction &&
                         k != chunk::WordClass::kSubordinator;
                });
                return finite;
              }();
              // (After a verb of reporting too: "The WHO said 1.3 million people die on the roads".)
              const bool base_verb = (head.empty() || subordinate) && raw.size() == v.size() && object != chunk::WordClass::kContent &&
                                     chunk::Classify(v) == chunk::WordClass::kContent && !v.ends_with("ly") &&
                                     q.noun.size() > 3 && (q.noun.ends_with("s") || q.noun == "people") &&
                                     !v.ends_with("s");
              // (Or the reporters a count names after the comma, the sentence ending with their verb:
              // "..., three Russian sources said.")
              const bool reporters = head.ends_with(",") && IsReportingVerb(v) && raw.size() == v.size() + 1 &&
                                     ve == sentence.size();
              if ((opens || reporters) && sentence[verb_from] == ' ' && !v.empty() && v[0] >= 'a' && v[0] <= 'z' &&
                  (chunk::Classify(v) == chunk::WordClass::kVerb || chunk::IrregularPast(v) || past_ed || participle ||
                   base_verb)) {
                std::string count_subject(sentence.substr(subject_begin, phrase_end - subject_begin));
                // (The sentence's opening count is that count's alone: "12 people died and 30 were
                // injured" leaves 30 to its own phrase.)
                opening_count = (head.empty() || subordinate) && count_subject != c.subject;
                c.subject = std::move(count_subject);
                paired_count = pair;
                // (Nor is a movement before the clause its: "Prices rose, and 3 people were hurt".)
                if (!st.verb.empty() && head.find(st.verb) != std::string_view::npos) {
                  st.direction.clear();
                  st.verb.clear();
                }
              }
            }
            // ("The FTSE 100 closed 35 points lower, or 0.5%, at 7,600": the two after it too.)
            if (qi > 0 && !prev_subject.empty() && !HoldsFigure(prev_subject) && !st.own_phrase && HoldsFigure(c.subject)) {
              for (size_t qj = qi; qj-- > 0;) {
                const std::string_view fig = sentence.substr(qs[qj].begin, qs[qj].end - qs[qj].begin);
                if (!c.subject.starts_with(fig)) continue;
                const std::string_view gap = sentence.substr(qs[qj].end, q.begin - qs[qj].end);
                for (std::string_view particle : {" higher", " lower", " up", " down"})
                  if (const size_t at = gap.find(particle);
                      at != std::string_view::npos && at + particle.size() < gap.size() &&
                      (gap[at + particle.size()] == ' ' || gap[at + particle.size()] == ','))
                    c.subject = prev_subject;
                break;
              }
            }
            c.direction = st.direction;
            // A from-to pair a movement word moved ("reduced the award from $5 million to $1.2 million",
            // "eased from 9.1% to 6.8%"): its ends say which way (one figure with both ends, as
            // before; not "ranging from 10 to 20").
            // (Only the way the verb says: "fell from 3% to 8%" is a range of falls; nor a band that
            // modifies a noun, "homes costing from $300,000 to $500,000", "anywhere from".)
            if (c.direction.empty() && q.hi.has_value() && *q.hi != q.value && !st.verb.empty()) {
              bool up = false;
              const auto [fb, fe] = WordBefore(sentence, q.begin);
              const auto [gb, ge] = fe > fb ? WordBefore(sentence, fb) : std::pair<size_t, size_t>{0, 0};
              const std::string_view g = sentence.substr(gb, ge - gb);
              static const auto* band = new ascii::WordMap<bool>(
                  {{"anywhere", true}, {"by", true}, {"with", true}, {"costing", true}, {"employing", true},
                   {"aged", true}, {"ranging", true}, {"between", true}, {"priced", true}, {"valued", true},
                   {"earning", true}, {"weighing", true}, {"measuring", true}},
                  /*lower=*/true);
              if (fe > fb && sentence.substr(fb, fe - fb) == "from" && band->Find(g) == nullptr &&
                  MoveWord(std::string_view(st.verb), &up) && up == (*q.hi > q.value))
                c.direction = up ? "increase" : "decrease";
            }
            c.verb = st.verb;
            Claim* prev = qi > 0 && out->size() > first_of_sentence ? &out->back() : nullptr;
            const size_t prev_q_end = qi > 0 ? qs[qi - 1].end : 0;
            bool bracket = false;
            // How the figure stands to the one before ("compared with", "from", "forecasts of"),
            // found once for the subject and the unit below.
            const Comparison how = prev != nullptr ? ComparedWith(sentence, prev_q_end, q.begin) : Comparison::kNone;
            const std::string_view expected =
                how == Comparison::kExpected ? ExpectationPhrase(sentence, prev_q_end, q.begin) : std::string_view();
            // ("widened to $1.7 trillion, or 6.3% of gross domestic product": the sum said again as a
            // share of its base is the sum's subject's, "of" its base.)
            const bool share_said =
                prev != nullptr && (q.unit == "percent" || q.unit == "fraction") && prev->quantity.unit != q.unit &&
                !prev->quantity.unit.empty() && sentence.substr(q.end).starts_with(" of ") &&
                [&] {
                  // (Words of time between allowed: "$1.7 trillion in fiscal 2023, or 6.3% of".)
                  const std::string_view between = normalizers::Trim(sentence.substr(prev_q_end, q.begin - prev_q_end));
                  return between.size() > 48 ? false : between == "or" || between.ends_with(", or") || between.ends_with(", or about") ||
                         between.ends_with(", or nearly") || between.ends_with(", or around") ||
                         between.ends_with(", or roughly") || between.ends_with(", or almost");
                }();
            const bool share_restated = share_said && prev->quantity.unit != "count";
            if (share_restated) {
              // "Net debt is forecast to peak at A$196 billion, or 14.1% of gross state product":
              // the first figure's subject as a share of the whole after "of" (Net debt as a share
              // of gross state product); the whole alone for a pronoun's ("it would cut 12,000
              // jobs, or 8% of its workforce").
              c.subject = prev->subject;
              c.holder = prev->holder;
              // (Not a change's share, "widened by $300 billion, or 1.2% of GDP": the widening's, no
              // deficit-to-GDP ratio. A name's share is its share: "Germany pledged €2 billion, or 10%
              // of the total" is Germany's share of the total.)
              const std::string_view whole = chunk::NounPhraseAfter(sentence, q.end + 4, sentence.size());
              const std::vector<std::string_view> sw = WordsOf(c.subject);
              // (A name: capitalized words, not one in the plural opening the sentence, "Investors".)
              const bool named = !sw.empty() && sw[0] != "The" &&
                                 std::all_of(sw.begin(), sw.end(), [](std::string_view w) { return w[0] >= 'A' && w[0] <= 'Z'; }) &&
                                 !(sw.size() == 1 && sw[0].ends_with("s"));
              const size_t wsp = whole.find(' ');
              const bool own_whole = wsp != std::string_view::npos && (whole.substr(0, wsp) == "its" || whole.substr(0, wsp) == "their");
              const bool plural_opening = sw.size() == 1 && sw[0].ends_with("s") && sw[0][0] >= 'A' && sw[0][0] <= 'Z';
              if (!whole.empty() && !HoldsFigure(whole) && whole.size() <= 60 && !IsPronounPhrase(whole) &&
                  prev->kind != "change")
                share_subjects.emplace_back(
                    qi, c.subject.empty() || IsPronounPhrase(c.subject) || (plural_opening && own_whole) ? std::string(whole)
                        : named && own_whole ? Possessive(c.subject, whole.substr(wsp + 1))  // ("Acme's revenue")
                        : named ? Possessive(c.subject, "share of " + std::string(whole))
                                : c.subject + " as a share of " + std::string(whole));
            } else if (prev != nullptr && Restates(sentence, prev_q_end, q.begin, &bracket)) {
              // "lost 190 points, or 0.6%", "296 hp (224 kW)": the same figure said again.
              c.subject = prev->subject;
              c.holder = prev->holder;
              if (c.direction.empty()) {
                c.direction = prev->direction;
                c.verb = prev->verb;
                if (!c.direction.empty() && (c.kind == "level" || c.kind == "share") &&
                    (q.unit == "percent" || q.unit == "pp"))
                  c.kind = "change";
              }
              if (bracket && q.approx == "exact") q.approx = prev->quantity.approx;
              // "cut about 12,000 jobs, or 8% of its workforce": the counted things' share of the
              // whole after "of", the whole its holder's (Tessaract Group's workforce).
              if (share_said) {
                const std::string_view whole = chunk::NounPhraseAfter(sentence, q.end + 4, sentence.size());
                if (!whole.empty() && !HoldsFigure(whole) && whole.size() <= 60 && !IsPronounPhrase(whole)) {
                  const size_t sp = whole.find(' ');
                  const std::string_view det = whole.substr(0, sp);
                  // (Its holder a name's, not a thing's: "said the strike involved 5,000 workers, or 12%
                  // of its staff" is no strike's staff.)
                  if ((det == "its" || det == "their") && sp != std::string_view::npos && !c.subject.empty() &&
                      !IsPronounPhrase(c.subject) && std::count(c.subject.begin(), c.subject.end(), ' ') < 5 &&
                      c.subject[0] >= 'A' && c.subject[0] <= 'Z' && !c.subject.starts_with("The ") &&
                      !c.subject.starts_with("A ") && !c.subject.starts_with("An "))
                    share_subjects.emplace_back(qi, Possessive(c.subject, whole.substr(sp + 1)));
                  else
                    share_subjects.emplace_back(qi, std::string(whole));
                }
              }
              // "8 or $9", "4 or 5 percent": a bare number right before "or" is in the unit of the
              // figure after it, of a size with it (no scale word: "5 or 6 million" is no 5).
              if (!bracket && prev->quantity.unit.empty() && prev->quantity.noun.empty() && !q.unit.empty() &&
                  Unscaled(q) && Unscaled(prev->quantity) && prev->quantity.value > 0 && q.value > prev->quantity.value &&
                  q.value <= 5 * prev->quantity.value &&
                  normalizers::Trim(sentence.substr(prev_q_end, q.begin - prev_q_end)) == "or") {
                prev->quantity.unit = q.unit;
                prev->quantity.noun = q.noun;
                prev->kind = c.kind;  // (and its role: "4 or 5 percent higher", two changes)
                if (prev->direction.empty()) {
                  prev->direction = c.direction;
                  prev->verb = c.verb;
                }
              }
              // "C$6 (US$4.46) per share": the rate after the bracket is the first amount's too.
              const size_t per = q.unit.find(" per ");
              if (bracket && per == 3 && prev->quantity.unit.size() == 3 && prev->quantity.unit != q.unit.substr(0, 3) &&
                  std::isupper(static_cast<unsigned char>(prev->quantity.unit[0])))
                prev->quantity.unit += q.unit.substr(per);
            } else if (how == Comparison::kCompared &&
                       !(st.own_phrase && [&] {  // (its own "for", past its noun: "47 seats for Democrats")
                           std::string_view rest = sentence.substr(q.end);
                           if (!q.noun.empty() && rest.size() > q.noun.size() + 1 && rest[0] == ' ' &&
                               rest.substr(1, q.noun.size()) == q.noun)
                             rest.remove_prefix(q.noun.size() + 1);
                           return rest.starts_with(" for ");
                         }()) &&
                       // (Nor a share with its own "of" after one with another: "62% of Republicans ...,
                       // compared with 11% of Democrats"; not "20% of the company's sales, compared with
                       // 25% of sales in 2022", China's both.)
                       !(st.own_phrase && (q.unit == "percent" || q.unit == "fraction") &&
                         sentence.substr(q.end).starts_with(" of ") && sentence.substr(prev_q_end).starts_with(" of ") &&
                         sentence.substr(prev_q_end + 4).starts_with(prev->subject) &&
                         sentence.substr(q.end + 4).substr(0, prev->subject.size()) != prev->subject)) {
              // "Sales rose 5% in May, compared with 3% in April", "weighs 200 pounds, versus 180 in
              // college": the figure compared is the previous one's, of the same measure; a change
              // compared in its unit is a change too. (Not a share with its own "for": "against
              // 46.1% for his challenger".)
              c.subject = prev->subject;
              c.holder = prev->holder;
              // (Unless a movement's noun after it names what moved: "Its shares have fallen 18%,
              // compared with a 20% gain in the S&P 500": the S&P 500; not a time, "a 3% rise in
              // April".)
              if (const auto [nb, ne] = WordAfter(sentence, q.end); ne > nb && q.end < sentence.size() && sentence[q.end] == ' ') {
                bool up = false;
                const std::string_view noun = sentence.substr(nb, ne - nb);
                if (chunk::MovementNoun(noun, &up) && sentence.substr(ne).starts_with(" in ")) {
                  std::string_view own = chunk::NounPhraseAfter(sentence, ne + 4, window_end);
                  // (An index's number after its name: "the S&P 500", "the FTSE 100".)
                  if (const size_t own_end = static_cast<size_t>(own.data() - sentence.data()) + own.size();
                      !own.empty() && own.back() >= 'A' && own.back() <= 'Z' && own_end + 1 < sentence.size() &&
                      sentence[own_end] == ' ' && ascii::IsDigit(sentence[own_end + 1])) {
                    size_t d = own_end + 1;
                    while (d < sentence.size() && ascii::IsDigit(sentence[d])) ++d;
                    if (d == sentence.size() || !ascii::IsAlpha(sentence[d])) own = sentence.substr(own.data() - sentence.data(), d - (own.data() - sentence.data()));
                  }
                  const std::string_view last = own.substr(own.rfind(' ') + 1);
                  // (Nor any word of time: "in the year-ago period", "in the prior-year quarter".)
                  bool time = false;
                  for (std::string_view w : WordsOf(own))
                    time = time || TimeWord(w) || w.find("year") != std::string_view::npos || w == "period" ||
                           w == "half" || w == "session" || w == "quarter" || w == "quarters" || w == "term";
                  if (!own.empty() && !time &&
                      !(last.size() == 4 && std::all_of(last.begin(), last.end(), [](char ch) { return ascii::IsDigit(ch); }) &&
                        (last.starts_with("19") || last.starts_with("20"))) &&  // (a year)
                      own.find(',') == std::string_view::npos) {
                    c.subject = std::string(own);
                    c.holder.clear();
                  }
                }
              }
              if (c.direction.empty() && prev->kind == "change" && q.unit == prev->quantity.unit && !q.unit.empty()) {
                c.kind = prev->kind;
                c.direction = prev->direction;
                c.verb = prev->verb;
              }
            } else if (!expected.empty()) {
              // "Revenue jumped 18% to 4.2 billion euros, beating forecasts of 4.0 billion": the
              // figure is the expectation's, no movement (a rate keeps the one it expected: "rose 5%,
              // above forecasts of 4%").
              c.subject = std::string(expected);
              c.holder.clear();
              if (q.unit != "percent" && q.unit != "pp" && q.unit != "bp") {
                c.direction.clear();
                c.verb.clear();
                if (c.kind == "change") c.kind = "level";
              }
            } else if (std::string_view group = ListGroupName(sentence, prev_q_end, q.begin); !group.empty()) {
              // "John Smith (0.5 WAR), Ann Lee (0.4 WAR)": the name the bracket follows.
              c.subject = std::string(group);
            } else if (std::string_view comp = q.noun.empty() || c.subject.empty() || PronounReports(sentence, c.subject, q.begin)
                                                   ? Complement(sentence, q, window_end)
                                                   : std::string_view();
                       !comp.empty() && (IsPronounPhrase(c.subject) || LoneProgressive(sentence, c.subject, q.begin)) &&
                       // (Not words of the period: "it lost 120 billion crowns in the first 6 months".)
                       !(period && !period->surface.empty() && [&] {
                         const size_t pb = sentence.find(period->surface);
                         const size_t cb = static_cast<size_t>(comp.data() - sentence.data());
                         return pb != std::string_view::npos && cb >= pb && cb < pb + period->surface.size();
                       }())) {
              // (A count's noun says what it counts, and a pronoun whose it is: "He was sentenced
              // to 12 years in prison" is his, not the prison's.)
              // "I paid $35,538 for an 8.5 kW system": with a pronoun for subject, the phrase the
              // figure's preposition brings in says what it is about.
              c.subject = std::string(comp);
            } else if ((st.own_phrase || st.object_phrase) && !st.absolute) {
              // "Tesla broke a record for quarterly revenue with $7.2 billion": the figure's own
              // phrase belongs to the clause's subject when it does not name its holder.
              std::string_view holder = Holder(sentence, st.subject, q.begin);
              // (A phrase of several prepositions that opens with no noun's word is its last one's,
              // no holder's: "scored twice in the second half in front of a crowd" of 4,200: a crowd.)
              const std::vector<std::string_view> pw = WordsOf(st.subject);
              size_t preps = 0, last_prep = 0;
              for (size_t k = 0; k < pw.size(); ++k)
                if (chunk::Classify(pw[k]) == chunk::WordClass::kPreposition) {
                  ++preps;
                  last_prep = k;
                }
              const bool adverb = pw.size() > 1 && (pw[0] == "twice" || pw[0] == "once" || chunk::CannotBeginNoun(pw[0], pw[1]));
              // (So does one word and its preposition: "was 91% effective in a trial" of 30,000: a trial.)
              if ((preps >= 2 || last_prep == 1) && preps >= 1 && last_prep + 1 < pw.size() &&
                  (adverb || (last_prep == 1 && Adjective(pw[0]))) &&
                  chunk::Classify(pw[last_prep + 1]) == chunk::WordClass::kDeterminer) {
                c.subject = std::string(std::string_view(st.subject).substr(static_cast<size_t>(pw[last_prep + 1].data() - st.subject.data())));
                holder = {};
              }
              // A long phrase stays as it is: "X's" before twelve words reads as nothing. (Nor is a
              // name anyone's: "wants the UK to extradite Julian Assange, 47," was "The US's Julian
              // Assange".)
              // ("The researchers observed Europa for 17 nights": nor a place's.)
              const bool name = !pw.empty() &&
                                std::all_of(pw.begin(), pw.end(), [](std::string_view w) { return w[0] >= 'A' && w[0] <= 'Z'; });
              // (A possessor alone is the figure's partitive, no phrase of the holder's: "Sales fell
              // in three of the country's four regions" is sales', not "Sales' country's".)
              // (Nor is a word of time: "Prices rose 2% earlier this month" are prices.)
              const bool possessor = st.subject.ends_with("'s") || st.subject.ends_with("s'") || st.subject == "earlier" ||
                                     st.subject == "later" || st.subject == "previously";
              if (!holder.empty() && possessor) {
                c.subject = std::string(holder);
              } else if (!holder.empty() && !name && std::count(st.subject.begin(), st.subject.end(), ' ') < 10) {
                // (Not the verb that brings the phrase in: "The company, which employs 46,000
                // people, posted revenue of $31.5 billion" is the company's revenue.)
                std::string_view phrase = st.subject;
                // (Only right after the aside's comma: "posted adjusted earnings" keeps "adjusted".)
                if (const size_t sp = phrase.find(' '), at = sentence.find(phrase);
                    sp != std::string_view::npos && sp > 0 && at != std::string_view::npos && at >= 2 &&
                    sentence.substr(at - 2, 2) == ", ") {
                  const std::string_view first_word = phrase.substr(0, sp);
                  if (first_word[0] >= 'a' && first_word[0] <= 'z' && first_word.ends_with("ed") &&
                      (chunk::Classify(first_word) == chunk::WordClass::kVerb || UnlistedPast(first_word)))
                    phrase.remove_prefix(sp + 1);
                }
                c.holder = std::string(holder);
                c.subject = Possessive(holder, phrase);
              }
            }
            // A participle's clause after a comma is no subject: "..., pushing the index to a record
            // 4,500" is the index's, "..., killing at least 30 soldiers" and "..., going from 1000
            // to 2000 hires" the main clause's subject's.
            std::string agent;  // the clause's subject, when the verb's object replaced it
            {
              const size_t pb = qi > 0 ? qs[qi - 1].begin : 0, pe = qi > 0 ? qs[qi - 1].end : 0;
              // (After a moved or set object, the clause's subject is the one before it: "increased
              // sales by 10% and cut its debt by 5%" is the company's debt, not the sales'.)
              const std::string clause = !prev_agent.empty() && c.subject == prev_subject ? prev_agent : c.subject;
              std::string found = clause;
              const bool free = c.holder.empty() && !st.absolute && !st.own_phrase && c.subject == st.subject;
              const bool moves = free && !st.object_phrase && st.verb_before && st.verb_end != std::string::npos &&
                                 c.verb == st.verb && !st.verb.empty();
              if (moves) MovedObjectSubject(sentence, st.verb, st.verb_end, q, pb, pe, &found, &c.holder);
              // A verb that sets its object at a level ("The Fed held rates at 5.25%"), also around a
              // movement noun ("The law caps rent increases at 3%").
              if (found == clause && (moves || (free && (st.verb.empty() || !st.verb_before))))
                LevelObjectSubject(sentence, q, pb, pe, &found, &c.holder);
              // ("The storm cut power to 300,000 homes": the count the object goes to moved nothing.)
              if (!c.direction.empty() && st.verb_before && c.verb == st.verb &&
                  CountReceives(sentence, q, st.verb_end, pb, pe)) {
                c.direction.clear();
                c.verb.clear();
              }
              if (found != clause) {
                agent = clause;
                c.subject = std::move(found);
              } else if (!moves && prev != nullptr && !prev_agent.empty() && c.holder.empty() && !st.own_phrase &&
                         (st.verb.empty() || !st.verb_before)) {
                // "raised prices by 3% and wages by 2%": the verb's second object, moved the same way.
                if (const std::string_view np = CoordinatedObject(sentence, prev_q_end, q.begin); !np.empty()) {
                  c.subject = prev_agent;  // ("and its deposit rate at 4%": the bank's)
                  SetObjectSubject(np, false, &c.subject, &c.holder);
                  c.verb = prev->verb;
                  c.direction = prev->direction;
                  if ((c.kind == "share" || c.kind == "level") && prev->kind == "change" && q.unit == prev->quantity.unit)
                    c.kind = "change";
                  agent = prev_agent;
                }
              }
            }
            if (c.holder.empty() && !st.absolute) ParticipleSubject(sentence, q.begin, &c.subject);
            if (c.holder.empty() && !st.absolute && q.unit != "count") ParticipleObjectSubject(sentence, q.begin, &c.subject);
            if (c.holder.empty() && !st.absolute && agent.empty()) {
              VerbTailSubject(sentence, q.begin, &c.subject, &c.holder);
              // (The holder is the clause's subject for the counts after it: "struck at a depth of 10
              // km and was followed by 150 aftershocks" are the quake's.)
              if (!c.holder.empty()) agent = c.holder;
              if (c.holder.empty()) ReportedPronounSubject(sentence, q.begin, &c.subject, &c.holder);
            }
            GivenMeasureSubject(sentence, q.begin, &c.subject, &c.holder, &c.direction, &c.verb);
            if (MoneyUnit(q.unit)) PenaltyOrBuybackSubject(sentence, q.begin, &c.subject, &c.holder);
            if (q.unit != "count") SeenObjectSubject(sentence, q.begin, &c.subject, &c.holder);
            LeftWithSubject(sentence, q.begin, &c.subject, &c.holder);
            PossessorFigureSubject(sentence, q, &c.subject, &c.holder);
            if (const std::string_view of = OfPhraseShare(sentence, q); !of.empty()) c.subject = std::string(of);
            ComparisonTailSubject(&c.subject);
            TrailingReporterSubject(sentence, q.begin, &c.subject);
            AsideTailSubject(&c.subject);
            AppositiveSubject(sentence, q.begin, &c.subject, &c.holder);
            if (c.holder.empty()) WorthSubject(sentence, q.begin, &c.subject);
            ReporterCountSubject(sentence, q, &c.subject);
            // (A move before the aside is another clause's: "cut staff, and a fourth, employing 220".)
            if (const size_t aside = c.holder.empty() ? MidAsideSubject(sentence, q.begin, &c.subject) : std::string_view::npos;
                aside != std::string_view::npos && !c.verb.empty() && [&] {
                  // (The verb as a word of its own before the aside: not "cut" in "prosecuting".)
                  for (size_t at = sentence.rfind(c.verb, aside); at != std::string_view::npos;
                       at = at == 0 ? std::string_view::npos : sentence.rfind(c.verb, at - 1)) {
                    const size_t end = at + c.verb.size();
                    if ((at == 0 || !ascii::IsWordByte(sentence[at - 1])) &&
                        (end >= sentence.size() || !ascii::IsWordByte(sentence[end])))
                      return true;
                  }
                  return false;
                }()) {
              c.direction.clear();
              c.verb.clear();
            }
            if (!c.holder.empty()) AsideTailSubject(&c.holder);
            ComparativeRunOnSubject(sentence, q, &c.subject);
            if (c.holder.empty()) MovementNounSubject(sentence, q.begin, c.verb, &c.subject);
            ForecastSubject(sentence, q, prev != nullptr ? &prev->subject : nullptr, prev != nullptr ? &prev->holder : nullptr,
                           &c.subject, &c.holder, &c.direction, &c.verb);
            // (An age's phrase is its own, and moves nothing: the figures after keep the clause's
            // subject, or the whole phrase before the age where that ran on into it: "The number of
            // people aged 65 grew by 11 million", "Voters aged 18 to 24 backed Labour by 40 points".)
            std::string before_age = c.subject;
            std::string age_phrase;
            AgeSubject(sentence, q, &c.subject, &age_phrase);
            const bool aged = c.subject != before_age;
            if (aged) {
              c.direction.clear();
              c.verb.clear();
              const std::vector<std::string_view> bw = WordsOf(before_age);
              if (!age_phrase.empty() && std::find_if(bw.begin(), bw.end(), [](std::string_view w) {
                                           return w == "aged" || w == "ages" || w == "Aged";
                                         }) != bw.end())
                before_age = age_phrase;
            }
            // ("treated 120 patients, 40 of them children": of the count before.)
            // (The nearest count before that no preposition brings in: "400 employees in 3 offices, 100
            // of them part-timers" are the employees.)
            // (Only when every figure before made a claim, so that the claims read line up with them.)
            if ((c.subject == "them" || c.subject.starts_with("them ")) && prev != nullptr &&
                first_of_sentence + qi <= out->size()) {
              std::vector<Quantity> before;  // (the figures before, as read, at their places)
              for (size_t j = 0; j < qi; ++j) {
                before.push_back(qs[j]);
                before.back().unit = (*out)[first_of_sentence + j].quantity.unit;
                before.back().noun = (*out)[first_of_sentence + j].quantity.noun;
              }
              if (const std::string_view them = PartitiveThemSubject(sentence, before); !them.empty()) c.subject = std::string(them);
            }
            RunOnVerbSubject(sentence, q.begin, c.kind == "score", &c.subject);
            DrivenObjectSubject(sentence, q, LevelCountNoun(q.noun), &c.subject);
            if (c.holder.empty()) ParticiplePossessiveSubject(sentence, q.begin, &c.subject, &c.holder);
            if (const std::string before_on = c.subject; (OnShareSubject(sentence, q, &c.subject), c.subject != before_on))
              c.holder.clear();
            if (c.holder.empty()) {
              // (Not a count of what the object is of: "sequenced the genomes of 2,000 people".)
              if (!(q.unit == "count" && !q.noun.empty())) VerbObjectMeasureSubject(sentence, q.begin, q.end, &c.subject, &c.holder);
              RelativeAsideSubject(sentence, q.begin, &c.subject);
              TrailingRelativeSubject(sentence, q.begin, &c.subject);
              // (The move of the clause before is not its: "Prices rose, and the company employs 500".)
              if (const size_t clause = ClauseVerbSubject(sentence, q, &c.subject);
                  clause != std::string_view::npos && !c.verb.empty() && sentence.find(c.verb, clause) == std::string_view::npos) {
                c.direction.clear();
                c.verb.clear();
              }
            }
            // (A measure is the figure's own: the figures after keep the clause's subject.)
            const std::string before_measure = c.subject;
            OfMeasureSubject(sentence, q, &c.subject, &c.holder);
            MeasuredStuffSubject(sentence, q, &c.subject, &c.holder);
            const std::string measure = c.subject != before_measure ? c.subject : std::string();
            if (GrownShare(sentence, q, c.verb)) {
              c.kind = "share";
              c.direction.clear();
              c.verb.clear();
            }
            LonePastSubject(sentence, q.begin, &c.subject);
            if (c.verb.empty() && c.holder.empty())
              if (const std::string_view with = WithParticiplePhrase(sentence, q.begin); !with.empty()) c.subject = std::string(with);
            if (c.holder.empty() && agent.empty() && !st.absolute) {
              AsideSubject(sentence, q.begin, &c.subject, &c.holder, &agent);
              if (c.holder.empty()) WithMeasureSubject(sentence, q.begin, &c.subject, &c.holder);
            }
            if (!c.direction.empty() && SpanOfTime(sentence, q)) {
              c.direction.clear();
              c.verb.clear();
            }
            // "rose 10% over 3 months": "over" after a change is its span, no "more than"; so after
            // a level a move reached ("raised rates to 5.5% over 18 months"), and after an amount of
            // money ("worth up to $1.5 billion over 10 years", "invest $5 billion over five years").
            // (After money, its purpose may come between: "pledged 500 billion euros for
            // infrastructure over 12 years"; three words at most, no clause mark.)
            if (q.unit == "count" && TimeNoun(q.noun) && q.approx == "more_than" && prev != nullptr &&
                sentence.substr(WordBefore(sentence, q.begin).first, 4) == "over") {
              const bool money = !CurrencyCode(prev->quantity.unit.substr(0, prev->quantity.unit.find(' '))).empty();
              const size_t over = WordBefore(sentence, q.begin).first;
              const bool next = over == WordAfter(sentence, prev_q_end).first;
              const std::string_view between = over > prev_q_end ? sentence.substr(prev_q_end, over - prev_q_end) : std::string_view();
              // (Not "for over 10 years", "over 100 years ago": more than.)
              const std::vector<std::string_view> bw = WordsOf(between);
              const auto [ab, ae] = WordAfter(sentence, q.end + 1 + q.noun.size());
              const bool more = (!bw.empty() && bw.back() == "for") || sentence.substr(ab, ae - ab).starts_with("ago");
              const bool near = money && !more && between.find_first_of(",;:()") == std::string_view::npos && bw.size() <= 3;
              if ((next && (prev->kind == "change" || !prev->direction.empty() || money)) || near) q.approx = "exact";
            }
            if (prev != nullptr && first_of_sentence + qi == out->size())
              RunOnFigureSubject(sentence, q.begin, qs[qi - 1].begin, qs[qi - 1].end, prev->subject, prev->holder, &c.subject,
                                 &c.holder);
            if (prev != nullptr && first_of_sentence + qi == out->size()) GappedClause(sentence, *prev, prev_q_end, &q, &c);
            if (prev != nullptr) PronounSubject(sentence, *prev, prev_q_end, q, &c);
            // (A subject taken from the figure before it keeps that figure's holder.)
            if (c.holder.empty() && prev != nullptr && !prev->holder.empty() && c.subject == prev->subject)
              c.holder = prev->holder;
            prev_subject = opening_count                                     ? std::string()
                           : aged                                            ? before_age
                           : !measure.empty() && c.subject == measure ? before_measure
                                                                             : c.subject;
            prev_agent = std::move(agent);
            prev_verb = st.verb_before ? st.verb : std::string();
            // The period attached to the figure: right after it (up to the next figure), else
            // between the previous figure and it, else the sentence's; a start ("since 2011")
            // found away from the figure is another figure's.
            std::optional<Period> own;
            if (period) {
              own = FindPeriod(sentence.substr(q.end, window_end - q.end), year, past_month, month, ahead, day, match_report);
              // (The nearest dated one, not the first the patterns' order finds: "rose 2% on Friday,
              // bringing its gain this year to 15%" is Friday's.)
              if (own && !own->surface.empty())
                if (const size_t at = sentence.find(own->surface, q.end); at != std::string_view::npos && at > q.end + 1)
                  if (std::optional<Period> nearer =
                          FindPeriod(sentence.substr(q.end, at - q.end), year, past_month, month, ahead, day, match_report);
                      nearer && !nearer->start.empty() && !nearer->end.empty() && !IsStartOnly(*nearer))
                    own = std::move(nearer);
              // ("fell to 61%, the lowest since 2001": a superlative's span, no period of the figure.)
              // (Nor a comparison's base after it: "up 11% from a year earlier" names no period of
              // the 11%.)
              // ("stood at 4.2% in July, the highest since October 2021": the month before the
              // superlative's span.)
              if (own && SuperlativeSpan(sentence, q.end, own->surface)) {
                const size_t at = sentence.find(own->surface, q.end);
                own.reset();
                if (at != std::string_view::npos && at > q.end) {
                  own = FindPeriod(sentence.substr(q.end, at - q.end), year, past_month, month, ahead, day, match_report);
                  if (own && SuperlativeSpan(sentence, q.end, own->surface)) own.reset();
                }
              }
              if (own && BaseAfter(sentence, q.end, own->surface)) own.reset();
              // (Nor past ", and" and a verb that looks ahead or estimates, a clause of its own: "after
              // costs rose to $3 billion, and will now open in late 2027", "fell 32%, and it forecast fiscal
              // 2026 profit of $8 billion".)
              if (own && !own->surface.empty())
                if (const size_t at = sentence.find(own->surface, q.end); at != std::string_view::npos) {
                  const std::string_view between = sentence.substr(q.end, at - q.end);
                  if (AheadAfterAnd(between, /*modals=*/true) != std::string_view::npos) own.reset();
                }
              // (A month with no year only in the figure's clause: not "five NBA teams in the 1970s,
              // last month argued". The comma closing a figure said again is no clause's: "lost 190
              // points, or 0.6%, on Wednesday".)
              if (own && BareMonth(*own)) {
                const size_t at = sentence.find(own->surface, q.end);
                bool bracket = false;
                if (at == std::string_view::npos ||
                    (OtherClause(sentence.substr(q.end, at - q.end)) &&
                     !(normalizers::Trim(sentence.substr(q.end, at - q.end)) == "," && prev != nullptr &&
                       Restates(sentence, prev_q_end, q.begin, &bracket) && !bracket)))
                  own.reset();
              }
              // (Nor a quarter as its noun's word after a subordinator: "surged 9% after the chipmaker
              // forecast fourth-quarter revenue".)
              if (own && QuarterWordAcross(sentence, q, own->surface)) own.reset();
              // (A day after the figure is its telling's when the clause names the figure's period
              // before it: "reported first-quarter revenue of $9.2 billion on Thursday".)
              if (own && (own->start.size() == 10 || (own->start.empty() && BareMonth(*own)))) {
                const size_t floor = qi > 0 ? qs[qi - 1].end : 0;
                const std::string_view w = sentence.substr(floor, q.begin - floor);
                std::optional<Period> p = FindPeriod(w, year, past_month, month, ahead, day, match_report);
                const size_t at = p ? w.find(p->surface) : std::string_view::npos;
                if (p && at != std::string_view::npos && !p->surface.empty() && !BareMonth(*p) && !IsStartOnly(*p) &&
                    !OtherClause(w.substr(at + p->surface.size())))
                  own = p;
                // (The level a move reached shares the move's: "third-quarter profit fell 37% to $1.37
                // billion on Wednesday".)
                else if (!p && prev != nullptr && prev->period && !prev->period->lent && prev->period->start.size() == 7 &&
                         normalizers::Trim(w) == "to" && !prev->period->surface.empty() &&
                         sentence.find(prev->period->surface) < qs[qi - 1].begin)  // (named before the move)
                  own = prev->period;
              }
              if (!own) {
                const size_t floor = qi > 0 ? qs[qi - 1].end : 0;
                // The nearest period before the figure: the last one in the window.
                std::string_view w = sentence.substr(floor, q.begin - floor);
                for (int n = 0; n < 4; ++n) {
                  std::optional<Period> p = FindPeriod(w, year, past_month, month, ahead, day, match_report);
                  if (!p) break;
                  own = p;
                  const size_t at = p->surface.empty() ? std::string_view::npos : w.find(p->surface);
                  if (at == std::string_view::npos) break;
                  w.remove_prefix(at + p->surface.size());
                }
                // (But one opening the sentence is all of it's: "Since the start of April, the index has
                // gained 12%".)
                if (own && IsStartOnly(*own) && !sentence.starts_with(own->surface)) own.reset();
                // (Nor a deadline's day: "must pass a bill by Jan. 30 to avert a shutdown affecting 800,000".)
                if (own && own->start.empty() && own->end.size() == 10) own.reset();
                // (A month opening the sentence is all of it's: "In December, factory output fell".)
                // (But a clause set beside the one before, of a move reported with its figure in
                // that period, shares it: "Retail sales rose 0.9% in December, while industrial
                // output climbed 6.2%".)
                if (own && BareMonth(*own) && OtherClause(w) && !sentence.starts_with(own->surface) &&
                    !ParallelClause(w, sentence.substr(q.end), prev, *own, !c.direction.empty()) &&
                    !JoinedClause(sentence, static_cast<size_t>(w.data() - sentence.data()) - own->surface.size(), w,
                                  sentence.substr(q.end)) &&
                    !(WithPhrase(w) && !TimeCount(sentence, q.begin, q.end, c) &&
                      !InBaseClause(sentence, static_cast<size_t>(w.data() - sentence.data()) - own->surface.size())))
                  own.reset();
                // (Nor past the comparison the figure is the base of: "rose to 55 in May from 52".)
                if (own && Compares(w)) own.reset();
                // (Nor the time of the base before it: "was 5 per cent, compared with 3 per cent in
                // the preceding September quarter, while EBITDA margin expanded 80 basis points".)
                if (own && qi > 0 && !own->surface.empty() && BaseFigure(sentence, qs[qi - 1].begin) &&
                    BaseAfter(sentence, qi > 1 ? qs[qi - 2].end : 0, own->surface))
                  own.reset();
                // (Nor a base's time before it: "up 12% from May 2024, or 4% above 2019 levels".)
                if (own && !own->surface.empty() && !own->surface.starts_with("from ") && !own->surface.starts_with("From "))
                  if (const size_t at = sentence.rfind(own->surface, q.begin); at != std::string_view::npos && at > floor) {
                    const auto [fb, fe] = WordBefore(sentence, at);
                    const std::string_view f = sentence.substr(fb, fe - fb);
                    // (Unless it is this figure's own: "down from last year's 58".)
                    const size_t own_end = std::min<size_t>(q.begin, at + own->surface.size());
                    const std::string_view rest = sentence.substr(own_end, q.begin - own_end);
                    if (fb >= floor && (f == "from" || f == "than" || f == "against" || f == "versus") &&
                        (rest.find(',') != std::string_view::npos || rest.find(" or ") != std::string_view::npos ||
                         rest.find(" and ") != std::string_view::npos))
                      own.reset();
                  }
                if (own && !own->surface.empty() && InOpeningBase(sentence, sentence.find(own->surface), q.begin)) own.reset();
                // (Nor a base's own time before the level reached: "rose 15.9% from June 2024 to 1.53
                // million".)
                if (own && !own->surface.empty() && !own->surface.starts_with("from ") && !own->surface.starts_with("From "))
                  if (const std::string_view all = sentence.substr(floor, q.begin - floor);
                      all.rfind(own->surface) != std::string_view::npos)
                    if (const size_t at = all.rfind(own->surface);
                        at >= 5 && all.substr(at - 5, 5) == "from " &&
                        normalizers::Trim(all.substr(at + own->surface.size())) == "to")
                      own.reset();
                // (Nor a base of the figure before: "rose 4.8% from a year earlier to $393,500".)
                // (Only a base's, undated: "from January to July" is a span.)
                if (own && own->surface.starts_with("from ") && own->start.empty() && own->end.empty()) own.reset();
              }
              // (Nor a report's period before a later clause that looks ahead: "fell 9% in the fourth
              // quarter, but the company said it will open 40 stores".)
              if (own && ReportBeforeForecast(sentence, own->surface, q.begin)) own.reset();
              // (Nor the period of a comparison's base after the figure: "revenue of $4.1 billion,
              // up 11% from a year earlier", "reached 97%, up from 85% in 2020".)
              // (A month with no year named away from the figure is another clause's: "The
              // 68-year-old ... last month argued".)
              // (Nor "the same period last year", a base's own: "a loss of $312 million, compared with a
              // profit of $85 million in the same period last year".)
              // (Nor to a standing fact in a relative aside: "The strike at the plant, which employs
              // 6,200 people, lasted 23 days in October".)
              auto fits = [&](const std::optional<Period>& period) {
                return !IsStartOnly(*period) && !(period->start.empty() && period->end.size() == 10) &&
                  !InPresentAside(sentence, q.begin) &&
                  !period->surface.starts_with("the same ") &&
                  !(!period->surface.empty() && InOpeningBase(sentence, sentence.find(period->surface), q.begin)) &&
                  !BaseAfter(sentence, q.end, period->surface) &&
                  !SuperlativeSpan(sentence, 0, period->surface) &&
                  // (A quarter as its noun's word, "second-quarter", in a clause of its own after a
                  // subordinator is that clause's: "Intel shares surged 9% after the chipmaker
                  // forecast fourth-quarter revenue".)
                  !QuarterWordAcross(sentence, q, period->surface) &&
                  // (Nor a comparison's base anywhere: "were up 40% from a year earlier in December,
                  // and beef prices climbed 9%".)
                  ![&] {
                    if (period->surface.starts_with("from ")) return true;
                    const size_t at = sentence.find(period->surface);
                    if (at == std::string_view::npos) return false;
                    const auto [fb, fe] = WordBefore(sentence, at);
                    return sentence.substr(fb, fe - fb) == "from";
                  }() &&
                  // (Nor a base's period before the figure: "was 5 per cent, compared with 3 per
                  // cent in the preceding September quarter, while EBITDA margin expanded 80 basis
                  // points".)
                  !(qi > 0 && !period->surface.empty() && BaseFigure(sentence, qs[qi - 1].begin) &&
                    sentence.find(period->surface, qs[qi - 1].end) < q.begin &&
                    BaseAfter(sentence, qi > 1 ? qs[qi - 2].end : 0, period->surface)) &&
                  // (Nor a period before the comparison the figure is the base of: "slowed to 2.4%
                  // in November from 2.9%".)
                  ![&] {
                    const size_t at = sentence.find(period->surface);
                    if (at == std::string_view::npos || at + period->surface.size() > q.begin) return false;
                    const std::string_view between = sentence.substr(at + period->surface.size(), q.begin - at - period->surface.size());
                    // (Past another figure the comparison is that figure's.)
                    return Compares(between) &&
                           std::none_of(between.begin(), between.end(), [](char ch) { return ascii::IsDigit(ch); });
                  }() &&
                  // (Nor a report's period before a later clause that looks ahead.)
                  !ReportBeforeForecast(sentence, period->surface, q.begin) &&
                  // (Nor a period past another figure in a clause set against the figure's: "Gasoline
                  // prices fell 2.1%, while the insurance index is up 11.3% over the past year".)
                  ![&] {
                    const size_t at = period->surface.empty() ? std::string_view::npos : sentence.find(period->surface, q.end);
                    if (at == std::string_view::npos) return false;
                    const std::string_view between = sentence.substr(q.end, at - q.end);
                    // (Not a "but", whose clause often tells the same time: "Revenue rose 18%, but
                    // margins narrowed by 2 points in the first quarter"; nor an estimate of the
                    // figure's own measure: "grew 16%, whereas analysts had expected 15% growth in the
                    // second quarter".)
                    size_t join = std::string_view::npos;
                    for (std::string_view j : {", while ", ", whereas ", "; "})
                      join = std::min(join, between.find(j));
                    // (Or a forecast of its own after ", and": "will pay a dividend of 16.5 cents, and
                    // it expects capacity growth of 5% next year".)
                    // (A figure of that clause is what it forecasts.)
                    if (const size_t k = AheadAfterAnd(between, /*modals=*/false); k != std::string_view::npos && k < join &&
                        std::any_of(between.begin() + k, between.end(), [](char ch) { return ascii::IsDigit(ch); }))
                      return true;
                    if (join == std::string_view::npos) return false;
                    for (std::string_view w : WordsOf(between.substr(join)))
                      if (EstimatingVerb(Bare(w)) != Estimating::kNone) return false;
                    return std::any_of(between.begin() + join, between.end(), [](char ch) { return ascii::IsDigit(ch); });
                  }() &&
                  !(BareMonth(*period) && [&] {
                    const size_t at = sentence.find(period->surface);
                    if (at == std::string_view::npos) return true;
                    if (at == 0) return false;  // ("In December, factory output fell 0.8%")
                    // (A clause joined to the dated one: "A judge ruled on Monday that ..., and the
                    // company's shares fell 4.5%", "raised its forecast on Thursday, sending its
                    // shares up 11%".)
                    if (at + period->surface.size() <= q.begin &&
                        JoinedClause(sentence, at,
                                     sentence.substr(at + period->surface.size(), q.begin - at - period->surface.size()),
                                     sentence.substr(q.end)))
                      return false;
                    const std::string_view between = at >= q.end ? sentence.substr(q.end, at - q.end)
                                                                  : sentence.substr(at, q.begin > at ? q.begin - at : 0);
                    // (Nor past another figure of a list: "lost 6% in the year to July and 2% last
                    // month".)
                    const bool figure = std::any_of(between.begin(), between.end(), [](char ch) { return ascii::IsDigit(ch); });
                    // (A move told again after the level's month is the month's: "hit a record $4,750
                    // in October, up 6.3% from October 2025".)
                    // (Not the month of a base before it: "to $68.5 billion from $61.6 billion in
                    // August, up 11%".)
                    if (at < q.begin && prev != nullptr && prev_q_end <= at && qi > 0 &&
                        !BaseFigure(sentence, qs[qi - 1].begin)) {
                      const std::string_view tail = between.substr(std::min(between.size(), period->surface.size()));
                      if (tail == ", up " || tail == ", down " || tail == ", or " || tail == ", or about ") return false;
                    }
                    // (A day past another figure at all: "for $16.5 billion, ... a premium of 16.5%
                    // to the closing price on Friday".)
                    return (figure && (between.find(" and ") != std::string_view::npos ||
                                       between.find(" or ") != std::string_view::npos || period->start.size() == 10)) ||
                           OtherClause(between);
                  }());
              };
              if (!own && fits(period)) own = period;
              // (A sentence whose first period is a comparison's base, "up 6.3% from October 2025":
              // its other period.)
              else if (!own && unbased && fits(unbased)) own = unbased;
            }
            // (Nor a background deed's date in an aside: "Harlow, founded in 1921 as a single store,
            // operates 412 stores".)
            // (Nor a period across a relative aside: "The startup, which was valued at $3 billion in
            // 2021, raised $500 million".)
            // (Still trimmed off the subject: "The city opened a new bridge last year, which cost $40
            // million": a new bridge.)
            std::optional<Period> apart;
            if (own && !own->surface.empty())
              if (const size_t at = sentence.find(own->surface);
                  at != std::string_view::npos &&
                  (DeedDate(sentence, at, own->surface.size(), q.begin) ||
                   (at > 0 && AcrossAside(sentence, at, q.begin)))) {  // (not "In 2023, the airline, which carried ...")
                apart = std::move(own);
                own.reset();
              }
            // (An age has no period: "The 25-year-old Swede set the mark in August".)
            if (q.unit.ends_with(" of age")) own.reset();
            if (own) SinceToPublication(&*own, sentence, year, month, day);
            c.period = own;
            // (A tally's subject stops before its vote: "passed the package by a vote of 70 to 29".)
            if (q.unit == "score")
              if (const size_t k = c.subject.find(" by a vote"); k != std::string::npos && k > 0) c.subject.resize(k);
            TrimPeriodOff(own ? own : apart, &c.subject);
            if (c.holder.empty() && prev != nullptr && !prev->holder.empty() && c.subject == prev->subject)
              c.holder = prev->holder;
            c.source = sources::SourceCovers(sentence, qs, qi, source) ? source : std::string();
            // (A later clause's own source: "Rosslare said its freight rose 9%, while the office said
            // sailings rose to 44".)
            // (Not under the sentence's closing attribution, which covers it all: "..., whereas the
            // United States recorded 2.4% in May, Eurostat said".)
            if (std::string later = sources::LaterClauseSource(sentence, q.begin);
                !later.empty() && later != source && (source.empty() || sentence.find(source) < q.begin))
              c.source = std::move(later);
            // (An estimate's figure is its estimator's: "beating the 398,000 analysts had projected".)
            if (const std::string_view est = sources::EstimatorAfter(sentence, q.end); !est.empty()) c.source = std::string(est);
            // A bare level after "to" is in the unit of the movement before it ("rose 64.06 points to
            // 4,577.10", "rose 3 feet to 21"), and a bare level before "up" or "down" in the unit
            // of the movement after it ("(16369.03 up 58.06 points)"); not a unit a change and its
            // level do not share (a percent, a currency's cents, a ratio, a score).
            if (prev != nullptr && !c.direction.empty()) {
              std::string_view between = normalizers::Trim(sentence.substr(prev_q_end, q.begin - prev_q_end));
              if (between.starts_with("(")) between = normalizers::Trim(between.substr(1));  // ("27,400.12 (up 125.3")
              // (A counted noun stands between: "64.06 points to 4,577.10".)
              const std::string& noun = prev->quantity.noun;
              const bool to = between == "to" || (!noun.empty() && between.size() == noun.size() + 3 &&
                                                   between.ends_with(" to") && ascii::EqualsLower(between.substr(0, noun.size()), noun));
              // (Not a level another "to", "under" or "over" goes on from: a score "to 50 to 47",
              // a golfer's "to 12 under par".)
              const auto [nb, ne] = WordAfter(sentence, q.end);
              const std::string_view next = sentence.substr(nb, ne - nb);
              const bool goes_on = next == "to" || next == "under" || next == "over";
              // (Before "up" or "down", only a bracket closed by the figure's unit: "27,400.12 (up
              // 125.3 points)", not "a poll of 1,000 (up 3 points in approval)".)
              const std::string_view rest = sentence.substr(q.end);
              const bool closes = rest.starts_with(")") ||
                                  (!q.noun.empty() && rest.size() > q.noun.size() + 1 && rest[q.noun.size() + 1] == ')' &&
                                   ascii::EqualsLower(rest.substr(1, q.noun.size()), q.noun));
              if (q.unit.empty() && q.noun.empty() && to && !goes_on && LevelSharesUnit(prev->quantity, q.value)) {
                q.unit = prev->quantity.unit;
                q.noun = prev->quantity.noun;
                // ("fell by 3,000 to 212,000": claims counted; but an index's points reached are its level.)
                if (q.unit == "count" && c.kind == "level" && !IndexPoints(q.noun)) c.kind = "count";
              } else if (q.unit == "percent" && prev->quantity.unit == "count" &&
                         (to || ((between.starts_with("to ") || between.starts_with(noun + " to ")) &&
                                 between.ends_with(" of") && std::count(between.begin(), between.end(), ' ') <= 6)) &&
                         (ascii::EqualsLower(noun, "points") || ascii::EqualsLower(noun, "point"))) {
                // ("Reform UK rose 3 points to 24%": points of a percent reached are percentage points.)
                prev->quantity.unit = "pp";
                prev->quantity.noun.clear();
                if (prev->kind == "count") prev->kind = "change";
              } else if (prev->quantity.unit.empty() && prev->quantity.noun.empty() &&
                         (between == "up" || between == "down") && closes &&
                         LevelSharesUnit(q, prev->quantity.value)) {
                prev->quantity.unit = q.unit;
                prev->quantity.noun = q.noun;
              }
            }
            // "1,200 cars in March, up from 900", "460 vehicles were stolen, compared with 63": a
            // bare level after "from", "compared with", "against" or "versus" is the previous
            // level's, in its count or measure, of a size with it (a tenth to ten times).
            // (Not the figure of a span, "30 points in 36 minutes, compared with 22", nor a clock's
            // "from 9 to 5", "from 8 in the morning". A level reached in percent or money, too:
            // "to 5.5%, from 5.25", "fell $3 to $45, from 48".)
            const auto [pgb, pge] = prev == nullptr ? std::pair<size_t, size_t>{0, 0}
                                                    : GoverningWord(sentence, qs[qi - 1].begin, 0);
            const std::string_view prev_gov = sentence.substr(pgb, pge - pgb);
            // ("over 3 months": "over" is an approximation to GoverningWord, and a span's word here.)
            const auto [pwb, pwe] = prev == nullptr ? std::pair<size_t, size_t>{0, 0} : WordBefore(sentence, qs[qi - 1].begin);
            const std::string_view prev_word = sentence.substr(pwb, pwe - pwb);
            const bool span = prev_gov == "in" || prev_gov == "over" || prev_gov == "on" || prev_gov == "during" ||
                              prev_gov == "within" || prev_gov == "across" || prev_gov == "for" || prev_word == "over" ||
                              prev_word == "under" || prev_word == "within";
            const bool reached = prev_gov == "to" && prev != nullptr &&
                                 (prev->quantity.unit == "percent" || !CurrencyCode(prev->quantity.unit).empty());
            const std::string_view after_q = sentence.substr(q.end);
            const bool clock = q.hi.has_value() || after_q.starts_with(" in the morning") || after_q.starts_with(" in the afternoon") ||
                               after_q.starts_with(" in the evening") || after_q.starts_with(" at night") ||
                               after_q.starts_with(" a.m") || after_q.starts_with(" p.m") || after_q.starts_with(" o'clock");
            // "rose to $4.2 billion from $3.9", "1.2 million units, up from 1.1": a level compared
            // in the figure before's scale, its word left out (a number as written of a size with
            // the one before: a fifth to five times).
            if (prev != nullptr && q.value > 0 && !q.hi.has_value() && !span && !clock && Unscaled(q) &&
                !Unscaled(prev->quantity) && (q.unit.empty() ? q.noun.empty() : q.unit == prev->quantity.unit) &&
                (prev->quantity.unit == "count" || !CurrencyCode(prev->quantity.unit).empty() ||
                 (!prev->quantity.unit.empty() && LevelSharesUnit(prev->quantity, q.value, /*any_scale=*/true))) &&
                (prev->kind == "level" || prev->kind == "count")) {
              const double lead = Written(prev->quantity);
              if (lead > 0 && q.value >= lead / 5 && q.value <= lead * 5 && prev->quantity.value > lead &&
                  (how == Comparison::kFrom || how == Comparison::kCompared || how == Comparison::kExpected)) {
                q.value *= prev->quantity.value / lead;
                q.unit = prev->quantity.unit;
                q.noun = prev->quantity.noun;
                if (q.unit == "count" && c.kind == "level") c.kind = "count";
              }
            }
            if (prev != nullptr && q.unit.empty() && q.noun.empty() && prev->quantity.value > 0 && q.value > 0 &&
                q.value >= prev->quantity.value / 10 && q.value <= prev->quantity.value * 10 && !span && !clock &&
                (LevelSharesUnit(prev->quantity, q.value, /*any_scale=*/true) || reached ||
                 // (An amount in a scale word after one in money and the same word: "$1.2 billion,
                 // compared with 1.1 billion".)
                 (!Unscaled(q) && !Unscaled(prev->quantity) && !CurrencyCode(prev->quantity.unit).empty() &&
                  q.surface.substr(q.surface.rfind(' ') + 1) == prev->quantity.surface.substr(prev->quantity.surface.rfind(' ') + 1)) ||
                 // (A bare number after a level in money, of a size with it: "closed at $12.50, down
                 // from 14".)
                 // (Or in its cents, or per its unit: "66.1 US cents, down from 67", "$2,000 an ounce, up
                 // from 1,950".)
                 // (An exchange rate's figures after it are read below, with their own guards.)
                 (Unscaled(q) && Unscaled(prev->quantity) && prev->kind == "level" && !ExchangeRate(prev->quantity.unit) &&
                  (!CurrencyCode(prev->quantity.unit.substr(0, prev->quantity.unit.find(' '))).empty() ||
                   prev->quantity.unit == "cent" || prev->quantity.unit == "pence") &&
                  q.value >= prev->quantity.value / 5 && q.value <= prev->quantity.value * 5))) {
              const bool compares = how == Comparison::kFrom || how == Comparison::kExpected ||
                                    (how == Comparison::kCompared && !reached);
              if (compares) {
                q.unit = prev->quantity.unit;
                q.noun = prev->quantity.noun;
                if (q.unit == "count" && c.kind == "level" && prev->kind == "count") c.kind = "count";
              }
            }
            // "aged 30 and 45", "aged 12, 14 and 16": a bare whole number listed after an age is one.
            if (prev != nullptr && prev->quantity.unit == "year of age" && q.unit.empty() && q.noun.empty() &&
                !q.hi.has_value() && q.value >= 0 && q.value < 120 && q.value == static_cast<int>(q.value)) {
              const std::string_view gap = sentence.substr(prev_q_end, q.begin - prev_q_end);
              if (gap == " and " || gap == " or " || gap == ", " || gap == ", and " || gap == ", or ") {
                q.unit = prev->quantity.unit;
                c.subject = prev->subject;
                c.holder = prev->holder;
              }
            }
            // "a 6- or 7-inch screen", "4-, 5- and 6-metre poles": numbers with a suspended hyphen
            // take the unit of the one that ends the list.
            // (Only after a figure written "N-unit" and not scaled: "5 metres" is a figure of its
            // own, "10-, 20- and 30-million-dollar" would need the scale too.)
            const size_t digits_end = q.surface.find_first_not_of("0123456789.,");
            const bool hyphened =
                digits_end != std::string::npos && digits_end > 0 && q.surface[digits_end] == '-' && Unscaled(q);
            if (!q.unit.empty() && q.unit != "count" && hyphened) {
              size_t next_begin = q.begin;
              for (size_t j = qi; j-- > 0 && first_of_sentence + j < out->size();) {
                Quantity& p = (*out)[first_of_sentence + j].quantity;  // (one claim per figure, in order)
                const size_t pe = qs[j].end;
                if (!p.unit.empty() || !p.noun.empty() || pe >= next_begin) break;
                const std::string_view gap = sentence.substr(pe, next_begin - pe);
                if (gap != "- or " && gap != "- and " && gap != "-, " && gap != "- to " && gap != "-, or " && gap != "-, and ")
                  break;
                p.unit = q.unit;
                next_begin = qs[j].begin;
              }
            }
            // "The yen was at 155.2 per dollar", "the crown at 24.3 per euro": a bare rate in the
            // currency its subject names, per the one named after it.
            if (q.unit.empty() && q.noun.empty() && !q.hi.has_value()) q.unit = ExchangeRateUnit(sentence, q, c.subject, art.article.url);
            // "trading at 48.9 to the dollar, compared with 47.5 three months earlier", "closed at 90.42
            // against the dollar, little changed from Thursday's 90.38": a bare figure set against a
            // rate just quoted is a rate of the same pair, of a size with it.
            if (q.unit.empty() && q.noun.empty() && !q.hi.has_value() && prev != nullptr && ExchangeRate(prev->quantity.unit) &&
                q.value * 1.5 >= prev->quantity.value && q.value <= prev->quantity.value * 1.5) {
              auto [wb, we] = WordBefore(sentence, q.begin);
              std::string_view w = sentence.substr(wb, we - wb);
              if (w.ends_with("'s") && w.size() > 2 && w[0] >= 'A' && w[0] <= 'Z') {  // (a day's: "Thursday's")
                std::tie(wb, we) = WordBefore(sentence, wb);
                w = sentence.substr(wb, we - wb);
              }
              // (Nor past another market or rate the clause names: "while the dollar index ended at
              // 104.2", "as Urals crude fell to 80.2", "raised its one-week repo rate to 45".)
              std::string_view between = sentence.substr(prev_q_end, q.begin - prev_q_end);
              between.remove_prefix(RateBase(between).size());
              // (Nor a figure of another thing: "compared with 104.2 for the dollar index".)
              const std::vector<std::string_view> between_words = WordsOf(between);
              bool other = between_words.size() > 8 || sentence.substr(q.end).starts_with(" for ");
              for (std::string_view x : between_words) {
                x = Bare(x);
                other = other || x == "while" || x == "as" || x == "after" || x == "and" || x == "but" || x == "index" ||
                        x == "crude" || x == "rate" || x == "rates" || x == "yield" || x == "yields" || x == "pound" ||
                        x == "euro" || x == "yen" || x == "dollar" || x == "gold" || x == "oil" || x == "Brent" || x == "stocks";
              }
              if (!other && (w == "from" || w == "with" || w == "at" || w == "to" || w == "against" || w == "versus" || w == "than"))
                q.unit = prev->quantity.unit;
            }
            // "France's budget deficit reached 5.8% of GDP": a ratio to the economy's size is the
            // clause subject's, not the economy's.
            if (c.kind == "share" && EconomySize(c.subject) && sentence.substr(q.end).starts_with(" of ")) {
              // (The phrase before the verb before the figure: "reached", "was equal to", "stood at".)
              auto [wb, we] = WordBefore(sentence, q.begin);
              for (int k = 0; k < 4 && we > wb; ++k) {
                const std::string_view w = sentence.substr(wb, we - wb);
                if (w != "to" && w != "at" && w != "about" && w != "nearly" && w != "almost" && w != "around" &&
                    w != "roughly" && w != "some" && w != "equal" && w != "worth" && w != "over" && w != "under" &&
                    w != "than" && w != "more" && w != "less")
                  break;
                std::tie(wb, we) = WordBefore(sentence, wb);
              }
              // (Before no verb, the phrase the figure's words close: "The agency's budget, at 0.5% of GDP".)
              const std::string_view vw = sentence.substr(wb, we - wb);
              const bool verb = chunk::Classify(vw) == chunk::WordClass::kVerb || UnlistedPast(vw) || chunk::IrregularPast(vw) ||
                                chunk::IsAuxiliary(vw) || chunk::MoveWords().Find(vw) != nullptr;
              size_t phrase_end = we;
              while (phrase_end > wb && !ascii::IsAlpha(sentence[phrase_end - 1])) --phrase_end;
              const std::string_view main = we <= wb ? std::string_view()
                                            : verb   ? chunk::NounPhraseBefore(sentence, wb, 0)
                                                     : chunk::NounPhraseBefore(sentence, phrase_end, 0);
              if (!main.empty() && !IsPronounPhrase(main) && !HoldsFigure(main)) c.subject = std::string(main);
            }
            // A subject that opens with the day the verb's phrase ended on is the words after it
            // ("cut its forecast on Wednesday after comparable sales fell 1.9%": comparable sales),
            // or, when nothing is left, the sentence's ("passed the bill 214-212 late on Wednesday").
            if (const std::string_view rest = AfterDayWords(c.subject); rest.size() != c.subject.size()) {
              if (!rest.empty()) {
                c.subject = std::string(rest);
              } else {
                std::string_view main = MainSubject(sentence);
                if (main.empty() || static_cast<size_t>(main.data() - sentence.data()) + main.size() > q.begin)
                  main = chunk::NounPhraseAfter(sentence, 0, q.begin);  // (the phrase the sentence opens with)
                // (Up to its verb: "The Senate passed the spending bill 51-49 late on Thursday".)
                const std::vector<std::string_view> mw = WordsOf(main);
                for (size_t k = 1; k < mw.size(); ++k) {
                  const std::string_view x = Bare(mw[k]);
                  if (chunk::Classify(x) == chunk::WordClass::kVerb || chunk::IrregularPast(x) || UnlistedPast(x) ||
                      (x.size() > 4 && x.ends_with("ed") && x[0] >= 'a' && x[0] <= 'z')) {
                    main = main.substr(0, static_cast<size_t>(mw[k - 1].data() + mw[k - 1].size() - main.data()));
                    break;
                  }
                }
                c.subject = main.empty() || HoldsFigure(main) ? std::string() : std::string(main);
              }
            }
            // "Lithium prices rose 3% to 118,500 yuan. That is still about 80% below the peak": a
            // "That" or "This" opening the sentence before a form of "be" is the sentence before's
            // subject (its figure's, restated), when nothing of its own is the figure's.
            if (!sentence_before.empty() && (sentence.starts_with("That ") || sentence.starts_with("This ")) &&
                (c.subject.empty() || c.subject == "That" || c.subject == "This" || c.subject.starts_with("is ") ||
                 c.subject.starts_with("was ") || c.subject == "is" || c.subject == "was")) {
              const auto [vb, ve] = WordAfter(sentence, 5);
              const std::string_view be = sentence.substr(vb, ve - vb);
              // (The subject of the sentence before's last figure, else its main subject: "Shell's
              // profit fell to $8.7 billion. That was down from $11.5 billion" is the profit's.)
              std::string_view main = MainSubject(sentence_before);
              if (first_of_sentence > 0 && (*out)[first_of_sentence - 1].sentence == sentence_before &&
                  !(*out)[first_of_sentence - 1].subject.empty() && !IsPronounPhrase((*out)[first_of_sentence - 1].subject))
                main = (*out)[first_of_sentence - 1].subject;
              if ((be == "is" || be == "was" || be == "would" || be == "will" || be == "leaves" || be == "left" ||
                   be == "puts" || be == "put") &&
                  !main.empty() && main.size() <= 80 && !IsPronounPhrase(main) && !HoldsFigure(main) &&
                  (main.data() != MainSubject(sentence_before).data() || OneCandidate(sentence_before, main)))
                c.subject = std::string(main);
            }
            // "Oracle shares soared 36%. They had already fallen 48%": a pronoun opening the
            // sentence is the sentence before's subject.
            if (!sentence_before.empty() && IsPronounPhrase(c.subject) && PronounOpens(sentence, c.subject)) {
              const std::string_view main = MainSubject(sentence_before);
              if (!main.empty() && main.size() <= 80 && !IsPronounPhrase(main) && !HoldsFigure(main) &&
                  PronounAgrees(c.subject, main, sentence_before) && OneCandidate(sentence_before, main))
                c.subject = std::string(main);
            }
            if (q.unit.starts_with("SEK")) {
              // (A few crowns unscaled are crowns counted: "won 11 crowns", "fitted 3 crowns".)
              const bool few_crowns = ascii::ContainsLower(q.surface, "crown") && q.value < 100 && Unscaled(q);
              const std::string code = few_crowns ? std::string() : Krona(sentence, q, art.article.url);
              if (!code.empty()) {
                q.unit.replace(0, 3, code);
              } else if (q.unit == "SEK") {
                // (Crowns of no country known: counted, as before money was read.)
                q.unit = "count";
                q.noun = ascii::ContainsLower(q.surface, "crowns") ? "crowns" : "crown";
                if (c.kind == "level") c.kind = "count";
              }
            }
            // "raised rates five times last year", "lost his pen 7 times since Monday": times
            // counted, no multiple of anything.
            if (OccasionTimes(sentence, q)) {
              q.unit = "count";
              q.noun = "times";
              c.kind = "count";
              c.direction.clear();
            }
            // "The S&P 500 fell 1.2% to 6,412.5 points", "closed at 612.3 points": an index's points
            // reached are its level, not a count.
            if (q.unit == "count" && c.kind == "count" && IndexPoints(q.noun) && !IsPronounPhrase(c.subject) && [&] {
                  const auto [gb, ge] = GoverningWord(sentence, qs[qi].begin, 0);
                  const std::string_view g = sentence.substr(gb, ge - gb);
                  return g == "to" || g == "at";
                }())
              c.kind = "level";
            // "Measles cases in England rose to 529", "Homicides fell to 535": a bare whole number a
            // movement or a level reaches counts its subject's plural.
            if (q.unit.empty() && q.noun.empty() && !q.hi.has_value() && (c.kind == "level" || c.kind == "change") &&
                q.value >= 2 && (q.value == std::floor(q.value) || !Unscaled(q)) && ReachedLevel(sentence, qs[qi].begin)) {
              // (Not across a participle's clause: "pulled 12 survivors, bringing the number to 93".)
              const size_t subject_at = sentence.find(c.subject);
              const bool across = subject_at == std::string_view::npos || subject_at > qs[qi].begin || [&] {
                const std::string_view between = sentence.substr(subject_at, qs[qi].begin - subject_at);
                for (size_t k = between.find(", "); k != std::string_view::npos; k = between.find(", ", k + 2)) {
                  const auto [wb, we] = WordAfter(between, k + 1);
                  if (between.substr(wb, we - wb).ends_with("ing")) return true;
                }
                return false;
              }();
              if (std::string counted = across ? std::string() : CountedSubject(sentence, c.subject); !counted.empty()) {
                q.unit = "count";
                q.noun = std::move(counted);
                if (c.kind == "level") c.kind = "count";
              }
            }
            // (Words of degree before the figure are no subject: "The company will cut a further 2,000
            // jobs", "an additional $2 billion": the clause's.)
            if (const std::vector<std::string_view> sw = WordsOf(c.subject);
                sw.size() == 2 && chunk::Classify(sw[0]) == chunk::WordClass::kDeterminer &&
                (ascii::EqualsLower(sw[1], "further") || ascii::EqualsLower(sw[1], "additional") ||
                 ascii::EqualsLower(sw[1], "extra") || ascii::EqualsLower(sw[1], "combined") ||
                 ascii::EqualsLower(sw[1], "cumulative") || ascii::EqualsLower(sw[1], "whopping"))) {
              std::string_view main = MainSubject(sentence);
              if (main.empty() || static_cast<size_t>(main.data() - sentence.data()) + main.size() > q.begin)
                main = LeadBeforePast(sentence, q.begin);  // (before a past the lists lack: "cut")
              if (!main.empty() && static_cast<size_t>(main.data() - sentence.data()) + main.size() <= q.begin &&
                  !HoldsFigure(main))
                c.subject = std::string(main);
            }
            c.quantity = std::move(q);
            // ":begin:end:value" with the value as printf's %.17g (docs/hashing.md), built with
            // to_chars, which gives the same digits without printf's cost.
            std::string h = c.article_id;
            char num[64];
            for (uint64_t x : {uint64_t{c.span_begin}, uint64_t{c.span_end}}) {
              h.push_back(':');
              h.append(num, std::to_chars(num, num + sizeof num, x).ptr);
            }
            h.push_back(':');
            h.append(num, std::to_chars(num, num + sizeof num, c.quantity.value, std::chars_format::general, 17).ptr);
            c.claim_id = Hex16(XXH3_64bits(h.data(), h.size()));
            if (!art.normalized.empty()) {
              const auto [b, e] = TextRange(art, c.span_begin, c.span_end);
              if (b < e) {
                c.span_begin = b;
                c.span_end = e;
              }
            }
            // A line of a table or a factbox, "Jobs: 1.284 million in July, up 21,600", "Zentra: 58.9
            // million, 19.9%": its label is what its figures are about.
            // (Unless the line names its own after the figure: "Stat of the day: 40% of first-time
            // buyers"; a subject found before the label is another line's or the label's own part.)
            if (std::string_view label = LineLabel(sentence, qs[qi].begin); !label.empty()) {
              const size_t label_end = static_cast<size_t>(label.data() - sentence.data()) + label.size();
              const size_t at = c.subject.empty() ? std::string_view::npos : sentence.find(c.subject);
              if (at == std::string_view::npos || at < label_end || HoldsFigure(c.subject)) c.subject = std::string(label);
            }
            // (Nor is a figure's own phrase the subject of the level it reached: "reported a 9.6 per cent
            // rise in net profit to Rs 3,412 crore" is net profit's, as the 9.6 per cent is.)
            if ((c.subject.starts_with("a ") || c.subject.starts_with("an ")) &&
                HoldsFigure(std::string_view(c.subject).substr(c.subject.find(' ') + 1)) && out->size() > first_of_sentence &&
                !out->back().subject.empty() && !HoldsFigure(out->back().subject) &&
                c.subject.find(out->back().quantity.surface) != std::string::npos)
              c.subject = out->back().subject;
            // (Nor a scale word left of the figure before: "Issuance reached $11.6 billion across 48
            // deals" is no "Issuance's billion".)
            for (std::string_view scale : {"'s million", "'s billion", "'s trillion", "' million", "' billion", "' trillion"})
              if (c.subject.size() > scale.size() && c.subject.ends_with(scale)) {
                c.subject.resize(c.subject.size() - scale.size() + (scale[1] == 's' ? 0 : 1));
                if (c.subject.ends_with("'")) c.subject.pop_back();
                break;
              }
            // (Nor the figure itself, set off after its subject: "The deficit, at Rp 860 trillion, is to
            // be financed".)
            if (!c.quantity.surface.empty() && c.subject.find(c.quantity.surface) != std::string::npos &&
                sentence.substr(0, q.begin).ends_with(", at ")) {
              const std::string_view head = sentence.substr(0, q.begin - 5);
              if (head.find(',') == std::string_view::npos && !head.empty() && WordsOf(head).size() <= 6)
                c.subject = std::string(head);
            }
            // (Nor is a telling's day part of it: "The U.S. Department of Agriculture on Tuesday" raised
            // its forecast.)
            if (const size_t on = c.subject.rfind(" on "); on != std::string::npos && on > 0 &&
                                                          periods::MonthOrDayName(std::string_view(c.subject).substr(on + 4)) &&
                                                          c.subject.ends_with("day"))
              c.subject.resize(on);
            // (Nor in a possessive: "The council on Wednesday's budget" is the council's; "New Jersey
            // lawmakers late Friday's budget", the lawmakers'.)
            for (std::string_view when : {" late ", " early "})
              if (const size_t at = c.subject.find(when); at != std::string::npos && at > 0)
                if (const size_t ap = c.subject.find('\'', at + when.size()); ap != std::string::npos &&
                                                                               periods::MonthOrDayName(std::string_view(c.subject).substr(at + when.size(), ap - at - when.size())) &&
                                                                               std::string_view(c.subject).substr(at + when.size(), ap - at - when.size()).ends_with("day"))
                {
                  c.subject.erase(at, ap - at);
                  if (c.subject[at - 1] == 's' && c.subject.compare(at, 2, "'s") == 0) c.subject.erase(at + 1, 1);
                }
            for (std::string_view day : {" on Monday", " on Tuesday", " on Wednesday", " on Thursday", " on Friday",
                                         " on Saturday", " on Sunday"}) {
              // (No string built per claim: the day, then its apostrophe.)
              if (const size_t at = c.subject.find(day);
                  at != std::string::npos && at > 0 && at + day.size() < c.subject.size() && c.subject[at + day.size()] == '\'') {
                c.subject.erase(at, day.size());
                // ("commissioners' budget")
                if (c.subject[at - 1] == 's' && c.subject.compare(at, 2, "'s") == 0) c.subject.erase(at + 1, 1);
              }
              if (c.holder.size() > day.size() && c.holder.ends_with(day)) c.holder.resize(c.holder.size() - day.size());
              // (A paper's name keeps its day, "The Mail on Sunday"; "late on Tuesday" goes whole.)
              if (c.source.size() > day.size() && c.source.ends_with(day) && !c.source.ends_with("Mail on Sunday") &&
                  !c.source.ends_with("Independent on Sunday")) {
                c.source.resize(c.source.size() - day.size());
                for (std::string_view part : {" late", " early", " earlier"})
                  if (c.source.size() > part.size() && c.source.ends_with(part)) {
                    c.source.resize(c.source.size() - part.size());
                    break;
                  }
              }
            }
            // (A phrase cut before its figure names its head: "gusts of" up to 93mph are gusts.)
            for (std::string_view t : {" of", " to", " by", " for", " with", " from"})
              if (c.subject.size() > t.size() + 2 && c.subject.ends_with(t)) {
                c.subject.resize(c.subject.size() - t.size());
                break;
              }
            // An ellipsis marks words left out: the subject is what follows it ("when...we" -> "we").
            if (const size_t e = c.subject.rfind("..."); e != std::string::npos) {
              std::string rest = TrimSubject(std::string_view(c.subject).substr(e + 3));
              if (!rest.empty()) c.subject = std::move(rest);
            }
            // (No subject of a verb's or a degree's words: "That is still about 80% below the peak" (is
            // still), "closed at 90.42, little changed from Thursday's 90.38" (little): the figure's
            // before it in the sentence, else the sentence's subject.)
            // (Nor the verb right after the figure, before its object: "while 38% oppose it".)
            const bool verb_after = [&] {
              if (c.subject.empty() || c.subject.find(' ') != std::string::npos || c.subject[0] < 'a' || c.subject[0] > 'z')
                return false;
              // (After any figure of the sentence: "38% oppose it and 7% are undecided" too.)
              return std::any_of(qs.begin(), qs.end(), [&](const Quantity& f) {
                const auto [wb, we] = WordAfter(sentence, f.end);
                if (sentence.substr(wb, we - wb) != c.subject) return false;
                const auto [ob, oe] = WordAfter(sentence, we);
                const std::string_view o = Bare(sentence.substr(ob, oe - ob));
                return o == "it" || o == "them";
              });
            }();
            if (NoSubject(c.subject) || verb_after) {
              if (out->size() > first_of_sentence && !NoSubject(out->back().subject) && out->back().subject != c.subject)
                c.subject = out->back().subject;
              else if (const std::string_view main = MainSubject(sentence); !main.empty() && (verb_after || !NoSubject(main)))
                c.subject = std::string(main);
            }
            if (c.kind == "share" && RateLevel(sentence, qs[qi].begin, qs[qi].end, c.quantity.unit, c.subject))
              c.kind = "level";
            if (!art.normalized.empty()) DisplayForms(art, sentence, base, &c);
            if (!art.source_map.empty()) c.source_span = normalizers::ToSource(art.source_map, c.span_begin, c.span_end);
            out->push_back(std::move(c));
          }
          if (out->size() - first_of_sentence == qs.size())
            for (auto& [qi, subject] : share_subjects) (*out)[first_of_sentence + qi].subject = std::move(subject);
          // A bare whole figure counts what its subject names as things: "The number of people waiting
          // fell by 11,400 to 234,000" (people), "Sales climbed 12.4 per cent to 7,118" (sales), "a
          // population of about 190,000" (people).
          for (size_t qi = 0; qi < qs.size() && out->size() - first_of_sentence == qs.size(); ++qi) {
            Claim& c = (*out)[first_of_sentence + qi];
            Quantity& q = c.quantity;
            const std::string_view surface = std::string_view(sentence).substr(qs[qi].begin, qs[qi].end - qs[qi].begin);
            if (!q.unit.empty() || !q.noun.empty() || q.hi || q.value < 1 || (c.kind != "level" && c.kind != "change") ||
                surface.empty() || !ascii::IsDigit(surface.front()) ||
                (surface.find('.') != std::string_view::npos && !ascii::IsAlpha(surface.back())) ||
                (surface.size() == 4 && q.value >= 1900 && q.value <= 2100))
              continue;
            // (Nor a figure of another noun after it: "after a gain of 300 in revenue".)
            const auto [ab, ae] = WordAfter(sentence, qs[qi].end);
            if (const std::string_view after = sentence.substr(ab, ae - ab); after == "in" || after == "of") {
              const auto [nb, ne] = WordAfter(sentence, ae);
              const std::string_view n = Bare(sentence.substr(nb, ne - nb));
              if (!n.empty() && n[0] >= 'a' && n[0] <= 'z' && chunk::Classify(n) == chunk::WordClass::kContent && !TimeWord(n))
                continue;
            }
            const std::string noun = CountedBySubject(c.subject);
            // (A crowd of a hundred or more: "Attendance at the school fell to 91" is a rate.)
            if (noun.empty() || (noun == "spectators" && q.value < 200)) continue;
            q.unit = "count";
            q.noun = noun;
            if (c.kind == "level") c.kind = "count";
          }
          // A change set off right after a count of things is the things': "the agency screened 17.2
          // million passengers, up 3.8%", "Chicago recorded 268 homicides, down 31%" (passengers,
          // homicides), when the count's subject is whoever did it, not the things; not a count in a
          // measure's units ("4.29 billion bushels, down 2.1%", "2.4 million units, up 9%").
          static const auto* kMeasureNouns = new ascii::WordMap<bool>(
              {{"units", true}, {"bushels", true}, {"tonnes", true}, {"tons", true}, {"barrels", true},
               {"ounces", true}, {"pounds", true}, {"gallons", true}, {"litres", true}, {"liters", true},
               {"annualized", true}, {"bales", true}, {"carats", true}, {"vehicles", true}},
              /*lower=*/true);
          if (out->size() - first_of_sentence == qs.size())
            for (size_t qi = 1; qi < qs.size(); ++qi) {
              const Claim& count = (*out)[first_of_sentence + qi - 1];
              Claim& change = (*out)[first_of_sentence + qi];
              const std::string_view noun = count.quantity.noun;
              if (change.kind != "change" || count.kind != "count" || noun.size() < 3 || change.subject != count.subject ||
                  kMeasureNouns->Find(noun) != nullptr ||
                  ascii::ContainsLower(count.subject, noun) || qs[qi - 1].end >= qs[qi].begin)
                continue;
              std::string_view gap = sentence.substr(qs[qi - 1].end, qs[qi].begin - qs[qi - 1].end);
              if (!gap.starts_with(" ") || !gap.substr(1).starts_with(noun)) continue;
              gap.remove_prefix(1 + noun.size());
              if (gap != ", up " && gap != ", down " && gap != ", up about " && gap != ", down about " &&
                  gap != ", up nearly " && gap != ", down nearly " && gap != ", up almost " && gap != ", down almost ")
                continue;
              // (The count the object of its subject's verb: not "Revenue rose, helped by a record
              // 20.6 million passengers".)
              const auto [vb, ve] = WordBeforePast(sentence, qs[qi - 1].begin, 0, [](std::string_view w) {
                return IsApproxWord(w) || w == "a" || w == "record" || w == "an" || w == "estimated";
              });
              if (ve <= vb) continue;
              if (const chunk::WordClass k = chunk::Classify(sentence.substr(vb, ve - vb));
                  k == chunk::WordClass::kPreposition || k == chunk::WordClass::kDeterminer ||
                  k == chunk::WordClass::kConjunction || k == chunk::WordClass::kSubordinator)
                continue;
              // (A name's things are its own, "Chicago's homicides"; a possessive name's are left
              // to it, "China's Veyo".)
              const std::string& who = count.subject;
              if (who.find("'s") != std::string::npos) continue;
              const bool name = !who.empty() && who[0] >= 'A' && who[0] <= 'Z' && !who.starts_with("The ") &&
                                !who.starts_with("A ") && !who.starts_with("An ");
              change.subject = name ? Possessive(who, noun) : std::string(noun);
            }
          // A list of figures "respectively" pairs with a list of subjects: each its own, with the
          // first's verb ("The S&P 500 and the Nasdaq rose 1.2% and 1.8%, respectively").
          // (Only when every figure made a claim, so that the claims line up with them.)
          if (out->size() - first_of_sentence == qs.size() && qs.size() >= 2 &&
              sentence.find("respectively") != std::string_view::npos) {
            for (size_t first = 0; first + 1 < qs.size(); ++first) {
              Claim& lead = (*out)[first_of_sentence + first];
              if (lead.verb.empty()) continue;
              std::vector<std::pair<size_t, size_t>> run;
              for (size_t j = first; j < qs.size(); ++j) run.emplace_back(qs[j].begin, qs[j].end);
              // (The longest run of figures from `first` that pairs.)
              for (; run.size() >= 2; run.pop_back()) {
                const std::vector<std::string> subjects = RespectiveSubjects(sentence, run, lead.verb);
                if (subjects.empty()) continue;
                for (size_t k = 0; k < run.size(); ++k) {
                  Claim& c = (*out)[first_of_sentence + first + k];
                  c.subject = subjects[k];
                  c.holder.clear();
                  if (k > 0 && c.verb.empty()) {
                    c.verb = lead.verb;
                    c.direction = lead.direction;
                    if (c.kind == "share" || c.kind == "level") c.kind = lead.kind;
                  }
                }
                first = qs.size();
                break;
              }
            }
          }
          if (out->size() > first_of_sentence && out->size() - first_of_sentence == qs.size()) {
            std::optional<Period> head;
            if (story.SeeksLead(paragraph) && !qs.empty()) {
              size_t figures = sentence.size();
              for (const Quantity& q : qs) figures = std::min<size_t>(figures, q.begin);
              head = LeadPeriod(sentence.substr(0, figures), sentence);
            }
            ListedMoves(sentence, qs, out, first_of_sentence);
            ShareMovePeriods(sentence, qs, out, first_of_sentence);
            RespectiveMonths(sentence, qs, out, first_of_sentence, year, PastMonth(sentence), month, day);
            DateYearEarlier(sentence, period, qs, out, first_of_sentence);
            story.Read(sentence, text, paragraph, period, head, qs, year, month, day, out, first_of_sentence);
            story.NameMarketSpans(sentence, qs, year, month, day, out, first_of_sentence);
            story.LendDay(sentence, qs, year, month, day, out, first_of_sentence);
            story.LendPlan(sentence, paragraph, qs, year, month, out, first_of_sentence);
            DateForecasts(sentence, qs, out, first_of_sentence);
            DateMonthEarlier(sentence, qs, out, first_of_sentence);
            DateQuarterAhead(sentence, qs, year, month, out, first_of_sentence, first_of_article);
            if (fieldwork) LendFieldwork(sentence, period, qs, *fieldwork, poll_story, out, first_of_sentence);
            ShareMovePeriods(sentence, qs, out, first_of_sentence);  // (and the story's period lent)
          }
        }
      }
    }
    if (para_end >= text.size()) break;
    para_begin = para_end + 2;
    ++paragraph;
  }
  DateFiscalYears(text, year, month, out, first_of_article);
  LendListHeaders(text, year, month, day, out, first_of_article);
  LocalDollars(text, dateline, out, first_of_article);
  LocalPesos(text, dateline, out, first_of_article);
  return dropped;
}

}  // namespace copydesk::extractors
