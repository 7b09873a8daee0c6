#include "extractors/sources.h"

#include <algorithm>
#include <tuple>
#include <vector>

#include "corpus/ascii.h"
#include "extractors/chunk.h"
#include "extractors/clause_words.h"
#include "extractors/tables.h"

namespace copydesk::extractors::sources {

using namespace clause;  // NOLINT: the clause's word helpers, throughout

namespace {

// Whether a source names a person: its last two words capitalized names ("Chief Executive Tessa
// Marangoni", "Miriam Kessler", "Board chair Lucia Fernandez"), neither an institution's word
// ("Halbrook Research"), not of a phrase with "the" or after "of" ("the National Association of
// Realtors", "Bank of New Zealand").
bool PersonName(std::string_view source) {
  const std::vector<std::string_view> words = WordsOf(source);
  if (words.size() < 2 || words.size() > 8) return false;
  static const auto* kInstitution = new ascii::WordMap<bool>(
      {{"Department", true}, {"Bureau", true}, {"Association", true}, {"Inc", true}, {"Inc.", true}, {"Corp", true},
       {"Corp.", true}, {"Bank", true}, {"Commission", true}, {"Agency", true}, {"Office", true}, {"Ministry", true},
       {"University", true}, {"Institute", true}, {"Council", true}, {"Board", true}, {"Research", true},
       {"Group", true}, {"Company", true}, {"Ltd", true}, {"Ltd.", true}, {"Service", true}, {"Authority", true},
       {"Survey", true}, {"Statistics", true}, {"Reserve", true}, {"Fund", true}, {"Court", true}, {"Police", true},
       {"Airways", true}, {"Airlines", true}, {"Partners", true}, {"Capital", true}, {"Securities", true},
       {"News", true}, {"Times", true}, {"Post", true}, {"Journal", true}, {"Reuters", true}, {"Press", true},
       {"Union", true}, {"Party", true}, {"Organization", true}, {"Organisation", true}, {"Foundation", true},
       {"Center", true}, {"Centre", true}, {"Committee", true}, {"Federation", true}, {"Administration", true},
       {"Health", true}, {"Holdings", true}, {"Systems", true}, {"Technologies", true}, {"Motors", true},
       {"Grid", true}, {"Energy", true}, {"Power", true}, {"Airport", true}, {"Railways", true}, {"Trust", true}},
      /*lower=*/false);
  // (The name is its last two words; a title before it may name a body: "Board chair Lucia
  // Fernandez", "Shore Capital analyst Tom Needham".)
  for (size_t k = words.size() - 2; k < words.size(); ++k)
    if (kInstitution->Find(Bare(words[k])) != nullptr ||
        std::any_of(words[k].begin(), words[k].end(), [](char c) { return ascii::IsDigit(c); }))
      return false;
  auto capital = [](std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z' && w.size() > 1; };
  return capital(words[words.size() - 1]) && capital(words[words.size() - 2]) &&
         std::none_of(words.begin(), words.end(), [](std::string_view w) { return w == "the" || w == "The"; }) &&
         // (A name joined by "and" is a body's, "Scottish and Northern Grid"; not a title's, "Minister
         // of Trade and Industry Nomvula Dube".)
         std::none_of(words.end() - std::min<size_t>(words.size(), 3), words.end(),
                      [](std::string_view w) { return w == "and" || w == "&"; }) &&
         !(words.size() >= 3 && words[words.size() - 3] == "of");
}

// The gender a common given name tells, 'f' or 'm', or 0 when the name is not one of the common
// ones or is given to both: a veto on "she" for "Michel Moore" and "he" for "Angela Ruiz" (a
// pronoun names the last person quoted only when their name does not tell otherwise).
char NameGender(std::string_view given) {
  static const auto* kNames = new ascii::WordMap<char>(
      {
       {"Aaliyah", 'f'}, {"Abigail", 'f'}, {"Aisha", 'f'}, {"Alexis", 'f'}, {"Alice", 'f'}, {"Alison", 'f'},
       {"Amanda", 'f'}, {"Amber", 'f'}, {"Amy", 'f'}, {"Ana", 'f'}, {"Andrea", 'f'}, {"Angela", 'f'}, {"Anjali",
       'f'}, {"Anke", 'f'}, {"Ann", 'f'}, {"Anna", 'f'}, {"Aoife", 'f'}, {"Ashley", 'f'}, {"Astrid", 'f'}, {"Ayesha",
       'f'}, {"Barbara", 'f'}, {"Betty", 'f'}, {"Beverly", 'f'}, {"Brenda", 'f'}, {"Brittany", 'f'}, {"Camille",
       'f'}, {"Carmen", 'f'}, {"Carol", 'f'}, {"Carolyn", 'f'}, {"Catherine", 'f'}, {"Charlotte", 'f'}, {"Cheryl",
       'f'}, {"Chiara", 'f'}, {"Chloe", 'f'}, {"Christina", 'f'}, {"Christine", 'f'}, {"Claire", 'f'}, {"Cynthia",
       'f'}, {"Danielle", 'f'}, {"Deborah", 'f'}, {"Debra", 'f'}, {"Deepika", 'f'}, {"Denise", 'f'}, {"Diana", 'f'},
       {"Diane", 'f'}, {"Donna", 'f'}, {"Doris", 'f'}, {"Dorothy", 'f'}, {"Eleanor", 'f'}, {"Elena", 'f'},
       {"Elizabeth", 'f'}, {"Ellie", 'f'}, {"Emily", 'f'}, {"Emma", 'f'}, {"Evelyn", 'f'}, {"Fatima", 'f'}, {"Fiona",
       'f'}, {"Frances", 'f'}, {"Francesca", 'f'}, {"Gillian", 'f'}, {"Giulia", 'f'}, {"Gloria", 'f'}, {"Grace",
       'f'}, {"Hannah", 'f'}, {"Harriet", 'f'}, {"Heather", 'f'}, {"Helen", 'f'}, {"Hina", 'f'}, {"Ilse", 'f'},
       {"Ines", 'f'}, {"Ingrid", 'f'}, {"Irina", 'f'}, {"Isabel", 'f'}, {"Isabella", 'f'}, {"Isabelle", 'f'},
       {"Jacqueline", 'f'}, {"Jane", 'f'}, {"Janet", 'f'}, {"Janice", 'f'}, {"Jean", 'f'}, {"Jenna", 'f'},
       {"Jennifer", 'f'}, {"Jessica", 'f'}, {"Joan", 'f'}, {"Joyce", 'f'}, {"Judith", 'f'}, {"Judy", 'f'}, {"Julia",
       'f'}, {"Julie", 'f'}, {"Karen", 'f'}, {"Kate", 'f'}, {"Katherine", 'f'}, {"Kathleen", 'f'}, {"Kathryn", 'f'},
       {"Katrin", 'f'}, {"Kavita", 'f'}, {"Kayla", 'f'}, {"Keiko", 'f'}, {"Kelly", 'f'}, {"Kimberly", 'f'},
       {"Lakshmi", 'f'}, {"Laura", 'f'}, {"Lauren", 'f'}, {"Leila", 'f'}, {"Linda", 'f'}, {"Lisa", 'f'}, {"Lori",
       'f'}, {"Lucia", 'f'}, {"Lucy", 'f'}, {"Madison", 'f'}, {"Manon", 'f'}, {"Margaret", 'f'}, {"Margot", 'f'},
       {"Maria", 'f'}, {"Marie", 'f'}, {"Marilyn", 'f'}, {"Martha", 'f'}, {"Mary", 'f'}, {"Meera", 'f'}, {"Megan",
       'f'}, {"Mei", 'f'}, {"Melissa", 'f'}, {"Mia", 'f'}, {"Michelle", 'f'}, {"Monika", 'f'}, {"Nadia", 'f'},
       {"Nancy", 'f'}, {"Natalie", 'f'}, {"Natasha", 'f'}, {"Nathalie", 'f'}, {"Neha", 'f'}, {"Nicole", 'f'},
       {"Olga", 'f'}, {"Olivia", 'f'}, {"Pamela", 'f'}, {"Patricia", 'f'}, {"Petra", 'f'}, {"Pooja", 'f'}, {"Priya",
       'f'}, {"Priyanka", 'f'}, {"Rachel", 'f'}, {"Rebecca", 'f'}, {"Ruth", 'f'}, {"Sabine", 'f'}, {"Samantha", 'f'},
       {"Sandra", 'f'}, {"Sara", 'f'}, {"Sarah", 'f'}, {"Sharon", 'f'}, {"Shirley", 'f'}, {"Siobhan", 'f'}, {"Sofia",
       'f'}, {"Sophia", 'f'}, {"Sophie", 'f'}, {"Stephanie", 'f'}, {"Sunita", 'f'}, {"Susan", 'f'}, {"Svetlana",
       'f'}, {"Sylvie", 'f'}, {"Tatiana", 'f'}, {"Teresa", 'f'}, {"Tessa", 'f'}, {"Theresa", 'f'}, {"Ursula", 'f'},
       {"Victoria", 'f'}, {"Virginia", 'f'}, {"Yasmin", 'f'}, {"Yuki", 'f'}, {"Zoe", 'f'},
       {"Aaron", 'm'}, {"Adam", 'm'}, {"Ahmed", 'm'}, {"Alan", 'm'}, {"Albert", 'm'}, {"Alexander", 'm'}, {"Alexei",
       'm'}, {"Ali", 'm'}, {"Amit", 'm'}, {"Andre", 'm'}, {"Andrew", 'm'}, {"Angus", 'm'}, {"Anthony", 'm'},
       {"Arjun", 'm'}, {"Arthur", 'm'}, {"Austin", 'm'}, {"Ben", 'm'}, {"Benjamin", 'm'}, {"Bill", 'm'}, {"Billy",
       'm'}, {"Bob", 'm'}, {"Bobby", 'm'}, {"Brandon", 'm'}, {"Brian", 'm'}, {"Bruce", 'm'}, {"Bryan", 'm'},
       {"Callum", 'm'}, {"Carl", 'm'}, {"Carlos", 'm'}, {"Charles", 'm'}, {"Chris", 'm'}, {"Christian", 'm'},
       {"Christopher", 'm'}, {"Colin", 'm'}, {"Dan", 'm'}, {"Daniel", 'm'}, {"Darnell", 'm'}, {"Dave", 'm'},
       {"David", 'm'}, {"DeShawn", 'm'}, {"Dennis", 'm'}, {"Diego", 'm'}, {"Dmitri", 'm'}, {"Donald", 'm'},
       {"Douglas", 'm'}, {"Dylan", 'm'}, {"Edward", 'm'}, {"Elijah", 'm'}, {"Eric", 'm'}, {"Ethan", 'm'}, {"Eugene",
       'm'}, {"Francois", 'm'}, {"Frank", 'm'}, {"Gabriel", 'm'}, {"Gary", 'm'}, {"George", 'm'}, {"Gerald", 'm'},
       {"Giuseppe", 'm'}, {"Graham", 'm'}, {"Gregory", 'm'}, {"Hamish", 'm'}, {"Hans", 'm'}, {"Harold", 'm'},
       {"Harry", 'm'}, {"Hassan", 'm'}, {"Henry", 'm'}, {"Hiroshi", 'm'}, {"Ian", 'm'}, {"Ivan", 'm'}, {"Jack", 'm'},
       {"Jacob", 'm'}, {"Jamal", 'm'}, {"James", 'm'}, {"Jason", 'm'}, {"Javier", 'm'}, {"Jean-Pierre", 'm'},
       {"Jeffrey", 'm'}, {"Jeremy", 'm'}, {"Jerry", 'm'}, {"Jesse", 'm'}, {"Jim", 'm'}, {"Joe", 'm'}, {"John", 'm'},
       {"Jonathan", 'm'}, {"Jordan", 'm'}, {"Jose", 'm'}, {"Joseph", 'm'}, {"Joshua", 'm'}, {"Juan", 'm'}, {"Jurgen",
       'm'}, {"Justin", 'm'}, {"Keith", 'm'}, {"Kenji", 'm'}, {"Kenneth", 'm'}, {"Kevin", 'm'}, {"Klaus", 'm'},
       {"Kyle", 'm'}, {"Larry", 'm'}, {"Lars", 'm'}, {"Lawrence", 'm'}, {"Liam", 'm'}, {"Logan", 'm'}, {"Louis",
       'm'}, {"Luca", 'm'}, {"Luis", 'm'}, {"Malik", 'm'}, {"Marco", 'm'}, {"Mark", 'm'}, {"Markus", 'm'}, {"Mason",
       'm'}, {"Mathieu", 'm'}, {"Matt", 'm'}, {"Matteo", 'm'}, {"Matthew", 'm'}, {"Michael", 'm'}, {"Michel", 'm'},
       {"Miguel", 'm'}, {"Mike", 'm'}, {"Mitch", 'm'}, {"Mohammed", 'm'}, {"Muhammad", 'm'}, {"Nathan", 'm'},
       {"Neil", 'm'}, {"Nicholas", 'm'}, {"Nick", 'm'}, {"Nicolas", 'm'}, {"Nigel", 'm'}, {"Noah", 'm'}, {"Oliver",
       'm'}, {"Olivier", 'm'}, {"Omar", 'm'}, {"Patrick", 'm'}, {"Paul", 'm'}, {"Pedro", 'm'}, {"Peter", 'm'},
       {"Philip", 'm'}, {"Pierre", 'm'}, {"Rahul", 'm'}, {"Rajesh", 'm'}, {"Ralph", 'm'}, {"Randy", 'm'}, {"Ravi",
       'm'}, {"Raymond", 'm'}, {"Richard", 'm'}, {"Robert", 'm'}, {"Roger", 'm'}, {"Rohan", 'm'}, {"Ronald", 'm'},
       {"Roy", 'm'}, {"Russell", 'm'}, {"Ryan", 'm'}, {"Sam", 'm'}, {"Samuel", 'm'}, {"Sanjay", 'm'}, {"Scott", 'm'},
       {"Sean", 'm'}, {"Sergei", 'm'}, {"Stefan", 'm'}, {"Stephen", 'm'}, {"Steve", 'm'}, {"Steven", 'm'}, {"Suresh",
       'm'}, {"Sven", 'm'}, {"Takeshi", 'm'}, {"Tariq", 'm'}, {"Terrell", 'm'}, {"Terry", 'm'}, {"Thomas", 'm'},
       {"Tim", 'm'}, {"Timothy", 'm'}, {"Tobias", 'm'}, {"Tom", 'm'}, {"Tyler", 'm'}, {"Vikram", 'm'}, {"Vincent",
       'm'}, {"Vladimir", 'm'}, {"Walter", 'm'}, {"Wayne", 'm'}, {"Wei", 'm'}, {"William", 'm'}, {"Willie", 'm'},
       {"Zachary", 'm'}},
      /*lower=*/false);
  const char* g = kNames->Find(given);
  return g == nullptr ? 0 : *g;
}

// Whether the sentence speaks of `name` as a thing: "Morgan Stanley said it expects", "Acme, which".
bool CalledIt(std::string_view sentence, std::string_view name) {
  const size_t at = sentence.find(name);
  if (at == std::string_view::npos) return false;
  const std::string_view rest = sentence.substr(at + name.size());
  for (std::string_view w : {" said it ", " says it ", " said its ", " says its ", ", which ", " expects its ", " reported its "})
    if (rest.starts_with(w)) return true;
  return false;
}

// The subject of `sentence` when it names a body that "it" may stand for: a company, an agency,
// a bank ("The central bank", "Toyota", "the ministry"); empty for a person, a plural, a pronoun
// or a thing ("Sales", "The bank's profit").
std::string_view BodySubject(std::string_view sentence) {
  // (Not a quote's: "\"Nobody wants to pay more,\" she said".)
  if (sentence.find('"') != std::string_view::npos || sentence.find("\xE2\x80\x9C") != std::string_view::npos) return {};
  const std::string_view subject = MainSubject(sentence);
  for (std::string_view w : {"Nobody", "Everyone", "Everybody", "Somebody", "Someone", "Anyone", "None", "Many", "Some",
                             "Most", "All", "Few", "Others"})
    if (subject == w) return {};
  if (subject.empty() || IsPronounPhrase(subject) || PersonName(subject) || subject.find('\'') != std::string_view::npos ||
      subject.find(',') != std::string_view::npos)
    return {};
  const std::vector<std::string_view> words = WordsOf(subject);
  if (words.empty() || words.size() > 5) return {};
  const std::string_view head = Bare(words.back());
  static const auto* kBodies = new ascii::WordMap<bool>(
      {{"company", true}, {"bank", true}, {"ministry", true}, {"agency", true}, {"government", true}, {"firm", true},
       {"group", true}, {"carrier", true}, {"airline", true}, {"department", true}, {"office", true}, {"board", true},
       {"commission", true}, {"council", true}, {"retailer", true}, {"maker", true}, {"union", true}, {"court", true},
       {"party", true}, {"regulator", true}, {"insurer", true}, {"lender", true}, {"operator", true}, {"utility", true},
       {"authority", true}, {"chain", true}, {"automaker", true}, {"carmaker", true}, {"chipmaker", true},
       {"producer", true}, {"exchange", true}, {"fund", true}, {"trust", true}, {"institute", true}, {"bureau", true},
       {"service", true}, {"organisation", true}, {"organization", true}, {"club", true}, {"league", true},
       {"city", true}, {"state", true}, {"district", true}, {"university", true}, {"school", true}, {"hospital", true}},
      /*lower=*/true);
  if (kBodies->Find(head) != nullptr) return subject;
  // (A name of a few capitalized words: "Toyota", "Alpbrunn Holding", "Scottish and Northern Grid".)
  if (words.size() <= 4 && words.front() != "The" && std::all_of(words.begin(), words.end(), [](std::string_view w) {
        return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || w == "and" || w == "&");
      }) && !head.ends_with("s"))
    return subject;
  return {};
}

// Whether `text` names someone other than `person`: two capitalized words in a row not of the
// person's name ("Senator Mitch Harlan disagreed"; not "The Fed", a sentence's opening "In May").
bool NamesOtherPerson(std::string_view text, std::string_view person) {
  static const auto* kOpeners = new ascii::WordMap<bool>(
      {{"The", true}, {"A", true}, {"An", true}, {"In", true}, {"On", true}, {"At", true}, {"But", true},
       {"And", true}, {"It", true}, {"He", true}, {"She", true}, {"They", true}, {"We", true}, {"I", true},
       {"This", true}, {"That", true}, {"Its", true}, {"His", true}, {"Her", true}, {"Their", true},
       {"For", true}, {"As", true}, {"By", true}, {"Of", true}, {"Mr", true}, {"Mr.", true}, {"Ms", true},
       {"Ms.", true}, {"Mrs", true}, {"Mrs.", true}, {"Dr", true}, {"Dr.", true}},
      /*lower=*/false);
  const std::vector<std::string_view> words = WordsOf(text);
  auto name_word = [](std::string_view w) {
    return w.size() >= 2 && w[0] >= 'A' && w[0] <= 'Z' &&
           std::all_of(w.begin() + 1, w.end(), [](char c) { return ascii::IsAlpha(c) || c == '-' || c == '\''; });
  };
  for (size_t k = 0; k + 1 < words.size(); ++k) {
    const std::string_view a = Bare(words[k]), b = Bare(words[k + 1]);
    if (words[k] != a || !name_word(a) || !name_word(b) || kOpeners->Find(a) != nullptr) continue;
    if (person.find(a) == std::string_view::npos || person.find(b) == std::string_view::npos) return true;
  }
  return false;
}

// The phrase before an aside that ends right before byte `b`, the subject of the verb there:
// "Walmart, which has 2.1 million employees, said", "The company, in a statement, said", "The
// report, released by UNICEF on Tuesday, found"; empty when no aside ends there.
std::string_view AsideAntecedent(std::string_view s, size_t b) {
  if (b < 2 || s.substr(b - 2, 2) != ", ") return {};
  const std::string_view before = s.substr(0, b - 2);
  for (std::string_view rel : {", which ", ", who ", ", whose ", ", in ", ", at ", ", on ", ", during ", ", speaking ",
                               ", citing ", ", responding ", ", released ", ", published ", ", commissioned ", ", taken ",
                               ", prepared ", ", conducted ", ", carried out "})
    if (const size_t at = before.rfind(rel); at != std::string_view::npos && at > 0 &&
                                             before.substr(at + 1).find(", ") == std::string_view::npos &&
                                             before.substr(at + 1).find_first_of(";:") == std::string_view::npos)
      return chunk::NounPhraseBefore(s, at, 0);
  return {};
}

// The name a "by" brings in, `np` (a view into `s`): through a name's "for" or "of" before a capital
// ("the Institute for Fiscal Studies", "the Center for Economic Research"), not past a preposition
// before small letters or another name ("Capital Economics of customs data", "Pfizer in the New
// England Journal of Medicine"), nor a participle after it ("the National Audit Office published").
// Whether a "by" phrase is a time's, not a body's: "a survey by the end of the month", "by the time
// the plant closes", "by the close of trading", "by the weekend".
bool TimeBy(std::string_view by) {
  const std::vector<std::string_view> words = WordsOf(by.substr(0, 40));
  if (words.size() < 2) return false;
  const std::string_view w = Bare(words[1]);
  return w == "end" || w == "time" || w == "close" || w == "start" || w == "beginning" || w == "middle" ||
         w == "weekend" || w == "week" || w == "month" || w == "year" || w == "deadline" || w == "turn" || w == "spring" ||
         w == "summer" || w == "autumn" || w == "fall" || w == "winter" || w == "morning" || w == "evening";
}

std::string_view ByName(std::string_view s, std::string_view np) {
  const size_t b = static_cast<size_t>(np.data() - s.data());
  size_t end = b + np.size();
  // (Extend over "for"/"of" and capitalized words.)
  for (;;) {
    const auto [pb, pe] = WordAfter(s, end);
    const std::string_view p = s.substr(pb, pe - pb);
    if (!(p == "for" || p == "of" || p == "on")) break;
    const auto [nb, ne] = WordAfter(s, pe);
    std::string_view n = s.substr(nb, ne - nb);
    if (n == "the") {
      const auto [tb, te] = WordAfter(s, ne);
      n = s.substr(tb, te - tb);
    }
    if (n.empty() || n[0] < 'A' || n[0] > 'Z' || np[0] < 'A' || (np[0] > 'Z' && !np.starts_with("the "))) break;
    // (Through the capitalized words after it.)
    size_t k = static_cast<size_t>(n.data() - s.data());
    size_t last = k;
    for (;;) {
      const auto [wb, we] = WordAfter(s, k);
      const std::string_view w = s.substr(wb, we - wb);
      if (w.empty() || w[0] < 'A' || w[0] > 'Z') break;
      last = wb + Bare(w).size();
      k = we;
      if (Bare(w) != w) break;
    }
    if (last <= end) break;
    end = last;
  }
  std::string_view out = s.substr(b, end - b);
  // (A body named in small letters ends before its first preposition or participle: "the police
  // department on Monday", "the statistics agency published on Monday", "the mayor to the council".)
  if (const std::vector<std::string_view> head = WordsOf(out.substr(0, 40));
      !head.empty() && (head[0] == "the" || head[0] == "a" || head[0] == "an") && head.size() > 1 && head[1][0] >= 'a' &&
      head[1][0] <= 'z') {
    const std::vector<std::string_view> words = WordsOf(out);
    for (size_t k = 1; k < words.size(); ++k)
      if (chunk::Classify(words[k]) == chunk::WordClass::kPreposition || (words[k].size() > 4 && words[k].ends_with("ed")) ||
          (Bare(words[k]) != words[k] && !words[k].ends_with("'"))) {  // (not a plural's "dealers' federation")
        const size_t cut = Bare(words[k]) != words[k] && chunk::Classify(words[k]) != chunk::WordClass::kPreposition &&
                                   !(words[k].size() > 4 && Bare(words[k]).ends_with("ed"))
                               ? k + 1
                               : k;
        return s.substr(b, static_cast<size_t>(words[cut - 1].data() - s.data()) + Bare(words[cut - 1]).size() - b);
      }
    return out;
  }
  // (Past its first capital, a name's words are capitals and "for", "of", "the", "and" before one:
  // cut at any other word, "published", "on Thursday", "in the New England", "of customs data".)
  const std::vector<std::string_view> words = WordsOf(out);
  bool named = false;
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string_view w = words[k];
    // (Not a modifier of a place: "the Accra-based think tank Volta Policy Institute".)
    const size_t dash = w.rfind('-');
    const bool capital = w[0] >= 'A' && w[0] <= 'Z' &&
                         (dash == std::string_view::npos || dash + 1 >= w.size() || (w[dash + 1] >= 'A' && w[dash + 1] <= 'Z'));
    const bool joins = (w == "for" || w == "of" || w == "the" || w == "and" || w == "&") && k + 1 < words.size() &&
                       ((words[k + 1][0] >= 'A' && words[k + 1][0] <= 'Z') || words[k + 1] == "the");
    if (named && !capital && !joins && k > 0) {
      out = s.substr(b, static_cast<size_t>(words[k - 1].data() - s.data()) + words[k - 1].size() - b);
      break;
    }
    named = named || capital;
    if (named && (w == "on" || w == "in" || w == "at") && k > 0) {
      out = s.substr(b, static_cast<size_t>(words[k - 1].data() - s.data()) + words[k - 1].size() - b);
      break;
    }
  }
  return out;
}

}  // namespace

