"""blind61 s1: market reviews of a day, a week and a month; Treasuries, gilts, Indian shares, municipal bonds, a
central bank's balance sheet, Gulf reserves, Latin American currencies, gold, an IPO (b61-01..b61-10)."""
from common import *

# ---------------------------------------------------------------- 01 Wall Street: the day, the week, the month and the year
P = on("2025-10-31", "Friday")
WK1 = WEEK(P)
OCT = M(2025, 10)
YTD1 = ytd(P)
YTDd = ("2025-01-01", P)
story("b61-01", P, """
Wall Street ends October with worst week since March as chip stocks slide

NEW YORK, Oct 31 (Wire) - U.S. stocks fell on Friday, capping their worst week since March, as a selloff in chipmakers deepened and Treasury yields climbed after hotter-than-expected inflation data.

The S&P 500 lost 1.2% to end at 6,512.44 points, while the Nasdaq Composite dropped 1.8% to 21,903.16. The Dow Jones Industrial Average shed 310.52 points, or 0.7%, to 45,118.90.

For the week, the S&P 500 fell 3.4%, the Nasdaq slid 4.6% and the Dow declined 2.2%. For the month, the S&P 500 fell 2.1%, its first monthly loss since April, while the Nasdaq lost 3.9% and the Dow eased 0.6%.

The benchmark index is still up 10.7% so far this year, and the Nasdaq has gained 13.2% year to date.

The Philadelphia semiconductor index tumbled 4.1% on the day and 9.8% over the week after Corvex Semiconductor forecast fourth-quarter revenue below estimates. Corvex shares sank 14% on Friday.

Earlier, the Commerce Department said its personal consumption expenditures price index rose 0.4% in September and 3.1% over the past 12 months, above the 2.9% annual rate economists polled had expected.

"The market had priced a perfect landing, and this week it got reminded that inflation is not finished," said Dana Whitcombe, chief investment strategist at Halsey Park Advisors. "We'd still be buyers on a further 5% pullback."

The yield on benchmark 10-year Treasury notes rose 5 basis points to 4.31% on Friday and was up 18 basis points for the week.

Traders now see a 41% chance the Federal Reserve will cut rates at its December meeting, down from 68% a week ago, according to CME Group's FedWatch tool.

Declining issues outnumbered advancers on the NYSE by a 3.1-to-1 ratio.
""", [
    F("1.2%", 1.2, "%", "C", "dn", "S&P 500|index", DAY(P), None),
    F("6,512.44 points", 6512.44, None, "L", "dn", "S&P 500|index", DAY(P), None, unit_alt=["point"]),
    F("1.8%", 1.8, "%", "C", "dn", "Nasdaq Composite|Nasdaq", DAY(P), None),
    F("21,903.16", 21903.16, None, "L", "dn", "Nasdaq Composite|Nasdaq", DAY(P), None, unit_alt=["point"]),
    F("310.52 points", 310.52, "pt", "C", "dn", "Dow Jones Industrial Average|Dow", DAY(P), None),
    F("0.7%", 0.7, "%", "C", "dn", "Dow Jones Industrial Average|Dow", DAY(P), None, ctx="or 0.7%"),
    F("45,118.90", 45118.90, None, "L", "dn", "Dow Jones Industrial Average|Dow", DAY(P), None, unit_alt=["point"]),
    F("3.4%", 3.4, "%", "C", "dn", "S&P 500|index", WK1, None),
    F("4.6%", 4.6, "%", "C", "dn", "Nasdaq Composite|Nasdaq", WK1, None),
    F("2.2%", 2.2, "%", "C", "dn", "Dow Jones Industrial Average|Dow", WK1, None),
    F("2.1%", 2.1, "%", "C", "dn", "S&P 500|index", OCT, None),
    F("3.9%", 3.9, "%", "C", "dn", "Nasdaq Composite|Nasdaq", OCT, None),
    F("0.6%", 0.6, "%", "C", "dn", "Dow Jones Industrial Average|Dow", OCT, None),
    F("10.7%", 10.7, "%", "C", "up", "S&P 500|benchmark index|index", YTD1, None, period_alt=[YTDd]),
    F("13.2%", 13.2, "%", "C", "up", "Nasdaq Composite|Nasdaq", YTD1, None, period_alt=[YTDd]),
    F("4.1%", 4.1, "%", "C", "dn", "Philadelphia semiconductor index|semiconductor index|index", DAY(P), None),
    F("9.8%", 9.8, "%", "C", "dn", "Philadelphia semiconductor index|semiconductor index|index", WK1, None),
    F("14%", 14, "%", "C", "dn", "Corvex Semiconductor shares|Corvex shares|shares", DAY(P), None),
    F("0.4%", 0.4, "%", "C", "up", "U.S. personal consumption expenditures price index|PCE price index|index",
      M(2025, 9), "Commerce Department", ctx="rose 0.4% in September"),
    F("3.1%", 3.1, "%", "C", "up", "U.S. personal consumption expenditures price index|PCE price index|index",
      span12(2025, 9), "Commerce Department", period_alt=[M(2025, 9)], ctx="3.1% over"),
    F("2.9%", 2.9, "%", "C", "up", "economists' forecast for U.S. PCE inflation|forecast|annual rate|index",
      span12(2025, 9), "economists", source_alt=["poll"], kind_alt=["level"], period_alt=[M(2025, 9)]),
    F("5%", 5, "%", "C", "dn", "U.S. stocks|market|pullback", None, "Dana Whitcombe",
      source_alt=["Whitcombe", "chief investment strategist", "Halsey Park Advisors", "We"], ctx="further 5%"),
    F("5 basis points", 5, "bp", "C", "up", "10-year Treasury note yield|10-year yield|yield", DAY(P), None,
      value_alt=[0.05], unit_alt=["percentage point"]),
    F("4.31%", 4.31, "%", "L", "up", "10-year Treasury note yield|10-year yield|yield", DAY(P), None),
    F("18 basis points", 18, "bp", "C", "up", "10-year Treasury note yield|10-year yield|yield", WK1, None,
      value_alt=[0.18], unit_alt=["percentage point"]),
    F("41%", 41, "%", "L", "dn", "chance of a Federal Reserve rate cut in December|chance|Fed cut", None,
      "CME Group", source_alt=["FedWatch", "Traders"], kind_alt=["share"], period_alt=[DAY(P), M(2025, 12)]),
    F("68%", 68, "%", "L", None, "chance of a Federal Reserve rate cut in December|chance|Fed cut",
      DAY(plus(P, -7)), "CME Group", source_alt=["FedWatch", "Traders"], kind_alt=["share"],
      period_alt=[None]),
    X("3.1-to-1", 3.1, "R", None, "declining issues to advancers on the NYSE|declining issues|ratio", DAY(P), None,
      kind_alt=["level"]),
], ex=["fourth-quarter", "S&P 500", "10-year", "Oct 31", "past 12 months"])

