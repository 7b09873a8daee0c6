"""blind55 s3: takeovers, earnings with guidance, fines, a sentencing, a recall, a state budget, EVs, an IPO
(b55-21..b55-30)."""
from common import *

# ---------------------------------------------------------------- 21 gold-miner takeover (Australia)
P = "2025-08-25"  # Monday
FRI = last(P, "Friday")
story("b55-21", P, """
Canadian-listed Northvale Resources has offered A$4.1 billion for Australian gold miner Tallowood Gold, seeking to cash in on record bullion prices in a deal that would create one of the world's 10 biggest gold producers.

Under the proposal, Tallowood shareholders would receive 0.412 Northvale shares and 35 cents in cash for each share they own, valuing Tallowood at A$3.46 a share, the companies said in a joint statement on Monday. That represents a premium of 31% to Tallowood's closing price on Friday and 38% to its 30-day volume-weighted average price.

Tallowood's board unanimously recommended the offer in the absence of a superior proposal. Its largest shareholder, Kestrel Capital, which owns 14.8%, has agreed to vote in favour.

Tallowood shares jumped 24% to A$3.27 in early trade, below the implied offer value. Northvale shares had fallen 4.5% in Toronto on Friday after media reports of the talks.

The combined company would produce about 1.35 million ounces of gold a year at an all-in sustaining cost below A$2,100 an ounce, and hold reserves of 21 million ounces, the statement said. Northvale expects annual cost savings of A$60 million to A$80 million within two years of completion, and Tallowood investors would own about 37% of the merged group.

The scheme needs approval from the Foreign Investment Review Board and the backing of 75% of the shares voted at a meeting expected in December.
""", [
    F("A$4.1 billion", 4.1e9, "A$", "L", None, "Northvale's offer for Tallowood Gold|offer|deal", None, None,
      source_alt=["Northvale Resources"]),
    F("0.412", 0.412, "share", "L", None, "Northvale shares per Tallowood share|exchange ratio|shares", None,
      "companies", source_alt=["statement", "Northvale"], kind_alt=["ratio"], unit_alt=["count"]),
    CENTS("35 cents", 35, "A$", "L", None, "cash per Tallowood share|cash", None, "companies",
          source_alt=["statement", "Northvale"]),
    F("A$3.46", 3.46, "A$", "L", None, "offer value per Tallowood share|offer value|Tallowood", None, "companies",
      source_alt=["statement", "Northvale"], unit_alt=["AUD per share"]),
    F("31%", 31, "%", "C", None, "premium to Tallowood's closing price|premium", None, None,
      source_alt=["companies", "statement"], direction_alt=["increase"], kind_alt=["ratio", "level"],
      period_alt=[DAY(FRI)]),
    F("38%", 38, "%", "C", None, "premium to Tallowood's 30-day volume-weighted average price|premium", None, None,
      source_alt=["companies", "statement"], direction_alt=["increase"], kind_alt=["ratio", "level"],
      period_alt=[(plus(FRI, -29), FRI)]),
    F("14.8%", 14.8, "%", "S", None, "Kestrel Capital's stake in Tallowood|stake|Kestrel Capital", None, None),
    F("24%", 24, "%", "C", "up", "Tallowood shares|shares", DAY(P), None),
    F("A$3.27", 3.27, "A$", "L", "up", "Tallowood shares|shares|share price", DAY(P), None),
    F("4.5%", 4.5, "%", "C", "dn", "Northvale shares|shares", DAY(FRI), None),
    F("about 1.35 million ounces", 1.35e6, "oz", "L", None, "combined company's annual gold output|gold output|output",
      None, "statement", source_alt=["companies"], unit_alt=["ounce per year"]),
    F("below A$2,100 an ounce", 2100, "A$", "L", None, "all-in sustaining cost|cost", None, "statement",
      source_alt=["companies"], unit_alt=["AUD per ounce"]),
    F("21 million ounces", 21e6, "oz", "L", None, "combined company's gold reserves|reserves", None, "statement",
      source_alt=["companies"]),
    F("A$60 million to A$80 million", 60e6, "A$", "L", None, "annual cost savings|cost savings|savings", None,
      "Northvale", value_hi=80e6, source_alt=["Northvale Resources"]),
    F("about 37%", 37, "%", "S", None, "Tallowood investors' stake in the merged group|merged group|stake", None,
      "Northvale", source_alt=["Northvale Resources", "statement"]),
    F("75%", 75, "%", "S", None, "shares voted needed to back the scheme|shares voted|backing", None, None,
      kind_alt=["level"]),
], ex=["one of the world's 10 biggest", "30-day", "two years"])

