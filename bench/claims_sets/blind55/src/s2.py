"""blind55 s2: freight rates, airlines and tourism, insurance and cat bonds, mining and metals (b55-11..b55-20)."""
from common import *

# ---------------------------------------------------------------- 11 dry-bulk rates
P = "2026-05-18"  # Monday
FRI = last(P, "Friday")
WK = (plus(FRI, -6), FRI)
story("b55-11", P, """
Rates for the largest dry-bulk ships jumped to their highest in 18 months last week as Brazilian iron ore exports surged and Chinese steel mills restocked ahead of the summer construction season.

Average daily earnings for capesize vessels, which carry about 180,000 tonnes of cargo, rose 31% over the week to $34,870 on Friday, according to the Baltic Exchange. The Baltic Dry Index, which tracks rates for four classes of ship, climbed 412 points, or 24%, to 2,118 points, its biggest weekly gain since January.

Panamax rates gained $1,940 to $16,215 a day, while supramax earnings edged up 3% to $13,480.

"Everything is moving at once: ore out of Brazil, bauxite out of Guinea, coal into India," said Lars Emmerich, head of research at Oslo shipbroker Fjordline. He estimated that iron ore loadings in Brazil rose to 8.9 million tonnes in the week, about a fifth above the same week last year.

Capesize rates have averaged $19,600 a day so far this year, down from $21,300 in the first five months of 2025, data from Harlow Maritime Data show.

Owners have ordered only 14 new capesizes since the start of last year, compared with 46 that are scheduled to be scrapped or to turn 20 by 2028, meaning the fleet could shrink for the first time in more than a decade, analysts said.
""", [
    F("about 180,000 tonnes", 180000, "t", "L", None, "cargo carried by capesize vessels|capesize capacity|cargo",
      None, None),
    F("31%", 31, "%", "C", "up", "average daily earnings for capesize vessels|capesize earnings|earnings", WK,
      "Baltic Exchange"),
    F("$34,870", 34870, "$", "L", "up", "average daily earnings for capesize vessels|capesize earnings|earnings",
      DAY(FRI), "Baltic Exchange", unit_alt=["USD per day"], period_alt=[WK]),
    F("412 points", 412, "point", "C", "up", "Baltic Dry Index|index", WK, None, source_alt=["Baltic Exchange"]),
    F("24%", 24, "%", "C", "up", "Baltic Dry Index|index", WK, None, source_alt=["Baltic Exchange"]),
    F("2,118 points", 2118, "point", "L", "up", "Baltic Dry Index|index", DAY(FRI), None,
      source_alt=["Baltic Exchange"], period_alt=[WK]),
    F("$1,940", 1940, "$", "C", "up", "panamax rates|rates", WK, None, source_alt=["Baltic Exchange"],
      unit_alt=["USD per day"]),
    F("$16,215", 16215, "$", "L", "up", "panamax rates|rates", DAY(FRI), None, source_alt=["Baltic Exchange"],
      unit_alt=["USD per day"], period_alt=[WK]),
    F("3%", 3, "%", "C", "up", "supramax earnings|earnings", WK, None, source_alt=["Baltic Exchange"]),
    F("$13,480", 13480, "$", "L", "up", "supramax earnings|earnings", DAY(FRI), None, source_alt=["Baltic Exchange"],
      unit_alt=["USD per day"], period_alt=[WK]),
    F("8.9 million tonnes", 8.9e6, "t", "L", "up", "iron ore loadings in Brazil|iron ore loadings|loadings", WK,
      "Lars Emmerich", source_alt=["Emmerich", "Fjordline"]),
    FR("about a fifth", 1, 5, "C", "up", "iron ore loadings in Brazil|iron ore loadings|loadings", WK,
       "Lars Emmerich", source_alt=["Emmerich", "Fjordline"]),
    F("$19,600", 19600, "$", "L", None, "capesize rates|rates", ("2026-01", "2026-05"), "Harlow Maritime Data",
      unit_alt=["USD per day"], period_alt=[("2026-01-01", P)], source_alt=["data"], direction_alt=["decrease"]),
    F("$21,300", 21300, "$", "L", None, "capesize rates|rates", ("2025-01", "2025-05"), "Harlow Maritime Data",
      unit_alt=["USD per day"], source_alt=["data"]),
    F("14", 14, "#capesize", "L", None, "new capesizes ordered|capesizes|orders", ("2025-01", "2026-05"),
      "analysts", unit_alt=["ship", "vessel"], period_alt=[("2025-01-01", P)]),
    F("46", 46, "#capesize", "L", None, "capesizes due to be scrapped or to turn 20|capesizes", (None, "2028-12"),
      "analysts", unit_alt=["ship", "vessel"]),
], ex=["18 months", "four classes", "first five months", "turn 20"])
# "over the week to ... on Friday": the seven days ending Friday, or the trading week Monday..Friday
for _g in STORIES[-1]["figs"]:
    if (_g["period_start"], _g["period_end"]) == WK:
        _g.setdefault("period_alt", []).append([plus(FRI, -4), FRI])

