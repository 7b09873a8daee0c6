"""blind59 s4: a league's final day, a cycling stage, an athletics meeting, a marathon, a league season's numbers,
and results in press-release shorthand (Q3 FY26, 9M, H1, YTD), Swiss watch exports, Colombian coffee and Norway's
fund (b59-31..b59-40)."""
from common import *

# ---------------------------------------------------------------- 31 Allsvenskan final day (Sunday), a table list
P = on("2026-11-08", "Sunday")
S26 = Y(2026)
story("b59-31", P, """
STOCKHOLM, Nov. 8 — Hammarby clinched the Allsvenskan title on Sunday, beating Halmstad 3-1 in front of a sell-out crowd of 30,012 at Tele2 Arena to finish two points clear of Malmö FF.

Hammarby ended the 30-game season on 68 points from 21 wins, five draws and four defeats, with a goal difference of plus 39. Malmö, who won 2-0 at Sirius, finished on 66.

Final table, top four:
- Hammarby: 68 points
- Malmö FF: 66
- Mjällby: 58
- AIK: 55

Hammarby striker Oskar Hedlöf, 24, was the league's top scorer with 22 goals, three more than Malmö's Elias Brandt.

Hammarby averaged 26,450 spectators at home, a club record, and the league as a whole drew 2.79 million, up 4.6% from last season, the Swedish league association said.

At the bottom, Värnamo and Öster were relegated, while Halmstad will face a playoff against a second-tier side.

"We knew what we had to do, and we did it," said Hammarby coach Anders Wikström, who took over in January after the club finished sixth last season.
""", [
    F("30,012", 30012, "#spectator", "L", None, "crowd at Tele2 Arena|crowd|attendance", DAY(P), None,
      unit_alt=["person"]),
    F("two", 2, "point", "L", None, "Hammarby's winning margin over Malmö FF|margin|points", S26, None,
      ctx="two points clear", kind_alt=["change"], period_alt=[DAY(P)]),
    F("68", 68, "point", "L", None, "Hammarby's points|Hammarby|points", S26, None, ctx="on 68 points",
      period_alt=[(None, P)]),
    F("21", 21, "#win", "L", None, "Hammarby's wins|wins", S26, None, period_alt=[(None, P)]),
    F("five", 5, "#draw", "L", None, "Hammarby's draws|draws", S26, None, period_alt=[(None, P)]),
    F("four", 4, "#defeat", "L", None, "Hammarby's defeats|defeats", S26, None, ctx="four defeats",
      period_alt=[(None, P)]),
    F("plus 39", 39, "#goal", "L", None, "Hammarby's goal difference|goal difference", S26, None,
      period_alt=[(None, P)], unit_alt=[None]),
    F("66", 66, "point", "L", None, "Malmö FF's points|Malmö|points", S26, None, ctx="finished on 66",
      period_alt=[(None, P)]),
    F("68 points", 68, "point", "L", None, "Hammarby's points|Hammarby|points", S26, None, ctx="Hammarby: 68 points",
      period_alt=[(None, P)]),
    F("66", 66, "point", "L", None, "Malmö FF's points|Malmö FF|points", S26, None, ctx="Malmö FF: 66",
      period_alt=[(None, P)]),
    F("58", 58, "point", "L", None, "Mjällby's points|Mjällby|points", S26, None, period_alt=[(None, P)]),
    F("55", 55, "point", "L", None, "AIK's points|AIK|points", S26, None, period_alt=[(None, P)]),
    AGE("24", 24, "Oskar Hedlöf", alts="Hedlöf|striker"),
    F("22", 22, "#goal", "L", None, "Oskar Hedlöf's league goals|goals|top scorer", S26, None,
      period_alt=[(None, P)]),
    F("three", 3, "#goal", "L", None, "Hedlöf's goal lead over Elias Brandt|goals", S26, None,
      kind_alt=["change"], period_alt=[(None, P)]),
    F("26,450", 26450, "#spectator", "L", None, "Hammarby's average home attendance|attendance|spectators", S26,
      "Swedish league association", source_alt=["league association"]),
    F("2.79 million", 2.79e6, "#spectator", "L", "up", "Allsvenskan total attendance|league|attendance", S26,
      "Swedish league association", source_alt=["league association"], unit_alt=["spectator"]),
    F("4.6%", 4.6, "%", "C", "up", "Allsvenskan total attendance|league|attendance", S26,
      "Swedish league association", source_alt=["league association"]),
], ex=["3-1", "30-game", "2-0", "top four", "Tele2"])