# ---------------------------------------------------------------- 02 Treasuries: the day, an auction, futures, a year
P = on("2026-02-10", "Tuesday")
MON = last(P, "Monday")
TR = ["Treasury"]
story("b61-02", P, """
Treasury yields fall after weak retail sales; three-year auction draws strong demand

NEW YORK, Feb. 10 (Wire) - U.S. Treasury yields fell on Tuesday after retail sales unexpectedly declined in December, reviving bets that the Federal Reserve will resume cutting interest rates by the spring.

The yield on the benchmark 10-year note fell 7 basis points to 4.08% in afternoon trading, its lowest since Jan. 2. The two-year yield, which is more sensitive to expectations for Fed policy, dropped 5 basis points to 3.52%, and the 30-year bond's yield slipped 6 basis points to 4.71%.

That left the gap between two-year and 10-year yields at 56 basis points, the widest since 2022.

The Commerce Department said retail sales fell 0.2% in December, compared with the 0.4% gain economists polled had forecast. November's increase was revised to 0.5% from 0.6%.

The Treasury sold $58 billion of three-year notes at a high yield of 3.561%. The bid-to-cover ratio, a gauge of demand, was 2.68, against an average of 2.59 at the previous six sales. Indirect bidders, a proxy for foreign demand, took 71.4% of the notes.

Fed funds futures priced about 54 basis points of easing by December, up from 41 basis points on Monday, according to LSEG data. The Fed held its benchmark rate in a range of 3.50% to 3.75% at its January meeting.

"The consumer finally blinked," said Marcus Feld, head of rates strategy at Grayling Securities in New York. "We expect the 10-year to test 3.90% before the end of the quarter."

The 10-year yield has fallen 9 basis points since the start of the year.

Over the past 12 months, the two-year yield has fallen about 80 basis points as the Fed cut rates three times in the second half of 2025.
""", [
    F("7 basis points", 7, "bp", "C", "dn", "10-year Treasury note yield|10-year yield|yield", DAY(P), None,
      value_alt=[0.07], unit_alt=["percentage point"]),
    F("4.08%", 4.08, "%", "L", "dn", "10-year Treasury note yield|10-year yield|yield", DAY(P), None),
    F("5 basis points", 5, "bp", "C", "dn", "two-year Treasury yield|two-year yield|yield", DAY(P), None,
      value_alt=[0.05], unit_alt=["percentage point"]),
    F("3.52%", 3.52, "%", "L", "dn", "two-year Treasury yield|two-year yield|yield", DAY(P), None),
    F("6 basis points", 6, "bp", "C", "dn", "30-year Treasury bond yield|30-year yield|yield", DAY(P), None,
      ctx="slipped 6 basis points",
      value_alt=[0.06], unit_alt=["percentage point"]),
    F("4.71%", 4.71, "%", "L", "dn", "30-year Treasury bond yield|30-year yield|yield", DAY(P), None),
    F("56 basis points", 56, "bp", "L", None, "gap between two-year and 10-year Treasury yields|gap|yields", DAY(P),
      None, value_alt=[0.56], unit_alt=["percentage point"], kind_alt=["change"]),
    F("0.2%", 0.2, "%", "C", "dn", "U.S. retail sales|retail sales|sales", M(2025, 12), "Commerce Department"),
    F("0.4%", 0.4, "%", "C", "up", "economists' forecast for U.S. retail sales|forecast|retail sales", M(2025, 12),
      "economists", source_alt=["poll"]),
    F("0.5%", 0.5, "%", "C", "up", "U.S. retail sales|retail sales|sales", M(2025, 11), None,
      source_alt=["Commerce Department"]),
    F("0.6%", 0.6, "%", "C", None, "U.S. retail sales|retail sales|sales", M(2025, 11), None,
      source_alt=["Commerce Department"], direction_alt=["up"]),
    F("$58 billion", 58e9, "$", "L", None, "Treasury three-year note auction|three-year notes|auction", DAY(P), None,
      source_alt=TR),
    F("3.561%", 3.561, "%", "L", None, "Treasury three-year note auction high yield|high yield|yield", DAY(P), None,
      source_alt=TR),
    F("2.68", 2.68, None, "R", None, "bid-to-cover ratio at the three-year note auction|bid-to-cover ratio|ratio",
      DAY(P), None, unit_alt=["times"], kind_alt=["level"]),
    F("2.59", 2.59, None, "R", None, "average bid-to-cover ratio at the previous six three-year auctions|average|"
      "ratio", None, None, unit_alt=["times"], kind_alt=["level"]),
    F("71.4%", 71.4, "%", "S", None, "indirect bidders' share of the three-year notes|indirect bidders|notes", DAY(P),
      None),
    F("about 54 basis points", 54, "bp", "C", "dn", "Fed rate cuts priced by fed funds futures|easing|"
      "fed funds futures", (None, "2026-12"), "LSEG", source_alt=["data", "Fed funds futures"], value_alt=[0.54],
      unit_alt=["percentage point"], period_alt=[DAY(P), Y(2026)]),
    F("41 basis points", 41, "bp", "C", "dn", "Fed rate cuts priced by fed funds futures|easing|fed funds futures",
      DAY(MON), "LSEG", source_alt=["data"], value_alt=[0.41], unit_alt=["percentage point"],
      period_alt=[(None, "2026-12")]),
    RNG("3.50% to 3.75%", 3.50, 3.75, "%", "L", "unch", "Federal Reserve benchmark rate|benchmark rate|rate",
        M(2026, 1), None, source_alt=["Fed"], direction_alt=[None], period_alt=[DAY(P)]),
    F("3.90%", 3.90, "%", "L", "dn", "10-year Treasury note yield|10-year|yield", (None, "2026-03"), "Marcus Feld",
      source_alt=["Feld", "head of rates strategy", "Grayling Securities", "We"], direction_alt=[None],
      period_alt=[Q(2026, 1)]),
    F("9 basis points", 9, "bp", "C", "dn", "10-year Treasury note yield|10-year yield|yield", ytd(P), None,
      value_alt=[0.09], unit_alt=["percentage point"], period_alt=[("2026-01-01", P)]),
    F("about 80 basis points", 80, "bp", "C", "dn", "two-year Treasury yield|two-year yield|yield",
      (year_ago(P), P), None, value_alt=[0.8], unit_alt=["percentage point"],
      period_alt=[("2025-02", "2026-02"), span12(2026, 1)]),
    F("three", 3, "#cut", "L", None, "Federal Reserve rate cuts|rate cuts|cuts|Fed", H(2025, 2), None,
      ctx="three times", unit_alt=["times"], kind_alt=["change"]),
], ex=["three-year", "10-year", "two-year", "30-year", "Jan. 2", "previous six", "past 12 months", "second half", "end of the quarter"])

