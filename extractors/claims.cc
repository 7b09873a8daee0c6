#include "extractors/claims.h"

#include <re2/re2.h>
#include <re2/set.h>
#include <xxhash.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>

#include "corpus/ascii.h"
#include "corpus/utf8.h"
#include "normalizers/segment.h"

namespace copydesk::extractors {

namespace {

const char* kMonthNames[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

int MonthOf(std::string_view w) {
  if (w.size() < 3) return 0;
  for (int i = 0; i < 12; ++i) if (ascii::EqualsLower(w.substr(0, 3), kMonthNames[i])) return i + 1;
  return 0;
}

std::string Hex16(uint64_t v) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[static_cast<size_t>(i)] = kDigits[v & 15];
  return out;
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

using ascii::IsWordByte;
using ascii::Lower;


// Words that move a figure, matched whole and case-insensitively ("rose", "Fell"): true for an
// increase.
const ascii::WordMap<bool>& MoveWords() {
  static const auto* m = new ascii::WordMap<bool>(
      {{"rose", true}, {"rise", true}, {"rises", true}, {"rising", true}, {"risen", true},
       {"increased", true}, {"increase", true}, {"increases", true}, {"increasing", true},
       {"grew", true}, {"grow", true}, {"grows", true}, {"growing", true}, {"grown", true},
       {"growth", true}, {"surged", true}, {"surge", true}, {"surges", true}, {"surging", true},
       {"jumped", true}, {"jump", true}, {"jumps", true}, {"climbed", true}, {"climb", true},
       {"climbs", true}, {"gained", true}, {"gain", true}, {"gains", true}, {"soared", true},
       {"soar", true}, {"soars", true}, {"up", true}, {"higher", true}, {"boosted", true},
       {"expanded", true}, {"expand", true}, {"raised", true}, {"raising", true},
       {"rebounded", true}, {"advanced", true}, {"accelerated", true}, {"doubled", true},
       {"tripled", true}, {"quadrupled", true}, {"spiked", true}, {"added", true},
       {"fell", false}, {"fall", false}, {"falls", false}, {"falling", false}, {"fallen", false},
       {"dropped", false}, {"drop", false}, {"drops", false}, {"dropping", false},
       {"declined", false}, {"decline", false}, {"declines", false}, {"declining", false},
       {"decreased", false}, {"decrease", false}, {"decreases", false}, {"slumped", false},
       {"slump", false}, {"slumps", false}, {"slipped", false}, {"slip", false}, {"slips", false},
       {"plunged", false}, {"plunge", false}, {"plunges", false}, {"plummeted", false},
       {"plummet", false}, {"down", false}, {"lower", false}, {"shrank", false},
       {"shrink", false}, {"shrinks", false}, {"contracted", false}, {"contraction", false},
       {"slid", false}, {"slide", false}, {"slides", false}, {"lost", false}, {"lose", false},
       {"halved", false}, {"halving", false}, {"cut", false}, {"cuts", false},
       {"tumbled", false}, {"tumble", false}, {"sank", false}, {"sink", false}, {"eased", false},
       {"dipped", false}, {"dip", false}, {"retreated", false}, {"slowed", false},
       {"slowing", false}, {"reduced", false}, {"reduce", false}},
      /*lower=*/true);
  return *m;
}

// Words that state a level ("hit", "totalled", "is", "to"), matched whole and as written; and
// the heads of two-word ones ("stood at") with the word that must follow.
bool IsLevelWord(ascii::PackedWord w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"hit", true}, {"hits", true}, {"reached", true}, {"reaching", true}, {"reach", true},
       {"totalled", true}, {"totaled", true}, {"totalling", true}, {"totaling", true},
       {"was", true}, {"were", true}, {"is", true}, {"are", true}, {"to", true}, {"of", true},
       {"at", true}, {"worth", true}},
      /*lower=*/false);
  return m->Find(w) != nullptr;
}

std::string_view LevelTail(std::string_view w) {
  if (w == "stood" || w == "stands" || w == "valued") return "at";
  if (w == "amounted" || w == "amounting") return "to";
  return {};
}

