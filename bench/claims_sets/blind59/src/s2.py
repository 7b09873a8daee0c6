"""blind59 s2: Chile and Colombia data, a port, an airport group, transit ridership, a recall, a strike ballot,
a venture round, a crypto week and patent filings (b59-11..b59-20)."""
from common import *

# ---------------------------------------------------------------- 11 Chile Imacec, a breakdown list, the 2027 budget bill
P = on("2026-09-01", "Tuesday")
JUL = M(2026, 7)
BCC = ["central bank", "Central Bank of Chile"]
story("b59-11", P, """
SANTIAGO, Sept. 1 — Chile's economic activity grew 2.9% in July from a year earlier, beating expectations as mining output recovered, the central bank said on Tuesday.

Analysts had expected the Imacec index, a monthly proxy for gross domestic product, to rise 2.1%, according to the median of a central bank survey of traders. Seasonally adjusted, activity rose 0.8% from June.

Breakdown, year on year:
- Mining: up 6.4%
- Non-mining: up 2.3%
- Commerce: up 5.1%
- Manufacturing: down 0.9%

In the first seven months of 2026, activity expanded 2.4%.

State copper commission Cochilco said separately that copper output rose 3.7% to 465,200 metric tons in July.

The central bank, which held its benchmark rate at 4.50% in July, forecasts GDP growth of between 2.0% and 2.75% this year. The government's 2027 budget bill, due in Congress by Sept. 30, assumes growth of 2.5% next year and a copper price of $4.45 a pound, up from $4.25 in the 2026 budget.

"Mining is finally pulling its weight again, and that should carry into the third quarter," said Catalina Reyes, chief economist at Andes Patrimonio.

Copper traded at $4.71 a pound on Tuesday.
""", [
    F("2.9%", 2.9, "%", "C", "up", "Chile's economic activity|economic activity|activity", JUL, "central bank",
      source_alt=["Central Bank of Chile"]),
    F("2.1%", 2.1, "%", "C", "up", "analysts' forecast for the Imacec index|Imacec index|Imacec|forecast", JUL,
      "central bank survey of traders", source_alt=["Analysts", "survey", "traders"]),
    F("0.8%", 0.8, "%", "C", "up", "Chile's economic activity|activity|Imacec", JUL, None, source_alt=BCC),
    F("6.4%", 6.4, "%", "C", "up", "Chile's mining activity|mining", JUL, None, source_alt=BCC),
    F("2.3%", 2.3, "%", "C", "up", "Chile's non-mining activity|non-mining", JUL, None, source_alt=BCC),
    F("5.1%", 5.1, "%", "C", "up", "Chile's commerce activity|commerce", JUL, None, source_alt=BCC),
    F("0.9%", 0.9, "%", "C", "dn", "Chile's manufacturing activity|manufacturing", JUL, None, source_alt=BCC),
    F("2.4%", 2.4, "%", "C", "up", "Chile's economic activity|activity", MM(2026, 1, 2026, 7), None,
      source_alt=BCC),
    F("3.7%", 3.7, "%", "C", "up", "Chile's copper output|copper output|output", JUL, "Cochilco",
      source_alt=["State copper commission"]),
    F("465,200 metric tons", 465200, "t", "L", "up", "Chile's copper output|copper output|output", JUL, "Cochilco",
      source_alt=["State copper commission"]),
    F("4.50%", 4.50, "%", "L", "unch", "Chile's benchmark rate|benchmark rate|rate", JUL, None, source_alt=BCC,
      direction_alt=[None]),
    RNG("between 2.0% and 2.75%", 2.0, 2.75, "%", "C", "up", "Chile's GDP growth|GDP growth|growth", Y(2026),
        "central bank", source_alt=["Central Bank of Chile"], kind_alt=["level"]),
    F("2.5%", 2.5, "%", "C", "up", "Chile's economic growth|growth", Y(2027), "2027 budget bill",
      source_alt=["budget bill", "government"], kind_alt=["level"]),
    F("$4.45", 4.45, "$", "L", "up", "copper price assumption|copper price|copper", Y(2027), "2027 budget bill",
      source_alt=["budget bill", "government"], unit_alt=["USD per pound"]),
    F("$4.25", 4.25, "$", "L", None, "copper price assumption|copper price|copper", Y(2026), None,
      source_alt=["2026 budget", "budget"], unit_alt=["USD per pound"]),
    F("$4.71", 4.71, "$", "L", None, "copper price|copper", DAY(P), None, unit_alt=["USD per pound"]),
], ex=["first seven months", "third quarter"])

