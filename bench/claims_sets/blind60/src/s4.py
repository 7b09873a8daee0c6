"""blind60 s4: public health and disaster tallies, elections and a poll, crime and court statistics, cricket and
Australian football, a heat record and a monsoon season (b60-31..b60-40)."""
from common import *

# ---------------------------------------------------------------- 31 Dengue tally: the year to July 26, a two-week window, a city
P = on("2025-08-11", "Monday")
TALLY = ("2025-01-01", "2025-07-26")
DOH = ["Department of Health", "DOH"]
story("b60-31", P, """
MANILA — Dengue cases in the Philippines have reached 143,612 this year, 21 percent more than in the same period of 2024, the Department of Health (DOH) said Monday, as monsoon rains and flooding in July raised fears of a further surge.

The tally, covering January 1 to July 26, includes 512 deaths, for a case fatality rate of 0.36 percent, lower than the 0.41 percent recorded a year earlier.

Cases in the latest two-week reporting period, July 13 to 26, rose to 12,884 from 9,917 in the previous two weeks, although the DOH said figures for the most recent weeks were incomplete because of reporting delays.

Calabarzon had the most cases, 24,015. Western Visayas saw the steepest rise, with cases up 68 percent from a year earlier.

Quezon City declared a dengue outbreak on August 4 after recording 1,706 cases and 14 deaths since January.

Health Secretary Angela Villaroman urged local governments to clean up mosquito breeding sites, and said hospitals in Metro Manila had set aside 640 additional beds for dengue patients.
""", [
    F("143,612", 143612, "#case", "L", "up", "dengue cases in the Philippines|dengue cases|cases", TALLY,
      "Department of Health", source_alt=["DOH"], period_alt=[ytd(P)]),
    F("21 percent", 21, "%", "C", "up", "dengue cases in the Philippines|dengue cases|cases", TALLY,
      "Department of Health", source_alt=["DOH"], period_alt=[ytd(P)]),
    F("512", 512, "#death", "L", None, "dengue deaths in the Philippines|deaths", TALLY, None, source_alt=DOH),
    F("0.36 percent", 0.36, "%", "L", None, "dengue case fatality rate in the Philippines|case fatality rate|rate",
      TALLY, None, source_alt=DOH, kind_alt=["share", "ratio"]),
    F("0.41 percent", 0.41, "%", "L", None, "dengue case fatality rate in the Philippines|case fatality rate|rate",
      ("2024-01-01", "2024-07-26"), None, source_alt=DOH, kind_alt=["share", "ratio"], period_alt=[Y(2024)]),
    F("12,884", 12884, "#case", "L", "up", "dengue cases in the Philippines|cases", ("2025-07-13", "2025-07-26"),
      None, source_alt=DOH),
    F("9,917", 9917, "#case", "L", None, "dengue cases in the Philippines|cases", ("2025-06-29", "2025-07-12"),
      None, source_alt=DOH),
    F("24,015", 24015, "#case", "L", None, "dengue cases in Calabarzon|Calabarzon|cases", TALLY, None,
      source_alt=DOH),
    F("68 percent", 68, "%", "C", "up", "dengue cases in Western Visayas|Western Visayas|cases", TALLY, None,
      source_alt=DOH),
    F("1,706", 1706, "#case", "L", None, "dengue cases in Quezon City|Quezon City|cases",
      ("2025-01-01", "2025-08-04"), None, period_alt=[("2025-01", "2025-08")]),
    F("14", 14, "#death", "L", None, "dengue deaths in Quezon City|Quezon City|deaths",
      ("2025-01-01", "2025-08-04"), None, ctx="14 deaths", period_alt=[("2025-01", "2025-08")]),
    F("640", 640, "#bed", "L", "up", "additional hospital beds for dengue patients in Metro Manila|beds", None,
      "Angela Villaroman", source_alt=["Villaroman", "Health Secretary"], kind_alt=["change"],
      period_alt=[DAY(P)], direction_alt=[None]),
], ex=["two-week", "July 13 to 26", "two weeks"])