// Whether word is a movement word; *increase says which way.
template <class Word>  // std::string_view, or ascii::PackedWord packed as written
bool MoveWord(Word word, bool* increase) {
  const bool* v = MoveWords().Find(word);
  if (v == nullptr) return false;
  *increase = *v;
  return true;
}

struct Move {
  uint32_t begin, end;
  bool increase;
};

// One pass over the sentence's words: the movement words ("more than doubled" as one) and the
// level words, each as [begin, end) in text order.
void ScanWords(std::string_view s, std::vector<Move>* moves,
               std::vector<std::pair<uint32_t, uint32_t>>* levels) {
  std::string_view skip_tail;  // the second word of a two-word level phrase just taken
  ascii::ForEachWord(s, [&](size_t b, size_t i) {
    const std::string_view w = s.substr(b, i - b);
    ascii::PackedWord packed;
    if (!ascii::Pack(w, /*lower=*/false, &packed)) return true;  // no listed word is that long
    bool increase = false;
    if (MoveWord(packed, &increase)) {
      size_t begin = b;
      if (b >= 10 && (b == 10 || !IsWordByte(s[b - 11]))) {
        if (ascii::EqualsLower(w, "doubled") && ascii::EqualsLower(s.substr(b - 10, 10), "more than "))
          begin = b - 10;
      }
      moves->push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(i), increase});
    }
    if (!skip_tail.empty()) {  // "at" of "stood at" belongs to the phrase
      skip_tail = {};
      return true;
    }
    if (std::string_view tail = LevelTail(w); !tail.empty() && i + 1 + tail.size() <= s.size() &&
                                              s[i] == ' ' && s.substr(i + 1, tail.size()) == tail &&
                                              (i + 1 + tail.size() == s.size() || !IsWordByte(s[i + 1 + tail.size()]))) {
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
  // The source pattern's counted repetitions make a large automaton: give its DFA room, or
  // RE2 falls back to the much slower NFA over the whole sentence.
  static RE2::Options Roomy() {
    RE2::Options o;
    o.set_max_mem(64 << 20);
    return o;
  }
  RE2 source{R"((?i)(?:according to ((?:[A-Za-z0-9'&.-]+ ?){1,8})|((?:[A-Z][\w'.&-]* ?){1,6}(?:customs |trade |official )?(?:data|figures|statistics)(?: published [a-z ]+)? show(?:ed|s)?)|(?:,|") ((?:said|says|told) (?:[A-Za-z'.-]+ ?){1,8})|\b((?:the |a |one )?[\w'-]+(?: [\w'-]+){0,5}) (?:said|says)\b))", Roomy()};
};

ClaimExtractor::ClaimExtractor(const ClaimOptions& o, std::unique_ptr<QuantityExtractor> q,
                               std::unique_ptr<Patterns> p)
    : options_(o), quantities_(std::move(q)), p_(std::move(p)) {}
ClaimExtractor::~ClaimExtractor() = default;

Result<std::unique_ptr<ClaimExtractor>> ClaimExtractor::Create(const ClaimOptions& options) {
  auto q = QuantityExtractor::Create();
  if (!q.ok()) return q.status();
  auto p = std::make_unique<Patterns>();
  if (!p->source.ok())
    return Status(StatusCode::kInternal, "extractors: a claim pattern failed to compile");
  return std::unique_ptr<ClaimExtractor>(new ClaimExtractor(options, std::move(q).value(), std::move(p)));
}

namespace {

// Whether a period pattern below can match at all: each needs a run of four digits (a year),
// one of a few words ("half", "quarter", "months", "year", "from", "between"), a month name or
// "y/y". One pass over the words, so that most sentences skip the patterns.
bool MayNamePeriod(std::string_view s) {
  static const auto* kWords = new ascii::WordMap<bool>(
      {{"half", true}, {"quarter", true}, {"months", true}, {"year", true}, {"years", true},
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
    return digits < 4 && kWords->Find(s.substr(b, e - b)) == nullptr;  // go on while nothing found
  });
  return !none || s.find("y/y") != std::string_view::npos;
}

}  // namespace

std::optional<Period> FindPeriod(std::string_view sentence, int year) {
  // Every period pattern needs a year, a month name or a period word: skip the rest cheaply.
  if (!MayNamePeriod(sentence)) return std::nullopt;
  // The patterns, in priority order. One RE2::Set pass says which can match; only those run
  // again with submatches (the costly part of RE2).
  enum { kFromTo, kTwoMonths, kHalf, kMonths, kQuarter, kYearsTo, kMonthYear, kInYear, kLastYear, kYoy };
  static const char* const kPatterns[] = {
      R"((?i)\b(?:from|between) ([A-Z][a-z]+)(?: (\d{4}))? (?:to|and|through|until) ([A-Z][a-z]+)(?: (\d{4}))?)",
      R"(\b(?:in|during) (January|February|March|April|May|June|July|August|September|October|November|December) and (January|February|March|April|May|June|July|August|September|October|November|December)(?: (\d{4}))?)",
      R"((?i)\b(?:in )?the (first|second) half(?: of (?:the year|(\d{4})))?)",
      R"((?i)\b(?:in )?the first (three|six|nine|two|four|five|seven|eight|ten|eleven) months(?: of (?:the year|(\d{4})))?)",
      R"((?i)\b(?:in )?the (first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of (\d{4}))?|\bQ([1-4]) (\d{4}))",
      R"((?i)\b(?:in )?the (two|three|four|five|six|seven|eight|nine|ten|\d+) years (?:to|through|until) (\d{4}))",
      R"(\b(?:in )?(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4}))",
      R"((?i)\b((?:in|during|for|of|since|by) (?:mid-)?(\d{4}))\b)",
      R"((?i)\b(last year|this year|so far this year|a year earlier)\b)",
      R"((?i)\b(year[- ]on[- ]year|year[- ]over[- ]year|y/y|from a year earlier|from a year ago)\b)",
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
  const RE2* years_to = (*res)[kYearsTo];
  const RE2* month_year = (*res)[kMonthYear];
  const RE2* in_year = (*res)[kInYear];
  const RE2* last_year = (*res)[kLastYear];
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
  if (can(kFromTo) && RE2::PartialMatch(s, *from_to, &a, &b, &c, &d) && MonthOf(a) && MonthOf(c)) {
    int y2 = d.empty() ? year : std::atoi(d.c_str());
    int y1 = b.empty() ? y2 : std::atoi(b.c_str());
    p.surface = surface_of(*from_to);
    p.start = Ym(y1, MonthOf(a));
    p.end = Ym(y2, MonthOf(c));
    return p;
  }
  if (can(kTwoMonths) && RE2::PartialMatch(s, *two_months, &a, &c, &d)) {
    int y = d.empty() ? year : std::atoi(d.c_str());
    p.surface = surface_of(*two_months);
    p.start = Ym(y, MonthOf(a));
    p.end = Ym(y, MonthOf(c));
    return p;
  }
  if (can(kHalf) && RE2::PartialMatch(s, *half, &a, &b)) {
    int y = b.empty() ? year : std::atoi(b.c_str());
    bool first = Lower(a) == "first";
    p.surface = surface_of(*half);
    p.start = Ym(y, first ? 1 : 7);
    p.end = Ym(y, first ? 6 : 12);
    return p;
  }
  if (can(kMonths) && RE2::PartialMatch(s, *months, &a, &b)) {
    int y = b.empty() ? year : std::atoi(b.c_str());
    p.surface = surface_of(*months);
    p.start = Ym(y, 1);
    p.end = Ym(y, word_num(a));
    return p;
  }
  if (can(kQuarter) && RE2::PartialMatch(s, *quarter, &a, &b, &c, &d)) {
    int q = !c.empty() ? std::atoi(c.c_str()) : (Lower(a).starts_with("f") && Lower(a) != "fourth" ? 1 : Lower(a).starts_with("s") || a == "2nd" ? 2 : Lower(a).starts_with("t") || a == "3rd" ? 3 : Lower(a) == "first" || a == "1st" ? 1 : 4);
    int y = !d.empty() ? std::atoi(d.c_str()) : (b.empty() ? year : std::atoi(b.c_str()));
    p.surface = surface_of(*quarter);
    p.start = Ym(y, 3 * q - 2);
    p.end = Ym(y, 3 * q);
    return p;
  }
  if (can(kYearsTo) && RE2::PartialMatch(s, *years_to, &a, &b)) {
    int y = std::atoi(b.c_str());
    p.surface = surface_of(*years_to);
    p.start = Ym(y - word_num(a) + 1, 1);
    p.end = Ym(y, 12);
    return p;
  }
  if (can(kMonthYear) && RE2::PartialMatch(s, *month_year, &a, &b)) {
    p.surface = surface_of(*month_year);
    p.start = p.end = Ym(std::atoi(b.c_str()), MonthOf(a));
    return p;
  }
  if (can(kInYear) && RE2::PartialMatch(s, *in_year, &a, &b)) {
    int y = std::atoi(b.c_str());
    p.surface = a;
    p.start = Ym(y, 1);
    p.end = Ym(y, 12);
    return p;
  }
  if (can(kLastYear) && RE2::PartialMatch(s, *last_year, &a)) {
    std::string l = Lower(a);
    int y = l.find("last") != std::string::npos || l.find("earlier") != std::string::npos ? year - 1 : year;
    p.surface = a;
    if (year > 0) { p.start = Ym(y, 1); p.end = Ym(y, 12); }
    return p;
  }
  if (can(kYoy) && RE2::PartialMatch(s, *yoy, &a)) {
    p.surface = a;
    return p;
  }
  return std::nullopt;
}

namespace {

// The year an article speaks of: its publication year, else the latest year it names.
int ArticleYear(const normalizers::NormalizedArticle& a, int fallback) {
  const std::string& pub = a.article.published;
  if (pub.size() >= 4 && std::isdigit(static_cast<unsigned char>(pub[0]))) {
    int y = std::atoi(pub.substr(0, 4).c_str());
    if (y > 1800 && y < 2200) return y;
  }
  // The latest year the text names: a whole word (RE2's \b sense) of four digits, 19xx or 20xx.
  const std::string_view t = a.text;
  int best = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    if (!ascii::IsDigit(t[i])) continue;
    size_t e = i;
    while (e < t.size() && ascii::IsDigit(t[e])) ++e;
    const bool whole = (i == 0 || !ascii::IsWordByte(t[i - 1])) && (e == t.size() || !ascii::IsWordByte(t[e]));
    if (whole && e - i == 4 && (t.compare(i, 2, "19") == 0 || t.compare(i, 2, "20") == 0))
      best = std::max(best, (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0'));
    i = e;
  }
  return best > 0 ? best : fallback;
}

// The last ',', ';' or ':' of s that breaks a clause: not the comma of a figure ("32,000").
size_t LastClauseBreak(std::string_view s) {
  for (size_t at = s.find_last_of(",;:"); at != std::string_view::npos;
       at = at == 0 ? std::string_view::npos : s.find_last_of(",;:", at - 1)) {
    const bool in_figure = s[at] == ',' && at > 0 && at + 1 < s.size() && ascii::IsDigit(s[at - 1]) &&
                           ascii::IsDigit(s[at + 1]);
    if (!in_figure) return at;
  }
  return std::string_view::npos;
}

std::string TrimSubject(std::string_view s) {
  static constexpr std::string_view kLead[] = {"while ", "but ", "and ", "as ", "which ", "that ", "however ", "led by ", "although ", "though ", "when ", "where ", "after ", "so ", "then ", "also ", "the figures show ", "data showed "};
  static constexpr std::string_view kTail[] = {" was", " were", " is", " are", " has", " have", " had", " will", " would",  " has been", " have been", " also", " by", " to", " of", " which", " that", " more than", " less than", " around", " almost", " nearly", " about", " a", " an", " the", " record", " (", " some", " roughly", " at least", " up to", " in", " at", " on", " for", " with", " from", " into"};
  auto trim = [](std::string_view& x) {
    while (!x.empty() && (x.front() == ' ' || x.front() == ',' || x.front() == '"' || x.front() == '(')) x.remove_prefix(1);
    while (!x.empty() && (x.back() == ' ' || x.back() == ',' || x.back() == '"')) x.remove_suffix(1);
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
  return std::string(s);
}

}  // namespace

size_t ClaimExtractor::Extract(const normalizers::NormalizedArticle& art, std::vector<Claim>* out) const {
  size_t kept = 0, dropped = 0;
  thread_local normalizers::Segmenter seg;
  std::vector<normalizers::Span> sents;
  std::vector<Quantity> qs;
  std::vector<Move> moves;
  std::vector<std::pair<uint32_t, uint32_t>> level_verbs;  // [begin, end) in the sentence
  const std::string& text = art.text;
  const int year = ArticleYear(art, options_.default_year);
  // Paragraph by paragraph, sentence by sentence; offsets are kept into art.text.
  size_t para_begin = 0;
  while (para_begin <= text.size()) {
    size_t para_end = text.find("\n\n", para_begin);
    if (para_end == std::string::npos) para_end = text.size();
    std::string_view para(text.data() + para_begin, para_end - para_begin);
    // Hostile input: sentence segmentation of a huge paragraph is done in bounded pieces.
    // Pieces and sentences are cut on character boundaries: a claim's sentence stays UTF-8.
    for (size_t piece = 0, piece_len = 0; piece < para.size(); piece += piece_len) {
      piece_len = std::max<size_t>(1, corpus::Utf8PrefixLength(para.substr(piece), options_.max_sentence_bytes * 16));
      std::string_view chunk = para.substr(piece, piece_len);
      if (!quantities_->MayHold(chunk)) continue;  // no figure: no need for its sentences
      seg.Sentences(chunk, &sents);
      for (const auto& s : sents) {
        for (size_t off = s.begin, len = 0; off < s.end; off += len) {
          len = std::max<size_t>(1, corpus::Utf8PrefixLength(chunk.substr(off, s.end - off), options_.max_sentence_bytes));
          std::string_view sentence = chunk.substr(off, len);
          size_t base = para_begin + piece + off;
          qs.clear();
          quantities_->Extract(sentence, &qs);
          if (qs.empty()) continue;
          const size_t room = std::min(options_.max_claims_per_sentence,
                                       options_.max_claims_per_article - std::min(kept, options_.max_claims_per_article));
          if (qs.size() > room) {
            dropped += qs.size() - room;
            qs.resize(room);
            if (qs.empty()) continue;
          }
          kept += qs.size();
          std::optional<Period> period = FindPeriod(sentence, year);
          std::string source;
          {
            re2::StringPiece all(sentence.data(), sentence.size()), m;
            // Cheap filter first: every source pattern holds one of these.
            bool may_have_source = false;
            for (std::string_view cue : {"said", "says", "ccording", "show", "told"})
              may_have_source |= sentence.find(cue) != std::string_view::npos;
            // The whole match only (RE2's DFAs, ~10x cheaper than submatches with this
            // pattern); which alternative matched, and so the source, is read off its ends.
            if (may_have_source && p_->source.Match(all, 0, all.size(), RE2::UNANCHORED, &m, 1)) {
              std::string_view t(m.data(), m.size());
              auto lower_is = ascii::EqualsLower;
              const size_t last_space = t.rfind(' ');
              const std::string_view last_word = last_space == std::string_view::npos ? t : t.substr(last_space + 1);
              if (t.size() > 13 && lower_is(t.substr(0, 13), "according to ")) {
                source = std::string(t.substr(13));                        // according to X
              } else if (lower_is(last_word, "show") || lower_is(last_word, "shows") ||
                         lower_is(last_word, "showed")) {
                source = std::string(t);                                   // X data showed
              } else if (!t.empty() && (t[0] == ',' || t[0] == '"')) {
                source = std::string(t.substr(std::min<size_t>(2, t.size())));  // , said X
              } else if (last_space != std::string_view::npos) {
                source = std::string(t.substr(0, last_space));             // X said
              }
              while (!source.empty() && source.back() == ' ') source.pop_back();
            }
          }
          // Movement and level words of the sentence, found once, in text order.
          moves.clear();
          level_verbs.clear();
          ScanWords(sentence, &moves, &level_verbs);
          for (size_t qi = 0; qi < qs.size(); ++qi) {
            Quantity& q = qs[qi];
            Claim c;
            c.article_id = art.article.id;
            c.sentence = std::string(sentence);
            c.span_begin = static_cast<uint32_t>(base + q.begin);
            c.span_end = static_cast<uint32_t>(base + q.end);
            if (!art.source_map.empty()) c.source_span = normalizers::ToSource(art.source_map, c.span_begin, c.span_end);
            // Direction: the nearest movement word before the figure (within its clause, about
            // twelve words back), else the word right after it.
            std::string verb, dir;
            size_t verb_at = std::string::npos;
            for (const auto& m : moves) {
              if (m.end > q.begin) break;
              if (q.begin - m.begin > 240) continue;  // cheap bound before counting words
              size_t words = static_cast<size_t>(std::count(sentence.begin() + m.begin, sentence.begin() + q.begin, ' '));
              if (words <= 12) {
                verb_at = m.begin;
                verb = std::string(sentence.substr(m.begin, m.end - m.begin));
                dir = m.increase ? "increase" : "decrease";
              }
            }
            if (verb.empty()) {
              // The word right after the figure ("20% down").
              size_t wb = q.end;
              const size_t limit = std::min<size_t>(sentence.size(), q.end + 24);
              while (wb < limit && std::isspace(static_cast<unsigned char>(sentence[wb]))) ++wb;
              size_t we = wb;
              while (we < limit && (std::isalnum(static_cast<unsigned char>(sentence[we])) || sentence[we] == '_')) ++we;
              if (we > wb) {
                bool increase = false;
                if (MoveWord(sentence.substr(wb, we - wb), &increase)) {
                  verb = std::string(sentence.substr(wb, we - wb));
                  dir = increase ? "increase" : "decrease";
                }
              }
            }
            if (!q.multiplier_verb.empty()) {
              verb = q.multiplier_verb;
              dir = q.value >= 1 ? "increase" : "decrease";
            }
            // Kind.
            bool after_to = q.begin >= 3 && sentence.substr(q.begin - 3, 3) == "to ";
            if (q.unit == "score") c.kind = "score";  // figures: a sports score is its own kind
            else if (q.unit == "count") c.kind = "count";
            else if (q.unit == "times") c.kind = dir.empty() ? "ratio" : "change";
            else if (q.unit == "fraction") c.kind = dir.empty() ? "share" : "change";
            else if (!dir.empty() && !after_to && (q.unit == "percent" || q.unit == "pp")) c.kind = "change";
            else if (q.unit == "percent" && dir.empty()) c.kind = "share";
            else c.kind = "level";
            // Subject: the clause before the verb (or before the figure). Without a movement
            // verb, a level verb ("hit", "reached", "totalled", "pushed ... to") ends it.
            size_t subj_end = verb_at != std::string::npos ? verb_at : q.begin;
            if (verb_at == std::string::npos) {
              size_t last = std::string::npos;
              for (const auto& [lb, le] : level_verbs) {
                if (le > q.begin) break;
                last = lb;
              }
              if (last != std::string::npos && q.begin - last < 120) subj_end = last;
            }
            std::string_view head = sentence.substr(0, subj_end);
            size_t cut = LastClauseBreak(head);
            std::string subject = TrimSubject(cut == std::string_view::npos ? head : head.substr(cut + 1));
            if (subject.empty() && cut != std::string_view::npos) {
              std::string_view prev = head.substr(0, cut);
              size_t cut2 = LastClauseBreak(prev);
              subject = TrimSubject(cut2 == std::string_view::npos ? prev : prev.substr(cut2 + 1));
            }
            c.subject = subject;
            c.direction = dir;
            c.verb = verb;
            // The period right after the figure (up to the next one) wins over the sentence's.
            size_t window_end = qi + 1 < qs.size() ? qs[qi + 1].begin : sentence.size();
            // (A window is part of the sentence: when the sentence names no period, neither
            // does the window, and the search is skipped.)
            std::optional<Period> own;
            if (period) own = FindPeriod(sentence.substr(q.end, window_end - q.end), year);
            c.period = own ? own : period;
            c.source = source;
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
            out->push_back(std::move(c));
          }
        }
      }
    }
    if (para_end >= text.size()) break;
    para_begin = para_end + 2;
  }
  return dropped;
}

}  // namespace copydesk::extractors
