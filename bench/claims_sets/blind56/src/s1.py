"""blind56 s1: sport match reports (b56-01..b56-10)."""
from common import *

# ---------------------------------------------------------------- 01 Premier League
P = on("2025-11-30", "Sunday")
SAT = last(P, "Saturday")
SEAS = ("2025-08", "2025-11")
FULL = ("2025-08", "2026-05")
story("b56-01", P, """
Newcastle United climbed to third in the Premier League with a 3-1 win over Brentford at St James' Park on Saturday, as striker Tomas Arvelo scored twice to take his league tally for the season to 11.

Newcastle had 61% of possession and 19 shots, eight of them on target, while Brentford managed six attempts all afternoon. The hosts' expected-goals figure of 2.7 was their highest of the campaign, according to data provider Optapoint.

Arvelo, 24, opened the scoring in the 14th minute and added a second from the penalty spot after the break. Midfielder Kenji Albright made it 3-0 with a 25-metre strike before Brentford's Oskar Lindqvist pulled a goal back in stoppage time.

A crowd of 52,184 watched the match, the club said, its biggest since a 1,600-seat section of the east stand reopened in October.

The win lifted Newcastle to 26 points from 13 matches, four behind leaders Arsenal. Brentford, who have lost five of their last six league games, are 15th on 14 points.

"We were patient, and then we were ruthless," Newcastle manager Ross Petrie told reporters. Arvelo has now scored in seven of his past nine appearances.

Brentford playmaker Luis Carrasco had averaged 3.1 key passes a game this season before Saturday but was held to none, and was replaced early in the second half.
""", [
    F("twice", 2, "#goal", "L", None, "goals scored by Arvelo|goals|Arvelo", DAY(SAT), None,
      unit_alt=["times"], kind_alt=["ratio"]),
    F("11", 11, "#goal", "L", "up", "Arvelo's league goals this season|league tally|tally|goals", SEAS, None,
      period_alt=[None, FULL]),
    F("61%", 61, "%", "S", None, "Newcastle's share of possession|possession", DAY(SAT), None),
    F("19", 19, "#shot", "L", None, "Newcastle's shots|shots", DAY(SAT), None),
    F("eight", 8, "#shot", "L", None, "Newcastle's shots on target|shots on target|shots", DAY(SAT), None),
    F("six", 6, "#attempt", "L", None, "Brentford's attempts|attempts", DAY(SAT), None, ctx="managed six attempts",
      unit_alt=["shot"]),
    F("2.7", 2.7, None, "L", None, "Newcastle's expected-goals figure|expected goals|figure", DAY(SAT), "Optapoint",
      unit_alt=["expected goal", "goal", "xG"], source_alt=["data provider"]),
    AGE("24", 24, "Tomas Arvelo", alts="Arvelo"),
    F("25-metre", 25, "m", "L", None, "Albright's strike|strike|goal", DAY(SAT), None),
    F("52,184", 52184, "#spectator", "L", None, "crowd|attendance|match", DAY(SAT), "club",
      source_alt=["Newcastle United", "Newcastle"], unit_alt=["person", "fan"]),
    F("1,600-seat", 1600, "#seat", "L", None, "reopened section of the east stand|section|seats", None, "club",
      source_alt=["Newcastle United", "Newcastle"], period_alt=["2025-10"]),
    F("26", 26, "#point", "L", "up", "Newcastle's points|points|Newcastle", SEAS, None,
      period_alt=[DAY(SAT), None]),
    F("13", 13, "#match", "L", None, "league matches played by Newcastle|matches", SEAS, None,
      period_alt=[DAY(SAT), None]),
    F("four", 4, "#point", "L", None, "Newcastle's gap to leaders Arsenal|gap|points", SEAS, None,
      kind_alt=["change"], period_alt=[DAY(SAT), None]),
    F("five", 5, "#game", "L", None, "Brentford's league defeats|defeats|games", None, None,
      period_alt=[(None, SAT), SEAS], unit_alt=["defeat", "loss"]),
    F("six", 6, "#game", "L", None, "Brentford's recent league games|league games|games", None, None,
      ctx="last six league games", period_alt=[(None, SAT), SEAS]),
    F("14", 14, "#point", "L", None, "Brentford's points|points|Brentford", SEAS, None, ctx="on 14 points",
      period_alt=[DAY(SAT), None]),
    F("seven", 7, "#appearance", "L", None, "appearances in which Arvelo scored|appearances|Arvelo", None, None,
      period_alt=[(None, SAT), SEAS]),
    F("nine", 9, "#appearance", "L", None, "Arvelo's recent appearances|appearances", None, None,
      period_alt=[(None, SAT), SEAS]),
    F("3.1", 3.1, "key pass per game", "L", None, "Carrasco's key passes per game|key passes|passes", SEAS, None,
      unit_alt=["key pass", "pass"], period_alt=[None, FULL]),
], ex=["third in the Premier League", "3-1", "14th", "3-0", "15th", "second half"])

