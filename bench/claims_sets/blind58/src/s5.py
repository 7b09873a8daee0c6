"""blind58 s5: bushfire, hurricane and wildfire damage, cricket, tennis, baseball, an art auction, a space
mission, a market wrap and a charity telethon (b58-41..b58-50)."""
from common import *

# ---------------------------------------------------------------- 41 Victorian bushfires and insurance claims (Australian)
P = on("2026-01-10", "Saturday")
SINCE = ("2026-01-02", P)
ICA = "Insurance Council of Australia"
story("b58-41", P, """
MELBOURNE — Insurers have received more than 4,800 claims worth an estimated $587 million from bushfires that have burnt through 318,000 hectares of Victoria's north-east since 2 January, the Insurance Council of Australia said on Saturday.

The council declared the fires a catastrophe on Wednesday, a step that fast-tracks claims handling, and said the bill would rise "significantly" as assessors reached burnt-out areas.

Some 412 homes have been destroyed and 127 damaged, according to Emergency Management Victoria, while more than 2,600 sheep and cattle have been lost. Two people have died, including a 67-year-old man who stayed to defend his property near Myrtleford.

The temperature reached 44.1C in Wangaratta on Tuesday, the town's hottest January day on record, the Bureau of Meteorology said. The bureau expects a top of about 31C on Sunday before another hot spell next week.

About 1,900 firefighters remain on the fireground, supported by 46 aircraft.

Disaster recovery payments of $1,000 per adult and $400 per child are available to residents of the affected shires, the federal and state governments said in a joint statement.

The Black Summer fires of 2019-20 generated insured losses more than four times as large as the current estimate.

"People are still going back to see what is left," said Alpine Shire mayor Fiona Caskie.
""", [
    F("more than 4,800", 4800, "#claim", "L", None, "insurance claims from the bushfires|claims", SINCE, ICA,
      source_alt=["council", "Insurers"], period_alt=[DAY(P)]),
    F("an estimated $587 million", 587e6, "A$", "L", None, "value of bushfire insurance claims|claims", SINCE, ICA,
      source_alt=["council", "Insurers"], period_alt=[DAY(P)]),
    F("318,000 hectares", 318000, "hectare", "L", None, "area burnt by the bushfires|bushfires|area", SINCE, ICA,
      source_alt=["council"], period_alt=[DAY(P)]),
    F("Some 412", 412, "#home", "L", None, "homes destroyed|homes", SINCE, "Emergency Management Victoria",
      period_alt=[DAY(P)]),
    F("127", 127, "#home", "L", None, "homes damaged|homes", SINCE, "Emergency Management Victoria",
      period_alt=[DAY(P)]),
    F("more than 2,600", 2600, "#animal", "L", None, "sheep and cattle lost|livestock|sheep and cattle", SINCE,
      "Emergency Management Victoria", unit_alt=["sheep and cattle", "head"], period_alt=[DAY(P)]),
    F("Two", 2, "#person", "L", None, "bushfire deaths|people|deaths", SINCE, None, period_alt=[DAY(P)],
      unit_alt=["death"]),
    AGE("67", 67, "man who stayed to defend his property", alts="man"),
    F("44.1C", 44.1, "C", "L", None, "temperature in Wangaratta|temperature", DAY(last(P, "Tuesday")),
      "Bureau of Meteorology", source_alt=["bureau"]),
    F("about 31C", 31, "C", "L", "dn", "top temperature|temperature", DAY(plus(P, 1)), "bureau",
      source_alt=["Bureau of Meteorology"], direction_alt=[None]),
    F("About 1,900", 1900, "#firefighter", "L", None, "firefighters on the fireground|firefighters", DAY(P), None,
      period_alt=[None]),
    F("46", 46, "#aircraft", "L", None, "aircraft supporting firefighters|aircraft", DAY(P), None,
      period_alt=[None]),
    F("$1,000", 1000, "A$", "L", None, "disaster recovery payment per adult|recovery payments|payments", None,
      "federal and state governments", source_alt=["governments", "joint statement"], unit_alt=["AUD per adult"]),
    F("$400", 400, "A$", "L", None, "disaster recovery payment per child|recovery payments|payments", None,
      "federal and state governments", source_alt=["governments", "joint statement"], unit_alt=["AUD per child"]),
    X("more than four times", 4, "R", None, "Black Summer insured losses against the current estimate|insured losses|losses",
      FY(2019, 7, 2020, 6), None, direction_alt=["up"], period_alt=[Y(2019), None]),
], ex=[])

