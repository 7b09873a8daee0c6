"""blind58 s3: car and EV sales, retail and consumer spending, airlines, chip and software results with guidance
(b58-21..b58-30)."""
from common import *

# ---------------------------------------------------------------- 21 EU car registrations (ACEA), year to date
P = on("2026-09-22", "Tuesday")
AUG = M(2026, 8)
YTD8 = MM(2026, 1, 2026, 8)
ACEA = "European Automobile Manufacturers' Association"
AC = [ACEA, "ACEA"]
story("b58-21", P, """
BRUSSELS, Sept. 22 — New car registrations in the European Union rose 4.8% in August to 748,300 vehicles, the European Automobile Manufacturers' Association (ACEA) said on Tuesday, as sales of battery electric models jumped by almost a third.

Battery electric registrations climbed 31.2% to 142,900, taking 19.1% of the market, up from 15.3% a year earlier. Hybrid-electric cars remained the most popular choice with a 35.6% share, while petrol and diesel models together fell to 32.4%.

In the first eight months of the year, registrations were up 1.9% at 7.26 million, with battery electric cars accounting for 17.4%.

Germany, the bloc's largest market, posted a 7.2% rise, while sales in France fell 3.6% and Italy's slipped 1.4%. Including Britain, Norway, Iceland and Switzerland, registrations rose 3.9% to 991,700.

Among manufacturers, Volterra Group's registrations rose 6.1%, while Orsini Automobili lost 2.3%. Sales of the Chinese brand Jinhai more than doubled to 9,850 cars.

Analysts at Kestrel Mobility expect the battery electric share to average 18.5% for the full year, still short of what carmakers need to meet the bloc's emissions targets without buying credits from rivals.

"August is a small month, but the direction is clear," said Kestrel's Anke Wouters.
""", [
    F("4.8%", 4.8, "%", "C", "up", "EU new car registrations|registrations", AUG, ACEA, source_alt=AC[1:]),
    F("748,300", 748300, "#vehicle", "L", "up", "EU new car registrations|registrations|vehicles", AUG, ACEA,
      source_alt=AC[1:], unit_alt=["car", "registration"]),
    FR("almost a third", 1, 3, "C", "up", "battery electric sales|sales", AUG, ACEA, source_alt=AC[1:]),
    F("31.2%", 31.2, "%", "C", "up", "battery electric registrations|registrations", AUG, None, source_alt=AC),
    F("142,900", 142900, "#registration", "L", "up", "battery electric registrations|registrations", AUG, None,
      source_alt=AC, unit_alt=["car", "vehicle"]),
    F("19.1%", 19.1, "%", "S", "up", "battery electric share of the market|market share|market", AUG, None,
      source_alt=AC, direction_alt=[None]),
    F("15.3%", 15.3, "%", "S", None, "battery electric share of the market|market share|market", M(2025, 8), None,
      source_alt=AC),
    F("35.6%", 35.6, "%", "S", None, "hybrid-electric share|hybrid-electric cars|share", AUG, None, source_alt=AC),
    F("32.4%", 32.4, "%", "S", "dn", "petrol and diesel share|petrol and diesel models|share", AUG, None,
      source_alt=AC),
    F("1.9%", 1.9, "%", "C", "up", "EU new car registrations|registrations", YTD8, None, source_alt=AC),
    F("7.26 million", 7.26e6, "#registration", "L", "up", "EU new car registrations|registrations", YTD8, None,
      source_alt=AC, unit_alt=["car", "vehicle"], direction_alt=[None]),
    F("17.4%", 17.4, "%", "S", None, "battery electric share|battery electric cars|share", YTD8, None,
      source_alt=AC),
    F("7.2%", 7.2, "%", "C", "up", "German car registrations|Germany|registrations", AUG, None, source_alt=AC),
    F("3.6%", 3.6, "%", "C", "dn", "French car sales|sales in France|sales", AUG, None, source_alt=AC),
    F("1.4%", 1.4, "%", "C", "dn", "Italian car sales|Italy's sales|Italy", AUG, None, source_alt=AC),
    F("3.9%", 3.9, "%", "C", "up", "registrations including Britain, Norway, Iceland and Switzerland|registrations",
      AUG, None, source_alt=AC),
    F("991,700", 991700, "#registration", "L", "up",
      "registrations including Britain, Norway, Iceland and Switzerland|registrations", AUG, None, source_alt=AC,
      unit_alt=["car", "vehicle"]),
    F("6.1%", 6.1, "%", "C", "up", "Volterra Group's registrations|registrations", AUG, None, source_alt=AC),
    F("2.3%", 2.3, "%", "C", "dn", "Orsini Automobili's registrations|Orsini Automobili|registrations", AUG, None,
      source_alt=AC),
    X("more than doubled", 2, "R", "up", "Jinhai sales|sales", AUG, None, source_alt=AC, kind_alt=["change"]),
    F("9,850", 9850, "#car", "L", "up", "Jinhai sales|sales|cars", AUG, None, source_alt=AC),
    F("18.5%", 18.5, "%", "S", None, "battery electric share|share", Y(2026), "Kestrel Mobility",
      source_alt=["Analysts", "Kestrel"]),
], ex=["first eight months"])

