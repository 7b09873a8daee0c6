"""blind57 s1: budgets, forecasts, public-sector workforce, an economists' poll (b57-01..b57-10)."""
from common import *

CAD = "CAD"
NZD = "NZD"

# ---------------------------------------------------------------- 01 Manitoba budget (Canadian)
P = on("2026-03-19", "Thursday")
FY27 = FY(2026, 4, 2027, 3)
story("b57-01", P, """
Manitoba's government tabled a budget on Thursday that would lift program spending by 4.2 per cent in the 2026-27 fiscal year while cutting the provincial deficit to $1.1 billion, as Finance Minister Colette Brandvold bet on faster growth in mining and agriculture.

Total revenue is forecast to reach $25.8 billion, up from $24.6 billion projected for the year ending March 31, with federal transfers making up about 29 per cent of the total. Health spending would rise to $9.7 billion, or roughly 38 per cent of program expenses, and the province is set to hire 640 more nurses.

The deficit is expected to shrink further to $480 million in 2027-28 before the books balance a year later, the budget shows. Net debt would climb to $37.2 billion, equal to 36.4 per cent of gross domestic product, compared with 35.9 per cent this year.

"We are not going to cut our way to balance," Brandvold told reporters in Winnipeg.

The plan assumes real GDP growth of 1.6 per cent and an average oil price of US$64 a barrel. It also trims the small-business tax rate to zero from one per cent, a measure the province says would save about 18,000 companies an average of $2,300 a year.

Opposition finance critic Rajiv Tollefson said the projected deficit was $310 million larger than the government promised last fall.
""", [
    F("4.2 per cent", 4.2, "%", "C", "up", "Manitoba's program spending|program spending|spending", FY27, None,
      source_alt=["Manitoba's government", "budget"]),
    F("$1.1 billion", 1.1e9, CAD, "L", "dn", "Manitoba's provincial deficit|provincial deficit|deficit", FY27, None,
      source_alt=["Manitoba's government", "budget"]),
    F("$25.8 billion", 25.8e9, CAD, "L", "up", "Manitoba's total revenue|total revenue|revenue", FY27, None),
    F("$24.6 billion", 24.6e9, CAD, "L", None, "Manitoba's total revenue|total revenue|revenue",
      FY(2025, 4, 2026, 3), None),
    F("about 29 per cent", 29, "%", "S", None, "federal transfers' share of total revenue|federal transfers|transfers",
      FY27, None),
    F("$9.7 billion", 9.7e9, CAD, "L", "up", "Manitoba's health spending|health spending|spending", FY27, None),
    F("roughly 38 per cent", 38, "%", "S", None, "health spending's share of program expenses|health spending|spending",
      FY27, None),
    F("640", 640, "#nurse", "C", "up", "nurses hired by Manitoba|nurses", FY27, None, kind_alt=["level"]),
    F("$480 million", 480e6, CAD, "L", "dn", "Manitoba's provincial deficit|deficit", FY(2027, 4, 2028, 3), "budget"),
    F("$37.2 billion", 37.2e9, CAD, "L", "up", "Manitoba's net debt|net debt|debt", FY27, None),
    F("36.4 per cent", 36.4, "%", "R", "up", "Manitoba's net debt as a share of GDP|net debt|debt", FY27, None,
      kind_alt=["share", "level"]),
    F("35.9 per cent", 35.9, "%", "R", None, "Manitoba's net debt as a share of GDP|net debt|debt",
      FY(2025, 4, 2026, 3), None, kind_alt=["share", "level"]),
    F("1.6 per cent", 1.6, "%", "C", "up", "Manitoba's real GDP growth|real GDP|GDP|growth", FY27, None,
      kind_alt=["level"], direction_alt=[None], source_alt=["plan"]),
    F("US$64", 64, "$", "L", None, "average oil price|oil price|price", FY27, None, source_alt=["plan"]),
    F("zero", 0, "%", "L", "dn", "small-business tax rate|tax rate|rate", FY27, None, period_alt=[None]),
    F("one per cent", 1, "%", "L", None, "small-business tax rate|tax rate|rate", None, None,
      period_alt=[FY(2025, 4, 2026, 3)]),
    F("about 18,000", 18000, "#company", "L", None, "companies saving from the tax change|companies", FY27, "province",
      period_alt=[None]),
    F("$2,300", 2300, CAD, "L", None, "average annual saving per company|saving|companies", FY27, "province",
      period_alt=[None]),
    F("$310 million", 310e6, CAD, "C", "up", "projected deficit against the government's promise|projected deficit|deficit",
      FY27, "Rajiv Tollefson", source_alt=["Tollefson", "critic"], kind_alt=["level"]),
], ex=[])

