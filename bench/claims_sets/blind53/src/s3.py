"""blind53 stories 21-30: sports."""
from common import *

# ---------------------------------------------------------------- 21 cricket Test, day report
PUB = "2025-12-07"
sun = last(PUB, "Sunday")
sat = last(PUB, "Saturday")
story("b53-21", PUB, """
Australia were 187 for four at stumps on the second day of the second Test in Adelaide on Sunday, still 126 runs behind India's first-innings total of 313, after seamer Rohan Bhatia took three wickets in an hour under the lights.

Opener Liam Cartwright, 24, made 78 off 143 balls before edging Bhatia to second slip, and Australia lost their last three wickets for 19 runs in eight overs.

Earlier, India's last four wickets added 96, with wicketkeeper Aditya Menon scoring an unbeaten 61. Australian captain Josh Pellow finished with five for 67 from 24.3 overs, his 14th five-wicket haul in Tests.

"It's a long way from over," Pellow said. "If we get to 350, we're in front."

Bhatia has now taken 19 wickets in the series at an average of 17.4. The crowd of 41,082 was the largest for a day-night Test at the ground, Cricket Australia said.
""", [
    F("187", 187, "#run", "L", None, "Australia's total|total|runs|Australia", sun, None),
    F("four", 4, "#wicket", "L", None, "Australia's wickets lost|wickets|Australia", sun, None, ctx="187 for four"),
    F("126", 126, "#run", "L", None, "Australia's deficit|deficit|runs", sun, None),
    F("313", 313, "#run", "L", None, "India's first-innings total|total|runs|India", (sat, sun), None,
      period_alt=[sat, sun]),
    F("three", 3, "#wicket", "L", None, "Bhatia's wickets|wickets|Bhatia", sun, None, ctx="took three wickets"),
    AGE("24", 24, "Liam Cartwright", ctx="Cartwright, 24", alts="Cartwright"),
    F("78", 78, "#run", "L", None, "Cartwright's runs|runs|Cartwright", sun, None),
    F("143", 143, "#ball", "L", None, "balls faced by Cartwright|balls|Cartwright", sun, None),
    F("three", 3, "#wicket", "L", None, "Australia's wickets lost|wickets|Australia", sun, None, ctx="last three wickets"),
    F("19", 19, "#run", "L", None, "runs scored|runs|Australia", sun, None, ctx="for 19 runs"),
    F("eight", 8, "over", "L", None, "overs|Australia", sun, None, unit_alt=["count"]),
    F("four", 4, "#wicket", "L", None, "India's last wickets|wickets|India", sun, None, ctx="last four wickets"),
    F("96", 96, "#run", "L", None, "runs added|runs|India", sun, None, kind_alt=["change"]),
    F("61", 61, "#run", "L", None, "Menon's runs|runs|Menon", sun, None),
    F("five", 5, "#wicket", "L", None, "Pellow's wickets|wickets|Pellow", sun, None, ctx="five for 67"),
    F("67", 67, "#run", "L", None, "runs conceded by Pellow|runs|Pellow", sun, None),
    F("24.3 overs", 24.3, "over", "L", None, "overs bowled by Pellow|overs|Pellow", sun, None),
    F("350", 350, "#run", "L", None, "Australia's target total|total|runs", None, None, source_alt=["Josh Pellow", "Pellow"],
      period_alt=[nxt(PUB, "Monday")]),
    F("19", 19, "#wicket", "L", None, "Bhatia's series wickets|wickets|Bhatia", None, None, ctx="taken 19 wickets",
      period_alt=[PUB]),
    F("17.4", 17.4, "run", "L", None, "Bhatia's bowling average|bowling average|average", None, None,
      unit_alt=["count", "run per wicket", None], period_alt=[PUB]),
    F("41,082", 41082, "#spectator", "L", None, "crowd|attendance|spectators", sun, "Cricket Australia",
      unit_alt=["person"]),
], ex=["second day", "second Test", "first-innings", "an hour", "second slip", "14th five-wicket", "day-night"])

