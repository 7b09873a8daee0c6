"""blind59 s5: Vietnamese October data ("Oct.", "Sept.", 10M), Thai GDP and tourism, Kenya's and Kuwait's budgets,
a Swedish flash GDP, Swiss forecasts by column, Chile's IPoM ranges, Malaysia's Budget 2026, Nordic power prices and
an airport's H1 (b59-41..b59-50)."""
from common import *

# ---------------------------------------------------------------- 41 Vietnam October trade and CPI, 10M list, PMI "from ... in Sept."
P = on("2025-11-06", "Thursday")
OCT = M(2025, 10)
M10 = MM(2025, 1, 2025, 10)
NSO = ["National Statistics Office", "statistics office"]
SPG = ["S&P Global", "survey"]
story("b59-41", P, """
HANOI, Nov. 6 — Vietnam's exports rose 14.6% in Oct. from a year earlier to $43.9 billion, the National Statistics Office said on Thursday, as electronics shipments to the United States and Europe held up.

Imports climbed 18.2% to $42.1 billion, leaving a trade surplus of $1.8 billion, down from $2.6 billion in Sept.

10M 2025 key figures:
- Exports: $392.6 billion, up 16.2%
- Trade surplus: $21.2 billion
- Registered FDI: $31.4 billion, up 6.7%
- Retail sales: up 9.8%

Consumer prices rose 3.6% YoY in October and 0.3% MoM.

The S&P Global Vietnam manufacturing PMI rose to 52.3 from 51.1 in Sept., its highest in 16 months, a survey showed on Monday.

The government targets growth of 8% this year. Economists at Mekong Horizon Securities expect between 7.5% and 8%, after growth of 7.6% in the first nine months.

"Exporters are still riding the electronics cycle, but new orders from the U.S. have started to thin," said Nguyen Thu Ha, the firm's chief economist.
""", [
    F("14.6%", 14.6, "%", "C", "up", "Vietnam's exports|exports", OCT, "National Statistics Office",
      source_alt=["statistics office"]),
    F("$43.9 billion", 43.9e9, "$", "L", "up", "Vietnam's exports|exports", OCT, "National Statistics Office",
      source_alt=["statistics office"]),
    F("18.2%", 18.2, "%", "C", "up", "Vietnam's imports|imports", OCT, None, source_alt=NSO),
    F("$42.1 billion", 42.1e9, "$", "L", "up", "Vietnam's imports|imports", OCT, None, source_alt=NSO),
    F("$1.8 billion", 1.8e9, "$", "L", "dn", "Vietnam's trade surplus|trade surplus|surplus", OCT, None,
      source_alt=NSO, direction_alt=[None]),
    F("$2.6 billion", 2.6e9, "$", "L", None, "Vietnam's trade surplus|trade surplus|surplus", M(2025, 9), None,
      source_alt=NSO),
    F("$392.6 billion", 392.6e9, "$", "L", "up", "Vietnam's exports|exports", M10, None, source_alt=NSO,
      direction_alt=[None]),
    F("16.2%", 16.2, "%", "C", "up", "Vietnam's exports|exports", M10, None, source_alt=NSO),
    F("$21.2 billion", 21.2e9, "$", "L", None, "Vietnam's trade surplus|trade surplus|surplus", M10, None,
      source_alt=NSO),
    F("$31.4 billion", 31.4e9, "$", "L", "up", "registered FDI in Vietnam|registered FDI|FDI", M10, None,
      source_alt=NSO, direction_alt=[None]),
    F("6.7%", 6.7, "%", "C", "up", "registered FDI in Vietnam|registered FDI|FDI", M10, None, source_alt=NSO),
    F("9.8%", 9.8, "%", "C", "up", "Vietnam's retail sales|retail sales|sales", M10, None, source_alt=NSO),
    F("3.6%", 3.6, "%", "C", "up", "Vietnam's consumer prices|consumer prices|prices", OCT, None, source_alt=NSO,
      kind_alt=["level"]),
    F("0.3%", 0.3, "%", "C", "up", "Vietnam's consumer prices|consumer prices|prices", OCT, None, source_alt=NSO),
    F("52.3", 52.3, None, "L", "up", "Vietnam manufacturing PMI|manufacturing PMI|PMI", OCT, None, source_alt=SPG,
      unit_alt=["point"]),
    F("51.1", 51.1, None, "L", None, "Vietnam manufacturing PMI|manufacturing PMI|PMI", M(2025, 9), None,
      source_alt=SPG, unit_alt=["point"]),
    F("8%", 8, "%", "C", "up", "Vietnam's growth target|growth|target", Y(2025), None, ctx="growth of 8%",
      source_alt=["government"], kind_alt=["level"], direction_alt=[None]),
    RNG("between 7.5% and 8%", 7.5, 8, "%", "C", "up", "Vietnam's economic growth|growth", Y(2025),
        "Economists at Mekong Horizon Securities", source_alt=["Economists", "Mekong Horizon Securities"],
        kind_alt=["level"]),
    F("7.6%", 7.6, "%", "C", "up", "Vietnam's economic growth|growth", MM(2025, 1, 2025, 9), None,
      source_alt=NSO + ["Mekong Horizon Securities"], kind_alt=["level"]),
], ex=["10M", "16 months", "first nine months"])

