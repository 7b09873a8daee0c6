"""blind56 s4: state and city budgets, a drug trial, fines, a seizure, a strike, a by-election, a poll, measles, rail (b56-31..b56-40)."""
from common import *

# ---------------------------------------------------------------- 31 Illinois budget proposal
P = on("2026-02-19", "Thursday")
WED = last(P, "Wednesday")
FY27 = ("2026-07", "2027-06")
story("b56-31", P, """
Illinois would spend $55.6 billion from its general fund in the fiscal year that begins July 1 under a budget proposal unveiled on Wednesday, an increase of 2.9% from the current year, as the state tries to close a projected $1.2 billion gap without raising income taxes.

The plan for fiscal 2027 relies on $640 million in spending cuts and efficiency savings and on $410 million from closing corporate tax loopholes, budget director Carla Montez told reporters in Springfield.

Education funding would rise by $350 million, including $300 million more for K-12 schools under the state's evidence-based formula. Medicaid spending is set to grow 6.5% to $9.8 billion as enrolment and hospital costs rise.

The state's rainy-day fund would reach $2.5 billion by the end of fiscal 2027, about 4.5% of general fund spending, up from $2.3 billion now. Pension contributions will total $10.6 billion, roughly one of every five dollars the state spends.

Sales tax revenue grew 3.1% in the first seven months of the current fiscal year, while income tax receipts were running 1.7% below forecast, according to the Commission on Government Forecasting and Accountability.

Republican leaders said the plan leaves the state exposed to a downturn. Lawmakers must pass a budget by May 31.
""", [
    F("$55.6 billion", 55.6e9, "$", "L", None, "Illinois general fund spending|general fund spending|spending", FY27,
      None, source_alt=["budget proposal", "Illinois"], direction_alt=["increase"]),
    F("2.9%", 2.9, "%", "C", "up", "Illinois general fund spending|general fund spending|spending", FY27, None,
      source_alt=["budget proposal", "Illinois"]),
    F("$1.2 billion", 1.2e9, "$", "L", None, "projected budget gap|budget gap|gap", FY27, None,
      source_alt=["budget proposal"]),
    F("$640 million", 640e6, "$", "L", None, "spending cuts and efficiency savings|spending cuts|savings", FY27,
      "Carla Montez", source_alt=["Montez"]),
    F("$410 million", 410e6, "$", "L", None, "revenue from closing corporate tax loopholes|revenue|loopholes", FY27,
      "Carla Montez", source_alt=["Montez"]),
    F("$350 million", 350e6, "$", "C", "up", "education funding|funding", FY27, None,
      source_alt=["budget proposal"]),
    F("$300 million", 300e6, "$", "C", "up", "funding for K-12 schools|K-12 schools|funding", FY27, None,
      source_alt=["budget proposal"]),
    F("6.5%", 6.5, "%", "C", "up", "Medicaid spending|spending", FY27, None, source_alt=["budget proposal"]),
    F("$9.8 billion", 9.8e9, "$", "L", "up", "Medicaid spending|spending", FY27, None,
      source_alt=["budget proposal"]),
    F("$2.5 billion", 2.5e9, "$", "L", "up", "rainy-day fund|fund", (None, "2027-06"), None,
      source_alt=["budget proposal"], period_alt=["2027-06", FY27]),
    F("about 4.5%", 4.5, "%", "S", None, "rainy-day fund as a share of general fund spending|rainy-day fund|share",
      (None, "2027-06"), None, source_alt=["budget proposal"], period_alt=["2027-06", FY27], kind_alt=["ratio"]),
    F("$2.3 billion", 2.3e9, "$", "L", None, "rainy-day fund|fund", DAY(P), None, period_alt=[None, DAY(WED)]),
    F("$10.6 billion", 10.6e9, "$", "L", None, "pension contributions|contributions", FY27, None,
      source_alt=["budget proposal"]),
    FR("roughly one of every five", 1, 5, "S", None, "pensions' share of state spending|state spending|share", FY27,
       None, source_alt=["budget proposal"]),
    F("3.1%", 3.1, "%", "C", "up", "sales tax revenue|revenue", ("2025-07", "2026-01"),
      "Commission on Government Forecasting and Accountability", source_alt=["commission"]),
    F("1.7%", 1.7, "%", "C", "dn", "income tax receipts relative to forecast|income tax receipts|receipts",
      ("2025-07", "2026-01"), "Commission on Government Forecasting and Accountability",
      source_alt=["commission"], kind_alt=["level"]),
], ex=["K-12", "first seven months"])

