"""blind58 s4: South African, Turkish, Egyptian, Polish and Australian data and central banks (b58-31..b58-40)."""
from common import *

# ---------------------------------------------------------------- 31 South Africa CPI (South African English)
P = on("2026-04-22", "Wednesday")
MAR = M(2026, 3)
SSA = "Statistics South Africa"
SS = [SSA, "Stats SA"]
story("b58-31", P, """
JOHANNESBURG — Consumer inflation eased to 3.1% in March from 3.4% in February, Statistics South Africa (Stats SA) said on Wednesday, bringing it close to the Reserve Bank's new 3% target.

Economists polled ahead of the release had expected 3.3%. On a monthly basis, prices rose 0.6%.

Core inflation, which excludes food, non-alcoholic beverages, fuel and energy, slowed to 2.9%. Food inflation eased to 4.2%, while fuel prices were 6.8% lower than a year earlier. A litre of 95 octane petrol cost R21.34 inland during the month.

The reprieve may be short-lived. The National Energy Regulator of South Africa has approved municipal electricity tariff increases averaging 11.3% from July 1.

The Reserve Bank, which cut its repo rate by 25 basis points to 6.50% in March, sees headline inflation averaging 3.2% this year and 3.0% in 2027.

"Tariffs will push the headline number up in the second half, but the Bank can look through that," said Lindiwe Mokoena, chief economist at Msunduzi Capital, who expects another 25 basis point cut in May.

The rand firmed 0.4% to R17.62 against the dollar after the release, while yields on the benchmark 2035 government bond eased slightly.

Stats SA will publish producer price figures for March next Thursday.
""", [
    F("3.1%", 3.1, "%", "L", "dn", "South Africa's consumer inflation|consumer inflation|inflation", MAR, SSA,
      source_alt=["Stats SA"]),
    F("3.4%", 3.4, "%", "L", None, "South Africa's consumer inflation|consumer inflation|inflation", M(2026, 2), SSA,
      source_alt=["Stats SA"]),
    F("3%", 3, "%", "L", None, "Reserve Bank's inflation target|target", None, None, ctx="new 3% target",
      source_alt=["Reserve Bank"]),
    F("3.3%", 3.3, "%", "L", None, "expected consumer inflation|inflation", MAR, "Economists",
      source_alt=["economists polled"]),
    F("0.6%", 0.6, "%", "C", "up", "consumer prices|prices", MAR, None, source_alt=SS),
    F("2.9%", 2.9, "%", "L", "dn", "core inflation|inflation", MAR, None, source_alt=SS),
    F("4.2%", 4.2, "%", "L", "dn", "food inflation|inflation", MAR, None, source_alt=SS),
    F("6.8%", 6.8, "%", "C", "dn", "fuel prices|prices", MAR, None, source_alt=SS),
    F("R21.34", 21.34, "R", "L", None, "inland price of 95 octane petrol|petrol price|petrol", MAR, None,
      unit_alt=["ZAR per litre"]),
    F("11.3%", 11.3, "%", "C", "up", "municipal electricity tariffs|electricity tariffs|tariffs", ("2026-07", None),
      None, source_alt=["National Energy Regulator of South Africa", "regulator"],
      period_alt=[("2026-07-01", None), FY(2026, 7, 2027, 6)]),
    F("25 basis points", 25, "bp", "C", "dn", "Reserve Bank repo rate|repo rate|rate", MAR, None,
      source_alt=["Reserve Bank"], value_alt=[0.25], unit_alt=["percentage point"]),
    F("6.50%", 6.50, "%", "L", "dn", "Reserve Bank repo rate|repo rate|rate", MAR, None, source_alt=["Reserve Bank"]),
    F("3.2%", 3.2, "%", "L", None, "South Africa's headline inflation|headline inflation|inflation", Y(2026),
      "Reserve Bank", source_alt=["Bank"]),
    F("3.0%", 3.0, "%", "L", None, "South Africa's headline inflation|headline inflation|inflation", Y(2027),
      "Reserve Bank", source_alt=["Bank"]),
    F("25 basis point", 25, "bp", "C", "dn", "Reserve Bank repo rate|repo rate|rate", M(2026, 5), "Lindiwe Mokoena",
      ctx="another 25 basis point cut", source_alt=["Mokoena", "chief economist", "Msunduzi Capital"],
      value_alt=[0.25], unit_alt=["percentage point"]),
    F("0.4%", 0.4, "%", "C", "up", "rand", DAY(P), None),
    F("R17.62", 17.62, "R", "L", "up", "rand", DAY(P), None, unit_alt=["ZAR per USD"], direction_alt=["dn", None]),
], ex=["95 octane", "second half"])

