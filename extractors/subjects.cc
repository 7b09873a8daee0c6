#include "extractors/subjects.h"

#include <algorithm>
#include <tuple>
#include <vector>

#include "corpus/ascii.h"
#include "extractors/chunk.h"
#include "extractors/clause_words.h"
#include "normalizers/text_shape.h"

namespace copydesk::extractors::subjects {

using namespace clause;  // NOLINT: the clause's word helpers, throughout

std::string_view GivenMeasure(std::string_view s, size_t figure, std::string_view* object) {
  const size_t comma = s.rfind(", ", figure);
  if (comma == std::string_view::npos) return {};
  std::vector<std::string_view> words = WordsOf(s.substr(comma + 2, figure - comma - 2));
  while (!words.empty() && IsApproxWord(words.back())) words.pop_back();
  if (words.size() < 4 || words.size() > 9 || words.back() != "of") return {};
  const std::string_view p = words[0];
  if (!(p == "giving" || p == "leaving" || p == "earning" || p == "handing")) return {};
  // The object ("it", "them", "the company"), then maybe "with", then the measure's phrase.
  size_t k = 2;
  while (k + 1 < words.size() && chunk::Classify(words[k]) != chunk::WordClass::kDeterminer && words[k] != "with") ++k;
  if (k + 1 >= words.size()) return {};
  const size_t object_end = k;
  if (words[k] == "with") ++k;
  if (words.size() - 1 - k < 1 || words.size() - 1 - k > 4) return {};
  // (The measure's last word may be one the lists class as a verb: "legal costs of".)
  for (size_t j = k; j + 1 < words.size(); ++j) {
    const chunk::WordClass c = chunk::Classify(words[j]);
    if ((j > k && c == chunk::WordClass::kDeterminer) || (c == chunk::WordClass::kVerb && !(j > k && j + 2 == words.size())) ||
        c == chunk::WordClass::kPreposition || c == chunk::WordClass::kPronoun || Bare(words[j]) != words[j])
      return {};
  }
  if (object_end > 1) {
    const std::string_view first = words[1], end = words[object_end - 1];
    *object = s.substr(static_cast<size_t>(first.data() - s.data()), static_cast<size_t>(end.data() - first.data()) + end.size());
  }
  const std::string_view last = words[words.size() - 2];
  return s.substr(static_cast<size_t>(words[k].data() - s.data()),
                  static_cast<size_t>(last.data() - words[k].data()) + last.size());
}

std::string_view WithParticiplePhrase(std::string_view s, size_t figure) {
  const size_t with = s.rfind(", with ", figure);
  if (with == std::string_view::npos) return {};
  const size_t b = with + 7;
  const std::vector<std::string_view> words = WordsOf(s.substr(b, figure - b));
  size_t ing = 0;
  while (ing < words.size() && !(words[ing].size() > 4 && words[ing].ends_with("ing") && words[ing][0] >= 'a')) ++ing;
  if (ing == 0 || ing > 4 || ing >= words.size()) return {};
  // (Not a source's verb: "with police saying 20 people died", "with traders pricing in 2 cuts".)
  static const auto* sourcing = new ascii::WordMap<bool>(
      {{"saying", true}, {"estimating", true}, {"reporting", true}, {"claiming", true}, {"noting", true},
       {"warning", true}, {"predicting", true}, {"forecasting", true}, {"pricing", true},
       {"expecting", true}, {"projecting", true}, {"citing", true}, {"suggesting", true}, {"showing", true},
       {"putting", true}, {"arguing", true}, {"insisting", true}, {"telling", true}, {"betting", true}},
      /*lower=*/false);
  if (sourcing->Find(words[ing]) != nullptr) return {};
  for (size_t k = ing + 1; k < words.size(); ++k)
    if (!(IsApproxWord(words[k]) || chunk::Classify(words[k]) == chunk::WordClass::kPreposition)) return {};
  for (size_t k = 0; k < ing; ++k) {
    const chunk::WordClass c = chunk::Classify(words[k]);
    if (c == chunk::WordClass::kVerb || c == chunk::WordClass::kPreposition || c == chunk::WordClass::kPronoun ||
        c == chunk::WordClass::kSubordinator || c == chunk::WordClass::kConjunction || UnlistedPast(words[k]) ||
        Bare(words[k]) != words[k] || words[k].find_first_of("0123456789") != std::string_view::npos)
      return {};
  }
  const std::string_view last = words[ing - 1];
  return s.substr(b, static_cast<size_t>(last.data() - s.data()) + last.size() - b);
}

void AgeSubject(std::string_view s, const Quantity& q, std::string* subject, std::string* phrase) {
  if (q.unit != "year of age") return;
  auto [wb, we] = WordBefore(s, q.begin);
  std::string_view w = s.substr(wb, we - wb);
  size_t bound = std::string_view::npos;  // where a word of approximation before the age begins
  if (w == "between" || w == "over" || w == "under" || w == "from" || w == "above" || w == "below") {
    bound = wb;
    std::tie(wb, we) = WordBefore(s, wb);
    w = s.substr(wb, we - wb);
  }
  size_t end = wb;
  // (Or "N years old" after a bound right after its noun: "workers over 60 years old", "Children
  // under 5 years old".)
  if (!(w == "aged" || w == "Aged" || w == "ages")) {
    // (A capital only opening the sentence: "Children under 5 years old travel free".)
    if (bound == std::string_view::npos || !q.surface.ends_with(" old") || we <= wb ||
        !((w[0] >= 'a' && w[0] <= 'z') || (wb == 0 && w[0] >= 'A' && w[0] <= 'Z')) ||
        chunk::Classify(w) != chunk::WordClass::kContent)
      return;
    end = bound;
  }
  while (end > 0 && s[end - 1] == ' ') --end;
  if (end > 0 && s[end - 1] == ',') --end;
  // (A count's phrase too: "5 children aged 3 to 10", "Police said 3 men, aged 20 to 25"; past a
  // verb or a preposition, the phrase after it: "Firefighters rescued a girl aged 7" (a girl),
  // "pays 200 pounds to pensioners aged 75" (pensioners).)
  // *phrase: the whole phrase, for the figures after ("The number of people aged 65 grew").
  std::string_view np = chunk::NounPhraseBefore(s, end, 0);
  *phrase = std::string(np);
  const std::vector<std::string_view> words = WordsOf(np);
  for (size_t k = words.size(); k-- > 0;) {
    const std::string_view w = words[k];
    const chunk::WordClass c = chunk::Classify(w);
    // (A conjunction too before a phrase of its own: "a 17-year-old boy and a man aged 21", but
    // "obese children and adolescents aged 5 to 19".)
    const bool own = c == chunk::WordClass::kConjunction && k + 1 < words.size() &&
                     chunk::Classify(words[k + 1]) == chunk::WordClass::kDeterminer;
    if (c == chunk::WordClass::kVerb || c == chunk::WordClass::kPreposition || UnlistedPast(w) || chunk::IrregularPast(w) ||
        own) {
      np = k + 1 < words.size() ? np.substr(static_cast<size_t>(words[k + 1].data() - np.data())) : std::string_view();
      break;
    }
  }
  if (!np.empty() && !IsPronounPhrase(np)) *subject = std::string(np);
}

namespace {

// Whether a verb gives its object a figure: money, a term, a fine ("awarded", "fined", "paid",
// "gave", "lent", "owes", "ordered ... to pay").
bool GivesFigure(std::string_view w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"awarded", true}, {"awards", true}, {"award", true}, {"fined", true}, {"fines", true}, {"fine", true},
       {"granted", true}, {"grants", true}, {"grant", true}, {"lent", true}, {"lends", true}, {"lend", true},
       {"loaned", true}, {"owed", true}, {"owes", true}, {"owe", true}, {"paid", true}, {"pays", true},
       {"pay", true}, {"gave", true}, {"gives", true}, {"give", true}, {"handed", true}, {"hands", true},
       {"hand", true}, {"offered", true}, {"offers", true}, {"offer", true}, {"charged", true}, {"charges", true},
       {"charge", true}, {"billed", true}, {"promised", true}, {"promises", true}, {"refund", true},
       {"refunded", true}, {"repay", true}, {"repaid", true}, {"serve", true}, {"cost", true}, {"costs", true},
       {"sent", true}, {"sends", true}, {"donated", true}, {"allotted", true}, {"allocated", true},
       {"banned", true}, {"bans", true}, {"suspended", true}, {"suspends", true}, {"sentenced", true}},
      /*lower=*/false);
  return m->Find(w) != nullptr;
}

}  // namespace

void RunOnVerbSubject(std::string_view s, size_t figure, bool score, std::string* subject) {
  auto gap_is_empty = [](std::string_view g) { return g.find_first_not_of(' ') == std::string_view::npos; };
  // (A score's gap may be any; another figure's is two words at most.)
  const size_t at = score ? s.rfind(*subject, figure) : PhraseEndingBefore(s, *subject, figure, 3);
  if (subject->empty() || at == std::string_view::npos || at + subject->size() > figure) return;
  std::vector<std::string_view> words = WordsOf(*subject);
  std::vector<std::string_view> gap;  // the words between the phrase and the figure
  if (!score) {
    // (Words of approximation that end the phrase are the figure's: "The march drew an estimated
    // 100,000 people" is the march's, its verb with no object.)
    while (words.size() > 2 && IsApproxWord(words.back()) && words.back() != "above" && words.back() != "below" &&
           words.back() != "up")
      words.pop_back();
    // The subject up to its (new) last word, and whether a phrase holds no figure, clause mark or verb.
    auto before_last = [&] {
      return std::string_view(*subject).substr(0, static_cast<size_t>(words.back().data() - subject->data()) - 1);
    };
    auto plain = [](std::string_view head) {
      bool clean = head.find_first_of("0123456789,;:()\"") == std::string_view::npos;
      for (std::string_view h : WordsOf(head))
        clean = clean && !(h[0] >= 'a' && (chunk::Classify(h) == chunk::WordClass::kVerb || UnlistedPast(h)));
      return clean;
    };
    // (Or a verb of level in -s last: "Oil output from the field averages 450,000 barrels per day",
    // "The state's budget tops $300 billion"; not "moving averages of 50 days", "tops the chart with".)
    if (words.size() >= 2 && gap_is_empty(s.substr(at + subject->size(), figure - at - subject->size())) &&
        (words.back() == "averages" || words.back() == "tops" || words.back() == "equals" || words.back() == "nears")) {
      const std::string_view head = before_last();
      if (plain(head) && !IsPronounPhrase(head)) *subject = std::string(head);
      return;
    }
    // (Or a verb's particle: "The firm laid off 12,000 staff", "wrote off $2 billion".)
    if (words.size() >= 3 && (words.back() == "off" || words.back() == "up" || words.back() == "out" ||
                              words.back() == "down" || words.back() == "back" || words.back() == "away") &&
        UnlistedPast(words[words.size() - 2]) && gap_is_empty(s.substr(at + subject->size(), figure - at - subject->size())))
      words.pop_back();
    // (Or a past the lists read as a noun, right before the figure, after a phrase that opens
    // with a determiner: "The storm left 45,000 homes without power", "The blast hurt 12 people".)
    // (Not after a possessive: "The party's left 20 seats empty".)
    const bool noun_like = words.size() >= 3 && NounLikePast(words.back()) &&
                           chunk::Classify(words[0]) == chunk::WordClass::kDeterminer &&
                           !words[words.size() - 2].ends_with("'s") && !words[words.size() - 2].ends_with("s'") &&
                           gap_is_empty(s.substr(at + subject->size(), figure - at - subject->size()));
    if (words.size() >= 2 && (words.size() < WordsOf(*subject).size() || noun_like) && words.back()[0] >= 'a' &&
        (UnlistedPast(words.back()) || chunk::Classify(words.back()) == chunk::WordClass::kVerb)) {
      const std::string_view head = before_last();
      if (plain(head) && !head.empty()) *subject = std::string(head);
      return;
    }
    gap = WordsOf(s.substr(at + subject->size(), figure - at - subject->size()));
    for (size_t k = 0; k < gap.size(); ++k)
      if (!((IsApproxWord(gap[k]) && gap[k] != "above" && gap[k] != "below" && gap[k] != "up" && gap[k] != "between" &&
             gap[k] != "record") ||
            (k == 0 && gap[k] == "to" && gap.size() >= 2) ||
            (k == 1 && gap[0] == "to" && gap[k][0] >= 'a' && chunk::Classify(gap[k]) != chunk::WordClass::kDeterminer)))
        return;
    if (s.substr(at + subject->size(), figure - at - subject->size()).find_first_of(",;:()") != std::string_view::npos)
      return;
    // (Nor a phrase that ends in a preposition: "pushed temperatures above 35C" moved the object.)
    if (words.empty() || chunk::Classify(words.back()) == chunk::WordClass::kPreposition) return;
  }
  // (A score after "after beating" or "by beating" is the sentence subject's: "Harbour Town reached
  // the final after beating Millfield 3-1".)
  // (Only a phrase of five words or fewer, no verb in it, and no subordinator or verb of reporting
  // between it and the figure: "Smith scored twice as Leeds reached the final after beating Hull
  // 3-1", "The manager said his side deserved the win after beating Hull" keep theirs.)
  if (score) {
    for (size_t k = 0; k + 1 < words.size(); ++k)
      if ((words[k] == "after" || words[k] == "by" || words[k] == "before") && words[k + 1].size() > 4 &&
          words[k + 1].ends_with("ing")) {
        const std::string_view main = MainSubject(s);
        if (main.empty() || main.data() != s.data() || IsPronounPhrase(main) ||
            main.find_first_of("0123456789,;:()\"") != std::string_view::npos || WordsOf(main).size() > 5)
          return;
        for (std::string_view w : WordsOf(main))
          if (w[0] >= 'a' && (chunk::Classify(w) == chunk::WordClass::kVerb || UnlistedPast(w))) return;
        for (std::string_view w : WordsOf(s.substr(main.size(), figure - main.size())))
          if (chunk::Classify(Bare(w)) == chunk::WordClass::kSubordinator || IsReportingVerb(Bare(w))) return;
        *subject = std::string(main);
        return;
      }
  }
  // (A past ending the phrase right before the score is its verb: "The Lakers led 60-52 at
  // halftime", "The jury hung 11-1".)
  // (Not a past as often a noun: "A third set 6-3".)
  if (score && words.size() >= 2 && words.back()[0] >= 'a' && words.back()[0] <= 'z' && UnlistedPast(words.back()) &&
      (!NounLikePast(words.back()) || words.back() == "led" || words.back() == "hung") &&
      gap_is_empty(s.substr(at + subject->size(), figure - at - subject->size()))) {
    const std::string_view head =
        std::string_view(*subject).substr(0, static_cast<size_t>(words.back().data() - subject->data()) - 1);
    bool plain = head.find_first_of("0123456789,;:()\"") == std::string_view::npos && !IsPronounPhrase(head);
    for (std::string_view h : WordsOf(head))
      plain = plain && !(h[0] >= 'a' && (chunk::Classify(h) == chunk::WordClass::kVerb || UnlistedPast(h)));
    if (plain) *subject = std::string(head);
    return;
  }
  // (A verb opening the phrase follows the sentence's subject: "The United States beat Iran 1-0".)
  if (score && words.size() >= 2 && (UnlistedPast(words[0]) || chunk::IrregularPast(words[0])) && at > 0) {
    const std::string_view np = chunk::NounPhraseBefore(s, at - 1, 0);
    if (!np.empty() && np.data() == s.data() && !IsPronounPhrase(np) &&
        np.find_first_of("0123456789,;:()\"") == std::string_view::npos)
      *subject = std::string(np);
    return;
  }
  for (size_t k = 1; k + 1 < words.size(); ++k) {
    const chunk::WordClass next = chunk::Classify(words[k + 1]);
    // (The object: a determiner or a name; or, for any figure, a pronoun or a plural: "gave him",
    // "handed investors".)
    const std::string_view o = words[k + 1];
    const bool object = next == chunk::WordClass::kDeterminer || (o[0] >= 'A' && o[0] <= 'Z') ||
                        (!score && (o == "him" || o == "her" || o == "them" || o == "it" || o == "us" ||
                                    (o.size() > 3 && o.ends_with("s") && !o.ends_with("ss") &&
                                     next == chunk::WordClass::kContent)));
    if (words[k][0] < 'a' || words[k][0] > 'z' ||
        !(UnlistedPast(words[k]) || chunk::Classify(words[k]) == chunk::WordClass::kVerb) || !object)
      continue;
    // (For any figure but a score right after the object, a verb that gives its object the
    // figure, or one that orders it to: "awarded the family", "fined the bank", "gave him",
    // "ordered the firm to pay"; not one that moves or holds what the object measures: "kept the
    // price $999", "pushed the river 3 feet higher", "delayed the flight 5 hours".)
    // (After a word of approximation or "at", any verb: "led the league at 2.1 steals a game",
    // "closed the gap at $50".)
    if (!score && gap.empty() && !GivesFigure(words[k])) return;
    if (!score && gap.size() == 2 && gap[0] == "to" && !GivesFigure(gap[1])) return;
    // (The object runs to the figure, a phrase of its own: "awarded the family", "fined Meta",
    // "gave him"; not "helped fraudsters launder $1 million", whose verb after is the object's.)
    if (!score) {
      const size_t rest = words.size() - k - 1;
      bool ok = next == chunk::WordClass::kDeterminer ? rest <= 4 : (o[0] >= 'A' && o[0] <= 'Z') ? rest <= 3 : rest == 1;
      for (size_t j = k + 2; j < words.size() && ok; ++j)
        ok = chunk::Classify(words[j]) != chunk::WordClass::kVerb && !UnlistedPast(words[j]) &&
             chunk::Classify(words[j]) != chunk::WordClass::kPreposition &&
             (next == chunk::WordClass::kDeterminer || (words[j][0] >= 'A' && words[j][0] <= 'Z'));
      if (!ok) return;
    }
    const std::string_view head = std::string_view(*subject).substr(0, static_cast<size_t>(words[k].data() - subject->data()) - 1);
    for (std::string_view h : WordsOf(head))
      if (h[0] >= 'a' && h[0] <= 'z' &&
          (chunk::Classify(h) == chunk::WordClass::kVerb || chunk::Classify(h) == chunk::WordClass::kSubordinator ||
           UnlistedPast(h)))
        return;
    if (!head.empty() && head.find_first_of("0123456789,;:()\"") == std::string_view::npos) *subject = std::string(head);
    return;
  }
}

