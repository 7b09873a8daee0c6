"""blind54 stories 21-30: Africa, Middle East and Latin America economies."""
from common import *

RPD = ["rand per dollar"]

# ---------------------------------------------------------------- 21 South Africa: SARB cut, rand, CPI
PUB = "2025-09-18"
story("b54-21", PUB, """
The South African Reserve Bank cut its main lending rate by 25 basis points to 6.75% on Thursday, the first move since it formally adopted a lower inflation target, and the rand firmed to its strongest level in more than a year.

Four of the six members of the Monetary Policy Committee voted for the cut, Governor Thabo Mkhize told a news conference in Pretoria, while two preferred to hold. The bank now sees headline inflation averaging 3.4% this year and 3.6% in 2026, down from 3.8% and 4.0% previously.

The rand traded at 17.21 per dollar by 1500 GMT, 0.7% stronger on the day and up about 9% since the start of the year. South Africa's benchmark 2035 government bond yield fell 11 basis points to 9.46%.

Consumer inflation slowed to 3.1% year on year in August from 3.5% in July, Statistics South Africa said on Wednesday.

"The lower target will save the country billions in interest over time," said Lerato Dube, chief economist at Karoo Capital in Johannesburg, who expects another 25 basis-point cut in November. A Reuters poll last week showed 18 of 24 economists had expected Thursday's cut.
""", [
    F("25 basis points", 25, "bp", "C", "dn", "main lending rate|repo rate|lending rate|rate", PUB, None,
      source_alt=["South African Reserve Bank", "SARB"]),
    F("6.75%", 6.75, "%", "L", "dn", "main lending rate|repo rate|lending rate|rate", PUB, None,
      source_alt=["South African Reserve Bank", "SARB"]),
    F("Four", 4, "#member", "L", None, "MPC members voting for the cut|members|votes", PUB, "Thabo Mkhize", ctx="Four of the six",
      source_alt=["Mkhize", "governor"]),
    F("six", 6, "#member", "L", None, "Monetary Policy Committee members|members|committee", None, "Thabo Mkhize",
      ctx="of the six", source_alt=["Mkhize", "governor"]),
    F("two", 2, "#member", "L", None, "MPC members preferring to hold|members|votes", PUB, "Thabo Mkhize", ctx="while two",
      source_alt=["Mkhize", "governor"]),
    F("3.4%", 3.4, "%", "L", "dn", "headline inflation forecast|headline inflation|inflation", Y(2025), None,
      source_alt=["South African Reserve Bank", "bank"], direction_alt=[None], ctx="averaging 3.4%"),
    F("3.6%", 3.6, "%", "L", "dn", "headline inflation forecast|headline inflation|inflation", Y(2026), None,
      source_alt=["South African Reserve Bank", "bank"], direction_alt=[None]),
    F("3.8%", 3.8, "%", "L", None, "previous headline inflation forecast|headline inflation|inflation", Y(2025), None,
      source_alt=["South African Reserve Bank", "bank"]),
    F("4.0%", 4.0, "%", "L", None, "previous headline inflation forecast|headline inflation|inflation", Y(2026), None,
      source_alt=["South African Reserve Bank", "bank"]),
    F("17.21", 17.21, "R", "L", "up", "rand|rand exchange rate|exchange rate", PUB, None, unit_alt=RPD,
      direction_alt=["decrease"]),
    F("0.7%", 0.7, "%", "C", "up", "rand|rand exchange rate", PUB, None),
    F("9%", 9, "%", "C", "up", "rand|rand exchange rate", ("2025-01", "2025-09"), None, ctx="about 9%",
      period_alt=[("2025-01-01", PUB)]),
    F("11 basis points", 11, "bp", "C", "dn", "2035 government bond yield|bond yield|yield", PUB, None),
    F("9.46%", 9.46, "%", "L", "dn", "2035 government bond yield|bond yield|yield", PUB, None),
    F("3.1%", 3.1, "%", "L", "dn", "consumer inflation|inflation|CPI", M(2025, 8), "Statistics South Africa",
      kind_alt=["change"], source_alt=["Stats SA"]),
    F("3.5%", 3.5, "%", "L", None, "consumer inflation|inflation|CPI", M(2025, 7), "Statistics South Africa",
      kind_alt=["change"], source_alt=["Stats SA"]),
    F("25 basis-point", 25, "bp", "C", "dn", "expected rate cut|lending rate|rate|cut", M(2025, 11), "Lerato Dube",
      source_alt=["Dube", "Karoo Capital"]),
    F("18", 18, "#economist", "L", None, "economists expecting the cut|economists", (plus(PUB, -10), plus(PUB, -4)),
      "Reuters poll", ctx="18 of 24", source_alt=["Reuters", "poll"], period_alt=[None, PUB]),
    F("24", 24, "#economist", "L", None, "economists polled|economists|poll", (plus(PUB, -10), plus(PUB, -4)), "Reuters poll",
      ctx="of 24", source_alt=["Reuters", "poll"], period_alt=[None, PUB]),
], ex=["1500 GMT", "2035 government"])

