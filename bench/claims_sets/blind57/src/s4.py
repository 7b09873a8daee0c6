"""blind57 s4: seizures, courts, a fine, capital markets, an IPO, a state audit, a typhoon updated a day later, a
central-bank poll (b57-31..b57-40)."""
from common import *

NZD = "NZD"

# ---------------------------------------------------------------- 31 Revenue cannabis seizure (Irish)
P = on("2025-10-12", "Sunday")
SAT = last(P, "Saturday")
FRI = last(P, "Friday")
story("b57-31", P, """
Revenue officers seized herbal cannabis worth an estimated €4.6 million at Rosslare Europort on Saturday, the largest single drugs seizure at the port so far this year.

The 230kg of cannabis was found concealed in a consignment of garden furniture in a lorry that had arrived on a ferry from Cherbourg, Revenue said in a statement. The driver, a man aged 43, was arrested at the scene.

Gardaí later searched a warehouse in Co Wexford, where they arrested a second man, aged 29, and recovered €310,000 in cash. Both men are being detained under drug trafficking legislation that allows them to be held for up to seven days.

Revenue has seized drugs worth €38.4 million at ports and airports so far this year, compared with €29.1 million in the same period last year, while the Garda National Drugs and Organised Crime Bureau said it had seized cocaine worth €61 million in the first nine months.

Separately, a Dublin man was jailed for six years at Wexford Circuit Criminal Court on Friday for possession of cocaine worth €520,000 for sale or supply. Judge Orla Cunneen suspended the final 18 months of the sentence, noting that the 34-year-old had no previous convictions.

"Criminal gangs are adapting, and so are we," said Revenue's assistant secretary, Declan Mahony.
""", [
    F("an estimated €4.6 million", 4.6e6, "€", "L", None, "value of cannabis seized at Rosslare|cannabis|value",
      DAY(SAT), None, source_alt=["Revenue", "Revenue officers"]),
    F("230kg", 230, "kg", "L", None, "cannabis seized at Rosslare|cannabis", DAY(SAT), "Revenue"),
    AGE("43", 43, "driver", alts="man"),
    AGE("29", 29, "second man", ctx="aged 29", alts="man"),
    F("€310,000", 310000, "€", "L", None, "cash recovered in Co Wexford|cash", None, None,
      source_alt=["Gardaí"], period_alt=[DAY(SAT), DAY(P)]),
    F("up to seven days", 7, "d", "L", None, "maximum detention under drug trafficking legislation|detention", None,
      None),
    F("€38.4 million", 38.4e6, "€", "L", None, "drugs seized by Revenue|drugs|seizures", ytd(P), None,
      source_alt=["Revenue"], period_alt=[("2025-01-01", P)], direction_alt=["up"]),
    F("€29.1 million", 29.1e6, "€", "L", None, "drugs seized by Revenue|drugs|seizures", ("2024-01", "2024-10"), None,
      source_alt=["Revenue"], period_alt=[("2024-01-01", "2024-10-12")]),
    F("€61 million", 61e6, "€", "L", None, "cocaine seized by the Garda bureau|cocaine|seizures", ("2025-01", "2025-09"),
      "Garda National Drugs and Organised Crime Bureau", source_alt=["bureau", "GNDOCB"]),
    F("six years", 6, "yr", "L", None, "Dublin man's prison sentence|sentence", None, None,
      source_alt=["Wexford Circuit Criminal Court", "court"], period_alt=[DAY(FRI)]),
    F("€520,000", 520000, "€", "L", None, "value of cocaine possessed for sale or supply|cocaine|value", None, None),
    F("18 months", 18, "mo", "L", None, "suspended part of the sentence|sentence", None, None,
      source_alt=["Orla Cunneen", "Judge"], period_alt=[DAY(FRI)]),
    AGE("34-year-old", 34, "Dublin man", alts="man"),
], ex=["first nine months"])