# ---------------------------------------------------------------- 32 SARB cut with staff projections by quarter; past + forecast in one sentence
P = on("2026-05-28", "Thursday")
SARB = "South African Reserve Bank"
ST = ["staff", "Bank", SARB, "Reserve Bank"]
story("b58-32", P, """
PRETORIA — The South African Reserve Bank cut its repo rate by 25 basis points to 6.25% on Thursday, its second reduction this year, as inflation settled near target and the economy struggled to gain momentum.

Four of the six members of the Monetary Policy Committee voted for the cut, while two preferred to hold, the Bank's governor told a media briefing.

Gross domestic product grew 0.6% in the fourth quarter of last year, Stats SA said in March, and the Bank's staff forecast growth of 0.3% in the first quarter and 0.4% in the second.

The staff projections show headline inflation at 3.3% in the second quarter, peaking at 3.6% in the fourth quarter as higher electricity tariffs take effect, before averaging 3.1% in 2027. Economic growth is forecast at 1.2% this year, 1.6% in 2027 and 1.8% in 2028.

The Bank's quarterly projection model implies a repo rate of 6.0% by the end of the year.

Commercial banks said their prime lending rate would fall to 9.75% from Friday, a modest relief for indebted households and small businesses.

"We see one more cut in the third quarter, and then a long pause," said Thabo Nkosi, an economist at Umhlanga Securities in Durban. "The Bank does not want to get ahead of the tariff shock."

The rand was little changed after the decision.
""", [
    F("25 basis points", 25, "bp", "C", "dn", "Reserve Bank repo rate|repo rate|rate", DAY(P), None,
      source_alt=[SARB, "Reserve Bank"], value_alt=[0.25], unit_alt=["percentage point"]),
    F("6.25%", 6.25, "%", "L", "dn", "Reserve Bank repo rate|repo rate|rate", DAY(P), None,
      source_alt=[SARB, "Reserve Bank"]),
    F("Four", 4, "#member", "L", None, "MPC members voting for the cut|members", DAY(P), "governor",
      source_alt=["Bank's governor", "Bank"], period_alt=[None]),
    F("six", 6, "#member", "L", None, "members of the Monetary Policy Committee|members", None, "governor",
      source_alt=["Bank's governor", "Bank"], period_alt=[DAY(P)]),
    F("two", 2, "#member", "L", None, "MPC members preferring to hold|members", DAY(P), "governor",
      source_alt=["Bank's governor", "Bank"], period_alt=[None]),
    F("0.6%", 0.6, "%", "C", "up", "South Africa's gross domestic product|gross domestic product|GDP", Q(2025, 4),
      "Stats SA", source_alt=["Statistics South Africa"]),
    F("0.3%", 0.3, "%", "C", "up", "South Africa's economic growth|growth|GDP", Q(2026, 1), "Bank's staff",
      source_alt=ST, kind_alt=["level"]),
    F("0.4%", 0.4, "%", "C", "up", "South Africa's economic growth|growth|GDP", Q(2026, 2), "Bank's staff",
      source_alt=ST, kind_alt=["level"]),
    F("3.3%", 3.3, "%", "L", None, "South Africa's headline inflation|headline inflation|inflation", Q(2026, 2),
      "staff projections", source_alt=["projections"] + ST),
    F("3.6%", 3.6, "%", "L", "up", "South Africa's headline inflation|headline inflation|inflation", Q(2026, 4),
      "staff projections", source_alt=["projections"] + ST),
    F("3.1%", 3.1, "%", "L", "dn", "South Africa's headline inflation|headline inflation|inflation", Y(2027),
      "staff projections", source_alt=["projections"] + ST, direction_alt=[None]),
    F("1.2%", 1.2, "%", "C", "up", "South Africa's economic growth|economic growth|growth", Y(2026), None,
      source_alt=["staff projections"] + ST, kind_alt=["level"]),
    F("1.6%", 1.6, "%", "C", "up", "South Africa's economic growth|economic growth|growth", Y(2027), None,
      source_alt=["staff projections"] + ST, kind_alt=["level"]),
    F("1.8%", 1.8, "%", "C", "up", "South Africa's economic growth|economic growth|growth", Y(2028), None,
      source_alt=["staff projections"] + ST, kind_alt=["level"]),
    F("6.0%", 6.0, "%", "L", "dn", "implied repo rate|repo rate|rate", (None, "2026-12"),
      "quarterly projection model", source_alt=["model", "Bank", SARB], period_alt=[M(2026, 12), Q(2026, 4)]),
    F("9.75%", 9.75, "%", "L", "dn", "prime lending rate|prime rate|rate", ("2026-05-29", None), "Commercial banks",
      source_alt=["banks"], period_alt=[DAY("2026-05-29"), ("2026-05", None)]),
    F("one", 1, "#cut", "L", None, "further rate cuts expected|cut|cuts", Q(2026, 3), "Thabo Nkosi", ctx="one more cut",
      source_alt=["Nkosi", "economist", "Umhlanga Securities"], unit_alt=["rate cut"], kind_alt=["change"]),
], ex=["fourth quarter", "first quarter", "second quarter", "third quarter"])

