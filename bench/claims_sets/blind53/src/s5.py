"""blind53 stories 41-50: central banks, prices, markets, jobs, farms, tourism, local budgets."""
from common import *

# ---------------------------------------------------------------- 41 Bank of Canada (bp, economists polled)
PUB = "2025-10-29"
BOC = "Bank of Canada"
story("b53-41", PUB, """
The Bank of Canada cut its key overnight rate by 25 basis points to 2.25% on Wednesday, its second cut in a row, as expected by all 27 economists polled by Reuters, and signalled that it may be done easing for now.

The bank now expects the economy to grow 1.2% this year and 1.0% in 2026, down from the 1.8% it had forecast for 2026 in July. It sees inflation hovering around its 2% target over the next two years.

Governor Adrian Marlowe said U.S. tariffs had permanently lowered the level of Canadian output by about 1.5%. "The economy is smaller than it would have been," he told reporters.

The Canadian dollar weakened 0.3% to C$1.3985 per U.S. dollar, or 71.51 U.S. cents, after the announcement.

Markets priced a roughly one-in-four chance of another cut by March, down from about 40% before the decision.
""", [
    F("25 basis points", 25, "bp", "C", "dn", "overnight rate|key rate|rate", PUB, None, source_alt=[BOC, "bank"]),
    F("2.25%", 2.25, "%", "L", "dn", "overnight rate|key rate|rate", PUB, None, source_alt=[BOC, "bank"]),
    F("27", 27, "#economist", "L", None, "economists polled|economists", None, "Reuters", period_alt=[PUB]),
    F("1.2%", 1.2, "%", "C", "up", "economic growth|economy|growth|GDP", Y(2025), BOC, source_alt=["bank"],
      kind_alt=["level"]),
    F("1.0%", 1.0, "%", "C", "up", "economic growth|economy|growth|GDP", Y(2026), BOC, source_alt=["bank"],
      kind_alt=["level"]),
    F("1.8%", 1.8, "%", "C", "up", "economic growth forecast|economic growth|growth|forecast", Y(2026), BOC,
      source_alt=["bank"], kind_alt=["level"], direction_alt=[None]),
    F("2%", 2, "%", "L", None, "inflation target|target|inflation", None, BOC, source_alt=["bank"], ctx="its 2% target",
      kind_alt=["change"], period_alt=[("2025-10", "2027-10")]),
    F("1.5%", 1.5, "%", "C", "dn", "Canadian output|output|level of output", None, "Adrian Marlowe",
      source_alt=["Marlowe", "governor"]),
    F("0.3%", 0.3, "%", "C", "dn", "Canadian dollar|loonie|currency", PUB, None),
    F("C$1.3985", 1.3985, "C$", "L", "dn", "Canadian dollar|loonie|exchange rate", PUB, None,
      unit_alt=["CAD per USD"], direction_alt=[None, "increase"]),
    CENTS("71.51 U.S. cents", 71.51, "$", "L", "dn", "Canadian dollar|loonie|exchange rate", PUB, None,
          unit_alt=["U.S. cent"]),
    FR("one-in-four", 1, 4, "L", "dn", "odds of another cut|chance of another cut|odds|chance|rate cut", PUB, "markets",
       kind_alt=["share"], period_alt=[(PUB, "2026-03"), None]),
    F("40%", 40, "%", "L", None, "odds of another cut|chance of another cut|odds|chance|rate cut", PUB, "markets",
      kind_alt=["share"], period_alt=[None]),
], ex=["second cut", "two years"])

