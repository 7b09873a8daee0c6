"""blind61 s3: airline traffic and load factors, Indian aviation, monthly car sales by brand, a merger with per-share
terms, BRIEF items, a Gulf developer, streaming, the weekend box office, a Brazilian bank, a Kenyan telecom
(b61-21..b61-30)."""
from common import *

# ---------------------------------------------------------------- 21 Global air traffic for October: RPKs, capacity, load factors by region
P = on("2025-11-27", "Thursday")
OCT = M(2025, 10)
IATA = ["International Air Transport Association", "IATA"]
story("b61-21", P, """
Global air passenger demand rises 5.8% in October; load factor hits record for month - IATA

GENEVA, Nov 27 (Wire) - Global air passenger demand, measured in revenue passenger kilometres (RPKs), rose 5.8% in October from a year earlier, the International Air Transport Association (IATA) said on Thursday, while capacity grew 5.1%, pushing the average load factor up 0.5 percentage points to a record for the month of 84.2%.

International traffic grew 7.4% and domestic traffic 3.3%.

Asia-Pacific airlines led the regions, with international RPKs up 11.2% and a load factor of 84.9%. African airlines' traffic rose 8.0%, but their load factor of 75.3% was the lowest of any region.

In the big domestic markets, China's traffic rose 6.5%, while U.S. domestic traffic fell 0.6% as the government shutdown disrupted air traffic control. Airlines in Europe have also been hit by strikes by air traffic controllers, while carriers in North America are grappling with softer demand for economy seats on domestic routes.

For the first ten months of the year, total traffic was up 6.9%, IATA said.

"Demand remains robust, but supply-chain problems at aircraft and engine makers are capping capacity growth and keeping planes full," the association said in a statement. It said the backlog of orders for new aircraft had risen to more than 17,000, equivalent to about 14 years of production at current rates.

Separately, Dubai-based Falcon Gulf Airways said it carried 5.2 million passengers in October, up 9% from a year earlier, with a seat factor of 82%. The carrier expects to take delivery of 14 wide-body aircraft in 2026 and said winter bookings were strong.
""", [
    F("5.8%", 5.8, "%", "C", "up", "global air passenger demand|passenger demand|RPKs", OCT, "IATA", ctx="rises 5.8%",
      source_alt=["International Air Transport Association"]),
    F("5.8%", 5.8, "%", "C", "up", "global air passenger demand|passenger demand|RPKs", OCT,
      "International Air Transport Association", ctx="rose 5.8%", source_alt=["IATA"]),
    F("5.1%", 5.1, "%", "C", "up", "global airline capacity|capacity", OCT, "International Air Transport Association",
      source_alt=["IATA"]),
    F("0.5 percentage points", 0.5, "pp", "C", "up", "global average load factor|load factor", OCT,
      "International Air Transport Association", source_alt=["IATA"]),
    F("84.2%", 84.2, "%", "L", "up", "global average load factor|load factor", OCT,
      "International Air Transport Association", source_alt=["IATA"], kind_alt=["share"]),
    F("7.4%", 7.4, "%", "C", "up", "international air traffic|international traffic|traffic", OCT, None,
      source_alt=IATA),
    F("3.3%", 3.3, "%", "C", "up", "domestic air traffic|domestic traffic|traffic", OCT, None, source_alt=IATA),
    F("11.2%", 11.2, "%", "C", "up", "Asia-Pacific airlines' international RPKs|Asia-Pacific airlines|RPKs", OCT,
      None, source_alt=IATA),
    F("84.9%", 84.9, "%", "L", None, "Asia-Pacific airlines' load factor|load factor|Asia-Pacific airlines", OCT,
      None, source_alt=IATA, kind_alt=["share"]),
    F("8.0%", 8.0, "%", "C", "up", "African airlines' traffic|African airlines|traffic", OCT, None,
      source_alt=IATA),
    F("75.3%", 75.3, "%", "L", None, "African airlines' load factor|load factor|African airlines", OCT, None,
      source_alt=IATA, kind_alt=["share"]),
    F("6.5%", 6.5, "%", "C", "up", "China's domestic air traffic|China's traffic|traffic", OCT, None,
      source_alt=IATA),
    F("0.6%", 0.6, "%", "C", "dn", "U.S. domestic air traffic|U.S. domestic traffic|traffic", OCT, None,
      source_alt=IATA),
    F("6.9%", 6.9, "%", "C", "up", "global air traffic|total traffic|traffic", MM(2025, 1, 2025, 10), "IATA",
      source_alt=["International Air Transport Association"]),
    F("more than 17,000", 17000, "#aircraft", "L", "up", "backlog of orders for new aircraft|backlog|orders",
      DAY(P), "association", source_alt=IATA, period_alt=[None, OCT]),
    F("about 14 years", 14, "yr", "L", None, "aircraft backlog in years of production|backlog|production", DAY(P),
      "association", source_alt=IATA, kind_alt=["ratio"], period_alt=[None]),
    F("5.2 million", 5.2e6, "#passenger", "L", "up", "Falcon Gulf Airways passengers|passengers|Falcon Gulf Airways",
      OCT, "Falcon Gulf Airways"),
    F("9%", 9, "%", "C", "up", "Falcon Gulf Airways passengers|passengers|Falcon Gulf Airways", OCT,
      "Falcon Gulf Airways", ctx="up 9%"),
    F("82%", 82, "%", "L", None, "Falcon Gulf Airways seat factor|seat factor", OCT, "Falcon Gulf Airways",
      kind_alt=["share"]),
    F("14", 14, "#aircraft", "L", None, "Falcon Gulf Airways wide-body aircraft deliveries|wide-body aircraft|"
      "deliveries", Y(2026), "Falcon Gulf Airways", ctx="delivery of 14", source_alt=["carrier"]),
], ex=["first ten months", "Nov 27"])

