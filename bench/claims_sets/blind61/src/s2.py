"""blind61 s2: oil producers' output, crop seasons and supply-and-demand estimates, sugar, oil and gas weeklies,
coffee, an energy price cap, gold exports, a harvest report, palm oil (b61-11..b61-20)."""
from common import *

# ---------------------------------------------------------------- 11 An OPEC output survey: barrels per day by country for a month
P = on("2026-02-03", "Tuesday")
JAN = M(2026, 1)
SV = ["survey", "Wire survey"]
story("b61-11", P, """
OPEC oil output rises in January as Saudi Arabia, UAE lift supply - survey

LONDON, Feb 3 (Wire) - OPEC oil output rose in January to its highest in nearly three years, a Wire survey found on Tuesday, as Saudi Arabia and the United Arab Emirates raised production under the group's plan to unwind earlier cuts, partly offset by outages in Libya.

The 12-member Organization of the Petroleum Exporting Countries pumped 29.14 million barrels per day (bpd) last month, up 310,000 bpd from December's revised total, the survey showed.

Saudi Arabia, the world's top exporter, raised output by 120,000 bpd to 10.08 million bpd, the most since 2023. The UAE added 90,000 bpd to 3.41 million bpd, and Iraq's output rose 40,000 bpd to 4.38 million bpd as exports from the southern port of Basra held near 3.4 million bpd.

Libya's production fell 110,000 bpd to 1.16 million bpd after protests shut the Sharara field for nine days. Nigeria pumped 1.52 million bpd, little changed, and Iran's output was steady at about 3.25 million bpd.

The eight OPEC+ members that have been raising output agreed in November to pause increases in the first quarter. Under their plan, they had added 137,000 bpd a month in October, November and December.

"The pause is a recognition that the market cannot absorb more barrels right now," said Laila Haddad, an oil analyst at Corniche Energy Research in Dubai. "Inventories are building by close to 1 million bpd."

The survey aims to track supply to the market and is based on shipping data, information from industry sources and company reports.

Benchmark Brent crude was trading at $66.40 a barrel on Tuesday, down 8% over the past 12 months.
""", [
    F("12", 12, "#member", "L", None, "OPEC members|members|Organization of the Petroleum Exporting Countries",
      None, None, ctx="12-member"),
    F("29.14 million barrels per day", 29.14e6, "bpd", "L", "up", "OPEC oil output|OPEC|output", JAN, "survey",
      source_alt=["Wire survey"]),
    F("310,000 bpd", 310000, "bpd", "C", "up", "OPEC oil output|OPEC|output", JAN, "survey"),
    F("120,000 bpd", 120000, "bpd", "C", "up", "Saudi Arabia's oil output|Saudi Arabia|output", JAN, None,
      source_alt=SV),
    F("10.08 million bpd", 10.08e6, "bpd", "L", "up", "Saudi Arabia's oil output|Saudi Arabia|output", JAN, None,
      source_alt=SV),
    F("90,000 bpd", 90000, "bpd", "C", "up", "UAE oil output|UAE|output", JAN, None, source_alt=SV),
    F("3.41 million bpd", 3.41e6, "bpd", "L", "up", "UAE oil output|UAE|output", JAN, None, source_alt=SV),
    F("40,000 bpd", 40000, "bpd", "C", "up", "Iraq's oil output|Iraq|output", JAN, None, source_alt=SV),
    F("4.38 million bpd", 4.38e6, "bpd", "L", "up", "Iraq's oil output|Iraq|output", JAN, None, source_alt=SV),
    F("near 3.4 million bpd", 3.4e6, "bpd", "L", "unch", "Iraq's oil exports from Basra|exports|Basra", JAN, None,
      source_alt=SV, direction_alt=[None]),
    F("110,000 bpd", 110000, "bpd", "C", "dn", "Libya's oil production|Libya|production", JAN, None,
      source_alt=SV),
    F("1.16 million bpd", 1.16e6, "bpd", "L", "dn", "Libya's oil production|Libya|production", JAN, None,
      source_alt=SV),
    F("nine days", 9, "d", "L", None, "shutdown of Libya's Sharara field|Sharara field|protests", JAN, None,
      kind_alt=["count"]),
    F("1.52 million bpd", 1.52e6, "bpd", "L", "unch", "Nigeria's oil output|Nigeria|output", JAN, None,
      source_alt=SV, direction_alt=[None]),
    F("about 3.25 million bpd", 3.25e6, "bpd", "L", "unch", "Iran's oil output|Iran|output", JAN, None,
      source_alt=SV, direction_alt=[None]),
    F("eight", 8, "#member", "L", None, "OPEC+ members raising output|members|OPEC+", None, None),
    F("137,000 bpd", 137000, "bpd", "R", "up", "OPEC+ monthly output increase|OPEC+|increases",
      MM(2025, 10, 2025, 12), None, source_alt=["OPEC+ members"], unit_alt=["barrel per day a month"],
      kind_alt=["change"]),
    F("close to 1 million bpd", 1e6, "bpd", "C", "up", "global oil inventories|inventories", DAY(P), "Laila Haddad",
      source_alt=["Haddad", "oil analyst", "Corniche Energy Research"], period_alt=[None]),
    F("$66.40", 66.40, "$", "L", None, "Brent crude|Brent", DAY(P), None, unit_alt=["USD per barrel"]),
    F("8%", 8, "%", "C", "dn", "Brent crude|Brent", (year_ago(P), P), None,
      period_alt=[("2025-02", "2026-02"), span12(2026, 1)]),
], ex=["three years", "first quarter", "past 12 months", "Feb 3"])

