// Periods: the time a figure measures, read from its sentence (FindPeriod, in claims.h) and from
// its story (StoryPeriod: the period a lead tells of, lent to the reports after it that name
// none), with the calendar and the words of time the claim extractor shares. Dates are
// "YYYY-MM-DD" (or "YYYY-MM"); day counts are days from 1970-01-01.
//
//   periods::StoryPeriod story(periods::MatchReport(text));
//   for each sentence: story.Read(sentence, text, paragraph, FindPeriod(...), head, figures, ...)
//   periods::PastReport("Exports jumped 14% in May", /*day=*/false)   // true
//   periods::DayCount("2024-03-01")                                   // 19783
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extractors/claims.h"
#include "extractors/quantity.h"
#include "normalizers/normalize.h"

namespace copydesk::extractors::periods {

// The day count (DaysFromCivil) of a "YYYY-MM-DD" (Ymd's form); nullopt for any other.
std::optional<int64_t> DayCount(std::string_view ymd);

// Where a sentence starts to speak of what is ahead: "will" or a verb of expecting before an
// infinitive or a figure ("expects", "plans to"), or npos; narrower than Foresees (no "projects",
// "set", "next", "could", nor "forecasts", as often a noun).
size_t AheadFrom(std::string_view s);

// Whether the figure at `begin` is a comparison's base: after "from", "than", "against",
// "versus", "compared with" or "compared to" ("up from 29%", "compared with 368"), or "after a"
// ("rose at a 2.3% rate after a 1.5% pace").
bool BaseFigure(std::string_view s, size_t begin);

// Whether the period `surface` is the base of a comparison after the figure ending at `end`:
// it opens with "from" ("up 11% from a year earlier"), or follows "from", "than", "against",
// "versus" or "compared with" and at most a figure ("up from 85% in 2020").
bool BaseAfter(std::string_view s, size_t end, std::string_view surface);

// Whether `w` names a month or a weekday, as written ("March", "Sept", "Monday"; not "may").
bool MonthOrDayName(std::string_view w);

// Whether a sentence reports what happened, in a past of its own: a past verb ("rose", "was",
// "took") and no word of the present, the future or a forecast ("is", "has", "employs", "will",
// "would", "expects", "now"), no past perfect ("had targeted"), no span it leaves open ("since
// the incident"), no total of longer ("career") nor deed of the background ("bought", "built"),
// and, when the period is a `day`, no average, streak or season's total. Such a sentence speaks
// of the period its story told of (StoryPeriod).
bool PastReport(std::string_view s, bool day);

// Whether a sentence names a time of its own besides `period_surface` (the period the finder
// gave it): a year or a decade ("in 2019", "the 1980s"), a word of a period ("last season", "in
// the first round", "during the campaign"), a month or a weekday, "ago", "once", "previously",
// "earlier", "at its peak", or a clause of time opening it ("During the pandemic,", "Before the
// merger,"); not a comparison's base ("than a year earlier", "from the previous month", "up from
// 54,800 a year ago") nor a superlative's or a streak's span ("the highest in four years", "a
// sixth straight month", "the first time since 1950"), nor, in a match report, a half or a
// quarter of the match. After such a sentence, a story's period no
// longer holds (StoryPeriod). `also`: another period's words the sentence holds that name no other
// time (a longer view of the story's release: "in the three months to September"). In a match
// report a tally's "of the season" ("his ninth goal of the season") names none; `seasons`: nor any
// season of its own ("657 runs in the season", "68 points this season": no time of the match's,
// but none that ends it).
bool NamesOtherTime(std::string_view sentence, std::string_view period_surface, bool match_report,
                    std::string_view also = {}, bool seasons = false);

// Whether a story reports a match: its lead (its first two sentences, in its first paragraph)
// has a word only a match report uses (MatchWord) or a result's score ("beat Lakeside 34-17", "a
// 3-1 win"). Its halves and quarters are the match's. (The lead's only: a digest's sports item
// further on does not make its business items a match's.)
bool MatchReport(std::string_view text);

// Whether a period pattern of FindPeriod can match at all: each needs a run of four digits (a year),
// one of a few words ("half", "quarter", "months", "year", "from", "between"), a month name or
// "y/y". One pass over the words, so that most sentences skip the patterns.
bool MayNamePeriod(std::string_view s);

// The year an article speaks of: its publication year, else the latest year it names.
int ArticleYear(const normalizers::NormalizedArticle& a, int fallback);

// The month an article was published in (1-12), or 0 when its date has none.
int ArticleMonth(const normalizers::NormalizedArticle& a);

// The day of the month an article was published (its `published` "YYYY-MM-DD"), or 0.
int ArticleDay(const normalizers::NormalizedArticle& a);

// Whether a sentence foresees rather than reports: a modal, or a verb of expecting or planning
// ("will", "expects", "forecast", "plans to", "is set to"; not "a record set in 1954").
bool Foresees(std::string_view s);

// Whether the period `surface`, found after `from` in the sentence, is the span of a superlative
// ("the lowest since 2001", "its biggest drop since March 2020", "the first time since 2019"):
// "since" after a word in -est, "most", "least", "worst", "best" or "first", six words back at
// most in its clause ("the highest in a legislative election since 1997").
bool SuperlativeSpan(std::string_view s, size_t from, std::string_view surface);

// Whether the claim of the figure s[begin, end) counts units of time ("the highest in 17 years",
// "paused tariffs for 90 days", "ending 112 years of production"): a span of its own, not one of
// the story's period; not a measure in time ("equivalent to 4.4 months of supply").
bool TimeCount(std::string_view s, size_t begin, size_t end, const Claim& c);

// Whether dated period `p` ended by publication (year, month, day; day 0 when unknown), within
// the four months before it, six for a year (news of its recent past; a quarter reported later
// is a fiscal one, which the finder does not date), and spans a year at most (a span of years is its
// figure's own: "revenue grew sevenfold in the three years to 2025").
bool RecentPeriod(const Period& p, int year, int month, int day);

// Whether a claim is of the day, not of a period a story tells: a market's quote, a price of
// shares, a stock, an index, a yield or futures ("Shares rose 5%", "The yield rose 12 basis
// points") or of a currency ("The euro was at $1.0840", "the yuan at 7.12 per dollar"), or a
// payout announced ("raised its quarterly dividend by 5%", "a $70 billion buyback").
bool DayFigure(const Claim& c);

// The fieldwork of a poll the story reports, the days its figures are of (a poll is dated by
// when it asked, not when it was released): "The survey of 812 likely voters, conducted Oct.
// 20-25", "The poll was taken Jan. 8-12", "interviews carried out between March 3 and 9", in a
// sentence that speaks of a poll (PollWords); dated in the past of publication (year, month, day);
// nullopt when none is named, or one longer than two months.
std::optional<Period> PollFieldwork(std::string_view text, int year, int month, int day);

// Whether a sentence speaks of a poll or its answers: "poll", "survey", "respondents",
// "surveyed", "polled", "interviewed".
bool PollWords(std::string_view s);

// Lends a poll's `fieldwork` to the figures of `sentence` (claims out[first..], one per figure of
// `qs`) that have no period and can take one (Lendable): its shares and points, and in the
// sentence naming the fieldwork every figure ("of 812 likely voters", "a margin of error of 3.4
// points"); only in a poll's story (`poll_story`: its first paragraph speaks of one) or a
// sentence that speaks of one, and not in a sentence of another time (`own`, its period, or a
// year it names: "In the August poll, the two were tied at 45%").
void LendFieldwork(std::string_view sentence, const std::optional<Period>& own, const std::vector<Quantity>& qs,
                   const Period& fieldwork, bool poll_story, std::vector<Claim>* out, size_t first);

// A span "since" a day, a month or a year that FindPeriod gave as a start only ("has cut 2,100
// jobs since January", "arrested 312 people since Sunday") runs to publication (year, month, day;
// all known): its start's first day to that day; not in a `sentence` of a span that ended
// before ("had risen 60% since 2020") or ends later ("will have produced 9 million tons since 1998").
void SinceToPublication(Period* p, std::string_view sentence, int year, int month, int day);

// Whether `p` is a comparison's time told relative to the figure's own and left undated by
// FindPeriod: "a year earlier", "a year ago", "year on year", "the same quarter last year".
bool YearEarlier(const Period& p);

// The period a year before `p`, under `surface` (February 29 becomes 28); nullopt when `p` is
// not dated.
std::optional<Period> YearBefore(const Period& p, std::string_view surface);

// Dates a comparison's base "a month earlier" ("compared to 1.63 million bpd a month earlier",
// "from 3.1% the previous month") the month before the figure compared's month, the nearest
// before it in `sentence` (claims out[first..], one per figure of `qs`).
void DateMonthEarlier(std::string_view sentence, const std::vector<Quantity>& qs, std::vector<Claim>* out, size_t first);

// Dates what forecasters expected of a figure with the figure's time, the nearest dated figure
// before it in `sentence` (claims out[first..], one per figure of `qs`) when no other time comes
// between: "rose 0.98% in November, compared with a forecast of 1.3%", "topping the C$2.28 that
// analysts had forecast", "beating analysts' estimates of a 2.8% increase", "above the NT$398
// billion average of 21 analysts polled" (not the count of analysts).
void DateForecasts(std::string_view sentence, const std::vector<Quantity>& qs, std::vector<Claim>* out, size_t first);

// Dates a quarter named from the story's ("the current quarter", "the coming quarter", "next
// quarter", "the quarter ahead"; "in the fourth" after "in the third quarter") for the figures of
// `sentence` (claims out[first..], one per figure of `qs`) in its clause that have no period: the
// quarter after the last quarter the story reported before it (claims out[article..first + k)),
// "fiscal fourth quarter ended June 30" giving July to September; else the calendar's quarter of
// publication (`year`, `month`) for "current" and "this", the one after for the others; the
// elliptical one, the quarter of that number after the one the sentence names.
void DateQuarterAhead(std::string_view sentence, const std::vector<Quantity>& qs, int year, int month,
                      std::vector<Claim>* out, size_t first, size_t article);

// Dates the year-earlier comparisons of a sentence whose claims are out[first..], one per figure
// of `qs`: a comparison's base ("compared with $151 million, or $1.21 a share, a year earlier",
// "up from 3.3 tons a year earlier", "a loss of $57 million in the same quarter last year") takes
// the period a year before the one of the nearest figure of the sentence with a dated period, and
// a figure compared ("earned $182 million", "rose 9% from a year earlier") that period itself.
// With no dated figure in the sentence, the bases keep the phrase (StoryPeriod dates them from
// the story's period) and the figures compared lose it: it is no period of theirs.
// `period`, the sentence's (FindPeriod), dates them when it opens the sentence and no figure has one.
void DateYearEarlier(std::string_view sentence, const std::optional<Period>& period, const std::vector<Quantity>& qs,
                     std::vector<Claim>* out, size_t first);

// Dates the fiscal years the claims' periods name but could not date ("in fiscal 2025", "FY26",
// "the 2024/25 fiscal year") on the calendar the story `text` states: a fiscal or financial year that
// ends, ended or ends in a month ("its fiscal year ends in September", "the year ended Jan. 31",
// "the year to 28 February"), or that began in one ("the fiscal year that began July 1"); in an
// Indian story (crore, lakh) March when it states none. A fiscal year named by one year ends in that
// year when it ends from April on ("fiscal 2025" to September: October 2024 to September 2025; FY25
// to June) and in an Indian story (FY26: April 2025 to March 2026); one that ends in January to
// March elsewhere is named by the year it ends in by some companies and the year it begins in by
// others, and stays undated. One named by two years ("2024/25", "FY2025-26") ends in the second. A
// story that states no calendar, or several, dates none. On that calendar too, a quarter or half
// a past report names without a year ("third-quarter profit", "the fiscal second quarter") is the
// last one ended before publication (`year`, `month`; none when unknown): an Indian story's
// "third-quarter" told in January is October to December.
void DateFiscalYears(std::string_view text, int year, int month, std::vector<Claim>* out, size_t first);

// The lines of a list under a header ("Key figures:", "H1 highlights:", "Q3 highlights (three
// months to Oct. 31):"), each a line that opens with "- ", "* " or a bullet, that name no time of
// their own: dated by the header's period, else by the story's first dated figure of a month or
// longer before the list (the release's: "Japan's exports fell 2.7% in October ... Key figures:
// - Imports: 9.5 trillion yen, up 1.1%"). Publication's `year`, `month` and `day` read the header.
void LendListHeaders(std::string_view text, int year, int month, int day, std::vector<Claim>* out, size_t first);

// The period a story's lead tells of, lent to the past reports after it that name no time of
// their own ("Consumer prices rose 3.2% in the 12 months to February. ... Core inflation eased to
// 2.7%."). The lead is the story's first sentence with claims, in its first paragraphs: a past
// report (PastReport, read up to the figure) whose first figure not a comparison's base holds a
// dated period that ended in the four months before publication and spans a year at most
// (RecentPeriod); a story with no publication date lends none. The period then goes to the
// figures of the past reports after it, but not to a comparison's base ("up from 29%"), an age,
// a relative aside (", which makes up two-thirds"), the sources counted ("two people familiar
// with the deal said"), nor, when the period is longer than a day, a figure of the day
// (DayFigure: "Shares rose 5%"), nor the rest of a sentence that moves a stock. It ends for good
// at a sentence that names another time with no figure of it (NamesOtherTime: "In 2019, ...",
// "last season", "During the pandemic,"), at a paragraph that opens with a name the story had not
// named (a roundup's next item), and three paragraphs after the lead's for a day, six for a longer
// period (background follows). A figure's own time is the figure's: the story goes on after it in
// the story's period ("Shipments of machinery, which grew 11% in 2025, jumped 9.4%. Imports fell
// 1.8%": January's), or in a running total's past day, to the tallies of its measure ("by August
// 1"); but a sentence that opens with an earlier time ("In 2019, the carrier flew ...") or a later
// day in a day's story ("The stock rose another 1% on Friday") ends it. A sentence naming a new name in the paragraph takes none. The period given is marked
// lent.
class StoryPeriod {
 public:
  // `match_report`: the story reports a match (MatchReport), whose halves and quarters are no other
  // time than its day.
  explicit StoryPeriod(bool match_report) : match_report_(match_report) {}

