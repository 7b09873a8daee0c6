"""blind60 s5: housing and rents, tourism arrivals in two countries at once, public budgets in rand, rupees and Canadian
dollars with shares of GDP and per-capita figures, an economists' poll with ranges, two countries' debts compared, and
a company's divisions and regions (b60-41..b60-50)."""
from common import *

# ---------------------------------------------------------------- 41 Canadian home sales and rents: March carried through
P = on("2026-04-15", "Wednesday")
MAR = M(2026, 3)
CREA = ["Canadian Real Estate Association", "CREA"]
story("b60-41", P, """
OTTAWA — Canadian home sales rose 3.6 per cent in March from February, the Canadian Real Estate Association said Wednesday, the first monthly gain since November, as buyers in Ontario and British Columbia returned ahead of the spring market.

The national average sale price was $689,420, down 1.8 per cent from a year earlier, while the benchmark price fell 2.7 per cent.

In the Greater Toronto Area, the benchmark price was $1,021,600, down 4.9 per cent year over year.

Separately, asking rents for apartments fell 2.4 per cent from a year earlier to an average of $2,061 in March, according to a monthly report from rental platform Rentomatic. Rents fell the most in Ontario and British Columbia and rose in Quebec and Alberta.

"Affordability is improving but confidence is not," said Shauna Birch, an economist at Cabot Trail Securities, who expects national sales to grow 5 to 7 per cent in 2026. "Buyers who have been waiting for the bottom are starting to worry they will miss it, but job security is the bigger issue for most households."
""", [
    F("3.6 per cent", 3.6, "%", "C", "up", "Canadian home sales|home sales|sales", MAR,
      "Canadian Real Estate Association", source_alt=["CREA"]),
    F("$689,420", 689420, "C$", "L", "dn", "Canada's national average home sale price|average sale price|price", MAR,
      None, source_alt=CREA, direction_alt=[None]),
    F("1.8 per cent", 1.8, "%", "C", "dn", "Canada's national average home sale price|average sale price|price", MAR,
      None, source_alt=CREA),
    F("2.7 per cent", 2.7, "%", "C", "dn", "Canada's benchmark home price|benchmark price|price", MAR, None,
      source_alt=CREA),
    F("$1,021,600", 1021600, "C$", "L", "dn", "Greater Toronto Area benchmark home price|benchmark price|price", MAR,
      None, source_alt=CREA, direction_alt=[None]),
    F("4.9 per cent", 4.9, "%", "C", "dn", "Greater Toronto Area benchmark home price|benchmark price|price", MAR,
      None, source_alt=CREA),
    F("2.4 per cent", 2.4, "%", "C", "dn", "Canadian asking rents for apartments|asking rents|rents", MAR,
      "Rentomatic", source_alt=["monthly report", "rental platform"]),
    F("$2,061", 2061, "C$", "L", "dn", "Canadian asking rents for apartments|asking rents|rents", MAR, "Rentomatic",
      source_alt=["monthly report", "rental platform"], unit_alt=["CAD per month"], direction_alt=[None]),
    RNG("5 to 7 per cent", 5, 7, "%", "C", "up", "Canadian home sales|national sales|sales", Y(2026), "Shauna Birch",
        source_alt=["Birch", "economist", "Cabot Trail Securities"], kind_alt=["level"]),
])

# ---------------------------------------------------------------- 42 Australian home values and rents: "Key points" over a November release
P = on("2025-12-01", "Monday")
NOV = M(2025, 11)
MPD = ["Meridian PropData", "Meridian"]
story("b60-42", P, """
Perth leads as home values hit another record

Key points:
- Home values rose 0.9 per cent nationally in November
- Perth led the capitals with a 2.1 per cent rise
- The median weekly rent reached a record $668

Home values across Australia rose 0.9 per cent in November, taking the national median dwelling value to a record $876,400, according to property data firm Meridian PropData.

Values have risen 7.8 per cent over the past year.

Perth values rose 2.1 per cent over the month and Brisbane 1.6 per cent. The median weekly rent rose 0.4 per cent to $668.

Meridian's research director, Lachlan Pryor, said the Reserve Bank's rate cuts this year had lifted borrowing capacity while listings remained scarce. Auction clearance rates eased in Melbourne over the final weekend of the month as more sellers brought homes to market before Christmas.

"We expect values to rise 6 to 8 per cent in 2026, but affordability will bite, particularly for first-home buyers in Sydney and Melbourne," he said.
""", [
    F("0.9 per cent", 0.9, "%", "C", "up", "Australian home values|home values|values", NOV, None,
      ctx="- Home values rose 0.9 per cent", source_alt=MPD),
    F("2.1 per cent", 2.1, "%", "C", "up", "Perth home values|Perth|values", NOV, None,
      ctx="with a 2.1 per cent rise", source_alt=MPD),
    F("$668", 668, "A$", "L", "up", "Australia's median weekly rent|median weekly rent|rent", NOV, None,
      ctx="a record $668", source_alt=MPD, unit_alt=["AUD per week"]),
    F("0.9 per cent", 0.9, "%", "C", "up", "Australian home values|home values|values", NOV, "Meridian PropData",
      ctx="Australia rose 0.9 per cent", source_alt=["property data firm"]),
    F("$876,400", 876400, "A$", "L", "up", "Australia's national median dwelling value|median dwelling value|value",
      NOV, "Meridian PropData", source_alt=["property data firm"]),
    F("7.8 per cent", 7.8, "%", "C", "up", "Australian home values|values", span12(2025, 11), None, source_alt=MPD),
    F("2.1 per cent", 2.1, "%", "C", "up", "Perth home values|Perth|values", NOV, None, ctx="rose 2.1 per cent",
      source_alt=MPD),
    F("1.6 per cent", 1.6, "%", "C", "up", "Brisbane home values|Brisbane|values", NOV, None, source_alt=MPD),
    F("0.4 per cent", 0.4, "%", "C", "up", "Australia's median weekly rent|median weekly rent|rent", NOV, None,
      source_alt=MPD),
    F("$668", 668, "A$", "L", "up", "Australia's median weekly rent|median weekly rent|rent", NOV, None,
      ctx="0.4 per cent to $668", source_alt=MPD, unit_alt=["AUD per week"]),
    RNG("6 to 8 per cent", 6, 8, "%", "C", "up", "Australian home values|values", Y(2026), "Lachlan Pryor",
        source_alt=["Pryor", "research director", "Meridian", "We", "he"], kind_alt=["level"]),
])