# ---------------------------------------------------------------- 03 London: a month's review on a Sunday, with the week and Friday
P = on("2025-11-30", "Sunday")
FRI = last(P, "Friday")
NOV = M(2025, 11)
story("b61-03", P, """
MONTH IN MARKETS: FTSE 100 edges higher in Budget month as gilts rally

LONDON, 30 November — Britain's blue-chip shares ended November slightly higher, with the FTSE 100 gaining 0.4 per cent over the month, as relief that the Budget contained fewer surprises than feared offset weakness in miners and banks.

The index closed at 9,720.46 on Friday, up 0.3 per cent on the day and 1.8 per cent higher on the week, its best weekly performance since early September. The domestically focused FTSE 250 fared better, rising 2.2 per cent in November and 3.1 per cent in the week.

So far this year, the FTSE 100 has risen 18.9 per cent, putting it on course for its strongest annual performance since 2009.

Gilts rallied. The yield on the 10-year gilt fell 14 basis points over the month to 4.44 per cent, and the two-year yield dropped 19 basis points to 3.77 per cent, as traders added to bets on a Bank of England rate cut in December. Money markets put the probability of a quarter-point cut on 18 December at about 85 per cent, up from 60 per cent at the start of the month.

The Chancellor's Budget on Wednesday raised about £26 billion a year in taxes by 2029-30, largely by extending the freeze on income tax thresholds, and doubled the Government's fiscal headroom to £22 billion, the Office for Budget Responsibility said.

Sterling rose 0.9 per cent against the dollar in November to $1.3235, and the euro slipped to 87.42p, its lowest since August.

Analysts at Carrow Street Capital said they expected the FTSE 100 to end 2026 at 10,300, about 6 per cent above Friday's close.

"Valuations remain undemanding: the index trades on about 12.8 times forward earnings, against roughly 22 times for the S&P 500," said Ruth Ashdown, the firm's head of UK equities. "International investors are still underweight Britain."

Domestic investors have yet to return. They pulled £1.1 billion from UK equity funds in October, the 53rd consecutive month of net outflows, according to fund data firm Pennine Flows.
""", [
    F("0.4 per cent", 0.4, "%", "C", "up", "FTSE 100|index", NOV, None),
    F("9,720.46", 9720.46, None, "L", "up", "FTSE 100|index", DAY(FRI), None, unit_alt=["point"],
      direction_alt=[None]),
    F("0.3 per cent", 0.3, "%", "C", "up", "FTSE 100|index", DAY(FRI), None),
    F("1.8 per cent", 1.8, "%", "C", "up", "FTSE 100|index", WEEK(FRI), None),
    F("2.2 per cent", 2.2, "%", "C", "up", "FTSE 250|index", NOV, None),
    F("3.1 per cent", 3.1, "%", "C", "up", "FTSE 250|index", WEEK(FRI), None),
    F("18.9 per cent", 18.9, "%", "C", "up", "FTSE 100|index", ytd(P), None, period_alt=[("2025-01-01", FRI)]),
    F("14 basis points", 14, "bp", "C", "dn", "10-year gilt yield|yield", NOV, None, value_alt=[0.14],
      unit_alt=["percentage point"]),
    F("4.44 per cent", 4.44, "%", "L", "dn", "10-year gilt yield|yield", DAY(FRI), None, period_alt=[NOV]),
    F("19 basis points", 19, "bp", "C", "dn", "two-year gilt yield|two-year yield|yield", NOV, None,
      value_alt=[0.19], unit_alt=["percentage point"]),
    F("3.77 per cent", 3.77, "%", "L", "dn", "two-year gilt yield|two-year yield|yield", DAY(FRI), None,
      period_alt=[NOV]),
    QP("quarter-point", "C", "dn", "Bank of England interest rate|rate cut|cut", DAY("2025-12-18"), None,
       source_alt=["Money markets"]),
    F("about 85 per cent", 85, "%", "L", "up", "probability of a Bank of England cut on 18 December|probability",
      None, "Money markets", kind_alt=["share"], period_alt=[DAY(FRI), DAY(P), DAY("2025-12-18")]),
    F("60 per cent", 60, "%", "L", None, "probability of a Bank of England cut on 18 December|probability",
      DAY("2025-11-01"), "Money markets", kind_alt=["share"], period_alt=[NOV, None]),
    F("about £26 billion", 26e9, "£", "C", "up", "UK taxes raised in the Budget|taxes|Budget",
      FY(2029, 4, 2030, 3), "Office for Budget Responsibility", source_alt=["OBR", "Chancellor"],
      kind_alt=["level"], period_alt=[(None, "2030-03")]),
    X("doubled", 2, "R", "up", "UK Government's fiscal headroom|fiscal headroom|headroom", FY(2029, 4, 2030, 3),
      "Office for Budget Responsibility", source_alt=["OBR", "Chancellor"], kind_alt=["change"],
      period_alt=[DAY(last(P, "Wednesday"))]),
    F("£22 billion", 22e9, "£", "L", "up", "UK Government's fiscal headroom|fiscal headroom|headroom",
      FY(2029, 4, 2030, 3), "Office for Budget Responsibility", source_alt=["OBR", "Chancellor"],
      period_alt=[DAY(last(P, "Wednesday"))]),
    F("0.9 per cent", 0.9, "%", "C", "up", "sterling against the dollar|sterling|pound", NOV, None),
    F("$1.3235", 1.3235, "$", "L", "up", "sterling|pound", DAY(FRI), None, unit_alt=["USD per GBP"],
      period_alt=[NOV]),
    CENTS("87.42p", 87.42, "£", "L", "dn", "euro against sterling|euro", DAY(FRI), None, sub="pence",
          unit_alt=["GBP per EUR", "penny"], period_alt=[NOV], direction_alt=["up"]),
    F("10,300", 10300, None, "L", "up", "FTSE 100|index", M(2026, 12), "Carrow Street Capital",
      source_alt=["Analysts"], unit_alt=["point"], direction_alt=[None],
      period_alt=[DAY("2026-12-31"), Y(2026)]),
    F("about 6 per cent", 6, "%", "C", "up", "FTSE 100|index", M(2026, 12), "Carrow Street Capital",
      source_alt=["Analysts"], period_alt=[(FRI, "2026-12-31"), None]),
    X("about 12.8 times", 12.8, "R", None, "FTSE 100 price to forward earnings|forward earnings|index|valuations",
      DAY(P), "Ruth Ashdown", source_alt=["Ashdown", "head of UK equities", "Carrow Street Capital"],
      kind_alt=["level"], period_alt=[None, DAY(FRI)]),
    X("roughly 22 times", 22, "R", None, "S&P 500 price to forward earnings|S&P 500|forward earnings", DAY(P),
      "Ruth Ashdown", source_alt=["Ashdown", "head of UK equities", "Carrow Street Capital"], kind_alt=["level"],
      period_alt=[None, DAY(FRI)]),
    F("£1.1 billion", 1.1e9, "£", "C", "dn", "flows into UK equity funds|UK equity funds|outflows", M(2025, 10),
      "Pennine Flows", kind_alt=["level"]),
], ex=["FTSE 100", "FTSE 250", "S&P 500", "10-year", "two-year", "53rd consecutive", "30 November", "18 December"])