# ---------------------------------------------------------------- 22 Nordic hostile bid
P = "2026-09-08"  # Tuesday
story("b55-22", P, """
Danish engineering group Halberg & Co raised its hostile offer for Swedish pump maker Vattenfors AB to 415 crowns a share on Tuesday, valuing the company at about 31.6 billion crowns ($3.3 billion), after Vattenfors' board rejected its first approach as too low.

The new offer, payable in cash, is 9% higher than the 381 crowns Halberg proposed in August and represents a premium of 47% over Vattenfors' closing price on July 31, the last trading day before Halberg disclosed its interest.

Vattenfors' shares rose 6.2% to 421.40 crowns in Stockholm, above the offer price, suggesting investors expect a further increase. Halberg's shares fell 2.7% in Copenhagen.

Halberg, which already owns 18.4% of Vattenfors, said it had secured irrevocable undertakings from shareholders holding a further 11% and would lower the acceptance threshold to 66.7% from 90%.

Vattenfors' board, led by chairwoman Ingrid Sahlberg, said it would consider the revised bid but repeated that the company's standalone plan could lift operating margins to between 16% and 18% by 2028, from 12.9% last year.

Analysts at Nordstrand Equities estimate the combination could generate annual savings of 900 million Danish crowns. Pumps account for almost two-thirds of Vattenfors' 14.2 billion crowns in annual sales, with the rest coming from valves and services.

The acceptance period runs until Oct. 16.
""", [
    F("415 crowns", 415, "SEK", "L", "up", "Halberg's offer per Vattenfors share|offer|offer price", DAY(P), None,
      source_alt=["Halberg & Co", "Halberg"], unit_alt=["SEK per share"], direction_alt=[None], period_alt=[None]),
    F("about 31.6 billion crowns", 31.6e9, "SEK", "L", None, "value of Vattenfors under the offer|Vattenfors|offer",
      DAY(P), None, source_alt=["Halberg"], period_alt=[None]),
    F("$3.3 billion", 3.3e9, "$", "L", None, "value of Vattenfors under the offer|Vattenfors|offer", DAY(P), None,
      source_alt=["Halberg"], period_alt=[None]),
    F("9%", 9, "%", "C", "up", "Halberg's offer|offer", DAY(P), None, ctx="is 9% higher", source_alt=["Halberg"], period_alt=[None]),
    F("381 crowns", 381, "SEK", "L", None, "Halberg's first offer|first offer|offer", "2026-08", None,
      source_alt=["Halberg"], unit_alt=["SEK per share"]),
    F("47%", 47, "%", "C", None, "premium over Vattenfors' closing price|premium", None, None,
      source_alt=["Halberg"], direction_alt=["increase"], kind_alt=["ratio", "level"],
      period_alt=[DAY("2026-07-31")]),
    F("6.2%", 6.2, "%", "C", "up", "Vattenfors' shares|shares", DAY(P), None),
    F("421.40 crowns", 421.4, "SEK", "L", "up", "Vattenfors' shares|shares|share price", DAY(P), None),
    F("2.7%", 2.7, "%", "C", "dn", "Halberg's shares|shares", DAY(P), None),
    F("18.4%", 18.4, "%", "S", None, "Halberg's stake in Vattenfors|stake|Halberg", None, "Halberg",
      source_alt=["Halberg & Co"], period_alt=[DAY(P)]),
    F("11%", 11, "%", "S", None, "shares covered by irrevocable undertakings|undertakings|shareholders", None,
      "Halberg", source_alt=["Halberg & Co"]),
    F("66.7%", 66.7, "%", "S", "dn", "acceptance threshold|threshold", None, "Halberg", source_alt=["Halberg & Co"],
      kind_alt=["level"]),
    F("90%", 90, "%", "S", None, "acceptance threshold|threshold", None, "Halberg", source_alt=["Halberg & Co"],
      kind_alt=["level"]),
    F("16% and 18%", 16, "%", "L", "up", "Vattenfors' operating margins|operating margins|margins", (None, "2028-12"),
      "board", value_hi=18, source_alt=["Vattenfors", "Ingrid Sahlberg"], kind_alt=["share"]),
    F("12.9%", 12.9, "%", "L", None, "Vattenfors' operating margins|operating margins|margins", Y(2025), "board",
      source_alt=["Vattenfors", "Ingrid Sahlberg"], kind_alt=["share"]),
    F("900 million Danish crowns", 900e6, "DKK", "L", None, "annual savings from the combination|savings", None,
      "Nordstrand Equities", source_alt=["analysts"], unit_alt=["crown"]),
    FR("almost two-thirds", 2, 3, "S", None, "pumps' share of Vattenfors' sales|sales|pumps", None, None,
       period_alt=[Y(2025)]),
    F("14.2 billion crowns", 14.2e9, "SEK", "L", None, "Vattenfors' annual sales|annual sales|sales", None, None,
      period_alt=[Y(2025)]),
])