# ---------------------------------------------------------------- 22 Nigeria: naira, CBN rate, oil output bpd, inflation
PUB = "2026-03-25"
story("b54-22", PUB, """
Nigeria's central bank held its benchmark interest rate at 26.5% on Tuesday, pausing after a 50 basis-point cut in February, as inflation slowed for an eighth consecutive month and the naira stabilised.

Annual inflation eased to 16.9% in February from 18.2% in January, the National Bureau of Statistics said last week. Food inflation, which peaked at more than 40% in mid-2024, slowed to 19.4%.

The naira closed at 1,412 per dollar on the official market on Tuesday, little changed on the week, and has gained about 6% this year. The gap with the parallel market, where traders quoted 1,455, has narrowed to about 3%.

Crude oil production, including condensates, averaged 1.78 million barrels per day in February, up from 1.69 million bpd a year earlier, according to the Nigerian Upstream Petroleum Regulatory Commission. The government's budget assumes output of 2.06 million bpd this year.

Foreign reserves rose to $43.6 billion, the highest since 2019, central bank governor Adamu Bello told reporters. He said remittances through official channels had risen to about $5.2 billion in the final three months of last year, nearly double the level in the same period of 2023.

Analysts at Ogun Securities expect the bank to resume cutting in May, by between 50 and 100 basis points.
""", [
    F("26.5%", 26.5, "%", "L", "unch", "benchmark interest rate|interest rate|rate", last(PUB, "Tuesday"), None,
      source_alt=["central bank", "Central Bank of Nigeria"]),
    F("50 basis-point", 50, "bp", "C", "dn", "benchmark interest rate|interest rate|rate|cut", M(2026, 2), None,
      source_alt=["central bank"]),
    F("16.9%", 16.9, "%", "L", "dn", "annual inflation|inflation", M(2026, 2), "National Bureau of Statistics",
      kind_alt=["change"], source_alt=["NBS", "bureau"]),
    F("18.2%", 18.2, "%", "L", None, "annual inflation|inflation", M(2026, 1), "National Bureau of Statistics",
      kind_alt=["change"], source_alt=["NBS", "bureau"]),
    F("40%", 40, "%", "L", None, "food inflation peak|food inflation|inflation", ("2024-05", "2024-08"), None,
      kind_alt=["change"], source_alt=["National Bureau of Statistics"], period_alt=[Y(2024), M(2024, 7), M(2024, 6)]),
    F("19.4%", 19.4, "%", "L", "dn", "food inflation|inflation", M(2026, 2), None, kind_alt=["change"],
      source_alt=["National Bureau of Statistics"]),
    F("1,412", 1412, "N", "L", "unch", "naira|naira exchange rate|official market|exchange rate", last(PUB, "Tuesday"), None,
      unit_alt=["naira per dollar"], direction_alt=[None]),
    F("6%", 6, "%", "C", "up", "naira|naira exchange rate", ("2026-01", "2026-03"), None, ctx="about 6%",
      period_alt=[("2026-01-01", PUB), ("2026-01-01", last(PUB, "Tuesday"))]),
    F("1,455", 1455, "N", "L", None, "naira on the parallel market|parallel market|naira", last(PUB, "Tuesday"), "traders",
      unit_alt=["naira per dollar"]),
    F("3%", 3, "%", "L", "dn", "gap between official and parallel rates|gap|parallel market", last(PUB, "Tuesday"), None,
      ctx="about 3%", kind_alt=["change", "share"]),
    F("1.78 million barrels", 1.78e6, "bpd", "L", "up", "crude oil production|oil production|production|output", M(2026, 2),
      "Nigerian Upstream Petroleum Regulatory Commission", source_alt=["NUPRC", "commission"], direction_alt=[None]),
    F("1.69 million bpd", 1.69e6, "bpd", "L", None, "crude oil production|oil production|production|output", M(2025, 2),
      "Nigerian Upstream Petroleum Regulatory Commission", source_alt=["NUPRC", "commission"]),
    F("2.06 million bpd", 2.06e6, "bpd", "L", None, "budgeted oil output|budget assumption|output|production", Y(2026), None,
      source_alt=["government", "budget"]),
    F("$43.6 billion", 43.6e9, "$", "L", "up", "foreign reserves|reserves", PUB, "Adamu Bello",
      source_alt=["Bello", "central bank"], period_alt=[None]),
    F("$5.2 billion", 5.2e9, "$", "L", "up", "remittances through official channels|remittances", Q(2025, 4), "Adamu Bello",
      source_alt=["Bello", "central bank"]),
    F("double", 2, None, "R", "up", "remittances through official channels|remittances", Q(2025, 4), "Adamu Bello",
      ctx="nearly double", unit_alt=["times"], source_alt=["Bello", "central bank"], direction_alt=[None]),
    F("50 and 100 basis points", 50, "bp", "C", "dn", "benchmark interest rate|interest rate|rate|cut", M(2026, 5),
      "Ogun Securities", value_hi=100, source_alt=["analysts"]),
], ex=["eighth consecutive month", "three months"])

