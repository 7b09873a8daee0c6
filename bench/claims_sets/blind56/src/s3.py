"""blind56 s3: oil, retail and sentiment, inflation in several countries, PMIs, cars, gas, crops, cocoa (b56-21..b56-30)."""
from common import *

BPD = "bpd"

# ---------------------------------------------------------------- 21 OPEC+
P = on("2026-04-05", "Sunday")
FRI = last(P, "Friday")
WK = (plus(FRI, -6), FRI)
WK5 = (last(FRI, "Monday"), FRI)
story("b56-21", P, """
Eight OPEC+ members agreed on Sunday to raise oil output by 206,000 barrels per day in May, their third increase in as many months, as Saudi Arabia pushes to win back market share, three sources familiar with the talks told Reuters.

The group, which includes Saudi Arabia, Russia, Iraq, the United Arab Emirates and Kuwait, has now restored about 1.3 million bpd of the 1.9 million bpd of voluntary cuts it agreed in late 2023. Saudi Arabia's production target for May will rise to 9.61 million bpd, the group said in a statement.

Brent crude futures settled at $63.18 a barrel on Friday, down 2.4% over the week and about 14% lower so far this year. U.S. West Texas Intermediate crude closed at $59.70.

The International Energy Agency said in its monthly report last month that world oil demand would grow by 740,000 bpd this year, down from an earlier forecast of 860,000 bpd. Analysts at Marlow Commodities estimate that global supply will exceed demand by 1.8 million bpd in the second half.

Some members have pumped above their quotas. Kazakhstan produced 1.83 million bpd of crude in March, about 300,000 bpd over its target, according to a Reuters survey.

The eight countries will meet again on May 3 to decide June output, one of the sources said.
""", [
    F("Eight", 8, "#member", "L", None, "OPEC+ members in the agreement|members", DAY(P), "sources",
      source_alt=["Reuters"], period_alt=[None]),
    F("206,000 barrels per day", 206000, BPD, "C", "up", "OPEC+ oil output|oil output|output", "2026-05", "sources",
      source_alt=["Reuters"]),
    F("three", 3, "#source", "L", None, "sources familiar with the talks|sources", DAY(P), None, ctx="three sources",
      period_alt=[None]),
    F("about 1.3 million bpd", 1.3e6, BPD, "L", "up", "voluntary cuts restored|restored output|cuts",
      (None, "2026-05"), None, source_alt=["OPEC+", "group"], kind_alt=["change"], period_alt=[None]),
    F("1.9 million bpd", 1.9e6, BPD, "L", None, "voluntary cuts agreed in late 2023|voluntary cuts|cuts", None, None,
      source_alt=["OPEC+", "group"], period_alt=[("2023-10", "2023-12"), Y(2023)]),
    F("9.61 million bpd", 9.61e6, BPD, "L", "up", "Saudi Arabia's production target|production target|target",
      "2026-05", "group", source_alt=["OPEC+"]),
    F("$63.18", 63.18, "$", "L", None, "Brent crude futures|Brent|crude", DAY(FRI), None,
      unit_alt=["USD per barrel"], direction_alt=["decrease"]),
    F("2.4%", 2.4, "%", "C", "dn", "Brent crude futures|Brent|crude", WK, None, period_alt=[WK5]),
    F("about 14%", 14, "%", "C", "dn", "Brent crude futures|Brent|crude", ("2026-01", "2026-04"), None,
      period_alt=[("2026-01-01", FRI), ("2026-01", "2026-03")]),
    F("$59.70", 59.70, "$", "L", None, "West Texas Intermediate crude|WTI|crude", DAY(FRI), None,
      unit_alt=["USD per barrel"]),
    F("740,000 bpd", 740000, BPD, "C", "up", "world oil demand|oil demand|demand", Y(2026),
      "International Energy Agency", source_alt=["IEA"]),
    F("860,000 bpd", 860000, BPD, "C", None, "earlier forecast of world oil demand growth|oil demand|demand", Y(2026),
      "International Energy Agency", source_alt=["IEA"], direction_alt=["increase"]),
    F("1.8 million bpd", 1.8e6, BPD, "L", None, "global oil supply surplus|surplus|supply", ("2026-07", "2026-12"),
      "Marlow Commodities", source_alt=["analysts"], kind_alt=["change"]),
    F("1.83 million bpd", 1.83e6, BPD, "L", None, "Kazakhstan's crude production|crude production|Kazakhstan",
      "2026-03", "Reuters survey", source_alt=["Reuters"]),
    F("about 300,000 bpd", 300000, BPD, "L", None, "Kazakhstan's production above its target|overproduction|production",
      "2026-03", "Reuters survey", source_alt=["Reuters"], kind_alt=["change"]),
    F("eight", 8, "#country", "L", None, "OPEC+ countries meeting on May 3|countries", None, "sources",
      ctx="eight countries", source_alt=["one of the sources"], period_alt=["2026-05-03"]),
], ex=["third increase", "second half", "one of the sources"])