# ---------------------------------------------------------------- 23 Japanese electronics results
P = "2026-05-08"  # Friday
FY26 = ("2026-04", "2027-03")
FY25 = ("2025-04", "2026-03")
story("b55-23", P, """
Kiryu Electric forecast a 12% rise in operating profit for the year to March 2027 on Friday, as demand for power semiconductors used in data centres and railway systems offsets a slowdown in its factory-automation business.

The Tokyo-based conglomerate expects operating profit of 640 billion yen in fiscal 2026, up from a record 571.4 billion yen in the year just ended, on revenue of 5.6 trillion yen. Analysts had on average expected 655 billion yen, according to LSEG data.

The forecast assumes an exchange rate of 140 yen per dollar, stronger than the current level of about 146, which means results could beat guidance if the yen stays weak. Each 1-yen move against the dollar changes annual operating profit by roughly 4.5 billion yen, the company said.

In the January-March quarter, operating profit rose 18% to 172.3 billion yen. Orders for its power devices jumped 35%, while factory-automation orders slipped 6%, falling for a fourth consecutive quarter.

Kiryu also announced a share buyback of up to 150 billion yen, or 3.2% of shares outstanding, and raised its annual dividend to 58 yen a share from 50 yen. It plans to cut about 2,500 jobs, or roughly 2% of its global workforce, over the next two years through early retirement and attrition.

The shares ended 1.4% higher before the results were released. They have gained 27% over the past 12 months.
""", [
    F("12%", 12, "%", "C", "up", "operating profit|profit", FY26, "Kiryu Electric"),
    F("640 billion yen", 640e9, "¥", "L", "up", "operating profit|profit", FY26, "Kiryu Electric",
      source_alt=["conglomerate"], direction_alt=[None]),
    F("571.4 billion yen", 571.4e9, "¥", "L", None, "operating profit|profit", FY25, "Kiryu Electric",
      source_alt=["conglomerate"]),
    F("5.6 trillion yen", 5.6e12, "¥", "L", None, "revenue", FY26, "Kiryu Electric", source_alt=["conglomerate"]),
    F("655 billion yen", 655e9, "¥", "L", None, "expected operating profit|operating profit|profit", FY26, "analysts",
      source_alt=["LSEG"]),
    F("140 yen", 140, "¥", "L", None, "assumed exchange rate|exchange rate|yen", FY26, None,
      source_alt=["Kiryu Electric"], unit_alt=["yen per dollar"]),
    F("about 146", 146, "¥", "L", None, "current yen exchange rate|exchange rate|yen", DAY(P), None,
      unit_alt=["yen per dollar"]),
    F("roughly 4.5 billion yen", 4.5e9, "¥", "C", None, "annual operating profit sensitivity to the yen|operating profit",
      None, "company", source_alt=["Kiryu Electric"]),
    F("18%", 18, "%", "C", "up", "operating profit|profit", Q(2026, 1), None, source_alt=["Kiryu Electric"]),
    F("172.3 billion yen", 172.3e9, "¥", "L", "up", "operating profit|profit", Q(2026, 1), None,
      source_alt=["Kiryu Electric"]),
    F("35%", 35, "%", "C", "up", "orders for power devices|power device orders|orders", Q(2026, 1), None,
      source_alt=["Kiryu Electric"]),
    F("6%", 6, "%", "C", "dn", "factory-automation orders|orders", Q(2026, 1), None, source_alt=["Kiryu Electric"]),
    F("up to 150 billion yen", 150e9, "¥", "L", None, "share buyback|buyback", None, None,
      source_alt=["Kiryu Electric"]),
    F("3.2%", 3.2, "%", "S", None, "share buyback as a share of shares outstanding|shares outstanding|buyback", None,
      None, source_alt=["Kiryu Electric"]),
    F("58 yen", 58, "¥", "L", "up", "annual dividend|dividend", FY26, None, source_alt=["Kiryu Electric"],
      unit_alt=["yen per share"], period_alt=[None]),
    F("50 yen", 50, "¥", "L", None, "annual dividend|dividend", FY25, None, source_alt=["Kiryu Electric"],
      unit_alt=["yen per share"], period_alt=[None]),
    F("about 2,500", 2500, "#job", "C", "dn", "Kiryu Electric jobs|jobs|workforce", None, None,
      source_alt=["Kiryu Electric"], period_alt=[("2026-05", "2028-05")]),
    F("roughly 2%", 2, "%", "S", None, "share of global workforce to be cut|global workforce|workforce", None, None,
      source_alt=["Kiryu Electric"], kind_alt=["change"], direction_alt=["decrease"]),
    F("1.4%", 1.4, "%", "C", "up", "Kiryu Electric shares|shares", DAY(P), None),
    F("27%", 27, "%", "C", "up", "Kiryu Electric shares|shares", (year_ago(P), P), None,
      period_alt=[span12(2026, 4), None]),
], ex=["January-March quarter", "fourth consecutive quarter", "1-yen", "two years", "past 12 months"])

# ---------------------------------------------------------------- 24 Korean antitrust fine
P = "2025-12-03"  # Wednesday
story("b55-24", P, """
South Korea's antitrust regulator said on Wednesday it would fine food-delivery platform Baedal Nara 112.4 billion won ($76 million) for forcing restaurants to offer their lowest prices on its app, the largest penalty it has imposed on an online platform.

The Korea Fair Trade Commission found that between 2021 and 2024 the company required about 38,000 restaurants to match or beat prices offered on rival apps, threatening to push them down its search rankings if they refused.

The platform, which has a market share of roughly 58%, also raised its commission on orders to 9.8% from 6.8% in 2024, a move the regulator said cost restaurant owners an estimated 310 billion won a year.

"We disagree with the commission's findings and will appeal," a Baedal Nara spokesman said.

The fine is equal to about 4% of the company's revenue last year. The law allows penalties of up to 6% of relevant sales. Separately, the commission ordered the company and its parent, Singapore-based Lumen Delivery Holdings, to pay 2.1 billion won into a fund for small merchants.

Restaurant owners said the ruling came too late. "Three years of overcharging cannot be undone with a fine," said Kim Dong-hyun, who runs a chicken restaurant in Seoul's Mapo district. Roughly one in three independent restaurants in the capital closed or changed hands between 2022 and 2025, according to city figures.
""", [
    F("112.4 billion won", 112.4e9, "W", "L", None, "fine on Baedal Nara|fine|penalty", None, "antitrust regulator",
      source_alt=["Korea Fair Trade Commission", "regulator"]),
    F("$76 million", 76e6, "$", "L", None, "fine on Baedal Nara|fine|penalty", None, "antitrust regulator",
      source_alt=["Korea Fair Trade Commission", "regulator"]),
    F("about 38,000", 38000, "#restaurant", "L", None, "restaurants required to match prices|restaurants",
      ("2021-01", "2024-12"), "Korea Fair Trade Commission", source_alt=["commission"]),
    F("roughly 58%", 58, "%", "S", None, "Baedal Nara's market share|market share|share", None, None),
    F("9.8%", 9.8, "%", "L", "up", "Baedal Nara's commission on orders|commission", Y(2024), None,
      source_alt=["regulator", "Korea Fair Trade Commission"], kind_alt=["share"]),
    F("6.8%", 6.8, "%", "L", None, "Baedal Nara's commission on orders|commission", None, None,
      source_alt=["regulator", "Korea Fair Trade Commission"], kind_alt=["share"], period_alt=[Y(2024)]),
    F("an estimated 310 billion won", 310e9, "W", "L", None, "cost to restaurant owners of higher commission|cost", None,
      "regulator", source_alt=["Korea Fair Trade Commission"], kind_alt=["change"], period_alt=[Y(2024)]),
    F("about 4%", 4, "%", "S", None, "fine as a share of Baedal Nara's revenue|revenue|fine", Y(2024), None,
      kind_alt=["ratio"]),
    F("up to 6%", 6, "%", "S", None, "maximum penalty as a share of relevant sales|relevant sales|penalties", None,
      None, kind_alt=["level"]),
    F("2.1 billion won", 2.1e9, "W", "L", None, "payment into fund for small merchants|payment|fund", None, None,
      source_alt=["commission", "Korea Fair Trade Commission"]),
    F("Three years", 3, "yr", "L", None, "overcharging", None, "Kim Dong-hyun", source_alt=["Kim"],
      unit_alt=["count"]),
    FR("Roughly one in three", 1, 3, "S", None,
       "independent restaurants in Seoul that closed or changed hands|independent restaurants|restaurants",
       ("2022-01", "2025-12"), "city figures", source_alt=["city"]),
])