# ---------------------------------------------------------------- 43 Tourism in Turkey and Egypt: June, the first half, the second quarter
P = on("2026-07-30", "Thursday")
JUN = M(2026, 6)
H1 = H(2026, 1)
story("b60-43", P, """
ISTANBUL/CAIRO, July 30 — Foreign arrivals in Turkey rose 2.3% from a year earlier to 6.41 million in June, the Culture and Tourism Ministry said on Thursday. In the first half, arrivals were 24.6 million, up just 1.1%, as high hotel prices pushed some European holidaymakers to cheaper destinations.

Egypt, by contrast, said first-half arrivals jumped 19% to a record 8.9 million, against growth of 1.1% for Turkey.

Turkey's tourism revenue rose 4.6% to $13.8 billion in the second quarter, the statistics institute said separately. Of the total, $2.9 billion came from Turkish citizens living abroad.

Hotel occupancy in the Red Sea resorts of Hurghada and Sharm el-Sheikh averaged 84% in June, an Egyptian hotel association said, compared with 71% along Turkey's Aegean coast.

"Turkey's problem is price, not demand. A week in Antalya now costs 30% to 40% more in euros than in 2023," said Canan Aydin, a tourism analyst at Likya Research.
""", [
    F("2.3%", 2.3, "%", "C", "up", "foreign arrivals in Turkey|foreign arrivals|arrivals", JUN,
      "Culture and Tourism Ministry", source_alt=["ministry"]),
    F("6.41 million", 6.41e6, "#arrival", "L", "up", "foreign arrivals in Turkey|foreign arrivals|arrivals", JUN,
      "Culture and Tourism Ministry", source_alt=["ministry"], unit_alt=["visitor"]),
    F("24.6 million", 24.6e6, "#arrival", "L", "up", "foreign arrivals in Turkey|arrivals", H1, None,
      source_alt=["Culture and Tourism Ministry"], unit_alt=["visitor"]),
    F("1.1%", 1.1, "%", "C", "up", "foreign arrivals in Turkey|arrivals", H1, None, ctx="up just 1.1%",
      source_alt=["Culture and Tourism Ministry"]),
    F("19%", 19, "%", "C", "up", "tourist arrivals in Egypt|arrivals|Egypt", H1, "Egypt"),
    F("8.9 million", 8.9e6, "#arrival", "L", "up", "tourist arrivals in Egypt|arrivals|Egypt", H1, "Egypt",
      unit_alt=["visitor"]),
    F("1.1%", 1.1, "%", "C", "up", "foreign arrivals in Turkey|growth|Turkey", H1, None, ctx="growth of 1.1%",
      source_alt=["Egypt", "Culture and Tourism Ministry"]),
    F("4.6%", 4.6, "%", "C", "up", "Turkey's tourism revenue|tourism revenue|revenue", Q(2026, 2),
      "statistics institute"),
    F("$13.8 billion", 13.8e9, "$", "L", "up", "Turkey's tourism revenue|tourism revenue|revenue", Q(2026, 2),
      "statistics institute"),
    F("$2.9 billion", 2.9e9, "$", "L", None, "tourism revenue from Turkish citizens living abroad|revenue|"
      "Turkish citizens", Q(2026, 2), None, source_alt=["statistics institute"]),
    F("84%", 84, "%", "L", None, "hotel occupancy in Hurghada and Sharm el-Sheikh|hotel occupancy|occupancy", JUN,
      "Egyptian hotel association", source_alt=["association"], kind_alt=["share"]),
    F("71%", 71, "%", "L", None, "hotel occupancy along Turkey's Aegean coast|occupancy", JUN,
      "Egyptian hotel association", source_alt=["association"], kind_alt=["share"]),
    RNG("30% to 40%", 30, 40, "%", "C", "up", "cost of a week in Antalya in euros|cost|week in Antalya", Y(2026),
        "Canan Aydin", source_alt=["Aydin", "tourism analyst", "Likya Research"],
        period_alt=[DAY(P), (Y(2023)[0], P), None]),
], ex=["first half", "first-half", "second quarter"])