# ---------------------------------------------------------------- 12 USDA supply and demand: the 2025/26 marketing year, a quarterly stocks report
P = on("2026-01-12", "Monday")
CMY = FY(2025, 9, 2026, 8)
USDA = ["USDA", "Agriculture Department", "WASDE"]
story("b61-12", P, """
USDA raises U.S. corn yield to record, lifts stocks; soybean exports cut

WASHINGTON/CHICAGO, Jan 12 (Wire) - The U.S. Agriculture Department on Monday raised its estimate of the 2025/26 U.S. corn yield to a record 186.5 bushels per acre, from 184.9 bushels in December, pushing projected production to 17.02 billion bushels, the biggest crop ever.

In its monthly World Agricultural Supply and Demand Estimates (WASDE) report, the USDA put corn ending stocks for the 2025/26 marketing year, which began on Sept. 1, at 2.23 billion bushels, above the average trade estimate of 2.05 billion bushels in a Wire poll of analysts. Harvested area was revised to 91.3 million acres.

The season-average farm price for corn was cut by 10 cents to $3.90 a bushel.

For soybeans, the USDA cut its export forecast by 60 million bushels to 1.575 billion bushels, citing slower sales to China, and raised ending stocks to 350 million bushels.

In its quarterly stocks report, released at the same time, the department said corn stocks in all positions on Dec. 1 totalled 13.08 billion bushels, up 8% from a year earlier.

Globally, the USDA raised its forecast of 2025/26 world wheat ending stocks to 274.9 million tonnes from 271.4 million, reflecting bigger crops in Argentina and Australia. It put Argentina's wheat crop at a record 23.5 million tonnes.

Chicago Board of Trade March corn futures fell 11 cents, or 2.5%, to $4.28-3/4 a bushel after the report, the biggest one-day drop since August.

"That yield number was a shock. Nobody had it above 186," said Mark Jensen, a grain analyst at Prairie View Commodities in Omaha. "It caps any rally for the next few months, unless South America runs into weather trouble."
""", [
    F("186.5 bushels per acre", 186.5, "bushel per acre", "L", "up", "U.S. corn yield|corn yield|yield", CMY,
      "Agriculture Department", source_alt=USDA, period_alt=[Y(2025)]),
    F("184.9 bushels", 184.9, "bushel per acre", "L", None, "U.S. corn yield|corn yield|yield", CMY,
      "Agriculture Department", source_alt=USDA, period_alt=[Y(2025)]),
    F("17.02 billion bushels", 17.02e9, "bushel", "L", "up", "U.S. corn production|production|crop", CMY,
      "Agriculture Department", source_alt=USDA, period_alt=[Y(2025)]),
    F("2.23 billion bushels", 2.23e9, "bushel", "L", None, "U.S. corn ending stocks|corn ending stocks|"
      "ending stocks", CMY, "USDA", source_alt=["WASDE"], direction_alt=["up"]),
    F("2.05 billion bushels", 2.05e9, "bushel", "L", None, "average trade estimate of U.S. corn ending stocks|"
      "trade estimate|ending stocks", CMY, "Wire poll of analysts", source_alt=["poll", "analysts"]),
    F("91.3 million acres", 91.3e6, "acre", "L", None, "U.S. corn harvested area|harvested area|area", CMY, None,
      source_alt=USDA, period_alt=[Y(2025)]),
    CENTS("10 cents", 10, "$", "C", "dn", "U.S. season-average farm price for corn|season-average farm price|price",
          CMY, None, source_alt=USDA),
    F("$3.90", 3.90, "$", "L", "dn", "U.S. season-average farm price for corn|season-average farm price|price", CMY,
      None, source_alt=USDA, unit_alt=["USD per bushel"]),
    F("60 million bushels", 60e6, "bushel", "C", "dn", "U.S. soybean exports|export forecast|exports", CMY, "USDA",
      source_alt=USDA[1:]),
    F("1.575 billion bushels", 1.575e9, "bushel", "L", "dn", "U.S. soybean exports|export forecast|exports", CMY,
      "USDA", source_alt=USDA[1:]),
    F("350 million bushels", 350e6, "bushel", "L", "up", "U.S. soybean ending stocks|ending stocks", CMY, "USDA",
      source_alt=USDA[1:]),
    F("13.08 billion bushels", 13.08e9, "bushel", "L", "up", "U.S. corn stocks in all positions|corn stocks|stocks",
      DAY("2025-12-01"), "department", source_alt=USDA),
    F("8%", 8, "%", "C", "up", "U.S. corn stocks in all positions|corn stocks|stocks", DAY("2025-12-01"),
      "department", source_alt=USDA),
    F("274.9 million tonnes", 274.9e6, "t", "L", "up", "world wheat ending stocks|wheat ending stocks|"
      "ending stocks", FY(2025, 6, 2026, 5), "USDA", period_alt=[Y(2025), FY(2025, 7, 2026, 6)]),
    F("271.4 million", 271.4e6, "t", "L", None, "world wheat ending stocks|wheat ending stocks|ending stocks",
      FY(2025, 6, 2026, 5), "USDA", period_alt=[Y(2025), FY(2025, 7, 2026, 6)]),
    F("23.5 million tonnes", 23.5e6, "t", "L", None, "Argentina's wheat crop|wheat crop|Argentina",
      FY(2025, 12, 2026, 11), "USDA", period_alt=[Y(2025), FY(2025, 6, 2026, 5)]),
    CENTS("11 cents", 11, "$", "C", "dn", "CBOT March corn futures|corn futures|futures", DAY(P), None),
    F("2.5%", 2.5, "%", "C", "dn", "CBOT March corn futures|corn futures|futures", DAY(P), None),
    F("$4.28-3/4", 4.2875, "$", "L", "dn", "CBOT March corn futures|corn futures|futures", DAY(P), None,
      unit_alt=["USD per bushel"], value_alt=[4.28]),
    F("above 186", 186, "bushel per acre", "L", None, "forecasts of the U.S. corn yield|corn yield|yield", CMY,
      "Mark Jensen", source_alt=["Jensen", "grain analyst", "Prairie View Commodities"], unit_alt=["bushel"],
      period_alt=[None]),
], ex=["one-day", "Jan 12", "Sept. 1", "Dec. 1"])