# ---------------------------------------------------------------- 12 Colombia CPI, 12-month lines, target and band, survey "by December 2026"
P = on("2026-01-10", "Saturday")
DEC = M(2025, 12)
DANE = ["DANE", "statistics agency"]
story("b59-12", P, """
BOGOTA, Jan. 10 — Colombia's annual inflation ended 2025 at 5.1%, above the central bank's target for a fifth straight year, government statistics agency DANE said on Friday, complicating the bank's plans to resume interest rate cuts.

Consumer prices rose 0.48% in December from November, more than the 0.41% expected by analysts in a central bank survey. In November, annual inflation had been 5.3%.

Core inflation, which excludes food and regulated prices, held at 4.9%, while services inflation stood at 6.2%.

By category, 12 months to December:
- Food: 5.8%
- Housing and utilities: 6.7%
- Transport: 3.1%
- Restaurants and hotels: 7.4%

Banco de la República targets inflation of 3%, with a tolerance band of between 2% and 4%.

Its board, which kept the benchmark rate at 9.25% in December, meets on Jan. 30. Analysts surveyed by the bank expect inflation to slow to 4.2% by December 2026 and the policy rate to end the year at 8.25%.

The minimum wage rose 11.7% from Jan. 1, which many economists say will keep services inflation sticky.

"The wage decision makes the bank's job much harder this year," said Andrés Villamizar, an economist at Cordillera Valores in Bogota.
""", [
    F("5.1%", 5.1, "%", "L", None, "Colombia's annual inflation|annual inflation|inflation", Y(2025), "DANE",
      source_alt=["statistics agency"], kind_alt=["change"], direction_alt=["dn"], period_alt=[DEC]),
    F("0.48%", 0.48, "%", "C", "up", "Colombia's consumer prices|consumer prices|prices", DEC, None,
      source_alt=DANE),
    F("0.41%", 0.41, "%", "C", "up", "analysts' forecast for consumer prices|forecast|consumer prices", DEC,
      "analysts", source_alt=["central bank survey", "survey"]),
    F("5.3%", 5.3, "%", "L", None, "Colombia's annual inflation|annual inflation|inflation", M(2025, 11), None,
      source_alt=DANE, kind_alt=["change"], period_alt=[span12(2025, 11)]),
    F("4.9%", 4.9, "%", "L", "unch", "Colombia's core inflation|core inflation|inflation", DEC, None,
      source_alt=DANE, direction_alt=[None], period_alt=[Y(2025)]),
    F("6.2%", 6.2, "%", "L", None, "Colombia's services inflation|services inflation|inflation", DEC, None,
      source_alt=DANE, period_alt=[Y(2025)]),
    F("5.8%", 5.8, "%", "C", "up", "Colombian food prices|food", Y(2025), None, source_alt=DANE,
      kind_alt=["level"], direction_alt=[None], period_alt=[DEC]),
    F("6.7%", 6.7, "%", "C", "up", "Colombian housing and utilities prices|housing and utilities|utilities", Y(2025),
      None, source_alt=DANE, kind_alt=["level"], direction_alt=[None], period_alt=[DEC]),
    F("3.1%", 3.1, "%", "C", "up", "Colombian transport prices|transport", Y(2025), None, source_alt=DANE,
      kind_alt=["level"], direction_alt=[None], period_alt=[DEC]),
    F("7.4%", 7.4, "%", "C", "up", "Colombian restaurants and hotels prices|restaurants and hotels|hotels", Y(2025),
      None, source_alt=DANE, kind_alt=["level"], direction_alt=[None], period_alt=[DEC]),
    F("3%", 3, "%", "L", None, "Banco de la República's inflation target|inflation target|inflation", None, None,
      ctx="inflation of 3%", source_alt=["Banco de la República", "central bank"]),
    RNG("between 2% and 4%", 2, 4, "%", "L", None, "Banco de la República's tolerance band|tolerance band|band",
        None, None, source_alt=["Banco de la República", "central bank"]),
    F("9.25%", 9.25, "%", "L", "unch", "Colombia's benchmark rate|benchmark rate|rate", DEC, None,
      source_alt=["board", "Banco de la República"], direction_alt=[None]),
    F("4.2%", 4.2, "%", "L", "dn", "Colombia's inflation|inflation", Y(2026), "Analysts",
      source_alt=["survey", "bank"], kind_alt=["change"], period_alt=[(None, "2026-12"), M(2026, 12)]),
    F("8.25%", 8.25, "%", "L", "dn", "Colombia's policy rate|policy rate|rate", (None, "2026-12"), "Analysts",
      source_alt=["survey", "bank"], period_alt=[M(2026, 12), Y(2026)]),
    F("11.7%", 11.7, "%", "C", "up", "Colombia's minimum wage|minimum wage|wage", ("2026-01", None), None,
      period_alt=[("2026-01-01", None), Y(2026), M(2026, 1), None]),
], ex=["fifth straight", "12 months to December"])

