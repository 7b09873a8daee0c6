"""blind60 s2: Canadian provinces and Australian states in monthly data; British, Indian, Australian, Canadian and
South African company results on fiscal years ending in March, June, September and October (b60-11..b60-20)."""
from common import *

# ---------------------------------------------------------------- 11 Canada's jobs by province (Canadian Press style)
P = on("2026-05-08", "Friday")
APR = M(2026, 4)
SC = ["Statistics Canada"]
story("b60-11", P, """
OTTAWA — Canada's economy added 31,400 jobs in April, Statistics Canada said Friday, more than the 12,000 economists had expected, but the unemployment rate held at 6.8 per cent as more people looked for work.

Full-time employment rose by 42,800, while part-time work fell by 11,400. The employment rate was unchanged at 60.9 per cent. Average hourly wages of permanent employees were up 3.4 per cent from a year earlier, at $37.12.

Among the provinces, Ontario added 18,900 jobs and its jobless rate dipped to 7.5 per cent from 7.7 per cent. Alberta's rate rose to 7.1 per cent, while Quebec's held at 5.6 per cent. British Columbia lost 6,200 jobs; its rate was 6.4 per cent. Newfoundland and Labrador again had the highest rate in the country, at 10.2 per cent, and Saskatchewan the lowest, at 5.1 per cent.

Manufacturing employment fell by 9,700, concentrated in Ontario's auto sector, while health care and social assistance gained 14,100.

The Canadian dollar rose 0.2 per cent to 1.3644 per U.S. dollar, or 73.29 U.S. cents, after the data.

"The headline is fine, but a 6.8 per cent jobless rate still leaves the Bank of Canada room to cut by a quarter point in June," said Maxime Tremblay, senior economist at Gaspe Ridge Securities.
""", [
    F("31,400", 31400, "#job", "C", "up", "Canadian employment|jobs|economy", APR, "Statistics Canada",
      unit_alt=["job"]),
    F("12,000", 12000, "#job", "C", "up", "economists' forecast for Canadian jobs|forecast|jobs", APR, "economists"),
    F("6.8 per cent", 6.8, "%", "L", "unch", "Canada's unemployment rate|unemployment rate|rate", APR,
      "Statistics Canada", ctx="held at 6.8 per cent", direction_alt=[None]),
    F("42,800", 42800, "#job", "C", "up", "Canadian full-time employment|full-time employment|employment", APR, None,
      source_alt=SC),
    F("11,400", 11400, "#job", "C", "dn", "Canadian part-time work|part-time work|employment", APR, None,
      source_alt=SC),
    F("60.9 per cent", 60.9, "%", "L", "unch", "Canada's employment rate|employment rate|rate", APR, None,
      source_alt=SC, direction_alt=[None]),
    F("3.4 per cent", 3.4, "%", "C", "up", "average hourly wages of Canada's permanent employees|wages", APR, None,
      source_alt=SC),
    F("$37.12", 37.12, "C$", "L", "up", "average hourly wages of Canada's permanent employees|wages", APR, None,
      source_alt=SC, unit_alt=["CAD per hour", "dollar"], direction_alt=[None]),
    F("18,900", 18900, "#job", "C", "up", "Ontario employment|Ontario|jobs", APR, None, source_alt=SC),
    F("7.5 per cent", 7.5, "%", "L", "dn", "Ontario's jobless rate|jobless rate|Ontario", APR, None, source_alt=SC),
    F("7.7 per cent", 7.7, "%", "L", None, "Ontario's jobless rate|jobless rate|Ontario", M(2026, 3), None,
      source_alt=SC),
    F("7.1 per cent", 7.1, "%", "L", "up", "Alberta's unemployment rate|Alberta|rate", APR, None, source_alt=SC),
    F("5.6 per cent", 5.6, "%", "L", "unch", "Quebec's unemployment rate|Quebec|rate", APR, None, source_alt=SC,
      direction_alt=[None]),
    F("6,200", 6200, "#job", "C", "dn", "British Columbia employment|British Columbia|jobs", APR, None,
      source_alt=SC),
    F("6.4 per cent", 6.4, "%", "L", None, "British Columbia's unemployment rate|British Columbia|rate", APR, None,
      source_alt=SC),
    F("10.2 per cent", 10.2, "%", "L", None, "Newfoundland and Labrador's unemployment rate|"
      "Newfoundland and Labrador|rate", APR, None, source_alt=SC),
    F("5.1 per cent", 5.1, "%", "L", None, "Saskatchewan's unemployment rate|Saskatchewan|rate", APR, None,
      source_alt=SC),
    F("9,700", 9700, "#job", "C", "dn", "Canadian manufacturing employment|manufacturing employment|employment", APR,
      None, source_alt=SC),
    F("14,100", 14100, "#job", "C", "up", "Canadian health care and social assistance employment|"
      "health care and social assistance|employment", APR, None, source_alt=SC),
    F("0.2 per cent", 0.2, "%", "C", "up", "Canadian dollar", DAY(P), None, ctx="rose 0.2 per cent"),
    F("1.3644", 1.3644, "C$", "L", "up", "Canadian dollar", DAY(P), None, unit_alt=["CAD per USD"],
      direction_alt=["dn"]),
    CENTS("73.29 U.S. cents", 73.29, "$", "L", "up", "Canadian dollar", DAY(P), None,
          unit_alt=["USD per CAD", "U.S. cent"]),
    F("6.8 per cent", 6.8, "%", "L", None, "Canada's jobless rate|jobless rate|rate", APR, "Maxime Tremblay",
      ctx="a 6.8 per cent jobless", source_alt=["Tremblay", "senior economist", "Gaspe Ridge Securities"],
      period_alt=[DAY(P)]),
    QP("a quarter point", "C", "dn", "Bank of Canada policy rate|rate|cut", M(2026, 6), "Maxime Tremblay",
       source_alt=["Tremblay", "senior economist", "Gaspe Ridge Securities"]),
])

# ---------------------------------------------------------------- 12 Australian retail by state: September carried through
P = on("2025-11-03", "Monday")
SEP = M(2025, 9)
ABS = ["Australian Bureau of Statistics", "ABS"]
story("b60-12", P, """
SYDNEY, 3 November — Australian retail sales rose 0.6 per cent in September, seasonally adjusted, the Australian Bureau of Statistics said on Monday, beating forecasts of 0.4 per cent after a 0.3 per cent rise in August.

Turnover reached $37.9 billion for the month and was 4.7 per cent higher than a year earlier.

Across the states, sales rose 1.1 per cent in Queensland, 0.8 per cent in New South Wales and 0.5 per cent in Victoria. Western Australia was flat, while South Australia fell 0.4 per cent and Tasmania 0.9 per cent. In the Northern Territory sales jumped 2.3 per cent.

By industry, household goods retailing rose 1.4 per cent, helped by early spring sales of electronics, and food retailing 0.5 per cent.

In the September quarter, retail sales volumes grew 0.9 per cent, with volumes per capita up 0.5 per cent.

The Reserve Bank of Australia, which has its cash rate at 3.60 per cent, meets on Tuesday; markets put the odds of a cut at about 10 per cent.

The Australian dollar was at 65.41 US cents.

"Queenslanders are spending like it's the Olympics already," said Hannah Kowalczyk, an economist at Southern Cross Bank, who expects retail sales to grow 3.5 to 4 per cent in 2026.
""", [
    F("0.6 per cent", 0.6, "%", "C", "up", "Australian retail sales|retail sales|sales", SEP,
      "Australian Bureau of Statistics", source_alt=["ABS"]),
    F("0.4 per cent", 0.4, "%", "C", "up", "forecasts for Australian retail sales|forecasts|retail sales", SEP, None,
      ctx="forecasts of 0.4 per cent", source_alt=["forecasts"]),
    F("0.3 per cent", 0.3, "%", "C", "up", "Australian retail sales|retail sales|sales", M(2025, 8),
      "Australian Bureau of Statistics", source_alt=["ABS"]),
    F("$37.9 billion", 37.9e9, "A$", "L", None, "Australian retail turnover|turnover", SEP, None, source_alt=ABS),
    F("4.7 per cent", 4.7, "%", "C", "up", "Australian retail turnover|turnover", SEP, None, source_alt=ABS),
    F("1.1 per cent", 1.1, "%", "C", "up", "Queensland retail sales|Queensland|sales", SEP, None, source_alt=ABS),
    F("0.8 per cent", 0.8, "%", "C", "up", "New South Wales retail sales|New South Wales|sales", SEP, None,
      source_alt=ABS),
    F("0.5 per cent", 0.5, "%", "C", "up", "Victoria retail sales|Victoria|sales", SEP, None,
      ctx="0.5 per cent in Victoria", source_alt=ABS),
    F("0.4 per cent", 0.4, "%", "C", "dn", "South Australia retail sales|South Australia|sales", SEP, None,
      ctx="South Australia fell 0.4 per cent", source_alt=ABS),
    F("0.9 per cent", 0.9, "%", "C", "dn", "Tasmania retail sales|Tasmania|sales", SEP, None,
      ctx="Tasmania 0.9 per cent", source_alt=ABS),
    F("2.3 per cent", 2.3, "%", "C", "up", "Northern Territory retail sales|Northern Territory|sales", SEP, None,
      source_alt=ABS),
    F("1.4 per cent", 1.4, "%", "C", "up", "Australian household goods retailing|household goods retailing|"
      "retailing", SEP, None, source_alt=ABS),
    F("0.5 per cent", 0.5, "%", "C", "up", "Australian food retailing|food retailing|retailing", SEP, None,
      ctx="food retailing 0.5 per cent", source_alt=ABS),
    F("0.9 per cent", 0.9, "%", "C", "up", "Australian retail sales volumes|retail sales volumes|volumes",
      Q(2025, 3), None, ctx="grew 0.9 per cent", source_alt=ABS),
    F("0.5 per cent", 0.5, "%", "C", "up", "Australian retail sales volumes per capita|volumes per capita|volumes",
      Q(2025, 3), None, ctx="per capita up 0.5 per cent", source_alt=ABS),
    F("3.60 per cent", 3.60, "%", "L", None, "Reserve Bank of Australia cash rate|cash rate|rate", DAY(P), None,
      source_alt=["Reserve Bank of Australia"], period_alt=[None]),
    F("about 10 per cent", 10, "%", "L", None, "odds of a Reserve Bank of Australia rate cut|odds", None, "markets",
      kind_alt=["share"], period_alt=[DAY(P), DAY(nxt(P, "Tuesday"))]),
    CENTS("65.41 US cents", 65.41, "$", "L", None, "Australian dollar", DAY(P), None, unit_alt=["USD per AUD"]),
    RNG("3.5 to 4 per cent", 3.5, 4, "%", "C", "up", "Australian retail sales|retail sales|sales", Y(2026),
        "Hannah Kowalczyk", source_alt=["Kowalczyk", "economist", "Southern Cross Bank"], kind_alt=["level"]),
], ex=["September quarter"])

