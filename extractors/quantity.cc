#include "extractors/quantity.h"

#include "extractors/chunk.h"
#include "extractors/tables.h"

#include "corpus/ascii.h"
#include "normalizers/text_shape.h"

#include <re2/re2.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>
#include <unordered_map>

namespace copydesk::extractors {

namespace {

constexpr const char* kApprox =
    R"((?i)(almost|nearly|about|around|approximately|roughly|some|an estimated|close to|more than|over|above|upwards of|in excess of|less than|under|below|fewer than|at least|no less than|up to|at most|no more than|as much as|as many as)\s+$)";

// Dot groups with a decimal comma ("1.234,5") and two or more dot groups ("1.234.567"), as
// German, Spanish, Portuguese and Russian write them; Indian grouping ("12,34,567") before the
// international one; groups of three after spaces, no-break or thin spaces ("1 234 567", French,
// Russian) or apostrophes ("1'250'000", "2’345", Swiss); a decimal comma ("8,1"); then plain digits.
constexpr const char* kNumber =
    R"((\d{1,3}(?:\.\d{3})+,\d+\b|\d{1,3}(?:\.\d{3}){2,}\b|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:(?:\x{00A0}|\x{202F}|\x{2009}| )\d{3})+(?:[.,]\d+)?\b|\d{1,3}(?:['\x{2019}]\d{3})+(?:\.\d+)?\b|\d+,\d{1,2}\b|\d+(?:\.\d+)?|\.\d+))";

// What may follow a number: a scale, then a unit. Anchored at the number's end.
// (Scale words in any case: a headline's "$3 Billion", "1.4 BILLION"; German's "Billion", a
// thousand times more, is written "Billionen" after all but one.)
constexpr const char* kScale =
    R"(^(?:\s?((?i:thousand|million|billion|trillion|hundred)|dozens?|lakhs?|crores?|(?i:bln|tln)|MM)\b|\s?(bn|mn|mln|tn|trn)\b|([mkbMKB])\b))";
// Units the grammar owns; the listed units and currencies are in extractors/data/.
constexpr const char* kUnit =
    R"(^\s?(%|(?i:per ?cent|pct|percentage points?|basis points?|bps)\b|pp\b|(?i:cents?|pence|penny|bitcoins?|francs?)\b|(?i:times)\b|x\b))";

constexpr const char* kRangeTail = R"(^\s?(?:-|to-?|and|/)\s?)";

constexpr const char* kNumberWord =
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    "ninety|hundred|thousand|million|billion|trillion|dozens|dozen|point|nought";

constexpr const char* kFraction =
    R"((?i)\b(?:(\d+)-(\d+)/(\d+)|(\d+) +(\d+)/(\d+)|(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred) and (?:a|one) (half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|(one|a|two|three|four|five|six|seven|eight|nine|ten)[ -](halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)|(half))\b)";

constexpr const char* kMultiplier =
    R"((?i)\b(?:(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)-?fold|(doubled|doubling|doubles|tripled|tripling|triples|trebled|quadrupled|quadrupling|quadruples|halved|halving|halves))\b)";

using ascii::IsAlpha;
using ascii::IsDigit;
using ascii::IsSpace;
using ascii::IsWordByte;
using ascii::Lower;

// Boeing's airliner families ("737", "787"): three digits that name a model after a count ("20
// 787 Dreamliners"), which a space-grouped figure would swallow.
bool IsAirlinerModel(std::string_view digits) {
  static constexpr std::string_view kModels[] = {"707", "717", "727", "737", "747", "757", "767", "777", "787"};
  return std::find(std::begin(kModels), std::end(kModels), digits) != std::end(kModels);
}

// Whether `word` names an aircraft after its model's number ("787 Dreamliners", "737 Max jets").
bool NamesAircraft(std::string_view word) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"max", true}, {"dreamliner", true}, {"dreamliners", true}, {"jet", true}, {"jets", true},
       {"jetliner", true}, {"jetliners", true}, {"aircraft", true}, {"plane", true}, {"planes", true},
       {"airliner", true}, {"airliners", true}, {"freighter", true}, {"freighters", true}, {"jumbo", true},
       {"jumbos", true}},
      /*lower=*/true);
  return m->Find(word) != nullptr;
}

// Words that make a hyphenated pair a score: before it ("won 3-1", "tied at 2-2") and after
// it ("a 2-2 draw", "a 51-49 vote").
const ascii::WordMap<bool>& ScoreWordsBefore() {
  static const auto* m = new ascii::WordMap<bool>(
      {{"won", true}, {"lost", true}, {"beat", true}, {"beating", true}, {"defeated", true}, {"at", true},
       {"tied", true}, {"drew", true}, {"trailed", true}, {"led", true}, {"leads", true}, {"lead", true},
       {"wins", true}, {"loses", true}, {"beats", true}, {"voted", true}, {"ended", true},
       {"finished", true}},
      /*lower=*/true);
  return *m;
}

const ascii::WordMap<bool>& ScoreWordsAfter() {
  static const auto* m = new ascii::WordMap<bool>(
      {{"win", true}, {"victory", true}, {"loss", true}, {"defeat", true}, {"lead", true}, {"draw", true},
       {"tie", true}, {"scoreline", true}, {"triumph", true}, {"rout", true}, {"thrashing", true},
       {"vote", true}, {"decision", true}, {"majority", true}, {"verdict", true}, {"ruling", true},
       {"result", true}, {"margin", true}, {"tally", true}},
      /*lower=*/true);
  return *m;
}

// Nouns whose numbered members a hyphenated pair names ("Rooms 12-4", "gates 9-1"): labels,
// not a tally nor a range of figures.
const ascii::WordMap<bool>& LabelNouns() {
  static const auto* m = new ascii::WordMap<bool>(
      {{"rooms", true}, {"gates", true}, {"pages", true}, {"chapters", true}, {"sections", true},
       {"lanes", true}, {"platforms", true}, {"floors", true}, {"levels", true}, {"grades", true},
       {"items", true}, {"articles", true}, {"rows", true}, {"blocks", true}, {"verses", true},
       {"wards", true}, {"bays", true}, {"exits", true}, {"routes", true},
       {"tracks", true}, {"nos", true}, {"lots", true}, {"holes", true}},
      /*lower=*/true);
  return *m;
}

double ScaleOf(std::string_view s) {
  std::string l = Lower(s);
  if (l == "thousand" || l == "k") return 1e3;
  if (l == "million" || l == "mn" || l == "mln" || l == "m") return 1e6;
  if (l == "billion" || l == "bn" || l == "b") return 1e9;
  if (l == "trillion" || l == "tn" || l == "trn" || l == "tln") return 1e12;
  if (l == "bln") return 1e9;
  if (l == "mm") return 1e6;
  if (l == "hundred") return 100;
  if (l == "dozen" || l == "dozens") return 12;
  if (l == "lakh" || l == "lakhs") return 1e5;    // Indian English
  if (l == "crore" || l == "crores") return 1e7;
  return 1;
}

std::string ApproxOf(std::string_view s) {
  std::string l = Lower(s);
  if (l == "more than" || l == "over" || l == "above" || l == "upwards of" || l == "in excess of")
    return "more_than";
  if (l == "less than" || l == "under" || l == "below" || l == "fewer than") return "less_than";
  if (l == "at least" || l == "no less than") return "at_least";
  if (l == "up to" || l == "at most" || l == "no more than" || l == "as much as" ||
      l == "as many as")
    return "at_most";
  return "about";
}

double SmallNumberWord(std::string_view w) {
  static const std::unordered_map<std::string, double> kWords = {
      {"a", 1}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6},
      {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12},
      {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17},
      {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40},
      {"fifty", 50}, {"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
      {"hundred", 100}};
  auto it = kWords.find(Lower(w));
  if (it != kWords.end()) return it->second;
  return std::strtod(std::string(w).c_str(), nullptr);
}

double Denominator(std::string_view w) {
  char buf[16];
  const std::string_view l = ascii::LowerInto(w.substr(0, std::min<size_t>(w.size(), sizeof buf)), buf, sizeof buf);
  if (l.starts_with("hal")) return 2;
  if (l.starts_with("third")) return 3;
  if (l.starts_with("quarter")) return 4;
  if (l.starts_with("fourth")) return 4;
  if (l.starts_with("fifth")) return 5;
  if (l.starts_with("sixth")) return 6;
  if (l.starts_with("seventh")) return 7;
  if (l.starts_with("eighth")) return 8;
  if (l.starts_with("ninth")) return 9;
  if (l.starts_with("tenth")) return 10;
  return 0;
}



// A month's name or its abbreviation ("Dec", "Sept."), not any word starting like one
// ("decibels", "market").
bool IsMonthWord(std::string_view w) {
  static constexpr std::string_view kNames[] = {"january", "february", "march", "april", "may", "june", "july",
                                                "august", "september", "october", "november", "december"};
  while (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 3) return false;
  for (size_t m = 0; m < 12; ++m) {
    const std::string_view name = kNames[m];
    if (w.size() > name.size()) continue;
    if (!ascii::EqualsLower(w, name.substr(0, w.size()))) continue;
    if (w.size() == name.size() || w.size() == 3 || (w.size() == 4 && m == 8)) return true;  // "Sept"
  }
  return false;
}

// The word before position `pos` (skipping spaces), or "".

// The byte at pos past one optional whitespace: the small-window patterns all start with "\s?",
// so a byte test here tells whether running them can match at all.
char NextByte(std::string_view text, size_t pos) {
  if (pos < text.size() && IsSpace(text[pos])) ++pos;
  return pos < text.size() ? text[pos] : '\0';
}

char PrevByte(std::string_view text, size_t pos) {
  if (pos > 0 && IsSpace(text[pos - 1])) --pos;
  return pos > 0 ? text[pos - 1] : '\0';
}

// Whether the word before pos (after whitespace) is the last word of an approximation phrase of
// kApprox; only then is the pattern run.
bool MayFollowApprox(std::string_view text, size_t pos) {
  size_t e = pos;
  while (e > 0 && IsSpace(text[e - 1])) --e;
  if (e == pos) return false;
  size_t b = e;
  while (b > 0 && e - b < 14 && IsAlpha(text[b - 1])) --b;
  if (b == e || e - b >= 14) return false;
  char w[14];
  for (size_t i = b; i < e; ++i) w[i - b] = static_cast<char>(text[i] | 0x20);
  static constexpr std::string_view kLast[] = {"almost", "nearly", "about", "around",
                                               "approximately", "roughly", "some", "estimated",
                                               "to", "than", "over", "above", "of", "under",
                                               "below", "least", "most", "as"};
  const std::string_view word(w, e - b);
  for (std::string_view k : kLast)
    if (word == k) return true;
  return false;
}

// The whole match of re inside text[b, e), the window being the whole context (as with
// PartialMatch on it). Asking for the whole match only lets RE2 answer with its DFAs, several
// times cheaper than extracting submatches; the callers read the parts off the match's ends.
bool WindowMatch(const RE2& re, std::string_view text, size_t b, size_t e, std::string_view* m) {
  e = std::min(e, text.size());
  if (b >= e) return false;
  re2::StringPiece window(text.data() + b, e - b), found;
  if (!re.Match(window, 0, window.size(), RE2::UNANCHORED, &found, 1)) return false;
  *m = std::string_view(found.data(), found.size());
  return true;
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// The value of a digit number as kNumber matches it, whichever the separators: the last of ','
// and '.' is the decimal mark when both occur; a lone comma before one, two or four and more
// digits is a decimal comma ("8,1"); spaces and repeated marks group thousands.
double ParseDigits(std::string_view m, size_t* digit_count = nullptr) {
  const size_t comma = m.rfind(','), dot = m.rfind('.');
  char decimal = '.';
  if (comma != std::string_view::npos && dot != std::string_view::npos) {
    decimal = comma > dot ? ',' : '.';
  } else if (comma != std::string_view::npos) {
    const bool one_comma = m.find(',') == comma;
    decimal = one_comma && m.size() - comma - 1 != 3 ? ',' : '\0';
  } else if (dot != std::string_view::npos && m.find('.') != dot) {
    decimal = '\0';  // "1.234.567"
  }
  std::string s;
  for (size_t i = 0; i < m.size(); ++i) {
    const char c = m[i];
    if (IsDigit(c)) s += c;
    else if (c == decimal) s += '.';
  }
  if (digit_count) *digit_count = s.size();
  return std::strtod(s.c_str(), nullptr);
}

// How a sentence's language writes numbers, guessed from its function words (only when a
// figure needs it): in Spanish, Portuguese, German, Italian and Dutch a lone dot before three
// digits groups thousands ("4.500 coches" is 4,500; English reads "4.500" as a decimal), and in
// Spanish and Portuguese "mil" is a thousand ("12 mil trabajadores"; English news uses it,
// rarely, for a million). A word counts for its language only when no other listed language
// has it; the guess needs one such word and no English one, or two and more than English ones.
struct NumberStyle {
  bool dot_groups = false;
  bool mil_thousand = false;
};

NumberStyle GuessNumberStyle(std::string_view text) {
  enum Lang : uint8_t { kEn, kEsPt, kDe, kIt, kNl };
  static const auto* kWords = new ascii::WordMap<Lang>(
      {// English
       {"the", kEn}, {"of", kEn}, {"and", kEn}, {"to", kEn}, {"was", kEn}, {"for", kEn}, {"on", kEn},
       {"that", kEn}, {"with", kEn}, {"said", kEn}, {"from", kEn}, {"by", kEn}, {"at", kEn}, {"it", kEn},
       {"has", kEn}, {"have", kEn}, {"were", kEn}, {"are", kEn}, {"its", kEn}, {"an", kEn}, {"this", kEn},
       {"which", kEn}, {"after", kEn}, {"year", kEn}, {"than", kEn},
       // Spanish and Portuguese
       {"el", kEsPt}, {"la", kEsPt}, {"de", kEsPt}, {"los", kEsPt}, {"las", kEsPt}, {"del", kEsPt}, {"y", kEsPt}, {"que", kEsPt},
       {"por", kEsPt}, {"con", kEsPt}, {"una", kEsPt}, {"su", kEsPt}, {"sus", kEsPt},
       {"para", kEsPt}, {"al", kEsPt}, {"es", kEsPt}, {"fue", kEsPt}, {"como", kEsPt}, {"da", kEsPt}, {"dos", kEsPt}, {"das", kEsPt}, {"em", kEsPt}, {"na", kEsPt},
       {"nos", kEsPt}, {"nas", kEsPt}, {"com", kEsPt}, {"um", kEsPt}, {"uma", kEsPt}, {"foi", kEsPt},
       {"ao", kEsPt}, {"seu", kEsPt}, {"sua", kEsPt}, {"entre", kEsPt}, {"durante", kEsPt},
       // German
       {"der", kDe}, {"und", kDe}, {"den", kDe}, {"dem", kDe}, {"des", kDe},
       {"ist", kDe}, {"mit", kDe}, {"von", kDe}, {"zu", kDe}, {"im", kDe}, {"auf", kDe}, {"ein", kDe},
       {"eine", kDe}, {"sich", kDe}, {"nicht", kDe}, {"wurde", kDe}, {"auch", kDe}, {"sind", kDe},
       // Italian
       {"il", kIt}, {"gli", kIt}, {"di", kIt}, {"della", kIt}, {"che", kIt}, {"nel", kIt}, {"alla", kIt},
       {"dei", kIt}, {"sono", kIt}, {"anche", kIt},
       // Dutch
       {"het", kNl}, {"een", kNl}, {"voor", kNl}, {"werd", kNl}, {"zijn", kNl}, {"niet", kNl}},
      /*lower=*/true);
  int en = 0, other = 0, es_pt = 0;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !IsAlpha(text[i])) ++i;
    const size_t b = i;
    while (i < text.size() && IsAlpha(text[i])) ++i;
    if (i < text.size() && static_cast<unsigned char>(text[i]) >= 0x80) {  // a word with accents: not listed
      while (i < text.size() && (IsAlpha(text[i]) || static_cast<unsigned char>(text[i]) >= 0x80)) ++i;
      continue;
    }
    if (const Lang* l = kWords->Find(text.substr(b, i - b))) {
      if (*l == kEn) ++en;
      else ++other;
      if (*l == kEsPt) ++es_pt;
    }
  }
  NumberStyle style;
  style.dot_groups = en == 0 ? other >= 1 : other >= 2 && other > en;
  style.mil_thousand = en == 0 ? es_pt >= 1 : es_pt >= 2 && es_pt > en;
  return style;
}

// Whether a kNumber match reads the same in every language: no grouping a reader could take
// for a decimal mark and no space inside.
bool PlainDigits(std::string_view m) {
  return std::all_of(m.begin(), m.end(), [](char c) { return IsDigit(c); });
}

// A scale word of kScale right after pos: the word, and which kind: a word ("million", "lakh",
// "MM"), an abbreviation ("bn", "mn") or a single letter ("m", "K").
struct ScaleHit {
  std::string_view word;
  double value = 1;
  bool foreign = false;  // a scale word of another language than English, from the table
  enum Kind { kNone, kWord, kAbbreviation, kLetter } kind = kNone;
  explicit operator bool() const { return kind != kNone; }
};

// Whether the figure ending at pos stands in running text: a word in small letters of four
// letters or more among the six words before the figure, in its sentence (a headline in title
// case has none).
bool RunningTextAround(std::string_view text, size_t pos, size_t after) {
  size_t p = pos;
  while (p > 0 && text[p - 1] != ' ' && text[p - 1] != '\n') --p;  // the figure's start
  for (int n = 0; n < 6 && p > 0; ++n) {
    while (p > 0 && text[p - 1] == ' ') --p;
    if (p == 0 || text[p - 1] == '\n' || text[p - 1] == '.' || text[p - 1] == '!' || text[p - 1] == '?') break;
    const size_t e = p;
    while (p > 0 && text[p - 1] != ' ' && text[p - 1] != '\n') --p;
    const std::string_view w = text.substr(p, e - p);
    size_t letters = 0;
    for (char c : w) letters += IsAlpha(c);
    if (letters >= 4 && w[0] >= 'a' && w[0] <= 'z') return true;
  }
  // ... or among the six words after the scale word at `after` ("The 6 Hundred Acre Wood trails
  // were closed", "No. 3 Thousand Oaks beat").
  p = after;
  for (int n = 0; n < 6 && p < text.size(); ++n) {
    while (p < text.size() && text[p] == ' ') ++p;
    const size_t b = p;
    while (p < text.size() && text[p] != ' ' && text[p] != '\n') ++p;
    const std::string_view w = text.substr(b, p - b);
    size_t letters = 0;
    for (char c : w) letters += IsAlpha(c);
    if (letters >= 4 && !w.empty() && w[0] >= 'a' && w[0] <= 'z') return true;
    if (p >= text.size() || text[p] == '\n' || (!w.empty() && (w.back() == '.' || w.back() == '!' || w.back() == '?')))
      break;
  }
  return false;
}

// The scale word of the number-word table at `pos` (after one space): "млрд", "Milliarden", "mil
// millones", "亿", "mil", and English's as the table has them; none when the table has none there.
ScaleHit TableScale(std::string_view text, size_t pos) {
  const size_t at = pos < text.size() && IsSpace(text[pos]) ? pos + 1 : pos;
  size_t end = 0;
  const TableEntry* e = Tables::Get().scales.LongestAt(text, at, &end);
  if (!e) return {};
  ScaleHit hit;
  hit.word = text.substr(at, end - at);
  hit.value = e->value;
  hit.foreign = e->lang != "en";
  hit.kind = ScaleHit::kWord;
  return hit;
}

ScaleHit FindScale(const RE2& scale, std::string_view text, size_t pos) {
  std::string_view m;
  const char next = NextByte(text, pos);
  if (!IsAlpha(next) || !WindowMatch(scale, text, pos, pos + 16, &m)) {
    // The scale words of other languages ("млрд", "Milliarden", "mil millones", "亿"), and
    // "mil": from the number-word table.
    if (next == '\0' || IsDigit(next)) return {};
    return TableScale(text, pos);
  }
  ScaleHit hit;
  hit.word = TrimSpaces(m);
  // A scale word in title case inside running text is a name's ("12 Thousand Oaks residents",
  // "2 Billion Dollar Question", German's "1 Billion Dollar", a thousand times more): taken in a
  // headline ("China Has 1.4 Billion People") or in capitals ("$3 TRILLION") only. (A capitalized
  // "Million" then reads as the table's, as before.)
  if (hit.word.size() > 3 && hit.word[0] >= 'A' && hit.word[0] <= 'Z' && hit.word[1] >= 'a' && hit.word[1] <= 'z' &&
      RunningTextAround(text, pos, static_cast<size_t>(hit.word.data() + hit.word.size() - text.data())))
    return TableScale(text, pos);
  hit.value = ScaleOf(hit.word);
  if (hit.word.size() == 1) hit.kind = ScaleHit::kLetter;
  else if (hit.word == "bn" || hit.word == "mn" || hit.word == "mln" || hit.word == "tn" || hit.word == "trn")
    hit.kind = ScaleHit::kAbbreviation;
  else hit.kind = ScaleHit::kWord;
  return hit;
}

// The approximation of kApprox ending just before pos ("about 20"), named as ApproxOf names it;
// "exact" without one.
std::string ApproxBefore(const RE2& approx, std::string_view text, size_t pos, bool level = false) {
  // "~25 min", "sub-7 nanometre".
  if (pos > 0 && text[pos - 1] == '~') return "about";
  if (pos >= 4 && ascii::EqualsLower(text.substr(pos - 4, 4), "sub-")) return "less_than";
  std::string_view m;
  if (!MayFollowApprox(text, pos) || !WindowMatch(approx, text, pos >= 24 ? pos - 24 : 0, pos, &m))
    return "exact";
  m = TrimSpaces(m);
  // "revised up to 3%", "inched up to 4.5%", "moved up to $50": a verb's particle and the level
  // it reached (`level`: a percent, an amount of money or a bare figure), no bound; but "moved up
  // to 5,000 troops", "moved up to 3 feet" are.
  if (level && m.size() >= 5 && ascii::EqualsLower(m.substr(0, 5), "up to")) {
    const size_t at = static_cast<size_t>(m.data() - text.data());
    size_t wb = at > 0 && text[at - 1] == ' ' ? at - 1 : at;
    const size_t we = wb;
    while (wb > 0 && IsAlpha(text[wb - 1])) --wb;
    if (we + 1 == at && wb < we && chunk::ParticleVerbPast(text.substr(wb, we - wb))) return "exact";
  }
  return ApproxOf(m);
}


// Where kNumber's leftmost match from `from` starts: the first digit, or a '.' before one. The
// pattern is then run anchored there, sparing RE2 its unanchored search.
size_t NextNumberStart(std::string_view text, size_t from) {
  for (size_t i = from; i < text.size(); ++i) {
    if (IsDigit(text[i])) return i;
    // A '.' after a letter ends a word ("Rs.500", "No.5"): the number is the digits.
    if (text[i] == '.' && i + 1 < text.size() && IsDigit(text[i + 1]) && !(i > 0 && IsAlpha(text[i - 1]))) return i;
  }
  return std::string_view::npos;
}

bool IsNumberWord(std::string_view w) {
  static const auto* words = [] {
    std::vector<std::pair<std::string_view, bool>> list;
    std::string_view all = kNumberWord;
    for (size_t at = 0; at <= all.size();) {
      size_t bar = all.find('|', at);
      if (bar == std::string_view::npos) bar = all.size();
      list.emplace_back(all.substr(at, bar - at), true);
      at = bar + 1;
    }
    return new ascii::WordMap<bool>(list, /*lower=*/true);
  }();
  // Most words are ruled out by length or first letter before the lookup: number words run
  // from 3 ("one") to 9 ("seventeen") letters and start with one of these.
  if (w.size() < 3 || w.size() > 9) return false;
  switch (ascii::LowerByte(w[0])) {
    case 'z': case 'o': case 't': case 'f': case 's': case 'e': case 'n': case 'h': case 'm':
    case 'b': case 'd': case 'p':
      return words->Find(w) != nullptr;
    default:
      return false;
  }
}



// The letters starting at pos.
std::string_view WordAfter(std::string_view text, size_t pos) {
  size_t e = pos;
  while (e < text.size() && IsAlpha(text[e])) ++e;
  return text.substr(pos, e - pos);
}

// Whether text at byte `at` names an airliner: a model's number and then a variant ("737-8200")
// or a word for the aircraft ("787 Dreamliners", "737 Max jets").
bool AirlinerAt(std::string_view text, size_t at) {
  if (at + 5 > text.size() || !IsAirlinerModel(text.substr(at, 3))) return false;
  const size_t e = at + 3;
  return (text[e] == '-' && ascii::IsWordByte(text[e + 1])) || (text[e] == ' ' && NamesAircraft(WordAfter(text, e + 1)));
}

