"""blind54 stories 41-50: formats and hard cases."""
from common import *

# ---------------------------------------------------------------- 41 Live blog: earthquake, rising death toll, timestamps
PUB = "2026-02-09"
INDECI = "National Civil Defence Institute"
story("b54-41", PUB, """
LIVE: Southern Peru earthquake - death toll rises to 112

11:20 GMT - The death toll has risen to at least 112, Peru's National Civil Defence Institute said in its latest update, with more than 640 people injured and about 3,900 homes destroyed or uninhabitable. Rescuers are still searching for 27 people reported missing in the town of Santa Rosa de Quilca.

10:05 GMT - President Elena Vargas-Ruiz has declared a state of emergency for 60 days in three regions and said the government would release 500 million soles for reconstruction. "No family will be left alone," she told reporters in Arequipa.

08:45 GMT - The U.S. Geological Survey has revised the quake's magnitude down to 7.1 from an initial 7.3. It struck at a depth of about 42 kilometres shortly before 3 a.m. local time, when most people were asleep.

07:30 GMT - Officials put the toll at 64. More than 30 aftershocks have been recorded, the largest of magnitude 5.6, according to the Geophysical Institute of Peru.

06:15 GMT - At least 37 people are confirmed dead, regional authorities say. Nearly two-thirds of the victims were in adobe houses.
""", [
    F("112", 112, "#death", "L", "up", "earthquake death toll|death toll|toll|deaths", PUB, None, ctx="rises to 112",
      source_alt=[INDECI], unit_alt=["person"]),
    F("112", 112, "#death", "L", "up", "earthquake death toll|death toll|toll|deaths", PUB, INDECI, ctx="at least 112",
      source_alt=["civil defence institute", "institute"], unit_alt=["person"]),
    F("640", 640, "#person", "L", None, "people injured|injured|people", PUB, INDECI, source_alt=["institute"]),
    F("3,900", 3900, "#home", "L", None, "homes destroyed or uninhabitable|homes", PUB, INDECI, source_alt=["institute"]),
    F("27", 27, "#person", "L", None, "people reported missing|missing|people", PUB, None, source_alt=[INDECI]),
    F("60 days", 60, "day", "L", None, "state of emergency|emergency", (PUB, plus(PUB, 59)), None,
      source_alt=["Elena Vargas-Ruiz"], period_alt=[None, (PUB, plus(PUB, 60))]),
    F("three", 3, "#region", "L", None, "regions under the state of emergency|regions", PUB, None, ctx="in three regions",
      source_alt=["Elena Vargas-Ruiz"]),
    F("500 million soles", 500e6, "PEN", "L", None, "reconstruction funds|reconstruction|funds", None, "Elena Vargas-Ruiz",
      unit_alt=["sol", "sole"], source_alt=["Vargas-Ruiz", "government"]),
    F("7.1", 7.1, None, "L", "dn", "earthquake magnitude|magnitude|quake", PUB, "U.S. Geological Survey",
      unit_alt=["magnitude"], source_alt=["USGS"], direction_alt=[None]),
    F("7.3", 7.3, None, "L", None, "initial earthquake magnitude|magnitude|quake", PUB, "U.S. Geological Survey",
      unit_alt=["magnitude"], source_alt=["USGS"]),
    F("42 kilometres", 42, "km", "L", None, "depth of the earthquake|depth|quake", PUB, None, source_alt=["U.S. Geological Survey"]),
    F("64", 64, "#death", "L", "up", "earthquake death toll|death toll|toll", PUB, "officials", ctx="toll at 64", unit_alt=["person"],
      direction_alt=[None]),
    F("30", 30, "#aftershock", "L", None, "aftershocks recorded|aftershocks", PUB, "Geophysical Institute of Peru", ctx="More than 30",
      source_alt=["institute"]),
    F("5.6", 5.6, None, "L", None, "largest aftershock magnitude|magnitude|aftershock", PUB, "Geophysical Institute of Peru",
      unit_alt=["magnitude"], source_alt=["institute"]),
    F("37", 37, "#person", "L", None, "confirmed dead|death toll|dead|people", PUB, "regional authorities",
      unit_alt=["death"], source_alt=["authorities"]),
    FR("two-thirds", 2, 3, "S", None, "victims in adobe houses|victims", PUB, None, source_alt=["regional authorities"]),
], ex=["11:20 GMT", "10:05 GMT", "08:45 GMT", "07:30 GMT", "06:15 GMT", "3 a.m."])