# ---------------------------------------------------------------- 42 Thai Q1 GDP, forecast ranges narrowed, a tourism list "Jan. 1-May 18"
P = on("2025-05-19", "Monday")
Q1 = Q(2025, 1)
NES = ["National Economic and Social Development Council", "NESDC", "council"]
TOUR = ("2025-01-01", "2025-05-18")
story("b59-42", P, """
BANGKOK, May 19 — Thailand's economy grew 3.1% in the first quarter from a year earlier, the National Economic and Social Development Council (NESDC) said on Monday, but the state planning agency cut its outlook as U.S. tariffs and a slump in Chinese visitors cloud the rest of the year.

Quarter on quarter, GDP expanded 0.7% in January-March, after 0.4% in the final three months of 2024.

The council cut its 2025 growth forecast to between 1.3% and 2.3%, from 2.3% to 3.3% previously, and lowered its forecast for foreign arrivals this year to 35 million from 37 million.

Tourism snapshot, Jan. 1-May 18:
- Foreign arrivals: 13.1 million, down 2.0% YoY
- Chinese visitors: 1.73 million, down 33%
- Malaysian visitors: 1.79 million, the largest group
- Tourism revenue: 603 billion baht

"Tourism was supposed to be the cushion this year, and instead it is a drag," said Siriporn Thanakit, an economist at Krungthep Advisory, who expects the Bank of Thailand to cut its policy rate to 1.50% by August.
""", [
    F("3.1%", 3.1, "%", "C", "up", "Thailand's economy|economy|GDP", Q1,
      "National Economic and Social Development Council", source_alt=NES[1:]),
    F("0.7%", 0.7, "%", "C", "up", "Thailand's GDP|GDP", Q1, None, source_alt=NES),
    F("0.4%", 0.4, "%", "C", None, "Thailand's GDP|GDP", Q(2024, 4), None, source_alt=NES, direction_alt=["up"]),
    RNG("between 1.3% and 2.3%", 1.3, 2.3, "%", "C", "dn", "council's 2025 growth forecast|growth forecast|growth",
        Y(2025), None, source_alt=NES, kind_alt=["level"], direction_alt=["up"]),
    RNG("2.3% to 3.3%", 2.3, 3.3, "%", "C", None, "council's 2025 growth forecast|growth forecast|growth", Y(2025),
        None, source_alt=NES, kind_alt=["level"], direction_alt=["up"]),
    F("35 million", 35e6, "#foreign arrival", "L", "dn", "council's forecast for foreign arrivals|foreign arrivals|"
      "arrivals", Y(2025), None, source_alt=NES, unit_alt=["arrival", "visitor"]),
    F("37 million", 37e6, "#foreign arrival", "L", None, "council's forecast for foreign arrivals|foreign arrivals|"
      "arrivals", Y(2025), None, source_alt=NES, unit_alt=["arrival", "visitor"]),
    F("13.1 million", 13.1e6, "#foreign arrival", "L", "dn", "foreign arrivals in Thailand|foreign arrivals|arrivals",
      TOUR, None, unit_alt=["arrival", "visitor"], direction_alt=[None]),
    F("2.0%", 2.0, "%", "C", "dn", "foreign arrivals in Thailand|foreign arrivals|arrivals", TOUR, None),
    F("1.73 million", 1.73e6, "#Chinese visitor", "L", "dn", "Chinese visitors to Thailand|Chinese visitors|visitors",
      TOUR, None, unit_alt=["visitor"], direction_alt=[None]),
    F("33%", 33, "%", "C", "dn", "Chinese visitors to Thailand|Chinese visitors|visitors", TOUR, None),
    F("1.79 million", 1.79e6, "#Malaysian visitor", "L", None, "Malaysian visitors to Thailand|Malaysian visitors|"
      "visitors", TOUR, None, unit_alt=["visitor"]),
    F("603 billion baht", 603e9, "baht", "L", None, "Thailand's tourism revenue|tourism revenue|revenue", TOUR,
      None),
    F("1.50%", 1.50, "%", "L", "dn", "Bank of Thailand policy rate|policy rate|rate", (None, "2025-08"),
      "Siriporn Thanakit", source_alt=["Thanakit", "economist", "Krungthep Advisory"], period_alt=[M(2025, 8)]),
], ex=["first quarter", "final three months", "Quarter on quarter"])