# ---------------------------------------------------------------- 13 Brazil's soybean crop: a 2025/26 season, harvest progress, Argentina
P = on("2026-02-12", "Thursday")
BMY = FY(2025, 9, 2026, 8)
BALT = [Y(2026), FY(2026, 2, 2027, 1)]
SAT = last(P, "Saturday")
story("b61-13", P, """
Brazil's 2025/26 soybean crop seen at record 177.6 million tonnes - Conab

BRASILIA, Feb 12 (Wire) - Brazil's 2025/26 soybean harvest will reach a record 177.6 million tonnes, national crop agency Conab said on Thursday, raising its forecast from 176.1 million tonnes in January as good weather in Mato Grosso offset dryness in Rio Grande do Sul.

The crop would be 3.4% larger than the 171.7 million tonnes harvested in 2024/25. Planted area is estimated at 49.1 million hectares, up 3.2%, with average yields of 3.62 tonnes per hectare.

Farmers had harvested 24% of the area by last Saturday, according to consultancy AgroSul, compared with 31% a year earlier and a five-year average of 27%. Rains in the centre-west have slowed fieldwork.

Conab left its forecast for soybean exports in 2026 at 112 million tonnes and raised its estimate for the total corn crop, including the second crop planted after soy, to 139.4 million tonnes.

"China will take roughly three-quarters of Brazil's exports again, whatever happens with U.S. trade talks," said Rafael Moura, an analyst at Cerrado Agro Research in Goiania.

The size of the crop is weighing on prices. Soybean premiums at the port of Paranagua for March shipment fell to 40 cents a bushel below Chicago futures this week, the widest discount in two years, traders said.

In Argentina, the Buenos Aires Grains Exchange kept its estimate for the 2025/26 soybean harvest at 48.5 million tonnes. The exchange said 18% of soybean fields were in poor or very poor condition, up from 11% a week earlier, after a month of scant rain in the core farm belt.
""", [
    F("177.6 million tonnes", 177.6e6, "t", "L", "up", "Brazil's soybean harvest|soybean harvest|harvest", BMY,
      "Conab", period_alt=BALT, ctx="record 177.6 million tonnes, national", direction_alt=[None]),
    F("177.6 million tonnes", 177.6e6, "t", "L", None, "Brazil's soybean crop|soybean crop|crop", BMY, "Conab",
      period_alt=BALT, ctx="record 177.6 million tonnes - Conab"),
    F("176.1 million tonnes", 176.1e6, "t", "L", None, "Conab's January forecast of Brazil's soybean harvest|"
      "forecast|harvest", BMY, "Conab", period_alt=BALT),
    F("3.4%", 3.4, "%", "C", "up", "Brazil's soybean crop|crop", BMY, None, source_alt=["Conab"],
      period_alt=BALT),
    F("171.7 million tonnes", 171.7e6, "t", "L", None, "Brazil's soybean crop|crop|harvested",
      FY(2024, 9, 2025, 8), None, source_alt=["Conab"], period_alt=[Y(2025), FY(2025, 2, 2026, 1)]),
    F("49.1 million hectares", 49.1e6, "hectare", "L", "up", "Brazil's soybean planted area|planted area|area",
      BMY, None, source_alt=["Conab"], period_alt=BALT),
    F("3.2%", 3.2, "%", "C", "up", "Brazil's soybean planted area|planted area|area", BMY, None,
      source_alt=["Conab"], period_alt=BALT),
    F("3.62 tonnes per hectare", 3.62, "tonne per hectare", "L", None, "Brazil's average soybean yields|yields",
      BMY, None, source_alt=["Conab"], period_alt=BALT),
    F("24%", 24, "%", "S", None, "share of Brazil's soybean area harvested|harvested|area", DAY(SAT), "AgroSul",
      ctx="harvested 24%",
      source_alt=["consultancy"], kind_alt=["level"]),
    F("31%", 31, "%", "S", None, "share of Brazil's soybean area harvested|harvested|area", DAY(year_ago(SAT)),
      "AgroSul", source_alt=["consultancy"], kind_alt=["level"], period_alt=[M(2025, 2)]),
    F("27%", 27, "%", "S", None, "five-year average share of Brazil's soybean area harvested|five-year average|"
      "harvested", None, "AgroSul", source_alt=["consultancy"], kind_alt=["level"], period_alt=[DAY(SAT)]),
    F("112 million tonnes", 112e6, "t", "L", "unch", "Brazil's soybean exports|soybean exports|exports", Y(2026),
      "Conab", direction_alt=[None]),
    F("139.4 million tonnes", 139.4e6, "t", "L", "up", "Brazil's total corn crop|corn crop|crop", BMY, "Conab",
      period_alt=BALT),
    FR("roughly three-quarters", 3, 4, "S", None, "China's share of Brazil's soybean exports|China|exports",
       Y(2026), "Rafael Moura", source_alt=["Moura", "analyst", "Cerrado Agro Research"], period_alt=[BMY, None]),
    CENTS("40 cents", 40, "$", "L", "dn", "Brazilian soybean premiums at Paranagua|premiums|discount",
          WEEK(nxt(P, "Friday")), "traders", unit_alt=["USD per bushel"],
          period_alt=[(last(P, "Monday"), P), DAY(P)], value_alt=[40, -0.4]),
    F("48.5 million tonnes", 48.5e6, "t", "L", "unch", "Argentina's soybean harvest|soybean harvest|harvest",
      BMY, "Buenos Aires Grains Exchange", source_alt=["exchange"], direction_alt=[None], period_alt=BALT),
    F("18%", 18, "%", "S", "up", "share of Argentine soybean fields in poor or very poor condition|fields",
      DAY(P), "exchange", source_alt=["Buenos Aires Grains Exchange"], kind_alt=["level"],
      period_alt=[WEEK(nxt(P, "Friday"))]),
    F("11%", 11, "%", "S", None, "share of Argentine soybean fields in poor or very poor condition|fields",
      DAY(plus(P, -7)), "exchange", source_alt=["Buenos Aires Grains Exchange"], kind_alt=["level"]),
], ex=["five-year", "two years", "Feb 12", "second crop"])

# ---------------------------------------------------------------- 14 India's sugar season 2025-26 (October-September), lakh tonnes
P = on("2026-01-07", "Wednesday")
SEAS = FY(2025, 10, 2026, 9)
TODATE = MM(2025, 10, 2025, 12)
SP = ["Sugar Producers Federation of India", "SPFI", "federation"]
LT = ["lakh tonnes"]
story("b61-14", P, """
Sugar output up 18% so far in 2025-26 season; mills seek bigger export quota

New Delhi, January 7: India's sugar production in the 2025-26 season that began on October 1 rose 18 per cent to 118.4 lakh tonnes up to December 31, from 100.3 lakh tonnes a year earlier, the Sugar Producers Federation of India (SPFI) said on Wednesday.

As many as 493 mills were crushing cane at the end of December, against 481 a year ago.

The federation estimates gross production for the full season at 343.5 lakh tonnes, before the diversion of about 34 lakh tonnes of sugar to ethanol, leaving net output of roughly 309 lakh tonnes against domestic consumption of 285 lakh tonnes.

The government has allowed exports of 15 lakh tonnes in 2025-26. The federation wants the quota raised to 25 lakh tonnes, saying mills are struggling to clear cane dues to farmers of Rs 12,400 crore.

Ex-mill prices in Maharashtra were Rs 3,720-3,780 per quintal this week, below the cost of production of about Rs 4,100 a quintal, SPFI director general R K Shinde told reporters.

"The minimum selling price of sugar has been unchanged at Rs 31 per kg since February 2019, while the cane price has risen every year," Shinde said.

The fair and remunerative price (FRP) that mills must pay farmers for cane was raised 4.4 per cent to Rs 355 per quintal for the 2025-26 season.

Global prices have been weak. Raw sugar futures in New York fell to 14.6 US cents a pound on Tuesday, near their lowest in five years, making Indian exports unviable without government support, traders said.
""", [
    F("18%", 18, "%", "C", "up", "India's sugar production|sugar output|output", TODATE, None,
      source_alt=SP, period_alt=[("2025-10-01", "2025-12-31"), SEAS]),
    F("18 per cent", 18, "%", "C", "up", "India's sugar production|sugar production|production", TODATE,
      "Sugar Producers Federation of India", source_alt=SP[1:], period_alt=[("2025-10-01", "2025-12-31")]),
    F("118.4 lakh tonnes", 11.84e6, "t", "L", "up", "India's sugar production|sugar production|production",
      TODATE, "Sugar Producers Federation of India", source_alt=SP[1:], value_alt=[118.4], unit_alt=LT,
      period_alt=[("2025-10-01", "2025-12-31")]),
    F("100.3 lakh tonnes", 10.03e6, "t", "L", None, "India's sugar production|sugar production|production",
      MM(2024, 10, 2024, 12), "Sugar Producers Federation of India", source_alt=SP[1:], value_alt=[100.3],
      unit_alt=LT, period_alt=[("2024-10-01", "2024-12-31")]),
    F("493", 493, "#mill", "L", "up", "Indian sugar mills crushing cane|mills", DAY("2025-12-31"), None,
      source_alt=SP, period_alt=[M(2025, 12)], direction_alt=[None]),
    F("481", 481, "#mill", "L", None, "Indian sugar mills crushing cane|mills", DAY("2024-12-31"), None,
      source_alt=SP, period_alt=[M(2024, 12)]),
    F("343.5 lakh tonnes", 34.35e6, "t", "L", None, "India's gross sugar production|gross production|production",
      SEAS, "federation", source_alt=SP, value_alt=[343.5], unit_alt=LT),
    F("about 34 lakh tonnes", 3.4e6, "t", "L", None, "Indian sugar diverted to ethanol|diversion|ethanol", SEAS,
      "federation", source_alt=SP, value_alt=[34], unit_alt=LT),
    F("roughly 309 lakh tonnes", 30.9e6, "t", "L", None, "India's net sugar output|net output|output", SEAS,
      "federation", source_alt=SP, value_alt=[309], unit_alt=LT),
    F("285 lakh tonnes", 28.5e6, "t", "L", None, "India's domestic sugar consumption|domestic consumption|"
      "consumption", SEAS, "federation", source_alt=SP, value_alt=[285], unit_alt=LT),
    F("15 lakh tonnes", 1.5e6, "t", "L", None, "India's sugar export quota|exports|quota", SEAS, None,
      source_alt=["government"], value_alt=[15], unit_alt=LT),
    F("25 lakh tonnes", 2.5e6, "t", "L", "up", "India's sugar export quota sought by the federation|quota", SEAS,
      None, source_alt=["federation"], value_alt=[25], unit_alt=LT, direction_alt=[None]),
    F("Rs 12,400 crore", 12400e7, "Rs", "L", None, "Indian sugar mills' cane dues to farmers|cane dues|dues",
      DAY(P), "federation", source_alt=["mills"], value_alt=[12400], unit_alt=["INR crore"], period_alt=[None]),
    RNG("Rs 3,720-3,780", 3720, 3780, "Rs", "L", None, "ex-mill sugar prices in Maharashtra|ex-mill prices|"
        "prices", (last(P, "Monday"), P), "R K Shinde", source_alt=["Shinde", "director general", "SPFI"],
        unit_alt=["INR per quintal"], period_alt=[DAY(P), WEEK(nxt(P, "Friday"))]),
    F("about Rs 4,100", 4100, "Rs", "L", None, "Indian sugar cost of production|cost of production|cost", None,
      "R K Shinde", source_alt=["Shinde", "director general", "SPFI"], unit_alt=["INR per quintal"],
      period_alt=[SEAS, DAY(P)]),
    F("Rs 31 per kg", 31, "Rs", "L", "unch", "India's minimum selling price of sugar|minimum selling price|price",
      ("2019-02", "2026-01"), "Shinde", source_alt=["R K Shinde"], unit_alt=["INR per kilogram"],
      direction_alt=[None], period_alt=[DAY(P), None, ("2019-02", P)]),
    F("4.4 per cent", 4.4, "%", "C", "up", "fair and remunerative price for cane|FRP|price", SEAS, None),
    F("Rs 355 per quintal", 355, "Rs", "L", "up", "fair and remunerative price for cane|FRP|price", SEAS, None,
      unit_alt=["INR per quintal"]),
    CENTS("14.6 US cents", 14.6, "$", "L", "dn", "raw sugar futures in New York|raw sugar futures|futures",
          DAY(last(P, "Tuesday")), None, unit_alt=["USD per pound"]),
], ex=["five years", "January 7", "October 1", "December 31"])