# ---------------------------------------------------------------- 42 Stock-market wrap: index points and percent moves
PUB = "2025-11-21"
WK = ("2025-11-17", "2025-11-21")
story("b54-42", PUB, """
Wall Street closed sharply higher on Friday as comments from a Federal Reserve official revived hopes of a December interest rate cut, snapping a three-day losing streak, though the major indexes still posted weekly declines.

The Dow Jones Industrial Average rose 493.15 points, or 1.08%, to 46,245.41, the S&P 500 gained 64.23 points, or 0.98%, to 6,602.99 and the Nasdaq Composite added 195.03 points, or 0.88%, to 22,273.08.

For the week, the S&P 500 lost 1.9%, the Nasdaq fell 2.7% and the Dow shed 1.9%. The small-cap Russell 2000 jumped 2.8% on the day.

Traders now see a roughly 70% chance of a quarter-point cut at the Fed's Dec. 9-10 meeting, up from 39% a day earlier, according to CME Group's FedWatch tool.

Among individual stocks, Pellucid Networks surged 14.6% after raising its annual forecast, while drugstore chain Hartwell & Finch tumbled 22% to a record low of $8.14 after suspending its dividend. Shares of chipmaker Orion Semiconductor, down more than a third since late October, rebounded 4.1%.

Advancing issues outnumbered decliners by a 3.2-to-1 ratio on the NYSE. About 19.4 billion shares changed hands on U.S. exchanges, compared with an average of 17.1 billion over the previous 20 sessions, LSEG data showed.

The 10-year Treasury yield fell 4.6 basis points to 4.06%.
""", [
    F("493.15 points", 493.15, "point", "C", "up", "Dow Jones Industrial Average|Dow|index", PUB, None),
    F("1.08%", 1.08, "%", "C", "up", "Dow Jones Industrial Average|Dow|index", PUB, None),
    F("46,245.41", 46245.41, "point", "L", "up", "Dow Jones Industrial Average|Dow|index", PUB, None, unit_alt=[None]),
    F("64.23 points", 64.23, "point", "C", "up", "S&P 500|index", PUB, None),
    F("0.98%", 0.98, "%", "C", "up", "S&P 500|index", PUB, None),
    F("6,602.99", 6602.99, "point", "L", "up", "S&P 500|index", PUB, None, unit_alt=[None]),
    F("195.03 points", 195.03, "point", "C", "up", "Nasdaq Composite|Nasdaq|index", PUB, None),
    F("0.88%", 0.88, "%", "C", "up", "Nasdaq Composite|Nasdaq|index", PUB, None),
    F("22,273.08", 22273.08, "point", "L", "up", "Nasdaq Composite|Nasdaq|index", PUB, None, unit_alt=[None]),
    F("1.9%", 1.9, "%", "C", "dn", "S&P 500|index", WK, None, ctx="S&P 500 lost 1.9%"),
    F("2.7%", 2.7, "%", "C", "dn", "Nasdaq Composite|Nasdaq|index", WK, None),
    F("1.9%", 1.9, "%", "C", "dn", "Dow Jones Industrial Average|Dow|index", WK, None, ctx="Dow shed 1.9%"),
    F("2.8%", 2.8, "%", "C", "up", "Russell 2000|small-cap index|index", PUB, None),
    F("70%", 70, "%", "L", "up", "probability of a December rate cut|chance|rate cut|cut", PUB, "CME Group's FedWatch tool",
      kind_alt=["share"], source_alt=["CME Group", "FedWatch", "traders"], direction_alt=[None]),
    F("quarter-point", 0.25, "pp", "C", "dn", "Fed interest rate cut|rate cut|cut|rate", ("2025-12-09", "2025-12-10"),
      "CME Group's FedWatch tool", value_alt=[25], unit_alt=["basis point", "point", "percent"],
      source_alt=["CME Group", "FedWatch", "traders"], period_alt=[M(2025, 12), "2025-12-10"]),
    F("39%", 39, "%", "L", None, "probability of a December rate cut|chance|rate cut|cut", plus(PUB, -1),
      "CME Group's FedWatch tool", kind_alt=["share"], source_alt=["CME Group", "FedWatch"]),
    F("14.6%", 14.6, "%", "C", "up", "Pellucid Networks shares|shares|stock|Pellucid Networks", PUB, None),
    F("22%", 22, "%", "C", "dn", "Hartwell & Finch shares|shares|stock|Hartwell & Finch", PUB, None),
    F("$8.14", 8.14, "$", "L", "dn", "Hartwell & Finch shares|shares|stock|share price|Hartwell & Finch", PUB, None),
    FR("a third", 1, 3, "C", "dn", "Orion Semiconductor shares|shares|stock|Orion", ("2025-10", "2025-11"), None,
       period_alt=[None, (None, PUB)]),
    F("4.1%", 4.1, "%", "C", "up", "Orion Semiconductor shares|shares|stock|Orion", PUB, None),
    F("3.2-to-1", 3.2, None, "R", None, "ratio of advancing to declining issues|advancing issues|issues|ratio", PUB, None,
      unit_alt=["times"]),
    F("19.4 billion", 19.4e9, "#share", "L", None, "volume on U.S. exchanges|volume|shares", PUB, "LSEG",
      source_alt=["LSEG data", "data"]),
    F("17.1 billion", 17.1e9, "#share", "L", None, "average volume|volume|shares", (plus(PUB, -28), plus(PUB, -1)), "LSEG",
      source_alt=["LSEG data", "data"], period_alt=[None]),
    F("4.6 basis points", 4.6, "bp", "C", "dn", "10-year Treasury yield|Treasury yield|yield", PUB, None),
    F("4.06%", 4.06, "%", "L", "dn", "10-year Treasury yield|Treasury yield|yield", PUB, None),
], ex=["three-day", "Dec. 9-10", "S&P 500", "Russell 2000", "20 sessions", "10-year"])

