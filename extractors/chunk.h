// Chunk: a shallow, POS-free noun-phrase chunker for the structure of a claim.
//
//   std::string_view s = "Russia's fuel exports fell almost 20% in the first half";
//   chunk::NounPhraseBefore(s, s.find("fell"), 0);   // "Russia's fuel exports"
//   chunk::NounPhraseAfter(s, s.find("the first"), s.size());  // "the first half"
//
// Words are classed by closed lists (determiners, prepositions, conjunctions, subordinators,
// pronouns, auxiliaries and common news verbs, time words); every other word is content. A
// noun phrase is a run of content words, determiners, possessives and numbers, with
// prepositional attachments ("imports of Chinese vehicles", "sales in the US and Japan") and
// "and"/"or" between content words; it ends at a verb, a subordinator, clause punctuation, or a
// figure. No options: the lists are fixed. Everything is ASCII-case-insensitive; bytes outside
// ASCII are content (names in any script stay in the phrase). Link Grammar was measured for
// this and rejected on speed (docs/claims.md).
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/ascii.h"

namespace copydesk::extractors::chunk {

enum class WordClass {
  kContent,       // nouns, adjectives, names, numbers
  kDeterminer,    // the, a, its, some ...
  kPreposition,   // of, in, for ...
  kConjunction,   // and, or
  kSubordinator,  // that, which, while, but, because ...
  kPronoun,       // it, they, he ...
  kVerb,          // is, has, said, rose, reached ... (closed list: auxiliaries, reporting verbs,
                  // movement and level verbs, common news verbs)
  kAdverb,        // also, sharply, just ...
  kTime,          // year, month, Monday, January, yesterday ...
};

// The class of one word (no spaces; surrounding punctuation is ignored).
WordClass Classify(std::string_view word);

// Words that move a figure ("rose", "fell", "up", "growth"), matched whole and
// case-insensitively: true for an increase.
const ascii::WordMap<bool>& MoveWords();

// Whether `w` has a plural's shape in -s: longer than three letters, not in -ss, -us or -is
// ("jobs", "swells"; not "boss", "bonus", "analysis").
bool PluralShape(std::string_view w);

// Whether `w` is an auxiliary or a modal ("is", "has", "will", "could", "did").
bool IsAuxiliary(std::string_view w);

// Whether `w` is a past that ends in no "-ed" and follows a plural as its verb ("employees left",
// "members bound", "the firm kept").
bool IrregularPast(std::string_view w);

// Whether `word` is a verb a headline puts before the count it acts on ("Firm Eliminates 500
// Jobs", "Ford to Cut 3,000 Jobs", "Fed Signals 3 Cuts"): a verb of the lists, a movement word
// in -s or -ed, or one of a closed list of verbs of news that take a count as their object, in
// the present or the base form (none that names a thing as often before a number: not
// "Records", "Books", "Open", "Rescue", "Strands", "Lower", "Fall").
bool HeadlineVerb(std::string_view word);

// Whether `word` is an adjective a headline sets in capitals between a count and its plural
// ("Hires 200 New Nurses", "Posts 50 Additional Openings").
bool HeadlineAdjective(std::string_view word);

// Verbs of the lists that are as often nouns after a determiner ("a measure of", "the range").
bool NounAfterDeterminer(std::string_view w);

// Whether `word`, a verb in -s, is as often a plural noun ("jobless claims", "job cuts", "price
// hikes"): read as a verb only where its form alone cannot mislead.
bool NounAsOften(std::string_view word);

// Whether `w` is a verb of the size of a move that takes a particle for its way ("edged up",
// "inched lower", "ticked down", "crept higher", "moved up").
bool DegreeVerb(std::string_view w);

// Whether `w` is a market's verb of its day ("closed", "ended", "finished", "opened", "settled",
// "traded").
bool DayVerb(std::string_view w);

// Where a day's verb begins when s ends with it, "the" and a span of time ("ended the day",
// "closed the week"), else npos.
size_t DaySpanEnd(std::string_view s);

// Whether `w` is a verb that takes "up" or "down" as a particle of one move with it: a verb of
// revising ("revised down", "marked up", "ramped up", "pared back") or of degree (DegreeVerb).
bool ParticleVerb(std::string_view w);

// ParticleVerb, in a past or a present in -s only: one move reported ("inched up to 4.5%",
// "revised up to 3%"), not a motion under way or foreseen ("moving up to 100 mph", "heading up to").
bool ParticleVerbPast(std::string_view w);

// Whether w is a past of having or handling the lists lack ("posted", "generated", "booked",
// "handled", "attracted"): its subject holds its object ("Amazon posted operating income of").
bool HoldingPast(std::string_view w);

// Whether word names a movement as a noun ("increase", "drop", "cut"); *increase says which way.
bool MovementNoun(std::string_view word, bool* increase);

// Whether `word`, after a figure, cannot be part of what the figure counts: a preposition, a
// conjunction, an adverb, or a comparative before "than" (`rest` is the text after the word):
// "traded at 132.86 against the dollar", "rose to 40 during the quarter", "25k cheaper than",
// "2.1 last year", "600 people worldwide", "rose 12 sharply"; but "two lower courts", and
// nouns in -ly ("family", "supply").
bool CannotBeginNoun(std::string_view word, std::string_view rest);

// Whether `word`, in -ing, is a participle that takes the object `rest` opens with an article or
// a possessive ("around 73 raising the prospect", "20% lifting its shares"; not "1 shooting this
// weekend", "5 building blocks"). Callers leave it out after a determiner before the figure: "The
// 20% ceiling the government set" is a noun and a relative clause.
bool ParticipleWithObject(std::string_view word, std::string_view rest);

// Whether word is a measure noun whose "of" figure belongs to the clause's subject, not to the
// noun ("a record high of", "a total of", "an average of", "an increase of").
bool MeasureNoun(std::string_view word);

// Whether `w` after a measure is an adjective of its size, no noun it measures: "828 metres tall",
// "6,650 km long", "40 km away", "4 km across".
bool SizeAdjective(std::string_view w);

// Where a figure at [begin, at) of s is what forecasters expected, the end of their words: after
// "the" and a word of comparing ("below the 180,000 analysts had expected.", "beating the 3.2%
// economists forecast,"), those who forecast, an optional "had" or "have", a verb of forecasting,
// then the clause's end; else 0 ("The 50 experts expected in Geneva"). A movement's noun may come
// between the figure and those who forecast ("the 0.7% decline economists had expected").
size_t ForecastersExpected(std::string_view s, size_t begin, size_t at);

// The noun phrase that ends right before byte `end` of s, not reaching before byte `floor`.
// Auxiliaries and adverbs right before `end` are skipped ("exports have also fell" -> "exports");
// an appositive between commas keeps its head ("Healthcare, the best sector, fell" ->
// "Healthcare, the best sector"); a leading adverbial of time ("In 2018 employment") is cut.
// Returns an empty view when no phrase ends there.
std::string_view NounPhraseBefore(std::string_view s, size_t end, size_t floor);

// The noun phrase that starts at byte `begin` of s (after spaces), not reaching past `limit`;
// empty when the first word is not a determiner, pronoun or content word. plural_first: a
// preposition comes before, so a first word of the verb lists in a plural's shape is a noun
// ("in gains", "in cuts").
std::string_view NounPhraseAfter(std::string_view s, size_t begin, size_t limit, bool plural_first = false);

// The verbs among the words of s in [begin, end), as byte ranges of the words, in text order,
// classed in context as NounPhraseBefore classes them: list verbs, less those used as nouns ("the
// punitive measures have"), plus words the lists miss after a modal, an infinitive's "to",
// "which"/"who" or a pronoun. The vector is the calling thread's, valid until its next call.
const std::vector<std::pair<size_t, size_t>>& VerbsIn(std::string_view s, size_t begin, size_t end);

// Byte ranges of the words of s in [begin, end): calls f(word_begin, word_end) for each
// whitespace-separated token, left to right, until f returns false.
template <class F>
void ForEachToken(std::string_view s, size_t begin, size_t end, F f) {
  size_t i = begin;
  while (i < end) {
    while (i < end && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t')) ++i;
    size_t b = i;
    while (i < end && s[i] != ' ' && s[i] != '\n' && s[i] != '\t') ++i;
    if (i > b && !f(b, i)) return;
  }
}

// The words of s, left to right: calls f(word) for each whitespace-separated token with its
// trailing punctuation cut ("rose," -> "rose"), until f returns false. Tokens of punctuation
// alone are passed as empty words.
template <class F>
void ForEachWord(std::string_view s, F f) {
  ForEachToken(s, 0, s.size(), [&](size_t b, size_t e) {
    std::string_view w = s.substr(b, e - b);
    while (!w.empty() && !ascii::IsWordByte(w.back())) w.remove_suffix(1);
    return f(w);
  });
}

}  // namespace copydesk::extractors::chunk