# ---------------------------------------------------------------- 22 tennis final (set scores excluded)
PUB = "2026-01-31"
sat = PUB
story("b53-22", PUB, """
Mira Kovalenko won her first Grand Slam title on Saturday, beating second seed Ana Lucía Ferrer 6-4, 3-6, 7-5 in the Australian Open final in 2 hours 41 minutes.

The 21-year-old Ukrainian-born Canadian, seeded 14th, hit 11 aces and saved nine of 12 break points. She won 71 per cent of points on her first serve, against 58 per cent for Ferrer, who made 47 unforced errors.

Kovalenko collects A$4.15 million in prize money, a 12 per cent rise on last year's winner's cheque, and will climb to a career-high No. 5 in the world rankings on Monday.

"I was shaking at 5-5 in the third," she said. "My coach told me to hit it harder, not softer."

Ferrer, 27, was playing her third major final. She receives A$2.2 million.

The final drew a crowd of 14,820 to Rod Laver Arena, where the temperature at the start of play was 31C, or 88F.
""", [
    AGE("21-year-old", 21, "Mira Kovalenko", alts="Kovalenko"),
    F("11", 11, "#ace", "L", None, "Kovalenko's aces|aces|Kovalenko", sat, None),
    F("nine", 9, "#break point", "L", None, "break points saved|break points|Kovalenko", sat, None),
    F("12", 12, "#break point", "L", None, "break points faced|break points", sat, None, ctx="of 12 break"),
    F("71 per cent", 71, "%", "S", None, "Kovalenko's first-serve points won|first-serve points won|points|first serve", sat,
      None),
    F("58 per cent", 58, "%", "S", None, "Ferrer's first-serve points won|first-serve points won|points|Ferrer", sat, None),
    F("47", 47, "#error", "L", None, "Ferrer's unforced errors|unforced errors|errors|Ferrer", sat, None),
    F("A$4.15 million", 4.15e6, "A$", "L", "up", "winner's prize money|prize money|prize", sat, None,
      direction_alt=[None], period_alt=[None]),
    F("12 per cent", 12, "%", "C", "up", "winner's prize money|prize money|winner's cheque|prize", sat, None,
      period_alt=[None, Y(2026)]),
    AGE("27", 27, "Ana Lucía Ferrer", alts="Ferrer"),
    F("A$2.2 million", 2.2e6, "A$", "L", None, "runner-up prize money|prize money|Ferrer", sat, None, period_alt=[None]),
    F("14,820", 14820, "#spectator", "L", None, "crowd|attendance|spectators", sat, None, unit_alt=["person"]),
    F("31C", 31, "C", "L", None, "temperature", sat, None),
    F("88F", 88, "F", "L", None, "temperature", sat, None),
], ex=["No. 5", "first Grand Slam", "second seed", "6-4, 3-6, 7-5", "2 hours 41 minutes", "seeded 14th", "5-5", "third",
          "third major"])