# ---------------------------------------------------------------- 42 hurricane live blog
P = on("2026-09-08", "Tuesday")
NHC = "National Hurricane Center"
story("b58-42", P, """
Hurricane Gonzalo live updates

8:10 a.m. — Gonzalo made landfall near Cedar Key, Florida, at 5:40 a.m. as a Category 3 hurricane with maximum sustained winds of 120 mph, the National Hurricane Center said.

8:45 a.m. — More than 1.2 million homes and businesses are without power across Florida, according to the tracking site OutageWatch.

9:30 a.m. — Storm surge reached 11.4 feet at a tide gauge in Cedar Key, the hurricane center said, above the previous record of 9.6 feet.

10:15 a.m. — Gov. Raymond Tillis said 14,200 residents are in shelters and 2,900 National Guard members have been deployed. Two deaths have been confirmed in Levy County.

11:00 a.m. — Catastrophe modeler Kelvingrove Risk estimates insured losses from Gonzalo at $8 billion to $13 billion.

11:40 a.m. — Gonzalo has weakened to a Category 1 storm with 85 mph winds and is moving north-northeast at 16 mph. Forecasters expect rainfall of 6 to 10 inches in south Georgia through Wednesday.

12:20 p.m. — The statewide average price of regular gasoline rose 4 cents overnight to $3.28 a gallon, according to GasWatch.

12:55 p.m. — Orlando International Airport will resume flights at 6 p.m. About 1,650 flights have been canceled nationwide on Tuesday, according to AirTrack.

1:30 p.m. — "We'll rebuild, like we always do," said Dana Rourke, who runs a Cedar Key bait shop.
""", [
    F("120 mph", 120, "mile per hour", "L", None, "Gonzalo's maximum sustained winds|sustained winds|winds", DAY(P),
      NHC, source_alt=["hurricane center"]),
    F("More than 1.2 million", 1.2e6, "#customer", "L", None, "homes and businesses without power|homes and businesses",
      DAY(P), "OutageWatch", source_alt=["tracking site"], unit_alt=["home", "business"]),
    F("11.4 feet", 11.4, "foot", "L", None, "storm surge at Cedar Key|storm surge|surge", DAY(P),
      "hurricane center", source_alt=[NHC]),
    F("9.6 feet", 9.6, "foot", "L", None, "previous storm surge record|record", None, "hurricane center",
      source_alt=[NHC]),
    F("14,200", 14200, "#resident", "L", None, "residents in shelters|residents", DAY(P), "Raymond Tillis",
      source_alt=["Tillis", "Gov. Raymond Tillis"], period_alt=[(plus(P, -1), P)]),
    F("2,900", 2900, "#member", "L", None, "National Guard members deployed|National Guard members|members", DAY(P),
      "Raymond Tillis", source_alt=["Tillis"], period_alt=[None]),
    F("Two", 2, "#death", "L", None, "deaths confirmed in Levy County|deaths", DAY(P), None,
      source_alt=["Raymond Tillis", "Tillis"]),
    F("$8 billion to $13 billion", 8e9, "$", "L", None, "insured losses from Gonzalo|insured losses|losses", None,
      "Kelvingrove Risk", value_hi=13e9, source_alt=["modeler"], period_alt=[DAY(P)]),
    F("85 mph", 85, "mile per hour", "L", "dn", "Gonzalo's winds|winds", DAY(P), None, source_alt=[NHC]),
    F("16 mph", 16, "mile per hour", "L", None, "Gonzalo's forward speed|speed", DAY(P), None, source_alt=[NHC]),
    F("6 to 10 inches", 6, "inch", "L", None, "rainfall in south Georgia|rainfall", (P, plus(P, 1)), "Forecasters",
      value_hi=10, period_alt=[DAY(plus(P, 1))]),
    CENTS("4 cents", 4, "$", "C", "up", "average price of regular gasoline|gasoline price|price", DAY(P), "GasWatch",
          period_alt=[(plus(P, -1), P)]),
    F("$3.28", 3.28, "$", "L", "up", "average price of regular gasoline|gasoline price|price", DAY(P), "GasWatch",
      unit_alt=["USD per gallon"]),
    F("About 1,650", 1650, "#flight", "L", None, "flights canceled nationwide|flights", DAY(P), "AirTrack"),
], ex=["Category 3", "Category 1"])

