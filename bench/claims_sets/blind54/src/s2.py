"""blind54 stories 11-20: technology and pharma."""
from common import *

# ---------------------------------------------------------------- 11 Cloud software quarter with guidance ranges
PUB = "2025-07-30"
Q2 = Q(2025, 2)
Q3 = Q(2025, 3)
HD = "Halvorsen Data"
story("b54-11", PUB, """
Halvorsen Data forecast third-quarter revenue above Wall Street estimates on Wednesday, betting that companies racing to build artificial intelligence tools will keep spending on its database software, and its shares jumped 11% in extended trading.

The Seattle-based company expects revenue of $1.42 billion to $1.45 billion for the quarter ending in September, compared with analysts' average estimate of $1.39 billion, according to LSEG data.

Revenue in the second quarter rose 27% from a year earlier to $1.31 billion. Sales at its cloud unit, which sells the database as a managed service, grew 41% and now make up 62% of the total, up from 55% a year ago.

The number of customers paying more than $1 million a year rose to 742, Halvorsen said. Net revenue retention, a measure of how much existing customers spend, was 118%.

"AI workloads are data workloads," Chief Executive Priya Nandakumar told Reuters in an interview. She said the company would hire about 1,500 engineers this year.

Halvorsen raised its full-year revenue forecast to between $5.52 billion and $5.58 billion, from $5.40 billion to $5.47 billion previously. Adjusted operating margin is expected to be 19% to 20%.

The stock has gained 34% year to date.
""", [
    F("11%", 11, "%", "C", "up", "Halvorsen's shares|shares|stock", PUB, None),
    F("$1.42 billion to $1.45 billion", 1.42e9, "$", "L", None, "third-quarter revenue forecast|revenue", Q3, HD,
      value_hi=1.45e9, source_alt=["Halvorsen", "company"], direction_alt=["increase"]),
    F("$1.39 billion", 1.39e9, "$", "L", None, "analysts' average revenue estimate|revenue estimate|revenue|estimate", Q3,
      "LSEG", source_alt=["analysts", "LSEG data"]),
    F("27%", 27, "%", "C", "up", "second-quarter revenue|revenue", Q2, None, source_alt=[HD]),
    F("$1.31 billion", 1.31e9, "$", "L", "up", "second-quarter revenue|revenue", Q2, None, source_alt=[HD]),
    F("41%", 41, "%", "C", "up", "sales at its cloud unit|cloud sales|sales|cloud unit", Q2, None, source_alt=[HD]),
    F("62%", 62, "%", "S", "up", "cloud unit's share of total sales|cloud sales|share|total|cloud unit", Q2, None,
      source_alt=[HD], direction_alt=[None]),
    F("55%", 55, "%", "S", None, "cloud unit's share of total sales|cloud sales|share|total|cloud unit", Q(2024, 2), None,
      source_alt=[HD]),
    F("742", 742, "#customer", "L", "up", "customers paying more than $1 million a year|large customers|customers", Q2, "Halvorsen",
      source_alt=[HD], period_alt=[PUB, None]),
    F("118%", 118, "%", "L", None, "net revenue retention|retention", Q2, None, source_alt=[HD], kind_alt=["ratio", "share"]),
    F("1,500", 1500, "#engineer", "L", None, "engineers to be hired|hiring|engineers", Y(2025), "Priya Nandakumar",
      source_alt=["Nandakumar", HD]),
    F("$5.52 billion and $5.58 billion", 5.52e9, "$", "L", "up", "full-year revenue forecast|revenue forecast|revenue",
      Y(2025), None, value_hi=5.58e9, source_alt=[HD], direction_alt=[None]),
    F("$5.40 billion to $5.47 billion", 5.40e9, "$", "L", None, "previous full-year revenue forecast|revenue forecast|revenue",
      Y(2025), None, value_hi=5.47e9, source_alt=[HD]),
    F("19% to 20%", 19, "%", "L", None, "adjusted operating margin|operating margin|margin", Y(2025), None, value_hi=20,
      source_alt=[HD]),
    F("34%", 34, "%", "C", "up", "Halvorsen's stock|stock|shares", ("2025-01", "2025-07"), None,
      period_alt=[("2025-01-01", PUB)]),
], ex=["third-quarter", "second quarter", "more than $1 million a year", "the quarter ending"])

