"""blind60 s3: currencies written many ways (rupee, rand, lira, zloty, forint, koruna, shekel, naira, Canadian and
Australian dollars, peso), commodities (cocoa, copper, iron ore, wheat, lithium), freight rates, remittances and a
market table (b60-21..b60-30)."""
from common import *

# ---------------------------------------------------------------- 21 EM currencies: a day and a week, quotes in five notations
P = on("2026-03-27", "Friday")
WK = WEEK(P)
story("b60-21", P, """
EMERGING MARKETS-Rupee hits record low, rand has worst week since January

LONDON, March 27 — Emerging-market currencies fell for a second week on Friday as a firmer dollar and higher U.S. Treasury yields sapped risk appetite, with India's rupee sliding to a record low and South Africa's rand posting its worst week since January.

An index of emerging-market currencies fell 0.3% on the day and 0.9% for the week.

The rupee weakened to 89.94 per dollar before settling at 89.81, down 0.4% on the week, as the Reserve Bank of India was seen selling dollars near the 90 mark. Traders estimated its intervention at $2 billion-$3 billion.

The rand dropped 1.1% to R18.42/$, taking its weekly loss to 2.6%. The yield on South Africa's benchmark 2035 government bond rose 14 basis points to 9.87%.

USD/TRY rose to a record 43.78, with the lira losing 0.6% this week, in line with the central bank's managed depreciation of roughly 1.5% to 2% a month.

In central Europe, the zloty eased 0.2% to 4.2410 per euro and Hungary's forint fell 0.5% to 401.20, breaching 400 per euro for the first time since October.

The Israeli shekel bucked the trend, firming 0.3% to 3.568 per dollar.

"Positioning in the rand was very long, so this is partly profit-taking," said Ilse van Wyk, a currency strategist at Table Mountain Securities, who sees the rand at R17.90 by the end of June.
""", [
    F("0.3%", 0.3, "%", "C", "dn", "index of emerging-market currencies|index|currencies", DAY(P), None,
      ctx="fell 0.3% on the day"),
    F("0.9%", 0.9, "%", "C", "dn", "index of emerging-market currencies|index|currencies", WK, None),
    F("89.94", 89.94, "Rs", "L", "dn", "Indian rupee|rupee", DAY(P), None, unit_alt=["INR per USD"],
      direction_alt=["up"]),
    F("89.81", 89.81, "Rs", "L", None, "Indian rupee|rupee", DAY(P), None, unit_alt=["INR per USD"]),
    F("0.4%", 0.4, "%", "C", "dn", "Indian rupee|rupee", WK, None),
    RNG("$2 billion-$3 billion", 2e9, 3e9, "$", "L", None, "Reserve Bank of India's dollar sales|intervention",
        DAY(P), "Traders"),
    F("1.1%", 1.1, "%", "C", "dn", "South African rand|rand", DAY(P), None),
    F("R18.42", 18.42, "R", "L", "dn", "South African rand|rand", DAY(P), None, unit_alt=["ZAR per USD"],
      direction_alt=["up"]),
    F("2.6%", 2.6, "%", "C", "dn", "South African rand|rand", WK, None),
    F("14 basis points", 14, "bp", "C", "up", "yield on South Africa's benchmark 2035 government bond|yield", DAY(P),
      None, value_alt=[0.14], unit_alt=["percentage point"]),
    F("9.87%", 9.87, "%", "L", "up", "yield on South Africa's benchmark 2035 government bond|yield", DAY(P), None),
    F("43.78", 43.78, "TRY", "L", "up", "dollar against the Turkish lira|USD/TRY|lira", DAY(P), None,
      unit_alt=["TRY per USD"], direction_alt=["dn"]),
    F("0.6%", 0.6, "%", "C", "dn", "Turkish lira|lira", WK, None),
    RNG("roughly 1.5% to 2%", 1.5, 2, "%", "C", "dn", "Turkish central bank's managed depreciation of the lira|"
        "managed depreciation|lira", None, None, source_alt=["central bank"], kind_alt=["level"]),
    F("0.2%", 0.2, "%", "C", "dn", "Polish zloty|zloty", DAY(P), None),
    F("4.2410", 4.2410, "PLN", "L", "dn", "Polish zloty|zloty", DAY(P), None, unit_alt=["PLN per EUR"],
      direction_alt=["up"]),
    F("0.5%", 0.5, "%", "C", "dn", "Hungarian forint|forint", DAY(P), None),
    F("401.20", 401.20, "HUF", "L", "dn", "Hungarian forint|forint", DAY(P), None, unit_alt=["HUF per EUR"],
      direction_alt=["up"]),
    F("0.3%", 0.3, "%", "C", "up", "Israeli shekel|shekel", DAY(P), None, ctx="firming 0.3%"),
    F("3.568", 3.568, "ILS", "L", "up", "Israeli shekel|shekel", DAY(P), None, unit_alt=["ILS per USD"],
      direction_alt=["dn"]),
    F("R17.90", 17.90, "R", "L", "up", "South African rand|rand", (None, "2026-06"), "Ilse van Wyk",
      source_alt=["van Wyk", "currency strategist", "Table Mountain Securities"], unit_alt=["ZAR per USD"],
      period_alt=[M(2026, 6), DAY("2026-06-30")], direction_alt=[None]),
], ex=["90 mark", "breaching 400"])

