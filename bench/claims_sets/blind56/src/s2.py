"""blind56 s2: company results with a rival or an industry paragraph, issuance, trading updates (b56-11..b56-20)."""
from common import *

NOK = ["crown", "krone", "Norwegian crown", "kroner"]
TWD = ["NT$", "New Taiwan dollar", "Taiwan dollar"]

# ---------------------------------------------------------------- 11 US department store
P = on("2025-11-18", "Tuesday")
FQ3 = ("2025-08", "2025-10")
FY = ("2025-02", "2026-01")
story("b56-11", P, """
Harrow & Pine raised its full-year profit forecast on Tuesday after comparable sales rose 4.2% in its third quarter, beating analysts' estimates of a 2.8% increase, as shoppers spent more on beauty products and home goods. Its shares jumped 7% in premarket trading.

The department store chain, which runs 412 stores in 38 states, now expects adjusted earnings of $3.35 to $3.50 per share for the year ending in January, up from its previous range of $3.10 to $3.30. Analysts on average expect $3.28, according to LSEG data.

Net sales rose 3.1% to $4.86 billion in the quarter ended Oct. 31, and gross margin widened 60 basis points to 38.4%. Online sales, which make up about a quarter of revenue, jumped 11% from the same period last year. Inventories were 2% lower than a year before.

"We went into the holiday season lean and with the right brands," Chief Executive Marianne Okafor told analysts on a call.

Rival Castellan Stores, which reported three weeks earlier, cut its annual forecast after comparable sales fell 1.5% in its quarter ended in September. Castellan's shares have lost 18% since then.

The National Retail Federation has forecast that holiday sales in November and December will grow 3% to 3.5% from a year earlier.
""", [
    F("4.2%", 4.2, "%", "C", "up", "Harrow & Pine's comparable sales|comparable sales|sales", FQ3, None,
      source_alt=["Harrow & Pine"]),
    F("2.8%", 2.8, "%", "C", "up", "analysts' estimate of comparable sales growth|comparable sales|estimates", FQ3,
      "analysts", source_alt=["analysts' estimates"]),
    F("7%", 7, "%", "C", "up", "Harrow & Pine's shares|shares", DAY(P), None),
    F("412", 412, "#store", "L", None, "Harrow & Pine's stores|stores", None, None, source_alt=["Harrow & Pine"]),
    F("38", 38, "#state", "L", None, "states where Harrow & Pine has stores|states", None, None, ctx="38 states",
      source_alt=["Harrow & Pine"]),
    F("$3.35 to $3.50", 3.35, "$", "L", "up", "adjusted earnings per share forecast|adjusted earnings|earnings",
      FY, "Harrow & Pine", value_hi=3.5, unit_alt=["USD per share"], source_alt=["department store chain"],
      direction_alt=[None]),
    F("$3.10 to $3.30", 3.10, "$", "L", None, "previous adjusted earnings per share forecast|previous range|earnings",
      FY, "Harrow & Pine", value_hi=3.3, unit_alt=["USD per share"], source_alt=["department store chain"]),
    F("$3.28", 3.28, "$", "L", None, "analysts' average earnings per share estimate|earnings|estimate", FY, "LSEG",
      unit_alt=["USD per share"], source_alt=["analysts"]),
    F("3.1%", 3.1, "%", "C", "up", "Harrow & Pine's net sales|net sales|sales", FQ3, None,
      source_alt=["Harrow & Pine"]),
    F("$4.86 billion", 4.86e9, "$", "L", "up", "Harrow & Pine's net sales|net sales|sales", FQ3, None,
      source_alt=["Harrow & Pine"]),
    F("60 basis points", 60, "bp", "C", "up", "gross margin|margin", FQ3, None, source_alt=["Harrow & Pine"]),
    F("38.4%", 38.4, "%", "L", "up", "gross margin|margin", FQ3, None, source_alt=["Harrow & Pine"],
      kind_alt=["ratio", "share"]),
    FR("about a quarter", 1, 4, "S", None, "online sales' share of revenue|share of revenue|online sales", None, None,
       source_alt=["Harrow & Pine"], period_alt=[FQ3]),
    F("11%", 11, "%", "C", "up", "online sales|sales", FQ3, None, source_alt=["Harrow & Pine"]),
    F("2%", 2, "%", "C", "dn", "inventories", "2025-10", None, ctx="were 2% lower",
      source_alt=["Harrow & Pine"], period_alt=[FQ3, "2025-10-31"]),
    F("1.5%", 1.5, "%", "C", "dn", "Castellan Stores' comparable sales|comparable sales|sales", ("2025-07", "2025-09"),
      None, source_alt=["Castellan Stores", "Castellan"]),
    F("18%", 18, "%", "C", "dn", "Castellan's shares|shares", (plus(P, -21), P), None, period_alt=[None]),
    F("3% to 3.5%", 3, "%", "C", "up", "holiday sales|sales", ("2025-11", "2025-12"), "National Retail Federation",
      value_hi=3.5, source_alt=["NRF"]),
], ex=["third quarter", "quarter ended Oct. 31", "three weeks earlier", "quarter ended in September"])

