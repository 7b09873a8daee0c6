"""blind57 s2: crops and marketing years, dairy, ports, fisheries, coal and oil output, dry bulk, a miner's
results (b57-11..b57-20)."""
from common import *

CAD = "CAD"
NZD = "NZD"

# ---------------------------------------------------------------- 11 Canadian canola outlook (Canadian)
P = on("2026-03-20", "Friday")
MY26 = FY(2026, 8, 2027, 7)
MY25 = FY(2025, 8, 2026, 7)
AAFC = "Agriculture and Agri-Food Canada"
story("b57-11", P, """
Canadian canola exports are forecast to fall to 7.4 million tonnes in the 2026-27 marketing year, down from an estimated 9.1 million tonnes in 2025-26, as Chinese tariffs keep Prairie seed out of its biggest market, Agriculture and Agri-Food Canada said on Friday.

In its first outlook for the new crop year, the department said canola production would edge up to 19.6 million tonnes, while ending stocks are set to more than double to 3.3 million tonnes. Domestic crush is expected to hit a record 11.8 million tonnes as two new plants in Saskatchewan start up.

Farmers intend to seed 21.9 million acres of canola this spring, compared with 21.5 million acres last year, according to a Statistics Canada survey released last week.

All-wheat production, excluding durum, would reach 27.2 million tonnes, the department said, while analysts at Prairie Ridge Grain said wheat exports could top 20 million tonnes for a third straight year.

Canola futures on ICE fell 1.8 per cent on Friday to C$642.50 a tonne, their lowest since late October, compared with C$701 a tonne a month earlier.

"Farmers are being squeezed from both ends," said Lorna Hutchuk, a grain marketing adviser in Regina, who estimates that input costs have risen about 6 per cent over the past year.
""", [
    F("7.4 million tonnes", 7.4e6, "t", "L", "dn", "Canadian canola exports|canola exports|exports", MY26, AAFC,
      source_alt=["department"]),
    F("an estimated 9.1 million tonnes", 9.1e6, "t", "L", None, "Canadian canola exports|canola exports|exports",
      MY25, AAFC, source_alt=["department"]),
    F("19.6 million tonnes", 19.6e6, "t", "L", "up", "Canadian canola production|canola production|production",
      MY26, "department", source_alt=[AAFC], period_alt=[Y(2026)]),
    X("more than double", 2, "R", "up", "canola ending stocks|ending stocks|stocks", MY26, "department",
      source_alt=[AAFC], kind_alt=["change"]),
    F("3.3 million tonnes", 3.3e6, "t", "L", "up", "canola ending stocks|ending stocks|stocks", MY26, "department",
      source_alt=[AAFC], period_alt=["2027-07"]),
    F("two", 2, "#plant", "L", None, "new crush plants in Saskatchewan|crush plants|plants", None, None,
      period_alt=[MY26]),
    F("11.8 million tonnes", 11.8e6, "t", "L", "up", "Canada's domestic canola crush|domestic crush|crush", MY26,
      None, source_alt=["department", AAFC]),
    F("21.9 million acres", 21.9e6, "acre", "L", None, "canola area farmers intend to seed|canola area|area",
      Y(2026), "Statistics Canada", source_alt=["survey"], direction_alt=["up"]),
    F("21.5 million acres", 21.5e6, "acre", "L", None, "canola area seeded|canola area|area", Y(2025),
      "Statistics Canada", source_alt=["survey"]),
    F("27.2 million tonnes", 27.2e6, "t", "L", "up", "Canadian all-wheat production excluding durum|wheat production|production",
      MY26, "department", source_alt=[AAFC], period_alt=[Y(2026)]),
    F("20 million tonnes", 20e6, "t", "L", None, "Canadian wheat exports|wheat exports|exports", MY26,
      "Prairie Ridge Grain", source_alt=["analysts"], direction_alt=["up"]),
    F("1.8 per cent", 1.8, "%", "C", "dn", "ICE canola futures|canola futures|futures", DAY(P), None),
    F("C$642.50", 642.50, "C$", "L", "dn", "ICE canola futures|canola futures|futures", DAY(P), None,
      unit_alt=["CAD per tonne"]),
    F("C$701", 701, "C$", "L", None, "ICE canola futures|canola futures|futures", DAY(month_ago(P)), None,
      unit_alt=["CAD per tonne"], period_alt=["2026-02"]),
    F("about 6 per cent", 6, "%", "C", "up", "farm input costs|input costs|costs", (year_ago(P), P), "Lorna Hutchuk",
      source_alt=["Hutchuk", "adviser"], period_alt=[None]),
], ex=["third straight year"])

