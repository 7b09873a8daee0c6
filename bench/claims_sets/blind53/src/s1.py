"""blind53 stories 01-10: polls, elections and attribution shapes."""
from common import *

# ---------------------------------------------------------------- 01 US governor poll (fieldwork dates)
PUB = "2026-10-29"
FW = ("2026-10-20", "2026-10-25")
POLL = "Lakeshore Research Center poll"
PA = dict(source_alt=[POLL, "Lakeshore Research Center"], period_alt=[PUB])
PP = ["point", "percent"]
story("b53-01", PUB, """
Democrat Maren Ostrowski holds a narrow lead over Republican Cal Whitford in the race for Wisconsin governor, 48% to 45%, according to a Lakeshore Research Center poll released on Wednesday.

The survey, conducted Oct. 20-25 among 1,200 adults, including 904 likely voters, has a margin of error of plus or minus 3.3 percentage points for likely voters, so the race is statistically tied. Five percent of likely voters were undecided, and 2% backed a third-party candidate.

Ostrowski's advantage has narrowed from 7 points in the center's September survey. Whitford leads by 19 points among voters without a college degree, while Ostrowski is ahead by nearly 2 to 1 among women under 45.

The economy was the top concern for 41% of likely voters, well ahead of abortion at 17% and immigration at 15%. About six in 10 said prices were rising faster than their income.

Outgoing Gov. Lorna Haakens, who is not seeking a third term, had a 44% approval rating, unchanged from the spring.

Turnout in the 2022 midterm election was 56% of eligible voters, the state elections commission said.
""", [
    F("48%", 48, "%", "S", None, "Ostrowski's support|Ostrowski|support|voters", FW, POLL,
      source_alt=["Lakeshore Research Center"], period_alt=[PUB]),
    F("45%", 45, "%", "S", None, "Whitford's support|Whitford|support|voters", FW, POLL,
      source_alt=["Lakeshore Research Center"], period_alt=[PUB]),
    F("1,200", 1200, "#adult", "L", None, "adults surveyed|adults|survey|respondents", FW, None, **PA),
    F("904", 904, "#voter", "L", None, "likely voters surveyed|likely voters|voters", FW, None, **PA),
    F("3.3 percentage points", 3.3, "pp", "L", None, "margin of error|error", FW, None, **PA),
    F("Five percent", 5, "%", "S", None, "undecided voters|likely voters undecided|undecided|voters", FW, None, **PA),
    F("2%", 2, "%", "S", None, "third-party support|likely voters backing a third-party candidate|third-party candidate|voters",
      FW, None, **PA),
    F("7 points", 7, "pp", "L", None, "Ostrowski's lead|Ostrowski's advantage|lead|advantage", M(2026, 9), None,
      unit_alt=PP, direction_alt=["decrease"], source_alt=[POLL, "Lakeshore Research Center"]),
    F("19 points", 19, "pp", "L", None, "Whitford's lead|Whitford's lead among voters without a college degree|lead|Whitford",
      FW, None, unit_alt=PP, **PA),
    F("2 to 1", 2, None, "R", None, "Ostrowski's lead among women|Ostrowski's margin among women under 45|lead|margin|women", FW,
      None, unit_alt=["times"], **PA),
    F("41%", 41, "%", "S", None, "economy|likely voters naming the economy as top concern|economy|voters|concern", FW, None, **PA),
    F("17%", 17, "%", "S", None, "abortion|likely voters naming abortion as top concern|abortion|voters", FW, None, **PA),
    F("15%", 15, "%", "S", None, "immigration|likely voters naming immigration as top concern|immigration|voters", FW, None, **PA),
    FR("six in 10", 6, 10, "S", None, "voters saying prices outpace income|voters|respondents|prices", FW, None, **PA),
    F("44%", 44, "%", "L", None, "Haakens's approval rating|approval rating|approval|Haakens", FW, None, kind_alt=["share"],
      direction_alt=["unchanged"], **PA),
    F("56%", 56, "%", "S", None, "turnout|turnout in the 2022 midterm|turnout|voters", Y(2022), "state elections commission",
      kind_alt=["level"], source_alt=["elections commission", "commission"], period_alt=[M(2022, 11)]),
], ex=["Oct. 20-25", "third-party", "under 45", "third term"])

