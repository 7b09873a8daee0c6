"""blind57 s3: aviation safety, tourism arrivals, telecom subscribers, a water utility, universities and research
funding (b57-21..b57-30)."""
from common import *

CAD = "CAD"
NZD = "NZD"

# ---------------------------------------------------------------- 21 KNKT runway overrun report (Indonesian)
P = on("2026-03-31", "Tuesday")
INC = DAY("2026-03-02")
KNKT = ["National Transportation Safety Committee", "committee", "report"]
story("b57-21", P, """
A narrow-body jet operated by low-cost carrier Nusa Air touched down about 1,300 metres past the runway threshold at Yogyakarta's international airport and overran the runway by 160 metres, Indonesia's National Transportation Safety Committee (KNKT) said in a preliminary report on Tuesday.

The report found that the aircraft crossed the threshold at 182 knots, some 30 knots faster than the target approach speed, during heavy rain on March 2. None of the 174 passengers and six crew members were seriously hurt, though 11 people were treated for minor injuries.

The captain, 47, had about 14,800 flight hours, including 6,200 on the type, while the first officer, 26, had 1,150 hours, the KNKT said.

The committee issued four safety recommendations to the airline and two to the airport operator, and expects to publish its final report within 12 months.

Nusa Air said it had grounded both pilots and retrained 96 of its 410 pilots on unstable-approach procedures since the incident, while the Directorate General of Civil Aviation said it had ordered inspections of 58 aircraft operated by the carrier.

Indonesia recorded 23 runway excursions in 2025, up from 17 a year earlier, according to KNKT data.
""", [
    F("about 1,300 metres", 1300, "m", "L", None, "touchdown distance past the runway threshold|touchdown|distance",
      INC, "KNKT", source_alt=KNKT),
    F("160 metres", 160, "m", "L", None, "distance the jet overran the runway|overrun|runway", INC, "KNKT",
      source_alt=KNKT),
    F("182 knots", 182, "knot", "L", None, "the aircraft's speed over the threshold|aircraft|speed", INC, "report",
      source_alt=["KNKT", "committee"]),
    F("some 30 knots", 30, "knot", "L", None, "speed above the target approach speed|approach speed|speed", INC,
      "report", source_alt=["KNKT", "committee"], kind_alt=["change"], direction_alt=["up"]),
    F("174", 174, "#passenger", "L", None, "passengers on board|passengers", INC, None,
      source_alt=["report", "KNKT"]),
    F("six", 6, "#crew member", "L", None, "crew members on board|crew", INC, None, source_alt=["report", "KNKT"],
      unit_alt=["crew"]),
    F("11", 11, "#person", "L", None, "people treated for minor injuries|people", INC, None,
      source_alt=["report", "KNKT"], unit_alt=["people"]),
    AGE("47", 47, "captain"),
    F("about 14,800 flight hours", 14800, "h", "L", None, "the captain's flight hours|captain|flight hours", None,
      "KNKT", period_alt=[INC]),
    F("6,200", 6200, "h", "L", None, "the captain's hours on the type|captain|hours", None, "KNKT",
      period_alt=[INC]),
    AGE("26", 26, "first officer"),
    F("1,150 hours", 1150, "h", "L", None, "the first officer's flight hours|first officer|hours", None, "KNKT",
      period_alt=[INC]),
    F("four", 4, "#recommendation", "L", None, "safety recommendations to the airline|recommendations", None, None,
      source_alt=["committee", "KNKT"], period_alt=[DAY(P)], unit_alt=["safety recommendation"]),
    F("two", 2, "#recommendation", "L", None, "safety recommendations to the airport operator|recommendations",
      None, None, source_alt=["committee", "KNKT"], period_alt=[DAY(P)], unit_alt=["safety recommendation"]),
    F("96", 96, "#pilot", "L", None, "Nusa Air pilots retrained|pilots", ("2026-03-02", P), "Nusa Air",
      period_alt=[None]),
    F("410", 410, "#pilot", "L", None, "Nusa Air pilots|pilots", None, "Nusa Air", period_alt=[DAY(P)]),
    F("58", 58, "#aircraft", "L", None, "Nusa Air aircraft ordered inspected|aircraft", None,
      "Directorate General of Civil Aviation", period_alt=[DAY(P)]),
    F("23", 23, "#runway excursion", "L", "up", "runway excursions in Indonesia|runway excursions|excursions",
      Y(2025), "KNKT", source_alt=["data"], unit_alt=["excursion"]),
    F("17", 17, "#runway excursion", "L", None, "runway excursions in Indonesia|runway excursions|excursions",
      Y(2024), "KNKT", source_alt=["data"], unit_alt=["excursion"], ctx="from 17 a year"),
], ex=["12 months"])