# ---------------------------------------------------------------- 12 tanker rates
P = "2025-06-22"  # Sunday
FRI = last(P, "Friday")
W3 = plus(FRI, -21)
story("b55-12", P, """
Freight rates for supertankers on the benchmark Middle East-to-China route have more than doubled in three weeks, as Chinese refiners step up purchases and a growing share of the fleet is tied up in sanctioned trades.

A very large crude carrier (VLCC) booked to carry 2 million barrels from Ras Tanura to Ningbo was fixed on Friday at Worldscale 78, equivalent to daily earnings of about $61,500, shipbrokers said. Three weeks earlier, the same voyage paid WS 36, or roughly $24,000 a day.

Rates for Suezmax tankers, which carry 1 million barrels, rose 40% over the same period, while earnings for smaller Aframax ships were flat.

About one in six of the world's roughly 900 VLCCs is now estimated to be involved in moving sanctioned oil, according to analysts at Tidewater Energy Shipping, up from one in 10 at the start of 2024.

"The effective fleet is much smaller than the headline number," said Marta Kowalczyk, a tanker analyst at Baltic Sea Brokers. She said 23 VLCCs had been fixed for Middle East loadings in the first week of June, the most since March.

The freight cost now adds about $1.70 a barrel to the delivered price of Saudi crude in China, up from 70 cents three weeks ago. Brent crude futures settled at $66.40 a barrel on Friday, down 1.1% on the week.
""", [
    X("more than doubled", 2, "R", "up", "freight rates for supertankers|supertanker rates|rates", (W3, FRI), None,
      source_alt=["shipbrokers"], period_alt=[None]),
    F("2 million barrels", 2e6, "barrel", "L", None, "cargo booked on the VLCC|cargo|VLCC", DAY(FRI), "shipbrokers",
      period_alt=[None]),
    F("Worldscale 78", 78, "Worldscale point", "L", "up", "VLCC freight rate on the Middle East-to-China route|rate",
      DAY(FRI), "shipbrokers", unit_alt=["Worldscale", "WS", "point"], direction_alt=[None]),
    F("about $61,500", 61500, "$", "L", "up", "VLCC daily earnings|daily earnings|earnings", DAY(FRI), "shipbrokers",
      unit_alt=["USD per day"], direction_alt=[None]),
    F("WS 36", 36, "Worldscale point", "L", None, "VLCC freight rate on the Middle East-to-China route|rate", DAY(W3),
      None, unit_alt=["Worldscale", "WS", "point"], source_alt=["shipbrokers"]),
    F("roughly $24,000", 24000, "$", "L", None, "VLCC daily earnings|daily earnings|earnings", DAY(W3), None,
      unit_alt=["USD per day"], source_alt=["shipbrokers"]),
    F("1 million barrels", 1e6, "barrel", "L", None, "cargo carried by Suezmax tankers|Suezmax capacity|cargo", None,
      None),
    F("40%", 40, "%", "C", "up", "rates for Suezmax tankers|Suezmax rates|rates", (W3, FRI), None,
      source_alt=["shipbrokers"]),
    FR("About one in six", 1, 6, "S", "up", "VLCCs moving sanctioned oil|VLCCs|fleet", None,
       "Tidewater Energy Shipping", source_alt=["analysts"], direction_alt=[None], period_alt=[DAY(P)]),
    F("roughly 900", 900, "#VLCC", "L", None, "world's VLCC fleet|VLCCs|fleet", None, "Tidewater Energy Shipping",
      source_alt=["analysts"], unit_alt=["ship", "tanker"]),
    FR("one in 10", 1, 10, "S", None, "VLCCs moving sanctioned oil|VLCCs|fleet", "2024-01",
       "Tidewater Energy Shipping", source_alt=["analysts"], period_alt=[DAY("2024-01-01")]),
    F("23", 23, "#VLCC", "L", None, "VLCCs fixed for Middle East loadings|VLCCs|fixtures", ("2025-06-01", "2025-06-07"),
      "Marta Kowalczyk", source_alt=["Kowalczyk", "Baltic Sea Brokers"], unit_alt=["ship", "tanker"]),
    F("about $1.70 a barrel", 1.7, "$", "L", "up", "freight cost per barrel of Saudi crude to China|freight cost|cost",
      None, None, unit_alt=["USD per barrel"], period_alt=[DAY(P)], direction_alt=[None]),
    CENTS("70 cents", 70, "$", "L", None, "freight cost per barrel of Saudi crude to China|freight cost|cost",
          None, None, unit_alt=["USD per barrel"], period_alt=[DAY(plus(P, -21)), DAY(W3)]),
    F("$66.40 a barrel", 66.4, "$", "L", None, "Brent crude futures|Brent crude|Brent", DAY(FRI), None,
      unit_alt=["USD per barrel"], direction_alt=["decrease"]),
    F("1.1%", 1.1, "%", "C", "dn", "Brent crude futures|Brent crude|Brent", (plus(FRI, -6), FRI), None,
      period_alt=[(last(P, "Monday"), FRI)]),
], ex=["three weeks", "Three weeks earlier", "first week"])