# ---------------------------------------------------------------- 12 UK bank
P = on("2025-10-23", "Thursday")
Q3 = Q(2025, 3)
story("b56-12", P, """
Thistle Banking Group reported a 14% rise in third-quarter pretax profit to £1.62 billion on Thursday, ahead of the £1.49 billion analysts had expected on average, according to a company-compiled consensus, and raised its target for return on tangible equity this year to more than 15%.

Net interest income rose 9% from a year before to £3.41 billion, and the net interest margin widened to 3.12% from 3.05% in the previous quarter. Impairment charges fell to £188 million from £241 million a year earlier.

Mortgage balances grew by £2.3 billion over the three months, while customer deposits were broadly flat at £318 billion. The lender's common equity tier 1 ratio stood at 14.1%, above its target of about 13%.

Thistle also said it would buy back up to £750 million of shares, taking total distributions for the year to £3.2 billion. Its shares rose 3.4% in early trading and are up 41% so far this year.

The results come as Britain's mortgage market cools. Lenders approved 64,700 mortgages for house purchase in August, down from 65,300 in July, Bank of England data showed last month. The effective rate on newly drawn mortgages fell 6 basis points to 4.21% in August, the lowest since early 2023.
""", [
    F("14%", 14, "%", "C", "up", "Thistle's pretax profit|pretax profit|profit", Q3, "Thistle Banking Group",
      source_alt=["Thistle"]),
    F("£1.62 billion", 1.62e9, "£", "L", "up", "Thistle's pretax profit|pretax profit|profit", Q3,
      "Thistle Banking Group", source_alt=["Thistle"]),
    F("£1.49 billion", 1.49e9, "£", "L", None, "analysts' average pretax profit forecast|pretax profit|profit", Q3,
      "company-compiled consensus", source_alt=["consensus", "analysts"]),
    F("more than 15%", 15, "%", "L", "up", "target for return on tangible equity|return on tangible equity|target",
      Y(2025), None, source_alt=["Thistle Banking Group", "Thistle"], kind_alt=["ratio"]),
    F("9%", 9, "%", "C", "up", "net interest income|income", Q3, None, source_alt=["Thistle"]),
    F("£3.41 billion", 3.41e9, "£", "L", "up", "net interest income|income", Q3, None, source_alt=["Thistle"]),
    F("3.12%", 3.12, "%", "L", "up", "net interest margin|margin", Q3, None, source_alt=["Thistle"],
      kind_alt=["ratio"]),
    F("3.05%", 3.05, "%", "L", None, "net interest margin|margin", Q(2025, 2), None, source_alt=["Thistle"],
      kind_alt=["ratio"]),
    F("£188 million", 188e6, "£", "L", "dn", "impairment charges|charges", Q3, None, source_alt=["Thistle"]),
    F("£241 million", 241e6, "£", "L", None, "impairment charges|charges", Q(2024, 3), None, source_alt=["Thistle"]),
    F("£2.3 billion", 2.3e9, "£", "C", "up", "mortgage balances|balances", Q3, None, source_alt=["Thistle"]),
    F("£318 billion", 318e9, "£", "L", "unch", "customer deposits|deposits", Q3, None, source_alt=["Thistle"],
      direction_alt=[None], period_alt=["2025-09"]),
    F("14.1%", 14.1, "%", "L", None, "common equity tier 1 ratio|capital ratio|ratio", Q3, None,
      source_alt=["Thistle"], kind_alt=["ratio"], period_alt=["2025-09"]),
    F("about 13%", 13, "%", "L", None, "lender's capital ratio target|target", None, None, source_alt=["Thistle"],
      kind_alt=["ratio"]),
    F("up to £750 million", 750e6, "£", "L", None, "share buyback|buyback|shares", None, "Thistle",
      source_alt=["Thistle Banking Group"]),
    F("£3.2 billion", 3.2e9, "£", "L", "up", "total distributions|distributions", Y(2025), "Thistle",
      source_alt=["Thistle Banking Group"]),
    F("3.4%", 3.4, "%", "C", "up", "Thistle's shares|shares", DAY(P), None),
    F("41%", 41, "%", "C", "up", "Thistle's shares|shares", ytd(P), None, period_alt=[("2025-01-01", P)]),
    F("64,700", 64700, "#mortgage", "L", "dn", "mortgage approvals for house purchase|mortgages|approvals",
      "2025-08", "Bank of England", source_alt=["data"], unit_alt=["approval"]),
    F("65,300", 65300, "#mortgage", "L", None, "mortgage approvals for house purchase|mortgages|approvals",
      "2025-07", "Bank of England", source_alt=["data"], unit_alt=["approval"]),
    F("6 basis points", 6, "bp", "C", "dn", "effective rate on newly drawn mortgages|effective rate|rate", "2025-08",
      None, source_alt=["Bank of England"]),
    F("4.21%", 4.21, "%", "L", "dn", "effective rate on newly drawn mortgages|effective rate|rate", "2025-08",
      None, source_alt=["Bank of England"]),
], ex=["third-quarter", "previous quarter", "three months", "tier 1"])