# ---------------------------------------------------------------- 44 Indonesian arrivals against the Philippines': "less than 40%"
P = on("2025-09-01", "Monday")
JUL = M(2025, 7)
J7 = MM(2025, 1, 2025, 7)
story("b60-44", P, """
JAKARTA — Indonesia received 1.48 million foreign tourist visits in July, up 12.6% from a year earlier, Statistics Indonesia (BPS) said on Monday. Bali, the country's main gateway, welcomed 702,400 foreign visitors in the month. Hotel operators on the island said bookings for the European summer holidays had been strong, although an eruption on the neighbouring island of Flores briefly disrupted flights in early July. Officials are also promoting destinations such as Labuan Bajo and Lake Toba to spread visitors beyond Bali.

In the first seven months, foreign arrivals totalled 8.94 million. The government targets between 14.6 million and 16 million foreign visitors this year.

The Philippines, by comparison, drew 3.41 million foreign visitors in January-July, its Department of Tourism said, less than 40% of Indonesia's total over the same months, and looks set to miss its 2025 target of 7.7 million.

Tourism officials in Manila blamed high airfares and limited flight connections from China, and said a new e-visa system for Indian and Chinese travellers would help in the second half.
""", [
    F("1.48 million", 1.48e6, "#visit", "L", "up", "foreign tourist visits to Indonesia|foreign tourist visits|visits",
      JUL, "Statistics Indonesia", source_alt=["BPS"], unit_alt=["visitor", "arrival"]),
    F("12.6%", 12.6, "%", "C", "up", "foreign tourist visits to Indonesia|foreign tourist visits|visits", JUL,
      "Statistics Indonesia", source_alt=["BPS"]),
    F("702,400", 702400, "#visitor", "L", None, "foreign visitors to Bali|Bali|visitors", JUL, None,
      source_alt=["Statistics Indonesia", "BPS"]),
    F("8.94 million", 8.94e6, "#arrival", "L", None, "foreign arrivals in Indonesia|foreign arrivals|arrivals", J7,
      None, source_alt=["Statistics Indonesia", "BPS"], unit_alt=["visitor"]),
    RNG("between 14.6 million and 16 million", 14.6e6, 16e6, "#visitor", "L", None,
        "Indonesian government's target for foreign visitors|target|visitors", Y(2025), None,
        source_alt=["government"]),
    F("3.41 million", 3.41e6, "#visitor", "L", None, "foreign visitors to the Philippines|foreign visitors|visitors",
      J7, "Department of Tourism"),
    F("less than 40%", 40, "%", "S", None, "Philippine arrivals as a share of Indonesia's|share|total", J7, None,
      source_alt=["Department of Tourism"], kind_alt=["ratio", "level"], value_alt=[0.4]),
    F("7.7 million", 7.7e6, "#visitor", "L", None, "Philippine target for foreign visitors|target|visitors", Y(2025),
      None, source_alt=["Department of Tourism"]),
], ex=["first seven months", "second half"])

