"""blind60 s1: data releases whose later sentences carry the lead's period (India, Indonesia, the Philippines,
Turkey, Poland, the Czech Republic and Hungary, South Africa, Nigeria, Egypt, Israel) (b60-01..b60-10)."""
from common import *

# ---------------------------------------------------------------- 01 India IIP: a month, then sectors without the month
P = on("2025-11-28", "Friday")
OCT = M(2025, 10)
MOS = ["Ministry of Statistics and Programme Implementation", "MoSPI", "data"]
story("b60-01", P, """
New Delhi, November 28 (Wire): India's industrial output grew 3.1 per cent in October, slowing from a revised 4.6 per cent in September as festival holidays cut the number of working days, data released by the Ministry of Statistics and Programme Implementation (MoSPI) showed on Friday.

The manufacturing sector, which has a weight of 77.6 per cent in the Index of Industrial Production (IIP), grew 3.8 per cent. Mining contracted 2.4 per cent, hit by an extended monsoon, and electricity generation rose 0.9 per cent.

Output of capital goods jumped 9.7 per cent, while consumer durables rose 6.2 per cent and consumer non-durables fell 1.8 per cent. Infrastructure and construction goods grew 7.3 per cent.

For the April-October period, the first seven months of the financial year, industrial output grew 3.3 per cent, against 4.1 per cent in the same period last year.

Separately, the output of eight core industries, which make up 40.27 per cent of the IIP, rose 2.2 per cent in October, commerce ministry data showed last week.

"The festival calendar has distorted October. We expect a rebound to 5-5.5 per cent in November," said Radhika Menon, chief economist at Konark Securities.

The Reserve Bank of India, which left its repo rate at 5.50 per cent on October 1, projects GDP growth of 6.8 per cent for 2025-26.

The rupee ended at 88.71 to the dollar on Friday, down 9 paise from Thursday's close.
""", [
    F("3.1 per cent", 3.1, "%", "C", "up", "India's industrial output|industrial output|output|IIP", OCT,
      "Ministry of Statistics and Programme Implementation", source_alt=MOS[1:]),
    F("4.6 per cent", 4.6, "%", "C", None, "India's industrial output|industrial output|output|IIP", M(2025, 9),
      "Ministry of Statistics and Programme Implementation", source_alt=MOS[1:], direction_alt=["up"]),
    F("77.6 per cent", 77.6, "%", "S", None, "manufacturing's weight in the Index of Industrial Production|weight|"
      "manufacturing", None, None, source_alt=MOS, period_alt=[OCT]),
    F("3.8 per cent", 3.8, "%", "C", "up", "Indian manufacturing output|manufacturing sector|manufacturing", OCT, None,
      source_alt=MOS),
    F("2.4 per cent", 2.4, "%", "C", "dn", "Indian mining output|mining", OCT, None, source_alt=MOS),
    F("0.9 per cent", 0.9, "%", "C", "up", "Indian electricity generation|electricity generation|electricity", OCT,
      None, source_alt=MOS),
    F("9.7 per cent", 9.7, "%", "C", "up", "Indian output of capital goods|capital goods|output", OCT, None,
      source_alt=MOS),
    F("6.2 per cent", 6.2, "%", "C", "up", "Indian output of consumer durables|consumer durables|durables", OCT, None,
      source_alt=MOS),
    F("1.8 per cent", 1.8, "%", "C", "dn", "Indian output of consumer non-durables|consumer non-durables|"
      "non-durables", OCT, None, source_alt=MOS),
    F("7.3 per cent", 7.3, "%", "C", "up", "Indian output of infrastructure and construction goods|"
      "infrastructure and construction goods|goods", OCT, None, source_alt=MOS),
    F("3.3 per cent", 3.3, "%", "C", "up", "India's industrial output|industrial output|output", MM(2025, 4, 2025, 10),
      None, source_alt=MOS),
    F("4.1 per cent", 4.1, "%", "C", None, "India's industrial output|industrial output|output",
      MM(2024, 4, 2024, 10), None, source_alt=MOS, direction_alt=["up"]),
    F("40.27 per cent", 40.27, "%", "S", None, "eight core industries' weight in the IIP|weight|core industries",
      None, None),
    F("2.2 per cent", 2.2, "%", "C", "up", "output of India's eight core industries|core industries|output", OCT,
      "commerce ministry", source_alt=["data"]),
    RNG("5-5.5 per cent", 5, 5.5, "%", "C", "up", "India's industrial output growth|industrial output|output|growth",
        M(2025, 11), "Radhika Menon", source_alt=["Menon", "chief economist", "Konark Securities", "We"],
        kind_alt=["level"]),
    F("5.50 per cent", 5.50, "%", "L", "unch", "Reserve Bank of India repo rate|repo rate|rate", DAY("2025-10-01"),
      None, source_alt=["Reserve Bank of India", "RBI"], direction_alt=[None]),
    F("6.8 per cent", 6.8, "%", "C", "up", "India's GDP growth|GDP growth|growth|GDP", FY(2025, 4, 2026, 3),
      "Reserve Bank of India", source_alt=["RBI"], kind_alt=["level"]),
    F("88.71", 88.71, "Rs", "L", "dn", "Indian rupee|rupee", DAY(P), None, unit_alt=["INR per USD"],
      direction_alt=["up"]),
    CENTS("9 paise", 9, "Rs", "C", "dn", "Indian rupee|rupee", DAY(P), None, sub="paise"),
], ex=["first seven months", "eight core"])

