"""blind55 s1: Asian central banks, Chinese trade and activity data, jobs reports (b55-01..b55-10)."""
from common import *

# ---------------------------------------------------------------- 01 Bank of Japan
P = "2026-01-23"  # Friday
FY26 = ("2026-04", "2027-03")
story("b55-01", P, """
The Bank of Japan raised its short-term policy rate to 0.75% on Friday, the highest in three decades, and signalled that further increases were likely if wages keep rising at the pace of recent years.

The decision was taken by seven votes to two, with board members Kaori Sugimura and Tetsuo Hanabusa arguing for a pause until the outcome of this spring's wage talks is known. The yen strengthened to 148.35 per dollar after the announcement, while the yield on the 10-year Japanese government bond rose 6 basis points to 1.94%, its highest since 2008.

In its quarterly outlook report, the central bank raised its core inflation forecast for fiscal 2026, the year starting in April, to 2.1% from 1.9%. It expects the economy to grow between 0.7% and 0.9% in the same year.

Core consumer prices, which exclude volatile fresh food, rose 2.8% in December from a year earlier, data from the internal affairs ministry showed on Friday, slowing from 3.0% in November. Inflation has now stayed at or above the bank's 2% target for 45 straight months.

Rengo, the country's largest union group, has said it will seek pay rises of at least 5% in this year's talks. Overnight swaps priced a roughly 60% chance of another quarter-point increase by July, LSEG data showed.
""", [
    F("0.75%", 0.75, "%", "L", "up", "Bank of Japan's short-term policy rate|policy rate|rate", DAY(P), None,
      source_alt=["Bank of Japan"], period_alt=[None]),
    F("seven", 7, "#vote", "L", None, "board votes for the increase|votes", DAY(P), None, ctx="by seven votes",
      source_alt=["Bank of Japan"]),
    F("two", 2, "#vote", "L", None, "board votes against the increase|votes", DAY(P), None, ctx="votes to two",
      source_alt=["Bank of Japan"]),
    F("148.35", 148.35, "JPY", "L", "up", "yen|yen per dollar", DAY(P), None,
      unit_alt=["yen per dollar"], direction_alt=["decrease", None]),
    F("6 basis points", 6, "bp", "C", "up", "10-year Japanese government bond yield|JGB yield|yield", DAY(P), None),
    F("1.94%", 1.94, "%", "L", "up", "10-year Japanese government bond yield|JGB yield|yield", DAY(P), None),
    F("2.1%", 2.1, "%", "C", "up", "core inflation forecast|inflation forecast|forecast|inflation", FY26, None,
      source_alt=["Bank of Japan", "central bank"], kind_alt=["level"], direction_alt=[None]),
    F("1.9%", 1.9, "%", "C", None, "previous core inflation forecast|inflation forecast|forecast|inflation", FY26,
      None, source_alt=["Bank of Japan", "central bank"], kind_alt=["level"]),
    F("0.7% and 0.9%", 0.7, "%", "C", "up", "economic growth forecast|growth|economy", FY26, "Bank of Japan",
      value_hi=0.9, source_alt=["central bank"], kind_alt=["level"], direction_alt=[None]),
    F("2.8%", 2.8, "%", "C", "up", "core consumer prices|consumer prices|prices", "2025-12",
      "internal affairs ministry", source_alt=["ministry", "data"]),
    F("3.0%", 3.0, "%", "C", None, "core consumer prices|consumer prices|prices", "2025-11",
      "internal affairs ministry", source_alt=["ministry", "data"], direction_alt=["increase"]),
    F("2%", 2, "%", "L", None, "bank's inflation target|inflation target|target", None, None,
      source_alt=["Bank of Japan"]),
    F("45 straight months", 45, "mo", "L", None, "inflation at or above target|inflation", None, None,
      kind_alt=["count"]),
    F("at least 5%", 5, "%", "C", "up", "pay rises sought by Rengo|pay rises|pay", None, "Rengo",
      period_alt=[Y(2026)]),
    F("roughly 60%", 60, "%", "L", None, "chance of another rate increase|chance|probability", None, "LSEG",
      kind_alt=["share"], source_alt=["swaps", "data"], period_alt=[(None, "2026-07")]),
    QP("quarter-point", "C", "up", "another rate increase|rate increase|increase|policy rate", (None, "2026-07"), "LSEG",
       source_alt=["swaps", "data"]),
], ex=["three decades", "10-year"])

