"""blind59 s1: Nordic, Swiss, Gulf and Southeast Asian data releases and flash estimates, Kenyan CPI
(b59-01..b59-10)."""
from common import *

# ---------------------------------------------------------------- 01 Sweden flash CPI with a "Key figures" list
P = on("2026-04-02", "Thursday")
MAR = M(2026, 3)
SCB = ["Statistics Sweden", "flash estimate"]
story("b59-01", P, """
STOCKHOLM, April 2 — Swedish underlying inflation slowed more than expected in March, a flash estimate from Statistics Sweden showed on Thursday, strengthening the case for the Riksbank to keep its policy rate on hold.

The CPIF measure, which strips out the effect of changes in mortgage rates, rose 1.9% from a year earlier, down from 2.3% in February and below the 2.1% forecast by economists polled by a news agency. CPIF excluding energy, the core gauge the central bank watches most closely, eased to 2.4% from 2.8%.

Key figures (flash):
- CPI: up 0.6% year on year; 0.3% month on month
- CPIF: up 0.2% MoM
- CPIF ex energy: up 0.4% MoM
- Energy prices: down 3.8% YoY

Statistics Sweden will publish the final figures on April 14.

The Riksbank, which held its policy rate at 1.75% in March, had projected CPIF inflation of 2.2% for March in its latest Monetary Policy Report. It targets inflation of 2%.

"The disinflation is broad-based, and we now think the bank will stay at 1.75% through the end of the year," said Elin Sandqvist, chief economist at Brovik Bank, who forecasts CPIF inflation of 1.6% in 2026.

The crown weakened 0.5% against the euro to 11.02 after the data.
""", [
    F("1.9%", 1.9, "%", "C", "up", "Swedish CPIF inflation|CPIF measure|CPIF|inflation", MAR, None, source_alt=SCB,
      kind_alt=["level"]),
    F("2.3%", 2.3, "%", "C", None, "Swedish CPIF inflation|CPIF measure|CPIF|inflation", M(2026, 2), None,
      source_alt=SCB, kind_alt=["level"]),
    F("2.1%", 2.1, "%", "C", None, "forecast for CPIF inflation|forecast|CPIF", MAR, "economists",
      source_alt=["news agency", "poll"], kind_alt=["level"]),
    F("2.4%", 2.4, "%", "L", "dn", "CPIF excluding energy|core gauge|CPIF|inflation", MAR, None, source_alt=SCB,
      kind_alt=["change"]),
    F("2.8%", 2.8, "%", "L", None, "CPIF excluding energy|core gauge|CPIF|inflation", M(2026, 2), None,
      source_alt=SCB, kind_alt=["change"]),
    F("0.6%", 0.6, "%", "C", "up", "Swedish CPI|CPI|consumer prices", MAR, None, source_alt=SCB),
    F("0.3%", 0.3, "%", "C", "up", "Swedish CPI|CPI|consumer prices", MAR, None, source_alt=SCB,
      direction_alt=[None]),
    F("0.2%", 0.2, "%", "C", "up", "CPIF", MAR, None, source_alt=SCB),
    F("0.4%", 0.4, "%", "C", "up", "CPIF ex energy|CPIF", MAR, None, source_alt=SCB),
    F("3.8%", 3.8, "%", "C", "dn", "Swedish energy prices|energy prices|prices", MAR, None, source_alt=SCB),
    F("1.75%", 1.75, "%", "L", "unch", "Riksbank policy rate|policy rate|rate", MAR, None, ctx="at 1.75% in March",
      source_alt=["Riksbank"], direction_alt=[None]),
    F("2.2%", 2.2, "%", "L", None, "Riksbank's projection for CPIF inflation|CPIF inflation|inflation", MAR,
      "Riksbank", source_alt=["Monetary Policy Report"], kind_alt=["change"]),
    F("2%", 2, "%", "L", None, "Riksbank inflation target|inflation target|inflation", None, None,
      ctx="inflation of 2%", source_alt=["Riksbank", "It"]),
    F("1.75%", 1.75, "%", "L", "unch", "Riksbank policy rate|policy rate|rate", ("2026-04", "2026-12"),
      "Elin Sandqvist", ctx="stay at 1.75%", source_alt=["Sandqvist", "chief economist", "Brovik Bank", "we"],
      direction_alt=[None], period_alt=[(None, "2026-12"), (P, "2026-12")]),
    F("1.6%", 1.6, "%", "L", None, "Swedish CPIF inflation|CPIF inflation|inflation", Y(2026), "Elin Sandqvist",
      source_alt=["Sandqvist", "chief economist", "Brovik Bank"], kind_alt=["change"], direction_alt=["dn"]),
    F("0.5%", 0.5, "%", "C", "dn", "Swedish crown against the euro|crown", DAY(P), None),
    F("11.02", 11.02, "SEK", "L", "dn", "Swedish crown against the euro|crown", DAY(P), None,
      unit_alt=["SEK per EUR"], direction_alt=["up"]),
])