void AsideSubject(std::string_view s, size_t figure, std::string* subject, std::string* holder, std::string* agent) {
  const size_t open = s.find(", ");
  if (open == std::string_view::npos || open == 0) return;
  const std::string_view main = chunk::NounPhraseBefore(s, open, 0);
  if (main.size() != open || IsPronounPhrase(main) || main.find_first_of("0123456789;:()\"") != std::string_view::npos)
    return;
  const size_t close = s.find(", ", open + 2);
  if (close == std::string_view::npos || s.substr(open + 2, close - open - 2).find_first_of(";:()\"") != std::string_view::npos)
    return;
  const auto [pb, pe] = WordAfter(s, open + 1);
  const std::string_view prep = s.substr(pb, pe - pb);
  // (Or a participle's: "The ship, carrying 3,000 passengers, was stranded".)
  // ("The plan, unveiled on Monday, would cost": a past participle's too.)
  // (Or an adverb of time before a figure's words: "The national debt, now above $34 trillion, has
  // doubled".)
  const bool participle = (prep.size() > 4 && prep[0] >= 'a' && prep[0] <= 'z' &&
                           (prep.ends_with("ing") || (UnlistedPast(prep) && !NounLikePast(prep)))) ||
                          prep == "now" || prep == "currently" || prep == "already";
  // (Or a place's: "The home, in a town of 18,000, had 140 beds".)
  // (Or an appositive's: "Detroit, a city of 1.8 million in 1950, now has about 630,000".)
  const bool appositive = prep == "a" || prep == "an";
  if (!(prep == "at" || prep == "with" || prep == "in" || prep == "near" || prep == "outside" || participle || appositive))
    return;
  // (A verb right after the aside: "was followed", "made landfall"; past an adverb: "now employs".)
  auto [vb, ve] = WordAfter(s, close + 1);
  std::string_view verb = s.substr(vb, ve - vb);
  if (verb == "now" || verb == "still" || verb == "also" || verb == "only" || (verb.size() > 4 && verb.ends_with("ly"))) {
    std::tie(vb, ve) = WordAfter(s, ve);
    verb = s.substr(vb, ve - vb);
  }
  // (After a participle's aside, a verb in -s too: "now employs", "carries"; not a plural before a
  // verb, "sales rose".)
  if (participle && verb.size() > 3 && verb.ends_with("s") && !verb.ends_with("ss") && verb[0] >= 'a' && verb[0] <= 'z') {
    const auto [nb, ne] = WordAfter(s, ve);
    const std::string_view next = Bare(s.substr(nb, ne - nb));
    if (!(chunk::IsAuxiliary(next) || chunk::Classify(next) == chunk::WordClass::kVerb || UnlistedPast(next) ||
          chunk::MoveWords().Find(next) != nullptr))
      verb = "is";
  }
  if (!(chunk::IsAuxiliary(verb) || chunk::Classify(verb) == chunk::WordClass::kVerb || UnlistedPast(verb))) return;
  // (A subject run on from the sentence's start over the aside's comma: "The ship, carrying 3,000
  // passengers" is the ship.)
  const bool run_on = subject->size() > open && s.starts_with(*subject);
  if (participle) {
    // (After the aside, a subject found inside it too: "The quake, measuring 6.4, damaged 1,000
    // buildings" was "measuring".)
    const size_t at = subject->empty() || figure < close || s.substr(close, figure - close).find(*subject) != std::string_view::npos
                          ? std::string_view::npos
                          : s.substr(0, close).rfind(*subject);
    // (Inside the aside, the participle itself read as the subject: "The striker, signed for 100
    // million euros in 2019," is the striker's.)
    if ((run_on && figure > open) || (at != std::string_view::npos && at > open) ||
        (figure > open && figure < close && *subject == prep)) {
      *subject = std::string(main);
    } else if (figure > close && !subject->empty() && s.substr(close + 2).starts_with(*subject) &&
               WordsOf(*subject).size() <= 2) {
      // (The verb after the aside read as the subject: "The bridge, opened in 2019, carries 90,000
      // cars a day" was "carries".)
      *subject = std::string(main);
    } else if (figure > close && subject->starts_with(std::string(main) + "'s ")) {
      // (The aside's measure lent to the figure after it: "The fence, built at a cost of $10
      // billion, stretches 700 miles" is the fence's.)
      *subject = std::string(main);
      holder->clear();
    } else if (figure > open && figure < close && !subject->empty() &&
               (subject->starts_with(std::string(prep) + " ") || [&] {
                 // (Or a phrase of the aside's own: after the figure, "The program, costing $1.7
                 // trillion," was "trillion"; the measure before it, "The wreck, found at a depth
                 // of 3,800 meters," was "a depth".)
                 const size_t in = s.substr(0, close).rfind(*subject);
                 if (in == std::string_view::npos || in <= open) return false;
                 if (in > figure) return true;
                 return in + subject->size() + 4 == figure && s.substr(in + subject->size(), 4) == " of " &&
                        AttributeNoun(std::string_view(*subject).substr(subject->rfind(' ') + 1));
               }())) {
      // (The participle's phrase read as the subject: "The James Webb telescope, launched in 2021 at
      // a cost of $10 billion," is the telescope's cost, a measure of it, else the telescope's.)
      const std::vector<std::string_view> words = WordsOf(s.substr(pe, figure - pe));
      if (words.size() >= 2 && words.back() == "of" && AttributeNoun(words[words.size() - 2])) {
        *holder = std::string(main);
        *subject = Possessive(main, words[words.size() - 2]);
        *agent = *holder;
      } else {
        *subject = std::string(main);
      }
    }
    return;
  }
  if (figure > open && figure < close) {
    if (appositive) return;  // (its own phrase: "Boise, a metro area of 800,000")
    // "at a depth of": the phrase before "of" right before the figure.
    const std::string_view before = s.substr(pe, figure - pe);
    const std::vector<std::string_view> words = WordsOf(before);
    if (words.size() < 2 || words.size() > 4 || words.back() != "of") return;
    const std::string_view noun = words[words.size() - 2];
    if (!AttributeNoun(noun)) return;
    *holder = std::string(main);
    *subject = Possessive(main, noun);
    *agent = *holder;
  } else if (figure > close) {
    const size_t at = s.rfind(*subject, figure);
    if (subject->empty() || at == std::string_view::npos || ((at <= open || at >= close) && !run_on)) return;
    *subject = std::string(main);
  }
}

void WithMeasureSubject(std::string_view s, size_t figure, std::string* subject, std::string* holder) {
  if (figure < 4 || s.substr(figure - 4, 4) != " of ") return;
  const size_t at = PhraseEndingBefore(s, *subject, figure, 1);
  if (subject->empty() || at == std::string_view::npos || at + subject->size() > figure) return;
  const std::string_view gap = s.substr(at + subject->size(), figure - at - subject->size());
  if (gap != " of ") return;
  const size_t with = subject->rfind(" with ");
  if (with == std::string::npos || with == 0) return;
  // (Not a compound preposition, "along with fines of", nor an idiom's "the": "with the help of".)
  const auto [lb, le] = WordBefore(*subject, with);
  const std::string_view joined = std::string_view(*subject).substr(lb, le - lb);
  if (joined == "along" || joined == "together" || joined == "coupled" || joined == "combined" || joined == "compared" ||
      joined == "competes" || joined == "compete" || joined == "competed")
    return;
  const std::string_view tail = std::string_view(*subject).substr(with + 6);
  const std::vector<std::string_view> words = WordsOf(tail);
  if (words.empty() || words.size() > 3 || words[0] == "the" || words[0] == "The") return;
  for (std::string_view w : words) {
    const chunk::WordClass k = chunk::Classify(w);
    if (k == chunk::WordClass::kVerb || k == chunk::WordClass::kPreposition || k == chunk::WordClass::kPronoun ||
        k == chunk::WordClass::kSubordinator || UnlistedPast(w) || Bare(w) != w)
      return;
  }
  *subject = std::string(tail);
  // The holder: the sentence's subject right before "with" ("A company with annual sales", "The
  // storm, with winds"), or the object of a verb of making ("The merger creates a company with");
  // none after another verb, whose instrument the phrase may be ("replaced the tax with a levy of
  // 2%", "was born with a weight of 3 kg"), nor for a phrase of three words that may end in a verb
  // ("The carmaker competes").
  std::string_view head = chunk::NounPhraseBefore(s, at + with, 0);
  const std::vector<std::string_view> hw = WordsOf(head);
  if (hw.empty() || IsPronounPhrase(head) || head.find_first_of("0123456789") != std::string_view::npos) return;
  size_t made = hw.size();
  for (size_t k = 0; k < hw.size(); ++k) {
    const std::string_view w = hw[k];
    static const auto* making = new ascii::WordMap<bool>(
        {{"creates", true}, {"created", true}, {"create", true}, {"creating", true}, {"forms", true}, {"formed", true},
         {"form", true}, {"forming", true}, {"builds", true}, {"built", true}, {"build", true}, {"building", true}},
        /*lower=*/false);
    if (making->Find(w) != nullptr) {
      made = k;
      break;
    }
    if (chunk::Classify(w) == chunk::WordClass::kVerb || UnlistedPast(w) || chunk::IrregularPast(w)) return;
  }
  if (made < hw.size()) {
    if (made + 2 > hw.size() || chunk::Classify(hw[made + 1]) != chunk::WordClass::kDeterminer) return;
    head = head.substr(static_cast<size_t>(hw[made + 1].data() - head.data()));
  } else {
    const bool opens = head.data() == s.data() || (head.data() - s.data() >= 2 && head.data()[-2] == ',');
    const bool leads = chunk::Classify(hw[0]) == chunk::WordClass::kDeterminer || (hw[0][0] >= 'A' && hw[0][0] <= 'Z');
    if (!opens || !leads || (hw.size() == 3 && hw[2].ends_with("s") && !hw[1].ends_with("s") &&
                             hw[1].find('\'') == std::string_view::npos))
      return;
  }
  *holder = std::string(head);
}

namespace {

// Whether the words after a figure (its own words and its noun's passed) reach a verb of the
// clause before "and", "but", "or", a subordinator or the clause's end: the phrase before the
// figure is then a reduced relative ("People killed in 3 attacks were mostly civilians"), not a
// clause of its own ("The ship sailed with 300 passengers on board"). Not where a subordinator
// before the figure opens a clause of the figure's own ("Police arrived after 3 people called").
bool ReducedRelative(std::string_view s, size_t figure, const std::vector<std::string_view>& gap) {
  for (std::string_view g : gap)
    if (g == "after" || g == "before" || g == "as" || g == "when" || g == "while" || g == "since" || g == "until")
      return false;
  bool verb = false;
  bool in_figure = true;  // the figure's words ("12", "to", "20", "million")
  int noun_words = 0;     // then its noun's, the first whatever its class ("12 wins")
  chunk::WordClass before = chunk::WordClass::kContent;
  chunk::ForEachToken(s, figure, s.size(), [&](size_t b, size_t e) {
    const std::string_view t = s.substr(b, e - b);
    const std::string_view w = Bare(t);
    if (w.empty() || w == "and" || w == "but" || w == "or" || chunk::Classify(w) == chunk::WordClass::kSubordinator)
      return false;
    if (in_figure && (w.find_first_of("0123456789") != std::string_view::npos || w == "to" || w == "million" ||
                      w == "billion" || w == "thousand"))
      return w.size() == t.size();
    in_figure = false;
    const bool past = chunk::IrregularPast(w) || (w.size() > 4 && w.ends_with("ed"));
    if (!chunk::IsAuxiliary(w) &&
        (noun_words == 0 || (noun_words < 3 && chunk::Classify(w) == chunk::WordClass::kContent && !past))) {
      ++noun_words;
      before = chunk::WordClass::kContent;
      return w.size() == t.size();
    }
    noun_words = 3;
    // (No verb after a determiner or a preposition: "over the plan".)
    const bool free = before != chunk::WordClass::kDeterminer && before != chunk::WordClass::kPreposition;
    verb = chunk::IsAuxiliary(w) || (free && w[0] >= 'a' && (chunk::Classify(w) == chunk::WordClass::kVerb || past));
    before = chunk::Classify(w);
    return !verb && w.size() == t.size();
  });
  return verb;
}

}  // namespace

void VerbTailSubject(std::string_view s, size_t figure, std::string* subject, std::string* holder) {
  const std::string sub = *subject;
  const size_t at = PhraseEndingBefore(s, sub, figure, 5);
  if (sub.empty() || at == std::string_view::npos || at + sub.size() > figure || (at > 0 && s[at - 1] != ' ')) return;
  // Only prepositions and words of approximation between the phrase and the figure.
  const std::string_view between = s.substr(at + sub.size(), figure - at - sub.size());
  const std::vector<std::string_view> gap = WordsOf(between);
  for (std::string_view w : gap)
    if (!(chunk::Classify(w) == chunk::WordClass::kPreposition || IsApproxWord(w) || w == "up")) return;
  const std::vector<std::string_view> words = WordsOf(sub);
  std::string_view head;
  size_t verb = 0;  // the index of the verb in `words`
  if (words.size() >= 3 && (words[0].ends_with("ing") || UnlistedPast(words[0]))) {
    // "was flying at an altitude": the phrase before the auxiliary.
    const auto [ab, ae] = WordBefore(s, at);
    if (ae <= ab || !chunk::IsAuxiliary(s.substr(ab, ae - ab))) return;
    head = chunk::NounPhraseBefore(s, at, 0);
    if (head.empty() || static_cast<size_t>(head.data() - s.data()) + head.size() > ab) return;
  } else {
    // (Or a present in -s between a determiner's singular noun and a preposition: "The satellite
    // orbits at an altitude of 550 km", "The plant runs at a capacity of".)
    auto present = [&](size_t k) {
      const std::string_view w = words[k];
      return k >= 2 && w.size() > 3 && w[0] >= 'a' && w[0] <= 'z' && w.ends_with("s") && !w.ends_with("ss") &&
             !w.ends_with("'s") && chunk::Classify(words[k - 2]) == chunk::WordClass::kDeterminer &&
             words[k - 1][0] >= 'a' && words[k - 1][0] <= 'z' && !words[k - 1].ends_with("s") &&
             chunk::Classify(words[k - 1]) == chunk::WordClass::kContent &&
             chunk::Classify(words[k + 1]) == chunk::WordClass::kPreposition;
    };
    // (A present only for a measure "of" the tail's noun right before the figure: "orbits at an
    // altitude of"; not "The city parks at the waterfront cover 40 acres", "performs at a venue with
    // 20,000 seats".)
    // (Or after a word of approximation, "The hospital serves over 200,000 residents"; or "with"
    // after a time, "The plane lands at 3 p.m. with 180 passengers"; or joined by "and", "The store
    // closes at 9 p.m. and employs 40 people".)
    bool tail_determiner = false, joined_tail = false;
    for (size_t k = 2; k < words.size(); ++k) {
      tail_determiner = tail_determiner || chunk::Classify(words[k]) == chunk::WordClass::kDeterminer;
      joined_tail = joined_tail || words[k] == "and";
    }
    const bool measured = (!gap.empty() && (gap[0] == "of" || (IsApproxWord(gap[0]) && gap[0] != "at") ||
                                            (gap[0] == "with" && !tail_determiner))) ||
                          joined_tail;
    // (Or with only words of approximation after it in the phrase: "The hospital serves over
    // 200,000 residents", "The patient waits on average 4 hours".)
    auto approx_after = [&](size_t k) {
      for (size_t j = k + 1; j < words.size(); ++j)
        if (!IsApproxWord(words[j]) && words[j] != "on" && words[j] != "average") return false;
      return true;
    };
    for (size_t k = 1; k + 1 < words.size() && verb == 0; ++k)
      if (UnlistedPast(words[k]) || ((measured || approx_after(k)) && present(k))) verb = k;
    // (The verb last, its preposition between it and the figure: "The Republican candidate led by
    // 4 points", "The team finished with 12 points": the phrase before the verb.)
    // (Not an adjective for a noun after a determiner, adverbs between: "sending the injured to 4
    // hospitals", "The seriously injured in 3 hospitals"; nor a reduced relative, whose clause's
    // verb comes after the figure: "People killed in 3 attacks were mostly civilians".)
    if (verb == 0 && words.size() >= 2 && UnlistedPast(words.back()) && !gap.empty() &&
        chunk::Classify(gap[0]) == chunk::WordClass::kPreposition) {
      size_t d = words.size() - 1;
      while (d > 0 && words[d - 1].size() > 4 && words[d - 1].ends_with("ly") && chunk::CannotBeginNoun(words[d - 1], "")) --d;
      if (d > 0 && chunk::Classify(words[d - 1]) == chunk::WordClass::kDeterminer) return;
      if (ReducedRelative(s, figure, gap)) return;
      const std::string_view lead = std::string_view(sub).substr(0, static_cast<size_t>(words.back().data() - sub.data()) - 1);
      bool clean = !IsPronounPhrase(lead) && lead.find_first_of("0123456789,;:()\"") == std::string_view::npos;
      bool noun = false;  // (a word no adverb: "later jailed" leaves no subject)
      for (std::string_view w : WordsOf(lead)) {
        const chunk::WordClass k = chunk::Classify(w);
        clean = clean && k != chunk::WordClass::kVerb && k != chunk::WordClass::kSubordinator &&
                k != chunk::WordClass::kPreposition && !UnlistedPast(w);
        noun = noun || ((k == chunk::WordClass::kContent || k == chunk::WordClass::kTime) && !w.ends_with("ly") && w != "later" && w != "earlier");
      }
      if (clean && noun) *subject = std::string(lead);
      return;
    }
    if (verb == 0) return;
    head = std::string_view(sub).substr(0, static_cast<size_t>(words[verb].data() - sub.data()) - 1);
  }
  // The verb's preposition right after it, or after a particle ("moved in at 3 a.m.").
  size_t prep = verb + 1;
  if (prep < words.size() && (words[prep] == "in" || words[prep] == "off" || words[prep] == "out" ||
                              words[prep] == "up" || words[prep] == "down" || words[prep] == "back"))
    ++prep;
  if (prep >= words.size() || chunk::Classify(words[prep]) != chunk::WordClass::kPreposition) {
    if (prep != verb + 2) return;
    --prep;  // (the particle is the preposition: "moved in at", "sat in the")
  }
  // The phrase before the verb: a noun phrase of its own, no pronoun, figure, comma or verb.
  if (head.empty() || IsPronounPhrase(head) || head.find_first_of("0123456789,;:()\"") != std::string_view::npos)
    return;
  for (std::string_view w : WordsOf(head)) {
    const chunk::WordClass k = chunk::Classify(w);
    if (k == chunk::WordClass::kVerb || k == chunk::WordClass::kSubordinator || k == chunk::WordClass::kPronoun ||
        UnlistedPast(w))
      return;
  }
  // No participle of the tail's own, but after "and" or "but" ("started at 3 a.m. and destroyed").
  bool joined = false;
  for (size_t k = prep + 1; k < words.size(); ++k) {
    if (words[k] == "and" || words[k] == "but") joined = true;
    if (!joined && UnlistedPast(words[k])) return;
  }
  // The phrase of the last preposition before the figure ("arrived at port with a cargo": a cargo).
  size_t last_prep = prep;
  for (size_t k = prep + 1; k < words.size() && !joined; ++k)
    if (chunk::Classify(words[k]) == chunk::WordClass::kPreposition) last_prep = k;
  std::string_view tail;
  if (last_prep + 1 < words.size() && !joined)
    tail = std::string_view(sub).substr(static_cast<size_t>(words[last_prep + 1].data() - sub.data()));
  const bool of = !gap.empty() && gap[0] == "of" && !tail.empty() && words.size() - last_prep - 1 <= 4 &&
                  tail.find_first_of("0123456789") == std::string_view::npos;
  std::string_view noun = of ? words.back() : std::string_view();
  bool increase = false;
  if ((noun.ends_with("s") && chunk::MeasureNoun(noun.substr(0, noun.size() - 1))) || chunk::MeasureNoun(noun) ||
      chunk::MovementNoun(noun, &increase) || Bare(noun) != noun)
    noun = {};
  if (!noun.empty() && AttributeNoun(noun)) {
    *holder = std::string(head);
    *subject = Possessive(head, tail);
  } else if (!noun.empty()) {
    *subject = std::string(tail);
  } else {
    *subject = std::string(head);
  }
}