# ---------------------------------------------------------------- 33 Turkey inflation, survey expectations for December and December 2027
P = on("2026-02-03", "Tuesday")
JAN = M(2026, 1)
TS = ["Turkish Statistical Institute", "TurkStat"]
story("b58-33", P, """
ISTANBUL, Feb. 3 — Turkey's annual inflation slowed to 28.4% in January from 30.9% in December, the Turkish Statistical Institute said on Tuesday, though monthly price increases driven by New Year wage and tax adjustments were larger than expected.

Consumer prices rose 4.6% in January from the previous month, compared with a median forecast of 4.2% in a poll of economists. Food prices climbed 6.1% on the month, while housing costs, including rents, rose 5.3%.

Producer prices increased 2.9% month on month and 25.7% from a year earlier.

The net minimum wage was raised 26.5% to 28,075 lira a month in January, feeding through to services prices.

The central bank, which cut its one-week repo rate by 150 basis points to 36.5% last month, has an interim target of 16% for the end of this year. Participants in the bank's market survey expect inflation of 23.8% in December and 17.5% in December 2027.

"January is always ugly, but this was uglier than it needed to be," said Selin Aydemir, an economist at Bosphorus Partners in Istanbul, who expects annual inflation to fall below 25% by May as base effects kick in.

The lira was little changed at 43.28 per dollar after the data, extending its managed, gradual depreciation, and Turkish bank stocks slipped.
""", [
    F("28.4%", 28.4, "%", "L", "dn", "Turkey's annual inflation|annual inflation|inflation", JAN,
      "Turkish Statistical Institute", source_alt=["TurkStat", "institute"]),
    F("30.9%", 30.9, "%", "L", None, "Turkey's annual inflation|annual inflation|inflation", M(2025, 12),
      "Turkish Statistical Institute", source_alt=["TurkStat", "institute"]),
    F("4.6%", 4.6, "%", "C", "up", "Turkish consumer prices|consumer prices|prices", JAN, None, source_alt=TS),
    F("4.2%", 4.2, "%", "C", "up", "median forecast for monthly consumer prices|median forecast|forecast", JAN,
      "poll of economists", source_alt=["economists", "poll"]),
    F("6.1%", 6.1, "%", "C", "up", "Turkish food prices|food prices|prices", JAN, None, source_alt=TS),
    F("5.3%", 5.3, "%", "C", "up", "housing costs|costs", JAN, None, source_alt=TS),
    F("2.9%", 2.9, "%", "C", "up", "Turkish producer prices|producer prices|prices", JAN, None, source_alt=TS),
    F("25.7%", 25.7, "%", "C", "up", "Turkish producer prices|producer prices|prices", JAN, None, source_alt=TS),
    F("26.5%", 26.5, "%", "C", "up", "net minimum wage|minimum wage|wage", JAN, None),
    F("28,075 lira", 28075, "TRY", "L", "up", "net minimum wage|minimum wage|wage", JAN, None,
      unit_alt=["lira", "TRY per month"]),
    F("150 basis points", 150, "bp", "C", "dn", "central bank's one-week repo rate|repo rate|rate", JAN, None,
      source_alt=["central bank"], value_alt=[1.5], unit_alt=["percentage point"]),
    F("36.5%", 36.5, "%", "L", "dn", "central bank's one-week repo rate|repo rate|rate", JAN, None,
      source_alt=["central bank"]),
    F("16%", 16, "%", "L", None, "central bank's interim inflation target|interim target|target", (None, "2026-12"),
      None, source_alt=["central bank"], period_alt=[M(2026, 12), Y(2026)]),
    F("23.8%", 23.8, "%", "L", "dn", "Turkey's annual inflation|inflation", M(2026, 12), "Participants",
      source_alt=["market survey", "survey", "central bank"], period_alt=[(None, "2026-12")], direction_alt=[None]),
    F("17.5%", 17.5, "%", "L", "dn", "Turkey's annual inflation|inflation", M(2027, 12), "Participants",
      source_alt=["market survey", "survey", "central bank"], period_alt=[(None, "2027-12")], direction_alt=[None]),
    F("25%", 25, "%", "L", "dn", "Turkey's annual inflation|annual inflation|inflation", (None, "2026-05"),
      "Selin Aydemir", source_alt=["Aydemir", "economist", "Bosphorus Partners"], period_alt=[M(2026, 5)]),
    F("43.28", 43.28, "TRY", "L", "unch", "lira", DAY(P), None, unit_alt=["lira", "TRY per USD"],
      direction_alt=[None]),
], ex=["one-week"])