# ---------------------------------------------------------------- 22 US EV maker deliveries, "the coming quarter", first half
P = on("2026-07-02", "Thursday")
RM = ["Ridgeline Motors", "Ridgeline", "company"]
story("b58-22", P, """
AUSTIN, Texas — Ridgeline Motors said on Thursday it delivered 48,210 electric vehicles in the second quarter, up 17% from a year earlier but short of the roughly 51,000 that analysts had expected, according to a compilation by Tallis Data.

Production rose to 52,800 vehicles, adding to inventory, and the lower-priced Cirrus crossover accounted for 61% of deliveries.

In the first half, deliveries totaled 91,470, up 12% from the same period a year earlier.

The company expects to deliver 55,000 to 60,000 vehicles in the coming quarter and reiterated its full-year target of at least 210,000, though it said tariffs on imported battery cells would weigh on margins.

Ridgeline cut the Cirrus's starting price by $2,500 to $39,990 in May to counter discounting by rivals after the federal tax credit for electric vehicles expired.

Electric vehicles made up 7.9% of U.S. new-car sales in the second quarter, down from 8.6% in the first, according to estimates from Brightwater Auto Data.

"The demand is there at the right price, and the Cirrus is the right price," Chief Executive Dana Okafor said in a statement. Not everyone is convinced: Morven Capital analyst Leo Strand said the company was "buying volume with margin".

Ridgeline shares fell 4.2% in early trading and are down 21% this year.
""", [
    F("48,210", 48210, "#vehicle", "L", "up", "Ridgeline deliveries|deliveries|vehicles", Q(2026, 2),
      "Ridgeline Motors", source_alt=RM[1:], unit_alt=["electric vehicle"]),
    F("17%", 17, "%", "C", "up", "Ridgeline deliveries|deliveries", Q(2026, 2), "Ridgeline Motors",
      source_alt=RM[1:]),
    F("roughly 51,000", 51000, "#vehicle", "L", None, "deliveries analysts had expected|expected deliveries|deliveries",
      Q(2026, 2), "Tallis Data", source_alt=["analysts"], unit_alt=["delivery"]),
    F("52,800", 52800, "#vehicle", "L", "up", "Ridgeline production|production", Q(2026, 2), None, source_alt=RM),
    F("61%", 61, "%", "S", None, "Cirrus share of deliveries|Cirrus|deliveries", Q(2026, 2), None, source_alt=RM),
    F("91,470", 91470, "#vehicle", "L", "up", "Ridgeline deliveries|deliveries", H(2026, 1), None, source_alt=RM,
      unit_alt=["delivery"]),
    F("12%", 12, "%", "C", "up", "Ridgeline deliveries|deliveries", H(2026, 1), None, source_alt=RM),
    F("55,000 to 60,000", 55000, "#vehicle", "L", None, "Ridgeline deliveries|deliveries", Q(2026, 3), "company",
      value_hi=60000, source_alt=["Ridgeline Motors", "Ridgeline"], unit_alt=["delivery"]),
    F("at least 210,000", 210000, "#vehicle", "L", "unch", "Ridgeline's full-year delivery target|target|deliveries",
      Y(2026), "company", source_alt=["Ridgeline Motors", "Ridgeline"], unit_alt=["delivery"],
      direction_alt=[None]),
    F("$2,500", 2500, "$", "C", "dn", "Cirrus starting price|starting price|price", M(2026, 5), None,
      source_alt=RM),
    F("$39,990", 39990, "$", "L", "dn", "Cirrus starting price|starting price|price", M(2026, 5), None,
      source_alt=RM),
    F("7.9%", 7.9, "%", "S", "dn", "electric vehicles' share of U.S. new-car sales|electric vehicles|sales", Q(2026, 2),
      "Brightwater Auto Data", source_alt=["estimates", "Brightwater"], direction_alt=[None]),
    F("8.6%", 8.6, "%", "S", None, "electric vehicles' share of U.S. new-car sales|electric vehicles|sales", Q(2026, 1),
      "Brightwater Auto Data", source_alt=["estimates", "Brightwater"]),
    F("4.2%", 4.2, "%", "C", "dn", "Ridgeline shares|shares", DAY(P), None),
    F("21%", 21, "%", "C", "dn", "Ridgeline shares|shares", ytd(P), None, period_alt=[("2026-01-01", P)]),
], ex=["second quarter", "first half", "coming quarter"])