// Whether `w` is a word of a telling's day or manner between a reporting verb and what it reports:
// "on Tuesday", "late on Monday", "in a statement", "yesterday".
bool TellingWord(std::string_view w) {
  static const auto* kWords = new ascii::WordMap<bool>(
      {{"on", true}, {"late", true}, {"early", true}, {"earlier", true}, {"in", true}, {"a", true},
       {"statement", true}, {"filing", true}, {"yesterday", true}, {"today", true}, {"last", true}, {"this", true},
       {"week", true}, {"night", true}, {"morning", true}, {"evening", true}, {"afternoon", true}, {"monday", true},
       {"tuesday", true}, {"wednesday", true}, {"thursday", true}, {"friday", true}, {"saturday", true},
       {"sunday", true}},
      /*lower=*/true);
  return kWords->Find(w) != nullptr;
}

// Whether the last word of a name says a body's (a company's, an agency's, a team's): "Tessaract
// Group", "Teravolt Semiconductor", "Honda Motor", "Acme Corp", "the Finance Ministry".
bool BodyName(std::string_view w) {
  static const auto* kBodies = new ascii::WordMap<bool>(
      {{"corp", true}, {"corp.", true}, {"corporation", true}, {"inc", true}, {"inc.", true}, {"ltd", true},
       {"ltd.", true}, {"co", true}, {"co.", true}, {"plc", true}, {"llc", true}, {"ag", true}, {"sa", true},
       {"se", true}, {"nv", true}, {"group", true}, {"holdings", true}, {"bank", true}, {"motor", true},
       {"motors", true}, {"electric", true}, {"electronics", true}, {"energy", true}, {"industries", true},
       {"technologies", true}, {"technology", true}, {"therapeutics", true}, {"pharmaceuticals", true},
       {"pharma", true}, {"airlines", true}, {"airways", true}, {"air", true}, {"semiconductor", true},
       {"semiconductors", true}, {"systems", true}, {"foods", true}, {"stores", true}, {"resources", true},
       {"mining", true}, {"partners", true}, {"capital", true}, {"securities", true}, {"insurance", true},
       {"financial", true}, {"ministry", true}, {"department", true}, {"council", true}, {"agency", true},
       {"authority", true}, {"commission", true}, {"board", true}, {"fund", true}, {"association", true},
       {"union", true}, {"university", true}, {"hospital", true}, {"police", true}, {"service", true},
       {"services", true}, {"institute", true}, {"office", true}, {"court", true}, {"government", true},
       {"parliament", true}, {"party", true}, {"club", true}, {"league", true}, {"federation", true},
       {"company", true}, {"communications", true}, {"media", true}, {"entertainment", true}, {"pictures", true},
       {"studios", true}, {"labs", true}, {"networks", true}, {"logistics", true}, {"shipping", true}, {"steel", true},
       {"chemicals", true}, {"oil", true}, {"gas", true}, {"power", true}, {"utilities", true}, {"rail", true},
       {"railway", true}, {"railways", true}, {"telecom", true}, {"retail", true}, {"brands", true},
       {"enterprises", true}, {"ventures", true}, {"trust", true}, {"exchange", true}, {"reserve", true},
       {"treasury", true}, {"automotive", true}, {"health", true}, {"healthcare", true}, {"biotech", true},
       {"biosciences", true}, {"sciences", true}, {"solutions", true}, {"software", true}, {"robotics", true},
       {"aerospace", true}, {"defence", true}, {"defense", true}, {"products", true}, {"construction", true},
       {"properties", true}, {"homes", true}, {"hotels", true}, {"resorts", true}, {"cruises", true},
       {"lines", true}, {"express", true}, {"post", true}, {"chips", true}, {"works", true},
       {"mills", true}, {"brewery", true}, {"breweries", true}, {"foundation", true}},
      /*lower=*/true);
  return kBodies->Find(Bare(w)) != nullptr;
}

void ReportedPronounSubject(std::string_view s, size_t figure, std::string* subject, std::string* holder) {
  const std::string sub = *subject;
  const size_t sp = sub.find(' ');
  const std::string_view pro = std::string_view(sub).substr(0, sp);
  const std::string_view rest = sp == std::string::npos ? std::string_view() : std::string_view(sub).substr(sp + 1);
  const bool possessive = pro == "its" || pro == "their" || pro == "his" || pro == "her";
  if (possessive ? rest.empty() : !(rest.empty() && (pro == "it" || pro == "they" || pro == "he" || pro == "she"))) return;
  const size_t at = s.rfind(sub, figure);
  if (at == std::string_view::npos || at == 0 || s[at - 1] != ' ') return;
  size_t vb, ve;
  std::tie(vb, ve) = WordBefore(s, at);
  if (s.substr(vb, ve - vb) == "that") std::tie(vb, ve) = WordBefore(s, vb);
  // (Over the telling's day or manner: "said on Tuesday it would", "said late on Monday that it",
  // "said in a statement it".)
  bool extended = false;  // (read past the telling's words, an aside or to a participle's clause)
  for (int k = 0; k < 6 && vb > 0 && TellingWord(s.substr(vb, ve - vb)); ++k) {
    std::tie(vb, ve) = WordBefore(s, vb);
    extended = true;
  }
  const std::string_view verb = s.substr(vb, ve - vb);
  // (Or a participle of reporting after the clause's comma: "Brayford said it would appeal, adding
  // that it has already paid $96 million": the clause's subject's.)
  const bool participle = (verb == "adding" || verb == "saying") && vb >= 2 && s[vb - 2] == ',';
  if (!IsReportingVerb(verb) && verb != "announced" && verb != "confirmed" && !participle) return;
  if (verb == "found" || verb == "finds" || verb == "find" || verb == "showed" || verb == "shows" || verb == "show" ||
      verb == "suggested" || verb == "suggests" || verb == "told" || verb == "tells")
    return;
  std::string_view main = MainSubject(s);
  // (A name or a phrase opening its clause, no relative's tail: "Toyota, whose fiscal year ends in
  // March, said its" is no "fiscal year ends in March".)
  if (main.empty() || !ascii::IsAlpha(main[0]) || (!(main[0] >= 'A' && main[0] <= 'Z') && main.data() != s.data())) return;
  size_t main_end = static_cast<size_t>(main.data() - s.data()) + main.size();
  // (A subject read with its aside is the name before it.)
  if (const size_t comma = main.find(','); comma != std::string_view::npos &&
                                              (main_end + 1 == vb || (main_end + 2 == vb && s[main_end] == ','))) {
    main = main.substr(0, comma);
    main_end = static_cast<size_t>(main.data() - s.data()) + main.size();
  }
  // (Right before the verb, or before an aside that describes it: "Tessaract Group, the software
  // company, said it would"; for a participle, the clause's subject before a reporting verb.)
  if (participle) {
    const auto [rb, re] = WordAfter(s, main_end);
    if (!IsReportingVerb(s.substr(rb, re - rb)) || s.substr(re, vb - re).find(',') == std::string_view::npos) return;
    // (Not when the clause between names a thing or another party the pronoun may be: "said it
    // would sell the plant, adding that it was worth", "would fine Acme $80 million, adding that
    // its profit".)
    // (A place or a court after a preposition names no party: "would appeal to the General Court
    // in Luxembourg, adding that it had set aside €205 million".)
    std::string_view before_w;
    for (std::string_view w : WordsOf(s.substr(re, vb - re))) {
      w = Bare(w);
      if (w.empty()) continue;
      const bool capital = w[0] >= 'A' && w[0] <= 'Z';
      const bool placed = before_w == "to" || before_w == "in" || before_w == "at" || before_w == "from" ||
                          before_w == "of" || before_w == "the" || (!before_w.empty() && before_w[0] >= 'A' && before_w[0] <= 'Z');
      if ((chunk::Classify(w) == chunk::WordClass::kDeterminer && w != "the") || w == "its" || w == "their" ||
          (capital && !placed) || ascii::IsDigit(w[0]))  // ("had arrested 12 people, adding that they were aged")
        return;
      // ("would sell the plant": a thing named after the verb.)
      if (w == "the" && !(before_w == "to" || before_w == "in" || before_w == "at" || before_w == "from" || before_w == "of"))
        return;
      before_w = w;
    }
    extended = true;
  } else if (main_end + 1 != vb) {
    if (!(main_end < s.size() && s[main_end] == ',' && vb >= 2 && s[vb - 2] == ',' &&
          s.substr(main_end + 1, vb - 2 - main_end - 1).find_first_of(",;()\"") == std::string_view::npos &&
          vb - main_end < 60))
      return;
    extended = true;
  }
  // (Nor a person's "it", after an honorific: "Mr. Smith said in a statement it had sold".)
  if (const size_t mb = static_cast<size_t>(main.data() - s.data()); (pro == "it" || pro == "its") && mb >= 3) {
    const std::string_view before = s.substr(mb >= 5 ? mb - 5 : 0, mb - (mb >= 5 ? mb - 5 : 0));
    if (before.ends_with("Mr. ") || before.ends_with("Ms. ") || before.ends_with("Mrs. ") || before.ends_with("Dr. ") ||
        before.ends_with("Mr ") || before.ends_with("Ms "))
      return;
  }
  if (IsPronounPhrase(main) || main.find_first_of("0123456789,;:()\"") != std::string_view::npos) return;
  const std::vector<std::string_view> words = WordsOf(main);
  if (words.size() > 6) return;
  bool name = words.size() >= 2;  // capitalized words only (one word opening the sentence may be any)
  for (std::string_view w : words) name = name && w[0] >= 'A' && w[0] <= 'Z';
  // (The head's number: "Investors in Acme" are many.)
  const std::vector<std::string_view> head_words = WordsOf(HeadPhrase(main));
  const std::string_view last = head_words.empty() ? words.back() : head_words.back();
  const bool plural = last.size() > 3 && last.ends_with("s") && !last.ends_with("ss");
  // (No "it" of a person's office or a document: "The spokesman said it would cost", "The report
  // estimated it would cost"; nor a dummy "it": "said it would take 6 months to", "said it was
  // unclear whether".)
  static const auto* kNotIt = new ascii::WordMap<bool>(
      {{"spokesman", true}, {"spokeswoman", true}, {"spokesperson", true}, {"minister", true}, {"chairman", true},
       {"chairwoman", true}, {"chair", true}, {"ceo", true}, {"mayor", true}, {"judge", true}, {"president", true},
       {"director", true}, {"official", true}, {"executive", true}, {"chief", true}, {"governor", true},
       {"secretary", true}, {"analyst", true}, {"economist", true}, {"officer", true}, {"manager", true},
       {"founder", true}, {"leader", true}, {"report", true}, {"study", true}, {"survey", true}, {"analysis", true},
       {"paper", true}, {"review", true}, {"poll", true}, {"research", true}, {"data", true}, {"document", true},
       {"statement", true}, {"filing", true}, {"memo", true}, {"letter", true}, {"complaint", true},
       {"lawsuit", true}, {"suit", true}, {"ruling", true}, {"order", true}, {"indictment", true}, {"verdict", true},
       {"audit", true}, {"notice", true}, {"petition", true}, {"motion", true}, {"judgment", true}},
      /*lower=*/true);
  if ((pro == "it" || pro == "its") && kNotIt->Find(last) != nullptr) return;
  // (Nor a person's name for "it": "Jamie Dimon said on Tuesday it would hire", "Mr. Smith said it";
  // a name of two words or more is a body's when its last word says so, "Tessaract Group",
  // "Teravolt Semiconductor".)
  if ((pro == "it" || pro == "its") && extended && words.size() >= 2 && words[0] != "The" && !BodyName(words.back()) &&
      std::all_of(words.begin(), words.end(), [](std::string_view w) { return w[0] >= 'A' && w[0] <= 'Z'; }))
    return;
  if ((pro == "it" || pro == "its") && (words[0] == "Mr." || words[0] == "Ms." || words[0] == "Mrs." || words[0] == "Dr." ||
                                        words[0] == "Mr" || words[0] == "Ms" || words[0] == "Mrs" || words[0] == "Dr"))
    return;
  if (pro == "it") {
    static const auto* kDummy = new ascii::WordMap<bool>(
        {{"cost", true}, {"costs", true}, {"take", true}, {"takes", true}, {"took", true}, {"whether", true},
         {"if", true}, {"unclear", true}, {"possible", true}, {"impossible", true}, {"likely", true},
         {"unlikely", true}, {"too", true}, {"difficult", true}, {"hard", true}, {"easy", true},
         {"necessary", true}, {"important", true}, {"time", true}},
        /*lower=*/true);
    bool dummy = false;
    chunk::ForEachToken(s, at + 2, figure, [&](size_t b, size_t e) {
      dummy = kDummy->Find(Bare(s.substr(b, e - b))) != nullptr;
      return !dummy;
    });
    // ("said it was the third shooting": "it" names what follows.)
    const auto [bb, be] = WordAfter(s, at + 2);
    const std::string_view be_word = s.substr(bb, be - bb);
    // (Nor a thing's "it", by what it does: "said on Monday it would affect 2 million people", "it had
    // left 400,000 homes without power", "it had carried 40,000 vehicles a day", "it was worth".)
    {
      size_t vb2 = bb, ve2 = be;
      for (int n = 0; n < 2; ++n) {
        const std::string_view w = s.substr(vb2, ve2 - vb2);
        if (!(w == "would" || w == "will" || w == "could" || w == "had" || w == "has" || w == "have" || w == "was" ||
              w == "is" || w == "would" || w == "may" || w == "might" || w == "be" || w == "been"))
          break;
        if (n == 0 && (w == "was" || w == "is")) {
          const auto [wb, we] = WordAfter(s, ve2);
          const std::string_view x = s.substr(wb, we - wb);
          if (x == "worth" || x == "valued") dummy = true;
        }
        std::tie(vb2, ve2) = WordAfter(s, ve2);
      }
      static const auto* kThingVerbs = new ascii::WordMap<bool>(
          {{"affect", true}, {"affects", true}, {"affected", true}, {"leave", true}, {"leaves", true}, {"left", true},
           {"carry", true}, {"carries", true}, {"carried", true}, {"hold", true}, {"holds", true}, {"held", true},
           {"seat", true}, {"seats", true}, {"weigh", true}, {"weighs", true}, {"weighed", true}, {"house", true},
           {"houses", true}, {"span", true}, {"spans", true}, {"contain", true}, {"contains", true},
           {"contained", true}, {"worth", true}, {"valued", true}, {"measure", true}, {"measures", true},
           {"measured", true}, {"stretch", true}, {"stretches", true}, {"retail", true}, {"retails", true}},
          /*lower=*/true);
      if (kThingVerbs->Find(s.substr(vb2, ve2 - vb2)) != nullptr) dummy = true;
      if (s.substr(vb2, ve2 - vb2) == "sell" || s.substr(vb2, ve2 - vb2) == "sells") {
        const auto [fb, fe] = WordAfter(s, ve2);
        if (s.substr(fb, fe - fb) == "for") dummy = true;  // ("it would sell for $999": a product)
      }
    }
    if (be_word == "was" || be_word == "is" || be_word == "'s") {
      const auto [db, de] = WordAfter(s, be);
      if (chunk::Classify(s.substr(db, de - db)) == chunk::WordClass::kDeterminer) dummy = true;
    }
    if (dummy) return;
  }
  const bool fits = (pro == "it" || pro == "its") ? (name || !plural)
                    : (pro == "they" || pro == "their") ? (plural || last == "police" || last == "Police" || last == "people")
                                                        : name;
  if (!fits) return;
  if (possessive) {
    *holder = std::string(main);
    *subject = Possessive(main, rest);
  } else {
    *subject = std::string(main);
  }
}

std::string_view OfPhraseShare(std::string_view s, const Quantity& q) {
  if (!(q.unit == "percent" || q.unit == "fraction" || (q.unit.empty() && q.noun.empty())) || !s.starts_with("Of ") ||
      s.substr(q.end).starts_with(" of "))
    return {};
  const size_t comma = s.find(", ");
  if (comma == std::string_view::npos || comma >= q.begin || comma - 3 > 60) return {};
  // The phrase opens with a determiner or a number ("Of the", "Of its", "Of 1,200"), not an
  // idiom's word nor a superlative's "all the".
  const auto [db, de] = WordAfter(s, 2);
  const std::string_view det = s.substr(db, de - db);
  if ((det == "all" && s.substr(de).starts_with(" the ")) ||
      !(chunk::Classify(det) == chunk::WordClass::kDeterminer || ascii::IsDigit(s[db])))
    return {};
  // Right after the comma (words of approximation between), or opening a clause joined to the
  // first share.
  const auto [jb, je] = WordBefore(s, q.begin);
  const std::string_view joined = s.substr(jb, je - jb);
  bool placed = joined == "and" || joined == "while" || joined == "but" || joined == "whereas";
  if (!placed) {
    placed = true;
    for (std::string_view w : WordsOf(s.substr(comma + 1, q.begin - comma - 1))) placed = placed && IsApproxWord(w);
  }
  const std::string_view np = s.substr(3, comma - 3);
  return placed && np.find_first_of(";:()\"") == std::string_view::npos ? np : std::string_view();
}

void ComparisonTailSubject(std::string* subject) {
  // ("faster than inflation" of 4.6%: inflation.)
  if (const size_t than = subject->find(" than "); than != std::string::npos && subject->find(' ') == than &&
                                                   than + 6 < subject->size() &&
                                                   ((subject->substr(0, than).ends_with("er") && !subject->starts_with("rather ") &&
                                                     !subject->starts_with("Rather ") && !subject->starts_with("other ") &&
                                                     !subject->starts_with("Other ")) ||
                                                    subject->starts_with("more ") || subject->starts_with("less "))) {
    subject->erase(0, than + 6);
    return;
  }
  if (!subject->starts_with("compared with ") && !subject->starts_with("compared to ")) return;
  const std::vector<std::string_view> words = WordsOf(*subject);
  for (size_t k = words.size() - 1; k >= 2; --k)
    if (chunk::Classify(words[k - 1]) == chunk::WordClass::kPreposition) {
      *subject = std::string(std::string_view(*subject).substr(static_cast<size_t>(words[k].data() - subject->data())));
      return;
    }
}