# ---------------------------------------------------------------- 32 EFCC fraud sentence (Nigerian)
P = on("2026-02-06", "Friday")
THU = last(P, "Thursday")
SPAN = ("2017-01", "2021-12")
CRT = ["Federal High Court", "court"]
JUD = ["Ngozi Ekwueme", "Justice", "judge"]
story("b57-32", P, """
A Federal High Court in Lagos on Thursday sentenced a former director of a defunct microfinance bank, Mr Babatunde Akinyele, to 14 years' imprisonment for defrauding depositors of N2.7bn.

Justice Ngozi Ekwueme found Akinyele guilty on 11 of the 16 counts of fraud and money laundering brought against him by the Economic and Financial Crimes Commission (EFCC), and ordered that the sentences run concurrently.

The judge also ordered the forfeiture to the Federal Government of three duplexes in Lekki, a filling station in Ibadan and N418m recovered from the convict's accounts, and directed him to pay restitution of N1.9bn to about 6,300 depositors.

According to the EFCC, Akinyele diverted the funds between 2017 and 2021 through 23 shell companies, some of which were registered in the names of his domestic staff.

The commission's Head of Media, Mr Chinedu Okpara, said in a statement on Friday that the EFCC secured 4,112 convictions in 2025, up from 3,455 the previous year, and recovered N367bn, while a Lagos-based lawyer, Mrs Folake Adebanjo, said only about 35 per cent of depositors in collapsed microfinance banks had ever been repaid.

Akinyele, 58, was first arraigned in March 2022.
""", [
    F("14 years", 14, "yr", "L", None, "Akinyele's prison sentence|sentence|imprisonment", None, None,
      source_alt=CRT, period_alt=[DAY(THU)]),
    F("N2.7bn", 2.7e9, "N", "L", None, "money defrauded from depositors|depositors|fraud", SPAN, None,
      source_alt=CRT, period_alt=[None]),
    F("11", 11, "#count", "L", None, "counts Akinyele was found guilty on|counts", DAY(THU), None, source_alt=JUD, ctx="on 11 of",
      period_alt=[None]),
    F("16", 16, "#count", "L", None, "counts brought against Akinyele|counts", None, None, source_alt=JUD),
    F("three", 3, "#duplex", "L", None, "duplexes forfeited in Lekki|duplexes", DAY(THU), None, source_alt=JUD,
      period_alt=[None]),
    F("N418m", 418e6, "N", "L", None, "money forfeited from the convict's accounts|forfeiture|accounts", DAY(THU),
      None, source_alt=JUD, period_alt=[None]),
    F("N1.9bn", 1.9e9, "N", "L", None, "restitution to depositors|restitution", None, None, source_alt=JUD,
      period_alt=[DAY(THU)]),
    F("about 6,300", 6300, "#depositor", "L", None, "depositors due restitution|depositors", None, None,
      source_alt=JUD),
    F("23", 23, "#company", "L", None, "shell companies used to divert funds|shell companies|companies", SPAN, "EFCC",
      source_alt=["Economic and Financial Crimes Commission"], unit_alt=["shell company"]),
    F("4,112", 4112, "#conviction", "L", "up", "convictions secured by the EFCC|convictions", Y(2025),
      "Chinedu Okpara", source_alt=["Okpara", "EFCC", "statement"]),
    F("3,455", 3455, "#conviction", "L", None, "convictions secured by the EFCC|convictions", Y(2024),
      "Chinedu Okpara", source_alt=["Okpara", "EFCC", "statement"]),
    F("N367bn", 367e9, "N", "L", None, "funds recovered by the EFCC|recoveries|funds", Y(2025), "Chinedu Okpara",
      source_alt=["Okpara", "EFCC", "statement"]),
    F("about 35 per cent", 35, "%", "S", None, "depositors of collapsed microfinance banks repaid|depositors", None,
      "Folake Adebanjo", source_alt=["Adebanjo", "lawyer"]),
    AGE("58", 58, "Babatunde Akinyele", alts="Akinyele"),
], ex=[])

# ---------------------------------------------------------------- 33 Commerce Commission pricing fine (New Zealand)
P = on("2026-09-15", "Tuesday")
SPAN = ("2023-10", "2025-06")
FW = ["FreshWay Foods"]
story("b57-33", P, """
Supermarket operator FreshWay Foods has been fined $3.25 million in the Auckland District Court for misleading shoppers over the prices of specials, the Commerce Commission said on Tuesday.

The company pleaded guilty to 14 charges under the Fair Trading Act relating to 1,870 products sold between October 2023 and June 2025. The commission found that prices charged at the checkout were higher than shelf prices for 9 per cent of the items it sampled, with an average overcharge of $1.38.

Judge Carla Whitmore set a starting point of $4.1 million before applying discounts of 20 per cent for the guilty plea and 5 per cent for remediation.

FreshWay, which operates 188 stores and has about 31 per cent of the grocery market, said it had refunded $2.9 million to about 410,000 customers and upgraded its pricing systems.

Commissioner Nadia Pereira said it was the largest penalty imposed for pricing accuracy under the act, while Consumer NZ said 1 in 4 shoppers in its latest survey reported being overcharged in the past six months.

Grocery food prices rose 4.6 per cent in the year to August, Stats NZ figures showed.
""", [
    F("$3.25 million", 3.25e6, NZD, "L", None, "FreshWay Foods' fine|fine", DAY(P), "Commerce Commission",
      source_alt=["commission"], period_alt=[None]),
    F("14", 14, "#charge", "L", None, "charges FreshWay pleaded guilty to|charges", None, None,
      source_alt=["Commerce Commission"]),
    F("1,870", 1870, "#product", "L", None, "products covered by the charges|products", SPAN, None,
      source_alt=["Commerce Commission"]),
    F("9 per cent", 9, "%", "S", None, "sampled items overcharged at the checkout|items", SPAN, "commission",
      source_alt=["Commerce Commission"], period_alt=[None]),
    F("$1.38", 1.38, NZD, "L", None, "average overcharge|overcharge", SPAN, "commission",
      source_alt=["Commerce Commission"], period_alt=[None]),
    F("$4.1 million", 4.1e6, NZD, "L", None, "starting point of the fine|starting point", None, None,
      source_alt=["Carla Whitmore", "Judge"], period_alt=[DAY(P)]),
    F("20 per cent", 20, "%", "C", "dn", "discount for the guilty plea|discount", None, None,
      source_alt=["Carla Whitmore", "Judge"], kind_alt=["share"], period_alt=[DAY(P)]),
    F("5 per cent", 5, "%", "C", "dn", "discount for remediation|discount", None, None,
      source_alt=["Carla Whitmore", "Judge"], kind_alt=["share"], period_alt=[DAY(P)]),
    F("188", 188, "#store", "L", None, "FreshWay stores|stores", None, "FreshWay", source_alt=FW,
      period_alt=[DAY(P)]),
    F("about 31 per cent", 31, "%", "S", None, "FreshWay's share of the grocery market|grocery market|share", None,
      "FreshWay", source_alt=FW, period_alt=[DAY(P)]),
    F("$2.9 million", 2.9e6, NZD, "L", None, "refunds to customers|refunds", (None, P), "FreshWay", source_alt=FW,
      period_alt=[None]),
    F("about 410,000", 410000, "#customer", "L", None, "customers refunded|customers", (None, P), "FreshWay",
      source_alt=FW, period_alt=[None]),
    FR("1 in 4", 1, 4, "S", None, "shoppers reporting being overcharged|shoppers", None, "Consumer NZ",
       source_alt=["survey"], period_alt=[DAY(P)]),
    F("4.6 per cent", 4.6, "%", "C", "up", "grocery food prices|prices", span12(2026, 8), "Stats NZ",
      source_alt=["figures"]),
], ex=["past six months"])