# ---------------------------------------------------------------- 42 UK inflation (per cent vs percentage points)
PUB = "2025-06-18"
MAY = M(2025, 5)
ONS = "Office for National Statistics"
story("b53-42", PUB, """
UK inflation rose to 3.4 per cent in May from 3.1 per cent in April, the highest in 15 months, driven by higher food and water bills, the Office for National Statistics said on Wednesday.

Economists polled by Reuters had expected a rate of 3.3 per cent. The Bank of England's target is 2 per cent.

Food prices rose 4.4 per cent over the year, up from 3.4 per cent, with chocolate up 17.6 per cent and butter up about a tenth. Services inflation, watched closely by the Bank, eased to 4.7 per cent from 5.4 per cent, a fall of 0.7 percentage points.

Core inflation, which strips out energy, food, alcohol and tobacco, held at 3.5 per cent.

"The 0.3-point rise in the headline rate is mostly one-off price increases," said Ruth Fennimore, chief economist at the Harwell Institute. She expects inflation to peak at 3.7 per cent in September before falling back.

The pound was little changed at $1.3512.
""", [
    F("3.4 per cent", 3.4, "%", "L", "up", "inflation|UK inflation|consumer price inflation", MAY, ONS,
      ctx="rose to 3.4 per cent", kind_alt=["change"], source_alt=["ONS"], period_alt=[span12(2025, 5)]),
    F("3.1 per cent", 3.1, "%", "L", None, "inflation|UK inflation", M(2025, 4), ONS, kind_alt=["change"],
      source_alt=["ONS"], period_alt=[span12(2025, 4)], direction_alt=["increase"]),
    F("3.3 per cent", 3.3, "%", "L", None, "expected inflation rate|inflation|rate", MAY, "economists",
      kind_alt=["change"], source_alt=["Reuters"]),
    F("2 per cent", 2, "%", "L", None, "Bank of England's target|inflation target|target", None, None,
      kind_alt=["change"], source_alt=["Bank of England"]),
    F("4.4 per cent", 4.4, "%", "C", "up", "food prices|food inflation|food", MAY, None, period_alt=[span12(2025, 5)],
      kind_alt=["level"]),
    F("3.4 per cent", 3.4, "%", "C", "up", "food prices|food inflation|food", M(2025, 4), None, ctx="up from 3.4 per cent",
      period_alt=[span12(2025, 4)], kind_alt=["level"], direction_alt=[None]),
    F("17.6 per cent", 17.6, "%", "C", "up", "chocolate prices|chocolate", MAY, None, period_alt=[span12(2025, 5)]),
    FR("a tenth", 1, 10, "C", "up", "butter prices|butter", MAY, None, period_alt=[span12(2025, 5)]),
    F("4.7 per cent", 4.7, "%", "L", "dn", "services inflation|services", MAY, None, kind_alt=["change"]),
    F("5.4 per cent", 5.4, "%", "L", None, "services inflation|services", M(2025, 4), None, kind_alt=["change"]),
    F("0.7 percentage points", 0.7, "pp", "C", "dn", "services inflation|services", MAY, None),
    F("3.5 per cent", 3.5, "%", "L", None, "core inflation|inflation", MAY, None, kind_alt=["change"],
      direction_alt=["unchanged"]),
    F("0.3-point", 0.3, "pp", "C", "up", "headline inflation rate|headline rate|inflation", MAY, "Ruth Fennimore",
      unit_alt=["point", "percent"], source_alt=["Fennimore"]),
    F("3.7 per cent", 3.7, "%", "L", "up", "inflation|peak inflation", M(2025, 9), "Ruth Fennimore",
      kind_alt=["change"], source_alt=["Fennimore"], direction_alt=[None]),
    F("$1.3512", 1.3512, "$", "L", None, "pound|sterling|exchange rate", PUB, None, direction_alt=["unchanged"]),
], ex=["15 months", "one-off"])

# ---------------------------------------------------------------- 43 currency and gold wrap (yen, euro, CHF)
PUB = "2026-09-25"
TH = last(PUB, "Thursday")
story("b53-43", PUB, """
The yen slid past 158 per dollar on Friday for the first time since July, while gold hit a record above $3,900 an ounce as investors bet that U.S. interest rates will fall faster than expected.

The dollar rose 0.6% to ¥158.42 in Asian trading, putting the Japanese currency down nearly 4% this month. Japan's top currency diplomat said officials were watching moves "with a high sense of urgency", language that preceded intervention worth about ¥5.5 trillion last year.

The euro edged up to $1.1837, and the Swiss franc strengthened to CHF 0.7861 per dollar, near its strongest in a decade.

Spot gold was up 1.2% at $3,912.60 an ounce by 0700 GMT, having gained 38% so far this year, according to LSEG data. Silver rose 2.1% to $47.35.

"Gold at $4,000 is now a question of weeks, not months," said Arun Mehta, a strategist at Bayfront Capital in Singapore. He said central banks bought a net 244 tonnes of gold in the second quarter, about 17% more than a year earlier.
""", [
    F("158", 158, "¥", "L", "dn", "yen|yen per dollar|exchange rate", PUB, None, ctx="past 158 per", unit_alt=["JPY per USD"]),
    F("$3,900", 3900, "$", "L", "up", "gold|gold price", PUB, None, unit_alt=["USD per ounce"]),
    F("0.6%", 0.6, "%", "C", "up", "dollar|dollar against the yen", PUB, None),
    F("¥158.42", 158.42, "¥", "L", "up", "dollar|dollar against the yen|exchange rate|yen", PUB, None),
    F("4%", 4, "%", "C", "dn", "yen|Japanese currency", ("2026-09", "2026-09"), None, ctx="nearly 4%",
      period_alt=[("2026-09-01", PUB)]),
    F("¥5.5 trillion", 5.5e12, "¥", "L", None, "currency intervention|intervention", Y(2025), None),
    F("$1.1837", 1.1837, "$", "L", "up", "euro", PUB, None),
    F("CHF 0.7861", 0.7861, "CHF", "L", "up", "Swiss franc|franc|exchange rate", PUB, None, direction_alt=["decrease", None]),
    F("1.2%", 1.2, "%", "C", "up", "spot gold|gold|gold price", PUB, "LSEG data", source_alt=["LSEG"]),
    F("$3,912.60", 3912.6, "$", "L", "up", "spot gold|gold|gold price", PUB, "LSEG data", source_alt=["LSEG"]),
    F("38%", 38, "%", "C", "up", "spot gold|gold|gold price", ("2026-01", "2026-09"), "LSEG data", source_alt=["LSEG"],
      period_alt=[("2026-01-01", PUB)]),
    F("2.1%", 2.1, "%", "C", "up", "silver|silver price", PUB, None),
    F("$47.35", 47.35, "$", "L", "up", "silver|silver price", PUB, None),
    F("$4,000", 4000, "$", "L", None, "gold price|gold", None, "Arun Mehta", source_alt=["Mehta"]),
    F("244 tonnes", 244, "tonne", "L", None, "central bank gold purchases|gold purchases|gold|central banks", Q(2026, 2),
      "Arun Mehta", source_alt=["Mehta"]),
    F("17%", 17, "%", "C", "up", "central bank gold purchases|gold purchases|central banks", Q(2026, 2), "Arun Mehta",
      source_alt=["Mehta"]),
], ex=["0700 GMT", "a decade", "second quarter", "first time"])