# ---------------------------------------------------------------- 02 Indonesia Q3 GDP: the quarter carried through the expenditure and sector lines
P = on("2025-11-05", "Wednesday")
Q3 = Q(2025, 3)
BPS = ["Statistics Indonesia", "BPS"]
story("b60-02", P, """
JAKARTA, Nov. 5 — Indonesia's economy grew 5.02% in the third quarter from a year earlier, Statistics Indonesia (BPS) said on Wednesday, slightly slower than the 5.09% of the April-June quarter but above the 4.95% median forecast in a poll of 21 economists.

Household consumption, which makes up more than half of gross domestic product, rose 4.86%. Government spending grew 3.1%, and gross fixed capital formation, a proxy for investment, expanded 5.5%. Exports rose 9.2%, while imports gained 6.8%.

By sector, manufacturing grew 4.9% and accounted for 19.1% of output. Agriculture expanded 2.7%. Mining shrank 1.4% as coal shipments to China fell.

Quarter on quarter, the economy grew 1.46%.

In the first nine months, growth averaged 5.01%, BPS said, keeping the government's full-year target of 5.2% within reach only if consumption picks up in the final quarter.

Bank Indonesia has cut its benchmark rate by a combined 125 basis points this year to 4.75% and said last month it saw 2025 growth of between 4.7% and 5.5%.

"We see fourth-quarter growth of around 5.1%, helped by year-end stimulus of 16.2 trillion rupiah," said Arief Santoso, an economist at Nusantara Sekuritas.

The rupiah was flat at 16,640 per dollar.
""", [
    F("5.02%", 5.02, "%", "C", "up", "Indonesia's economy|economy|GDP", Q3, "Statistics Indonesia",
      source_alt=["BPS"]),
    F("5.09%", 5.09, "%", "C", None, "Indonesia's economy|economy|GDP", Q(2025, 2), "Statistics Indonesia",
      source_alt=["BPS"], direction_alt=["up"]),
    F("4.95%", 4.95, "%", "C", "up", "median forecast for Indonesia's growth|forecast|economy|growth", Q3,
      "poll of 21 economists", source_alt=["economists", "poll"], kind_alt=["level"]),
    F("21", 21, "#economist", "L", None, "economists polled|economists|poll", None, None, kind_alt=["count"]),
    FR("more than half", 1, 2, "S", None, "household consumption's share of Indonesia's GDP|household consumption|"
       "share", None, None, period_alt=[Q3]),
    F("4.86%", 4.86, "%", "C", "up", "Indonesian household consumption|household consumption|consumption", Q3, None,
      source_alt=BPS),
    F("3.1%", 3.1, "%", "C", "up", "Indonesian government spending|government spending|spending", Q3, None,
      source_alt=BPS),
    F("5.5%", 5.5, "%", "C", "up", "Indonesian gross fixed capital formation|gross fixed capital formation|"
      "investment", Q3, None, ctx="expanded 5.5%", source_alt=BPS),
    F("9.2%", 9.2, "%", "C", "up", "Indonesia's exports|exports", Q3, None, source_alt=BPS),
    F("6.8%", 6.8, "%", "C", "up", "Indonesia's imports|imports", Q3, None, source_alt=BPS),
    F("4.9%", 4.9, "%", "C", "up", "Indonesian manufacturing|manufacturing", Q3, None, source_alt=BPS),
    F("19.1%", 19.1, "%", "S", None, "manufacturing's share of Indonesia's output|share|manufacturing", Q3, None,
      source_alt=BPS),
    F("2.7%", 2.7, "%", "C", "up", "Indonesian agriculture|agriculture", Q3, None, source_alt=BPS),
    F("1.4%", 1.4, "%", "C", "dn", "Indonesian mining|mining", Q3, None, source_alt=BPS),
    F("1.46%", 1.46, "%", "C", "up", "Indonesia's economy|economy|GDP", Q3, None, source_alt=BPS),
    F("5.01%", 5.01, "%", "C", "up", "Indonesia's economic growth|growth", MM(2025, 1, 2025, 9), "BPS",
      source_alt=["Statistics Indonesia"], kind_alt=["level"]),
    F("5.2%", 5.2, "%", "C", "up", "Indonesian government's full-year growth target|target|growth", Y(2025), None,
      source_alt=["government", "BPS"], kind_alt=["level"], direction_alt=[None]),
    F("125 basis points", 125, "bp", "C", "dn", "Bank Indonesia benchmark rate|benchmark rate|rate", ytd(P), None,
      source_alt=["Bank Indonesia"], value_alt=[1.25], unit_alt=["percentage point"],
      period_alt=[("2025-01-01", P)]),
    F("4.75%", 4.75, "%", "L", "dn", "Bank Indonesia benchmark rate|benchmark rate|rate", DAY(P), None,
      source_alt=["Bank Indonesia"], period_alt=[ytd(P), None]),
    RNG("between 4.7% and 5.5%", 4.7, 5.5, "%", "C", "up", "Indonesia's economic growth|growth", Y(2025),
        "Bank Indonesia", kind_alt=["level"]),
    F("around 5.1%", 5.1, "%", "C", "up", "Indonesia's economic growth|growth", Q(2025, 4), "Arief Santoso",
      source_alt=["Santoso", "economist", "Nusantara Sekuritas", "We"], kind_alt=["level"]),
    F("16.2 trillion rupiah", 16.2e12, "Rp", "L", None, "Indonesia's year-end stimulus|stimulus", None,
      "Arief Santoso", source_alt=["Santoso", "economist", "Nusantara Sekuritas"], period_alt=[Q(2025, 4)]),
    F("16,640", 16640, "Rp", "L", "unch", "Indonesian rupiah|rupiah", DAY(P), None, unit_alt=["IDR per USD"],
      direction_alt=[None]),
], ex=["third quarter", "April-June quarter", "first nine months", "final quarter", "fourth-quarter",
       "Quarter on quarter"])

