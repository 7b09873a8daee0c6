"""blind52 stories 41-50."""
from common import *

# ---------------------------------------------------------------- 41 Indian monsoon and sowing
PUB = "2025-09-30"
SEASON = ("2025-06", "2025-09")
IMD = "India Meteorological Department"
MM = ["mm", "millimetre"]
story("b52-41", PUB, """
India's monsoon rainfall was 8 per cent above the long-period average in the June-September season, the India Meteorological Department said on Tuesday, the second straight year of above-normal rains, boosting prospects for rice and pulses.

The country received 941.2 mm of rain during the season, against a normal of 870 mm. Northwest India got 27 per cent more than normal, while the east and northeast were 20 per cent deficient.

Farmers had sown kharif crops on 110.2 million hectares by Sept. 26, up 1.4 per cent from a year earlier, farm ministry data showed. Rice acreage rose 4.6 per cent to 43.8 million hectares.

Water stored in the country's 161 major reservoirs stood at 82 per cent of capacity, compared with a 10-year average of 71 per cent.

Floods and landslides during the season killed at least 1,460 people, according to government data.
""", [
    F("8 per cent", 8, "%", "C", "up", "monsoon rainfall|rainfall|monsoon", SEASON, IMD, source_alt=["IMD"],
      kind_alt=["level"]),
    F("941.2 mm", 941.2, "millimeter", "L", None, "monsoon rainfall|rainfall|rain", SEASON, None, unit_alt=MM),
    F("870 mm", 870, "millimeter", "L", None, "normal monsoon rainfall|normal|rainfall", None, None, unit_alt=MM,
      period_alt=[SEASON]),
    F("27 per cent", 27, "%", "C", "up", "Northwest India rainfall|rainfall|Northwest India", SEASON, None,
      kind_alt=["level"]),
    F("20 per cent", 20, "%", "C", "dn", "east and northeast rainfall|rainfall in the east and northeast|rainfall|east and northeast",
      SEASON, None, kind_alt=["level"]),
    F("110.2 million hectares", 110.2e6, "hectare", "L", "up", "kharif sowing area|kharif crops|area|sowing",
      (None, "2025-09-26"), "farm ministry data", source_alt=["farm ministry", "ministry"],
      direction_alt=[None], period_alt=[("2025-06", "2025-09-26"), SEASON]),
    F("1.4 per cent", 1.4, "%", "C", "up", "kharif sowing area|kharif crops|area|sowing", (None, "2025-09-26"),
      "farm ministry data", source_alt=["farm ministry", "ministry"], period_alt=[("2025-06", "2025-09-26"), SEASON]),
    F("4.6 per cent", 4.6, "%", "C", "up", "rice acreage|rice|acreage", (None, "2025-09-26"), None,
      period_alt=[("2025-06", "2025-09-26"), SEASON]),
    F("43.8 million hectares", 43.8e6, "hectare", "L", "up", "rice acreage|rice|acreage", (None, "2025-09-26"),
      None, period_alt=[("2025-06", "2025-09-26"), SEASON]),
    F("161", 161, "#reservoir", "L", None, "major reservoirs|reservoirs", None, None),
    F("82 per cent", 82, "%", "S", None, "reservoir storage|reservoir storage as share of capacity|storage|reservoirs|capacity",
      None, None, kind_alt=["level"], period_alt=[PUB]),
    F("71 per cent", 71, "%", "S", None, "10-year average|10-year average reservoir storage|average|storage", None, None,
      kind_alt=["level"]),
    F("1,460", 1460, "#person", "L", None, "deaths|deaths from floods and landslides|deaths|people", SEASON,
      "government data", unit_alt=["people", "death"], source_alt=["government"]),
], ex=["second straight", "10-year"])