# ---------------------------------------------------------------- 15 Oil: the day, the week, inventories in the week to Friday, since the start of the war
P = on("2026-05-15", "Friday")
WK8 = WK("2026-05-08")
EIA = ["Energy Information Administration", "EIA"]
VM = ["Vessel Metrics", "data firm", "tanker-tracking data"]
story("b61-15", P, """
OIL-Brent heads for third weekly loss as U.S. stocks build, Russian exports rise

LONDON, May 15 (Wire) - Oil prices fell on Friday and were heading for a third straight weekly decline, weighed down by a surprise build in U.S. crude inventories and signs that Russian seaborne exports were recovering.

Brent crude futures were down 62 cents, or 0.9%, at $68.14 a barrel by 1300 GMT, while U.S. West Texas Intermediate crude fell 71 cents, or 1.1%, to $64.37. Brent was set for a weekly fall of about 2.8% and WTI for a drop of 3.4%.

U.S. crude stocks rose by 3.9 million barrels in the week to May 8, to 441.2 million barrels, the Energy Information Administration said on Wednesday, against analysts' expectations of a 1.5-million-barrel draw.

Crude stocks at the Cushing, Oklahoma, delivery hub fell to 22.6 million barrels, near their lowest for the time of year since 2014.

Russia's seaborne crude exports averaged 3.42 million bpd in the four weeks to May 10, up from 3.18 million bpd in the previous four-week period, according to tanker-tracking data compiled by Vessel Metrics.

Since the start of the war in Ukraine, Russia has redirected about 80% of its seaborne crude to India, China and Turkey, the data firm said.

The number of U.S. oil rigs fell by 4 to 412 in the week to May 8, the lowest since 2021, according to a weekly count by drilling data firm RigTrack.

"The market is oversupplied by about 1 million bpd and it is starting to show up in the inventories," said Henrik Aasen, chief oil analyst at Nordvik Markets, who expects Brent to average $63 in the third quarter.

OPEC+ producers meet on June 1 to decide on output policy for July.
""", [
    CENTS("62 cents", 62, "$", "C", "dn", "Brent crude futures|Brent", DAY(P), None, unit_alt=["USD per barrel"]),
    F("0.9%", 0.9, "%", "C", "dn", "Brent crude futures|Brent", DAY(P), None),
    F("$68.14", 68.14, "$", "L", "dn", "Brent crude futures|Brent", DAY(P), None, unit_alt=["USD per barrel"]),
    CENTS("71 cents", 71, "$", "C", "dn", "West Texas Intermediate crude|WTI", DAY(P), None,
          unit_alt=["USD per barrel"]),
    F("1.1%", 1.1, "%", "C", "dn", "West Texas Intermediate crude|WTI", DAY(P), None),
    F("$64.37", 64.37, "$", "L", "dn", "West Texas Intermediate crude|WTI", DAY(P), None,
      unit_alt=["USD per barrel"]),
    F("about 2.8%", 2.8, "%", "C", "dn", "Brent crude futures|Brent", WEEK(P), None),
    F("3.4%", 3.4, "%", "C", "dn", "West Texas Intermediate crude|WTI", WEEK(P), None),
    F("3.9 million barrels", 3.9e6, "barrel", "C", "up", "U.S. crude stocks|crude stocks|stocks", WK8,
      "Energy Information Administration", source_alt=["EIA"]),
    F("441.2 million barrels", 441.2e6, "barrel", "L", "up", "U.S. crude stocks|crude stocks|stocks",
      DAY("2026-05-08"), "Energy Information Administration", source_alt=["EIA"], period_alt=[WK8]),
    F("1.5-million-barrel", 1.5e6, "barrel", "C", "dn", "analysts' expectations for U.S. crude stocks|"
      "expectations|crude stocks", WK8, "analysts", source_alt=["expectations"]),
    F("22.6 million barrels", 22.6e6, "barrel", "L", "dn", "crude stocks at Cushing, Oklahoma|Cushing|stocks",
      DAY("2026-05-08"), None, source_alt=EIA, period_alt=[WK8]),
    F("3.42 million bpd", 3.42e6, "bpd", "L", "up", "Russia's seaborne crude exports|seaborne crude exports|"
      "exports", ("2026-04-13", "2026-05-10"), "Vessel Metrics", source_alt=VM[1:]),
    F("3.18 million bpd", 3.18e6, "bpd", "L", None, "Russia's seaborne crude exports|seaborne crude exports|"
      "exports", ("2026-03-16", "2026-04-12"), "Vessel Metrics", source_alt=VM[1:]),
    F("about 80%", 80, "%", "S", None, "share of Russia's seaborne crude redirected to India, China and Turkey|"
      "seaborne crude|Russia", ("2022-02", "2026-05"), "data firm", source_alt=VM,
      period_alt=[("2022-02-24", P), None]),
    F("4", 4, "#rig", "C", "dn", "U.S. oil rigs|oil rigs|rigs", WK8, "RigTrack", ctx="by 4 to",
      source_alt=["drilling data firm"]),
    F("412", 412, "#rig", "L", "dn", "U.S. oil rigs|oil rigs|rigs", WK8, "RigTrack",
      source_alt=["drilling data firm"], period_alt=[DAY("2026-05-08")]),
    F("about 1 million bpd", 1e6, "bpd", "L", None, "oversupply of the oil market|market|oversupplied", DAY(P),
      "Henrik Aasen", source_alt=["Aasen", "chief oil analyst", "Nordvik Markets"], period_alt=[None]),
    F("$63", 63, "$", "L", "dn", "Brent crude|Brent", Q(2026, 3), "Henrik Aasen",
      source_alt=["Aasen", "Nordvik Markets"], unit_alt=["USD per barrel"], direction_alt=[None]),
], ex=["third straight", "third weekly", "1300 GMT", "four weeks", "four-week", "third quarter", "May 15", "May 8", "May 10",
       "June 1"])