# ---------------------------------------------------------------- 03 Philippine CPI: January, then groups and regions
P = on("2026-02-05", "Thursday")
JAN = M(2026, 1)
PSA = ["Philippine Statistics Authority", "PSA"]
story("b60-03", P, """
MANILA — Headline inflation in the Philippines quickened to 2.9 percent in January from 2.4 percent in December, the Philippine Statistics Authority (PSA) reported Thursday, as typhoon damage pushed up vegetable prices.

The January rate was within the Bangko Sentral ng Pilipinas' forecast range of 2.5 to 3.3 percent for the month and close to the midpoint of the central bank's 2-4 percent target band.

Food inflation accelerated to 4.1 percent from 2.2 percent. Rice prices, however, fell 8.7 percent year on year, the 13th straight monthly decline, as imports surged. Vegetable prices jumped 21.4 percent.

Transport inflation was 1.3 percent, while the index for housing, water, electricity, gas and other fuels rose 3.6 percent.

Core inflation, which strips out volatile food and energy items, held at 2.6 percent.

In the National Capital Region, inflation was 3.4 percent; in areas outside Metro Manila it was 2.8 percent.

Inflation for the bottom 30 percent of income households slowed to 2.1 percent.

The BSP, which has cut its policy rate by a total of 200 basis points since August 2024 to 4.25 percent, is expected to hold at its Feb. 19 meeting, according to 14 of 17 economists in a survey by a Manila newspaper.

"We see full-year inflation averaging 3.1 percent, within target, though a weaker peso is a risk," said Carla Mendoza-Reyes, chief economist at Luzon Union Bank.

The peso closed at 58.92 to the dollar on Thursday, its weakest since November.
""", [
    F("2.9 percent", 2.9, "%", "L", "up", "Philippine headline inflation|headline inflation|inflation", JAN,
      "Philippine Statistics Authority", source_alt=["PSA"], kind_alt=["change"]),
    F("2.4 percent", 2.4, "%", "L", None, "Philippine headline inflation|headline inflation|inflation",
      M(2025, 12), "Philippine Statistics Authority", source_alt=["PSA"], kind_alt=["change"]),
    RNG("2.5 to 3.3 percent", 2.5, 3.3, "%", "L", None, "BSP forecast range for January inflation|forecast range|"
        "inflation", JAN, None, source_alt=["Bangko Sentral ng Pilipinas", "BSP"], kind_alt=["change"]),
    RNG("2-4 percent", 2, 4, "%", "L", None, "BSP inflation target band|target band|target", None, None,
        source_alt=["Bangko Sentral ng Pilipinas", "central bank"]),
    F("4.1 percent", 4.1, "%", "L", "up", "Philippine food inflation|food inflation|inflation", JAN, None,
      source_alt=PSA, kind_alt=["change"]),
    F("2.2 percent", 2.2, "%", "L", None, "Philippine food inflation|food inflation|inflation", M(2025, 12), None,
      source_alt=PSA, kind_alt=["change"]),
    F("8.7 percent", 8.7, "%", "C", "dn", "Philippine rice prices|rice prices|prices", JAN, None, source_alt=PSA),
    F("21.4 percent", 21.4, "%", "C", "up", "Philippine vegetable prices|vegetable prices|prices", JAN, None,
      source_alt=PSA),
    F("1.3 percent", 1.3, "%", "L", None, "Philippine transport inflation|transport inflation|inflation", JAN, None,
      source_alt=PSA, kind_alt=["change"]),
    F("3.6 percent", 3.6, "%", "C", "up", "Philippine index for housing, water, electricity, gas and other fuels|"
      "housing|index", JAN, None, source_alt=PSA),
    F("2.6 percent", 2.6, "%", "L", "unch", "Philippine core inflation|core inflation|inflation", JAN, None,
      source_alt=PSA, kind_alt=["change"], direction_alt=[None]),
    F("3.4 percent", 3.4, "%", "L", None, "inflation in the National Capital Region|inflation", JAN, None,
      source_alt=PSA, kind_alt=["change"]),
    F("2.8 percent", 2.8, "%", "L", None, "inflation outside Metro Manila|inflation", JAN, None, source_alt=PSA,
      kind_alt=["change"]),
    F("2.1 percent", 2.1, "%", "L", "dn", "inflation for the bottom 30 percent of income households|inflation", JAN,
      None, source_alt=PSA, kind_alt=["change"]),
    F("200 basis points", 200, "bp", "C", "dn", "BSP policy rate|policy rate|rate", ("2024-08", "2026-02"), None,
      source_alt=["BSP"], value_alt=[2.0], unit_alt=["percentage point"], period_alt=[("2024-08", P)]),
    F("4.25 percent", 4.25, "%", "L", "dn", "BSP policy rate|policy rate|rate", DAY(P), None, source_alt=["BSP"],
      period_alt=[None]),
    F("14", 14, "#economist", "L", None, "economists expecting the BSP to hold|economists", None, "survey",
      ctx="14 of 17", source_alt=["Manila newspaper", "newspaper"], period_alt=[DAY(P)]),
    F("17", 17, "#economist", "L", None, "economists in the survey|economists", None, "survey", ctx="of 17 economists",
      source_alt=["Manila newspaper", "newspaper"], period_alt=[DAY(P)]),
    F("3.1 percent", 3.1, "%", "L", None, "Philippine inflation|full-year inflation|inflation", Y(2026),
      "Carla Mendoza-Reyes", source_alt=["Mendoza-Reyes", "chief economist", "Luzon Union Bank", "We"],
      kind_alt=["change"]),
    F("58.92", 58.92, "P", "L", "dn", "Philippine peso|peso", DAY(P), None, unit_alt=["PHP per USD"],
      direction_alt=["up"]),
], ex=["13th straight", "bottom 30 percent"])

# ---------------------------------------------------------------- 04 Turkish CPI with a "Key points" list of groups
P = on("2025-12-03", "Wednesday")
NOV = M(2025, 11)
TS = ["Turkish Statistical Institute", "TurkStat"]
story("b60-04", P, """
ANKARA, Dec. 3 (Wire) - Turkish annual inflation eased to 31.4% in November, its lowest since late 2021, from 32.9% in October, the Turkish Statistical Institute (TurkStat) said on Wednesday. Economists polled had expected 31.9%.

Consumer prices rose 0.98% month on month, compared with a forecast of 1.3%.

Key points:
- Food and non-alcoholic beverages: +0.4% m/m, 29.8% y/y
- Housing: 55.2% y/y, the biggest annual rise of any group
- Clothing: -2.1% m/m
- Domestic producer prices: 26.7% y/y, 0.8% m/m

The central bank, which cut its one-week repo rate by 100 basis points to 39.5% in October, expects inflation to end the year between 31% and 33%, and has set an interim target of 16% for end-2026.

The lira was little changed at 42.47 per dollar. It has lost about 17% of its value against the dollar this year, broadly in line with the central bank's managed depreciation. Against the euro, the lira traded at 49.31.

"The disinflation path is slow but intact. We forecast 23% at the end of 2026," said Deniz Arslan, an economist at Bosphorus Yatirim, adding that the central bank was likely to cut by 150 basis points at its Dec. 11 meeting.
""", [
    F("31.4%", 31.4, "%", "L", "dn", "Turkish annual inflation|annual inflation|inflation", NOV,
      "Turkish Statistical Institute", source_alt=["TurkStat"], kind_alt=["change"]),
    F("32.9%", 32.9, "%", "L", None, "Turkish annual inflation|annual inflation|inflation", M(2025, 10),
      "Turkish Statistical Institute", source_alt=["TurkStat"], kind_alt=["change"]),
    F("31.9%", 31.9, "%", "L", None, "economists' forecast for Turkish inflation|forecast|inflation", NOV,
      "Economists", source_alt=["poll"], kind_alt=["change"]),
    F("0.98%", 0.98, "%", "C", "up", "Turkish consumer prices|consumer prices|prices", NOV, None, source_alt=TS),
    F("1.3%", 1.3, "%", "C", "up", "forecast for Turkish consumer prices|forecast|consumer prices", NOV, None,
      source_alt=["economists"]),
    F("0.4%", 0.4, "%", "C", "up", "Turkish prices of food and non-alcoholic beverages|food|prices", NOV, None,
      source_alt=TS),
    F("29.8%", 29.8, "%", "C", "up", "Turkish prices of food and non-alcoholic beverages|food|prices", NOV, None,
      source_alt=TS),
    F("55.2%", 55.2, "%", "C", "up", "Turkish housing prices|housing", NOV, None, source_alt=TS),
    F("2.1%", 2.1, "%", "C", "dn", "Turkish clothing prices|clothing", NOV, None, source_alt=TS, value_alt=[-2.1]),
    F("26.7%", 26.7, "%", "C", "up", "Turkish domestic producer prices|producer prices|prices", NOV, None,
      source_alt=TS),
    F("0.8%", 0.8, "%", "C", "up", "Turkish domestic producer prices|producer prices|prices", NOV, None,
      source_alt=TS),
    F("100 basis points", 100, "bp", "C", "dn", "Turkish central bank one-week repo rate|repo rate|rate", M(2025, 10),
      None, source_alt=["central bank"], value_alt=[1.0], unit_alt=["percentage point"]),
    F("39.5%", 39.5, "%", "L", "dn", "Turkish central bank one-week repo rate|repo rate|rate", M(2025, 10), None,
      source_alt=["central bank"]),
    RNG("between 31% and 33%", 31, 33, "%", "L", None, "Turkish inflation|inflation", M(2025, 12), "central bank",
        kind_alt=["change"], period_alt=[Y(2025), (None, "2025-12")]),
    F("16%", 16, "%", "L", None, "Turkish central bank interim inflation target|interim target|target",
      M(2026, 12), None, source_alt=["central bank"], period_alt=[Y(2026), None]),
    F("42.47", 42.47, "TRY", "L", "unch", "Turkish lira|lira", DAY(P), None, unit_alt=["TRY per USD"],
      direction_alt=[None]),
    F("about 17%", 17, "%", "C", "dn", "Turkish lira against the dollar|lira", ytd(P), None,
      period_alt=[("2025-01-01", P)]),
    F("49.31", 49.31, "TRY", "L", None, "Turkish lira against the euro|lira", DAY(P), None,
      unit_alt=["TRY per EUR"]),
    F("23%", 23, "%", "L", None, "Turkish inflation|inflation", M(2026, 12), "Deniz Arslan",
      source_alt=["Arslan", "economist", "Bosphorus Yatirim", "We"], kind_alt=["change"],
      period_alt=[Y(2026), DAY("2026-12-31")]),
    F("150 basis points", 150, "bp", "C", "dn", "Turkish central bank policy rate|rate", DAY("2025-12-11"),
      "Deniz Arslan", source_alt=["Arslan", "economist", "Bosphorus Yatirim"], value_alt=[1.5],
      unit_alt=["percentage point"]),
], ex=["one-week"])