# ---------------------------------------------------------------- 43 cricket: Newlands Test, day two (South African English)
P = on("2026-01-04", "Sunday")
D1 = plus(P, -1)
story("b58-43", P, """
CAPE TOWN — Opener Sipho Dlamini struck an unbeaten 142 as South Africa reached 386 for five at stumps on the second day of the second Test against Pakistan at Newlands on Sunday, a lead of 157.

Pakistan, sent in under grey skies, had been bowled out for 229 in 68.2 overs on the opening day, with fast bowler Lutho Mahlangu taking five for 48, his third five-wicket haul in Tests.

Dlamini's innings, his highest Test score, came off 231 balls with 17 fours and two sixes. He shared a stand of 188 for the third wicket with captain Ruan Botha, who made 87 before edging a drive to slip.

Pakistan's Imran Qadir was the pick of the bowlers, taking three for 74, while left-arm spinner Hamza Shakeel took two for 96 on a pitch offering little turn.

"The ball did a bit in the first hour, but after that it was about being patient," Dlamini said. "We want to bat once and make them chase."

A crowd of 14,250 watched the second day's play. South Africa lead the three-match series after winning the first Test in Durban by an innings, and the final match starts in Johannesburg on 10 January.

Rain is forecast for Tuesday afternoon, which could help Pakistan save the match.
""", [
    F("142", 142, "#run", "L", None, "Sipho Dlamini's unbeaten innings|Dlamini|innings", DAY(P), None,
      period_alt=[(D1, P)]),
    F("386", 386, "#run", "L", None, "South Africa's total|South Africa|total", DAY(P), None),
    F("five", 5, "#wicket", "L", None, "South Africa's wickets lost|South Africa|wickets", DAY(P), None,
      ctx="386 for five"),
    F("157", 157, "#run", "L", None, "South Africa's lead|lead", DAY(P), None),
    F("229", 229, "#run", "L", None, "Pakistan's first-innings total|Pakistan|total", DAY(D1), None),
    F("68.2 overs", 68.2, "#over", "L", None, "Pakistan's innings|overs", DAY(D1), None),
    F("five", 5, "#wicket", "L", None, "Lutho Mahlangu's wickets|Mahlangu|wickets", DAY(D1), None,
      ctx="taking five for 48"),
    F("48", 48, "#run", "L", None, "runs conceded by Lutho Mahlangu|Mahlangu|runs", DAY(D1), None),
    F("231", 231, "#ball", "L", None, "balls faced by Dlamini|Dlamini|balls", DAY(P), None, period_alt=[(D1, P)]),
    F("17", 17, "#four", "L", None, "Dlamini's fours|fours", DAY(P), None, period_alt=[(D1, P)]),
    F("two", 2, "#six", "L", None, "Dlamini's sixes|sixes", DAY(P), None, ctx="two sixes", period_alt=[(D1, P)]),
    F("188", 188, "#run", "L", None, "third-wicket stand|stand", DAY(P), None),
    F("87", 87, "#run", "L", None, "Ruan Botha's innings|Botha|runs", DAY(P), None),
    F("three", 3, "#wicket", "L", None, "Imran Qadir's wickets|Qadir|wickets", DAY(P), None, ctx="three for 74"),
    F("74", 74, "#run", "L", None, "runs conceded by Imran Qadir|Qadir|runs", DAY(P), None),
    F("two", 2, "#wicket", "L", None, "Hamza Shakeel's wickets|Shakeel|wickets", DAY(P), None, ctx="two for 96"),
    F("96", 96, "#run", "L", None, "runs conceded by Hamza Shakeel|Shakeel|runs", DAY(P), None),
    F("14,250", 14250, "#spectator", "L", None, "crowd at Newlands|crowd", DAY(P), None, unit_alt=["person"]),
], ex=["third five-wicket", "third wicket", "three-match", "first hour", "bat once"])

# ---------------------------------------------------------------- 44 tennis: U.S. Open final
P = on("2026-09-14", "Monday")
SUN = last(P, "Sunday")
SAT = last(P, "Saturday")
story("b58-44", P, """
NEW YORK — Matteo Ferrante won his first Grand Slam title on Sunday, beating defending champion Aleksandr Volkov 6-4, 3-6, 7-6 (5), 6-2 in the U.S. Open final at Arthur Ashe Stadium.

The 23-year-old Italian, seeded fourth, hit 52 winners and 14 aces and saved nine of the 11 break points he faced in a final that lasted 3 hours 41 minutes. He won 78% of points on his first serve.

Ferrante collected $5.2 million in prize money, while Volkov, 28, earned $2.6 million. The Russian had won 19 consecutive matches at Flushing Meadows before Sunday.

"I dreamed about this court when I was a kid watching on a laptop in Bari," Ferrante said, his voice breaking. "Tonight I just tried not to think."

Volkov, who needed treatment on his right shoulder in the fourth set, said he had no excuses. "He played the big points better. That's it."

On Saturday, Australia's Laura Brennan beat Sofia Marchetti 6-3, 6-4 in 84 minutes to claim the women's title. The 21-year-old is the first Australian woman to win the event since 2011.

Tournament organizers said total attendance, including qualifying week, reached a record 1,054,000.

Ferrante will climb into the world's top three when the rankings are updated on Monday.
""", [
    AGE("23-year-old", 23, "Matteo Ferrante", alts="Ferrante"),
    F("52", 52, "#winner", "L", None, "Ferrante's winners|winners", DAY(SUN), None),
    F("14", 14, "#ace", "L", None, "Ferrante's aces|aces", DAY(SUN), None),
    F("nine", 9, "#break point", "L", None, "break points Ferrante saved|break points", DAY(SUN), None),
    F("11", 11, "#break point", "L", None, "break points Ferrante faced|break points", DAY(SUN), None,
      ctx="of the 11"),
    F("3 hours 41 minutes", 221, "min", "L", None, "length of the final|final", DAY(SUN), None,
      value_alt=[3, 3.68, 3.683], unit_alt=["hour"]),
    F("78%", 78, "%", "S", None, "Ferrante's first-serve points won|first serve|points", DAY(SUN), None),
    F("$5.2 million", 5.2e6, "$", "L", None, "Ferrante's prize money|prize money", DAY(SUN), None),
    AGE("28", 28, "Aleksandr Volkov", alts="Volkov"),
    F("$2.6 million", 2.6e6, "$", "L", None, "Volkov's prize money|Volkov|prize money", DAY(SUN), None),
    F("19", 19, "#match", "L", None, "Volkov's winning streak at Flushing Meadows|consecutive matches|matches", None,
      None, period_alt=[(None, SUN)]),
    F("84 minutes", 84, "min", "L", None, "length of the women's final|women's final|final", DAY(SAT), None),
    AGE("21-year-old", 21, "Laura Brennan", alts="Brennan"),
    F("1,054,000", 1054000, "#spectator", "L", "up", "total tournament attendance|attendance", ("2026-08-24", SUN),
      "Tournament organizers", source_alt=["organizers"], unit_alt=["person"], period_alt=[Y(2026), None],
      direction_alt=[None]),
], ex=["6-4, 3-6, 7-6 (5), 6-2", "6-3, 6-4", "top three"])

