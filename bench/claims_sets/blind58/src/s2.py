"""blind58 s2: US state and city finance (fiscal years from July 1), drug prices and approvals, lotteries,
charities (b58-11..b58-20)."""
from common import *

# ---------------------------------------------------------------- 11 New Jersey budget ("the fiscal year that begins Wednesday")
P = on("2026-06-27", "Saturday")
FY27 = FY(2026, 7, 2027, 6)
FY26 = FY(2025, 7, 2026, 6)
OLS = "Office of Legislative Services"
story("b58-11", P, """
TRENTON, N.J. — New Jersey lawmakers late Friday approved a $58.9 billion budget for the fiscal year that begins Wednesday, a 3.1% increase over the current year's $57.1 billion plan, sending it to Gov. Daniel Whitcombe days before a shutdown deadline.

The Senate passed the bill 25-14 and the Assembly 51-27, largely along party lines.

The spending plan leaves a surplus of $6.2 billion, or about 10.5% of spending, and includes a full $7.4 billion contribution to the state's pension funds for a sixth consecutive year. School aid would rise by $520 million to $12.3 billion, while property tax relief programs would cost $2.6 billion. NJ Transit would receive $1.15 billion in operating support.

To close a gap the administration had put at $1.8 billion, the budget raises the tax on online casino gaming to 19.75% from 15% and adds a 10-cent fee on each ride-share trip.

The nonpartisan Office of Legislative Services projected that revenue would grow 2.8% in fiscal 2027, after rising 4.6% in fiscal 2026, and warned that the state faces a structural deficit of about $4 billion by fiscal 2029.

"We balanced it without raising income taxes," said Senate Budget Committee chair Maria Okonkwo-Reyes. Republican Sen. Thomas Keefe countered that state spending had grown "by more than a third in five years" and that the surplus would be gone within two budgets.
""", [
    F("$58.9 billion", 58.9e9, "$", "L", "up", "New Jersey's budget|budget", FY27, None, source_alt=["lawmakers"]),
    F("3.1%", 3.1, "%", "C", "up", "New Jersey's budget|budget", FY27, None, source_alt=["lawmakers"]),
    F("$57.1 billion", 57.1e9, "$", "L", None, "New Jersey's current budget|budget|plan", FY26, None),
    F("$6.2 billion", 6.2e9, "$", "L", None, "budget surplus|surplus", FY27, None),
    F("about 10.5%", 10.5, "%", "S", None, "surplus as a share of spending|surplus", FY27, None,
      kind_alt=["ratio"]),
    F("$7.4 billion", 7.4e9, "$", "L", None, "state pension contribution|pension contribution|contribution", FY27,
      None),
    F("$520 million", 520e6, "$", "C", "up", "New Jersey school aid|school aid|aid", FY27, None),
    F("$12.3 billion", 12.3e9, "$", "L", "up", "New Jersey school aid|school aid|aid", FY27, None),
    F("$2.6 billion", 2.6e9, "$", "L", None, "property tax relief programs|property tax relief|programs", FY27, None),
    F("$1.15 billion", 1.15e9, "$", "L", None, "NJ Transit operating support|operating support|support", FY27, None),
    F("$1.8 billion", 1.8e9, "$", "L", None, "budget gap|gap", FY27, "administration", source_alt=["Whitcombe"]),
    F("19.75%", 19.75, "%", "L", "up", "tax on online casino gaming|tax rate|tax", FY27, None,
      period_alt=[None]),
    F("15%", 15, "%", "L", None, "tax on online casino gaming|tax rate|tax", FY26, None, period_alt=[None]),
    CENTS("10-cent", 10, "$", "L", None, "fee on each ride-share trip|ride-share fee|fee", FY27, None,
          period_alt=[None]),
    F("2.8%", 2.8, "%", "C", "up", "New Jersey revenue|revenue", FY27, OLS, source_alt=["Office", "OLS"]),
    F("4.6%", 4.6, "%", "C", "up", "New Jersey revenue|revenue", FY26, OLS, source_alt=["Office", "OLS"]),
    F("about $4 billion", 4e9, "$", "L", None, "structural deficit|deficit", FY(2028, 7, 2029, 6), OLS,
      source_alt=["Office", "OLS"], period_alt=[(None, "2029-06")]),
    FR("more than a third", 1, 3, "C", "up", "state spending|spending", FY(2021, 7, 2026, 6), "Thomas Keefe",
       source_alt=["Keefe", "Sen. Thomas Keefe", "Republican"], period_alt=[None]),
], ex=["25-14", "51-27", "five years", "two budgets"])

