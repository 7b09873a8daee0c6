"""blind55 s5: hospital waiting lists, epidemiology, emissions, a heat record, a by-the-numbers list, a jobs table,
a minimum-wage decision, a defence budget, a transfer story with headline and deck, a weekly market wrap
(b55-41..b55-50)."""
from common import *

# ---------------------------------------------------------------- 41 NHS waiting list
P = "2026-01-10"  # Saturday
THU = last(P, "Thursday")
story("b55-41", P, """
The waiting list for routine hospital treatment in England fell to 7.28 million in November, its lowest level in almost three years, NHS England figures published on Thursday showed.

The list, which counts treatments rather than individual patients, was down 41,000 from October. An estimated 6.19 million people were waiting, some of them for more than one procedure.

Only 61.8% of patients had been waiting less than 18 weeks, well short of the constitutional standard of 92%, which has not been met since 2016. The government has set an interim target of 65% by March 2026.

The number of people waiting more than a year for treatment fell to 148,600, from 194,300 a year earlier.

In A&E, 73.2% of patients were seen within four hours in December, against a target of 78%, and 61,400 waited more than 12 hours from arrival.

"Progress is real but fragile, and winter has barely begun," said Dr Amara Finch, who chairs the Acute Care Forum, a doctors' group.

An average of 3,140 patients a day were in hospital with flu in the week to Jan. 4, nearly double the figure for the same week last year, NHS England said. Health officials urged eligible adults who had not yet been vaccinated to book a jab.
""", [
    F("7.28 million", 7.28e6, "#treatment", "L", "dn", "waiting list for routine hospital treatment|waiting list",
      "2025-11", "NHS England figures", source_alt=["NHS England", "figures"], unit_alt=["patient"]),
    F("41,000", 41000, "#treatment", "C", "dn", "waiting list for routine hospital treatment|waiting list", "2025-11",
      None, source_alt=["NHS England"]),
    F("An estimated 6.19 million", 6.19e6, "#person", "L", None, "people waiting for treatment|people", "2025-11",
      None, source_alt=["NHS England"], unit_alt=["patient"]),
    F("61.8%", 61.8, "%", "S", None, "patients waiting less than 18 weeks|patients", "2025-11", None,
      source_alt=["NHS England"]),
    F("92%", 92, "%", "S", None, "constitutional 18-week standard|standard", None, None, kind_alt=["level"],
      source_alt=["NHS England"]),
    F("65%", 65, "%", "S", None, "interim 18-week target|target", (None, "2026-03"), None, kind_alt=["level"],
      source_alt=["government"]),
    F("148,600", 148600, "#person", "L", "dn", "people waiting more than a year|people", "2025-11", None,
      source_alt=["NHS England"], unit_alt=["patient"]),
    F("194,300", 194300, "#person", "L", None, "people waiting more than a year|people", "2024-11", None,
      source_alt=["NHS England"], unit_alt=["patient"]),
    F("73.2%", 73.2, "%", "S", None, "A&E patients seen within four hours|patients", "2025-12", None,
      source_alt=["NHS England"]),
    F("78%", 78, "%", "S", None, "A&E four-hour target|target", None, None, kind_alt=["level"],
      source_alt=["NHS England"]),
    F("61,400", 61400, "#patient", "L", None, "A&E patients waiting more than 12 hours|patients", "2025-12", None,
      source_alt=["NHS England"]),
    F("3,140", 3140, "#patient", "L", None, "flu patients in hospital a day|patients|flu",
      (plus("2026-01-04", -6), "2026-01-04"), "NHS England"),
    X("nearly double", 2, "R", "up", "flu patients in hospital|patients|flu", (plus("2026-01-04", -6), "2026-01-04"),
      "NHS England", direction_alt=[None]),
], ex=["almost three years", "more than one procedure", "less than 18 weeks", "within four hours",
       "more than 12 hours"])

