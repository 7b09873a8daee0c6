#include "normalizers/unwrap.h"

#include <re2/re2.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "corpus/ascii.h"
#include "corpus/lazy.h"
#include "normalizers/credit_line.h"
#include "normalizers/places.h"
#include "normalizers/segment.h"
#include "normalizers/text_shape.h"

namespace copydesk::normalizers {

namespace {

// The parts of a dateline. Capitals are those of the Latin (Latin-1 and the capitals of Latin
// Extended-A in city names), Greek and Cyrillic alphabets (\p{Lu} made RE2's DFA run out of
// memory).
// A place in capitals (any script's): "MOSCOW", "SAO PAULO", "KYIV", or places joined by a slash,
// as the Reuters's and dpa's datelines of a story from two cities ("NEW YORK/LONDON",
// "BRUSSELS/LONDON"). (Its group, the dateline's place, closes after the date.)
constexpr const char* kCapsPlace =
    R"re(^((?:[A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{102}\x{104}\x{106}\x{10C}\x{10E}\x{110}\x{118}\x{11A}\x{11E}\x{130}\x{141}\x{143}\x{147}\x{150}\x{152}\x{158}\x{15A}\x{15E}\x{160}\x{162}\x{164}\x{16E}\x{170}\x{179}\x{17B}\x{17D}\x{218}\x{21A}\x{391}-\x{3A9}\x{400}-\x{42F}][A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{102}\x{104}\x{106}\x{10C}\x{10E}\x{110}\x{118}\x{11A}\x{11E}\x{130}\x{141}\x{143}\x{147}\x{150}\x{152}\x{158}\x{15A}\x{15E}\x{160}\x{162}\x{164}\x{16E}\x{170}\x{179}\x{17B}\x{17D}\x{218}\x{21A}\x{391}-\x{3A9}\x{400}-\x{42F}'.]+(?:[ -][A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{102}\x{104}\x{106}\x{10C}\x{10E}\x{110}\x{118}\x{11A}\x{11E}\x{130}\x{141}\x{143}\x{147}\x{150}\x{152}\x{158}\x{15A}\x{15E}\x{160}\x{162}\x{164}\x{16E}\x{170}\x{179}\x{17B}\x{17D}\x{218}\x{21A}\x{391}-\x{3A9}\x{400}-\x{42F}][A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{102}\x{104}\x{106}\x{10C}\x{10E}\x{110}\x{118}\x{11A}\x{11E}\x{130}\x{141}\x{143}\x{147}\x{150}\x{152}\x{158}\x{15A}\x{15E}\x{160}\x{162}\x{164}\x{16E}\x{170}\x{179}\x{17B}\x{17D}\x{218}\x{21A}\x{391}-\x{3A9}\x{400}-\x{42F}'.]+){0,3}(?:/[A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{102}\x{104}\x{106}\x{10C}\x{10E}\x{110}\x{118}\x{11A}\x{11E}\x{130}\x{141}\x{143}\x{147}\x{150}\x{152}\x{158}\x{15A}\x{15E}\x{160}\x{162}\x{164}\x{16E}\x{170}\x{179}\x{17B}\x{17D}\x{218}\x{21A}\x{391}-\x{3A9}\x{400}-\x{42F}][A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{102}\x{104}\x{106}\x{10C}\x{10E}\x{110}\x{118}\x{11A}\x{11E}\x{130}\x{141}\x{143}\x{147}\x{150}\x{152}\x{158}\x{15A}\x{15E}\x{160}\x{162}\x{164}\x{16E}\x{170}\x{179}\x{17B}\x{17D}\x{218}\x{21A}\x{391}-\x{3A9}\x{400}-\x{42F}'.]+(?:[ -][A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{102}\x{104}\x{106}\x{10C}\x{10E}\x{110}\x{118}\x{11A}\x{11E}\x{130}\x{141}\x{143}\x{147}\x{150}\x{152}\x{158}\x{15A}\x{15E}\x{160}\x{162}\x{164}\x{16E}\x{170}\x{179}\x{17B}\x{17D}\x{218}\x{21A}\x{391}-\x{3A9}\x{400}-\x{42F}][A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{102}\x{104}\x{106}\x{10C}\x{10E}\x{110}\x{118}\x{11A}\x{11E}\x{130}\x{141}\x{143}\x{147}\x{150}\x{152}\x{158}\x{15A}\x{15E}\x{160}\x{162}\x{164}\x{16E}\x{170}\x{179}\x{17B}\x{17D}\x{218}\x{21A}\x{391}-\x{3A9}\x{400}-\x{42F}'.]+){0,3}){0,3}))re";
// A place in title case, as many sites set a wire's dateline: "London", "New York", "Rio de
// Janeiro", "Frankfurt am Main", "St. Louis", "Washington D.C.", "Berlin/Moskau".
constexpr const char* kTitlePlace =
    R"re(^((?:[A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{102}\x{104}\x{106}\x{10C}\x{10E}\x{110}\x{118}\x{11A}\x{11E}\x{130}\x{141}\x{143}\x{147}\x{150}\x{152}\x{158}\x{15A}\x{15E}\x{160}\x{162}\x{164}\x{16E}\x{170}\x{179}\x{17B}\x{17D}\x{218}\x{21A}\x{391}-\x{3A9}\x{400}-\x{42F}])[a-z\x{DF}-\x{24F}\x{3AC}-\x{3CE}\x{430}-\x{45F}\'.]+(?:(?:[ -](?:de|da|do|dos|das|del|des|du|di|la|le|el|es|al|am|an|upon|on|sur|en|y))*[ /-][A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{102}\x{104}\x{106}\x{10C}\x{10E}\x{110}\x{118}\x{11A}\x{11E}\x{130}\x{141}\x{143}\x{147}\x{150}\x{152}\x{158}\x{15A}\x{15E}\x{160}\x{162}\x{164}\x{16E}\x{170}\x{179}\x{17B}\x{17D}\x{218}\x{21A}\x{391}-\x{3A9}\x{400}-\x{42F}][A-Za-z\x{DF}-\x{24F}\x{370}-\x{4FF}\'.]*){0,3})re";
// Its state or country: ", Ukraine", ", Ill.", ", United Arab Emirates".
constexpr const char* kStateOrCountry =
    R"re((?:, [A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{102}\x{104}\x{106}\x{10C}\x{10E}\x{110}\x{118}\x{11A}\x{11E}\x{130}\x{141}\x{143}\x{147}\x{150}\x{152}\x{158}\x{15A}\x{15E}\x{160}\x{162}\x{164}\x{16E}\x{170}\x{179}\x{17B}\x{17D}\x{218}\x{21A}\x{391}-\x{3A9}\x{400}-\x{42F}][A-Za-z\x{C0}-\x{24F}\x{370}-\x{4FF}.]*(?: [A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{102}\x{104}\x{106}\x{10C}\x{10E}\x{110}\x{118}\x{11A}\x{11E}\x{130}\x{141}\x{143}\x{147}\x{150}\x{152}\x{158}\x{15A}\x{15E}\x{160}\x{162}\x{164}\x{16E}\x{170}\x{179}\x{17B}\x{17D}\x{218}\x{21A}\x{391}-\x{3A9}\x{400}-\x{42F}][A-Za-z\x{C0}-\x{24F}\x{370}-\x{4FF}.]*){0,2})?)re";
// The date, month first or day first, its month named (English, French, Spanish with its
// abbreviations, German, Russian, and the languages of agencies with short names: Dutch,
// Swedish, Norwegian, Polish; "25 bps" is none).
constexpr const char* kDatelineDate =
    R"re((?:, (?:(?:(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|f\x{E9}vrier|mars|avril|mai|juin|juillet|ao\x{FB}t|septembre|octobre|novembre|d\x{E9}cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januar|februar|m\x{E4}rz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus|augusti|maj|desember|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze\x{15B}nia|pa\x{17A}dziernika|listopada|grudnia|ene|abr|ago|dic)|\x{44F}\x{43D}\x{432}\x{430}\x{440}\x{44F}|\x{444}\x{435}\x{432}\x{440}\x{430}\x{43B}\x{44F}|\x{43C}\x{430}\x{440}\x{442}\x{430}|\x{430}\x{43F}\x{440}\x{435}\x{43B}\x{44F}|\x{43C}\x{430}\x{44F}|\x{438}\x{44E}\x{43D}\x{44F}|\x{438}\x{44E}\x{43B}\x{44F}|\x{430}\x{432}\x{433}\x{443}\x{441}\x{442}\x{430}|\x{441}\x{435}\x{43D}\x{442}\x{44F}\x{431}\x{440}\x{44F}|\x{43E}\x{43A}\x{442}\x{44F}\x{431}\x{440}\x{44F}|\x{43D}\x{43E}\x{44F}\x{431}\x{440}\x{44F}|\x{434}\x{435}\x{43A}\x{430}\x{431}\x{440}\x{44F})\.? \d{1,2}|\d{1,2}\.? (?:(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|f\x{E9}vrier|mars|avril|mai|juin|juillet|ao\x{FB}t|septembre|octobre|novembre|d\x{E9}cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januar|februar|m\x{E4}rz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus|augusti|maj|desember|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze\x{15B}nia|pa\x{17A}dziernika|listopada|grudnia|ene|abr|ago|dic)|\x{44F}\x{43D}\x{432}\x{430}\x{440}\x{44F}|\x{444}\x{435}\x{432}\x{440}\x{430}\x{43B}\x{44F}|\x{43C}\x{430}\x{440}\x{442}\x{430}|\x{430}\x{43F}\x{440}\x{435}\x{43B}\x{44F}|\x{43C}\x{430}\x{44F}|\x{438}\x{44E}\x{43D}\x{44F}|\x{438}\x{44E}\x{43B}\x{44F}|\x{430}\x{432}\x{433}\x{443}\x{441}\x{442}\x{430}|\x{441}\x{435}\x{43D}\x{442}\x{44F}\x{431}\x{440}\x{44F}|\x{43E}\x{43A}\x{442}\x{44F}\x{431}\x{440}\x{44F}|\x{43D}\x{43E}\x{44F}\x{431}\x{440}\x{44F}|\x{434}\x{435}\x{43A}\x{430}\x{431}\x{440}\x{44F})\.?)(?:, \d{4})?)?))re";
// The agency in brackets, then a dash or a colon: " (Reuters) - ", " (EFE).- ", " (dpa/AFP) - ", ": ".
constexpr const char* kDatelineAgency =
    R"re(\s*(?:\(([A-Za-z\x{C0}-\x{24F}\x{370}-\x{4FF}][A-Za-z\x{C0}-\x{24F}\x{370}-\x{4FF} .&/-]{1,30})\))?\s*\.?(?:--?|:)\s+)re";
// The agency in brackets, not optional, then a dash: " (Reuters) - ", " (EFE).- ".
constexpr const char* kTitleDatelineAgency =
    R"re(\s*\(([A-Za-z\x{C0}-\x{24F}\x{370}-\x{4FF}][A-Za-z\x{C0}-\x{24F}\x{370}-\x{4FF} .&/-]{1,30})\)\s*\.?--?\s+)re";

struct Patterns {
  // "MOSCOW, Aug 28 (Reuters) - ", "WASHINGTON (AP) -- ", "KYIV, Ukraine (AP) - ",
  // "SPRINGFIELD, Ill. (AP) - ", "LONDON, 28 August (Reuters) - ", "SAO PAULO (Reuters) - ",
  // "MOSCOW: ", "NEW YORK, March 3 -", "MADRID, 3 jun (EFE).- ": a place in capitals, then a
  // state or country, then a date, then the agency.
  RE2 dateline{std::string(kCapsPlace) + kStateOrCountry + kDatelineDate + kDatelineAgency};
  // "London (Reuters) - ", "New York, March 3 (AP) - ", "Madrid, 3 jun (EFE).- ": a place in
  // title case, always with its agency (Unwrap takes it only when that names a wire).
  corpus::Lazy<RE2> title_dateline{[] {
    return std::make_unique<RE2>(std::string(kTitlePlace) + kStateOrCountry + kDatelineDate + kTitleDatelineAgency);
  }};