# ---------------------------------------------------------------- 44 US wireless price rises: ranges "between", "by X to Y"
PUB = "2025-04-02"
JUN = "2025-06-01"
PL = "Pinnacle Wireless"
story("b53-44", PUB, """
Pinnacle Wireless will raise prices on its older unlimited plans by $5 to $10 a month per line starting June 1, the company said on Tuesday, its second increase in 14 months.

A family of four on the affected plans would pay between $50 and $120 more a year, depending on the plan, according to a calculation by the consumer site BillWise. About 9 million lines, roughly a fifth of Pinnacle's postpaid phone customers, are affected.

The carrier said customers could avoid the increase by switching to newer plans, which start at $65 a month for a single line. It also raised its administrative fee from $3.49 to $3.99 per line.

Pinnacle, the country's third-largest carrier, lost 71,000 postpaid phone subscribers in the fourth quarter, while its two bigger rivals added a combined 1.1 million.

"Nobody likes paying more, but our network costs have climbed sharply," Chief Executive Ross Delacroix said in an interview. Analysts at Grafton Research estimated the change would lift annual revenue by $700 million to $900 million.
""", [
    F("$5 to $10", 5, "$", "C", "up", "plan prices|prices|older unlimited plans", (JUN, None), PL, value_hi=10,
      source_alt=["Pinnacle", "company"], period_alt=[M(2025, 6), None]),
    F("$50 and $120", 50, "$", "C", "up", "annual cost for a family of four|family of four|cost|bills", None, "BillWise",
      value_hi=120, source_alt=["consumer site"], kind_alt=["level"]),
    F("9 million", 9e6, "#line", "L", None, "affected lines|lines", None, None, source_alt=[PL]),
    FR("a fifth", 1, 5, "S", None, "affected postpaid phone customers|postpaid phone customers|customers|lines", None, None,
       source_alt=[PL]),
    F("$65", 65, "$", "L", None, "newer plan price|newer plans|price|plans", None, PL, source_alt=["carrier"]),
    F("$3.49", 3.49, "$", "L", None, "administrative fee|fee", None, None, source_alt=[PL, "carrier"],
      direction_alt=["increase"]),
    F("$3.99", 3.99, "$", "L", "up", "administrative fee|fee", None, None, source_alt=[PL, "carrier"],
      period_alt=[PUB]),
    F("71,000", 71000, "#subscriber", "C", "dn", "postpaid phone subscribers|subscribers|Pinnacle", Q(2024, 4), None),
    F("1.1 million", 1.1e6, "#subscriber", "C", "up", "rivals' subscribers|subscribers|rivals", Q(2024, 4), None),
    F("$700 million to $900 million", 700e6, "$", "C", "up", "annual revenue|revenue", None, "Grafton Research",
      value_hi=900e6, source_alt=["analysts"], kind_alt=["level"]),
], ex=["second increase", "14 months", "family of four", "third-largest", "fourth quarter", "two bigger rivals",
          "single line"])