# ---------------------------------------------------------------- 42 dengue in Bangladesh
P = "2025-09-08"  # Monday
YTD = ("2025-01", "2025-09")
story("b55-42", P, """
Bangladesh has recorded 412 dengue deaths so far this year, the highest toll for the period since 2023, after 19 people died in the 24 hours to 8am on Monday, the Directorate General of Health Services said.

Hospitals admitted 1,126 dengue patients over the same period, taking the total for the year to 81,450. Around 42% of this year's cases have been in the capital, Dhaka, where two of the city's largest hospitals said their dengue wards were running at more than 150% of capacity.

The case fatality rate this year stands at 0.51%, up from 0.45% in 2024, according to the directorate's data. Children under 15 account for about one in five deaths.

Experts say the disease, once seasonal, now spreads year-round in Bangladesh because of warmer temperatures, unplanned urbanisation and poor drainage. The number of cases rose tenfold between 2019 and 2023, when a record 321,000 people were hospitalised and 1,705 died.

"We are seeing more severe cases, and patients are arriving late," said Dr Nusrat Jahan, a physician at a medical college hospital in Dhaka.

The World Health Organization estimates that about half of the world's population is now at risk of dengue, with 100 million to 400 million infections each year.
""", [
    F("412", 412, "#death", "L", "up", "dengue deaths in Bangladesh|dengue deaths|deaths", YTD,
      "Directorate General of Health Services", source_alt=["directorate"], period_alt=[("2025-01-01", P)],
      direction_alt=[None]),
    F("19", 19, "#person", "L", None, "people who died of dengue|deaths|people", (plus(P, -1), P),
      "Directorate General of Health Services", ctx="after 19 people", source_alt=["directorate"],
      unit_alt=["death"], period_alt=[DAY(P)]),
    F("1,126", 1126, "#patient", "L", None, "dengue patients admitted|patients", (plus(P, -1), P), None,
      source_alt=["Directorate General of Health Services"], period_alt=[DAY(P)]),
    F("81,450", 81450, "#patient", "L", "up", "dengue patients admitted this year|patients|total", YTD, None,
      source_alt=["Directorate General of Health Services"], period_alt=[("2025-01-01", P)], direction_alt=[None]),
    F("Around 42%", 42, "%", "S", None, "share of dengue cases in Dhaka|cases|Dhaka", YTD, None,
      source_alt=["Directorate General of Health Services"], period_alt=[("2025-01-01", P)]),
    F("more than 150%", 150, "%", "L", None, "dengue ward occupancy|capacity|wards", DAY(P), "hospitals",
      kind_alt=["share", "ratio"]),
    F("0.51%", 0.51, "%", "L", "up", "case fatality rate|rate", YTD, "directorate's data",
      source_alt=["directorate", "Directorate General of Health Services"], kind_alt=["share"],
      period_alt=[("2025-01-01", P)]),
    F("0.45%", 0.45, "%", "L", None, "case fatality rate|rate", Y(2024), "directorate's data",
      source_alt=["directorate", "Directorate General of Health Services"], kind_alt=["share"]),
    FR("about one in five", 1, 5, "S", None, "children's share of dengue deaths|deaths|children", YTD, None,
       source_alt=["Directorate General of Health Services"], period_alt=[("2025-01-01", P)]),
    X("tenfold", 10, "R", "up", "dengue cases|cases", ("2019-01", "2023-12"), None, source_alt=["experts"]),
    F("321,000", 321000, "#person", "L", None, "people hospitalised with dengue|people", Y(2023), None,
      unit_alt=["patient"]),
    F("1,705", 1705, "#death", "L", None, "dengue deaths|deaths", Y(2023), None, unit_alt=["person"]),
    FR("about half", 1, 2, "S", None, "world population at risk of dengue|world's population|population", None,
       "World Health Organization", source_alt=["WHO"]),
    F("100 million to 400 million", 100e6, "#infection", "L", None, "dengue infections each year|infections", None,
      "World Health Organization", value_hi=400e6, source_alt=["WHO"]),
], ex=["24 hours", "two of the city's largest", "under 15"])

# ---------------------------------------------------------------- 43 German emissions
P = "2026-03-14"  # Saturday
story("b55-43", P, """
Germany's greenhouse gas emissions fell 3.1% in 2025 to 627 million tonnes of carbon dioxide equivalent, the Federal Environment Agency (UBA) said on Friday, a smaller decline than in the previous two years as a cold winter and weak wind output increased the use of coal and gas.

Emissions are now 48.6% below 1990 levels, leaving the country needing to cut a further 16.4 percentage points in five years to meet its legally binding target of a 65% reduction by 2030.

The energy sector, the biggest source, cut emissions by 6.8% to 181 million tonnes, as solar generation hit a record. But emissions from buildings rose 2.4% to 104 million tonnes, and transport emissions were almost unchanged at 141 million tonnes, above the sector's annual limit of 123 million tonnes. Industry's output of greenhouse gases fell by about a twentieth.

"The trend is right, but the pace in transport and heating is not," said Jana Hollweg, a state secretary in the environment ministry.

The agency projects that on current policies Germany will reach a 63% reduction by 2030, missing its target by about 25 million tonnes.

Per person, Germans emitted about 7.4 tonnes last year, compared with an EU average of 6.3 tonnes, according to an analysis by the think tank Klimaforum Berlin.
""", [
    F("3.1%", 3.1, "%", "C", "dn", "Germany's greenhouse gas emissions|greenhouse gas emissions|emissions", Y(2025),
      "Federal Environment Agency", source_alt=["UBA", "agency"]),
    F("627 million tonnes", 627e6, "t", "L", "dn", "Germany's greenhouse gas emissions|greenhouse gas emissions|emissions",
      Y(2025), "Federal Environment Agency", source_alt=["UBA", "agency"], unit_alt=["tonne of CO2 equivalent"]),
    F("48.6%", 48.6, "%", "C", "dn", "emissions compared with 1990|emissions", Y(2025), None,
      source_alt=["Federal Environment Agency"], kind_alt=["level"], period_alt=[("1990-01", "2025-12"), DAY(P)]),
    F("16.4 percentage points", 16.4, "pp", "C", "dn", "further emissions cut needed|emissions|cut", (None, "2030-12"),
      None, source_alt=["Federal Environment Agency"], period_alt=[("2026-01", "2030-12")]),
    F("65%", 65, "%", "C", "dn", "legally binding emissions reduction target|target|reduction", (None, "2030-12"),
      None, source_alt=["Federal Environment Agency"]),
    F("6.8%", 6.8, "%", "C", "dn", "energy sector emissions|emissions|energy sector", Y(2025), None,
      source_alt=["Federal Environment Agency"]),
    F("181 million tonnes", 181e6, "t", "L", "dn", "energy sector emissions|emissions|energy sector", Y(2025), None,
      source_alt=["Federal Environment Agency"]),
    F("2.4%", 2.4, "%", "C", "up", "emissions from buildings|emissions|buildings", Y(2025), None,
      source_alt=["Federal Environment Agency"]),
    F("104 million tonnes", 104e6, "t", "L", "up", "emissions from buildings|emissions|buildings", Y(2025), None,
      source_alt=["Federal Environment Agency"]),
    F("141 million tonnes", 141e6, "t", "L", "unch", "transport emissions|emissions|transport", Y(2025), None,
      source_alt=["Federal Environment Agency"], direction_alt=[None]),
    F("123 million tonnes", 123e6, "t", "L", None, "transport sector's annual emissions limit|annual limit|limit",
      Y(2025), None, source_alt=["Federal Environment Agency"], period_alt=[None]),
    FR("about a twentieth", 1, 20, "C", "dn", "industry's greenhouse gas output|greenhouse gases|industry", Y(2025),
       None, source_alt=["Federal Environment Agency"]),
    F("63%", 63, "%", "C", "dn", "projected emissions reduction|reduction|emissions", (None, "2030-12"), "agency",
      source_alt=["Federal Environment Agency", "UBA"]),
    F("about 25 million tonnes", 25e6, "t", "L", None, "projected shortfall against the emissions target|target|shortfall",
      (None, "2030-12"), "agency", source_alt=["Federal Environment Agency", "UBA"]),
    F("about 7.4 tonnes", 7.4, "t", "L", None, "per capita emissions in Germany|emissions per person|Germans",
      Y(2025), "Klimaforum Berlin", source_alt=["analysis", "think tank"]),
    F("6.3 tonnes", 6.3, "t", "L", None, "EU average per capita emissions|EU average|average", Y(2025),
      "Klimaforum Berlin", source_alt=["analysis", "think tank"]),
], ex=["previous two years", "five years"])