# ---------------------------------------------------------------- 23 NBA box-score style
PUB = "2025-11-20"
wed = last(PUB, "Wednesday")
story("b53-23", PUB, """
Rookie guard Darnell Okafor scored 38 points, 14 of them in the fourth quarter, as the Portland Trail Blazers beat the Memphis Grizzlies 121-114 on Wednesday night for their fourth straight win.

Okafor, 20, made 13 of 22 shots, including six 3-pointers, and added nine assists. Center Tomas Vrba had 16 points and 15 rebounds.

Memphis, which led by as many as 17 points in the first half, shot 31% from 3-point range and committed 19 turnovers.

KEY STATS
Portland: FG 44-86 (51.2%), 3PT 15-34, FT 18-21, rebounds 47
Memphis: FG 42-91 (46.2%), 3PT 11-35, FT 19-24, rebounds 43
Attendance: 17,911

"He's got a calm about him you can't teach," Blazers coach Ray Lindqvist said. Okafor is averaging 24.6 points a game, the most by a Blazers rookie through 14 games.
""", [
    F("38", 38, "#point", "L", None, "Okafor's points|points|Okafor", wed, None),
    F("14", 14, "#point", "L", None, "Okafor's fourth-quarter points|points|Okafor", wed, None, ctx="14 of them"),
    AGE("20", 20, "Darnell Okafor", ctx="Okafor, 20", alts="Okafor"),
    F("13", 13, "#shot", "L", None, "shots made by Okafor|shots|field goals|Okafor", wed, None, ctx="made 13 of"),
    F("22", 22, "#shot", "L", None, "shots taken by Okafor|shots|Okafor", wed, None, ctx="13 of 22"),
    F("six", 6, "#3-pointer", "L", None, "Okafor's 3-pointers|3-pointers|Okafor", wed, None, unit_alt=["three-pointer"]),
    F("nine", 9, "#assist", "L", None, "Okafor's assists|assists|Okafor", wed, None),
    F("16", 16, "#point", "L", None, "Vrba's points|points|Vrba", wed, None),
    F("15", 15, "#rebound", "L", None, "Vrba's rebounds|rebounds|Vrba", wed, None, ctx="15 rebounds"),
    F("17 points", 17, "#point", "L", None, "Memphis lead|lead|Memphis", wed, None),
    F("31%", 31, "%", "L", None, "Memphis 3-point shooting|3-point shooting|shooting|Memphis", wed, None,
      kind_alt=["share"]),
    F("19", 19, "#turnover", "L", None, "Memphis turnovers|turnovers|Memphis", wed, None, ctx="committed 19"),
    F("51.2%", 51.2, "%", "L", None, "Portland field goal percentage|field goal percentage|FG|Portland", wed, None,
      kind_alt=["share"]),
    F("47", 47, "#rebound", "L", None, "Portland rebounds|rebounds|Portland", wed, None, ctx="rebounds 47"),
    F("46.2%", 46.2, "%", "L", None, "Memphis field goal percentage|field goal percentage|FG|Memphis", wed, None,
      kind_alt=["share"]),
    F("43", 43, "#rebound", "L", None, "Memphis rebounds|rebounds|Memphis", wed, None, ctx="rebounds 43"),
    F("17,911", 17911, "#spectator", "L", None, "attendance|crowd|spectators", wed, None, unit_alt=["person"]),
    F("24.6", 24.6, "point per game", "L", None, "Okafor's scoring average|points per game|average|points", None, None,
      unit_alt=["point", "count"], period_alt=[PUB]),
    F("14", 14, "#game", "L", None, "games played|games", None, None, ctx="through 14 games", period_alt=[PUB]),
], ex=["fourth quarter", "121-114", "fourth straight", "first half", "3-point", "44-86", "15-34", "18-21",
          "42-91", "11-35", "19-24", "3-pointers", "3PT"])

# ---------------------------------------------------------------- 24 English football match report
PUB = "2025-02-23"
sat = last(PUB, "Saturday")
story("b53-24", PUB, """
Ashbury Town climbed to fourth in the Championship with a 3-1 win over Kelsall Rovers at Marsh Lane on Saturday, their sixth victory in seven league matches.

Striker Joel Ampofo scored twice, taking his tally for the season to 19 goals, the most in the division. Kelsall, who had 61 per cent of possession, managed just two shots on target.

A crowd of 27,306, Ashbury's largest in a decade, saw Ampofo's second goal arrive after 83 minutes, a 25-yard free kick.

Ashbury manager Sean Doherty said Ampofo, 26, was "worth every penny" of the £4.5m the club paid Portuguese side Vila Nova for him in August. "He was worth twice that tonight," he said.

The result leaves Kelsall in 17th place, nine points above the relegation zone with 12 games left.

Ashbury have won 42 points from their 33 matches, and the gap to the automatic promotion places is five points.
""", [
    F("twice", 2, "#goal", "L", None, "Ampofo's goals|goals|Ampofo", sat, None, ctx="scored twice", unit_alt=["time"]),
    F("19", 19, "#goal", "L", None, "Ampofo's season goals|goals|Ampofo|tally", None, None,
      period_alt=[("2024-08", "2025-02"), ("2024-08", "2025-05")]),
    F("61 per cent", 61, "%", "S", None, "Kelsall possession|possession|Kelsall", sat, None),
    F("two", 2, "#shot", "L", None, "Kelsall shots on target|shots on target|shots|Kelsall", sat, None,
      ctx="just two shots"),
    F("27,306", 27306, "#spectator", "L", None, "crowd|attendance|spectators", sat, None, unit_alt=["person"]),
    F("83 minutes", 83, "minute", "L", None, "time of Ampofo's second goal|goal|minute", sat, None),
    F("25-yard", 25, "yard", "L", None, "free kick distance|free kick|goal", sat, None),
    AGE("26", 26, "Joel Ampofo", alts="Ampofo"),
    F("£4.5m", 4.5e6, "£", "L", None, "Ampofo's transfer fee|transfer fee|fee|Ampofo", M(2024, 8), "Sean Doherty",
      source_alt=["Doherty"], period_alt=[None]),
    F("twice", 2, None, "R", "up", "Ampofo's worth|worth|Ampofo", sat, "Sean Doherty", ctx="worth twice",
      unit_alt=["times"], source_alt=["Doherty"], direction_alt=[None], period_alt=[None]),
    F("nine", 9, "#point", "L", None, "Kelsall's gap above the relegation zone|gap|points|Kelsall", None, None,
      ctx="nine points", period_alt=[sat, PUB]),
    F("12", 12, "#game", "L", None, "games left|games", None, None, period_alt=[sat, PUB]),
    F("42", 42, "#point", "L", None, "Ashbury's points|points|Ashbury", None, None, period_alt=[sat, PUB]),
    F("33", 33, "#match", "L", None, "Ashbury's matches|matches|Ashbury", None, None, period_alt=[sat, PUB],
      unit_alt=["game"]),
    F("five", 5, "#point", "L", None, "gap to automatic promotion|gap|points", None, None, ctx="is five points",
      period_alt=[sat, PUB]),
], ex=["fourth", "3-1", "sixth victory", "seven league matches", "second goal", "17th place", "a decade"])