# ---------------------------------------------------------------- 43 Kenya's 2026/27 budget speech, a highlights list, debt "at the end of March"
P = on("2026-06-11", "Thursday")
FY27 = FY(2026, 7, 2027, 6)
FY26 = FY(2025, 7, 2026, 6)
TRE = ["Treasury", "Kenya's Treasury"]
KES = ["shilling", "KES"]
story("b59-43", P, """
NAIROBI, June 11 — Kenya's Treasury on Thursday presented a 4.29 trillion shilling budget for the 2026/27 fiscal year, up 6.4% from the current year, and pledged to narrow the deficit to 4.3% of gross domestic product from an estimated 4.8% in 2025/26.

Budget highlights:
- Revenue target: 3.32 trillion shillings, including grants
- Tax revenue: 2.84 trillion shillings, up 11.2%
- Development spending: 731.5 billion shillings
- Debt service: 1.62 trillion shillings, or 38% of total spending
- Education: 702 billion shillings, the largest sector allocation

Public debt stood at 12.1 trillion shillings at the end of March, equivalent to 66.8% of GDP, the Treasury said.

The Treasury projects economic growth of 5.3% in 2026/27, compared with an estimated 5.0% this year.

"The revenue target assumes a tax take the country has never achieved," said Otieno Wafula, an economist at Tana Research, who warned that arrears to suppliers would keep rising if collections fell short.

Parliament must approve the budget before the fiscal year starts on July 1.
""", [
    F("4.29 trillion shilling", 4.29e12, "KSh", "L", "up", "Kenya's budget|budget", FY27, "Treasury",
      source_alt=["Kenya's Treasury"], unit_alt=KES),
    F("6.4%", 6.4, "%", "C", "up", "Kenya's budget|budget", FY27, "Treasury", source_alt=["Kenya's Treasury"]),
    F("4.3%", 4.3, "%", "S", "dn", "Kenya's budget deficit|deficit", FY27, "Treasury",
      source_alt=["Kenya's Treasury"], kind_alt=["ratio", "level"]),
    F("4.8%", 4.8, "%", "S", None, "Kenya's budget deficit|deficit", FY26, "Treasury",
      source_alt=["Kenya's Treasury"], kind_alt=["ratio", "level"]),
    F("3.32 trillion shillings", 3.32e12, "KSh", "L", None, "Kenya's revenue target|revenue target|revenue", FY27,
      None, source_alt=TRE, unit_alt=KES),
    F("2.84 trillion shillings", 2.84e12, "KSh", "L", "up", "Kenya's tax revenue|tax revenue|revenue", FY27, None,
      source_alt=TRE, unit_alt=KES, direction_alt=[None]),
    F("11.2%", 11.2, "%", "C", "up", "Kenya's tax revenue|tax revenue|revenue", FY27, None, source_alt=TRE),
    F("731.5 billion shillings", 731.5e9, "KSh", "L", None, "Kenya's development spending|development spending|"
      "spending", FY27, None, source_alt=TRE, unit_alt=KES),
    F("1.62 trillion shillings", 1.62e12, "KSh", "L", None, "Kenya's debt service|debt service", FY27, None,
      source_alt=TRE, unit_alt=KES),
    F("38%", 38, "%", "S", None, "debt service's share of Kenya's total spending|debt service|share", FY27, None,
      source_alt=TRE),
    F("702 billion shillings", 702e9, "KSh", "L", None, "Kenya's education allocation|education", FY27, None,
      source_alt=TRE, unit_alt=KES),
    F("12.1 trillion shillings", 12.1e12, "KSh", "L", None, "Kenya's public debt|public debt|debt",
      DAY("2026-03-31"), "Treasury", source_alt=["Kenya's Treasury"], unit_alt=KES, period_alt=[M(2026, 3)]),
    F("66.8%", 66.8, "%", "S", None, "Kenya's public debt as a share of GDP|public debt|debt", DAY("2026-03-31"),
      "Treasury", source_alt=["Kenya's Treasury"], kind_alt=["ratio", "level"], period_alt=[M(2026, 3)]),
    F("5.3%", 5.3, "%", "C", "up", "Kenya's economic growth|economic growth|growth", FY27, "Treasury",
      source_alt=["Kenya's Treasury"], kind_alt=["level"]),
    F("5.0%", 5.0, "%", "C", None, "Kenya's economic growth|economic growth|growth", FY26, "Treasury",
      source_alt=["Kenya's Treasury"], kind_alt=["level"], direction_alt=["up"]),
])