# ---------------------------------------------------------------- 43 List/bullets: EU rail passenger rights
PUB = "2026-03-04"
EC = "European Commission"
story("b54-43", PUB, """
The European Union's revised rail passenger rights rules take effect on Sunday. Here is what changes for travellers, according to the European Commission:

* Delays: passengers will be entitled to compensation of 25% of the ticket price for arrivals between 60 and 119 minutes late, rising to 50% for delays of two hours or more. Under the old rules, operators could refuse to pay in cases of "extraordinary circumstances", such as storms.

* Rerouting: if an operator has not offered an alternative within 100 minutes of a scheduled departure, passengers may book their own onward travel and claim the cost back.

* Claims: companies must pay compensation within 14 days of a claim, down from one month. Payments below €4 may be withheld.

* Bicycles: new and refurbished trains must have at least four spaces for assembled bikes.

* Disability assistance: advance notice for help boarding will be cut to 24 hours from 48 hours.

About 9.9 billion rail journeys were made in the EU in 2024, Eurostat figures show, up 6% from a year earlier. The Commission estimates that roughly one in eight long-distance trips ran more than an hour late.

Consumer group Rail Users Europe said the changes were "welcome but overdue", noting that only about a third of eligible passengers currently claim compensation.
""", [
    F("25%", 25, "%", "S", None, "compensation as a share of the ticket price|compensation|ticket price", (nxt(PUB, "Sunday"), None),
      None, source_alt=[EC, "Commission"], kind_alt=["level"], period_alt=[None]),
    F("60 and 119 minutes", 60, "minute", "L", None, "arrival delay qualifying for 25% compensation|delay|arrivals", None,
      None, value_hi=119, source_alt=[EC, "Commission"]),
    F("50%", 50, "%", "S", None, "compensation as a share of the ticket price|compensation|ticket price", (nxt(PUB, "Sunday"), None),
      None, source_alt=[EC, "Commission"], kind_alt=["level"], period_alt=[None]),
    F("two hours", 2, "hour", "L", None, "delay qualifying for 50% compensation|delay|delays", None, None,
      source_alt=[EC, "Commission"], value_alt=[120], unit_alt=["minute"]),
    F("100 minutes", 100, "minute", "L", None, "time limit for offering an alternative|alternative|time limit", None, None,
      source_alt=[EC, "Commission"]),
    F("14 days", 14, "day", "L", "dn", "compensation payment deadline|deadline|compensation", (nxt(PUB, "Sunday"), None), None,
      source_alt=[EC, "Commission"], direction_alt=[None], period_alt=[None]),
    F("one month", 1, "month", "L", None, "previous compensation payment deadline|deadline|compensation", None, None,
      source_alt=[EC, "Commission"]),
    F("€4", 4, "€", "L", None, "minimum compensation payment|payments|threshold", None, None, source_alt=[EC, "Commission"]),
    F("four", 4, "#space", "L", None, "bike spaces on new trains|spaces|bikes|trains", None, None, ctx="at least four",
      source_alt=[EC, "Commission"]),
    F("24 hours", 24, "hour", "L", "dn", "advance notice for assistance|advance notice|notice", (nxt(PUB, "Sunday"), None),
      None, source_alt=[EC, "Commission"], direction_alt=[None], period_alt=[None]),
    F("48 hours", 48, "hour", "L", None, "advance notice for assistance|advance notice|notice", None, None,
      source_alt=[EC, "Commission"]),
    F("9.9 billion", 9.9e9, "#journey", "L", "up", "EU rail journeys|rail journeys|journeys", Y(2024), "Eurostat",
      source_alt=["Eurostat figures", "figures"], direction_alt=[None]),
    F("6%", 6, "%", "C", "up", "EU rail journeys|rail journeys|journeys", Y(2024), "Eurostat",
      source_alt=["Eurostat figures", "figures"]),
    FR("one in eight", 1, 8, "S", None, "long-distance trips more than an hour late|trips|long-distance trips", None,
       "Commission", source_alt=[EC], period_alt=[Y(2024)]),
    FR("a third", 1, 3, "S", None, "eligible passengers claiming compensation|passengers|compensation", PUB,
       "Rail Users Europe", source_alt=["consumer group"], period_alt=[None]),
], ex=["more than an hour late"])

# ---------------------------------------------------------------- 44 Data table in text: airport punctuality
PUB = "2025-08-21"
CAA = "Civil Aviation Authority"
JUL = M(2025, 7)
story("b54-44", PUB, """
London Luton was the UK's least punctual major airport in July, with flights departing an average of 31 minutes late, according to analysis of Civil Aviation Authority data published on Thursday.

Air traffic control staff shortages in France and thunderstorms over central Europe disrupted schedules across the month, the analysis by travel data firm Skyroute found. Across the 10 busiest airports, the average delay was 23 minutes, up from 19 minutes in July last year, and fewer than six in 10 flights left within 15 minutes of their scheduled time.

Airport / Flights / On time / Average delay
Luton / 9,870 / 48% / 31 min
Gatwick / 26,440 / 52% / 29 min
Stansted / 18,120 / 57% / 24 min
Heathrow / 41,300 / 66% / 17 min

Heathrow, the country's busiest airport, handled 8.4 million passengers in the month, a record. Gatwick's cancellation rate was 2.1%, the highest of the four.

"July is always hard, but some of these airlines are scheduling as if nothing can go wrong," said Skyroute's head of analysis, Marcus Bell. Passengers delayed by three hours or more on flights of up to 1,500 kilometres are entitled to £220 in compensation under UK rules.
""", [
    F("31 minutes", 31, "minute", "L", None, "Luton's average departure delay|average delay|delay|Luton", JUL, "Skyroute",
      source_alt=[CAA, "analysis"]),
    F("10", 10, "#airport", "L", None, "busiest airports|airports", None, None, ctx="the 10 busiest"),
    F("23 minutes", 23, "minute", "L", "up", "average delay at the 10 busiest airports|average delay|delay", JUL, "Skyroute",
      source_alt=[CAA, "analysis"]),
    F("19 minutes", 19, "minute", "L", None, "average delay at the 10 busiest airports|average delay|delay", M(2024, 7),
      "Skyroute", source_alt=[CAA, "analysis"]),
    FR("six in 10", 6, 10, "S", None, "flights leaving on time|flights|on time", JUL, "Skyroute",
       source_alt=[CAA, "analysis"]),
    F("9,870", 9870, "#flight", "L", None, "Luton flights|flights|Luton", JUL, None, source_alt=["Skyroute", CAA]),
    F("48%", 48, "%", "S", None, "Luton on-time share|on time|Luton", JUL, None, source_alt=["Skyroute", CAA]),
    F("31 min", 31, "minute", "L", None, "Luton's average delay|average delay|delay|Luton", JUL, None, ctx="48% / 31 min",
      source_alt=["Skyroute", CAA]),
    F("26,440", 26440, "#flight", "L", None, "Gatwick flights|flights|Gatwick", JUL, None, source_alt=["Skyroute", CAA]),
    F("52%", 52, "%", "S", None, "Gatwick on-time share|on time|Gatwick", JUL, None, source_alt=["Skyroute", CAA]),
    F("29 min", 29, "minute", "L", None, "Gatwick's average delay|average delay|delay|Gatwick", JUL, None,
      source_alt=["Skyroute", CAA]),
    F("18,120", 18120, "#flight", "L", None, "Stansted flights|flights|Stansted", JUL, None, source_alt=["Skyroute", CAA]),
    F("57%", 57, "%", "S", None, "Stansted on-time share|on time|Stansted", JUL, None, source_alt=["Skyroute", CAA]),
    F("24 min", 24, "minute", "L", None, "Stansted's average delay|average delay|delay|Stansted", JUL, None,
      source_alt=["Skyroute", CAA]),
    F("41,300", 41300, "#flight", "L", None, "Heathrow flights|flights|Heathrow", JUL, None, source_alt=["Skyroute", CAA]),
    F("66%", 66, "%", "S", None, "Heathrow on-time share|on time|Heathrow", JUL, None, source_alt=["Skyroute", CAA]),
    F("17 min", 17, "minute", "L", None, "Heathrow's average delay|average delay|delay|Heathrow", JUL, None,
      source_alt=["Skyroute", CAA]),
    F("8.4 million", 8.4e6, "#passenger", "L", "up", "Heathrow passengers|passengers|Heathrow", JUL, None,
      direction_alt=[None]),
    F("2.1%", 2.1, "%", "S", None, "Gatwick's cancellation rate|cancellation rate|cancellations|Gatwick", JUL, None,
      kind_alt=["level"]),
    F("four", 4, "#airport", "L", None, "airports in the table|airports", None, None, ctx="of the four"),
    F("three hours", 3, "hour", "L", None, "delay qualifying for compensation|delay|passengers", None, "Marcus Bell",
      source_alt=["Bell", "Skyroute"], value_alt=[180], unit_alt=["minute"]),
    F("1,500 kilometres", 1500, "km", "L", None, "flight distance threshold|flights|distance", None, "Marcus Bell",
      source_alt=["Bell", "Skyroute"]),
    F("£220", 220, "£", "L", None, "compensation for delayed passengers|compensation", None, "Marcus Bell",
      source_alt=["Bell", "Skyroute", "UK rules"]),
], ex=["within 15 minutes"])

