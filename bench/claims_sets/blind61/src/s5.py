"""blind61 s5: a Q&A explainer, a timeline, a correction, Indian GST so far this fiscal year, a fuel price change
from Wednesday, a Gulf budget, Argentine inflation and poverty, Mexican remittances, a minimum wage review,
a Canadian pension fund's year to March (b61-41..b61-50)."""
from common import *

# ---------------------------------------------------------------- 41 A Q&A explainer: the triple lock, earnings in the three months to July, rates from April
P = on("2025-09-17", "Wednesday")
APR = ("2026-04", None)
APRALT = [FY(2026, 4, 2027, 3), M(2026, 4)]
story("b61-41", P, """
Q&A: How much will the state pension rise next April?

LONDON, 17 September — Official figures published on Tuesday all but settled next year's increase in the state pension. Here is what the numbers mean.

What is the triple lock?

Introduced in 2010, it guarantees that the state pension rises each April by the highest of three measures: growth in average earnings, inflation, or 2.5 per cent.

Which measure applies this time?

Average weekly earnings, including bonuses, grew 4.8 per cent in the three months to July compared with a year earlier, the Office for National Statistics said on Tuesday. That is the figure the Government uses. September's inflation rate, due next month, is expected to be about 3.8 per cent, so earnings will win.

So how much will pensioners get?

The full new state pension, paid to people who reached pension age after April 2016, will rise to £241.30 a week from £230.25, or about £12,548 a year. The older basic state pension will go up to £184.90 a week.

What does it cost?

Each percentage point on the increase adds roughly £1.4 billion a year to spending, according to the Institute for Fiscal Studies. The state pension already costs about £146 billion a year, the biggest single item of welfare spending.

Will more pensioners pay income tax?

Yes. The full new state pension will be only about £22 a year below the personal allowance of £12,570, which has been frozen since 2021 and will stay frozen until 2028. Pensioners with even a small private pension will pay tax.

Could the triple lock be scrapped?

Both main parties promised to keep it for the current parliament. But economists say the cost is hard to justify as the population ages, and some have suggested linking increases to earnings alone.
""", [
    F("2.5 per cent", 2.5, "%", "L", None, "triple lock minimum increase|triple lock|increase", None, None,
      kind_alt=["change"]),
    F("4.8 per cent", 4.8, "%", "C", "up", "UK average weekly earnings including bonuses|average weekly earnings|"
      "earnings", MM(2025, 5, 2025, 7), "Office for National Statistics", source_alt=["ONS"]),
    F("about 3.8 per cent", 3.8, "%", "L", None, "UK inflation rate|inflation|inflation rate", M(2025, 9), None,
      kind_alt=["change"]),
    F("£241.30", 241.30, "£", "L", "up", "full new state pension|new state pension|state pension", APR, None,
      unit_alt=["GBP per week"], period_alt=APRALT),
    F("£230.25", 230.25, "£", "L", None, "full new state pension|new state pension|state pension",
      FY(2025, 4, 2026, 3), None, unit_alt=["GBP per week"], period_alt=[DAY(P), None]),
    F("about £12,548", 12548, "£", "L", "up", "full new state pension|new state pension|state pension", APR, None,
      unit_alt=["GBP per year"], period_alt=APRALT),
    F("£184.90", 184.90, "£", "L", "up", "basic state pension|state pension", APR, None, unit_alt=["GBP per week"],
      period_alt=APRALT),
    F("roughly £1.4 billion", 1.4e9, "£", "C", "up", "UK state pension spending|spending", None,
      "Institute for Fiscal Studies", source_alt=["IFS"], unit_alt=["GBP per year"], kind_alt=["level"]),
    F("about £146 billion", 146e9, "£", "L", None, "UK state pension cost|state pension|cost", FY(2025, 4, 2026, 3),
      None, unit_alt=["GBP per year"], period_alt=[None, DAY(P)]),
    F("about £22", 22, "£", "L", None, "gap between the full new state pension and the personal allowance|gap|"
      "state pension", APR, None, unit_alt=["GBP per year"], period_alt=APRALT),
    F("£12,570", 12570, "£", "L", "unch", "UK personal allowance|personal allowance", ("2021-04", "2028-04"), None,
      direction_alt=[None], period_alt=[None, DAY(P), ("2021-04", "2028-03")]),
], ex=["three measures", "three months to July", "17 September", "triple lock"])