# ---------------------------------------------------------------- 32 Chicago police overtime audit
P = on("2025-10-18", "Saturday")
FRI = last(P, "Friday")
Y24 = Y(2024)
story("b56-32", P, """
Chicago police spent $247 million on overtime last year, 38% more than the department budgeted, and supervisors routinely approved hours without checking that the work was done, according to an audit released on Friday by the city's inspector general.

The audit found that 14 officers each earned more than $100,000 in overtime in 2024, and that one sergeant logged 2,160 overtime hours, the equivalent of 54 extra 40-hour weeks. Of the 312 overtime slips the auditors sampled, 97 lacked a supervisor's signature.

The department's overtime bill has more than doubled since 2019, when it stood at $119 million, even as the number of sworn officers fell by about 1,100 over the same period to 11,640.

Dana Whitfield, a spokesperson for the mayor's office, said the city had already cut police overtime by 9% in the first eight months of this year and planned to save a further $40 million in 2026.

The findings come as the city faces a projected $1.15 billion shortfall in its 2026 budget, which the City Council must approve by Dec. 31. The budget proposal unveiled this week would spend $16.6 billion across all funds.

Aldermen on the budget committee are due to question police officials on Oct. 27.
""", [
    F("$247 million", 247e6, "$", "L", None, "Chicago police overtime spending|overtime|police", Y24, "inspector general",
      source_alt=["audit"]),
    F("38%", 38, "%", "C", "up", "police overtime spending relative to budget|overtime", Y24, "inspector general",
      source_alt=["audit"], kind_alt=["level"]),
    F("14", 14, "#officer", "L", None, "officers earning more than $100,000 in overtime|officers", Y24, "audit",
      source_alt=["inspector general"]),
    F("2,160", 2160, "#hour", "L", None, "overtime hours logged by one sergeant|overtime hours|hours", Y24, "audit",
      source_alt=["inspector general"], unit_alt=["hour"]),
    F("54", 54, "#week", "L", None, "equivalent extra 40-hour weeks|weeks", Y24, "audit",
      source_alt=["inspector general"], unit_alt=["week"]),
    F("312", 312, "#slip", "L", None, "overtime slips sampled by the auditors|overtime slips|slips", None, None,
      source_alt=["audit", "auditors", "inspector general"], period_alt=[Y24]),
    F("97", 97, "#slip", "L", None, "slips lacking a supervisor's signature|slips", None, None,
      source_alt=["audit", "auditors", "inspector general"], period_alt=[Y24]),
    X("more than doubled", 2, "R", "up", "police overtime bill|overtime bill|overtime", ("2019-01", "2024-12"), None,
      source_alt=["audit", "inspector general"], kind_alt=["change"], period_alt=[("2019-01", P)]),
    F("$119 million", 119e6, "$", "L", None, "police overtime bill|overtime bill|overtime", Y(2019), None,
      source_alt=["audit", "inspector general"]),
    F("about 1,100", 1100, "#officer", "C", "dn", "number of sworn officers|sworn officers|officers",
      ("2019-01", "2024-12"), None, source_alt=["audit"], period_alt=[("2019-01", P)]),
    F("11,640", 11640, "#officer", "L", "dn", "number of sworn officers|sworn officers|officers", Y24, None,
      source_alt=["audit"], period_alt=["2024-12", DAY(P), None]),
    F("9%", 9, "%", "C", "dn", "police overtime|overtime", ("2025-01", "2025-08"), "Dana Whitfield",
      source_alt=["Whitfield", "mayor's office"]),
    F("$40 million", 40e6, "$", "L", None, "further overtime savings|savings", Y(2026), "Dana Whitfield",
      source_alt=["Whitfield", "mayor's office"], kind_alt=["change"], direction_alt=["decrease"]),
    F("$1.15 billion", 1.15e9, "$", "L", None, "projected budget shortfall|shortfall", Y(2026), None),
    F("$16.6 billion", 16.6e9, "$", "L", None, "spending in the 2026 budget proposal|budget proposal|spending",
      Y(2026), None, source_alt=["budget proposal"]),
], ex=["more than $100,000", "one sergeant", "40-hour", "first eight months"])