# ---------------------------------------------------------------- 02 UK council election (British)
PUB = "2025-05-03"
thu = last(PUB, "Thursday")
fri = last(PUB, "Friday")
HDC = "Haverleigh District Council"
story("b53-02", PUB, """
The Liberal Democrats took control of Haverleigh District Council for the first time in 20 years after gaining 11 seats in Thursday's local elections, according to results published by the council on Friday.

The party won 27 of the council's 48 seats, up from 16, giving it a majority of six. The Conservatives, who had run the council since 2005, fell to 13 seats from 24, while Labour held five and the Greens won three, up from one.

The Lib Dems' share of the vote rose 9.4 percentage points to 38.2 per cent, while the Conservative share dropped to 29.6 per cent from 41 per cent, a fall of more than a quarter.

Turnout was 34.8 per cent, down from 37.1 per cent in 2021, the returning officer said.

"People wanted potholes fixed and bins collected," said the new council leader, Priya Attwal, 44. She said her first budget would freeze council tax and find £2.5m of savings from the council's £118m annual budget.
""", [
    F("11", 11, "#seat", "C", "up", "Liberal Democrat seats|seats gained|seats|Liberal Democrats", thu, HDC,
      ctx="gaining 11 seats", source_alt=["council", "results"], period_alt=[fri]),
    F("27", 27, "#seat", "L", "up", "Liberal Democrat seats|seats|Liberal Democrats|party", thu, None, period_alt=[fri],
      direction_alt=[None]),
    F("48", 48, "#seat", "L", None, "council seats|seats|council", None, None, period_alt=[thu]),
    F("16", 16, "#seat", "L", None, "Liberal Democrat seats|seats|Liberal Democrats|party", Y(2021), None,
      period_alt=[M(2021, 5), None]),
    F("six", 6, "#seat", "L", None, "Liberal Democrat majority|majority", thu, None, ctx="majority of six",
      period_alt=[fri, None]),
    F("13", 13, "#seat", "L", "dn", "Conservative seats|seats|Conservatives", thu, None, period_alt=[fri]),
    F("24", 24, "#seat", "L", None, "Conservative seats|seats|Conservatives", Y(2021), None,
      ctx="from 24", period_alt=[M(2021, 5), None]),
    F("five", 5, "#seat", "L", None, "Labour seats|seats|Labour", thu, None, ctx="held five", period_alt=[fri]),
    F("three", 3, "#seat", "L", "up", "Green seats|seats|Greens", thu, None, ctx="won three", period_alt=[fri],
      direction_alt=[None]),
    F("one", 1, "#seat", "L", None, "Green seats|seats|Greens", Y(2021), None, ctx="up from one",
      period_alt=[M(2021, 5), None]),
    F("9.4 percentage points", 9.4, "pp", "C", "up", "Liberal Democrat vote share|vote share|share of the vote|share",
      thu, None),
    F("38.2 per cent", 38.2, "%", "S", "up", "Liberal Democrat vote share|vote share|share of the vote|share", thu, None,
      direction_alt=[None]),
    F("29.6 per cent", 29.6, "%", "S", "dn", "Conservative vote share|Conservative share|vote share|share", thu, None,
      direction_alt=[None]),
    F("41 per cent", 41, "%", "S", None, "Conservative vote share|Conservative share|vote share|share", Y(2021), None,
      period_alt=[M(2021, 5), None]),
    FR("a quarter", 1, 4, "C", "dn", "Conservative vote share|Conservative share|vote share|share", thu, None),
    F("34.8 per cent", 34.8, "%", "S", "dn", "turnout", thu, "returning officer", kind_alt=["level"],
      direction_alt=[None]),
    F("37.1 per cent", 37.1, "%", "S", None, "turnout", Y(2021), "returning officer", kind_alt=["level"],
      period_alt=[M(2021, 5)]),
    AGE("44", 44, "Priya Attwal", alts="Attwal|council leader"),
    F("£2.5m", 2.5e6, "£", "L", None, "savings", None, "Priya Attwal", kind_alt=["change"], source_alt=["Attwal"],
      period_alt=[("2026-04", "2027-03")]),
    F("£118m", 118e6, "£", "L", None, "annual budget|council budget|budget", None, "Priya Attwal",
      source_alt=["Attwal"], period_alt=[("2025-04", "2026-03")]),
], ex=["20 years", "first budget"])