# ---------------------------------------------------------------- 25 adviser jailed (Australia)
P = "2026-02-27"  # Friday
story("b55-25", P, """
A former financial adviser who stole A$7.8 million from 43 clients, most of them retirees, was jailed for nine years on Friday, with a non-parole period of five years and six months.

Graham Ellery Tate, 61, pleaded guilty in the County Court of Victoria in November to 27 counts of obtaining property by deception between 2016 and 2023. Judge Miriam Castellano said Tate had used the money to fund a gambling habit and to buy a A$1.9 million holiday house at Sorrento.

"You exploited the trust of people who had worked their whole lives to save modest sums," the judge said. One victim, an 84-year-old widow, lost A$610,000, almost her entire savings.

The court heard that Tate had lost about A$5.2 million at casinos and on online betting sites over seven years. Prosecutors had sought a term of at least 11 years, arguing that the offending was calculated and sustained.

Only about A$1.3 million has been recovered, mostly from the sale of the holiday house, according to the Australian Securities and Investments Commission, which banned Tate from the industry for life in 2024.

Tate, who has been in custody since his arrest in March 2025, will be eligible for parole in 2031. His barrister, Neil Fairbrother, told the court his client was "deeply ashamed" and had co-operated fully with investigators.
""", [
    F("A$7.8 million", 7.8e6, "A$", "L", None, "money stolen from clients|money stolen|theft", None, None,
      period_alt=[("2016-01", "2023-12")]),
    F("43", 43, "#client", "L", None, "clients defrauded|clients|victims", None, None,
      period_alt=[("2016-01", "2023-12")]),
    F("nine years", 9, "yr", "L", None, "Tate's prison sentence|sentence|jail term", None, None,
      period_alt=[DAY(P), (P, None)]),
    F("five years and six months", 5.5, "yr", "L", None, "non-parole period|period", None, None,
      value_alt=[66, 5], unit_alt=["month"], period_alt=[DAY(P), (P, None)]),
    AGE("61", 61, "Graham Ellery Tate", ctx="Tate, 61,", alts="Tate"),
    F("27", 27, "#count", "L", None, "counts of obtaining property by deception|counts|charges",
      ("2016-01", "2023-12"), None, unit_alt=["charge"]),
    F("A$1.9 million", 1.9e6, "A$", "L", None, "holiday house at Sorrento|holiday house|house", None,
      "Miriam Castellano", source_alt=["judge", "Castellano"]),
    AGE("84-year-old", 84, "widow", alts="victim"),
    F("A$610,000", 610000, "A$", "L", None, "widow's losses|losses|victim", None, None),
    F("about A$5.2 million", 5.2e6, "A$", "L", None, "Tate's gambling losses|losses|gambling", None, None,
      source_alt=["court"]),
    F("at least 11 years", 11, "yr", "L", None, "prison term sought by prosecutors|term|sentence", None, None,
      source_alt=["prosecutors"]),
    F("about A$1.3 million", 1.3e6, "A$", "L", None, "money recovered|recovered", None,
      "Australian Securities and Investments Commission", source_alt=["ASIC", "commission"], period_alt=[DAY(P)]),
], ex=["seven years", "One victim"])

