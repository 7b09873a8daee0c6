"""blind58 s1: European, Japanese and Korean economic data, central-bank minutes and staff projections
(b58-01..b58-10)."""
from common import *

# ---------------------------------------------------------------- 01 euro zone flash PMI (dateline, US spelling)
P = on("2026-03-24", "Tuesday")
SVY = ["S&P Global", "survey"]
story("b58-01", P, """
LONDON, March 24 — Business activity across the euro zone expanded at its fastest pace in 22 months in March as a rebound in services offset a renewed slide in German factory output, a survey showed on Tuesday.

The HCOB flash composite purchasing managers' index, compiled by S&P Global, rose to 52.3 from 51.1 in February, beating the 51.4 median forecast in a poll of economists. A reading above 50 indicates growth.

The services PMI climbed to 53.0 from 51.6, while the manufacturing index slipped to 48.7 from 49.2, its lowest since October. Germany's composite reading fell to 49.6 and its factory output index dropped to 47.9.

The new orders sub-index rose to 51.8 and the employment gauge held at 50.2. Input costs rose at the sharpest rate in 14 months, the survey found.

Economists at Rheinwerth Capital said the data were consistent with GDP growth of about 0.3% in the first quarter, and they expect 0.4% in the coming quarter. The European Central Bank's staff projected growth of 0.9% for 2026 in their March forecasts.

"Services are doing the heavy lifting," said Marta Kowalczyk, chief economist at the Frankfurt firm, who expects the ECB to hold its deposit rate at 2.00% at its April meeting.

France's composite PMI rose to 50.4, its first reading above 50 since August.
""", [
    F("52.3", 52.3, None, "L", "up", "euro zone flash composite purchasing managers' index|composite PMI|index|PMI",
      M(2026, 3), None, source_alt=SVY, unit_alt=["point"]),
    F("51.1", 51.1, None, "L", None, "euro zone flash composite purchasing managers' index|composite PMI|index|PMI",
      M(2026, 2), None, source_alt=SVY, unit_alt=["point"]),
    F("51.4", 51.4, None, "L", None, "median forecast for the composite PMI|median forecast|forecast|PMI",
      M(2026, 3), "poll of economists", source_alt=["economists", "poll"], unit_alt=["point"]),
    F("53.0", 53.0, None, "L", "up", "euro zone services PMI|services PMI|PMI", M(2026, 3), None, source_alt=SVY,
      unit_alt=["point"]),
    F("51.6", 51.6, None, "L", None, "euro zone services PMI|services PMI|PMI", M(2026, 2), None, source_alt=SVY,
      unit_alt=["point"]),
    F("48.7", 48.7, None, "L", "dn", "euro zone manufacturing index|manufacturing PMI|index", M(2026, 3), None,
      source_alt=SVY, unit_alt=["point"]),
    F("49.2", 49.2, None, "L", None, "euro zone manufacturing index|manufacturing PMI|index", M(2026, 2), None,
      source_alt=SVY, unit_alt=["point"]),
    F("49.6", 49.6, None, "L", "dn", "Germany's composite PMI reading|composite reading|reading|PMI", M(2026, 3), None,
      source_alt=SVY, unit_alt=["point"]),
    F("47.9", 47.9, None, "L", "dn", "German factory output index|output index|index", M(2026, 3), None,
      source_alt=SVY, unit_alt=["point"]),
    F("51.8", 51.8, None, "L", "up", "new orders sub-index|sub-index|new orders", M(2026, 3), None, source_alt=SVY,
      unit_alt=["point"]),
    F("50.2", 50.2, None, "L", "unch", "employment gauge|employment|gauge", M(2026, 3), None, source_alt=SVY,
      unit_alt=["point"], direction_alt=[None]),
    F("about 0.3%", 0.3, "%", "C", "up", "euro zone GDP growth|GDP growth|growth|GDP", Q(2026, 1), "Rheinwerth Capital",
      source_alt=["Economists at Rheinwerth Capital", "economists", "Rheinwerth"], kind_alt=["level"]),
    F("0.4%", 0.4, "%", "C", "up", "euro zone GDP growth|GDP growth|growth|GDP", Q(2026, 2), "Rheinwerth Capital",
      source_alt=["economists", "Rheinwerth", "they"], kind_alt=["level"]),
    F("0.9%", 0.9, "%", "C", "up", "euro zone economic growth|growth", Y(2026), "European Central Bank's staff",
      source_alt=["European Central Bank", "ECB", "ECB staff"], kind_alt=["level"]),
    F("2.00%", 2.00, "%", "L", "unch", "ECB deposit rate|deposit rate|rate", M(2026, 4), "Marta Kowalczyk",
      source_alt=["Kowalczyk", "chief economist", "Rheinwerth Capital"], direction_alt=[None]),
    F("50.4", 50.4, None, "L", "up", "France's composite PMI|composite PMI|PMI", M(2026, 3), None, source_alt=SVY,
      unit_alt=["point"]),
], ex=["22 months", "above 50", "14 months", "first quarter", "coming quarter"])