# ---------------------------------------------------------------- 44 Spanish heat record
P = "2025-08-17"  # Sunday
SAT = last(P, "Saturday")
FRI = last(P, "Friday")
story("b55-44", P, """
Spain recorded its highest temperature on record on Saturday, when a weather station in Montoro, in the southern province of Cordoba, registered 47.9C (118.2F), the state meteorological agency AEMET said.

The reading beat the previous national record of 47.6C, set in La Rambla in August 2021, by 0.3 degrees. At least 31 of the country's 52 provincial capitals exceeded 40C on Saturday, provisional data showed.

The heatwave, now in its 11th day, is the longest since records began in 1975. AEMET said average temperatures across mainland Spain over the past week were 4.1C above normal for mid-August.

The health ministry's MoMo monitoring system estimated that 1,180 deaths could be attributed to high temperatures between Aug. 3 and Aug. 15, more than double the figure for the same period last year.

Wildfires have burned about 158,000 hectares (390,000 acres) so far this year, nearly three times the average for the same period over the past decade, according to the European Forest Fire Information System. Electricity demand peaked at 41,210 megawatts on Friday evening, the grid operator said.

"We are living in a climate that our buildings and our cities were not designed for," said Ana Lucia Serrano, a climatologist at the University of Seville.

Temperatures are forecast to ease by 5 to 8 degrees from Tuesday as cooler Atlantic air arrives.
""", [
    F("47.9C", 47.9, "C", "L", "up", "highest temperature on record in Spain|temperature", DAY(SAT), "AEMET",
      source_alt=["agency"], direction_alt=[None]),
    F("118.2F", 118.2, "F", "L", "up", "highest temperature on record in Spain|temperature", DAY(SAT), "AEMET",
      source_alt=["agency"], direction_alt=[None]),
    F("47.6C", 47.6, "C", "L", None, "previous national temperature record|record|temperature", "2021-08", None,
      source_alt=["AEMET"]),
    F("0.3 degrees", 0.3, "C", "C", "up", "national temperature record|record|temperature", DAY(SAT), None,
      source_alt=["AEMET"], direction_alt=[None]),
    F("At least 31", 31, "#provincial capital", "L", None, "provincial capitals above 40C|provincial capitals|capitals",
      DAY(SAT), "provisional data", source_alt=["AEMET", "data"]),
    F("52", 52, "#provincial capital", "L", None, "Spain's provincial capitals|provincial capitals|capitals", None,
      None),
    F("4.1C", 4.1, "C", "C", "up", "average temperatures across mainland Spain|temperatures", (plus(SAT, -6), SAT),
      "AEMET", kind_alt=["level"], period_alt=[(plus(P, -6), P), (plus(P, -7), plus(P, -1))]),
    F("1,180", 1180, "#death", "L", None, "deaths attributed to high temperatures|deaths", ("2025-08-03", "2025-08-15"),
      "MoMo monitoring system", source_alt=["health ministry", "MoMo"]),
    X("more than double", 2, "R", "up", "heat-related deaths|deaths", ("2025-08-03", "2025-08-15"),
      "MoMo monitoring system", source_alt=["health ministry", "MoMo"], direction_alt=[None]),
    F("about 158,000 hectares", 158000, "hectare", "L", None, "area burned by wildfires|wildfires|area",
      ("2025-01", "2025-08"), "European Forest Fire Information System", source_alt=["EFFIS"],
      period_alt=[("2025-01-01", P)]),
    F("390,000 acres", 390000, "acre", "L", None, "area burned by wildfires|wildfires|area", ("2025-01", "2025-08"),
      "European Forest Fire Information System", source_alt=["EFFIS"], period_alt=[("2025-01-01", P)]),
    X("nearly three times", 3, "R", None, "area burned compared with the decade average|wildfires|area",
      ("2025-01", "2025-08"), "European Forest Fire Information System", source_alt=["EFFIS"],
      direction_alt=["increase"], period_alt=[("2025-01-01", P)]),
    F("41,210 megawatts", 41210, "MW", "L", None, "peak electricity demand|electricity demand|demand", DAY(FRI),
      "grid operator", source_alt=["operator"]),
    F("5 to 8 degrees", 5, "C", "C", "dn", "temperatures", (nxt(P, "Tuesday"), None), None, value_hi=8,
      period_alt=[DAY(nxt(P, "Tuesday"))]),
], ex=["11th day", "exceeded 40C"])