# ---------------------------------------------------------------- 42 airline consumer report
PUB = "2025-06-03"
APR = M(2025, 4)
DOT = "Transportation Department"
DA = ["Department of Transportation", "DOT"]
story("b52-42", PUB, """
U.S. airlines canceled 1.1% of scheduled domestic flights in April, down from 1.6% a year earlier, while 78.9% of flights arrived on time, the Transportation Department said on Tuesday.

The 10 largest U.S. carriers operated 598,300 scheduled domestic flights in the month, 2.4% more than a year earlier. Consumer complaints rose 17% to 8,914, with refund disputes accounting for about one in four.

Skyward Air had the best on-time rate, at 86.2%, while Pelican Jet had the worst, at 64.7%, and canceled 3.9% of its flights.

The department separately fined Pelican Jet $2.5 million for keeping passengers on planes for more than three hours without letting them off during tarmac delays in 2023 and 2024.
""", [
    F("1.1%", 1.1, "%", "S", "dn", "domestic flights canceled|cancellations|flights|cancellation rate", APR, DOT,
      source_alt=DA, kind_alt=["level"], direction_alt=[None]),
    F("1.6%", 1.6, "%", "S", None, "domestic flights canceled|cancellations|flights|cancellation rate", M(2024, 4),
      DOT, source_alt=DA, kind_alt=["level"]),
    F("78.9%", 78.9, "%", "S", None, "flights on time|flights arriving on time|on-time rate|flights|on-time", APR, DOT,
      source_alt=DA, kind_alt=["level"]),
    F("598,300", 598300, "#flight", "L", "up", "scheduled domestic flights|flights", APR, None,
      direction_alt=[None]),
    F("2.4%", 2.4, "%", "C", "up", "scheduled domestic flights|flights", APR, None),
    F("17%", 17, "%", "C", "up", "consumer complaints|complaints", APR, None),
    F("8,914", 8914, "#complaint", "L", "up", "consumer complaints|complaints", APR, None),
    FR("one in four", 1, 4, "S", None, "complaints about refunds|complaints|refund disputes", APR, None),
    F("86.2%", 86.2, "%", "L", None, "Skyward Air on-time rate|on-time rate|Skyward Air|rate", APR, None,
      kind_alt=["share"]),
    F("64.7%", 64.7, "%", "L", None, "Pelican Jet on-time rate|on-time rate|Pelican Jet|rate", APR, None,
      kind_alt=["share"]),
    F("3.9%", 3.9, "%", "S", None, "Pelican Jet cancellations|Pelican Jet flights canceled|flights|cancellations|Pelican Jet", APR, None,
      kind_alt=["level"]),
    F("$2.5 million", 2.5e6, "$", "L", None, "fine|fine against Pelican Jet|fine|penalty", None, None,
      source_alt=DA + ["department"], period_alt=[PUB]),
    F("three hours", 3, "hour", "L", None, "tarmac delay threshold|tarmac delays|delays|passengers",
      ("2023-01", "2024-12"), None, period_alt=[None]),
], ex=["10 largest"])

# ---------------------------------------------------------------- 43 gasoline prices
PUB = "2026-05-19"
mon = last(PUB, "Monday")
fri = last(PUB, "Friday")
WK = (plus(mon, -7), mon)
LABOR = "2026-09-07"
AAA = "AAA"
story("b52-43", PUB, """
The national average price for a gallon of regular gasoline fell 7 cents over the past week to $2.94 on Monday, the lowest for mid-May since 2021, motor club AAA said. Diesel averaged $3.41, down 12 cents from a month ago.

Prices were highest in California, at $4.71 a gallon, followed by Washington at $4.28. Drivers in Mississippi paid the least, $2.49, and prices were below $2.60 in 11 states.

Oil prices have fallen about a fifth since January on worries about demand, with U.S. crude settling at $58.12 a barrel on Friday. Each $1 change in the price of a barrel of crude typically moves pump prices by about 2.4 cents a gallon.

Price-tracking service FuelTrack forecast that the national average would stay between $2.85 and $3.05 through Labor Day, saving U.S. drivers about $9 billion compared with last summer.
""", [
    CENTS("7 cents", 7, "$", "C", "dn", "gasoline price|national average gasoline price|gasoline price|price|gasoline", WK, AAA,
          period_alt=[DAY(mon)]),
    F("$2.94", 2.94, "$", "L", "dn", "gasoline price|national average gasoline price|gasoline price|price|gasoline", mon, AAA),
    F("$3.41", 3.41, "$", "L", "dn", "average diesel price|diesel|price", mon, None),
    CENTS("12 cents", 12, "$", "C", "dn", "average diesel price|diesel|price", mon, None,
          period_alt=[(plus(mon, -28), mon), ("2026-04-18", mon)]),
    F("$4.71", 4.71, "$", "L", None, "California gasoline price|California|price|prices", mon, None),
    F("$4.28", 4.28, "$", "L", None, "Washington gasoline price|Washington|price|prices", mon, None),
    F("$2.49", 2.49, "$", "L", None, "Mississippi gasoline price|Mississippi|price|prices", mon, None),
    F("$2.60", 2.6, "$", "L", None, "gasoline price threshold|prices|price|threshold", mon, None),
    F("11", 11, "#state", "L", None, "states|states with prices below $2.60|states", mon, None, ctx="in 11 states"),
    FR("a fifth", 1, 5, "C", "dn", "oil prices|oil|prices", ("2026-01", "2026-05"), None),
    F("$58.12", 58.12, "$", "L", None, "U.S. crude|crude|oil", fri, None),
    CENTS("2.4 cents", 2.4, "$", "C", None, "pump prices|pump price change per $1 move in crude|pump prices|prices", None, None,
          kind_alt=["ratio", "level"]),
    F("$2.85 and $3.05", 2.85, "$", "L", None, "national average|national average gasoline price forecast|national average|average|price",
      (None, LABOR), "FuelTrack", value_hi=3.05, period_alt=[(PUB, LABOR), ("2026-06", "2026-09")]),
    F("$9 billion", 9e9, "$", "C", "dn", "savings|drivers' fuel spending compared with last summer|drivers|savings|spending",
      (None, LABOR), "FuelTrack", kind_alt=["level"], direction_alt=[None],
      period_alt=[(PUB, LABOR), ("2026-06", "2026-08")]),
], ex=["Each $1"])

