"""blind52 stories 31-40."""
from common import *

# ---------------------------------------------------------------- 31 crime survey, England and Wales
PUB = "2026-01-29"
YS = span12(2025, 9)
ONS = "Office for National Statistics"
CSEW = "Crime Survey for England and Wales"
story("b52-31", PUB, """
Fraud remained the most commonly experienced crime in England and Wales, with an estimated 3.7 million incidents in the year to September, a 12 per cent rise on the previous year, the Office for National Statistics said on Thursday.

The Crime Survey for England and Wales estimated there were 9.8 million incidents of crime overall, broadly unchanged. Fraud accounted for about 38 per cent of the total, and about one in 15 adults said they had been a victim of fraud in the previous 12 months.

Police recorded 51,200 offences involving a knife or sharp instrument, down 4 per cent, and 538 homicides, 7 per cent fewer than a year earlier.

Shoplifting offences recorded by police jumped 19 per cent to 492,000, the highest since current recording practices began in 2002/03.

Only 5.8 per cent of recorded crimes resulted in a charge or summons, compared with 15.5 per cent a decade earlier.

"The trends in violence are encouraging, but shoplifting is now at levels retailers describe as an epidemic," said Martin Crale of the Retail Crime Forum.
""", [
    F("3.7 million", 3.7e6, "#incident", "L", "up", "fraud incidents|fraud|incidents", YS, ONS,
      source_alt=["ONS"], direction_alt=[None]),
    F("12 per cent", 12, "%", "C", "up", "fraud incidents|fraud|incidents", YS, ONS, source_alt=["ONS"]),
    F("9.8 million", 9.8e6, "#incident", "L", None, "crime incidents overall|incidents|crime", YS, CSEW,
      source_alt=["ONS", "survey"], direction_alt=["unchanged"]),
    F("38 per cent", 38, "%", "S", None, "fraud|fraud's share of total crime|fraud|total", YS, None),
    FR("one in 15", 1, 15, "S", None, "fraud victims|adults who were victims of fraud|adults|victims", YS, None,
       source_alt=[CSEW, "survey"]),
    F("51,200", 51200, "#offence", "L", "dn", "knife offences|offences|knife crime", YS, None,
      source_alt=["police"], unit_alt=["offense"]),
    F("4 per cent", 4, "%", "C", "dn", "knife offences|offences|knife crime", YS, None, source_alt=["police"]),
    F("538", 538, "#homicide", "L", "dn", "homicides", YS, None, source_alt=["police"]),
    F("7 per cent", 7, "%", "C", "dn", "homicides", YS, None, source_alt=["police"]),
    F("19 per cent", 19, "%", "C", "up", "shoplifting offences|shoplifting|offences", YS, None),
    F("492,000", 492000, "#offence", "L", "up", "shoplifting offences|shoplifting|offences", YS, None,
      unit_alt=["offense"]),
    F("5.8 per cent", 5.8, "%", "L", None, "charge rate|recorded crimes resulting in a charge|charge rate|crimes", YS, None,
      kind_alt=["share"], direction_alt=["decrease"]),
    F("15.5 per cent", 15.5, "%", "L", None, "charge rate|recorded crimes resulting in a charge|charge rate|crimes",
      ("2014-10", "2015-09"), None, kind_alt=["share"], period_alt=[None]),
], ex=["12 months"])

