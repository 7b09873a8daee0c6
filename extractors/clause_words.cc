#include "extractors/clause_words.h"

#include <algorithm>

#include "corpus/ascii.h"
#include "extractors/chunk.h"

namespace copydesk::extractors::clause {

bool IsReportingVerb(std::string_view w) {
  static const auto* kReporting = new ascii::WordMap<bool>(
      {{"said", true}, {"says", true}, {"say", true}, {"told", true}, {"tells", true}, {"found", true},
       {"finds", true}, {"find", true}, {"reported", true}, {"reports", true}, {"report", true},
       {"showed", true}, {"shows", true}, {"show", true}, {"estimated", true}, {"estimates", true},
       {"estimate", true}, {"noted", true}, {"notes", true}, {"added", true}, {"wrote", true},
       {"argued", true}, {"believes", true}, {"believe", true}, {"thinks", true}, {"warned", true},
       {"warns", true}, {"predicted", true}, {"predicts", true}, {"forecast", true}, {"forecasts", true},
       {"claimed", true}, {"claims", true}, {"suggested", true}, {"suggests", true}, {"expects", true},
       {"expected", true}, {"stated", true}, {"states", true}, {"announced", false}, {"expect", true},
       {"predict", true}, {"anticipate", true}, {"anticipates", true}, {"anticipated", true}},
            /*lower=*/true);
  const bool* r = kReporting->Find(w);
  return r != nullptr && *r;
}

Estimating EstimatingVerb(std::string_view w) {
  static const auto* m = new ascii::WordMap<Estimating>(
      {{"estimated", Estimating::kPast}, {"expected", Estimating::kPast}, {"forecast", Estimating::kPast},
       {"projected", Estimating::kPast}, {"predicted", Estimating::kPast}, {"estimates", Estimating::kPresent},
       {"expects", Estimating::kPresent}, {"expect", Estimating::kPresent}, {"forecasts", Estimating::kPresent}, {"projects", Estimating::kPresent},
       {"predicts", Estimating::kPresent}, {"reported", Estimating::kReport}, {"found", Estimating::kReport},
       {"warned", Estimating::kReport}},
      /*lower=*/false);
  const Estimating* k = m->Find(w);
  return k == nullptr ? Estimating::kNone : *k;
}

bool IsVerbOfGiving(std::string_view w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"imposed", true}, {"imposes", true}, {"levied", true}, {"levies", true}, {"granted", true},
       {"grants", true}, {"awarded", true}, {"awards", true}, {"ordered", true}, {"orders", true},
       {"fined", true}, {"fines", true}, {"exposed", true}, {"exposes", true}, {"passed", true},
       {"demanded", true}, {"demands", true}, {"sought", true}, {"seeks", true}, {"requested", true},
       {"requests", true}, {"denied", true}, {"denies", true}, {"rejected", true}, {"rejects", true},
       {"proposed", true}, {"proposes", true}, {"recommended", true},
       {"recommends", true}, {"handed", true}, {"hands", true}, {"gave", true}, {"gives", true},
       {"owed", true}, {"owes", true}, {"charged", true}, {"charges", true}, {"billed", true}, {"bills", true},
       {"refused", true}},
      /*lower=*/true);
  return m->Find(w) != nullptr;
}

std::string_view Bare(std::string_view w) {
  while (!w.empty() && !ascii::IsWordByte(w.back())) w.remove_suffix(1);
  return w;
}

std::vector<std::string_view> WordsOf(std::string_view s) {
  std::vector<std::string_view> words;
  for (size_t i = 0; i < s.size();) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) words.push_back(s.substr(i, j - i));
    i = j;
  }
  return words;
}

bool UnlistedPast(std::string_view w) {
  if (w.empty() || w[0] < 'a' || w[0] > 'z') return false;
  return chunk::IrregularPast(w) || (w.size() > 4 && w.ends_with("ed") && !w.ends_with("eed") && !w.ends_with("dred"));
}

bool NounLikePast(std::string_view w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"cut", true}, {"hit", true}, {"set", true}, {"put", true}, {"spread", true}, {"shot", true}, {"beat", true},
       {"left", true}, {"bound", true}, {"led", true}, {"hurt", true}, {"quit", true}, {"shut", true},
       {"stuck", true}, {"hung", true}},
      /*lower=*/true);
  return m->Find(w) != nullptr;
}

std::pair<size_t, size_t> WordBefore(std::string_view s, size_t at) {
  size_t e = at;
  while (e > 0 && s[e - 1] == ' ') --e;
  size_t b = e;
  while (b > 0 && s[b - 1] != ' ') --b;
  return {b, e};
}