# ---------------------------------------------------------------- 04 Indian shares: a Saturday weekly wrap, crore and lakh crore
P = on("2025-12-13", "Saturday")
FRI = last(P, "Friday")
THU = last(P, "Thursday")
W = WEEK(FRI)
story("b61-04", P, """
Sensex, Nifty log second weekly gain as FPIs return; rupee hits record low

Mumbai, December 13: Indian equity benchmarks rose for a second straight week, with foreign portfolio investors (FPIs) turning net buyers for the first time in three months, even as the rupee slid to a record low.

The NSE Nifty 50 closed at 26,104.35 on Friday, up 1.6 per cent for the week, while the BSE Sensex ended at 85,267.66, a weekly gain of 1,312.40 points, or 1.56 per cent. On Friday alone, the Nifty rose 0.5 per cent and the Sensex 0.48 per cent.

The Nifty Midcap 100 index outperformed, jumping 2.9 per cent in the week, while the Nifty Bank index added 1.1 per cent to 59,480.20.

FPIs bought shares worth a net Rs 8,420 crore in the week to Friday, provisional exchange data showed. They remain net sellers of Rs 1.38 lakh crore so far in 2025, while domestic institutional investors have poured in more than Rs 6.9 lakh crore over the same period.

The rupee ended the week at 90.42 to the dollar, 0.3 per cent weaker than a week earlier, after touching a record low of 90.61 on Thursday. It has fallen about 5.4 per cent this calendar year, making it Asia's worst-performing major currency.

"Valuations at 21 times one-year forward earnings are not cheap, but earnings upgrades have resumed for the first time this year," said Kavita Rao, head of research at Sahyadri Broking. She sees the Nifty at 28,500 by December 2026.

The Reserve Bank of India cut the repo rate by 25 basis points to 5.25 per cent on December 5 and said it now expects retail inflation to average 2 per cent in 2025-26, down from its earlier projection of 2.6 per cent.
""", [
    F("26,104.35", 26104.35, None, "L", "up", "NSE Nifty 50|Nifty", DAY(FRI), None, unit_alt=["point"],
      direction_alt=[None]),
    F("1.6 per cent", 1.6, "%", "C", "up", "NSE Nifty 50|Nifty", W, None),
    F("85,267.66", 85267.66, None, "L", "up", "BSE Sensex|Sensex", DAY(FRI), None, unit_alt=["point"],
      direction_alt=[None]),
    F("1,312.40 points", 1312.40, "pt", "C", "up", "BSE Sensex|Sensex", W, None),
    F("1.56 per cent", 1.56, "%", "C", "up", "BSE Sensex|Sensex", W, None),
    F("0.5 per cent", 0.5, "%", "C", "up", "NSE Nifty 50|Nifty", DAY(FRI), None),
    F("0.48 per cent", 0.48, "%", "C", "up", "BSE Sensex|Sensex", DAY(FRI), None),
    F("2.9 per cent", 2.9, "%", "C", "up", "Nifty Midcap 100 index|Nifty Midcap|index", W, None),
    F("1.1 per cent", 1.1, "%", "C", "up", "Nifty Bank index|Nifty Bank|index", W, None),
    F("59,480.20", 59480.20, None, "L", "up", "Nifty Bank index|Nifty Bank|index", DAY(FRI), None,
      unit_alt=["point"]),
    F("Rs 8,420 crore", 8420e7, "Rs", "C", "up", "FPI net purchases of Indian shares|FPIs|net purchases", W,
      "exchange data", source_alt=["data"], value_alt=[8420], unit_alt=["INR crore"], kind_alt=["level"]),
    F("Rs 1.38 lakh crore", 1.38e12, "Rs", "C", "dn", "FPI net sales of Indian shares|FPIs|net sellers", ytd(P),
      None, source_alt=["exchange data"], value_alt=[1.38], unit_alt=["INR lakh crore"], kind_alt=["level"],
      period_alt=[("2025-01-01", FRI)]),
    F("more than Rs 6.9 lakh crore", 6.9e12, "Rs", "C", "up", "domestic institutional investors' net purchases|"
      "domestic institutional investors|DIIs", ytd(P), None, source_alt=["exchange data"], value_alt=[6.9],
      unit_alt=["INR lakh crore"], kind_alt=["level"], period_alt=[("2025-01-01", FRI)]),
    F("90.42", 90.42, "Rs", "L", "dn", "Indian rupee|rupee", DAY(FRI), None, unit_alt=["INR per USD"],
      direction_alt=["up"]),
    F("0.3 per cent", 0.3, "%", "C", "dn", "Indian rupee|rupee", W, None, period_alt=[(plus(FRI, -7), FRI)]),
    F("90.61", 90.61, "Rs", "L", "dn", "Indian rupee record low|rupee", DAY(THU), None, unit_alt=["INR per USD"],
      direction_alt=["up", None]),
    F("about 5.4 per cent", 5.4, "%", "C", "dn", "Indian rupee|rupee", ytd(P), None,
      period_alt=[("2025-01-01", FRI), ("2025-01-01", P)]),
    X("21 times", 21, "R", None, "Indian share valuations on one-year forward earnings|valuations|forward earnings",
      DAY(P), "Kavita Rao", source_alt=["Rao", "head of research", "Sahyadri Broking"], kind_alt=["level"],
      period_alt=[None]),
    F("28,500", 28500, None, "L", "up", "NSE Nifty 50|Nifty", (None, "2026-12"), "Kavita Rao",
      source_alt=["Rao", "She", "Sahyadri Broking"], unit_alt=["point"], direction_alt=[None],
      period_alt=[M(2026, 12)]),
    F("25 basis points", 25, "bp", "C", "dn", "Reserve Bank of India repo rate|repo rate|rate", DAY("2025-12-05"),
      None, source_alt=["Reserve Bank of India", "RBI"], value_alt=[0.25], unit_alt=["percentage point"]),
    F("5.25 per cent", 5.25, "%", "L", "dn", "Reserve Bank of India repo rate|repo rate|rate", DAY("2025-12-05"),
      None, source_alt=["Reserve Bank of India", "RBI"]),
    F("2 per cent", 2, "%", "L", "dn", "Indian retail inflation|retail inflation|inflation", FY(2025, 4, 2026, 3),
      "Reserve Bank of India", ctx="average 2 per cent", source_alt=["RBI"], kind_alt=["change"], direction_alt=[None]),
    F("2.6 per cent", 2.6, "%", "L", None, "RBI's earlier projection of Indian retail inflation|earlier projection|"
      "retail inflation|inflation", FY(2025, 4, 2026, 3), "Reserve Bank of India", source_alt=["RBI"],
      kind_alt=["change"]),
], ex=["three months", "Nifty 50", "Midcap 100", "one-year", "December 13", "December 5"])

# ---------------------------------------------------------------- 05 Municipal bonds: a sale, fund flows in the week ended Wednesday, issuance so far this year
P = on("2026-03-12", "Thursday")
WED = last(P, "Wednesday")
FL = ["FundLedger", "data"]
story("b61-05", P, """
Transit agency's $1.25 billion bond sale draws $4.6 billion of orders as muni inflows run on

NEW YORK, March 12 (Wire) - The Tri-County Regional Transit Authority sold $1.25 billion of tax-exempt revenue bonds on Thursday, drawing about $4.6 billion of orders as investors kept pouring cash into municipal debt.

The deal, the largest transit financing of the year so far, was about 3.7 times oversubscribed, allowing underwriters led by Aldgate & Co to cut yields by as much as 8 basis points from preliminary pricing, according to a person familiar with the sale.

Bonds due in 2036 priced to yield 2.94%, about 17 basis points above the benchmark triple-A curve, while the longest maturity, due in 2056, yielded 4.21% with a 5% coupon.

The authority, which carried 1.9 million riders a day before the pandemic and about 1.4 million now, will use the proceeds to buy 420 electric buses and rebuild 38 stations. Moody's rates the bonds Aa3, with a stable outlook.

Investors added $1.32 billion to municipal bond mutual funds in the week ended Wednesday, the 10th straight week of inflows, according to data from FundLedger. High-yield muni funds took in $412 million.

Long-term municipal issuance has reached $118.6 billion so far this year, up 9% from the same period of 2025, FundLedger said. Issuers are rushing to borrow before any change to the tax exemption in a budget bill now before Congress.

The yield on 10-year top-rated munis was unchanged at 2.77% on Thursday, about 66% of the 4.19% yield on 10-year Treasuries.

"Supply is heavy, but the money keeps coming," said Janet Oyelaran, a portfolio manager at Brookhollow Asset Management. "We think issuance tops $560 billion this year, which would be a record."

Tax-exempt yields have been stable this month even as Treasury yields swung, a sign, she said, that retail demand is absorbing the new supply.
""", [
    F("$1.25 billion", 1.25e9, "$", "L", None, "Tri-County Regional Transit Authority bond sale|revenue bonds|"
      "bond sale", DAY(P), None, ctx="sold $1.25 billion", source_alt=["Tri-County Regional Transit Authority"]),
    F("$1.25 billion", 1.25e9, "$", "L", None, "Tri-County Regional Transit Authority bond sale|bond sale|"
      "transit agency", DAY(P), None, ctx="agency's $1.25 billion"),
    F("$4.6 billion", 4.6e9, "$", "L", None, "orders for the Tri-County Regional Transit Authority bonds|orders",
      DAY(P), None, ctx="draws $4.6 billion"),
    F("about $4.6 billion", 4.6e9, "$", "L", None, "orders for the Tri-County Regional Transit Authority bonds|"
      "orders", DAY(P), None),
    X("about 3.7 times", 3.7, "R", None, "oversubscription of the Tri-County transit bond sale|deal|"
      "oversubscribed", DAY(P), "person familiar with the sale", kind_alt=["level"]),
    F("as much as 8 basis points", 8, "bp", "C", "dn", "yields on the Tri-County transit bonds|yields", DAY(P),
      "person familiar with the sale", source_alt=["underwriters", "Aldgate & Co"], value_alt=[0.08],
      unit_alt=["percentage point"]),
    F("2.94%", 2.94, "%", "L", None, "yield on Tri-County transit bonds due in 2036|yield|bonds", DAY(P), None),
    F("about 17 basis points", 17, "bp", "L", None, "spread of the 2036 Tri-County transit bonds over the "
      "triple-A curve|spread|bonds", DAY(P), None, value_alt=[0.17], unit_alt=["percentage point"],
      kind_alt=["change"]),
    F("4.21%", 4.21, "%", "L", None, "yield on Tri-County transit bonds due in 2056|yield|longest maturity", DAY(P),
      None),
    F("5%", 5, "%", "L", None, "coupon on the Tri-County transit bonds due in 2056|coupon", None, None,
      ctx="a 5% coupon", period_alt=[DAY(P)]),
    F("1.9 million", 1.9e6, "#rider", "R", None, "Tri-County Regional Transit Authority daily riders|riders|"
      "authority", Y(2019), None, kind_alt=["level"], unit_alt=["riders a day"], period_alt=[None]),
    F("about 1.4 million", 1.4e6, "#rider", "R", "dn", "Tri-County Regional Transit Authority daily riders|riders|"
      "authority", DAY(P), None, kind_alt=["level"], unit_alt=["riders a day"], period_alt=[None],
      direction_alt=[None]),
    F("420", 420, "#bus", "L", None, "electric buses to be bought by the Tri-County transit authority|buses|"
      "electric buses", None, None),
    F("38", 38, "#station", "L", None, "stations to be rebuilt by the Tri-County transit authority|stations", None,
      None),
    F("$1.32 billion", 1.32e9, "$", "C", "up", "flows into municipal bond mutual funds|municipal bond mutual funds|"
      "inflows", WK(WED), "FundLedger", source_alt=["data"], kind_alt=["level"]),
    F("$412 million", 412e6, "$", "C", "up", "flows into high-yield municipal bond funds|high-yield muni funds|"
      "funds", WK(WED), None, source_alt=FL, kind_alt=["level"]),
    F("$118.6 billion", 118.6e9, "$", "L", "up", "long-term municipal issuance|municipal issuance|issuance",
      ytd(P), "FundLedger", period_alt=[("2026-01-01", P)]),
    F("9%", 9, "%", "C", "up", "long-term municipal issuance|municipal issuance|issuance", ytd(P), "FundLedger",
      ctx="up 9%",      period_alt=[("2026-01-01", P)]),
    F("2.77%", 2.77, "%", "L", "unch", "yield on 10-year top-rated munis|yield|munis", DAY(P), None,
      direction_alt=[None]),
    F("about 66%", 66, "%", "R", None, "10-year muni yield as a share of the 10-year Treasury yield|munis|ratio",
      DAY(P), None, kind_alt=["share"]),
    F("4.19%", 4.19, "%", "L", None, "10-year Treasury yield|yield|Treasuries", DAY(P), None),
    F("$560 billion", 560e9, "$", "L", None, "U.S. municipal issuance|issuance", Y(2026), "Janet Oyelaran",
      source_alt=["Oyelaran", "portfolio manager", "Brookhollow Asset Management", "We"], ctx="tops $560 billion"),
], ex=["10th straight", "10-year", "Aa3", "March 12", "triple-A"])