# ---------------------------------------------------------------- 32 Q&A with a mayor
PUB = "2026-02-04"
MY = ["Lorraine Baptiste", "mayor"]
FY = ("2026-07", "2027-06")
TERM = ("2024-12", "2026-02")
story("b52-32", PUB, """
Lorraine Baptiste took office as mayor of Harwick Bay 14 months ago promising to build 10,000 homes by 2030. She spoke with reporters on Wednesday about housing, rents and the city's budget. Her answers have been edited for length.

Q: You promised 10,000 homes by 2030. How many have been built?

A: We've permitted 2,340 units since I took office, and about 900 are finished. That's more than the city permitted in the previous three years combined. We're on pace, but we have to move faster.

Q: Rents are still rising. What's the average now?

A: The average one-bedroom is about $2,150 a month, up roughly 6% from a year ago. That's too high. A nurse making $78,000 a year shouldn't have to spend 40% of her income on rent.

Q: The budget shortfall for the fiscal year starting July 1 is projected at $64 million. Will you cut services?

A: No. We'll close about half of it with savings from unfilled positions (we have 310 vacancies) and the rest by delaying two capital projects.

Q: Critics say fee waivers for developers cost the city $11 million last year.

A: And those projects produced 680 affordable homes. That's about $16,000 per home. I'll take that deal every day.
""", [
    F("10,000", 10000, "#home", "L", None, "homes promised|homes|housing target", (None, "2030-12"), None,
      ctx="build 10,000 homes", kind_alt=["change"]),
    F("10,000", 10000, "#home", "L", None, "homes promised|homes|housing target", (None, "2030-12"), None,
      ctx="You promised 10,000", kind_alt=["change"]),
    F("2,340", 2340, "#unit", "L", None, "housing units permitted|units|permits", TERM, None, source_alt=MY,
      period_alt=[None], unit_alt=["home"]),
    F("900", 900, "#unit", "L", None, "units finished|units|homes", TERM, None, source_alt=MY, period_alt=[None],
      unit_alt=["home"]),
    F("$2,150", 2150, "$", "L", "up", "average one-bedroom rent|rent|one-bedroom", None, None, source_alt=MY,
      period_alt=[PUB, M(2026, 2)]),
    F("6%", 6, "%", "C", "up", "average one-bedroom rent|rent|one-bedroom", None, None, source_alt=MY,
      period_alt=[PUB, M(2026, 2)]),
    F("$78,000", 78000, "$", "L", None, "nurse's salary|salary|nurse|income", None, None, source_alt=MY),
    F("40%", 40, "%", "S", None, "income spent on rent|income|rent", None, None, source_alt=MY,
      kind_alt=["level"]),
    F("$64 million", 64e6, "$", "L", None, "budget shortfall|shortfall", FY, None),
    FR("half", 1, 2, "S", None, "shortfall|shortfall closed with savings|shortfall|savings", FY, None, source_alt=MY),
    F("310", 310, "#vacancy", "L", None, "vacancies|unfilled positions", None, None, source_alt=MY,
      period_alt=[PUB]),
    F("two", 2, "#project", "L", None, "capital projects delayed|capital projects|projects", FY, None,
      ctx="delaying two capital", source_alt=MY, period_alt=[None]),
    F("$11 million", 11e6, "$", "L", None, "fee waivers|cost of developer fee waivers|fee waivers|waivers|cost", Y(2025),
      None, source_alt=["critics"]),
    F("680", 680, "#home", "L", None, "affordable homes produced|affordable homes|homes", None, None,
      source_alt=MY, period_alt=[Y(2025)]),
    F("$16,000", 16000, "$", "L", None, "cost per home|cost per affordable home|home|cost", None, None, source_alt=MY,
      period_alt=[Y(2025)]),
], ex=["14 months", "previous three years", "one-bedroom"])

# ---------------------------------------------------------------- 33 regional factbox
PUB = "2025-08-27"
TC = "Tri-County Economic Council"
B = dict(source_alt=[TC, "council"])
JUL = M(2025, 7)
H1 = ("2025-01", "2025-06")
story("b52-33", PUB, """
The Tri-County Economic Council released its midyear report on Wednesday. Key figures:

- Unemployment rate: 3.9% in July, down from 4.4% a year earlier
- Jobs: 1.284 million in July, up 21,600, or 1.7%, from July 2024
- Median household income: $81,450 in 2024, up 3.1% after inflation
- Median home price: $436,000 in the second quarter, up 5.8%
- Homes sold: 9,214 in the first half, down 7%
- Population: 2.71 million as of July 1, up 0.6%
- Average commute: 27.4 minutes in 2024, up from 25.9 minutes in 2019
- Poverty rate: 10.2% in 2024, the lowest since 2000

The council's chief economist, Miriam Kessler, said growth would slow to about 1% next year as federal contract spending is cut. "We expect to lose 3,000 to 4,000 defense-related jobs over the next 18 months," she said.
""", [
    F("3.9%", 3.9, "%", "L", "dn", "unemployment rate|unemployment", JUL, None, **B),
    F("4.4%", 4.4, "%", "L", None, "unemployment rate|unemployment", M(2024, 7), None, **B),
    F("1.284 million", 1.284e6, "#job", "L", "up", "jobs|employment", JUL, None, direction_alt=[None], **B),
    F("21,600", 21600, "#job", "C", "up", "jobs|employment", JUL, None, period_alt=[span12(2025, 7)], **B),
    F("1.7%", 1.7, "%", "C", "up", "jobs|employment", JUL, None, period_alt=[span12(2025, 7)], **B),
    F("$81,450", 81450, "$", "L", "up", "median household income|household income|income", Y(2024), None,
      direction_alt=[None], **B),
    F("3.1%", 3.1, "%", "C", "up", "median household income|household income|income", Y(2024), None, **B),
    F("$436,000", 436000, "$", "L", "up", "median home price|home price|price", Q(2025, 2), None,
      direction_alt=[None], **B),
    F("5.8%", 5.8, "%", "C", "up", "median home price|home price|price", Q(2025, 2), None, **B),
    F("9,214", 9214, "#home", "L", "dn", "homes sold|homes|home sales|sales", H1, None, direction_alt=[None], **B),
    F("7%", 7, "%", "C", "dn", "homes sold|homes|home sales|sales", H1, None, ctx="down 7%", **B),
    F("2.71 million", 2.71e6, "#person", "L", "up", "population", DAY("2025-07-01"), None,
      direction_alt=[None], unit_alt=["people", "resident"], period_alt=[JUL, None], source_alt=[TC, "council"]),
    F("0.6%", 0.6, "%", "C", "up", "population", DAY("2025-07-01"), None,
      period_alt=[JUL, ("2024-07-01", "2025-07-01"), None], source_alt=[TC, "council"]),
    F("27.4 minutes", 27.4, "minute", "L", "up", "average commute|commute", Y(2024), None, direction_alt=[None],
      **B),
    F("25.9 minutes", 25.9, "minute", "L", None, "average commute|commute", Y(2019), None, **B),
    F("10.2%", 10.2, "%", "L", None, "poverty rate|poverty", Y(2024), None, direction_alt=["decrease"],
      kind_alt=["share"], **B),
    F("1%", 1, "%", "C", "up", "economic growth|growth|economy", Y(2026), "Miriam Kessler", ctx="about 1% next",
      direction_alt=["decrease"]),
    F("3,000 to 4,000", 3000, "#job", "C", "dn", "defense-related jobs lost|defense-related jobs|jobs",
      ("2025-08", "2027-02"), "Miriam Kessler", value_hi=4000, period_alt=[None]),
], ex=["second quarter", "first half", "18 months"])