# ---------------------------------------------------------------- 22 Nigerian weekly naira review: "N1,511.25/$1", reserves on Thursday
P = on("2025-09-14", "Sunday")
FRI = last(P, "Friday")
THU = last(P, "Thursday")
WK = WEEK(FRI)
PWK = WEEK(plus(FRI, -7))
story("b60-22", P, """
Naira appreciates by N18.40 as reserves climb to $42bn

By Chiamaka Eze

The naira closed the week ended Friday at N1,511.25/$1 at the official Nigerian Foreign Exchange Market (NFEM), appreciating by N18.40 or 1.2 per cent from N1,529.65/$1 the previous week.

At the parallel market in Lagos, the local currency traded at N1,535/$1 on Friday, compared with N1,550/$1 a week earlier, narrowing the gap between the two markets to N23.75.

Data from the Central Bank of Nigeria (CBN) showed gross external reserves rose by $412m during the week to $42.07bn on Thursday, the highest level since December 2018.

Turnover at the NFEM averaged $214.6m a day, up from $168.3m the previous week, as foreign portfolio investors bought into an Open Market Operations (OMO) bill auction where the 364-day stop rate was 21.98 per cent.

Analysts at Lagos-based Eko Trust Securities said the rally was supported by crude oil prices, with Bonny Light trading at $69.84 per barrel, and by oil production, which the Nigerian Upstream Petroleum Regulatory Commission put at 1.68 million barrels per day in August, including condensates.

"We expect the naira to trade between N1,480/$1 and N1,540/$1 in the coming weeks," they said in a note.
""", [
    F("N18.40", 18.40, "N", "C", "up", "Nigerian naira|naira", WK, None, ctx="appreciates by N18.40",
      unit_alt=["NGN per USD"]),
    F("$42bn", 42e9, "$", "L", "up", "Nigeria's gross external reserves|reserves", DAY(THU), None,
      source_alt=["Central Bank of Nigeria", "CBN"], period_alt=[WK]),
    F("N1,511.25", 1511.25, "N", "L", "up", "Nigerian naira at the official market|naira", DAY(FRI), None,
      unit_alt=["NGN per USD"], period_alt=[WK]),
    F("N18.40", 18.40, "N", "C", "up", "Nigerian naira|naira", WK, None, ctx="appreciating by N18.40",
      unit_alt=["NGN per USD"]),
    F("1.2 per cent", 1.2, "%", "C", "up", "Nigerian naira|naira", WK, None),
    F("N1,529.65", 1529.65, "N", "L", None, "Nigerian naira at the official market|naira", DAY(plus(FRI, -7)), None,
      unit_alt=["NGN per USD"], period_alt=[PWK]),
    F("N1,535", 1535, "N", "L", "up", "Nigerian naira at the parallel market|naira", DAY(FRI), None,
      unit_alt=["NGN per USD"], direction_alt=[None]),
    F("N1,550", 1550, "N", "L", None, "Nigerian naira at the parallel market|naira", DAY(plus(FRI, -7)), None,
      unit_alt=["NGN per USD"]),
    F("N23.75", 23.75, "N", "L", "dn", "gap between the official and parallel naira rates|gap", DAY(FRI), None,
      unit_alt=["NGN per USD"]),
    F("$412m", 412e6, "$", "C", "up", "Nigeria's gross external reserves|reserves", WK, "Central Bank of Nigeria",
      source_alt=["CBN", "Data"]),
    F("$42.07bn", 42.07e9, "$", "L", "up", "Nigeria's gross external reserves|reserves", DAY(THU),
      "Central Bank of Nigeria", source_alt=["CBN", "Data"]),
    F("$214.6m", 214.6e6, "$", "L", "up", "NFEM average daily turnover|turnover", WK, None,
      unit_alt=["USD per day"]),
    F("$168.3m", 168.3e6, "$", "L", None, "NFEM average daily turnover|turnover", PWK, None,
      unit_alt=["USD per day"]),
    F("21.98 per cent", 21.98, "%", "L", None, "364-day OMO bill stop rate|stop rate|rate", WK, None,
      period_alt=[None]),
    F("$69.84", 69.84, "$", "L", None, "Bonny Light crude price|Bonny Light|crude oil prices", DAY(FRI),
      "Analysts at Eko Trust Securities", source_alt=["Eko Trust Securities", "Analysts"],
      unit_alt=["USD per barrel"], period_alt=[WK, DAY(P)]),
    F("1.68 million barrels per day", 1.68e6, "bpd", "L", None, "Nigeria's oil production|oil production|"
      "production", M(2025, 8), "Nigerian Upstream Petroleum Regulatory Commission",
      source_alt=["Commission", "Eko Trust Securities", "Analysts"]),
    RNG("between N1,480/$1 and N1,540/$1", 1480, 1540, "N", "L", None, "Nigerian naira|naira", None,
        "Analysts at Eko Trust Securities", source_alt=["Eko Trust Securities", "they", "Analysts"],
        unit_alt=["NGN per USD"], period_alt=[(P, None)]),
], ex=["/$1", "two markets", "364-day"])

# ---------------------------------------------------------------- 23 Cocoa: futures, port arrivals by season, farmgate prices
P = on("2026-01-20", "Tuesday")
SEA = FY(2025, 10, 2026, 9)
story("b60-23", P, """
SOFTS-Cocoa falls to 22-month low as Ivory Coast arrivals run ahead

LONDON, Jan. 20 (Wire) - Cocoa futures fell to their lowest in 22 months on Tuesday as arrivals at Ivory Coast's ports ran well ahead of last season's pace and grinding data pointed to weak demand.

New York March cocoa settled down $214, or 4.3%, at $4,762 a metric ton, after touching $4,705, the weakest for a front-month contract since March 2024. London March cocoa fell 3.9% to 3,418 pounds a ton.

Prices have more than halved from a record above $12,900 set in December 2024.

Farmers in Ivory Coast, the world's biggest producer, had delivered 1.23 million tons of beans to ports between Oct. 1 and Jan. 18, up 14% from 1.08 million tons in the same period of the previous season, according to exporters' estimates.

Ivory Coast's government raised the farmgate price for the 2025/26 main crop to 2,800 CFA francs ($4.97) per kilogram in October, from 2,200 francs last season.

European cocoa grindings fell 7.1% in the fourth quarter to 318,904 tons, the European Cocoa Association said last week.

"The market is finally pricing in a surplus of 150,000 to 200,000 tons for 2025/26," said Julien Mercier, a softs analyst at Rhone Commodities.
""", [
    F("$214", 214, "$", "C", "dn", "New York March cocoa futures|cocoa", DAY(P), None, unit_alt=["USD per tonne"]),
    F("4.3%", 4.3, "%", "C", "dn", "New York March cocoa futures|cocoa", DAY(P), None),
    F("$4,762", 4762, "$", "L", "dn", "New York March cocoa futures|cocoa", DAY(P), None,
      unit_alt=["USD per tonne"]),
    F("$4,705", 4705, "$", "L", "dn", "New York March cocoa futures|cocoa", DAY(P), None,
      unit_alt=["USD per tonne"], direction_alt=[None]),
    F("3.9%", 3.9, "%", "C", "dn", "London March cocoa futures|cocoa", DAY(P), None),
    F("3,418 pounds", 3418, "£", "L", "dn", "London March cocoa futures|cocoa", DAY(P), None,
      unit_alt=["GBP per tonne", "pound"]),
    X("more than halved", 0.5, "R", "dn", "cocoa prices|prices", ("2024-12", "2026-01"), None, value_alt=[50],
      unit_alt=["percent"], kind_alt=["change"], period_alt=[("2024-12", P), DAY(P), None]),
    F("above $12,900", 12900, "$", "L", None, "record cocoa price|record|cocoa", M(2024, 12), None,
      unit_alt=["USD per tonne"]),
    F("1.23 million tons", 1.23e6, "t", "L", "up", "Ivory Coast cocoa port arrivals|beans|arrivals",
      ("2025-10-01", "2026-01-18"), "exporters' estimates", source_alt=["exporters", "estimates"]),
    F("14%", 14, "%", "C", "up", "Ivory Coast cocoa port arrivals|arrivals|beans", ("2025-10-01", "2026-01-18"),
      "exporters' estimates", source_alt=["exporters", "estimates"]),
    F("1.08 million tons", 1.08e6, "t", "L", None, "Ivory Coast cocoa port arrivals|arrivals|beans",
      ("2024-10-01", "2025-01-18"), "exporters' estimates", source_alt=["exporters", "estimates"]),
    F("2,800 CFA francs", 2800, "XOF", "L", "up", "Ivory Coast farmgate cocoa price|farmgate price|price", SEA,
      None, source_alt=["government"], unit_alt=["XOF per kilogram"],
      period_alt=[FY(2025, 10, 2026, 3), M(2025, 10)]),
    F("$4.97", 4.97, "$", "L", "up", "Ivory Coast farmgate cocoa price|farmgate price|price", SEA, None,
      source_alt=["government"], unit_alt=["USD per kilogram"], period_alt=[FY(2025, 10, 2026, 3), M(2025, 10)]),
    F("2,200 francs", 2200, "XOF", "L", None, "Ivory Coast farmgate cocoa price|farmgate price|price",
      FY(2024, 10, 2025, 9), None, source_alt=["government"], unit_alt=["XOF per kilogram"]),
    F("7.1%", 7.1, "%", "C", "dn", "European cocoa grindings|grindings", Q(2025, 4), "European Cocoa Association"),
    F("318,904 tons", 318904, "t", "L", "dn", "European cocoa grindings|grindings", Q(2025, 4),
      "European Cocoa Association"),
    RNG("150,000 to 200,000 tons", 150000, 200000, "t", "L", None, "global cocoa surplus|surplus", SEA,
        "Julien Mercier", source_alt=["Mercier", "softs analyst", "Rhone Commodities"]),
], ex=["22-month", "22 months", "fourth quarter"])

