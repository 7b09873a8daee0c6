#include "extractors/chunk.h"

#include <string>
#include <vector>

#include "corpus/ascii.h"

namespace copydesk::extractors::chunk {

namespace {

const ascii::WordMap<WordClass>& Words() {
  using W = WordClass;
  static const auto* m = [] {
    std::vector<std::pair<std::string_view, W>> v;
    auto add = [&](std::initializer_list<std::string_view> ws, W c) {
      for (auto w : ws) v.emplace_back(w, c);
    };
    add({"the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "your",
         "my", "some", "any", "each", "every", "all", "both", "no", "another", "such", "next", "last",
         "previous", "same", "following"},
        W::kDeterminer);
    add({"of", "in", "on", "at", "to", "for", "from", "by", "with", "into", "onto", "over",
         "under", "between", "among", "across", "through", "during", "since", "until", "after",
         "before", "against", "about", "around", "per", "via", "toward", "towards", "amid",
         "despite", "without", "within", "including", "versus", "than", "near", "above",
         "below", "beyond", "like", "upon", "throughout"},
        W::kPreposition);
    add({"and", "or", "&"}, W::kConjunction);
    add({"that", "which", "who", "whom", "whose", "where", "when", "while", "whereas",
         "because", "although", "though", "if", "unless", "as", "so", "but", "yet", "however",
         "meanwhile", "nor", "then", "thus", "whether", "once"},
        W::kSubordinator);
    add({"it", "they", "we", "he", "she", "i", "you", "them", "us", "him"}, W::kPronoun);
    add({"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
         "will", "would", "can", "could", "may", "might", "must", "shall", "should", "do",
         "does", "did", "said", "says", "say", "told", "tells", "tell", "found", "finds", "show",
         "showed", "shows", "shown", "reported", "reports", "expects", "expected", "estimated",
         "estimates", "forecast", "forecasts", "predicted", "predicts", "announced", "announces",
         "paid", "pays", "pay", "spent", "spends", "spend", "offers", "offered", "got", "gets",
         "took", "takes", "made", "makes", "sold", "sells", "bought", "buys", "received",
         "receives", "earned", "earns", "employs", "employed", "costs", "cost", "owns", "holds",
         "held", "plans", "planned", "agreed", "agrees", "won", "wins", "lost", "loses", "need",
         "needs", "became", "becomes", "become", "came", "comes", "went", "goes", "remain",
         "remains", "remained", "stood", "stands", "stand", "seized", "seizes", "seize", "confiscated", "amounted", "amounts", "totalled", "totaled",
         "totals", "hit", "hits", "reached", "reaches", "reaching", "rose", "rises", "risen",
         "fell", "falls", "fallen", "grew", "grows", "grown", "jumped", "jumps", "climbed",
         "climbs", "gained", "gains", "soared", "soars", "surged", "surges", "increased",
         "increases", "decreased", "decreases", "declined", "declines", "dropped", "drops",
         "slumped", "slumps", "slipped", "slips", "plunged", "plunges", "plummeted", "plummets",
         "tumbled", "tumbles", "sank", "sinks", "eased", "eases", "dipped", "dips", "slid",
         "slides", "shrank", "shrinks", "contracted", "expanded", "slowed", "slows", "doubled",
         "tripled", "halved", "advanced", "rebounded", "accelerated", "retreated", "narrowed",
         "widened", "topped", "exceeded", "exceeds", "surpassed", "surpasses", "valued",
         "priced", "scored", "scores", "produce", "produces", "produced", "offer", "get", "take",
         "make", "sell", "buy", "receive", "earn", "own", "hold", "plan", "agree", "win", "lose",
         "go", "come", "committed", "pledged", "promised", "approved", "voted", "kicked",
         "broke", "entered", "added", "adds", "saw", "sees", "see", "seen", "means", "mean",
         "believes", "believe", "believed", "wrote", "writes", "noted", "notes", "explained",
         "warned", "estimate", "project", "projected", "projects", "represents", "represented",
         "accounts", "accounted", "measure", "measures", "measured", "ranged", "ranging",
         "range", "ranges", "stated", "released", "releases", "issued", "states", "announce", "employ", "improved", "improves", "worsened", "worsens", "rallied",
         "strengthened", "firmed", "swelled", "ballooned", "skyrocketed", "rocketed", "leapt", "leaped",
         "weakened", "softened", "tanked", "sagged", "nosedived", "wants", "expect", "predict",
         "anticipate", "anticipates", "anticipated", "improve", "worsen"},
        W::kVerb);
    add({"also", "still", "already", "only", "just", "even", "now", "reportedly", "sharply",
         "slightly", "steadily", "nearly", "almost", "roughly", "approximately",
         "respectively", "officially", "previously", "recently", "further", "again", "far",
         "mostly", "largely", "not", "never", "ever", "more", "less", "most", "least",
         "here", "there", "too", "very", "much", "well", "currently", "initially", "finally",
         "significantly", "substantially", "marginally", "modestly", "strongly",
         "up", "down"},
        W::kAdverb);
    add({"year", "years", "month", "months", "week", "weeks", "day", "days", "quarter",
         "quarters", "season", "decade", "today", "yesterday", "tomorrow", "ago", "monday",
         "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
         "february", "march", "april", "june", "july", "august", "september", "october",
         "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
         "oct", "nov", "dec", "annually", "weekly", "monthly", "daily", "tonight", "morning",
         "evening", "afternoon", "year-on-year", "year-over-year", "y/y", "yoy", "q/q", "m/m",
         "month-on-month", "month-over-month", "quarter-on-quarter", "quarter-over-quarter", "week-on-week",
         "week-over-week", "mom", "qoq"},
        W::kTime);
    return new ascii::WordMap<WordClass>(v, /*lower=*/true);
  }();
  return *m;
}

bool IsOpen(char c) { return c == '(' || c == '"' || c == '[' || c == '\''; }
bool IsClose(char c) { return c == ',' || c == ';' || c == ':' || c == ')' || c == '"' || c == '.' || c == ']' || c == '!' || c == '?'; }

// Whether `w` (ending in a full stop) is an abbreviation inside a sentence: capitals with full
// stops ("U.S.", "U.K.", "E.U.") or a company's or a name's suffix ("Inc.", "Corp.", "Jr.").
bool Abbreviation(std::string_view w) {
  if (w.size() >= 4 && w.size() % 2 == 0) {
    bool caps = true;
    for (size_t k = 0; k < w.size() && caps; k += 2) caps = w[k] >= 'A' && w[k] <= 'Z' && w[k + 1] == '.';
    if (caps) return true;
  }
  for (std::string_view a : {"Inc.", "Corp.", "Co.", "Ltd.", "Jr.", "Sr.", "Bros.", "Plc."})
    if (w == a) return true;
  return false;
}

// Whether `w` is a month's abbreviation with its full stop ("Sept.", "Oct.").
bool MonthAbbreviation(std::string_view w) {
  for (std::string_view a : {"Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec."})
    if (w == a) return true;
  return false;
}

// Whether a month's day at byte `e` (" 30 rose") runs on into the clause's verb, no punctuation
// after it: the date is inside the subject's phrase ("Profit in the quarter ended Sept. 30 rose
// 4%"), not at its end ("will close on Jan. 31 after 62 years", "conducted Oct. 14-18, has").
bool DayBeforeVerb(std::string_view s, size_t e) {
  if (e + 1 >= s.size() || s[e] != ' ' || !ascii::IsDigit(s[e + 1])) return false;
  size_t d = e + 1;
  while (d < s.size() && ascii::IsDigit(s[d])) ++d;
  if (d >= s.size() || s[d] != ' ') return false;
  size_t nb = d + 1, ne = nb;
  while (ne < s.size() && ascii::IsAlpha(s[ne])) ++ne;
  const std::string_view next = s.substr(nb, ne - nb);
  return !next.empty() && (Classify(next) == WordClass::kVerb || MoveWords().Find(next) != nullptr);
}

// The class of the word (letters, and hyphens if asked) after the spaces at byte `e`; a
// subordinator's (a clause's break) when none does. (It may lie past a token range's end.)
WordClass NextWordClass(std::string_view s, size_t e, bool hyphens) {
  size_t nb = e;
  while (nb < s.size() && s[nb] == ' ') ++nb;
  size_t ne = nb;
  while (ne < s.size() && (ascii::IsAlpha(s[ne]) || (hyphens && s[ne] == '-'))) ++ne;
  return ne > nb ? Classify(s.substr(nb, ne - nb)) : WordClass::kSubordinator;
}

// One whitespace token: its bytes, and its word with punctuation (ASCII and the curly quotes and
// dashes as UTF-8) stripped from both ends.
struct Token {
  size_t b, e;          // the whole token
  size_t wb, we;        // the word inside it
  bool opens = false;   // starts with an opening bracket or quote: a phrase cannot reach before it
  bool closes = false;  // ends with clause punctuation: a phrase cannot reach after it
  WordClass cls = WordClass::kContent;  // the word's class in its context (Tokens)
};

bool StartsWithUtf8Punct(std::string_view w, size_t* len) {
  // “ ‘ (E2 80 9C / 98), « (C2 AB)
  if (w.size() >= 3 && static_cast<unsigned char>(w[0]) == 0xE2 && static_cast<unsigned char>(w[1]) == 0x80 &&
      (static_cast<unsigned char>(w[2]) == 0x9C || static_cast<unsigned char>(w[2]) == 0x98)) {
    *len = 3;
    return true;
  }
  if (w.size() >= 2 && static_cast<unsigned char>(w[0]) == 0xC2 && static_cast<unsigned char>(w[1]) == 0xAB) {
    *len = 2;
    return true;
  }
  return false;
}

bool EndsWithUtf8Punct(std::string_view w, size_t* len) {
  // ” ’ (E2 80 9D / 99), » (C2 BB)
  const size_t n = w.size();
  if (n >= 3 && static_cast<unsigned char>(w[n - 3]) == 0xE2 && static_cast<unsigned char>(w[n - 2]) == 0x80 &&
      (static_cast<unsigned char>(w[n - 1]) == 0x9D || static_cast<unsigned char>(w[n - 1]) == 0x99)) {
    *len = 3;
    return true;
  }
  if (n >= 2 && static_cast<unsigned char>(w[n - 2]) == 0xC2 && static_cast<unsigned char>(w[n - 1]) == 0xBB) {
    *len = 2;
    return true;
  }
  return false;
}

// A dash standing alone ("-", "--", "–", "—"): a clause break.
bool IsDash(std::string_view w) {
  if (w == "-" || w == "--") return true;
  return w.size() == 3 && static_cast<unsigned char>(w[0]) == 0xE2 && static_cast<unsigned char>(w[1]) == 0x80 &&
         (static_cast<unsigned char>(w[2]) == 0x93 || static_cast<unsigned char>(w[2]) == 0x94);
}

// Whether w governs an infinitive ("forecast to slow", "expected to reach", "set to rise").
bool TakesInfinitive(std::string_view w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"expected", true}, {"forecast", true}, {"set", true}, {"likely", true}, {"unlikely", true},
       {"due", true}, {"able", true}, {"going", true}, {"poised", true}, {"projected", true},
       {"seen", true}, {"plans", true}, {"planned", true}, {"plan", true}, {"aims", true}, {"aim", true},
       {"wants", true}, {"want", true}, {"hopes", true}, {"hope", true}, {"agreed", true}, {"continue", true},
       {"continues", true}, {"began", true}, {"begins", true}, {"started", true}, {"needs", true},
       {"need", true}, {"tried", true}, {"tries", true}, {"try", true}, {"helped", true}, {"help", true},
       {"sought", true}, {"seeks", true}, {"intends", true}, {"promised", true}, {"pledged", true},
       {"vowed", true}, {"threatened", true}, {"refused", true}, {"decided", true}, {"estimated", true}},
      /*lower=*/true);
  return m->Find(w) != nullptr;
}