# ---------------------------------------------------------------- 34 Turkey current account and tourism (published Saturday)
P = on("2026-07-11", "Saturday")
MAY = M(2026, 5)
CBRT = ["central bank", "central bank data"]
story("b58-34", P, """
ANKARA — Turkey's current account swung to a deficit of $2.84 billion in May from a surplus of $1.12 billion in April, central bank data showed on Friday, as gold imports surged and energy bills rose.

Economists had expected a shortfall of $1.9 billion. In May last year the deficit was $1.46 billion.

The 12-month rolling deficit widened to $18.7 billion, or about 1.3% of gross domestic product.

Net gold imports more than doubled to $2.3 billion, while the energy import bill was $4.6 billion. Foreign investors bought a net $3.1 billion of Turkish bonds and equities during the month.

Net tourism revenue rose 8.4% to $3.97 billion in May. In the first five months of the year, tourism revenue totalled $15.6 billion, up 6.9% from the same period a year earlier.

Foreign visitor arrivals rose 3.2% to 5.21 million in May, according to the culture and tourism ministry.

The government's medium-term programme projects a current account deficit of 1.4% of GDP this year, and analysts expect full-year tourism revenue to top $66 billion as European holidaymakers book late.

"The gold rush is the whole story this month; strip it out and the balance looks healthy," said Emre Kalkan, a strategist at Anadolu Ridge Capital.

Hoteliers on the Aegean coast say bookings from Germany and Britain are running ahead of last summer.
""", [
    F("$2.84 billion", 2.84e9, "$", "L", None, "Turkey's current account deficit|current account|deficit", MAY,
      "central bank", source_alt=["central bank data", "data"]),
    F("$1.12 billion", 1.12e9, "$", "L", None, "Turkey's current account surplus|current account|surplus",
      M(2026, 4), "central bank", source_alt=["central bank data", "data"]),
    F("$1.9 billion", 1.9e9, "$", "L", None, "expected current account shortfall|shortfall|deficit", MAY,
      "Economists"),
    F("$1.46 billion", 1.46e9, "$", "L", None, "Turkey's current account deficit|deficit", M(2025, 5), None,
      source_alt=CBRT),
    F("$18.7 billion", 18.7e9, "$", "L", "up", "12-month rolling current account deficit|rolling deficit|deficit",
      span12(2026, 5), None, source_alt=CBRT),
    F("about 1.3%", 1.3, "%", "R", None, "rolling deficit as a share of GDP|rolling deficit|deficit",
      span12(2026, 5), None, source_alt=CBRT, kind_alt=["share", "level"]),
    X("more than doubled", 2, "R", "up", "Turkey's net gold imports|gold imports|imports", MAY, None,
      source_alt=CBRT, kind_alt=["change"]),
    F("$2.3 billion", 2.3e9, "$", "L", "up", "Turkey's net gold imports|gold imports|imports", MAY, None,
      source_alt=CBRT),
    F("$4.6 billion", 4.6e9, "$", "L", None, "energy import bill|energy imports|bill", MAY, None, source_alt=CBRT),
    F("$3.1 billion", 3.1e9, "$", "L", None, "foreign purchases of Turkish bonds and equities|foreign investors|purchases",
      MAY, None, source_alt=CBRT),
    F("8.4%", 8.4, "%", "C", "up", "Turkey's net tourism revenue|tourism revenue|revenue", MAY, None,
      source_alt=CBRT),
    F("$3.97 billion", 3.97e9, "$", "L", "up", "Turkey's net tourism revenue|tourism revenue|revenue", MAY, None,
      source_alt=CBRT),
    F("$15.6 billion", 15.6e9, "$", "L", "up", "Turkey's tourism revenue|tourism revenue|revenue",
      MM(2026, 1, 2026, 5), None, source_alt=CBRT),
    F("6.9%", 6.9, "%", "C", "up", "Turkey's tourism revenue|tourism revenue|revenue", MM(2026, 1, 2026, 5), None,
      source_alt=CBRT),
    F("3.2%", 3.2, "%", "C", "up", "foreign visitor arrivals|arrivals", MAY, "culture and tourism ministry",
      source_alt=["ministry"]),
    F("5.21 million", 5.21e6, "#visitor", "L", "up", "foreign visitor arrivals|arrivals|visitors", MAY,
      "culture and tourism ministry", source_alt=["ministry"], unit_alt=["arrival"]),
    F("1.4%", 1.4, "%", "R", None, "current account deficit as a share of GDP|current account deficit|deficit",
      Y(2026), "medium-term programme", source_alt=["government", "programme"], kind_alt=["share", "level"]),
    F("$66 billion", 66e9, "$", "L", "up", "Turkey's full-year tourism revenue|tourism revenue|revenue", Y(2026),
      "analysts", direction_alt=[None]),
], ex=["12-month", "first five months"])

# ---------------------------------------------------------------- 35 Egypt: CBE cut, CAPMAS inflation, fiscal 2025/26 quarter + full-year forecast
P = on("2026-02-12", "Thursday")
CBE = "Central Bank of Egypt"
CB = [CBE, "CBE", "Monetary Policy Committee"]
story("b58-35", P, """
CAIRO — The Central Bank of Egypt (CBE) cut its key interest rates by 200 basis points on Thursday, its first reduction since October, after urban inflation slowed to its lowest in nearly four years.

The bank lowered its overnight deposit rate to 19% and its overnight lending rate to 20%, the Monetary Policy Committee said in a statement. Nine of 14 economists polled last week had expected a cut.

Annual urban consumer price inflation eased to 10.8% in January from 12.3% in December, the state statistics agency CAPMAS said on Tuesday. Core inflation, calculated by the central bank, slowed to 9.6%.

The CBE said it expects inflation to average 11% to 13% in 2026, and it reiterated its target of 7%, plus or minus 2 percentage points, by the fourth quarter of the year.

Real GDP grew 5.3% in the July-September quarter, the first of fiscal 2025/26, the planning ministry said, and it expects 4.8% for the full fiscal year ending June 30.

Yields on 364-day treasury bills fell to 22.4% at Monday's auction, and the Egyptian pound traded at 47.15 to the dollar on Thursday.

"The real rate is still generous, which gives the bank room to keep going," said Mona Fahmy, head of research at Nile Delta Securities, who expects a further 300 basis points of cuts by the end of the year.
""", [
    F("200 basis points", 200, "bp", "C", "dn", "CBE key interest rates|interest rates|rates", DAY(P), None,
      source_alt=CB, value_alt=[2.0], unit_alt=["percentage point"]),
    F("19%", 19, "%", "L", "dn", "overnight deposit rate|deposit rate|rate", DAY(P), "Monetary Policy Committee",
      source_alt=[CBE, "CBE", "committee"]),
    F("20%", 20, "%", "L", "dn", "overnight lending rate|lending rate|rate", DAY(P), "Monetary Policy Committee",
      source_alt=[CBE, "CBE", "committee"]),
    F("Nine", 9, "#economist", "L", None, "economists expecting a cut|economists", None, None,
      source_alt=["poll"], period_alt=[(plus(P, -10), plus(P, -4))]),
    F("14", 14, "#economist", "L", None, "economists polled|economists", None, None, source_alt=["poll"],
      period_alt=[(plus(P, -10), plus(P, -4))]),
    F("10.8%", 10.8, "%", "L", "dn", "annual urban consumer price inflation|urban inflation|inflation", M(2026, 1),
      "CAPMAS", source_alt=["statistics agency"]),
    F("12.3%", 12.3, "%", "L", None, "annual urban consumer price inflation|urban inflation|inflation",
      M(2025, 12), "CAPMAS", source_alt=["statistics agency"]),
    F("9.6%", 9.6, "%", "L", "dn", "core inflation|inflation", M(2026, 1), None, source_alt=["central bank", "CBE"]),
    F("11% to 13%", 11, "%", "L", None, "Egypt's average inflation|inflation", Y(2026), "CBE", value_hi=13,
      source_alt=[CBE]),
    F("7%", 7, "%", "L", None, "CBE inflation target|target", Q(2026, 4), "CBE", source_alt=[CBE],
      period_alt=[(None, "2026-12")]),
    F("2 percentage points", 2, "pp", "L", None, "tolerance band around the inflation target|target|band",
      Q(2026, 4), "CBE", source_alt=[CBE], period_alt=[(None, "2026-12"), None]),
    F("5.3%", 5.3, "%", "C", "up", "Egypt's real GDP|real GDP|GDP", MM(2025, 7, 2025, 9), "planning ministry",
      source_alt=["ministry"], period_alt=[Q(2025, 3)]),
    F("4.8%", 4.8, "%", "C", "up", "Egypt's real GDP growth|GDP growth|growth", FY(2025, 7, 2026, 6),
      "planning ministry", source_alt=["ministry", "it"], kind_alt=["level"]),
    F("22.4%", 22.4, "%", "L", "dn", "yields on 364-day treasury bills|treasury bill yields|yields",
      DAY(last(P, "Monday")), None),
    F("47.15", 47.15, "EGP", "L", None, "Egyptian pound|pound", DAY(P), None, unit_alt=["EGP per USD"]),
    F("300 basis points", 300, "bp", "C", "dn", "CBE interest rates|rates|cuts", (None, "2026-12"), "Mona Fahmy",
      source_alt=["Fahmy", "head of research", "Nile Delta Securities"], value_alt=[3.0],
      unit_alt=["percentage point"], period_alt=[(P, "2026-12")]),
], ex=["four years", "fourth quarter", "364-day", "July-September quarter"])

