"""blind56 s5: housing, climate, a storm, air traffic, monsoon, rents, a port, Macau, a jury verdict (b56-41..b56-50)."""
from common import *

# ---------------------------------------------------------------- 41 US existing-home sales + mortgage rates
P = on("2026-03-19", "Thursday")
FEB = "2026-02"
WK = (plus(P, -6), P)
story("b56-41", P, """
Sales of previously owned U.S. homes rose 3.2% in February to a seasonally adjusted annual rate of 4.21 million units, the National Association of Realtors said on Thursday, as a dip in mortgage rates drew buyers back into the market.

Economists polled by Reuters had forecast sales of 4.10 million units. Sales were 1.7% higher than a year earlier.

The median existing-home price rose 2.8% from a year earlier to $398,600, the 32nd consecutive month of annual gains. There were 1.29 million homes on the market, up 14% from February 2025, equal to 3.7 months of supply at the current sales pace.

First-time buyers accounted for 31% of sales, while all-cash purchases made up 29%. Properties typically stayed on the market for 42 days.

The average rate on a 30-year fixed mortgage fell to 6.08% this week from 6.17% a week earlier, according to mortgage finance agency Freddie Mac, the lowest since September 2024. A year ago it averaged 6.65%.

Regionally, sales jumped 7.5% in the Midwest and fell 2.4% in the Northeast.

"Buyers are responding to lower rates, but affordability is still stretched," said Owen Castellano, senior economist at Brightpath Mortgage.
""", [
    F("3.2%", 3.2, "%", "C", "up", "sales of previously owned homes|existing-home sales|sales", FEB,
      "National Association of Realtors", source_alt=["NAR"]),
    F("4.21 million", 4.21e6, "#unit", "L", "up", "existing-home sales annual rate|sales", FEB,
      "National Association of Realtors", source_alt=["NAR"], unit_alt=["home"]),
    F("4.10 million", 4.10e6, "#unit", "L", None, "forecast existing-home sales|sales", FEB, "economists",
      source_alt=["Reuters", "poll"], unit_alt=["home"]),
    F("1.7%", 1.7, "%", "C", "up", "existing-home sales|sales", FEB, None,
      source_alt=["National Association of Realtors", "NAR"]),
    F("2.8%", 2.8, "%", "C", "up", "median existing-home price|median price|price", FEB, None,
      source_alt=["National Association of Realtors", "NAR"]),
    F("$398,600", 398600, "$", "L", "up", "median existing-home price|median price|price", FEB, None,
      source_alt=["National Association of Realtors", "NAR"]),
    F("1.29 million", 1.29e6, "#home", "L", "up", "homes on the market|inventory|homes", FEB, None,
      source_alt=["National Association of Realtors", "NAR"]),
    F("14%", 14, "%", "C", "up", "homes on the market|inventory|homes", FEB, None,
      source_alt=["National Association of Realtors", "NAR"]),
    F("3.7 months", 3.7, "mo", "L", None, "months of supply|supply", FEB, None,
      source_alt=["National Association of Realtors", "NAR"]),
    F("31%", 31, "%", "S", None, "first-time buyers' share of sales|first-time buyers|sales", FEB, None,
      source_alt=["National Association of Realtors", "NAR"]),
    F("29%", 29, "%", "S", None, "all-cash purchases' share of sales|all-cash purchases|sales", FEB, None,
      source_alt=["National Association of Realtors", "NAR"]),
    F("42 days", 42, "d", "L", None, "typical time on the market|time on the market|properties", FEB, None,
      source_alt=["National Association of Realtors", "NAR"]),
    F("6.08%", 6.08, "%", "L", "dn", "average 30-year fixed mortgage rate|mortgage rate|rate", WK, "Freddie Mac",
      source_alt=["mortgage finance agency"], period_alt=[DAY(P), (last(P, "Monday"), P)]),
    F("6.17%", 6.17, "%", "L", None, "average 30-year fixed mortgage rate|mortgage rate|rate",
      (plus(P, -13), plus(P, -7)), "Freddie Mac", source_alt=["mortgage finance agency"],
      period_alt=[DAY(plus(P, -7))]),
    F("6.65%", 6.65, "%", "L", None, "average 30-year fixed mortgage rate|mortgage rate|rate",
      (plus(year_ago(P), -6), year_ago(P)), None, source_alt=["Freddie Mac"],
      period_alt=[DAY(year_ago(P)), "2025-03"]),
    F("7.5%", 7.5, "%", "C", "up", "existing-home sales in the Midwest|sales|Midwest", FEB, None,
      source_alt=["National Association of Realtors", "NAR"]),
    F("2.4%", 2.4, "%", "C", "dn", "existing-home sales in the Northeast|sales|Northeast", FEB, None,
      source_alt=["National Association of Realtors", "NAR"]),
], ex=["32nd", "30-year"])