# ---------------------------------------------------------------- 34 plant closure with flashbacks
PUB = "2026-01-22"
HA = "Harlow Appliance"
story("b52-34", PUB, """
Harlow Appliance will close its dishwasher plant in Ridgeport, Tennessee, eliminating 1,150 jobs by the end of September and moving production to a newer factory in Mexico, the company said on Thursday.

The closure is a blow to Ridgeport, a town of about 26,000 where the plant has been the largest private employer since it opened in 1974. At its peak in 2008, the factory employed 3,400 people and turned out about 9,000 dishwashers a day.

Harlow had invested $85 million in the plant as recently as 2022, when it added a line for premium models, and a year ago the company had said it had no plans to cut jobs there. Last month, it reduced the workforce by 220 through buyouts.

The company said shipments of its dishwashers had fallen 14% in the first nine months of 2025 as higher prices and weak home sales hurt demand. Its shares have lost about a third of their value over the past year.

The United Steelworkers local, which represents about 900 of the plant's hourly workers, said severance would equal one week of pay for each year of service, capped at 26 weeks. Average hourly pay at the plant is $24.60, about 40% above the county average, according to state data.
""", [
    F("1,150", 1150, "#job", "C", "dn", "jobs eliminated|jobs", (None, "2026-09"), HA, kind_alt=["level"],
      source_alt=["Harlow", "company"]),
    F("26,000", 26000, "#person", "L", None, "Ridgeport population|population|town", None, None,
      unit_alt=["people", "resident"]),
    F("3,400", 3400, "#person", "L", None, "peak employment|plant employment at its peak|employees|people|factory|workers", Y(2008),
      None, unit_alt=["people", "worker", "employee"]),
    F("9,000", 9000, "#dishwasher", "L", None, "dishwashers per day|dishwashers made per day at the peak|dishwashers|output", Y(2008),
      None),
    F("$85 million", 85e6, "$", "L", None, "investment|investment in the plant|investment|plant", Y(2022), None),
    F("220", 220, "#job", "C", "dn", "workforce|workforce reduction through buyouts|workforce|jobs|workers", M(2025, 12),
      None, unit_alt=["worker"]),
    F("14%", 14, "%", "C", "dn", "dishwasher shipments|shipments", ("2025-01", "2025-09"), HA,
      source_alt=["Harlow", "company"]),
    FR("a third", 1, 3, "C", "dn", "Harlow shares|shares|value|stock", ("2025-01", "2026-01"), None,
       period_alt=[None]),
    F("900", 900, "#worker", "L", None, "hourly workers|hourly workers represented by the union|workers", None, None,
      source_alt=["United Steelworkers", "union"]),
    F("26 weeks", 26, "week", "L", None, "severance cap|severance|cap", None, "United Steelworkers local",
      source_alt=["union", "United Steelworkers"]),
    F("$24.60", 24.6, "$", "L", None, "average hourly pay|average hourly pay at the plant|hourly pay|pay", None, "state data",
      period_alt=[PUB]),
    F("40%", 40, "%", "C", "up", "hourly pay|plant pay compared with the county average|pay|hourly pay", None, "state data",
      kind_alt=["level", "ratio"], period_alt=[PUB]),
], ex=["first nine months", "one week"])