# ---------------------------------------------------------------- 06 The Fed's balance sheet: the week ended Wednesday
P = on("2026-01-22", "Thursday")
WED = last(P, "Wednesday")
WW = WK(WED)
FED = ["Federal Reserve", "Fed", "data"]
story("b61-06", P, """
Fed's balance sheet grows for fourth week as bill purchases swell reserves

WASHINGTON, Jan. 22 (Wire) - The Federal Reserve's balance sheet expanded for a fourth straight week, rising $21.7 billion to $6.61 trillion in the week ended Wednesday, as the central bank's purchases of Treasury bills added to the cash that banks hold at the Fed, data released by the Fed on Thursday showed.

Reserve balances with Federal Reserve banks rose $48.3 billion to $3.02 trillion, the highest since October 2024.

Holdings of Treasury securities increased $14.9 billion to $4.23 trillion, while mortgage-backed securities fell $3.1 billion to $2.01 trillion as principal payments continued to run off.

The Fed ended quantitative tightening on Dec. 1 after shrinking its holdings by about $2.4 trillion from a peak of nearly $9 trillion in 2022, and since mid-December it has been buying about $40 billion of bills a month to keep reserves ample. It reinvests all principal payments from its mortgage holdings into bills.

Use of the overnight reverse repurchase facility averaged $4.8 billion in the week, down from more than $2 trillion at the end of 2022, when money market funds parked excess cash there. The Treasury General Account, the government's checking account at the Fed, fell $31.2 billion to $822.6 billion.

"Reserves are back above $3 trillion, which is roughly where the Fed's own surveys suggest the floor of ample lies," said Priya Venkat, U.S. rates strategist at Norland Bank. "Bill purchases should slow to about $20 billion a month after April."

The Fed's next policy meeting is on Jan. 27-28. Futures markets see little chance of a move, with the target range for the federal funds rate expected to stay at 3.50%-3.75%. The central bank cut rates by a combined 75 basis points at its last three meetings of 2025.
""", [
    F("$21.7 billion", 21.7e9, "$", "C", "up", "Federal Reserve balance sheet|balance sheet", WW, "Fed",
      source_alt=FED),
    F("$6.61 trillion", 6.61e12, "$", "L", "up", "Federal Reserve balance sheet|balance sheet", DAY(WED), "Fed",
      source_alt=FED, period_alt=[WW]),
    F("$48.3 billion", 48.3e9, "$", "C", "up", "reserve balances with Federal Reserve banks|reserve balances|"
      "reserves", WW, None, source_alt=FED),
    F("$3.02 trillion", 3.02e12, "$", "L", "up", "reserve balances with Federal Reserve banks|reserve balances|"
      "reserves", DAY(WED), None, source_alt=FED, period_alt=[WW]),
    F("$14.9 billion", 14.9e9, "$", "C", "up", "Fed holdings of Treasury securities|holdings|Treasury securities",
      WW, None, source_alt=FED),
    F("$4.23 trillion", 4.23e12, "$", "L", "up", "Fed holdings of Treasury securities|holdings|Treasury securities",
      DAY(WED), None, source_alt=FED, period_alt=[WW]),
    F("$3.1 billion", 3.1e9, "$", "C", "dn", "Fed holdings of mortgage-backed securities|mortgage-backed securities",
      WW, None, source_alt=FED),
    F("$2.01 trillion", 2.01e12, "$", "L", "dn", "Fed holdings of mortgage-backed securities|"
      "mortgage-backed securities", DAY(WED), None, source_alt=FED, period_alt=[WW]),
    F("about $2.4 trillion", 2.4e12, "$", "C", "dn", "Federal Reserve holdings|holdings|Fed", ("2022-06", "2025-12"),
      None, source_alt=["Fed"], period_alt=[("2022-06", "2025-12-01"), ("2022-01", "2025-12")]),
    F("nearly $9 trillion", 9e12, "$", "L", None, "Federal Reserve holdings peak|peak|holdings", Y(2022), None),
    F("about $40 billion", 40e9, "$", "R", None, "Fed purchases of Treasury bills|bills|purchases",
      ("2025-12", "2026-01"), None, source_alt=["Fed"], unit_alt=["USD per month"], kind_alt=["level"],
      period_alt=[("2025-12-15", P), None]),
    F("$4.8 billion", 4.8e9, "$", "L", "dn", "use of the Fed's overnight reverse repurchase facility|"
      "reverse repurchase facility|use", WW, None, source_alt=FED),
    F("more than $2 trillion", 2e12, "$", "L", None, "use of the Fed's overnight reverse repurchase facility|"
      "reverse repurchase facility|use", DAY("2022-12-31"), None, period_alt=[M(2022, 12)]),
    F("$31.2 billion", 31.2e9, "$", "C", "dn", "Treasury General Account|account", WW, None, source_alt=FED),
    F("$822.6 billion", 822.6e9, "$", "L", "dn", "Treasury General Account|account", DAY(WED), None,
      source_alt=FED, period_alt=[WW]),
    F("above $3 trillion", 3e12, "$", "L", "up", "U.S. bank reserves|reserves", DAY(P), "Priya Venkat",
      source_alt=["Venkat", "U.S. rates strategist", "Norland Bank"], period_alt=[DAY(WED), None]),
    F("about $20 billion", 20e9, "$", "R", "dn", "Fed purchases of Treasury bills|bill purchases|purchases",
      ("2026-05", None), "Priya Venkat", source_alt=["Venkat", "Norland Bank"], unit_alt=["USD per month"],
      kind_alt=["level"], period_alt=[None]),
    RNG("3.50%-3.75%", 3.50, 3.75, "%", "L", "unch", "target range for the federal funds rate|target range|"
        "federal funds rate", ("2026-01-27", "2026-01-28"), None, source_alt=["Futures markets"],
        direction_alt=[None], period_alt=[DAY("2026-01-28"), DAY(P)]),
    F("75 basis points", 75, "bp", "C", "dn", "Federal Reserve interest rates|rates|Fed", MM(2025, 9, 2025, 12), None,
      source_alt=["Fed", "central bank"], value_alt=[0.75], unit_alt=["percentage point"],
      period_alt=[Y(2025), Q(2025, 4)]),
    F("three", 3, "#meeting", "L", None, "Federal Reserve meetings with rate cuts|meetings", MM(2025, 9, 2025, 12),
      None, ctx="last three meetings", period_alt=[Y(2025)]),
], ex=["Jan. 22", "Dec. 1", "Jan. 27-28"])