# ---------------------------------------------------------------- 33 bladder cancer drug trial
P = on("2025-10-19", "Sunday")
story("b56-33", P, """
An experimental drug from Kestova Therapeutics cut the risk of disease progression or death by 38% in patients with advanced bladder cancer, according to late-stage trial results presented on Sunday at the European Society for Medical Oncology congress in Berlin.

Patients who received the antibody-drug conjugate, KT-417, alongside standard chemotherapy lived a median of 11.2 months without their cancer worsening, compared with 7.4 months for those on chemotherapy alone. The hazard ratio was 0.62.

Overall survival, a key secondary goal, was 23.9 months versus 18.1 months, though the difference was not yet statistically significant, researchers said.

The Phase 3 trial enrolled 684 patients at 212 sites in 19 countries. About 41% of patients in the KT-417 arm had their tumours shrink, against 26% in the control group.

Serious side effects occurred in 29% of patients taking the drug, compared with 24% of those on chemotherapy alone, and 6% stopped treatment because of side effects.

"These are practice-changing results for a disease that has seen little progress," said lead investigator Marguerite Lanvin of the University of Lyon.

Kestova said it would apply for U.S. approval in the first half of 2026. Analysts at Birchgate Securities estimate the drug could reach peak annual sales of $2.4 billion.
""", [
    F("38%", 38, "%", "C", "dn", "risk of disease progression or death|risk", None, "trial results",
      source_alt=["Kestova Therapeutics", "results"], period_alt=[DAY(P)]),
    F("11.2 months", 11.2, "mo", "L", None, "median progression-free survival with KT-417|progression-free survival|median",
      None, None, source_alt=["trial results", "Kestova Therapeutics"]),
    F("7.4 months", 7.4, "mo", "L", None,
      "median progression-free survival with chemotherapy alone|progression-free survival|median", None, None,
      source_alt=["trial results", "Kestova Therapeutics"]),
    F("0.62", 0.62, None, "R", None, "hazard ratio|ratio", None, None, kind_alt=["level"],
      source_alt=["trial results", "Kestova Therapeutics"]),
    F("23.9 months", 23.9, "mo", "L", None, "overall survival with KT-417|overall survival|survival", None,
      "researchers"),
    F("18.1 months", 18.1, "mo", "L", None, "overall survival with chemotherapy alone|overall survival|survival", None,
      "researchers"),
    F("684", 684, "#patient", "L", None, "patients enrolled in the trial|patients", None, None),
    F("212", 212, "#site", "L", None, "trial sites|sites", None, None),
    F("19", 19, "#country", "L", None, "countries in the trial|countries", None, None, ctx="19 countries"),
    F("About 41%", 41, "%", "S", None, "patients whose tumours shrank on KT-417|patients|response rate", None, None),
    F("26%", 26, "%", "S", None, "patients whose tumours shrank in the control group|patients|response rate", None,
      None),
    F("29%", 29, "%", "S", None, "patients with serious side effects on the drug|patients|side effects", None, None),
    F("24%", 24, "%", "S", None, "patients with serious side effects on chemotherapy|patients|side effects", None,
      None),
    F("6%", 6, "%", "S", None, "patients who stopped treatment because of side effects|patients", None, None,
      ctx="and 6% stopped"),
    F("$2.4 billion", 2.4e9, "$", "L", None, "peak annual sales of KT-417|peak annual sales|sales", None,
      "Birchgate Securities", source_alt=["analysts"]),
], ex=["KT-417", "Phase 3", "first half"])

# ---------------------------------------------------------------- 34 EU cartel fine + CMA fine
P = on("2026-03-11", "Wednesday")
CARTEL = ("2014-01", "2022-12")
story("b56-34", P, """
The European Commission fined three makers of industrial refrigeration compressors a total of €412 million on Wednesday for running a cartel that fixed prices for more than eight years.

Germany's Kaltwerk AG was fined €198.6 million, Italy's Frigotecnica SpA €141.2 million and Sweden's Nordkyla AB €72.2 million. A fourth company, Denmark's Polarlund, escaped a fine of about €60 million because it revealed the cartel to regulators. Frigotecnica's penalty was reduced by 30% because it cooperated with the investigation.

Between 2014 and 2022, the companies coordinated price increases and shared out customers across the European Economic Area, where sales of such compressors were worth about €1.9 billion a year, the Commission said in a statement.

Companies can be fined up to 10% of their global turnover for breaching EU antitrust rules.

Kaltwerk said it would appeal to the General Court in Luxembourg, adding that it had set aside €205 million in 2025 to cover the case. Its shares fell 3.8% in Frankfurt.

Separately, Britain's Competition and Markets Authority said on Wednesday it had fined housebuilder Ashdown Homes £26.4 million for sharing commercially sensitive information with rivals. The fine was reduced by 20% after the company admitted wrongdoing.
""", [
    F("three", 3, "#company", "L", None, "compressor makers fined|makers|companies", DAY(P), None,
      source_alt=["European Commission", "Commission"], period_alt=[None]),
    F("€412 million", 412e6, "€", "L", None, "total cartel fines|fines|total", DAY(P), None,
      source_alt=["European Commission", "Commission"], period_alt=[None]),
    F("more than eight years", 8, "yr", "L", None, "duration of the price-fixing cartel|cartel", CARTEL, None,
      source_alt=["European Commission", "Commission"], period_alt=[None]),
    F("€198.6 million", 198.6e6, "€", "L", None, "Kaltwerk's fine|fine|Kaltwerk", DAY(P), None,
      source_alt=["European Commission", "Commission"], period_alt=[None]),
    F("€141.2 million", 141.2e6, "€", "L", None, "Frigotecnica's fine|fine|Frigotecnica", DAY(P), None,
      source_alt=["European Commission", "Commission"], period_alt=[None]),
    F("€72.2 million", 72.2e6, "€", "L", None, "Nordkyla's fine|fine|Nordkyla", DAY(P), None,
      source_alt=["European Commission", "Commission"], period_alt=[None]),
    F("about €60 million", 60e6, "€", "L", None, "fine avoided by Polarlund|fine|Polarlund", DAY(P), None,
      source_alt=["European Commission", "Commission"], period_alt=[None]),
    F("30%", 30, "%", "C", "dn", "Frigotecnica's penalty|penalty|fine", DAY(P), None,
      source_alt=["European Commission", "Commission"], period_alt=[None]),
    F("about €1.9 billion", 1.9e9, "€", "L", None, "annual sales of refrigeration compressors in the EEA|sales",
      CARTEL, "Commission", source_alt=["European Commission", "statement"], period_alt=[None]),
    F("up to 10%", 10, "%", "S", None, "maximum antitrust fine as a share of global turnover|global turnover|fine",
      None, None, kind_alt=["level", "ratio"]),
    F("€205 million", 205e6, "€", "L", None, "Kaltwerk's provision for the case|provision|Kaltwerk", Y(2025),
      "Kaltwerk"),
    F("3.8%", 3.8, "%", "C", "dn", "Kaltwerk's shares|shares", DAY(P), None),
    F("£26.4 million", 26.4e6, "£", "L", None, "Ashdown Homes' fine|fine|Ashdown Homes", DAY(P),
      "Competition and Markets Authority", source_alt=["CMA"], period_alt=[None]),
    F("20%", 20, "%", "C", "dn", "Ashdown Homes' fine|fine", DAY(P), None,
      source_alt=["Competition and Markets Authority", "CMA"], period_alt=[None]),
])