# ---------------------------------------------------------------- 02 Bank of Korea
P = "2025-11-27"  # Thursday
MON = last(P, "Monday")
story("b55-02", P, """
The Bank of Korea kept its benchmark interest rate at 2.50% on Thursday for a fourth straight meeting, as surging Seoul apartment prices and a weak won outweighed signs of slowing exports.

All seven members of the monetary policy board voted for the hold, though two of them said they were open to a cut, the bank said. The won, which has lost about 6% against the dollar since the start of July, traded at 1,468.2 per dollar after the decision.

Apartment prices in Seoul rose 0.41% in the week to Monday, according to the Korea Real Estate Board. Household debt climbed by 14.9 trillion won in the July-September quarter to a record 1,968 trillion won, the bank's data showed last week.

The bank raised its growth forecast for next year to 1.8% from 1.6% and kept its estimate for 2025 at 0.9%. Exports, which account for roughly 40% of the economy, rose 3.5% from a year earlier in the first 20 days of November, customs data showed. Shipments of semiconductors jumped 27%, while car exports fell 11.2%.

Deputy Governor Park Min-jae told reporters the board saw growth of around 2% as within reach in 2027. He said household lending had to slow to below 4% a year before the bank could ease again. Seven of the 11 economists in a Reuters poll expect a 25-basis-point cut in February.
""", [
    F("2.50%", 2.5, "%", "L", "unch", "Bank of Korea's benchmark interest rate|interest rate|rate", DAY(P), None,
      source_alt=["Bank of Korea"], direction_alt=[None], period_alt=[None]),
    F("seven", 7, "#member", "L", None, "monetary policy board members voting for the hold|members", DAY(P), "bank",
      ctx="All seven", source_alt=["Bank of Korea"]),
    F("two", 2, "#member", "L", None, "board members open to a cut|members", DAY(P), "bank", ctx="though two",
      source_alt=["Bank of Korea"]),
    F("about 6%", 6, "%", "C", "dn", "won", ("2025-07", "2025-11"), None,
      period_alt=[("2025-07-01", P)]),
    F("1,468.2", 1468.2, "KRW", "L", None, "won|won per dollar", DAY(P), None, unit_alt=["won per dollar"],
      direction_alt=["decrease"]),
    F("0.41%", 0.41, "%", "C", "up", "Seoul apartment prices|apartment prices|prices", (plus(MON, -6), MON),
      "Korea Real Estate Board", source_alt=["board"]),
    F("14.9 trillion won", 14.9e12, "KRW", "C", "up", "household debt|debt", Q(2025, 3), "bank's data",
      source_alt=["Bank of Korea", "bank"]),
    F("1,968 trillion won", 1968e12, "KRW", "L", "up", "household debt|debt", Q(2025, 3), "bank's data",
      source_alt=["Bank of Korea", "bank"], period_alt=["2025-09"]),
    F("1.8%", 1.8, "%", "C", "up", "growth forecast|growth|forecast", Y(2026), None,
      source_alt=["Bank of Korea", "bank"], kind_alt=["level"], direction_alt=[None]),
    F("1.6%", 1.6, "%", "C", None, "previous growth forecast|growth|forecast", Y(2026), None,
      source_alt=["Bank of Korea", "bank"], kind_alt=["level"]),
    F("0.9%", 0.9, "%", "C", "unch", "growth estimate|growth|estimate", Y(2025), None,
      source_alt=["Bank of Korea", "bank"], kind_alt=["level"], direction_alt=["increase", None]),
    F("roughly 40%", 40, "%", "S", None, "exports' share of the economy|share|exports", None, None),
    F("3.5%", 3.5, "%", "C", "up", "exports", ("2025-11-01", "2025-11-20"), "customs data",
      source_alt=["customs"], period_alt=["2025-11"]),
    F("27%", 27, "%", "C", "up", "shipments of semiconductors|semiconductor exports|shipments",
      ("2025-11-01", "2025-11-20"), None, source_alt=["customs"], period_alt=["2025-11"]),
    F("11.2%", 11.2, "%", "C", "dn", "car exports|exports", ("2025-11-01", "2025-11-20"), None,
      source_alt=["customs"], period_alt=["2025-11"]),
    F("around 2%", 2, "%", "C", "up", "growth", Y(2027), "Park Min-jae", source_alt=["Park", "board"]),
    F("below 4%", 4, "%", "C", "up", "household lending growth|household lending|lending", None, "Park Min-jae",
      source_alt=["Park"], direction_alt=[None], kind_alt=["level"]),
    F("Seven", 7, "#economist", "L", None, "economists expecting a cut|economists", None, None,
      source_alt=["Reuters", "poll"]),
    F("11", 11, "#economist", "L", None, "economists in a Reuters poll|economists", None, None, ctx="the 11 economists",
      source_alt=["Reuters", "poll"]),
    F("25-basis-point", 25, "bp", "C", "dn", "expected rate cut|cut|interest rate", "2026-02", "economists",
      source_alt=["Reuters", "poll"]),
], ex=["first 20 days", "July-September quarter"])