# ---------------------------------------------------------------- 32 Eastern Cape floods: a toll updated from Friday to Sunday
P = on("2026-06-14", "Sunday")
story("b60-32", P, """
MTHATHA, South Africa, June 14 — The death toll from floods in South Africa's Eastern Cape province rose to 87 on Sunday, provincial officials said, as rescuers searched for at least 23 people still missing after torrential rain swept away homes and bridges.

The toll had stood at 64 on Friday.

More than 4,100 people have been displaced and are sheltering in community halls and schools, the provincial disaster management centre said. About 2,700 homes were damaged or destroyed.

Parts of the OR Tambo district recorded 314 mm of rain in 48 hours, more than four times the June average, the South African Weather Service said.

The national government declared a national disaster on Saturday, freeing up emergency funds. Treasury officials estimated damage to roads and bridges at R3.8 billion and said an initial R450 million would be released this week.

The power utility said 46,000 households were still without electricity, and water supplies to several towns had been cut after pumping stations flooded.
""", [
    F("87", 87, "#death", "L", "up", "death toll from the Eastern Cape floods|death toll|toll", DAY(P),
      "provincial officials", source_alt=["officials"]),
    F("at least 23", 23, "#person", "L", None, "people missing in the Eastern Cape floods|people|missing", DAY(P),
      "provincial officials", source_alt=["officials"], unit_alt=["people"]),
    F("64", 64, "#death", "L", None, "death toll from the Eastern Cape floods|toll", DAY(last(P, "Friday")), None),
    F("More than 4,100", 4100, "#person", "L", None, "people displaced by the Eastern Cape floods|people|displaced",
      DAY(P), "provincial disaster management centre", source_alt=["disaster management centre"],
      unit_alt=["people"]),
    F("About 2,700", 2700, "#home", "L", None, "homes damaged or destroyed by the Eastern Cape floods|homes", DAY(P),
      None, source_alt=["provincial disaster management centre"]),
    F("314 mm", 314, "mm", "L", None, "rainfall in parts of the OR Tambo district|rain|rainfall", None,
      "South African Weather Service", period_alt=[DAY(P)]),
    X("more than four times", 4, "R", "up", "rainfall against the June average|rain|June average", None,
      "South African Weather Service", period_alt=[DAY(P)]),
    F("R3.8 billion", 3.8e9, "R", "L", None, "flood damage to Eastern Cape roads and bridges|damage", None,
      "Treasury officials", source_alt=["officials", "Treasury"], period_alt=[DAY(P)]),
    F("R450 million", 450e6, "R", "L", None, "initial flood relief funding|funding|emergency funds",
      ("2026-06-15", "2026-06-21"), "Treasury officials", source_alt=["officials", "Treasury"],
      period_alt=[None, DAY(P)]),
    F("46,000", 46000, "#household", "L", None, "households without electricity|households", DAY(P),
      "power utility", source_alt=["utility"]),
], ex=["48 hours"])