# ---------------------------------------------------------------- 35 Indian IT results (crore, lakh)
PUB = "2026-01-16"
QTR = Q(2025, 4)
FY26 = ("2025-04", "2026-03")
NI = "Nimbus Infotech Ltd"
story("b52-35", PUB, """
Nimbus Infotech Ltd on Friday reported a 9.6 per cent rise in consolidated net profit to Rs 3,412 crore for the October-December quarter, beating analyst estimates, helped by large deals in North America and a weaker rupee.

Revenue from operations rose 7.1 per cent year-on-year to Rs 21,870 crore, the Bengaluru-based company said in a stock exchange filing. In dollar terms, revenue grew 3.8 per cent to $2.48 billion. Analysts polled by a news agency had expected a profit of Rs 3,290 crore.

The company signed deals worth $3.1 billion in the quarter, its highest in nine quarters, and narrowed its FY26 revenue growth guidance to 4-5 per cent in constant currency, from 3-5 per cent earlier.

Headcount fell by 1,840 to 2.31 lakh, the third straight quarterly decline, while attrition eased to 12.4 per cent from 13.1 per cent in the previous quarter.

The board declared an interim dividend of Rs 18 per share. Nimbus shares closed 2.3 per cent higher at Rs 1,642.50 on the BSE ahead of the results.
""", [
    F("9.6 per cent", 9.6, "%", "C", "up", "consolidated net profit|net profit|profit", QTR, NI,
      source_alt=["Nimbus Infotech", "Nimbus"]),
    F("Rs 3,412 crore", 3.412e10, "Rs", "L", "up", "consolidated net profit|net profit|profit", QTR, NI,
      source_alt=["Nimbus Infotech", "Nimbus"]),
    F("7.1 per cent", 7.1, "%", "C", "up", "revenue from operations|revenue", QTR, NI,
      source_alt=["Nimbus Infotech", "company"]),
    F("Rs 21,870 crore", 2.187e11, "Rs", "L", "up", "revenue from operations|revenue", QTR, NI,
      source_alt=["Nimbus Infotech", "company"]),
    F("3.8 per cent", 3.8, "%", "C", "up", "dollar revenue|revenue", QTR, None),
    F("$2.48 billion", 2.48e9, "$", "L", "up", "dollar revenue|revenue", QTR, None),
    F("Rs 3,290 crore", 3.29e10, "Rs", "L", None, "analysts' profit estimate|estimate|profit|analysts", QTR,
      "analysts"),
    F("$3.1 billion", 3.1e9, "$", "L", None, "deal wins|deals|deal value", QTR, None),
    F("4-5 per cent", 4, "%", "C", "up", "revenue growth guidance|FY26 revenue growth guidance|revenue growth guidance|guidance|revenue growth",
      FY26, None, value_hi=5, source_alt=[NI, "company"], direction_alt=[None]),
    F("3-5 per cent", 3, "%", "C", None, "revenue growth guidance|FY26 revenue growth guidance|revenue growth guidance|guidance|revenue growth",
      FY26, None, value_hi=5, source_alt=[NI, "company"], direction_alt=["increase"]),
    F("1,840", 1840, "#employee", "C", "dn", "headcount|employees", QTR, None),
    F("2.31 lakh", 2.31e5, "#employee", "L", "dn", "headcount|employees", QTR, None),
    F("12.4 per cent", 12.4, "%", "L", "dn", "attrition rate|attrition", QTR, None),
    F("13.1 per cent", 13.1, "%", "L", None, "attrition rate|attrition", Q(2025, 3), None),
    F("Rs 18", 18, "Rs", "L", None, "interim dividend|dividend", QTR, None, source_alt=["board"],
      period_alt=[None, FY26]),
    F("2.3 per cent", 2.3, "%", "C", "up", "Nimbus shares|shares|stock", PUB, None),
    F("Rs 1,642.50", 1642.5, "Rs", "L", "up", "Nimbus shares|shares|stock", PUB, None),
], ex=["October-December quarter", "in the quarter", "nine quarters", "FY26", "third straight", "previous quarter"])