# ---------------------------------------------------------------- 03 Bank Indonesia
P = "2025-10-22"  # Wednesday
story("b55-03", P, """
Bank Indonesia unexpectedly cut its benchmark BI-Rate by 25 basis points to 4.50% on Wednesday, its sixth reduction since September last year, saying inflation was well within its target range of between 1.5% and 3.5%.

Only four of the 31 economists polled by Reuters had forecast the move. The rupiah weakened 0.4% to 16,640 per dollar after the announcement.

Annual inflation was 2.65% in September, up from 2.31% in August, Statistics Indonesia data showed earlier this month. Deputy Governor Rina Wulandari said the bank expects economic growth of 4.7% to 5.5% this year and 4.9% to 5.7% in 2026.

Bank lending grew 7.7% in the 12 months through September, short of the central bank's target range of 8% to 11% for the year. "There is room for further easing," Wulandari told reporters in Jakarta, adding that the bank had bought 187.6 trillion rupiah of government bonds so far this year.

The government aims to lift growth to 8% by 2029, a goal most private economists consider out of reach. Finance ministry officials, speaking on condition of anonymity, said the 2026 budget deficit would be kept at about 2.5% of gross domestic product, under the legal cap of 3%.
""", [
    F("25 basis points", 25, "bp", "C", "dn", "BI-Rate|benchmark rate|rate", DAY(P), None,
      source_alt=["Bank Indonesia"], period_alt=[None]),
    F("4.50%", 4.5, "%", "L", "dn", "BI-Rate|benchmark rate|rate", DAY(P), None,
      source_alt=["Bank Indonesia"], period_alt=[None]),
    F("1.5% and 3.5%", 1.5, "%", "L", None, "inflation target range|target range|target|inflation", None,
      "Bank Indonesia", value_hi=3.5, source_alt=["bank"]),
    F("four", 4, "#economist", "L", None, "economists who forecast the cut|economists", None, None,
      source_alt=["Reuters", "poll"]),
    F("31", 31, "#economist", "L", None, "economists polled by Reuters|economists", None, None, ctx="the 31 economists",
      source_alt=["Reuters", "poll"]),
    F("0.4%", 0.4, "%", "C", "dn", "rupiah", DAY(P), None),
    F("16,640", 16640, "IDR", "L", "dn", "rupiah|rupiah per dollar", DAY(P), None,
      unit_alt=["rupiah per dollar"], direction_alt=["increase", None]),
    F("2.65%", 2.65, "%", "C", "up", "annual inflation|inflation", "2025-09", "Statistics Indonesia",
      kind_alt=["level"], direction_alt=[None], source_alt=["data"]),
    F("2.31%", 2.31, "%", "C", None, "annual inflation|inflation", "2025-08", "Statistics Indonesia",
      kind_alt=["level"], direction_alt=["increase"], source_alt=["data"]),
    F("4.7% to 5.5%", 4.7, "%", "C", "up", "economic growth|growth", Y(2025), "Rina Wulandari", value_hi=5.5,
      source_alt=["Wulandari", "bank"], direction_alt=[None], kind_alt=["level"]),
    F("4.9% to 5.7%", 4.9, "%", "C", "up", "economic growth|growth", Y(2026), "Rina Wulandari", value_hi=5.7,
      source_alt=["Wulandari", "bank"], direction_alt=[None], kind_alt=["level"]),
    F("7.7%", 7.7, "%", "C", "up", "bank lending|lending", span12(2025, 9), None, source_alt=["Bank Indonesia"]),
    F("8% to 11%", 8, "%", "C", "up", "central bank's lending growth target range|target range|lending", Y(2025),
      None, value_hi=11, source_alt=["Bank Indonesia", "central bank"], kind_alt=["level"],
      direction_alt=[None], period_alt=[None]),
    F("187.6 trillion rupiah", 187.6e12, "IDR", "L", None, "government bonds bought by the bank|government bonds|bonds",
      ("2025-01", "2025-10"), "Rina Wulandari", source_alt=["Wulandari", "bank"],
      period_alt=[("2025-01-01", P)], direction_alt=["increase"]),
    F("8%", 8, "%", "C", "up", "growth", (None, "2029-12"), None, ctx="growth to 8%",
      source_alt=["government"], kind_alt=["level"]),
    F("about 2.5%", 2.5, "%", "L", None, "budget deficit as a share of GDP|budget deficit|deficit", Y(2026),
      "finance ministry officials", source_alt=["officials"], kind_alt=["share", "ratio"]),
    F("3%", 3, "%", "L", None, "legal cap on the budget deficit|legal cap|cap", None,
      "finance ministry officials", source_alt=["officials"], kind_alt=["share", "ratio"]),
], ex=["12 months through"])

# ---------------------------------------------------------------- 04 Reserve Bank of India
P = "2026-02-06"  # Friday
THU = last(P, "Thursday")
story("b55-04", P, """
The Reserve Bank of India's monetary policy committee on Friday cut the repo rate by 25 basis points to 5.25% and lowered its inflation projection for 2026-27 to 4.1%, saying price pressures remained benign.

All six members voted for the cut, while five of them favoured keeping the policy stance neutral, the RBI said in its statement. The standing deposit facility rate was reduced to 5% and the marginal standing facility rate to 5.5%. The repo rate has now been lowered by a cumulative 125 basis points since February 2025.

The central bank projected real GDP growth of 7.2% for the financial year ending March 2027, with growth of 6.9% in the April-June quarter and 7.1% in July-September. Consumer price inflation is seen at 3.8% in the first quarter of 2026-27.

Retail inflation eased to 1.9% in December from 2.2% in November, government data showed last month, well below the 4% midpoint of the RBI's 2%-6% tolerance band.

The RBI also announced open market purchases of government securities worth Rs 1 lakh crore in two tranches and a $10-billion dollar-rupee buy/sell swap to ease tight liquidity. The rupee closed at 90.42 against the dollar, little changed from Thursday's 90.38.

"Growth is holding up well, but we see space to support it," said Deputy Governor Meera Raghavan.
""", [
    F("25 basis points", 25, "bp", "C", "dn", "repo rate|rate", DAY(P), None, ctx="by 25 basis points to 5.25%",
      source_alt=["Reserve Bank of India", "monetary policy committee"], period_alt=[None]),
    F("5.25%", 5.25, "%", "L", "dn", "repo rate|rate", DAY(P), None,
      source_alt=["Reserve Bank of India", "monetary policy committee"], period_alt=[None]),
    F("4.1%", 4.1, "%", "C", "dn", "inflation projection|inflation|projection", ("2026-04", "2027-03"), None,
      source_alt=["Reserve Bank of India", "monetary policy committee"], kind_alt=["level"]),
    F("six", 6, "#member", "L", None, "committee members voting for the cut|members", DAY(P), "RBI",
      source_alt=["Reserve Bank of India"]),
    F("five", 5, "#member", "L", None, "members favouring a neutral stance|members", DAY(P), "RBI",
      source_alt=["Reserve Bank of India"]),
    F("5%", 5, "%", "L", "dn", "standing deposit facility rate|rate", DAY(P), None, ctx="reduced to 5%",
      source_alt=["RBI"], period_alt=[None]),
    F("5.5%", 5.5, "%", "L", "dn", "marginal standing facility rate|rate", DAY(P), None,
      source_alt=["RBI"], period_alt=[None]),
    F("125 basis points", 125, "bp", "C", "dn", "repo rate|rate", ("2025-02", "2026-02"), None,
      source_alt=["RBI"], period_alt=[("2025-02", P)]),
    F("7.2%", 7.2, "%", "C", "up", "real GDP growth|GDP growth|growth", ("2026-04", "2027-03"), None,
      source_alt=["RBI", "central bank"], kind_alt=["level"]),
    F("6.9%", 6.9, "%", "C", "up", "real GDP growth|GDP growth|growth", ("2026-04", "2026-06"), None,
      source_alt=["RBI", "central bank"], kind_alt=["level"]),
    F("7.1%", 7.1, "%", "C", "up", "real GDP growth|GDP growth|growth", ("2026-07", "2026-09"), None,
      source_alt=["RBI", "central bank"], kind_alt=["level"]),
    F("3.8%", 3.8, "%", "C", "up", "consumer price inflation|inflation", ("2026-04", "2026-06"), None,
      source_alt=["RBI"], kind_alt=["level"], direction_alt=[None]),
    F("1.9%", 1.9, "%", "C", "dn", "retail inflation|inflation", "2025-12", "government data",
      source_alt=["government"], kind_alt=["level"], direction_alt=["increase", None]),
    F("2.2%", 2.2, "%", "C", None, "retail inflation|inflation", "2025-11", "government data",
      source_alt=["government"], kind_alt=["level"], direction_alt=["increase"]),
    F("4%", 4, "%", "L", None, "midpoint of the RBI's tolerance band|midpoint|inflation target", None, None,
      ctx="the 4% midpoint", source_alt=["RBI"]),
    F("2%-6%", 2, "%", "L", None, "RBI's inflation tolerance band|tolerance band|band", None, None, value_hi=6,
      source_alt=["RBI"]),
    F("Rs 1 lakh crore", 1e12, "INR", "L", None,
      "open market purchases of government securities|purchases|government securities", None, None,
      value_alt=[1], source_alt=["RBI"]),
    F("two", 2, "#tranche", "L", None, "tranches of bond purchases|tranches", None, None, ctx="in two tranches",
      source_alt=["RBI"]),
    F("$10-billion", 10e9, "$", "L", None, "dollar-rupee buy/sell swap|swap", None, None, source_alt=["RBI"]),
    F("90.42", 90.42, "INR", "L", None, "rupee|rupee per dollar", DAY(P), None, unit_alt=["rupee per dollar"],
      direction_alt=["unchanged"]),
    F("90.38", 90.38, "INR", "L", None, "rupee|rupee per dollar", DAY(THU), None, unit_alt=["rupee per dollar"]),
], ex=["first quarter", "April-June quarter"])