# ---------------------------------------------------------------- 02 Norway mainland GDP: quarter, month, year; Norges Bank
P = on("2026-02-13", "Friday")
Q4 = Q(2025, 4)
SSB = ["Statistics Norway"]
NB = ["Norges Bank", "Monetary Policy Report"]
NOK = ["crown", "krone", "NOK per EUR"]
story("b59-02", P, """
OSLO, Feb. 13 — Norway's mainland economy grew faster than expected in the fourth quarter, Statistics Norway said on Friday, as household spending and oil investment picked up.

Mainland gross domestic product, which excludes oil, gas and ocean shipping, expanded 0.6% from the previous quarter, after 0.4% in the third and against the 0.3% forecast by Norges Bank in its December Monetary Policy Report. In December alone, output rose 0.2%.

Household consumption increased 0.9% in the quarter and petroleum investment rose 2.4%. Exports of traditional goods fell 1.3%. For 2025 as a whole, mainland GDP grew 1.7%, compared with 0.6% in 2024.

Total GDP, including offshore activity, rose 1.1%.

Norges Bank, which cut its policy rate to 3.75% in December, projects mainland growth of 1.5% in 2026 and 1.4% in 2027. Markets price a roughly 40% chance of a cut at the March 26 meeting.

"The economy is running hot enough that the bank can wait," said Sindre Haugland, an economist at Fjordvik Markets, who expects only one cut this year, to 3.50% in June.

The crown strengthened 0.4% to 11.55 per euro.
""", [
    F("0.6%", 0.6, "%", "C", "up", "Norway's mainland gross domestic product|mainland GDP|GDP|economy", Q4, None,
      ctx="expanded 0.6%", source_alt=SSB),
    F("0.4%", 0.4, "%", "C", None, "Norway's mainland gross domestic product|mainland GDP|GDP", Q(2025, 3), None,
      ctx="after 0.4%", source_alt=SSB, direction_alt=["up"]),
    F("0.3%", 0.3, "%", "C", "up", "Norges Bank's forecast for mainland GDP|mainland GDP|GDP|forecast", Q4,
      "Norges Bank", source_alt=["Monetary Policy Report"]),
    F("0.2%", 0.2, "%", "C", "up", "Norway's mainland output|output|GDP", M(2025, 12), None, source_alt=SSB),
    F("0.9%", 0.9, "%", "C", "up", "Norwegian household consumption|household consumption|consumption", Q4, None,
      source_alt=SSB),
    F("2.4%", 2.4, "%", "C", "up", "Norwegian petroleum investment|petroleum investment|investment", Q4, None,
      source_alt=SSB),
    F("1.3%", 1.3, "%", "C", "dn", "Norway's exports of traditional goods|exports of traditional goods|exports",
      Q4, None, source_alt=SSB),
    F("1.7%", 1.7, "%", "C", "up", "Norway's mainland GDP|mainland GDP|GDP", Y(2025), None, source_alt=SSB),
    F("0.6%", 0.6, "%", "C", None, "Norway's mainland GDP|mainland GDP|GDP", Y(2024), None, ctx="0.6% in 2024",
      source_alt=SSB, direction_alt=["up"]),
    F("1.1%", 1.1, "%", "C", "up", "Norway's total GDP|total GDP|GDP", Q4, None, source_alt=SSB),
    F("3.75%", 3.75, "%", "L", "dn", "Norges Bank policy rate|policy rate|rate", M(2025, 12), None,
      source_alt=["Norges Bank"]),
    F("1.5%", 1.5, "%", "C", "up", "Norway's mainland growth|mainland growth|growth", Y(2026), "Norges Bank",
      kind_alt=["level"]),
    F("1.4%", 1.4, "%", "C", "up", "Norway's mainland growth|mainland growth|growth", Y(2027), "Norges Bank",
      kind_alt=["level"]),
    F("roughly 40%", 40, "%", "L", None, "market-implied chance of a Norges Bank cut|chance", None, "Markets",
      kind_alt=["share"], period_alt=[DAY(P), DAY("2026-03-26")]),
    F("one", 1, "#cut", "L", None, "Norges Bank rate cuts|cut", Y(2026), "Sindre Haugland", ctx="only one cut",
      source_alt=["Haugland", "economist", "Fjordvik Markets"], kind_alt=["change"]),
    F("3.50%", 3.50, "%", "L", "dn", "Norges Bank policy rate|policy rate|rate", M(2026, 6), "Sindre Haugland",
      source_alt=["Haugland", "economist", "Fjordvik Markets"]),
    F("0.4%", 0.4, "%", "C", "up", "Norwegian crown|crown", DAY(P), None, ctx="strengthened 0.4%"),
    F("11.55", 11.55, "NOK", "L", "up", "Norwegian crown|crown", DAY(P), None, unit_alt=NOK,
      direction_alt=["dn"]),
], ex=["fourth quarter", "previous quarter", "in the third", "in the quarter"])

