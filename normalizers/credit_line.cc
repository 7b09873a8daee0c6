#include "normalizers/credit_line.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <memory>
#include <unordered_map>

#include "corpus/ascii.h"
#include "corpus/lazy.h"
#include "normalizers/agencies_data.h"
#include "normalizers/text_shape.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace copydesk::normalizers {

namespace {

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

std::vector<Agency> ParseAgencies(std::string_view data) {
  std::vector<Agency> out;
  size_t pos = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    std::string_view line = TrimView(data.substr(pos, nl - pos));
    pos = nl + 1;
    if (line.empty() || line.front() == '#') continue;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    Agency a;
    a.name = std::string(TrimView(line.substr(0, colon)));
    std::string_view rest = line.substr(colon + 1);
    while (!rest.empty()) {
      size_t bar = rest.find('|');
      std::string_view alias = TrimView(rest.substr(0, bar));
      if (const size_t close = alias.find(')'); alias.size() > 2 && alias.front() == '(' && close != std::string_view::npos)
        a.dateline_aliases.emplace_back(std::string(alias.substr(1, close - 1)), std::string(TrimView(alias.substr(close + 1))));
      else if (!alias.empty())
        a.aliases.emplace_back(alias);
      if (bar == std::string_view::npos) break;
      rest.remove_prefix(bar + 1);
    }
    if (!a.name.empty() && !a.aliases.empty()) out.push_back(std::move(a));
  }
  return out;
}

bool AsciiWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Each form is compiled on its first use (corpus::Lazy): most paragraphs name no agency, and
// `normalize` never reads the inline forms; the 17 forms cost ~13 ms to compile.
using LazyRE2 = std::unique_ptr<corpus::Lazy<RE2>>;

struct Patterns {
  std::unordered_map<std::string, std::string> name_of;  // alias -> agency name
  std::string alternation;                               // (?:\bReuters\b|路透社|...)
  LazyRE2 any;                                           // (alias)
  std::vector<LazyRE2> story_lines;                      // FullMatch: (alias)
  LazyRE2 staff_line;                                    // "Reporting by ...": no alias
  corpus::Lazy<RE2> sign{[] {                            // "(©NTB)", "/ritzau/": a short name
    return std::make_unique<RE2>(R"(^(?:\(\s*)?(?:\x{A9}|\([cC]\))\s*([A-Za-z]{2,10})\s*\)?\.?$|^/\s*([A-Za-z]{2,10})\s*/$)");
  }};
  std::vector<LazyRE2> inline_story;                     // PartialMatch: (whole)(alias)
  std::vector<LazyRE2> photo;                            // PartialMatch: (whole)(alias)
  // The prefilter of `any`: the aliases by their first byte. A text where no alias occurs as
  // bytes (word boundaries aside) cannot match, and most paragraphs name no agency.
  std::vector<std::string> by_first_byte[256];
  bool first_byte[256] = {};

  // And by their first two bytes (a bit per byte pair, the "by" of " by" too): the scans test a
  // pair before looking at the byte's aliases, since single letters that open an alias ('d',
  // 'A', 'P') are common and their pairs are not.
  uint64_t pair_bits[1024] = {};
  bool one_byte[256] = {};  // aliases of one byte (a pair cannot hold them at the text's end)
  void SetPair(unsigned char a, unsigned char b) { pair_bits[(a << 8 | b) >> 6] |= uint64_t{1} << (b & 63); }
  bool Pair(unsigned char a, unsigned char b) const { return (pair_bits[(a << 8 | b) >> 6] >> (b & 63)) & 1; }
  bool AliasAt(const unsigned char* s, size_t i, size_t n) const {
    if (!first_byte[s[i]]) return false;
    for (const std::string& a : by_first_byte[s[i]])
      if (a.size() <= n - i && std::memcmp(s + i, a.data(), a.size()) == 0) return true;
    return false;
  }

  // The bytes that open a pair of pair_bits (an alias's first byte, or b/B), for the vector scan:
  // A-Z and every byte from 0x80 are tested as ranges, the few others one by one.
  static constexpr int kMaxOtherOpeners = 4;
  unsigned char other_openers[kMaxOtherOpeners] = {};
  int other_count = 0;
  bool vector_scan = false;