# ---------------------------------------------------------------- 13 container terminal H1 press release: TEU, YoY, QoQ, MoM
P = on("2026-07-21", "Tuesday")
H1 = H(2026, 1)
NG = ["Nordhavn Gateway Terminals", "operator", "port operator", "press release"]
TEU = ["twenty-foot equivalent unit", "container"]
story("b59-13", P, """
GOTHENBURG, July 21 — Container volumes at Nordhavn Gateway Terminals rose 6.2% in the first half as shipping lines rerouted Baltic feeder services through Sweden and Denmark, the port operator said on Tuesday.

H1 highlights:
- Throughput: 1.84 million TEU (+6.2% YoY)
- Q2: 962,000 TEU, +8.9% YoY and +9.1% QoQ
- June: 341,500 TEU, a monthly record, +4.4% MoM
- Revenue: SEK 2.35 billion, +7.8%
- EBITDA margin: 41.3% (H1 2025: 39.6%)

Gothenburg, the larger of its terminals, handled 1.21 million TEU, while Aarhus handled 630,000.

Average vessel waiting time fell to 9 hours from 21 hours a year earlier, after the operator added two ship-to-shore cranes in March. Yard utilisation averaged 78% in June.

The company kept its 2026 guidance for volume growth of 4% to 6%, though chief executive Maja Lindgren said the second half would be softer as a new Polish terminal opens in September.

"We took business that used to go through Hamburg and Gdansk, and most of it will stay," Lindgren said.
""", [
    F("6.2%", 6.2, "%", "C", "up", "container volumes at Nordhavn Gateway Terminals|container volumes|volumes", H1,
      "port operator", ctx="rose 6.2%", source_alt=NG[:2]),
    F("1.84 million TEU", 1.84e6, "TEU", "L", "up", "Nordhavn Gateway Terminals' throughput|throughput", H1, None,
      source_alt=NG, unit_alt=TEU, direction_alt=[None]),
    F("6.2%", 6.2, "%", "C", "up", "Nordhavn Gateway Terminals' throughput|throughput", H1, None,
      ctx="+6.2% YoY", source_alt=NG),
    F("962,000 TEU", 962000, "TEU", "L", "up", "Nordhavn Gateway Terminals' throughput|throughput", Q(2026, 2),
      None, source_alt=NG, unit_alt=TEU, direction_alt=[None]),
    F("8.9%", 8.9, "%", "C", "up", "Nordhavn Gateway Terminals' throughput|throughput", Q(2026, 2), None,
      source_alt=NG),
    F("9.1%", 9.1, "%", "C", "up", "Nordhavn Gateway Terminals' throughput|throughput", Q(2026, 2), None,
      source_alt=NG),
    F("341,500 TEU", 341500, "TEU", "L", "up", "Nordhavn Gateway Terminals' throughput|throughput", M(2026, 6), None,
      source_alt=NG, unit_alt=TEU, direction_alt=[None]),
    F("4.4%", 4.4, "%", "C", "up", "Nordhavn Gateway Terminals' throughput|throughput", M(2026, 6), None,
      source_alt=NG),
    F("SEK 2.35 billion", 2.35e9, "SEK", "L", "up", "Nordhavn Gateway Terminals' revenue|revenue", H1, None,
      source_alt=NG, direction_alt=[None]),
    F("7.8%", 7.8, "%", "C", "up", "Nordhavn Gateway Terminals' revenue|revenue", H1, None, source_alt=NG),
    F("41.3%", 41.3, "%", "S", "up", "Nordhavn Gateway Terminals' EBITDA margin|EBITDA margin|margin", H1, None,
      source_alt=NG, kind_alt=["level", "ratio"], direction_alt=[None]),
    F("39.6%", 39.6, "%", "S", None, "Nordhavn Gateway Terminals' EBITDA margin|EBITDA margin|margin", H(2025, 1),
      None, source_alt=NG, kind_alt=["level", "ratio"]),
    F("1.21 million TEU", 1.21e6, "TEU", "L", None, "container volumes handled at Gothenburg|Gothenburg|volumes",
      H1, None, source_alt=NG, unit_alt=TEU),
    F("630,000", 630000, "TEU", "L", None, "container volumes handled at Aarhus|Aarhus|volumes", H1, None,
      source_alt=NG, unit_alt=TEU),
    F("9 hours", 9, "h", "L", "dn", "average vessel waiting time|waiting time|time", H1, None, source_alt=NG,
      period_alt=[None]),
    F("21 hours", 21, "h", "L", None, "average vessel waiting time|waiting time|time", H(2025, 1), None,
      source_alt=NG),
    F("two", 2, "#ship-to-shore crane", "C", "up", "ship-to-shore cranes|cranes", M(2026, 3), None,
      source_alt=NG, unit_alt=["crane"], kind_alt=["level"]),
    F("78%", 78, "%", "L", None, "yard utilisation|utilisation", M(2026, 6), None, source_alt=NG,
      kind_alt=["share"]),
    RNG("4% to 6%", 4, 6, "%", "C", "up", "Nordhavn Gateway Terminals' volume growth|volume growth|volumes",
        Y(2026), None, source_alt=["company", "Nordhavn Gateway Terminals"], kind_alt=["level"],
        direction_alt=["unch"]),
], ex=["H1", "Q2", "second half", "first half"])

# ---------------------------------------------------------------- 14 airport group's year to 30 September (British)
P = on("2026-11-04", "Wednesday")
FYA = FY(2025, 10, 2026, 9)
NAG = ["Northumbria Airports Group", "group", "company"]
story("b59-14", P, """
Passenger numbers at Northumbria Airports Group rose 9 per cent to 6.12 million in the year to 30 September, the company said on Wednesday, as new routes to Spain and Turkey drew holidaymakers from across the North East.

Newcastle handled 5.38 million passengers, up 8.1 per cent, and Teesside 740,000, up 16 per cent. September alone saw 612,000 passengers, 4.3 per cent more than a year earlier.

The group's average load factor was 86.5 per cent over the 12 months, compared with 84.2 per cent in the previous year. Cargo fell 3 per cent to 4,150 tonnes.

Revenue for the financial year rose to £138.4m from £121.9m, and pre-tax profit jumped 41 per cent to £22.6m.

The group expects to handle 6.5m passengers in the current financial year, which runs to 30 September 2027, and plans to spend £85m on a new security hall and a larger departure lounge by 2029.

"We are now bigger than we were before the pandemic," said chief executive Fiona Rennick, noting that traffic in 2019 was 5.9 million.

Punctuality remains a sore point: 71 per cent of departures left within 15 minutes of schedule, short of the group's 80 per cent target.
""", [
    F("9 per cent", 9, "%", "C", "up", "passenger numbers at Northumbria Airports Group|passenger numbers|passengers",
      FYA, "company", source_alt=NAG[:2]),
    F("6.12 million", 6.12e6, "#passenger", "L", "up",
      "passenger numbers at Northumbria Airports Group|passenger numbers|passengers", FYA, "company",
      source_alt=NAG[:2]),
    F("5.38 million", 5.38e6, "#passenger", "L", "up", "Newcastle airport passengers|Newcastle|passengers", FYA,
      None, source_alt=NAG),
    F("8.1 per cent", 8.1, "%", "C", "up", "Newcastle airport passengers|Newcastle|passengers", FYA, None,
      source_alt=NAG),
    F("740,000", 740000, "#passenger", "L", "up", "Teesside airport passengers|Teesside|passengers", FYA, None,
      source_alt=NAG),
    F("16 per cent", 16, "%", "C", "up", "Teesside airport passengers|Teesside|passengers", FYA, None,
      source_alt=NAG),
    F("612,000", 612000, "#passenger", "L", "up", "Northumbria Airports Group passengers|passengers", M(2026, 9),
      None, source_alt=NAG, direction_alt=[None]),
    F("4.3 per cent", 4.3, "%", "C", "up", "Northumbria Airports Group passengers|passengers", M(2026, 9), None,
      source_alt=NAG),
    F("86.5 per cent", 86.5, "%", "L", "up", "group's average load factor|load factor", FYA, None,
      source_alt=NAG, kind_alt=["share"], direction_alt=[None]),
    F("84.2 per cent", 84.2, "%", "L", None, "group's average load factor|load factor", FY(2024, 10, 2025, 9), None,
      source_alt=NAG, kind_alt=["share"]),
    F("3 per cent", 3, "%", "C", "dn", "cargo", FYA, None, ctx="fell 3 per cent", source_alt=NAG),
    F("4,150 tonnes", 4150, "t", "L", "dn", "cargo", FYA, None, source_alt=NAG),
    F("£138.4m", 138.4e6, "£", "L", "up", "Northumbria Airports Group revenue|revenue", FYA, None, source_alt=NAG),
    F("£121.9m", 121.9e6, "£", "L", None, "Northumbria Airports Group revenue|revenue", FY(2024, 10, 2025, 9), None,
      source_alt=NAG),
    F("41 per cent", 41, "%", "C", "up", "Northumbria Airports Group pre-tax profit|pre-tax profit|profit", FYA,
      None, source_alt=NAG),
    F("£22.6m", 22.6e6, "£", "L", "up", "Northumbria Airports Group pre-tax profit|pre-tax profit|profit", FYA, None,
      source_alt=NAG),
    F("6.5m", 6.5e6, "#passenger", "L", "up", "Northumbria Airports Group passengers|passengers",
      FY(2026, 10, 2027, 9), "group", source_alt=["Northumbria Airports Group", "company"]),
    F("£85m", 85e6, "£", "L", None, "spending on a new security hall and departure lounge|spending|security hall",
      (None, "2029-12"), "group", source_alt=["Northumbria Airports Group"], period_alt=[None, Y(2029)]),
    F("5.9 million", 5.9e6, "#passenger", "L", None, "Northumbria Airports Group traffic|traffic|passengers",
      Y(2019), "Fiona Rennick", source_alt=["Rennick", "chief executive"], period_alt=[FY(2018, 10, 2019, 9)]),
    F("71 per cent", 71, "%", "S", None, "departures leaving within 15 minutes of schedule|punctuality|departures",
      FYA, None, source_alt=NAG, period_alt=[None]),
    F("80 per cent", 80, "%", "S", None, "group's punctuality target|target|punctuality", None, None,
      source_alt=NAG, kind_alt=["level"]),
], ex=["12 months", "within 15 minutes"])