# ---------------------------------------------------------------- 23 Australian new-vehicle sales (VFACTS), year to date
P = on("2026-03-04", "Wednesday")
FEB = M(2026, 2)
FC = ["Federal Chamber of Automotive Industries", "FCAI"]
story("b58-23", P, """
New-vehicle sales in Australia fell 2.7 per cent in February to 88,415, according to Federal Chamber of Automotive Industries (FCAI) figures released on Wednesday, as buyers held off before tougher fuel-efficiency penalties start to bite.

Sales of electric vehicles rose 38 per cent to 8,920, giving them a 10.1 per cent share of the market, compared with 7.1 per cent a year earlier. Plug-in hybrids accounted for a further 3.4 per cent.

SUVs made up 59.6 per cent of sales and light commercial vehicles 21.2 per cent. Victoria's sales fell 5.2 per cent, while Western Australia's rose 3.3 per cent.

Pacifica Motors' Bushman ute was again the top seller, with 4,612 sales, ahead of the Halden Voyager SUV on 3,874.

Year to date, sales are down 1.8 per cent at 167,902.

Brimstone Economics senior analyst Jess Kalinowski expects full-year sales to dip by about 3 per cent from last year's record of 1.24 million, with higher petrol prices weighing on demand for large utes. Unleaded petrol averaged 189.4 cents a litre in Sydney last week.

"Dealers are sitting on plenty of stock, so the discounts will keep coming," she said.

FCAI chief executive Tony Merrigan said the industry supported lower emissions but warned that the penalties were "being felt in showrooms now".
""", [
    F("2.7 per cent", 2.7, "%", "C", "dn", "Australian new-vehicle sales|new-vehicle sales|sales", FEB,
      "Federal Chamber of Automotive Industries", source_alt=["FCAI", "figures"]),
    F("88,415", 88415, "#vehicle", "L", "dn", "Australian new-vehicle sales|new-vehicle sales|sales", FEB,
      "Federal Chamber of Automotive Industries", source_alt=["FCAI", "figures"], unit_alt=["sale"]),
    F("38 per cent", 38, "%", "C", "up", "electric vehicle sales|sales", FEB, None, source_alt=FC),
    F("8,920", 8920, "#vehicle", "L", "up", "electric vehicle sales|sales", FEB, None, source_alt=FC,
      unit_alt=["sale", "electric vehicle"]),
    F("10.1 per cent", 10.1, "%", "S", "up", "electric vehicles' market share|share|market", FEB, None,
      source_alt=FC, direction_alt=[None]),
    F("7.1 per cent", 7.1, "%", "S", None, "electric vehicles' market share|share|market", M(2025, 2), None,
      source_alt=FC),
    F("3.4 per cent", 3.4, "%", "S", None, "plug-in hybrids' market share|plug-in hybrids|share", FEB, None,
      source_alt=FC),
    F("59.6 per cent", 59.6, "%", "S", None, "SUVs' share of sales|SUVs|sales", FEB, None, source_alt=FC),
    F("21.2 per cent", 21.2, "%", "S", None, "light commercial vehicles' share of sales|light commercial vehicles",
      FEB, None, source_alt=FC),
    F("5.2 per cent", 5.2, "%", "C", "dn", "Victoria's new-vehicle sales|Victoria's sales|sales", FEB, None,
      source_alt=FC),
    F("3.3 per cent", 3.3, "%", "C", "up", "Western Australia's new-vehicle sales|Western Australia's sales|sales",
      FEB, None, source_alt=FC),
    F("4,612", 4612, "#sale", "L", None, "Bushman ute sales|sales|Bushman", FEB, None, source_alt=FC),
    F("3,874", 3874, "#sale", "L", None, "Halden Voyager sales|sales|Voyager", FEB, None, source_alt=FC),
    F("1.8 per cent", 1.8, "%", "C", "dn", "Australian new-vehicle sales|sales", MM(2026, 1, 2026, 2), None,
      source_alt=FC, period_alt=[("2026-01", "2026-03")]),
    F("167,902", 167902, "#vehicle", "L", "dn", "Australian new-vehicle sales|sales", MM(2026, 1, 2026, 2), None,
      source_alt=FC, unit_alt=["sale"], period_alt=[("2026-01", "2026-03")]),
    F("about 3 per cent", 3, "%", "C", "dn", "Australian full-year new-vehicle sales|full-year sales|sales", Y(2026),
      "Jess Kalinowski", source_alt=["Kalinowski", "senior analyst", "Brimstone Economics"]),
    F("1.24 million", 1.24e6, "#vehicle", "L", None, "Australian new-vehicle sales record|sales|record", Y(2025), None,
      source_alt=["Jess Kalinowski", "Kalinowski"], unit_alt=["sale"]),
    CENTS("189.4 cents", 189.4, "A$", "L", None, "Sydney unleaded petrol price|petrol price|unleaded petrol",
          ("2026-02-23", "2026-03-01"), None, unit_alt=["AUD per litre"],
          period_alt=[("2026-02-23", "2026-02-27"), ("2026-02-25", "2026-03-03")]),
], ex=[])

# ---------------------------------------------------------------- 24 UK retail sales (British), three months on three months
P = on("2026-02-20", "Friday")
JAN = M(2026, 1)
ONS = "Office for National Statistics"
ON = [ONS, "ONS"]
story("b58-24", P, """
Retail sales volumes in Great Britain rose by 0.9 per cent in January, rebounding from a 1.1 per cent fall in December, as shoppers snapped up discounted winter coats and boots, the Office for National Statistics said on Friday.

Economists had expected a 0.4 per cent increase. Compared with January last year, volumes were 2.3 per cent higher.

Sales volumes at clothing stores jumped 3.8 per cent, while supermarket volumes fell 0.5 per cent. Excluding fuel, sales rose 1.2 per cent, and fuel volumes dropped 2.1 per cent. The proportion of sales made online rose to 28.1 per cent from 27.4 per cent.

In the three months to January, volumes rose 0.6 per cent compared with the previous three months, a better guide to the underlying trend.

A separate measure of consumer confidence, compiled by the research firm Harcourt Insight, rose three points to minus 17 in February, its highest level since the summer.

"Households have rebuilt their savings and are finally willing to spend some of them," said Alfie Brennan, an economist at Thamesmead Capital, who expects retail volumes to grow by 1.5 per cent this year after 1.0 per cent in 2025.

Retailers remain cautious. Gwen Halloran, who runs three homeware shops in Shrewsbury, said footfall was still below pre-pandemic levels and that higher employer national insurance costs had forced her to cut staff hours.
""", [
    F("0.9 per cent", 0.9, "%", "C", "up", "retail sales volumes in Great Britain|retail sales volumes|volumes", JAN,
      ONS, source_alt=["ONS"]),
    F("1.1 per cent", 1.1, "%", "C", "dn", "retail sales volumes in Great Britain|retail sales volumes|volumes",
      M(2025, 12), ONS, source_alt=["ONS"]),
    F("0.4 per cent", 0.4, "%", "C", "up", "expected increase in retail sales|increase|retail sales", JAN, "Economists"),
    F("2.3 per cent", 2.3, "%", "C", "up", "retail sales volumes|volumes", JAN, None, source_alt=ON),
    F("3.8 per cent", 3.8, "%", "C", "up", "clothing store sales volumes|clothing stores|volumes", JAN, None,
      source_alt=ON),
    F("0.5 per cent", 0.5, "%", "C", "dn", "supermarket sales volumes|supermarket volumes|volumes", JAN, None,
      source_alt=ON),
    F("1.2 per cent", 1.2, "%", "C", "up", "retail sales excluding fuel|sales", JAN, None, source_alt=ON),
    F("2.1 per cent", 2.1, "%", "C", "dn", "fuel sales volumes|fuel volumes|volumes", JAN, None, source_alt=ON),
    F("28.1 per cent", 28.1, "%", "S", "up", "proportion of sales made online|online sales|proportion", JAN, None,
      source_alt=ON),
    F("27.4 per cent", 27.4, "%", "S", None, "proportion of sales made online|online sales|proportion", M(2025, 12),
      None, source_alt=ON),
    F("0.6 per cent", 0.6, "%", "C", "up", "retail sales volumes|volumes", MM(2025, 11, 2026, 1), None,
      source_alt=ON),
    F("three points", 3, "pt", "C", "up", "consumer confidence|confidence|measure", M(2026, 2), None,
      source_alt=["Harcourt Insight"]),
    F("minus 17", -17, None, "L", "up", "consumer confidence|confidence|measure", M(2026, 2), None,
      source_alt=["Harcourt Insight"], value_alt=[17], unit_alt=["point"]),
    F("1.5 per cent", 1.5, "%", "C", "up", "UK retail volumes|retail volumes|volumes", Y(2026), "Alfie Brennan",
      source_alt=["Brennan", "economist", "Thamesmead Capital"]),
    F("1.0 per cent", 1.0, "%", "C", "up", "UK retail volumes|retail volumes|volumes", Y(2025), None,
      source_alt=["Alfie Brennan", "Brennan"]),
    F("three", 3, "#shop", "L", None, "homeware shops run by Gwen Halloran|shops", None, None, ctx="runs three"),
], ex=["three months", "previous three"])