namespace {

// Whether a figure follows `e` in its clause, within a dozen words: "sees growth of 1.2%", "estimates
// insured losses at $8 billion".
bool FigureInClause(std::string_view s, size_t e) {
  size_t cur = e;
  for (int n = 0; n < 12; ++n) {
    const auto [wb, we] = WordAfter(s, cur);
    if (we <= wb) return false;
    const std::string_view w = s.substr(wb, we - wb);
    if (std::any_of(w.begin(), w.end(), [](char c) { return ascii::IsDigit(c); })) return true;
    if (w.back() == ',' || w.back() == ';') return false;
    cur = we;
  }
  return false;
}

// Whether the plural before a verb names people who estimate: "Staff see", "economists estimate".
bool EstimatingPeople(std::string_view p) {
  static const auto* kPeople = new ascii::WordMap<bool>(
      {{"staff", true}, {"economists", true}, {"analysts", true}, {"strategists", true}, {"forecasters", true},
       {"traders", true}, {"investors", true}, {"experts", true}, {"researchers", true}, {"scientists", true},
       {"officials", true}, {"modelers", true}, {"modellers", true}, {"members", true}, {"policymakers", true},
       {"consultants", true}},
      /*lower=*/true);
  return kPeople->Find(Bare(p)) != nullptr;
}

// Whether the verb at s[b, e) ("estimates", "sees", "forecasts") has a name before it, not a
// sentence's opening determiner, and a figure after it in its clause: "Kelvingrove Risk estimates
// insured losses at $8 billion"; not "wind power projects to", "The estimates".
bool NamedEstimator(std::string_view s, size_t b, size_t e) {
  const auto [pb, pe] = WordBefore(s, b);
  const std::string_view p = s.substr(pb, pe - pb);
  if (pe <= pb || Bare(p) != p || p[0] < 'A' || p[0] > 'Z' || chunk::Classify(p) == chunk::WordClass::kDeterminer)
    return false;
  // (A name: of two capitalized words or more, "Goldman Sachs", "Kelvingrove Risk", or an acronym,
  // "The IMF"; a sentence's first word only before the verb's object, "Nvidia forecasts second-quarter
  // revenue of", "Walmart sees full-year earnings of"; not a noun's, "Solar projects totalling 600
  // megawatts", nor a lot's, "Heathrow sees 80 million passengers a year".)
  const bool acronym = p.size() >= 2 && std::all_of(p.begin(), p.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '&'; });
  if (!acronym) {
    const auto [qb, qe] = WordBefore(s, pb);
    const std::string_view q = s.substr(qb, qe - qb);
    if (qe <= qb || Bare(q) != q || q[0] < 'A' || q[0] > 'Z' || chunk::Classify(q) == chunk::WordClass::kDeterminer) {
      if (qe > qb) return false;  // (a capitalized word inside the sentence, after small letters)
      const auto [nb, ne] = WordAfter(s, e);
      const std::string_view next = Bare(s.substr(nb, ne - nb));
      const std::string_view v = Bare(s.substr(b, e - b));
      if (next.empty() || next.ends_with("ing") || next.ends_with("ed") || next == "were" || next == "are" ||
          next == "have" || next == "had" || next == "worth" || next == "that" || next == "compiled" ||
          next == "published")
        return false;
      // ("sees" of a forecast's measure: "of", "at" or "to" before its figure.)
      if (v == "sees" || v == "see") {
        const std::string_view rest = s.substr(e, 80);
        size_t digit = 0;
        while (digit < rest.size() && !ascii::IsDigit(rest[digit])) ++digit;
        const std::string_view before_figure = rest.substr(0, digit);
        if (before_figure.find(" of ") == std::string_view::npos && before_figure.find(" at ") == std::string_view::npos &&
            before_figure.find(" to ") == std::string_view::npos)
          return false;
      }
    }
  }
  // (Nor a noun's plural ending its clause: "missing Wall Street estimates, sending its shares down 5%".)
  if (e == 0 || s[e - 1] == ',' || s[e - 1] == ';' || s[e - 1] == '.') return false;
  const auto [nb, ne] = WordAfter(s, e);
  const std::string_view next = s.substr(nb, ne - nb);
  return ne > nb && next != "to" && next != "of" && next != "for" && next != "in" && next != "by" && next != "and" &&
         FigureInClause(s, e);
}

}  // namespace