# ---------------------------------------------------------------- 45 baseball: World Series Game 3
P = on("2026-10-24", "Saturday")
FRI = last(P, "Friday")
story("b58-45", P, """
PHILADELPHIA — Rookie left-hander Cal Whitaker pitched seven scoreless innings and Marcus Delgado hit a three-run homer as the Philadelphia Phillies beat the Seattle Mariners 5-1 on Friday night to take a 2-1 lead in the World Series.

Whitaker, 24, allowed three hits, struck out 10 and walked two, throwing 98 pitches in the biggest start of his career in front of 45,713 fans at Citizens Bank Park, where it was 52 degrees at first pitch.

Delgado's homer in the fifth inning traveled 431 feet off a 97.8 mph fastball from Seattle starter Ken Ishida, who lasted 4 2/3 innings.

"I was just trying to get something in the air," Delgado said. "He left it up, and I didn't miss it."

Seattle's only run came on a solo homer by Jalen Brooks in the eighth inning off reliever Tomas Ruiz.

Teams that won Game 3 of a World Series tied 1-1 have gone on to win the title 45 of 69 times.

Game 2 drew an average of 14.8 million TV viewers, up 9% from last year's Game 2, Major League Baseball said.

Game 4 is Saturday night in Philadelphia, with veteran right-hander Owen Castellano scheduled to start for the Phillies on regular rest.
""", [
    F("seven", 7, "#inning", "L", None, "scoreless innings pitched by Cal Whitaker|innings|Whitaker", DAY(FRI), None),
    AGE("24", 24, "Cal Whitaker", alts="Whitaker"),
    F("three", 3, "#hit", "L", None, "hits allowed by Whitaker|hits", DAY(FRI), None, ctx="allowed three hits"),
    F("10", 10, "#strikeout", "L", None, "Whitaker's strikeouts|strikeouts", DAY(FRI), None),
    F("two", 2, "#walk", "L", None, "Whitaker's walks|walks", DAY(FRI), None, ctx="walked two"),
    F("98", 98, "#pitch", "L", None, "Whitaker's pitch count|pitches", DAY(FRI), None),
    F("45,713", 45713, "#fan", "L", None, "crowd at Citizens Bank Park|fans|crowd", DAY(FRI), None,
      unit_alt=["spectator", "person"]),
    F("52 degrees", 52, "F", "L", None, "temperature at first pitch|temperature", DAY(FRI), None),
    F("431 feet", 431, "foot", "L", None, "Delgado's home run distance|homer|distance", DAY(FRI), None),
    F("97.8 mph", 97.8, "mile per hour", "L", None, "Ishida's fastball|fastball|speed", DAY(FRI), None),
    F("4 2/3 innings", 4 + 2 / 3, "#inning", "L", None, "innings pitched by Ken Ishida|Ishida|innings", DAY(FRI),
      None, value_alt=[4.67, 4.7]),
    F("45", 45, "#time", "L", None, "titles won by Game 3 winners of tied series|times|title", None, None,
      ctx="title 45 of 69"),
    F("69", 69, "#time", "L", None, "tied series with a Game 3 winner|times", None, None),
    F("14.8 million", 14.8e6, "#viewer", "L", None, "Game 2 TV viewers|viewers", DAY(plus(FRI, -1)),
      "Major League Baseball", source_alt=["MLB"], direction_alt=["up"]),
    F("9%", 9, "%", "C", "up", "Game 2 TV viewers|viewers", DAY(plus(FRI, -1)), "Major League Baseball",
      source_alt=["MLB"]),
], ex=["5-1", "2-1", "three-run", "fifth inning", "Game 3", "1-1", "Game 2", "Game 4"])