# ---------------------------------------------------------------- 33 Earthquake: late Monday, reported Tuesday
P = on("2026-09-22", "Tuesday")
MON = last(P, "Monday")
NIGHT = (MON, P)
AFAD = ["Disaster and Emergency Management Authority", "AFAD"]
story("b60-33", P, """
ANKARA, Sept. 22 — A magnitude 5.9 earthquake struck western Turkey's Manisa province late on Monday, killing three people and injuring 117, the Disaster and Emergency Management Authority (AFAD) said on Tuesday.

The quake, centred near the town of Soma at a depth of 11.4 km, was felt as far away as Izmir and Istanbul. It was followed by 286 aftershocks, the strongest of magnitude 4.7.

The interior ministry said 14 buildings had collapsed, most of them already empty after being damaged in earlier tremors, and that engineers would inspect 1,340 structures in the district over the coming week.

Search teams pulled nine people alive from the rubble overnight. More than 6,500 residents spent the night in tents and sports halls as aftershocks continued.

Rescue teams from neighbouring provinces were sent to the area overnight, and schools in Soma were closed for the rest of the week. The region lies on an active fault system that has produced several damaging quakes in recent decades.

Istanbul's main share index fell 1.3% in early trade on Tuesday, with insurers down 3.8%.
""", [
    F("5.9", 5.9, None, "L", None, "magnitude of the Manisa earthquake|earthquake|magnitude", DAY(MON),
      "Disaster and Emergency Management Authority", source_alt=["AFAD"], unit_alt=["magnitude"]),
    F("three", 3, "#person", "L", None, "people killed in the Manisa earthquake|people|deaths", DAY(MON),
      "Disaster and Emergency Management Authority", source_alt=["AFAD"], unit_alt=["people", "death"],
      period_alt=[NIGHT, DAY(P)]),
    F("117", 117, "#person", "L", None, "people injured in the Manisa earthquake|people|injured", DAY(MON),
      "Disaster and Emergency Management Authority", source_alt=["AFAD"], unit_alt=["people"],
      period_alt=[NIGHT, DAY(P)]),
    F("11.4 km", 11.4, "km", "L", None, "depth of the Manisa earthquake|depth|quake", DAY(MON), None,
      source_alt=AFAD, period_alt=[None]),
    F("286", 286, "#aftershock", "L", None, "aftershocks of the Manisa earthquake|aftershocks", NIGHT, None,
      source_alt=AFAD, period_alt=[DAY(P)]),
    F("4.7", 4.7, None, "L", None, "magnitude of the strongest aftershock|aftershock|magnitude", NIGHT, None,
      source_alt=AFAD, unit_alt=["magnitude"], period_alt=[DAY(P), DAY(MON)]),
    F("14", 14, "#building", "L", None, "buildings collapsed in the Manisa earthquake|buildings", DAY(MON),
      "interior ministry", period_alt=[NIGHT, DAY(P)]),
    F("1,340", 1340, "#structure", "L", None, "structures to be inspected|structures", (plus(P, 1), plus(P, 7)),
      "interior ministry", period_alt=[None, (P, plus(P, 7))]),
    F("nine", 9, "#person", "L", None, "people pulled alive from the rubble|people", NIGHT, None,
      unit_alt=["people"], period_alt=[DAY(P)]),
    F("More than 6,500", 6500, "#resident", "L", None, "residents who spent the night in tents and sports halls|"
      "residents", NIGHT, None, unit_alt=["people"], period_alt=[DAY(MON)]),
    F("1.3%", 1.3, "%", "C", "dn", "Istanbul's main share index|share index|index", DAY(P), None),
    F("3.8%", 3.8, "%", "C", "dn", "Istanbul-listed insurers|insurers", DAY(P), None),
])

# ---------------------------------------------------------------- 34 State election: seats of 140, turnout, shares, debt as % of GSDP
P = on("2026-05-04", "Monday")
POLL = DAY("2026-04-23")
EC = ["Election Commission"]
story("b60-34", P, """
THIRUVANANTHAPURAM, May 4: The People's Democratic Alliance (PDA) swept the Kerala Assembly elections, winning 91 of the 140 seats as counting ended on Monday night and unseating the Kerala Progressive Front (KPF) after two terms in power.

The KPF won 43 seats, down from 99 in 2021, and the Bharatiya Nava Dal (BND) 4. Independents took the remaining 2.

Turnout in the April 23 vote was 78.4 per cent, the highest since 1987, according to the Election Commission.

The PDA won 45.2 per cent of the votes, up 6.8 percentage points from 2021, while the KPF's share fell to 38.9 per cent.

The PDA's chief ministerial candidate, Thomas Varghese, won his Kottayam seat by 28,614 votes, the largest margin in the state.

Exit polls had broadly predicted the result; their average gave the PDA 84 seats.

The new government will inherit debt of about Rs 4.8 lakh crore, or 36.7 per cent of gross state domestic product at the end of 2025-26, economists said, and will have to fund the PDA's promise of a monthly allowance for women homemakers.
""", [
    F("91", 91, "#seat", "L", None, "seats won by the People's Democratic Alliance|seats|PDA", POLL, None,
      source_alt=EC, period_alt=[DAY(P)]),
    F("140", 140, "#seat", "L", None, "seats in the Kerala Assembly|seats", None, None, period_alt=[POLL]),
    F("43", 43, "#seat", "L", "dn", "seats won by the Kerala Progressive Front|seats|KPF", POLL, None,
      source_alt=EC, period_alt=[DAY(P)]),
    F("99", 99, "#seat", "L", None, "seats won by the Kerala Progressive Front|seats|KPF", Y(2021), None),
    F("4", 4, "#seat", "L", None, "seats won by the Bharatiya Nava Dal|seats|BND", POLL, None, ctx="(BND) 4",
      source_alt=EC, period_alt=[DAY(P)]),
    F("2", 2, "#seat", "L", None, "seats won by independents|seats|Independents", POLL, None, ctx="remaining 2",
      source_alt=EC, period_alt=[DAY(P)]),
    F("78.4 per cent", 78.4, "%", "L", None, "turnout in the Kerala Assembly election|turnout", POLL,
      "Election Commission", kind_alt=["share"]),
    F("45.2 per cent", 45.2, "%", "S", "up", "PDA vote share|votes|share", POLL, None, source_alt=EC,
      period_alt=[DAY(P)]),
    F("6.8 percentage points", 6.8, "pp", "C", "up", "PDA vote share|votes|share", POLL, None, source_alt=EC,
      period_alt=[DAY(P), ("2021-01", "2026-04")]),
    F("38.9 per cent", 38.9, "%", "S", "dn", "KPF vote share|share", POLL, None, source_alt=EC,
      period_alt=[DAY(P)]),
    F("28,614", 28614, "#vote", "L", None, "Thomas Varghese's winning margin in Kottayam|margin|votes", POLL, None,
      period_alt=[DAY(P)]),
    F("84", 84, "#seat", "L", None, "exit polls' average seat forecast for the PDA|seats|average", POLL,
      "Exit polls", source_alt=["polls"], period_alt=[None, DAY(P)]),
    F("about Rs 4.8 lakh crore", 4.8e12, "Rs", "L", None, "Kerala's debt|debt", DAY("2026-03-31"), "economists",
      value_alt=[4.8], unit_alt=["INR lakh crore"], period_alt=[FY(2025, 4, 2026, 3)]),
    F("36.7 per cent", 36.7, "%", "S", None, "Kerala's debt as a share of gross state domestic product|debt|"
      "gross state domestic product", DAY("2026-03-31"), "economists", kind_alt=["ratio"],
      period_alt=[FY(2025, 4, 2026, 3)]),
], ex=["two terms"])