# ---------------------------------------------------------------- 22 Irish overseas visitors (Irish)
P = on("2025-11-16", "Sunday")
Q3 = Q(2025, 3)
Q3L = Q(2024, 3)
CSO = ["Central Statistics Office", "figures"]
FI = "Fáilte Ireland"
story("b57-22", P, """
Overseas visitors spent €2.41 billion in Ireland in the three months to September, 3 per cent less than in the same period last year, as American arrivals fell sharply, figures from the Central Statistics Office (CSO) show.

There were 2.07 million overseas trips to Ireland in the quarter, down 5.6 per cent, with visits from North America dropping 14 per cent to 498,000. Trips from Britain rose 2.1 per cent to 812,000, while visitors from mainland Europe were broadly unchanged at 611,000.

The average length of stay was 7.4 nights, compared with 7.9 nights a year earlier, the CSO said.

Irish residents, meanwhile, took 2.9 million trips abroad in the three months, spending €2.86 billion.

Tourism Ireland chief executive Aisling Moran said hotels in the west had endured "a genuinely difficult summer", while the Western Hoteliers Association said room occupancy outside Dublin averaged 71 per cent in August, down from 78 per cent a year earlier.

Fáilte Ireland estimates that tourism supports about 265,000 jobs, or roughly one in ten jobs in the State, and forecasts that overseas tourism revenue will fall 2 per cent to €6.1 billion this year.
""", [
    F("€2.41 billion", 2.41e9, "€", "L", "dn", "overseas visitor spending in Ireland|visitor spending|spending", Q3,
      "CSO", source_alt=CSO),
    F("3 per cent", 3, "%", "C", "dn", "overseas visitor spending in Ireland|visitor spending|spending", Q3, "CSO",
      source_alt=CSO),
    F("2.07 million", 2.07e6, "#trip", "L", "dn", "overseas trips to Ireland|trips", Q3, None, source_alt=["CSO"]),
    F("5.6 per cent", 5.6, "%", "C", "dn", "overseas trips to Ireland|trips", Q3, None, source_alt=["CSO"]),
    F("14 per cent", 14, "%", "C", "dn", "visits from North America|visits", Q3, None, source_alt=["CSO"]),
    F("498,000", 498000, "#visit", "L", "dn", "visits from North America|visits", Q3, None, source_alt=["CSO"]),
    F("2.1 per cent", 2.1, "%", "C", "up", "trips from Britain|trips", Q3, None, source_alt=["CSO"]),
    F("812,000", 812000, "#trip", "L", "up", "trips from Britain|trips", Q3, None, source_alt=["CSO"]),
    F("611,000", 611000, "#visitor", "L", "unch", "visitors from mainland Europe|visitors", Q3, None,
      source_alt=["CSO"], direction_alt=[None]),
    F("7.4 nights", 7.4, "night", "L", None, "average length of stay|length of stay|stay", Q3, "CSO",
      direction_alt=["dn"]),
    F("7.9 nights", 7.9, "night", "L", None, "average length of stay|length of stay|stay", Q3L, "CSO"),
    F("2.9 million", 2.9e6, "#trip", "L", None, "trips abroad by Irish residents|trips abroad|trips", Q3, None,
      source_alt=["CSO"]),
    F("€2.86 billion", 2.86e9, "€", "L", None, "Irish residents' spending abroad|spending", Q3, None,
      source_alt=["CSO"]),
    F("71 per cent", 71, "%", "L", "dn", "hotel room occupancy outside Dublin|room occupancy|occupancy", "2025-08",
      "Western Hoteliers Association", source_alt=["association"], kind_alt=["share"]),
    F("78 per cent", 78, "%", "L", None, "hotel room occupancy outside Dublin|room occupancy|occupancy", "2024-08",
      "Western Hoteliers Association", source_alt=["association"], kind_alt=["share"]),
    F("about 265,000", 265000, "#job", "L", None, "jobs supported by tourism|tourism|jobs", None, FI,
      period_alt=[Y(2025), DAY(P)]),
    FR("roughly one in ten", 1, 10, "S", None, "tourism's share of jobs in the State|tourism|jobs", None, FI,
       period_alt=[Y(2025), DAY(P)]),
    F("2 per cent", 2, "%", "C", "dn", "Ireland's overseas tourism revenue|tourism revenue|revenue", Y(2025), FI,
      ctx="fall 2 per cent"),
    F("€6.1 billion", 6.1e9, "€", "L", "dn", "Ireland's overseas tourism revenue|tourism revenue|revenue", Y(2025),
      FI),
], ex=["three months", "the quarter"])

# ---------------------------------------------------------------- 23 NZ visitor arrivals, year ended March (New Zealand)
P = on("2026-05-18", "Monday")
YM = span12(2026, 3)
story("b57-23", P, """
Overseas visitor arrivals to New Zealand reached 3.41 million in the year ended March 2026, up 9 per cent on the previous year but still only about 89 per cent of the level in the year ended March 2019, Stats NZ said on Monday.

Australia provided 1.39 million visitors, or about 41 per cent of the total, while arrivals from China rose 23 per cent to 318,000 and visitors from the United States edged up 2 per cent to 402,000.

In March alone, visitor arrivals rose 4 per cent to 296,400 compared with March 2025, Stats NZ said.

International visitor spending was $13.9 billion in the year to March, Tourism New Zealand said, while the Ministry of Business, Innovation and Employment estimated that visitors spent an average of $3,870 each, up from $3,520 a year earlier.

Tourism Minister Aroha Whitcombe said the Government's $35 million international marketing boost was "paying off", while the Regional Tourism Operators Network said 62 per cent of its members had reported weaker domestic bookings this autumn.

Queenstown Airport handled 2.6 million passengers in the year to March, the most on record. Hotel occupancy nationally averaged 74 per cent in March, compared with 71 per cent a year earlier, according to Stats NZ's accommodation data.
""", [
    F("3.41 million", 3.41e6, "#visitor arrival", "L", "up", "overseas visitor arrivals to New Zealand|visitor arrivals|arrivals",
      YM, "Stats NZ", unit_alt=["arrival", "visitor"]),
    F("9 per cent", 9, "%", "C", "up", "overseas visitor arrivals to New Zealand|visitor arrivals|arrivals", YM,
      "Stats NZ", ctx="up 9 per cent"),
    F("about 89 per cent", 89, "%", "R", None, "arrivals compared with the year ended March 2019|visitor arrivals|arrivals",
      YM, "Stats NZ", kind_alt=["share", "level"]),
    F("1.39 million", 1.39e6, "#visitor", "L", None, "visitors from Australia|Australia|visitors", YM, None,
      source_alt=["Stats NZ"]),
    F("about 41 per cent", 41, "%", "S", None, "Australia's share of visitor arrivals|Australia|visitors", YM, None,
      source_alt=["Stats NZ"]),
    F("23 per cent", 23, "%", "C", "up", "arrivals from China|arrivals", YM, None, source_alt=["Stats NZ"]),
    F("318,000", 318000, "#arrival", "L", "up", "arrivals from China|arrivals", YM, None, source_alt=["Stats NZ"],
      unit_alt=["visitor"]),
    F("2 per cent", 2, "%", "C", "up", "visitors from the United States|visitors", YM, None, ctx="up 2 per cent",
      source_alt=["Stats NZ"]),
    F("402,000", 402000, "#visitor", "L", "up", "visitors from the United States|visitors", YM, None,
      source_alt=["Stats NZ"]),
    F("4 per cent", 4, "%", "C", "up", "visitor arrivals in March|visitor arrivals|arrivals", "2026-03", "Stats NZ",
      ctx="rose 4 per cent"),
    F("296,400", 296400, "#visitor arrival", "L", "up", "visitor arrivals in March|visitor arrivals|arrivals",
      "2026-03", "Stats NZ", unit_alt=["arrival", "visitor"]),
    F("$13.9 billion", 13.9e9, NZD, "L", None, "international visitor spending|visitor spending|spending", YM,
      "Tourism New Zealand"),
    F("$3,870", 3870, NZD, "L", "up", "average spending per visitor|average|spending", YM,
      "Ministry of Business, Innovation and Employment", source_alt=["MBIE", "ministry"]),
    F("$3,520", 3520, NZD, "L", None, "average spending per visitor|average|spending", span12(2025, 3),
      "Ministry of Business, Innovation and Employment", source_alt=["MBIE", "ministry"]),
    F("$35 million", 35e6, NZD, "L", None, "international marketing boost|marketing boost|boost", None,
      "Aroha Whitcombe", source_alt=["Whitcombe", "Tourism Minister"]),
    F("62 per cent", 62, "%", "S", None, "network members reporting weaker domestic bookings|members",
      ("2026-03", "2026-05"), "Regional Tourism Operators Network", source_alt=["network"],
      period_alt=[None, DAY(P)]),
    F("2.6 million", 2.6e6, "#passenger", "L", None, "Queenstown Airport passengers|passengers", YM, None),
    F("74 per cent", 74, "%", "L", None, "national hotel occupancy|hotel occupancy|occupancy", "2026-03", "Stats NZ",
      kind_alt=["share"], direction_alt=["up"], source_alt=["accommodation data"]),
    F("71 per cent", 71, "%", "L", None, "national hotel occupancy|hotel occupancy|occupancy", "2025-03", "Stats NZ",
      kind_alt=["share"], source_alt=["accommodation data"]),
], ex=[])