# ---------------------------------------------------------------- 16 Coffee: Colombia's month and 12 months, a Nairobi auction, Kenya's coffee year, Brazil's next crop
P = on("2026-03-04", "Wednesday")
FEB = M(2026, 2)
TUE = last(P, "Tuesday")
FNC = ["National Federation of Coffee Growers", "federation"]
story("b61-16", P, """
Colombia's coffee output falls 9% in February; Kenyan auction prices ease

BOGOTA/NAIROBI, March 4 (Wire) - Colombia's coffee production fell 9% in February from the same month last year to 1.02 million 60-kg bags, the National Federation of Coffee Growers said on Tuesday, as heavy rains in the main growing regions slowed the harvest of the secondary "mitaca" crop.

Exports dropped 14% to 0.98 million bags. Over the past 12 months, output totalled 14.1 million bags, up 6% from the previous 12 months, the federation said.

The federation expects output of about 14 million bags in 2026, after a record 14.8 million in 2025, and has warned that fertiliser costs are squeezing smallholders, who grow about 95% of the country's coffee.

Arabica futures on ICE rose 2.3% to $3.41 per lb on Wednesday but are still down about 16% since the start of the year, as traders price in a bigger Brazilian harvest.

In Kenya, the average price at the weekly Nairobi auction on Tuesday slipped to $362 per 50-kg bag from $381 a week earlier, the Nairobi Coffee Exchange said. Volumes offered rose to 18,430 bags, of which 71% were sold.

Kenya's coffee earnings rose 28% to KSh31.6 billion in the 2024/25 coffee year that ended in September, according to the Coffee Board of Kenya, as higher prices offset a 5% drop in volumes to 48,200 tonnes.

"Quality premiums are holding up, but buyers are cautious with the new Brazilian crop coming," said Wanjiru Mwangi, a trader at Kilima Coffee Brokers in Nairobi.
""", [
    F("9%", 9, "%", "C", "dn", "Colombia's coffee production|coffee output|production", FEB,
      "National Federation of Coffee Growers", ctx="production fell 9%", source_alt=["federation"]),
    F("9%", 9, "%", "C", "dn", "Colombia's coffee output|coffee output|output", FEB, None, ctx="output falls 9%",
      source_alt=FNC),
    F("1.02 million", 1.02e6, "#bag", "L", "dn", "Colombia's coffee production|production", FEB,
      "National Federation of Coffee Growers", source_alt=["federation"], unit_alt=["60-kg bag"]),
    F("14%", 14, "%", "C", "dn", "Colombia's coffee exports|exports", FEB, None, source_alt=FNC),
    F("0.98 million", 0.98e6, "#bag", "L", "dn", "Colombia's coffee exports|exports", FEB, None, source_alt=FNC,
      unit_alt=["60-kg bag"]),
    F("14.1 million", 14.1e6, "#bag", "L", "up", "Colombia's coffee output|output", span12(2026, 2), "federation",
      source_alt=FNC[:1], unit_alt=["60-kg bag"]),
    F("6%", 6, "%", "C", "up", "Colombia's coffee output|output", span12(2026, 2), "federation", ctx="up 6%",
      source_alt=FNC[:1]),
    F("about 14 million", 14e6, "#bag", "L", "dn", "Colombia's coffee output|output", Y(2026), "federation",
      source_alt=FNC[:1], unit_alt=["60-kg bag"], direction_alt=[None]),
    F("14.8 million", 14.8e6, "#bag", "L", None, "Colombia's coffee output|output", Y(2025), None,
      source_alt=FNC, unit_alt=["60-kg bag"]),
    F("about 95%", 95, "%", "S", None, "smallholders' share of Colombia's coffee|smallholders|coffee", None, None,
      source_alt=FNC),
    F("2.3%", 2.3, "%", "C", "up", "arabica futures on ICE|arabica futures|futures", DAY(P), None),
    F("$3.41", 3.41, "$", "L", "up", "arabica futures on ICE|arabica futures|futures", DAY(P), None,
      unit_alt=["USD per pound"]),
    F("about 16%", 16, "%", "C", "dn", "arabica futures on ICE|arabica futures|futures", ytd(P), None,
      period_alt=[("2026-01-01", P)]),
    F("$362", 362, "$", "L", "dn", "average price at the Nairobi coffee auction|average price|price", DAY(TUE),
      "Nairobi Coffee Exchange", unit_alt=["USD per 50-kg bag", "USD per bag"]),
    F("$381", 381, "$", "L", None, "average price at the Nairobi coffee auction|average price|price",
      DAY(plus(TUE, -7)), "Nairobi Coffee Exchange", unit_alt=["USD per 50-kg bag", "USD per bag"]),
    F("18,430", 18430, "#bag", "L", "up", "coffee volumes offered at the Nairobi auction|volumes offered|volumes",
      DAY(TUE), None, source_alt=["Nairobi Coffee Exchange"]),
    F("71%", 71, "%", "S", None, "share of Nairobi auction coffee sold|sold", DAY(TUE), None,
      source_alt=["Nairobi Coffee Exchange"]),
    F("28%", 28, "%", "C", "up", "Kenya's coffee earnings|coffee earnings|earnings", FY(2024, 10, 2025, 9),
      "Coffee Board of Kenya"),
    F("KSh31.6 billion", 31.6e9, "KSh", "L", "up", "Kenya's coffee earnings|coffee earnings|earnings",
      FY(2024, 10, 2025, 9), "Coffee Board of Kenya"),
    F("5%", 5, "%", "C", "dn", "Kenya's coffee volumes|volumes", FY(2024, 10, 2025, 9), "Coffee Board of Kenya",
      ctx="a 5% drop"),
    F("48,200 tonnes", 48200, "t", "L", "dn", "Kenya's coffee volumes|volumes", FY(2024, 10, 2025, 9),
      "Coffee Board of Kenya"),
], ex=["60-kg", "50-kg", "past 12 months", "previous 12 months", "March 4"])

