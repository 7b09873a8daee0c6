"""blind52 stories 01-10."""
from common import *

# ---------------------------------------------------------------- 01 county budget (FY July-June)
PUB = "2025-06-11"
tue = last(PUB, "Tuesday")
FY = ("2025-07", "2026-06")
ACT = ["Marlow County commissioners", "Marlow County"]
story("b52-01", PUB, """
Marlow County commissioners on Tuesday approved a $1.42 billion budget for the fiscal year that begins July 1, raising the property tax rate by 2.5 cents to 61.5 cents per $100 of assessed value.

The spending plan is 4.8% larger than the current year's $1.355 billion budget. The tax increase will add about $80 a year to the bill for a median-priced $318,000 home, according to county estimates.

Schools receive the largest share, $612 million, or 43% of the total. Public safety gets $287 million, including money for 35 new sheriff's deputies and 12 paramedics.

The board voted 5-2 after a four-hour public hearing at which more than 60 residents spoke. Commissioner Alicia Brandt, who voted no, said the county should have drawn more from its reserves, which stand at $196 million, or about 14% of general fund spending.

"We are asking families to pay more at a time when groceries and rent have already eaten their raises," Brandt said.

Budget director Owen Takahashi said the county's health insurance costs alone had risen 11% in two years and that using reserves to avoid the increase would leave them below the board's 12% policy minimum.
""", [
    F("$1.42 billion", 1.42e9, "$", "L", None, "budget|spending plan|county budget", FY, None, source_alt=ACT),
    CENTS("2.5 cents", 2.5, "$", "C", "up", "property tax rate|tax rate|rate", FY, None, source_alt=ACT),
    CENTS("61.5 cents", 61.5, "$", "L", "up", "property tax rate|tax rate|rate", FY, None, source_alt=ACT),
    F("4.8%", 4.8, "%", "C", "up", "spending plan|budget", FY, None),
    F("$1.355 billion", 1.355e9, "$", "L", None, "current year's budget|budget", ("2024-07", "2025-06"), None),
    F("$80", 80, "$", "C", "up", "tax bill|annual tax bill for a median-priced home|bill|tax", FY, "county estimates",
      source_alt=["Marlow County"]),
    F("$318,000", 318000, "$", "L", None, "median-priced home|home|home value", None, None, period_alt=[PUB]),
    F("$612 million", 612e6, "$", "L", None, "schools' allocation|schools|budget", FY, None),
    F("43%", 43, "%", "S", None, "schools' share|schools' share of the budget|schools|total|budget", FY, None),
    F("$287 million", 287e6, "$", "L", None, "public safety allocation|public safety|budget", FY, None),
    F("35", 35, "#deputy", "L", None, "new sheriff's deputies|deputies", FY, None, ctx="for 35 new",
      kind_alt=["change"]),
    F("12", 12, "#paramedic", "L", None, "new paramedics|paramedics", FY, None, ctx="and 12 paramedics",
      kind_alt=["change"]),
    F("60", 60, "#resident", "L", None, "residents who spoke|residents", tue, None, ctx="more than 60 residents"),
    F("$196 million", 196e6, "$", "L", None, "reserves|reserve", None, None, source_alt=["Alicia Brandt"],
      period_alt=[PUB]),
    F("14%", 14, "%", "S", None, "reserves|reserves as share of general fund spending|reserves|spending", None, None,
      kind_alt=["level"], source_alt=["Alicia Brandt"], period_alt=[PUB]),
    F("11%", 11, "%", "C", "up", "health insurance costs|county's health insurance costs|health insurance costs|costs",
      ("2023-06", "2025-06"), "Owen Takahashi", period_alt=[None]),
    F("12%", 12, "%", "L", None, "reserve policy minimum|reserve|minimum|reserves", None, "Owen Takahashi",
      ctx="board's 12% policy", kind_alt=["share"]),
], ex=["5-2", "four-hour", "per $100", "two years"])