# ---------------------------------------------------------------- 24 Copper and iron ore: Comex vs LME, Dalian in yuan
P = on("2025-07-09", "Wednesday")
story("b60-24", P, """
METALS-Comex copper hits record as premium over London widens; iron ore slips

July 9 (Wire) - Copper prices in New York surged to a record on Wednesday, widening their premium over London as traders bet on U.S. import tariffs, while iron ore eased on weaker Chinese steel margins.

Most-active Comex copper futures rose as much as 3.4% to a record $5.86 a lb and were up 2.9% at $5.83 by 1400 GMT, while benchmark three-month copper on the London Metal Exchange fell 0.4% to $9,712 a metric ton. The spread between the two contracts widened to $3,140 a ton, equivalent to a premium of about 32%.

Copper stocks in LME-registered warehouses fell 2,850 tons to 104,375 tons, the lowest since February 2024.

The most-traded September iron ore contract on China's Dalian Commodity Exchange ended daytime trade 0.7% lower at 731.5 yuan ($101.87) a metric ton.

"The arbitrage will stay open until the tariff rate is known," said Oliver Grant, head of metals research at Holborn Metals Advisory, who expects the LME price to average $9,400 in the third quarter.
""", [
    F("as much as 3.4%", 3.4, "%", "C", "up", "Comex copper futures|Comex copper|copper", DAY(P), None),
    F("$5.86", 5.86, "$", "L", "up", "Comex copper futures|Comex copper|copper", DAY(P), None,
      unit_alt=["USD per pound"]),
    F("2.9%", 2.9, "%", "C", "up", "Comex copper futures|Comex copper|copper", DAY(P), None),
    F("$5.83", 5.83, "$", "L", "up", "Comex copper futures|Comex copper|copper", DAY(P), None,
      unit_alt=["USD per pound"]),
    F("0.4%", 0.4, "%", "C", "dn", "LME three-month copper|LME copper|copper", DAY(P), None),
    F("$9,712", 9712, "$", "L", "dn", "LME three-month copper|LME copper|copper", DAY(P), None,
      unit_alt=["USD per tonne"]),
    F("$3,140", 3140, "$", "L", "up", "spread between Comex and LME copper|spread|premium", DAY(P), None,
      unit_alt=["USD per tonne"]),
    F("about 32%", 32, "%", "L", None, "Comex copper premium over LME|premium", DAY(P), None,
      kind_alt=["change", "ratio"]),
    F("2,850 tons", 2850, "t", "C", "dn", "copper stocks in LME-registered warehouses|copper stocks|stocks",
      DAY(P), None),
    F("104,375 tons", 104375, "t", "L", "dn", "copper stocks in LME-registered warehouses|copper stocks|stocks",
      DAY(P), None),
    F("0.7%", 0.7, "%", "C", "dn", "Dalian September iron ore contract|iron ore", DAY(P), None),
    F("731.5 yuan", 731.5, "yuan", "L", "dn", "Dalian September iron ore contract|iron ore", DAY(P), None,
      unit_alt=["CNY per tonne"]),
    F("$101.87", 101.87, "$", "L", "dn", "Dalian September iron ore contract|iron ore", DAY(P), None,
      unit_alt=["USD per tonne"]),
    F("$9,400", 9400, "$", "L", None, "LME copper price|copper|price", Q(2025, 3), "Oliver Grant",
      source_alt=["Grant", "head of metals research", "Holborn Metals Advisory"], unit_alt=["USD per tonne"]),
], ex=["1400 GMT", "three-month", "third quarter", "two contracts"])