bool IsNumberLike(std::string_view w) { return !w.empty() && (ascii::IsDigit(w[0]) || w[0] == '$'); }

std::string_view WordOf(std::string_view s, const Token& t) { return s.substr(t.wb, t.we - t.wb); }

bool IsYear(std::string_view w);

bool IsMoneyOrScale(std::string_view w);

// Whether the particle `nw`, ending at `ne`, takes an object of its own after it: a figure, a
// determiner or a noun ("set aside $1.5 billion", "racked up 45 points", "wiped out the gains");
// "in" only before money ("poured in $3 billion"; not "killed in 3 attacks"), "off" only before a
// figure ("capsized off the coast"), no time after a determiner ("set aside the previous year"),
// nor a word of `not_object` ("set off next to").
bool ParticleTakesObject(std::string_view s, size_t ne, std::string_view nw, const ascii::WordMap<bool>& not_object) {
  size_t ob = ne;
  while (ob < s.size() && s[ob] == ' ') ++ob;
  size_t oe = ob;
  while (oe < s.size() && s[oe] != ' ') ++oe;
  if (oe <= ob) return false;
  const std::string_view ow = s.substr(ob, oe - ob);
  if ((ascii::IsDigit(ow[0]) && nw != "in") || ow[0] == '$') return true;
  const WordClass oc = Classify(ow);
  if (nw == "in" || nw == "off" || !ascii::IsWordByte(ow.back()) ||
      !(oc == WordClass::kDeterminer || (oc == WordClass::kContent && !ow.ends_with("ly"))) ||
      not_object.Find(ow) != nullptr)
    return false;
  if (oc != WordClass::kDeterminer) return true;
  size_t tb = oe;
  while (tb < s.size() && s[tb] == ' ') ++tb;
  size_t te = tb;
  while (te < s.size() && ascii::IsAlpha(s[te])) ++te;
  const std::string_view tw = s.substr(tb, te - tb);
  return !(Classify(tw) == WordClass::kTime || tw == "previous" || tw == "following" || tw == "same" ||
           tw == "next" || tw == "last" || tw == "past");
}

// Whether a figure after the object that starts at `nb` measures that object, or a measuring
// preposition does, so that the verb before is left to the subject rules: "The rain pushed the
// river 3 feet higher", "delayed the flight 5 hours", "pushed temperatures above 35C". Not an
// object that is the figure or holds it ("managed a 21757", "carried a record 137 million
// passengers", "prepared three items", "proposed paying $6 billion"), nor a name's preposition.
// (A name's figure after it: "The Yankees defeated the Red Sox 7-3 in front of 46,000 fans" is the
// Yankees', left to the subject rules too.)
bool FigureMeasuresObject(std::string_view s, size_t nb) {
  static const auto* measuring = new ascii::WordMap<bool>(
      {{"above", true}, {"below", true}, {"over", true}, {"under", true}, {"at", true}, {"near", true},
       {"around", true}, {"higher", true}, {"lower", true}},
      /*lower=*/false);
  static const auto* counting = new ascii::WordMap<bool>(
      {{"a", true}, {"an", true}, {"one", true}, {"two", true}, {"three", true}, {"four", true}, {"five", true},
       {"six", true}, {"seven", true}, {"eight", true}, {"nine", true}, {"ten", true}, {"dozens", true},
       {"hundreds", true}, {"thousands", true}, {"millions", true}, {"several", true}},
      /*lower=*/true);
  size_t at = nb;
  bool named = false;  // (a name in the object: no measuring preposition of its)
  for (int n = 0; n < 5; ++n) {
    size_t b = at;
    while (b < s.size() && s[b] == ' ') ++b;
    size_t e = b;
    while (e < s.size() && s[e] != ' ') ++e;
    if (e == b) break;
    const std::string_view x = s.substr(b, e - b);
    const bool figure = ascii::IsDigit(x[0]) || x[0] == '$';
    if (n == 0 && (figure || counting->Find(x) != nullptr || (x.size() > 5 && x.ends_with("ing")))) break;
    named = named || (x[0] >= 'A' && x[0] <= 'Z');
    if (n > 0 && figure) return true;
    if (n > 0 && !named && measuring->Find(x) != nullptr) return true;
    const WordClass xc = Classify(x);
    if ((xc != WordClass::kContent && xc != WordClass::kDeterminer) || !ascii::IsWordByte(x.back())) break;
    at = e;
  }
  return false;
}

// Whether token k (its earlier tokens classed) is a verb the lists lack, right after a clause's
// opening phrase and before its object: a past in -ed, or an irregular past before its particle
// ("The central bank shaved a quarter", "Amazon's cloud unit generated operating income", "The
// airline ditched plans", "The team racked up", "The bank set aside"). The phrase opens the
// tokens or follows a break, a conjunction or a clause word, with a determiner or a capital, and
// holds only nouns, names, determiners and inner prepositions ("Passenger numbers at Heathrow
// recovered to"). The object: a determiner, a noun or a name, a particle of the verb and its own
// object (ParticleTakesObject), or "to" before a figure ("by" only before a percent or money or
// after a margin's verb). Not a participle after its noun ("Goods processed in Ohio", "Data
// released Tuesday", "a man named John Smith"), nor a verb whose object a figure after it measures
// (FigureMeasuresObject).
bool UnlistedVerbAfterOpening(std::string_view s, const std::vector<Token>& toks, size_t k) {
  if (k == 0 || toks[k].opens) return false;
  const Token& t = toks[k];
  const std::string_view w = s.substr(t.wb, t.we - t.wb);
  if (w.size() < 3 || w[0] < 'a' || w[0] > 'z') return false;
  static const auto* irregular = new ascii::WordMap<bool>(
      {{"set", true}, {"put", true}, {"paid", true}, {"took", true}, {"laid", true}, {"gave", true},
       {"ran", true}, {"wrote", true}, {"shut", true}, {"sold", true}, {"brought", true}, {"threw", true},
       {"kept", true}, {"held", true}, {"built", true}},
      /*lower=*/false);
  static const auto* particles = new ascii::WordMap<bool>(
      {{"aside", true}, {"out", true}, {"away", true}, {"up", true}, {"off", true}, {"back", true},
       {"down", true}, {"in", true}},
      /*lower=*/false);
  static const auto* naming = new ascii::WordMap<bool>(
      {{"named", true}, {"called", true}, {"dubbed", true}, {"titled", true}, {"entitled", true},
       {"labeled", true}, {"labelled", true}, {"nicknamed", true}, {"branded", true}, {"based", true},
       {"aged", true}, {"related", true}, {"listed", true}, {"priced", true}, {"rated", true},
       {"dated", true}, {"sized", true}, {"headquartered", true}, {"hundred", true}, {"concerned", true},
       {"involved", true}, {"affected", true}, {"interviewed", true}, {"surveyed", true}, {"polled", true},
       {"required", true}, {"needed", true}, {"expected", true}, {"estimated", true}, {"combined", true},
       {"adjusted", true}, {"included", true}, {"helped", true}},
      /*lower=*/false);
  const bool past = w.size() > 4 && w.ends_with("ed") && !w.ends_with("eed") && !w.ends_with("bed") &&
                    naming->Find(w) == nullptr;
  if ((!past && irregular->Find(w) == nullptr) || w.find('-') != std::string_view::npos) return false;
  // The next word (it may lie past the tokens: the phrase before a verb ends at the verb).
  size_t nb = t.e;
  while (nb < s.size() && s[nb] == ' ') ++nb;
  size_t ne = nb;
  while (ne < s.size() && (ascii::IsAlpha(s[ne]) || s[ne] == '-' || s[ne] == '\'')) ++ne;
  if (ne == nb || ne - nb > 40) return false;
  const std::string_view nw = s.substr(nb, ne - nb);
  static const auto* not_object = new ascii::WordMap<bool>(
      {{"last", true}, {"this", true}, {"next", true}, {"higher", true}, {"lower", true}, {"online", true},
       {"abroad", true}, {"overseas", true}, {"here", true}, {"there", true}, {"earlier", true}, {"later", true},
       {"worldwide", true}, {"globally", true}, {"outside", true}, {"inside", true}, {"overnight", true},
       {"nationwide", true}, {"annually", true}, {"daily", true}, {"each", true}, {"every", true},
       {"yesterday", true}, {"today", true}, {"tonight", true}, {"that", true}, {"such", true},
       {"late", true}, {"early", true}, {"strong", true}, {"weak", true}, {"flat", true},
       {"first", true}, {"second", true}, {"third", true}, {"fourth", true}, {"fifth", true}, {"sixth", true},
       {"seventh", true}, {"eighth", true}, {"ninth", true}, {"tenth", true}, {"top", true}, {"bottom", true}},
      /*lower=*/true);
  const bool particle_word = particles->Find(nw) != nullptr;
  const bool particle = particle_word && ParticleTakesObject(s, ne, nw, *not_object);
  if ((!past || particle_word) && !particle) return false;
  // ("recovered to 79 million": "to" right before a figure; "by" before a percent or money, or after
  // a margin's verb, "depreciated by 2%", "The measure passed by 15 votes"; not a participle's agent,
  // "The bonds purchased by 40 funds".)
  bool to_figure = false;
  if (nw == "to" || nw == "by") {
    size_t fb = ne;
    while (fb < s.size() && s[fb] == ' ') ++fb;
    size_t fe = fb;
    while (fe < s.size() && s[fe] != ' ') ++fe;
    const std::string_view f = s.substr(fb, fe - fb);
    to_figure = fe > fb && (ascii::IsDigit(f[0]) || f[0] == '$');
    if (to_figure && nw == "by" && f[0] != '$' && f.find('%') == std::string_view::npos) {
      static const auto* margin = new ascii::WordMap<bool>(
          {{"passed", true}, {"failed", true}, {"carried", true}, {"trailed", true}, {"edged", true},
           {"outpolled", true}},
          /*lower=*/false);
      size_t ub = fe;
      while (ub < s.size() && s[ub] == ' ') ++ub;
      size_t ue = ub;
      while (ue < s.size() && ascii::IsAlpha(s[ue])) ++ue;
      const std::string_view u = s.substr(ub, ue - ub);
      to_figure = margin->Find(w) != nullptr || u == "percent" || u == "points" || u == "point" ||
                  u == "percentage" || u == "basis";
    }
  }
  if (!particle && !to_figure) {
    const WordClass nc = Classify(nw);
    if (nc != WordClass::kDeterminer && nc != WordClass::kContent) return false;
    if (nc == WordClass::kContent && (nw.ends_with("ly") || nw[0] == '-')) return false;
    if (not_object->Find(nw) != nullptr || FigureMeasuresObject(s, nb)) return false;
  }
  // The phrase before: nouns back to its opening.
  const Token& p = toks[k - 1];
  const std::string_view pw = s.substr(p.wb, p.we - p.wb);
  static const auto* adverbs = new ascii::WordMap<bool>(
      {{"later", true}, {"then", true}, {"again", true}, {"once", true}, {"first", true}, {"last", true},
       {"instead", true}, {"together", true}, {"alone", true}, {"too", true}, {"recently", true}},
      /*lower=*/true);
  if (p.closes || p.cls != WordClass::kContent || IsNumberLike(pw) || pw.ends_with("ly") || pw.ends_with("'s") ||
      pw.ends_with("\xE2\x80\x99s") || adverbs->Find(pw) != nullptr)
    return false;
  for (size_t j = k, n = 0; j-- > 0; ++n) {
    const Token& o = toks[j];
    if (n >= 7 || o.wb == o.we) return false;
    const WordClass c = o.cls;
    const bool opening = j == 0 || toks[j - 1].closes || toks[j - 1].cls == WordClass::kConjunction ||
                         toks[j - 1].cls == WordClass::kSubordinator;
    if (c == WordClass::kPreposition && j + 1 < k && !opening) continue;
    if ((c != WordClass::kContent && c != WordClass::kDeterminer) || IsNumberLike(s.substr(o.wb, o.we - o.wb)))
      return false;
    if ((j + 1 < k && o.closes) || (o.opens && !opening)) return false;
    if (opening) return c == WordClass::kDeterminer || (s[o.wb] >= 'A' && s[o.wb] <= 'Z');
  }
  return false;
}