# ---------------------------------------------------------------- 42 A timeline with dated entries
P = on("2026-05-04", "Monday")
story("b61-42", P, """
TIMELINE-The rise and fall of Irish budget airline SkyBridge

May 4 (Wire) - SkyBridge Airways, the Irish low-cost carrier, entered administration on Monday after failing to secure new funding, grounding its fleet and leaving tens of thousands of passengers to find other ways home. Administrators said all flights had been cancelled and that customers who had booked directly with the airline should claim refunds from their card issuers.

Here are key events in the airline's history:

2014 - Founded in Shannon by former pilots Declan Ryan and Niamh Costello with two leased Boeing 737s, flying to Spain and Portugal.

2017 - Carries 1 million passengers in a year for the first time.

March 2019 - Lists on Euronext Dublin at 4.20 euros a share, raising 180 million euros to fund new aircraft and bases in Cork and Bristol.

2020 - Grounds its fleet during the pandemic and receives 150 million euros in state-backed loans.

July 2023 - Reports a record profit of 62 million euros for the year to March; fleet reaches 48 aircraft.

Nov. 12, 2024 - Issues a profit warning, citing engine problems that have grounded 9 aircraft. Shares fall 38% in a day.

Jan. 27, 2026 - Says it needs 250 million euros of new funding to survive the winter and pay lessors.

April 30, 2026 - Talks with a Gulf investor collapse. Shares are suspended at 14 cents.

May 4, 2026 - Enters administration with debts of about 1.1 billion euros. About 31,000 passengers are abroad, the Irish aviation regulator says.

"It is a sad day for Irish aviation," Transport Minister Brendan O'Keeffe said in a statement. "Our priority is getting passengers home."
""", [
    F("two", 2, "#aircraft", "L", None, "SkyBridge Airways' founding fleet|Boeing 737s|fleet", Y(2014), None,
      ctx="with two leased"),
    F("1 million", 1e6, "#passenger", "L", None, "SkyBridge Airways' annual passengers|passengers", Y(2017), None),
    F("4.20 euros", 4.20, "€", "L", None, "SkyBridge Airways' listing price|share|listing", M(2019, 3), None,
      unit_alt=["EUR per share"]),
    F("180 million euros", 180e6, "€", "L", None, "SkyBridge Airways' listing proceeds|listing|raising",
      M(2019, 3), None),
    F("150 million euros", 150e6, "€", "L", None, "SkyBridge Airways' state-backed loans|state-backed loans|loans",
      Y(2020), None),
    F("62 million euros", 62e6, "€", "L", "up", "SkyBridge Airways' annual profit|profit", FY(2022, 4, 2023, 3),
      None, source_alt=["SkyBridge Airways"], period_alt=[M(2023, 7)], direction_alt=[None]),
    F("48", 48, "#aircraft", "L", "up", "SkyBridge Airways' fleet|fleet", M(2023, 7), None, period_alt=[Y(2023)]),
    F("9", 9, "#aircraft", "L", None, "SkyBridge Airways' grounded aircraft|grounded aircraft|aircraft",
      DAY("2024-11-12"), None, ctx="grounded 9", source_alt=["SkyBridge Airways"], period_alt=[M(2024, 11)]),
    F("38%", 38, "%", "C", "dn", "SkyBridge Airways shares|shares", DAY("2024-11-12"), None),
    F("250 million euros", 250e6, "€", "L", None, "SkyBridge Airways' funding need|new funding|funding",
      DAY("2026-01-27"), "SkyBridge Airways", period_alt=[None]),
    CENTS("14 cents", 14, "€", "L", "dn", "SkyBridge Airways shares|shares", DAY("2026-04-30"), None,
          unit_alt=["EUR per share"], direction_alt=[None]),
    F("about 1.1 billion euros", 1.1e9, "€", "L", None, "SkyBridge Airways' debts|debts", DAY(P), None,
      ctx="about 1.1 billion euros"),
    F("About 31,000", 31000, "#passenger", "L", None, "SkyBridge Airways passengers abroad|passengers", DAY(P),
      "Irish aviation regulator", source_alt=["regulator"]),
], ex=["May 4", "tens of thousands", "Nov. 12", "Jan. 27", "April 30", "737s"])

# ---------------------------------------------------------------- 43 A city budget for a fiscal year from July 1, with a correction appended
P = on("2026-06-12", "Friday")
FY27 = FY(2026, 7, 2027, 6)
story("b61-43", P, """
Fairhaven council approves $412 million budget with more police, higher water rates

FAIRHAVEN, Ohio, June 12 (Wire) - Fairhaven's city council on Thursday approved a $412 million budget for the fiscal year that begins on July 1, a 3.8% increase from the current year, adding police officers and raising water and sewer rates to pay for overdue repairs.

The council voted seven to two to adopt the spending plan proposed by Mayor Janet Kowalski, after a four-hour meeting at which dozens of residents spoke, most of them against the rate increases.

The budget funds 24 additional police officers, bringing the force to 312, and gives officers a 4% raise under a contract agreed in May. Water and sewer bills for a typical household will rise by about $9 a month.

"We heard residents loud and clear on public safety, and we are delivering," Kowalski said after the vote. "The water system is 80 years old in places. We cannot keep putting off the work."

Council member Derrick Hale, who voted against the plan, said the city should have drawn on its reserves rather than raise rates. The city's rainy-day fund stands at $38.5 million, equal to about 9% of general spending.

Property tax rates are unchanged. The city expects income tax receipts, its biggest source of revenue, to grow about 2.5% next year as wage growth slows.

The budget also sets aside money for a new fire station on the city's east side and for repaving about 40 miles of streets.

CORRECTION: An earlier version of this story misstated the size of the city's rainy-day fund. It is $38.5 million, not $385 million.
""", [
    F("$412 million", 412e6, "$", "L", "up", "Fairhaven city budget|budget", FY27, None, ctx="a $412 million budget",
      source_alt=["city council", "council"]),
    F("$412 million", 412e6, "$", "L", "up", "Fairhaven city budget|budget", FY27, None,
      ctx="approves $412 million", source_alt=["city council", "council"]),
    F("3.8%", 3.8, "%", "C", "up", "Fairhaven city budget|budget", FY27, None, source_alt=["city council"]),
    F("seven", 7, "#vote", "L", None, "Fairhaven council votes for the budget|votes|council", DAY(last(P, "Thursday")),
      None, ctx="voted seven"),
    F("two", 2, "#vote", "L", None, "Fairhaven council votes against the budget|votes|council",
      DAY(last(P, "Thursday")), None, ctx="to two to adopt"),
    F("24", 24, "#officer", "L", "up", "additional Fairhaven police officers|police officers|officers", FY27, None,
      kind_alt=["change"]),
    F("312", 312, "#officer", "L", "up", "Fairhaven police force|force", FY27, None, direction_alt=[None]),
    F("4%", 4, "%", "C", "up", "Fairhaven police officers' pay|raise|officers", FY27, None, ctx="a 4% raise",
      period_alt=[None]),
    F("about $9", 9, "$", "C", "up", "water and sewer bills for a typical Fairhaven household|bills", FY27, None,
      unit_alt=["USD per month"]),
    F("80 years", 80, "yr", "L", None, "age of Fairhaven's water system|water system", DAY(P), "Kowalski",
      source_alt=["Janet Kowalski", "Mayor"], period_alt=[None]),
    F("$38.5 million", 38.5e6, "$", "L", None, "Fairhaven rainy-day fund|rainy-day fund|fund", DAY(P), None,
      ctx="stands at $38.5 million", period_alt=[None]),
    F("about 9%", 9, "%", "S", None, "Fairhaven rainy-day fund as a share of general spending|rainy-day fund|"
      "general spending", DAY(P), None, kind_alt=["ratio"], period_alt=[None]),
    F("about 2.5%", 2.5, "%", "C", "up", "Fairhaven income tax receipts|income tax receipts|receipts", FY27, "city"),
    F("about 40 miles", 40, "mile", "L", None, "Fairhaven streets to be repaved|streets", FY27, None,
      period_alt=[None]),
    F("$38.5 million", 38.5e6, "$", "L", None, "Fairhaven rainy-day fund|rainy-day fund|fund", DAY(P), None,
      ctx="It is $38.5 million", period_alt=[None]),
    F("$385 million", 385e6, "$", "L", None, "Fairhaven rainy-day fund (misstated)|rainy-day fund|fund", DAY(P),
      None, period_alt=[None]),
], ex=["four-hour", "June 12", "July 1"])