# ---------------------------------------------------------------- 12 Social app users, ARPU (fourth quarter)
PUB = "2026-02-05"
Q4 = Q(2025, 4)
story("b54-12", PUB, """
Chirp's daily users grew at their slowest pace since the photo-sharing app went public, overshadowing a jump in advertising revenue and sending its shares down 8.4% to $21.37 on Thursday.

Daily active users rose 6% from a year earlier to 448 million in the fourth quarter, short of the 455 million analysts had expected, according to Visible Alpha. In North America, the company's most lucrative market, the figure was flat at 98 million for a third straight quarter.

Average revenue per user climbed to $3.84 from $3.21, and total revenue rose 26% to $1.72 billion. Chirp swung to a net profit of $88 million, compared with a loss of $142 million a year earlier.

Subscribers to Chirp Plus, the $3.99-a-month paid tier, more than doubled to 19.6 million.

Chief Financial Officer Ben Achterberg said on a call with analysts that the company expects first-quarter revenue of $1.51 billion to $1.56 billion and would cut about 10% of its workforce, or roughly 540 jobs, as it consolidates offices.

People familiar with the matter said the board had also rejected a takeover approach valuing Chirp at about $40 billion late last year.
""", [
    F("8.4%", 8.4, "%", "C", "dn", "Chirp's shares|shares|stock", PUB, None),
    F("$21.37", 21.37, "$", "L", "dn", "Chirp's shares|shares|stock|share price", PUB, None),
    F("6%", 6, "%", "C", "up", "daily active users|users", Q4, None, ctx="rose 6%", source_alt=["Chirp"]),
    F("448 million", 448e6, "#user", "L", "up", "daily active users|users", Q4, None, source_alt=["Chirp"]),
    F("455 million", 455e6, "#user", "L", None, "expected daily active users|daily active users|users", Q4, "analysts",
      source_alt=["Visible Alpha"]),
    F("98 million", 98e6, "#user", "L", "unch", "daily active users in North America|users|North America", Q4, None,
      source_alt=["Chirp"], direction_alt=[None]),
    F("$3.84", 3.84, "$", "L", "up", "average revenue per user|revenue per user|ARPU|user", Q4, None, source_alt=["Chirp"]),
    F("$3.21", 3.21, "$", "L", None, "average revenue per user|revenue per user|ARPU|user", Q(2024, 4), None,
      source_alt=["Chirp"]),
    F("26%", 26, "%", "C", "up", "total revenue|revenue", Q4, None, source_alt=["Chirp"]),
    F("$1.72 billion", 1.72e9, "$", "L", "up", "total revenue|revenue", Q4, None, source_alt=["Chirp"]),
    F("$88 million", 88e6, "$", "L", None, "net profit|profit", Q4, None, source_alt=["Chirp"], direction_alt=["increase"]),
    F("$142 million", 142e6, "$", "L", None, "net loss|loss", Q(2024, 4), None, source_alt=["Chirp"]),
    F("$3.99", 3.99, "$", "L", None, "Chirp Plus monthly price|price|Chirp Plus|tier", None, None, unit_alt=["USD per month"]),
    F("doubled", 2, None, "R", "up", "subscribers to Chirp Plus|subscribers", Q4, None, unit_alt=["times"],
      source_alt=["Chirp"], direction_alt=[None]),
    F("19.6 million", 19.6e6, "#subscriber", "L", "up", "subscribers to Chirp Plus|subscribers", Q4, None,
      source_alt=["Chirp"], period_alt=[PUB, None]),
    F("$1.51 billion to $1.56 billion", 1.51e9, "$", "L", None, "first-quarter revenue forecast|revenue", Q(2026, 1),
      "Ben Achterberg", value_hi=1.56e9, source_alt=["Achterberg", "Chirp", "company"]),
    F("10%", 10, "%", "S", None, "workforce cut|workforce|jobs", None, "Ben Achterberg", kind_alt=["change"],
      direction_alt=["decrease"], source_alt=["Achterberg", "Chirp", "company"]),
    F("540", 540, "#job", "C", "dn", "jobs cut|jobs|workforce", None, "Ben Achterberg", kind_alt=["level"],
      source_alt=["Achterberg", "Chirp", "company"]),
    F("$40 billion", 40e9, "$", "L", None, "takeover approach valuation|valuation|takeover approach|Chirp",
      ("2025-10", "2025-12"), "people familiar with the matter", source_alt=["people"], period_alt=[Y(2025), None]),
], ex=["third straight quarter", "first-quarter", "fourth quarter"])