std::pair<size_t, size_t> WordAfter(std::string_view s, size_t at) {
  size_t b = at;
  while (b < s.size() && s[b] == ' ') ++b;
  size_t e = b;
  while (e < s.size() && s[e] != ' ') ++e;
  return {b, e};
}

bool IsApproxWord(std::string_view w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"just", true}, {"about", true}, {"around", true}, {"nearly", true}, {"almost", true},
       {"some", true}, {"roughly", true}, {"approximately", true}, {"over", true}, {"under", true},
       {"more", true}, {"less", true}, {"fewer", true}, {"than", true}, {"at", true},
       {"least", true}, {"most", true}, {"only", true}, {"an", true}, {"a", true},
       {"estimated", true}, {"record", true}, {"up", true}, {"barely", true}, {"above", true},
       {"below", true}, {"slightly", true}, {"well", true}, {"between", true}},
      /*lower=*/true);
  return m->Find(w) != nullptr;
}

std::string_view MainSubject(std::string_view s) {
  const auto& verbs = chunk::VerbsIn(s, 0, s.size());
  if (verbs.empty()) return {};
  size_t first_verb = verbs.front().first;
  // (Past a relative aside to its antecedent: "The economy, which had contracted in the first
  // quarter, grew at a 2.3% rate" is the economy.)
  // (Not a run of words with a figure or a verb the lists lack: "Holloway finished 9 points ahead
  // of Dale Cutter, who had 37.9%".)
  if (const auto [ab, ae] = AsideAround(s, first_verb); ab != std::string_view::npos && ab > 0 && ae < s.size())
    if (const std::string_view antecedent = chunk::NounPhraseBefore(s, ab, 0);
        !antecedent.empty() && antecedent.data() == s.data() &&
        antecedent.find_first_of("0123456789") == std::string_view::npos) {
      const std::vector<std::string_view> words = WordsOf(antecedent);
      if (std::none_of(words.begin(), words.end(), [](std::string_view w) {
            return w[0] >= 'a' && w[0] <= 'z' && (chunk::Classify(w) == chunk::WordClass::kVerb || UnlistedPast(w));
          }))
        return antecedent;
    }
  // The token's start: a word's opening quote or bracket belongs before it.
  while (first_verb > 0 && s[first_verb - 1] != ' ') --first_verb;
  return chunk::NounPhraseBefore(s, first_verb, 0);
}

bool IsPronounPhrase(std::string_view subject) {
  if (subject.empty()) return true;
  if (subject.find(' ') != std::string_view::npos) return false;
  return chunk::Classify(subject) == chunk::WordClass::kPronoun;
}

std::string Possessive(std::string_view holder, std::string_view phrase) {
  for (std::string_view det : {"a ", "an ", "the ", "A ", "An ", "The ", "its ", "their ", "his ", "her "})
    if (phrase.starts_with(det)) {
      phrase.remove_prefix(det.size());
      break;
    }
  std::string out(holder);
  // ("Goldman Sachs'", but "The NHS's": an acronym's "s" is no plural.)
  const size_t sp = holder.rfind(' ');
  const std::string_view last = sp == std::string_view::npos ? holder : holder.substr(sp + 1);
  const bool acronym = last.size() >= 2 && std::all_of(last.begin(), last.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  out += (!holder.empty() && !acronym && (holder.back() == 's' || holder.back() == 'S')) ? "' " : "'s ";
  out += phrase;
  return out;
}

bool AttributeNoun(std::string_view w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"depth", true}, {"cost", true}, {"speed", true}, {"altitude", true}, {"height", true}, {"elevation", true},
       {"capacity", true}, {"temperature", true}, {"price", true}, {"time", true}, {"pace", true},
       {"distance", true}, {"crew", true}, {"payload", true}, {"load", true}, {"cargo", true}, {"debt", true},
       {"debts", true}, {"weight", true}, {"length", true}, {"width", true}, {"size", true}, {"budget", true},
       {"population", true}, {"workforce", true}, {"fleet", true}, {"margin", true}, {"salary", true},
       {"wage", true}, {"fee", true}, {"valuation", true}, {"volume", true}, {"reserves", true}, {"output", true},
       {"revenue", true}, {"revenues", true}, {"turnover", true}, {"staff", true}, {"radius", true},
       {"diameter", true}, {"area", true}, {"duration", true}, {"stake", true}, {"majority", true},
       {"voltage", true}, {"pressure", true}, {"yield", true}, {"range", true}, {"span", true},
       {"tonnage", true}, {"audience", true}, {"attendance", true}, {"circulation", true}, {"score", true},
       {"power", true}, {"reserve", true}, {"haul", true}, {"network", true}},
      /*lower=*/true);
  return m->Find(w) != nullptr;
}

