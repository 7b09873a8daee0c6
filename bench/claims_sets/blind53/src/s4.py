"""blind53 stories 31-40: weather, climate, health, a correction, a Q&A and a factbox."""
from common import *

# ---------------------------------------------------------------- 31 Indian heatwave (Celsius, IMD)
PUB = "2026-05-27"
tue = last(PUB, "Tuesday")
IMD = "India Meteorological Department"
story("b53-31", PUB, """
Temperatures in Delhi soared to 46.8 degrees Celsius on Tuesday, the highest in the capital this year and 5.2 degrees above normal, as a severe heatwave gripped much of north India, the India Meteorological Department said.

The highest temperature in the country, 48.3 degrees, was recorded at Sri Ganganagar in Rajasthan. The IMD expects heatwave conditions to continue for at least three more days, with some relief likely from Saturday as pre-monsoon showers arrive.

Delhi's peak power demand hit a record 8,642 megawatts on Tuesday afternoon, up from the previous high of 8,451 MW set last June, according to the State Load Despatch Centre.

At least 14 deaths in Rajasthan and Uttar Pradesh have been attributed to heatstroke since May 15, state officials said. Hospitals in Delhi reported a near three-fold rise in heat-related admissions over the past week.

The night offered little respite: the minimum temperature at Safdarjung was 31.4 degrees, the warmest May night in 12 years.
""", [
    F("46.8 degrees Celsius", 46.8, "C", "L", "up", "Delhi temperature|temperature|temperatures", tue, IMD,
      source_alt=["IMD"]),
    F("5.2 degrees", 5.2, "C", "C", "up", "Delhi temperature|temperature", tue, IMD, kind_alt=["level"],
      source_alt=["IMD"], unit_alt=["degree"]),
    F("48.3 degrees", 48.3, "C", "L", None, "highest temperature|temperature", tue, None, source_alt=[IMD, "IMD"],
      unit_alt=["degree"]),
    F("three", 3, "day", "L", None, "heatwave duration|heatwave|days", (PUB, plus(PUB, 3)), "IMD",
      ctx="three more days", unit_alt=["count"], source_alt=[IMD], period_alt=[None]),
    F("8,642 megawatts", 8642, "megawatt", "L", "up", "Delhi peak power demand|peak power demand|power demand|demand", tue,
      "State Load Despatch Centre", unit_alt=["MW"], direction_alt=[None]),
    F("8,451 MW", 8451, "megawatt", "L", None, "previous peak power demand|peak power demand|power demand|demand",
      M(2025, 6), "State Load Despatch Centre", unit_alt=["MW"]),
    F("14", 14, "#death", "L", None, "heatstroke deaths|deaths", ("2026-05-15", PUB), "state officials",
      source_alt=["officials"], period_alt=[("2026-05", "2026-05")]),
    F("three-fold", 3, None, "R", "up", "heat-related hospital admissions|admissions|heat-related admissions",
      (plus(PUB, -7), PUB), "hospitals", unit_alt=["times"], direction_alt=[None], source_alt=["Delhi hospitals"],
      period_alt=[None]),
    F("31.4 degrees", 31.4, "C", "L", None, "minimum temperature|temperature|Safdarjung", (plus(tue, 0), PUB), None,
      unit_alt=["degree"], period_alt=[tue, PUB]),
], ex=["12 years", "past week"])

