// Quantities: every figure in a sentence with its normalized value and unit.
//
//   auto ex = extractors::QuantityExtractor::Create().value();     // patterns compiled once
//   std::vector<extractors::Quantity> qs;
//   ex->Extract("imports slumped 46% to $5.8 billion", &qs);
//   // qs[0]: 46 percent; qs[1]: 5800000000 USD (surface "$5.8 billion")
//
// Found: digit numbers with separators, decimals and scale words (thousand ... trillion, bn,
// mn, m, k); money by symbol, ISO code and name, normalized to ISO 4217; percent and
// percentage points; spelled-out numbers (ICU RuleBasedNumberFormat spellout, lenient);
// fractions ("half", "two-thirds", "1-1/2"); multipliers ("sevenfold", "nine times",
// "doubled"); counts with their noun; physical units (km, tonnes, barrels per day ...);
// ranges ("between 10 and 20", "10-20%"); approximations ("almost", "more than", "up to").
// Any script: decimal commas and space-grouped thousands ("8,1 %", "1 234 567"), Arabic-Indic,
// Persian and Devanagari digits, CJK numbers ("58亿", "三千五百万", "百分之五"); percent,
// currency and scale words of several languages from the tables in extractors/data/.
// RE2 keeps matching linear in the input; numbers longer than 40 digits are kept as text
// with value = the double nearest their digits, never garbage.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/status.h"

namespace copydesk::extractors {

struct Quantity {
  double value = 0;
  std::optional<double> hi;  // upper end of a range
  std::string unit;          // "percent", "pp", ISO 4217 code, "fraction", "times", "count",
                             // a physical unit, or "" for a bare number
  std::string noun;          // what is counted ("world leaders")
  std::string approx = "exact";  // exact | about | at_least | at_most | more_than | less_than
  std::string surface;       // the text matched
  uint32_t begin = 0, end = 0;  // byte offsets into the text given to Extract
  std::string multiplier_verb;  // "doubled", "halved" ... when the figure is a verb
};

class QuantityExtractor {
 public:
  // Returns an extractor, or an error when a pattern or ICU's spellout rules fail to load.
  static Result<std::unique_ptr<QuantityExtractor>> Create();
  ~QuantityExtractor();
  // Appends the quantities of `text` to `out`, in text order. Thread-safe.
  void Extract(std::string_view text, std::vector<Quantity>* out) const;
  // False only when Extract would find nothing in `text` (no digit, number word, fraction word
  // or multiplier): a cheap test before splitting a paragraph into sentences.
  bool MayHold(std::string_view text) const;

  struct Patterns;

 private:
  explicit QuantityExtractor(std::unique_ptr<Patterns> p);
  // Extract before non-finite values are dropped.
  void ExtractAll(std::string_view text, std::vector<Quantity>* out) const;
  // Extract on text whose digits are ASCII (Extract rewrites other digits and CJK numbers).
  void ExtractNormalized(std::string_view text, std::vector<Quantity>* out) const;
  std::unique_ptr<Patterns> p_;
};

// Returns the value of a spelled-out English number ("twenty-four", "one hundred and five"),
// or nullopt. Uses a per-thread ICU RuleBasedNumberFormat.
std::optional<double> ParseSpelledNumber(std::string_view words);

// Returns the ISO 4217 code for a currency symbol, code or name ("$", "US$", "rubles"), or "".
std::string CurrencyCode(std::string_view token);

}  // namespace copydesk::extractors