# ---------------------------------------------------------------- 44 Indian GST for October and so far this financial year
P = on("2025-11-01", "Saturday")
OCT = M(2025, 10)
FYTD = MM(2025, 4, 2025, 10)
GD = ["government data", "data"]
story("b61-44", P, """
GST collections rise 4.6% to Rs 1.96 lakh crore in October

New Delhi, November 1: Gross goods and services tax (GST) collections rose 4.6 per cent to Rs 1.96 lakh crore in October from a year earlier, government data showed on Saturday, as festive demand offset the impact of September's rate cuts on hundreds of items.

Net collections, after refunds of Rs 26,934 crore, were Rs 1.69 lakh crore, up 0.6 per cent.

Revenue from domestic transactions grew 2 per cent, while GST on imports jumped 12.8 per cent, reflecting higher gold and electronics imports ahead of Diwali.

So far this financial year, gross collections have totalled Rs 13.89 lakh crore, up 9 per cent on the same period of 2024-25.

The GST Council in September cut rates on about 375 items and reduced the main slabs to two, 5 per cent and 18 per cent, from four, in the biggest overhaul of the indirect tax since its launch in 2017. The changes took effect on September 22.

"The rate cuts have clearly boosted consumption. The revenue loss is smaller than feared," said Anita Desai, a partner at tax consultancy Desai & Mehta. "We expect collections to pick up further in November and December as lower prices feed through."

Officials have estimated the annual revenue cost of the rate changes at about Rs 48,000 crore, which the Centre expects to recover through higher volumes.

Collections from states such as Maharashtra and Tamil Nadu rose, while some states dependent on manufacturing of items that now attract lower rates reported declines.
""", [
    F("4.6%", 4.6, "%", "C", "up", "India's gross GST collections|GST collections|collections", OCT, None,
      source_alt=GD),
    F("Rs 1.96 lakh crore", 1.96e12, "Rs", "L", "up", "India's gross GST collections|GST collections|"
      "collections", OCT, None, ctx="4.6% to Rs 1.96 lakh crore", source_alt=GD, value_alt=[1.96],
      unit_alt=["INR lakh crore"]),
    F("4.6 per cent", 4.6, "%", "C", "up", "India's gross GST collections|GST collections|collections", OCT,
      "government data", source_alt=["data"]),
    F("Rs 1.96 lakh crore", 1.96e12, "Rs", "L", "up", "India's gross GST collections|GST collections|"
      "collections", OCT, "government data", ctx="per cent to Rs 1.96 lakh crore", source_alt=["data"],
      value_alt=[1.96], unit_alt=["INR lakh crore"]),
    F("Rs 26,934 crore", 26934e7, "Rs", "L", None, "Indian GST refunds|refunds", OCT, None, source_alt=GD,
      value_alt=[26934], unit_alt=["INR crore"]),
    F("Rs 1.69 lakh crore", 1.69e12, "Rs", "L", "up", "India's net GST collections|net collections|collections",
      OCT, None, source_alt=GD, value_alt=[1.69], unit_alt=["INR lakh crore"]),
    F("0.6 per cent", 0.6, "%", "C", "up", "India's net GST collections|net collections|collections", OCT, None,
      source_alt=GD),
    F("2 per cent", 2, "%", "C", "up", "GST revenue from domestic transactions|domestic transactions|revenue",
      OCT, None, ctx="grew 2 per cent", source_alt=GD),
    F("12.8 per cent", 12.8, "%", "C", "up", "GST on imports|imports", OCT, None, source_alt=GD),
    F("Rs 13.89 lakh crore", 13.89e12, "Rs", "L", "up", "India's gross GST collections|gross collections|"
      "collections", FYTD, None, source_alt=GD, value_alt=[13.89], unit_alt=["INR lakh crore"]),
    F("9 per cent", 9, "%", "C", "up", "India's gross GST collections|gross collections|collections", FYTD, None,
      source_alt=GD),
    F("about 375", 375, "#item", "L", None, "items with lower GST rates|items", M(2025, 9), None,
      source_alt=["GST Council"]),
    F("two", 2, "#slab", "L", "dn", "main GST slabs|slabs", ("2025-09-22", None), None, ctx="slabs to two",
      source_alt=["GST Council"], period_alt=[M(2025, 9)]),
    F("5 per cent", 5, "%", "L", None, "lower main GST slab|slabs|GST", ("2025-09-22", None), None,
      source_alt=["GST Council"], period_alt=[None, M(2025, 9)]),
    F("18 per cent", 18, "%", "L", None, "higher main GST slab|slabs|GST", ("2025-09-22", None), None,
      source_alt=["GST Council"], period_alt=[None, M(2025, 9)]),
    F("four", 4, "#slab", "L", None, "main GST slabs|slabs", (None, "2025-09-21"), None, ctx="from four",
      source_alt=["GST Council"], period_alt=[None]),
    F("about Rs 48,000 crore", 48000e7, "Rs", "L", None, "annual revenue cost of the GST rate changes|"
      "revenue cost|rate changes", None, "Officials", value_alt=[48000], unit_alt=["INR crore"],
      kind_alt=["change"], period_alt=[FY(2025, 4, 2026, 3)]),
], ex=["November 1", "September 22"])