# ---------------------------------------------------------------- 12 Phoenix city budget ("fiscal 2027" with no calendar; "next month")
P = on("2026-05-20", "Wednesday")
FY27 = FY(2026, 7, 2027, 6)
story("b58-12", P, """
PHOENIX — The Phoenix City Council on Tuesday approved a $2.05 billion general fund budget for fiscal 2027 that closes a $64 million shortfall without layoffs, drawing on reserves and freezing 212 vacant positions.

Spending across all city funds would reach $6.7 billion, up 4.8% from the current year.

Police and fire would take 64% of general fund dollars, City Manager Aurelio Banks said, with the budget adding 35 firefighters and funding 3,342 sworn police positions.

Sales tax revenue, the city's largest general fund source, is projected to grow 2.1% next fiscal year after a 0.6% decline in the current one, the budget office estimated.

Homeless services would receive $48.2 million, down $9.5 million as federal grants expire. The city's rainy-day fund would fall to $118 million, or about 5.8% of general fund spending, below the council's 10% policy target.

The council also approved a 4.5% increase in residential solid waste fees, effective next month, lifting the monthly charge to $35.40.

"We kept every library and pool open, and nobody is getting a pink slip," said Councilwoman Rosa Delgadillo, who voted with the majority in the 7-2 decision.

Councilman Grant Ostrowski, who voted no, said the city was "papering over" a gap that would reappear next spring. The budget takes effect July 1.
""", [
    F("$2.05 billion", 2.05e9, "$", "L", None, "Phoenix general fund budget|general fund budget|budget", FY27, None,
      source_alt=["Phoenix City Council", "council"]),
    F("$64 million", 64e6, "$", "L", None, "Phoenix budget shortfall|shortfall", FY27, None),
    F("212", 212, "#position", "L", None, "vacant positions frozen|vacant positions|positions", FY27, None,
      period_alt=[None]),
    F("$6.7 billion", 6.7e9, "$", "L", "up", "spending across all city funds|spending", FY27, None),
    F("4.8%", 4.8, "%", "C", "up", "spending across all city funds|spending", FY27, None),
    F("64%", 64, "%", "S", None, "police and fire share of general fund dollars|police and fire|general fund dollars",
      FY27, "Aurelio Banks", source_alt=["Banks", "City Manager"]),
    F("35", 35, "#firefighter", "C", "up", "firefighters added|firefighters", FY27, "Aurelio Banks", ctx="adding 35",
      source_alt=["Banks", "City Manager"], kind_alt=["level"]),
    F("3,342", 3342, "#position", "L", None, "sworn police positions funded|police positions|positions", FY27,
      "Aurelio Banks", source_alt=["Banks", "City Manager"], unit_alt=["police officer", "officer"]),
    F("2.1%", 2.1, "%", "C", "up", "Phoenix sales tax revenue|sales tax revenue|revenue", FY27, "budget office",
      source_alt=["office"]),
    F("0.6%", 0.6, "%", "C", "dn", "Phoenix sales tax revenue|sales tax revenue|revenue", FY(2025, 7, 2026, 6),
      "budget office", source_alt=["office"]),
    F("$48.2 million", 48.2e6, "$", "L", "dn", "homeless services funding|homeless services|funding", FY27, None),
    F("$9.5 million", 9.5e6, "$", "C", "dn", "homeless services funding|homeless services|funding", FY27, None),
    F("$118 million", 118e6, "$", "L", "dn", "Phoenix rainy-day fund|rainy-day fund|fund", FY27, None,
      period_alt=[(None, "2027-06")]),
    F("about 5.8%", 5.8, "%", "S", None, "rainy-day fund as a share of general fund spending|rainy-day fund|fund",
      FY27, None, kind_alt=["ratio"]),
    F("10%", 10, "%", "L", None, "council's reserve policy target|policy target|target", None, None,
      kind_alt=["share"]),
    F("4.5%", 4.5, "%", "C", "up", "residential solid waste fees|waste fees|fees", M(2026, 6), None,
      source_alt=["council"], period_alt=[(P, None)]),
    F("$35.40", 35.40, "$", "L", "up", "monthly residential solid waste charge|monthly charge|charge", M(2026, 6),
      None, source_alt=["council"], period_alt=[(P, None)]),
], ex=["7-2", "current one"])

