#include "normalizers/text_shape.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace copydesk::normalizers {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

bool IsAsciiText(std::string_view s) {
  unsigned char high = 0;
  for (char c : s) high |= static_cast<unsigned char>(c);
  return high < 0x80;
}

bool HasByteIn(std::string_view s, unsigned char lo, unsigned char hi) {
  size_t i = 0;
  const auto span = static_cast<unsigned char>(hi - lo);
#if defined(__SSE2__)
  // A byte is in range when (byte - lo), wrapping, is at most hi - lo (unsigned).
  const __m128i low = _mm_set1_epi8(static_cast<char>(lo)), width = _mm_set1_epi8(static_cast<char>(span));
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i v = _mm_sub_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i)), low);
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(v, width), v)) != 0) return true;
  }
#endif
  for (; i < s.size(); ++i)
    if (static_cast<unsigned char>(static_cast<unsigned char>(s[i]) - lo) <= span) return true;
  return false;
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

namespace {

// Returns 0x80 in each byte of `v` that equals the byte `c`, 0 elsewhere (exact, no carries).
inline uint64_t BytesEqual(uint64_t v, unsigned char c) {
  constexpr uint64_t k7F = 0x7F7F7F7F7F7F7F7Full;
  const uint64_t x = v ^ (0x0101010101010101ull * c);
  return ~(((x & k7F) + k7F) | x | k7F);
}

}  // namespace

#if defined(__SSE2__)

namespace {

// Returns a bit per byte of the 64 at `p`: set where the byte is a space, tab or newline.
inline uint64_t SpaceMask64(const char* p) {
  const __m128i space = _mm_set1_epi8(' '), newline = _mm_set1_epi8('\n'), tab = _mm_set1_epi8('\t');
  uint64_t mask = 0;
  for (int k = 0; k < 4; ++k) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    const __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, space), _mm_cmpeq_epi8(v, newline)),
                                   _mm_cmpeq_epi8(v, tab));
    mask |= static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(m))) << (16 * k);
  }
  return mask;
}

}  // namespace

size_t CountWords(std::string_view s, size_t limit) {
  // 64 bytes at a time: a word starts at a non-space byte whose previous byte is a space (the
  // byte before the text counts as a space); the last block is padded with spaces.
  uint64_t carry = 1;
  size_t n = 0;
  for (size_t i = 0; i < s.size(); i += 64) {
    uint64_t space;
    if (i + 64 <= s.size()) {
      space = SpaceMask64(s.data() + i);
    } else {
      char tail[64];
      std::memset(tail, ' ', sizeof tail);
      std::memcpy(tail, s.data() + i, s.size() - i);
      space = SpaceMask64(tail);
    }
    n += static_cast<size_t>(std::popcount(~space & ((space << 1) | carry)));
    carry = space >> 63;
    if (n > limit) return limit + 1;
  }
  return n;
}

#else

size_t CountWords(std::string_view s, size_t limit) {
  // Eight bytes at a time: a word starts at a non-space byte whose previous byte is a space
  // (the byte before the text counts as a space). Limit checked every 64 bytes.
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  uint64_t carry = 0x80;  // the previous word's last byte was a space
  size_t n = 0;
  for (size_t i = 0; i < s.size(); i += 8) {
    uint64_t v;
    if (i + 8 <= s.size()) {
      std::memcpy(&v, s.data() + i, 8);
    } else {
      char tail[8] = {' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '};
      std::memcpy(tail, s.data() + i, s.size() - i);
      std::memcpy(&v, tail, 8);
    }
    const uint64_t space = BytesEqual(v, ' ') | BytesEqual(v, '\n') | BytesEqual(v, '\t');
    const uint64_t before = (space << 8) | carry;
    // One bit per byte, at bit 7; shifted to bit 0 and summed by the multiply into the top byte.
    n += static_cast<size_t>((((~space & before & kHigh) >> 7) * 0x0101010101010101ull) >> 56);
    carry = space >> 56;
    if ((i & 63) == 56 && n > limit) return limit + 1;
  }
  return std::min(n, limit + 1);
}

#endif

size_t CountLetters(std::string_view s, size_t limit) {
  size_t n = 0;
  for (unsigned char c : s) {
    if (((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0) && ++n > limit) return n;
  }
  return n;
}

namespace {
// The sentence ends of other scripts: 。．！？｡ (CJK), । ॥ (Devanagari), ۔ ؟ (Urdu, Arabic),
// ። (Ethiopic); and the closing quotes of CJK text 」』”.
constexpr std::array<std::string_view, 10> kStops = {
    "\u3002", "\uFF0E", "\uFF01", "\uFF1F", "\uFF61", "\u0964", "\u0965", "\u06D4", "\u061F", "\u1362"};
bool EndsWithStop(std::string_view s) {
  for (std::string_view stop : kStops)
    if (s.ends_with(stop)) return true;
  return false;
}
}  // namespace

bool EndsSentence(std::string_view s) {
  s = Trim(s);
  while (!s.empty()) {
    if (s.back() == '"' || s.back() == '\'' || s.back() == ')') s.remove_suffix(1);
    else if (s.ends_with("\u300D") || s.ends_with("\u300F")) s.remove_suffix(3);  // 」』
    else break;
  }
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?' || EndsWithStop(s));
}

namespace {
// Whether the code point of the 3-byte UTF-8 sequence at s[i] is CJK: punctuation, kana,
// ideographs, full-width forms (U+3000-U+9FFF, U+FF00-U+FFEF).
bool IsCjk3(std::string_view s, size_t i) {
  if (i + 3 > s.size()) return false;
  const auto a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]);
  return (a >= 0xE3 && a <= 0xE9) || (a == 0xEF && b >= 0xBC && b <= 0xBF);
}
}  // namespace