# ---------------------------------------------------------------- 22 Indian domestic air traffic for January (crore), market shares, the financial year so far
P = on("2026-02-15", "Sunday")
JAN = M(2026, 1)
DG = ["Directorate General of Civil Aviation", "DGCA", "data"]
CR = ["crore passengers"]
story("b61-22", P, """
Domestic air traffic rises 7.1% in January to 1.58 crore; IndiJet share climbs

New Delhi, February 15: Domestic airlines carried 1.58 crore passengers in January, up 7.1 per cent from 1.475 crore a year earlier, data from the Directorate General of Civil Aviation (DGCA) showed.

IndiJet's market share rose to 64.8 per cent from 63.2 per cent in December, while the Bharat Airways group, including its low-cost arm, held 26.1 per cent. AirVista's share slipped to 4.3 per cent and regional carrier Konkan Skies had 2.9 per cent.

Between April and January, the first ten months of the financial year, airlines flew 13.9 crore domestic passengers, up 6.2 per cent on the same period a year ago.

Konkan Skies reported the highest load factor, the share of seats filled, at 91.2 per cent. IndiJet had the best on-time performance at the six metro airports, at 78.4 per cent.

The growth came despite higher fares, as airlines struggled to add capacity on busy routes and congestion at the Delhi and Mumbai airports limited new slots during peak hours.

Rating agency Sahyadri Ratings expects domestic traffic to grow 8-10 per cent in 2026-27 to 18.5-18.9 crore passengers, helped by new airports at Navi Mumbai and Noida, though it warned that engine groundings could keep about 130 aircraft out of service through the year.

Oil marketing companies cut the price of aviation turbine fuel in Delhi by 2.3 per cent to Rs 92,440 per kilolitre from February 1, the second reduction this year.
""", [
    F("7.1%", 7.1, "%", "C", "up", "Indian domestic air traffic|domestic air traffic|traffic", JAN, None,
      source_alt=DG),
    F("1.58 crore", 15.8e6, "#passenger", "L", "up", "Indian domestic air traffic|domestic air traffic|traffic",
      JAN, None, ctx="January to 1.58 crore", source_alt=DG, value_alt=[1.58], unit_alt=CR),
    F("1.58 crore", 15.8e6, "#passenger", "L", "up", "Indian domestic airlines' passengers|domestic airlines|"
      "passengers", JAN, "Directorate General of Civil Aviation", ctx="carried 1.58 crore",
      source_alt=DG[1:], value_alt=[1.58], unit_alt=CR),
    F("7.1 per cent", 7.1, "%", "C", "up", "Indian domestic airlines' passengers|domestic airlines|passengers", JAN,
      "Directorate General of Civil Aviation", source_alt=DG[1:]),
    F("1.475 crore", 14.75e6, "#passenger", "L", None, "Indian domestic airlines' passengers|domestic airlines|"
      "passengers", M(2025, 1), "Directorate General of Civil Aviation", source_alt=DG[1:], value_alt=[1.475],
      unit_alt=CR),
    F("64.8 per cent", 64.8, "%", "S", "up", "IndiJet's domestic market share|market share|IndiJet", JAN, None,
      source_alt=DG),
    F("63.2 per cent", 63.2, "%", "S", None, "IndiJet's domestic market share|market share|IndiJet", M(2025, 12),
      None, source_alt=DG),
    F("26.1 per cent", 26.1, "%", "S", "unch", "Bharat Airways group's domestic market share|Bharat Airways|share",
      JAN, None, source_alt=DG, direction_alt=[None]),
    F("4.3 per cent", 4.3, "%", "S", "dn", "AirVista's domestic market share|AirVista|share", JAN, None,
      source_alt=DG),
    F("2.9 per cent", 2.9, "%", "S", None, "Konkan Skies' domestic market share|Konkan Skies|share", JAN, None,
      source_alt=DG),
    F("13.9 crore", 139e6, "#passenger", "L", "up", "Indian domestic air passengers|passengers|airlines",
      MM(2025, 4, 2026, 1), None, source_alt=DG, value_alt=[13.9], unit_alt=CR),
    F("6.2 per cent", 6.2, "%", "C", "up", "Indian domestic air passengers|passengers|airlines",
      MM(2025, 4, 2026, 1), None, source_alt=DG),
    F("91.2 per cent", 91.2, "%", "L", None, "Konkan Skies' load factor|load factor|Konkan Skies", JAN, None,
      source_alt=DG, kind_alt=["share"]),
    F("78.4 per cent", 78.4, "%", "L", None, "IndiJet's on-time performance|on-time performance|IndiJet", JAN,
      None, source_alt=DG, kind_alt=["share"]),
    RNG("8-10 per cent", 8, 10, "%", "C", "up", "Indian domestic air traffic|domestic traffic|traffic",
        FY(2026, 4, 2027, 3), "Sahyadri Ratings", source_alt=["Rating agency"]),
    RNG("18.5-18.9 crore", 185e6, 189e6, "#passenger", "L", "up", "Indian domestic air traffic|domestic traffic|"
        "passengers", FY(2026, 4, 2027, 3), "Sahyadri Ratings", source_alt=["Rating agency"],
        value_alt=[18.5], unit_alt=CR),
    F("about 130", 130, "#aircraft", "L", None, "Indian aircraft grounded by engine problems|aircraft|"
      "engine groundings", FY(2026, 4, 2027, 3), "Sahyadri Ratings", source_alt=["it"], period_alt=[None]),
    F("2.3 per cent", 2.3, "%", "C", "dn", "aviation turbine fuel price in Delhi|aviation turbine fuel|price",
      ("2026-02-01", None), None, source_alt=["Oil marketing companies"], period_alt=[DAY("2026-02-01"), M(2026, 2)]),
    F("Rs 92,440", 92440, "Rs", "L", "dn", "aviation turbine fuel price in Delhi|aviation turbine fuel|price",
      ("2026-02-01", None), None, source_alt=["Oil marketing companies"], unit_alt=["INR per kilolitre"],
      period_alt=[DAY("2026-02-01"), M(2026, 2)]),
], ex=["first ten months", "six metro", "February 15", "February 1"])