# ---------------------------------------------------------------- 32 Tour de Suisse stage (Saturday), times as one figure, a GC list
P = on("2026-06-20", "Saturday")
RACE = ("2026-06-14", P)
story("b59-32", P, """
LEUKERBAD, Switzerland, June 20 — Swiss rider Noah Keller won the seventh stage of the Tour de Suisse on Saturday, attacking on the final climb to take the overall lead on the eve of the last day.

Keller, 26, of the Alpenfirn Racing team, covered the 187.4-kilometre stage from Ambrì to Leukerbad in 4 hours 31 minutes, finishing 12 seconds ahead of Danish rider Mads Kjeldsen and 27 seconds ahead of Colombian Julián Ospina. His team-mate Jonas Frei was fourth, 33 seconds down.

The decisive climb was 10.9 kilometres long at an average gradient of 7.4%, and the stage packed in 3,950 metres of climbing. The temperature in the Rhone valley reached 31 degrees Celsius. The winner averaged 41.5 km/h.

General classification after stage 7:
- Keller: 22 hours 48 minutes 15 seconds
- Kjeldsen: at 19 seconds
- Ospina: at 41 seconds
- Tom Vanderhaegen (Belgium): at 1 minute 12 seconds

The overall winner, to be decided on Sunday's time trial in Bern, receives 25,000 Swiss francs.

"I dreamed of this as a boy, watching the race pass my village," said Keller, who would be the first home rider to win since 2019.
""", [
    AGE("26", 26, "Noah Keller", alts="Keller|rider"),
    F("187.4-kilometre", 187.4, "km", "L", None, "length of the seventh stage|stage", DAY(P), None,
      period_alt=[None]),
    F("4 hours 31 minutes", 271, "min", "L", None, "Noah Keller's stage time|Keller|time", DAY(P), None,
      value_alt=[4, 4.517, 16260], unit_alt=["hour", "second"]),
    F("12 seconds", 12, "s", "L", None, "Keller's winning margin over Mads Kjeldsen|margin|Kjeldsen", DAY(P), None,
      ctx="finishing 12 seconds", kind_alt=["change"]),
    F("27 seconds", 27, "s", "L", None, "Keller's margin over Julián Ospina|margin|Ospina", DAY(P), None,
      kind_alt=["change"]),
    F("33 seconds", 33, "s", "L", None, "Jonas Frei's deficit to the stage winner|Frei|deficit", DAY(P), None,
      kind_alt=["change"]),
    F("10.9 kilometres", 10.9, "km", "L", None, "length of the decisive climb|climb", DAY(P), None,
      period_alt=[None]),
    F("7.4%", 7.4, "%", "L", None, "average gradient of the decisive climb|gradient|climb", DAY(P), None,
      period_alt=[None]),
    F("3,950 metres", 3950, "m", "L", None, "climbing on the seventh stage|climbing|stage", DAY(P), None,
      period_alt=[None]),
    F("31 degrees Celsius", 31, "C", "L", None, "temperature in the Rhone valley|temperature", DAY(P), None),
    F("41.5 km/h", 41.5, "km/h", "L", None, "stage winner's average speed|average speed|winner", DAY(P), None),
    F("22 hours 48 minutes 15 seconds", 82095, "s", "L", None, "Keller's overall time|general classification|Keller",
      RACE, None, value_alt=[1368.25, 22.804, 22], unit_alt=["minute", "hour"], period_alt=[DAY(P)]),
    F("19 seconds", 19, "s", "L", None, "Kjeldsen's overall deficit|general classification|Kjeldsen", RACE, None,
      kind_alt=["change"], period_alt=[DAY(P)]),
    F("41 seconds", 41, "s", "L", None, "Ospina's overall deficit|general classification|Ospina", RACE, None,
      kind_alt=["change"], period_alt=[DAY(P)]),
    F("1 minute 12 seconds", 72, "s", "L", None, "Tom Vanderhaegen's overall deficit|general classification|"
      "Vanderhaegen", RACE, None, value_alt=[1.2, 1], unit_alt=["minute"], kind_alt=["change"],
      period_alt=[DAY(P)]),
    F("25,000 Swiss francs", 25000, "CHF", "L", None, "overall winner's prize|prize|winner", DAY("2026-06-21"), None,
      period_alt=[None]),
], ex=["stage 7"])

# ---------------------------------------------------------------- 33 Bislett Games (Thursday night): times, heights, wind, crowd
P = on("2026-06-11", "Thursday")
story("b59-33", P, """
OSLO, June 11 — Norway's Eirik Vangen ran 46.71 seconds to win the 400 metres hurdles at the Bislett Games on Thursday, breaking his own European record of 46.98, set in 2023, in front of a crowd of 15,100.

Vangen, 23, lowered his season's best by 0.52 seconds on a cool evening, with the temperature at 12 degrees Celsius when the race started.

Kenya's Esther Kibiwott won the women's 1,500 metres in 3 minutes 51.34 seconds, and Ethiopia's Yohannes Getnet took the men's 5,000 metres in 12 minutes 48.21 seconds.

Swedish pole vaulter Viktor Ekholm cleared 6.12 metres, 3 centimetres short of his own national record of 6.15 metres, set indoors in February. Czech thrower Tomáš Hrubý won the javelin with 89.47 metres.

American Darnell Briggs won the men's 100 metres in 9.91 seconds into a headwind of 0.4 metres per second.

Diamond League meeting winners each receive $10,000, and the top two in the season standings for each event qualify for the final in Brussels in September.

"This track always gives me something extra," said Vangen, whose father won a bronze medal at the same stadium.
""", [
    F("46.71 seconds", 46.71, "s", "L", None, "Eirik Vangen's winning time|Vangen|time", DAY(P), None),
    F("46.98", 46.98, "s", "L", None, "European record in the 400 metres hurdles|European record|record", Y(2023),
      None, period_alt=[None]),
    F("15,100", 15100, "#spectator", "L", None, "crowd at the Bislett Games|crowd", DAY(P), None,
      unit_alt=["person"]),
    AGE("23", 23, "Eirik Vangen", ctx="Vangen, 23", alts="Vangen"),
    F("0.52 seconds", 0.52, "s", "C", "dn", "Vangen's season's best|season's best|time", DAY(P), None),
    F("12 degrees Celsius", 12, "C", "L", None, "temperature at the start of the race|temperature", DAY(P), None),
    F("3 minutes 51.34 seconds", 231.34, "s", "L", None, "Esther Kibiwott's winning time|Kibiwott|time", DAY(P),
      None, value_alt=[3.856, 3], unit_alt=["minute"]),
    F("12 minutes 48.21 seconds", 768.21, "s", "L", None, "Yohannes Getnet's winning time|Getnet|time", DAY(P),
      None, value_alt=[12.804, 12], unit_alt=["minute"]),
    F("6.12 metres", 6.12, "m", "L", None, "Viktor Ekholm's clearance|Ekholm|height", DAY(P), None),
    F("3 centimetres", 3, "centimetre", "L", None, "Ekholm's shortfall from his national record|shortfall|record",
      DAY(P), None, value_alt=[0.03], unit_alt=["metre"], kind_alt=["change"], direction_alt=["dn"]),
    F("6.15 metres", 6.15, "m", "L", None, "Ekholm's national record|national record|record", M(2026, 2), None,
      period_alt=[None]),
    F("89.47 metres", 89.47, "m", "L", None, "Tomáš Hrubý's winning javelin throw|javelin|Hrubý", DAY(P), None),
    F("9.91 seconds", 9.91, "s", "L", None, "Darnell Briggs's winning time|Briggs|time", DAY(P), None),
    F("0.4 metres per second", 0.4, "metre per second", "L", None, "headwind in the men's 100 metres|headwind|wind",
      DAY(P), None, unit_alt=["m/s"]),
    F("$10,000", 10000, "$", "L", None, "prize for Diamond League meeting winners|prize|winners", None, None,
      period_alt=[DAY(P)]),
], ex=["400 metres hurdles", "1,500 metres", "5,000 metres", "100 metres", "top two"])