void LonePastSubject(std::string_view s, size_t figure, std::string* subject) {
  if (subject->empty() || subject->find(' ') != std::string::npos || !UnlistedPast(*subject)) return;
  const size_t at = s.rfind(*subject, figure);
  if (at == std::string_view::npos || at == 0) return;
  const auto [ab, ae] = WordBefore(s, at);
  if (ae <= ab || !chunk::IsAuxiliary(s.substr(ab, ae - ab))) return;
  // The phrase before the auxiliary, from the sentence's start, of at most four words, a figure
  // allowed in it ("The 43-year-old").
  std::string_view lead = normalizers::Trim(s.substr(0, ab));
  // (Past an opening word of time: "Yesterday the officer was cleared of 3 charges", "Last year
  // the defendant".)
  for (int n = 0; n < 3; ++n) {
    const auto [fb, fe] = WordAfter(lead, 0);
    const std::string_view first = lead.substr(fb, fe - fb);
    if (!(chunk::Classify(first) == chunk::WordClass::kTime || first == "Last" || first == "Earlier" || first == "this" ||
          first == "This" || first == "Yesterday" || first == "Today" || first == "week" || first == "year" ||
          first == "month"))
      break;
    lead = normalizers::Trim(lead.substr(fe));
  }
  const std::vector<std::string_view> words = WordsOf(lead);
  if (words.empty() || words.size() > 4 || lead.find_first_of(",;:()\"") != std::string_view::npos) return;
  for (std::string_view w : words) {
    const chunk::WordClass k = chunk::Classify(w);
    if (k == chunk::WordClass::kVerb || k == chunk::WordClass::kSubordinator || k == chunk::WordClass::kPreposition ||
        k == chunk::WordClass::kPronoun || UnlistedPast(w))
      return;
  }
  *subject = std::string(lead);
}

void TrailingRelativeSubject(std::string_view s, size_t figure, std::string* subject) {
  // (Cheap first: a comma and a relative word before the figure, none after.)
  if (s.substr(0, figure).find(", wh") == std::string_view::npos) return;
  size_t rel = std::string_view::npos, word = 0;
  bool where = false;
  for (std::string_view r : {", which ", ", who ", ", where "}) {
    const size_t at = s.rfind(r, figure);
    if (at != std::string_view::npos && (rel == std::string_view::npos || at > rel)) {
      rel = at;
      word = r.size();
      where = r == ", where ";
    }
  }
  if (rel == std::string_view::npos || rel + word > figure) return;
  const std::string_view clause = s.substr(rel + word, figure - rel - word);
  if (clause.find_first_of(",;:()\"") != std::string_view::npos) return;
  // Only the main clause's subject, found before the comma, gives way.
  if (!subject->empty()) {
    const size_t at = s.rfind(*subject, figure);
    if (at == std::string_view::npos || at >= rel || at + subject->size() == rel) return;  // (or the antecedent already)
  }
  const std::vector<std::string_view> words = WordsOf(clause);
  // The relative's verb, then at most two words of approximation before the figure.
  size_t verb = words.size();
  for (size_t k = words.size(); k-- > 0;) {
    if (words.size() - k > 3) break;
    if (FollowingVerb(words[k]) || (words[k].size() > 3 && words[k].ends_with("s") && !words[k].ends_with("ss") &&
                                    words[k][0] >= 'a' && words[k][0] <= 'z' && k > 0 && where)) {
      verb = k;
      break;
    }
    if (!IsApproxWord(words[k]) && words[k] != "least" && words[k] != "most") return;
  }
  if (verb == words.size() || (chunk::IsAuxiliary(words[verb]) && verb + 1 < words.size())) return;
  std::string_view np;
  if (where) {  // the clause's own subject, before its verb
    if (verb == 0 || verb > 5) return;
    np = chunk::NounPhraseBefore(s, static_cast<size_t>(words[verb].data() - s.data()), rel + word);
  } else {
    if (verb != 0) return;  // (the verb right after the pronoun: "which destroyed 14 homes")
    np = chunk::NounPhraseBefore(s, rel, 0);
    // ("injured battling the blaze": participles are no part of the antecedent; "14 survivors from
    // the building": nor is a figure's phrase before its last preposition.)
    for (size_t sp = np.find(' '); sp != std::string_view::npos && sp > 3 && np[0] >= 'a' && np[0] <= 'z' &&
                                   (np.substr(0, sp).ends_with("ing") || np.substr(0, sp).ends_with("ed"));
         sp = np.find(' '))
      np.remove_prefix(sp + 1);
    // ("helped by large orders": nor the participle's preposition.)
    while (!np.empty() && np.find(' ') != std::string_view::npos &&
           chunk::Classify(np.substr(0, np.find(' '))) == chunk::WordClass::kPreposition)
      np.remove_prefix(np.find(' ') + 1);
    if (np.find_first_of("0123456789") != std::string_view::npos) {
      const std::vector<std::string_view> nw = WordsOf(np);
      for (size_t k = nw.size(); k-- > 1;)
        if (chunk::Classify(nw[k - 1]) == chunk::WordClass::kPreposition) {
          np = np.substr(static_cast<size_t>(nw[k].data() - np.data()));
          break;
        }
    }
  }
  if (np.empty() || IsPronounPhrase(np) || np.find_first_of("0123456789") != std::string_view::npos) return;
  // (Nor a phrase that ends in a time: "The storm hit the coast on Tuesday, which killed five
  // people" is the storm's, the clause's "which".)
  if (const std::vector<std::string_view> nw = WordsOf(np); !nw.empty() && TimeWord(nw.back())) return;
  *subject = std::string(np);
}

std::vector<std::string> RespectiveSubjects(std::string_view s, std::span<const std::pair<size_t, size_t>> figures,
                                            std::string_view verb) {
  std::vector<std::string_view> parts;
  const size_t n = figures.size();
  if (n < 2 || verb.empty() || figures.back().second > s.size()) return {};
  // "respectively" right after the last figure (its noun between, no other figure).
  const size_t r = s.find("respectively", figures.back().second);
  if (r == std::string_view::npos || r - figures.back().second > 24 ||
      s.substr(figures.back().second, r - figures.back().second).find_first_of("0123456789;:()") != std::string_view::npos)
    return {};
  for (size_t i = 1; i < n; ++i) {
    if (figures[i].first < figures[i - 1].second) return {};
    const std::string_view gap = s.substr(figures[i - 1].second, figures[i].first - figures[i - 1].second);
    if (gap != ", " && gap != " and " && gap != ", and ") return {};
  }
  // The verb right before the first figure (a word of approximation or "by" between at most).
  const size_t vb = s.rfind(std::string(" ") + std::string(verb) + " ", figures.front().first);
  if (vb == std::string_view::npos || vb == 0) return {};
  for (std::string_view w : WordsOf(s.substr(vb + verb.size() + 1, figures.front().first - vb - verb.size() - 1)))
    if (w != "by" && !IsApproxWord(w)) return {};
  // The phrases: split at ", and ", " and ", ", ", from the sentence's start or past an opening
  // phrase's comma ("On Monday, the S&P 500 and the Nasdaq rose"), the first start that gives as many
  // phrases as figures.
  for (size_t from = 0; from < vb; from = s.find(", ", from) == std::string_view::npos ? vb : s.find(", ", from) + 2) {
    parts.clear();
    std::string_view rest = normalizers::Trim(s.substr(from, vb - from));
    while (!rest.empty()) {
      size_t cut = std::string_view::npos, len = 0;
      for (std::string_view sep : {", and ", " and ", ", "})
        if (const size_t at = rest.find(sep); at != std::string_view::npos && (cut == std::string_view::npos || at < cut)) {
          cut = at;
          len = sep.size();
        }
      const std::string_view part = normalizers::Trim(rest.substr(0, cut));
      if (part.empty() || part.find_first_of("\"()") != std::string_view::npos) break;
      parts.push_back(part);
      if (cut == std::string_view::npos) break;
      rest = rest.substr(cut + len);
    }
    if (parts.size() != n) continue;
    // (The first phrase past a clause's opening words: "Oil fell, and gold", "while silver",
    // "Analysts said Apple", "with the Dow".)
    const size_t first_end = static_cast<size_t>(parts[0].data() - s.data()) + parts[0].size();
    const std::string_view own = chunk::NounPhraseBefore(s, first_end, from);
    if (own.empty()) return {};
    parts[0] = own;
    std::vector<std::string> subjects(parts.begin(), parts.end());
    // (A possessive shares the last phrase's head: "Germany's and France's economies".)
    const size_t head = parts.back().rfind(' ');
    for (size_t k = 0; k + 1 < n && head != std::string_view::npos; ++k)
      if (parts[k].find(' ') == std::string_view::npos && (parts[k].ends_with("'s") || parts[k].ends_with("\xE2\x80\x99s")))
        subjects[k] += parts.back().substr(head);
    return subjects;
  }
  return {};
}

void RelativeAsideSubject(std::string_view s, size_t figure, std::string* subject) {
  if (s.find(", which ") == std::string_view::npos && s.find(", who ") == std::string_view::npos &&
      s.find(", that ") == std::string_view::npos)
    return;
  const size_t at = subject->empty() ? std::string_view::npos : s.rfind(*subject, figure);
  if (at == std::string_view::npos) return;
  // (The figure inside the aside, its subject the relative's verb alone: "The candidate, who trails
  // by 6 points in the polls," is the candidate.)
  // (Or the verb and its object, before the figure: "Manchester City, who beat Fulham 5-1, stayed" was
  // "beat Fulham".)
  const std::string_view verb = std::string_view(*subject).substr(0, subject->find(' '));
  for (std::string_view rel : {", who ", ", which "})
    if (at >= rel.size() && s.substr(at - rel.size(), rel.size()) == rel &&
        (subject->find(' ') == std::string::npos || at + subject->size() <= figure) &&
        (chunk::Classify(verb) == chunk::WordClass::kVerb || UnlistedPast(verb) ||
         (verb.size() > 3 && verb.ends_with("s") && verb[0] >= 'a' && verb[0] <= 'z'))) {
      const std::string_view np = chunk::NounPhraseBefore(s, at - rel.size(), 0);
      if (!np.empty() && !IsPronounPhrase(np) && np.find_first_of("0123456789;:()\"") == std::string_view::npos)
        *subject = std::string(np);
      return;
    }
  for (std::string_view rel : {", which ", ", who ", ", that "}) {
    const size_t open = s.rfind(rel, at);
    if (open == std::string_view::npos) continue;
    const size_t close = s.find(", ", open + rel.size());
    // (The aside closes after the subject and before the figure, and a verb follows it; or the
    // subject opens with that verb: "The bill, which would cost $1.2 trillion, passed the House
    // 220-212" was "passed the House".)
    if (close == std::string_view::npos || close > figure || (close < at + subject->size() && at != close + 2))
      return;
    const auto [vb, ve] = WordAfter(s, close + 1);
    const std::string_view verb = s.substr(vb, ve - vb);
    // (A verb in the present's -s the lists lack, where the subject opens with it: "The suspect, who
    // was arrested on Friday, faces up to 20 years".)
    const bool present = at == close + 2 && verb.size() > 3 && verb.ends_with("s") && !verb.ends_with("ss") &&
                         verb[0] >= 'a' && verb[0] <= 'z';
    if (!(FollowingVerb(verb) || present))
      return;
    // The antecedent: the phrase before the comma, or the words from the clause's start to it
    // (eight at most, no verb): "Shipments of cars to the United States".
    std::string_view np = chunk::NounPhraseBefore(s, open, 0);
    if (np.empty()) {
      const size_t from = s.rfind(", ", open == 0 ? 0 : open - 1);
      np = normalizers::Trim(s.substr(from == std::string_view::npos || from >= open ? 0 : from + 2,
                                      open - (from == std::string_view::npos || from >= open ? 0 : from + 2)));
      const std::vector<std::string_view> words = WordsOf(np);
      bool ok = !words.empty() && words.size() <= 8 &&
                (chunk::Classify(words[0]) == chunk::WordClass::kDeterminer || (words[0][0] >= 'A' && words[0][0] <= 'Z'));
      for (std::string_view w : words)  // (names' words may look like verbs: "the United States")
        ok = ok && (w[0] < 'a' || w[0] > 'z' ||
                    (chunk::Classify(w) != chunk::WordClass::kVerb && chunk::Classify(w) != chunk::WordClass::kSubordinator &&
                     !UnlistedPast(w) && chunk::MoveWords().Find(w) == nullptr));
      if (!ok) return;
    }
    if (!np.empty() && !IsPronounPhrase(np) && np.find_first_of("0123456789;:()\"") == std::string_view::npos)
      *subject = std::string(np);
    return;
  }
}

size_t ClauseVerbSubject(std::string_view s, const Quantity& q, std::string* subject) {
  const size_t figure = q.begin;
  // Back from the figure over words of approximation to the verb.
  size_t at = figure;
  std::pair<size_t, size_t> w = WordBefore(s, at);
  for (int n = 0; n < 3 && w.second > w.first && IsApproxWord(s.substr(w.first, w.second - w.first)); ++n) {
    at = w.first;
    w = WordBefore(s, at);
  }
  const std::string_view verb = s.substr(w.first, w.second - w.first);
  if (verb.size() < 4 || verb[0] < 'a' || verb[0] > 'z' || !verb.ends_with("s") || verb.ends_with("ss") ||
      (chunk::Classify(verb) != chunk::WordClass::kContent && chunk::Classify(verb) != chunk::WordClass::kVerb))
    return std::string_view::npos;
  // (Not a verb of reporting or forecasting, whose object's figure is another's: "the central bank
  // forecasts 2% inflation"; nor a share "of" what follows: "the state produces 15% of US corn".)
  static const auto* sourcing = new ascii::WordMap<bool>(
      {{"forecasts", true}, {"expects", true}, {"sees", true}, {"estimates", true}, {"predicts", true},
       {"says", true}, {"claims", true}, {"projects", true}, {"reports", true}, {"believes", true},
       {"thinks", true}, {"assumes", true}, {"puts", true}, {"warns", true}},
      /*lower=*/false);
  if (sourcing->Find(verb) != nullptr || IsReportingVerb(verb)) return std::string_view::npos;
  if ((q.unit == "percent" || q.unit == "fraction") && s.substr(q.end).starts_with(" of ")) return std::string_view::npos;
  const std::string_view np = chunk::NounPhraseBefore(s, w.first, 0);
  // (A possessive's plural is no verb: "and the firm's revenues 6%".)
  if (np.empty() || IsPronounPhrase(np) || np.find_first_of("0123456789,;:()\"") != std::string_view::npos ||
      np.ends_with("'s") || np.ends_with("s'") || np.ends_with("\xE2\x80\x99s"))
    return std::string_view::npos;
  const size_t np_at = static_cast<size_t>(np.data() - s.data());
  const std::string_view lead = s.substr(0, np_at);
  if (!(lead.ends_with(", and ") || lead.ends_with(", but ") || lead.ends_with("; ") || lead.ends_with(", while ")))
    return std::string_view::npos;
  const chunk::WordClass first = chunk::Classify(np.substr(0, np.find(' ')));
  if (first != chunk::WordClass::kDeterminer && !(np[0] >= 'A' && np[0] <= 'Z')) return std::string_view::npos;
  const size_t sub_at = subject->empty() ? std::string_view::npos : s.rfind(*subject, figure);
  if (sub_at != std::string_view::npos && sub_at >= np_at) return std::string_view::npos;  // (the clause's own already)
  *subject = std::string(np);
  return np_at;
}

void OnShareSubject(std::string_view s, const Quantity& q, std::string* subject) {
  if (q.unit != "percent" || s.substr(q.end).starts_with(" of ")) return;
  const auto [ob, oe] = WordBefore(s, q.begin);
  if (oe <= ob || s.substr(ob, oe - ob) != "on") return;
  // The words back to a preposition or a comma ("ahead of the Social Democrats", "with Reform UK").
  size_t b = ob;
  for (int n = 0; n < 6; ++n) {
    const auto [wb, we] = WordBefore(s, b);
    if (we <= wb || s[we - 1] == ',' || chunk::Classify(s.substr(wb, we - wb)) == chunk::WordClass::kPreposition) break;
    b = wb;
  }
  const std::string_view np = normalizers::Trim(s.substr(b, ob - b));
  const std::vector<std::string_view> words = WordsOf(np);
  if (words.empty() || words.size() > 5 || IsPronounPhrase(np) || np.find_first_of("0123456789,;:()\"") != std::string_view::npos)
    return;
  if (chunk::Classify(words[0]) != chunk::WordClass::kDeterminer && !(words[0][0] >= 'A' && words[0][0] <= 'Z')) return;
  // (No verb: a listed one, a past, or a small word in -s after a noun, "The country depends on".)
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string_view w = words[k];
    if (w[0] >= 'a' && (chunk::Classify(w) == chunk::WordClass::kVerb || UnlistedPast(w))) return;
    if (k > 0 && w[0] >= 'a' && w[0] <= 'z' && w.ends_with("s") && chunk::Classify(words[k - 1]) != chunk::WordClass::kDeterminer)
      return;
  }
  *subject = std::string(np);
}