std::string_view WordBefore(std::string_view text, size_t pos) {
  size_t e = pos;
  while (e > 0 && text[e - 1] == ' ') --e;
  size_t b = e;
  while (b > 0 && (IsAlpha(text[b - 1]) || text[b - 1] == '.')) --b;
  return text.substr(b, e - b);
}

// Whether w, a capitalized word of text before a figure, is a headline's verb: HeadlineVerb, after
// the headline's subject in capitals or an infinitive's "to" ("Blizzard Claims 4 Lives", "Ford to
// Cut 3,000 Jobs"); not a name's word at a sentence's start or after small letters ("Claims 3
// through 7 of the patent", "struck down Claims 3 and 4", "The Hosts 2").
bool HeadlineVerbBefore(std::string_view text, std::string_view w, size_t figure_begin) {
  if (!chunk::HeadlineVerb(w)) return false;
  // A count goes on in small letters, in a plural in capitals or ends its clause ("Kills 8 at",
  // "Cuts 500 Jobs", "Kills 12, Leaves"); a model's number goes on in a singular or in capitals
  // ("Cuts 737 MAX Order", "Unveils 911 Hybrid", "Recalls 3 Series Sedans").
  size_t e = figure_begin;
  while (e < text.size() && (IsDigit(text[e]) || text[e] == ',' || text[e] == '.')) ++e;
  if (e + 1 < text.size() && text[e] == ' ' && text[e + 1] >= 'A' && text[e + 1] <= 'Z') {
    size_t ne = e + 1;
    while (ne < text.size() && (IsAlpha(text[ne]) || text[ne] == '-')) ++ne;
    std::string_view next = text.substr(e + 1, ne - e - 1);
    // (An adjective between the count and its plural: "Hires 200 New Nurses".)
    if (chunk::HeadlineAdjective(next) && ne + 1 < text.size() &&
        text[ne] == ' ' && text[ne + 1] >= 'A' && text[ne + 1] <= 'Z') {
      const size_t b2 = ne + 1;
      ne = b2;
      while (ne < text.size() && (IsAlpha(text[ne]) || text[ne] == '-')) ++ne;
      next = text.substr(b2, ne - b2);
    }
    const bool caps = std::all_of(next.begin(), next.end(), [](char c) { return !(c >= 'a' && c <= 'z'); });
    const chunk::WordClass nc = chunk::Classify(next);
    const bool function = nc == chunk::WordClass::kPreposition || nc == chunk::WordClass::kSubordinator ||
                          nc == chunk::WordClass::kConjunction ||  // ("Police Arrest 12 After Protest")
                          next == "Including";                     // ("Gunman Kills 3 Including Child")
    if (!function && (caps || !(chunk::PluralShape(next) && !next.ends_with("ies"))))
      // (A scale word after it is no model: "Recalls 2 Million Cars".)
      if (!ascii::EqualsLower(next, "million") && !ascii::EqualsLower(next, "billion") &&
          !ascii::EqualsLower(next, "thousand") && !ascii::EqualsLower(next, "trillion"))
        return false;
  }
  const std::string_view p = WordBefore(text, static_cast<size_t>(w.data() - text.data()));
  if (p.empty() || p.back() == '.') return false;
  if (p == "to" || p == "To") return true;
  // A base form that is as often a noun only after "to" ("Apple Final Cut 10").
  if (chunk::NounAsOften(w) && !(w.back() == 's' || w.back() == 'S')) return false;
  return p[0] >= 'A' && p[0] <= 'Z' && chunk::Classify(p) == chunk::WordClass::kContent;
}

// Whether the figure starting at byte b of text follows a capitalized word right before it
// ("Channel 4", "Formula 1"): a number that is part of a name.
// ("About 30 Republicans", "The 45 Ukrainians", "Nearly 500": a sentence's first word is none.)
bool NameBefore(std::string_view text, size_t b) {
  if (b < 2 || text[b - 1] != ' ' || !IsAlpha(text[b - 2])) return false;
  size_t s = b - 2;
  while (s > 0 && IsAlpha(text[s - 1])) --s;
  const std::string_view w = text.substr(s, b - 1 - s);
  return w[0] >= 'A' && w[0] <= 'Z' && chunk::Classify(w) == chunk::WordClass::kContent && !w.ends_with("ly") &&
         !HeadlineVerbBefore(text, w, b);  // ("Ford to Cut 3,000 Jobs")
}

// Whether the figure at byte b is a number spelled with a capital that opens a sentence: a
// firm's name as often as a count ("Six Flags said", "Five Guys opened", "Three Arrows Capital").
bool SpelledOpening(std::string_view text, size_t b) {
  if (b >= text.size() || text[b] < 'A' || text[b] > 'Z') return false;
  size_t p = b;
  while (p > 0 && text[p - 1] == ' ') --p;
  return p == 0 || text[p - 1] == '.' || text[p - 1] == '\n' || text[p - 1] == '!' || text[p - 1] == '?' ||
         text[p - 1] == '"';
}

bool SingularName(std::string_view w);

// Whether w is a capitalized plural that names what is counted ("Oscars", "Democrats", "Super
// Bowls"): not a place's name ("10 Hudson Yards", "1 Grosvenor Gardens"), a weekday's ("at 9
// Sundays") or a singular in -s ("Paris", "Campus", "Congress", "Reuters's").
bool PluralName(std::string_view w) {
  if (w.size() <= 3 || w[0] < 'A' || w[0] > 'Z' || !w.ends_with("s") || w.ends_with("ss") || w.ends_with("us") ||
      w.ends_with("is") || w.ends_with("'s"))
    return false;
  static const auto* places = new ascii::WordMap<bool>(
      {{"yards", true}, {"gardens", true}, {"heights", true}, {"towers", true}, {"mews", true},
       {"terraces", true}, {"commons", true}, {"hills", true}, {"docks", true}, {"fields", true},
       {"springs", true}, {"falls", true}, {"lakes", true}, {"woods", true}, {"parks", true},
       {"estates", true}, {"plains", true}, {"meadows", true}, {"oaks", true}, {"pines", true},
       {"acres", true}, {"crossings", true}, {"gates", true}, {"grounds", true}, {"lanes", true},
       {"chambers", true}, {"buildings", true}, {"flats", true}, {"mondays", true}, {"tuesdays", true},
       {"wednesdays", true}, {"thursdays", true}, {"fridays", true}, {"saturdays", true}, {"sundays", true},
       {"weekdays", true}, {"weekends", true}},
      /*lower=*/true);
  return places->Find(w) == nullptr && !SingularName(w);
}

// Names in -s of one thing: places, people, firms ("Five Dallas police officers", "5 Wells Fargo
// branches", "12 Texas refineries").
bool SingularName(std::string_view w) {
  static const auto* singular = new ascii::WordMap<bool>(
      {{"texas", true}, {"kansas", true}, {"dallas", true}, {"arkansas", true}, {"angeles", true},
       {"vegas", true}, {"wells", true}, {"sears", true}, {"philippines", true}, {"athens", true},
       {"brussels", true}, {"mercedes", true}, {"jones", true}, {"williams", true}, {"adams", true},
       {"abrams", true}, {"holdings", true}, {"netherlands", true}, {"bahamas", true}, {"honduras", true},
       {"caracas", true}, {"lagos", true}, {"carlos", true}, {"marcos", true}, {"douglas", true},
       {"thomas", true}, {"nicholas", true}, {"charles", true}, {"james", true}, {"andrews", true},
       {"roberts", true}, {"peters", true}, {"hughes", true}, {"barnes", true}, {"reynolds", true},
       {"airways", true}, {"airlines", true}, {"olympics", true}, {"news", true},
       {"times", true}, {"series", true}, {"sciences", true}, {"systems", true}, {"industries", true},
       {"communications", true}, {"technologies", true}, {"motors", true}, {"pharmaceuticals", true}},
      /*lower=*/true);
  return singular->Find(w) != nullptr;
}

// Words that end a counted noun phrase.
bool IsStopWord(std::string_view w) {
  static const auto* stop = [] {
    std::vector<std::pair<std::string_view, bool>> list;
    for (std::string_view x :
         {"of", "in", "to", "for", "on", "at", "by", "with", "from", "and", "or", "the", "a", "an",
          "that", "which", "who", "was", "were", "is", "are", "has", "have", "had", "will", "would",
          "said", "says", "than", "as", "per", "into", "over", "since", "before", "after", "this",
          "these", "those", "its", "their", "his", "her", "more", "less", "be", "been", "it",
          "percent", "times", "ago", "earlier", "later", "should", "could", "can", "may", "might",
          "must", "shall", "do", "does", "did", "not", "also", "up", "down", "now", "already",
          "each", "still", "just", "including", "excluding", "according"})
      list.emplace_back(x, true);
    return new ascii::WordMap<bool>(list, /*lower=*/true);
  }();
  return stop->Find(w) != nullptr;
}

// Words of video around a resolution ("1080p video", "streams in 720p"), and of mobile networks
// around a generation ("5G network", "the 4G rollout"; not "3G turf", "pulled 9G").
constexpr std::string_view kVideoWords[] = {"video", "resolution", "display", "screen", "stream", "streaming",
                                            "camera", "record", "footage", "HD", "pixel", "monitor", "TV",
                                            "frames", "fps", "YouTube", "Netflix", "upscal", "4K", "8K", "projector"};
constexpr std::string_view kNetworkWords[] = {"network", "mobile", "wireless", "phone", "spectrum", "LTE",
                                              "telecom", "carrier", "broadband", "coverage", "connectivity",
                                              "data", "signal", "modem", "handset", "operator", "rollout",
                                              "cellular", "Huawei", "Ericsson", "Nokia", "Qualcomm", "iPhone",
                                              "Android", "tower", "mast", "subscriber", "internet", "download"};


// Words of interest rates and yields around a share of a point ("cut rates by a quarter point").
// and of the central banks that move them ("The Fed cut by a quarter point", "The ECB hiked half a
// point"). (Not a bond's: its price moves in points of par, "bond prices fell half a point".)
constexpr std::string_view kRateWords[] = {"rate", "yield", "inflation", "unemployment", "jobless", "borrowing",
                                           "basis", "mortgage", "fed", "ecb", "central bank", "monetary", "policy",
                                           "benchmark", "hike"};

// Words of temperature itself around a spaced "C" or "F" ("temperatures to 49.9 C").
constexpr std::string_view kTemperatureWords[] = {"temperature", "degree", "heatwave", "heat wave", "celsius", "fahrenheit",
                                                  "warming", "thermometer", "mercury", "highs", "lows", "hottest",
                                                  "coldest", "warmest", "frost", "freezing"};

// Whether one of `words` (as the start of a word, any case) stands within 60 bytes of [b, e).
template <size_t N>
bool WordsNear(std::string_view text, size_t b, size_t e, const std::string_view (&words)[N]) {
  const size_t lo = b > 60 ? b - 60 : 0;
  const std::string around = ascii::Lower(text.substr(lo, std::min(text.size(), e + 60) - lo));
  for (std::string_view w : words) {
    const std::string lw = ascii::Lower(w);
    for (size_t at = 0; (at = around.find(lw, at)) != std::string::npos; ++at)
      if (at == 0 || !IsAlpha(around[at - 1])) return true;
  }
  return false;
}

// Whether "pounds" after the figure at [b, e) weighs ("He weighs 200 pounds", "The baby weighed 8
// pounds", "20 pounds heavier", "lost 20 pounds in weight"): a verb of weighing in the clause
// before the figure (at most 40 bytes back, no clause mark between) or weight named right after
// it, and no word of money near it ("fined 500 pounds", "received 300 pounds").
bool PoundsOfWeight(std::string_view text, size_t b, size_t e) {
  static constexpr std::string_view kMoney[] = {"sterling", "\xC2\xA3", "per share", "a share", "million", "billion",
                                                "cost", "price", "paid", "pay", "worth", "spen", "fine", "salary",
                                                "wage", "euro", "dollar", "pence", "tax", "bill", "fee", "profit",
                                                "revenue", "sale", "sell", "sold", "buy", "bought", "charge", "bank",
                                                "money", "cash", "budget", "earn", "income", "loan", "debt", "receiv",
                                                "given", "won", "winn", "donat", "benefit", "wealth", "award", "raise"};
  // (A conversion of a weight beside it: "236 kilograms (520 pounds)", "520 pounds (236 kg)".)
  {
    const std::string_view before = text.substr(0, b);
    for (std::string_view w : {"kilograms (", "kilogrammes (", "kilos (", "kg (", "tonnes (", "tons ("})
      if (before.ends_with(w)) return true;
    const std::string_view after = text.substr(e, 24);
    if (after.starts_with(" (") && after.find(')') != std::string_view::npos) {
      const std::string_view in = after.substr(2, after.find(')') - 2);
      for (std::string_view w : {" kilograms", " kilogrammes", " kilos", " kg", "kg", " tonnes"})
        if (in.ends_with(w)) return true;
    }
  }
  if (WordsNear(text, b, e, kMoney)) return false;
  const std::string_view after = text.substr(e);
  if (after.starts_with(" heavier") || after.starts_with(" lighter") || after.starts_with(" overweight") ||
      after.starts_with(" in weight") || after.starts_with(" of weight") || after.starts_with(" of body weight"))
    return true;
  const size_t lo = b > 40 ? b - 40 : 0;
  const std::string_view before = text.substr(lo, b - lo);
  const size_t mark = before.find_last_of(";:,.!?");
  const std::string lower = ascii::Lower(mark == std::string_view::npos ? before : before.substr(mark + 1));
  for (size_t at = lower.find("weigh"); at != std::string::npos; at = lower.find("weigh", at + 1))
    if (at == 0 || !IsAlpha(lower[at - 1])) return true;
  return false;
}

// Whether "PS" glued before the figure at [b, e) is the pound sign as an ASCII folding of the text
// writes it ("£2.7m" -> "PS2.7m"), not a console's name ("PS5", "PS4 Pro"): a figure with a
// decimal point or a comma, of three digits or more, or with a scale after it.
bool AsciiPound(std::string_view text, size_t b, size_t e) {
  if (b < 2 || text[b - 1] != 'S' || text[b - 2] != 'P' || (b > 2 && IsAlpha(text[b - 3]))) return false;
  const std::string_view digits = text.substr(b, e - b);
  const std::string_view after = text.substr(e);
  const bool scale = after.starts_with("m ") || after.starts_with("m.") || after.starts_with("m,") || after == "m" ||
                     after.starts_with("bn") || after.starts_with(" million") || after.starts_with(" billion");
  return digits.find_first_of(".,") != std::string_view::npos || digits.size() >= 3 || scale;
}

// Whether a plural is as often a noun's modifier ("sales staff", "goods trains", "financial
// services firms"; not "men", "women": "found 3 men guilty").
bool ModifierPlural(std::string_view w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"sales", true}, {"sports", true}, {"goods", true}, {"arms", true},
       {"customs", true}, {"news", true}, {"savings", true}, {"drugs", true}, {"weapons", true}, {"burns", true},
       {"services", true}, {"operations", true}, {"systems", true}, {"communications", true}, {"arts", true},
       {"electronics", true}, {"materials", true}, {"chemicals", true},
       {"sciences", true}, {"affairs", true}, {"rights", true}},
      /*lower=*/true);
  return m->Find(w) != nullptr;
}

// Whether a plural is one counted in millions after a glued "m" ("3m people", "2m households"):
// people and what they are counted as, homes, jobs, sales, goods and doses; no length's noun
// ("400m hurdles", "25m pools", "10m flames").
bool MillionsNoun(std::string_view w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"people", true}, {"persons", true}, {"users", true}, {"customers", true}, {"viewers", true},
       {"subscribers", true}, {"households", true}, {"homes", true}, {"jobs", true}, {"voters", true},
       {"members", true}, {"residents", true}, {"visitors", true}, {"passengers", true}, {"tonnes", true},
       {"tons", true}, {"barrels", true}, {"shares", true}, {"doses", true}, {"units", true}, {"copies", true},
       {"cars", true}, {"vehicles", true}, {"workers", true}, {"employees", true}, {"patients", true},
       {"children", true}, {"adults", true}, {"pupils", true}, {"students", true}, {"families", true},
       {"listeners", true}, {"readers", true}, {"followers", true}, {"downloads", true}, {"accounts", true},
       {"tourists", true}, {"migrants", true}, {"refugees", true}, {"devices", true}, {"phones", true},
       {"acres", true}, {"hectares", true}, {"trees", true}, {"votes", true}, {"tickets", true},
       {"savers", true}, {"pensioners", true}, {"claimants", true}, {"carers", true}, {"women", true},
       {"men", true}, {"citizens", true}, {"consumers", true}, {"borrowers", true}, {"taxpayers", true},
       {"properties", true}, {"animals", true}, {"birds", true}, {"cases", true},
       {"infections", true}, {"deaths", true}, {"tests", true}, {"vaccinations", true}, {"items", true},
       {"parcels", true}, {"packages", true}, {"meals", true}, {"bottles", true}, {"litres", true},
       {"gallons", true}, {"miles", true}, {"kilometres", true}, {"hours", true}, {"views", true},
       {"streams", true}, {"plays", true}, {"sales", true}, {"orders", true}, {"applications", true},
       {"inhabitants", true}, {"farmers", true}, {"chickens", true}, {"pigs", true}, {"fans", true},
       {"supporters", true}, {"speakers", true}, {"immigrants", true}, {"smokers", true}, {"drivers", true},
       {"motorists", true}, {"commuters", true}, {"tenants", true}, {"renters", true}, {"homeowners", true},
       {"retirees", true}, {"graduates", true}, {"shoppers", true}, {"investors", true}, {"clients", true},
       {"cattle", true}, {"sheep", true}, {"livestock", true}, {"poultry", true}},
      /*lower=*/true);
  return m->Find(w) != nullptr;
}

// Whether the words after a glued "m" ending at `at` make it metres: a word of size after a space
// or a hyphen ("3m high", "a 3m-high wall", "2m tall", "10m deep", "5m away").
bool GluedMetres(std::string_view text, size_t at) {
  if (at >= text.size() || (text[at] != ' ' && text[at] != '-')) return false;
  size_t we = at + 1;
  while (we < text.size() && IsAlpha(text[we])) ++we;
  const std::string_view w = text.substr(at + 1, we - at - 1);
  // (A weight's word is no length's; "away", "apart" and "across" only after a space.)
  return chunk::SizeAdjective(w) && w != "heavy" &&
         (text[at] == ' ' || !(w == "away" || w == "apart" || w == "across"));
}

// Whether "C" or "F" glued to the figure at [b, e) is degrees ("Temperatures hit 47.6C", "limit
// warming to 1.5C", "It was 95F, the forecast said"): a whole word of temperature within 60
// bytes, and no label's word right before the number, whose code it would be ("Room 12C was
// cold", "seat 14F on a hot flight", "Form 10F", "the 5C bus").
bool TemperatureAt(std::string_view text, size_t b, size_t e) {
  static const auto* labels = new ascii::WordMap<bool>(
      {{"room", true}, {"seat", true}, {"gate", true}, {"form", true}, {"flat", true}, {"apartment", true},
       {"apt", true}, {"unit", true}, {"section", true}, {"terminal", true}, {"platform", true}, {"model", true},
       {"type", true}, {"level", true}, {"size", true}, {"bus", true}, {"route", true}, {"grade", true},
       {"line", true}, {"class", true}, {"row", true}, {"suite", true}, {"floor", true}, {"block", true},
       {"pier", true}, {"bay", true}, {"lot", true}, {"exit", true}, {"ward", true}, {"court", true},
       {"building", true}, {"no", true}, {"number", true}, {"chapter", true}, {"article", true},
       {"schedule", true}, {"box", true}, {"cabin", true}, {"berth", true}, {"stand", true}, {"hall", true},
       {"door", true}, {"page", true}, {"part", true}, {"item", true}, {"band", true}, {"tier", true},
       {"vitamin", true}, {"stage", true}, {"phase", true}, {"category", true}, {"version", true}},
      /*lower=*/true);
  const std::string_view before = WordBefore(text, b);
  if (labels->Find(before) != nullptr) return false;
  static const auto* words = new ascii::WordMap<bool>(
      {{"temperature", true}, {"temperatures", true}, {"degree", true}, {"degrees", true}, {"warming", true},
       {"heat", true}, {"heatwave", true}, {"heatwaves", true}, {"celsius", true}, {"fahrenheit", true},
       {"thermometer", true}, {"thermometers", true}, {"mercury", true}, {"highs", true}, {"lows", true},
       {"forecast", true}, {"forecasters", true}, {"warmer", true}, {"colder", true}, {"hotter", true},
       {"cooler", true}, {"freezing", true}, {"frost", true}, {"weather", true}, {"climate", true},
       {"cold", true}, {"hot", true}, {"warm", true}, {"balmy", true}, {"scorching", true}, {"sweltering", true},
       {"chill", true}, {"wind", true}, {"cooked", true}, {"cook", true}, {"oven", true}, {"boiling", true},
       {"bake", true}, {"baked", true}, {"preheat", true}, {"heated", true}, {"stored", true}, {"storage", true},
       {"melts", true}, {"boils", true}, {"fridge", true}, {"freezer", true}, {"freezers", true},
       {"thermostat", true}, {"thermostats", true}, {"warmest", true}, {"coldest", true}, {"hottest", true}, {"high", true},
       {"low", true}},
      /*lower=*/true);
  // (A capitalized word right before the number names what it codes: "Question 7C", "Studio 3F",
  // "HB 2C"; not a word of temperature: "Highs 30C".)
  if (!before.empty() && before[0] >= 'A' && before[0] <= 'Z' && words->Find(before) == nullptr && before != "The" &&
      before != "A" && before != "An" && before != "This" && before != "That" && before != "Its")
    return false;
  // (Or right after a verb that records a reading: "Paris recorded 40C on Tuesday", "Seville hit 44C".)
  static const auto* readings = new ascii::WordMap<bool>(
      {{"recorded", true}, {"registered", true}, {"reached", true}, {"hit", true}, {"topped", true},
       {"touched", true}, {"peaked", true}, {"recording", true}, {"reaching", true}, {"hitting", true},
       {"topping", true}, {"touching", true}, {"peaking", true}, {"records", true}, {"reaches", true}, {"hits", true}},
      /*lower=*/true);
  if (readings->Find(before) != nullptr && e - b <= 4) return true;
  // (Anywhere in a long sentence: "the record of 1.55C set in 2024, and the 2023-2025 period was
  // the first three-year stretch to average more than 1.5C of warming".)
  const size_t lo = b > 240 ? b - 240 : 0, hi = std::min(text.size(), e + 240);
  for (size_t at = lo; at < hi;) {
    while (at < hi && !IsAlpha(text[at])) ++at;
    size_t we = at;
    while (we < hi && IsAlpha(text[we])) ++we;
    if (we > at && (at == 0 || !IsAlpha(text[at - 1])) && (we >= text.size() || !IsAlpha(text[we])) &&
        words->Find(text.substr(at, we - at)) != nullptr)
      return true;
    at = we;
  }
  return false;
}

// Whether a figure in "p" at [b, e) is a video's lines ("1080p video"), not pence ("rose to 720p").
bool VideoLines(std::string_view text, double v, size_t b, size_t e) {
  static constexpr double kLines[] = {144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320};
  return std::find(std::begin(kLines), std::end(kLines), v) != std::end(kLines) && WordsNear(text, b, e, kVideoWords);
}

// Whether the span of time a rate would be per, ending at `end` ("a year", "a day"), names a time
// instead: "5 miles a day earlier", "$3 a year ago", "3 inches a day ahead of the storm" (a time
// before or after), "3 miles a day's walk" (a distance).
bool SpanIsTime(std::string_view text, size_t end) {
  if (end >= text.size()) return false;
  // (A possessive "'s", not a closing quote: "'$5 a day'".)
  const std::string_view rest = text.substr(end);
  const size_t quote = rest.starts_with("'") ? 1 : rest.starts_with("\xE2\x80\x99") ? 3 : 0;
  if (quote > 0 && rest.size() > quote && (rest[quote] == 's' || rest[quote] == 'S') &&
      (rest.size() == quote + 1 || !IsAlpha(rest[quote + 1])))
    return true;
  static const auto* when = new ascii::WordMap<bool>(
      {{"earlier", true}, {"ago", true}, {"before", true}, {"later", true}, {"after", true}, {"ahead", true}},
      /*lower=*/true);
  return text[end] == ' ' && when->Find(WordAfter(text, end + 1)) != nullptr;
}