# ---------------------------------------------------------------- 03 Swiss PMI "rose to ... from ... in February", sub-index lines
P = on("2026-04-01", "Wednesday")
MAR = M(2026, 3)
PMI = ["survey", "procure.ch"]
story("b59-03", P, """
ZURICH, April 1 — Swiss manufacturing returned to growth in March for the first time since mid-2024, a purchasing managers' survey showed on Wednesday, helped by a rebound in orders from Germany.

The procure.ch manufacturing PMI rose to 50.8 from 48.9 in February, well above the 49.5 expected by analysts. The services PMI fell to 51.2 from 53.6.

Sub-indices:
- Output: 52.4 (February: 49.7)
- Backlog of orders: 49.1
- Purchase prices: 58.3, the highest since October 2022
- Employment: 47.6, a fifth month below 50

Separately, the KOF Economic Barometer climbed to 103.2 in March from a revised 101.4, its highest in two years. The consensus had been 101.9.

The Swiss National Bank, which kept its policy rate at zero in March, expects inflation of 0.3% this year and 0.5% in 2027. Consumer prices were unchanged in February from a year earlier, the federal statistics office said last month.

"A good month doesn't make a recovery, but the orders data are encouraging," said Lukas Brunner, an economist at Aarenau Privatbank, who expects GDP growth of 1.1% in 2026.

The franc weakened 0.2% to 0.9410 per euro.
""", [
    F("50.8", 50.8, None, "L", "up", "Swiss manufacturing PMI|manufacturing PMI|PMI", MAR, None, source_alt=PMI,
      unit_alt=["point"]),
    F("48.9", 48.9, None, "L", None, "Swiss manufacturing PMI|manufacturing PMI|PMI", M(2026, 2), None,
      source_alt=PMI, unit_alt=["point"]),
    F("49.5", 49.5, None, "L", None, "analysts' forecast for the manufacturing PMI|forecast|PMI", MAR, "analysts",
      unit_alt=["point"]),
    F("51.2", 51.2, None, "L", "dn", "Swiss services PMI|services PMI|PMI", MAR, None, source_alt=PMI,
      unit_alt=["point"]),
    F("53.6", 53.6, None, "L", None, "Swiss services PMI|services PMI|PMI", M(2026, 2), None, source_alt=PMI,
      unit_alt=["point"]),
    F("52.4", 52.4, None, "L", "up", "PMI output sub-index|output", MAR, None, source_alt=PMI, unit_alt=["point"],
      direction_alt=[None]),
    F("49.7", 49.7, None, "L", None, "PMI output sub-index|output", M(2026, 2), None, source_alt=PMI,
      unit_alt=["point"]),
    F("49.1", 49.1, None, "L", None, "PMI backlog of orders sub-index|backlog of orders|backlog", MAR, None,
      source_alt=PMI, unit_alt=["point"]),
    F("58.3", 58.3, None, "L", None, "PMI purchase prices sub-index|purchase prices|prices", MAR, None,
      source_alt=PMI, unit_alt=["point"], direction_alt=["up"]),
    F("47.6", 47.6, None, "L", None, "PMI employment sub-index|employment", MAR, None, source_alt=PMI,
      unit_alt=["point"]),
    F("103.2", 103.2, None, "L", "up", "KOF Economic Barometer|barometer", MAR, None, source_alt=["KOF"],
      unit_alt=["point"]),
    F("101.4", 101.4, None, "L", None, "KOF Economic Barometer|barometer", M(2026, 2), None, source_alt=["KOF"],
      unit_alt=["point"]),
    F("101.9", 101.9, None, "L", None, "consensus for the KOF barometer|consensus|barometer", MAR, None,
      source_alt=["consensus"], unit_alt=["point"]),
    F("zero", 0, "%", "L", "unch", "Swiss National Bank policy rate|policy rate|rate", MAR, None,
      source_alt=["Swiss National Bank", "SNB"], direction_alt=[None], unit_alt=[None]),
    F("0.3%", 0.3, "%", "L", None, "Swiss inflation|inflation", Y(2026), "Swiss National Bank", source_alt=["SNB"],
      kind_alt=["change"]),
    F("0.5%", 0.5, "%", "L", None, "Swiss inflation|inflation", Y(2027), "Swiss National Bank", source_alt=["SNB"],
      kind_alt=["change"], direction_alt=["up"]),
    F("1.1%", 1.1, "%", "C", "up", "Swiss GDP growth|GDP growth|growth|GDP", Y(2026), "Lukas Brunner",
      source_alt=["Brunner", "economist", "Aarenau Privatbank"], kind_alt=["level"]),
    F("0.2%", 0.2, "%", "C", "dn", "Swiss franc|franc", DAY(P), None),
    F("0.9410", 0.9410, "CHF", "L", "dn", "Swiss franc|franc", DAY(P), None, unit_alt=["CHF per EUR"],
      direction_alt=["up"]),
], ex=["fifth month", "below 50", "two years"])

# ---------------------------------------------------------------- 04 Saudi flash GDP, 9M and H1 factbox, IMF raised its 2025 forecast
P = on("2025-10-30", "Thursday")
Q3 = Q(2025, 3)
GS = ["General Authority for Statistics", "GASTAT", "flash estimates", "authority"]
story("b59-04", P, """
RIYADH, Oct. 30 — Saudi Arabia's economy grew 4.6% in the third quarter from a year earlier, its fastest pace in almost three years, as higher OPEC+ output lifted oil activities, flash estimates from the General Authority for Statistics (GASTAT) showed on Thursday.

Non-oil activities expanded 4.1% and government activities 2.8%, while oil activities jumped 7.9%, the authority said. On a seasonally adjusted quarterly basis, GDP rose 1.3%, after 1.6% in the second quarter.

Key figures:
- 9M GDP growth: 3.7% YoY
- H1 growth: 3.4%
- Non-oil share of real GDP (Q3): 55.7%

Crude production averaged 9.7 million barrels per day in the quarter, up from 8.9 million a year earlier, according to OPEC data.

The International Monetary Fund this month raised its 2025 growth forecast for the kingdom to 4.0% from 3.0% and projected 3.8% growth in 2026.

The 2026 budget, approved by the cabinet last month, forecasts a deficit of 165 billion riyals, or 3.3% of GDP, on spending of 1.31 trillion riyals.

"Non-oil growth is holding up well despite lower oil prices," said Faisal Al-Otaibi, chief economist at Najd Capital, who expects the economy to grow between 3.5% and 4% next year.

Brent crude traded near $64 a barrel on Thursday, down about 14% since the start of the year.
""", [
    F("4.6%", 4.6, "%", "C", "up", "Saudi Arabia's economy|economy|GDP", Q3, "General Authority for Statistics",
      source_alt=GS[1:]),
    F("4.1%", 4.1, "%", "C", "up", "Saudi non-oil activities|non-oil activities|activities", Q3, "authority",
      source_alt=GS[:2]),
    F("2.8%", 2.8, "%", "C", "up", "Saudi government activities|government activities|activities", Q3, "authority",
      source_alt=GS[:2]),
    F("7.9%", 7.9, "%", "C", "up", "Saudi oil activities|oil activities|activities", Q3, "authority",
      source_alt=GS[:2]),
    F("1.3%", 1.3, "%", "C", "up", "Saudi GDP|GDP", Q3, None, source_alt=GS),
    F("1.6%", 1.6, "%", "C", None, "Saudi GDP|GDP", Q(2025, 2), None, source_alt=GS, direction_alt=["up"]),
    F("3.7%", 3.7, "%", "C", "up", "Saudi GDP growth|GDP growth|GDP", MM(2025, 1, 2025, 9), None, source_alt=GS,
      kind_alt=["level"]),
    F("3.4%", 3.4, "%", "C", "up", "Saudi GDP growth|growth", H(2025, 1), None, source_alt=GS, kind_alt=["level"]),
    F("55.7%", 55.7, "%", "S", None, "non-oil share of Saudi real GDP|non-oil share|share", Q3, None,
      source_alt=GS),
    F("9.7 million barrels per day", 9.7e6, "bpd", "L", "up", "Saudi crude production|crude production|production", Q3, "OPEC",
      source_alt=["OPEC data"]),
    F("8.9 million", 8.9e6, "bpd", "L", None, "Saudi crude production|crude production|production", Q(2024, 3),
      "OPEC", source_alt=["OPEC data"]),
    F("4.0%", 4.0, "%", "C", "up", "IMF's 2025 growth forecast for Saudi Arabia|growth forecast|growth", Y(2025),
      None, source_alt=["International Monetary Fund", "IMF"], kind_alt=["level"]),
    F("3.0%", 3.0, "%", "C", None, "IMF's 2025 growth forecast for Saudi Arabia|growth forecast|growth", Y(2025),
      None, source_alt=["International Monetary Fund", "IMF"], kind_alt=["level"]),
    F("3.8%", 3.8, "%", "C", "up", "Saudi Arabia's growth|growth", Y(2026), "International Monetary Fund",
      source_alt=["IMF"], kind_alt=["level"]),
    F("165 billion riyals", 165e9, "SAR", "L", None, "Saudi budget deficit|deficit", Y(2026), "2026 budget",
      source_alt=["budget", "cabinet"], unit_alt=["riyal"]),
    F("3.3%", 3.3, "%", "S", None, "Saudi budget deficit as a share of GDP|deficit", Y(2026), "2026 budget",
      source_alt=["budget"], kind_alt=["ratio", "level"]),
    F("1.31 trillion riyals", 1.31e12, "SAR", "L", None, "Saudi government spending|spending", Y(2026),
      "2026 budget", source_alt=["budget"], unit_alt=["riyal"]),
    RNG("between 3.5% and 4%", 3.5, 4, "%", "C", "up", "Saudi economic growth|economy|growth", Y(2026),
        "Faisal Al-Otaibi", source_alt=["Al-Otaibi", "chief economist", "Najd Capital"], kind_alt=["level"]),
    F("$64", 64, "$", "L", None, "Brent crude price|Brent crude|Brent", DAY(P), None, unit_alt=["USD per barrel"]),
    F("about 14%", 14, "%", "C", "dn", "Brent crude price|Brent crude|Brent", ("2025-01", "2025-10"), None,
      period_alt=[("2025-01-01", P)]),
], ex=["three years", "second quarter", "9M", "H1", "(Q3)", "third quarter", "in the quarter"])