# ---------------------------------------------------------------- 03 Canadian poll (C$, 19 times out of 20)
PUB = "2025-09-15"
FW = ("2025-09-05", "2025-09-09")
NW = "Northway Insights"
fri = last(PUB, "Friday")
story("b53-03", PUB, """
Nearly six in 10 Albertans support building a high-speed rail line between Calgary and Edmonton, but support falls sharply once they are told it could cost as much as C$12 billion, a new poll suggests.

The online survey by Northway Insights, conducted Sept. 5-9 among 1,503 adults in the province, found 58 per cent in favour and 29 per cent opposed, with the rest unsure. When told the price tag could be between C$9 billion and C$12 billion, support dropped to 41 per cent.

Because the poll was drawn from an online panel, a margin of error cannot be calculated; a probability sample of that size would carry a margin of plus or minus 2.5 percentage points, 19 times out of 20.

Support was highest among 18- to 34-year-olds, at 71 per cent, and lowest in rural areas, at 44 per cent.

Transportation Minister Dale Renwick told reporters on Friday that the province expects to release a business case in the spring. "A trip of 300 kilometres should take an hour, not three," he said.

The existing Calgary-Edmonton coach service carried about 410,000 passengers last year, according to its operator, Prairie Link.
""", [
    FR("six in 10", 6, 10, "S", None, "Albertans supporting high-speed rail|Albertans|support|rail line", FW, "poll",
       source_alt=[NW, "Northway Insights poll"], period_alt=[PUB]),
    F("C$12 billion", 12e9, "C$", "L", None, "rail line cost|cost|price tag|rail line", None, "poll", ctx="as much as C$12 billion",
      source_alt=[NW]),
    F("1,503", 1503, "#adult", "L", None, "adults surveyed|adults|survey|respondents", FW, None, source_alt=[NW],
      period_alt=[PUB]),
    F("58 per cent", 58, "%", "S", None, "support for the rail line|support|Albertans in favour|favour", FW, NW,
      source_alt=["survey"], period_alt=[PUB]),
    F("29 per cent", 29, "%", "S", None, "opposition to the rail line|opposed|opposition|Albertans", FW, NW,
      source_alt=["survey"], period_alt=[PUB]),
    F("C$9 billion and C$12 billion", 9e9, "C$", "L", None, "rail line cost|price tag|cost", None, None, value_hi=12e9,
      source_alt=[NW]),
    F("41 per cent", 41, "%", "S", "dn", "support for the rail line|support", FW, None, source_alt=[NW],
      period_alt=[PUB]),
    F("2.5 percentage points", 2.5, "pp", "L", None, "margin of error|margin|error", None, None, source_alt=[NW],
      period_alt=[FW]),
    F("71 per cent", 71, "%", "S", None, "support among 18- to 34-year-olds|support|young adults", FW, None,
      source_alt=[NW], period_alt=[PUB]),
    F("44 per cent", 44, "%", "S", None, "support in rural areas|support|rural support", FW, None,
      source_alt=[NW], period_alt=[PUB]),
    F("300 kilometres", 300, "km", "L", None, "trip distance|trip|distance|Calgary-Edmonton trip", None, "Dale Renwick",
      source_alt=["Renwick"]),
    F("three", 3, "hour", "L", None, "trip time|travel time|trip", None, "Dale Renwick", ctx="not three",
      source_alt=["Renwick"], unit_alt=["count", None]),
    F("410,000", 410000, "#passenger", "L", None, "coach passengers|passengers|coach service", Y(2024), "Prairie Link",
      source_alt=["operator"]),
], ex=["Sept. 5-9", "19 times out of 20", "18- to 34-year-olds", "an hour"])

# ---------------------------------------------------------------- 04 Indian municipal election (lakh, crore)
PUB = "2026-05-05"
mon = last(PUB, "Monday")
SEC = "State Election Commission"
FY27 = ("2026-04", "2027-03")
story("b53-04", PUB, """
The Lok Vikas Manch swept the Nashik Municipal Corporation elections, winning 71 of the 122 wards, results announced by the State Election Commission on Monday showed.

The party's tally was up from 34 in the 2021 polls, while the ruling Nagarik Ekta Party was reduced to 29 wards from 66. Independents won 14 and smaller parties the remaining eight.

The Lok Vikas Manch polled 46.3 per cent of the votes, 11.7 percentage points more than last time, according to the commission. Turnout was 58.9 per cent, with about 8.6 lakh of the 14.6 lakh registered voters casting their ballots.

Mayoral candidate Sunanda Pawar, 52, won her ward by 9,412 votes, the largest margin in the city. "People voted for water and roads," she said, promising to spend Rs 1,200 crore on a new pipeline from the Gangapur dam over three years.

The corporation's budget for 2026-27 is Rs 3,480 crore.
""", [
    F("71", 71, "#ward", "L", None, "Lok Vikas Manch wards|wards won|wards|Lok Vikas Manch", mon, SEC,
      source_alt=["commission", "results"], period_alt=[None]),
    F("122", 122, "#ward", "L", None, "wards|total wards|corporation wards", None, SEC, source_alt=["commission"],
      period_alt=[mon]),
    F("34", 34, "#ward", "L", None, "Lok Vikas Manch tally|tally|wards|Lok Vikas Manch", Y(2021), None),
    F("29", 29, "#ward", "L", "dn", "Nagarik Ekta Party wards|wards|Nagarik Ekta Party", mon, None, period_alt=[None]),
    F("66", 66, "#ward", "L", None, "Nagarik Ekta Party wards|wards|Nagarik Ekta Party", Y(2021), None),
    F("14", 14, "#ward", "L", None, "independents' wards|wards|independents", mon, None, ctx="Independents won 14",
      period_alt=[None]),
    F("eight", 8, "#ward", "L", None, "smaller parties' wards|wards|smaller parties", mon, None, period_alt=[None]),
    F("46.3 per cent", 46.3, "%", "S", None, "Lok Vikas Manch vote share|vote share|votes|Lok Vikas Manch", mon, SEC,
      source_alt=["commission"], period_alt=[None]),
    F("11.7 percentage points", 11.7, "pp", "C", "up", "Lok Vikas Manch vote share|vote share|votes", mon, SEC,
      source_alt=["commission"], period_alt=[None]),
    F("58.9 per cent", 58.9, "%", "S", None, "turnout", mon, None, kind_alt=["level"], period_alt=[None]),
    F("8.6 lakh", 8.6e5, "#voter", "L", None, "voters who cast ballots|voters|ballots", mon, None, period_alt=[None]),
    F("14.6 lakh", 14.6e5, "#voter", "L", None, "registered voters|voters", None, None, period_alt=[mon]),
    AGE("52", 52, "Sunanda Pawar", alts="Pawar"),
    F("9,412", 9412, "#vote", "L", None, "Pawar's winning margin|margin|votes|Pawar", mon, None, period_alt=[None]),
    F("Rs 1,200 crore", 1.2e10, "Rs", "L", None, "pipeline spending|pipeline|spending", None, "Sunanda Pawar",
      source_alt=["Pawar"]),
    F("Rs 3,480 crore", 3.48e10, "Rs", "L", None, "corporation budget|budget", FY27, None),
], ex=["three years"])