# ---------------------------------------------------------------- 13 British results: the year to 31 March, divisions, FY27 guidance
P = on("2026-05-21", "Thursday")
FY26 = FY(2025, 4, 2026, 3)
FY25 = FY(2024, 4, 2025, 3)
FY27 = FY(2026, 4, 2027, 3)
PEL = ["Pellam"]
story("b60-13", P, """
Pellam lifts dividend as rail division powers profit rise

By Fiona Marsh

Pellam, the FTSE 250 infrastructure services group, raised its dividend by 12 per cent after pre-tax profit rose in the year to 31 March, helped by a surge in rail work that offset weaker margins in its highways arm.

Underlying pre-tax profit climbed 14.6 per cent to £186.3m on revenue up 6.1 per cent at £3.42bn.

The rail division, Pellam's largest, grew revenue 18.3 per cent to £1.27bn and lifted operating profit by 26 per cent to £88.4m, a margin of 7.0 per cent. Highways revenue slipped 2.4 per cent to £964m and its margin narrowed to 4.1 per cent from 5.3 per cent as it absorbed cost overruns on two motorway contracts.

The energy division, which Pellam plans to expand into grid connections, made an operating profit of £41.2m, of which £17.5m came from its offshore wind cable business.

A final dividend of 9.4p brings the total for the year to 13.8p, against 12.3p. The shares rose 6.2 per cent to 1,184p in early trading, valuing the company at about £2.9bn.

The order book stood at £9.6bn at the end of March, up from £8.1bn a year earlier, with 71 per cent of next year's expected revenue already secured. Net cash was £312m at the year end.

The rail performance reflected the first full year of work under the national signalling framework that Pellam won last spring, together with a string of station upgrades in the north of England. Managers said the division had also benefited from a more stable supply of skilled labour after the group expanded its apprenticeship programme and brought more of its subcontracted workforce in-house.

The highways problems were concentrated in a pair of legacy contracts signed before the surge in materials costs, which the company said it had now fully provided for. Analysts noted that both schemes were close to completion and that newer highways contracts carried stronger protections against inflation, which should allow margins to recover over the coming year.

Chief executive Rhian Aldous said trading in April and May had been in line with expectations and that the board expected underlying pre-tax profit for FY27 of between £200m and £210m. Analysts at Kettering & Hale had forecast £198m.

"We enter the new year with the strongest order book in our history," she said. "We have been disciplined about the work we bid for, and we would rather walk away from a contract than take on risk we cannot price."

Analysts broadly welcomed the update. Tom Henshaw at Kettering & Hale said the guidance looked conservative given the order book, although he cautioned that the timing of government spending reviews could delay some highways work. Other analysts pointed to the energy division, where demand for grid connections from data centres and renewable projects is growing quickly, as the main source of upside in the medium term.

Pellam employs about 24,000 people, 3,100 of them in Australia, where it won a A$640m rail signalling contract in February.

In the second half alone, underlying pre-tax profit rose 17 per cent to £103.5m.
""", [
    F("12 per cent", 12, "%", "C", "up", "Pellam dividend|dividend", FY26, None, source_alt=PEL),
    F("14.6 per cent", 14.6, "%", "C", "up", "Pellam underlying pre-tax profit|underlying pre-tax profit|profit",
      FY26, None, source_alt=PEL),
    F("£186.3m", 186.3e6, "£", "L", "up", "Pellam underlying pre-tax profit|underlying pre-tax profit|profit", FY26,
      None, source_alt=PEL),
    F("6.1 per cent", 6.1, "%", "C", "up", "Pellam revenue|revenue", FY26, None, source_alt=PEL),
    F("£3.42bn", 3.42e9, "£", "L", "up", "Pellam revenue|revenue", FY26, None, source_alt=PEL),
    F("18.3 per cent", 18.3, "%", "C", "up", "Pellam rail division revenue|rail division|revenue", FY26, None,
      source_alt=PEL),
    F("£1.27bn", 1.27e9, "£", "L", "up", "Pellam rail division revenue|rail division|revenue", FY26, None,
      source_alt=PEL),
    F("26 per cent", 26, "%", "C", "up", "Pellam rail division operating profit|rail division|operating profit",
      FY26, None, source_alt=PEL),
    F("£88.4m", 88.4e6, "£", "L", "up", "Pellam rail division operating profit|rail division|operating profit",
      FY26, None, source_alt=PEL),
    F("7.0 per cent", 7.0, "%", "S", None, "Pellam rail division margin|rail division|margin", FY26, None,
      source_alt=PEL, kind_alt=["level", "ratio"]),
    F("2.4 per cent", 2.4, "%", "C", "dn", "Pellam highways revenue|highways revenue|revenue", FY26, None,
      source_alt=PEL),
    F("£964m", 964e6, "£", "L", "dn", "Pellam highways revenue|highways revenue|revenue", FY26, None,
      source_alt=PEL),
    F("4.1 per cent", 4.1, "%", "S", "dn", "Pellam highways margin|highways|margin", FY26, None, source_alt=PEL,
      kind_alt=["level", "ratio"]),
    F("5.3 per cent", 5.3, "%", "S", None, "Pellam highways margin|highways|margin", FY25, None, source_alt=PEL,
      kind_alt=["level", "ratio"]),
    F("two", 2, "#motorway contract", "L", None, "Pellam highways contracts with cost overruns|motorway contracts|"
      "contracts", FY26, None, ctx="two motorway", source_alt=PEL, unit_alt=["contract"], period_alt=[None]),
    F("£41.2m", 41.2e6, "£", "L", None, "Pellam energy division operating profit|energy division|operating profit",
      FY26, None, source_alt=PEL),
    F("£17.5m", 17.5e6, "£", "L", None, "operating profit of Pellam's offshore wind cable business|"
      "offshore wind cable business|operating profit", FY26, None, source_alt=PEL),
    CENTS("9.4p", 9.4, "£", "L", None, "Pellam final dividend|final dividend|dividend", FY26, None, sub="pence",
          source_alt=PEL, unit_alt=["penny", "p"]),
    CENTS("13.8p", 13.8, "£", "L", "up", "Pellam total dividend|total dividend|dividend", FY26, None, sub="pence",
          source_alt=PEL, unit_alt=["penny", "p"], direction_alt=[None]),
    CENTS("12.3p", 12.3, "£", "L", None, "Pellam total dividend|total dividend|dividend", FY25, None, sub="pence",
          source_alt=PEL, unit_alt=["penny", "p"]),
    F("6.2 per cent", 6.2, "%", "C", "up", "Pellam shares|shares", DAY(P), None),
    CENTS("1,184p", 1184, "£", "L", "up", "Pellam shares|shares|share price", DAY(P), None, sub="pence",
          unit_alt=["penny", "p"]),
    F("about £2.9bn", 2.9e9, "£", "L", None, "Pellam market value|company|value", DAY(P), None),
    F("£9.6bn", 9.6e9, "£", "L", "up", "Pellam order book|order book", DAY("2026-03-31"), None, source_alt=PEL,
      period_alt=[M(2026, 3)]),
    F("£8.1bn", 8.1e9, "£", "L", None, "Pellam order book|order book", DAY("2025-03-31"), None, source_alt=PEL,
      period_alt=[M(2025, 3)]),
    F("71 per cent", 71, "%", "S", None, "share of Pellam's expected FY27 revenue already secured|"
      "expected revenue|share", FY27, None, source_alt=PEL, period_alt=[DAY("2026-03-31"), None]),
    F("£312m", 312e6, "£", "L", None, "Pellam net cash|net cash|cash", DAY("2026-03-31"), None, source_alt=PEL,
      period_alt=[FY26]),
    RNG("between £200m and £210m", 200e6, 210e6, "£", "L", None, "Pellam underlying pre-tax profit|"
        "underlying pre-tax profit|profit", FY27, "Rhian Aldous", source_alt=["Aldous", "Chief executive", "board",
                                                                                 "Pellam"],
        direction_alt=["up"]),
    F("£198m", 198e6, "£", "L", None, "analysts' forecast for Pellam's FY27 underlying pre-tax profit|forecast|"
      "profit", FY27, "Analysts at Kettering & Hale", source_alt=["Kettering & Hale", "Analysts"]),
    F("about 24,000", 24000, "#person", "L", None, "Pellam employees|people|employees", None, None,
      source_alt=PEL, unit_alt=["people", "employee"], period_alt=[DAY(P)]),
    F("3,100", 3100, "#person", "L", None, "Pellam employees in Australia|people|employees", None, None,
      source_alt=PEL, unit_alt=["people", "employee"], period_alt=[DAY(P)]),
    F("A$640m", 640e6, "A$", "L", None, "Pellam's Australian rail signalling contract|contract", M(2026, 2), None,
      source_alt=PEL),
    F("17 per cent", 17, "%", "C", "up", "Pellam underlying pre-tax profit|underlying pre-tax profit|profit",
      FY(2025, 10, 2026, 3), None, source_alt=PEL),
    F("£103.5m", 103.5e6, "£", "L", "up", "Pellam underlying pre-tax profit|underlying pre-tax profit|profit",
      FY(2025, 10, 2026, 3), None, source_alt=PEL),
], ex=["FTSE 250", "FY27", "second half"])