# ---------------------------------------------------------------- 35 Election poll: fieldwork dates, decided voters, a seat projection
P = on("2026-02-18", "Wednesday")
FW = ("2026-02-09", "2026-02-14")
MP = ["Danube Opinion", "poll"]
story("b60-35", P, """
BUDAPEST, Feb. 18 — Hungary's opposition Civic Renewal party leads the governing National Alliance by 6 percentage points among decided voters ahead of the April 12 parliamentary election, a poll by the Danube Opinion institute showed on Wednesday.

Civic Renewal had 47% support among decided voters and National Alliance 41%, with the Homeland Movement on 6% and the Liberal Greens on 4%, below the 5% threshold for entering parliament. Among all voters, 28% were undecided.

The poll of 1,000 adults was conducted by telephone and online from Feb. 9 to 14 and has a margin of error of 3.1 percentage points.

A seat projection by the institute gave Civic Renewal 104 of the 199 seats, a simple majority but well short of the two-thirds needed to change the constitution. National Alliance would win 88.

A rival poll by the Balaton Research Centre published last week put the two main parties level at 44% each.

Turnout in the 2022 election was 69.6%.
""", [
    F("6 percentage points", 6, "pp", "L", None, "Civic Renewal's lead over National Alliance|lead", FW,
      "Danube Opinion institute", source_alt=["poll"], kind_alt=["change"]),
    F("47%", 47, "%", "S", None, "Civic Renewal support among decided voters|support|Civic Renewal", FW, None,
      source_alt=MP, kind_alt=["level"]),
    F("41%", 41, "%", "S", None, "National Alliance support among decided voters|National Alliance|support", FW,
      None, source_alt=MP, kind_alt=["level"]),
    F("6%", 6, "%", "S", None, "Homeland Movement support|Homeland Movement|support", FW, None, ctx="on 6%",
      source_alt=MP, kind_alt=["level"]),
    F("4%", 4, "%", "S", None, "Liberal Greens support|Liberal Greens|support", FW, None, ctx="on 4%",
      source_alt=MP, kind_alt=["level"]),
    F("28%", 28, "%", "S", None, "undecided voters|voters|undecided", FW, None, source_alt=MP, kind_alt=["level"]),
    F("1,000", 1000, "#adult", "L", None, "adults polled|adults|poll", FW, None, source_alt=MP,
      unit_alt=["respondent"], period_alt=[None]),
    F("3.1 percentage points", 3.1, "pp", "L", None, "poll's margin of error|margin of error", FW, None,
      source_alt=MP, period_alt=[None]),
    F("104", 104, "#seat", "L", None, "Civic Renewal projected seats|seats|Civic Renewal", DAY("2026-04-12"),
      "institute", source_alt=["Danube Opinion", "seat projection"], period_alt=[None, FW]),
    F("199", 199, "#seat", "L", None, "seats in Hungary's parliament|seats", None, None),
    F("88", 88, "#seat", "L", None, "National Alliance projected seats|seats|National Alliance",
      DAY("2026-04-12"), None, source_alt=["institute", "Danube Opinion", "seat projection"], period_alt=[None, FW]),
    F("44%", 44, "%", "S", None, "support for each of the two main parties|parties|support",
      ("2026-02-09", "2026-02-15"), "Balaton Research Centre", source_alt=["rival poll", "poll"], kind_alt=["level"],
      period_alt=[None]),
    F("69.6%", 69.6, "%", "L", None, "turnout in Hungary's 2022 election|turnout", DAY("2022-04-03"), None,
      kind_alt=["share"], period_alt=[Y(2022)]),
], ex=["5% threshold", "Feb. 9 to 14", "two-thirds", "two main"])