# ---------------------------------------------------------------- 23 U.S. car sales for March and the first quarter, by brand
P = on("2026-04-01", "Wednesday")
MAR = M(2026, 3)
Q1 = Q(2026, 1)
AP = ["AutoPulse", "research firm"]
story("b61-23", P, """
U.S. auto sales rise 4.2% in March as buyers race tariff-driven price increases

DETROIT, April 1 (Wire) - U.S. new-vehicle sales rose 4.2% in March from a year earlier to about 1.49 million units, as buyers rushed to showrooms ahead of expected price increases, research firm AutoPulse said on Wednesday.

The seasonally adjusted annual rate of sales was 16.4 million vehicles, up from 16.0 million in February and the strongest pace in 10 months. For the first quarter, sales rose 2.8% to 3.91 million.

Kaito Motor's U.S. sales rose 7.6% in the quarter to 611,200 vehicles, led by hybrids, which made up 46% of its volume. Keystone Auto's first-quarter sales fell 1.9% to 498,700, as a 3% gain in pickup trucks failed to offset a 6.4% drop in SUVs.

Dealers reported strong demand for hybrids and smaller crossovers, while sales of large luxury SUVs slowed. Several automakers have announced price increases on models imported from Mexico and Asia, which will take effect in the coming weeks.

Electric vehicles accounted for 7.1% of sales in the quarter, down from 7.9% a year earlier, after federal tax credits of up to $7,500 for buyers expired in September.

The average transaction price rose to $49,870 in March, up 2.1% from a year earlier, while incentive spending averaged $3,020 per vehicle, or 6.1% of the price, according to AutoPulse.

"Buyers pulled forward purchases to beat price increases, and that demand will not be there next quarter," said Carla Benedetti, AutoPulse's chief analyst. "We expect the annual rate to drop back to about 15.5 million in the second quarter."
""", [
    F("4.2%", 4.2, "%", "C", "up", "U.S. auto sales|new-vehicle sales|sales", MAR, None, ctx="sales rise 4.2%",
      source_alt=AP),
    F("4.2%", 4.2, "%", "C", "up", "U.S. new-vehicle sales|new-vehicle sales|sales", MAR, "AutoPulse",
      ctx="sales rose 4.2%", source_alt=["research firm"]),
    F("about 1.49 million", 1.49e6, "#unit", "L", "up", "U.S. new-vehicle sales|new-vehicle sales|sales", MAR,
      "AutoPulse", source_alt=["research firm"], unit_alt=["vehicle"]),
    F("16.4 million", 16.4e6, "#vehicle", "L", "up", "U.S. seasonally adjusted annual rate of vehicle sales|"
      "annual rate|sales", MAR, None, source_alt=AP, kind_alt=["ratio"]),
    F("16.0 million", 16.0e6, "#vehicle", "L", None, "U.S. seasonally adjusted annual rate of vehicle sales|"
      "annual rate|sales", M(2026, 2), None, source_alt=AP, kind_alt=["ratio"]),
    F("2.8%", 2.8, "%", "C", "up", "U.S. new-vehicle sales|sales", Q1, None, source_alt=AP),
    F("3.91 million", 3.91e6, "#vehicle", "L", "up", "U.S. new-vehicle sales|sales", Q1, None, source_alt=AP),
    F("7.6%", 7.6, "%", "C", "up", "Kaito Motor's U.S. sales|Kaito Motor|sales", Q1, None),
    F("611,200", 611200, "#vehicle", "L", "up", "Kaito Motor's U.S. sales|Kaito Motor|sales", Q1, None),
    F("46%", 46, "%", "S", None, "hybrids' share of Kaito Motor's U.S. volume|hybrids|volume", Q1, None),
    F("1.9%", 1.9, "%", "C", "dn", "Keystone Auto's U.S. sales|Keystone Auto|sales", Q1, None),
    F("498,700", 498700, "#vehicle", "L", "dn", "Keystone Auto's U.S. sales|Keystone Auto|sales", Q1, None),
    F("3%", 3, "%", "C", "up", "Keystone Auto pickup truck sales|pickup trucks", Q1, None, ctx="a 3% gain"),
    F("6.4%", 6.4, "%", "C", "dn", "Keystone Auto SUV sales|SUVs", Q1, None),
    F("7.1%", 7.1, "%", "S", "dn", "electric vehicles' share of U.S. sales|electric vehicles|sales", Q1, None,
      source_alt=AP),
    F("7.9%", 7.9, "%", "S", None, "electric vehicles' share of U.S. sales|electric vehicles|sales", Q(2025, 1),
      None, source_alt=AP),
    F("up to $7,500", 7500, "$", "L", None, "U.S. federal EV tax credits|tax credits|credits", None, None),
    F("$49,870", 49870, "$", "L", "up", "U.S. average transaction price|average transaction price|price", MAR,
      "AutoPulse"),
    F("2.1%", 2.1, "%", "C", "up", "U.S. average transaction price|average transaction price|price", MAR,
      "AutoPulse"),
    F("$3,020", 3020, "$", "R", None, "U.S. incentive spending per vehicle|incentive spending|incentives", MAR,
      "AutoPulse", unit_alt=["USD per vehicle"], kind_alt=["level"]),
    F("6.1%", 6.1, "%", "S", None, "U.S. incentive spending as a share of the price|incentive spending|price", MAR,
      "AutoPulse"),
    F("about 15.5 million", 15.5e6, "#vehicle", "L", "dn", "U.S. seasonally adjusted annual rate of vehicle sales|"
      "annual rate|sales", Q(2026, 2), "Carla Benedetti", source_alt=["Benedetti", "chief analyst", "AutoPulse",
                                                                       "We"], kind_alt=["ratio"]),
], ex=["10 months", "first-quarter", "first quarter", "next quarter", "second quarter", "April 1", "in the quarter"])

# ---------------------------------------------------------------- 24 A merger: per-share terms, premiums, fees, synergies
P = on("2026-03-23", "Monday")
FRI = last(P, "Friday")
CO = ["Northfield Pharmaceuticals", "Calder Therapeutics", "companies"]
story("b61-24", P, """
Northfield to buy Calder Therapeutics in cash-and-stock deal

March 23 (Wire) - Northfield Pharmaceuticals agreed to buy Calder Therapeutics for $48.50 per share in cash and stock, valuing the cancer-drug developer at about $11.2 billion, the companies said on Monday.

The offer represents a premium of 38% to Calder's closing price on Friday and 52% to its 30-day volume-weighted average price. Calder shareholders will receive $32.00 in cash and 0.2150 of a Northfield share for each Calder share they own.

Including debt, the deal has an enterprise value of about $12.4 billion. Northfield expects it to add to adjusted earnings per share in the second full year after closing and to generate annual cost savings of $600 million by the end of 2028.

Calder shares jumped 33% to $46.61 in premarket trading, below the value of the offer, a sign that some investors see regulatory risk. Northfield shares fell 3.2%.

Calder's lead drug, a treatment for ovarian cancer, generated sales of $1.1 billion last year, and analysts expect it to reach peak annual sales of about $4.5 billion.

Northfield will pay Calder a break fee of $560 million if the deal collapses for antitrust reasons; Calder would owe Northfield $340 million if it accepted a rival offer.

The boards of both companies have approved the deal, which is expected to close in the second half of 2026. Northfield will fund the cash portion with new debt and cash on hand. Once the deal is completed, Calder shareholders will own about 11% of the combined company.

"This is a rare chance to buy a growing, profitable oncology franchise at a reasonable price," Northfield Chief Executive Helen Marsh said on a call with analysts.

The deal is the largest biotech acquisition this year. Drugmakers have announced $68 billion of biotech deals so far in 2026, according to data provider DealScope, already more than in the whole of 2025.
""", [
    F("$48.50", 48.50, "$", "L", None, "Northfield's offer price per Calder share|offer|Calder Therapeutics", DAY(P),
      "companies", source_alt=CO[:2], unit_alt=["USD per share"], period_alt=[None]),
    F("about $11.2 billion", 11.2e9, "$", "L", None, "value of Northfield's offer for Calder Therapeutics|"
      "Calder Therapeutics|deal", DAY(P), "companies", source_alt=CO[:2], period_alt=[None]),
    F("38%", 38, "%", "C", "up", "premium of Northfield's offer to Calder's closing price|premium|offer", DAY(P),
      None, source_alt=CO, kind_alt=["level"], period_alt=[DAY(FRI)], direction_alt=[None]),
    F("52%", 52, "%", "C", "up", "premium of Northfield's offer to Calder's 30-day volume-weighted average price|"
      "premium|offer", DAY(P), None, source_alt=CO, kind_alt=["level"],
      period_alt=[(plus(FRI, -29), FRI)], direction_alt=[None]),
    F("$32.00", 32.00, "$", "L", None, "cash per Calder share in the Northfield deal|cash|Calder shareholders", None,
      None, source_alt=CO, unit_alt=["USD per share"], period_alt=[DAY(P)]),
    F("0.2150", 0.2150, None, "R", None, "Northfield shares per Calder share|exchange ratio|Northfield share", None,
      None, source_alt=CO, unit_alt=["share"], kind_alt=["level"], period_alt=[DAY(P)]),
    F("about $12.4 billion", 12.4e9, "$", "L", None, "enterprise value of the Northfield-Calder deal|"
      "enterprise value|deal", DAY(P), None, source_alt=CO, period_alt=[None]),
    F("$600 million", 600e6, "$", "L", None, "annual cost savings from the Northfield-Calder deal|cost savings|"
      "savings", (None, "2028-12"), "Northfield", source_alt=["Northfield Pharmaceuticals"],
      unit_alt=["USD per year"], period_alt=[Y(2028), DAY("2028-12-31")]),
    F("33%", 33, "%", "C", "up", "Calder Therapeutics shares|Calder shares|shares", DAY(P), None),
    F("$46.61", 46.61, "$", "L", "up", "Calder Therapeutics shares|Calder shares|shares", DAY(P), None),
    F("3.2%", 3.2, "%", "C", "dn", "Northfield Pharmaceuticals shares|Northfield shares|shares", DAY(P), None),
    F("$1.1 billion", 1.1e9, "$", "L", None, "sales of Calder's lead drug|sales|lead drug", Y(2025), None),
    F("about $4.5 billion", 4.5e9, "$", "L", None, "peak annual sales of Calder's lead drug|peak annual sales|"
      "lead drug", None, "analysts", unit_alt=["USD per year"]),
    F("$560 million", 560e6, "$", "L", None, "Northfield's break fee|break fee|fee", None, None,
      source_alt=["Northfield"]),
    F("$340 million", 340e6, "$", "L", None, "Calder's break fee|fee|Calder", None, None, source_alt=["Calder"]),
    F("about 11%", 11, "%", "S", None, "Calder shareholders' stake in the combined company|Calder shareholders|"
      "combined company", None, None, source_alt=CO, period_alt=[H(2026, 2)]),
    F("$68 billion", 68e9, "$", "L", "up", "biotech deals announced by drugmakers|biotech deals|deals", ytd(P),
      "DealScope", source_alt=["data provider"], period_alt=[("2026-01-01", P)]),
], ex=["30-day", "second half", "March 23"])