# ---------------------------------------------------------------- 24 Philippine tourist arrivals (Philippine)
P = on("2026-07-25", "Saturday")
YTD = ("2026-01-01", "2026-07-20")
YTDM = ("2026-01", "2026-07")
DOT = ["Department of Tourism", "data"]
story("b57-24", P, """
Foreign tourist arrivals in the Philippines reached 3.58 million from January 1 to July 20, 4.6 percent lower than in the same period last year, Department of Tourism (DOT) data showed, putting the government's target of 6.9 million arrivals for 2026 at risk.

South Korea remained the top source market with 918,400 visitors, or about 26 percent of the total, followed by the United States with 612,700 and Japan with 327,900. Arrivals from China dropped 31 percent to 118,200.

Overseas Filipinos, who are counted separately, accounted for another 486,000 arrivals.

Tourism Undersecretary Marites Dela Paz said international visitor receipts were estimated at P322.6 billion in the first half, while the Federation of Philippine Tour Operators said bookings for the fourth quarter were running 15 percent below last year's level.

"We are recovering in the regions, but Manila is lagging," Dela Paz said.

Hotel occupancy in Metro Manila averaged 62 percent in June, compared with 68 percent a year earlier, the DOT said. Ninoy Aquino International Airport handled 4.1 million international passengers in the April-June quarter, according to the Manila International Airport Authority.
""", [
    F("3.58 million", 3.58e6, "#arrival", "L", "dn", "foreign tourist arrivals in the Philippines|tourist arrivals|arrivals",
      YTD, "DOT", source_alt=DOT, period_alt=[YTDM], unit_alt=["tourist"]),
    F("4.6 percent", 4.6, "%", "C", "dn", "foreign tourist arrivals in the Philippines|tourist arrivals|arrivals", YTD,
      "DOT", source_alt=DOT, period_alt=[YTDM]),
    F("6.9 million", 6.9e6, "#arrival", "L", None, "government's tourist arrivals target|target", Y(2026), None,
      source_alt=["DOT"]),
    F("918,400", 918400, "#visitor", "L", None, "visitors from South Korea|South Korea|visitors", YTD, None,
      source_alt=["DOT"], period_alt=[YTDM]),
    F("about 26 percent", 26, "%", "S", None, "South Korea's share of arrivals|South Korea|visitors", YTD, None,
      source_alt=["DOT"], period_alt=[YTDM]),
    F("612,700", 612700, "#visitor", "L", None, "visitors from the United States|United States|visitors", YTD, None,
      source_alt=["DOT"], period_alt=[YTDM]),
    F("327,900", 327900, "#visitor", "L", None, "visitors from Japan|Japan|visitors", YTD, None,
      source_alt=["DOT"], period_alt=[YTDM]),
    F("31 percent", 31, "%", "C", "dn", "arrivals from China|arrivals", YTD, None, source_alt=["DOT"],
      period_alt=[YTDM]),
    F("118,200", 118200, "#arrival", "L", "dn", "arrivals from China|arrivals", YTD, None, source_alt=["DOT"],
      period_alt=[YTDM]),
    F("486,000", 486000, "#arrival", "L", None, "arrivals of overseas Filipinos|overseas Filipinos|arrivals", YTD,
      None, source_alt=["DOT"], period_alt=[YTDM]),
    F("P322.6 billion", 322.6e9, "P", "L", None, "international visitor receipts|visitor receipts|receipts",
      ("2026-01", "2026-06"), "Marites Dela Paz", source_alt=["Dela Paz", "Tourism Undersecretary"]),
    F("15 percent", 15, "%", "C", "dn", "fourth-quarter tour bookings|bookings", Q(2026, 4),
      "Federation of Philippine Tour Operators", source_alt=["federation"], kind_alt=["level"]),
    F("62 percent", 62, "%", "L", "dn", "Metro Manila hotel occupancy|hotel occupancy|occupancy", "2026-06", "DOT",
      kind_alt=["share"], direction_alt=[None]),
    F("68 percent", 68, "%", "L", None, "Metro Manila hotel occupancy|hotel occupancy|occupancy", "2025-06", "DOT",
      kind_alt=["share"]),
    F("4.1 million", 4.1e6, "#passenger", "L", None, "NAIA international passengers|international passengers|passengers",
      Q(2026, 2), "Manila International Airport Authority"),
], ex=["first half", "fourth quarter", "April-June quarter"])