# ---------------------------------------------------------------- 15 transit ridership, fiscal 2026 (July-June), June lines, fare from Sept. 1
P = on("2026-07-20", "Monday")
FY26 = FY(2025, 7, 2026, 6)
CRT = ["Cascade Regional Transit", "agency"]
story("b59-15", P, """
PORTLAND, Ore. — Ridership on Cascade Regional Transit's buses and light rail rose 7.4% in fiscal 2026 to 71.3 million trips, the agency said Monday, the third straight annual gain but still about 18% below the 87 million recorded in fiscal 2019.

Light rail boardings climbed 11.2% to 28.6 million in the year ended June 30, helped by the opening of the Gresham extension in October, while bus ridership increased 4.9% to 42.7 million.

June at a glance:
- Total trips: 6.2 million, up 5.6% from a year earlier
- Average weekday trips: 231,000
- Average Saturday trips: 118,400

Fare revenue rose 6.1% to $74.8 million, covering 14.5% of operating costs, down from 15.2% a year earlier.

Last week the agency's board approved a $612 million operating budget for fiscal 2027 that includes a 25-cent fare increase, to $2.75 for a standard adult ticket, effective Sept. 1.

"We're carrying more people than in any year since the pandemic," said general manager Dolores Whitcombe, who expects ridership to reach 75 million in fiscal 2027 as two new bus rapid transit lines open.
""", [
    F("7.4%", 7.4, "%", "C", "up", "Cascade Regional Transit ridership|ridership", FY26, "agency",
      source_alt=CRT[:1]),
    F("71.3 million", 71.3e6, "#trip", "L", "up", "Cascade Regional Transit ridership|ridership|trips", FY26,
      "agency", source_alt=CRT[:1]),
    F("about 18%", 18, "%", "C", "dn", "Cascade Regional Transit ridership|ridership", FY26, "agency",
      source_alt=CRT[:1], direction_alt=[None]),
    F("87 million", 87e6, "#trip", "L", None, "Cascade Regional Transit ridership|ridership|trips",
      FY(2018, 7, 2019, 6), "agency", source_alt=CRT[:1]),
    F("11.2%", 11.2, "%", "C", "up", "light rail boardings|boardings|light rail", FY26, None, source_alt=CRT),
    F("28.6 million", 28.6e6, "#boarding", "L", "up", "light rail boardings|boardings|light rail", FY26, None,
      source_alt=CRT),
    F("4.9%", 4.9, "%", "C", "up", "bus ridership|ridership|bus", FY26, None, source_alt=CRT),
    F("42.7 million", 42.7e6, "#trip", "L", "up", "bus ridership|ridership|bus", FY26, None, source_alt=CRT),
    F("6.2 million", 6.2e6, "#trip", "L", "up", "Cascade Regional Transit total trips|total trips|trips",
      M(2026, 6), None, source_alt=CRT, direction_alt=[None]),
    F("5.6%", 5.6, "%", "C", "up", "Cascade Regional Transit total trips|total trips|trips", M(2026, 6), None,
      source_alt=CRT),
    F("231,000", 231000, "#trip", "L", None, "average weekday trips|weekday trips|trips", M(2026, 6), None,
      source_alt=CRT),
    F("118,400", 118400, "#trip", "L", None, "average Saturday trips|Saturday trips|trips", M(2026, 6), None,
      source_alt=CRT),
    F("6.1%", 6.1, "%", "C", "up", "Cascade Regional Transit fare revenue|fare revenue|revenue", FY26, None,
      source_alt=CRT),
    F("$74.8 million", 74.8e6, "$", "L", "up", "Cascade Regional Transit fare revenue|fare revenue|revenue", FY26,
      None, source_alt=CRT),
    F("14.5%", 14.5, "%", "S", "dn", "share of operating costs covered by fares|farebox recovery|operating costs",
      FY26, None, source_alt=CRT, direction_alt=[None]),
    F("15.2%", 15.2, "%", "S", None, "share of operating costs covered by fares|farebox recovery|operating costs",
      FY(2024, 7, 2025, 6), None, source_alt=CRT),
    F("$612 million", 612e6, "$", "L", None, "Cascade Regional Transit operating budget|operating budget|budget",
      FY(2026, 7, 2027, 6), None, source_alt=["board", "agency"]),
    CENTS("25-cent", 25, "$", "C", "up", "standard adult fare|fare", ("2026-09", None), None,
          source_alt=["board", "agency"], period_alt=[("2026-09-01", None), FY(2026, 7, 2027, 6)]),
    F("$2.75", 2.75, "$", "L", "up", "standard adult fare|fare|ticket", ("2026-09", None), None,
      source_alt=["board", "agency"], period_alt=[("2026-09-01", None), FY(2026, 7, 2027, 6)]),
    F("75 million", 75e6, "#trip", "L", "up", "Cascade Regional Transit ridership|ridership", FY(2026, 7, 2027, 6),
      "Dolores Whitcombe", source_alt=["Whitcombe", "general manager"]),
    F("two", 2, "#bus rapid transit line", "L", None, "new bus rapid transit lines|lines", FY(2026, 7, 2027, 6),
      "Dolores Whitcombe", source_alt=["Whitcombe", "general manager"], unit_alt=["line"], period_alt=[None]),
], ex=["third straight"])