# ---------------------------------------------------------------- 22 US retail sales + Michigan sentiment
P = on("2026-06-16", "Tuesday")
story("b56-22", P, """
U.S. retail sales rose less than expected in May as consumers cut back on big-ticket purchases, suggesting that higher prices from import tariffs are beginning to weigh on household spending.

Retail sales increased 0.2% last month after an upwardly revised 0.6% gain in April, the Commerce Department's Census Bureau said on Tuesday. Economists polled by Reuters had forecast a 0.4% rise. Compared with May last year, sales climbed 3.3%.

Receipts at auto dealers fell 1.1%, while sales at gasoline stations dropped 0.8% as pump prices eased. Online retail sales rose 1.2% and sales at building material stores gained 0.5%. Core retail sales, which exclude automobiles, gasoline, building materials and food services, rose 0.3%.

Spending at restaurants and bars, the only services category in the report, slipped 0.1%.

A separate survey on Friday showed the University of Michigan's preliminary consumer sentiment index fell to 51.8 in June from 52.2 in May. Consumers' inflation expectations for the year ahead rose to 4.6% from 4.3%.

"Households are still spending, but they are not enjoying it," said Nadia Ferreira, chief U.S. economist at Pellham Advisors. "We now see real consumer spending growing at a 1.5% annualized rate in the second quarter."
""", [
    F("0.2%", 0.2, "%", "C", "up", "U.S. retail sales|retail sales|sales", "2026-05", "Census Bureau",
      source_alt=["Commerce Department"]),
    F("0.6%", 0.6, "%", "C", "up", "U.S. retail sales|retail sales|sales", "2026-04", "Census Bureau",
      source_alt=["Commerce Department"]),
    F("0.4%", 0.4, "%", "C", "up", "forecast retail sales growth|retail sales|rise", "2026-05", "economists",
      source_alt=["Reuters", "poll"]),
    F("3.3%", 3.3, "%", "C", "up", "U.S. retail sales|retail sales|sales", "2026-05", None,
      source_alt=["Census Bureau", "Commerce Department"]),
    F("1.1%", 1.1, "%", "C", "dn", "receipts at auto dealers|receipts|auto dealers", "2026-05", None,
      source_alt=["Census Bureau"]),
    F("0.8%", 0.8, "%", "C", "dn", "sales at gasoline stations|sales|gasoline stations", "2026-05", None,
      source_alt=["Census Bureau"]),
    F("1.2%", 1.2, "%", "C", "up", "online retail sales|online sales|sales", "2026-05", None,
      source_alt=["Census Bureau"]),
    F("0.5%", 0.5, "%", "C", "up", "sales at building material stores|sales|building material stores", "2026-05",
      None, source_alt=["Census Bureau"]),
    F("0.3%", 0.3, "%", "C", "up", "core retail sales|retail sales|sales", "2026-05", None,
      source_alt=["Census Bureau"]),
    F("0.1%", 0.1, "%", "C", "dn", "spending at restaurants and bars|spending|restaurants and bars", "2026-05", None,
      source_alt=["Census Bureau"]),
    F("51.8", 51.8, None, "L", "dn", "University of Michigan consumer sentiment index|consumer sentiment|index",
      "2026-06", "University of Michigan", source_alt=["survey"], unit_alt=["point"]),
    F("52.2", 52.2, None, "L", None, "University of Michigan consumer sentiment index|consumer sentiment|index",
      "2026-05", "University of Michigan", source_alt=["survey"], unit_alt=["point"]),
    F("4.6%", 4.6, "%", "L", "up", "consumers' year-ahead inflation expectations|inflation expectations|expectations",
      "2026-06", None, source_alt=["University of Michigan", "survey"], kind_alt=["change"]),
    F("4.3%", 4.3, "%", "L", None, "consumers' year-ahead inflation expectations|inflation expectations|expectations",
      "2026-05", None, source_alt=["University of Michigan", "survey"], kind_alt=["change"]),
    F("1.5%", 1.5, "%", "C", "up", "real consumer spending|consumer spending|spending", Q(2026, 2), "Nadia Ferreira",
      source_alt=["Ferreira", "Pellham Advisors"]),
], ex=["second quarter"])

# ---------------------------------------------------------------- 23 euro-zone flash inflation
P = on("2026-09-01", "Tuesday")
AUG = "2026-08"
story("b56-23", P, """
Euro-zone inflation picked up to 2.3% in August from 2.1% in July, a flash estimate from Eurostat showed on Tuesday, moving further above the European Central Bank's 2% target and reducing the chance of another interest rate cut this year.

Core inflation, which strips out volatile food and energy prices, held at 2.4%, while services inflation accelerated to 3.4% from 3.2%. Energy prices fell 1.6% from a year earlier.

Among the bloc's largest economies, German consumer prices rose 2.5% on the EU-harmonised measure, data from the federal statistics office showed on Monday. French inflation was 1.3%, according to INSEE, and Italy's was 1.9%. Spain's rate jumped to 3.1% from 2.7%, the INE statistics office said, driven by higher electricity costs.

Economists polled by Reuters had expected euro-zone inflation of 2.2%. Money markets now price a roughly 25% chance of a further ECB cut by December, down from 40% a week ago, according to LSEG data.

Unemployment in the euro zone held at a record low of 6.2% in July, Eurostat said separately.

"The last mile of disinflation is proving sticky," said Lukas Behrendt, an economist at Weserbank in Hamburg.
""", [
    F("2.3%", 2.3, "%", "C", "up", "euro-zone inflation|inflation", AUG, "Eurostat", source_alt=["flash estimate"],
      kind_alt=["level"]),
    F("2.1%", 2.1, "%", "C", None, "euro-zone inflation|inflation", "2026-07", "Eurostat",
      source_alt=["flash estimate"], kind_alt=["level"], direction_alt=["increase"]),
    F("2%", 2, "%", "L", None, "European Central Bank's inflation target|inflation target|target", None, None,
      ctx="Bank's 2% target", source_alt=["Eurostat"]),
    F("2.4%", 2.4, "%", "C", "unch", "core inflation|inflation", AUG, None, source_alt=["Eurostat"],
      kind_alt=["level"], direction_alt=[None, "increase"]),
    F("3.4%", 3.4, "%", "C", "up", "services inflation|inflation", AUG, None, source_alt=["Eurostat"],
      kind_alt=["level"]),
    F("3.2%", 3.2, "%", "C", None, "services inflation|inflation", "2026-07", None, source_alt=["Eurostat"],
      kind_alt=["level"], direction_alt=["increase"]),
    F("1.6%", 1.6, "%", "C", "dn", "energy prices|prices", AUG, None, source_alt=["Eurostat"]),
    F("2.5%", 2.5, "%", "C", "up", "German consumer prices|consumer prices|prices", AUG,
      "federal statistics office", source_alt=["data", "statistics office"]),
    F("1.3%", 1.3, "%", "C", None, "French inflation|inflation", AUG, "INSEE", kind_alt=["level"],
      direction_alt=["increase"]),
    F("1.9%", 1.9, "%", "C", None, "Italy's inflation|inflation|Italy", AUG, None, source_alt=["INSEE", "Istat"],
      kind_alt=["level"], direction_alt=["increase"]),
    F("3.1%", 3.1, "%", "C", "up", "Spain's inflation rate|inflation|rate", AUG, "INE",
      source_alt=["INE statistics office", "statistics office"], kind_alt=["level"]),
    F("2.7%", 2.7, "%", "C", None, "Spain's inflation rate|inflation|rate", "2026-07", "INE",
      source_alt=["INE statistics office", "statistics office"], kind_alt=["level"], direction_alt=["increase"]),
    F("2.2%", 2.2, "%", "C", "up", "expected euro-zone inflation|inflation", AUG, "economists",
      source_alt=["Reuters", "poll"], kind_alt=["level"], direction_alt=[None]),
    F("roughly 25%", 25, "%", "L", "dn", "chance of a further ECB cut|chance|probability", None, "LSEG",
      source_alt=["money markets", "data"], kind_alt=["share"], period_alt=[(None, "2026-12"), DAY(P)]),
    F("40%", 40, "%", "L", None, "chance of a further ECB cut|chance|probability", plus(P, -7), "LSEG",
      source_alt=["money markets", "data"], kind_alt=["share"], period_alt=[None]),
    F("6.2%", 6.2, "%", "L", "unch", "euro-zone unemployment rate|unemployment", "2026-07", "Eurostat",
      direction_alt=[None]),
])