# ---------------------------------------------------------------- 02 school district report
PUB = "2025-09-03"
SY25 = ("2024-08", "2025-06")
SY25A = [("2024-09", "2025-06"), ("2024-08", "2025-05"), ("2024-09", "2025-05")]
SY23 = ("2022-08", "2023-06")
SY23A = [("2022-09", "2023-06"), ("2022-08", "2023-05"), ("2022-09", "2023-05")]
SY24 = ("2023-08", "2024-06")
SY24A = [("2023-09", "2024-06"), ("2023-08", "2024-05"), ("2023-09", "2024-05")]
DIST = "Harlan Valley Unified School District"
story("b52-02", PUB, """
One in four students in the Harlan Valley Unified School District was chronically absent last school year, down from nearly one in three in 2022-23, according to a district report released on Tuesday.

The district, which enrolls about 41,500 students in 58 schools, said its chronic absence rate fell to 24.6% in 2024-25 from 31.2% two years earlier. Students are considered chronically absent if they miss 10% or more of instructional days, or about 18 days in a 180-day year.

The four-year graduation rate rose 1.9 percentage points to 88.4%, the highest since the state began tracking it. Half of the district's high schools now graduate more than 90% of their students.

Reading scores were flat. Just 42% of third-graders met the state standard, the same as a year earlier, while 37% of eighth-graders met the math standard, up from 34%.

Superintendent Renata Olmos credited a $4.3 million attendance program that paid for 26 outreach workers and text-message reminders to families. "Every day a child is in a seat matters," she said.

The district still has 112 teaching vacancies, about three times as many as before the pandemic.
""", [
    FR("One in four", 1, 4, "S", "dn", "students chronically absent|students|chronic absence|chronically absent",
       SY25, DIST, source_alt=["district report"], period_alt=SY25A, direction_alt=[None]),
    FR("one in three", 1, 3, "S", None, "students chronically absent|students|chronic absence|chronically absent",
       SY23, DIST, source_alt=["district report"], period_alt=SY23A),
    F("41,500", 41500, "#student", "L", None, "students enrolled|students|enrollment", None, None,
      source_alt=[DIST], period_alt=[PUB]),
    F("58", 58, "#school", "L", None, "schools", None, None, source_alt=[DIST], period_alt=[PUB]),
    F("24.6%", 24.6, "%", "L", "dn", "chronic absence rate|absence rate|rate", SY25, DIST, period_alt=SY25A,
      kind_alt=["share"]),
    F("31.2%", 31.2, "%", "L", None, "chronic absence rate|absence rate|rate", SY23, DIST, period_alt=SY23A,
      kind_alt=["share"]),
    F("10%", 10, "%", "L", None, "chronic absence threshold|instructional days|threshold|absent", None, None,
      kind_alt=["share"]),
    F("18 days", 18, "day", "L", None, "chronic absence threshold|days|absent|threshold", None, None,
      unit_alt=["count"]),
    F("1.9 percentage points", 1.9, "pp", "C", "up", "four-year graduation rate|graduation rate|rate", SY25, None,
      period_alt=SY25A),
    F("88.4%", 88.4, "%", "L", "up", "four-year graduation rate|graduation rate|rate", SY25, None,
      period_alt=SY25A),
    FR("Half", 1, 2, "S", None, "high schools|district high schools graduating more than 90%|high schools|schools", None, None,
       period_alt=[PUB, SY25]),
    F("90%", 90, "%", "L", None, "graduation rate threshold|students|graduation rate|threshold", None, None,
      kind_alt=["share"]),
    F("42%", 42, "%", "S", None, "third-graders|third-graders meeting the reading standard|third-graders|students|reading scores",
      SY25, None, period_alt=SY25A, direction_alt=["unchanged"]),
    F("37%", 37, "%", "S", "up", "eighth-graders|eighth-graders meeting the math standard|eighth-graders|students", SY25, None,
      period_alt=SY25A),
    F("34%", 34, "%", "S", None, "eighth-graders|eighth-graders meeting the math standard|eighth-graders|students", SY24, None,
      period_alt=SY24A),
    F("$4.3 million", 4.3e6, "$", "L", None, "attendance program|program", None, None,
      source_alt=["Renata Olmos"], period_alt=[SY25]),
    F("26", 26, "#worker", "L", None, "outreach workers|workers", None, None, source_alt=["Renata Olmos"],
      period_alt=[SY25]),
    F("112", 112, "#vacancy", "L", None, "teaching vacancies|vacancies", None, None, period_alt=[PUB]),
    F("three times", 3, None, "R", "up", "teaching vacancies|teaching vacancies compared with before the pandemic|teaching vacancies|vacancies",
      None, None, unit_alt=["times"], direction_alt=[None], period_alt=[PUB]),
], ex=["180-day", "four-year", "third-graders", "two years earlier"])

