// ASCII helpers shared by the normalizers and extractors. The patterns they stand in for are
// ASCII-only (RE2's \w, \b and (?i) on ASCII letters), so these are exact, and inline: they run
// on every byte of a text, where a libc call per byte (std::tolower) showed in profiles.
#pragma once

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace copydesk::ascii {

constexpr bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
// RE2's \w: ASCII letters, digits and '_'.
inline bool IsWordByte(char c) { return IsAlpha(c) || IsDigit(c) || c == '_'; }
// Calls f(begin, end) for each word of s (a maximal run of RE2's \w bytes), in order, while f
// returns true. Returns false when f stopped the walk.
template <class F>
bool ForEachWord(std::string_view s, F&& f) {
  for (size_t i = 0; i < s.size();) {
    if (!IsWordByte(s[i])) { ++i; continue; }
    const size_t b = i;
    while (i < s.size() && IsWordByte(s[i])) ++i;
    if (!f(b, i)) return false;
  }
  return true;
}

inline char LowerByte(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

inline std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = LowerByte(c);
  return out;
}

// Whether text, lower-cased, holds lower (given in lower case) anywhere.
inline bool ContainsLower(std::string_view text, std::string_view lower) {
  if (lower.empty()) return true;
  for (size_t i = 0; i + lower.size() <= text.size(); ++i) {
    size_t k = 0;
    while (k < lower.size() && LowerByte(text[i + k]) == lower[k]) ++k;
    if (k == lower.size()) return true;
  }
  return false;
}

// Whether text, lower-cased, equals lower (given in lower case). 16 bytes a step where SSE2 is:
// the aligner asks it of whole paragraphs.
inline bool EqualsLower(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  size_t i = 0;
#if defined(__SSE2__)
  // Capitals: 'A' <= c <= 'Z' as signed compares; bytes from 0x80 are negative, never capitals.
  const __m128i before_a = _mm_set1_epi8('A' - 1), after_z = _mm_set1_epi8('Z' + 1), case_bit = _mm_set1_epi8(0x20);
  for (; i + 16 <= text.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i capital = _mm_and_si128(_mm_cmpgt_epi8(v, before_a), _mm_cmplt_epi8(v, after_z));
    const __m128i folded = _mm_or_si128(v, _mm_and_si128(capital, case_bit));
    const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(lower.data() + i));
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(folded, w)) != 0xFFFF) return false;
  }
#endif
  for (; i < text.size(); ++i)
    if (LowerByte(text[i]) != lower[i]) return false;
  return true;
}

// Lower-cases word into buf (of size n) and returns the view of it; empty when it does not fit.
inline std::string_view LowerInto(std::string_view word, char* buf, size_t n) {
  if (word.size() > n) return {};
  for (size_t i = 0; i < word.size(); ++i) buf[i] = LowerByte(word[i]);
  return std::string_view(buf, word.size());
}

// A word of at most 16 bytes packed into two integers, so that word lists are searched by
// integer comparisons instead of hashing and memcmp per word.
struct PackedWord {
  uint64_t lo = 0, hi = 0;
  bool operator<(const PackedWord& o) const { return lo != o.lo ? lo < o.lo : hi < o.hi; }
  bool operator==(const PackedWord& o) const { return lo == o.lo && hi == o.hi; }
};

// Packs word (lower-cased when `lower`); false when it is empty or longer than 16 bytes.
inline bool Pack(std::string_view word, bool lower, PackedWord* out) {
  if (word.empty() || word.size() > 16) return false;
  // Built in registers (byte i at bits 8i, as a little-endian load would place it): writing
  // bytes to memory and loading them back as words stalls on store forwarding.
  uint64_t half[2] = {0, 0};
  for (size_t i = 0; i < word.size(); ++i) {
    const uint64_t b = static_cast<unsigned char>(lower ? LowerByte(word[i]) : word[i]);
    half[i >> 3] |= b << (8 * (i & 7));
  }
  out->lo = half[0];
  out->hi = half[1];
  return true;
}

// The packed word lower-cased, eight bytes at a time: each byte in 'A'..'Z' gains 0x20.
inline PackedWord Lowered(PackedWord w) {
  auto lower8 = [](uint64_t x) {
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    const uint64_t low7 = x & ~kHigh;
    const uint64_t at_least_a = low7 + (0x80 - 'A') * kOnes;      // high bit: byte >= 'A'
    const uint64_t above_z = low7 + (0x80 - 'Z' - 1) * kOnes;     // high bit: byte > 'Z'
    const uint64_t upper = at_least_a & ~above_z & ~x & kHigh;    // ASCII bytes in 'A'..'Z'
    return x | (upper >> 2);
  };
  return {lower8(w.lo), lower8(w.hi)};
}

// A fixed list of words (each at most 16 bytes) with a value each, looked up by binary search
// over packed words. `lower`: lookups lower-case the word first (the list is in lower case).
template <class V>
class WordMap {
 public:
  WordMap(std::initializer_list<std::pair<std::string_view, V>> words, bool lower)
      : WordMap(std::vector<std::pair<std::string_view, V>>(words), lower) {}
  WordMap(const std::vector<std::pair<std::string_view, V>>& words, bool lower) : lower_(lower) {
    for (const auto& [w, v] : words) {
      PackedWord k;
      if (Pack(w, false, &k)) {
        entries_.emplace_back(k, v);
        filter_[Slot(w)] = true;
      }
    }
    std::sort(entries_.begin(), entries_.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
  }
  const V* Find(std::string_view word) const {
    if (word.empty() || word.size() > 16 || !filter_[Slot(word)]) return nullptr;
    PackedWord k;
    if (!Pack(word, lower_, &k)) return nullptr;
    return Find(k);
  }
  // k as packed as written: lower-cased here when the map is.
  const V* Find(PackedWord k) const {
    if (lower_) k = Lowered(k);
    auto it = std::lower_bound(entries_.begin(), entries_.end(), k,
                               [](const auto& e, const PackedWord& x) { return e.first < x; });
    return it != entries_.end() && it->first == k ? &it->second : nullptr;
  }

 private:
  // A word's slot in the filter: its length and first and last letters. A word whose slot no
  // listed word shares is rejected in a few instructions, before packing and searching.
  size_t Slot(std::string_view w) const {
    auto b = [&](char c) { return static_cast<size_t>(static_cast<unsigned char>(lower_ ? LowerByte(c) : c)); };
    return ((b(w.front()) * 31 + b(w.back())) * 17 + w.size()) % kSlots;
  }
  static constexpr size_t kSlots = 4093;  // prime
  std::bitset<kSlots> filter_;
  bool lower_;
  std::vector<std::pair<PackedWord, V>> entries_;
};

}  // namespace copydesk::ascii