// Whether the word at `at`, after "per", names what a rate is per ("$5 per share", "2 tonnes per
// hectare"), not the source of a figure ("40 kilograms per the indictment", "26 miles per his
// plan", "10 inches per NWS's count"): a content word, not a determiner, pronoun or possessive.
bool PerWord(std::string_view text, size_t at) {
  const std::string_view w = WordAfter(text, at);
  if (w.empty()) return false;
  const size_t e = at + w.size();
  if (e < text.size() && (text[e] == '\'' || text.substr(e).starts_with("\xE2\x80\x99"))) return false;
  // ("300 yards per ESPN", "3 kilograms per prosecutors", "90 miles per police": a source.)
  // ("2.5 ounces per state law", "12 hours per union rules": a source's or a rule's noun right
  // after, or one word on.)
  static const auto* sources = new ascii::WordMap<bool>(
      {{"police", true}, {"prosecutors", true}, {"officials", true}, {"authorities", true}, {"sources", true},
       {"reports", true}, {"records", true}, {"witnesses", true}, {"data", true}, {"documents", true},
       {"court", true}, {"investigators", true}, {"estimates", true}, {"filings", true}, {"statement", true},
       {"law", true}, {"laws", true}, {"rules", true}, {"regulations", true}, {"guidelines", true},
       {"guidance", true}, {"agreement", true}, {"contract", true}, {"policy", true}, {"specifications", true},
       {"specs", true}, {"requirements", true}, {"standards", true}, {"terms", true}, {"analysts", true},
       {"experts", true}, {"forecasts", true}, {"figures", true}, {"statistics", true}, {"reporting", true},
       {"ruling", true}, {"order", true}, {"statute", true}, {"code", true}},
      /*lower=*/true);
  if (sources->Find(w) != nullptr) return false;
  if (e + 1 < text.size() && text[e] == ' ' && sources->Find(WordAfter(text, e + 1)) != nullptr) return false;
  // A capitalized word only when it is a unit ("per MWh", "per GB"; not "per ESPN", "per Cal Fire").
  if (w[0] >= 'A' && w[0] <= 'Z') {
    size_t end = 0;
    const Tables& t = Tables::Get();
    return (t.units.LongestAt(text, at, &end) || t.rate_nouns.LongestAt(text, at, &end)) && end == e;
  }
  return chunk::Classify(w) == chunk::WordClass::kContent;
}

// The word after "per" at `at` with its hyphened parts ("kilowatt-hour", "man-day").
std::string_view PerNoun(std::string_view text, size_t at) {
  size_t e = at;
  while (e < text.size() && (IsAlpha(text[e]) || (text[e] == '-' && e + 1 < text.size() && IsAlpha(text[e + 1])))) ++e;
  return text.substr(at, e - at);
}

// The noun a count of part of a group counts, after the figure at e: "Two of the deputies",
// "three of its stores", "two of Johnson's deputies", "one of the largest banks" give "deputies",
// "stores", "largest banks". A determiner or a possessive, then one or two words of which the
// last is a plural in small letters; not "5 of the 7 members", "two of them", "three of the
// store's", nor a plural that goes on as a noun's modifier ("two of the stores managers"). "40 of
// them children" at a clause's end gives "children".
bool PartitiveNoun(std::string_view text, size_t e, std::string* noun) {
  if (!text.substr(e).starts_with(" of ")) return false;
  size_t pos = e + 4;
  auto word_at = [&](size_t at, size_t* end) {
    size_t we = at;
    while (we < text.size() && (IsAlpha(text[we]) || text[we] == '\'' || text[we] == '-')) ++we;
    *end = we;
    return text.substr(at, we - at);
  };
  size_t we = 0;
  std::string_view w = word_at(pos, &we);
  static const auto* det = new ascii::WordMap<bool>(
      {{"the", true}, {"its", true}, {"their", true}, {"his", true}, {"her", true}, {"our", true},
       {"your", true}, {"these", true}, {"those", true}, {"my", true}},
      /*lower=*/true);
  const bool possessive = w.size() > 2 && (w.ends_with("'s") || w.ends_with("s'"));
  // ("120 patients, 40 of them children": the plural right after "them" that ends the clause.)
  if (w == "them" && we + 1 < text.size() && text[we] == ' ') {
    size_t pe = 0;
    const std::string_view p = word_at(we + 1, &pe);
    // (Not an adverb in -s: "10 of them overseas", "afterwards", "outdoors".)
    const bool adverb = p == "overseas" || p == "afterwards" || p == "outdoors" || p == "indoors" || p == "always" ||
                        p == "sometimes" || p == "nowadays" || p == "upwards" || p == "downwards" || p == "towards" ||
                        p == "backwards" || p == "perhaps" || p == "besides";
    const bool plural = !adverb && ((p.size() > 3 && p.ends_with("s") && !p.ends_with("ss")) || p == "children" ||
                                    p == "men" || p == "women" || p == "people");
    if (plural && p.front() >= 'a' && p.front() <= 'z' && chunk::Classify(p) == chunk::WordClass::kContent &&
        (pe >= text.size() || text[pe] == '.' || text[pe] == ',' || text[pe] == ';')) {
      *noun = std::string(p);
      return true;
    }
    return false;
  }
  // ("made 15 of 24 shots": the whole's count with no determiner.)
  const bool bare_whole = w.empty() && pos < text.size() && IsDigit(text[pos]);
  if (det->Find(w) == nullptr && !possessive && !bare_whole) return false;
  if (bare_whole) {
    // (read from the count on, below)
  } else if (we >= text.size() || text[we] != ' ') {
    return false;
  } else {
    pos = we + 1;
  }
  // ("four of the company's stores": a possessive after the determiner.)
  if (!possessive && !bare_whole) {
    size_t pe = 0;
    const std::string_view p = word_at(pos, &pe);
    if (p.size() > 2 && (p.ends_with("'s") || p.ends_with("s'")) && pe < text.size() && text[pe] == ' ') pos = pe + 1;
  }
  // ("12 of the 50 states", "12 of its last 15 games", "two of the three victims": a word of order
  // and the whole's count between.)
  bool counted = false;
  {
    size_t pe = 0;
    const std::string_view p = word_at(pos, &pe);
    // ("top" only before the count: "three of the top 10 seeds", but "the company's top executives".)
    if ((p == "last" || p == "first" || p == "past" || p == "next" ||
         (p == "top" && pe + 1 < text.size() && [&] {
           size_t ne = 0;
           return IsDigit(text[pe + 1]) || IsNumberWord(word_at(pe + 1, &ne));
         }())) &&
        pe < text.size() && text[pe] == ' ')
      pos = pe + 1;
    size_t d = pos;
    while (d < text.size() && (IsDigit(text[d]) || (text[d] == ',' && d > pos && d + 1 < text.size() && IsDigit(text[d + 1]))))
      ++d;
    const std::string_view number = word_at(pos, &pe);
    if (d > pos && d < text.size() && text[d] == ' ')
      pos = d + 1;
    else if (d == pos && IsNumberWord(number) && pe < text.size() && text[pe] == ' ')
      pos = pe + 1;
    else
      d = std::string_view::npos;
    counted = d != std::string_view::npos;
  }
  const size_t noun_begin = pos;
  for (int k = 0; k < 2; ++k) {
    w = word_at(pos, &we);
    // (After the whole's count, a plural the lists read as a verb is its noun: "the 50 states".)
    const chunk::WordClass wc = chunk::Classify(w);
    if (w.size() < 3 || w.front() < 'a' || w.front() > 'z' || IsStopWord(w) || IsMonthWord(w) || IsNumberWord(w) ||
        !(wc == chunk::WordClass::kContent || (counted && k == 0 && wc == chunk::WordClass::kVerb && w.ends_with("s"))) ||
        w.ends_with("'s") || w.ends_with("s'"))
      return false;
    const bool plural = (w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")) ||
                        w == "people" || w == "children" || w == "men" || w == "women";
    if (plural) {
      // The plural ends the noun unless a small-letter plural or noun goes on after it.
      size_t ne = 0;
      const std::string_view next = we < text.size() && text[we] == ' ' ? word_at(we + 1, &ne) : std::string_view();
      if (!next.empty() && next.front() >= 'a' && next.front() <= 'z' && next.ends_with("s") && !next.ends_with("ss") &&
          chunk::Classify(next) == chunk::WordClass::kContent)
        return false;
      *noun = Lower(text.substr(noun_begin, we - noun_begin));
      return true;
    }
    if (we >= text.size() || text[we] != ' ') return false;
    pos = we + 1;
  }
  return false;
}

}  // namespace

struct QuantityExtractor::Patterns {
  RE2 approx{kApprox};
  RE2 number{kNumber};
  RE2 scale{kScale};
  RE2 unit{kUnit};
  RE2 range_tail{kRangeTail};
  RE2 spelled{std::string(R"((?i)\b((?:)") + kNumberWord + R"()(?:(?:[ -]|\s+and\s+)(?:)" +
              kNumberWord + R"())*)\b)"};
  RE2 fraction{kFraction};
  RE2 multiplier{kMultiplier};
  RE2 between{R"((?i)\bbetween\s+$)"};
  // "one in five", "two out of three", "1 in 4": a share.
  RE2 one_in{R"((?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) (?:in|out of) (two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|\d{1,4})\b)"};
  // "3/4" but not dates ("9/11/2001") or paths.
  RE2 slash_fraction{R"((?:^|[^/\d.])(\d{1,3})/(\d{1,3})(?:[^/\d]|$))"};
  bool ok() const {
    return approx.ok() && number.ok() && scale.ok() && unit.ok() &&
           range_tail.ok() && spelled.ok() && fraction.ok() && multiplier.ok() && between.ok() &&
           slash_fraction.ok() && one_in.ok();
  }
};

QuantityExtractor::QuantityExtractor(std::unique_ptr<Patterns> p) : p_(std::move(p)) {}
QuantityExtractor::~QuantityExtractor() = default;

Result<std::unique_ptr<QuantityExtractor>> QuantityExtractor::Create() {
  auto p = std::make_unique<Patterns>();
  if (!p->ok()) return Status(StatusCode::kInternal, "extractors: a quantity pattern failed to compile");
  if (!ParseSpelledNumber("twenty-four").has_value())
    return Status(StatusCode::kInternal, "ICU: spellout rules for English are not available");
  return std::unique_ptr<QuantityExtractor>(new QuantityExtractor(std::move(p)));
}

std::string CurrencyCode(std::string_view token) {
  while (!token.empty() && token.back() == ' ') token.remove_suffix(1);
  const Tables& t = Tables::Get();
  size_t end = 0;
  for (const TableIndex* index : {&t.currency_prefix, &t.currency_suffix})
    if (const TableEntry* e = index->LongestAt(token, 0, &end); e && end == token.size()) return e->unit;
  std::string l = Lower(token);
  if (l.size() > 1 && l.back() == '$') {  // "hk $" -> "hk$", "mxn$" -> MXN
    l.erase(std::remove(l.begin(), l.end(), ' '), l.end());
    std::string code = l.substr(0, l.size() - 1);
    for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (code.size() == 3 && code != "USD") return code;
    if (const TableEntry* e = t.currency_prefix.LongestAt(l, 0, &end); e && end == l.size()) return e->unit;
  }
  return "";
}

// What one pass over a text's words (RE2's \w runs) says about the patterns worth running.
struct Cues {
  bool digit = false;       // numbers, slash fractions
  bool slash = false;       // "3/4", "1-1/2"
  bool fraction = false;    // "half", "thirds", "quarter"...
  bool multiplier = false;  // "-fold", "doubled", "halved"...
  bool one_in = false;      // "in", "out" (of "one in five", "two out of three")
  bool vague = false;       // "dozens", "thousands", "tens" (of "tens of thousands")
};

Cues ScanCues(std::string_view text, std::vector<size_t>* number_words) {
  Cues c;
  c.slash = text.find('/') != std::string_view::npos;
  number_words->clear();
  ascii::ForEachWord(text, [&](size_t wb, size_t i) {
    for (size_t k = wb; k < i && !c.digit; ++k) c.digit = IsDigit(text[k]);
    if (IsNumberWord(text.substr(wb, i - wb))) number_words->push_back(wb);
    char buf[16] = {};
    const std::string_view w = ascii::LowerInto(text.substr(wb, std::min<size_t>(i - wb, 16)), buf, sizeof buf);
    switch (w[0]) {  // the fraction words' stems, the multipliers', "in", "out"
      case 'h':
        if (w.starts_with("hal")) c.fraction = true;
        if (w.starts_with("halv")) c.multiplier = true;
        break;
      case 't':
        if (w.starts_with("third") || w.starts_with("tenth")) c.fraction = true;
        if (w.starts_with("tripl") || w.starts_with("trebl")) c.multiplier = true;
        break;
      case 'q':
        if (w.starts_with("quarter")) c.fraction = true;
        if (w.starts_with("quadrupl")) c.multiplier = true;
        break;
      case 'f': c.fraction |= w.starts_with("fifth") || w.starts_with("fourth"); break;
      case 's': c.fraction |= w.starts_with("sixth") || w.starts_with("seventh"); break;
      case 'e': c.fraction |= w.starts_with("eighth"); break;
      case 'n': c.fraction |= w.starts_with("ninth"); break;
      case 'd': c.multiplier |= w.starts_with("doubl"); break;
      case 'i': c.one_in |= w == "in"; break;
      case 'o': c.one_in |= w == "out"; break;
      default: break;
    }
    if (i - wb >= 4 && ascii::EqualsLower(text.substr(i - 4, 4), "fold")) c.multiplier = true;
    if (w == "dozens" || w == "hundreds" || w == "thousands" || w == "millions" || w == "billions" || w == "tens")
      c.vague = true;
    return true;
  });
  return c;
}

// A power of ten written after a number ending at *e: "e6", "E+14", "e-1", " x 10^6",
// "×10^-4". Advances *e past it. The exponent is bounded (|n| <= 300) so values stay finite.
bool ReadExponent(std::string_view text, size_t* e, int* exp10) {
  size_t at = *e;
  if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
    ++at;
  } else {
    size_t k = at;
    if (k < text.size() && text[k] == ' ') ++k;
    if (text.substr(k).starts_with("x")) k += 1;
    else if (text.substr(k).starts_with("\xC3\x97")) k += 2;  // U+00D7 MULTIPLICATION SIGN
    else return false;
    if (k < text.size() && text[k] == ' ') ++k;
    if (!text.substr(k).starts_with("10^")) return false;
    at = k + 3;
  }
  bool negative = false;
  if (at < text.size() && (text[at] == '+' || text[at] == '-')) negative = text[at++] == '-';
  size_t de = at;
  while (de < text.size() && de - at < 4 && IsDigit(text[de])) ++de;
  if (de == at || (de < text.size() && IsWordByte(text[de]))) return false;
  const int n = std::atoi(std::string(text.substr(at, de - at)).c_str());
  if (n > 300) return false;
  *exp10 = negative ? -n : n;
  *e = de;
  return true;
}

// Whether the whole number [b, e) set off by commas is a person's age, the way news writes one:
// after a person's noun ("The suspect, 27, faces", "a man, 31, with") or a name of two or three
// capitalized words ("John Smith, 45, of Springfield", "identified as Jane Doe, 34."), and
// followed by a comma and a word in small letters, or by the sentence's end. Not a count or a
// standing ("Of the 30 patients, 12, or 40 percent", "followed by China, 38", "Manchester United,
// 2, Liverpool, 2"), a label ("His jersey number, 23,"), a list ("Smith, 12, 45, and 67").
bool AgeAfterName(std::string_view text, size_t b, size_t e) {
  if (b < 3 || text[b - 1] != ' ' || text[b - 2] != ',' || !IsAlpha(text[b - 3]) || e >= text.size()) return false;
  if (text[e] == ',') {
    size_t n = e + 1;
    while (n < text.size() && text[n] == ' ') ++n;
    if (n >= text.size() || text[n] < 'a' || text[n] > 'z') return false;
    size_t ne = n;
    while (ne < text.size() && IsAlpha(text[ne])) ++ne;
    const std::string_view next = text.substr(n, ne - n);
    if (next == "or" || next == "including" || next == "to" || next == "percent" || next == "per") return false;
  } else if (!((text[e] == '.' || text[e] == ';') && (e + 1 >= text.size() || text[e + 1] == ' ' || text[e + 1] == '\n'))) {
    return false;
  }
  // The words before the comma, last first.
  size_t p = b - 2;
  std::string_view words[3];
  int n = 0;
  while (n < 3 && p > 0 && IsAlpha(text[p - 1])) {
    const size_t we = p;
    while (p > 0 && (IsAlpha(text[p - 1]) || text[p - 1] == '-' || text[p - 1] == '\'')) --p;
    words[n++] = text.substr(p, we - p);
    if (p == 0 || text[p - 1] != ' ') break;
    --p;
  }
  if (n == 0) return false;
  static const auto* people = new ascii::WordMap<bool>(
      {{"man", true}, {"woman", true}, {"boy", true}, {"girl", true}, {"suspect", true}, {"victim", true},
       {"driver", true}, {"teen", true}, {"teenager", true}, {"mother", true}, {"father", true}, {"son", true},
       {"daughter", true}, {"wife", true}, {"husband", true}, {"resident", true}, {"worker", true},
       {"student", true}, {"officer", true}, {"passenger", true}, {"pedestrian", true}, {"gunman", true},
       {"shooter", true}, {"cyclist", true}, {"child", true}, {"toddler", true}, {"grandmother", true},
       {"grandfather", true}, {"patient", true}, {"nurse", true}, {"soldier", true}, {"inmate", true},
       {"defendant", true}, {"brother", true}, {"sister", true}, {"widow", true}, {"actor", true},
       {"actress", true}, {"singer", true}, {"rapper", true}, {"player", true}, {"teacher", true},
       {"farmer", true}, {"retiree", true}, {"veteran", true}, {"climber", true}, {"hiker", true},
       {"motorist", true}, {"employee", true}, {"founder", true}, {"owner", true}, {"partner", true},
       {"girlfriend", true}, {"boyfriend", true}, {"grandson", true}, {"granddaughter", true},
       {"president", true}, {"minister", true}, {"executive", true}, {"director", true}, {"manager", true},
       {"coach", true}, {"senator", true}, {"governor", true}, {"mayor", true}, {"judge", true}, {"candidate", true},
       {"author", true}, {"artist", true}, {"musician", true}, {"writer", true}, {"doctor", true}, {"pilot", true},
       {"lawmaker", true}, {"spokesman", true}, {"spokeswoman", true}, {"chairman", true}, {"chairwoman", true},
       {"captain", true}, {"striker", true}, {"goalkeeper", true}, {"billionaire", true},
       {"entrepreneur", true}, {"chef", true}, {"journalist", true}, {"activist", true}, {"prisoner", true},
       {"hostage", true}, {"survivor", true}, {"mom", true}, {"dad", true}, {"citizen", true}, {"tourist", true},
       {"rookie", true}, {"forward", true}, {"defender", true},
       {"midfielder", true}, {"pitcher", true}, {"quarterback", true}, {"rider", true}, {"sprinter", true},
       {"swimmer", true}, {"skier", true}, {"boxer", true}, {"golfer", true}, {"runner-up", true}},
      /*lower=*/true);
  if (people->Find(words[0]) != nullptr) return true;
  auto name_shape = [](std::string_view w) {
    return w.size() >= 2 && w[0] >= 'A' && w[0] <= 'Z' && IsAlpha(w[1]) && !(w[1] >= 'A' && w[1] <= 'Z');
  };
  // A surname alone opening the sentence before a telling or an aside naming a person ("Bayrou,
  // 74, said", "Thompson, 62, a retired teacher,"), or after "said" ("said Bayrou, 74,"); or a
  // nationality after "The" ("The Italian, 23, won"). Not a month's or a day's name, nor a list's
  // place ("Alabama, 23, and": "and" fails above too).
  if (name_shape(words[0]) && !IsMonthWord(Lower(words[0])) && chunk::Classify(words[0]) == chunk::WordClass::kContent) {
    static const auto* days = new ascii::WordMap<bool>(
        {{"monday", true}, {"tuesday", true}, {"wednesday", true}, {"thursday", true}, {"friday", true},
         {"saturday", true}, {"sunday", true}},
        /*lower=*/true);
    // (A name alone is a team's, a country's or a company's as often, "Norway, 16, leads the medal
    // count": only before a telling or an aside of who it is, "Bayrou, 74, said", "Bayrou, 74, a
    // centrist,"; or after a telling, "said Bayrou, 74,".)
    size_t nb = e + 1;
    while (nb < text.size() && text[nb] == ' ') ++nb;
    size_t ne = nb;
    while (ne < text.size() && IsAlpha(text[ne])) ++ne;
    const std::string_view next = text.substr(nb, ne - nb);
    // (An aside "a ..." only when it names a person: "Thompson, 62, a retired teacher," not
    // "Arsenal, 74, a point clear".)
    bool person_aside = false;
    if (next == "a" || next == "an") {
      size_t pos = ne;
      for (int k = 0; k < 4 && pos < text.size() && text[pos] == ' '; ++k) {
        size_t we = pos + 1;
        while (we < text.size() && (IsAlpha(text[we]) || text[we] == '-')) ++we;
        const std::string_view w = text.substr(pos + 1, we - pos - 1);
        // (A title's holder too, only here: "the defending champion, 51." is a score.)
        if (people->Find(w) != nullptr || w == "winner" || w == "champion" || w == "runner-up") person_aside = true;
        if (person_aside || we >= text.size() || text[we] != ' ') break;
        pos = we;
      }
    }
    const bool person_next = next == "said" || next == "says" || next == "told" || next == "who" || person_aside ||
                             next == "died" || next == "wrote";
    const bool starts = n == 1 && static_cast<size_t>(words[0].data() - text.data()) == 0 && person_next;
    const bool after_telling = n >= 2 && (words[1] == "said" || words[1] == "says");
    // (A nationality after "The": "The Italian, 23, won".)
    const std::string_view w0 = words[0];
    const bool nationality = w0.ends_with("an") || w0.ends_with("ese") || w0.ends_with("man") || w0 == "Spaniard" ||
                             w0 == "Briton" || w0 == "Swede" || w0 == "Dane" || w0 == "Finn" || w0 == "Scot" ||
                             w0 == "Pole" || w0 == "Serb" || w0 == "Croat" || w0 == "Swiss" || w0 == "Argentine";
    const bool the_one = n >= 2 && words[1] == "The" && nationality;
    if (days->Find(words[0]) == nullptr && text[e] == ',' && (starts || after_telling || the_one)) return true;
  }
  // A name: two or three words in capitals, each a name's shape (not "United", a country alone).
  if (n < 2) return false;
  int names = 0;
  for (int k = 0; k < n; ++k) {
    const std::string_view w = words[k];
    if (w.size() < 2 || w[0] < 'A' || w[0] > 'Z' || !IsAlpha(w[1]) || (w[1] >= 'A' && w[1] <= 'Z')) break;
    ++names;
  }
  return names >= 2 && chunk::Classify(words[names - 1]) == chunk::WordClass::kContent;
}

// Whether a span of time's noun follows byte e ("aged 18 months", "aged over 90 days").
bool SpanNounAt(std::string_view text, size_t e) {
  const std::string_view w = e < text.size() && text[e] == ' ' ? WordAfter(text, e + 1) : std::string_view();
  for (std::string_view n : {"year", "years", "month", "months", "week", "weeks", "day", "days"})
    if (ascii::EqualsLower(w, n)) return true;
  return false;
}

// Whether the word before a number at b says an age: "aged", "ages", "age" (not "the age 20 rule"
// after an article), maybe past "between", "over", "under" or "from".
bool AgeWordBefore(std::string_view text, size_t b) {
  std::string_view w = WordBefore(text, b);
  if (ascii::EqualsLower(w, "between") || ascii::EqualsLower(w, "over") || ascii::EqualsLower(w, "under") ||
      ascii::EqualsLower(w, "from"))
    w = WordBefore(text, static_cast<size_t>(w.data() - text.data()));
  if (ascii::EqualsLower(w, "aged") || ascii::EqualsLower(w, "ages")) return true;
  if (!ascii::EqualsLower(w, "age")) return false;
  const std::string_view before = WordBefore(text, static_cast<size_t>(w.data() - text.data()));
  return !ascii::EqualsLower(before, "the") && !ascii::EqualsLower(before, "a") && !ascii::EqualsLower(before, "an");
}