# ---------------------------------------------------------------- 02 German Ifo (British spelling), Q3 actual + Q4 forecast
P = on("2025-11-24", "Monday")
IFO = ["Ifo", "Ifo institute", "institute"]
story("b58-02", P, """
MUNICH, 24 November — German business morale unexpectedly weakened in November as manufacturers grew gloomier about export orders, the Ifo institute said on Monday.

The Ifo business climate index fell to 87.6 from 88.4 in October, below the 88.8 expected by economists polled by a news agency. The current assessment index edged up to 85.9, while the expectations index dropped to 89.1 from 90.6.

Sentiment in manufacturing fell to minus 12.4 from minus 9.8, and 38.5% of chemicals companies reported a shortage of orders. Exporters' expectations, a separate gauge, slid to minus 6.3 points, while the climate among carmakers sank to minus 21.7.

Output shrank 0.2% in the third quarter, the federal statistics office said last month, and Ifo expects growth of 0.1% in the fourth. For next year the institute forecasts expansion of 0.8%, helped by extra infrastructure spending worth about €38 billion.

"Orders are simply not coming back," said Jonas Albrecht, managing director of Lahnwerk Armaturen, a valve maker near Giessen that has cut shifts since the summer.

Kaspar Lindqvist, an economist at Nordhafen Bank, said he saw a 40% chance of a German recession next year and expected the European Central Bank to keep rates on hold well into the spring.

The survey of about 9,000 firms was conducted in the first three weeks of the month.
""", [
    F("87.6", 87.6, None, "L", "dn", "Ifo business climate index|business climate|index", M(2025, 11), None,
      source_alt=IFO, unit_alt=["point"]),
    F("88.4", 88.4, None, "L", None, "Ifo business climate index|business climate|index", M(2025, 10), None,
      source_alt=IFO, unit_alt=["point"]),
    F("88.8", 88.8, None, "L", None, "economists' forecast for the Ifo index|forecast|index", M(2025, 11), "economists",
      source_alt=["news agency", "poll"], unit_alt=["point"]),
    F("85.9", 85.9, None, "L", "up", "Ifo current assessment index|current assessment|index", M(2025, 11), None,
      source_alt=IFO, unit_alt=["point"]),
    F("89.1", 89.1, None, "L", "dn", "Ifo expectations index|expectations|index", M(2025, 11), None,
      source_alt=IFO, unit_alt=["point"]),
    F("90.6", 90.6, None, "L", None, "Ifo expectations index|expectations|index", M(2025, 10), None,
      source_alt=IFO, unit_alt=["point"]),
    F("minus 12.4", -12.4, None, "L", "dn", "manufacturing sentiment|sentiment in manufacturing|sentiment",
      M(2025, 11), None, source_alt=IFO, unit_alt=["point"], value_alt=[12.4]),
    F("minus 9.8", -9.8, None, "L", None, "manufacturing sentiment|sentiment in manufacturing|sentiment",
      M(2025, 10), None, source_alt=IFO, unit_alt=["point"], value_alt=[9.8]),
    F("38.5%", 38.5, "%", "S", None, "chemicals companies reporting a shortage of orders|chemicals companies|companies",
      M(2025, 11), None, source_alt=IFO),
    F("minus 6.3 points", -6.3, "pt", "L", "dn", "exporters' expectations|expectations|gauge", M(2025, 11), None,
      source_alt=IFO, value_alt=[6.3], unit_alt=[None]),
    F("minus 21.7", -21.7, None, "L", "dn", "business climate among carmakers|climate|carmakers", M(2025, 11), None,
      source_alt=IFO, unit_alt=["point"], value_alt=[21.7]),
    F("0.2%", 0.2, "%", "C", "dn", "German economic output|output|economy|GDP", Q(2025, 3), "federal statistics office",
      source_alt=["statistics office"]),
    F("0.1%", 0.1, "%", "C", "up", "German economic growth|growth|economy|GDP", Q(2025, 4), "Ifo",
      source_alt=["Ifo institute", "institute"], kind_alt=["level"]),
    F("0.8%", 0.8, "%", "C", "up", "German economic expansion|expansion|growth|economy", Y(2026), "institute",
      source_alt=["Ifo", "Ifo institute"], kind_alt=["level"]),
    F("about €38 billion", 38e9, "€", "L", None, "extra infrastructure spending|infrastructure spending|spending",
      Y(2026), "institute", source_alt=["Ifo", "Ifo institute"], period_alt=[None]),
    F("40%", 40, "%", "L", None, "chance of a German recession|chance|recession", Y(2026), "Kaspar Lindqvist",
      source_alt=["Lindqvist", "economist", "Nordhafen Bank"], kind_alt=["share"], period_alt=[None, DAY(P)]),
    F("about 9,000", 9000, "#firm", "L", None, "firms surveyed|survey|firms", M(2025, 11), None,
      source_alt=IFO, period_alt=[None, ("2025-11-01", "2025-11-21")]),
], ex=["third quarter", "first three weeks"])