# ---------------------------------------------------------------- 46 art auction
P = on("2026-05-14", "Thursday")
WED = last(P, "Wednesday")
ASH = ["Ashcombe's", "auction house"]
story("b58-46", P, """
NEW YORK — Ashcombe's evening sale of 20th-century art in New York on Wednesday raised $386.4 million with fees, within its presale estimate of $340 million to $470 million and well above the $298.1 million the equivalent sale made a year earlier.

The top lot, "Harbor at Dusk," a 1962 canvas by the American abstract painter Eleanor Vance, sold for $62.3 million with fees, a record for the artist, after six bidders competed for it. The hammer price was $53.5 million, above the estimate of about $45 million.

Of the 58 lots offered, 52 sold, a sell-through rate of about 90%. Ashcombe's had guaranteed 31 of the lots, promising sellers a minimum price whatever the outcome.

"Collectors came back with real conviction tonight," said Julian Marsh, the auction house's chairman of 20th-century art.

The result is a boost for a market that has struggled with a shortage of top-quality consignments. Global auction sales of fine art fell 12% in 2025 to $9.8 billion, according to an annual report by art-market analysts Pell & Harrow, and the firm expects a rebound of about 5% this year.

Rival houses hold their own evening sales next week, led by a collection of postwar sculpture from the estate of a Chicago industrialist that has been valued at more than $150 million.
""", [
    F("$386.4 million", 386.4e6, "$", "L", "up", "Ashcombe's evening sale total|sale|total", DAY(WED), None,
      source_alt=ASH),
    F("$340 million to $470 million", 340e6, "$", "L", None, "presale estimate|estimate", DAY(WED), None,
      value_hi=470e6, source_alt=ASH, period_alt=[None]),
    F("$298.1 million", 298.1e6, "$", "L", None, "equivalent sale a year earlier|sale", M(2025, 5), None,
      source_alt=ASH, period_alt=[Y(2025)]),
    F("$62.3 million", 62.3e6, "$", "L", None, "Harbor at Dusk sale price|price|Harbor at Dusk", DAY(WED), None),
    F("six", 6, "#bidder", "L", None, "bidders competing for Harbor at Dusk|bidders", DAY(WED), None),
    F("$53.5 million", 53.5e6, "$", "L", None, "hammer price of Harbor at Dusk|hammer price|price", DAY(WED), None),
    F("about $45 million", 45e6, "$", "L", None, "estimate for Harbor at Dusk|estimate", None, None,
      period_alt=[DAY(WED)]),
    F("58", 58, "#lot", "L", None, "lots offered|lots", DAY(WED), None),
    F("52", 52, "#lot", "L", None, "lots sold|lots", DAY(WED), None),
    F("about 90%", 90, "%", "S", None, "sell-through rate|rate", DAY(WED), None, kind_alt=["level", "ratio"]),
    F("31", 31, "#lot", "L", None, "guaranteed lots|lots", DAY(WED), None, source_alt=ASH, period_alt=[None]),
    F("12%", 12, "%", "C", "dn", "global auction sales of fine art|auction sales|sales", Y(2025), "Pell & Harrow",
      source_alt=["annual report", "analysts"]),
    F("$9.8 billion", 9.8e9, "$", "L", "dn", "global auction sales of fine art|auction sales|sales", Y(2025),
      "Pell & Harrow", source_alt=["annual report", "analysts"]),
    F("about 5%", 5, "%", "C", "up", "global auction sales of fine art|auction sales|rebound", Y(2026), "firm",
      source_alt=["Pell & Harrow"]),
    F("more than $150 million", 150e6, "$", "L", None, "valuation of the postwar sculpture collection|collection",
      None, None),
], ex=["20th-century"])