# ---------------------------------------------------------------- 23 Kenya: diaspora remittances, shilling (12 months through)
PUB = "2025-11-03"
story("b54-23", PUB, """
Kenyans living abroad sent home $5.08 billion in the 12 months through September, up 6.4% from a year earlier, Central Bank of Kenya data showed on Monday, cementing remittances as the country's biggest source of foreign exchange ahead of tea and tourism.

Inflows in September alone were $431.2 million, compared with $402.5 million in the same month of 2024. The United States accounted for 52% of the total, followed by Britain at 8%.

The steady flows have helped keep the Kenyan shilling stable at around 129.2 to the dollar for most of the year, after it lost more than a fifth of its value in 2023. Usable foreign exchange reserves stood at $10.9 billion, equivalent to 4.8 months of import cover, above the statutory minimum of four months.

"Remittances are now bigger than our coffee, tea and horticulture exports combined," said Wanjiru Kamau, head of research at Rift Valley Securities in Nairobi.

The cost of sending $200 to Kenya averaged 7.3% of the amount in the second quarter, well above the United Nations goal of 3% by 2030, according to World Bank figures.

The central bank is due to review its benchmark rate, currently 9.25%, next month.
""", [
    F("$5.08 billion", 5.08e9, "$", "L", "up", "remittances|diaspora remittances|money sent home", span12(2025, 9),
      "Central Bank of Kenya", source_alt=["central bank", "data"], direction_alt=[None]),
    F("6.4%", 6.4, "%", "C", "up", "remittances|diaspora remittances", span12(2025, 9), "Central Bank of Kenya",
      source_alt=["central bank", "data"]),
    F("$431.2 million", 431.2e6, "$", "L", "up", "remittance inflows|inflows|remittances", M(2025, 9), None,
      source_alt=["Central Bank of Kenya"], direction_alt=[None]),
    F("$402.5 million", 402.5e6, "$", "L", None, "remittance inflows|inflows|remittances", M(2024, 9), None,
      source_alt=["Central Bank of Kenya"]),
    F("52%", 52, "%", "S", None, "United States' share of remittances|United States|share|remittances", M(2025, 9), None,
      source_alt=["Central Bank of Kenya"], period_alt=[span12(2025, 9)]),
    F("8%", 8, "%", "S", None, "Britain's share of remittances|Britain|share|remittances", M(2025, 9), None,
      source_alt=["Central Bank of Kenya"], period_alt=[span12(2025, 9)]),
    F("129.2", 129.2, "KSh", "L", "unch", "Kenyan shilling|shilling|exchange rate", ("2025-01", "2025-10"), None,
      unit_alt=["shilling per dollar"], direction_alt=[None], period_alt=[Y(2025), PUB]),
    FR("a fifth", 1, 5, "C", "dn", "Kenyan shilling's value|shilling|value", Y(2023), None),
    F("$10.9 billion", 10.9e9, "$", "L", None, "usable foreign exchange reserves|reserves", PUB, None,
      source_alt=["Central Bank of Kenya"], period_alt=[None, M(2025, 9)]),
    F("4.8 months", 4.8, "month", "L", None, "import cover|reserves", PUB, None, source_alt=["Central Bank of Kenya"],
      period_alt=[None, M(2025, 9)]),
    F("four months", 4, "month", "L", None, "statutory minimum import cover|import cover|minimum", None, None),
    F("$200", 200, "$", "L", None, "remittance amount|amount", None, "World Bank", source_alt=["figures"]),
    F("7.3%", 7.3, "%", "S", None, "cost of sending $200 to Kenya|cost|amount", Q(2025, 2), "World Bank",
      source_alt=["figures"], kind_alt=["level"]),
    F("3%", 3, "%", "S", None, "United Nations remittance cost goal|goal|cost", (None, "2030-12"), "World Bank", ctx="of 3%",
      source_alt=["United Nations", "figures"], kind_alt=["level"], period_alt=[Y(2030)]),
    F("9.25%", 9.25, "%", "L", None, "benchmark rate|central bank rate|rate", PUB, None,
      source_alt=["Central Bank of Kenya"], period_alt=[None]),
], ex=["12 months", "second quarter"])

# ---------------------------------------------------------------- 24 Egypt: pound, IMF tranche, Suez Canal revenue
PUB = "2026-01-10"
story("b54-24", PUB, """
The International Monetary Fund's board is set to approve a $1.2 billion disbursement to Egypt this month after the country met most targets under its $8 billion loan programme, two government officials told Reuters on Saturday.

The payment would bring total disbursements under the programme, which was expanded in March 2024, to about $5.4 billion. Egypt has agreed to sell stakes in at least 10 state-owned companies by June, one of the officials said.

The Egyptian pound has weakened by roughly 3% since the start of October, trading at 48.9 to the dollar on Thursday, compared with 47.5 three months earlier. It lost nearly 40% of its value when the central bank let it float in March 2024.

Suez Canal revenue fell to $3.99 billion in the 2024/25 fiscal year from $7.2 billion a year earlier, as Red Sea shipping attacks diverted vessels around Africa, the canal authority's figures show. Traffic has since recovered only partly, to about 38 ships a day, against an average of 72 in 2023.

Annual urban inflation was 12.3% in December, down from a peak of 38% in September 2023, the statistics agency CAPMAS said.

The central bank has lowered its overnight deposit rate by a total of 725 basis points since April 2025, to 20.25%.
""", [
    F("$1.2 billion", 1.2e9, "$", "L", None, "IMF disbursement to Egypt|disbursement|payment", M(2026, 1), "government officials",
      source_alt=["officials", "IMF"]),
    F("$8 billion", 8e9, "$", "L", None, "Egypt's IMF loan programme|loan programme|programme|loan", None,
      "government officials", source_alt=["officials", "IMF"]),
    F("$5.4 billion", 5.4e9, "$", "L", None, "total disbursements under the programme|disbursements", M(2026, 1), None,
      source_alt=["officials"], period_alt=[None]),
    F("10", 10, "#company", "L", None, "state-owned companies to be partly sold|state-owned companies|companies|stakes",
      (None, "2026-06"), "one of the officials", ctx="at least 10", source_alt=["officials"]),
    F("3%", 3, "%", "C", "dn", "Egyptian pound|pound|exchange rate", ("2025-10", "2026-01"), None, ctx="roughly 3%",
      period_alt=[("2025-10-01", PUB), ("2025-10-01", last(PUB, "Thursday"))]),
    F("48.9", 48.9, "EGP", "L", "dn", "Egyptian pound|pound|exchange rate", last(PUB, "Thursday"), None,
      unit_alt=["pound per dollar", "Egyptian pound per dollar"], direction_alt=["increase"]),
    F("47.5", 47.5, "EGP", "L", None, "Egyptian pound|pound|exchange rate", M(2025, 10), None,
      unit_alt=["pound per dollar", "Egyptian pound per dollar"], period_alt=[plus(last(PUB, "Thursday"), -92)]),
    F("40%", 40, "%", "C", "dn", "Egyptian pound's value|pound|value", M(2024, 3), None, ctx="nearly 40%"),
    F("$3.99 billion", 3.99e9, "$", "L", "dn", "Suez Canal revenue|canal revenue|revenue", ("2024-07", "2025-06"),
      "canal authority", source_alt=["Suez Canal Authority", "figures"]),
    F("$7.2 billion", 7.2e9, "$", "L", None, "Suez Canal revenue|canal revenue|revenue", ("2023-07", "2024-06"),
      "canal authority", source_alt=["Suez Canal Authority", "figures"]),
    F("38", 38, "#ship", "L", "up", "Suez Canal traffic|traffic|ships", PUB, None, ctx="about 38 ships",
      unit_alt=["ship per day"], direction_alt=[None], period_alt=[None]),
    F("72", 72, "#ship", "L", None, "Suez Canal traffic|traffic|ships", Y(2023), None, ctx="average of 72", unit_alt=["ship per day"]),
    F("12.3%", 12.3, "%", "L", "dn", "annual urban inflation|urban inflation|inflation", M(2025, 12), "CAPMAS",
      kind_alt=["change"], source_alt=["statistics agency"]),
    F("38%", 38, "%", "L", None, "annual urban inflation peak|urban inflation|inflation", M(2023, 9), "CAPMAS",
      kind_alt=["change"], source_alt=["statistics agency"]),
    F("725 basis points", 725, "bp", "C", "dn", "overnight deposit rate|deposit rate|rate", ("2025-04", "2026-01"), None,
      source_alt=["central bank"], period_alt=[("2025-04", None), ("2025-04", PUB)]),
    F("20.25%", 20.25, "%", "L", "dn", "overnight deposit rate|deposit rate|rate", PUB, None, source_alt=["central bank"],
      period_alt=[None]),
], ex=["2024/25", "three months earlier", "two government officials", "one of the officials"])