# ---------------------------------------------------------------- 14 Indian IT results: Q2 FY26 (July-September), crore, H1 FY26, guidance
P = on("2025-10-16", "Thursday")
Q2F = MM(2025, 7, 2025, 9)
H1F = MM(2025, 4, 2025, 9)
FY26I = FY(2025, 4, 2026, 3)
SI = ["Deccanwave Technologies", "company"]
story("b60-14", P, """
Bengaluru: Deccanwave Technologies on Thursday reported a 9.4% year-on-year rise in consolidated net profit to ₹3,218 crore for the second quarter of FY26 (July-September), and narrowed its full-year revenue growth guidance to 3-4% in constant currency from 2-4% earlier.

Revenue from operations rose 7.8% to ₹19,846 crore. In dollar terms, revenue was $2,261 million, up 2.9% sequentially and 5.1% in constant currency terms year on year.

Operating margin expanded 60 basis points quarter-on-quarter to 21.3%.

The banking, financial services and insurance (BFSI) vertical, the largest, contributed 31.8% of revenue and grew 8.6% in constant currency. North America accounted for 57.4% of revenue; Europe grew 11.2%, helped by two large deals in the Nordics.

Total contract value (TCV) of deals signed in the quarter was $2.9 billion, of which large deals, those worth more than $50 million, accounted for $1.6 billion.

For the first half (H1 FY26), net profit rose 8.1% to ₹6,302 crore.

Headcount fell by 1,240 during the quarter to 2,41,518 employees; attrition on a last-12-months basis was 13.9%, against 14.6% in the April-June quarter.

The board declared an interim dividend of ₹11 per share.

"We expect the third quarter to be seasonally softer with furloughs, but deal momentum is the best in two years," chief executive Anand Kulkarni said on a call with analysts.

Shares of the company closed 1.3% higher at Rs 1,642.50 on the NSE ahead of the results.
""", [
    F("9.4%", 9.4, "%", "C", "up", "Deccanwave Technologies consolidated net profit|net profit|profit", Q2F, None,
      source_alt=SI),
    F("₹3,218 crore", 3218e7, "Rs", "L", "up", "Deccanwave Technologies consolidated net profit|net profit|profit", Q2F,
      None, source_alt=SI, value_alt=[3218], unit_alt=["INR crore"]),
    RNG("3-4%", 3, 4, "%", "C", "up", "Deccanwave Technologies revenue growth guidance|revenue growth|guidance|revenue",
        FY26I, None, source_alt=SI, kind_alt=["level"]),
    RNG("2-4%", 2, 4, "%", "C", None, "Deccanwave Technologies revenue growth guidance|revenue growth|guidance|revenue",
        FY26I, None, source_alt=SI, kind_alt=["level"], direction_alt=["up"]),
    F("7.8%", 7.8, "%", "C", "up", "Deccanwave Technologies revenue from operations|revenue", Q2F, None, source_alt=SI),
    F("₹19,846 crore", 19846e7, "Rs", "L", "up", "Deccanwave Technologies revenue from operations|revenue", Q2F, None,
      source_alt=SI, value_alt=[19846], unit_alt=["INR crore"]),
    F("$2,261 million", 2261e6, "$", "L", "up", "Deccanwave Technologies dollar revenue|revenue", Q2F, None,
      source_alt=SI),
    F("2.9%", 2.9, "%", "C", "up", "Deccanwave Technologies dollar revenue|revenue", Q2F, None, source_alt=SI),
    F("5.1%", 5.1, "%", "C", "up", "Deccanwave Technologies constant-currency revenue|revenue", Q2F, None,
      source_alt=SI),
    F("60 basis points", 60, "bp", "C", "up", "Deccanwave Technologies operating margin|operating margin|margin", Q2F,
      None, source_alt=SI, value_alt=[0.6], unit_alt=["percentage point"]),
    F("21.3%", 21.3, "%", "S", "up", "Deccanwave Technologies operating margin|operating margin|margin", Q2F, None,
      source_alt=SI, kind_alt=["level", "ratio"]),
    F("31.8%", 31.8, "%", "S", None, "BFSI share of Deccanwave Technologies revenue|BFSI|share|revenue", Q2F, None,
      source_alt=SI),
    F("8.6%", 8.6, "%", "C", "up", "Deccanwave Technologies BFSI revenue|BFSI|vertical", Q2F, None, source_alt=SI),
    F("57.4%", 57.4, "%", "S", None, "North America's share of Deccanwave Technologies revenue|North America|share",
      Q2F, None, source_alt=SI),
    F("11.2%", 11.2, "%", "C", "up", "Deccanwave Technologies Europe revenue|Europe", Q2F, None, source_alt=SI),
    F("two", 2, "#large deal", "L", None, "Deccanwave Technologies large deals in the Nordics|large deals|deals", Q2F,
      None, ctx="two large deals", source_alt=SI, unit_alt=["deal"]),
    F("$2.9 billion", 2.9e9, "$", "L", None, "total contract value of Deccanwave Technologies deals|total contract value|"
      "TCV", Q2F, None, source_alt=SI),
    F("$1.6 billion", 1.6e9, "$", "L", None, "total contract value of Deccanwave Technologies large deals|large deals|TCV",
      Q2F, None, source_alt=SI),
    F("8.1%", 8.1, "%", "C", "up", "Deccanwave Technologies net profit|net profit|profit", H1F, None, source_alt=SI),
    F("₹6,302 crore", 6302e7, "Rs", "L", "up", "Deccanwave Technologies net profit|net profit|profit", H1F, None,
      source_alt=SI, value_alt=[6302], unit_alt=["INR crore"]),
    F("1,240", 1240, "#employee", "C", "dn", "Deccanwave Technologies headcount|headcount", Q2F, None, source_alt=SI),
    F("2,41,518", 241518, "#employee", "L", "dn", "Deccanwave Technologies headcount|headcount|employees",
      DAY("2025-09-30"), None, source_alt=SI, period_alt=[Q2F]),
    F("13.9%", 13.9, "%", "L", "dn", "Deccanwave Technologies attrition|attrition", span12(2025, 9), None, source_alt=SI,
      kind_alt=["share"], period_alt=[Q2F]),
    F("14.6%", 14.6, "%", "L", None, "Deccanwave Technologies attrition|attrition", span12(2025, 6), None, source_alt=SI,
      kind_alt=["share"], period_alt=[MM(2025, 4, 2025, 6)]),
    F("₹11", 11, "Rs", "L", None, "Deccanwave Technologies interim dividend|interim dividend|dividend", Q2F, None,
      source_alt=SI + ["board"], unit_alt=["INR per share"], period_alt=[None, FY26I]),
    F("1.3%", 1.3, "%", "C", "up", "Deccanwave Technologies shares|shares", DAY(P), None, ctx="closed 1.3%"),
    F("Rs 1,642.50", 1642.50, "Rs", "L", "up", "Deccanwave Technologies shares|shares|share price", DAY(P), None),
], ex=["second quarter of FY26", "quarter-on-quarter", "in the quarter", "more than $50 million", "(H1 FY26)",
       "during the quarter", "first half", "last-12-months", "April-June quarter", "third quarter", "two years"])