# ---------------------------------------------------------------- 36 Egypt's fiscal 2025/26 in a bullet list (Sunday)
P = on("2026-07-19", "Sunday")
FY26 = FY(2025, 7, 2026, 6)
SCA = "Suez Canal Authority"
story("b58-36", P, """
CAIRO — Egypt's main sources of foreign currency strengthened in fiscal 2025/26, which ended on June 30, as shipping began to return to the Red Sea and remittances kept climbing, official figures show. The key numbers:

- Suez Canal revenue: $5.1 billion, up 28% from the previous fiscal year, the Suez Canal Authority said, but still far below the $9.4 billion earned in 2022/23, before attacks on ships diverted traffic around Africa.
- Canal transits: 13,640 vessels, up 19%.
- Remittances from Egyptians working abroad: a record $38.2 billion, up 11.6%, according to the central bank.
- Tourism revenue: $17.3 billion, from 18.1 million visitors.

In June alone, canal revenue was $502 million, up 41% from the same month a year earlier, and transits averaged 37 vessels a day.

The authority expects revenue to recover to about $7 billion in fiscal 2026/27 if the large container lines return in force, offering rebates of up to 15% to lure them back.

Net international reserves rose to $51.3 billion at the end of June, the central bank said earlier this month. The International Monetary Fund approved a $1.2 billion disbursement in June after completing its latest review of Egypt's loan programme.

"The canal is the swing factor. Everything else is already doing its job," said Karim Mansour, an economist at Giza Capital.
""", [
    F("$5.1 billion", 5.1e9, "$", "L", "up", "Suez Canal revenue|canal revenue|revenue", FY26, SCA,
      source_alt=["authority"]),
    F("28%", 28, "%", "C", "up", "Suez Canal revenue|canal revenue|revenue", FY26, SCA, source_alt=["authority"]),
    F("$9.4 billion", 9.4e9, "$", "L", None, "Suez Canal revenue|canal revenue|revenue", FY(2022, 7, 2023, 6), SCA,
      source_alt=["authority"]),
    F("13,640", 13640, "#vessel", "L", "up", "Suez Canal transits|transits|vessels", FY26, None,
      source_alt=[SCA, "official figures"], unit_alt=["transit", "ship"]),
    F("19%", 19, "%", "C", "up", "Suez Canal transits|transits", FY26, None, source_alt=[SCA, "official figures"]),
    F("$38.2 billion", 38.2e9, "$", "L", "up", "remittances from Egyptians working abroad|remittances", FY26,
      "central bank"),
    F("11.6%", 11.6, "%", "C", "up", "remittances from Egyptians working abroad|remittances", FY26, "central bank"),
    F("$17.3 billion", 17.3e9, "$", "L", None, "Egypt's tourism revenue|tourism revenue|revenue", FY26, None,
      source_alt=["official figures"]),
    F("18.1 million", 18.1e6, "#visitor", "L", None, "visitors to Egypt|visitors", FY26, None,
      source_alt=["official figures"], unit_alt=["tourist"]),
    F("$502 million", 502e6, "$", "L", "up", "Suez Canal revenue|canal revenue|revenue", M(2026, 6), None,
      source_alt=[SCA]),
    F("41%", 41, "%", "C", "up", "Suez Canal revenue|canal revenue|revenue", M(2026, 6), None, source_alt=[SCA]),
    F("37", 37, "#vessel", "L", None, "average daily canal transits|transits|vessels", M(2026, 6), None,
      source_alt=[SCA], unit_alt=["vessel per day", "transit"]),
    F("about $7 billion", 7e9, "$", "L", "up", "Suez Canal revenue|canal revenue|revenue", FY(2026, 7, 2027, 6),
      "authority", source_alt=[SCA]),
    F("up to 15%", 15, "%", "L", None, "rebates offered to container lines|rebates", FY(2026, 7, 2027, 6),
      "authority", source_alt=[SCA], period_alt=[None], kind_alt=["change"]),
    F("$51.3 billion", 51.3e9, "$", "L", "up", "Egypt's net international reserves|net international reserves|reserves",
      DAY("2026-06-30"), "central bank", period_alt=[M(2026, 6)]),
    F("$1.2 billion", 1.2e9, "$", "L", None, "IMF disbursement|disbursement", M(2026, 6), None,
      source_alt=["International Monetary Fund", "IMF"]),
], ex=[])