# ---------------------------------------------------------------- 03 BOJ tankan (fiscal year April-March, "began on Wednesday")
P = on("2026-04-01", "Wednesday")
TK = ["tankan", "Bank of Japan", "BOJ", "survey"]
FY26 = FY(2026, 4, 2027, 3)
story("b58-03", P, """
TOKYO, April 1 — Sentiment among Japan's large manufacturers worsened in the three months to March, the Bank of Japan's quarterly tankan survey showed on Wednesday, as higher U.S. tariffs on auto parts weighed on exporters.

The headline index for big manufacturers fell to plus 12 in March from plus 15 in December, slightly better than the plus 11 median forecast in a poll of 16 economists. Big non-manufacturers' sentiment held at plus 34, near a three-decade high.

Large manufacturers expect conditions to deteriorate further, with their index seen at plus 9 in three months.

Big firms plan to raise capital spending by 7.8% in the fiscal year that began on Wednesday, compared with a 5.1% rise planned at the same stage a year earlier. They assume an average dollar rate of 143.80 yen for the year, stronger than the yen's current level of about 149.

Companies expect consumer prices to rise 2.4% over the coming year and by an annual 2.1% over the next five years, the central bank's survey of firms' inflation expectations showed.

"The tariff hit is now showing up in the data," said Haruka Mizoguchi, senior economist at Kurobane Securities, who expects the BOJ to raise its policy rate to 1.0% in July.

The employment conditions index for all firms stood at minus 36, indicating the tightest labor market since 1991.
""", [
    F("plus 12", 12, None, "L", "dn", "big manufacturers' sentiment index|headline index|index", Q(2026, 1), None,
      source_alt=TK, unit_alt=["point"], period_alt=[M(2026, 3)]),
    F("plus 15", 15, None, "L", None, "big manufacturers' sentiment index|headline index|index", Q(2025, 4), None,
      source_alt=TK, unit_alt=["point"], period_alt=[M(2025, 12)]),
    F("plus 11", 11, None, "L", None, "median forecast for the big manufacturers' index|median forecast|forecast",
      Q(2026, 1), "poll", source_alt=["economists", "poll of 16 economists"], unit_alt=["point"],
      period_alt=[M(2026, 3)]),
    F("16", 16, "#economist", "L", None, "economists polled|economists", None, None, source_alt=["poll"]),
    F("plus 34", 34, None, "L", "unch", "big non-manufacturers' sentiment|sentiment|index", Q(2026, 1), None,
      source_alt=TK, unit_alt=["point"], direction_alt=[None], period_alt=[M(2026, 3)]),
    F("plus 9", 9, None, "L", "dn", "large manufacturers' index outlook|index|conditions", Q(2026, 2),
      "Large manufacturers", source_alt=["manufacturers"] + TK, unit_alt=["point"], period_alt=[M(2026, 6)]),
    F("7.8%", 7.8, "%", "C", "up", "big firms' capital spending|capital spending|spending", FY26, "Big firms",
      source_alt=["firms"] + TK),
    F("5.1%", 5.1, "%", "C", "up", "big firms' planned capital spending|capital spending|spending",
      FY(2025, 4, 2026, 3), None, source_alt=["Big firms"] + TK, direction_alt=[None]),
    F("143.80 yen", 143.80, "¥", "L", None, "big firms' assumed dollar rate|dollar rate|exchange rate|yen", FY26,
      "Big firms", source_alt=["They", "firms"] + TK, unit_alt=["JPY per USD"]),
    F("about 149", 149, "¥", "L", None, "yen's current level|yen|level", DAY(P), None, period_alt=[None],
      unit_alt=["JPY per USD"]),
    F("2.4%", 2.4, "%", "C", "up", "consumer prices|prices|inflation expectations", FY26, "Companies",
      source_alt=["survey", "central bank", "firms"], period_alt=[None, FY(2026, 5, 2027, 4)],
      kind_alt=["level"]),
    F("2.1%", 2.1, "%", "C", "up", "consumer prices|prices|inflation expectations", FY(2026, 4, 2031, 3), "Companies",
      source_alt=["survey", "central bank", "firms"], period_alt=[None, FY(2026, 5, 2031, 4)],
      kind_alt=["level"]),
    F("1.0%", 1.0, "%", "L", "up", "BOJ policy rate|policy rate|rate", M(2026, 7), "Haruka Mizoguchi",
      source_alt=["Mizoguchi", "senior economist", "Kurobane Securities"]),
    F("minus 36", -36, None, "L", None, "employment conditions index|index", Q(2026, 1), None, source_alt=TK,
      unit_alt=["point"], value_alt=[36], period_alt=[M(2026, 3)]),
], ex=["three months", "three-decade", "next five years"])

# ---------------------------------------------------------------- 04 South Korea exports (Korean wire style)
P = on("2026-06-01", "Monday")
MAY = M(2026, 5)
MOTIE = "Ministry of Trade, Industry and Energy"
MO = [MOTIE, "ministry", "trade ministry"]
story("b58-04", P, """
SEJONG, June 1 -- South Korea's exports rose for a 12th consecutive month in May on the back of record semiconductor sales, government data showed Monday.

Outbound shipments climbed 9.6 percent on-year to US$61.3 billion last month, according to the Ministry of Trade, Industry and Energy. Imports gained 2.4 percent to $52.7 billion, leaving a trade surplus of $8.6 billion, the largest for any May.

Chip exports jumped 31.5 percent to a record $15.2 billion, while car exports fell 6.8 percent to $6.1 billion amid U.S. tariffs. Shipments to China, the country's largest trading partner, rose 4.3 percent, and those to the United States dropped 8.1 percent.

For the first five months of the year, exports reached $288.4 billion, up 5.2 percent from the same period a year earlier.

The ministry expects full-year exports to top $720 billion for the first time, while analysts expect chip shipments to keep growing in the second half, though at a slower pace of around 15 percent.

Per-working-day exports, which adjust for calendar effects, grew 5.8 percent, as May had 23.5 working days compared with 22.5 a year earlier.

"Memory prices are still doing the heavy lifting, and that will not last forever," said Lee Ji-won, an analyst at Hanbit Investment & Securities, pointing to softer demand for smartphones.
""", [
    F("9.6 percent", 9.6, "%", "C", "up", "South Korea's exports|outbound shipments|shipments|exports", MAY, MOTIE,
      source_alt=MO[1:]),
    F("US$61.3 billion", 61.3e9, "$", "L", "up", "South Korea's exports|outbound shipments|shipments|exports", MAY,
      MOTIE, source_alt=MO[1:]),
    F("2.4 percent", 2.4, "%", "C", "up", "South Korea's imports|imports", MAY, None, source_alt=MO),
    F("$52.7 billion", 52.7e9, "$", "L", "up", "South Korea's imports|imports", MAY, None, source_alt=MO),
    F("$8.6 billion", 8.6e9, "$", "L", None, "South Korea's trade surplus|trade surplus|surplus", MAY, None,
      source_alt=MO, direction_alt=["up"]),
    F("31.5 percent", 31.5, "%", "C", "up", "chip exports|exports", MAY, None, source_alt=MO),
    F("$15.2 billion", 15.2e9, "$", "L", "up", "chip exports|exports", MAY, None, source_alt=MO),
    F("6.8 percent", 6.8, "%", "C", "dn", "car exports|exports", MAY, None, source_alt=MO),
    F("$6.1 billion", 6.1e9, "$", "L", "dn", "car exports|exports", MAY, None, source_alt=MO),
    F("4.3 percent", 4.3, "%", "C", "up", "shipments to China|shipments|exports", MAY, None, source_alt=MO),
    F("8.1 percent", 8.1, "%", "C", "dn", "shipments to the United States|shipments|exports", MAY, None,
      source_alt=MO),
    F("$288.4 billion", 288.4e9, "$", "L", "up", "South Korea's exports|exports", MM(2026, 1, 2026, 5), None,
      source_alt=MO),
    F("5.2 percent", 5.2, "%", "C", "up", "South Korea's exports|exports", MM(2026, 1, 2026, 5), None,
      source_alt=MO),
    F("$720 billion", 720e9, "$", "L", "up", "full-year exports|exports", Y(2026), "ministry",
      source_alt=[MOTIE, "trade ministry"], direction_alt=[None]),
    F("around 15 percent", 15, "%", "C", "up", "chip shipments|shipments", H(2026, 2), "analysts"),
    F("5.8 percent", 5.8, "%", "C", "up", "per-working-day exports|exports", MAY, None, source_alt=MO),
    F("23.5", 23.5, "#working day", "L", None, "working days in May|working days|days", MAY, None,
      unit_alt=["day"]),
    F("22.5", 22.5, "#working day", "L", None, "working days in May|working days|days", M(2025, 5), None,
      unit_alt=["day"]),
], ex=["12th consecutive", "first five months", "second half"])