void Tokens(std::string_view s, size_t begin, size_t end, std::vector<Token>* out) {
  out->clear();
  ForEachToken(s, begin, end, [&](size_t b, size_t e) {
    Token t{b, e, b, e};
    size_t len = 0;
    for (bool more = true; more && t.wb < t.we;) {
      more = false;
      if (IsOpen(s[t.wb])) { ++t.wb; t.opens = more = true; }
      else if (StartsWithUtf8Punct(s.substr(t.wb, t.we - t.wb), &len)) { t.wb += len; t.opens = more = true; }
    }
    // (An abbreviation's full stop closes nothing: "Occupancy at U.S. hotels", "Apple Inc. shares".)
    // (Only before a noun or a name it modifies: "the U.S. in 2019" still ends there.)
    // (Or before its verb: "while the U.S. expanded 3.3%".)
    // (Nor a month's before its day: "the quarter ended Sept. 30 rose".)
    const bool abbreviation = t.we > t.wb && s[t.we - 1] == '.' &&
                              ((Abbreviation(s.substr(t.wb, t.we - t.wb)) &&
                                (NextWordClass(s, e, true) == WordClass::kContent || NextWordClass(s, e, true) == WordClass::kVerb)) ||
                               (MonthAbbreviation(s.substr(t.wb, t.we - t.wb)) && DayBeforeVerb(s, e)));
    for (bool more = !abbreviation; more && t.we > t.wb;) {
      more = false;
      if (IsClose(s[t.we - 1])) { --t.we; t.closes = more = true; }
      else if (EndsWithUtf8Punct(s.substr(t.wb, t.we - t.wb), &len)) { t.we -= len; t.closes = more = true; }
    }
    if (t.wb == t.we || IsDash(s.substr(t.wb, t.we - t.wb))) {  // punctuation alone
      t.opens = t.closes = true;
      t.wb = t.we = b;
    }
    out->push_back(t);
    return true;
  });
  // Classes, then words the closed lists miss that their context shows to be verbs: after a
  // modal ("can dip", "will study"), after the "to" of a verb that takes an infinitive
  // ("forecast to slow", "expected to reach"), after a relative pronoun before a preposition
  // or determiner ("which range from", "who played for"), after a personal pronoun when
  // inflected ("we cooked", "she hosts").
  static const auto* modal = new ascii::WordMap<bool>(
      {{"will", true}, {"would", true}, {"can", true}, {"could", true}, {"may", true}, {"might", true},
       {"must", true}, {"shall", true}, {"should", true}, {"did", true}, {"does", true}, {"do", true}},
      /*lower=*/true);

  for (size_t k = 0; k < out->size(); ++k) {
    Token& t = (*out)[k];
    if (t.wb == t.we) {
      t.cls = WordClass::kSubordinator;  // punctuation alone breaks like a clause word
      continue;
    }
    const std::string_view w = s.substr(t.wb, t.we - t.wb);
    t.cls = Classify(w);
    // A word that is a noun as often as a verb, right before a verb, is the noun ("energy costs
    // jumped", "pay rose", "its plans have", "snowfall totals reached", "analyst estimates rose"). (The next word may lie past `end`: the phrase
    // before a verb ends at the verb.)
    auto noun_before_verb = [&] {
      static const auto* noun_verb = new ascii::WordMap<bool>(
          {{"costs", true}, {"cost", true}, {"pay", true}, {"plans", true}, {"needs", true}, {"holds", true},
           {"gains", true}, {"offers", true}, {"sales", true}, {"totals", true}, {"estimates", true},
           {"forecasts", true}, {"reports", true}},
          /*lower=*/true);
      if (t.closes) return false;
      size_t nb = t.e;
      while (nb < s.size() && s[nb] == ' ') ++nb;
      size_t ne = nb;
      while (ne < s.size() && ascii::IsAlpha(s[ne])) ++ne;
      const std::string_view next = s.substr(nb, ne - nb);
      // Any verb of the lists in -s before a plural's auxiliary is a plural noun ("Forecasts were
      // cut", "Estimates have risen").
      if (noun_verb->Find(w) == nullptr)
        return PluralShape(w) && (w.back() == 's' || w.back() == 'S') &&
               (ascii::EqualsLower(next, "are") || ascii::EqualsLower(next, "were") ||
                ascii::EqualsLower(next, "have") || ascii::EqualsLower(next, "had"));
      if (ne == nb || Classify(next) != WordClass::kVerb) return false;
      // A next word in -s is a noun as often ("plans rises of 3%", "holds gains"): only "was",
      // "is", "has" after a singular ("pay was frozen").
      if (next.back() != 's' && next.back() != 'S') return true;
      return !w.ends_with("s") && (ascii::EqualsLower(next, "was") || ascii::EqualsLower(next, "is") ||
                                   ascii::EqualsLower(next, "has"));
    };
    // "States" after "United" is a name's word before a verb or a noun ("Life expectancy in the
    // United States rose"; a preposition after it still ends the phrase there, as before: "made in
    // the United States in 2019 for $3 million").
    if (t.cls == WordClass::kVerb && w == "States" && t.b >= 7 && s.substr(t.b - 7, 7) == "United " && !t.closes &&
        (NextWordClass(s, t.e, false) == WordClass::kVerb || NextWordClass(s, t.e, false) == WordClass::kContent)) {
      t.cls = WordClass::kContent;
      continue;
    }
    // A verb of the lists right after a figure that no auxiliary needs is the figure's noun: "a 3-1
    // win", "a 2% gain" ("win", "wins", "gain", "gains", "lead", "cut").
    // (The figure may lie before `begin`: the phrase after a figure starts past it.)
    if (t.cls == WordClass::kVerb && !t.opens && t.b > 1 && s[t.b - 1] == ' ' && (ascii::IsDigit(s[t.b - 2]) || s[t.b - 2] == '%') &&
        (ascii::EqualsLower(w, "win") || ascii::EqualsLower(w, "wins") || ascii::EqualsLower(w, "gain") ||
         ascii::EqualsLower(w, "gains") || ascii::EqualsLower(w, "lead") || ascii::EqualsLower(w, "cut"))) {
      t.cls = WordClass::kContent;
      continue;
    }
    if (t.cls == WordClass::kVerb && (k == 0 || (*out)[k - 1].closes) && noun_before_verb()) {
      t.cls = WordClass::kContent;
      continue;
    }
    // A verb of the lists used as a noun: after a determiner ("the cost", "its plans"), or after
    // a determiner and one modifier when an auxiliary follows ("the punitive measures have").
    if (t.cls == WordClass::kVerb && k > 0 && !(*out)[k - 1].closes && !IsAuxiliary(w)) {
      const Token& p = (*out)[k - 1];
      const WordClass pc = p.cls;
      bool noun = pc == WordClass::kDeterminer;
      if (!noun && pc == WordClass::kContent && k >= 2 && (*out)[k - 2].cls == WordClass::kDeterminer &&
          k + 1 < out->size() && !t.closes) {
        const std::string_view next = s.substr((*out)[k + 1].wb, (*out)[k + 1].we - (*out)[k + 1].wb);
        noun = IsAuxiliary(next);
      }
      // "The pixel pitch employed was 352": a participle between a noun and an auxiliary
      // modifies the noun.
      if (!noun && pc == WordClass::kContent && w.size() > 4 && w.ends_with("ed") && k + 1 < out->size() &&
          !t.closes) {
        const std::string_view next = s.substr((*out)[k + 1].wb, (*out)[k + 1].we - (*out)[k + 1].wb);
        noun = IsAuxiliary(next);
      }
      if (!noun) noun = noun_before_verb();
      if (noun) t.cls = WordClass::kContent;
      continue;
    }
    if (t.cls != WordClass::kContent || k == 0 || (*out)[k - 1].closes || IsNumberLike(w)) continue;
    const Token& p = (*out)[k - 1];
    const std::string_view pw = s.substr(p.wb, p.we - p.wb);
    bool verb = modal->Find(pw) != nullptr;
    if (!verb && k >= 2 && ascii::EqualsLower(pw, "to") && !(*out)[k - 2].closes)
      verb = TakesInfinitive(s.substr((*out)[k - 2].wb, (*out)[k - 2].we - (*out)[k - 2].wb));
    if (!verb && (ascii::EqualsLower(pw, "which") || ascii::EqualsLower(pw, "who")) && k + 1 < out->size() &&
        !t.closes) {
      const WordClass next = Classify(s.substr((*out)[k + 1].wb, (*out)[k + 1].we - (*out)[k + 1].wb));
      verb = next == WordClass::kPreposition || next == WordClass::kDeterminer || next == WordClass::kAdverb;
    }
    if (!verb && p.cls == WordClass::kPronoun && w.size() > 3 && (w.ends_with("ed") || w.ends_with("es")))
      verb = true;
    // Whether a number (a digit or "$", not a year) is the next token; *next_end: that token's
    // end, *bare: whether it ends in no punctuation. (The number may lie past `end`: the phrase
    // before a verb ends at the verb.)
    auto count_after = [&](size_t* next_end, bool* bare) {
      size_t nb = t.e;
      while (nb < s.size() && s[nb] == ' ') ++nb;
      size_t ne = nb;
      while (ne < s.size() && s[ne] != ' ') ++ne;
      std::string_view next = s.substr(nb, ne - nb);
      while (!next.empty() && !ascii::IsWordByte(next.back())) next.remove_suffix(1);
      if (next_end != nullptr) *next_end = ne;
      if (bare != nullptr) *bare = next.size() == ne - nb;
      return nb > t.e && nb < s.size() && (ascii::IsDigit(s[nb]) || s[nb] == '$') && !IsYear(next);
    };
    // A past in -ed between a noun and a number is the noun's verb: "The company hired 300
    // workers", "Police arrested 12 people", "The agency recorded 45 deaths" (the subject was
    // "The company hired"). Not after a determiner, a possessive or an adverb ("a combined 435
    // homes", "the firm's trimmed 2024 outlook", "seasonally adjusted 5.2%"), not a compound
    // ("inflation-adjusted 3%"), not before a year.
    // (Nor after a number, but for an index's name: "The FTSE 100 closed 0.5% lower", "The S&P 500
    // ended 1.2% higher".)
    const bool index_name = IsNumberLike(pw) && k >= 2 && !(*out)[k - 2].closes &&
                            std::all_of(pw.begin(), pw.end(), [](char c) { return ascii::IsDigit(c); }) &&
                            (*out)[k - 2].wb < (*out)[k - 2].we && s[(*out)[k - 2].wb] >= 'A' && s[(*out)[k - 2].wb] <= 'Z';
    if (!verb && !t.closes && w.size() > 4 && w.ends_with("ed") && !w.ends_with("eed") && w[0] >= 'a' && w[0] <= 'z' &&
        w.find('-') == std::string_view::npos && p.cls == WordClass::kContent && !pw.ends_with("ly") &&
        !pw.ends_with("'s") && !pw.ends_with("\xE2\x80\x99s") && (!IsNumberLike(pw) || index_name) &&
        pw.find('-') == std::string_view::npos &&  // ("Full-year adjusted $4.50")
        !ascii::EqualsLower(w, "hundred") && !w.ends_with("bed"))  // ("Nine hundred 5-star", "seabed 4,000")
      verb = count_after(nullptr, nullptr);
    // A past of having or handling after a clause's opening name or noun ("Amazon posted operating
    // income of", "The company generated free cash flow of", "The airport handled 80 million
    // passengers", "The Dodgers outscored the Padres") and before its object, a determiner or a
    // noun: a verb the lists lack, whose object is its subject's. Not before a preposition, a time,
    // an adverb or a verb ("Goods processed in Ohio", "Cars delivered Tuesday", "Items shipped
    // domestically", "The parcels delivered were"); not a verb done to another ("The EU imposed a
    // fine of", "The judge ordered a payment of": those stay words the phrase runs over).
    // (Words of place, time or manner after it: "Units shipped worldwide", "Cars delivered last week".)
    static const auto* not_object = new ascii::WordMap<bool>(
        {{"last", true}, {"this", true}, {"next", true}, {"higher", true}, {"lower", true}, {"online", true},
         {"abroad", true}, {"overseas", true}, {"so", true}, {"here", true}, {"there", true}, {"earlier", true},
         {"worldwide", true}, {"globally", true}, {"outside", true}, {"inside", true}, {"overnight", true},
         {"nationwide", true}, {"annually", true}, {"daily", true}},
        /*lower=*/true);
    if (!verb && !t.closes && p.cls == WordClass::kContent && HoldingPast(w) &&
        !IsNumberLike(pw) && !pw.ends_with("'s") && !pw.ends_with("\xE2\x80\x99s") && !pw.ends_with("ly") &&
        ((k == 1 && pw[0] >= 'A' && pw[0] <= 'Z') || (k >= 2 && (*out)[k - 2].closes && pw[0] >= 'A' && pw[0] <= 'Z') ||
         (k >= 2 && (*out)[k - 2].cls == WordClass::kDeterminer && (k == 2 || (*out)[k - 3].closes)))) {
      // (The next word may lie past `end`: the phrase before a verb ends at the verb.)
      size_t nb = t.e;
      while (nb < s.size() && s[nb] == ' ') ++nb;
      size_t ne = nb;
      while (ne < s.size() && (ascii::IsAlpha(s[ne]) || ascii::IsDigit(s[ne]) || s[ne] == '-' || s[ne] == '\'')) ++ne;
      const std::string_view nw = s.substr(nb, ne - nb);
      const WordClass nc = Classify(nw);
      verb = nb > t.e && !nw.empty() && (nc == WordClass::kDeterminer || nc == WordClass::kContent) &&
             !IsNumberLike(nw) && !nw.ends_with("ly") && not_object->Find(nw) == nullptr;
    }
    if (!verb && !t.closes) verb = UnlistedVerbAfterOpening(s, *out, k);
    // A perfect's participle before no noun: "has appeared in eight", "had increased 5%" (not
    // "has combined sales", "has unfunded liabilities", "has speed").
    const bool perfect = w.size() > 4 && w.ends_with("ed") && !w.ends_with("eed") &&
                         (ascii::EqualsLower(pw, "has") || ascii::EqualsLower(pw, "have") || ascii::EqualsLower(pw, "had") ||
                          ascii::EqualsLower(pw, "having"));
    if (!verb && perfect) {
      if (t.closes || k + 1 >= out->size()) {
        verb = true;
      } else {
        const Token& n = (*out)[k + 1];
        const std::string_view nw = s.substr(n.wb, n.we - n.wb);
        const WordClass nc = Classify(nw);
        verb = n.opens || nc == WordClass::kPreposition || nc == WordClass::kDeterminer ||
               nc == WordClass::kAdverb || nc == WordClass::kPronoun || nc == WordClass::kSubordinator ||
               IsNumberLike(nw);  // (not a conjunction: "had unsecured and secured loans")
      }
    }
    // A verb of headlines right before its count: "Firm Eliminates 500 Jobs", "the firm sheds
    // 300 jobs" (HeadlineVerb; the number the next token).
    // (The number may lie past `end`: the phrase before a verb ends at the verb.)
    // (Not a past in -ed, an adjective as often: "Ford's trimmed 2024 outlook"; nor before a year.)
    // A verb in -s that is a plural noun as often is one in a headline in title case, after its
    // subject and before a count of a plural ("Google Fires 28 Workers", "Tesla Recalls 2 Million
    // Vehicles"; "Jobless Claims 1.87 Million" counts no noun, and "Claims" stays the noun of
    // "Jobless Claims 230,000 Americans").
    auto title_count = [&](size_t ne) {
      if (w[0] < 'A' || w[0] > 'Z' || pw.empty() || pw[0] < 'A' || pw[0] > 'Z' || p.cls != WordClass::kContent ||
          !(w.back() == 's' || w.back() == 'S') || ascii::EqualsLower(w, "claims"))
        return false;
      auto next_word = [&](size_t* at) {
        while (*at < s.size() && s[*at] == ' ') ++*at;
        const size_t b = *at;
        while (*at < s.size() && (ascii::IsAlpha(s[*at]) || s[*at] == '-')) ++*at;
        return s.substr(b, *at - b);
      };
      // (Not a list's headline, where the word is the plural noun: "Summer Hires 5 Things To
      // Know", "Blog Posts 10 Tips", "Car Recalls 5 Models To Avoid", "New Hires 5 Mistakes".)
      if (HeadlineAdjective(pw)) return false;
      static const auto* listed = new ascii::WordMap<bool>(
          {{"things", true}, {"tips", true}, {"mistakes", true}, {"ways", true}, {"models", true},
           {"reasons", true}, {"facts", true}, {"questions", true}, {"lessons", true}, {"steps", true},
           {"signs", true}, {"ideas", true}, {"rules", true}, {"trends", true}, {"takeaways", true},
           {"secrets", true}, {"habits", true}, {"myths", true}, {"tricks", true}, {"deals", true},
           {"picks", true}, {"books", true}, {"movies", true}, {"songs", true}, {"places", true}},
          /*lower=*/true);
      size_t at = ne;
      std::string_view noun = next_word(&at);
      if (IsMoneyOrScale(noun)) noun = next_word(&at);
      if (HeadlineAdjective(noun)) noun = next_word(&at);
      return noun.size() > 2 && noun[0] >= 'A' && noun[0] <= 'Z' && PluralShape(noun) && !noun.ends_with("ies") &&
             Classify(noun) == WordClass::kContent && listed->Find(noun) == nullptr;
    };
    if (!verb && !t.closes && HeadlineVerb(w) && !(w.size() > 4 && w.ends_with("ed"))) {
      size_t ne = 0;
      bool bare = false;
      verb = count_after(&ne, &bare) && (!NounAsOften(w) || (bare && title_count(ne)));
    }
    if (verb) t.cls = WordClass::kVerb;
  }
}