# ---------------------------------------------------------------- 03 clinical trial
PUB = "2026-02-17"
CO = "Corriden Therapeutics"
story("b52-03", PUB, """
Corriden Therapeutics said on Tuesday its experimental pill cut the risk of heart attack, stroke or cardiovascular death by 21% in a late-stage trial, sending its shares up 38% in premarket trading.

The Phase 3 study enrolled 9,412 patients with high levels of lipoprotein(a), a genetic risk factor carried by about one in five people. Over a median follow-up of 3.4 years, 7.9% of patients taking the drug, CRD-418, had one of those events, compared with 9.8% of those given a placebo.

The result corresponds to a hazard ratio of 0.79. Lp(a) levels fell by a median of 84% in the treatment group.

Side effects were mild, the company said, with 4.1% of patients on the drug stopping treatment because of them, versus 3.6% on placebo.

Analysts at Fenwick Partners estimated peak annual sales of $6 billion to $8 billion if the drug is approved. Corriden plans to file for U.S. approval in the second half of the year and has about $1.1 billion in cash, enough to fund operations into 2028.

"This is the first time anyone has shown that lowering Lp(a) prevents heart attacks," Chief Medical Officer Hana Velez said in an interview. Full results will be presented at a cardiology meeting in Chicago on March 29.
""", [
    F("21%", 21, "%", "C", "dn", "risk|risk of heart attack, stroke or cardiovascular death|risk", None, CO,
      period_alt=[PUB]),
    F("38%", 38, "%", "C", "up", "Corriden shares|shares|stock", PUB, None, source_alt=[CO]),
    F("9,412", 9412, "#patient", "L", None, "patients enrolled|patients|study", None, None),
    FR("one in five", 1, 5, "S", None, "people|people carrying the genetic risk factor|people|risk factor|lipoprotein(a)",
       None, None),
    F("3.4 years", 3.4, "year", "L", None, "median follow-up|follow-up", None, None),
    F("7.9%", 7.9, "%", "S", None, "patients on the drug|patients taking the drug who had an event|patients|events|drug", None, None),
    F("9.8%", 9.8, "%", "S", None, "placebo patients|placebo patients who had an event|patients|placebo|events", None, None),
    F("0.79", 0.79, None, "R", None, "hazard ratio|ratio", None, None, kind_alt=["level"]),
    F("84%", 84, "%", "C", "dn", "Lp(a) levels|levels|Lp(a)", None, None),
    F("4.1%", 4.1, "%", "S", None, "patients stopping treatment|patients on the drug stopping treatment|patients|treatment|discontinuation",
      None, CO, source_alt=["company"]),
    F("3.6%", 3.6, "%", "S", None, "placebo patients|placebo patients stopping treatment|patients|placebo|treatment", None, CO,
      source_alt=["company"]),
    F("$6 billion to $8 billion", 6e9, "$", "L", None, "peak annual sales|sales", None, "Fenwick Partners",
      value_hi=8e9, source_alt=["analysts"]),
    F("$1.1 billion", 1.1e9, "$", "L", None, "cash", None, None, period_alt=[PUB]),
], ex=["Phase 3", "CRD-418", "one of those", "second half"])

# ---------------------------------------------------------------- 04 exoplanet
PUB = "2025-11-20"
JNL = "Astronomical Journal"
story("b52-04", PUB, """
Astronomers have found a rocky planet about 1.6 times the width of Earth orbiting a small, cool star 41 light-years away, a discovery they say makes it one of the best targets yet for studying the atmosphere of a potentially habitable world.

The planet, designated Tervin-7b, circles its red dwarf star every 19.3 days, close enough to receive about 1.2 times the sunlight Earth does, according to a paper published on Wednesday in the Astronomical Journal. Its surface temperature is estimated at minus 20 to 45 degrees Celsius, depending on how much atmosphere it holds.

The team, led by Ines Carvalho of the Kestrel Ridge Observatory, combined 212 nights of ground-based observations with data from NASA's TESS satellite. The planet has a mass of about 4.3 Earths, suggesting a rocky composition rather than a gas-rich mini-Neptune.

Of the roughly 6,000 planets confirmed outside the solar system, fewer than 70 are considered rocky and in the habitable zone, Carvalho said. The James Webb Space Telescope could detect water vapor in the planet's atmosphere in as few as eight transits, the paper estimated.

The star is about a fifth the mass of the sun and some 3 billion years old.
""", [
    F("1.6 times", 1.6, None, "R", None, "planet's width|planet's width relative to Earth|planet|width", None, None,
      unit_alt=["times", "Earth radius"], source_alt=["astronomers"]),
    F("41 light-years", 41, "light-year", "L", None, "star's distance|distance to the star|star|distance|planet", None, None,
      source_alt=["astronomers"]),
    F("19.3 days", 19.3, "day", "L", None, "planet's orbital period|orbit|planet|days", None, JNL,
      source_alt=["paper"]),
    F("1.2 times", 1.2, None, "R", None, "sunlight|sunlight received relative to Earth|sunlight|planet", None, JNL,
      unit_alt=["times"], source_alt=["paper"]),
    F("minus 20 to 45 degrees Celsius", -20, "degree Celsius", "L", None, "surface temperature|temperature",
      None, None, value_hi=45, unit_alt=["degree", "celsius", "°C"]),
    F("212", 212, "#night", "L", None, "observation nights|nights of ground-based observations|nights|observations", None, None),
    F("4.3 Earths", 4.3, "Earth mass", "L", None, "planet's mass|mass|planet", None, None,
      unit_alt=["Earth", "times", None]),
    F("6,000", 6000, "#planet", "L", None, "confirmed planets|planets confirmed outside the solar system|planets|exoplanets", None,
      "Ines Carvalho", period_alt=[PUB]),
    F("70", 70, "#planet", "L", None, "rocky planets|rocky planets in the habitable zone|planets", None, "Ines Carvalho",
      period_alt=[PUB]),
    F("eight", 8, "#transit", "L", None, "transits|transits needed to detect water vapor|transits", None, "paper",
      source_alt=[JNL]),
    F("a fifth", 0.2, None, "R", None, "star's mass|star's mass relative to the sun|star|mass", None, None,
      value_alt=[20], unit_alt=["percent", "solar mass"], kind_alt=["share"]),
    F("3 billion years", 3e9, "year", "L", None, "star's age|star|age", None, None),
], ex=["Tervin-7b", "one of the best"])