# ---------------------------------------------------------------- 35 Merseyside drugs seizure
P = on("2025-07-18", "Friday")
WED = last(P, "Wednesday")
THU = last(P, "Thursday")
story("b56-35", P, """
Police seized £3 million worth of cocaine and £480,000 in cash in raids across Merseyside, and 11 people have been charged with drug trafficking offences, Merseyside Police said on Friday.

Officers found 42 kilograms of the drug, with a purity of about 80%, hidden in the false floor of a lorry at an industrial unit in Bootle on Wednesday, the force said in a statement. Eight firearms and 600 rounds of ammunition were also recovered.

The operation, which began in January, involved 230 officers and searches at 17 addresses in Liverpool, Wirral and St Helens. Those charged, aged between 19 and 54, will appear at Liverpool Magistrates' Court on Monday.

Detective Chief Inspector Aoife Kerrigan said the gang was believed to have supplied more than 150 kilograms of cocaine to dealers across the north-west over the past 18 months.

Drug seizures by the force rose by 27% in the year to March, while knife crime fell 8%, according to figures published last month.

In a separate case, a judge at Liverpool Crown Court on Thursday jailed a 36-year-old man for nine years and four months for his role in smuggling 96 kg of heroin into the country hidden in shipments of garden furniture.
""", [
    F("£3 million", 3e6, "£", "L", None, "cocaine seized|cocaine", None, "Merseyside Police",
      period_alt=[DAY(WED), ("2025-01", P)]),
    F("£480,000", 480000, "£", "L", None, "cash seized|cash", None, "Merseyside Police",
      period_alt=[DAY(WED), ("2025-01", P)]),
    F("11", 11, "#person", "L", None, "people charged with drug trafficking offences|people charged|people", None,
      "Merseyside Police", period_alt=[DAY(P)]),
    F("42 kilograms", 42, "kg", "L", None, "cocaine found in the lorry|cocaine|drug", DAY(WED), "force",
      source_alt=["Merseyside Police"]),
    F("about 80%", 80, "%", "L", None, "purity of the cocaine|purity", DAY(WED), "force",
      source_alt=["Merseyside Police"], kind_alt=["share"]),
    F("Eight", 8, "#firearm", "L", None, "firearms recovered|firearms", None, None,
      source_alt=["Merseyside Police", "force"], period_alt=[DAY(WED)]),
    F("600", 600, "#round", "L", None, "rounds of ammunition recovered|rounds|ammunition", None, None,
      source_alt=["Merseyside Police", "force"], period_alt=[DAY(WED)]),
    F("230", 230, "#officer", "L", None, "officers involved in the operation|officers", ("2025-01", "2025-07"), None,
      source_alt=["Merseyside Police"], period_alt=[None]),
    F("17", 17, "#address", "L", None, "addresses searched|addresses", ("2025-01", "2025-07"), None,
      source_alt=["Merseyside Police"], period_alt=[None]),
    F("19 and 54", 19, None, "L", None, "ages of those charged|ages|those charged", None, None, value_hi=54,
      unit_alt=["year"], kind_alt=["count", "year"]),
    F("more than 150 kilograms", 150, "kg", "L", None, "cocaine supplied by the gang|cocaine", ("2024-01", "2025-07"),
      "Aoife Kerrigan", source_alt=["Kerrigan"], period_alt=[None, (plus(P, -548), P)]),
    F("27%", 27, "%", "C", "up", "drug seizures by Merseyside Police|drug seizures|seizures", ("2024-04", "2025-03"),
      "figures", source_alt=["Merseyside Police"]),
    F("8%", 8, "%", "C", "dn", "knife crime", ("2024-04", "2025-03"), "figures", source_alt=["Merseyside Police"]),
    AGE("36-year-old", 36, "man jailed for heroin smuggling", alts="man"),
    F("nine years and four months", 28 / 3, "yr", "L", None, "prison sentence|sentence|man", None, None,
      value_alt=[112, 9], unit_alt=["month"], period_alt=[DAY(THU), (THU, None)]),
    F("96 kg", 96, "kg", "L", None, "heroin smuggled|heroin", None, None),
], ex=["18 months"])