# ---------------------------------------------------------------- 05 Japan industrial output, forecasts into next year
P = on("2025-12-26", "Friday")
NOV = M(2025, 11)
METI = "Ministry of Economy, Trade and Industry"
ME = [METI, "ministry", "METI"]
story("b58-05", P, """
TOKYO, Dec. 26 — Japan's factory output rose more than expected in November, led by a rebound in car production, but manufacturers surveyed by the government forecast a sharp drop at the start of next year.

Industrial production increased 1.9% in November from the previous month, the Ministry of Economy, Trade and Industry said on Friday, beating the median estimate of a 1.4% gain and reversing a 0.7% decline in October. From a year earlier, output rose 2.6%.

Manufacturers expect output to grow 0.8% in December and to fall 2.3% in January, the ministry's survey of production forecasts showed. Adjusting for the survey's usual upward bias, the ministry estimates that December output will in fact fall 0.5%.

Motor vehicle output jumped 6.4%, while production of electronic parts and devices slid 1.1%. Shipments rose 1.6% and inventories fell 0.4%.

Separate data showed retail sales grew 1.3% in November from a year earlier and the jobless rate held at 2.5%. Core consumer prices in Tokyo, a leading indicator of nationwide trends, rose 2.2% in December.

"Output is likely to contract in the October-December quarter as a whole," said Kenta Oyamada, chief economist at Minatomirai Research, who forecasts gross domestic product to shrink at an annualized 1.2% in the quarter after the summer's stockpiling ahead of U.S. tariffs.
""", [
    F("1.9%", 1.9, "%", "C", "up", "Japan's industrial production|industrial production|production|output", NOV, METI,
      source_alt=ME[1:]),
    F("1.4%", 1.4, "%", "C", "up", "median estimate for industrial production|median estimate|estimate", NOV, None,
      source_alt=["median estimate", "economists"] + ME),
    F("0.7%", 0.7, "%", "C", "dn", "Japan's industrial production|industrial production|production|output",
      M(2025, 10), None, source_alt=ME),
    F("2.6%", 2.6, "%", "C", "up", "Japan's industrial output|output|production", NOV, None, source_alt=ME),
    F("0.8%", 0.8, "%", "C", "up", "Japan's industrial output|output|production", M(2025, 12), "Manufacturers",
      source_alt=["ministry's survey", "survey", "ministry"]),
    F("2.3%", 2.3, "%", "C", "dn", "Japan's industrial output|output|production", M(2026, 1), "Manufacturers",
      source_alt=["ministry's survey", "survey", "ministry"]),
    F("0.5%", 0.5, "%", "C", "dn", "December industrial output|output|production", M(2025, 12), "ministry",
      source_alt=[METI, "METI"]),
    F("6.4%", 6.4, "%", "C", "up", "motor vehicle output|output", NOV, None, source_alt=ME),
    F("1.1%", 1.1, "%", "C", "dn", "production of electronic parts and devices|production", NOV, None, source_alt=ME),
    F("1.6%", 1.6, "%", "C", "up", "factory shipments|shipments", NOV, None, source_alt=ME),
    F("0.4%", 0.4, "%", "C", "dn", "factory inventories|inventories", NOV, None, source_alt=ME),
    F("1.3%", 1.3, "%", "C", "up", "Japan's retail sales|retail sales|sales", NOV, None),
    F("2.5%", 2.5, "%", "L", "unch", "Japan's jobless rate|jobless rate|rate", NOV, None, direction_alt=[None]),
    F("2.2%", 2.2, "%", "C", "up", "Tokyo core consumer prices|core consumer prices|prices", M(2025, 12), None,
      kind_alt=["level"]),
    F("1.2%", 1.2, "%", "C", "dn", "Japan's gross domestic product|gross domestic product|GDP", Q(2025, 4),
      "Kenta Oyamada", source_alt=["Oyamada", "chief economist", "Minatomirai Research"], kind_alt=["level"]),
], ex=["October-December quarter", "in the quarter"])

