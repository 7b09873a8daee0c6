#include "pipeline/align.h"

#include <unicode/utf8.h>
#include <xxhash.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <unordered_set>
#include <array>
#include <bit>
#include <cstring>

#include "corpus/ascii.h"
#include "normalizers/unicode.h"
#include "pipeline/shingle.h"

namespace copydesk::pipeline {

namespace {

// Byte classes, looked up rather than tested (tokens are cut a byte at a time): kPunct, an
// ASCII byte neither a letter, a digit nor a space; kSpace, an ASCII space; kSpaceLead, a byte a
// non-ASCII space may begin with (UnicodeSpaceAt says whether one does).
enum : uint8_t { kPunct = 1, kSpace = 2, kSpaceLead = 4 };
constexpr std::array<uint8_t, 256> kByteClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 0x80; ++c) {
    const bool alnum = ascii::IsAlpha(static_cast<char>(c)) || ascii::IsDigit(static_cast<char>(c));
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    t[static_cast<size_t>(c)] = space ? kSpace : alnum ? 0 : kPunct;
  }
  t[0xC2] = t[0xE2] = t[0xE3] = kSpaceLead;
  return t;
}();

bool IsAsciiPunct(char c) { return kByteClass[static_cast<unsigned char>(c)] == kPunct; }

// Returns the length in bytes of the non-ASCII space at s[i], one the normalized form turns into
// a space (no-break, U+2000-U+200A, narrow no-break, medium mathematical, ideographic), which a
// text keeping its input's characters still holds; 0 when s[i] starts none.
size_t UnicodeSpaceAt(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == 0xC2) return i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0 ? 2 : 0;
  if ((c != 0xE2 && c != 0xE3) || i + 2 >= s.size()) return 0;
  const auto c1 = static_cast<unsigned char>(s[i + 1]), c2 = static_cast<unsigned char>(s[i + 2]);
  if (c == 0xE3) return c1 == 0x80 && c2 == 0x80 ? 3 : 0;
  if (c1 == 0x80 && (c2 <= 0x8A || c2 == 0xAF)) return 3;
  return c1 == 0x81 && c2 == 0x9F ? 3 : 0;
}

// Fills `bits` with a bit per byte of `s` (bit k of value w: byte 64w + k), set for the bytes of
// spaces (each byte of a non-ASCII one, UnicodeSpaceAt) and for the bits past the end. ASCII spaces are
// found 16 bytes a step; the bytes that may begin a non-ASCII space are rare and tested one by one.
void SpaceBits(std::string_view s, std::vector<uint64_t>* bits) {
  const size_t n = s.size();
  bits->assign(n / 64 + 1, 0);
  uint64_t* out = bits->data();
  const auto* t = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = 0;
  auto lead = [&](size_t at) {
    const size_t k = UnicodeSpaceAt(s, at);
    for (size_t j = at; j < at + k; ++j) out[j / 64] |= uint64_t{1} << (j % 64);
  };
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(' '), newline = _mm_set1_epi8('\n'), tab = _mm_set1_epi8('\t'),
                ret = _mm_set1_epi8('\r');
  const __m128i c2 = _mm_set1_epi8(static_cast<char>(0xC2)), e2 = _mm_set1_epi8(static_cast<char>(0xE2)),
                e3 = _mm_set1_epi8(static_cast<char>(0xE3));
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t + i));
    const __m128i sp = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, space), _mm_cmpeq_epi8(v, newline)),
                                    _mm_or_si128(_mm_cmpeq_epi8(v, tab), _mm_cmpeq_epi8(v, ret)));
    const uint64_t m = static_cast<uint32_t>(_mm_movemask_epi8(sp));
    out[i / 64] |= m << (i % 64);  // 16 | 64: a step never straddles two values
    uint32_t leads = static_cast<uint32_t>(_mm_movemask_epi8(
        _mm_or_si128(_mm_cmpeq_epi8(v, c2), _mm_or_si128(_mm_cmpeq_epi8(v, e2), _mm_cmpeq_epi8(v, e3)))));
    for (; leads != 0; leads &= leads - 1) lead(i + static_cast<size_t>(std::countr_zero(leads)));
  }
#endif
  for (; i < n; ++i) {
    const uint8_t k = kByteClass[t[i]];
    if (k == kSpace) out[i / 64] |= uint64_t{1} << (i % 64);
    else if (k == kSpaceLead) lead(i);
  }
  out[n / 64] |= ~uint64_t{0} << (n % 64);
}

// Calls fn(begin, end) for each run of non-space bytes of `s` (`bits`: scratch).
template <typename Fn>
void ForEachToken(std::string_view s, std::vector<uint64_t>* bits, Fn fn) {
  SpaceBits(s, bits);
  uint64_t carry = 1;  // whether the byte before this value's first is a space
  size_t open = 0;
  for (size_t w = 0; w < bits->size(); ++w) {
    const uint64_t m = (*bits)[w];
    const uint64_t before = (m << 1) | carry;
    uint64_t starts = ~m & before, ends = m & ~before;
    carry = m >> 63;
    const size_t base = w * 64;
    while ((starts | ends) != 0) {
      const size_t next_start = starts != 0 ? static_cast<size_t>(std::countr_zero(starts)) : 64;
      const size_t next_end = ends != 0 ? static_cast<size_t>(std::countr_zero(ends)) : 64;
      if (next_end < next_start) {  // a start and an end are never at one byte
        fn(open, base + next_end);
        ends &= ends - 1;
      } else {
        open = base + next_start;
        starts &= starts - 1;
      }
    }
  }
}

std::vector<uint64_t>& TokenScratch() {
  thread_local std::vector<uint64_t> bits;
  return bits;
}

// Calls fn(begin, end) for each run of non-space bytes of `s` (with this thread's scratch).
template <typename Fn>
void ForEachToken(std::string_view s, Fn fn) {
  ForEachToken(s, &TokenScratch(), fn);
}

