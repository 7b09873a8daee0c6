#include "normalizers/places.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_set>

#include "corpus/lazy.h"

namespace copydesk::normalizers {
namespace {

// The languages whose names of cities and countries are read: English and those of Europe's
// agencies' datelines.
constexpr const char* kLanguages[] = {"en", "de", "fr", "es", "it", "nl", "sv", "nb", "da", "fi",
                                      "pl", "pt", "hu", "cs", "ru", "el", "tr"};

// US states, spelled out and as the AP abbreviates them (a dateline's "Springfield, Ill.").
constexpr std::string_view kStates[] = {
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "Ala.", "Ariz.", "Ark.",
    "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.",
    "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.",
    "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
    "D.C.", "Puerto Rico", "Guam", "England", "Scotland", "Wales", "Northern Ireland"};

// Cities datelines name often that are no time zone's exemplar city.
constexpr std::string_view kCities[] = {
    "Washington", "Washington D.C.", "Beijing", "Peking", "Mumbai", "New Delhi", "Delhi", "Bengaluru",
    "The Hague", "Den Haag", "Geneva", "Genf", "Genève", "Ginevra", "Frankfurt", "Frankfurt am Main", "Hamburg",
    "Munich", "München", "Cologne", "Köln", "Düsseldorf", "Stuttgart", "Hanover", "Hannover", "Leipzig",
    "Dresden", "Bonn", "Milan", "Milano", "Mailand", "Florence", "Naples", "Venice", "Turin", "Barcelona",
    "Seville", "Valencia", "Marseille", "Lyon", "Strasbourg", "Brasília", "Brasilia", "Rio de Janeiro",
    "Boston", "San Francisco", "Seattle", "Houston", "Dallas", "Atlanta", "Miami", "Philadelphia",
    "Pittsburgh", "Baltimore", "Cleveland", "Minneapolis", "San Diego", "Las Vegas", "New Orleans", "Austin",
    "Sacramento", "Denver", "Orlando", "Tampa", "Nashville", "Oakland", "Palo Alto", "Silicon Valley",
    "Ottawa", "Montreal", "Montréal", "Calgary", "Osaka", "Yokohama", "Kyoto", "Busan", "Shenzhen",
    "Guangzhou", "Hangzhou", "Wuhan", "Chengdu", "Tianjin", "Cape Town", "Durban", "Pretoria", "Abu Dhabi",
    "Mecca", "Davos", "Zurich", "Basel", "Bern", "Lausanne", "St. Petersburg", "Sankt Petersburg",
    "Saint Petersburg", "Gdansk", "Gdańsk", "Krakow", "Kraków", "Göteborg", "Gothenburg", "Bergen",
    "Antwerp", "Rotterdam", "Edinburgh", "Glasgow", "Manchester", "Liverpool", "Birmingham", "Cardiff",
    "Belfast", "Islamabad", "Lahore", "Kandahar", "Mosul", "Aleppo", "Benghazi", "Ramallah", "Tel Aviv",
    "Canberra", "Melbourne", "Perth", "Brisbane", "Auckland", "Wellington", "Vatican City", "St. Louis",
    "Salt Lake City", "Kansas City", "St. Paul", "Cincinnati", "Milwaukee", "Portland", "Charlotte", "Columbus",
    "Memphis", "Richmond", "Raleigh", "Louisville", "Łódź", "Lodz", "Wrocław", "Poznań", "Tampere", "Turku",
    "Malmö", "Uppsala", "Trondheim", "Stavanger", "Aarhus", "Odense", "Utrecht", "Eindhoven", "Salzburg",
    "Graz", "Linz", "Innsbruck",
    // (Capitals of nations and of Germany's states, and cities of the wars' datelines, that no zone
    // names.)
    "Abuja", "Ankara", "Doha", "Bremen", "Erfurt", "Kiel", "Magdeburg", "Mainz", "Nürnberg", "Nuremberg",
    "Potsdam", "Saarbrücken", "Schwerin", "Wiesbaden", "Donetsk", "Kharkiv", "Lviv", "Odesa", "Odessa",
    "Sochi"};

// A name in capitals without its accents ("São Paulo" -> "SAO PAULO"), as wire style writes a
// dateline: decomposed (NFD), its combining marks dropped, upper-cased.
std::string CapitalsOf(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return std::string(name);
  icu::UnicodeString u = nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size()))), status);
  if (U_FAILURE(status)) return std::string(name);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) kept.append(c);
    i += U16_LENGTH(c);
  }
  kept.toUpper(icu::Locale::getRoot());
  std::string out;
  kept.toUTF8String(out);
  return out;
}