# ---------------------------------------------------------------- 17 Britain's energy price cap from 1 April, unit rates, storage, a forecast
P = on("2026-02-25", "Wednesday")
APR = ("2026-04-01", None)
APRALT = [("2026-04", None), Q(2026, 2)]
OF = ["Ofgem", "regulator"]
story("b61-17", P, """
Ofgem raises energy price cap by 2.4% from April as network costs climb

LONDON, 25 February — The energy price cap for households in England, Scotland and Wales will rise by 2.4 per cent to £1,802 a year for a typical dual-fuel household from 1 April, the regulator Ofgem said on Wednesday, as higher charges to fund grid upgrades outweighed a fall in wholesale gas prices.

The increase, equivalent to £43 a year, follows a 0.2 per cent rise for the January-to-March period. The cap for April to June will be 11 per cent lower than a year earlier but remains about 40 per cent higher than in the winter of 2020-21, before the energy crisis.

Under the new cap, households paying by direct debit will be charged 26.35p per kilowatt hour for electricity and 6.12p per kWh for gas.

Network costs now make up about 24 per cent of a typical bill, up from 17 per cent two years ago, Ofgem said.

Wholesale gas for next-day delivery traded at 79.5p a therm on Wednesday, down 31 per cent over the past 12 months. Britain's gas storage sites were 38 per cent full, against a five-year average of 52 per cent for the time of year, according to National Gas data.

Consumer groups said the rise would hit the 5.9 million households in England already struggling to pay energy bills, according to charity Warm Homes Alliance.

"Bills are still far too high for millions of people," said Rachel Obi, the alliance's policy director.

Consultancy Penrose Energy forecasts that the cap will fall by 3 per cent to £1,748 in July, as lower wholesale prices feed through.
""", [
    F("2.4%", 2.4, "%", "C", "up", "energy price cap|price cap|cap", APR, None, source_alt=OF, period_alt=APRALT),
    F("2.4 per cent", 2.4, "%", "C", "up", "energy price cap|price cap|cap", APR, "Ofgem", source_alt=["regulator"],
      period_alt=APRALT),
    F("£1,802", 1802, "£", "L", "up", "energy price cap for a typical dual-fuel household|price cap|cap", APR,
      "Ofgem", source_alt=["regulator"], unit_alt=["GBP per year"], period_alt=APRALT),
    F("£43", 43, "£", "C", "up", "energy price cap|increase|cap", APR, None, source_alt=OF,
      unit_alt=["GBP per year"], period_alt=APRALT),
    F("0.2 per cent", 0.2, "%", "C", "up", "energy price cap|cap", Q(2026, 1), None, source_alt=OF),
    F("11 per cent", 11, "%", "C", "dn", "energy price cap|cap", Q(2026, 2), None, source_alt=OF),
    F("about 40 per cent", 40, "%", "C", "up", "energy price cap|cap", Q(2026, 2), None, source_alt=OF,
      kind_alt=["level"]),
    CENTS("26.35p", 26.35, "£", "L", None, "electricity unit rate under the price cap|electricity|unit rate", APR,
          None, sub="pence", source_alt=OF, unit_alt=["GBP per kilowatt hour", "penny"], period_alt=APRALT),
    CENTS("6.12p", 6.12, "£", "L", None, "gas unit rate under the price cap|gas|unit rate", APR, None, sub="pence",
          source_alt=OF, unit_alt=["GBP per kilowatt hour", "penny"], period_alt=APRALT),
    F("about 24 per cent", 24, "%", "S", "up", "network costs' share of a typical energy bill|network costs|bill",
      DAY(P), "Ofgem", period_alt=[None, APR]),
    F("17 per cent", 17, "%", "S", None, "network costs' share of a typical energy bill|network costs|bill",
      M(2024, 2), "Ofgem", period_alt=[Y(2024)]),
    CENTS("79.5p", 79.5, "£", "L", None, "British wholesale gas for next-day delivery|wholesale gas|gas", DAY(P),
          None, sub="pence", unit_alt=["GBP per therm", "penny per therm"]),
    F("31 per cent", 31, "%", "C", "dn", "British wholesale gas for next-day delivery|wholesale gas|gas",
      (year_ago(P), P), None, period_alt=[("2025-02", "2026-02"), span12(2026, 1)]),
    F("38 per cent", 38, "%", "S", None, "fill level of Britain's gas storage sites|gas storage|storage", DAY(P),
      "National Gas data", source_alt=["National Gas"], kind_alt=["level"]),
    F("52 per cent", 52, "%", "S", None, "five-year average fill level of Britain's gas storage|five-year average|"
      "storage", None, "National Gas data", source_alt=["National Gas"], kind_alt=["level"],
      period_alt=[DAY(P)]),
    F("5.9 million", 5.9e6, "#household", "L", None, "households in England struggling to pay energy bills|"
      "households", None, "Warm Homes Alliance", source_alt=["charity", "Consumer groups"], period_alt=[DAY(P)]),
    F("3 per cent", 3, "%", "C", "dn", "energy price cap|cap", ("2026-07-01", None), "Penrose Energy",
      source_alt=["Consultancy"], period_alt=[Q(2026, 3), M(2026, 7), ("2026-07", None)]),
    F("£1,748", 1748, "£", "L", "dn", "energy price cap|cap", ("2026-07-01", None), "Penrose Energy",
      source_alt=["Consultancy"], unit_alt=["GBP per year"], period_alt=[Q(2026, 3), M(2026, 7), ("2026-07", None)]),
], ex=["two years", "five-year", "past 12 months", "25 February", "1 April"])