# ---------------------------------------------------------------- 24 Asian PMIs
P = on("2026-02-02", "Monday")
JAN = "2026-01"
DEC = "2025-12"
story("b56-24", P, """
Factory activity across much of Asia expanded at the fastest pace in more than a year in January as export orders picked up, private surveys showed on Monday, though Japanese manufacturers continued to struggle.

A survey of Chinese manufacturers compiled by S&P Global rose to 51.6 in January from 50.9 in December, with a sub-index of new export orders climbing to 52.2, its highest since March 2023. Factory-gate prices fell for a 14th straight month, but at the slowest pace since May 2025.

China's official purchasing managers' index, released by the National Bureau of Statistics on Saturday, edged up to 50.3 from 49.9, moving above the 50-point mark that separates growth from contraction for the first time in nine months.

India's manufacturing PMI rose to 58.4 from 56.9, while Taiwan's jumped to 53.8, the highest since mid-2022. Japan's PMI fell to 48.7 from 49.2, staying in contraction for a 19th month.

South Korea's exports rose 7.4% in January from a year earlier, trade ministry data showed on Sunday, with semiconductor shipments up 31%.

"Front-loading ahead of U.S. tariff deadlines is part of the story, but tech demand is real," said Ong Wei Ming, an economist at Kinmen Capital in Singapore, who expects the region's exports to grow 4% to 5% in the first quarter.
""", [
    F("51.6", 51.6, None, "L", "up", "Chinese manufacturing survey index|survey|index|PMI", JAN, "S&P Global",
      source_alt=["surveys"], unit_alt=["point"]),
    F("50.9", 50.9, None, "L", None, "Chinese manufacturing survey index|survey|index|PMI", DEC, "S&P Global",
      source_alt=["surveys"], unit_alt=["point"]),
    F("52.2", 52.2, None, "L", "up", "new export orders sub-index|sub-index|export orders", JAN, "S&P Global",
      source_alt=["surveys"], unit_alt=["point"]),
    F("50.3", 50.3, None, "L", "up", "China's official purchasing managers' index|purchasing managers' index|index|PMI",
      JAN, "National Bureau of Statistics", source_alt=["NBS"], unit_alt=["point"]),
    F("49.9", 49.9, None, "L", None, "China's official purchasing managers' index|purchasing managers' index|index|PMI",
      DEC, "National Bureau of Statistics", source_alt=["NBS"], unit_alt=["point"]),
    F("58.4", 58.4, None, "L", "up", "India's manufacturing PMI|PMI", JAN, None, source_alt=["surveys"],
      unit_alt=["point"]),
    F("56.9", 56.9, None, "L", None, "India's manufacturing PMI|PMI", DEC, None, source_alt=["surveys"],
      unit_alt=["point"]),
    F("53.8", 53.8, None, "L", "up", "Taiwan's manufacturing PMI|PMI|Taiwan", JAN, None, source_alt=["surveys"],
      unit_alt=["point"]),
    F("48.7", 48.7, None, "L", "dn", "Japan's PMI|PMI", JAN, None, source_alt=["surveys"], unit_alt=["point"]),
    F("49.2", 49.2, None, "L", None, "Japan's PMI|PMI", DEC, None, source_alt=["surveys"], unit_alt=["point"]),
    F("7.4%", 7.4, "%", "C", "up", "South Korea's exports|exports", JAN, "trade ministry", source_alt=["data"]),
    F("31%", 31, "%", "C", "up", "South Korea's semiconductor shipments|semiconductor shipments|shipments", JAN,
      "trade ministry", source_alt=["data"]),
    F("4% to 5%", 4, "%", "C", "up", "region's exports|exports", Q(2026, 1), "Ong Wei Ming", value_hi=5,
      source_alt=["Ong", "Kinmen Capital"]),
], ex=["14th", "50-point", "nine months", "19th", "first quarter"])

