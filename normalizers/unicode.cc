#include "normalizers/unicode.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace copydesk::normalizers {

void AppendUtf8(std::string* out, uint32_t c) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

Result<std::unique_ptr<UnicodeNormalizer>> UnicodeNormalizer::Create(const UnicodeOptions& options) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(err);
  if (U_FAILURE(err) || nfkc == nullptr) {
    return Status(StatusCode::kInternal,
                  std::string("ICU: cannot load NFKC data: ") + u_errorName(err) +
                      " (is libicu72 installed?)");
  }
  return std::unique_ptr<UnicodeNormalizer>(new UnicodeNormalizer(options, nfkc));
}

const char* UnifiedPunctuation(uint32_t c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
    case 0x0060: case 0x00B4:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB:
    case 0x00BB: case 0x301D: case 0x301E:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return "-";
    case 0x2026:
      return "...";
    case 0x2044: case 0x2215:  // fraction slash (from NFKC of "½"), division slash
      return "/";
    default:
      return nullptr;
  }
}

size_t VisibleAsciiRunEnd(std::string_view text, size_t i) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  auto visible = [](unsigned char c) { return c > 0x20 && c < 0x7F && c != '`'; };
  size_t j = i + 1;
#if defined(__SSE2__)
  // 16 bytes a step, while the byte after them can be read: the run stops at the first byte
  // that is not visible and not a space before a visible byte.
  const __m128i space = _mm_set1_epi8(' ');
  const __m128i del = _mm_set1_epi8(0x7F);
  const __m128i grave = _mm_set1_epi8('`');
  auto vis = [&](__m128i v) {  // signed: bytes from 0x80 are below 0x21
    return _mm_andnot_si128(_mm_cmpeq_epi8(v, grave), _mm_and_si128(_mm_cmpgt_epi8(v, space), _mm_cmplt_epi8(v, del)));
  };
  while (j + 17 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + j));
    const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + j + 1));
    const __m128i go = _mm_or_si128(vis(v), _mm_and_si128(_mm_cmpeq_epi8(v, space), vis(next)));
    const unsigned stop = ~static_cast<unsigned>(_mm_movemask_epi8(go)) & 0xFFFFu;
    if (stop != 0) return j + static_cast<size_t>(std::countr_zero(stop));
    j += 16;
  }
#endif
  while (j < n) {
    const unsigned char c = s[j];
    if (visible(c)) {
      ++j;
    } else if (c == ' ' && j + 1 < n && visible(s[j + 1])) {
      j += 2;
    } else {
      break;
    }
  }
  return j;
}

namespace {

enum class Map { kKeep, kDrop, kSpace, kNewline };

// Classifies code point `c` after NFKC; `*repl` gets an ASCII replacement when there is one.
Map Classify(uint32_t c, const UnicodeOptions& o, const char** repl) {
  *repl = nullptr;
  if (c == '\n') return Map::kNewline;
  if (c == ' ' || c == '\t' || c == 0x0B || c == 0x0C) return Map::kSpace;
  if (c == 0x2028 || c == 0x2029 || c == 0x85) return Map::kNewline;
  if (o.strip_invisible) {
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return Map::kDrop;
    if (o.keep_joiners && (c == 0x200C || c == 0x200D)) return Map::kKeep;
    switch (c) {
      case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      case 0x200E: case 0x200F: case 0x202A: case 0x202B: case 0x202C: case 0x202D:
      case 0x202E: case 0x2061: case 0x2062: case 0x2063: case 0x2064:
        return Map::kDrop;
      default: break;
    }
  }
  if (o.unify_spaces && (c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000))
    return Map::kSpace;
  if (o.unify_punctuation) *repl = UnifiedPunctuation(c);
  return Map::kKeep;
}

}  // namespace