# ---------------------------------------------------------------- 02 Test cricket (PTI)
P = on("2026-11-20", "Friday")
story("b56-02", P, """
Opener Aarav Menon struck a fluent 142 as India reached 356 for five at stumps on the second day of the second Test against South Africa in Ranchi on Friday.

Menon, 27, faced 251 balls and hit 17 fours and two sixes during a stay of more than six hours, sharing a partnership of 187 runs for the fourth wicket with vice-captain Rohan Kulkarni, who made 88.

India scored at 3.7 runs an over through the day as the South African attack, missing injured pacer Lwazi Dube, struggled on a slow surface. Left-arm spinner Keegan Moodley took three wickets but conceded 109 runs in 31 overs.

Earlier, South Africa lost their last four wickets for 19 runs in the morning session to be bowled out for 247, with fast bowler Harshit Yadav finishing with five wickets.

"The pitch will turn from day three, so every run we add now is worth more," Menon told reporters after play.

India lead the two-match series 1-0 after winning the first Test in Guwahati by an innings and 41 runs. Menon's average in the series now stands at 96.5, and he has scored 612 runs in Tests this calendar year, according to figures from the Board of Control for Cricket in India.
""", [
    F("142", 142, "#run", "L", None, "Menon's innings|runs|Menon", DAY(P), None),
    AGE("27", 27, "Aarav Menon", alts="Menon"),
    F("251", 251, "#ball", "L", None, "balls faced by Menon|balls", DAY(P), None),
    F("17", 17, "#four", "L", None, "fours hit by Menon|fours|boundaries", DAY(P), None, unit_alt=["boundary"]),
    F("two", 2, "#six", "L", None, "sixes hit by Menon|sixes", DAY(P), None, ctx="two sixes"),
    F("more than six hours", 6, "h", "L", None, "Menon's stay at the crease|stay|innings", DAY(P), None),
    F("187", 187, "#run", "L", None, "fourth-wicket partnership of Menon and Kulkarni|partnership|runs", DAY(P), None),
    F("88", 88, "#run", "L", None, "Kulkarni's innings|runs|Kulkarni", DAY(P), None),
    F("3.7", 3.7, "run per over", "L", None, "India's scoring rate|run rate|runs an over|India", DAY(P), None,
      unit_alt=["run", "runs an over"]),
    F("three", 3, "#wicket", "L", None, "wickets taken by Moodley|wickets|Moodley", DAY(P), None,
      ctx="took three wickets"),
    F("109", 109, "#run", "L", None, "runs conceded by Moodley|runs|Moodley", DAY(P), None),
    F("31", 31, "#over", "L", None, "overs bowled by Moodley|overs", DAY(P), None),
    F("four", 4, "#wicket", "L", None, "South Africa's last wickets|wickets", DAY(P), None, ctx="last four wickets"),
    F("19", 19, "#run", "L", None, "runs South Africa added for the last four wickets|runs", DAY(P), None),
    F("247", 247, "#run", "L", None, "South Africa's first-innings total|total|South Africa|runs", DAY(P), None,
      period_alt=[(last(P, "Thursday"), P)]),
    F("five", 5, "#wicket", "L", None, "wickets taken by Yadav|wickets|Yadav", DAY(P), None, ctx="with five wickets",
      period_alt=[(last(P, "Thursday"), P)]),
    F("41", 41, "#run", "L", None, "India's winning margin in the first Test|margin|India", None, None,
      kind_alt=["change"]),
    F("96.5", 96.5, None, "L", None, "Menon's batting average in the series|average", None,
      "Board of Control for Cricket in India", source_alt=["BCCI", "figures"], unit_alt=["run"],
      period_alt=[DAY(P), (None, P)]),
    F("612", 612, "#run", "L", None, "Menon's Test runs this calendar year|Test runs|runs", ytd(P),
      "Board of Control for Cricket in India", source_alt=["BCCI", "figures"],
      period_alt=[("2026-01-01", P), Y(2026)]),
], ex=["356 for five", "day three", "two-match", "1-0"])