# ---------------------------------------------------------------- 25 NCC subscriber data (Nigerian)
P = on("2025-08-13", "Wednesday")
NCC = ["Nigerian Communications Commission", "data", "commission"]
story("b57-25", P, """
Active mobile subscriptions in Nigeria fell to 167.3 million in June from 170.9 million in May, data from the Nigerian Communications Commission (NCC) showed, as operators barred lines not linked to the National Identification Number.

Internet subscriptions declined by 1.8 per cent to 139.6 million, while broadband penetration rose to 48.2 per cent, from 47.9 per cent a month earlier, still short of the 60 per cent target the commission set for December 2026.

Teledensity dropped to 77.1 per cent. Market leader Kora Mobile had 86.4 million lines, or 51.6 per cent of the market, while Tiwa Telecom had 43.8 million, the data showed.

The commission said 4.2 million lines had been barred since January, while the Telecom Operators Forum of Nigeria said its members had lost about N38bn in revenue from the exercise.

Number porting requests rose to 31,480 in June, more than double the 14,900 recorded in the same month last year, the NCC said. Data usage climbed 7 per cent month on month to 1,012,400 terabytes.

Speaking in Abuja on Tuesday, the Executive Vice Chairman of the NCC, Dr Musa Adeyemi, said the commission received 2,340 complaints about poor service quality in the first half of the year, compared to 1,870 in the same period of 2024.
""", [
    F("167.3 million", 167.3e6, "#subscription", "L", "dn", "active mobile subscriptions in Nigeria|mobile subscriptions|subscriptions",
      "2025-06", "NCC", source_alt=NCC),
    F("170.9 million", 170.9e6, "#subscription", "L", None, "active mobile subscriptions in Nigeria|mobile subscriptions|subscriptions",
      "2025-05", "NCC", source_alt=NCC),
    F("1.8 per cent", 1.8, "%", "C", "dn", "internet subscriptions|subscriptions", "2025-06", None,
      source_alt=["NCC"]),
    F("139.6 million", 139.6e6, "#subscription", "L", "dn", "internet subscriptions|subscriptions", "2025-06", None,
      source_alt=["NCC"]),
    F("48.2 per cent", 48.2, "%", "L", "up", "broadband penetration|penetration", "2025-06", None,
      source_alt=["NCC"], kind_alt=["share", "ratio"]),
    F("47.9 per cent", 47.9, "%", "L", None, "broadband penetration|penetration", "2025-05", None,
      source_alt=["NCC"], kind_alt=["share", "ratio"]),
    F("60 per cent", 60, "%", "L", None, "broadband penetration target|target", (None, "2026-12"), None,
      source_alt=["commission", "NCC"], kind_alt=["share", "ratio"]),
    F("77.1 per cent", 77.1, "%", "L", "dn", "Nigeria's teledensity|teledensity", "2025-06", None,
      source_alt=["NCC"], kind_alt=["ratio"]),
    F("86.4 million", 86.4e6, "#line", "L", None, "Kora Mobile's lines|lines", "2025-06", "NCC", source_alt=NCC),
    F("51.6 per cent", 51.6, "%", "S", None, "Kora Mobile's market share|market|share", "2025-06", "NCC",
      source_alt=NCC),
    F("43.8 million", 43.8e6, "#line", "L", None, "Tiwa Telecom's lines|lines", "2025-06", "NCC", source_alt=NCC),
    F("4.2 million", 4.2e6, "#line", "L", None, "lines barred|lines", ("2025-01", "2025-08"), "commission",
      source_alt=["NCC"], period_alt=[("2025-01", P), ("2025-01", "2025-06")]),
    F("about N38bn", 38e9, "N", "L", None, "revenue lost by operators from the exercise|revenue", None,
      "Telecom Operators Forum of Nigeria", source_alt=["forum"],
      period_alt=[("2025-01", "2025-08"), ("2025-01", P)]),
    F("31,480", 31480, "#request", "L", "up", "number porting requests|porting requests|requests", "2025-06", "NCC"),
    X("more than double", 2, "R", None, "number porting requests compared with a year earlier|porting requests|requests",
      "2025-06", "NCC", direction_alt=["up"]),
    F("14,900", 14900, "#request", "L", None, "number porting requests|porting requests|requests", "2024-06", "NCC"),
    F("7 per cent", 7, "%", "C", "up", "mobile data usage|data usage|usage", "2025-06", None, ctx="climbed 7 per cent",
      source_alt=["NCC"]),
    F("1,012,400 terabytes", 1012400, "terabyte", "L", "up", "mobile data usage|data usage|usage", "2025-06", None,
      source_alt=["NCC"], unit_alt=["TB"]),
    F("2,340", 2340, "#complaint", "L", None, "complaints about poor service quality|complaints",
      ("2025-01", "2025-06"), "Musa Adeyemi", source_alt=["Adeyemi", "Executive Vice Chairman", "NCC"],
      direction_alt=["up"]),
    F("1,870", 1870, "#complaint", "L", None, "complaints about poor service quality|complaints",
      ("2024-01", "2024-06"), "Musa Adeyemi", source_alt=["Adeyemi", "Executive Vice Chairman", "NCC"]),
], ex=["first half"])