# ---------------------------------------------------------------- 13 Ohio revenue: fiscal year to date, "Year to date" in a fiscal story
P = on("2026-04-03", "Friday")
OBM = "Office of Budget and Management"
OB = [OBM, "office"]
MAR = M(2026, 3)
FYTD = FY(2025, 7, 2026, 3)
story("b58-13", P, """
COLUMBUS, Ohio — Ohio's tax collections ran ahead of forecast again in March, keeping the state on course for a modest surplus when the fiscal year ends June 30, the Office of Budget and Management said Thursday.

General revenue fund tax receipts totaled $2.31 billion in March, 1.7% above estimates and up 3.9% from March 2025.

Through the first nine months of fiscal 2026, collections reached $20.46 billion, $412 million or 2.1% more than forecast, and 3.3% above the same period a year earlier.

The sales and use tax brought in $1.02 billion in March, 2.4% over estimates, while personal income tax receipts of $694.5 million beat projections by 4.8%. Commercial activity tax receipts came in 6.2% short of estimates.

Medicaid, the largest expense, cost $1.9 billion in March, 3.5% below estimates, the office said. Year to date, Medicaid outlays of $19.8 billion were 1.2% under budget.

"Revenues are steady, not spectacular," budget director Colleen Haverford told reporters.

Economists at the Legislative Service Commission expect general revenue growth of 1.9% in fiscal 2027, while analysts at the nonpartisan group Buckeye Fiscal Watch see a shortfall of about $300 million in fiscal 2028 as recent income tax cuts take full effect.

The state's rainy-day fund holds $3.8 billion, enough to cover about 12% of annual general fund spending.
""", [
    F("$2.31 billion", 2.31e9, "$", "L", None, "general revenue fund tax receipts|tax receipts|receipts", MAR, None,
      source_alt=OB),
    F("1.7%", 1.7, "%", "C", "up", "general revenue fund tax receipts against estimates|tax receipts|receipts", MAR,
      None, source_alt=OB),
    F("3.9%", 3.9, "%", "C", "up", "general revenue fund tax receipts|tax receipts|receipts", MAR, None,
      source_alt=OB),
    F("$20.46 billion", 20.46e9, "$", "L", None, "Ohio tax collections|collections", FYTD, None, source_alt=OB),
    F("$412 million", 412e6, "$", "C", "up", "Ohio tax collections against forecast|collections", FYTD, None,
      source_alt=OB),
    F("2.1%", 2.1, "%", "C", "up", "Ohio tax collections against forecast|collections", FYTD, None, source_alt=OB),
    F("3.3%", 3.3, "%", "C", "up", "Ohio tax collections|collections", FYTD, None, source_alt=OB),
    F("$1.02 billion", 1.02e9, "$", "L", None, "sales and use tax receipts|sales and use tax|tax", MAR, None,
      source_alt=OB),
    F("2.4%", 2.4, "%", "C", "up", "sales and use tax receipts against estimates|sales and use tax|tax", MAR, None,
      source_alt=OB),
    F("$694.5 million", 694.5e6, "$", "L", None, "personal income tax receipts|receipts", MAR, None, source_alt=OB),
    F("4.8%", 4.8, "%", "C", "up", "personal income tax receipts against projections|receipts", MAR, None,
      source_alt=OB),
    F("6.2%", 6.2, "%", "C", "dn", "commercial activity tax receipts against estimates|receipts", MAR, None,
      source_alt=OB),
    F("$1.9 billion", 1.9e9, "$", "L", None, "Ohio Medicaid spending|Medicaid", MAR, "office",
      source_alt=[OBM]),
    F("3.5%", 3.5, "%", "C", "dn", "Ohio Medicaid spending against estimates|Medicaid", MAR, "office",
      source_alt=[OBM]),
    F("$19.8 billion", 19.8e9, "$", "L", None, "Ohio Medicaid outlays|Medicaid outlays|outlays", FYTD, None,
      source_alt=OB, period_alt=[("2026-01", "2026-03"), ytd(P)]),
    F("1.2%", 1.2, "%", "C", "dn", "Ohio Medicaid outlays against budget|Medicaid outlays|outlays", FYTD, None,
      source_alt=OB, period_alt=[("2026-01", "2026-03"), ytd(P)]),
    F("1.9%", 1.9, "%", "C", "up", "Ohio general revenue growth|general revenue|revenue", FY(2026, 7, 2027, 6),
      "Legislative Service Commission", source_alt=["Economists", "commission"]),
    F("about $300 million", 300e6, "$", "L", None, "Ohio budget shortfall|shortfall", FY(2027, 7, 2028, 6),
      "Buckeye Fiscal Watch", source_alt=["analysts"]),
    F("$3.8 billion", 3.8e9, "$", "L", None, "Ohio rainy-day fund|rainy-day fund|fund", DAY(P), None,
      period_alt=[None, MAR]),
    F("about 12%", 12, "%", "S", None, "rainy-day fund as a share of annual general fund spending|rainy-day fund|fund",
      None, None, kind_alt=["ratio"], period_alt=[DAY(P)]),
], ex=["first nine months"])

# ---------------------------------------------------------------- 14 California LAO outlook, Q&A
P = on("2025-11-19", "Wednesday")
FY27 = FY(2026, 7, 2027, 6)
LAO = "Legislative Analyst's Office"
LA = [LAO, "LAO", "office"]
story("b58-14", P, """
SACRAMENTO — California's Legislative Analyst's Office on Wednesday projected an $18.4 billion budget problem for the 2026-27 fiscal year, which begins July 1. What it means:

Q: How big is the gap?
A: The LAO put it at about 8% of general fund spending, $6 billion more than the administration assumed in June, and said annual deficits would average roughly $32 billion from 2027-28 through 2029-30.

Q: Isn't revenue booming?
A: Partly. Income tax collections are running $7.9 billion above the budget's assumptions so far this fiscal year, driven by AI stock gains. But schools must receive about 40% of new revenue under Proposition 98, so much of the windfall is already spoken for. The office expects revenue from the state's "big three" taxes to reach $219 billion in 2026-27.

Q: What about reserves?
A: The state's rainy-day fund holds $11.6 billion. The LAO recommended drawing no more than half of it next year.

Q: What are the risks?
A: A stock market downturn. The office estimated that a 20% fall in share prices could cut revenue by $15 billion to $20 billion over two years. California's unemployment rate, 5.5% in September, is the highest of any state.

Q: What happens next?
A: Gov. Martin Alcaraz must propose a budget by Jan. 10. The current year's enacted budget totals $321.1 billion, including $228.4 billion from the general fund.
""", [
    F("$18.4 billion", 18.4e9, "$", "L", None, "California budget problem|budget problem|problem", FY27, LAO,
      source_alt=LA[1:]),
    F("about 8%", 8, "%", "S", None, "shortfall as a share of general fund spending|shortfall", FY27, "LAO",
      source_alt=[LAO, "office"], kind_alt=["ratio"]),
    F("$6 billion", 6e9, "$", "C", "up", "shortfall against the administration's June assumption|shortfall", FY27,
      "LAO", source_alt=[LAO, "office"], kind_alt=["level"]),
    F("roughly $32 billion", 32e9, "$", "L", None, "California's annual deficits|annual deficits|deficits",
      FY(2027, 7, 2030, 6), "LAO", source_alt=[LAO, "office"]),
    F("$7.9 billion", 7.9e9, "$", "C", "up", "income tax collections above budget assumptions|income tax collections|collections",
      FY(2025, 7, 2025, 11), None, source_alt=LA, kind_alt=["level"],
      period_alt=[FY(2025, 7, 2025, 10)]),
    F("about 40%", 40, "%", "S", None, "schools' share of new revenue under Proposition 98|schools|share", None, None),
    F("$219 billion", 219e9, "$", "L", None, "revenue from the big three taxes|revenue", FY27, "office",
      source_alt=[LAO, "LAO"]),
    F("$11.6 billion", 11.6e9, "$", "L", None, "California rainy-day fund|rainy-day fund|fund", DAY(P), None,
      period_alt=[None]),
    FR("half", 1, 2, "S", None, "share of the rainy-day fund to draw|rainy-day fund|fund", FY27, "LAO",
       source_alt=[LAO, "office"], period_alt=[Y(2026)]),
    F("20%", 20, "%", "C", "dn", "share prices|prices", None, "office", source_alt=[LAO, "LAO"]),
    F("$15 billion to $20 billion", 15e9, "$", "C", "dn", "California revenue|revenue", None, "office",
      value_hi=20e9, source_alt=[LAO, "LAO"], period_alt=[FY(2026, 7, 2028, 6)]),
    F("5.5%", 5.5, "%", "L", None, "California's unemployment rate|unemployment rate|rate", M(2025, 9), None),
    F("$321.1 billion", 321.1e9, "$", "L", None, "California's enacted budget|enacted budget|budget",
      FY(2025, 7, 2026, 6), None),
    F("$228.4 billion", 228.4e9, "$", "L", None, "general fund budget|general fund", FY(2025, 7, 2026, 6), None),
], ex=["Proposition 98", "big three", "two years"])