# ---------------------------------------------------------------- 05 Australian poll (points, plus/minus)
PUB = "2025-07-14"
FW = (plus(last(PUB, "Saturday"), -3), last(PUB, "Saturday"))
HP = "Harbourline poll"
PA = dict(source_alt=[HP, "Harbourline"], period_alt=[PUB])
PP = ["point", "percent"]
story("b53-05", PUB, """
Labor has extended its lead over the Coalition to 54 per cent to 46 per cent on a two-party-preferred basis, the latest Harbourline poll shows, its widest margin since the March election.

The poll of 1,610 voters, taken from Wednesday to Saturday, put Labor's primary vote at 35 per cent, up two points, and the Coalition's at 31 per cent, down three. The Greens were steady on 12 per cent and One Nation rose one point to 9 per cent.

The Prime Minister's net approval rating improved to plus 6 from minus 2 a month ago.

Harbourline's director, Fiona Casey, said the shift reflected the Reserve Bank's rate cut and cost-of-living payments of A$300 per household. "Voters are feeling a bit of relief at the checkout," she said.

The poll has a margin of error of plus or minus 2.4 percentage points. About 18 per cent of respondents said they had not made up their minds.
""", [
    F("54 per cent", 54, "%", "S", "up", "Labor's two-party-preferred vote|Labor|two-party-preferred vote|vote", FW, HP,
      source_alt=["Harbourline"], period_alt=[PUB], direction_alt=[None]),
    F("46 per cent", 46, "%", "S", None, "Coalition's two-party-preferred vote|Coalition|two-party-preferred vote|vote", FW, HP,
      source_alt=["Harbourline"], period_alt=[PUB]),
    F("1,610", 1610, "#voter", "L", None, "voters polled|voters|poll|respondents", FW, None, **PA),
    F("35 per cent", 35, "%", "S", "up", "Labor's primary vote|primary vote|Labor", FW, None, direction_alt=[None], **PA),
    F("two points", 2, "pp", "C", "up", "Labor's primary vote|primary vote|Labor", FW, None, unit_alt=PP, **PA),
    F("31 per cent", 31, "%", "S", "dn", "Coalition's primary vote|primary vote|Coalition", FW, None, direction_alt=[None],
      **PA),
    F("three", 3, "pp", "C", "dn", "Coalition's primary vote|primary vote|Coalition", FW, None, ctx="down three",
      unit_alt=PP, **PA),
    F("12 per cent", 12, "%", "S", None, "Greens' primary vote|primary vote|Greens", FW, None, direction_alt=["unchanged"],
      **PA),
    F("one point", 1, "pp", "C", "up", "One Nation's primary vote|primary vote|One Nation", FW, None, unit_alt=PP, **PA),
    F("9 per cent", 9, "%", "S", "up", "One Nation's primary vote|primary vote|One Nation", FW, None, direction_alt=[None],
      **PA),
    F("plus 6", 6, "pp", "L", "up", "Prime Minister's net approval rating|net approval rating|approval rating|approval", FW,
      None, unit_alt=PP + [None], **PA),
    F("minus 2", -2, "pp", "L", None, "Prime Minister's net approval rating|net approval rating|approval rating|approval",
      "2025-06-14", None, ctx="minus 2 a month", unit_alt=PP + [None], value_alt=[2],
      source_alt=[HP, "Harbourline"], period_alt=[M(2025, 6)]),
    F("A$300", 300, "A$", "L", None, "cost-of-living payments|payments|payment per household", None, "Fiona Casey",
      source_alt=["Casey"]),
    F("2.4 percentage points", 2.4, "pp", "L", None, "margin of error|error", FW, None, **PA),
    F("18 per cent", 18, "%", "S", None, "undecided respondents|respondents|undecided", FW, None, **PA),
], ex=["two-party-preferred", "One Nation"])