# ---------------------------------------------------------------- 26 Canadian telecom Q2 (Canadian)
P = on("2025-07-31", "Thursday")
Q2 = Q(2025, 2)
LCI = "Laurentide Communications Inc."
story("b57-26", P, """
Laurentide Communications Inc. added 61,400 net new postpaid mobile subscribers in the second quarter, down 38 per cent from a year earlier, as slower immigration and heavy promotions by rivals squeezed Canada's wireless market.

The Montreal-based carrier said on Thursday that postpaid churn rose to 1.21 per cent from 1.08 per cent, while average revenue per user fell 2.3 per cent to $57.40 a month.

Revenue was flat at $4.12 billion, and adjusted earnings per share came in at 94 cents, compared with analysts' average estimate of 97 cents, according to LSEG data.

The company ended June with 11.8 million mobile subscribers and 2.9 million internet customers, after adding 22,600 retail internet connections in the quarter.

Laurentide cut its forecast for full-year free cash flow to $2.1 billion to $2.25 billion from $2.4 billion to $2.6 billion and said it would eliminate about 1,100 jobs, or roughly 4 per cent of its workforce, by the end of the year.

Rival Boreal Telecom said last week it added 48,900 postpaid phone lines in the quarter, while the Canadian Radio-television and Telecommunications Commission said average mobile prices dropped 9.2 per cent in the 12 months to May.

Laurentide shares fell 6.4 per cent to $31.85 in Toronto.
""", [
    F("61,400", 61400, "#subscriber", "C", "up", "Laurentide's net new postpaid mobile subscribers|net new subscribers|subscribers",
      Q2, None, source_alt=[LCI, "Laurentide"], kind_alt=["level"]),
    F("38 per cent", 38, "%", "C", "dn", "Laurentide's net new postpaid mobile subscribers|net new subscribers|subscribers",
      Q2, None, source_alt=[LCI, "Laurentide"]),
    F("1.21 per cent", 1.21, "%", "L", "up", "Laurentide's postpaid churn|postpaid churn|churn", Q2, "carrier",
      source_alt=[LCI, "Laurentide"], kind_alt=["share"]),
    F("1.08 per cent", 1.08, "%", "L", None, "Laurentide's postpaid churn|postpaid churn|churn", Q(2024, 2), "carrier",
      source_alt=[LCI, "Laurentide"], kind_alt=["share"]),
    F("2.3 per cent", 2.3, "%", "C", "dn", "Laurentide's average revenue per user|revenue per user|user", Q2,
      "carrier", source_alt=[LCI, "Laurentide"]),
    F("$57.40", 57.40, CAD, "L", "dn", "Laurentide's average revenue per user|revenue per user|user", Q2, "carrier",
      source_alt=[LCI, "Laurentide"], unit_alt=["CAD per month"]),
    F("$4.12 billion", 4.12e9, CAD, "L", "unch", "Laurentide's revenue|revenue", Q2, None, direction_alt=[None]),
    CENTS("94 cents", 94, CAD, "L", None, "Laurentide's adjusted earnings per share|adjusted earnings|share", Q2, None,
          source_alt=["LSEG"]),
    CENTS("97 cents", 97, CAD, "L", None, "analysts' average estimate|estimate", Q2, "LSEG", source_alt=["analysts"]),
    F("11.8 million", 11.8e6, "#subscriber", "L", None, "Laurentide's mobile subscribers|mobile subscribers|subscribers",
      "2025-06", None, period_alt=[DAY("2025-06-30")]),
    F("2.9 million", 2.9e6, "#customer", "L", None, "Laurentide's internet customers|internet customers|customers",
      "2025-06", None, period_alt=[DAY("2025-06-30")]),
    F("22,600", 22600, "#connection", "C", "up", "Laurentide's retail internet connections|internet connections|connections",
      Q2, None, kind_alt=["level"]),
    F("$2.1 billion to $2.25 billion", 2.1e9, CAD, "L", "dn", "Laurentide's full-year free cash flow forecast|free cash flow|forecast",
      Y(2025), None, value_hi=2.25e9, source_alt=["Laurentide", LCI]),
    F("$2.4 billion to $2.6 billion", 2.4e9, CAD, "L", None, "Laurentide's full-year free cash flow forecast|free cash flow|forecast",
      Y(2025), None, value_hi=2.6e9, source_alt=["Laurentide", LCI]),
    F("about 1,100", 1100, "#job", "C", "dn", "Laurentide jobs|jobs", (None, "2025-12"), "Laurentide",
      source_alt=[LCI], period_alt=[(P, "2025-12"), Y(2025)]),
    F("roughly 4 per cent", 4, "%", "C", "dn", "Laurentide's workforce|workforce", (None, "2025-12"), "Laurentide",
      source_alt=[LCI], period_alt=[(P, "2025-12"), Y(2025)]),
    F("48,900", 48900, "#line", "C", "up", "Boreal Telecom's postpaid phone lines|phone lines|lines", Q2,
      "Boreal Telecom", kind_alt=["level"]),
    F("9.2 per cent", 9.2, "%", "C", "dn", "average mobile prices in Canada|mobile prices|prices", span12(2025, 5),
      "Canadian Radio-television and Telecommunications Commission", source_alt=["CRTC", "commission"]),
    F("6.4 per cent", 6.4, "%", "C", "dn", "Laurentide shares|shares", DAY(P), None),
    F("$31.85", 31.85, CAD, "L", "dn", "Laurentide shares|shares", DAY(P), None),
], ex=["second quarter", "in the quarter", "12 months"])