// The word of a token, punctuation at its edges aside; a figure keeps its sign, its currency
// and its percent ("-0.8%" is not "0.8%", nor "$6.2" "6.2%"). `raw` is the token as written:
// its minus is a hyphen-minus or U+2212, not a dash glued to the figure ("—$53").
std::string_view StripPunct(std::string_view w, std::string_view raw) {
  const bool figure = std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  // The sign after opening brackets and quotes ("(-0.8%)"); an en dash right before a digit is a
  // minus too, as the claims read it ("–0.8%").
  while (!raw.empty() && (raw.front() == '(' || raw.front() == '[' || raw.front() == '"' || raw.front() == '\''))
    raw.remove_prefix(1);
  while (raw.starts_with("\xE2\x80\x9C") || raw.starts_with("\xE2\x80\x98")) raw.remove_prefix(3);  // “ ‘
  const bool en_dash_minus = raw.starts_with("\xE2\x80\x93") && raw.size() > 3 && raw[3] >= '0' && raw[3] <= '9';
  const bool minus = raw.starts_with("-") || raw.starts_with("+") || raw.starts_with("\xE2\x88\x92") || en_dash_minus;
  auto kept_front = [&](char c) { return figure && (((c == '-' || c == '+') && minus) || c == '$'); };
  while (!w.empty() && IsAsciiPunct(w.front()) && !kept_front(w.front())) w.remove_prefix(1);
  while (!w.empty() && IsAsciiPunct(w.back()) && !(figure && w.back() == '%')) w.remove_suffix(1);
  return w;
}

// A sentence ends at a token ending in . ! or ?, closing quotes and brackets aside.
bool EndsSentence(std::string_view t) {
  while (!t.empty() && (t.back() == '"' || t.back() == '\'' || t.back() == ')' || t.back() == ']'))
    t.remove_suffix(1);
  if (t.size() >= 3 && std::memcmp(t.data() + t.size() - 3, "\xE2\x80\x9D", 3) == 0)  // ”
    return EndsSentence(t.substr(0, t.size() - 3));
  if (t.size() >= 3 && std::memcmp(t.data() + t.size() - 3, "\xE2\x80\x99", 3) == 0)  // ’
    return EndsSentence(t.substr(0, t.size() - 3));
  return !t.empty() && (t.back() == '.' || t.back() == '!' || t.back() == '?');
}

uint64_t Hash(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

uint64_t Mix(uint64_t h, uint64_t x) { return (h ^ x) * 0x9E3779B97F4A7C15ull + (h >> 29); }

// Writes `w` to `out` with the typographic variants a CMS changes unified as the normalizer
// unifies them (normalizers::UnifiedPunctuation: curly quotes, dashes, the ellipsis).
void UnifyTypography(std::string_view w, std::string* out) {
  out->clear();
  const auto n = static_cast<int32_t>(w.size());
  for (int32_t i = 0; i < n;) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(w.data(), i, n, c);
    const char* to = c >= 0 ? normalizers::UnifiedPunctuation(static_cast<uint32_t>(c)) : nullptr;
    if (to != nullptr) out->append(to);
    else out->append(w.substr(static_cast<size_t>(at), static_cast<size_t>(i - at)));
  }
}

// Returns true when two words read the same but for typography (UnifyTypography).
bool SameWriting(std::string_view a, std::string_view b) {
  if (a == b) return true;
  std::string x, y;
  UnifyTypography(a, &x);
  UnifyTypography(b, &y);
  return x == y;
}

struct Token {
  uint64_t key;    // comparison form: folded, edge punctuation stripped (the token when empty)
  uint32_t begin, end;  // bytes in the article's text
  uint32_t paragraph;
  bool word;  // has a letter or digit (counted as a word)
  bool sentence_end;
};

// An article cut into tokens, with each paragraph's bigrams and sentences (flat arrays with
// offsets, so that an article costs a handful of allocations, not a few per paragraph).
struct Doc {
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<uint32_t> first;       // first token of each paragraph; size paragraphs + 1
  std::vector<uint64_t> bigram_keys;  // each paragraph's sorted, unique bigrams
  std::vector<uint32_t> bigram_at;    // size paragraphs + 1
  std::vector<uint64_t> sentence_keys;  // each paragraph's sorted sentence keys
  std::vector<uint32_t> sentence_at;    // size paragraphs + 1
  std::vector<uint32_t> words;          // word tokens per paragraph
  std::vector<std::pair<uint32_t, uint32_t>> spans;  // each paragraph's bytes in text
  std::vector<std::pair<uint64_t, uint32_t>> by_hash;  // (hash of the paragraph, paragraph), sorted
  // Scratch of MakeDoc.
  std::vector<std::pair<uint32_t, uint32_t>> fold_spans;
  std::vector<std::pair<size_t, size_t>> fold_words;
  std::vector<uint64_t> keys;
  std::vector<uint64_t> space_bits;
  size_t size() const { return words.size(); }
  std::span<const uint64_t> bigrams(size_t p) const {
    return {bigram_keys.data() + bigram_at[p], bigram_at[p + 1] - bigram_at[p]};
  }
  std::span<const uint64_t> sentences(size_t p) const {
    return {sentence_keys.data() + sentence_at[p], sentence_at[p + 1] - sentence_at[p]};
  }
};

// Calls fn(begin, end) for each paragraph of `text` (paragraphs are joined by "\n\n").
template <typename Fn>
void ForEachParagraph(std::string_view text, Fn fn) {
  if (text.empty()) return;
  size_t pos = 0;
  while (true) {
    const size_t e = text.find("\n\n", pos);
    if (e == std::string_view::npos) {
      fn(pos, text.size());
      return;
    }
    fn(pos, e);
    pos = e + 2;
  }
}