# ---------------------------------------------------------------- 26 vehicle recall
P = "2025-11-22"  # Saturday
FRI = last(P, "Friday")
story("b55-26", P, """
Orion Motor Co is recalling about 412,000 vehicles in the United States because a software fault can cause the rearview camera image to freeze while reversing, the National Highway Traffic Safety Administration said on Friday.

The recall covers certain 2023-2025 Vireo sedans and 2024-2026 Kestra sport-utility vehicles. NHTSA said the company had received 1,287 warranty claims and 19 field reports related to the problem but was not aware of any crashes or injuries.

Dealers will update the software free of charge, a fix that takes about 45 minutes, starting Jan. 12. Owners will be notified by letter. Orion is also recalling roughly 38,500 of the vehicles in Canada, Transport Canada said.

It is the automaker's largest recall since 2021, when it called back 1.1 million vehicles over faulty airbag inflators. Orion has issued 14 recalls covering a combined 2.3 million vehicles since January, according to a tally by research firm Autosafe Insight.

Camera-related defects have become one of the most common reasons for recalls: they accounted for about 18% of all US recalls in 2024, up from 7% in 2019, the tally showed. About 1 in 6 vehicles on American roads has at least one unrepaired recall, according to one industry estimate.

Orion, which sold 2.1 million vehicles in the US last year, did not respond to a request for comment. Its shares were little changed on Friday.
""", [
    F("about 412,000", 412000, "#vehicle", "L", None, "vehicles recalled in the United States|vehicles|recall", None,
      "National Highway Traffic Safety Administration", source_alt=["NHTSA"], period_alt=[DAY(FRI)]),
    F("1,287", 1287, "#claim", "L", None, "warranty claims|claims", None, "NHTSA",
      source_alt=["National Highway Traffic Safety Administration"]),
    F("19", 19, "#report", "L", None, "field reports|reports", None, "NHTSA", ctx="and 19 field",
      source_alt=["National Highway Traffic Safety Administration"]),
    F("about 45 minutes", 45, "min", "L", None, "software fix|fix", None, None),
    F("roughly 38,500", 38500, "#vehicle", "L", None, "vehicles recalled in Canada|vehicles", None, "Transport Canada"),
    F("1.1 million", 1.1e6, "#vehicle", "L", None, "vehicles recalled over faulty airbag inflators|vehicles|recall",
      Y(2021), None),
    F("14", 14, "#recall", "L", None, "Orion recalls|recalls", ("2025-01", "2025-11"), "Autosafe Insight",
      source_alt=["tally"], period_alt=[("2025-01-01", P)]),
    F("2.3 million", 2.3e6, "#vehicle", "L", None, "vehicles covered by Orion recalls|vehicles",
      ("2025-01", "2025-11"), "Autosafe Insight", source_alt=["tally"], period_alt=[("2025-01-01", P)]),
    F("about 18%", 18, "%", "S", "up", "camera-related defects' share of US recalls|US recalls|recalls", Y(2024),
      "tally", source_alt=["Autosafe Insight"], direction_alt=[None]),
    F("7%", 7, "%", "S", None, "camera-related defects' share of US recalls|US recalls|recalls", Y(2019), "tally",
      source_alt=["Autosafe Insight"]),
    FR("About 1 in 6", 1, 6, "S", None, "vehicles with an unrepaired recall|vehicles", None, "industry estimate",
       source_alt=["estimate"]),
    F("2.1 million", 2.1e6, "#vehicle", "L", None, "Orion's US vehicle sales|vehicles|sales", Y(2024), None),
], ex=["one of the most common", "at least one", "one industry estimate"])

# ---------------------------------------------------------------- 27 state budget (NSW)
P = "2026-06-23"  # Tuesday
F27 = ("2026-07", "2027-06")
FW4 = ("2026-07", "2030-06")
story("b55-27", P, """
New South Wales will return to a budget surplus of A$1.2 billion in 2027-28, a year later than forecast in December, Treasurer Rhiannon Calder said on Tuesday as she unveiled a budget that commits A$121 billion to infrastructure over the next four years.

The state expects a deficit of A$3.6 billion in the 2026-27 financial year, which begins on July 1, narrowing from an estimated A$4.9 billion shortfall in the year ending June 30. Surpluses are projected to rise to A$2.8 billion by 2029-30.

Net debt is forecast to peak at A$196 billion, or 14.1% of gross state product, in June 2029, up from A$171 billion now.

Health spending will rise 5.4% to A$40.3 billion, including A$2.2 billion over four years to hire 1,900 more nurses and midwives. Schools will receive A$24.6 billion, with a further A$800 million to build 12 primary schools in Sydney's west.

The budget includes a A$150 electricity rebate for about 2.4 million households, costing A$360 million. The payroll tax threshold will rise to A$1.3 million from A$1.2 million, saving businesses an estimated A$95 million a year, according to Treasury.

"This budget repairs the balance sheet without cutting the services people rely on," Calder told parliament. Opposition finance spokesman Daniel Moreau said interest payments of A$9.4 billion next year would exceed what the state spends on police and prisons combined.
""", [
    F("A$1.2 billion", 1.2e9, "A$", "L", None, "budget surplus|surplus", ("2027-07", "2028-06"), "Rhiannon Calder",
      source_alt=["Calder", "treasurer"]),
    F("A$121 billion", 121e9, "A$", "L", None, "infrastructure spending|infrastructure", FW4, "Rhiannon Calder",
      source_alt=["Calder", "budget"], period_alt=[None]),
    F("A$3.6 billion", 3.6e9, "A$", "L", "dn", "budget deficit|deficit", F27, "state",
      source_alt=["New South Wales"], direction_alt=[None]),
    F("an estimated A$4.9 billion", 4.9e9, "A$", "L", None, "budget shortfall|shortfall|deficit", ("2025-07", "2026-06"), "state",
      source_alt=["New South Wales"]),
    F("A$2.8 billion", 2.8e9, "A$", "L", "up", "budget surpluses|surpluses|surplus", (None, "2030-06"), None,
      source_alt=["state", "New South Wales"], period_alt=[("2029-07", "2030-06")]),
    F("A$196 billion", 196e9, "A$", "L", "up", "net debt|debt", "2029-06", None, source_alt=["state", "budget"],
      direction_alt=[None]),
    F("14.1%", 14.1, "%", "L", None, "net debt as a share of gross state product|net debt|debt", "2029-06", None,
      source_alt=["state", "budget"], kind_alt=["share", "ratio"]),
    F("A$171 billion", 171e9, "A$", "L", None, "net debt|debt", DAY(P), None, source_alt=["state", "budget"],
      period_alt=[None]),
    F("5.4%", 5.4, "%", "C", "up", "health spending|spending", F27, None, source_alt=["budget"]),
    F("A$40.3 billion", 40.3e9, "A$", "L", "up", "health spending|spending", F27, None, source_alt=["budget"]),
    F("A$2.2 billion", 2.2e9, "A$", "L", None, "funding to hire nurses and midwives|funding|nurses", FW4, None,
      source_alt=["budget"]),
    F("1,900", 1900, "#nurse", "C", "up", "nurses and midwives|nurses", FW4, None, source_alt=["budget"],
      unit_alt=["midwife"]),
    F("A$24.6 billion", 24.6e9, "A$", "L", None, "schools funding|schools", F27, None, source_alt=["budget"]),
    F("A$800 million", 800e6, "A$", "L", None, "funding for new primary schools|funding|schools", None, None,
      source_alt=["budget"]),
    F("12", 12, "#school", "L", None, "primary schools to be built|primary schools|schools", None, None, ctx="build 12 primary",
      source_alt=["budget"], kind_alt=["change"]),
    F("A$150", 150, "A$", "L", None, "electricity rebate|rebate", F27, None, source_alt=["budget"],
      period_alt=[None]),
    F("about 2.4 million", 2.4e6, "#household", "L", None, "households receiving the rebate|households", F27, None,
      source_alt=["budget"], period_alt=[None]),
    F("A$360 million", 360e6, "A$", "L", None, "cost of the electricity rebate|cost|rebate", F27, None,
      source_alt=["budget"], period_alt=[None]),
    F("A$1.3 million", 1.3e6, "A$", "L", "up", "payroll tax threshold|threshold", ("2026-07-01", None), None,
      source_alt=["budget"], period_alt=[None, F27]),
    F("A$1.2 million", 1.2e6, "A$", "L", None, "payroll tax threshold|threshold", None, None, source_alt=["budget"]),
    F("an estimated A$95 million", 95e6, "A$", "L", None, "savings for businesses|savings", None, "Treasury",
      kind_alt=["change"], direction_alt=["decrease"]),
    F("A$9.4 billion", 9.4e9, "A$", "L", None, "interest payments|payments", F27, "Daniel Moreau",
      source_alt=["Moreau", "opposition"]),
], ex=["four years"])