void VerbObjectMeasureSubject(std::string_view s, size_t figure, size_t figure_end, std::string* subject,
                              std::string* holder) {
  const size_t at = PhraseEndingBefore(s, *subject, figure, 3);
  if (at == std::string_view::npos || at + subject->size() > figure) return;
  const std::vector<std::string_view> gap = WordsOf(s.substr(at + subject->size(), figure - at - subject->size()));
  if (gap.empty() || gap[0] != "of") return;
  for (size_t k = 1; k < gap.size(); ++k)
    if (!IsApproxWord(gap[k])) return;
  const std::vector<std::string_view> words = WordsOf(*subject);
  // "<phrase> <verb> <determiner> <one or two words>": the verb a past or one of the lists', not
  // one of finding or forecasting.
  if (words.size() < 4) return;
  const size_t det = words.size() - (words.size() >= 5 && chunk::Classify(words[words.size() - 3]) == chunk::WordClass::kDeterminer ? 3 : 2);
  if (chunk::Classify(words[det]) != chunk::WordClass::kDeterminer || det < 2) return;
  const std::string_view verb = words[det - 1];
  if (verb[0] < 'a' || verb[0] > 'z' || !(UnlistedPast(verb) || chunk::Classify(verb) == chunk::WordClass::kVerb)) return;
  // (Nor one whose object is another's: "ordered a payment of $2 million", "rejected an offer of 4%",
  // "detected a signal of 1.4 GHz"; nor a figure a party follows: "a fine of €1.8 billion on Apple".)
  static const auto* finding = new ascii::WordMap<bool>(
      {{"found", true}, {"finds", true}, {"showed", true}, {"shows", true}, {"suggested", true}, {"suggests", true},
       {"estimated", true}, {"estimates", true}, {"forecast", true}, {"forecasts", true}, {"predicted", true},
       {"predicts", true}, {"expects", true}, {"expected", true}, {"saw", true}, {"sees", true}, {"ordered", true},
       {"awarded", true}, {"rejected", true}, {"denied", true}, {"demanded", true}, {"detected", true},
       {"observed", true}, {"discovered", true}, {"treated", true}, {"heard", true}, {"proposed", true},
       {"sought", true}, {"requested", true}, {"offered", true}},
      /*lower=*/false);
  if (finding->Find(verb) != nullptr) return;
  const std::string_view rest = s.substr(figure_end);
  for (std::string_view p : {" to ", " on ", " from ", " against "})
    if (rest.starts_with(p)) return;
  for (size_t k = det + 1; k < words.size(); ++k) {
    const chunk::WordClass c = chunk::Classify(words[k]);
    if (words[k][0] < 'a' || words[k][0] > 'z' || c == chunk::WordClass::kPreposition || c == chunk::WordClass::kPronoun ||
        c == chunk::WordClass::kDeterminer || UnlistedPast(words[k]) || Bare(words[k]) != words[k])
      return;
  }
  const std::string_view head = std::string_view(*subject).substr(0, static_cast<size_t>(verb.data() - subject->data()) - 1);
  if (head.empty() || IsPronounPhrase(head) || head.find_first_of("0123456789,;:()\"") != std::string_view::npos) return;
  for (std::string_view w : WordsOf(head)) {
    const chunk::WordClass c = chunk::Classify(w);
    if (w[0] >= 'a' && (c == chunk::WordClass::kVerb || c == chunk::WordClass::kSubordinator || UnlistedPast(w))) return;
  }
  const std::string_view measure = std::string_view(*subject).substr(static_cast<size_t>(words[det].data() - subject->data()));
  *holder = std::string(head);
  *subject = Possessive(head, measure);
}

void GivenMeasureSubject(std::string_view s, size_t figure, std::string* subject, std::string* holder,
                         std::string* direction, std::string* verb) {
  std::string_view given_to;
  const std::string_view given = GivenMeasure(s, figure, &given_to);
  if (given.empty()) return;
  const std::string_view head = given.substr(given.rfind(' ') == std::string_view::npos ? 0 : given.rfind(' ') + 1);
  bool increase = false;
  if (chunk::MovementNoun(head, &increase)) {
    *direction = increase ? "increase" : "decrease";
    *verb = std::string(head);
  } else {
    direction->clear();
    verb->clear();
  }
  // (Whose: the object given it, or, for a pronoun, the clause's subject: "The stock jumped 8%,
  // giving it a gain of 20%" is the stock's gain.)
  std::string whose(given_to);
  if (IsPronounPhrase(given_to)) {
    // (The sentence's subject, when its clause names no other party before the comma: "The stock
    // jumped 8%, giving it", not "The ruling went against Exxon, leaving it".)
    whose.clear();
    const std::string_view main = MainSubject(s);
    const size_t main_end = static_cast<size_t>(main.data() - s.data()) + main.size();
    const size_t comma = s.rfind(", ", figure);
    if (!main.empty() && main.data() == s.data() && !IsPronounPhrase(main) && comma != std::string_view::npos &&
        comma > main_end) {
      bool other = false;
      for (std::string_view w : WordsOf(s.substr(main_end, comma - main_end)))
        other = other || (w[0] >= 'A' && w[0] <= 'Z') || chunk::Classify(w) == chunk::WordClass::kDeterminer;
      if (!other) whose = std::string(main);
    }
  }
  holder->clear();
  *subject = std::string(given);
  const size_t sp = given.find(' ');
  const std::string_view first = given.substr(0, sp);
  if (!whose.empty() && whose.find_first_of("0123456789,") == std::string::npos) {
    *subject = Possessive(whose, sp != std::string_view::npos && (first == "a" || first == "an") ? given.substr(sp + 1) : given);
    *holder = std::move(whose);
  }
}

// Whether `object` is a verb's plain object: a name or a noun phrase, no pronoun, figure,
// punctuation, preposition, "to", verb or participle in -ing ("the bank", "global growth"; not
// "the Fed will hold rates", "the unemployment rate to hold", "further strengthening to trade").
bool PlainObject(std::string_view object) {
  if (object.empty() || object.size() > 60 || object.find_first_of("0123456789,;:()\"") != std::string_view::npos ||
      IsPronounPhrase(object))
    return false;
  for (std::string_view w : WordsOf(object)) {
    const chunk::WordClass c = chunk::Classify(w);
    if (c == chunk::WordClass::kPreposition || c == chunk::WordClass::kVerb || c == chunk::WordClass::kPronoun ||
        c == chunk::WordClass::kSubordinator || w == "to" || chunk::IsAuxiliary(w) || (w.size() > 5 && w.ends_with("ing")) ||
        (w[0] >= 'a' && w[0] <= 'z' && (UnlistedPast(w) || chunk::IrregularPast(w))))
      return false;
  }
  return true;
}

// The word before `figure` past words of approximation ("at" is none here), as [b, e); {0, 0}
// when none within three.
std::pair<size_t, size_t> GoverningWordBefore(std::string_view s, size_t figure) {
  return WordBeforePast(s, figure, 0, [](std::string_view w) { return IsApproxWord(w) && w != "at"; });
}

// The verb `is_verb` accepts within seven words before byte `end`, as [*vb, *ve), and its plain
// object between it and `end` (PlainObject); empty when none, or when the verb ends right at `end`.
template <class IsVerb>
std::string_view VerbAndObjectBefore(std::string_view s, size_t end, IsVerb is_verb, size_t* vb, size_t* ve) {
  size_t cur = end;
  for (int n = 0; n < 7; ++n) {
    const auto [wb, we] = WordBefore(s, cur);
    if (we <= wb || !ascii::IsAlpha(s[we - 1])) return {};
    if (is_verb(s.substr(wb, we - wb))) {
      if (n == 0) return {};
      *vb = wb;
      *ve = we;
      return normalizers::Trim(s.substr(we, end - we));
    }
    cur = wb;
  }
  return {};
}

void PenaltyOrBuybackSubject(std::string_view s, size_t figure, std::string* subject, std::string* holder) {
  const auto [lb, le] = GoverningWordBefore(s, figure);
  if (le <= lb) return;
  const size_t at = le;  // (the object ends with that word)
  const std::string_view last = s.substr(lb, le - lb);
  if (last == "back") {  // "buy back", "bought back", "buying back", "buys back"
    const auto [vb, ve] = WordBefore(s, lb);
    const std::string_view v = s.substr(vb, ve - vb);
    // (Only for the shares' phrase the figure buys: "of shares", "of stock".)
    if (!(v == "buy" || v == "buys" || v == "bought" || v == "buying") || holder->empty() ||
        !(*subject == Possessive(*holder, "shares") || *subject == Possessive(*holder, "stock") ||
          *subject == Possessive(*holder, "its shares") || *subject == Possessive(*holder, "its stock")))
      return;
    *subject = Possessive(*holder, "share buyback");
    return;
  }
  // "fined Apple": the verb within seven words before, its object between (a name or a
  // determiner's phrase, no pronoun, figure or punctuation).
  size_t vb = 0, ve = 0;
  std::string_view object = VerbAndObjectBefore(
      s, at, [](std::string_view w) { return w == "fined" || w == "fines" || w == "fine" || w == "fining"; }, &vb, &ve);
  if (object.empty()) return;
  // (Past the words before the sum: "fined Thames Water a further 104 million pounds", "an
  // additional $25 million".)
  static const auto* before_sum = new ascii::WordMap<bool>(
      {{"a", true}, {"an", true}, {"further", true}, {"additional", true}, {"extra", true}, {"combined", true},
       {"record", true}, {"total", true}, {"another", true}, {"of", true}, {"whopping", true}},
      /*lower=*/false);
  for (size_t sp = object.rfind(' '); sp != std::string_view::npos && before_sum->Find(object.substr(sp + 1)) != nullptr;
       sp = object.rfind(' '))
    object = object.substr(0, sp);
  if (!PlainObject(object)) return;
  // (Not "a fine" itself nor "a scale of fines"; the verb after a subject, a modal or "to", and the
  // base form only after a modal or "to": not "fine wine", "looked fine".)
  const auto [pb, pe] = WordBefore(s, vb);
  const std::string_view p = s.substr(pb, pe - pb);
  const chunk::WordClass pc = chunk::Classify(p);
  if (pe > pb && (pc == chunk::WordClass::kDeterminer || pc == chunk::WordClass::kPreposition)) return;
  if (s.substr(vb, ve - vb) == "fine" && !(p == "to" || chunk::IsAuxiliary(p))) return;
  *holder = std::string(object);
  *subject = Possessive(object, "fine");
}

void SeenObjectSubject(std::string_view s, size_t figure, std::string* subject, std::string* holder) {
  const auto [lb, le] = GoverningWordBefore(s, figure);
  static const auto* reaching = new ascii::WordMap<bool>(
      {{"averaging", true}, {"at", true}, {"hitting", true}, {"reaching", true}, {"topping", true},
       {"ending", true}, {"peaking", true}, {"near", true}, {"around", true}},
      /*lower=*/false);
  if (le <= lb || reaching->Find(s.substr(lb, le - lb)) == nullptr) return;
  static const auto* seeing = new ascii::WordMap<bool>(
      {{"sees", true}, {"see", true}, {"saw", true}, {"seeing", true}, {"expects", true}, {"expect", true},
       {"expected", true}, {"forecasts", true}, {"forecast", true}, {"predicts", true}, {"predict", true},
       {"predicted", true}, {"projects", true}, {"projected", true}, {"put", true}, {"puts", true}},
      /*lower=*/false);
  // The object: at most six words after the verb, no punctuation, figure or pronoun.
  size_t vb = 0, ve = 0;
  const std::string_view object =
      VerbAndObjectBefore(s, lb, [](std::string_view w) { return seeing->Find(w) != nullptr; }, &vb, &ve);
  if (!PlainObject(object)) return;
  *subject = std::string(object);
  holder->clear();
}

void LeftWithSubject(std::string_view s, size_t figure, std::string* subject, std::string* holder) {
  const auto [lb, le] = GoverningWordBefore(s, figure);
  if (le <= lb || s.substr(lb, le - lb) != "with") return;
  size_t vb = 0, ve = 0;
  const std::string_view object = VerbAndObjectBefore(s, lb, [](std::string_view w) { return w == "leaving"; }, &vb, &ve);
  // (Only a participle's clause after a comma: not "was seen leaving the hospital with $5,000".)
  if (!PlainObject(object) || vb < 2 || s.substr(vb - 2, 2) != ", ") return;
  *subject = std::string(object);
  holder->clear();
}

void PossessorFigureSubject(std::string_view s, const Quantity& q, std::string* subject, std::string* holder) {
  const auto [pb, pe] = WordBefore(s, q.begin);
  if (pe <= pb || pe + 1 != q.begin) return;
  std::string_view last = s.substr(pb, pe - pb);
  if (!(last.ends_with("'s") || last.ends_with("\xE2\x80\x99s") || (last.size() > 2 && last.ends_with("s'"))) ||
      last.size() < 4)
    return;
  // The possessor: capitalized words back from it, or a determiner and at most two words.
  size_t begin = pb;
  const bool name = last[0] >= 'A' && last[0] <= 'Z';
  for (int n = 0; n < 4; ++n) {
    const auto [wb, we] = WordBefore(s, begin);
    if (we <= wb || we + 1 != begin) break;
    const std::string_view w = s.substr(wb, we - wb);
    if (!ascii::IsAlpha(w.back()) && w.back() != '.') break;
    if (name) {
      if (!(w[0] >= 'A' && w[0] <= 'Z') || chunk::Classify(w) == chunk::WordClass::kDeterminer) break;
      begin = wb;
    } else {
      begin = wb;
      if (chunk::Classify(w) == chunk::WordClass::kDeterminer) break;
      if (n == 2) return;
    }
  }
  // (Not an appositive's description: "Nvidia, the world's $3 trillion chipmaker", "Exxon,
  // America's $450 billion oil giant".)
  if (begin >= 2 && s.substr(begin - 2, 2) == ", ") return;
  const std::string_view owner_words = s.substr(begin, pe - begin);
  const size_t apos = owner_words.ends_with("s'") ? owner_words.size() - 1
                      : owner_words.ends_with("'s") ? owner_words.size() - 2
                                                     : owner_words.size() - 4;
  const std::string_view owner = owner_words.substr(0, apos);
  // (Digits only as an index's name: "the S&P 500's 9% rise", "The FTSE 100's".)
  const bool index_name = [&] {
    const size_t sp = owner.rfind(' ');
    if (sp == std::string_view::npos || sp == 0) return false;
    const std::string_view num = owner.substr(sp + 1);
    const size_t before = owner.rfind(' ', sp - 1);
    const std::string_view name = owner.substr(before == std::string_view::npos ? 0 : before + 1, sp - (before == std::string_view::npos ? 0 : before + 1));
    return !num.empty() && std::all_of(num.begin(), num.end(), [](char c) { return ascii::IsDigit(c); }) && !name.empty() &&
           name[0] >= 'A' && name[0] <= 'Z' &&
           owner.substr(0, sp).find_first_of("0123456789") == std::string_view::npos;
  }();
  if (owner.empty() || IsPronounPhrase(owner) || owner.find_first_of(",;:()\"") != std::string_view::npos ||
      (!index_name && owner.find_first_of("0123456789") != std::string_view::npos))
    return;
  // (Not a contraction's "That's", "It's", nor a time's possessive: "last season's 10 wins",
  // "Thursday's 8-2 win".)
  {
    const std::string_view head = owner.substr(owner.rfind(' ') == std::string_view::npos ? 0 : owner.rfind(' ') + 1);
    static const auto* not_owner = new ascii::WordMap<bool>(
        {{"that", true}, {"it", true}, {"what", true}, {"there", true}, {"here", true}, {"he", true}, {"she", true},
         {"who", true}, {"this", true}, {"let", true}, {"season", true}, {"year", true}, {"week", true},
         {"month", true}, {"quarter", true}, {"day", true}, {"night", true}, {"weekend", true}, {"today", true},
         {"yesterday", true}, {"tomorrow", true}, {"tonight", true}, {"decade", true}, {"century", true},
         {"summer", true}, {"winter", true}, {"spring", true}, {"autumn", true}, {"men", true}, {"women", true},
         {"boys", true}, {"girls", true}},
        /*lower=*/true);
    if (not_owner->Find(head) != nullptr || chunk::Classify(head) == chunk::WordClass::kTime || TimeWord(head)) return;
  }
  // The noun after the figure (past a money unit's own words, which the figure holds).
  std::vector<std::string_view> noun;
  size_t at = q.end;
  for (int n = 0; n < 3; ++n) {
    const auto [wb, we] = WordAfter(s, at);
    if (we <= wb || wb != at + 1) break;
    std::string_view w = s.substr(wb, we - wb);
    const bool closes = w.size() > 1 && (w.back() == '.' || w.back() == ',' || w.back() == ';');
    if (closes) w.remove_suffix(1);
    if (!std::all_of(w.begin(), w.end(), [](char c) { return ascii::IsAlpha(c) || c == '-'; }) || w[0] < 'a' || w[0] > 'z')
      break;
    const chunk::WordClass c = chunk::Classify(w);
    if (c == chunk::WordClass::kDeterminer || c == chunk::WordClass::kPreposition || c == chunk::WordClass::kPronoun ||
        c == chunk::WordClass::kConjunction || c == chunk::WordClass::kSubordinator || c == chunk::WordClass::kTime ||
        chunk::IsAuxiliary(w) || (n > 0 && (UnlistedPast(w) || chunk::IrregularPast(w) || c == chunk::WordClass::kVerb)) ||
        w.ends_with("ly"))
      break;
    noun.push_back(w);
    at = we;
    // (A plural ends it: "the country's 10 million people live".)
    if (closes || (we < s.size() && s[we] != ' ') || (w.size() > 3 && w.ends_with("s") && !w.ends_with("ss"))) break;
  }
  // (A count's noun is what it counts: "the country's 10 million people live".)
  if (q.unit == "count" && !q.noun.empty()) {
    const size_t words = 1 + static_cast<size_t>(std::count(q.noun.begin(), q.noun.end(), ' '));
    if (noun.size() > words) noun.resize(words);
  }
  if (noun.empty()) return;
  // (A movement's noun ends it: "20% revenue growth" is the revenue's.)
  bool up = false;
  if (q.unit == "percent" || q.unit == "pp") {
    if (!chunk::MovementNoun(noun.back(), &up)) return;
    // (A lone movement's noun moved the possessor itself: "the S&P 500's 9% rise"; not one with
    // what moved after it, "Apple's 10% rise in sales".)
    if (noun.size() == 1) {
      const size_t ne = static_cast<size_t>(noun.back().data() - s.data()) + noun.back().size();
      const auto [wb, we] = WordAfter(s, ne);
      const std::string_view next = s.substr(wb, we - wb);
      if (we > wb && ne < s.size() && s[ne] == ' ' &&
          (chunk::Classify(next) == chunk::WordClass::kPreposition || (next[0] >= 'a' && next[0] <= 'z')))
        return;
      *subject = std::string(owner);
      holder->clear();
      return;
    }
    noun.pop_back();
  }
  const size_t nb = static_cast<size_t>(noun.front().data() - s.data());
  const size_t ne = static_cast<size_t>(noun.back().data() - s.data()) + noun.back().size();
  *holder = std::string(owner);
  *subject = Possessive(owner, s.substr(nb, ne - nb));
}

void ForecastSubject(std::string_view s, const Quantity& q, const std::string* prev_subject,
                     const std::string* prev_holder, std::string* subject, std::string* holder,
                     std::string* direction, std::string* verb) {
  if (chunk::ForecastersExpected(s, q.begin, q.end) == 0) return;
  // (A movement's noun keeps its direction: "the 0.7% decline economists had expected".)
  const auto [mb, me] = WordAfter(s, q.end);
  bool increase = false;
  const bool moved = chunk::MovementNoun(s.substr(mb, me - mb), &increase);
  if (prev_subject != nullptr) {
    *subject = *prev_subject;
    *holder = *prev_holder;
  } else {
    // (Only before a verb of comparing: "topped", "beating"; "fewer than the" keeps its own.)
    const auto [tb, te] = WordBefore(s, q.begin);
    const auto [vb, ve] = WordBefore(s, tb);
    const std::string_view compare = s.substr(vb, ve - vb);
    const std::string_view np = UnlistedPast(compare) || compare.ends_with("ing") || compare == "beat"
                                    ? chunk::NounPhraseBefore(s, vb, 0)
                                    : std::string_view();
    if (!np.empty() && !IsPronounPhrase(np)) {
      *subject = std::string(np);
      holder->clear();
    }
  }
  if (!moved) {
    direction->clear();
    verb->clear();
  }
}