std::string FindSource(std::string_view s) {
  // Cheap filter first: every cue holds one of these.
  bool cue = false;
  for (std::string_view c : {"said", "say", "heard", "announced", "confirmed", "ccording", "show", "told", "(", "stated", "estimate", "expect", "forecast",
                             "project", "predict", "reported", "found", "warned", "put", "see", "pric"})
    cue |= s.find(c) != std::string_view::npos;
  if (!cue) return "";
  for (size_t at = s.find("ccording to "); at != std::string_view::npos; at = s.find("ccording to ", at + 1)) {
    if (at == 0 || (s[at - 1] != 'a' && s[at - 1] != 'A')) continue;
    std::string_view np = chunk::NounPhraseAfter(s, at + 12, s.size());
    // (A document's author: "according to a calculation by the property site Hearthline",
    // "according to estimates by the research firm Evaluate".)
    // (Up to four words in small letters before "by", the document's.)
    const size_t by_at = s.substr(at + 12, 48).find(" by ");
    if (by_at != std::string_view::npos && [&] {
          // (Not a reporter's: "court documents obtained by", "industry sources cited by".)
          for (std::string_view w : WordsOf(s.substr(at + 12, by_at)))
            if (w[0] < 'a' || w[0] > 'z' || Bare(w) != w || w == "obtained" || w == "cited" || w == "quoted" ||
                w == "seen" || w == "reviewed" || w == "viewed")
              return false;
          return WordsOf(s.substr(at + 12, by_at)).size() <= 4;
        }())
      if (const std::string_view by = chunk::NounPhraseAfter(s, at + 12 + by_at + 4, s.size());
          !by.empty() && by.find_first_of("0123456789") == std::string_view::npos &&
          (std::any_of(by.begin(), by.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }) ||
           (by.starts_with("the ") && !TimeBy(by)))) {  // ("according to estimates by the labour ministry")
        np = ByName(s, by);
      }
    if (!np.empty()) return std::string(np);
  }
  std::string found;
  size_t prev_e = 0;
  bool prev_closes = true;
  // (Two passes: a telling's subject first, "..., Solberg said" over "than models predicted" in
  // the quote; then a verb of estimating's.)
  for (const bool estimates_too : {false, true}) {
  if (!found.empty()) break;
  prev_e = 0;
  prev_closes = true;
  chunk::ForEachToken(s, 0, s.size(), [&](size_t b, size_t e) {
    size_t wb = b, we = e;
    while (wb < we && !ascii::IsWordByte(s[wb])) ++wb;
    while (we > wb && !ascii::IsWordByte(s[we - 1])) --we;
    const std::string_view w = s.substr(wb, we - wb);
    const bool closes_before = prev_closes;
    prev_closes = e > b && (s[e - 1] == ',' || s[e - 1] == '"' || s[e - 1] == ':' ||
                            (e - b >= 3 && static_cast<unsigned char>(s[e - 1]) == 0x9D));
    prev_e = e;
    // ("say" of a subject in the plural, "regional authorities say"; not an infinitive's, a modal's
    // or a noun's: "declined to say", "would say", "have a say".)
    const bool say = w == "say" && [&] {
      const auto [pb, pe] = WordBefore(s, b);
      const std::string_view p = s.substr(pb, pe - pb);
      return pe > pb && Bare(p) == p && chunk::Classify(p) != chunk::WordClass::kVerb && p != "to" && p != "a" &&
             p != "not" && p != "the" && p != "I" && p != "you" && p != "we" && p != "can" && p != "may" && p != "might";
    }();
    // ("announced" in a trailing attribution only: ", the government announced on Friday".)
    const bool announced = (w == "announced" || w == "confirmed") && [&] {
      const std::string_view np = chunk::NounPhraseBefore(s, b, 0);
      const size_t np_at = np.empty() ? 0 : static_cast<size_t>(np.data() - s.data());
      if (np.empty() || np_at < 2 || s.substr(np_at - 2, 2) != ", " || IsPronounPhrase(np)) return false;
      // (Nor a passive's: "it was announced on Friday".)
      const auto [pb, pe] = WordBefore(s, b);
      const std::string_view p = s.substr(pb, pe - pb);
      if (p == "was" || p == "were" || p == "been" || p == "is" || p == "are") return false;
      const auto [nb, ne] = WordAfter(s, e);
      const std::string_view next = s.substr(nb, ne - nb);
      return e >= s.size() || s[e] == ',' || s[e] == '.' || next == "on" || next == "in" || next == "last" ||
             next == "this" || next == "yesterday" || next == "today";
    }();
    const bool said = w == "said" || w == "says" || w == "stated" || say || announced;
    const bool told = w == "told";
    // (Not "expect the report to show": what is expected, not who shows it.)
    const bool show = (w == "show" && !s.substr(0, b).ends_with(" to ")) || w == "shows" || w == "showed";
    // Verbs of estimating, forecasting, finding and reporting tell whose figures follow: "The USDA
    // projected that corn stocks would swell to 2.1 billion bushels", "Halbrook expects shipments to
    // grow 2%"; not in the passive, "is expected to", "was estimated at".
    bool estimating = false;
    if (estimates_too && !said && !told && !show && EstimatingVerb(w) != Estimating::kNone) {
      const auto [pb, pe] = WordBefore(s, b);
      const std::string_view p = s.substr(pb, pe - pb);
      // (Nor an adjective after a verb: "pushed expected yields to 186.5 bushels".)
      estimating = pe > pb && !(p == "is" || p == "are" || p == "was" || p == "were" || p == "be" || p == "been" ||
                                p == "being" || p == "as" || p == "than" || p == "the" || p == "an" || p == "a" ||
                                p == "its" || p == "their" || (p.ends_with(",") && AsideAntecedent(s, b).empty()) ||
                                (p.size() > 3 && p.ends_with("ed") && p[0] >= 'a' && p[0] <= 'z'));
      const auto [nb, ne] = WordAfter(s, e);
      const std::string_view next = ne > nb ? Bare(s.substr(nb, ne - nb)) : std::string_view();
      // (Not a noun's plural, "increase the scale of wind power projects to", nor a reduced passive,
      // "dairy prices expected to increase": "projects", "forecasts", "estimates" before "that" only,
      // and no past before "to".)
      if ((w == "projects" || w == "forecasts" || w == "estimates") && next != "that" && !NamedEstimator(s, b, e))
        estimating = false;
      if (w.ends_with("ed") && (next == "to" || next == "by") && !(p == "had" || p == "have" || p == "has")) estimating = false;
      // (Nor after a figure: "the $12.1 billion expected by analysts" is a reduced passive.)
      if (p == "million" || p == "billion" || p == "trillion" || std::any_of(p.begin(), p.end(), [](char ch) { return ascii::IsDigit(ch); }))
        estimating = false;
      // ("found" of a finding only: "The study found", "found that"; not "found the suspect's car".)
      if (w == "found" && next != "that") {
        static const auto* kFinders = new ascii::WordMap<bool>(
            {{"study", true}, {"survey", true}, {"report", true}, {"analysis", true}, {"review", true},
             {"researchers", true}, {"scientists", true}, {"investigation", true}, {"audit", true}, {"poll", true},
             {"research", true}, {"data", true}, {"inquiry", true}, {"probe", true}, {"paper", true}},
            /*lower=*/true);
        estimating = estimating && kFinders->Find(p) != nullptr;
      }
    }
    // ("see", "sees", "estimate" of a named estimator or a body of people, before a figure of its
    // clause: "Staff see GDP growth of 0.3%", "The Reserve Bank, which cut rates in March, sees
    // inflation averaging 3.2%", "Economists at Halvorsen Economics estimate spending is growing 2.4%".)
    if (estimates_too && !said && !told && !show && !estimating && (w == "see" || w == "sees" || w == "estimate")) {
      const auto [pb, pe] = WordBefore(s, b);
      const std::string_view p = s.substr(pb, pe - pb);
      // (Or a body of them named: "Economists at Barclays estimate", "Consultants at McKinsey estimate".)
      const std::string_view np = chunk::NounPhraseBefore(s, b, 0);
      const bool people = (EstimatingPeople(p) && !ascii::EqualsLower(p, "members")) ||
                          (!np.empty() && np.find(" at ") != std::string_view::npos && EstimatingPeople(np.substr(0, np.find(' '))));
      estimating = pe > pb && (NamedEstimator(s, b, e) || people ||
                               (w == "sees" && p.ends_with(",") && !AsideAntecedent(s, b).empty() &&
                                FigureInClause(s, e)));
      // ("see" of a forecast, not of a lot or a sight: not "Staff see their pay rise 3%", "see off", "see
      // out", "The Lakers see LeBron James return", "Researchers see 500 patients a year".)
      if (estimating && w != "estimate") {
        const auto [nb, ne] = WordAfter(s, e);
        const std::string_view next = Bare(s.substr(nb, ne - nb));
        const bool plain_count = people && !next.empty() &&
                                 std::all_of(next.begin(), next.end(), [](char c) { return ascii::IsDigit(c) || c == ','; });
        const auto [mb, me] = WordAfter(s, ne);
        const std::string_view after_next = s.substr(mb, me - mb);
        const bool named_object = !next.empty() && next[0] >= 'A' && next[0] <= 'Z' && !next.ends_with("'s") &&
                                  !after_next.empty() && after_next[0] >= 'A' && after_next[0] <= 'Z' &&
                                  s.substr(ne, 40).find(" at ") == std::string_view::npos;
        if (next.empty() || next == "their" || next == "his" || next == "her" || next == "its" || next == "off" ||
            next == "out" || next == "our" || next == "my" || plain_count || named_object)
          estimating = false;
      }
    }
    // An estimate put at a figure: "analysts put it at 2.7%", "Keystone put insured losses at $21
    // billion" (not a passive's "was put at", nor "put pressure on").
    // (Not where a passive's agent gives the estimate: "was estimated at 50,000 by organisers, but
    // police put the figure at 18,000".)
    const bool put_at = estimates_too && !said && (w == "put" || w == "puts") && s.find(" estimated at ") == std::string_view::npos && [&] {
      const auto [pb, pe] = WordBefore(s, b);
      const std::string_view p = s.substr(pb, pe - pb);
      if (pe <= pb || p == "was" || p == "were" || p == "be" || p == "been" || p == "is" || p == "are" || p == "to") return false;
      // (Within fourteen words of its clause: "the USDA put corn ending stocks for the 2025/26
      // marketing year at 2.23 billion bushels".)
      const std::vector<std::string_view> after = WordsOf(s.substr(e, 120));
      for (size_t k = 0; k + 1 < after.size() && k < 14; ++k)
        if (after[k].ends_with(",") || after[k].ends_with(";")) {
          return false;
        } else if (after[k] == "at") {
          const std::string_view n = after[k + 1];
          return !n.empty() && (ascii::IsDigit(n[0]) || n[0] == '$' || n.starts_with("\xC2\xA3") || n.starts_with("\xE2\x82\xAC") ||
                                n == "about" || n == "around" || n == "roughly" || n == "nearly" || n == "some");
        }
      return false;
    }();
    // A court's hearing: "Maidstone Crown Court heard", "the tribunal heard that".
    const bool heard = w == "heard" && !s.substr(e).starts_with(" from ") && [&] {
      const auto [pb, pe] = WordBefore(s, b);
      const std::string_view p = s.substr(pb, pe - pb);
      return p == "Court" || p == "court" || p == "tribunal" || p == "Tribunal" || p == "inquiry" || p == "Inquiry" ||
             p == "hearing";
    }();
    // A market's pricing: "Fed funds futures now price 38 basis points of easing", "money markets are
    // pricing a 40% chance of a rise".
    std::string_view priced;
    if (estimates_too && !said && !estimating && (w == "price" || w == "prices" || w == "pricing") && FigureInClause(s, e) &&
        [&] {
          // (A verb's object follows, not a noun's verb: "Oil futures prices rose 2%".)
          const auto [nb, ne] = WordAfter(s, e);
          const std::string_view next = Bare(s.substr(nb, ne - nb));
          return next == "in" || next == "a" || next == "an" || next == "the" || next == "about" || next == "around" ||
                 next == "roughly" || next == "nearly" || next == "some" || next == "more" || next == "less" ||
                 next == "at" || (!next.empty() && ascii::IsDigit(next[0]));
        }()) {
      size_t at = b;
      for (int n = 0; n < 2; ++n) {
        const auto [pb, pe] = WordBefore(s, at);
        const std::string_view p = s.substr(pb, pe - pb);
        if (p != "now" && p != "are" && p != "were" && p != "currently" && p != "still" && p != "also" && p != "fully") break;
        at = pb;
      }
      const auto [pb, pe] = WordBefore(s, at);
      const std::string_view p = Bare(s.substr(pb, pe - pb));
      if (pe > pb && (ascii::EqualsLower(p, "markets") || ascii::EqualsLower(p, "futures") || ascii::EqualsLower(p, "traders") ||
                      ascii::EqualsLower(p, "investors") || ascii::EqualsLower(p, "swaps") ||
                      ascii::EqualsLower(p, "market")))
        priced = chunk::NounPhraseBefore(s, at, 0);
      if (!priced.empty()) {
        found = std::string(priced);
        return false;
      }
    }
    if (!said && !told && !show && !estimating && !heard && !put_at) return true;
    if (said && closes_before && b > 0) {
      // ", said X" / "\" said X": X follows, when it is a name or a phrase, not "that".
      auto [nb, ne] = WordAfter(s, e);
      std::string_view nw = s.substr(nb, ne - nb);
      while (!nw.empty() && !ascii::IsWordByte(nw.back()) && static_cast<unsigned char>(nw.back()) < 0x80) nw.remove_suffix(1);
      const chunk::WordClass c = nw.empty() ? chunk::WordClass::kSubordinator : chunk::Classify(nw);
      if (c == chunk::WordClass::kContent || c == chunk::WordClass::kDeterminer) {
        std::string_view np = chunk::NounPhraseAfter(s, nb, s.size());
        // (Not the subject of the clause "said" takes after an aside: "Walmart, which has 2.1 million
        // employees, said sales rose 4%".)
        const size_t np_end = np.empty() ? 0 : static_cast<size_t>(np.data() - s.data()) + np.size();
        const auto [vb, ve] = WordAfter(s, np_end);
        const std::string_view v = np.empty() || np_end >= s.size() || s[np_end] != ' ' ? std::string_view() : s.substr(vb, ve - vb);
        const bool clause = !v.empty() && (chunk::Classify(v) == chunk::WordClass::kVerb || chunk::IrregularPast(v) ||
                                           chunk::MoveWords().Find(v) != nullptr || UnlistedPast(v));
        if (!np.empty() && !clause) {
          found = std::string(np);
          // (A title before the name in apposition: "said the new council leader, Priya Attwal, 44".)
          if (np[0] >= 'a' && np[0] <= 'z' && s.substr(np_end).starts_with(", ")) {
            const std::string_view name = chunk::NounPhraseAfter(s, np_end + 2, s.size());
            const size_t name_end = name.empty() ? 0 : static_cast<size_t>(name.data() - s.data()) + name.size();
            if (!name.empty() && PersonName(name) && (name_end == s.size() || s[name_end] == ',' || s[name_end] == '.'))
              found = std::string(name);
          }
          return false;
        }
      }
    }
    std::string_view np = chunk::NounPhraseBefore(s, b, 0);
    // ("X reaffirmed guidance of 63 cents and said gearing had fallen": the clause's subject.)
    // ("say" of a named group only: not "a discovery they say", "the 95% experts say is needed".)
    if (say && (IsPronounPhrase(np) || np.find_first_of("0123456789") != std::string_view::npos ||
                UnlistedPast(np.substr(0, np.find(' '))) || chunk::Classify(np.substr(0, np.find(' '))) == chunk::WordClass::kVerb))
      return true;
    if (said && b >= 4 && s.substr(b - 4, 4) == "and " && (b == 4 || s[b - 5] == ' ')) {
      const std::string_view subject = MainSubject(s);
      np = !subject.empty() && subject.data() == s.data() && !IsPronounPhrase(subject) ? subject : std::string_view();
    }
    if (np.empty() && show) {
      // "the agency released data that showed": the one who released the data.
      auto [tb, te] = WordBefore(s, b);
      const std::string_view tw = s.substr(tb, te - tb);
      if (tw == "that" || tw == "which") {
        std::string_view data = chunk::NounPhraseBefore(s, tb, 0);
        if (!data.empty()) {
          np = data;
          auto [vb, ve] = WordBefore(s, static_cast<size_t>(data.data() - s.data()));
          if (vb < ve && chunk::Classify(s.substr(vb, ve - vb)) == chunk::WordClass::kVerb) {
            std::string_view who = chunk::NounPhraseBefore(s, vb, 0);
            if (!who.empty()) np = who;
          }
        }
      }
    }
    // (Past a relative aside to its antecedent: "Walmart, which has 2.1 million employees, said";
    // or a phrase's: "The company, in a statement, said".)
    if (said || estimating || put_at)
      if (const std::string_view a = AsideAntecedent(s, b); !a.empty()) np = a;
    // (A possessive opens no estimator: "raised its annual forecast" is a noun's.)
    // (Nor "it" or "they": "said it expects to carry 50 million" names no one.)
    if (estimating && (np.starts_with("its ") || np.starts_with("their ") || np.starts_with("his ") ||
                       np.starts_with("her ") || np.starts_with("our ") || np.starts_with("Its ") ||
                       np.starts_with("Their ") || np.find(" its ") != std::string_view::npos ||
                       np.find(" their ") != std::string_view::npos || np == "it" || np == "they" || np == "It" ||
                       np == "They" || np == "we" || np == "We" || np == "I" || np == "you" || np.ends_with("'s") ||
                       np.ends_with("s'")))
      return true;
    // (Nor is a figure inside it: "below the 240,000 economists had expected" is the economists'.)
    if (estimating && !np.empty()) {
      size_t cut = std::string_view::npos;
      for (std::string_view t : WordsOf(np))
        if (std::any_of(t.begin(), t.end(), [](char ch) { return ascii::IsDigit(ch); }))
          cut = static_cast<size_t>(t.data() - np.data()) + t.size();
      if (cut != std::string_view::npos) {
        np.remove_prefix(std::min(np.size(), cut + 1));
        for (std::string_view det : {" the ", " a "})
          if (const size_t d = (" " + std::string(np)).rfind(det); d != std::string::npos && d > 0) np.remove_prefix(d);
      }
    }
    // (A figure's noun is not the estimator's: "the 16.1 billion bushels analysts had expected".)
    if (estimating && !np.empty())
      if (const size_t sp = np.find(' '); sp != std::string_view::npos) {
        const auto [fb, fe] = WordBefore(s, static_cast<size_t>(np.data() - s.data()));
        const std::string_view f = s.substr(fb, fe - fb);
        // (Not past a comma: "exports dropped 5%, the agency estimated".)
        if (fe > fb && np[0] >= 'a' && np[0] <= 'z' && !f.ends_with(",") &&
            (std::any_of(f.begin(), f.end(), [](char ch) { return ascii::IsDigit(ch); }) || f == "million" ||
             f == "billion" || f == "trillion"))
          np.remove_prefix(sp + 1);
      }
    if (!np.empty()) {
      found = std::string(np);
      return false;
    }
    return true;
  });
  }
  (void)prev_e;
  // The agent of a passive of estimating or compiling: "was estimated at 3.8 billion pesos by the
  // agriculture department", "the consensus estimate of $2.31 compiled by FactSet".
  if (found.empty())
    for (size_t by = s.find(" by "); by != std::string_view::npos; by = s.find(" by ", by + 1)) {
      const size_t from = by > 80 ? by - 80 : 0;
      const std::vector<std::string_view> before = WordsOf(s.substr(from, by - from));
      bool passive = false;
      for (size_t k = before.size(), n = 0; k-- > 0 && n < 8; ++n) {
        const std::string_view w = Bare(before[k]);
        if (w == "estimated" || w == "compiled" || w == "calculated" || w == "projected" || w == "tallied") {
          passive = k > 0 && (before[k - 1] == "was" || before[k - 1] == "were" || before[k - 1] == "is" ||
                              before[k - 1] == "are" || before[k - 1] == "been" || ascii::IsDigit(before[k - 1].back()) ||
                              before[k - 1] == "million" || before[k - 1] == "billion" ||
                              (before[k - 1][0] >= 'a' && chunk::Classify(before[k - 1]) == chunk::WordClass::kContent));
          break;
        }
        if (before[k].back() == ',' || before[k].back() == ';' || chunk::Classify(w) == chunk::WordClass::kSubordinator) break;
      }
      if (!passive) continue;
      const std::string_view np = chunk::NounPhraseAfter(s, by + 4, s.size());
      if (!np.empty() && np.find_first_of("0123456789") == std::string_view::npos &&
          ((np[0] >= 'A' && np[0] <= 'Z') || np.starts_with("the ")) && !IsPronounPhrase(np)) {
        found = std::string(np);
        break;
      }
    }
  // (Only the subordinate clause's subject: "Shares fell 2% on Monday after the company said" is
  // the company's saying.)
  if (const size_t k = FindSubordinator(found, 0, /*with_as=*/true); k != std::string::npos) {
    found.erase(0, found.find(' ', k + 1) + 1);
    // (A later attribution of the whole sentence outranks it: "Oil fell 3% after Saudi Arabia said
    // it would raise output, traders said.")
    if (const size_t at = s.find(found); at != std::string_view::npos)
      if (const size_t next = s.find(' ', at + found.size() + 1); next != std::string_view::npos)
        if (std::string later = FindSource(s.substr(next)); !later.empty()) return later;
  }
  if (!found.empty()) return found;
  // A wire credit: "(X) -" in the first 160 bytes, X without digits.
  const size_t open = s.find('(');
  if (open != std::string_view::npos && open < 160) {
    const size_t close = s.find(')', open);
    if (close != std::string_view::npos && close - open > 1 && close - open < 48) {
      std::string_view after = s.substr(close + 1);
      while (!after.empty() && after[0] == ' ') after.remove_prefix(1);
      const bool dash = after.starts_with("-") || after.starts_with("\xE2\x80\x93") || after.starts_with("\xE2\x80\x94");
      const std::string_view in = s.substr(open + 1, close - open - 1);
      const bool digits = std::any_of(in.begin(), in.end(), [](char ch) { return ascii::IsDigit(ch); });
      if (dash && !digits) return std::string(in);
    }
  }
  return "";
}