# ---------------------------------------------------------------- 25 Brazil: Selic, IPCA 12 months, real
PUB = "2025-12-11"
story("b54-25", PUB, """
Brazil's central bank held its benchmark Selic rate at 15% for a fourth straight meeting on Wednesday, the highest in nearly two decades, but dropped language about a possible resumption of hikes, hinting that cuts could begin early next year.

The decision by the nine-member monetary policy committee, known as Copom, was unanimous and expected by all 38 economists in a Reuters poll.

Consumer prices rose 0.18% in November, national statistics agency IBGE said on Wednesday, bringing inflation in the 12 months through November to 4.46%, within the target range of 1.5% to 4.5% for the first time since September 2024.

The real strengthened 0.9% to 5.31 per dollar after the decision. It has gained about 14% against the dollar in 2025, one of the best performances among emerging-market currencies.

Economists at Banco Serrano expect the Selic to fall by 300 basis points over 2026, to 12%, starting with a 50 basis-point cut in March. "Real interest rates near 10% are strangling credit," said Serrano's chief economist, Rodrigo Matos.

Bank lending to companies grew 1.2% in the year to October, its weakest pace since 2017, central bank data show, while household defaults rose to 5.6% of loans.
""", [
    F("15%", 15, "%", "L", "unch", "Selic rate|benchmark rate|rate", last(PUB, "Wednesday"), None,
      source_alt=["central bank", "Copom"]),
    F("38", 38, "#economist", "L", None, "economists polled|economists|poll", None, "Reuters poll", source_alt=["Reuters", "poll"]),
    F("0.18%", 0.18, "%", "C", "up", "consumer prices|prices|inflation", M(2025, 11), "IBGE",
      source_alt=["statistics agency"]),
    F("4.46%", 4.46, "%", "L", "dn", "12-month inflation|inflation", span12(2025, 11), "IBGE",
      source_alt=["statistics agency"], kind_alt=["change"], direction_alt=[None]),
    F("1.5% to 4.5%", 1.5, "%", "L", None, "inflation target range|target range|target", None, None, value_hi=4.5),
    F("0.9%", 0.9, "%", "C", "up", "Brazilian real|real|exchange rate", last(PUB, "Wednesday"), None,
      period_alt=[PUB]),
    F("5.31", 5.31, "R$", "L", "up", "Brazilian real|real|exchange rate", last(PUB, "Wednesday"), None,
      unit_alt=["real per dollar", "reais per dollar"], direction_alt=["decrease"], period_alt=[PUB]),
    F("14%", 14, "%", "C", "up", "Brazilian real|real", Y(2025), None, period_alt=[("2025-01", "2025-12"),
                                                                               ("2025-01-01", PUB)]),
    F("300 basis points", 300, "bp", "C", "dn", "Selic rate|rate", Y(2026), "Banco Serrano", source_alt=["economists"]),
    F("12%", 12, "%", "L", "dn", "Selic rate|rate", Y(2026), "Banco Serrano", source_alt=["economists"],
      period_alt=[(None, "2026-12")]),
    F("50 basis-point", 50, "bp", "C", "dn", "Selic rate|rate|cut", M(2026, 3), "Banco Serrano", source_alt=["economists"]),
    F("10%", 10, "%", "L", None, "real interest rates|interest rates|rates", PUB, "Rodrigo Matos",
      source_alt=["Matos", "Banco Serrano"], period_alt=[None]),
    F("1.2%", 1.2, "%", "C", "up", "bank lending to companies|lending|bank lending", span12(2025, 10), "central bank",
      source_alt=["data"]),
    F("5.6%", 5.6, "%", "S", "up", "household defaults|defaults|loans", M(2025, 10), "central bank",
      source_alt=["data"], kind_alt=["level"], period_alt=[PUB, None]),
], ex=["nine-member", "fourth straight meeting", "two decades", "12 months", "first time", "one of the best"])