# ---------------------------------------------------------------- 12 Philippine sugar crop year
P = on("2026-01-18", "Sunday")
CY = FY(2025, 9, 2026, 8)
SRA = "Sugar Regulatory Administration"
DA = "Department of Agriculture"
H1 = ("2026-01-01", "2026-01-15")
story("b57-12", P, """
Raw sugar production is expected to reach 1.92 million metric tons in crop year 2025-2026, up 7.3 percent from 1.79 million MT in the previous season, the Sugar Regulatory Administration (SRA) said on Sunday.

In its latest supply and demand report, the SRA said milling in Negros Occidental, which accounts for about 55 percent of national output, was running ahead of last year's pace, with 24 of the country's 28 sugar mills operating as of January 11.

Demand is pegged at 2.15 million MT, leaving a gap that the agency plans to fill with imports of up to 240,000 MT before the crop year ends in August.

Millgate prices of raw sugar averaged P2,480 per 50-kilogram bag in the first half of the month, compared with P2,610 in the same period of December, while retail prices of refined sugar in Metro Manila ranged from P78 to P85 per kilo, the Department of Agriculture said.

"We do not want a repeat of 2023, when prices hit P110," SRA Administrator Joaquin Lacson said in an interview.

Visayas Cane Growers Federation president Emilio Garrido said farmers needed a millgate price of at least P2,600 per bag to break even, while the Panay Sugar Planters Association said fertilizer costs had risen 14 percent this crop year.
""", [
    F("1.92 million metric tons", 1.92e6, "t", "L", "up", "Philippine raw sugar production|raw sugar production|production",
      CY, "SRA", source_alt=[SRA]),
    F("7.3 percent", 7.3, "%", "C", "up", "Philippine raw sugar production|raw sugar production|production", CY, "SRA",
      source_alt=[SRA]),
    F("1.79 million MT", 1.79e6, "t", "L", None, "Philippine raw sugar production|raw sugar production|production",
      FY(2024, 9, 2025, 8), None, source_alt=["SRA", SRA], unit_alt=["MT"]),
    F("about 55 percent", 55, "%", "S", None, "Negros Occidental's share of national sugar output|Negros Occidental|output",
      None, "SRA", source_alt=[SRA], period_alt=[CY]),
    F("24", 24, "#mill", "L", None, "sugar mills operating|mills", DAY("2026-01-11"), "SRA", source_alt=[SRA],
      ctx="with 24 of"),
    F("28", 28, "#mill", "L", None, "the country's sugar mills|mills", None, "SRA", source_alt=[SRA],
      period_alt=[DAY("2026-01-11")]),
    F("2.15 million MT", 2.15e6, "t", "L", None, "Philippine sugar demand|demand", CY, None,
      source_alt=["SRA", SRA], unit_alt=["MT"]),
    F("up to 240,000 MT", 240000, "t", "L", None, "planned sugar imports|imports", (P, "2026-08"), None,
      source_alt=["agency", "SRA"], unit_alt=["MT"], period_alt=[CY]),
    F("P2,480", 2480, "P", "L", None, "millgate price of raw sugar|millgate prices|prices", H1, DA,
      unit_alt=["PHP per bag"], period_alt=["2026-01"], direction_alt=["dn"]),
    F("P2,610", 2610, "P", "L", None, "millgate price of raw sugar|millgate prices|prices",
      ("2025-12-01", "2025-12-15"), DA, unit_alt=["PHP per bag"], period_alt=["2025-12"]),
    F("P78 to P85", 78, "P", "L", None, "retail price of refined sugar in Metro Manila|retail prices|prices", H1, DA,
      value_hi=85, unit_alt=["PHP per kilogram"], period_alt=[DAY(P), None]),
    F("P110", 110, "P", "L", None, "retail price of refined sugar|prices", Y(2023), "Joaquin Lacson",
      source_alt=["Lacson", "SRA Administrator"], unit_alt=["PHP per kilogram"], direction_alt=["up"]),
    F("at least P2,600", 2600, "P", "L", None, "break-even millgate price|millgate price|price", None,
      "Emilio Garrido", source_alt=["Garrido", "Visayas Cane Growers Federation"], unit_alt=["PHP per bag"]),
    F("14 percent", 14, "%", "C", "up", "fertilizer costs|costs", CY, "Panay Sugar Planters Association",
      source_alt=["association"], period_alt=[("2025-09", "2026-01")]),
], ex=["50-kilogram", "first half"])

# ---------------------------------------------------------------- 13 NZ dairy co-op milk price (New Zealand)
P = on("2026-05-27", "Wednesday")
S27 = FY(2026, 6, 2027, 5)
S26 = FY(2025, 6, 2026, 5)
TUE = last(P, "Tuesday")
SLD = "Southern Lakes Dairy"
KG = ["NZD per kilogram of milksolids"]
story("b57-13", P, """
Dairy co-operative Southern Lakes Dairy has opened its forecast farmgate milk price for the 2026/27 season at $9.40 a kilogram of milksolids, below the $10.15 it expects to pay for the season ending May 31.

The co-operative said on Wednesday the forecast had a range of $8.60 to $10.20, and it would pay an advance rate of $7.10 a kilogram in June. It expects to collect 1.41 billion kgMS from its 6,200 supplying farms, down 1.5 per cent on this season, as dry conditions in Canterbury and Southland cut production.

Chairwoman Moana Ratapu said a milk price of $9.40 would still put about $13.3 billion into regional economies.

Whole milk powder prices fell 3.4 per cent to US$3,845 a tonne at Tuesday night's Global Dairy Trade auction, the fourth fall in five auctions, while butter slid 5.1 per cent.

Kauri Bank economist Jess Tamatea said her bank's forecast was $9.10, while Harbour Trust Bank senior economist Mark Lindqvist forecast $9.60, citing a weaker New Zealand dollar.

Dairy export receipts rose 18 per cent to $27.9 billion in the year to March, Stats NZ said last week, making up about 31 per cent of New Zealand's goods exports.
""", [
    F("$9.40", 9.40, NZD, "L", None, "Southern Lakes Dairy's forecast farmgate milk price|farmgate milk price|milk price",
      S27, None, ctx="season at $9.40", source_alt=[SLD], unit_alt=KG, direction_alt=["dn"]),
    F("$10.15", 10.15, NZD, "L", None, "Southern Lakes Dairy's farmgate milk price|farmgate milk price|milk price",
      S26, None, source_alt=[SLD], unit_alt=KG),
    F("$8.60 to $10.20", 8.60, NZD, "L", None, "forecast farmgate milk price range|milk price|range", S27,
      "co-operative", value_hi=10.20, source_alt=[SLD], unit_alt=KG),
    F("$7.10", 7.10, NZD, "L", None, "advance rate|rate", "2026-06", "co-operative", source_alt=[SLD],
      unit_alt=KG, period_alt=[S27]),
    F("1.41 billion kgMS", 1.41e9, "kilogram of milksolids", "L", "dn",
      "Southern Lakes Dairy's milk collection|milk collection|collection", S27, SLD,
      source_alt=["It", "co-operative"], unit_alt=["kgMS", "kilogram"]),
    F("6,200", 6200, "#farm", "L", None, "Southern Lakes Dairy's supplying farms|supplying farms|farms", None, SLD,
      source_alt=["It", "co-operative"], period_alt=[S27, DAY(P)]),
    F("1.5 per cent", 1.5, "%", "C", "dn", "Southern Lakes Dairy's milk collection|milk collection|collection", S27,
      SLD, source_alt=["It", "co-operative"]),
    F("$9.40", 9.40, NZD, "L", None, "forecast farmgate milk price|milk price", S27, "Moana Ratapu",
      ctx="milk price of $9.40", source_alt=["Ratapu", "Chairwoman"], unit_alt=KG),
    F("about $13.3 billion", 13.3e9, NZD, "L", None, "payout into regional economies|payout|economies", S27,
      "Moana Ratapu", source_alt=["Ratapu", "Chairwoman"]),
    F("3.4 per cent", 3.4, "%", "C", "dn", "whole milk powder prices|prices", DAY(TUE), None),
    F("US$3,845", 3845, "$", "L", "dn", "whole milk powder price|prices", DAY(TUE), None,
      unit_alt=["USD per tonne"]),
    F("5.1 per cent", 5.1, "%", "C", "dn", "butter prices|butter", DAY(TUE), None),
    F("$9.10", 9.10, NZD, "L", None, "Kauri Bank's milk price forecast|milk price|forecast", S27, "Jess Tamatea",
      source_alt=["Tamatea", "Kauri Bank"], unit_alt=KG),
    F("$9.60", 9.60, NZD, "L", None, "Harbour Trust Bank's milk price forecast|milk price|forecast", S27,
      "Mark Lindqvist", source_alt=["Lindqvist", "Harbour Trust Bank"], unit_alt=KG),
    F("18 per cent", 18, "%", "C", "up", "New Zealand dairy export receipts|export receipts|receipts",
      span12(2026, 3), "Stats NZ"),
    F("$27.9 billion", 27.9e9, NZD, "L", "up", "New Zealand dairy export receipts|export receipts|receipts",
      span12(2026, 3), "Stats NZ"),
    F("about 31 per cent", 31, "%", "S", None, "dairy's share of New Zealand's goods exports|goods exports|dairy",
      span12(2026, 3), "Stats NZ"),
], ex=["fourth fall in five auctions"])