# ---------------------------------------------------------------- 18 Ghana's gold exports in the first quarter, the cedi, reserves in months of imports
P = on("2026-05-11", "Monday")
Q1 = Q(2026, 1)
BOG = ["Bank of Ghana", "data"]
story("b61-18", P, """
Ghana's gold export earnings jump 58% as prices soar; cedi extends gains

ACCRA, May 11 (Wire) - Ghana's gold export earnings rose 58% to $4.9 billion in the first quarter of 2026, data from the Bank of Ghana showed on Monday, as record bullion prices more than offset a 6% fall in the volume shipped.

Gold accounted for about 61% of the West African country's merchandise exports in the quarter, up from 52% a year earlier.

Large-scale mines produced 0.98 million ounces in the quarter, while small-scale miners, whose output is bought by the state-backed Ghana Gold Board, delivered 1.12 million ounces, more than half of national output.

The cedi has gained 9.4% against the dollar so far this year, trading at 10.35 on Monday, after rising 26% in 2025. Gross international reserves stood at $13.8 billion at the end of March, enough to cover 5.6 months of imports.

The central bank cut its policy rate by 250 basis points to 18% in March, citing inflation that slowed to 6.9% in April from 23.8% a year earlier, according to the Ghana Statistical Service.

"Gold has been Ghana's saving grace," said Kwame Asante, an economist at Volta Capital in Accra. "Each $100 rise in the gold price adds roughly $350 million a year to export earnings."

Mining companies have been lobbying the government to scrap a levy on gold exports introduced last year, arguing that it discourages investment in new mines and encourages smuggling.

The government, which completed a restructuring of its external debt last year, plans to return to international bond markets in the second half, Finance Ministry officials have said.
""", [
    F("58%", 58, "%", "C", "up", "Ghana's gold export earnings|gold export earnings|earnings", Q1, None,
      ctx="jump 58%", source_alt=BOG),
    F("58%", 58, "%", "C", "up", "Ghana's gold export earnings|gold export earnings|earnings", Q1,
      "Bank of Ghana", ctx="rose 58%", source_alt=["data"]),
    F("$4.9 billion", 4.9e9, "$", "L", "up", "Ghana's gold export earnings|gold export earnings|earnings", Q1,
      "Bank of Ghana", source_alt=["data"]),
    F("6%", 6, "%", "C", "dn", "volume of gold shipped by Ghana|volume|gold", Q1, "Bank of Ghana", ctx="a 6% fall",
      source_alt=["data"]),
    F("about 61%", 61, "%", "S", "up", "gold's share of Ghana's merchandise exports|gold|exports", Q1, None,
      source_alt=BOG),
    F("52%", 52, "%", "S", None, "gold's share of Ghana's merchandise exports|gold|exports", Q(2025, 1), None,
      source_alt=BOG),
    F("0.98 million ounces", 0.98e6, "oz", "L", None, "Ghana's large-scale gold mine output|large-scale mines|"
      "output", Q1, None, source_alt=BOG),
    F("1.12 million ounces", 1.12e6, "oz", "L", None, "Ghana's small-scale gold output|small-scale miners|output",
      Q1, None, source_alt=BOG),
    FR("more than half", 1, 2, "S", None, "small-scale miners' share of Ghana's gold output|small-scale miners|"
       "national output", Q1, None, source_alt=BOG),
    F("9.4%", 9.4, "%", "C", "up", "Ghanaian cedi|cedi", ytd(P), None, period_alt=[("2026-01-01", P)]),
    F("10.35", 10.35, "GHS", "L", "up", "Ghanaian cedi|cedi", DAY(P), None, unit_alt=["GHS per USD"],
      direction_alt=["dn", None]),
    F("26%", 26, "%", "C", "up", "Ghanaian cedi|cedi", Y(2025), None),
    F("$13.8 billion", 13.8e9, "$", "L", None, "Ghana's gross international reserves|gross international reserves|"
      "reserves", DAY("2026-03-31"), None, source_alt=BOG, period_alt=[M(2026, 3)]),
    F("5.6 months", 5.6, "mo", "L", None, "Ghana's reserves import cover|reserves|imports", DAY("2026-03-31"), None,
      source_alt=BOG, kind_alt=["ratio"], period_alt=[M(2026, 3)]),
    F("250 basis points", 250, "bp", "C", "dn", "Bank of Ghana policy rate|policy rate|rate", M(2026, 3), None,
      source_alt=["central bank", "Bank of Ghana"], value_alt=[2.5], unit_alt=["percentage point"]),
    F("18%", 18, "%", "L", "dn", "Bank of Ghana policy rate|policy rate|rate", M(2026, 3), None,
      source_alt=["central bank", "Bank of Ghana"]),
    F("6.9%", 6.9, "%", "L", "dn", "Ghana's inflation|inflation", M(2026, 4), "Ghana Statistical Service",
      kind_alt=["change"]),
    F("23.8%", 23.8, "%", "L", None, "Ghana's inflation|inflation", M(2025, 4), "Ghana Statistical Service",
      kind_alt=["change"]),
    F("roughly $350 million", 350e6, "$", "C", "up", "Ghana's export earnings|export earnings|earnings", None,
      "Kwame Asante", source_alt=["Asante", "economist", "Volta Capital"], unit_alt=["USD per year"],
      kind_alt=["level"]),
], ex=["first quarter", "in the quarter", "Each $100", "second half", "May 11"])

# ---------------------------------------------------------------- 19 Saskatchewan's weekly crop report: harvest progress at a date, yields, moisture
P = on("2025-09-18", "Thursday")
D15 = DAY("2025-09-15")
WKR = ("2025-09-09", "2025-09-15")
MIN = ["Ministry of Agriculture", "crop report", "province"]
story("b61-19", P, """
Saskatchewan harvest 62% complete, ahead of average as yields beat expectations

REGINA, Sept. 18 — Saskatchewan producers have harvested 62 per cent of the 2025 crop, up from 44 per cent a week earlier and ahead of the five-year average of 53 per cent for this time of year, the province's Ministry of Agriculture said Thursday in its weekly crop report covering the period Sept. 9 to 15.

Field peas were the furthest along at 99 per cent combined, followed by lentils at 97 per cent and durum at 81 per cent. Canola, the province's largest crop by area, was 41 per cent harvested.

The southwest region led at 79 per cent, while the northeast lagged at 38 per cent after rain delays.

Producers estimated average yields of 52 bushels per acre for hard red spring wheat, 44 bushels for durum, 41 bushels for canola and 71 bushels for barley, all above the province's 10-year averages.

Rainfall in the week reached 38 millimetres in the Hudson Bay area, while most of the southwest stayed dry.

"We're averaging close to 60 bushels on our wheat, the best in ten years," said Darlene Kowalchuk, who farms 4,200 acres near Rosetown with her son. "Prices are the problem, not the crop."

ICE November canola futures fell C$6.30 to C$628.40 a tonne on Thursday, pressured by the big Prairie harvest and Chinese tariffs on Canadian canola meal and oil.

Statistics Canada last month pegged Saskatchewan's 2025 canola crop at 10.2 million tonnes, based on satellite models, up 7 per cent from 2024. It will publish its next estimate, based on a farmer survey, in December.
""", [
    F("62%", 62, "%", "S", "up", "share of Saskatchewan's crop harvested|harvest|Saskatchewan", D15, None,
      source_alt=MIN, kind_alt=["level"], period_alt=[WKR, DAY(P)]),
    F("62 per cent", 62, "%", "S", "up", "share of Saskatchewan's crop harvested|crop|Saskatchewan producers",
      D15, "Ministry of Agriculture", source_alt=MIN[1:], kind_alt=["level"], period_alt=[WKR, DAY(P)]),
    F("44 per cent", 44, "%", "S", None, "share of Saskatchewan's crop harvested|crop", DAY("2025-09-08"),
      "Ministry of Agriculture", source_alt=MIN[1:], kind_alt=["level"]),
    F("53 per cent", 53, "%", "S", None, "five-year average share of Saskatchewan's crop harvested|"
      "five-year average|crop", None, "Ministry of Agriculture", source_alt=MIN[1:], kind_alt=["level"],
      period_alt=[D15]),
    F("99 per cent", 99, "%", "S", None, "share of Saskatchewan field peas combined|field peas", D15, None,
      source_alt=MIN, kind_alt=["level"]),
    F("97 per cent", 97, "%", "S", None, "share of Saskatchewan lentils combined|lentils", D15, None,
      source_alt=MIN, kind_alt=["level"]),
    F("81 per cent", 81, "%", "S", None, "share of Saskatchewan durum combined|durum", D15, None, source_alt=MIN,
      kind_alt=["level"]),
    F("41 per cent", 41, "%", "S", None, "share of Saskatchewan canola harvested|canola", D15, None,
      source_alt=MIN, kind_alt=["level"]),
    F("79 per cent", 79, "%", "S", None, "harvest progress in Saskatchewan's southwest region|southwest region",
      D15, None, source_alt=MIN, kind_alt=["level"]),
    F("38 per cent", 38, "%", "S", None, "harvest progress in Saskatchewan's northeast|northeast", D15, None,
      source_alt=MIN, kind_alt=["level"]),
    F("52 bushels per acre", 52, "bushel per acre", "L", None, "Saskatchewan hard red spring wheat yield|"
      "hard red spring wheat|yields", Y(2025), "Producers", source_alt=MIN),
    F("44 bushels", 44, "bushel per acre", "L", None, "Saskatchewan durum yield|durum|yields", Y(2025),
      "Producers", source_alt=MIN, unit_alt=["bushel"]),
    F("41 bushels", 41, "bushel per acre", "L", None, "Saskatchewan canola yield|canola|yields", Y(2025),
      "Producers", source_alt=MIN, unit_alt=["bushel"]),
    F("71 bushels", 71, "bushel per acre", "L", None, "Saskatchewan barley yield|barley|yields", Y(2025),
      "Producers", source_alt=MIN, unit_alt=["bushel"]),
    F("38 millimetres", 38, "mm", "L", None, "rainfall in the Hudson Bay area|rainfall|Hudson Bay", WKR, None,
      source_alt=MIN),
    F("close to 60 bushels", 60, "bushel per acre", "L", None, "Darlene Kowalchuk's wheat yield|wheat|yield",
      Y(2025), "Darlene Kowalchuk", source_alt=["Kowalchuk", "We"], unit_alt=["bushel"], period_alt=[DAY(P)]),
    F("4,200 acres", 4200, "acre", "L", None, "Darlene Kowalchuk's farm|farm|Kowalchuk", None, None),
    F("C$6.30", 6.30, "C$", "C", "dn", "ICE November canola futures|canola futures|futures", DAY(P), None,
      unit_alt=["CAD per tonne"]),
    F("C$628.40", 628.40, "C$", "L", "dn", "ICE November canola futures|canola futures|futures", DAY(P), None,
      unit_alt=["CAD per tonne"]),
    F("10.2 million tonnes", 10.2e6, "t", "L", "up", "Saskatchewan's canola crop|canola crop|crop", Y(2025),
      "Statistics Canada", direction_alt=[None], period_alt=[FY(2025, 8, 2026, 7)]),
    F("7 per cent", 7, "%", "C", "up", "Saskatchewan's canola crop|canola crop|crop", Y(2025), "Statistics Canada",
      ctx="up 7 per cent",
      period_alt=[FY(2025, 8, 2026, 7)]),
], ex=["five-year", "Sept. 9 to 15", "10-year", "ten years", "Sept. 18"])