# ---------------------------------------------------------------- 34 PDEA shabu seizure (Philippine)
P = on("2026-06-15", "Monday")
SUN = last(P, "Sunday")
SAT = last(P, "Saturday")
PDEA = ["Philippine Drug Enforcement Agency", "agency"]
PNP = ["Philippine National Police", "PNP"]
story("b57-34", P, """
Anti-narcotics agents seized about 210 kilograms of suspected shabu worth P1.43 billion from a warehouse in Bacoor, Cavite, on Sunday and arrested three Chinese nationals and a Filipino driver, the Philippine Drug Enforcement Agency (PDEA) said.

The drugs were packed in 205 tea bags hidden inside sacks of animal feed, PDEA spokesperson Joanna Villarin told reporters on Monday. The suspects, aged 34 to 52, face charges of illegal importation and possession of dangerous drugs.

PDEA Director General Ramil Sandoval said it was the agency's biggest haul this year, bringing the total amount of shabu seized since January to 1,986 kilograms, compared with 1,420 kilograms in the same period last year.

Police said a separate buy-bust operation in Quezon City on Saturday yielded 5.2 kilograms of shabu worth P35.4 million, while the Bureau of Customs said it had intercepted 46 parcels containing marijuana and ecstasy at the Port of Clark so far in June.

The Philippine National Police said 8,940 drug suspects were arrested nationwide in the first five months of the year, up 12 percent from a year earlier, and that 312 drug dens had been dismantled.
""", [
    F("about 210 kilograms", 210, "kg", "L", None, "suspected shabu seized in Bacoor|shabu", DAY(SUN), "PDEA",
      source_alt=PDEA),
    F("P1.43 billion", 1.43e9, "P", "L", None, "value of shabu seized in Bacoor|shabu|value", DAY(SUN), "PDEA",
      source_alt=PDEA),
    F("three", 3, "#Chinese national", "L", None, "Chinese nationals arrested|Chinese nationals|suspects", DAY(SUN),
      "PDEA", source_alt=PDEA, unit_alt=["national", "person", "suspect"]),
    F("205", 205, "#tea bag", "L", None, "tea bags holding the drugs|tea bags", DAY(SUN), "Joanna Villarin",
      source_alt=["Villarin", "spokesperson", "PDEA"], unit_alt=["bag"], period_alt=[None]),
    F("34 to 52", 34, None, "L", None, "suspects' ages|suspects", None, None, value_hi=52, unit_alt=["year"],
      kind_alt=["count", "year"]),
    F("1,986 kilograms", 1986, "kg", "L", "up", "shabu seized since January|shabu", ytd(P), "Ramil Sandoval",
      source_alt=["Sandoval", "Director General", "PDEA"], period_alt=[("2026-01-01", P)]),
    F("1,420 kilograms", 1420, "kg", "L", None, "shabu seized since January|shabu", ("2025-01", "2025-06"),
      "Ramil Sandoval", source_alt=["Sandoval", "Director General", "PDEA"],
      period_alt=[("2025-01-01", "2025-06-15")]),
    F("5.2 kilograms", 5.2, "kg", "L", None, "shabu seized in Quezon City|shabu", DAY(SAT), "Police"),
    F("P35.4 million", 35.4e6, "P", "L", None, "value of shabu seized in Quezon City|shabu|value", DAY(SAT), "Police"),
    F("46", 46, "#parcel", "L", None, "parcels of marijuana and ecstasy intercepted|parcels", "2026-06",
      "Bureau of Customs", period_alt=[("2026-06-01", P)]),
    F("8,940", 8940, "#suspect", "L", "up", "drug suspects arrested|suspects", ("2026-01", "2026-05"),
      "Philippine National Police", source_alt=PNP, unit_alt=["drug suspect"]),
    F("12 percent", 12, "%", "C", "up", "drug suspects arrested|suspects", ("2026-01", "2026-05"),
      "Philippine National Police", source_alt=PNP),
    F("312", 312, "#drug den", "L", None, "drug dens dismantled|drug dens|dens", ("2026-01", "2026-05"),
      "Philippine National Police", source_alt=PNP, unit_alt=["den"], period_alt=[None]),
], ex=["first five months"])