# ---------------------------------------------------------------- 28 Indian IT services results
P = "2026-01-15"  # Thursday
Q3 = Q(2025, 4)
story("b55-28", P, """
Bengaluru-based Sahyadri Infotech reported a 9.2% rise in third-quarter net profit on Thursday, beating estimates, as clients in banking and healthcare stepped up spending on artificial intelligence projects, and narrowed its revenue growth forecast for the year.

Consolidated net profit rose to Rs 4,318 crore ($497 million) in the October-December quarter from Rs 3,954 crore a year earlier, the company said in an exchange filing. Analysts had expected Rs 4,190 crore, according to LSEG data.

Revenue grew 6.1% to Rs 26,740 crore. In constant currency terms, revenue rose 1.7% from the previous quarter.

The company now expects revenue to grow between 3% and 3.5% in constant currency in the financial year ending March 2026, compared with its earlier forecast of 2.5% to 4%. Its operating margin was 21.3%, up 60 basis points sequentially.

Sahyadri added 2,870 employees in the quarter, taking its headcount to 3,21,450. Attrition, measured over the last 12 months, eased to 13.1% from 13.9% in the July-September quarter.

Large deal wins totalled $3.1 billion, of which about 58% was new business. The board declared an interim dividend of Rs 11 a share.

"Clients are moving from experimenting with AI to deploying it at scale," chief executive Ritu Deshpande said. The company's shares closed 2.4% higher ahead of the results.
""", [
    F("9.2%", 9.2, "%", "C", "up", "third-quarter net profit|net profit|profit", Q3, None,
      source_alt=["Sahyadri Infotech"]),
    F("Rs 4,318 crore", 43.18e9, "Rs", "L", "up", "consolidated net profit|net profit|profit", Q3, "company",
      value_alt=[4318], source_alt=["Sahyadri Infotech", "filing"]),
    F("$497 million", 497e6, "$", "L", "up", "consolidated net profit|net profit|profit", Q3, "company",
      source_alt=["Sahyadri Infotech", "filing"]),
    F("Rs 3,954 crore", 39.54e9, "Rs", "L", None, "consolidated net profit|net profit|profit", Q(2024, 4), "company",
      value_alt=[3954], source_alt=["Sahyadri Infotech", "filing"]),
    F("Rs 4,190 crore", 41.9e9, "Rs", "L", None, "expected net profit|net profit|profit", Q3, "analysts",
      value_alt=[4190], source_alt=["LSEG"]),
    F("6.1%", 6.1, "%", "C", "up", "revenue", Q3, None, source_alt=["Sahyadri Infotech"]),
    F("Rs 26,740 crore", 267.4e9, "Rs", "L", "up", "revenue", Q3, None, value_alt=[26740],
      source_alt=["Sahyadri Infotech"]),
    F("1.7%", 1.7, "%", "C", "up", "constant-currency revenue|revenue", Q3, None, source_alt=["Sahyadri Infotech"]),
    F("3% and 3.5%", 3, "%", "C", "up", "constant-currency revenue growth|revenue", ("2025-04", "2026-03"), "company",
      value_hi=3.5, source_alt=["Sahyadri Infotech"]),
    F("2.5% to 4%", 2.5, "%", "C", None, "earlier revenue growth forecast|revenue|forecast", ("2025-04", "2026-03"),
      "company", value_hi=4, source_alt=["Sahyadri Infotech"], direction_alt=["increase"]),
    F("21.3%", 21.3, "%", "L", "up", "operating margin|margin", Q3, None, source_alt=["Sahyadri Infotech"],
      kind_alt=["share"], direction_alt=[None]),
    F("60 basis points", 60, "bp", "C", "up", "operating margin|margin", Q3, None, source_alt=["Sahyadri Infotech"]),
    F("2,870", 2870, "#employee", "C", "up", "Sahyadri headcount|employees|headcount", Q3, None,
      source_alt=["Sahyadri Infotech"]),
    F("3,21,450", 321450, "#employee", "L", "up", "Sahyadri headcount|headcount|employees", Q3, None,
      source_alt=["Sahyadri Infotech"], period_alt=[DAY("2025-12-31")]),
    F("13.1%", 13.1, "%", "L", "dn", "attrition|attrition rate", span12(2025, 12), None,
      source_alt=["Sahyadri Infotech"], period_alt=[Q3], kind_alt=["share"]),
    F("13.9%", 13.9, "%", "L", None, "attrition|attrition rate", Q(2025, 3), None,
      source_alt=["Sahyadri Infotech"], period_alt=[span12(2025, 9)], kind_alt=["share"]),
    F("$3.1 billion", 3.1e9, "$", "L", None, "large deal wins|deal wins|deals", Q3, None,
      source_alt=["Sahyadri Infotech"]),
    F("about 58%", 58, "%", "S", None, "new business share of large deal wins|new business|deal wins", Q3, None,
      source_alt=["Sahyadri Infotech"]),
    F("Rs 11", 11, "Rs", "L", None, "interim dividend|dividend", Q3, None, source_alt=["Sahyadri Infotech", "board"],
      unit_alt=["INR per share"], period_alt=[None]),
    F("2.4%", 2.4, "%", "C", "up", "Sahyadri Infotech shares|shares", DAY(P), None),
], ex=["third-quarter", "October-December quarter", "previous quarter", "in the quarter", "last 12 months",
       "July-September quarter"])