# ---------------------------------------------------------------- 20 Malaysian palm oil: end-March stocks, April 1-10 exports, a blending mandate
P = on("2026-04-10", "Friday")
MAR = M(2026, 3)
MP = ["Malaysian Palm Oil Board", "MPOB", "data"]
story("b61-20", P, """
Malaysian palm oil stocks rise 12% in March to 14-month high; exports slip

KUALA LUMPUR, April 10 (Wire) - Malaysia's palm oil stocks at the end of March rose 12.4% from a month earlier to 2.06 million tonnes, the highest in 14 months, as production recovered faster than exports, Malaysian Palm Oil Board (MPOB) data showed on Friday.

Crude palm oil production jumped 21.8% to 1.62 million tonnes, while exports of palm oil products fell 4.3% to 1.18 million tonnes.

A Wire survey of planters, traders and analysts had forecast end-March stocks at 1.98 million tonnes.

Exports during April 1-10 rose 8.7% to 388,420 tonnes from the same period in March, cargo surveyor Meridian Inspection Services said. Another surveyor, ShipScan, put them at 391,150 tonnes, up 10.1%. Traders said demand from India, the biggest buyer, had picked up after a cut in the country's import duty on edible oils, while purchases by China remained sluggish.

Benchmark palm oil futures for June delivery on Bursa Malaysia Derivatives fell 1.2% to 4,118 ringgit ($934) a tonne on Friday and were down 3.5% for the week, their second straight weekly loss.

"Stocks are rebuilding quickly now that the low-production season is over. We see end-April inventories at 2.2 million tonnes," said Tan Wei Ming, a plantation analyst at Straits Research in Kuala Lumpur.

Indonesia, the world's biggest producer, is expected to raise its biodiesel blending mandate to 50% in the second half of 2026, which would absorb an extra 3 million tonnes of palm oil a year, according to industry estimates.
""", [
    F("12%", 12, "%", "C", "up", "Malaysia's palm oil stocks|palm oil stocks|stocks", DAY("2026-03-31"), None,
      source_alt=MP, period_alt=[MAR]),
    F("12.4%", 12.4, "%", "C", "up", "Malaysia's palm oil stocks|palm oil stocks|stocks", DAY("2026-03-31"),
      "Malaysian Palm Oil Board", source_alt=MP[1:], period_alt=[MAR]),
    F("2.06 million tonnes", 2.06e6, "t", "L", "up", "Malaysia's palm oil stocks|palm oil stocks|stocks",
      DAY("2026-03-31"), "Malaysian Palm Oil Board", source_alt=MP[1:], period_alt=[MAR]),
    F("21.8%", 21.8, "%", "C", "up", "Malaysia's crude palm oil production|production", MAR, None, source_alt=MP),
    F("1.62 million tonnes", 1.62e6, "t", "L", "up", "Malaysia's crude palm oil production|production", MAR, None,
      source_alt=MP),
    F("4.3%", 4.3, "%", "C", "dn", "Malaysia's palm oil exports|exports", MAR, None, source_alt=MP),
    F("1.18 million tonnes", 1.18e6, "t", "L", "dn", "Malaysia's palm oil exports|exports", MAR, None,
      source_alt=MP),
    F("1.98 million tonnes", 1.98e6, "t", "L", None, "Wire survey forecast of Malaysia's palm oil stocks|forecast|"
      "stocks", DAY("2026-03-31"), "Wire survey", source_alt=["survey", "planters, traders and analysts"],
      period_alt=[MAR]),
    F("8.7%", 8.7, "%", "C", "up", "Malaysia's palm oil exports|exports", ("2026-04-01", "2026-04-10"),
      "Meridian Inspection Services", source_alt=["cargo surveyor"]),
    F("388,420 tonnes", 388420, "t", "L", "up", "Malaysia's palm oil exports|exports", ("2026-04-01", "2026-04-10"),
      "Meridian Inspection Services", source_alt=["cargo surveyor"]),
    F("391,150 tonnes", 391150, "t", "L", "up", "Malaysia's palm oil exports|exports",
      ("2026-04-01", "2026-04-10"), "ShipScan", source_alt=["surveyor"]),
    F("10.1%", 10.1, "%", "C", "up", "Malaysia's palm oil exports|exports", ("2026-04-01", "2026-04-10"),
      "ShipScan", source_alt=["surveyor"]),
    F("1.2%", 1.2, "%", "C", "dn", "Bursa Malaysia palm oil futures|palm oil futures|futures", DAY(P), None),
    F("4,118 ringgit", 4118, "MYR", "L", "dn", "Bursa Malaysia palm oil futures|palm oil futures|futures", DAY(P),
      None, unit_alt=["MYR per tonne"]),
    F("$934", 934, "$", "L", "dn", "Bursa Malaysia palm oil futures|palm oil futures|futures", DAY(P), None,
      unit_alt=["USD per tonne"]),
    F("3.5%", 3.5, "%", "C", "dn", "Bursa Malaysia palm oil futures|palm oil futures|futures", WEEK(P), None),
    F("2.2 million tonnes", 2.2e6, "t", "L", "up", "Malaysia's palm oil inventories|inventories|stocks",
      DAY("2026-04-30"), "Tan Wei Ming", source_alt=["Tan", "plantation analyst", "Straits Research", "We"],
      period_alt=[M(2026, 4)], direction_alt=[None]),
    F("50%", 50, "%", "L", "up", "Indonesia's biodiesel blending mandate|blending mandate|mandate", H(2026, 2), None,
      direction_alt=[None]),
    F("3 million tonnes", 3e6, "t", "L", None, "palm oil absorbed by Indonesia's higher blending mandate|"
      "palm oil|mandate", None, "industry estimates", unit_alt=["tonne per year"], kind_alt=["change"],
      period_alt=[H(2026, 2)]),
], ex=["14-month", "14 months", "April 10", "second half"])