# ---------------------------------------------------------------- 45 South African budget: 2026/27, shares of GDP, cents of every rand, per head
P = on("2026-02-25", "Wednesday")
FY27S = FY(2026, 4, 2027, 3)
FY26S = FY(2025, 4, 2026, 3)
BUD = ["2026/27 budget", "budget", "finance minister", "Treasury"]
story("b60-45", P, """
South Africa's budget: deficit to narrow, debt to peak a year earlier

CAPE TOWN, 25 February — South Africa's finance minister on Wednesday tabled a 2026/27 budget that projects the consolidated deficit narrowing to 4.2% of gross domestic product from an estimated 4.7% in the current fiscal year, and gross debt stabilising at 77.9% of GDP in 2027/28, a year earlier than the Treasury forecast in November.

The budget, the coalition government's second full-year spending plan, contained no new tax increases, a relief for households that had braced for a rise in value-added tax after last year's fraught negotiations between the governing parties. Instead, the minister leaned on stronger-than-expected revenue from mining companies, a crackdown on customs fraud and tighter control of the public-sector wage bill.

Consolidated spending will rise to R2.68 trillion in the year starting 1 April, of which debt-service costs will absorb R434 billion, about 21 cents of every rand the state collects in revenue. Spread across the population, the budget amounts to about R42,000 for every South African.

The old age grant will rise by R90 to R2,405 a month from April, while a temporary relief grant introduced during the pandemic will be extended for another year and linked to a job-search requirement.

The Treasury forecasts real GDP growth of 1.6% in 2026, after 1.1% in 2025, rising to 1.9% in 2027 as electricity supply stabilises and freight rail reforms begin to show results. Public-sector infrastructure spending over the next three years is budgeted at R1.05 trillion.

The minister told Parliament the government would protect spending on health, education and policing in real terms, and announced a review of the formula used to divide revenue among the provinces, which have complained that it fails to reflect migration to the cities. Provincial treasuries will also be allowed to keep a larger share of any savings they make on procurement.

Economists welcomed the earlier debt peak but warned that the projections depended on restraint that the government has struggled to deliver in the past.

"The arithmetic works if wage settlements stay inside the budget and the state-owned companies stop coming back for bailouts," said Nokuthula Zwane, chief economist at Umhlanga Asset Managers. "Neither has been true for long in the past decade, so the credibility test comes in the implementation, not in the speech."

On the revenue side, the Treasury said it would not adjust personal income tax brackets fully for inflation, a measure known as bracket creep that raises money without a headline tax increase. Excise duties on alcohol and tobacco will rise broadly in line with inflation, and the general fuel levy will be left unchanged for another year to ease pressure on transport costs. A carbon tax allowance that was due to expire will be extended, a concession to energy-intensive industries that had lobbied hard against its removal.

The minister also promised faster refunds for exporters and a simpler regime for small businesses, and said the revenue service would receive extra funding to hire auditors and upgrade its customs systems at the main ports. Officials expect the investment to pay for itself through improved collection within a few years.

Spending on the police will rise faster than the overall budget as the government tries to tackle extortion at construction sites and cable theft on the rail network, both of which the minister described as a direct threat to growth. Funding for universities will be protected, but student loan arrangements are under review.

Business groups said the lack of new taxes would support investment, while the main trade union federation criticised what it called austerity by stealth, pointing to vacant posts in hospitals and schools that would remain unfilled.

The speech was also notable for what it did not contain. There was no fresh money for the struggling state airline, and the minister said support for the power utility would be limited to guarantees already approved. Municipalities that fail to pay their electricity and water bills will face deductions from their equitable share transfers, a measure the Treasury has threatened before without carrying it out.

Opposition parties outside the governing coalition said the budget did too little for the unemployed, while a smaller coalition partner said it had secured concessions on fuel levies and on funding for rural roads during negotiations in the weeks before the speech.

Markets reacted calmly. The rand firmed 0.8% to R17.28 per dollar by late afternoon, and the yield on the benchmark 10-year government bond fell 11 basis points to 8.62%.

Ratings agencies have the country's debt below investment grade. Analysts said a clear fall in the deficit over the coming fiscal years would be needed before any upgrade was considered.
""", [
    F("4.2%", 4.2, "%", "S", "dn", "South Africa's consolidated deficit|consolidated deficit|deficit", FY27S,
      "2026/27 budget", source_alt=BUD[1:], kind_alt=["ratio", "level"]),
    F("4.7%", 4.7, "%", "S", None, "South Africa's consolidated deficit|consolidated deficit|deficit", FY26S,
      "2026/27 budget", source_alt=BUD[1:], kind_alt=["ratio", "level"]),
    F("77.9%", 77.9, "%", "S", None, "South Africa's gross debt|gross debt|debt", FY(2027, 4, 2028, 3),
      "2026/27 budget", source_alt=BUD[1:], kind_alt=["ratio", "level"]),
    F("R2.68 trillion", 2.68e12, "R", "L", "up", "South Africa's consolidated spending|consolidated spending|"
      "spending", FY27S, None, source_alt=BUD),
    F("R434 billion", 434e9, "R", "L", None, "South Africa's debt-service costs|debt-service costs|costs", FY27S,
      None, source_alt=BUD),
    CENTS("about 21 cents", 21, "R", "S", None, "debt-service costs per rand of South African revenue|"
          "debt-service costs|revenue", FY27S, None, source_alt=BUD, value_alt=[21, 0.21],
          unit_alt=["percent", "ZAR per ZAR"], kind_alt=["ratio", "level"]),
    F("about R42,000", 42000, "R", "R", None, "South African budget per person|budget|every South African", FY27S,
      None, source_alt=BUD, unit_alt=["ZAR per person"], kind_alt=["level"]),
    F("R90", 90, "R", "C", "up", "South Africa's old age grant|old age grant|grant", ("2026-04", None), None,
      source_alt=BUD, period_alt=[FY27S, M(2026, 4)]),
    F("R2,405", 2405, "R", "L", "up", "South Africa's old age grant|old age grant|grant", ("2026-04", None), None,
      source_alt=BUD, unit_alt=["ZAR per month"], period_alt=[FY27S, M(2026, 4)]),
    F("1.6%", 1.6, "%", "C", "up", "South Africa's real GDP growth|real GDP growth|growth", Y(2026), "Treasury",
      kind_alt=["level"]),
    F("1.1%", 1.1, "%", "C", "up", "South Africa's real GDP growth|real GDP growth|growth", Y(2025), None,
      source_alt=["Treasury"], kind_alt=["level"]),
    F("1.9%", 1.9, "%", "C", "up", "South Africa's real GDP growth|real GDP growth|growth", Y(2027), "Treasury",
      kind_alt=["level"]),
    F("R1.05 trillion", 1.05e12, "R", "L", None, "South Africa's public-sector infrastructure spending|"
      "infrastructure spending|spending", FY(2026, 4, 2029, 3), None, source_alt=BUD),
    F("0.8%", 0.8, "%", "C", "up", "South African rand|rand", DAY(P), None),
    F("R17.28", 17.28, "R", "L", "up", "South African rand|rand", DAY(P), None, unit_alt=["ZAR per USD"],
      direction_alt=["dn"]),
    F("11 basis points", 11, "bp", "C", "dn", "yield on South Africa's benchmark 10-year government bond|yield",
      DAY(P), None, value_alt=[0.11], unit_alt=["percentage point"]),
    F("8.62%", 8.62, "%", "L", "dn", "yield on South Africa's benchmark 10-year government bond|yield", DAY(P),
      None),
], ex=["next three years", "10-year"])