# ---------------------------------------------------------------- 05 Bangko Sentral ng Pilipinas
P = "2025-12-11"  # Thursday
story("b55-05", P, """
The Bangko Sentral ng Pilipinas cut its key policy rate by a quarter point to 4.5% on Thursday, the fifth cut of its easing cycle, and said one more reduction was possible next year as growth slowed to its weakest pace in more than four years.

Gross domestic product expanded 4.0% in the July-September quarter from a year earlier, the Philippine Statistics Authority reported last month, as delays in public works spending hit construction.

BSP Deputy Governor Lourdes Manalo told a briefing the central bank now sees growth of 4.8% to 5.2% in 2026, down from its earlier range of 5.5% to 6.5%. The peso, which hit a record low of 59.35 per dollar in November, ended at 58.92 on Thursday.

Inflation averaged 1.7% in the first 11 months of the year, below the central bank's target range of 2% to 4%, and is forecast at 3.2% in 2026.

Remittances from Filipinos working abroad, a mainstay of household consumption, rose 3.1% to $3.02 billion in October, the BSP's data showed, bringing the total for the year to date to $29.7 billion. Roughly one in 10 Filipinos works overseas or relies on money sent home by a relative, according to government estimates.

"Consumers are still spending, but business confidence has taken a knock," said Carmela Dizon, an economist at Pasig Harbour Bank.
""", [
    QP("a quarter point", "C", "dn", "key policy rate|policy rate|rate", DAY(P), None,
       source_alt=["Bangko Sentral ng Pilipinas", "BSP"], period_alt=[None]),
    F("4.5%", 4.5, "%", "L", "dn", "key policy rate|policy rate|rate", DAY(P), None,
      source_alt=["Bangko Sentral ng Pilipinas", "BSP"], period_alt=[None]),
    F("one", 1, "#reduction", "L", None, "further rate reduction|reduction|cut", Y(2026), "Bangko Sentral ng Pilipinas",
      ctx="one more reduction", source_alt=["BSP"], kind_alt=["change"], period_alt=[None]),
    F("4.0%", 4.0, "%", "C", "up", "gross domestic product|GDP|growth", Q(2025, 3), "Philippine Statistics Authority",
      source_alt=["authority"]),
    F("4.8% to 5.2%", 4.8, "%", "C", "dn", "growth", Y(2026), "Lourdes Manalo", value_hi=5.2,
      source_alt=["Manalo", "central bank"], direction_alt=["increase", None], kind_alt=["level"]),
    F("5.5% to 6.5%", 5.5, "%", "C", None, "earlier growth range|growth|range", Y(2026), "Lourdes Manalo",
      value_hi=6.5, source_alt=["Manalo", "central bank"], kind_alt=["level"], direction_alt=["increase"]),
    F("59.35", 59.35, "PHP", "L", "dn", "peso|peso per dollar", "2025-11", None, unit_alt=["peso per dollar"],
      direction_alt=["increase", None]),
    F("58.92", 58.92, "PHP", "L", None, "peso|peso per dollar", DAY(P), None, unit_alt=["peso per dollar"],
      direction_alt=["increase"]),
    F("1.7%", 1.7, "%", "C", None, "inflation", ("2025-01", "2025-11"), None, kind_alt=["level"],
      direction_alt=["increase"]),
    F("2% to 4%", 2, "%", "L", None, "central bank's inflation target range|target range|target", None, None,
      value_hi=4, source_alt=["BSP"]),
    F("3.2%", 3.2, "%", "C", "up", "inflation", Y(2026), None, source_alt=["BSP", "central bank"],
      kind_alt=["level"], direction_alt=[None]),
    F("3.1%", 3.1, "%", "C", "up", "remittances from Filipinos working abroad|remittances", "2025-10",
      "BSP's data", source_alt=["BSP", "data"]),
    F("$3.02 billion", 3.02e9, "$", "L", "up", "remittances from Filipinos working abroad|remittances", "2025-10",
      "BSP's data", source_alt=["BSP", "data"], direction_alt=[None]),
    F("$29.7 billion", 29.7e9, "$", "L", None, "remittances total|remittances|total", ("2025-01", "2025-10"),
      "BSP's data", source_alt=["BSP", "data"], period_alt=[("2025-01-01", P)]),
    FR("Roughly one in 10", 1, 10, "S", None, "Filipinos working overseas or relying on remittances|Filipinos", None,
       "government estimates", source_alt=["government"]),
], ex=["more than four years", "first 11 months", "July-September quarter", "fifth cut"])

