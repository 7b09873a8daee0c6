// Tables: the per-language lists the quantity extractor reads, parsed once from the data files
// compiled in (extractors/data/*.tsv: currencies, units, number words, countries, fiscal years).
//
//   const extractors::Tables& t = extractors::Tables::Get();
//   size_t end;
//   if (const auto* e = t.UnitAt("5 Prozent", 2, /*glued=*/false, &end)) ...  // e->unit "percent"
//
// A lookup finds the longest entry that starts (or, for currency prefixes, ends) at a byte
// position; entries marked cs match as written, ci in any ASCII case. An entry ending in a
// letter must end a word, except in scripts written without spaces (CJK).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk::extractors {

struct TableEntry {
  std::string surface;  // as in the file
  std::string key;      // surface, ASCII-lower-cased when case-insensitive
  std::string unit;     // ISO 4217 code, unit name, or the kind's value as text
  std::string kind;     // currency files: prefix | suffix | both; units: any | glued; words: kind
  std::string lang;
  double value = 0;     // number words: the value
  bool case_sensitive = false;
};

class TableIndex {
 public:
  void Add(TableEntry e);
  void Finish();  // sorts; call once after the last Add
  // Returns the longest entry equal to text[pos, pos+n) for some n, ending on a word boundary,
  // or nullptr; sets *end past it.
  // digit_may_follow: a prefix glued to the figure ("$US160").
  const TableEntry* LongestAt(std::string_view text, size_t pos, size_t* end, bool digit_may_follow = false) const;
  // Returns the longest entry equal to text[b, pos) for some b, starting on a word boundary.
  const TableEntry* LongestBefore(std::string_view text, size_t pos, size_t* begin) const;
  const std::vector<TableEntry>& entries() const { return entries_; }

 private:
  const TableEntry* Find(std::string_view text, size_t b, size_t e) const;
  std::vector<TableEntry> entries_;  // sorted by key
  size_t max_len_ = 0;
  bool first_[256] = {};  // lower-cased first bytes of keys
  bool last_[256] = {};   // lower-cased last bytes of keys
  // Slots of (length, lower-cased first and last byte) that some key fills: most candidate
  // spans are rejected here without a search.
  static constexpr size_t kSlots = 4096;
  static size_t Slot(std::string_view text, size_t b, size_t e);
  bool slot_[kSlots] = {};
};

class Tables {
 public:
  // Returns the tables, parsed on first use (thread-safe).
  static const Tables& Get();
  TableIndex currency_prefix;  // "$", "US$", "RM", "CHF"
  TableIndex currency_suffix;  // "dollars", "рублей", "美元", "CHF"
  TableIndex units;            // "%", "Prozent", "km", "GB"
  TableIndex rate_nouns;       // "month", "share", "barrel": "$5 a share" is "USD per share"
  TableIndex scales;           // "млрд", "Milliarden", "mil"
  TableIndex vague;            // "thousands", "tens of thousands"
  TableIndex numerals;         // Chinese numerals
  TableIndex percent_prefix;   // "百分之"
  TableIndex streets;          // "Road", "St": "49 Elm Road" is an address
  TableIndex countries;        // "South Korea", "Korean": unit the country's name, kind country | people
  TableIndex fiscal_years;     // "Ontario": value its fiscal year's first month, unit how one year names it,
                               // kind whether its cities' years are its own ("same") or not ("own")
  // Every entry of every file, for the test that each is matched.
  std::vector<TableEntry> all_currencies, all_units, all_words, all_countries, all_fiscal_years;
};

// Whether the UTF-8 sequence at text[pos] is a letter of a script written with spaces (Latin,
// Cyrillic, Arabic, Devanagari ...): a word would go on there.
bool IsWordContinuation(std::string_view text, size_t pos);

}  // namespace copydesk::extractors