# ---------------------------------------------------------------- 13 Obesity drug phase 3 (placebo, p-value, participants)
PUB = "2025-06-21"
sat = PUB
story("b54-13", PUB, """
Patients taking Nerivant Therapeutics' experimental once-weekly injection lost an average of 18.7% of their body weight after 72 weeks, compared with 2.4% for those on placebo, according to full results from a late-stage trial presented on Saturday at the American Diabetes Association's meeting in Chicago.

The study, called SUMMIT-2, enrolled 3,120 adults with obesity but without diabetes across 14 countries. Roughly 41% of those on the highest dose lost at least a fifth of their body weight, versus 1.3% in the placebo group. The difference was statistically significant (p<0.001).

Gastrointestinal side effects were the most common complaint: about 44% of patients on the drug reported nausea, mostly mild, and 6.8% stopped treatment because of adverse events, compared with 2.9% on placebo.

"This is competitive with anything on the market," said Dr. Lorenzo Castellani, an endocrinologist at Vanterpool University who led the study.

Nerivant said it planned to file for U.S. approval by the end of the year. Analysts at Tiverton Securities estimate peak annual sales of $6 billion to $8 billion if the drug is approved.

Nerivant shares, which have more than tripled over the past 12 months, closed down 5% on Friday ahead of the presentation, as some investors had bet on weight loss above 20%.
""", [
    F("18.7%", 18.7, "%", "C", "dn", "body weight|weight loss|weight|patients", None, "trial", kind_alt=["level", "share"],
      direction_alt=[None], source_alt=["results", "Nerivant Therapeutics", "American Diabetes Association"],
      period_alt=[PUB]),
    F("72 weeks", 72, "week", "L", None, "trial duration|treatment period|trial|weeks", None, None),
    F("2.4%", 2.4, "%", "C", "dn", "body weight on placebo|placebo|weight loss|weight", None, "trial",
      kind_alt=["level", "share"], direction_alt=[None], source_alt=["results", "Nerivant Therapeutics"], period_alt=[PUB]),
    F("3,120", 3120, "#adult", "L", None, "trial participants|participants|adults|study", None, None,
      unit_alt=["participant", "patient"]),
    F("14", 14, "#country", "L", None, "countries in the trial|countries", None, None, ctx="14 countries"),
    F("41%", 41, "%", "S", None, "highest-dose patients losing a fifth of body weight|patients|highest dose", None, None),
    F("1.3%", 1.3, "%", "S", None, "placebo patients losing a fifth of body weight|placebo group|placebo|patients", None, None),
    F("0.001", 0.001, None, "L", None, "p-value|statistical significance|difference", None, None, kind_alt=["ratio"],
      unit_alt=["p"]),
    F("44%", 44, "%", "S", None, "patients reporting nausea|nausea|patients", None, None),
    F("6.8%", 6.8, "%", "S", None, "patients stopping treatment due to adverse events|discontinuation|patients|treatment",
      None, None),
    F("2.9%", 2.9, "%", "S", None, "placebo patients stopping treatment|discontinuation|placebo|patients", None, None),
    F("$6 billion to $8 billion", 6e9, "$", "L", None, "peak annual sales|sales", None, "Tiverton Securities",
      value_hi=8e9, source_alt=["analysts"]),
    F("tripled", 3, None, "R", "up", "Nerivant shares|shares|stock", (plus(PUB, -365), PUB), None, unit_alt=["times"],
      period_alt=[("2024-06", "2025-06"), None]),
    F("5%", 5, "%", "C", "dn", "Nerivant shares|shares|stock", last(PUB, "Friday"), None, ctx="down 5%"),
    F("20%", 20, "%", "C", "dn", "hoped-for weight loss|weight loss|weight", None, None, kind_alt=["level"],
      direction_alt=[None], ctx="above 20%"),
], ex=["SUMMIT-2", "once-weekly", "12 months", "late-stage", "at least a fifth"])

# ---------------------------------------------------------------- 14 FDA approval, list price, EMA
PUB = "2026-04-09"
story("b54-14", PUB, """
The U.S. Food and Drug Administration on Wednesday approved Orbelle Pharma's gene therapy for a rare inherited form of blindness, making it the first treatment for the condition, which affects an estimated 4,000 people in the United States.

Orbelle set a list price of $2.1 million for the one-time treatment, the company said on Thursday, slightly below the $2.3 million that the Institute for Clinical and Economic Review had judged cost-effective.

In the pivotal trial, 31 of the 38 patients given the therapy could navigate a dimly lit obstacle course after 12 months, against two of 13 in the untreated control group. Visual acuity improved by an average of 0.33 logMAR units, the equivalent of reading about three extra lines on an eye chart.

Two patients had serious eye inflammation, the FDA said in its review.

The European Medicines Agency's drug committee is expected to give its opinion in the third quarter. Orbelle estimates that roughly 6,500 patients in Europe are eligible.

Orbelle's shares rose 14% to $63.80 in morning trading, valuing the Boston company at about $7.4 billion. The company spent $412 million on research last year, up from $296 million in 2024.
""", [
    F("4,000", 4000, "#person", "L", None, "people affected by the condition|people|patients|condition", None, None,
      ctx="estimated 4,000", source_alt=["FDA"]),
    F("$2.1 million", 2.1e6, "$", "L", None, "list price of the gene therapy|list price|price|treatment", None, "Orbelle Pharma",
      source_alt=["Orbelle", "company"], period_alt=[PUB]),
    F("$2.3 million", 2.3e6, "$", "L", None, "cost-effective price|price", None, "Institute for Clinical and Economic Review",
      source_alt=["ICER", "Orbelle Pharma", "institute"]),
    F("31", 31, "#patient", "L", None, "patients able to navigate the obstacle course|patients|therapy", None, None,
      ctx="31 of"),
    F("38", 38, "#patient", "L", None, "patients given the therapy|patients|therapy", None, None, ctx="the 38"),
    F("two", 2, "#patient", "L", None, "control patients able to navigate the course|control group|patients", None, None,
      ctx="against two of"),
    F("13", 13, "#patient", "L", None, "patients in the control group|control group|patients", None, None, ctx="of 13"),
    F("0.33 logMAR units", 0.33, "logMAR unit", "C", "up", "visual acuity|acuity|vision", None, None,
      unit_alt=["logMAR", "unit"], direction_alt=[None]),
    F("three", 3, "#line", "C", "up", "lines read on an eye chart|lines|eye chart", None, None, ctx="about three extra",
      direction_alt=[None], kind_alt=["level"]),
    F("Two", 2, "#patient", "L", None, "patients with serious eye inflammation|patients|inflammation", None, "FDA",
      ctx="Two patients", source_alt=["Food and Drug Administration"]),
    F("6,500", 6500, "#patient", "L", None, "eligible patients in Europe|patients|Europe", None, "Orbelle",
      source_alt=["Orbelle Pharma"]),
    F("14%", 14, "%", "C", "up", "Orbelle's shares|shares|stock", PUB, None),
    F("$63.80", 63.80, "$", "L", "up", "Orbelle's shares|shares|stock|share price", PUB, None),
    F("$7.4 billion", 7.4e9, "$", "L", None, "Orbelle's market value|market value|valuation|company", PUB, None),
    F("$412 million", 412e6, "$", "L", "up", "research spending|research|spending", Y(2025), None, source_alt=["Orbelle"]),
    F("$296 million", 296e6, "$", "L", None, "research spending|research|spending", Y(2024), None, source_alt=["Orbelle"]),
], ex=["first treatment", "one-time", "12 months", "third quarter"])