# ---------------------------------------------------------------- 36 aerospace strike
P = on("2026-03-09", "Monday")
SUN = last(P, "Sunday")
story("b56-36", P, """
About 31,000 machinists at Corvair Aerospace walked off the job early on Monday after rejecting a four-year contract offer that included wage increases of 28%, halting production of the company's best-selling jetliner.

Members of the International Association of Machinists voted 71% against the offer and 68% in favor of striking, above the two-thirds needed to authorize a walkout, the union said late on Sunday. Turnout was 84%.

The union had sought raises of 40% over three years and the restoration of a traditional pension. Corvair's offer included a $7,000 signing bonus, up from $5,000 in an earlier proposal.

Each week of the strike will cost Corvair about $1.5 billion in lost revenue, analysts at Greyfield Research estimated. The company delivered an average of 38 narrowbody jets a month in the October-December period.

Corvair shares fell 4.6% in premarket trading. The last strike at the company, in 2018, lasted 53 days.

The company has about 148,000 employees worldwide, and the striking workers assemble its narrowbody jets at two plants in the Seattle area. The walkout could also disrupt more than 200 suppliers, according to an industry group.

"We're not going back for crumbs," said union negotiator Ray Bustamante.
""", [
    F("About 31,000", 31000, "#machinist", "L", None, "machinists on strike|machinists|workers", DAY(P), None,
      unit_alt=["worker"]),
    F("four-year", 4, "yr", "L", None, "length of the contract offer|contract offer|contract", None, None),
    F("28%", 28, "%", "C", "up", "wage increases in the contract offer|wage increases|wages", None, None,
      source_alt=["Corvair Aerospace", "Corvair"]),
    F("71%", 71, "%", "S", None, "votes against the offer|votes|members", DAY(SUN), "union",
      source_alt=["International Association of Machinists"], period_alt=[None]),
    F("68%", 68, "%", "S", None, "votes in favor of striking|votes|members", DAY(SUN), "union",
      source_alt=["International Association of Machinists"], period_alt=[None]),
    FR("two-thirds", 2, 3, "S", None, "share of votes needed to authorize a walkout|votes needed|threshold", None,
       "union", source_alt=["International Association of Machinists"]),
    F("84%", 84, "%", "S", None, "turnout", DAY(SUN), None,
      source_alt=["union", "International Association of Machinists"], period_alt=[None]),
    F("40%", 40, "%", "C", "up", "raises sought by the union|raises", None, None, source_alt=["union"]),
    F("three years", 3, "yr", "L", None, "period of the raises sought|raises", None, None, source_alt=["union"]),
    F("$7,000", 7000, "$", "L", "up", "signing bonus|bonus", None, None, source_alt=["Corvair"]),
    F("$5,000", 5000, "$", "L", None, "signing bonus in an earlier proposal|signing bonus|bonus", None, None,
      source_alt=["Corvair"]),
    F("about $1.5 billion", 1.5e9, "$", "L", None, "weekly cost of the strike in lost revenue|lost revenue|cost",
      None, "Greyfield Research", source_alt=["analysts"], kind_alt=["change"]),
    F("38", 38, "#jet", "L", None, "Corvair's average monthly narrowbody deliveries|deliveries|jets",
      Q(2025, 4), None, unit_alt=["jet per month"], source_alt=["Corvair"]),
    F("4.6%", 4.6, "%", "C", "dn", "Corvair shares|shares", DAY(P), None),
    F("53 days", 53, "d", "L", None, "length of the last strike|strike", Y(2018), None),
    F("about 148,000", 148000, "#employee", "L", None, "Corvair's employees|employees", None, None),
    F("two", 2, "#plant", "L", None, "plants where the strikers work|plants", None, None, ctx="two plants"),
    F("more than 200", 200, "#supplier", "L", None, "suppliers the walkout could disrupt|suppliers", None,
      "industry group"),
], ex=[])