// An age after a number at e: "50-year-old", "50 year-old", "35 years old", "5 years of age",
// "a 6-month-old calf". Gives the unit ("year of age", "month of age", "week of age", "day of age") and where
// "old" ends; false for anything else ("a 10-year bond", "5 years ago").
bool ReadAgeUnit(std::string_view text, size_t e, std::string* unit, size_t* end) {
  size_t pos = e;
  if (pos < text.size() && (text[pos] == '-' || text[pos] == ' ')) ++pos;
  size_t we = pos;
  while (we < text.size() && IsAlpha(text[we])) ++we;
  std::string_view w = text.substr(pos, we - pos);
  if (w.size() > 1 && (w.back() == 's' || w.back() == 'S')) w.remove_suffix(1);
  static constexpr std::string_view kSpans[] = {"year", "month", "week", "day"};
  std::string_view span;
  for (std::string_view s : kSpans)
    if (ascii::EqualsLower(w, s)) span = s;
  if (span.empty() || we + 4 > text.size() || (text[we] != '-' && text[we] != ' ')) return false;
  size_t tail = 0;
  if (ascii::EqualsLower(text.substr(we + 1, 3), "old")) tail = 4;
  else if (text[we] == ' ' && ascii::EqualsLower(text.substr(we + 1, 6), "of age")) tail = 7;
  if (tail == 0 || (we + tail < text.size() && IsAlpha(text[we + tail]))) return false;
  *unit = std::string(span) + " of age";
  *end = we + tail;
  return true;
}

// What a hyphen right after a number at e joins it to, when that makes a figure and not an
// adjective ("four-day", "20-year-old"): a scale ("$5-billion"), then maybe a currency
// ("10-million-dollar"), a currency ("12-cent", "one-yen") or "percent" ("a 3-percent rise").
// Gives the scale, the unit ("" for none; "cent" and "pence" stay named) and where it ends.
bool ReadHyphenUnit(std::string_view text, size_t e, double* scale, std::string* unit, size_t* end) {
  *scale = 1;
  unit->clear();
  size_t pos = e;
  while (pos + 1 < text.size() && text[pos] == '-' && IsAlpha(text[pos + 1])) {
    size_t we = pos + 1;
    while (we < text.size() && IsAlpha(text[we])) ++we;
    const std::string_view w = text.substr(pos + 1, we - pos - 1);
    const bool scale_word = ascii::EqualsLower(w, "thousand") || ascii::EqualsLower(w, "million") ||
                            ascii::EqualsLower(w, "billion") || ascii::EqualsLower(w, "trillion");
    if (scale_word && *scale == 1) {
      *scale = ScaleOf(w);
      pos = we;
      continue;
    }
    std::string code;
    if (ascii::EqualsLower(w, "cent") || ascii::EqualsLower(w, "cents")) code = "cent";
    else if (ascii::EqualsLower(w, "pence") || ascii::EqualsLower(w, "penny")) code = "pence";
    else if (ascii::EqualsLower(w, "percent")) code = "percent";
    else code = CurrencyCode(w);
    if (size_t ue = 0; code.empty() && Tables::Get().units.LongestAt(text, pos + 1, &ue) && ue == we)
      code = Tables::Get().units.LongestAt(text, pos + 1, &ue)->unit;  // "300-hp", "6.5-inch"
    if (!code.empty()) {
      *unit = code;
      pos = we;
    }
    break;
  }
  if (pos == e) return false;
  *end = pos;
  return true;
}

std::optional<double> ParseSpelledNumber(std::string_view words) {
  // "twenty four" must read as 24, not 2004: join tens and units with a hyphen, drop "and".
  std::string s = Lower(words);
  std::string norm;
  size_t i = 0;
  std::vector<std::string> toks;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '-')) ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '-') ++i;
    if (i > b) toks.push_back(s.substr(b, i - b));
  }
  static const char* kTens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  static const char* kUnits[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  auto in = [](const std::string& t, const char* const* list, size_t n) {
    for (size_t k = 0; k < n; ++k) if (t == list[k]) return true;
    return false;
  };
  double dozen = 1;
  for (size_t k = 0; k < toks.size(); ++k) {
    if (toks[k] == "and") continue;
    if (toks[k] == "dozen" || toks[k] == "dozens") { dozen *= 12; continue; }
    if (toks[k] == "nought") toks[k] = "zero";
    if (!norm.empty()) {
      bool hyphen = in(toks[k], kUnits, 9) && k > 0 && in(toks[k - 1], kTens, 8);
      norm += hyphen ? "-" : " ";
    }
    norm += toks[k];
  }
  if (norm.empty()) return dozen == 12 ? std::optional<double>(12) : std::nullopt;
  // One strict and one lenient formatter per thread. Strict parsing is fast and reads the
  // hyphenated form above; lenient parsing (collation-based, ~100x slower) is the fallback.
  thread_local std::unique_ptr<icu::RuleBasedNumberFormat> strict, lenient;
  thread_local std::unordered_map<std::string, std::optional<double>> cache;
  if (auto it = cache.find(norm); it != cache.end()) {
    if (!it->second) return std::nullopt;
    return *it->second * dozen;
  }
  if (!strict) {
    UErrorCode err = U_ZERO_ERROR;
    strict.reset(new icu::RuleBasedNumberFormat(icu::URBNF_SPELLOUT, icu::Locale::getUS(), err));
    if (U_FAILURE(err)) { strict.reset(); return std::nullopt; }
    err = U_ZERO_ERROR;
    lenient.reset(new icu::RuleBasedNumberFormat(icu::URBNF_SPELLOUT, icu::Locale::getUS(), err));
    if (U_FAILURE(err)) { lenient.reset(); return std::nullopt; }
    lenient->setLenient(true);
  }
  std::optional<double> value;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(norm);
  for (icu::RuleBasedNumberFormat* fmt : {strict.get(), lenient.get()}) {
    icu::Formattable result;
    icu::ParsePosition pos(0);
    fmt->parse(u, result, pos);
    if (pos.getIndex() != u.length()) continue;
    UErrorCode err = U_ZERO_ERROR;
    double v = result.getDouble(err);
    if (U_FAILURE(err)) continue;
    value = v;
    break;
  }
  if (cache.size() > 4096) cache.clear();  // bounded: spelled numbers repeat a lot
  cache.emplace(norm, value);
  if (!value) return std::nullopt;
  return *value * dozen;
}

namespace {
bool MayNeedRewrite(std::string_view text);
}  // namespace

bool QuantityExtractor::MayHold(std::string_view text) const {
  // Every quantity has a digit, a number word ("dozen" and "point" among them), a fraction
  // word or a multiplier.
  if (std::any_of(text.begin(), text.end(), IsDigit)) return true;  // most paragraphs: done
  thread_local std::vector<size_t> number_words;
  const Cues c = ScanCues(text, &number_words);
  return c.digit || !number_words.empty() || c.fraction || c.multiplier || c.vague || MayNeedRewrite(text);
}

namespace {

// Whether text holds a digit of another script, an Arabic percent or decimal sign, or a CJK
// ideograph (a possible numeral): only then is it rewritten before extraction.
bool MayNeedRewrite(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0xD9) continue;
    if (c == 0xD9 || c == 0xDB || (c >= 0xE3 && c <= 0xE9)) return true;
    if (c == 0xE0 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA5) return true;
    if (c == 0xEF && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBC) return true;
  }
  return false;
}

// The ASCII digit a code point at text[i] (of n bytes) stands for, '.', ',' or '%', or 0.
char DigitOf(std::string_view text, size_t i, size_t* n) {
  const auto b = [&](size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0; };
  if (b(0) == 0xD9 && b(1) >= 0xA0 && b(1) <= 0xA9) { *n = 2; return static_cast<char>('0' + b(1) - 0xA0); }  // ٠..٩
  if (b(0) == 0xD9 && b(1) == 0xAA) { *n = 2; return '%'; }   // ٪
  if (b(0) == 0xD9 && b(1) == 0xAB) { *n = 2; return '.'; }   // ٫ decimal separator
  if (b(0) == 0xD9 && b(1) == 0xAC) { *n = 2; return ','; }   // ٬ thousands separator
  if (b(0) == 0xDB && b(1) >= 0xB0 && b(1) <= 0xB9) { *n = 2; return static_cast<char>('0' + b(1) - 0xB0); }  // ۰..۹
  if (b(0) == 0xE0 && b(1) == 0xA5 && b(2) >= 0xA6 && b(2) <= 0xAF) { *n = 3; return static_cast<char>('0' + b(2) - 0xA6); }  // ०..९
  if (b(0) == 0xEF && b(1) == 0xBC && b(2) >= 0x90 && b(2) <= 0x99) { *n = 3; return static_cast<char>('0' + b(2) - 0x90); }  // ０..９
  if (b(0) == 0xEF && b(1) == 0xBC && b(2) == 0x85) { *n = 3; return '%'; }  // ％
  return 0;
}

// Reads a CJK number at text[i]: ASCII digits and Chinese numerals, "58亿", "三千五百万",
// "3.5万", "一亿五千万". Returns its end, or i when there is none (a lone numeral such as the
// 一 of 一些 is no number).
size_t ReadCjkNumber(std::string_view text, size_t i, double* value, int min_tokens = 2) {
  const TableIndex& numerals = Tables::Get().numerals;
  double total = 0, section = 0, num = 0, last_big = 0;
  bool have_num = false;
  int tokens = 0;
  size_t at = i;
  while (at < text.size()) {
    if (IsDigit(text[at])) {
      // Digits, grouped by thousands or not ("1,200万"), with a decimal part ("3.5万").
      std::string digits;
      size_t e = at;
      while (e < text.size()) {
        if (IsDigit(text[e])) {
          digits.push_back(text[e++]);
        } else if (text[e] == '.' && e + 1 < text.size() && IsDigit(text[e + 1])) {
          digits.push_back(text[e++]);
        } else if (text[e] == ',' && e + 3 < text.size() && IsDigit(text[e + 1]) && IsDigit(text[e + 2]) &&
                   IsDigit(text[e + 3]) && (e + 4 >= text.size() || !IsDigit(text[e + 4])) &&
                   digits.find('.') == std::string::npos) {
          ++e;  // a thousands separator: ",ddd" and no more digits
        } else {
          break;
        }
      }
      num = std::strtod(digits.c_str(), nullptr);
      have_num = true;
      at = e;
      ++tokens;
      continue;
    }
    size_t end = 0;
    // 点 after a figure and before numerals of single digits: a decimal part ("三点五亿",
    // "百分之十二点三四"). Not a time ("三点五十分", "三点一刻", "三点半"): no 十, 百, 千, 分 or 刻
    // after it.
    if ((have_num || section > 0) && text.substr(at).starts_with("\xE7\x82\xB9")) {
      double frac = 0, place = 0.1;
      size_t d = at + 3, de = 0;
      const TableEntry* digit = nullptr;
      while ((digit = numerals.LongestAt(text, d, &de)) != nullptr && digit->value < 10) {
        frac += digit->value * place;
        place /= 10;
        d = de;
      }
      const TableEntry* after = numerals.LongestAt(text, d, &de);
      if (d == at + 3 || (after != nullptr && after->value >= 10 && after->value < 1e4) ||
          text.substr(d).starts_with("\xE5\x88\x86") || text.substr(d).starts_with("\xE5\x88\xBB"))  // 分, 刻
        break;
      num += frac;
      at = d;
      ++tokens;
      continue;
    }
    const TableEntry* n = numerals.LongestAt(text, at, &end);
    if (!n) break;
    const double v = n->value;
    if (v < 10) {
      num = v;
      have_num = true;
    } else if (v < 1e4) {  // 十 百 千
      section += (have_num ? num : 1) * v;
      num = 0;
      have_num = false;
    } else {  // 万 亿 兆
      const double part = section + (have_num ? num : 0);
      if (last_big != 0 && v > last_big) total = (total + part) * v;
      else total += (part == 0 ? 1 : part) * v;
      last_big = v;
      section = num = 0;
      have_num = false;
    }
    at = end;
    ++tokens;
  }
  if (tokens < min_tokens) return i;
  *value = total + section + num;
  return at;
}

// Text with ASCII digits for every other script's, and each CJK number written as digits;
// begin_of[k] / end_of[k] give the input span of output byte k.
bool Rewrite(std::string_view text, std::string* out, std::vector<uint32_t>* begin_of,
             std::vector<uint32_t>* end_of) {
  out->clear();
  begin_of->clear();
  end_of->clear();
  bool changed = false;
  const TableIndex& pct = Tables::Get().percent_prefix;
  auto emit = [&](std::string_view s, size_t b, size_t e) {
    for (char c : s) {
      out->push_back(c);
      begin_of->push_back(static_cast<uint32_t>(b));
      end_of->push_back(static_cast<uint32_t>(e));
    }
  };
  for (size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    size_t n = 0;
    if (c >= 0x80) {
      if (char d = DigitOf(text, i, &n)) {
        emit(std::string_view(&d, 1), i, i + n);
        i += n;
        changed = true;
        continue;
      }
    }
    if ((c >= 0xE3 && c <= 0xE9) || (IsDigit(text[i]) && (i == 0 || !IsDigit(text[i - 1])))) {
      size_t pe = 0;
      const bool percent = pct.LongestAt(text, i, &pe) != nullptr;  // 百分之五
      double v = 0;
      const size_t from = percent ? pe : i;
      const size_t e = ReadCjkNumber(text, from, &v, percent ? 1 : 2);
      // (A CJK numeral or unit in it, at its end or before ASCII digits: "2万5000"; plain digits stay.)
      if (e > from && (percent || std::any_of(text.begin() + static_cast<std::ptrdiff_t>(from),
                                              text.begin() + static_cast<std::ptrdiff_t>(e),
                                              [](char ch) { return static_cast<unsigned char>(ch) >= 0x80; }))) {
        char buf[64];
        auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
        emit(std::string_view(buf, r.ptr - buf), i, e);
        if (percent) emit("%", i, e);
        i = e;
        changed = true;
        continue;
      }
    }
    // Copy one code point.
    n = 1;
    while (i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xC0) == 0x80) ++n;
    emit(text.substr(i, n), i, i + n);
    i += n;
  }
  return changed;
}

// A count over a span of time or a game is a rate: "40,000 vehicles a day", "27.3 points per
// game" count "vehicles per day", "points per game".
void CountRate(std::string_view text, Quantity* q) {
  if (q->unit != "count" || q->noun.empty() || q->noun.find(" per ") != std::string::npos) return;
  std::string_view rest = text.substr(q->end);
  if (rest.size() < q->noun.size() + 4 || rest[0] != ' ' || !ascii::EqualsLower(rest.substr(1, q->noun.size()), q->noun))
    return;
  rest.remove_prefix(q->noun.size() + 1);
  size_t skip = 0;
  for (std::string_view p : {" a ", " an ", " per "})
    if (rest.starts_with(p)) skip = p.size();
  if (skip == 0) return;
  size_t e = skip;
  while (e < rest.size() && IsAlpha(rest[e])) ++e;
  if (e < rest.size() && (IsWordByte(rest[e]) || rest[e] == '-')) return;  // ("a day-long", "a year-earlier")
  static const auto* spans = new ascii::WordMap<bool>(
      {{"day", true}, {"week", true}, {"month", true}, {"year", true}, {"hour", true}, {"minute", true},
       {"second", true}, {"night", true}, {"game", true}, {"match", true}, {"season", true}, {"decade", true},
       {"weekend", true}, {"shift", true}},
      /*lower=*/false);
  const std::string_view w = rest.substr(skip, e - skip);
  if (spans->Find(w) == nullptr) return;
  // (Not a time of comparison: "a year earlier", "a year ago", "a day after".)
  const std::string_view after = rest.substr(e);
  // (Nor a span given: "gave 500 families a month of free groceries", "a day to respond".)
  for (std::string_view t : {" earlier", " ago", " before", " after", " later", " since", " from", " old", " of ",
                             " to ", " in which"})
    if (after.starts_with(t)) return;
  q->noun += " per " + std::string(w);
}

}  // namespace