# ---------------------------------------------------------------- 05 UK storm
PUB = "2025-02-12"
tue = last(PUB, "Tuesday")
thu = nxt(PUB, "Thursday")
fri = nxt(PUB, "Friday")
GRID = "Scottish and Northern Grid"
C = ["degree", "celsius", "C"]
story("b52-05", PUB, """
Storm Corra brought gusts of up to 93mph to the west coast of Scotland on Tuesday, leaving about 48,000 homes without power and cancelling more than 200 ferry and rail services.

The Met Office said the highest gust, recorded at Ardmoran Point, was the strongest in the area since 2015. Up to 110mm of rain fell on high ground in Cumbria in the 24 hours to 9am on Wednesday, and the Environment Agency had 31 flood warnings in force by midday.

Scottish and Northern Grid said engineers had reconnected 41,000 customers overnight and expected to restore power to most of the remaining 7,000 by Thursday evening. Customers left without power for more than 48 hours are entitled to compensation of £80, plus £40 for each further 12-hour period, it said.

An insurers' trade body estimated that claims could reach £150m to £250m, roughly a quarter of the cost of Storm Idris in 2021.

A yellow wind warning remains in place for much of northern England until 6pm on Thursday, with gusts of 50 to 60mph expected. Temperatures are forecast to fall to minus 4C in parts of the Highlands on Friday.
""", [
    F("93mph", 93, "mph", "L", None, "wind gusts|gusts|gust", tue, None),
    F("48,000", 48000, "#home", "L", None, "homes without power|homes", tue, None, period_alt=[(tue, PUB)]),
    F("200", 200, "#service", "L", None, "cancelled services|ferry and rail services cancelled|services", tue, None),
    F("110mm", 110, "millimeter", "L", None, "rainfall|rain", (tue, PUB), None, unit_alt=["mm", "millimetre"],
      period_alt=[PUB]),
    F("31", 31, "#warning", "L", None, "flood warnings|warnings", PUB, None, source_alt=["Environment Agency"]),
    F("41,000", 41000, "#customer", "L", None, "customers reconnected|customers", (tue, PUB), GRID,
      kind_alt=["change"], period_alt=[PUB]),
    F("7,000", 7000, "#customer", "L", None, "customers without power|customers still without power|customers", PUB, GRID,
      period_alt=[None]),
    F("48 hours", 48, "hour", "L", None, "compensation threshold|time without power before compensation|power|compensation|hours", None,
      GRID),
    F("£80", 80, "£", "L", None, "compensation", None, GRID),
    F("£40", 40, "£", "L", None, "additional compensation|additional compensation per 12-hour period|compensation", None, GRID),
    F("£150m to £250m", 150e6, "£", "L", None, "insurance claims|claims", None, "insurers' trade body",
      value_hi=250e6, source_alt=["insurers"], period_alt=[(tue, PUB)]),
    F("a quarter", 0.25, None, "R", None, "claims|claims relative to the cost of Storm Idris|claims|cost", None,
      "insurers' trade body", value_alt=[25], unit_alt=["percent"], kind_alt=["share"], source_alt=["insurers"]),
    F("50 to 60mph", 50, "mph", "L", None, "gusts expected|gusts|wind", (PUB, thu), None, value_hi=60,
      period_alt=[thu, None]),
    F("minus 4C", -4, "degree Celsius", "L", "dn", "temperatures|temperature", fri, None, unit_alt=C),
], ex=["24 hours", "12-hour"])