# ---------------------------------------------------------------- 05 Gulf PMIs: UAE, Dubai, Saudi, Qatar, "from ... in April"
P = on("2026-06-03", "Wednesday")
MAY = M(2026, 5)
SPG = ["S&P Global", "survey", "surveys"]
story("b59-05", P, """
DUBAI, June 3 — Growth in the non-oil private sectors of the United Arab Emirates and Saudi Arabia cooled in May as new export orders slowed, surveys showed on Wednesday, though both stayed firmly in expansion territory.

The S&P Global UAE PMI slipped to 54.1 from 55.3 in April, its lowest reading since September 2021. The Dubai index fell to 53.4 from 54.8.

Highlights of the UAE survey:
- New orders index: 56.9, down from 58.8
- Employment: 51.3
- Future output expectations: 63.0, a record low

Saudi Arabia's PMI, also compiled by S&P Global, eased to 56.2 from 57.0. New orders in the kingdom rose at the slowest pace in 14 months, and the survey's measure of staffing levels fell to 52.0.

Qatar's PMI, published by the Qatar Financial Centre, rose to 52.7 from 51.9.

Non-oil activity in the UAE is expected to grow 4.5% this year, according to the central bank, which in March raised its 2026 forecast from 4.2%.

"We still see Gulf non-oil growth of between 4% and 5% in 2026, but the export slowdown is a warning sign," said Hana Al-Mansoori, a senior economist at Khaleej Asset Management.
""", [
    F("54.1", 54.1, None, "L", "dn", "UAE PMI|PMI", MAY, None, source_alt=SPG, unit_alt=["point"]),
    F("55.3", 55.3, None, "L", None, "UAE PMI|PMI", M(2026, 4), None, source_alt=SPG, unit_alt=["point"]),
    F("53.4", 53.4, None, "L", "dn", "Dubai PMI|Dubai index|index", MAY, None, source_alt=SPG, unit_alt=["point"]),
    F("54.8", 54.8, None, "L", None, "Dubai PMI|Dubai index|index", M(2026, 4), None, source_alt=SPG,
      unit_alt=["point"]),
    F("56.9", 56.9, None, "L", "dn", "UAE new orders index|new orders|index", MAY, None, source_alt=SPG,
      unit_alt=["point"]),
    F("58.8", 58.8, None, "L", None, "UAE new orders index|new orders|index", M(2026, 4), None, source_alt=SPG,
      unit_alt=["point"]),
    F("51.3", 51.3, None, "L", None, "UAE PMI employment index|employment", MAY, None, source_alt=SPG,
      unit_alt=["point"]),
    F("63.0", 63.0, None, "L", "dn", "UAE future output expectations|future output expectations|expectations", MAY,
      None, source_alt=SPG, unit_alt=["point"], direction_alt=[None]),
    F("56.2", 56.2, None, "L", "dn", "Saudi Arabia's PMI|PMI", MAY, None, source_alt=SPG, unit_alt=["point"]),
    F("57.0", 57.0, None, "L", None, "Saudi Arabia's PMI|PMI", M(2026, 4), None, source_alt=SPG,
      unit_alt=["point"]),
    F("52.0", 52.0, None, "L", "dn", "Saudi PMI staffing levels measure|staffing levels|measure", MAY, None,
      source_alt=SPG, unit_alt=["point"]),
    F("52.7", 52.7, None, "L", "up", "Qatar's PMI|PMI", MAY, None, source_alt=["Qatar Financial Centre"],
      unit_alt=["point"]),
    F("51.9", 51.9, None, "L", None, "Qatar's PMI|PMI", M(2026, 4), None, source_alt=["Qatar Financial Centre"],
      unit_alt=["point"]),
    F("4.5%", 4.5, "%", "C", "up", "UAE non-oil activity|non-oil activity|activity|growth", Y(2026),
      "central bank", kind_alt=["level"]),
    F("4.2%", 4.2, "%", "C", None, "UAE central bank's 2026 forecast for non-oil growth|forecast|growth", Y(2026),
      None, source_alt=["central bank"], kind_alt=["level"]),
    RNG("between 4% and 5%", 4, 5, "%", "C", "up", "Gulf non-oil growth|non-oil growth|growth", Y(2026),
        "Hana Al-Mansoori", source_alt=["Al-Mansoori", "senior economist", "Khaleej Asset Management", "We"],
        kind_alt=["level"]),
], ex=["14 months"])