# ---------------------------------------------------------------- 06 UK GDP (British), Q3 actual + Q4 forecast in one sentence
P = on("2025-11-13", "Thursday")
ONS = "Office for National Statistics"
story("b58-06", P, """
Britain's economy grew 0.1 per cent in the third quarter, the Office for National Statistics said on Thursday, and economists expect it to manage 0.2 per cent in the fourth as households brace for tax rises in the Budget on 26 November.

Gross domestic product fell 0.3 per cent in September alone, after a 0.2 per cent rise in August, as a fire halted production at Pellworth Motors' Midlands plant for most of the month. Manufacturing output slumped 2.7 per cent in September.

Services, which account for about 80 per cent of output, grew 0.2 per cent in the quarter, while construction expanded 0.6 per cent. Compared with a year earlier, GDP was 1.3 per cent larger, and the economy is now 3.9 per cent bigger than before the pandemic.

The Bank of England, which held interest rates at 4 per cent last week, forecast in its November Monetary Policy Report that the economy would grow by 1.2 per cent in 2026.

"It's a stop-start economy, and the Budget is unlikely to change that," said Priya Natarajan, chief UK economist at Calloway Lane, who sees growth of just 1.0 per cent next year and expects the Bank to cut rates in December.

Sterling slipped 0.4 per cent to $1.3120 after the figures. The Chancellor said the data showed the economy was "not yet firing on all cylinders".
""", [
    F("0.1 per cent", 0.1, "%", "C", "up", "Britain's economy|economy|GDP", Q(2025, 3), ONS, source_alt=["ONS"],
      kind_alt=["level"]),
    F("0.2 per cent", 0.2, "%", "C", "up", "Britain's economy|economy|GDP", Q(2025, 4), "economists",
      ctx="manage 0.2 per cent", kind_alt=["level"]),
    F("0.3 per cent", 0.3, "%", "C", "dn", "Britain's gross domestic product|gross domestic product|GDP",
      M(2025, 9), None, source_alt=[ONS, "ONS"]),
    F("0.2 per cent", 0.2, "%", "C", "up", "Britain's gross domestic product|gross domestic product|GDP",
      M(2025, 8), None, ctx="0.2 per cent rise in August", source_alt=[ONS, "ONS"]),
    F("2.7 per cent", 2.7, "%", "C", "dn", "manufacturing output|manufacturing|output", M(2025, 9), None,
      source_alt=[ONS, "ONS"]),
    F("about 80 per cent", 80, "%", "S", None, "services' share of output|services|output", None, None,
      period_alt=[Q(2025, 3)]),
    F("0.2 per cent", 0.2, "%", "C", "up", "services output|services", Q(2025, 3), None,
      ctx="grew 0.2 per cent in the quarter", source_alt=[ONS, "ONS"]),
    F("0.6 per cent", 0.6, "%", "C", "up", "construction output|construction", Q(2025, 3), None,
      source_alt=[ONS, "ONS"]),
    F("1.3 per cent", 1.3, "%", "C", "up", "Britain's GDP|GDP", Q(2025, 3), None, source_alt=[ONS, "ONS"]),
    F("3.9 per cent", 3.9, "%", "C", "up", "Britain's economy|economy", Q(2025, 3), None, source_alt=[ONS, "ONS"],
      period_alt=[(None, "2025-09"), DAY(P)]),
    F("4 per cent", 4, "%", "L", "unch", "Bank of England interest rates|interest rates|Bank Rate|rates",
      ("2025-11-03", "2025-11-07"), None, ctx="at 4 per cent last week", source_alt=["Bank of England"],
      direction_alt=[None],
      period_alt=[("2025-11-03", "2025-11-09"), ("2025-11-06", "2025-11-06"), None]),
    F("1.2 per cent", 1.2, "%", "C", "up", "Britain's economy|economy|growth", Y(2026), "Bank of England",
      source_alt=["Monetary Policy Report", "Bank"], kind_alt=["level"]),
    F("1.0 per cent", 1.0, "%", "C", "up", "Britain's economic growth|growth|economy", Y(2026), "Priya Natarajan",
      source_alt=["Natarajan", "chief UK economist", "Calloway Lane"], kind_alt=["level"]),
    F("0.4 per cent", 0.4, "%", "C", "dn", "sterling|pound", DAY(P), None),
    F("$1.3120", 1.3120, "$", "L", "dn", "sterling|pound", DAY(P), None),
], ex=["third quarter", "in the quarter"])