# ---------------------------------------------------------------- 37 UK by-election
P = on("2025-10-24", "Friday")
THU = last(P, "Thursday")
GE = "2024-07-04"
FW = ("2025-10-17", "2025-10-20")
story("b56-37", P, """
Reform UK won the Ashby Vale by-election on Thursday, overturning a Labour majority of 11,472 with a swing of 17.6 percentage points, the party's strongest result in a Westminster contest to date.

Reform's candidate, former police officer Dean Harcourt, 47, received 16,204 votes, or 41.3% of the total, the returning officer announced shortly after 3am on Friday. Labour's Priya Chandran came second with 10,938 votes (27.9%), down from 49.6% at the 2024 general election. The Conservatives took 6,115 votes and the Liberal Democrats 2,870.

Turnout was 38.2%, compared with 61.5% at the general election. The constituency has about 102,600 registered voters.

"People here have been taken for granted for too long," Harcourt said in his victory speech.

A national poll by Redmere Research published on Wednesday put Reform on 31%, Labour on 21% and the Conservatives on 17%. The survey of 2,043 adults was conducted from Oct. 17 to Oct. 20 and has a margin of error of 2 percentage points.

The by-election was called after the sitting Labour MP stood down in August to take up a post at the United Nations.
""", [
    F("11,472", 11472, "#vote", "L", None, "Labour majority|majority", GE, None, period_alt=[Y(2024), None]),
    F("17.6 percentage points", 17.6, "pp", "C", None, "swing to Reform UK|swing", DAY(THU), None,
      direction_alt=["increase"], kind_alt=["level"]),
    AGE("47", 47, "Dean Harcourt", ctx="Harcourt, 47,", alts="Harcourt"),
    F("16,204", 16204, "#vote", "L", None, "votes for Harcourt|votes|Harcourt", DAY(THU), "returning officer"),
    F("41.3%", 41.3, "%", "S", None, "Harcourt's vote share|vote share|total", DAY(THU), "returning officer"),
    F("10,938", 10938, "#vote", "L", None, "votes for Chandran|votes|Chandran", DAY(THU), None,
      source_alt=["returning officer"]),
    F("27.9%", 27.9, "%", "S", "dn", "Labour's vote share|vote share|Chandran", DAY(THU), None,
      source_alt=["returning officer"]),
    F("49.6%", 49.6, "%", "S", None, "Labour's vote share|vote share", GE, None, period_alt=[Y(2024)]),
    F("6,115", 6115, "#vote", "L", None, "Conservative votes|votes|Conservatives", DAY(THU), None),
    F("2,870", 2870, "#vote", "L", None, "Liberal Democrat votes|votes|Liberal Democrats", DAY(THU), None),
    F("38.2%", 38.2, "%", "S", None, "by-election turnout|turnout", DAY(THU), None),
    F("61.5%", 61.5, "%", "S", None, "general election turnout|turnout", GE, None, period_alt=[Y(2024)]),
    F("about 102,600", 102600, "#voter", "L", None, "registered voters in the constituency|registered voters|voters",
      None, None),
    F("31%", 31, "%", "S", None, "Reform's national poll share|Reform|poll share", FW, "Redmere Research",
      source_alt=["poll"], period_alt=[last(P, "Wednesday")]),
    F("21%", 21, "%", "S", None, "Labour's national poll share|Labour|poll share", FW, "Redmere Research",
      source_alt=["poll"], period_alt=[last(P, "Wednesday")]),
    F("17%", 17, "%", "S", None, "Conservatives' national poll share|Conservatives|poll share", FW,
      "Redmere Research", source_alt=["poll"], period_alt=[last(P, "Wednesday")]),
    F("2,043", 2043, "#adult", "L", None, "adults surveyed|adults|survey", FW, None,
      source_alt=["Redmere Research"], unit_alt=["person"]),
    F("2 percentage points", 2, "pp", "L", None, "poll's margin of error|margin of error", FW, None,
      source_alt=["Redmere Research"], period_alt=[None]),
])

# ---------------------------------------------------------------- 38 Australian voting-intention poll (AAP)
P = on("2026-01-18", "Sunday")
FW = ("2026-01-13", "2026-01-16")
story("b56-38", P, """
Support for the Coalition has climbed to its highest level since last year's federal election, a poll published on Sunday shows, as voters sour on Labor's handling of the cost of living.

The Harbourview poll, published by a group of metropolitan newspapers, put Labor's primary vote at 33% (down two points) and the Coalition's at 34% (up three points), with the Greens on 12% and One Nation on 11%.

After preferences, Labor leads by 51% to 49%, its narrowest margin since the election.

The survey of 1,612 voters was conducted online and by phone from Jan. 13 to Jan. 16 and has a margin of error of plus or minus 2.4 percentage points.

Some 44% of respondents named the cost of living as their top concern, and 58% said they opposed the government's plan to lift the pension age to 68 by 2033.

Only 29% expected interest rates to fall this year, down from 41% in the previous Harbourview poll in early December.

"The honeymoon is well and truly over," said Macquarie University political analyst Eliza Tremont. "But an election is more than two years away."

The government has said it will release a long-awaited housing plan in February.
""", [
    F("33%", 33, "%", "S", "dn", "Labor's primary vote|primary vote|Labor", FW, "Harbourview poll",
      source_alt=["poll"], period_alt=[DAY(P)]),
    F("two points", 2, "pp", "C", "dn", "Labor's primary vote|primary vote|Labor", FW, "Harbourview poll",
      source_alt=["poll"], unit_alt=["point"], period_alt=[DAY(P)]),
    F("34%", 34, "%", "S", "up", "Coalition's primary vote|primary vote|Coalition", FW, "Harbourview poll",
      source_alt=["poll"], period_alt=[DAY(P)]),
    F("three points", 3, "pp", "C", "up", "Coalition's primary vote|primary vote|Coalition", FW, "Harbourview poll",
      source_alt=["poll"], unit_alt=["point"], period_alt=[DAY(P)]),
    F("12%", 12, "%", "S", None, "Greens' primary vote|primary vote|Greens", FW, "Harbourview poll",
      source_alt=["poll"], period_alt=[DAY(P)]),
    F("11%", 11, "%", "S", None, "One Nation's primary vote|primary vote|One Nation", FW, "Harbourview poll",
      source_alt=["poll"], period_alt=[DAY(P)]),
    F("51%", 51, "%", "S", None, "Labor's two-party preferred vote|Labor|vote", FW, None,
      source_alt=["Harbourview poll", "poll"], period_alt=[DAY(P)]),
    F("49%", 49, "%", "S", None, "Coalition's two-party preferred vote|Coalition|vote", FW, None,
      source_alt=["Harbourview poll", "poll"], period_alt=[DAY(P)]),
    F("1,612", 1612, "#voter", "L", None, "voters surveyed|voters|survey", FW, None,
      source_alt=["Harbourview poll"]),
    F("2.4 percentage points", 2.4, "pp", "L", None, "poll's margin of error|margin of error", FW, None,
      source_alt=["Harbourview poll"], period_alt=[None]),
    F("Some 44%", 44, "%", "S", None, "respondents naming the cost of living as top concern|respondents", FW, None,
      source_alt=["Harbourview poll", "poll"]),
    F("58%", 58, "%", "S", None, "respondents opposing a higher pension age|respondents", FW, None,
      source_alt=["Harbourview poll", "poll"]),
    F("68", 68, "yr", "L", "up", "planned pension age|pension age", (None, "2033-12"), None,
      source_alt=["government"], unit_alt=["year"]),
    F("29%", 29, "%", "S", "dn", "respondents expecting interest rates to fall|respondents", FW, None,
      source_alt=["Harbourview poll", "poll"]),
    F("41%", 41, "%", "S", None, "respondents expecting interest rates to fall|respondents", "2025-12", None,
      source_alt=["Harbourview poll", "poll"]),
], ex=["more than two years", "One Nation"])