# ---------------------------------------------------------------- 47 space mission factbox (British spelling)
P = on("2026-04-12", "Sunday")
LAUNCH = nxt(P, "Tuesday")
story("b58-47", P, """
FACTBOX: NASA's Lantern rover mission to the Moon's south pole

NASA's Lantern rover is scheduled to launch on Tuesday from Cape Canaveral aboard a Meridian Heavy rocket built by Apex Orbital, the first attempt to drive a robot into the permanently shadowed terrain near the lunar south pole. Key facts:

COST: $684 million including launch, about 18% over the budget set when the mission was approved, according to NASA's inspector general.

SIZE: 430 kilograms; the rover is about the size of a golf buggy.

JOURNEY: about five days to lunar orbit, with landing planned for April 19.

MISSION LENGTH: 100 Earth days, if the batteries survive the cold.

INSTRUMENTS: nine, including a drill that can reach 1.2 metres below the surface to look for water ice.

TARGET: the rim of a crater where temperatures fall to minus 230C.

DATA: up to 2 megabits per second, relayed through a commercial satellite in lunar orbit.

LAUNCH WINDOW: opens at 9:14 p.m. EDT on Tuesday and lasts 38 minutes.

TEAM: about 350 engineers and scientists at 14 institutions in the United States, Canada and Japan.

WEATHER: Air Force forecasters put the chance of acceptable conditions at 70%, with thick cloud and gusty winds the main concerns.

WHY IT MATTERS: Water ice could be turned into drinking water, oxygen and rocket fuel, making long stays on the Moon cheaper.
""", [
    F("$684 million", 684e6, "$", "L", None, "Lantern mission cost|cost", None, "NASA's inspector general",
      source_alt=["inspector general", "NASA"]),
    F("about 18%", 18, "%", "C", "up", "Lantern mission cost against budget|cost|budget", None,
      "NASA's inspector general", source_alt=["inspector general", "NASA"]),
    F("430 kilograms", 430, "kg", "L", None, "Lantern rover mass|rover|mass", None, None),
    F("about five days", 5, "d", "L", None, "journey to lunar orbit|journey", None, None,
      period_alt=[(LAUNCH, "2026-04-19")]),
    F("100 Earth days", 100, "d", "L", None, "Lantern mission length|mission length|mission", None, None),
    F("nine", 9, "#instrument", "L", None, "Lantern's instruments|instruments", None, None),
    F("1.2 metres", 1.2, "m", "L", None, "drill depth|drill|depth", None, None),
    F("minus 230C", -230, "C", "L", None, "temperature at the crater rim|temperatures", None, None,
      value_alt=[230]),
    F("up to 2 megabits per second", 2, "megabit per second", "L", None, "Lantern data rate|data|rate", None, None,
      unit_alt=["megabit", "Mbps"]),
    F("38 minutes", 38, "min", "L", None, "launch window|window", DAY(LAUNCH), None),
    F("about 350", 350, "#person", "L", None, "engineers and scientists on the Lantern team|team|engineers and scientists",
      None, None, unit_alt=["engineer", "scientist"]),
    F("14", 14, "#institution", "L", None, "institutions on the Lantern team|institutions", None, None,
      ctx="at 14 institutions"),
    F("70%", 70, "%", "L", None, "chance of acceptable launch weather|chance|conditions", DAY(LAUNCH),
      "Air Force forecasters", source_alt=["forecasters"], kind_alt=["share"], period_alt=[None]),
], ex=[])

# ---------------------------------------------------------------- 48 Asian market wrap
P = on("2026-03-09", "Monday")
FRI = last(P, "Friday")
story("b58-48", P, """
TOKYO/SEOUL, March 9 — Asian shares fell on Monday after a stronger-than-expected U.S. jobs report pushed Treasury yields higher, while chipmakers slid on reports of fresh U.S. export curbs.

Japan's Nikkei share average dropped 1.8% to 51,240.35, its biggest one-day fall in a month, and the broader Topix lost 1.2%. South Korea's KOSPI slid 2.4% to 4,118.62, led by a 4.1% slump in Daehan Semicon.

MSCI's broadest index of Asia-Pacific shares outside Japan fell 1.1% but is still up 6.3% so far this year. Australia's S&P/ASX 200 eased 0.7% to 8,612.4.

The U.S. economy added 214,000 jobs in February, the Labor Department said on Friday, well above the 150,000 economists had forecast, and the unemployment rate fell to 4.2%.

Benchmark 10-year Treasury yields rose to 4.38%, up 9 basis points since Thursday. Fed funds futures now price 38 basis points of easing by December, down from 55 basis points a week ago.

The yen weakened 0.5% to 151.20 per dollar, and Brent crude futures fell 1.3% to $68.42 a barrel on worries about demand from China.

"A strong payrolls number used to be good news. Now it just means fewer cuts," said Akira Nomoto, chief strategist at Hibiya Asset Management. "Chip stocks carry the heaviest load of that repricing."

Chinese inflation data are due later in the week, and Japanese wage figures on Tuesday.
""", [
    F("1.8%", 1.8, "%", "C", "dn", "Nikkei share average|Nikkei", DAY(P), None),
    F("51,240.35", 51240.35, None, "L", "dn", "Nikkei share average|Nikkei", DAY(P), None, unit_alt=["point"]),
    F("1.2%", 1.2, "%", "C", "dn", "Topix", DAY(P), None),
    F("2.4%", 2.4, "%", "C", "dn", "South Korea's KOSPI|KOSPI", DAY(P), None),
    F("4,118.62", 4118.62, None, "L", "dn", "South Korea's KOSPI|KOSPI", DAY(P), None, unit_alt=["point"]),
    F("4.1%", 4.1, "%", "C", "dn", "Daehan Semicon shares|Daehan Semicon|shares", DAY(P), None),
    F("1.1%", 1.1, "%", "C", "dn", "MSCI Asia-Pacific index outside Japan|MSCI index|index", DAY(P), None),
    F("6.3%", 6.3, "%", "C", "up", "MSCI Asia-Pacific index outside Japan|MSCI index|index", ytd(P), None,
      period_alt=[("2026-01-01", P)]),
    F("0.7%", 0.7, "%", "C", "dn", "S&P/ASX 200", DAY(P), None),
    F("8,612.4", 8612.4, None, "L", "dn", "S&P/ASX 200|ASX", DAY(P), None, unit_alt=["point"]),
    F("214,000", 214000, "#job", "C", "up", "U.S. nonfarm payrolls|economy|jobs", M(2026, 2), "Labor Department",
      kind_alt=["level"]),
    F("150,000", 150000, "#job", "C", "up", "forecast for U.S. payrolls|forecast|jobs", M(2026, 2), "economists",
      kind_alt=["level"], direction_alt=[None]),
    F("4.2%", 4.2, "%", "L", "dn", "U.S. unemployment rate|unemployment rate|rate", M(2026, 2), "Labor Department"),
    F("4.38%", 4.38, "%", "L", "up", "10-year Treasury yields|Treasury yields|yields", DAY(P), None),
    F("9 basis points", 9, "bp", "C", "up", "10-year Treasury yields|Treasury yields|yields",
      (last(P, "Thursday"), P), None, value_alt=[0.09], unit_alt=["percentage point"], period_alt=[DAY(P)]),
    F("38 basis points", 38, "bp", "C", "dn", "expected Fed easing|easing", (None, "2026-12"), "Fed funds futures",
      source_alt=["futures"], value_alt=[0.38], unit_alt=["percentage point"], period_alt=[(P, "2026-12")],
      direction_alt=[None]),
    F("55 basis points", 55, "bp", "C", None, "expected Fed easing|easing", (None, "2026-12"), "Fed funds futures",
      source_alt=["futures"], value_alt=[0.55], unit_alt=["percentage point"],
      period_alt=[DAY(plus(P, -7)), (plus(P, -7), "2026-12")]),
    F("0.5%", 0.5, "%", "C", "dn", "yen", DAY(P), None),
    F("151.20", 151.20, "¥", "L", "dn", "yen", DAY(P), None, unit_alt=["JPY per USD"], direction_alt=["up", None]),
    F("1.3%", 1.3, "%", "C", "dn", "Brent crude futures|Brent crude|Brent", DAY(P), None),
    F("$68.42", 68.42, "$", "L", "dn", "Brent crude futures|Brent crude|Brent", DAY(P), None,
      unit_alt=["USD per barrel"]),
], ex=["S&P/ASX 200 eased", "10-year", "one-day"])