# ---------------------------------------------------------------- 06 EV deliveries: Reuters reported, analysts projected
PUB = "2026-01-03"
fri = last(PUB, "Friday")
Q4 = Q(2025, 4)
VM = "Voltaris Motors"
story("b53-06", PUB, """
Voltaris Motors delivered 412,600 electric vehicles in the fourth quarter, beating the 398,000 analysts had projected, the company said on Friday, as buyers rushed to lock in discounts before year-end.

Reuters reported last month that the company's full-year deliveries were on track to top the 1.5 million Chief Executive Anika Brandt had promised in January. Friday's figures put the 2025 total at 1.53 million, up 18% from 1.3 million a year earlier.

Production in the quarter was 436,100 vehicles, leaving about 23,500 unsold, the company said. It said its new Model K sedan accounted for roughly a third of deliveries.

Analysts at Coldharbour Securities estimated that average selling prices fell 4% to 6% in the quarter as Voltaris offered cheaper financing. "Margins will be the story when we report," said analyst Tom Akers, who expects gross margin to come in at about 17.5%, down from 19.2% in the third quarter.

Voltaris shares rose 3.2% to $241.80 on Friday.
""", [
    F("412,600", 412600, "#vehicle", "L", None, "deliveries|vehicles delivered|electric vehicles|vehicles", Q4, VM,
      source_alt=["Voltaris", "company"]),
    F("398,000", 398000, "#vehicle", "L", None, "analysts' delivery estimate|deliveries|estimate|vehicles", Q4, "analysts",
      source_alt=[VM, "Voltaris"]),
    F("1.5 million", 1.5e6, "#vehicle", "L", None, "full-year deliveries target|full-year deliveries|deliveries|target",
      Y(2025), "Anika Brandt", source_alt=["Reuters", "Brandt"]),
    F("1.53 million", 1.53e6, "#vehicle", "L", "up", "full-year deliveries|2025 total|deliveries|total", Y(2025), None,
      source_alt=[VM, "figures"], direction_alt=[None]),
    F("18%", 18, "%", "C", "up", "full-year deliveries|2025 total|deliveries", Y(2025), None, source_alt=[VM, "figures"]),
    F("1.3 million", 1.3e6, "#vehicle", "L", None, "full-year deliveries|deliveries", Y(2024), None,
      source_alt=[VM, "figures"]),
    F("436,100", 436100, "#vehicle", "L", None, "production|vehicles produced|vehicles", Q4, VM,
      source_alt=["Voltaris", "company"]),
    F("23,500", 23500, "#vehicle", "L", None, "unsold vehicles|inventory|vehicles", Q4, VM,
      source_alt=["Voltaris", "company"], kind_alt=["change"]),
    FR("a third", 1, 3, "S", None, "Model K share of deliveries|Model K|deliveries|Model K sedan", Q4, VM,
       source_alt=["Voltaris", "company"]),
    F("4% to 6%", 4, "%", "C", "dn", "average selling prices|selling prices|prices", Q4, "Coldharbour Securities",
      value_hi=6, source_alt=["analysts"]),
    F("17.5%", 17.5, "%", "L", "dn", "gross margin|margin", Q4, "Tom Akers", source_alt=["Akers", "analyst"],
      direction_alt=[None]),
    F("19.2%", 19.2, "%", "L", None, "gross margin|margin", Q(2025, 3), None, source_alt=["Tom Akers", "Akers"]),
    F("3.2%", 3.2, "%", "C", "up", "Voltaris shares|shares|stock", fri, None),
    F("$241.80", 241.8, "$", "L", "up", "Voltaris shares|shares|stock|share price", fri, None),
], ex=["fourth quarter", "in the quarter", "third quarter", "Model K"])