# ---------------------------------------------------------------- 25 US retail sales, GDPNow, "according to"
P = on("2026-03-17", "Tuesday")
FEB = M(2026, 2)
CD = ["Commerce Department"]
story("b58-25", P, """
WASHINGTON, March 17 — U.S. retail sales rose more than expected in February as Americans spent bigger tax refunds on cars and electronics, the Commerce Department said on Tuesday.

Retail sales increased 0.8% last month after a downwardly revised 0.2% decline in January. Economists polled by Reuters had forecast sales rising 0.5%. Sales were up 4.1% from a year earlier.

Receipts at motor vehicle dealers jumped 2.3%, and electronics store sales climbed 1.7%. Gasoline station receipts fell 1.2% as pump prices dropped. Online retailers saw sales rise 0.9%, while restaurant and bar sales edged up 0.3%.

So-called core retail sales, which exclude automobiles, gasoline, building materials and food services, rose 0.6%. They correspond most closely with the consumer spending component of gross domestic product.

Average tax refunds this filing season were 11% larger than a year earlier, according to Internal Revenue Service data, after last year's tax law expanded several deductions.

Economists at Halvorsen Economics estimate consumer spending is growing at an annualized 2.4% pace in the first quarter, and the Atlanta Fed's GDPNow model put first-quarter GDP growth at a 2.1% rate.

"The refund sugar high will fade by May," said Nadia Ferreira, chief economist at Brookmoor Advisors, who expects the Federal Reserve to keep its policy rate in a 3.50% to 3.75% range at its April meeting.
""", [
    F("0.8%", 0.8, "%", "C", "up", "U.S. retail sales|retail sales|sales", FEB, None, source_alt=CD),
    F("0.2%", 0.2, "%", "C", "dn", "U.S. retail sales|retail sales|sales", M(2026, 1), None, source_alt=CD),
    F("0.5%", 0.5, "%", "C", "up", "forecast for retail sales|retail sales|sales", FEB, "Economists",
      source_alt=["Reuters", "poll"]),
    F("4.1%", 4.1, "%", "C", "up", "U.S. retail sales|sales", FEB, None, source_alt=CD),
    F("2.3%", 2.3, "%", "C", "up", "receipts at motor vehicle dealers|receipts", FEB, None, source_alt=CD),
    F("1.7%", 1.7, "%", "C", "up", "electronics store sales|sales", FEB, None, source_alt=CD),
    F("1.2%", 1.2, "%", "C", "dn", "gasoline station receipts|receipts", FEB, None, source_alt=CD),
    F("0.9%", 0.9, "%", "C", "up", "online retailers' sales|sales|online retailers", FEB, None, source_alt=CD),
    F("0.3%", 0.3, "%", "C", "up", "restaurant and bar sales|sales", FEB, None, source_alt=CD),
    F("0.6%", 0.6, "%", "C", "up", "core retail sales|retail sales|sales", FEB, None, source_alt=CD),
    F("11%", 11, "%", "C", "up", "average tax refunds|tax refunds|refunds", ytd(P), "Internal Revenue Service",
      source_alt=["IRS", "data"], period_alt=[None, ("2026-01", "2026-03")]),
    F("2.4%", 2.4, "%", "C", "up", "U.S. consumer spending|consumer spending|spending", Q(2026, 1),
      "Halvorsen Economics", source_alt=["Economists"], kind_alt=["level"]),
    F("2.1%", 2.1, "%", "C", "up", "first-quarter GDP growth|GDP growth|GDP", Q(2026, 1), "GDPNow",
      source_alt=["Atlanta Fed", "model"], kind_alt=["level"]),
    F("3.50% to 3.75%", 3.5, "%", "L", "unch", "Federal Reserve policy rate|policy rate|rate", M(2026, 4),
      "Nadia Ferreira", value_hi=3.75, source_alt=["Ferreira", "chief economist", "Brookmoor Advisors"],
      direction_alt=[None]),
], ex=["first quarter", "first-quarter"])

