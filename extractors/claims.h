// Claims: each quantity in its sentence, with kind, direction, subject, period and source.
//
//   auto ex = extractors::ClaimExtractor::Create({}).value();
//   std::vector<extractors::Claim> claims;
//   ex->Extract(normalized_article, &claims);
//   // "Russia's fuel exports fell almost 20% in the first half" ->
//   //   value 20, unit percent, approx about, direction decrease, verb "fell",
//   //   subject "Russia's fuel exports", period first half of the article's year
//
// Options (defaults):
//   max_sentence_bytes  1024  longer "sentences" (tables, run-on scrapes) are cut into pieces
//                             of this size; each claim carries its piece
//   default_year        0     year for periods without one when the article has no date
//                             and names no year (0 = leave start/end empty)
//   max_claims_per_sentence   64    figures beyond this in one sentence (piece) are dropped
//   max_claims_per_article  5000    claims beyond this in one article are dropped (hostile
//                                   input: 1 MB of "1, 1, 1, ..." would otherwise give 340k
//                                   claims, each with its sentence); Extract reports the drop
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "corpus/status.h"
#include "extractors/quantity.h"
#include "normalizers/normalize.h"

namespace copydesk::extractors {

struct ClaimOptions {
  size_t max_sentence_bytes = 1024;
  int default_year = 0;
  size_t max_claims_per_sentence = 64;
  size_t max_claims_per_article = 5000;
};

struct Period {
  std::string surface;
  std::string start;  // "YYYY-MM", "YYYY-MM-DD" (a day or a week's days) or ""
  std::string end;
  bool lent = false;  // the period an earlier sentence told of, lent to one that names none (claims.cc)
};

struct Claim {
  std::string article_id;
  std::string claim_id;    // stable: hash of article id, span and value
  std::string sentence;
  uint32_t span_begin = 0, span_end = 0;  // byte offsets into the normalized text
  // The same span in the input, when the article keeps a source map (--source-map).
  std::optional<std::pair<uint32_t, uint32_t>> source_span;
  Quantity quantity;
  std::string kind;        // change | level | share | ratio | count
  std::string direction;   // increase | decrease | ""
  std::string verb;
  std::string subject;     // what the figure is about, with its holder when the sentence names
                           // one apart ("Tesla's record for quarterly revenue")
  std::string holder;      // that holder ("Tesla"), or "" when the subject's own words name it
  std::optional<Period> period;
  std::string source;
  // The sentence, subject and quantity surface as the article's `text` writes them (its own
  // characters: curly quotes, dashes, fullwidth forms), when they differ from the normalized
  // forms above, which comparisons and merging read; empty when the same, or when the subject
  // is not words of the sentence. Outputs give these.
  std::string text_sentence, text_subject, text_surface;
  const std::string& TextSentence() const { return text_sentence.empty() ? sentence : text_sentence; }
  const std::string& TextSubject() const { return text_subject.empty() ? subject : text_subject; }
  const std::string& TextSurface() const { return text_surface.empty() ? quantity.surface : text_surface; }
};

class ClaimExtractor {
 public:
  static Result<std::unique_ptr<ClaimExtractor>> Create(const ClaimOptions& options);
  ~ClaimExtractor();
  // Appends the claims of one article, in text order. Thread-safe. Returns how many figures
  // were dropped by the caps in the options (0 for any ordinary article).
  size_t Extract(const normalizers::NormalizedArticle& article, std::vector<Claim>* out) const;

  struct Patterns;

 private:
  ClaimExtractor(const ClaimOptions& o, std::unique_ptr<QuantityExtractor> q, std::unique_ptr<Patterns> p);
  ClaimOptions options_;
  std::unique_ptr<QuantityExtractor> quantities_;
  std::unique_ptr<Patterns> p_;
};

// Returns the period named in `sentence` normalized to year-months; `year` fills a missing year
// ("in December and January" starts the year before). `past_month` (1-12, or 0) is the month
// the sentence was published in when it reports what happened rather than foresees it: a
// quarter or half named without a year that starts two months or more after it is the year
// before's ("profit rose in the fourth quarter", published in January; published in September,
// on the quarter's eve, it is this year's, so that copies a day apart keep one period).
// `pub_month` (1-12, or 0) is the month of publication, whatever the sentence: a month named
// without a year after it is last year's ("added 256,000 jobs in December", published in
// January), or next year's in a sentence that looks ahead ("will rise in January").
// `whole`, when set, is the sentence `sentence` is a piece of: whether a month's clause looks
// ahead is read in it. `pub_day` (1-31, or 0), the day of publication: a weekday ("fell 1.6% on
// Thursday"), "yesterday", "last week" or a month's day ("on March 29") is dated from it, as
// "YYYY-MM-DD" (the last such day up to publication; the next in a clause that looks ahead).
// `match_report`: the sentence is a match report's, whose halves and quarters are the match's,
// no period of the calendar.
std::optional<Period> FindPeriod(std::string_view sentence, int year, int past_month = 0, int pub_month = 0,
                                 std::string_view whole = {}, int pub_day = 0, bool match_report = false);

}  // namespace copydesk::extractors