# ---------------------------------------------------------------- 16 e-bike recall (US dates, "Aug. 2025"), a cost range
P = on("2025-10-08", "Wednesday")
CPSC = ["U.S. Consumer Product Safety Commission", "agency", "CPSC"]
story("b59-16", P, """
WASHINGTON, Oct. 8 — Velorun Mobility is recalling about 148,000 electric bicycles sold in the United States and Canada because their lithium-ion batteries can overheat and catch fire, the U.S. Consumer Product Safety Commission said on Wednesday.

The company has received 67 reports of batteries overheating, including 19 fires and four burn injuries, two of which required hospital treatment, the agency said. Property damage claims total about $1.9 million.

Recall details:
- Units: about 131,000 in the U.S. and 17,000 in Canada
- Sold: March 2023 through Aug. 2025, for between $1,299 and $2,199
- Remedy: a free replacement battery pack

Velorun said 9,800 replacement packs had already been shipped. It expects the recall to cost $45 million to $60 million, to be booked in the fourth quarter.

Shares of the Denver-based company fell 8.4% to $23.15 on Wednesday, wiping about $310 million off its market value.

It is Velorun's second battery recall in 18 months; in April 2024 it recalled 22,500 cargo bikes.

The commission said it had received reports of 1,370 fires involving e-bikes, scooters and hoverboards from 2021 through 2024.
""", [
    F("about 148,000", 148000, "#electric bicycle", "L", None, "recalled Velorun electric bicycles|electric bicycles|"
      "bicycles", None, "U.S. Consumer Product Safety Commission", source_alt=["CPSC", "commission"],
      unit_alt=["bicycle", "e-bike"], period_alt=[DAY(P)]),
    F("67", 67, "#report", "L", None, "reports of Velorun batteries overheating|reports", None, "agency",
      source_alt=CPSC[:1] + ["company"], period_alt=[(None, P)]),
    F("19", 19, "#fire", "L", None, "Velorun battery fires|fires", None, "agency", ctx="including 19 fires",
      source_alt=CPSC[:1],
      period_alt=[(None, P)]),
    F("four", 4, "#burn injury", "L", None, "burn injuries from Velorun batteries|burn injuries|injuries", None,
      "agency", ctx="four burn", source_alt=CPSC[:1], unit_alt=["injury"], period_alt=[(None, P)]),
    F("two", 2, "#burn injury", "L", None, "burn injuries requiring hospital treatment|injuries|hospital treatment",
      None, "agency", source_alt=CPSC[:1], unit_alt=["injury"], period_alt=[(None, P)]),
    F("about $1.9 million", 1.9e6, "$", "L", None, "Velorun property damage claims|property damage claims|claims",
      None, None, source_alt=CPSC, period_alt=[(None, P)]),
    F("about 131,000", 131000, "#unit", "L", None, "recalled units in the U.S.|units", None, None,
      source_alt=CPSC, period_alt=[DAY(P)]),
    F("17,000", 17000, "#unit", "L", None, "recalled units in Canada|units", None, None, source_alt=CPSC,
      period_alt=[DAY(P)]),
    RNG("between $1,299 and $2,199", 1299, 2199, "$", "L", None, "price of the recalled Velorun bicycles|price",
        MM(2023, 3, 2025, 8), None, source_alt=CPSC, period_alt=[None]),
    F("9,800", 9800, "#replacement pack", "L", None, "replacement battery packs shipped|replacement packs|packs",
      (None, P), "Velorun", source_alt=["Velorun Mobility", "company"], unit_alt=["pack"], period_alt=[None]),
    RNG("$45 million to $60 million", 45e6, 60e6, "$", "L", None, "cost of the Velorun recall|recall cost|cost",
        Q(2025, 4), "Velorun", source_alt=["Velorun Mobility", "It", "company"], period_alt=[None]),
    F("8.4%", 8.4, "%", "C", "dn", "Velorun shares|shares", DAY(P), None),
    F("$23.15", 23.15, "$", "L", "dn", "Velorun shares|shares", DAY(P), None),
    F("about $310 million", 310e6, "$", "C", "dn", "Velorun market value|market value", DAY(P), None),
    F("22,500", 22500, "#cargo bike", "L", None, "recalled Velorun cargo bikes|cargo bikes|bikes", M(2024, 4), None,
      unit_alt=["bike"]),
    F("1,370", 1370, "#fire", "L", None, "fires involving e-bikes, scooters and hoverboards|fires",
      MM(2021, 1, 2024, 12), "commission", source_alt=CPSC),
], ex=["18 months", "fourth quarter"])