# ---------------------------------------------------------------- 15 Memory chip contract prices (TrendForce-style)
PUB = "2025-12-29"
story("b54-15", PUB, """
Contract prices for the DRAM memory chips used in servers will rise by 18% to 23% in the first quarter of 2026, market researcher TrendForce estimated on Monday, as cloud companies snap up supply for artificial intelligence data centres and chipmakers shift output to higher-margin products.

Prices for conventional PC DRAM are expected to climb 10% to 15%, while NAND flash contract prices could rise by between 8% and 13%, the Taipei-based firm said.

A 64-gigabyte server module that sold for about $310 in September now fetches roughly $455, according to distributors in Shenzhen, an increase of nearly half in three months.

The squeeze has lifted earnings at memory makers. South Korea's Hanbit Semicon said this month that its operating profit for the October-December quarter would be about 9.2 trillion won, more than three times the 2.8 trillion won a year earlier.

High-bandwidth memory, which is stacked next to AI processors, accounted for about 38% of DRAM industry revenue in the third quarter, up from 21% a year before, TrendForce's figures show. "Suppliers have all the pricing power for now," said Kelvin Hsu, an analyst at Formosa Capital.

Smartphone makers, which buy about a quarter of the world's DRAM, face the steepest cost increases in years.
""", [
    F("18% to 23%", 18, "%", "C", "up", "server DRAM contract prices|contract prices|prices|DRAM", Q(2026, 1), "TrendForce",
      value_hi=23),
    F("10% to 15%", 10, "%", "C", "up", "PC DRAM contract prices|prices|PC DRAM", Q(2026, 1), "TrendForce", value_hi=15,
      source_alt=["firm"]),
    F("8% and 13%", 8, "%", "C", "up", "NAND flash contract prices|NAND flash|prices", Q(2026, 1), "TrendForce", value_hi=13,
      source_alt=["firm"]),
    F("$310", 310, "$", "L", None, "price of a 64-gigabyte server module|server module|module|price", M(2025, 9), "distributors",
      source_alt=["Shenzhen distributors"]),
    F("$455", 455, "$", "L", "up", "price of a 64-gigabyte server module|server module|module|price", PUB, "distributors",
      source_alt=["Shenzhen distributors"], period_alt=[M(2025, 12), None]),
    FR("half", 1, 2, "C", "up", "price of a 64-gigabyte server module|server module|module|price", ("2025-09", "2025-12"),
       "distributors", ctx="nearly half", source_alt=["Shenzhen distributors"]),
    F("9.2 trillion won", 9.2e12, "KRW", "L", "up", "Hanbit Semicon's operating profit|operating profit|profit", Q(2025, 4),
      "Hanbit Semicon", unit_alt=["won"], source_alt=["Hanbit"], direction_alt=[None]),
    F("three times", 3, None, "R", "up", "Hanbit Semicon's operating profit|operating profit|profit", Q(2025, 4),
      "Hanbit Semicon", unit_alt=["times"], source_alt=["Hanbit"], direction_alt=[None]),
    F("2.8 trillion won", 2.8e12, "KRW", "L", None, "Hanbit Semicon's operating profit|operating profit|profit", Q(2024, 4),
      "Hanbit Semicon", unit_alt=["won"], source_alt=["Hanbit"]),
    F("38%", 38, "%", "S", "up", "high-bandwidth memory's share of DRAM revenue|high-bandwidth memory|share|revenue", Q(2025, 3),
      "TrendForce", source_alt=["figures"], direction_alt=[None]),
    F("21%", 21, "%", "S", None, "high-bandwidth memory's share of DRAM revenue|high-bandwidth memory|share|revenue", Q(2024, 3),
      "TrendForce", source_alt=["figures"]),
    FR("a quarter", 1, 4, "S", None, "smartphone makers' share of world DRAM purchases|smartphone makers|DRAM|share", None, None,
       period_alt=[PUB]),
], ex=["first quarter", "64-gigabyte", "three months", "October-December quarter", "third quarter"])