# ---------------------------------------------------------------- 36 RBA decision and forecasts
PUB = "2026-08-04"
RBA = "Reserve Bank of Australia"
RA = ["RBA", "bank"]
mon = plus(last(PUB, "Monday"), -7)
LASTWK = (mon, plus(mon, 6))
story("b52-36", PUB, """
The Reserve Bank of Australia left its cash rate unchanged at 3.35 per cent on Tuesday, as expected, but signalled it could cut again later this year if inflation keeps easing.

In its quarterly statement on monetary policy, the RBA forecast that trimmed mean inflation, its preferred gauge, would fall to 2.6 per cent by December, within its 2 to 3 per cent target band, and to 2.5 per cent by mid-2027. It expects unemployment to rise to 4.5 per cent by the end of the year from 4.3 per cent in June.

GDP growth was forecast at 1.9 per cent for 2026, up from 1.7 per cent in May's projections. The bank has cut rates three times since February 2025, by a total of 75 basis points.

Money markets are pricing about a 60 per cent chance of a 25 basis point cut in November, up from 45 per cent last week.

The Australian dollar rose 0.4 per cent to 66.85 US cents after the decision. A borrower with an average A$640,000 mortgage is paying about A$330 a month less than before the cuts began.
""", [
    F("3.35 per cent", 3.35, "%", "L", None, "cash rate|rate", PUB, None, direction_alt=["unchanged"],
      source_alt=[RBA] + RA, period_alt=[None]),
    F("2.6 per cent", 2.6, "%", "L", "dn", "trimmed mean inflation|inflation", (None, "2026-12"), RBA,
      kind_alt=["change"], direction_alt=["increase"], source_alt=RA, period_alt=[M(2026, 12), Q(2026, 4)]),
    F("2 to 3 per cent", 2, "%", "L", None, "inflation target band|target band|target|inflation", None, RBA,
      value_hi=3, source_alt=RA),
    F("2.5 per cent", 2.5, "%", "L", "dn", "trimmed mean inflation|inflation", (None, "2027-06"), RBA,
      kind_alt=["change"], direction_alt=["increase"], source_alt=RA, period_alt=[M(2027, 6), Q(2027, 2)]),
    F("4.5 per cent", 4.5, "%", "L", "up", "unemployment rate|unemployment", (None, "2026-12"), RBA,
      source_alt=RA, period_alt=[M(2026, 12), Q(2026, 4)]),
    F("4.3 per cent", 4.3, "%", "L", None, "unemployment rate|unemployment", M(2026, 6), RBA, source_alt=RA),
    F("1.9 per cent", 1.9, "%", "C", "up", "GDP growth|growth|GDP", Y(2026), None, source_alt=[RBA] + RA),
    F("1.7 per cent", 1.7, "%", "C", None, "GDP growth|growth|GDP", Y(2026), None, source_alt=[RBA] + RA,
      direction_alt=["increase"], period_alt=[M(2026, 5)]),
    F("three times", 3, "#cut", "L", None, "rate cuts|cuts", ("2025-02", "2026-08"), None,
      source_alt=[RBA] + RA, unit_alt=["time"], direction_alt=["decrease"]),
    F("75 basis points", 75, "bp", "C", "dn", "cash rate|rates|rate", ("2025-02", "2026-08"), None,
      source_alt=[RBA] + RA),
    F("60 per cent", 60, "%", "L", None, "chance of a rate cut|chance of a rate cut in November|chance|probability|cut", PUB,
      "money markets", kind_alt=["share"], source_alt=["markets"], period_alt=[M(2026, 11), None]),
    F("25 basis point", 25, "bp", "C", "dn", "rate cut|cut|cash rate", M(2026, 11), "money markets",
      source_alt=["markets"]),
    F("45 per cent", 45, "%", "L", None, "chance of a rate cut|chance of a rate cut in November|chance|probability|cut", LASTWK,
      "money markets", kind_alt=["share"], source_alt=["markets"], period_alt=[(mon, plus(mon, 4))]),
    F("0.4 per cent", 0.4, "%", "C", "up", "Australian dollar|dollar|currency", PUB, None),
    F("66.85 US cents", 0.6685, "$", "L", "up", "Australian dollar|dollar|currency", PUB, None,
      value_alt=[66.85], unit_alt=["US cent", "cent"]),
    F("A$640,000", 640000, "A$", "L", None, "average mortgage|mortgage|loan", None, None),
    F("A$330", 330, "A$", "C", "dn", "monthly mortgage repayments|repayments|mortgage", None, None,
      period_alt=[PUB, ("2025-02", "2026-08")]),
])