# ---------------------------------------------------------------- 02 Irish budget
P = on("2026-10-06", "Tuesday")
Y27 = Y(2027)
story("b57-02", P, """
Minister for Finance Aoife Kinsella unveiled a €10.1 billion package for Budget 2027 on Tuesday, with tax receipts forecast to climb to €114.6 billion next year even as corporation tax is set to ease.

The package is made up of €7.9 billion in extra spending and €2.2 billion in tax measures, the Department of Finance said, while the Irish Fiscal Advisory Council warned that it breached the Government's own spending rule for a fourth year running.

Corporation tax is expected to bring in €29.3 billion, down from an estimated €31.8 billion this year, as two large multinationals move intellectual property out of the State. Excluding those receipts, the budget would run a deficit of €6.4 billion, or 1.8 per cent of national income.

The headline general government surplus is forecast at €8.7 billion. Modified domestic demand, the department's preferred gauge of the domestic economy, is expected to grow by 2.6 per cent.

Welfare payments would rise by €15 a week, with the State pension set to reach €304. The Government intends to deliver 41,000 new homes, compared with 33,200 completed last year, and will recruit 1,150 gardaí.

"This is a budget for people who get up early," Ms Kinsella told the Dáil. Independent TD Colm Fitzgerald said the housing target was "achievable", while Opposition finance spokeswoman Niamh Tuohy called it "fantasy".
""", [
    F("€10.1 billion", 10.1e9, "€", "L", None, "Budget 2027 package|package|budget", Y27, None,
      source_alt=["Aoife Kinsella", "Kinsella"]),
    F("€114.6 billion", 114.6e9, "€", "L", "up", "Ireland's tax receipts|tax receipts|receipts", Y27, None),
    F("€7.9 billion", 7.9e9, "€", "L", None, "extra spending in the package|extra spending|spending", Y27,
      "Department of Finance"),
    F("€2.2 billion", 2.2e9, "€", "L", None, "tax measures in the package|tax measures|measures", Y27,
      "Department of Finance"),
    F("€29.3 billion", 29.3e9, "€", "L", "dn", "corporation tax receipts|corporation tax|receipts", Y27, None),
    F("an estimated €31.8 billion", 31.8e9, "€", "L", None, "corporation tax receipts|corporation tax|receipts",
      Y(2026), None),
    F("two", 2, "#multinational", "L", None, "large multinationals moving intellectual property|multinationals",
      Y27, None, period_alt=[None]),
    F("€6.4 billion", 6.4e9, "€", "L", None, "deficit excluding windfall corporation tax|deficit", Y27, None),
    F("1.8 per cent", 1.8, "%", "R", None, "underlying deficit as a share of national income|deficit", Y27, None,
      kind_alt=["share", "level"]),
    F("€8.7 billion", 8.7e9, "€", "L", None, "general government surplus|surplus", Y27, None),
    F("2.6 per cent", 2.6, "%", "C", "up", "modified domestic demand|domestic demand|demand", Y27, None),
    F("€15", 15, "€", "C", "up", "weekly welfare payments|welfare payments|payments", Y27, None,
      unit_alt=["EUR per week"]),
    F("€304", 304, "€", "L", "up", "weekly State pension|State pension|pension", Y27, None, unit_alt=["EUR per week"],
      direction_alt=[None]),
    F("41,000", 41000, "#home", "L", None, "new homes the Government intends to deliver|new homes|homes", Y27, None),
    F("33,200", 33200, "#home", "L", None, "homes completed last year|homes", Y(2025), None),
    F("1,150", 1150, "#garda", "L", None, "gardaí to be recruited|gardaí|recruits", Y27, None,
      unit_alt=["gardaí", "police officer"]),
], ex=[])

# ---------------------------------------------------------------- 03 New Zealand Budget
P = on("2026-05-21", "Thursday")
FY27 = FY(2026, 7, 2027, 6)
story("b57-03", P, """
Finance Minister Hemi Carrow's Budget on Thursday would hold new operating spending to $1.9 billion in the 2026/27 year, as Treasury forecast the deficit narrowing and the public service shrinking by 5 per cent, or about 3,100 workers.

The operating deficit before gains and losses is forecast to fall to $7.3 billion from $11.2 billion, Treasury said, and net core Crown debt is expected to peak at 44.9 per cent of gross domestic product.

Health would get an extra $1.4 billion, lifting Health New Zealand's budget to $30.2 billion, while defence spending is set to rise 11 per cent. Capital spending on schools would total $960 million over four years.

Treasury expects the economy to grow 2.1 per cent and unemployment to peak at 5.4 per cent in the September quarter before easing. Annual inflation is forecast to return to 2 per cent, the midpoint of the Reserve Bank's 1 to 3 per cent target band.

Public Service Commission data showed the core public service had 62,740 full-time equivalent staff at the end of December, down 2.6 per cent from a year earlier.

"We are spending less, and spending better," Carrow said. The Opposition's finance spokeswoman, Tessa Waaka, said the cuts would fall hardest on regional offices, while the public servants' union said at least 900 of the jobs had already gone.
""", [
    F("$1.9 billion", 1.9e9, NZD, "L", None, "new operating spending|operating spending|spending", FY27, None,
      source_alt=["Hemi Carrow", "Carrow", "Budget"]),
    F("5 per cent", 5, "%", "C", "dn", "New Zealand's public service|public service|workforce", FY27, "Treasury"),
    F("about 3,100", 3100, "#worker", "C", "dn", "public service workers|public service|workers", FY27, "Treasury"),
    F("$7.3 billion", 7.3e9, NZD, "L", "dn", "operating deficit before gains and losses|operating deficit|deficit",
      FY27, "Treasury"),
    F("$11.2 billion", 11.2e9, NZD, "L", None, "operating deficit before gains and losses|operating deficit|deficit",
      FY(2025, 7, 2026, 6), "Treasury"),
    F("44.9 per cent", 44.9, "%", "R", "up", "net core Crown debt as a share of GDP|net core Crown debt|debt", FY27,
      "Treasury", kind_alt=["share", "level"], period_alt=[None]),
    F("$1.4 billion", 1.4e9, NZD, "C", "up", "health funding|health", FY27, None, kind_alt=["level"]),
    F("$30.2 billion", 30.2e9, NZD, "L", "up", "Health New Zealand's budget|budget", FY27, None),
    F("11 per cent", 11, "%", "C", "up", "defence spending|spending", FY27, None),
    F("$960 million", 960e6, NZD, "L", None, "capital spending on schools|capital spending|spending",
      FY(2026, 7, 2030, 6), None, period_alt=[FY27, None]),
    F("2.1 per cent", 2.1, "%", "C", "up", "New Zealand's economy|economy|growth", FY27, "Treasury"),
    F("5.4 per cent", 5.4, "%", "L", "up", "unemployment rate|unemployment", Q(2026, 3), "Treasury"),
    F("2 per cent", 2, "%", "L", "dn", "annual inflation|inflation", FY27, None, direction_alt=[None],
      period_alt=[None]),
    F("1 to 3 per cent", 1, "%", "L", None, "Reserve Bank's inflation target band|target band|target", None, None,
      value_hi=3, source_alt=["Reserve Bank"]),
    F("62,740", 62740, "#staff", "L", None, "core public service staff|public service|staff", "2025-12",
      "Public Service Commission", unit_alt=["full-time equivalent", "FTE", "worker", "employee"],
      period_alt=[DAY("2025-12-31")]),
    F("2.6 per cent", 2.6, "%", "C", "dn", "core public service staff|public service|staff", "2025-12",
      "Public Service Commission", period_alt=[DAY("2025-12-31")]),
    F("at least 900", 900, "#job", "L", None, "public service jobs already gone|jobs", None, "public servants' union",
      source_alt=["union"], period_alt=[(None, P)]),
], ex=["four years", "September quarter"])