# ---------------------------------------------------------------- 42 Hong Kong home prices
P = on("2026-04-22", "Wednesday")
MAR = "2026-03"
story("b56-42", P, """
Hong Kong home prices rose for a sixth straight month in March, official data showed on Wednesday, as lower borrowing costs and a flood of mainland buyers lifted the city's property market out of a three-year slump.

The Rating and Valuation Department's private domestic price index climbed 1.4% from February to 301.2, leaving prices up 5.8% over the past six months but still about 22% below their September 2021 peak.

Rents rose 0.6% in March to a record, extending their gain so far this year to 4.1%.

Residential property transactions totalled 6,412 in March, up 27% from a year earlier, according to the Land Registry. Buyers from the mainland accounted for about 24% of new-home purchases in the first quarter, compared with 11% in 2022, agency Harbourfront Realty estimates.

The one-month Hong Kong Interbank Offered Rate, to which many mortgages are linked, stood at 2.85% on Wednesday, down from 4.3% a year earlier.

Developers launched 4,830 new flats in the January-March period, and about 19,000 completed but unsold units remained on the market at the end of March, government data shows.

Analysts at Kowloon Peak Securities expect prices to rise 5% to 8% this year.
""", [
    F("1.4%", 1.4, "%", "C", "up", "private domestic price index|price index|home prices", MAR,
      "Rating and Valuation Department", source_alt=["official data"]),
    F("301.2", 301.2, None, "L", "up", "private domestic price index|price index|index", MAR,
      "Rating and Valuation Department", source_alt=["official data"], unit_alt=["point"]),
    F("5.8%", 5.8, "%", "C", "up", "Hong Kong home prices|home prices|prices", ("2025-10", "2026-03"),
      "Rating and Valuation Department", source_alt=["official data"]),
    F("about 22%", 22, "%", "C", "dn", "Hong Kong home prices relative to their 2021 peak|home prices|prices", MAR,
      "Rating and Valuation Department", source_alt=["official data"], kind_alt=["level"],
      period_alt=[DAY(P), ("2021-09", "2026-03")]),
    F("0.6%", 0.6, "%", "C", "up", "Hong Kong rents|rents", MAR, None, source_alt=["Rating and Valuation Department"]),
    F("4.1%", 4.1, "%", "C", "up", "Hong Kong rents|rents", ("2026-01", "2026-03"), None,
      source_alt=["Rating and Valuation Department"]),
    F("6,412", 6412, "#transaction", "L", None, "residential property transactions|transactions", MAR,
      "Land Registry", direction_alt=["increase"]),
    F("27%", 27, "%", "C", "up", "residential property transactions|transactions", MAR, "Land Registry"),
    F("about 24%", 24, "%", "S", "up", "mainland buyers' share of new-home purchases|mainland buyers|purchases",
      Q(2026, 1), "Harbourfront Realty", source_alt=["agency"], direction_alt=[None]),
    F("11%", 11, "%", "S", None, "mainland buyers' share of new-home purchases|mainland buyers|purchases", Y(2022),
      "Harbourfront Realty", source_alt=["agency"]),
    F("2.85%", 2.85, "%", "L", "dn", "one-month Hong Kong Interbank Offered Rate|Hibor|rate", DAY(P), None),
    F("4.3%", 4.3, "%", "L", None, "one-month Hong Kong Interbank Offered Rate|Hibor|rate", DAY(year_ago(P)), None,
      period_alt=[None, "2025-04"]),
    F("4,830", 4830, "#flat", "L", None, "new flats launched by developers|new flats|flats", Q(2026, 1),
      "government data", source_alt=["government"]),
    F("about 19,000", 19000, "#unit", "L", None, "completed but unsold units|unsold units|units", "2026-03",
      "government data", source_alt=["government"], period_alt=["2026-03-31"]),
    F("5% to 8%", 5, "%", "C", "up", "Hong Kong home prices|prices", Y(2026), "Kowloon Peak Securities",
      value_hi=8, source_alt=["analysts"]),
], ex=["three-year", "six months", "first quarter", "one-month"])