# ---------------------------------------------------------------- 15 drug price increases in January
P = on("2026-01-02", "Friday")
JAN12 = ("2026-01-01", "2026-01-02")
MER = ["Meridale Partners", "analysis", "consultancy"]
story("b58-15", P, """
NEW YORK, Jan. 2 — Drugmakers raised U.S. list prices on at least 312 medicines in the first two days of 2026, with a median increase of 4.1%, according to an analysis by health-care consultancy Meridale Partners.

That compared with increases on 287 drugs at a median of 4.5% in the same period a year earlier, the firm said. Only nine of the increases were 10% or more.

Pellador Pharma raised the price of its psoriasis injection Venlura by 6.9% to $7,480 for a four-week supply. Venlura generated $2.3 billion in U.S. sales in 2025, making it the company's biggest product.

Rhostrand Biotherapeutics went the other way, cutting the list price of its long-acting insulin by 35% to $98 a vial.

Medicare's negotiated prices for the first 10 drugs selected under the Inflation Reduction Act also took effect on Thursday. The Centers for Medicare & Medicaid Services has estimated the discounts will save enrollees about $1.7 billion in out-of-pocket costs this year.

Brand-name list prices rose 4.8% on average in 2025, the consultancy said, and analysts at Corbel Securities expect increases to average 3.5% for the full year, the smallest in at least a decade, as companies brace for tariffs on imported medicines.

"List prices are increasingly a fiction," said Dana Whitlock, a pharmacy benefits researcher at Tollgate University, noting that net prices after rebates fell 2.2% last year.
""", [
    F("at least 312", 312, "#medicine", "L", None, "medicines with U.S. list price increases|medicines|drugs", JAN12,
      "Meridale Partners", source_alt=MER[1:], unit_alt=["drug"], period_alt=[M(2026, 1)]),
    F("4.1%", 4.1, "%", "C", "up", "median list price increase|median increase|list prices", JAN12,
      "Meridale Partners", source_alt=MER[1:], period_alt=[M(2026, 1)]),
    F("287", 287, "#drug", "L", None, "drugs with list price increases|drugs", ("2025-01-01", "2025-01-02"), "firm",
      source_alt=MER, period_alt=[M(2025, 1)]),
    F("4.5%", 4.5, "%", "C", "up", "median list price increase|median|list prices", ("2025-01-01", "2025-01-02"),
      "firm", source_alt=MER, period_alt=[M(2025, 1)]),
    F("nine", 9, "#increase", "L", None, "increases of 10% or more|increases", JAN12, None, source_alt=MER,
      period_alt=[M(2026, 1)]),
    F("6.9%", 6.9, "%", "C", "up", "Venlura's list price|price", JAN12, None,
      source_alt=["Pellador Pharma", "Pellador"], period_alt=[M(2026, 1), None]),
    F("$7,480", 7480, "$", "L", "up", "Venlura's list price|price", JAN12, None,
      source_alt=["Pellador Pharma", "Pellador"], period_alt=[M(2026, 1), None]),
    F("$2.3 billion", 2.3e9, "$", "L", None, "Venlura's U.S. sales|sales", Y(2025), None),
    F("35%", 35, "%", "C", "dn", "list price of Rhostrand's long-acting insulin|list price|insulin", JAN12, None,
      source_alt=["Rhostrand Biotherapeutics", "Rhostrand"], period_alt=[M(2026, 1), None]),
    F("$98", 98, "$", "L", "dn", "list price of Rhostrand's long-acting insulin|list price|insulin", JAN12, None,
      source_alt=["Rhostrand Biotherapeutics", "Rhostrand"], period_alt=[M(2026, 1), None],
      unit_alt=["USD per vial"]),
    F("10", 10, "#drug", "L", None, "drugs with Medicare negotiated prices|drugs", None, None, ctx="first 10 drugs",
      period_alt=[DAY("2026-01-01")]),
    F("about $1.7 billion", 1.7e9, "$", "L", None, "enrollees' out-of-pocket savings|savings|costs", Y(2026),
      "Centers for Medicare & Medicaid Services", source_alt=["CMS", "Centers"]),
    F("4.8%", 4.8, "%", "C", "up", "brand-name list prices|list prices|prices", Y(2025), "consultancy",
      source_alt=["Meridale Partners"]),
    F("3.5%", 3.5, "%", "C", "up", "drug price increases|increases|prices", Y(2026), "Corbel Securities",
      source_alt=["analysts"]),
    F("2.2%", 2.2, "%", "C", "dn", "net drug prices after rebates|net prices|prices", Y(2025), "Dana Whitlock",
      source_alt=["Whitlock", "researcher", "Tollgate University"]),
], ex=["first two days", "10% or more", "four-week"])