# ---------------------------------------------------------------- 32 US cold snap (Fahrenheit, wind chill)
PUB = "2026-01-23"
nf = nxt(PUB, "Sunday")
NWS = "National Weather Service"
story("b53-32", PUB, """
Forecasters warned on Friday that an Arctic blast would send temperatures across the upper Midwest to minus 25 degrees Fahrenheit by Sunday morning, with wind chills as low as minus 50, cold enough to cause frostbite on exposed skin in 10 minutes.

About 82 million people in 21 states were under cold weather alerts, the National Weather Service said. In Chicago, the high on Sunday is forecast to reach just 2 degrees, about 30 degrees below normal for late January.

Gas utilities asked customers to set thermostats at 65F or lower. Natural gas futures for February delivery jumped 9% to $4.87 per million British thermal units, their highest since December 2022.

"Check on your neighbours, especially the elderly," said Minneapolis Mayor Kari Lundqvist, who opened 14 warming centres with room for about 1,100 people.

More than 1,900 flights had been cancelled for the weekend by Friday evening, according to tracking site FlightWatch.
""", [
    F("minus 25 degrees Fahrenheit", -25, "F", "L", "dn", "temperatures|temperature", nf, "forecasters"),
    F("minus 50", -50, "F", "L", None, "wind chills|wind chill", nf, "forecasters", unit_alt=["degree"]),
    F("10 minutes", 10, "minute", "L", None, "time to frostbite|frostbite", None, "forecasters"),
    F("82 million", 82e6, "#person", "L", None, "people under cold weather alerts|people|alerts", PUB, NWS,
      unit_alt=["people"], source_alt=["Weather Service"]),
    F("21", 21, "#state", "L", None, "states under alerts|states", PUB, NWS, source_alt=["Weather Service"]),
    F("2 degrees", 2, "F", "L", None, "Chicago high temperature|high|temperature", nf, None, unit_alt=["degree"]),
    F("30 degrees", 30, "F", "C", "dn", "Chicago high temperature|high|temperature", nf, None, kind_alt=["level"],
      unit_alt=["degree"]),
    F("65F", 65, "F", "L", None, "thermostat setting|thermostats", None, "gas utilities", source_alt=["utilities"]),
    F("9%", 9, "%", "C", "up", "natural gas futures|gas futures|natural gas", PUB, None),
    F("$4.87", 4.87, "$", "L", "up", "natural gas futures|gas futures|natural gas", PUB, None),
    F("14", 14, "#warming centre", "L", None, "warming centres|centres", None, None,
      source_alt=["Kari Lundqvist"], unit_alt=["warming center", "centre"], period_alt=[PUB]),
    F("1,100", 1100, "#person", "L", None, "warming centre capacity|capacity|people", None, None,
      source_alt=["Kari Lundqvist"], unit_alt=["people"], period_alt=[PUB]),
    F("1,900", 1900, "#flight", "L", None, "cancelled flights|flights", (PUB, nf), "FlightWatch",
      source_alt=["tracking site"], period_alt=[PUB]),
], ex=[])