  // Returns true at the first i in [0, n - 1) whose pair (s[i], s[i + 1]) is in pair_bits and
  // for which `test(i)` is true. Bytes that open no pair are skipped 16 at a time.
  template <class Test>
  bool AnyPair(const unsigned char* s, size_t n, Test test) const {
    size_t i = 0;
#if defined(__SSE2__)
    if (vector_scan) {
      const __m128i before_a = _mm_set1_epi8('A' - 1), after_z = _mm_set1_epi8('Z' + 1);
      __m128i others[kMaxOtherOpeners];
      for (int k = 0; k < kMaxOtherOpeners; ++k)
        others[k] = _mm_set1_epi8(static_cast<char>(other_openers[k < other_count ? k : 0]));
      for (; i + 17 <= n; i += 16) {  // every byte of the block has a next byte
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        __m128i m = _mm_and_si128(_mm_cmpgt_epi8(v, before_a), _mm_cmplt_epi8(v, after_z));
        for (int k = 0; k < kMaxOtherOpeners; ++k) m = _mm_or_si128(m, _mm_cmpeq_epi8(v, others[k]));
        // Bytes from 0x80 have their top bit set: movemask takes it as is.
        uint32_t bits = static_cast<uint32_t>(_mm_movemask_epi8(m) | _mm_movemask_epi8(v));
        while (bits != 0) {
          const size_t at = i + static_cast<size_t>(std::countr_zero(bits));
          bits &= bits - 1;
          if (Pair(s[at], s[at + 1]) && test(at)) return true;
        }
      }
    }
#endif
    for (; i + 1 < n; ++i)
      if (Pair(s[i], s[i + 1]) && test(i)) return true;
    return false;
  }

  // Returns true when some alias occurs in `text` as bytes (a superset of `any`'s matches).
  bool MayNameAgency(std::string_view text) const {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    if (AnyPair(s, n, [&](size_t i) { return AliasAt(s, i, n); })) return true;
    return n > 0 && one_byte[s[n - 1]];
  }