// Fills `d` (its arrays reused) with article `a`. A paragraph spelled exactly as one of `like`
// (the canonical, for a copy) is copied from it rather than cut into words again.
void MakeDoc(AlignText a, Doc* out, const Doc* like = nullptr) {
  Doc& d = *out;
  d.spans.clear();
  d.by_hash.clear();
  d.text = a.text;
  d.tokens.clear();
  d.first.clear();
  d.bigram_keys.clear();
  d.bigram_at.clear();
  d.sentence_keys.clear();
  d.sentence_at.clear();
  d.words.clear();
  d.tokens.reserve(a.text.size() / 5 + 8);
  std::vector<std::pair<uint32_t, uint32_t>>& fold_spans = d.fold_spans;
  fold_spans.clear();
  ForEachParagraph(a.folded, [&](size_t b, size_t e) { fold_spans.emplace_back(b, e); });
  std::vector<std::pair<size_t, size_t>>& fold_words = d.fold_words;
  std::vector<uint64_t>& keys = d.keys;
  d.bigram_at.push_back(0);
  d.sentence_at.push_back(0);
  size_t p = 0;
  ForEachParagraph(a.text, [&](size_t pb, size_t pe) {
    std::string_view para = a.text.substr(pb, pe - pb);
    d.first.push_back(static_cast<uint32_t>(d.tokens.size()));
    d.spans.emplace_back(static_cast<uint32_t>(pb), static_cast<uint32_t>(pe));
    const uint64_t h = Hash(para);
    d.by_hash.emplace_back(h, static_cast<uint32_t>(p));
    if (like != nullptr) {
      auto it = std::lower_bound(like->by_hash.begin(), like->by_hash.end(), std::pair<uint64_t, uint32_t>(h, 0));
      for (; it != like->by_hash.end() && it->first == h; ++it) {
        const uint32_t q = it->second;
        const auto [qb, qe] = like->spans[q];
        if (like->text.substr(qb, qe - qb) != para) continue;
        for (uint32_t t = like->first[q]; t < like->first[q + 1]; ++t) {
          Token x = like->tokens[t];
          x.begin = static_cast<uint32_t>(x.begin - qb + pb);
          x.end = static_cast<uint32_t>(x.end - qb + pb);
          x.paragraph = static_cast<uint32_t>(p);
          d.tokens.push_back(x);
        }
        const auto bg = like->bigrams(q), sn = like->sentences(q);
        d.bigram_keys.insert(d.bigram_keys.end(), bg.begin(), bg.end());
        d.sentence_keys.insert(d.sentence_keys.end(), sn.begin(), sn.end());
        d.bigram_at.push_back(static_cast<uint32_t>(d.bigram_keys.size()));
        d.sentence_at.push_back(static_cast<uint32_t>(d.sentence_keys.size()));
        d.words.push_back(like->words[q]);
        ++p;
        return;
      }
    }
    std::string_view fp;
    if (p < fold_spans.size()) fp = a.folded.substr(fold_spans[p].first, fold_spans[p].second - fold_spans[p].first);
    fold_words.clear();
    const size_t token0 = d.tokens.size();
    auto add_token = [&](size_t b, size_t e) {
      Token t;
      t.begin = static_cast<uint32_t>(pb + b);
      t.end = static_cast<uint32_t>(pb + e);
      t.paragraph = static_cast<uint32_t>(p);
      d.tokens.push_back(t);
    };
    if (ascii::EqualsLower(para, fp)) {  // the usual case: one split serves both forms (spaces
                                          // are not letters)
      ForEachToken(fp, &d.space_bits, [&](size_t b, size_t e) {
        fold_words.emplace_back(b, e);
        add_token(b, e);
      });
    } else {
      ForEachToken(fp, &d.space_bits, [&](size_t b, size_t e) { fold_words.emplace_back(b, e); });
      ForEachToken(para, &d.space_bits, add_token);
    }
    const bool zip = d.tokens.size() - token0 == fold_words.size();
    std::string lower;
    for (size_t k = token0; k < d.tokens.size(); ++k) {
      Token& t = d.tokens[k];
      std::string_view raw = a.text.substr(t.begin, t.end - t.begin);
      std::string_view cmp;
      if (zip) {
        cmp = fp.substr(fold_words[k - token0].first, fold_words[k - token0].second - fold_words[k - token0].first);
      } else {  // the folded form does not split the same way ("7½" is "7 1/2" there): fold
                // ASCII and unify quotes and dashes here, as the folded form would
        lower.clear();
        for (size_t q = 0; q < raw.size();) {
          UChar32 cp;
          const size_t at = q;
          U8_NEXT(raw.data(), q, raw.size(), cp);
          if (const char* u = cp > 0x7F ? normalizers::UnifiedPunctuation(static_cast<uint32_t>(cp)) : nullptr) {
            lower += u;
          } else {
            for (size_t b = at; b < q; ++b) {
              const char ch = raw[b];
              lower.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch);
            }
          }
        }
        cmp = lower;
      }
      std::string_view stripped = StripPunct(cmp, raw);
      t.word = !stripped.empty();
      t.key = Hash(t.word ? stripped : cmp);
      t.sentence_end = EndsSentence(zip ? cmp : raw);  // the folded form: quotes unified
    }
    // Bigrams, sentences and word count of the paragraph.
    keys.clear();
    const size_t s0 = d.sentence_keys.size();
    uint64_t sentence = 0;
    bool open = false;
    for (size_t i = token0; i < d.tokens.size(); ++i) {
      const Token& t = d.tokens[i];
      if (t.word) {
        keys.push_back(t.key);
        sentence = Mix(open ? sentence : 0x51ED, t.key);
        open = true;
      }
      if (open && t.sentence_end) {
        d.sentence_keys.push_back(sentence);
        open = false;
      }
    }
    if (open) d.sentence_keys.push_back(sentence);
    std::sort(d.sentence_keys.begin() + s0, d.sentence_keys.end());
    const size_t b0 = d.bigram_keys.size();
    if (keys.size() == 1) d.bigram_keys.push_back(keys[0]);
    for (size_t i = 0; i + 1 < keys.size(); ++i) d.bigram_keys.push_back(Mix(keys[i], keys[i + 1] * 31));
    std::sort(d.bigram_keys.begin() + b0, d.bigram_keys.end());
    d.bigram_keys.erase(std::unique(d.bigram_keys.begin() + b0, d.bigram_keys.end()), d.bigram_keys.end());
    d.bigram_at.push_back(static_cast<uint32_t>(d.bigram_keys.size()));
    d.sentence_at.push_back(static_cast<uint32_t>(d.sentence_keys.size()));
    d.words.push_back(static_cast<uint32_t>(keys.size()));
    ++p;
  });
  d.first.push_back(static_cast<uint32_t>(d.tokens.size()));
  std::sort(d.by_hash.begin(), d.by_hash.end());
}