# ---------------------------------------------------------------- 33 global temperature report (1.5C)
PUB = "2026-03-23"
WMO = "World Meteorological Organization"
story("b53-33", PUB, """
The global average surface temperature in 2025 was 1.48C above the pre-industrial level, making it the second-warmest year on record, the World Meteorological Organization said on Monday.

That was just below the record of 1.55C set in 2024, and the 2023-2025 period was the first three-year stretch to average more than 1.5C of warming, the agency said in its annual State of the Global Climate report.

Ocean heat content reached a new high, and sea levels rose 4.6mm in the year, roughly twice the rate of the 1990s. Antarctic sea ice covered 1.9 million square kilometres at its February minimum, about 25% below the 1991-2020 average.

"The 1.5C limit of the Paris Agreement is slipping out of reach," said Ingrid Haavik, the WMO's director of climate services. Independent scientists said a return below that level was still possible this century if emissions fell by about 45% by 2035 from 2019 levels.

Extreme weather displaced about 14 million people in 2025, according to the report.
""", [
    F("1.48C", 1.48, "C", "C", "up", "global average surface temperature|global temperature|temperature", Y(2025), WMO,
      kind_alt=["level"], source_alt=["WMO"]),
    F("1.55C", 1.55, "C", "C", "up", "global average surface temperature record|record|global temperature|temperature",
      Y(2024), WMO, kind_alt=["level"], source_alt=["WMO", "agency"], direction_alt=[None]),
    F("1.5C", 1.5, "C", "L", None, "warming threshold|warming|global temperature", ("2023-01", "2025-12"), WMO,
      ctx="more than 1.5C", source_alt=["WMO", "agency"], kind_alt=["change"]),
    F("4.6mm", 4.6, "millimeter", "C", "up", "sea levels|sea level", Y(2025), None, source_alt=[WMO]),
    F("twice", 2, None, "R", "up", "sea level rise rate|rate of sea level rise|sea levels|rate", Y(2025), None,
      unit_alt=["times"], direction_alt=[None], source_alt=[WMO]),
    F("1.9 million square kilometres", 1.9e6, "square kilometre", "L", None, "Antarctic sea ice extent|Antarctic sea ice|sea ice",
      M(2025, 2), None, unit_alt=["square kilometer", "km2"], source_alt=[WMO]),
    F("25%", 25, "%", "C", "dn", "Antarctic sea ice extent|Antarctic sea ice|sea ice", M(2025, 2), None,
      kind_alt=["level"], source_alt=[WMO]),
    F("1.5C", 1.5, "C", "L", None, "Paris Agreement limit|limit|warming", None, "Ingrid Haavik", ctx="The 1.5C limit",
      source_alt=["Haavik"], kind_alt=["change"]),
    F("45%", 45, "%", "C", "dn", "emissions", (None, "2035-12"), "independent scientists", source_alt=["scientists"]),
    F("14 million", 14e6, "#person", "L", None, "people displaced by extreme weather|people displaced|people|displaced",
      Y(2025), "report", unit_alt=["people"], source_alt=[WMO, "WMO"]),
], ex=["second-warmest", "three-year", "first three-year", "1991-2020", "1990s", "this century"])

# ---------------------------------------------------------------- 34 story with a correction notice
PUB = "2025-04-26"
fri = last(PUB, "Friday")
story("b53-34", PUB, """
CORRECTION: An earlier version of this story misstated the size of the Westbrook Community Foundation's endowment. It is $4.2 million, not $42 million.

The Westbrook Community Foundation said on Friday it would award $310,000 in grants this year to 27 local charities, up from $265,000 last year, as demand for food aid in the town outpaced donations.

The foundation, which has a $4.2 million endowment, pays out about 5% of its assets each year under a policy adopted in 2019. Executive director Lena Pruitt said a strong stock market had lifted the endowment by 11% last year, allowing larger grants.

The Westbrook Food Pantry, the largest recipient, will get $45,000. Its director, Omar Reyes, said the pantry served 3,860 households in the first quarter, nearly 40% more than a year earlier. "We are seeing families who used to donate to us," he said.

Applications for next year's grants open on Sept. 1.
""", [
    F("$4.2 million", 4.2e6, "$", "L", None, "endowment|foundation's endowment", PUB, None, ctx="It is $4.2 million",
      period_alt=[None]),
    F("$42 million", 42e6, "$", "L", None, "endowment|misstated endowment", None, None),
    F("$310,000", 310000, "$", "L", "up", "grants|grant awards", Y(2025), "Westbrook Community Foundation",
      source_alt=["foundation"], direction_alt=[None]),
    F("27", 27, "#charity", "L", None, "charities receiving grants|charities", Y(2025), "Westbrook Community Foundation",
      source_alt=["foundation"]),
    F("$265,000", 265000, "$", "L", None, "grants|grant awards", Y(2024), "Westbrook Community Foundation",
      source_alt=["foundation"]),
    F("$4.2 million", 4.2e6, "$", "L", None, "endowment|foundation's endowment", None, None, ctx="has a $4.2 million",
      period_alt=[PUB]),
    F("5%", 5, "%", "S", None, "annual payout|payout|assets", None, None, kind_alt=["level"]),
    F("11%", 11, "%", "C", "up", "endowment", Y(2024), "Lena Pruitt", source_alt=["Pruitt"]),
    F("$45,000", 45000, "$", "L", None, "Westbrook Food Pantry grant|grant|pantry", Y(2025), None),
    F("3,860", 3860, "#household", "L", "up", "households served|households|pantry", Q(2025, 1), "Omar Reyes",
      source_alt=["Reyes"], direction_alt=[None]),
    F("40%", 40, "%", "C", "up", "households served|households|pantry", Q(2025, 1), "Omar Reyes", source_alt=["Reyes"]),
], ex=["first quarter"])