# ---------------------------------------------------------------- 36 Quarterly crime statistics and a court backlog
P = on("2025-11-21", "Friday")
QTR = Q(2025, 3)
SAPS = ["quarterly crime statistics", "crime statistics", "police"]
story("b60-36", P, """
CAPE TOWN, Nov. 21 — South Africa recorded 6,214 murders between July and September, 8.2% fewer than in the same period last year, according to quarterly crime statistics presented to Parliament's police committee on Friday.

That works out at an average of 68 murders a day.

Attempted murder fell 6.9% to 6,078 cases. Carjackings dropped 14.1% to 4,488, continuing a decline that began in 2023, while truck hijackings rose 9.6% to 318.

Gauteng recorded the most murders, 1,702. In the Western Cape, where gang violence accounts for about a fifth of murders, 1,063 people were killed.

Firearms were the most common weapon, used in 2,947 of the murders.

Separately, the justice department said the backlog in regional courts stood at 38,940 cases at the end of September, down from 44,118 a year earlier, as it added weekend court sittings in the busiest districts.

Civil society groups welcomed the decline in murders but said the rate remained among the highest in the world for a country not at war.
""", [
    F("6,214", 6214, "#murder", "L", "dn", "murders in South Africa|murders", QTR, "quarterly crime statistics",
      source_alt=["crime statistics", "statistics"]),
    F("8.2%", 8.2, "%", "C", "dn", "murders in South Africa|murders", QTR, "quarterly crime statistics",
      source_alt=["crime statistics", "statistics"]),
    F("68", 68, "#murder", "R", None, "average murders a day in South Africa|murders|average", QTR, None,
      source_alt=SAPS, unit_alt=["murder per day"], kind_alt=["level"]),
    F("6.9%", 6.9, "%", "C", "dn", "attempted murder cases|attempted murder|cases", QTR, None, source_alt=SAPS),
    F("6,078", 6078, "#case", "L", "dn", "attempted murder cases|attempted murder|cases", QTR, None,
      source_alt=SAPS),
    F("14.1%", 14.1, "%", "C", "dn", "carjackings in South Africa|carjackings", QTR, None, source_alt=SAPS),
    F("4,488", 4488, "#carjacking", "L", "dn", "carjackings in South Africa|carjackings", QTR, None,
      source_alt=SAPS),
    F("9.6%", 9.6, "%", "C", "up", "truck hijackings in South Africa|truck hijackings|hijackings", QTR, None,
      source_alt=SAPS),
    F("318", 318, "#hijacking", "L", "up", "truck hijackings in South Africa|truck hijackings|hijackings", QTR,
      None, source_alt=SAPS),
    F("1,702", 1702, "#murder", "L", None, "murders in Gauteng|Gauteng|murders", QTR, None, source_alt=SAPS),
    FR("about a fifth", 1, 5, "S", None, "gang violence's share of murders in the Western Cape|gang violence|share",
       None, None, period_alt=[QTR]),
    F("1,063", 1063, "#person", "L", None, "people killed in the Western Cape|Western Cape|people|murders", QTR, None,
      source_alt=SAPS, unit_alt=["people", "murder"]),
    F("2,947", 2947, "#murder", "L", None, "murders committed with firearms|firearms|murders", QTR, None,
      source_alt=SAPS),
    F("38,940", 38940, "#case", "L", "dn", "backlog in South Africa's regional courts|backlog|cases",
      DAY("2025-09-30"), "justice department", period_alt=[M(2025, 9)]),
    F("44,118", 44118, "#case", "L", None, "backlog in South Africa's regional courts|backlog|cases",
      DAY("2024-09-30"), "justice department", period_alt=[M(2024, 9)]),
])

