"""blind59 s3: hospital waiting lists, council tax, a school budget, a by-election, university rankings, a music
streamer's quarter, a film festival, a wolf census, fishing quotas and dairy prices (b59-21..b59-30)."""
from common import *

# ---------------------------------------------------------------- 21 NHS waiting list (British), "Key figures for December", January ambulances
P = on("2026-02-12", "Thursday")
DEC = M(2025, 12)
NHS = ["NHS England", "NHS England figures", "figures"]
story("b59-21", P, """
The waiting list for routine hospital treatment in England fell for a fourth consecutive month in December, to 7.18 million, NHS England figures published on Thursday show.

The list, which counts cases rather than patients, was down from 7.24 million in November and from 7.48 million a year earlier. An estimated 6.23 million individual patients were waiting.

Key figures for December:
- Patients seen within 18 weeks: 59.2 per cent, against a target of 92 per cent
- Waiting more than 52 weeks: 182,400, down from 191,700
- Median wait: 13.9 weeks
- A&E: 73.4 per cent of patients seen within four hours
- Cancer: 76.8 per cent told whether they had cancer within 28 days

The government has pledged that 65 per cent of patients will be seen within 18 weeks by March 2026, as an interim step towards restoring the 92 per cent standard by the end of this Parliament.

"These are genuine gains, but at this pace the 65 per cent milestone is out of reach," said Dr Hannah Okafor, a policy analyst at the Fairfield Health Trust, a think-tank. She estimated the list would still be above 7 million in March.

Ambulances took an average of 31 minutes to reach patients with suspected heart attacks and strokes in January, against a target of 18 minutes.
""", [
    F("7.18 million", 7.18e6, "#case", "L", "dn", "waiting list for routine hospital treatment in England|"
      "waiting list|list", DEC, "NHS England", source_alt=NHS[1:], unit_alt=["patient"]),
    F("7.24 million", 7.24e6, "#case", "L", None, "waiting list for routine hospital treatment in England|"
      "waiting list|list", M(2025, 11), None, source_alt=NHS, unit_alt=["patient"]),
    F("7.48 million", 7.48e6, "#case", "L", None, "waiting list for routine hospital treatment in England|"
      "waiting list|list", M(2024, 12), None, source_alt=NHS, unit_alt=["patient"]),
    F("6.23 million", 6.23e6, "#patient", "L", None, "individual patients waiting|patients", DEC, None,
      source_alt=NHS),
    F("59.2 per cent", 59.2, "%", "S", None, "patients seen within 18 weeks|patients", DEC, None, source_alt=NHS),
    F("92 per cent", 92, "%", "S", None, "18-week treatment target|target", None, None, ctx="target of 92 per cent",
      source_alt=NHS, kind_alt=["level"]),
    F("182,400", 182400, "#patient", "L", "dn", "patients waiting more than 52 weeks|patients", DEC, None,
      source_alt=NHS, unit_alt=["case"]),
    F("191,700", 191700, "#patient", "L", None, "patients waiting more than 52 weeks|patients", M(2025, 11), None,
      source_alt=NHS, unit_alt=["case"], period_alt=[None]),
    F("13.9 weeks", 13.9, "wk", "L", None, "median wait|wait", DEC, None, source_alt=NHS),
    F("73.4 per cent", 73.4, "%", "S", None, "A&E patients seen within four hours|A&E|patients", DEC, None,
      source_alt=NHS),
    F("76.8 per cent", 76.8, "%", "S", None, "patients told whether they had cancer within 28 days|cancer|patients",
      DEC, None, source_alt=NHS),
    F("65 per cent", 65, "%", "S", None, "patients seen within 18 weeks|patients|pledge", (None, "2026-03"), None,
      ctx="pledged that 65 per cent", source_alt=["government"], kind_alt=["level"], period_alt=[M(2026, 3)]),
    F("92 per cent", 92, "%", "S", None, "18-week treatment standard|standard", None, None,
      ctx="the 92 per cent standard", source_alt=["government"], kind_alt=["level"],
      period_alt=[(None, "2029-12")]),
    F("65 per cent", 65, "%", "S", None, "65 per cent milestone|milestone", None, "Dr Hannah Okafor",
      ctx="the 65 per cent milestone", source_alt=["Okafor", "policy analyst", "Fairfield Health Trust"],
      kind_alt=["level"], period_alt=[(None, "2026-03"), M(2026, 3)]),
    F("above 7 million", 7e6, "#case", "L", None, "waiting list|list", M(2026, 3), "Okafor",
      source_alt=["Dr Hannah Okafor", "She", "policy analyst"], unit_alt=["patient"],
      period_alt=[(None, "2026-03")]),
    F("31 minutes", 31, "min", "L", None, "ambulance response time for heart attacks and strokes|response time|"
      "ambulances", M(2026, 1), None, source_alt=NHS),
    F("18 minutes", 18, "min", "L", None, "ambulance response time target|target", None, None, source_alt=NHS),
], ex=["within 18 weeks", "more than 52 weeks", "within four hours", "within 28 days"])