# ---------------------------------------------------------------- 05 Poland industry and wages, hard-wrapped
P = on("2026-03-19", "Thursday")
FEB = M(2026, 2)
GUS = ["GUS", "statistics office", "data"]
story("b60-05", P, """
WARSAW, March 19 (Wire) - Polish industrial output rose 4.2% year-on-year
in February, beating expectations of 2.5%, data from statistics office GUS
showed on Thursday.

Month-on-month, output rose 1.7%.

Manufacturing output increased 4.8%, while mining fell 6.3%. Energy
production rose 2.2%. Seasonally adjusted, production was up 3.1% y/y.

Separately, GUS said average gross wages in the enterprise sector rose
7.4% y/y to 8,912.40 zlotys, slowing from 7.9% in January. Employment fell
0.8%. In real terms, wages grew about 3.6%, given February's CPI inflation
of 3.7%.

Producer prices fell 1.2% y/y after a 1.5% drop in January.

The National Bank of Poland (NBP) cut its reference rate by 25 basis
points to 3.75% this month, and its governor said further easing this year
would be limited.

The zloty was little changed at 4.2180 per euro, while the dollar bought
3.89 zlotys.

"Industry is finally turning," said Tomasz Wojcik, chief economist at
Vistula Bank Polska. "We lift our first-quarter GDP forecast to 3.4% y/y."
""", [
    F("4.2%", 4.2, "%", "C", "up", "Polish industrial output|industrial output|output", FEB, "GUS",
      source_alt=GUS[1:]),
    F("2.5%", 2.5, "%", "C", "up", "expectations for Polish industrial output|expectations|output", FEB, None,
      source_alt=["expectations"]),
    F("1.7%", 1.7, "%", "C", "up", "Polish industrial output|output", FEB, None, source_alt=GUS),
    F("4.8%", 4.8, "%", "C", "up", "Polish manufacturing output|manufacturing output|output", FEB, None,
      source_alt=GUS),
    F("6.3%", 6.3, "%", "C", "dn", "Polish mining output|mining", FEB, None, source_alt=GUS),
    F("2.2%", 2.2, "%", "C", "up", "Polish energy production|energy production|production", FEB, None,
      source_alt=GUS),
    F("3.1%", 3.1, "%", "C", "up", "Polish seasonally adjusted industrial production|production", FEB, None,
      source_alt=GUS),
    F("7.4%", 7.4, "%", "C", "up", "Polish average gross wages in the enterprise sector|average gross wages|wages",
      FEB, "GUS"),
    F("8,912.40 zlotys", 8912.40, "PLN", "L", "up", "Polish average gross wages in the enterprise sector|"
      "average gross wages|wages", FEB, "GUS"),
    F("7.9%", 7.9, "%", "C", None, "Polish average gross wages in the enterprise sector|wages", M(2026, 1), "GUS",
      direction_alt=["up"]),
    F("0.8%", 0.8, "%", "C", "dn", "Polish enterprise-sector employment|employment", FEB, None, source_alt=GUS),
    F("about 3.6%", 3.6, "%", "C", "up", "Polish real wages|wages", FEB, None),
    F("3.7%", 3.7, "%", "L", None, "Polish CPI inflation|CPI inflation|inflation", FEB, None, kind_alt=["change"]),
    F("1.2%", 1.2, "%", "C", "dn", "Polish producer prices|producer prices|prices", FEB, None, source_alt=GUS),
    F("1.5%", 1.5, "%", "C", "dn", "Polish producer prices|producer prices|prices", M(2026, 1), None,
      source_alt=GUS),
    F("25 basis points", 25, "bp", "C", "dn", "National Bank of Poland reference rate|reference rate|rate",
      M(2026, 3), None, source_alt=["National Bank of Poland", "NBP"], value_alt=[0.25],
      unit_alt=["percentage point"]),
    F("3.75%", 3.75, "%", "L", "dn", "National Bank of Poland reference rate|reference rate|rate", M(2026, 3), None,
      source_alt=["National Bank of Poland", "NBP"]),
    F("4.2180", 4.2180, "PLN", "L", "unch", "Polish zloty|zloty", DAY(P), None, unit_alt=["PLN per EUR"],
      direction_alt=[None]),
    F("3.89 zlotys", 3.89, "PLN", "L", None, "Polish zloty against the dollar|dollar|zloty", DAY(P), None,
      unit_alt=["PLN per USD"]),
    F("3.4%", 3.4, "%", "C", "up", "Poland's GDP|GDP|GDP forecast", Q(2026, 1), "Tomasz Wojcik",
      source_alt=["Wojcik", "chief economist", "Vistula Bank Polska", "We"], kind_alt=["level"]),
], ex=["first-quarter"])