bool IsNumber(std::string_view w) {
  if (w.empty()) return false;
  const char c = w[0];
  return ascii::IsDigit(c) || c == '$' || (static_cast<unsigned char>(c) >= 0xC2 && w.size() > 2 && ascii::IsDigit(w.back()));
}

bool IsMoneyOrScale(std::string_view w) {
  if (w.empty()) return false;
  if (w[0] == '$' || (w.size() > 1 && (w.starts_with("\xC2\xA3") || w.starts_with("\xE2\x82\xAC")))) return true;
  static const auto* scale = new ascii::WordMap<bool>(
      {{"million", true}, {"billion", true}, {"trillion", true}, {"thousand", true}, {"bn", true}, {"mln", true}},
      /*lower=*/true);
  return scale->Find(w) != nullptr;
}

bool IsYear(std::string_view w) {
  return w.size() == 4 && ascii::IsDigit(w[0]) && ascii::IsDigit(w[1]) && ascii::IsDigit(w[2]) && ascii::IsDigit(w[3]) &&
         (w[0] == '1' || w[0] == '2');
}

WordClass ClassOf(std::string_view, const Token& t) { return t.cls; }

bool Contentish(WordClass c) { return c == WordClass::kContent; }

}  // namespace

bool PluralShape(std::string_view w) {
  return w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is");
}

bool IsAuxiliary(std::string_view w) {
  static const auto* aux = new ascii::WordMap<bool>(
      {{"is", true}, {"are", true}, {"was", true}, {"were", true}, {"be", true}, {"been", true},
       {"has", true}, {"have", true}, {"had", true}, {"will", true}, {"would", true}, {"can", true},
       {"could", true}, {"may", true}, {"might", true}, {"must", true}, {"should", true}, {"do", true},
       {"does", true}, {"did", true}},
      /*lower=*/true);
  return aux->Find(w) != nullptr;
}

WordClass Classify(std::string_view word) {
  // "US" in capitals is the country, not the pronoun; "IT" the trade, not "it".
  if (word == "US" || word == "IT") return WordClass::kContent;
  // "May" with its capital is the month (or a name), not the modal.
  if (word == "May") return WordClass::kTime;
  if (const WordClass* c = Words().Find(word)) return *c;
  // (Longer than the lists hold: "quarter-on-quarter", "quarter-over-quarter".)
  if (word.size() > 16 && ascii::EqualsLower(word.substr(0, 8), "quarter-") &&
      (ascii::EqualsLower(word.substr(8), "on-quarter") || ascii::EqualsLower(word.substr(8), "over-quarter")))
    return WordClass::kTime;
  return WordClass::kContent;
}