# ---------------------------------------------------------------- 07 ECB accounts and staff projections by year and quarter
P = on("2026-03-05", "Thursday")
ACC = ["accounts", "ECB", "European Central Bank"]
SP = "staff projections"
SPA = ["projections", "staff", "ECB", "European Central Bank"]
story("b58-07", P, """
FRANKFURT, March 5 — European Central Bank policymakers saw little reason to move interest rates again soon when they met last month, even as some worried that inflation could undershoot the bank's 2% target next year, the accounts of their Feb. 4-5 meeting showed on Thursday.

The ECB kept its deposit rate at 2.00% at that meeting, its fifth straight hold.

Staff projections, which policymakers reviewed, see headline inflation at 1.9% in 2026 and 1.8% in 2027 before it returns to 2.0% in 2028, with a low of 1.6% in the third quarter of this year. Core inflation is projected at 2.2% this year. The staff see economic growth of 1.2% in 2026, picking up to 1.4% in 2027.

Members noted that negotiated wage growth had slowed to 3.0% in the fourth quarter and was expected to ease to 2.7% in the first half of this year, according to the bank's wage tracker. A few members argued that energy prices, down 4.1% year on year in January, posed downside risks.

Money markets price roughly a one-in-three chance of a quarter-point cut by July, LSEG data show.

"The bar for another cut is high," said Tomasz Wierzbicki, an economist at Vistula Partners in Warsaw, who expects the next move to be a hike, to 2.25%, in the second half of 2027.

The euro traded at $1.1740, little changed.
""", [
    F("2%", 2, "%", "L", None, "ECB inflation target|inflation target|target", None, "accounts", ctx="bank's 2% target",
      source_alt=["ECB", "European Central Bank"]),
    F("2.00%", 2.00, "%", "L", "unch", "ECB deposit rate|deposit rate|rate", DAY("2026-02-05"), None,
      source_alt=["ECB"], direction_alt=[None], period_alt=[("2026-02-04", "2026-02-05"), M(2026, 2)]),
    F("1.9%", 1.9, "%", "L", None, "euro zone headline inflation|headline inflation|inflation", Y(2026), SP,
      source_alt=SPA),
    F("1.8%", 1.8, "%", "L", "dn", "euro zone headline inflation|headline inflation|inflation", Y(2027), SP,
      source_alt=SPA, direction_alt=[None]),
    F("2.0%", 2.0, "%", "L", "up", "euro zone headline inflation|headline inflation|inflation", Y(2028), SP,
      source_alt=SPA, direction_alt=[None]),
    F("1.6%", 1.6, "%", "L", None, "euro zone headline inflation|headline inflation|inflation", Q(2026, 3), SP,
      source_alt=SPA, direction_alt=["dn"]),
    F("2.2%", 2.2, "%", "L", None, "euro zone core inflation|core inflation|inflation", Y(2026), None,
      source_alt=SPA),
    F("1.2%", 1.2, "%", "C", "up", "euro zone economic growth|economic growth|growth", Y(2026), "staff",
      source_alt=SPA, kind_alt=["level"]),
    F("1.4%", 1.4, "%", "C", "up", "euro zone economic growth|economic growth|growth", Y(2027), "staff",
      source_alt=SPA, kind_alt=["level"]),
    F("3.0%", 3.0, "%", "L", "dn", "negotiated wage growth|wage growth|wages", Q(2025, 4), "wage tracker",
      source_alt=["Members", "ECB"], kind_alt=["change"]),
    F("2.7%", 2.7, "%", "L", "dn", "negotiated wage growth|wage growth|wages", H(2026, 1), "wage tracker",
      source_alt=["Members", "ECB"], kind_alt=["change"]),
    F("4.1%", 4.1, "%", "C", "dn", "euro zone energy prices|energy prices|prices", M(2026, 1), "A few members",
      source_alt=["members"]),
    FR("roughly a one-in-three", 1, 3, "L", None, "market-implied chance of an ECB rate cut|chance", None, "LSEG",
       source_alt=["Money markets", "markets"], kind_alt=["share"], period_alt=[DAY(P), (None, "2026-07")]),
    QP("quarter-point", "C", "dn", "ECB deposit rate|deposit rate|rate", (None, "2026-07"), "LSEG",
       source_alt=["Money markets", "markets"], period_alt=[(P, "2026-07"), M(2026, 7)]),
    F("2.25%", 2.25, "%", "L", "up", "ECB deposit rate|deposit rate|rate", H(2027, 2), "Tomasz Wierzbicki",
      source_alt=["Wierzbicki", "economist", "Vistula Partners"]),
    F("$1.1740", 1.1740, "$", "L", "unch", "euro", DAY(P), None, direction_alt=[None]),
], ex=["fifth straight", "third quarter", "fourth quarter", "first half", "second half"])

# ---------------------------------------------------------------- 08 Bank of Korea minutes and outlook
P = on("2025-12-16", "Tuesday")
MIN = ["minutes", "Bank of Korea", "BOK"]
BOKS = ["central bank's staff", "BOK", "Bank of Korea", "staff"]
story("b58-08", P, """
SEOUL, Dec. 16 -- Four of the six Bank of Korea (BOK) board members who voted last month said the door should stay open to a further rate cut next year, according to minutes of the Nov. 27 policy meeting released Tuesday, though they differed on timing as home prices in Seoul kept climbing.

The BOK held its benchmark rate at 2.5 percent at the meeting.

In its quarterly economic outlook released the same day, the central bank's staff raised the 2026 growth forecast to 1.8 percent from 1.6 percent and projected 1.9 percent expansion in 2027. Growth for this year was estimated at 1.0 percent.

Consumer inflation is seen at 2.1 percent next year, after 2.0 percent this year. Staff see on-year growth peaking at 2.3 percent in the third quarter of next year as chip exports stay strong.

One member said the won's slide past 1,470 per dollar in November warranted caution, noting that apartment prices in Seoul rose 0.2 percent in the week to Dec. 8, according to the Korea Real Estate Board.

Household loans at banks grew 1.9 trillion won in November, compared with 3.6 trillion won a month earlier, separate BOK data showed.

Park Seo-yeon, an economist at Haneul Securities, expects a cut to 2.25 percent in the second quarter.

The won closed at 1,468.3 per dollar Tuesday, down 0.3 percent from the previous session.
""", [
    F("Four", 4, "#board member", "L", None, "board members favoring room for a further cut|board members|members",
      None, "minutes", source_alt=MIN[1:], period_alt=[DAY("2025-11-27")], unit_alt=["member"]),
    F("six", 6, "#board member", "L", None, "BOK board members who voted|board members|members", None, "minutes",
      source_alt=MIN[1:], period_alt=[DAY("2025-11-27")], unit_alt=["member"]),
    F("2.5 percent", 2.5, "%", "L", "unch", "BOK benchmark rate|benchmark rate|rate", DAY("2025-11-27"), None,
      source_alt=["BOK", "Bank of Korea"], direction_alt=[None], period_alt=[M(2025, 11)]),
    F("1.8 percent", 1.8, "%", "C", "up", "South Korea's 2026 growth forecast|growth forecast|growth", Y(2026), None,
      source_alt=BOKS, kind_alt=["level"]),
    F("1.6 percent", 1.6, "%", "C", None, "South Korea's 2026 growth forecast|growth forecast|growth", Y(2026), None,
      source_alt=BOKS, kind_alt=["level"]),
    F("1.9 percent", 1.9, "%", "C", "up", "South Korea's economic expansion|expansion|growth", Y(2027),
      "central bank's staff", source_alt=BOKS[1:], kind_alt=["level"]),
    F("1.0 percent", 1.0, "%", "C", "up", "South Korea's growth|growth", Y(2025), None, source_alt=BOKS,
      kind_alt=["level"]),
    F("2.1 percent", 2.1, "%", "L", None, "consumer inflation|inflation", Y(2026), None, source_alt=BOKS,
      direction_alt=["up"]),
    F("2.0 percent", 2.0, "%", "L", None, "consumer inflation|inflation", Y(2025), None, source_alt=BOKS),
    F("2.3 percent", 2.3, "%", "C", "up", "South Korea's on-year growth|on-year growth|growth", Q(2026, 3), "Staff",
      source_alt=BOKS, kind_alt=["level"]),
    F("1,470", 1470, "W", "L", "dn", "won|won's slide", M(2025, 11), "One member", source_alt=["member"],
      unit_alt=["KRW per USD"], direction_alt=["up", None], period_alt=[None]),
    F("0.2 percent", 0.2, "%", "C", "up", "Seoul apartment prices|apartment prices|prices", ("2025-12-02", "2025-12-08"),
      "Korea Real Estate Board", source_alt=["One member", "board"], period_alt=[DAY("2025-12-08")]),
    F("1.9 trillion won", 1.9e12, "W", "C", "up", "household loans at banks|household loans|loans", M(2025, 11), "BOK",
      source_alt=["BOK data", "Bank of Korea"]),
    F("3.6 trillion won", 3.6e12, "W", "C", None, "household loans at banks|household loans|loans", M(2025, 10), "BOK",
      source_alt=["BOK data", "Bank of Korea"], direction_alt=["up"]),
    F("2.25 percent", 2.25, "%", "L", "dn", "BOK benchmark rate|benchmark rate|rate", Q(2026, 2), "Park Seo-yeon",
      source_alt=["Park", "economist", "Haneul Securities"]),
    F("1,468.3", 1468.3, "W", "L", "dn", "won", DAY(P), None, unit_alt=["KRW per USD"], direction_alt=["up", None]),
    F("0.3 percent", 0.3, "%", "C", "dn", "won", DAY(P), None),
], ex=["third quarter", "second quarter", "One member"])