# ---------------------------------------------------------------- 06 Czech and Hungarian CPI in one story
P = on("2026-06-09", "Tuesday")
MAY = M(2026, 5)
OFF = ["Czech Statistical Office", "Central Statistical Office", "KSH", "data"]
story("b60-06", P, """
PRAGUE/BUDAPEST, June 9 — Inflation diverged in central Europe's two smallest floating-currency economies in May: Czech consumer prices rose 2.1% from a year earlier while Hungarian prices climbed 4.6%, more than double the Czech pace, data from the two statistics offices showed on Tuesday.

The Czech Statistical Office said prices were up 0.3% from April. Food prices rose 3.4% year on year and housing costs, including energy, 2.8%. Core inflation, calculated by the Czech National Bank, eased to 2.5% from 2.7%.

In Hungary, the Central Statistical Office (KSH) reported a monthly rise of 0.5%. Food prices increased 6.2%, services 6.9% and household energy 1.1%. Core inflation stayed at 5.0%.

The Czech National Bank's 2% target compares with the National Bank of Hungary's 3%, with a tolerance band of plus or minus 1 percentage point in both countries.

The Czech central bank held its two-week repo rate at 3.50% last month, while Hungary's base rate has been at 6.25% since September 2024, the highest in the European Union.

The koruna firmed 0.2% to 24.61 per euro after the data; the forint traded at 397.4 per euro, down 0.4% on the day.

"Hungary's inflation gap with the Czech Republic is now 2.5 percentage points, and that argues against any cut in Budapest this year," said Petra Novotna, a regional strategist at Moravia Capital Markets. She expects Czech inflation to average 2.3% in 2026 and Hungarian inflation 4.4%.
""", [
    F("2.1%", 2.1, "%", "C", "up", "Czech consumer prices|consumer prices|prices|inflation", MAY, "statistics offices",
      source_alt=OFF, kind_alt=["level"]),
    F("4.6%", 4.6, "%", "C", "up", "Hungarian consumer prices|prices|inflation", MAY, "statistics offices",
      source_alt=OFF, kind_alt=["level"]),
    X("more than double", 2, "R", "up", "Hungarian inflation against the Czech pace|Hungarian prices|pace", MAY,
      "statistics offices", source_alt=OFF, value_alt=[200], kind_alt=["change"]),
    F("0.3%", 0.3, "%", "C", "up", "Czech consumer prices|prices", MAY, "Czech Statistical Office"),
    F("3.4%", 3.4, "%", "C", "up", "Czech food prices|food prices|prices", MAY, None,
      source_alt=["Czech Statistical Office"]),
    F("2.8%", 2.8, "%", "C", "up", "Czech housing costs|housing costs|costs", MAY, None,
      source_alt=["Czech Statistical Office"]),
    F("2.5%", 2.5, "%", "L", "dn", "Czech core inflation|core inflation|inflation", MAY, None,
      source_alt=["Czech National Bank"], kind_alt=["change"]),
    F("2.7%", 2.7, "%", "L", None, "Czech core inflation|core inflation|inflation", M(2026, 4), None,
      source_alt=["Czech National Bank"], kind_alt=["change"]),
    F("0.5%", 0.5, "%", "C", "up", "Hungarian consumer prices|prices", MAY, "Central Statistical Office",
      source_alt=["KSH"]),
    F("6.2%", 6.2, "%", "C", "up", "Hungarian food prices|food prices|prices", MAY, None, source_alt=OFF[1:]),
    F("6.9%", 6.9, "%", "C", "up", "Hungarian services prices|services", MAY, None, source_alt=OFF[1:]),
    F("1.1%", 1.1, "%", "C", "up", "Hungarian household energy prices|household energy|energy", MAY, None,
      source_alt=OFF[1:]),
    F("5.0%", 5.0, "%", "L", "unch", "Hungarian core inflation|core inflation|inflation", MAY, None,
      source_alt=OFF[1:], kind_alt=["change"], direction_alt=[None]),
    F("2%", 2, "%", "L", None, "Czech National Bank inflation target|target", None, None, ctx="2% target",
      source_alt=["Czech National Bank"]),
    F("3%", 3, "%", "L", None, "National Bank of Hungary inflation target|target", None, None,
      ctx="Hungary's 3%", source_alt=["National Bank of Hungary"]),
    F("1 percentage point", 1, "pp", "L", None, "tolerance band around the inflation targets|tolerance band|band",
      None, None),
    F("3.50%", 3.50, "%", "L", "unch", "Czech National Bank two-week repo rate|repo rate|rate", MAY, None,
      source_alt=["Czech National Bank"], direction_alt=[None]),
    F("6.25%", 6.25, "%", "L", "unch", "Hungary's base rate|base rate|rate", ("2024-09", "2026-06"), None,
      source_alt=["National Bank of Hungary"], direction_alt=[None], period_alt=[DAY(P), ("2024-09", P)]),
    F("0.2%", 0.2, "%", "C", "up", "Czech koruna|koruna", DAY(P), None),
    F("24.61", 24.61, "CZK", "L", "up", "Czech koruna|koruna", DAY(P), None, unit_alt=["CZK per EUR"],
      direction_alt=["dn"]),
    F("397.4", 397.4, "HUF", "L", "dn", "Hungarian forint|forint", DAY(P), None, unit_alt=["HUF per EUR"],
      direction_alt=[None, "up"]),
    F("0.4%", 0.4, "%", "C", "dn", "Hungarian forint|forint", DAY(P), None),
    F("2.5 percentage points", 2.5, "pp", "L", None, "Hungary's inflation gap with the Czech Republic|"
      "inflation gap|gap", MAY, "Petra Novotna", source_alt=["Novotna", "regional strategist",
                                                              "Moravia Capital Markets"],
      kind_alt=["change"], period_alt=[DAY(P)]),
    F("2.3%", 2.3, "%", "L", None, "Czech inflation|inflation", Y(2026), "Petra Novotna",
      source_alt=["Novotna", "She", "Moravia Capital Markets"], kind_alt=["change"]),
    F("4.4%", 4.4, "%", "L", None, "Hungarian inflation|inflation", Y(2026), "Petra Novotna",
      source_alt=["Novotna", "She", "Moravia Capital Markets"], kind_alt=["change"]),
], ex=["two smallest", "two statistics", "two-week"])