# ---------------------------------------------------------------- 16 FDA approval (published Saturday)
P = on("2026-05-16", "Saturday")
FRI = last(P, "Friday")
CX = ["Corvexa Therapeutics", "Corvexa"]
story("b58-16", P, """
WASHINGTON — The U.S. Food and Drug Administration on Friday approved Corvexa Therapeutics' pill Pulmevo for adults with chronic thromboembolic pulmonary hypertension who cannot have surgery, the first oral drug cleared specifically for the rare lung condition.

Corvexa set a list price of $294,000 a year.

In a late-stage trial of 412 patients, Pulmevo cut the risk of disease worsening or death by 44% compared with a placebo over 24 weeks, and patients taking it walked 38 meters farther in a six-minute test. Headaches were reported by 12% of patients on the drug and 7% of those on placebo.

The company said about 30,000 U.S. patients could be eligible. The approval triggers a $150 million milestone payment to its partner, Hollis Bio.

The Institute for Clinical and Economic Review, an independent drug-pricing watchdog, said in March that a price of $95,000 to $130,000 a year would be cost-effective.

Analysts on average expect annual sales to reach $2.8 billion by 2032, according to LSEG data.

Corvexa shares, which have gained 63% this year, rose 9.4% in extended trading on Friday. The company, which reported a first-quarter net loss of $84 million, had $1.1 billion in cash at the end of March.

"This gives patients an option that fits in a pill bottle," said Corvexa's chief medical officer, Dr. Annika Sorensen.
""", [
    F("$294,000", 294000, "$", "L", None, "Pulmevo list price|list price|price", None, None, source_alt=CX,
      unit_alt=["USD per year"], period_alt=[DAY(FRI)]),
    F("412", 412, "#patient", "L", None, "patients in the late-stage trial|trial|patients", None, None),
    F("44%", 44, "%", "C", "dn", "risk of disease worsening or death|risk", None, None),
    F("38 meters", 38, "m", "C", "up", "six-minute walk distance|walk distance|distance", None, None,
      kind_alt=["level"]),
    F("12%", 12, "%", "S", None, "patients on Pulmevo reporting headaches|headaches|patients", None, None),
    F("7%", 7, "%", "S", None, "placebo patients reporting headaches|headaches|patients", None, None),
    F("about 30,000", 30000, "#patient", "L", None, "eligible U.S. patients|patients", None, "company",
      source_alt=CX),
    F("$150 million", 150e6, "$", "L", None, "milestone payment to Hollis Bio|milestone payment|payment", DAY(FRI),
      None, source_alt=CX, period_alt=[None]),
    F("$95,000 to $130,000", 95000, "$", "L", None, "cost-effective price|price", None,
      "Institute for Clinical and Economic Review", value_hi=130000,
      source_alt=["watchdog", "ICER", "Institute"], unit_alt=["USD per year"], period_alt=[M(2026, 3)]),
    F("$2.8 billion", 2.8e9, "$", "L", "up", "Pulmevo annual sales|annual sales|sales", (None, "2032-12"), "LSEG",
      source_alt=["Analysts"], period_alt=[Y(2032)]),
    F("63%", 63, "%", "C", "up", "Corvexa shares|shares", ytd(P), None, period_alt=[("2026-01-01", FRI)]),
    F("9.4%", 9.4, "%", "C", "up", "Corvexa shares|shares", DAY(FRI), None),
    F("$84 million", 84e6, "$", "L", None, "Corvexa first-quarter net loss|net loss|loss", Q(2026, 1), None,
      source_alt=CX),
    F("$1.1 billion", 1.1e9, "$", "L", None, "Corvexa's cash|cash", M(2026, 3), None, source_alt=CX,
      period_alt=[DAY("2026-03-31")]),
], ex=["24 weeks", "six-minute", "first-quarter"])