# ---------------------------------------------------------------- 45 layoffs with elided nouns
PUB = "2026-06-09"
TG = "Tessaract Group"
story("b53-45", PUB, """
Tessaract Group, the software and consulting company, said on Tuesday it would cut about 12,000 jobs, or 8% of its workforce, as clients shift spending to automated tools, the largest layoff in its 31-year history.

About 5,000 of the cuts will fall in the United States and 3,000 in India, with the remaining 4,000 spread across Europe and Latin America. The company will also close 40 of its 260 offices.

Tessaract expects restructuring charges of $1.1 billion to $1.3 billion, most of them in the current quarter, and annual savings of about $1.8 billion from fiscal 2027, which begins in October.

The company employed about 150,000 people at the end of March, up from 141,000 a year earlier, after hiring heavily during a boom in cloud migration projects.

"These are colleagues, not numbers," Chief Executive Ilse Marchetti wrote in a memo to staff seen by Reuters. Severance will include at least 12 weeks of pay, she wrote.

Shares rose 4.5% in early trading.
""", [
    F("12,000", 12000, "#job", "C", "dn", "job cuts|jobs|workforce", None, TG, source_alt=["Tessaract", "company"],
      kind_alt=["level"]),
    F("8%", 8, "%", "C", "dn", "workforce|jobs", None, TG, source_alt=["Tessaract", "company"], kind_alt=["share"]),
    F("31-year", 31, "year", "L", None, "Tessaract Group's age|company|history|Tessaract Group", None, None,
      unit_alt=[None], kind_alt=["count", "year"]),
    F("5,000", 5000, "#job", "C", "dn", "U.S. job cuts|cuts|jobs", None, None, source_alt=[TG], kind_alt=["level"],
      unit_alt=["cut"]),
    F("3,000", 3000, "#job", "C", "dn", "India job cuts|cuts|jobs", None, None, source_alt=[TG], kind_alt=["level"],
      unit_alt=["cut"]),
    F("4,000", 4000, "#job", "C", "dn", "job cuts in Europe and Latin America|cuts|jobs", None, None, source_alt=[TG],
      kind_alt=["level"], unit_alt=["cut"]),
    F("40", 40, "#office", "C", "dn", "offices closed|offices", None, None, source_alt=[TG], kind_alt=["level"]),
    F("260", 260, "#office", "L", None, "offices", None, None, source_alt=[TG], period_alt=[PUB]),
    F("$1.1 billion to $1.3 billion", 1.1e9, "$", "L", None, "restructuring charges|charges", None, TG,
      value_hi=1.3e9, source_alt=["Tessaract"], period_alt=[("2026-04", "2026-06")]),
    F("$1.8 billion", 1.8e9, "$", "L", None, "annual savings|savings", ("2026-10", None), TG,
      source_alt=["Tessaract"], kind_alt=["change"], period_alt=[("2026-10", "2027-09"), None]),
    F("150,000", 150000, "#person", "L", "up", "employees|headcount|workforce", DAY("2026-03-31"), None,
      unit_alt=["people", "employee"], direction_alt=[None], period_alt=[M(2026, 3)]),
    F("141,000", 141000, "#person", "L", None, "employees|headcount|workforce", DAY("2025-03-31"), None,
      unit_alt=["people", "employee"], period_alt=[M(2025, 3)]),
    F("12 weeks", 12, "week", "L", None, "severance|severance pay", None, "Ilse Marchetti", source_alt=["Marchetti"]),
    F("4.5%", 4.5, "%", "C", "up", "Tessaract shares|shares|stock", PUB, None),
], ex=["current quarter"])