# ---------------------------------------------------------------- 13 airline half-year results
P = "2025-11-13"  # Thursday
H1 = ("2025-04", "2025-09")
story("b55-13", P, """
Straits Meridian Airlines reported a 22% drop in first-half net profit on Thursday as fares fell on routes to China and fuel hedging losses mounted, and warned that yields would keep softening for the rest of the fiscal year.

Net profit for the six months to September fell to S$612 million from S$785 million a year earlier, the carrier said in a filing to the Singapore Exchange. Revenue rose 4.1% to S$9.48 billion, helped by a record 20.6 million passengers, up 7% on the year.

The passenger load factor, a measure of how full its planes are, improved 1.3 percentage points to 88.4%. But passenger yield, or the average fare paid per kilometre flown, slipped 3.5% to 10.1 Singapore cents.

The airline expects full-year operating profit of S$1.3 billion to S$1.5 billion, against S$1.74 billion last year, and said capacity would grow between 5% and 7% in the second half. It will pay an interim dividend of 10 cents a share.

"We are carrying more people than ever, but each of them is paying a little less," chief executive Daniel Teo told analysts on a call. Fuel accounted for about a third of operating costs in the period.

The shares fell 2.3% to S$6.48 in afternoon trading in Singapore, taking their decline since the start of the year to 11%.
""", [
    F("22%", 22, "%", "C", "dn", "first-half net profit|net profit|profit", H1, None,
      source_alt=["Straits Meridian Airlines"]),
    F("S$612 million", 612e6, "S$", "L", "dn", "net profit|profit", H1, "carrier",
      source_alt=["Straits Meridian Airlines"]),
    F("S$785 million", 785e6, "S$", "L", None, "net profit|profit", ("2024-04", "2024-09"), "carrier",
      source_alt=["Straits Meridian Airlines"]),
    F("4.1%", 4.1, "%", "C", "up", "revenue", H1, None, source_alt=["Straits Meridian Airlines", "carrier"]),
    F("S$9.48 billion", 9.48e9, "S$", "L", "up", "revenue", H1, None,
      source_alt=["Straits Meridian Airlines", "carrier"]),
    F("20.6 million", 20.6e6, "#passenger", "L", None, "passengers carried|passengers", H1, None,
      source_alt=["Straits Meridian Airlines", "carrier"], direction_alt=["increase"]),
    F("7%", 7, "%", "C", "up", "passengers carried|passengers", H1, None, ctx="up 7%",
      source_alt=["Straits Meridian Airlines", "carrier"]),
    F("1.3 percentage points", 1.3, "pp", "C", "up", "passenger load factor|load factor", H1, None,
      source_alt=["Straits Meridian Airlines"]),
    F("88.4%", 88.4, "%", "L", "up", "passenger load factor|load factor", H1, None, kind_alt=["share"],
      source_alt=["Straits Meridian Airlines"]),
    F("3.5%", 3.5, "%", "C", "dn", "passenger yield|yield", H1, None, source_alt=["Straits Meridian Airlines"]),
    CENTS("10.1 Singapore cents", 10.1, "S$", "L", "dn", "passenger yield|yield|average fare per kilometre", H1, None,
          sub="Singapore cent", source_alt=["Straits Meridian Airlines"]),
    F("S$1.3 billion to S$1.5 billion", 1.3e9, "S$", "L", None, "full-year operating profit|operating profit|profit",
      ("2025-04", "2026-03"), "airline", value_hi=1.5e9, source_alt=["Straits Meridian Airlines"]),
    F("S$1.74 billion", 1.74e9, "S$", "L", None, "operating profit|profit", ("2024-04", "2025-03"), "airline",
      source_alt=["Straits Meridian Airlines"], period_alt=[Y(2024)]),
    F("5% and 7%", 5, "%", "C", "up", "capacity", ("2025-10", "2026-03"), "airline", value_hi=7,
      source_alt=["Straits Meridian Airlines"]),
    CENTS("10 cents", 10, "S$", "L", None, "interim dividend|dividend", H1, None,
          source_alt=["Straits Meridian Airlines", "airline"], unit_alt=["S$ per share"], period_alt=[None]),
    FR("about a third", 1, 3, "S", None, "fuel's share of operating costs|operating costs|fuel", H1, None,
       source_alt=["Straits Meridian Airlines", "Daniel Teo"]),
    F("2.3%", 2.3, "%", "C", "dn", "Straits Meridian shares|shares", DAY(P), None),
    F("S$6.48", 6.48, "S$", "L", "dn", "Straits Meridian shares|shares|share price", DAY(P), None),
    F("11%", 11, "%", "C", "dn", "Straits Meridian shares|shares", ("2025-01", "2025-11"), None,
      period_alt=[("2025-01-01", P)]),
], ex=["first-half", "six months to September", "second half"])