# ---------------------------------------------------------------- 44 UK council tax
PUB = "2026-02-26"
FY = ("2026-04", "2027-03")
HC = "Hallamshire County Council"
CA = ["council", HC]
PENCE = ["pence", "penny"]
story("b52-44", PUB, """
Hallamshire County Council has approved a 4.99 per cent rise in council tax for 2026-27, the maximum allowed without a referendum, taking the bill for a Band D home to £2,287.

The increase, worth about £109 a year for a Band D household, includes a 2 per cent precept ring-fenced for adult social care, which now consumes 41p of every £1 the council spends on services.

The council said it faced a £38.6m funding gap next year as demand for children's services grew. It will draw £12m from reserves, cut 180 posts and raise parking charges by 20p an hour.

Councillor Fiona McBride, the cabinet member for finance, said: "Our grant from central government is £74m lower in real terms than in 2010. We have cut £290m from our budget over 15 years."

Most homes in the county are in bands A to C, where bills will range from £1,525 to £2,033. About one in five households receives a council tax reduction.

The budget passed by 47 votes to 29 on Wednesday evening.
""", [
    F("4.99 per cent", 4.99, "%", "C", "up", "council tax|council tax bill|tax", FY, None, source_alt=CA),
    F("£2,287", 2287, "£", "L", "up", "Band D bill|Band D council tax bill|bill|council tax", FY, None, source_alt=CA),
    F("£109", 109, "£", "C", "up", "Band D bill|annual Band D council tax bill|bill|increase", FY, None),
    F("2 per cent", 2, "%", "C", "up", "adult social care precept|precept", FY, None),
    CENTS("41p", 41, "£", "S", None, "adult social care|adult social care share of council spending|adult social care|spending|care",
          None, None, sub="pence", unit_alt=["penny", "percent"], kind_alt=["ratio", "level"],
          period_alt=[FY, PUB]),
    F("£38.6m", 38.6e6, "£", "L", None, "funding gap|gap", FY, HC, source_alt=["council"]),
    F("£12m", 12e6, "£", "L", None, "reserves drawdown|reserves", FY, None, source_alt=CA),
    F("180", 180, "#post", "C", "dn", "posts cut|posts|jobs", FY, None, source_alt=CA, kind_alt=["level"]),
    CENTS("20p", 20, "£", "C", "up", "parking charges|charges|parking", FY, None, sub="pence",
          unit_alt=["penny"], source_alt=CA),
    F("£74m", 74e6, "£", "C", "dn", "government grant|central government grant compared with 2010|grant", None, "Fiona McBride",
      kind_alt=["level"], period_alt=[FY, PUB]),
    F("£290m", 290e6, "£", "C", "dn", "budget cuts|budget|cuts", None, None, source_alt=["Fiona McBride"],
      kind_alt=["level"], period_alt=[("2011-01", "2026-02"), ("2011-01", "2026-12")]),
    F("£1,525 to £2,033", 1525, "£", "L", None, "bills|council tax bills in bands A to C|bills|bill", FY, None,
      value_hi=2033),
    FR("one in five", 1, 5, "S", None, "households|households receiving a council tax reduction|households", None, None,
       period_alt=[PUB]),
], ex=["2026-27", "every £1", "15 years", "47 votes to 29"])