# ---------------------------------------------------------------- 37 Test cricket, day three: runs, wickets, a crowd
P = on("2025-11-16", "Sunday")
MATCH = ("2025-11-14", P)
story("b60-37", P, """
KOLKATA, Nov. 16 — South Africa's tail frustrated India for more than two hours on the third day of the first Test at Eden Gardens on Sunday, but the hosts closed on 78 for four in their second innings, a lead of 142 runs.

South Africa were bowled out for 287 shortly after lunch, 64 short of India's first-innings 351. Wicketkeeper Themba Pillay made 94 before he was the last man out, stumped off left-arm spinner Harpreet Sandhu, who finished with 5 for 58.

India then slumped to 33 for three against the pace of Kagiso Botha before Arjun Rao and Vikram Mehta steadied the innings with an unbroken stand that took them to the close.

A crowd of 46,218 watched the day's play, taking the match attendance to 121,540, the state cricket association said.

"We need 300 to be safe on this pitch. It is turning square and keeping low," India's batting coach, Sunil Kamath, said after play.

Rain is forecast for Tuesday, the final scheduled day.
""", [
    F("more than two hours", 2, "h", "L", None, "South Africa's tail's resistance|tail|resistance", DAY(P), None,
      unit_alt=["hour"]),
    F("78", 78, "#run", "L", None, "India's second-innings score|India|runs", DAY(P), None),
    F("four", 4, "#wicket", "L", None, "India's second-innings wickets lost|wickets", DAY(P), None,
      ctx="78 for four"),
    F("142 runs", 142, "#run", "L", None, "India's lead|lead", DAY(P), None, unit_alt=["run"]),
    F("287", 287, "#run", "L", None, "South Africa's first-innings total|South Africa|runs", DAY(P), None,
      period_alt=[MATCH]),
    F("64", 64, "#run", "L", None, "South Africa's first-innings deficit|deficit|runs", DAY(P), None,
      period_alt=[MATCH]),
    F("351", 351, "#run", "L", None, "India's first-innings total|India|runs", MATCH, None,
      period_alt=[DAY("2025-11-14"), DAY(P)]),
    F("94", 94, "#run", "L", None, "Themba Pillay's innings|Pillay|runs", DAY(P), None,
      period_alt=[MATCH]),
    F("33", 33, "#run", "L", None, "India's second-innings score|India|runs", DAY(P), None, ctx="33 for three"),
    F("three", 3, "#wicket", "L", None, "India's second-innings wickets lost|wickets", DAY(P), None,
      ctx="33 for three"),
    F("46,218", 46218, "#spectator", "L", None, "crowd at Eden Gardens|crowd|attendance", DAY(P),
      "state cricket association", source_alt=["association"], unit_alt=["people", "fan"]),
    F("121,540", 121540, "#spectator", "L", None, "match attendance|attendance", MATCH, "state cricket association",
      source_alt=["association"], unit_alt=["people", "fan"]),
    F("300", 300, "#run", "L", None, "India's target for safety|runs|target", None, "Sunil Kamath",
      source_alt=["Kamath", "batting coach", "We"]),
], ex=["5 for 58", "third day"])