# ---------------------------------------------------------------- 44 Kuwait's 2025/26 draft budget (Sunday), April-March fiscal year
P = on("2025-02-02", "Sunday")
FY26 = FY(2025, 4, 2026, 3)
MOF = ["finance ministry", "ministry", "cabinet"]
KWD = ["dinar", "Kuwaiti dinar"]
story("b59-44", P, """
KUWAIT, Feb. 2 — Kuwait's cabinet approved a draft 2025/26 budget projecting a deficit of 5.9 billion dinars ($19.2 billion), down from a projected 6.3 billion dinars in the current fiscal year, the finance ministry said on Sunday.

The budget, for the fiscal year starting April 1, assumes an oil price of $62 a barrel and production of 2.55 million barrels per day.

Key figures:
- Spending: 24.1 billion dinars, down 2.4%
- Revenue: 18.2 billion dinars, of which oil revenue is 15.3 billion (84%)
- Wages and subsidies: 19.6 billion dinars, or 81% of spending
- Capital spending: 2.9 billion dinars

Kuwait needs an oil price of about $82 a barrel to balance its budget, according to the International Monetary Fund.

"Without reform of the wage bill, these deficits will simply keep coming," said Dalal Al-Sabah, a fiscal analyst at Gulf Horizon Research, who expects parliament-free decision-making to speed up a long-stalled debt law.

Brent crude traded at $76.40 a barrel on Friday.
""", [
    F("5.9 billion dinars", 5.9e9, "KWD", "L", "dn", "Kuwait's budget deficit|deficit", FY26, "finance ministry",
      source_alt=MOF[1:], unit_alt=KWD, direction_alt=[None]),
    F("$19.2 billion", 19.2e9, "$", "L", "dn", "Kuwait's budget deficit|deficit", FY26, "finance ministry",
      source_alt=MOF[1:], direction_alt=[None]),
    F("6.3 billion dinars", 6.3e9, "KWD", "L", None, "Kuwait's budget deficit|deficit", FY(2024, 4, 2025, 3),
      "finance ministry", source_alt=MOF[1:], unit_alt=KWD),
    F("$62", 62, "$", "L", None, "Kuwait budget's oil price assumption|oil price", FY26, "budget",
      source_alt=MOF, unit_alt=["USD per barrel"]),
    F("2.55 million barrels per day", 2.55e6, "bpd", "L", None, "Kuwait budget's oil production assumption|"
      "production", FY26, "budget", source_alt=MOF),
    F("24.1 billion dinars", 24.1e9, "KWD", "L", "dn", "Kuwait's budget spending|spending", FY26, None,
      source_alt=MOF, unit_alt=KWD, direction_alt=[None]),
    F("2.4%", 2.4, "%", "C", "dn", "Kuwait's budget spending|spending", FY26, None, source_alt=MOF),
    F("18.2 billion dinars", 18.2e9, "KWD", "L", None, "Kuwait's budget revenue|revenue", FY26, None,
      source_alt=MOF, unit_alt=KWD),
    F("15.3 billion", 15.3e9, "KWD", "L", None, "Kuwait's oil revenue|oil revenue|revenue", FY26, None,
      source_alt=MOF, unit_alt=KWD),
    F("84%", 84, "%", "S", None, "oil revenue's share of Kuwait's revenue|oil revenue|share", FY26, None,
      source_alt=MOF),
    F("19.6 billion dinars", 19.6e9, "KWD", "L", None, "Kuwait's wages and subsidies|wages and subsidies|"
      "subsidies", FY26, None, source_alt=MOF, unit_alt=KWD),
    F("81%", 81, "%", "S", None, "wages and subsidies' share of Kuwait's spending|wages and subsidies|share", FY26,
      None, source_alt=MOF),
    F("2.9 billion dinars", 2.9e9, "KWD", "L", None, "Kuwait's capital spending|capital spending|spending", FY26,
      None, source_alt=MOF, unit_alt=KWD),
    F("about $82", 82, "$", "L", None, "Kuwait's fiscal breakeven oil price|breakeven oil price|oil price", None,
      "International Monetary Fund", source_alt=["IMF"], unit_alt=["USD per barrel"], period_alt=[FY26]),
    F("$76.40", 76.40, "$", "L", None, "Brent crude price|Brent crude|Brent", DAY("2025-01-31"), None,
      unit_alt=["USD per barrel"]),
])

# ---------------------------------------------------------------- 45 Sweden flash GDP for the third quarter, September indicator, Riksbank forecasts
P = on("2026-10-29", "Thursday")
Q3 = Q(2026, 3)
SCB = ["Statistics Sweden", "flash estimate"]
story("b59-45", P, """
STOCKHOLM, Oct. 29 — Sweden's economy grew 0.8% in the third quarter from the previous three months, a flash estimate from Statistics Sweden showed on Thursday, well above the 0.4% expected by economists and the fastest pace since 2021.

From a year earlier, calendar-adjusted GDP rose 2.6%. The agency's GDP indicator for September alone showed growth of 0.5% on the month.

Household consumption rose 1.1% in September, while the number of hours worked climbed 0.6% in the quarter.

The Riksbank, which left its policy rate at 1.75% in September, had forecast third-quarter growth of only 0.5% and expects growth of 2.1% in 2027. Its next decision is due on Nov. 5, and money markets see a 25% chance of a hike by March.

"This is the recovery we have been waiting for, and it is broad-based," said Oskar Lundgren, chief economist at Mälaren Bank, who now expects the central bank to raise rates in the second quarter of next year.

The crown rose 0.7% to 10.84 per euro after the data.
""", [
    F("0.8%", 0.8, "%", "C", "up", "Sweden's economy|economy|GDP", Q3, "Statistics Sweden",
      source_alt=["flash estimate"]),
    F("0.4%", 0.4, "%", "C", "up", "economists' forecast for Swedish GDP|forecast|GDP", Q3, "economists"),
    F("2.6%", 2.6, "%", "C", "up", "Sweden's calendar-adjusted GDP|GDP", Q3, None, source_alt=SCB),
    F("0.5%", 0.5, "%", "C", "up", "Sweden's GDP indicator|GDP indicator|GDP", M(2026, 9), None,
      ctx="growth of 0.5% on the month", source_alt=SCB + ["agency"]),
    F("1.1%", 1.1, "%", "C", "up", "Swedish household consumption|household consumption|consumption", M(2026, 9),
      None, source_alt=SCB),
    F("0.6%", 0.6, "%", "C", "up", "hours worked in Sweden|hours worked", Q3, None, source_alt=SCB),
    F("1.75%", 1.75, "%", "L", "unch", "Riksbank policy rate|policy rate|rate", M(2026, 9), None,
      source_alt=["Riksbank"], direction_alt=[None]),
    F("0.5%", 0.5, "%", "C", "up", "Riksbank's forecast for Swedish GDP|GDP|growth", Q3, "Riksbank",
      ctx="only 0.5%", kind_alt=["level"]),
    F("2.1%", 2.1, "%", "C", "up", "Sweden's economic growth|growth", Y(2027), "Riksbank", kind_alt=["level"]),
    F("25%", 25, "%", "L", None, "market-implied chance of a Riksbank hike|chance", None, "money markets",
      source_alt=["markets"], kind_alt=["share"], period_alt=[DAY(P), (None, "2027-03"), (P, "2027-03")]),
    F("0.7%", 0.7, "%", "C", "up", "Swedish crown|crown", DAY(P), None),
    F("10.84", 10.84, "SEK", "L", "up", "Swedish crown|crown", DAY(P), None, unit_alt=["SEK per EUR"],
      direction_alt=["dn"]),
], ex=["third quarter", "previous three months", "third-quarter", "in the quarter", "second quarter"])