# ---------------------------------------------------------------- 07 jobs report preview: economists surveyed by Bloomberg
PUB = "2025-12-04"
wed = last(PUB, "Wednesday")
NOV = M(2025, 11)
ECON = ["Bloomberg", "economists surveyed by Bloomberg"]
story("b53-07", PUB, """
Economists surveyed by Bloomberg expect the Labor Department's report on Friday to show that U.S. employers added 85,000 jobs in November, after a gain of 119,000 in October, with the unemployment rate holding at 4.4%.

Forecasts ranged from a loss of 20,000 jobs to a gain of 160,000, reflecting uncertainty over how many federal workers took buyouts.

Payroll processor Ardent Payroll said on Wednesday that private employers cut 14,000 jobs last month, the first decline since March, with small businesses shedding about 31,000 positions and larger firms adding 17,000.

Average hourly earnings are forecast to rise 0.3% from October and 3.7% from a year earlier, the survey showed.

"The labor market is cooling, not collapsing," said Jenna Whitlock, chief U.S. economist at Palisade Bank, who expects 70,000. She said a figure below 50,000 would raise the odds of a Federal Reserve rate cut on Dec. 17 to about 80%, from 65% now.
""", [
    F("85,000", 85000, "#job", "C", "up", "payrolls|jobs|employers|U.S. employers", NOV, "economists", source_alt=ECON),
    F("119,000", 119000, "#job", "C", "up", "payrolls|jobs|gain", M(2025, 10), "economists", source_alt=ECON),
    F("4.4%", 4.4, "%", "L", None, "unemployment rate|unemployment", NOV, "economists", source_alt=ECON,
      direction_alt=["unchanged"], kind_alt=["share"]),
    F("20,000", 20000, "#job", "C", "dn", "payroll forecasts|forecasts|jobs", NOV, None, source_alt=ECON + ["forecasts"]),
    F("160,000", 160000, "#job", "C", "up", "payroll forecasts|forecasts|jobs", NOV, None, source_alt=ECON + ["forecasts"]),
    F("14,000", 14000, "#job", "C", "dn", "private payrolls|private employers|jobs", NOV, "Ardent Payroll",
      source_alt=["Ardent"]),
    F("31,000", 31000, "#job", "C", "dn", "small business jobs|small businesses|positions|jobs", NOV, "Ardent Payroll",
      source_alt=["Ardent"], unit_alt=["position"]),
    F("17,000", 17000, "#job", "C", "up", "larger firms' jobs|larger firms|jobs|positions", NOV, "Ardent Payroll",
      source_alt=["Ardent"], unit_alt=["position"]),
    F("0.3%", 0.3, "%", "C", "up", "average hourly earnings|hourly earnings|earnings", NOV, "survey", source_alt=ECON),
    F("3.7%", 3.7, "%", "C", "up", "average hourly earnings|hourly earnings|earnings", NOV, "survey", source_alt=ECON,
      period_alt=[span12(2025, 11)]),
    F("70,000", 70000, "#job", "C", "up", "payrolls|jobs", NOV, "Jenna Whitlock", source_alt=["Whitlock"]),
    F("50,000", 50000, "#job", "L", None, "payrolls threshold|payrolls|figure|jobs", NOV, "Jenna Whitlock",
      source_alt=["Whitlock"], period_alt=[None]),
    F("80%", 80, "%", "L", "up", "odds of a rate cut|odds|rate cut|probability", None, "Jenna Whitlock",
      source_alt=["Whitlock"], kind_alt=["share"], period_alt=[DAY("2025-12-17"), PUB]),
    F("65%", 65, "%", "L", None, "odds of a rate cut|odds|rate cut|probability", PUB, "Jenna Whitlock",
      source_alt=["Whitlock"], kind_alt=["share"], period_alt=[None]),
], ex=[])

# ---------------------------------------------------------------- 08 UNICEF report: "The report, released by UNICEF on Tuesday, found"
PUB = "2026-03-18"
UN = ["report", "UNICEF report"]
story("b53-08", PUB, """
About 181 million young children in low- and middle-income countries live in severe food poverty, eating from at most two of eight food groups a day, according to a UNICEF report.

The report, released by UNICEF on Tuesday, found that the share of young children in severe food poverty had fallen only slightly, to 27% from 29% a decade earlier. In South Asia the figure was 37%, and in West and Central Africa nearly one in three.

It said 65% of severely food-poor children live in households that are not classed as income-poor, suggesting that the price and availability of nutritious food matter as much as cash.

UNICEF estimated that an extra $1.2 billion a year would be needed to double the reach of its nutrition programmes in the 20 worst-affected countries.

"Children with diets this poor are up to 50% more likely to suffer severe wasting," said Amara Okonjo, the report's lead author. She said funding for child nutrition from donor governments fell by about a fifth last year, to $3.4 billion.
""", [
    F("181 million", 181e6, "#child", "L", None, "children in severe food poverty|young children|children|food poverty", None,
      "UNICEF", source_alt=UN, period_alt=[PUB]),
    F("two", 2, "#food group", "L", None, "food groups|severe food poverty threshold|food groups", None, "UNICEF",
      ctx="at most two of eight", source_alt=UN),
    F("eight", 8, "#food group", "L", None, "food groups", None, "UNICEF", ctx="two of eight", source_alt=UN),
    F("27%", 27, "%", "S", "dn", "young children in severe food poverty|share of young children|children|food poverty", None,
      "UNICEF", source_alt=UN, period_alt=[PUB]),
    F("29%", 29, "%", "S", None, "young children in severe food poverty|share of young children|children|food poverty", None,
      "UNICEF", source_alt=UN, period_alt=[Y(2016)]),
    F("37%", 37, "%", "S", None, "South Asia|young children in severe food poverty in South Asia|children|figure", None, None,
      source_alt=["UNICEF"] + UN),
    FR("one in three", 1, 3, "S", None, "West and Central Africa|young children in severe food poverty in West and Central Africa|children",
       None, None, source_alt=["UNICEF"] + UN),
    F("65%", 65, "%", "S", None, "severely food-poor children in non-poor households|food-poor children|children|households",
      None, "UNICEF", source_alt=UN),
    F("$1.2 billion", 1.2e9, "$", "L", None, "extra funding needed|funding|nutrition programmes", None, "UNICEF",
      kind_alt=["change"], direction_alt=["increase"]),
    F("double", 2, None, "R", "up", "reach of nutrition programmes|nutrition programmes|reach", None, "UNICEF",
      unit_alt=["times"], direction_alt=[None]),
    F("50%", 50, "%", "C", "up", "risk of severe wasting|severe wasting|likelihood|children", None, "Amara Okonjo",
      source_alt=["Okonjo"], kind_alt=["level"]),
    FR("a fifth", 1, 5, "C", "dn", "donor funding for child nutrition|funding for child nutrition|funding", Y(2025),
       "Amara Okonjo", source_alt=["Okonjo"]),
    F("$3.4 billion", 3.4e9, "$", "L", "dn", "donor funding for child nutrition|funding for child nutrition|funding", Y(2025),
      "Amara Okonjo", source_alt=["Okonjo"]),
], ex=["20 worst-affected", "a decade earlier"])