# ---------------------------------------------------------------- 14 Thailand tourism
P = "2026-01-05"  # Monday
story("b55-14", P, """
Thailand welcomed 32.9 million foreign visitors in 2025, down 7.4% from a year earlier and well short of the government's target of 38 million, as a sharp fall in arrivals from China offset gains from India and Europe, the Tourism and Sports Ministry said on Monday.

Chinese arrivals slumped by a third to 4.5 million, while visitors from Malaysia, the largest source market for a second year, totalled 4.6 million. Arrivals from India rose 12% to 2.3 million.

Foreign tourists spent an estimated 1.53 trillion baht during the year, the ministry said, about 9% less than in 2024. Tourism accounts for roughly 12% of gross domestic product and employs about one in five Thai workers.

The ministry expects 35 million to 36.5 million arrivals this year, with revenue of between 1.6 trillion and 1.7 trillion baht. A planned entry fee of 300 baht for foreign visitors arriving by air has been postponed again.

"We need to win back the Chinese family market, and that will take time," said Suchada Prommin, who heads an association of hoteliers on Phuket. She said average hotel occupancy on the island fell to 68% in December from 81% a year earlier.

The baht strengthened about 4% against the dollar last year, making Thailand pricier for visitors from countries whose currencies weakened.
""", [
    F("32.9 million", 32.9e6, "#visitor", "L", "dn", "foreign visitors to Thailand|foreign visitors|visitors", Y(2025),
      "Tourism and Sports Ministry", source_alt=["ministry"], direction_alt=[None]),
    F("7.4%", 7.4, "%", "C", "dn", "foreign visitors to Thailand|foreign visitors|visitors", Y(2025),
      "Tourism and Sports Ministry", source_alt=["ministry"]),
    F("38 million", 38e6, "#visitor", "L", None, "government's target for foreign visitors|target", Y(2025),
      "Tourism and Sports Ministry", source_alt=["ministry", "government"]),
    FR("a third", 1, 3, "C", "dn", "Chinese arrivals|arrivals", Y(2025), None, source_alt=["ministry"]),
    F("4.5 million", 4.5e6, "#arrival", "L", "dn", "Chinese arrivals|arrivals", Y(2025), None,
      source_alt=["ministry"], unit_alt=["visitor"]),
    F("4.6 million", 4.6e6, "#visitor", "L", None, "visitors from Malaysia|visitors", Y(2025), None,
      source_alt=["ministry"]),
    F("12%", 12, "%", "C", "up", "arrivals from India|arrivals", Y(2025), None, ctx="rose 12%", source_alt=["ministry"]),
    F("2.3 million", 2.3e6, "#arrival", "L", "up", "arrivals from India|arrivals", Y(2025), None,
      source_alt=["ministry"], unit_alt=["visitor"]),
    F("an estimated 1.53 trillion baht", 1.53e12, "baht", "L", None, "spending by foreign tourists|spending|tourist spending",
      Y(2025), "ministry", source_alt=["Tourism and Sports Ministry"], direction_alt=["decrease"]),
    F("about 9%", 9, "%", "C", "dn", "spending by foreign tourists|spending|tourist spending", Y(2025), "ministry",
      source_alt=["Tourism and Sports Ministry"]),
    F("roughly 12%", 12, "%", "S", None, "tourism's share of gross domestic product|tourism|GDP", None, None),
    FR("about one in five", 1, 5, "S", None, "Thai workers employed in tourism|workers|tourism", None, None),
    F("35 million to 36.5 million", 35e6, "#arrival", "L", None, "foreign arrivals|arrivals", Y(2026), "ministry",
      value_hi=36.5e6, source_alt=["Tourism and Sports Ministry"], unit_alt=["visitor"]),
    F("1.6 trillion and 1.7 trillion baht", 1.6e12, "baht", "L", None, "tourism revenue|revenue", Y(2026), "ministry",
      value_hi=1.7e12, source_alt=["Tourism and Sports Ministry"]),
    F("300 baht", 300, "baht", "L", None, "planned entry fee for foreign visitors|entry fee|fee", None, None),
    F("68%", 68, "%", "L", "dn", "average hotel occupancy on Phuket|hotel occupancy|occupancy", "2025-12",
      "Suchada Prommin", source_alt=["Suchada", "Prommin"], kind_alt=["share"]),
    F("81%", 81, "%", "L", None, "average hotel occupancy on Phuket|hotel occupancy|occupancy", "2024-12",
      "Suchada Prommin", source_alt=["Suchada", "Prommin"], kind_alt=["share"]),
    F("about 4%", 4, "%", "C", "up", "baht", Y(2025), None),
])

# ---------------------------------------------------------------- 15 Japan visitor arrivals
P = "2025-10-15"  # Wednesday
story("b55-15", P, """
Japan drew 3.27 million foreign visitors in September, up 13.7% from a year earlier and a record for the month, the Japan National Tourism Organization said on Wednesday, putting the country on track to top 40 million arrivals in a calendar year for the first time.

Arrivals in the first nine months reached 31.65 million, up 17.7% from the same period of 2024, JNTO's data showed. South Korea was the largest source at 7.1 million, followed by China at 7.0 million and Taiwan at 5.1 million.

Visitors spent 1.82 trillion yen in the July-September quarter, a 9.5% increase, the Japan Tourism Agency estimated separately. Spending per visitor averaged 214,000 yen, down from 227,000 yen, as shorter trips from neighbouring countries grew.

Three in four visitors went to at least one of Tokyo, Osaka or Kyoto, according to a survey by the agency, fuelling complaints about overcrowding. Kyoto raised its accommodation tax on Oct. 1, with the top rate rising to 10,000 yen a night from 1,000 yen for rooms costing 100,000 yen or more.

The government aims to attract 60 million visitors a year by 2030, with annual spending of 15 trillion yen, and has urged tour operators to steer groups to less-visited regions.

"The numbers are great for airlines and hotels, but residents of Kyoto are exhausted," said Haruka Ishida, a tourism researcher at Rikkyo-based consultancy Sakuragi Partners.
""", [
    F("3.27 million", 3.27e6, "#visitor", "L", "up", "foreign visitors to Japan|foreign visitors|visitors", "2025-09",
      "Japan National Tourism Organization", source_alt=["JNTO"], direction_alt=[None]),
    F("13.7%", 13.7, "%", "C", "up", "foreign visitors to Japan|foreign visitors|visitors", "2025-09",
      "Japan National Tourism Organization", source_alt=["JNTO"]),
    F("40 million", 40e6, "#arrival", "L", "up", "foreign arrivals in a calendar year|arrivals", Y(2025), None,
      source_alt=["Japan National Tourism Organization", "JNTO"], direction_alt=[None], unit_alt=["visitor"]),
    F("31.65 million", 31.65e6, "#arrival", "L", "up", "foreign arrivals|arrivals", ("2025-01", "2025-09"),
      "JNTO's data", source_alt=["JNTO", "Japan National Tourism Organization"], direction_alt=[None],
      unit_alt=["visitor"]),
    F("17.7%", 17.7, "%", "C", "up", "foreign arrivals|arrivals", ("2025-01", "2025-09"), "JNTO's data",
      source_alt=["JNTO", "Japan National Tourism Organization"]),
    F("7.1 million", 7.1e6, "#visitor", "L", None, "visitors from South Korea|South Korea|visitors",
      ("2025-01", "2025-09"), None, source_alt=["JNTO"]),
    F("7.0 million", 7.0e6, "#visitor", "L", None, "visitors from China|China|visitors", ("2025-01", "2025-09"), None,
      source_alt=["JNTO"]),
    F("5.1 million", 5.1e6, "#visitor", "L", None, "visitors from Taiwan|Taiwan|visitors", ("2025-01", "2025-09"),
      None, source_alt=["JNTO"]),
    F("1.82 trillion yen", 1.82e12, "¥", "L", None, "spending by foreign visitors|visitor spending|spending",
      Q(2025, 3), "Japan Tourism Agency", source_alt=["agency"], direction_alt=["increase"]),
    F("9.5%", 9.5, "%", "C", "up", "spending by foreign visitors|visitor spending|spending", Q(2025, 3),
      "Japan Tourism Agency", source_alt=["agency"]),
    F("214,000 yen", 214000, "¥", "L", "dn", "spending per visitor|spending", Q(2025, 3), None,
      source_alt=["Japan Tourism Agency"], direction_alt=[None]),
    F("227,000 yen", 227000, "¥", "L", None, "spending per visitor|spending", Q(2024, 3), None,
      source_alt=["Japan Tourism Agency"], period_alt=[None]),
    FR("Three in four", 3, 4, "S", None, "visitors going to Tokyo, Osaka or Kyoto|visitors", None, "agency",
       source_alt=["survey", "Japan Tourism Agency"], period_alt=[Q(2025, 3)]),
    F("10,000 yen", 10000, "¥", "L", "up", "Kyoto's top accommodation tax rate|top rate|accommodation tax",
      ("2025-10-01", None), None, unit_alt=["yen per night"], period_alt=[DAY("2025-10-01")]),
    F("1,000 yen", 1000, "¥", "L", None, "Kyoto's top accommodation tax rate|top rate|accommodation tax", None,
      None, unit_alt=["yen per night"]),
    F("60 million", 60e6, "#visitor", "L", None, "government's annual visitor target|visitors|target",
      (None, "2030-12"), None, source_alt=["government"]),
    F("15 trillion yen", 15e12, "¥", "L", None, "annual visitor spending target|spending", (None, "2030-12"), None,
      source_alt=["government"]),
], ex=["first nine months", "July-September quarter", "100,000 yen or more", "at least one of"])