# ---------------------------------------------------------------- 46 Canadian wheat harvest (tonnes, bushels, fractions)
PUB = "2025-12-03"
STC = "Statistics Canada"
CY = Y(2025)
story("b53-46", PUB, """
Canadian farmers harvested 36.6 million tonnes of wheat this year, the second-largest crop on record and 4.8% more than in 2024, Statistics Canada said on Wednesday, beating the average trade estimate of 35.1 million tonnes.

Yields averaged 49.2 bushels an acre, up from 44.7, as timely August rains in Saskatchewan, which grows nearly half of the country's wheat, offset a dry spring in Alberta.

Canola production rose 11% to 21.8 million tonnes, while barley output fell about a tenth to 7.9 million tonnes.

The bigger crop has weighed on prices. Spring wheat for delivery in Saskatchewan was worth about C$285 a tonne last week, down from C$340 a year ago, according to the provincial agriculture ministry.

"We've got the bushels but not the price," said Darren Kowalchuk, who farms 4,200 acres near Rosetown. He said input costs per acre were roughly 30% higher than in 2021.

Canada exported 14.2 million tonnes of wheat between August and October, two-thirds of it through Vancouver.
""", [
    F("36.6 million tonnes", 36.6e6, "tonne", "L", None, "wheat harvest|wheat|crop", CY, STC),
    F("4.8%", 4.8, "%", "C", "up", "wheat harvest|wheat|crop", CY, STC),
    F("35.1 million tonnes", 35.1e6, "tonne", "L", None, "trade estimate|wheat harvest estimate|wheat|estimate", CY,
      "trade estimate", source_alt=[STC, "trade"]),
    F("49.2 bushels", 49.2, "bushel per acre", "L", "up", "wheat yields|yields|yield", CY, None,
      unit_alt=["bushel"], direction_alt=[None]),
    F("44.7", 44.7, "bushel per acre", "L", None, "wheat yields|yields|yield", Y(2024), None, unit_alt=["bushel"]),
    FR("half", 1, 2, "S", None, "Saskatchewan's share of wheat|Saskatchewan|wheat", None, None),
    F("11%", 11, "%", "C", "up", "canola production|canola", CY, None),
    F("21.8 million tonnes", 21.8e6, "tonne", "L", "up", "canola production|canola", CY, None),
    FR("a tenth", 1, 10, "C", "dn", "barley output|barley", CY, None),
    F("7.9 million tonnes", 7.9e6, "tonne", "L", "dn", "barley output|barley", CY, None),
    F("C$285", 285, "C$", "L", "dn", "spring wheat price|wheat price|spring wheat|price", ("2025-11-24", "2025-11-30"),
      "provincial agriculture ministry", source_alt=["agriculture ministry", "ministry"],
      period_alt=[("2025-11-24", "2025-11-28"), None], direction_alt=[None]),
    F("C$340", 340, "C$", "L", None, "spring wheat price|wheat price|spring wheat|price", "2024-12-03",
      "provincial agriculture ministry", source_alt=["agriculture ministry", "ministry"], period_alt=[M(2024, 12), None]),
    F("4,200 acres", 4200, "acre", "L", None, "Kowalchuk's farm|farm|acres", None, None, source_alt=["Darren Kowalchuk"]),
    F("30%", 30, "%", "C", "up", "input costs per acre|input costs|costs", ("2021-01", "2025-12"), "Darren Kowalchuk",
      source_alt=["Kowalchuk"], kind_alt=["level"], period_alt=[CY, None]),
    F("14.2 million tonnes", 14.2e6, "tonne", "L", None, "wheat exports|exports|wheat", ("2025-08", "2025-10"), None),
    FR("two-thirds", 2, 3, "S", None, "exports through Vancouver|wheat exports|exports|Vancouver", ("2025-08", "2025-10"),
       None),
], ex=["second-largest"])