# ---------------------------------------------------------------- 14 Dublin Port half year (Irish)
P = on("2025-07-24", "Thursday")
H1 = ("2025-01", "2025-06")
H1L = ("2024-01", "2024-06")
DPC = "Dublin Port Company"
IMDO = "Irish Maritime Development Office"
story("b57-14", P, """
Cargo volumes through Dublin Port rose 3.8 per cent to 19.6 million gross tonnes in the six months to June, as freight from Britain recovered and new car imports surged ahead of the July registration period.

Roll-on/roll-off units, which account for about 62 per cent of the port's trade, increased 4.5 per cent to 566,000, while container volumes were flat at 392,000 TEU, Dublin Port Company said on Thursday.

Trade vehicle imports jumped 21 per cent to 58,300, and the number of cruise ship calls fell to 61 from 79 in the same period last year after the port began capping visits.

Ferry passenger numbers edged up 1.2 per cent to 880,000, compared with a 2.9 per cent rise in the same six months of 2024.

Chief executive Declan Furlong said the company expected full-year volumes of about 39 million gross tonnes, just short of the 2022 record of 39.6 million, and warned that the port would hit its capacity of 77 million gross tonnes by 2040 without new infrastructure.

Rosslare Europort said separately that its freight units rose 9 per cent over the same period, while the Irish Maritime Development Office said direct sailings from Ireland to continental Europe now number 44 a week, up from 12 before Brexit.
""", [
    F("3.8 per cent", 3.8, "%", "C", "up", "Dublin Port cargo volumes|cargo volumes|volumes", H1, None,
      source_alt=[DPC]),
    F("19.6 million gross tonnes", 19.6e6, "gross tonne", "L", "up", "Dublin Port cargo volumes|cargo volumes|volumes",
      H1, None, source_alt=[DPC], unit_alt=["tonne"]),
    F("about 62 per cent", 62, "%", "S", None, "roll-on/roll-off share of the port's trade|roll-on/roll-off units|units",
      None, DPC, period_alt=[H1]),
    F("4.5 per cent", 4.5, "%", "C", "up", "roll-on/roll-off units|units", H1, DPC),
    F("566,000", 566000, "#unit", "L", "up", "roll-on/roll-off units|units", H1, DPC),
    F("392,000 TEU", 392000, "TEU", "L", "unch", "Dublin Port container volumes|container volumes|volumes", H1, DPC,
      direction_alt=[None], unit_alt=["twenty-foot equivalent unit"]),
    F("21 per cent", 21, "%", "C", "up", "trade vehicle imports|imports", H1, None, source_alt=[DPC]),
    F("58,300", 58300, "#vehicle", "L", "up", "trade vehicle imports|imports", H1, None, source_alt=[DPC]),
    F("61", 61, "#call", "L", "dn", "cruise ship calls|calls", H1, None, source_alt=[DPC],
      unit_alt=["cruise ship call"]),
    F("79", 79, "#call", "L", None, "cruise ship calls|calls", H1L, None, source_alt=[DPC],
      unit_alt=["cruise ship call"]),
    F("1.2 per cent", 1.2, "%", "C", "up", "Dublin Port ferry passenger numbers|ferry passengers|passengers", H1, None,
      source_alt=[DPC]),
    F("880,000", 880000, "#passenger", "L", "up", "Dublin Port ferry passenger numbers|ferry passengers|passengers",
      H1, None, source_alt=[DPC]),
    F("2.9 per cent", 2.9, "%", "C", "up", "Dublin Port ferry passenger numbers|ferry passengers|passengers", H1L,
      None, source_alt=[DPC]),
    F("about 39 million gross tonnes", 39e6, "gross tonne", "L", None, "Dublin Port full-year volumes|volumes",
      Y(2025), "Declan Furlong", source_alt=["Furlong", "Chief executive"], unit_alt=["tonne"]),
    F("39.6 million", 39.6e6, "gross tonne", "L", None, "Dublin Port record volumes|volumes|record", Y(2022), None,
      source_alt=["Declan Furlong", "Furlong"], unit_alt=["tonne"]),
    F("77 million gross tonnes", 77e6, "gross tonne", "L", None, "Dublin Port capacity|capacity", None,
      "Declan Furlong", source_alt=["Furlong"], unit_alt=["tonne"], period_alt=[(None, "2040-12")]),
    F("9 per cent", 9, "%", "C", "up", "Rosslare Europort freight units|freight units|units", H1, "Rosslare Europort",
      ctx="rose 9 per cent"),
    F("44", 44, "#sailing", "L", "up", "direct sailings from Ireland to continental Europe|direct sailings|sailings",
      None, IMDO, unit_alt=["sailing per week"], period_alt=[DAY(P)]),
    F("12", 12, "#sailing", "L", None, "direct sailings from Ireland to continental Europe|direct sailings|sailings",
      None, IMDO, unit_alt=["sailing per week"], period_alt=[(None, "2020-12")]),
], ex=["six months"])