bool GrownShare(std::string_view s, const Quantity& q, std::string_view verb) {
  if (!(verb == "grows" || verb == "grow" || verb == "grew" || verb == "grown") ||
      !(q.unit == "percent" || q.unit == "fraction") || !s.substr(q.end).starts_with(" of "))
    return false;
  const auto [ob, oe] = WordAfter(s, q.end + 4);
  const std::string_view of = s.substr(ob, oe - ob);
  if (of.empty() || of == "which" || of == "late" || of == "GDP" || of == "total" || of == "its" ||
      (of[0] >= 'a' && of[0] <= 'z' && of != "the" && of != "their" && of != "all" && of != "global" &&
       of != "world" && of != "a"))
    return false;
  size_t at = q.begin;
  for (int n = 0; n < 4; ++n) {
    const auto [wb, we] = WordBefore(s, at);
    if (we <= wb) return false;
    const std::string_view w = s.substr(wb, we - wb);
    if (w == verb) return true;
    if (!IsApproxWord(w) || w == "to" || w == "by" || w == "from") return false;
    at = wb;
  }
  return false;
}

bool SpanOfTime(std::string_view s, const Quantity& q) {
  if (!((q.unit == "count" && TimeNoun(q.noun)) || q.unit == "hour" || q.unit == "minute" || q.unit == "second"))
    return false;
  size_t at = q.begin;
  for (int n = 0; n < 5; ++n) {
    const auto [wb, we] = WordBefore(s, at);
    if (we <= wb) return false;
    const std::string_view w = s.substr(wb, we - wb);
    if (w == "in" || w == "for" || w == "over" || w == "after" || w == "within" || w == "during" || w == "across" ||
        w == "of")
      return true;
    if (!(w == "the" || w == "past" || w == "last" || w == "next" || w == "first" || w == "previous" ||
          w == "recent" || w == "coming" || IsApproxWord(w)))
      return false;
    at = wb;
  }
  return false;
}

std::string_view PartitiveThemSubject(std::string_view s, std::span<const Quantity> before) {
  for (size_t j = before.size(); j-- > 0;) {
    const Quantity& g = before[j];
    const auto [pb, pe] = WordBefore(s, g.begin);
    // (Only a count whose noun the text writes after it: not one lent a noun, "40 more than in 2024".)
    if (g.unit != "count" || g.noun.empty() || g.end + 1 + g.noun.size() > s.size() ||
        !ascii::EqualsLower(s.substr(g.end + 1, g.noun.size()), g.noun) ||
        (pe > pb && chunk::Classify(s.substr(pb, pe - pb)) == chunk::WordClass::kPreposition))
      continue;
    return s.substr(g.begin, g.end + 1 + g.noun.size() - g.begin);
  }
  return {};
}

void RunOnFigureSubject(std::string_view s, size_t figure, size_t prev_begin, size_t prev_end,
                        std::string_view prev_subject, std::string_view prev_holder, std::string* subject,
                        std::string* holder) {
  if (subject->empty() || prev_end > figure) return;
  // (The subject's words in the sentence, or its holder's for a possessive built from them:
  // "Monday after the company's forecast".)
  size_t at = s.rfind(*subject, figure);
  size_t size = subject->size();
  if (at == std::string_view::npos && !holder->empty() && subject->starts_with(*holder)) {
    at = s.rfind(*holder, figure);
    size = holder->size();
  }
  if (at == std::string_view::npos || at + size > figure || at + size < prev_end) return;
  // (A clause a subordinator opens after the figure before has its own subject, the subject found
  // running on from that figure, its words or the word or two after it: "Trading was halted for 2
  // hours after shares fell 10%" (shares), "raised its forecast to $12 a share after profit jumped
  // 30%" (profit), "fell 5% on Monday after the company cut its forecast by 10%".)
  const size_t from = std::max(at, prev_end);
  const std::string_view lead = s.substr(prev_end, from - prev_end);
  if (WordsOf(lead).size() <= 2 && lead.find_first_of(",;:()") == std::string_view::npos) {
    for (std::string_view w : WordsOf(s.substr(from, at + size - from)))
      if (chunk::Classify(w) == chunk::WordClass::kSubordinator || w == "after" || w == "before" || w == "since" ||
          w == "until" || w == "as") {
        const size_t cut = static_cast<size_t>(w.data() + w.size() - s.data()) - at + 1;  // past the word and its space
        if (cut >= size) return;
        const std::string own = subject->substr(cut);
        // (A phrase, not a relative's verb: "died in heat that reached 45C".)
        const std::string_view first = std::string_view(own).substr(0, own.find(' '));
        if (IsPronounPhrase(own) || w == "that" || chunk::Classify(first) == chunk::WordClass::kVerb || UnlistedPast(first) ||
            chunk::IsAuxiliary(first))
          return;
        *subject = own;
        if (holder->size() > cut && s.substr(at, cut) == std::string_view(*holder).substr(0, cut))
          holder->erase(0, cut);
        else
          holder->clear();
        return;
      }
  }
  if (prev_subject.empty() || at > prev_begin || size != subject->size()) return;
  // (A verb of its own before the figure it holds: "The index ended the week 2.3%", not "The
  // 43-year-old" or "half of the 2,000 adults".)
  bool verb = false;
  for (std::string_view w : WordsOf(s.substr(at, prev_begin - at)))
    verb = verb || (w[0] >= 'a' && w[0] <= 'z' && (chunk::Classify(w) == chunk::WordClass::kVerb || UnlistedPast(w)));
  if (!verb) return;
  *subject = std::string(prev_subject);
  *holder = std::string(prev_holder);
}

void DrivenObjectSubject(std::string_view s, const Quantity& q, bool level_noun, std::string* subject) {
  if (subject->empty()) return;
  // Back from the figure over words of approximation or of record to "to": "to a record", "to a
  // new high of", "to an all-time high of".
  size_t at = q.begin, to = std::string_view::npos;
  for (int n = 0; n < 6; ++n) {
    const auto [wb, we] = WordBefore(s, at);
    if (we <= wb) return;
    const std::string_view w = s.substr(wb, we - wb);
    if (w == "to") {
      to = wb;
      break;
    }
    if (!(IsApproxWord(w) || w == "new" || w == "all-time" || w == "high" || w == "low" || w == "of" || w == "fresh" ||
          w == "peak") ||
        w == "up")
      return;
    at = wb;
  }
  if (to == std::string_view::npos) return;
  static const auto* kDrive = new ascii::WordMap<bool>(
      {{"pushed", true}, {"sent", true}, {"drove", true}, {"took", true}, {"lifted", true}, {"brought", true},
       {"pulled", true}, {"dragged", true}, {"knocked", true}, {"propelled", true}, {"carried", true},
       {"pushing", true}, {"sending", true}, {"driving", true}, {"taking", true}, {"lifting", true},
       {"bringing", true}, {"pulling", true}, {"dragging", true}, {"knocking", true}, {"propelling", true},
       {"carrying", true}, {"pushes", true}, {"sends", true}, {"drives", true}, {"takes", true}, {"lifts", true},
       {"brings", true}, {"carries", true}, {"propels", true}, {"pulls", true}, {"drags", true}, {"knocks", true}},
      /*lower=*/false);
  // The object back from "to" to the verb: five words at most, no verb, clause mark or figure.
  size_t from = to;
  for (int n = 0; n < 6; ++n) {
    const auto [wb, we] = WordBefore(s, from);
    if (we <= wb) return;
    const std::string_view w = s.substr(wb, we - wb);
    if (kDrive->Find(w) != nullptr) {
      if (n == 0) return;
      std::string_view object = normalizers::Trim(s.substr(we, to - we));
      // (A particle is the verb's: "sent the stock up to $45".)
      for (std::string_view particle : {" up", " down", " back", " higher", " lower"})
        if (object.ends_with(particle)) object.remove_suffix(particle.size());
      // (A count of its own noun is what the object goes to, "The charity sent food to 20,000
      // families", unless a level is counted in it ("dragged the index to 4,100 points") or the
      // object is a tally ("brought the death toll to 34 people").)
      if (q.unit == "count" && !q.noun.empty() && !level_noun) {
        const std::string_view head = object.substr(object.rfind(' ') == std::string_view::npos ? 0 : object.rfind(' ') + 1);
        if (!(head == "total" || head == "toll" || head == "tally" || head == "number" || head == "count" ||
              head == "headcount" || head == "workforce" || head == "majority" || head == "lead"))
          return;
      }
      if (IsPronounPhrase(object) || object.find_first_of(",;:()\"") != std::string_view::npos) return;
      // (A number only in a name: "the S&P 500", "the FTSE 100".)
      const std::vector<std::string_view> ow = WordsOf(object);
      for (size_t j = 0; j < ow.size(); ++j)
        if (ow[j].find_first_of("0123456789") != std::string_view::npos && (j == 0 || ow[j - 1][0] < 'A' || ow[j - 1][0] > 'Z'))
          return;
      // Only where the subject found is the phrase before the verb, runs on over it or opens with
      // it: not another clause's.
      const size_t sub = PhraseEndingBefore(s, *subject, q.begin, 12);
      // (Or the verb opens a relative clause: "selling goods that pushed bilateral trade to an
      // all-time high of $245 billion".)
      const auto [rb, re] = WordBefore(s, wb);
      const bool relative = s.substr(rb, re - rb) == "that" || s.substr(rb, re - rb) == "which";
      const bool before = relative || PhraseEndingBefore(s, *subject, wb, 0) != std::string_view::npos;
      // (Or a participle's clause set off by a comma, whatever came before it: "raised rates 9%,
      // its third increase since 2022, bringing the average monthly bill to $78.40".)
      const bool participle = w.ends_with("ing") && s.substr(0, wb).ends_with(", ");
      if (!before && !participle && (sub == std::string_view::npos || sub > wb || sub + subject->size() <= wb)) return;
      *subject = std::string(object);
      return;
    }
    if (Bare(w).size() != w.size() ||
        (w[0] >= 'a' && w[0] <= 'z' && (chunk::Classify(w) == chunk::WordClass::kVerb || IsReportingVerb(w) ||
                                         (UnlistedPast(w) && chunk::Classify(s.substr(WordBefore(s, wb).first,
                                                                                      WordBefore(s, wb).second - WordBefore(s, wb).first)) !=
                                                                 chunk::WordClass::kDeterminer))))
      return;
    from = wb;
  }
}

void ParticiplePossessiveSubject(std::string_view s, size_t figure, std::string* subject, std::string* holder) {
  if (!subject->starts_with("its ") || subject->size() <= 4) return;
  size_t at = PhraseEndingBefore(s, *subject, figure, 5);
  if (at == std::string_view::npos) {  // (the share's phrase after its figure: "15% of its workforce")
    const size_t of = s.find(" of " + *subject, figure);
    if (of != std::string_view::npos && of - figure < 24) at = of + 4;
  }
  if (at == std::string_view::npos || at < 2) return;
  // ", lifting its revenue": a participle right after the clause's comma; or a share's "of" right
  // after the figure in the main clause ("Intel will cut more than 15% of its workforce").
  auto [pb, pe] = WordBefore(s, at);
  const std::string_view participle = s.substr(pb, pe - pb);
  const bool of_share = participle == "of" && figure < pb && s.substr(figure, pb - figure).find_first_of(",;") == std::string_view::npos;
  if (of_share) {
    pb = figure + 2;  // (the words checked below run to the figure)
  } else if (pb < 2 || s.substr(pb - 2, 2) != ", " || participle.size() < 5 || !participle.ends_with("ing") ||
             participle[0] < 'a' || participle[0] > 'z') {
    return;
  }
  // The sentence's subject: a phrase of one thing (no plural's "s" last), no pronoun or figure, and
  // no other name between it and the comma ("Apple beat Samsung, lifting its share" stays).
  std::string_view main = MainSubject(s);
  if (main.empty() || main.data() != s.data() || IsPronounPhrase(main) ||
      main.find_first_of("0123456789,;:()\"") != std::string_view::npos || WordsOf(main).size() > 5)
    return;
  // ("The company beat estimates": a phrase run on over a verb the lists lack ends before it.)
  for (std::string_view w : WordsOf(main))
    if (w.data() > main.data() && w[0] >= 'a' && w[0] <= 'z' &&
        (chunk::Classify(w) == chunk::WordClass::kVerb || UnlistedPast(w))) {
      main = normalizers::Trim(main.substr(0, static_cast<size_t>(w.data() - main.data())));
      break;
    }
  if (main.empty() || IsPronounPhrase(main)) return;
  const std::vector<std::string_view> main_words = WordsOf(main);
  const std::string_view last = main_words.back();
  if (last.ends_with("s") && !last.ends_with("ss") && last[0] >= 'a' && last[0] <= 'z') return;
  // (Nor a phrase of a preposition's: "Shares of Boeing fell, cutting its market value".)
  for (std::string_view w : main_words)
    if (chunk::Classify(w) == chunk::WordClass::kPreposition) return;
  const size_t main_end = main.size();
  if (pb < main_end + 2) return;
  // (Nor after a verb's object of one thing, which "its" may as well be: "The tariff hit the
  // automaker, cutting its profit".)
  const std::vector<std::string_view> between = WordsOf(s.substr(main_end, pb - 2 - main_end));
  for (std::string_view w : between)
    if (w[0] >= 'A' && w[0] <= 'Z') return;
  // (In the main clause, no comma between its subject and the figure, nor another party whose "its"
  // it may be: "said the carrier plans to cut 10% of its flights".)
  if (of_share) {
    if (s.substr(main_end, pb - 2 - main_end).find_first_of(",;()") != std::string_view::npos) return;
    for (std::string_view w : between)
      if (chunk::Classify(w) == chunk::WordClass::kDeterminer) return;
  }
  if (between.size() >= 3 && chunk::Classify(between[1]) == chunk::WordClass::kDeterminer && between[1] != "its" &&
      between[1] != "their" && between[1] != "his" && between[1] != "her") {
    size_t k = 2;
    while (k + 1 < between.size() && chunk::Classify(between[k + 1]) != chunk::WordClass::kPreposition) ++k;
    if (!(between[k].ends_with("s") && !between[k].ends_with("ss"))) return;
  }
  *holder = std::string(main);
  *subject = Possessive(main, std::string_view(*subject).substr(4));
}

void ComparativeRunOnSubject(std::string_view s, const Quantity& q, std::string* subject) {
  if (subject->empty() || q.end > s.size()) return;
  // (Cheap first: "than" two words after the figure.)
  if (const auto [gb, ge] = WordAfter(s, q.end); !s.substr(ge).starts_with(" than ")) return;
  // (The comparative itself read as the figure's noun: "The new tower is about 3 times taller than
  // the old one" is the tower's, the sentence's subject before its verb.)
  if (const auto [cb, ce] = WordAfter(s, q.end); s.substr(cb, ce - cb) == *subject && subject->ends_with("er") &&
                                                 s.substr(ce).starts_with(" than ")) {
    const std::string_view main = MainSubject(s);
    if (!main.empty() && main.data() == s.data() && !IsPronounPhrase(main) && main.size() < q.begin &&
        main.find_first_of("0123456789,;:()\"") == std::string_view::npos)
      *subject = std::string(main);
    return;
  }
  size_t at = s.rfind(*subject, q.begin);
  if (at == std::string_view::npos || at + subject->size() < q.end || at >= q.begin) {
    // (Or an absolute "with" opens the phrase before the figure, whatever the subject found: "With
    // the city's budget about four times larger than the county's, the mayor".)
    at = std::string_view::npos;
    size_t back = q.begin;
    for (int n = 0; n < 8; ++n) {
      const auto [wb, we] = WordBefore(s, back);
      if (we <= wb) return;
      const std::string_view w = s.substr(wb, we - wb);
      if (w == "with" || w == "With") {
        at = we + 1;
        break;
      }
      back = wb;
    }
    if (at == std::string_view::npos || at >= q.begin) return;
  }
  // The figure's comparative and "than" right after it: "nine times larger than Russia's".
  const auto [cb, ce] = WordAfter(s, q.end);
  const std::string_view comparative = s.substr(cb, ce - cb);
  const auto [tb, te] = WordAfter(s, ce);
  if (s.substr(tb, te - tb) != "than" || comparative.size() < 4 ||
      !(comparative.ends_with("er") || comparative == "more" || comparative == "less"))
    return;
  // The phrase before the figure, past its words of approximation, no verb in it.
  std::vector<std::string_view> words = WordsOf(s.substr(at, q.begin - at));
  while (!words.empty() && IsApproxWord(words.back())) words.pop_back();
  if (words.empty()) return;
  for (std::string_view w : words)
    if (w[0] >= 'a' && w[0] <= 'z' &&
        (chunk::Classify(w) == chunk::WordClass::kVerb || chunk::Classify(w) == chunk::WordClass::kPreposition ||
         UnlistedPast(w)))
      return;
  const std::string_view lead = s.substr(at, static_cast<size_t>(words.back().data() + words.back().size() - s.data()) - at);
  if (IsPronounPhrase(lead) || lead.find_first_of(",;:()\"") != std::string_view::npos) return;
  *subject = std::string(lead);
}

void MovementNounSubject(std::string_view s, size_t figure, std::string_view verb, std::string* subject) {
  bool increase = false;
  if (subject->empty() || verb.empty() || !chunk::MovementNoun(verb, &increase)) return;
  // "<subject> <movement> in <phrase> ... was <figure>": the movement a noun, the copula its verb.
  size_t back = figure;
  for (int n = 0; n < 3; ++n) {
    const auto [wb, we] = WordBefore(s, back);
    if (we <= wb) return;
    const std::string_view w = s.substr(wb, we - wb);
    if (w == "was" || w == "is" || w == "were" || w == "are") break;
    if (!IsApproxWord(w) || n == 2) return;
    back = wb;
  }
  const std::string opening = *subject + " " + std::string(verb) + " in ";
  const size_t at = s.rfind(opening, figure);
  if (at == std::string_view::npos) return;
  // The phrase after "in", up to its next preposition or the copula, four words at most.
  const size_t from = at + opening.size();
  if (back < from) return;
  std::vector<std::string_view> words = WordsOf(s.substr(from, back - from));
  size_t k = 0;
  while (k < words.size() && chunk::Classify(words[k]) != chunk::WordClass::kPreposition &&
         Bare(words[k]).size() == words[k].size() && words[k] != "was" && words[k] != "is" && words[k] != "were" &&
         words[k] != "are")
    ++k;
  if (k == 0 || k > 4) return;
  // (Not a period or a scope: "The headline rise in the second quarter", "The biggest drop in a
  // decade", "The largest increase in any state".)
  if (words[0] == "a" || words[0] == "an" || words[0] == "any" || words[0] == "every" || words[0] == "each") return;
  for (size_t j = 0; j < k; ++j)
    if ((words[j][0] >= 'a' && words[j][0] <= 'z' && (chunk::Classify(words[j]) == chunk::WordClass::kVerb || UnlistedPast(words[j]))) ||
        TimeWord(words[j]) || words[j] == "half" || words[j] == "period")
      return;
  *subject = std::string(s.substr(from, static_cast<size_t>(words[k - 1].data() + words[k - 1].size() - s.data()) - from));
}