# ---------------------------------------------------------------- 47 Singapore tourism (S$, twice as many)
PUB = "2026-02-11"
STB = "Singapore Tourism Board"
SA = ["STB", "board"]
story("b53-47", PUB, """
Singapore welcomed 17.2 million international visitors last year, up 4.2 per cent from 2024 but still about 10 per cent short of the 19.1 million who came in 2019, the Singapore Tourism Board said on Wednesday.

Tourism receipts rose to an estimated S$31.5 billion, a record, helped by concerts and big sporting events. Visitors from China, the largest source market, numbered 3.3 million, while arrivals from India jumped 19 per cent to 1.46 million.

Indonesia sent twice as many visitors as Australia did, the board's figures showed. Average hotel room rates were S$289 a night, up from S$276, and occupancy was 84.7 per cent.

The board expects 17.5 million to 18.5 million visitors this year, generating S$32 billion to S$33.5 billion in receipts.

"Every concert weekend is worth tens of millions," said hotelier Jonathan Seah, whose group runs four properties. He said his bookings for the first quarter were 12 per cent ahead of last year.
""", [
    F("17.2 million", 17.2e6, "#visitor", "L", "up", "international visitors|visitors|visitor arrivals", Y(2025), STB,
      source_alt=SA, direction_alt=[None]),
    F("4.2 per cent", 4.2, "%", "C", "up", "international visitors|visitors|visitor arrivals", Y(2025), STB, source_alt=SA),
    F("10 per cent", 10, "%", "C", "dn", "international visitors|visitors|visitor arrivals", Y(2025), STB, source_alt=SA,
      kind_alt=["level"], direction_alt=[None]),
    F("19.1 million", 19.1e6, "#visitor", "L", None, "international visitors|visitors|visitor arrivals", Y(2019), STB,
      source_alt=SA),
    F("S$31.5 billion", 31.5e9, "S$", "L", "up", "tourism receipts|receipts", Y(2025), None, source_alt=[STB]),
    F("3.3 million", 3.3e6, "#visitor", "L", None, "visitors from China|Chinese visitors|visitors|China", Y(2025), None,
      source_alt=[STB]),
    F("19 per cent", 19, "%", "C", "up", "arrivals from India|Indian arrivals|arrivals|India", Y(2025), None,
      source_alt=[STB]),
    F("1.46 million", 1.46e6, "#visitor", "L", "up", "arrivals from India|Indian arrivals|arrivals|India", Y(2025), None,
      source_alt=[STB], unit_alt=["arrival"]),
    F("twice", 2, None, "R", None, "visitors from Indonesia|Indonesian visitors|visitors|Indonesia", Y(2025), STB,
      unit_alt=["times"], direction_alt=["increase"], source_alt=["board's figures", "figures", "board"]),
    F("S$289", 289, "S$", "L", "up", "average hotel room rate|room rates|hotel room rates|rate", Y(2025), None,
      direction_alt=[None]),
    F("S$276", 276, "S$", "L", None, "average hotel room rate|room rates|hotel room rates|rate", Y(2024), None),
    F("84.7 per cent", 84.7, "%", "L", None, "hotel occupancy|occupancy", Y(2025), None, kind_alt=["share"]),
    F("17.5 million to 18.5 million", 17.5e6, "#visitor", "L", None, "visitors forecast|visitors|visitor arrivals", Y(2026),
      STB, value_hi=18.5e6, source_alt=SA),
    F("S$32 billion to S$33.5 billion", 32e9, "S$", "L", None, "tourism receipts forecast|receipts|tourism receipts",
      Y(2026), STB, value_hi=33.5e9, source_alt=SA),
    F("four", 4, "#property", "L", None, "properties run by Seah's group|properties|hotels", None, None,
      source_alt=["Jonathan Seah"], period_alt=[PUB]),
    F("12 per cent", 12, "%", "C", "up", "first-quarter bookings|bookings", Q(2026, 1), "Jonathan Seah",
      source_alt=["Seah"]),
], ex=["first quarter", "tens of millions"])

# ---------------------------------------------------------------- 48 Japanese rice prices (yen per 5kg, from X to Y)
PUB = "2025-07-07"
MAFF = "Agriculture Ministry"
wk = ("2025-06-23", "2025-06-29")
story("b53-48", PUB, """
The average price of rice at Japanese supermarkets fell for a sixth straight week to ¥3,801 per 5 kilograms in the week to June 29, down from a peak of ¥4,285 in May, the Agriculture Ministry said on Monday, as government stockpiles released at discount prices reached shelves.

Prices are still 42% higher than a year earlier, when a 5kg bag cost about ¥2,680 on average.

The government has sold about 610,000 tonnes of reserve rice since March, roughly two-thirds of its stockpile, and plans to release a further 200,000 tonnes through August. Stockpiled rice is being sold at about ¥2,000 a bag, half the price of this year's branded varieties.

Farm minister Kenji Morimoto said he wanted prices back "in the ¥3,000s" by the autumn harvest. Retailers reported that sales of imported rice, mostly from California, had risen fivefold since April.

Japan's core consumer inflation was 3.7% in May, with rice prices alone up 101.7% from a year earlier, data showed last month.
""", [
    F("¥3,801", 3801, "¥", "L", "dn", "average rice price|rice price|rice|price", wk, MAFF,
      source_alt=["ministry", "Agriculture Ministry"], unit_alt=["JPY per 5 kilograms"]),
    F("¥4,285", 4285, "¥", "L", None, "average rice price|rice price|peak|price", M(2025, 5), MAFF,
      source_alt=["ministry"]),
    F("42%", 42, "%", "C", "up", "average rice price|rice price|rice|prices", wk, None, kind_alt=["level"],
      period_alt=[PUB, None]),
    F("¥2,680", 2680, "¥", "L", None, "average rice price|rice price|5kg bag|price", ("2024-06-24", "2024-06-30"), None,
      period_alt=[M(2024, 6), "2024-07-07", None]),
    F("610,000 tonnes", 610000, "tonne", "L", None, "reserve rice sold|reserve rice|rice|stockpile", ("2025-03", "2025-07"),
      None, source_alt=["government"], kind_alt=["change"], period_alt=[None]),
    FR("two-thirds", 2, 3, "S", None, "share of stockpile sold|stockpile|reserve rice", ("2025-03", "2025-07"), None,
       source_alt=["government"], period_alt=[None]),
    F("200,000 tonnes", 200000, "tonne", "L", None, "further reserve rice release|reserve rice|release|rice",
      (PUB, "2025-08"), None, source_alt=["government"], kind_alt=["change"], period_alt=[(None, "2025-08")]),
    F("¥2,000", 2000, "¥", "L", None, "stockpiled rice price|stockpiled rice|price|bag", None, None, period_alt=[PUB]),
    F("half", 0.5, None, "R", None, "stockpiled rice price relative to branded rice|stockpiled rice|price", None, None,
      value_alt=[50], unit_alt=["percent", "times"], kind_alt=["share"], period_alt=[PUB]),
    F("¥3,000s", 3000, "¥", "L", None, "rice price target|rice prices|prices|price", (None, "2025-10"), "Kenji Morimoto",
      source_alt=["Morimoto"], period_alt=[None, ("2025-09", "2025-10")]),
    F("fivefold", 5, None, "R", "up", "imported rice sales|sales of imported rice|sales|imported rice",
      ("2025-04", "2025-07"), "retailers", unit_alt=["times"], direction_alt=[None], period_alt=[None]),
    F("3.7%", 3.7, "%", "L", None, "core consumer inflation|inflation|core inflation", M(2025, 5), None, source_alt=["data"],
      kind_alt=["change"], direction_alt=["increase"], period_alt=[span12(2025, 5)]),
    F("101.7%", 101.7, "%", "C", "up", "rice prices|rice", M(2025, 5), None, source_alt=["data"], period_alt=[span12(2025, 5)]),
], ex=["sixth straight", "5 kilograms", "5kg"])