namespace {

// The verb after the words at s[at, at + size), past "had", "have" or "has": "analysts had
// expected" gives "expected".
std::string_view VerbAfter(std::string_view s, size_t end) {
  auto [vb, ve] = WordAfter(s, end);
  std::string_view v = Bare(s.substr(vb, ve - vb));
  if (v == "had" || v == "have" || v == "has") {
    std::tie(vb, ve) = WordAfter(s, ve);
    v = Bare(s.substr(vb, ve - vb));
  }
  return v;
}

// Whether the words at `at` go on the clause before "and" with its subject: a verb of the same
// subject, "and plans to close 25 stores", "and said"; not a new subject, "and its shares rose",
// "and revenue fell".
bool SameSubjectAfter(std::string_view s, size_t at) {
  const auto [ab, ae] = WordAfter(s, at);
  const std::string_view a = Bare(s.substr(ab, ae - ab));
  if (a.empty() || a[0] < 'a' || a[0] > 'z') return false;
  // (Its pronoun and a verb of telling or estimating: "IATA expects ..., and it forecast".)
  if (a == "it" || a == "they") {
    const auto [vb, ve] = WordAfter(s, ae);
    const std::string_view v = Bare(s.substr(vb, ve - vb));
    return EstimatingVerb(v) != Estimating::kNone || v == "said" || v == "says" || v == "sees" || v == "see";
  }
  const chunk::WordClass ca = chunk::Classify(a);
  if (ca == chunk::WordClass::kVerb) return true;
  if (ca != chunk::WordClass::kContent) return false;
  // (A word in -s before "to", or a past: "plans to", "expects to", "raised".)
  const auto [bb, be] = WordAfter(s, ae);
  const std::string_view n = Bare(s.substr(bb, be - bb));
  return (a.ends_with("s") && n == "to") || (UnlistedPast(a) && !NounLikePast(a));
}

}  // namespace