# ---------------------------------------------------------------- 25 BRIEF items: bullet lines of three companies on three calendars
P = on("2025-10-28", "Tuesday")
CQ3 = Q(2025, 3)
LQ4 = ("2025-07", "2025-09")
HH1 = ("2025-04", "2025-09")
story("b61-25", P, """
BRIEF-Corvane Systems Q3 revenue $1.24 bln vs $1.10 bln

Oct 28 (Wire) - Corvane Systems Inc:
* Q3 revenue $1.24 billion versus $1.10 billion a year ago
* Q3 adjusted earnings per share $0.42
* Q3 earnings per share view $0.38, revenue view $1.21 billion -- StreetView data
* Sees Q4 revenue $1.29 billion to $1.31 billion
* Says remaining performance obligations grew faster than revenue
* Says CFO Martin Adeyemi to step down at end of year; search for successor under way

BRIEF-Lakehead Forest Products posts fiscal Q4 loss as lumber prices slump

Oct 28 (Wire) - Lakehead Forest Products Ltd:
* Fiscal fourth-quarter sales C$812 million versus C$905 million
* Quarter ended Sept. 30 net loss C$46 million, or 38 Canadian cents per share
* Lumber shipments 612 million board feet, down 8%
* Says to curtail production at two British Columbia sawmills for six weeks
* Says U.S. duties on softwood lumber remain the main drag on results
* Says demand from housing and repair-and-remodel markets remained weak
* Says it is reviewing options for its pulp business, including a possible sale

BRIEF-Hartwell Group H1 pretax profit rises 14%

Oct 28 (Wire) - Hartwell Group Plc:
* H1 pretax profit £128.4 million versus £112.6 million
* Six months to 30 September revenue £1.46 billion, up 6%
* Interim dividend 9.2p per share
* Net debt £318 million at period end
* Full-year outlook unchanged
* Says order intake in defence and aerospace businesses at record level

Source text for the three items: company statements
Further company coverage:
""", [
    F("$1.24 bln", 1.24e9, "$", "L", "up", "Corvane Systems revenue|revenue|Corvane Systems", CQ3, None,
      source_alt=["Corvane Systems"]),
    F("$1.10 bln", 1.10e9, "$", "L", None, "Corvane Systems revenue|revenue|Corvane Systems", Q(2024, 3), None,
      source_alt=["Corvane Systems"]),
    F("$1.24 billion", 1.24e9, "$", "L", "up", "Corvane Systems revenue|revenue|Corvane Systems", CQ3, None,
      source_alt=["Corvane Systems"]),
    F("$1.10 billion", 1.10e9, "$", "L", None, "Corvane Systems revenue|revenue|Corvane Systems", Q(2024, 3), None,
      source_alt=["Corvane Systems"]),
    F("$0.42", 0.42, "$", "L", None, "Corvane Systems adjusted earnings per share|adjusted earnings per share|EPS",
      CQ3, None, source_alt=["Corvane Systems"], unit_alt=["USD per share"]),
    F("$0.38", 0.38, "$", "L", None, "Corvane Systems earnings per share view|EPS view|earnings per share", CQ3,
      "StreetView", source_alt=["StreetView data", "data"], unit_alt=["USD per share"]),
    F("$1.21 billion", 1.21e9, "$", "L", None, "Corvane Systems revenue view|revenue view|revenue", CQ3,
      "StreetView", source_alt=["StreetView data", "data"]),
    RNG("$1.29 billion to $1.31 billion", 1.29e9, 1.31e9, "$", "L", "up", "Corvane Systems revenue|revenue", Q(2025, 4),
        "Corvane Systems", direction_alt=[None]),
    F("C$812 million", 812e6, "C$", "L", "dn", "Lakehead Forest Products sales|sales|Lakehead Forest Products", LQ4,
      None, source_alt=["Lakehead Forest Products"], period_alt=[Q(2025, 3)]),
    F("C$905 million", 905e6, "C$", "L", None, "Lakehead Forest Products sales|sales|Lakehead Forest Products",
      ("2024-07", "2024-09"), None, source_alt=["Lakehead Forest Products"], period_alt=[Q(2024, 3)]),
    F("C$46 million", 46e6, "C$", "L", None, "Lakehead Forest Products net loss|net loss|loss", LQ4, None,
      source_alt=["Lakehead Forest Products"], value_alt=[-46e6]),
    CENTS("38 Canadian cents", 38, "C$", "L", None, "Lakehead Forest Products net loss per share|net loss|loss",
          LQ4, None, source_alt=["Lakehead Forest Products"], unit_alt=["CAD per share"]),
    F("612 million board feet", 612e6, "board foot", "L", "dn", "Lakehead Forest Products lumber shipments|"
      "lumber shipments|shipments", LQ4, None, source_alt=["Lakehead Forest Products"],
      unit_alt=["board feet", "foot"]),
    F("8%", 8, "%", "C", "dn", "Lakehead Forest Products lumber shipments|lumber shipments|shipments", LQ4, None,
      source_alt=["Lakehead Forest Products"]),
    F("two", 2, "#sawmill", "L", None, "Lakehead Forest Products sawmills to curtail|sawmills", None,
      "Lakehead Forest Products", ctx="at two British", source_alt=["Says"], kind_alt=["change"]),
    F("six weeks", 6, "wk", "L", None, "Lakehead Forest Products production curtailment|curtailment|production",
      None, "Lakehead Forest Products", kind_alt=["count"]),
    F("14%", 14, "%", "C", "up", "Hartwell Group pretax profit|pretax profit|Hartwell Group", HH1, None,
      source_alt=["Hartwell Group"]),
    F("£128.4 million", 128.4e6, "£", "L", "up", "Hartwell Group pretax profit|pretax profit|Hartwell Group", HH1,
      None, source_alt=["Hartwell Group"]),
    F("£112.6 million", 112.6e6, "£", "L", None, "Hartwell Group pretax profit|pretax profit|Hartwell Group",
      ("2024-04", "2024-09"), None, source_alt=["Hartwell Group"]),
    F("£1.46 billion", 1.46e9, "£", "L", "up", "Hartwell Group revenue|revenue", HH1, None,
      source_alt=["Hartwell Group"]),
    F("6%", 6, "%", "C", "up", "Hartwell Group revenue|revenue", HH1, None, source_alt=["Hartwell Group"]),
    CENTS("9.2p", 9.2, "£", "L", None, "Hartwell Group interim dividend|interim dividend|dividend", HH1, None,
          sub="pence", source_alt=["Hartwell Group"], unit_alt=["GBP per share", "penny"], period_alt=[None]),
    F("£318 million", 318e6, "£", "L", None, "Hartwell Group net debt|net debt", DAY("2025-09-30"), None,
      source_alt=["Hartwell Group"], period_alt=[HH1]),
], ex=["Q3", "Q4", "H1", "fourth-quarter", "Sept. 30", "30 September", "Oct 28", "the three items",
       "Quarter ended", "Six months"])