# ---------------------------------------------------------------- 43 Copernicus July record
P = on("2026-08-05", "Wednesday")
JUL = "2026-07"
story("b56-43", P, """
July 2026 was the hottest July on record globally, the European Union's Copernicus Climate Change Service said on Wednesday, with the average surface air temperature reaching 17.21C, 0.76C above the 1991-2020 average for the month.

The month was 1.62C warmer than the estimated pre-industrial level, the 14th time in the past 16 months that the 1.5C threshold set in the Paris Agreement was exceeded, Copernicus said.

The average sea surface temperature between 60°S and 60°N reached 20.97C, the second-highest value for the month. Antarctic sea ice extent was 8% below average, the third-lowest for July since satellite records began in 1979, and Arctic sea ice was 11% below average.

Over the 12 months to July, the global temperature averaged 1.58C above pre-industrial levels.

"The planet is not taking a break," said Copernicus senior scientist Elena Marchetti. Heatwaves pushed temperatures above 45C in parts of Spain and Greece during the month.

Separately, the U.S. National Oceanic and Atmospheric Administration said the contiguous United States recorded an average temperature of 76.4F in July, 2.7F above the 20th-century average.
""", [
    F("17.21C", 17.21, "C", "L", "up", "global average surface air temperature|surface air temperature|temperature",
      JUL, "Copernicus Climate Change Service", source_alt=["Copernicus"], direction_alt=[None]),
    F("0.76C", 0.76, "C", "C", "up", "global surface air temperature anomaly|temperature", JUL,
      "Copernicus Climate Change Service", source_alt=["Copernicus"], kind_alt=["level"]),
    F("1.62C", 1.62, "C", "C", "up", "global temperature above pre-industrial level|temperature|month", JUL,
      "Copernicus", source_alt=["Copernicus Climate Change Service"], kind_alt=["level"]),
    F("1.5C", 1.5, "C", "L", None, "Paris Agreement warming threshold|threshold", None, "Copernicus",
      source_alt=["Copernicus Climate Change Service"]),
    F("20.97C", 20.97, "C", "L", "up", "average sea surface temperature|sea surface temperature|temperature", JUL,
      None, source_alt=["Copernicus"], direction_alt=[None]),
    F("8%", 8, "%", "C", "dn", "Antarctic sea ice extent|sea ice extent|sea ice", JUL, None,
      source_alt=["Copernicus"], kind_alt=["level"]),
    F("11%", 11, "%", "C", "dn", "Arctic sea ice extent|sea ice", JUL, None, source_alt=["Copernicus"],
      kind_alt=["level"]),
    F("1.58C", 1.58, "C", "C", "up", "global temperature above pre-industrial levels|global temperature|temperature",
      ("2025-08", "2026-07"), None, source_alt=["Copernicus"], kind_alt=["level"]),
    F("76.4F", 76.4, "F", "L", None, "average temperature of the contiguous United States|average temperature|temperature",
      JUL, "National Oceanic and Atmospheric Administration", source_alt=["NOAA"]),
    F("2.7F", 2.7, "F", "C", "up", "U.S. temperature above the 20th-century average|temperature", JUL,
      "National Oceanic and Atmospheric Administration", source_alt=["NOAA"], kind_alt=["level"]),
], ex=["14th", "past 16 months", "60°S and 60°N", "third-lowest", "12 months", "above 45C", "20th-century"])

# ---------------------------------------------------------------- 44 Queensland storm (AAP)
P = on("2026-11-22", "Sunday")
SAT = last(P, "Saturday")
STORM = (SAT, P)
story("b56-44", P, """
More than 120,000 homes and businesses were without power across south-east Queensland on Sunday after a severe storm brought wind gusts of up to 148km/h and dumped more than 200mm of rain in 24 hours on parts of the Gold Coast hinterland.

The Bureau of Meteorology said Springbrook received 236mm in the 24 hours to 9am on Sunday, the site's highest daily total since 2017, while a gust of 148km/h was recorded at Coolangatta airport on Saturday evening.

Energy provider Energex said crews had restored supply to about 85,000 customers by midday, but warned that about 35,000 could be without electricity until Tuesday.

Emergency services received 2,460 calls for help, most for fallen trees and damaged roofs, and carried out 17 swift-water rescues overnight. A man, 71, died when a tree fell on his car near Nerang, police said.

The Insurance Council of Australia declared a catastrophe, and early estimates put insured losses at about $180 million.

Brisbane recorded 94mm, its wettest November day in 12 years.

The bureau warned that a further 50mm to 100mm could fall on Monday, with flood watches in place for the Logan and Albert rivers.
""", [
    F("More than 120,000", 120000, "#home", "L", None, "homes and businesses without power|homes and businesses|homes",
      DAY(P), None, unit_alt=["customer", "home and business"]),
    F("up to 148km/h", 148, "km/h", "L", None, "wind gusts|gusts", DAY(SAT), None, period_alt=[STORM, DAY(P)]),
    F("more than 200mm", 200, "mm", "L", None, "rainfall on the Gold Coast hinterland|rain|rainfall", STORM, None,
      period_alt=[DAY(P)]),
    F("236mm", 236, "mm", "L", None, "rainfall at Springbrook|rainfall|Springbrook", STORM, "Bureau of Meteorology",
      source_alt=["bureau"], period_alt=[DAY(P)]),
    F("148km/h", 148, "km/h", "L", None, "wind gust at Coolangatta airport|gust", DAY(SAT), "Bureau of Meteorology",
      ctx="gust of 148km/h", source_alt=["bureau"]),
    F("about 85,000", 85000, "#customer", "L", None, "customers with supply restored|customers", DAY(P), "Energex",
      kind_alt=["change"]),
    F("about 35,000", 35000, "#customer", "L", None, "customers who could be without electricity|customers",
      (P, nxt(P, "Tuesday")), "Energex", period_alt=[None, DAY(P)]),
    F("2,460", 2460, "#call", "L", None, "calls for help to emergency services|calls", STORM, None,
      source_alt=["emergency services"], period_alt=[None]),
    F("17", 17, "#rescue", "L", None, "swift-water rescues|rescues", STORM, None, ctx="out 17",
      source_alt=["emergency services"], period_alt=[None, DAY(P)]),
    AGE("71", 71, "man killed by a falling tree", alts="man"),
    F("about $180 million", 180e6, "A$", "L", None, "insured losses|losses", STORM, "early estimates",
      source_alt=["Insurance Council of Australia", "estimates"], period_alt=[None]),
    F("94mm", 94, "mm", "L", None, "rainfall in Brisbane|rainfall|Brisbane", STORM, None,
      period_alt=[DAY(SAT), DAY(P)]),
    F("50mm to 100mm", 50, "mm", "L", None, "further rainfall|rain|rainfall", nxt(P, "Monday"), "bureau",
      value_hi=100, source_alt=["Bureau of Meteorology"]),
], ex=["24 hours", "12 years"])

