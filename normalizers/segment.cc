#include "normalizers/segment.h"

#include "normalizers/text_shape.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <mutex>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace copydesk::normalizers {

namespace {

// Prototypes are built once (rule loading is the slow part) and cloned per Segmenter.
const icu::BreakIterator* Prototype(bool sentences) {
  static std::once_flag once;
  static icu::BreakIterator* word_proto = nullptr;
  static icu::BreakIterator* sent_proto = nullptr;
  std::call_once(once, [] {
    UErrorCode err = U_ZERO_ERROR;
    word_proto = icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), err);
    if (U_FAILURE(err)) word_proto = nullptr;
    err = U_ZERO_ERROR;
    // "ss=standard" turns on ICU's own sentence-break suppressions (Mr., Dr., ...).
    sent_proto = icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), err);
    if (U_FAILURE(err)) {
      err = U_ZERO_ERROR;
      sent_proto = icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), err);
      if (U_FAILURE(err)) sent_proto = nullptr;
    }
  });
  return sentences ? sent_proto : word_proto;
}

bool IsAsciiWordChar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Byte classes for Words's ASCII path: an ASCII letter or digit, a digit, a byte of a word (an
// ASCII letter or digit, or any byte of a multi-byte character).
constexpr uint8_t kAsciiWordByte = 1, kDigitByte = 2, kWordByte = 4;
constexpr std::array<uint8_t, 256> kByteClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    const bool ascii_word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    t[c] = static_cast<uint8_t>((ascii_word ? kAsciiWordByte | kWordByte : 0) | (c >= '0' && c <= '9' ? kDigitByte : 0) |
                                (c >= 0x80 ? kWordByte : 0));
  }
  return t;
}();

// Whether every byte is ASCII, eight bytes at a time.
bool IsAscii(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t any = 0;
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    any |= v;
  }
  for (; n > 0; ++p, --n) any |= static_cast<unsigned char>(*p);
  return (any & 0x8080808080808080ull) == 0;
}

// Abbreviations that are never the end of a sentence (a name or number follows).
constexpr std::array<std::string_view, 34> kTitleAbbreviations = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt",
    "St", "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec", "vs", "Inc", "Corp", "Co", "Ltd", "approx"};

// Words that go on after an initialism or "Jr." as part of a name or a time ("the U.S.
// Treasury", "the U.N. Security Council", "10 a.m. Friday", "King Jr. Boulevard"); any other
// capital after one opens a sentence ("in the U.S. Beijing has ...").
constexpr std::string_view kGoesOn[] = {
    "Treasury", "Treasuries", "Senate", "House", "Congress", "Capitol", "Army", "Navy", "Air", "Marine",
    "Marines", "Coast", "Security", "General", "Assembly", "Council", "Committee", "Embassy", "Consulate",
    "Mission", "Department", "Supreme", "Court", "Federal", "Fed", "Reserve", "Food", "Attorney", "Secretary",
    "President", "Ambassador", "Agency", "Forces", "Census", "Bureau", "Government", "Geological", "Trade",
    "Postal", "Border", "Customs", "Open", "Olympic", "Dollar", "Central", "Commerce", "Justice", "Defense",
    "Energy", "State", "Boulevard", "Avenue", "Street", "Drive", "Day", "Memorial", "High", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

// Words that go on after an initialism only into a name of two capitalized words or more ("the
// U.S. Gulf Coast", "U.S. District Judge", "the U.S. Secret Service"); before a word in small
// letters they open a sentence as any capital does.
constexpr std::string_view kGoesOnIntoName[] = {
    "Gulf", "Virgin", "Secret", "District", "Chamber", "Centers", "Immigration", "Marshals", "Representative", "Envoy",
    "Transportation", "Interior", "Environmental", "Patent", "Amateur", "Soccer", "Olympics", "Strategic"};

// The ASCII word after the period at `dot`, past spaces (with its hyphens when `hyphens`).
std::string_view WordAfterDot(std::string_view text, size_t dot, bool hyphens = false) {
  size_t b = dot + 1;
  while (b < text.size() && text[b] == ' ') ++b;
  size_t e = b;
  while (e < text.size() && (IsAsciiWordChar(static_cast<unsigned char>(text[e])) || (hyphens && text[e] == '-'))) ++e;
  return text.substr(b, e - b);
}

// Whether the word after the period at `dot` is one of kGoesOn, or of kGoesOnIntoName before
// another capitalized word.
bool GoesOnAfter(std::string_view text, size_t dot) {
  const std::string_view w = WordAfterDot(text, dot);
  if (std::find(std::begin(kGoesOn), std::end(kGoesOn), w) != std::end(kGoesOn)) return true;
  if (std::find(std::begin(kGoesOnIntoName), std::end(kGoesOnIntoName), w) == std::end(kGoesOnIntoName)) return false;
  size_t b = static_cast<size_t>(w.data() - text.data()) + w.size();
  while (b < text.size() && text[b] == ' ') ++b;
  return b < text.size() && text[b] >= 'A' && text[b] <= 'Z';
}

// Whether the word after the period at `dot` names a currency ("2,5 Mrd. Euro").
bool CurrencyAfter(std::string_view text, size_t dot) {
  static constexpr std::string_view kCurrencies[] = {"Euro", "Euros", "Dollar", "US-Dollar", "Franken", "Pfund",
                                                     "Yen", "Yuan", "Rubel", "Kronen", "Rand", "Won", "EUR",
                                                     "USD", "CHF", "GBP", "Fr"};
  const std::string_view w = WordAfterDot(text, dot, /*hyphens=*/true);
  return std::find(std::begin(kCurrencies), std::end(kCurrencies), w) != std::end(kCurrencies);
}

}  // namespace