# ---------------------------------------------------------------- 17 Australian PBS listing (Sunday paper)
P = on("2026-07-12", "Sunday")
MIN = ["Rhiannon Dwyer", "Dwyer", "Health Minister", "minister"]
story("b58-17", P, """
Australians with advanced ovarian cancer will pay $25 a script for a drug that now costs them more than $5,400 a month, after the federal government agreed to list it on the Pharmaceutical Benefits Scheme from 1 August.

The listing of Lumarisib, made by Melbourne-based Southbank Oncology, will cost taxpayers about $436 million over four years and benefit an estimated 2,100 patients a year, Health Minister Rhiannon Dwyer said on Sunday. Concession card holders will pay $7.70 a script.

In trials, the tablet extended the time patients lived without their cancer worsening by a median of 5.6 months. The Pharmaceutical Benefits Advisory Committee recommended the listing in March after Southbank cut its proposed price by 27 per cent.

About 1,850 Australian women are diagnosed with ovarian cancer each year and the five-year survival rate is 49 per cent, according to Cancer Australia.

Mother of three Keeley Harrington, 47, from Geelong, has been paying for the drug with money raised by friends. "This means I can stop doing the maths," she said.

Government spending on the PBS reached $19.6 billion in 2024-25, up 8.3 per cent on the previous year, Department of Health figures show, while industry body Medicines Australia says patients wait an average of 466 days between a medicine's approval and its subsidy.

Southbank Oncology shares jumped 11 per cent on Friday as news of the decision leaked.
""", [
    F("$25", 25, "A$", "L", "dn", "patient co-payment for Lumarisib|co-payment|script", ("2026-08", None),
      None, unit_alt=["AUD per script"], period_alt=[("2026-08-01", None), "2026-08", None]),
    F("more than $5,400", 5400, "A$", "L", None, "monthly cost of Lumarisib|cost|drug", DAY(P), None,
      unit_alt=["AUD per month"], period_alt=[None]),
    F("about $436 million", 436e6, "A$", "L", None, "cost of the Lumarisib listing|listing|cost",
      ("2026-08", "2030-07"), "Rhiannon Dwyer", source_alt=MIN[1:], period_alt=[None, FY(2026, 7, 2030, 6)]),
    F("an estimated 2,100", 2100, "#patient", "L", None, "patients benefiting each year|patients", None,
      "Rhiannon Dwyer", source_alt=MIN[1:]),
    F("$7.70", 7.70, "A$", "L", None, "concession co-payment|co-payment|script", ("2026-08", None), "Rhiannon Dwyer",
      source_alt=MIN[1:], unit_alt=["AUD per script"], period_alt=[("2026-08-01", None), "2026-08", None]),
    F("5.6 months", 5.6, "mo", "C", "up", "progression-free survival|survival|time", None, None,
      kind_alt=["level"]),
    F("27 per cent", 27, "%", "C", "dn", "Southbank's proposed price|proposed price|price", (None, "2026-03"), None,
      source_alt=["Southbank Oncology", "Southbank"], period_alt=[None, M(2026, 3)]),
    F("About 1,850", 1850, "#woman", "L", None, "Australian women diagnosed with ovarian cancer each year|women",
      None, "Cancer Australia"),
    F("49 per cent", 49, "%", "L", None, "five-year survival rate for ovarian cancer|survival rate|rate", None,
      "Cancer Australia", kind_alt=["share"]),
    AGE("47", 47, "Keeley Harrington", alts="Harrington"),
    F("$19.6 billion", 19.6e9, "A$", "L", "up", "government spending on the PBS|PBS spending|spending",
      FY(2024, 7, 2025, 6), "Department of Health", source_alt=["figures"]),
    F("8.3 per cent", 8.3, "%", "C", "up", "government spending on the PBS|PBS spending|spending",
      FY(2024, 7, 2025, 6), "Department of Health", source_alt=["figures"]),
    F("466 days", 466, "d", "L", None, "average wait between approval and subsidy|wait", None,
      "Medicines Australia", source_alt=["industry body"]),
    F("11 per cent", 11, "%", "C", "up", "Southbank Oncology shares|shares", DAY(last(P, "Friday")), None),
], ex=["four years", "Mother of three", "five-year"])