# ---------------------------------------------------------------- 37 flu season
PUB = "2025-01-21"
sat = last(PUB, "Saturday")
WK = (plus(sat, -6), sat)
PRWK = (plus(sat, -13), plus(sat, -7))
OFF = "county health officials"
OFA = ["Pell County", "health officials"]
story("b52-37", PUB, """
Flu hospitalizations in Pell County hit 612 in the week ended Saturday, the highest weekly count in at least 15 years and more than double the total at the same point last season, county health officials said on Tuesday.

Emergency rooms at the county's nine hospitals reported that 14.2% of visits were for flu-like illness, up from 9.6% a week earlier. About 7 in 10 positive tests were for the H3N2 strain, which tends to hit older adults hardest.

At least 38 people have died of flu-related causes since Oct. 1, including three children, according to the county's dashboard. Only 41% of residents have received this season's flu shot, compared with 47% at this time last year.

"We are not at the peak yet," said Dr. Anita Rowe, the county's health officer. She said hospitals had postponed some elective procedures and that intensive care occupancy had reached 93%.

The county will offer free vaccinations at 25 pharmacies through Feb. 28.
""", [
    F("612", 612, "#hospitalization", "L", "up", "flu hospitalizations|hospitalizations", WK, OFF, source_alt=OFA,
      direction_alt=[None]),
    F("double", 2, None, "R", "up", "flu hospitalizations|flu hospitalizations compared with last season|hospitalizations", WK, OFF,
      unit_alt=["times"], source_alt=OFA, period_alt=[None]),
    F("nine", 9, "#hospital", "L", None, "county hospitals|hospitals", None, None),
    F("14.2%", 14.2, "%", "S", "up", "emergency room visits|emergency room visits for flu-like illness|visits|flu-like illness", WK,
      "emergency rooms", kind_alt=["level"], source_alt=["hospitals"]),
    F("9.6%", 9.6, "%", "S", None, "emergency room visits|emergency room visits for flu-like illness|visits|flu-like illness", PRWK,
      "emergency rooms", kind_alt=["level"], source_alt=["hospitals"]),
    FR("7 in 10", 7, 10, "S", None, "positive tests|positive tests for H3N2|tests|H3N2", WK, None, period_alt=[None]),
    F("38", 38, "#death", "L", None, "flu deaths|deaths|people", ("2024-10-01", PUB), "county dashboard",
      source_alt=["dashboard"], unit_alt=["person", "people"]),
    F("three", 3, "#child", "L", None, "child flu deaths|children|deaths", ("2024-10-01", PUB), "county dashboard",
      source_alt=["dashboard"], ctx="three children"),
    F("41%", 41, "%", "L", None, "residents vaccinated|residents vaccinated against flu|residents|vaccination rate|flu shot", None, None,
      kind_alt=["share"], period_alt=[PUB, ("2024-09", "2025-01"), ("2024-10", "2025-01")]),
    F("47%", 47, "%", "L", None, "residents vaccinated|residents vaccinated against flu|residents|vaccination rate|flu shot",
      DAY(year_ago(PUB)), None, kind_alt=["share"], period_alt=[M(2024, 1), None]),
    F("93%", 93, "%", "L", "up", "intensive care occupancy|occupancy", PUB, "Anita Rowe", kind_alt=["share"],
      period_alt=[None]),
    F("25", 25, "#pharmacy", "L", None, "pharmacies|pharmacies offering free vaccinations|pharmacies", (PUB, "2025-02-28"),
      None, source_alt=["Pell County", "county"], period_alt=[(None, "2025-02-28"), None]),
], ex=["15 years", "H3N2", "a week earlier"])