# ---------------------------------------------------------------- 15 Australian miner: year to June 30, divisions, FY26 guidance
P = on("2025-08-20", "Wednesday")
FY25A = FY(2024, 7, 2025, 6)
FY24A = FY(2023, 7, 2024, 6)
FY26A = FY(2025, 7, 2026, 6)
IB = ["Marlowe Ridge Minerals", "Marlowe Ridge"]
story("b60-15", P, """
PERTH — Marlowe Ridge Minerals has reported a 31 per cent fall in full-year underlying profit as lower iron ore prices and a collapse in lithium earnings hit the West Australian miner, but it kept its final dividend steady and forecast higher shipments in 2025-26.

Underlying net profit after tax for the year to June 30 was A$1.84 billion, down from A$2.67 billion, on revenue 12 per cent lower at A$9.16 billion. Statutory profit was A$1.21 billion after a A$540 million impairment of its Mt Carrow lithium mine, which was placed on care and maintenance in March.

The iron ore division shipped 61.3 million tonnes, up 4 per cent, and received an average of US$84.60 a dry metric tonne, a 14 per cent discount to the benchmark 62 per cent Fe index. Its EBITDA fell 22 per cent to A$4.05 billion. C1 costs rose to A$22.10 a wet metric tonne.

The lithium division, which contributed A$1.1 billion of EBITDA two years ago, posted an EBITDA loss of A$86 million. Spodumene concentrate sales fell 37 per cent to 412,000 tonnes at an average realised price of US$742 a tonne.

The board declared a fully franked final dividend of 38 cents a share, the same as a year earlier, taking the full-year payout to 70 cents, or 62 per cent of underlying earnings.

For FY26, Marlowe Ridge expects iron ore shipments of 63 million to 66 million tonnes at C1 costs of A$21.50 to A$23.00 a tonne, and capital expenditure of about A$1.4 billion.

Managing director Colin Tasker said the company had cut 340 jobs in the lithium business. "We think lithium prices have found a floor," he said.

Marlowe Ridge shares rose 2.8 per cent to A$19.47 by midday, against a 0.4 per cent gain in the S&P/ASX 200.
""", [
    F("31 per cent", 31, "%", "C", "dn", "Marlowe Ridge Minerals underlying profit|underlying profit|profit", FY25A, None,
      source_alt=IB),
    F("A$1.84 billion", 1.84e9, "A$", "L", "dn", "Marlowe Ridge underlying net profit after tax|underlying net profit|"
      "profit", FY25A, None, source_alt=IB),
    F("A$2.67 billion", 2.67e9, "A$", "L", None, "Marlowe Ridge underlying net profit after tax|underlying net profit|"
      "profit", FY24A, None, source_alt=IB),
    F("12 per cent", 12, "%", "C", "dn", "Marlowe Ridge revenue|revenue", FY25A, None, source_alt=IB),
    F("A$9.16 billion", 9.16e9, "A$", "L", "dn", "Marlowe Ridge revenue|revenue", FY25A, None, source_alt=IB),
    F("A$1.21 billion", 1.21e9, "A$", "L", None, "Marlowe Ridge statutory profit|statutory profit|profit", FY25A, None,
      source_alt=IB),
    F("A$540 million", 540e6, "A$", "L", None, "impairment of Marlowe Ridge's Mt Carrow lithium mine|impairment", FY25A,
      None, source_alt=IB, period_alt=[M(2025, 3)]),
    F("61.3 million tonnes", 61.3e6, "t", "L", "up", "Marlowe Ridge iron ore shipments|iron ore division|shipments",
      FY25A, None, source_alt=IB),
    F("4 per cent", 4, "%", "C", "up", "Marlowe Ridge iron ore shipments|iron ore division|shipments", FY25A, None,
      ctx="up 4 per cent", source_alt=IB),
    F("US$84.60", 84.60, "$", "L", None, "Marlowe Ridge average iron ore price received|price|iron ore division", FY25A,
      None, source_alt=IB, unit_alt=["USD per dry metric tonne", "USD per tonne"]),
    F("14 per cent", 14, "%", "C", "dn", "Marlowe Ridge iron ore price discount to the benchmark index|discount", FY25A,
      None, source_alt=IB, kind_alt=["share", "level"]),
    F("22 per cent", 22, "%", "C", "dn", "Marlowe Ridge iron ore division EBITDA|EBITDA", FY25A, None, source_alt=IB),
    F("A$4.05 billion", 4.05e9, "A$", "L", "dn", "Marlowe Ridge iron ore division EBITDA|EBITDA", FY25A, None,
      source_alt=IB),
    F("A$22.10", 22.10, "A$", "L", "up", "Marlowe Ridge iron ore C1 costs|C1 costs|costs", FY25A, None, source_alt=IB,
      unit_alt=["AUD per tonne"]),
    F("A$1.1 billion", 1.1e9, "A$", "L", None, "Marlowe Ridge lithium division EBITDA|lithium division|EBITDA",
      FY(2022, 7, 2023, 6), None, source_alt=IB, period_alt=[None]),
    F("A$86 million", 86e6, "A$", "L", None, "Marlowe Ridge lithium division EBITDA loss|lithium division|loss", FY25A,
      None, source_alt=IB, value_alt=[-86e6]),
    F("37 per cent", 37, "%", "C", "dn", "Marlowe Ridge spodumene concentrate sales|spodumene concentrate sales|sales",
      FY25A, None, source_alt=IB),
    F("412,000 tonnes", 412000, "t", "L", "dn", "Marlowe Ridge spodumene concentrate sales|spodumene concentrate sales|"
      "sales", FY25A, None, source_alt=IB),
    F("US$742", 742, "$", "L", None, "Marlowe Ridge average realised spodumene price|price", FY25A, None,
      source_alt=IB, unit_alt=["USD per tonne"]),
    CENTS("38 cents", 38, "A$", "L", "unch", "Marlowe Ridge final dividend|final dividend|dividend", FY25A, None,
          source_alt=IB + ["board"], direction_alt=[None]),
    CENTS("70 cents", 70, "A$", "L", None, "Marlowe Ridge full-year dividend payout|full-year payout|dividend", FY25A,
          None, source_alt=IB + ["board"]),
    F("62 per cent", 62, "%", "S", None, "Marlowe Ridge payout ratio|payout|underlying earnings", FY25A, None,
      ctx="62 per cent of underlying", source_alt=IB, kind_alt=["ratio"]),
    RNG("63 million to 66 million tonnes", 63e6, 66e6, "t", "L", "up", "Marlowe Ridge iron ore shipments|"
        "iron ore shipments|shipments", FY26A, "Marlowe Ridge", source_alt=["Marlowe Ridge Minerals"], direction_alt=[None]),
    RNG("A$21.50 to A$23.00", 21.50, 23.00, "A$", "L", None, "Marlowe Ridge iron ore C1 costs|C1 costs|costs", FY26A,
        "Marlowe Ridge", source_alt=["Marlowe Ridge Minerals"], unit_alt=["AUD per tonne"]),
    F("about A$1.4 billion", 1.4e9, "A$", "L", None, "Marlowe Ridge capital expenditure|capital expenditure", FY26A,
      "Marlowe Ridge", source_alt=["Marlowe Ridge Minerals"]),
    F("340", 340, "#job", "C", "dn", "Marlowe Ridge lithium business jobs|jobs", None, "Colin Tasker",
      source_alt=["Tasker", "Managing director"], period_alt=[FY25A], kind_alt=["level"]),
    F("2.8 per cent", 2.8, "%", "C", "up", "Marlowe Ridge shares|shares", DAY(P), None),
    F("A$19.47", 19.47, "A$", "L", "up", "Marlowe Ridge shares|shares|share price", DAY(P), None),
    F("0.4 per cent", 0.4, "%", "C", "up", "S&P/ASX 200 index|S&P/ASX 200|index", DAY(P), None),
], ex=["62 per cent Fe", "two years ago", "ASX 200", "FY26", "C1 costs"])