  Patterns() {
    std::vector<std::string> aliases;
    for (const Agency& a : Agencies())
      for (const std::string& s : a.aliases) {
        name_of.emplace(s, a.name);
        aliases.push_back(s);
        auto& list = by_first_byte[static_cast<unsigned char>(s.front())];
        if (std::find(list.begin(), list.end(), s) == list.end()) list.push_back(s);
        first_byte[static_cast<unsigned char>(s.front())] = true;
        if (s.size() == 1) {
          one_byte[static_cast<unsigned char>(s.front())] = true;
          for (int b = 0; b < 256; ++b) SetPair(static_cast<unsigned char>(s.front()), static_cast<unsigned char>(b));
        } else {
          SetPair(static_cast<unsigned char>(s[0]), static_cast<unsigned char>(s[1]));
        }
      }
    for (unsigned char b : {'b', 'B'})
      for (unsigned char y : {'y', 'Y'}) SetPair(b, y);
    // The bytes that open a pair beyond A-Z and 0x80-0xFF: few enough for the vector scan?
    vector_scan = true;
    for (int a = 0; a < 0x80 && vector_scan; ++a) {
      if (a >= 'A' && a <= 'Z') continue;
      bool opens = false;
      for (int w = 0; w < 4 && !opens; ++w) opens = pair_bits[(a << 8) / 64 + w] != 0;  // its 256 pairs
      if (!opens) continue;
      if (other_count == kMaxOtherOpeners) vector_scan = false;
      else other_openers[other_count++] = static_cast<unsigned char>(a);
    }
    // Longest first: RE2 alternation is leftmost-first ("Thomson Reuters" before "Reuters").
    std::stable_sort(aliases.begin(), aliases.end(),
                     [](const std::string& x, const std::string& y) { return x.size() > y.size(); });
    alternation = "(?:";
    for (size_t i = 0; i < aliases.size(); ++i) {
      if (i > 0) alternation += '|';
      const std::string& s = aliases[i];
      // RE2's \b is ASCII: only aliases that start and end with an ASCII letter get it.
      const bool word = AsciiWordByte(s.front()) && AsciiWordByte(s.back());
      if (word) alternation += "\\b";
      alternation += RE2::QuoteMeta(s);
      if (word) alternation += "\\b";
    }
    alternation += ")";
    auto make = [&](std::string form) {
      for (size_t at; (at = form.find("%A%")) != std::string::npos;)
        form.replace(at, 3, "(" + alternation + ")");
      for (size_t at; (at = form.find("%B%")) != std::string::npos;) form.replace(at, 3, alternation);
      return std::make_unique<corpus::Lazy<RE2>>([form] {
        RE2::Options o;
        o.set_max_mem(64 << 20);
        return std::make_unique<RE2>(form, o);
      });
    };
    any = make("%A%");
    for (const char* f : {
             // (With inputs from Reuters), With agency inputs from PTI, Additional reporting from AFP
             R"(\(?\s*(?i:with )?(?i:(?:agency )?inputs?|(?:additional )?reporting|information) (?i:from|by) (?i:(?:the )?agencies,? (?:and )?)?%A%.{0,120}?\)?\.?)",
             // — Reuters, - AFP/dpa
             R"([—–-]{1,2}\s*%A%(?:\s*[/,&]\s*%B%)*\.?)",
             // Copyright Thomson Reuters, (c) Reuters 2025, © 2025 The Associated Press
             R"((?i:copyright|©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?%A%.{0,120})",
             // Source: AFP, Credit: Reuters, Agencies: AP, Courtesy: ANI, Fuente: EFE; a few words
             // after it at most ("Fuente: EFE, que cita a ..., el acuerdo se firmará el lunes." is
             // the story's)
             R"((?i:sources?|credits?|via|agency|agencies|courtesy|quellen?|fuentes?|fontes?|bron)\s*:\s*%A%.{0,40})",
             // (Quelle: dpa), closed where the line ends
             R"(\((?i:sources?|credits?|via|agency|agencies|courtesy|quellen?|fuentes?|fontes?|bron)\s*:\s*%A%[^)]{0,40}\)\.?)",
             // (Reuters), Xinhua
             R"(\(?%A%\)?\.?)",
             // Reuters with additional editing by Jim Pollard; Reuters contributed to this report
             R"(\(?%A%\s+(?:(?i:staff|correspondents?|writers?)\s+)?(?i:contributed|with (?:additional )?(?:reporting|editing|writing|inputs?))\b.{0,200})",
             // Reuters staff, AP staff writer, AFP correspondents in Beijing, Reuters staff
             // reporting: the line ends there ("AP staff were among the journalists barred ..." is
             // a sentence)
             R"(\(?%A%\s+(?i:staff|correspondents?|reporting)(?:\s+(?i:writers?|reporters?|reporting|and agencies))?(?:\s+in\s+[A-Z][A-Za-z .-]{0,40})?\)?\.?)",
         })
      story_lines.push_back(make(f));
    staff_line = make(
        R"(\(?\s*(?i:(?:additional )?reporting|writing|editing|compiled|graphics|research) (?i:by)\b.{0,300})");
    for (const char* f : {
             R"((\(%A%\)\s*[-–—:]))",
             R"((\(\s*(?i:with )?(?i:(?:agency )?inputs?|(?:additional )?reporting) (?i:from|by) (?i:(?:the )?agencies,? (?:and )?)?%A%[^)]{0,80}\)))",
             R"((%A%\s+(?i:contributed to this (?:report|story|article))))",
             // "... the ministry said. - AFP"; a page's paragraphs keep their own dashes ("— AFP")
             R"(\s([—–-]{1,2}\s*%A%\.?)\s*$)",
         })
      inline_story.push_back(make(f));
    for (const char* f : {
             // AP Photo/Jane Roe, Reuters Pictures
             R"((%A%\s*(?i:photos?|pictures|images|photograph)\b))",
             // Photo: Reuters, Photo credit: Jane Roe/AFP
             R"(((?i:photo(?:graph)?s?|image|picture|pic|file photo)\s*(?i:credit)?\s*:\s*(?:[^/:]{0,60}/\s*)?%A%))",
             // REUTERS/Maxim Shemetov
             R"((%A%/\s*\p{Lu}))",
             // AFP via Getty Images
             R"((%A%\s+via\s+Getty))",
             // Photo by Jane Roe/AFP
             R"(((?i:photo|image|picture)\s+(?i:by|from)\s+(?:[^,.;/]{0,60}\s*/\s*)?%A%))",
         })
      photo.push_back(make(f));
  }
};

// Each thread's own (corpus::PerThread): no RE2 shared between the workers.
const Patterns& P() { return corpus::PerThread<Patterns>(); }