# ---------------------------------------------------------------- 06 Finland flash GDP (British date style), unemployment, forecasts
P = on("2026-05-15", "Friday")
MAR, MAY = M(2026, 3), M(2026, 5)
Q1 = Q(2026, 1)
SF = ["Statistics Finland", "flash estimate", "agency"]
story("b59-06", P, """
HELSINKI, 15 May 2026 — Finland's economy shrank 0.3% in the first quarter from the previous three months, Statistics Finland's flash estimate showed on Friday, after growth of 0.4% at the end of 2025. From a year earlier, GDP was 0.2% higher.

Unemployment rose to 10.6% in April, the highest in a quarter of a century, from 10.3% in March, the agency said in a separate release. The trend rate, which smooths out monthly swings, was 10.2%.

The number of unemployed people reached 296,000, up 34,000 from a year earlier.

The finance ministry in March cut its 2026 growth forecast to 0.8% from 1.3% and expects the general government deficit to narrow to 3.9% of GDP next year from 4.4% this year. The Bank of Finland sees growth of 1.0% in 2026 and 1.6% in 2027.

Consumer confidence improved to minus 7.8 in May from minus 9.4, a survey showed on Wednesday.

"The labour market is the weak link, and it is getting weaker," said Aino Lehtonen, chief economist at Saimaa Bank, who expects a return to growth of 0.4% in the second quarter as exports to Sweden and Germany recover.
""", [
    F("0.3%", 0.3, "%", "C", "dn", "Finland's economy|economy|GDP", Q1, "Statistics Finland", ctx="shrank 0.3%",
      source_alt=["flash estimate"]),
    F("0.4%", 0.4, "%", "C", None, "Finland's economy|economy|GDP", Q(2025, 4), "Statistics Finland",
      ctx="growth of 0.4% at the end", source_alt=["flash estimate"], direction_alt=["up"], period_alt=[Y(2025)]),
    F("0.2%", 0.2, "%", "C", "up", "Finland's GDP|GDP", Q1, None, ctx="was 0.2% higher", source_alt=SF),
    F("10.6%", 10.6, "%", "L", "up", "Finland's unemployment rate|unemployment", M(2026, 4), "agency",
      source_alt=SF[:1]),
    F("10.3%", 10.3, "%", "L", None, "Finland's unemployment rate|unemployment", MAR, "agency", source_alt=SF[:1]),
    F("10.2%", 10.2, "%", "L", None, "Finland's trend unemployment rate|trend rate|rate", M(2026, 4), None,
      source_alt=SF),
    F("296,000", 296000, "#unemployed person", "L", "up", "unemployed people in Finland|unemployed people|unemployed",
      M(2026, 4), None, source_alt=SF, unit_alt=["person", "people"]),
    F("34,000", 34000, "#unemployed person", "C", "up", "unemployed people in Finland|unemployed people|unemployed",
      M(2026, 4), None, source_alt=SF, unit_alt=["person", "people"]),
    F("0.8%", 0.8, "%", "C", "dn", "finance ministry's 2026 growth forecast|growth forecast|growth", Y(2026), None,
      source_alt=["finance ministry", "ministry"], kind_alt=["level"]),
    F("1.3%", 1.3, "%", "C", None, "finance ministry's 2026 growth forecast|growth forecast|growth", Y(2026), None,
      source_alt=["finance ministry", "ministry"], kind_alt=["level"]),
    F("3.9%", 3.9, "%", "S", "dn", "Finland's general government deficit|general government deficit|deficit",
      Y(2027), "finance ministry", source_alt=["ministry"], kind_alt=["ratio", "level"]),
    F("4.4%", 4.4, "%", "S", None, "Finland's general government deficit|general government deficit|deficit",
      Y(2026), "finance ministry", source_alt=["ministry"], kind_alt=["ratio", "level"]),
    F("1.0%", 1.0, "%", "C", "up", "Finland's economic growth|growth", Y(2026), "Bank of Finland",
      kind_alt=["level"]),
    F("1.6%", 1.6, "%", "C", "up", "Finland's economic growth|growth", Y(2027), "Bank of Finland",
      kind_alt=["level"]),
    F("minus 7.8", -7.8, None, "L", "up", "Finnish consumer confidence|consumer confidence|confidence", MAY, None,
      source_alt=["survey"], value_alt=[7.8], unit_alt=["point"]),
    F("minus 9.4", -9.4, None, "L", None, "Finnish consumer confidence|consumer confidence|confidence", M(2026, 4),
      None, source_alt=["survey"], value_alt=[9.4], unit_alt=["point"]),
    F("0.4%", 0.4, "%", "C", "up", "Finland's economy|economy|growth", Q(2026, 2), "Aino Lehtonen",
      ctx="growth of 0.4% in the second", source_alt=["Lehtonen", "chief economist", "Saimaa Bank"],
      kind_alt=["level"]),
], ex=["first quarter", "previous three months", "a quarter of a century", "second quarter"])