const ascii::WordMap<bool>& MoveWords() {
  static const auto* m = new ascii::WordMap<bool>(
      {{"rose", true}, {"rise", true}, {"rises", true}, {"rising", true}, {"risen", true},
       {"increased", true}, {"increase", true}, {"increases", true}, {"increasing", true},
       {"grew", true}, {"grow", true}, {"grows", true}, {"growing", true}, {"grown", true},
       {"growth", true}, {"surged", true}, {"surge", true}, {"surges", true}, {"surging", true},
       {"jumped", true}, {"jump", true}, {"jumps", true}, {"climbed", true}, {"climb", true},
       {"climbs", true}, {"gained", true}, {"gain", true}, {"gains", true}, {"soared", true},
       {"soar", true}, {"soars", true}, {"up", true}, {"higher", true}, {"boosted", true},
       {"expanded", true}, {"expand", true}, {"raised", true}, {"raising", true},
       {"rebounded", true}, {"advanced", true}, {"accelerated", true}, {"doubled", true},
       {"tripled", true}, {"quadrupled", true}, {"spiked", true}, {"added", true},
       {"fell", false}, {"fall", false}, {"falls", false}, {"falling", false}, {"fallen", false},
       {"dropped", false}, {"drop", false}, {"drops", false}, {"dropping", false},
       {"declined", false}, {"decline", false}, {"declines", false}, {"declining", false},
       {"decreased", false}, {"decrease", false}, {"decreases", false}, {"slumped", false},
       {"slump", false}, {"slumps", false}, {"slipped", false}, {"slip", false}, {"slips", false},
       {"plunged", false}, {"plunge", false}, {"plunges", false}, {"plummeted", false},
       {"plummet", false}, {"down", false}, {"lower", false}, {"shrank", false},
       {"shrink", false}, {"shrinks", false}, {"shrunk", false}, {"shrinking", false}, {"contracted", false},
       {"contraction", false},
       {"slid", false}, {"slide", false}, {"slides", false}, {"lost", false}, {"lose", false},
       {"halved", false}, {"halving", false}, {"cut", false}, {"cuts", false}, {"shed", false}, {"sheds", false},
       {"shedding", false},
       {"tumbled", false}, {"tumble", false}, {"sank", false}, {"sink", false}, {"eased", false},
       {"dipped", false}, {"dip", false}, {"retreated", false}, {"slowed", false},
       {"plummeting", false}, {"plunging", false}, {"tumbling", false}, {"sliding", false},
       {"sinking", false}, {"slumping", false}, {"shrinking", false}, {"easing", false},
       {"dipping", false}, {"losing", false}, {"slipping", false}, {"decreasing", false},
       {"contracting", false}, {"soaring", true}, {"jumping", true},
       {"climbing", true}, {"gaining", true}, {"accelerating", true}, {"rebounding", true},
       {"expanding", true}, {"doubling", true}, {"tripling", true},
       {"slowing", false}, {"reduced", false}, {"reduce", false}, {"reduces", false},
       {"reducing", false}, {"raise", true}, {"raises", true}, {"hiked", true}, {"hiking", true},
       {"lowered", false}, {"lowers", false}, {"lowering", false}, {"slashed", false},
       {"slashing", false}, {"trimmed", false}, {"trimming", false}, {"trims", false}, {"slashes", false},
       {"downgraded", false}, {"downgrading", false}, {"downgrades", false}, {"upgraded", true},
       {"upgrading", true}, {"upgrades", true},
       // Markets' verbs of a move ("the dollar weakened 2%", "stocks rallied 5%").
       {"rallied", true}, {"rallying", true}, {"lifted", true}, {"lift", true}, {"lifts", true},
       {"lifting", true}, {"boost", true}, {"boosts", true}, {"boosting", true}, {"strengthened", true}, {"strengthening", true},
       {"firmed", true}, {"swelled", true}, {"ballooned", true},
       {"skyrocketed", true}, {"rocketed", true}, {"leapt", true}, {"leaped", true}, {"widened", true},
       {"weakened", false}, {"weakening", false}, {"softened", false}, {"tanked", false},
       {"sagged", false}, {"narrowed", false}, {"nosedived", false}},
      /*lower=*/true);
  return *m;
}

bool IrregularPast(std::string_view w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"left", true}, {"bound", true}, {"went", true}, {"came", true}, {"took", true}, {"gave", true},
       {"got", true}, {"held", true}, {"kept", true}, {"lost", true}, {"paid", true}, {"sent", true},
       {"spent", true}, {"told", true}, {"found", true}, {"felt", true}, {"met", true}, {"ran", true},
       {"saw", true}, {"won", true}, {"fled", true}, {"fell", true}, {"rose", true}, {"grew", true},
       {"began", true}, {"became", true}, {"made", true}, {"knew", true}, {"stood", true}, {"sat", true},
       {"wrote", true}, {"brought", true}, {"bought", true}, {"sold", true}, {"built", true}, {"caught", true},
       {"fought", true}, {"taught", true}, {"thought", true}, {"led", true}, {"drove", true}, {"flew", true},
       {"swam", true}, {"threw", true}, {"wore", true}, {"broke", true}, {"chose", true}, {"spoke", true},
       {"stole", true}, {"woke", true}, {"struck", true}, {"stuck", true}, {"hung", true}, {"dug", true},
       {"hurt", true}, {"hit", true}, {"shot", true}, {"cut", true}, {"set", true}, {"quit", true},
       {"shut", true}, {"put", true}, {"spread", true}, {"drew", true}, {"beat", true}, {"shook", true}, {"laid", true},
       {"withdrew", true}, {"swept", true}, {"tore", true}, {"sank", true}, {"slid", true}, {"swung", true},
       {"spun", true}, {"dealt", true}, {"lent", true}, {"upheld", true}, {"overtook", true}, {"froze", true},
       {"shed", true}, {"overran", true}, {"outran", true}, {"outshot", true}, {"outfought", true},
       {"overcame", true}, {"outdid", true}, {"withstood", true}, {"outsold", true}, {"outgrew", true},
       {"undercut", true}},
      /*lower=*/true);
  return m->Find(w) != nullptr;
}

bool HeadlineVerb(std::string_view word) {
  if (Classify(word) == WordClass::kVerb) return true;
  // A movement word in the present's -s or a past ("Falls", "Cuts", "Slashed"); not a base form,
  // a participle or a comparative, which are names' as often ("Lower 48", "Fall 2024", "Dead
  // Rising 4", "Slide 12").
  if (MoveWords().Find(word) != nullptr && word.size() > 3 &&
      ((ascii::EqualsLower(word.substr(word.size() - 1), "s") && !ascii::EqualsLower(word.substr(word.size() - 2), "ss")) ||
       ascii::EqualsLower(word.substr(word.size() - 2), "ed")))
    return true;
  static const auto* m = new ascii::WordMap<bool>(
      {{"eliminates", true}, {"eliminate", true}, {"sheds", true}, {"shed", true}, {"axes", true},
       {"axe", true}, {"hires", true}, {"hire", true}, {"fires", true}, {"lays", true},
       {"kills", true}, {"kill", true}, {"injures", true}, {"injure", true}, {"signals", true},
       {"creates", true}, {"recalls", true}, {"evacuates", true}, {"evacuate", true}, {"arrests", true},
       {"arrest", true}, {"detains", true}, {"detain", true}, {"rescues", true}, {"deports", true},
       {"deport", true}, {"bans", true}, {"ban", true}, {"sues", true}, {"sue", true}, {"seeks", true},
       {"approves", true}, {"approve", true}, {"unveils", true}, {"unveil", true}, {"delivers", true},
       {"deploys", true}, {"donates", true}, {"donate", true}, {"pledges", true}, {"pledge", true},
       {"invests", true}, {"invest", true}, {"borrows", true}, {"borrow", true}, {"repays", true},
       {"repay", true}, {"allocates", true}, {"allocate", true}, {"earmarks", true}, {"earmark", true},
       {"acquires", true}, {"acquire", true}, {"welcomes", true}, {"slashes", true}, {"slash", true},
       {"trim", true}, {"cut", true}, {"raise", true}, {"expects", true}, {"eyes", true}, {"mulls", true},
       {"proposes", true}, {"vows", true}, {"promises", true}, {"posts", true}, {"logs", true},
       {"notches", true}, {"sends", true}, {"operates", true}, {"hosts", true}, {"attracts", true},
       {"draws", true}, {"displaces", true}, {"leaves", true}, {"claims", true}, {"saves", true}},
      /*lower=*/true);
  return m->Find(word) != nullptr;
}

bool HeadlineAdjective(std::string_view word) {
  // (Not "More", "Fewer": comparatives end the counted noun, "Hires 200 More Nurses".)
  static constexpr std::string_view kAdjectives[] = {"New",    "Additional", "Extra",     "Local",     "Young",
                                                     "Senior", "Former",     "Full-Time", "Part-Time", "Other",
                                                     "Top",    "Foreign",    "Older"};
  return std::find(std::begin(kAdjectives), std::end(kAdjectives), word) != std::end(kAdjectives);
}

bool NounAsOften(std::string_view word) {
  // Verbs in -s that are as often plural nouns ("jobless claims", "job cuts", "price hikes"), and
  // base forms as often singular ones ("The Pledge 1% movement").
  static const auto* m = new ascii::WordMap<bool>(
      {{"claims", true}, {"cuts", true}, {"hikes", true}, {"bans", true}, {"arrests", true}, {"recalls", true},
       {"signals", true}, {"hires", true}, {"fires", true}, {"pledges", true}, {"posts", true}, {"reports", true},
       {"plans", true}, {"costs", true}, {"gains", true}, {"drops", true}, {"falls", true}, {"rises", true},
       {"lifts", true}, {"boosts", true}, {"draws", true}, {"leaves", true}, {"wins", true}, {"hosts", true},
       {"eyes", true}, {"promises", true}, {"trims", true}, {"logs", true}, {"saves", true}, {"jumps", true},
       {"surges", true}, {"climbs", true}, {"dips", true}, {"slides", true}, {"slumps", true}, {"plunges", true},
       {"increases", true}, {"decreases", true}, {"declines", true}, {"raises", true}, {"upgrades", true},
       {"downgrades", true}, {"offers", true}, {"sales", true}, {"needs", true}, {"holds", true},
       {"pledge", true}, {"ban", true}, {"raise", true}, {"cut", true},
       {"trim", true}, {"slash", true}},
      /*lower=*/true);
  return m->Find(word) != nullptr;
}

bool MovementNoun(std::string_view word, bool* increase) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"increase", true}, {"increases", true}, {"rise", true}, {"rises", true}, {"gain", true},
       {"gains", true}, {"jump", true}, {"jumps", true}, {"growth", true}, {"surge", true},
       {"hike", true}, {"hikes", true}, {"boost", true}, {"rebound", true}, {"climb", true},
       {"decrease", false}, {"decreases", false}, {"drop", false}, {"drops", false},
       {"decline", false}, {"declines", false}, {"fall", false}, {"falls", false}, {"cut", false},
       {"cuts", false}, {"reduction", false}, {"slump", false}, {"plunge", false},
       {"loss", false}, {"losses", false}, {"contraction", false}, {"dip", false},
       {"slide", false}, {"downturn", false}},
      /*lower=*/true);
  const bool* v = m->Find(word);
  if (v == nullptr) return false;
  *increase = *v;
  return true;
}