  // A sentence of `text` without figures, or a paragraph's piece without any (`paragraph`: its
  // index).
  void Pass(std::string_view piece, std::string_view text, size_t paragraph);

  // Whether the story's lead is still sought at paragraph `paragraph`.
  bool SeeksLead(size_t paragraph) const { return !lead_read_ && paragraph <= 2; }

  // A lead sentence without figures ("Stocks closed lower on Friday"), with its period.
  void Lead(std::string_view sentence, size_t paragraph, const std::optional<Period>& period, int year, int month,
            int day);

  // A sentence of `text` whose claims are out[first..], one per figure of `qs`; `period` is the
  // sentence's (FindPeriod), `head` the one named before its first figure (sought in the lead
  // only).
  void Read(std::string_view sentence, std::string_view text, size_t paragraph, const std::optional<Period>& period,
            const std::optional<Period>& head, const std::vector<Quantity>& qs, int year, int month, int day,
            std::vector<Claim>* out, size_t first);

  // Gives a market sentence's figures the day, week or month it names again ("up 0.2% on the day
  // and 0.6% for the week") when no lead's period (or only a weekend's day) is told: publication's,
  // a weekend paper's Friday. Call before LendDay.
  void NameMarketSpans(std::string_view sentence, const std::vector<Quantity>& qs, int year, int month, int day,
                       std::vector<Claim>* out, size_t first) const;