# ---------------------------------------------------------------- 16 Data-centre power (MW/GW), grid, water
PUB = "2026-06-14"
story("b54-16", PUB, """
Texas grid operator ERCOT said on Friday it had received requests to connect about 205 gigawatts of new large loads by 2031, most of them data centres, more than double the state's all-time peak demand of 85.5 GW set last August.

One of the largest is a 1.2 GW campus planned by Stratacore Infrastructure near the town of Bellhaven, in West Texas, which would draw as much electricity as roughly 900,000 homes. The company said in a filing that the first 300 megawatts would come online in late 2027, with the rest phased in over four years.

Stratacore plans to build 650 MW of gas-fired generation on site and has signed a deal to buy power from a 400-megawatt solar farm. The project would cost about $14 billion and create 320 permanent jobs, according to the filing.

ERCOT chief executive Dana Morley told lawmakers in May that only a fraction of the requested capacity was likely to be built. "If even a quarter of it shows up, that is a different grid," she said.

Data centres used about 4.4% of U.S. electricity in 2023 and could consume between 6.7% and 12% by 2028, according to a Department of Energy report.
""", [
    F("205 gigawatts", 205, "GW", "L", None, "requested new large loads|large loads|connection requests|loads", (PUB, "2031-12"),
      "ERCOT", period_alt=[(None, "2031-12")]),
    F("double", 2, None, "R", None, "requested new large loads relative to peak demand|large loads|loads", (PUB, "2031-12"),
      "ERCOT", ctx="more than double", unit_alt=["times"], direction_alt=["increase"], period_alt=[(None, "2031-12")]),
    F("85.5 GW", 85.5, "GW", "L", None, "all-time peak demand|peak demand|demand", M(2025, 8), "ERCOT"),
    F("1.2 GW", 1.2, "GW", "L", None, "Stratacore campus capacity|campus|capacity", None, None, source_alt=["Stratacore"]),
    F("900,000", 900000, "#home", "L", None, "equivalent homes|homes", None, None),
    F("300 megawatts", 300, "MW", "L", None, "first phase capacity|first phase|capacity", ("2027-07", "2027-12"),
      "Stratacore Infrastructure", source_alt=["Stratacore", "filing"], period_alt=[(None, "2027-12"), Y(2027)]),
    F("four years", 4, "year", "L", None, "phase-in period|phase-in|rest", None, "Stratacore Infrastructure",
      source_alt=["Stratacore", "filing"]),
    F("650 MW", 650, "MW", "L", None, "on-site gas-fired generation|gas-fired generation|generation", None, None,
      source_alt=["Stratacore"]),
    F("400-megawatt", 400, "MW", "L", None, "solar farm capacity|solar farm|farm", None, None, source_alt=["Stratacore"]),
    F("$14 billion", 14e9, "$", "L", None, "project cost|cost|project", None, "filing", source_alt=["Stratacore"]),
    F("320", 320, "#job", "L", None, "permanent jobs|jobs", None, "filing", source_alt=["Stratacore"]),
    FR("a quarter", 1, 4, "S", None, "requested capacity built|capacity", None, "Dana Morley", source_alt=["Morley", "ERCOT"]),
    F("4.4%", 4.4, "%", "S", None, "data centres' share of U.S. electricity|data centres|electricity", Y(2023),
      "Department of Energy", source_alt=["report", "DOE"]),
    F("6.7% and 12%", 6.7, "%", "S", "up", "data centres' share of U.S. electricity|data centres|electricity", (None, "2028-12"),
      "Department of Energy", value_hi=12, source_alt=["report", "DOE"], direction_alt=[None], period_alt=[Y(2028)]),
], ex=["all-time", "first 300", "a fraction", "One of the largest"])