# ---------------------------------------------------------------- 13 Norwegian airline + IATA
P = on("2026-07-29", "Wednesday")
Q2 = Q(2026, 2)
story("b56-13", P, """
Nordvik Air swung to a second-quarter operating profit of 1.18 billion Norwegian crowns from a loss of 240 million crowns a year earlier, the low-cost carrier said on Wednesday, as it flew a record 7.9 million passengers and fuel bills fell.

Revenue rose 12% to 9.6 billion crowns in the April-June period. The load factor, the share of seats filled, improved by 2.4 percentage points to 87.1%, while unit costs excluding fuel fell 3%.

Fuel accounted for 27% of operating costs, compared with 31% a year before. The airline has hedged about 70% of its expected fuel consumption for the rest of the year at an average of $740 per tonne.

Chief Executive Ingrid Solberg said bookings for the July-September quarter were running 5% ahead of last year, and she kept the target for full-year capacity growth of 8% to 10%. The shares rose 6.2% in Oslo.

Across the industry, global passenger traffic, measured in revenue passenger kilometres, rose 5.4% in June from a year earlier, the International Air Transport Association said on Tuesday. European airlines grew traffic by 6.8%. The industry-wide load factor reached a record 85.9% for the month.
""", [
    F("1.18 billion Norwegian crowns", 1.18e9, "NOK", "L", "up", "Nordvik Air's operating profit|operating profit|profit",
      Q2, "Nordvik Air", unit_alt=NOK, source_alt=["low-cost carrier", "carrier"], direction_alt=[None]),
    F("240 million crowns", 240e6, "NOK", "L", None, "Nordvik Air's operating loss|operating loss|loss", Q(2025, 2),
      "Nordvik Air", value_alt=[-240e6], unit_alt=NOK, source_alt=["low-cost carrier", "carrier"]),
    F("7.9 million", 7.9e6, "#passenger", "L", "up", "passengers carried by Nordvik Air|passengers", Q2,
      "Nordvik Air", source_alt=["low-cost carrier", "carrier"]),
    F("12%", 12, "%", "C", "up", "Nordvik Air's revenue|revenue", Q2, None, source_alt=["Nordvik Air"]),
    F("9.6 billion crowns", 9.6e9, "NOK", "L", "up", "Nordvik Air's revenue|revenue", Q2, None, unit_alt=NOK,
      source_alt=["Nordvik Air"]),
    F("2.4 percentage points", 2.4, "pp", "C", "up", "Nordvik Air's load factor|load factor", Q2, None,
      source_alt=["Nordvik Air"]),
    F("87.1%", 87.1, "%", "L", "up", "Nordvik Air's load factor|load factor", Q2, None, source_alt=["Nordvik Air"],
      kind_alt=["share"]),
    F("3%", 3, "%", "C", "dn", "unit costs excluding fuel|unit costs|costs", Q2, None, source_alt=["Nordvik Air"]),
    F("27%", 27, "%", "S", None, "fuel's share of operating costs|operating costs|fuel", Q2, None,
      source_alt=["Nordvik Air"]),
    F("31%", 31, "%", "S", None, "fuel's share of operating costs|operating costs|fuel", Q(2025, 2), None,
      source_alt=["Nordvik Air"]),
    F("about 70%", 70, "%", "S", None, "share of expected fuel consumption hedged|fuel consumption|fuel",
      ("2026-07", "2026-12"), None, source_alt=["Nordvik Air", "airline"]),
    F("$740", 740, "$", "L", None, "average hedged fuel price|fuel price|average", ("2026-07", "2026-12"), None,
      unit_alt=["USD per tonne"], source_alt=["Nordvik Air", "airline"]),
    F("5%", 5, "%", "C", "up", "bookings for the July-September quarter|bookings", Q(2026, 3), "Ingrid Solberg",
      source_alt=["Solberg", "Nordvik Air"]),
    F("8% to 10%", 8, "%", "C", "up", "full-year capacity growth target|capacity growth|capacity", Y(2026),
      "Ingrid Solberg", value_hi=10, source_alt=["Solberg", "Nordvik Air"], direction_alt=[None],
      kind_alt=["level"]),
    F("6.2%", 6.2, "%", "C", "up", "Nordvik Air's shares|shares", DAY(P), None),
    F("5.4%", 5.4, "%", "C", "up", "global passenger traffic|passenger traffic|traffic", "2026-06",
      "International Air Transport Association", source_alt=["IATA"]),
    F("6.8%", 6.8, "%", "C", "up", "European airlines' traffic|traffic", "2026-06", None,
      source_alt=["International Air Transport Association", "IATA"]),
    F("85.9%", 85.9, "%", "L", "up", "industry-wide load factor|load factor", "2026-06", None,
      source_alt=["International Air Transport Association", "IATA"], kind_alt=["share"], direction_alt=[None]),
], ex=["second-quarter", "July-September quarter"])

# ---------------------------------------------------------------- 14 Japanese electronics maker
P = on("2026-05-08", "Friday")
FY26 = ("2026-04", "2027-03")
FY25 = ("2025-04", "2026-03")
story("b56-14", P, """
Hoshizora Electric forecast a 9% fall in operating profit for the current fiscal year on Friday, citing a stronger yen and U.S. tariffs, after posting record results for the year ended in March.

The Osaka-based maker of air conditioners and factory equipment expects operating profit of 412 billion yen in the year to March 2027, below the 447 billion yen average estimate of 18 analysts compiled by LSEG. It assumes an exchange rate of 140 yen per dollar, compared with an average of 151 yen last year.

Operating profit rose 16% to 453 billion yen in the year ended March 31 on revenue of 5.27 trillion yen, up 6%. Net profit climbed 21% to 318 billion yen.

The company raised its annual dividend to 64 yen per share from 52 yen and announced a buyback of up to 80 billion yen, or 3.1% of shares outstanding.

Each 1-yen rise in the yen against the dollar cuts annual operating profit by about 3.5 billion yen, the company said.

Rival Takumi Industries, which reported two weeks earlier, forecast a 4% rise in operating profit for the current year to 198 billion yen. Japan's exports of machinery rose 3.2% in March from a year earlier, Finance Ministry data showed last month.
""", [
    F("9%", 9, "%", "C", "dn", "Hoshizora Electric's operating profit|operating profit|profit", FY26,
      "Hoshizora Electric", source_alt=["Hoshizora"]),
    F("412 billion yen", 412e9, "¥", "L", None, "Hoshizora Electric's operating profit|operating profit|profit", FY26,
      "Hoshizora Electric", source_alt=["Hoshizora", "maker"], direction_alt=["decrease"]),
    F("447 billion yen", 447e9, "¥", "L", None, "analysts' average operating profit estimate|estimate|operating profit",
      FY26, "LSEG", source_alt=["analysts"]),
    F("18", 18, "#analyst", "L", None, "analysts in the LSEG estimate|analysts", None, "LSEG", ctx="of 18 analysts"),
    F("140 yen", 140, "¥", "L", None, "assumed exchange rate|exchange rate|yen", FY26, "Hoshizora Electric",
      unit_alt=["yen per dollar"], source_alt=["Hoshizora"]),
    F("151 yen", 151, "¥", "L", None, "average exchange rate|exchange rate|yen", FY25, None,
      unit_alt=["yen per dollar"], source_alt=["Hoshizora Electric", "Hoshizora"]),
    F("16%", 16, "%", "C", "up", "Hoshizora Electric's operating profit|operating profit|profit", FY25, None,
      source_alt=["Hoshizora Electric"]),
    F("453 billion yen", 453e9, "¥", "L", "up", "Hoshizora Electric's operating profit|operating profit|profit", FY25,
      None, source_alt=["Hoshizora Electric"]),
    F("5.27 trillion yen", 5.27e12, "¥", "L", "up", "Hoshizora Electric's revenue|revenue", FY25, None,
      source_alt=["Hoshizora Electric"], direction_alt=[None]),
    F("6%", 6, "%", "C", "up", "Hoshizora Electric's revenue|revenue", FY25, None, ctx="up 6%",
      source_alt=["Hoshizora Electric"]),
    F("21%", 21, "%", "C", "up", "Hoshizora Electric's net profit|net profit|profit", FY25, None,
      source_alt=["Hoshizora Electric"]),
    F("318 billion yen", 318e9, "¥", "L", "up", "Hoshizora Electric's net profit|net profit|profit", FY25, None,
      source_alt=["Hoshizora Electric"]),
    F("64 yen", 64, "¥", "L", "up", "annual dividend per share|dividend", FY25, None,
      source_alt=["Hoshizora Electric", "company"], unit_alt=["yen per share"], period_alt=[None]),
    F("52 yen", 52, "¥", "L", None, "previous annual dividend per share|dividend", ("2024-04", "2025-03"), None,
      source_alt=["Hoshizora Electric", "company"], unit_alt=["yen per share"], period_alt=[None]),
    F("up to 80 billion yen", 80e9, "¥", "L", None, "share buyback|buyback", None, None,
      source_alt=["Hoshizora Electric", "company"]),
    F("3.1%", 3.1, "%", "S", None, "buyback as a share of shares outstanding|shares outstanding|buyback", None, None,
      source_alt=["Hoshizora Electric", "company"]),
    F("about 3.5 billion yen", 3.5e9, "¥", "C", None, "annual operating profit sensitivity|operating profit|profit",
      None, "company", source_alt=["Hoshizora Electric"], direction_alt=["decrease"], period_alt=[FY26]),
    F("4%", 4, "%", "C", "up", "Takumi Industries' operating profit|operating profit|profit", FY26,
      "Takumi Industries", source_alt=["Takumi"]),
    F("198 billion yen", 198e9, "¥", "L", "up", "Takumi Industries' operating profit|operating profit|profit", FY26,
      "Takumi Industries", source_alt=["Takumi"], direction_alt=[None]),
    F("3.2%", 3.2, "%", "C", "up", "Japan's machinery exports|exports of machinery|exports", "2026-03",
      "Finance Ministry", source_alt=["data"]),
], ex=["1-yen", "two weeks earlier"])