# ---------------------------------------------------------------- 49 charity telethon live blog (British)
P = on("2026-03-20", "Friday")
NIGHT = DAY(P)
story("b58-49", P, """
Hope Relay 2026 live: on-air total passes £40m

19:00 — Welcome to our live coverage of Hope Relay night. Last year's telethon raised £38.6 million on the night and a record £71.2 million by the time the appeal closed in September.

19:40 — The total has passed £5 million already, the fastest start in the appeal's history, organisers say.

20:30 — Comedian Danny Okoro has finished his 100-mile treadmill challenge live on air, raising £1.3 million in sponsorship on his own.

21:15 — The Government will match public donations up to £10 million, the Culture Secretary announced from the studio.

22:00 — The total stands at £23.4 million. More than 310,000 people have donated online tonight, with an average gift of £27.40, according to the charity.

23:10 — Where the money goes: organisers say £50 pays for a night in a safe shelter for a child. Around 62 per cent of the funds will go to projects in the UK and 38 per cent to projects overseas.

23:45 — Hope Relay has raised more than £1.4 billion since the first broadcast in 2004.

00:05 — That's it from us. The final on-air total is £41.8 million, up 8.3 per cent on last year. Lines stay open until the end of Sunday, and online giving continues until September. Thank you for following.
""", [
    F("£40m", 40e6, "£", "L", "up", "on-air total|total", NIGHT, None, period_alt=[(P, plus(P, 1))]),
    F("£38.6 million", 38.6e6, "£", "L", None, "telethon on-the-night total|total|telethon", Y(2025), None,
      period_alt=[M(2025, 3)]),
    F("£71.2 million", 71.2e6, "£", "L", None, "appeal total at close|appeal|total", ("2025-03", "2025-09"), None,
      period_alt=[Y(2025), M(2025, 9)]),
    F("£5 million", 5e6, "£", "L", "up", "on-air total|total", NIGHT, "organisers"),
    F("£1.3 million", 1.3e6, "£", "L", None, "sponsorship raised by Danny Okoro|sponsorship|Okoro", NIGHT, None),
    F("£10 million", 10e6, "£", "L", None, "Government match for public donations|match|donations", NIGHT,
      "Culture Secretary", source_alt=["Government"], period_alt=[None]),
    F("£23.4 million", 23.4e6, "£", "L", "up", "on-air total|total", NIGHT, None),
    F("More than 310,000", 310000, "#person", "L", None, "people donating online|people|donors", NIGHT, "charity",
      unit_alt=["donor"]),
    F("£27.40", 27.40, "£", "L", None, "average online gift|average gift|gift", NIGHT, "charity"),
    F("£50", 50, "£", "L", None, "cost of a night in a safe shelter|shelter|night", None, "organisers"),
    F("Around 62 per cent", 62, "%", "S", None, "share of funds for UK projects|funds|UK projects", None,
      "organisers", period_alt=[NIGHT]),
    F("38 per cent", 38, "%", "S", None, "share of funds for projects overseas|funds|overseas projects", None,
      "organisers", period_alt=[NIGHT]),
    F("more than £1.4 billion", 1.4e9, "£", "L", None, "total raised by Hope Relay|Hope Relay|total",
      ("2004-01", "2026-03"), None, period_alt=[("2004-01", P), None]),
    F("£41.8 million", 41.8e6, "£", "L", "up", "final on-air total|total", NIGHT, None,
      period_alt=[(P, plus(P, 1))]),
    F("8.3 per cent", 8.3, "%", "C", "up", "final on-air total|total", NIGHT, None,
      period_alt=[(P, plus(P, 1))]),
], ex=["19:00", "19:40", "20:30", "21:15", "22:00", "23:10", "23:45", "00:05", "100-mile"])