# ---------------------------------------------------------------- 45 by the numbers: chunyun
P = "2026-02-09"  # Monday
CY = ("2026-02-02", "2026-03-13")
story("b55-45", P, """
BY THE NUMBERS: China's Lunar New Year travel rush

China's annual Spring Festival travel season, known as chunyun, began on Feb. 2 and runs for 40 days until March 13. Key figures from official forecasts and data released so far:

- 9.5 billion: cross-regional trips expected over the 40-day period, up about 4% on last year's record, according to the Ministry of Transport. Roughly four in five will be made by car.

- 540 million: passenger trips forecast on the national railway, including a record 14.6 million on the busiest day, China State Railway Group said.

- 90 million: air passengers expected, with more than 2,400 international flights a week scheduled during the holiday.

- 3: the number of extra days off workers get this year, after the official holiday was lengthened to nine days.

- 51,000 km: length of China's high-speed rail network at the end of 2025, up from about 38,000 km in 2020.

- 32%: share of new-energy vehicles among cars charging at expressway service stations on the first weekend of the season, up from 21% a year earlier, according to the State Grid.

- 1 in 3: travellers who said they planned a "reverse" trip, with parents visiting children in big cities, according to a survey by online travel agency Tuqu.

- 626 yuan: price of a second-class ticket on the fastest Beijing-Shanghai trains.
""", [
    F("40 days", 40, "d", "L", None, "length of the chunyun travel season|travel season|chunyun", CY, None,
      period_alt=[None]),
    F("9.5 billion", 9.5e9, "#trip", "L", None, "cross-regional trips|trips", CY, "Ministry of Transport",
      source_alt=["ministry"]),
    F("about 4%", 4, "%", "C", "up", "cross-regional trips|trips", CY, "Ministry of Transport",
      source_alt=["ministry"]),
    FR("Roughly four in five", 4, 5, "S", None, "trips made by car|trips", CY, None,
       source_alt=["Ministry of Transport"]),
    F("540 million", 540e6, "#trip", "L", None, "railway passenger trips|passenger trips|trips", CY,
      "China State Railway Group", source_alt=["railway"]),
    F("14.6 million", 14.6e6, "#trip", "L", None, "railway trips on the busiest day|trips", None,
      "China State Railway Group", source_alt=["railway"], period_alt=[CY]),
    F("90 million", 90e6, "#passenger", "L", None, "air passengers|passengers", CY, None,
      source_alt=["official forecasts"]),
    F("more than 2,400", 2400, "#flight", "L", None, "international flights a week|flights", CY, None,
      source_alt=["official forecasts"]),
    F("3", 3, "#day", "L", None, "extra days off|days off|days", Y(2026), None, ctx="- 3:",
      kind_alt=["change"], period_alt=[None]),
    F("nine days", 9, "d", "L", "up", "official Spring Festival holiday|holiday", Y(2026), None, period_alt=[None]),
    F("51,000 km", 51000, "km", "L", "up", "China's high-speed rail network|high-speed rail network|network", "2025-12",
      None, period_alt=[DAY("2025-12-31"), Y(2025)], direction_alt=[None]),
    F("about 38,000 km", 38000, "km", "L", None, "China's high-speed rail network|high-speed rail network|network",
      Y(2020), None),
    F("32%", 32, "%", "S", "up", "new-energy vehicles' share of cars charging at service stations|cars|new-energy vehicles",
      ("2026-02-07", "2026-02-08"), "State Grid", direction_alt=[None]),
    F("21%", 21, "%", "S", None, "new-energy vehicles' share of cars charging at service stations|cars|new-energy vehicles",
      None, "State Grid", period_alt=[Y(2025)]),
    FR("1 in 3", 1, 3, "S", None, "travellers planning a reverse trip|travellers", CY, "Tuqu",
       source_alt=["survey"], period_alt=[None]),
    F("626 yuan", 626, "yuan", "L", None, "second-class ticket on the fastest Beijing-Shanghai trains|ticket|price", None,
      None),
], ex=["40-day"])