# ---------------------------------------------------------------- 45 Disaster: typhoon, death toll, at least / nearly / more than
PUB = "2025-11-09"
NDRRMC = "National Disaster Risk Reduction and Management Council"
story("b54-45", PUB, """
The death toll from Typhoon Kalmaro in the central Philippines rose to at least 188 on Sunday, with 135 people still missing, the National Disaster Risk Reduction and Management Council said, making it the country's deadliest storm this year.

The council had reported 114 deaths on Saturday. More than 2.1 million people across nine provinces were affected, and nearly 560,000 remain in evacuation centres.

Kalmaro made landfall on the island of Samar late on Thursday with sustained winds of 185 kilometres per hour and gusts of up to 230 km/h, before weakening as it crossed into the South China Sea on Friday. Some towns received between 300 mm and 400 mm of rain in 24 hours, about twice the monthly average, the weather bureau PAGASA said.

In the worst-hit town of San Policarpo, officials said about 70% of houses had been damaged, a third of them completely flattened.

Damage to crops, mostly rice and coconut, was estimated at 3.8 billion pesos ($64 million) by the agriculture department, which said more than 41,000 hectares of farmland had been affected.

The Philippines is hit by an average of 20 tropical storms a year. Kalmaro was the 21st of 2025.
""", [
    F("188", 188, "#death", "L", "up", "Typhoon Kalmaro death toll|death toll|toll|deaths", PUB, NDRRMC, ctx="at least 188",
      source_alt=["NDRRMC", "council"], unit_alt=["person"]),
    F("135", 135, "#person", "L", None, "people missing|missing|people", PUB, NDRRMC, source_alt=["NDRRMC", "council"]),
    F("114", 114, "#death", "L", None, "Typhoon Kalmaro death toll|death toll|toll|deaths", last(PUB, "Saturday"), "council",
      source_alt=[NDRRMC, "NDRRMC"], unit_alt=["person"]),
    F("2.1 million", 2.1e6, "#person", "L", None, "people affected|affected|people", PUB, None, source_alt=[NDRRMC]),
    F("nine", 9, "#province", "L", None, "provinces affected|provinces", PUB, None, ctx="nine provinces", source_alt=[NDRRMC]),
    F("560,000", 560000, "#person", "L", None, "people in evacuation centres|evacuation centres|people", PUB, None,
      source_alt=[NDRRMC]),
    F("185 kilometres per hour", 185, "kilometre per hour", "L", None, "sustained winds|winds|wind speed", last(PUB, "Thursday"),
      None, unit_alt=["km/h", "kilometer per hour", "kph"]),
    F("230 km/h", 230, "kilometre per hour", "L", None, "gusts|wind gusts|winds", last(PUB, "Thursday"), None,
      unit_alt=["km/h", "kilometer per hour", "kph"]),
    F("300 mm and 400 mm", 300, "millimeter", "L", None, "rainfall|rain", (last(PUB, "Thursday"), last(PUB, "Friday")),
      "PAGASA", value_hi=400, unit_alt=["mm", "millimetre"], source_alt=["weather bureau"], period_alt=[None]),
    F("twice", 2, None, "R", None, "rainfall relative to the monthly average|rainfall|rain|monthly average",
      (last(PUB, "Thursday"), last(PUB, "Friday")), "PAGASA", unit_alt=["times"], source_alt=["weather bureau"],
      direction_alt=["increase"], period_alt=[None]),
    F("70%", 70, "%", "S", None, "houses damaged in San Policarpo|houses|San Policarpo", PUB, "officials",
      period_alt=[None]),
    FR("a third", 1, 3, "S", None, "damaged houses completely flattened|houses|flattened", PUB, "officials",
       period_alt=[None]),
    F("3.8 billion pesos", 3.8e9, "PHP", "L", None, "crop damage|damage|crops", PUB, "agriculture department",
      unit_alt=["peso"], source_alt=["department"], period_alt=[None]),
    F("$64 million", 64e6, "$", "L", None, "crop damage|damage|crops", PUB, "agriculture department",
      source_alt=["department"], period_alt=[None]),
    F("41,000 hectares", 41000, "hectare", "L", None, "farmland affected|farmland", PUB, "agriculture department",
      source_alt=["department"], period_alt=[None]),
    F("20", 20, "#storm", "L", None, "tropical storms a year|tropical storms|storms", None, None, ctx="average of 20",
      unit_alt=["storm per year"]),
], ex=["21st of 2025", "in 24 hours"])