# ---------------------------------------------------------------- 22 council tax 2026/27 (British), Band D, reserves
P = on("2026-02-27", "Friday")
FY27 = FY(2026, 4, 2027, 3)
ABC = ["Aldmoor Borough Council", "council", "councillors"]
story("b59-22", P, """
Aldmoor Borough Council has approved a 4.99 per cent rise in council tax for 2026/27, the maximum allowed without a local referendum, taking the average Band D bill for its own services to £2,086.47.

Councillors voted 31 to 22 on Thursday evening for a £312.6m net budget, up from £289.4m this year. Of the increase in council tax, 2 per cent is ringfenced for adult social care, which will cost £134.2m next year, or 43 per cent of the budget.

Including the police and fire precepts, a Band D household will pay £2,498.21 from April, an increase of £112.50, or £2.16 a week.

The council still faces a gap of £18.7m in 2027/28, rising to £41.3m by 2029/30, according to its medium-term financial plan, which proposes closing six of its 14 libraries.

Reserves stand at £22.4m, or 7.2 per cent of net spending, below the 10 per cent level the finance director considers prudent.

Council leader Rebecca Thorne said: "Nobody wants to put bills up, but the alternative is cutting care for people who have nowhere else to turn."

Opposition leader Graham Pyle called the library closures "an act of vandalism" and said his group would campaign to reverse them at the May elections.
""", [
    F("4.99 per cent", 4.99, "%", "C", "up", "Aldmoor council tax|council tax", FY27, None, source_alt=ABC),
    F("£2,086.47", 2086.47, "£", "L", "up", "average Band D bill for Aldmoor's services|Band D bill|bill", FY27, None,
      source_alt=ABC),
    F("£312.6m", 312.6e6, "£", "L", "up", "Aldmoor net budget|net budget|budget", FY27, None, source_alt=ABC),
    F("£289.4m", 289.4e6, "£", "L", None, "Aldmoor net budget|net budget|budget", FY(2025, 4, 2026, 3), None,
      source_alt=ABC),
    F("2 per cent", 2, "%", "C", "up", "council tax increase ringfenced for adult social care|adult social care|"
      "council tax", FY27, None, ctx="tax, 2 per cent", source_alt=ABC, kind_alt=["share"]),
    F("£134.2m", 134.2e6, "£", "L", None, "Aldmoor adult social care spending|adult social care|care", FY27, None,
      source_alt=ABC),
    F("43 per cent", 43, "%", "S", None, "adult social care's share of the budget|adult social care|budget", FY27,
      None, source_alt=ABC),
    F("£2,498.21", 2498.21, "£", "L", "up", "Band D bill including police and fire precepts|Band D household|bill",
      FY27, None, source_alt=ABC, period_alt=[("2026-04", None)]),
    F("£112.50", 112.50, "£", "C", "up", "Band D bill including police and fire precepts|Band D household|bill",
      FY27, None, source_alt=ABC, period_alt=[("2026-04", None)]),
    F("£2.16", 2.16, "£", "C", "up", "Band D bill including police and fire precepts|Band D household|bill", FY27,
      None, source_alt=ABC, unit_alt=["GBP per week"], period_alt=[("2026-04", None)]),
    F("£18.7m", 18.7e6, "£", "L", None, "Aldmoor budget gap|gap", FY(2027, 4, 2028, 3), "medium-term financial plan",
      source_alt=["plan", "council"]),
    F("£41.3m", 41.3e6, "£", "L", "up", "Aldmoor budget gap|gap", FY(2029, 4, 2030, 3), "medium-term financial plan",
      source_alt=["plan", "council"], period_alt=[(None, "2030-03")]),
    F("six", 6, "#library", "C", "dn", "Aldmoor libraries proposed for closure|libraries", None,
      "medium-term financial plan", source_alt=["plan", "council"], kind_alt=["level"]),
    F("14", 14, "#library", "L", None, "Aldmoor libraries|libraries", None, None, source_alt=ABC,
      period_alt=[DAY(P)]),
    F("£22.4m", 22.4e6, "£", "L", None, "Aldmoor reserves|reserves", DAY(P), None, source_alt=ABC,
      period_alt=[None]),
    F("7.2 per cent", 7.2, "%", "S", None, "Aldmoor reserves as a share of net spending|reserves", DAY(P), None,
      source_alt=ABC, period_alt=[None], kind_alt=["ratio"]),
    F("10 per cent", 10, "%", "S", None, "prudent reserves level|reserves level|level", None, "finance director",
      kind_alt=["level", "ratio"]),
], ex=["31 to 22"])