# ---------------------------------------------------------------- 15 Taiwanese chipmaker + SIA
P = on("2026-01-15", "Thursday")
Q4 = Q(2025, 4)
story("b56-15", P, """
Lanyang Semiconductor posted a 38% jump in fourth-quarter net profit on Thursday, beating forecasts, and said it expects revenue to grow about 30% this year as demand for artificial-intelligence chips shows no sign of slowing.

The contract chipmaker earned NT$412.6 billion in the October-December period, up from NT$299 billion a year earlier and above the NT$398 billion average of 21 analysts polled by LSEG. Revenue rose 31% to NT$1.06 trillion. Gross margin was 61.2%, up from 59.5% in the July-September period.

Lanyang expects first-quarter revenue of between $34.6 billion and $35.8 billion, compared with $32.7 billion in the final three months of 2025, and a gross margin of 60% to 62%. It set capital spending for 2026 at $52 billion to $56 billion, up from $40.9 billion last year.

Chips made with the most advanced processes accounted for 64% of wafer revenue in the latest period. Lanyang's shares have risen 58% over the past 12 months, giving the company a market value of about $1.3 trillion.

Global semiconductor sales rose 24% in November from a year earlier to $72.4 billion, the Semiconductor Industry Association said last week.
""", [
    F("38%", 38, "%", "C", "up", "Lanyang's net profit|net profit|profit", Q4, None,
      source_alt=["Lanyang Semiconductor", "Lanyang"]),
    F("about 30%", 30, "%", "C", "up", "Lanyang's revenue|revenue", Y(2026), "Lanyang Semiconductor",
      source_alt=["Lanyang"]),
    F("NT$412.6 billion", 412.6e9, "TWD", "L", "up", "Lanyang's net profit|net profit|profit", Q4, None,
      unit_alt=TWD, source_alt=["Lanyang Semiconductor", "chipmaker"]),
    F("NT$299 billion", 299e9, "TWD", "L", None, "Lanyang's net profit|net profit|profit", Q(2024, 4), None,
      unit_alt=TWD, source_alt=["Lanyang Semiconductor", "chipmaker"]),
    F("NT$398 billion", 398e9, "TWD", "L", None, "analysts' average net profit estimate|estimate|net profit", Q4,
      "LSEG", unit_alt=TWD, source_alt=["analysts"]),
    F("21", 21, "#analyst", "L", None, "analysts polled by LSEG|analysts", None, "LSEG"),
    F("31%", 31, "%", "C", "up", "Lanyang's revenue|revenue", Q4, None, source_alt=["Lanyang"]),
    F("NT$1.06 trillion", 1.06e12, "TWD", "L", "up", "Lanyang's revenue|revenue", Q4, None, unit_alt=TWD,
      source_alt=["Lanyang"]),
    F("61.2%", 61.2, "%", "L", "up", "Lanyang's gross margin|gross margin|margin", Q4, None, source_alt=["Lanyang"],
      kind_alt=["ratio"]),
    F("59.5%", 59.5, "%", "L", None, "Lanyang's gross margin|gross margin|margin", Q(2025, 3), None,
      source_alt=["Lanyang"], kind_alt=["ratio"]),
    F("$34.6 billion and $35.8 billion", 34.6e9, "$", "L", None, "Lanyang's revenue forecast|revenue", Q(2026, 1),
      "Lanyang", value_hi=35.8e9, source_alt=["Lanyang Semiconductor"], direction_alt=["increase"]),
    F("$32.7 billion", 32.7e9, "$", "L", None, "Lanyang's revenue|revenue", Q4, None,
      source_alt=["Lanyang", "Lanyang Semiconductor"]),
    F("60% to 62%", 60, "%", "L", None, "Lanyang's gross margin forecast|gross margin|margin", Q(2026, 1), "Lanyang",
      value_hi=62, source_alt=["Lanyang Semiconductor"], kind_alt=["ratio"]),
    F("$52 billion to $56 billion", 52e9, "$", "L", "up", "Lanyang's capital spending|capital spending|capex",
      Y(2026), None, value_hi=56e9, source_alt=["Lanyang"], direction_alt=[None]),
    F("$40.9 billion", 40.9e9, "$", "L", None, "Lanyang's capital spending|capital spending|capex", Y(2025), None,
      source_alt=["Lanyang"]),
    F("64%", 64, "%", "S", None, "advanced-process chips' share of wafer revenue|wafer revenue|chips", Q4, None,
      source_alt=["Lanyang"], period_alt=[None]),
    F("58%", 58, "%", "C", "up", "Lanyang's shares|shares", (year_ago(P), P), None,
      period_alt=[("2025-01", "2026-01"), ("2025-02", "2026-01"), None]),
    F("about $1.3 trillion", 1.3e12, "$", "L", None, "Lanyang's market value|market value", DAY(P), None,
      period_alt=[None]),
    F("24%", 24, "%", "C", "up", "global semiconductor sales|semiconductor sales|sales", "2025-11",
      "Semiconductor Industry Association", source_alt=["SIA"]),
    F("$72.4 billion", 72.4e9, "$", "L", "up", "global semiconductor sales|semiconductor sales|sales", "2025-11",
      "Semiconductor Industry Association", source_alt=["SIA"]),
], ex=["fourth-quarter", "first-quarter", "final three months", "past 12 months"])