# ---------------------------------------------------------------- 46 Transport: IT outage, cancellations, delays in minutes
PUB = "2026-08-15"
fri = last(PUB, "Friday")
story("b54-46", PUB, """
Britain's biggest low-cost airline, Skylark, cancelled 412 flights on Friday after a failure in its crew-scheduling software, disrupting the plans of about 68,000 passengers at the start of one of the busiest weekends of the summer.

The airline said the fault was fixed by late afternoon, but knock-on delays averaged 94 minutes at its Manchester base and more than two hours in Palma and Faro, according to flight-tracking site RadarJet. A further 37 flights were cancelled on Saturday morning.

Skylark, which operates about 2,100 flights a day in peak season, said it expected to run a full schedule by Sunday. It declined to say how much the disruption would cost, but analysts at Fenwick Broking estimated between £25m and £35m, including compensation of up to £520 per passenger on longer routes.

"We waited nine hours at the gate with two vouchers for £4.50 each," said Claire Dunmore, 38, who was travelling from Manchester to Tenerife with her three children.

The Civil Aviation Authority said it would review the airline's handling of the incident. Last year Skylark carried 71 million passengers, a 9% increase, and reported a pre-tax profit of £1.3bn.

The incident was the airline's second major IT outage in 18 months.
""", [
    F("412", 412, "#flight", "L", None, "Skylark flights cancelled|cancelled flights|flights|cancellations", fri, None,
      source_alt=["Skylark"]),
    F("68,000", 68000, "#passenger", "L", None, "passengers disrupted|passengers", fri, None, source_alt=["Skylark"]),
    F("94 minutes", 94, "minute", "L", None, "average knock-on delays at Manchester|delays|Manchester", fri, "RadarJet",
      source_alt=["flight-tracking site"]),
    F("two hours", 2, "hour", "L", None, "delays in Palma and Faro|delays|Palma|Faro", fri, "RadarJet",
      source_alt=["flight-tracking site"], value_alt=[120], unit_alt=["minute"]),
    F("37", 37, "#flight", "L", None, "flights cancelled on Saturday|cancelled flights|flights", PUB, None,
      source_alt=["Skylark"]),
    F("2,100", 2100, "#flight", "L", None, "Skylark's daily flights in peak season|flights|Skylark", None, "Skylark",
      unit_alt=["flight per day"], source_alt=["airline"]),
    F("£25m and £35m", 25e6, "£", "L", None, "cost of the disruption|cost|disruption", fri, "Fenwick Broking",
      value_hi=35e6, source_alt=["analysts"], period_alt=[None]),
    F("£520", 520, "£", "L", None, "compensation per passenger|compensation|passenger", None, "Fenwick Broking",
      source_alt=["analysts"]),
    F("nine hours", 9, "hour", "L", None, "wait at the gate|wait|gate", fri, "Claire Dunmore", source_alt=["Dunmore"]),
    F("two", 2, "#voucher", "L", None, "vouchers|Dunmore", fri, "Claire Dunmore", ctx="two vouchers",
      source_alt=["Dunmore"]),
    F("£4.50", 4.50, "£", "L", None, "value of each voucher|vouchers|voucher", fri, "Claire Dunmore",
      source_alt=["Dunmore"]),
    AGE("38", 38, "Claire Dunmore", alts="Dunmore"),
    F("three", 3, "#child", "L", None, "Dunmore's children|children|Dunmore", None, None, ctx="her three children"),
    F("71 million", 71e6, "#passenger", "L", "up", "Skylark passengers|passengers|Skylark", Y(2025), None,
      direction_alt=[None]),
    F("9%", 9, "%", "C", "up", "Skylark passengers|passengers|Skylark", Y(2025), None),
    F("£1.3bn", 1.3e9, "£", "L", None, "pre-tax profit|profit", Y(2025), None, source_alt=["Skylark"]),
], ex=["one of the busiest", "second major", "18 months"])