# ---------------------------------------------------------------- 06 Australian climate statement
PUB = "2026-01-08"
BOM = "Bureau of Meteorology"
C = ["degree", "celsius", "C"]
story("b52-06", PUB, """
Australia recorded its third-warmest year on record in 2025, with the national mean temperature 1.38C above the 1961-1990 average, the Bureau of Meteorology said in its annual climate statement on Thursday.

Rainfall was 9 per cent below the long-term average nationally, but the picture was uneven. Western Australia had its driest year since 2010, with totals 31 per cent below average, while parts of coastal New South Wales received more than twice their usual rainfall.

Sea surface temperatures around the continent were 0.82C above average, the bureau said, contributing to a bleaching event that affected about two-thirds of reefs surveyed on the Great Barrier Reef.

Australia's ten warmest years have all occurred since 2005, and the country has warmed by about 1.5C since national records began in 1910.

Bushfires burned 4.2 million hectares, less than half the area burned in 2024, but Perth endured 17 days of extreme heat in February, the most for any month on record.

Insurers paid out A$3.7 billion on weather-related claims in 2025, up from A$2.9 billion a year earlier, the Insurance Council of Australia said separately.
""", [
    F("1.38C", 1.38, "degree Celsius", "C", "up", "national mean temperature|temperature", Y(2025), BOM,
      unit_alt=C, kind_alt=["level"], source_alt=["BOM"]),
    F("9 per cent", 9, "%", "C", "dn", "rainfall|national rainfall", Y(2025), None, kind_alt=["level"]),
    F("31 per cent", 31, "%", "C", "dn", "Western Australia rainfall|totals|rainfall", Y(2025), None,
      kind_alt=["level"]),
    F("twice", 2, None, "R", "up", "coastal New South Wales rainfall|rainfall", Y(2025), None,
      unit_alt=["times"], direction_alt=[None]),
    F("0.82C", 0.82, "degree Celsius", "C", "up", "sea surface temperatures|temperatures|temperature", Y(2025),
      BOM, unit_alt=C, kind_alt=["level"], source_alt=["bureau"]),
    FR("two-thirds", 2, 3, "S", None, "reefs affected|reefs affected by bleaching|reefs", Y(2025), BOM, source_alt=["bureau"],
       period_alt=[None]),
    F("1.5C", 1.5, "degree Celsius", "C", "up", "Australia's temperature|country|warming|temperature",
      ("1910-01", "2026-01"), None, unit_alt=C, period_alt=[None, ("1910-01", "2025-12")]),
    F("4.2 million hectares", 4.2e6, "hectare", "L", None, "area burned|area burned by bushfires|bushfires|area", Y(2025),
      None, direction_alt=["decrease"]),
    F("half", 0.5, None, "R", "dn", "area burned|area burned relative to 2024|area|bushfires", Y(2025), None,
      value_alt=[50], unit_alt=["percent"], kind_alt=["share", "change"], direction_alt=[None]),
    F("17 days", 17, "day", "L", None, "days of extreme heat|days of extreme heat in Perth|days|heat", M(2025, 2), None,
      unit_alt=["count"]),
    F("A$3.7 billion", 3.7e9, "A$", "L", "up", "weather-related claims|weather-related insurance claims paid|claims|payouts", Y(2025),
      "Insurance Council of Australia", direction_alt=[None]),
    F("A$2.9 billion", 2.9e9, "A$", "L", None, "weather-related claims|weather-related insurance claims paid|claims|payouts", Y(2024),
      "Insurance Council of Australia"),
], ex=["third-warmest", "ten warmest"])