# ---------------------------------------------------------------- 46 SECO forecasts with a "2026 / 2027" table, actual unemployment, SNB
P = on("2025-12-16", "Tuesday")
SECO = ["State Secretariat for Economic Affairs", "SECO", "expert group"]
story("b59-46", P, """
BERN, Dec. 16 — The Swiss government's expert group raised its 2027 growth forecast to 1.7% from 1.5% on Tuesday, betting that a trade deal with the United States would lift exports, but trimmed its outlook for next year.

The State Secretariat for Economic Affairs (SECO) now expects sport-adjusted gross domestic product to grow 1.1% in 2026, down from 1.2% in its September forecast. Growth of 1.3% is estimated for 2025.

Forecasts at a glance (2026 / 2027):
- Inflation: 0.2% / 0.4%
- Unemployment rate: 3.1% / 3.0%
- Exports of goods: 1.9% / 3.4%

Swiss unemployment held at 2.9% in November on a seasonally adjusted basis, with 134,800 people registered as jobless, SECO said last week.

The Swiss National Bank kept its policy rate at zero last Thursday and said it was willing to intervene in currency markets if needed.

"A tariff deal is now in the forecasts; the risk is that it is not yet in the order books," said Nadine Keller-Hug, an economist at Limmat Kantonalbank.
""", [
    F("1.7%", 1.7, "%", "C", "up", "expert group's 2027 growth forecast|growth forecast|growth", Y(2027), None,
      source_alt=SECO + ["Swiss government"], kind_alt=["level"]),
    F("1.5%", 1.5, "%", "C", None, "expert group's 2027 growth forecast|growth forecast|growth", Y(2027), None,
      source_alt=SECO + ["Swiss government"], kind_alt=["level"]),
    F("1.1%", 1.1, "%", "C", "up", "Swiss sport-adjusted gross domestic product|gross domestic product|GDP", Y(2026),
      "State Secretariat for Economic Affairs", source_alt=SECO[1:], kind_alt=["level"], direction_alt=["dn"]),
    F("1.2%", 1.2, "%", "C", None, "Swiss sport-adjusted gross domestic product|gross domestic product|GDP",
      Y(2026), "State Secretariat for Economic Affairs", source_alt=SECO[1:], kind_alt=["level"],
      direction_alt=["up"]),
    F("1.3%", 1.3, "%", "C", "up", "Swiss economic growth|growth", Y(2025), None, source_alt=SECO,
      kind_alt=["level"]),
    F("0.2%", 0.2, "%", "L", None, "Swiss inflation|inflation", Y(2026), None, source_alt=SECO,
      kind_alt=["change"]),
    F("0.4%", 0.4, "%", "L", None, "Swiss inflation|inflation", Y(2027), None, source_alt=SECO,
      kind_alt=["change"], direction_alt=["up"]),
    F("3.1%", 3.1, "%", "L", None, "Swiss unemployment rate|unemployment rate|unemployment", Y(2026), None,
      source_alt=SECO, direction_alt=["up"]),
    F("3.0%", 3.0, "%", "L", None, "Swiss unemployment rate|unemployment rate|unemployment", Y(2027), None,
      source_alt=SECO, direction_alt=["dn"]),
    F("1.9%", 1.9, "%", "C", "up", "Swiss exports of goods|exports of goods|exports", Y(2026), None,
      source_alt=SECO, kind_alt=["level"]),
    F("3.4%", 3.4, "%", "C", "up", "Swiss exports of goods|exports of goods|exports", Y(2027), None,
      source_alt=SECO, kind_alt=["level"]),
    F("2.9%", 2.9, "%", "L", "unch", "Swiss unemployment|unemployment", M(2025, 11), "SECO",
      source_alt=["State Secretariat for Economic Affairs"], direction_alt=[None]),
    F("134,800", 134800, "#person", "L", None, "people registered as jobless in Switzerland|jobless|people",
      M(2025, 11), "SECO", source_alt=["State Secretariat for Economic Affairs"], unit_alt=["people"]),
    F("zero", 0, "%", "L", "unch", "Swiss National Bank policy rate|policy rate|rate", DAY("2025-12-11"), None,
      source_alt=["Swiss National Bank", "SNB"], direction_alt=[None], unit_alt=[None]),
])