# ---------------------------------------------------------------- 47 Labour strike: wage offer over multiple years
PUB = "2026-06-25"
story("b54-47", PUB, """
About 14,000 hospital support workers in Ontario will walk off the job on Monday after rejecting a wage offer worth 15% over three years, their union said on Thursday, in what would be the province's largest health-care strike in more than two decades.

Members of the Allied Hospital Workers' Union, which represents support staff at 47 hospitals, voted 86% in favour of strike action on a turnout of 71%.

The Ontario Hospital Association's offer included raises of 6% in the first year and 4.5% in each of the following two years, plus a one-time payment of C$1,500. The union is seeking 24% over three years, arguing that members' real wages have fallen by about 11% since 2020.

A typical porter earns about C$23.40 an hour, roughly a third less than a comparable worker in the private sector, according to union figures.

"Our members cannot afford to keep subsidising the hospital system," said union president Deborah Okonkwo.

The association said its offer would cost about C$390 million over the life of the contract and that meeting the union's demand would add C$240 million. Hospitals plan to postpone up to 30% of elective surgeries if the strike goes ahead, a spokeswoman for the association said.

Essential-service rules require at least 40% of staff in critical units to remain at work.
""", [
    F("14,000", 14000, "#worker", "L", None, "hospital support workers striking|workers", nxt(PUB, "Monday"), "union",
      source_alt=["Allied Hospital Workers' Union"], period_alt=[PUB, None]),
    F("15%", 15, "%", "C", "up", "wage offer|wages|offer", (None, None), "union", source_alt=["Allied Hospital Workers' Union"],
      period_alt=[("2026-01", "2028-12"), ("2026-06", "2029-06")]),
    F("three years", 3, "year", "L", None, "length of the wage offer|offer|contract", None, "union",
      ctx="15% over three years", source_alt=["Allied Hospital Workers' Union"]),
    F("47", 47, "#hospital", "L", None, "hospitals represented|hospitals", None, None),
    F("86%", 86, "%", "S", None, "vote in favour of strike action|vote|strike action|members", PUB, None,
      source_alt=["Allied Hospital Workers' Union"], period_alt=[None]),
    F("71%", 71, "%", "S", None, "ballot turnout|turnout", PUB, None, source_alt=["Allied Hospital Workers' Union"],
      period_alt=[None], kind_alt=["level"]),
    F("6%", 6, "%", "C", "up", "first-year raise|raises|wages", None, None, ctx="raises of 6%", source_alt=["Ontario Hospital Association"]),
    F("4.5%", 4.5, "%", "C", "up", "annual raise in the second and third years|raises|wages", None, None,
      source_alt=["Ontario Hospital Association"]),
    F("C$1,500", 1500, "C$", "L", None, "one-time payment|payment", None, None, source_alt=["Ontario Hospital Association"]),
    F("24%", 24, "%", "C", "up", "union's wage demand|wages|demand", None, None, source_alt=["Allied Hospital Workers' Union"]),
    F("three years", 3, "year", "L", None, "length of the union's demand|demand|contract", None, None,
      ctx="24% over three years", source_alt=["Allied Hospital Workers' Union"]),
    F("11%", 11, "%", "C", "dn", "members' real wages|real wages|wages", ("2020-01", "2026-06"), None,
      source_alt=["Allied Hospital Workers' Union"], period_alt=[("2020-01", None), ("2020-01", PUB)]),
    F("C$23.40", 23.40, "C$", "L", None, "typical porter's hourly pay|pay|porter", PUB, "union figures",
      unit_alt=["CAD per hour"], source_alt=["union", "figures"], period_alt=[None]),
    FR("a third", 1, 3, "C", "dn", "porter pay relative to the private sector|pay|porter", PUB, "union figures",
       source_alt=["union", "figures"], kind_alt=["level", "share"], period_alt=[None]),
    F("C$390 million", 390e6, "C$", "L", None, "cost of the offer|offer|cost", ("2026-01", "2028-12"), "association",
      source_alt=["Ontario Hospital Association"], period_alt=[None]),
    F("C$240 million", 240e6, "C$", "C", "up", "additional cost of the union's demand|cost|demand", ("2026-01", "2028-12"),
      "association", source_alt=["Ontario Hospital Association"], kind_alt=["level"], period_alt=[None]),
    F("30%", 30, "%", "S", None, "elective surgeries to be postponed|elective surgeries|surgeries", (nxt(PUB, "Monday"), None),
      "spokeswoman", source_alt=["Ontario Hospital Association", "association"], period_alt=[None]),
    F("40%", 40, "%", "S", None, "staff required in critical units|staff|critical units", None, None,
      kind_alt=["level"]),
], ex=["two decades", "first year", "following two years", "one-time", "Essential-service"])

# ---------------------------------------------------------------- 48 Census/population: fractions, doubled, threefold
PUB = "2026-09-22"
STATCAN = "Statistics Canada"
story("b54-48", PUB, """
Canada's population grew by just 0.1% in the second quarter to 41,689,000, the slowest pace outside the pandemic since comparable records began in 1946, Statistics Canada said on Tuesday, as tighter caps on temporary residents took hold.

The number of non-permanent residents fell by about 176,000 in the three months to July 1, to 2.86 million, or 6.9% of the population. Ottawa has set a target of reducing that share to 5% by the end of 2027.

Immigration still accounted for almost all of the growth. Natural increase, the number of births minus deaths, added only about 3,400 people, and deaths outnumbered births in four of the 10 provinces.

The change is stark in places such as Brampton, Ontario, whose population more than doubled between 2001 and 2021 and where roughly half of residents were born outside Canada. In Calgary, the number of people aged 85 and older has risen threefold since 2001.

"Two-thirds of the country's growth in the past five years came from temporary residents; that engine has now been switched off," said Mathieu Lévesque, a demographer at Université de Montcalm.

Alberta, where the population rose 0.4%, again grew fastest, drawing a net 9,200 people from other provinces.
""", [
    F("0.1%", 0.1, "%", "C", "up", "Canada's population|population", ("2026-04-01", "2026-07-01"), STATCAN,
      source_alt=["StatCan"], period_alt=[Q(2026, 2)]),
    F("41,689,000", 41689000, "#person", "L", "up", "Canada's population|population", "2026-07-01", STATCAN,
      source_alt=["StatCan"], period_alt=[Q(2026, 2), M(2026, 7)], direction_alt=[None]),
    F("176,000", 176000, "#resident", "C", "dn", "non-permanent residents|residents", ("2026-04-01", "2026-07-01"), None,
      source_alt=[STATCAN], period_alt=[Q(2026, 2)]),
    F("2.86 million", 2.86e6, "#resident", "L", "dn", "non-permanent residents|residents", "2026-07-01", None,
      source_alt=[STATCAN], period_alt=[Q(2026, 2), M(2026, 7)]),
    F("6.9%", 6.9, "%", "S", "dn", "non-permanent residents' share of the population|non-permanent residents|population",
      "2026-07-01", None, source_alt=[STATCAN], period_alt=[Q(2026, 2), M(2026, 7)], direction_alt=[None]),
    F("5%", 5, "%", "S", "dn", "target share of non-permanent residents|target|share|population", (None, "2027-12"),
      "Ottawa", source_alt=["government"], period_alt=[M(2027, 12), Y(2027)]),
    F("3,400", 3400, "#person", "C", "up", "natural increase|population", ("2026-04-01", "2026-07-01"), None,
      source_alt=[STATCAN], period_alt=[Q(2026, 2)], kind_alt=["level"]),
    F("four", 4, "#province", "L", None, "provinces where deaths outnumbered births|provinces", ("2026-04-01", "2026-07-01"),
      None, ctx="four of the 10", source_alt=[STATCAN], period_alt=[Q(2026, 2)]),
    F("10", 10, "#province", "L", None, "Canada's provinces|provinces", None, None, ctx="the 10 provinces"),
    F("doubled", 2, None, "R", "up", "Brampton's population|population|Brampton", ("2001-01", "2021-12"), None,
      unit_alt=["times"], direction_alt=[None]),
    FR("half", 1, 2, "S", None, "Brampton residents born outside Canada|residents|Brampton", None, None,
       ctx="roughly half", period_alt=[Y(2021)]),
    F("threefold", 3, None, "R", "up", "Calgary residents aged 85 and older|people aged 85 and older|people|Calgary",
      ("2001-01", "2026-09"), None, unit_alt=["times"], direction_alt=[None],
      period_alt=[("2001-01", None), ("2001-01", "2021-12")]),
    FR("Two-thirds", 2, 3, "S", None, "temporary residents' share of population growth|growth|temporary residents",
       ("2021-09", "2026-09"), "Mathieu Lévesque", source_alt=["Lévesque", "Université de Montcalm"], period_alt=[None]),
    F("0.4%", 0.4, "%", "C", "up", "Alberta's population|population|Alberta", ("2026-04-01", "2026-07-01"), None,
      source_alt=[STATCAN], period_alt=[Q(2026, 2)]),
    F("9,200", 9200, "#person", "C", "up", "Alberta's net interprovincial migration|interprovincial migration|people|Alberta",
      ("2026-04-01", "2026-07-01"), None, source_alt=[STATCAN], period_alt=[Q(2026, 2)], kind_alt=["level"]),
], ex=["second quarter", "three months", "aged 85 and older", "between 2001 and 2021", "five years"])