# ---------------------------------------------------------------- 45 university admissions
PUB = "2025-04-02"
HU = "Halstead University"
HA = ["university", "Halstead"]
AY26 = ("2025-08", "2026-05")
AY25 = ("2024-08", "2025-05")
AYA26 = [("2025-09", "2026-05"), ("2025-08", "2026-06"), ("2025-09", "2026-06")]
AYA25 = [("2024-09", "2025-05"), ("2024-08", "2025-06"), ("2024-09", "2025-06")]
FALL = ("2025-09", "2025-11")
story("b52-45", PUB, """
Halstead University offered admission to 2,418 of 61,870 applicants for next fall's first-year class, an acceptance rate of 3.9%, the lowest in its history, the university said on Wednesday.

Applications rose 9% from last year, driven by a 23% jump from international students, who made up about a quarter of the pool. The university expects 1,720 students to enroll, a yield of about 71%.

Halstead covers full tuition for students from families earning less than $150,000 a year, up from a $100,000 threshold last year. Tuition, fees, room and board will total $91,240 for the 2025-26 academic year, up 4.2%.

The university received 7,305 early applications in November and accepted 694 of them, or 9.5%, more than twice the regular-decision rate.
""", [
    F("2,418", 2418, "#applicant", "L", None, "applicants admitted|admitted|admissions|offers", None, HU,
      source_alt=HA, period_alt=[PUB]),
    F("61,870", 61870, "#applicant", "L", None, "applicants|applications", None, HU, source_alt=HA,
      direction_alt=["increase"], period_alt=[PUB]),
    F("3.9%", 3.9, "%", "L", None, "acceptance rate|rate", None, HU, source_alt=HA, kind_alt=["share"],
      direction_alt=["decrease"], period_alt=[PUB]),
    F("9%", 9, "%", "C", "up", "applications|applicants", None, None, ctx="rose 9% from", period_alt=[PUB]),
    F("23%", 23, "%", "C", "up", "international applications|applications from international students|international students|applications",
      None, None, period_alt=[PUB]),
    FR("a quarter", 1, 4, "S", None, "international students|international students' share of the applicant pool|international students|pool|applicants",
       None, None, period_alt=[PUB]),
    F("1,720", 1720, "#student", "L", None, "enrollment|students expected to enroll|students|enrollment", FALL, HU,
      source_alt=HA, period_alt=[None]),
    F("71%", 71, "%", "L", None, "yield|yield rate", FALL, HU, source_alt=HA, kind_alt=["share"],
      period_alt=[None]),
    F("$150,000", 150000, "$", "L", "up", "income threshold|family income threshold for free tuition|income threshold|threshold|families",
      AY26, None, direction_alt=[None], period_alt=[None] + AYA26),
    F("$100,000", 100000, "$", "L", None, "income threshold|family income threshold for free tuition|income threshold|threshold|families",
      AY25, None, period_alt=AYA25),
    F("$91,240", 91240, "$", "L", "up", "cost of attendance|total cost of attendance|cost|tuition|total", AY26, None,
      period_alt=AYA26),
    F("4.2%", 4.2, "%", "C", "up", "cost of attendance|total cost of attendance|cost|tuition|total", AY26, None, period_alt=AYA26),
    F("7,305", 7305, "#application", "L", None, "early applications|applications", M(2024, 11), None),
    F("694", 694, "#applicant", "L", None, "early applicants accepted|accepted|applicants|admits", M(2024, 11), None),
    F("9.5%", 9.5, "%", "L", None, "early acceptance rate|acceptance rate|rate", M(2024, 11), None,
      kind_alt=["share"]),
    F("twice", 2, None, "R", "up", "early acceptance rate|early acceptance rate compared with the regular-decision rate|acceptance rate|rate",
      M(2024, 11), None, unit_alt=["times"], direction_alt=[None], period_alt=[None]),
], ex=["first-year"])