# ---------------------------------------------------------------- 35 Asian dollar bond issuance
P = on("2026-01-17", "Saturday")
H1 = ("2026-01-01", "2026-01-15")
TUE = "2026-01-13"
HCD = "Harbourview Capital Data"
WEEK = ("2026-01-12", "2026-01-16")
story("b57-35", P, """
Asian issuers outside Japan sold $18.6 billion of US dollar bonds across 41 deals in the first half of the month, the busiest start to a year since 2021, according to data compiled by Harbourview Capital Data.

Indonesia led the way with a $3.1 billion triple-tranche global bond on Tuesday that drew orders of about $11.4 billion, or 3.7 times the amount offered. The 10-year portion priced at a yield of 5.05%, about 30 basis points inside initial guidance, the finance ministry said.

The Philippines raised $2.25 billion from two tranches the same week, while Indian banks and companies sold $2.9 billion across six deals.

Chinese property developers accounted for just 4% of issuance, compared with 19% in the first half of January 2021, said Mei Ling Foo, head of Asia debt capital markets at Straits Orient Bank, while Aaron Teo, a credit strategist at Kestrel Securities, said spreads on Asian investment-grade bonds had tightened 12 basis points since Jan. 1 to 78 basis points over Treasuries.

Bankers expect January volume to reach $32 billion to $35 billion, compared with $27.4 billion a year earlier. Asian dollar bond issuance totalled $248 billion in 2025.
""", [
    F("$18.6 billion", 18.6e9, "$", "L", None, "Asian ex-Japan dollar bond issuance|dollar bonds|issuance", H1, HCD,
      source_alt=["data"], period_alt=["2026-01"]),
    F("41", 41, "#deal", "L", None, "Asian ex-Japan dollar bond deals|deals", H1, HCD, source_alt=["data"],
      period_alt=["2026-01"]),
    F("$3.1 billion", 3.1e9, "$", "L", None, "Indonesia's global bond|global bond|bond", DAY(TUE), None),
    F("triple", 3, "#tranche", "L", None, "tranches of Indonesia's global bond|tranches", DAY(TUE), None),
    F("about $11.4 billion", 11.4e9, "$", "L", None, "orders for Indonesia's global bond|orders", DAY(TUE), None),
    X("3.7 times", 3.7, "R", None, "orders compared with the amount offered|orders", DAY(TUE), None),
    F("5.05%", 5.05, "%", "L", None, "yield on Indonesia's 10-year bond|yield", DAY(TUE), "finance ministry",
      source_alt=["ministry"]),
    F("about 30 basis points", 30, "bp", "C", "dn", "yield compared with initial guidance|yield", DAY(TUE),
      "finance ministry", source_alt=["ministry"], kind_alt=["level"], unit_alt=["percentage point"],
      value_alt=[0.30]),
    F("$2.25 billion", 2.25e9, "$", "L", None, "the Philippines' dollar bond|bond", WEEK, None,
      period_alt=[("2026-01-11", "2026-01-17"), H1]),
    F("two", 2, "#tranche", "L", None, "tranches of the Philippines' bond|tranches", WEEK, None,
      period_alt=[("2026-01-11", "2026-01-17"), H1]),
    F("$2.9 billion", 2.9e9, "$", "L", None, "Indian dollar bond issuance|issuance", H1, None,
      period_alt=[WEEK, "2026-01"]),
    F("six", 6, "#deal", "L", None, "Indian dollar bond deals|deals", H1, None, period_alt=[WEEK, "2026-01"]),
    F("4%", 4, "%", "S", None, "Chinese property developers' share of issuance|property developers|issuance", H1,
      "Mei Ling Foo", source_alt=["Foo", "Straits Orient Bank"]),
    F("19%", 19, "%", "S", None, "Chinese property developers' share of issuance|property developers|issuance",
      ("2021-01-01", "2021-01-15"), "Mei Ling Foo", source_alt=["Foo", "Straits Orient Bank"],
      period_alt=["2021-01"]),
    F("12 basis points", 12, "bp", "C", "dn", "spreads on Asian investment-grade bonds|spreads",
      ("2026-01-01", P), "Aaron Teo", source_alt=["Teo", "Kestrel Securities"], unit_alt=["percentage point"],
      value_alt=[0.12], period_alt=["2026-01"]),
    F("78 basis points", 78, "bp", "L", "dn", "spreads on Asian investment-grade bonds|spreads", DAY(P), "Aaron Teo",
      source_alt=["Teo", "Kestrel Securities"], unit_alt=["percentage point"], value_alt=[0.78], period_alt=[None]),
    F("$32 billion to $35 billion", 32e9, "$", "L", None, "January Asian dollar bond volume|volume|issuance",
      "2026-01", "Bankers", value_hi=35e9),
    F("$27.4 billion", 27.4e9, "$", "L", None, "January Asian dollar bond volume|volume|issuance", "2025-01", None,
      source_alt=["Bankers"]),
    F("$248 billion", 248e9, "$", "L", None, "Asian dollar bond issuance|issuance", Y(2025), None),
], ex=["first half", "10-year"])