# ---------------------------------------------------------------- 37 Poland: NBP cut and projection by year and quarter
P = on("2026-03-04", "Wednesday")
NBP = "National Bank of Poland"
PJ = ["staff projection", "projection", NBP, "NBP"]
story("b58-37", P, """
WARSAW, March 4 — Poland's central bank cut its main interest rate by 25 basis points to 3.75% on Wednesday, resuming its easing cycle as inflation held close to target and wage growth slowed.

The lombard rate falls to 4.25% from Thursday.

The National Bank of Poland's new staff projection, published alongside the decision, sees consumer price inflation at 2.6% in 2026, 2.8% in 2027 and 2.4% in 2028, with the economy growing 3.4% this year and 3.0% next year.

The projection shows inflation dipping to 2.1% in the second quarter before climbing to 3.1% in the first quarter of 2027, when a freeze on household electricity prices is due to be lifted.

Consumer prices rose 2.3% year on year in February, according to a flash estimate from Statistics Poland, while average wages in the corporate sector grew 6.9% in January, the slowest pace in more than four years.

Analysts at Mazowia Bank expect the reference rate to fall to 3.25% by the end of the year, though they said the council was likely to pause in the spring to assess the impact of the budget.

"The projection gives the doves cover, but it does not give them a blank cheque," said Joanna Lis, an economist at Mazowia. The governor is due to explain the decision at a news conference on Thursday.

The zloty was steady at 4.22 per euro.
""", [
    F("25 basis points", 25, "bp", "C", "dn", "Poland's main interest rate|main interest rate|rate", DAY(P), None,
      source_alt=[NBP, "central bank"], value_alt=[0.25], unit_alt=["percentage point"]),
    F("3.75%", 3.75, "%", "L", "dn", "Poland's main interest rate|main interest rate|rate", DAY(P), None,
      source_alt=[NBP, "central bank"]),
    F("4.25%", 4.25, "%", "L", "dn", "lombard rate|rate", (plus(P, 1), None), None, source_alt=[NBP],
      period_alt=[DAY(plus(P, 1))]),
    F("2.6%", 2.6, "%", "L", None, "Polish consumer price inflation|inflation", Y(2026), "staff projection",
      source_alt=PJ[1:]),
    F("2.8%", 2.8, "%", "L", None, "Polish consumer price inflation|inflation", Y(2027), "staff projection",
      source_alt=PJ[1:]),
    F("2.4%", 2.4, "%", "L", None, "Polish consumer price inflation|inflation", Y(2028), "staff projection",
      source_alt=PJ[1:]),
    F("3.4%", 3.4, "%", "C", "up", "Polish economy|economy|growth", Y(2026), "staff projection", source_alt=PJ[1:],
      kind_alt=["level"]),
    F("3.0%", 3.0, "%", "C", "up", "Polish economy|economy|growth", Y(2027), "staff projection", source_alt=PJ[1:],
      kind_alt=["level"]),
    F("2.1%", 2.1, "%", "L", "dn", "Polish inflation|inflation", Q(2026, 2), "projection", source_alt=PJ),
    F("3.1%", 3.1, "%", "L", "up", "Polish inflation|inflation", Q(2027, 1), "projection", source_alt=PJ),
    F("2.3%", 2.3, "%", "C", "up", "Polish consumer prices|consumer prices|prices", M(2026, 2), "Statistics Poland",
      source_alt=["flash estimate", "GUS"], kind_alt=["level"]),
    F("6.9%", 6.9, "%", "C", "up", "average wages in the corporate sector|average wages|wages", M(2026, 1),
      "Statistics Poland", source_alt=["GUS"], kind_alt=["level"]),
    F("3.25%", 3.25, "%", "L", "dn", "NBP reference rate|reference rate|rate", (None, "2026-12"), "Mazowia Bank",
      source_alt=["Analysts"], period_alt=[M(2026, 12), Q(2026, 4)]),
    F("4.22", 4.22, "PLN", "L", "unch", "zloty", DAY(P), None, unit_alt=["zloty", "PLN per EUR"],
      direction_alt=[None]),
], ex=["second quarter", "first quarter", "four years"])