# ---------------------------------------------------------------- 46 AI startup funding
PUB = "2026-07-07"
LH = "Lattice Harbor"
story("b52-46", PUB, """
Lattice Harbor, a two-year-old startup that builds AI agents for hospital billing, said on Tuesday it had raised $450 million in a funding round led by Ostrander Ventures that values the company at $6.2 billion, nearly triple its valuation in January.

The company said annualized revenue had reached $210 million, up from $38 million a year earlier, and that it now works with 340 health systems, including seven of the 10 largest in the United States.

Lattice Harbor has 620 employees and plans to double its headcount by the end of 2027, with most hires in engineering.

"Hospitals lose 3% to 5% of revenue to billing errors and denied claims," co-founder and Chief Executive Noor Hadad said. "We can recover most of that."

Investors poured $48.7 billion into AI startups in the second quarter, 61% of all venture funding, according to data firm Ridgeline Analytics.
""", [
    F("two-year-old", 2, "year", "L", None, "Lattice Harbor's age|startup|Lattice Harbor|company", None, None,
      unit_alt=[None], kind_alt=["count"], source_alt=[LH]),
    F("$450 million", 450e6, "$", "L", None, "funding round|funding|round", None, LH, period_alt=[PUB]),
    F("$6.2 billion", 6.2e9, "$", "L", "up", "Lattice Harbor's valuation|valuation|company|value", None, LH,
      direction_alt=[None], period_alt=[PUB]),
    F("triple", 3, None, "R", "up", "valuation|valuation compared with January|valuation", None, LH, unit_alt=["times"],
      period_alt=[PUB, ("2026-01", "2026-07")]),
    F("$210 million", 210e6, "$", "L", "up", "annualized revenue|revenue", None, LH, source_alt=["company"],
      period_alt=[PUB, M(2026, 7)]),
    F("$38 million", 38e6, "$", "L", None, "annualized revenue|revenue", M(2025, 7), LH, source_alt=["company"],
      period_alt=[None, DAY(year_ago(PUB))]),
    F("340", 340, "#health system", "L", None, "health systems served|health systems|customers|clients", None, LH,
      source_alt=["company"], period_alt=[PUB]),
    F("seven", 7, "#health system", "L", None, "largest health systems|largest U.S. health systems among clients|health systems|systems",
      None, LH, source_alt=["company"], period_alt=[PUB]),
    F("10", 10, "#health system", "L", None, "largest health systems|largest U.S. health systems|health systems|systems", None, LH,
      ctx="the 10 largest", source_alt=["company"]),
    F("620", 620, "#employee", "L", None, "employees|headcount", None, None, period_alt=[PUB]),
    F("double", 2, None, "R", "up", "headcount|employees", (None, "2027-12"), None, unit_alt=["times"],
      source_alt=[LH]),
    F("3% to 5%", 3, "%", "S", None, "revenue lost|hospital revenue lost to billing errors and denied claims|revenue|billing errors",
      None, "Noor Hadad", value_hi=5),
    F("$48.7 billion", 48.7e9, "$", "L", None, "AI startup investment|investment in AI startups|investment|AI startups|funding", Q(2026, 2),
      "Ridgeline Analytics"),
    F("61%", 61, "%", "S", None, "venture funding|AI startups' share of venture funding|venture funding|funding|share", Q(2026, 2),
      "Ridgeline Analytics"),
], ex=["second quarter"])