# ---------------------------------------------------------------- 26 A Dubai developer's third quarter and nine months, in dirhams
P = on("2025-11-06", "Thursday")
Q3 = Q(2025, 3)
SC = ["Sahara Crest Properties", "company"]
story("b61-26", P, """
Dubai's Sahara Crest posts 22% profit rise as off-plan sales boom

DUBAI, Nov 6 (Wire) - Dubai developer Sahara Crest Properties said on Thursday its third-quarter net profit rose 22% to AED2.91 billion ($792 million), as buyers from India, Britain and Russia snapped up homes that have yet to be built.

Revenue climbed 18% to AED7.8 billion. Property sales, which include bookings for homes not yet completed, rose 34% to AED18.6 billion in the quarter and reached AED52.4 billion in the first nine months of the year.

The group's revenue backlog, sales that will be recognised as homes are handed over, stood at AED128 billion at the end of September, which the company said would support earnings for the next four to five years.

Sahara Crest launched 11 projects in the quarter. Its hotels had an average occupancy of 79%, up from 74% a year earlier, as tourist arrivals to the emirate hit a record.

Shares of the company rose 1.8% to AED14.55 on the Dubai Financial Market after the results, taking their gain this year to 41%.

Dubai's property market is in its fifth year of a boom that began after the pandemic. Residential prices rose 14% over the 12 months to September, according to property consultancy Khaleej Realty Partners, while real estate transactions in the emirate have totalled AED541 billion so far this year, Dubai Land Department data show.

"There is some froth in the off-plan segment, but end-user demand remains deep," said Nadia Farouk, head of research at Khaleej Realty Partners. She expects about 76,000 new homes to be completed in 2026, the most in a decade, which could slow price growth.

Developers and the government have sought to reassure investors that the market will not repeat the crash of 2009, when prices halved. Mortgage lending is tighter and most buyers now pay in cash, analysts say.
""", [
    F("22%", 22, "%", "C", "up", "Sahara Crest Properties net profit|net profit|profit", Q3, None, ctx="posts 22%",
      source_alt=SC),
    F("22%", 22, "%", "C", "up", "Sahara Crest Properties net profit|net profit|profit", Q3,
      "Sahara Crest Properties", ctx="rose 22%"),
    F("AED2.91 billion", 2.91e9, "AED", "L", "up", "Sahara Crest Properties net profit|net profit|profit", Q3,
      "Sahara Crest Properties"),
    F("$792 million", 792e6, "$", "L", "up", "Sahara Crest Properties net profit|net profit|profit", Q3,
      "Sahara Crest Properties"),
    F("18%", 18, "%", "C", "up", "Sahara Crest Properties revenue|revenue", Q3, None, source_alt=SC),
    F("AED7.8 billion", 7.8e9, "AED", "L", "up", "Sahara Crest Properties revenue|revenue", Q3, None,
      source_alt=SC),
    F("34%", 34, "%", "C", "up", "Sahara Crest Properties property sales|property sales|sales", Q3, None,
      source_alt=SC),
    F("AED18.6 billion", 18.6e9, "AED", "L", "up", "Sahara Crest Properties property sales|property sales|sales",
      Q3, None, source_alt=SC),
    F("AED52.4 billion", 52.4e9, "AED", "L", None, "Sahara Crest Properties property sales|property sales|sales",
      MM(2025, 1, 2025, 9), None, source_alt=SC),
    F("AED128 billion", 128e9, "AED", "L", None, "Sahara Crest Properties revenue backlog|revenue backlog|backlog",
      DAY("2025-09-30"), None, source_alt=SC, period_alt=[M(2025, 9), Q3]),
    F("11", 11, "#project", "L", None, "Sahara Crest Properties project launches|projects", Q3, None,
      ctx="launched 11", source_alt=SC),
    F("79%", 79, "%", "L", "up", "Sahara Crest Properties hotel occupancy|occupancy|hotels", Q3, None,
      source_alt=SC, kind_alt=["share"]),
    F("74%", 74, "%", "L", None, "Sahara Crest Properties hotel occupancy|occupancy|hotels", Q(2024, 3), None,
      source_alt=SC, kind_alt=["share"]),
    F("1.8%", 1.8, "%", "C", "up", "Sahara Crest Properties shares|shares", DAY(P), None),
    F("AED14.55", 14.55, "AED", "L", "up", "Sahara Crest Properties shares|shares", DAY(P), None),
    F("41%", 41, "%", "C", "up", "Sahara Crest Properties shares|shares|gain", ytd(P), None,
      period_alt=[("2025-01-01", P)]),
    F("14%", 14, "%", "C", "up", "Dubai residential prices|residential prices|prices", span12(2025, 9),
      "Khaleej Realty Partners", source_alt=["property consultancy"]),
    F("AED541 billion", 541e9, "AED", "L", None, "Dubai real estate transactions|real estate transactions|"
      "transactions", ytd(P), "Dubai Land Department data", source_alt=["Dubai Land Department", "data"],
      period_alt=[("2025-01-01", P)]),
    F("about 76,000", 76000, "#home", "L", None, "new homes to be completed in Dubai|new homes|homes", Y(2026),
      "Nadia Farouk", source_alt=["Farouk", "She", "Khaleej Realty Partners"]),
    F("halved", 0.5, None, "R", "dn", "Dubai property prices|prices", Y(2009), None, unit_alt=["times"],
      kind_alt=["change"], value_alt=[50]),
], ex=["first nine months", "four to five years", "in the quarter", "Nov 6", "12 months to September",
       "third-quarter", "fifth year"])