struct Names {
  std::unordered_set<std::string> places, regions;
};

const Names& Built() {
  static corpus::Lazy<Names> names{[] {
    auto n = std::make_unique<Names>();
    UErrorCode status = U_ZERO_ERROR;
    for (const char* language : kLanguages) {
      const icu::Locale locale(language);
      std::unique_ptr<icu::TimeZoneNames> zones(icu::TimeZoneNames::createInstance(locale, status));
      std::unique_ptr<icu::StringEnumeration> ids(icu::TimeZone::createEnumeration(status));
      if (U_SUCCESS(status) && zones && ids) {
        while (const icu::UnicodeString* id = ids->snext(status)) {
          // (Not Antarctica's stations, "Casey", "Davis", "Palmer": names more often than places.)
          if (id->startsWith(icu::UnicodeString(u"Antarctica/"))) continue;
          icu::UnicodeString city;
          zones->getExemplarLocationName(*id, city);
          if (city.isBogus() || city.isEmpty()) continue;
          std::string utf8;
          n->places.insert(city.toUTF8String(utf8));
        }
      }
      status = U_ZERO_ERROR;
      for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
        icu::UnicodeString country;
        icu::Locale("", *code).getDisplayCountry(locale, country);
        std::string utf8;
        country.toUTF8String(utf8);
        if (utf8.size() > 2) {  // (an unknown code displays as itself)
          n->places.insert(utf8);
          n->regions.insert(utf8);
        }
      }
    }
    for (std::string_view s : kStates) {
      n->places.emplace(s);
      n->regions.emplace(s);
    }
    for (std::string_view c : kCities) n->places.emplace(c);
    // Exemplar cities that are words or names as often ("Man (AP) - A man was arrested").
    for (std::string_view w : {"Man", "Island", "Christmas", "Easter", "Resolute", "Midway", "Oral", "Stanley",
                               "Regina", "Maurice", "Wake", "Chatham", "Norfolk", "Marengo", "Knox", "Center",
                               "Beulah", "Monticello", "Vevay", "Winamac", "Tell City", "Petersburg", "Vincennes",
                               "Louisville", "Salem", "Chad"})
      if (std::find(std::begin(kCities), std::end(kCities), w) == std::end(kCities)) n->places.erase(std::string(w));
    return n;
  }};
  return *names;
}

// The same names in capitals (CapitalsOf each), built only when a place in capitals is first
// looked up (a dateline of several cities).
const Names& BuiltCapitals() {
  static corpus::Lazy<Names> names{[] {
    auto n = std::make_unique<Names>();
    for (const auto& p : Built().places) n->places.insert(CapitalsOf(p));
    for (const auto& r : Built().regions) n->regions.insert(CapitalsOf(r));
    return n;
  }};
  return *names;
}

}  // namespace

bool KnownPlace(std::string_view name) { return Built().places.count(std::string(name)) > 0; }

bool KnownRegion(std::string_view name) { return Built().regions.count(std::string(name)) > 0; }

bool KnownPlaceInCapitals(std::string_view name, bool* city) {
  const std::string caps = CapitalsOf(name);
  const Names& n = BuiltCapitals();
  if (n.places.count(caps) == 0) return false;
  if (city != nullptr) *city = n.regions.count(caps) == 0;
  return true;
}

bool UsState(std::string_view name) {
  // (kStates ends with the UK's nations, which datelines set the same way.)
  const auto* end = std::find(std::begin(kStates), std::end(kStates), std::string_view("England"));
  return std::find(std::begin(kStates), end, name) != end;
}

}  // namespace copydesk::normalizers