# ---------------------------------------------------------------- 04 Nigeria 2026 budget
P = on("2025-12-10", "Wednesday")
Y26 = Y(2026)
story("b57-04", P, """
The Federal Government's N58.2tn budget proposal for 2026 would be funded partly by N19.8tn in new borrowing, the Minister of Budget and Economic Planning, Mr Ibrahim Danlami, said on Wednesday.

Briefing journalists in Abuja, Danlami disclosed that the proposal is based on an oil benchmark price of $66 per barrel, daily oil production of 1.9 million barrels and an exchange rate of N1,480 to the dollar.

Total revenue is expected to hit N38.4tn, compared to N34.1tn in the 2025 budget, while debt service is set to gulp N15.6tn, or about 41 per cent of revenue.

Capital expenditure would take N22.7tn, with N4.9tn earmarked for works and housing and N2.3tn for the education sector. The budget deficit is projected at N19.8tn, which the minister said represented 3.9 per cent of gross domestic product.

He said inflation was forecast to moderate to 16.5 per cent from the current 18.02 per cent, while the economy would grow by 4.6 per cent.

The Director-General of the Budget Office, Mrs Funmilayo Okafor, said 63 per cent of 2025 capital releases had been cash-backed as of November 30, while the Chairman of the Senate Committee on Appropriations, Senator Musa Garba, said lawmakers would pass the bill before the end of December.
""", [
    F("N58.2tn", 58.2e12, "N", "L", None, "2026 budget proposal|budget proposal|budget", Y26, "Ibrahim Danlami",
      source_alt=["Danlami", "Minister of Budget and Economic Planning", "minister"]),
    F("N19.8tn", 19.8e12, "N", "L", None, "new borrowing|borrowing", Y26, "Ibrahim Danlami",
      ctx="N19.8tn in new borrowing", source_alt=["Danlami", "Minister of Budget and Economic Planning", "minister"]),
    F("$66", 66, "$", "L", None, "oil benchmark price|benchmark price|oil price", Y26, "Danlami",
      source_alt=["Ibrahim Danlami"], unit_alt=["USD per barrel"]),
    F("1.9 million barrels", 1.9e6, "bpd", "L", None, "daily oil production|oil production|production", Y26, "Danlami",
      source_alt=["Ibrahim Danlami"]),
    F("N1,480", 1480, "N", "L", None, "naira exchange rate|exchange rate", Y26, "Danlami", source_alt=["Ibrahim Danlami"],
      unit_alt=["NGN per USD"]),
    F("N38.4tn", 38.4e12, "N", "L", "up", "total revenue|revenue", Y26, None),
    F("N34.1tn", 34.1e12, "N", "L", None, "total revenue in the 2025 budget|total revenue|revenue", Y(2025), None),
    F("N15.6tn", 15.6e12, "N", "L", None, "debt service|debt", Y26, None),
    F("about 41 per cent", 41, "%", "S", None, "debt service as a share of revenue|debt service|debt", Y26, None),
    F("N22.7tn", 22.7e12, "N", "L", None, "capital expenditure|expenditure", Y26, None),
    F("N4.9tn", 4.9e12, "N", "L", None, "allocation for works and housing|works and housing|allocation", Y26, None),
    F("N2.3tn", 2.3e12, "N", "L", None, "allocation for the education sector|education sector|allocation", Y26, None),
    F("N19.8tn", 19.8e12, "N", "L", None, "budget deficit|deficit", Y26, None, ctx="projected at N19.8tn"),
    F("3.9 per cent", 3.9, "%", "R", None, "budget deficit as a share of GDP|budget deficit|deficit", Y26, "minister",
      source_alt=["Danlami", "Ibrahim Danlami"], kind_alt=["share", "level"]),
    F("16.5 per cent", 16.5, "%", "L", "dn", "inflation rate|inflation", Y26, "Danlami",
      source_alt=["Ibrahim Danlami", "He", "minister"]),
    F("18.02 per cent", 18.02, "%", "L", None, "inflation rate|inflation", DAY(P), "Danlami",
      source_alt=["Ibrahim Danlami", "He", "minister"], period_alt=[None, "2025-11", "2025-10"]),
    F("4.6 per cent", 4.6, "%", "C", "up", "Nigeria's economy|economy|growth", Y26, "Danlami",
      source_alt=["Ibrahim Danlami", "He", "minister"]),
    F("63 per cent", 63, "%", "S", None, "2025 capital releases cash-backed|capital releases|releases", Y(2025),
      "Funmilayo Okafor", source_alt=["Okafor", "Director-General of the Budget Office", "Budget Office"],
      period_alt=[("2025-01-01", "2025-11-30"), (None, "2025-11-30")]),
], ex=[])