# ---------------------------------------------------------------- 46 Indian state budget: a hyphenated lakh-crore outlay, % of GSDP, per capita
P = on("2026-03-06", "Friday")
FYK = FY(2026, 4, 2027, 3)
KA = ["Karnataka government", "Chief Minister", "budget"]
story("b60-46", P, """
BENGALURU: Karnataka's Chief Minister, who also holds the finance portfolio, on Friday presented a Rs 4.22-lakh-crore budget for 2026-27, raising spending on the state's five flagship guarantee schemes to Rs 53,400 crore and pegging the fiscal deficit at 2.9 per cent of gross state domestic product (GSDP).

Capital expenditure is budgeted at Rs 71,336 crore, up 9.4 per cent from the revised estimate for 2025-26.

Outstanding liabilities are projected at 24.9 per cent of GSDP at the end of March 2027, just inside the 25 per cent ceiling set by the state's fiscal responsibility law.

The state's per capita income at current prices is estimated at Rs 3,81,000 in 2025-26, 1.8 times the national average, according to the economic survey tabled on Thursday.

The Opposition walked out during the speech, accusing the government of borrowing to fund freebies, while industry bodies welcomed new allocations for suburban rail and a semiconductor design park near the city.
""", [
    F("Rs 4.22-lakh-crore", 4.22e12, "Rs", "L", None, "Karnataka budget outlay|budget", FYK, None,
      source_alt=KA, value_alt=[4.22], unit_alt=["INR lakh crore"]),
    F("five", 5, "#scheme", "L", None, "Karnataka's flagship guarantee schemes|guarantee schemes|schemes", None,
      None, source_alt=KA),
    F("Rs 53,400 crore", 53400e7, "Rs", "L", "up", "Karnataka spending on guarantee schemes|spending|guarantee schemes",
      FYK, None, source_alt=KA, value_alt=[53400], unit_alt=["INR crore"]),
    F("2.9 per cent", 2.9, "%", "S", None, "Karnataka fiscal deficit|fiscal deficit|deficit", FYK, None,
      source_alt=KA, kind_alt=["ratio", "level"]),
    F("Rs 71,336 crore", 71336e7, "Rs", "L", "up", "Karnataka capital expenditure|capital expenditure", FYK, None,
      source_alt=KA, value_alt=[71336], unit_alt=["INR crore"]),
    F("9.4 per cent", 9.4, "%", "C", "up", "Karnataka capital expenditure|capital expenditure", FYK, None,
      source_alt=KA),
    F("24.9 per cent", 24.9, "%", "S", None, "Karnataka outstanding liabilities|outstanding liabilities|liabilities",
      DAY("2027-03-31"), None, source_alt=KA, kind_alt=["ratio", "level"], period_alt=[M(2027, 3), FYK]),
    F("25 per cent", 25, "%", "S", None, "ceiling on Karnataka's outstanding liabilities|ceiling", None, None,
      source_alt=["fiscal responsibility law"], kind_alt=["level", "ratio"]),
    F("Rs 3,81,000", 381000, "Rs", "L", None, "Karnataka per capita income|per capita income|income",
      FY(2025, 4, 2026, 3), "economic survey", unit_alt=["INR per person"]),
    X("1.8 times", 1.8, "R", None, "Karnataka per capita income against the national average|per capita income|"
      "national average", FY(2025, 4, 2026, 3), "economic survey"),
])