size_t Shared(std::span<const uint64_t> a, std::span<const uint64_t> b) {
  size_t n = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else { ++n; ++i; ++j; }
  }
  return n;
}

bool Includes(std::span<const uint64_t> whole, std::span<const uint64_t> part) {
  return std::includes(whole.begin(), whole.end(), part.begin(), part.end());
}

// The canonical's bigrams in an open-addressing table, each with the chain of its paragraphs:
// built once per canonical, probed with each copy's bigrams.
class BigramIndex {
 public:
  void Build(const Doc& d) {
    size_t size = 16;
    while (size < 2 * d.bigram_keys.size() + 1) size *= 2;
    mask_ = size - 1;
    slots_.assign(size, 0);
    entries_.clear();
    for (size_t p = 0; p < d.size(); ++p) {
      for (uint64_t b : d.bigrams(p)) {
        size_t i = Slot(b);
        while (slots_[i] != 0 && entries_[slots_[i] - 1].key != b) i = (i + 1) & mask_;
        entries_.push_back({b, static_cast<uint32_t>(p), slots_[i]});
        slots_[i] = static_cast<uint32_t>(entries_.size());
      }
    }
  }

  // Calls fn(paragraph) for each canonical paragraph holding bigram `b`.
  template <typename Fn>
  void ForEach(uint64_t b, Fn fn) const {
    size_t i = Slot(b);
    while (slots_[i] != 0 && entries_[slots_[i] - 1].key != b) i = (i + 1) & mask_;
    for (uint32_t e = slots_[i]; e != 0; e = entries_[e - 1].next) fn(entries_[e - 1].paragraph);
  }

 private:
  struct Entry {
    uint64_t key;
    uint32_t paragraph;
    uint32_t next;  // entry + 1 of the next paragraph with this bigram; 0 ends
  };
  size_t Slot(uint64_t b) const { return (b >> 20) & mask_; }
  size_t mask_ = 0;
  std::vector<uint32_t> slots_;  // entry + 1 of the chain's head; 0 empty
  std::vector<Entry> entries_;
};

struct Candidate {
  uint32_t canonical, copy;
  uint32_t shared;  // bigrams
  double similarity;  // shared / the larger's bigrams
};

// A paragraph and its partners: canonical [c0, c1] x copy [y0, y1], one side a single paragraph.
struct Group {
  uint32_t c0, c1, y0, y1;
  bool moved;
};

class Aligner {
 public:
  Aligner(const Doc& c, const BigramIndex& index, const Doc& y, const AlignOptions& o)
      : c_(c), index_(index), y_(y), o_(o) {
    group_of_c_.assign(c.size(), -1);
    group_of_y_.assign(y.size(), -1);
  }

  ParagraphReport Run() {
    std::vector<Candidate> cands = Candidates();
    Chain(cands);
    for (size_t g = 0; g < groups_.size(); ++g) Grow(g);
    Moved(cands);
    for (size_t g = 0; g < groups_.size(); ++g) Grow(g);
    return Report();
  }