bool CannotBeginNoun(std::string_view w, std::string_view rest) {
  // The closed lists' prepositions, conjunctions and subordinators, and the adverbs and
  // prepositions that stand after a figure ("600 people worldwide"); not every adverb of the
  // lists: degree words begin noun phrases ("the 20 most expensive restaurants").
  switch (Classify(w)) {
    case WordClass::kPreposition:
    case WordClass::kConjunction:
    case WordClass::kSubordinator:
      return true;
    default:
      break;
  }
  static const auto* words = new ascii::WordMap<bool>(
      {{"till", true}, {"vs", true}, {"amongst", true}, {"amidst", true}, {"beside", true},
       {"besides", true}, {"off", true}, {"out", true}, {"plus", true},
       {"minus", true}, {"apiece", true}, {"away", true}, {"ahead", true}, {"respectively", true},
       {"too", true}, {"again", true}, {"here", true}, {"there", true},
       {"worldwide", true}, {"overall", true}, {"last", true}, {"next", true},
       // (Adverbs of time: "rose to 14 overnight", "closed at 4,200 today".)
       {"overnight", true}, {"today", true}, {"yesterday", true}, {"tonight", true}, {"tomorrow", true},
       {"nationwide", true}, {"statewide", true}, {"apart", true}, {"ago", true}, {"inside", true},
       {"outside", true}},
      /*lower=*/true);
  if (words->Find(w) != nullptr) return true;
  // A comparative before "than" ("25k cheaper than its rivals"; but "two lower courts").
  static const auto* comparatives = new ascii::WordMap<bool>(
      {{"cheaper", true}, {"dearer", true}, {"higher", true}, {"lower", true}, {"larger", true},
       {"smaller", true}, {"bigger", true}, {"greater", true}, {"fewer", true}, {"better", true},
       {"worse", true}, {"longer", true}, {"shorter", true}, {"faster", true}, {"slower", true},
       {"older", true}, {"younger", true}, {"richer", true}, {"poorer", true}, {"stronger", true},
       {"weaker", true}, {"heavier", true}, {"lighter", true}, {"wider", true}, {"narrower", true},
       {"deeper", true}, {"warmer", true}, {"colder", true}, {"hotter", true}, {"cooler", true},
       {"wetter", true}, {"drier", true}},
      /*lower=*/true);
  if (comparatives->Find(w) != nullptr) {
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.size() >= 4 && ascii::EqualsLower(rest.substr(0, 4), "than") && (rest.size() == 4 || !ascii::IsAlpha(rest[4])))
      return true;
  }
  // An adverb in -ly ("decently", "sharply"), not a noun that ends so ("family", "supply").
  static const auto* nouns = new ascii::WordMap<bool>(
      {{"family", true}, {"supply", true}, {"assembly", true}, {"anomaly", true}, {"monopoly", true},
       {"rally", true}, {"reply", true}, {"ally", true}, {"july", true}, {"italy", true}, {"belly", true},
       {"jelly", true}, {"bully", true}, {"lily", true}, {"butterfly", true}, {"tally", true}},
      /*lower=*/true);
  if (!(w.size() > 4 && (w.ends_with("ly") || w.ends_with("LY")) && nouns->Find(w) == nullptr)) return false;
  // (An adjective in -ly before its noun: "615 million monthly active users", "1,500 likely
  // voters", "12 deadly attacks"; "rose 3% monthly in May" is an adverb.)
  static const auto* adjectives = new ascii::WordMap<bool>(
      {{"monthly", true}, {"daily", true}, {"weekly", true}, {"yearly", true}, {"quarterly", true},
       {"hourly", true}, {"nightly", true}, {"likely", true}, {"elderly", true}, {"deadly", true},
       {"costly", true}, {"friendly", true}, {"lonely", true}, {"orderly", true}},
      /*lower=*/true);
  if (adjectives->Find(w) == nullptr) return true;
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  size_t e = 0;
  while (e < rest.size() && ascii::IsAlpha(rest[e])) ++e;
  // (Not before a past: "Some 500 likely drowned".)
  const std::string_view next = rest.substr(0, e);
  return e == 0 || rest[0] < 'a' || rest[0] > 'z' || Classify(next) != WordClass::kContent || IrregularPast(next) ||
         (next.size() > 3 && next.ends_with("ed"));
}

bool ParticipleWithObject(std::string_view w, std::string_view rest) {
  if (w.size() <= 5 || !(w.ends_with("ing") || w.ends_with("ING"))) return false;
  std::string_view next = rest;
  while (!next.empty() && next.front() == ' ') next.remove_prefix(1);
  size_t e = 0;
  while (e < next.size() && ascii::IsAlpha(next[e])) ++e;
  // (An article or a possessive, not "this", "each" of a time: "1 shooting this weekend"; not
  // "the most": "the 5 remaining the most expensive".)
  static const auto* objects = new ascii::WordMap<bool>(
      {{"the", true}, {"a", true}, {"an", true}, {"its", true}, {"their", true}, {"his", true},
       {"her", true}, {"our", true}, {"your", true}, {"my", true}},
      /*lower=*/true);
  if (e == 0 || objects->Find(next.substr(0, e)) == nullptr) return false;
  const std::string_view after = next.substr(e);
  return !(after.starts_with(" most ") || after.starts_with(" least "));
}

bool MeasureNoun(std::string_view word) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"high", true}, {"low", true}, {"total", true}, {"sum", true}, {"average", true},
       {"peak", true}, {"record", true}, {"level", true}, {"maximum", true}, {"minimum", true},
       {"tune", true}, {"rate", true}, {"increase", true}, {"decrease", true}, {"rise", true},
       {"fall", true}, {"drop", true}, {"decline", true}, {"gain", true}, {"jump", true},
       {"growth", true}, {"reduction", true}, {"loss", true}, {"cut", true}, {"figure", true},
       {"amount", true}, {"value", true}, {"tally", true}, {"estimate", true}},
      /*lower=*/true);
  return m->Find(word) != nullptr;
}

size_t ForecastersExpected(std::string_view s, size_t begin, size_t at) {
  static const auto* who = new ascii::WordMap<bool>(
      {{"analysts", true}, {"economists", true}, {"experts", true}, {"forecasters", true}, {"strategists", true},
       {"traders", true}, {"markets", true}, {"investors", true}, {"pollsters", true}},
      /*lower=*/false);
  static const auto* verbs = new ascii::WordMap<bool>(
      {{"expected", true}, {"forecast", true}, {"predicted", true}, {"estimated", true}, {"projected", true},
       {"anticipated", true}, {"forecasted", true}},
      /*lower=*/false);
  size_t pos = at;
  auto next = [&]() {
    if (pos >= s.size() || s[pos] != ' ') return std::string_view();
    size_t e = pos + 1;
    while (e < s.size() && ascii::IsAlpha(s[e])) ++e;
    const std::string_view w = s.substr(pos + 1, e - pos - 1);
    pos = e;
    return w;
  };
  // (A movement's noun may name the figure first: "than the 0.7% decline economists had expected".)
  std::string_view w = next();
  bool increase = false;
  if (MovementNoun(w, &increase)) w = next();
  if (who->Find(w) == nullptr) return 0;
  std::string_view v = next();
  if (v == "had" || v == "have") v = next();
  if (verbs->Find(v) == nullptr) return 0;
  // (At a clause's end, and the figure after "the" after a word of comparing: "below the",
  // "beating the", "than the", "with the"; not "The 50 experts expected in Geneva".)
  const size_t end = pos;
  if (!(pos >= s.size() || s[pos] == '.' || s[pos] == ',' || s[pos] == ';' || s[pos] == ')')) {
    // ("had predicted for March", "in a Reuters poll"; not "expected in Geneva": real people.)
    const std::string_view after = next();
    bool poll = false;
    if (after == "in")
      for (int n = 0; n < 3 && !poll; ++n) {
        const std::string_view w = next();
        poll = w == "poll" || w == "polls" || w == "survey" || w == "surveys" || w == "consensus";
      }
    if (after != "for" && !poll) return 0;
  }
  size_t we = begin;
  while (we > 0 && s[we - 1] == ' ') --we;
  size_t wb = we;
  while (wb > 0 && ascii::IsAlpha(s[wb - 1])) --wb;
  if (s.substr(wb, we - wb) != "the") return 0;
  size_t ce = wb;
  while (ce > 0 && s[ce - 1] == ' ') --ce;
  size_t cb = ce;
  while (cb > 0 && ascii::IsAlpha(s[cb - 1])) --cb;
  const std::string_view cmp = s.substr(cb, ce - cb);
  const bool compares = cmp == "than" || cmp == "versus" || cmp == "vs" || cmp == "below" || cmp == "above" ||
                        cmp == "of" || cmp == "with" || cmp == "to" || cmp == "from" || cmp == "under" || cmp == "over" ||
                        cmp == "beat" || cmp == "missed" || cmp == "topped" || cmp == "matched" || cmp == "exceeded" ||
                        (cmp.size() > 4 && cmp.ends_with("ing"));
  return compares ? end : 0;
}

bool SizeAdjective(std::string_view w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"tall", true}, {"long", true}, {"wide", true}, {"high", true}, {"deep", true}, {"thick", true},
       {"away", true}, {"apart", true}, {"across", true}, {"short", true}, {"thin", true}, {"heavy", true}},
      /*lower=*/true);
  return m->Find(w) != nullptr;
}

bool DayVerb(std::string_view w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"closed", true}, {"ended", true}, {"finished", true}, {"opened", true}, {"settled", true}, {"traded", true}},
      /*lower=*/true);
  return m->Find(w) != nullptr;
}

size_t DaySpanEnd(std::string_view s) {
  static const auto* span = new ascii::WordMap<bool>(
      {{"day", true}, {"session", true}, {"week", true}, {"month", true}, {"quarter", true}, {"year", true}},
      /*lower=*/true);
  auto word_before = [&](size_t end) {
    while (end > 0 && s[end - 1] == ' ') --end;
    size_t b = end;
    while (b > 0 && s[b - 1] != ' ') --b;
    return std::pair<size_t, size_t>{b, end};
  };
  const auto [tb, te] = word_before(s.size());
  if (tb >= te || span->Find(s.substr(tb, te - tb)) == nullptr) return std::string_view::npos;
  const auto [db, de] = word_before(tb);
  if (db >= de || !ascii::EqualsLower(s.substr(db, de - db), "the")) return std::string_view::npos;
  const auto [vb, ve] = word_before(db);
  if (vb >= ve || !DayVerb(s.substr(vb, ve - vb))) return std::string_view::npos;
  return vb;
}

bool DegreeVerb(std::string_view w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"edged", true}, {"edges", true}, {"edging", true}, {"inched", true}, {"inching", true},
       {"ticked", true}, {"ticking", true}, {"crept", true}, {"creeping", true}, {"creeps", true},
       {"moved", true}, {"moving", true}, {"nudged", true}, {"drifted", true}, {"drifting", true},
       {"trended", true}, {"trending", true}, {"headed", true}, {"heading", true}},
      /*lower=*/true);
  return m->Find(w) != nullptr;
}

