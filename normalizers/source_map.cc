#include "normalizers/source_map.h"

#include <algorithm>
#include <string>

namespace copydesk::normalizers {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Appends the mapping text byte t -> input byte s, growing the last run when both follow it.
void Map(std::vector<SourceRun>* runs, uint32_t t, uint32_t s) {
  if (!runs->empty()) {
    SourceRun& r = runs->back();
    if (r.text_begin + r.length == t && r.source_begin + r.length == s) {
      ++r.length;
      return;
    }
  }
  runs->push_back({t, s, 1});
}

}  // namespace

std::vector<SourceRun> AlignToSource(std::string_view text, std::string_view src,
                                     const std::vector<uint32_t>& offsets) {
  std::vector<SourceRun> runs;
  const bool identity = offsets.empty();  // src is the input itself (a page, markup blanked)
  if (!identity && offsets.size() != src.size()) return runs;
  auto source_of = [&](size_t j) { return identity ? static_cast<uint32_t>(j) : offsets[j]; };
  constexpr size_t kProbe = 12;      // bytes looked for to resynchronize after a cut
  constexpr size_t kNearby = 4096;   // how far ahead a resynchronization first looks
  constexpr size_t kShortProbe = 4;  // a probe shorter than this ...
  constexpr size_t kShortReach = 16;  // ... is looked for this far ahead only
  size_t j = 0;                      // position in src
  size_t i = 0;                      // position in text
  auto resync = [&](size_t at) -> bool {
    // The next bytes of text up to a blank (or kProbe of them), found ahead in src: first
    // nearby, then anywhere after j, then anywhere (a kept copy of a repeated block may be
    // the later one).
    size_t n = 0;
    while (at + n < text.size() && n < kProbe && !IsBlank(text[at + n])) ++n;
    if (n == 0) return false;
    const std::string_view probe = text.substr(at, n);
    // A probe of a few bytes ("%" after a figure whose input wrote "&#37;") is found by chance
    // far away (the next paragraph's "12%"): it is looked for just ahead only.
    if (n < kShortProbe) {
      const size_t near = src.substr(j, kShortReach).find(probe);
      if (near == std::string_view::npos) return false;
      j += near;
      return true;
    }
    size_t found = src.substr(j, kNearby).find(probe);
    if (found != std::string_view::npos) found += j;
    else found = src.find(probe, j);
    if (found == std::string_view::npos) found = src.find(probe);
    if (found == std::string_view::npos) return false;
    j = found;
    return true;
  };
  while (i < text.size()) {
    if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] == '\n') {
      i += 2;  // paragraph separator: the next paragraph may start anywhere after a cut
      if (i < text.size() && !resync(i)) {
        // No trace of the paragraph's start: skip its first word and try again.
        while (i < text.size() && !IsBlank(text[i])) ++i;
      }
      continue;
    }
    if (j < src.size() && text[i] == src[j]) {
      Map(&runs, static_cast<uint32_t>(i), source_of(j));
      ++i;
      ++j;
      continue;
    }
    if (IsBlank(text[i])) {
      // A joined line or collapsed spaces: the blank stands for the input's blanks.
      if (j < src.size() && IsBlank(src[j])) {
        Map(&runs, static_cast<uint32_t>(i), source_of(j));
        while (j < src.size() && IsBlank(src[j])) ++j;
      }
      ++i;
      continue;
    }
    if (j < src.size() && IsBlank(src[j])) {  // extra blanks in the input (indentation)
      ++j;
      continue;
    }
    if (!resync(i)) ++i;  // a byte the input does not have here: left unmapped
    else if (j < src.size() && text[i] != src[j]) ++i;
  }
  return runs;
}

std::string MaskMarkup(std::string_view html) {
  std::string out(html);
  auto starts_with_ci = [&](size_t at, std::string_view word) {
    if (at + word.size() > html.size()) return false;
    for (size_t k = 0; k < word.size(); ++k) {
      char c = html[at + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != word[k]) return false;
    }
    return true;
  };
  auto blank = [&](size_t from, size_t to) {
    for (size_t k = from; k < to && k < out.size(); ++k) out[k] = ' ';
  };
  size_t i = 0;
  while (i < html.size()) {
    if (html[i] != '<') { ++i; continue; }
    size_t end;
    if (html.substr(i, 4) == "<!--") {
      end = html.find("-->", i + 4);
      end = end == std::string_view::npos ? html.size() : end + 3;
    } else if (starts_with_ci(i, "<script") || starts_with_ci(i, "<style")) {
      const std::string_view close = starts_with_ci(i, "<script") ? "</script" : "</style";
      size_t at = i + 1;
      end = html.size();
      while ((at = html.find("</", at)) != std::string_view::npos) {
        if (starts_with_ci(at, close)) {
          const size_t gt = html.find('>', at);
          end = gt == std::string_view::npos ? html.size() : gt + 1;
          break;
        }
        at += 2;
      }
    } else {
      end = html.find('>', i);
      end = end == std::string_view::npos ? html.size() : end + 1;
    }
    blank(i, end);
    i = end;
  }
  return out;
}

std::optional<std::pair<uint32_t, uint32_t>> ToSource(const std::vector<SourceRun>& map,
                                                      uint32_t begin, uint32_t end) {
  if (begin >= end) return std::nullopt;
  // The first run ending after begin.
  auto it = std::upper_bound(map.begin(), map.end(), begin,
                             [](uint32_t b, const SourceRun& r) { return b < r.text_begin + r.length; });
  std::optional<uint32_t> src_begin, src_end;
  for (; it != map.end() && it->text_begin < end; ++it) {
    const uint32_t b = std::max(begin, it->text_begin);
    const uint32_t e = std::min(end, it->text_begin + it->length);
    if (b >= e) continue;
    if (!src_begin) src_begin = it->source_begin + (b - it->text_begin);
    src_end = it->source_begin + (e - it->text_begin);
  }
  if (!src_begin || *src_end <= *src_begin) return std::nullopt;
  // The last byte's input character may be longer than one byte ("’" became "'"): end where
  // the next mapped byte's input starts, when that is within one UTF-8 character.
  auto next = std::upper_bound(map.begin(), map.end(), end,
                               [](uint32_t b, const SourceRun& r) { return b < r.text_begin + r.length; });
  if (next != map.end()) {
    const uint32_t s_next = next->source_begin + (std::max(end, next->text_begin) - next->text_begin);
    if (s_next > *src_end && s_next - (*src_end - 1) <= 4) src_end = s_next;
  }
  return std::make_pair(*src_begin, *src_end);
}

}  // namespace copydesk::normalizers