# ---------------------------------------------------------------- 25 Wheat: Australian, Canadian, Russian and Indian seasons in one story
P = on("2025-12-02", "Tuesday")
AUS = FY(2025, 10, 2026, 9)
MON = last(P, "Monday")
story("b60-25", P, """
GRAINS-Big southern crops weigh on wheat as Australia lifts harvest forecast

SYDNEY/WINNIPEG, Dec. 2 - Australia's wheat harvest will reach 34.6 million tonnes in 2025-26, the government's commodity forecaster ABARES said on Tuesday, raising its September estimate by 3.1 million tonnes as record yields in Western Australia offset drought losses in South Australia and Victoria.

The forecast would be the third-largest crop on record and 12% above the 10-year average. Western Australia is expected to produce 13.2 million tonnes; South Australia's crop was cut to 3.9 million tonnes, 38% below last season.

In Canada, Statistics Canada last week put the 2025 all-wheat crop at 36.2 million tonnes, up 4.8% from 2024.

The big harvests come as Russian exporters cut prices. Russian wheat with 12.5% protein for December delivery was quoted at $226 a tonne free on board on Monday, down $3 from a week earlier, according to consultancy Volga Grain Monitor. Russia's exports in the July-November period reached 19.8 million tonnes, compared with 21.4 million a year earlier.

Chicago Board of Trade March wheat fell 1.2% to $5.31-1/4 a bushel on Tuesday.

In India, the government has set a wheat procurement target of 31 million tonnes for the 2026-27 rabi marketing season, up from the 30.1 million tonnes bought in 2025-26, and raised the minimum support price by 6.6% to Rs 2,585 per quintal.

"Between Australia, Argentina and Canada we have an extra 9 to 10 million tonnes of exportable wheat compared with last year," said Naomi Fairweather, a grains analyst at Southern Ag Partners in Melbourne. "That caps any rally until the northern spring."
""", [
    F("34.6 million tonnes", 34.6e6, "t", "L", "up", "Australia's wheat harvest|wheat harvest|harvest", AUS,
      "ABARES", period_alt=[Y(2025), FY(2025, 7, 2026, 6)]),
    F("3.1 million tonnes", 3.1e6, "t", "C", "up", "ABARES estimate of Australia's wheat harvest|estimate|harvest",
      AUS, "ABARES", period_alt=[Y(2025), FY(2025, 7, 2026, 6)]),
    F("12%", 12, "%", "C", "up", "Australia's wheat crop against the 10-year average|crop|forecast", AUS, None,
      source_alt=["ABARES"], period_alt=[Y(2025), FY(2025, 7, 2026, 6)]),
    F("13.2 million tonnes", 13.2e6, "t", "L", None, "Western Australia's wheat crop|Western Australia|crop", AUS,
      None, source_alt=["ABARES"], period_alt=[Y(2025), FY(2025, 7, 2026, 6)]),
    F("3.9 million tonnes", 3.9e6, "t", "L", "dn", "South Australia's wheat crop|South Australia|crop", AUS, None,
      source_alt=["ABARES"], period_alt=[Y(2025), FY(2025, 7, 2026, 6)]),
    F("38%", 38, "%", "C", "dn", "South Australia's wheat crop|South Australia|crop", AUS, None,
      source_alt=["ABARES"], period_alt=[Y(2025), FY(2025, 7, 2026, 6)]),
    F("36.2 million tonnes", 36.2e6, "t", "L", "up", "Canada's all-wheat crop|all-wheat crop|crop", Y(2025),
      "Statistics Canada", period_alt=[FY(2025, 8, 2026, 7)]),
    F("4.8%", 4.8, "%", "C", "up", "Canada's all-wheat crop|all-wheat crop|crop", Y(2025), "Statistics Canada",
      period_alt=[FY(2025, 8, 2026, 7)]),
    F("$226", 226, "$", "L", "dn", "Russian wheat export price|Russian wheat|price", DAY(MON), "Volga Grain Monitor",
      source_alt=["consultancy"], unit_alt=["USD per tonne"]),
    F("$3", 3, "$", "C", "dn", "Russian wheat export price|Russian wheat|price", (plus(MON, -7), MON),
      "Volga Grain Monitor", ctx="down $3 from", source_alt=["consultancy"], unit_alt=["USD per tonne"], period_alt=[DAY(MON)]),
    F("19.8 million tonnes", 19.8e6, "t", "L", "dn", "Russia's wheat exports|exports", MM(2025, 7, 2025, 11), None),
    F("21.4 million", 21.4e6, "t", "L", None, "Russia's wheat exports|exports", MM(2024, 7, 2024, 11), None),
    F("1.2%", 1.2, "%", "C", "dn", "Chicago Board of Trade March wheat|CBOT wheat|wheat", DAY(P), None),
    F("$5.31-1/4", 5.3125, "$", "L", "dn", "Chicago Board of Trade March wheat|CBOT wheat|wheat", DAY(P), None,
      unit_alt=["USD per bushel"], value_alt=[5.31]),
    F("31 million tonnes", 31e6, "t", "L", "up", "India's wheat procurement target|procurement target|target",
      FY(2026, 4, 2027, 3), None, source_alt=["government"], direction_alt=[None]),
    F("30.1 million tonnes", 30.1e6, "t", "L", None, "India's wheat procurement|wheat bought|procurement",
      FY(2025, 4, 2026, 3), None, source_alt=["government"]),
    F("6.6%", 6.6, "%", "C", "up", "India's wheat minimum support price|minimum support price|price",
      FY(2026, 4, 2027, 3), None, source_alt=["government"], period_alt=[None]),
    F("Rs 2,585", 2585, "Rs", "L", "up", "India's wheat minimum support price|minimum support price|price",
      FY(2026, 4, 2027, 3), None, source_alt=["government"], unit_alt=["INR per quintal"], period_alt=[None]),
    RNG("9 to 10 million tonnes", 9e6, 10e6, "t", "C", "up", "exportable wheat from Australia, Argentina and "
        "Canada|exportable wheat|wheat", AUS, "Naomi Fairweather", source_alt=["Fairweather", "grains analyst",
                                                                             "Southern Ag Partners", "we"],
        kind_alt=["level"], period_alt=[None, DAY(P)]),
], ex=["third-largest", "10-year", "12.5% protein"])