  // The day the lead tells its news on ("Acme said on Wednesday that ...", "reported a profit on
  // Thursday"; the day of publication or the one before), lent to the figures of `sentence` (claims out[first..]) that have no period and
  // are the day's trading in a stock or a market ("The stock rose 2.8% in premarket trading"),
  // anywhere in the story: the news moved them that day.
  // A move of the stock the story dates itself becomes the day lent after it.
  // With no day told, the day of publication (a weekend's: Friday) goes to the figures of the day's
  // trading that have no period: a stock's, futures' or a currency's move or level ("The crown
  // weakened 0.5% against the euro to 11.02 after the data", "The ringgit was little changed at 4.21
  // per dollar", "Shares rose 1.9 per cent to $38.55"), in a sentence that reports, names no other
  // time and does not look ahead; not when the lead named an earlier day, nor under a market's
  // longer period (its week's or month's review: Lend gives its moves the period).
  void LendDay(std::string_view sentence, const std::vector<Quantity>& qs, int year, int month, int day,
               std::vector<Claim>* out, size_t first);

  // A budget's year: a lead (up to the third paragraph) that tells of a budget or spending plan
  // for a year not yet ended ("approved a $4.8 billion budget for the fiscal year that begins July
  // 1", "would spend $55.6 billion in fiscal 2027") lends that year to the figures with no period
  // of the sentences after it that speak of the plan, not of the past ("Police spending will grow
  // to $1.1 billion", "Medicaid spending is set to grow 6.5%", "The library system gets $62
  // million"), but not to a comparison's base, nor past four paragraphs, nor after a figure of
  // another time is told ("Sales tax revenue grew 3.1% in the first seven months").
  void LendPlan(std::string_view sentence, size_t paragraph, const std::vector<Quantity>& qs, int year, int month,
                std::vector<Claim>* out, size_t first);