# ---------------------------------------------------------------- 45 A fuel price change from Wednesday, a review period, a levy
P = on("2026-03-30", "Monday")
WED = nxt(P, "Wednesday")
FROM = (WED, None)
FROMALT = [DAY(WED), M(2026, 4)]
DMPR = ["Department of Mineral and Petroleum Resources", "department"]
RP = ("2026-02-27", "2026-03-26")
story("b61-45", P, """
Petrol price to rise by up to 74 cents a litre on Wednesday

JOHANNESBURG, 30 March — Motorists will pay up to 74 cents a litre more for petrol from Wednesday, the Department of Mineral and Petroleum Resources said on Monday, as higher international oil prices and a weaker rand pushed up the cost of imported fuel.

The price of 95-octane petrol in Gauteng will rise to R22.41 a litre, the highest since October 2023. The wholesale price of diesel will increase by between 38 and 41 cents a litre, while illuminating paraffin will rise by 29 cents.

The department said the average Brent crude price rose to $74.20 a barrel during the review period from 27 February to 26 March, from $69.90 in the previous period, while the rand weakened on average to R18.32 to the dollar from R17.96.

The general fuel levy, R4.01 a litre, was left unchanged in February's Budget after the finance minister decided against an inflation-linked increase.

"The increase will add to pressure on consumers already facing higher electricity tariffs from April," said Thabo Nkosi, an economist at Jacaranda Securities. He estimated that the fuel price rise would add about 0.2 percentage points to annual consumer inflation in April.

Taxi associations warned that fares could rise, while the Road Freight Association said transport costs would feed through to food prices within weeks.

The Automobile Association said the government should review the way fuel prices are set, including the slate levy and the costs of storage and distribution, which together make up a growing share of what motorists pay at the pump.
""", [
    CENTS("up to 74 cents", 74, "R", "C", "up", "South African petrol price|petrol price|price", FROM, None,
          ctx="by up to 74 cents", source_alt=DMPR, unit_alt=["ZAR per litre"], period_alt=FROMALT),
    CENTS("up to 74 cents", 74, "R", "C", "up", "South African petrol price|petrol|price", FROM,
          "Department of Mineral and Petroleum Resources", ctx="pay up to 74 cents", source_alt=["department"],
          unit_alt=["ZAR per litre"], period_alt=FROMALT),
    F("R22.41", 22.41, "R", "L", "up", "price of 95-octane petrol in Gauteng|petrol|price", FROM, None,
      source_alt=DMPR, unit_alt=["ZAR per litre"], period_alt=FROMALT),
    RNG("between 38 and 41 cents", 0.38, 0.41, "R", "C", "up", "South African wholesale diesel price|diesel|price",
        FROM, None, source_alt=DMPR, value_alt=[38], unit_alt=["cent", "ZAR per litre"], period_alt=FROMALT),
    CENTS("29 cents", 29, "R", "C", "up", "South African illuminating paraffin price|illuminating paraffin|price",
          FROM, None, source_alt=DMPR, unit_alt=["ZAR per litre"], period_alt=FROMALT),
    F("$74.20", 74.20, "$", "L", "up", "average Brent crude price|Brent crude|price", RP, "department",
      source_alt=DMPR[:1], unit_alt=["USD per barrel"]),
    F("$69.90", 69.90, "$", "L", None, "average Brent crude price|Brent crude|price", ("2026-01-30", "2026-02-26"),
      "department", source_alt=DMPR[:1], unit_alt=["USD per barrel"], period_alt=[M(2026, 2)]),
    F("R18.32", 18.32, "R", "L", "dn", "South African rand|rand", RP, "department", source_alt=DMPR[:1],
      unit_alt=["ZAR per USD"], direction_alt=["up"]),
    F("R17.96", 17.96, "R", "L", None, "South African rand|rand", ("2026-01-30", "2026-02-26"), "department",
      source_alt=DMPR[:1], unit_alt=["ZAR per USD"], period_alt=[M(2026, 2)]),
    F("R4.01", 4.01, "R", "L", "unch", "South African general fuel levy|general fuel levy|levy",
      FY(2026, 4, 2027, 3), None, unit_alt=["ZAR per litre"], direction_alt=[None], period_alt=[None, DAY(P)]),
    F("about 0.2 percentage points", 0.2, "pp", "C", "up", "South African annual consumer inflation|"
      "consumer inflation|inflation", M(2026, 4), "Thabo Nkosi", source_alt=["Nkosi", "He", "Jacaranda Securities"],
      kind_alt=["level"]),
], ex=["95-octane", "30 March", "27 February", "26 March"])