# ---------------------------------------------------------------- 45 Indian domestic air traffic (PTI)
P = on("2025-11-17", "Monday")
OCT = "2025-10"
story("b56-45", P, """
Domestic airlines flew 1.52 crore passengers in October, 6.4 per cent more than a year earlier, data released by the Directorate General of Civil Aviation (DGCA) on Monday showed.

Passenger traffic in the January-October period rose 4.9 per cent to 14.31 crore, according to the data.

SkyVahan remained the market leader with a 63.8 per cent share, up from 62.1 per cent in September, followed by Aarohan Air with 26.5 per cent. Budget carrier Konark Airways' share fell to 4.2 per cent.

Konark had the best on-time performance among the major airlines at six metro airports, at 84.7 per cent, while Aarohan Air's was 71.3 per cent.

Airlines received 1,084 passenger complaints in October, or 0.7 complaints per 10,000 passengers, the regulator said. Flight cancellations affected 41,200 passengers during the month, and airlines paid Rs 1.9 crore in compensation and facilitation.

The civil aviation ministry expects domestic traffic of about 17.5 crore passengers in 2025-26, helped by the opening of new airports in Navi Mumbai and Noida.
""", [
    F("1.52 crore", 15.2e6, "#passenger", "L", None, "domestic air passengers|passengers", OCT,
      "Directorate General of Civil Aviation", value_alt=[1.52], source_alt=["DGCA", "data"],
      direction_alt=["increase"]),
    F("6.4 per cent", 6.4, "%", "C", "up", "domestic air passengers|passengers", OCT,
      "Directorate General of Civil Aviation", source_alt=["DGCA", "data"]),
    F("4.9 per cent", 4.9, "%", "C", "up", "domestic passenger traffic|passenger traffic|traffic",
      ("2025-01", "2025-10"), "data", source_alt=["DGCA"]),
    F("14.31 crore", 143.1e6, "#passenger", "L", "up", "domestic passenger traffic|passenger traffic|traffic",
      ("2025-01", "2025-10"), "data", value_alt=[14.31], source_alt=["DGCA"]),
    F("63.8 per cent", 63.8, "%", "S", "up", "SkyVahan's market share|market share|SkyVahan", OCT, None,
      source_alt=["DGCA"]),
    F("62.1 per cent", 62.1, "%", "S", None, "SkyVahan's market share|market share|SkyVahan", "2025-09", None,
      source_alt=["DGCA"]),
    F("26.5 per cent", 26.5, "%", "S", None, "Aarohan Air's market share|market share|Aarohan Air", OCT, None,
      source_alt=["DGCA"]),
    F("4.2 per cent", 4.2, "%", "S", "dn", "Konark Airways' market share|share|Konark Airways", OCT, None,
      source_alt=["DGCA"]),
    F("84.7 per cent", 84.7, "%", "S", None, "Konark's on-time performance|on-time performance|Konark", OCT, None,
      source_alt=["DGCA"], kind_alt=["level"]),
    F("71.3 per cent", 71.3, "%", "S", None, "Aarohan Air's on-time performance|on-time performance|Aarohan Air", OCT,
      None, source_alt=["DGCA"], kind_alt=["level"]),
    F("1,084", 1084, "#complaint", "L", None, "passenger complaints|complaints", OCT, "regulator",
      source_alt=["DGCA"]),
    F("0.7", 0.7, "complaint per 10,000 passengers", "L", None, "complaint rate|complaints", OCT, "regulator",
      source_alt=["DGCA"], unit_alt=["complaint"], kind_alt=["ratio"]),
    F("41,200", 41200, "#passenger", "L", None, "passengers affected by flight cancellations|passengers", OCT, None,
      source_alt=["DGCA"]),
    CR("Rs 1.9 crore", 1.9, "L", None, "compensation and facilitation paid by airlines|compensation", OCT, None,
       source_alt=["DGCA"]),
    F("about 17.5 crore", 175e6, "#passenger", "L", "up", "domestic air traffic|traffic|passengers",
      ("2025-04", "2026-03"), "civil aviation ministry", value_alt=[17.5], source_alt=["ministry"],
      direction_alt=[None]),
], ex=["six metro airports", "10,000 passengers"])