# ---------------------------------------------------------------- 06 China trade
P = "2026-03-07"  # Saturday
JF = ("2026-01", "2026-02")
story("b55-06", P, """
China's exports grew 9.3% year on year in the first two months of 2026, beating expectations, as shipments to Southeast Asia and Africa more than offset a continued slump in sales to the United States, customs data showed on Saturday.

Imports rose 1.4%, leaving a trade surplus of $182.6 billion for January and February combined, up from $170.5 billion a year earlier. Economists in a Reuters poll had forecast export growth of 5.1%.

Exports to the United States fell 18.7%, while those to the 10-member Association of Southeast Asian Nations climbed 14.2%. Shipments to Africa jumped 26%. In yuan terms, exports rose 8.6% to 4.21 trillion yuan.

Rare-earth exports totalled 9,870 tonnes, down 4% from a year earlier, according to a breakdown released by the General Administration of Customs. Soybean imports dropped to 13.2 million tonnes as crushers ran down stocks bought last autumn.

"Front-loading ahead of new tariffs explains part of it, but not all of it," said Lin Shuhua, chief economist at Harbourline Securities in Shanghai. She estimated that exports would grow between 3% and 4% this year, after 5.5% in 2025.

Officials combine January and February data to smooth distortions from the Lunar New Year holiday, which fell on Feb. 17 this year. Analysts said the March figures, due next month, would give a cleaner reading of demand.
""", [
    F("9.3%", 9.3, "%", "C", "up", "China's exports|exports", JF, "customs data", source_alt=["customs"]),
    F("1.4%", 1.4, "%", "C", "up", "imports", JF, None, source_alt=["customs"]),
    F("$182.6 billion", 182.6e9, "$", "L", "up", "trade surplus|surplus", JF, None, source_alt=["customs"],
      direction_alt=[None]),
    F("$170.5 billion", 170.5e9, "$", "L", None, "trade surplus|surplus", ("2025-01", "2025-02"), None,
      source_alt=["customs"]),
    F("5.1%", 5.1, "%", "C", "up", "export growth|exports|growth", JF, "economists", source_alt=["Reuters", "poll"]),
    F("18.7%", 18.7, "%", "C", "dn", "exports to the United States|exports", JF, None, source_alt=["customs"]),
    F("14.2%", 14.2, "%", "C", "up", "exports to the Association of Southeast Asian Nations|exports to ASEAN|exports",
      JF, None, source_alt=["customs"]),
    F("26%", 26, "%", "C", "up", "shipments to Africa|exports|shipments", JF, None, source_alt=["customs"]),
    F("8.6%", 8.6, "%", "C", "up", "exports in yuan terms|exports", JF, None, source_alt=["customs"]),
    F("4.21 trillion yuan", 4.21e12, "CNY", "L", "up", "exports in yuan terms|exports", JF, None,
      source_alt=["customs"], direction_alt=[None]),
    F("9,870 tonnes", 9870, "t", "L", None, "rare-earth exports|exports", JF, "General Administration of Customs",
      source_alt=["customs", "breakdown"], direction_alt=["decrease"]),
    F("4%", 4, "%", "C", "dn", "rare-earth exports|exports", JF, "General Administration of Customs",
      ctx="down 4%", source_alt=["customs", "breakdown"]),
    F("13.2 million tonnes", 13.2e6, "t", "L", "dn", "soybean imports|imports", JF, None, source_alt=["customs"]),
    F("3% and 4%", 3, "%", "C", "up", "exports", Y(2026), "Lin Shuhua", value_hi=4,
      source_alt=["Lin", "Harbourline Securities"], kind_alt=["level"]),
    F("5.5%", 5.5, "%", "C", "up", "exports|export growth", Y(2025), "Lin Shuhua",
      source_alt=["Lin", "Harbourline Securities"]),
], ex=["10-member", "first two months"])