# ---------------------------------------------------------------- 25 consumer sentiment: Germany, France, Italy
P = on("2025-09-26", "Friday")
FW = ("2025-09-04", "2025-09-15")
story("b56-25", P, """
German consumer sentiment deteriorated more than expected heading into October, a survey showed on Friday, as worries about job cuts in the car industry prompted households to save more.

The GfK consumer climate indicator fell to -26.4 points from a revised -24.1 points a month earlier, according to the survey by market research firm GfK and the Nuremberg Institute for Market Decisions (NIM). Analysts polled by Reuters had expected a reading of -24.0 points.

The willingness to save rose to 17.8 points, its highest since 2008, while income expectations dropped 6.1 points to -9.8 points. The survey of about 2,000 people was conducted from Sept. 4 to Sept. 15.

"The consumer climate is caught in a fog of uncertainty," said NIM consumer expert Hanna Weisshaupt.

In France, household confidence was unchanged at 87 in September, well below its long-term average of 100, statistics agency INSEE said on Thursday. Italy's consumer confidence index rose to 97.2 from 96.2, according to Istat.

German retail sales fell 0.2% in real terms in August from the previous month, the federal statistics office said earlier this week, and were up 1.8% from a year earlier.
""", [
    F("-26.4 points", -26.4, "pt", "L", "dn", "GfK consumer climate indicator|consumer climate|indicator", FW, "GfK",
      value_alt=[26.4], source_alt=["survey", "NIM"], period_alt=["2025-10", "2025-09"]),
    F("-24.1 points", -24.1, "pt", "L", None, "GfK consumer climate indicator|consumer climate|indicator", "2025-09",
      "GfK", value_alt=[24.1], source_alt=["survey", "NIM"], period_alt=["2025-08"]),
    F("-24.0 points", -24.0, "pt", "L", None, "expected consumer climate reading|reading|consumer climate", FW,
      "analysts", value_alt=[24.0], source_alt=["Reuters", "poll"], period_alt=["2025-10", "2025-09"]),
    F("17.8 points", 17.8, "pt", "L", "up", "willingness to save|willingness", FW, None,
      source_alt=["GfK", "survey"], period_alt=["2025-09", "2025-10"]),
    F("6.1 points", 6.1, "pt", "C", "dn", "income expectations|expectations", FW, None, source_alt=["GfK", "survey"],
      period_alt=["2025-09", "2025-10"]),
    F("-9.8 points", -9.8, "pt", "L", "dn", "income expectations|expectations", FW, None, value_alt=[9.8],
      source_alt=["GfK", "survey"], period_alt=["2025-09", "2025-10"]),
    F("about 2,000", 2000, "#person", "L", None, "people surveyed|people|survey", FW, None,
      source_alt=["GfK"], unit_alt=["respondent"]),
    F("87", 87, None, "L", "unch", "French household confidence|household confidence|confidence", "2025-09", "INSEE",
      source_alt=["statistics agency"], unit_alt=["point"], direction_alt=[None]),
    F("100", 100, None, "L", None, "long-term average of French household confidence|long-term average|average", None,
      "INSEE", source_alt=["statistics agency"], unit_alt=["point"]),
    F("97.2", 97.2, None, "L", "up", "Italy's consumer confidence index|consumer confidence|index", "2025-09", "Istat",
      unit_alt=["point"]),
    F("96.2", 96.2, None, "L", None, "Italy's consumer confidence index|consumer confidence|index", "2025-08", "Istat",
      unit_alt=["point"]),
    F("0.2%", 0.2, "%", "C", "dn", "German retail sales|retail sales|sales", "2025-08", "federal statistics office",
      source_alt=["statistics office"]),
    F("1.8%", 1.8, "%", "C", "up", "German retail sales|retail sales|sales", "2025-08", "federal statistics office",
      source_alt=["statistics office"]),
])