# ---------------------------------------------------------------- 36 Jakarta IPO (Indonesian)
P = on("2026-09-09", "Wednesday")
SEL = ["PT Samudra Energi Lestari", "Samudra Energi Lestari"]
story("b57-36", P, """
PT Samudra Energi Lestari is set to raise up to Rp 5.6 trillion ($340 million) in an initial public offering on the Indonesia Stock Exchange, which would be the largest listing in Jakarta this year, according to its prospectus published on Wednesday.

The renewable power developer is offering 4.1 billion new shares, or 15 percent of its enlarged capital, at Rp 1,150 to Rp 1,365 apiece, the prospectus showed. At the top of the range, the IPO would value the company at about Rp 37.3 trillion.

About 60 percent of the proceeds would fund geothermal and hydropower plants with a combined capacity of 440 megawatts, with the rest used to repay debt.

Three cornerstone investors have committed to buy $95 million of shares, said Andika Wirawan, the company's president director. Book building runs until Sept. 18, and the shares are expected to start trading on Oct. 1.

Twenty-four companies have listed in Jakarta so far this year, raising a combined Rp 9.8 trillion, compared with 31 companies raising Rp 12.4 trillion in the same period last year, exchange data showed.

"Investors want clarity on power tariffs before they commit," said Rini Hapsari, an equity analyst at Nusantara Sekuritas, who values the company at 14 times forecast 2027 earnings.
""", [
    F("up to Rp 5.6 trillion", 5.6e12, "Rp", "L", None, "Samudra Energi Lestari's IPO|IPO|offering", None,
      "prospectus", source_alt=SEL, period_alt=[Y(2026)]),
    F("$340 million", 340e6, "$", "L", None, "Samudra Energi Lestari's IPO|IPO|offering", None, "prospectus",
      source_alt=SEL, period_alt=[Y(2026)]),
    F("4.1 billion", 4.1e9, "#share", "L", None, "new shares offered|shares", None, "prospectus", source_alt=SEL,
      unit_alt=["new share"]),
    F("15 percent", 15, "%", "S", None, "offered shares' share of enlarged capital|enlarged capital|shares", None,
      "prospectus", source_alt=SEL),
    F("Rp 1,150 to Rp 1,365", 1150, "Rp", "L", None, "IPO offer price range|offer price|price", None, "prospectus",
      value_hi=1365, source_alt=SEL, unit_alt=["IDR per share"]),
    F("about Rp 37.3 trillion", 37.3e12, "Rp", "L", None, "Samudra Energi Lestari's valuation|valuation|company",
      None, None, source_alt=["prospectus"]),
    F("About 60 percent", 60, "%", "S", None, "share of proceeds for new plants|proceeds", None, None,
      source_alt=["prospectus"]),
    F("440 megawatts", 440, "MW", "L", None, "combined capacity of the planned plants|capacity", None, None,
      source_alt=["prospectus"]),
    F("Three", 3, "#investor", "L", None, "cornerstone investors|investors", None, "Andika Wirawan",
      source_alt=["Wirawan", "president director"], unit_alt=["cornerstone investor"], period_alt=[DAY(P)]),
    F("$95 million", 95e6, "$", "L", None, "cornerstone investors' commitments|commitments|investors", None,
      "Andika Wirawan", source_alt=["Wirawan", "president director"], period_alt=[DAY(P)]),
    F("Twenty-four", 24, "#company", "L", None, "companies listed in Jakarta|listings|companies", ytd(P), "exchange",
      source_alt=["data", "exchange data"], period_alt=[("2026-01-01", P)]),
    F("Rp 9.8 trillion", 9.8e12, "Rp", "L", None, "funds raised by new listings|listings|funds", ytd(P), "exchange",
      source_alt=["data", "exchange data"], period_alt=[("2026-01-01", P)]),
    F("31", 31, "#company", "L", None, "companies listed in Jakarta|listings|companies", ("2025-01", "2025-09"),
      "exchange", source_alt=["data", "exchange data"], period_alt=[("2025-01-01", "2025-09-09")]),
    F("Rp 12.4 trillion", 12.4e12, "Rp", "L", None, "funds raised by new listings|listings|funds",
      ("2025-01", "2025-09"), "exchange", source_alt=["data", "exchange data"],
      period_alt=[("2025-01-01", "2025-09-09")]),
    X("14 times", 14, "R", None, "Samudra Energi Lestari's valuation to forecast earnings|valuation|company", None,
      "Rini Hapsari", source_alt=["Hapsari", "Nusantara Sekuritas"], period_alt=[Y(2027)]),
], ex=[])