# ---------------------------------------------------------------- 26 Lithium: September quarter report, December-quarter and FY26 guidance
P = on("2025-10-29", "Wednesday")
SQ = Q(2025, 3)
MUN = ["Mundaring Lithium", "Mundaring", "company"]
TUE = last(P, "Tuesday")
story("b60-26", P, """
Mundaring lifts output as lithium prices stage tentative recovery

PERTH — Mundaring Lithium produced 168,400 dry metric tonnes of spodumene concentrate in the September quarter, up 9% on the June quarter, and said it expected output of 160,000 to 175,000 tonnes in the December quarter as it brings a new crushing circuit online.

Sales in the three months to September 30 totalled 171,900 tonnes at an average realised price of US$812 a tonne on an SC6 basis, up 17% quarter on quarter. Unit operating costs fell 6% to A$618 a tonne, free on board.

The company ended the quarter with cash of A$384 million and no debt.

FY26 production guidance of 640,000 to 700,000 tonnes was unchanged, though the company narrowed its cost guidance to A$590 to A$640 a tonne from A$580 to A$660.

Spot prices have rallied since June. Chinese lithium carbonate was quoted at 78,500 yuan a tonne on Tuesday, up 32% from a four-year low of 59,400 yuan in late June, while spodumene concentrate delivered to China rose to US$905 a tonne, according to price reporting agency Asia Battery Metals Index.

Mundaring shares rose 5.1% to A$2.68.

"We are not calling a new boom, but at US$900 most Australian hard-rock mines make money again," managing director Priya Raman said. She said restarting the idled Kalgan deposit would require prices above US$1,200 for at least two quarters.
""", [
    F("168,400 dry metric tonnes", 168400, "dry metric tonne", "L", "up", "Mundaring spodumene concentrate output|"
      "spodumene concentrate|output", SQ, None, source_alt=MUN),
    F("9%", 9, "%", "C", "up", "Mundaring spodumene concentrate output|output", SQ, None, source_alt=MUN),
    RNG("160,000 to 175,000 tonnes", 160000, 175000, "t", "L", None, "Mundaring spodumene concentrate output|output",
        Q(2025, 4), "Mundaring Lithium", source_alt=["Mundaring", "company"]),
    F("171,900 tonnes", 171900, "t", "L", None, "Mundaring spodumene sales|sales", SQ, None, source_alt=MUN),
    F("US$812", 812, "$", "L", "up", "Mundaring average realised spodumene price|average realised price|price", SQ,
      None, source_alt=MUN, unit_alt=["USD per tonne"], direction_alt=[None]),
    F("17%", 17, "%", "C", "up", "Mundaring average realised spodumene price|average realised price|price", SQ,
      None, source_alt=MUN),
    F("6%", 6, "%", "C", "dn", "Mundaring unit operating costs|unit operating costs|costs", SQ, None,
      source_alt=MUN),
    F("A$618", 618, "A$", "L", "dn", "Mundaring unit operating costs|unit operating costs|costs", SQ, None,
      source_alt=MUN, unit_alt=["AUD per tonne"]),
    F("A$384 million", 384e6, "A$", "L", None, "Mundaring cash|cash", DAY("2025-09-30"), None, source_alt=MUN,
      period_alt=[SQ]),
    RNG("640,000 to 700,000 tonnes", 640000, 700000, "t", "L", "unch", "Mundaring FY26 production guidance|"
        "production guidance|production", FY(2025, 7, 2026, 6), None, source_alt=MUN, direction_alt=[None]),
    RNG("A$590 to A$640", 590, 640, "A$", "L", None, "Mundaring unit cost guidance|cost guidance|costs",
        FY(2025, 7, 2026, 6), None, source_alt=MUN, unit_alt=["AUD per tonne"]),
    RNG("A$580 to A$660", 580, 660, "A$", "L", None, "Mundaring unit cost guidance|cost guidance|costs",
        FY(2025, 7, 2026, 6), None, source_alt=MUN, unit_alt=["AUD per tonne"]),
    F("78,500 yuan", 78500, "yuan", "L", "up", "Chinese lithium carbonate price|lithium carbonate|price", DAY(TUE),
      "Asia Battery Metals Index", source_alt=["price reporting agency"], unit_alt=["CNY per tonne"]),
    F("32%", 32, "%", "C", "up", "Chinese lithium carbonate price|lithium carbonate|price", ("2025-06", "2025-10"),
      "Asia Battery Metals Index", source_alt=["price reporting agency"],
      period_alt=[("2025-06", TUE), DAY(TUE)]),
    F("59,400 yuan", 59400, "yuan", "L", None, "Chinese lithium carbonate price|lithium carbonate|price",
      M(2025, 6), "Asia Battery Metals Index", source_alt=["price reporting agency"], unit_alt=["CNY per tonne"]),
    F("US$905", 905, "$", "L", "up", "price of spodumene concentrate delivered to China|spodumene concentrate|price",
      DAY(TUE), "Asia Battery Metals Index", source_alt=["price reporting agency"], unit_alt=["USD per tonne"],
      period_alt=[None]),
    F("5.1%", 5.1, "%", "C", "up", "Mundaring shares|shares", DAY(P), None),
    F("A$2.68", 2.68, "A$", "L", "up", "Mundaring shares|shares|share price", DAY(P), None),
    F("US$900", 900, "$", "L", None, "spodumene price|price", None, "Priya Raman",
      source_alt=["Raman", "managing director"], unit_alt=["USD per tonne"]),
    F("above US$1,200", 1200, "$", "L", None, "spodumene price needed to restart the Kalgan deposit|price", None,
      "Priya Raman", source_alt=["Raman", "She"], unit_alt=["USD per tonne"]),
], ex=["September quarter", "June quarter", "December quarter", "three months", "SC6", "ended the quarter",
       "FY26", "four-year", "at least two quarters", "quarter on quarter"])