# ---------------------------------------------------------------- 26 EU car registrations + US sales
P = on("2026-04-23", "Thursday")
MAR = "2026-03"
story("b56-26", P, """
New car registrations in the European Union rose 6.8% in March to 1,021,300 vehicles, the European Automobile Manufacturers' Association (ACEA) said on Thursday, as demand for electric and hybrid models accelerated.

Battery-electric cars took 19.4% of the market, up from 15.2% a year earlier, while hybrid-electric models remained the most popular choice with a 36.1% share. Registrations of petrol cars fell 14% and diesel registrations slumped 22%.

In the January-March period, registrations rose 2.1% to 2.77 million vehicles.

Among manufacturers, Velora Group's registrations fell 4.5%, cutting its market share by 1.2 percentage points to 10.3%, while Chinese brand Hanlu's sales more than tripled to 18,640 cars from a low base.

Germany, the region's biggest market, grew 5.2%, France fell 3.7% and Italy rose 8.9%, the association's data showed.

In the United States, light-vehicle sales ran at a seasonally adjusted annual rate of 16.4 million units in March, up from 15.9 million in February, according to industry researcher Wardell Auto Data. Average transaction prices rose to $49,850, up about $1,200 from a year earlier.
""", [
    F("6.8%", 6.8, "%", "C", "up", "EU new car registrations|car registrations|registrations", MAR,
      "European Automobile Manufacturers' Association", source_alt=["ACEA"]),
    F("1,021,300", 1021300, "#vehicle", "L", "up", "EU new car registrations|car registrations|registrations", MAR,
      "European Automobile Manufacturers' Association", source_alt=["ACEA"], unit_alt=["car"]),
    F("19.4%", 19.4, "%", "S", "up", "battery-electric cars' market share|market share|battery-electric cars", MAR,
      None, source_alt=["ACEA"]),
    F("15.2%", 15.2, "%", "S", None, "battery-electric cars' market share|market share|battery-electric cars",
      "2025-03", None, source_alt=["ACEA"]),
    F("36.1%", 36.1, "%", "S", None, "hybrid-electric models' market share|share|hybrid-electric models", MAR, None,
      source_alt=["ACEA"]),
    F("14%", 14, "%", "C", "dn", "registrations of petrol cars|registrations|petrol cars", MAR, None,
      source_alt=["ACEA"]),
    F("22%", 22, "%", "C", "dn", "diesel registrations|registrations", MAR, None, source_alt=["ACEA"]),
    F("2.1%", 2.1, "%", "C", "up", "EU new car registrations|registrations", Q(2026, 1), None, source_alt=["ACEA"]),
    F("2.77 million", 2.77e6, "#vehicle", "L", "up", "EU new car registrations|registrations", Q(2026, 1), None,
      source_alt=["ACEA"], unit_alt=["car"]),
    F("4.5%", 4.5, "%", "C", "dn", "Velora Group's registrations|registrations", MAR, None, source_alt=["ACEA"]),
    F("1.2 percentage points", 1.2, "pp", "C", "dn", "Velora Group's market share|market share|share", MAR, None,
      source_alt=["ACEA"]),
    F("10.3%", 10.3, "%", "S", "dn", "Velora Group's market share|market share|share", MAR, None,
      source_alt=["ACEA"]),
    X("more than tripled", 3, "R", "up", "Hanlu's sales|sales", MAR, None, source_alt=["ACEA"], kind_alt=["change"]),
    F("18,640", 18640, "#car", "L", "up", "Hanlu's sales|sales", MAR, None, source_alt=["ACEA"],
      unit_alt=["vehicle"]),
    F("5.2%", 5.2, "%", "C", "up", "German car registrations|registrations|Germany", MAR, "association's data",
      ctx="grew 5.2%", source_alt=["ACEA", "association"]),
    F("3.7%", 3.7, "%", "C", "dn", "French car registrations|registrations|France", MAR, "association's data",
      source_alt=["ACEA", "association"]),
    F("8.9%", 8.9, "%", "C", "up", "Italian car registrations|registrations|Italy", MAR, "association's data",
      source_alt=["ACEA", "association"]),
    F("16.4 million", 16.4e6, "#unit", "L", "up", "U.S. light-vehicle sales annual rate|light-vehicle sales|sales",
      MAR, "Wardell Auto Data", source_alt=["industry researcher"], unit_alt=["vehicle"]),
    F("15.9 million", 15.9e6, "#unit", "L", None, "U.S. light-vehicle sales annual rate|light-vehicle sales|sales",
      "2026-02", "Wardell Auto Data", source_alt=["industry researcher"], unit_alt=["vehicle"]),
    F("$49,850", 49850, "$", "L", "up", "average transaction prices|transaction prices|prices", MAR, None,
      source_alt=["Wardell Auto Data"]),
    F("about $1,200", 1200, "$", "C", "up", "average transaction prices|transaction prices|prices", MAR, None,
      source_alt=["Wardell Auto Data"]),
])