# ---------------------------------------------------------------- 38 Poland: January story, Q3 actual + Q4 forecast in one sentence
P = on("2026-01-21", "Wednesday")
DEC = M(2025, 12)
GUS = ["Statistics Poland", "GUS"]
story("b58-38", P, """
WARSAW, Jan. 21 — Polish industrial output rose 4.9% year on year in December, Statistics Poland (GUS) said on Wednesday, beating the 3.2% growth forecast by analysts polled by PAP Biznes, as car and electronics plants ran at full tilt before the holiday break.

The economy grew 0.9% quarter on quarter in the third quarter, GUS said, and economists expect it to expand 1.0% in the fourth, helped by EU-funded investment that is finally reaching building sites.

Month on month, industrial output fell 2.1% in December. Manufacturing rose 5.6% from a year earlier and construction output climbed 6.3%, while producer prices fell 1.4% year on year.

For the whole of 2025, industrial output rose 2.8%.

Average gross wages in the enterprise sector increased 7.4% to 9,412 zlotys in December, while employment fell 0.8%.

GUS will publish its flash estimate of annual economic growth next week; economists expect 3.5%.

"The investment cycle is finally turning, and the EU money is the engine," said Marek Zielinski, chief economist at Wawel Bank in Krakow, who expects the economy to grow 3.7% in 2026.

The central bank's Monetary Policy Council, which kept rates unchanged this month, meets again in early March. Several members have said they want to see how quickly wage growth cools before backing further cuts.
""", [
    F("4.9%", 4.9, "%", "C", "up", "Polish industrial output|industrial output|output", DEC, "Statistics Poland",
      source_alt=["GUS"]),
    F("3.2%", 3.2, "%", "C", "up", "forecast for industrial output growth|forecast|output", DEC, "analysts",
      source_alt=["PAP Biznes"]),
    F("0.9%", 0.9, "%", "C", "up", "Polish economy|economy|GDP", Q(2025, 3), "GUS", source_alt=["Statistics Poland"]),
    F("1.0%", 1.0, "%", "C", "up", "Polish economy|economy|GDP", Q(2025, 4), "economists", kind_alt=["level"]),
    F("2.1%", 2.1, "%", "C", "dn", "Polish industrial output|industrial output|output", DEC, None, source_alt=GUS),
    F("5.6%", 5.6, "%", "C", "up", "Polish manufacturing output|manufacturing", DEC, None, source_alt=GUS),
    F("6.3%", 6.3, "%", "C", "up", "construction output|output", DEC, None, source_alt=GUS),
    F("1.4%", 1.4, "%", "C", "dn", "Polish producer prices|producer prices|prices", DEC, None, source_alt=GUS),
    F("2.8%", 2.8, "%", "C", "up", "Polish industrial output|industrial output|output", Y(2025), None,
      source_alt=GUS),
    F("7.4%", 7.4, "%", "C", "up", "average gross wages in the enterprise sector|average gross wages|wages", DEC,
      None, source_alt=GUS),
    F("9,412 zlotys", 9412, "PLN", "L", "up", "average gross wages in the enterprise sector|average gross wages|wages",
      DEC, None, source_alt=GUS, unit_alt=["zloty"]),
    F("0.8%", 0.8, "%", "C", "dn", "enterprise sector employment|employment", DEC, None, source_alt=GUS),
    F("3.5%", 3.5, "%", "C", "up", "Polish annual economic growth|economic growth|growth", Y(2025), "economists",
      kind_alt=["level"]),
    F("3.7%", 3.7, "%", "C", "up", "Polish economy|economy|growth", Y(2026), "Marek Zielinski",
      source_alt=["Zielinski", "chief economist", "Wawel Bank"], kind_alt=["level"]),
], ex=["third quarter", "quarter on quarter"])

# ---------------------------------------------------------------- 39 Australia December-quarter CPI (Australian English)
P = on("2026-01-28", "Wednesday")
Y12 = span12(2025, 12)
ABS = "Australian Bureau of Statistics"
AB = [ABS, "ABS"]
story("b58-39", P, """
Australia's headline inflation rate rose to 3.6 per cent in the year to December from 3.2 per cent in the year to September, the Australian Bureau of Statistics said on Wednesday, all but ruling out an interest rate cut at next week's Reserve Bank meeting.

Prices rose 1.0 per cent in the December quarter, above the 0.8 per cent expected by economists. The trimmed mean, the RBA's preferred measure of underlying inflation, rose 0.9 per cent in the quarter and 3.3 per cent over the year, compared with the 3.2 per cent the RBA had forecast in November.

Electricity prices jumped 21.5 per cent over the year as state rebates expired, rents rose 4.9 per cent and insurance premiums 6.2 per cent. Fuel prices fell 2.4 per cent in the quarter.

The monthly indicator showed annual inflation of 3.7 per cent in December alone.

With the cash rate at 3.60 per cent, money markets now price a 40 per cent chance of a rate rise by May.

"The RBA's job just got harder, and a hike is now a live option for the first half," said Katherine Ngata, chief economist at Coolabah Markets in Sydney, who expects the cash rate to be lifted to 3.85 per cent in May.

The government has ruled out reinstating the energy rebates.
""", [
    F("3.6 per cent", 3.6, "%", "L", "up", "Australia's headline inflation rate|headline inflation|inflation", Y12, ABS,
      source_alt=["ABS"]),
    F("3.2 per cent", 3.2, "%", "L", None, "Australia's headline inflation rate|headline inflation|inflation",
      span12(2025, 9), ABS, ctx="from 3.2 per cent", source_alt=["ABS"]),
    F("1.0 per cent", 1.0, "%", "C", "up", "Australian consumer prices|prices", Q(2025, 4), None, source_alt=AB),
    F("0.8 per cent", 0.8, "%", "C", "up", "expected rise in consumer prices|prices", Q(2025, 4), "economists"),
    F("0.9 per cent", 0.9, "%", "C", "up", "trimmed mean inflation|trimmed mean", Q(2025, 4), None, source_alt=AB),
    F("3.3 per cent", 3.3, "%", "C", "up", "trimmed mean inflation|trimmed mean", Y12, None, source_alt=AB,
      kind_alt=["level"]),
    F("3.2 per cent", 3.2, "%", "C", "up", "RBA's forecast for trimmed mean inflation|trimmed mean|forecast", Y12,
      "RBA", ctx="compared with the 3.2 per cent", source_alt=["Reserve Bank"], kind_alt=["level"]),
    F("21.5 per cent", 21.5, "%", "C", "up", "electricity prices|prices", Y12, None, source_alt=AB),
    F("4.9 per cent", 4.9, "%", "C", "up", "rents", Y12, None, source_alt=AB),
    F("6.2 per cent", 6.2, "%", "C", "up", "insurance premiums|premiums", Y12, None, source_alt=AB),
    F("2.4 per cent", 2.4, "%", "C", "dn", "fuel prices|prices", Q(2025, 4), None, source_alt=AB),
    F("3.7 per cent", 3.7, "%", "L", None, "monthly indicator annual inflation|annual inflation|inflation",
      M(2025, 12), None, source_alt=AB),
    F("3.60 per cent", 3.60, "%", "L", None, "RBA cash rate|cash rate|rate", DAY(P), None, period_alt=[None]),
    F("40 per cent", 40, "%", "L", None, "chance of a rate rise by May|chance", None, "money markets",
      source_alt=["markets"], kind_alt=["share"], period_alt=[DAY(P), (None, "2026-05")]),
    F("3.85 per cent", 3.85, "%", "L", "up", "RBA cash rate|cash rate|rate", M(2026, 5), "Katherine Ngata",
      source_alt=["Ngata", "chief economist", "Coolabah Markets"]),
], ex=["December quarter", "in the quarter", "first half"])