# ---------------------------------------------------------------- 25 AFL (Australian)
PUB = "2026-04-12"
sat = last(PUB, "Saturday")
story("b53-25", PUB, """
Geelong forward Callum Dwyer kicked six goals as the Cats overran Collingwood by 38 points at the MCG on Saturday night, 15.12 (102) to 9.10 (64), in front of 84,117 fans.

Dwyer, 22, has now kicked 17 goals in four games this season. Midfielder Nathan Brierley had 36 disposals and 11 clearances, while Collingwood's Tom Mercer was the best of the losers with 31 disposals.

The Magpies led by 14 points at half-time but kicked just two goals after the main break, as Geelong won the inside-50 count 62 to 45.

"We got our pressure right in the second half," Cats coach Rhys Keane said. Geelong have won 11 of their past 12 games at the MCG.

Collingwood defender Sam Ngata, 29, is facing a three-week suspension after a high bump, with the match review officer grading it as severe. The club has until 2pm on Monday to decide whether to appeal.
""", [
    F("six", 6, "#goal", "L", None, "Dwyer's goals|goals|Dwyer", sat, None, ctx="kicked six goals"),
    F("38 points", 38, "#point", "L", None, "winning margin|margin|points", sat, None),
    F("102", 102, "#point", "L", None, "Geelong's score|score|Geelong", sat, None),
    F("64", 64, "#point", "L", None, "Collingwood's score|score|Collingwood", sat, None),
    F("84,117", 84117, "#fan", "L", None, "crowd|attendance|fans", sat, None, unit_alt=["spectator", "person"]),
    AGE("22", 22, "Callum Dwyer", alts="Dwyer"),
    F("17", 17, "#goal", "L", None, "Dwyer's season goals|goals|Dwyer", None, None, ctx="kicked 17", period_alt=[("2026-03", "2026-04"), PUB]),
    F("four", 4, "#game", "L", None, "games played|games|Dwyer", None, None, ctx="four games", period_alt=[PUB]),
    F("36", 36, "#disposal", "L", None, "Brierley's disposals|disposals|Brierley", sat, None),
    F("11", 11, "#clearance", "L", None, "Brierley's clearances|clearances|Brierley", sat, None, ctx="11 clearances"),
    F("31", 31, "#disposal", "L", None, "Mercer's disposals|disposals|Mercer", sat, None),
    F("14 points", 14, "#point", "L", None, "Collingwood's half-time lead|lead|Collingwood|Magpies", sat, None),
    F("two", 2, "#goal", "L", None, "Collingwood goals after half-time|goals|Collingwood|Magpies", sat, None,
      ctx="just two goals"),
    F("62", 62, "#inside-50", "L", None, "Geelong inside-50s|inside-50 count|inside-50s|Geelong", sat, None),
    F("45", 45, "#inside-50", "L", None, "Collingwood inside-50s|inside-50 count|inside-50s|Collingwood", sat, None),
    F("11", 11, "#game", "L", None, "Geelong wins at the MCG|wins|games|Geelong", None, None, ctx="won 11 of",
      unit_alt=["win"], period_alt=[PUB]),
    F("12", 12, "#game", "L", None, "games at the MCG|games", None, None, ctx="past 12 games", period_alt=[PUB]),
    AGE("29", 29, "Sam Ngata", alts="Ngata"),
], ex=["15.12", "9.10", "inside-50", "second half", "three-week", "2pm", "half-time"])