namespace {

// The ASCII digit or sign a superscript digit or sign stands for ("⁸" -> '8'), else 0.
char SuperscriptAscii(uint32_t c) {
  switch (c) {
    case 0x2070: return '0';
    case 0xB9: return '1';
    case 0xB2: return '2';
    case 0xB3: return '3';
    case 0x207A: return '+';
    case 0x207B: return '-';
    default: return c >= 0x2074 && c <= 0x2079 ? static_cast<char>('4' + (c - 0x2074)) : 0;
  }
}

}  // namespace

std::string UnicodeNormalizer::Normalize(std::string_view in, std::vector<uint32_t>* offsets) const {
  std::string out;
  out.reserve(in.size());
  if (offsets) {
    offsets->clear();
    offsets->reserve(in.size());
  }
  size_t superscript_end = std::string::npos;  // where the last superscript written ends
  char superscript_mode = '^';  // how the run is written: '^' after a number, '\0' dropped
  bool pending_space = false;   // a space run waiting for the next visible character
  uint32_t pending_space_at = 0;
  auto emit = [&](std::string_view s, uint32_t at) {
    if (pending_space) {
      if (!out.empty() && out.back() != '\n') {
        out.push_back(' ');
        if (offsets) offsets->push_back(pending_space_at);
      }
      pending_space = false;
    }
    out.append(s);
    if (offsets) offsets->insert(offsets->end(), s.size(), at);
  };
  auto emit_code_point = [&](uint32_t c, uint32_t at) {
    const char* repl;
    switch (Classify(c, options_, &repl)) {
      case Map::kDrop: return;
      case Map::kSpace:
        if (!options_.collapse_spaces) { emit(" ", at); return; }
        if (!pending_space) pending_space_at = at;
        pending_space = true;
        return;
      case Map::kNewline:
        pending_space = false;  // trims the line end
        emit("\n", at);
        return;
      case Map::kKeep:
        if (repl) { emit(repl, at); return; }
        std::string tmp;
        AppendUtf8(&tmp, c);
        emit(tmp, at);
        return;
    }
  };

  const char* s = in.data();
  const int32_t n = static_cast<int32_t>(in.size());
  int32_t i = 0;
  icu::UnicodeString segment;
  int32_t segment_start = -1;
  std::string seg_utf8;
  auto flush_segment = [&]() {
    if (segment_start < 0) return;
    UErrorCode err = U_ZERO_ERROR;
    icu::UnicodeString norm = nfkc_->normalize(segment, err);
    const icu::UnicodeString& use = U_SUCCESS(err) ? norm : segment;
    for (int32_t k = 0; k < use.length();) {
      UChar32 c = use.char32At(k);
      emit_code_point(static_cast<uint32_t>(c), static_cast<uint32_t>(segment_start));
      k += U16_LENGTH(c);
    }
    segment.remove();
    segment_start = -1;
  };
  while (i < n) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b > 0x20 && b < 0x7F && b != '`') {
      // A run of visible ASCII maps to itself: append it whole.
      flush_segment();
      // A single space between two visible characters maps to itself too, so ordinary
      // prose is copied in long runs.
      const auto j = static_cast<int32_t>(VisibleAsciiRunEnd(std::string_view(s, static_cast<size_t>(n)), static_cast<size_t>(i)));
      // A combining mark after the run (decomposed text: "e" + U+0301) composes with the run's
      // last letter: that letter goes to ICU with it, so "é" in either form reads alike.
      int32_t end = j;
      if (options_.nfkc && j < n && static_cast<unsigned char>(s[j]) >= 0x80) {
        int32_t k = j;
        UChar32 next;
        U8_NEXT(s, k, n, next);
        if (next >= 0 && !nfkc_->hasBoundaryBefore(next)) --end;
      }
      if (pending_space) emit("", static_cast<uint32_t>(i));
      out.append(s + i, static_cast<size_t>(end - i));
      if (offsets) {
        for (int32_t k = i; k < end; ++k) offsets->push_back(static_cast<uint32_t>(k));
      }
      if (end < j) {
        segment_start = end;
        segment.append(static_cast<UChar32>(static_cast<unsigned char>(s[end])));
      }
      i = j;
      continue;
    }
    if (b < 0x80) {  // ASCII is NFKC-inert: skip ICU entirely
      flush_segment();
      if (b == '\r') {
        emit_code_point('\n', static_cast<uint32_t>(i));
        ++i;
        if (i < n && s[i] == '\n') ++i;
        continue;
      }
      emit_code_point(b, static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) c = 0xFFFD;
    // A segment is cut after 32 code units even inside a run of combining marks (as the
    // stream-safe format of UAX #15 bounds them): ICU reorders a run of marks in time
    // quadratic in its length, and no real text has such runs.
    if (!options_.nfkc || nfkc_->hasBoundaryBefore(c) || segment.length() >= 32) flush_segment();
    // Quote and dash variants are unified before NFKC, which would take U+00B4 (an acute
    // accent used as an apostrophe) apart into a space and a combining mark.
    if (!options_.nfkc || (options_.unify_punctuation && UnifiedPunctuation(static_cast<uint32_t>(c)) != nullptr)) {
      flush_segment();
      emit_code_point(static_cast<uint32_t>(c), static_cast<uint32_t>(at));
      continue;
    }
    // A superscript after a digit is a power or a footnote's mark ("10⁸", "10⁻³", "42¹"): a
    // caret keeps it from joining the digits ("108"), and claims read "10^8" as the power (and
    // "£9^99" as a shop's 9.99). After a decimal ("2.5²") it is a mark, dropped.
    if (const char sup = SuperscriptAscii(static_cast<uint32_t>(c)); sup != 0) {
      flush_segment();
      const bool run = superscript_end == out.size() && !out.empty();
      const bool start = !run && !out.empty() && out.back() >= '0' && out.back() <= '9';
      if (start) {
        size_t k = out.size();
        while (k > 0 && out[k - 1] >= '0' && out[k - 1] <= '9') --k;
        const std::string_view before(out.data(), k);
        const bool decimal = k >= 2 && (out[k - 1] == '.' || out[k - 1] == ',') && out[k - 2] >= '0' && out[k - 2] <= '9';
        superscript_mode = decimal ? '\0' : '^';
        if (superscript_mode != '\0') emit(std::string_view(&superscript_mode, 1), static_cast<uint32_t>(at));
      }
      if (run || start) {
        if (superscript_mode != '\0') emit(std::string_view(&sup, 1), static_cast<uint32_t>(at));
        superscript_end = out.size();
        continue;
      }
    }
    // A vulgar fraction after a digit is a mixed number: "2½" must not become "21/2".
    if ((c >= 0xBC && c <= 0xBE) || (c >= 0x2150 && c <= 0x215F) || c == 0x2189) {
      flush_segment();
      if (!out.empty() && out.back() >= '0' && out.back() <= '9') emit(" ", static_cast<uint32_t>(at));
    }
    if (segment_start < 0) segment_start = at;
    segment.append(c);
  }
  flush_segment();
  return out;
}

std::string UnicodeNormalizer::Fold(std::string_view normalized) const {
  // ASCII text folds to its lower case: copied and lowered in one pass (which the compiler
  // vectorizes) that also notes any byte from 0x80; such text is folded again by ICU.
  std::string out;
  out.resize(normalized.size());
  unsigned char high = 0;
  const auto* in = reinterpret_cast<const unsigned char*>(normalized.data());
  char* o = out.data();
  for (size_t i = 0; i < normalized.size(); ++i) {
    const unsigned char c = in[i];
    high |= c;
    o[i] = static_cast<char>(c + (static_cast<unsigned>(c - 'A') < 26u ? 32 : 0));
  }
  if (high < 0x80) return out;
  out.clear();
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(normalized.data(), static_cast<int32_t>(normalized.size())));
  u.foldCase();
  u.toUTF8String(out);
  return out;
}

}  // namespace copydesk::normalizers