# ---------------------------------------------------------------- 17 Chip-equipment maker, fiscal 2025 (Oct-Sep)
PUB = "2025-11-13"
FY25 = ("2024-10", "2025-09")
FY26 = ("2025-10", "2026-09")
LK = "Lindqvist Kemtronics"
story("b54-17", PUB, """
Lindqvist Kemtronics, which makes etching tools for chip factories, posted record revenue of $11.6 billion in fiscal 2025, up 9% from the prior year, but warned on Thursday that new U.S. export rules would knock $700 million to $900 million off sales to China in fiscal 2026.

China accounted for 31% of revenue in the year ended September, down from 42% in fiscal 2024. Sales to Taiwan and South Korea together rose 24%.

Fourth-quarter revenue was $3.02 billion, and adjusted earnings per share came to $2.47, beating the consensus estimate of $2.31 compiled by FactSet. Gross margin was 48.9%, 0.6 percentage points higher than in the previous quarter.

For the December quarter, the company forecast revenue of $2.85 billion, plus or minus $150 million.

"We think the pause is temporary," Chief Executive Mats Lindqvist said on a call. "Our customers' order books for 2027 are the strongest we have seen." The company's backlog stood at $8.1 billion at the end of September.

The Santa Clara-based group also raised its quarterly dividend by 15% to 46 cents and authorised a new $5 billion buyback.

Shares fell 4.2% in after-hours trade.
""", [
    F("$11.6 billion", 11.6e9, "$", "L", "up", "revenue|annual revenue", FY25, None, source_alt=[LK, "Lindqvist"],
      direction_alt=[None]),
    F("9%", 9, "%", "C", "up", "revenue|annual revenue", FY25, None, ctx="up 9%", source_alt=[LK, "Lindqvist"]),
    F("$700 million to $900 million", 700e6, "$", "C", "dn", "sales to China|China sales|sales", FY26, LK, value_hi=900e6,
      source_alt=["Lindqvist"], kind_alt=["level"]),
    F("31%", 31, "%", "S", "dn", "China's share of revenue|China|revenue", FY25, None, source_alt=[LK],
      direction_alt=[None]),
    F("42%", 42, "%", "S", None, "China's share of revenue|China|revenue", ("2023-10", "2024-09"), None, source_alt=[LK]),
    F("24%", 24, "%", "C", "up", "sales to Taiwan and South Korea|sales", FY25, None, source_alt=[LK]),
    F("$3.02 billion", 3.02e9, "$", "L", None, "fourth-quarter revenue|revenue", ("2025-07", "2025-09"), None,
      source_alt=[LK]),
    F("$2.47", 2.47, "$", "L", None, "adjusted earnings per share|earnings per share|share|EPS", ("2025-07", "2025-09"), None,
      source_alt=[LK]),
    F("$2.31", 2.31, "$", "L", None, "consensus EPS estimate|estimate|earnings per share|share", ("2025-07", "2025-09"), "FactSet",
      source_alt=["consensus"]),
    F("48.9%", 48.9, "%", "L", "up", "gross margin|margin", ("2025-07", "2025-09"), None, source_alt=[LK],
      kind_alt=["share"], direction_alt=[None]),
    F("0.6 percentage points", 0.6, "pp", "C", "up", "gross margin|margin", ("2025-07", "2025-09"), None, source_alt=[LK]),
    F("$2.85 billion", 2.85e9, "$", "L", None, "December-quarter revenue forecast|revenue", ("2025-10", "2025-12"), LK,
      source_alt=["company", "Lindqvist"], direction_alt=["decrease"]),
    F("$150 million", 150e6, "$", "L", None, "forecast range|revenue forecast|revenue", ("2025-10", "2025-12"), LK,
      source_alt=["company", "Lindqvist"], kind_alt=["change"]),
    F("$8.1 billion", 8.1e9, "$", "L", None, "backlog", "2025-09-30", None, source_alt=[LK, "company"],
      period_alt=[M(2025, 9), FY25]),
    F("15%", 15, "%", "C", "up", "quarterly dividend|dividend", None, None, source_alt=[LK, "group"], period_alt=[PUB]),
    CENTS("46 cents", 46, "$", "L", "up", "quarterly dividend|dividend", None, None, source_alt=[LK, "group"],
          period_alt=[PUB]),
    F("$5 billion", 5e9, "$", "L", None, "share buyback|buyback", None, None, source_alt=[LK, "group"]),
    F("4.2%", 4.2, "%", "C", "dn", "Lindqvist Kemtronics shares|shares|stock", PUB, None, period_alt=[plus(PUB, -1)]),
], ex=["Fourth-quarter", "previous quarter", "December quarter", "fiscal 2025", "fiscal 2026", "fiscal 2024"])