# ---------------------------------------------------------------- 39 measles
P = on("2026-05-14", "Thursday")
WED = last(P, "Wednesday")
YTD = ("2026-01", "2026-05")
story("b56-39", P, """
U.S. measles cases have reached 1,046 so far this year, the Centers for Disease Control and Prevention said on Wednesday, nearly three times the 362 cases reported by the same point last year, as outbreaks spread across 29 states.

About 92% of the cases were in people who were unvaccinated or whose vaccination status was unknown, the agency said. Children and teenagers aged 5 to 19 accounted for 38% of cases, and 13% of all patients were hospitalized. Three deaths have been confirmed this year.

The largest outbreak, in west Texas, has grown to 412 cases since January, state health officials said.

Kindergarten vaccination coverage for the measles, mumps and rubella vaccine fell to 92.1% in the 2024-25 school year, below the 95% needed to prevent sustained spread, according to CDC data. Exemptions rose to 3.6%, the highest on record. Coverage has declined every year since 2019, when it stood at 95.2%.

Canada has reported 2,318 cases this year.

"We are seeing the consequences of a decade of falling confidence in vaccines," said Lorena Vasquez, an epidemiologist at the University of Texas Health Science Center in Houston.
""", [
    F("1,046", 1046, "#case", "L", "up", "U.S. measles cases|measles cases|cases", YTD,
      "Centers for Disease Control and Prevention", source_alt=["CDC"], period_alt=[("2026-01-01", WED)]),
    X("nearly three times", 3, "R", None, "measles cases relative to the same point last year|measles cases|cases",
      YTD, "Centers for Disease Control and Prevention", source_alt=["CDC"], direction_alt=["increase"]),
    F("362", 362, "#case", "L", None, "U.S. measles cases|measles cases|cases", ("2025-01", "2025-05"),
      "Centers for Disease Control and Prevention", source_alt=["CDC"],
      period_alt=[("2025-01-01", year_ago(WED))]),
    F("29", 29, "#state", "L", None, "states with outbreaks|states", YTD,
      "Centers for Disease Control and Prevention", source_alt=["CDC"], period_alt=[None, DAY(WED)]),
    F("About 92%", 92, "%", "S", None, "cases in unvaccinated people or those of unknown status|cases", YTD, "agency",
      source_alt=["CDC"], period_alt=[None]),
    F("38%", 38, "%", "S", None, "cases among children and teenagers aged 5 to 19|cases", YTD, None,
      source_alt=["CDC"], period_alt=[None]),
    F("13%", 13, "%", "S", None, "patients hospitalized|patients", YTD, None, source_alt=["CDC"], period_alt=[None]),
    F("Three", 3, "#death", "L", None, "measles deaths|deaths", YTD, None, source_alt=["CDC"],
      period_alt=[("2026-01-01", WED)]),
    F("412", 412, "#case", "L", "up", "west Texas outbreak cases|outbreak|cases", YTD, "state health officials",
      source_alt=["officials"], period_alt=[("2026-01-01", P)]),
    F("92.1%", 92.1, "%", "S", "dn", "kindergarten MMR vaccination coverage|vaccination coverage|coverage",
      ("2024-09", "2025-06"), "CDC data", source_alt=["CDC"], period_alt=[("2024-08", "2025-07"), ("2024-01", "2025-12")]),
    F("95%", 95, "%", "S", None, "coverage needed to prevent sustained spread|coverage|threshold", None, "CDC data",
      source_alt=["CDC"]),
    F("3.6%", 3.6, "%", "S", "up", "kindergarten vaccination exemptions|exemptions", ("2024-09", "2025-06"), None,
      source_alt=["CDC"], period_alt=[("2024-08", "2025-07"), ("2024-01", "2025-12")]),
    F("95.2%", 95.2, "%", "S", None, "kindergarten MMR vaccination coverage|vaccination coverage|coverage", Y(2019),
      None, source_alt=["CDC"], period_alt=[("2019-09", "2020-06")]),
    F("2,318", 2318, "#case", "L", None, "Canada's measles cases|cases|Canada", YTD, None,
      source_alt=["Canada"], period_alt=[("2026-01-01", P)]),
], ex=["aged 5 to 19"])