# ---------------------------------------------------------------- 26 Mexico: remittances, Banxico, peso
PUB = "2026-06-02"
story("b54-26", PUB, """
Remittances to Mexico fell for a 13th consecutive month in April, dropping 9.7% from a year earlier to $4.41 billion, Bank of Mexico data showed on Monday, as a U.S. immigration crackdown and a 1% tax on cash transfers weighed on workers sending money home.

The number of individual transfers slid 11.2% to 11.1 million, while the average remittance was roughly flat at $397. In the first four months of the year, inflows totalled $17.3 billion, down 8.1%.

Remittances are Mexico's second-largest source of foreign income after car exports and reached a record $64.7 billion in 2024, equal to about 3.5% of gross domestic product.

"Families in Michoacán, Guanajuato and Jalisco are feeling this directly," said Andrea Salcedo, an economist at Grupo Fiducia in Mexico City. She estimated that the slump had cost recipient households about 28 billion pesos so far this year.

The peso, however, has held firm, trading at 17.84 per dollar on Monday, close to its strongest in almost two years. Banxico cut its benchmark rate by a quarter point to 6.75% last month and a majority of analysts polled by Citi expect one more cut before the end of the year.
""", [
    F("9.7%", 9.7, "%", "C", "dn", "remittances to Mexico|remittances", M(2026, 4), "Bank of Mexico",
      source_alt=["Banxico", "data"]),
    F("$4.41 billion", 4.41e9, "$", "L", "dn", "remittances to Mexico|remittances", M(2026, 4), "Bank of Mexico",
      source_alt=["Banxico", "data"]),
    F("1%", 1, "%", "L", None, "tax on cash transfers|tax|transfers", None, "Bank of Mexico", source_alt=["data"],
      ctx="a 1% tax", period_alt=[PUB]),
    F("11.2%", 11.2, "%", "C", "dn", "number of individual transfers|transfers", M(2026, 4), None,
      source_alt=["Bank of Mexico"]),
    F("11.1 million", 11.1e6, "#transfer", "L", "dn", "number of individual transfers|transfers", M(2026, 4), None,
      source_alt=["Bank of Mexico"]),
    F("$397", 397, "$", "L", "unch", "average remittance|remittance", M(2026, 4), None, source_alt=["Bank of Mexico"],
      direction_alt=[None]),
    F("$17.3 billion", 17.3e9, "$", "L", "dn", "remittance inflows|inflows|remittances", ("2026-01", "2026-04"), None,
      source_alt=["Bank of Mexico"], direction_alt=[None]),
    F("8.1%", 8.1, "%", "C", "dn", "remittance inflows|inflows|remittances", ("2026-01", "2026-04"), None,
      source_alt=["Bank of Mexico"]),
    F("$64.7 billion", 64.7e9, "$", "L", "up", "remittances to Mexico|remittances", Y(2024), None, direction_alt=[None]),
    F("3.5%", 3.5, "%", "S", None, "remittances as a share of GDP|gross domestic product|GDP|remittances", Y(2024), None,
      kind_alt=["ratio"]),
    F("28 billion pesos", 28e9, "MXN", "L", None, "lost income of recipient households|households|cost|slump",
      ("2026-01", "2026-06"), "Andrea Salcedo", kind_alt=["change"], unit_alt=["peso"], source_alt=["Salcedo", "Grupo Fiducia"],
      period_alt=[("2026-01-01", PUB), ("2026-01", "2026-04")]),
    F("17.84", 17.84, "MX$", "L", "up", "Mexican peso|peso|exchange rate", last(PUB, "Monday"), None,
      unit_alt=["peso per dollar"], direction_alt=[None, "unchanged"]),
    F("a quarter point", 0.25, "pp", "C", "dn", "benchmark rate|Banxico rate|rate", M(2026, 5), None, value_alt=[25],
      unit_alt=["basis point", "point", "percent"], source_alt=["Banxico", "Bank of Mexico"]),
    F("6.75%", 6.75, "%", "L", "dn", "benchmark rate|Banxico rate|rate", M(2026, 5), None,
      source_alt=["Banxico", "Bank of Mexico"]),
    F("one", 1, "#cut", "C", "dn", "expected further rate cuts|rate cuts|cut|rate", ("2026-06", "2026-12"), "analysts",
      ctx="one more cut", source_alt=["Citi"], kind_alt=["level"]),
], ex=["13th consecutive month", "first four months", "second-largest", "two years"])

