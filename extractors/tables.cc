#include "extractors/tables.h"

#include <algorithm>
#include <cstdlib>

#include "corpus/ascii.h"

namespace copydesk::extractors {

namespace data {
extern const char kCurrenciesTsv[];
extern const char kUnitsTsv[];
extern const char kNumberWordsTsv[];
extern const char kCountriesTsv[];
extern const char kFiscalYearsTsv[];
}  // namespace data

namespace {

std::vector<std::vector<std::string>> Rows(std::string_view tsv) {
  std::vector<std::vector<std::string>> rows;
  while (!tsv.empty()) {
    size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    while (true) {
      size_t tab = line.find('\t');
      cols.emplace_back(line.substr(0, tab));
      if (tab == std::string_view::npos) break;
      line = line.substr(tab + 1);
    }
    rows.push_back(std::move(cols));
  }
  return rows;
}

// Whether the code point starting at text[pos] belongs to a script written without spaces.
bool IsCjkAt(std::string_view text, size_t pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  return c >= 0xE3 && c <= 0xE9;  // U+3000..U+9FFF: CJK punctuation, kana, ideographs
}

}  // namespace

bool IsWordContinuation(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return ascii::IsWordByte(text[pos]);
  if (c == 0xC2) return false;                          // NBSP, °, £ ... (U+0080..U+00BF)
  if (c == 0xE2 || c == 0xE3 || c == 0xEF) return false;  // punctuation, symbols, CJK, fullwidth
  if (c == 0xD9 && pos + 1 < text.size()) {             // Arabic-Indic digits, ٪ ٫ ٬
    const auto d = static_cast<unsigned char>(text[pos + 1]);
    if (d >= 0xA0 && d <= 0xAD) return false;
  }
  return !IsCjkAt(text, pos);
}

size_t TableIndex::Slot(std::string_view text, size_t b, size_t e) {
  const auto f = static_cast<unsigned char>(ascii::LowerByte(text[b]));
  const auto l = static_cast<unsigned char>(ascii::LowerByte(text[e - 1]));
  return ((f * 31 + l) * 17 + (e - b)) % kSlots;
}

void TableIndex::Add(TableEntry e) {
  if (!e.case_sensitive) e.key = ascii::Lower(e.surface);
  else e.key = e.surface;
  if (e.key.empty()) return;
  max_len_ = std::max(max_len_, e.key.size());
  first_[static_cast<unsigned char>(ascii::LowerByte(e.key.front()))] = true;
  last_[static_cast<unsigned char>(ascii::LowerByte(e.key.back()))] = true;
  slot_[Slot(e.key, 0, e.key.size())] = true;
  entries_.push_back(std::move(e));
}

void TableIndex::Finish() {
  std::stable_sort(entries_.begin(), entries_.end(),
                   [](const TableEntry& a, const TableEntry& b) { return a.key < b.key; });
}

const TableEntry* TableIndex::Find(std::string_view text, size_t b, size_t e) const {
  char buf[64];
  const size_t n = e - b;
  if (n > sizeof buf || !slot_[Slot(text, b, e)]) return nullptr;
  for (size_t i = 0; i < n; ++i) buf[i] = ascii::LowerByte(text[b + i]);
  const std::string_view lower(buf, n), as_written = text.substr(b, n);
  auto it = std::lower_bound(entries_.begin(), entries_.end(), lower,
                             [](const TableEntry& x, std::string_view k) { return x.key < k; });
  for (; it != entries_.end() && it->key == lower; ++it)
    if (!it->case_sensitive) return &*it;
  // Case-sensitive entries are keyed as written.
  it = std::lower_bound(entries_.begin(), entries_.end(), as_written,
                        [](const TableEntry& x, std::string_view k) { return x.key < k; });
  for (; it != entries_.end() && it->key == as_written; ++it)
    if (it->case_sensitive) return &*it;
  return nullptr;
}

const TableEntry* TableIndex::LongestAt(std::string_view text, size_t pos, size_t* end, bool digit_may_follow) const {
  if (pos >= text.size() || !first_[static_cast<unsigned char>(ascii::LowerByte(text[pos]))]) return nullptr;
  const size_t limit = std::min(text.size(), pos + max_len_);
  for (size_t e = limit; e > pos; --e) {
    if (!last_[static_cast<unsigned char>(ascii::LowerByte(text[e - 1]))]) continue;
    if (e < text.size() && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) continue;  // mid-character
    // Inside an ASCII word no entry can end (one ending in a letter must end the word, and
    // none ends in a digit): most candidate ends are ruled out here, before the search.
    const bool digit_next = digit_may_follow && e < text.size() && ascii::IsDigit(text[e]);
    if (!digit_next && e < text.size() && ascii::IsWordByte(text[e]) && ascii::IsWordByte(text[e - 1])) continue;
    const TableEntry* hit = Find(text, pos, e);
    if (!hit) continue;
    // An entry ending in a letter ends a word there ("km" is not the start of "kmh").
    size_t k = e - 1;
    while (k > pos && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;
    const bool ends_in_letter = IsWordContinuation(text, k) && !ascii::IsDigit(text[k]);
    if (ends_in_letter && !digit_next && IsWordContinuation(text, e)) continue;
    *end = e;
    return hit;
  }
  return nullptr;
}

const TableEntry* TableIndex::LongestBefore(std::string_view text, size_t pos, size_t* begin) const {
  if (pos == 0 || !last_[static_cast<unsigned char>(ascii::LowerByte(text[pos - 1]))]) return nullptr;
  const size_t limit = pos >= max_len_ ? pos - max_len_ : 0;
  for (size_t b = limit; b < pos; ++b) {
    if ((static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) continue;
    if (!first_[static_cast<unsigned char>(ascii::LowerByte(text[b]))]) continue;
    if (ascii::IsAlpha(text[b]) && b > 0 && ascii::IsAlpha(text[b - 1])) continue;  // "ERM5": no "RM"
    const TableEntry* hit = Find(text, b, pos);
    if (!hit) continue;
    *begin = b;
    return hit;
  }
  return nullptr;
}

const Tables& Tables::Get() {
  static const Tables* t = [] {
    auto* t = new Tables;
    for (auto& r : Rows(data::kCurrenciesTsv)) {
      if (r.size() < 5) continue;
      TableEntry e{r[0], "", r[1], r[2], r[4], 0, r[3] == "cs"};
      t->all_currencies.push_back(e);
      if (e.kind == "prefix" || e.kind == "both") t->currency_prefix.Add(e);
      if (e.kind == "suffix" || e.kind == "both") t->currency_suffix.Add(e);
    }
    for (auto& r : Rows(data::kUnitsTsv)) {
      if (r.size() < 5) continue;
      TableEntry e{r[0], "", r[1], r[3], r[4], 0, r[2] == "cs"};
      t->all_units.push_back(e);
      (e.kind == "rate" ? t->rate_nouns : t->units).Add(e);
    }
    for (auto& r : Rows(data::kNumberWordsTsv)) {
      if (r.size() < 4) continue;
      TableEntry e{r[2], "", "", r[1], r[0], std::strtod(r[3].c_str(), nullptr), r[0] != "en" || r[1] == "street"};
      t->all_words.push_back(e);
      if (e.kind == "scale") t->scales.Add(e);
      else if (e.kind == "vague") t->vague.Add(e);
      else if (e.kind == "numeral") t->numerals.Add(e);
      else if (e.kind == "pct_pre") t->percent_prefix.Add(e);
      else if (e.kind == "street") t->streets.Add(e);
    }
    for (auto& r : Rows(data::kCountriesTsv)) {
      if (r.size() < 2) continue;
      for (const std::string& form : {r[0], r[1]}) {
        TableEntry e{form, "", r.size() > 2 ? r[2] : r[0], form == r[0] ? "country" : "people", "en", 0, true};
        t->all_countries.push_back(e);
        t->countries.Add(std::move(e));
      }
    }
    for (auto& r : Rows(data::kFiscalYearsTsv)) {
      if (r.size() < 4) continue;
      TableEntry e{r[0], "", r[2], r[3], "en", std::strtod(r[1].c_str(), nullptr), true};
      t->all_fiscal_years.push_back(e);
      t->fiscal_years.Add(std::move(e));
    }
    for (TableIndex* i : {&t->currency_prefix, &t->currency_suffix, &t->units, &t->rate_nouns, &t->scales, &t->vague,
                          &t->numerals, &t->percent_prefix, &t->streets, &t->countries, &t->fiscal_years})
      i->Finish();
    return t;
  }();
  return *t;
}

}  // namespace copydesk::extractors