# ---------------------------------------------------------------- 27 Freight: dry bulk indices for the week, container and tanker rates
P = on("2026-06-26", "Friday")
WK = WEEK(P)
story("b60-27", P, """
SINGAPORE/LONDON, June 26 — Rates for the largest dry bulk ships climbed to their highest in 18 months this week, driven by a surge in iron ore cargoes from Brazil and West Africa, while container spot rates on the main Asia-Europe route fell for a fourth week.

The Baltic Exchange's capesize index rose 412 points, or 11.6%, over the week to 3,962 points on Friday. Average daily earnings for capesizes were $32,790, up from $29,384 a week earlier.

The panamax index gained 2.1% on the week to 1,614. The overall Baltic Dry Index, which factors in rates for capesize, panamax and supramax ships, rose 8.4% to 2,247.

"The tonne-mile effect from longer Atlantic voyages is doing the heavy lifting," said Kasper Lund, head of dry bulk research at Skagerrak Shipbrokers. He expects capesize earnings to average $27,000 a day in the third quarter.

In containers, the cost of shipping a 40-foot box from Shanghai to Rotterdam fell 6% to $2,618, according to a weekly index published by consultancy Northsea Freight Analytics, and Shanghai-Genoa rates dropped 4% to $2,944. Compared with the same week last year, Asia-Europe rates are 58% lower.

Tanker earnings on the benchmark Middle East Gulf-China route averaged $46,500 a day this week, compared with $38,200 last week, as Middle East producers raised exports.
""", [
    F("412 points", 412, "pt", "C", "up", "Baltic Exchange capesize index|capesize index|index", WK, None,
      source_alt=["Baltic Exchange"]),
    F("11.6%", 11.6, "%", "C", "up", "Baltic Exchange capesize index|capesize index|index", WK, None,
      source_alt=["Baltic Exchange"]),
    F("3,962 points", 3962, "pt", "L", "up", "Baltic Exchange capesize index|capesize index|index", DAY(P), None,
      source_alt=["Baltic Exchange"], period_alt=[WK]),
    F("$32,790", 32790, "$", "L", "up", "average daily earnings for capesizes|capesize earnings|earnings", DAY(P),
      None, unit_alt=["USD per day"], period_alt=[WK]),
    F("$29,384", 29384, "$", "L", None, "average daily earnings for capesizes|capesize earnings|earnings",
      DAY(plus(P, -7)), None, unit_alt=["USD per day"], period_alt=[WEEK(plus(P, -7))]),
    F("2.1%", 2.1, "%", "C", "up", "Baltic Exchange panamax index|panamax index|index", WK, None),
    F("1,614", 1614, "pt", "L", "up", "Baltic Exchange panamax index|panamax index|index", DAY(P), None,
      period_alt=[WK], unit_alt=[None]),
    F("8.4%", 8.4, "%", "C", "up", "Baltic Dry Index|index", WK, None),
    F("2,247", 2247, "pt", "L", "up", "Baltic Dry Index|index", DAY(P), None, period_alt=[WK], unit_alt=[None]),
    F("$27,000", 27000, "$", "L", None, "capesize earnings|earnings", Q(2026, 3), "Kasper Lund",
      source_alt=["Lund", "He", "Skagerrak Shipbrokers"], unit_alt=["USD per day"]),
    F("6%", 6, "%", "C", "dn", "container rate from Shanghai to Rotterdam|cost of shipping|rate", WK,
      "Northsea Freight Analytics", ctx="fell 6%", source_alt=["consultancy", "weekly index"]),
    F("$2,618", 2618, "$", "L", "dn", "container rate from Shanghai to Rotterdam|cost of shipping|rate", WK,
      "Northsea Freight Analytics", source_alt=["consultancy", "weekly index"],
      unit_alt=["USD per 40-foot container"]),
    F("4%", 4, "%", "C", "dn", "Shanghai-Genoa container rates|rates", WK, "Northsea Freight Analytics", ctx="dropped 4%",
      source_alt=["consultancy", "weekly index"]),
    F("$2,944", 2944, "$", "L", "dn", "Shanghai-Genoa container rates|rates", WK, "Northsea Freight Analytics",
      source_alt=["consultancy", "weekly index"], unit_alt=["USD per 40-foot container"]),
    F("58%", 58, "%", "C", "dn", "Asia-Europe container rates|rates", WK, None,
      source_alt=["Northsea Freight Analytics"]),
    F("$46,500", 46500, "$", "L", "up", "tanker earnings on the Middle East Gulf-China route|tanker earnings|"
      "earnings", WK, None, unit_alt=["USD per day"]),
    F("$38,200", 38200, "$", "L", None, "tanker earnings on the Middle East Gulf-China route|tanker earnings|"
      "earnings", WEEK(plus(P, -7)), None, unit_alt=["USD per day"]),
], ex=["18 months", "40-foot", "third quarter"])

# ---------------------------------------------------------------- 28 Canadian CPI by province, the loonie in two notations, the Aussie in US$
P = on("2026-07-15", "Wednesday")
JUN = M(2026, 6)
SC = ["Statistics Canada"]
story("b60-28", P, """
OTTAWA, July 15 (Wire) - Canada's annual inflation rate accelerated to 2.3% in June from 1.9% in May, Statistics Canada said on Wednesday, slightly above the 2.2% analysts had expected.

On a monthly basis, the consumer price index rose 0.3%. Gasoline prices were down 9.6% from a year earlier, a smaller decline than May's 13.1% drop. Excluding gasoline, prices rose 2.9%.

Shelter costs rose 3.0%, with rents up 4.4%.

Among the provinces, prices rose the most in Quebec, at 3.1%, and the least in Alberta, at 1.6%. Ontario's rate was 2.2% and British Columbia's 2.5%.

The Canadian dollar weakened 0.3% to 1.3738 per U.S. dollar, or 72.79 U.S. cents, as traders pared bets on a rate cut. Money markets now see a 35% chance the Bank of Canada will lower its 2.75% policy rate on July 29, down from about 50% before the data.

"There is nothing here to push the bank into a cut in July; we pencil in one in October," said Aidan Whitford, an economist at Fundy Capital. He expects inflation to average 2.1% in 2026.

Elsewhere, the Australian dollar held at US$0.6612 after data showed Australia's unemployment rate rose to 4.3% in June.
""", [
    F("2.3%", 2.3, "%", "L", "up", "Canada's annual inflation rate|inflation rate|inflation", JUN,
      "Statistics Canada", kind_alt=["change"]),
    F("1.9%", 1.9, "%", "L", None, "Canada's annual inflation rate|inflation rate|inflation", M(2026, 5),
      "Statistics Canada", kind_alt=["change"]),
    F("2.2%", 2.2, "%", "L", None, "analysts' forecast for Canadian inflation|forecast|inflation", JUN, "analysts",
      ctx="the 2.2% analysts", kind_alt=["change"]),
    F("0.3%", 0.3, "%", "C", "up", "Canada's consumer price index|consumer price index|index", JUN, None,
      ctx="rose 0.3%", source_alt=SC),
    F("9.6%", 9.6, "%", "C", "dn", "Canadian gasoline prices|gasoline prices|prices", JUN, None, source_alt=SC),
    F("13.1%", 13.1, "%", "C", "dn", "Canadian gasoline prices|gasoline prices|prices", M(2026, 5), None,
      source_alt=SC),
    F("2.9%", 2.9, "%", "C", "up", "Canadian prices excluding gasoline|prices", JUN, None, source_alt=SC),
    F("3.0%", 3.0, "%", "C", "up", "Canadian shelter costs|shelter costs|costs", JUN, None, source_alt=SC),
    F("4.4%", 4.4, "%", "C", "up", "Canadian rents|rents", JUN, None, source_alt=SC),
    F("3.1%", 3.1, "%", "C", "up", "Quebec consumer prices|Quebec|prices", JUN, None, ctx="Quebec, at 3.1%", source_alt=SC,
      kind_alt=["level"]),
    F("1.6%", 1.6, "%", "C", "up", "Alberta consumer prices|Alberta|prices", JUN, None, source_alt=SC,
      kind_alt=["level"]),
    F("2.2%", 2.2, "%", "L", None, "Ontario's inflation rate|Ontario|rate", JUN, None,
      ctx="Ontario's rate was 2.2%", source_alt=SC, kind_alt=["change"]),
    F("2.5%", 2.5, "%", "L", None, "British Columbia's inflation rate|British Columbia|rate", JUN, None,
      source_alt=SC, kind_alt=["change"]),
    F("0.3%", 0.3, "%", "C", "dn", "Canadian dollar", DAY(P), None, ctx="weakened 0.3%"),
    F("1.3738", 1.3738, "C$", "L", "dn", "Canadian dollar", DAY(P), None, unit_alt=["CAD per USD"],
      direction_alt=["up"]),
    CENTS("72.79 U.S. cents", 72.79, "$", "L", "dn", "Canadian dollar", DAY(P), None,
          unit_alt=["USD per CAD", "U.S. cent"]),
    F("35%", 35, "%", "L", None, "market-implied chance of a Bank of Canada rate cut|chance", None, "Money markets",
      source_alt=["markets"], kind_alt=["share"], direction_alt=["dn"],
      period_alt=[DAY(P), DAY("2026-07-29")]),
    F("2.75%", 2.75, "%", "L", None, "Bank of Canada policy rate|policy rate|rate", DAY(P), None,
      source_alt=["Bank of Canada"], period_alt=[None]),
    F("about 50%", 50, "%", "L", None, "market-implied chance of a Bank of Canada rate cut|chance", DAY(P),
      "Money markets", source_alt=["markets"], kind_alt=["share"], period_alt=[None]),
    F("one", 1, "#cut", "L", None, "Bank of Canada rate cuts|cut", M(2026, 10), "Aidan Whitford",
      ctx="pencil in one", source_alt=["Whitford", "economist", "Fundy Capital", "we"], kind_alt=["change"]),
    F("2.1%", 2.1, "%", "L", None, "Canadian inflation|inflation", Y(2026), "Aidan Whitford",
      source_alt=["Whitford", "He", "Fundy Capital"], kind_alt=["change"]),
    F("US$0.6612", 0.6612, "$", "L", "unch", "Australian dollar", DAY(P), None, unit_alt=["USD per AUD"],
      direction_alt=[None]),
    F("4.3%", 4.3, "%", "L", "up", "Australia's unemployment rate|unemployment rate|rate", JUN, None,
      source_alt=["data"]),
])