# ---------------------------------------------------------------- 50 California wildfire
P = on("2026-10-16", "Friday")
IGN = last(P, "Sunday")
SPAN = (IGN, P)
CF = "Cal Fire"
CFA = ["California Department of Forestry and Fire Protection", "Cal Fire"]
story("b58-50", P, """
SANTA ROSA, Calif. — The Mayacamas Fire had burned 41,600 acres in Sonoma and Napa counties by Friday morning and was 35% contained, the California Department of Forestry and Fire Protection (Cal Fire) said.

The fire has destroyed 1,184 structures, including 860 homes, and damaged 214 more since it ignited on Sunday night, Cal Fire said. Three people have died.

About 38,000 people remained under evacuation orders on Friday, down from 71,000 on Wednesday, as calmer winds allowed crews to strengthen containment lines. Gusts of up to 65 mph were recorded on Monday, when relative humidity fell to 8%.

More than 4,100 firefighters and 310 engines are assigned to the fire, which has cost $62 million to fight so far.

Catastrophe modeler Ridgeback Analytics estimates insured losses at $4.5 billion to $7 billion, and total economic losses of up to $11 billion. The California FAIR Plan, the state's insurer of last resort, had $1.6 billion of exposure in the evacuation zones, according to its own filings.

"Insurers pulled out of these hills, and the FAIR Plan is holding the bag," said Luis Arroyo, a Sacramento-based insurance broker.

The cause is under investigation. A utility has told state regulators that one of its lines experienced a fault near the ignition point on Sunday evening.
""", [
    F("41,600 acres", 41600, "acre", "L", "up", "area burned by the Mayacamas Fire|Mayacamas Fire|area", SPAN, CF,
      source_alt=CFA, period_alt=[DAY(P)]),
    F("35%", 35, "%", "S", None, "Mayacamas Fire containment|containment", DAY(P), CF, source_alt=CFA,
      kind_alt=["level"]),
    F("1,184", 1184, "#structure", "L", None, "structures destroyed|structures", SPAN, CF, source_alt=CFA,
      period_alt=[DAY(P)]),
    F("860", 860, "#home", "L", None, "homes destroyed|homes", SPAN, CF, source_alt=CFA, period_alt=[DAY(P)]),
    F("214", 214, "#structure", "L", None, "structures damaged|structures", SPAN, CF, source_alt=CFA,
      period_alt=[DAY(P)]),
    F("Three", 3, "#person", "L", None, "deaths in the Mayacamas Fire|people|deaths", SPAN, None,
      source_alt=CFA, period_alt=[DAY(P)], unit_alt=["death"]),
    F("About 38,000", 38000, "#person", "L", "dn", "people under evacuation orders|evacuation orders|people", DAY(P),
      None, source_alt=CFA),
    F("71,000", 71000, "#person", "L", None, "people under evacuation orders|evacuation orders|people",
      DAY(last(P, "Wednesday")), None, source_alt=CFA),
    F("up to 65 mph", 65, "mile per hour", "L", None, "wind gusts|gusts", DAY(last(P, "Monday")), None),
    F("8%", 8, "%", "L", "dn", "relative humidity|humidity", DAY(last(P, "Monday")), None),
    F("More than 4,100", 4100, "#firefighter", "L", None, "firefighters assigned|firefighters", DAY(P), None,
      period_alt=[None]),
    F("310", 310, "#engine", "L", None, "fire engines assigned|engines", DAY(P), None, period_alt=[None]),
    F("$62 million", 62e6, "$", "L", None, "firefighting cost|cost", SPAN, None, period_alt=[DAY(P)]),
    F("$4.5 billion to $7 billion", 4.5e9, "$", "L", None, "insured losses|losses", None, "Ridgeback Analytics",
      value_hi=7e9, source_alt=["modeler"], period_alt=[SPAN, DAY(P)]),
    F("up to $11 billion", 11e9, "$", "L", None, "total economic losses|economic losses|losses", None,
      "Ridgeback Analytics", source_alt=["modeler"], period_alt=[SPAN, DAY(P)]),
    F("$1.6 billion", 1.6e9, "$", "L", None, "FAIR Plan exposure in the evacuation zones|exposure", None,
      "filings", source_alt=["FAIR Plan", "California FAIR Plan"], period_alt=[DAY(P)]),
], ex=["one of its lines"])