// The estimator named right after a figure: "the 398,000 analysts had projected", "the C$2.28
// that analysts had forecast", "the 4.1% drop analysts had expected", "the 1.5 million Chief
// Executive Anika Brandt had promised"; empty when none.
std::string_view EstimatorAfter(std::string_view s, size_t end) {
  const std::vector<std::string_view> words = WordsOf(s.substr(end, 96));
  for (size_t k = 1; k < words.size() && k <= 7; ++k) {
    const std::string_view v = Bare(words[k]);
    if (!(v == "expected" || v == "forecast" || v == "projected" || v == "estimated" || v == "predicted" ||
          v == "pencilled" || v == "penciled" || v == "promised" || v == "anticipated"))
      continue;
    size_t last = k;  // (the estimator's words end before "had" and the verb)
    const bool had = words[last - 1] == "had" || words[last - 1] == "have" || words[last - 1] == "has";
    if (had) --last;
    // ("forecast" a verb after "had" only: "after its forecast disappointed" is a noun.)
    if (v == "forecast" && !had) return {};
    size_t first = 0;
    if (words[first] == "that") ++first;
    // (Past one noun of the figure's: "the 4.1% drop analysts had expected".)
    if (last - first >= 2 && words[first][0] >= 'a' && words[first][0] <= 'z' && words[first + 1][0] >= 'a' &&
        words[first + 1][0] <= 'z' && chunk::Classify(words[first]) == chunk::WordClass::kContent)
      ++first;
    if (first >= last || last - first > 5) return {};
    for (size_t j = first; j < last; ++j)
      if (words[j].empty() || !ascii::IsAlpha(words[j].back()) ||
          (chunk::Classify(words[j]) != chunk::WordClass::kContent && chunk::Classify(words[j]) != chunk::WordClass::kDeterminer))
        return {};
    if (chunk::Classify(words[last - 1]) != chunk::WordClass::kContent) return {};  // (a noun ends it, not "its")
    const std::string_view from = words[first], to = words[last - 1];
    const std::string_view np = s.substr(static_cast<size_t>(from.data() - s.data()),
                                         static_cast<size_t>(to.data() + to.size() - from.data()));
    return IsPronounPhrase(np) ? std::string_view() : np;
  }
  return {};
}