# ---------------------------------------------------------------- 37 Auditor-General's report (Nigerian)
P = on("2025-06-19", "Thursday")
Y22 = Y(2022)
OAG = ["Office of the Auditor-General for the Federation", "Auditor-General", "audit report"]
WED = last(P, "Wednesday")
story("b57-37", P, """
The Office of the Auditor-General for the Federation has flagged N312.6bn in questionable spending by 84 ministries, departments and agencies (MDAs) in the 2022 financial year, according to its annual audit report submitted to the National Assembly.

The report found that 47 MDAs made payments totalling N96.4bn without approved vouchers, while 19 agencies failed to remit N41.2bn in internally generated revenue to the Consolidated Revenue Fund.

It also found that N8.7bn was paid in salaries to 1,240 workers who could not be verified during a headcount, and that contracts worth N27.5bn were awarded without due process. Total federal spending in the year was N17.3tn, the report said.

The Auditor-General for the Federation, Mr Yusuf Bako, said in the report that only 38 per cent of the recommendations from the previous audit had been implemented.

The Chairman of the Senate Public Accounts Committee, Senator Aminu Dankwambo, said on Wednesday the committee would summon 32 heads of agencies, while the Abuja-based Fiscal Watch Initiative said less than a fifth of the money queried by auditors since 2015 had been recovered.
""", [
    F("N312.6bn", 312.6e9, "N", "L", None, "questionable spending by MDAs|questionable spending|spending", Y22,
      "report", source_alt=OAG),
    F("84", 84, "#MDA", "L", None, "MDAs flagged|MDAs", Y22, "report", source_alt=OAG,
      unit_alt=["ministry", "agency", "ministries, departments and agencies"]),
    F("47", 47, "#MDA", "L", None, "MDAs paying without approved vouchers|MDAs", Y22, "report", source_alt=OAG,
      unit_alt=["ministry", "agency"]),
    F("N96.4bn", 96.4e9, "N", "L", None, "payments without approved vouchers|payments", Y22, "report",
      source_alt=OAG),
    F("19", 19, "#agency", "L", None, "agencies failing to remit revenue|agencies", Y22, "report", source_alt=OAG),
    F("N41.2bn", 41.2e9, "N", "L", None, "internally generated revenue not remitted|revenue", Y22, "report",
      source_alt=OAG),
    F("N8.7bn", 8.7e9, "N", "L", None, "salaries paid to unverified workers|salaries", Y22, "report",
      source_alt=["It"] + OAG),
    F("1,240", 1240, "#worker", "L", None, "workers who could not be verified|workers", Y22, "report",
      source_alt=["It"] + OAG),
    F("N27.5bn", 27.5e9, "N", "L", None, "contracts awarded without due process|contracts", Y22, "report",
      source_alt=["It"] + OAG),
    F("N17.3tn", 17.3e12, "N", "L", None, "total federal spending|federal spending|spending", Y22, "report",
      source_alt=OAG),
    F("38 per cent", 38, "%", "S", None, "previous audit's recommendations implemented|recommendations", None,
      "Yusuf Bako", source_alt=["Bako", "Auditor-General", "report"], period_alt=[Y(2021), DAY(P)]),
    F("32", 32, "#head", "L", None, "heads of agencies to be summoned|heads of agencies|heads", None,
      "Aminu Dankwambo", source_alt=["Dankwambo", "Senate Public Accounts Committee"],
      unit_alt=["head of agency"], period_alt=[DAY(WED)]),
    FR("less than a fifth", 1, 5, "S", None, "share of queried money recovered|money|recoveries",
       ("2015-01", "2025-06"), "Fiscal Watch Initiative", period_alt=[("2015-01", P), None]),
], ex=[])

# ---------------------------------------------------------------- 38 typhoon toll updated by NDRRMC (Philippine)
P = on("2025-11-11", "Tuesday")
SUN = last(P, "Sunday")
MON = last(P, "Monday")
S2M = (SUN, MON)
S2T = (SUN, P)
NDRRMC = ["National Disaster Risk Reduction and Management Council", "council"]
story("b57-38", P, """
Typhoon Alon killed at least 27 people and left 14 missing after slamming into northern Luzon on Sunday with maximum sustained winds of 185 kilometers per hour and gusts of up to 230 kph, disaster officials said on Monday.

By Tuesday morning, the National Disaster Risk Reduction and Management Council (NDRRMC) had raised the death toll to 34, with 11 people still missing and 62 injured. About 412,000 people in 1,380 villages were affected, and 96,500 remained in evacuation centers, the council said in its latest report.

Damage to agriculture reached P2.86 billion, with about 41,200 hectares of rice and corn farms affected, the Department of Agriculture said on Monday, while the Department of Public Works and Highways put damage to roads and bridges at P1.12 billion.

State weather bureau PAGASA said Aparri in Cagayan received 386 millimeters of rain in the 24 hours to 8 a.m. on Monday, more than its average for the whole of November.

Power had been restored to 78 percent of affected households in Cagayan by Monday night, the National Electrification Administration said.

Alon was the 21st tropical cyclone to enter the Philippine area of responsibility this year; the country sees about 20 in an average year.
""", [
    F("at least 27", 27, "#person", "L", None, "people killed by Typhoon Alon|death toll|people", S2M,
      "disaster officials", source_alt=["officials"], unit_alt=["people", "death"], period_alt=[DAY(MON)]),
    F("14", 14, "#person", "L", None, "people missing after Typhoon Alon|missing|people", S2M, "disaster officials",
      source_alt=["officials"], unit_alt=["people"], period_alt=[DAY(MON)]),
    F("185 kilometers per hour", 185, "km/h", "L", None, "Typhoon Alon's maximum sustained winds|sustained winds|winds",
      DAY(SUN), "disaster officials", source_alt=["officials"]),
    F("up to 230 kph", 230, "km/h", "L", None, "Typhoon Alon's gusts|gusts", DAY(SUN), "disaster officials",
      source_alt=["officials"]),
    F("34", 34, "#person", "L", "up", "Typhoon Alon death toll|death toll|toll", S2T, "NDRRMC",
      source_alt=NDRRMC, unit_alt=["people", "death"], period_alt=[DAY(P)]),
    F("11", 11, "#person", "L", None, "people still missing|missing|people", S2T, "NDRRMC", source_alt=NDRRMC,
      unit_alt=["people"], period_alt=[DAY(P)], direction_alt=["dn"]),
    F("62", 62, "#person", "L", None, "people injured|injured|people", S2T, "NDRRMC", source_alt=NDRRMC,
      unit_alt=["people"], period_alt=[DAY(P)]),
    F("About 412,000", 412000, "#person", "L", None, "people affected by Typhoon Alon|people", S2T, "council",
      source_alt=["NDRRMC"] + NDRRMC, unit_alt=["people"], period_alt=[DAY(P)]),
    F("1,380", 1380, "#village", "L", None, "villages affected|villages", S2T, "council",
      source_alt=["NDRRMC"] + NDRRMC, period_alt=[DAY(P)]),
    F("96,500", 96500, "#person", "L", None, "people in evacuation centers|evacuation centers|people", DAY(P),
      "council", source_alt=["NDRRMC"] + NDRRMC, unit_alt=["people"], period_alt=[S2T]),
    F("P2.86 billion", 2.86e9, "P", "L", None, "damage to agriculture|agriculture|damage", S2M,
      "Department of Agriculture", period_alt=[DAY(MON)]),
    F("about 41,200 hectares", 41200, "hectare", "L", None, "rice and corn farms affected|farms", S2M,
      "Department of Agriculture", period_alt=[DAY(MON)]),
    F("P1.12 billion", 1.12e9, "P", "L", None, "damage to roads and bridges|roads and bridges|damage", S2M,
      "Department of Public Works and Highways", source_alt=["DPWH"], period_alt=[DAY(MON), S2T]),
    F("386 millimeters", 386, "mm", "L", None, "rainfall in Aparri|rain|rainfall", S2M, "PAGASA",
      source_alt=["weather bureau"], period_alt=[DAY(MON)]),
    F("78 percent", 78, "%", "S", None, "affected Cagayan households with power restored|households|power",
      DAY(MON), "National Electrification Administration"),
    F("about 20", 20, "#cyclone", "L", None, "tropical cyclones in an average year|tropical cyclones|cyclones",
      None, None, unit_alt=["tropical cyclone"]),
], ex=["24 hours", "21st"])

