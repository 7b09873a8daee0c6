#include "corpus/utf8.h"

#include <simdjson.h>

namespace copydesk::corpus {

bool IsValidUtf8(std::string_view s) { return simdjson::validate_utf8(s.data(), s.size()); }

namespace {

// Returns the length of the valid UTF-8 sequence at s[i], or 0 when it is invalid; `*consumed`
// gets the length of the maximal invalid subpart to replace.
size_t ValidSequenceAt(std::string_view s, size_t i, size_t* consumed) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) return 1;
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    *consumed = 1;
    return 0;
  }
  size_t k = 1;
  for (; k <= need; ++k) {
    if (i + k >= s.size()) break;
    unsigned char t = b(i + k);
    unsigned char l = (k == 1) ? lo : 0x80, h = (k == 1) ? hi : 0xBF;
    if (t < l || t > h) break;
  }
  if (k == need + 1) return need + 1;
  *consumed = k;  // lead byte plus the valid continuation bytes seen
  return 0;
}

}  // namespace

uint64_t RepairUtf8(std::string* s) {
  if (IsValidUtf8(*s)) return 0;
  std::string out;
  out.reserve(s->size() + 16);
  uint64_t replaced = 0;
  std::string_view in(*s);
  for (size_t i = 0; i < in.size();) {
    size_t consumed = 1;
    size_t n = ValidSequenceAt(in, i, &consumed);
    if (n > 0) {
      out.append(in.substr(i, n));
      i += n;
    } else {
      out.append("\xEF\xBF\xBD");
      ++replaced;
      i += consumed;
    }
  }
  s->swap(out);
  return replaced;
}

size_t Utf8PrefixLength(std::string_view s, size_t max_bytes) {
  if (max_bytes >= s.size()) return s.size();
  // Step back over at most three continuation bytes to the lead byte of the cut character.
  size_t n = max_bytes;
  for (int k = 0; k < 3 && n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80; ++k) --n;
  return (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80 ? max_bytes : n;
}

}  // namespace copydesk::corpus