# ---------------------------------------------------------------- 27 Argentina: monthly and annual inflation
PUB = "2025-10-14"
story("b54-27", PUB, """
Argentina's monthly inflation rate accelerated to 2.1% in September from 1.9% in August, the INDEC statistics agency said on Tuesday, as the peso's slide ahead of this month's midterm elections fed into prices of food and clothing.

Annual inflation nonetheless slowed to 31.8%, the lowest since mid-2018 and a fraction of the 211% reached at the end of 2023, when President Javier Milei took office. Analysts surveyed by the central bank had expected a monthly rate of 2.0%.

Food and non-alcoholic beverages rose 2.6% in the month, while clothing and footwear jumped 3.4%. Prices in the Greater Buenos Aires region, where a third of the population lives, climbed 2.2%.

Accumulated inflation for the first nine months of the year was 22%, INDEC said.

The official exchange rate weakened to about 1,390 pesos per dollar on Monday, from 1,340 at the start of September, even after the U.S. Treasury bought pesos and agreed a $20 billion swap line.

"One bad month does not undo the disinflation, but the election has added maybe half a point," said economist Martina Ferreyra of consultancy Pampa Analytics, who expects October inflation of between 2% and 2.5%.

Poverty fell to 31.6% of the population in the first half of the year, down from 52.9% a year earlier, INDEC said last month.
""", [
    F("2.1%", 2.1, "%", "L", "up", "monthly inflation rate|monthly inflation|inflation", M(2025, 9), "INDEC",
      kind_alt=["change"], source_alt=["statistics agency"]),
    F("1.9%", 1.9, "%", "L", None, "monthly inflation rate|monthly inflation|inflation", M(2025, 8), "INDEC",
      kind_alt=["change"], source_alt=["statistics agency"]),
    F("31.8%", 31.8, "%", "L", "dn", "annual inflation|inflation", M(2025, 9), None, kind_alt=["change"],
      source_alt=["INDEC"], period_alt=[span12(2025, 9)]),
    F("211%", 211, "%", "L", None, "annual inflation|inflation", M(2023, 12), None, kind_alt=["change"],
      source_alt=["INDEC"], period_alt=[Y(2023)]),
    F("2.0%", 2.0, "%", "L", None, "expected monthly inflation rate|monthly inflation|inflation", M(2025, 9), "analysts",
      kind_alt=["change"], source_alt=["central bank"]),
    F("2.6%", 2.6, "%", "C", "up", "food and non-alcoholic beverage prices|food|prices|beverages", M(2025, 9), None,
      source_alt=["INDEC"]),
    F("3.4%", 3.4, "%", "C", "up", "clothing and footwear prices|clothing|footwear|prices", M(2025, 9), None,
      source_alt=["INDEC"]),
    FR("a third", 1, 3, "S", None, "share of the population living in Greater Buenos Aires|population|Greater Buenos Aires",
       None, None),
    F("2.2%", 2.2, "%", "C", "up", "prices in Greater Buenos Aires|prices|Greater Buenos Aires", M(2025, 9), None,
      source_alt=["INDEC"]),
    F("22%", 22, "%", "C", "up", "accumulated inflation|inflation", ("2025-01", "2025-09"), "INDEC", kind_alt=["level"]),
    F("1,390", 1390, "ARS", "L", "dn", "official exchange rate|exchange rate|peso", last(PUB, "Monday"), None,
      unit_alt=["peso per dollar", "peso"], direction_alt=["increase"]),
    F("1,340", 1340, "ARS", "L", None, "official exchange rate|exchange rate|peso", "2025-09-01", None,
      unit_alt=["peso per dollar", "peso"], period_alt=[M(2025, 9)]),
    F("$20 billion", 20e9, "$", "L", None, "swap line|U.S. Treasury swap line|swap", None, None,
      source_alt=["U.S. Treasury"]),
    F("half a point", 0.5, "pp", "C", "up", "monthly inflation|inflation", M(2025, 10), "Martina Ferreyra",
      unit_alt=["point", "percent"], source_alt=["Ferreyra", "Pampa Analytics"], period_alt=[M(2025, 9), None]),
    F("2% and 2.5%", 2, "%", "L", None, "October inflation forecast|monthly inflation|inflation", M(2025, 10),
      "Martina Ferreyra", value_hi=2.5, kind_alt=["change"], source_alt=["Ferreyra", "Pampa Analytics"]),
    F("31.6%", 31.6, "%", "S", "dn", "poverty rate|poverty|population", ("2025-01", "2025-06"), "INDEC",
      kind_alt=["level"]),
    F("52.9%", 52.9, "%", "S", None, "poverty rate|poverty|population", ("2024-01", "2024-06"), "INDEC", kind_alt=["level"]),
], ex=["first nine months", "One bad month", "first half", "a fraction"])