 private:
  // Lends the story's period to the figures of `sentence` (claims out[first..], one per figure of
  // `qs`) that have none, when it reports the past: not to comparison bases, ages, asides, counted
  // sources, standing facts, nor across spans (a day's figure under a longer period, a longer
  // period's measure under a day).
  void Lend(std::string_view sentence, const std::vector<Quantity>& qs, std::vector<Claim>* out, size_t first) const;

  // LendDay's, with a day told: to the stock's moves of no time.
  void LendToldDay(std::string_view sentence, const std::vector<Quantity>& qs, std::vector<Claim>* out,
                   size_t first) const;

  // LendDay's, with no day told.
  void LendPublicationDay(std::string_view sentence, const std::vector<Quantity>& qs, int year, int month, int day,
                          std::vector<Claim>* out, size_t first) const;

  // Sets day_ from a lead sentence: its first weekday, dated up to a week before publication, in
  // no clause that looks ahead ("Acme said on Wednesday", "reported a profit on Thursday").
  void ToldDay(std::string_view sentence, int year, int month, int day);

  // Adds the names of the story's text before `piece` (a view into `text`) to names_.
  void NamesBefore(std::string_view piece, std::string_view text);

  // Whether `p`, a period of `sentence`, is one its story tells of: a past report in
  // sentence[from, to) (PastReport), of a recent period (RecentPeriod), not a deadline's or a
  // running total's day ("burned 350,000 acres by Sunday"), nor a day beside a period the finder
  // did not date ("reported revenue for its fiscal second quarter on Wednesday": a telling's).
  // (In a match report, a quarter or a half is the match's: no day beside it is a telling's.)
  bool Tells(std::string_view sentence, const Period& p, int year, int month, int day, size_t from, size_t to) const;