# ---------------------------------------------------------------- 34 Chicago Marathon (Sunday): times, two temperature units, a numbers list
P = on("2026-10-11", "Sunday")
story("b59-34", P, """
CHICAGO, Oct. 11 — Kenya's Dominic Kiprugut won the Chicago Marathon on Sunday in 2 hours 3 minutes 58 seconds, the fastest time in the world this year, while Ethiopia's Birtukan Gebeyehu took the women's race in 2 hours 15 minutes 31 seconds.

Kiprugut, 27, broke away after the 35-kilometer mark and finished 41 seconds ahead of compatriot Josphat Lemayian. Gebeyehu, 31, won by 1 minute 47 seconds in only her second marathon.

Swiss racer Lukas Imhof won the men's wheelchair race in 1 hour 22 minutes 9 seconds.

Race day in numbers:
- Finishers: 53,870, a record, from 55,420 starters
- Temperature at the start: 9C (48F)
- Prize money: $100,000 to each open winner, plus a $50,000 time bonus for Kiprugut
- Charity fundraising: $31.6 million for 210 charities

The race generates about $683 million a year for the city's economy, according to a study by consultancy Lakefront Economics.

"The pacers did their job and the weather did the rest," Kiprugut said, adding that he would target the world record in London next spring.
""", [
    F("2 hours 3 minutes 58 seconds", 7438, "s", "L", None, "Dominic Kiprugut's winning time|Kiprugut|time", DAY(P),
      None, value_alt=[123.97, 2.066, 2], unit_alt=["minute", "hour"]),
    F("2 hours 15 minutes 31 seconds", 8131, "s", "L", None, "Birtukan Gebeyehu's winning time|Gebeyehu|time", DAY(P), None,
      value_alt=[135.52, 2.259, 2], unit_alt=["minute", "hour"]),
    AGE("27", 27, "Dominic Kiprugut", alts="Kiprugut"),
    F("41 seconds", 41, "s", "L", None, "Kiprugut's winning margin|margin|Kiprugut", DAY(P), None,
      kind_alt=["change"]),
    AGE("31", 31, "Birtukan Gebeyehu", ctx="Gebeyehu, 31", alts="Gebeyehu"),
    F("1 minute 47 seconds", 107, "s", "L", None, "Gebeyehu's winning margin|margin|Gebeyehu", DAY(P), None,
      value_alt=[1.783, 1], unit_alt=["minute"], kind_alt=["change"]),
    F("1 hour 22 minutes 9 seconds", 4929, "s", "L", None, "Lukas Imhof's winning time|Imhof|time", DAY(P), None,
      value_alt=[82.15, 1.369, 1], unit_alt=["minute", "hour"]),
    F("53,870", 53870, "#finisher", "L", None, "Chicago Marathon finishers|finishers", DAY(P), None,
      unit_alt=["runner"]),
    F("55,420", 55420, "#starter", "L", None, "Chicago Marathon starters|starters", DAY(P), None,
      unit_alt=["runner"]),
    F("9C", 9, "C", "L", None, "temperature at the start|temperature", DAY(P), None),
    F("48F", 48, "F", "L", None, "temperature at the start|temperature", DAY(P), None),
    F("$100,000", 100000, "$", "L", None, "prize money for each open winner|prize money|winner", DAY(P), None,
      period_alt=[None]),
    F("$50,000", 50000, "$", "L", None, "Kiprugut's time bonus|time bonus|bonus", DAY(P), None, period_alt=[None]),
    F("$31.6 million", 31.6e6, "$", "L", None, "Chicago Marathon charity fundraising|charity fundraising|"
      "fundraising", DAY(P), None, period_alt=[Y(2026), None]),
    F("210", 210, "#charity", "L", None, "charities benefiting from the marathon|charities", DAY(P), None,
      period_alt=[Y(2026), None]),
    F("about $683 million", 683e6, "$", "L", None, "marathon's contribution to Chicago's economy|economy|race", None,
      "Lakefront Economics", source_alt=["study", "consultancy"], unit_alt=["USD per year"]),
], ex=["35-kilometer", "second marathon"])