# ---------------------------------------------------------------- 23 school district 2026-27 budget (US), enrollment, "Budget at a glance"
P = on("2026-06-24", "Wednesday")
SY27 = FY(2026, 7, 2027, 6)
RU = ["Riverbend Unified School District", "district", "board"]
story("b59-23", P, """
The Riverbend Unified School District board on Tuesday adopted a $1.28 billion budget for 2026-27 that closes a $46 million shortfall by cutting 212 positions and closing three elementary schools, as enrollment keeps falling.

Enrollment is projected at 38,450 students in the fall, down 2.6% from this year and 14% below its 2017 peak of 44,700.

Budget at a glance:
- General fund spending: $1.02 billion, up 1.8%
- Per-pupil spending: $26,530
- Reserve: 3.1% of expenditures, above the state's 3% minimum
- Teacher pay: a 2.5% raise from July 1, after a 4% raise this year

The district expects its state funding to rise 2.3%, or about $21 million, while pension contributions climb $9.4 million.

Superintendent Marisol Ortega said the district would need to cut a further $28 million in 2027-28 unless enrollment stabilizes. "We are a district built for 45,000 students serving fewer than 39,000," she said.

The teachers' union, which had sought a 6% raise, said it would return to the bargaining table in the fall.
""", [
    F("$1.28 billion", 1.28e9, "$", "L", None, "Riverbend Unified budget|budget", SY27, None, source_alt=RU),
    F("$46 million", 46e6, "$", "L", None, "Riverbend Unified budget shortfall|shortfall", SY27, None,
      source_alt=RU),
    F("212", 212, "#position", "C", "dn", "Riverbend Unified positions|positions", SY27, None, source_alt=RU,
      unit_alt=["job"]),
    F("three", 3, "#elementary school", "C", "dn", "Riverbend Unified elementary schools|elementary schools|schools",
      SY27, None, source_alt=RU, unit_alt=["school"]),
    F("38,450", 38450, "#student", "L", "dn", "Riverbend Unified enrollment|enrollment|students", SY27, None,
      source_alt=RU, period_alt=[M(2026, 8), ("2026-08", "2026-12")]),
    F("2.6%", 2.6, "%", "C", "dn", "Riverbend Unified enrollment|enrollment", SY27, None, source_alt=RU),
    F("14%", 14, "%", "C", "dn", "Riverbend Unified enrollment|enrollment", SY27, None, source_alt=RU,
      direction_alt=[None]),
    F("44,700", 44700, "#student", "L", None, "Riverbend Unified enrollment peak|enrollment|peak", Y(2017), None,
      source_alt=RU, period_alt=[FY(2016, 7, 2017, 6), FY(2017, 7, 2018, 6)]),
    F("$1.02 billion", 1.02e9, "$", "L", "up", "Riverbend Unified general fund spending|general fund spending|"
      "spending", SY27, None, source_alt=RU, direction_alt=[None]),
    F("1.8%", 1.8, "%", "C", "up", "Riverbend Unified general fund spending|general fund spending|spending", SY27,
      None, source_alt=RU),
    F("$26,530", 26530, "$", "L", None, "Riverbend Unified per-pupil spending|per-pupil spending|spending", SY27,
      None, source_alt=RU, unit_alt=["USD per pupil"]),
    F("3.1%", 3.1, "%", "S", None, "Riverbend Unified reserve|reserve", SY27, None, source_alt=RU,
      kind_alt=["ratio", "level"]),
    F("3%", 3, "%", "S", None, "state's minimum reserve|minimum|reserve", None, None, ctx="state's 3% minimum",
      source_alt=["state"],
      kind_alt=["ratio", "level"]),
    F("2.5%", 2.5, "%", "C", "up", "Riverbend Unified teacher pay|teacher pay|pay", ("2026-07", None), None,
      source_alt=RU, period_alt=[("2026-07-01", None), SY27]),
    F("4%", 4, "%", "C", "up", "Riverbend Unified teacher pay|teacher pay|pay", FY(2025, 7, 2026, 6), None,
      ctx="a 4% raise", source_alt=RU),
    F("2.3%", 2.3, "%", "C", "up", "Riverbend Unified state funding|state funding|funding", SY27, "district",
      source_alt=["Riverbend Unified School District"]),
    F("about $21 million", 21e6, "$", "C", "up", "Riverbend Unified state funding|state funding|funding", SY27,
      "district", source_alt=["Riverbend Unified School District"]),
    F("$9.4 million", 9.4e6, "$", "C", "up", "Riverbend Unified pension contributions|pension contributions|"
      "contributions", SY27, "district", source_alt=["Riverbend Unified School District"]),
    F("$28 million", 28e6, "$", "C", "dn", "Riverbend Unified budget cuts|cut", FY(2027, 7, 2028, 6),
      "Marisol Ortega", source_alt=["Ortega", "Superintendent"], kind_alt=["level"], direction_alt=[None]),
    F("45,000", 45000, "#student", "L", None, "Riverbend Unified capacity|district|students", None, "Marisol Ortega",
      source_alt=["Ortega", "she", "Superintendent"]),
    F("fewer than 39,000", 39000, "#student", "L", None, "Riverbend Unified enrollment|students", DAY(P),
      "Marisol Ortega", source_alt=["Ortega", "she", "Superintendent"], period_alt=[None, SY27]),
    F("6%", 6, "%", "C", "up", "teachers' union pay claim|raise|pay", None, None, ctx="a 6% raise",
      source_alt=["teachers' union", "union"], period_alt=[SY27]),
])

# ---------------------------------------------------------------- 24 by-election (British): votes, shares, swing, "points on 2024"
P = on("2026-05-08", "Friday")
BY = DAY("2026-05-07")
GE = DAY("2024-07-04")
RO = ["returning officer", "result"]
story("b59-24", P, """
Reform UK won the Thornfield and Ashby by-election early on Friday, overturning a Labour majority of 9,412 at the 2024 general election on a swing of 17.8 percentage points.

Reform's candidate, Gareth Pennock, a 54-year-old former haulage firm owner, took 14,206 votes, or 38.9 per cent, ahead of Labour's Sunita Varma on 10,318 (28.3 per cent). The Conservatives came third with 5,447 votes (14.9 per cent), the Liberal Democrats fourth with 3,081 and the Greens fifth with 2,674.

Turnout was 41.2 per cent, down from 61.5 per cent at the general election. Pennock's majority was 3,888.

Result at a glance:
- Reform UK: up 24.1 points on 2024
- Labour: down 11.5 points
- Conservatives: down 6.2 points

The by-election was triggered by the resignation of Labour MP Daniel Hext in March over an expenses inquiry. Labour had held the seat since 1997.

A poll by Thistle Research published last week had put Reform ahead by 6 points.

"People here have been taken for granted for too long," Pennock told supporters at the count in Thornfield Leisure Centre shortly after 3am.
""", [
    F("9,412", 9412, "#vote", "L", None, "Labour majority at the 2024 general election|Labour majority|majority", GE,
      None, period_alt=[Y(2024)]),
    F("17.8 percentage points", 17.8, "pp", "C", None, "swing from Labour to Reform UK|swing", BY, None,
      source_alt=RO, kind_alt=["level"], direction_alt=["up"], period_alt=[DAY(P)]),
    AGE("54", 54, "Gareth Pennock", alts="Pennock|candidate"),
    F("14,206", 14206, "#vote", "L", None, "Reform UK vote|Gareth Pennock|votes", BY, None, source_alt=RO,
      period_alt=[DAY(P)]),
    F("38.9 per cent", 38.9, "%", "S", None, "Reform UK vote share|vote share|Gareth Pennock", BY, None,
      source_alt=RO, period_alt=[DAY(P)]),
    F("10,318", 10318, "#vote", "L", None, "Labour vote|Sunita Varma|votes", BY, None, source_alt=RO,
      period_alt=[DAY(P)]),
    F("28.3 per cent", 28.3, "%", "S", None, "Labour vote share|vote share|Sunita Varma", BY, None, source_alt=RO,
      period_alt=[DAY(P)]),
    F("5,447", 5447, "#vote", "L", None, "Conservative vote|Conservatives|votes", BY, None, source_alt=RO,
      period_alt=[DAY(P)]),
    F("14.9 per cent", 14.9, "%", "S", None, "Conservative vote share|vote share|Conservatives", BY, None,
      source_alt=RO, period_alt=[DAY(P)]),
    F("3,081", 3081, "#vote", "L", None, "Liberal Democrat vote|Liberal Democrats|votes", BY, None, source_alt=RO,
      period_alt=[DAY(P)]),
    F("2,674", 2674, "#vote", "L", None, "Green vote|Greens|votes", BY, None, source_alt=RO, period_alt=[DAY(P)]),
    F("41.2 per cent", 41.2, "%", "S", "dn", "by-election turnout|turnout", BY, None, source_alt=RO,
      kind_alt=["level"], period_alt=[DAY(P)]),
    F("61.5 per cent", 61.5, "%", "S", None, "general election turnout|turnout", GE, None, kind_alt=["level"],
      period_alt=[Y(2024)]),
    F("3,888", 3888, "#vote", "L", None, "Pennock's majority|majority", BY, None, source_alt=RO,
      period_alt=[DAY(P)]),
    F("24.1 points", 24.1, "pp", "C", "up", "Reform UK vote share|Reform UK|vote share", BY, None, source_alt=RO,
      period_alt=[DAY(P), (GE[0], BY[1])], unit_alt=["point"]),
    F("11.5 points", 11.5, "pp", "C", "dn", "Labour vote share|Labour|vote share", BY, None, source_alt=RO,
      period_alt=[DAY(P), (GE[0], BY[1])], unit_alt=["point"]),
    F("6.2 points", 6.2, "pp", "C", "dn", "Conservative vote share|Conservatives|vote share", BY, None,
      source_alt=RO, period_alt=[DAY(P), (GE[0], BY[1])], unit_alt=["point"]),
    F("6 points", 6, "pp", "L", None, "Reform UK's poll lead|lead|Reform", None, "Thistle Research",
      source_alt=["poll"], unit_alt=["point"], period_alt=[("2026-04-27", "2026-05-03")]),
], ex=["came third", "fifth with", "3am"])