# ---------------------------------------------------------------- 29 Philippine remittances: March, the quarter, "of which" land- and sea-based
P = on("2025-05-15", "Thursday")
MAR = M(2025, 3)
Q1 = Q(2025, 1)
BSP = ["Bangko Sentral ng Pilipinas", "BSP"]
story("b60-29", P, """
MANILA, Philippines — Cash remittances coursed through banks by overseas Filipinos rose 2.8 percent to $2.87 billion in March from $2.79 billion a year earlier, the Bangko Sentral ng Pilipinas (BSP) said Thursday.

This brought cash remittances in the first quarter to $8.74 billion, up 3.0 percent year-on-year.

Personal remittances, which include money sent through informal channels and in kind, grew 2.9 percent to $3.19 billion in March.

The United States remained the top source, accounting for 40.6 percent of cash remittances in the January-to-March period, followed by Singapore, Saudi Arabia, Japan and the United Kingdom. Remittances from the US rose 4.4 percent, while those from Saudi Arabia fell 6.1 percent.

Land-based workers sent $2.21 billion in March, and sea-based workers $0.66 billion.

The BSP expects cash remittances to grow 3 percent this year, after a 3.0 percent expansion in 2024 to a record $34.51 billion, equivalent to about 7.9 percent of gross domestic product.

Remittances typically rise before the school opening in June and in the run-up to Christmas, said Ruben Castillo, chief economist at Visayas Commercial Bank. "A weaker peso helps. Every one-peso drop adds roughly P30 billion to the value of what families receive in a year," he said.

The peso closed at P55.71 to $1 on Thursday, from P55.48 on Wednesday.
""", [
    F("2.8 percent", 2.8, "%", "C", "up", "cash remittances from overseas Filipinos|cash remittances|remittances", MAR,
      "Bangko Sentral ng Pilipinas", source_alt=["BSP"]),
    F("$2.87 billion", 2.87e9, "$", "L", "up", "cash remittances from overseas Filipinos|cash remittances|"
      "remittances", MAR, "Bangko Sentral ng Pilipinas", source_alt=["BSP"]),
    F("$2.79 billion", 2.79e9, "$", "L", None, "cash remittances from overseas Filipinos|cash remittances|"
      "remittances", M(2024, 3), "Bangko Sentral ng Pilipinas", source_alt=["BSP"]),
    F("$8.74 billion", 8.74e9, "$", "L", "up", "Philippine cash remittances|cash remittances|remittances", Q1, None,
      source_alt=BSP),
    F("3.0 percent", 3.0, "%", "C", "up", "Philippine cash remittances|cash remittances|remittances", Q1, None,
      ctx="up 3.0 percent", source_alt=BSP),
    F("2.9 percent", 2.9, "%", "C", "up", "Philippine personal remittances|personal remittances|remittances", MAR,
      None, source_alt=BSP),
    F("$3.19 billion", 3.19e9, "$", "L", "up", "Philippine personal remittances|personal remittances|remittances",
      MAR, None, source_alt=BSP),
    F("40.6 percent", 40.6, "%", "S", None, "United States' share of Philippine cash remittances|United States|share",
      Q1, None, source_alt=BSP),
    F("4.4 percent", 4.4, "%", "C", "up", "remittances from the US|remittances", Q1, None, source_alt=BSP),
    F("6.1 percent", 6.1, "%", "C", "dn", "remittances from Saudi Arabia|remittances", Q1, None, source_alt=BSP),
    F("$2.21 billion", 2.21e9, "$", "L", None, "remittances from land-based workers|land-based workers|remittances",
      MAR, None, source_alt=BSP),
    F("$0.66 billion", 0.66e9, "$", "L", None, "remittances from sea-based workers|sea-based workers|remittances",
      MAR, None, source_alt=BSP),
    F("3 percent", 3, "%", "C", "up", "Philippine cash remittances|cash remittances|remittances", Y(2025), "BSP",
      source_alt=["Bangko Sentral ng Pilipinas"]),
    F("3.0 percent", 3.0, "%", "C", "up", "Philippine cash remittances|cash remittances|remittances", Y(2024), None,
      ctx="a 3.0 percent expansion", source_alt=BSP),
    F("$34.51 billion", 34.51e9, "$", "L", "up", "Philippine cash remittances|cash remittances|remittances",
      Y(2024), None, source_alt=BSP, direction_alt=[None]),
    F("about 7.9 percent", 7.9, "%", "S", None, "Philippine cash remittances as a share of GDP|remittances|"
      "gross domestic product", Y(2024), None, source_alt=BSP, kind_alt=["ratio"]),
    F("roughly P30 billion", 30e9, "P", "L", "up", "value of remittances received by families|remittances|value",
      None, "Ruben Castillo", source_alt=["Castillo", "chief economist", "Visayas Commercial Bank", "he"],
      kind_alt=["change"], direction_alt=[None]),
    F("P55.71", 55.71, "P", "L", "dn", "Philippine peso|peso", DAY(P), None, unit_alt=["PHP per USD"],
      direction_alt=["up"]),
    F("P55.48", 55.48, "P", "L", None, "Philippine peso|peso", DAY(last(P, "Wednesday")), None,
      unit_alt=["PHP per USD"]),
], ex=["first quarter", "one-peso", "to $1"])