# ---------------------------------------------------------------- 07 Vietnam Q3 GDP with a 9M "Key figures" list
P = on("2025-10-06", "Monday")
Q3 = Q(2025, 3)
M9 = MM(2025, 1, 2025, 9)
NSO = ["National Statistics Office", "statistics office"]
story("b59-07", P, """
HANOI, Oct. 6 — Vietnam's economy grew 8.1% in the third quarter from a year earlier, the fastest pace since 2022, as exports and foreign investment surged, the National Statistics Office said on Monday.

Growth in the first nine months reached 7.6%, putting the government's target of 8% for 2025 within reach.

Key figures, 9M 2025 (year on year):
- Exports: $348.7 billion, up 16.0%
- Imports: $329.3 billion, up 17.3%
- Trade surplus: $19.4 billion
- Disbursed FDI: $18.8 billion, up 8.5%
- Retail sales of goods and services: up 9.3%
- International arrivals: 15.4 million, up 21.5%

Consumer prices rose 3.4% in September from a year earlier, bringing average inflation for the nine months to 3.3%, below the 4.5% ceiling set by the National Assembly.

Industrial production climbed 9.6% in the quarter, led by electronics and textiles.

The Asian Development Bank last month raised its 2025 forecast for Vietnam to 6.7% from 6.6%, and projected 6.0% growth next year, citing the drag from U.S. tariffs on exports.

"The numbers beat every forecast we had, but the fourth quarter will show how much of this was front-loading," said Tran Minh Khoa, head of research at Saigon Lotus Securities.
""", [
    F("8.1%", 8.1, "%", "C", "up", "Vietnam's economy|economy|GDP", Q3, "National Statistics Office",
      source_alt=["statistics office"]),
    F("7.6%", 7.6, "%", "C", "up", "Vietnam's economic growth|growth", M9, None, source_alt=NSO, kind_alt=["level"]),
    F("8%", 8, "%", "C", "up", "Vietnam's growth target|target|growth", Y(2025), None, source_alt=["government"],
      kind_alt=["level"], direction_alt=[None]),
    F("$348.7 billion", 348.7e9, "$", "L", "up", "Vietnam's exports|exports", M9, None, source_alt=NSO),
    F("16.0%", 16.0, "%", "C", "up", "Vietnam's exports|exports", M9, None, source_alt=NSO),
    F("$329.3 billion", 329.3e9, "$", "L", "up", "Vietnam's imports|imports", M9, None, source_alt=NSO),
    F("17.3%", 17.3, "%", "C", "up", "Vietnam's imports|imports", M9, None, source_alt=NSO),
    F("$19.4 billion", 19.4e9, "$", "L", None, "Vietnam's trade surplus|trade surplus|surplus", M9, None,
      source_alt=NSO),
    F("$18.8 billion", 18.8e9, "$", "L", "up", "disbursed FDI in Vietnam|disbursed FDI|FDI", M9, None,
      source_alt=NSO),
    F("8.5%", 8.5, "%", "C", "up", "disbursed FDI in Vietnam|disbursed FDI|FDI", M9, None, source_alt=NSO),
    F("9.3%", 9.3, "%", "C", "up", "Vietnam's retail sales of goods and services|retail sales|sales", M9, None,
      source_alt=NSO),
    F("15.4 million", 15.4e6, "#international arrival", "L", "up",
      "international arrivals in Vietnam|international arrivals|arrivals", M9, None, source_alt=NSO,
      unit_alt=["arrival", "visitor"]),
    F("21.5%", 21.5, "%", "C", "up", "international arrivals in Vietnam|international arrivals|arrivals", M9, None,
      source_alt=NSO),
    F("3.4%", 3.4, "%", "C", "up", "Vietnam's consumer prices|consumer prices|prices|inflation", M(2025, 9), None,
      source_alt=NSO, kind_alt=["level"]),
    F("3.3%", 3.3, "%", "L", None, "Vietnam's average inflation|average inflation|inflation", M9, None,
      source_alt=NSO, kind_alt=["change"], direction_alt=["up"]),
    F("4.5%", 4.5, "%", "L", None, "Vietnam's inflation ceiling|ceiling|inflation", Y(2025), None,
      source_alt=["National Assembly"], period_alt=[None]),
    F("9.6%", 9.6, "%", "C", "up", "Vietnam's industrial production|industrial production|production", Q3, None,
      source_alt=NSO),
    F("6.7%", 6.7, "%", "C", "up", "ADB's 2025 growth forecast for Vietnam|forecast|growth", Y(2025), None,
      source_alt=["Asian Development Bank", "ADB"], kind_alt=["level"]),
    F("6.6%", 6.6, "%", "C", None, "ADB's 2025 growth forecast for Vietnam|forecast|growth", Y(2025), None,
      source_alt=["Asian Development Bank", "ADB"], kind_alt=["level"]),
    F("6.0%", 6.0, "%", "C", "up", "Vietnam's economic growth|growth", Y(2026), "Asian Development Bank",
      ctx="projected 6.0%",
      source_alt=["ADB"], kind_alt=["level"]),
], ex=["third quarter", "first nine months", "9M", "nine months", "in the quarter", "fourth quarter"])