# ---------------------------------------------------------------- 15 Irish seafood report (Irish)
P = on("2026-06-16", "Tuesday")
Y25 = Y(2025)
BIM = ["Bord Iascaigh Mhara", "State agency", "report"]
story("b57-15", P, """
Ireland's seafood exports rose 6 per cent to €812 million last year, but the value of fish landed by Irish vessels fell for a third consecutive year as quota cuts bit, Bord Iascaigh Mhara (BIM) said on Tuesday.

In its annual Business of Seafood report, the State agency found that Irish-registered vessels landed 186,000 tonnes of fish worth €356 million in 2025, down from 204,000 tonnes worth €371 million a year earlier. Mackerel, the most valuable species, accounted for about 38 per cent of landings by value.

Exports to France, the largest market, climbed 11 per cent to €167 million, while sales to Asia slipped 4 per cent, hit by weaker demand in China.

The sector employed 15,900 people, about 400 fewer than in 2024, and the fleet had 1,930 registered vessels at the end of the year, the report said.

EU fisheries ministers agreed in December to cut Ireland's mackerel quota by 22 per cent for 2026, a decision the Donegal Pelagic Producers Association said would cost the north-west about €40 million, while the Southern Inshore Fishermen's Federation warned that 60 boats could be decommissioned.

"Our fleet is being asked to carry the cost of other countries' overfishing," Minister of State for the Marine Seán Ó Flaithbheartaigh said.
""", [
    F("6 per cent", 6, "%", "C", "up", "Ireland's seafood exports|seafood exports|exports", Y25, "BIM", source_alt=BIM),
    F("€812 million", 812e6, "€", "L", "up", "Ireland's seafood exports|seafood exports|exports", Y25, "BIM",
      source_alt=BIM),
    F("186,000 tonnes", 186000, "t", "L", "dn", "fish landed by Irish-registered vessels|landings|fish", Y25, "BIM",
      source_alt=BIM),
    F("€356 million", 356e6, "€", "L", "dn", "value of fish landed by Irish vessels|landings|value", Y25, "BIM",
      source_alt=BIM),
    F("204,000 tonnes", 204000, "t", "L", None, "fish landed by Irish-registered vessels|landings|fish", Y(2024),
      "BIM", source_alt=BIM),
    F("€371 million", 371e6, "€", "L", None, "value of fish landed by Irish vessels|landings|value", Y(2024), "BIM",
      source_alt=BIM),
    F("about 38 per cent", 38, "%", "S", None, "mackerel's share of landings by value|mackerel|landings", Y25, None,
      source_alt=["BIM"]),
    F("11 per cent", 11, "%", "C", "up", "Irish seafood exports to France|exports", Y25, None),
    F("€167 million", 167e6, "€", "L", "up", "Irish seafood exports to France|exports", Y25, None),
    F("4 per cent", 4, "%", "C", "dn", "Irish seafood sales to Asia|sales", Y25, None),
    F("15,900", 15900, "#person", "L", None, "people employed in the seafood sector|sector|people", Y25, "report",
      source_alt=["BIM"], unit_alt=["people", "job"]),
    F("about 400", 400, "#person", "C", "dn", "people employed in the seafood sector|sector|people", Y25, "report",
      source_alt=["BIM"], unit_alt=["people", "job"]),
    F("1,930", 1930, "#vessel", "L", None, "registered vessels in the Irish fleet|fleet|vessels", "2025-12", "report",
      source_alt=["BIM"], period_alt=[DAY("2025-12-31"), Y25]),
    F("22 per cent", 22, "%", "C", "dn", "Ireland's mackerel quota|mackerel quota|quota", Y(2026), None,
      source_alt=["EU fisheries ministers", "ministers"]),
    F("about €40 million", 40e6, "€", "L", None, "cost of the quota cut to the north-west|cost", Y(2026),
      "Donegal Pelagic Producers Association", source_alt=["association"], period_alt=[None]),
    F("60", 60, "#boat", "L", None, "boats that could be decommissioned|boats", None,
      "Southern Inshore Fishermen's Federation", source_alt=["federation"], period_alt=[Y(2026)]),
], ex=["third consecutive year"])