std::string NameOf(const Patterns& p, std::string_view alias) {
  auto it = p.name_of.find(std::string(alias));
  return it == p.name_of.end() ? std::string(alias) : it->second;
}

// The line without surrounding spaces and list bullets, and its offset in `line`.
std::string_view StripLine(std::string_view line, size_t* offset) {
  std::string_view s = line;
  auto drop_front = [&](size_t n) { s.remove_prefix(n); };
  while (true) {
    size_t before = s.size();
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '*')) drop_front(1);
    if (s.starts_with("\xE2\x80\xA2") || s.starts_with("\xE2\x96\xAA") || s.starts_with("\xE2\x97\x8F"))
      drop_front(3);
    if (s.size() == before) break;
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  *offset = static_cast<size_t>(s.data() - line.data());
  return s;
}

// Whether `text` names an agency at all: one scan that spares the forms most paragraphs.
bool NamesAgency(const Patterns& p, std::string_view text) {
  return p.MayNameAgency(text) && RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), **p.any);
}

// Whether the staff line `s` ("Reporting by Jane Roe in Oslo; Editing by Ann Lee") reads as a
// credit, not a sentence: none of its words in lower case is a verb or a word that makes a
// clause ("Research by the central bank found that ...", "Compiled by the office, the figures
// show ..."). Names, particles ("al-", "van den"), places and contact details pass.
bool IsStaffLineShaped(std::string_view s) {
  static constexpr std::array<std::string_view, 44> kClauseWords = {
      "that", "which", "who", "whose", "was", "were", "is", "are", "be", "been", "has", "have", "had", "will",
      "would", "could", "should", "may", "might", "can", "found", "finds", "find", "show", "shows", "showed",
      "shown", "said", "says", "suggested", "suggests", "estimated", "estimates", "filled", "approved",
      "expects", "expected", "rose", "fell", "rise", "fall", "it", "they", "its"};
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !(s[i] >= 'a' && s[i] <= 'z') && !(s[i] >= 'A' && s[i] <= 'Z')) ++i;
    size_t j = i;
    while (j < s.size() && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z'))) ++j;
    const std::string_view w = s.substr(i, j - i);
    if (!w.empty() && std::find(kClauseWords.begin(), kClauseWords.end(), w) != kClauseWords.end()) return false;
    i = j;
  }
  return true;
}

// Whether `text` holds " by" in any case: the staff line pattern needs it.
bool MayBeStaffLine(std::string_view text) {
  for (size_t i = 2; i < text.size(); ++i)
    if ((text[i] | 0x20) == 'y' && (text[i - 1] | 0x20) == 'b' && text[i - 2] == ' ') return true;
  return false;
}

// Returns true when `s` reads "© AGENCY / ...", "© AGENCY | NAME", "Copyright AGENCY 2019 / ...":
// the credit of a photo (agency / photographer or pool), not of the story. Read by hand around
// the agency pattern that is compiled already (a form of its own would compile every alias again).
bool IsCopyrightPhoto(const Patterns& p, std::string_view s, std::string_view* agency) {
  if (s.find('/') == std::string_view::npos && s.find('|') == std::string_view::npos) return false;
  size_t i = 0;
  if (s.starts_with("\xC2\xA9")) {
    i = 2;
  } else if (s.starts_with("(c)") || s.starts_with("(C)")) {
    i = 3;
  } else {
    if (s.size() < 9) return false;
    for (size_t k = 0; k < 9; ++k)
      if ((static_cast<unsigned char>(s[k]) | 0x20) != static_cast<unsigned char>("copyright"[k])) return false;
    i = 9;
  }
  auto skip_spaces = [&] { while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i; };
  auto skip_year = [&] {
    if (i + 4 <= s.size() && std::all_of(s.begin() + i, s.begin() + i + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
        (i + 4 == s.size() || !(s[i + 4] >= '0' && s[i + 4] <= '9'))) {
      i += 4;
      skip_spaces();
      if (i < s.size() && s[i] == ',') ++i;
      skip_spaces();
    }
  };
  skip_spaces();
  skip_year();
  const std::string_view rest = s.substr(i);
  re2::StringPiece alias;
  if (!RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), **p.any, &alias) || alias.data() != rest.data())
    return false;
  i += alias.size();
  skip_spaces();
  skip_year();
  *agency = std::string_view(alias.data(), alias.size());
  if (i >= s.size() || (s[i] != '/' && s[i] != '|')) return false;
  if (s[i] == '/') return true;
  // "© AGENCY | NAME" names a photographer; "© 2024 AGENCY | All rights reserved" is the story's.
  std::string_view after = s.substr(i + 1);
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  for (std::string_view rights : {"all rights", "alle rechte", "todos los derechos", "tous droits", "tutti i diritti",
                                  "wszelkie prawa", "alle rettigheder", "alla r"})
    if (ascii::EqualsLower(after.substr(0, rights.size()), rights)) return false;
  return true;
}