# ---------------------------------------------------------------- 17 strike ballot (British), turnout, thresholds
P = on("2025-09-13", "Saturday")
UAGS = ["Union of Airport and Ground Staff", "union"]
story("b59-17", P, """
Baggage handlers and check-in staff at three UK airports have voted to strike over pay, the Union of Airport and Ground Staff said on Saturday, raising the prospect of disruption during the October half-term holiday.

Of the 2,340 members balloted at Manchester, Stansted and East Midlands, 1,702 voted, a turnout of 72.7 per cent, and 91.4 per cent of those backed strike action. A separate ballot on action short of a strike was supported by 96 per cent.

The workers, employed by contractor Skyline Ground Services, rejected a 3.2 per cent pay offer in August, worth about £780 a year for a typical baggage handler on £24,300. The union is seeking 6 per cent, or £1.50 an hour for the lowest-paid, whose hourly rate is £12.60.

Under the law, a strike ballot is valid only if at least 50 per cent of eligible members vote.

Skyline said the offer was "fair and affordable" and that 87 per cent of its 5,100 UK staff had accepted it.

Strikes by ground staff at the same airports last year cost airlines an estimated £14m, according to the Airline Operators Forum, an industry group.

"Nobody wants to ruin a family holiday, but our members cannot live on promises," said the union's general secretary, Carol Ashdown.
""", [
    F("three", 3, "#airport", "L", None, "UK airports where staff voted to strike|airports", DAY(P),
      "Union of Airport and Ground Staff", source_alt=["union"], period_alt=[None]),
    F("2,340", 2340, "#member", "L", None, "union members balloted|members", DAY(P), None, source_alt=UAGS,
      period_alt=[None]),
    F("1,702", 1702, "#member", "L", None, "union members who voted|members|votes", DAY(P), None, source_alt=UAGS,
      period_alt=[None]),
    F("72.7 per cent", 72.7, "%", "S", None, "strike ballot turnout|turnout", DAY(P), None, source_alt=UAGS,
      period_alt=[None], kind_alt=["level"]),
    F("91.4 per cent", 91.4, "%", "S", None, "members backing strike action|strike action|those", DAY(P), None,
      source_alt=UAGS, period_alt=[None]),
    F("96 per cent", 96, "%", "S", None, "support for action short of a strike|ballot|action short of a strike",
      DAY(P), None, source_alt=UAGS, period_alt=[None]),
    F("3.2 per cent", 3.2, "%", "C", "up", "Skyline Ground Services pay offer|pay offer|pay", None, None,
      period_alt=[M(2025, 8)]),
    F("about £780", 780, "£", "C", "up", "value of the pay offer for a typical baggage handler|pay offer|pay", None,
      None, unit_alt=["GBP per year"], period_alt=[M(2025, 8)]),
    F("£24,300", 24300, "£", "L", None, "typical baggage handler's pay|pay|baggage handler", None, None,
      unit_alt=["GBP per year"]),
    F("6 per cent", 6, "%", "C", "up", "union's pay claim|pay claim|pay", None, None, ctx="seeking 6 per cent",
      source_alt=UAGS),
    F("£1.50", 1.50, "£", "C", "up", "union's pay claim for the lowest-paid|pay claim|pay", None, None,
      source_alt=UAGS, unit_alt=["GBP per hour"]),
    F("£12.60", 12.60, "£", "L", None, "lowest-paid workers' hourly rate|hourly rate|rate", None, None,
      unit_alt=["GBP per hour"], period_alt=[DAY(P)]),
    F("at least 50 per cent", 50, "%", "S", None, "legal turnout threshold for a strike ballot|turnout threshold|"
      "threshold", None, None, source_alt=["law"], kind_alt=["level"]),
    F("87 per cent", 87, "%", "S", None, "Skyline staff who accepted the offer|staff", None, "Skyline",
      source_alt=["Skyline Ground Services"], period_alt=[DAY(P)]),
    F("5,100", 5100, "#staff", "L", None, "Skyline's UK staff|staff", None, "Skyline",
      source_alt=["Skyline Ground Services"], unit_alt=["employee"], period_alt=[DAY(P)]),
    F("an estimated £14m", 14e6, "£", "L", None, "cost of ground staff strikes to airlines|cost|strikes", Y(2024),
      "Airline Operators Forum", source_alt=["industry group"]),
], ex=["half-term"])