# ---------------------------------------------------------------- 26 IATA passenger traffic and load factors
P = on("2026-01-29", "Thursday")
DEC = M(2025, 12)
IATA = "International Air Transport Association"
IA = [IATA, "IATA"]
story("b58-26", P, """
GENEVA, Jan. 29 — Global air passenger demand rose 5.6% in December, measured in revenue passenger kilometers, the International Air Transport Association said on Thursday, capping a year in which traffic grew 6.1% and planes flew fuller than ever.

The industry's load factor averaged a record 83.8% in 2025, up 0.4 percentage point from the previous year. In December, the load factor was 82.9%, while capacity, measured in available seat kilometers, rose 5.0%.

International traffic climbed 7.2% and domestic traffic 3.3%. Asia-Pacific carriers led with an 11.4% rise, while North American airlines posted growth of just 0.8%.

Air cargo demand, measured in cargo tonne-kilometers, rose 3.4% over the full year.

IATA expects passenger traffic to grow 4.9% this year, with airlines carrying 5.2 billion passengers, and it forecast industry net profit of $41.0 billion, a net margin of 3.9%.

The association again blamed aircraft and engine makers for delivery delays that have kept older, less fuel-efficient jets in service and fares high.

"Load factors will stay high because there simply aren't enough planes," said Henrik Sollie, an aviation analyst at Fjordline Markets in Oslo. "That's good for airline margins and bad for anyone trying to book a cheap seat in July."
""", [
    F("5.6%", 5.6, "%", "C", "up", "global air passenger demand|passenger demand|demand", DEC, IATA,
      source_alt=["IATA"]),
    F("6.1%", 6.1, "%", "C", "up", "global air passenger traffic|traffic", Y(2025), IATA, source_alt=["IATA"]),
    F("83.8%", 83.8, "%", "L", "up", "industry load factor|load factor", Y(2025), None, source_alt=IA,
      kind_alt=["share"]),
    F("0.4 percentage point", 0.4, "pp", "C", "up", "industry load factor|load factor", Y(2025), None,
      source_alt=IA),
    F("82.9%", 82.9, "%", "L", None, "industry load factor|load factor", DEC, None, source_alt=IA,
      kind_alt=["share"]),
    F("5.0%", 5.0, "%", "C", "up", "airline capacity|capacity", DEC, None, source_alt=IA),
    F("7.2%", 7.2, "%", "C", "up", "international passenger traffic|international traffic|traffic", DEC, None,
      source_alt=IA),
    F("3.3%", 3.3, "%", "C", "up", "domestic passenger traffic|domestic traffic|traffic", DEC, None, source_alt=IA),
    F("11.4%", 11.4, "%", "C", "up", "Asia-Pacific carriers' traffic|Asia-Pacific carriers|traffic", DEC, None,
      source_alt=IA),
    F("0.8%", 0.8, "%", "C", "up", "North American airlines' traffic|North American airlines|traffic", DEC, None,
      source_alt=IA),
    F("3.4%", 3.4, "%", "C", "up", "air cargo demand|cargo demand|demand", Y(2025), None, source_alt=IA),
    F("4.9%", 4.9, "%", "C", "up", "global passenger traffic|passenger traffic|traffic", Y(2026), "IATA",
      source_alt=[IATA]),
    F("5.2 billion", 5.2e9, "#passenger", "L", None, "passengers carried by airlines|passengers", Y(2026), "IATA",
      source_alt=[IATA]),
    F("$41.0 billion", 41.0e9, "$", "L", None, "airline industry net profit|net profit|profit", Y(2026), "IATA",
      source_alt=[IATA]),
    F("3.9%", 3.9, "%", "R", None, "airline industry net margin|net margin|margin", Y(2026), "IATA",
      source_alt=[IATA], kind_alt=["share", "level"]),
], ex=[])