# ---------------------------------------------------------------- 39 Felixstowe cocaine sentences (British)
P = on("2025-11-19", "Wednesday")
TUE = last(P, "Tuesday")
SPAN = ("2024-03", "2024-10")
story("b57-39", P, """
Three men who smuggled 1.2 tonnes of cocaine worth an estimated £96 million through the port of Felixstowe hidden in banana boxes have been jailed for a total of 51 years.

Gavin Orchard, 44, of Basildon, was sentenced to 22 years at Ipswich Crown Court on Tuesday, while his co-defendants Kyle Denman, 36, and Tomasz Wrobel, 29, received 16 years and 13 years respectively.

The National Crime Agency (NCA) said the gang had imported at least four consignments between March and October 2024 before Border Force officers found the last shipment in a container from Ecuador on 14 October 2024.

Judge Rebecca Halloran said the cocaine was of about 84 per cent purity and that Orchard had been "the organising mind" of the operation. Denman was also made subject to a confiscation order of £410,000.

Separately, the NCA said Border Force had seized 19.4 tonnes of cocaine at UK ports in the year to March, up from 14.1 tonnes in the previous year, while the Home Office said 2.7 per cent of adults in England and Wales had used cocaine in the year ending March 2025, compared with 2.3 per cent a decade earlier.
""", [
    F("Three", 3, "#man", "L", None, "men jailed|men", None, None, unit_alt=["person"], period_alt=[DAY(TUE)]),
    F("1.2 tonnes", 1.2, "t", "L", None, "cocaine smuggled through Felixstowe|cocaine", SPAN, None,
      period_alt=[None]),
    F("an estimated £96 million", 96e6, "£", "L", None, "value of cocaine smuggled|cocaine|value", SPAN, None,
      period_alt=[None]),
    F("51 years", 51, "yr", "L", None, "the men's total prison sentences|sentences", None, None,
      period_alt=[DAY(TUE)]),
    AGE("44", 44, "Gavin Orchard", alts="Orchard"),
    F("22 years", 22, "yr", "L", None, "Gavin Orchard's prison sentence|sentence", None, None,
      source_alt=["Ipswich Crown Court"], period_alt=[DAY(TUE)]),
    AGE("36", 36, "Kyle Denman", alts="Denman"),
    AGE("29", 29, "Tomasz Wrobel", alts="Wrobel"),
    F("16 years", 16, "yr", "L", None, "Kyle Denman's prison sentence|sentence", None, None,
      period_alt=[DAY(TUE)]),
    F("13 years", 13, "yr", "L", None, "Tomasz Wrobel's prison sentence|sentence", None, None,
      period_alt=[DAY(TUE)]),
    F("at least four", 4, "#consignment", "L", None, "cocaine consignments imported by the gang|consignments", SPAN,
      "NCA", source_alt=["National Crime Agency"]),
    F("about 84 per cent", 84, "%", "S", None, "purity of the cocaine|cocaine|purity", None, "Rebecca Halloran",
      source_alt=["Halloran", "Judge"], kind_alt=["level"]),
    F("£410,000", 410000, "£", "L", None, "Denman's confiscation order|confiscation order|order", None, None,
      period_alt=[DAY(TUE)]),
    F("19.4 tonnes", 19.4, "t", "L", "up", "cocaine seized at UK ports|cocaine|seizures", span12(2025, 3), "NCA",
      source_alt=["National Crime Agency"]),
    F("14.1 tonnes", 14.1, "t", "L", None, "cocaine seized at UK ports|cocaine|seizures", span12(2024, 3), "NCA",
      source_alt=["National Crime Agency"]),
    F("2.7 per cent", 2.7, "%", "S", None, "adults in England and Wales who used cocaine|adults|cocaine use",
      span12(2025, 3), "Home Office", direction_alt=["up"]),
    F("2.3 per cent", 2.3, "%", "S", None, "adults in England and Wales who used cocaine|adults|cocaine use",
      span12(2015, 3), "Home Office"),
], ex=[])