# ---------------------------------------------------------------- 46 Spain jobs with a table
P = "2026-04-29"  # Wednesday
Q1 = Q(2026, 1)
story("b55-46", P, """
Spain's unemployment rate rose to 10.9% in the first quarter from 10.4% in the last three months of 2025, as the end of the Christmas season and heavy rain hit hiring in services and construction, the National Statistics Institute (INE) said on Tuesday.

The number of unemployed rose by 118,300 to 2.69 million, while employment fell by 92,600 to 22.31 million. Compared with a year earlier, however, 512,000 more people were in work, a rise of 2.3%. Youth unemployment stood at 24.8%.

Regional unemployment rates, first quarter 2026 (change from a year earlier, in percentage points):

Andalusia 15.6% (-1.4)
Extremadura 15.1% (-0.8)
Canary Islands 13.2% (-2.1)
Catalonia 8.4% (-0.5)
Madrid 8.1% (+0.2)
Basque Country 7.2% (-0.3)

Lucia Arrieta, secretary of state for the economy, wrote on social media that the figures reflected "seasonal noise" and that employment would grow by about 450,000 this year.

Spain's jobless rate, still the highest in the European Union, compares with a euro zone average of 6.2%, according to Eurostat. The government aims to bring it below 8% by 2030.
""", [
    F("10.9%", 10.9, "%", "L", "up", "Spain's unemployment rate|unemployment rate|rate", Q1,
      "National Statistics Institute", source_alt=["INE"]),
    F("10.4%", 10.4, "%", "L", None, "Spain's unemployment rate|unemployment rate|rate", Q(2025, 4),
      "National Statistics Institute", source_alt=["INE"]),
    F("118,300", 118300, "#person", "C", "up", "number of unemployed|unemployed", Q1, None, source_alt=["INE"]),
    F("2.69 million", 2.69e6, "#person", "L", "up", "number of unemployed|unemployed", Q1, None, source_alt=["INE"]),
    F("92,600", 92600, "#person", "C", "dn", "employment", Q1, None, source_alt=["INE"], unit_alt=["job"]),
    F("22.31 million", 22.31e6, "#person", "L", "dn", "employment", Q1, None, source_alt=["INE"], unit_alt=["job"]),
    F("512,000", 512000, "#person", "C", "up", "people in work|employment", Q1, None, source_alt=["INE"]),
    F("2.3%", 2.3, "%", "C", "up", "people in work|employment", Q1, None, source_alt=["INE"]),
    F("24.8%", 24.8, "%", "L", None, "youth unemployment|youth unemployment rate", Q1, None, source_alt=["INE"]),
    F("15.6%", 15.6, "%", "L", None, "Andalusia unemployment rate|unemployment rate|Andalusia", Q1, None,
      source_alt=["INE"]),
    F("-1.4", -1.4, "pp", "C", "dn", "Andalusia unemployment rate|unemployment rate|Andalusia", Q1, None,
      source_alt=["INE"], value_alt=[1.4]),
    F("15.1%", 15.1, "%", "L", None, "Extremadura unemployment rate|unemployment rate|Extremadura", Q1, None,
      source_alt=["INE"]),
    F("-0.8", -0.8, "pp", "C", "dn", "Extremadura unemployment rate|unemployment rate|Extremadura", Q1, None,
      source_alt=["INE"], value_alt=[0.8]),
    F("13.2%", 13.2, "%", "L", None, "Canary Islands unemployment rate|unemployment rate|Canary Islands", Q1, None,
      source_alt=["INE"]),
    F("-2.1", -2.1, "pp", "C", "dn", "Canary Islands unemployment rate|unemployment rate|Canary Islands", Q1, None,
      source_alt=["INE"], value_alt=[2.1]),
    F("8.4%", 8.4, "%", "L", None, "Catalonia unemployment rate|unemployment rate|Catalonia", Q1, None,
      source_alt=["INE"]),
    F("-0.5", -0.5, "pp", "C", "dn", "Catalonia unemployment rate|unemployment rate|Catalonia", Q1, None,
      source_alt=["INE"], value_alt=[0.5]),
    F("8.1%", 8.1, "%", "L", None, "Madrid unemployment rate|unemployment rate|Madrid", Q1, None, source_alt=["INE"]),
    F("+0.2", 0.2, "pp", "C", "up", "Madrid unemployment rate|unemployment rate|Madrid", Q1, None,
      source_alt=["INE"]),
    F("7.2%", 7.2, "%", "L", None, "Basque Country unemployment rate|unemployment rate|Basque Country", Q1, None,
      source_alt=["INE"]),
    F("-0.3", -0.3, "pp", "C", "dn", "Basque Country unemployment rate|unemployment rate|Basque Country", Q1, None,
      source_alt=["INE"], value_alt=[0.3]),
    F("about 450,000", 450000, "#person", "C", "up", "employment", Y(2026), "Lucia Arrieta",
      source_alt=["Arrieta"], unit_alt=["job"]),
    F("6.2%", 6.2, "%", "L", None, "euro zone average unemployment rate|euro zone average|average", None, "Eurostat"),
    F("below 8%", 8, "%", "L", "dn", "Spain's jobless rate|jobless rate|rate", (None, "2030-12"), None,
      source_alt=["government"], direction_alt=[None]),
], ex=["first quarter", "last three months"])