# ---------------------------------------------------------------- 27 Australian airline half year (fiscal first half = July-December)
P = on("2026-02-25", "Wednesday")
H1 = MM(2025, 7, 2025, 12)
H2 = MM(2026, 1, 2026, 6)
FY26 = FY(2025, 7, 2026, 6)
BG = ["Bluegum Airlines", "Bluegum", "airline"]
story("b58-27", P, """
Bluegum Airlines has posted a 14 per cent rise in underlying pre-tax profit to $612 million for the six months to 31 December, as fuller planes and a 9 per cent drop in fuel costs offset higher wages.

Statutory net profit rose 8 per cent to $398 million and revenue climbed 6.5 per cent to $5.87 billion. The airline carried 12.4 million passengers in the first half, up 3.1 per cent, and its domestic load factor rose 1.2 percentage points to 84.7 per cent.

The board declared an interim dividend of 18 cents a share, fully franked, and announced a $150 million on-market buyback.

For the second half, Bluegum expects domestic capacity to rise 2 to 3 per cent and international capacity to grow about 7 per cent, and it forecast full-year fuel costs of $2.9 billion to $3.0 billion.

Analysts had expected underlying profit of $585 million, according to a consensus compiled by Tanager Data.

"Australians are still travelling, and they are booking further ahead than before the pandemic," chief executive Lachlan Pryce told an analyst briefing in Sydney.

Pryce said the airline would take delivery of its first long-range narrowbody jets in the June quarter, opening routes to Bali and Manila.

Bluegum shares rose 3.6 per cent to $9.42 by midday on the ASX.
""", [
    F("14 per cent", 14, "%", "C", "up", "Bluegum's underlying pre-tax profit|underlying pre-tax profit|profit", H1,
      None, source_alt=BG),
    F("$612 million", 612e6, "A$", "L", "up", "Bluegum's underlying pre-tax profit|underlying pre-tax profit|profit",
      H1, None, source_alt=BG),
    F("9 per cent", 9, "%", "C", "dn", "Bluegum's fuel costs|fuel costs|costs", H1, None, source_alt=BG),
    F("8 per cent", 8, "%", "C", "up", "Bluegum's statutory net profit|net profit|profit", H1, None, source_alt=BG),
    F("$398 million", 398e6, "A$", "L", "up", "Bluegum's statutory net profit|net profit|profit", H1, None,
      source_alt=BG),
    F("6.5 per cent", 6.5, "%", "C", "up", "Bluegum's revenue|revenue", H1, None, source_alt=BG),
    F("$5.87 billion", 5.87e9, "A$", "L", "up", "Bluegum's revenue|revenue", H1, None, source_alt=BG),
    F("12.4 million", 12.4e6, "#passenger", "L", "up", "Bluegum passengers|passengers", H1, None, source_alt=BG),
    F("3.1 per cent", 3.1, "%", "C", "up", "Bluegum passengers|passengers", H1, None, source_alt=BG),
    F("1.2 percentage points", 1.2, "pp", "C", "up", "Bluegum's domestic load factor|load factor", H1, None,
      source_alt=BG),
    F("84.7 per cent", 84.7, "%", "L", "up", "Bluegum's domestic load factor|load factor", H1, None, source_alt=BG,
      kind_alt=["share"]),
    CENTS("18 cents", 18, "A$", "L", None, "Bluegum interim dividend|interim dividend|dividend", H1, None,
          source_alt=["board"] + BG, unit_alt=["AUD per share"]),
    F("$150 million", 150e6, "A$", "L", None, "Bluegum's on-market buyback|buyback", None, None,
      source_alt=["board"] + BG, period_alt=[DAY(P)]),
    F("2 to 3 per cent", 2, "%", "C", "up", "Bluegum's domestic capacity|domestic capacity|capacity", H2, "Bluegum",
      value_hi=3, source_alt=["Bluegum Airlines", "airline"]),
    F("about 7 per cent", 7, "%", "C", "up", "Bluegum's international capacity|international capacity|capacity", H2,
      "Bluegum", source_alt=["Bluegum Airlines", "airline"]),
    F("$2.9 billion to $3.0 billion", 2.9e9, "A$", "L", None, "Bluegum's full-year fuel costs|fuel costs|costs",
      FY26, "Bluegum", value_hi=3.0e9, source_alt=["Bluegum Airlines", "airline", "it"]),
    F("$585 million", 585e6, "A$", "L", None, "analysts' expected underlying profit|underlying profit|profit", H1,
      "Tanager Data", source_alt=["Analysts", "consensus"]),
    F("3.6 per cent", 3.6, "%", "C", "up", "Bluegum shares|shares", DAY(P), None),
    F("$9.42", 9.42, "A$", "L", "up", "Bluegum shares|shares|share price", DAY(P), None),
], ex=["six months", "first half", "second half", "June quarter"])

# ---------------------------------------------------------------- 28 chipmaker results: fiscal year ending in January (fiscal 2027 inferred)
P = on("2025-11-26", "Wednesday")
FQ3 = MM(2025, 8, 2025, 10)
FQ4 = MM(2025, 11, 2026, 1)
AV = ["Arvenna Semiconductor", "Arvenna", "company"]
story("b58-28", P, """
SANTA CLARA, Calif. — Arvenna Semiconductor forecast fourth-quarter revenue above Wall Street estimates on Wednesday, betting that demand for its networking chips from artificial intelligence data centers will stay strong well into next year.

The company expects revenue of between $5.95 billion and $6.25 billion for the quarter ending in late January, compared with analysts' average estimate of $5.84 billion, according to LSEG data. That would bring revenue for fiscal 2026, which ends in January, to about $21.3 billion.

Revenue in the fiscal third quarter ended Oct. 26 rose 38% to $5.52 billion, and adjusted earnings of $1.64 per share beat estimates of $1.51. Data center revenue jumped 52% to $3.9 billion.

Adjusted gross margin was 61.8%, and Arvenna expects 62.5% in the current quarter as it shifts more production to a second foundry partner in Arizona.

For fiscal 2027, Chief Executive Lorna Pettigrew said the company was planning for revenue growth of "at least 30%", citing orders from three large cloud providers. The board also authorized a buyback of up to $10 billion.

"Our customers are telling us their 2026 budgets are bigger than their 2025 budgets," Pettigrew said on a call with analysts.

Shares rose 7.3% in extended trading after closing down 1.9% in the regular session.
""", [
    F("$5.95 billion and $6.25 billion", 5.95e9, "$", "L", None, "Arvenna's fourth-quarter revenue|revenue", FQ4,
      "company", value_hi=6.25e9, source_alt=["Arvenna Semiconductor", "Arvenna"], period_alt=[Q(2025, 4)]),
    F("$5.84 billion", 5.84e9, "$", "L", None, "analysts' average revenue estimate|average estimate|revenue", FQ4,
      "LSEG", source_alt=["analysts"], period_alt=[Q(2025, 4)]),
    F("about $21.3 billion", 21.3e9, "$", "L", None, "Arvenna's fiscal 2026 revenue|revenue", FY(2025, 2, 2026, 1),
      "company", source_alt=["Arvenna Semiconductor", "Arvenna"]),
    F("38%", 38, "%", "C", "up", "Arvenna's revenue|revenue", FQ3, None, source_alt=AV, period_alt=[Q(2025, 3)]),
    F("$5.52 billion", 5.52e9, "$", "L", "up", "Arvenna's revenue|revenue", FQ3, None, source_alt=AV,
      period_alt=[Q(2025, 3)]),
    F("$1.64", 1.64, "$", "L", None, "Arvenna's adjusted earnings per share|adjusted earnings|earnings", FQ3, None,
      source_alt=AV, unit_alt=["USD per share"], period_alt=[Q(2025, 3)]),
    F("$1.51", 1.51, "$", "L", None, "estimated adjusted earnings per share|estimates|earnings", FQ3, None,
      source_alt=["estimates", "analysts", "LSEG"], unit_alt=["USD per share"], period_alt=[Q(2025, 3)]),
    F("52%", 52, "%", "C", "up", "Arvenna's data center revenue|data center revenue|revenue", FQ3, None,
      source_alt=AV, period_alt=[Q(2025, 3)]),
    F("$3.9 billion", 3.9e9, "$", "L", "up", "Arvenna's data center revenue|data center revenue|revenue", FQ3, None,
      source_alt=AV, period_alt=[Q(2025, 3)]),
    F("61.8%", 61.8, "%", "L", None, "Arvenna's adjusted gross margin|gross margin|margin", FQ3, None,
      source_alt=AV, kind_alt=["ratio", "share"], period_alt=[Q(2025, 3)]),
    F("62.5%", 62.5, "%", "L", "up", "Arvenna's adjusted gross margin|gross margin|margin", FQ4, "Arvenna",
      source_alt=["Arvenna Semiconductor", "company"], kind_alt=["ratio", "share"], period_alt=[Q(2025, 4)],
      direction_alt=[None]),
    F("at least 30%", 30, "%", "C", "up", "Arvenna's revenue growth|revenue growth|revenue", FY(2026, 2, 2027, 1),
      "Lorna Pettigrew", source_alt=["Pettigrew", "Chief Executive", "company"], period_alt=[Y(2027)]),
    F("three", 3, "#cloud provider", "L", None, "large cloud providers placing orders|cloud providers|providers",
      None, "Lorna Pettigrew", source_alt=["Pettigrew"], unit_alt=["provider"]),
    F("up to $10 billion", 10e9, "$", "L", None, "Arvenna share buyback|buyback", None, None,
      source_alt=["board"] + AV, period_alt=[DAY(P)]),
    F("7.3%", 7.3, "%", "C", "up", "Arvenna shares|shares", DAY(P), None),
    F("1.9%", 1.9, "%", "C", "dn", "Arvenna shares|shares", DAY(P), None),
], ex=["third quarter", "current quarter", "second foundry", "fourth-quarter", "the quarter ending"])