# ---------------------------------------------------------------- 27 Manila water concessionaire (Philippine)
P = on("2025-12-13", "Saturday")
FRI = last(P, "Friday")
PV = "Pasig Valley Water Corp."
RO = ["regulator", "MWSS Regulatory Office", "Metropolitan Waterworks and Sewerage System Regulatory Office"]
story("b57-27", P, """
The Metropolitan Waterworks and Sewerage System Regulatory Office (MWSS-RO) has approved a P4.12 per cubic meter increase in the basic charge of Pasig Valley Water Corp. starting January, raising the average monthly bill of a household that uses 20 cubic meters by about P96.

The regulator said on Saturday the adjustment was part of a five-year rate rebasing that would allow the concessionaire to spend P68.5 billion on pipes, treatment plants and sewerage from 2026 to 2030.

Non-revenue water, or water lost to leaks and illegal connections, fell to 27.8 percent in the first half of the year from 31.4 percent in the same period last year, the company said, while MWSS chief regulator Teodoro Salvacion said the target was 20 percent by 2030.

Pasig Valley serves about 1.46 million connections, or roughly 9.8 million people, in the east zone of Metro Manila and parts of Rizal province. It said 92 percent of its customers would have round-the-clock supply by June, up from 85 percent now.

The water level at Angat Dam stood at 201.3 meters on Friday, 4.6 meters lower than a week earlier, state weather bureau PAGASA said.

Consumer group Water for All Coalition said it was the third rate increase in 18 months and that bills in the east zone had risen 31 percent since 2023.
""", [
    F("P4.12", 4.12, "P", "C", "up", "Pasig Valley's basic water charge|basic charge|charge", "2026-01", None,
      source_alt=["MWSS-RO"] + RO, unit_alt=["PHP per cubic meter"], period_alt=[None]),
    F("about P96", 96, "P", "C", "up", "average monthly household water bill|monthly bill|bill", "2026-01", None,
      source_alt=["MWSS-RO"] + RO, period_alt=[None]),
    F("P68.5 billion", 68.5e9, "P", "L", None, "Pasig Valley's planned spending on pipes, plants and sewerage|spending",
      ("2026-01", "2030-12"), "regulator", source_alt=["MWSS-RO"] + RO),
    F("27.8 percent", 27.8, "%", "L", "dn", "Pasig Valley's non-revenue water|non-revenue water|water",
      ("2025-01", "2025-06"), "company", source_alt=[PV, "Pasig Valley"], kind_alt=["share"]),
    F("31.4 percent", 31.4, "%", "L", None, "Pasig Valley's non-revenue water|non-revenue water|water",
      ("2024-01", "2024-06"), "company", source_alt=[PV, "Pasig Valley"], kind_alt=["share"]),
    F("20 percent", 20, "%", "L", None, "non-revenue water target|target", (None, "2030-12"), "Teodoro Salvacion",
      source_alt=["Salvacion", "MWSS chief regulator"], kind_alt=["share"]),
    F("about 1.46 million", 1.46e6, "#connection", "L", None, "Pasig Valley's service connections|connections", None,
      None, source_alt=["Pasig Valley"], period_alt=[DAY(P)]),
    F("roughly 9.8 million", 9.8e6, "#person", "L", None, "people served by Pasig Valley|people", None, None,
      source_alt=["Pasig Valley"], period_alt=[DAY(P)], unit_alt=["people"]),
    F("92 percent", 92, "%", "S", "up", "customers with round-the-clock supply|customers|supply", (None, "2026-06"),
      "Pasig Valley", source_alt=["It", PV]),
    F("85 percent", 85, "%", "S", None, "customers with round-the-clock supply|customers|supply", DAY(P),
      "Pasig Valley", source_alt=["It", PV], period_alt=[None]),
    F("201.3 meters", 201.3, "m", "L", "dn", "Angat Dam water level|water level|level", DAY(FRI), "PAGASA",
      source_alt=["weather bureau"]),
    F("4.6 meters", 4.6, "m", "C", "dn", "Angat Dam water level|water level|level", DAY(FRI), "PAGASA",
      source_alt=["weather bureau"], period_alt=[(plus(FRI, -7), FRI)]),
    F("31 percent", 31, "%", "C", "up", "water bills in the east zone|bills", ("2023-01", "2025-12"),
      "Water for All Coalition", source_alt=["coalition"], period_alt=[("2023-01", P)]),
], ex=["uses 20 cubic meters", "five-year", "first half", "third rate increase in 18 months"])