# ---------------------------------------------------------------- 16 Indonesian coal output (Indonesian)
P = on("2026-10-19", "Monday")
N9 = ("2026-01", "2026-09")
MEM = "Ministry of Energy and Mineral Resources"
SBM = "PT Sinar Bara Mandiri"
story("b57-16", P, """
Indonesia's coal production fell 6.2 percent to 563 million tons in the first nine months of 2026, compared with the same period last year, data from the Ministry of Energy and Mineral Resources showed on Monday, as weak Chinese demand and higher royalties squeezed smaller miners.

Exports dropped 8.9 percent to 371 million tons in the January-September period, while deliveries to the domestic market, which miners must supply with at least 25 percent of their output, rose 4.4 percent to 168 million tons.

The ministry has set a 2026 production target of 735 million tons, down from actual output of 790 million tons last year, and said it was unlikely to lower the target further.

PT Sinar Bara Mandiri, the country's third-largest producer, said separately its output fell 3 percent to 41.2 million tons over the nine months, and it cut its full-year output guidance to 54 million to 56 million tons, from 58 million tons previously.

Hendra Wibisono, executive director of the Kalimantan Coal Producers Forum, said about 40 small miners had halted operations since June, while a ministry official said royalties had brought in Rp 96 trillion so far this year.

Benchmark Newcastle coal futures were at $104.50 a ton on Monday, down about 27 percent from a year earlier.
""", [
    F("6.2 percent", 6.2, "%", "C", "dn", "Indonesia's coal production|coal production|production", N9, MEM,
      source_alt=["ministry", "data"]),
    F("563 million tons", 563e6, "t", "L", "dn", "Indonesia's coal production|coal production|production", N9, MEM,
      source_alt=["ministry", "data"]),
    F("8.9 percent", 8.9, "%", "C", "dn", "Indonesia's coal exports|coal exports|exports", N9, None,
      source_alt=["ministry", MEM]),
    F("371 million tons", 371e6, "t", "L", "dn", "Indonesia's coal exports|coal exports|exports", N9, None,
      source_alt=["ministry", MEM]),
    F("at least 25 percent", 25, "%", "S", None, "domestic market obligation share of output|domestic market obligation|output",
      None, None),
    F("4.4 percent", 4.4, "%", "C", "up", "coal deliveries to the domestic market|domestic deliveries|deliveries", N9,
      None, source_alt=["ministry", MEM]),
    F("168 million tons", 168e6, "t", "L", "up", "coal deliveries to the domestic market|domestic deliveries|deliveries",
      N9, None, source_alt=["ministry", MEM]),
    F("735 million tons", 735e6, "t", "L", "dn", "Indonesia's coal production target|production target|target",
      Y(2026), None, source_alt=["ministry", MEM], direction_alt=[None]),
    F("790 million tons", 790e6, "t", "L", None, "Indonesia's coal output|coal output|output", Y(2025), None,
      source_alt=["ministry"]),
    F("3 percent", 3, "%", "C", "dn", "Sinar Bara Mandiri's coal output|output", N9, SBM,
      source_alt=["Sinar Bara Mandiri"]),
    F("41.2 million tons", 41.2e6, "t", "L", "dn", "Sinar Bara Mandiri's coal output|output", N9, SBM,
      source_alt=["Sinar Bara Mandiri"]),
    F("54 million to 56 million tons", 54e6, "t", "L", "dn", "Sinar Bara Mandiri's full-year output guidance|output guidance|guidance",
      Y(2026), None, value_hi=56e6, source_alt=[SBM, "Sinar Bara Mandiri"]),
    F("58 million tons", 58e6, "t", "L", None, "Sinar Bara Mandiri's full-year output guidance|output guidance|guidance",
      Y(2026), None, source_alt=[SBM, "Sinar Bara Mandiri"]),
    F("about 40", 40, "#miner", "L", None, "small miners that halted operations|miners", ("2026-06", "2026-10"),
      "Hendra Wibisono", source_alt=["Wibisono", "Kalimantan Coal Producers Forum"],
      period_alt=[("2026-06", P)], kind_alt=["change"]),
    F("Rp 96 trillion", 96e12, "Rp", "L", None, "coal royalties|royalties", ytd(P), "ministry official",
      source_alt=["official", "ministry"], period_alt=[("2026-01-01", P)]),
    F("$104.50", 104.50, "$", "L", "dn", "Newcastle coal futures|coal futures|futures", DAY(P), None,
      unit_alt=["USD per ton"]),
    F("about 27 percent", 27, "%", "C", "dn", "Newcastle coal futures|coal futures|futures", DAY(P), None,
      period_alt=[(year_ago(P), P)]),
], ex=["nine months", "third-largest"])