 private:
  // Returns every pair sharing a bigram that could be one paragraph or a part of one.
  std::vector<Candidate> Candidates() const {
    // Each copy paragraph's bigrams probe the canonical's index, counting shared bigrams per
    // canonical paragraph.
    std::vector<Candidate> out;
    std::vector<uint32_t> hits(c_.size(), 0), touched;
    for (size_t j = 0; j < y_.size(); ++j) {
      for (uint32_t i : touched) hits[i] = 0;
      touched.clear();
      for (uint64_t b : y_.bigrams(j))
        index_.ForEach(b, [&](uint32_t i) {
          if (hits[i]++ == 0) touched.push_back(i);
        });
      for (uint32_t i : touched) {
        Candidate k{i, static_cast<uint32_t>(j), hits[i], 0};
        k.similarity = static_cast<double>(k.shared) / std::max(c_.bigrams(i).size(), y_.bigrams(j).size());
        if (k.similarity >= o_.edit_similarity || IsPart(i, j, k.shared) ||
            (k.similarity >= o_.reworded_similarity && Reworded(i, j)))
          out.push_back(k);
      }
    }
    std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
      return std::make_pair(a.canonical, a.copy) < std::make_pair(b.canonical, b.copy);
    });
    return out;
  }

  // Returns whether canonical i and copy j share reworded_words of the larger's distinct words.
  bool Reworded(size_t i, size_t j) const {
    auto words = [](const Doc& d, size_t p, std::vector<uint64_t>* out) {
      out->clear();
      for (uint32_t t = d.first[p]; t < d.first[p + 1]; ++t)
        if (d.tokens[t].word) out->push_back(d.tokens[t].key);
      std::sort(out->begin(), out->end());
      out->erase(std::unique(out->begin(), out->end()), out->end());
    };
    std::vector<uint64_t>& a = words_c_;
    std::vector<uint64_t>& b = words_y_;
    words(c_, i, &a);
    words(y_, j, &b);
    if (a.empty() || b.empty()) return false;
    const size_t shared = IntersectionSize(a, b);
    return static_cast<double>(shared) >= o_.reworded_words * static_cast<double>(std::max(a.size(), b.size()));
  }

  // Returns whether the smaller of canonical i and copy j is a part of the other.
  bool IsPart(size_t i, size_t j, size_t shared) const {
    const bool copy_smaller = y_.bigrams(j).size() <= c_.bigrams(i).size();
    return copy_smaller ? PartOf(y_, j, c_, i, shared) : PartOf(c_, i, y_, j, shared);
  }

  bool PartOf(const Doc& pd, size_t p, const Doc& wd, size_t w, size_t shared) const {
    const auto pb = pd.bigrams(p);
    if (pb.size() >= o_.min_part_bigrams &&
        static_cast<double>(shared) >= o_.part_containment * pb.size())
      return true;
    return pd.words[p] >= o_.min_sentence_words && !pd.sentences(p).empty() &&
           Includes(wd.sentences(w), pd.sentences(p));
  }

  // Takes the in-order chain of candidates with the most shared bigrams.
  void Chain(const std::vector<Candidate>& cands) {
    if (cands.empty()) return;
    // Heaviest chain increasing in both indices: a Fenwick tree of prefix maxima over copy
    // indices, rows processed whole so that no two pairs of one canonical paragraph chain.
    const size_t m = y_.size();
    std::vector<std::pair<uint64_t, int32_t>> tree(m + 1, {0, -1});  // (weight, candidate)
    std::vector<uint64_t> best(cands.size());
    std::vector<int32_t> prev(cands.size(), -1);
    auto query = [&](size_t j) {  // best over copy indices < j
      std::pair<uint64_t, int32_t> r{0, -1};
      for (size_t x = j; x > 0; x -= x & (~x + 1))
        if (tree[x].first > r.first || (tree[x].first == r.first && tree[x].second >= 0 &&
                                        (r.second < 0 || tree[x].second < r.second)))
          r = tree[x];
      return r;
    };
    auto update = [&](size_t j, std::pair<uint64_t, int32_t> v) {  // at copy index j
      for (size_t x = j + 1; x <= m; x += x & (~x + 1))
        if (v.first > tree[x].first) tree[x] = v;
    };
    for (size_t a = 0; a < cands.size();) {
      size_t b = a;
      while (b < cands.size() && cands[b].canonical == cands[a].canonical) ++b;
      for (size_t k = a; k < b; ++k) {
        auto q = query(cands[k].copy);
        best[k] = q.first + cands[k].shared;
        prev[k] = q.second;
      }
      for (size_t k = a; k < b; ++k) update(cands[k].copy, {best[k], static_cast<int32_t>(k)});
      a = b;
    }
    int32_t k = static_cast<int32_t>(
        std::max_element(best.begin(), best.end()) - best.begin());  // first of the best
    std::vector<int32_t> chain;
    for (; k >= 0; k = prev[k]) chain.push_back(k);
    std::reverse(chain.begin(), chain.end());
    for (int32_t x : chain) AddGroup(cands[x].canonical, cands[x].copy, false);
  }

  void AddGroup(uint32_t i, uint32_t j, bool moved) {
    group_of_c_[i] = group_of_y_[j] = static_cast<int32_t>(groups_.size());
    groups_.push_back({i, i, j, j, moved});
  }

  // Pairs strong candidates between unmatched paragraphs, most shared bigrams first.
  void Moved(std::vector<Candidate> cands) {
    std::stable_sort(cands.begin(), cands.end(),
                     [](const Candidate& a, const Candidate& b) { return a.shared > b.shared; });
    for (const Candidate& k : cands) {
      if (group_of_c_[k.canonical] >= 0 || group_of_y_[k.copy] >= 0) continue;
      const auto cb = c_.bigrams(k.canonical), yb = y_.bigrams(k.copy);
      const bool same = std::equal(cb.begin(), cb.end(), yb.begin(), yb.end());
      if (same || (k.similarity >= o_.edit_similarity && k.shared >= o_.min_moved_bigrams))
        AddGroup(k.canonical, k.copy, true);
    }
  }

  // Adds the unmatched paragraphs next to group g's partners that are parts of its single
  // paragraph made of bigrams the group has not matched yet. The bigrams its partners match
  // are kept as the group grows (gathered again per step, a copy of thousands of paragraphs
  // merged into one took time quadratic in them).
  void Grow(size_t g) {
    std::unordered_set<uint64_t> matched_y, matched_c;  // of the partners pd[p0..p1], per side
    bool have_y = false, have_c = false;
    auto gather = [&](const Doc& d, uint32_t p0, uint32_t p1, std::unordered_set<uint64_t>* m) {
      for (size_t q = p0; q <= p1; ++q) m->insert(d.bigrams(q).begin(), d.bigrams(q).end());
    };
    for (bool changed = true; changed;) {
      changed = false;
      Group& gr = groups_[g];
      if (gr.c0 == gr.c1) {  // one canonical paragraph: the copy may have split it
        for (int64_t j : {static_cast<int64_t>(gr.y0) - 1, static_cast<int64_t>(gr.y1) + 1}) {
          if (j < 0 || j >= static_cast<int64_t>(y_.size()) || group_of_y_[j] >= 0) continue;
          if (!have_y) gather(y_, gr.y0, gr.y1, &matched_y), have_y = true;
          if (!Joins(c_, gr.c0, y_, j, matched_y)) continue;
          group_of_y_[j] = static_cast<int32_t>(g);
          gr.y0 = std::min<uint32_t>(gr.y0, j);
          gr.y1 = std::max<uint32_t>(gr.y1, j);
          matched_y.insert(y_.bigrams(j).begin(), y_.bigrams(j).end());
          changed = true;
          break;
        }
      }
      if (!changed && gr.y0 == gr.y1) {  // one copy paragraph: the copy may have merged
        for (int64_t i : {static_cast<int64_t>(gr.c0) - 1, static_cast<int64_t>(gr.c1) + 1}) {
          if (i < 0 || i >= static_cast<int64_t>(c_.size()) || group_of_c_[i] >= 0) continue;
          if (!have_c) gather(c_, gr.c0, gr.c1, &matched_c), have_c = true;
          if (!Joins(y_, gr.y0, c_, i, matched_c)) continue;
          group_of_c_[i] = static_cast<int32_t>(g);
          gr.c0 = std::min<uint32_t>(gr.c0, i);
          gr.c1 = std::max<uint32_t>(gr.c1, i);
          matched_c.insert(c_.bigrams(i).begin(), c_.bigrams(i).end());
          changed = true;
          break;
        }
      }
    }
  }

  // Returns whether paragraph p of `pd` is a part of paragraph w of `wd`, mostly made of what
  // w's partners (their bigrams: `matched`) do not already match.
  bool Joins(const Doc& wd, size_t w, const Doc& pd, size_t p, const std::unordered_set<uint64_t>& matched) const {
    const auto pb = pd.bigrams(p);
    const auto wb = wd.bigrams(w);
    const size_t shared = Shared(pb, wb);
    if (shared == 0 || !PartOf(pd, p, wd, w, shared)) return false;
    size_t fresh = 0;
    for (uint64_t b : pb) fresh += std::binary_search(wb.begin(), wb.end(), b) && !matched.count(b);
    return 2 * fresh >= pb.size();
  }

  struct PairTally {
    std::vector<std::pair<char, std::pair<int64_t, int64_t>>> ops;  // op, (canonical, copy) token
    size_t equal = 0, canonical_words = 0, copy_words = 0;
    bool changed = false;
  };

  ParagraphReport Report() {
    ParagraphReport r;
    for (size_t i = 0; i < c_.size(); ++i) {
      r.canonical_words += c_.words[i];
      if (group_of_c_[i] < 0) r.cut.push_back(i);
    }
    for (size_t j = 0; j < y_.size(); ++j) {
      if (group_of_y_[j] >= 0) continue;
      r.added.push_back(j);
      r.added_words += y_.words[j];
    }
    std::vector<uint64_t> a, b;
    for (const Group& g : groups_) {
      const uint32_t ca = c_.first[g.c0], cb = c_.first[g.c1 + 1];
      const uint32_t ya = y_.first[g.y0], yb = y_.first[g.y1 + 1];
      if (g.c0 == g.c1 && g.y0 == g.y1 && cb - ca == yb - ya && cb > ca &&
          std::equal(c_.tokens.begin() + ca, c_.tokens.begin() + cb, y_.tokens.begin() + ya,
                     [](const Token& x, const Token& y) { return x.key == y.key; })) {
        // The common case, same words: no diff to run.
        r.kept.push_back({g.c0, g.y0});
        if (g.moved) r.moved.push_back({g.c0, g.y0});
        r.kept_words += c_.words[g.c0];
        r.passages.push_back({g.c0, g.y0, c_.tokens[ca].begin, c_.tokens[cb - 1].end,
                              y_.tokens[ya].begin, y_.tokens[yb - 1].end});
        continue;
      }
      a.clear();
      b.clear();
      for (uint32_t t = ca; t < cb; ++t) a.push_back(c_.tokens[t].key);
      for (uint32_t t = ya; t < yb; ++t) b.push_back(y_.tokens[t].key);
      const std::vector<DiffRun> runs = DiffSequences(a, b, o_.max_diff_edits);
      // Attribute each token to a pair: the multi side's paragraph; the single side's tokens
      // go with the pair of the last shared word (the next one before any).
      const bool copy_multi = g.y1 > g.y0;
      const uint32_t partners = copy_multi ? g.y1 - g.y0 + 1 : g.c1 - g.c0 + 1;
      std::vector<PairTally> tally(partners);
      int64_t current = -1;
      std::vector<std::pair<char, std::pair<int64_t, int64_t>>> pending;
      auto place = [&](size_t pair, char op, int64_t ct, int64_t yt) {
        PairTally& p = tally[pair];
        p.ops.push_back({op, {ct, yt}});
        if (op == '=') {
          p.equal += c_.tokens[ct].word;
          p.canonical_words += c_.tokens[ct].word;
          p.copy_words += y_.tokens[yt].word;
        } else {
          p.changed = true;
          if (ct >= 0) p.canonical_words += c_.tokens[ct].word;
          if (yt >= 0) p.copy_words += y_.tokens[yt].word;
        }
      };
      auto emit = [&](char op, int64_t ct, int64_t yt) {
        int64_t pair = -1;
        if (partners == 1) pair = 0;
        else if (copy_multi && yt >= 0) pair = y_.tokens[yt].paragraph - g.y0;
        else if (!copy_multi && ct >= 0) pair = c_.tokens[ct].paragraph - g.c0;
        if (pair >= 0 && op == '=') {
          current = pair;
          for (auto& [pop, pt] : pending) place(pair, pop, pt.first, pt.second);
          pending.clear();
        }
        if (pair < 0) pair = current;
        if (pair < 0) { pending.push_back({op, {ct, yt}}); return; }
        place(pair, op, ct, yt);
      };
      for (const DiffRun& run : runs) {
        for (uint32_t k = 0; k < run.length; ++k) {
          const int64_t ct = run.op == '+' ? int64_t{-1} : int64_t{ca} + run.a_pos + k;
          const int64_t yt = run.op == '-' ? int64_t{-1} : int64_t{ya} + run.b_pos + k;
          emit(run.op, ct, yt);
        }
      }
      if (!pending.empty()) {  // no shared word at all: everything to the first pair
        current = 0;
        for (auto& [pop, pt] : pending) place(0, pop, pt.first, pt.second);
      }
      for (uint32_t q = 0; q < partners; ++q) {
        const size_t ci = copy_multi ? g.c0 : g.c0 + q;
        const size_t yj = copy_multi ? g.y0 + q : g.y0;
        PairTally& p = tally[q];
        r.kept_words += p.equal;
        for (const auto& [op, t] : p.ops) r.added_words += op == '+' && y_.tokens[t.second].word;
        if (g.moved) r.moved.push_back({ci, yj});
        // The passage: from the first to the last shared word.
        int64_t first = -1, last = -1;
        for (size_t x = 0; x < p.ops.size(); ++x) {
          if (p.ops[x].first != '=') continue;
          if (first < 0) first = static_cast<int64_t>(x);
          last = static_cast<int64_t>(x);
        }
        if (first >= 0) {
          const auto& f = p.ops[first].second;
          const auto& l = p.ops[last].second;
          r.passages.push_back({ci, yj, c_.tokens[f.first].begin, c_.tokens[l.first].end,
                                y_.tokens[f.second].begin, y_.tokens[l.second].end});
        }
        if (!p.changed) {
          r.kept.push_back({ci, yj});
          continue;
        }
        EditedParagraph e;
        e.canonical = ci;
        e.copy = yj;
        const size_t shared = Shared(c_.bigrams(ci), y_.bigrams(yj));
        const size_t denom = partners == 1 ? std::max(c_.bigrams(ci).size(), y_.bigrams(yj).size())
                             : copy_multi ? y_.bigrams(yj).size() : c_.bigrams(ci).size();
        e.similarity = denom == 0 ? 0 : static_cast<double>(shared) / denom;
        e.diff = DisplayDiff(p.ops);
        r.edited.push_back(std::move(e));
      }
    }
    std::sort(r.kept.begin(), r.kept.end());
    std::sort(r.moved.begin(), r.moved.end());
    std::sort(r.edited.begin(), r.edited.end(), [](const EditedParagraph& x, const EditedParagraph& y) {
      return std::make_pair(x.canonical, x.copy) < std::make_pair(y.canonical, y.copy);
    });
    std::sort(r.passages.begin(), r.passages.end(), [](const Passage& x, const Passage& y) {
      return std::make_pair(x.canonical, x.copy) < std::make_pair(y.canonical, y.copy);
    });
    return r;
  }

  // Returns the diff as the editor reads it: the words as written; a word equal only in its
  // comparison form (case, punctuation) shows as a deletion and an insertion, but not one that
  // differs only in typography (curly or straight quotes, dash forms: SameWriting).
  std::vector<DiffOp> DisplayDiff(const std::vector<std::pair<char, std::pair<int64_t, int64_t>>>& ops) const {
    std::vector<DiffOp> out;
    std::string del, ins;
    auto add = [](std::string* s, std::string_view w) {
      if (!s->empty()) s->push_back(' ');
      s->append(w);
    };
    auto flush = [&] {
      if (!del.empty()) out.push_back({'-', std::move(del)});
      if (!ins.empty()) out.push_back({'+', std::move(ins)});
      del.clear();
      ins.clear();
    };
    auto word = [](const Doc& d, int64_t t) {
      return d.text.substr(d.tokens[t].begin, d.tokens[t].end - d.tokens[t].begin);
    };
    for (const auto& [op, t] : ops) {
      if (op == '=' && SameWriting(word(c_, t.first), word(y_, t.second))) {
        flush();
        if (out.empty() || out.back().op != '=') out.push_back({'=', ""});
        add(&out.back().text, word(c_, t.first));
        continue;
      }
      if (t.first >= 0) add(&del, word(c_, t.first));
      if (t.second >= 0) add(&ins, word(y_, t.second));
    }
    flush();
    return out;
  }

  const Doc& c_;
  const BigramIndex& index_;
  const Doc& y_;
  const AlignOptions& o_;
  std::vector<Group> groups_;
  std::vector<int32_t> group_of_c_, group_of_y_;
  mutable std::vector<uint64_t> words_c_, words_y_;  // Reworded's scratch
};

}  // namespace