# ---------------------------------------------------------------- 49 US state revenue: fiscal year from July, year to date
PUB = "2026-04-16"
FY = ("2025-07", "2026-06")
DOR = "Department of Revenue"
story("b53-49", PUB, """
Oregon's general fund collected $9.84 billion in the first nine months of the fiscal year that began July 1, up 3.2% from the same period a year earlier and $212 million above the state's March forecast, the Department of Revenue said on Wednesday.

Personal income tax receipts, which make up about 85% of the fund, rose 4.1% year to date. Corporate tax collections fell 9%, to $1.02 billion, as companies cut estimated payments.

March alone brought in $1.17 billion, compared with $1.06 billion in March 2025.

State economist Mark Ellery said the gain was "welcome but fragile". He said a stock market correction of 20% could wipe out between $300 million and $450 million of capital gains revenue in the next budget period.

Under the state's "kicker" law, taxpayers get a rebate if revenue beats the forecast by 2% or more at the end of a two-year budget cycle. Lawmakers have set aside $1.9 billion for the next kicker, equal to roughly 44% of the state's rainy day fund.
""", [
    F("$9.84 billion", 9.84e9, "$", "L", "up", "general fund collections|general fund|revenue|collections",
      ("2025-07", "2026-03"), DOR, source_alt=["department"], direction_alt=[None]),
    F("3.2%", 3.2, "%", "C", "up", "general fund collections|general fund|revenue|collections", ("2025-07", "2026-03"), DOR,
      source_alt=["department"]),
    F("$212 million", 212e6, "$", "C", "up", "general fund collections|general fund|revenue|collections",
      ("2025-07", "2026-03"), DOR, source_alt=["department"], kind_alt=["level"]),
    F("85%", 85, "%", "S", None, "personal income tax share of the general fund|personal income tax|general fund|fund",
      None, None, period_alt=[FY]),
    F("4.1%", 4.1, "%", "C", "up", "personal income tax receipts|receipts|personal income tax", ("2025-07", "2026-03"),
      None),
    F("9%", 9, "%", "C", "dn", "corporate tax collections|corporate tax|collections", ("2025-07", "2026-03"), None,
      ctx="fell 9%"),
    F("$1.02 billion", 1.02e9, "$", "L", "dn", "corporate tax collections|corporate tax|collections",
      ("2025-07", "2026-03"), None),
    F("$1.17 billion", 1.17e9, "$", "L", None, "March collections|collections|revenue", M(2026, 3), None,
      direction_alt=["increase"]),
    F("$1.06 billion", 1.06e9, "$", "L", None, "March collections|collections|revenue", M(2025, 3), None),
    F("20%", 20, "%", "C", "dn", "stock market correction|stock market|correction", None, "Mark Ellery",
      source_alt=["Ellery"], ctx="of 20%"),
    F("$300 million and $450 million", 300e6, "$", "C", "dn", "capital gains revenue|revenue|capital gains",
      ("2027-07", "2029-06"), "Mark Ellery", value_hi=450e6, source_alt=["Ellery"], kind_alt=["level"],
      period_alt=[None]),
    F("2%", 2, "%", "L", None, "kicker threshold|threshold|revenue|forecast", None, None, ctx="by 2% or more",
      kind_alt=["change"]),
    F("$1.9 billion", 1.9e9, "$", "L", None, "kicker set-aside|kicker|rebate", None, None, source_alt=["lawmakers"],
      period_alt=[PUB]),
    F("44%", 44, "%", "R", None, "kicker as share of rainy day fund|kicker|rainy day fund", None, None,
      kind_alt=["share", "level"], period_alt=[PUB]),
], ex=["first nine months", "two-year"])