bool IsNonFinalAbbreviation(std::string_view text, size_t dot, char next) {
  size_t b = dot;
  while (b > 0 && (IsAsciiWordChar(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '.')) --b;
  std::string_view tok = text.substr(b, dot - b);
  if (tok.empty()) return false;
  bool next_lower = next >= 'a' && next <= 'z';
  bool next_digit = next >= '0' && next <= '9';
  // "Rs.500", "Rs. 2 crore"; a scale after a figure: "2,5 Mrd. Euro", "3 Mio. Einwohner".
  if (tok == "Rs") return next_digit;
  if (tok == "Mrd" || tok == "Mio" || tok == "Bio" || tok == "Tsd")
    return next_lower || next_digit || CurrencyAfter(text, dot);
  for (auto a : kTitleAbbreviations) {
    if (tok == a) {
      // "Inc." and "Co." often do end a sentence; only join when the text clearly goes on.
      if (a == "Inc" || a == "Corp" || a == "Co" || a == "Ltd") return next_lower || next_digit;
      if (a == "No" || a == "Nos") return next_digit;
      return true;
    }
  }
  // Dotted initialisms (U.S., U.K., e.g., a.m.) and single initials (J. Smith). Before a
  // capital, an initialism, a time and "Jr." go on only into a name or a day (kGoesOn).
  const bool next_upper = next >= 'A' && next <= 'Z';
  bool dotted = tok.find('.') != std::string_view::npos || tok.size() == 1;
  if (dotted) {
    if (tok.size() == 1 && tok[0] >= 'A' && tok[0] <= 'Z') return true;
    if (next_lower || next_digit) return true;
    const bool capitals = std::all_of(tok.begin(), tok.end(), [](char c) { return c == '.' || (c >= 'A' && c <= 'Z'); });
    // (An initialism opening a sentence is its subject's first word, never a sentence of its own:
    // "U.S. Steel agreed", "U.K. Power Networks said".)
    size_t before = b;
    while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '"' || text[before - 1] == '(')) --before;
    // (Nor after a conjunction, where it can only modify what follows: "while U.S. West Texas
    // Intermediate crude fell".)
    auto after_conjunction = [&] {
      size_t e = before, w = before;
      while (w > 0 && text[w - 1] >= 'a' && text[w - 1] <= 'z') --w;
      if (w == e || (w > 0 && text[w - 1] != ' ')) return false;
      const std::string_view c = text.substr(w, e - w);
      if (c == "while" || c == "because" || c == "although" || c == "whereas" || c == "when" || c == "if") return true;
      // (After "and" or "but" only into a name of two capitals: "and U.S. West Texas Intermediate";
      // not "plants in Canada, Mexico and U.S. Its shares rose".)
      if (c != "and" && c != "but") return false;
      size_t a = dot + 1;
      for (int n = 0; n < 2; ++n) {
        while (a < text.size() && text[a] == ' ') ++a;
        if (a >= text.size() || text[a] < 'A' || text[a] > 'Z') return false;
        while (a < text.size() && text[a] != ' ') ++a;
      }
      return true;
    };
    const bool opens = capitals && (before == 0 || text[before - 1] == '.' || text[before - 1] == '!' ||
                                    text[before - 1] == '?' || text[before - 1] == '\n' || after_conjunction());
    return next_upper && (capitals || tok == "a.m" || tok == "p.m") && (opens || GoesOnAfter(text, dot));
  }
  if (tok == "Jr" || tok == "Sr") return next_lower || next_digit || (next_upper && GoesOnAfter(text, dot));
  return false;
}