# ---------------------------------------------------------------- 07 USDA crop report
PUB = "2025-08-12"
USDA = "U.S. Department of Agriculture"
MY = ("2025-09", "2026-08")
MYA = [("2026-08", "2026-08"), (None, "2026-08")]
story("b52-07", PUB, """
The U.S. Department of Agriculture on Tuesday raised its forecast for this year's corn harvest to a record 16.4 billion bushels, up 8% from last year, as near-ideal weather across the Midwest pushed expected yields to 186.5 bushels an acre.

The estimate topped the 16.1 billion bushels analysts had expected on average and was 310 million bushels above the department's July forecast. Farmers planted 95.2 million acres of corn this spring, the most since 1936.

Soybean production was pegged at 4.29 billion bushels, down 2.1%, with yields of 53.6 bushels an acre.

December corn futures on the Chicago Board of Trade fell 11 cents, or 2.7%, to $3.97 a bushel after the report, the lowest for the most-active contract since 2020. Soybeans slipped 6-1/4 cents to $9.84.

"There's just too much corn," said Dale Whitcomb, a grain broker in Alder Creek, Iowa. "With prices under $4, a lot of growers in the western Corn Belt are going to lose money on every acre."

The USDA projected that corn stocks at the end of the 2025-26 marketing year would swell to 2.1 billion bushels, about two-thirds more than a year earlier.
""", [
    F("16.4 billion bushels", 16.4e9, "bushel", "L", "up", "corn harvest forecast|corn harvest|harvest|corn production",
      Y(2025), USDA, source_alt=["USDA"], direction_alt=[None]),
    F("8%", 8, "%", "C", "up", "corn harvest|harvest|corn production", Y(2025), USDA, source_alt=["USDA"]),
    F("186.5 bushels", 186.5, "bushel per acre", "L", "up", "expected corn yields|yields|yield", Y(2025), USDA,
      unit_alt=["bushel"], source_alt=["USDA"]),
    F("16.1 billion bushels", 16.1e9, "bushel", "L", None, "analysts' average estimate|estimate|analysts|harvest",
      Y(2025), "analysts"),
    F("310 million bushels", 310e6, "bushel", "C", "up", "estimate|estimate compared with the July forecast|estimate|forecast",
      Y(2025), None, kind_alt=["level"]),
    F("95.2 million acres", 95.2e6, "acre", "L", None, "corn acres planted|corn|acres|planting",
      ("2025-03", "2025-05"), None, period_alt=[Y(2025)]),
    F("4.29 billion bushels", 4.29e9, "bushel", "L", "dn", "soybean production|production|soybeans", Y(2025), None),
    F("2.1%", 2.1, "%", "C", "dn", "soybean production|production|soybeans", Y(2025), None),
    F("53.6 bushels", 53.6, "bushel per acre", "L", None, "soybean yields|yields|yield", Y(2025), None,
      unit_alt=["bushel"]),
    CENTS("11 cents", 11, "$", "C", "dn", "December corn futures|corn futures|futures|corn", PUB, None),
    F("2.7%", 2.7, "%", "C", "dn", "December corn futures|corn futures|futures|corn", PUB, None),
    F("$3.97", 3.97, "$", "L", "dn", "December corn futures|corn futures|futures|corn", PUB, None),
    CENTS("6-1/4 cents", 6.25, "$", "C", "dn", "soybean futures|soybeans|futures", PUB, None),
    F("$9.84", 9.84, "$", "L", "dn", "soybean futures|soybeans|futures", PUB, None),
    F("$4", 4, "$", "L", None, "corn prices|prices", None, None, source_alt=["Dale Whitcomb"]),
    F("2.1 billion bushels", 2.1e9, "bushel", "L", "up", "corn stocks|corn stocks at the end of the marketing year|corn stocks|stocks",
      MY, USDA, source_alt=["USDA"], period_alt=MYA),
    FR("two-thirds", 2, 3, "C", "up", "corn stocks|stocks", MY, USDA, source_alt=["USDA"], period_alt=MYA),
])

# ---------------------------------------------------------------- 08 cocoa
PUB = "2026-03-27"
SEASON = ("2025-10", "2026-09")
story("b52-08", PUB, """
Cocoa prices in London jumped to £6,840 a tonne on Friday, their highest in eight months, after data showed arrivals at Ivory Coast's ports had slumped 19 per cent so far this season.

Farmers in the world's biggest producer had delivered 1.21 million tonnes to ports between Oct. 1 and March 22, according to exporters' estimates, compared with 1.49 million tonnes in the same period a year earlier.

The May contract on ICE Futures Europe rose £212, or 3.2 per cent, and has gained 27 per cent since the start of January. New York cocoa futures climbed 2.9 per cent to $8,115 a tonne.

Prices remain well below the record of about £9,400 reached in December 2024, when poor harvests across West Africa left the market short of beans for a third consecutive season.

"The mid-crop looks weak, and grinders have very little cover," said Priyanka Sethi, a soft commodities analyst at Calder & Fry in London. She expects the global deficit to widen to 160,000 tonnes in the 2025-26 season, from 95,000 tonnes forecast in January.

Ivory Coast's regulator raised the farmgate price to 2,800 CFA francs ($4.65) a kilogram last October, a 55 per cent increase.
""", [
    F("£6,840", 6840, "£", "L", "up", "London cocoa prices|cocoa prices|cocoa|prices", PUB, None),
    F("19 per cent", 19, "%", "C", "dn", "cocoa arrivals|cocoa arrivals at Ivory Coast ports|arrivals", ("2025-10", "2026-03"),
      None, source_alt=["data", "exporters' estimates"], period_alt=[("2025-10-01", "2026-03-22")]),
    F("1.21 million tonnes", 1.21e6, "tonne", "L", "dn", "cocoa delivered|cocoa delivered to ports|arrivals|deliveries|cocoa",
      ("2025-10-01", "2026-03-22"), "exporters' estimates", unit_alt=["metric ton", "ton"],
      source_alt=["exporters"], direction_alt=[None], period_alt=[("2025-10", "2026-03")]),
    F("1.49 million tonnes", 1.49e6, "tonne", "L", None, "cocoa delivered|cocoa delivered to ports|arrivals|deliveries|cocoa",
      ("2024-10-01", "2025-03-22"), "exporters' estimates", unit_alt=["metric ton", "ton"],
      source_alt=["exporters"], period_alt=[("2024-10", "2025-03")]),
    F("£212", 212, "£", "C", "up", "May cocoa contract|contract|cocoa", PUB, None),
    F("3.2 per cent", 3.2, "%", "C", "up", "May cocoa contract|contract|cocoa", PUB, None),
    F("27 per cent", 27, "%", "C", "up", "May cocoa contract|contract|cocoa", ("2026-01", "2026-03"), None),
    F("2.9 per cent", 2.9, "%", "C", "up", "New York cocoa futures|futures|cocoa", PUB, None),
    F("$8,115", 8115, "$", "L", "up", "New York cocoa futures|futures|cocoa", PUB, None),
    F("£9,400", 9400, "£", "L", None, "record cocoa price|record|price|prices", M(2024, 12), None),
    F("160,000 tonnes", 160000, "tonne", "L", "up", "global cocoa deficit|deficit", SEASON, "Priyanka Sethi",
      unit_alt=["metric ton", "ton"]),
    F("95,000 tonnes", 95000, "tonne", "L", None, "earlier deficit forecast|deficit|forecast", SEASON,
      "Priyanka Sethi", unit_alt=["metric ton", "ton"], period_alt=[M(2026, 1)]),
    F("2,800 CFA francs", 2800, "XOF", "L", "up", "farmgate price|price", M(2025, 10), None,
      unit_alt=["CFA franc", "franc"], source_alt=["regulator"]),
    F("$4.65", 4.65, "$", "L", "up", "farmgate price|price", M(2025, 10), None, source_alt=["regulator"]),
    F("55 per cent", 55, "%", "C", "up", "farmgate price|price", M(2025, 10), None, source_alt=["regulator"]),
], ex=["eight months", "third consecutive"])