# ---------------------------------------------------------------- 35 Q&A with a provincial finance minister (Canada)
PUB = "2026-03-01"
FYN = ("2026-04", "2027-03")
FYC = ("2025-04", "2026-03")
MIN = ["Helen Ostrander", "minister"]
story("b53-35", PUB, """
Nova Scotia Finance Minister Helen Ostrander will table her second budget on Tuesday. She spoke to reporters on Saturday about the deficit, health spending and tariffs. Her answers have been edited for length.

Q: The province is projecting a C$1.2 billion deficit this year. Will next year's be smaller?

A: Yes. We're aiming for about C$850 million in 2026-27, and we think we can balance the books within three years if growth holds at around 1.5%.

Q: Health care already takes up nearly half of program spending. Is that sustainable?

A: It's 47%, and it was 41% when I started in this job. We've hired about 1,300 nurses in two years, and surgical wait lists are down by a quarter.

Q: How much have U.S. tariffs cost the province?

A: Our estimate is C$400 million to C$600 million in lost output this fiscal year, and roughly 2,000 jobs, mostly in seafood and forestry.

Q: Will you cut the HST?

A: Not this year. A one-point cut would cost about C$360 million.
""", [
    F("C$1.2 billion", 1.2e9, "C$", "L", None, "provincial deficit|deficit", FYC, None),
    F("C$850 million", 850e6, "C$", "L", "dn", "provincial deficit|deficit", FYN, None, source_alt=MIN,
      direction_alt=[None]),
    F("1.5%", 1.5, "%", "C", "up", "economic growth|growth", None, None, source_alt=MIN, kind_alt=["level"],
      direction_alt=[None]),
    FR("half", 1, 2, "S", None, "health care share of program spending|health care|program spending|spending", None, None,
       period_alt=[FYC, PUB]),
    F("47%", 47, "%", "S", "up", "health care share of program spending|health care|program spending", None, None,
      source_alt=MIN, period_alt=[FYC, PUB], direction_alt=[None]),
    F("41%", 41, "%", "S", None, "health care share of program spending|health care|program spending", None, None,
      source_alt=MIN, period_alt=[FYC]),
    F("1,300", 1300, "#nurse", "C", "up", "nurses hired|nurses", ("2024-03", "2026-03"), None, source_alt=MIN,
      kind_alt=["level"], period_alt=[None]),
    FR("a quarter", 1, 4, "C", "dn", "surgical wait lists|wait lists", None, None, source_alt=MIN),
    F("C$400 million to C$600 million", 400e6, "C$", "L", None, "lost output from tariffs|lost output|output|tariffs",
      FYC, None, value_hi=600e6, source_alt=MIN, kind_alt=["change"], direction_alt=["decrease"]),
    F("2,000", 2000, "#job", "C", "dn", "jobs lost to tariffs|jobs", FYC, None, source_alt=MIN, kind_alt=["level"]),
    F("one-point", 1, "pp", "C", "dn", "HST cut|HST|sales tax", None, None, source_alt=MIN, unit_alt=["point", "percent"]),
    F("C$360 million", 360e6, "C$", "L", None, "cost of HST cut|HST cut|cost", None, None, source_alt=MIN,
      period_alt=[FYN]),
], ex=["second budget", "2026-27", "three years", "two years"])