# ---------------------------------------------------------------- 49 Shipping rates per container, threefold, halved
PUB = "2026-01-16"
PM = "Portmetric"
story("b54-49", PUB, """
The cost of shipping a 40-foot container from Shanghai to Rotterdam fell 11% this week to $2,315, the lowest since December 2023, as carriers added capacity, according to the Portmetric composite index published on Thursday.

Rates on the Shanghai-Los Angeles lane slipped 4% to $2,010 per forty-foot equivalent unit, while the composite index, which tracks eight major routes, dropped 7% to $1,978.

The Asia-Europe rate is now less than half its peak of $5,120 last July, but still about 60% above the 2019 average of $1,420. During the pandemic, spot rates on the route reached nearly ten times that level.

Global container fleet capacity grew by 10.2% last year to a record 33.1 million twenty-foot equivalent units (TEUs), and another 2.9 million TEUs are due for delivery in 2026, according to ship-brokers Halden & Moss.

"There are simply too many ships chasing too little cargo," said Katja Brenner, head of liner research at Halden & Moss. She expects Asia-Europe rates to fall by between 20% and 30% in the first half of 2026 if the Red Sea crossings resume at scale.

About 40 vessels transited the Bab el-Mandeb strait in the week ended January 11, roughly double the weekly average in 2025 but far below the 150 a week seen before the attacks began, port agents said.
""", [
    F("11%", 11, "%", "C", "dn", "cost of shipping a container from Shanghai to Rotterdam|shipping rates|rate|cost",
      (plus(last(PUB, "Thursday"), -6), last(PUB, "Thursday")), "Portmetric composite index",
      source_alt=[PM, "index"], period_alt=[last(PUB, "Thursday"), PUB]),
    F("$2,315", 2315, "$", "L", "dn", "cost of shipping a container from Shanghai to Rotterdam|shipping rates|rate|cost",
      last(PUB, "Thursday"), "Portmetric composite index", unit_alt=["USD per container"], source_alt=[PM, "index"],
      period_alt=[PUB]),
    F("4%", 4, "%", "C", "dn", "Shanghai-Los Angeles rates|rates|rate", last(PUB, "Thursday"), None, source_alt=[PM],
      period_alt=[(plus(last(PUB, "Thursday"), -6), last(PUB, "Thursday")), PUB]),
    F("$2,010", 2010, "$", "L", "dn", "Shanghai-Los Angeles rates|rates|rate", last(PUB, "Thursday"), None,
      unit_alt=["USD per FEU", "USD per container"], source_alt=[PM], period_alt=[PUB]),
    F("eight", 8, "#route", "L", None, "routes tracked by the index|routes|index", None, None, ctx="eight major routes",
      source_alt=[PM]),
    F("7%", 7, "%", "C", "dn", "Portmetric composite index|composite index|index", last(PUB, "Thursday"), None,
      source_alt=[PM], period_alt=[(plus(last(PUB, "Thursday"), -6), last(PUB, "Thursday")), PUB]),
    F("$1,978", 1978, "$", "L", "dn", "Portmetric composite index|composite index|index", last(PUB, "Thursday"), None,
      unit_alt=["USD per container"], source_alt=[PM], period_alt=[PUB]),
    FR("half", 1, 2, "R", None, "Asia-Europe rate relative to its peak|Asia-Europe rate|rate", PUB, None,
       ctx="less than half", kind_alt=["share", "change"], unit_alt=["times"], value_alt=[0.5], direction_alt=["decrease"],
       period_alt=[last(PUB, "Thursday")]),
    F("$5,120", 5120, "$", "L", None, "Asia-Europe rate peak|peak|rate", M(2025, 7), None, unit_alt=["USD per container"]),
    F("60%", 60, "%", "C", "up", "Asia-Europe rate relative to the 2019 average|Asia-Europe rate|rate", PUB, None,
      kind_alt=["level"], direction_alt=[None], period_alt=[last(PUB, "Thursday")]),
    F("$1,420", 1420, "$", "L", None, "2019 average Asia-Europe rate|average|rate", Y(2019), None,
      unit_alt=["USD per container"]),
    F("ten times", 10, None, "R", "up", "Asia-Europe spot rates during the pandemic|spot rates|rates", ("2020-03", "2022-12"),
      None, unit_alt=["times"], direction_alt=[None], period_alt=[None, ("2020-01", "2022-12")]),
    F("10.2%", 10.2, "%", "C", "up", "global container fleet capacity|fleet capacity|capacity", Y(2025), "Halden & Moss",
      source_alt=["ship-brokers"]),
    F("33.1 million", 33.1e6, "TEU", "L", "up", "global container fleet capacity|fleet capacity|capacity", Y(2025),
      "Halden & Moss", unit_alt=["twenty-foot equivalent unit", "count"], source_alt=["ship-brokers"],
      period_alt=[("2025-12", "2025-12")]),
    F("2.9 million TEUs", 2.9e6, "TEU", "L", None, "container capacity due for delivery|new capacity|deliveries|capacity",
      Y(2026), "Halden & Moss", unit_alt=["twenty-foot equivalent unit", "count"], source_alt=["ship-brokers"]),
    F("20% and 30%", 20, "%", "C", "dn", "Asia-Europe rates|rates", ("2026-01", "2026-06"), "Katja Brenner", value_hi=30,
      source_alt=["Brenner", "Halden & Moss"]),
    F("40", 40, "#vessel", "L", None, "vessels transiting the Bab el-Mandeb strait|vessels|transits",
      ("2026-01-05", "2026-01-11"), "port agents", ctx="About 40", source_alt=["agents"]),
    F("double", 2, None, "R", "up", "vessels transiting the Bab el-Mandeb strait|vessels|transits",
      ("2026-01-05", "2026-01-11"), "port agents", ctx="roughly double", unit_alt=["times"], source_alt=["agents"],
      direction_alt=[None]),
    F("150", 150, "#vessel", "L", None, "weekly transits before the attacks|vessels|transits", (None, "2023-11"),
      "port agents", unit_alt=["vessel per week"], source_alt=["agents"], period_alt=[None, Y(2023)]),
], ex=["40-foot", "forty-foot", "twenty-foot", "first half"])