# ---------------------------------------------------------------- 09 Australian airline, FY to June 30
PUB = "2025-08-21"
FY = ("2024-07", "2025-06")
FYP = ("2023-07", "2024-06")
CO = "Southerly Airways"
story("b52-09", PUB, """
Southerly Airways posted an underlying pre-tax profit of A$642 million for the year to June 30, up 12 per cent, as record passenger numbers offset higher fuel and labour costs, and said on Thursday it would return A$250 million to shareholders.

Revenue rose 7 per cent to A$8.91 billion. The airline carried 28.4 million passengers, 1.9 million more than a year earlier, and filled 84.6 per cent of its seats, up from 83.1 per cent.

Fuel costs eased 4 per cent to A$2.36 billion, but wages and salaries climbed 9 per cent after new enterprise agreements with pilots and cabin crew.

Chief executive Tessa Marangoni said the carrier expected domestic capacity to grow 3 per cent to 4 per cent in the first half of fiscal 2026 and would take delivery of 11 new narrowbody jets by June 2026.

"Demand for leisure travel is still strong, but corporate travel is only back to about 90 per cent of where it was before COVID," she told reporters in Sydney.

The final dividend of 18 cents a share, fully franked, takes the full-year payout to 31 cents. Southerly shares rose 5.6 per cent to A$7.42 by late morning.
""", [
    F("A$642 million", 642e6, "A$", "L", "up", "underlying pre-tax profit|pre-tax profit|profit", FY, CO),
    F("12 per cent", 12, "%", "C", "up", "underlying pre-tax profit|pre-tax profit|profit", FY, CO),
    F("A$250 million", 250e6, "A$", "L", None, "capital return|capital return to shareholders|return|shareholders|buyback", None, CO,
      period_alt=[PUB]),
    F("7 per cent", 7, "%", "C", "up", "revenue", FY, None),
    F("A$8.91 billion", 8.91e9, "A$", "L", "up", "revenue", FY, None),
    F("28.4 million", 28.4e6, "#passenger", "L", "up", "passengers carried|passengers", FY, None,
      direction_alt=[None]),
    F("1.9 million", 1.9e6, "#passenger", "C", "up", "passengers carried|passengers", FY, None),
    F("84.6 per cent", 84.6, "%", "S", "up", "seats filled|load factor|seats", FY, None, kind_alt=["level"]),
    F("83.1 per cent", 83.1, "%", "S", None, "seats filled|load factor|seats", FYP, None, kind_alt=["level"]),
    F("4 per cent", 4, "%", "C", "dn", "fuel costs|fuel", FY, None, ctx="eased 4 per cent"),
    F("A$2.36 billion", 2.36e9, "A$", "L", "dn", "fuel costs|fuel", FY, None),
    F("9 per cent", 9, "%", "C", "up", "wages and salaries|wages|salaries", FY, None),
    F("3 per cent to 4 per cent", 3, "%", "C", "up", "domestic capacity|capacity", ("2025-07", "2025-12"),
      "Tessa Marangoni", value_hi=4),
    F("11", 11, "#jet", "L", None, "new narrowbody jets|jets|aircraft", (None, "2026-06"), "Tessa Marangoni",
      ctx="delivery of 11 new", kind_alt=["change"]),
    F("90 per cent", 90, "%", "L", None, "corporate travel|corporate travel compared with before COVID|corporate travel|travel",
      None, "Tessa Marangoni", kind_alt=["share", "ratio"], period_alt=[PUB]),
    CENTS("18 cents", 18, "A$", "L", None, "final dividend|dividend", FY, None),
    CENTS("31 cents", 31, "A$", "L", None, "full-year payout|payout|dividend", FY, None),
    F("5.6 per cent", 5.6, "%", "C", "up", "Southerly shares|shares|stock", PUB, None),
    F("A$7.42", 7.42, "A$", "L", "up", "Southerly shares|shares|stock", PUB, None),
], ex=["first half"])