# ---------------------------------------------------------------- 35 WSL season numbers (British), 2025-26 vs 2024-25
P = on("2026-05-18", "Monday")
SEA = ("2025-09", "2026-05")
PREV = ("2024-09", "2025-05")
WSL = ["Women's Super League", "league"]
story("b59-35", P, """
Average attendance in the Women's Super League rose 18 per cent to a record 8,940 this season, the league said on Monday after the final round of matches on Saturday.

Total attendance across the 132 matches reached 1.18 million, compared with 1.00 million in 2024-25, and the average ticket price rose 9 per cent to £14.20.

Season in numbers:
- Biggest crowd: 51,470 at the Emirates Stadium in March
- Goals: 398, or 3.02 a game
- Top scorer: Chelsea's Ebba Strandqvist, 24 goals
- Clean sheets kept by the champions: 14

Manchester City finished as champions on 55 points, four ahead of Chelsea.

Clubs' combined revenue is expected to reach £96 million in 2025-26, up from £71 million a season earlier, according to consultancy Touchline Analytics, though most clubs still lose money.

A new broadcast deal worth £65 million over five years starts next season.

"The demand is there; now the investment in stadiums and facilities has to follow," said the league's chief executive, Rachel Dunmore.
""", [
    F("18 per cent", 18, "%", "C", "up", "WSL average attendance|average attendance|attendance", SEA, "league",
      source_alt=["Women's Super League"], period_alt=[FY(2025, 7, 2026, 6)]),
    F("8,940", 8940, "#spectator", "L", "up", "WSL average attendance|average attendance|attendance", SEA, "league",
      source_alt=["Women's Super League"], period_alt=[FY(2025, 7, 2026, 6)]),
    F("132", 132, "#match", "L", None, "WSL matches|matches", SEA, None, source_alt=WSL,
      period_alt=[FY(2025, 7, 2026, 6)]),
    F("1.18 million", 1.18e6, "#spectator", "L", "up", "WSL total attendance|total attendance|attendance", SEA,
      None, source_alt=WSL, period_alt=[FY(2025, 7, 2026, 6)]),
    F("1.00 million", 1.00e6, "#spectator", "L", None, "WSL total attendance|total attendance|attendance", PREV,
      None, source_alt=WSL, period_alt=[FY(2024, 7, 2025, 6)]),
    F("9 per cent", 9, "%", "C", "up", "WSL average ticket price|ticket price|price", SEA, None, source_alt=WSL,
      period_alt=[FY(2025, 7, 2026, 6)]),
    F("£14.20", 14.20, "£", "L", "up", "WSL average ticket price|ticket price|price", SEA, None, source_alt=WSL,
      period_alt=[FY(2025, 7, 2026, 6)]),
    F("51,470", 51470, "#spectator", "L", None, "biggest WSL crowd|crowd", M(2026, 3), None, source_alt=WSL,
      period_alt=[SEA]),
    F("398", 398, "#goal", "L", None, "WSL goals|goals", SEA, None, source_alt=WSL,
      period_alt=[FY(2025, 7, 2026, 6)]),
    F("3.02", 3.02, "goal per game", "R", None, "WSL goals per game|goals|game", SEA, None, source_alt=WSL,
      unit_alt=["goal"], kind_alt=["level"], period_alt=[FY(2025, 7, 2026, 6)]),
    F("24", 24, "#goal", "L", None, "Ebba Strandqvist's goals|goals|top scorer", SEA, None, ctx="Strandqvist, 24",
      source_alt=WSL,
      period_alt=[FY(2025, 7, 2026, 6)]),
    F("14", 14, "#clean sheet", "L", None, "clean sheets kept by the champions|clean sheets", SEA, None,
      ctx="champions: 14",
      source_alt=WSL, period_alt=[FY(2025, 7, 2026, 6)]),
    F("55", 55, "point", "L", None, "Manchester City's points|Manchester City|points", SEA, None,
      period_alt=[FY(2025, 7, 2026, 6)]),
    F("four", 4, "point", "L", None, "Manchester City's margin over Chelsea|margin|points", SEA, None,
      kind_alt=["change"], period_alt=[FY(2025, 7, 2026, 6)]),
    F("£96 million", 96e6, "£", "L", "up", "WSL clubs' combined revenue|combined revenue|revenue", SEA,
      "Touchline Analytics", source_alt=["consultancy"], period_alt=[FY(2025, 7, 2026, 6)]),
    F("£71 million", 71e6, "£", "L", None, "WSL clubs' combined revenue|combined revenue|revenue", PREV,
      "Touchline Analytics", source_alt=["consultancy"], period_alt=[FY(2024, 7, 2025, 6)]),
    F("£65 million", 65e6, "£", "L", None, "WSL broadcast deal|broadcast deal|deal", ("2026-09", "2031-05"), None,
      period_alt=[None, FY(2026, 7, 2031, 6)]),
], ex=["five years"])