# ---------------------------------------------------------------- 25 university rankings "2027" edition published in 2026: places, scores
P = on("2026-10-07", "Wednesday")
ED = Y(2027)
ED_ALT = [DAY(P), None]
ATL = ["Atlas World University Rankings", "rankings"]
story("b59-25", P, """
Swiss and Nordic universities climbed in the 2027 Atlas World University Rankings, published on Wednesday, while British institutions slipped for a third consecutive year.

ETH Zurich rose two places to sixth, with an overall score of 91.4 out of 100, up from 89.9. EPFL in Lausanne climbed five places to 19th, and the University of Copenhagen entered the top 30 for the first time, at 27th.

This year's table ranks 1,906 institutions in 108 countries and draws on 15.8 million citations.

UK at a glance:
- Institutions ranked: 104, down from 106
- In the top 100: 11, compared with 13 a year earlier
- Average score: 54.2 (2026 edition: 55.0)

"International recruitment is the main drag," said Malcolm Ferrier, the rankings' editor, noting that the share of international students at British universities had fallen to 22.5% from 24.1% over two years.

In Asia, the National University of Singapore rose one place to eighth, while 23 mainland Chinese universities made the top 200, up from 19.

Ferrier said research funding cuts in the United States had not yet shown up in the data but were likely to weigh on American institutions in future editions.
""", [
    F("two", 2, "place", "C", "up", "ETH Zurich's ranking|ETH Zurich|ranking", ED, None, ctx="rose two places",
      source_alt=ATL, period_alt=ED_ALT),
    F("91.4", 91.4, None, "L", "up", "ETH Zurich's overall score|overall score|score", ED, None, source_alt=ATL,
      unit_alt=["point"], period_alt=ED_ALT),
    F("89.9", 89.9, None, "L", None, "ETH Zurich's overall score|overall score|score", Y(2026), None,
      source_alt=ATL, unit_alt=["point"], period_alt=[None]),
    F("five", 5, "place", "C", "up", "EPFL's ranking|EPFL|ranking", ED, None, source_alt=ATL, period_alt=ED_ALT),
    F("1,906", 1906, "#institution", "L", None, "institutions ranked|institutions|table", ED, None,
      source_alt=ATL, period_alt=ED_ALT),
    F("108", 108, "#country", "L", None, "countries in the rankings|countries", ED, None, source_alt=ATL,
      period_alt=ED_ALT),
    F("15.8 million", 15.8e6, "#citation", "L", None, "citations used in the rankings|citations", ED, None,
      source_alt=ATL, period_alt=ED_ALT),
    F("104", 104, "#institution", "L", "dn", "UK institutions ranked|institutions ranked|institutions", ED, None,
      source_alt=ATL, period_alt=ED_ALT),
    F("106", 106, "#institution", "L", None, "UK institutions ranked|institutions ranked|institutions", Y(2026),
      None, source_alt=ATL, period_alt=[None]),
    F("11", 11, "#institution", "L", "dn", "UK institutions in the top 100|institutions|top 100", ED, None,
      ctx="100: 11", source_alt=ATL, period_alt=ED_ALT, direction_alt=[None]),
    F("13", 13, "#institution", "L", None, "UK institutions in the top 100|institutions|top 100", Y(2026), None,
      source_alt=ATL, period_alt=[None]),
    F("54.2", 54.2, None, "L", None, "UK average score|average score|score", ED, None, source_alt=ATL,
      unit_alt=["point"], period_alt=ED_ALT, direction_alt=["dn"]),
    F("55.0", 55.0, None, "L", None, "UK average score|average score|score", Y(2026), None, source_alt=ATL,
      unit_alt=["point"], period_alt=[None]),
    F("22.5%", 22.5, "%", "S", "dn", "international students' share at British universities|international students|"
      "share", DAY(P), "Malcolm Ferrier", source_alt=["Ferrier", "editor"], period_alt=[None, Y(2026)]),
    F("24.1%", 24.1, "%", "S", None, "international students' share at British universities|international students|"
      "share", Y(2024), "Malcolm Ferrier", source_alt=["Ferrier", "editor"], period_alt=[None, DAY(year_ago(year_ago(P)))]),
    F("one", 1, "place", "C", "up", "National University of Singapore's ranking|National University of Singapore|"
      "ranking", ED, None, ctx="rose one place", source_alt=ATL, period_alt=ED_ALT),
    F("23", 23, "#university", "L", "up", "mainland Chinese universities in the top 200|Chinese universities|"
      "universities", ED, None, source_alt=ATL, period_alt=ED_ALT),
    F("19", 19, "#university", "L", None, "mainland Chinese universities in the top 200|Chinese universities|"
      "universities", Y(2026), None, ctx="up from 19", source_alt=ATL, period_alt=[None]),
], ex=["third consecutive", "out of 100", "19th", "top 30", "27th", "top 100", "two years", "top 200"])