# ---------------------------------------------------------------- 28 Saudi Arabia / OPEC+: output in bpd, Aramco
PUB = "2026-04-05"
story("b54-28", PUB, """
Eight OPEC+ members agreed on Sunday to raise oil production by 137,000 barrels per day in May, keeping to a gradual pace as prices hover near four-year lows.

The group, led by Saudi Arabia and Russia, has now restored about 1.65 million bpd of the 2.2 million bpd of voluntary cuts it began unwinding last year, according to Reuters calculations.

Saudi Arabia's crude output averaged 9.82 million bpd in March, up 60,000 bpd from February, a Reuters survey of OPEC output published on Thursday found. Total OPEC production rose by 190,000 bpd to 28.7 million bpd.

Brent crude futures settled at $61.40 a barrel on Friday, down 14% since January and about a third below their level two years ago. U.S. benchmark West Texas Intermediate fell 2.3% last week to $58.15.

The kingdom needs oil prices of roughly $91 a barrel to balance its budget, the International Monetary Fund has estimated. Riyadh posted a deficit of 58.7 billion riyals in the first quarter, its finance ministry said, more than double the shortfall a year earlier.

"They are choosing market share over price," said Hamad Al-Qahtani, an energy analyst at Gulfstream Advisory in Dubai. Aramco last month cut the price of its flagship Arab Light grade for Asian buyers by $1.20 a barrel for April loadings.
""", [
    F("Eight", 8, "#member", "L", None, "OPEC+ members agreeing the increase|members|OPEC+", PUB, None, ctx="Eight OPEC+"),
    F("137,000 barrels", 137000, "bpd", "C", "up", "OPEC+ oil production|oil production|production|output", M(2026, 5),
      None, source_alt=["OPEC+"]),
    F("1.65 million bpd", 1.65e6, "bpd", "L", None, "voluntary cuts restored|cuts restored|cuts|production", PUB,
      "Reuters calculations", source_alt=["Reuters"], kind_alt=["change"], direction_alt=["increase"], period_alt=[None]),
    F("2.2 million bpd", 2.2e6, "bpd", "L", None, "voluntary cuts|cuts", None, "Reuters calculations",
      source_alt=["Reuters"]),
    F("9.82 million bpd", 9.82e6, "bpd", "L", "up", "Saudi crude output|crude output|output|Saudi Arabia", M(2026, 3),
      "Reuters survey", source_alt=["Reuters", "survey"]),
    F("60,000 bpd", 60000, "bpd", "C", "up", "Saudi crude output|crude output|output|Saudi Arabia", M(2026, 3),
      "Reuters survey", source_alt=["Reuters", "survey"]),
    F("190,000 bpd", 190000, "bpd", "C", "up", "total OPEC production|OPEC production|production", M(2026, 3), None,
      source_alt=["Reuters survey"]),
    F("28.7 million bpd", 28.7e6, "bpd", "L", "up", "total OPEC production|OPEC production|production", M(2026, 3), None,
      source_alt=["Reuters survey"]),
    F("$61.40", 61.40, "$", "L", None, "Brent crude futures|Brent|crude|price", last(PUB, "Friday"), None,
      unit_alt=["USD per barrel"], direction_alt=["decrease"]),
    F("14%", 14, "%", "C", "dn", "Brent crude futures|Brent|crude|price", ("2026-01", "2026-04"), None,
      period_alt=[("2026-01", "2026-03"), ("2026-01-01", last(PUB, "Friday"))]),
    FR("a third", 1, 3, "C", "dn", "Brent crude futures|Brent|crude|price", (plus(last(PUB, "Friday"), -730),
                                                                             last(PUB, "Friday")), None,
       period_alt=[("2024-04", "2026-04"), None]),
    F("2.3%", 2.3, "%", "C", "dn", "West Texas Intermediate|WTI|crude|price", ("2026-03-30", "2026-04-03"), None),
    F("$58.15", 58.15, "$", "L", "dn", "West Texas Intermediate|WTI|crude|price", last(PUB, "Friday"), None,
      unit_alt=["USD per barrel"]),
    F("$91", 91, "$", "L", None, "Saudi fiscal breakeven oil price|breakeven|oil prices|price", None,
      "International Monetary Fund", unit_alt=["USD per barrel"], source_alt=["IMF"]),
    F("58.7 billion riyals", 58.7e9, "SAR", "L", None, "Saudi budget deficit|deficit|Riyadh", Q(2026, 1), "finance ministry",
      unit_alt=["riyal"], source_alt=["ministry"]),
    F("double", 2, None, "R", "up", "Saudi budget deficit|deficit|shortfall", Q(2026, 1), "finance ministry",
      ctx="more than double", unit_alt=["times"], source_alt=["ministry"], direction_alt=[None]),
    F("$1.20", 1.20, "$", "C", "dn", "Arab Light official selling price for Asia|Arab Light|price", M(2026, 4), None,
      unit_alt=["USD per barrel"], source_alt=["Aramco"], period_alt=[M(2026, 3)]),
], ex=["four-year", "two years ago", "first quarter", "OPEC+"])

# ---------------------------------------------------------------- 29 Ghana: cedi, cocoa output in tonnes, IMF
PUB = "2025-07-19"
story("b54-29", PUB, """
Ghana's cocoa regulator expects the 2025/26 harvest to rise to about 650,000 metric tons, up from an estimated 530,000 tons this season, as rains return and a campaign to replace diseased trees starts to pay off, two senior officials at the Ghana Cocoa Board said.

The recovery would still leave output well below the 1.05 million tons Ghana produced in the 2020/21 season, the officials said, asking not to be named because the forecast is not yet public.

Ghanaian farmers will receive 51,660 cedis per ton for the coming season, the government announced on Friday, an increase of about 67% from the start of last season. The new price is equivalent to roughly 70% of the world market price, in line with a pledge by President Emmanuel Asare's government.

The cedi has rallied about 42% against the dollar since January, the best performance of any currency tracked by Bloomberg, trading at 10.43 on Friday. Inflation slowed for a sixth month to 13.7% in June.

Smuggling to neighbouring Ivory Coast and Togo cost the country an estimated 150,000 tons of beans last season, according to a study by the Accra-based think tank Volta Policy Institute, or nearly a quarter of the crop.

New York cocoa futures have fallen by half from a record above $12,000 a ton in December.
""", [
    F("650,000 metric tons", 650000, "tonne", "L", "up", "Ghana's cocoa harvest|cocoa harvest|harvest|output",
      ("2025-10", "2026-09"), "Ghana Cocoa Board officials", source_alt=["officials", "Ghana Cocoa Board", "Cocobod"],
      period_alt=[None]),
    F("530,000 tons", 530000, "tonne", "L", None, "Ghana's cocoa harvest|cocoa harvest|harvest|output", ("2024-10", "2025-09"),
      "Ghana Cocoa Board officials", source_alt=["officials", "Ghana Cocoa Board"], period_alt=[None]),
    F("1.05 million tons", 1.05e6, "tonne", "L", None, "Ghana's cocoa output|cocoa output|output", ("2020-10", "2021-09"),
      "officials", source_alt=["Ghana Cocoa Board"]),
    F("51,660 cedis", 51660, "GHS", "L", "up", "farmgate cocoa price|price|farmers", ("2025-10", "2026-09"), "government",
      unit_alt=["cedi", "cedi per ton", "cedi per tonne"], period_alt=[None, last(PUB, "Friday")]),
    F("67%", 67, "%", "C", "up", "farmgate cocoa price|price", ("2025-10", "2026-09"), "government",
      period_alt=[None, last(PUB, "Friday")]),
    F("70%", 70, "%", "S", None, "farmgate price relative to world market price|new price|price", None, None,
      kind_alt=["ratio", "level"], source_alt=["government"]),
    F("42%", 42, "%", "C", "up", "Ghanaian cedi|cedi", ("2025-01", "2025-07"), None,
      period_alt=[("2025-01-01", PUB), ("2025-01-01", last(PUB, "Friday"))]),
    F("10.43", 10.43, "GHS", "L", "up", "Ghanaian cedi|cedi|exchange rate", last(PUB, "Friday"), None,
      unit_alt=["cedi per dollar", "cedi"], direction_alt=[None]),
    F("13.7%", 13.7, "%", "L", "dn", "inflation", M(2025, 6), None, kind_alt=["change"]),
    F("150,000 tons", 150000, "tonne", "L", None, "cocoa beans lost to smuggling|smuggling|beans", ("2024-10", "2025-09"),
      "Volta Policy Institute", source_alt=["study", "think tank"], period_alt=[None]),
    FR("a quarter", 1, 4, "S", None, "smuggled share of the crop|smuggling|crop", ("2024-10", "2025-09"),
       "Volta Policy Institute", source_alt=["study", "think tank"], period_alt=[None]),
    FR("half", 1, 2, "C", "dn", "New York cocoa futures|cocoa futures|futures|price", ("2024-12", "2025-07"), None,
       ctx="by half", period_alt=[("2024-12", PUB), None]),
    F("$12,000", 12000, "$", "L", None, "record cocoa price|cocoa futures|futures|price", M(2024, 12), None,
      unit_alt=["USD per ton", "USD per tonne"]),
], ex=["2025/26", "2020/21", "sixth month", "two senior officials"])