// Whether the sentence's `source` covers its figure `qi`. Not:
// - a figure of the source's own words: "Emergency rooms at the county's nine hospitals reported
//   that 14.2% of visits ...";
// - before an estimate's source, but the figure its clause follows: "above the $1.9 billion
//   analysts had expected" (the $2 billion of "Revenue was $2 billion" before it is no analysts');
// - after a report's or a forecast's subject, in a clause joined after it ("Nvidia reported
//   revenue of $57 billion, and its shares rose 5%", "had forecast 1.8 million deliveries and
//   delivered 1.81 million"), or after a relative clause of the figure before ("topped the 16.1
//   billion bushels analysts had expected and was 310 million bushels above");
// - before the clause a subordinator opens with its source: "Shares sank 7.9% after the company
//   said sales would fall 5%" is no company's saying of 7.9%.
std::string LaterClauseSource(std::string_view sentence, size_t begin) {
  static const auto* kTelling = new ascii::WordMap<bool>(
      {{"said", true}, {"says", true}, {"put", true}, {"puts", true}, {"forecast", true}, {"forecasts", true},
       {"estimated", true}, {"estimates", true}, {"reported", true}, {"predicted", true}, {"predicts", true},
       {"expects", true}, {"projected", true}, {"projects", true}, {"told", true}, {"warned", true},
       {"counted", true}, {"expect", true}, {"estimate", true}, {"see", true}, {"sees", true}, {"predict", true}},
      /*lower=*/false);
  std::string best;
  size_t best_at = 0;
  for (std::string_view opener : {", while ", ", whereas ", ", but ", ", and ", "; "}) {
    for (size_t at = sentence.find(opener); at != std::string_view::npos && at < begin;
         at = sentence.find(opener, at + 1)) {
      const size_t from = at + opener.size();
      // The subject: up to eight words, none a figure, then the verb of telling.
      size_t cur = from;
      for (int n = 0; n < 9 && cur < begin; ++n) {
        const auto [wb, we] = WordAfter(sentence, cur);
        if (we <= wb || we > begin) break;
        const std::string_view w = sentence.substr(wb, we - wb);
        if (std::any_of(w.begin(), w.end(), [](char c) { return ascii::IsDigit(c); }) || w.find(',') != std::string_view::npos)
          break;
        if (n > 0 && kTelling->Find(w) != nullptr) {
          std::string_view who = sentence.substr(from, wb - from);
          while (!who.empty() && who.back() == ' ') who.remove_suffix(1);
          // (Without an adverb before the verb: "the company now expects", "Acme also said".)
          for (size_t sp = who.rfind(' '); sp != std::string_view::npos && sp > 0; sp = who.rfind(' ')) {
            const std::string_view last = who.substr(sp + 1);
            if (chunk::Classify(last) != chunk::WordClass::kAdverb && last != "now" && last != "separately") break;
            who = who.substr(0, sp);
          }
          // (A pronoun or a figure's own noun opens no source: "and it said", "and sales said"; nor
          // a passive's subject, "and the deficit is forecast at", nor a country whose figure it is,
          // "whereas the United States reported 2.4%".)
          // (A plural of people who estimate opens one: "and economists expect", "while analysts at
          // Corbel Securities expect".)
          if (who.empty() || IsPronounPhrase(who) ||
              (who[0] >= 'a' && who[0] <= 'z' && !who.starts_with("the ") && !EstimatingPeople(who.substr(0, who.find(' '))) &&
               !EstimatingPeople(who.substr(who.rfind(' ') == std::string_view::npos ? 0 : who.rfind(' ') + 1))))
            break;
          const std::string_view last = who.substr(who.rfind(' ') == std::string_view::npos ? 0 : who.rfind(' ') + 1);
          if (chunk::IsAuxiliary(last)) break;
          // ("see" of an estimator's, not of a thing's lot: "the country sees about 20 in an average year".)
          if ((w == "see" || w == "sees") && !EstimatingPeople(last) && !(last[0] >= 'A' && last[0] <= 'Z')) break;
          size_t country_end = 0;
          const std::string_view bare_who = who.starts_with("the ") ? who.substr(4) : who;
          if (Tables::Get().countries.LongestAt(bare_who, 0, &country_end) != nullptr && country_end == bare_who.size())
            break;
          // (The last such clause before the figure wins.)
          if (best.empty() || at > best_at) {
            best = std::string(who);
            best_at = at;
          }
          break;
        }
        cur = we;
      }
    }
  }
  return best;
}