# ---------------------------------------------------------------- 47 Alberta budget: a fiscal year, oil and exchange-rate assumptions, "of which"
P = on("2026-02-26", "Thursday")
FYA = FY(2026, 4, 2027, 3)
AB = ["Alberta", "province", "budget"]
story("b60-47", P, """
EDMONTON — Alberta is projecting a $6.4-billion deficit for the 2026-27 fiscal year as lower oil prices cut into royalty revenue, the province's finance minister said Thursday in tabling the budget.

The budget assumes West Texas Intermediate crude will average US$61 a barrel and that the Canadian dollar will trade at 72.5 U.S. cents. Non-renewable resource revenue is forecast at $14.2 billion, down from $17.9 billion in the current year.

Total spending rises to $80.6 billion, of which health care takes $28.7 billion.

Taxpayer-supported debt is expected to reach $98.3 billion by March 31, 2027, or 16.8 per cent of GDP.

Every US$1 change in the price of oil shifts the province's revenue by about $750 million, according to the budget documents.

The Opposition said the government had been warned for years about relying on volatile resource revenue and should have saved more of the windfall from the past three years of high prices.
""", [
    F("$6.4-billion", 6.4e9, "C$", "L", None, "Alberta deficit|deficit", FYA, "finance minister",
      source_alt=AB),
    F("US$61", 61, "$", "L", None, "budget assumption for West Texas Intermediate crude|WTI|crude", FYA, "budget",
      source_alt=["Alberta"], unit_alt=["USD per barrel"]),
    CENTS("72.5 U.S. cents", 72.5, "$", "L", None, "budget assumption for the Canadian dollar|Canadian dollar", FYA,
          "budget", source_alt=["Alberta"], unit_alt=["USD per CAD", "U.S. cent"]),
    F("$14.2 billion", 14.2e9, "C$", "L", "dn", "Alberta non-renewable resource revenue|resource revenue|revenue",
      FYA, None, source_alt=AB),
    F("$17.9 billion", 17.9e9, "C$", "L", None, "Alberta non-renewable resource revenue|resource revenue|revenue",
      FY(2025, 4, 2026, 3), None, source_alt=AB),
    F("$80.6 billion", 80.6e9, "C$", "L", "up", "Alberta total spending|total spending|spending", FYA, None,
      source_alt=AB),
    F("$28.7 billion", 28.7e9, "C$", "L", None, "Alberta health care spending|health care|spending", FYA, None,
      source_alt=AB),
    F("$98.3 billion", 98.3e9, "C$", "L", "up", "Alberta taxpayer-supported debt|debt", (None, "2027-03-31"), None,
      source_alt=AB, period_alt=[DAY("2027-03-31"), FYA]),
    F("16.8 per cent", 16.8, "%", "S", None, "Alberta taxpayer-supported debt as a share of GDP|debt|GDP",
      (None, "2027-03-31"), None, source_alt=AB, kind_alt=["ratio", "level"], period_alt=[DAY("2027-03-31"), FYA]),
    F("about $750 million", 750e6, "C$", "C", None, "sensitivity of Alberta's revenue to the oil price|revenue",
      FYA, "budget documents", source_alt=["budget"], kind_alt=["level"], period_alt=[None]),
], ex=["US$1 change", "past three years"])

# ---------------------------------------------------------------- 48 Economists' poll: medians by country and year, a range, rates by end-2026
P = on("2025-10-24", "Friday")
PO = ["poll", "economists", "news agency"]
story("b60-48", P, """
POLL-Poland to outgrow central European peers in 2026 as Hungary lags

WARSAW, Oct. 24 - Poland's economy will grow 3.4% next year, outpacing the Czech Republic's 2.1% and Hungary's 2.3%, according to the median forecasts of 31 economists polled Oct. 15-22 by a news agency.

Median inflation forecasts (2025 / 2026):
Hungary CPI: 4.5% / 3.9%
Poland CPI: 3.7% / 2.8%

Forecasts for Hungarian growth next year ranged between 1.2% and 3.0%, the widest spread in the region, reflecting uncertainty over fiscal policy before the April election.

Economists expect the National Bank of Poland to cut its main rate to 3.50% by the end of 2026 from 4.50% now. The forint is seen at 395 per euro in 12 months. Several economists said a weaker euro zone economy, the region's main export market, remained the biggest risk to the outlook, while others saw scope for earlier rate cuts in Prague if the koruna stays strong.

"Poland's investment cycle, funded by EU money, is the big differentiator," said one economist in Warsaw who took part in the poll.
""", [
    F("3.4%", 3.4, "%", "C", "up", "Poland's economic growth|economy|growth", Y(2026), "economists",
      source_alt=PO, kind_alt=["level"]),
    F("2.1%", 2.1, "%", "C", "up", "Czech economic growth|Czech Republic|growth", Y(2026), "economists",
      source_alt=PO, kind_alt=["level"]),
    F("2.3%", 2.3, "%", "C", "up", "Hungarian economic growth|Hungary|growth", Y(2026), "economists",
      source_alt=PO, kind_alt=["level"]),
    F("31", 31, "#economist", "L", None, "economists polled|economists", ("2025-10-15", "2025-10-22"), None,
      source_alt=["news agency"], period_alt=[None]),
    F("4.5%", 4.5, "%", "L", None, "Hungarian CPI inflation|Hungary CPI|CPI", Y(2025), None, source_alt=PO,
      kind_alt=["change"]),
    F("3.9%", 3.9, "%", "L", None, "Hungarian CPI inflation|Hungary CPI|CPI", Y(2026), None, source_alt=PO,
      kind_alt=["change"]),
    F("3.7%", 3.7, "%", "L", None, "Polish CPI inflation|Poland CPI|CPI", Y(2025), None, source_alt=PO,
      kind_alt=["change"]),
    F("2.8%", 2.8, "%", "L", None, "Polish CPI inflation|Poland CPI|CPI", Y(2026), None, source_alt=PO,
      kind_alt=["change"]),
    RNG("between 1.2% and 3.0%", 1.2, 3.0, "%", "C", "up", "forecasts for Hungarian growth|forecasts|growth",
        Y(2026), None, source_alt=PO, kind_alt=["level"], direction_alt=[None]),
    F("3.50%", 3.50, "%", "L", "dn", "National Bank of Poland main rate|main rate|rate", (None, "2026-12"),
      "Economists", source_alt=PO, period_alt=[M(2026, 12), DAY("2026-12-31"), (P, "2026-12")]),
    F("4.50%", 4.50, "%", "L", None, "National Bank of Poland main rate|main rate|rate", DAY(P), None,
      source_alt=PO, period_alt=[None]),
    F("395", 395, "HUF", "L", None, "Hungarian forint|forint", M(2026, 10), None, source_alt=PO,
      unit_alt=["HUF per EUR"], period_alt=[DAY("2026-10-24"), None]),
], ex=["in 12 months", "said one economist"])