# ---------------------------------------------------------------- 26 music streamer's "Q3 FY27" (fiscal year ends Jan. 31), 9M, guidance
P = on("2026-12-01", "Tuesday")
Q3 = MM(2026, 8, 2026, 10)
Q3_ALT = [Q(2026, 3)]
RS = ["Resonance", "company"]
story("b59-26", P, """
STOCKHOLM, Dec. 1 — Music streaming service Resonance reported a 19% rise in quarterly revenue on Tuesday as price increases stuck and subscriber growth held up, sending its shares 7.2% higher.

Q3 FY27 highlights (three months to Oct. 31; the fiscal year ends Jan. 31):
- Revenue: €1.42 billion, +19% YoY
- Monthly active users (MAU): 212 million, +14% YoY; +6 million QoQ
- Premium subscribers: 88.5 million, +12%
- ARPU: €5.37, up 4%
- Gross margin: 33.8%, up 190 basis points
- Operating profit: €164 million (Q3 FY26: €71 million)

Revenue for 9M FY27 reached €4.05 billion, up 17%.

For Q4 FY27, the company forecast revenue of €1.50 billion to €1.55 billion and expects MAU to reach 218 million.

Resonance raised prices in 21 markets in September, including a €1 increase to €11.99 a month in Germany, and said churn had not risen.

"Listeners are paying more and leaving less," chief executive Johan Ekdahl said on a call with analysts. "That tells us the product is worth it."

Artists' groups have criticised the company's royalty rates, which they say have not kept pace with its price rises.
""", [
    F("19%", 19, "%", "C", "up", "Resonance quarterly revenue|quarterly revenue|revenue", Q3, "Resonance",
      ctx="a 19% rise", source_alt=["company"], period_alt=Q3_ALT),
    F("7.2%", 7.2, "%", "C", "up", "Resonance shares|shares", DAY(P), None),
    F("€1.42 billion", 1.42e9, "€", "L", "up", "Resonance revenue|revenue", Q3, None, source_alt=RS,
      period_alt=Q3_ALT, direction_alt=[None]),
    F("19%", 19, "%", "C", "up", "Resonance revenue|revenue", Q3, None, ctx="+19% YoY", source_alt=RS,
      period_alt=Q3_ALT),
    F("212 million", 212e6, "#monthly active user", "L", "up", "Resonance monthly active users|monthly active users|"
      "MAU", Q3, None, source_alt=RS, unit_alt=["user", "MAU"], period_alt=Q3_ALT + [M(2026, 10)],
      direction_alt=[None]),
    F("14%", 14, "%", "C", "up", "Resonance monthly active users|monthly active users|MAU", Q3, None,
      source_alt=RS, period_alt=Q3_ALT),
    F("6 million", 6e6, "#monthly active user", "C", "up", "Resonance monthly active users|monthly active users|MAU",
      Q3, None, source_alt=RS, unit_alt=["user", "MAU"], period_alt=Q3_ALT),
    F("88.5 million", 88.5e6, "#premium subscriber", "L", "up", "Resonance premium subscribers|premium subscribers|"
      "subscribers", Q3, None, source_alt=RS, unit_alt=["subscriber"], period_alt=Q3_ALT, direction_alt=[None]),
    F("12%", 12, "%", "C", "up", "Resonance premium subscribers|premium subscribers|subscribers", Q3, None,
      source_alt=RS, period_alt=Q3_ALT),
    F("€5.37", 5.37, "€", "L", "up", "Resonance average revenue per user|ARPU", Q3, None, source_alt=RS,
      period_alt=Q3_ALT, direction_alt=[None]),
    F("4%", 4, "%", "C", "up", "Resonance average revenue per user|ARPU", Q3, None, ctx="up 4%", source_alt=RS,
      period_alt=Q3_ALT),
    F("33.8%", 33.8, "%", "S", "up", "Resonance gross margin|gross margin|margin", Q3, None, source_alt=RS,
      period_alt=Q3_ALT, kind_alt=["level", "ratio"], direction_alt=[None]),
    F("190 basis points", 190, "bp", "C", "up", "Resonance gross margin|gross margin|margin", Q3, None,
      source_alt=RS, period_alt=Q3_ALT, value_alt=[1.9], unit_alt=["percentage point"]),
    F("€164 million", 164e6, "€", "L", "up", "Resonance operating profit|operating profit|profit", Q3, None,
      source_alt=RS, period_alt=Q3_ALT, direction_alt=[None]),
    F("€71 million", 71e6, "€", "L", None, "Resonance operating profit|operating profit|profit",
      MM(2025, 8, 2025, 10), None, source_alt=RS, period_alt=[Q(2025, 3)]),
    F("€4.05 billion", 4.05e9, "€", "L", "up", "Resonance revenue|revenue", MM(2026, 2, 2026, 10), None,
      source_alt=RS, period_alt=[MM(2026, 1, 2026, 9)]),
    F("17%", 17, "%", "C", "up", "Resonance revenue|revenue", MM(2026, 2, 2026, 10), None, source_alt=RS,
      period_alt=[MM(2026, 1, 2026, 9)]),
    RNG("€1.50 billion to €1.55 billion", 1.50e9, 1.55e9, "€", "L", None, "Resonance revenue|revenue",
        MM(2026, 11, 2027, 1), "company", source_alt=["Resonance"], period_alt=[Q(2026, 4)]),
    F("218 million", 218e6, "#monthly active user", "L", "up", "Resonance monthly active users|MAU",
      MM(2026, 11, 2027, 1), "company", source_alt=["Resonance"], unit_alt=["user", "MAU"],
      period_alt=[Q(2026, 4), (None, "2027-01")]),
    F("21", 21, "#market", "L", None, "markets where Resonance raised prices|markets", M(2026, 9), None,
      ctx="in 21 markets", source_alt=RS),
    F("€1", 1, "€", "C", "up", "Resonance monthly price in Germany|price", ("2026-09", None), None,
      ctx="a €1 increase", source_alt=RS, period_alt=[M(2026, 9)]),
    F("€11.99", 11.99, "€", "L", "up", "Resonance monthly price in Germany|price", ("2026-09", None), None,
      source_alt=RS, unit_alt=["EUR per month"], period_alt=[M(2026, 9)]),
], ex=["Q3 FY27", "Q3 FY26", "9M FY27", "Q4 FY27", "three months"])