# ---------------------------------------------------------------- 46 A Gulf budget for the calendar year 2026, this year's estimate, debt by the end of 2026
P = on("2025-12-02", "Tuesday")
FM = ["finance ministry", "ministry"]
story("b61-46", P, """
Saudi Arabia plans SR165 billion deficit for 2026 as oil income falls

RIYADH, Dec 2 (Wire) - Saudi Arabia expects a budget deficit of SR165 billion ($44 billion) in 2026, equal to 3.3% of gross domestic product, the finance ministry said on Tuesday after the cabinet approved next year's budget.

Spending is projected at SR1.31 trillion and revenue at SR1.15 trillion. The ministry estimated this year's deficit at SR245 billion, or 5.3% of GDP, far wider than the SR101 billion initially budgeted, as lower oil prices and production cut revenue.

Public debt is expected to rise to SR1.62 trillion by the end of 2026, about 33% of GDP, still low by international standards.

The ministry forecast real GDP growth of 4.6% next year, helped by the unwinding of OPEC+ output cuts, after 4.4% this year.

"The government is prioritising projects with the highest economic returns while protecting social spending," the finance minister said in a televised statement. Some giga-projects have been scaled back or delayed in recent months as the kingdom reassesses its spending priorities.

Analysts at Najd Capital estimated that the budget assumes an average oil price of about $70 a barrel. Brent crude has averaged around $68 this year.

The kingdom has turned increasingly to debt markets to cover its deficits and has become one of the biggest borrowers among emerging-market governments. The finance ministry said it would continue to diversify its funding sources, including through private credit and project finance, and that borrowing needs for next year would be met mainly through domestic and international bond issuance.
""", [
    F("SR165 billion", 165e9, "SAR", "L", None, "Saudi budget deficit|deficit", Y(2026), "finance ministry",
      ctx="deficit of SR165 billion", source_alt=["ministry"]),
    F("SR165 billion", 165e9, "SAR", "L", None, "Saudi budget deficit|deficit", Y(2026), None,
      ctx="plans SR165 billion", source_alt=FM),
    F("$44 billion", 44e9, "$", "L", None, "Saudi budget deficit|deficit", Y(2026), "finance ministry",
      source_alt=["ministry"]),
    F("3.3%", 3.3, "%", "S", None, "Saudi budget deficit|deficit", Y(2026), "finance ministry",
      source_alt=["ministry"], kind_alt=["ratio", "level"]),
    F("SR1.31 trillion", 1.31e12, "SAR", "L", None, "Saudi government spending|spending", Y(2026), None,
      source_alt=FM),
    F("SR1.15 trillion", 1.15e12, "SAR", "L", None, "Saudi government revenue|revenue", Y(2026), None,
      source_alt=FM),
    F("SR245 billion", 245e9, "SAR", "L", None, "Saudi budget deficit|deficit", Y(2025), "ministry",
      source_alt=["finance ministry"]),
    F("5.3%", 5.3, "%", "S", None, "Saudi budget deficit|deficit", Y(2025), "ministry",
      source_alt=["finance ministry"], kind_alt=["ratio", "level"]),
    F("SR101 billion", 101e9, "SAR", "L", None, "Saudi budget deficit initially budgeted|deficit", Y(2025), None,
      source_alt=FM),
    F("SR1.62 trillion", 1.62e12, "SAR", "L", "up", "Saudi public debt|public debt|debt", (None, "2026-12"), None,
      source_alt=FM, period_alt=[DAY("2026-12-31"), Y(2026)]),
    F("about 33%", 33, "%", "S", "up", "Saudi public debt|public debt|debt", (None, "2026-12"), None,
      source_alt=FM, kind_alt=["ratio", "level"], period_alt=[DAY("2026-12-31"), Y(2026)]),
    F("4.6%", 4.6, "%", "C", "up", "Saudi real GDP growth|GDP growth|growth", Y(2026), "ministry",
      source_alt=["finance ministry"], kind_alt=["level"]),
    F("4.4%", 4.4, "%", "C", "up", "Saudi real GDP growth|GDP growth|growth", Y(2025), None, source_alt=FM,
      kind_alt=["level"]),
    F("about $70", 70, "$", "L", None, "oil price assumed in the Saudi budget|oil price|budget", Y(2026),
      "Najd Capital", source_alt=["Analysts"], unit_alt=["USD per barrel"]),
    F("around $68", 68, "$", "L", None, "Brent crude|Brent", ytd(P), None, unit_alt=["USD per barrel"],
      period_alt=[("2025-01-01", P), Y(2025)]),
], ex=["Dec 2", "one of the biggest"])