# ---------------------------------------------------------------- 47 rail cost overrun (flashbacks)
PUB = "2025-10-15"
NAO = "National Audit Office"
story("b52-47", PUB, """
The cost of the Northern Crosslink rail line has risen to £14.6bn, almost three times the £4.9bn budget approved in 2017, and the line will not open before 2031, according to a report by the National Audit Office published on Wednesday.

The 68-mile line between Wrexley and Carrow was meant to cut journey times between the two cities to 38 minutes from 75 minutes and carry 26 million passengers a year.

The auditors said costs had already climbed to £9.2bn by 2021, when ministers were told the project was on track, and that a further £2.1bn of overruns stemmed from tunnelling problems under the Penmoor Hills.

About 61 per cent of the civil engineering work is now complete, and the Department for Transport has spent £8.3bn so far.

"Taxpayers were sold a £4.9bn railway and will get a £14.6bn one," said Dominic Hale, a member of the Public Accounts Committee.

The department said it now expected the scheme's benefit-cost ratio to be 1.3, down from 2.4 when it was approved, meaning it would return £1.30 for every £1 spent.
""", [
    F("£14.6bn", 14.6e9, "£", "L", "up", "Northern Crosslink cost|cost of the Northern Crosslink rail line|cost|Northern Crosslink|line", None,
      NAO, ctx="risen to £14.6bn", source_alt=["NAO", "report"], period_alt=[PUB]),
    F("three times", 3, None, "R", "up", "cost|cost compared with the original budget|cost", None, NAO,
      unit_alt=["times"], source_alt=["NAO", "report"], period_alt=[PUB]),
    F("£4.9bn", 4.9e9, "£", "L", None, "original budget|budget", Y(2017), NAO, ctx="the £4.9bn budget",
      source_alt=["NAO", "report"]),
    F("68-mile", 68, "mile", "L", None, "length|length of the line|line|route|length", None, None),
    F("38 minutes", 38, "minute", "L", "dn", "planned journey time|journey times|journey time|time", None, None,
      direction_alt=[None]),
    F("75 minutes", 75, "minute", "L", None, "current journey time|journey times|journey time|time", None, None),
    F("26 million", 26e6, "#passenger", "L", None, "passengers|planned passengers a year|passengers", None, None),
    F("£9.2bn", 9.2e9, "£", "L", "up", "cost|projected cost by 2021|cost|costs", (None, "2021-12"), "auditors",
      source_alt=[NAO, "NAO"], period_alt=[Y(2021)]),
    F("£2.1bn", 2.1e9, "£", "C", "up", "overruns|overruns from tunnelling problems|overruns|cost", None, "auditors",
      kind_alt=["level"], source_alt=[NAO, "NAO"]),
    F("61 per cent", 61, "%", "S", None, "civil engineering work|civil engineering work complete|civil engineering work|work", None, None,
      period_alt=[PUB]),
    F("£8.3bn", 8.3e9, "£", "L", None, "spending|Department for Transport spending so far|spending|spent|department", None,
      None, source_alt=["Department for Transport"], period_alt=[PUB, (None, "2025-10")]),
    F("£4.9bn", 4.9e9, "£", "L", None, "railway|railway cost promised to taxpayers|railway|cost|budget", None,
      "Dominic Hale", ctx="sold a £4.9bn"),
    F("£14.6bn", 14.6e9, "£", "L", None, "railway|railway cost taxpayers will get|railway|cost", None, "Dominic Hale",
      ctx="get a £14.6bn"),
    F("1.3", 1.3, None, "R", "dn", "benefit-cost ratio|ratio", None, "Department for Transport",
      ctx="be 1.3, down", source_alt=["department"], kind_alt=["level"]),
    F("2.4", 2.4, None, "R", None, "benefit-cost ratio|ratio", Y(2017), "Department for Transport",
      source_alt=["department"], kind_alt=["level"], period_alt=[None]),
    F("£1.30", 1.3, "£", "R", None, "return|return per £1 spent|return", None, "Department for Transport",
      source_alt=["department"], kind_alt=["level"]),
], ex=["the two cities", "every £1", "£14.6bn one"])