# ---------------------------------------------------------------- 03 Australian Open semi-final (AAP)
P = on("2026-01-29", "Thursday")
AO = ("2026-01-18", "2026-01-28")
story("b56-03", P, """
Elena Varga reached her first Australian Open final with a 6-3, 7-6 (4) win over third seed Mia Kowalczyk at Rod Laver Arena on Thursday night, ending the Pole's run of 14 consecutive victories.

The 22-year-old Hungarian won 81 per cent of points on her first serve and hit nine aces, while saving all four break points she faced. Kowalczyk, who converted just one of seven break-point chances, made 29 unforced errors to Varga's 12.

The match lasted 96 minutes in front of a crowd of 14,620, with the temperature still 31 degrees at the 7.30pm start.

"I'm just trying to stay in the moment," said Varga, ranked 11th in the world. "Two years ago I was losing in qualifying here."

Varga will face either world No. 1 Sofia Brandt or Ukraine's Daria Melnyk in Saturday's final, where the champion will collect A$4.3 million, up 8 per cent from last year's prize, Tennis Australia said in a statement last month. The runner-up receives A$2.2 million.

Varga has won 23 of her 27 matches this season. Tournament organisers said total attendance over the first 11 days had reached 1,038,412, a record, and was up 4.9 per cent from the same stage in 2025.
""", [
    F("14", 14, "#victory", "L", None, "Kowalczyk's run of consecutive victories|run|victories", None, None,
      ctx="run of 14", period_alt=[(None, P), DAY(P)], unit_alt=["win", "match"]),
    AGE("22-year-old", 22, "Elena Varga", alts="Varga"),
    F("81 per cent", 81, "%", "S", None, "Varga's points won on first serve|first serve|points", DAY(P), None),
    F("nine", 9, "#ace", "L", None, "aces hit by Varga|aces", DAY(P), None),
    F("four", 4, "#break point", "L", None, "break points Varga faced|break points", DAY(P), None,
      unit_alt=["point"]),
    F("one", 1, "#break point", "L", None, "break points converted by Kowalczyk|break points|chances", DAY(P), None,
      unit_alt=["point", "chance"]),
    F("seven", 7, "#chance", "L", None, "Kowalczyk's break-point chances|chances", DAY(P), None,
      unit_alt=["break point", "point"]),
    F("29", 29, "#unforced error", "L", None, "Kowalczyk's unforced errors|unforced errors|errors", DAY(P), None,
      unit_alt=["error"]),
    F("12", 12, "#unforced error", "L", None, "Varga's unforced errors|unforced errors|errors", DAY(P), None,
      ctx="Varga's 12", unit_alt=["error"]),
    F("96 minutes", 96, "min", "L", None, "match duration|match", DAY(P), None),
    F("14,620", 14620, "#spectator", "L", None, "crowd|attendance", DAY(P), None, unit_alt=["person"]),
    F("31 degrees", 31, "C", "L", None, "temperature", DAY(P), None),
    F("A$4.3 million", 4.3e6, "A$", "L", "up", "champion's prize money|prize money|prize", Y(2026), "Tennis Australia",
      period_alt=[None, nxt(P, "Saturday")]),
    F("8 per cent", 8, "%", "C", "up", "champion's prize money|prize money|prize", Y(2026), "Tennis Australia",
      period_alt=[None]),
    F("A$2.2 million", 2.2e6, "A$", "L", None, "runner-up's prize money|prize money|prize", Y(2026), None,
      source_alt=["Tennis Australia"], period_alt=[None, nxt(P, "Saturday")]),
    F("23", 23, "#match", "L", None, "matches won by Varga this season|matches|wins", ("2026-01", "2026-01"), None,
      period_alt=[("2026-01-01", P), None], unit_alt=["win"]),
    F("27", 27, "#match", "L", None, "matches played by Varga this season|matches", ("2026-01", "2026-01"), None,
      period_alt=[("2026-01-01", P), None]),
    F("1,038,412", 1038412, "#spectator", "L", "up", "total attendance|attendance", AO, "tournament organisers",
      source_alt=["organisers"], period_alt=[None, DAY(P)], direction_alt=[None], unit_alt=["person"]),
    F("4.9 per cent", 4.9, "%", "C", "up", "total attendance|attendance", AO, "tournament organisers",
      source_alt=["organisers"], period_alt=[None, DAY(P)]),
], ex=["6-3, 7-6 (4)", "third seed", "7.30pm", "11th", "Two years ago", "No. 1", "first 11 days"])

# ---------------------------------------------------------------- 04 NBA
P = on("2026-03-02", "Monday")
SUN = last(P, "Sunday")
SEAS = ("2025-10", "2026-03")
story("b56-04", P, """
Jalen Morrow had 34 points, 11 rebounds and eight assists, and the Denver Nuggets beat the Phoenix Suns 121-108 on Sunday night for their ninth victory in 11 games.

Morrow made 13 of 22 shots, including four of seven from 3-point range, and all six of his free throws. Denver shot 52.3% from the field and outrebounded Phoenix 51-38.

Devon Pruitt added 21 points for the Nuggets, who pulled away with a 16-2 run early in the fourth quarter. Denver has won 12 straight at home, its longest such streak since the 2022-23 season.

Isaiah Boateng scored 27 points for Phoenix, which has lost four in a row. The Suns were without center Marko Lisic, who is averaging 14.6 points and 10.2 rebounds this season, because of a sprained left ankle. Phoenix committed 17 turnovers that led to 24 Denver points.

Morrow, who came in averaging 27.9 points, has scored at least 30 in six of his past eight games.

"He's playing as well as anybody in the league right now," Nuggets coach Paul Ferris said.

A sellout crowd of 19,842 watched at Ball Arena. Denver improved to 40-21, two games behind Oklahoma City for the best record in the Western Conference.
""", [
    F("34", 34, "#point", "L", None, "Morrow's points|points|Morrow", DAY(SUN), None),
    F("11", 11, "#rebound", "L", None, "Morrow's rebounds|rebounds", DAY(SUN), None, ctx="11 rebounds"),
    F("eight", 8, "#assist", "L", None, "Morrow's assists|assists", DAY(SUN), None, ctx="eight assists"),
    F("11", 11, "#game", "L", None, "Denver's recent games|games", None, None, ctx="in 11 games",
      period_alt=[(None, SUN), SEAS]),
    F("13", 13, "#shot", "L", None, "shots made by Morrow|shots", DAY(SUN), None),
    F("22", 22, "#shot", "L", None, "shots taken by Morrow|shots", DAY(SUN), None, ctx="13 of 22"),
    F("four", 4, "#shot", "L", None, "3-pointers made by Morrow|3-pointers|shots", DAY(SUN), None,
      ctx="four of seven", unit_alt=["3-pointer"]),
    F("seven", 7, "#shot", "L", None, "3-point attempts by Morrow|3-point attempts|attempts|shots", DAY(SUN), None,
      unit_alt=["attempt"]),
    F("six", 6, "#free throw", "L", None, "free throws made by Morrow|free throws", DAY(SUN), None,
      ctx="all six"),
    F("52.3%", 52.3, "%", "S", None, "Denver's field-goal percentage|shooting|Denver", DAY(SUN), None),
    F("21", 21, "#point", "L", None, "Pruitt's points|points|Pruitt", DAY(SUN), None, ctx="added 21 points"),
    F("12", 12, "#game", "L", None, "Denver's home winning streak|streak|wins", None, None, ctx="won 12 straight",
      period_alt=[(None, SUN), SEAS], unit_alt=["win"]),
    F("27", 27, "#point", "L", None, "Boateng's points|points|Boateng", DAY(SUN), None, ctx="scored 27 points"),
    F("four", 4, "#game", "L", None, "Phoenix's losing streak|losses|Phoenix", None, None, ctx="lost four in a row",
      period_alt=[(None, SUN), SEAS], unit_alt=["loss", "defeat"]),
    F("14.6", 14.6, "point per game", "L", None, "Lisic's scoring average|points|average", SEAS, None,
      unit_alt=["point"], period_alt=[None]),
    F("10.2", 10.2, "rebound per game", "L", None, "Lisic's rebounding average|rebounds|average", SEAS, None,
      unit_alt=["rebound"], period_alt=[None]),
    F("17", 17, "#turnover", "L", None, "Phoenix's turnovers|turnovers", DAY(SUN), None),
    F("24", 24, "#point", "L", None, "Denver's points off turnovers|points", DAY(SUN), None),
    F("27.9", 27.9, "point per game", "L", None, "Morrow's scoring average|points|average", SEAS, None,
      unit_alt=["point"], period_alt=[None]),
    F("six", 6, "#game", "L", None, "games in which Morrow scored at least 30|games", None, None,
      ctx="in six of his", period_alt=[(None, SUN), SEAS]),
    F("eight", 8, "#game", "L", None, "Morrow's recent games|games", None, None, ctx="past eight games",
      period_alt=[(None, SUN), SEAS]),
    F("19,842", 19842, "#spectator", "L", None, "sellout crowd|crowd|attendance", DAY(SUN), None,
      unit_alt=["person"]),
    F("two", 2, "#game", "L", None, "Denver's gap to Oklahoma City|gap|games", SEAS, None,
      kind_alt=["change"], period_alt=[DAY(SUN), None]),
], ex=["121-108", "3-point range", "51-38", "16-2", "fourth quarter", "at least 30", "40-21"])