# ---------------------------------------------------------------- 28 English universities' finances (British dates)
P = on("2026-05-21", "Thursday")
AY = FY(2025, 8, 2026, 7)
OFS = ["Office for Students", "regulator"]
story("b57-28", P, """
Almost half of England's universities expect to run a deficit in the year to July 2026, the Office for Students (OfS) said on Thursday, as recruitment of international students fell and staff costs rose.

The regulator's annual financial sustainability report found that 124 of the 268 providers it examined, or 46 per cent, forecast a deficit this year, up from 98 a year earlier.

Aggregate income for the sector is forecast to rise 2.1 per cent to £44.6 billion in 2025-26, while costs are expected to climb 4.3 per cent. Fee income from overseas students fell 8 per cent to £11.3 billion in the year to July 2025, the report said, the first fall in more than a decade.

The OfS said 41 institutions could run short of cash by the end of 2026-27 without further action, compared with 29 it identified last year.

Universities UK said its members had cut about 10,000 jobs since the start of 2025, while the University and College Union put the figure at 12,700.

Separately, Research England said it would distribute £2.31 billion in quality-related research funding in 2026-27, up 1.5 per cent in cash terms but down about 1 per cent after inflation.

"The sector is not in freefall, but many institutions are on a knife edge," OfS chief executive Philippa Crane said.
""", [
    FR("Almost half", 1, 2, "S", None, "English universities expecting a deficit|universities", AY, "OfS",
       source_alt=OFS),
    F("124", 124, "#provider", "L", None, "providers forecasting a deficit|providers", AY, "report",
      source_alt=["OfS"] + OFS, direction_alt=["up"]),
    F("268", 268, "#provider", "L", None, "providers examined|providers", None, "report", source_alt=["OfS"] + OFS,
      period_alt=[AY]),
    F("46 per cent", 46, "%", "S", None, "providers forecasting a deficit|providers", AY, "report",
      source_alt=["OfS"] + OFS),
    F("98", 98, "#provider", "L", None, "providers forecasting a deficit|providers", FY(2024, 8, 2025, 7), "report",
      source_alt=["OfS"] + OFS),
    F("2.1 per cent", 2.1, "%", "C", "up", "the sector's aggregate income|aggregate income|income", AY, None,
      source_alt=["OfS"]),
    F("£44.6 billion", 44.6e9, "£", "L", "up", "the sector's aggregate income|aggregate income|income", AY, None,
      source_alt=["OfS"]),
    F("4.3 per cent", 4.3, "%", "C", "up", "the sector's costs|costs", AY, None, source_alt=["OfS"]),
    F("8 per cent", 8, "%", "C", "dn", "fee income from overseas students|fee income|income", FY(2024, 8, 2025, 7),
      "report", source_alt=["OfS"]),
    F("£11.3 billion", 11.3e9, "£", "L", "dn", "fee income from overseas students|fee income|income",
      FY(2024, 8, 2025, 7), "report", source_alt=["OfS"]),
    F("41", 41, "#institution", "L", None, "institutions that could run short of cash|institutions",
      (None, "2027-07"), "OfS", source_alt=OFS, period_alt=[FY(2026, 8, 2027, 7)], direction_alt=["up"]),
    F("29", 29, "#institution", "L", None, "institutions that could run short of cash|institutions", None, "OfS",
      source_alt=OFS, period_alt=[Y(2025)]),
    F("about 10,000", 10000, "#job", "C", "dn", "jobs cut by universities|jobs", ("2025-01", "2026-05"),
      "Universities UK", period_alt=[("2025-01", P)], kind_alt=["level"]),
    F("12,700", 12700, "#job", "C", "dn", "jobs cut by universities|jobs", ("2025-01", "2026-05"),
      "University and College Union", source_alt=["union", "UCU"], period_alt=[("2025-01", P)],
      kind_alt=["level"]),
    F("£2.31 billion", 2.31e9, "£", "L", "up", "quality-related research funding|research funding|funding",
      FY(2026, 8, 2027, 7), "Research England", period_alt=[FY(2026, 4, 2027, 3)]),
    F("1.5 per cent", 1.5, "%", "C", "up", "quality-related research funding|research funding|funding",
      FY(2026, 8, 2027, 7), "Research England", period_alt=[FY(2026, 4, 2027, 3)]),
    F("about 1 per cent", 1, "%", "C", "dn", "quality-related research funding after inflation|research funding|funding",
      FY(2026, 8, 2027, 7), "Research England", period_alt=[FY(2026, 4, 2027, 3)]),
], ex=[])

# ---------------------------------------------------------------- 29 Marsden Fund round (New Zealand)
P = on("2025-11-07", "Friday")
Y25 = Y(2025)
RS = "Royal Society Te Apārangi"
story("b57-29", P, """
The Marsden Fund will award $71.2 million to 109 research projects this year, down from $82.5 million for 126 projects last year, as the Government steers the fund towards work with economic benefits, Royal Society Te Apārangi announced on Friday.

The success rate fell to 8.9 per cent from 10.6 per cent, with 1,224 proposals submitted. Funding for humanities and social sciences projects dropped to $9.8 million, or about 14 per cent of the total, from $17.1 million.

Some 27 Fast-Start grants for early-career researchers are each worth $360,000, while standard grants average about $940,000.

The University of Auckland secured 31 grants worth $20.6 million, the most of any institution, while Victoria University of Wellington won 14 and the University of Otago 17.

Science, Innovation and Technology Minister Reuben Haddock said the reshaped fund would deliver "more science that pays its way", while the Tertiary Education Union said 63 per cent of academics it surveyed in September felt research funding was harder to win than five years ago.

The fund's budget is set to rise to $80 million in 2027, Haddock said.
""", [
    F("$71.2 million", 71.2e6, NZD, "L", "dn", "Marsden Fund awards|Marsden Fund|awards", Y25, RS,
      source_alt=["Royal Society"]),
    F("109", 109, "#project", "L", "dn", "Marsden-funded research projects|research projects|projects", Y25, RS,
      source_alt=["Royal Society"]),
    F("$82.5 million", 82.5e6, NZD, "L", None, "Marsden Fund awards|Marsden Fund|awards", Y(2024), RS,
      source_alt=["Royal Society"]),
    F("126", 126, "#project", "L", None, "Marsden-funded research projects|research projects|projects", Y(2024), RS,
      source_alt=["Royal Society"]),
    F("8.9 per cent", 8.9, "%", "L", "dn", "Marsden Fund success rate|success rate|rate", Y25, None,
      source_alt=[RS], kind_alt=["share"]),
    F("10.6 per cent", 10.6, "%", "L", None, "Marsden Fund success rate|success rate|rate", Y(2024), None,
      source_alt=[RS], kind_alt=["share"]),
    F("1,224", 1224, "#proposal", "L", None, "proposals submitted|proposals", Y25, None, source_alt=[RS]),
    F("$9.8 million", 9.8e6, NZD, "L", "dn", "funding for humanities and social sciences projects|funding", Y25, None,
      source_alt=[RS]),
    F("about 14 per cent", 14, "%", "S", None, "humanities and social sciences share of funding|funding", Y25, None,
      source_alt=[RS]),
    F("$17.1 million", 17.1e6, NZD, "L", None, "funding for humanities and social sciences projects|funding",
      Y(2024), None, source_alt=[RS]),
    F("Some 27", 27, "#grant", "L", None, "Fast-Start grants|grants", Y25, None, source_alt=[RS]),
    F("$360,000", 360000, NZD, "L", None, "value of each Fast-Start grant|Fast-Start grant|grant", Y25, None,
      source_alt=[RS], period_alt=[None]),
    F("about $940,000", 940000, NZD, "L", None, "average standard grant|standard grants|grant", Y25, None,
      source_alt=[RS], period_alt=[None]),
    F("31", 31, "#grant", "L", None, "University of Auckland grants|grants", Y25, None),
    F("$20.6 million", 20.6e6, NZD, "L", None, "University of Auckland grants|grants", Y25, None),
    F("14", 14, "#grant", "L", None, "Victoria University of Wellington grants|grants", Y25, None, ctx="won 14"),
    F("17", 17, "#grant", "L", None, "University of Otago grants|grants", Y25, None, ctx="Otago 17"),
    F("63 per cent", 63, "%", "S", None, "academics finding research funding harder to win|academics", "2025-09",
      "Tertiary Education Union", source_alt=["union"]),
    F("$80 million", 80e6, NZD, "L", "up", "Marsden Fund budget|budget", Y(2027), "Reuben Haddock",
      source_alt=["Haddock", "Minister"]),
], ex=["five years ago"])

