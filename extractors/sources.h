// Sources: whom a sentence's figures are attributed to. `FindSource` reads a sentence's
// attribution ("according to X", "X said", ", said X", "X's data showed", "X estimated", a
// passive's agent, a wire credit); `SourceCovers` says which of its figures that source covers
// (not a figure of another clause, nor one before an estimate's source); `EstimatorAfter` names
// the estimator right after a figure ("the 398,000 analysts had projected"); `Speakers` follows the
// people and bodies a story quotes, so that "she said" and "It said" name them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/quantity.h"

namespace copydesk::extractors::sources {

// The attribution of a sentence: "according to X" (a document's author: "according to estimates
// by X"), "X said", ", said X", "X told Reuters", "X data showed", "regional authorities say", "<court>
// heard", a trailing ", X announced", a verb of estimating's subject ("The USDA projected"), a
// passive's agent ("was estimated at ... by X"), else a wire credit in brackets before a dash
// ("MOSCOW (Reuters) -", "(Рейтер) -"), in any script. Empty when none; a pronoun as written.
std::string FindSource(std::string_view sentence);

// Whether the sentence's `source` (FindSource's) covers its figure `qi`: not a figure inside the
// source's own words, nor one of a clause of its own (after ", and", a semicolon, a dash, a
// subordinator whose clause the source opens), nor one before an estimate's source.
bool SourceCovers(std::string_view sentence, const std::vector<Quantity>& qs, size_t qi, std::string_view source);

// The source of a later clause of its own that holds the figure at `begin`: ", while the union
// said 900 jobs had gone", ", and Rival Co said", "; the ministry put it at 12,700" (the union,
// Rival Co, the ministry): a clause opened by ", while", ", whereas", ", but", ", and" or ";",
// whose subject of a few words (no figure) says, puts or forecasts, before the figure. Empty
// when none.
std::string LaterClauseSource(std::string_view sentence, size_t begin);

// The estimator named right after a figure: "the 398,000 analysts had projected", "the C$2.28
// that analysts had forecast", "the 4.1% drop analysts had expected"; empty when none.
std::string_view EstimatorAfter(std::string_view s, size_t end);

// The people and bodies a story has named as sources, read in order, so that a pronoun names one:
// "he said" the person quoted by name (the only one, or the last and near, when no one else is
// named since and the given name does not tell otherwise), "It said" the body the sentence before
// is about or the one quoted last nearby.
class Speakers {
 public:
  // `text`: the whole story, every sentence given to Attribute a view into it.
  explicit Speakers(std::string_view text) : text_(text) {}

  // Resolves a pronoun `*source` of `sentence` (FindSource's) and remembers a named one for the
  // sentences after. `sentence_before`: the sentence before it in its paragraph, or empty.
  void Attribute(std::string_view sentence, std::string_view sentence_before, std::string* source);

 private:
  std::string_view text_;
  std::string last_person_;  // the person the story last named as a source, for "she said"
  size_t last_person_end_ = 0, persons_ = 0;  // (where that sentence ends; how many were named)
  std::string last_body_;  // the company, agency or other body the story last named as a source, for "It said"
  size_t last_body_end_ = 0;
};

}  // namespace copydesk::extractors::sources