  // Compiled when first needed (corpus/lazy.h): a "By ..." block, a wrapped text.
  corpus::Lazy<RE2> byline{[] { return std::make_unique<RE2>(R"(^[Bb][Yy] (\p{Lu}[^.!?:;"]{1,200})$)"); }};
  // "Von Anna Schmidt, dpa", "Por: María López", "Par Jean Dupont": the word for "by" in the
  // languages of Europe's agencies, then the name (ForeignByline checks the text's language).
  corpus::Lazy<RE2> foreign_byline{[] {
    return std::make_unique<RE2>(R"(^(Von|Por|Par|Door|Di|Av|Af):? (\p{Lu}[^.!?:;"]{1,200})$)");
  }};
  corpus::Lazy<RE2> credit{[] {
    return std::make_unique<RE2>(
        R"((?i)^[(\[]?\s*((?:additional )?reporting by|writing by|editing by|compiled by|graphics by|(?:reuters|ap|afp|bloomberg|associated press|agence france-presse|pa media)(?: with (?:additional )?(?:reporting|editing|writing)(?: and (?:reporting|editing|writing))? by))\b)");
  }};
  RE2 bullet_marker{R"(^[*\x{2022}\x{25AA}\x{25CF}-]$)"};
  RE2 leading_bullet{R"(^[*\x{2022}\x{25AA}\x{25CF}]\s+)"};
};