bool SourceCovers(std::string_view sentence, const std::vector<Quantity>& qs, size_t qi, std::string_view source) {
  if (source.empty()) return true;
  const Quantity& q = qs[qi];
  const size_t at = sentence.find(source);
  auto estimating = [](std::string_view v) { return EstimatingVerb(v) == Estimating::kPast; };
  // (After "according to", also past its document: "according to estimates by the firm X".)
  const size_t according = at == std::string_view::npos ? at : sentence.substr(0, at).rfind("ccording to ");
  const bool by_according = according != std::string_view::npos && according > 0 &&
                            sentence.substr(according + 12, at - according - 12).find_first_of(",;()") == std::string_view::npos;
  if (at != std::string_view::npos) {
    if (at <= q.begin && q.end <= at + source.size()) return false;
    // (A market's pricing covers what it prices only: "With the cash rate at 3.60%, money markets now
    // price a 40% chance".)
    if (q.end <= at)
      for (std::string_view v : {" price ", " prices ", " pricing ", " now price ", " are pricing ", " now pricing "})
        if (sentence.substr(at + source.size()).starts_with(v)) return false;
    // (Nor past the comma closing an opening subordinate clause of an estimate the source is in:
    // "Although analysts had expected a 0.2% rise, retail sales fell 0.1%".)
    if (const Estimating e = at < q.begin ? EstimatingVerb(VerbAfter(sentence, at + source.size())) : Estimating::kNone;
        e == Estimating::kPast || e == Estimating::kPresent) {
      const std::string_view opener = sentence.substr(0, sentence.find(' '));
      if (opener == "Although" || opener == "Though" || opener == "While" || opener == "Whereas" || opener == "As" ||
          opener == "Because" || opener == "If" || opener == "When" || opener == "After" || opener == "Before")
        if (const size_t comma = ClauseComma(sentence, 0); comma != std::string_view::npos && at < comma && comma < q.begin)
          return false;
    }
    // (Nor the source's age: "said the new council leader, Priya Attwal, 44".)
    if (q.begin == at + source.size() + 2 && sentence.substr(at + source.size()).starts_with(", ") &&
        ((q.unit.empty() && q.noun.empty()) || q.unit.ends_with(" of age")))
      return false;
    if (at >= q.end && !by_according) {
      const std::string_view v = VerbAfter(sentence, at + source.size());
      const bool last_before = qi + 1 >= qs.size() || qs[qi + 1].begin > at;
      // (A trailing attribution after a comma covers the sentence: "..., analysts at Brightwater
      // Securities estimated.", "..., the agency estimated on Friday".)
      const bool trailing = [&] {
        if (!sentence.substr(0, at).ends_with(", ")) return false;
        const size_t vat = sentence.find(v, at + source.size());
        if (vat == std::string_view::npos) return false;
        std::string_view rest = sentence.substr(vat + v.size());
        while (!rest.empty() && (rest.back() == '.' || rest.back() == ' ' || rest.back() == '"')) rest.remove_suffix(1);
        return rest.empty() || rest.starts_with(" on ") || rest.starts_with(" separately") || rest.starts_with(" last ") ||
               rest.starts_with(" this ") || rest.starts_with(" in a ") || rest.starts_with(" in its ") ||
               rest.starts_with(" late ") || rest.starts_with(" early ") || rest.starts_with(" earlier ");
      }();
      if ((estimating(v) || EstimatingVerb(v) == Estimating::kPresent || v == "see" || v == "sees" || v == "estimate") &&
          !trailing &&
          !(last_before && WordsOf(sentence.substr(q.end, at - q.end)).size() <= 3))
        return false;
    } else if (at < q.begin) {
      const std::string_view v = VerbAfter(sentence, at + source.size());
      // (A telling's "that" clause runs on past its own joins: "Figures from the ministry showed that
      // nominal wages rose 2.6%, while real wages fell 0.8%".)
      const size_t vat = v.empty() ? std::string_view::npos : sentence.find(v, at + source.size());
      const bool that_clause = vat != std::string_view::npos && sentence.substr(vat + v.size()).starts_with(" that ") &&
                               (v == "showed" || v == "shows" || v == "show" || v == "found" || v == "finds" ||
                                v == "estimated" || v == "estimates" || v == "reported" || v == "reports");
      if (!(v == "said" || v == "says" || v == "told" || v == "stated")) {
        const std::string_view between = sentence.substr(at, q.begin - at);
        // (Unless the joined clause has a source of its own: "while analysts had expected $46 billion",
        // "while aid groups put the figure at 500,000".)
        auto own_source = [](std::string_view clause) {
          for (std::string_view w : WordsOf(clause))
            if (w = Bare(w); EstimatingVerb(w) != Estimating::kNone || w == "put" || w == "said" || w == "say" ||
                             w == "says" || w == "told")
              return true;
          return false;
        };
        // (A view or a market's pricing goes no further than its object: not "sees the S&P 500 at 7,000, up
        // from 5,800 now", "are pricing a cut after consumer prices rose 0.2%".)
        if (v == "see" || v == "sees" || v == "price" || v == "prices" || v == "pricing" || v == "estimate")
          for (std::string_view j : {", after ", " after ", ", up from ", ", down from ", ", above ", ", below ", ", which "})
            if (between.find(j) != std::string_view::npos) return false;
        for (std::string_view j : {", and ", ", but ", ", sending ", ", pushing ", ", while ", "; "})
          if (const size_t k = between.find(j); k != std::string_view::npos && !(j == ", and " && SameSubjectAfter(between, k + j.size())) &&
                                                !(that_clause && (j == ", and " || j == ", while ") &&
                                                  !own_source(between.substr(k + j.size()))))
            return false;
        for (size_t k = between.find(" and "); k != std::string_view::npos && !that_clause; k = between.find(" and ", k + 1)) {
          const auto [nb, ne] = WordAfter(between, k + 4);
          const std::string_view n = between.substr(nb, ne - nb);
          if (n.size() > 3 && n.ends_with("ed") && !estimating(n) && n != "reported") return false;
        }
      }
      if (at > 0 && estimating(v) && std::any_of(qs.begin(), qs.begin() + qi, [&](const Quantity& o) {
            return o.end <= at && WordsOf(sentence.substr(o.end, at - o.end)).size() <= 2;
          }))
        return false;
    }
  }
  // (A passive's agent only past the last comma before it: "came to $2.47, beating the estimate
  // of $2.31 compiled by FactSet" is no FactSet's $2.47.)
  if (at != std::string_view::npos && at >= q.end && !by_according && sentence.substr(0, at).ends_with(" by ") && [&] {
        const auto [pb, pe] = WordBefore(sentence, at - 4);
        const std::string_view p = sentence.substr(pb, pe - pb);
        return p == "estimated" || p == "compiled" || p == "calculated" || p == "projected" || p == "tallied";
      }()) {
    const std::string_view between = sentence.substr(q.end, at - q.end);
    bool comma = false;
    for (size_t k = between.find(", "); k != std::string_view::npos; k = between.find(", ", k + 1))
      comma = comma || !(k > 0 && ascii::IsDigit(between[k - 1]));
    if (comma) return false;
  }
  // (Each subordinate clause after the figure: "fell 1.4%, its biggest fall since April, after the
  // minister said" is no minister's.)
  for (size_t k = FindSubordinator(sentence, q.end, /*with_as=*/true); k != std::string_view::npos;
       k = FindSubordinator(sentence, k + 1, /*with_as=*/true))
    if (const size_t sp = sentence.find(' ', k + 1); sp != std::string_view::npos && sentence.substr(sp + 1).starts_with(source))
      return false;
  // (Nor a clause of its own after ", and" or ", but": "Temperatures reached 44C, and Pirelli said
  // tyres would wear" is no Pirelli's; "pledged 500 billion euros, but economists say".)
  if (at != std::string_view::npos && at >= q.end) {
    const std::string_view between = sentence.substr(q.end, at - q.end);
    const std::string_view v = VerbAfter(sentence, at + source.size());
    if ((between.ends_with(", and ") || between.ends_with(", but ") || between.ends_with(", though ") ||
         between.ends_with(", although ")) &&
        (v == "said" || v == "says" || v == "say" || v == "told" || v == "added" || v == "noted" || v == "put" ||
         v == "puts" || v == "see" || v == "sees" || v == "estimate" || v == "expect" || v == "price" || v == "pricing"))
      return false;
    // (Nor past a semicolon or a dash: "Prices rose 5%; officials say demand is strong".)
    if (!by_according && between.find('"') == std::string_view::npos &&
        between.find("\xE2\x80\x9D") == std::string_view::npos &&
        (between.find(';') != std::string_view::npos || between.find(" - ") != std::string_view::npos ||
                          between.find(" \xE2\x80\x94 ") != std::string_view::npos ||
                          between.find(" \xE2\x80\x93 ") != std::string_view::npos))
      return false;
  }
  return true;
}