std::vector<DiffRun> DiffSequences(std::span<const uint64_t> a, std::span<const uint64_t> b,
                                   size_t max_edits) {
  std::vector<DiffRun> out;
  size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
    ++tail;
  if (head > 0) out.push_back({'=', 0, 0, static_cast<uint32_t>(head)});
  const auto x = a.subspan(head, a.size() - head - tail);
  const auto y = b.subspan(head, b.size() - head - tail);
  const int64_t n = static_cast<int64_t>(x.size()), m = static_cast<int64_t>(y.size());
  auto push = [&](char op, int64_t ai, int64_t bi) {  // one item at middle positions ai, bi
    const uint32_t ap = static_cast<uint32_t>(head + ai), bp = static_cast<uint32_t>(head + bi);
    if (!out.empty() && out.back().op == op &&
        (op == '+' || out.back().a_pos + out.back().length == ap) &&
        (op == '-' || out.back().b_pos + out.back().length == bp)) {
      ++out.back().length;
      return;
    }
    out.push_back({op, ap, bp, 1});
  };
  if (n == 0 || m == 0) {
    for (int64_t i = 0; i < n; ++i) push('-', i, 0);
    for (int64_t j = 0; j < m; ++j) push('+', n, j);
  } else {
    // Myers' greedy forward search; round d keeps the furthest x of diagonals k in [-d, d].
    // `trace` keeps, for each round, the diagonals [-d-1, d+1] as they stood before it.
    const int64_t max_d = std::min<int64_t>(n + m, static_cast<int64_t>(max_edits));
    const int64_t off = max_d + 1;
    std::vector<int32_t> v(2 * off + 2, 0), trace;
    std::vector<size_t> trace_at;
    int64_t found = -1;
    for (int64_t d = 0; d <= max_d && found < 0; ++d) {
      trace_at.push_back(trace.size());
      trace.insert(trace.end(), v.begin() + (off - d - 1), v.begin() + (off + d + 2));
      for (int64_t k = -d; k <= d; k += 2) {
        int64_t xx = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1]
                                                                               : v[off + k - 1] + 1;
        int64_t yy = xx - k;
        while (xx < n && yy < m && x[xx] == y[yy]) { ++xx; ++yy; }
        v[off + k] = static_cast<int32_t>(xx);
        if (xx >= n && yy >= m) { found = d; break; }
      }
    }
    if (found < 0) {  // too many edits: the middle as one deletion and one insertion
      out.push_back({'-', static_cast<uint32_t>(head), static_cast<uint32_t>(head), static_cast<uint32_t>(n)});
      out.push_back({'+', static_cast<uint32_t>(head + n), static_cast<uint32_t>(head), static_cast<uint32_t>(m)});
    } else {
      // Walk back from (n, m), collecting items in reverse.
      std::vector<std::pair<char, std::pair<int64_t, int64_t>>> rev;
      int64_t xx = n, yy = m;
      for (int64_t d = found; d >= 0; --d) {
        const int32_t* pv = trace.data() + trace_at[d];  // pv[k + d + 1] = V[k] before round d
        auto at = [&](int64_t k) { return static_cast<int64_t>(pv[k + d + 1]); };
        const int64_t k = xx - yy;
        int64_t prev_k, prev_x;
        if (d == 0) {
          prev_k = 0;
          prev_x = 0;
        } else {
          prev_k = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
          prev_x = at(prev_k);
        }
        const int64_t prev_y = prev_x - prev_k;
        const int64_t start_x = d == 0 ? 0 : (prev_k == k + 1 ? prev_x : prev_x + 1);
        while (xx > start_x) { --xx; --yy; rev.push_back({'=', {xx, yy}}); }
        if (d > 0) {
          if (prev_k == k + 1) rev.push_back({'+', {prev_x, prev_y}});  // down: b[prev_y]
          else rev.push_back({'-', {prev_x, prev_y}});                  // right: a[prev_x]
          xx = prev_x;
          yy = prev_y;
        }
      }
      for (size_t i = rev.size(); i-- > 0;) push(rev[i].first, rev[i].second.first, rev[i].second.second);
    }
  }
  if (tail > 0)
    out.push_back({'=', static_cast<uint32_t>(a.size() - tail), static_cast<uint32_t>(b.size() - tail),
                   static_cast<uint32_t>(tail)});
  return out;
}