# ---------------------------------------------------------------- 40 BSP rate poll (Philippine)
P = on("2025-12-08", "Monday")
THU = nxt(P, "Thursday")
PSA = ["Philippine Statistics Authority"]
POLL = ["Reuters poll", "Reuters", "poll"]
LW = ("2025-12-01", "2025-12-05")
story("b57-40", P, """
The Bangko Sentral ng Pilipinas (BSP) will cut its key policy rate by 25 basis points to 4.25 percent on Thursday, according to 17 of 22 economists in a Reuters poll, as growth slows and inflation stays below target.

The remaining five expect the central bank to hold. Median forecasts showed the rate at 4.00 percent by the end of June 2026, with 9 of the 20 economists who gave longer-term views expecting at least two more cuts next year.

Headline inflation eased to 1.5 percent in November from 1.7 percent in October, the Philippine Statistics Authority said last week, below the BSP's 2-4 percent target range for a ninth straight month. Gross domestic product grew 4.1 percent in the third quarter, the slowest pace in more than four years.

"There is room for one more cut this year, but after that the BSP will want to see how the peso behaves," said Carla Monteverde, chief economist at Luzon Commercial Bank, while Jose Rivera of Pacific Rim Securities said the central bank would likely pause in February.

The peso closed at 59.12 per dollar on Monday, compared with 58.05 a month earlier, and 10-year government bond yields fell 6 basis points last week to 5.82 percent.
""", [
    F("25 basis points", 25, "bp", "C", "dn", "BSP key policy rate|policy rate|rate", DAY(THU), "economists",
      source_alt=POLL, unit_alt=["percentage point"], value_alt=[0.25]),
    F("4.25 percent", 4.25, "%", "L", "dn", "BSP key policy rate|policy rate|rate", DAY(THU), "economists",
      source_alt=POLL),
    F("17", 17, "#economist", "L", None, "economists expecting a cut|economists", None, "Reuters poll",
      source_alt=["Reuters", "poll"], period_alt=[DAY(P)]),
    F("22", 22, "#economist", "L", None, "economists polled|economists", None, "Reuters poll",
      source_alt=["Reuters", "poll"], period_alt=[DAY(P)]),
    F("five", 5, "#economist", "L", None, "economists expecting a hold|economists", None, None, source_alt=POLL,
      period_alt=[DAY(P)]),
    F("4.00 percent", 4.0, "%", "L", "dn", "BSP key policy rate|policy rate|rate", (None, "2026-06"),
      "median forecasts", source_alt=["forecasts"] + POLL, period_alt=["2026-06", DAY("2026-06-30")],
      direction_alt=[None]),
    F("9", 9, "#economist", "L", None, "economists expecting at least two more cuts|economists", None, None,
      ctx="with 9 of", source_alt=POLL, period_alt=[DAY(P)]),
    F("20", 20, "#economist", "L", None, "economists giving longer-term views|economists", None, None,
      ctx="the 20 economists", source_alt=POLL, period_alt=[DAY(P)]),
    F("at least two", 2, "#cut", "L", None, "further rate cuts expected next year|cuts", Y(2026), "economists",
      source_alt=POLL, unit_alt=["rate cut"]),
    F("1.5 percent", 1.5, "%", "L", "dn", "Philippine headline inflation|headline inflation|inflation", "2025-11",
      "Philippine Statistics Authority", source_alt=["PSA"]),
    F("1.7 percent", 1.7, "%", "L", None, "Philippine headline inflation|headline inflation|inflation", "2025-10",
      "Philippine Statistics Authority", source_alt=["PSA"]),
    F("2-4 percent", 2, "%", "L", None, "BSP's inflation target range|target range|target", None, None, value_hi=4,
      source_alt=["BSP", "Philippine Statistics Authority"]),
    F("4.1 percent", 4.1, "%", "C", "up", "Philippine gross domestic product|gross domestic product|GDP", Q(2025, 3),
      None, source_alt=PSA, kind_alt=["level"]),
    F("one", 1, "#cut", "L", None, "rate cuts left this year|cut", (P, "2025-12"), "Carla Monteverde",
      source_alt=["Monteverde", "Luzon Commercial Bank"], unit_alt=["rate cut"], period_alt=[Y(2025), DAY(THU)]),
    F("59.12", 59.12, "P", "L", None, "Philippine peso|peso", DAY(P), None, unit_alt=["PHP per USD"]),
    F("58.05", 58.05, "P", "L", None, "Philippine peso|peso", DAY(month_ago(P)), None, unit_alt=["PHP per USD"],
      period_alt=["2025-11"]),
    F("6 basis points", 6, "bp", "C", "dn", "10-year government bond yields|bond yields|yields", LW, None,
      unit_alt=["percentage point"], value_alt=[0.06], period_alt=[("2025-12-01", "2025-12-07"), (plus(P, -7), P)]),
    F("5.82 percent", 5.82, "%", "L", "dn", "10-year government bond yields|bond yields|yields", DAY("2025-12-05"),
      None, period_alt=[LW, DAY(P)]),
], ex=["third quarter", "more than four years", "10-year"])