# ---------------------------------------------------------------- 16 Indian carmaker monthly sales (PTI)
P = on("2025-11-01", "Saturday")
OCT = "2025-10"
story("b56-16", P, """
Vayu Motors on Saturday reported a 17 per cent rise in total sales to 2,21,460 units in October, helped by festive demand and lower GST rates on small cars.

Domestic passenger vehicle sales rose to 1,92,315 units from 1,61,870 units in October last year, the company said in a statement. Exports grew 9 per cent to 29,145 units.

Sales of compact cars, which now attract GST of 18 per cent instead of 28 per cent, jumped 31 per cent from the previous month, while utility vehicle sales rose 14 per cent year-on-year to 68,400 units.

"Bookings remain strong and we are carrying a backlog of about 1.8 lakh vehicles," said Rajiv Bansal, senior executive officer for marketing and sales. Dealer inventory has fallen to about 21 days from 35 days in August, he added.

Rival Kestrel Auto reported a 12 per cent increase in domestic sales to 74,210 units, while the sales of two-wheeler maker Tarang Mobility climbed 22 per cent to 5,48,900 units.

Industry body SIAM has forecast domestic passenger vehicle sales of 45 lakh units for 2025-26, up about 4 per cent from the previous year.
""", [
    F("17 per cent", 17, "%", "C", "up", "Vayu Motors' total sales|total sales|sales", OCT, "Vayu Motors"),
    F("2,21,460", 221460, "#unit", "L", "up", "Vayu Motors' total sales|total sales|sales", OCT, "Vayu Motors",
      unit_alt=["vehicle"]),
    F("1,92,315", 192315, "#unit", "L", "up", "domestic passenger vehicle sales|passenger vehicle sales|sales", OCT,
      "company", source_alt=["Vayu Motors"], unit_alt=["vehicle"]),
    F("1,61,870", 161870, "#unit", "L", None, "domestic passenger vehicle sales|passenger vehicle sales|sales",
      "2024-10", "company", source_alt=["Vayu Motors"], unit_alt=["vehicle"]),
    F("9 per cent", 9, "%", "C", "up", "Vayu Motors' exports|exports", OCT, None, source_alt=["Vayu Motors"]),
    F("29,145", 29145, "#unit", "L", "up", "Vayu Motors' exports|exports", OCT, None, source_alt=["Vayu Motors"],
      unit_alt=["vehicle"]),
    F("18 per cent", 18, "%", "L", None, "GST rate on compact cars|GST rate|GST", None, None,
      direction_alt=["decrease"], kind_alt=["ratio"]),
    F("28 per cent", 28, "%", "L", None, "previous GST rate on compact cars|GST rate|GST", None, None,
      kind_alt=["ratio"]),
    F("31 per cent", 31, "%", "C", "up", "Vayu Motors' compact car sales|compact cars|sales", OCT, None,
      source_alt=["Vayu Motors"]),
    F("14 per cent", 14, "%", "C", "up", "Vayu Motors' utility vehicle sales|utility vehicle sales|sales", OCT, None,
      source_alt=["Vayu Motors"]),
    F("68,400", 68400, "#unit", "L", "up", "Vayu Motors' utility vehicle sales|utility vehicle sales|sales", OCT,
      None, source_alt=["Vayu Motors"], unit_alt=["vehicle"]),
    LAKH("about 1.8 lakh", 1.8, "#vehicle", "L", None, "Vayu Motors' order backlog|backlog", DAY(P), "Rajiv Bansal",
         source_alt=["Bansal", "Vayu Motors"], period_alt=[None]),
    F("about 21 days", 21, "d", "L", "dn", "dealer inventory|inventory", DAY(P), "Rajiv Bansal",
      source_alt=["Bansal"], period_alt=[OCT, None]),
    F("35 days", 35, "d", "L", None, "dealer inventory|inventory", "2025-08", "Rajiv Bansal",
      source_alt=["Bansal"]),
    F("12 per cent", 12, "%", "C", "up", "Kestrel Auto's domestic sales|domestic sales|sales", OCT, "Kestrel Auto"),
    F("74,210", 74210, "#unit", "L", "up", "Kestrel Auto's domestic sales|domestic sales|sales", OCT, "Kestrel Auto",
      unit_alt=["vehicle"]),
    F("22 per cent", 22, "%", "C", "up", "Tarang Mobility's sales|sales", OCT, None, source_alt=["Tarang Mobility"]),
    F("5,48,900", 548900, "#unit", "L", "up", "Tarang Mobility's sales|sales", OCT, None,
      source_alt=["Tarang Mobility"], unit_alt=["vehicle"]),
    LAKH("45 lakh", 45, "#unit", "L", "up", "domestic passenger vehicle sales|passenger vehicle sales|sales",
         ("2025-04", "2026-03"), "SIAM", source_alt=["industry body"], direction_alt=[None], unit_alt=["vehicle"]),
    F("about 4 per cent", 4, "%", "C", "up", "domestic passenger vehicle sales|passenger vehicle sales|sales",
      ("2025-04", "2026-03"), "SIAM", source_alt=["industry body"]),
], ex=["two-wheeler"])