# ---------------------------------------------------------------- 07 South African mining and manufacturing: February carried through
P = on("2026-04-09", "Thursday")
FEB = M(2026, 2)
SSA = ["Statistics South Africa", "Stats SA"]
story("b60-07", P, """
JOHANNESBURG, 9 April — South Africa's mining production fell 3.8% year on year in February, Statistics South Africa (Stats SA) said on Thursday, dragged down by platinum group metals (PGMs) and iron ore. It was the third consecutive annual decline.

PGM output dropped 11.2%, the largest negative contributor, knocking 3.1 percentage points off the headline figure. Iron ore fell 9.4% as rail bottlenecks on the export line to Saldanha persisted. Gold production rose 4.6%, and coal 1.9%. Manganese ore was 7.7% higher.

Seasonally adjusted, mining output decreased 1.2% month on month, after an increase of 0.9% in January.

Mineral sales at current prices rose 12.4% to R62.8 billion, lifted by a gold price that averaged about $4,950 an ounce over the month.

Manufacturing, in a separate release, grew 1.6% year on year in February. Eight of the ten manufacturing divisions reported growth. The food and beverages division rose 4.3%, contributing 1.2 percentage points, while petroleum, chemical products, rubber and plastic products fell 2.5%.

Capacity utilisation in manufacturing was 77.9% in the fourth quarter of 2025.

The rand was trading at R17.62 to the dollar at 2pm, 0.3% firmer on the day.

"The PGM drag should ease as basket prices have risen almost 40% in a year," said Lerato Dlamini, a mining analyst at Highveld Equities. She expects mining to subtract from first-quarter GDP, shaving about 0.2 percentage points off growth.
""", [
    F("3.8%", 3.8, "%", "C", "dn", "South Africa's mining production|mining production|mining", FEB,
      "Statistics South Africa", source_alt=["Stats SA"]),
    F("11.2%", 11.2, "%", "C", "dn", "South African PGM output|PGM output|output", FEB, None, source_alt=SSA),
    F("3.1 percentage points", 3.1, "pp", "C", "dn", "PGM contribution to South African mining production|"
      "contribution|headline figure|mining", FEB, None, source_alt=SSA, kind_alt=["level"]),
    F("9.4%", 9.4, "%", "C", "dn", "South African iron ore output|iron ore", FEB, None, source_alt=SSA),
    F("4.6%", 4.6, "%", "C", "up", "South African gold production|gold production|gold", FEB, None, source_alt=SSA),
    F("1.9%", 1.9, "%", "C", "up", "South African coal production|coal", FEB, None, source_alt=SSA),
    F("7.7%", 7.7, "%", "C", "up", "South African manganese ore output|manganese ore|manganese", FEB, None,
      source_alt=SSA),
    F("1.2%", 1.2, "%", "C", "dn", "South Africa's mining output|mining output|mining", FEB, None, ctx="decreased 1.2%",
      source_alt=SSA),
    F("0.9%", 0.9, "%", "C", "up", "South Africa's mining output|mining output|mining", M(2026, 1), None,
      source_alt=SSA),
    F("12.4%", 12.4, "%", "C", "up", "South African mineral sales|mineral sales|sales", FEB, None, source_alt=SSA),
    F("R62.8 billion", 62.8e9, "R", "L", "up", "South African mineral sales|mineral sales|sales", FEB, None,
      source_alt=SSA),
    F("about $4,950", 4950, "$", "L", None, "gold price|gold", FEB, None, unit_alt=["USD per troy ounce"]),
    F("1.6%", 1.6, "%", "C", "up", "South African manufacturing output|manufacturing", FEB, None, source_alt=SSA),
    F("Eight", 8, "#division", "L", None, "manufacturing divisions reporting growth|divisions", FEB, None,
      source_alt=SSA),
    F("ten", 10, "#division", "L", None, "South African manufacturing divisions|divisions", None, None,
      source_alt=SSA),
    F("4.3%", 4.3, "%", "C", "up", "South African food and beverages manufacturing|food and beverages division|"
      "division", FEB, None, source_alt=SSA),
    F("1.2 percentage points", 1.2, "pp", "C", "up", "food and beverages contribution to manufacturing growth|"
      "contribution|manufacturing", FEB, None, source_alt=SSA, kind_alt=["level"]),
    F("2.5%", 2.5, "%", "C", "dn", "South African petroleum, chemical products, rubber and plastic products|"
      "petroleum|products", FEB, None, source_alt=SSA),
    F("77.9%", 77.9, "%", "L", None, "South African manufacturing capacity utilisation|capacity utilisation|"
      "utilisation", Q(2025, 4), None, source_alt=SSA, kind_alt=["share"]),
    F("R17.62", 17.62, "R", "L", "up", "South African rand|rand", DAY(P), None, unit_alt=["ZAR per USD"],
      direction_alt=["dn"]),
    F("0.3%", 0.3, "%", "C", "up", "South African rand|rand", DAY(P), None),
    F("almost 40%", 40, "%", "C", "up", "PGM basket prices|basket prices|prices", (year_ago(P), P), "Lerato Dlamini",
      source_alt=["Dlamini", "mining analyst", "Highveld Equities"], period_alt=[None, ("2025-04", "2026-04")]),
    F("about 0.2 percentage points", 0.2, "pp", "C", "dn", "mining's contribution to South Africa's GDP growth|"
      "mining|growth|GDP", Q(2026, 1), "Lerato Dlamini", source_alt=["Dlamini", "She", "Highveld Equities"],
      kind_alt=["level"]),
], ex=["third consecutive", "fourth quarter", "first-quarter"])