# ---------------------------------------------------------------- 16 British retailer interims: 26 weeks to 27 September, tense of guidance
P = on("2025-11-12", "Wednesday")
H1B = (plus("2025-09-27", -181), "2025-09-27")
FY26B = FY(2025, 4, 2026, 3)
BW = ["Birchwell & Co", "Birchwell", "retailer"]
story("b60-16", P, """
Birchwell warns on Christmas as shoppers hold back

Birchwell & Co, the homewares and clothing chain, has warned that profits for the year to March will come in at the bottom of its guidance after shoppers cut back in the run-up to the Budget.

The retailer said like-for-like sales rose 3.4 per cent in the 26 weeks to 27 September, but growth slowed to 1.1 per cent in the first six weeks of the second half.

Pre-tax profit for the half rose 8.7 per cent to £61.2 million on revenue of £1.03 billion, up 4.9 per cent. Online sales grew 9.6 per cent and now account for 38 per cent of the total.

Homewares, Birchwell's faster-growing division, lifted sales 7.2 per cent, while clothing sales edged up 0.8 per cent. Gross margin improved by 40 basis points to 53.6 per cent.

Birchwell now expects full-year pre-tax profit of about £140 million, the bottom of the £140 million to £150 million range it gave in May. For the Christmas quarter, it expects like-for-like sales growth of between 0 and 2 per cent, after 4.1 per cent a year earlier.

Chief executive Joanna Pryce said the extra £46 million in employer national insurance and wage costs this year had been "largely mitigated". The company will open 11 stores and close 7 in the second half.

An interim dividend of 4.2p was declared, up from 3.9p.

Shares fell 11 per cent to 236p.
""", [
    F("3.4 per cent", 3.4, "%", "C", "up", "Birchwell like-for-like sales|like-for-like sales|sales", H1B,
      "retailer", source_alt=BW[:2], period_alt=[MM(2025, 4, 2025, 9)]),
    F("1.1 per cent", 1.1, "%", "C", "up", "Birchwell like-for-like sales growth|like-for-like sales|growth",
      ("2025-09-28", "2025-11-08"), "retailer", source_alt=BW[:2], kind_alt=["level"],
      period_alt=[("2025-09-28", P), ("2025-10", "2025-11")], direction_alt=["dn"]),
    F("8.7 per cent", 8.7, "%", "C", "up", "Birchwell pre-tax profit|pre-tax profit|profit", H1B, None,
      source_alt=BW, period_alt=[MM(2025, 4, 2025, 9)]),
    F("£61.2 million", 61.2e6, "£", "L", "up", "Birchwell pre-tax profit|pre-tax profit|profit", H1B, None,
      source_alt=BW, period_alt=[MM(2025, 4, 2025, 9)]),
    F("£1.03 billion", 1.03e9, "£", "L", "up", "Birchwell revenue|revenue", H1B, None, source_alt=BW,
      period_alt=[MM(2025, 4, 2025, 9)]),
    F("4.9 per cent", 4.9, "%", "C", "up", "Birchwell revenue|revenue", H1B, None, source_alt=BW,
      period_alt=[MM(2025, 4, 2025, 9)]),
    F("9.6 per cent", 9.6, "%", "C", "up", "Birchwell online sales|online sales|sales", H1B, None, source_alt=BW,
      period_alt=[MM(2025, 4, 2025, 9)]),
    F("38 per cent", 38, "%", "S", None, "online share of Birchwell sales|online sales|share", H1B, None,
      source_alt=BW, period_alt=[MM(2025, 4, 2025, 9), DAY(P)]),
    F("7.2 per cent", 7.2, "%", "C", "up", "Birchwell homewares sales|homewares|sales", H1B, None, source_alt=BW,
      period_alt=[MM(2025, 4, 2025, 9)]),
    F("0.8 per cent", 0.8, "%", "C", "up", "Birchwell clothing sales|clothing sales|sales", H1B, None,
      source_alt=BW, period_alt=[MM(2025, 4, 2025, 9)]),
    F("40 basis points", 40, "bp", "C", "up", "Birchwell gross margin|gross margin|margin", H1B, None,
      source_alt=BW, value_alt=[0.4], unit_alt=["percentage point"], period_alt=[MM(2025, 4, 2025, 9)]),
    F("53.6 per cent", 53.6, "%", "S", "up", "Birchwell gross margin|gross margin|margin", H1B, None, source_alt=BW,
      kind_alt=["level", "ratio"], period_alt=[MM(2025, 4, 2025, 9)]),
    F("about £140 million", 140e6, "£", "L", None, "Birchwell pre-tax profit|pre-tax profit|profit", FY26B,
      "Birchwell", source_alt=["Birchwell & Co"]),
    RNG("£140 million to £150 million", 140e6, 150e6, "£", "L", None, "Birchwell pre-tax profit guidance|"
        "guidance|range|profit", FY26B, "Birchwell", source_alt=["Birchwell & Co"]),
    RNG("between 0 and 2 per cent", 0, 2, "%", "C", "up", "Birchwell like-for-like sales growth|"
        "like-for-like sales|growth", MM(2025, 10, 2025, 12), "Birchwell", source_alt=["Birchwell & Co", "it"],
        kind_alt=["level"], direction_alt=[None]),
    F("4.1 per cent", 4.1, "%", "C", None, "Birchwell like-for-like sales growth|like-for-like sales|growth",
      MM(2024, 10, 2024, 12), None, source_alt=BW, kind_alt=["level"], direction_alt=["up"]),
    F("£46 million", 46e6, "£", "L", None, "Birchwell extra employer national insurance and wage costs|"
      "national insurance and wage costs|costs", FY26B, "Joanna Pryce",
      source_alt=["Pryce", "Chief executive"], period_alt=[Y(2025)]),
    F("11", 11, "#store", "C", "up", "Birchwell store openings|stores", FY(2025, 10, 2026, 3), None,
      ctx="open 11 stores", source_alt=BW, kind_alt=["level"]),
    F("7", 7, "#store", "C", "dn", "Birchwell store closures|stores", FY(2025, 10, 2026, 3), None,
      ctx="close 7 in", source_alt=BW, kind_alt=["level"]),
    CENTS("4.2p", 4.2, "£", "L", "up", "Birchwell interim dividend|interim dividend|dividend", H1B, None,
          sub="pence", source_alt=BW, unit_alt=["penny", "p"], period_alt=[MM(2025, 4, 2025, 9), None]),
    CENTS("3.9p", 3.9, "£", "L", None, "Birchwell interim dividend|interim dividend|dividend",
          MM(2024, 4, 2024, 9), None, sub="pence", source_alt=BW, unit_alt=["penny", "p"], period_alt=[None]),
    F("11 per cent", 11, "%", "C", "dn", "Birchwell shares|shares", DAY(P), None),
    CENTS("236p", 236, "£", "L", "dn", "Birchwell shares|shares|share price", DAY(P), None, sub="pence",
          unit_alt=["penny", "p"]),
], ex=["26 weeks", "first six weeks", "second half", "for the half", "Christmas quarter"])