# ---------------------------------------------------------------- 26 NHL (Canada)
PUB = "2025-03-09"
sat = last(PUB, "Saturday")
story("b53-26", PUB, """
Goaltender Mathieu Roy made 41 saves and the Montreal Canadiens beat the Toronto Maple Leafs 3-2 in overtime on Saturday night, snapping a five-game losing streak.

Defenceman Erik Lindahl scored 2:14 into the extra period, his ninth goal of the season, on Montreal's only shot of overtime. Toronto outshot Montreal 43-27 and went 1 for 5 on the power play.

Roy, 33, has stopped 156 of the 163 shots he has faced in his past four starts, a save percentage of .957.

Toronto captain Jack Halvorsen extended his point streak to 12 games with an assist, and has 21 points during the run. He has 68 points in 61 games this season, third in the league.

The Bell Centre crowd of 21,105 was a sellout, the club said. The Canadiens remain six points out of the final wild-card spot with 19 games to play.
""", [
    F("41", 41, "#save", "L", None, "Roy's saves|saves|Roy", sat, None),
    F("43", 43, "#shot", "L", None, "Toronto shots|shots|Toronto", sat, None),
    F("27", 27, "#shot", "L", None, "Montreal shots|shots|Montreal", sat, None),
    F("1", 1, "#goal", "L", None, "Toronto power-play goals|power-play goals|power play|Toronto", sat, None,
      ctx="1 for 5", unit_alt=["power-play goal"]),
    F("5", 5, "#power play", "L", None, "Toronto power plays|power plays|power play|Toronto", sat, None,
      ctx="1 for 5", unit_alt=["opportunity"]),
    AGE("33", 33, "Mathieu Roy", alts="Roy"),
    F("156", 156, "#shot", "L", None, "shots stopped by Roy|shots|saves|Roy", None, None, unit_alt=["save"],
      period_alt=[PUB]),
    F("163", 163, "#shot", "L", None, "shots faced by Roy|shots|Roy", None, None, period_alt=[PUB]),
    F("four", 4, "#start", "L", None, "Roy's starts|starts|Roy", None, None, ctx="past four starts", period_alt=[PUB]),
    F(".957", 0.957, None, "L", None, "Roy's save percentage|save percentage|Roy", None, None,
      value_alt=[95.7], unit_alt=["percent"], kind_alt=["share", "ratio"], period_alt=[PUB]),
    F("12", 12, "#game", "L", None, "Halvorsen's point streak|point streak|streak|Halvorsen", None, None,
      ctx="12 games", period_alt=[sat, PUB]),
    F("21", 21, "#point", "L", None, "Halvorsen's points during the streak|points|Halvorsen", None, None,
      ctx="has 21 points", period_alt=[PUB]),
    F("68", 68, "#point", "L", None, "Halvorsen's season points|points|Halvorsen", None, None,
      period_alt=[("2024-10", "2025-03"), PUB]),
    F("61", 61, "#game", "L", None, "Halvorsen's games|games|Halvorsen", None, None,
      period_alt=[("2024-10", "2025-03"), PUB]),
    F("21,105", 21105, "#spectator", "L", None, "crowd|attendance|spectators", sat, "club", unit_alt=["person"],
      source_alt=["Montreal Canadiens", "Canadiens"]),
    F("six", 6, "#point", "L", None, "Montreal's gap to wild-card spot|gap|points|Canadiens", None, None,
      ctx="six points", period_alt=[PUB]),
    F("19", 19, "#game", "L", None, "games remaining|games|Canadiens", None, None, period_alt=[PUB]),
], ex=["five-game", "3-2", "2:14", "ninth goal", "only shot", "43-27", "third in the league", "final wild-card"])