# ---------------------------------------------------------------- 16 hurricane insured losses
P = "2025-10-04"  # Saturday
SUN = last(P, "Sunday")
THU = last(P, "Thursday")
story("b55-16", P, """
Insured losses from Hurricane Corwin, which struck Florida's Gulf Coast as a Category 4 storm on Sunday, will likely total between $18 billion and $26 billion, catastrophe modeller Keystone Risk Analytics estimated on Friday.

That would make Corwin the costliest US storm since 2022. The estimate covers wind and storm-surge damage to homes, businesses and cars but excludes flood losses insured by the National Flood Insurance Program, which Keystone put at a further $4 billion to $6 billion.

Corwin came ashore near Cedar Key with sustained winds of 140 mph (225 km/h), pushing a surge of up to 12 feet into coastal towns. At least 14 people were killed, state officials said. About 1.9 million homes and businesses lost power at the peak of the storm.

A second modeller, Blackwater Cat Analytics, put insured losses at $21 billion, with about 40% of them in the Tampa Bay area.

Shares of Florida-focused insurers fell sharply. Gulfstar Holdings dropped 11% over the week, and Palmetto Home Assurance lost 8.5%. Reinsurers are likely to absorb roughly half of the industry's bill, analysts at Brightwater Securities estimated.

Florida's state-backed insurer of last resort, which holds about 775,000 policies, said it had received 46,300 claims by Thursday evening. "We have adjusters in every affected county," a spokeswoman said.
""", [
    F("$18 billion and $26 billion", 18e9, "$", "L", None, "insured losses from Hurricane Corwin|insured losses|losses",
      DAY(SUN), "Keystone Risk Analytics", value_hi=26e9, source_alt=["Keystone", "estimate"], period_alt=[None]),
    F("$4 billion to $6 billion", 4e9, "$", "L", None,
      "flood losses insured by the National Flood Insurance Program|flood losses|losses", DAY(SUN), "Keystone",
      value_hi=6e9, source_alt=["Keystone Risk Analytics"], period_alt=[None]),
    F("140 mph", 140, "mile per hour", "L", None, "Corwin's sustained winds|sustained winds|winds", DAY(SUN), None),
    F("225 km/h", 225, "km/h", "L", None, "Corwin's sustained winds|sustained winds|winds", DAY(SUN), None),
    F("up to 12 feet", 12, "foot", "L", None, "storm surge|surge", DAY(SUN), None, unit_alt=["feet", "ft"]),
    F("At least 14", 14, "#person", "L", None, "people killed|deaths|death toll", DAY(P), "state officials",
      source_alt=["officials"], unit_alt=["death"], period_alt=[None, (SUN, P)]),
    F("About 1.9 million", 1.9e6, "#home", "L", None, "homes and businesses without power|power outages|businesses",
      DAY(SUN), None, unit_alt=["customer"], period_alt=[None]),
    F("$21 billion", 21e9, "$", "L", None, "insured losses|losses", DAY(SUN), "Blackwater Cat Analytics",
      source_alt=["modeller"], period_alt=[None]),
    F("about 40%", 40, "%", "S", None, "share of insured losses in the Tampa Bay area|insured losses|losses",
      DAY(SUN), "Blackwater Cat Analytics", source_alt=["modeller"], period_alt=[None]),
    F("11%", 11, "%", "C", "dn", "Gulfstar Holdings shares|Gulfstar Holdings|shares",
      (last(P, "Monday"), last(P, "Friday")), None, period_alt=[(plus(P, -6), P)]),
    F("8.5%", 8.5, "%", "C", "dn", "Palmetto Home Assurance shares|Palmetto Home Assurance|shares",
      (last(P, "Monday"), last(P, "Friday")), None, period_alt=[(plus(P, -6), P)]),
    FR("roughly half", 1, 2, "S", None, "reinsurers' share of the industry's bill|industry's bill|reinsurers", None,
       "Brightwater Securities", source_alt=["analysts"]),
    F("about 775,000", 775000, "#policy", "L", None, "policies held by the state-backed insurer|policies", None,
      "insurer of last resort", source_alt=["insurer"], period_alt=[DAY(P)]),
    F("46,300", 46300, "#claim", "L", None, "claims received|claims", (SUN, THU), "insurer of last resort",
      source_alt=["insurer"], period_alt=[None, DAY(THU)]),
], ex=["Category 4"])