# ---------------------------------------------------------------- 05 MLB
P = on("2025-06-18", "Wednesday")
TUE = last(P, "Tuesday")
SEAS = ("2025-03", "2025-06")
story("b56-05", P, """
Eli Santangelo struck out 12 over seven scoreless innings, Nolan Baptiste hit a 431-foot homer and the Seattle Mariners beat the Texas Rangers 4-0 on Tuesday night.

Santangelo (8-3) allowed three hits and walked one, lowering his ERA to 2.08 from 2.41. The right-hander threw 104 pitches, 71 for strikes, and his fastball averaged 97.6 mph, up from 96.1 mph last season, according to Statcast.

Baptiste's two-run drive in the fourth inning, his 19th of the season, left his bat at 111.4 mph. He is batting .318 with 52 RBIs.

Seattle has won eight of its last 10 games and moved a season-high 11 games above .500. Texas has scored just nine runs in its past six games.

Rangers starter Colby Ainsworth gave up four runs, three of them earned, and seven hits in 5 1/3 innings.

"When he's locating like that, you just get out of the way," Mariners manager Dale Kettering said.

The crowd of 33,418 at T-Mobile Park included about 6,000 schoolchildren on an education day promotion, the team said. Seattle's home attendance is up 9% this season, at an average of 31,250 a game.

The Mariners' Andres Pelayo (5-5, 4.12 ERA) faces Rangers left-hander Jonah Whitlow (6-4, 3.37) on Wednesday.
""", [
    F("12", 12, "#strikeout", "L", None, "Santangelo's strikeouts|strikeouts|Santangelo", DAY(TUE), None, ctx="out 12 over",
      unit_alt=["batter"]),
    F("seven", 7, "#inning", "L", None, "scoreless innings pitched by Santangelo|innings", DAY(TUE), None,
      ctx="seven scoreless"),
    F("431-foot", 431, "foot", "L", None, "Baptiste's homer|homer|home run", DAY(TUE), None),
    F("three", 3, "#hit", "L", None, "hits allowed by Santangelo|hits", DAY(TUE), None, ctx="allowed three hits"),
    F("one", 1, "#walk", "L", None, "batters walked by Santangelo|walks", DAY(TUE), None, unit_alt=["batter"]),
    F("2.08", 2.08, None, "L", "dn", "Santangelo's ERA|ERA|earned run average", SEAS, None,
      period_alt=[None, DAY(TUE)]),
    F("2.41", 2.41, None, "L", None, "Santangelo's ERA|ERA|earned run average", SEAS, None,
      period_alt=[None, DAY(TUE)]),
    F("104", 104, "#pitch", "L", None, "pitches thrown by Santangelo|pitches", DAY(TUE), None),
    F("71", 71, "#strike", "L", None, "strikes thrown by Santangelo|strikes|pitches", DAY(TUE), None),
    F("97.6 mph", 97.6, "mile per hour", "L", "up", "Santangelo's average fastball velocity|fastball|velocity",
      DAY(TUE), "Statcast", period_alt=[SEAS]),
    F("96.1 mph", 96.1, "mile per hour", "L", None, "Santangelo's average fastball velocity|fastball|velocity",
      ("2024-03", "2024-09"), "Statcast", period_alt=[Y(2024)]),
    F("111.4 mph", 111.4, "mile per hour", "L", None, "exit velocity of Baptiste's drive|exit velocity|drive",
      DAY(TUE), None),
    F(".318", 0.318, None, "L", None, "Baptiste's batting average|batting average|average", SEAS, None,
      value_alt=[31.8], kind_alt=["share"], period_alt=[None]),
    F("52", 52, "#RBI", "L", None, "Baptiste's runs batted in|RBIs|runs batted in", SEAS, None,
      period_alt=[None], unit_alt=["run"]),
    F("eight", 8, "#game", "L", None, "Seattle's recent wins|wins|games", None, None,
      period_alt=[(None, TUE), SEAS], unit_alt=["win"]),
    F("10", 10, "#game", "L", None, "Seattle's recent games|games", None, None, ctx="last 10 games",
      period_alt=[(None, TUE), SEAS]),
    F("11", 11, "#game", "L", "up", "Seattle's games above .500|games above .500|games", SEAS, None, ctx="11 games above",
      period_alt=[DAY(TUE), None]),
    F("nine", 9, "#run", "L", None, "runs scored by Texas|runs", None, None, period_alt=[(None, TUE), SEAS]),
    F("six", 6, "#game", "L", None, "Texas's recent games|games", None, None, period_alt=[(None, TUE), SEAS]),
    F("four", 4, "#run", "L", None, "runs allowed by Ainsworth|runs", DAY(TUE), None, ctx="four runs"),
    F("three", 3, "#run", "L", None, "earned runs allowed by Ainsworth|earned runs|runs", DAY(TUE), None,
      ctx="three of them earned"),
    F("seven", 7, "#hit", "L", None, "hits allowed by Ainsworth|hits", DAY(TUE), None, ctx="seven hits"),
    F("5 1/3", 16 / 3, "#inning", "L", None, "innings pitched by Ainsworth|innings", DAY(TUE), None,
      value_alt=[5.33, 5.3, 5.1]),
    F("33,418", 33418, "#spectator", "L", None, "crowd at T-Mobile Park|crowd|attendance", DAY(TUE), "team",
      source_alt=["Seattle Mariners", "Mariners"], unit_alt=["person"]),
    F("about 6,000", 6000, "#schoolchild", "L", None, "schoolchildren in the crowd|schoolchildren", DAY(TUE), "team",
      source_alt=["Seattle Mariners", "Mariners"], unit_alt=["child", "person"]),
    F("9%", 9, "%", "C", "up", "Seattle's home attendance|attendance", SEAS, None,
      source_alt=["team", "Mariners"], period_alt=[None, ("2025-03", "2025-09")]),
    F("31,250", 31250, "#spectator", "L", None, "Seattle's average home attendance|attendance|average", SEAS, None,
      source_alt=["team", "Mariners"], period_alt=[None], unit_alt=["fan", "person"]),
    F("4.12", 4.12, None, "L", None, "Pelayo's ERA|ERA|earned run average", SEAS, None, period_alt=[None]),
    F("3.37", 3.37, None, "L", None, "Whitlow's ERA|ERA|earned run average", SEAS, None, period_alt=[None]),
], ex=["4-0", "8-3", "two-run", "19th", "above .500", "5-5", "6-4"])