# ---------------------------------------------------------------- 08 Nigeria CPI: December, states, official and parallel naira
P = on("2026-01-15", "Thursday")
DEC = M(2025, 12)
NBS = ["National Bureau of Statistics", "NBS"]
WED = last(P, "Wednesday")
story("b60-08", P, """
ABUJA, Jan. 15 (Wire) — Nigeria's headline inflation rate eased for a ninth consecutive month in December, falling to 15.2% from 16.1% in November, the National Bureau of Statistics (NBS) said on Thursday.

Food inflation slowed to 12.4% year on year from 13.9%, while core inflation, which excludes farm produce and energy, was 17.8%.

On a month-on-month basis, headline prices rose 1.1%, compared with 1.4% in November.

Urban inflation stood at 16.0% and rural inflation at 14.1%.

Among states, Kogi recorded the highest year-on-year rate, at 22.7%, and Kwara the lowest, at 9.3%.

The Central Bank of Nigeria held its monetary policy rate at 27.00% in November, after a 50 basis point cut in September. Its next meeting is in February.

The naira has firmed about 6% against the dollar since the start of 2025 on the official market, where it closed at N1,448.20 on Wednesday. On the parallel market, dealers quoted N1,475.

"With inflation at 15% and the policy rate at 27%, real rates are deeply positive. A cut of 100 to 200 basis points in the first half is likely," said Chinedu Okafor, head of research at Lekki Harbour Capital.
""", [
    F("15.2%", 15.2, "%", "L", "dn", "Nigeria's headline inflation rate|headline inflation|inflation", DEC,
      "National Bureau of Statistics", source_alt=["NBS"], kind_alt=["change"]),
    F("16.1%", 16.1, "%", "L", None, "Nigeria's headline inflation rate|headline inflation|inflation", M(2025, 11),
      "National Bureau of Statistics", source_alt=["NBS"], kind_alt=["change"]),
    F("12.4%", 12.4, "%", "L", "dn", "Nigeria's food inflation|food inflation|inflation", DEC, None, source_alt=NBS,
      kind_alt=["change"]),
    F("13.9%", 13.9, "%", "L", None, "Nigeria's food inflation|food inflation|inflation", M(2025, 11), None,
      source_alt=NBS, kind_alt=["change"]),
    F("17.8%", 17.8, "%", "L", None, "Nigeria's core inflation|core inflation|inflation", DEC, None, source_alt=NBS,
      kind_alt=["change"]),
    F("1.1%", 1.1, "%", "C", "up", "Nigeria's headline prices|headline prices|prices", DEC, None, source_alt=NBS),
    F("1.4%", 1.4, "%", "C", None, "Nigeria's headline prices|headline prices|prices", M(2025, 11), None,
      source_alt=NBS, direction_alt=["up"]),
    F("16.0%", 16.0, "%", "L", None, "Nigeria's urban inflation|urban inflation|inflation", DEC, None,
      source_alt=NBS, kind_alt=["change"]),
    F("14.1%", 14.1, "%", "L", None, "Nigeria's rural inflation|rural inflation|inflation", DEC, None,
      source_alt=NBS, kind_alt=["change"]),
    F("22.7%", 22.7, "%", "L", None, "Kogi's inflation rate|Kogi|rate", DEC, None, source_alt=NBS,
      kind_alt=["change"]),
    F("9.3%", 9.3, "%", "L", None, "Kwara's inflation rate|Kwara|rate", DEC, None, source_alt=NBS,
      kind_alt=["change"]),
    F("27.00%", 27.00, "%", "L", "unch", "Central Bank of Nigeria monetary policy rate|monetary policy rate|rate",
      M(2025, 11), None, source_alt=["Central Bank of Nigeria"], direction_alt=[None]),
    F("50 basis point", 50, "bp", "C", "dn", "Central Bank of Nigeria monetary policy rate|monetary policy rate|rate",
      M(2025, 9), None, source_alt=["Central Bank of Nigeria"], value_alt=[0.5], unit_alt=["percentage point"]),
    F("about 6%", 6, "%", "C", "up", "Nigerian naira against the dollar|naira", ("2025-01", "2026-01"), None,
      period_alt=[("2025-01-01", WED), ("2025-01-01", P)]),
    F("N1,448.20", 1448.20, "N", "L", None, "Nigerian naira on the official market|naira", DAY(WED), None,
      unit_alt=["NGN per USD"]),
    F("N1,475", 1475, "N", "L", None, "Nigerian naira on the parallel market|naira", DAY(WED), "dealers",
      unit_alt=["NGN per USD"], period_alt=[DAY(P)]),
    F("15%", 15, "%", "L", None, "Nigeria's inflation|inflation", DEC, "Chinedu Okafor",
      source_alt=["Okafor", "head of research", "Lekki Harbour Capital"], kind_alt=["change"],
      period_alt=[DAY(P)]),
    F("27%", 27, "%", "L", None, "Central Bank of Nigeria policy rate|policy rate|rate", DAY(P), "Chinedu Okafor",
      source_alt=["Okafor", "head of research", "Lekki Harbour Capital"], period_alt=[None]),
    RNG("100 to 200 basis points", 100, 200, "bp", "C", "dn", "Central Bank of Nigeria policy rate|rate|cut",
        H(2026, 1), "Chinedu Okafor", source_alt=["Okafor", "head of research", "Lekki Harbour Capital"],
        value_alt=[1.0], unit_alt=["percentage point"]),
], ex=["ninth consecutive", "first half"])

# ---------------------------------------------------------------- 09 Egypt: urban CPI, reserves, PMI, a fiscal target
P = on("2026-03-10", "Tuesday")
FEB = M(2026, 2)
CAP = ["CAPMAS", "statistics agency"]
story("b60-09", P, """
CAIRO, March 10 — Annual urban consumer price inflation in Egypt slowed to 11.8% in February from 12.9% in January, the official statistics agency CAPMAS said on Tuesday, the lowest rate since early 2022.

Monthly urban inflation was 0.9%, down from 1.6% in January, when a rise in administered fuel prices had lifted transport costs.

Food and beverage prices, which have the largest weight in the basket, rose 6.4% from a year earlier. Core inflation, published by the central bank, fell to 10.7%.

Separately, the central bank said net international reserves rose to $51.37 billion at the end of February from $50.92 billion a month earlier.

The non-oil private sector PMI compiled by S&P Global rose to 50.6 in February from 49.8, its first reading above the 50.0 mark separating growth from contraction in five months.

The Central Bank of Egypt has cut its overnight deposit rate by a cumulative 725 basis points since April 2025, to 20.25%. Its monetary policy committee meets again on April 2.

The pound traded at 48.65 per dollar, little changed since December. Egypt's fiscal year runs from July to June; the finance ministry targets a primary surplus of 4% of GDP in 2025/26.

"We expect a further 200 basis points of cuts by June as real rates remain above 8%," said Mona El-Sayed, an economist at Delta Nile Research.
""", [
    F("11.8%", 11.8, "%", "L", "dn", "Egypt's annual urban consumer price inflation|urban inflation|inflation", FEB,
      "CAPMAS", source_alt=["statistics agency"], kind_alt=["change"]),
    F("12.9%", 12.9, "%", "L", None, "Egypt's annual urban consumer price inflation|urban inflation|inflation",
      M(2026, 1), "CAPMAS", source_alt=["statistics agency"], kind_alt=["change"]),
    F("0.9%", 0.9, "%", "L", "dn", "Egypt's monthly urban inflation|monthly urban inflation|inflation", FEB, None,
      source_alt=CAP, kind_alt=["change"]),
    F("1.6%", 1.6, "%", "L", None, "Egypt's monthly urban inflation|monthly urban inflation|inflation", M(2026, 1),
      None, source_alt=CAP, kind_alt=["change"]),
    F("6.4%", 6.4, "%", "C", "up", "Egyptian food and beverage prices|food and beverage prices|prices", FEB, None,
      source_alt=CAP),
    F("10.7%", 10.7, "%", "L", "dn", "Egypt's core inflation|core inflation|inflation", FEB, None,
      source_alt=["central bank", "Central Bank of Egypt"], kind_alt=["change"]),
    F("$51.37 billion", 51.37e9, "$", "L", "up", "Egypt's net international reserves|net international reserves|"
      "reserves", DAY("2026-02-28"), "central bank", source_alt=["Central Bank of Egypt"], period_alt=[FEB]),
    F("$50.92 billion", 50.92e9, "$", "L", None, "Egypt's net international reserves|net international reserves|"
      "reserves", DAY("2026-01-31"), "central bank", source_alt=["Central Bank of Egypt"], period_alt=[M(2026, 1)]),
    F("50.6", 50.6, None, "L", "up", "Egypt's non-oil private sector PMI|PMI", FEB, None,
      source_alt=["S&P Global"], unit_alt=["point"]),
    F("49.8", 49.8, None, "L", None, "Egypt's non-oil private sector PMI|PMI", M(2026, 1), None,
      source_alt=["S&P Global"], unit_alt=["point"]),
    F("725 basis points", 725, "bp", "C", "dn", "Central Bank of Egypt overnight deposit rate|overnight deposit rate|"
      "rate", ("2025-04", "2026-03"), None, source_alt=["Central Bank of Egypt"], value_alt=[7.25],
      unit_alt=["percentage point"], period_alt=[("2025-04", P)]),
    F("20.25%", 20.25, "%", "L", "dn", "Central Bank of Egypt overnight deposit rate|overnight deposit rate|rate",
      DAY(P), None, source_alt=["Central Bank of Egypt"], period_alt=[None]),
    F("48.65", 48.65, "EGP", "L", "unch", "Egyptian pound|pound", DAY(P), None, unit_alt=["EGP per USD"],
      direction_alt=[None]),
    F("4% of GDP", 4, "%", "S", None, "Egypt's primary surplus target|primary surplus|surplus",
      FY(2025, 7, 2026, 6), None, source_alt=["finance ministry"], kind_alt=["ratio", "level"]),
    F("200 basis points", 200, "bp", "C", "dn", "Central Bank of Egypt interest rates|cuts|rate", (None, "2026-06"),
      "Mona El-Sayed", source_alt=["El-Sayed", "economist", "Delta Nile Research", "We"], value_alt=[2.0],
      unit_alt=["percentage point"], period_alt=[(P, "2026-06"), ("2026-03", "2026-06")]),
    F("above 8%", 8, "%", "L", None, "Egypt's real interest rates|real rates|rates", DAY(P), "Mona El-Sayed",
      source_alt=["El-Sayed", "economist", "Delta Nile Research"], period_alt=[None]),
], ex=["50.0 mark", "five months"])