# ---------------------------------------------------------------- 17 catastrophe bonds
P = "2025-07-07"  # Monday
H1 = ("2025-01", "2025-06")
story("b55-17", P, """
Catastrophe bond issuance hit a record $18.1 billion in the first half of 2025, surpassing the previous full-year record set in 2024, as insurers sought cover against hurricanes, earthquakes and wildfires, data compiled by broker Ashgrove Re showed on Monday.

Issuance in the second quarter alone reached $11.6 billion across 48 deals, according to the data. The market's total outstanding size grew to $56.2 billion at the end of June, up 14% from a year earlier.

Spreads have narrowed as investors pour money into the asset class. The average multiple, the spread divided by the modelled expected loss, fell to 2.6 times in the second quarter from 3.4 times a year earlier, Ashgrove said.

Cat bonds returned 7.9% in the first half, according to an index compiled by Larchmont Capital, compared with 5.2% for US high-yield corporate bonds. A $1.5 billion bond sponsored by a Texas windstorm pool was the largest single deal of the quarter.

"Pricing is now 25% to 30% cheaper than at the peak in early 2023, but still well above where it was before Hurricane Ian," said Joanna Pike, a portfolio manager at Stonefield ILS Partners, which manages about $4.8 billion.

Ashgrove estimates that issuance could reach $22 billion to $24 billion for the full year, against $17.7 billion in 2024. Nearly two dozen sponsors came to the market for the first time.
""", [
    F("$18.1 billion", 18.1e9, "$", "L", "up", "catastrophe bond issuance|issuance", H1, "Ashgrove Re",
      source_alt=["data", "broker"], direction_alt=[None]),
    F("$11.6 billion", 11.6e9, "$", "L", None, "catastrophe bond issuance|issuance", Q(2025, 2), "data",
      source_alt=["Ashgrove Re", "Ashgrove"], direction_alt=["increase"]),
    F("48", 48, "#deal", "L", None, "catastrophe bond deals|deals", Q(2025, 2), "data",
      source_alt=["Ashgrove Re", "Ashgrove"]),
    F("$56.2 billion", 56.2e9, "$", "L", "up", "catastrophe bond market's total outstanding size|outstanding size|market",
      "2025-06", None, source_alt=["Ashgrove Re"], period_alt=[DAY("2025-06-30")]),
    F("14%", 14, "%", "C", "up", "catastrophe bond market's total outstanding size|outstanding size|market", "2025-06",
      None, source_alt=["Ashgrove Re"], period_alt=[DAY("2025-06-30")]),
    X("2.6 times", 2.6, "R", "dn", "average multiple of spread to expected loss|average multiple|multiple",
      Q(2025, 2), "Ashgrove", source_alt=["Ashgrove Re"], kind_alt=["level"]),
    X("3.4 times", 3.4, "R", None, "average multiple of spread to expected loss|average multiple|multiple",
      Q(2024, 2), "Ashgrove", source_alt=["Ashgrove Re"], kind_alt=["level"]),
    F("7.9%", 7.9, "%", "C", "up", "cat bond returns|returns|cat bonds", H1, "Larchmont Capital",
      source_alt=["index"], kind_alt=["level"]),
    F("5.2%", 5.2, "%", "C", "up", "returns on US high-yield corporate bonds|high-yield bonds|returns", H1,
      "Larchmont Capital", source_alt=["index"], kind_alt=["level"]),
    F("$1.5 billion", 1.5e9, "$", "L", None, "bond sponsored by a Texas windstorm pool|bond|deal", Q(2025, 2), None,
      source_alt=["Ashgrove Re"]),
    F("25% to 30%", 25, "%", "C", "dn", "cat bond pricing|pricing", None, "Joanna Pike", value_hi=30,
      source_alt=["Pike", "Stonefield ILS Partners"], period_alt=[DAY(P)]),
    F("about $4.8 billion", 4.8e9, "$", "L", None, "assets managed by Stonefield ILS Partners|assets|Stonefield",
      None, None),
    F("$22 billion to $24 billion", 22e9, "$", "L", None, "catastrophe bond issuance|issuance", Y(2025), "Ashgrove",
      value_hi=24e9, source_alt=["Ashgrove Re"]),
    F("$17.7 billion", 17.7e9, "$", "L", None, "catastrophe bond issuance|issuance", Y(2024), "Ashgrove",
      source_alt=["Ashgrove Re"]),
    F("Nearly two dozen", 24, "#sponsor", "L", None, "first-time sponsors|sponsors", H1, None,
      source_alt=["Ashgrove Re"], value_alt=[2], period_alt=[None]),
], ex=["first half", "second quarter", "of the quarter"])