# ---------------------------------------------------------------- 17 Nigerian crude output (Nigerian)
P = on("2025-10-04", "Saturday")
NUPRC = ["Nigerian Upstream Petroleum Regulatory Commission", "commission", "data"]
story("b57-17", P, """
Nigeria's crude oil production rose to 1.71 million barrels per day in September, compared to 1.63 million bpd a month earlier, the Nigerian Upstream Petroleum Regulatory Commission (NUPRC) has said.

Including condensates, total liquids output increased by 3.9 per cent to 1.86 million bpd, according to data released by the commission on Friday. The September crude figure was above the 1.5 million bpd quota allotted to Nigeria by the Organisation of the Petroleum Exporting Countries, but below the 2.06 million bpd benchmark in the 2025 budget.

The Bonny Light, Forcados and Qua Iboe grades accounted for about 44 per cent of crude output, the data showed.

Speaking in Lagos, the Chief Executive of the commission, Engr. Adaeze Obiora, said the country lost an average of 110,000 barrels per day to theft and pipeline vandalism between January and August, while the Managing Director of Port Harcourt-based Deltaline Energy Services, Mr Tonye Briggs, said the number of active rigs had risen to 38 from 26 in January.

Nigeria's external reserves stood at $42.3bn as of October 2, the Central Bank of Nigeria said, up from $38.9bn at the start of the year.

Analysts at Lagos-based Eko Capital Research said the higher output could lift government oil revenue by about N2.4tn this year.
""", [
    F("1.71 million barrels per day", 1.71e6, "bpd", "L", "up", "Nigeria's crude oil production|crude oil production|production",
      "2025-09", "NUPRC", source_alt=NUPRC),
    F("1.63 million bpd", 1.63e6, "bpd", "L", None, "Nigeria's crude oil production|crude oil production|production",
      "2025-08", "NUPRC", source_alt=NUPRC),
    F("3.9 per cent", 3.9, "%", "C", "up", "Nigeria's total liquids output|liquids output|output", "2025-09", "NUPRC",
      source_alt=NUPRC),
    F("1.86 million bpd", 1.86e6, "bpd", "L", "up", "Nigeria's total liquids output|liquids output|output", "2025-09",
      "NUPRC", source_alt=NUPRC),
    F("1.5 million bpd", 1.5e6, "bpd", "L", None, "Nigeria's OPEC production quota|quota", None, None,
      source_alt=["Organisation of the Petroleum Exporting Countries", "OPEC"], period_alt=[Y(2025), "2025-09"]),
    F("2.06 million bpd", 2.06e6, "bpd", "L", None, "oil production benchmark in the 2025 budget|benchmark", Y(2025),
      None, source_alt=["budget"]),
    F("about 44 per cent", 44, "%", "S", None, "Bonny Light, Forcados and Qua Iboe grades' share of crude output|grades|output",
      "2025-09", "NUPRC", source_alt=NUPRC),
    F("110,000 barrels per day", 110000, "bpd", "L", None, "crude lost to theft and pipeline vandalism|theft|losses",
      ("2025-01", "2025-08"), "Adaeze Obiora", source_alt=["Obiora", "Chief Executive", "NUPRC"]),
    F("38", 38, "#rig", "L", "up", "active rigs in Nigeria|active rigs|rigs", None, "Tonye Briggs", ctx="risen to 38",
      source_alt=["Briggs", "Deltaline Energy Services"], period_alt=[DAY(P), "2025-09"]),
    F("26", 26, "#rig", "L", None, "active rigs in Nigeria|active rigs|rigs", "2025-01", "Tonye Briggs",
      source_alt=["Briggs", "Deltaline Energy Services"]),
    F("$42.3bn", 42.3e9, "$", "L", "up", "Nigeria's external reserves|external reserves|reserves", DAY("2025-10-02"),
      "Central Bank of Nigeria", source_alt=["CBN"]),
    F("$38.9bn", 38.9e9, "$", "L", None, "Nigeria's external reserves|external reserves|reserves", "2025-01",
      "Central Bank of Nigeria", source_alt=["CBN"], period_alt=[DAY("2025-01-01"), DAY("2025-01-02")]),
    F("about N2.4tn", 2.4e12, "N", "C", "up", "government oil revenue|oil revenue|revenue", Y(2025),
      "Eko Capital Research", source_alt=["Analysts"]),
], ex=[])

# ---------------------------------------------------------------- 18 capesize rates, dry bulk week
P = on("2026-03-20", "Friday")
WK = (plus(P, -6), P)
MF = (plus(P, -4), P)
MCA = "Meridian Cargo Analytics"
story("b57-18", P, """
Capesize freight rates jumped to a 14-month high this week, with average daily earnings for the giant iron ore and coal carriers climbing 38% over the week to $31,450 on Friday, as Brazilian exports and a rush of West African bauxite cargoes soaked up vessels.

The Baltic Exchange's main sea freight index, which tracks rates for capesize, panamax and supramax ships, rose 142 points, or 7.4%, over the week to 2,061, its sixth straight weekly gain.

Panamax earnings rose to $14,870 a day from $13,920 a week earlier, while supramax rates were little changed at $13,105.

"We haven't seen a capesize market this tight since October," said Henrik Solberg, head of dry bulk research at Oslo-based Nordvik Shipbroking, while Singapore broker Adrian Koh said charterers had fixed about 45 capesizes to load in the first half of April.

Iron ore shipments from Brazil's ports averaged 1.29 million tonnes a day in the first half of the month, up 12% from the same period a year earlier, according to ship-tracking data compiled by Meridian Cargo Analytics.

Shares of Pacific Bulk Carriers, which operates 62 capesizes, rose 5.1% on Friday, taking their gain since the start of the year to 29%.
""", [
    F("38%", 38, "%", "C", "up", "capesize average daily earnings|capesize earnings|earnings", WK, None,
      period_alt=[MF]),
    F("$31,450", 31450, "$", "L", "up", "capesize average daily earnings|capesize earnings|earnings", DAY(P), None,
      unit_alt=["USD per day"]),
    F("142 points", 142, "pt", "C", "up", "Baltic Exchange's main sea freight index|freight index|index", WK, None,
      period_alt=[MF]),
    F("7.4%", 7.4, "%", "C", "up", "Baltic Exchange's main sea freight index|freight index|index", WK, None,
      period_alt=[MF]),
    F("2,061", 2061, None, "L", "up", "Baltic Exchange's main sea freight index|freight index|index", DAY(P), None,
      unit_alt=["point"]),
    F("$14,870", 14870, "$", "L", "up", "panamax earnings|earnings", DAY(P), None, unit_alt=["USD per day"]),
    F("$13,920", 13920, "$", "L", None, "panamax earnings|earnings", DAY(plus(P, -7)), None,
      unit_alt=["USD per day"]),
    F("$13,105", 13105, "$", "L", "unch", "supramax rates|rates", DAY(P), None, unit_alt=["USD per day"],
      direction_alt=[None]),
    F("about 45", 45, "#capesize", "L", None, "capesizes fixed to load in the first half of April|capesizes",
      ("2026-04-01", "2026-04-15"), "Adrian Koh", source_alt=["Koh", "broker"], unit_alt=["vessel", "ship"],
      period_alt=[None, "2026-04"]),
    F("1.29 million tonnes", 1.29e6, "t", "L", "up", "Brazil's iron ore shipments|iron ore shipments|shipments",
      ("2026-03-01", "2026-03-15"), MCA, source_alt=["data"], unit_alt=["tonne per day"], period_alt=["2026-03"]),
    F("12%", 12, "%", "C", "up", "Brazil's iron ore shipments|iron ore shipments|shipments",
      ("2026-03-01", "2026-03-15"), MCA, source_alt=["data"], period_alt=["2026-03"]),
    F("62", 62, "#capesize", "L", None, "capesizes operated by Pacific Bulk Carriers|capesizes", None, None,
      unit_alt=["vessel", "ship"], period_alt=[DAY(P)]),
    F("5.1%", 5.1, "%", "C", "up", "Pacific Bulk Carriers shares|shares", DAY(P), None),
    F("29%", 29, "%", "C", "up", "Pacific Bulk Carriers shares|shares", ytd(P), None,
      period_alt=[("2026-01-01", P)]),
], ex=["14-month", "first half"])