void TrailingReporterSubject(std::string_view s, size_t figure, std::string* subject) {
  if (subject->empty() || IsPronounPhrase(*subject)) return;
  // Only a phrase found nowhere before the figure, after a comma past it, its verb of reporting
  // right after it: "killed at least 40 people, officials said".
  // (Cheap first: a comma past the figure that the phrase follows.)
  size_t at = std::string_view::npos;
  for (size_t comma = s.find(", ", figure); comma != std::string_view::npos; comma = s.find(", ", comma + 2))
    if (s.substr(comma + 2).starts_with(*subject)) {
      at = comma + 2;
      break;
    }
  if (at == std::string_view::npos || s.find(*subject, figure) != at) return;
  const size_t before = s.rfind(*subject, figure);
  if (before != std::string_view::npos && before < figure) return;
  // (Not the figure's own phrase: "..., two senior officials said".)
  if (at <= figure || at < 2 || s.substr(at - 2, 2) != ", ") return;
  const auto [vb, ve] = WordAfter(s, at + subject->size());
  if (ve <= vb || !IsReportingVerb(Bare(s.substr(vb, ve - vb)))) return;
  // The sentence's subject: the words that open it, up to its first verb or past.
  std::string_view main;
  for (std::string_view w : WordsOf(s.substr(0, figure)))
    if (w.data() > s.data() && w[0] >= 'a' && w[0] <= 'z' &&
        (chunk::Classify(w) == chunk::WordClass::kVerb || UnlistedPast(w) || chunk::IsAuxiliary(w))) {
      main = normalizers::Trim(s.substr(0, static_cast<size_t>(w.data() - s.data())));
      break;
    }
  // (After an opening phrase of time or place: "On Monday, the attack killed at least 40 people,
  // officials said".)
  if (const size_t comma = main.find(", "); comma != std::string_view::npos && main.find(", ", comma + 2) == std::string_view::npos) {
    const std::vector<std::string_view> opening = WordsOf(main.substr(0, comma));
    const chunk::WordClass c = opening.empty() ? chunk::WordClass::kContent : chunk::Classify(opening[0]);
    if (!opening.empty() && opening.size() <= 5 &&
        (c == chunk::WordClass::kPreposition || c == chunk::WordClass::kTime || opening[0].ends_with("ly")))
      main = main.substr(comma + 2);
  }
  if (main.empty() || IsPronounPhrase(main) || main.size() >= figure ||
      main.find_first_of("0123456789,;:()\"") != std::string_view::npos || WordsOf(main).size() > 6)
    return;
  *subject = std::string(main);
}

void AsideTailSubject(std::string* subject) {
  // ("Serena Williams, 41," won 23 titles: the age set off after the name.)
  if (const size_t comma = subject->rfind(", "); comma != std::string::npos && comma > 0) {
    const std::string_view tail = std::string_view(*subject).substr(comma + 2);
    if (!tail.empty() && tail.size() <= 3 && std::all_of(tail.begin(), tail.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      subject->resize(comma);
      return;
    }
  }
  // ("2 tonnes of cocaine worth an estimated" $100 million: the value's "worth" is no noun's.)
  const size_t worth = subject->find(" worth");
  if (worth == std::string::npos || worth == 0 || std::string_view(*subject).substr(0, worth).ends_with(" net") ||
      std::string_view(*subject).substr(0, worth) == "net")
    return;
  const std::string_view rest = std::string_view(*subject).substr(worth + 6);
  // (Words of approximation after it: "The company's worth" is a noun.)
  if (rest.empty() || rest[0] != ' ') return;
  for (std::string_view w : WordsOf(rest))
    if (!IsApproxWord(w)) return;
  subject->resize(worth);
}

void AppositiveSubject(std::string_view s, size_t figure, std::string* subject, std::string* holder) {
  if (subject->empty()) return;
  const size_t open = s.find(", ");
  if (open == std::string_view::npos || open == 0 || figure < open) return;
  const size_t close = s.find(", ", open + 2);
  if (close == std::string_view::npos || figure < close) return;
  // The sentence's opening phrase: six words at most, no verb, pronoun, figure or clause mark.
  const std::string_view lead = s.substr(0, open);
  const std::vector<std::string_view> lw = WordsOf(lead);
  if (lw.empty() || lw.size() > 6 || lw[0][0] < 'A' || lw[0][0] > 'Z' ||
      lead.find_first_of("0123456789;:()\"") != std::string_view::npos)
    return;
  for (std::string_view w : lw) {
    const chunk::WordClass k = chunk::Classify(w);
    // (Nor a phrase of time: "Last year, the firm, based in London, hired".)
    if (TimeWord(w) || w == "Last" || w == "Earlier" || w == "Later" ||
        (w.data() == s.data() && k == chunk::WordClass::kPreposition))
      return;
    // (A capital's word is a name's: "the United States".)
    if ((w[0] >= 'a' && w[0] <= 'z' && (k == chunk::WordClass::kVerb || UnlistedPast(w) || IsReportingVerb(w))) ||
        chunk::IsAuxiliary(w) || k == chunk::WordClass::kSubordinator || k == chunk::WordClass::kPronoun)
      return;
  }
  // The aside: a phrase of its own, eight words at most, no verb, relative or clause mark.
  const std::string_view aside = s.substr(open + 2, close - open - 2);
  const std::vector<std::string_view> aw = WordsOf(aside);
  // (A figure only in a value's aside: "Shares in Acme, worth $3 billion, rose 4%".)
  if (aw.empty() || aw.size() > 8 || aside.find_first_of(";:()\"") != std::string_view::npos ||
      (aw[0] != "worth" && aside.find_first_of("0123456789") != std::string_view::npos))
    return;
  for (size_t j = 0; j < aw.size(); ++j) {
    const std::string_view w = aw[j];
    // (A verb as often a noun after a determiner: "a key measure of profitability".)
    if (j > 0 && chunk::NounAfterDeterminer(w) &&
        (chunk::Classify(aw[j - 1]) == chunk::WordClass::kDeterminer ||
         (j > 1 && !w.ends_with("s") && (aw[j - 2] == "a" || aw[j - 2] == "an"))))
      continue;
    if ((w[0] >= 'a' && w[0] <= 'z' && (chunk::Classify(w) == chunk::WordClass::kVerb || chunk::IrregularPast(w))) ||
        chunk::IsAuxiliary(w) || w == "which" || w == "who" || w == "that" || w == "and" || w == "or" ||
        (w.data() == aw[0].data() && w.size() > 4 && w.ends_with("ing")))  // ("a lagging indicator" is a phrase)
      return;
  }
  // A verb right after the aside.
  const auto [vb, ve] = WordAfter(s, close + 1);
  const std::string_view verb = s.substr(vb, ve - vb);
  if (!FollowingVerb(verb))
    return;
  // A name for aside after a phrase of "the" is the name: "The streaming service, Netflix,".
  bool name = lw[0] == "The" || lw[0] == "Its";
  for (std::string_view w : aw) name = name && w[0] >= 'A' && w[0] <= 'Z';
  const std::string_view phrase = name ? aside : lead;
  // The holder run on over the aside: "The bank, Italy's largest lender's profit forecast".
  const std::string run_holder = std::string(s.substr(0, close));
  if (!holder->empty() && *holder == run_holder && subject->starts_with(run_holder)) {
    *subject = std::string(phrase) + subject->substr(run_holder.size());
    *holder = std::string(phrase);
    return;
  }
  // The subject found: run on over the aside's comma (from the lead's start or a word of it: "Mr.
  // Cook, the head of Apple"), or inside the aside.
  const size_t at = s.substr(0, close).rfind(*subject);
  const bool run_on = at != std::string_view::npos && at < open && at + subject->size() > open;
  const bool inside = !run_on && at != std::string_view::npos && at > open &&
                      s.substr(close, figure - close).find(*subject) == std::string_view::npos;
  if (!run_on && !inside) return;
  *subject = std::string(name || !run_on ? phrase : s.substr(at, open - at));
  holder->clear();
}

void ReporterCountSubject(std::string_view s, const Quantity& q, std::string* subject) {
  if (q.unit != "count" || q.noun.empty() || TimeNoun(q.noun)) return;
  // The figure opens a phrase after the comma ("..., two people familiar with the deal said."), its
  // words of approximation with it ("roughly 20 lawmakers").
  size_t at = q.begin;
  for (int n = 0; n < 3 && at >= 2 && s.substr(at - 2, 2) != ", "; ++n) {
    const auto [wb, we] = WordBefore(s, at);
    if (we <= wb || !IsApproxWord(s.substr(wb, we - wb))) return;
    at = wb;
  }
  if (at < 2 || s.substr(at - 2, 2) != ", ") return;
  // The phrase's verb of reporting near the sentence's end: nothing after it but a day ("said on
  // Thursday", "said Tuesday") or whom it was told ("told Reuters").
  std::string_view rest = s.substr(at);
  while (!rest.empty() && (rest.back() == '.' || rest.back() == ' ')) rest.remove_suffix(1);
  if (rest.find_first_of(",;:()\"") != std::string_view::npos) return;
  const std::vector<std::string_view> words = WordsOf(rest);
  size_t verb = words.size();
  for (size_t k = words.size(); k-- > 0 && words.size() - k <= 3;)
    if (IsReportingVerb(words[k])) {
      verb = k;
      break;
    }
  if (verb == words.size() || verb < 2 || verb > 9) return;
  for (size_t k = verb + 1; k < words.size(); ++k)
    if (!(words[k] == "on" || (words[k][0] >= 'A' && words[k][0] <= 'Z'))) return;
  // (No time gap or comparison: "one week after the board said", "40 homes more than analysts
  // predicted".)
  for (size_t k = 0; k < verb; ++k) {
    const std::string_view w = words[k];
    if (w == "after" || w == "before" || w == "than" || w == "more" || w == "fewer" || w == "less" || w == "ago" ||
        w == "since" || TimeNoun(w) || (w[0] >= 'a' && w[0] <= 'z' && (chunk::Classify(w) == chunk::WordClass::kVerb || chunk::IsAuxiliary(w))))
      return;
  }
  *subject = std::string(rest.substr(0, static_cast<size_t>(words[verb].data() - rest.data()) - 1));
}

size_t MidAsideSubject(std::string_view s, size_t figure, std::string* subject) {
  // ", and a fourth, employing 220 people, said": the aside opens with a participle right after its
  // comma and closes after the figure.
  const size_t open = s.rfind(", ", figure);
  if (open == std::string_view::npos || open == 0) return std::string_view::npos;
  const auto [pb, pe] = WordAfter(s, open + 1);
  const std::string_view participle = s.substr(pb, pe - pb);
  if (participle.size() < 5 || !participle.ends_with("ing") || participle[0] < 'a' || participle[0] > 'z' || pe > figure ||
      participle == "according")
    return std::string_view::npos;
  const size_t close = s.find(", ", figure);
  if (close == std::string_view::npos || s.substr(pe, close - pe).find_first_of(";:()\"") != std::string_view::npos)
    return std::string_view::npos;
  // (A verb right after the aside, the phrase's: not "and the following month, housing starts fell
  // 12 percent, the agency said".)
  const auto [vb, ve] = WordAfter(s, close + 1);
  const std::string_view verb = Bare(s.substr(vb, ve - vb));
  if (!(FollowingVerb(verb) || IsReportingVerb(verb)))
    return std::string_view::npos;
  // The phrase before the aside opens a clause of its own: after ", and", ", but", "and" or ";".
  const size_t prev = s.rfind(", ", open - 1);
  if (prev == std::string_view::npos) return std::string_view::npos;
  std::string_view np = normalizers::Trim(s.substr(prev + 2, open - prev - 2));
  for (std::string_view c : {"and ", "but ", "while "})
    if (np.starts_with(c)) {
      np.remove_prefix(c.size());
      break;
    }
  if (np.size() == s.substr(prev + 2, open - prev - 2).size()) return std::string_view::npos;  // (no conjunction)
  const std::vector<std::string_view> words = WordsOf(np);
  if (words.empty() || words.size() > 4 || IsPronounPhrase(np) || np.find_first_of("0123456789") != std::string_view::npos ||
      chunk::Classify(words[0]) != chunk::WordClass::kDeterminer)
    return std::string_view::npos;
  for (std::string_view w : words)
    if ((w[0] >= 'a' && w[0] <= 'z' && (chunk::Classify(w) == chunk::WordClass::kVerb || UnlistedPast(w))) ||
        TimeWord(w) || w == "later" || w == "following" || w == "next")
      return std::string_view::npos;
  *subject = std::string(np);
  return open;
}

void WorthSubject(std::string_view s, size_t figure, std::string* subject) {
  // Back from the figure over words of approximation ("a total of", "up to", "a reported") to
  // "worth".
  size_t at = figure, worth = std::string_view::npos;
  for (int n = 0; n < 5; ++n) {
    const auto [wb, we] = WordBefore(s, at);
    if (we <= wb) return;
    const std::string_view w = s.substr(wb, we - wb);
    if (w == "worth") {
      worth = wb;
      break;
    }
    if (!(IsApproxWord(w) || w == "total" || w == "of" || w == "to" || w == "reported" || w == "combined")) return;
    at = wb;
  }
  // (Not the noun: "His net worth of $2 billion".)
  if (worth == std::string_view::npos || s.substr(worth).starts_with("worth of ")) return;
  // The phrase right before it, past adverbs ("now worth", "reportedly worth"), back to a verb, a
  // clause mark or the sentence's start; five words at most; not after a copula ("The deal is now
  // worth": the clause's subject stays) nor a comma ("The company, now worth").
  size_t end = worth;
  for (int n = 0; n < 3; ++n) {
    const auto [wb, we] = WordBefore(s, end);
    if (we <= wb) return;
    const std::string_view w = s.substr(wb, we - wb);
    if (!(w == "now" || w == "still" || w == "also" || w == "each" || w == "even" || w == "already" ||
          (w.size() > 4 && w.ends_with("ly") && w[0] >= 'a' && w[0] <= 'z')))
      break;
    end = wb;
  }
  size_t begin = end;
  for (int n = 0; n < 6; ++n) {
    const auto [wb, we] = WordBefore(s, begin);
    if (we <= wb) break;
    const std::string_view w = s.substr(wb, we - wb);
    if (Bare(w).size() != w.size() || chunk::IsAuxiliary(w)) {
      if (n == 0 || chunk::IsAuxiliary(w)) return;
      break;
    }
    const chunk::WordClass k = chunk::Classify(w);
    // (A preposition before a phrase of its own determiner ends it, "in a deal worth", "to a
    // nine-year contract worth"; else the phrase is the preposition's object: "a unit in Singapore
    // worth".)
    if (k == chunk::WordClass::kPreposition) {
      if (begin < end && chunk::Classify(WordsOf(s.substr(begin, end - begin))[0]) == chunk::WordClass::kDeterminer) break;
      return;
    }
    if (w[0] >= 'a' && w[0] <= 'z' &&
        (k == chunk::WordClass::kVerb || UnlistedPast(w) || k == chunk::WordClass::kPronoun ||
         k == chunk::WordClass::kSubordinator || IsReportingVerb(w)))
      break;
    if (n == 5) return;
    begin = wb;
  }
  std::string_view np = normalizers::Trim(s.substr(begin, end - begin));
  // (A verb's particle is no part of it: "set up a fund worth".)
  for (std::string_view particle : {"up ", "back ", "out ", "away ", "off ", "down "})
    if (np.starts_with(particle)) {
      np.remove_prefix(particle.size());
      break;
    }
  if (np.empty() || IsPronounPhrase(np) || np == "net") return;
  *subject = std::string(np);
}

namespace {

// A word of a measure's noun phrase: a lowercase noun or adjective ("net", "second-half").
bool MeasurePhraseWord(std::string_view w) {
  if (w.empty() || w[0] < 'a' || w[0] > 'z' || Bare(w) != w || UnlistedPast(w) ||
      w.find_first_of("0123456789'") != std::string_view::npos)
    return false;
  return chunk::Classify(w) == chunk::WordClass::kContent;
}

// A measure's head that names no measure of its own: a partitive, a level, a bound or a frame.
bool FrameNoun(std::string_view w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"high", true}, {"low", true}, {"total", true}, {"sum", true}, {"peak", true}, {"record", true},
       {"level", true}, {"maximum", true}, {"minimum", true}, {"tune", true}, {"figure", true}, {"amount", true},
       {"tally", true}, {"number", true}, {"numbers", true}, {"group", true}, {"series", true}, {"set", true},
       {"handful", true}, {"couple", true}, {"pair", true}, {"dozen", true}, {"dozens", true}, {"hundreds", true},
       {"thousands", true}, {"millions", true}, {"billions", true}, {"lot", true}, {"lots", true}, {"part", true},
       {"portion", true}, {"fraction", true}, {"half", true}, {"quarter", true}, {"third", true}, {"multiple", true},
       {"factor", true}, {"basis", true}, {"form", true}, {"way", true}, {"kind", true}, {"type", true},
       {"sort", true}, {"rest", true}, {"remainder", true}, {"excess", true}, {"region", true}, {"order", true},
       {"upwards", true}, {"north", true}, {"south", true}, {"equivalent", true}, {"matter", true},
       {"course", true}, {"end", true}, {"start", true}, {"beginning", true}, {"top", true}, {"bottom", true},
       {"middle", true}, {"close", true}, {"age", true}, {"ages", true}, {"one", true}, {"ones", true},
       {"each", true}, {"percent", true}, {"cent", true}, {"times", true}, {"scale", true}, {"score", true},
       {"outside", true}, {"ahead", true}, {"short", true}, {"worth", true}, {"likes", true}, {"instead", true},
       {"because", true}, {"list", true}, {"field", true}, {"batch", true}, {"round", true}, {"tranche", true},
       {"stretch", true}, {"streak", true}, {"run", true}, {"spate", true}, {"wave", true}, {"string", true},
       {"host", true}, {"array", true}, {"variety", true}, {"mix", true}, {"share", true}, {"proportion", true},
       {"percentage", true}, {"ratio", true}, {"majority", true}, {"minority", true}, {"bulk", true}},
      /*lower=*/true);
  return m->Find(w) != nullptr;
}