# ---------------------------------------------------------------- 17 Australian iron ore miner (AAP)
P = on("2026-02-18", "Wednesday")
H1 = ("2025-07", "2025-12")
H1P = ("2024-07", "2024-12")
story("b56-17", P, """
Iron ore miner Pilbara Ridge Resources has lifted its interim dividend after half-year profit rose 11 per cent on stronger prices and record shipments from its flagship Wandoo mine.

Net profit after tax rose to US$2.84 billion in the six months to December 31 from US$2.56 billion a year earlier, the company told the ASX on Wednesday. Revenue increased 7 per cent to US$9.12 billion.

The board declared a fully franked interim dividend of 86 US cents a share, up from 74 US cents, to be paid on March 26.

Shipments rose 5 per cent to 98.4 million tonnes, and the miner received an average of US$92.10 a tonne for its ore, up from US$86.40. Cash costs fell to US$17.85 a tonne.

Pilbara Ridge kept its guidance for shipments of 195 million to 200 million tonnes in the year to June 30.

Benchmark iron ore for delivery to China traded at US$104.50 a tonne in Singapore on Wednesday, about 12 per cent higher than three months ago. China's crude steel output fell 3.9 per cent in 2025 to 966 million tonnes, according to the National Bureau of Statistics, and analysts at Kurrajong Securities expect a further 2 per cent decline this year.

Pilbara Ridge shares rose 2.3 per cent to A$31.40 by the close.
""", [
    F("11 per cent", 11, "%", "C", "up", "Pilbara Ridge's half-year profit|half-year profit|profit", H1, None,
      source_alt=["Pilbara Ridge Resources", "Pilbara Ridge"]),
    F("US$2.84 billion", 2.84e9, "$", "L", "up", "net profit after tax|net profit|profit", H1, "company",
      source_alt=["Pilbara Ridge Resources", "Pilbara Ridge", "ASX"]),
    F("US$2.56 billion", 2.56e9, "$", "L", None, "net profit after tax|net profit|profit", H1P, "company",
      source_alt=["Pilbara Ridge Resources", "Pilbara Ridge", "ASX"]),
    F("7 per cent", 7, "%", "C", "up", "Pilbara Ridge's revenue|revenue", H1, None, source_alt=["Pilbara Ridge"]),
    F("US$9.12 billion", 9.12e9, "$", "L", "up", "Pilbara Ridge's revenue|revenue", H1, None,
      source_alt=["Pilbara Ridge"]),
    CENTS("86 US cents", 86, "$", "L", "up", "interim dividend|dividend", H1, None, sub="US cent",
          source_alt=["board", "Pilbara Ridge"], period_alt=[None]),
    CENTS("74 US cents", 74, "$", "L", None, "previous interim dividend|interim dividend|dividend", H1P, None,
          sub="US cent", source_alt=["board", "Pilbara Ridge"], period_alt=[None]),
    F("5 per cent", 5, "%", "C", "up", "Pilbara Ridge's shipments|shipments", H1, None, source_alt=["Pilbara Ridge"]),
    F("98.4 million tonnes", 98.4e6, "t", "L", "up", "Pilbara Ridge's shipments|shipments", H1, None,
      source_alt=["Pilbara Ridge"]),
    F("US$92.10", 92.10, "$", "L", "up", "average price received for ore|average price|price", H1, None,
      unit_alt=["USD per tonne"], source_alt=["Pilbara Ridge"]),
    F("US$86.40", 86.40, "$", "L", None, "average price received for ore|average price|price", H1P, None,
      unit_alt=["USD per tonne"], source_alt=["Pilbara Ridge"]),
    F("US$17.85", 17.85, "$", "L", "dn", "cash costs|costs", H1, None, unit_alt=["USD per tonne"],
      source_alt=["Pilbara Ridge"]),
    F("195 million to 200 million tonnes", 195e6, "t", "L", "unch", "shipment guidance|guidance|shipments",
      ("2025-07", "2026-06"), None, value_hi=200e6, source_alt=["Pilbara Ridge"], direction_alt=[None]),
    F("US$104.50", 104.5, "$", "L", None, "benchmark iron ore price|iron ore|price", DAY(P), None,
      unit_alt=["USD per tonne"]),
    F("about 12 per cent", 12, "%", "C", "up", "benchmark iron ore price|iron ore|price", (plus(P, -92), P), None,
      period_alt=[None, DAY(P)]),
    F("3.9 per cent", 3.9, "%", "C", "dn", "China's crude steel output|crude steel output|output", Y(2025),
      "National Bureau of Statistics", source_alt=["NBS"]),
    F("966 million tonnes", 966e6, "t", "L", "dn", "China's crude steel output|crude steel output|output", Y(2025),
      "National Bureau of Statistics", source_alt=["NBS"], direction_alt=[None]),
    F("2 per cent", 2, "%", "C", "dn", "China's crude steel output|steel output|output", Y(2026),
      "Kurrajong Securities", ctx="further 2 per cent", source_alt=["analysts"]),
    F("2.3 per cent", 2.3, "%", "C", "up", "Pilbara Ridge shares|shares", DAY(P), None),
    F("A$31.40", 31.40, "A$", "L", "up", "Pilbara Ridge shares|shares|share price", DAY(P), None),
], ex=["half-year", "six months to December 31", "three months ago"])