# ---------------------------------------------------------------- 17 Indian bank: October-December quarter, lakh crore, "of which", nine months
P = on("2026-01-24", "Saturday")
Q3F = MM(2025, 10, 2025, 12)
END = DAY("2025-12-31")
NCB = ["Narmada Commercial Bank", "bank"]
story("b60-17", P, """
MUMBAI, January 24: Narmada Commercial Bank on Saturday reported a 15.2 per cent rise in standalone net profit to Rs 2,846 crore for the October-December quarter, helped by lower provisions and steady loan growth.

Net interest income (NII) grew 10.4 per cent year-on-year to Rs 7,912 crore, while net interest margin (NIM) narrowed to 3.62 per cent from 3.78 per cent a year earlier and 3.66 per cent in the September quarter.

Gross advances rose 13.8 per cent to Rs 6.14 lakh crore, of which retail loans were Rs 3.02 lakh crore, up 17.1 per cent. Deposits grew 12.9 per cent to Rs 7.38 lakh crore.

Asset quality improved: gross non-performing assets (NPAs) fell to 1.71 per cent of gross advances from 2.04 per cent a year ago, and net NPAs to 0.42 per cent. Provisions declined 23 per cent to Rs 812 crore.

For the nine months ended December 31, net profit rose 12.7 per cent to Rs 7,934 crore.

The capital adequacy ratio stood at 17.35 per cent. The bank added 86 branches in the quarter, taking its network to 5,612.

Managing director Suresh Iyer told analysts he expected loan growth of 14-15 per cent in FY26 and credit costs below 0.5 per cent. "The margin has bottomed out; we see NIM back above 3.7 per cent by the fourth quarter," he said.
""", [
    F("15.2 per cent", 15.2, "%", "C", "up", "Narmada Commercial Bank standalone net profit|net profit|profit", Q3F,
      None, source_alt=NCB),
    F("Rs 2,846 crore", 2846e7, "Rs", "L", "up", "Narmada Commercial Bank standalone net profit|net profit|profit",
      Q3F, None, source_alt=NCB, value_alt=[2846], unit_alt=["INR crore"]),
    F("10.4 per cent", 10.4, "%", "C", "up", "Narmada Commercial Bank net interest income|net interest income|NII",
      Q3F, None, source_alt=NCB),
    F("Rs 7,912 crore", 7912e7, "Rs", "L", "up", "Narmada Commercial Bank net interest income|"
      "net interest income|NII", Q3F, None, source_alt=NCB, value_alt=[7912], unit_alt=["INR crore"]),
    F("3.62 per cent", 3.62, "%", "L", "dn", "Narmada Commercial Bank net interest margin|net interest margin|NIM",
      Q3F, None, source_alt=NCB, kind_alt=["share", "ratio"]),
    F("3.78 per cent", 3.78, "%", "L", None, "Narmada Commercial Bank net interest margin|net interest margin|NIM",
      MM(2024, 10, 2024, 12), None, source_alt=NCB, kind_alt=["share", "ratio"]),
    F("3.66 per cent", 3.66, "%", "L", None, "Narmada Commercial Bank net interest margin|net interest margin|NIM",
      MM(2025, 7, 2025, 9), None, source_alt=NCB, kind_alt=["share", "ratio"]),
    F("13.8 per cent", 13.8, "%", "C", "up", "Narmada Commercial Bank gross advances|gross advances|advances", END,
      None, source_alt=NCB, period_alt=[Q3F]),
    F("Rs 6.14 lakh crore", 6.14e12, "Rs", "L", "up", "Narmada Commercial Bank gross advances|gross advances|"
      "advances", END, None, source_alt=NCB, value_alt=[6.14], unit_alt=["INR lakh crore"], period_alt=[Q3F]),
    F("Rs 3.02 lakh crore", 3.02e12, "Rs", "L", "up", "Narmada Commercial Bank retail loans|retail loans|loans",
      END, None, source_alt=NCB, value_alt=[3.02], unit_alt=["INR lakh crore"], period_alt=[Q3F]),
    F("17.1 per cent", 17.1, "%", "C", "up", "Narmada Commercial Bank retail loans|retail loans|loans", END, None,
      source_alt=NCB, period_alt=[Q3F]),
    F("12.9 per cent", 12.9, "%", "C", "up", "Narmada Commercial Bank deposits|deposits", END, None,
      source_alt=NCB, period_alt=[Q3F]),
    F("Rs 7.38 lakh crore", 7.38e12, "Rs", "L", "up", "Narmada Commercial Bank deposits|deposits", END, None,
      source_alt=NCB, value_alt=[7.38], unit_alt=["INR lakh crore"], period_alt=[Q3F]),
    F("1.71 per cent", 1.71, "%", "S", "dn", "Narmada Commercial Bank gross non-performing assets|"
      "gross non-performing assets|NPAs", END, None, source_alt=NCB, kind_alt=["level", "ratio"],
      period_alt=[Q3F]),
    F("2.04 per cent", 2.04, "%", "S", None, "Narmada Commercial Bank gross non-performing assets|"
      "gross non-performing assets|NPAs", DAY("2024-12-31"), None, source_alt=NCB, kind_alt=["level", "ratio"],
      period_alt=[MM(2024, 10, 2024, 12)]),
    F("0.42 per cent", 0.42, "%", "S", "dn", "Narmada Commercial Bank net NPAs|net NPAs|NPAs", END, None,
      source_alt=NCB, kind_alt=["level", "ratio"], period_alt=[Q3F]),
    F("23 per cent", 23, "%", "C", "dn", "Narmada Commercial Bank provisions|provisions", Q3F, None,
      source_alt=NCB),
    F("Rs 812 crore", 812e7, "Rs", "L", "dn", "Narmada Commercial Bank provisions|provisions", Q3F, None,
      source_alt=NCB, value_alt=[812], unit_alt=["INR crore"]),
    F("12.7 per cent", 12.7, "%", "C", "up", "Narmada Commercial Bank net profit|net profit|profit",
      MM(2025, 4, 2025, 12), None, source_alt=NCB),
    F("Rs 7,934 crore", 7934e7, "Rs", "L", "up", "Narmada Commercial Bank net profit|net profit|profit",
      MM(2025, 4, 2025, 12), None, source_alt=NCB, value_alt=[7934], unit_alt=["INR crore"]),
    F("17.35 per cent", 17.35, "%", "L", None, "Narmada Commercial Bank capital adequacy ratio|"
      "capital adequacy ratio|ratio", END, None, source_alt=NCB, kind_alt=["ratio", "share"], period_alt=[Q3F]),
    F("86", 86, "#branch", "C", "up", "Narmada Commercial Bank branches|branches", Q3F, None, source_alt=NCB,
      kind_alt=["level"]),
    F("5,612", 5612, "#branch", "L", "up", "Narmada Commercial Bank branch network|network|branches", END, None,
      source_alt=NCB, period_alt=[Q3F]),
    RNG("14-15 per cent", 14, 15, "%", "C", "up", "Narmada Commercial Bank loan growth|loan growth|loans",
        FY(2025, 4, 2026, 3), "Suresh Iyer", source_alt=["Iyer", "Managing director"], kind_alt=["level"]),
    F("below 0.5 per cent", 0.5, "%", "L", None, "Narmada Commercial Bank credit costs|credit costs|costs",
      FY(2025, 4, 2026, 3), "Suresh Iyer", source_alt=["Iyer", "Managing director"], kind_alt=["share"]),
    F("above 3.7 per cent", 3.7, "%", "L", "up", "Narmada Commercial Bank net interest margin|NIM|margin",
      MM(2026, 1, 2026, 3), "Suresh Iyer", source_alt=["Iyer", "he", "we"], kind_alt=["share", "ratio"],
      period_alt=[(None, "2026-03")]),
], ex=["October-December quarter", "September quarter", "nine months", "in the quarter", "FY26",
       "fourth quarter"])