# ---------------------------------------------------------------- 18 copper miner
P = "2026-04-21"  # Tuesday
story("b55-18", P, """
Andescobre Mining cut its 2026 copper production forecast on Tuesday after a landslide at its largest mine in northern Chile halted work in one of the pit's main phases for most of March, sending its shares down 6.8% in London.

The company now expects to produce between 610,000 and 650,000 tonnes of copper this year, down from its previous guidance of 680,000 to 720,000 tonnes. Output in the January-March quarter fell 14% from a year earlier to 141,300 tonnes, it said in a production report.

Net cash costs rose to $2.05 a pound from $1.72 in the first quarter of last year, as lower volumes spread fixed costs over fewer tonnes. Output of molybdenum, a by-product, dropped by almost a fifth.

The company said the Cerro Alto mine, which accounted for 43% of group output last year, would return to full rates in the third quarter. Repairs will cost about $120 million, most of it covered by insurance.

Copper prices on the London Metal Exchange have climbed about 12% so far this year to $11,460 a tonne, driven by supply disruptions and demand from power grids and data centres. Analysts at Corran Commodities expect a global refined copper deficit of 180,000 tonnes in 2026.

"Cerro Alto is a world-class asset, and this is a temporary setback," chief executive Ignacio Vallejos told analysts.
""", [
    F("6.8%", 6.8, "%", "C", "dn", "Andescobre Mining shares|shares", DAY(P), None),
    F("610,000 and 650,000 tonnes", 610000, "t", "L", "dn", "copper production|production|copper", Y(2026),
      "company", value_hi=650000, source_alt=["Andescobre Mining"], direction_alt=[None]),
    F("680,000 to 720,000 tonnes", 680000, "t", "L", None, "previous copper production guidance|guidance|production",
      Y(2026), "company", value_hi=720000, source_alt=["Andescobre Mining"]),
    F("14%", 14, "%", "C", "dn", "copper output|output", Q(2026, 1), "company", source_alt=["Andescobre Mining",
                                                                                         "production report"]),
    F("141,300 tonnes", 141300, "t", "L", "dn", "copper output|output", Q(2026, 1), "company",
      source_alt=["Andescobre Mining", "production report"]),
    F("$2.05 a pound", 2.05, "$", "L", "up", "net cash costs|cash costs|costs", Q(2026, 1), None,
      unit_alt=["USD per pound"], source_alt=["Andescobre Mining"]),
    F("$1.72", 1.72, "$", "L", None, "net cash costs|cash costs|costs", Q(2025, 1), None,
      unit_alt=["USD per pound"], source_alt=["Andescobre Mining"]),
    FR("almost a fifth", 1, 5, "C", "dn", "output of molybdenum|molybdenum output|output", Q(2026, 1), None,
       source_alt=["Andescobre Mining"]),
    F("43%", 43, "%", "S", None, "Cerro Alto's share of group output|group output|Cerro Alto", Y(2025), "company",
      source_alt=["Andescobre Mining"]),
    F("about $120 million", 120e6, "$", "L", None, "cost of repairs|repairs|cost", None, None,
      source_alt=["Andescobre Mining", "company"]),
    F("about 12%", 12, "%", "C", "up", "copper prices on the London Metal Exchange|copper prices|prices",
      ("2026-01", "2026-04"), None, source_alt=["London Metal Exchange"], period_alt=[("2026-01-01", P)]),
    F("$11,460 a tonne", 11460, "$", "L", "up", "copper prices on the London Metal Exchange|copper prices|prices",
      DAY(P), None, unit_alt=["USD per tonne"], source_alt=["London Metal Exchange"], period_alt=[None]),
    F("180,000 tonnes", 180000, "t", "L", None, "global refined copper deficit|copper deficit|deficit", Y(2026),
      "Corran Commodities", source_alt=["analysts"]),
], ex=["January-March quarter", "first quarter", "third quarter", "one of the pit's"])

# ---------------------------------------------------------------- 19 gold's year
P = "2026-01-04"  # Sunday
WED = last(P, "Wednesday")
story("b55-19", P, """
Gold posted its strongest annual performance in more than four decades in 2025, as central banks kept buying and investors piled into exchange-traded funds amid worries about the US fiscal outlook.

The spot price rose 58% over the year to end at $4,148 an ounce on Wednesday, the last trading day of 2025, having touched a record $4,381 in October. Silver did even better, more than doubling to $71.20.

Holdings of gold-backed ETFs grew by 702 tonnes during the year, the largest annual inflow since 2020, according to the World Gold Council. Central banks bought an estimated 880 tonnes in the first 11 months, the council said, with Poland, China and Turkey among the biggest buyers.

"The marginal buyer is no longer an Indian jewellery shop, it's a portfolio manager in New York or a reserve manager in Warsaw," said Hamish Greer, head of metals strategy at Calder Bank. He expects gold to average $4,300 to $4,500 in 2026.

High prices have hit physical demand. Jewellery consumption fell by about a quarter in the first nine months of the year, the council's data show, while Indian imports dropped to their lowest since 2020.

One ounce of gold now buys roughly 58 barrels of Brent crude, against an average of 16 over the past decade.
""", [
    F("58%", 58, "%", "C", "up", "gold spot price|spot price|gold", Y(2025), None),
    F("$4,148", 4148, "$", "L", "up", "gold spot price|spot price|gold", DAY(WED), None, unit_alt=["USD per ounce"],
      period_alt=[Y(2025)]),
    F("$4,381", 4381, "$", "L", None, "record gold price|record|gold", "2025-10", None, unit_alt=["USD per ounce"]),
    X("more than doubling", 2, "R", "up", "silver price|silver", Y(2025), None),
    F("$71.20", 71.2, "$", "L", "up", "silver price|silver", DAY(WED), None, unit_alt=["USD per ounce"],
      period_alt=[Y(2025)]),
    F("702 tonnes", 702, "t", "C", "up", "holdings of gold-backed ETFs|ETF holdings|holdings", Y(2025),
      "World Gold Council", source_alt=["council"]),
    F("an estimated 880 tonnes", 880, "t", "L", None, "central bank gold purchases|purchases|central banks",
      ("2025-01", "2025-11"), "council", source_alt=["World Gold Council"]),
    F("$4,300 to $4,500", 4300, "$", "L", None, "average gold price|gold", Y(2026), "Hamish Greer", value_hi=4500,
      source_alt=["Greer", "Calder Bank"], unit_alt=["USD per ounce"]),
    FR("about a quarter", 1, 4, "C", "dn", "jewellery consumption|consumption", ("2025-01", "2025-09"),
       "council's data", source_alt=["World Gold Council", "council"]),
    F("roughly 58 barrels", 58, "barrel", "L", None, "Brent crude bought by one ounce of gold|gold-oil ratio|Brent",
      None, None, kind_alt=["ratio"], period_alt=[DAY(P), DAY(WED)]),
    F("16", 16, "barrel", "L", None, "average Brent crude bought by one ounce of gold|gold-oil ratio|average",
      ("2016-01", "2025-12"), None, kind_alt=["ratio"], unit_alt=["count"]),
], ex=["four decades", "first 11 months", "first nine months", "One ounce"])