# ---------------------------------------------------------------- 47 Argentine inflation: the month, 12 months, a survey for the next 12 months, poverty by half-year
P = on("2026-02-12", "Thursday")
JAN = M(2026, 1)
INDEC = ["INDEC", "statistics agency"]
story("b61-47", P, """
Argentina's monthly inflation quickens to 2.6%, annual rate slows to 28.1%

BUENOS AIRES, Feb 12 (Wire) - Argentina's monthly inflation rate rose to 2.6% in January from 2.4% in December, statistics agency INDEC said on Thursday, driven by higher food and regulated utility prices, while the annual rate slowed to 28.1%, the lowest since 2018.

Core inflation, which strips out seasonal and regulated prices, was 2.3% in the month. Prices in the Greater Buenos Aires area rose 2.8%.

Over the past 12 months, prices of food and non-alcoholic beverages have risen 24.6%, and housing, water and electricity costs 41.2%, as the government cut subsidies.

Analysts polled by the central bank in its monthly survey had expected January inflation of 2.4%, and see prices rising 21.5% over the next 12 months.

The official peso has weakened about 4% against the dollar so far this year, to around 1,482 per dollar, within the band set by the central bank.

Poverty affected 31.6% of people in the first half of 2025, down from 52.9% a year earlier, according to the most recent figures from INDEC, as slowing inflation lifted real wages.

"Disinflation has stalled at around 2% to 3% a month. Getting below that requires a stronger central bank balance sheet and more reserves," said Martina Suarez, chief economist at Rio de la Plata Consultores.

The libertarian government has made bringing down inflation the centrepiece of its economic programme, cutting spending sharply to balance the budget. Monthly inflation peaked at over 25% in December 2023, shortly after the president took office.
""", [
    F("2.6%", 2.6, "%", "L", "up", "Argentina's monthly inflation rate|monthly inflation|inflation", JAN, None,
      ctx="quickens to 2.6%", source_alt=INDEC, kind_alt=["change"]),
    F("2.6%", 2.6, "%", "L", "up", "Argentina's monthly inflation rate|monthly inflation|inflation", JAN, "INDEC",
      ctx="rose to 2.6%", source_alt=["statistics agency"], kind_alt=["change"]),
    F("2.4%", 2.4, "%", "L", None, "Argentina's monthly inflation rate|monthly inflation|inflation", M(2025, 12),
      "INDEC", ctx="from 2.4%", source_alt=["statistics agency"], kind_alt=["change"]),
    F("28.1%", 28.1, "%", "L", "dn", "Argentina's annual inflation rate|annual rate|inflation", JAN, None,
      ctx="slows to 28.1%", source_alt=INDEC, kind_alt=["change"]),
    F("28.1%", 28.1, "%", "L", "dn", "Argentina's annual inflation rate|annual rate|inflation", JAN, "INDEC",
      ctx="slowed to 28.1%", source_alt=["statistics agency"], kind_alt=["change"]),
    F("2.3%", 2.3, "%", "L", None, "Argentina's core inflation|core inflation|inflation", JAN, None,
      source_alt=INDEC, kind_alt=["change"]),
    F("2.8%", 2.8, "%", "C", "up", "prices in Greater Buenos Aires|prices", JAN, None, source_alt=INDEC),
    F("24.6%", 24.6, "%", "C", "up", "Argentine food and non-alcoholic beverage prices|food|prices",
      span12(2026, 1), None, source_alt=INDEC, period_alt=[JAN]),
    F("41.2%", 41.2, "%", "C", "up", "Argentine housing, water and electricity costs|housing|costs",
      span12(2026, 1), None, source_alt=INDEC, period_alt=[JAN]),
    F("2.4%", 2.4, "%", "L", None, "analysts' expected January inflation in Argentina|expected inflation|"
      "inflation", JAN, "Analysts", ctx="inflation of 2.4%", source_alt=["central bank", "monthly survey"],
      kind_alt=["change"]),
    F("21.5%", 21.5, "%", "C", "up", "Argentine prices|prices|inflation", (P, "2027-02-12"),
      "Analysts", source_alt=["central bank", "monthly survey"],
      period_alt=[MM(2026, 2, 2027, 1), MM(2026, 3, 2027, 2), None], kind_alt=["level"]),
    F("about 4%", 4, "%", "C", "dn", "Argentina's official peso|peso", ytd(P), None,
      period_alt=[("2026-01-01", P)]),
    F("around 1,482", 1482, "ARS", "L", "dn", "Argentina's official peso|peso", DAY(P), None,
      unit_alt=["ARS per USD"], direction_alt=["up"]),
    F("31.6%", 31.6, "%", "S", "dn", "Argentina's poverty rate|poverty|people", H(2025, 1), "INDEC",
      kind_alt=["level"]),
    F("52.9%", 52.9, "%", "S", None, "Argentina's poverty rate|poverty|people", H(2024, 1), "INDEC",
      kind_alt=["level"]),
    RNG("2% to 3%", 2, 3, "%", "L", None, "Argentina's monthly inflation|disinflation|inflation", DAY(P),
        "Martina Suarez", source_alt=["Suarez", "chief economist", "Rio de la Plata Consultores"],
        kind_alt=["change"], period_alt=[None, JAN]),
    F("over 25%", 25, "%", "L", None, "Argentina's monthly inflation|monthly inflation|inflation", M(2023, 12),
      None, kind_alt=["change"]),
], ex=["past 12 months", "next 12 months", "Feb 12", "first half"])

