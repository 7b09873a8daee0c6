// Clause words: the small word-level helpers the claim extractor's subject rules share (the words
// of a phrase, the word before or after a byte, pasts the verb lists lack, words of approximation
// and of reporting, a sentence's main subject, possessives). Byte offsets are into the sentence;
// nothing here allocates but WordsOf and Possessive.
//
//   clause::WordsOf("The quake struck")                // {"The", "quake", "struck"}
//   clause::Possessive("Tesla", "a record")            // "Tesla's record"
//   clause::MainSubject("Oil prices fell 2% on Monday")  // "Oil prices"
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace copydesk::extractors::clause {

// Whether w is a verb of reporting ("said", "told", "found", "showed", "wrote"): its subject is a
// figure's source, and "that" after it opens what is reported, no relative clause.
bool IsReportingVerb(std::string_view w);

// Whether w is a verb whose object is given to, asked of or done to another ("imposed", "granted",
// "awarded", "ordered", "demanded", "offered"): its subject is no holder of the object ("The
// regulator imposed a fine of $20 million" is no regulator's fine).
bool IsVerbOfGiving(std::string_view w);

// The kind of a verb of estimating, forecasting or reporting, whose subject is the source of the
// figures it tells: a past or participle ("estimated", "expected", "forecast", "projected",
// "predicted"), a present ("estimates", "expects", "expect", "forecasts", "projects", "predicts"), or
// a verb of reporting or finding ("reported", "found", "warned"); kNone for any other word.
enum class Estimating { kNone, kPast, kPresent, kReport };
Estimating EstimatingVerb(std::string_view w);

// A token without the punctuation that ends it ("rose," -> "rose").
std::string_view Bare(std::string_view w);

// The words of `s`, split at spaces.
std::vector<std::string_view> WordsOf(std::string_view s);

// Whether `w` is a past the word lists lack as a verb: an irregular past, or a word in -ed
// ("struck", "settled", "collided"; not "speed", "hundred").
bool UnlistedPast(std::string_view w);

// Whether an irregular past is as often a noun or an adjective ("a 0.25 point cut", "a 3% hit",
// "the left").
bool NounLikePast(std::string_view w);

// The word of s that ends right before byte `at` (skipping spaces), as [b, e).
std::pair<size_t, size_t> WordBefore(std::string_view s, size_t at);

std::pair<size_t, size_t> WordAfter(std::string_view s, size_t at);

// The first word within three before byte `begin` that `skip` does not pass over (words of
// approximation, say: "at about 5%" gives "at"), as [b, e); {0, 0} when none, or when it would
// begin before `floor`.
template <class Skip>
std::pair<size_t, size_t> WordBeforePast(std::string_view s, size_t begin, size_t floor, Skip skip) {
  size_t at = begin;
  for (int n = 0; n < 3; ++n) {
    const auto [wb, we] = WordBefore(s, at);
    if (we <= wb || wb < floor) return {0, 0};
    if (!skip(s.substr(wb, we - wb))) return {wb, we};
    at = wb;
  }
  return {0, 0};
}

// Words between a preposition and its figure that leave the figure the preposition's object
// ("to just 1.9 percent", "of at least 74 mph", "from an estimated 300").
bool IsApproxWord(std::string_view w);

// The subject of a sentence's main clause: the phrase before its first verb.
std::string_view MainSubject(std::string_view s);

// Whether a subject is only a pronoun ("I", "it", "they") or empty.
bool IsPronounPhrase(std::string_view subject);

// "Tesla" + "a record for quarterly revenue" -> "Tesla's record for quarterly revenue".
std::string Possessive(std::string_view holder, std::string_view phrase);

// Whether a count's noun is a unit of time ("years", "quarters", "weeks").
bool TimeNoun(std::string_view noun);

// Whether a word names a time: a word of time the chunker knows ("Monday", "March"), a unit of
// time in the plural, or one in the singular ("day", "week", "month", "quarter", "year",
// "decade").
bool TimeWord(std::string_view w);

// Whether a word can be the verb right after a phrase or an aside set off by commas: an
// auxiliary, a verb of the lists, a past they lack, or a movement ("was", "said", "struck",
// "slumped").
bool FollowingVerb(std::string_view w);

// Whether a noun names a measure of what has it ("a depth of 10 km", "a cost of $2 billion", "a
// crew of 20"), not another party ("a coalition of 20 states", "the families of 3 victims").
bool AttributeNoun(std::string_view w);

// Whether a unit is money: an ISO code, alone or with its rate ("USD", "EUR per share").
bool MoneyUnit(std::string_view unit);

// Where `phrase` ends in s before byte `figure` with at most `words` words between (spaces
// skipped): its start, else npos. A subject rule's gap to its figure is a few words, so this
// finds what `s.rfind(phrase, figure)` would for such a gap without searching the whole sentence.
size_t PhraseEndingBefore(std::string_view s, std::string_view phrase, size_t figure, int words);

// The first word before the figure at `begin` that is not an approximation word, as [b, e).
std::pair<size_t, size_t> GoverningWord(std::string_view s, size_t begin, size_t floor);

// The first comma of s from byte `from` that ends a clause, not one of a number's ("1,450"); npos
// when none.
size_t ClauseComma(std::string_view s, size_t from);

// Where the first adverbial subordinator of time or cause stands in s from byte `from` (" after ",
// " because ", " when ", " while ", " since ", " before ", " until ", and " as " when `with_as`),
// at its leading space; npos when none. The one list the period rules cut clauses at.
size_t FindSubordinator(std::string_view s, size_t from, bool with_as);

// The relative aside (", which ...,", ", who ...,", ", where ...,") byte `pos` of s stands in, as
// [begin, end) (end at its closing comma or the sentence's end); {npos, npos} when none.
std::pair<size_t, size_t> AsideAround(std::string_view s, size_t pos);

// Whether a counted noun is points of an index's level ("points", "pts").
bool IndexPoints(std::string_view noun);

// A subject's head phrase, before its attachments: "Measles cases" of "Measles cases in England",
// "Demand" of "Demand for the shares", "Continuing claims" of "Continuing claims, a proxy".
std::string_view HeadPhrase(std::string_view subject);

// The last word of a phrase.
std::string_view LastWord(std::string_view phrase);

}  // namespace copydesk::extractors::clause