# ---------------------------------------------------------------- 05 Philippine 2027 budget
P = on("2026-08-03", "Monday")
Y27 = Y(2027)
DBM = "Department of Budget and Management"
story("b57-05", P, """
The proposed P6.98-trillion national budget for 2027 would allot P1.21 trillion to infrastructure, the Department of Budget and Management (DBM) said on Monday, as Malacañang submitted the spending plan to the House of Representatives.

Budget Secretary Clarissa Ocampo said the spending program is 10.2 percent higher than this year's P6.33-trillion budget and is equivalent to 21.4 percent of gross domestic product.

Infrastructure spending is set to reach 5.1 percent of GDP, compared to 5.4 percent this year, while the education sector would get P1.08 trillion. Interest payments are expected to climb to P941 billion from P848 billion.

The budget assumes GDP growth of 6 to 7 percent, inflation of 2 to 4 percent and an exchange rate of P57 to P59 per dollar. Dubai crude is expected to average $60 to $70 a barrel.

The DBM said the national government deficit is forecast to narrow to P1.47 trillion, or 4.9 percent of GDP, while Finance Undersecretary Ramon Villaruz said tax collections would rise 12 percent to P5.2 trillion.

The plan also funds 16,000 new teaching positions and 2,500 additional nurse items in public hospitals, Ocampo said.

"Every peso must be traceable to a result," she told reporters.
""", [
    F("P6.98-trillion", 6.98e12, "P", "L", None, "proposed national budget|national budget|budget", Y27, DBM,
      source_alt=["DBM"]),
    F("P1.21 trillion", 1.21e12, "P", "L", None, "infrastructure allocation|infrastructure", Y27, DBM,
      source_alt=["DBM"]),
    F("10.2 percent", 10.2, "%", "C", "up", "spending program|budget", Y27, "Clarissa Ocampo",
      source_alt=["Ocampo", "Budget Secretary"]),
    F("P6.33-trillion", 6.33e12, "P", "L", None, "this year's national budget|budget", Y(2026), "Clarissa Ocampo",
      source_alt=["Ocampo", "Budget Secretary"]),
    F("21.4 percent", 21.4, "%", "R", None, "budget as a share of GDP|spending program|budget", Y27, "Clarissa Ocampo",
      source_alt=["Ocampo", "Budget Secretary"], kind_alt=["share", "level"]),
    F("5.1 percent", 5.1, "%", "R", None, "infrastructure spending as a share of GDP|infrastructure spending|spending",
      Y27, None, kind_alt=["share", "level"], direction_alt=["dn"]),
    F("5.4 percent", 5.4, "%", "R", None, "infrastructure spending as a share of GDP|infrastructure spending|spending",
      Y(2026), None, kind_alt=["share", "level"]),
    F("P1.08 trillion", 1.08e12, "P", "L", None, "education sector allocation|education sector|education", Y27, None),
    F("P941 billion", 941e9, "P", "L", "up", "interest payments|payments", Y27, None),
    F("P848 billion", 848e9, "P", "L", None, "interest payments|payments", Y(2026), None),
    F("6 to 7 percent", 6, "%", "C", "up", "GDP growth assumption|GDP growth|growth|GDP", Y27, None, value_hi=7,
      source_alt=["budget"], kind_alt=["level"]),
    F("2 to 4 percent", 2, "%", "L", None, "inflation assumption|inflation", Y27, None, value_hi=4,
      source_alt=["budget"]),
    F("P57 to P59", 57, "P", "L", None, "peso exchange rate assumption|exchange rate", Y27, None, value_hi=59,
      source_alt=["budget"], unit_alt=["PHP per USD"]),
    F("$60 to $70", 60, "$", "L", None, "Dubai crude price|Dubai crude|price", Y27, None, value_hi=70,
      unit_alt=["USD per barrel"]),
    F("P1.47 trillion", 1.47e12, "P", "L", "dn", "national government deficit|deficit", Y27, DBM, source_alt=["DBM"]),
    F("4.9 percent", 4.9, "%", "R", "dn", "national government deficit as a share of GDP|deficit", Y27, DBM,
      source_alt=["DBM"], kind_alt=["share", "level"], direction_alt=[None]),
    F("12 percent", 12, "%", "C", "up", "tax collections|collections", Y27, "Ramon Villaruz",
      source_alt=["Villaruz", "Finance Undersecretary"]),
    F("P5.2 trillion", 5.2e12, "P", "L", "up", "tax collections|collections", Y27, "Ramon Villaruz",
      source_alt=["Villaruz", "Finance Undersecretary"]),
    F("16,000", 16000, "#position", "L", None, "new teaching positions|teaching positions|positions", Y27,
      "Clarissa Ocampo", source_alt=["Ocampo", "Budget Secretary"], kind_alt=["change"]),
    F("2,500", 2500, "#nurse item", "L", None, "additional nurse items in public hospitals|nurse items|items", Y27,
      "Clarissa Ocampo", source_alt=["Ocampo", "Budget Secretary"], kind_alt=["change"],
      unit_alt=["item", "position", "nurse"]),
], ex=[])