# ---------------------------------------------------------------- 50 Figures in headlines: results story with headline + deck
PUB = "2025-03-12"
BW = "Brightwell Foods"
FY = Y(2024)
story("b54-50", PUB, """
Brightwell shares soar 18% as profit doubles, dividend raised by a third

Snack maker expects 2025 sales of £2.4bn-£2.5bn; to cut 600 jobs

Shares in Brightwell Foods jumped 18% to 412p on Wednesday after the snack maker said its annual pre-tax profit had doubled to £286m and raised its dividend by a third, helped by price rises and a recovery in volumes at its crisps division.

Revenue rose 7.4% to £2.31bn in the year to December, with sales at its Europe business up 12%. Volumes across the group rose 2.1% in the second half after falling 1.6% in the first.

The company, which makes Crunchwell crisps and Maple Row biscuits, said it expected sales of between £2.4bn and £2.5bn this year. It plans to cut about 600 jobs, roughly 7% of its workforce, by closing a factory in Wakefield.

The full-year dividend was raised to 14.4p a share from 10.8p.

"Consumers are still watching every penny, but they have started trading back up," chief executive Rachel Gowing told reporters.

Before Wednesday's jump, Brightwell's shares had fallen by almost half over the previous two years.
""", [
    F("18%", 18, "%", "C", "up", "Brightwell shares|shares|stock", PUB, None, ctx="soar 18%"),
    F("doubles", 2, None, "R", "up", "Brightwell's annual pre-tax profit|pre-tax profit|profit", FY, None,
      unit_alt=["times"], direction_alt=[None], source_alt=[BW]),
    FR("a third", 1, 3, "C", "up", "Brightwell's dividend|dividend", FY, None, ctx="dividend raised by a third", source_alt=[BW], period_alt=[None, PUB]),
    F("£2.4bn-£2.5bn", 2.4e9, "£", "L", None, "expected 2025 sales|sales", Y(2025), None, value_hi=2.5e9, source_alt=[BW]),
    F("600", 600, "#job", "C", "dn", "job cuts|jobs", None, None, ctx="cut 600 jobs", source_alt=[BW], kind_alt=["level"]),
    F("18%", 18, "%", "C", "up", "Brightwell shares|shares|stock", PUB, None, ctx="jumped 18%"),
    CENTS("412p", 412, "£", "L", "up", "Brightwell shares|shares|stock|share price", PUB, None, sub="penny",
          unit_alt=["pence"]),
    F("doubled", 2, None, "R", "up", "Brightwell's annual pre-tax profit|pre-tax profit|profit", FY, BW,
      unit_alt=["times"], direction_alt=[None], source_alt=["Brightwell", "snack maker"]),
    F("£286m", 286e6, "£", "L", "up", "Brightwell's annual pre-tax profit|pre-tax profit|profit", FY, BW,
      source_alt=["Brightwell", "snack maker"]),
    FR("a third", 1, 3, "C", "up", "Brightwell's dividend|dividend", FY, BW, ctx="its dividend by a third",
       source_alt=["Brightwell", "snack maker"], period_alt=[None, PUB]),
    F("7.4%", 7.4, "%", "C", "up", "revenue", FY, None, source_alt=[BW]),
    F("£2.31bn", 2.31e9, "£", "L", "up", "revenue", FY, None, source_alt=[BW]),
    F("12%", 12, "%", "C", "up", "sales at its Europe business|Europe sales|sales|Europe", FY, None, source_alt=[BW]),
    F("2.1%", 2.1, "%", "C", "up", "group volumes|volumes", ("2024-07", "2024-12"), None, source_alt=[BW]),
    F("1.6%", 1.6, "%", "C", "dn", "group volumes|volumes", ("2024-01", "2024-06"), None, source_alt=[BW]),
    F("£2.4bn and £2.5bn", 2.4e9, "£", "L", None, "expected 2025 sales|sales", Y(2025), "company", value_hi=2.5e9,
      source_alt=[BW, "Brightwell"]),
    F("600", 600, "#job", "C", "dn", "job cuts|jobs", (PUB, None), None, ctx="about 600 jobs", source_alt=[BW],
      kind_alt=["level"], period_alt=[None]),
    F("7%", 7, "%", "S", None, "share of workforce cut|workforce", None, None, source_alt=[BW],
      kind_alt=["change"], direction_alt=["decrease"]),
    CENTS("14.4p", 14.4, "£", "L", "up", "full-year dividend|dividend", FY, None, sub="penny", unit_alt=["pence"],
          source_alt=[BW]),
    CENTS("10.8p", 10.8, "£", "L", None, "full-year dividend|dividend", Y(2023), None, sub="penny", unit_alt=["pence"],
          source_alt=[BW]),
    FR("half", 1, 2, "C", "dn", "Brightwell's shares|shares|stock", (plus(PUB, -731), plus(PUB, -1)), None,
       ctx="almost half", period_alt=[("2023-03", "2025-03"), None]),
], ex=["second half", "the first", "two years"])