# ---------------------------------------------------------------- 18 US investment-grade issuance week
P = on("2026-01-10", "Saturday")
FRI = last(P, "Friday")
WK = (plus(FRI, -6), FRI)
WK5 = (last(P, "Monday"), FRI)
story("b56-18", P, """
Blue-chip companies sold $96.4 billion of U.S. investment-grade bonds across 48 deals in the week to Friday, the busiest first full week of January on record, as borrowers rushed to lock in funding ahead of the Federal Reserve's meeting later this month.

The total topped the roughly $80 billion that syndicate desks had forecast, according to data compiled by Bloomberg. Ten of the 23 dealers surveyed had expected more than $90 billion.

Banks accounted for about 40% of the supply, led by a $9 billion, six-part offering from Granton Financial. Utility Meridale Power sold $3.25 billion of bonds, including a 40-year tranche priced to yield 5.92%.

Investors placed orders for about four times the amount on offer, and new-issue concessions averaged just 2 basis points, compared with 6 basis points over 2025 as a whole.

Risk premiums on high-grade debt widened 3 basis points during the week to 79 basis points over Treasuries, according to a Bloomberg index, still near the tightest since 1998.

Dealers expect about $210 billion of sales in January, which would make it the second-busiest month ever after January 2025's $226 billion. Issuance for the year to date stood at $118.7 billion on Friday.
""", [
    F("$96.4 billion", 96.4e9, "$", "L", None, "U.S. investment-grade bond sales|bond sales|bonds", WK, None,
      period_alt=[WK5]),
    F("48", 48, "#deal", "L", None, "investment-grade bond deals|deals", WK, None, period_alt=[WK5]),
    F("roughly $80 billion", 80e9, "$", "L", None, "syndicate desks' forecast of bond sales|forecast|bond sales", WK,
      "Bloomberg", source_alt=["syndicate desks", "data"], period_alt=[WK5]),
    F("Ten", 10, "#dealer", "L", None, "dealers who expected more than $90 billion|dealers", WK, None,
      source_alt=["survey"], period_alt=[WK5, None]),
    F("23", 23, "#dealer", "L", None, "dealers surveyed|dealers", WK, None, source_alt=["survey"],
      period_alt=[WK5, None]),
    F("more than $90 billion", 90e9, "$", "L", None, "dealers' forecast of bond sales|forecast|bond sales", WK,
      "dealers", period_alt=[WK5]),
    F("about 40%", 40, "%", "S", None, "banks' share of supply|supply|banks", WK, None, period_alt=[WK5]),
    F("$9 billion", 9e9, "$", "L", None, "Granton Financial's bond offering|offering", WK, None,
      period_alt=[WK5, None]),
    F("six-part", 6, "#tranche", "L", None, "tranches of Granton Financial's offering|tranches|offering", WK, None,
      period_alt=[WK5, None], unit_alt=["part"]),
    F("$3.25 billion", 3.25e9, "$", "L", None, "bonds sold by Meridale Power|bonds", WK, None,
      period_alt=[WK5, None]),
    F("5.92%", 5.92, "%", "L", None, "yield on Meridale Power's 40-year tranche|yield|tranche", WK, None,
      period_alt=[WK5, None]),
    X("about four times", 4, "R", None, "investor orders relative to bonds on offer|orders", WK, None,
      period_alt=[WK5]),
    F("2 basis points", 2, "bp", "L", None, "average new-issue concession|new-issue concessions|concessions", WK,
      None, period_alt=[WK5]),
    F("6 basis points", 6, "bp", "L", None, "average new-issue concession|new-issue concessions|concessions",
      Y(2025), None),
    F("3 basis points", 3, "bp", "C", "up", "risk premiums on high-grade debt|risk premiums|spreads", WK,
      "Bloomberg index", source_alt=["Bloomberg"], period_alt=[WK5]),
    F("79 basis points", 79, "bp", "L", "up", "risk premiums on high-grade debt|risk premiums|spreads", DAY(FRI),
      "Bloomberg index", source_alt=["Bloomberg"], period_alt=[WK, WK5]),
    F("about $210 billion", 210e9, "$", "L", None, "investment-grade bond sales|sales", "2026-01", "dealers"),
    F("$226 billion", 226e9, "$", "L", None, "investment-grade bond sales|sales", "2025-01", None,
      source_alt=["dealers"]),
    F("$118.7 billion", 118.7e9, "$", "L", None, "investment-grade issuance|issuance", ytd(P), None,
      period_alt=[("2026-01-01", FRI), DAY(FRI)]),
], ex=["40-year"])

# ---------------------------------------------------------------- 19 Indian consumer goods results (PTI)
P = on("2026-01-19", "Monday")
Q3F = ("2025-10", "2025-12")
story("b56-19", P, """
Sarvodaya Consumer Products on Monday reported an 8.6 per cent rise in consolidated net profit to Rs 1,204 crore for the December quarter, helped by softer raw material costs and a recovery in rural demand.

The company had posted a net profit of Rs 1,108.7 crore in the October-December period a year ago, Sarvodaya said in a regulatory filing. Revenue from operations rose 6.1 per cent to Rs 9,870 crore.

Underlying volume growth was 5 per cent, compared with 3 per cent in the preceding September quarter, while EBITDA margin expanded 80 basis points to 24.3 per cent.

The home care segment grew 9 per cent, and personal care revenue was flat at Rs 2,415 crore. Rural sales grew 1.4 times as fast as urban sales, Managing Director Anil Deshpande told analysts on a call.

The board declared an interim dividend of Rs 24 per share. For the nine months ended December, net profit stood at Rs 3,512 crore.

Rival Devika Foods, which reported last week, said its volumes grew 4 per cent in the December quarter.

Shares of Sarvodaya closed 2.7 per cent higher at Rs 2,648.35 apiece on the BSE.
""", [
    F("8.6 per cent", 8.6, "%", "C", "up", "Sarvodaya's consolidated net profit|net profit|profit", Q3F,
      "Sarvodaya Consumer Products", source_alt=["Sarvodaya"]),
    CR("Rs 1,204 crore", 1204, "L", "up", "Sarvodaya's consolidated net profit|net profit|profit", Q3F,
       "Sarvodaya Consumer Products", source_alt=["Sarvodaya"]),
    CR("Rs 1,108.7 crore", 1108.7, "L", None, "Sarvodaya's net profit|net profit|profit", ("2024-10", "2024-12"),
       "Sarvodaya", source_alt=["Sarvodaya Consumer Products", "regulatory filing"]),
    F("6.1 per cent", 6.1, "%", "C", "up", "revenue from operations|revenue", Q3F, None, source_alt=["Sarvodaya"]),
    CR("Rs 9,870 crore", 9870, "L", "up", "revenue from operations|revenue", Q3F, None, source_alt=["Sarvodaya"]),
    F("5 per cent", 5, "%", "C", "up", "underlying volume growth|volume growth|volumes", Q3F, None,
      source_alt=["Sarvodaya"]),
    F("3 per cent", 3, "%", "C", "up", "underlying volume growth|volume growth|volumes", ("2025-07", "2025-09"), None,
      ctx="with 3 per cent",
      source_alt=["Sarvodaya"], direction_alt=[None]),
    F("80 basis points", 80, "bp", "C", "up", "EBITDA margin|margin", Q3F, None, source_alt=["Sarvodaya"]),
    F("24.3 per cent", 24.3, "%", "L", "up", "EBITDA margin|margin", Q3F, None, source_alt=["Sarvodaya"],
      kind_alt=["ratio"]),
    F("9 per cent", 9, "%", "C", "up", "home care segment|home care|segment", Q3F, None, source_alt=["Sarvodaya"]),
    CR("Rs 2,415 crore", 2415, "L", "unch", "personal care revenue|revenue", Q3F, None, source_alt=["Sarvodaya"],
       direction_alt=[None]),
    X("1.4 times", 1.4, "R", None, "rural sales growth relative to urban sales growth|rural sales|sales growth", Q3F,
      "Anil Deshpande", source_alt=["Deshpande"]),
    F("Rs 24", 24, "Rs", "L", None, "interim dividend|dividend", ("2025-04", "2026-03"), None,
      unit_alt=["INR per share"], source_alt=["board", "Sarvodaya"], period_alt=[None, Q3F]),
    CR("Rs 3,512 crore", 3512, "L", None, "Sarvodaya's net profit|net profit|profit", ("2025-04", "2025-12"), None,
       source_alt=["Sarvodaya"]),
    F("4 per cent", 4, "%", "C", "up", "Devika Foods' volumes|volumes", Q3F, "Devika Foods"),
    F("2.7 per cent", 2.7, "%", "C", "up", "Sarvodaya's shares|shares", DAY(P), None),
    F("Rs 2,648.35", 2648.35, "Rs", "L", "up", "Sarvodaya's shares|shares|share price", DAY(P), None),
], ex=["December quarter", "September quarter", "nine months ended"])