# ---------------------------------------------------------------- 30 Colombia: coffee exports in bags, peso, rates
PUB = "2026-08-28"
story("b54-30", PUB, """
Colombia's coffee exports jumped 18% in July to 1.27 million 60-kilogram bags, the National Federation of Coffee Growers said on Thursday, as farmers rushed to ship beans while international prices remain near historic highs.

Production in the month rose 9% to 1.19 million bags. In the 12 months to July, output reached 14.6 million bags, the highest in more than three decades, the federation said.

Colombia, the world's largest producer of washed arabica, earned about $5.9 billion from coffee sales abroad in the first half, nearly double the same period of 2024, central bank figures show.

The peso weakened 1.4% on Thursday to 4,118 per dollar, its biggest one-day fall since April, after Finance Minister Julián Roa said the government would widen its deficit target for next year to 6.2% of GDP from 5.1%.

Fitch Ratings, which downgraded Colombia to BB in June, said in a note that the budget plan "raises further doubts" about debt sustainability. Public debt is expected to reach about 61% of GDP by the end of 2027, up from 55% last year, the agency estimated.

The central bank, which has held its benchmark rate at 9.25% since May, meets again on Sept. 30. Three of the seven board members voted for a cut at the last meeting.
""", [
    F("18%", 18, "%", "C", "up", "Colombia's coffee exports|coffee exports|exports", M(2026, 7),
      "National Federation of Coffee Growers", source_alt=["federation", "FNC"]),
    F("1.27 million", 1.27e6, "#bag", "L", "up", "Colombia's coffee exports|coffee exports|exports", M(2026, 7),
      "National Federation of Coffee Growers", source_alt=["federation", "FNC"]),
    F("9%", 9, "%", "C", "up", "coffee production|production", M(2026, 7), None, source_alt=["federation"]),
    F("1.19 million", 1.19e6, "#bag", "L", "up", "coffee production|production", M(2026, 7), None, source_alt=["federation"]),
    F("14.6 million", 14.6e6, "#bag", "L", "up", "coffee output|output|production", span12(2026, 7), "federation",
      source_alt=["National Federation of Coffee Growers"], direction_alt=[None]),
    F("$5.9 billion", 5.9e9, "$", "L", "up", "coffee export earnings|coffee sales abroad|earnings|sales", ("2026-01", "2026-06"),
      "central bank figures", source_alt=["central bank", "figures"], direction_alt=[None]),
    F("double", 2, None, "R", "up", "coffee export earnings|coffee sales abroad|earnings|sales", ("2026-01", "2026-06"),
      "central bank figures", ctx="nearly double", unit_alt=["times"], source_alt=["central bank"], direction_alt=[None]),
    F("1.4%", 1.4, "%", "C", "dn", "Colombian peso|peso", last(PUB, "Thursday"), None),
    F("4,118", 4118, "COP", "L", "dn", "Colombian peso|peso|exchange rate", last(PUB, "Thursday"), None,
      unit_alt=["peso per dollar", "peso"], direction_alt=["increase"]),
    F("6.2%", 6.2, "%", "S", "up", "deficit target|fiscal deficit|deficit|GDP", Y(2027), "Julián Roa",
      kind_alt=["level", "ratio"], source_alt=["Roa", "government", "finance minister"], direction_alt=[None]),
    F("5.1%", 5.1, "%", "S", None, "deficit target|fiscal deficit|deficit|GDP", Y(2027), "Julián Roa",
      kind_alt=["level", "ratio"], source_alt=["Roa", "government", "finance minister"]),
    F("61%", 61, "%", "S", "up", "public debt|debt|GDP", (None, "2027-12"), "Fitch Ratings", kind_alt=["level", "ratio"],
      source_alt=["Fitch", "agency"], period_alt=[M(2027, 12), Y(2027)]),
    F("55%", 55, "%", "S", None, "public debt|debt|GDP", Y(2025), "Fitch Ratings", kind_alt=["level", "ratio"],
      source_alt=["Fitch", "agency"]),
    F("9.25%", 9.25, "%", "L", "unch", "benchmark rate|rate", ("2026-05", "2026-08"), None, source_alt=["central bank"],
      period_alt=[("2026-05", None), ("2026-05", PUB)]),
    F("Three", 3, "#member", "L", None, "board members voting for a cut|board members|members|votes", None, None,
      ctx="Three of the seven", source_alt=["central bank"]),
    F("seven", 7, "#member", "L", None, "central bank board members|board members|members|board", None, None,
      ctx="the seven", source_alt=["central bank"]),
], ex=["60-kilogram", "12 months", "three decades", "first half", "one-day", "BB"])