bool ParticleVerb(std::string_view w) {
  static const auto* revising = new ascii::WordMap<bool>(
      {{"revised", true}, {"revises", true}, {"revising", true}, {"marked", true}, {"scaled", true},
       {"ratcheted", true}, {"pared", true}, {"dialed", true}, {"dialled", true}, {"ramped", true}},
      /*lower=*/true);
  return revising->Find(w) != nullptr || DegreeVerb(w);
}

bool HoldingPast(std::string_view w) {
  static const auto* holding = new ascii::WordMap<bool>(
      {{"posted", true}, {"generated", true}, {"booked", true}, {"logged", true}, {"delivered", true},
       {"shipped", true}, {"handled", true}, {"processed", true}, {"attracted", true},
       {"registered", true}, {"notched", true}, {"clocked", true}, {"amassed", true}, {"accumulated", true},
       {"collected", true}, {"secured", true}, {"netted", true}, {"grossed", true}, {"incurred", true},
       {"served", true}, {"welcomed", true}, {"operated", true}, {"completed", true},
       {"filed", true}, {"outscored", true}, {"outsold", true}, {"outspent", true}, {"outperformed", true},
       {"underperformed", true}, {"outnumbered", true}, {"carried", true}, {"achieved", true},
       {"suffered", true}},
      /*lower=*/false);
  return holding->Find(w) != nullptr;
}

bool ParticleVerbPast(std::string_view w) {
  return ParticleVerb(w) && !ascii::EqualsLower(w, "headed") &&
         (w.ends_with("ed") || w.ends_with("ED") || ascii::EqualsLower(w, "crept") || ascii::EqualsLower(w, "revises"));
}

bool NounAfterDeterminer(std::string_view w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"measure", true}, {"measures", true}, {"range", true}, {"ranges", true}, {"cost", true}, {"costs", true},
       {"plan", true}, {"plans", true}, {"offer", true}, {"offers", true}, {"estimate", true}, {"estimates", true},
       {"forecast", true}, {"forecasts", true}, {"project", true}, {"projects", true}, {"reports", true},
       {"hit", true}, {"win", true}, {"wins", true}, {"gains", true}, {"needs", true}, {"holds", true}},
      /*lower=*/true);
  return m->Find(w) != nullptr;
}

namespace {

// A reporting verb that closes an aside ("Inflation, she said, could fall"), its comma after it.
bool ReportingAside(std::string_view w) {
  static const auto* m = new ascii::WordMap<bool>(
      {{"said", true}, {"says", true}, {"added", true}, {"adds", true}, {"noted", true}, {"notes", true},
       {"argued", true}, {"argues", true}, {"warned", true}, {"warns", true}, {"wrote", true}, {"writes", true},
       {"believes", true}, {"thinks", true}, {"reckons", true}, {"predicted", true}, {"predicts", true},
       {"estimated", true}, {"estimates", true}, {"insisted", true}, {"insists", true}, {"suggested", true},
       {"suggests", true}, {"cautioned", true}, {"explained", true}, {"stressed", true}, {"showed", true},
       {"shows", true}, {"found", true}, {"finds", true}},
      /*lower=*/false);
  return m->Find(w) != nullptr;
}

}  // namespace

std::string_view NounPhraseBefore(std::string_view s, size_t end, size_t floor) {
  thread_local std::vector<Token> toks;
  if (end > s.size()) end = s.size();
  if (floor >= end) return {};
  Tokens(s, floor, end, &toks);
  long i = static_cast<long>(toks.size()) - 1;
  // Auxiliaries and adverbs between the phrase and `end` ("exports have also").
  while (i >= 0 && !toks[i].closes) {
    const WordClass c = ClassOf(s, toks[i]);
    // "was set to", "is expected to", "has been forecast to": the infinitive's "to" and the
    // word that governs it.
    if (i > 0 && ascii::EqualsLower(WordOf(s, toks[i]), "to") && !toks[i - 1].closes &&
        (ClassOf(s, toks[i - 1]) == WordClass::kVerb || TakesInfinitive(WordOf(s, toks[i - 1])))) {
      i -= 2;
      continue;
    }
    // "cause sea levels to rise": the infinitive's subject ends right before "to".
    if (i > 0 && ascii::EqualsLower(WordOf(s, toks[i]), "to") && !toks[i - 1].closes) {
      --i;
      break;
    }
    // A present participle after an auxiliary ("is trending", "are falling") is a verb.
    const std::string_view w0 = WordOf(s, toks[i]);
    if (c == WordClass::kContent && i > 0 && w0.size() > 4 && w0.ends_with("ing") &&
        (ClassOf(s, toks[i - 1]) == WordClass::kVerb ||
         (ClassOf(s, toks[i - 1]) == WordClass::kAdverb && i > 1 && ClassOf(s, toks[i - 2]) == WordClass::kVerb))) {
      --i;
      continue;
    }
    // A verb of degree before the particle that moves ("the index edged down", "inched higher",
    // "ticked up"): the particle is the movement, the verb no part of its subject.
    // (And a market's verb of its close or open: "The Nikkei 225 closed down 1.1%", "ended higher".)
    // (And any verb but an auxiliary before "up" or "down": "Republicans picked up four seats".)
    if (static_cast<size_t>(i) + 1 == toks.size() && !toks[i].closes &&
        (DegreeVerb(w0) || DayVerb(w0) || (c == WordClass::kVerb && !IsAuxiliary(w0)))) {
      size_t pb = end;
      while (pb < s.size() && s[pb] == ' ') ++pb;
      size_t pe = pb;
      while (pe < s.size() && ascii::IsAlpha(s[pe])) ++pe;
      const std::string_view particle = s.substr(pb, pe - pb);
      if (pb > toks[i].e && (ascii::EqualsLower(particle, "up") || ascii::EqualsLower(particle, "down") ||
                             ascii::EqualsLower(particle, "higher") || ascii::EqualsLower(particle, "lower"))) {
        --i;
        continue;
      }
    }
    // "Shares ended the day 1% higher", "closed the week at": a day's verb and its time.
    if (static_cast<size_t>(i) + 1 == toks.size() && i >= 2 && !toks[i].closes && !toks[i - 1].closes &&
        DaySpanEnd(s.substr(0, toks[i].e)) == toks[i - 2].b) {
      i -= 3;
      continue;
    }
    // (An adverb in -ly the lists lack: "Nvidia's market value briefly topped".)
    if (c == WordClass::kContent && static_cast<size_t>(i) + 1 == toks.size() && i > 0 && w0.size() > 4 &&
        w0.ends_with("ly") && CannotBeginNoun(w0, {})) {
      --i;
      continue;
    }
    if (c != WordClass::kVerb && c != WordClass::kAdverb) break;
    if (c == WordClass::kVerb && i > 0 && ClassOf(s, toks[i - 1]) == WordClass::kVerb) { --i; continue; }
    if (c == WordClass::kVerb) {
      // Only auxiliaries: a content verb before `end` means the phrase is its object, not ours.
      const std::string_view w = WordOf(s, toks[i]);
      if (!IsAuxiliary(w)) break;
    }
    --i;
  }
  // A reporting aside between the phrase and its verb: "Inflation, she said, could fall", "Sales,
  // the company said, rose" (a speaker of four words at most, no verb of its own).
  if (i >= 2 && toks[i].closes && s[toks[i].e - 1] == ',' && ReportingAside(WordOf(s, toks[i]))) {
    long k = i - 1;
    bool speaker = true;
    while (k >= 0 && !toks[k].closes && i - k <= 5) {
      const WordClass c = ClassOf(s, toks[k]);
      speaker = speaker && (c == WordClass::kContent || c == WordClass::kDeterminer || c == WordClass::kPronoun);
      --k;
    }
    if (speaker && k >= 0 && k < i - 1 && toks[k].closes && s[toks[k].e - 1] == ',') i = k;
  }
  if (i < 0) return {};
  // One phrase ending at token `last` (inclusive): its first token, or -1.
  auto chunk = [&](long last) -> long {
    long start = -1;
    for (long k = last; k >= 0; --k) {
      const Token& t = toks[k];
      if (k < last && t.closes) break;
      const WordClass c = ClassOf(s, t);
      // A bound inside the phrase ("stores open at least a year", "firms with more than 50
      // workers"): "more/less/fewer than", "at least/most" between a word of the phrase and its
      // figure or determiner.
      if (c == WordClass::kAdverb && k > 0 && k + 2 <= last && !t.closes && !toks[k - 1].closes) {
        const std::string_view w = WordOf(s, t), before = WordOf(s, toks[k - 1]), after = WordOf(s, toks[k + 1]);
        const bool than = (ascii::EqualsLower(w, "more") || ascii::EqualsLower(w, "less")) &&
                          ascii::EqualsLower(after, "than");
        const bool at = (ascii::EqualsLower(w, "least") || ascii::EqualsLower(w, "most")) &&
                        ascii::EqualsLower(before, "at");
        const WordClass bc = ClassOf(s, toks[k - 1]);
        // (Not after a verb the lists lack: "the gang stole more than 300 cars", "defrauded more
        // than 3,000 investors".)
        const bool past = before.size() > 3 && (before.ends_with("ed") || IrregularPast(before));
        if ((than && !past && (bc == WordClass::kContent || bc == WordClass::kPreposition)) ||
            (at && k > 1 && !toks[k - 2].closes && ClassOf(s, toks[k - 2]) == WordClass::kContent))
          continue;
      }
      // A verb that is as often a noun, after a determiner and at most one word more: "a key
      // measure of profitability", "the price range".
      // (After one word more only a singular after "a": "a key measure", not "The bank forecasts".)
      if (c == WordClass::kVerb && k > 0 && !toks[k - 1].closes && NounAfterDeterminer(WordOf(s, t))) {
        const WordClass pc = ClassOf(s, toks[k - 1]);
        const std::string_view a = k > 1 ? WordOf(s, toks[k - 2]) : std::string_view();
        if (pc == WordClass::kDeterminer ||
            (pc == WordClass::kContent && k > 1 && !toks[k - 2].closes && !WordOf(s, t).ends_with("s") &&
             (ascii::EqualsLower(a, "a") || ascii::EqualsLower(a, "an")))) {
          start = k;
          continue;
        }
      }
      if (c == WordClass::kVerb || c == WordClass::kSubordinator || c == WordClass::kAdverb) break;
      if (c == WordClass::kPronoun) {
        if (k == last) start = k;
        break;
      }
      if (c == WordClass::kConjunction) {
        if (k == 0 || k == last) break;
        const Token& l = toks[k - 1];
        const WordClass lc = ClassOf(s, l);
        const WordClass rc = ClassOf(s, toks[k + 1]);
        // (Two times joined are one: "Job growth for May and June".)
        const bool times = lc == WordClass::kTime && rc == WordClass::kTime && !l.closes;
        if (!times &&
            (!Contentish(lc) || l.closes || IsNumber(WordOf(s, l)) || !(Contentish(rc) || rc == WordClass::kDeterminer)))
          break;
        continue;
      }
      if (c == WordClass::kPreposition) continue;
      // Another figure's money or scale ends the phrase ("a record with about $7.2 billion
      // through the delivery": the delivery).
      if (k < last && IsMoneyOrScale(WordOf(s, t))) break;
      start = k;
      if (t.opens || last - k >= 15) break;
    }
    if (start < 0) return -1;
    // Leading prepositions, conjunctions: not part of the phrase.
    bool adverbial = start > 0 && ClassOf(s, toks[start - 1]) == WordClass::kPreposition;
    while (start <= last) {
      const WordClass c = ClassOf(s, toks[start]);
      if (c != WordClass::kPreposition && c != WordClass::kConjunction) break;
      adverbial |= c == WordClass::kPreposition;
      ++start;
    }
    // A reporting participle opening a clause it reports: "..., saying the death toll had climbed",
    // "adding demand had dropped".
    if (start < last) {
      static const auto* reporting = new ascii::WordMap<bool>(
          {{"saying", true}, {"adding", true}, {"noting", true}, {"warning", true}, {"arguing", true},
           {"claiming", true}, {"insisting", true}, {"stressing", true}, {"explaining", true}},
          /*lower=*/false);
      // (Only after the clause's comma: "regulators said warning lights had flashed" keeps it.)
      if (start > 0 && toks[start - 1].closes && s[toks[start - 1].e - 1] == ',' &&
          reporting->Find(WordOf(s, toks[start])) != nullptr)
        ++start;
    }
    // A leading adverbial of time ("since the start of last season Chris Wood", "this year
    // Tesla shares", "in 2018 employment"): the phrase starts after its last time word.
    for (long k = last - 1; k >= start; --k) {
      const std::string_view w = WordOf(s, toks[k]);
      // A time word opens an adverbial after a preposition ("since the start of last season")
      // or after this/last/next ("this year Tesla shares"), not as a modifier ("the September
      // contract").
      const bool after_deictic =
          k > start && (ascii::EqualsLower(WordOf(s, toks[k - 1]), "this") ||
                        ascii::EqualsLower(WordOf(s, toks[k - 1]), "last") ||
                        ascii::EqualsLower(WordOf(s, toks[k - 1]), "next"));
      // "the September natural gas contract": after another determiner the time word modifies.
      // (A month or day name: "the season Ruritania United" stays an adverbial.)
      const bool modifier = k > start && !after_deictic && ClassOf(s, toks[k - 1]) == WordClass::kDeterminer &&
                            !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
      // ("A year ago petrol": "ago" ends an adverbial of time wherever it stands.)
      const bool time = (ClassOf(s, toks[k]) == WordClass::kTime && (adverbial || after_deictic) && !modifier) ||
                        (adverbial && IsYear(w)) || ascii::EqualsLower(w, "ago");
      if (!time) continue;
      const WordClass next = ClassOf(s, toks[k + 1]);
      if (next == WordClass::kContent || next == WordClass::kDeterminer) start = k + 1;
      break;
    }
    // Trailing prepositions and determiners cannot end a phrase.
    return start <= last ? start : -1;
  };
  long last = i;
  while (last >= 0) {
    const WordClass c = ClassOf(s, toks[last]);
    if (c != WordClass::kPreposition && c != WordClass::kDeterminer && c != WordClass::kConjunction) break;
    --last;
  }
  if (last < 0 || (last < i && toks[last].closes)) return {};
  if (last != i) return {};  // "the rise of" before end: not a phrase that ends here
  long start = chunk(last);
  if (start < 0) return {};
  // A list brought in by "including" ("imports of vehicles, including cars, tractors and trucks,
  // slumped"): the phrase it hangs from is the subject.
  if (toks[last].closes && s[toks[last].e - 1] == ',') {
    for (long m = start; m >= 1 && start - m < 16; --m) {
      const std::string_view w = WordOf(s, toks[m]);
      if (!ascii::EqualsLower(w, "including") && !ascii::EqualsLower(w, "excluding") &&
          !ascii::EqualsLower(w, "notably") && !ascii::EqualsLower(w, "especially"))
        continue;
      if (toks[m - 1].closes && s[toks[m - 1].e - 1] == ',') {
        const long outer = chunk(m - 1);
        if (outer >= 0) return s.substr(toks[outer].wb, toks[m - 1].we - toks[outer].wb);
      }
      break;
    }
  }
  // An appositive ending in a comma right before `end`: "Healthcare, the best sector, fell".
  if (toks[last].closes && s[toks[last].e - 1] == ',' && start > 0 && toks[start - 1].closes &&
      s[toks[start - 1].e - 1] == ',') {
    long outer = chunk(start - 1);
    if (outer >= 0 && start - outer <= 4 && (outer == 0 || toks[outer - 1].closes ||
                                             ClassOf(s, toks[outer - 1]) != WordClass::kContent))
      start = outer;
  } else if (toks[last].closes && !(s[toks[last].e - 1] == ',' )) {
    // "sales (in dollars) rose": the phrase closed by a bracket is still ours; anything else
    // closed (a full stop, a colon) is not.
    if (s[toks[last].e - 1] != ')') return {};
  }
  // Numbers and time words alone ("in 2018", "last year") are not a phrase the figure is about.
  bool any = false;
  for (long k = start; k <= last && !any; ++k) {
    const std::string_view w = WordOf(s, toks[k]);
    any = ClassOf(s, toks[k]) == WordClass::kContent && !IsNumber(w) && !IsYear(w);
    any |= ClassOf(s, toks[k]) == WordClass::kPronoun;
  }
  if (!any) return {};
  return s.substr(toks[start].wb, toks[last].we - toks[start].wb);
}