# ---------------------------------------------------------------- 08 Malaysia advance GDP, H1, BNM range, raised its 2026 forecast
P = on("2026-07-17", "Friday")
Q2 = Q(2026, 2)
DOSM = ["Department of Statistics Malaysia", "DOSM", "advance estimates"]
story("b59-08", P, """
KUALA LUMPUR, July 17 — Malaysia's economy expanded 4.7% in the second quarter from a year earlier, advance estimates from the Department of Statistics Malaysia (DOSM) showed on Friday, slightly faster than the 4.4% pace of the first three months.

On a seasonally adjusted quarterly basis, GDP grew 1.2%, reversing a 0.8% contraction in the January-March period.

The services sector, which accounts for nearly 60% of output, grew 5.3%, while manufacturing expanded 4.1% and construction jumped 11.2%. Mining contracted 2.6%.

For H1, growth averaged 4.6%. Final second-quarter data are due on Aug. 14.

Bank Negara Malaysia kept its overnight policy rate at 2.75% on July 9 and expects full-year growth of between 4.0% and 4.8%. The finance ministry in its mid-year review raised its 2026 growth forecast to 4.5% from 4.2%.

"The second half will be tougher as the front-loading of exports fades," said Nur Aisyah Kamaruddin, head of research at Selangor Sekuriti, who forecasts 3.9% growth in the third quarter.

The ringgit was little changed at 4.21 per dollar.
""", [
    F("4.7%", 4.7, "%", "C", "up", "Malaysia's economy|economy|GDP", Q2, "Department of Statistics Malaysia",
      source_alt=DOSM[1:]),
    F("4.4%", 4.4, "%", "C", None, "Malaysia's economy|economy|GDP", Q(2026, 1), None, source_alt=DOSM,
      direction_alt=["up"]),
    F("1.2%", 1.2, "%", "C", "up", "Malaysia's GDP|GDP", Q2, None, ctx="grew 1.2%", source_alt=DOSM),
    F("0.8%", 0.8, "%", "C", "dn", "Malaysia's GDP|GDP", Q(2026, 1), None, source_alt=DOSM),
    F("nearly 60%", 60, "%", "S", None, "services sector's share of Malaysia's output|services sector|share", None,
      None, period_alt=[Q2]),
    F("5.3%", 5.3, "%", "C", "up", "Malaysia's services sector|services sector|services", Q2, None,
      source_alt=DOSM),
    F("4.1%", 4.1, "%", "C", "up", "Malaysia's manufacturing|manufacturing", Q2, None, source_alt=DOSM),
    F("11.2%", 11.2, "%", "C", "up", "Malaysia's construction|construction", Q2, None, source_alt=DOSM),
    F("2.6%", 2.6, "%", "C", "dn", "Malaysia's mining|mining", Q2, None, source_alt=DOSM),
    F("4.6%", 4.6, "%", "C", "up", "Malaysia's economic growth|growth", H(2026, 1), None, source_alt=DOSM,
      kind_alt=["level"]),
    F("2.75%", 2.75, "%", "L", "unch", "Bank Negara Malaysia overnight policy rate|overnight policy rate|rate",
      DAY("2026-07-09"), None, source_alt=["Bank Negara Malaysia"], direction_alt=[None]),
    RNG("between 4.0% and 4.8%", 4.0, 4.8, "%", "C", "up", "Malaysia's economic growth|growth", Y(2026),
        "Bank Negara Malaysia", kind_alt=["level"]),
    F("4.5%", 4.5, "%", "C", "up", "finance ministry's 2026 growth forecast|growth forecast|growth", Y(2026), None,
      source_alt=["finance ministry", "mid-year review"], kind_alt=["level"]),
    F("4.2%", 4.2, "%", "C", None, "finance ministry's 2026 growth forecast|growth forecast|growth", Y(2026), None,
      source_alt=["finance ministry", "mid-year review"], kind_alt=["level"]),
    F("3.9%", 3.9, "%", "C", "up", "Malaysia's economic growth|growth", Q(2026, 3), "Nur Aisyah Kamaruddin",
      source_alt=["Kamaruddin", "head of research", "Selangor Sekuriti"], kind_alt=["level"]),
    F("4.21", 4.21, "MYR", "L", "unch", "ringgit", DAY(P), None, unit_alt=["ringgit", "MYR per USD"],
      direction_alt=[None]),
], ex=["second quarter", "first three months", "second-quarter", "H1", "second half", "third quarter"])

# ---------------------------------------------------------------- 09 Thai exports with "Sept.", 9M, ranges in forecasts
P = on("2025-10-23", "Thursday")
SEP = M(2025, 9)
CM = ["Commerce Ministry", "ministry"]
story("b59-09", P, """
BANGKOK, Oct. 23 — Thailand's exports rose for a 15th straight month in September, beating forecasts as electronics shipments to the United States boomed, the Commerce Ministry said on Thursday.

Customs-cleared exports climbed 12.4% from a year earlier to $28.7 billion in Sept., compared with a 5.3% rise forecast in a poll of economists and an 18.6% jump in August. Imports gained 9.8% to $27.1 billion, leaving a trade surplus of $1.6 billion.

In the first nine months, exports rose 13.2% to $247.1 billion.

Shipments of computers and parts surged 58.9%, and exports to the U.S., Thailand's biggest market, grew 27.5%. Rice exports fell 24.3% as Indian supplies returned to world markets.

The ministry expects full-year export growth of between 7% and 9%, up from its previous forecast of 2% to 3%.

The Bank of Thailand, which cut its policy rate to 1.50% in August, sees 2025 economic growth of 2.2%.

"Front-loading has largely run its course; we see export growth of zero to 1% in the fourth quarter," said Pimchanok Suwannarat, an economist at Chao Phraya Securities.
""", [
    F("12.4%", 12.4, "%", "C", "up", "Thailand's customs-cleared exports|exports", SEP, None, source_alt=CM),
    F("$28.7 billion", 28.7e9, "$", "L", "up", "Thailand's customs-cleared exports|exports", SEP, None,
      source_alt=CM),
    F("5.3%", 5.3, "%", "C", "up", "forecast for Thailand's exports|forecast|exports", SEP, "poll of economists",
      source_alt=["economists", "poll"]),
    F("18.6%", 18.6, "%", "C", "up", "Thailand's exports|exports", M(2025, 8), None, source_alt=CM),
    F("9.8%", 9.8, "%", "C", "up", "Thailand's imports|imports", SEP, None, source_alt=CM),
    F("$27.1 billion", 27.1e9, "$", "L", "up", "Thailand's imports|imports", SEP, None, source_alt=CM),
    F("$1.6 billion", 1.6e9, "$", "L", None, "Thailand's trade surplus|trade surplus|surplus", SEP, None,
      source_alt=CM),
    F("13.2%", 13.2, "%", "C", "up", "Thailand's exports|exports", MM(2025, 1, 2025, 9), None, source_alt=CM),
    F("$247.1 billion", 247.1e9, "$", "L", "up", "Thailand's exports|exports", MM(2025, 1, 2025, 9), None,
      source_alt=CM),
    F("58.9%", 58.9, "%", "C", "up", "Thai shipments of computers and parts|shipments of computers and parts|"
      "shipments|computers", SEP, None, source_alt=CM),
    F("27.5%", 27.5, "%", "C", "up", "Thailand's exports to the U.S.|exports", SEP, None, source_alt=CM),
    F("24.3%", 24.3, "%", "C", "dn", "Thailand's rice exports|rice exports|exports", SEP, None, source_alt=CM),
    RNG("between 7% and 9%", 7, 9, "%", "C", "up", "Thailand's export growth|export growth|exports", Y(2025),
        "ministry", source_alt=["Commerce Ministry"], kind_alt=["level"]),
    RNG("2% to 3%", 2, 3, "%", "C", None, "Commerce Ministry's previous export forecast|forecast|export growth",
        Y(2025), "ministry", source_alt=["Commerce Ministry"], kind_alt=["level"], direction_alt=["up"]),
    F("1.50%", 1.50, "%", "L", "dn", "Bank of Thailand policy rate|policy rate|rate", M(2025, 8), None,
      source_alt=["Bank of Thailand"]),
    F("2.2%", 2.2, "%", "C", "up", "Thailand's economic growth|economic growth|growth", Y(2025), "Bank of Thailand",
      kind_alt=["level"]),
    RNG("zero to 1%", 0, 1, "%", "C", None, "Thailand's export growth|export growth|exports", Q(2025, 4),
        "Pimchanok Suwannarat", source_alt=["Suwannarat", "economist", "Chao Phraya Securities", "we"],
        kind_alt=["level"], direction_alt=["up"]),
], ex=["15th straight", "first nine months", "fourth quarter"])