// Each thread's own (corpus::PerThread): no RE2 shared between the workers.
const Patterns& P() { return corpus::PerThread<Patterns>(); }

// Cheap tests that say when a pattern cannot match, so that most blocks skip it.
// The first two letters of a text (0 past its end).
std::pair<UChar32, UChar32> FirstTwo(std::string_view t) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(std::min<size_t>(t.size(), 16));
  UChar32 a = 0, b = 0;
  if (i < n) U8_NEXT(t.data(), i, n, a);
  if (i < n) U8_NEXT(t.data(), i, n, b);
  return {a, b};
}
// The dateline opens with two capitals ([A-Z][A-Z'.], or letters beyond ASCII but a small one).
bool MayOpenDateline(std::string_view t) {
  if (t.size() < 2) return false;
  const auto a = static_cast<unsigned char>(t[0]), b = static_cast<unsigned char>(t[1]);
  if (!(((a >= 'A' && a <= 'Z') || a >= 0xC0) && ((b >= 'A' && b <= 'Z') || b == '\'' || b == '.' || b >= 0x80)))
    return false;
  return (a < 0x80 && b < 0x80) || !u_islower(FirstTwo(t).second);
}
// A dateline in title case opens with a capital and a small letter and has its agency's bracket
// within its first hundred bytes ("London (Reuters) -", "São Paulo (Reuters) -").
bool MayOpenTitleDateline(std::string_view t) {
  if (t.size() < 8 || t.substr(0, 100).find(" (") == std::string_view::npos) return false;
  const auto [a, b] = FirstTwo(t);
  return u_isupper(a) && u_islower(b);
}
// Labels in capitals that open a story as a place would ("UPDATE - ...", "EDITOR'S NOTE: ..."):
// no dateline.
bool IsLabel(std::string_view place) {
  static constexpr std::string_view kLabels[] = {
      "EDITOR'S NOTE", "EDITORS NOTE", "NOTE", "UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "FACT CHECK",
      "CORRECTION", "CLARIFICATION", "ANALYSIS", "OPINION", "COMMENTARY", "EXPLAINER", "EXCLUSIVE", "ADVISORY",
      "WATCH", "LIVE", "VIDEO", "PHOTOS", "FACTBOX", "TIMELINE", "INSTANT VIEW", "WRAPUP", "REFILE", "RPT",
      "INTERVIEW", "GRAPHIC", "POLL", "MARKETS", "GLOBAL MARKETS", "EMERGING MARKETS", "FOREX", "COLUMN",
      "BRIEF", "BREAKINGVIEWS", "SOCCER", "TENNIS", "GOLF", "CRICKET", "MOTOR RACING", "RUGBY",
      "PHOTO", "FILE", "FILE PHOTO", "IMAGE", "PICTURE", "SOURCE", "CREDIT", "REPORT", "NEWS"};
  std::string upper(place);  // (in title case too: "Update (Reuters) -")
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return std::find(std::begin(kLabels), std::end(kLabels), upper) != std::end(kLabels);
}
// Whether a dateline's bracket is a wire agency's name, whole: an alias of agencies.txt, or a
// short name datelines use ("(Reuters)", "(TT)"; not "(Reuters file)", "(AFP via Getty Images)").
// Two or three wires that shared the story, each whole, are one ("(dpa/AFP)", "(AP/Reuters)"; not
// "(AP Photo/Jane Doe)"); a wire's short name in small letters is its name ("(ap)", "(afp)").
bool WholeAgency(std::string_view agency) {
  if (const size_t slash = agency.find('/'); slash != std::string_view::npos)
    return slash > 0 && std::count(agency.begin(), agency.end(), '/') <= 2 && WholeAgency(agency.substr(0, slash)) &&
           WholeAgency(agency.substr(slash + 1));
  if (!SmallWireName(agency).empty()) return true;
  for (const auto& a : Agencies()) {
    for (const auto& alias : a.aliases)
      if (alias == agency) return true;
    for (const auto& alias : a.dateline_aliases)
      if (ascii::EqualsLower(agency, ascii::Lower(alias.first))) return true;
  }
  return false;
}
// Whether a dateline's place with a slash, a story's cities ("NEW YORK/LONDON (Reuters) -",
// "Berlin/Moskau (dpa) -"), is one: each part a known place, at least one a city (two countries,
// "Israel/Gaza", "India/Pakistan", are a topic), before a wire agency's bracket; not a label or a
// topic ("REFILE/UPDATE", "HIV/AIDS", "EUR/USD", "TV/RADIO:"). A place without a slash is. An
// agency with a slash is wires', each whole ("(dpa/AFP)"; not "(AP Photo/Jane Doe)").
bool SlashPlaceOk(std::string_view place, std::string_view agency) {
  if (agency.find('/') != std::string_view::npos && !WholeAgency(agency)) return false;  // "(AP Photo/Jane Doe)"
  const std::string_view cities = place.substr(0, place.find(", "));
  if (cities.find('/') == std::string_view::npos) return true;
  if (!WholeAgency(agency)) return false;
  bool any_city = false;
  for (std::string_view rest = cities; !rest.empty();) {
    const size_t slash = rest.find('/');
    bool city = false;
    if (!KnownPlaceInCapitals(rest.substr(0, slash), &city)) return false;
    any_city = any_city || city;
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
  }
  return any_city;
}
// Whether a dateline in title case is one: its bracket is a wire agency's name, whole ("(Reuters)",
// not "(Reuters file)", "(AFP via Getty Images)", "(D-PA)"), and it names a place (a known city
// or country, or a known state or country after a short city: "Springfield, Ill."): "Elon Musk
// (Reuters) -", "Prime Minister (AP) -" are no datelines.
bool TitleDateline(std::string_view place, std::string_view agency) {
  if (!WholeAgency(agency)) return false;
  const size_t comma = place.find(", ");
  const std::string_view city = place.substr(0, comma);
  if (IsLabel(city)) return false;
  if (KnownPlace(city)) return true;
  if (city.find('/') != std::string_view::npos) return SlashPlaceOk(place, agency);  // "Berlin/Moskau (dpa)"
  // (A city no list names before a known state or country: one word ("Springfield, Ill.",
  // "Winston-Salem, N.C."), or two before the AP's abbreviation of a state ("Grand Rapids,
  // Mich."); not a headline, a byline or a name: "Floods Hit Valencia, Spain", "By Jane Doe,
  // Washington", "Novak Djokovic, Serbia", "Caitlin Clark, Iowa". A date alone is no evidence:
  // "Monday, March 3", "Business News, Oct 5".)
  if (comma == std::string_view::npos) return false;
  std::string_view region = place.substr(comma + 2);
  region = region.substr(0, region.find(", "));
  const size_t words = CountWords(city, 4);
  if (!KnownRegion(region) || city.starts_with("By ")) return false;
  if (words == 1 || (words == 2 && region.back() == '.')) return true;
  // (Or, before a US state, two words that name a town by their form: a first word of towns'
  // names ("Fort Worth, Texas", "San Angelo, Texas", "Port Arthur, Texas", "Mount Vernon, Ohio")
  // or a last one ("Cedar Rapids, Iowa", "Sioux Falls, South Dakota", "Rapid City", "Jersey
  // City"); three when both ends are ("Salt Lake City, Utah", "Palm Beach Gardens, Florida").
  // Not before a country ("Manchester City, England", "Adam Beach, Canada"), not a team or an
  // institution ("San Antonio Spurs, Texas", "Mount Sinai Hospital, New York"), not a headline's
  // words ("New Rules, Texas", "Grand Jury, Texas", "Medical Center, Texas"), not a name
  // ("Caitlin Clark, Iowa").)
  if ((words != 2 && words != 3) || !UsState(region)) return false;
  static constexpr std::string_view kFirst[] = {"Fort", "Ft.", "Port", "Mount", "Mt.", "San", "Santa", "Los",
                                                "Las", "El", "La", "Saint", "St.", "Ste.", "Lake", "Palm",
                                                "Baton", "Cape", "Salt"};
  static constexpr std::string_view kLast[] = {"City", "Springs", "Falls", "Beach", "Heights", "Rapids", "Harbor",
                                               "Creek", "Junction", "Bluffs", "Township", "Gardens", "Lakes"};
  const std::string_view first = city.substr(0, city.find(' '));
  const std::string_view last = city.substr(city.rfind(' ') + 1);
  const bool by_first = std::find(std::begin(kFirst), std::end(kFirst), first) != std::end(kFirst);
  const bool by_last = std::find(std::begin(kLast), std::end(kLast), last) != std::end(kLast);
  return words == 2 ? by_first || by_last : by_first && by_last;
}
// What follows a dateline is the story's first paragraph: a sentence of six words or more ending
// in a full stop, or a paragraph of twenty words or more with a sentence in it (cut short by a
// paywall, or introducing a list). A kicker or a label in capitals before a headline ("TV-TIPP -
// ARD-Doku ...", "ISBN: 978...") or an interview's speaker before a question ("L.A. WEEKLY: What
// is ...?") is no dateline. (A dateline naming its agency, "MOSCOW (Reuters) - ...", needs no test.)
bool IsLede(std::string_view t) {
  t = Trim(t);
  while (!t.empty() && (t.back() == '"' || t.back() == '\'' || t.back() == ')')) t.remove_suffix(1);
  // A story opens with a capital, a figure, a quote ("NATO - the alliance - said ..." is no
  // dateline and its lede) or a name in camel case ("iPhone sales ...", "eBay said ...").
  if (t.empty()) return false;
  if (t[0] >= 'a' && t[0] <= 'z') {
    const std::string_view first = t.substr(0, t.find(' '));
    if (std::none_of(first.begin(), first.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return false;
  }
  const size_t words = CountWords(t, 20);
  if (words < 6) return false;
  if (words >= 20 && t.find(". ") != std::string_view::npos) return true;
  return t.back() == '.' && !t.ends_with("...");
}
// A name in capitals and a colon before speech in the first person is a speaker, not a place
// ("TRUMP: We will win ..."; "NEW DELHI: The government said ..." is a dateline).
bool SpeakerBeforeSpeech(std::string_view head, std::string_view agency, std::string_view lede) {
  head = Trim(head);
  if (!agency.empty() || head.empty() || head.back() != ':') return false;
  lede = Trim(lede);
  // (Not a quote after the colon: "NEW DELHI: \"We will respond,\" the minister said" is a
  // dateline, and wire copy opens with quotes often.)
  const std::string_view first = lede.substr(0, lede.find_first_of(" ,"));
  bool first_person = false;
  for (std::string_view w : {"I", "We", "I'm", "We're", "I've", "We've", "I'll", "We'll", "My", "Our", "Us",
                             "I\xE2\x80\x99m", "We\xE2\x80\x99re", "I\xE2\x80\x99ve", "We\xE2\x80\x99ve"})
    first_person = first_person || first == w;
  if (!first_person) return false;
  // (A known place is a dateline all the same: "LONDON: Our economy grew 2% ..., the minister
  // said". Its name in title case, as the lists write it.)
  head.remove_suffix(1);
  icu::UnicodeString name = icu::UnicodeString::fromUTF8(icu::StringPiece(head.data(), static_cast<int32_t>(head.size())));
  name.toTitle(nullptr, icu::Locale::getRoot());
  std::string title;
  name.toUTF8String(title);
  return !KnownPlace(Trim(title));
}
// Spanish sets ".-" after a speaker or a label too ("PEDRO SÁNCHEZ (PSOE).- Nosotros ...",
// "ÚLTIMA HORA (ACTUALIZADO).-"): a name in brackets before ".-" is a wire agency's ("(EFE).-")
// or follows a date; a place alone before it is a dateline ("MADRID.-").
bool UnknownDotDash(std::string_view head, std::string_view agency, bool wire) {
  head = Trim(head);
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  if (!head.ends_with(".-") || agency.empty()) return false;  // "MADRID.- El Gobierno ..." is one
  // (A date before it is a dateline's: "MADRID, 3 jun (Colprensa).-".)
  return !wire && std::none_of(head.begin(), head.end(), [](char c) { return c >= '0' && c <= '9'; });
}
// A place with a state or country but neither a date nor an agency ("DUBAI, United Arab
// Emirates -") is one word in capitals before a dash: "U.S., China Agree -", "FED HOLDS,
// Markets Rally -" and "CEO, Jane Roe:" are headlines and speakers.
bool PlainPlace(std::string_view place, std::string_view agency, std::string_view head) {
  const size_t comma = place.find(", ");
  if (comma == std::string_view::npos || !agency.empty() ||
      std::any_of(place.begin(), place.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return true;
  const std::string_view city = place.substr(0, comma);
  head = Trim(head);
  return city.find(' ') == std::string_view::npos && city.find('.') == std::string_view::npos && !head.empty() &&
         head.back() == '-';
}
// A leading bullet is '*' or a three-byte U+2022, U+25AA, U+25CF (E2 ...).
bool MayOpenWithBullet(std::string_view t) { return !t.empty() && (t[0] == '*' || t[0] == '\xE2'); }
// The byline opens with "By " in any case.
bool MayBeByline(std::string_view t) {
  return t.size() >= 3 && (t[0] | 0x20) == 'b' && (t[1] | 0x20) == 'y' && t[2] == ' ';
}
// ... or with the word for "by" of another language: V, P, D, A (ForeignByline).
bool MayBeForeignByline(std::string_view t) {
  return t.size() >= 4 && (t[0] == 'V' || t[0] == 'P' || t[0] == 'D' || t[0] == 'A') && t.size() < 240;
}

// The function words of the language whose word for "by" is `by` ("Von", "Por", ...), each a
// word of that language alone (none English, none of the neighbour it is most often read for:
// Spanish "una", "del" are no Italian evidence), written in small letters.
const std::vector<std::string_view>* FunctionWordsOf(std::string_view by) {
  static const auto* kWords = new std::vector<std::pair<std::string_view, std::vector<std::string_view>>>{
      {"von", {"der", "das", "und", "ist", "nicht", "mit", "sich", "auf", "dem", "ein", "eine", "wurde", "sind",
               "auch", "nach", "bei", "hat", "im", "zu", "als", "werden", "wird", "dass", "sie", "einen", "zum"}},
      {"por", {"el", "los", "las", "y", "fue", "también", "está", "pero", "más", "sus", "não", "em", "os", "com",
               "foi", "mais", "também", "pelo", "pela", "seu", "ao", "uma", "una", "para", "que"}},
      {"par", {"le", "les", "des", "du", "et", "il", "un", "une", "est", "dans", "pour", "qui", "sur", "au", "aux",
               "pas", "été", "avec", "ont", "sont", "cette", "ses", "leur", "mais"}},
      {"door", {"het", "een", "op", "dat", "niet", "voor", "zijn", "werd", "ook", "naar", "bij", "wordt", "heeft",
                "deze", "nog", "om", "ze", "aan", "van", "wil", "volgens", "moet"}},
      {"di", {"il", "gli", "della", "nel", "sono", "è", "anche", "stato", "degli", "alla", "delle", "questo",
              "essere", "perché", "più", "della", "dei", "nella", "che"}},
      {"av", {"och", "att", "det", "som", "på", "för", "med", "är", "har", "ett", "inte", "till", "och", "sig",
              "ikke", "og", "til", "fra", "vil", "ble", "seg", "skal", "etter", "efter", "blev", "också", "også"}},
      {"af", {"og", "det", "som", "på", "med", "er", "til", "har", "ikke", "blev", "fra", "vil", "sig", "efter"}},
      // (Languages of agencies' datelines, keyed by their codes: Polish, Hungarian, Finnish; no
      // word of English: not "a", "is", "on", "do".)
      {"pl", {"się", "nie", "że", "jest", "na", "oraz", "w", "z", "ze", "o", "po", "dla", "przy", "lub", "czy", "przez", "był", "była", "jak", "już", "został",
              "także", "według", "może", "tym", "od"}},
      {"hu", {"az", "és", "hogy", "nem", "egy", "meg", "van", "volt", "már", "szerint", "csak",
              "még", "lesz", "után"}},
      {"fi", {"ja", "että", "tai", "sen", "sekä", "joka", "jotka", "ensi", "vuonna", "kertoo", "oli", "ei", "myös", "se", "kun", "mutta", "ovat", "jo", "mukaan", "hän",
              "kuin", "vain"}}};
  for (const auto& [k, v] : *kWords)
    if (ascii::EqualsLower(by, k)) return &v;
  return nullptr;
}

// Whether `text` is written in the language whose word for "by" is `by`: three or more of its
// function words (FunctionWordsOf, as written) in its first eighty words, and more of them than
// of English ones (distinct words both: Danish writes "for" too). "Von Miller Signs With Bills" over an English story is a headline, no byline.
bool InLanguageOfBy(std::string_view by, std::string_view text, size_t min_words) {
  const std::vector<std::string_view>* words = FunctionWordsOf(by);
  if (words == nullptr) return false;
  // (None a word of the languages tested: not "for", "have", "by" (Danish), "is" (Dutch), "on"
  // (French), "was" (German).)
  static constexpr std::string_view kEnglish[] = {"the", "and", "of", "to", "that", "with", "said", "has",
                                                  "it", "from", "which", "were"};
  std::vector<std::string_view> seen, english_seen;
  size_t n = 0, i = 0;
  // (Words in quotation marks are the speaker's language: an English story quoting German.)
  bool quoted = false;
  auto is_quote = [&](size_t at, size_t* len) {
    for (std::string_view q : {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", "\xC2\xAB", "\xC2\xBB"})
      if (text.substr(at).starts_with(q)) {
        *len = q.size();
        return true;
      }
    return false;
  };
  while (i < text.size() && n < 80) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == ',' || text[i] == '.')) ++i;
    size_t e = i;
    while (e < text.size() && text[e] != ' ' && text[e] != '\n' && text[e] != ',' && text[e] != '.') ++e;
    if (e == i) break;
    std::string_view w = text.substr(i, e - i);
    size_t qlen = 0;
    const bool opens = is_quote(i, &qlen);
    if (opens) w.remove_prefix(qlen);
    bool closes = false;
    for (size_t at = i + qlen; at < e; ++at)
      if (size_t l = 0; is_quote(at, &l)) closes = true;
    if (opens && !closes) quoted = true;
    const bool inside = quoted || (opens && closes);
    if (closes && !opens) quoted = false;
    if (closes && opens) quoted = false;
    i = e;
    if (inside || (closes && !opens)) continue;
    ++n;
    for (std::string_view f : *words)
      if (w == f && std::find(seen.begin(), seen.end(), f) == seen.end()) seen.push_back(f);
    for (std::string_view f : kEnglish)
      if (w == f && std::find(english_seen.begin(), english_seen.end(), f) == english_seen.end()) english_seen.push_back(f);
  }
  return seen.size() >= min_words && seen.size() > english_seen.size();
}

// Whether `text`, the story after a dateline whose bracket is a short agency name, is in the
// language of ISO 639-1 code `lang`: as InLanguageOfBy tells it, over the text in small letters
// (a sentence's first word counts), two distinct function words enough (a wire brief is short, and
// the bracket says much already).
bool InLanguage(std::string_view lang, std::string_view text) {
  const std::string lower = ascii::Lower(text);
  static constexpr std::pair<std::string_view, std::string_view> kBy[] = {
      {"de", "von"}, {"es", "por"}, {"pt", "por"}, {"fr", "par"}, {"nl", "door"}, {"it", "di"},
      {"sv", "av"},  {"no", "av"},  {"da", "af"},  {"pl", "pl"},  {"hu", "hu"},   {"fi", "fi"}};
  for (const auto& [code, by] : kBy)
    if (code == lang) return InLanguageOfBy(by, lower, 2);
  return false;
}

// Whether `name` (after a "Von", "Por", ...) reads as names: capitalized words, joined by that
// language's "and" or a particle in any case ("Anna Schmidt und Peter Müller", "José de la
// Cruz", "Luis Del Castillo", "Jan van der Berg", "Jean de La Fontaine"), an agency last ("Anna
// Schmidt, dpa"); two name words at least, unless an agency signs ("Por Comunidades" is a
// subhead); no article or conjunction in capitals opening a headline's words ("Por Fin Llega La
// Lluvia"); not every word of it in small letters in the story (`text`); at most eight words.
bool LooksLikeForeignNames(std::string_view name, std::string_view text) {
  static const auto* joiners = new ascii::WordMap<bool>(
      {{"und", true}, {"y", true}, {"e", true}, {"et", true}, {"en", true}, {"och", true}, {"og", true},
       {"and", true}, {"da", true}, {"do", true}, {"dos", true}, {"das", true}, {"de", true}, {"del", true},
       {"della", true}, {"van", true}, {"der", true}, {"von", true}, {"den", true}, {"di", true}, {"zu", true},
       {"du", true}, {"des", true}, {"ten", true}, {"ter", true}},
      /*lower=*/true);
  static const auto* articles = new ascii::WordMap<bool>(
      {{"el", true}, {"la", true}, {"los", true}, {"las", true}, {"il", true}, {"lo", true}, {"gli", true},
       {"le", true}, {"les", true}, {"der", true}, {"die", true}, {"das", true}, {"het", true}, {"ein", true},
       {"eine", true}, {"un", true}, {"una", true}, {"une", true}, {"y", true}, {"und", true}, {"et", true},
       {"og", true}, {"och", true}, {"the", true}, {"and", true}, {"of", true}, {"in", true}, {"im", true}},
      /*lower=*/true);
  size_t words = 0, names = 0, agencies = 0, common = 0, start = 0;
  bool after_joiner = false;
  while (start < name.size()) {
    size_t sp = name.find(' ', start);
    if (sp == std::string_view::npos) sp = name.size();
    std::string_view w = name.substr(start, sp - start);
    start = sp + 1;
    while (!w.empty() && (w.back() == ',' || w.back() == '/' || w.back() == '|')) w.remove_suffix(1);
    if (w.empty() || w == "|" || w == "/") continue;
    if (++words > 8) return false;
    const unsigned char c = static_cast<unsigned char>(w.front());
    // A particle in capitals is a name's when a capitalized word follows ("Luis Del Castillo").
    if (joiners->Find(w) != nullptr && sp < name.size()) {
      after_joiner = true;
      continue;
    }
    if (sp == name.size() && !WireAgencyIn(w).empty()) {
      ++agencies;
      continue;
    }
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return false;
    // ("de La Fontaine", "Anna Lo Russo": an article after a particle or inside a surname.)
    if (articles->Find(w) != nullptr && !after_joiner && names != 1) return false;
    after_joiner = false;
    ++names;
    // A common word set in capitals: the story has it in small letters.
    if (w.size() >= 3 && c < 0x80) {
      std::string lower(w);
      lower[0] = static_cast<char>(lower[0] | 0x20);
      for (size_t at = text.find(lower); at != std::string_view::npos; at = text.find(lower, at + 1)) {
        const bool open = at == 0 || !ascii::IsAlpha(text[at - 1]);
        const size_t end = at + lower.size();
        if (open && (end >= text.size() || !ascii::IsAlpha(text[end]))) {
          ++common;
          break;
        }
      }
    }
  }
  if (names > 0 && common == names) return false;  // every word a common one ("Fin Llega ...")
  return names >= 2 || (names >= 1 && agencies > 0) || (names == 0 && agencies > 0);
}

struct Line {
  std::string_view text;
  bool blank_before = false;
  bool indented = false;
};

// Returns true when every word is capitalized or a joiner ("and", "de", "van").
bool LooksLikeNames(std::string_view s) {
  size_t start = 0;
  while (start < s.size()) {
    size_t sp = s.find(' ', start);
    if (sp == std::string_view::npos) sp = s.size();
    std::string_view w = s.substr(start, sp - start);
    start = sp + 1;
    if (w.empty()) continue;
    if (w == "and" || w == "de" || w == "van" || w == "von" || w == "al" || w == "bin" || w == "in") continue;
    // An agency that writes its name in small letters ("Anna Schmidt, dpa", "Jane Doe / dpa").
    if (sp == s.size() && !WireAgencyIn(w).empty()) continue;
    unsigned char c = static_cast<unsigned char>(w.front());
    if (c >= 'a' && c <= 'z') return false;
    if (c >= '0' && c <= '9') return false;
  }
  return true;
}

// Each thread's working buffers, kept from one article to the next (they only grow to the
// largest article a thread has seen): Unwrap allocates only what it returns.
struct Scratch {
  std::vector<Line> lines;
  std::vector<size_t> lengths, sorted;
  std::string current;
};

}  // namespace

UnwrapResult Unwrap(std::string_view text, const UnwrapOptions& options) {
  const Patterns& pat = P();
  UnwrapResult r;
  thread_local Scratch scratch;
  // 1. Lines, with what precedes them.
  std::vector<Line>& lines = scratch.lines;
  lines.clear();
  bool blank = false;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    pos = nl + 1;
    bool indented = !raw.empty() && raw.front() == ' ';
    std::string_view t = Trim(raw);
    if (t.empty()) {
      blank = true;
      continue;
    }
    lines.push_back({t, blank, indented});
    blank = false;
  }
  if (lines.empty()) return r;

  // 2. Is the text hard-wrapped? Lines of a narrow width that mostly run on into the next.
  std::vector<size_t>& lengths = scratch.lengths;
  lengths.clear();
  size_t runs_on = 0, blank_breaks = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    lengths.push_back(CountCodePoints(lines[i].text));
    if (lines[i].blank_before) ++blank_breaks;
    if (i + 1 < lines.size() && !lines[i + 1].blank_before && !EndsSentence(lines[i].text)) ++runs_on;
  }
  std::vector<size_t>& sorted = scratch.sorted;
  sorted.assign(lengths.begin(), lengths.end());
  std::sort(sorted.begin(), sorted.end());
  size_t p90 = sorted[std::min(sorted.size() - 1, sorted.size() * 9 / 10)];
  r.was_wrapped = options.detect_wrapping && lines.size() >= 4 && p90 <= options.max_wrap_width &&
                  static_cast<double>(runs_on) >= options.min_continuations * lines.size();
  const bool blank_paragraphs = blank_breaks * 4 >= lines.size();  // copy marks paragraphs

  // 3. Paragraphs.
  std::string& current = scratch.current;
  current.clear();
  BlockKind kind = BlockKind::kBody;
  bool next_is_bullet = false;
  auto flush = [&] {
    if (!current.empty()) r.blocks.push_back({current, kind});
    current.clear();
    kind = BlockKind::kBody;
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view t = lines[i].text;
    if (RE2::FullMatch(re2::StringPiece(t.data(), t.size()), pat.bullet_marker)) {
      flush();
      next_is_bullet = true;
      continue;
    }
    bool starts_new = true;
    if (r.was_wrapped && !current.empty() && !lines[i].blank_before) {
      std::string_view prev = lines[i - 1].text;
      bool prev_short = lengths[i - 1] * 2 < p90 && !EndsWithJoiner(prev);
      bool next_lower = !t.empty() && t.front() >= 'a' && t.front() <= 'z';
      // "Mr." or "U.S." at a line end goes on with the next line's name.
      auto abbreviation = [&] {
        return prev.back() == '.' && !t.empty() &&
               IsNonFinalAbbreviation(std::string(prev) + " " + std::string(t.substr(0, 32)), prev.size() - 1, t[0]);
      };
      bool sentence_break = EndsSentence(prev) && !next_lower && (!blank_paragraphs || lines[i].indented) && !abbreviation();
      // A line that opens in lower case always continues the one before; the patterns run
      // only when the cheap tests leave the question open.
      auto special_start = [&] {
        re2::StringPiece sp(t.data(), t.size());
        return t.starts_with("By ") || IsAllCapsHeading(t) || IsAllCapsHeading(prev) ||
               (MayOpenDateline(t) && RE2::PartialMatch(sp, pat.dateline)) || RE2::PartialMatch(sp, *pat.credit);
      };
      // (A list's line keeps its own paragraph: a marker and a capital, a digit or a sign after it,
      // under a header or another such line: "Key figures:" / "- Exports: 9.03 trillion yen, down
      // 2.7%". Not a dash that goes on with the sentence, "rose 5% in January\n- the strongest start
      // in years -", nor a quote after a colon.)
      auto item = [](std::string_view line) {
        const size_t m = ListMarkerSize(line);
        if (m == 0 || m >= line.size()) return false;
        const char c = line[m];
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '$' || c == '+' || static_cast<unsigned char>(c) >= 0xC2;
      };
      const bool list_line = item(t) && (prev.ends_with(':') || item(prev));
      starts_new = list_line || (!next_lower && (sentence_break || prev_short || special_start()));
    }
    if (starts_new) {
      flush();
      if (next_is_bullet) kind = BlockKind::kBullet;
      next_is_bullet = false;
    }
    if (!current.empty()) {
      // A hyphen at a wrap point stays ("Russia-\nChina" was "Russia-China" in wire copy), a
      // dash does not ("the bill -\nthe third"); wrapped CJK lines join with no space.
      if (!JoinsWithoutSpace(current, t)) current.push_back(' ');
    }
    current.append(t);
  }
  flush();

  // 4. Fields: bullets markers inside blocks, byline, dateline, credit.
  if (!options.extract_fields) return r;
  std::vector<Block> kept;
  kept.reserve(r.blocks.size());
  // The dateline's place, its agency's credit, and the head cut from the text.
  // The agency a dateline credits: a wire's name, or a short name only before a dash and over a
  // story in its language (`story`: the text after the dateline); "" when none.
  auto dateline_credit = [&r](const std::string& agency, std::string_view head, size_t next_block,
                              std::string_view rest) {
    std::string lang;
    std::string wire = DatelineAgency("(" + agency + ")", &lang);
    if (wire.empty() || lang.empty()) return wire;
    head = Trim(head);
    if (head.ends_with(":")) return std::string();
    std::string story(rest);
    for (size_t k = next_block; k < r.blocks.size() && k < next_block + 3; ++k) {
      story += '\n';
      story += r.blocks[k].text;
    }
    return InLanguage(lang, story) ? wire : std::string();
  };
  auto take_dateline = [&r](const std::string& place, const std::string& wire, std::string_view head) {
    r.dateline = place;
    if (!wire.empty() && r.credit.empty()) r.credit = wire;
    r.removed.push_back({std::string(Trim(head)), "dateline"});
  };
  bool lede_seen = false;  // two paragraphs of twelve words or more have been kept
  int long_blocks = 0;
  for (size_t i = 0; i < r.blocks.size(); ++i) {
    Block b = std::move(r.blocks[i]);
    if (MayOpenWithBullet(b.text)) RE2::Replace(&b.text, pat.leading_bullet, "");
    bool early = i < options.field_search_blocks;
    std::string name;
    if (early && r.byline.empty() && MayBeByline(b.text) && CountWords(b.text, 30) <= 30 &&
        RE2::FullMatch(b.text, *pat.byline, &name) && LooksLikeNames(name)) {
      r.byline = name;
      r.removed.push_back({b.text, "byline"});
      continue;
    }
    // A byline in another language: before the story's first paragraph, in the language of the
    // paragraphs after it, and no English byline in the blocks after it.
    std::string by;
    if (early && r.byline.empty() && !lede_seen && i + 1 < r.blocks.size() && MayBeForeignByline(b.text) &&
        b.kind == BlockKind::kBody && CountWords(b.text, 30) <= 30 &&
        RE2::FullMatch(b.text, *pat.foreign_byline, &by, &name)) {
      std::string probe;
      bool english_byline = false;
      for (size_t k = i + 1; k < r.blocks.size() && k < i + 4; ++k) {
        english_byline = english_byline || MayBeByline(r.blocks[k].text);
        probe += r.blocks[k].text;
        probe += '\n';
      }
      if (!english_byline && LooksLikeForeignNames(name, probe) && InLanguageOfBy(by, probe, 3)) {
        r.byline = name;
        r.removed.push_back({b.text, "byline"});
        continue;
      }
    }
    std::string place, agency, wire;
    // A dateline set as a paragraph of its own ("LONDON (Reuters) -", then the lede): read with
    // the next paragraph, taken only when it is the whole block, ends in a dash and names a wire
    // agency.
    // (A place in title case is read by its own pattern: "London (Reuters) -".)
    const bool caps = early && r.dateline.empty() && b.kind == BlockKind::kBody && MayOpenDateline(b.text);
    if (early && r.dateline.empty() && b.kind == BlockKind::kBody && i + 1 < r.blocks.size() &&
        b.text.size() <= 80 && (caps || MayOpenTitleDateline(b.text)) &&
        (b.text.ends_with("-") || b.text.ends_with("\xE2\x80\x94") || b.text.ends_with("\xE2\x80\x93"))) {
      // (A colon alone ends a speaker's label: "INTERVIEWER (Reuters):", "SEN. JANE DOE (D-Mass.):".)
      const std::string joined = b.text + " " + r.blocks[i + 1].text;
      re2::StringPiece in(joined);
      if (RE2::Consume(&in, caps ? pat.dateline : *pat.title_dateline, &place, &agency) &&
          (caps || TitleDateline(place, agency)) &&
          !(wire = dateline_credit(agency, b.text, i + 2, r.blocks[i + 1].text)).empty() &&
          !UnknownDotDash(std::string_view(joined).substr(0, joined.size() - in.size()), agency,
                          !WireAgencyIn(agency).empty()) &&
          joined.size() - in.size() >= b.text.size() && joined.size() - in.size() <= b.text.size() + 1 &&
          CountWords(place, 8) <= 8 && !IsLabel(place) && SlashPlaceOk(place, agency)) {
        take_dateline(place, wire, b.text);
        continue;
      }
      place.clear();
      agency.clear();
    }
    re2::StringPiece input(b.text);
    // (A place in title case is taken with a wire's whole name, at a known place, before the
    // story's lede and over three words or more: "London (Reuters) - The Bank of England ...".)
    if (early && r.dateline.empty() && b.kind == BlockKind::kBody && (caps || MayOpenTitleDateline(b.text)) &&
        RE2::Consume(&input, caps ? pat.dateline : *pat.title_dateline, &place, &agency) && CountWords(place, 8) <= 8 &&
        !IsLabel(place) && input.size() > 0 && (!agency.empty() || IsLede(std::string_view(input.data(), input.size()))) &&
        (caps || (!lede_seen && CountWords(std::string_view(input.data(), input.size()), 3) >= 3 &&
                  TitleDateline(place, agency))) &&
        PlainPlace(place, agency, std::string_view(b.text).substr(0, b.text.size() - input.size())) &&
        SlashPlaceOk(place, agency) &&
        !SpeakerBeforeSpeech(std::string_view(b.text).substr(0, b.text.size() - input.size()), agency,
                             std::string_view(input.data(), input.size())) &&
        !UnknownDotDash(std::string_view(b.text).substr(0, b.text.size() - input.size()), agency,
                        !WireAgencyIn(agency).empty()) &&
        ((wire = dateline_credit(agency, std::string_view(b.text).substr(0, b.text.size() - input.size()), i + 1,
                                 std::string_view(input.data(), input.size()))),
         caps || !wire.empty())) {
      take_dateline(place, wire, std::string_view(b.text).substr(0, b.text.size() - input.size()));
      b.text = std::string(input.data(), input.size());
    }
    // A credit line fills the credit field and stays in the text: it is the evidence an editor
    // checks, with its offsets (pipeline/credit.h).
    if (MatchCreditLine(b.text).kind == CreditKind::kStory) {
      std::string c(Trim(b.text));
      while (!c.empty() && (c.front() == '(' || c.front() == '[')) c.erase(0, 1);
      while (!c.empty() && (c.back() == ')' || c.back() == ']')) c.pop_back();
      r.credit = r.credit.empty() ? c : r.credit + "; " + c;
    }
    long_blocks += CountWords(b.text, 12) >= 12;
    lede_seen = long_blocks >= 2;  // (the first may be a standfirst, a teaser or a caption)
    kept.push_back(std::move(b));
  }
  r.blocks.swap(kept);
  return r;
}

}  // namespace copydesk::normalizers