bool JoinsWithoutSpace(std::string_view before, std::string_view after) {
  if (before.empty() || after.empty()) return false;
  if (before.back() == '-')
    return before.size() >= 2 && before[before.size() - 2] != ' ' && before[before.size() - 2] != '-';
  // (NFKC made a full-width comma or colon after CJK text ASCII: it joins as the CJK it was.)
  if (before.back() == ',' || before.back() == ':' || before.back() == ';' || before.back() == ')')
    before.remove_suffix(1);
  return before.size() >= 3 && IsCjk3(before, before.size() - 3) && IsCjk3(after, 0);
}

bool EndsWithJoiner(std::string_view s) {
  s = Trim(s);
  if (s.empty()) return false;
  char last = s.back();
  if (last == ',' || last == '-' || last == ';' || last == '(' || last == '&') return true;
  size_t sp = s.rfind(' ');
  std::string_view w = sp == std::string_view::npos ? s : s.substr(sp + 1);
  static constexpr std::array<std::string_view, 16> kJoiners = {
      "and", "or", "of", "the", "a", "an", "to", "in", "on", "for", "by", "with", "from", "at",
      "as", "that"};
  for (auto j : kJoiners) if (w == j) return true;
  return false;
}

bool IsAllCapsHeading(std::string_view s) {
  s = Trim(s);
  if (s.empty() || CountWords(s, 10) > 10) return false;
  size_t upper = 0;
  for (unsigned char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++upper;
  }
  return upper >= 3 && !EndsSentence(s);
}

namespace {

// Returns the code points of `s` in scripts written without spaces between words (Thai, Lao,
// Myanmar, Khmer, kana, CJK ideographs).
size_t UnspacedLetters(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0xE0 || c >= 0xF0 || i + 2 >= s.size()) {
      i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      continue;
    }
    const uint32_t cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                        (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
    n += (cp >= 0x0E00 && cp <= 0x0EFF) || (cp >= 0x1000 && cp <= 0x109F) || (cp >= 0x1780 && cp <= 0x17FF) ||
         (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF);
    i += 3;
  }
  return n;
}

}  // namespace

bool IsTitleShaped(std::string_view s, size_t max_words) {
  s = Trim(s);
  size_t w = CountWords(s, max_words);
  if (w == 0 || w > max_words) return false;
  // Words of scripts without spaces, at about three letters a word: a Thai paragraph has no
  // sentence punctuation and few spaces, only its length tells it from a title.
  if (w + UnspacedLetters(s) / 3 > max_words) return false;
  // A sentence that ends inside a quote or brackets (: "... reform." or (see chart.)) ends a
  // sentence all the same.
  while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')' || s.back() == ']')) s.remove_suffix(1);
  if (s.empty()) return false;
  char last = s.back();
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == ',' || last == ';') return false;
  // The sentence ends of other scripts: a Chinese or Japanese paragraph is one "word" between
  // spaces, so only its full stop tells it from a title.
  return !EndsWithStop(s);
}

void FindWebAddresses(std::string_view s, std::vector<std::pair<size_t, size_t>>* out) {
  auto end_of = [&](size_t at) {
    size_t e = at;
    while (e < s.size() && s[e] != ' ' && s[e] != '\n' && s[e] != '\t') ++e;
    return e;
  };
  // "://" is rare in prose: look for it, then for the scheme before it.
  for (size_t at = s.find("://"); at != std::string_view::npos; at = s.find("://", at + 1)) {
    if (at >= 4 && s.substr(at - 4, 4) == "http") out->emplace_back(at - 4, end_of(at - 4));
    else if (at >= 5 && s.substr(at - 5, 5) == "https") out->emplace_back(at - 5, end_of(at - 5));
  }
  for (size_t at = s.find("www."); at != std::string_view::npos; at = s.find("www.", at + 1))
    out->emplace_back(at, end_of(at));
}

size_t ListMarkerSize(std::string_view line) {
  for (std::string_view mark : {"- ", "* ", "\xe2\x80\xa2 ", "\xe2\x80\x93 "})  // (-, *, •, –)
    if (line.starts_with(mark)) return mark.size();
  return 0;
}

}  // namespace copydesk::normalizers