# ---------------------------------------------------------------- 38 AFL grand final: margin, crowd, medal votes, a season tally
P = on("2026-09-26", "Saturday")
story("b60-38", P, """
MELBOURNE, 26 September — Geelong won the AFL premiership on Saturday, beating the Brisbane Lions by 29 points in front of 100,036 fans at the Melbourne Cricket Ground.

The Cats trailed by 14 points at half-time but kicked eight goals to two in the third quarter and won 15.11 (101) to 10.12 (72).

Midfielder Tom Reilly won the Norm Smith Medal as best on ground with 34 disposals, 11 clearances and two goals, polling 14 votes from the judges.

Forward Jack Mahony kicked four goals to finish the season with 71, the club's most since 2008.

An average national television audience of 3.41 million watched the match, according to ratings data.

Reserved seats had sold for between A$240 and A$395, with resale prices reaching A$1,500 on Friday.

"We were flat for a half and then we played the way we have all year," Geelong coach Declan Pryce said. Brisbane captain Ryan Holt said his side had been beaten by the better team on the day.
""", [
    F("29 points", 29, "pt", "L", None, "Geelong's winning margin|margin|Geelong", DAY(P), None,
      unit_alt=["point"], kind_alt=["change"]),
    F("100,036", 100036, "#fan", "L", None, "grand final crowd at the Melbourne Cricket Ground|fans|crowd", DAY(P),
      None, unit_alt=["people", "spectator"]),
    F("14 points", 14, "pt", "L", None, "Geelong's half-time deficit|deficit|Cats", DAY(P), None,
      unit_alt=["point"], kind_alt=["change"]),
    F("34", 34, "#disposal", "L", None, "Tom Reilly's disposals|disposals", DAY(P), None),
    F("11", 11, "#clearance", "L", None, "Tom Reilly's clearances|clearances", DAY(P), None, ctx="11 clearances"),
    F("two", 2, "#goal", "L", None, "Tom Reilly's goals|goals", DAY(P), None, ctx="and two goals"),
    F("14", 14, "#vote", "L", None, "Tom Reilly's Norm Smith Medal votes|votes", DAY(P), None, ctx="polling 14"),
    F("four", 4, "#goal", "L", None, "Jack Mahony's goals|goals", DAY(P), None, ctx="kicked four"),
    F("71", 71, "#goal", "L", None, "Jack Mahony's season goals|goals|season", ("2026-03", "2026-09"), None,
      period_alt=[Y(2026)]),
    F("3.41 million", 3.41e6, "#viewer", "L", None, "average national television audience|audience", DAY(P),
      "ratings data", unit_alt=["people"]),
    RNG("between A$240 and A$395", 240, 395, "A$", "L", None, "reserved seat prices|seats|prices", None, None,
        period_alt=[DAY(P)]),
    F("A$1,500", 1500, "A$", "L", None, "resale ticket prices|resale prices|prices", DAY(last(P, "Friday")), None),
], ex=["half-time", "eight goals to two", "third quarter", "15.11 (101) to 10.12 (72)", "for a half"])

# ---------------------------------------------------------------- 39 Heat records: a night, a Saturday, a weekend, a forecast
P = on("2026-01-12", "Monday")
SUN = last(P, "Sunday")
SAT = last(P, "Saturday")
BOM = ["Bureau of Meteorology", "bureau"]
story("b60-39", P, """
ADELAIDE, 12 January — Adelaide sweltered through its hottest night on record on Sunday, with the temperature at the city's West Terrace station falling no lower than 34.2C, breaking the previous record of 33.5C set in January 2019, the Bureau of Meteorology said on Monday.

The city had reached 46.3C on Saturday afternoon, just short of its all-time high.

Across South Australia, at least 11 locations set records for their hottest day over the weekend, including Port Augusta, which reached 48.9C.

In Victoria, Melbourne peaked at 44.6C on Sunday. Electricity demand in the state hit a January record of 10,482 megawatts at 6pm, according to the market operator, and wholesale prices spiked to A$17,500 a megawatt hour for 35 minutes.

The state's ambulance service said it had responded to 1,214 calls on Sunday, 27 per cent more than on a typical summer Sunday.

The bureau expects the heat to ease by Wednesday, when Adelaide is forecast to reach 29C.
""", [
    F("34.2C", 34.2, "C", "L", None, "Adelaide's overnight minimum temperature|temperature", DAY(SUN),
      "Bureau of Meteorology", period_alt=[(SUN, P)]),
    F("33.5C", 33.5, "C", "L", None, "Adelaide's previous record warmest night|previous record|record", M(2019, 1),
      "Bureau of Meteorology"),
    F("46.3C", 46.3, "C", "L", None, "Adelaide's maximum temperature|city|temperature", DAY(SAT), None,
      source_alt=BOM),
    F("at least 11", 11, "#location", "L", None, "South Australian locations setting hottest-day records|locations",
      (SAT, SUN), None, source_alt=BOM),
    F("48.9C", 48.9, "C", "L", None, "Port Augusta's maximum temperature|Port Augusta|temperature", (SAT, SUN), None,
      source_alt=BOM),
    F("44.6C", 44.6, "C", "L", None, "Melbourne's maximum temperature|Melbourne|temperature", DAY(SUN), None,
      source_alt=BOM),
    F("10,482 megawatts", 10482, "MW", "L", None, "Victoria's electricity demand|electricity demand|demand",
      DAY(SUN), "market operator"),
    F("A$17,500", 17500, "A$", "L", "up", "Victorian wholesale electricity prices|wholesale prices|prices",
      DAY(SUN), "market operator", unit_alt=["AUD per megawatt hour"]),
    F("35 minutes", 35, "min", "L", None, "duration of the price spike|prices", DAY(SUN), "market operator"),
    F("1,214", 1214, "#call", "L", "up", "ambulance calls in Victoria|calls", DAY(SUN), "ambulance service"),
    F("27 per cent", 27, "%", "C", "up", "ambulance calls in Victoria|calls", DAY(SUN), "ambulance service"),
    F("29C", 29, "C", "L", None, "Adelaide's forecast maximum temperature|Adelaide|temperature",
      DAY(nxt(P, "Wednesday")), "bureau", source_alt=["Bureau of Meteorology"], direction_alt=["dn"]),
])