# ---------------------------------------------------------------- 30 Weekly market table: closes, week and year-to-date changes
P = on("2026-10-10", "Saturday")
FRI = last(P, "Friday")
WK = WEEK(FRI)
YT = ("2026-01", "2026-10")
YT_ALT = [("2026-01-01", FRI)]
story("b60-30", P, """
WEEKLY WRAP: Emerging stocks post best week since July as rate-cut hopes build

Stock markets in Istanbul, Warsaw and Johannesburg led gains among emerging markets this week as falling inflation in several countries strengthened bets on interest-rate cuts before the end of the year.

How the main indices closed on Friday:

Index | Close | Week | Year to date
JSE All Share | 104,218.6 | +2.4% | +19.8%
BIST 100 | 11,382.04 | +3.7% | +26.1%
WIG20 | 2,941.55 | +1.6% | +22.4%
Nifty 50 | 25,640.10 | +0.9% | +8.3%
S&P/TSX Composite | 31,206.7 | -0.4% | +18.2%

Istanbul's banks index surged 6.2% on the week. In Johannesburg, gold miners rose 5.4% as bullion climbed.

Foreign investors sold a net $1.42 billion of Indian shares in the week, taking outflows this year to $17.6 billion, according to depository data.

Toronto's S&P/TSX Composite slipped 0.4%, hit by a 2.8% fall in energy shares as U.S. crude fell below $58 a barrel.
""", [
    F("104,218.6", 104218.6, None, "L", None, "JSE All Share index|JSE All Share|index", DAY(FRI), None,
      unit_alt=["point"], direction_alt=["up"]),
    F("2.4%", 2.4, "%", "C", "up", "JSE All Share index|JSE All Share|index", WK, None, ctx="+2.4%"),
    F("19.8%", 19.8, "%", "C", "up", "JSE All Share index|JSE All Share|index", YT, None, period_alt=YT_ALT),
    F("11,382.04", 11382.04, None, "L", None, "BIST 100 index|BIST 100|index", DAY(FRI), None, unit_alt=["point"],
      direction_alt=["up"]),
    F("3.7%", 3.7, "%", "C", "up", "BIST 100 index|BIST 100|index", WK, None),
    F("26.1%", 26.1, "%", "C", "up", "BIST 100 index|BIST 100|index", YT, None, period_alt=YT_ALT),
    F("2,941.55", 2941.55, None, "L", None, "WIG20 index|WIG20|index", DAY(FRI), None, unit_alt=["point"],
      direction_alt=["up"]),
    F("1.6%", 1.6, "%", "C", "up", "WIG20 index|WIG20|index", WK, None),
    F("22.4%", 22.4, "%", "C", "up", "WIG20 index|WIG20|index", YT, None, period_alt=YT_ALT),
    F("25,640.10", 25640.10, None, "L", None, "Nifty 50 index|Nifty 50|index", DAY(FRI), None, unit_alt=["point"],
      direction_alt=["up"]),
    F("0.9%", 0.9, "%", "C", "up", "Nifty 50 index|Nifty 50|index", WK, None),
    F("8.3%", 8.3, "%", "C", "up", "Nifty 50 index|Nifty 50|index", YT, None, period_alt=YT_ALT),
    F("31,206.7", 31206.7, None, "L", None, "S&P/TSX Composite index|S&P/TSX Composite|index", DAY(FRI), None,
      unit_alt=["point"], direction_alt=["dn"]),
    F("0.4%", 0.4, "%", "C", "dn", "S&P/TSX Composite index|S&P/TSX Composite|index", WK, None, ctx="-0.4%",
      value_alt=[-0.4]),
    F("18.2%", 18.2, "%", "C", "up", "S&P/TSX Composite index|S&P/TSX Composite|index", YT, None,
      period_alt=YT_ALT),
    F("6.2%", 6.2, "%", "C", "up", "Istanbul banks index|banks index|banks", WK, None),
    F("5.4%", 5.4, "%", "C", "up", "Johannesburg gold miners|gold miners|miners", WK, None),
    F("$1.42 billion", 1.42e9, "$", "L", None, "foreign investors' net sales of Indian shares|net sales|Indian shares",
      WK, "depository data", source_alt=["depository"]),
    F("$17.6 billion", 17.6e9, "$", "L", None, "foreign outflows from Indian shares|outflows", YT, "depository data",
      source_alt=["depository"], period_alt=YT_ALT),
    F("0.4%", 0.4, "%", "C", "dn", "S&P/TSX Composite index|S&P/TSX Composite|index", WK, None,
      ctx="slipped 0.4%"),
    F("2.8%", 2.8, "%", "C", "dn", "Toronto energy shares|energy shares|shares", WK, None),
    F("below $58", 58, "$", "L", "dn", "U.S. crude oil price|U.S. crude|crude", WK, None,
      unit_alt=["USD per barrel"], period_alt=[DAY(FRI)]),
], ex=["BIST 100", "WIG20", "Nifty 50"])