# ---------------------------------------------------------------- 36 factbox: Singapore budget (table-like)
PUB = "2026-02-14"
FY = ("2026-04", "2027-03")
MOF = ["Ministry of Finance", "budget"]
story("b53-36", PUB, """
FACTBOX-Key measures in Singapore's Budget 2026

Finance Minister Chan Wei Ming delivered the budget statement in Parliament on Friday. Main numbers for the fiscal year starting April 1:

* Total spending: S$143.1 billion, up 4.2% from the revised FY2025 figure of S$137.3 billion
* Overall surplus: S$6.4 billion, or 0.8% of GDP
* Cost-of-living vouchers: S$600 per household, paid in two tranches
* Corporate income tax rebate: 40% of tax payable, capped at S$30,000
* Healthcare spending: S$21.6 billion, about 15% of the total
* Defence spending: S$24.8 billion, up 6%
* GDP growth forecast for 2026: 1% to 3%

The minister said about 950,000 Singaporean households would receive the vouchers, and that he expected core inflation to ease to between 0.5% and 1.5% this year.
""", [
    F("S$143.1 billion", 143.1e9, "S$", "L", "up", "total spending|spending", FY, None, source_alt=MOF,
      direction_alt=[None]),
    F("4.2%", 4.2, "%", "C", "up", "total spending|spending", FY, None, source_alt=MOF),
    F("S$137.3 billion", 137.3e9, "S$", "L", None, "total spending|spending|FY2025 figure", ("2025-04", "2026-03"), None,
      source_alt=MOF),
    F("S$6.4 billion", 6.4e9, "S$", "L", None, "overall surplus|surplus", FY, None, source_alt=MOF),
    F("0.8%", 0.8, "%", "S", None, "surplus as share of GDP|surplus|GDP", FY, None, kind_alt=["level", "ratio"],
      source_alt=MOF),
    F("S$600", 600, "S$", "L", None, "cost-of-living vouchers|vouchers", FY, None, source_alt=MOF),
    F("two", 2, "#tranche", "L", None, "voucher tranches|tranches", FY, None, ctx="two tranches", source_alt=MOF),
    F("40%", 40, "%", "S", None, "corporate income tax rebate|tax rebate|rebate|tax payable", FY, None,
      kind_alt=["level"], source_alt=MOF),
    F("S$30,000", 30000, "S$", "L", None, "rebate cap|cap|tax rebate", FY, None, source_alt=MOF),
    F("S$21.6 billion", 21.6e9, "S$", "L", None, "healthcare spending|healthcare|spending", FY, None, source_alt=MOF),
    F("15%", 15, "%", "S", None, "healthcare share of spending|healthcare|total|spending", FY, None, source_alt=MOF),
    F("S$24.8 billion", 24.8e9, "S$", "L", "up", "defence spending|defence|spending", FY, None, source_alt=MOF,
      direction_alt=[None]),
    F("6%", 6, "%", "C", "up", "defence spending|defence|spending", FY, None, ctx="up 6%", source_alt=MOF),
    F("1% to 3%", 1, "%", "C", "up", "GDP growth forecast|GDP growth|growth|GDP", Y(2026), None, value_hi=3,
      source_alt=MOF, direction_alt=[None], kind_alt=["level"]),
    F("950,000", 950000, "#household", "L", None, "households receiving vouchers|households", FY, "Chan Wei Ming",
      source_alt=["minister"]),
    F("0.5% and 1.5%", 0.5, "%", "L", "dn", "core inflation|inflation", Y(2026), "Chan Wei Ming", value_hi=1.5,
      source_alt=["minister"], kind_alt=["change"], direction_alt=[None]),
], ex=["Budget 2026", "FY2025", "FACTBOX"])