# ---------------------------------------------------------------- 29 software results: "fiscal 2027, which ends in June 2027"
P = on("2026-07-30", "Thursday")
FQ4 = Q(2026, 2)
CB = ["Cobaltline Software", "Cobaltline", "company"]
story("b58-29", P, """
SEATTLE — Cobaltline Software said on Thursday that revenue rose 16% to $18.4 billion in its fiscal fourth quarter ended June 30, and forecast revenue of $18.9 billion to $19.3 billion for the coming quarter, ahead of the $18.7 billion analysts had expected.

Cloud revenue grew 27% to $9.6 billion. Net income was $5.9 billion, or $2.31 a share, compared with $2.18 a year earlier and analysts' estimate of $2.24, according to LSEG. Commercial bookings rose 21%.

For the full fiscal year, revenue climbed 14% to $70.2 billion.

The company said it would spend about $42 billion on data centers and other capital projects in fiscal 2027, which ends in June 2027, up from $31 billion in fiscal 2026, as it races to add capacity for artificial intelligence workloads.

Cobaltline also said it would cut about 4% of its workforce, or roughly 2,800 jobs, mostly in sales and marketing.

"We are investing where the demand is and simplifying everywhere else," Chief Financial Officer Priyanka Desai told analysts.

Shares rose 5.5% in after-hours trading. Some investors have questioned whether the spending will pay off; the stock had lagged the Nasdaq over the past year before Thursday's report.
""", [
    F("16%", 16, "%", "C", "up", "Cobaltline's revenue|revenue", FQ4, "Cobaltline Software",
      source_alt=CB[1:]),
    F("$18.4 billion", 18.4e9, "$", "L", "up", "Cobaltline's revenue|revenue", FQ4, "Cobaltline Software",
      source_alt=CB[1:]),
    F("$18.9 billion to $19.3 billion", 18.9e9, "$", "L", None, "Cobaltline's revenue|revenue", Q(2026, 3),
      "Cobaltline Software", value_hi=19.3e9, source_alt=CB[1:]),
    F("$18.7 billion", 18.7e9, "$", "L", None, "analysts' revenue estimate|revenue", Q(2026, 3), "analysts"),
    F("27%", 27, "%", "C", "up", "Cobaltline's cloud revenue|cloud revenue|revenue", FQ4, None, source_alt=CB),
    F("$9.6 billion", 9.6e9, "$", "L", "up", "Cobaltline's cloud revenue|cloud revenue|revenue", FQ4, None,
      source_alt=CB),
    F("$5.9 billion", 5.9e9, "$", "L", None, "Cobaltline's net income|net income|income", FQ4, None, source_alt=CB),
    F("$2.31", 2.31, "$", "L", "up", "Cobaltline's earnings per share|earnings|net income", FQ4, None,
      source_alt=CB, unit_alt=["USD per share"], direction_alt=[None]),
    F("$2.18", 2.18, "$", "L", None, "Cobaltline's earnings per share|earnings|net income", Q(2025, 2), None,
      source_alt=CB, unit_alt=["USD per share"]),
    F("$2.24", 2.24, "$", "L", None, "analysts' earnings estimate|estimate|earnings", FQ4, "LSEG",
      source_alt=["analysts"], unit_alt=["USD per share"]),
    F("21%", 21, "%", "C", "up", "Cobaltline's commercial bookings|commercial bookings|bookings", FQ4, None,
      source_alt=CB),
    F("14%", 14, "%", "C", "up", "Cobaltline's revenue|revenue", FY(2025, 7, 2026, 6), None, source_alt=CB),
    F("$70.2 billion", 70.2e9, "$", "L", "up", "Cobaltline's revenue|revenue", FY(2025, 7, 2026, 6), None,
      source_alt=CB),
    F("about $42 billion", 42e9, "$", "L", "up", "Cobaltline's capital spending|capital projects|spending",
      FY(2026, 7, 2027, 6), "company", source_alt=["Cobaltline Software", "Cobaltline"]),
    F("$31 billion", 31e9, "$", "L", None, "Cobaltline's capital spending|capital projects|spending",
      FY(2025, 7, 2026, 6), "company", source_alt=["Cobaltline Software", "Cobaltline"]),
    F("about 4%", 4, "%", "C", "dn", "Cobaltline's workforce|workforce", None, "Cobaltline",
      source_alt=["Cobaltline Software", "company"], period_alt=[(P, None), FY(2026, 7, 2027, 6)]),
    F("roughly 2,800", 2800, "#job", "C", "dn", "Cobaltline jobs|workforce|jobs", None, "Cobaltline",
      source_alt=["Cobaltline Software", "company"], period_alt=[(P, None), FY(2026, 7, 2027, 6)]),
    F("5.5%", 5.5, "%", "C", "up", "Cobaltline shares|shares", DAY(P), None),
], ex=["coming quarter", "fourth quarter"])