# ---------------------------------------------------------------- 09 Singapore hawker rents: two people quoted
PUB = "2025-08-22"
thu = last(PUB, "Thursday")
NEA = "National Environment Agency"
NA = ["NEA", "agency", "tender results"]
story("b53-09", PUB, """
Stallholders at the new Kovan Ridge hawker centre will pay monthly rents of between S$1,800 and S$3,200, according to tender results released by the National Environment Agency on Thursday, well above the S$1,450 median for stalls across the island.

The centre's 42 cooked-food stalls drew 316 bids, or about 7.5 bids per stall, the agency said. The top bid, for a corner stall near the main entrance, was S$3,200, more than twice the reserve price of S$1,500.

Mr Lim Boon Keat, 61, who sells fishball noodles and won a stall for S$2,050, said he would have to raise prices by 50 cents to 80 cents a bowl. "A bowl at S$4.50 is already hard for some retirees," he said.

Ms Farah Noordin, who runs a nasi lemak stall at another centre, said she bid S$1,900 but lost. She said her ingredients cost about 15 per cent more than two years ago.

The agency said rents at the hawker centres it manages rose 3.8 per cent on average over the past year.
""", [
    F("S$1,800 and S$3,200", 1800, "S$", "L", None, "monthly rents|rents|rent", None, NEA, value_hi=3200,
      source_alt=NA, period_alt=[thu]),
    F("S$1,450", 1450, "S$", "L", None, "median stall rent|median|rent|stalls", None, NEA, source_alt=NA,
      period_alt=[PUB]),
    F("42", 42, "#stall", "L", None, "cooked-food stalls|stalls", None, NEA, source_alt=NA),
    F("316", 316, "#bid", "L", None, "bids|tender bids", None, NEA, source_alt=NA, period_alt=[thu]),
    F("7.5", 7.5, "bid per stall", "L", None, "bids per stall|bids|stall", None, NEA, source_alt=NA,
      kind_alt=["ratio"], unit_alt=["count", "bid"], period_alt=[thu]),
    F("S$3,200", 3200, "S$", "L", None, "top bid|bid|corner stall", None, None, ctx="was S$3,200", source_alt=[NEA] + NA,
      period_alt=[thu]),
    F("twice", 2, None, "R", "up", "top bid relative to reserve price|top bid|bid", None, None, unit_alt=["times"],
      direction_alt=[None], source_alt=[NEA] + NA),
    F("S$1,500", 1500, "S$", "L", None, "reserve price|price", None, None, source_alt=[NEA] + NA),
    AGE("61", 61, "Lim Boon Keat", alts="Lim"),
    F("S$2,050", 2050, "S$", "L", None, "Lim's stall rent|winning bid|stall|rent|bid", None, None,
      source_alt=["Lim Boon Keat", "Lim"]),
    CENTS("50 cents to 80 cents", 50, "S$", "C", "up", "noodle prices|prices|price of a bowl|bowl", None, "Lim Boon Keat",
          value_hi=0.8, source_alt=["Lim"]),
    F("S$4.50", 4.5, "S$", "L", None, "price of a bowl|bowl|price", None, "Lim Boon Keat", source_alt=["Lim"],
      period_alt=[PUB]),
    F("S$1,900", 1900, "S$", "L", None, "Noordin's bid|bid|Farah Noordin", None, "Farah Noordin", source_alt=["Noordin"]),
    F("15 per cent", 15, "%", "C", "up", "ingredient costs|ingredients|costs", ("2023-08", "2025-08"), "Farah Noordin",
      source_alt=["Noordin"], period_alt=[None], kind_alt=["level"]),
    F("3.8 per cent", 3.8, "%", "C", "up", "hawker centre rents|rents|rent", ("2024-08", "2025-08"), NEA,
      source_alt=["agency", "NEA"], period_alt=[None]),
], ex=["two years"])