# ---------------------------------------------------------------- 27 Streaming subscribers: a fourth quarter, guidance, a price rise from February
P = on("2026-01-21", "Wednesday")
Q4 = Q(2025, 4)
MM_ = ["Marquee Media", "company"]
story("b61-27", P, """
Vista+ adds record 14.2 million subscribers on live sports push

LOS ANGELES, Jan 21 (Wire) - Marquee Media said on Wednesday its Vista+ streaming service added a record 14.2 million paid subscribers in the fourth quarter, lifting the total to 318.4 million, as live sports and cheaper plans in India drew new customers.

Analysts had expected 9.6 million net additions, according to data firm StreetView. Marquee shares jumped 6.8% in extended trading.

Revenue rose 17% to $11.9 billion in the October-December quarter, and the operating margin widened to 27.4% from 22.1% a year earlier. Average revenue per member fell 2% to $11.62, reflecting faster growth in lower-priced markets.

The company forecast 2026 revenue of $50.7 billion to $51.7 billion and an operating margin of 30%. Its advertising-supported tier now reaches 94 million monthly active users, it said, and ad revenue is expected to roughly double this year.

Vista+ will raise the price of its standard plan in the United States by $2 to $19.99 a month from February, its first increase in two years.

"Live is the new front door," co-Chief Executive Sam Whitaker said on a call with analysts. "People come for the match and stay for the series."

The company signed a 10-year deal worth $5 billion for the rights to weekly football games in November, its biggest sports commitment so far.

Investors have rewarded the strategy. Marquee shares rose 38% in 2025, outperforming the broader market, though some analysts worry that rising content costs will squeeze margins once subscriber growth slows in mature markets.
""", [
    F("14.2 million", 14.2e6, "#subscriber", "C", "up", "Vista+ paid subscribers|subscribers|Vista+", Q4, None,
      ctx="adds record 14.2 million", source_alt=MM_, kind_alt=["level"]),
    F("14.2 million", 14.2e6, "#subscriber", "C", "up", "Vista+ paid subscribers|subscribers|Vista+", Q4,
      "Marquee Media", ctx="added a record 14.2 million", kind_alt=["level"]),
    F("318.4 million", 318.4e6, "#subscriber", "L", "up", "Vista+ paid subscribers|subscribers|total", Q4,
      "Marquee Media", period_alt=[DAY("2025-12-31")]),
    F("9.6 million", 9.6e6, "#subscriber", "C", "up", "analysts' expectations for Vista+ net additions|"
      "net additions|Analysts", Q4, "StreetView", source_alt=["data firm", "Analysts"], kind_alt=["level"]),
    F("6.8%", 6.8, "%", "C", "up", "Marquee Media shares|Marquee shares|shares", DAY(P), None),
    F("17%", 17, "%", "C", "up", "Marquee Media revenue|revenue", Q4, None, source_alt=MM_),
    F("$11.9 billion", 11.9e9, "$", "L", "up", "Marquee Media revenue|revenue", Q4, None, source_alt=MM_),
    F("27.4%", 27.4, "%", "L", "up", "Marquee Media operating margin|operating margin|margin", Q4, None,
      source_alt=MM_, kind_alt=["share"]),
    F("22.1%", 22.1, "%", "L", None, "Marquee Media operating margin|operating margin|margin", Q(2024, 4), None,
      source_alt=MM_, kind_alt=["share"]),
    F("2%", 2, "%", "C", "dn", "Vista+ average revenue per member|average revenue per member|revenue", Q4, None,
      ctx="fell 2%", source_alt=MM_),
    F("$11.62", 11.62, "$", "L", "dn", "Vista+ average revenue per member|average revenue per member|revenue", Q4,
      None, source_alt=MM_, unit_alt=["USD per member"]),
    RNG("$50.7 billion to $51.7 billion", 50.7e9, 51.7e9, "$", "L", None, "Marquee Media revenue|revenue", Y(2026),
        "company", source_alt=["Marquee Media"]),
    F("30%", 30, "%", "L", None, "Marquee Media operating margin|operating margin|margin", Y(2026), "company",
      source_alt=["Marquee Media"], kind_alt=["share"]),
    F("94 million", 94e6, "#user", "L", None, "Vista+ ad tier monthly active users|monthly active users|ad tier",
      DAY(P), "Marquee Media", source_alt=["it", "company"], period_alt=[None, Q4]),
    F("double", 2, None, "R", "up", "Marquee Media ad revenue|ad revenue|revenue", Y(2026), None,
      source_alt=MM_, unit_alt=["times"], kind_alt=["change"], value_alt=[100]),
    F("$2", 2, "$", "C", "up", "price of the Vista+ standard plan in the United States|standard plan|price",
      ("2026-02", None), None, ctx="by $2", source_alt=["Vista+", "Marquee Media"], period_alt=[M(2026, 2)]),
    F("$19.99", 19.99, "$", "L", "up", "price of the Vista+ standard plan in the United States|standard plan|price",
      ("2026-02", None), None, source_alt=["Vista+", "Marquee Media"], unit_alt=["USD per month"],
      period_alt=[M(2026, 2)]),
    F("$5 billion", 5e9, "$", "L", None, "Vista+ football rights deal|deal|rights", M(2025, 11), None,
      source_alt=MM_, period_alt=[None]),
    F("38%", 38, "%", "C", "up", "Marquee Media shares|Marquee shares|shares", Y(2025), None),
], ex=["fourth quarter", "October-December quarter", "two years", "10-year", "Jan 21"])