# ---------------------------------------------------------------- 29 Chinese EV deliveries
P = "2026-07-01"  # Wednesday
JUN = "2026-06"
story("b55-29", P, """
Chinese electric-vehicle maker Qingfeng Auto delivered 61,208 vehicles in June, up 48% from a year earlier and a monthly record, the company said on Wednesday, bringing its first-half total to 302,640.

That puts Qingfeng at 40.4% of its full-year target of 750,000 vehicles, which it reaffirmed. Exports accounted for about one in seven of the cars it sold in June, the company said, with most going to Southeast Asia, the Middle East and Europe.

Deliveries of its new Q7 sport-utility vehicle, which starts at 189,800 yuan, passed 20,000 in its first full month on sale.

Rival Donghai Motors said its June sales fell 9% to 41,760, while Lanxing EV reported 27,390 deliveries, nearly triple its level a year earlier.

China's passenger vehicle sales rose 11% year on year to 2.07 million units in the first three weeks of June, according to preliminary data from the China Passenger Car Association, with new-energy vehicles accounting for 54% of the total.

A price war that has dragged on for more than three years has squeezed margins across the industry. Qingfeng's gross margin narrowed to 15.2% in the first quarter from 18.6% a year earlier, and its Hong Kong-listed shares have fallen 18% this year.

"Volume is not the problem. Profit is," said Zhou Lan, an auto analyst at Jinhe Securities in Shanghai.
""", [
    F("61,208", 61208, "#vehicle", "L", "up", "Qingfeng deliveries|deliveries|vehicles", JUN, "company",
      source_alt=["Qingfeng Auto"], direction_alt=[None]),
    F("48%", 48, "%", "C", "up", "Qingfeng deliveries|deliveries", JUN, "company", source_alt=["Qingfeng Auto"]),
    F("302,640", 302640, "#vehicle", "L", None, "Qingfeng first-half deliveries|deliveries|total",
      ("2026-01", "2026-06"), "company", source_alt=["Qingfeng Auto"]),
    F("40.4%", 40.4, "%", "S", None, "share of full-year delivery target reached|target", ("2026-01", "2026-06"), None,
      source_alt=["Qingfeng Auto"]),
    F("750,000", 750000, "#vehicle", "L", None, "Qingfeng full-year delivery target|target", Y(2026), None,
      source_alt=["Qingfeng Auto"]),
    FR("about one in seven", 1, 7, "S", None, "exports' share of Qingfeng sales|cars sold|exports", JUN, "company",
       source_alt=["Qingfeng Auto"]),
    F("189,800 yuan", 189800, "yuan", "L", None, "starting price of the Q7|starting price|price", None, None),
    F("20,000", 20000, "#vehicle", "L", "up", "Q7 deliveries|deliveries", JUN, None, source_alt=["Qingfeng Auto"],
      direction_alt=[None], period_alt=[None]),
    F("9%", 9, "%", "C", "dn", "Donghai Motors June sales|sales", JUN, "Donghai Motors"),
    F("41,760", 41760, "#vehicle", "L", "dn", "Donghai Motors June sales|sales", JUN, "Donghai Motors"),
    F("27,390", 27390, "#delivery", "L", None, "Lanxing EV deliveries|deliveries", JUN, "Lanxing EV",
      direction_alt=["increase"]),
    X("nearly triple", 3, "R", "up", "Lanxing EV deliveries|deliveries", JUN, "Lanxing EV", direction_alt=[None]),
    F("11%", 11, "%", "C", "up", "China's passenger vehicle sales|passenger vehicle sales|sales",
      ("2026-06-01", "2026-06-21"), "China Passenger Car Association", source_alt=["data"]),
    F("2.07 million", 2.07e6, "#unit", "L", "up", "China's passenger vehicle sales|passenger vehicle sales|sales",
      ("2026-06-01", "2026-06-21"), "China Passenger Car Association", source_alt=["data"], unit_alt=["vehicle"]),
    F("54%", 54, "%", "S", None, "new-energy vehicles' share of sales|total|new-energy vehicles",
      ("2026-06-01", "2026-06-21"), "China Passenger Car Association", source_alt=["data"]),
    F("15.2%", 15.2, "%", "L", "dn", "Qingfeng's gross margin|gross margin|margin", Q(2026, 1), None,
      source_alt=["Qingfeng Auto"], kind_alt=["share"]),
    F("18.6%", 18.6, "%", "L", None, "Qingfeng's gross margin|gross margin|margin", Q(2025, 1), None,
      source_alt=["Qingfeng Auto"], kind_alt=["share"]),
    F("18%", 18, "%", "C", "dn", "Qingfeng's Hong Kong-listed shares|shares", ("2026-01", "2026-06"), None,
      ctx="fallen 18%", period_alt=[("2026-01-01", P), ("2026-01", "2026-07")]),
], ex=["first-half", "Q7", "first three weeks", "more than three years", "first quarter"])