# ---------------------------------------------------------------- 40 regional rail punctuality
P = on("2025-12-13", "Saturday")
THU = last(P, "Thursday")
FW4 = ("2025-10-19", "2025-11-15")
story("b56-40", P, """
Passengers on Northern Crescent Rail services endured the operator's worst punctuality in a decade this autumn, with only 61.4% of trains arriving within a minute of schedule in the four weeks to Nov. 15, according to figures published by the Office of Rail and Road on Thursday.

That was down from 68.9% in the same period last year and below the national average of 70.2%. Some 4.7% of the operator's services were cancelled, more than double the 2.1% recorded across Britain.

The operator blamed a shortage of drivers and a fleet of 46 ageing trains that are more than 40 years old. It expects 22 new four-carriage trains, ordered for £310 million, to enter service by 2027.

Passenger journeys on the network rose 7% to 94.2 million in the year to March, the regulator said, still about 8% below pre-pandemic levels.

Regulated fares in England will rise by 4.2% in March, the Department for Transport said last month.

"Nearly four in 10 trains late is not a railway, it's a lottery," said Janet Holroyd of the campaign group Rail Users North.
""", [
    F("61.4%", 61.4, "%", "S", "dn", "Northern Crescent Rail trains arriving on time|trains|punctuality", FW4,
      "Office of Rail and Road", source_alt=["ORR", "figures"]),
    F("68.9%", 68.9, "%", "S", None, "Northern Crescent Rail trains arriving on time|trains|punctuality",
      ("2024-10-19", "2024-11-15"), None, source_alt=["Office of Rail and Road", "ORR"],
      period_alt=[("2024-10", "2024-11")]),
    F("70.2%", 70.2, "%", "S", None, "national average punctuality|national average|punctuality", FW4, None,
      source_alt=["Office of Rail and Road", "ORR"]),
    F("Some 4.7%", 4.7, "%", "S", None, "operator's services cancelled|services|cancellations", FW4, None,
      source_alt=["Office of Rail and Road", "ORR"]),
    X("more than double", 2, "R", None, "cancellation rate relative to Britain|cancellations|services", FW4, None,
      source_alt=["Office of Rail and Road", "ORR"]),
    F("2.1%", 2.1, "%", "S", None, "services cancelled across Britain|cancellations|services", FW4, None,
      source_alt=["Office of Rail and Road", "ORR"]),
    F("46", 46, "#train", "L", None, "ageing trains in the fleet|trains|fleet", None, None,
      source_alt=["operator", "Northern Crescent Rail"]),
    F("more than 40 years", 40, "yr", "L", None, "age of the trains|trains|age", None, None,
      source_alt=["operator", "Northern Crescent Rail"]),
    F("22", 22, "#train", "L", None, "new trains due to enter service|new trains|trains", (None, "2027-12"),
      "operator", source_alt=["Northern Crescent Rail"]),
    F("£310 million", 310e6, "£", "L", None, "cost of the new trains|new trains|order", None, "operator",
      source_alt=["Northern Crescent Rail"]),
    F("7%", 7, "%", "C", "up", "passenger journeys on the network|passenger journeys|journeys",
      ("2024-04", "2025-03"), "regulator", ctx="rose 7%", source_alt=["Office of Rail and Road", "ORR"]),
    F("94.2 million", 94.2e6, "#journey", "L", "up", "passenger journeys on the network|passenger journeys|journeys",
      ("2024-04", "2025-03"), "regulator", source_alt=["Office of Rail and Road", "ORR"]),
    F("about 8%", 8, "%", "C", "dn", "passenger journeys relative to pre-pandemic levels|passenger journeys|journeys",
      ("2024-04", "2025-03"), "regulator", source_alt=["Office of Rail and Road", "ORR"], kind_alt=["level"]),
    F("4.2%", 4.2, "%", "C", "up", "regulated fares in England|regulated fares|fares", "2026-03",
      "Department for Transport"),
    FR("Nearly four in 10", 4, 10, "S", None, "trains running late|trains", FW4, "Janet Holroyd",
       source_alt=["Holroyd", "Rail Users North"], period_alt=[None]),
], ex=["four weeks", "four-carriage"])