# ---------------------------------------------------------------- 06 Diamond League (Reuters)
P = on("2025-08-23", "Saturday")
FRI = last(P, "Friday")
story("b56-06", P, """
Kenyan sprinter Dennis Otieno ran 9.84 seconds to win the 100m at the Diamond League meeting in Brussels on Friday, the fastest time in the world this year, while Jamaica's Tanesha Reid broke the meeting record in the women's 400m hurdles.

Otieno, 23, finished 0.07 seconds ahead of American Marcus Bell with a legal tailwind of 1.1 metres per second, improving his personal best from the 9.91 seconds he ran in June. It was only his fourth race of the season after a hamstring injury ruled him out of the early meetings.

Reid clocked 52.68 seconds, shaving 0.19 seconds off the previous meeting record, which had stood since 2019. Her time moved her to third on the world all-time list.

In the men's high jump, Qatar's Youssef Hamdan cleared 2.36 metres at the first attempt to win for the fifth time this season. Ethiopia's Almaz Tesfaye won the 5,000m in 14 minutes 21.45 seconds, pulling away over the final 300 metres.

Organisers said about 44,000 spectators attended, and each event winner earned $10,000, with a $5,000 bonus for a meeting record.

The series ends with a two-day final in Zurich on Aug. 27-28, where winners receive $30,000 and a wild card into next year's world championships.
""", [
    F("9.84 seconds", 9.84, "s", "L", None, "Otieno's winning time in the 100m|winning time|time", DAY(FRI), None),
    AGE("23", 23, "Dennis Otieno", alts="Otieno"),
    F("0.07 seconds", 0.07, "s", "L", None, "Otieno's margin over Bell|margin", DAY(FRI), None, kind_alt=["change"]),
    F("1.1 metres per second", 1.1, "metre per second", "L", None, "tailwind|wind", DAY(FRI), None,
      unit_alt=["m/s", "metre"]),
    F("9.91 seconds", 9.91, "s", "L", None, "Otieno's previous personal best|personal best|time", "2025-06", None),
    F("52.68 seconds", 52.68, "s", "L", None, "Reid's time in the 400m hurdles|meeting record|time", DAY(FRI), None),
    F("0.19 seconds", 0.19, "s", "C", "dn", "meeting record|record", DAY(FRI), None),
    F("2.36 metres", 2.36, "m", "L", None, "Hamdan's winning height|high jump|height", DAY(FRI), None),
    F("about 44,000", 44000, "#spectator", "L", None, "spectators|attendance|crowd", DAY(FRI), "organisers",
      unit_alt=["person"]),
    F("$10,000", 10000, "$", "L", None, "prize money for each event winner|prize money|prize", DAY(FRI), "organisers"),
    F("$5,000", 5000, "$", "L", None, "bonus for a meeting record|bonus", DAY(FRI), "organisers"),
    F("$30,000", 30000, "$", "L", None, "prize money for winners at the final|prize money|prize",
      ("2025-08-27", "2025-08-28"), None, period_alt=[None]),
], ex=["100m", "400m hurdles", "third on the world", "fifth time", "5,000m", "14 minutes 21.45 seconds", "300 metres", "two-day"])