# ---------------------------------------------------------------- 07 Gulf: a central bank's foreign assets for September, credit, a peg
P = on("2025-10-29", "Wednesday")
SEP = M(2025, 9)
S30 = DAY("2025-09-30")
SAMA = ["central bank", "Saudi Central Bank", "SAMA", "data"]
story("b61-07", P, """
Saudi central bank's foreign assets rise for third month; credit growth stays above 10%

RIYADH, Oct 29 (Wire) - The Saudi Central Bank's net foreign assets rose by SR21.4 billion ($5.7 billion) in September from August to SR1.68 trillion, their highest since early 2023, central bank data showed on Wednesday.

Compared with a year earlier, the net foreign assets of the central bank, known as SAMA, were up 3.9%.

Bank credit to the private sector grew 11.2% year on year in September, slightly slower than 11.6% in August, as lending for mortgages and to companies working on the government's giga-projects stayed strong. Total bank deposits rose 7.4% to SR2.91 trillion, while broad money supply grew 8.1%.

The riyal has been pegged at 3.75 per dollar since 1986, so SAMA's foreign assets are closely watched as a buffer for the currency.

The main Saudi share index rose 0.8% on Wednesday to 11,412 points but has lost 5.1% so far this year, among the worst performances in the Gulf, as oil prices averaged about $68 a barrel in the third quarter against $80 a year earlier.

Lower oil revenue has pushed the kingdom to borrow. It has raised about $14 billion in international bond markets this year, more than any other emerging-market sovereign, and its finance ministry expects a budget deficit of SR245 billion for 2025, up from an initial estimate of SR101 billion.

"With oil at these levels, the government will keep borrowing. We see a deficit of about 3.3% of GDP this year and a similar gap in 2026," said Huda Al-Mutairi, chief economist at Najd Capital in Riyadh. "The peg is not in question, though: the foreign-asset cushion covers more than 15 months of imports."
""", [
    F("SR21.4 billion", 21.4e9, "SAR", "C", "up", "Saudi Central Bank net foreign assets|net foreign assets|assets",
      SEP, "central bank data", source_alt=SAMA),
    F("$5.7 billion", 5.7e9, "$", "C", "up", "Saudi Central Bank net foreign assets|net foreign assets|assets",
      SEP, "central bank data", source_alt=SAMA),
    F("SR1.68 trillion", 1.68e12, "SAR", "L", "up", "Saudi Central Bank net foreign assets|net foreign assets|"
      "assets", SEP, "central bank data", source_alt=SAMA, period_alt=[S30]),
    F("3.9%", 3.9, "%", "C", "up", "Saudi Central Bank net foreign assets|net foreign assets|assets", SEP, None,
      source_alt=SAMA, period_alt=[S30]),
    F("above 10%", 10, "%", "C", "up", "Saudi credit growth|credit growth|credit", SEP, None, source_alt=SAMA,
      kind_alt=["level"], direction_alt=["unch", None]),
    F("11.2%", 11.2, "%", "C", "up", "Saudi bank credit to the private sector|bank credit|credit", SEP, None,
      source_alt=SAMA, period_alt=[S30]),
    F("11.6%", 11.6, "%", "C", None, "Saudi bank credit to the private sector|bank credit|credit", M(2025, 8), None,
      source_alt=SAMA, direction_alt=["up"], period_alt=[DAY("2025-08-31")]),
    F("7.4%", 7.4, "%", "C", "up", "Saudi total bank deposits|bank deposits|deposits", SEP, None, source_alt=SAMA,
      period_alt=[S30]),
    F("SR2.91 trillion", 2.91e12, "SAR", "L", "up", "Saudi total bank deposits|bank deposits|deposits", SEP, None,
      source_alt=SAMA, period_alt=[S30]),
    F("8.1%", 8.1, "%", "C", "up", "Saudi broad money supply|money supply", SEP, None, source_alt=SAMA,
      period_alt=[S30]),
    F("3.75", 3.75, "SAR", "L", None, "Saudi riyal peg|riyal|peg", None, None, unit_alt=["SAR per USD"],
      period_alt=[("1986-01", "2025-10")]),
    F("0.8%", 0.8, "%", "C", "up", "main Saudi share index|Saudi share index|index|TASI", DAY(P), None),
    F("11,412 points", 11412, None, "L", "up", "main Saudi share index|Saudi share index|index|TASI", DAY(P), None,
      unit_alt=["point"]),
    F("5.1%", 5.1, "%", "C", "dn", "main Saudi share index|Saudi share index|index|TASI", ytd(P), None,
      period_alt=[("2025-01-01", P)]),
    F("about $68", 68, "$", "L", None, "oil prices|oil", Q(2025, 3), None, unit_alt=["USD per barrel"]),
    F("$80", 80, "$", "L", None, "oil prices|oil", Q(2024, 3), None, unit_alt=["USD per barrel"]),
    F("about $14 billion", 14e9, "$", "L", "up", "Saudi international bond issuance|kingdom|borrowing", ytd(P), None,
      source_alt=["kingdom", "Saudi Arabia"], period_alt=[("2025-01-01", P), Y(2025)]),
    F("SR245 billion", 245e9, "SAR", "L", "up", "Saudi budget deficit|budget deficit|deficit", Y(2025),
      "finance ministry", direction_alt=[None]),
    F("SR101 billion", 101e9, "SAR", "L", None, "Saudi budget deficit initial estimate|initial estimate|deficit",
      Y(2025), None, source_alt=["finance ministry"]),
    F("about 3.3% of GDP", 3.3, "%", "S", None, "Saudi budget deficit|deficit", Y(2025), "Huda Al-Mutairi",
      source_alt=["Al-Mutairi", "chief economist", "Najd Capital", "We"], kind_alt=["ratio", "level"]),
    F("more than 15 months", 15, "mo", "L", None, "Saudi foreign-asset cushion import cover|foreign-asset cushion|"
      "imports", DAY(P), "Huda Al-Mutairi", source_alt=["Al-Mutairi", "Najd Capital"], kind_alt=["ratio"],
      period_alt=[None]),
], ex=["Oct 29", "third quarter", "third month"])