# ---------------------------------------------------------------- 47 Korean minimum wage
P = "2025-07-12"  # Saturday
FRI = last(P, "Friday")
story("b55-47", P, """
South Korea's minimum wage will rise 3.5% next year to 10,440 won an hour, after the Minimum Wage Commission reached a decision early on Friday following 14 hours of talks that ran past midnight.

The increase, worth 350 won an hour, was approved by a vote of 17 to 9 among the commission's 27 members, with one abstention, the commission said. Labour representatives had sought 11,500 won, an increase of 14%, while employers had proposed freezing the wage at this year's 10,090 won.

Based on a 209-hour working month, the new wage is equivalent to 2,181,960 won a month, the commission said.

About 3.1 million workers, or roughly one in seven employees, will be directly affected, according to estimates by the labour ministry.

Small business owners, who account for about a quarter of the workforce, said the increase would force them to cut hours or staff. "For a convenience store owner with a few part-timers, this is another 700,000 won a month," said Lee Sang-woo, who heads an association of franchise owners.

The minimum wage has risen about 56% since 2017, when it stood at 6,470 won. Unions said this year's increase barely kept pace with inflation and called it "a pay cut in disguise" for low-income workers.
""", [
    F("3.5%", 3.5, "%", "C", "up", "South Korea's minimum wage|minimum wage|wage", Y(2026), None,
      source_alt=["Minimum Wage Commission", "commission"]),
    F("10,440 won", 10440, "W", "L", "up", "South Korea's minimum wage|minimum wage|wage", Y(2026), None,
      source_alt=["Minimum Wage Commission", "commission"], unit_alt=["won per hour"]),
    F("14 hours", 14, "h", "L", None, "length of the talks|talks", DAY(FRI), None, period_alt=[None]),
    F("350 won", 350, "W", "C", "up", "minimum wage increase|increase|minimum wage", Y(2026), "commission",
      source_alt=["Minimum Wage Commission"], unit_alt=["won per hour"]),
    F("17", 17, "#vote", "L", None, "commission votes in favour|votes", DAY(FRI), "commission",
      ctx="vote of 17", source_alt=["Minimum Wage Commission"]),
    F("9", 9, "#vote", "L", None, "commission votes against|votes", DAY(FRI), "commission", ctx="17 to 9",
      source_alt=["Minimum Wage Commission"]),
    F("27", 27, "#member", "L", None, "commission members|members", None, "commission", ctx="27 members",
      source_alt=["Minimum Wage Commission"]),
    F("one", 1, "#abstention", "L", None, "abstentions", DAY(FRI), "commission", ctx="one abstention",
      source_alt=["Minimum Wage Commission"]),
    F("11,500 won", 11500, "W", "L", None, "minimum wage sought by labour representatives|minimum wage|wage", Y(2026),
      None, source_alt=["labour representatives"], unit_alt=["won per hour"]),
    F("14%", 14, "%", "C", "up", "minimum wage sought by labour representatives|minimum wage|wage", Y(2026), None,
      source_alt=["labour representatives"]),
    F("10,090 won", 10090, "W", "L", "unch", "minimum wage|wage", Y(2025), None, source_alt=["employers"],
      unit_alt=["won per hour"], direction_alt=[None]),
    F("2,181,960 won", 2181960, "W", "L", None, "monthly minimum wage|minimum wage|wage", Y(2026), "commission",
      source_alt=["Minimum Wage Commission"], unit_alt=["won per month"]),
    F("About 3.1 million", 3.1e6, "#worker", "L", None, "workers directly affected|workers", Y(2026),
      "labour ministry", source_alt=["estimates", "ministry"], period_alt=[None]),
    FR("roughly one in seven", 1, 7, "S", None, "employees directly affected|employees", Y(2026), "labour ministry",
       source_alt=["estimates", "ministry"], period_alt=[None]),
    FR("about a quarter", 1, 4, "S", None, "small business owners' share of the workforce|workforce|small business owners",
       None, None, source_alt=["small business owners"]),
    F("700,000 won", 700000, "W", "C", "up", "convenience store owner's wage bill|wage bill|cost", Y(2026),
      "Lee Sang-woo", source_alt=["Lee"], unit_alt=["won per month"], period_alt=[None], kind_alt=["level"]),
    F("about 56%", 56, "%", "C", "up", "minimum wage|wage", ("2017-01", "2025-12"), None,
      period_alt=[("2017-01", P), ("2017-01", "2026-12")]),
    F("6,470 won", 6470, "W", "L", None, "minimum wage|wage", Y(2017), None, unit_alt=["won per hour"]),
], ex=["209-hour"])

# ---------------------------------------------------------------- 48 Japan defence budget
P = "2025-12-27"  # Saturday
FY26 = ("2026-04", "2027-03")
FY25 = ("2025-04", "2026-03")
story("b55-48", P, """
Japan's cabinet on Friday approved a record defence budget of 9.04 trillion yen ($57.9 billion) for the fiscal year starting in April, up 4.9% from the current year, as Tokyo pushes ahead with a five-year military build-up aimed at deterring China.

The spending is part of a 122.3 trillion yen overall budget for fiscal 2026, also a record, the Finance Ministry said. Debt-servicing costs are set to jump 11.2% to 31.3 trillion yen as interest rates rise, and will account for about a quarter of total spending.

Under the build-up plan adopted in 2022, Japan aims to spend a total of 43 trillion yen on defence over the five years to March 2028, and to raise combined defence and related spending to 2% of gross domestic product by fiscal 2027. Officials said combined spending would reach about 1.9% of GDP next fiscal year.

The defence budget includes 1.1 trillion yen to acquire long-range stand-off missiles and 312 billion yen for drones, a 2.7-fold increase from this year.

New bond issuance will total 29.6 trillion yen, down from 31.5 trillion yen, lowering the share of spending funded by debt to 24.2%, the lowest in 17 years.

"The security environment is the most severe since the end of the war," a senior defence ministry official told reporters. Parliament must still approve the budget.
""", [
    F("9.04 trillion yen", 9.04e12, "¥", "L", "up", "Japan's defence budget|defence budget|budget", FY26, None,
      source_alt=["cabinet"], direction_alt=[None]),
    F("$57.9 billion", 57.9e9, "$", "L", "up", "Japan's defence budget|defence budget|budget", FY26, None,
      source_alt=["cabinet"], direction_alt=[None]),
    F("4.9%", 4.9, "%", "C", "up", "Japan's defence budget|defence budget|budget", FY26, None, source_alt=["cabinet"]),
    F("122.3 trillion yen", 122.3e12, "¥", "L", None, "overall budget|budget", FY26, "Finance Ministry",
      source_alt=["ministry"], direction_alt=["increase"]),
    F("11.2%", 11.2, "%", "C", "up", "debt-servicing costs|costs", FY26, None, source_alt=["Finance Ministry"]),
    F("31.3 trillion yen", 31.3e12, "¥", "L", "up", "debt-servicing costs|costs", FY26, None,
      source_alt=["Finance Ministry"]),
    FR("about a quarter", 1, 4, "S", None, "debt-servicing share of total spending|total spending|debt-servicing costs",
       FY26, None, source_alt=["Finance Ministry"]),
    F("43 trillion yen", 43e12, "¥", "L", None, "defence spending under the build-up plan|defence spending|defence",
      ("2023-04", "2028-03"), None, source_alt=["Japan", "government"]),
    F("2%", 2, "%", "L", "up", "combined defence and related spending as a share of GDP|combined spending|spending",
      (None, "2028-03"), None, ctx="to 2% of gross", source_alt=["Japan", "government"], kind_alt=["share"], direction_alt=[None],
      period_alt=[("2027-04", "2028-03")]),
    F("about 1.9%", 1.9, "%", "L", None, "combined defence and related spending as a share of GDP|combined spending|spending",
      FY26, "officials", kind_alt=["share"]),
    F("1.1 trillion yen", 1.1e12, "¥", "L", None, "spending on long-range stand-off missiles|missiles|spending", FY26,
      None),
    F("312 billion yen", 312e9, "¥", "L", "up", "spending on drones|drones|spending", FY26, None,
      direction_alt=[None]),
    X("2.7-fold", 2.7, "R", "up", "spending on drones|drones|spending", FY26, None),
    F("29.6 trillion yen", 29.6e12, "¥", "L", "dn", "new bond issuance|bond issuance|issuance", FY26, None,
      source_alt=["Finance Ministry"]),
    F("31.5 trillion yen", 31.5e12, "¥", "L", None, "new bond issuance|bond issuance|issuance", FY25, None,
      source_alt=["Finance Ministry"]),
    F("24.2%", 24.2, "%", "S", "dn", "share of spending funded by debt|spending|share", FY26, None,
      source_alt=["Finance Ministry"]),
], ex=["five-year", "five years to March", "17 years"])