CreditMatch FindWith(const std::vector<LazyRE2>& forms, std::string_view text,
                     CreditKind kind) {
  const Patterns& p = P();
  CreditMatch best;
  if (!NamesAgency(p, text)) return best;
  re2::StringPiece in(text.data(), text.size());
  for (const auto& re : forms) {
    re2::StringPiece whole, alias;
    if (!RE2::PartialMatch(in, **re, &whole, &alias)) continue;
    size_t b = static_cast<size_t>(whole.data() - text.data());
    if (best.kind != CreditKind::kNone && b >= best.begin) continue;  // the first in the text
    best.kind = kind;
    best.agency = NameOf(p, std::string_view(alias.data(), alias.size()));
    best.begin = b;
    best.end = b + whole.size();
  }
  return best;
}

}  // namespace

const std::vector<Agency>& Agencies() {
  static const std::vector<Agency>* a = new std::vector<Agency>(ParseAgencies(kAgenciesData));
  return *a;
}

std::string DatelineAgency(std::string_view dateline, std::string* language) {
  language->clear();
  // Two wires in the bracket ("(dpa/AFP)", "(afp/dpa)"): the first's.
  if (const size_t close = dateline.rfind(')'), open = dateline.rfind('(', close);
      close != std::string_view::npos && open != std::string_view::npos) {
    const std::string_view inside = dateline.substr(open + 1, close - open - 1);
    if (const size_t slash = inside.find('/'); slash != std::string_view::npos)
      return DatelineAgency("(" + std::string(inside.substr(0, slash)) + ")", language);
  }
  if (std::string wire = WireAgencyIn(dateline); !wire.empty()) return wire;
  const size_t close = dateline.rfind(')');
  if (close == std::string_view::npos) return "";
  const size_t open = dateline.rfind('(', close);
  if (open == std::string_view::npos) return "";
  const std::string_view inside = TrimView(dateline.substr(open + 1, close - open - 1));
  for (const auto& a : Agencies())
    for (const auto& [alias, lang] : a.dateline_aliases)
      if (ascii::EqualsLower(inside, ascii::Lower(alias))) {  // ("(ANDINA)" as the agency writes it)
        *language = lang;
        return a.name;
      }
  // A wire's one-word name in small letters, as some sites set it: "WASHINGTON (ap) -", "Berlin
  // (afp) -" (in a dateline's bracket only: "ap" in a sentence is no agency).
  return SmallWireName(inside);
}

std::string SmallWireName(std::string_view word) {
  static constexpr std::string_view kSmall[] = {"ap",   "afp",    "reuters", "efe", "ansa",     "xinhua", "kyodo",
                                                "tass", "pti",    "ians",    "upi", "interfax", "yonhap", "jiji"};
  if (std::find(std::begin(kSmall), std::end(kSmall), word) == std::end(kSmall)) return "";
  for (const auto& a : Agencies())
    for (const auto& alias : a.aliases)
      if (ascii::Lower(alias) == word) return a.name;
  return "";
}