# ---------------------------------------------------------------- 27 European gas week
P = on("2025-10-10", "Friday")
MON = last(P, "Monday")
WK = (plus(P, -6), P)
WK5 = (MON, P)
story("b56-27", P, """
European natural gas prices fell for a third straight week as mild weather and strong imports of liquefied natural gas eased concern about winter supplies.

Dutch front-month futures, the region's benchmark, settled at €31.45 a megawatt-hour on Friday, down 4.2% over the week and about 35% below their level a year ago.

EU gas storage sites were 82.6% full as of Oct. 8, according to Gas Infrastructure Europe, compared with an average of 92.1% for the date over the previous five years. Injections will need to average about 0.3 percentage points a day to reach 90% by Dec. 1, analysts at Fernsby Energy estimated.

LNG imports into Europe reached 10.8 million tons in September, the most since March 2023, according to ship-tracking data compiled by Bloomberg. About 58% of the cargoes came from the United States.

Norwegian pipeline flows averaged 318 million cubic metres a day this week, down from 335 million the previous week, because of maintenance at a processing plant.

Temperatures in north-west Europe are forecast to be 1.5C to 2.5C above normal through Oct. 20, according to weather forecaster Clearsky Outlook.

In Britain, gas for next-day delivery fell 3.1% to 79.4 pence a therm.
""", [
    F("€31.45", 31.45, "€", "L", None, "Dutch front-month gas futures|front-month futures|futures|gas prices", DAY(P),
      None, unit_alt=["EUR per megawatt-hour"], direction_alt=["decrease"]),
    F("4.2%", 4.2, "%", "C", "dn", "Dutch front-month gas futures|front-month futures|futures|gas prices", WK, None,
      period_alt=[WK5]),
    F("about 35%", 35, "%", "C", "dn", "Dutch front-month gas futures|front-month futures|futures|gas prices", DAY(P),
      None, period_alt=[None, (year_ago(P), P)], kind_alt=["level"]),
    F("82.6%", 82.6, "%", "S", None, "EU gas storage fill level|storage|storage sites", "2025-10-08",
      "Gas Infrastructure Europe", source_alt=["GIE"], kind_alt=["level"]),
    F("92.1%", 92.1, "%", "S", None, "five-year average storage fill level for the date|average|storage", None,
      "Gas Infrastructure Europe", source_alt=["GIE"], kind_alt=["level"],
      period_alt=[("2020-10", "2024-10"), "2025-10-08"]),
    F("about 0.3 percentage points", 0.3, "pp", "L", None, "daily storage injections needed|injections",
      (P, "2025-12-01"), "Fernsby Energy", source_alt=["analysts"], kind_alt=["change"],
      unit_alt=["percentage point per day"], period_alt=[(None, "2025-12-01"), None]),
    F("90%", 90, "%", "S", None, "storage fill target|storage|target", (None, "2025-12-01"), "Fernsby Energy",
      source_alt=["analysts"], kind_alt=["level"], period_alt=["2025-12-01"]),
    F("10.8 million tons", 10.8e6, "t", "L", "up", "LNG imports into Europe|LNG imports|imports", "2025-09",
      "Bloomberg", source_alt=["ship-tracking data", "data"], direction_alt=[None]),
    F("About 58%", 58, "%", "S", None, "U.S. share of LNG cargoes|cargoes|share", "2025-09", None,
      source_alt=["Bloomberg"]),
    F("318 million cubic metres", 318e6, "cubic metre", "L", "dn", "Norwegian pipeline flows|pipeline flows|flows",
      WK5, None, unit_alt=["cubic meter", "cubic metre per day"], period_alt=[WK]),
    F("335 million", 335e6, "cubic metre", "L", None, "Norwegian pipeline flows|pipeline flows|flows",
      (plus(MON, -7), plus(P, -7)), None, unit_alt=["cubic meter", "cubic metre per day"],
      period_alt=[(plus(P, -13), plus(P, -7))]),
    F("1.5C to 2.5C", 1.5, "C", "C", "up", "temperatures in north-west Europe|temperatures", (P, "2025-10-20"),
      "Clearsky Outlook", value_hi=2.5, source_alt=["weather forecaster"], kind_alt=["level"],
      period_alt=[(None, "2025-10-20")]),
    F("3.1%", 3.1, "%", "C", "dn", "British next-day gas|next-day gas|gas", DAY(P), None),
    CENTS("79.4 pence", 79.4, "£", "L", "dn", "British next-day gas|next-day gas|gas", DAY(P), None, sub="penny",
          unit_alt=["pence", "GBP per therm"]),
], ex=["third straight week", "five years"])

# ---------------------------------------------------------------- 28 inflation: Canada, Mexico, Brazil
P = on("2026-04-21", "Tuesday")
MAR = "2026-03"
H1A = ("2026-04-01", "2026-04-15")
story("b56-28", P, """
Canada's annual inflation rate rose to 2.6% in March from 2.2% in February, Statistics Canada said on Tuesday, as gasoline prices jumped 7.9% from a year earlier, complicating the Bank of Canada's rate decision next week.

Analysts had forecast a 2.4% rate. The central bank's preferred core measures, CPI-trim and CPI-median, averaged 2.85%, up from 2.75% a month earlier. Prices rose 0.7% from February, and shelter costs rose 2.9% from a year earlier, the smallest gain since 2021.

The Canadian dollar strengthened 0.3% to 1.3820 per U.S. dollar after the data.

In Mexico, annual inflation slowed to 3.72% in the first half of April from 3.89% in the second half of March, national statistics agency INEGI said. That keeps it inside the central bank's target range of 2% to 4%. Core inflation eased to 3.95%.

Brazil's mid-April consumer price index rose 0.43% from the previous month, bringing inflation over 12 months to 5.1%, statistics agency IBGE said. That is well above the central bank's 3% target, which has a tolerance band of 1.5 percentage points either way.

"Latin America's disinflation has stalled just as Canada's is reversing," said Camila Restrepo, an economist at Andes Ridge Capital in Toronto.
""", [
    F("2.6%", 2.6, "%", "C", "up", "Canada's annual inflation rate|inflation rate|inflation", MAR, "Statistics Canada",
      kind_alt=["level"]),
    F("2.2%", 2.2, "%", "C", None, "Canada's annual inflation rate|inflation rate|inflation", "2026-02",
      "Statistics Canada", kind_alt=["level"], direction_alt=["increase"]),
    F("7.9%", 7.9, "%", "C", "up", "gasoline prices|prices", MAR, "Statistics Canada"),
    F("2.4%", 2.4, "%", "C", "up", "forecast inflation rate|inflation rate|rate", MAR, "analysts", kind_alt=["level"],
      direction_alt=[None]),
    F("2.85%", 2.85, "%", "C", "up", "Bank of Canada's preferred core measures|core measures|core inflation", MAR,
      None, source_alt=["Statistics Canada"], kind_alt=["level"]),
    F("2.75%", 2.75, "%", "C", None, "Bank of Canada's preferred core measures|core measures|core inflation",
      "2026-02", None, source_alt=["Statistics Canada"], kind_alt=["level"], direction_alt=["increase"]),
    F("0.7%", 0.7, "%", "C", "up", "consumer prices|prices", MAR, None, source_alt=["Statistics Canada"]),
    F("2.9%", 2.9, "%", "C", "up", "shelter costs|costs", MAR, None, source_alt=["Statistics Canada"]),
    F("0.3%", 0.3, "%", "C", "up", "Canadian dollar|dollar", DAY(P), None),
    F("1.3820", 1.382, "C$", "L", "up", "Canadian dollar|dollar", DAY(P), None, unit_alt=["CAD per USD"],
      direction_alt=["decrease", None]),
    F("3.72%", 3.72, "%", "C", "dn", "Mexico's annual inflation|inflation", H1A, "INEGI",
      source_alt=["statistics agency"], kind_alt=["level"], period_alt=["2026-04"]),
    F("3.89%", 3.89, "%", "C", None, "Mexico's annual inflation|inflation", ("2026-03-16", "2026-03-31"), "INEGI",
      source_alt=["statistics agency"], kind_alt=["level"], direction_alt=["increase"], period_alt=["2026-03"]),
    F("2% to 4%", 2, "%", "L", None, "Bank of Mexico's inflation target range|target range|target", None, None,
      value_hi=4, source_alt=["central bank"]),
    F("3.95%", 3.95, "%", "C", "dn", "Mexico's core inflation|core inflation|inflation", H1A, None,
      source_alt=["INEGI"], kind_alt=["level"], period_alt=["2026-04"]),
    F("0.43%", 0.43, "%", "C", "up", "Brazil's mid-April consumer price index|consumer price index|prices", "2026-04",
      "IBGE", source_alt=["statistics agency"], period_alt=[("2026-03-16", "2026-04-15")]),
    F("5.1%", 5.1, "%", "C", "up", "Brazil's 12-month inflation|inflation", "2026-04", "IBGE",
      source_alt=["statistics agency"], kind_alt=["level"], period_alt=[span12(2026, 4)]),
    F("3%", 3, "%", "L", None, "Brazil central bank's inflation target|inflation target|target", None, None,
      ctx="bank's 3% target", source_alt=["central bank"]),
    F("1.5 percentage points", 1.5, "pp", "L", None, "tolerance band around the target|tolerance band|band", None,
      None, source_alt=["central bank"]),
], ex=["first half of April", "second half of March", "12 months"])