# ---------------------------------------------------------------- 27 film festival closing (Sunday), festival in numbers
P = on("2026-11-29", "Sunday")
FEST = ("2026-11-13", P)
NL = ["organizers", "Northern Lights International Film Festival", "festival"]
story("b59-27", P, """
TALLINN, Nov. 29 — Estonian director Kadri Lepik's "Salt Winter" won the Grand Prix at the Northern Lights International Film Festival on Saturday, taking home a €25,000 prize, as the festival reported record attendance for its 30th edition.

Organizers said 91,400 tickets were sold over the 17 days, up 8% from last year, across 246 feature films from 71 countries. Screenings were 84% full on average, and 38 films sold out every showing.

Festival in numbers:
- Industry accreditations: 1,180
- World premieres: 52
- Films directed by women: 41%
- Budget: €3.6 million, of which 62% came from public funds

The audience award, worth €10,000, went to Colombian drama "La Quebrada", whose director, Camila Restrepo, 29, is the youngest winner in the festival's history.

"Salt Winter," made for about €1.1 million, has been sold to distributors in 14 territories, its sales agent said on Sunday.

Festival director Tiina Kask said next year's edition would run Nov. 12-28, 2027, and would add a competition for short films.
""", [
    F("€25,000", 25000, "€", "L", None, "Grand Prix prize|prize|Grand Prix", DAY("2026-11-28"), None,
      period_alt=[None]),
    F("91,400", 91400, "#ticket", "L", "up", "tickets sold at the festival|tickets", FEST, "Organizers",
      source_alt=NL[1:], period_alt=[Y(2026)]),
    F("8%", 8, "%", "C", "up", "tickets sold at the festival|tickets", FEST, "Organizers", source_alt=NL[1:],
      period_alt=[Y(2026)]),
    F("246", 246, "#feature film", "L", None, "feature films screened|feature films|films", FEST, "Organizers",
      source_alt=NL[1:], unit_alt=["film"], period_alt=[Y(2026)]),
    F("71", 71, "#country", "L", None, "countries represented at the festival|countries", FEST, "Organizers",
      source_alt=NL[1:], period_alt=[Y(2026)]),
    F("84%", 84, "%", "L", None, "average screening occupancy|screenings", FEST, None, source_alt=NL,
      kind_alt=["share"], period_alt=[Y(2026)]),
    F("38", 38, "#film", "L", None, "films that sold out every showing|films", FEST, None, source_alt=NL,
      period_alt=[Y(2026)]),
    F("1,180", 1180, "#industry accreditation", "L", None, "industry accreditations|accreditations", FEST, None,
      source_alt=NL, unit_alt=["accreditation"], period_alt=[Y(2026)]),
    F("52", 52, "#world premiere", "L", None, "world premieres|premieres", FEST, None, source_alt=NL,
      unit_alt=["premiere"], period_alt=[Y(2026)]),
    F("41%", 41, "%", "S", None, "films directed by women|films", FEST, None, source_alt=NL,
      period_alt=[Y(2026)]),
    F("€3.6 million", 3.6e6, "€", "L", None, "festival budget|budget", FEST, None, source_alt=NL,
      period_alt=[Y(2026)]),
    F("62%", 62, "%", "S", None, "festival budget from public funds|public funds|budget", FEST, None,
      source_alt=NL, period_alt=[Y(2026)]),
    F("€10,000", 10000, "€", "L", None, "audience award|award", DAY("2026-11-28"), None, period_alt=[None]),
    AGE("29", 29, "Camila Restrepo", ctx="Restrepo, 29", alts="Restrepo|director"),
    F("about €1.1 million", 1.1e6, "€", "L", None, "budget of Salt Winter|budget|Salt Winter", None, None),
    F("14", 14, "#territory", "L", None, "territories where Salt Winter has been sold|territories|distributors",
      (None, P), "sales agent", period_alt=[None, DAY(P)]),
], ex=["30th edition", "17 days"])

