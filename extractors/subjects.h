// Subject rules: the mends a claim's subject gets after its clause's structure is read
// (claims.cc `Structure`), each for one shape of news sentence the structure alone misreads:
// a subject run on over a verb the lists lack ("The company settled with the SEC at $100
// million"), a reporter's pronoun ("The company said it would cut 2,000 jobs"), an age's phrase
// ("children aged 5 to 19"), a verb and its object before the figure ("The jury awarded the family
// $45 million"), an aside's measure ("The quake, at a depth of 10 km,"), a measure after "with"
// or given by a participle ("giving it a market value of $1.2 trillion"), an absolute "with"
// phrase ("with Stephen Curry scoring 42 points"). Each takes the sentence and the figure's
// offset and changes the subject (and holder) only where its shape is found.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extractors/quantity.h"

namespace copydesk::extractors::subjects {

// The measure a participle after a comma gives the clause's subject, right before the figure's
// "of": "giving it a market value of $1.2 trillion" (a market value), "leaving it with debt of $3
// billion" (debt), "earning them a profit of". Empty for anything else.
std::string_view GivenMeasure(std::string_view s, size_t figure, std::string_view* object);

// The phrase of an absolute "with" right before the figure's participle: "..., with Stephen Curry
// scoring 42 points" (Stephen Curry), "with production starting at 50,000 cars a year"
// (production); only prepositions and words of approximation between the participle and the
// figure. Empty for anything else.
std::string_view WithParticiplePhrase(std::string_view s, size_t figure);

// An age after "aged" or "ages" is its noun phrase's: "children aged 5 to 19" (children), "The
// suspect, aged 45, was arrested" (the suspect), "Women aged between 25 and 54" (women).
// *phrase: the whole phrase before the age word, for the figures after it.
void AgeSubject(std::string_view s, const Quantity& q, std::string* subject, std::string* phrase);

// A subject that runs on over a verb and its object right before the figure is the phrase before
// the verb: scores, "The bill passed the Senate 52-48" (the bill), "The Lakers beat the Celtics
// 110-102"; any figure the object's verb gives, "The jury awarded the family $45 million", "The
// court fined the bank $2 billion", "Regulators ordered the firm to pay $5 million", "The judge
// gave him 10 years" (only spaces, words of approximation or an infinitive between).
void RunOnVerbSubject(std::string_view s, size_t figure, bool score, std::string* subject);

// A figure in an aside set off by commas after the sentence's subject ("The quake, at a depth of
// 10 km, was followed by 30 aftershocks"): its measure is the subject's ("The quake's depth",
// holder the quake) when that is an attribute; a figure after the aside whose subject was taken
// from inside it is the sentence subject's ("30 aftershocks": the quake). *agent: the sentence
// subject, for the figures after.
void AsideSubject(std::string_view s, size_t figure, std::string* subject, std::string* holder, std::string* agent);

// "A company with annual sales of $40 billion": the measure after "with" right before the figure
// is the subject ("annual sales"), the phrase before "with" its holder ("A company").
void WithMeasureSubject(std::string_view s, size_t figure, std::string* subject, std::string* holder);

// A subject that runs on over its clause's verb and the phrase of the verb's preposition, the
// figure right after that phrase: "The earthquake struck at a depth" (of 10 km), "The company
// settled with the SEC" (at $100 million), "The plane was flying at an altitude" (of 10,000
// metres). The verb is one the lists lack (a past the chunker reads as a noun, or a participle
// after an auxiliary). The subject becomes the phrase before the verb ("The company"), or, where
// the figure measures the noun of the last preposition ("at a depth of", "dived to a depth of",
// "with a cargo of"), that noun as the phrase's when it names a measure of it (AttributeNoun: "The
// earthquake's depth", its holder the phrase), the noun alone when it names another party ("sided
// with a coalition of 20 states": a coalition), the phrase before the verb when the noun only
// measures ("at a record high of": the clause's subject). Not a pronoun's, a phrase holding a
// figure or a comma ("The company, based in Austin"), nor a reduced relative whose verb comes
// later ("The charge stored in the capacitor was"), nor a tail with a participle of its own ("at a
// ceremony attended by").
void VerbTailSubject(std::string_view s, size_t figure, std::string* subject, std::string* holder);

// A pronoun subject right after a verb of reporting that opens the sentence, and "that", is the
// reporter's: "The company said it would cut 2,000 jobs" (the company), "Microsoft said its
// revenue rose 12%" (Microsoft's revenue), "Police said they arrested 14 people". "it" and "its"
// only for a reporter in the singular (or a name of two words or more) that is no person's office
// or document, "they" and "their" for one in the plural, "he", "she", "his" and "her" for such a
// name; not after a verb whose subject is a finding ("A study found it cut the risk": the drug),
// nor after "told" (its object comes first).
void ReportedPronounSubject(std::string_view s, size_t figure, std::string* subject, std::string* holder);

// The phrase of a sentence's opening "Of" a share (or a bare number) right after its comma, or
// opening a clause joined to the first share, is of: "Of the 1,200 respondents, 58% said ... and
// 12% said" (the 1,200 respondents), "Of the 50 states, 38 have"; empty for an idiom ("Of course,
// 40% of voters"), a superlative ("Of all the regions, the north") or a share with its own "of".
std::string_view OfPhraseShare(std::string_view s, const Quantity& q);

// A subject that opens with "compared with" or "compared to" is the phrase after its last
// preposition ("compared with placebo in a trial" of 17,604 patients: a trial); one that opens with
// a comparative and "than" is the phrase after "than" ("faster than inflation" of 4.6%: inflation).
void ComparisonTailSubject(std::string* subject);

// A subject that is a lone past after an auxiliary ("was jailed" for 14 years) is the phrase
// before the auxiliary from the sentence's start, a figure allowed in it: "The 43-year-old was
// jailed for 14 years" (The 43-year-old).
void LonePastSubject(std::string_view s, size_t figure, std::string* subject);

// A subject found inside a relative clause set off by commas, the figure after the clause's close
// and a verb right after it, is the relative's antecedent: "Shipments of cars to the United
// States, which account for about a quarter of exports by value, climbed 12%" (Shipments of cars
// to the United States, was "a quarter of exports by value").
void RelativeAsideSubject(std::string_view s, size_t figure, std::string* subject);

// A figure in a relative clause that closes the sentence, after a comma, is the antecedent's, or
// the subject's of a clause "where" opens, not the main clause's: "Two firefighters were injured
// battling the blaze, which destroyed 14 homes" (the blaze), "Rescuers pulled 14 survivors from
// the building, which had 10 floors" (the building), "Snow reached 28 inches in Buffalo, where the
// storm killed at least four people" (the storm).
void TrailingRelativeSubject(std::string_view s, size_t figure, std::string* subject);

// The subjects "respectively" pairs a list of figures ([begin, end) each, in order) with: the list of
// phrases before their verb, one a figure ("The S&P 500 and the Nasdaq rose 1.2% and 1.8%,
// respectively": the S&P 500, the Nasdaq; "Germany's and France's economies": Germany's economies,
// France's economies). Empty when the lists do not pair.
std::vector<std::string> RespectiveSubjects(std::string_view s, std::span<const std::pair<size_t, size_t>> figures,
                                            std::string_view verb);

// A figure right after a verb in the present's -s (words of approximation between) in a clause
// joined by ", and", ", but", ", while" or ";" is the clause's subject's, when the subject found
// came from before the clause: "Around one third of output is sold to Asia, and the industry
// employs some 64,000 people" (the industry); not after a verb of reporting or forecasting ("the
// central bank forecasts 2% inflation"), a possessive's plural ("and the firm's revenues 6%") or
// for a share of what follows ("the state produces 15% of US corn"). Returns where the clause's
// phrase begins when the subject changed, else npos.
size_t ClauseVerbSubject(std::string_view s, const Quantity& q, std::string* subject);

// A share after "on" right after a phrase of its own is that phrase's: "The conservative party won
// 35% of the vote, ahead of the Social Democrats on 28%" (the Social Democrats); not "on 28% of".
void OnShareSubject(std::string_view s, const Quantity& q, std::string* subject);

// A subject that runs on over "<phrase> <verb> a <measure>" before the figure's "of" is the
// phrase's measure, the phrase its holder: "The firm posted a loss of $1.1 billion" (The firm's
// loss), "Beijing set a growth target of around 5%" (Beijing's growth target); not after a verb of
// finding, forecasting or giving ("The study found a rise of 5%", "ordered a payment of"), nor for
// a figure a party follows ("a fine of €1.8 billion on Apple"). The figure is at [figure,
// figure_end).
void VerbObjectMeasureSubject(std::string_view s, size_t figure, size_t figure_end, std::string* subject,
                              std::string* holder);

// The measure a participle after a comma gives the clause's subject is the figure's subject and
// says its move ("..., giving it a market value of $1.2 trillion": no move; "giving it a gain of
// 20%": an increase), the object given it its holder ("giving Alphabet a market value of $2.1
// trillion": Alphabet's), or for a pronoun the sentence's subject when its clause names no other
// party ("The stock jumped 8%, giving it a gain of 20%": The stock's gain).
void GivenMeasureSubject(std::string_view s, size_t figure, std::string* subject, std::string* holder,
                         std::string* direction, std::string* verb);

// A sum a verb of fining takes after its object is the object's fine, the object its holder:
// "Regulators fined Apple 1.8 billion euros" (Apple's fine), "will fine the bank $20 million"; a
// sum a verb of buying back takes, its holder's buyback: "Unilever will buy back 1.5 billion euros
// of shares" (Unilever's share buyback, was Unilever's shares).
void PenaltyOrBuybackSubject(std::string_view s, size_t figure, std::string* subject, std::string* holder);

// A figure a forecaster sees its object reach is the object's: "Goldman Sachs sees Brent averaging
// $86 a barrel" (Brent), "The IMF expects global growth at 3.1%", "Analysts see copper hitting
// $10,000".
void SeenObjectSubject(std::string_view s, size_t figure, std::string* subject, std::string* holder);

// A figure "with" after a verb of leaving and its object is the object's: "..., leaving each
// claimant with about $250" (each claimant), "leaving the Conservatives with 121".
void LeftWithSubject(std::string_view s, size_t figure, std::string* subject, std::string* holder);

// A figure right after a possessive is its possessor's noun's: "voided Elon Musk's $56 billion pay
// package" (Elon Musk's pay package, holder Elon Musk), "Tesla's $7.2 billion profit beat
// forecasts", "the company's 20% revenue growth" (the company's revenue). The possessor: a name's
// capitalized words or "the"/"its" and at most two words; the noun: at most three words after the
// figure, ending before a preposition or a verb.
void PossessorFigureSubject(std::string_view s, const Quantity& q, std::string* subject, std::string* holder);

// A figure forecasters expected ("below the 180,000 analysts had expected") is the forecast of
// what the figure before measures (prev_subject and prev_holder, null when none), else the phrase
// before a verb of comparing ("Job gains topped the 200,000 economists had forecast"); it moves
// nothing unless its own noun is a movement's ("the 0.7% decline economists had expected").
void ForecastSubject(std::string_view s, const Quantity& q, const std::string* prev_subject,
                     const std::string* prev_holder, std::string* subject, std::string* holder,
                     std::string* direction, std::string* verb);

// Whether a share right after a verb of growing is of crops grown, no move: "Brazil, which grows
// about 40% of the world's arabica"; not "grew to 120% of GDP", "grew 40% of which", "grew 10% of
// late".
bool GrownShare(std::string_view s, const Quantity& q, std::string_view verb);

// Whether a span of time follows its preposition, moving nothing: "fell in the past two
// quarters", "doubled in three years", "had fallen in 24 hours".
bool SpanOfTime(std::string_view s, const Quantity& q);

// The subject "them" after a count is the nearest count before that no preposition brings in:
// "treated 120 patients, 40 of them children" (120 patients), "400 employees in 3 offices, 100 of
// them part-timers" (400 employees). `before`: the sentence's figures before, as read, at their
// places in s. Empty when none.
std::string_view PartitiveThemSubject(std::string_view s, std::span<const Quantity> before);

// A subject that runs on from before the figure before over a verb and that figure is that
// figure's subject: "The index ended the week 2.3% higher at 4,512 points" (the index), "Inter
// Miami beat Orlando 3-1 in front of 20,000 fans"; not a phrase with no verb ("The 43-year-old
// was jailed for 14 years"); the phrase after a subordinator after that figure, where one opens a
// clause of its own ("Trading was halted for 2 hours after shares fell 10%": shares). The figure
// before is at [prev_begin, prev_end), its subject and holder given.
void RunOnFigureSubject(std::string_view s, size_t figure, size_t prev_begin, size_t prev_end,
                        std::string_view prev_subject, std::string_view prev_holder, std::string* subject,
                        std::string* holder);

// The object of a verb of driving before the figure's "to" is the figure's subject, where the
// subject found is the phrase before that verb or runs on over it: "The heatwave pushed electricity
// demand to a record 80 gigawatts" (electricity demand), "The rebound took Tesla stock to $250",
// "pushed bilateral trade to an all-time high of $245 billion"; only "to" and words of
// approximation or record between, no verb in the object (five words at most); not a count of its
// own noun the object goes to ("sent food to 20,000 families").
// level_noun: the figure's noun is one a level is counted in ("points", "seats").
void DrivenObjectSubject(std::string_view s, const Quantity& q, bool level_noun, std::string* subject);

// "its <noun>" after a participle that opens a clause after the comma is the sentence subject's:
// "Apple sold 50 million phones, lifting its revenue to $90 billion" (Apple's revenue, holder
// Apple); so is "of its <noun>" right after the figure in the main clause, no comma between ("Intel
// will cut 15% of its workforce": Intel's workforce); only for a subject of one thing (no plural noun
// last, no pronoun or figure) and no other name between it and the comma or the figure.
void ParticiplePossessiveSubject(std::string_view s, size_t figure, std::string* subject, std::string* holder);

// A subject that runs on over its own figure and the comparative after it is the phrase before the
// figure: "with China's economy around nine times larger than Russia's" (China's economy); no verb
// or preposition in that phrase.
void ComparativeRunOnSubject(std::string_view s, const Quantity& q, std::string* subject);

// A subject before a movement's noun and "in", the figure after a copula, is the phrase after "in"
// (up to its next preposition): "the headline fall in trade from January to July was 8.1%"
// (trade, a fall), where the movement was read as the clause's verb.
void MovementNounSubject(std::string_view s, size_t figure, std::string_view verb, std::string* subject);

// A subject found only after the figure, the reporter a verb of reporting after a comma names
// ("The attack killed at least 40 people, officials said": was officials), is the sentence's
// subject before its first verb (The attack); left as it is when that is no plain phrase.
void TrailingReporterSubject(std::string_view s, size_t figure, std::string* subject);

// A subject's tail that is no part of it: an age set off after a name ("Serena Williams, 41"), a
// value's "worth" and its words of approximation ("cocaine worth an estimated").
void AsideTailSubject(std::string* subject);

// A phrase set off by commas after the sentence's opening phrase, no verb in it, a verb right after
// it ("Exports to China, for years the sector's biggest market, slumped 31%", "The load factor, the
// share of seats filled, rose"): a subject found inside it or run on over it is the opening phrase.
void AppositiveSubject(std::string_view s, size_t figure, std::string* subject, std::string* holder);

// A count that opens the phrase after the comma, the sentence ending with that phrase's verb of
// reporting, counts the reporters: "..., two people familiar with the deal said." (two people
// familiar with the deal).
void ReporterCountSubject(std::string_view s, const Quantity& q, std::string* subject);

// A figure in a participle's aside after a phrase that opens a clause of its own (", and a fourth,
// employing 220 people, said") is that phrase's (a fourth); returns where the aside opens, for a
// move before it to be dropped, else npos.
size_t MidAsideSubject(std::string_view s, size_t figure, std::string* subject);

// A value "worth" gives a phrase is that phrase's: "Police seized drugs worth $2 million" (drugs),
// "signed a four-year contract worth $120 million", "Shares worth roughly $500 million changed
// hands"; not after a copula ("The deal is worth about $10 billion" keeps the deal).
void WorthSubject(std::string_view s, size_t figure, std::string* subject);

// A figure right after "<measure> of" (words of approximation between: "of up to", "of plus or
// minus") is the measure's: "swung to a net loss of $38 million" (the company's net loss), "has a
// margin of error of plus or minus 3.3 points" (The poll's margin of error), "implied second-half
// growth of barely 4%" (second-half growth), "at an average of 17.4" (average). The clause's
// subject is its holder when only its verb stands between; a subject that names the measure
// already is kept. Not for a partitive, a level or a movement ("a total of", "a record high of",
// "a rise of": the clause's subject's; but a sum's "loss" or "gain" and "growth" are measures), a
// frame's average ("rose to an average of"), a figure of the words after it ("an average of 150
// tons of ice", "a target of 3% sales growth"), a count with its own noun ("a sample of 1,200
// adults"), a score, or a pronoun's (whose it is comes later).
void OfMeasureSubject(std::string_view s, const Quantity& q, std::string* subject, std::string* holder);

// A sum or an amount of stuff right before "in" or "of" and a bare phrase in small letters is that
// phrase's, with the clause's subject its holder when only its verb stands between: "Wu earned
// 250,000 pounds in prize money" (Wu's prize money), "could have cut C$30 million to C$40 million
// in administrative costs", "recalling 12,400 kilograms (27,300 pounds) of ground beef" (both),
// "makes 450 Nm of torque". Not a time, a place or a whole ("in 2024", "in the quarter", "in
// Asia", "in total", "of the $10 million"), nor a form of payment ("in cash").
void MeasuredStuffSubject(std::string_view s, const Quantity& q, std::string* subject, std::string* holder);

}  // namespace copydesk::extractors::subjects