# ---------------------------------------------------------------- 07 China activity data
P = "2025-08-15"  # Friday
JJ = ("2025-01", "2025-07")
story("b55-07", P, """
China's factory output grew 5.7% in July from a year earlier, the slowest pace since November, while retail sales rose just 3.7%, National Bureau of Statistics data showed on Friday, adding to pressure on Beijing to roll out more stimulus.

Both figures missed forecasts in a Reuters poll, which had pointed to industrial output growth of 6.0% and a 4.6% rise in retail sales.

Fixed-asset investment expanded 1.6% in the first seven months of the year, slowing from 2.8% in the January-June period. Property investment, which has shrunk every year since 2022, slumped 12.0%, and new home prices in 70 major cities fell 0.3% in July from June.

The surveyed urban unemployment rate edged up to 5.2% from 5.0% in June, while the jobless rate for young people not in school climbed to 17.8%, a level last seen two years ago before the bureau changed its method.

Bureau spokesman Zhao Minghui told a news conference the economy faced "many unstable and uncertain factors", but said industrial output in the first seven months had grown 6.3%, keeping the economy on course for the government's growth target of around 5%.

"The consumer trade-in subsidies are fading and the property slump is deepening," said Wang Jiayi, an analyst at Tianmu Capital in Beijing. "Without more help from Beijing, the fourth quarter will be tough."
""", [
    F("5.7%", 5.7, "%", "C", "up", "China's factory output|factory output|output", "2025-07",
      "National Bureau of Statistics", source_alt=["bureau", "NBS", "data"]),
    F("3.7%", 3.7, "%", "C", "up", "retail sales|sales", "2025-07", "National Bureau of Statistics",
      source_alt=["bureau", "NBS", "data"]),
    F("6.0%", 6.0, "%", "C", "up", "industrial output growth|industrial output|output", "2025-07", "Reuters poll",
      source_alt=["Reuters", "forecasts"]),
    F("4.6%", 4.6, "%", "C", "up", "retail sales|sales", "2025-07", "Reuters poll", source_alt=["Reuters", "forecasts"]),
    F("1.6%", 1.6, "%", "C", "up", "fixed-asset investment|investment", JJ, None, source_alt=["bureau", "NBS"]),
    F("2.8%", 2.8, "%", "C", None, "fixed-asset investment|investment", ("2025-01", "2025-06"), None,
      source_alt=["bureau", "NBS"], direction_alt=["increase"]),
    F("12.0%", 12.0, "%", "C", "dn", "property investment|investment", JJ, None, source_alt=["bureau", "NBS"]),
    F("0.3%", 0.3, "%", "C", "dn", "new home prices|home prices|prices", "2025-07", None, source_alt=["bureau", "NBS"]),
    F("5.2%", 5.2, "%", "L", "up", "surveyed urban unemployment rate|unemployment rate|rate", "2025-07", None,
      source_alt=["bureau", "NBS"]),
    F("5.0%", 5.0, "%", "L", None, "surveyed urban unemployment rate|unemployment rate|rate", "2025-06", None,
      source_alt=["bureau", "NBS"]),
    F("17.8%", 17.8, "%", "L", "up", "jobless rate for young people not in school|youth jobless rate|rate", "2025-07",
      None, source_alt=["bureau", "NBS"]),
    F("6.3%", 6.3, "%", "C", "up", "industrial output|output", JJ, "Zhao Minghui", source_alt=["Zhao", "bureau"]),
    F("around 5%", 5, "%", "C", "up", "government's growth target|growth target|target", Y(2025), "Zhao Minghui",
      source_alt=["Zhao", "government"], kind_alt=["level"], direction_alt=[None]),
], ex=["first seven months", "70 major cities", "two years ago", "fourth quarter"])

# ---------------------------------------------------------------- 08 Japan jobs
P = "2026-04-28"  # Tuesday
story("b55-08", P, """
Japan's unemployment rate rose to 2.7% in March from 2.5% in February, government data showed on Tuesday, while the availability of jobs fell to its lowest level in more than three years.

The jobs-to-applicants ratio slipped to 1.19 from 1.22, the health ministry said. The number of employed people stood at 67.93 million, up 310,000 from a year earlier, according to the internal affairs ministry. The number of unemployed rose by 90,000 to 1.84 million. Women made up 45.6% of the labour force.

Separate figures from the labour ministry showed that nominal wages rose 2.6% in February, while real wages, adjusted for inflation, fell 0.8%, a 14th consecutive monthly decline.

This year's spring wage talks delivered average pay rises of 5.41% at large companies, slightly above last year's 5.25%, according to a first tally by Rengo, the country's biggest union federation. Smaller firms have struggled to keep up, with many offering increases of less than 4%.

Economists at Tamagawa Research estimate that the labour force will shrink by about 1.2 million people by 2030 as the population ages, even with more women and older workers taking jobs.

"Companies are going to have to pay up or automate," said Yuki Moriyama, a senior economist at the institute. "There is no third option."
""", [
    F("2.7%", 2.7, "%", "L", "up", "Japan's unemployment rate|unemployment rate|rate", "2026-03", "government data",
      source_alt=["government"]),
    F("2.5%", 2.5, "%", "L", None, "Japan's unemployment rate|unemployment rate|rate", "2026-02", "government data",
      source_alt=["government"]),
    F("1.19", 1.19, None, "L", "dn", "jobs-to-applicants ratio|ratio", "2026-03", "health ministry",
      kind_alt=["ratio"], source_alt=["ministry"], unit_alt=["times"]),
    F("1.22", 1.22, None, "L", None, "jobs-to-applicants ratio|ratio", "2026-02", "health ministry",
      kind_alt=["ratio"], source_alt=["ministry"], unit_alt=["times"]),
    F("67.93 million", 67.93e6, "#person", "L", None, "number of employed people|employed people|employment",
      "2026-03", "internal affairs ministry", source_alt=["ministry"]),
    F("310,000", 310000, "#person", "C", "up", "number of employed people|employed people|employment", "2026-03",
      "internal affairs ministry", source_alt=["ministry"]),
    F("90,000", 90000, "#person", "C", "up", "number of unemployed|unemployed", "2026-03", None,
      source_alt=["internal affairs ministry"]),
    F("1.84 million", 1.84e6, "#person", "L", "up", "number of unemployed|unemployed", "2026-03", None,
      source_alt=["internal affairs ministry"]),
    F("45.6%", 45.6, "%", "S", None, "women's share of the labour force|labour force|women", "2026-03", None,
      source_alt=["internal affairs ministry"], period_alt=[None]),
    F("2.6%", 2.6, "%", "C", "up", "nominal wages|wages", "2026-02", "labour ministry",
      source_alt=["figures", "ministry"]),
    F("0.8%", 0.8, "%", "C", "dn", "real wages|wages", "2026-02", "labour ministry", source_alt=["figures", "ministry"]),
    F("5.41%", 5.41, "%", "C", "up", "average pay rises at large companies|pay rises|pay", Y(2026), "Rengo",
      source_alt=["tally"], period_alt=[None]),
    F("5.25%", 5.25, "%", "C", "up", "average pay rises at large companies|pay rises|pay", Y(2025), "Rengo",
      source_alt=["tally"], direction_alt=[None]),
    F("less than 4%", 4, "%", "C", "up", "pay increases at smaller firms|increases", Y(2026), None,
      period_alt=[None]),
    F("about 1.2 million", 1.2e6, "#person", "C", "dn", "labour force", (None, "2030-12"), "Tamagawa Research",
      source_alt=["economists"]),
], ex=["more than three years", "14th", "third option"])