# ---------------------------------------------------------------- 49 Analysis: two countries' debts per head and as shares of GDP
P = on("2026-04-19", "Sunday")
story("b60-49", P, """
ANALYSIS-Egypt and Nigeria: big economies, very different debt problems

LAGOS/CAIRO, April 19 — Egypt and Nigeria, Africa's most populous Arab country and its most populous nation, both spent much of the past decade in the debt headlines. But the problems they face are of different kinds, and investors who lump them together risk misreading both.

Egypt's external debt stood at $161.2 billion at the end of December, the central bank said this month, equivalent to about 41% of gross domestic product. Interest payments are forecast to absorb more than half of government revenue in the fiscal year ending in June.

Nigeria's total public debt, domestic and foreign, was N152.4 trillion ($99.6 billion) at the end of December, according to the Debt Management Office, or about 39% of GDP.

Per head of population, Egypt's external debt alone works out at about $1,370, more than three times Nigeria's total public debt of roughly $430 per person.

Yet Nigeria's problem is not the size of its debt but its ability to service it. The federal government collects little revenue relative to the size of its economy, and analysts estimate that debt service consumed between 60% and 70% of federal revenue last year.

"Egypt has a stock problem, Nigeria has a flow problem," said Adaeze Nwosu, head of sovereign research at Marina Point Advisory in Lagos. "Egypt borrowed heavily to build, and the interest bill followed. Nigeria borrowed modestly, but a state that collects so little tax cannot carry even modest debt comfortably."

In Cairo, officials point to asset sales and a narrowing primary deficit as evidence that the debt burden will ease. Investors have been receptive: foreign holdings of Egyptian treasury bills have recovered since the currency was allowed to float, and Gulf investors have committed to large real-estate projects on the Mediterranean coast.

In Abuja, the focus is on revenue. A tax reform that took effect in January consolidates dozens of levies and raises the threshold for small businesses, and officials hope it will lift collection over time. Economists caution that previous efforts have delivered less than promised, and that oil output, which still provides most of the government's foreign currency, remains vulnerable to theft and pipeline outages.

The contrast extends to how each country deals with its creditors. Egypt has relied on a succession of lending programmes with the International Monetary Fund, each tied to promises to shrink the role of the state and the military in the economy, and on deposits and investments from Gulf allies when foreign currency ran short. Nigeria has largely avoided such programmes, financing itself through domestic borrowing, occasional Eurobond sales and, at times, direct lending from its own central bank, a practice the current government says it has ended.

Currency policy has converged, at least on paper. Both countries have moved toward more flexible exchange rates after years of managed pegs that created parallel markets and starved businesses of dollars. In both cases the adjustment pushed inflation sharply higher before it began to ease, and in both cases the central banks raised interest rates steeply to defend their currencies.

"The devaluations were the right call, but they transferred the pain to households," said Karim Mansour, an economist at Nile Delta Capital in Cairo. "The question for Egypt now is whether the government can resist borrowing its way out of the next shock. For Nigeria it is whether the state can build a tax base before the next oil slump."

For bondholders, the difference matters. Egyptian debt trades on the credibility of reform and the willingness of Gulf allies to step in; Nigerian debt trades on oil production and the naira.
""", [
    F("$161.2 billion", 161.2e9, "$", "L", None, "Egypt's external debt|external debt|debt", DAY("2025-12-31"),
      "central bank", period_alt=[M(2025, 12), Q(2025, 4)]),
    F("about 41%", 41, "%", "S", None, "Egypt's external debt as a share of GDP|external debt|GDP",
      DAY("2025-12-31"), "central bank", kind_alt=["ratio", "level"], period_alt=[M(2025, 12), None]),
    FR("more than half", 1, 2, "S", None, "interest payments' share of Egyptian government revenue|"
       "interest payments|revenue", FY(2025, 7, 2026, 6), None, kind_alt=["ratio"]),
    F("N152.4 trillion", 152.4e12, "N", "L", None, "Nigeria's total public debt|public debt|debt",
      DAY("2025-12-31"), "Debt Management Office", period_alt=[M(2025, 12), Q(2025, 4)]),
    F("$99.6 billion", 99.6e9, "$", "L", None, "Nigeria's total public debt|public debt|debt", DAY("2025-12-31"),
      "Debt Management Office", period_alt=[M(2025, 12), Q(2025, 4)]),
    F("about 39%", 39, "%", "S", None, "Nigeria's public debt as a share of GDP|public debt|GDP", DAY("2025-12-31"),
      "Debt Management Office", kind_alt=["ratio", "level"], period_alt=[M(2025, 12), None]),
    F("about $1,370", 1370, "$", "R", None, "Egypt's external debt per head|external debt|per head", None, None,
      unit_alt=["USD per person"], kind_alt=["level"], period_alt=[DAY("2025-12-31")]),
    X("more than three times", 3, "R", "up", "Egypt's external debt per head against Nigeria's public debt per head|"
      "external debt|debt", None, None, period_alt=[DAY("2025-12-31")]),
    F("roughly $430", 430, "$", "R", None, "Nigeria's public debt per person|public debt|per person", None, None,
      unit_alt=["USD per person"], kind_alt=["level"], period_alt=[DAY("2025-12-31")]),
    RNG("between 60% and 70%", 60, 70, "%", "S", None, "debt service's share of Nigerian federal revenue|"
        "debt service|federal revenue", Y(2025), "analysts", kind_alt=["ratio", "level"]),
])