# ---------------------------------------------------------------- 30 Korean chipmaker preliminary results (Korean wire style)
P = on("2026-01-06", "Tuesday")
Q4 = Q(2025, 4)
HS = ["Hanseong Electronics", "Hanseong", "company"]
story("b58-30", P, """
SEOUL, Jan. 6 -- Hanseong Electronics Co. said Tuesday its fourth-quarter operating profit likely tripled from a year earlier, as prices of memory chips used in artificial intelligence servers soared.

Operating profit for the October-December period was estimated at a record 19.8 trillion won (US$13.7 billion), compared with 6.5 trillion won a year earlier, the company said in a preliminary earnings report. Sales rose 22.4 percent on-year to 93.1 trillion won.

The figures beat the market consensus of 17.2 trillion won for operating profit, according to financial information provider Daol Data.

For all of 2025, operating profit rose 48 percent to 51.6 trillion won on sales of 338.2 trillion won, the company said.

The company did not give a breakdown by division, which will come with full results on Jan. 29. Analysts at Sejong Securities expect first-quarter operating profit of about 21 trillion won, as DRAM contract prices rise a further 15 to 20 percent in the quarter.

"Supply is sold out through the first half, and customers are signing longer contracts," said Sejong analyst Yoon Da-bin. Hanseong has said it plans to raise memory capacity at its Pyeongtaek campus this year.

Shares of Hanseong rose 3.2 percent to 138,500 won in Seoul, while the benchmark KOSPI gained 1.1 percent.
""", [
    X("tripled", 3, "R", "up", "Hanseong's operating profit|operating profit|profit", Q4, "Hanseong Electronics",
      source_alt=HS[1:], kind_alt=["change"]),
    F("19.8 trillion won", 19.8e12, "W", "L", "up", "Hanseong's operating profit|operating profit|profit", Q4,
      "company", source_alt=HS[:2] + ["preliminary earnings report"], direction_alt=[None]),
    F("US$13.7 billion", 13.7e9, "$", "L", "up", "Hanseong's operating profit|operating profit|profit", Q4,
      "company", source_alt=HS[:2], direction_alt=[None]),
    F("6.5 trillion won", 6.5e12, "W", "L", None, "Hanseong's operating profit|operating profit|profit", Q(2024, 4),
      "company", source_alt=HS[:2]),
    F("22.4 percent", 22.4, "%", "C", "up", "Hanseong's sales|sales", Q4, None, source_alt=HS),
    F("93.1 trillion won", 93.1e12, "W", "L", "up", "Hanseong's sales|sales", Q4, None, source_alt=HS),
    F("17.2 trillion won", 17.2e12, "W", "L", None, "market consensus for operating profit|consensus|operating profit",
      Q4, "Daol Data", source_alt=["consensus"]),
    F("48 percent", 48, "%", "C", "up", "Hanseong's operating profit|operating profit|profit", Y(2025), "company",
      source_alt=HS[:2]),
    F("51.6 trillion won", 51.6e12, "W", "L", "up", "Hanseong's operating profit|operating profit|profit", Y(2025),
      "company", source_alt=HS[:2]),
    F("338.2 trillion won", 338.2e12, "W", "L", None, "Hanseong's sales|sales", Y(2025), "company",
      source_alt=HS[:2]),
    F("about 21 trillion won", 21e12, "W", "L", None, "Hanseong's operating profit|operating profit|profit",
      Q(2026, 1), "Sejong Securities", source_alt=["Analysts"]),
    F("15 to 20 percent", 15, "%", "C", "up", "DRAM contract prices|prices", Q(2026, 1), "Sejong Securities",
      value_hi=20, source_alt=["Analysts"]),
    F("3.2 percent", 3.2, "%", "C", "up", "Hanseong shares|shares", DAY(P), None),
    F("138,500 won", 138500, "W", "L", "up", "Hanseong shares|shares|share price", DAY(P), None),
    F("1.1 percent", 1.1, "%", "C", "up", "KOSPI|benchmark KOSPI", DAY(P), None),
], ex=["first-quarter", "in the quarter", "first half", "fourth-quarter"])