# ---------------------------------------------------------------- 18 venture round with H1 / YoY / YTD lines
P = on("2026-07-09", "Thursday")
H1 = H(2026, 1)
JL = ["Jambo Ledger", "company"]
SCI = ["Savanna Capital Insights"]
story("b59-18", P, """
NAIROBI, July 9 — Kenyan payments start-up Jambo Ledger has raised $48 million in a Series B round led by Swiss investor Alpenrot Ventures, valuing the company at about $310 million, its founders said on Thursday.

The round, which also included returning backers Baobab Capital and Tidewater Partners, brings its total funding to $71.5 million.

Jambo Ledger said it processed $2.9 billion in payments in H1, up 64% YoY, and now serves 412,000 merchants in Kenya, Uganda and Tanzania, compared with 260,000 a year earlier. Revenue grew to $11.2 million in the first six months from $6.8 million a year earlier.

The company plans to hire 150 engineers and expand into Ghana and Rwanda by mid-2027.

Funding tracker:
- African start-ups raised $1.47 billion in H1 2026, down 11% YoY (Savanna Capital Insights)
- Kenya: $386 million, or 26% of the total
- Fintech share of African funding, YTD: 46%

"Investors are back, but they are writing fewer, bigger cheques, and they want to see a path to profit," said Amara Okonkwo, a partner at Tidewater Partners.
""", [
    F("$48 million", 48e6, "$", "L", None, "Jambo Ledger's Series B round|Series B round|round", DAY(P), "founders",
      source_alt=JL, period_alt=[None]),
    F("about $310 million", 310e6, "$", "L", None, "Jambo Ledger's valuation|valuation|company", DAY(P), "founders",
      source_alt=JL, period_alt=[None]),
    F("$71.5 million", 71.5e6, "$", "L", "up", "Jambo Ledger's total funding|total funding|funding", (None, P), None,
      source_alt=JL, period_alt=[None, DAY(P)], direction_alt=[None]),
    F("$2.9 billion", 2.9e9, "$", "L", "up", "payments processed by Jambo Ledger|payments", H1, "Jambo Ledger",
      source_alt=["company"], direction_alt=[None]),
    F("64%", 64, "%", "C", "up", "payments processed by Jambo Ledger|payments", H1, "Jambo Ledger",
      source_alt=["company"]),
    F("412,000", 412000, "#merchant", "L", "up", "Jambo Ledger's merchants|merchants", DAY(P), "Jambo Ledger",
      source_alt=["company"], period_alt=[None, H1], direction_alt=[None]),
    F("260,000", 260000, "#merchant", "L", None, "Jambo Ledger's merchants|merchants", DAY(year_ago(P)),
      "Jambo Ledger", source_alt=["company"], period_alt=[None, H(2025, 1)]),
    F("$11.2 million", 11.2e6, "$", "L", "up", "Jambo Ledger's revenue|revenue", H1, None, source_alt=JL),
    F("$6.8 million", 6.8e6, "$", "L", None, "Jambo Ledger's revenue|revenue", H(2025, 1), None, source_alt=JL),
    F("150", 150, "#engineer", "C", "up", "Jambo Ledger's engineering hires|engineers|hires", None, None,
      source_alt=JL, kind_alt=["level"], period_alt=[(P, "2027-06"), (None, "2027-06")]),
    F("$1.47 billion", 1.47e9, "$", "L", "dn", "funding raised by African start-ups|African start-ups|funding", H1,
      "Savanna Capital Insights", direction_alt=[None]),
    F("11%", 11, "%", "C", "dn", "funding raised by African start-ups|African start-ups|funding", H1,
      "Savanna Capital Insights"),
    F("$386 million", 386e6, "$", "L", None, "funding raised by Kenyan start-ups|Kenya|funding", H1, None,
      source_alt=SCI),
    F("26%", 26, "%", "S", None, "Kenya's share of African start-up funding|Kenya|share", H1, None, source_alt=SCI),
    F("46%", 46, "%", "S", None, "fintech share of African start-up funding|fintech share|share", YTD(2026, 6),
      None, source_alt=SCI, period_alt=[YTD(2026, 7), ("2026-01-01", P)]),
], ex=["H1", "first six months"])

# ---------------------------------------------------------------- 19 crypto week to Sunday, a snapshot list, a forecast range
P = on("2026-03-15", "Sunday")
WK = ("2026-03-09", P)
story("b59-19", P, """
Bitcoin slid for a second week, ending the seven days to Sunday down 6.8% at about $97,450, as outflows from U.S.-listed spot exchange-traded funds accelerated and traders cut leverage ahead of the Federal Reserve's meeting on Wednesday.

The largest cryptocurrency is down 11.3% since the start of the year and 23% below its record of $126,200 set in October.

Weekly snapshot, to Sunday evening:
- Ether: $3,215, down 9.4%
- Solana: $148.20, down 12.1%
- XRP: $2.31, down 5.2%
- Total crypto market value: $3.38 trillion
- Bitcoin's share of the market: 59.6%

U.S. spot bitcoin ETFs had net outflows of $1.82 billion over the week's trading days, the most since November, according to data from Coinmetric Flows. Liquidations of leveraged long positions topped $2.4 billion on Thursday alone, tracker Ledgerline said.

"This looks like a healthy flush rather than the start of a bear market," said Tomás Ferreira, head of research at crypto broker Halyard Digital, who expects bitcoin to trade between $90,000 and $110,000 until the end of June.

Fed funds futures price a 62% probability that the central bank will leave rates unchanged on Wednesday.
""", [
    F("6.8%", 6.8, "%", "C", "dn", "bitcoin", WK, None, period_alt=[("2026-03-08", P)]),
    F("about $97,450", 97450, "$", "L", "dn", "bitcoin", DAY(P), None, direction_alt=[None]),
    F("11.3%", 11.3, "%", "C", "dn", "bitcoin|largest cryptocurrency", ("2026-01", "2026-03"), None,
      period_alt=[("2026-01-01", P)]),
    F("23%", 23, "%", "C", "dn", "bitcoin|largest cryptocurrency", DAY(P), None, period_alt=[None]),
    F("$126,200", 126200, "$", "L", None, "bitcoin's record|record|bitcoin", M(2025, 10), None),
    F("$3,215", 3215, "$", "L", "dn", "ether", DAY(P), None, direction_alt=[None]),
    F("9.4%", 9.4, "%", "C", "dn", "ether", WK, None, period_alt=[("2026-03-08", P)]),
    F("$148.20", 148.20, "$", "L", "dn", "solana", DAY(P), None, direction_alt=[None]),
    F("12.1%", 12.1, "%", "C", "dn", "solana", WK, None, period_alt=[("2026-03-08", P)]),
    F("$2.31", 2.31, "$", "L", "dn", "XRP", DAY(P), None, direction_alt=[None]),
    F("5.2%", 5.2, "%", "C", "dn", "XRP", WK, None, period_alt=[("2026-03-08", P)]),
    F("$3.38 trillion", 3.38e12, "$", "L", None, "total crypto market value|market value", DAY(P), None),
    F("59.6%", 59.6, "%", "S", None, "bitcoin's share of the crypto market|bitcoin's share|share", DAY(P), None),
    F("$1.82 billion", 1.82e9, "$", "L", None, "net outflows from U.S. spot bitcoin ETFs|net outflows|outflows",
      ("2026-03-09", "2026-03-13"), "Coinmetric Flows", period_alt=[WK], direction_alt=["dn"]),
    F("$2.4 billion", 2.4e9, "$", "L", "up", "liquidations of leveraged long positions|liquidations",
      DAY("2026-03-12"), "Ledgerline", source_alt=["tracker"], direction_alt=[None]),
    RNG("between $90,000 and $110,000", 90000, 110000, "$", "L", None, "bitcoin", (P, "2026-06-30"),
        "Tomás Ferreira", source_alt=["Ferreira", "head of research", "Halyard Digital"],
        period_alt=[("2026-03", "2026-06"), (None, "2026-06")]),
    F("62%", 62, "%", "L", None, "probability the Fed leaves rates unchanged|probability", None,
      "Fed funds futures", source_alt=["futures"], kind_alt=["share"], period_alt=[DAY(P), DAY("2026-03-18")]),
], ex=["seven days"])