# ---------------------------------------------------------------- 46 monsoon and sowing (PTI)
P = on("2025-08-02", "Saturday")
MON = ("2025-06-01", "2025-08-02")
HA = ["ha", "lakh hectares"]
story("b56-46", P, """
Monsoon rains across India were 8 per cent above normal between June 1 and August 2, data from the India Meteorological Department (IMD) showed on Saturday, helping farmers expand the area sown with summer crops.

Rainfall in the week to August 2 was 21 per cent above the long period average, while the northwest region received 34 per cent more rain than normal since June 1. The east and northeast region was 17 per cent deficient.

The area sown with kharif crops reached 792.4 lakh hectares by August 1, up from 764.1 lakh hectares a year earlier, according to the agriculture ministry. Rice was planted on 265.9 lakh hectares, 9 per cent more than last year, and pulses on 96.2 lakh hectares.

The IMD expects rainfall in August and September to be 106 per cent of the long period average, which it puts at 418.6 mm for the two months.

Water levels in 161 major reservoirs stood at 68 per cent of their capacity, compared with 57 per cent a year ago, the Central Water Commission said.

"The monsoon has been kind so far, and we expect record rice output of around 150 million tonnes in 2025-26," said Suresh Iyengar, an agricultural economist at the Pune-based Deccan Policy Institute.
""", [
    F("8 per cent", 8, "%", "C", "up", "monsoon rainfall relative to normal|monsoon rains|rainfall", MON,
      "India Meteorological Department", ctx="were 8 per cent", source_alt=["IMD", "data"], kind_alt=["level"]),
    F("21 per cent", 21, "%", "C", "up", "weekly rainfall relative to the long period average|rainfall",
      ("2025-07-27", "2025-08-02"), None, source_alt=["IMD"], kind_alt=["level"]),
    F("34 per cent", 34, "%", "C", "up", "rainfall in the northwest region|rain|northwest", MON, None,
      source_alt=["IMD"], kind_alt=["level"]),
    F("17 per cent", 17, "%", "C", "dn", "rainfall in the east and northeast region|rainfall|east and northeast region",
      MON, None, source_alt=["IMD"], kind_alt=["level"]),
    F("792.4 lakh hectares", 79.24e6, "hectare", "L", "up", "area sown with kharif crops|sown area|area",
      (None, "2025-08-01"), "agriculture ministry", value_alt=[792.4], unit_alt=HA, source_alt=["ministry"],
      period_alt=["2025-08-01"]),
    F("764.1 lakh hectares", 76.41e6, "hectare", "L", None, "area sown with kharif crops|sown area|area",
      (None, "2024-08-01"), "agriculture ministry", value_alt=[764.1], unit_alt=HA, source_alt=["ministry"],
      period_alt=["2024-08-01"]),
    F("265.9 lakh hectares", 26.59e6, "hectare", "L", None, "area planted with rice|rice|area", (None, "2025-08-01"),
      None, value_alt=[265.9], unit_alt=HA, source_alt=["agriculture ministry"], direction_alt=["increase"],
      period_alt=["2025-08-01"]),
    F("9 per cent", 9, "%", "C", "up", "area planted with rice|rice|area", (None, "2025-08-01"), None,
      source_alt=["agriculture ministry"], period_alt=["2025-08-01"]),
    F("96.2 lakh hectares", 9.62e6, "hectare", "L", None, "area planted with pulses|pulses|area",
      (None, "2025-08-01"), None, value_alt=[96.2], unit_alt=HA, source_alt=["agriculture ministry"],
      period_alt=["2025-08-01"]),
    F("106 per cent", 106, "%", "L", None, "forecast rainfall as a share of the long period average|rainfall",
      ("2025-08", "2025-09"), "IMD", source_alt=["India Meteorological Department"], kind_alt=["share"]),
    F("418.6 mm", 418.6, "mm", "L", None, "long period average rainfall for August and September|long period average",
      None, "IMD", source_alt=["India Meteorological Department"], period_alt=[("2025-08", "2025-09")]),
    F("161", 161, "#reservoir", "L", None, "major reservoirs|reservoirs", None, "Central Water Commission"),
    F("68 per cent", 68, "%", "S", None, "water levels in major reservoirs|water levels|reservoirs", DAY(P),
      "Central Water Commission", period_alt=[None], direction_alt=["increase"]),
    F("57 per cent", 57, "%", "S", None, "water levels in major reservoirs|water levels|reservoirs",
      DAY(year_ago(P)), "Central Water Commission", period_alt=[None, Y(2024)]),
    F("around 150 million tonnes", 150e6, "t", "L", "up", "India's rice output|rice output|output",
      ("2025-07", "2026-06"), "Suresh Iyengar", source_alt=["Iyengar", "Deccan Policy Institute"],
      period_alt=[("2025-04", "2026-03")], direction_alt=[None]),
], ex=["two months"])