# ---------------------------------------------------------------- 06 Oakland city budget, workforce cut
P = on("2026-05-12", "Tuesday")
FY27 = FY(2026, 7, 2027, 6)
FIN = "city's finance department"
story("b57-06", P, """
Oakland's city administrator on Tuesday proposed a budget that would eliminate 7% of the city's workforce in fiscal 2027, or about 290 workers, to close a $129 million shortfall.

The $2.1 billion spending plan would hold general-fund spending at $938 million, roughly flat with the current year, City Administrator Renata Okoye told the City Council. About 120 of the positions are vacant, she said, and layoff notices would go to up to 170 employees.

Police overtime is set to fall by a third to $24 million, while the fire department would close two of its 25 stations on a rotating basis. Library branches would each lose 12 hours of opening time a week.

Pension contributions are expected to rise to $186 million, or 19.8% of general-fund spending, compared with 17.5% this year, according to a report from the city's finance department.

The city's budget office said sales-tax revenue fell 4.1% in the first three quarters of the current fiscal year, compared with the same period last year, while the union representing 2,400 city workers said it would push for unpaid furlough days instead of layoffs.

The council must adopt a budget by June 30. Okoye said the city had drawn down its reserves in each of the past three years.
""", [
    F("7%", 7, "%", "C", "dn", "Oakland's city workforce|workforce", FY27, None,
      source_alt=["city administrator", "Renata Okoye", "Okoye"]),
    F("about 290", 290, "#worker", "C", "dn", "Oakland city workers|workforce|workers", FY27, None,
      source_alt=["city administrator", "Renata Okoye", "Okoye"]),
    F("$129 million", 129e6, "$", "L", None, "Oakland's budget shortfall|shortfall", FY27, None,
      source_alt=["city administrator", "Renata Okoye", "Okoye"]),
    F("$2.1 billion", 2.1e9, "$", "L", None, "Oakland's spending plan|spending plan|budget", FY27, "Renata Okoye",
      source_alt=["Okoye", "City Administrator"]),
    F("$938 million", 938e6, "$", "L", "unch", "Oakland's general-fund spending|general-fund spending|spending", FY27,
      "Renata Okoye", source_alt=["Okoye", "City Administrator"], direction_alt=[None]),
    F("About 120", 120, "#position", "L", None, "vacant positions among the cuts|positions", DAY(P), "Okoye",
      source_alt=["Renata Okoye", "she"], period_alt=[None]),
    F("up to 170", 170, "#employee", "L", None, "employees receiving layoff notices|layoff notices|employees", FY27,
      "Okoye", source_alt=["Renata Okoye", "she"], period_alt=[None]),
    FR("a third", 1, 3, "C", "dn", "Oakland police overtime|police overtime|overtime", FY27, None),
    F("$24 million", 24e6, "$", "L", "dn", "Oakland police overtime|police overtime|overtime", FY27, None),
    F("two", 2, "#station", "L", None, "fire stations to close on a rotating basis|fire stations|stations", FY27, None,
      ctx="two of its 25"),
    F("25", 25, "#station", "L", None, "Oakland fire stations|fire stations|stations", None, None,
      period_alt=[DAY(P), FY27]),
    F("12 hours", 12, "h", "C", "dn", "opening hours at each library branch|opening time|library branches", FY27, None,
      unit_alt=["hour per week"]),
    F("$186 million", 186e6, "$", "L", "up", "Oakland's pension contributions|pension contributions|contributions",
      FY27, FIN, source_alt=["finance department", "report"]),
    F("19.8%", 19.8, "%", "S", None, "pension contributions' share of general-fund spending|pension contributions",
      FY27, FIN, source_alt=["finance department", "report"]),
    F("17.5%", 17.5, "%", "S", None, "pension contributions' share of general-fund spending|pension contributions",
      FY(2025, 7, 2026, 6), FIN, source_alt=["finance department", "report"]),
    F("4.1%", 4.1, "%", "C", "dn", "Oakland's sales-tax revenue|sales-tax revenue|revenue", FY(2025, 7, 2026, 3),
      "city's budget office", source_alt=["budget office"]),
    F("2,400", 2400, "#worker", "L", None, "city workers represented by the union|workers|union", None, None,
      source_alt=["union"], period_alt=[DAY(P)]),
], ex=["first three quarters", "past three years"])