# ---------------------------------------------------------------- 47 Chile IPoM: ranges "2.0%-2.75%", a projections table by year
P = on("2026-06-17", "Wednesday")
BCC = ["central bank", "Central Bank of Chile", "Monetary Policy Report", "IPoM"]
story("b59-47", P, """
SANTIAGO, June 17 — Chile's central bank raised its 2026 growth forecast range to 2.0%-2.75% from 1.75%-2.5% on Wednesday, citing stronger copper exports and mining investment, in its quarterly Monetary Policy Report (IPoM).

The bank, which held its benchmark rate at 4.50% on Tuesday, now sees annual inflation ending the year at 3.4% and returning to its 3% target in the first half of 2027.

Projections (2026 / 2027):
- GDP growth: 2.0%-2.75% / 1.75%-2.75%
- Investment: 4.5% / 3.2%
- Current account deficit: 2.1% / 2.4% of GDP
- Copper price: $4.35 / $4.20 a pound

The report's rate corridor implies cuts of 25 to 50 basis points by mid-2027, the bank said.

Copper, which accounts for about half of Chile's exports, has risen 11% since the start of the year.

"The message is patience: growth is better, but inflation is not done yet," said Felipe Araya, chief economist at Cordillera Inversiones, who expects the next cut in October.

The peso was little changed at 938 per dollar after the report.
""", [
    RNG("2.0%-2.75%", 2.0, 2.75, "%", "C", "up", "central bank's 2026 growth forecast range|growth forecast|growth",
        Y(2026), None, ctx="range to 2.0%-2.75%", source_alt=BCC, kind_alt=["level"]),
    RNG("1.75%-2.5%", 1.75, 2.5, "%", "C", None, "central bank's 2026 growth forecast range|growth forecast|growth",
        Y(2026), None, source_alt=BCC, kind_alt=["level"], direction_alt=["up"]),
    F("4.50%", 4.50, "%", "L", "unch", "Chile's benchmark rate|benchmark rate|rate", DAY("2026-06-16"), None,
      source_alt=BCC, direction_alt=[None]),
    F("3.4%", 3.4, "%", "L", None, "Chile's annual inflation|annual inflation|inflation", M(2026, 12), "bank",
      source_alt=BCC, kind_alt=["change"], period_alt=[Y(2026), (None, "2026-12")]),
    F("3%", 3, "%", "L", None, "central bank's inflation target|target|inflation", H(2027, 1), "bank",
      source_alt=BCC, period_alt=[None, (None, "2027-06")]),
    RNG("2.0%-2.75%", 2.0, 2.75, "%", "C", "up", "Chile's GDP growth|GDP growth|growth", Y(2026), None,
        ctx="GDP growth: 2.0%-2.75%", source_alt=BCC, kind_alt=["level"], direction_alt=[None]),
    RNG("1.75%-2.75%", 1.75, 2.75, "%", "C", "up", "Chile's GDP growth|GDP growth|growth", Y(2027), None,
        source_alt=BCC, kind_alt=["level"], direction_alt=[None]),
    F("4.5%", 4.5, "%", "C", "up", "Chile's investment|investment", Y(2026), None, source_alt=BCC,
      kind_alt=["level"], direction_alt=[None]),
    F("3.2%", 3.2, "%", "C", "up", "Chile's investment|investment", Y(2027), None, source_alt=BCC,
      kind_alt=["level"], direction_alt=[None]),
    F("2.1%", 2.1, "%", "S", None, "Chile's current account deficit|current account deficit|deficit", Y(2026), None,
      source_alt=BCC, kind_alt=["ratio", "level"]),
    F("2.4%", 2.4, "%", "S", None, "Chile's current account deficit|current account deficit|deficit", Y(2027), None,
      source_alt=BCC, kind_alt=["ratio", "level"]),
    F("$4.35", 4.35, "$", "L", None, "central bank's copper price projection|copper price|copper", Y(2026), None,
      source_alt=BCC, unit_alt=["USD per pound"]),
    F("$4.20", 4.20, "$", "L", None, "central bank's copper price projection|copper price|copper", Y(2027), None,
      source_alt=BCC, unit_alt=["USD per pound"], direction_alt=["dn"]),
    RNG("25 to 50 basis points", 25, 50, "bp", "C", "dn", "Chile's benchmark rate|rate|cuts", (None, "2027-06"),
        "bank", source_alt=BCC + ["rate corridor"], value_alt=[0.25], unit_alt=["percentage point"],
        period_alt=[(P, "2027-06"), ("2026-06", "2027-06")]),
    FR("about half", 1, 2, "S", None, "copper's share of Chile's exports|copper|exports", None, None,
       kind_alt=["level"]),
    F("11%", 11, "%", "C", "up", "copper price|copper", ("2026-01", "2026-06"), None,
      period_alt=[("2026-01-01", P)]),
    F("938", 938, "CLP", "L", "unch", "Chilean peso|peso", DAY(P), None, unit_alt=["peso", "CLP per USD"],
      direction_alt=[None]),
], ex=["first half"])