# ---------------------------------------------------------------- 37 dengue in Singapore (week ended, year to date)
PUB = "2025-06-10"
WK = ("2025-06-01", "2025-06-07")
YTD = ("2025-01", "2025-06")
story("b53-37", PUB, """
Singapore recorded 612 dengue cases in the week ended June 7, up 18 per cent from 519 the week before, as the traditional peak season got under way, according to the National Environment Agency.

That brings the total so far this year to 8,940, roughly twice the 4,470 cases recorded in the same period of 2024, but well below the 2020 record, when more than 35,000 people were infected over the full year.

There are 214 active dengue clusters, 31 of them classified as high-risk with 10 or more cases. The largest, in Jurong West, has 187 cases.

Three people have died of dengue this year, the Ministry of Health said, compared with two in the whole of 2024.

The agency said about 70 per cent of cases involved the DENV-3 serotype, against which many residents have little immunity. It urged households to check for stagnant water at least once a week.
""", [
    F("612", 612, "#case", "L", "up", "dengue cases|cases", WK, "National Environment Agency", source_alt=["NEA"],
      direction_alt=[None]),
    F("18 per cent", 18, "%", "C", "up", "dengue cases|cases", WK, "National Environment Agency", source_alt=["NEA"]),
    F("519", 519, "#case", "L", None, "dengue cases|cases", ("2025-05-25", "2025-05-31"), "National Environment Agency",
      source_alt=["NEA"]),
    F("8,940", 8940, "#case", "L", None, "dengue cases this year|dengue cases|cases|total", YTD, None,
      period_alt=[("2025-01-01", "2025-06-07")], source_alt=["National Environment Agency"]),
    F("twice", 2, None, "R", "up", "dengue cases this year|dengue cases|cases", YTD, None, unit_alt=["times"],
      direction_alt=[None]),
    F("4,470", 4470, "#case", "L", None, "dengue cases|cases", ("2024-01", "2024-06"), None,
      period_alt=[("2024-01-01", "2024-06-07")]),
    F("35,000", 35000, "#person", "L", None, "dengue infections|people infected|people|cases", Y(2020), None,
      unit_alt=["people", "case"]),
    F("214", 214, "#cluster", "L", None, "active dengue clusters|clusters", PUB, None, period_alt=[None]),
    F("31", 31, "#cluster", "L", None, "high-risk clusters|clusters", PUB, None, period_alt=[None]),
    F("10", 10, "#case", "L", None, "high-risk cluster threshold|threshold|cases", None, None),
    F("187", 187, "#case", "L", None, "Jurong West cluster|cases|cluster", PUB, None, period_alt=[None]),
    F("Three", 3, "#death", "L", None, "dengue deaths|deaths|people", YTD, "Ministry of Health",
      ctx="Three people", unit_alt=["person", "people"], source_alt=["MOH"]),
    F("two", 2, "#death", "L", None, "dengue deaths|deaths", Y(2024), "Ministry of Health", ctx="with two in",
      source_alt=["MOH"]),
    F("70 per cent", 70, "%", "S", None, "DENV-3 cases|cases|DENV-3 serotype", YTD, "National Environment Agency",
      source_alt=["NEA", "agency"], period_alt=[None]),
], ex=["DENV-3", "once a week", "week before"])