# ---------------------------------------------------------------- 29 USDA crop report
P = on("2026-08-12", "Wednesday")
CROP = Y(2026)
MY = ("2026-09", "2027-08")
story("b56-29", P, """
The U.S. Department of Agriculture raised its forecast for this year's corn harvest to a record 16.94 billion bushels on Wednesday, well above trade expectations, as near-ideal weather across the Midwest lifted its yield estimate to 184.6 bushels per acre from 181.0 bushels in July.

Analysts polled by Reuters had on average expected a crop of 16.52 billion bushels and a yield of 182.3 bushels per acre. The USDA put harvested area at 91.8 million acres.

In its monthly supply and demand report, the department pegged corn ending stocks for the 2026-27 marketing year at 2.31 billion bushels, up 19% from its July estimate. Soybean production was forecast at 4.37 billion bushels, with a yield of 53.1 bushels per acre.

Chicago Board of Trade December corn futures fell 12 cents, or 2.8%, to $4.21 a bushel after the report, a contract low.

World wheat stocks at the end of the 2026-27 season were projected at 262.4 million tonnes, down from 268.0 million tonnes a year earlier.

Big crops are adding to the strain on farm incomes. The department estimated in February that net farm income would fall 7% in 2026, and a survey of 400 growers by agricultural lender Prairiefield Credit found that 6 in 10 expected to lose money on corn this year.
""", [
    F("16.94 billion bushels", 16.94e9, "bushel", "L", "up", "U.S. corn harvest forecast|corn harvest|harvest", CROP,
      None, source_alt=["U.S. Department of Agriculture", "USDA"], period_alt=[MY]),
    F("184.6 bushels per acre", 184.6, "bushel per acre", "L", "up", "corn yield estimate|yield", CROP, None,
      unit_alt=["bushel"], source_alt=["U.S. Department of Agriculture", "USDA"]),
    F("181.0 bushels", 181.0, "bushel per acre", "L", None, "corn yield estimate|yield", CROP, None,
      unit_alt=["bushel"], source_alt=["U.S. Department of Agriculture", "USDA"], period_alt=["2026-07"]),
    F("16.52 billion bushels", 16.52e9, "bushel", "L", None, "analysts' expected corn crop|crop|corn harvest", CROP,
      "analysts", source_alt=["Reuters", "poll"]),
    F("182.3 bushels per acre", 182.3, "bushel per acre", "L", None, "analysts' expected corn yield|yield", CROP,
      "analysts", unit_alt=["bushel"], source_alt=["Reuters", "poll"]),
    F("91.8 million acres", 91.8e6, "acre", "L", None, "corn harvested area|harvested area|area", CROP, "USDA",
      source_alt=["U.S. Department of Agriculture"]),
    F("2.31 billion bushels", 2.31e9, "bushel", "L", "up", "corn ending stocks|ending stocks|stocks", MY,
      "department", source_alt=["USDA", "report"], period_alt=["2027-08"]),
    F("19%", 19, "%", "C", "up", "corn ending stocks|ending stocks|stocks", MY, "department",
      source_alt=["USDA", "report"], period_alt=["2027-08"]),
    F("4.37 billion bushels", 4.37e9, "bushel", "L", None, "soybean production|production", CROP, None,
      source_alt=["USDA", "department"]),
    F("53.1 bushels per acre", 53.1, "bushel per acre", "L", None, "soybean yield|yield", CROP, None,
      unit_alt=["bushel"], source_alt=["USDA", "department"]),
    CENTS("12 cents", 12, "$", "C", "dn", "December corn futures|corn futures|futures", DAY(P), None,
          unit_alt=["USD per bushel"]),
    F("2.8%", 2.8, "%", "C", "dn", "December corn futures|corn futures|futures", DAY(P), None),
    F("$4.21", 4.21, "$", "L", "dn", "December corn futures|corn futures|futures", DAY(P), None,
      unit_alt=["USD per bushel"]),
    F("262.4 million tonnes", 262.4e6, "t", "L", "dn", "world wheat stocks|wheat stocks|stocks",
      ("2026-07", "2027-06"), None, source_alt=["USDA", "department"],
      period_alt=[("2026-06", "2027-05"), ("2026-01", "2027-12"), "2027-06"]),
    F("268.0 million tonnes", 268.0e6, "t", "L", None, "world wheat stocks|wheat stocks|stocks",
      ("2025-07", "2026-06"), None, source_alt=["USDA", "department"],
      period_alt=[("2025-06", "2026-05"), ("2025-01", "2026-12"), "2026-06"]),
    F("7%", 7, "%", "C", "dn", "net farm income|farm income|income", Y(2026), "department",
      source_alt=["USDA"]),
    F("400", 400, "#grower", "L", None, "growers surveyed|growers|survey", None, None,
      source_alt=["Prairiefield Credit"], unit_alt=["farmer"]),
    FR("6 in 10", 6, 10, "S", None, "growers expecting to lose money on corn|growers", CROP, "Prairiefield Credit",
       source_alt=["survey"], period_alt=[None]),
])