# ---------------------------------------------------------------- 48 Malaysia's "Budget 2026" (October 2025), an at-a-glance list, ranges
P = on("2025-10-10", "Friday")
B26 = Y(2026)
GOV = ["government", "Budget 2026"]
RM = ["ringgit", "RM"]
story("b59-48", P, """
KUALA LUMPUR, Oct. 10 — Malaysia's government on Friday unveiled a record 419.7 billion ringgit budget for 2026, targeting a narrower fiscal deficit of 3.5% of gross domestic product from an estimated 3.8% this year.

Budget 2026 at a glance:
- Operating expenditure: RM331.4 billion
- Development expenditure: RM88.3 billion
- Revenue: RM343.1 billion, up 4.1%
- Subsidies and social assistance: RM53.4 billion, down from RM61.2 billion

The government expects the economy to grow between 4% and 4.5% next year, after an estimated 4.4% in 2025, and inflation to average 1.5% to 2.5%.

Targeted fuel subsidies are expected to save about RM4 billion a year. Federal government debt is projected at 64.2% of GDP at the end of 2026, just below the statutory ceiling of 65%.

"The fiscal path is credible, but the revenue side still depends heavily on oil and on a narrow tax base," said Tan Wei Ling, chief economist at Klang Valley Research.

The ringgit was little changed at 4.22 per dollar after the speech.
""", [
    F("419.7 billion ringgit", 419.7e9, "MYR", "L", "up", "Malaysia's budget|budget", B26, None, source_alt=GOV,
      unit_alt=RM, direction_alt=[None]),
    F("3.5%", 3.5, "%", "S", "dn", "Malaysia's fiscal deficit|fiscal deficit|deficit", B26, None, source_alt=GOV,
      kind_alt=["ratio", "level"]),
    F("3.8%", 3.8, "%", "S", None, "Malaysia's fiscal deficit|fiscal deficit|deficit", Y(2025), None,
      source_alt=GOV, kind_alt=["ratio", "level"]),
    F("RM331.4 billion", 331.4e9, "MYR", "L", None, "Malaysia's operating expenditure|operating expenditure|"
      "expenditure", B26, None, source_alt=GOV, unit_alt=RM),
    F("RM88.3 billion", 88.3e9, "MYR", "L", None, "Malaysia's development expenditure|development expenditure|"
      "expenditure", B26, None, source_alt=GOV, unit_alt=RM),
    F("RM343.1 billion", 343.1e9, "MYR", "L", "up", "Malaysia's government revenue|revenue", B26, None,
      source_alt=GOV, unit_alt=RM, direction_alt=[None]),
    F("4.1%", 4.1, "%", "C", "up", "Malaysia's government revenue|revenue", B26, None, source_alt=GOV),
    F("RM53.4 billion", 53.4e9, "MYR", "L", "dn", "Malaysia's subsidies and social assistance|subsidies", B26, None,
      source_alt=GOV, unit_alt=RM),
    F("RM61.2 billion", 61.2e9, "MYR", "L", None, "Malaysia's subsidies and social assistance|subsidies", Y(2025),
      None, source_alt=GOV, unit_alt=RM),
    RNG("between 4% and 4.5%", 4, 4.5, "%", "C", "up", "Malaysia's economic growth|economy|growth", B26,
        "government", source_alt=["Budget 2026"], kind_alt=["level"]),
    F("4.4%", 4.4, "%", "C", "up", "Malaysia's economic growth|economy|growth", Y(2025), "government",
      source_alt=["Budget 2026"], kind_alt=["level"]),
    RNG("1.5% to 2.5%", 1.5, 2.5, "%", "L", None, "Malaysia's inflation|inflation", B26, "government",
        source_alt=["Budget 2026"], kind_alt=["change"]),
    F("about RM4 billion", 4e9, "MYR", "L", None, "savings from targeted fuel subsidies|savings|fuel subsidies",
      None, None, source_alt=GOV, unit_alt=RM + ["MYR per year"], period_alt=[B26]),
    F("64.2%", 64.2, "%", "S", None, "Malaysia's federal government debt|government debt|debt", M(2026, 12), None,
      source_alt=GOV, kind_alt=["ratio", "level"], period_alt=[B26, (None, "2026-12")]),
    F("65%", 65, "%", "S", None, "statutory debt ceiling|ceiling", None, None, kind_alt=["ratio", "level"]),
    F("4.22", 4.22, "MYR", "L", "unch", "ringgit", DAY(P), None, unit_alt=RM + ["MYR per USD"],
      direction_alt=[None]),
])