# ---------------------------------------------------------------- 07 Indonesian 2027 state budget
P = on("2026-08-14", "Friday")
Y27 = Y(2027)
story("b57-07", P, """
Indonesia's government has proposed a 2027 state budget with spending of Rp 4,120 trillion (US$251 billion) and a deficit set at 2.48 percent of gross domestic product, Finance Minister Sri Hartati said on Friday.

State revenue is expected to reach Rp 3,260 trillion, of which tax revenue would contribute Rp 2,640 trillion, up 13.1 percent from the outlook for this year. The deficit, at Rp 860 trillion, is to be financed mainly through government bond issuance.

The bill assumes economic growth of 5.4 percent, inflation of 2.5 percent, a rupiah exchange rate of Rp 16,400 per US dollar and a 10-year bond yield of 6.9 percent. Oil lifting is targeted at 610,000 barrels per day and gas lifting at 984,000 barrels of oil equivalent per day.

The free nutritious meals program is set to receive Rp 335 trillion, enough to reach 82.9 million beneficiaries, compared to Rp 171 trillion this year.

"This budget remains prudent and is designed to absorb shocks," Sri said.

Economist Bhima Santoso of the Jakarta-based Center for Fiscal Studies said the tax target was ambitious, while another economist, Wahyu Prasetyo, said the deficit sat "just below" the legal ceiling of 3 percent.
""", [
    F("Rp 4,120 trillion", 4120e12, "Rp", "L", None, "Indonesia's 2027 state budget spending|state budget|spending", Y27,
      "Sri Hartati", source_alt=["Finance Minister", "Sri"]),
    F("US$251 billion", 251e9, "$", "L", None, "Indonesia's 2027 state budget spending|state budget|spending", Y27,
      "Sri Hartati", source_alt=["Finance Minister", "Sri"]),
    F("2.48 percent", 2.48, "%", "R", None, "budget deficit as a share of GDP|deficit", Y27, "Sri Hartati",
      source_alt=["Finance Minister", "Sri"], kind_alt=["share", "level"]),
    F("Rp 3,260 trillion", 3260e12, "Rp", "L", None, "state revenue|revenue", Y27, None),
    F("Rp 2,640 trillion", 2640e12, "Rp", "L", "up", "tax revenue|revenue", Y27, None),
    F("13.1 percent", 13.1, "%", "C", "up", "tax revenue|revenue", Y27, None),
    F("Rp 860 trillion", 860e12, "Rp", "L", None, "budget deficit|deficit", Y27, None),
    F("5.4 percent", 5.4, "%", "C", "up", "economic growth assumption|economic growth|growth", Y27, None,
      source_alt=["bill"], kind_alt=["level"]),
    F("2.5 percent", 2.5, "%", "L", None, "inflation assumption|inflation", Y27, None, source_alt=["bill"]),
    F("Rp 16,400", 16400, "Rp", "L", None, "rupiah exchange rate assumption|exchange rate", Y27, None,
      source_alt=["bill"], unit_alt=["IDR per USD"]),
    F("6.9 percent", 6.9, "%", "L", None, "10-year bond yield assumption|bond yield|yield", Y27, None,
      source_alt=["bill"]),
    F("610,000 barrels per day", 610000, "bpd", "L", None, "oil lifting target|oil lifting|lifting", Y27, None),
    F("984,000 barrels of oil equivalent per day", 984000, "barrel of oil equivalent per day", "L", None,
      "gas lifting target|gas lifting|lifting", Y27, None, unit_alt=["boepd", "barrel of oil equivalent", "barrel"]),
    F("Rp 335 trillion", 335e12, "Rp", "L", None, "free nutritious meals program budget|meals program|program", Y27,
      None, direction_alt=["up"]),
    F("82.9 million", 82.9e6, "#beneficiary", "L", None, "meals program beneficiaries|beneficiaries", Y27, None),
    F("Rp 171 trillion", 171e12, "Rp", "L", None, "free nutritious meals program budget|meals program|program",
      Y(2026), None),
    F("3 percent", 3, "%", "R", None, "legal ceiling on the deficit|legal ceiling|ceiling", None, "Wahyu Prasetyo",
      source_alt=["Prasetyo", "economist"], kind_alt=["share", "level"]),
], ex=["10-year"])

# ---------------------------------------------------------------- 08 state audit of a water utility
P = on("2025-09-17", "Wednesday")
FY25 = FY(2024, 7, 2025, 6)
AG = "Arizona's auditor general"
story("b57-08", P, """
The Sonoran Basin Water Authority lost nearly 31% of the water it treated in fiscal 2025 to leaks, theft and faulty meters, Arizona's auditor general said in a report released Wednesday.

The audit found that the utility, which serves about 412,000 customers in Pinal and Maricopa counties, replaced just 0.6% of its 3,900 miles of pipe that year, compared with an industry benchmark of 1% to 1.5% a year. At that pace it would take more than 160 years to renew the network.

Auditors said 14,200 meters, or about one in nine, were more than 20 years old and under-recorded usage, costing an estimated $11.8 million in lost revenue annually. Main breaks rose to 1,127 from 846 two years earlier.

The authority raised residential rates 9% in July, its third increase since 2022, bringing the average monthly bill to $78.40.

General manager Corinne Abernathy said in a written response that the authority agreed with 17 of the report's 19 recommendations and had budgeted $212 million for pipe replacement over the next five years.

Board chair Walter Ng said customers should not "pay twice for the same mistakes," while state Rep. Leticia Ortega said she would seek legislative hearings this fall.
""", [
    F("nearly 31%", 31, "%", "S", None, "share of treated water lost|water lost|water", FY25, AG,
      source_alt=["auditor general", "report"]),
    F("about 412,000", 412000, "#customer", "L", None, "customers served by the utility|customers", None, "audit",
      source_alt=["auditor general", AG], period_alt=[FY25, DAY(P)]),
    F("0.6%", 0.6, "%", "S", None, "share of pipe replaced|pipe replacement|pipe", FY25, "audit",
      source_alt=["auditor general", AG]),
    F("3,900 miles", 3900, "mile", "L", None, "the utility's pipe network|pipe|network", None, "audit",
      source_alt=["auditor general", AG], period_alt=[FY25]),
    F("1% to 1.5%", 1, "%", "S", None, "industry benchmark for pipe replacement|industry benchmark|benchmark", None,
      "audit", value_hi=1.5, source_alt=["auditor general", AG], kind_alt=["level"]),
    F("more than 160 years", 160, "yr", "L", None, "time to renew the network at the current pace|network|time", None,
      None, source_alt=["audit", "auditor general"]),
    F("14,200", 14200, "#meter", "L", None, "old meters under-recording usage|meters", None, "Auditors",
      source_alt=["audit", "auditor general"], period_alt=[FY25, DAY(P)]),
    FR("about one in nine", 1, 9, "S", None, "share of meters more than 20 years old|meters", None, "Auditors",
       source_alt=["audit", "auditor general"], period_alt=[FY25, DAY(P)]),
    F("more than 20 years", 20, "yr", "L", None, "age of the old meters|meters|age", None, "Auditors",
      source_alt=["audit", "auditor general"]),
    F("an estimated $11.8 million", 11.8e6, "$", "L", None, "revenue lost to old meters|lost revenue|revenue", None,
      "Auditors", source_alt=["audit", "auditor general"], period_alt=[FY25]),
    F("1,127", 1127, "#main break", "L", "up", "main breaks|breaks", FY25, None, source_alt=["audit", "Auditors"],
      unit_alt=["break"]),
    F("846", 846, "#main break", "L", None, "main breaks|breaks", FY(2022, 7, 2023, 6), None,
      source_alt=["audit", "Auditors"], unit_alt=["break"]),
    F("9%", 9, "%", "C", "up", "residential water rates|residential rates|rates", "2025-07", None),
    F("$78.40", 78.40, "$", "L", "up", "average monthly residential bill|average monthly bill|bill", "2025-07", None,
      period_alt=[None, ("2025-07", "2025-09")]),
    F("17", 17, "#recommendation", "L", None, "recommendations the authority agreed with|recommendations", None,
      "Corinne Abernathy", source_alt=["Abernathy", "general manager"]),
    F("19", 19, "#recommendation", "L", None, "the report's recommendations|recommendations", None,
      "Corinne Abernathy", source_alt=["Abernathy", "general manager", "report"]),
    F("$212 million", 212e6, "$", "L", None, "budget for pipe replacement|pipe replacement|budget",
      FY(2025, 7, 2030, 6), "Corinne Abernathy", source_alt=["Abernathy", "general manager"],
      period_alt=[None, (P, None)]),
], ex=["third increase", "two years earlier", "five years", "pay twice"])