# ---------------------------------------------------------------- 36 Malaysian planter's "Q3 FY26" (January-March), "RM million" list, sen
P = on("2026-05-28", "Thursday")
Q3 = MM(2026, 1, 2026, 3)
SJ = ["Sawit Jaya Plantations", "company", "Bursa Malaysia filing", "filing"]
RM = ["ringgit", "RM"]
story("b59-36", P, """
KUALA LUMPUR, May 28 — Sawit Jaya Plantations Bhd posted a 38% rise in net profit for Q3 FY26 (January-March), helped by higher crude palm oil prices and a 9% increase in fresh fruit bunch output, it said in a Bursa Malaysia filing on Thursday.

Results (RM million, YoY):
- Revenue: 1,842.6, +21%
- Net profit: 214.3, +38%
- EPS: 9.84 sen (Q3 FY25: 7.12 sen)
- Interim dividend: 4.5 sen a share

Operating statistics:
- FFB production: 612,400 tonnes, +9%
- Average CPO price realised: RM4,386 a tonne, up from RM3,962
- Oil extraction rate: 20.6%

For 9M FY26 (July-March), net profit rose 27% to RM571.8 million.

The company expects FY26 output to grow 5% to 7% and said CPO prices would average between RM4,000 and RM4,300 a tonne in the final quarter.

Malaysian palm oil stocks fell 6.3% in April to 1.62 million tonnes, data from the Malaysian Palm Oil Board showed this month.

Sawit Jaya shares rose 3.1% to RM6.42 on Thursday.
""", [
    F("38%", 38, "%", "C", "up", "Sawit Jaya net profit|net profit|profit", Q3, "Sawit Jaya Plantations",
      ctx="a 38% rise", source_alt=["it", "company", "filing"]),
    F("9%", 9, "%", "C", "up", "Sawit Jaya fresh fruit bunch output|fresh fruit bunch output|output", Q3,
      "Sawit Jaya Plantations", ctx="a 9% increase", source_alt=["it", "company", "filing"]),
    F("1,842.6", 1842.6e6, "MYR", "L", "up", "Sawit Jaya revenue|revenue", Q3, None, source_alt=SJ, unit_alt=RM,
      value_alt=[1842.6], direction_alt=[None]),
    F("21%", 21, "%", "C", "up", "Sawit Jaya revenue|revenue", Q3, None, source_alt=SJ),
    F("214.3", 214.3e6, "MYR", "L", "up", "Sawit Jaya net profit|net profit|profit", Q3, None, source_alt=SJ,
      unit_alt=RM, value_alt=[214.3], direction_alt=[None]),
    F("38%", 38, "%", "C", "up", "Sawit Jaya net profit|net profit|profit", Q3, None, ctx="+38%", source_alt=SJ),
    CENTS("9.84 sen", 9.84, "MYR", "L", None, "Sawit Jaya earnings per share|EPS", Q3, None, sub="sen",
          source_alt=SJ, unit_alt=RM, direction_alt=["up"]),
    CENTS("7.12 sen", 7.12, "MYR", "L", None, "Sawit Jaya earnings per share|EPS", MM(2025, 1, 2025, 3), None,
          sub="sen", source_alt=SJ, unit_alt=RM),
    CENTS("4.5 sen", 4.5, "MYR", "L", None, "Sawit Jaya interim dividend|interim dividend|dividend", Q3, None,
          sub="sen", source_alt=SJ, unit_alt=RM, period_alt=[None]),
    F("612,400 tonnes", 612400, "t", "L", "up", "Sawit Jaya FFB production|FFB production|production", Q3, None,
      source_alt=SJ, direction_alt=[None]),
    F("9%", 9, "%", "C", "up", "Sawit Jaya FFB production|FFB production|production", Q3, None, ctx="+9%",
      source_alt=SJ),
    F("RM4,386", 4386, "MYR", "L", "up", "Sawit Jaya average CPO price realised|CPO price|price", Q3, None,
      source_alt=SJ, unit_alt=RM + ["MYR per tonne"]),
    F("RM3,962", 3962, "MYR", "L", None, "Sawit Jaya average CPO price realised|CPO price|price",
      MM(2025, 1, 2025, 3), None, source_alt=SJ, unit_alt=RM + ["MYR per tonne"]),
    F("20.6%", 20.6, "%", "L", None, "Sawit Jaya oil extraction rate|oil extraction rate|rate", Q3, None,
      source_alt=SJ, kind_alt=["ratio", "share"]),
    F("27%", 27, "%", "C", "up", "Sawit Jaya net profit|net profit|profit", MM(2025, 7, 2026, 3), None,
      source_alt=SJ),
    F("RM571.8 million", 571.8e6, "MYR", "L", "up", "Sawit Jaya net profit|net profit|profit", MM(2025, 7, 2026, 3),
      None, source_alt=SJ, unit_alt=RM),
    RNG("5% to 7%", 5, 7, "%", "C", "up", "Sawit Jaya output|output", FY(2025, 7, 2026, 6), "company",
        source_alt=["Sawit Jaya Plantations"]),
    RNG("between RM4,000 and RM4,300", 4000, 4300, "MYR", "L", None, "CPO prices|prices", MM(2026, 4, 2026, 6),
        "company", source_alt=["Sawit Jaya Plantations"], unit_alt=RM + ["MYR per tonne"]),
    F("6.3%", 6.3, "%", "C", "dn", "Malaysian palm oil stocks|palm oil stocks|stocks", M(2026, 4),
      "Malaysian Palm Oil Board", source_alt=["MPOB", "data"]),
    F("1.62 million tonnes", 1.62e6, "t", "L", "dn", "Malaysian palm oil stocks|palm oil stocks|stocks", M(2026, 4),
      "Malaysian Palm Oil Board", source_alt=["MPOB", "data"]),
    F("3.1%", 3.1, "%", "C", "up", "Sawit Jaya shares|shares", DAY(P), None),
    F("RM6.42", 6.42, "MYR", "L", "up", "Sawit Jaya shares|shares", DAY(P), None, unit_alt=RM),
], ex=["Q3 FY26", "Q3 FY25", "9M FY26", "FY26", "final quarter"])