# ---------------------------------------------------------------- 30 Hong Kong IPO
P = "2025-09-30"  # Tuesday
story("b55-30", P, """
Shenzhen-based robot vacuum maker Mingche Technology priced its Hong Kong initial public offering at HK$52.80 a share on Tuesday, near the top of its marketed range of HK$48.60 to HK$54.20, raising HK$11.7 billion ($1.5 billion) in the city's biggest listing since May.

The retail portion of the offering was oversubscribed about 412 times and the institutional tranche more than 20 times, according to a person familiar with the deal, who asked not to be named because the information was private.

The company sold 221.6 million shares, or 10% of its enlarged share capital, with cornerstone investors taking about 45% of the offering. Trading is set to begin on Oct. 8.

At the offer price, Mingche is valued at about HK$117 billion, or roughly 24 times its forecast 2025 earnings, a discount to Shenzhen-listed peers, which trade at an average of 31 times.

Mingche's revenue rose 38% to 9.87 billion yuan in the first half of 2025, and net profit climbed to 1.21 billion yuan from 740 million yuan a year earlier, its prospectus showed. Overseas markets accounted for 61% of sales.

Hong Kong has hosted 64 IPOs raising a combined HK$148 billion so far this year, more than three times the amount raised in the same period of 2024, according to data from the exchange operator.
""", [
    F("HK$52.80", 52.8, "HK$", "L", None, "Mingche IPO price|offer price|IPO price", DAY(P), None,
      source_alt=["Mingche Technology"], unit_alt=["HKD per share"], period_alt=[None]),
    F("HK$48.60 to HK$54.20", 48.6, "HK$", "L", None, "marketed price range|range", None, None, value_hi=54.2,
      source_alt=["Mingche Technology"], unit_alt=["HKD per share"]),
    F("HK$11.7 billion", 11.7e9, "HK$", "L", None, "IPO proceeds|proceeds|offering", DAY(P), None,
      source_alt=["Mingche Technology"], period_alt=[None]),
    F("$1.5 billion", 1.5e9, "$", "L", None, "IPO proceeds|proceeds|offering", DAY(P), None,
      source_alt=["Mingche Technology"], period_alt=[None]),
    X("about 412 times", 412, "R", None, "oversubscription of the retail portion|retail portion|oversubscription",
      None, "person familiar with the deal", source_alt=["person"], kind_alt=["level"]),
    X("more than 20 times", 20, "R", None,
      "oversubscription of the institutional tranche|institutional tranche|oversubscription", None,
      "person familiar with the deal", source_alt=["person"], kind_alt=["level"]),
    F("221.6 million", 221.6e6, "#share", "L", None, "shares sold in the IPO|shares", DAY(P), None,
      source_alt=["Mingche Technology"], period_alt=[None]),
    F("10%", 10, "%", "S", None, "share of enlarged share capital sold|enlarged share capital|shares", None, None,
      source_alt=["Mingche Technology"]),
    F("about 45%", 45, "%", "S", None, "cornerstone investors' share of the offering|offering|cornerstone investors",
      None, None, source_alt=["Mingche Technology"]),
    F("about HK$117 billion", 117e9, "HK$", "L", None, "Mingche valuation|valuation|Mingche", None, None),
    X("roughly 24 times", 24, "R", None, "Mingche price-earnings multiple|multiple|earnings", None, None,
      kind_alt=["level"], period_alt=[Y(2025)]),
    X("31 times", 31, "R", None, "peers' average price-earnings multiple|multiple|peers", None, None,
      kind_alt=["level"]),
    F("38%", 38, "%", "C", "up", "Mingche revenue|revenue", ("2025-01", "2025-06"), "prospectus",
      source_alt=["Mingche Technology"]),
    F("9.87 billion yuan", 9.87e9, "yuan", "L", "up", "Mingche revenue|revenue", ("2025-01", "2025-06"), "prospectus",
      source_alt=["Mingche Technology"]),
    F("1.21 billion yuan", 1.21e9, "yuan", "L", "up", "Mingche net profit|net profit|profit", ("2025-01", "2025-06"),
      "prospectus", source_alt=["Mingche Technology"]),
    F("740 million yuan", 740e6, "yuan", "L", None, "Mingche net profit|net profit|profit", ("2024-01", "2024-06"),
      "prospectus", source_alt=["Mingche Technology"]),
    F("61%", 61, "%", "S", None, "overseas markets' share of sales|sales|overseas markets", ("2025-01", "2025-06"),
      None, source_alt=["prospectus", "Mingche Technology"]),
    F("64", 64, "#IPO", "L", None, "Hong Kong IPOs|IPOs", ("2025-01", "2025-09"), "exchange operator",
      source_alt=["data"], period_alt=[("2025-01-01", P)]),
    F("HK$148 billion", 148e9, "HK$", "L", None, "IPO proceeds in Hong Kong|proceeds|amount raised",
      ("2025-01", "2025-09"), "exchange operator", source_alt=["data"], period_alt=[("2025-01-01", P)]),
    X("more than three times", 3, "R", None, "IPO proceeds compared with 2024|amount raised|proceeds",
      ("2025-01", "2025-09"), "exchange operator", source_alt=["data"], direction_alt=["increase"],
      period_alt=[("2025-01-01", P)]),
], ex=["first half"])