# ---------------------------------------------------------------- 08 Latin American currencies: the day and the week to Friday
P = on("2026-04-17", "Friday")
W = WEEK(P)
story("b61-08", P, """
LATAM FX-Chilean peso leads weekly gains as copper rallies; Argentine gap narrows

SAO PAULO/MEXICO CITY, April 17 (Wire) - Latin American currencies rose for a second week on Friday, led by the Chilean peso, as copper climbed to a three-month high and the dollar weakened globally.

The Chilean peso firmed 0.9% on the day to 912.40 per dollar and gained 2.3% in the week to Friday, its best week since November. Copper on the London Metal Exchange rose 1.4% to $11,820 a tonne.

Brazil's real strengthened 0.4% to 5.318 per dollar, ending the week 1.1% firmer. The currency has gained 13.6% so far this year, helped by a Selic policy rate of 14.25%, which gives Brazil one of the highest real interest rates in the world. The central bank cut the Selic by 50 basis points last month, its first reduction since 2024.

Mexico's peso traded at 17.42 per dollar, up 0.2% on the day and 0.6% for the week. The Bank of Mexico, which has cut its key rate to 6.75%, publishes the minutes of its March meeting on Thursday.

Colombia's peso weakened 0.5% to 3,912.50 per dollar after the finance ministry said the central government's fiscal deficit would reach 7.1% of gross domestic product in 2026, above the 6.2% goal set in its medium-term fiscal framework.

In Argentina, the official wholesale peso closed at 1,402 per dollar, while the informal "blue" rate eased to 1,430, narrowing the gap between the two to about 2%, from more than 100% in late 2023.

"The carry trade is alive and well in Brazil, but Chile is the cleanest way to play copper," said Fernanda Ruiz, a currency strategist at Pampa Capital in Buenos Aires. She expects the Chilean peso to reach 880 per dollar by the end of June.
""", [
    F("0.9%", 0.9, "%", "C", "up", "Chilean peso|peso", DAY(P), None),
    F("912.40", 912.40, "CLP", "L", "up", "Chilean peso|peso", DAY(P), None, unit_alt=["CLP per USD"],
      direction_alt=["dn"]),
    F("2.3%", 2.3, "%", "C", "up", "Chilean peso|peso", W, None),
    F("1.4%", 1.4, "%", "C", "up", "copper on the London Metal Exchange|copper", DAY(P), None),
    F("$11,820", 11820, "$", "L", "up", "copper on the London Metal Exchange|copper", DAY(P), None,
      unit_alt=["USD per tonne"]),
    F("0.4%", 0.4, "%", "C", "up", "Brazilian real|real", DAY(P), None),
    F("5.318", 5.318, "R$", "L", "up", "Brazilian real|real", DAY(P), None, unit_alt=["BRL per USD"],
      direction_alt=["dn"]),
    F("1.1%", 1.1, "%", "C", "up", "Brazilian real|real", W, None),
    F("13.6%", 13.6, "%", "C", "up", "Brazilian real|real|currency", ytd(P), None,
      period_alt=[("2026-01-01", P)]),
    F("14.25%", 14.25, "%", "L", None, "Brazil's Selic policy rate|Selic|policy rate", DAY(P), None,
      period_alt=[None]),
    F("50 basis points", 50, "bp", "C", "dn", "Brazil's Selic policy rate|Selic", M(2026, 3), None,
      source_alt=["central bank"], value_alt=[0.5], unit_alt=["percentage point"]),
    F("17.42", 17.42, "MX$", "L", "up", "Mexican peso|peso", DAY(P), None, unit_alt=["MXN per USD"],
      direction_alt=["dn", None]),
    F("0.2%", 0.2, "%", "C", "up", "Mexican peso|peso", DAY(P), None),
    F("0.6%", 0.6, "%", "C", "up", "Mexican peso|peso", W, None),
    F("6.75%", 6.75, "%", "L", "dn", "Bank of Mexico key rate|key rate|rate", DAY(P), None,
      source_alt=["Bank of Mexico"], period_alt=[None]),
    F("0.5%", 0.5, "%", "C", "dn", "Colombian peso|peso", DAY(P), None),
    F("3,912.50", 3912.50, "COP", "L", "dn", "Colombian peso|peso", DAY(P), None, unit_alt=["COP per USD"],
      direction_alt=["up"]),
    F("7.1% of gross domestic product", 7.1, "%", "S", None, "Colombia's central government fiscal deficit|"
      "fiscal deficit|deficit", Y(2026), "finance ministry", kind_alt=["ratio", "level"]),
    F("6.2%", 6.2, "%", "S", None, "Colombia's fiscal deficit goal|goal|deficit", Y(2026), None,
      source_alt=["finance ministry", "medium-term fiscal framework"], kind_alt=["ratio", "level"]),
    F("1,402", 1402, "ARS", "L", None, "Argentina's official wholesale peso|official wholesale peso|peso", DAY(P),
      None, unit_alt=["ARS per USD"]),
    F("1,430", 1430, "ARS", "L", "dn", "Argentina's informal blue dollar rate|blue rate|rate", DAY(P), None,
      unit_alt=["ARS per USD"], direction_alt=["up"]),
    F("about 2%", 2, "%", "L", "dn", "gap between Argentina's official and blue exchange rates|gap", DAY(P), None,
      kind_alt=["change"]),
    F("more than 100%", 100, "%", "L", None, "gap between Argentina's official and blue exchange rates|gap",
      Q(2023, 4), None, kind_alt=["change"], period_alt=[M(2023, 12), M(2023, 11)]),
    F("880", 880, "CLP", "L", "up", "Chilean peso|peso", (None, "2026-06"), "Fernanda Ruiz",
      source_alt=["Ruiz", "She", "currency strategist", "Pampa Capital"], unit_alt=["CLP per USD"],
      direction_alt=["dn", None], period_alt=[M(2026, 6), DAY("2026-06-30")]),
], ex=["three-month", "April 17", "one of the highest", "between the two"])

# ---------------------------------------------------------------- 09 Gold: the day, the week, the year, since the start of the war
P = on("2026-03-06", "Friday")
W = WEEK(P)
story("b61-09", P, """
GOLD-Bullion heads for best week in five months as haven demand swells

LONDON/SINGAPORE, March 6 (Wire) - Gold rose on Friday and was on track for its biggest weekly gain in five months, as fresh tension in the Middle East and a softer dollar drove investors into safe-haven assets.

Spot gold was up 0.8% at $5,214.60 an ounce by 1530 GMT, taking its gain for the week to 3.6%. U.S. gold futures for April delivery rose 0.7% to $5,231.20.

Bullion has risen about 19% so far this year, after a 64% gain in 2025, its best year since 1979. Since the start of the war in Ukraine in February 2022, when it traded near $1,900, gold has nearly tripled.

Holdings of SPDR Gold Trust, the world's largest gold-backed exchange-traded fund, rose 18.4 tonnes this week to 1,102.6 tonnes.

Central banks bought a net 244 tonnes in the fourth quarter, the World Gold Council said, with Poland's central bank the biggest buyer at 31 tonnes.

"The path of least resistance is still up. We target $5,600 by year-end," said Oliver Strand, head of commodities research at Kestrel Bank. "Every dip is being bought by central banks and Asian investors."

The dollar index fell 0.4% this week, making greenback-priced bullion cheaper for holders of other currencies.

Silver gained 1.2% to $88.35 an ounce and was up 5.1% for the week.

In India, dealers offered discounts of up to $18 an ounce over official domestic prices this week, as record prices curbed jewellery demand ahead of the wedding season. In China, premiums rose to $22-$26 an ounce from $15 last week.
""", [
    F("0.8%", 0.8, "%", "C", "up", "spot gold|gold", DAY(P), None),
    F("$5,214.60", 5214.60, "$", "L", "up", "spot gold|gold", DAY(P), None, unit_alt=["USD per troy ounce"]),
    F("3.6%", 3.6, "%", "C", "up", "spot gold|gold", W, None),
    F("0.7%", 0.7, "%", "C", "up", "U.S. gold futures|gold futures|futures", DAY(P), None),
    F("$5,231.20", 5231.20, "$", "L", "up", "U.S. gold futures|gold futures|futures", DAY(P), None,
      unit_alt=["USD per troy ounce"]),
    F("about 19%", 19, "%", "C", "up", "gold|bullion", ytd(P), None, period_alt=[("2026-01-01", P)]),
    F("64%", 64, "%", "C", "up", "gold|bullion", Y(2025), None),
    F("near $1,900", 1900, "$", "L", None, "gold|bullion", M(2022, 2), None, unit_alt=["USD per troy ounce"]),
    X("nearly tripled", 3, "R", "up", "gold|bullion", ("2022-02", "2026-03"), None, kind_alt=["change"],
      value_alt=[200], period_alt=[("2022-02-24", P)]),
    F("18.4 tonnes", 18.4, "t", "C", "up", "SPDR Gold Trust holdings|holdings", W, None),
    F("1,102.6 tonnes", 1102.6, "t", "L", "up", "SPDR Gold Trust holdings|holdings", DAY(P), None,
      period_alt=[W]),
    F("244 tonnes", 244, "t", "L", None, "central bank gold purchases|central banks|purchases", Q(2025, 4),
      "World Gold Council", kind_alt=["change"]),
    F("31 tonnes", 31, "t", "L", None, "Polish central bank gold purchases|Poland's central bank|purchases",
      Q(2025, 4), "World Gold Council", kind_alt=["change"]),
    F("$5,600", 5600, "$", "L", "up", "gold|bullion", (None, "2026-12"), "Oliver Strand",
      source_alt=["Strand", "head of commodities research", "Kestrel Bank", "We"], unit_alt=["USD per troy ounce"],
      direction_alt=[None], period_alt=[DAY("2026-12-31"), M(2026, 12)]),
    F("0.4%", 0.4, "%", "C", "dn", "dollar index|dollar", W, None),
    F("1.2%", 1.2, "%", "C", "up", "silver", DAY(P), None),
    F("$88.35", 88.35, "$", "L", "up", "silver", DAY(P), None, unit_alt=["USD per troy ounce"]),
    F("5.1%", 5.1, "%", "C", "up", "silver", W, None),
    F("up to $18", 18, "$", "L", None, "gold discounts in India|discounts", W, "dealers",
      unit_alt=["USD per troy ounce"]),
    RNG("$22-$26", 22, 26, "$", "L", "up", "gold premiums in China|premiums", W, None,
        unit_alt=["USD per troy ounce"]),
    F("$15", 15, "$", "L", None, "gold premiums in China|premiums", WEEK(plus(P, -7)), None,
      unit_alt=["USD per troy ounce"]),
], ex=["five months", "1530 GMT", "fourth quarter", "March 6"])