# ---------------------------------------------------------------- 09 Bank of England minutes, June story: "by May" = next May
P = on("2026-06-18", "Thursday")
BS = ["staff", "Bank of England", "Bank"]
story("b58-09", P, """
The Bank of England kept Bank Rate at 3.5 per cent on Thursday, with three of the nine members of the Monetary Policy Committee voting for a quarter-point cut, the minutes of the meeting showed.

Bank staff now expect CPI inflation to be 2.9 per cent in July, rising to 3.1 per cent in September because of higher energy bills, before easing to 2.4 per cent by May. Inflation was 3.0 per cent in May, the Office for National Statistics said on Wednesday.

Staff see GDP growth of 0.3 per cent in the second quarter and 0.2 per cent in the coming quarter, with unemployment peaking at 5.4 per cent towards the end of the year.

The minutes said private-sector regular pay growth had slowed to 3.6 per cent in the three months to April, while the Bank's Decision Maker Panel showed firms expect to raise their prices by 3.2 per cent over the next year.

Investors now see a 70 per cent chance of a cut in August, up from 45 per cent before the decision, according to market pricing.

"The committee is edging towards the door," said Felicity Onyango, UK economist at Marbrook Securities, who expects Bank Rate to fall to 3 per cent by next March.

Sterling fell 0.4 per cent to $1.3480 after the announcement, and two-year gilt yields dropped five basis points.
""", [
    F("3.5 per cent", 3.5, "%", "L", "unch", "Bank Rate|rate", DAY(P), None, source_alt=["Bank of England"],
      direction_alt=[None]),
    F("three", 3, "#member", "L", None, "MPC members voting for a cut|members", DAY(P), "minutes",
      ctx="three of the nine",
      source_alt=["Bank of England"], period_alt=[None], kind_alt=["count"]),
    F("nine", 9, "#member", "L", None, "members of the Monetary Policy Committee|members", None, "minutes",
      source_alt=["Bank of England"], period_alt=[DAY(P)]),
    QP("quarter-point", "C", "dn", "Bank Rate|rate", DAY(P), "minutes", source_alt=["three members"]),
    F("2.9 per cent", 2.9, "%", "L", None, "CPI inflation|inflation", M(2026, 7), "Bank staff", source_alt=BS,
      direction_alt=["dn"]),
    F("3.1 per cent", 3.1, "%", "L", "up", "CPI inflation|inflation", M(2026, 9), "Bank staff", source_alt=BS),
    F("2.4 per cent", 2.4, "%", "L", "dn", "CPI inflation|inflation", (None, "2027-05"), "Bank staff", source_alt=BS,
      period_alt=[M(2027, 5)]),
    F("3.0 per cent", 3.0, "%", "L", None, "CPI inflation|inflation", M(2026, 5), "Office for National Statistics",
      source_alt=["ONS"]),
    F("0.3 per cent", 0.3, "%", "C", "up", "UK GDP growth|GDP growth|GDP", Q(2026, 2), "Staff", source_alt=BS,
      kind_alt=["level"]),
    F("0.2 per cent", 0.2, "%", "C", "up", "UK GDP growth|GDP growth|GDP", Q(2026, 3), "Staff", source_alt=BS,
      kind_alt=["level"]),
    F("5.4 per cent", 5.4, "%", "L", "up", "UK unemployment|unemployment", Q(2026, 4), "Staff", source_alt=BS,
      period_alt=[(None, "2026-12"), M(2026, 12)]),
    F("3.6 per cent", 3.6, "%", "L", "dn", "private-sector regular pay growth|pay growth|pay", MM(2026, 2, 2026, 4),
      "minutes", source_alt=["Bank of England"], kind_alt=["change"]),
    F("3.2 per cent", 3.2, "%", "C", "up", "firms' prices|prices", FY(2026, 6, 2027, 5), "Decision Maker Panel",
      source_alt=["firms", "panel", "Bank"], period_alt=[None, FY(2026, 7, 2027, 6)]),
    F("70 per cent", 70, "%", "L", "up", "chance of a rate cut in August|chance", None, "market pricing",
      source_alt=["Investors"], kind_alt=["share"], period_alt=[DAY(P), M(2026, 8)]),
    F("45 per cent", 45, "%", "L", None, "chance of a rate cut in August|chance", DAY(P), "market pricing",
      source_alt=["Investors"], kind_alt=["share"], period_alt=[None]),
    F("3 per cent", 3, "%", "L", "dn", "Bank Rate|rate", (None, "2027-03"), "Felicity Onyango",
      ctx="fall to 3 per cent", source_alt=["Onyango", "UK economist", "Marbrook Securities"],
      period_alt=[M(2027, 3)]),
    F("0.4 per cent", 0.4, "%", "C", "dn", "sterling|pound", DAY(P), None),
    F("$1.3480", 1.3480, "$", "L", "dn", "sterling|pound", DAY(P), None),
    F("five basis points", 5, "bp", "C", "dn", "two-year gilt yields|gilt yields|yields", DAY(P), None,
      value_alt=[0.05], unit_alt=["percentage point"]),
], ex=["second quarter", "coming quarter", "three months", "two-year"])