# ---------------------------------------------------------------- 18 Australian bank's half to March 31, NZ arm, margin outlook
P = on("2026-05-05", "Tuesday")
H1C = FY(2025, 10, 2026, 3)
CS = ["Coral Sea Banking Group", "bank"]
story("b60-18", P, """
Coral Sea Banking Group lifts interim payout despite margin squeeze

Sydney | Coral Sea Banking Group has posted a 3.2 per cent rise in first-half cash earnings to $3.71 billion and lifted its interim dividend by 2 cents to 86 cents a share, fully franked.

In the six months to March 31, net interest margin fell 5 basis points to 1.84 per cent, as competition for home loans and deposits intensified. Total operating income rose 4.4 per cent to $10.2 billion, and expenses grew 5.1 per cent to $4.86 billion, leaving the cost-to-income ratio at 47.6 per cent.

The Australian business banking division lifted cash earnings 9.8 per cent to $1.52 billion, while the consumer bank's earnings slipped 4.1 per cent to $1.08 billion. The New Zealand arm reported cash earnings of NZ$702 million, down 6.4 per cent, reflecting a weak economy across the Tasman.

Loan impairment charges were $412 million, equivalent to 0.11 per cent of gross loans, up from $366 million in the half to September.

The bank's common equity tier 1 ratio was 12.1 per cent, and it announced an on-market share buyback of up to $1.5 billion.

Chief executive Mark Delaney said he expected the margin to stabilise in the second half, "with perhaps 1 or 2 basis points of further pressure". He forecast Australian housing credit growth of 6 to 7 per cent over the next 12 months.

Shares rose 1.9 per cent to $38.55.
""", [
    F("3.2 per cent", 3.2, "%", "C", "up", "Coral Sea Banking Group cash earnings|cash earnings|earnings", H1C, None,
      source_alt=CS),
    F("$3.71 billion", 3.71e9, "A$", "L", "up", "Coral Sea Banking Group cash earnings|cash earnings|earnings", H1C,
      None, source_alt=CS),
    CENTS("2 cents", 2, "A$", "C", "up", "Coral Sea interim dividend|interim dividend|dividend", H1C, None,
          source_alt=CS),
    CENTS("86 cents", 86, "A$", "L", "up", "Coral Sea interim dividend|interim dividend|dividend", H1C, None,
          source_alt=CS),
    F("5 basis points", 5, "bp", "C", "dn", "Coral Sea net interest margin|net interest margin|margin", H1C, None,
      source_alt=CS, value_alt=[0.05], unit_alt=["percentage point"]),
    F("1.84 per cent", 1.84, "%", "L", "dn", "Coral Sea net interest margin|net interest margin|margin", H1C, None,
      source_alt=CS, kind_alt=["share", "ratio"]),
    F("4.4 per cent", 4.4, "%", "C", "up", "Coral Sea total operating income|operating income|income", H1C, None,
      source_alt=CS),
    F("$10.2 billion", 10.2e9, "A$", "L", "up", "Coral Sea total operating income|operating income|income", H1C,
      None, source_alt=CS),
    F("5.1 per cent", 5.1, "%", "C", "up", "Coral Sea expenses|expenses", H1C, None, source_alt=CS),
    F("$4.86 billion", 4.86e9, "A$", "L", "up", "Coral Sea expenses|expenses", H1C, None, source_alt=CS),
    F("47.6 per cent", 47.6, "%", "S", None, "Coral Sea cost-to-income ratio|cost-to-income ratio|ratio", H1C, None,
      source_alt=CS, kind_alt=["ratio", "level"]),
    F("9.8 per cent", 9.8, "%", "C", "up", "Coral Sea business banking division cash earnings|"
      "business banking division|cash earnings", H1C, None, source_alt=CS),
    F("$1.52 billion", 1.52e9, "A$", "L", "up", "Coral Sea business banking division cash earnings|"
      "business banking division|cash earnings", H1C, None, source_alt=CS),
    F("4.1 per cent", 4.1, "%", "C", "dn", "Coral Sea consumer bank earnings|consumer bank|earnings", H1C, None,
      source_alt=CS),
    F("$1.08 billion", 1.08e9, "A$", "L", "dn", "Coral Sea consumer bank earnings|consumer bank|earnings", H1C,
      None, source_alt=CS),
    F("NZ$702 million", 702e6, "NZ$", "L", "dn", "Coral Sea New Zealand arm cash earnings|New Zealand arm|"
      "cash earnings", H1C, None, source_alt=CS),
    F("6.4 per cent", 6.4, "%", "C", "dn", "Coral Sea New Zealand arm cash earnings|New Zealand arm|cash earnings",
      H1C, None, source_alt=CS),
    F("$412 million", 412e6, "A$", "L", "up", "Coral Sea loan impairment charges|loan impairment charges|charges",
      H1C, None, source_alt=CS),
    F("0.11 per cent", 0.11, "%", "S", None, "Coral Sea loan impairment charges as a share of gross loans|"
      "loan impairment charges|gross loans", H1C, None, source_alt=CS, kind_alt=["ratio", "level"]),
    F("$366 million", 366e6, "A$", "L", None, "Coral Sea loan impairment charges|loan impairment charges|charges",
      FY(2025, 4, 2025, 9), None, source_alt=CS),
    F("12.1 per cent", 12.1, "%", "L", None, "Coral Sea common equity tier 1 ratio|common equity tier 1 ratio|ratio",
      DAY("2026-03-31"), None, source_alt=CS, kind_alt=["ratio", "share"], period_alt=[H1C]),
    F("up to $1.5 billion", 1.5e9, "A$", "L", None, "Coral Sea on-market share buyback|share buyback|buyback", None,
      None, source_alt=CS),
    RNG("1 or 2 basis points", 1, 2, "bp", "C", "dn", "Coral Sea net interest margin|margin|pressure",
        FY(2026, 4, 2026, 9), "Mark Delaney", source_alt=["Delaney", "Chief executive", "he"],
        value_alt=[0.01], unit_alt=["percentage point"]),
    RNG("6 to 7 per cent", 6, 7, "%", "C", "up", "Australian housing credit growth|housing credit growth|"
        "housing credit", (P, "2027-05-05"), "Mark Delaney", source_alt=["Delaney", "He"], kind_alt=["level"],
        period_alt=[("2026-05", "2027-04"), ("2026-06", "2027-05"), None]),
    F("1.9 per cent", 1.9, "%", "C", "up", "Coral Sea shares|shares", DAY(P), None),
    F("$38.55", 38.55, "A$", "L", "up", "Coral Sea shares|shares|share price", DAY(P), None),
], ex=["tier 1", "next 12 months", "second half", "first-half", "six months",
       "the half to September"])

# ---------------------------------------------------------------- 19 Canadian bank: quarter ended Oct. 31, segments, fiscal years
P = on("2025-12-04", "Thursday")
Q4P = FY(2025, 8, 2025, 10)
Q4P0 = FY(2024, 8, 2024, 10)
PN = ["Prairie Northern Bank", "Prairie Northern", "bank"]
story("b60-19", P, """
TORONTO — Prairie Northern Bank says its fourth-quarter profit rose 11 per cent from a year earlier, helped by a stronger showing from its capital markets division and lower loan-loss provisions.

The bank says it earned $1.48 billion or $2.09 per diluted share for the quarter ended Oct. 31, up from $1.33 billion or $1.87 per diluted share a year earlier.

Revenue for the quarter totalled $5.62 billion, up from $5.17 billion.

On an adjusted basis, Prairie Northern says it earned $2.16 per share, ahead of the average analyst estimate of $2.03, according to financial markets data firm Northlight Analytics.

Canadian personal and commercial banking earned $742 million, up 6 per cent, while capital markets profit jumped 38 per cent to $391 million. U.S. banking, which operates in Minnesota and the Dakotas, earned US$118 million, down from US$131 million.

Provisions for credit losses totalled $388 million, compared with $455 million a year earlier. Part of the total reflected tariff-related uncertainty in Ontario's manufacturing belt.

For its 2025 financial year, Prairie Northern earned $5.71 billion, up from $5.02 billion in fiscal 2024.

The bank raised its quarterly dividend by four cents to $1.12 per share, payable in January.

Chief executive Danielle Ferraro said the bank expected mid-single-digit earnings growth in fiscal 2026 and would cut about 900 positions, or 2.5 per cent of its workforce, over the next 18 months.

The bank's common equity tier 1 ratio, a key measure of financial strength, was 13.4 per cent at the end of October.
""", [
    F("11 per cent", 11, "%", "C", "up", "Prairie Northern Bank fourth-quarter profit|profit", Q4P,
      "Prairie Northern Bank", source_alt=["bank"]),
    F("$1.48 billion", 1.48e9, "C$", "L", "up", "Prairie Northern Bank profit|profit|earnings", Q4P, "bank",
      source_alt=["Prairie Northern Bank"]),
    F("$2.09", 2.09, "C$", "L", "up", "Prairie Northern diluted earnings per share|earnings per share|share", Q4P,
      "bank", source_alt=["Prairie Northern Bank"], unit_alt=["CAD per share"]),
    F("$1.33 billion", 1.33e9, "C$", "L", None, "Prairie Northern Bank profit|profit|earnings", Q4P0, "bank",
      source_alt=["Prairie Northern Bank"]),
    F("$1.87", 1.87, "C$", "L", None, "Prairie Northern diluted earnings per share|earnings per share|share", Q4P0,
      "bank", source_alt=["Prairie Northern Bank"], unit_alt=["CAD per share"]),
    F("$5.62 billion", 5.62e9, "C$", "L", "up", "Prairie Northern revenue|revenue", Q4P, None, source_alt=PN),
    F("$5.17 billion", 5.17e9, "C$", "L", None, "Prairie Northern revenue|revenue", Q4P0, None, source_alt=PN),
    F("$2.16", 2.16, "C$", "L", None, "Prairie Northern adjusted earnings per share|adjusted earnings|share", Q4P,
      "Northlight Analytics", source_alt=["Prairie Northern"], unit_alt=["CAD per share"]),
    F("$2.03", 2.03, "C$", "L", None, "average analyst estimate of Prairie Northern's adjusted earnings|"
      "analyst estimate|estimate", Q4P, "Northlight Analytics", source_alt=["analyst"],
      unit_alt=["CAD per share"]),
    F("$742 million", 742e6, "C$", "L", "up", "Prairie Northern Canadian personal and commercial banking earnings|"
      "personal and commercial banking|earnings", Q4P, None, source_alt=PN),
    F("6 per cent", 6, "%", "C", "up", "Prairie Northern Canadian personal and commercial banking earnings|"
      "personal and commercial banking|earnings", Q4P, None, source_alt=PN),
    F("38 per cent", 38, "%", "C", "up", "Prairie Northern capital markets profit|capital markets|profit", Q4P,
      None, source_alt=PN),
    F("$391 million", 391e6, "C$", "L", "up", "Prairie Northern capital markets profit|capital markets|profit",
      Q4P, None, source_alt=PN),
    F("US$118 million", 118e6, "$", "L", "dn", "Prairie Northern U.S. banking earnings|U.S. banking|earnings", Q4P,
      None, source_alt=PN),
    F("US$131 million", 131e6, "$", "L", None, "Prairie Northern U.S. banking earnings|U.S. banking|earnings",
      Q4P0, None, source_alt=PN),
    F("$388 million", 388e6, "C$", "L", "dn", "Prairie Northern provisions for credit losses|provisions", Q4P,
      None, source_alt=PN, direction_alt=[None]),
    F("$455 million", 455e6, "C$", "L", None, "Prairie Northern provisions for credit losses|provisions", Q4P0,
      None, source_alt=PN),
    F("$5.71 billion", 5.71e9, "C$", "L", "up", "Prairie Northern Bank profit|profit|earnings",
      FY(2024, 11, 2025, 10), None, source_alt=PN),
    F("$5.02 billion", 5.02e9, "C$", "L", None, "Prairie Northern Bank profit|profit|earnings",
      FY(2023, 11, 2024, 10), None, source_alt=PN),
    CENTS("four cents", 4, "C$", "C", "up", "Prairie Northern quarterly dividend|quarterly dividend|dividend",
          M(2026, 1), None, source_alt=PN, period_alt=[None, FY(2025, 11, 2026, 1)]),
    F("$1.12", 1.12, "C$", "L", "up", "Prairie Northern quarterly dividend|quarterly dividend|dividend",
      M(2026, 1), None, source_alt=PN, unit_alt=["CAD per share"], period_alt=[None, FY(2025, 11, 2026, 1)]),
    F("about 900", 900, "#position", "C", "dn", "Prairie Northern job cuts|positions|workforce",
      ("2025-12", "2027-05"), "Danielle Ferraro", source_alt=["Ferraro", "Chief executive", "bank"],
      kind_alt=["level"], period_alt=[("2025-12", "2027-06"), None]),
    F("2.5 per cent", 2.5, "%", "S", "dn", "share of Prairie Northern's workforce to be cut|workforce|positions",
      ("2025-12", "2027-05"), "Danielle Ferraro", source_alt=["Ferraro", "Chief executive", "bank"],
      kind_alt=["change"], period_alt=[("2025-12", "2027-06"), None], direction_alt=[None]),
    F("13.4 per cent", 13.4, "%", "L", None, "Prairie Northern common equity tier 1 ratio|"
      "common equity tier 1 ratio|ratio", DAY("2025-10-31"), None, source_alt=PN, kind_alt=["ratio", "share"],
      period_alt=[M(2025, 10)]),
], ex=["fourth-quarter", "next 18 months", "tier 1", "quarter ended", "for the quarter"])