# ---------------------------------------------------------------- 48 Mexican remittances: the year 2025, December, per transfer, a tax from Jan. 1
P = on("2026-02-02", "Monday")
BX = ["Bank of Mexico", "central bank"]
story("b61-48", P, """
Remittances to Mexico post first annual fall in over a decade

MEXICO CITY, Feb 2 (Wire) - Remittances sent home by Mexicans working abroad fell 4.6% in 2025 to $61.8 billion, the first annual decline in more than a decade, as stricter U.S. immigration enforcement deterred migrants from sending money, the Bank of Mexico said on Monday.

In December alone, inflows fell 2.8% from a year earlier to $5.12 billion.

The number of transfers fell 6.1% to 157.3 million during the year, while the average remittance rose to $393 from $385, the central bank said.

Remittances are equivalent to about 3.4% of Mexico's gross domestic product and are the country's biggest source of foreign currency after manufacturing exports and ahead of tourism and oil.

A 1% U.S. tax on cash remittances took effect on Jan. 1. Analysts at Banco del Bajio expect it to cut flows by another 3% to 5% this year, as some senders switch to bank transfers and others send less.

The states of Michoacan, Guanajuato and Jalisco received the most money, together accounting for about 29% of the total.

Measured in pesos, remittances fell 9.4% last year, as the peso strengthened against the dollar, a blow to families in poor rural areas that rely on the money to pay for food, housing and school fees.

"Families are feeling it twice: fewer dollars arrive, and each dollar buys fewer pesos," said Gabriela Torres, an economist at the Colegio de la Frontera Norte.

Migrants interviewed by researchers said fear of raids and deportations had led many to avoid the money transfer shops where they once sent cash each week.
""", [
    F("4.6%", 4.6, "%", "C", "dn", "remittances to Mexico|remittances", Y(2025), "Bank of Mexico",
      source_alt=["central bank"]),
    F("$61.8 billion", 61.8e9, "$", "L", "dn", "remittances to Mexico|remittances", Y(2025), "Bank of Mexico",
      source_alt=["central bank"]),
    F("2.8%", 2.8, "%", "C", "dn", "remittances to Mexico|inflows", M(2025, 12), None, source_alt=BX),
    F("$5.12 billion", 5.12e9, "$", "L", "dn", "remittances to Mexico|inflows", M(2025, 12), None, source_alt=BX),
    F("6.1%", 6.1, "%", "C", "dn", "number of remittance transfers to Mexico|transfers", Y(2025), "central bank",
      source_alt=["Bank of Mexico"]),
    F("157.3 million", 157.3e6, "#transfer", "L", "dn", "number of remittance transfers to Mexico|transfers",
      Y(2025), "central bank", source_alt=["Bank of Mexico"]),
    F("$393", 393, "$", "L", "up", "average remittance to Mexico|average remittance", Y(2025), "central bank",
      source_alt=["Bank of Mexico"]),
    F("$385", 385, "$", "L", None, "average remittance to Mexico|average remittance", Y(2024), "central bank",
      source_alt=["Bank of Mexico"]),
    F("about 3.4%", 3.4, "%", "S", None, "remittances as a share of Mexico's GDP|remittances|GDP", None, None,
      kind_alt=["ratio", "level"], period_alt=[Y(2025)]),
    F("1%", 1, "%", "L", None, "U.S. tax on cash remittances|tax", ("2026-01-01", None), None, ctx="A 1%",
      period_alt=[DAY("2026-01-01"), None]),
    RNG("3% to 5%", 3, 5, "%", "C", "dn", "remittances to Mexico|flows", Y(2026), "Banco del Bajio",
        source_alt=["Analysts"]),
    F("about 29%", 29, "%", "S", None, "share of remittances to Michoacan, Guanajuato and Jalisco|states|total",
      Y(2025), None, source_alt=BX),
    F("9.4%", 9.4, "%", "C", "dn", "remittances to Mexico in pesos|remittances", Y(2025), None, source_alt=BX),
], ex=["Feb 2", "Jan. 1", "over a decade", "feeling it twice"])

# ---------------------------------------------------------------- 49 A minimum wage decision from July 1, the March quarter, claims of both sides
P = on("2026-06-02", "Tuesday")
FROM = ("2026-07-01", None)
FROMALT = [FY(2026, 7, 2027, 6), DAY("2026-07-01")]
FWC = ["Fair Work Commission", "commission"]
story("b61-49", P, """
Minimum wage to rise 3.4 per cent from July 1, Fair Work Commission rules

SYDNEY, 2 June — Australia's national minimum wage will rise 3.4 per cent to $25.50 an hour from July 1, the Fair Work Commission announced on Tuesday, giving about 2.9 million workers on award rates a pay rise above inflation for a third straight year.

The weekly minimum will increase by $32.70 to $969.00 for a full-time employee working a 38-hour week.

The commission said annual headline inflation of 2.4 per cent in the March quarter and a labour market that remained tight justified a real increase, although it noted that productivity growth had been weak.

The Australian Council of Trade Unions had asked for a 4.5 per cent rise, while employer groups argued for no more than 2 per cent, warning that small businesses in retail and hospitality were struggling with higher rents and energy costs.

"This decision will help low-paid workers who have fallen behind in the cost-of-living crisis," ACTU secretary Rebecca Lang said.

The Australian Industry Group said the increase would cost employers about $4.7 billion a year and could slow hiring in the second half of the year.

Commission president Helen Carrow said the panel had been mindful of the risk to jobs but had concluded that the economy could absorb the rise. "Real wages for award-reliant employees are still below where they were before the pandemic," she said.

The decision will also flow through to junior and apprentice rates and to employees with disabilities who are paid under the supported wage system. Treasurer's office figures show the rise will add slightly to the government's own wage bill through contractors covered by awards.
""", [
    F("3.4 per cent", 3.4, "%", "C", "up", "Australia's national minimum wage|minimum wage|wage", FROM,
      "Fair Work Commission", ctx="will rise 3.4 per cent", source_alt=["commission"], period_alt=FROMALT),
    F("3.4 per cent", 3.4, "%", "C", "up", "Australia's minimum wage|minimum wage|wage", FROM,
      "Fair Work Commission", ctx="to rise 3.4 per cent", source_alt=["commission"], period_alt=FROMALT),
    F("$25.50", 25.50, "A$", "L", "up", "Australia's national minimum wage|minimum wage|wage", FROM,
      "Fair Work Commission", source_alt=["commission"], unit_alt=["AUD per hour"], period_alt=FROMALT),
    F("about 2.9 million", 2.9e6, "#worker", "L", None, "Australian workers on award rates|workers", None,
      "Fair Work Commission", source_alt=["commission"], period_alt=[DAY(P), FROM]),
    F("$32.70", 32.70, "A$", "C", "up", "Australia's weekly minimum wage|weekly minimum|wage", FROM, None,
      source_alt=FWC, unit_alt=["AUD per week"], period_alt=FROMALT),
    F("$969.00", 969.00, "A$", "L", "up", "Australia's weekly minimum wage|weekly minimum|wage", FROM, None,
      source_alt=FWC, unit_alt=["AUD per week"], period_alt=FROMALT),
    F("2.4 per cent", 2.4, "%", "L", None, "Australia's annual headline inflation|headline inflation|inflation",
      Q(2026, 1), "commission", source_alt=["Fair Work Commission"], kind_alt=["change"]),
    F("4.5 per cent", 4.5, "%", "C", "up", "minimum wage rise sought by the ACTU|rise|ACTU", FROM, None,
      source_alt=["Australian Council of Trade Unions", "ACTU"], period_alt=FROMALT + [None]),
    F("no more than 2 per cent", 2, "%", "C", "up", "minimum wage rise sought by employer groups|rise|"
      "employer groups", FROM, "employer groups", period_alt=FROMALT + [None]),
    F("about $4.7 billion", 4.7e9, "A$", "L", None, "cost of the minimum wage rise to employers|cost|increase",
      FROM, "Australian Industry Group", unit_alt=["AUD per year"], period_alt=FROMALT + [None]),
], ex=["third straight", "38-hour", "2 June", "July 1", "second half", "March quarter"])