Segmenter::Segmenter() {
  if (auto* p = Prototype(false)) words_.reset(p->clone());
  if (auto* p = Prototype(true)) sentences_.reset(p->clone());
}

Segmenter::~Segmenter() = default;

namespace {

// Whether byte p of t[0, n) is in a word (WordsByBytes): a word byte, or a joiner between a word
// byte and an ASCII letter or digit (a comma only between two digits).
inline bool InWord(const unsigned char* t, size_t n, size_t p) {
  if (kByteClass[t[p]] & kWordByte) return true;
  if (p == 0 || p + 1 >= n || !(kByteClass[t[p - 1]] & kWordByte) || !(kByteClass[t[p + 1]] & kAsciiWordByte)) return false;
  const unsigned char c = t[p];
  return c == '\'' || c == '.' || (c == ',' && (kByteClass[t[p - 1]] & kDigitByte) && (kByteClass[t[p + 1]] & kDigitByte));
}

// Fills `bits` with one bit per byte of `t` (bit k of value w: byte 64w + k), set for the bytes
// in words (InWord); bits past `n` are clear. A word is then a run of set bits.
void InWordBits(const unsigned char* t, size_t n, std::vector<uint64_t>* bits) {
  bits->assign((n + 63) / 64, 0);
  uint64_t* out = bits->data();
  size_t p = 0;
#if defined(__SSE2__)
  // 16 bytes a step, each with the bytes before and after it: (c - '0') < 10 and
  // ((c | 0x20) - 'a') < 26 unsigned (as signed compares, biased by 0x80), c >= 0x80.
  const __m128i bias_digit = _mm_set1_epi8(static_cast<char>(0x80 - '0'));
  const __m128i bias_alpha = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));
  const __m128i limit_digit = _mm_set1_epi8(static_cast<char>(0x80 + 10));
  const __m128i limit_alpha = _mm_set1_epi8(static_cast<char>(0x80 + 26));
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i zero = _mm_setzero_si128();
  auto digit = [&](__m128i v) { return _mm_cmplt_epi8(_mm_add_epi8(v, bias_digit), limit_digit); };
  auto alnum = [&](__m128i v) {
    return _mm_or_si128(digit(v), _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, case_bit), bias_alpha), limit_alpha));
  };
  auto load = [](const unsigned char* q) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(q)); };
  // Bytes 1 .. n - 2 in steps of 16 (byte 0 and the tail below, one at a time).
  for (; p < 1 && p < n; ++p) out[0] |= static_cast<uint64_t>(InWord(t, n, p));
  for (; p + 17 <= n; p += 16) {
    const __m128i before = load(t + p - 1), v = load(t + p), after = load(t + p + 1);
    const __m128i word_before = _mm_or_si128(alnum(before), _mm_cmplt_epi8(before, zero));
    const __m128i comma = _mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')), _mm_and_si128(digit(before), digit(after)));
    const __m128i joiner = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')), _mm_cmpeq_epi8(v, _mm_set1_epi8('.'))), comma);
    const __m128i in = _mm_or_si128(_mm_or_si128(alnum(v), _mm_cmplt_epi8(v, zero)),
                                    _mm_and_si128(joiner, _mm_and_si128(word_before, alnum(after))));
    const uint64_t m = static_cast<uint32_t>(_mm_movemask_epi8(in));
    out[p / 64] |= m << (p % 64);
    if (p % 64 > 48) out[p / 64 + 1] |= m >> (64 - p % 64);
  }