// The sentence's source resolved and remembered: "he"/"she" for the person the story quoted by
// name, "It" for the body before; a person's or a body's name kept for the sentences after it
// (figures or none: '"Rates will fall," said Ruth Fennimore, an economist. She expects ...').
void Speakers::Attribute(std::string_view sentence, std::string_view sentence_before, std::string* source) {
  // "he said", "she told reporters": the person the story quoted by name, when it has quoted
  // only one, or quoted them last and near, and named no one else since ("Senator Mitch Harlan
  // disagreed. ... he said" is not the senator quoted before).
  const size_t here = static_cast<size_t>(sentence.data() - text_.data());
  if (*source == "he" || *source == "she" || *source == "He" || *source == "She") {
    // (Or, in a story of more speakers, the one quoted in this paragraph or the one before,
    // when no other is named since: "said Jenna Whitlock, chief economist at Palisade Bank.
    // She said ...".)
    const bool near = here >= last_person_end_ &&
                      std::count(text_.begin() + last_person_end_, text_.begin() + here, '\n') <= 2;
    const std::vector<std::string_view> name_words = WordsOf(last_person_);
    const char told = *source == "he" || *source == "He" ? 'm' : 'f';
    const char given = name_words.size() >= 2 ? NameGender(name_words[name_words.size() - 2]) : 0;
    if ((persons_ == 1 || near) && !last_person_.empty() && here >= last_person_end_ && (given == 0 || given == told) &&
        !NamesOtherPerson(text_.substr(last_person_end_, here - last_person_end_), last_person_))
      *source = last_person_;
  } else if (*source == "It" || *source == "it") {
    // "It said": the body the sentence before is about ("The central bank held its rate at
    // 5.25%. It said ..."), else the one the story quoted last, in this paragraph or the one
    // before.
    if (const std::string_view body = BodySubject(sentence_before); !body.empty())
      *source = std::string(body);
    else if (!last_body_.empty() && here >= last_body_end_ &&
             std::count(text_.begin() + last_body_end_, text_.begin() + here, '\n') <= 2)
      *source = last_body_;
  } else if (const std::string_view name = std::string_view(*source).substr(0, source->find(", "));
             PersonName(name) && !CalledIt(sentence, name)) {
    if (name != last_person_) ++persons_;
    last_person_ = std::string(name);  // ("Priyanka Sethi, an analyst at Marlow Capital": her name)
    last_person_end_ = here + sentence.size();
  } else if (!source->empty() && !IsPronounPhrase(*source) && *source != "they" && *source != "They") {
    last_body_ = *source;
    last_body_end_ = here + sentence.size();
  }
}

}  // namespace copydesk::extractors::sources