# ---------------------------------------------------------------- 38 adult obesity
PUB = "2026-11-17"
CDC = "Centers for Disease Control and Prevention"
Y25 = Y(2025)
story("b52-38", PUB, """
The share of U.S. adults with obesity fell to 38.6% last year from 39.9% in 2024, the first sustained decline since national tracking began, the Centers for Disease Control and Prevention said on Tuesday, as use of new weight-loss drugs spread.

Severe obesity, defined as a body-mass index of 40 or higher, affected 9.1% of adults, roughly unchanged. Rates were highest among adults aged 40 to 59, at 41.2%, and lowest among those 60 and older, at 34.8%.

About one in eight adults reported having taken a GLP-1 drug such as semaglutide, double the share in 2023. Among adults with diabetes, the figure was nearly half.

Obesity remains far more common than a generation ago. In 1990, about 15% of adults had obesity and no state had a rate above 15%. Last year, 19 states had rates of 35% or higher, down from 23 states a year earlier.

The condition costs the U.S. health system an estimated $173 billion a year, according to a CDC estimate.
""", [
    F("38.6%", 38.6, "%", "L", "dn", "adults with obesity|share of U.S. adults with obesity|obesity rate|obesity|adults", Y25, CDC,
      kind_alt=["share"], source_alt=["CDC"]),
    F("39.9%", 39.9, "%", "L", None, "adults with obesity|share of U.S. adults with obesity|obesity rate|obesity|adults", Y(2024), CDC,
      kind_alt=["share"], source_alt=["CDC"]),
    F("40", 40, None, "L", None, "body-mass index|body-mass index threshold for severe obesity|body-mass index|BMI|index", None, None,
      ctx="index of 40 or", unit_alt=["BMI", "kg/m2"]),
    F("9.1%", 9.1, "%", "L", None, "severe obesity rate|severe obesity|adults", Y25, None, kind_alt=["share"],
      direction_alt=["unchanged"]),
    F("41.2%", 41.2, "%", "L", None, "obesity rate|obesity rate among adults aged 40 to 59|obesity rate|adults|rates", Y25, None,
      kind_alt=["share"]),
    F("34.8%", 34.8, "%", "L", None, "obesity rate|obesity rate among adults 60 and older|obesity rate|adults|rates", Y25, None,
      kind_alt=["share"]),
    FR("one in eight", 1, 8, "S", None, "GLP-1 use|adults who have taken a GLP-1 drug|adults|GLP-1 drug", Y25, None,
       period_alt=[None]),
    F("double", 2, None, "R", "up", "GLP-1 use|share of adults taking GLP-1 drugs compared with 2023|share|adults", Y25, None,
      unit_alt=["times"]),
    FR("half", 1, 2, "S", None, "adults with diabetes|adults with diabetes who have taken a GLP-1 drug|adults|figure|diabetes", Y25,
       None, period_alt=[None]),
    F("15%", 15, "%", "L", None, "obesity rate|adult obesity rate in 1990|obesity rate|adults|obesity", Y(1990), None,
      ctx="about 15% of", kind_alt=["share"]),
    F("15%", 15, "%", "L", None, "state obesity rate|state obesity rate threshold|rate|state|threshold", Y(1990), None,
      ctx="above 15%", kind_alt=["share"], period_alt=[None]),
    F("19", 19, "#state", "L", "dn", "states|states with obesity rates of 35% or higher|states", Y25, None, ctx="year, 19 states"),
    F("35%", 35, "%", "L", None, "state obesity rate|state obesity rate threshold|rates|threshold", Y25, None, kind_alt=["share"],
      period_alt=[None]),
    F("23", 23, "#state", "L", None, "states|states with obesity rates of 35% or higher|states", Y(2024), None,
      ctx="from 23 states"),
    F("$173 billion", 173e9, "$", "L", None, "cost of obesity|annual cost of obesity to the health system|cost|obesity|condition",
      None, CDC, source_alt=["CDC"]),
], ex=["aged 40 to 59", "60 and older", "GLP-1"])

# ---------------------------------------------------------------- 39 sea ice
PUB = "2025-09-26"
NS = "National Snow and Ice Data Center"
SK = ["square km", "km2", "square kilometre"]
story("b52-39", PUB, """
Arctic sea ice shrank to 4.38 million square kilometers (1.69 million square miles) at its summer low on Sept. 12, the seventh-smallest extent in the satellite record, the National Snow and Ice Data Center said on Thursday.

The minimum was about 1.84 million square kilometers below the 1981-2010 average, an area larger than Alaska. All 19 of the lowest extents in the record have occurred in the past 19 years.

Ice loss averaged 71,000 square kilometers a day in July, slower than usual, as cloudy weather shielded the ice from sunlight.

Older, thicker ice that has survived at least four summers now makes up less than 5% of the ice pack, compared with about 30% in the mid-1980s.

Scientists expect the Arctic Ocean to be effectively ice-free, with less than 1 million square kilometers of ice, in at least one September before 2050, said Lena Okonkwo, a sea ice researcher at the center.

In Antarctica, sea ice peaked at 17.8 million square kilometers on Sept. 17, the third-lowest winter maximum on record, about 0.9 million square kilometers below average.
""", [
    F("4.38 million square kilometers", 4.38e6, "square kilometer", "L", "dn",
      "Arctic sea ice extent|sea ice extent|sea ice|extent", "2025-09-12", NS, unit_alt=SK,
      source_alt=["NSIDC"]),
    F("1.69 million square miles", 1.69e6, "square mile", "L", "dn",
      "Arctic sea ice extent|sea ice extent|sea ice|extent", "2025-09-12", NS, source_alt=["NSIDC"]),
    F("1.84 million square kilometers", 1.84e6, "square kilometer", "C", "dn",
      "Arctic minimum|Arctic minimum compared with the 1981-2010 average|minimum|extent|sea ice", "2025-09-12", None, unit_alt=SK, kind_alt=["level"]),
    F("71,000 square kilometers", 71000, "square kilometer per day", "L", None, "daily ice loss|ice loss|loss",
      M(2025, 7), None, unit_alt=["square kilometer"] + SK, direction_alt=["decrease"]),
    F("5%", 5, "%", "S", None, "older ice|older ice's share of the ice pack|older ice|ice pack|ice", None, None,
      period_alt=[PUB, Y(2025)]),
    F("30%", 30, "%", "S", None, "older ice|older ice's share of the ice pack|older ice|ice pack|ice", None, None,
      period_alt=[("1984-01", "1986-12"), Y(1985)]),
    F("1 million square kilometers", 1e6, "square kilometer", "L", None, "ice-free threshold|threshold|ice", None,
      "Lena Okonkwo", unit_alt=SK),
    F("17.8 million square kilometers", 17.8e6, "square kilometer", "L", None,
      "Antarctic sea ice maximum|sea ice|maximum|extent", "2025-09-17", None, unit_alt=SK),
    F("0.9 million square kilometers", 0.9e6, "square kilometer", "C", "dn",
      "Antarctic maximum|Antarctic maximum compared with average|maximum|sea ice|extent", "2025-09-17", None, unit_alt=SK, kind_alt=["level"]),
], ex=["All 19 of the lowest", "past 19 years", "four summers", "one September", "third-lowest"])