# ---------------------------------------------------------------- 50 A company's divisions and regions: "of which", a backlog, guidance raised
P = on("2026-05-26", "Tuesday")
Q1 = Q(2026, 1)
NS = ["Tamar Ridge Systems", "company"]
story("b60-50", P, """
TEL AVIV, May 26 — Tamar Ridge Systems, an Israeli defence electronics maker, said on Tuesday its first-quarter net profit rose 27% to $164 million, as European orders for air defence systems pushed its backlog to a record.

Revenue rose 14% to $1.42 billion. The aerospace division, its largest, grew revenue 19% to $618 million, while the land systems unit's revenue was flat at $402 million.

The order backlog reached $24.8 billion at the end of March, of which 64% was from customers outside Israel. Europe accounted for 31% of the backlog, up from 23% a year earlier.

The company raised its 2026 revenue forecast to between $5.9 billion and $6.1 billion, from $5.7 billion to $5.9 billion previously.

Chief executive Yoram Shalev said the company was expanding production lines in Israel and at a plant in Romania to meet demand, and was hiring engineers in both countries. Analysts said margins could come under pressure as the new lines ramp up.

Shares rose 4.2% in Tel Aviv, giving the company a market value of about 62 billion shekels.
""", [
    F("27%", 27, "%", "C", "up", "Tamar Ridge Systems net profit|net profit|profit", Q1, "Tamar Ridge Systems"),
    F("$164 million", 164e6, "$", "L", "up", "Tamar Ridge Systems net profit|net profit|profit", Q1, "Tamar Ridge Systems"),
    F("14%", 14, "%", "C", "up", "Tamar Ridge Systems revenue|revenue", Q1, None, source_alt=NS),
    F("$1.42 billion", 1.42e9, "$", "L", "up", "Tamar Ridge Systems revenue|revenue", Q1, None, source_alt=NS),
    F("19%", 19, "%", "C", "up", "Tamar Ridge Systems aerospace division revenue|aerospace division|revenue", Q1, None,
      source_alt=NS),
    F("$618 million", 618e6, "$", "L", "up", "Tamar Ridge Systems aerospace division revenue|aerospace division|revenue",
      Q1, None, source_alt=NS),
    F("$402 million", 402e6, "$", "L", "unch", "Tamar Ridge Systems land systems unit revenue|land systems unit|revenue",
      Q1, None, source_alt=NS, direction_alt=[None]),
    F("$24.8 billion", 24.8e9, "$", "L", "up", "Tamar Ridge Systems order backlog|order backlog|backlog",
      DAY("2026-03-31"), None, source_alt=NS, period_alt=[M(2026, 3), Q1]),
    F("64%", 64, "%", "S", None, "share of Tamar Ridge Systems backlog from customers outside Israel|backlog|customers",
      DAY("2026-03-31"), None, source_alt=NS, period_alt=[M(2026, 3), Q1]),
    F("31%", 31, "%", "S", "up", "Europe's share of Tamar Ridge Systems backlog|Europe|backlog", DAY("2026-03-31"), None,
      source_alt=NS, period_alt=[M(2026, 3), Q1]),
    F("23%", 23, "%", "S", None, "Europe's share of Tamar Ridge Systems backlog|Europe|backlog", DAY("2025-03-31"), None,
      source_alt=NS, period_alt=[M(2025, 3), Q(2025, 1)]),
    RNG("between $5.9 billion and $6.1 billion", 5.9e9, 6.1e9, "$", "L", "up", "Tamar Ridge Systems revenue forecast|"
        "revenue forecast|revenue", Y(2026), None, source_alt=NS),
    RNG("$5.7 billion to $5.9 billion", 5.7e9, 5.9e9, "$", "L", None, "Tamar Ridge Systems revenue forecast|"
        "revenue forecast|revenue", Y(2026), None, source_alt=NS),
    F("4.2%", 4.2, "%", "C", "up", "Tamar Ridge Systems shares|shares", DAY(P), None),
    F("about 62 billion shekels", 62e9, "ILS", "L", None, "Tamar Ridge Systems market value|market value|company",
      DAY(P), None),
], ex=["first-quarter"])