# ---------------------------------------------------------------- 48 horse racing (Australian odds)
PUB = "2026-10-31"
sat = PUB
RC = "Racing Coast"
story("b52-48", PUB, """
Outsider Silver Anthem, at odds of $31, won the A$8 million Coral Coast Cup at Harbourview on Saturday, giving jockey Jess Tranter her first win in the 3200-metre race.

The five-year-old gelding, trained by Rhys Dalton, carried 53 kilograms and won by a length and a half from the favourite, Northern Rampart, which started at $4.50. Twenty-four horses started.

The winner's share of the prize money is A$4.4 million. A crowd of 91,326 attended, about 4,000 fewer than last year, while betting turnover on the race reached a record A$212 million, Racing Coast said.

Tranter, 27, is only the third woman to ride the winner of the race.
""", [
    F("$31", 31, "A$", "L", None, "Silver Anthem's odds|odds|Silver Anthem", sat, None,
      unit_alt=["USD", "odds", None], period_alt=[None]),
    F("A$8 million", 8e6, "A$", "L", None, "prize money|Coral Coast Cup prize money|prize money|purse|race", None, None,
      period_alt=[sat]),
    F("3200-metre", 3200, "metre", "L", None, "race distance|race|distance", None, None,
      unit_alt=["meter", "m"]),
    F("five-year-old", 5, None, "L", None, "Silver Anthem's age|gelding|Silver Anthem|age", None, None,
      unit_alt=["year"], kind_alt=["count"]),
    F("53 kilograms", 53, "kilogram", "L", None, "weight carried|weight|gelding", sat, None, unit_alt=["kg"],
      period_alt=[None]),
    F("a length and a half", 1.5, "length", "L", None, "winning margin|margin", sat, None),
    F("$4.50", 4.5, "A$", "L", None, "Northern Rampart's odds|Northern Rampart's starting odds|odds|favourite|Northern Rampart", sat, None,
      unit_alt=["USD", "odds", None], period_alt=[None]),
    F("Twenty-four", 24, "#horse", "L", None, "starters|horses|field", sat, None),
    F("A$4.4 million", 4.4e6, "A$", "L", None, "winner's share|winner's share of prize money|prize money|winner|share", None, None,
      period_alt=[sat]),
    F("91,326", 91326, "#spectator", "L", "dn", "crowd|attendance", sat, RC, unit_alt=["person"],
      direction_alt=[None]),
    F("4,000", 4000, "#spectator", "C", "dn", "crowd|attendance", sat, RC, unit_alt=["person"]),
    F("A$212 million", 212e6, "A$", "L", "up", "betting turnover|betting turnover on the race|betting turnover|turnover", sat, RC,
      direction_alt=[None]),
    AGE("27", 27, "Jess Tranter", alts="Tranter"),
], ex=["third woman"])

# ---------------------------------------------------------------- 49 union ratification vote
PUB = "2025-05-20"
mon = last(PUB, "Monday")
STRIKE = (plus(mon, -18), mon)
UFCW = "United Food and Commercial Workers union"
MF = "Meridian Foods"
USDA = "U.S. Department of Agriculture"
story("b52-49", PUB, """
Workers at Meridian Foods' three meatpacking plants in Nebraska voted on Monday to ratify a four-year contract that raises wages by 21%, ending a 19-day strike that had cut the company's beef output by about a third.

Of the 3,846 ballots cast, 3,127, or 81%, were in favor, the United Food and Commercial Workers union said. Turnout was 88% of the 4,370 eligible members.

The deal lifts the base wage to $24.50 an hour from $20.25 immediately, with further raises of 3% in each of the following three years.

The company said the strike had cost it about $65 million in lost sales. Meridian processes roughly 9,500 head of cattle a day, about 7% of U.S. slaughter capacity.

Wholesale boxed beef prices, which had jumped 6% during the walkout, fell 2.1% on Monday to $318.40 per hundredweight, according to the U.S. Department of Agriculture.
""", [
    F("three", 3, "#plant", "L", None, "meatpacking plants|Meridian Foods meatpacking plants|plants", None, None, ctx="three meatpacking"),
    F("21%", 21, "%", "C", "up", "wages|pay", None, None, period_alt=[mon]),
    FR("a third", 1, 3, "C", "dn", "Meridian beef output|beef output|output", STRIKE, None, period_alt=[None]),
    F("3,846", 3846, "#ballot", "L", None, "ballots cast|ballots", mon, UFCW, source_alt=["union"]),
    F("3,127", 3127, "#ballot", "L", None, "ballots in favor|ballots|votes", mon, UFCW, source_alt=["union"],
      unit_alt=["vote"]),
    F("81%", 81, "%", "S", None, "ballots in favor|ballots|votes", mon, UFCW, source_alt=["union"]),
    F("88%", 88, "%", "S", None, "turnout", mon, None, kind_alt=["level"]),
    F("4,370", 4370, "#member", "L", None, "eligible members|members", mon, None, period_alt=[None]),
    F("$24.50", 24.5, "$", "L", "up", "base wage|wage", None, None, period_alt=[PUB, mon]),
    F("$20.25", 20.25, "$", "L", None, "base wage|wage", None, None),
    F("3%", 3, "%", "C", "up", "annual raises|raises|wage", None, None),
    F("$65 million", 65e6, "$", "L", None, "lost sales|lost sales from the strike|lost sales|sales|cost", STRIKE, MF,
      source_alt=["company", "Meridian"], period_alt=[None]),
    F("9,500", 9500, "#cattle", "L", None, "cattle processed|cattle processed per day|cattle|head", None, None,
      unit_alt=["head"]),
    F("7%", 7, "%", "S", None, "slaughter capacity|share of U.S. slaughter capacity|slaughter capacity|capacity", None, None),
    F("6%", 6, "%", "C", "up", "boxed beef prices|wholesale boxed beef prices|beef prices|prices", STRIKE, USDA,
      source_alt=["USDA"]),
    F("2.1%", 2.1, "%", "C", "dn", "boxed beef prices|wholesale boxed beef prices|beef prices|prices", mon, USDA, source_alt=["USDA"]),
    F("$318.40", 318.4, "$", "L", "dn", "boxed beef prices|wholesale boxed beef prices|beef prices|prices", mon, USDA,
      source_alt=["USDA"]),
], ex=["four-year", "19-day", "following three years"])