namespace {

// The seconds in the unit of a part of a duration written in parts ("2 hours and 48 minutes",
// "1 hour 5 minutes": one hour is counted), or 0.
double DurationSeconds(const Quantity& q) {
  const std::string_view unit = q.unit == "count" && q.value == 1 ? std::string_view(q.noun) : std::string_view(q.unit);
  if (unit == "day") return 86400;
  if (unit == "hour") return 3600;
  if (unit == "minute") return 60;
  if (unit == "second") return 1;
  return 0;
}

// A duration written in parts is one figure, in its smallest unit: "2 hours and 48 minutes"
// (168 minutes), "2 hours 19 minutes 42 seconds", "2 hours, 3 minutes and 17 seconds" (7,397
// seconds). Parts are joined by a space or "and" (commas only in a list that "and" ends), each
// in a smaller unit than the one before, whole and exact after the first.
void JoinDurations(std::string_view text, std::vector<Quantity>* qs, size_t first) {
  // (A counted part's end is past its noun: "1 hour".)
  auto end_of = [&](const Quantity& q) -> size_t {
    if (q.unit == "count" && q.end < text.size() && text[q.end] == ' ' && text.substr(q.end + 1).starts_with(q.noun))
      return q.end + 1 + q.noun.size();
    return q.end;
  };
  for (size_t k = first; k + 1 < qs->size(); ++k) {
    Quantity& q = (*qs)[k];
    if (DurationSeconds(q) == 0 || q.hi.has_value() || (!q.noun.empty() && q.unit != "count")) continue;
    double unit_s = DurationSeconds(q);
    size_t j = k + 1, comma_end = 0;  // (the run's end; where a part after a comma ends it)
    bool and_after_comma = false;
    for (; j < qs->size(); ++j) {
      const Quantity& p = (*qs)[j];
      const double s = DurationSeconds(p);
      if (s == 0 || s >= unit_s || p.hi.has_value() || p.approx != "exact" || p.value != std::floor(p.value) ||
          p.value < 0 || p.begin < end_of((*qs)[j - 1]))
        break;
      const std::string_view gap = text.substr(end_of((*qs)[j - 1]), p.begin - end_of((*qs)[j - 1]));
      if (gap == ", ") {
        if (comma_end == 0) comma_end = j;
      } else if (gap == " and " || gap == ", and ") {
        and_after_comma = comma_end != 0;
      } else if (gap != " ") {
        break;
      }
      unit_s = s;
    }
    if (comma_end != 0 && !and_after_comma) j = comma_end;  // ("2 hours, 30 seconds faster": two figures)
    if (j == k + 1) continue;
    double total_s = 0;
    for (size_t i = k; i < j; ++i) total_s += (*qs)[i].value * DurationSeconds((*qs)[i]);
    const Quantity& last = (*qs)[j - 1];
    const double smallest = DurationSeconds(last);
    q.value = total_s / smallest;
    q.unit = last.unit == "count" ? last.noun : last.unit;
    q.end = static_cast<uint32_t>(end_of(last));
    q.noun.clear();
    q.surface = std::string(text.substr(q.begin, q.end - q.begin));
    qs->erase(qs->begin() + static_cast<std::ptrdiff_t>(k + 1), qs->begin() + static_cast<std::ptrdiff_t>(j));
  }
}

// Money after "per" in a round amount is a rate's base, no figure: "1.02 per $100 of assessed
// value" is a rate in dollars per $100 ("USD per 100 USD"), "$5 for every $1,000".
void RateBases(std::string_view text, std::vector<Quantity>* qs, size_t first) {
  for (size_t k = first; k < qs->size();) {
    const Quantity& q = (*qs)[k];
    const std::string_view before = text.substr(0, q.begin);
    const bool per = before.ends_with(" per ") || before.ends_with(" for every ") || before.ends_with(" every ");
    const bool code = q.unit.size() == 3 && std::all_of(q.unit.begin(), q.unit.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    double v = q.value;
    while (v >= 10 && std::fmod(v, 10) == 0) v /= 10;
    if (!per || !code || v != 1 || q.hi.has_value()) {
      ++k;
      continue;
    }
    if (k > first) {
      Quantity& p = (*qs)[k - 1];
      const std::string_view gap = text.substr(p.end, q.begin - p.end);
      if (p.unit.empty() && p.noun.empty() && (gap == " per " || gap == " for every ")) {
        char base[32];
        std::snprintf(base, sizeof base, "%.0f", q.value);
        p.unit = q.unit + " per " + base + " " + q.unit;
      }
    }
    qs->erase(qs->begin() + static_cast<std::ptrdiff_t>(k));
  }
}

}  // namespace

void QuantityExtractor::Extract(std::string_view text, std::vector<Quantity>* out) const {
  const size_t first = out->size();
  ExtractAll(text, out);
  // A figure whose scale words carried it past the largest double ("$9e300 trillion trillion")
  // has no value to give: it is no figure.
  out->erase(std::remove_if(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(),
                            [](const Quantity& q) { return !std::isfinite(q.value) || (q.hi && !std::isfinite(*q.hi)); }),
             out->end());
  JoinDurations(text, out, first);
  RateBases(text, out, first);
}

void QuantityExtractor::ExtractAll(std::string_view text, std::vector<Quantity>* out) const {
  if (!MayNeedRewrite(text)) return ExtractNormalized(text, out);
  thread_local std::string rewritten;
  thread_local std::vector<uint32_t> begin_of, end_of;
  if (!Rewrite(text, &rewritten, &begin_of, &end_of)) return ExtractNormalized(text, out);
  const std::string local = rewritten;  // ExtractNormalized may call Extract-free helpers only
  const std::vector<uint32_t> b_of = begin_of, e_of = end_of;
  const size_t n0 = out->size();
  ExtractNormalized(local, out);
  for (size_t k = n0; k < out->size(); ++k) {
    Quantity& q = (*out)[k];
    if (q.end == 0 || q.end > local.size()) continue;
    q.begin = b_of[q.begin];
    q.end = e_of[q.end - 1];
    q.surface = std::string(text.substr(q.begin, q.end - q.begin));
  }
}

void QuantityExtractor::ExtractNormalized(std::string_view text, std::vector<Quantity>* out) const {
  const Patterns& p = *p_;
  std::vector<Quantity> found;
  re2::StringPiece all(text.data(), text.size());
  // Words the rarer patterns cannot match without: a sentence lacking them skips their scans
  // (most sentences hold only digits). The same pass notes where number words stand: the
  // spelled-number pattern can only start at one, so it is run anchored there.
  thread_local std::vector<size_t> number_words;
  const Cues cues = ScanCues(text, &number_words);
  const bool slash = cues.slash;
  const bool may_fraction = cues.slash || cues.fraction, may_multiplier = cues.multiplier, may_one_in = cues.one_in;
  // Web addresses: their digits ("?id=305", "%20") are no quantities.
  std::vector<std::pair<size_t, size_t>> urls;
  normalizers::FindWebAddresses(text, &urls);
  auto in_url = [&](size_t b) {
    for (const auto& [ub, ue] : urls) if (b >= ub && b < ue) return true;
    return false;
  };  auto sp = [&](size_t b, size_t e) { return re2::StringPiece(text.data() + b, e - b); };
  // The sentence's number style, guessed once and only when a figure could read either way.
  std::optional<NumberStyle> number_style;
  auto style = [&]() -> const NumberStyle& {
    if (!number_style) number_style = GuessNumberStyle(text);
    return *number_style;
  };
  // "4.500" in a language whose dot groups thousands: 4,500.
  auto dot_grouped = [&](std::string_view number) {
    return number.size() >= 5 && number.size() <= 7 && number[number.size() - 4] == '.' &&
           std::all_of(number.begin(), number.end(), [](char c) { return IsDigit(c) || c == '.'; }) &&
           number.find('.') == number.size() - 4 && style().dot_groups;
  };

  // Completes a number at [b, e) with value v: scale, unit, range, approximation, noun.
  auto complete = [&](size_t b, size_t e, double v) {
    const size_t number_begin = b;
    // An airliner's model number is no figure: "The 737 MAX was grounded", "Three 787
    // Dreamliners", "the two 737 jets" (after a determiner or a count, or before a model's word).
    if (e - b == 3 && AirlinerAt(text, b)) {
      const std::string_view next = WordAfter(text, e + 1);
      const std::string_view before = WordBefore(text, b);
      if (text[e] == '-' || ascii::EqualsLower(next, "max") || ascii::EqualsLower(next, "dreamliner") ||
          ascii::EqualsLower(next, "dreamliners") || ascii::EqualsLower(next, "jumbo") ||
          chunk::Classify(before) == chunk::WordClass::kDeterminer || IsNumberWord(before))
        return;
    }
    // "four-day", "10-year": the number is part of an adjective, not a claim; but "a 12-cent
    // dividend" and "a one-yen bid" are money.
    std::string hyphen_unit;
    size_t hyphen_end = 0;
    double hyphen_scale = 1;
    bool money_word_after = false;  // the currency is named after the figure ("3 dollars")
    // An age is a figure with its unit: "a 50-year-old man" (50, year of age); so is a whole
    // number under 120 set off by commas after a name ("John Smith, 45, of Springfield", "The
    // suspect, 27, faces"), the way news writes ages.
    if (e - b <= 3 && v >= 1 && v < 120 && v == static_cast<int>(v) &&
        std::all_of(text.begin() + b, text.begin() + e, [](char c) { return IsDigit(c); }) && AgeAfterName(text, b, e)) {
      hyphen_unit = "year of age";
      hyphen_end = e;
    } else if (!ReadAgeUnit(text, e, &hyphen_unit, &hyphen_end) && e + 1 < text.size() && text[e] == '-' &&
        IsAlpha(text[e + 1]) && !ReadHyphenUnit(text, e, &hyphen_scale, &hyphen_unit, &hyphen_end))
      return;
    const bool hyphenated = hyphen_end > 0;
    bool scaled_by_word = false;  // a scale word ("million", "млрд") follows the digits
    Quantity q;
    q.value = v;
    // Currency before the number.
    std::string unit;
    const char before = PrevByte(text, b);
    // (Or an abbreviation's dot: "Rs.500", "Rs. 2 crore".)
    if (before == '$' || static_cast<unsigned char>(before) >= 0x80 || IsAlpha(before) || before == '.') {
      // The table's symbols and codes ("$US", "A$", "RM", "CHF", "R$"), glued or one space
      // before; "US $5", "S $1" with the space inside the symbol.
      size_t cb = 0;
      const size_t at = b > 0 && (text[b - 1] == ' ') ? b - 1 : b;
      if (const TableEntry* c = Tables::Get().currency_prefix.LongestBefore(text, at, &cb)) {
        unit = c->unit;
        b = cb;
        if (c->surface == "$") {
          // "US $5", "S $1", "mxn$ 15", "nzd$15": letters glued or one space before the "$".
          size_t le = b > 0 && text[b - 1] == ' ' ? b - 1 : b;
          size_t lb = le;
          while (lb > 0 && (IsAlpha(text[lb - 1]) || text[lb - 1] == '.')) --lb;
          // A spaced single "A" is the article ("A $5 bill"), not the Australian dollar.
          const bool article = le < b && le - lb == 1 && (text[lb] == 'A' || text[lb] == 'a');
          if (lb < le && !article && (lb == 0 || !IsAlpha(text[lb - 1]))) {
            const std::string letters(text.substr(lb, le - lb));
            const std::string joined = letters + "$";
            size_t jb = 0;
            const TableEntry* j = Tables::Get().currency_prefix.LongestBefore(joined, joined.size(), &jb);
            std::string code = j && jb == 0 ? j->unit : "";
            if (code.empty() && letters.size() == 3 && le == b) {
              code = CurrencyCode(letters);
              if (code.size() != 3) code.clear();
            }
            if (!code.empty()) {
              unit = code;
              b = lb;
            }
          }
        }
      }
    }
    if (unit.empty() && AsciiPound(text, b, e)) {
      unit = "GBP";
      b -= 2;
    }
    // A sign glued to the number: '-' negates it; '+' stays in the surface, the mark of a change
    // ("+0.6%").
    if (b > 0 && (text[b - 1] == '-' || text[b - 1] == '+') && (b == 1 || text[b - 2] == ' ' || text[b - 2] == '(')) {
      if (text[b - 1] == '-') q.value = -q.value;
      --b;
    }
    // Scale.
    if (hyphenated) {
      q.value *= hyphen_scale;
      if (!hyphen_unit.empty() && (unit.empty() || hyphen_unit == "percent")) unit = hyphen_unit;
      e = hyphen_end;
    } else if (ScaleHit s = FindScale(p.scale, text, e)) {
      // A bare lower-case "m"/"b" only scales money ("$5m"); "5 m" is a length. "k", "K",
      // "M", "B" scale any number ("10K", "3M users").
      // A decimal with a glued "m" before a word is millions ("1.2m tons", "2.7m sales").
      const size_t se = static_cast<size_t>(s.word.data() + s.word.size() - text.data());
      // So is a whole number before a currency or a noun counted in millions ("3m people", "40m
      // units", "3m euros", "its 2m customers"); not before a length's noun ("the 400m hurdles",
      // "two 25m pools", "2m snakes", "100m indoors").
      const bool decimal_millions =
          s.word == "m" && s.word.data() == text.data() + e && se + 1 < text.size() && text[se] == ' ' &&
          text[se + 1] >= 'a' && text[se + 1] <= 'z' &&
          (text.substr(b, e - b).find('.') != std::string_view::npos || [&] {
            size_t we = se + 1;
            while (we < text.size() && IsAlpha(text[we])) ++we;
            size_t end = 0;
            if (MillionsNoun(text.substr(se + 1, we - se - 1)) ||
                Tables::Get().currency_suffix.LongestAt(text, se + 1, &end) != nullptr)
              return true;
            // (Or the noun after one or two modifiers: "600m smartphone users", "2m monthly active
            // users".)
            for (int n = 0; n < 2; ++n) {
              if (we + 1 >= text.size() || text[we] != ' ') return false;
              size_t we2 = we + 1;
              while (we2 < text.size() && IsAlpha(text[we2])) ++we2;
              if (we2 == we + 1) return false;
              if (MillionsNoun(text.substr(we + 1, we2 - we - 1))) return true;
              we = we2;
            }
            return false;
          }());
      if (s.kind == ScaleHit::kLetter && unit.empty() && (s.word == "m" || s.word == "b") && !decimal_millions) {
        // leave it to the unit step
      } else {
        // "3.000 millones", "1.500 Milliarden": before another language's scale word a dot
        // groups thousands.
        if (s.foreign && RE2::FullMatch(sp(number_begin, e), R"(\d{1,3}\.\d{3})") &&
            !dot_grouped(text.substr(number_begin, e - number_begin)))
          q.value *= 1000;
        if (ascii::EqualsLower(s.word, "mil") && style().mil_thousand) s.value = 1e3;
        q.value *= s.value;
        scaled_by_word = s.kind != ScaleHit::kLetter;
        e = static_cast<size_t>(s.word.data() + s.word.size() - text.data());
        // A second scale word multiplies: "3 lakh crore", "5 hundred thousand".
        ScaleHit t;
        if (s.kind == ScaleHit::kWord && (t = FindScale(p.scale, text, e)) && t.kind == ScaleHit::kWord) {
          q.value *= t.value;
          e = static_cast<size_t>(t.word.data() + t.word.size() - text.data());
        }
      }
    }
    // A sports score, "won 3-1", "a 2-2 draw", "tied at 2-2": unit "score", not a range.
    if (!hyphenated && unit.empty() && e + 1 < text.size() && text[e] == '-' && IsDigit(text[e + 1]) &&
        PlainDigits(text.substr(number_begin, e - number_begin)) && q.value <= 999) {
      size_t e2 = e + 1;
      while (e2 < text.size() && IsDigit(text[e2])) ++e2;
      const auto* kScoreBefore = &ScoreWordsBefore();
      const auto* kScoreAfter = &ScoreWordsAfter();
      const std::string_view next_word = e2 + 1 < text.size() && text[e2] == ' ' ? WordAfter(text, e2 + 1) : std::string_view();
      const bool glued_on = e2 < text.size() && (text[e2] == '%' || IsAlpha(text[e2]) || text[e2] == '-' ||
                                                  (text[e2] == '.' && e2 + 1 < text.size() && IsDigit(text[e2 + 1])));
      // A pair that runs downwards is a score or a tally, winner first ("a 51-49 vote", "beat the
      // Heat 112-108", "voted 258-169", "passed 100-0"): no range is written from its top. Not
      // "2021-22" (a season: four digits), nor, past 99, a model's number: a suffix in hundreds
      // or a small one ("747-400", "787-9", "787-10": past 99 the loser has a quarter of the
      // winner's score at least, or nil), nor "from 200-150" (a from-to).
      const double second = std::strtod(std::string(text.substr(e + 1, e2 - e - 1)).c_str(), nullptr);
      const std::string_view name_before = WordBefore(text, number_begin);
      const bool big_ok = second == 0 || (4 * second >= q.value && std::fmod(second, 100) != 0);
      // After "from" or "between" a pair is a range's ends ("from 45-40"), but "from 3-1 down" a
      // deficit.
      const bool range_word = (ascii::EqualsLower(name_before, "from") || ascii::EqualsLower(name_before, "between")) &&
                              next_word != "down" && next_word != "up";
      const bool downwards = e2 - e - 1 <= 3 && second < q.value && (q.value <= 99 || big_ok) && !range_word &&
                             text[number_begin] != '0' && !(e2 - e - 1 > 1 && text[e + 1] == '0');
      const bool words = q.value <= 99 && e2 - e - 1 <= 2 &&
                         (kScoreAfter->Find(next_word) || kScoreBefore->Find(name_before));
      // A unit or a movement after the pair makes it a range ("ended 2-3 percent lower", "5-10
      // basis points", "closed 2-3 higher").
      size_t unit_end = 0;
      // ("2-0 up", "from 3-1 down": a score's lead or deficit.)
      const bool unit_after = !next_word.empty() && (Tables::Get().units.LongestAt(text, e2 + 1, &unit_end) != nullptr ||
                                                     Tables::Get().currency_suffix.LongestAt(text, e2 + 1, &unit_end) != nullptr ||
                                                     next_word == "higher" || next_word == "lower");
      // After an article, a noun that is no score's makes it something else ("a 9-5 job", "a
      // 60-40 split", "the 80-20 rule"; but "a 51-49 vote").
      const bool article = ascii::EqualsLower(name_before, "a") || ascii::EqualsLower(name_before, "an") ||
                           ascii::EqualsLower(name_before, "the");
      const bool noun_after = article && !next_word.empty() && next_word[0] >= 'a' && next_word[0] <= 'z' &&
                              !kScoreAfter->Find(next_word);
      if (!glued_on && !unit_after && (words || (downwards && !noun_after))) {
        q.unit = "score";
        q.hi = second;
        q.begin = static_cast<uint32_t>(number_begin);
        q.end = static_cast<uint32_t>(e2);
        q.surface = std::string(text.substr(number_begin, e2 - number_begin));
        found.push_back(std::move(q));
        return;
      }
    }
    // A vote's tally written with "to" after "voted", "votes" or "a vote of": "voted 214 to 212",
    // "by a vote of 289 to 271": one score, as "51-49" is.
    if (!hyphenated && unit.empty() && text.substr(e).starts_with(" to ") && e + 4 < text.size() && IsDigit(text[e + 4]) &&
        PlainDigits(text.substr(number_begin, e - number_begin)) && q.value <= 999) {
      size_t e2 = e + 4;
      while (e2 < text.size() && IsDigit(text[e2])) ++e2;
      const std::string_view w1 = WordBefore(text, number_begin);
      const std::string_view w2 = w1.empty() ? std::string_view() : WordBefore(text, static_cast<size_t>(w1.data() - text.data()));
      const bool tally = ascii::EqualsLower(w1, "voted") || ascii::EqualsLower(w1, "votes") ||
                         (ascii::EqualsLower(w1, "of") && (ascii::EqualsLower(w2, "vote") || ascii::EqualsLower(w2, "votes")));
      const std::string_view after = e2 < text.size() ? text.substr(e2) : std::string_view();
      const bool plain_end = e2 - e - 4 <= 3 && (after.empty() || after[0] == ' ' || after[0] == ',' || after[0] == '.' ||
                                                 after[0] == ';' || after[0] == ')');
      size_t unit_end = 0;
      const bool unit_after = after.size() > 1 && after[0] == ' ' &&
                              (Tables::Get().units.LongestAt(text, e2 + 1, &unit_end) != nullptr ||
                               Tables::Get().currency_suffix.LongestAt(text, e2 + 1, &unit_end) != nullptr ||
                               WordAfter(text, e2 + 1) == "percent");
      if (tally && plain_end && !unit_after) {
        q.unit = "score";
        q.hi = std::strtod(std::string(text.substr(e + 4, e2 - e - 4)).c_str(), nullptr);
        q.begin = static_cast<uint32_t>(number_begin);
        q.end = static_cast<uint32_t>(e2);
        q.surface = std::string(text.substr(number_begin, e2 - number_begin));
        found.push_back(std::move(q));
        return;
      }
    }
    // Range: "10-20%", "10 to 20 percent", "between 10 and 20".
    // "between 3% and 5%": the first figure may carry its own percent sign.
    bool pct_first = e < text.size() && text[e] == '%';
    size_t range_from = pct_first ? e + 1 : e;
    size_t first_unit_end = 0;
    const TableEntry* first_unit =
        pct_first ? nullptr : Tables::Get().units.LongestAt(text, e < text.size() && text[e] == ' ' ? e + 1 : e, &first_unit_end);
    // (Or glued to both ends: "150p-160p", "5km-10km".)
    if (first_unit && first_unit->kind != "rate" && first_unit_end < text.size() &&
        (text[first_unit_end] == ' ' ||
         (text[first_unit_end] == '-' && e < text.size() && text[e] != ' ' && first_unit_end + 1 < text.size() &&
          ascii::IsDigit(text[first_unit_end + 1])))) {
      range_from = first_unit_end;
    } else {
      first_unit = nullptr;
    }
    const std::string_view word_before = WordBefore(text, b);
    const bool from_range = ascii::EqualsLower(word_before, "from");
    re2::StringPiece after = sp(range_from, std::min(text.size(), range_from + 8));
    re2::StringPiece tail = after;
    const char next = NextByte(text, range_from);
    if (!hyphenated && (next == '-' || next == 't' || next == 'a' || next == '/') && RE2::Consume(&tail, p.range_tail)) {
      size_t nb = static_cast<size_t>(tail.data() - text.data());
      size_t cb = nb;
      re2::StringPiece cur2;
      // Optional currency symbol on the second number.
      const TableEntry* second_currency = nullptr;
      if (size_t se = 0; (second_currency = Tables::Get().currency_prefix.LongestAt(text, nb, &se, /*digit_may_follow=*/true)))
        cb = se;
      re2::StringPiece num2;
      re2::StringPiece at = sp(cb, std::min(text.size(), cb + 48));
      bool is_and = text.substr(range_from, nb - range_from).find("and") != std::string_view::npos;
      // "$7/$9": a slash makes a range only between two amounts of one currency ("$1/share" is a rate).
      const bool slash = text.substr(range_from, nb - range_from).find('/') != std::string_view::npos;
      bool between = b >= 8 && RE2::PartialMatch(sp(b >= 16 ? b - 16 : 0, b), p.between);
      if (slash && (cb == nb || unit.empty() || first_unit != nullptr)) {
        is_and = true;
        between = false;
      }
      if ((!is_and || between) && RE2::Consume(&at, p.number, &num2)) {
        double hi = ParseDigits(std::string_view(num2.data(), num2.size()));
        size_t e2 = static_cast<size_t>(num2.data() + num2.size() - text.data());
        double scale = 1;
        // The first end, scaled by the second's scale word when that covers both ("5 to 6
        // billion"); it becomes the figure's value only if the two make a range ("rose 3
        // percent to $5 billion" is 3 percent).
        double first = q.value;
        ScaleHit t = FindScale(p.scale, text, e2);
        if (t && (t.kind != ScaleHit::kLetter || !unit.empty())) {
          scale = t.value;
          e2 = static_cast<size_t>(t.word.data() + t.word.size() - text.data());
          if (q.value < hi * scale && q.value * scale <= hi * scale && scale > 1 && q.value == v) first = q.value * scale;
        }
        bool pct_second = e2 < text.size() && text[e2] == '%';
        size_t second_unit_end = 0;
        const TableEntry* second_unit =
            first_unit ? Tables::Get().units.LongestAt(text, e2 < text.size() && text[e2] == ' ' ? e2 + 1 : e2, &second_unit_end) : nullptr;
        // "Brent fell $2 to $78", "rose 12 to 300": after a movement verb, "X to Y" with Y
        // five times X or more is the move and the level it reached, two figures ("rose 3 to
        // 5 percent", "fell 10 to 20" stay ranges; "rose from 3% to 5%" is a from-to pair).
        // Only where the second figure's unit cannot be the first's too: both amounts of money
        // with their own symbols ("$2 to $78"), or both bare with no noun after the second
        // ("300 to 9,100."); "rise 2 to 10 percent", "cut 500 to 3,000 jobs" and "5% to 25%" stay
        // ranges. After "by" ("rose by nearly 300 to 9,100") the first is the change, always.
        bool move_and_level = false;
        if (!between && !from_range && !is_and && !slash && first > 0 &&
            text.substr(range_from, nb - range_from).find("to") != std::string_view::npos) {
          std::string_view verb = word_before;  // past an approximation: "rose nearly 300 to 9,100"
          if (verb == "nearly" || verb == "almost" || verb == "about" || verb == "around" || verb == "roughly" ||
              verb == "some" || verb == "just" || verb == "over" || verb == "another")
            verb = WordBefore(text, static_cast<size_t>(verb.data() - text.data()));
          // (And "a record", "a further", "an estimated": "fell by a record 837,000 to 124.4 million".)
          // (Only where the second is no end of a range of one size with the first: "fell by a further
          // 5% to 10%" stays a range.)
          if ((verb == "record" || verb == "further" || verb == "additional" || verb == "estimated" || verb == "net") &&
              hi * scale >= 20 * first) {
            const std::string_view det = WordBefore(text, static_cast<size_t>(verb.data() - text.data()));
            if (det == "a" || det == "an") verb = WordBefore(text, static_cast<size_t>(det.data() - text.data()));
          }
          const std::string_view after_second = e2 + 1 < text.size() && text[e2] == ' ' ? WordAfter(text, e2 + 1) : std::string_view();
          const bool rate = after_second == "a" || after_second == "an" || after_second == "per";
          // (Or both in pence: "fell 3p to 118.5p".)
          const bool money = (!unit.empty() && cb != nb && !pct_first) ||
                             (first_unit && second_unit && first_unit->unit == "pence" && second_unit->unit == "pence");
          size_t unit_end = 0;
          // After the second end: nothing, a function word, or a word of when or where
          // ("yesterday", "overnight", "nationwide", "Friday"), not a noun it counts ("weeks").
          const bool when = after_second == "this" || after_second == "last" || after_second == "next" ||
                            after_second == "yesterday" || after_second == "today" || after_second == "tonight" ||
                            after_second == "overnight" || after_second == "nationwide" || after_second == "worldwide" ||
                            (!after_second.empty() && after_second[0] >= 'A' && after_second[0] <= 'Z' &&
                             chunk::Classify(after_second) == chunk::WordClass::kTime);
          const bool bare = unit.empty() && cb == nb && !first_unit && !pct_first && !(e2 < text.size() && text[e2] == '%') &&
                            !rate && !(after_second.size() > 0 && Tables::Get().units.LongestAt(text, e2 + 1, &unit_end)) &&
                            (after_second.empty() || when ||
                             chunk::CannotBeginNoun(after_second, text.substr(e2 + 1 + after_second.size())));
          // A move reported ("fell", "rises", "was up"), not one foreseen ("will rise", "could
          // jump", "expected to grow", "rising"): a forecast's "X to Y" is its range.
          auto reported_move = [](std::string_view v) {
            return v.ends_with("ed") || v.ends_with("s") || v == "rose" || v == "fell" || v == "grew" || v == "slid" ||
                   v == "sank" || v == "shrank" || v == "lost" || v == "up" || v == "down";
          };
          const bool reported = reported_move(verb);
          const bool moved = chunk::MoveWords().Find(verb) != nullptr && reported && verb != "cuts";
          // After "by" the first is the change ("rose by nearly 300 to 9,100", "fell by $2 to
          // $78", "inflation fell by 1.2 to 2.1 percent"), except in a move foreseen, with a bare
          // first end the second's unit covers, of one size with it: "expected to rise by 2 to 3
          // percent", "will cut by 10 to 15 percent" are one change with two ends.
          // (The verb of the move: the movement word a few words before "by", past an object, "cut its
          // key rate by"; a past form after no modal, "will cut", "to cut", reports.)
          bool by_reported = false;
          {
            size_t at = static_cast<size_t>(verb.data() - text.data());
            for (int n = 0; n < 5; ++n) {
              const std::string_view w = WordBefore(text, at);
              if (w.empty()) break;
              at = static_cast<size_t>(w.data() - text.data());
              if (chunk::MoveWords().Find(w) == nullptr || w == "growth" || w == "contraction") continue;
              const std::string_view modal = WordBefore(text, at);
              static constexpr std::string_view kModals[] = {"will", "would", "could", "may", "might", "should",
                                                             "to", "must", "can", "shall", "be"};
              by_reported = (reported_move(w) || w == "cut") &&
                            std::find(std::begin(kModals), std::end(kModals), modal) == std::end(kModals);
              break;
            }
          }
          const bool by_range = !by_reported && !first_unit && !pct_first && unit.empty() && hi * scale < 5 * first &&
                                (pct_second || Tables::Get().units.LongestAt(text, e2 + 1, &unit_end) ||
                                 Tables::Get().currency_suffix.LongestAt(text, e2 + 1, &unit_end));
          // ("Shares rose 10 to $120": a bare move and a level in money, too.)
          const bool bare_to_money = unit.empty() && cb != nb && !pct_first && !first_unit;
          // (Amounts of money each with its own sign and no scale word are a move and a level
          // whatever their sizes: "Shares fell 20p to 60p", "fell $20 to $60".)
          move_and_level = ascii::EqualsLower(verb, "by")
                               ? !by_range
                               : (moved && (hi * scale >= 5 * first || (money && scale == 1)) && (money || bare || bare_to_money));
        }
        if (first_unit && (!second_unit || second_unit->unit != first_unit->unit)) {
          // "15kHz and 17 people": not one range
        } else if (move_and_level) {
          // two figures
        } else if ((hi * scale > first || between || from_range) && (pct_second || !pct_first)) {
          q.value = first;
          q.hi = hi * scale;
          e = pct_second ? e2 + 1 : e2;
          if (pct_second) unit = "percent";
          // "8 to $10", "between 20 and $30": a bare first end takes the second's currency.
          if (unit.empty() && !pct_first && second_currency != nullptr) unit = second_currency->unit;
          if (second_unit) {
            unit = second_unit->unit;
            e = second_unit_end;
            // ("from 480p to 720p" in a video's words: lines, no pence.)
            if (second_unit->surface == "p" && VideoLines(text, q.value, number_begin, e)) unit.clear();
          }
        }
      }
    }
    // Units and currencies named after the figure, from the tables: "5GB", "70 mph", "8,1 %",
    // "8,1 Prozent", "5 млрд рублей", "58亿美元", "150 kn". Glued-only entries ("45g", "3min")
    // must touch the digits.
    bool table_unit = false;
    bool bare_letter = false;  // a letter glued to the digits that is no unit here ("1080p")
    if (!(hyphenated && !unit.empty()) && e < text.size()) {
      const Tables& t = Tables::Get();
      size_t at = e;
      if (text[at] == ' ') ++at;
      else if (text.substr(at).starts_with("\xC2\xA0") || text.substr(at).starts_with("\xE2\x80\xAF")) at += text[at] == '\xC2' ? 2 : 3;
      size_t end = 0;
      // Past the dot of an abbreviated scale word when a currency follows ("5 млрд. рублей",
      // "2,5 Mrd. Euro").
      if (text[e] == '.' && scaled_by_word && e + 2 < text.size() && text[e + 1] == ' ' &&
          t.currency_suffix.LongestAt(text, e + 2, &end))
        at = e + 2;
      const TableEntry* hit = t.units.LongestAt(text, at, &end);
      if (hit && at > e && hit->kind == "glued") hit = nullptr;
      // "164p" is pence, but "1080p", "720p" a video's lines; "5G" a network's generation, but
      // "80G" (more than one digit) no unit of the table. (Neither counts a noun: the figure stays bare.)
      if (hit && hit->surface == "p") {
        if (VideoLines(text, q.value, number_begin, end)) {
          hit = nullptr;
          bare_letter = true;
        }
      } else if (hit && hit->surface == "G" &&
                 !(q.value >= 1 && q.value <= 9 && q.value == std::floor(q.value) && WordsNear(text, number_begin, end, kNetworkWords))) {
        hit = nullptr;
        bare_letter = true;
      }
      if (bare_letter) e = end;
      if (hit) {
        const bool ratio = hit->unit == "percent" || hit->unit == "pp" || hit->unit == "bp";
        if (unit.empty() || ratio) {
          unit = hit->unit;
          e = end;
          table_unit = true;
        }
      } else if (unit.empty() && (hit = t.currency_suffix.LongestAt(text, at, &end))) {
        const std::string_view word = text.substr(at, end - at);
        if ((ascii::EqualsLower(word, "pounds") || ascii::EqualsLower(word, "pound")) &&
            PoundsOfWeight(text, number_begin, end)) {
          unit = "pound-mass";  // ("He weighs 200 pounds")
        } else {
          unit = hit->unit;
          money_word_after = true;
        }
        e = end;
        table_unit = true;
      } else if (unit.empty() && at == e && text[e] == 'm' && GluedMetres(text, e + 1)) {
        // "a 3m-high wall", "waves 3m high": metres glued to the digits before a word of size (a
        // bare "3m" is millions as often, and stays bare).
        unit = "metre";
        e = e + 1;
        table_unit = true;
      } else if (unit.empty() && at == e && (text[e] == 'C' || text[e] == 'F') &&
                 (e + 1 == text.size() || !IsAlpha(text[e + 1])) && std::abs(q.value) <= 5000 &&
                 TemperatureAt(text, number_begin, e + 1)) {
        // "47.6C", "1.5C of warming", "95F", "Bake at 180C": degrees glued to the digits beside
        // a word of temperature (no table entry: "Room 12C", "Form 10F" read as before).
        unit = text[e] == 'C' ? "celsius" : "fahrenheit";
        e = e + 1;
        table_unit = true;
      } else if (unit.empty() && at == e + 1 && e + 1 < text.size() && text[e] == ' ' &&
                 (text[e + 1] == 'C' || text[e + 1] == 'F') &&
                 (e + 2 == text.size() ||
                  !(IsAlpha(text[e + 2]) || text[e + 2] == '\'' || text[e + 2] == '-' || ascii::IsDigit(text[e + 2]))) &&
                 std::abs(q.value) <= 5000 && TemperatureAt(text, number_begin, e + 2) &&
                 WordsNear(text, number_begin, e + 2, kTemperatureWords)) {
        // "49.9 C (121.8 F)": the same, one space between, only near a word of temperature itself
        // ("2.5 F" of a capacitor's charge is farads).
        unit = text[e + 1] == 'C' ? "celsius" : "fahrenheit";
        e = e + 2;
        table_unit = true;
      }
      // "$3,500 a month", "$2.24 per mmBTU", "5 cents a share": a rate.
      if (!unit.empty() && (unit.size() == 3 || unit == "cent" || unit == "pence") &&
          std::isupper(static_cast<unsigned char>(unit[0])) == (unit.size() == 3)) {
        // handled below, after the scale and minor units
      }
    }
    // Unit after the number.
    std::string_view u;
    const char unit_byte = NextByte(text, e);
    if (!table_unit && !(hyphenated && !unit.empty()) && (unit_byte == '%' || IsAlpha(unit_byte)) && WindowMatch(p.unit, text, e, e + 40, &u)) {
      u = TrimSpaces(u);
      std::string us(u);
      std::string l = Lower(us);
      std::string code = CurrencyCode(us);
      bool consumed = true;
      if (l.starts_with("percentage point") || l == "pp") {
        unit = "pp";
      } else if (l == "%" || l.starts_with("per") || l == "pct") {
        unit = "percent";
      } else if (l.starts_with("basis point") || l == "bps") {
        unit = "bp";  // kept as basis points
      } else if (l == "cent" || l == "cents" || l == "pence" || l == "penny" || l == "bitcoins" ||
                 l == "bitcoin" || l == "francs" || l == "franc") {
        // Minor units and currencies without one ISO code stay as named.
        if (unit.empty()) unit = l.starts_with("cent") ? "cent" : l.starts_with("bitcoin") ? "BTC"
                                 : l.starts_with("franc") ? "franc" : "pence";
      } else if (l == "times" || l == "x") {
        unit = "times";
      } else if (!code.empty() && (l != "pounds" || unit.empty())) {
        if (unit.empty()) {
          unit = code;
          money_word_after = true;
        }
      } else {
        consumed = false;
      }
      if (consumed) e = static_cast<size_t>(u.data() + u.size() - text.data());
    }
    // "66.1 US cents", "40 euro cents": a minor unit named with its currency.
    for (std::string_view minor : {" us cents", " u.s. cents", " us cent", " u.s. cent", " euro cents", " euro cent"})
      if (unit.empty() && !bare_letter && text.size() - e >= minor.size() &&
          ascii::EqualsLower(text.substr(e, minor.size()), minor) &&
          (e + minor.size() == text.size() || !IsAlpha(text[e + minor.size()]))) {
        unit = "cent";
        e += minor.size();
        break;
      }
    // ("42.79 euro cents": the suffix "euro" taken, then its cents; a cent, not 42.79 euros.)
    if (unit == "EUR" && ascii::EqualsLower(text.substr(e > 4 ? e - 4 : 0, 4), "euro")) {
      for (std::string_view minor : {" cents", " cent"})
        if (text.size() - e >= minor.size() && ascii::EqualsLower(text.substr(e, minor.size()), minor) &&
            (e + minor.size() == text.size() || !IsAlpha(text[e + minor.size()]))) {
          unit = "cent";
          e += minor.size();
          break;
        }
    }
    // "magnitude 7.1", "a magnitude-6.2 quake", "6.8 on the Richter scale": an earthquake's
    // magnitude, named before the figure or after it.
    if (unit.empty() && !bare_letter &&
        (ascii::EqualsLower(WordBefore(text, number_begin), "magnitude") ||
         (number_begin > 1 && text[number_begin - 1] == '-' &&
          ascii::EqualsLower(WordBefore(text, number_begin - 1), "magnitude")) ||
         text.substr(e).starts_with(" on the Richter scale")))
      unit = "magnitude";
    // Counted noun: "20 world leaders", "three Russian sources" (not after an age's word: "People
    // aged over 65 make up").
    const bool age_word = AgeWordBefore(text, number_begin) && !SpanNounAt(text, e);
    if (unit.empty() && !bare_letter && !age_word) {
      size_t pos = e;
      std::string noun;
      size_t noun_end = e;
      // "20 787 Dreamliners", "400 737 Max jets": a model's number (three digits after a space,
      // which the number's pattern would have joined but for its name after) opens the noun.
      const bool model = e < text.size() && text[e] == ' ' && AirlinerAt(text, e + 1);
      if (model) {
        pos = e + 4;
        while (pos < text.size() && text[pos] != ' ') ++pos;
        noun_end = pos;
      }
      // "1.02 million 60-kg bags", "400 20-foot containers": a measure's compound before the noun.
      if (!model && e + 2 < text.size() && text[e] == ' ' && IsDigit(text[e + 1])) {
        size_t d = e + 1;
        while (d < text.size() && (IsDigit(text[d]) || text[d] == '.')) ++d;
        size_t we = d + 1;
        while (we < text.size() && IsAlpha(text[we])) ++we;
        if (d < text.size() && text[d] == '-' && we > d + 1 && we + 1 < text.size() && text[we] == ' ' &&
            IsAlpha(text[we + 1])) {
          size_t ue = 0;
          if (Tables::Get().units.LongestAt(text, d + 1, &ue) != nullptr && ue == we) pos = we;
        }
      }
      bool after_name = false;  // the last word taken is a plural name
      size_t before_name = e;   // the noun's end before it
      for (int k = 0; k < 3; ++k) {
        // The next word (one optional space, a letter, then letters, ' and -), within 40 bytes.
        const size_t limit = std::min(text.size(), pos + 40);
        size_t wb = pos;
        if (wb < limit && (text[wb] == ' ' || text[wb] == '\t' || text[wb] == '\n' || text[wb] == '\r' ||
                           text[wb] == '\f' || text[wb] == '\v'))
          ++wb;
        // (An "&" between names: "200 Johnson & Johnson employees".)
        const bool ampersand = wb + 1 < limit && text[wb] == '&' && text[wb + 1] == ' ';
        if (wb >= limit || !(IsAlpha(text[wb]) || ampersand)) break;
        size_t we = wb + 1;
        while (!ampersand && we < limit && (IsAlpha(text[we]) || text[we] == '\'' || text[we] == '-')) ++we;
        std::string_view w = text.substr(wb, we - wb);
        std::string_view wv = w;
        // ("aged 5 to 19 rose to 159 million": a past of a move is the clause's verb, no noun.)
        if (noun.empty() && wv.size() > 2 && wv[0] >= 'a' && wv[0] <= 'z' && chunk::MoveWords().Find(wv) != nullptr &&
            (chunk::IrregularPast(wv) || wv.ends_with("ed")))
          break;
        // ("the 180,000 analysts had expected", "the 3.2% economists forecast": the forecasters of
        // an expected figure, no count of them.)
        if (noun.empty() && chunk::ForecastersExpected(text, number_begin, e) > 0)
          break;
        // "460 Kia and Hyundai vehicles", "300 Ford and GM workers": two names joined before the
        // plural they both modify.
        if ((wv == "and" || wv == "&") && noun.find(' ') == std::string::npos && !noun.empty() && noun[0] >= 'A' &&
            noun[0] <= 'Z' && we + 1 < text.size() && text[we] == ' ' && text[we + 1] >= 'A' && text[we + 1] <= 'Z') {
          size_t ne = we + 1;
          while (ne < text.size() && (IsAlpha(text[ne]) || text[ne] == '-')) ++ne;
          size_t pe = ne + 1;
          while (pe < text.size() && IsAlpha(text[pe])) ++pe;
          const std::string_view plural = ne + 1 < text.size() && text[ne] == ' ' ? text.substr(ne + 1, pe - ne - 1) : std::string_view();
          if (plural.size() > 3 && plural[0] >= 'a' && plural[0] <= 'z' && plural.ends_with("s") && !plural.ends_with("ss") &&
              chunk::Classify(plural) == chunk::WordClass::kContent && !PluralName(text.substr(we + 1, ne - we - 1))) {
            noun += ' ';
            noun += text.substr(wb, ne - wb);
            pos = ne;
            continue;
          }
        }
        // ("hire 640 more nurses", as "300 fewer beds": "more" before a plural opens the noun; not "more
        // than".)
        if (noun.empty() && wv == "more" && we + 1 < text.size() && text[we] == ' ') {
          const std::string_view next = WordAfter(text, we + 1);
          // (Or people, or a plural after a compound modifier: "512,000 more people", "22,800 more
          // part-time jobs".)
          size_t after_next = we + 1 + next.size();
          while (after_next + 1 < text.size() && text[after_next] == '-' && IsAlpha(text[after_next + 1])) {
            ++after_next;
            while (after_next < text.size() && IsAlpha(text[after_next])) ++after_next;
          }
          const bool hyphened = after_next > we + 1 + next.size();
          const std::string_view then = hyphened && after_next + 1 < text.size() && text[after_next] == ' '
                                            ? WordAfter(text, after_next + 1)
                                            : std::string_view();
          const bool people = next == "people" || next == "children" || next == "men" || next == "women";
          const bool plural_after = then.size() > 3 && then[0] >= 'a' && then[0] <= 'z' && chunk::PluralShape(then) &&
                                    chunk::Classify(then) == chunk::WordClass::kContent;
          if (next.size() > 3 && next[0] >= 'a' && next[0] <= 'z' &&
              (people || plural_after || (chunk::PluralShape(next) && chunk::Classify(next) == chunk::WordClass::kContent)) &&
              chunk::MoveWords().Find(next) == nullptr) {
            noun += wv;
            pos = we;
            noun_end = pos;
            continue;
          }
        }
        // (Nor a number of its own: "compared with 47.5 three months earlier".)
        if (ampersand || IsStopWord(wv) || IsMonthWord(wv) || chunk::CannotBeginNoun(wv, text.substr(we)) ||
            (noun.empty() && IsNumberWord(wv) && !ascii::EqualsLower(wv, "point") && !ascii::EqualsLower(wv, "dozen") &&
             !ascii::EqualsLower(wv, "dozens") && !ascii::EqualsLower(wv, "hundred") && !ascii::EqualsLower(wv, "thousand") &&
             !ascii::EqualsLower(wv, "million") && !ascii::EqualsLower(wv, "billion") && !ascii::EqualsLower(wv, "trillion")))
          break;
        if (noun.empty() && chunk::ParticipleWithObject(wv, text.substr(we)) &&
            chunk::Classify(WordBefore(text, number_begin)) != chunk::WordClass::kDeterminer)
          break;
        if (!noun.empty() && wv.size() > 3 && wv.ends_with("ed")) break;  // "countries agreed"
        // "The top 10 accounted for 40%", "10 attended the meeting": a past with "for" or an
        // object after it is the figure's verb, no noun.
        if (noun.empty() && wv.size() > 4 && wv.ends_with("ed") && !wv.ends_with("eed") && wv.front() >= 'a' &&
            wv.front() <= 'z' && we + 1 < text.size() && text[we] == ' ') {
          static const auto* after_past = new ascii::WordMap<bool>(
              {{"for", true}, {"the", true}, {"a", true}, {"an", true}, {"its", true}, {"their", true},
               {"his", true}, {"her", true}, {"our", true}},
              /*lower=*/false);
          if (after_past->Find(WordAfter(text, we + 1)) != nullptr) break;
        }
        // "11 members bound", "20 fans went", "59 users mostly", "two sides remains": the noun
        // ends before a verb or an adverb; a plural noun is not followed by another -s word
        // but by its verb.
        const bool lower_plural =
            wv.size() > 3 && wv.ends_with("s") && !wv.ends_with("ss") && wv.front() >= 'a' && wv.front() <= 'z';
        // After a plural name only a noun it modifies goes on ("3 Beatles songs", "14 Proud Boys
        // members"; not "12 Democrats support"); a capitalized word after it makes the whole a
        // name ("Three Arrows Capital", "5 Teens Face Charges"): nothing counted.
        if (after_name && !lower_plural) {
          // (A headline's verb keeps the count: "3 Firefighters Injured", "12 Workers Left Jobs".)
          // A headline in title case goes on in capitals ("12 Democrats Join Republicans", "5
          // Teens Face Charges"); a name is followed by small letters ("Three Arrows Capital
          // collapsed", "The 3 Musketeers Bars were recalled").
          const bool verb = chunk::IrregularPast(wv) || (wv.size() > 4 && wv.ends_with("ed")) ||
                            chunk::Classify(wv) == chunk::WordClass::kVerb;
          const bool title_case = we + 1 < text.size() && text[we] == ' ' && text[we + 1] >= 'A' && text[we + 1] <= 'Z';
          if (wv.front() >= 'A' && wv.front() <= 'Z' && !verb && !title_case) noun_end = before_name;
          break;
        }
        if (!noun.empty()) {
          const auto cls = chunk::Classify(wv);
          if (cls == chunk::WordClass::kVerb || cls == chunk::WordClass::kAdverb) break;
          if (wv.size() > 4 && wv.ends_with("ly")) break;
          // ("120 points higher at 38,500": the move's particle.)
          if (ascii::EqualsLower(wv, "higher") || ascii::EqualsLower(wv, "lower")) break;
          const std::string_view last = std::string_view(noun).substr(noun.rfind(' ') == std::string::npos ? 0 : noun.rfind(' ') + 1);
          const bool plural = (last.size() > 3 && last.ends_with("s") && !last.ends_with("ss") && !SingularName(last)) ||
                              last == "people" || last == "children" || last == "men" || last == "women";
          if (plural && lower_plural && !after_name) break;
          // ("3 million people live there", "20 workers remain": a plural's verb in its base form;
          // a compound's plural comes last: "3 car parks", but for plurals that modify: "10 sales
          // staff".)
          if (plural && !after_name && wv.front() >= 'a' && wv.front() <= 'z' && !ModifierPlural(last)) break;
          // "eight other employees left", "11 members bound by": a plural's verb in a past of its own.
          if (plural && chunk::IrregularPast(wv)) break;
        }
        if (!noun.empty()) noun += ' ';
        noun += wv;
        pos = we;
        after_name = false;
        if ((wv.front() >= 'a' && wv.front() <= 'z') || model) {
          noun_end = pos;
        } else if (PluralName(wv) && !NameBefore(text, number_begin) && SpelledOpening(text, number_begin) &&
                   !wv.ends_with("ans") && !wv.ends_with("crats") && !wv.ends_with("ists")) {
          // A firm's name or a count ("Six Flags said", "Two Sigma Investments"): counted only with
          // the noun right after a name of one word ("Nine Mets starters"); people's plurals count
          // ("Three Republicans voted").
          before_name = noun_end;
          after_name = noun.size() == wv.size();
        } else if (PluralName(wv) && !NameBefore(text, number_begin)) {
          before_name = noun_end;
          // "three Oscars", "12 Democrats", "seven Super Bowls": a plural name counted, when the
          // figure is no part of a name itself ("Channel 4 News", "Formula 1 Drivers").
          noun_end = pos;
          after_name = true;
        }
        if (pos < text.size() && text[pos] != ' ') break;
      }
      // (A lone letter glued to the digits counts nothing: "3m", "50l-60l" are a unit or a scale
      // read nowhere else.)
      const bool glued_letter = e < text.size() && IsAlpha(text[e]) && (e + 1 >= text.size() || !IsAlpha(text[e + 1]));
      if (noun_end > e && !glued_letter) {
        noun = std::string(Lower(text.substr(e, noun_end - e)));
        while (!noun.empty() && noun.front() == ' ') noun.erase(0, 1);
        q.noun = noun;
        unit = "count";
      } else if (PartitiveNoun(text, e, &noun)) {
        q.noun = noun;
        unit = "count";
      }
    }
    // "75 USD million": a scale after the currency code.
    if (!unit.empty() && unit.size() == 3 && std::isupper(static_cast<unsigned char>(unit[0]))) {
      if (ScaleHit t = FindScale(p.scale, text, e); t && t.kind != ScaleHit::kLetter) {
        q.value *= t.value;
        e = static_cast<size_t>(t.word.data() + t.word.size() - text.data());
      }
    }
    // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50.": the
    // minor units go with the figure. Without "cents" the amount must end the clause, and
    // without "and" ("15 dollars and 20 people" is two figures).
    if (money_word_after) {
      size_t at = e;
      const bool with_and = text.substr(at).starts_with(" and ");
      if (with_and) at += 4;
      if (at < text.size() && text[at] == ' ') {
        ++at;
        size_t ce = at;
        std::optional<double> minor;
        if (IsDigit(text[at])) {
          while (ce < text.size() && IsDigit(text[ce])) ++ce;
          if (ce - at <= 2 && (ce == text.size() || !IsWordByte(text[ce])))
            minor = std::strtod(std::string(text.substr(at, ce - at)).c_str(), nullptr);
        } else if (IsNumberWord(WordAfter(text, at))) {
          re2::StringPiece w;
          if (p.spelled.Match(all, at, text.size(), RE2::ANCHOR_START, &w, 1)) {
            ce = at + w.size();
            minor = ParseSpelledNumber(w);
          }
        }
        if (minor && *minor >= 1 && *minor < 100 && *minor == std::floor(*minor)) {
          std::string_view rest = text.substr(ce);
          size_t minor_word = 0;
          for (std::string_view c : {" cents", " cent", " pence", " penny"}) {
            if (rest.starts_with(c) && (rest.size() == c.size() || !IsWordByte(rest[c.size()]))) {
              minor_word = c.size();
              break;
            }
          }
          const bool clause_ends = rest.empty() || std::strchr(".,;:!?)", rest[0]) != nullptr;
          if (minor_word > 0 || (!with_and && clause_ends)) {
            q.value += *minor / 100;
            e = ce + minor_word;
          }
        }
      }
    }
    // "$3,500 a month", "$2.24 per mmBTU", "5 cents a share": a rate, "USD per month".
    if ((unit.size() == 3 && std::isupper(static_cast<unsigned char>(unit[0]))) || unit == "cent" || unit == "pence") {
      // "(US$4.46) per share": a conversion in brackets takes the rate after them; the figure's
      // span stays inside the bracket.
      const size_t paren = text.substr(e).starts_with(") per ") ? 1 : 0;
      const size_t e0 = e;
      e += paren;
      const std::string_view rest = text.substr(e);
      const size_t skip = rest.starts_with(" a ") && !paren ? 3 : rest.starts_with(" an ") && !paren ? 4 : rest.starts_with(" per ") ? 5 : 0;
      size_t end = 0;
      if (skip > 0) {
        const TableEntry* r = Tables::Get().rate_nouns.LongestAt(text, e + skip, &end);
        if (r && SpanIsTime(text, end)) r = nullptr;  // "a year earlier"
        // (Not a compound's first word, "$700 an acre-foot", nor a noun's modifier after " a ":
        // "$2 a liter bottle", "$9 an acre lot".)
        if (r && end < text.size() && text[end] == '-') r = nullptr;
        if (r && skip < 5 && end + 1 < text.size() && text[end] == ' ') {
          static const auto* land = new ascii::WordMap<bool>(
              {{"bushel", true}, {"acre", true}, {"hectare", true}, {"litre", true}, {"square foot", true},
               {"square metre", true}, {"cubic metre", true}, {"therm", true}, {"carat", true}},
              /*lower=*/false);
          const std::string_view n = WordAfter(text, end + 1);
          if (land->Find(r->unit) != nullptr && !n.empty() && n[0] >= 'a' && n[0] <= 'z' &&
              chunk::Classify(n) == chunk::WordClass::kContent && !n.ends_with("ly"))
            r = nullptr;
        }
        if (r) {
          unit += " per " + r->unit;
          e = end;
        } else if (skip == 5 && PerWord(text, e + 5)) {
          const std::string_view w = PerNoun(text, e + 5);
          unit += " per " + std::string(w);
          e += 5 + w.size();
        }
      }
      if (paren) e = e0;
    }
    // "11 feet per century", "78,000 times a minute", "40 hours a week": a measure or a count of
    // times over a span of time is a rate, "foot per century". After " a " or " an " only units
    // of time ("3 miles a day"; not "5 kg a head"); after " per " any word ("2 tonnes per
    // hectare"). Not a unit that is a rate already ("mph", "barrel per day") nor a ratio.
    else if ((table_unit && unit != "percent" && unit != "pp" && unit != "bp" && unit.find(' ') == std::string::npos) ||
             unit == "times") {
      const std::string_view rest = text.substr(e);
      const size_t skip = rest.starts_with(" a ") ? 3 : rest.starts_with(" an ") ? 4 : rest.starts_with(" per ") ? 5 : 0;
      size_t end = 0;
      const TableEntry* r = skip > 0 ? Tables::Get().rate_nouns.LongestAt(text, e + skip, &end) : nullptr;
      static const auto* kSpan = new ascii::WordMap<bool>(
          {{"year", true}, {"month", true}, {"week", true}, {"day", true}, {"hour", true}, {"minute", true},
           {"night", true}, {"decade", true}, {"century", true}},
          /*lower=*/false);
      if (r && skip < 5 && kSpan->Find(r->unit) == nullptr) r = nullptr;
      if (r && SpanIsTime(text, end)) r = nullptr;
      if (r && PerNoun(text, e + skip).size() > end - (e + skip)) r = nullptr;  // ("per kilowatt-hour")
      if (r) {
        unit += " per " + r->unit;
        e = end;
      } else if (skip == 5 && WordAfter(text, e + 5).size() > 1 && PerWord(text, e + 5)) {
        const std::string_view w = PerNoun(text, e + 5);
        unit += " per " + std::string(w);
        e += 5 + w.size();
      }
    }
    // "minus five percent", "negative 3".
    std::string_view sign_word = WordBefore(text, b);
    if (b > 1 && text[b - 1] == '-' && IsAlpha(text[b - 2])) {  // "minus-5"
      sign_word = WordBefore(text, b - 1);
      if (!ascii::EqualsLower(sign_word, "minus") && !ascii::EqualsLower(sign_word, "negative")) sign_word = {};
    }
    // ("plus or minus 3 percentage points": a margin either way, no sign.)
    if (ascii::EqualsLower(sign_word, "minus") && sign_word.data() > text.data()) {
      const size_t sb = static_cast<size_t>(sign_word.data() - text.data());
      const std::string_view o = WordBefore(text, sb);
      if (ascii::EqualsLower(o, "or") && ascii::EqualsLower(WordBefore(text, static_cast<size_t>(o.data() - text.data())), "plus"))
        sign_word = {};
    }
    if (sign_word == "minus" || sign_word == "negative" || sign_word == "Minus" || sign_word == "Negative") {
      q.value = -q.value;
      if (q.hi) *q.hi = -*q.hi;
      b = static_cast<size_t>(sign_word.data() - text.data());
    }
    // An age after "aged", "ages" or "age", maybe past "between", "over" or "under" ("children
    // aged 5 to 19", "women aged between 25 and 54", "at age 6"): whole years under 120.
    if (unit.empty() && q.value >= 0 && q.value < 120 && q.value == std::floor(q.value) &&
        (!q.hi || (*q.hi < 120 && *q.hi == std::floor(*q.hi))) && age_word)
      unit = "year of age";
    q.unit = unit;
    // Approximation words just before.
    const bool level = unit.empty() || unit == "percent" || unit == "pp" || unit == "bp" || unit == "cent" || unit == "pence" ||
                       (unit.size() >= 3 && std::isupper(static_cast<unsigned char>(unit[0])) &&
                        std::isupper(static_cast<unsigned char>(unit[1])) && (unit.size() == 3 || unit[3] == ' '));
    q.approx = ApproxBefore(p.approx, text, b, level);
    q.begin = static_cast<uint32_t>(b);
    q.end = static_cast<uint32_t>(e);
    q.surface = std::string(text.substr(b, e - b));
    found.push_back(std::move(q));
  };

  // 1. Fractions and multipliers first: they own words that digits/spellout would misread.
  {
    re2::StringPiece in = all;
    re2::StringPiece g[12];
    while (may_fraction && !in.empty()) {
      size_t from = static_cast<size_t>(in.data() - text.data());
      re2::StringPiece m;
      if (!p.fraction.Match(all, from, text.size(), RE2::UNANCHORED, g, 12)) break;
      m = g[0];
      double v = 0;
      if (!g[1].empty()) {
        double d = std::strtod(std::string(g[3].data(), g[3].size()).c_str(), nullptr);
        v = std::strtod(std::string(g[1].data(), g[1].size()).c_str(), nullptr) +
            (d > 0 ? std::strtod(std::string(g[2].data(), g[2].size()).c_str(), nullptr) / d : 0);
      } else if (!g[4].empty()) {
        double d = std::strtod(std::string(g[6].data(), g[6].size()).c_str(), nullptr);
        v = std::strtod(std::string(g[4].data(), g[4].size()).c_str(), nullptr) +
            (d > 0 ? std::strtod(std::string(g[5].data(), g[5].size()).c_str(), nullptr) / d : 0);
      } else if (!g[7].empty()) {
        v = SmallNumberWord(std::string_view(g[7].data(), g[7].size())) +
            1.0 / Denominator(std::string_view(g[8].data(), g[8].size()));
      } else if (!g[9].empty()) {
        v = SmallNumberWord(std::string_view(g[9].data(), g[9].size())) /
            Denominator(std::string_view(g[10].data(), g[10].size()));
      } else {
        v = 0.5;
      }
      size_t b = static_cast<size_t>(m.data() - text.data()), e = b + m.size();
      if (m.empty()) break;
      if (!g[9].empty() && ascii::EqualsLower(std::string_view(g[9].data(), g[9].size()), "a")) {
        // "a third term", "and a fourth, employing 220": an ordinal. "a third of", "down by a
        // tenth", "nearly a fifth" are shares; "a half" and "a quarter" are shares whatever
        // follows.
        const std::string_view den(g[10].data(), g[10].size());
        const bool half_or_quarter = ascii::EqualsLower(den.substr(0, 3), "hal") ||
                                     ascii::EqualsLower(den.substr(0, std::min<size_t>(den.size(), 7)), "quarter");
        static const auto* kShareBefore = new ascii::WordMap<bool>(
            {{"by", true}, {"nearly", true}, {"almost", true}, {"about", true}, {"around", true},
             {"roughly", true}, {"than", true}, {"down", true}, {"up", true}, {"over", true},
             {"under", true}, {"least", true}, {"just", true}, {"only", true}, {"some", true},
             {"fully", true}, {"barely", true}, {"approximately", true}},
            /*lower=*/true);
        const std::string_view rest = text.substr(e);
        const bool share = half_or_quarter || rest.starts_with(" of ") || rest.empty() || rest == "." ||
                           kShareBefore->Find(WordBefore(text, b)) != nullptr;
        if (!share) {
          in = sp(e, text.size());
          continue;
        }
      }
      // "six quarters of decline", "the past two quarters", "three quarters in a row": quarters of
      // a year counted, no fraction (four or more are none; after a word of time neither).
      if (!g[9].empty() && ascii::EqualsLower(std::string_view(g[10].data(), g[10].size()), "quarters")) {
        static const auto* kTimeBefore = new ascii::WordMap<bool>(
            {{"past", true}, {"last", true}, {"next", true}, {"consecutive", true}, {"straight", true},
             {"successive", true}, {"previous", true}, {"recent", true}, {"coming", true}},
            /*lower=*/true);
        if (v >= 1 || kTimeBefore->Find(WordBefore(text, b)) != nullptr || text.substr(e).starts_with(" in a row")) {
          in = sp(e, text.size());
          continue;
        }
      }
      // The whole part spelled before "and": "forty-two and a half", "one hundred and three
      // quarters", "twenty and three fifths".
      bool mixed = !g[1].empty() || !g[4].empty() || !g[7].empty();  // a whole part and a fraction
      if (!g[7].empty() || !g[9].empty()) {
        size_t wb = !g[7].empty() ? static_cast<size_t>(g[7].data() - text.data()) : b;
        size_t we = !g[7].empty() ? wb + g[7].size() : b;
        const bool and_before = g[7].empty() && text.substr(0, b).ends_with(" and ");
        if (and_before) we = b - 5, wb = we;  // "<number words> and " before the fraction
        // Extend over number words (and the "and" between them) ending at we.
        size_t at = wb;
        while ((!g[7].empty() || and_before) && at > 0) {
          size_t k = at;
          while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '-')) --k;
          size_t ws = k;
          while (ws > 0 && IsAlpha(text[ws - 1])) --ws;
          if (ws == k || (k == at && at != we)) break;  // words are separated, but the first
          std::string_view w = text.substr(ws, k - ws);
          if (IsNumberWord(w) && !ascii::EqualsLower(w, "point")) at = ws;
          else if (ascii::EqualsLower(w, "and") && ws > 0 && IsNumberWord(WordBefore(text, ws))) at = ws;
          else break;
        }
        if (we > at && (at < wb || g[7].empty())) {
          std::string_view whole = text.substr(at, we - at);
          while (whole.starts_with("and ") || whole.starts_with("And ")) whole.remove_prefix(4);
          std::optional<double> w = IsDigit(whole.front()) ? std::optional<double>(std::strtod(std::string(whole).c_str(), nullptr))
                                                           : ParseSpelledNumber(whole);
          if (w) {
            const double frac = !g[7].empty() ? 1.0 / Denominator(std::string_view(g[8].data(), g[8].size())) : v;
            v = *w + frac;
            mixed = true;
            b = static_cast<size_t>(whole.data() - text.data());
            m = re2::StringPiece(text.data() + b, e - b);
          }
        }
      }
      std::string_view prev = WordBefore(text, b);
      // ("first-half profit", "second-half sales", "half-year results", "at half-time": a period
      // of the year or of a game named, no fraction.)
      const bool period_half =
          !g[11].empty() &&
          ((b > 0 && text[b - 1] == '-' && [&] {
             const std::string_view o = WordBefore(text, b - 1);
             // (Or a compound's: "fly-half", "scrum-half".)
             return ascii::EqualsLower(o, "first") || ascii::EqualsLower(o, "second") || ascii::EqualsLower(o, "fly") ||
                    ascii::EqualsLower(o, "scrum") || ascii::EqualsLower(o, "inside") || ascii::EqualsLower(o, "stand");
           }()) ||
           [&] {
             const std::string_view rest = text.substr(e);
             for (std::string_view t : {"-year", "-time", "-yearly", "-term"})
               if (rest.size() >= t.size() && ascii::EqualsLower(rest.substr(0, t.size()), t) &&
                   (rest.size() == t.size() || !IsAlpha(rest[t.size()])))
                 return true;
             return false;
           }());
      // ("during the half", "in the half": the half-year a story told, named again; not "for the half
      // of households that rent".)
      const bool the_half = !g[11].empty() && prev == "the" && !text.substr(e).starts_with(" of") &&
                            !text.substr(e).starts_with(" that") && !text.substr(e).starts_with(" who") &&
                            !text.substr(e).starts_with(" which") && [&] {
        const size_t at = text.rfind("the", b);
        const std::string_view o = at == std::string_view::npos ? std::string_view() : WordBefore(text, at);
        return o == "in" || o == "during" || o == "over" || o == "for" || o == "through" || o == "throughout" ||
               o == "across" || o == "In" || o == "During" || o == "Over" || o == "For";
      }();
      if (period_half || the_half ||
          (!g[11].empty() && (prev == "first" || prev == "second" || prev == "latter" || prev == "other" ||
                              prev == "First" || prev == "Second"))) {
        in = sp(e, text.size());
        continue;
      }
      if (mixed) {
        // "2 1/2 percent", "forty-two and a half years": a number like any other, read with
        // what follows it; without a unit it stays a fraction ("1-1/2").
        const size_t n0 = found.size();
        complete(b, e, v);
        if (found.size() > n0) {
          if (found.back().unit.empty()) found.back().unit = "fraction";
          e = std::max<size_t>(e, found.back().end);
        }
        in = sp(e, text.size());
        continue;
      }
      Quantity q;
      q.value = v;
      q.unit = "fraction";
      // "a quarter point", "a half-point", "half a percentage point", "three-quarters of a point":
      // a share of a point is a move of rates, in percentage points: "percentage" said, or a word
      // of rates near ("rate", "yield", "inflation"); not an index's, a spread's or a standing's
      // point ("half a point to 34,500", "a half-point favorite", "half a point behind"), nor the
      // end of a compound ("three-and-a-half-point underdogs").
      for (std::string_view tail : {" of a percentage point", " of a point", " a percentage point", " a point",
                                    " percentage point", " point", "-point"}) {
        const std::string_view rest = text.substr(e);
        if (!rest.starts_with(tail)) continue;
        if ((b > 0 && text[b - 1] == '-') ||
            (tail.find("percentage") == std::string_view::npos && !WordsNear(text, b, e + tail.size(), kRateWords)))
          break;
        size_t te = e + tail.size();
        if (te < text.size() && text[te] == 's') ++te;
        if (te < text.size() && IsAlpha(text[te])) break;
        q.unit = "pp";
        e = te;
        m = re2::StringPiece(text.data() + b, e - b);
        break;
      }
      // "half a percent", "a quarter of a per cent": a share of one percent.
      if (q.unit == "fraction") {
        for (std::string_view tail : {" a percent", " of a percent", " a per cent", " of a per cent", " of one percent",
                                      " of 1 percent", " of 1%", " a percentage", " of a percentage"}) {
          const std::string_view rest = text.substr(e);
          if (!rest.starts_with(tail) || (rest.size() > tail.size() && IsAlpha(rest[tail.size()]))) continue;
          if (tail.ends_with("percentage") && !(rest.size() > tail.size() && rest[tail.size()] == ' ')) continue;
          if (tail.ends_with("percentage")) break;  // ("half a percentage point": above, or not at all)
          q.unit = "percent";
          e += tail.size();
          m = re2::StringPiece(text.data() + b, e - b);
          break;
        }
      }
      if (q.unit == "fraction") {
        // "half a million", "two thirds of a million": the share of a scale is a number.
        size_t after_a = e;
        if (text.substr(e).starts_with(" a ")) after_a = e + 2;
        else if (text.substr(e).starts_with(" of a ")) after_a = e + 5;
        if (ScaleHit t = FindScale(p.scale, text, after_a); t && t.kind != ScaleHit::kLetter &&
            !text.substr(t.word.data() + t.word.size() - text.data()).starts_with("-")) {
          // A number like any other from here: read with its currency or unit ("a quarter
          // million dollars").
          const size_t se = static_cast<size_t>(t.word.data() + t.word.size() - text.data());
          const size_t n0 = found.size();
          complete(b, se, v * t.value);
          in = sp(found.size() > n0 ? std::max<size_t>(se, found.back().end) : se, text.size());
          continue;
        }
      }
      q.begin = static_cast<uint32_t>(b);
      q.end = static_cast<uint32_t>(e);
      q.surface = std::string(m.data(), m.size());
      q.approx = ApproxBefore(p.approx, text, b);
      found.push_back(std::move(q));
      in = sp(e, text.size());
    }
  }
  {
    re2::StringPiece g[3];
    size_t from = 0;
    while (may_multiplier && from < text.size() && p.multiplier.Match(all, from, text.size(), RE2::UNANCHORED, g, 3)) {
      size_t b = static_cast<size_t>(g[0].data() - text.data()), e = b + g[0].size();
      Quantity q;
      q.unit = "times";
      if (!g[1].empty()) {
        q.value = SmallNumberWord(std::string_view(g[1].data(), g[1].size()));
      } else {
        std::string verb = Lower(std::string_view(g[2].data(), g[2].size()));
        q.value = verb.starts_with("doubl") ? 2 : verb.starts_with("tripl") || verb.starts_with("trebl") ? 3
                 : verb.starts_with("quadrupl") ? 4 : 0.5;
        q.multiplier_verb = verb;
      }
      q.begin = static_cast<uint32_t>(b);
      q.end = static_cast<uint32_t>(e);
      q.surface = std::string(g[0].data(), g[0].size());
      q.approx = ApproxBefore(p.approx, text, b);
      found.push_back(std::move(q));
      from = e > b ? e : b + 1;
    }
  }
  {
    re2::StringPiece g[3];
    size_t from = 0;
    while (may_one_in && from < text.size() && p.one_in.Match(all, from, text.size(), RE2::UNANCHORED, g, 3)) {
      size_t b = static_cast<size_t>(g[0].data() - text.data()), e = b + g[0].size();
      from = e;
      double num = SmallNumberWord(std::string_view(g[1].data(), g[1].size()));
      double den = SmallNumberWord(std::string_view(g[2].data(), g[2].size()));
      // "one in twenty-one", "two out of five hundred": the denominator goes on.
      if (e + 1 < text.size() && text[e] == '-' && den >= 20 && den < 100) {
        size_t ue = e + 1;
        while (ue < text.size() && IsAlpha(text[ue])) ++ue;
        const double units = SmallNumberWord(text.substr(e + 1, ue - e - 1));
        if (units >= 1 && units <= 9) den += units, e = ue;
      }
      if (ScaleHit t = FindScale(p.scale, text, e); t && t.kind == ScaleHit::kWord) {
        den *= t.value;
        e = static_cast<size_t>(t.word.data() + t.word.size() - text.data());
      }
      bool inside = false;
      for (const auto& q : found) inside |= b < q.end && q.begin < e;
      if (den <= num || den > 1000 || inside) continue;  // "one in 2024" is a date, not a share
      Quantity q;
      q.value = num / den;
      q.unit = "fraction";
      q.begin = static_cast<uint32_t>(b);
      q.end = static_cast<uint32_t>(e);
      q.surface = std::string(text.substr(b, e - b));
      found.push_back(std::move(q));
    }
  }
  {
    re2::StringPiece g[3];
    size_t from = 0;
    while (slash && from < text.size() && p.slash_fraction.Match(all, from, text.size(), RE2::UNANCHORED, g, 3)) {
      size_t b = static_cast<size_t>(g[1].data() - text.data());
      size_t e = static_cast<size_t>(g[2].data() + g[2].size() - text.data());
      from = e;
      double num = std::strtod(std::string(g[1].data(), g[1].size()).c_str(), nullptr);
      double den = std::strtod(std::string(g[2].data(), g[2].size()).c_str(), nullptr);
      bool inside = false;
      for (const auto& q : found) inside |= b < q.end && q.begin < e;
      if (den == 0 || inside || in_url(b)) continue;
      Quantity q;
      q.value = num / den;
      q.unit = "fraction";
      q.begin = static_cast<uint32_t>(b);
      q.end = static_cast<uint32_t>(e);
      q.surface = std::string(text.substr(b, e - b));
      found.push_back(std::move(q));
    }
  }
  auto overlaps = [&](size_t b, size_t e) {
    for (const auto& q : found) if (b < q.end && q.begin < e) return true;
    return false;
  };


  // 2. Digit numbers.
  {
    re2::StringPiece g[2];
    size_t from = 0;
    size_t skipped_end = std::string_view::npos - 1;  // end of the last date part skipped
    for (size_t start; (start = NextNumberStart(text, from)) != std::string_view::npos &&
                       p.number.Match(all, start, text.size(), RE2::ANCHOR_START, g, 1);) {
      size_t b = static_cast<size_t>(g[0].data() - text.data()), e = b + g[0].size();
      from = e;
      // Part of a name or code ("CR929", "Siberia-2", "Covid-19"), an ordinal ("1st"), a time.
      size_t letters = b;
      while (letters > 0 && IsAlpha(text[letters - 1])) --letters;
      size_t prefix_begin = 0;
      bool code_glued = (b > letters && Tables::Get().currency_prefix.LongestBefore(text, b, &prefix_begin) &&
                         prefix_begin <= letters) ||  // "RM79", "$US160", "USD5"
                        (letters + 2 == b && AsciiPound(text, b, e));  // "PS2.7m"
      // "minus-5 yards", "sub-7 nanometre", "magnitude-6.2": the prefix is no name.
      const std::string_view hyphen_word = b > 1 && text[b - 1] == '-' ? WordBefore(text, b - 1) : std::string_view();
      const bool sign_prefix = ascii::EqualsLower(hyphen_word, "minus") || ascii::EqualsLower(hyphen_word, "sub") ||
                               ascii::EqualsLower(hyphen_word, "negative") || ascii::EqualsLower(hyphen_word, "magnitude");
      if (!code_glued && !sign_prefix && b > 0 && (IsAlpha(text[b - 1]) || text[b - 1] == '_' ||
                    (text[b - 1] == '-' && b > 1 && IsAlpha(text[b - 2])) || text[b - 1] == ':'))
        continue;
      // "COVID -19": a name's number, spaced from it; "FTSE -0.6%" keeps its sign.
      if (b >= 3 && text[b - 1] == '-' && text[b - 2] == ' ' && !(e < text.size() && text[e] == '%')) {
        const std::string_view w = WordBefore(text, b - 2);
        if (w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) continue;
      }
      // A house number: "49 Elm Road", "9 E 71st St".
      {
        size_t k = e;
        for (int words = 0; words < 4 && k + 1 < text.size() && text[k] == ' '; ++words) {
          size_t we = 0;
          // "49 Elm Road"; "22 Ave Foch", "10 Rue Cler": the street word first, then a name.
          if (Tables::Get().streets.LongestAt(text, k + 1, &we) &&
              (words > 0 || (we + 1 < text.size() && text[we] == ' ' && text[we + 1] >= 'A' && text[we + 1] <= 'Z'))) {
            k = std::string_view::npos;
            break;
          }
          const size_t wb = k + 1;
          we = wb;
          while (we < text.size() && (ascii::IsWordByte(text[we]))) ++we;
          if (we == wb || (!(text[wb] >= 'A' && text[wb] <= 'Z') && !IsDigit(text[wb]))) break;
          k = we;
        }
        if (k == std::string_view::npos) continue;
      }
      if (e < text.size() && text[e] == ':') continue;
      if (e + 1 < text.size() && IsAlpha(text[e]) && IsAlpha(text[e + 1])) {
        std::string_view suf = text.substr(e, 2);
        if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") continue;
        // A currency code glued after the figure ("115USD") reads as money.
        auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
        const bool code_after = e + 3 <= text.size() && upper(text[e]) && upper(text[e + 1]) &&
                                upper(text[e + 2]) && CurrencyCode(text.substr(e, 3)).size() == 3 &&
                                (e + 3 == text.size() || !IsAlpha(text[e + 3]));
        size_t table_end = 0;
        const bool table_after = Tables::Get().units.LongestAt(text, e, &table_end) ||
                                 Tables::Get().scales.LongestAt(text, e, &table_end);  // "5GB", "15kHz", "1mil"
        if (!code_after && !table_after && !(suf == "bn" || suf == "mn" || suf == "tn" || suf == "pp" || suf == "km" || suf == "kg" ||
              Lower(suf) == "mw" || Lower(suf) == "gw" || Lower(suf) == "tw" || Lower(suf) == "kw" ||
              Lower(suf) == "ml" || suf == "tr" || suf == "bp"))
          continue;
      }
      if (const size_t comma = std::string_view(g[0].data(), g[0].size()).find(',');
          comma != std::string_view::npos && ((e + 1 < text.size() && text[e] == ',' && IsDigit(text[e + 1])) ||
                                              (b >= 2 && text[b - 1] == ',' && IsDigit(text[b - 2])))) {
        // "22,24,26,31": a list, not decimal commas
        e = b + comma;
        g[0] = re2::StringPiece(g[0].data(), comma);
        from = e;
      }
      // "20 787 Dreamliners", "150 737-8200 jets": a count and then an airliner's model number,
      // not one figure grouped by a space ("12 345 Einwohner", "1 265 MW" stay one).
      if (const std::string_view m(g[0].data(), g[0].size());
          m.size() >= 5 && m.find(' ') == m.size() - 4 && AirlinerAt(text, e - 3)) {
        e = b + m.size() - 4;
        g[0] = re2::StringPiece(g[0].data(), e - b);
        from = e + 1;  // the model's number is a name, not a figure
        while (from < text.size() && text[from] != ' ') ++from;
      }
      // A group of a malformed apostrophe grouping ("1'23'456": no 23,456 after the 1).
      if (const std::string_view m(g[0].data(), g[0].size());
          (m.find('\'') != std::string_view::npos || m.find("\xE2\x80\x99") != std::string_view::npos) &&
          ((b >= 2 && IsDigit(text[b - 2]) && text[b - 1] == '\'') ||
           (b >= 4 && IsDigit(text[b - 4]) && text.substr(b - 3, 3) == "\xE2\x80\x99")))
        continue;
      if (overlaps(b, e) || in_url(b)) continue;
      // Phone numbers, ISBNs, versions: digits joined by two or more hyphens or dots past the
      // number ("555-123-4567", "978-3-16-148410-0", "2.3.1").
      {
        size_t k = b, hyphens = 0, dots = 0;
        while (k + 1 < text.size() && (IsDigit(text[k]) || ((text[k] == '-' || text[k] == '.') && IsDigit(text[k + 1])))) {
          hyphens += text[k] == '-';
          dots += text[k] == '.';
          ++k;
        }
        if (k + 1 == text.size() && IsDigit(text[k])) ++k;
        if (k > e && (hyphens >= 2 || (dots >= 2 && hyphens == 0))) {
          from = k;
          continue;
        }
      }
      // A pair that labels ("Rooms 12-4", "pages 3-1") or "24-7", around the clock ("open
      // 24-7", "staffed 24-7"; not "won 24-7", "were up 24-7 at halftime"): no figure.
      if (e + 1 < text.size() && text[e] == '-' && IsDigit(text[e + 1]) && e - b <= 3 && IsDigit(text[b])) {
        size_t e2 = e + 1;
        while (e2 < text.size() && IsDigit(text[e2])) ++e2;
        const std::string_view before = WordBefore(text, b);
        static const auto* kAroundTheClock = new ascii::WordMap<bool>(
            {{"open", true}, {"opens", true}, {"available", true}, {"operate", true}, {"operates", true},
             {"operating", true}, {"run", true}, {"runs", true}, {"running", true}, {"work", true}, {"works", true},
             {"working", true}, {"worked", true}, {"staffed", true}, {"manned", true}, {"monitored", true},
             {"service", true}, {"services", true}, {"support", true}, {"access", true}, {"care", true},
             {"help", true}, {"coverage", true}, {"guarded", true}, {"watched", true}, {"patrolled", true}},
            /*lower=*/true);
        const bool clock = text.substr(b, e2 - b) == "24-7" && kAroundTheClock->Find(before) != nullptr;
        // (A unit after the pair makes it figures: "at levels 20-30% above", "items 10-15 euros".)
        size_t unit_end = 0;
        const bool unit_after = e2 < text.size() &&
                                (text[e2] == '%' || (text[e2] == ' ' && (Tables::Get().units.LongestAt(text, e2 + 1, &unit_end) ||
                                                                          Tables::Get().currency_suffix.LongestAt(text, e2 + 1, &unit_end) ||
                                                                          ascii::EqualsLower(WordAfter(text, e2 + 1), "times"))));
        if (((LabelNouns().Find(before) && !unit_after) || clock) && (e2 == text.size() || !IsWordByte(text[e2]))) {
          from = e2;
          continue;
        }
      }
      // A date written with slashes ("12/05/2026", "5/12/26"): a period, not two figures.
      {
        size_t k = b, slashes = 0, group = 0;
        bool fits = true;
        while (k < text.size() && (IsDigit(text[k]) || (text[k] == '/' && k + 1 < text.size() && IsDigit(text[k + 1])))) {
          if (text[k] == '/') {
            fits = fits && group >= 1 && group <= 2;
            ++slashes;
            group = 0;
          } else {
            ++group;
          }
          ++k;
        }
        if (slashes == 2 && fits && (group == 2 || group == 4) && (k == text.size() || !IsAlpha(text[k]))) {
          from = k;
          continue;
        }
      }
      // A telephone number: "+44 20 7946 0958", "0800 123 4567" (an international prefix, or
      // a leading zero, then groups of digits); "555-0123" (a group after a hyphen that starts
      // with a zero, as no range's end does).
      {
        const bool plus = b > 0 && text[b - 1] == '+' && (b == 1 || !IsDigit(text[b - 2])) && e - b <= 3;
        const bool zero = text[b] == '0' && e - b >= 3 && std::all_of(text.begin() + b, text.begin() + e, IsDigit);
        size_t k = e, groups = 0;
        while (k + 1 < text.size() && (text[k] == ' ' || text[k] == '-') && IsDigit(text[k + 1])) {
          size_t d = k + 1;
          while (d < text.size() && IsDigit(text[d])) ++d;
          if (d - k - 1 < 2 || d - k - 1 > 4 || (d < text.size() && (IsAlpha(text[d]) || text[d] == '%'))) break;
          k = d;
          ++groups;
        }
        const bool zero_after = e - b == 3 && e + 5 <= text.size() && text[e] == '-' && text[e + 1] == '0' &&
                                std::all_of(text.begin() + e + 1, text.begin() + e + 5, IsDigit) &&
                                (e + 5 == text.size() || !IsDigit(text[e + 5]));
        if (((plus || zero) && groups >= 2) || zero_after) {
          from = zero_after ? e + 5 : k;
          continue;
        }
      }
      // The parts of a date or a date range ("2019-09-01", "Sept. 20-24") and clock times
      // ("11 a.m.", "5pm") are periods, not quantities.
      if (b == skipped_end + 1 && text[b - 1] == '-') {
        skipped_end = e;
        continue;
      }
      if (b >= 5 && text[b - 1] == '-' && IsDigit(text[b - 2]) && b >= 6 && IsDigit(text[b - 5]) &&
          IsDigit(text[b - 4]) && IsDigit(text[b - 3]) && (b == 6 || !IsDigit(text[b - 6])) && e - b == 2) {
        skipped_end = e;
        continue;  // "2019-09"
      }
      {
        size_t k = e;
        if (k < text.size() && text[k] == ' ') ++k;
        const std::string_view t = text.substr(k, 4);
        const bool dotted = t.starts_with("a.m") || t.starts_with("p.m");
        const bool plain = (t.starts_with("am") || t.starts_with("pm")) && !(t.size() > 2 && IsAlpha(t[2]));
        if ((dotted || plain) && ParseDigits(std::string_view(g[0].data(), g[0].size())) <= 12)
          continue;
        // A wire's clock time of four digits and its zone ("by 1030 GMT", "at 0930 ET", "2100
        // local time"; not "1500 hours", a span).
        const std::string_view digits(g[0].data(), g[0].size());
        if (e - b == 4 && digits.size() == 4 && k == e + 1 && digits.find_first_not_of("0123456789") == std::string_view::npos &&
            (digits[0] < '2' || (digits[0] == '2' && digits[1] < '4')) && digits[2] < '6') {
          const std::string_view rest = text.substr(k);
          bool zone = false;
          for (std::string_view z : {"GMT", "UTC", "ET", "EST", "EDT", "BST", "CET", "CEST", "JST", "local time"})
            zone = zone || (rest.starts_with(z) && (rest.size() == z.size() || !IsAlpha(rest[z.size()])));
          if (zone) continue;
        }
      }
      // A tier's or a phase's number names it ("common equity tier 1 ratio", "a Phase 3 trial").
      if (e - b == 1 && b >= 6 && text[b - 1] == ' ' &&
          (ascii::EqualsLower(WordBefore(text, b), "tier") || ascii::EqualsLower(WordBefore(text, b), "phase")) &&
          (e == text.size() || !IsAlpha(text[e])))
        continue;
      // Digits glued to a word's dot are a name ("ID.3", "v.2"), unless the word is a currency
      // ("Rs.500").
      size_t glued_cb = 0;
      if (b >= 2 && text[b - 1] == '.' && IsAlpha(text[b - 2]) &&
          Tables::Get().currency_prefix.LongestBefore(text, b, &glued_cb) == nullptr)
        continue;
      const std::string_view number_text(g[0].data(), g[0].size());
      size_t digit_count = 0;
      double v = ParseDigits(number_text, &digit_count);
      if (dot_grouped(number_text)) v *= 1000;
      if (digit_count > 40) continue;  // not a quantity news reports; keeps values sensible
      if (!std::isfinite(v)) continue;
      // A power written with a caret, as a superscript reads once normalized ("10^8", "2^20",
      // "1.1^23"); after any other whole number a superscript is a footnote's mark ("42^1
      // percent"): passed over.
      size_t power_end = 0;
      int power = 0;
      if (e + 1 < text.size() && text[e] == '^') {
        size_t at = e + 1;
        const bool negative = text[at] == '-';
        if (negative || text[at] == '+') ++at;
        size_t de = at;
        while (de < text.size() && de - at < 4 && IsDigit(text[de])) ++de;
        if (de > at && !(de < text.size() && IsWordByte(text[de]))) {
          power = std::atoi(std::string(text.substr(at, de - at)).c_str()) * (negative ? -1 : 1);
          // (A decimal base is a power too: "1.1^23", a growth factor compounded.)
          const bool decimal = number_text.find('.') != std::string_view::npos;
          size_t cb = 0;
          const bool money = Tables::Get().currency_prefix.LongestBefore(text, b, &cb) != nullptr;
          if (!money && (number_text == "10" || decimal || (number_text == "2" && power >= 0 && power <= 64))) {
            power_end = de;
          } else if (!negative) {
            // An amount's two raised digits are its cents ("$9^99", £9⁹⁹ as a shop writes it);
            // one digit, or a scale after, is a footnote's mark ("$40^1 million").
            if (de - at == 2 && money && !decimal && !FindScale(p.scale, text, de))
              v += std::atoi(std::string(text.substr(at, 2)).c_str()) / 100.0;
            e = de;
          }
        }
      }
      // Scientific notation: "1.3e6", "12.32e+14", "6.23 x 10^-4".
      const size_t mantissa_end = e;
      if (power_end > 0) {
        v = std::pow(v, power);
        e = power_end;
        if (!std::isfinite(v) || v == 0) continue;
      } else if (int exp10; ReadExponent(text, &e, &exp10)) {
        v *= std::pow(10.0, exp10);
        if (!std::isfinite(v)) continue;
      }
      // A year or a day of the month is a date, not a quantity.
      bool plain_int = PlainDigits(number_text) && e == mantissa_end;
      std::string_view before = WordBefore(text, b);
      bool has_unit_after = e < text.size() && (text[e] == '%');
      // The second year of a split year: "2024/25", "FY2024/25", "2024-25".
      if (plain_int && digit_count == 2 && b >= 5 && (text[b - 1] == '/' || text[b - 1] == '-') &&
          (text.substr(b - 5, 2) == "19" || text.substr(b - 5, 2) == "20") && ascii::IsDigit(text[b - 3]) &&
          ascii::IsDigit(text[b - 2]) && (b == 5 || !ascii::IsDigit(text[b - 6])))
        continue;
      if (plain_int && !has_unit_after) {
        // A currency symbol or code of the table before it, glued or one space before ("$2000",
        // "€2000", "EUR 2000").
        size_t cb = 0;
        const bool currency_before =
            Tables::Get().currency_prefix.LongestBefore(text, b, &cb) != nullptr ||
            (b > 1 && text[b - 1] == ' ' && Tables::Get().currency_prefix.LongestBefore(text, b - 1, &cb) != nullptr);
        // "by 2120", "in 1492": a year after a preposition of time, far years too.
        static const auto* kTimePrep = new ascii::WordMap<bool>(
            {{"in", true}, {"by", true}, {"since", true}, {"until", true}, {"till", true}, {"through", true},
             {"before", true}, {"after", true}},
            /*lower=*/true);
        size_t year_unit_end = 0;
        if (!currency_before && digit_count == 4 && v >= 1000 && v <= 2199 && kTimePrep->Find(before) &&
            !(e < text.size() && text[e] == ' ' && Tables::Get().units.LongestAt(text, e + 1, &year_unit_end)))
          continue;
        // Any other year is a date too, unless a unit or currency goes after it when it is no
        // modifier of a noun phrase ("earns 2000 euros", "is 1900 km long"; but "Turkey's 2018
        // lira crisis", "the 2019 Euro elections").
        if (!currency_before && v >= 1800 && v <= 2100 && digit_count == 4) {
          std::string_view tail = text.substr(e, 12);
          size_t ue = 0;
          const size_t at = e < text.size() && text[e] == ' ' ? e + 1 : e;
          static const auto* kModifierBefore = new ascii::WordMap<bool>(
              {{"the", true}, {"a", true}, {"an", true}, {"this", true}, {"that", true}, {"its", true},
               {"their", true}, {"his", true}, {"her", true}, {"our", true}, {"your", true}, {"whose", true}},
              /*lower=*/true);
          // (WordBefore stops at an apostrophe: "Turkey's" gives "s".)
          const size_t wb = static_cast<size_t>(before.data() - text.data());
          const bool possessive = before == "s" && ((wb >= 1 && text[wb - 1] == '\'') ||
                                                    (wb >= 3 && text.substr(wb - 3, 3) == "\xE2\x80\x99"));
          const bool modifier = before.empty() || kModifierBefore->Find(before) || possessive ||
                                (before[0] >= 'A' && before[0] <= 'Z');
          // After a modifier, a unit or currency in the plural or a lower-case abbreviation still
          // counts ("The 1900 km pipeline", "2000 euros were stolen"); a singular word does not
          // ("Turkey's 2018 lira crisis", "the 2019 Euro elections", "the 2012 GB squad").
          // (A short word counts for a unit, "km", "kg", not for a currency, "won", "yen".)
          const bool is_unit = Tables::Get().units.LongestAt(text, at, &ue) != nullptr;
          const bool unit_after = is_unit || Tables::Get().currency_suffix.LongestAt(text, at, &ue);
          const std::string_view unit_word = unit_after ? text.substr(at, ue - at) : std::string_view();
          const bool plural_or_short =
              !unit_word.empty() && std::all_of(unit_word.begin(), unit_word.end(), [](char c) { return !(c >= 'A' && c <= 'Z'); }) &&
              ((unit_word.size() > 3 && unit_word.back() == 's') || (is_unit && unit_word.size() <= 3 && IsAlpha(unit_word[0])));
          // After "a"/"an" a lower-case unit or currency names what the figure measures: "a 2000
          // euro fine", "a 1500 dollar fee" (a year there is "a 2019 survey", no unit).
          const bool lower_unit = !unit_word.empty() && IsAlpha(unit_word[0]) &&
                                  std::all_of(unit_word.begin(), unit_word.end(), [](char c) { return !(c >= 'A' && c <= 'Z'); });
          // (A round sum: "a 2012 euro zone bailout", "a 2015 yuan devaluation" are years.)
          const bool indefinite = (ascii::EqualsLower(before, "a") || ascii::EqualsLower(before, "an")) &&
                                  static_cast<int64_t>(v) % 50 == 0;
          const bool measured = tail.starts_with(" percent") || tail.starts_with(" per cent") ||
                                (unit_after && (!modifier || plural_or_short || (indefinite && lower_unit)));
          if (!measured) continue;
        }
        if (IsMonthWord(before) && v >= 1 && v <= 31) {
          skipped_end = e;
          continue;
        }
        // A number after a name is part of the name ("Game 2", "Section 12", "Boeing 787",
        // "S&P 500", "iPhone 14"), unless a unit, scale or currency goes with it or the word
        // before is a function word ("About 20", "In 12 cases").
        const bool capital = !before.empty() && ((before[0] >= 'A' && before[0] <= 'Z') ||
                                                 (before.size() > 1 && before[0] == 'i' && before[1] >= 'A' && before[1] <= 'Z'));
        // A headline's verb is no name: "Dow Falls 500 Points", "Firm Eliminates 500 Jobs".
        if (capital && text.substr(before.data() + before.size() - text.data(), b - (before.data() + before.size() - text.data())) == " " &&
            !IsStopWord(before) && !MayFollowApprox(text, b) && !IsNumberWord(before) && !IsMonthWord(before) &&
            chunk::Classify(before) != chunk::WordClass::kVerb && !HeadlineVerbBefore(text, before, b)) {
          size_t ue = 0;
          const size_t at = e < text.size() && text[e] == ' ' ? e + 1 : e;
          const bool measured = Tables::Get().units.LongestAt(text, at, &ue) || Tables::Get().currency_suffix.LongestAt(text, at, &ue) ||
                                FindScale(p.scale, text, e) || (e < text.size() && text[e] == '-');
          static const auto* kFunction = new ascii::WordMap<bool>(
              {{"just", true}, {"only", true}, {"all", true}, {"nearly", true}, {"top", true}, {"another", true},
               {"some", true}, {"those", true}, {"these", true}, {"its", true}, {"their", true}, {"our", true},
               {"we", true}, {"they", true}, {"she", true}, {"he", true}, {"i", true}, {"you", true}, {"but", true},
               {"about", true}, {"around", true}, {"over", true}, {"under", true}, {"almost", true}, {"with", true},
               {"after", true}, {"when", true}, {"while", true}, {"if", true}, {"then", true}, {"now", true},
               {"between", true}, {"from", true}, {"up", true}, {"down", true}, {"at", true}, {"by", true},
               {"to", true}, {"of", true}, {"for", true}, {"than", true}, {"roughly", true}, {"approximately", true},
               {"more", true}, {"less", true}, {"fewer", true}, {"least", true}, {"most", true}},
              /*lower=*/true);
          size_t cb = 0;
          const bool money = Tables::Get().currency_prefix.LongestBefore(text, b - 1, &cb) != nullptr;
          if (!measured && !money && !kFunction->Find(before)) continue;
        }
        // A day before a month's name, written with a capital ("3 March 2021", "5 Oct."; "5 may"
        // is a modal verb).
        if (v >= 1 && v <= 31 && e + 1 < text.size() && text[e] == ' ' && text[e + 1] >= 'A' && text[e + 1] <= 'Z') {
          size_t we = e + 1;
          while (we < text.size() && IsAlpha(text[we])) ++we;
          if (IsMonthWord(text.substr(e + 1, we - e - 1))) continue;
        }
      }
      size_t n0 = found.size();
      complete(b, e, v);
      if (found.size() > n0) from = std::max<size_t>(from, found.back().end);
    }
  }
  // 3. Spelled-out numbers.
  {
    re2::StringPiece g[2];
    size_t from = 0;
    // Group 1 spans the whole match (\b is empty): the whole match is enough, and RE2 finds
    // it with its DFAs alone.
    auto next_word = number_words.begin();
    while ((next_word = std::lower_bound(next_word, number_words.end(), from)) != number_words.end() &&
           p.spelled.Match(all, *next_word, text.size(), RE2::ANCHOR_START, g, 1)) {
      size_t b = static_cast<size_t>(g[0].data() - text.data()), e = b + g[0].size();
      from = e > b ? e : b + 1;
      // Trim a trailing "and" ("two and") the pattern may take.
      std::string_view words = text.substr(b, e - b);
      if (overlaps(b, e)) continue;
      while (words.size() > 6 && Lower(words.substr(words.size() - 6)) == " point") words.remove_suffix(6);
      e = b + words.size();
      std::string l = Lower(words);
      if (l == "dozen") {
        // "a dozen" is twelve; "dozens" alone is no figure.
        std::string_view before = WordBefore(text, b);
        if (Lower(before) == "a" && b >= 2) {
          complete(b - 2, e, 12);
        }
        continue;
      }
      if (l.starts_with("point") || l.starts_with("dozen")) continue;
      // "the two countries", "these two sides": a reference back to two things named before,
      // not a count.
      if (l == "two") {
        const std::string_view before = WordBefore(text, b);
        if (ascii::EqualsLower(before, "the") || ascii::EqualsLower(before, "these") ||
            ascii::EqualsLower(before, "those"))
          continue;
      }
      // "the Kick Six win", "Ocean's Eleven": a capitalized number word inside a name (after a
      // capitalized word that does not open the sentence, before a lowercase word).
      if (words[0] >= 'A' && words[0] <= 'Z') {
        const std::string_view before = WordBefore(text, b);
        const size_t before_at = static_cast<size_t>(before.data() - text.data());
        const std::string_view next = e + 1 < text.size() && text[e] == ' ' ? WordAfter(text, e + 1) : std::string_view();
        const bool opens = before_at == 0 || (before_at >= 2 && (text[before_at - 2] == '.' || text[before_at - 2] == ':'));
        size_t te = 0;
        if (!before.empty() && before[0] >= 'A' && before[0] <= 'Z' && !opens && !IsStopWord(before) &&
            !IsNumberWord(before) && (next.empty() || (next[0] >= 'a' && next[0] <= 'z')) &&
            !Tables::Get().units.LongestAt(text, e < text.size() && text[e] == ' ' ? e + 1 : e, &te))
          continue;
        // ("their Six Nations title", "the Final Four": before a name's capital, inside the
        // sentence.)
        // (After a word only: not after a sentence's stop or a list's bullet, "- Two USB-C ports".)
        if (!opens && !before.empty() && before.back() != '.' && !next.empty() && next[0] >= 'A' && next[0] <= 'Z' &&
            !IsStopWord(next) && !IsNumberWord(next))
          continue;
      }
      // "millions of people", "hundreds": a scale word alone is no figure.
      if (l.starts_with("hundred") || l.starts_with("thousand") || l.starts_with("million") ||
          l.starts_with("billion") || l.starts_with("trillion"))
        continue;
      if (l == "one" || l == "zero") {
        // "one" is mostly a pronoun ("one of the sources"): only with a scale or unit.
        std::string_view u;
        std::string hyphen_unit;
        size_t hyphen_end;
        double hyphen_scale;
        size_t te = 0;
        const size_t at = e < text.size() && text[e] == ' ' ? e + 1 : e;
        // "one particular demand", "one count", "at one point": a count when a noun follows;
        // "one of them", "the one that", "no one" are pronouns.
        static const auto* kNotCount = new ascii::WordMap<bool>(
            {{"another", true}, {"other", true}, {"day", true}, {"time", true}, {"way", true}, {"thing", true},
             {"across", true}, {"against", true}, {"among", true}, {"around", true}, {"behind", true},
             {"below", true}, {"between", true}, {"during", true}, {"near", true}, {"off", true}, {"out", true},
             {"through", true}, {"toward", true}, {"towards", true}, {"until", true}, {"within", true},
             {"without", true}, {"whose", true}, {"else", true}, {"here", true}, {"there", true},
             {"such", true}, {"if", true}, {"can", true}, {"could", true}, {"should", true}, {"must", true},
             {"may", true}, {"might", true}, {"does", true}, {"did", true}, {"not", true}, {"knows", true}},
            /*lower=*/true);
        static const auto* kDeterminer = new ascii::WordMap<bool>(
            {{"the", true}, {"this", true}, {"that", true}, {"no", true}, {"any", true}, {"every", true},
             {"each", true}, {"which", true}, {"some", true}, {"someone", true}, {"no-one", true}, {"same", true},
             // "said one person involved": a source, not a count
             {"said", true}, {"says", true}, {"told", true}, {"according", true}},
            /*lower=*/true);
        const std::string_view next_word = e + 1 < text.size() && text[e] == ' ' ? WordAfter(text, e + 1) : std::string_view();
        const bool noun_after = l == "one" && !next_word.empty() && next_word[0] >= 'a' && next_word[0] <= 'z' &&
                                !IsStopWord(next_word) && !kNotCount->Find(next_word) && !IsNumberWord(next_word) &&
                                !kDeterminer->Find(WordBefore(text, b)) &&
                                !(next_word.size() > 2 && (next_word.ends_with("ed") || next_word.ends_with("ly")));
        if (!noun_after && !WindowMatch(p.unit, text, e, e + 24, &u) && !Tables::Get().currency_suffix.LongestAt(text, at, &te) &&
            !Tables::Get().units.LongestAt(text, at, &te) &&
            !RE2::PartialMatch(sp(e, std::min(text.size(), e + 16)), p.scale) &&
            !ReadHyphenUnit(text, e, &hyphen_scale, &hyphen_unit, &hyphen_end))
          continue;
      }
      std::optional<double> v = ParseSpelledNumber(words);
      if (!v) continue;
      complete(b, e, *v);
    }
  }
  // 4. Vague amounts: "thousands of tests", "tens of thousands", "hundreds of millions": from
  // the value to ten times it, approx "about"; what follows "of" is the counted noun.
  if (cues.vague) {
    const TableIndex& vague = Tables::Get().vague;
    ascii::ForEachWord(text, [&](size_t wb, size_t) {
      size_t e = 0;
      const TableEntry* v = vague.LongestAt(text, wb, &e);
      if (!v || overlaps(wb, e) || (wb > 0 && (IsDigit(PrevByte(text, wb)) || IsNumberWord(WordBefore(text, wb)))))
        return true;
      Quantity q;
      q.value = v->value;
      q.hi = v->value * 10;
      q.approx = "about";
      q.begin = static_cast<uint32_t>(wb);
      if (text.substr(e).starts_with(" of ")) {
        size_t pos = e + 4, noun_end = pos;
        for (int k = 0; k < 3; ++k) {
          const std::string_view w = WordAfter(text, pos);
          if (w.empty() || IsStopWord(w) || IsMonthWord(w) || (k > 0 && w.size() > 3 && w.ends_with("ed"))) break;
          noun_end = pos + w.size();
          pos = noun_end + 1;
          if (pos > text.size() || text[noun_end] != ' ') break;
        }
        if (noun_end > e + 4) {
          q.noun = Lower(text.substr(e + 4, noun_end - e - 4));
          q.unit = "count";
          e = noun_end;
        }
      }
      q.end = static_cast<uint32_t>(e);
      q.surface = std::string(text.substr(wb, e - wb));
      found.push_back(std::move(q));
      return true;
    });
  }
  std::sort(found.begin(), found.end(), [](const Quantity& a, const Quantity& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  uint32_t last_end = 0;
  const size_t n0 = out->size();
  for (auto& q : found) {
    if (q.begin < last_end) continue;
    last_end = q.end;
    // "three or four years": two spelled figures of one thing are one range. ("rose to $7
    // from $6" stays two figures: the level and the one it is compared with.)
    if (out->size() > n0) {
      Quantity& prev = out->back();
      const std::string_view gap = text.substr(prev.end, q.begin - prev.end);
      const bool either = gap == " or " && !prev.hi && !q.hi && prev.unit.empty() && q.value > prev.value &&
                          IsAlpha(text[prev.begin]) && IsAlpha(text[q.begin]);
      if (either) {
        prev.hi = q.value;
        prev.unit = q.unit;
        prev.noun = q.noun;
        prev.end = q.end;
        prev.surface = std::string(text.substr(prev.begin, prev.end - prev.begin));
        continue;
      }
      // "47 per 100,000 people", "2.8 doctors per 1,000 residents": a round count after "per" is
      // the rate's base, no figure of its own; a bare figure before it takes it as its unit.
      const bool round = q.unit == "count" && !q.hi && !q.noun.empty() &&
                         (q.value == 100 || q.value == 1000 || q.value == 10000 || q.value == 100000 ||
                          q.value == 1000000);
      if (round && q.begin >= 4 && text.substr(q.begin - 4, 4) == "per " && !prev.hi &&
          (prev.unit.empty() || prev.unit == "count")) {
        // (Only the figure's own words between: "47 per", "2.8 doctors per".)
        const std::string_view between = text.substr(prev.end, q.begin - 4 - prev.end);
        const bool own = between == " " || (prev.unit == "count" && between == " " + prev.noun + " ");
        if (own) {
          const std::string base = "per " + std::string(text.substr(q.begin, q.end - q.begin)) + " " + q.noun;
          if (prev.unit.empty()) prev.unit = base;
          else prev.noun += " " + base;
          continue;
        }
      }
    }
    // "9M FY27", "9M 2025", "10M": a release's first months, no nine million (money has its sign:
    // "$9M").
    if (q.unit.empty() && !q.hi && q.end > q.begin && q.end - q.begin <= 3 && text[q.end - 1] == 'M' &&
        IsDigit(text[q.begin]) && q.value >= 2e6 && q.value <= 11e6 && (q.begin == 0 || !IsAlpha(text[q.begin - 1]))) {
      const std::string_view after = text.substr(q.end);
      if (after.starts_with(" FY") ||
          (after.size() >= 5 && after[0] == ' ' && (after.substr(1, 2) == "19" || after.substr(1, 2) == "20") &&
           IsDigit(after[3]) && IsDigit(after[4]) && (after.size() == 5 || !IsDigit(after[5]))))
        continue;
    }
    CountRate(text, &q);
    out->push_back(std::move(q));
  }
}

}  // namespace copydesk::extractors