# ---------------------------------------------------------------- 10 An IPO: the range, the price, the first day's trading
P = on("2026-06-17", "Wednesday")
TUE = last(P, "Tuesday")
story("b61-10", P, """
Halvard Robotics jumps 21% in Nasdaq debut after pricing IPO above range

NEW YORK, June 17 (Wire) - Shares of warehouse-automation company Halvard Robotics rose 21.3% in their Nasdaq debut on Wednesday, after the company priced its initial public offering above a marketed range in one of the year's largest technology listings.

The stock opened at $31.50, against the IPO price of $24, and closed at $29.10, giving the company a market value of about $7.9 billion based on the 271 million shares outstanding listed in its filings.

Halvard sold 36 million shares at $24 each late on Tuesday, raising $864 million, after marketing them at $20 to $22 apiece. It had raised that range last week from $18 to $20. Underwriters have a 30-day option to buy up to 5.4 million additional shares.

The Pittsburgh-based company was valued at $5.1 billion in a private funding round in 2024.

Halvard's revenue rose 64% to $412 million in 2025, while its net loss narrowed to $88 million from $131 million, according to its prospectus.

"We are building the operating system for the physical warehouse," Chief Executive Ingrid Sola, 46, told reporters at the exchange. She said the company would use the proceeds to double its engineering staff to about 1,800 over two years.

The listing adds to a rebound in U.S. offerings. So far this year, 118 companies have raised a combined $31.6 billion on U.S. exchanges, up 41% from the same period last year, according to IPO tracker Listwise.

"Investors are paying up for growth again, but they want a path to profits," said Tom Becerra, an analyst at Listwise.
""", [
    F("21%", 21, "%", "C", "up", "Halvard Robotics shares|Halvard Robotics|shares", DAY(P), None, ctx="jumps 21%"),
    F("21.3%", 21.3, "%", "C", "up", "Halvard Robotics shares|shares", DAY(P), None),
    F("$31.50", 31.50, "$", "L", None, "Halvard Robotics opening price|stock|opened", DAY(P), None,
      direction_alt=["up"]),
    F("$24", 24, "$", "L", None, "Halvard Robotics IPO price|IPO price", DAY(TUE), None, ctx="IPO price of $24",
      period_alt=[DAY(P), None]),
    F("$29.10", 29.10, "$", "L", "up", "Halvard Robotics closing price|stock|closed", DAY(P), None,
      direction_alt=[None]),
    F("about $7.9 billion", 7.9e9, "$", "L", None, "Halvard Robotics market value|market value|company", DAY(P),
      None),
    F("271 million", 271e6, "#share", "L", None, "Halvard Robotics shares outstanding|shares outstanding|shares",
      None, None, source_alt=["filings"], period_alt=[DAY(P)]),
    F("36 million", 36e6, "#share", "L", None, "shares sold in the Halvard Robotics IPO|shares|Halvard", DAY(TUE),
      None, source_alt=["Halvard Robotics"], period_alt=[DAY(P)]),
    F("$24", 24, "$", "L", None, "Halvard Robotics IPO price|price|shares", DAY(TUE), None, ctx="at $24 each",
      period_alt=[DAY(P)]),
    F("$864 million", 864e6, "$", "L", None, "Halvard Robotics IPO proceeds|proceeds|Halvard", DAY(TUE), None,
      source_alt=["Halvard Robotics"], period_alt=[DAY(P)]),
    RNG("$20 to $22", 20, 22, "$", "L", "up", "Halvard Robotics IPO marketed range|marketed range|range", None, None,
        period_alt=[DAY(TUE)], direction_alt=[None]),
    RNG("$18 to $20", 18, 20, "$", "L", None, "Halvard Robotics earlier IPO range|range", None, None,
        period_alt=[WEEK(plus(P, -5))]),
    F("up to 5.4 million", 5.4e6, "#share", "L", None, "underwriters' option on additional Halvard shares|"
      "additional shares|option", None, None),
    F("$5.1 billion", 5.1e9, "$", "L", None, "Halvard Robotics private valuation|valuation|company", Y(2024), None),
    F("64%", 64, "%", "C", "up", "Halvard Robotics revenue|revenue", Y(2025), "prospectus"),
    F("$412 million", 412e6, "$", "L", "up", "Halvard Robotics revenue|revenue", Y(2025), "prospectus"),
    F("$88 million", 88e6, "$", "L", "dn", "Halvard Robotics net loss|net loss|loss", Y(2025), "prospectus"),
    F("$131 million", 131e6, "$", "L", None, "Halvard Robotics net loss|net loss|loss", Y(2024), "prospectus"),
    AGE("46", 46, "Ingrid Sola", alts="Sola|Chief Executive"),
    F("double", 2, None, "R", "up", "Halvard Robotics engineering staff|engineering staff|staff", MM(2026, 6, 2028, 5),
      "Ingrid Sola", source_alt=["Sola", "She"], unit_alt=["times"], kind_alt=["change"],
      period_alt=[None, MM(2026, 7, 2028, 6)]),
    F("about 1,800", 1800, "#engineer", "L", "up", "Halvard Robotics engineering staff|engineering staff|staff",
      MM(2026, 6, 2028, 5), "Ingrid Sola", source_alt=["Sola", "She"],
      period_alt=[None, (None, "2028-06"), MM(2026, 7, 2028, 6)]),
    F("118", 118, "#company", "L", None, "U.S. IPOs|companies|offerings", ytd(P), "Listwise",
      source_alt=["IPO tracker"], period_alt=[("2026-01-01", P)]),
    F("$31.6 billion", 31.6e9, "$", "L", "up", "U.S. IPO proceeds|companies|offerings", ytd(P), "Listwise",
      source_alt=["IPO tracker"], period_alt=[("2026-01-01", P)]),
    F("41%", 41, "%", "C", "up", "U.S. IPO proceeds|offerings", ytd(P), "Listwise", source_alt=["IPO tracker"],
      period_alt=[("2026-01-01", P)]),
], ex=["30-day", "two years", "June 17", "in one of the"])