# ---------------------------------------------------------------- 07 ODI cricket (AAP)
P = on("2026-02-08", "Sunday")
story("b56-07", P, """
Australia beat New Zealand by 37 runs in the second one-day international at the MCG on Sunday to take an unassailable 2-0 lead in the three-match series.

Opener Cooper Hanlon top-scored with 103 from 89 balls, his strike rate of 115.7 setting the tone after Australia were sent in. Hanlon hit 11 fours and four sixes before he was caught at long-on in the 34th over.

Australia posted 8-312, with wicketkeeper Liam Fairweather adding a brisk 58 off 36 balls late in the innings. New Zealand's required run rate climbed above eight an over after the 30th over, and they were dismissed for 275 with 14 balls remaining.

Leg-spinner Tom Raviner took 4-48 for Australia, and paceman Jed Coultard conceded just 3.9 runs an over across his 10 overs.

"It's the best I've seen him bowl," captain Sam Wetherall said of Raviner, 25.

The crowd of 41,278 was the largest for a men's ODI at the ground since 2015, Cricket Australia said. The series concludes in Hobart on Wednesday.

New Zealand have now lost seven of their past nine ODIs against Australia, and are without injured all-rounder Finn Carraway, who averaged 42.3 with the bat last summer.
""", [
    F("37", 37, "#run", "L", None, "Australia's winning margin|margin|runs", DAY(P), None, kind_alt=["change"]),
    F("103", 103, "#run", "L", None, "Hanlon's innings|runs|Hanlon", DAY(P), None),
    F("89", 89, "#ball", "L", None, "balls faced by Hanlon|balls", DAY(P), None),
    F("115.7", 115.7, None, "L", None, "Hanlon's strike rate|strike rate", DAY(P), None,
      unit_alt=["run per 100 balls", "run"]),
    F("11", 11, "#four", "L", None, "fours hit by Hanlon|fours|boundaries", DAY(P), None, ctx="11 fours"),
    F("four", 4, "#six", "L", None, "sixes hit by Hanlon|sixes", DAY(P), None, ctx="four sixes"),
    F("58", 58, "#run", "L", None, "Fairweather's innings|runs|Fairweather", DAY(P), None),
    F("36", 36, "#ball", "L", None, "balls faced by Fairweather|balls", DAY(P), None),
    F("above eight", 8, "run per over", "L", "up", "New Zealand's required run rate|required run rate|run rate",
      DAY(P), None, unit_alt=["run", "runs an over"]),
    F("275", 275, "#run", "L", None, "New Zealand's total|total|New Zealand|runs", DAY(P), None),
    F("14", 14, "#ball", "L", None, "balls remaining|balls", DAY(P), None),
    F("3.9", 3.9, "run per over", "L", None, "Coultard's economy rate|economy rate|runs an over|runs", DAY(P), None,
      unit_alt=["run", "runs an over"]),
    F("10", 10, "#over", "L", None, "overs bowled by Coultard|overs", DAY(P), None, ctx="his 10 overs"),
    AGE("25", 25, "Tom Raviner", alts="Raviner"),
    F("41,278", 41278, "#spectator", "L", None, "crowd|attendance", DAY(P), "Cricket Australia",
      unit_alt=["person"]),
    F("seven", 7, "#ODI", "L", None, "New Zealand's recent ODI defeats against Australia|defeats|ODIs", None, None,
      period_alt=[(None, P)], unit_alt=["match", "defeat"]),
    F("nine", 9, "#ODI", "L", None, "New Zealand's recent ODIs against Australia|ODIs", None, None,
      period_alt=[(None, P)], unit_alt=["match"]),
    F("42.3", 42.3, None, "L", None, "Carraway's batting average|average", ("2024-12", "2025-02"), None,
      unit_alt=["run"], period_alt=[None, ("2024-10", "2025-03"), Y(2025)]),
], ex=["one-day international", "2-0", "three-match", "34th", "8-312", "30th", "4-48"])

