#include <catch2/catch.hpp>

#include <cmath>

#include "extractors/quantity.h"
#include "extractors/tables.h"

using namespace copydesk::extractors;

namespace {
std::vector<Quantity> Q(const std::string& s) {
  static auto ex = QuantityExtractor::Create().value();
  std::vector<Quantity> out;
  ex->Extract(s, &out);
  return out;
}
}  // namespace

TEST_CASE("a figure past the largest number, a percent before a scaled figure, a range opening a sentence", "[extractors]") {
  auto q = Q("The debt hit $9e300 trillion trillion last year.");
  for (const auto& x : q) CHECK(std::isfinite(x.value));  // no figure: no value to give
  q = Q("Profit rose 3 percent to $5 billion.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == 3);  // not 3 billion percent
  CHECK(q[1].value == 5e9);
  q = Q("Between 20 and 30 people attended.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].value == 20);
  CHECK(q[0].hi == 30);
}

TEST_CASE("money, percent and scale words", "[extractors]") {
  auto q = Q("imports slumped 46% to $5.8 billion, while exports hit \xC2\xA3" "182bn and 667,000 rubles");
  REQUIRE(q.size() == 4);
  CHECK(q[0].value == 46);
  CHECK(q[0].unit == "percent");
  CHECK(q[1].value == Approx(5.8e9));
  CHECK(q[1].unit == "USD");
  CHECK(q[2].value == Approx(182e9));
  CHECK(q[2].unit == "GBP");
  CHECK(q[3].value == 667000);
  CHECK(q[3].unit == "RUB");
}

TEST_CASE("spelled numbers, fractions, multipliers, counts", "[extractors]") {
  auto q = Q("twenty four percent of about two-thirds rose sevenfold, nine times more than 20 world leaders and 1-1/2 years");
  REQUIRE(q.size() == 6);
  CHECK(q[0].value == 24);
  CHECK(q[0].unit == "percent");
  CHECK(q[1].value == Approx(2.0 / 3));
  CHECK(q[1].unit == "fraction");
  CHECK(q[1].approx == "about");
  CHECK(q[2].value == 7);
  CHECK(q[2].unit == "times");
  CHECK(q[3].value == 9);
  CHECK(q[3].unit == "times");
  CHECK(q[4].value == 20);
  CHECK(q[4].unit == "count");
  CHECK(q[4].noun == "world leaders");
  CHECK(q[4].approx == "more_than");
  CHECK(q[5].value == 1.5);
}

TEST_CASE("ranges, dates and names", "[extractors]") {
  auto q = Q("sales grew between 3% and 5% in 2026, or 10-20% on Aug 28 at the CR929 plant");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == 3);
  REQUIRE(q[0].hi);
  CHECK(*q[0].hi == 5);
  CHECK(q[1].value == 10);
  CHECK(*q[1].hi == 20);
  // A unit glued to both ends.
  auto g = Q("Shares traded at 150p-160p; the route runs 5km-10km; a 5km-long road");
  REQUIRE(g.size() == 3);
  CHECK(g[0].unit == "pence");
  CHECK(g[0].hi == 160);
  CHECK(g[1].unit == "kilometre");
  CHECK(g[1].hi == 10);
  CHECK_FALSE(g[2].hi.has_value());
}

TEST_CASE("ranges written with a slash or a hyphenated to; addresses with the street word first", "[extractors]") {
  auto a = Q("Tickets cost $7/$9 at the door.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].value == 7);
  CHECK(a[0].hi == 9);
  CHECK(a[0].unit == "USD");
  // A slash between an amount and a unit is a rate, not a range.
  auto b = Q("Fees rose to $12/month.");
  REQUIRE_FALSE(b.empty());
  CHECK_FALSE(b[0].hi.has_value());
  auto c = Q("a 200,000 to-260,000 year-old skull");
  REQUIRE_FALSE(c.empty());
  CHECK(c[0].value == 200000);
  CHECK(c[0].hi == 260000);
  CHECK(Q("The flat at 22 Ave Marceau sold quickly.").empty());
}

TEST_CASE("a counted noun ends before its verb or an adverb", "[extractors]") {
  auto a = Q("Some 20 fans went home early.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].noun == "fans");
  auto b = Q("The firm has 59 users mostly in Canada.");
  REQUIRE(b.size() == 1);
  CHECK(b[0].noun == "users");
  auto c = Q("Cooperation between 12 partners remains solid.");
  REQUIRE(c.size() == 1);
  CHECK(c[0].noun == "partners");
  auto d = Q("Some 20 world leaders attended.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].noun == "world leaders");
}

TEST_CASE("no counted noun from a preposition, an adverb or a comparative before than", "[extractors]") {
  auto a = Q("The yen traded at 132.86 against the dollar.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].unit.empty());
  CHECK(a[0].noun.empty());
  auto b = Q("Sales rose to 40 during the quarter and 12 sharply after it.");
  REQUIRE(b.size() == 2);
  CHECK(b[0].noun.empty());
  CHECK(b[1].noun.empty());
  auto c = Q("It will be 25k cheaper than its rivals, as two lower courts found.");
  REQUIRE(c.size() == 2);
  CHECK(c[0].noun.empty());
  CHECK(c[1].noun == "lower courts");  // an adjective, not a comparison
  auto d = Q("About 600 people worldwide and 5 million children under five.");
  REQUIRE(d.size() >= 2);
  CHECK(d[0].noun == "people");
  CHECK(d[1].noun == "children");
  auto e = Q("The 7 family members and 3 supply ships.");
  REQUIRE(e.size() == 2);
  CHECK(e[0].noun == "family members");
  CHECK(e[1].noun == "supply ships");
}

TEST_CASE("an age is a figure in years of age", "[extractors]") {
  for (const char* s : {"A 50-year-old man was held.", "A 50 year-old man was held.", "He is 50 years old.",
                        "Men over 50 years of age."}) {
    auto q = Q(s);
    REQUIRE(q.size() == 1);
    CHECK(q[0].value == 50);
    CHECK(q[0].unit == "year of age");
  }
  auto calf = Q("a 6-month-old calf");
  REQUIRE(calf.size() == 1);
  CHECK(calf[0].unit == "month of age");
  // A duration is no age, and "a 10-year bond" stays an adjective.
  CHECK(Q("a 10-year bond").empty());
  auto ago = Q("5 years ago");
  CHECK((ago.empty() || ago[0].unit != "year of age"));
}

TEST_CASE("hostile input stays linear and sensible", "[extractors]") {
  std::string digits(400, '7');
  auto q = Q("a number " + digits + " here");
  CHECK(q.empty());  // longer than any real quantity: not reported
  std::string many;
  for (int i = 0; i < 10000; ++i) many += std::to_string(i % 97) + "% ";
  auto m = Q(many);
  CHECK(m.size() == 10000);
  std::string line(1 << 20, '9');
  CHECK(Q(line).empty());
}

TEST_CASE("shares written as one in five", "[extractors]") {
  auto q = Q("one in five adults and 2 out of 3 firms, but one in 2024 is no share");
  REQUIRE(q.size() >= 2);
  CHECK(q[0].value == Approx(0.2));
  CHECK(q[0].unit == "fraction");
  CHECK(q[1].value == Approx(2.0 / 3));
  for (const auto& x : q) CHECK(x.value != Approx(1.0 / 2024));
}

TEST_CASE("Indian scales and grouping, capital scale letters, glued codes, a dozen", "[extractors]") {
  auto q = Q("The fund raised 13 lakh rupees, then 3 lakh crore, and 12,34,567.89 more");
  REQUIRE(q.size() == 3);
  CHECK(q[0].value == Approx(1.3e6));
  CHECK(q[1].value == Approx(3e12));
  CHECK(q[2].value == Approx(1234567.89));
  q = Q("The app has 10M users and a 5K run; a deal worth 115USD was signed by a dozen firms.");
  REQUIRE(q.size() == 4);
  CHECK(q[0].value == Approx(1e7));
  CHECK(q[1].value == Approx(5e3));
  CHECK(q[2].value == 115);
  CHECK(q[2].unit == "USD");
  CHECK(q[3].value == 12);
  CHECK(q[3].surface == "a dozen");
}

TEST_CASE("digits inside a web address are no quantities", "[extractors]") {
  auto q = Q("Prices rose 4% (see https://example.com/report?id=305&q=20%25 for the data).");
  REQUIRE(q.size() == 1);
  CHECK(q[0].value == 4);
}

TEST_CASE("approximation words are whole words", "[extractors]") {
  // "takeover" ends in "over" and "handsome" in "some": neither makes the figure approximate.
  auto q = Q("The takeover 40% stake and a handsome 20 million bonus, about 5% more.");
  REQUIRE(q.size() == 3);
  CHECK(q[0].approx == "exact");
  CHECK(q[1].approx == "exact");
  CHECK(q[1].value == 20e6);
  CHECK(q[2].approx == "about");
}

TEST_CASE("mixed numbers, ordinals and shares", "[extractors]") {
  auto q = Q("Output rose forty-two and a half percent in one hundred and three quarters hours.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == 42.5);
  CHECK(q[0].unit == "percent");
  CHECK(q[1].value == 100.75);
  // "a third term" is an ordinal; "by a third", "nearly a tenth", "a fifth of" are shares.
  CHECK(Q("He won a third term and a fourth straight month of gains.").empty());
  q = Q("Costs fell by a third, nearly a tenth of staff left and a fifth of voters agreed.");
  REQUIRE(q.size() == 3);
  CHECK(q[0].value == Approx(1.0 / 3));
  CHECK(q[1].value == Approx(0.1));
  CHECK(q[2].value == Approx(0.2));
  q = Q("Two-sevenths of the land, three and one fourth, twenty and three fifths.");
  REQUIRE(q.size() == 3);
  CHECK(q[0].value == Approx(2.0 / 7));
  CHECK(q[0].unit == "fraction");
  CHECK(q[1].value == 3.25);
  CHECK(q[2].value == Approx(20.6));
  q = Q("One in twenty-one adults, two out of five hundred sets, two thirds of a million people.");
  REQUIRE(q.size() == 3);
  CHECK(q[0].value == Approx(1.0 / 21));
  CHECK(q[1].value == Approx(0.004));
  CHECK(q[2].value == Approx(2e6 / 3));
}

TEST_CASE("money adjectives, minor units and powers of ten", "[extractors]") {
  auto q = Q("It pays a 12-cent-a-share dividend after its one-yen bid and a four-day week.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == 12);
  CHECK(q[0].unit == "cent");
  CHECK(q[1].value == 1);
  CHECK(q[1].unit == "JPY");
  q = Q("It cost thirteen dollars and forty-five cents, then 15 dollars 50.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == Approx(13.45));
  CHECK(q[0].unit == "USD");
  CHECK(q[1].value == Approx(15.5));
  // "and" without "cents" joins two figures, not dollars and cents.
  q = Q("He paid 15 dollars and 20 people came.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == 15);
  q = Q("Doses of 1.3e6 units, 6.23 x 10^-4 grams and 12.32e+14 atoms; not 4e999.");
  REQUIRE(q.size() >= 3);
  CHECK(q[0].value == Approx(1.3e6));
  CHECK(q[1].value == Approx(6.23e-4));
  CHECK(q[2].value == Approx(12.32e14));
  for (const auto& x : q) CHECK(std::isfinite(x.value));
}

TEST_CASE("a text without digits or number words holds no quantity", "[extractors]") {
  static auto ex = QuantityExtractor::Create().value();
  CHECK_FALSE(ex->MayHold("The minister said the talks went well."));
  for (const char* s : {"Sales rose 5%.", "Half of them left.", "Exports doubled.", "a dozen eggs",
                        "one in five", "twenty people", "a tenfold rise", "nought point five"}) {
    CHECK(ex->MayHold(s));
    CHECK_FALSE(Q(s).empty());
  }
}

TEST_CASE("hyphenated scales and units make figures, other hyphens adjectives", "[extractors]") {
  auto q = Q("A $5-billion contract, a 10-million-dollar deal and a 3-percent rise for a 20-year-old on a four-day week.");
  REQUIRE(q.size() == 4);
  CHECK(q[0].value == 5e9);
  CHECK(q[0].unit == "USD");
  CHECK(q[1].value == 10e6);
  CHECK(q[1].unit == "USD");
  CHECK(q[2].value == 3);
  CHECK(q[2].unit == "percent");
  CHECK(q[3].value == 20);  // an age (the test below); "four-day" stays an adjective
  CHECK(q[3].unit == "year of age");
  q = Q("It raised a quarter million dollars and half a million euros.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == 250000);
  CHECK(q[0].unit == "USD");
  CHECK(q[1].value == 500000);
  CHECK(q[1].unit == "EUR");
  CHECK(q[1].surface == "half a million euros");
}

// ---- Figures: units, currencies, rates, ranges, vague amounts, negatives (issue #12) ----

namespace {
// The first quantity of s, or a zero quantity with unit "<none>".
Quantity First(const std::string& s) {
  auto q = Q(s);
  if (q.empty()) {
    Quantity none;
    none.unit = "<none>";
    return none;
  }
  return q[0];
}
}  // namespace

TEST_CASE("units glued to the number or joined by a hyphen", "[extractors][figures]") {
  CHECK(First("the phone ships with 5GB of storage").unit == "gigabyte");
  CHECK(First("the phone ships with 5GB of storage").value == 5);
  CHECK(First("police clocked him at 70mph on the bypass").unit == "mile per hour");
  CHECK(First("a 300-hp engine").unit == "horsepower");
  CHECK(First("a 300-hp engine").value == 300);
  CHECK(First("its 6.5-inch screen").unit == "inch");
  CHECK(First("its 6.5-inch screen").value == 6.5);
  CHECK(First("a range of 15kHz").unit == "kilohertz");
  CHECK(First("bake it for 3min").unit == "minute");
}

TEST_CASE("currency prefixes and suffixes", "[extractors][figures]") {
  CHECK(First("it cost US$5 million").unit == "USD");
  CHECK(First("it cost US$5 million").value == 5e6);
  CHECK(First("it cost $US5 million").unit == "USD");
  CHECK(First("it cost A$12").unit == "AUD");
  CHECK(First("it cost $A12").unit == "AUD");
  CHECK(First("it cost C$12").unit == "CAD");
  CHECK(First("it cost HK$12").unit == "HKD");
  CHECK(First("it cost RM12").unit == "MYR");
  CHECK(First("it cost Rs 12 lakh").unit == "INR");
  CHECK(First("it cost Rs 12 lakh").value == 1.2e6);
  CHECK(First("it cost R$ 12").unit == "BRL");
  CHECK(First("it cost 12 kr").unit == "SEK");
  CHECK(First("it cost 12 zł").unit == "PLN");
  CHECK(First("it cost CHF 5").unit == "CHF");
  CHECK(First("it cost US $4.46 each").unit == "USD");
  CHECK(First("it cost 20 usd").unit == "USD");
  // A currency code is matched as written: "try" is a verb.
  CHECK(First("we try 5 times").unit == "times");
}

TEST_CASE("rates are money per something", "[extractors][figures]") {
  CHECK(First("rent is $3,500 a month").unit == "USD per month");
  CHECK(First("rent is $3,500 a month").value == 3500);
  CHECK(First("gas traded at $2.24 per mmBTU").unit == "USD per million British thermal units");
  CHECK(First("a dividend of 5 cents a share").unit == "cent per share");
  // "a year earlier" compares, it does not price.
  CHECK(First("sales of $4 billion a year earlier").unit == "USD");
}

TEST_CASE("ranges keep both ends", "[extractors][figures]") {
  auto q = First("between 10 and 20 boats");
  CHECK(q.value == 10);
  REQUIRE(q.hi);
  CHECK(*q.hi == 20);
  q = First("a 10-20% cut");
  CHECK(q.unit == "percent");
  REQUIRE(q.hi);
  CHECK(*q.hi == 20);
  q = First("the price went from $1,980 to $2,105");
  CHECK(q.value == 1980);
  REQUIRE(q.hi);
  CHECK(*q.hi == 2105);
  CHECK(q.unit == "USD");
  // "from" keeps a falling pair too.
  q = First("growth slows from 4.8 percent to 4.7 percent");
  REQUIRE(q.hi);
  CHECK(*q.hi == 4.7);
  CHECK(q.unit == "percent");
  q = First("a band between 15kHz and 17kHz");
  REQUIRE(q.hi);
  CHECK(q.unit == "kilohertz");
  q = First("over the past three or four years");
  REQUIRE(q.hi);
  CHECK(q.value == 3);
  CHECK(*q.hi == 4);
  // "rose by X to Y" is a change and a level, not a range.
  auto two = Q("debt rose by $4 billion to $19 billion");
  REQUIRE(two.size() == 2);
  CHECK_FALSE(two[0].hi);
}

TEST_CASE("vague amounts are approximate ranges", "[extractors][figures]") {
  auto q = First("thousands of nurses marched");
  CHECK(q.value == 1000);
  REQUIRE(q.hi);
  CHECK(*q.hi == 10000);
  CHECK(q.approx == "about");
  CHECK(q.noun == "nurses");
  CHECK(First("tens of thousands of fans").value == 1e4);
  CHECK(First("hundreds of millions of users").value == 1e8);
  CHECK(First("dozens of boats").value == 12);
}

TEST_CASE("negatives, basis points, decimal millions", "[extractors][figures]") {
  CHECK(First("temperatures of minus 5 degrees").value == -5);
  CHECK(First("the index closed -3% lower").value == -3);
  CHECK(First("a drive of minus-5 yards").value == -5);
  CHECK(First("sub-zero temperatures").unit == "<none>");
  CHECK(First("chips at sub-7 nanometer").value == 7);
  auto bp = First("the bank cut rates by 25 basis points");
  CHECK(bp.value == 25);
  CHECK(bp.unit == "bp");
  auto m = First("output of 1.2m tons of ore");
  CHECK(m.value == 1.2e6);
}

TEST_CASE("names, codes, dates and times are not figures", "[extractors][figures]") {
  for (const char* s : {"he was hurt in Game 2 last night", "under Section 12 of the act",
                        "the COVID-19 wave", "at the G20 summit", "a Boeing 737 landed",
                        "the Power of Siberia 2 pipeline", "the S&P 500 slipped", "they met at 11 a.m. sharp",
                        "stamped 2019-09-01T10:38:07Z", "call 555-123-4567 now", "ISBN 978-3-16-148410-0",
                        "update to 2.3.1 today", "he lives at 49 Elm Road in town", "the NY 10001 office",
                        "thousands of COVID -19 tests"}) {
    auto q = Q(s);
    bool any_number = false;
    for (const auto& x : q) any_number |= x.unit != "count" || x.value != 1000;  // the vague "thousands" only
    INFO(s);
    CHECK_FALSE(any_number);
  }
}

TEST_CASE("a sports score is its own kind", "[extractors][figures]") {
  auto q = First("they won 3-1 on Sunday");
  CHECK(q.unit == "score");
  CHECK(q.value == 3);
  REQUIRE(q.hi);
  CHECK(*q.hi == 1);
  CHECK(First("a 2-2 draw").unit == "score");
  CHECK(First("a 10-20% cut").unit == "percent");
}

TEST_CASE("'one' is a count only before a noun", "[extractors][figures]") {
  CHECK(Q("one of them left early").empty());
  CHECK(Q("the one that got away").empty());
  CHECK(Q("no one came").empty());
  CHECK(Q("said one official at the talks").empty());
  auto q = First("there is one particular plan");
  CHECK(q.value == 1);
  CHECK(q.unit == "count");
  // A counted noun stops before the verb: "two countries should".
  CHECK(First("two countries should act").noun == "countries");
}

// ---- Any script ----

TEST_CASE("decimal commas and space-grouped thousands", "[extractors][figures][scripts]") {
  auto q = First("inflation reached 8,1 % in March");
  CHECK(q.value == Approx(8.1));
  CHECK(q.unit == "percent");
  CHECK(First("a crowd of 1 234 567 people").value == 1234567);
  CHECK(First("a crowd of 1\xC2\xA0" "234 people").value == 1234);
  CHECK(First("1.234.567 votes").value == 1234567);
  CHECK(First("a bill of 1.234,50 euros").value == Approx(1234.5));
  // Swiss grouping by apostrophes, straight or typographic; a decade's apostrophe is none.
  CHECK(First("Umsatz von CHF 1'250'000 im Jahr").value == 1250000);
  CHECK(First("profit of CHF 2\xE2\x80\x99" "345.50 million").value == Approx(2345.5e6));
  CHECK(Q("Rund 12'500 Personen").size() == 1);
  CHECK(First("in the '90s").value == 90);
  // A malformed grouping makes no figure of its tail; feet and inches stay two.
  CHECK(Q("won 1'23'456 votes").size() == 1);
  CHECK(Q("He is 5'11\" tall").size() == 2);
  // A list is no decimal comma.
  CHECK(Q("pages 12,14,16 and 18").size() == 4);
}

TEST_CASE("Russian", "[extractors][figures][scripts]") {
  auto q = Q("Инфляция ускорилась до 8,1% в марте, а экспорт составил 5 млрд рублей.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == Approx(8.1));
  CHECK(q[0].unit == "percent");
  CHECK(q[1].value == 5e9);
  CHECK(q[1].unit == "RUB");
  CHECK(First("Доля выросла на 12,5 процента.").unit == "percent");
  CHECK(First("Кредит на 2,5 млн долларов").value == 2.5e6);
  CHECK(First("Кредит на 2,5 млн долларов").unit == "USD");
}

TEST_CASE("Arabic and Urdu", "[extractors][figures][scripts]") {
  auto q = First("ارتفع التضخم إلى ٨٫١٪ في مارس");
  CHECK(q.value == Approx(8.1));
  CHECK(q.unit == "percent");
  CHECK(q.surface == "٨٫١٪");
  q = First("بلغت الصادرات ٥ مليارات دولار");
  CHECK(q.value == 5e9);
  CHECK(q.unit == "USD");
  CHECK(First("نمت المبيعات ١٢ في المئة").unit == "percent");
  q = First("شرح سود ۱۲ فیصد ہو گئی");
  CHECK(q.value == 12);
  CHECK(q.unit == "percent");
  CHECK(First("قیمت 7 فیصد بڑھ گئی").unit == "percent");
}

TEST_CASE("Hindi", "[extractors][figures][scripts]") {
  auto q = Q("महंगाई ६.५ प्रतिशत रही और सरकार ने ५ करोड़ रुपये दिए");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == Approx(6.5));
  CHECK(q[0].unit == "percent");
  CHECK(q[1].value == 5e7);
  CHECK(q[1].unit == "INR");
}

TEST_CASE("Chinese", "[extractors][figures][scripts]") {
  auto q = Q("公司去年营收58亿美元，增长百分之五，员工三千五百人。");
  REQUIRE(q.size() == 3);
  CHECK(q[0].value == 5.8e9);
  CHECK(q[0].unit == "USD");
  CHECK(q[0].surface == "58亿美元");
  CHECK(q[1].value == 5);
  CHECK(q[1].unit == "percent");
  CHECK(q[2].value == 3500);
  CHECK(First("投资一亿五千万元").value == 1.5e8);
  CHECK(First("投资一亿五千万元").unit == "CNY");
  CHECK(First("增长3.5万").value == 35000);
  // Digits grouped by thousands before a numeral are one number; Japanese writes 億 and 萬.
  CHECK(First("公司去年营收2,500万美元。").value == 2.5e7);
  CHECK(Q("売上高は1,200万円だった。").size() == 1);
  CHECK(First("人口は1億2000万人。").value == 1.2e8);
  CHECK(Q("一些人认为").empty());  // a lone numeral inside a word is no number
}

TEST_CASE("Spanish, French, German, Portuguese", "[extractors][figures][scripts]") {
  auto q = Q("La inflación fue del 3,2 por ciento y la deuda llegó a 3.000 millones de dólares.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == Approx(3.2));
  CHECK(q[0].unit == "percent");
  CHECK(q[1].value == 3e9);
  CHECK(q[1].unit == "USD");
  q = Q("Le chômage a atteint 7,3 pour cent et la dette 2,5 milliards d'euros.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].unit == "percent");
  CHECK(q[1].value == 2.5e9);
  CHECK(q[1].unit == "EUR");
  q = Q("Der Umsatz stieg um 8,1 Prozent auf 1,5 Milliarden Euro.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == Approx(8.1));
  CHECK(q[0].unit == "percent");
  CHECK(q[1].value == 1.5e9);
  CHECK(q[1].unit == "EUR");
  q = Q("O PIB cresceu 2,9 por cento e o governo gastou R$ 1,5 bilhão.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].unit == "percent");
  CHECK(q[1].value == 1.5e9);
  CHECK(q[1].unit == "BRL");
}

TEST_CASE("a dot groups thousands and mil is a thousand where the sentence's language says so", "[extractors][figures][scripts]") {
  auto q = Q("La empresa contrató a 12 mil trabajadores y vendió 4.500 coches.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == 12000);
  CHECK(q[1].value == 4500);
  CHECK(First("El precio subió a 1.200 pesos.").value == 1200);
  CHECK(First("O governo gastou 5 mil milhões de euros em obras.").value == 5e9);
  CHECK(First("Die Firma verkaufte im Jahr 7.250 Autos und Lastwagen.").value == 7250);
  CHECK(First("La produzione della fabbrica è salita a 3.400 tonnellate.").value == 3400);
  CHECK(First("Er werd in het eerste kwartaal voor 2.600 ton verkocht.").value == 2600);
  // "3.000 millones" is still 3 billion, not 3,000 times more.
  CHECK(First("La deuda del país llegó a 3.000 millones de dólares.").value == 3e9);
  // English reads the dot as a decimal mark, and "mil" as a million.
  CHECK(First("The index rose 4.500 points after the bank said so.").value == Approx(4.5));
  CHECK(First("The fund said it had sold $5 mil of bonds to the bank.").value == 5e6);
  CHECK(First("Shares gained 1.250 in the session.").value == Approx(1.25));
}

TEST_CASE("every table entry is matched", "[extractors][figures][tables]") {
  const Tables& t = Tables::Get();
  for (const auto& e : t.all_currencies) {
    const std::string s = e.kind == "suffix" ? "paid 7 " + e.surface + " today" : "paid " + e.surface + "7 today";
    auto q = Q(s);
    INFO(s);
    REQUIRE(q.size() == 1);
    CHECK(q[0].unit == e.unit);
  }
  for (const auto& e : t.all_units) {
    std::string s;
    if (e.kind == "rate") s = "paid $7 per " + e.surface + " today";
    else s = (e.kind == "glued" ? "got 7" : "got 7 ") + e.surface + " today";
    if (e.surface == "G") s = "got 7G network today";  // (a network's generation only beside its words)
    auto q = Q(s);
    INFO(s);
    REQUIRE(q.size() == 1);
    if (e.kind == "rate") CHECK(q[0].unit == "USD per " + e.unit);
    else CHECK(q[0].unit == e.unit);
  }
  for (const auto& e : t.all_words) {
    std::string s;
    if (e.kind == "scale") s = "got 7 " + e.surface + " today";
    else if (e.kind == "vague") s = "got " + e.surface + " of boats";
    else if (e.kind == "numeral") s = "得到三" + e.surface + "个";
    else if (e.kind == "pct_pre") s = "增长" + e.surface + "五";
    else if (e.kind == "street") s = "lives at 12 Elm " + e.surface + " now";
    auto q = Q(s);
    INFO(s);
    if (e.kind == "street") {
      CHECK(q.empty());
      continue;
    }
    REQUIRE(q.size() == 1);
    if (e.kind == "scale") CHECK(q[0].value == 7 * e.value);
    else if (e.kind == "vague") CHECK(q[0].value == e.value);
    else if (e.kind == "pct_pre") CHECK(q[0].unit == "percent");
    else CHECK(q[0].value >= 0);
  }
}

TEST_CASE("rupees after a dot, years with a unit, days before a month's name, Chinese decimals, scale abbreviations", "[extractors]") {
  auto q = Q("The scheme costs Rs.2,000 crore. Tickets cost Rs.500 each. He was fined Rs.1.5 lakh.");
  REQUIRE(q.size() == 3);
  CHECK(q[0].value == 2e10);
  CHECK(q[0].unit == "INR");
  CHECK(q[1].value == 500);
  CHECK(q[1].unit == "INR");
  CHECK(q[2].value == 150000);
  // Digits glued to another word's dot are a name.
  CHECK(Q("Volkswagen introduced the tech in its electric ID.3 model.").empty());
  // A number a year could be, with a unit, a currency or an approximation: a quantity.
  q = Q("The ticket costs \xE2\x82\xAC" "2000. She earns 2000 euros a month. The road is 1900 km long.");
  REQUIRE(q.size() == 3);
  CHECK(q[0].unit == "EUR");
  CHECK(q[1].unit == "EUR per month");
  CHECK(q[2].value == 1900);
  CHECK(Q("The 2024 budget was approved and all of 1989 was slow.").empty());
  // A year before a currency or unit word that it modifies, or after an approximation, is a date.
  CHECK(Q("Turkey's 2018 lira crisis hurt. The 2019 Euro elections came. Emissions peak around 2030. "
          "Korea's 2008 won slump hit.").empty());
  // ... unless the unit is plural or an abbreviation: an amount after all.
  q = Q("The 1900 km pipeline will carry gas. 2000 euros were stolen.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].unit == "kilometre");
  CHECK(q[1].unit == "EUR");
  // A day before a month's whole name is a date.
  CHECK(Q("The law passed on 3 March 2021. Polls close on 5 October.").empty());
  // 点: a decimal point between Chinese numerals; not in a time of day.
  q = Q("\xE5\x88\xA9\xE7\x8E\x87\xE4\xB8\x8B\xE8\xB0\x83\xE7\x99\xBE\xE5\x88\x86\xE4\xB9\x8B\xE9\x9B\xB6\xE7\x82\xB9\xE4\xBA\x94\xE3\x80\x82"  // 利率下调百分之零点五。
        "\xE6\x8A\x95\xE8\xB5\x84\xE4\xB8\x89\xE7\x82\xB9\xE4\xBA\x94\xE4\xBA\xBF\xE5\x85\x83\xE3\x80\x82");  // 投资三点五亿元。
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == Approx(0.5));
  CHECK(q[0].unit == "percent");
  CHECK(q[1].value == Approx(3.5e8));
  CHECK(q[1].unit == "CNY");
  q = Q("\xE4\xBC\x9A\xE8\xAE\xAE\xE4\xB8\x89\xE7\x82\xB9\xE4\xBA\x94\xE5\x8D\x81\xE5\x88\x86\xE5\xBC\x80\xE5\xA7\x8B\xE3\x80\x82");  // 会议三点五十分开始。
  for (const auto& x : q) CHECK(x.value != Approx(3.5));
  // A currency after an abbreviated scale word's dot.
  q = Q("\xD0\x92\xD1\x8B\xD1\x80\xD1\x83\xD1\x87\xD0\xBA\xD0\xB0 5 \xD0\xBC\xD0\xBB\xD1\x80\xD0\xB4. \xD1\x80\xD1\x83\xD0\xB1\xD0\xBB\xD0\xB5\xD0\xB9 \xD0\xB7\xD0\xB0 \xD0\xB3\xD0\xBE\xD0\xB4.");  // Выручка 5 млрд. рублей за год.
  REQUIRE(q.size() == 1);
  CHECK(q[0].value == 5e9);
  CHECK(q[0].unit == "RUB");
  q = Q("Der Umsatz lag bei 3 Mrd Euro.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].value == 3e9);
  CHECK(q[0].unit == "EUR");
  // A '+' glued to a figure stays in its surface.
  q = Q("The FTSE was +0.6% at midday.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].surface == "+0.6%");
}

TEST_CASE("telephone numbers and dates with slashes are no figures; a pair that runs downwards is a score", "[extractors]") {
  CHECK(Q("Call 555-0123 for details.").empty());
  CHECK(Q("Call +44 20 7946 0958 or 0800 123 4567 today.").empty());
  CHECK(Q("The hearing is set for 12/05/2026 in Leeds, and again on 5/1/27.").empty());
  auto q = Q("The Senate voted 52-48 and the House voted 218-212. The match ended 3-1.");
  REQUIRE(q.size() == 3);
  for (const auto& x : q) CHECK(x.unit == "score");
  CHECK(q[1].value == 218);
  CHECK(q[1].hi == 212);
  CHECK(q[2].hi == 1);  // at the end of a sentence too
  // Not scores: ranges upwards, a season, models, a range with its unit, hours of work.
  q = Q("About 500-1000 people came in the 2021-22 season on a Boeing 787-9, a Boeing 747-400 and the 747-400. "
        "Shares ended 2-3 percent lower; yields edged 5-10 basis points higher. He quit a 9-5 job.");
  for (const auto& x : q) CHECK(x.unit != "score");
  q = Q("The bill passed 100-0. The match ended 1-1. The House voted 258-169. The Celtics beat the Heat 112-108. "
        "Leeds came back from 2-0 down.");
  REQUIRE(q.size() == 5);
  for (const auto& x : q) CHECK(x.unit == "score");
  q = Q("A 60-40 split, the 80-20 rule, hours cut from 45-40.");
  for (const auto& x : q) CHECK(x.unit != "score");
  // Not telephone numbers: a count of four digits, a figure with a leading zero and a decimal.
  q = Q("Some 1200 people, 0.5% of them, earned 250 000 dollars.");
  REQUIRE(q.size() == 3);
}

TEST_CASE("a year-like figure after a or an before a lower-case currency or unit is an amount", "[extractors]") {
  auto q = Q("He got a 2000 euro fine and an 1800 mile trip.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == 2000);
  CHECK(q[0].unit == "EUR");
  CHECK(q[1].value == 1800);
  CHECK(Q("A 2019 survey found it. Turkey's 2018 lira crisis. The 2019 Euro elections. A 2012 euro zone bailout. "
          "A 2024 dollar shortage.").empty());
}

TEST_CASE("a count before a model's number is not one figure grouped by a space", "[extractors]") {
  auto q = Q("The airline ordered 20 787 Dreamliners and 150 737-8200 jets.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == 20);
  CHECK(q[0].unit == "count");
  CHECK(q[0].noun == "787 dreamliners");
  CHECK(q[1].value == 150);
  CHECK(q[1].noun == "737-8200 jets");
  // Groups of thousands stay one figure: a group ending in a nought, two groups, a lower-case noun.
  q = Q("Some 12 500 fans, 1 234 567 visitors and 45 320 staff.");
  REQUIRE(q.size() == 3);
  CHECK(q[0].value == 12500);
  CHECK(q[1].value == 1234567);
  CHECK(q[2].value == 45320);
}

TEST_CASE("a pair that labels numbered things, or 24-7 around the clock, is no figure", "[extractors]") {
  CHECK(Q("Rooms 12-4 were closed and the road shut between exits 45-40.").empty());
  CHECK(Q("The pharmacy is open 24-7.").empty());
  // A score still: after a score word or a team's name.
  auto q = Q("The team won 24-7 and the Bears beat Dallas 24-7.");
  REQUIRE(q.size() == 2);
  for (const auto& x : q) CHECK(x.unit == "score");
}

TEST_CASE("a power written with a caret; a footnote's mark after a figure; square metres", "[extractors]") {
  auto q = Q("It holds 2^20 cells and 10^6 bytes; turnout was 42^1 percent; the flat has 120 m2 and the lake 45 km2.");
  REQUIRE(q.size() == 5);
  CHECK(q[0].value == 1048576);
  CHECK(q[1].value == 1e6);
  CHECK(q[2].value == 42);
  CHECK(q[2].unit == "percent");
  CHECK(q[3].unit == "square metre");
  CHECK(q[4].unit == "square kilometre");
}

TEST_CASE("space-grouped figures before a capitalized word stay one; 24-7 is a score but around the clock; a label noun's pair with a unit is a figure", "[extractors]") {
  auto q = Q("Die Stadt hat 12 345 Einwohner und 1 265 MW.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == 12345);
  CHECK(q[1].value == 1265);
  q = Q("The Chiefs were up 24-7 at halftime. The pharmacy is staffed 24-7.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].unit == "score");
  q = Q("Prices stayed at levels 20-30% above 2019.");
  REQUIRE_FALSE(q.empty());
  CHECK(q[0].value == 20);
}

TEST_CASE("a Boeing family's number splits a space-grouped figure only before an aircraft; an amount's raised digits", "[extractors]") {
  auto q = Q("Die Gemeinde zählt 12 747 Einwohner, and the airline ordered 20 787 Dreamliners.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == 12747);
  CHECK(q[1].value == 20);
  q = Q("It costs \xE2\x82\xAC" "2^50 an hour, and the city spent $40^1 million.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == 2.5);
  CHECK(q[1].value == 40e6);
}

TEST_CASE("a CJK unit before ASCII digits is one figure", "[extractors]") {
  auto q = Q("\xE6\xAD\xBB\xE8\x80\x85\xE3\x81\xAF" "2\xE4\xB8\x87" "5000\xE4\xBA\xBA\xE3\x81\xAB\xE4\xB8\x8A\xE3\x81\xA3\xE3\x81\x9F\xE3\x80\x82");  // 死者は2万5000人に上った。
  REQUIRE(q.size() == 1);
  CHECK(q[0].value == 25000);
}

TEST_CASE("a counted noun: a plural name, a plural's own past, a participle's object, units spelled out", "[extractors]") {
  auto q = Q("He won three Oscars and seven Super Bowls; 12 Democrats and eight straight World Cups.");
  REQUIRE(q.size() == 4);
  CHECK(q[0].noun == "oscars");
  CHECK(q[1].noun == "super bowls");
  CHECK(q[2].noun == "democrats");
  CHECK(q[3].noun == "straight world cups");
  // The figure is part of a name: no plural name counted.
  q = Q("It aired on Channel 4 News on Monday.");
  for (const auto& x : q) CHECK(x.noun.empty());
  q = Q("The 11 members bound by the deal agreed, and eight other employees left the agency.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].noun == "members");
  CHECK(q[1].noun == "other employees");
  q = Q("Life expectancy is around 73 raising the prospect of change, and 4 living relatives came.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].noun.empty());
  CHECK(q[1].noun == "living relatives");
  q = Q("It reached 80 m.p.h. with carbon at 1200 parts per million and lead at 4 parts per billion.");
  REQUIRE(q.size() == 3);
  CHECK(q[0].unit == "mile per hour");
  CHECK(q[1].unit == "part per million");
  CHECK(q[2].unit == "part per billion");
}

TEST_CASE("a plural name ends the noun unless a noun it modifies follows; no address, weekday or unit", "[extractors]") {
  auto q = Q("3 Firefighters Injured Battling Blaze");
  REQUIRE(!q.empty());
  CHECK(q[0].noun == "firefighters");
  // A capitalized word after it makes a name of the whole; a spelled number opening a sentence may
  // be a firm's ("Six Flags", "Five Guys"); a name in -s of one thing goes on.
  q = Q("He said 3 Arrows Capital collapsed. Six Flags said attendance rose, and Five Dallas police officers were hurt.");
  for (const auto& x : q)
    if (x.value == 3 || x.value == 6) CHECK(x.noun.empty());
  q = Q("Officials said 5 Dallas police officers were hurt.");
  REQUIRE(!q.empty());
  CHECK(q[0].noun == "dallas police officers");
  q = Q("The band played 3 Beatles songs and 14 Proud Boys members were held.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].noun == "beatles songs");
  CHECK(q[1].noun == "proud boys members");
  q = Q("The firm moved to 10 Hudson Yards; the show airs at 9 Sundays.");
  for (const auto& x : q) CHECK(x.noun.empty());
  q = Q("About 30 Republicans signed, and 8 officers hurt; 12 Workers Left Jobs.");
  REQUIRE(q.size() == 3);
  CHECK(q[0].noun == "republicans");
  CHECK(q[1].noun == "officers");
  CHECK(q[2].noun == "workers");
  q = Q("It is rated at 12,000 BTUs and revs to 8,000 RPMs.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].unit == "british thermal unit");
  CHECK(q[1].unit == "revolution per minute");
  // A time after an -ing noun is no object: "1 shooting this weekend" counts shootings.
  q = Q("Police reported 1 shooting this weekend.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].noun == "shooting");
}

TEST_CASE("third review: a name in -s of one thing before one plural; people's plurals open a sentence", "[extractors]") {
  auto q = Q("Officials said 12 Texas refineries shut down.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].noun == "texas refineries");
  q = Q("Three Republicans voted against the bill. Two Sigma Investments manages the fund.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].noun == "republicans");
  CHECK(q[1].noun.empty());
}

TEST_CASE("a scale word in title case scales in a headline, not inside a name in running text", "[extractors]") {
  auto q = Q("China Has 1.4 Billion People");
  REQUIRE(q.size() == 1);
  CHECK(q[0].value == Approx(1.4e9));
  q = Q("Of the victims, 12 Thousand Oaks residents were honored.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].value == 12);
  q = Q("The 2 Billion Dollar Question episode aired on Friday.");
  REQUIRE(!q.empty());
  CHECK(q[0].value == 2);
  // German writes nouns with a capital: "1 Billion Dollar" is no English billion.
  q = Q("Die Schulden liegen bei mehr als 1 Billion Dollar und steigen weiter.");
  REQUIRE(!q.empty());
  CHECK(q[0].value != Approx(1e9));
  q = Q("FIRM RAISES $2-3 BILLION IN BOND SALE");
  REQUIRE(q.size() == 1);
  CHECK(q[0].value == Approx(2e9));
}

TEST_CASE("a measure or a count of times over a span of time is a rate; units of science and of box scores", "[extractors]") {
  auto q = Q("Sea levels could rise 11 feet per century.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].unit == "foot per century");
  q = Q("The stars spin nearly 78,000 times a minute.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].unit == "times per minute");
  q = Q("Staff work 40 hours a week and yields reach 2 tonnes per hectare.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].unit == "hour per week");
  CHECK(q[1].unit == "tonne per hectare");
  // Only spans of time after " a ", and not a time before.
  q = Q("He ran 5 miles a day earlier this year and carried 5 kg a head.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].unit == "mile");
  CHECK(q[1].unit == "kilogram");
  // A rate already, or a ratio, takes none.
  q = Q("The car reached 70 mph a day after 5% a year.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].unit == "mile per hour");
  CHECK(q[1].unit == "percent");
  q = Q("The town hosts one 52,000 barrel-a-day refinery; the cell gives 5 volts at 35 psi.");
  bool barrel = false, volt = false, psi = false;
  for (const auto& x : q) {
    barrel |= x.unit == "barrel per day";
    volt |= x.unit == "volt";
    psi |= x.unit == "pound per square inch";
  }
  CHECK(barrel);
  CHECK(volt);
  CHECK(psi);
  q = Q("Smith (15.3 ppg, 7.4 rpg, 6.9 apg) leads the team.");
  REQUIRE(q.size() == 3);
  CHECK(q[0].unit == "point per game");
  CHECK(q[1].unit == "rebound per game");
  CHECK(q[2].unit == "assist per game");
}

TEST_CASE("pence and a network's generation glued to the digits; a video's lines are neither", "[extractors]") {
  auto q = Q("Shares fell 3p to 118.5p.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].unit == "pence");
  CHECK(q[1].unit == "pence");
  CHECK(q[1].value == Approx(118.5));
  q = Q("The phone records 1080p video on its 5G modem.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].unit.empty());
  CHECK(q[0].noun.empty());
  CHECK(q[1].unit == "generation");
  q = Q("Pilots pulled 9G in the turn over a 3G turf pitch.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].unit.empty());
  CHECK(q[1].unit.empty());
  q = Q("The stream switches from 480p to 720p automatically.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].unit.empty());
  q = Q("Shares rose 3p to 144p.");
  REQUIRE(q.size() == 2);
  CHECK(q[1].unit == "pence");
  q = Q("BP shares fell 20p to 60p; growers may hold 2.5 ounces per state law; power costs 34p per kilowatt-hour.");
  REQUIRE(q.size() == 4);
  CHECK(q[0].hi == std::nullopt);
  CHECK(q[1].unit == "pence");
  CHECK(q[2].unit == "ounce");
  CHECK(q[3].unit == "pence per kilowatt hour");  // (one name for "kilowatt-hour" and "kWh")
  q = Q("The card has 80G of storage.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].unit.empty());
  CHECK(q[0].noun.empty());
}

TEST_CASE("two names joined before the plural they both modify are the counted noun", "[extractors]") {
  auto q = Q("About 460 Kia and Hyundai vehicles were stolen.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].unit == "count");
  CHECK(q[0].noun == "kia and hyundai vehicles");
  // Not plural names ("12 Democrats and Republicans"): the first counted alone.
  q = Q("She beat 12 Democrats and Republicans.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].noun == "democrats");
}

TEST_CASE("the pound sign folded to ASCII 'PS' is pounds; a console's name is not", "[extractors]") {
  auto q = Q("The package was worth up to PS2.7m.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].unit == "GBP");
  CHECK(q[0].value == 2700000);
  q = Q("The console costs PS399 and profit was PS1.2bn.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].unit == "GBP");
  CHECK(q[1].unit == "GBP");
  q = Q("Sony sold the PS5 and the PS4 Pro.");
  CHECK(q.empty());
}

TEST_CASE("a share of a point is a move in percentage points", "[extractors]") {
  for (const char* s : {"cut rates by a quarter point", "cut rates by a quarter-point", "cut rates by half a percentage point",
                        "cut rates by three-quarters of a point"}) {
    auto q = Q(s);
    REQUIRE(q.size() == 1);
    CHECK(q[0].unit == "pp");
  }
  auto q = Q("A quarter of the staff left.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].unit == "fraction");
}

TEST_CASE("degrees glued to the digits beside words of weather or climate", "[extractors]") {
  auto q = Q("Temperatures hit 47.6C in the town.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].unit == "celsius");
  q = Q("Leaders agreed to limit warming to 1.5C.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].unit == "celsius");
  q = Q("It was 95F in Phoenix, the forecast said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].unit == "fahrenheit");
  q = Q("The student got a 4C grade.");  // (no weather: no degrees)
  for (const auto& x : q) CHECK(x.unit != "celsius");
}

TEST_CASE("a glued 'm': millions before a plural or a currency, metres before a word of size, else bare", "[extractors]") {
  auto q = Q("About 3m people live there.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].value == 3e6);
  CHECK(q[0].noun == "people");
  q = Q("The club paid 3m euros.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].value == 3e6);
  CHECK(q[0].unit == "EUR");
  q = Q("The wall is 3m high.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].value == 3);
  CHECK(q[0].unit == "metre");
  q = Q("Forecasters warned of 3m-high waves.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].unit == "metre");
  q = Q("He won the 400m hurdles.");  // (after a determiner: an event's length, no millions)
  REQUIRE(q.size() == 1);
  CHECK(q[0].value == 400);
  CHECK(q[0].noun.empty());
  q = Q("Waves reached 3m.");  // (a letter counts no noun)
  REQUIRE(q.size() == 1);
  CHECK(q[0].noun.empty());
  CHECK(q[0].unit != "count");
}

TEST_CASE("review: a glued 'm' before a length's noun or an adverb is no millions; plurals that modify go on", "[extractors]") {
  for (const char* s : {"Bolt won the men's 100m finals twice.", "The council built two 25m pools.",
                        "Residents reported 2m snakes in their gardens.", "Sprinters ran 60m indoors.",
                        "Athletes ran 6 x 100m sprints."}) {
    auto q = Q(s);
    REQUIRE(!q.empty());
    bool millions = false;
    for (const auto& x : q) millions = millions || x.value >= 1e6;
    CHECK_FALSE(millions);
  }
  auto q = Q("Its 3m customers will get refunds.");  // (after a determiner, a noun counted in millions)
  REQUIRE(q.size() == 1);
  CHECK(q[0].value == 3e6);
  q = Q("The club has 10 sales staff.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].noun == "sales staff");
  q = Q("The jury found 3 men guilty of murder.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].noun == "men");
}

TEST_CASE("an earthquake's magnitude, named before the figure, after it or glued by a hyphen", "[extractors]") {
  for (const char* s : {"The magnitude 7.1 earthquake struck at dawn.", "A 7.1-magnitude earthquake struck Tibet.",
                        "A magnitude-7.1 quake hit the region.", "The quake measured 7.1 on the Richter scale.",
                        "A 7.1 magnitude tremor shook the city."}) {
    auto q = Q(s);
    REQUIRE(q.size() == 1);
    CHECK(q[0].value == 7.1);
    CHECK(q[0].unit == "magnitude");
  }
}

TEST_CASE("an age after 'aged' or 'ages', alone or as a range; an airliner's model number is no figure", "[extractors]") {
  for (const char* s : {"Children aged 5 to 19 were vaccinated.", "Women aged between 25 and 54 were surveyed.",
                        "The fund is for ages 3-5.", "People aged over 65 make up most voters."}) {
    auto q = Q(s);
    REQUIRE(q.size() == 1);
    CHECK(q[0].unit == "year of age");
    CHECK(q[0].noun.empty());
  }
  auto q = Q("The age 20 rule was dropped.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].unit != "year of age");
  q = Q("The 737 MAX was grounded for 20 months.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].value == 20);
  q = Q("Three 787 Dreamliners were delayed.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].value == 3);
  q = Q("Payrolls rose by 150,000, below the 180,000 analysts had expected.");
  REQUIRE(q.size() == 2);
  CHECK(q[1].noun.empty());
}

TEST_CASE("a part of a counted whole counts the whole's noun: 'N of the M <plural>', 'of its last M'", "[extractors]") {
  auto q = Q("Only 12 of the 50 states require the test.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].unit == "count");
  CHECK(q[0].noun == "states");
  q = Q("The team has won 12 of its last 15 games.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].noun == "games");
  q = Q("Two of the three victims were children.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].noun == "victims");
  q = Q("Two of the company's top executives resigned.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].noun == "top executives");
}

TEST_CASE("session 48: a duration written in parts is one figure in its smallest unit; 'N of M <plural>' counts the plural", "[extractors]") {
  auto q = Q("The final lasted 3 hours and 12 minutes.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].surface == "3 hours and 12 minutes");
  CHECK(q[0].value == 192);
  CHECK(q[0].unit == "minute");
  q = Q("She crossed the line in 2 hours, 21 minutes and 5 seconds, 40 seconds clear of the field.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == 2 * 3600 + 21 * 60 + 5);
  CHECK(q[0].unit == "second");
  CHECK(q[1].value == 40);
  q = Q("He won in 4 hours, 30 seconds ahead of his rival.");  // (a comma without "and": two figures)
  REQUIRE(q.size() == 2);
  CHECK(q[0].unit == "hour");
  q = Q("The rescue took 1 hour 5 minutes 9 seconds.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].value == 3909);
  q = Q("The guard hit 9 of 14 attempts from deep.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].unit == "count");
  CHECK(q[0].noun == "attempts");
}

TEST_CASE("the countries table: every line is matched, as a country or its people's adjective", "[extractors]") {
  const Tables& t = Tables::Get();
  REQUIRE(t.all_countries.size() > 150);
  for (const TableEntry& e : t.all_countries) {
    size_t end = 0;
    const TableEntry* hit = t.countries.LongestAt(e.surface + " rose", 0, &end);
    REQUIRE(hit != nullptr);
    CHECK(hit->unit == e.unit);
    CHECK(end == e.surface.size());
  }
}

TEST_CASE("the fiscal years table: every line is matched, with its first month and its naming", "[extractors]") {
  const Tables& t = Tables::Get();
  REQUIRE(t.all_fiscal_years.size() > 100);
  for (const TableEntry& e : t.all_fiscal_years) {
    size_t end = 0;
    const TableEntry* hit = t.fiscal_years.LongestAt(e.surface + "'s budget", 0, &end);
    REQUIRE(hit != nullptr);
    CHECK(end == e.surface.size());
    CHECK(hit->value >= 1);
    CHECK(hit->value <= 12);
    CHECK((hit->unit == "end" || hit->unit == "start" || hit->unit == "two"));
    CHECK((hit->kind == "same" || hit->kind == "own"));
  }
}