std::string BylineAgency(std::string_view byline) {
  if (!NamesAnyAgency(byline)) return "";
  static const auto* jobs = new ascii::WordMap<bool>(
      {{"staff", true}, {"writer", true}, {"writers", true}, {"reporter", true}, {"reporters", true},
       {"correspondent", true}, {"correspondents", true}, {"photographer", true}, {"journalist", true},
       {"editor", true}, {"columnist", true}, {"producer", true}, {"analyst", true}, {"bureau", true},
       {"chief", true}, {"service", true}, {"wire", true}, {"team", true}, {"desk", true}},
      /*lower=*/true);
  // A separator: any byte that is no letter, digit or space (",", "|", "/", "•", "·", "(", ...).
  auto sep = [](char c) { return !ascii::IsAlpha(c) && !ascii::IsDigit(c) && c != ' ' && c != '_' &&
                                 !(static_cast<unsigned char>(c) >= 0xC0); };
  // (The one named first wins: "The Associated Press and Reuters" is AP's.)
  std::string found;
  size_t found_at = std::string_view::npos;
  for (const auto& a : Agencies()) {
    for (const std::string& alias : a.aliases) {
      if (alias.empty()) continue;
      const std::string lower_alias = ascii::Lower(alias);
      for (size_t at = 0; at + alias.size() <= byline.size() && at < found_at; ++at) {
        if (!ascii::EqualsLower(byline.substr(at, alias.size()), lower_alias)) continue;
        const size_t e = at + alias.size();
        if ((at > 0 && ascii::IsWordByte(byline[at - 1])) || (e < byline.size() && ascii::IsWordByte(byline[e]))) continue;
        size_t r = e;
        while (r < byline.size() && byline[r] == ' ') ++r;
        const std::string_view rest = byline.substr(r);
        auto take = [&] {
          found = a.name;
          found_at = at;
        };
        if (rest.empty() || sep(rest[0]) || rest.starts_with("and ") || rest.starts_with("& ")) {
          take();
          break;
        }
        // Words up to the end or a separator: a job's title ends them ("AP Technology Writer").
        size_t end = 0;
        while (end < rest.size() && !sep(rest[end])) ++end;
        std::string_view words = rest.substr(0, end);
        while (!words.empty() && words.back() == ' ') words.remove_suffix(1);
        const size_t last = words.rfind(' ');
        const std::string_view final_word = last == std::string_view::npos ? words : words.substr(last + 1);
        if (jobs->Find(final_word) != nullptr) {
          take();
          break;
        }
      }
    }
  }
  return found;
}

std::string WireAgencyIn(std::string_view text) {
  const Patterns& p = P();
  re2::StringPiece alias;
  if (!p.MayNameAgency(text) || !RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), **p.any, &alias))
    return "";
  return NameOf(p, std::string_view(alias.data(), alias.size()));
}

// Whether a "Source:" line names the agency as the source of data, not of the story: its poll,
// survey or figures, or a pollster or data house beside it ("Source: Reuters/Ipsos poll",
// "Source: AP-NORC", "Source: Reuters calculations", "Fuente: EFE/datos del INE"). Only the words
// right after the agency count: "Source: AFP/dpa", "Source: Reuters/Associated Press", "Quelle:
// dpa/tmn", "Source: AP - updated 3 June", "Source: Reuters, analysis by ..." credit the story.
bool DataSource(std::string_view line, std::string_view alias) {
  size_t i = 0;
  while (i < line.size() && (line[i] == '(' || line[i] == '[')) ++i;
  size_t e = i;
  while (e < line.size() && ascii::IsAlpha(line[e])) ++e;
  const std::string_view label = line.substr(i, e - i);
  bool source = false;
  for (std::string_view w : {"source", "sources", "fuente", "fuentes", "fonte", "fontes", "quelle", "quellen", "bron"})
    source = source || ascii::EqualsLower(label, w);
  if (!source || alias.data() < line.data() || alias.data() + alias.size() > line.data() + line.size()) return false;
  std::string_view rest = line.substr(static_cast<size_t>(alias.data() + alias.size() - line.data()));
  static const auto* data = new ascii::WordMap<bool>(
      {{"poll", true}, {"polls", true}, {"polling", true}, {"survey", true}, {"surveys", true}, {"data", true},
       {"calculations", true}, {"calculation", true}, {"graphic", true}, {"graphics", true}, {"chart", true},
       {"estimates", true}, {"tally", true}, {"datos", true}, {"daten", true}, {"umfrage", true},
       {"encuesta", true}, {"sondage", true}, {"dados", true}, {"pesquisa", true},
       // pollsters and data houses named beside an agency
       {"ipsos", true}, {"norc", true}, {"yougov", true}, {"refinitiv", true}, {"eikon", true}, {"gallup", true},
       {"kantar", true}, {"nielsen", true}, {"opinium", true}, {"datafolha", true}, {"ine", true},
       {"lseg", true}, {"factset", true}, {"morningstar", true}},
      /*lower=*/true);
  // The next two words, past a "/" or "-" that joins a partner; none past a comma or " - ".
  if (rest.starts_with(" - ") || rest.starts_with(" \xE2\x80\x93 ") || rest.starts_with(",")) return false;
  int words = 0;
  bool found = false;
  size_t k = 0;
  while (k < rest.size() && words < 2 && !found) {
    while (k < rest.size() && (rest[k] == ' ' || rest[k] == '/' || rest[k] == '-' || rest[k] == '&')) ++k;
    size_t x = k;
    while (x < rest.size() && ascii::IsAlpha(rest[x])) ++x;
    if (x == k) break;
    found = data->Find(rest.substr(k, x - k)) != nullptr;
    ++words;
    if (x < rest.size() && (rest[x] == ',' || rest[x] == ')' || rest[x] == ';')) break;
    k = x;
  }
  return found;
}