# ---------------------------------------------------------------- 37 Swiss watch exports: October, YTD, price-segment lines, a range
P = on("2026-11-17", "Tuesday")
OCT = M(2026, 10)
FH = ["Federation of the Swiss Watch Industry", "federation"]
story("b59-37", P, """
ZURICH, Nov. 17 — Swiss watch exports fell 4.8% in October from a year earlier to 2.31 billion francs, as U.S. tariffs and weak Chinese demand continued to weigh on the industry, the Federation of the Swiss Watch Industry said on Tuesday.

Shipments to the United States, the largest market, slumped 17.4% to 352.6 million francs, while exports to China dropped 9.1%. Hong Kong rose 3.6% and Japan 6.2%.

Year to date, exports totalled 21.74 billion francs, down 2.9%.

By export price:
- Above 3,000 francs: down 1.8%
- 500-3,000 francs: down 9.7%
- Below 200 francs: down 14.2%

The number of watches shipped fell 11.3% to 1.12 million pieces, the lowest October figure since the federation's records began.

"Only the top end is holding up, and even there the momentum is fading," said Corinne Baumann, an analyst at Lakeside Research in Geneva, who expects full-year exports to fall between 3% and 4%.

The franc has gained 5.2% against the dollar this year, squeezing margins for brands that price in dollars.
""", [
    F("4.8%", 4.8, "%", "C", "dn", "Swiss watch exports|watch exports|exports", OCT,
      "Federation of the Swiss Watch Industry", source_alt=["federation"]),
    F("2.31 billion francs", 2.31e9, "CHF", "L", "dn", "Swiss watch exports|watch exports|exports", OCT,
      "Federation of the Swiss Watch Industry", source_alt=["federation"]),
    F("17.4%", 17.4, "%", "C", "dn", "Swiss watch shipments to the United States|shipments", OCT, None,
      source_alt=FH),
    F("352.6 million francs", 352.6e6, "CHF", "L", "dn", "Swiss watch shipments to the United States|shipments",
      OCT, None, source_alt=FH),
    F("9.1%", 9.1, "%", "C", "dn", "Swiss watch exports to China|exports|China", OCT, None, source_alt=FH),
    F("3.6%", 3.6, "%", "C", "up", "Swiss watch exports to Hong Kong|Hong Kong|exports", OCT, None, source_alt=FH),
    F("6.2%", 6.2, "%", "C", "up", "Swiss watch exports to Japan|Japan|exports", OCT, None, source_alt=FH),
    F("21.74 billion francs", 21.74e9, "CHF", "L", "dn", "Swiss watch exports|exports", YTD(2026, 10), None,
      source_alt=FH, direction_alt=[None], period_alt=[YTD(2026, 11)]),
    F("2.9%", 2.9, "%", "C", "dn", "Swiss watch exports|exports", YTD(2026, 10), None, source_alt=FH,
      period_alt=[YTD(2026, 11)]),
    F("1.8%", 1.8, "%", "C", "dn", "exports of watches priced above 3,000 francs|watches above 3,000 francs|exports",
      OCT, None, source_alt=FH),
    F("9.7%", 9.7, "%", "C", "dn", "exports of watches priced at 500-3,000 francs|watches|exports", OCT, None,
      source_alt=FH),
    F("14.2%", 14.2, "%", "C", "dn", "exports of watches priced below 200 francs|watches below 200 francs|exports",
      OCT, None, source_alt=FH),
    F("11.3%", 11.3, "%", "C", "dn", "number of Swiss watches shipped|watches shipped|watches", OCT, None,
      source_alt=FH),
    F("1.12 million", 1.12e6, "#piece", "L", "dn", "number of Swiss watches shipped|watches shipped|watches", OCT,
      None, source_alt=FH, unit_alt=["watch"]),
    RNG("between 3% and 4%", 3, 4, "%", "C", "dn", "Swiss watch exports|exports", Y(2026), "Corinne Baumann",
        source_alt=["Baumann", "analyst", "Lakeside Research"]),
    F("5.2%", 5.2, "%", "C", "up", "Swiss franc against the dollar|franc", ("2026-01", "2026-11"), None,
      period_alt=[("2026-01-01", P)]),
], ex=["Above 3,000 francs", "500-3,000 francs", "Below 200 francs"])

# ---------------------------------------------------------------- 38 Dubai developer's 9M 2026 list, Q3, fils, Dubai Land Department
P = on("2026-11-09", "Monday")
M9 = MM(2026, 1, 2026, 9)
Q3 = Q(2026, 3)
AW = ["Al Waha Properties", "company"]
AED = ["dirham", "AED"]
story("b59-38", P, """
DUBAI, Nov. 9 — Al Waha Properties reported a 31% jump in nine-month net profit on Monday as buyers kept snapping up off-plan homes, and proposed a special dividend.

9M 2026, year on year:
- Revenue: AED 14.8 billion, +24%
- Net profit: AED 4.12 billion, +31%
- Sales bookings: AED 38.2 billion, +18%
- Revenue backlog: AED 96.5 billion at end-September

Third-quarter net profit rose 27% to AED 1.46 billion on revenue of AED 5.3 billion.

The board proposed a special dividend of 25 fils a share, or about AED 2.2 billion in total. The company plans to launch projects worth AED 20 billion in Q4, including 4,800 homes in Dubai South.

Dubai recorded 151,300 residential transactions worth AED 512 billion in the first nine months, up 19% by value, according to Dubai Land Department data.

"We expect a correction of between 5% and 10% in prices from 2027 as a wave of new supply is handed over," said Omar Haddad, head of real estate research at Corniche Capital.

Al Waha shares rose 4.4% to AED 13.90, valuing the company at about AED 121 billion.
""", [
    F("31%", 31, "%", "C", "up", "Al Waha nine-month net profit|net profit|profit", M9, "Al Waha Properties",
      ctx="a 31% jump", source_alt=["company"]),
    F("AED 14.8 billion", 14.8e9, "AED", "L", "up", "Al Waha revenue|revenue", M9, None, source_alt=AW,
      unit_alt=AED[:1], direction_alt=[None]),
    F("24%", 24, "%", "C", "up", "Al Waha revenue|revenue", M9, None, source_alt=AW),
    F("AED 4.12 billion", 4.12e9, "AED", "L", "up", "Al Waha net profit|net profit|profit", M9, None, source_alt=AW,
      unit_alt=AED[:1], direction_alt=[None]),
    F("31%", 31, "%", "C", "up", "Al Waha net profit|net profit|profit", M9, None, ctx="+31%", source_alt=AW),
    F("AED 38.2 billion", 38.2e9, "AED", "L", "up", "Al Waha sales bookings|sales bookings|bookings", M9, None,
      source_alt=AW, unit_alt=AED[:1], direction_alt=[None]),
    F("18%", 18, "%", "C", "up", "Al Waha sales bookings|sales bookings|bookings", M9, None, source_alt=AW),
    F("AED 96.5 billion", 96.5e9, "AED", "L", None, "Al Waha revenue backlog|revenue backlog|backlog",
      DAY("2026-09-30"), None, source_alt=AW, unit_alt=AED[:1], period_alt=[M(2026, 9)]),
    F("27%", 27, "%", "C", "up", "Al Waha third-quarter net profit|net profit|profit", Q3, None, source_alt=AW),
    F("AED 1.46 billion", 1.46e9, "AED", "L", "up", "Al Waha third-quarter net profit|net profit|profit", Q3, None,
      source_alt=AW, unit_alt=AED[:1]),
    F("AED 5.3 billion", 5.3e9, "AED", "L", None, "Al Waha third-quarter revenue|revenue", Q3, None, source_alt=AW,
      unit_alt=AED[:1]),
    CENTS("25 fils", 25, "AED", "L", None, "Al Waha special dividend per share|special dividend|dividend", None, None,
          sub="fils", source_alt=["board"] + AW, unit_alt=AED[:1]),
    F("about AED 2.2 billion", 2.2e9, "AED", "L", None, "Al Waha special dividend|special dividend|dividend", None,
      None, source_alt=["board"] + AW, unit_alt=AED[:1]),
    F("AED 20 billion", 20e9, "AED", "L", None, "value of Al Waha project launches|projects", Q(2026, 4), None,
      source_alt=AW, unit_alt=AED[:1]),
    F("4,800", 4800, "#home", "L", None, "homes in Dubai South|homes", Q(2026, 4), None, source_alt=AW),
    F("151,300", 151300, "#residential transaction", "L", None, "Dubai residential transactions|transactions", M9,
      "Dubai Land Department", source_alt=["data"], unit_alt=["transaction"]),
    F("AED 512 billion", 512e9, "AED", "L", "up", "value of Dubai residential transactions|transactions|value", M9,
      "Dubai Land Department", source_alt=["data"], unit_alt=AED[:1], direction_alt=[None]),
    F("19%", 19, "%", "C", "up", "value of Dubai residential transactions|transactions|value", M9,
      "Dubai Land Department", source_alt=["data"]),
    RNG("between 5% and 10%", 5, 10, "%", "C", "dn", "Dubai property prices|prices", (Y(2027)[0], None),
        "Omar Haddad", source_alt=["Haddad", "head of real estate research", "Corniche Capital", "We"],
        period_alt=[Y(2027), None]),
    F("4.4%", 4.4, "%", "C", "up", "Al Waha shares|shares", DAY(P), None),
    F("AED 13.90", 13.90, "AED", "L", "up", "Al Waha shares|shares", DAY(P), None, unit_alt=AED[:1]),
    F("about AED 121 billion", 121e9, "AED", "L", None, "Al Waha market value|company|value", DAY(P), None,
      unit_alt=AED[:1]),
], ex=["9M", "Q4", "first nine months", "nine-month", "Third-quarter"])