# ---------------------------------------------------------------- 10 Israel Q2 GDP, annualized, with a "By the numbers" list
P = on("2026-08-17", "Monday")
Q2 = Q(2026, 2)
CBS = ["Central Bureau of Statistics", "first estimate"]
story("b60-10", P, """
JERUSALEM, Aug. 17 — Israel's economy expanded at an annualized rate of 3.9% in the second quarter, the Central Bureau of Statistics said on Monday in its first estimate, after growth of 2.7% in the first three months of the year.

Private consumption rose at an annualized 6.2%, and fixed investment climbed 8.5%, led by residential construction. Exports of goods and services, excluding diamonds and startups, fell 1.9%, while imports rose 4.4%. Government consumption grew 2.3%.

Business sector product, a closely watched gauge of private activity, grew 4.6%.

Per capita GDP rose at an annualized 1.1% in the quarter, reflecting population growth of about 2% a year.

By the numbers (Q2, annualized unless stated):
- GDP: +3.9%
- Private consumption per capita: +4.1%
- Exports of high-tech services: +7.2%
- GDP vs a year earlier: +3.2%

The Bank of Israel, which kept its benchmark rate at 4.00% in July, forecasts growth of 3.5% this year and 4.2% in 2027. Annual inflation was 2.6% in July, within the bank's 1%-3% target range.

The shekel strengthened 0.6% to 3.412 per dollar, near its strongest in four years. Against the euro it was at 3.98.

"Consumption is doing the heavy lifting, but exports remain a weak spot," said Yael Ben-Ami, chief economist at Galil Investment House.
""", [
    F("3.9%", 3.9, "%", "C", "up", "Israel's economy|economy|GDP", Q2, "Central Bureau of Statistics",
      ctx="annualized rate of 3.9%", source_alt=["first estimate"]),
    F("2.7%", 2.7, "%", "C", None, "Israel's economy|economy|GDP", Q(2026, 1), "Central Bureau of Statistics",
      source_alt=["first estimate"], direction_alt=["up"]),
    F("6.2%", 6.2, "%", "C", "up", "Israeli private consumption|private consumption|consumption", Q2, None,
      source_alt=CBS),
    F("8.5%", 8.5, "%", "C", "up", "Israeli fixed investment|fixed investment|investment", Q2, None, source_alt=CBS),
    F("1.9%", 1.9, "%", "C", "dn", "Israel's exports of goods and services excluding diamonds and startups|exports",
      Q2, None, source_alt=CBS),
    F("4.4%", 4.4, "%", "C", "up", "Israel's imports|imports", Q2, None, source_alt=CBS),
    F("2.3%", 2.3, "%", "C", "up", "Israeli government consumption|government consumption|consumption", Q2, None,
      source_alt=CBS),
    F("4.6%", 4.6, "%", "C", "up", "Israel's business sector product|business sector product|product", Q2, None,
      source_alt=CBS),
    F("1.1%", 1.1, "%", "C", "up", "Israel's per capita GDP|per capita GDP|GDP", Q2, None, source_alt=CBS),
    F("about 2%", 2, "%", "C", "up", "Israel's population growth|population growth|population", None, None,
      kind_alt=["level"]),
    F("3.9%", 3.9, "%", "C", "up", "Israel's GDP|GDP", Q2, None, ctx="GDP: +3.9%", source_alt=CBS),
    F("4.1%", 4.1, "%", "C", "up", "Israeli private consumption per capita|private consumption per capita|"
      "consumption", Q2, None, source_alt=CBS),
    F("7.2%", 7.2, "%", "C", "up", "Israel's exports of high-tech services|exports", Q2, None, source_alt=CBS),
    F("3.2%", 3.2, "%", "C", "up", "Israel's GDP|GDP", Q2, None, source_alt=CBS),
    F("4.00%", 4.00, "%", "L", "unch", "Bank of Israel benchmark rate|benchmark rate|rate", M(2026, 7), None,
      source_alt=["Bank of Israel"], direction_alt=[None]),
    F("3.5%", 3.5, "%", "C", "up", "Israel's economic growth|growth", Y(2026), "Bank of Israel",
      kind_alt=["level"]),
    F("4.2%", 4.2, "%", "C", "up", "Israel's economic growth|growth", Y(2027), "Bank of Israel",
      kind_alt=["level"]),
    F("2.6%", 2.6, "%", "L", None, "Israel's annual inflation|annual inflation|inflation", M(2026, 7), None,
      kind_alt=["change"]),
    RNG("1%-3%", 1, 3, "%", "L", None, "Bank of Israel inflation target range|target range|inflation", None, None,
        source_alt=["Bank of Israel"]),
    F("0.6%", 0.6, "%", "C", "up", "Israeli shekel|shekel", DAY(P), None),
    F("3.412", 3.412, "ILS", "L", "up", "Israeli shekel|shekel", DAY(P), None, unit_alt=["ILS per USD"],
      direction_alt=["dn"]),
    F("3.98", 3.98, "ILS", "L", None, "Israeli shekel against the euro|shekel", DAY(P), None,
      unit_alt=["ILS per EUR"]),
], ex=["second quarter", "first three months", "in the quarter", "(Q2", "four years"])