# ---------------------------------------------------------------- 20 South African interims: six months to 31 December, divisions, naira hit
P = on("2026-02-24", "Tuesday")
H1K = FY(2025, 7, 2025, 12)
KF = ["Klipveld Foods Holdings", "Klipveld", "group"]
story("b60-20", P, """
JOHANNESBURG, 24 February 2026 – Klipveld Foods Holdings said on Tuesday that headline earnings per share (HEPS) rose 18% to 412.6 cents in the six months to 31 December, as its poultry business recovered from the bird flu losses of 2023 and load-shedding costs fell away.

Revenue increased 7.3% to R24.8 billion. Operating profit rose 21% to R2.31 billion, and the group's operating margin widened to 9.3% from 8.2%.

The poultry division grew revenue 11.6% to R9.74 billion and more than doubled operating profit to R612 million. Grains, the largest division, lifted operating profit 4.2% to R1.08 billion.

The Rest of Africa segment, which includes businesses in Nigeria, Zambia and Mozambique, reported a 14% drop in rand revenue to R2.16 billion as the naira's weakness cut the value of Nigerian sales; in constant currency, segment revenue rose 19%. The group took a R184 million foreign exchange loss on its Nigerian operations.

An interim dividend of 165 cents per share was declared, 10% higher than a year earlier.

Net debt fell to R5.6 billion at 31 December from R7.2 billion at 30 June, and capital expenditure for the full year to June 2026 is expected to be about R1.9 billion.

Klipveld's shares jumped 7.8% to R148.30 on the JSE by noon.

"We are cautious on the consumer in the second half, with food inflation running at about 4%," said chief executive Thandiwe Mokoena.
""", [
    F("18%", 18, "%", "C", "up", "Klipveld Foods headline earnings per share|headline earnings per share|HEPS", H1K,
      "Klipveld Foods Holdings"),
    CENTS("412.6 cents", 412.6, "R", "L", "up", "Klipveld Foods headline earnings per share|"
          "headline earnings per share|HEPS", H1K, "Klipveld Foods Holdings"),
    F("7.3%", 7.3, "%", "C", "up", "Klipveld Foods revenue|revenue", H1K, None, source_alt=KF),
    F("R24.8 billion", 24.8e9, "R", "L", "up", "Klipveld Foods revenue|revenue", H1K, None, source_alt=KF),
    F("21%", 21, "%", "C", "up", "Klipveld Foods operating profit|operating profit|profit", H1K, None, source_alt=KF),
    F("R2.31 billion", 2.31e9, "R", "L", "up", "Klipveld Foods operating profit|operating profit|profit", H1K, None,
      source_alt=KF),
    F("9.3%", 9.3, "%", "S", "up", "Klipveld Foods operating margin|operating margin|margin", H1K, None,
      source_alt=KF, kind_alt=["level", "ratio"]),
    F("8.2%", 8.2, "%", "S", None, "Klipveld Foods operating margin|operating margin|margin", FY(2024, 7, 2024, 12),
      None, source_alt=KF, kind_alt=["level", "ratio"]),
    F("11.6%", 11.6, "%", "C", "up", "Klipveld Foods poultry division revenue|poultry division|revenue", H1K, None,
      source_alt=KF),
    F("R9.74 billion", 9.74e9, "R", "L", "up", "Klipveld Foods poultry division revenue|poultry division|revenue", H1K,
      None, source_alt=KF),
    X("more than doubled", 2, "R", "up", "Klipveld Foods poultry division operating profit|poultry division|"
      "operating profit", H1K, None, source_alt=KF, kind_alt=["change"], value_alt=[100]),
    F("R612 million", 612e6, "R", "L", "up", "Klipveld Foods poultry division operating profit|poultry division|"
      "operating profit", H1K, None, source_alt=KF),
    F("4.2%", 4.2, "%", "C", "up", "Klipveld Foods grains division operating profit|grains|operating profit", H1K,
      None, source_alt=KF),
    F("R1.08 billion", 1.08e9, "R", "L", "up", "Klipveld Foods grains division operating profit|grains|"
      "operating profit", H1K, None, source_alt=KF),
    F("14%", 14, "%", "C", "dn", "Klipveld Foods Rest of Africa rand revenue|Rest of Africa|revenue", H1K, None,
      source_alt=KF),
    F("R2.16 billion", 2.16e9, "R", "L", "dn", "Klipveld Foods Rest of Africa rand revenue|Rest of Africa|revenue",
      H1K, None, source_alt=KF),
    F("19%", 19, "%", "C", "up", "Klipveld Foods Rest of Africa constant-currency revenue|segment revenue|revenue",
      H1K, None, source_alt=KF),
    F("R184 million", 184e6, "R", "L", None, "Klipveld Foods foreign exchange loss on Nigerian operations|"
      "foreign exchange loss|loss", H1K, None, source_alt=KF),
    CENTS("165 cents", 165, "R", "L", "up", "Klipveld Foods interim dividend|interim dividend|dividend", H1K, None,
          source_alt=KF, direction_alt=[None]),
    F("10%", 10, "%", "C", "up", "Klipveld Foods interim dividend|interim dividend|dividend", H1K, None,
      source_alt=KF),
    F("R5.6 billion", 5.6e9, "R", "L", "dn", "Klipveld Foods net debt|net debt|debt", DAY("2025-12-31"), None,
      source_alt=KF, period_alt=[H1K]),
    F("R7.2 billion", 7.2e9, "R", "L", None, "Klipveld Foods net debt|net debt|debt", DAY("2025-06-30"), None,
      source_alt=KF),
    F("about R1.9 billion", 1.9e9, "R", "L", None, "Klipveld Foods capital expenditure|capital expenditure", 
      FY(2025, 7, 2026, 6), None, source_alt=KF),
    F("7.8%", 7.8, "%", "C", "up", "Klipveld Foods shares|shares", DAY(P), None),
    F("R148.30", 148.30, "R", "L", "up", "Klipveld Foods shares|shares|share price", DAY(P), None),
    F("about 4%", 4, "%", "L", None, "South African food inflation|food inflation|inflation", DAY(P),
      "Thandiwe Mokoena", source_alt=["Mokoena", "chief executive", "We"], kind_alt=["change"],
      period_alt=[None]),
], ex=["second half", "six months"])