# ---------------------------------------------------------------- 18 Powerball, bullet list
P = on("2026-02-09", "Monday")
SAT = last(P, "Saturday")
story("b58-18", P, """
The Powerball jackpot has climbed to an estimated $1.32 billion ahead of Monday night's drawing, among the largest in the game's history, after no ticket matched all the numbers on Saturday, when the top prize stood at $1.19 billion.

What to know before you buy:

- The cash option is worth about $598.7 million before taxes, lottery officials said.
- The odds of winning the jackpot are 1 in 292.2 million.
- Tickets cost $2 each; the Power Play option adds $1.
- The jackpot has now rolled over in 37 consecutive drawings.
- Saturday's drawing still produced 2.4 million winning tickets at lower prize levels, including four $1 million winners.
- Sales for Monday's drawing are expected to reach about $310 million, the Multi-State Lottery Association said.
- The record jackpot of $2.04 billion was won in California in November 2022.
- Powerball is played in 45 states, plus Washington, D.C., Puerto Rico and the U.S. Virgin Islands.
- A lump-sum winner faces 24% federal withholding, and the final tax bill could be higher.

Store owner Hector Villanueva, whose shop in Lansing, Michigan, sold a $50,000 ticket in December, said lines had stretched out the door since Saturday. "People who never play are buying twenty tickets," he said.

Drawings are held on Monday, Wednesday and Saturday nights at 10:59 p.m. Eastern time.
""", [
    F("an estimated $1.32 billion", 1.32e9, "$", "L", "up", "Powerball jackpot|jackpot", DAY(P), None,
      period_alt=[None]),
    F("$1.19 billion", 1.19e9, "$", "L", None, "Powerball jackpot|top prize|jackpot", DAY(SAT), None),
    F("about $598.7 million", 598.7e6, "$", "L", None, "Powerball cash option|cash option", DAY(P),
      "lottery officials", source_alt=["officials"], period_alt=[None]),
    FR("1 in 292.2 million", 1, 292.2e6, "S", None, "odds of winning the jackpot|odds", None, None,
       kind_alt=["ratio", "level"], value_alt=[1 / 292.2e6, 292.2e6]),
    F("$2", 2, "$", "L", None, "Powerball ticket price|tickets", None, None, ctx="cost $2 each",
      unit_alt=["USD per ticket"]),
    F("$1", 1, "$", "L", None, "Power Play option price|Power Play", None, None, ctx="adds $1"),
    F("37", 37, "#drawing", "L", None, "consecutive drawings without a jackpot winner|drawings|jackpot", None, None,
      period_alt=[(None, SAT)]),
    F("2.4 million", 2.4e6, "#ticket", "L", None, "winning tickets at lower prize levels|winning tickets|tickets",
      DAY(SAT), None),
    F("four", 4, "#winner", "L", None, "$1 million winners|winners", DAY(SAT), None),
    F("$1 million", 1e6, "$", "L", None, "second-tier prize|prize|winners", DAY(SAT), None, period_alt=[None]),
    F("about $310 million", 310e6, "$", "L", None, "ticket sales for Monday's drawing|sales", DAY(P),
      "Multi-State Lottery Association", source_alt=["Association"]),
    F("$2.04 billion", 2.04e9, "$", "L", None, "record Powerball jackpot|record jackpot|jackpot", M(2022, 11), None),
    F("45", 45, "#state", "L", None, "states where Powerball is played|states", None, None),
    F("24%", 24, "%", "L", None, "federal withholding on a lump sum|withholding", None, None, kind_alt=["share"]),
    F("$50,000", 50000, "$", "L", None, "ticket sold at Villanueva's shop|ticket|prize", M(2025, 12), None),
    F("twenty", 20, "#ticket", "L", None, "tickets bought by people who never play|tickets", None,
      "Hector Villanueva", source_alt=["Villanueva", "Store owner"]),
], ex=[])

# ---------------------------------------------------------------- 19 British charity annual report
P = on("2026-08-19", "Wednesday")
YR = MM(2025, 4, 2026, 3)
HL = ["Harbourlight", "annual report", "report", "charity"]
story("b58-19", P, """
Harbourlight, the homelessness charity, increased its income by 6.2 per cent to £418.3 million in the year to 31 March, its annual report shows, as gifts in wills hit a record.

Legacies rose 14 per cent to £97.6 million, while income from government and council contracts fell 3.1 per cent to £142.9 million. Fundraising costs were £61.2 million, meaning the charity spent about 15p to raise each £1.

Harbourlight said 84p in every pound it spent went on charitable activities. It supported 61,400 people through 212 services in England and Wales, up from 57,900 the year before, and its staff grew to 3,870.

The chief executive, Moira Pendleton, was paid £198,500, an increase of 2.5 per cent. The charity's free reserves were equal to 4.1 months of spending, within its target range.

The charity expects income to fall to about £405 million in the current financial year because a large Home Office contract for asylum accommodation support ends in October.

"Rough sleeping is rising in almost every town we work in, and the money is not keeping pace," Ms Pendleton wrote in the report, which was filed with the Charity Commission last week.

Harbourlight, founded in a church basement in Bristol in 1974, is among the country's 20 largest charities by income.
""", [
    F("6.2 per cent", 6.2, "%", "C", "up", "Harbourlight's income|income", YR, "annual report",
      source_alt=["report", "Harbourlight"]),
    F("£418.3 million", 418.3e6, "£", "L", "up", "Harbourlight's income|income", YR, "annual report",
      source_alt=["report", "Harbourlight"]),
    F("14 per cent", 14, "%", "C", "up", "legacy income|legacies", YR, None, source_alt=HL),
    F("£97.6 million", 97.6e6, "£", "L", "up", "legacy income|legacies", YR, None, source_alt=HL),
    F("3.1 per cent", 3.1, "%", "C", "dn", "income from government and council contracts|contracts|income", YR, None,
      source_alt=HL),
    F("£142.9 million", 142.9e6, "£", "L", "dn", "income from government and council contracts|contracts|income", YR,
      None, source_alt=HL),
    F("£61.2 million", 61.2e6, "£", "L", None, "fundraising costs|costs", YR, None, source_alt=HL),
    CENTS("about 15p", 15, "£", "L", None, "cost of raising each pound|fundraising cost|cost", YR, None,
          sub="penny", source_alt=HL, kind_alt=["ratio"]),
    F("84p in every pound", 84, "%", "S", None, "share of spending on charitable activities|charitable activities|spending",
      YR, "Harbourlight", source_alt=["charity"], value_alt=[0.84], unit_alt=["GBP", "penny"]),
    F("61,400", 61400, "#person", "L", "up", "people supported by Harbourlight|people", YR, None, source_alt=HL),
    F("212", 212, "#service", "L", None, "Harbourlight services in England and Wales|services", YR, None,
      source_alt=HL),
    F("57,900", 57900, "#person", "L", None, "people supported by Harbourlight|people", MM(2024, 4, 2025, 3), None,
      source_alt=HL),
    F("3,870", 3870, "#staff", "L", "up", "Harbourlight staff|staff", YR, None, source_alt=HL,
      unit_alt=["employee"], period_alt=[DAY("2026-03-31")]),
    F("£198,500", 198500, "£", "L", "up", "chief executive's pay|pay", YR, None, source_alt=HL),
    F("2.5 per cent", 2.5, "%", "C", "up", "chief executive's pay|pay", YR, None, source_alt=HL),
    F("4.1 months", 4.1, "mo", "L", None, "free reserves in months of spending|free reserves|reserves", YR, None,
      source_alt=HL, period_alt=[DAY("2026-03-31")]),
    F("about £405 million", 405e6, "£", "L", "dn", "Harbourlight's income|income", MM(2026, 4, 2027, 3), "charity",
      source_alt=["Harbourlight"]),
], ex=["each £1", "20 largest"])