# ---------------------------------------------------------------- 28 Scandinavian wolf census, winter seasons, a list of the season's figures
P = on("2026-06-01", "Monday")
W26 = MM(2025, 10, 2026, 3)
W25 = MM(2024, 10, 2025, 3)
CEN = ["census", "survey", "joint Scandinavian census"]
story("b59-28", P, """
STOCKHOLM — The number of wolves in Sweden and Norway fell for a second winter, to an estimated 415, after an expansion of licensed hunting, according to the joint Scandinavian census published on Monday.

The survey, carried out from October 2025 to March 2026, found 38 family groups and 27 scent-marking pairs, compared with 43 groups and 30 pairs a winter earlier. The population had been 447 in the 2024-25 season and peaked at 482 in 2020-21.

Sweden accounted for about 355 of the animals and Norway for about 60.

The Swedish government wants the population cut to 170, which it says is enough for a favourable conservation status. Researchers at the environmental protection agency have put the minimum at no fewer than 300.

Licensed hunting killed 48 wolves in Sweden in January, and 19 more were shot under protective hunting permits during the season.

Census at a glance:
- Pups born: 132 (estimated)
- Wolves found dead: 97, of which 74 were shot
- Inbreeding coefficient: 0.24

A separate estimate published last month put Sweden's brown bear population at 2,420, down 14% from its last count in 2021.

"The hunt is running ahead of the science," said Linnea Forsberg of the conservation group Vargvakt.
""", [
    F("an estimated 415", 415, "#wolf", "L", "dn", "wolves in Sweden and Norway|wolves|number of wolves", W26,
      "joint Scandinavian census", source_alt=["census"]),
    F("38", 38, "#family group", "L", "dn", "wolf family groups|family groups|groups", W26, None, source_alt=CEN,
      unit_alt=["group"]),
    F("27", 27, "#scent-marking pair", "L", "dn", "scent-marking pairs|pairs", W26, None, source_alt=CEN,
      unit_alt=["pair"]),
    F("43", 43, "#group", "L", None, "wolf family groups|family groups|groups", W25, None, source_alt=CEN),
    F("30", 30, "#pair", "L", None, "scent-marking pairs|pairs", W25, None, ctx="30 pairs", source_alt=CEN),
    F("447", 447, "#wolf", "L", None, "wolves in Sweden and Norway|population|wolves", W25, None, source_alt=CEN,
      period_alt=[FY(2024, 7, 2025, 6)]),
    F("482", 482, "#wolf", "L", None, "wolves in Sweden and Norway|population|wolves", MM(2020, 10, 2021, 3), None,
      source_alt=CEN, period_alt=[FY(2020, 7, 2021, 6)]),
    F("about 355", 355, "#animal", "L", None, "wolves in Sweden|Sweden|wolves", W26, None, source_alt=CEN,
      unit_alt=["wolf"]),
    F("about 60", 60, "#animal", "L", None, "wolves in Norway|Norway|wolves", W26, None, source_alt=CEN,
      unit_alt=["wolf"]),
    F("170", 170, "#wolf", "L", "dn", "Swedish government's wolf population target|population|target", None, None,
      source_alt=["Swedish government", "government"]),
    F("no fewer than 300", 300, "#wolf", "L", None, "minimum wolf population for favourable conservation status|"
      "minimum|population", None, "Researchers", source_alt=["environmental protection agency"]),
    F("48", 48, "#wolf", "L", None, "wolves killed in licensed hunting in Sweden|wolves|licensed hunting",
      M(2026, 1), None, ctx="killed 48 wolves"),
    F("19", 19, "#wolf", "L", None, "wolves shot under protective hunting permits|wolves", W26, None,
      period_alt=[None]),
    F("132", 132, "#pup", "L", None, "wolf pups born|pups", W26, None, source_alt=CEN,
      period_alt=[Y(2025)]),
    F("97", 97, "#wolf", "L", None, "wolves found dead|wolves", W26, None, source_alt=CEN),
    F("74", 74, "#wolf", "L", None, "wolves found dead that were shot|wolves", W26, None, source_alt=CEN),
    F("0.24", 0.24, None, "L", None, "wolf inbreeding coefficient|inbreeding coefficient|coefficient", W26, None,
      source_alt=CEN),
    F("2,420", 2420, "#brown bear", "L", "dn", "Sweden's brown bear population|bear population|population", None,
      None, source_alt=["estimate"], unit_alt=["bear"], period_alt=[M(2026, 5)]),
    F("14%", 14, "%", "C", "dn", "Sweden's brown bear population|bear population|population", None, None,
      source_alt=["estimate"], period_alt=[("2021-01", "2026-05"), ("2021-01", None)]),
])

# ---------------------------------------------------------------- 29 North Sea quotas for 2026, a TAC list
P = on("2025-12-19", "Friday")
Y26 = Y(2026)
TAC = ["European Union, Norway and Britain", "EU", "Norway", "Britain"]
story("b59-29", P, """
BRUSSELS, Dec. 19 — The European Union, Norway and Britain agreed on Friday to cut the North Sea cod quota for 2026 by 20% to 17,800 tonnes, after scientists warned that the stock had fallen below safe levels.

The total allowable catch (TAC) for North Sea herring will fall 15% to 349,400 tonnes, while the haddock quota rises 9% to 118,200 tonnes.

Other 2026 North Sea quotas:
- Whiting: 88,600 t, up 4%
- Plaice: 142,700 t, unchanged
- Saithe: 56,200 t, down 12%

Separately, coastal states agreed to cut the Northeast Atlantic mackerel catch by 22%.

The International Council for the Exploration of the Sea had advised a cut of at least 28% for cod. The EU's share of the cod TAC is 9,430 tonnes; Danish boats hold about 24% of the bloc's North Sea cod allocation.

The deal will cost the Scottish fleet around £35 million in lost landings next year, the Northern Fleet Alliance, an industry group, estimated.

"We accepted painful cuts on cod so that the haddock fishery can stay open," said Norway's fisheries minister.

Environmental groups said the cod cut still left catches above scientific advice for a fifth year.
""", [
    F("20%", 20, "%", "C", "dn", "North Sea cod quota|cod quota|quota", Y26, None, source_alt=TAC),
    F("17,800 tonnes", 17800, "t", "L", "dn", "North Sea cod quota|cod quota|quota", Y26, None, source_alt=TAC),
    F("15%", 15, "%", "C", "dn", "North Sea herring total allowable catch|herring|TAC", Y26, None, source_alt=TAC),
    F("349,400 tonnes", 349400, "t", "L", "dn", "North Sea herring total allowable catch|herring|TAC", Y26, None,
      source_alt=TAC),
    F("9%", 9, "%", "C", "up", "North Sea haddock quota|haddock quota|quota", Y26, None, source_alt=TAC),
    F("118,200 tonnes", 118200, "t", "L", "up", "North Sea haddock quota|haddock quota|quota", Y26, None,
      source_alt=TAC),
    F("88,600 t", 88600, "t", "L", "up", "North Sea whiting quota|whiting", Y26, None, source_alt=TAC,
      direction_alt=[None]),
    F("4%", 4, "%", "C", "up", "North Sea whiting quota|whiting", Y26, None, ctx="up 4%", source_alt=TAC),
    F("142,700 t", 142700, "t", "L", "unch", "North Sea plaice quota|plaice", Y26, None, source_alt=TAC,
      direction_alt=[None]),
    F("56,200 t", 56200, "t", "L", "dn", "North Sea saithe quota|saithe", Y26, None, source_alt=TAC,
      direction_alt=[None]),
    F("12%", 12, "%", "C", "dn", "North Sea saithe quota|saithe", Y26, None, source_alt=TAC),
    F("22%", 22, "%", "C", "dn", "Northeast Atlantic mackerel catch|mackerel catch|catch", Y26, None,
      source_alt=["coastal states"]),
    F("at least 28%", 28, "%", "C", "dn", "ICES advice for the cod catch|cod|advice", Y26,
      "International Council for the Exploration of the Sea", source_alt=["ICES"]),
    F("9,430 tonnes", 9430, "t", "L", None, "EU's share of the cod TAC|EU's share|share", Y26, None,
      source_alt=TAC),
    F("about 24%", 24, "%", "S", None, "Danish share of the EU's North Sea cod allocation|Danish boats|share", None,
      None, period_alt=[Y26]),
    F("around £35 million", 35e6, "£", "L", None, "cost of the deal to the Scottish fleet|lost landings|cost", Y26,
      "Northern Fleet Alliance", source_alt=["industry group"]),
], ex=["fifth year"])