# ---------------------------------------------------------------- 09 Canadian federal public service cut
P = on("2025-11-08", "Saturday")
FRI = last(P, "Friday")
BY = (None, "2028-03")
FY28 = FY(2027, 4, 2028, 3)
story("b57-09", P, """
The federal government would shed 8 per cent of its public service by the end of the 2027-28 fiscal year, or about 28,600 workers, under a plan detailed by Treasury Board officials on Friday, with most of the reduction to come through attrition.

The core public service had 357,250 employees as of March 31, 2025, according to Treasury Board figures, up 39 per cent from a decade earlier. Salaries and benefits cost $67.4 billion last fiscal year, or about 13 per cent of direct program spending.

Officials said roughly 1,900 people a month leave the public service through retirement or resignation, so attrition alone would account for about two-thirds of the cuts. The remainder, about 9,500 positions, would be eliminated through workforce adjustment notices starting in January.

The Canada Revenue Agency is set to lose 4,200 jobs, the largest reduction of any department, while Employment and Social Development Canada would lose 3,100.

The largest federal union, which represents about 230,000 workers, said the plan would hurt service delivery, while a union representing government scientists said it had already received notice of 640 affected positions among its members.

Savings are expected to reach $4.8 billion a year once the plan is fully implemented, officials said.
""", [
    F("8 per cent", 8, "%", "C", "dn", "federal public service|public service|workforce", BY, "Treasury Board officials",
      source_alt=["Treasury Board", "officials"], period_alt=[FY28]),
    F("about 28,600", 28600, "#worker", "C", "dn", "federal public service workers|public service|workers", BY,
      "Treasury Board officials", source_alt=["Treasury Board", "officials"], period_alt=[FY28]),
    F("357,250", 357250, "#employee", "L", None, "core public service employees|public service|employees",
      DAY("2025-03-31"), "Treasury Board", source_alt=["Treasury Board figures", "figures"],
      period_alt=["2025-03"]),
    F("39 per cent", 39, "%", "C", "up", "core public service employees|public service|employees",
      DAY("2025-03-31"), "Treasury Board", source_alt=["Treasury Board figures", "figures"],
      period_alt=[("2015-03-31", "2025-03-31"), "2025-03"]),
    F("$67.4 billion", 67.4e9, "CAD", "L", None, "public service salaries and benefits|salaries and benefits|salaries",
      FY(2024, 4, 2025, 3), None),
    F("about 13 per cent", 13, "%", "S", None, "salaries and benefits' share of direct program spending|salaries",
      FY(2024, 4, 2025, 3), None),
    F("roughly 1,900", 1900, "#person", "L", None, "people leaving the public service each month|departures|people",
      None, "Officials", source_alt=["Treasury Board officials"], unit_alt=["employee", "worker"]),
    FR("about two-thirds", 2, 3, "S", None, "share of the cuts from attrition|attrition|cuts", BY, "Officials",
       source_alt=["Treasury Board officials"], period_alt=[FY28]),
    F("about 9,500", 9500, "#position", "L", None, "positions eliminated through workforce adjustment|positions", BY,
      None, source_alt=["officials", "Treasury Board officials"], period_alt=[FY28], kind_alt=["change"]),
    F("4,200", 4200, "#job", "C", "dn", "Canada Revenue Agency jobs|jobs", BY, None, period_alt=[FY28]),
    F("3,100", 3100, "#job", "C", "dn", "Employment and Social Development Canada jobs|jobs", BY, None,
      period_alt=[FY28]),
    F("about 230,000", 230000, "#worker", "L", None, "workers represented by the largest federal union|workers|union",
      None, None, source_alt=["union"], period_alt=[DAY(P)]),
    F("640", 640, "#position", "L", None, "affected positions among scientists' union members|affected positions|positions",
      None, "union representing government scientists", source_alt=["union"], period_alt=[(None, P)]),
    F("$4.8 billion", 4.8e9, "CAD", "L", None, "annual savings from the cuts|savings", None, "officials",
      source_alt=["Treasury Board officials"], period_alt=[FY(2028, 4, 2029, 3)]),
], ex=[])