bool MoneyUnit(std::string_view unit) {
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  return unit.size() >= 3 && upper(unit[0]) && upper(unit[1]) && upper(unit[2]);
}

size_t PhraseEndingBefore(std::string_view s, std::string_view phrase, size_t figure, int words) {
  if (phrase.empty()) return std::string_view::npos;
  size_t pos = std::min(figure, s.size());
  for (int n = 0; n <= words; ++n) {
    size_t e = pos;
    while (e > 0 && s[e - 1] == ' ') --e;
    if (e >= phrase.size() && s.substr(e - phrase.size(), phrase.size()) == phrase) return e - phrase.size();
    size_t b = e;
    while (b > 0 && s[b - 1] != ' ') --b;
    if (b == e) break;
    pos = b;
  }
  return std::string_view::npos;
}

bool TimeNoun(std::string_view noun) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"years", true}, {"months", true}, {"quarters", true}, {"weeks", true}, {"days", true}, {"decades", true},
       {"hours", true}, {"minutes", true}, {"sessions", true}, {"seasons", true}, {"centuries", true}},
      /*lower=*/true);
  return m->Find(noun) != nullptr;
}

bool TimeWord(std::string_view w) {
  return chunk::Classify(w) == chunk::WordClass::kTime || TimeNoun(w) || w == "day" || w == "week" || w == "month" ||
         w == "quarter" || w == "year" || w == "decade";
}

bool FollowingVerb(std::string_view w) {
  return chunk::IsAuxiliary(w) || chunk::Classify(w) == chunk::WordClass::kVerb || UnlistedPast(w) ||
         chunk::MoveWords().Find(w) != nullptr;
}

std::pair<size_t, size_t> GoverningWord(std::string_view s, size_t begin, size_t floor) {
  size_t at = begin;
  for (int n = 0; n < 4; ++n) {
    auto [b, e] = WordBefore(s, at);
    if (b < floor || b == e) return {at, at};
    if (!IsApproxWord(s.substr(b, e - b))) return {b, e};
    at = b;
  }
  return {at, at};
}

size_t ClauseComma(std::string_view s, size_t from) {
  for (size_t k = s.find(',', from); k != std::string_view::npos; k = s.find(',', k + 1))
    if (k == 0 || k + 1 >= s.size() || !ascii::IsDigit(s[k - 1]) || !ascii::IsDigit(s[k + 1])) return k;
  return std::string_view::npos;
}

size_t FindSubordinator(std::string_view s, size_t from, bool with_as) {
  size_t at = std::string_view::npos;
  for (std::string_view w :
       {" after ", " because ", " when ", " while ", " whereas ", " although ", " since ", " before ", " until ", " as "}) {
    if (w == " as " && !with_as) continue;
    // (A preposition before a year or a day's date opens no clause: "the biggest gain since 2020";
    // a month's name may open a clause's subject, "after March data showed".)
    for (size_t k = s.find(w, from); k < at; k = s.find(w, k + 1)) {
      const auto [nb, ne] = WordAfter(s, k + w.size() - 1);
      const std::string_view next = ne > nb ? Bare(s.substr(nb, ne - nb)) : std::string_view();
      if (w != " as " && w != " because " && !next.empty() && ascii::IsDigit(next[0])) continue;
      at = k;
      break;
    }
  }
  return at;
}

std::pair<size_t, size_t> AsideAround(std::string_view s, size_t pos) {
  constexpr size_t kNone = std::string_view::npos;
  const std::string_view head = s.substr(0, std::min(pos, s.size()));
  size_t open = kNone;
  for (std::string_view r : {", which ", ", who ", ", where "})
    if (const size_t k = head.rfind(r); k != kNone && (open == kNone || k > open)) open = k;
  if (open == kNone || ClauseComma(head, open + 1) != kNone) return {kNone, kNone};
  const size_t close = ClauseComma(s, pos);
  return {open, close == kNone ? s.size() : close};
}

bool IndexPoints(std::string_view noun) { return noun == "points" || noun == "pts" || noun == "pts." || noun == "point"; }

std::string_view HeadPhrase(std::string_view subject) {
  for (std::string_view p : {", ", " in ", " of ", " for ", " at ", " on ", " from ", " to ", " across ", " among ",
                             " with ", " who ", " that ", " which "})
    if (const size_t k = subject.find(p); k != std::string_view::npos) subject = subject.substr(0, k);
  return subject;
}

std::string_view LastWord(std::string_view phrase) {
  const size_t sp = phrase.rfind(' ');
  return phrase.substr(sp == std::string_view::npos ? 0 : sp + 1);
}

}  // namespace copydesk::extractors::clause