# ---------------------------------------------------------------- 10 Kenya CPI with a pump-price list, a target band, the 2026/27 budget
P = on("2026-03-31", "Tuesday")
MAR = M(2026, 3)
KN = ["Kenya National Bureau of Statistics", "KNBS"]
FY27 = FY(2026, 7, 2027, 6)
story("b59-10", P, """
NAIROBI, March 31 — Kenya's inflation rate rose to 4.6% in March from 4.3% in February, driven by higher food and transport costs, the Kenya National Bureau of Statistics (KNBS) said on Tuesday.

Prices of food and non-alcoholic beverages rose 6.9% year on year, while transport costs climbed 3.2%. Housing, water, electricity, gas and other fuels rose 1.8%. Month on month, the consumer price index rose 0.7%.

Pump prices in Nairobi:
- Super petrol: 184.52 shillings a litre, up 2.1% from a year earlier
- Diesel: 171.47 shillings
- Kerosene: 154.78 shillings

Core inflation, which excludes energy and food, eased to 2.9%.

The Central Bank of Kenya, which aims to keep inflation within a range of 2.5% to 7.5%, cut its benchmark rate by 25 basis points to 8.75% in February.

The Treasury's 2026/27 budget, due to be presented in June, projects economic growth of 5.3% for the fiscal year starting July 1, after an estimated 5.0% in the current year.

"Inflation is still comfortably inside the band, so the central bank has room for another cut," said Wanjiru Kamau, head of research at Rift Valley Capital.

The shilling was steady at 129.20 to the dollar.
""", [
    F("4.6%", 4.6, "%", "L", "up", "Kenya's inflation rate|inflation rate|inflation", MAR,
      "Kenya National Bureau of Statistics", source_alt=["KNBS"], kind_alt=["change"]),
    F("4.3%", 4.3, "%", "L", None, "Kenya's inflation rate|inflation rate|inflation", M(2026, 2),
      "Kenya National Bureau of Statistics", source_alt=["KNBS"], kind_alt=["change"]),
    F("6.9%", 6.9, "%", "C", "up", "Kenyan prices of food and non-alcoholic beverages|food prices|prices", MAR, None,
      source_alt=KN),
    F("3.2%", 3.2, "%", "C", "up", "Kenyan transport costs|transport costs|costs", MAR, None, source_alt=KN),
    F("1.8%", 1.8, "%", "C", "up", "Kenyan housing, water, electricity, gas and other fuels prices|housing|fuels",
      MAR, None, source_alt=KN),
    F("0.7%", 0.7, "%", "C", "up", "Kenya's consumer price index|consumer price index|index", MAR, None,
      source_alt=KN),
    F("184.52 shillings", 184.52, "KSh", "L", "up", "super petrol pump price in Nairobi|super petrol|petrol", MAR,
      None, source_alt=KN, unit_alt=["KES per litre"], direction_alt=[None], period_alt=[None]),
    F("2.1%", 2.1, "%", "C", "up", "super petrol pump price in Nairobi|super petrol|petrol", MAR, None,
      source_alt=KN, period_alt=[None]),
    F("171.47 shillings", 171.47, "KSh", "L", None, "diesel pump price in Nairobi|diesel", MAR, None, source_alt=KN,
      unit_alt=["KES per litre"], period_alt=[None]),
    F("154.78 shillings", 154.78, "KSh", "L", None, "kerosene pump price in Nairobi|kerosene", MAR, None,
      source_alt=KN, unit_alt=["KES per litre"], period_alt=[None]),
    F("2.9%", 2.9, "%", "L", "dn", "Kenya's core inflation|core inflation|inflation", MAR, None, source_alt=KN,
      kind_alt=["change"]),
    RNG("2.5% to 7.5%", 2.5, 7.5, "%", "L", None, "Central Bank of Kenya's inflation target range|range|inflation",
        None, None, source_alt=["Central Bank of Kenya"]),
    F("25 basis points", 25, "bp", "C", "dn", "Central Bank of Kenya benchmark rate|benchmark rate|rate", M(2026, 2),
      None, source_alt=["Central Bank of Kenya"], value_alt=[0.25], unit_alt=["percentage point"]),
    F("8.75%", 8.75, "%", "L", "dn", "Central Bank of Kenya benchmark rate|benchmark rate|rate", M(2026, 2), None,
      source_alt=["Central Bank of Kenya"]),
    F("5.3%", 5.3, "%", "C", "up", "Kenya's economic growth|economic growth|growth", FY27, "2026/27 budget",
      source_alt=["Treasury", "budget"], kind_alt=["level"]),
    F("5.0%", 5.0, "%", "C", None, "Kenya's economic growth|economic growth|growth", FY(2025, 7, 2026, 6),
      "2026/27 budget", source_alt=["Treasury", "budget"], kind_alt=["level"], direction_alt=["up"]),
    F("129.20", 129.20, "KSh", "L", "unch", "Kenyan shilling|shilling", DAY(P), None, unit_alt=["KES per USD"],
      direction_alt=[None]),
])