# ---------------------------------------------------------------- 27 weightlifting, kilograms then pounds
PUB = "2025-09-12"
thu = last(PUB, "Thursday")
story("b53-27", PUB, """
India's Priya Raghavan won gold in the women's 59kg class at the world weightlifting championships in Førde, Norway, on Thursday, lifting a total of 236 kilograms (520 pounds).

Raghavan, 23, snatched 104kg and clean-and-jerked 132kg, the second a world record by 1kg. Her total beat China's Li Wenjing by 3kg.

"Six months ago I couldn't lift 120 with my knee," Raghavan said, referring to an injury that kept her out of competition from January to May.

The Indian federation said it would pay her a bonus of Rs 25 lakh, and her coach Rs 10 lakh.

Raghavan weighed in at 58.71 kilograms, giving her a narrow advantage in the event of a tie. Of the 19 lifters in the final, 11 failed at least one attempt in the clean and jerk.

India have won two golds and a bronze so far at the championships, matching their best haul at a single worlds.
""", [
    F("236 kilograms", 236, "kg", "L", None, "Raghavan's total|total|lift|Raghavan", thu, None),
    F("520 pounds", 520, "lb", "L", None, "Raghavan's total|total|lift|Raghavan", thu, None),
    AGE("23", 23, "Priya Raghavan", ctx="Raghavan, 23", alts="Raghavan"),
    F("104kg", 104, "kg", "L", None, "Raghavan's snatch|snatch|Raghavan", thu, None),
    F("132kg", 132, "kg", "L", None, "Raghavan's clean and jerk|clean and jerk|world record|Raghavan", thu, None),
    F("1kg", 1, "kg", "C", "up", "world record|record|clean and jerk", thu, None, kind_alt=["level"]),
    F("3kg", 3, "kg", "C", "up", "Raghavan's winning margin|margin|total", thu, None, kind_alt=["level"],
      direction_alt=[None]),
    F("120", 120, "kg", "L", None, "weight Raghavan could not lift|weight|lift", ("2025-03", "2025-03"), "Priya Raghavan",
      source_alt=["Raghavan"], period_alt=[None, ("2025-01", "2025-05")]),
    F("Rs 25 lakh", 2.5e6, "Rs", "L", None, "Raghavan's bonus|bonus", None, "Indian federation",
      source_alt=["federation"]),
    F("Rs 10 lakh", 1e6, "Rs", "L", None, "coach's bonus|bonus|coach", None, "Indian federation",
      source_alt=["federation"]),
    F("58.71 kilograms", 58.71, "kg", "L", None, "Raghavan's body weight|weigh-in|weight|Raghavan", thu, None,
      period_alt=[None]),
    F("19", 19, "#lifter", "L", None, "lifters in the final|lifters|final", thu, None),
    F("11", 11, "#lifter", "L", None, "lifters who failed an attempt|lifters", thu, None),
    F("two", 2, "#gold", "L", None, "India's golds|golds|gold medals|India", None, None, ctx="won two golds",
      unit_alt=["gold medal", "medal"], period_alt=[PUB]),
], ex=["59kg", "Six months ago", "at least one attempt", "second a world record", "a bronze", "a single worlds"])