# ---------------------------------------------------------------- 50 A Canadian pension fund's fiscal year to March 31, a 10-year return
P = on("2026-05-20", "Wednesday")
F26 = FY(2025, 4, 2026, 3)
MR = ["Maple Retirement Investment Board", "MRIB", "fund"]
story("b61-50", P, """
Canadian pension fund's assets climb to C$758.4 billion after 8.9% return

TORONTO, May 20 — The Maple Retirement Investment Board (MRIB), which manages Canada's national pension fund, said on Wednesday its net assets rose to C$758.4 billion at March 31, from C$714.4 billion a year earlier, after a net return of 8.9 per cent in fiscal 2026.

The fund earned C$62.1 billion in net income after all costs in the 12 months to March 31. Its 10-year annualized net return was 9.2 per cent.

Private equity, the largest asset class, returned 11.4 per cent, helped by a pickup in company sales and listings, while real estate lost 1.8 per cent as higher borrowing costs weighed on office values.

About 12 per cent of the fund's assets are invested in Canada, down from 14 per cent five years ago, a trend that has drawn criticism from some politicians who want pension funds to invest more at home.

"We invest for the long term, and our mandate is to maximize returns without undue risk of loss for contributors and beneficiaries," chief executive Marc-Andre Gagnon said. "Canada remains an important market for us, and we will keep looking for opportunities here."

The fund, one of the world's largest, said it expected the plan to remain sustainable for at least the next 75 years at current contribution rates, based on the most recent review by the chief actuary.

MRIB's results come as Ottawa considers changes that would encourage the country's large public pension funds to put more money into domestic infrastructure and technology companies. The fund said it would publish its first report on its Canadian investments later this year.
""", [
    F("C$758.4 billion", 758.4e9, "C$", "L", "up", "Maple Retirement Investment Board net assets|net assets|"
      "assets", DAY("2026-03-31"), None, ctx="climb to C$758.4 billion", source_alt=MR,
      period_alt=[M(2026, 3), F26]),
    F("8.9%", 8.9, "%", "C", "up", "Maple Retirement Investment Board net return|return", F26, None,
      source_alt=MR, kind_alt=["level"]),
    F("C$758.4 billion", 758.4e9, "C$", "L", "up", "Maple Retirement Investment Board net assets|net assets|"
      "assets", DAY("2026-03-31"), "Maple Retirement Investment Board", ctx="rose to C$758.4 billion",
      source_alt=MR[1:], period_alt=[M(2026, 3), F26]),
    F("C$714.4 billion", 714.4e9, "C$", "L", None, "Maple Retirement Investment Board net assets|net assets|"
      "assets", DAY("2025-03-31"), "Maple Retirement Investment Board", source_alt=MR[1:],
      period_alt=[M(2025, 3), FY(2024, 4, 2025, 3)]),
    F("8.9 per cent", 8.9, "%", "C", "up", "Maple Retirement Investment Board net return|net return|return", F26,
      "Maple Retirement Investment Board", source_alt=MR[1:], kind_alt=["level"]),
    F("C$62.1 billion", 62.1e9, "C$", "L", None, "Maple Retirement Investment Board net income|net income", F26,
      None, source_alt=MR),
    F("9.2 per cent", 9.2, "%", "C", "up", "Maple Retirement Investment Board 10-year annualized net return|"
      "net return|return", FY(2016, 4, 2026, 3), None, source_alt=MR, kind_alt=["level"]),
    F("11.4 per cent", 11.4, "%", "C", "up", "Maple Retirement Investment Board private equity return|"
      "private equity|return", F26, None, source_alt=MR, kind_alt=["level"]),
    F("1.8 per cent", 1.8, "%", "C", "dn", "Maple Retirement Investment Board real estate return|real estate",
      F26, None, source_alt=MR, kind_alt=["level"]),
    F("About 12 per cent", 12, "%", "S", "dn", "share of the Maple Retirement Investment Board's assets in Canada|"
      "assets|Canada", DAY("2026-03-31"), None, source_alt=MR, period_alt=[DAY(P), None]),
    F("14 per cent", 14, "%", "S", None, "share of the Maple Retirement Investment Board's assets in Canada|"
      "assets|Canada", Y(2021), None, source_alt=MR, period_alt=[DAY("2021-03-31"), M(2021, 5)]),
], ex=["12 months to March 31", "10-year", "five years ago", "one of the world", "May 20", "next 75 years"])