# ---------------------------------------------------------------- 18 RSV vaccine efficacy, confidence interval, EMA
PUB = "2025-09-10"
story("b54-18", PUB, """
An experimental vaccine against respiratory syncytial virus from Danish drugmaker Sølvhøj Bio was 82.4% effective at preventing lower respiratory tract disease in adults aged 60 and over during its first season, the company said on Wednesday.

The trial enrolled about 24,500 people in 17 countries. There were 12 cases of RSV disease among those who got the shot and 68 among those given a placebo, a 95% confidence interval for efficacy of 69.1% to 90.2%, according to data published in the New England Journal of Medicine.

Efficacy against severe disease was 91%, though the number of severe cases, nine in total, was too small for firm conclusions, the journal's editorial noted.

Sølvhøj said it had applied to the European Medicines Agency for approval and expected a decision in the first half of 2026. Chief Executive Mette Aagaard told Reuters the company aimed to produce 40 million doses a year by 2028.

Two rival RSV shots are already approved. Sales of those reached about $2.6 billion last year, according to estimates by the research firm Evaluate, which forecasts the market to grow to $5.5 billion by 2030.

Sølvhøj's shares rose 17% in Copenhagen, adding roughly 9 billion Danish crowns to its market value.
""", [
    F("82.4%", 82.4, "%", "L", None, "vaccine efficacy|efficacy|vaccine", None, "Sølvhøj Bio", kind_alt=["share"],
      source_alt=["Sølvhøj", "company"], period_alt=[PUB]),
    F("24,500", 24500, "#person", "L", None, "trial participants|people|participants|trial", None, None,
      unit_alt=["participant"]),
    F("17", 17, "#country", "L", None, "countries in the trial|countries", None, None, ctx="17 countries"),
    F("12", 12, "#case", "L", None, "RSV cases among vaccinated|cases|vaccine group", None, "New England Journal of Medicine",
      source_alt=["data", "journal"]),
    F("68", 68, "#case", "L", None, "RSV cases among placebo recipients|cases|placebo", None, "New England Journal of Medicine",
      source_alt=["data", "journal"]),
    F("95%", 95, "%", "L", None, "confidence level|confidence interval|interval", None, "New England Journal of Medicine",
      source_alt=["data", "journal"], kind_alt=["share"]),
    F("69.1% to 90.2%", 69.1, "%", "L", None, "confidence interval for efficacy|efficacy|interval", None,
      "New England Journal of Medicine", value_hi=90.2, source_alt=["data", "journal"]),
    F("91%", 91, "%", "L", None, "efficacy against severe disease|efficacy|severe disease", None, None, kind_alt=["share"],
      source_alt=["Sølvhøj Bio"]),
    F("nine", 9, "#case", "L", None, "severe cases|cases", None, "editorial", source_alt=["journal"]),
    F("40 million", 40e6, "#dose", "L", None, "annual vaccine production|production|doses", (None, "2028-12"), "Mette Aagaard",
      unit_alt=["dose per year"], source_alt=["Aagaard", "Sølvhøj Bio"], period_alt=[Y(2028)]),
    F("Two", 2, "#shot", "L", None, "approved rival RSV shots|rival shots|shots", PUB, None, ctx="Two rival",
      period_alt=[None]),
    F("$2.6 billion", 2.6e9, "$", "L", None, "sales of rival RSV shots|sales", Y(2024), "Evaluate",
      source_alt=["research firm", "estimates"]),
    F("$5.5 billion", 5.5e9, "$", "L", "up", "RSV vaccine market|market", (None, "2030-12"), "Evaluate",
      source_alt=["research firm"], period_alt=[Y(2030)]),
    F("17%", 17, "%", "C", "up", "Sølvhøj's shares|shares|stock", PUB, None, ctx="rose 17%"),
    F("9 billion Danish crowns", 9e9, "DKK", "C", "up", "Sølvhøj's market value|market value|value", PUB, None,
      unit_alt=["crown", "Danish crown"]),
], ex=["first season", "first half", "aged 60"])

# ---------------------------------------------------------------- 19 Anonymous sources: takeover talks
PUB = "2026-08-21"
story("b54-19", PUB, """
Private equity firm Ardmore Lane is in advanced talks to buy cybersecurity company Fenwick Shield for about $9.5 billion including debt, people familiar with the matter said, in what would be one of the largest software buyouts this year.

Ardmore has offered roughly $62 a share in cash, a premium of about 28% to Fenwick's closing price on Thursday, two of the people said. A deal could be announced as soon as next week, though talks could still fall apart, they added. The people asked not to be identified because the discussions are private.

Fenwick's shares jumped 19% to $57.40 in New York on Friday after Bloomberg News first reported the talks, giving the company a market value of about $7.9 billion.

Fenwick, which has about 3,800 employees, reported annual recurring revenue of $1.26 billion at the end of its fiscal second quarter, up 17% from a year earlier. It has lost money in each of the past five years.

Representatives for Ardmore and Fenwick declined to comment.

Private equity firms have announced 46 take-private deals for U.S. software companies worth a combined $71 billion so far in 2026, according to data compiled by Dealogic, compared with 31 deals in the same period last year.
""", [
    F("$9.5 billion", 9.5e9, "$", "L", None, "deal value|deal|buyout|Fenwick Shield", PUB, "people familiar with the matter",
      source_alt=["people"], period_alt=[None]),
    F("$62", 62, "$", "L", None, "offer per share|offer|share", PUB, "two of the people", source_alt=["people"],
      unit_alt=["USD per share"], period_alt=[None]),
    F("28%", 28, "%", "C", "up", "offer premium|premium", PUB, "two of the people", source_alt=["people"],
      kind_alt=["level"], direction_alt=[None], period_alt=[None, last(PUB, "Thursday")]),
    F("19%", 19, "%", "C", "up", "Fenwick's shares|shares|stock", PUB, None),
    F("$57.40", 57.40, "$", "L", "up", "Fenwick's shares|shares|stock|share price", PUB, None),
    F("$7.9 billion", 7.9e9, "$", "L", None, "Fenwick's market value|market value|value", PUB, None),
    F("3,800", 3800, "#employee", "L", None, "Fenwick's employees|employees|workforce", None, None),
    F("$1.26 billion", 1.26e9, "$", "L", "up", "annual recurring revenue|recurring revenue|revenue", None, "Fenwick",
      source_alt=["Fenwick Shield"], direction_alt=[None]),
    F("17%", 17, "%", "C", "up", "annual recurring revenue|recurring revenue|revenue", None, "Fenwick",
      source_alt=["Fenwick Shield"]),
    F("46", 46, "#deal", "L", None, "take-private deals for U.S. software companies|take-private deals|deals",
      ("2026-01", "2026-08"), "Dealogic", source_alt=["data"], period_alt=[("2026-01-01", PUB)]),
    F("$71 billion", 71e9, "$", "L", None, "take-private deals for U.S. software companies|deals|value",
      ("2026-01", "2026-08"), "Dealogic", source_alt=["data"], period_alt=[("2026-01-01", PUB)]),
    F("31", 31, "#deal", "L", None, "take-private deals for U.S. software companies|deals",
      ("2025-01", "2025-08"), "Dealogic", ctx="with 31", source_alt=["data"], period_alt=[("2025-01-01", year_ago(PUB))]),
], ex=["next week", "second quarter", "take-private", "two of the people", "one of the largest", "past five years"])