# ---------------------------------------------------------------- 10 Japan trade, table-like lines
P = on("2026-08-20", "Thursday")
JUL = M(2026, 7)
MOF = ["Ministry of Finance", "finance ministry"]
story("b58-10", P, """
TOKYO, Aug. 20 — Japan's exports fell for a third straight month in July as shipments of cars to the United States slumped under higher tariffs, Ministry of Finance data showed on Thursday. Key figures for July, year on year unless stated:

Exports: ¥9.03 trillion, down 2.7% (forecast: down 1.5%)
Imports: ¥9.41 trillion, up 0.8%
Trade balance: deficit of ¥381.6 billion (June: surplus of ¥152.4 billion)
Exports to U.S.: down 11.4%; autos to U.S. down 24.9%
Exports to China: up 3.3%
Exports to Asia: up 1.9%; chipmaking equipment up 17.2%
Export volume index: down 4.0%
Seasonally adjusted exports: up 0.6% from June

Economists polled beforehand had expected a deficit of ¥210 billion. The yen averaged 147.3 per dollar in July, 5.8% weaker than a year earlier, which inflated the yen value of overseas sales.

For the first half, exports fell 1.2% from the same period a year earlier, the ministry said.

Exports are likely to recover toward the end of the year as the drag from earlier stockpiling fades, said Rina Takeda, an economist at Shiodome Research, who forecasts a 2.0% rise in the October-December quarter. Automakers have kept U.S. sticker prices largely unchanged so far, absorbing most of the tariff cost, she said, but that cannot continue indefinitely.
""", [
    F("¥9.03 trillion", 9.03e12, "¥", "L", "dn", "Japan's exports|exports", JUL, None, source_alt=MOF),
    F("2.7%", 2.7, "%", "C", "dn", "Japan's exports|exports", JUL, None, source_alt=MOF),
    F("1.5%", 1.5, "%", "C", "dn", "forecast for Japan's exports|forecast|exports", JUL, None,
      source_alt=["forecast", "economists"]),
    F("¥9.41 trillion", 9.41e12, "¥", "L", "up", "Japan's imports|imports", JUL, None, source_alt=MOF),
    F("0.8%", 0.8, "%", "C", "up", "Japan's imports|imports", JUL, None, source_alt=MOF),
    F("¥381.6 billion", 381.6e9, "¥", "L", None, "Japan's trade deficit|trade balance|deficit", JUL, None,
      source_alt=MOF),
    F("¥152.4 billion", 152.4e9, "¥", "L", None, "Japan's trade surplus|trade balance|surplus", M(2026, 6), None,
      source_alt=MOF),
    F("11.4%", 11.4, "%", "C", "dn", "exports to the U.S.|exports", JUL, None, source_alt=MOF),
    F("24.9%", 24.9, "%", "C", "dn", "auto exports to the U.S.|autos", JUL, None, source_alt=MOF),
    F("3.3%", 3.3, "%", "C", "up", "exports to China|exports", JUL, None, source_alt=MOF),
    F("1.9%", 1.9, "%", "C", "up", "exports to Asia|exports", JUL, None, source_alt=MOF),
    F("17.2%", 17.2, "%", "C", "up", "chipmaking equipment exports to Asia|chipmaking equipment|equipment", JUL, None,
      source_alt=MOF),
    F("4.0%", 4.0, "%", "C", "dn", "export volume index|volume index|index", JUL, None, source_alt=MOF),
    F("0.6%", 0.6, "%", "C", "up", "seasonally adjusted exports|exports", JUL, None, source_alt=MOF),
    F("¥210 billion", 210e9, "¥", "L", None, "expected trade deficit|deficit", JUL, "Economists",
      source_alt=["economists polled"]),
    F("147.3", 147.3, "¥", "L", None, "yen's average rate|yen", JUL, None, unit_alt=["JPY per USD"]),
    F("5.8%", 5.8, "%", "C", "dn", "yen", JUL, None),
    F("1.2%", 1.2, "%", "C", "dn", "Japan's exports|exports", H(2026, 1), "ministry", source_alt=MOF),
    F("2.0%", 2.0, "%", "C", "up", "Japan's exports|exports", Q(2026, 4), "Rina Takeda",
      source_alt=["Takeda", "economist", "Shiodome Research"]),
], ex=["third straight", "first half", "October-December quarter"])