#endif
  for (; p < n; ++p) out[p / 64] |= static_cast<uint64_t>(InWord(t, n, p)) << (p % 64);
}

}  // namespace

void WordsByBytes(std::string_view text, std::vector<Span>* out, std::vector<uint64_t>* scratch) {
  // A word is a run of letters and digits, with an inner ' . , joining alphanumerics ("don't",
  // "8.1", "245,000", "U.S"), as ICU's word rules would give (bytes of other characters count
  // as letters). Each byte's membership is decided 16 bytes a step (InWordBits); the words are
  // the runs of the bitmap, read off its rising and falling edges.
  out->clear();
  const auto* t = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  InWordBits(t, n, scratch);
  uint64_t carry = 0;  // whether the byte before this value's first is in a word
  bool open = false;
  for (size_t w = 0; w < scratch->size(); ++w) {
    const uint64_t m = (*scratch)[w];
    const uint64_t shifted = (m << 1) | carry;
    uint64_t starts = m & ~shifted, ends = ~m & shifted;
    carry = m >> 63;
    const auto base = static_cast<uint32_t>(w * 64);
    for (;;) {
      if (open) {
        if (ends == 0) break;
        out->back().end = base + static_cast<uint32_t>(std::countr_zero(ends));
        ends &= ends - 1;
        open = false;
      } else {
        if (starts == 0) break;
        out->push_back({base + static_cast<uint32_t>(std::countr_zero(starts)), 0});
        starts &= starts - 1;
        open = true;
      }
    }
  }
  if (open) out->back().end = static_cast<uint32_t>(n);
}

void Segmenter::Words(std::string_view text, std::vector<Span>* out) {
  out->clear();
  if (IsAscii(text) || !words_) {
    WordsByBytes(text, out, &bits_);
    return;
  }
  UErrorCode err = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &err);
  if (U_FAILURE(err)) return;
  words_->setText(ut, err);
  int32_t prev = words_->first();
  for (int32_t pos = words_->next(); pos != icu::BreakIterator::DONE; pos = words_->next()) {
    int32_t status = words_->getRuleStatus();
    if (status >= UBRK_WORD_NONE_LIMIT) {
      out->push_back({static_cast<uint32_t>(prev), static_cast<uint32_t>(pos)});
    }
    prev = pos;
  }
  words_->setText(icu::UnicodeString());  // drop the pointer into `text`
  utext_close(ut);
}

void Segmenter::Sentences(std::string_view text, std::vector<Span>* out) {
  out->clear();
  if (text.empty()) return;
  std::vector<uint32_t> breaks;
  if (sentences_) {
    UErrorCode err = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &err);
    if (U_SUCCESS(err)) {
      sentences_->setText(ut, err);
      for (int32_t pos = sentences_->next(); pos != icu::BreakIterator::DONE; pos = sentences_->next())
        breaks.push_back(static_cast<uint32_t>(pos));
      sentences_->setText(icu::UnicodeString());
      utext_close(ut);
    }
  }
  if (breaks.empty() || breaks.back() != text.size()) breaks.push_back(static_cast<uint32_t>(text.size()));
  // A web address is one token: no sentence ends inside it ("...pqdweb?RQT=305").
  std::vector<std::pair<size_t, size_t>> urls;
  FindWebAddresses(text, &urls);
  uint32_t start = 0;
  for (uint32_t brk : breaks) {
    bool in_url = false;
    for (const auto& [b, e] : urls) in_url |= brk > b && brk < e;
    if (in_url) continue;
    if (brk < text.size()) {
      // Undo a break right after an abbreviation: find the period before the spaces.
      size_t k = brk;
      while (k > start && text[k - 1] == ' ') --k;
      if (k > start && text[k - 1] == '.' && IsNonFinalAbbreviation(text, k - 1, text[brk])) continue;
    }
    uint32_t end = brk;
    while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\n')) --end;
    uint32_t b = start;
    while (b < end && (text[b] == ' ' || text[b] == '\n')) ++b;
    if (end > b) out->push_back({b, end});
    start = brk;
  }
}

}  // namespace copydesk::normalizers