# ---------------------------------------------------------------- 47 Australian rents (AAP)
P = on("2026-04-07", "Tuesday")
Q1 = Q(2026, 1)
story("b56-47", P, """
Australian rents rose 1.3 per cent in the March quarter, the fastest pace in two years, as the national vacancy rate fell to a record low of 1.1 per cent, according to property data firm Domainview.

The median weekly rent for houses reached $640, while unit rents rose 1.9 per cent to $595 a week, the firm said in its quarterly report released on Tuesday. Over the past 12 months, rents have risen 5.6 per cent, almost double the 3.0 per cent rise in wages over the same period.

Perth recorded the largest quarterly increase at 2.8 per cent, followed by Adelaide at 2.1 per cent. Rents in Melbourne were unchanged, and Hobart's fell 0.4 per cent.

A renter on the median household income now spends about 33 per cent of it on rent, up from 29 per cent five years ago.

The number of homes advertised for rent fell to 171,400 in March, down 9 per cent from a year earlier and the lowest for the month since 2014.

Domainview estimates that 42,000 additional rental homes are needed to return vacancy rates to a balanced 3 per cent by 2028.

"There's simply not enough stock," said Domainview research director Nadia Kovacs.
""", [
    F("1.3 per cent", 1.3, "%", "C", "up", "Australian rents|rents", Q1, "Domainview", source_alt=["property data firm"]),
    F("1.1 per cent", 1.1, "%", "L", "dn", "national vacancy rate|vacancy rate", Q1, "Domainview",
      source_alt=["property data firm"], kind_alt=["share"], period_alt=["2026-03"]),
    F("$640", 640, "A$", "L", "up", "median weekly rent for houses|median weekly rent|rent", Q1, "firm",
      source_alt=["Domainview"], unit_alt=["AUD per week"]),
    F("1.9 per cent", 1.9, "%", "C", "up", "unit rents|rents", Q1, "firm", source_alt=["Domainview"]),
    F("$595", 595, "A$", "L", "up", "median weekly unit rent|unit rents|rent", Q1, "firm", source_alt=["Domainview"],
      unit_alt=["AUD per week"]),
    F("5.6 per cent", 5.6, "%", "C", "up", "Australian rents|rents", ("2025-04", "2026-03"), None,
      source_alt=["Domainview"], period_alt=[(year_ago(P), P)]),
    X("almost double", 2, "R", None, "rent growth relative to wage growth|rents", ("2025-04", "2026-03"), None,
      source_alt=["Domainview"]),
    F("3.0 per cent", 3.0, "%", "C", "up", "wages", ("2025-04", "2026-03"), None, source_alt=["Domainview"]),
    F("2.8 per cent", 2.8, "%", "C", "up", "Perth rents|rents|Perth", Q1, None, source_alt=["Domainview"]),
    F("2.1 per cent", 2.1, "%", "C", "up", "Adelaide rents|rents|Adelaide", Q1, None, source_alt=["Domainview"]),
    F("0.4 per cent", 0.4, "%", "C", "dn", "Hobart rents|rents|Hobart", Q1, None, source_alt=["Domainview"]),
    F("about 33 per cent", 33, "%", "S", "up", "share of median household income spent on rent|income|rent", Q1, None,
      source_alt=["Domainview"], period_alt=[DAY(P), None]),
    F("29 per cent", 29, "%", "S", None, "share of median household income spent on rent|income|rent", Q(2021, 1),
      None, source_alt=["Domainview"], period_alt=[Y(2021), None]),
    F("171,400", 171400, "#home", "L", "dn", "homes advertised for rent|homes", "2026-03", None,
      source_alt=["Domainview"]),
    F("9 per cent", 9, "%", "C", "dn", "homes advertised for rent|homes", "2026-03", None, ctx="down 9 per cent",
      source_alt=["Domainview"]),
    F("42,000", 42000, "#home", "L", None, "additional rental homes needed|rental homes|homes", (None, "2028-12"),
      "Domainview"),
    F("3 per cent", 3, "%", "L", None, "balanced vacancy rate|vacancy rates", (None, "2028-12"), "Domainview",
      ctx="balanced 3 per cent", kind_alt=["share"]),
], ex=["March quarter", "two years", "past 12 months", "five years ago"])