  // Reads the lead `sentence` whose claim `lead` (or none) told the story's period: whether it
  // tells a company's results (own_report_) or of a whole of countries (whole_).
  void LeadParty(std::string_view sentence, const Claim* lead);

  // Whether a new name opening `sentence` (whose claims are [begin, end)) takes it out of the
  // story's period (a roundup's next item): a country the lead's whole does not hold or whose
  // figures measure something else, a party telling its own report, or any new name under a
  // company's results.
  // `lead_measure`: a figure of the sentence is of the lead's measure (a breakdown's, unless of
  // another country).
  bool NewNameEnds(std::string_view sentence, const Claim* begin, const Claim* end, bool lead_measure) const;

  // Tells period `p`, read in `clause` of the lead at paragraph `paragraph`.
  void Tell(const Period& p, size_t paragraph, std::string_view clause);

  // (A day's period, or a weekend's: dated to the day, three days at most.)
  bool DayTold() const;
  // Paragraphs after the lead's that its period reaches: three for a day, six for longer, eight in a
  // market's wrap (whose day only its market figures take).
  size_t Window() const { return market_ ? 8 : DayTold() ? (match_report_ ? 4 : 3) : 6; }

  const bool match_report_;
  bool market_ = false;  // (the lead told of a market's day: "Stocks fell on Friday")
  bool market_lead_ = false;  // (the lead told of a market's longer period: "Stocks had their worst week")
  bool other_day_ = false;  // (the lead named a day before the one of publication or the one before it)
  bool lead_read_ = false;
  bool lead_figures_seen_ = false;  // (a sentence with figures read while the lead was sought)
  bool own_report_ = false;  // (the lead tells a company's results: LeadParty)
  bool whole_ = false;       // (the lead tells of a whole of countries: LeadParty)
  std::string lead_head_;  // the head word of the lead figure's subject ("shipments"), for breakdowns
  std::optional<Period> told_;
  std::string tally_unit_;  // (told_ is a running total's day: its measure's unit, the only one it goes to)
  std::optional<Period> anchor_;  // (the lead's period, which "during the quarter" names again)
  std::optional<Period> day_;     // (the day the lead tells its news on, LendDay)
  std::optional<Period> plan_;    // (a budget's year, LendPlan)
  size_t plan_paragraph_ = 0;
  bool plan_told_ = false, budget_story_ = false;
  const char* day_sentence_ = nullptr;  // (the sentence that told it)
  size_t told_paragraph_ = 0, last_paragraph_ = 0, names_upto_ = 0;
  std::unordered_set<std::string> names_;
};

}  // namespace copydesk::extractors::periods