# ---------------------------------------------------------------- 08 NRL (AAP)
P = on("2025-08-10", "Sunday")
SAT = last(P, "Saturday")
SEAS = ("2025-03", "2025-08")
story("b56-08", P, """
Penrith winger Tevita Lolohea scored a hat-trick as the Panthers beat the Melbourne Storm 30-18 in front of 21,904 fans at CommBank Stadium on Saturday night to climb into the NRL's top four.

Lolohea, 21, took his try tally for the season to 17, two clear of the competition's next best, and ran for 214 metres from 19 carries. Halfback Jake Tremain kicked five goals from six attempts.

Penrith completed 34 of their 38 sets, a completion rate of 89 per cent, while Melbourne missed 41 tackles and conceded nine penalties.

The Storm, who led 12-6 at halftime, have now lost three straight for the first time since 2019. Their captain Harrison Pike made 52 tackles, his most this season.

"We turned up for the full 80 tonight, and that's been missing," Panthers coach Glen Mahoney said.

With three rounds left, Penrith sit on 32 competition points, four behind the top-placed Canberra Raiders. The club said a further 2,300 members had signed up since June, taking its membership to a record 41,650.
""", [
    F("21,904", 21904, "#fan", "L", None, "crowd at CommBank Stadium|crowd|fans", DAY(SAT), None,
      unit_alt=["spectator", "person"]),
    AGE("21", 21, "Tevita Lolohea", ctx="Lolohea, 21,", alts="Lolohea"),
    F("17", 17, "#try", "L", "up", "Lolohea's try tally this season|try tally|tries", SEAS, None,
      period_alt=[None, DAY(SAT)]),
    F("two", 2, "#try", "L", None, "Lolohea's lead over the next best try scorer|lead|tries", SEAS, None,
      kind_alt=["change"], period_alt=[None, DAY(SAT)]),
    F("214 metres", 214, "m", "L", None, "Lolohea's run metres|metres|Lolohea", DAY(SAT), None),
    F("19", 19, "#carry", "L", None, "Lolohea's carries|carries", DAY(SAT), None, ctx="19 carries"),
    F("five", 5, "#goal", "L", None, "goals kicked by Tremain|goals", DAY(SAT), None),
    F("six", 6, "#attempt", "L", None, "Tremain's goal attempts|attempts", DAY(SAT), None),
    F("34", 34, "#set", "L", None, "sets completed by Penrith|sets", DAY(SAT), None),
    F("38", 38, "#set", "L", None, "Penrith's sets|sets", DAY(SAT), None),
    F("89 per cent", 89, "%", "S", None, "Penrith's completion rate|completion rate", DAY(SAT), None,
      kind_alt=["level"]),
    F("41", 41, "#tackle", "L", None, "tackles missed by Melbourne|missed tackles|tackles", DAY(SAT), None,
      ctx="missed 41"),
    F("nine", 9, "#penalty", "L", None, "penalties conceded by Melbourne|penalties", DAY(SAT), None),
    F("three", 3, "#game", "L", None, "Melbourne's losing streak|losses|Storm", None, None, ctx="lost three straight",
      period_alt=[(None, SAT), SEAS], unit_alt=["loss", "defeat", "match"]),
    F("52", 52, "#tackle", "L", None, "tackles made by Pike|tackles", DAY(SAT), None),
    F("32", 32, "#point", "L", None, "Penrith's competition points|competition points|points", SEAS, None,
      period_alt=[DAY(SAT), None]),
    F("four", 4, "#point", "L", None, "Penrith's gap to the Canberra Raiders|gap|points", SEAS, None, ctx="four behind",
      kind_alt=["change"], period_alt=[DAY(SAT), None]),
    F("2,300", 2300, "#member", "C", "up", "Penrith's membership|members|membership", ("2025-06", "2025-08"), "club",
      source_alt=["Penrith", "Panthers"], period_alt=[("2025-06", P)]),
    F("41,650", 41650, "#member", "L", "up", "Penrith's membership|membership|members", DAY(P), "club",
      source_alt=["Penrith", "Panthers"], period_alt=[None, ("2025-06", "2025-08")]),
], ex=["30-18", "top four", "12-6", "full 80", "three rounds left"])

# ---------------------------------------------------------------- 09 NHL (AP)
P = on("2025-12-16", "Tuesday")
MON = last(P, "Monday")
SEAS = ("2025-10", "2025-12")
story("b56-09", P, """
Mikael Strand made 38 saves and the Toronto Maple Leafs beat the Boston Bruins 3-2 in a shootout on Monday night.

Strand, who stopped all three Boston attempts in the shootout, improved his save percentage to .921 this season. He has allowed two or fewer goals in nine of his past 11 starts.

Toronto's Callum Reyes scored his 18th goal and added an assist, while defenseman Anton Brisebois had two assists to extend his point streak to eight games. The Maple Leafs went 1 for 4 on the power play.

Boston outshot Toronto 40-29, including 15-6 in the third period, and won 58% of faceoffs. David Lamarre and Jonah Kessel scored for the Bruins, who have lost five of six.

"We threw everything at him," Bruins coach Ray Gallant said. "Give him credit."

Toronto has 42 points from 33 games, two behind Florida for first place in the Atlantic Division. The announced crowd at TD Garden was 17,850, a sellout for the 41st consecutive home game.

Bruins forward Lucas Vinter, who leads the team with 31 points, missed his fourth straight game with a lower-body injury.
""", [
    F("38", 38, "#save", "L", None, "saves made by Strand|saves", DAY(MON), None),
    F("three", 3, "#attempt", "L", None, "Boston's shootout attempts|attempts", DAY(MON), None),
    F(".921", 0.921, None, "L", "up", "Strand's save percentage|save percentage", SEAS, None,
      value_alt=[92.1], kind_alt=["share"], unit_alt=["percent"], period_alt=[None]),
    F("nine", 9, "#start", "L", None, "starts in which Strand allowed two or fewer goals|starts", None, None,
      period_alt=[(None, MON), SEAS]),
    F("11", 11, "#start", "L", None, "Strand's recent starts|starts", None, None, period_alt=[(None, MON), SEAS]),
    F("two", 2, "#assist", "L", None, "assists by Brisebois|assists", DAY(MON), None, ctx="two assists"),
    F("eight", 8, "#game", "L", "up", "Brisebois's point streak|point streak|streak", None, None,
      period_alt=[(None, MON)]),
    F("58%", 58, "%", "S", None, "faceoffs won by Boston|faceoffs", DAY(MON), None),
    F("five", 5, "#game", "L", None, "Boston's recent losses|losses|games", None, None,
      period_alt=[(None, MON), SEAS], unit_alt=["loss"]),
    F("six", 6, "#game", "L", None, "Boston's recent games|games", None, None, period_alt=[(None, MON), SEAS]),
    F("42", 42, "#point", "L", None, "Toronto's points|points|Toronto", SEAS, None, period_alt=[DAY(MON), None]),
    F("33", 33, "#game", "L", None, "games played by Toronto|games", SEAS, None, period_alt=[DAY(MON), None]),
    F("two", 2, "#point", "L", None, "Toronto's gap to Florida|gap|points", SEAS, None, ctx="two behind Florida",
      kind_alt=["change"], period_alt=[DAY(MON), None]),
    F("17,850", 17850, "#spectator", "L", None, "announced crowd at TD Garden|crowd|attendance", DAY(MON), None,
      unit_alt=["person"]),
    F("31", 31, "#point", "L", None, "Vinter's points|points|Vinter", SEAS, None, period_alt=[None]),
], ex=["3-2", "two or fewer", "18th", "1 for 4", "40-29", "15-6", "third period", "41st"])