# ---------------------------------------------------------------- 48 Port of Los Angeles volumes
P = on("2025-10-17", "Friday")
SEP = "2025-09"
TEU = ["twenty-foot equivalent unit", "container"]
story("b56-48", P, """
The Port of Los Angeles handled 912,400 twenty-foot equivalent units (TEUs) in September, down 6.2% from a year earlier, as importers pulled back after rushing shipments in ahead of tariff increases, the port said on Friday.

Loaded imports fell 8.1% to 458,300 TEUs, while exports rose 3.4% to 121,900 TEUs. Empty containers, most of them headed back to Asia, totaled 332,200 TEUs.

For the first nine months of the year, volume was 7.6 million TEUs, 4.3% higher than in the same period last year.

The neighboring Port of Long Beach reported on Wednesday that its volume fell 3.9% to 820,100 TEUs in September.

"We expect a softer fourth quarter, probably 5% to 10% below last year, as retailers work through the inventory they brought in early," a port spokesman said.

The average time import containers spent at the terminals fell to 2.8 days in September from 3.4 days in August, the port said, as congestion eased.

Analysts at Sandbar Logistics Research estimate that about 40% of the port's imports come from China.
""", [
    F("912,400", 912400, "TEU", "L", "dn", "Port of Los Angeles container volume|volume|port", SEP, "port",
      unit_alt=TEU, source_alt=["Port of Los Angeles"]),
    F("6.2%", 6.2, "%", "C", "dn", "Port of Los Angeles container volume|volume|port", SEP, "port",
      source_alt=["Port of Los Angeles"]),
    F("8.1%", 8.1, "%", "C", "dn", "loaded imports|imports", SEP, None, source_alt=["Port of Los Angeles", "port"]),
    F("458,300", 458300, "TEU", "L", "dn", "loaded imports|imports", SEP, None, unit_alt=TEU,
      source_alt=["Port of Los Angeles", "port"]),
    F("3.4%", 3.4, "%", "C", "up", "exports", SEP, None, source_alt=["Port of Los Angeles", "port"]),
    F("121,900", 121900, "TEU", "L", "up", "exports", SEP, None, unit_alt=TEU,
      source_alt=["Port of Los Angeles", "port"]),
    F("332,200", 332200, "TEU", "L", None, "empty containers|containers", SEP, None, unit_alt=TEU,
      source_alt=["Port of Los Angeles", "port"]),
    F("7.6 million", 7.6e6, "TEU", "L", "up", "Port of Los Angeles container volume|volume", ("2025-01", "2025-09"),
      None, unit_alt=TEU, source_alt=["Port of Los Angeles", "port"], direction_alt=[None]),
    F("4.3%", 4.3, "%", "C", "up", "Port of Los Angeles container volume|volume", ("2025-01", "2025-09"), None,
      source_alt=["Port of Los Angeles", "port"]),
    F("3.9%", 3.9, "%", "C", "dn", "Port of Long Beach volume|volume", SEP, "Port of Long Beach"),
    F("820,100", 820100, "TEU", "L", "dn", "Port of Long Beach volume|volume", SEP, "Port of Long Beach",
      unit_alt=TEU),
    F("5% to 10%", 5, "%", "C", "dn", "Port of Los Angeles container volume|volume", Q(2025, 4), "port spokesman",
      value_hi=10, source_alt=["spokesman", "port"]),
    F("2.8 days", 2.8, "d", "L", "dn", "average dwell time of import containers|dwell time|time", SEP, "port",
      source_alt=["Port of Los Angeles"]),
    F("3.4 days", 3.4, "d", "L", None, "average dwell time of import containers|dwell time|time", "2025-08", "port",
      source_alt=["Port of Los Angeles"]),
    F("about 40%", 40, "%", "S", None, "share of the port's imports from China|imports", None,
      "Sandbar Logistics Research", source_alt=["analysts"]),
], ex=["twenty-foot equivalent units", "first nine months", "fourth quarter"])

# ---------------------------------------------------------------- 49 Macau gaming revenue
P = on("2026-08-01", "Saturday")
JUL = "2026-07"
MOP = ["pataca", "MOP"]
story("b56-49", P, """
Macau's gross gaming revenue rose 12.4% in July from a year earlier to 22.1 billion patacas ($2.74 billion), the highest monthly total since January 2020, the Gaming Inspection and Coordination Bureau said on Saturday.

Revenue in the first seven months totalled 141.6 billion patacas, up 7.9% from the same period last year. Analysts at Lotus Bay Securities had forecast July revenue of 21.4 billion patacas.

Visitor arrivals rose 15% to 3.96 million in June, the latest month for which official figures are available, with mainland Chinese accounting for 71% of the total.

Shares of casino operator Golden Crescent Resorts rose 3.2% in Hong Kong on Friday ahead of the data. Monthly gaming revenue is still about 19% below its 2019 average, analysts say.

The government's 2026 budget assumes gaming revenue of 236 billion patacas for the full year, on which it collects taxes of about 40%.

"Mass-market players are carrying the recovery; the VIP business is not coming back," said Vivian Lam, a gaming analyst at Lotus Bay.
""", [
    F("12.4%", 12.4, "%", "C", "up", "Macau's gross gaming revenue|gaming revenue|revenue", JUL,
      "Gaming Inspection and Coordination Bureau", source_alt=["bureau", "DICJ"]),
    F("22.1 billion patacas", 22.1e9, "MOP", "L", "up", "Macau's gross gaming revenue|gaming revenue|revenue", JUL,
      "Gaming Inspection and Coordination Bureau", unit_alt=MOP, source_alt=["bureau", "DICJ"]),
    F("$2.74 billion", 2.74e9, "$", "L", "up", "Macau's gross gaming revenue|gaming revenue|revenue", JUL,
      "Gaming Inspection and Coordination Bureau", source_alt=["bureau", "DICJ"]),
    F("141.6 billion patacas", 141.6e9, "MOP", "L", "up", "Macau's gaming revenue|revenue", ("2026-01", "2026-07"),
      None, unit_alt=MOP, source_alt=["Gaming Inspection and Coordination Bureau", "bureau"], direction_alt=[None]),
    F("7.9%", 7.9, "%", "C", "up", "Macau's gaming revenue|revenue", ("2026-01", "2026-07"), None,
      source_alt=["Gaming Inspection and Coordination Bureau", "bureau"]),
    F("21.4 billion patacas", 21.4e9, "MOP", "L", None, "forecast July gaming revenue|revenue", JUL,
      "Lotus Bay Securities", unit_alt=MOP, source_alt=["analysts"]),
    F("15%", 15, "%", "C", "up", "visitor arrivals|arrivals", "2026-06", None, source_alt=["official figures"]),
    F("3.96 million", 3.96e6, "#visitor", "L", "up", "visitor arrivals|arrivals", "2026-06", None,
      source_alt=["official figures"], unit_alt=["arrival"]),
    F("71%", 71, "%", "S", None, "mainland Chinese share of visitor arrivals|mainland Chinese|arrivals", "2026-06",
      None, source_alt=["official figures"]),
    F("3.2%", 3.2, "%", "C", "up", "Golden Crescent Resorts shares|shares", DAY(last(P, "Friday")), None),
    F("about 19%", 19, "%", "C", "dn", "monthly gaming revenue relative to its 2019 average|gaming revenue|revenue",
      JUL, "analysts", kind_alt=["level"], period_alt=[None]),
    F("236 billion patacas", 236e9, "MOP", "L", None, "budgeted gaming revenue|gaming revenue|revenue", Y(2026), None,
      unit_alt=MOP, source_alt=["government", "budget"]),
    F("about 40%", 40, "%", "L", None, "tax rate on gaming revenue|taxes", None, None, kind_alt=["share", "ratio"],
      source_alt=["government"]),
], ex=["first seven months"])