# ---------------------------------------------------------------- 28 cycling stage in heat, km and C/F
PUB = "2026-07-16"
wed = last(PUB, "Wednesday")
story("b53-28", PUB, """
Belgian rider Jens Vandeputte won the 11th stage of the Tour de France on Wednesday, a 187-kilometre run from Toulouse to Carcassonne ridden in temperatures that reached 38C (100F).

Vandeputte, 28, outsprinted a breakaway of six riders to take his second stage win of this Tour, averaging 44.3 kilometres an hour. The peloton crossed the line 4 minutes 12 seconds later.

Race leader Oskar Lindgren kept the yellow jersey and leads Colombia's Andrés Patiño by 1 minute 48 seconds overall, with ten stages remaining.

Organisers said riders had been handed about 2,500 bottles of water and ice packs from motorbikes during the stage, almost double the usual number, after forecasters warned temperatures could hit 40C in the southwest. 

"I drank maybe 12 bottles, and I still lost 3 kilos," Vandeputte said.

Two riders abandoned, leaving 161 of the 176 starters in the race.
""", [
    F("187-kilometre", 187, "km", "L", None, "stage distance|stage|distance", wed, None, period_alt=[None]),
    F("38C", 38, "C", "L", None, "temperature|temperatures", wed, None),
    F("100F", 100, "F", "L", None, "temperature|temperatures", wed, None),
    AGE("28", 28, "Jens Vandeputte", alts="Vandeputte"),
    F("six", 6, "#rider", "L", None, "breakaway riders|breakaway|riders", wed, None),
    F("44.3 kilometres an hour", 44.3, "kilometre per hour", "L", None, "Vandeputte's average speed|average speed|speed",
      wed, None, unit_alt=["km/h", "kilometer per hour", "kph"]),
    F("ten", 10, "#stage", "L", None, "stages remaining|stages", None, None, period_alt=[PUB, wed]),
    F("2,500", 2500, "#bottle", "L", None, "water bottles handed out|bottles|water", wed, "organisers",
      unit_alt=["bottle of water"]),
    F("double", 2, None, "R", "up", "water bottles handed out|bottles|water", wed, "organisers", unit_alt=["times"],
      direction_alt=[None]),
    F("40C", 40, "C", "L", None, "forecast temperature|temperatures|temperature", wed, "forecasters",
      period_alt=[None]),
    F("12", 12, "#bottle", "L", None, "bottles Vandeputte drank|bottles", wed, "Jens Vandeputte", ctx="maybe 12",
      source_alt=["Vandeputte"]),
    F("3 kilos", 3, "kg", "C", "dn", "Vandeputte's weight|weight|Vandeputte", wed, "Jens Vandeputte",
      source_alt=["Vandeputte"], kind_alt=["level"], unit_alt=["kilo"]),
    F("Two", 2, "#rider", "L", None, "riders who abandoned|riders|abandonments", wed, None, ctx="Two riders",
      kind_alt=["change"]),
    F("161", 161, "#rider", "L", None, "riders remaining|riders|starters", None, None, period_alt=[wed, PUB]),
    F("176", 176, "#rider", "L", None, "starters|riders", None, None, unit_alt=["starter"]),
], ex=["11th stage", "second stage", "4 minutes 12 seconds", "1 minute 48 seconds"])

# ---------------------------------------------------------------- 29 baseball with line score
PUB = "2025-06-30"
sun = last(PUB, "Sunday")
story("b53-29", PUB, """
Left-hander Cody Marsh struck out 11 over seven scoreless innings and the Seattle Mariners beat the Texas Rangers 4-0 on Sunday to complete a three-game sweep.

Marsh (9-3) allowed three hits and walked one, lowering his ERA to 2.41. He threw 104 pitches, 72 for strikes, and his fastball topped out at 98.6 mph.

Julio Arrieta hit a two-run homer in the sixth, his 22nd of the season, an estimated 441 feet to center field. Arrieta is batting .318 with 61 RBIs.

Texas has lost eight of its last 10 games and fell 6 1/2 games behind first-place Houston in the AL West.

Line score:
Texas 000 000 000 - 0 3 1
Seattle 010 002 01x - 4 9 0

Attendance was 38,402, the Mariners said, the third sellout crowd of the homestand.
""", [
    F("11", 11, "#strikeout", "L", None, "Marsh's strikeouts|strikeouts|Marsh", sun, None),
    F("seven", 7, "#inning", "L", None, "Marsh's innings|innings|Marsh", sun, None, ctx="seven scoreless"),
    F("three", 3, "#hit", "L", None, "hits allowed by Marsh|hits|Marsh", sun, None, ctx="allowed three hits"),
    F("one", 1, "#walk", "L", None, "walks issued by Marsh|walks|Marsh", sun, None, ctx="walked one"),
    F("2.41", 2.41, None, "L", "dn", "Marsh's ERA|ERA|earned run average", None, None, period_alt=[sun, PUB],
      unit_alt=["run", "count"]),
    F("104", 104, "#pitch", "L", None, "Marsh's pitches|pitches|Marsh", sun, None),
    F("72", 72, "#strike", "L", None, "strikes|pitches for strikes|strikes", sun, None, unit_alt=["pitch"]),
    F("98.6 mph", 98.6, "mph", "L", None, "Marsh's fastball velocity|fastball|velocity", sun, None,
      unit_alt=["mile per hour"]),
    F("441 feet", 441, "foot", "L", None, "Arrieta's home run distance|home run|homer|distance", sun, None,
      unit_alt=["ft"]),
    F(".318", 0.318, None, "L", None, "Arrieta's batting average|batting average|average", None, None,
      value_alt=[31.8], kind_alt=["share", "ratio"], period_alt=[PUB, sun]),
    F("61", 61, "#RBI", "L", None, "Arrieta's RBIs|RBIs|runs batted in", None, None, period_alt=[PUB, sun]),
    F("eight", 8, "#game", "L", None, "Texas losses|losses|games|Texas", None, None, ctx="lost eight",
      unit_alt=["loss"], period_alt=[PUB, sun]),
    F("10", 10, "#game", "L", None, "Texas games|games", None, None, ctx="last 10 games", period_alt=[PUB, sun]),
    F("6 1/2 games", 6.5, "game", "L", None, "Texas deficit|deficit|games behind|Texas", sun, None,
      unit_alt=["count"], period_alt=[PUB]),
    F("38,402", 38402, "#spectator", "L", None, "attendance|crowd|spectators", sun, "Mariners",
      unit_alt=["person"], source_alt=["Seattle Mariners"]),
], ex=["4-0", "three-game", "(9-3)", "two-run", "in the sixth", "22nd", "first-place", "000 000 000 - 0 3 1",
          "010 002 01x - 4 9 0", "third sellout"])