# ---------------------------------------------------------------- 50 press release: distribution center
PUB = "2026-06-01"
CO = "Crestline Outfitters"
FALL27 = ("2027-09", "2027-11")
FY = ("2025-02", "2026-01")
story("b52-50", PUB, """
Crestline Outfitters to Open $215 Million Distribution Center in Kentucky, Creating 800 Jobs

BRENNER, Ky., June 1, 2026 -- Crestline Outfitters, the outdoor apparel and gear retailer, today announced plans to build a 1.1 million-square-foot distribution center in Dorsey County, Kentucky, the largest investment in its history.

The facility, scheduled to open in the fall of 2027, will create 800 full-time jobs paying an average of $23.75 an hour. It will be able to ship up to 180,000 orders a day, cutting delivery times to customers in the eastern United States by one to two days.

"This investment lets us reach two-thirds of the U.S. population within 48 hours," said Chief Executive Holly Castaneda.

The state has approved up to $18.5 million in tax incentives tied to hiring targets. The 140-acre site will include 2.4 megawatts of rooftop solar panels.

Crestline operates 212 stores in 31 states and reported net sales of $3.8 billion in the fiscal year ended Jan. 31, up 6%.
""", [
    F("$215 Million", 215e6, "$", "L", None, "distribution center investment|investment|distribution center|center",
      None, None, source_alt=[CO]),
    F("800", 800, "#job", "L", None, "jobs created|jobs", None, None, ctx="Creating 800 Jobs", kind_alt=["change"],
      source_alt=[CO], period_alt=[FALL27]),
    F("1.1 million-square-foot", 1.1e6, "square foot", "L", None,
      "distribution center|size of the distribution center|distribution center|center|facility", None, CO, unit_alt=["sq ft"]),
    F("800", 800, "#job", "L", None, "full-time jobs created|jobs", None, None, ctx="create 800 full-time",
      kind_alt=["change"], source_alt=[CO], period_alt=[FALL27]),
    F("$23.75", 23.75, "$", "L", None, "average hourly pay|pay|jobs", None, None, source_alt=[CO]),
    F("180,000", 180000, "#order", "L", None, "orders|orders shipped per day|orders|capacity", None, None,
      source_alt=[CO]),
    F("one to two days", 1, "day", "C", "dn", "delivery times|delivery|times", None, None, value_hi=2,
      source_alt=[CO]),
    FR("two-thirds", 2, 3, "S", None, "U.S. population|U.S. population reachable within 48 hours|population", None,
       "Holly Castaneda"),
    F("$18.5 million", 18.5e6, "$", "L", None, "state tax incentives|tax incentives|incentives", None, None,
      source_alt=["state"]),
    F("140-acre", 140, "acre", "L", None, "site size|site", None, None),
    F("2.4 megawatts", 2.4, "megawatt", "L", None, "rooftop solar capacity|solar panels|solar|panels", None, None,
      unit_alt=["MW"]),
    F("212", 212, "#store", "L", None, "Crestline stores|stores", None, None, period_alt=[PUB]),
    F("31", 31, "#state", "L", None, "states|states with Crestline stores|states", None, None, ctx="in 31 states",
      period_alt=[PUB]),
    F("$3.8 billion", 3.8e9, "$", "L", "up", "net sales|sales", FY, CO, source_alt=["Crestline"]),
    F("6%", 6, "%", "C", "up", "net sales|sales", FY, CO, source_alt=["Crestline"]),
], ex=["48 hours"])