# ---------------------------------------------------------------- 20 UK supermarket Christmas update
P = on("2026-01-06", "Tuesday")
SIX = ("2025-11-23", "2026-01-03")
TWELVE = ("2025-10-06", "2025-12-28")
FOUR = ("2025-12-01", "2025-12-28")
story("b56-20", P, """
Ashcombe, Britain's fourth-largest supermarket group, said on Tuesday that like-for-like sales rose 3.8% in the six weeks to Jan. 3, its strongest Christmas in four years, and stuck to its forecast of underlying profit of £540 million to £560 million for the year to February.

Sales of its premium own-label range jumped 14% and online orders rose 9% over the period, the company said in a statement. The group plans to open 22 convenience stores in the year to February 2027.

Ashcombe's share of the grocery market rose 0.2 percentage points to 9.8% in the 12 weeks to Dec. 28, according to research firm Petherton Retail Panel. Market leader Halden's held 27.6% over the same period.

Shoppers spent a record £14.1 billion at supermarkets in the four weeks to Dec. 28, up 4.7% from a year before, the panel said. Grocery price inflation eased to 3.9% over the four weeks from 4.4% in November.

Analysts at Bridgewell Securities estimate Ashcombe's profit will reach £575 million in the year to February 2027. Its shares rose 4.1% by midday, valuing the group at about £6.2 billion.
""", [
    F("3.8%", 3.8, "%", "C", "up", "Ashcombe's like-for-like sales|like-for-like sales|sales", SIX, "Ashcombe"),
    F("£540 million to £560 million", 540e6, "£", "L", "unch", "Ashcombe's underlying profit forecast|underlying profit|profit",
      ("2025-03", "2026-02"), "Ashcombe", value_hi=560e6, direction_alt=[None]),
    F("14%", 14, "%", "C", "up", "sales of premium own-label range|sales", SIX, "company", source_alt=["Ashcombe"]),
    F("9%", 9, "%", "C", "up", "online orders|orders", SIX, "company", ctx="rose 9%", source_alt=["Ashcombe"]),
    F("22", 22, "#store", "L", None, "convenience stores to be opened|convenience stores|stores",
      ("2026-03", "2027-02"), None, source_alt=["Ashcombe", "group"]),
    F("0.2 percentage points", 0.2, "pp", "C", "up", "Ashcombe's share of the grocery market|market share|share",
      TWELVE, "Petherton Retail Panel", source_alt=["research firm"]),
    F("9.8%", 9.8, "%", "S", "up", "Ashcombe's share of the grocery market|market share|share", TWELVE,
      "Petherton Retail Panel", source_alt=["research firm"]),
    F("3.9%", 3.9, "%", "C", "dn", "grocery price inflation|inflation", FOUR, None,
      source_alt=["Petherton Retail Panel", "panel"], kind_alt=["level"], period_alt=["2025-12"]),
    F("4.4%", 4.4, "%", "C", None, "grocery price inflation|inflation", "2025-11", None,
      source_alt=["Petherton Retail Panel", "panel"], kind_alt=["level"], direction_alt=["increase"]),
    F("£14.1 billion", 14.1e9, "£", "L", None, "supermarket spending|spending", FOUR, "panel",
      source_alt=["Petherton Retail Panel"], direction_alt=["increase"]),
    F("4.7%", 4.7, "%", "C", "up", "supermarket spending|spending", FOUR, "panel",
      source_alt=["Petherton Retail Panel"]),
    F("27.6%", 27.6, "%", "S", None, "Halden's share of the market|market share|share", TWELVE, None,
      source_alt=["Petherton Retail Panel", "panel"]),
    F("£575 million", 575e6, "£", "L", "up", "Ashcombe's profit|profit", ("2026-03", "2027-02"),
      "Bridgewell Securities", source_alt=["analysts"], direction_alt=[None]),
    F("4.1%", 4.1, "%", "C", "up", "Ashcombe's shares|shares", DAY(P), None),
    F("about £6.2 billion", 6.2e9, "£", "L", None, "Ashcombe's market value|market value|group", DAY(P), None),
], ex=["six weeks", "four years", "12 weeks", "four weeks"])