# ---------------------------------------------------------------- 09 Australia jobs
P = "2025-09-18"  # Thursday
story("b55-09", P, """
Australian employment unexpectedly fell by 5,400 in August, the Australian Bureau of Statistics said on Thursday, a sharp miss against forecasts of a 22,000 rise that sent the local dollar down 0.4% to US65.81c.

The jobless rate held at 4.2%, while the participation rate dipped to 66.8% from 67.0% in July. Full-time jobs dropped by 40,900 and part-time employment rose by 35,500. Monthly hours worked rose 0.4%, the bureau said, and underemployment was steady at 5.8%.

Markets now price a roughly one-in-three chance of a rate cut at the Reserve Bank of Australia's next meeting, up from one in five before the data, according to the ASX's rate tracker.

"It's a soft month after a very strong run," said Priya Raman, head of Australian economics at Coralbay Bank. She noted that employment had still grown by 297,000 over the past year, an annual pace of 2.0%, faster than the population.

Others were less sanguine. Job advertisements have fallen in eight of the past 10 months, figures compiled by online job board Seekwell show, and a survey of small businesses found that a quarter planned to freeze hiring before Christmas.

The central bank has cut its cash rate three times this year, to 3.6%, and has said it wants to see more evidence that inflation is heading back to the middle of its 2%-3% target band.
""", [
    F("5,400", 5400, "#job", "C", "dn", "Australian employment|employment", "2025-08", "Australian Bureau of Statistics",
      source_alt=["ABS", "bureau"], unit_alt=["person"]),
    F("22,000", 22000, "#job", "C", "up", "forecast employment rise|employment|rise", "2025-08", None,
      source_alt=["forecasts", "economists"], unit_alt=["person"]),
    F("0.4%", 0.4, "%", "C", "dn", "Australian dollar|local dollar|dollar", DAY(P), None, ctx="down 0.4%"),
    CENTS("US65.81c", 65.81, "$", "L", "dn", "Australian dollar|local dollar|dollar", DAY(P), None,
          sub="US cent"),
    F("4.2%", 4.2, "%", "L", "unch", "jobless rate|unemployment rate|rate", "2025-08", None,
      source_alt=["Australian Bureau of Statistics"], direction_alt=[None]),
    F("66.8%", 66.8, "%", "L", "dn", "participation rate|rate", "2025-08", None, kind_alt=["share"],
      source_alt=["Australian Bureau of Statistics"]),
    F("67.0%", 67.0, "%", "L", None, "participation rate|rate", "2025-07", None, kind_alt=["share"],
      source_alt=["Australian Bureau of Statistics"]),
    F("40,900", 40900, "#job", "C", "dn", "full-time jobs|jobs", "2025-08", None,
      source_alt=["Australian Bureau of Statistics"]),
    F("35,500", 35500, "#job", "C", "up", "part-time employment|employment", "2025-08", None,
      source_alt=["Australian Bureau of Statistics"]),
    F("0.4%", 0.4, "%", "C", "up", "monthly hours worked|hours worked|hours", "2025-08", "bureau",
      ctx="rose 0.4%", source_alt=["Australian Bureau of Statistics"]),
    F("5.8%", 5.8, "%", "L", "unch", "underemployment|underemployment rate", "2025-08", "bureau",
      source_alt=["Australian Bureau of Statistics"], direction_alt=[None]),
    FR("roughly one-in-three", 1, 3, "L", "up", "chance of a rate cut|chance|probability", None, "ASX's rate tracker",
       source_alt=["ASX", "markets"], kind_alt=["share"], direction_alt=[None]),
    FR("one in five", 1, 5, "L", None, "chance of a rate cut|chance|probability", None, "ASX's rate tracker",
       source_alt=["ASX", "markets"], kind_alt=["share"]),
    F("297,000", 297000, "#job", "C", "up", "employment", span12(2025, 8), "Priya Raman", source_alt=["Raman"],
      unit_alt=["person"]),
    F("2.0%", 2.0, "%", "C", "up", "employment growth|employment|pace", span12(2025, 8), "Priya Raman",
      source_alt=["Raman"]),
    F("eight", 8, "#month", "L", None, "months in which job advertisements fell|job advertisements|months",
      ("2024-11", "2025-08"), "Seekwell", source_alt=["figures"], period_alt=[None]),
    F("10", 10, "#month", "L", None, "months|past months", ("2024-11", "2025-08"), "Seekwell",
      ctx="past 10 months", source_alt=["figures"], period_alt=[None]),
    FR("a quarter", 1, 4, "S", None, "small businesses planning to freeze hiring|small businesses|businesses", None,
       None, source_alt=["survey"]),
    F("three", 3, "#cut", "L", None, "cash rate cuts|cuts|cash rate", ("2025-01", "2025-09"), None,
      ctx="three times", source_alt=["Reserve Bank of Australia", "central bank"], kind_alt=["change"],
      period_alt=[Y(2025)]),
    F("3.6%", 3.6, "%", "L", "dn", "cash rate|rate", DAY(P), None, source_alt=["Reserve Bank of Australia"],
      period_alt=[None]),
    F("2%-3%", 2, "%", "L", None, "inflation target band|target band|band", None, None, value_hi=3,
      source_alt=["Reserve Bank of Australia", "central bank"]),
])