# ---------------------------------------------------------------- 50 Canadian city budget (C$), ordinals that are not figures
PUB = "2025-12-12"
FY = Y(2026)
COUNCIL = ["Riverton city council", "council"]
story("b53-50", PUB, """
Riverton city council on Thursday approved a C$2.14 billion operating budget for 2026 that raises residential property taxes by 6.9%, the third increase of more than 5% in a row, after a debate that ran past midnight.

The increase will add about C$246 to the annual bill of an average home assessed at C$612,000, the city said. Council had been asked to approve 8.2% but trimmed it by 1.3 points by drawing C$18 million from reserves.

Police get C$412 million, up 4.4%, including funding for 60 more officers. Transit fares will rise by 25 cents to C$3.60 on Feb. 1, the first fare increase since 2022.

Mayor Denise Lafleur, who voted against the budget, said the city could have cut C$30 million to C$40 million in administrative costs. "Households are already stretched," she said. Councillor Ahmed Rahimi said the city's infrastructure deficit had grown to C$1.6 billion, and that delaying repairs "only makes them more expensive".

Council voted 9-4 in favour. Riverton is Canada's 11th-largest city, with about 780,000 residents.
""", [
    F("C$2.14 billion", 2.14e9, "C$", "L", None, "operating budget|budget", FY, None, source_alt=COUNCIL),
    F("6.9%", 6.9, "%", "C", "up", "residential property taxes|property taxes|taxes", FY, None, source_alt=COUNCIL),
    F("5%", 5, "%", "L", None, "tax increase threshold|increase|property taxes", None, None, ctx="more than 5%",
      kind_alt=["change"]),
    F("C$246", 246, "C$", "C", "up", "annual tax bill|bill|property tax bill", FY, "city", source_alt=["Riverton"],
      kind_alt=["level"]),
    F("C$612,000", 612000, "C$", "L", None, "average home assessment|average home|home", None, "city",
      source_alt=["Riverton"], period_alt=[PUB, FY]),
    F("8.2%", 8.2, "%", "C", "up", "proposed property tax increase|property tax increase|increase", FY, None),
    F("1.3 points", 1.3, "pp", "C", "dn", "property tax increase|increase|property taxes", FY, None,
      unit_alt=["point", "percent"]),
    F("C$18 million", 18e6, "C$", "L", None, "reserves drawn|reserves", FY, None, kind_alt=["change"],
      direction_alt=["decrease"]),
    F("C$412 million", 412e6, "C$", "L", "up", "police budget|police|funding", FY, None, direction_alt=[None]),
    F("4.4%", 4.4, "%", "C", "up", "police budget|police|funding", FY, None),
    F("60", 60, "#officer", "C", "up", "additional officers|officers|police", FY, None, ctx="60 more", kind_alt=["level"]),
    CENTS("25 cents", 25, "C$", "C", "up", "transit fares|fares|fare", ("2026-02-01", None), None,
          period_alt=[DAY("2026-02-01"), M(2026, 2)]),
    F("C$3.60", 3.6, "C$", "L", "up", "transit fares|fares|fare", ("2026-02-01", None), None,
      period_alt=[DAY("2026-02-01"), M(2026, 2)]),
    F("C$30 million to C$40 million", 30e6, "C$", "C", "dn", "administrative costs|costs|cuts", FY, "Denise Lafleur",
      value_hi=40e6, source_alt=["Lafleur", "mayor"], kind_alt=["level"], period_alt=[None]),
    F("C$1.6 billion", 1.6e9, "C$", "L", "up", "infrastructure deficit|deficit", None, "Ahmed Rahimi",
      source_alt=["Rahimi"], period_alt=[PUB]),
    F("780,000", 780000, "#resident", "L", None, "Riverton population|population|residents", None, None,
      unit_alt=["person", "people"], period_alt=[PUB]),
], ex=["third increase", "first fare increase", "9-4", "11th-largest"])