# ---------------------------------------------------------------- 19 Ukraine grain exports, marketing year
P = on("2026-02-11", "Wednesday")
MYD = ("2025-07", "2026-02")
MYDD = ("2025-07-01", "2026-02-11")
MY = FY(2025, 7, 2026, 6)
LYD = ("2024-07", "2025-02")
MIN = ["ministry", "data"]
DAR = "Dnipro Agri Research"
TUE = last(P, "Tuesday")
story("b57-19", P, """
Ukraine's grain exports in the 2025-26 July-June marketing year had reached 24.8 million tonnes as of Feb. 11, down 18% from 30.3 million tonnes at the same point a season earlier, agriculture ministry data showed on Wednesday.

Shipments so far this season included 9.6 million tonnes of wheat, 13.7 million tonnes of corn and 1.2 million tonnes of barley. Exports in the first 11 days of February totalled 1.14 million tonnes, compared with 1.67 million tonnes in the same period of January, as ice and Russian attacks on Odesa-area ports slowed loadings.

The ministry expects the 2026 grain harvest to reach about 58 million tonnes, while the Kyiv-based Black Sea Grain Traders Union forecast 55.5 million tonnes, citing a smaller winter wheat area.

Winter crops were sown on 5.1 million hectares for the 2026 harvest, about 4% less than a year earlier, and around 91% were in good or satisfactory condition, analysts at Kyiv consultancy Dnipro Agri Research said.

Wheat for export was quoted at $226 a tonne free-on-board on Tuesday, up $4 from a week earlier, the consultancy said.

Odesa-area ports handled about 94% of seaborne grain exports this season, according to port authority figures.
""", [
    F("24.8 million tonnes", 24.8e6, "t", "L", "dn", "Ukraine's grain exports|grain exports|exports", MYD,
      "agriculture ministry", source_alt=MIN, period_alt=[MYDD, MY]),
    F("18%", 18, "%", "C", "dn", "Ukraine's grain exports|grain exports|exports", MYD, "agriculture ministry",
      source_alt=MIN, period_alt=[MYDD, MY]),
    F("30.3 million tonnes", 30.3e6, "t", "L", None, "Ukraine's grain exports|grain exports|exports", LYD,
      "agriculture ministry", source_alt=MIN, period_alt=[("2024-07-01", "2025-02-11")]),
    F("9.6 million tonnes", 9.6e6, "t", "L", None, "Ukraine's wheat exports|wheat exports|shipments", MYD, None,
      source_alt=MIN, period_alt=[MYDD, MY]),
    F("13.7 million tonnes", 13.7e6, "t", "L", None, "Ukraine's corn exports|corn exports|shipments", MYD, None,
      source_alt=MIN, period_alt=[MYDD, MY]),
    F("1.2 million tonnes", 1.2e6, "t", "L", None, "Ukraine's barley exports|barley exports|shipments", MYD, None,
      source_alt=MIN, period_alt=[MYDD, MY]),
    F("1.14 million tonnes", 1.14e6, "t", "L", None, "Ukraine's grain exports|grain exports|exports",
      ("2026-02-01", "2026-02-11"), None, source_alt=MIN, direction_alt=["dn"], period_alt=["2026-02"]),
    F("1.67 million tonnes", 1.67e6, "t", "L", None, "Ukraine's grain exports|grain exports|exports",
      ("2026-01-01", "2026-01-11"), None, source_alt=MIN),
    F("about 58 million tonnes", 58e6, "t", "L", None, "Ukraine's 2026 grain harvest|grain harvest|harvest", Y(2026),
      "ministry", source_alt=["agriculture ministry"], period_alt=[FY(2026, 7, 2027, 6)]),
    F("55.5 million tonnes", 55.5e6, "t", "L", None, "Ukraine's 2026 grain harvest|grain harvest|harvest", Y(2026),
      "Black Sea Grain Traders Union", source_alt=["union"], period_alt=[FY(2026, 7, 2027, 6)]),
    F("5.1 million hectares", 5.1e6, "hectare", "L", "dn", "Ukraine's winter crop area|winter crops|area", Y(2026),
      DAR, source_alt=["analysts"], period_alt=[None]),
    F("about 4%", 4, "%", "C", "dn", "Ukraine's winter crop area|winter crops|area", Y(2026), DAR,
      source_alt=["analysts"], period_alt=[None]),
    F("around 91%", 91, "%", "S", None, "winter crops in good or satisfactory condition|winter crops|condition",
      DAY(P), DAR, source_alt=["analysts"], period_alt=[None]),
    F("$226", 226, "$", "L", "up", "Ukrainian export wheat price|wheat|price", DAY(TUE), "consultancy",
      source_alt=[DAR], unit_alt=["USD per tonne"]),
    F("$4", 4, "$", "C", "up", "Ukrainian export wheat price|wheat|price", DAY(TUE), "consultancy",
      source_alt=[DAR], unit_alt=["USD per tonne"], period_alt=[(plus(TUE, -7), TUE)]),
    F("about 94%", 94, "%", "S", None, "Odesa-area ports' share of seaborne grain exports|Odesa-area ports|exports",
      MYD, "port authority", source_alt=["figures", "port authority figures"], period_alt=[MYDD, MY, None]),
], ex=["first 11 days"])