# ---------------------------------------------------------------- 39 Colombian coffee (Saturday): H1, June, 12 months to June, a forecast range
P = on("2026-07-04", "Saturday")
H1 = H(2026, 1)
FRI = "2026-07-03"
FNC = ["National Federation of Coffee Growers", "federation"]
COP = ["peso", "Colombian peso"]
story("b59-39", P, """
BOGOTA, July 4 — Colombia's coffee production rose 12% in the first half of 2026 to 6.84 million 60-kg bags, the National Federation of Coffee Growers said on Friday, as favorable weather boosted yields.

Production in June alone reached 1.21 million bags, up 8% from a year earlier, while first-half exports rose 10% to 6.35 million bags. In the 12 months to June, output totaled 14.6 million bags, the most since 1992.

The internal reference price paid to growers averaged 2.74 million pesos per 125-kg load in June, down 21% from a record 3.47 million in February.

The federation now expects full-year production of between 13.5 million and 14 million bags, up from an earlier forecast of 13.2 million. Growers received 11.8 trillion pesos for their crops in the first half, it said.

Arabica futures settled at $3.12 a lb in New York on Friday, down 27% this year, as Brazil's harvest advanced.

"Prices are lower, but volumes are making up for it," said Germán Restrepo, a grower in Huila province who farms 14 hectares.

The peso strengthened 0.6% to 3,985 per dollar on Friday.
""", [
    F("12%", 12, "%", "C", "up", "Colombia's coffee production|coffee production|production", H1,
      "National Federation of Coffee Growers", source_alt=["federation"]),
    F("6.84 million", 6.84e6, "#bag", "L", "up", "Colombia's coffee production|coffee production|production", H1,
      "National Federation of Coffee Growers", source_alt=["federation"], unit_alt=["60-kg bag"]),
    F("1.21 million", 1.21e6, "#bag", "L", "up", "Colombia's coffee production|production", M(2026, 6), None,
      source_alt=FNC, unit_alt=["60-kg bag"]),
    F("8%", 8, "%", "C", "up", "Colombia's coffee production|production", M(2026, 6), None, source_alt=FNC),
    F("10%", 10, "%", "C", "up", "Colombia's coffee exports|exports", H1, None, source_alt=FNC),
    F("6.35 million", 6.35e6, "#bag", "L", "up", "Colombia's coffee exports|exports", H1, None, source_alt=FNC,
      unit_alt=["60-kg bag"]),
    F("14.6 million", 14.6e6, "#bag", "L", None, "Colombia's coffee output|output", span12(2026, 6), None,
      source_alt=FNC, unit_alt=["60-kg bag"]),
    F("2.74 million pesos", 2.74e6, "COP", "L", "dn", "internal reference price paid to coffee growers|"
      "internal reference price|price", M(2026, 6), None, source_alt=FNC, unit_alt=COP + ["COP per load"]),
    F("21%", 21, "%", "C", "dn", "internal reference price paid to coffee growers|internal reference price|price",
      ("2026-02", "2026-06"), None, source_alt=FNC, period_alt=[M(2026, 6)]),
    F("3.47 million", 3.47e6, "COP", "L", None, "internal reference price paid to coffee growers|"
      "internal reference price|price", M(2026, 2), None, source_alt=FNC, unit_alt=COP + ["COP per load"]),
    RNG("between 13.5 million and 14 million", 13.5e6, 14e6, "#bag", "L", "up",
        "Colombia's coffee production|production", Y(2026), "federation", source_alt=FNC[:1],
        unit_alt=["60-kg bag"], direction_alt=[None]),
    F("13.2 million", 13.2e6, "#bag", "L", None, "federation's earlier production forecast|forecast|production",
      Y(2026), "federation", source_alt=FNC[:1], unit_alt=["60-kg bag"]),
    F("11.8 trillion pesos", 11.8e12, "COP", "L", None, "payments to Colombian coffee growers|growers|payments", H1,
      "federation", source_alt=FNC[:1] + ["it"], unit_alt=COP),
    F("$3.12", 3.12, "$", "L", None, "arabica futures|arabica", DAY(FRI), None, unit_alt=["USD per pound"],
      direction_alt=["dn"]),
    F("27%", 27, "%", "C", "dn", "arabica futures|arabica", ("2026-01", "2026-07"), None,
      period_alt=[("2026-01-01", FRI), ("2026-01", "2026-06")]),
    F("14 hectares", 14, "hectare", "L", None, "Germán Restrepo's farm|farm", None, "Germán Restrepo",
      source_alt=["Restrepo", "grower"], period_alt=[DAY(P)]),
    F("0.6%", 0.6, "%", "C", "up", "Colombian peso|peso", DAY(FRI), None),
    F("3,985", 3985, "COP", "L", "up", "Colombian peso|peso", DAY(FRI), None, unit_alt=COP + ["COP per USD"],
      direction_alt=["dn"]),
], ex=["60-kg", "125-kg", "12 months to June", "first half", "first-half"])