# ---------------------------------------------------------------- 20 patent filings: a year's index with field lines
P = on("2026-03-17", "Tuesday")
Y25 = Y(2025)
EPO = ["European Patent Office", "EPO", "Patent Index"]
story("b59-20", P, """
MUNICH, 17 March 2026 — Patent applications at the European Patent Office rose 2.4% to a record 204,300 in 2025, driven by a surge in filings for computer technology and batteries, the EPO said in its annual Patent Index on Tuesday.

Filings from the United States, the largest source, grew 1.1% to 49,100, while those from China jumped 9.6% to 23,800, overtaking Japan, whose applications fell 3.2% to 21,500. German filings slipped 0.8% to 24,900.

Top fields (applications, change):
- Computer technology: 17,450, up 7.3%
- Electrical machinery and energy: 16,920, up 5.5%
- Medical technology: 15,610, down 1.9%
- Digital communication: 14,380, up 0.4%

Swiss applicants filed 9,870 applications, the most relative to population of any country at 1,104 per million inhabitants. Filings from Sweden rose 4.1% and those from Denmark 12.6%, thanks mainly to wind power and pharmaceuticals.

The biggest single applicant was South Korean electronics group Hanseong Electronics, with 4,870 filings.

The office granted 129,800 patents in the year, down 3.5%, as examiners worked through a backlog in older technical fields.

"Europe is holding its own in clean tech but losing ground in digital," said Petra Kaltenbrunner, a patent attorney at Munich firm Isar IP.
""", [
    F("2.4%", 2.4, "%", "C", "up", "patent applications at the European Patent Office|patent applications|"
      "applications", Y25, "EPO", source_alt=EPO[:1] + EPO[2:]),
    F("204,300", 204300, "#patent application", "L", "up", "patent applications at the European Patent Office|"
      "patent applications|applications", Y25, "EPO", source_alt=EPO[:1] + EPO[2:], unit_alt=["application"]),
    F("1.1%", 1.1, "%", "C", "up", "patent filings from the United States|filings", Y25, None, source_alt=EPO),
    F("49,100", 49100, "#filing", "L", "up", "patent filings from the United States|filings", Y25, None,
      source_alt=EPO, unit_alt=["application"]),
    F("9.6%", 9.6, "%", "C", "up", "patent filings from China|filings", Y25, None, source_alt=EPO),
    F("23,800", 23800, "#filing", "L", "up", "patent filings from China|filings", Y25, None, source_alt=EPO,
      unit_alt=["application"]),
    F("3.2%", 3.2, "%", "C", "dn", "Japan's patent applications|applications", Y25, None, source_alt=EPO),
    F("21,500", 21500, "#application", "L", "dn", "Japan's patent applications|applications", Y25, None,
      source_alt=EPO),
    F("0.8%", 0.8, "%", "C", "dn", "German patent filings|filings", Y25, None, source_alt=EPO),
    F("24,900", 24900, "#filing", "L", "dn", "German patent filings|filings", Y25, None, source_alt=EPO,
      unit_alt=["application"]),
    F("17,450", 17450, "#application", "L", "up", "computer technology patent applications|computer technology",
      Y25, None, source_alt=EPO, direction_alt=[None]),
    F("7.3%", 7.3, "%", "C", "up", "computer technology patent applications|computer technology", Y25, None,
      source_alt=EPO),
    F("16,920", 16920, "#application", "L", "up", "electrical machinery and energy patent applications|"
      "electrical machinery and energy|energy", Y25, None, source_alt=EPO, direction_alt=[None]),
    F("5.5%", 5.5, "%", "C", "up", "electrical machinery and energy patent applications|"
      "electrical machinery and energy|energy", Y25, None, source_alt=EPO),
    F("15,610", 15610, "#application", "L", "dn", "medical technology patent applications|medical technology", Y25,
      None, source_alt=EPO, direction_alt=[None]),
    F("1.9%", 1.9, "%", "C", "dn", "medical technology patent applications|medical technology", Y25, None,
      source_alt=EPO),
    F("14,380", 14380, "#application", "L", "up", "digital communication patent applications|digital communication",
      Y25, None, source_alt=EPO, direction_alt=[None]),
    F("0.4%", 0.4, "%", "C", "up", "digital communication patent applications|digital communication", Y25, None,
      source_alt=EPO),
    F("9,870", 9870, "#application", "L", None, "applications by Swiss applicants|Swiss applicants|applications",
      Y25, None, source_alt=EPO),
    F("1,104", 1104, "application per million inhabitants", "R", None,
      "Swiss patent applications per million inhabitants|applications per million inhabitants|applications", Y25,
      None, source_alt=EPO, unit_alt=["per million inhabitants", "application"], kind_alt=["level"]),
    F("4.1%", 4.1, "%", "C", "up", "patent filings from Sweden|filings|Sweden", Y25, None, source_alt=EPO),
    F("12.6%", 12.6, "%", "C", "up", "patent filings from Denmark|filings|Denmark", Y25, None, source_alt=EPO),
    F("4,870", 4870, "#filing", "L", None, "Hanseong Electronics' patent filings|filings|applicant", Y25, None,
      source_alt=EPO, unit_alt=["application"]),
    F("129,800", 129800, "#patent", "L", "dn", "patents granted by the EPO|patents granted|patents", Y25, None,
      source_alt=EPO),
    F("3.5%", 3.5, "%", "C", "dn", "patents granted by the EPO|patents granted|patents", Y25, None, source_alt=EPO),
])