# ---------------------------------------------------------------- 28 The weekend box office: Friday through Sunday estimates
P = on("2025-12-21", "Sunday")
WE = ("2025-12-19", "2025-12-21")
story("b61-28", P, """
'Starfall' soars to $88 million debut as holiday box office heats up

LOS ANGELES, Dec 21 (Wire) - Space epic "Starfall: The Long Night" topped North American box office charts with an estimated $88.4 million in ticket sales from Friday through Sunday, distributor Meridian Pictures said, the biggest December opening since 2021.

The film, which cost about $250 million to make, added $142 million from international markets for a global debut of $230.4 million. It played in 4,150 theaters in the United States and Canada, averaging about $21,300 per location.

Animated family film "Puddle Jumpers" fell to second place with $24.1 million in its third weekend, bringing its domestic total to $168.2 million. Romantic comedy "Mistletoe Mix-Up" was third with $12.6 million.

Horror film "The Quiet Floor" opened in fourth place with $9.8 million, already recovering most of its reported $15 million budget in its first weekend.

Audiences gave "Starfall" an A grade in exit polls, suggesting it will hold up well over the Christmas and New Year holidays, when most schools are closed and cinemas typically record their busiest days of the year.

"This is exactly what theaters needed going into the holidays," said Lena Park, senior media analyst at box office tracker ReelCount. "Family films and event movies are finally arriving at the same time."

Overall, the weekend's 10 biggest films grossed about $171 million, up 12% from the same weekend last year, according to ReelCount. Domestic ticket sales for the year to date stand at $8.31 billion, up 5.1% from 2024 but still about 25% below the levels of 2019, before the pandemic.

Meridian plans to release a sequel to "Starfall" in 2027, the studio said.
""", [
    F("$88 million", 88e6, "$", "L", None, "Starfall debut|Starfall|debut", WE, None,
      source_alt=["Meridian Pictures"]),
    F("$88.4 million", 88.4e6, "$", "L", None, "Starfall: The Long Night ticket sales|Starfall|ticket sales", WE,
      "Meridian Pictures", source_alt=["distributor"]),
    F("about $250 million", 250e6, "$", "L", None, "Starfall production cost|cost|film", None, None),
    F("$142 million", 142e6, "$", "L", None, "Starfall international ticket sales|international markets|Starfall",
      WE, None, source_alt=["Meridian Pictures"]),
    F("$230.4 million", 230.4e6, "$", "L", None, "Starfall global debut|global debut|Starfall", WE, None,
      source_alt=["Meridian Pictures"]),
    F("4,150", 4150, "#theater", "L", None, "theaters showing Starfall|theaters|Starfall", WE, None),
    F("about $21,300", 21300, "$", "R", None, "Starfall average per theater|average|Starfall", WE, None,
      unit_alt=["USD per theater", "USD per location"], kind_alt=["level"]),
    F("$24.1 million", 24.1e6, "$", "L", "dn", "Puddle Jumpers ticket sales|Puddle Jumpers", WE, None,
      direction_alt=[None]),
    F("$168.2 million", 168.2e6, "$", "L", "up", "Puddle Jumpers domestic total|domestic total|Puddle Jumpers",
      ("2025-12-05", P), None, period_alt=[DAY(P), None], direction_alt=[None]),
    F("$12.6 million", 12.6e6, "$", "L", None, "Mistletoe Mix-Up ticket sales|Mistletoe Mix-Up", WE, None),
    F("$9.8 million", 9.8e6, "$", "L", None, "The Quiet Floor ticket sales|The Quiet Floor", WE, None),
    F("$15 million", 15e6, "$", "L", None, "The Quiet Floor budget|budget", None, None),
    F("10", 10, "#film", "L", None, "biggest films of the weekend|films", WE, None, ctx="weekend's 10",
      source_alt=["ReelCount"]),
    F("about $171 million", 171e6, "$", "L", "up", "weekend box office of the 10 biggest films|films|box office",
      WE, "ReelCount"),
    F("12%", 12, "%", "C", "up", "weekend box office of the 10 biggest films|box office|films", WE, "ReelCount"),
    F("$8.31 billion", 8.31e9, "$", "L", "up", "domestic ticket sales|ticket sales", ytd(P), None,
      source_alt=["ReelCount"], period_alt=[("2025-01-01", P)]),
    F("5.1%", 5.1, "%", "C", "up", "domestic ticket sales|ticket sales", ytd(P), None, source_alt=["ReelCount"],
      period_alt=[("2025-01-01", P)]),
    F("about 25%", 25, "%", "C", "dn", "domestic ticket sales against 2019|ticket sales", ytd(P), None,
      source_alt=["ReelCount"], kind_alt=["level"], period_alt=[("2025-01-01", P)]),
], ex=["Dec 21", "third weekend", "was third"])

# ---------------------------------------------------------------- 29 A Brazilian bank's third quarter, in reais, with a guidance range and the Selic
P = on("2025-11-10", "Monday")
Q3 = Q(2025, 3)
BP = ["Banco Paulista", "bank"]
story("b61-29", P, """
Banco Paulista's profit rises 11%, beats forecasts as provisions fall

SAO PAULO, Nov 10 (Wire) - Banco Paulista, Brazil's second-largest private lender, reported on Monday an 11% rise in third-quarter recurring net income to 11.9 billion reais ($2.2 billion), beating analysts' estimates, as lower provisions for bad loans offset the drag from high interest rates.

Analysts had expected recurring profit of 11.6 billion reais, according to a StreetView poll.

The loan book grew 7.6% from a year earlier to 1.39 trillion reais at the end of September, led by lending to small businesses and payroll-deductible personal loans, which carry lower risk because repayments come straight out of salaries.

The ratio of loans more than 90 days overdue fell to 1.9% from 2.1% a year earlier, the lowest in more than three years.

The bank kept its guidance for loan growth of 5.5% to 9.5% in 2025. It will distribute 3.2 billion reais in interest on capital, a form of dividend, on Nov. 28.

"Asset quality surprised positively again. The bank is proving it can grow without taking more risk," said Beatriz Lacerda, a banking analyst at Atlantico Investimentos in Sao Paulo.

Shares rose 2.4% to 39.15 reais by midday, while the benchmark Bovespa index was little changed.

Brazil's central bank has kept its benchmark Selic rate at 15% since June, the highest in almost two decades, to bring inflation of 5.2% back toward its 3% target. Economists polled by the central bank expect the first rate cut in March.

Rival lenders have reported mixed results. State-controlled banks have been hit by rising defaults among farmers, who have struggled with lower crop prices and high borrowing costs.
""", [
    F("11%", 11, "%", "C", "up", "Banco Paulista recurring net income|profit|Banco Paulista", Q3, None,
      ctx="profit rises 11%", source_alt=BP),
    F("11%", 11, "%", "C", "up", "Banco Paulista recurring net income|recurring net income|net income", Q3,
      "Banco Paulista", ctx="an 11% rise"),
    F("11.9 billion reais", 11.9e9, "R$", "L", "up", "Banco Paulista recurring net income|recurring net income|"
      "net income", Q3, "Banco Paulista"),
    F("$2.2 billion", 2.2e9, "$", "L", "up", "Banco Paulista recurring net income|recurring net income|"
      "net income", Q3, "Banco Paulista"),
    F("11.6 billion reais", 11.6e9, "R$", "L", None, "analysts' expected recurring profit of Banco Paulista|"
      "recurring profit|Analysts", Q3, "StreetView", source_alt=["StreetView poll", "Analysts"]),
    F("7.6%", 7.6, "%", "C", "up", "Banco Paulista loan book|loan book|loans", DAY("2025-09-30"), None,
      source_alt=BP, period_alt=[Q3, M(2025, 9)]),
    F("1.39 trillion reais", 1.39e12, "R$", "L", "up", "Banco Paulista loan book|loan book|loans",
      DAY("2025-09-30"), None, source_alt=BP, period_alt=[Q3, M(2025, 9)]),
    F("1.9%", 1.9, "%", "S", "dn", "Banco Paulista 90-day overdue loan ratio|ratio|loans", DAY("2025-09-30"), None,
      source_alt=BP, kind_alt=["level", "ratio"], period_alt=[Q3]),
    F("2.1%", 2.1, "%", "S", None, "Banco Paulista 90-day overdue loan ratio|ratio|loans", DAY("2024-09-30"), None,
      source_alt=BP, kind_alt=["level", "ratio"], period_alt=[Q(2024, 3)]),
    RNG("5.5% to 9.5%", 5.5, 9.5, "%", "C", "up", "Banco Paulista loan growth guidance|loan growth|guidance",
        Y(2025), None, source_alt=BP, kind_alt=["level"]),
    F("3.2 billion reais", 3.2e9, "R$", "L", None, "Banco Paulista interest on capital|interest on capital|"
      "dividend", DAY("2025-11-28"), None, source_alt=BP, period_alt=[Q3]),
    F("2.4%", 2.4, "%", "C", "up", "Banco Paulista shares|shares", DAY(P), None),
    F("39.15 reais", 39.15, "R$", "L", "up", "Banco Paulista shares|shares", DAY(P), None),
    F("15%", 15, "%", "L", "unch", "Brazil's Selic rate|Selic|benchmark rate", ("2025-06", "2025-11"), None,
      source_alt=["central bank"], direction_alt=[None], period_alt=[DAY(P), ("2025-06", P)]),
    F("5.2%", 5.2, "%", "L", None, "Brazil's inflation|inflation", DAY(P), None, kind_alt=["change"],
      period_alt=[None, M(2025, 10)]),
    F("3%", 3, "%", "L", None, "Brazil's central bank inflation target|target", None, None, ctx="its 3% target",
      source_alt=["central bank"]),
], ex=["third-quarter", "90 days", "three years", "two decades", "Nov 10", "Nov. 28", "the first rate cut"])