# ---------------------------------------------------------------- 30 Global Dairy Trade auction (British style NZ), season forecasts, cattle
P = on("2025-09-03", "Wednesday")
AUC = DAY("2025-09-02")
S26 = FY(2025, 6, 2026, 5)
SPD = ["Southern Plains Dairy", "processor"]
story("b59-30", P, """
WELLINGTON, 3 September 2025 — Global dairy prices fell for a fourth straight auction overnight, dragging down farm-gate price expectations in New Zealand.

The GDT price index dropped 3.1% at the fortnightly Global Dairy Trade auction, which ended late on Tuesday, with an average winning price of $3,914 a tonne.

Auction results, change from the previous event:
- Whole milk powder: down 3.8% to $3,720 a tonne
- Skim milk powder: down 1.6% to $2,655
- Butter: up 0.9% to $7,040
- Cheddar: down 4.4%
- Volume sold: 38,150 tonnes

Southern Plains Dairy, the country's second-biggest processor, cut its 2025/26 farm-gate milk price forecast to a midpoint of NZ$9.80 per kilogram of milk solids from NZ$10.00, with a range of NZ$9.30 to NZ$10.30. It paid NZ$10.16 for the 2024/25 season.

The dairy sector earned NZ$26.4 billion from exports in the year to June, 24% of New Zealand's goods exports, according to Stats NZ.

In Australia, the national young cattle indicator climbed 5.7% in August to A$3.68 a kilogram, as restocker demand returned after winter rain.

"Farmers budgeted on ten dollars, and that now looks optimistic," said Hamish Tait, an agricultural economist at Rangitata Bank.
""", [
    F("3.1%", 3.1, "%", "C", "dn", "GDT price index|price index|index", AUC, None,
      source_alt=["Global Dairy Trade"], period_alt=[DAY(P)]),
    F("$3,914", 3914, "$", "L", None, "average winning price at the GDT auction|average winning price|price", AUC,
      None, unit_alt=["USD per tonne"], period_alt=[DAY(P)], direction_alt=["dn"]),
    F("3.8%", 3.8, "%", "C", "dn", "whole milk powder price|whole milk powder", AUC, None, period_alt=[DAY(P)]),
    F("$3,720", 3720, "$", "L", "dn", "whole milk powder price|whole milk powder", AUC, None,
      unit_alt=["USD per tonne"], period_alt=[DAY(P)]),
    F("1.6%", 1.6, "%", "C", "dn", "skim milk powder price|skim milk powder", AUC, None, period_alt=[DAY(P)]),
    F("$2,655", 2655, "$", "L", "dn", "skim milk powder price|skim milk powder", AUC, None,
      unit_alt=["USD per tonne"], period_alt=[DAY(P)]),
    F("0.9%", 0.9, "%", "C", "up", "butter price|butter", AUC, None, period_alt=[DAY(P)]),
    F("$7,040", 7040, "$", "L", "up", "butter price|butter", AUC, None, unit_alt=["USD per tonne"],
      period_alt=[DAY(P)]),
    F("4.4%", 4.4, "%", "C", "dn", "cheddar price|cheddar", AUC, None, period_alt=[DAY(P)]),
    F("38,150 tonnes", 38150, "t", "L", None, "volume sold at the GDT auction|volume sold|volume", AUC, None,
      period_alt=[DAY(P)]),
    F("NZ$9.80", 9.80, "NZ$", "L", "dn", "Southern Plains Dairy farm-gate milk price forecast|farm-gate milk price|"
      "milk price", S26, None, source_alt=SPD, unit_alt=["NZD per kilogram of milk solids"]),
    F("NZ$10.00", 10.00, "NZ$", "L", None, "Southern Plains Dairy farm-gate milk price forecast|farm-gate milk price|"
      "milk price", S26, None, source_alt=SPD, unit_alt=["NZD per kilogram of milk solids"]),
    RNG("NZ$9.30 to NZ$10.30", 9.30, 10.30, "NZ$", "L", None, "Southern Plains Dairy farm-gate milk price forecast|"
        "farm-gate milk price|milk price", S26, None, source_alt=SPD,
        unit_alt=["NZD per kilogram of milk solids"]),
    F("NZ$10.16", 10.16, "NZ$", "L", None, "Southern Plains Dairy farm-gate milk price|milk price",
      FY(2024, 6, 2025, 5), None, source_alt=SPD + ["It"], unit_alt=["NZD per kilogram of milk solids"]),
    F("NZ$26.4 billion", 26.4e9, "NZ$", "L", None, "New Zealand dairy export earnings|dairy sector|exports",
      span12(2025, 6), "Stats NZ"),
    F("24%", 24, "%", "S", None, "dairy's share of New Zealand's goods exports|dairy sector|goods exports",
      span12(2025, 6), "Stats NZ"),
    F("5.7%", 5.7, "%", "C", "up", "Australia's national young cattle indicator|young cattle indicator|indicator",
      M(2025, 8), None),
    F("A$3.68", 3.68, "A$", "L", "up", "Australia's national young cattle indicator|young cattle indicator|"
      "indicator", M(2025, 8), None, unit_alt=["AUD per kilogram"]),
    F("ten dollars", 10, "NZ$", "L", None, "farmers' budgeted milk price|milk price|budget", S26, "Hamish Tait",
      source_alt=["Tait", "agricultural economist", "Rangitata Bank", "Farmers"],
      unit_alt=["NZD per kilogram of milk solids", "dollar"], period_alt=[None]),
])