# ---------------------------------------------------------------- 10 transit fares
PUB = "2026-04-14"
mon = last(PUB, "Monday")
START = ("2026-07-01", None)
STA = [("2026-07", None), None]
AG = "Calloway Regional Transit"
story("b52-10", PUB, """
Riders on the Calloway Regional Transit system will pay $3 for a single bus or light-rail trip starting July 1, up from $2.50, after the agency's board voted on Monday to raise fares for the first time since 2014.

The 20% increase is expected to bring in about $38 million a year and close roughly a third of a $112 million budget gap that opened after federal pandemic relief ran out. Monthly passes will rise to $96 from $80, while fares for seniors and riders with disabilities will stay at $1.25.

Ridership has recovered to 71% of 2019 levels, with about 214,000 trips on an average weekday in March, the agency said. Buses arrived on time 78.4% of the time in the first quarter, up from 74.9% a year earlier.

Board chair Lucia Fernandez said the alternative was cutting service on 14 of the system's 52 bus routes. "Nobody wants to pay more, but a bus that doesn't come costs riders a lot more than 50 cents," she said.

The agency also plans to add 60 battery-electric buses by 2028, which it says will save $4,200 per bus a year in maintenance.
""", [
    F("$3", 3, "$", "L", "up", "single-trip fare|fare|trip", START, None, ctx="pay $3 for",
      source_alt=[AG, "board"], period_alt=STA),
    F("$2.50", 2.5, "$", "L", None, "single-trip fare|fare|trip", None, None, source_alt=[AG, "board"],
      period_alt=[PUB]),
    F("20%", 20, "%", "C", "up", "fare increase|fare|fares|increase", START, None, period_alt=STA),
    F("$38 million", 38e6, "$", "L", None, "additional fare revenue|revenue|increase", None, None,
      kind_alt=["change"], period_alt=[START]),
    FR("a third", 1, 3, "S", None, "budget gap|budget gap closed by the increase|budget gap|gap", None, None),
    F("$112 million", 112e6, "$", "L", None, "budget gap|gap", None, None, period_alt=[PUB]),
    F("$96", 96, "$", "L", "up", "monthly pass price|passes|pass", START, None, period_alt=STA),
    F("$80", 80, "$", "L", None, "monthly pass price|passes|pass", None, None, period_alt=[PUB]),
    F("$1.25", 1.25, "$", "L", None, "senior fares|fares for seniors and riders with disabilities|fares|fare", START, None,
      direction_alt=["unchanged"], period_alt=STA + [PUB]),
    F("71%", 71, "%", "L", "up", "ridership|ridership compared with 2019|ridership", None, AG,
      kind_alt=["share", "ratio"], source_alt=["agency"], direction_alt=[None], period_alt=[PUB, M(2026, 3)]),
    F("214,000", 214000, "#trip", "L", None, "average weekday trips|trips|ridership", M(2026, 3), AG,
      source_alt=["agency"]),
    F("78.4%", 78.4, "%", "L", "up", "on-time performance|on-time performance of buses|buses|on-time|on-time rate", Q(2026, 1), None,
      kind_alt=["share"]),
    F("74.9%", 74.9, "%", "L", None, "on-time performance|on-time performance of buses|buses|on-time|on-time rate", Q(2025, 1), None,
      kind_alt=["share"]),
    F("14", 14, "#route", "L", None, "bus routes|bus routes facing service cuts|routes|bus routes", None, "Lucia Fernandez",
      ctx="on 14 of"),
    F("52", 52, "#route", "L", None, "bus routes|routes", None, "Lucia Fernandez"),
    CENTS("50 cents", 50, "$", "L", None, "fare increase|fare|cost|increase", None, "Lucia Fernandez",
          kind_alt=["change"], direction_alt=["increase"]),
    F("60", 60, "#bus", "C", "up", "battery-electric buses|buses", (None, "2028-12"), None,
      kind_alt=["level"], source_alt=[AG, "agency"]),
    F("$4,200", 4200, "$", "L", None, "maintenance savings|maintenance savings per bus|savings|maintenance|bus", None, AG,
      kind_alt=["change"], direction_alt=["decrease"], source_alt=["agency"]),
], ex=["first quarter"])