# ---------------------------------------------------------------- 20 Canadian gold miner Q3 (Canadian)
P = on("2025-10-30", "Thursday")
Q3 = Q(2025, 3)
Q3L = Q(2024, 3)
NM = "Northfold Mining Corp."
ML = ["Lalonde", "Chief executive"]
story("b57-20", P, """
Toronto-based Northfold Mining Corp. on Thursday reported third-quarter gold production of 412,600 ounces, up 9 per cent from a year earlier, as its Red Spruce mine in northern Ontario ramped up and bullion prices hit records.

Net income rose to US$318 million, or 61 cents a share, from US$142 million, or 27 cents, in the same quarter last year. Adjusted earnings of 58 cents a share beat the average analyst estimate of 52 cents, according to LSEG data.

All-in sustaining costs, an industry measure of the total cost of producing an ounce, fell 4 per cent to US$1,462 an ounce, while the company realized an average gold price of US$3,410.

Copper output from its Chilean operation slipped to 21.3 million pounds from 23.8 million.

The miner kept its full-year production guidance of 1.55 million to 1.65 million ounces and raised its quarterly dividend by 25 per cent to 5 US cents a share.

Chief executive Marguerite Lalonde said the company had cut net debt by US$410 million since June and would buy back up to 5 per cent of its shares over the next 12 months, while chief financial officer Sunil Bhardwaj said capital spending would come in at the low end of the US$1.1 billion to US$1.25 billion range.

Northfold shares rose 4.6 per cent to C$38.12 in Toronto.
""", [
    F("412,600 ounces", 412600, "oz", "L", "up", "Northfold's gold production|gold production|production", Q3, NM,
      source_alt=["Northfold"]),
    F("9 per cent", 9, "%", "C", "up", "Northfold's gold production|gold production|production", Q3, NM,
      source_alt=["Northfold"]),
    F("US$318 million", 318e6, "$", "L", "up", "Northfold's net income|net income|income", Q3, None),
    CENTS("61 cents", 61, "$", "L", "up", "Northfold's earnings per share|earnings per share|share", Q3, None),
    F("US$142 million", 142e6, "$", "L", None, "Northfold's net income|net income|income", Q3L, None),
    CENTS("27 cents", 27, "$", "L", None, "Northfold's earnings per share|earnings per share|share", Q3L, None),
    CENTS("58 cents", 58, "$", "L", None, "Northfold's adjusted earnings per share|adjusted earnings|earnings", Q3,
          None, source_alt=["LSEG"]),
    CENTS("52 cents", 52, "$", "L", None, "average analyst estimate|analyst estimate|estimate", Q3, "LSEG",
          source_alt=["analyst"]),
    F("4 per cent", 4, "%", "C", "dn", "Northfold's all-in sustaining costs|sustaining costs|costs", Q3, None),
    F("US$1,462", 1462, "$", "L", "dn", "Northfold's all-in sustaining costs|sustaining costs|costs", Q3, None,
      unit_alt=["USD per ounce"]),
    F("US$3,410", 3410, "$", "L", None, "Northfold's average realized gold price|gold price|price", Q3, None,
      unit_alt=["USD per ounce"]),
    F("21.3 million pounds", 21.3e6, "lb", "L", "dn", "Northfold's copper output|copper output|output", Q3, None),
    F("23.8 million", 23.8e6, "lb", "L", None, "Northfold's copper output|copper output|output", Q3L, None),
    F("1.55 million to 1.65 million ounces", 1.55e6, "oz", "L", "unch",
      "Northfold's full-year production guidance|production guidance|guidance", Y(2025), None, value_hi=1.65e6,
      source_alt=[NM, "miner"], direction_alt=[None]),
    F("25 per cent", 25, "%", "C", "up", "Northfold's quarterly dividend|dividend", None, None,
      source_alt=[NM, "miner"], period_alt=[DAY(P), Q(2025, 4)]),
    CENTS("5 US cents", 5, "$", "L", "up", "Northfold's quarterly dividend|dividend", None, None,
          source_alt=[NM, "miner"], period_alt=[DAY(P), Q(2025, 4)]),
    F("US$410 million", 410e6, "$", "C", "dn", "Northfold's net debt|net debt|debt", ("2025-06", "2025-10"),
      "Marguerite Lalonde", source_alt=ML, period_alt=[("2025-06", P)]),
    F("up to 5 per cent", 5, "%", "S", None, "share of Northfold's shares to be bought back|buyback|shares",
      (P, "2026-10-30"), "Marguerite Lalonde", ctx="up to 5 per cent", source_alt=ML,
      period_alt=[None, ("2025-11", "2026-10")]),
    F("US$1.1 billion to US$1.25 billion", 1.1e9, "$", "L", None, "Northfold's capital spending range|capital spending|range",
      Y(2025), "Sunil Bhardwaj", value_hi=1.25e9, source_alt=["Bhardwaj", "chief financial officer"]),
    F("4.6 per cent", 4.6, "%", "C", "up", "Northfold shares|shares", DAY(P), None),
    F("C$38.12", 38.12, "C$", "L", "up", "Northfold shares|shares", DAY(P), None),
], ex=["third-quarter", "12 months", "same quarter"])