# ---------------------------------------------------------------- 30 cocoa
P = on("2026-01-12", "Monday")
SEASON = ("2025-10-01", "2026-01-11")
XOF = ["CFA franc", "franc", "XOF per kilogram"]
story("b56-30", P, """
Cocoa arrivals at ports in Ivory Coast reached an estimated 1.12 million tonnes between Oct. 1 and Jan. 11, down 9.6% from the same period a season earlier, exporters estimated on Monday.

Farmers brought 58,000 tonnes to the ports of Abidjan and San Pedro in the week to Jan. 11, up from 46,000 tonnes a week earlier, according to the estimates.

Dry Harmattan winds arrived early this season, and rainfall in most growing regions was 30% below average in December, weather consultancy Sahelmet said. "Yields in the April-to-September mid-crop could fall by as much as 15%," said a Soubre-based exporter who asked not to be named.

The world's top producer raised its guaranteed farmgate price to 2,800 CFA francs ($4.98) per kilogram for the October-March main crop, up from 1,800 francs last season.

New York cocoa futures rose 4.1% to $6,215 a tonne on Monday, though prices are still about 48% below their record of more than $12,000 set in December 2024. London cocoa climbed 3.6% to 4,380 pounds a tonne.

Ghana, the No. 2 grower, has sold forward about 60% of its expected 2025-26 crop, two industry sources said.
""", [
    F("an estimated 1.12 million tonnes", 1.12e6, "t", "L", "up", "Ivory Coast cocoa arrivals|cocoa arrivals|arrivals",
      SEASON, "exporters", direction_alt=[None]),
    F("9.6%", 9.6, "%", "C", "dn", "Ivory Coast cocoa arrivals|cocoa arrivals|arrivals", SEASON, "exporters"),
    F("58,000 tonnes", 58000, "t", "L", "up", "weekly cocoa arrivals|arrivals|cocoa", ("2026-01-05", "2026-01-11"),
      "estimates", source_alt=["exporters"]),
    F("46,000 tonnes", 46000, "t", "L", None, "weekly cocoa arrivals|arrivals|cocoa", ("2025-12-29", "2026-01-04"),
      "estimates", source_alt=["exporters"]),
    F("30%", 30, "%", "C", "dn", "rainfall in growing regions|rainfall", "2025-12", "Sahelmet",
      source_alt=["weather consultancy"], kind_alt=["level"]),
    F("as much as 15%", 15, "%", "C", "dn", "mid-crop yields|yields", ("2026-04", "2026-09"), "exporter",
      source_alt=["Soubre-based exporter"]),
    F("2,800 CFA francs", 2800, "XOF", "L", "up", "Ivory Coast's guaranteed farmgate price|farmgate price|price",
      ("2025-10", "2026-03"), None, unit_alt=XOF, source_alt=["Ivory Coast", "world's top producer"]),
    F("$4.98", 4.98, "$", "L", "up", "Ivory Coast's guaranteed farmgate price|farmgate price|price",
      ("2025-10", "2026-03"), None, unit_alt=["USD per kilogram"], direction_alt=[None],
      source_alt=["Ivory Coast", "world's top producer"]),
    F("1,800 francs", 1800, "XOF", "L", None, "previous guaranteed farmgate price|farmgate price|price",
      ("2024-10", "2025-03"), None, unit_alt=XOF, source_alt=["Ivory Coast", "world's top producer"]),
    F("4.1%", 4.1, "%", "C", "up", "New York cocoa futures|cocoa futures|futures", DAY(P), None),
    F("$6,215", 6215, "$", "L", "up", "New York cocoa futures|cocoa futures|futures", DAY(P), None,
      unit_alt=["USD per tonne"]),
    F("about 48%", 48, "%", "C", "dn", "cocoa prices relative to their record|prices", DAY(P), None,
      kind_alt=["level"], period_alt=[None]),
    F("more than $12,000", 12000, "$", "L", None, "record cocoa price|record|prices", "2024-12", None,
      unit_alt=["USD per tonne"]),
    F("3.6%", 3.6, "%", "C", "up", "London cocoa futures|London cocoa|cocoa", DAY(P), None),
    F("4,380 pounds", 4380, "£", "L", "up", "London cocoa futures|London cocoa|cocoa", DAY(P), None,
      unit_alt=["pound", "GBP per tonne"]),
    F("about 60%", 60, "%", "S", None, "Ghana's expected crop sold forward|crop|Ghana", ("2025-10", "2026-09"),
      "industry sources", source_alt=["sources"], period_alt=[None, DAY(P)]),
    F("two", 2, "#source", "L", None, "industry sources|sources", DAY(P), None, ctx="two industry",
      period_alt=[None]),
], ex=["No. 2"])