std::vector<DiffOp> WordDiff(std::string_view a, std::string_view b, const AlignOptions& options) {
  std::vector<std::string_view> x, y;
  std::vector<uint64_t> hx, hy;
  ForEachToken(a, [&](size_t s, size_t e) { x.push_back(a.substr(s, e - s)); hx.push_back(Hash(x.back())); });
  ForEachToken(b, [&](size_t s, size_t e) { y.push_back(b.substr(s, e - s)); hy.push_back(Hash(y.back())); });
  std::vector<DiffOp> ops;
  std::string del, ins;
  auto add = [](std::string* s, std::string_view w) {
    if (!s->empty()) s->push_back(' ');
    s->append(w);
  };
  auto flush = [&] {
    if (!del.empty()) ops.push_back({'-', std::move(del)});
    if (!ins.empty()) ops.push_back({'+', std::move(ins)});
    del.clear();
    ins.clear();
  };
  for (const DiffRun& r : DiffSequences(hx, hy, options.max_diff_edits)) {
    for (uint32_t k = 0; k < r.length; ++k) {
      if (r.op == '=' && x[r.a_pos + k] == y[r.b_pos + k]) {
        flush();
        if (ops.empty() || ops.back().op != '=') ops.push_back({'=', ""});
        add(&ops.back().text, x[r.a_pos + k]);
      } else if (r.op == '=') {  // a hash collision: show it as a change
        add(&del, x[r.a_pos + k]);
        add(&ins, y[r.b_pos + k]);
      } else if (r.op == '-') {
        add(&del, x[r.a_pos + k]);
      } else {
        add(&ins, y[r.b_pos + k]);
      }
    }
  }
  flush();
  return ops;
}