# ---------------------------------------------------------------- 50 talc jury verdict
P = on("2026-06-12", "Friday")
THU = last(P, "Thursday")
story("b56-50", P, """
A federal jury in Philadelphia on Thursday ordered Brightwell Home Products to pay $312 million to a woman who developed ovarian cancer after using its talc-based body powder for decades.

The jury awarded $42 million in compensatory damages and $270 million in punitive damages to Marisol Ortega, 61, a retired schoolteacher from Allentown, after a trial that lasted nearly a month. The punitive award is about 6.4 times the compensatory damages.

Brightwell said in a statement that it would appeal, noting that judges had reduced or overturned 14 of the 19 previous verdicts against it since 2021.

The company faces about 58,000 similar lawsuits, most of them consolidated before a federal judge in New Jersey, and has set aside $6.5 billion to cover talc claims, according to its latest annual report.

Brightwell's shares fell 2.9% in after-hours trading on Thursday. The company had revenue of $18.4 billion last year, and talc products account for less than 1% of its sales.

"This verdict tells every company that hiding a known risk from customers has a price," said Ortega's lawyer, Jamal Whitaker.
""", [
    F("$312 million", 312e6, "$", "L", None, "damages Brightwell was ordered to pay|award|damages", DAY(THU), None,
      source_alt=["jury"]),
    F("$42 million", 42e6, "$", "L", None, "compensatory damages|damages", DAY(THU), None, source_alt=["jury"]),
    F("$270 million", 270e6, "$", "L", None, "punitive damages|damages", DAY(THU), None, source_alt=["jury"]),
    AGE("61", 61, "Marisol Ortega", alts="Ortega"),
    X("about 6.4 times", 6.4, "R", None, "punitive award relative to compensatory damages|punitive award|award",
      DAY(THU), None, period_alt=[None]),
    F("14", 14, "#verdict", "L", None, "verdicts reduced or overturned by judges|verdicts", ("2021-01", "2026-06"),
      "Brightwell", source_alt=["Brightwell Home Products", "statement"], period_alt=[None, ("2021-01", P)]),
    F("19", 19, "#verdict", "L", None, "previous verdicts against Brightwell|verdicts", ("2021-01", "2026-06"),
      "Brightwell", source_alt=["Brightwell Home Products", "statement"], period_alt=[None, ("2021-01", P)]),
    F("about 58,000", 58000, "#lawsuit", "L", None, "similar lawsuits facing Brightwell|lawsuits", None,
      "annual report", source_alt=["Brightwell"], period_alt=[Y(2025)]),
    F("$6.5 billion", 6.5e9, "$", "L", None, "provision for talc claims|provision|talc claims", None,
      "annual report", source_alt=["Brightwell"], period_alt=[Y(2025)]),
    F("2.9%", 2.9, "%", "C", "dn", "Brightwell's shares|shares", DAY(THU), None),
    F("$18.4 billion", 18.4e9, "$", "L", None, "Brightwell's revenue|revenue", Y(2025), None),
    F("less than 1%", 1, "%", "S", None, "talc products' share of sales|talc products|sales", Y(2025), None,
      period_alt=[None]),
])