# ---------------------------------------------------------------- 30 TSB aviation statistics (Canadian)
P = on("2026-03-23", "Monday")
Y25 = Y(2025)
Y24 = Y(2024)
TSB = "Transportation Safety Board of Canada"
story("b57-30", P, """
Canadian-registered aircraft were involved in 186 accidents in 2025, down 7 per cent from 200 the previous year and 12 per cent below the 10-year average of 211, the Transportation Safety Board of Canada said on Monday.

Fatal accidents fell to 21 from 29, and the number of people killed dropped to 38 from 52, according to the board's annual statistical summary. Most involved private aeroplanes and helicopters, and commercial airliners had no fatal accidents for a fourth straight year.

The report found that runway incursions rose 11 per cent to 648, and about one in five involved a vehicle or a pedestrian rather than an aircraft. Toronto Pearson recorded 94 incursions, the most of any airport.

Reported occurrences, which include incidents that did not lead to an accident, totalled 3,912, compared with 3,770 in 2024.

Board chair Hélène Tardif said 14 of the board's aviation recommendations remained outstanding, some for more than 20 years, while the union representing air traffic controllers said staffing shortages had forced 310 temporary airspace restrictions last year.
""", [
    F("186", 186, "#accident", "L", "dn", "accidents involving Canadian-registered aircraft|accidents", Y25, TSB,
      source_alt=["board", "TSB"]),
    F("7 per cent", 7, "%", "C", "dn", "accidents involving Canadian-registered aircraft|accidents", Y25, TSB,
      source_alt=["board", "TSB"]),
    F("200", 200, "#accident", "L", None, "accidents involving Canadian-registered aircraft|accidents", Y24, TSB,
      source_alt=["board", "TSB"]),
    F("12 per cent", 12, "%", "C", "dn", "accidents compared with the 10-year average|accidents", Y25, TSB,
      source_alt=["board", "TSB"], kind_alt=["level"]),
    F("211", 211, "#accident", "L", None, "10-year average of accidents|average|accidents", ("2015-01", "2024-12"),
      TSB, source_alt=["board", "TSB"], period_alt=[None, ("2016-01", "2025-12")]),
    F("21", 21, "#fatal accident", "L", "dn", "fatal accidents|accidents", Y25, "board", source_alt=[TSB, "summary"],
      ctx="fell to 21",
      unit_alt=["accident"]),
    F("29", 29, "#fatal accident", "L", None, "fatal accidents|accidents", Y24, "board", source_alt=[TSB, "summary"],
      unit_alt=["accident"]),
    F("38", 38, "#person", "L", "dn", "people killed in aviation accidents|people killed|people", Y25, "board",
      source_alt=[TSB, "summary"], unit_alt=["people", "death"]),
    F("52", 52, "#person", "L", None, "people killed in aviation accidents|people killed|people", Y24, "board",
      source_alt=[TSB, "summary"], unit_alt=["people", "death"]),
    F("11 per cent", 11, "%", "C", "up", "runway incursions|incursions", Y25, "report", source_alt=["board", TSB]),
    F("648", 648, "#incursion", "L", "up", "runway incursions|incursions", Y25, "report", source_alt=["board", TSB],
      unit_alt=["runway incursion"]),
    FR("about one in five", 1, 5, "S", None, "incursions involving a vehicle or pedestrian|incursions", Y25, "report",
       source_alt=["board", TSB]),
    F("94", 94, "#incursion", "L", None, "runway incursions at Toronto Pearson|incursions", Y25, None,
      source_alt=["report", TSB], unit_alt=["runway incursion"]),
    F("3,912", 3912, "#occurrence", "L", None, "reported aviation occurrences|occurrences", Y25, None,
      source_alt=[TSB], direction_alt=["up"]),
    F("3,770", 3770, "#occurrence", "L", None, "reported aviation occurrences|occurrences", Y24, None,
      source_alt=[TSB]),
    F("14", 14, "#recommendation", "L", None, "outstanding aviation recommendations|recommendations", None,
      "Hélène Tardif", source_alt=["Tardif", "Board chair"], period_alt=[DAY(P)]),
    F("more than 20 years", 20, "yr", "L", None, "time some recommendations have been outstanding|recommendations",
      None, "Hélène Tardif", source_alt=["Tardif", "Board chair"]),
    F("310", 310, "#restriction", "L", None, "temporary airspace restrictions|restrictions", Y25, "union",
      source_alt=["union representing air traffic controllers"], unit_alt=["airspace restriction"]),
], ex=["10-year"])