# ---------------------------------------------------------------- 20 lithium
P = "2026-06-12"  # Friday
THU = last(P, "Thursday")
story("b55-20", P, """
Lithium carbonate prices in China have jumped by nearly two-thirds since the start of the year to 118,500 yuan ($16,400) a tonne, the highest since late 2023, as a crackdown on unlicensed mining in Jiangxi province and strong battery demand squeezed supply, data from Shanghai Yuelu Metals Information showed on Friday.

That is still about 80% below the peak of nearly 600,000 yuan reached in November 2022, when electric-vehicle sales were booming.

Shares of Australian producers have rallied. Perth-based Karri Lithium, which mines spodumene at two sites in Western Australia, rose 9.2% to A$3.87 on Friday and has more than tripled since March. Spodumene concentrate prices climbed to $1,420 a tonne from $610 in January.

Chinese battery makers produced 1,020 gigawatt-hours of cells in the first five months, up 41% from a year earlier, according to an industry alliance. Energy storage systems accounted for about 30% of that output.

"The market overcorrected. A lot of supply left and it is not coming back quickly," said Jocelyn Harte, an analyst at Redgum Partners in Sydney. She forecast a deficit of 45,000 to 60,000 tonnes of lithium carbonate equivalent next year, reversing a surplus of about 90,000 tonnes in 2025.

Karri said on Thursday it would restart its idled Mount Ella mine, which can produce 220,000 tonnes of concentrate a year, by the end of the third quarter.
""", [
    FR("nearly two-thirds", 2, 3, "C", "up", "lithium carbonate prices in China|lithium carbonate prices|prices",
       ("2026-01", "2026-06"), "Shanghai Yuelu Metals Information", source_alt=["data"],
       period_alt=[("2026-01-01", P)]),
    F("118,500 yuan", 118500, "yuan", "L", "up", "lithium carbonate prices in China|lithium carbonate prices|prices",
      DAY(P), "Shanghai Yuelu Metals Information", source_alt=["data"], unit_alt=["yuan per tonne"],
      period_alt=[None]),
    F("$16,400", 16400, "$", "L", "up", "lithium carbonate prices in China|lithium carbonate prices|prices", DAY(P),
      "Shanghai Yuelu Metals Information", source_alt=["data"], unit_alt=["USD per tonne"], period_alt=[None]),
    F("about 80%", 80, "%", "C", "dn", "lithium carbonate prices|prices", DAY(P), None, kind_alt=["level"],
      direction_alt=[None], period_alt=[None], source_alt=["Shanghai Yuelu Metals Information"]),
    F("nearly 600,000 yuan", 600000, "yuan", "L", None, "peak lithium carbonate price|peak|prices", "2022-11", None,
      unit_alt=["yuan per tonne"]),
    F("two", 2, "#site", "L", None, "Karri Lithium's spodumene sites|sites", None, None, ctx="at two sites"),
    F("9.2%", 9.2, "%", "C", "up", "Karri Lithium shares|Karri Lithium|shares", DAY(P), None),
    F("A$3.87", 3.87, "A$", "L", "up", "Karri Lithium shares|Karri Lithium|shares", DAY(P), None),
    X("more than tripled", 3, "R", "up", "Karri Lithium shares|Karri Lithium|shares", ("2026-03", "2026-06"), None,
      period_alt=[("2026-03", P)]),
    F("$1,420 a tonne", 1420, "$", "L", "up", "spodumene concentrate prices|prices", DAY(P), None,
      unit_alt=["USD per tonne"], period_alt=["2026-06", None]),
    F("$610", 610, "$", "L", None, "spodumene concentrate prices|prices", "2026-01", None,
      unit_alt=["USD per tonne"]),
    F("1,020 gigawatt-hours", 1020, "gigawatt-hour", "L", None, "battery cells produced by Chinese makers|cells|output",
      ("2026-01", "2026-05"), "industry alliance", unit_alt=["GWh"], source_alt=["alliance"],
      direction_alt=["increase"]),
    F("41%", 41, "%", "C", "up", "battery cell output|output|cells", ("2026-01", "2026-05"), "industry alliance",
      source_alt=["alliance"]),
    F("about 30%", 30, "%", "S", None, "energy storage share of battery output|output|energy storage systems",
      ("2026-01", "2026-05"), None, source_alt=["industry alliance"]),
    F("45,000 to 60,000 tonnes", 45000, "t", "L", None, "lithium market deficit|deficit", Y(2027), "Jocelyn Harte",
      value_hi=60000, source_alt=["Harte", "Redgum Partners"]),
    F("about 90,000 tonnes", 90000, "t", "L", None, "lithium market surplus|surplus", Y(2025), "Jocelyn Harte",
      source_alt=["Harte", "Redgum Partners"]),
    F("220,000 tonnes", 220000, "t", "L", None, "Mount Ella mine's annual capacity|capacity|Mount Ella mine", None,
      "Karri", source_alt=["Karri Lithium"], unit_alt=["tonne per year"]),
], ex=["first five months", "third quarter"])