# ---------------------------------------------------------------- 30 A Kenyan telecom's half-year to September (fiscal year April-March)
P = on("2025-11-08", "Saturday")
H1 = ("2025-04", "2025-09")
JT = ["Jamii Telkom", "telecom operator"]
story("b61-30", P, """
Jamii Telkom half-year profit up 16.4pc on mobile money

NAIROBI, November 8 — Jamii Telkom's net profit for the six months to September rose 16.4 per cent to KSh34.2 billion, the telecom operator said on Friday, as growth in its mobile money business offset continued losses at its Ethiopian subsidiary.

Service revenue grew 10.2 per cent to KSh192.4 billion. Revenue from the mobile money platform, Pesa Haraka, jumped 15.7 per cent to KSh81.3 billion and now accounts for 42 per cent of service revenue.

The Ethiopian unit's loss before interest and tax narrowed to KSh11.8 billion from KSh14.1 billion a year earlier, as the subsidiary signed up more customers and the birr stabilised. It had 9.6 million active customers at the end of September.

In Kenya, the number of customers who used the network at least once in the previous month rose to 38.4 million, of whom 33.1 million used Pesa Haraka.

The board declared an interim dividend of KSh0.85 per share, unchanged from last year, payable on March 31. The company kept its guidance for earnings before interest and tax of KSh120 billion to KSh125 billion for the full year to March 2026.

"Ethiopia is on track to break even at the operating level within the next financial year," chief executive Grace Wanjiku told analysts. "Mobile money remains our engine."

Shares in Jamii Telkom, the biggest listed company on the Nairobi Securities Exchange, rose 3.1 per cent to KSh28.40 on Friday. They have gained 62 per cent this year, helped by a return of foreign investors to Kenyan equities after a period of currency stability.

The government, which owns a stake in the company, has been considering selling part of its holding to raise funds for the budget.
""", [
    F("16.4pc", 16.4, "%", "C", "up", "Jamii Telkom net profit|profit|Jamii Telkom", H1, None, source_alt=JT),
    F("16.4 per cent", 16.4, "%", "C", "up", "Jamii Telkom net profit|net profit|profit", H1, "Jamii Telkom",
      source_alt=["telecom operator"]),
    F("KSh34.2 billion", 34.2e9, "KSh", "L", "up", "Jamii Telkom net profit|net profit|profit", H1, "Jamii Telkom",
      source_alt=["telecom operator"]),
    F("10.2 per cent", 10.2, "%", "C", "up", "Jamii Telkom service revenue|service revenue|revenue", H1, None,
      source_alt=JT),
    F("KSh192.4 billion", 192.4e9, "KSh", "L", "up", "Jamii Telkom service revenue|service revenue|revenue", H1,
      None, source_alt=JT),
    F("15.7 per cent", 15.7, "%", "C", "up", "Pesa Haraka mobile money revenue|mobile money|revenue", H1, None,
      source_alt=JT),
    F("KSh81.3 billion", 81.3e9, "KSh", "L", "up", "Pesa Haraka mobile money revenue|mobile money|revenue", H1,
      None, source_alt=JT),
    F("42 per cent", 42, "%", "S", None, "Pesa Haraka share of Jamii Telkom service revenue|Pesa Haraka|"
      "service revenue", H1, None, source_alt=JT, period_alt=[DAY(P)]),
    F("KSh11.8 billion", 11.8e9, "KSh", "L", "dn", "Jamii Telkom Ethiopian unit loss before interest and tax|"
      "Ethiopian unit|loss", H1, None, source_alt=JT, value_alt=[-11.8e9]),
    F("KSh14.1 billion", 14.1e9, "KSh", "L", None, "Jamii Telkom Ethiopian unit loss before interest and tax|"
      "Ethiopian unit|loss", ("2024-04", "2024-09"), None, source_alt=JT, value_alt=[-14.1e9]),
    F("9.6 million", 9.6e6, "#customer", "L", None, "Jamii Telkom Ethiopia active customers|customers|"
      "Ethiopian unit", DAY("2025-09-30"), None, source_alt=JT, period_alt=[H1]),
    F("38.4 million", 38.4e6, "#customer", "L", "up", "Jamii Telkom Kenya monthly active customers|customers",
      DAY("2025-09-30"), None, source_alt=JT, period_alt=[H1, M(2025, 9)]),
    F("33.1 million", 33.1e6, "#customer", "L", None, "Pesa Haraka monthly active customers|Pesa Haraka|customers",
      DAY("2025-09-30"), None, source_alt=JT, period_alt=[H1, M(2025, 9)]),
    F("KSh0.85", 0.85, "KSh", "L", "unch", "Jamii Telkom interim dividend|interim dividend|dividend", H1, None,
      source_alt=["board", "Jamii Telkom"], unit_alt=["KES per share"], direction_alt=[None], period_alt=[None]),
    RNG("KSh120 billion to KSh125 billion", 120e9, 125e9, "KSh", "L", None, "Jamii Telkom earnings before interest "
        "and tax guidance|earnings before interest and tax|EBIT", FY(2025, 4, 2026, 3), None, source_alt=JT),
    F("3.1 per cent", 3.1, "%", "C", "up", "Jamii Telkom shares|shares", DAY(last(P, "Friday")), None),
    F("KSh28.40", 28.40, "KSh", "L", "up", "Jamii Telkom shares|shares", DAY(last(P, "Friday")), None),
    F("62 per cent", 62, "%", "C", "up", "Jamii Telkom shares|shares", ytd(P), None,
      period_alt=[("2025-01-01", last(P, "Friday"))]),
], ex=["six months", "November 8", "March 31", "half-year"])