# ---------------------------------------------------------------- 40 snowstorm
PUB = "2026-12-10"
wed = last(PUB, "Wednesday")
sat = nxt(PUB, "Saturday")
NWS = "National Weather Service"
FA = ["degree", "fahrenheit", "F"]
story("b52-40", PUB, """
A fast-moving winter storm buried parts of Minnesota and Wisconsin under as much as 22 inches of snow on Wednesday, grounding more than 1,100 flights and knocking out power to about 140,000 customers before an Arctic blast sent temperatures plunging.

Harrow Falls, Minnesota, recorded 22.4 inches, its biggest single-day snowfall since 1991, the National Weather Service said. Minneapolis-St. Paul International Airport received 13.1 inches, and 612 departures and arrivals there were canceled.

Temperatures early Thursday fell to minus 24 degrees (minus 31 Celsius) in Harrow Falls, with wind chills as low as minus 45. The weather service warned that frostbite could occur on exposed skin in as little as 10 minutes.

Forecasters expect highs to stay below zero through Saturday, about 30 degrees below normal for mid-December, before a gradual warm-up next week.

State troopers responded to 487 crashes and 1,032 spinouts between 6 a.m. Wednesday and 6 a.m. Thursday, two of them fatal. The state transportation department had 800 plows on the roads.
""", [
    F("22 inches", 22, "inch", "L", None, "snowfall|snow", wed, None),
    F("1,100", 1100, "#flight", "L", None, "flights grounded|flights", wed, None),
    F("140,000", 140000, "#customer", "L", None, "customers without power|customers", wed, None),
    F("22.4 inches", 22.4, "inch", "L", None, "Harrow Falls snowfall|snowfall|snow", wed, NWS,
      source_alt=["weather service"]),
    F("13.1 inches", 13.1, "inch", "L", None, "airport snowfall|snowfall|snow|airport", wed, None),
    F("612", 612, "#flight", "L", None, "departures and arrivals|departures and arrivals canceled at the airport|departures and arrivals|flights|arrivals",
      wed, None),
    F("minus 24 degrees", -24, "degree Fahrenheit", "L", "dn", "temperature|temperature in Harrow Falls|temperatures|temperature",
      PUB, None, unit_alt=FA),
    F("minus 31 Celsius", -31, "degree Celsius", "L", "dn", "temperature|temperature in Harrow Falls|temperatures|temperature",
      PUB, None, unit_alt=["degree", "celsius", "C"]),
    F("minus 45", -45, "degree Fahrenheit", "L", None, "wind chills|wind chill", PUB, None, unit_alt=FA + [None]),
    F("10 minutes", 10, "minute", "L", None, "frostbite time|time for frostbite on exposed skin|frostbite|time", None, NWS,
      source_alt=["weather service"]),
    F("zero", 0, "degree Fahrenheit", "L", None, "high temperatures|highs", (PUB, sat), "forecasters",
      unit_alt=FA + [None], period_alt=[(None, sat)]),
    F("30 degrees", 30, "degree Fahrenheit", "C", "dn", "highs|high temperatures compared with normal|highs|temperatures",
      (PUB, sat), "forecasters", unit_alt=FA, period_alt=[(None, sat)], kind_alt=["level"]),
    F("487", 487, "#crash", "L", None, "crashes", (wed, PUB), None, source_alt=["state troopers"]),
    F("1,032", 1032, "#spinout", "L", None, "spinouts", (wed, PUB), None, source_alt=["state troopers"]),
    F("two", 2, "#crash", "L", None, "fatal crashes|crashes", (wed, PUB), None, ctx="two of them"),
    F("800", 800, "#plow", "L", None, "plows|plows on the roads|plows", wed, None,
      source_alt=["state transportation department"], period_alt=[PUB, None]),
])