const std::vector<std::pair<size_t, size_t>>& VerbsIn(std::string_view s, size_t begin, size_t end) {
  thread_local std::vector<Token> toks;
  thread_local std::vector<std::pair<size_t, size_t>> verbs;
  verbs.clear();
  if (end > s.size()) end = s.size();
  if (begin >= end) return verbs;
  Tokens(s, begin, end, &toks);
  for (const Token& t : toks)
    if (t.cls == WordClass::kVerb && t.wb < t.we) verbs.emplace_back(t.wb, t.we);
  return verbs;
}

std::string_view NounPhraseAfter(std::string_view s, size_t begin, size_t limit, bool plural_first) {
  thread_local std::vector<Token> toks;
  if (limit > s.size()) limit = s.size();
  if (begin >= limit) return {};
  Tokens(s, begin, limit, &toks);
  if (toks.empty()) return {};
  long last = -1;
  for (size_t k = 0; k < toks.size() && k < 12; ++k) {
    const Token& t = toks[k];
    if (k > 0 && t.opens) break;
    WordClass c = ClassOf(s, t);
    if (k == 0 && plural_first && c == WordClass::kVerb && PluralShape(WordOf(s, t)) && !IsAuxiliary(WordOf(s, t)))
      c = WordClass::kContent;
    if (c == WordClass::kVerb || c == WordClass::kSubordinator || c == WordClass::kTime || c == WordClass::kAdverb) break;
    if (c == WordClass::kPronoun && k > 0) break;
    if (c == WordClass::kConjunction) {
      if (k == 0 || toks[k - 1].closes || k + 1 >= toks.size()) break;
      const WordClass lc = ClassOf(s, toks[k - 1]);
      const WordClass rc = ClassOf(s, toks[k + 1]);
      if (!Contentish(lc) || IsNumber(WordOf(s, toks[k - 1])) || !Contentish(rc)) break;
      continue;
    }
    if (c == WordClass::kPreposition) {
      if (k == 0) break;
      const std::string_view w = WordOf(s, t);
      if (!ascii::EqualsLower(w, "of") && !ascii::EqualsLower(w, "in") && !ascii::EqualsLower(w, "among") &&
          !ascii::EqualsLower(w, "across"))
        break;
      if (toks[k - 1].closes) break;
      continue;
    }
    if (c == WordClass::kContent && IsNumber(WordOf(s, t)) && !IsYear(WordOf(s, t))) break;
    // A past after a plural or a pronoun is its verb ("of its stores closed", "of them left", "of
    // the managers quit").
    if (c == WordClass::kContent && k > 0 && !toks[k - 1].closes) {
      const std::string_view w = WordOf(s, t), pw = WordOf(s, toks[k - 1]);
      if ((ClassOf(s, toks[k - 1]) == WordClass::kPronoun || (PluralShape(pw) && pw.back() == 's')) &&
          w.front() >= 'a' && w.front() <= 'z' &&
          (IrregularPast(w) || (w.size() > 4 && w.ends_with("ed") && !w.ends_with("eed"))))
        break;
      // So is a plain present after a plural, before its object's determiner or "of" ("of voters
      // back the plan", "of Americans support a ban", "of voters approve of"; not before "to": "of
      // their sales revenue to the state").
      if (PluralShape(pw) && pw.back() == 's' && w.size() > 2 && w.front() >= 'a' && w.front() <= 'z' &&
          !t.closes && k + 1 < toks.size() && !w.ends_with("s") && !w.ends_with("ing") && !w.ends_with("ly") &&
          !w.ends_with("ed") && ascii::IsAlpha(w.back())) {
        const std::string_view nw = WordOf(s, toks[k + 1]);
        // ("of" only after a plural in small letters: "the Marten Hills region of Alberta".)
        if ((nw == "of" && pw.front() >= 'a' && pw.front() <= 'z') || nw == "the" || nw == "a" || nw == "an" || nw == "their" || nw == "its" || nw == "his" ||
            nw == "her" || nw == "this" || nw == "these" || nw == "those")
          break;
      }
    }
    last = static_cast<long>(k);
    if (t.closes) break;
  }
  // Nor a period's phrase: "of foreign currency in the second quarter", "of steel in the first
  // half" (the period's noun is a word of time, or "half", after "the" and an ordinal).
  {
    auto word = [&](long k) { return k >= 0 ? WordOf(s, toks[k]) : std::string_view(); };
    long k = last;
    if (k >= 0 && (ascii::EqualsLower(word(k), "half") || ascii::EqualsLower(word(k), "quarter"))) --k;
    static const auto* ordinal = new ascii::WordMap<bool>(
        {{"first", true}, {"second", true}, {"third", true}, {"fourth", true}, {"last", true}, {"past", true},
         {"latest", true}, {"final", true}},
        /*lower=*/true);
    if (k >= 2 && ordinal->Find(word(k)) != nullptr && ascii::EqualsLower(word(k - 1), "the") &&
        ClassOf(s, toks[k - 2]) == WordClass::kPreposition)
      last = k - 3;
  }
  // Trailing determiners cannot end a phrase, nor the preposition before one ("lower profits in
  // the quarter": "lower profits").
  while (last >= 0 && (ClassOf(s, toks[last]) == WordClass::kDeterminer || ClassOf(s, toks[last]) == WordClass::kPreposition ||
                       ClassOf(s, toks[last]) == WordClass::kConjunction))
    --last;
  if (last < 0) return {};
  return s.substr(toks[0].wb, toks[last].we - toks[0].wb);
}

}  // namespace copydesk::extractors::chunk
