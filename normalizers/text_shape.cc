#include "normalizers/text_shape.h"

#include <algorithm>
#include <array>

namespace copydesk::normalizers {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

size_t CountWords(std::string_view s, size_t limit) {
  // Counts space -> non-space transitions 64 bytes at a time, with no dependency from one byte
  // to the next (the compiler vectorizes it), checking the limit between blocks.
  auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
  if (s.empty()) return 0;
  size_t n = !space(s[0]);
  for (size_t i = 1; i < s.size();) {
    const size_t end = std::min(s.size(), i + 64);
    size_t block = 0;
    for (; i < end; ++i) block += space(s[i - 1]) & !space(s[i]);
    n += block;
    if (n > limit) return limit + 1;
  }
  return std::min(n, limit + 1);
}

size_t CountLetters(std::string_view s, size_t limit) {
  size_t n = 0;
  for (unsigned char c : s) {
    if (((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0) && ++n > limit) return n;
  }
  return n;
}

bool EndsSentence(std::string_view s) {
  s = Trim(s);
  while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')')) s.remove_suffix(1);
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?');
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

bool IsTitleShaped(std::string_view s, size_t max_words) {
  s = Trim(s);
  size_t w = CountWords(s, max_words);
  if (w == 0 || w > max_words) return false;
  char last = s.back();
  return !(last == '.' || last == '!' || last == '?' || last == ':' || last == ',' || last == ';');
}

}  // namespace copydesk::normalizers