# ---------------------------------------------------------------- 40 RBA minutes and forecasts by year-ended quarter
P = on("2026-02-17", "Tuesday")
SMP = "Statement on Monetary Policy"
SM = [SMP, "RBA", "Reserve Bank", "forecasts"]
story("b58-40", P, """
The Reserve Bank board considered raising the cash rate at its February meeting before deciding to leave it at 3.60 per cent, minutes released on Tuesday show, with members agreeing that inflation had proved "more persistent than expected".

Forecasts in the Statement on Monetary Policy released after the meeting have trimmed mean inflation at 3.4 per cent in the year to June, easing to 2.9 per cent by June 2027 and 2.6 per cent by December 2027. Headline inflation is forecast to peak at 3.9 per cent in the June quarter.

The bank expects GDP growth of 2.1 per cent over 2026 and household consumption growth of 2.3 per cent, with unemployment rising to 4.4 per cent by December.

Members noted that the unemployment rate, at 4.1 per cent in December, was slightly below their estimate of full employment, around 4.5 per cent, and that wage price index growth of 3.3 per cent over the year to the September quarter was "somewhat stronger" than productivity could sustain.

Markets are pricing about 50 basis points of rate rises by the end of 2026.

"The minutes keep a hike firmly on the table," said Harriet Oyelaran, an economist at Bellbird Securities in Melbourne, who expects a rise in May. "It blinked in February."

The next decision is due on March 31.
""", [
    F("3.60 per cent", 3.60, "%", "L", "unch", "RBA cash rate|cash rate|rate", DAY("2026-02-03"),
      None, source_alt=["Reserve Bank", "board", "minutes"], direction_alt=[None], period_alt=[M(2026, 2), None]),
    F("3.4 per cent", 3.4, "%", "L", None, "trimmed mean inflation|inflation", span12(2026, 6), SMP,
      source_alt=SM[1:]),
    F("2.9 per cent", 2.9, "%", "L", "dn", "trimmed mean inflation|inflation", span12(2027, 6), SMP,
      source_alt=SM[1:], period_alt=[(None, "2027-06"), M(2027, 6)]),
    F("2.6 per cent", 2.6, "%", "L", "dn", "trimmed mean inflation|inflation", span12(2027, 12), SMP,
      source_alt=SM[1:], period_alt=[(None, "2027-12"), M(2027, 12)]),
    F("3.9 per cent", 3.9, "%", "L", "up", "headline inflation|inflation", Q(2026, 2), None, source_alt=SM,
      period_alt=[span12(2026, 6)]),
    F("2.1 per cent", 2.1, "%", "C", "up", "Australian GDP growth|GDP growth|GDP", Y(2026), "bank",
      source_alt=["RBA", "Reserve Bank"], kind_alt=["level"]),
    F("2.3 per cent", 2.3, "%", "C", "up", "household consumption growth|household consumption|consumption", Y(2026),
      "bank", source_alt=["RBA", "Reserve Bank"], kind_alt=["level"]),
    F("4.4 per cent", 4.4, "%", "L", "up", "Australian unemployment|unemployment", (None, "2026-12"), "bank",
      source_alt=["RBA", "Reserve Bank"], period_alt=[M(2026, 12), Q(2026, 4)]),
    F("4.1 per cent", 4.1, "%", "L", None, "Australian unemployment rate|unemployment rate|rate", M(2025, 12),
      "Members", source_alt=["minutes", "board"]),
    F("around 4.5 per cent", 4.5, "%", "L", None, "estimate of full employment|full employment|estimate", None,
      "Members", source_alt=["minutes", "board"]),
    F("3.3 per cent", 3.3, "%", "C", "up", "wage price index growth|wage price index|wages", span12(2025, 9),
      "Members", source_alt=["minutes", "board"], kind_alt=["level"], period_alt=[Q(2025, 3)]),
    F("about 50 basis points", 50, "bp", "C", "up", "RBA cash rate|cash rate|rate rises", (None, "2026-12"),
      "Markets", value_alt=[0.5], unit_alt=["percentage point"], period_alt=[(P, "2026-12")]),
], ex=["June quarter", "September quarter"])