# ---------------------------------------------------------------- 49 transfer story with headline and deck
P = "2025-09-01"  # Monday
SUMMER = ("2025-06", "2025-09")
story("b55-49", P, """
Villa break record with £92m Kessler deal as deadline day frenzy begins

Striker signs six-year contract; fee could rise to £105m with add-ons

Aston Villa have signed Germany striker Jonas Kessler from Eintracht Frankfurt for an initial £92 million, a club record, on the final day of the Premier League's summer transfer window.

The fee, which could rise by a further £13 million in performance-related add-ons, surpasses the £59 million Villa paid for midfielder Rui Batalha in 2024. Kessler, 23, has signed a six-year contract worth £210,000 a week, according to people with knowledge of the terms.

Kessler scored 27 goals in 44 appearances in all competitions last season, including 19 in the Bundesliga. Frankfurt, who signed him from an Austrian club for 8.5 million euros in 2023, will pass on 10% of their profit under a sell-on clause.

Premier League clubs have spent £2.87 billion so far this summer, eclipsing the previous record of £2.36 billion set in 2023, according to financial advisory firm Harcourt Sports Finance. More than half of that spending has come from six clubs.

"He is the kind of player who changes a season," said Villa's head of recruitment, Maria Lindholm. "We have watched him for three years."

The window closes at 7pm.
""", [
    F("£92m", 92e6, "£", "L", None, "Kessler transfer fee|fee|deal", DAY(P), None, source_alt=["Aston Villa"],
      period_alt=[None]),
    F("six-year", 6, "yr", "L", None, "Kessler's contract|contract", None, None, ctx="Striker signs six-year",
      source_alt=["Aston Villa"]),
    F("£105m", 105e6, "£", "L", None, "Kessler transfer fee with add-ons|fee", None, None,
      source_alt=["Aston Villa"]),
    F("£92 million", 92e6, "£", "L", None, "initial transfer fee for Kessler|fee", DAY(P), None,
      source_alt=["Aston Villa"], period_alt=[None]),
    F("£13 million", 13e6, "£", "L", None, "performance-related add-ons|add-ons|fee", None, None,
      kind_alt=["change"], direction_alt=["increase"]),
    F("£59 million", 59e6, "£", "L", None, "fee Villa paid for Rui Batalha|fee", Y(2024), None),
    AGE("23", 23, "Jonas Kessler", ctx="Kessler, 23,", alts="Kessler"),
    F("six-year", 6, "yr", "L", None, "Kessler's contract|contract", None, "people with knowledge of the terms",
      ctx="a six-year contract", source_alt=["people"]),
    F("£210,000 a week", 210000, "£", "L", None, "Kessler's wages|contract|wages", None,
      "people with knowledge of the terms", source_alt=["people"], unit_alt=["GBP per week"]),
    F("27", 27, "#goal", "L", None, "Kessler's goals|goals", ("2024-08", "2025-05"), None, ctx="scored 27 goals",
      period_alt=[("2024-07", "2025-06")]),
    F("44", 44, "#appearance", "L", None, "Kessler's appearances|appearances", ("2024-08", "2025-05"), None,
      period_alt=[("2024-07", "2025-06")]),
    F("19", 19, "#goal", "L", None, "Kessler's Bundesliga goals|goals", ("2024-08", "2025-05"), None,
      ctx="including 19 in", period_alt=[("2024-07", "2025-06")]),
    F("8.5 million euros", 8.5e6, "€", "L", None, "fee Frankfurt paid for Kessler|fee", Y(2023), None),
    F("10%", 10, "%", "S", None, "sell-on share of Frankfurt's profit|profit|sell-on clause", None, None),
    F("£2.87 billion", 2.87e9, "£", "L", "up", "Premier League clubs' transfer spending|spending", SUMMER,
      "Harcourt Sports Finance", direction_alt=[None], period_alt=[("2025-06", P)]),
    F("£2.36 billion", 2.36e9, "£", "L", None, "previous record transfer spending|record|spending", Y(2023),
      "Harcourt Sports Finance", period_alt=[("2023-06", "2023-09")]),
    FR("More than half", 1, 2, "S", None, "share of spending from six clubs|spending", SUMMER, None,
       source_alt=["Harcourt Sports Finance"], period_alt=[("2025-06", P)]),
    F("six", 6, "#club", "L", None, "clubs accounting for most spending|clubs", SUMMER, None, ctx="from six clubs",
      source_alt=["Harcourt Sports Finance"], period_alt=[("2025-06", P)]),
    F("three years", 3, "yr", "L", None, "Villa's scouting of Kessler|scouting", None, "Maria Lindholm",
      source_alt=["Lindholm"]),
])