// Per-thread articles cut into words, reused from call to call.
struct Scratch {
  Doc canonical, copy;
  BigramIndex index;
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

ParagraphReport AlignTexts(AlignText canonical, AlignText copy, const AlignOptions& options) {
  Scratch& s = ThreadScratch();
  MakeDoc(canonical, &s.canonical);
  s.index.Build(s.canonical);
  MakeDoc(copy, &s.copy, &s.canonical);
  return Aligner(s.canonical, s.index, s.copy, options).Run();
}

std::vector<ParagraphReport> AlignCopies(AlignText canonical, std::span<const AlignText> copies,
                                         const AlignOptions& options) {
  Scratch& s = ThreadScratch();
  MakeDoc(canonical, &s.canonical);
  s.index.Build(s.canonical);
  std::vector<ParagraphReport> out;
  out.reserve(copies.size());
  for (const AlignText& copy : copies) {
    MakeDoc(copy, &s.copy, &s.canonical);
    out.push_back(Aligner(s.canonical, s.index, s.copy, options).Run());
  }
  return out;
}

ParagraphReport AlignParagraphs(const normalizers::NormalizedArticle& canonical,
                                const normalizers::NormalizedArticle& copy,
                                const AlignOptions& options) {
  return AlignTexts({canonical.text, canonical.folded}, {copy.text, copy.folded}, options);
}

}  // namespace copydesk::pipeline