# ---------------------------------------------------------------- 30 football transfer: € and £, ages
PUB = "2026-08-30"
CL = "Real Estrella"
story("b53-30", PUB, """
Harbourside United have agreed to sign Brazilian midfielder Caio Batista, 22, from Spain's Real Estrella for an initial €68m (£58.7m), a club record, with add-ons that could take the fee to €80m.

Batista, who scored nine goals and provided 14 assists in 36 La Liga matches last season, will sign a six-year contract worth about £220,000 a week, according to people familiar with the deal.

Estrella paid €12m for him in 2023, and are due to pass 15% of their profit on the sale to his first club, Atlético Paranaense, the Brazilian club's president said on Saturday.

Harbourside have now spent about £310m this summer, more than any other club in Europe, according to figures compiled by the consultancy Pitchline. Their previous record signing, the winger Lukas Brenner, cost £52m two years ago.

The fee is the highest paid for a player under 23 this year.
""", [
    AGE("22", 22, "Caio Batista", ctx="Batista, 22", alts="Batista"),
    F("€68m", 68e6, "€", "L", None, "transfer fee|initial fee|fee", None, None, source_alt=["Harbourside United"],
      period_alt=[PUB]),
    F("£58.7m", 58.7e6, "£", "L", None, "transfer fee|initial fee|fee", None, None, source_alt=["Harbourside United"],
      period_alt=[PUB]),
    F("€80m", 80e6, "€", "L", None, "transfer fee with add-ons|fee|transfer fee", None, None,
      source_alt=["Harbourside United"]),
    F("nine", 9, "#goal", "L", None, "Batista's goals|goals|Batista", ("2025-08", "2026-05"), None, period_alt=[None]),
    F("14", 14, "#assist", "L", None, "Batista's assists|assists|Batista", ("2025-08", "2026-05"), None,
      period_alt=[None]),
    F("36", 36, "#match", "L", None, "Batista's La Liga matches|matches|Batista", ("2025-08", "2026-05"), None,
      unit_alt=["game"], period_alt=[None]),
    F("£220,000", 220000, "£", "L", None, "Batista's weekly wage|wage|contract|salary", None, "people familiar with the deal",
      source_alt=["people"]),
    F("€12m", 12e6, "€", "L", None, "Estrella's fee for Batista|fee|transfer fee", Y(2023), None),
    F("15%", 15, "%", "S", None, "sell-on share|profit on the sale|sell-on|profit", None, "Atlético Paranaense president",
      source_alt=["president", "Atlético Paranaense"]),
    F("£310m", 310e6, "£", "L", None, "Harbourside spending|spending|transfer spending", ("2026-06", "2026-08"), "Pitchline",
      source_alt=["figures"], period_alt=[None]),
    F("£52m", 52e6, "£", "L", None, "Brenner's fee|previous record signing|fee|Brenner", M(2024, 8), None,
      period_alt=[Y(2024), None]),
], ex=["six-year", "two years ago", "under 23", "first club"])