# ---------------------------------------------------------------- 40 Norway's fund H1 returns list, "minus 4.3%", the 2026 budget
P = on("2026-08-19", "Wednesday")
H1 = H(2026, 1)
NBIM = ["fund", "Norway's sovereign wealth fund", "Norges Bank Investment Management"]
NOKA = ["crown", "krone"]
story("b59-40", P, """
OSLO, Aug. 19 — Norway's $1.9 trillion sovereign wealth fund earned 1.23 trillion crowns ($121 billion) in the first half of 2026, a return of 6.8%, helped by gains in technology stocks, it said on Wednesday.

The return was 0.14 percentage point lower than that of the fund's benchmark index.

H1 returns by asset class:
- Equities: 8.9%
- Fixed income: 2.1%
- Unlisted real estate: 0.7%
- Unlisted renewable energy infrastructure: minus 4.3%

At the end of June, equities made up 71.2% of the fund and bonds 26.6%.

The fund's market value was 19,870 billion crowns on June 30, up 690 billion crowns from the start of the year, despite a stronger crown, which reduced its value by 310 billion crowns.

The government's 2026 budget will spend 512 billion crowns of oil revenue, equivalent to 2.7% of the fund, below the 3% ceiling set by the fiscal rule.

"Half a year with a return like this is more than the state spends in a year," deputy chief executive Eivind Holt-Larsen said at a news conference.
""", [
    F("$1.9 trillion", 1.9e12, "$", "L", None, "Norway's sovereign wealth fund|fund", DAY(P), None,
      period_alt=[DAY("2026-06-30"), None]),
    F("1.23 trillion crowns", 1.23e12, "NOK", "L", None, "Norway's sovereign wealth fund's earnings|earnings|fund",
      H1, "fund", source_alt=NBIM[1:] + ["it"], unit_alt=NOKA),
    F("$121 billion", 121e9, "$", "L", None, "Norway's sovereign wealth fund's earnings|earnings|fund", H1, "fund",
      source_alt=NBIM[1:] + ["it"]),
    F("6.8%", 6.8, "%", "C", "up", "Norway's sovereign wealth fund's return|return|fund", H1, "fund",
      source_alt=NBIM[1:] + ["it"], kind_alt=["level"]),
    F("0.14 percentage point", 0.14, "pp", "C", "dn", "fund's return relative to its benchmark index|return|"
      "benchmark", H1, None, source_alt=NBIM, value_alt=[14], unit_alt=["basis point"]),
    F("8.9%", 8.9, "%", "C", "up", "fund's equity return|equities|return", H1, None, source_alt=NBIM,
      kind_alt=["level"]),
    F("2.1%", 2.1, "%", "C", "up", "fund's fixed-income return|fixed income|return", H1, None, source_alt=NBIM,
      kind_alt=["level"]),
    F("0.7%", 0.7, "%", "C", "up", "fund's unlisted real estate return|unlisted real estate|return", H1, None,
      source_alt=NBIM, kind_alt=["level"]),
    F("minus 4.3%", -4.3, "%", "C", "dn", "fund's unlisted renewable energy infrastructure return|"
      "renewable energy infrastructure|return", H1, None, source_alt=NBIM, value_alt=[4.3], kind_alt=["level"]),
    F("71.2%", 71.2, "%", "S", None, "equities' share of the fund|equities|share", DAY("2026-06-30"), None,
      source_alt=NBIM, period_alt=[M(2026, 6)]),
    F("26.6%", 26.6, "%", "S", None, "bonds' share of the fund|bonds|share", DAY("2026-06-30"), None,
      source_alt=NBIM, period_alt=[M(2026, 6)]),
    F("19,870 billion crowns", 19870e9, "NOK", "L", "up", "fund's market value|market value|fund",
      DAY("2026-06-30"), None, source_alt=NBIM, unit_alt=NOKA, direction_alt=[None]),
    F("690 billion crowns", 690e9, "NOK", "C", "up", "fund's market value|market value|fund", H1, None,
      source_alt=NBIM, unit_alt=NOKA),
    F("310 billion crowns", 310e9, "NOK", "C", "dn", "fund's market value|value|fund", H1, None, source_alt=NBIM,
      unit_alt=NOKA),
    F("512 billion crowns", 512e9, "NOK", "L", None, "oil revenue spending in the 2026 budget|oil revenue|spending",
      Y(2026), "2026 budget", source_alt=["government", "budget"], unit_alt=NOKA),
    F("2.7%", 2.7, "%", "S", None, "budget spending as a share of the fund|spending|share", Y(2026), "2026 budget",
      source_alt=["government", "budget"], kind_alt=["ratio"]),
    F("3%", 3, "%", "S", None, "fiscal rule's spending ceiling|ceiling|fiscal rule", None, None,
      ctx="the 3% ceiling", source_alt=["fiscal rule"], kind_alt=["level", "ratio"]),
], ex=["Half a year", "in a year", "first half", "H1"])