# ---------------------------------------------------------------- 20 Smartphone shipments, market shares
PUB = "2026-01-13"
Q4 = Q(2025, 4)
story("b54-20", PUB, """
Global smartphone shipments fell 3% in the fourth quarter to 318 million units, as rising memory-chip costs pushed up prices of budget handsets, according to preliminary data from research firm Quantic Insight released on Tuesday.

For the full year, shipments edged up 0.8% to 1.23 billion, the second year of modest growth after a slump between 2021 and 2023.

Market leader Sunbeam Mobile held a 21% share in the quarter, followed by Arcadia at 19%, Quantic's figures show. China's Veyo shipped 41.2 million phones, up 12%, overtaking Kestrel for third place.

The average selling price of a smartphone rose to a record $431, about $26 more than a year earlier. Devices costing more than $800 made up nearly a quarter of shipments.

"The low end is getting squeezed from both sides," said Quantic analyst Rhea Das. She expects shipments to decline by 1% to 2% in 2026, with memory prices likely to stay high for at least two more quarters.

In India, the world's second-largest market, shipments dropped 7%, the firm said.
""", [
    F("3%", 3, "%", "C", "dn", "global smartphone shipments|smartphone shipments|shipments", Q4, "Quantic Insight",
      source_alt=["Quantic", "data"]),
    F("318 million", 318e6, "#unit", "L", "dn", "global smartphone shipments|smartphone shipments|shipments", Q4,
      "Quantic Insight", source_alt=["Quantic", "data"], unit_alt=["phone", "smartphone"]),
    F("0.8%", 0.8, "%", "C", "up", "annual smartphone shipments|shipments", Y(2025), None, source_alt=["Quantic Insight"]),
    F("1.23 billion", 1.23e9, "#unit", "L", "up", "annual smartphone shipments|shipments", Y(2025), None,
      source_alt=["Quantic Insight"], unit_alt=["phone", "smartphone"]),
    F("21%", 21, "%", "S", None, "Sunbeam Mobile's market share|market share|share|Sunbeam", Q4, "Quantic",
      source_alt=["Quantic Insight", "figures"]),
    F("19%", 19, "%", "S", None, "Arcadia's market share|market share|share|Arcadia", Q4, "Quantic",
      source_alt=["Quantic Insight", "figures"]),
    F("41.2 million", 41.2e6, "#phone", "L", "up", "Veyo's shipments|shipments|Veyo", Q4, None, source_alt=["Quantic Insight"]),
    F("12%", 12, "%", "C", "up", "Veyo's shipments|shipments|Veyo", Q4, None, source_alt=["Quantic Insight"]),
    F("$431", 431, "$", "L", "up", "average selling price of a smartphone|average selling price|price", Q4, None,
      source_alt=["Quantic Insight"], period_alt=[Y(2025)]),
    F("$26", 26, "$", "C", "up", "average selling price of a smartphone|average selling price|price", Q4, None,
      source_alt=["Quantic Insight"], period_alt=[Y(2025)]),
    FR("a quarter", 1, 4, "S", None, "premium devices' share of shipments|devices|shipments", Q4, None,
       source_alt=["Quantic Insight"]),
    F("1% to 2%", 1, "%", "C", "dn", "smartphone shipments|shipments", Y(2026), "Rhea Das", value_hi=2,
      source_alt=["Das", "Quantic Insight"]),
    F("7%", 7, "%", "C", "dn", "smartphone shipments in India|shipments|India", Q4, "firm", source_alt=["Quantic Insight"]),
], ex=["fourth quarter", "second year", "third place", "two more quarters", "second-largest", "between 2021 and 2023", "more than $800", "in the quarter"])