CreditMatch MatchCreditLine(std::string_view line) {
  CreditMatch m;
  if (line.size() > 600 || CountWords(line, 41) > 40) return m;
  const Patterns& p = P();
  size_t offset = 0;
  std::string_view s = StripLine(line, &offset);
  if (s.empty()) return m;
  re2::StringPiece sp(s.data(), s.size());
  const bool names_agency = NamesAgency(p, s);
  // "© Reuters / Pool" credits the picture above it, whatever the copyright form says.
  std::string_view photo_agency;
  if (names_agency && IsCopyrightPhoto(p, s, &photo_agency)) {
    m.kind = CreditKind::kPhoto;
    m.agency = NameOf(p, photo_agency);
    m.begin = offset;
    m.end = offset + s.size();
    return m;
  }
  for (const auto& re : p.story_lines) {
    if (!names_agency) break;
    re2::StringPiece alias;
    if (RE2::FullMatch(sp, **re, &alias)) {
      if (DataSource(s, std::string_view(alias.data(), alias.size()))) return m;
      m.kind = CreditKind::kStory;
      m.agency = NameOf(p, std::string_view(alias.data(), alias.size()));
      m.begin = offset;
      m.end = offset + s.size();
      return m;
    }
  }
  // A wire's short sign at a story's end: "(©NTB)", "© TT", "/ritzau/" (a short name alone, in
  // any case, only in these marks).
  if (s.size() <= 24) {
    std::string a, b;
    if (RE2::FullMatch(sp, *p.sign, &a, &b)) {
      const std::string name = a.empty() ? b : a;
      for (const auto& agency : Agencies()) {
        bool hit = false;
        for (const auto& alias : agency.aliases) hit = hit || ascii::EqualsLower(name, ascii::Lower(alias));
        for (const auto& alias : agency.dateline_aliases) hit = hit || ascii::EqualsLower(name, ascii::Lower(alias.first));
        if (hit) {
          m.kind = CreditKind::kStory;
          m.agency = agency.name;
          m.begin = offset;
          m.end = offset + s.size();
          return m;
        }
      }
    }
  }
  if (MayBeStaffLine(s) && RE2::FullMatch(sp, **p.staff_line) && IsStaffLineShaped(s)) {
    m.kind = CreditKind::kStory;
    m.agency = WireAgencyIn(s);
    if (m.agency.empty()) m.agency = "unnamed";
    m.begin = offset;
    m.end = offset + s.size();
    return m;
  }
  return names_agency ? FindPhotoCredit(line) : m;
}

bool NamesAnyAgency(std::string_view text) { return NamesAgency(P(), text); }

bool MayBeCreditLine(std::string_view text) {
  // One pass for both tests: a byte pair that may open an alias, or the "by" of " by".
  const Patterns& p = P();
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const bool found = p.AnyPair(s, n, [&](size_t i) {
    if ((s[i] | 0x20) == 'b' && (s[i + 1] | 0x20) == 'y' && i >= 1 && s[i - 1] == ' ') return true;
    return p.AliasAt(s, i, n);
  });
  // (Or a short line that may be a wire's sign: "(©NTB)", "/ritzau/".)
  const bool sign = n >= 4 && n <= 26 && (s[0] == '/' || text.find("\xC2\xA9") != std::string_view::npos);
  return found || sign || (n > 0 && p.one_byte[s[n - 1]]);
}

CreditMatch FindInlineCredit(std::string_view paragraph) {
  return FindWith(P().inline_story, paragraph, CreditKind::kStory);
}

CreditMatch FindPhotoCredit(std::string_view paragraph) {
  return FindWith(P().photo, paragraph, CreditKind::kPhoto);
}

}  // namespace copydesk::normalizers