# ---------------------------------------------------------------- 10 NFL (AP)
P = on("2025-10-13", "Monday")
SUN = last(P, "Sunday")
SEAS = ("2025-09", "2025-10")
story("b56-10", P, """
Tyrell Ashby threw for 318 yards and three touchdowns, and the Kansas City Chiefs beat the Las Vegas Raiders 31-17 on Sunday to improve to 4-2.

Ashby completed 27 of 36 passes and has not thrown an interception in five straight games. Running back DeShawn Pierce ran for 112 yards on 19 carries, including a 44-yard touchdown run in the third quarter.

Kicker Luca Brandt made a 54-yard field goal and has converted 14 of 15 attempts this season.

The Chiefs held Las Vegas to 71 rushing yards and sacked quarterback Grant Holloway four times. Holloway was 22 of 35 for 241 yards with an interception.

"We're starting to look like ourselves again," Chiefs coach Warren Delacroix said. "The run game opened everything up."

Kansas City has won four straight against Las Vegas and 17 of the past 20 meetings. The Raiders (2-4) have been outscored by 58 points this season.

A crowd of 73,114 at Arrowhead Stadium saw the Chiefs hold a team without a touchdown in the second half for the third time in six games. Kansas City plays at Buffalo next Sunday.
""", [
    F("318 yards", 318, "yard", "L", None, "Ashby's passing yards|passing yards|yards", DAY(SUN), None),
    F("three", 3, "#touchdown", "L", None, "Ashby's touchdown passes|touchdowns", DAY(SUN), None),
    F("27", 27, "#pass", "L", None, "passes completed by Ashby|passes|completions", DAY(SUN), None),
    F("36", 36, "#pass", "L", None, "passes attempted by Ashby|passes|attempts", DAY(SUN), None),
    F("five", 5, "#game", "L", None, "games without an interception by Ashby|games", None, None,
      period_alt=[(None, SUN), SEAS]),
    F("112 yards", 112, "yard", "L", None, "Pierce's rushing yards|yards", DAY(SUN), None),
    F("19", 19, "#carry", "L", None, "Pierce's carries|carries", DAY(SUN), None),
    F("44-yard", 44, "yard", "L", None, "Pierce's touchdown run|touchdown run|run", DAY(SUN), None),
    F("54-yard", 54, "yard", "L", None, "Brandt's field goal|field goal", DAY(SUN), None),
    F("14", 14, "#field goal", "L", None, "field goals converted by Brandt|field goals|attempts", SEAS, None,
      ctx="14 of 15",
      period_alt=[None], unit_alt=["attempt"]),
    F("15", 15, "#attempt", "L", None, "Brandt's field-goal attempts|attempts", SEAS, None, period_alt=[None]),
    F("71", 71, "yard", "L", None, "Las Vegas's rushing yards|rushing yards|yards", DAY(SUN), None),
    F("four", 4, "#sack", "L", None, "sacks of Holloway|sacks", DAY(SUN), None, ctx="four times",
      unit_alt=["times"]),
    F("22", 22, "#pass", "L", None, "passes completed by Holloway|passes|completions", DAY(SUN), None),
    F("35", 35, "#pass", "L", None, "passes attempted by Holloway|passes|attempts", DAY(SUN), None),
    F("241 yards", 241, "yard", "L", None, "Holloway's passing yards|passing yards|yards", DAY(SUN), None),
    F("four", 4, "#game", "L", None, "Kansas City's winning streak against Las Vegas|wins|games", None, None,
      ctx="four straight", period_alt=[(None, SUN)], unit_alt=["win"]),
    F("17", 17, "#meeting", "L", None, "Kansas City's wins in meetings with Las Vegas|wins|meetings", None, None,
      ctx="17 of the past", period_alt=[(None, SUN)], unit_alt=["win"]),
    F("20", 20, "#meeting", "L", None, "past meetings between the teams|meetings", None, None,
      period_alt=[(None, SUN)]),
    F("58", 58, "#point", "L", None, "Raiders' points deficit|points|deficit|Raiders", SEAS, None,
      kind_alt=["change"], period_alt=[None]),
    F("73,114", 73114, "#spectator", "L", None, "crowd at Arrowhead Stadium|crowd|attendance", DAY(SUN), None,
      unit_alt=["person"]),
    F("six", 6, "#game", "L", None, "Chiefs' games this season|games", SEAS, None, period_alt=[None]),
], ex=["31-17", "4-2", "third quarter", "2-4", "third time", "second half"])