# ---------------------------------------------------------------- 40 Monsoon season: June-September, subdivisions, September alone
P = on("2025-10-01", "Wednesday")
SEASON = MM(2025, 6, 2025, 9)
IMD = ["India Meteorological Department", "IMD"]
story("b60-40", P, """
NEW DELHI, October 1: India's southwest monsoon ended the June-September season with rainfall 8 per cent above the long period average (LPA), the India Meteorological Department (IMD) said on Wednesday, the second straight year of above-normal rains.

The country received 937.2 mm of rain during the four months, against an LPA of 868.6 mm.

Northwest India recorded a 27 per cent surplus, while east and northeast India had a deficit of 19 per cent. Central India received 14 per cent more rain than normal.

Of the 36 meteorological subdivisions, 9 received excess rainfall, 21 normal and 6 deficient.

Rainfall in September alone was 17 per cent above normal, delaying the harvest of early-sown paddy in Punjab and Haryana.

Farm groups said the late rains had improved soil moisture for winter-sown wheat and mustard, while reservoir levels across the south were well above normal.

The IMD forecast rainfall over south peninsular India during the October-December northeast monsoon at more than 112 per cent of the LPA.
""", [
    F("8 per cent", 8, "%", "C", "up", "India's monsoon rainfall|rainfall|monsoon", SEASON,
      "India Meteorological Department", source_alt=["IMD"], kind_alt=["level"]),
    F("937.2 mm", 937.2, "mm", "L", None, "India's monsoon rainfall|rain|rainfall", SEASON, None, source_alt=IMD),
    F("868.6 mm", 868.6, "mm", "L", None, "long period average of monsoon rainfall|LPA|average", None, None,
      source_alt=IMD, period_alt=[SEASON]),
    F("27 per cent", 27, "%", "C", "up", "Northwest India's monsoon rainfall|Northwest India|surplus|rainfall",
      SEASON, None, source_alt=IMD, kind_alt=["level"]),
    F("19 per cent", 19, "%", "C", "dn", "east and northeast India's monsoon rainfall|deficit|rainfall", SEASON,
      None, source_alt=IMD, kind_alt=["level"]),
    F("14 per cent", 14, "%", "C", "up", "Central India's monsoon rainfall|Central India|rain", SEASON, None,
      source_alt=IMD, kind_alt=["level"]),
    F("36", 36, "#subdivision", "L", None, "India's meteorological subdivisions|subdivisions", None, None,
      source_alt=IMD),
    F("9", 9, "#subdivision", "L", None, "subdivisions with excess rainfall|subdivisions", SEASON, None,
      ctx="9 received", source_alt=IMD),
    F("21", 21, "#subdivision", "L", None, "subdivisions with normal rainfall|subdivisions", SEASON, None,
      ctx="21 normal", source_alt=IMD),
    F("6", 6, "#subdivision", "L", None, "subdivisions with deficient rainfall|subdivisions", SEASON, None,
      ctx="6 deficient", source_alt=IMD),
    F("17 per cent", 17, "%", "C", "up", "India's September rainfall|rainfall", M(2025, 9), None, source_alt=IMD,
      kind_alt=["level"]),
    F("more than 112 per cent", 112, "%", "L", None, "northeast monsoon rainfall over south peninsular India|"
      "rainfall", MM(2025, 10, 2025, 12), "IMD", source_alt=["India Meteorological Department"],
      kind_alt=["share"]),
], ex=["four months"])