# ---------------------------------------------------------------- 49 Nordic power week to Sunday, area-price lines, "more than double", "roughly half"
P = on("2025-12-14", "Sunday")
WK = ("2025-12-08", P)
WK0 = ("2024-12-09", "2024-12-15")
EUR = ["EUR per megawatt-hour", "euro"]
story("b59-49", P, """
OSLO — Nordic wholesale power prices jumped to their highest in almost two years this week as a cold snap and weak winds lifted demand, while hydropower reservoirs sat well below normal.

The Nord Pool system price averaged 78.40 euros per megawatt-hour in the week to Sunday, up 41% from the previous week and more than double the 36.10 euros of the same week a year earlier.

Weekly average area prices:
- Southern Sweden: 112.65 euros
- Southern Norway: 86.20 euros
- Finland: 95.70 euros
- Western Denmark: 121.30 euros

Nordic hydro reservoirs were 71.3% full, 9.4 percentage points below the long-term median, according to analysts at Fjellkraft Analyse. Wind generation averaged 4,850 megawatts, roughly half its level a week earlier.

The forward contract for the first quarter of 2026 rose 12% during the week to 69.85 euros, as traders priced in a drier-than-normal winter.

"If January is cold, the south of Sweden is going to feel it in its bills," said Helga Sørli, head of power analysis at the consultancy.
""", [
    F("78.40 euros per megawatt-hour", 78.40, "€", "L", "up", "Nord Pool system price|system price|power prices", WK,
      None, unit_alt=EUR + ["EUR per MWh"]),
    F("41%", 41, "%", "C", "up", "Nord Pool system price|system price", WK, None),
    X("more than double", 2, "R", "up", "Nord Pool system price|system price", WK, None, direction_alt=[None]),
    F("36.10 euros", 36.10, "€", "L", None, "Nord Pool system price|system price", WK0, None, unit_alt=EUR),
    F("112.65 euros", 112.65, "€", "L", None, "southern Sweden area price|Southern Sweden|area price", WK, None,
      unit_alt=EUR),
    F("86.20 euros", 86.20, "€", "L", None, "southern Norway area price|Southern Norway|area price", WK, None,
      unit_alt=EUR),
    F("95.70 euros", 95.70, "€", "L", None, "Finland area price|Finland|area price", WK, None, unit_alt=EUR),
    F("121.30 euros", 121.30, "€", "L", None, "western Denmark area price|Western Denmark|area price", WK, None,
      unit_alt=EUR),
    F("71.3%", 71.3, "%", "S", None, "Nordic hydro reservoir filling|hydro reservoirs|reservoirs", WK,
      "Fjellkraft Analyse", source_alt=["analysts"], kind_alt=["level"], period_alt=[DAY(P)]),
    F("9.4 percentage points", 9.4, "pp", "C", "dn", "Nordic hydro reservoir filling relative to the median|"
      "hydro reservoirs|reservoirs", WK, "Fjellkraft Analyse", source_alt=["analysts"], kind_alt=["level"],
      direction_alt=[None], period_alt=[DAY(P)]),
    F("4,850 megawatts", 4850, "MW", "L", "dn", "Nordic wind generation|wind generation", WK, None,
      direction_alt=[None]),
    X("roughly half", 0.5, "R", "dn", "Nordic wind generation|wind generation", WK, None, value_alt=[50],
      unit_alt=["percent"], kind_alt=["share"], direction_alt=[None]),
    F("12%", 12, "%", "C", "up", "first-quarter 2026 forward contract|forward contract|contract", WK, None),
    F("69.85 euros", 69.85, "€", "L", "up", "first-quarter 2026 forward contract|forward contract|contract", DAY(P),
      None, unit_alt=EUR, period_alt=[WK, Q(2026, 1)]),
], ex=["two years", "first quarter"])

# ---------------------------------------------------------------- 50 Dubai International's H1: list, Q1/Q2, a full-year forecast
P = on("2025-08-06", "Wednesday")
H1 = H(2025, 1)
OP = ["operator", "Dubai International"]
story("b59-50", P, """
DUBAI, Aug. 6 — Dubai International handled 47.3 million passengers in the first half of 2025, up 4.2% from a year earlier, its operator said on Wednesday, keeping it on course to remain the world's busiest airport for international travel.

H1 at a glance:
- Flights: 227,400, up 2.9%
- Average passengers per flight: 229
- Cargo: 1.09 million tonnes, up 6.1%
- Bags handled: 41.6 million
- Top destination country: India, with 6.1 million passengers

Traffic in the second quarter rose 3.1% to 23.2 million, compared with 24.1 million in the January-March period, when the Ramadan travel peak fell.

The operator expects 96 million passengers this year, up from 92.3 million in 2024.

"Our constraint is no longer demand, it is space," the operator's chief executive said, adding that expansion work on the airport's concourses would continue through the winter.

London, Riyadh and Mumbai were the busiest city routes.
""", [
    F("47.3 million", 47.3e6, "#passenger", "L", "up", "Dubai International passengers|passengers", H1,
      "operator", source_alt=["Dubai International"]),
    F("4.2%", 4.2, "%", "C", "up", "Dubai International passengers|passengers", H1, "operator",
      source_alt=["Dubai International"]),
    F("227,400", 227400, "#flight", "L", "up", "Dubai International flights|flights", H1, None, source_alt=OP,
      direction_alt=[None]),
    F("2.9%", 2.9, "%", "C", "up", "Dubai International flights|flights", H1, None, source_alt=OP),
    F("229", 229, "#passenger", "R", None, "average passengers per flight|passengers per flight|passengers", H1,
      None, source_alt=OP, unit_alt=["passenger per flight"], kind_alt=["level"]),
    F("1.09 million tonnes", 1.09e6, "t", "L", "up", "Dubai International cargo|cargo", H1, None, source_alt=OP,
      direction_alt=[None]),
    F("6.1%", 6.1, "%", "C", "up", "Dubai International cargo|cargo", H1, None, source_alt=OP),
    F("41.6 million", 41.6e6, "#bag", "L", None, "bags handled at Dubai International|bags", H1, None,
      source_alt=OP),
    F("6.1 million", 6.1e6, "#passenger", "L", None, "Dubai International passengers to India|India|passengers", H1,
      None, source_alt=OP),
    F("3.1%", 3.1, "%", "C", "up", "Dubai International traffic|traffic", Q(2025, 2), None, source_alt=OP),
    F("23.2 million", 23.2e6, "#passenger", "L", "up", "Dubai International traffic|traffic|passengers",
      Q(2025, 2), None, source_alt=OP),
    F("24.1 million", 24.1e6, "#passenger", "L", None, "Dubai International traffic|traffic|passengers",
      Q(2025, 1), None, source_alt=OP),
    F("96 million", 96e6, "#passenger", "L", "up", "Dubai International passengers|passengers", Y(2025),
      "operator", source_alt=["Dubai International"]),
    F("92.3 million", 92.3e6, "#passenger", "L", None, "Dubai International passengers|passengers", Y(2024),
      "operator", source_alt=["Dubai International"]),
], ex=["first half", "H1", "second quarter"])
