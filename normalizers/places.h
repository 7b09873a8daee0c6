// Places: whether a name in title case is a place a dateline names ("London", "São Paulo",
// "Moskau", "Ill.", "Ukraine"), so that "London (Reuters) -" is read as a dateline and "Elon Musk
// (Reuters) -" is not (normalizers/unwrap.cc). Names in capitals need no list: wire style sets
// only datelines so.
//
//   normalizers::KnownPlace("New York") == true;      // a city
//   normalizers::KnownRegion("Calif.") == true;        // a state or a country after the city
//   normalizers::KnownPlace("Joe Biden") == false;
//
// The cities are ICU's exemplar cities of its time zones and the countries ICU's names for them,
// in English and the languages of Europe's agencies (~4,700 names, built on first use in ~50 ms),
// with the US states, the AP's abbreviations of them, and cities that datelines name often and
// that no time zone does ("Washington", "Beijing", "Mumbai", "Geneva").
#pragma once

#include <string_view>

namespace copydesk::normalizers {

// Whether `name`, as written, is a city or a country.
bool KnownPlace(std::string_view name);

// Whether `name`, as written, is a country, a US state or the AP's abbreviation of one.
bool KnownRegion(std::string_view name);

// Whether `name`, in any case and with or without its accents, is a city or a country ("NEW
// YORK", "SAO PAULO", "MÜNCHEN", "Moskau"); *city (when given): whether it is a city, no country
// or state.
bool KnownPlaceInCapitals(std::string_view name, bool* city);

// Whether `name`, as written, is a US state or the AP's abbreviation of one ("Texas", "Ill.").
bool UsState(std::string_view name);

}  // namespace copydesk::normalizers