# ---------------------------------------------------------------- 50 Asian markets weekly wrap
P = "2026-10-17"  # Saturday
MON, TUE, WED, THU, FRI = (last(P, d_) for d_ in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
WK = (MON, FRI)
story("b55-50", P, """
Asian stocks posted their biggest weekly gain in three months as a rally in chipmakers offset jitters over Chinese property developers.

MSCI's broadest index of Asia-Pacific shares outside Japan rose 3.4% over the week, its best performance since July. Japan's Nikkei 225 climbed 2.8% to 49,212.60 points, after touching a record intraday high of 49,780.15 on Thursday.

South Korea's Kospi jumped 4.1% for the week, led by a 9.6% rise in Hanseong Semiconductor, which on Tuesday reported a tripling of quarterly operating profit to 12.4 trillion won. Foreign investors bought a net 5.2 trillion won of Korean shares over the five sessions, according to exchange data.

In China, the CSI 300 index of Shanghai and Shenzhen blue chips fell 1.2% on Wednesday after developer Huaxin Land missed a coupon payment on a $750 million bond, before recovering to end the week 0.4% higher. Hong Kong's Hang Seng added 1.9%.

The yen weakened past 152 per dollar on Monday for the first time since February. Japan's top currency diplomat warned on Friday against rapid moves.

India's Nifty 50 was the laggard, slipping 0.7% as foreign funds sold a net $1.3 billion of Indian equities between Monday and Thursday, provisional data showed.

"Momentum is with the tech names, but a lot of good news is priced in," said Kenji Araki, chief strategist at Kotobuki Asset Management in Tokyo.
""", [
    F("3.4%", 3.4, "%", "C", "up", "MSCI's broadest index of Asia-Pacific shares outside Japan|MSCI index|index", WK,
      None, period_alt=[(plus(P, -6), P)]),
    F("2.8%", 2.8, "%", "C", "up", "Japan's Nikkei 225|Nikkei", WK, None, period_alt=[(plus(P, -6), P)]),
    F("49,212.60 points", 49212.6, "point", "L", "up", "Japan's Nikkei 225|Nikkei", DAY(FRI), None,
      period_alt=[WK]),
    F("49,780.15", 49780.15, "point", "L", None, "Nikkei record intraday high|record|Nikkei", DAY(THU), None),
    F("4.1%", 4.1, "%", "C", "up", "South Korea's Kospi|Kospi", WK, None, period_alt=[(plus(P, -6), P)]),
    F("9.6%", 9.6, "%", "C", "up", "Hanseong Semiconductor shares|Hanseong Semiconductor|shares", WK, None,
      period_alt=[(plus(P, -6), P)]),
    X("a tripling", 3, "R", "up", "Hanseong Semiconductor's quarterly operating profit|operating profit|profit",
      Q(2026, 3), "Hanseong Semiconductor"),
    F("12.4 trillion won", 12.4e12, "W", "L", "up",
      "Hanseong Semiconductor's quarterly operating profit|operating profit|profit", Q(2026, 3),
      "Hanseong Semiconductor"),
    F("5.2 trillion won", 5.2e12, "W", "L", None, "net foreign buying of Korean shares|foreign investors|Korean shares",
      WK, "exchange data", source_alt=["exchange"], kind_alt=["change"]),
    F("1.2%", 1.2, "%", "C", "dn", "CSI 300 index|CSI 300|index", DAY(WED), None),
    F("$750 million", 750e6, "$", "L", None, "Huaxin Land bond|bond", None, None),
    F("0.4%", 0.4, "%", "C", "up", "CSI 300 index|CSI 300|index", WK, None, period_alt=[(plus(P, -6), P)]),
    F("1.9%", 1.9, "%", "C", "up", "Hong Kong's Hang Seng|Hang Seng", WK, None, period_alt=[(plus(P, -6), P)]),
    F("152", 152, "¥", "L", "dn", "yen|yen per dollar", DAY(MON), None, unit_alt=["yen per dollar"],
      direction_alt=["increase"]),
    F("0.7%", 0.7, "%", "C", "dn", "India's Nifty 50|Nifty", WK, None, period_alt=[(plus(P, -6), P)]),
    F("$1.3 billion", 1.3e9, "$", "L", None, "net foreign selling of Indian equities|foreign funds|Indian equities",
      (MON, THU), "provisional data", source_alt=["data"], kind_alt=["change"]),
], ex=["three months", "Nikkei 225", "five sessions", "CSI 300", "Nifty 50"])