# ---------------------------------------------------------------- 38 meat recall, kilograms then pounds
PUB = "2025-10-18"
fri = last(PUB, "Friday")
story("b53-38", PUB, """
A meat processor in Ontario is recalling about 12,400 kilograms (27,300 pounds) of ground beef that may be contaminated with E. coli O157:H7, the Canadian Food Inspection Agency said on Friday.

The recall covers 1-kilogram and 450-gram packages of Maple Hollow brand lean ground beef with best-before dates between Oct. 14 and Oct. 28, sold at 190 stores in Ontario and Quebec.

Public health officials have linked nine illnesses, including three hospitalizations, to the product. Patients range in age from 4 to 81, the Public Health Agency of Canada said.

The company, Hollowfield Meats, said the affected lots made up less than 2% of its monthly output. "We have stopped production on the line involved," spokesperson Claire Dumont said.

Consumers should not eat the beef and should return it for a refund, the agency said. Ground beef should be cooked to an internal temperature of at least 71C (160F).
""", [
    F("12,400 kilograms", 12400, "kg", "L", None, "recalled ground beef|ground beef|beef|recall", PUB,
      "Canadian Food Inspection Agency", source_alt=["CFIA", "agency"], period_alt=[fri, None]),
    F("27,300 pounds", 27300, "lb", "L", None, "recalled ground beef|ground beef|beef|recall", PUB,
      "Canadian Food Inspection Agency", source_alt=["CFIA", "agency"], period_alt=[fri, None]),
    F("1-kilogram", 1, "kg", "L", None, "package size|packages", None, None),
    F("450-gram", 450, "gram", "L", None, "package size|packages", None, None, unit_alt=["g"]),
    F("190", 190, "#store", "L", None, "stores|stores selling the beef", None, None),
    F("nine", 9, "#illness", "L", None, "illnesses|linked illnesses", None, "public health officials",
      source_alt=["officials"], period_alt=[PUB]),
    F("three", 3, "#hospitalization", "L", None, "hospitalizations", None, "public health officials",
      source_alt=["officials"], period_alt=[PUB]),
    F("4 to 81", 4, None, "L", None, "patients' ages|patients|ages|age", None, "Public Health Agency of Canada",
      value_hi=81, unit_alt=["year"], kind_alt=["count", "year"], source_alt=["PHAC"]),
    F("2%", 2, "%", "S", None, "affected lots' share of monthly output|lots|output", None, "Hollowfield Meats",
      source_alt=["company"]),
    F("71C", 71, "C", "L", None, "internal cooking temperature|temperature|ground beef", None, None,
      source_alt=["Canadian Food Inspection Agency", "agency"]),
    F("160F", 160, "F", "L", None, "internal cooking temperature|temperature|ground beef", None, None,
      source_alt=["Canadian Food Inspection Agency", "agency"]),
], ex=["O157:H7"])

# ---------------------------------------------------------------- 39 science: fossil find
PUB = "2026-06-04"
story("b53-39", PUB, """
Palaeontologists in Queensland have described a new species of giant wombat relative that weighed about 2.1 tonnes, about twice as heavy as a bull bison, researchers said on Thursday.

The animal, named Ngarrdu kalkani, lived about 3.5 million years ago and stood roughly 1.6 metres tall at the shoulder, according to a paper in the Journal of Vertebrate Paleontology. Its skull alone measured 72 centimetres.

The team, led by Dr Hannah Weir of the Outback Fossil Institute in Winton, recovered about 60 per cent of the skeleton from a dry creek bed over four field seasons. Volunteers spent more than 9,000 hours preparing the bones.

Weir said the find suggested marsupial megafauna had grown large at least 1 million years earlier than thought. "It's the most complete skeleton of its kind found in the past 40 years," she said.

The fossil will go on display at the institute in September.
""", [
    F("2.1 tonnes", 2.1, "tonne", "L", None, "Ngarrdu kalkani's weight|weight|mass|animal", None, "researchers"),
    F("twice", 2, None, "R", "up", "weight compared with a bull bison|weight|mass", None, "researchers",
      unit_alt=["times"], direction_alt=[None]),
    F("3.5 million years", 3.5e6, "year", "L", None, "age of the fossil|age|animal", None, "paper",
      source_alt=["Journal of Vertebrate Paleontology"]),
    F("1.6 metres", 1.6, "metre", "L", None, "shoulder height|height|animal", None, "paper",
      source_alt=["Journal of Vertebrate Paleontology"]),
    F("72 centimetres", 72, "centimetre", "L", None, "skull length|skull", None, None,
      source_alt=["paper", "Journal of Vertebrate Paleontology"]),
    F("60 per cent", 60, "%", "S", None, "skeleton recovered|skeleton", None, None),
    F("9,000 hours", 9000, "hour", "L", None, "volunteer hours|hours|preparation", None, None),
    F("1 million years", 1e6, "year", "C", None, "earlier megafauna growth|megafauna|timing", None, "Hannah Weir",
      source_alt=["Weir"], kind_alt=["level"]),
], ex=["four field seasons", "40 years"])