// Whether only the verb of `subject` (the clause's, before `at`) stands between it and `at`:
// auxiliaries, adverbs, a particle ("swung to", "has now", "also announced"); no verb of reporting,
// estimating, seeing or giving ("had expected", "now see", "awarded the family").
bool OnlyVerbAfter(std::string_view s, std::string_view subject, size_t at) {
  // (Nor a subject that holds a figure: "The span, at 1,200 feet long, needs".)
  if (subject.empty() || IsPronounPhrase(subject) || subject.find_first_of("0123456789") != std::string_view::npos)
    return false;
  const size_t b = s.rfind(subject, at);
  if (b == std::string_view::npos || b + subject.size() >= at) return false;
  const std::string_view gap = s.substr(b + subject.size(), at - b - subject.size());
  std::vector<std::string_view> between = WordsOf(gap);
  // (Past a relative clause or an aside of the subject's: "The lender that collapsed in March
  // held", "The region, which suffered flooding, received".)
  size_t group = between.size();
  while (group > 0 && Bare(between[group - 1]) == between[group - 1] &&
         (chunk::Classify(between[group - 1]) == chunk::WordClass::kVerb || UnlistedPast(between[group - 1]) ||
          chunk::Classify(between[group - 1]) == chunk::WordClass::kAdverb || between[group - 1] == "to"))
    --group;
  if (group > 0 && group < between.size() &&
      (between[0] == "that" || between[0] == "which" || between[0] == "who" ||
       (gap.starts_with(", ") && between[group - 1].ends_with(","))))
    between.erase(between.begin(), between.begin() + static_cast<std::ptrdiff_t>(group));
  bool verb = false;
  for (size_t k = 0; k < between.size(); ++k) {
    const std::string_view w = between[k];
    const chunk::WordClass c = chunk::Classify(w);
    // ("reported" and "reports" are a result's verbs here: "Spain reported growth of 0.6%".)
    if (Bare(w) != w || (IsReportingVerb(w) && w != "reported" && w != "reports") ||
        (EstimatingVerb(w) != Estimating::kNone && w != "reported") || IsVerbOfGiving(w) || w == "see" ||
        w == "sees" || w == "saw")
      return false;
    if (c == chunk::WordClass::kVerb || UnlistedPast(w) ||
        (k + 1 == between.size() && w.size() > 3 && w.ends_with("s") && c == chunk::WordClass::kContent) ||
        (k > 0 && w.size() > 4 && w.ends_with("ing") && chunk::IsAuxiliary(between[k - 1])))
      verb = true;
    else if (!(c == chunk::WordClass::kAdverb || w == "to" || w == "up" || w == "out" || w == "also" || w == "now"))
      return false;
  }
  return verb;
}

}  // namespace

void OfMeasureSubject(std::string_view s, const Quantity& q, std::string* subject, std::string* holder) {
  // (Nor a score's, nor a pronoun's: whose it is comes later, "It assumes an exchange rate of 150 yen".)
  if ((q.unit == "count" && !q.noun.empty()) || q.unit == "year of age" || q.unit == "score" || q.begin > s.size() ||
      (!subject->empty() && IsPronounPhrase(*subject)))
    return;
  // (The words of the last 200 bytes before the figure: a measure's phrase is short.)
  const size_t from = q.begin > 200 ? s.find(' ', q.begin - 200) : 0;
  if (from == std::string_view::npos) return;
  const std::vector<std::string_view> words = WordsOf(s.substr(from, q.begin - from));
  size_t k = words.size();
  while (k > 0 && (IsApproxWord(words[k - 1]) || words[k - 1] == "to" || words[k - 1] == "as" ||
                   words[k - 1] == "much" || words[k - 1] == "plus" || words[k - 1] == "minus" || words[k - 1] == "or"))
    --k;
  if (k < 2 || words[k - 1] != "of") return;
  const size_t of = k - 1;
  size_t b = of;
  // (A modifier a past or a word of time: "adjusted earnings of", "previous guidance of"; not a
  // verb's past after its auxiliary, "had expected growth of".)
  while (b > 0 && (MeasurePhraseWord(words[b - 1]) ||
                   (b < of && Bare(words[b - 1]) == words[b - 1] && words[b - 1][0] >= 'a' && words[b - 1][0] <= 'z' &&
                    (UnlistedPast(words[b - 1]) || chunk::Classify(words[b - 1]) == chunk::WordClass::kTime) &&
                    (b == 1 || [&] {
                      // (After a word that opens a phrase: "while adjusted earnings", "the adjusted
                      // margin"; not a verb's past after its subject, "the guidance implied growth".)
                      const chunk::WordClass before = chunk::Classify(words[b - 2]);
                      return Bare(words[b - 2]) == words[b - 2] &&
                             (before == chunk::WordClass::kDeterminer || before == chunk::WordClass::kPreposition ||
                              before == chunk::WordClass::kSubordinator || before == chunk::WordClass::kConjunction);
                    }()))))
    --b;
  // (Or the sentence's first word: "Rainfall of up to 200 mm is forecast", "Revenue of $8.2 billion".)
  if (b == 1 && of == 1 && from == 0 && words[0].size() > 1 && words[0][0] >= 'A' && words[0][0] <= 'Z' && Bare(words[0]) == words[0] &&
      std::all_of(words[0].begin() + 1, words[0].end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }) &&
      chunk::Classify(words[0]) == chunk::WordClass::kContent)
    b = 0;
  // (Not a progressive's participle: "is seeking raises of 24%".)
  size_t participle = std::string_view::npos;
  if (b + 1 < of && b > 0 && words[b].ends_with("ing") &&
      (words[b - 1] == "is" || words[b - 1] == "are" || words[b - 1] == "was" || words[b - 1] == "were" ||
       words[b - 1] == "be" || words[b - 1] == "been"))
    participle = static_cast<size_t>(words[b++].data() - s.data());
  if (b == of) return;
  // (A measure of a measure: "a margin of error of".)
  if (b >= 3 && words[b - 1] == "of" && MeasurePhraseWord(words[b - 2]) && !FrameNoun(words[b - 2])) {
    size_t inner = b - 1;
    while (inner > 0 && MeasurePhraseWord(words[inner - 1])) --inner;
    if (inner > 0 && chunk::Classify(words[inner - 1]) == chunk::WordClass::kDeterminer) b = inner;
  }
  const std::string_view head = words[of - 1];
  // (An average alone is a frame, a modified one a measure: "rose to an average of 8,940" is the
  // attendances', "compared with a five-year average of 58%" the five-year average.)
  // (But "at an average of 17.4" is the average's own.)
  if (head == "average" && b + 1 == of && !(b >= 2 && words[b - 1] == "an" && words[b - 2] == "at")) return;
  // (Nor the rate or average a verb moves or sets its subject at: "grew at an annualised rate of
  // 2.8%", "rose to a rate of 4.4%", "peaked at an average of 18.6 knots".)
  if (head == "rate" || head == "average" || head == "pace") {
    size_t d = b;  // (the determiner, past an adjective the phrase left out: "an annualised rate")
    if (d >= 1 && chunk::Classify(words[d - 1]) != chunk::WordClass::kDeterminer && Bare(words[d - 1]) == words[d - 1]) --d;
    if (d >= 3 && chunk::Classify(words[d - 1]) == chunk::WordClass::kDeterminer && (words[d - 2] == "at" || words[d - 2] == "to") &&
        (chunk::Classify(words[d - 3]) == chunk::WordClass::kVerb || UnlistedPast(words[d - 3])))
      return;
  }
  // (Nor when the figure measures the words after it: "an average of 168 billion tons of ice", "a
  // target of 3% to 4% sales growth", "10% of global turnover".)
  {
    const auto [nb, ne] = WordAfter(s, q.end);
    const std::string_view next = s.substr(nb, ne - nb);
    if (nb == q.end + 1 && !next.empty() && next[0] >= 'a' && next[0] <= 'z' &&
        (next == "of" || (chunk::Classify(Bare(next)) == chunk::WordClass::kContent && !UnlistedPast(Bare(next)) &&
                          !Bare(next).ends_with("ing"))))
      return;
  }
  bool increase = false;
  // (A movement is its clause's subject's, but for a result's loss or gain and growth: "swung to a
  // net loss of $38 million", "growth of 4%".)
  const bool money = MoneyUnit(q.unit);
  const bool result =
      head == "growth" || ((head == "loss" || head == "losses" || head == "gain" || head == "gains") && money);
  if (FrameNoun(head) || (!result && chunk::MovementNoun(head, &increase)) || TimeNoun(head) || TimeWord(head) || head.size() < 3)
    return;
  // (A subject that names the measure already keeps its words: "The firm's loss"; but one that is
  // the measure's phrase alone, "a net profit", takes its holder.)
  const size_t np_begin = static_cast<size_t>(words[b].data() - s.data());
  const size_t det_begin = b > 0 && chunk::Classify(words[b - 1]) == chunk::WordClass::kDeterminer
                               ? static_cast<size_t>(words[b - 1].data() - s.data())
                               : np_begin;
  const std::string_view whole = s.substr(det_begin, static_cast<size_t>(head.data() - s.data()) + head.size() - det_begin);
  std::string whose = *subject;  // (the clause's subject, for a subject that was the measure's phrase)
  const size_t head_end = static_cast<size_t>(head.data() - s.data()) + head.size();
  const bool phrase_only = *subject == whole || *subject == s.substr(np_begin, whole.size() - (np_begin - det_begin)) ||
                           (participle != std::string_view::npos && *subject == s.substr(participle, head_end - participle));
  if (phrase_only) {
    const std::string_view main = MainSubject(s);
    if (main.empty() || static_cast<size_t>(main.data() - s.data()) + main.size() > det_begin) return;
    whose = std::string(main);
  }
  for (std::string_view w : WordsOf(whose))
    if (Bare(w) == head) return;
  const size_t np_at = static_cast<size_t>(words[b].data() - s.data());
  const std::string_view np = s.substr(np_at, static_cast<size_t>(head.data() - s.data()) + head.size() - np_at);
  // The determiner before it: none, an article, a pronoun's or a name's possessive.
  std::string_view det;
  if (b > 0) {
    const std::string_view w = words[b - 1];
    if (chunk::Classify(w) == chunk::WordClass::kDeterminer || w.ends_with("'s") || w.ends_with("s'")) det = w;
  }
  const bool named = det.ends_with("'s") || det.ends_with("s'");
  std::string phrase = named ? std::string(s.substr(static_cast<size_t>(det.data() - s.data()),
                                                   np_at + np.size() - static_cast<size_t>(det.data() - s.data())))
                             : std::string(np);
  // Whose: the clause's subject when only its verb stands between.
  if (!named && (det.empty() || det == "a" || det == "an" || det == "its" || det == "their") &&
      OnlyVerbAfter(s, whose, det.empty() ? np_at : static_cast<size_t>(det.data() - s.data()))) {
    *holder = whose;
    *subject = Possessive(whose, np);
    return;
  }
  if (phrase_only) return;  // (the measure's phrase it was: "a trade deficit")
  for (std::string_view a : {"a ", "an ", "A ", "An "})
    if (phrase.starts_with(a)) phrase.erase(0, a.size());
  *subject = phrase;
}

void MeasuredStuffSubject(std::string_view s, const Quantity& q, std::string* subject, std::string* holder) {
  // (A subject with its holder already says what the sum is: "Harbour Foods' share buyback".)
  if (!holder->empty()) return;
  static const auto* stuff_units = new ascii::WordMap<bool>(
      {{"cent", true}, {"pence", true}, {"tonne", true}, {"ton", true}, {"kilogram", true}, {"pound-mass", true},
       {"gram", true}, {"ounce", true}, {"barrel", true}, {"barrel per day", true}, {"gigawatt", true},
       {"megawatt", true}, {"kilowatt", true}, {"gigawatt hour", true}, {"litre", true}, {"gallon", true},
       {"newton metre", true}, {"foot pound-force", true}, {"horsepower", true}, {"acre", true}, {"hectare", true}, {"cubic metre", true}, {"cubic foot", true}},
      /*lower=*/false);
  const bool money = MoneyUnit(q.unit);
  if (!(money || stuff_units->Find(q.unit) != nullptr) || q.end >= s.size()) return;
  // Past a conversion in brackets: "12,400 kilograms (27,300 pounds) of", and out of one.
  size_t at = q.end;
  if (at < s.size() && s[at] == ')') ++at;
  if (s.substr(at).starts_with(" (")) {
    const size_t close = s.find(')', at);
    if (close == std::string_view::npos || close - at > 40) return;
    at = close + 1;
  }
  std::string_view rest = s.substr(at);
  // ("on" after a verb of spending: "spent $412 million on research".)
  const bool spent_on = rest.starts_with(" on ") && [&] {
    std::vector<std::string_view> before = WordsOf(s.substr(0, q.begin));
    while (!before.empty() && IsApproxWord(before.back())) before.pop_back();
    if (before.empty()) return false;
    const std::string_view v = before.back();
    return v == "spent" || v == "spend" || v == "spends" || v == "spending" || v == "invested" || v == "invest" ||
           v == "invests" || v == "investing";
  }();
  if (!(rest.starts_with(" in ") || rest.starts_with(" of ") || spent_on)) return;
  // (Not a level a move reached, whose "in" tells where or when: "jumped 24% to A$3.27 in early
  // trade", "closed at $41.20 in New York".)
  if (rest.starts_with(" in ")) {
    std::vector<std::string_view> before = WordsOf(s.substr(0, q.begin));
    while (!before.empty() && IsApproxWord(before.back())) before.pop_back();
    // ("to" after a move or its figure, "at" after a close; not "up to $600 million in state
    // incentives", "entitled to £220 in compensation".)
    if (before.size() >= 2 && (before.back() == "to" || before.back() == "at")) {
      const std::string_view v = Bare(before[before.size() - 2]);
      const bool moved = (chunk::MoveWords().Find(v) != nullptr && v != "up") ||
                         std::any_of(v.begin(), v.end(), [](char ch) { return ascii::IsDigit(ch); });
      const bool closed = v == "closed" || v == "ended" || v == "traded" || v == "stood" || v == "finished" ||
                          v == "settled" || v == "opened" || v == "trading";
      if (before.back() == "to" ? moved : closed) return;
    }
  }
  rest.remove_prefix(4);
  const std::vector<std::string_view> words = WordsOf(rest.substr(0, std::min<size_t>(rest.size(), 80)));
  static const auto* not_stuff = new ascii::WordMap<bool>(
      {{"total", true}, {"all", true}, {"addition", true}, {"part", true}, {"full", true}, {"advance", true},
       {"return", true}, {"exchange", true}, {"place", true}, {"turn", true}, {"fact", true}, {"general", true},
       {"particular", true}, {"person", true}, {"principle", true}, {"effect", true}, {"cash", true},
       {"stock", true}, {"value", true}, {"one", true}, {"each", true}, {"itself", true}, {"line", true},
       {"case", true}, {"order", true}, {"response", true}, {"contrast", true}, {"comparison", true},
       {"recent", true}, {"total", true}, {"terms", true}, {"size", true}, {"length", true}, {"width", true},
       {"height", true}, {"diameter", true}, {"area", true}, {"depth", true}, {"weight", true},
       {"some", true}, {"which", true}, {"what", true}, {"those", true}, {"these", true}, {"prices", true},
       {"dollars", true}, {"euros", true}, {"currency", true}, {"collaboration", true}, {"partnership", true},
       {"conjunction", true}, {"association", true}, {"cooperation", true}, {"condition", true},
       {"early", true}, {"late", true}, {"trade", true}, {"trading", true}, {"morning", true}, {"afternoon", true}},
      /*lower=*/true);
  size_t n = 0;
  bool closed = false;  // (the phrase ended at a mark of its last word)
  for (; n < words.size() && n < 5; ++n) {
    const std::string_view w = words[n], bare = Bare(w);
    // ("and" between two words of the phrase: "research and development", "fees and costs".)
    if (w == "and" && n > 0 && n + 1 < words.size() && Bare(words[n - 1]) == words[n - 1] &&
        MeasurePhraseWord(Bare(words[n + 1])) && !TimeNoun(Bare(words[n + 1])) && !TimeWord(Bare(words[n + 1])))
      continue;
    if (bare.empty() || bare[0] < 'a' || bare[0] > 'z' || bare.find_first_of("0123456789'") != std::string_view::npos)
      break;
    const chunk::WordClass c = chunk::Classify(bare);
    // (A past only before a noun of its own: "lost output"; a plural the lists read as a verb after
    // a word of the phrase or closing it: "capital gains revenue", "administrative costs,".)
    const bool plural = c == chunk::WordClass::kVerb && bare.size() > 3 && bare.ends_with("s") && (n > 0 || bare != w);
    if ((c != chunk::WordClass::kContent && !plural) ||
        ((UnlistedPast(bare) || (n > 0 && bare.ends_with("ed"))) && (n > 0 || n + 1 >= words.size() || Bare(w) != w)))
      break;
    if (bare != w) {
      if (w.size() - bare.size() != 1 || std::string_view(",.;:").find(w.back()) == std::string_view::npos) return;
      ++n;
      closed = true;
      break;
    }
  }
  if (n == 0) return;
  // (The phrase ends where a clause's word, a mark or the sentence does: not "in northern Europe",
  // "in fiscal 2025".)
  if (!closed && n < words.size()) {
    const std::string_view next = words[n];
    const chunk::WordClass c = chunk::Classify(Bare(next));
    if (!((next[0] >= 'a' && next[0] <= 'z') &&
          (c == chunk::WordClass::kPreposition || c == chunk::WordClass::kConjunction || c == chunk::WordClass::kVerb ||
           c == chunk::WordClass::kSubordinator || c == chunk::WordClass::kAdverb || UnlistedPast(Bare(next)) ||
           Bare(next).ends_with("ed") || c == chunk::WordClass::kTime || Bare(next) == "last" || Bare(next) == "this" ||
           Bare(next) == "next")))
      return;
  }
  const std::string_view last = Bare(words[n - 1]);
  if ((not_stuff->Find(Bare(words[0])) != nullptr && !(Bare(words[0]) == "total" && n > 1)) || not_stuff->Find(last) != nullptr || TimeNoun(last) || TimeWord(last) ||
      TimeWord(Bare(words[0])))
    return;
  for (std::string_view w : WordsOf(*subject))
    if (Bare(w) == last) return;
  const size_t np_at = static_cast<size_t>(words[0].data() - s.data());
  const std::string_view np = s.substr(np_at, static_cast<size_t>(last.data() - s.data()) + last.size() - np_at);
  if (OnlyVerbAfter(s, *subject, q.begin)) {
    *holder = *subject;
    *subject = Possessive(*subject, np);
  } else {
    *subject = std::string(np);
  }
}

}  // namespace copydesk::extractors::subjects