# ---------------------------------------------------------------- 10 UK labour market
P = "2025-11-12"  # Wednesday
TUE = last(P, "Tuesday")
story("b55-10", P, """
Britain's unemployment rate rose to 5.1% in the three months to September, the highest since early 2021, official figures showed on Tuesday, as employers shed staff ahead of this month's budget.

The Office for National Statistics said the number of payrolled employees fell by 32,000 in October to 30.3 million, according to early estimates, and was 180,000 lower than a year earlier.

Regular pay, excluding bonuses, grew at an annual rate of 4.6% in the three months to September, down from 4.8% in the previous three-month period. Adjusted for inflation, regular pay rose 0.8%. Public sector pay growth of 6.4% was more than twice the 2.9% recorded in the private sector.

Vacancies fell by 9,000 to 717,000 in the August-to-October period, their lowest since the spring of 2021. Roughly one in eight people aged 16 to 24 were not in education, employment or training.

"The labour market is loosening quickly, and pay growth is following," said Gwen Oduya, an economist at Lattimore Capital. "We think the Bank of England will cut rates by a quarter point in December, taking Bank Rate to 3.75%."

Employers' groups blamed April's rise in National Insurance contributions, which they say added about £25 billion a year to payroll costs, for the slowdown in hiring. Retail and hospitality accounted for more than half of the payroll jobs lost over the past year.
""", [
    F("5.1%", 5.1, "%", "L", "up", "Britain's unemployment rate|unemployment rate|rate", ("2025-07", "2025-09"),
      "official figures", source_alt=["Office for National Statistics", "ONS"]),
    F("32,000", 32000, "#employee", "C", "dn", "number of payrolled employees|payrolled employees|employees", "2025-10",
      "Office for National Statistics", source_alt=["ONS", "estimates"]),
    F("30.3 million", 30.3e6, "#employee", "L", "dn", "number of payrolled employees|payrolled employees|employees",
      "2025-10", "Office for National Statistics", source_alt=["ONS", "estimates"]),
    F("180,000", 180000, "#employee", "C", "dn", "number of payrolled employees|payrolled employees|employees",
      "2025-10", "Office for National Statistics", source_alt=["ONS", "estimates"]),
    F("4.6%", 4.6, "%", "C", "up", "regular pay excluding bonuses|regular pay|pay", ("2025-07", "2025-09"), None,
      source_alt=["Office for National Statistics"], direction_alt=["decrease"]),
    F("4.8%", 4.8, "%", "C", None, "regular pay excluding bonuses|regular pay|pay", ("2025-04", "2025-06"), None,
      source_alt=["Office for National Statistics"], direction_alt=["increase"]),
    F("0.8%", 0.8, "%", "C", "up", "inflation-adjusted regular pay|real regular pay|pay", ("2025-07", "2025-09"), None,
      source_alt=["Office for National Statistics"]),
    F("6.4%", 6.4, "%", "C", "up", "public sector pay growth|pay growth|pay", ("2025-07", "2025-09"), None,
      source_alt=["Office for National Statistics"]),
    X("more than twice", 2, "R", None, "public sector pay growth relative to private sector|pay growth",
      ("2025-07", "2025-09"), None, source_alt=["Office for National Statistics"]),
    F("2.9%", 2.9, "%", "C", "up", "private sector pay growth|pay growth|pay", ("2025-07", "2025-09"), None,
      source_alt=["Office for National Statistics"]),
    F("9,000", 9000, "#vacancy", "C", "dn", "vacancies", ("2025-08", "2025-10"), None,
      source_alt=["Office for National Statistics"]),
    F("717,000", 717000, "#vacancy", "L", "dn", "vacancies", ("2025-08", "2025-10"), None,
      source_alt=["Office for National Statistics"]),
    FR("Roughly one in eight", 1, 8, "S", None,
       "young people not in education, employment or training|people not in education, employment or training|young people",
       ("2025-07", "2025-09"), None, source_alt=["Office for National Statistics"], period_alt=[None]),
    QP("a quarter point", "C", "dn", "Bank of England rate cut|rates|cut", "2025-12", "Gwen Oduya",
       source_alt=["Oduya", "Lattimore Capital"]),
    F("3.75%", 3.75, "%", "L", "dn", "Bank Rate|rate", "2025-12", "Gwen Oduya", source_alt=["Oduya", "Lattimore Capital"]),
    F("about £25 billion", 25e9, "£", "C", "up", "payroll costs|costs", None, "employers' groups",
      source_alt=["employers"], kind_alt=["level"]),
    FR("more than half", 1, 2, "S", None, "retail and hospitality share of payroll jobs lost|payroll jobs lost|jobs",
       span12(2025, 10), None, source_alt=["Office for National Statistics"], period_alt=[None]),
], ex=["16 to 24", "three-month", "three months to September"])