# ---------------------------------------------------------------- 40 UK A-level results (percentage points vs per cent)
PUB = "2025-08-14"
story("b53-40", PUB, """
The proportion of A-level entries in England awarded an A or A* rose to 28.3 per cent this year, up 0.5 percentage points on last year but still below the 2021 peak of 44.8 per cent, figures from the exams regulator Ofqual showed on Thursday.

The share of top grades has now risen by about 2 per cent in relative terms since 2023, when grading returned to pre-pandemic standards. The A* rate alone was 9.4 per cent, compared with 9.3 per cent in 2024.

Entries in maths, the most popular subject, rose 3.1 per cent to 102,480, while computing entries climbed by nearly a fifth. Entries in English literature fell for the fifth year running, to 33,620.

Girls outperformed boys at A* and A, 28.9 per cent against 27.6 per cent, although boys secured more A* grades in maths.

University admissions service UCAS said 246,390 UK 18-year-olds had a confirmed place on results day, a record, and 1,200 more than a year ago.
""", [
    F("28.3 per cent", 28.3, "%", "S", "up", "top grades|A-level entries awarded A or A*|entries|A and A* grades", Y(2025),
      "Ofqual", source_alt=["figures"], kind_alt=["level"]),
    F("0.5 percentage points", 0.5, "pp", "C", "up", "top grades|A-level entries awarded A or A*|share", Y(2025), "Ofqual",
      source_alt=["figures"]),
    F("44.8 per cent", 44.8, "%", "S", None, "top grades|A-level entries awarded A or A*|peak", Y(2021), "Ofqual",
      source_alt=["figures"], kind_alt=["level"]),
    F("2 per cent", 2, "%", "C", "up", "share of top grades|top grades|share", ("2023-01", "2025-12"), None,
      period_alt=[None, ("2023-08", "2025-08")]),
    F("9.4 per cent", 9.4, "%", "S", "up", "A* rate|A* grades", Y(2025), None, kind_alt=["level"], direction_alt=[None]),
    F("9.3 per cent", 9.3, "%", "S", None, "A* rate|A* grades", Y(2024), None, kind_alt=["level"]),
    F("3.1 per cent", 3.1, "%", "C", "up", "maths entries|entries|maths", Y(2025), None),
    F("102,480", 102480, "#entry", "L", "up", "maths entries|entries|maths", Y(2025), None),
    FR("a fifth", 1, 5, "C", "up", "computing entries|entries|computing", Y(2025), None),
    F("33,620", 33620, "#entry", "L", "dn", "English literature entries|entries|English literature", Y(2025), None),
    F("28.9 per cent", 28.9, "%", "S", None, "girls' top grades|girls|top grades", Y(2025), None, kind_alt=["level"]),
    F("27.6 per cent", 27.6, "%", "S", None, "boys' top grades|boys|top grades", Y(2025), None, kind_alt=["level"]),
    F("246,390", 246390, "#student", "L", "up", "UK 18-year-olds with a confirmed place|confirmed places|places|18-year-olds",
      PUB, "UCAS", unit_alt=["18-year-old", "place"], direction_alt=[None]),
    F("1,200", 1200, "#student", "C", "up", "UK 18-year-olds with a confirmed place|confirmed places|places", PUB, "UCAS",
      unit_alt=["18-year-old", "place"]),
], ex=["A-level", "fifth year", "18-year-olds", "a year ago"])