# ---------------------------------------------------------------- 20 US charitable giving ("according to", plural sources)
P = on("2026-06-23", "Tuesday")
GU = "Giving USA"
story("b58-20", P, """
Americans gave an estimated $614.8 billion to charity in 2025, up 4.2% from the year before, according to Giving USA's annual report released Tuesday. Adjusted for inflation, giving rose 1.5%.

Individuals accounted for $410.3 billion, or about 67% of the total, while giving by foundations grew 6.8% to $121.4 billion. Corporate giving fell 2.6% to $42.9 billion as companies trimmed budgets amid tariff uncertainty.

Religious organizations received 22% of donations, the largest share of any sector, though their receipts declined 0.9% after inflation. Total giving equaled 2.0% of gross domestic product.

Separately, the Fundraising Effectiveness Project said the number of donors fell 3.4% in the first quarter of 2026 from the same period a year earlier, even as dollars donated rose 1.8%.

Researchers at Indiana University's Lilly Family School of Philanthropy, which helps compile the report, expect giving to grow about 3% this year, helped by stock prices near record highs.

"The dollars are up, but the donors are down, and that is not a healthy combination for the long run," said Marcus Ebright, president of Lantern Hill Philanthropy Advisers, whose nonprofit clients raised $1.2 billion last year. "Small charities feel it first."
""", [
    F("an estimated $614.8 billion", 614.8e9, "$", "L", "up", "charitable giving by Americans|giving|charity",
      Y(2025), GU, source_alt=["annual report", "report"]),
    F("4.2%", 4.2, "%", "C", "up", "charitable giving by Americans|giving", Y(2025), GU,
      source_alt=["annual report", "report"]),
    F("1.5%", 1.5, "%", "C", "up", "inflation-adjusted giving|giving", Y(2025), None, source_alt=[GU, "report"]),
    F("$410.3 billion", 410.3e9, "$", "L", None, "giving by individuals|individuals", Y(2025), None,
      source_alt=[GU, "report"]),
    F("about 67%", 67, "%", "S", None, "individuals' share of total giving|individuals|total", Y(2025), None,
      source_alt=[GU, "report"]),
    F("6.8%", 6.8, "%", "C", "up", "giving by foundations|foundations|giving", Y(2025), None,
      source_alt=[GU, "report"]),
    F("$121.4 billion", 121.4e9, "$", "L", "up", "giving by foundations|foundations|giving", Y(2025), None,
      source_alt=[GU, "report"]),
    F("2.6%", 2.6, "%", "C", "dn", "corporate giving|giving", Y(2025), None, source_alt=[GU, "report"]),
    F("$42.9 billion", 42.9e9, "$", "L", "dn", "corporate giving|giving", Y(2025), None, source_alt=[GU, "report"]),
    F("22%", 22, "%", "S", None, "religious organizations' share of donations|religious organizations|donations",
      Y(2025), None, source_alt=[GU, "report"]),
    F("0.9%", 0.9, "%", "C", "dn", "religious organizations' inflation-adjusted receipts|receipts", Y(2025), None,
      source_alt=[GU, "report"]),
    F("2.0%", 2.0, "%", "R", None, "total giving as a share of GDP|total giving|giving", Y(2025), None,
      source_alt=[GU, "report"], kind_alt=["share", "level"]),
    F("3.4%", 3.4, "%", "C", "dn", "number of donors|donors", Q(2026, 1), "Fundraising Effectiveness Project",
      source_alt=["Project"]),
    F("1.8%", 1.8, "%", "C", "up", "dollars donated|dollars|donations", Q(2026, 1),
      "Fundraising Effectiveness Project", source_alt=["Project"]),
    F("about 3%", 3, "%", "C", "up", "charitable giving|giving", Y(2026), "Researchers",
      source_alt=["Lilly Family School of Philanthropy", "Indiana University"]),
    F("$1.2 billion", 1.2e9, "$", "L", None, "money raised by Lantern Hill's nonprofit clients|clients|money",
      Y(2025), None, source_alt=["Marcus Ebright", "Ebright"]),
], ex=["first quarter"])