# ---------------------------------------------------------------- 10 IEA oil report: agency, then a clause with its own source
PUB = "2025-06-17"
mon = last(PUB, "Monday")
IEA = "International Energy Agency"
IA = ["IEA", "agency"]
BPD = ["barrel", "barrels per day", "bpd", "barrel a day"]
story("b53-10", PUB, """
Global oil demand will grow by 720,000 barrels a day this year, the slowest pace since 2009 outside the pandemic, the International Energy Agency said on Tuesday, trimming its forecast by 20,000 barrels a day as trade tensions weigh on consumption.

Demand will average 103.9 million barrels a day in 2025, the Paris-based agency said in its monthly report, while supply will rise 1.8 million barrels a day to 105.4 million, leaving the market in surplus.

OPEC, in its own report on Monday, kept its demand growth forecast at 1.3 million barrels a day, nearly twice the IEA's figure.

Brent crude futures rose 62 cents to $73.85 a barrel by 1100 GMT, while U.S. West Texas Intermediate gained 0.9% to $71.40. Prices have fallen about 8% since the start of April, according to LSEG data.

China, which accounts for about 16% of world demand, will see consumption rise by just 90,000 barrels a day this year, the agency said, as electric vehicles, which made up nearly half of new-car sales there last year, displace gasoline.
""", [
    F("720,000 barrels", 720000, "barrel per day", "C", "up", "global oil demand|oil demand|demand", Y(2025), IEA,
      unit_alt=BPD, source_alt=IA),
    F("20,000 barrels", 20000, "barrel per day", "C", "dn", "IEA demand growth forecast|forecast|demand growth", Y(2025), IEA,
      ctx="by 20,000 barrels",
      unit_alt=BPD, source_alt=IA),
    F("103.9 million barrels", 103.9e6, "barrel per day", "L", None, "global oil demand|oil demand|demand", Y(2025), IEA,
      unit_alt=BPD, source_alt=IA),
    F("1.8 million barrels", 1.8e6, "barrel per day", "C", "up", "global oil supply|oil supply|supply", Y(2025), IEA,
      unit_alt=BPD, source_alt=IA),
    F("105.4 million", 105.4e6, "barrel per day", "L", "up", "global oil supply|oil supply|supply", Y(2025), IEA,
      unit_alt=BPD, source_alt=IA, direction_alt=[None]),
    F("1.3 million barrels", 1.3e6, "barrel per day", "C", "up", "OPEC demand growth forecast|demand growth forecast|demand growth|forecast",
      Y(2025), None, unit_alt=BPD, source_alt=["OPEC"], direction_alt=[None]),
    F("twice", 2, None, "R", "up", "OPEC demand growth forecast|OPEC forecast relative to IEA's|forecast|demand growth",
      Y(2025), None, unit_alt=["times"], direction_alt=[None], source_alt=["OPEC"], period_alt=[None]),
    CENTS("62 cents", 62, "$", "C", "up", "Brent crude futures|Brent crude|Brent|oil prices", PUB, None),
    F("$73.85", 73.85, "$", "L", "up", "Brent crude futures|Brent crude|Brent|oil prices", PUB, None),
    F("0.9%", 0.9, "%", "C", "up", "West Texas Intermediate|WTI|U.S. crude", PUB, None),
    F("$71.40", 71.4, "$", "L", "up", "West Texas Intermediate|WTI|U.S. crude", PUB, None),
    F("8%", 8, "%", "C", "dn", "oil prices|prices", ("2025-04", "2025-06"), "LSEG data", source_alt=["LSEG"],
      period_alt=[("2025-04-01", PUB)]),
    F("16%", 16, "%", "S", None, "China's share of world oil demand|China|world demand|demand", None, None,
      source_alt=[IEA] + IA, period_alt=[PUB]),
    F("90,000 barrels", 90000, "barrel per day", "C", "up", "Chinese oil consumption|China|consumption|demand", Y(2025), IEA,
      unit_alt=BPD, source_alt=IA),
    FR("half", 1, 2, "S", None, "electric vehicles' share of new-car sales in China|electric vehicles|new-car sales|sales",
       Y(2024), None, source_alt=[IEA] + IA),
], ex=["1100 GMT"])