# ---------------------------------------------------------------- 10 RBNZ preview, economists' poll (NZ)
P = on("2026-02-16", "Monday")
WED = nxt(P, "Wednesday")
POLL = ("Reuters poll", ["Reuters", "poll"])
story("b57-10", P, """
The Reserve Bank of New Zealand will keep its official cash rate at 2.25 per cent on Wednesday, according to 19 of 24 economists in a Reuters poll, though a growing minority see a cut to 2.0 per cent as soon as May.

The remaining five economists forecast a quarter-point cut this week. Median forecasts showed the rate at 2.0 per cent by the end of September, with 11 of the 22 economists who gave longer-term views expecting at least one further cut this year.

Annual consumers price inflation slowed to 2.4 per cent in the December quarter from 2.9 per cent in the September quarter, Stats NZ data showed last month, while unemployment rose to 5.6 per cent, its highest in nine years.

"The labour market has more slack than the Reserve Bank expected in November," said Fiona Ruakere, chief economist at Tasman Pacific Bank, while Harbour Securities strategist Dylan Mertens said a cut would risk "reigniting the housing market".

House prices fell 0.8 per cent in the three months to January, according to property data firm ValueNest, leaving them 17 per cent below their late-2021 peak.

Two-year swap rates have risen 14 basis points since mid-January to 2.71 per cent. The New Zealand dollar was at US$0.5840 on Monday, compared with US$0.6120 a month earlier.
""", [
    F("2.25 per cent", 2.25, "%", "L", "unch", "official cash rate|cash rate|rate", DAY(WED), "economists",
      source_alt=["Reuters poll", "Reuters", "poll"], direction_alt=[None]),
    F("19", 19, "#economist", "L", None, "economists expecting a hold|economists", None, "Reuters poll",
      source_alt=["Reuters", "poll"], period_alt=[DAY(P)]),
    F("24", 24, "#economist", "L", None, "economists polled|economists", None, "Reuters poll",
      source_alt=["Reuters", "poll"], period_alt=[DAY(P)]),
    F("2.0 per cent", 2.0, "%", "L", "dn", "official cash rate|cash rate|rate", "2026-05", "growing minority",
      ctx="cut to 2.0 per cent", source_alt=["minority", "economists"], period_alt=[None, (None, "2026-05")]),
    F("five", 5, "#economist", "L", None, "economists forecasting a cut this week|economists", None, None,
      source_alt=["Reuters poll", "poll"], period_alt=[DAY(P)]),
    QP("quarter-point", "C", "dn", "official cash rate|cash rate|rate", DAY(WED), "economists",
       source_alt=["five economists"]),
    F("2.0 per cent", 2.0, "%", "L", "dn", "official cash rate|cash rate|rate", (None, "2026-09"), "median forecasts",
      ctx="rate at 2.0 per cent", source_alt=["forecasts", "Reuters poll", "poll"],
      period_alt=["2026-09", ("2026-09-30", "2026-09-30")], direction_alt=[None]),
    F("11", 11, "#economist", "L", None, "economists expecting a further cut|economists", None, None,
      source_alt=["Reuters poll", "poll"], period_alt=[DAY(P)]),
    F("22", 22, "#economist", "L", None, "economists giving longer-term views|economists", None, None,
      source_alt=["Reuters poll", "poll"], period_alt=[DAY(P)]),
    F("at least one", 1, "#cut", "L", None, "further rate cuts expected this year|cuts", Y(2026), "economists",
      source_alt=["Reuters poll"], period_alt=[(P, "2026-12")], unit_alt=["rate cut"]),
    F("2.4 per cent", 2.4, "%", "L", "dn", "annual consumers price inflation|inflation", Q(2025, 4), "Stats NZ"),
    F("2.9 per cent", 2.9, "%", "L", None, "annual consumers price inflation|inflation", Q(2025, 3), "Stats NZ"),
    F("5.6 per cent", 5.6, "%", "L", "up", "unemployment rate|unemployment", Q(2025, 4), None,
      source_alt=["Stats NZ"], period_alt=[None]),
    F("0.8 per cent", 0.8, "%", "C", "dn", "house prices|prices", MM(2025, 11, 2026, 1), "ValueNest",
      source_alt=["property data firm"]),
    F("17 per cent", 17, "%", "C", "dn", "house prices|prices", "2026-01", "ValueNest",
      source_alt=["property data firm"], kind_alt=["level"], period_alt=[None, DAY(P)]),
    F("14 basis points", 14, "bp", "C", "up", "two-year swap rates|swap rates|rates", ("2026-01-15", P), None,
      period_alt=[("2026-01", "2026-02"), None], unit_alt=["percentage point"], value_alt=[0.14]),
    F("2.71 per cent", 2.71, "%", "L", "up", "two-year swap rates|swap rates|rates", DAY(P), None,
      period_alt=[None]),
    F("US$0.5840", 0.584, "$", "L", None, "New Zealand dollar|dollar", DAY(P), None),
    F("US$0.6120", 0.612, "$", "L", None, "New Zealand dollar|dollar", DAY(month_ago(P)), None,
      period_alt=["2026-01"]),
], ex=["December quarter", "September quarter", "nine years", "three months", "Two-year"])
