"""blind54 stories 31-40: Formula One, rugby union, golf, marathon, swimming, contracts, attendance, obituaries."""
from common import *

# ---------------------------------------------------------------- 31 F1 qualifying (gaps in seconds, standings)
PUB = "2025-07-05"
story("b54-31", PUB, """
Tomas Reinholt snatched pole position for the British Grand Prix on Saturday with a final lap that was 0.218 seconds quicker than his Halcyon team mate Jules Marchetti, ending a run of four straight poles for championship leader Oscar Penhaligon.

Penhaligon, who leads the standings by 61 points from Marchetti after 11 of the 24 rounds, will start third, 0.304 seconds off the pace, after running wide at Stowe on his last attempt.

The top 10 were covered by just 0.79 seconds. Veteran Fernando Albarrán, 43, was the big casualty of the first session, eliminated in 17th place by 0.012 seconds.

Track temperatures reached 44 degrees Celsius during the session, and Pirelli said tyre degradation could force most drivers into two pit stops over Sunday's 52 laps.

"That was the best lap of my life," said Reinholt, 24, who has won two races this season. A crowd of 164,000 watched qualifying, part of a record weekend attendance that organisers expect to top 500,000 over four days.

Halcyon, which has scored 312 points to Arrowline's 298 in the constructors' championship, has not won at Silverstone since 2019.
""", [
    F("0.218 seconds", 0.218, "s", "C", None, "Reinholt's margin over Marchetti|margin|gap|lap|Reinholt", PUB, None,
      kind_alt=["level"], direction_alt=["decrease"]),
    F("61 points", 61, "point", "L", None, "Penhaligon's championship lead|lead|standings|Penhaligon", PUB, None,
      kind_alt=["change", "count"], period_alt=[None]),
    F("11", 11, "#round", "L", None, "rounds completed|rounds", PUB, None, ctx="after 11", period_alt=[None]),
    F("24", 24, "#round", "L", None, "rounds in the championship|rounds|season", Y(2025), None, ctx="the 24 rounds",
      period_alt=[None]),
    F("0.304 seconds", 0.304, "s", "C", None, "Penhaligon's gap to pole|gap|Penhaligon", PUB, None, kind_alt=["level"],
      direction_alt=["increase"]),
    F("0.79 seconds", 0.79, "s", "L", None, "spread of the top 10|gap|top 10", PUB, None, kind_alt=["change"]),
    AGE("43", 43, "Fernando Albarrán", alts="Albarrán"),
    F("0.012 seconds", 0.012, "s", "C", None, "Albarrán's margin of elimination|margin|gap|Albarrán", PUB, None,
      kind_alt=["level"]),
    F("44 degrees Celsius", 44, "C", "L", None, "track temperatures|track temperature|temperature", PUB, None),
    F("two", 2, "#stop", "L", None, "pit stops|stops", nxt(PUB, "Sunday"), "Pirelli", ctx="two pit stops"),
    F("52 laps", 52, "lap", "L", None, "race distance|race|laps", nxt(PUB, "Sunday"), None, kind_alt=["count"],
      unit_alt=["count"]),
    AGE("24", 24, "Tomas Reinholt", ctx="Reinholt, 24", alts="Reinholt"),
    F("two", 2, "#race", "L", None, "Reinholt's race wins|race wins|races|Reinholt", Y(2025), None, ctx="won two races"),
    F("164,000", 164000, "#spectator", "L", None, "qualifying crowd|crowd|attendance", PUB, None, unit_alt=["person"]),
    F("500,000", 500000, "#spectator", "L", None, "weekend attendance|attendance|crowd", (plus(PUB, -2), plus(PUB, 1)),
      "organisers", unit_alt=["person"], direction_alt=["increase"]),
    F("four days", 4, "day", "L", None, "length of the event|weekend|event", (plus(PUB, -2), plus(PUB, 1)), "organisers"),
    F("312 points", 312, "point", "L", None, "Halcyon's constructors' points|points|Halcyon", PUB, None,
      kind_alt=["count"], period_alt=[Y(2025), None]),
    F("298", 298, "point", "L", None, "Arrowline's constructors' points|points|Arrowline", PUB, None,
      kind_alt=["count"], period_alt=[Y(2025), None]),
], ex=["four straight poles", "third", "top 10", "first session", "17th place", "0.304 seconds off"])

# ---------------------------------------------------------------- 32 F1 race report (winning margin, points)
PUB = "2026-05-03"
story("b54-32", PUB, """
Jules Marchetti won the Miami Grand Prix by 4.371 seconds on Sunday, holding off a late charge from Oscar Penhaligon to cut his rival's lead in the championship to 23 points.

Marchetti, who started from pole, lost the lead on the opening lap but regained it when Penhaligon made his only pit stop on lap 31 of 57. The Frenchman set the fastest lap of the race on lap 49, earning an extra point.

Penhaligon's second place left him on 142 points after six races, with Marchetti on 119 and Tomas Reinholt third on 96. Halcyon's 215 points put it 38 clear of Arrowline in the constructors' standings.

Temperatures of 31C and humidity of nearly 70% made it one of the most demanding races of the season. Three cars retired, including both Vantor entries, and a safety car period lasting four laps bunched the field after 20 laps.

"I had nothing left in the last 10 laps," said Marchetti, 27, who finished 12 seconds clear of third-placed Reinholt. "My drink bottle stopped working at half distance."

Race organisers said 275,000 people attended over three days, about 5% fewer than last year.
""", [
    F("4.371 seconds", 4.371, "s", "C", None, "Marchetti's winning margin|winning margin|margin|Marchetti", PUB, None,
      kind_alt=["level"]),
    F("23 points", 23, "point", "L", "dn", "Penhaligon's championship lead|lead|championship|Penhaligon", PUB, None,
      kind_alt=["change", "count"]),
    F("31", 31, "lap", "L", None, "lap of Penhaligon's pit stop|lap|pit stop", PUB, None, ctx="lap 31",
      kind_alt=["count"], unit_alt=["count", None]),
    F("57", 57, "lap", "L", None, "race distance|laps|race", PUB, None, ctx="of 57", kind_alt=["count"], unit_alt=["count"]),
    F("49", 49, "lap", "L", None, "lap of the fastest lap|fastest lap|lap", PUB, None, ctx="lap 49", kind_alt=["count"],
      unit_alt=["count", None]),
    F("142 points", 142, "point", "L", None, "Penhaligon's points|points|Penhaligon", PUB, None, kind_alt=["count"]),
    F("six", 6, "#race", "L", None, "races held|races", PUB, None, ctx="after six races"),
    F("119", 119, "point", "L", None, "Marchetti's points|points|Marchetti", PUB, None, kind_alt=["count"]),
    F("96", 96, "point", "L", None, "Reinholt's points|points|Reinholt", PUB, None, kind_alt=["count"]),
    F("215 points", 215, "point", "L", None, "Halcyon's constructors' points|points|Halcyon", PUB, None,
      kind_alt=["count"]),
    F("38", 38, "point", "C", None, "Halcyon's lead over Arrowline|lead|Halcyon", PUB, None, ctx="38 clear",
      kind_alt=["level", "count"]),
    F("31C", 31, "C", "L", None, "temperatures|temperature", PUB, None),
    F("70%", 70, "%", "L", None, "humidity", PUB, None, kind_alt=["share"]),
    F("Three", 3, "#car", "L", None, "cars retired|retirements|cars", PUB, None, ctx="Three cars"),
    F("four laps", 4, "lap", "L", None, "safety car period|safety car|period", PUB, None, kind_alt=["count"]),
    F("20 laps", 20, "lap", "L", None, "laps before the safety car|laps", PUB, None, kind_alt=["count"]),
    F("10 laps", 10, "lap", "L", None, "final laps|laps", PUB, "Jules Marchetti", kind_alt=["count"], source_alt=["Marchetti"]),
    AGE("27", 27, "Jules Marchetti", ctx="Marchetti, 27", alts="Marchetti"),
    F("12 seconds", 12, "s", "C", None, "Marchetti's margin over Reinholt|margin|Marchetti|Reinholt", PUB, None,
      kind_alt=["level"]),
    F("275,000", 275000, "#person", "L", "dn", "race weekend attendance|attendance|people", (plus(PUB, -2), PUB),
      "race organisers", source_alt=["organisers"], direction_alt=[None]),
    F("5%", 5, "%", "C", "dn", "race weekend attendance|attendance|people", (plus(PUB, -2), PUB), "race organisers",
      source_alt=["organisers"]),
], ex=["opening lap", "only pit stop", "second place", "third on", "one of the most", "third-placed",
       "half distance", "three days"])

# ---------------------------------------------------------------- 33 Rugby union Six Nations (tries, caps, attendance)
PUB = "2026-02-14"
story("b54-33", PUB, """
Ireland kept their Six Nations title defence on track with a 27-24 win over France in Dublin on Saturday, a late penalty from replacement fly-half Cian Doherty settling a match that swung back and forth in front of 51,700 fans at the Aviva Stadium.

Doherty, 22, kicked the decisive three points with two minutes left after France were penalised at a scrum. It was his first Test points in only his fourth cap.

Ireland scored three tries to France's two, with wing Ronan Keating-Moore crossing twice to take his tally to 19 tries in 34 Tests. France's captain, Antoine Lefevre, was sin-binned for 10 minutes early in the second half, during which Ireland scored 10 unanswered points.

The hosts made 187 tackles and missed 21, while France enjoyed 58% of possession and carried the ball for 642 metres to Ireland's 511.

"We had to defend for our lives," said Ireland coach Neil Farrelly. Ireland have now won 21 of their past 24 home Six Nations matches.

Ireland top the table with nine points after two rounds, one ahead of England, who beat Italy 38-15 in Rome.
""", [
    F("51,700", 51700, "#fan", "L", None, "crowd at the Aviva Stadium|crowd|fans|attendance", PUB, None,
      unit_alt=["person", "spectator"]),
    AGE("22", 22, "Cian Doherty", alts="Doherty"),
    F("three points", 3, "point", "L", None, "Doherty's decisive penalty|penalty|points|Doherty", PUB, None,
      kind_alt=["count", "change"]),
    F("two minutes", 2, "minute", "L", None, "time left|minutes left|time", PUB, None),
    F("three", 3, "#try", "L", None, "Ireland's tries|tries|Ireland", PUB, None, ctx="scored three tries"),
    F("two", 2, "#try", "L", None, "France's tries|tries|France", PUB, None, ctx="France's two"),
    F("twice", 2, "#try", "L", None, "Keating-Moore's tries|tries|Keating-Moore", PUB, None, unit_alt=["time"]),
    F("19", 19, "#try", "L", None, "Keating-Moore's career tries|tries|Keating-Moore", PUB, None, ctx="19 tries"),
    F("34", 34, "#test", "L", None, "Keating-Moore's Tests|Tests|caps|Keating-Moore", PUB, None, ctx="34 Tests"),
    F("10 minutes", 10, "minute", "L", None, "Lefevre's sin-bin|sin-bin|Lefevre", PUB, None),
    F("10", 10, "point", "L", None, "Ireland's unanswered points|points|Ireland", PUB, None, ctx="scored 10 unanswered",
      kind_alt=["count"]),
    F("187", 187, "#tackle", "L", None, "Ireland's tackles made|tackles|Ireland", PUB, None),
    F("21", 21, "#tackle", "L", None, "Ireland's missed tackles|missed tackles|tackles", PUB, None, ctx="missed 21"),
    F("58%", 58, "%", "S", None, "France's possession|possession|France", PUB, None),
    F("642 metres", 642, "m", "L", None, "France's carrying metres|metres carried|metres|France", PUB, None),
    F("511", 511, "m", "L", None, "Ireland's carrying metres|metres carried|metres|Ireland", PUB, None),
    F("21", 21, "#match", "L", None, "Ireland's home Six Nations wins|wins|matches|Ireland", (None, PUB), None,
      ctx="won 21", period_alt=[None]),
    F("24", 24, "#match", "L", None, "Ireland's home Six Nations matches|matches|Ireland", (None, PUB), None,
      ctx="past 24", period_alt=[None]),
    F("nine points", 9, "point", "L", None, "Ireland's table points|points|Ireland", PUB, None, kind_alt=["count"]),
    F("one", 1, "point", "C", None, "Ireland's lead over England|lead|Ireland", PUB, None, ctx="one ahead",
      kind_alt=["level", "count"]),
], ex=["27-24", "38-15", "Six Nations", "fly-half", "first Test", "fourth cap", "second half", "two rounds"])

# ---------------------------------------------------------------- 34 Golf (under par, strokes, prize money)
PUB = "2025-04-13"
story("b54-34", PUB, """
Lucas Brandvold closed with a 5-under-par 67 to win the Heron Bay Classic by four strokes on Sunday, finishing at 17 under and collecting $1.62 million from the $9 million purse.

The 29-year-old Norwegian, who started the day one shot ahead, made six birdies and a lone bogey and pulled away with three straight birdies from the 13th hole. It was his third PGA Tour victory and first since 2023.

Australia's Kieran Macauley, who shot a 64 with eight birdies and no bogeys, finished second at 13 under alongside American Drew Patterson (70). Defending champion Sam Whitlock was another stroke back in a tie for fourth.

Brandvold hit 47 of 56 fairways over four rounds and led the field in strokes gained putting, needing just 101 putts. He also averaged 312.4 yards off the tee, according to ShotLink data.

The victory lifts him from 38th to about 15th in the world ranking. "My mum flew 8,000 kilometres to watch, so I had to finish it off," Brandvold said.

The cut fell at 1 over par, with 71 players making it to the weekend.
""", [
    F("5-under-par", 5, "stroke", "L", None, "Brandvold's final-round score to par|score|round|Brandvold", PUB, None,
      kind_alt=["count"], unit_alt=["under par", None]),
    F("67", 67, "stroke", "L", None, "Brandvold's final round|round|score|Brandvold", PUB, None, ctx="67 to win",
      kind_alt=["count"], unit_alt=[None]),
    F("four strokes", 4, "stroke", "C", None, "Brandvold's winning margin|margin|Brandvold", PUB, None,
      kind_alt=["level", "count"]),
    F("17 under", 17, "stroke", "L", None, "Brandvold's total score to par|score|Brandvold", (plus(PUB, -3), PUB), None,
      kind_alt=["count"], unit_alt=["under par", None], period_alt=[PUB]),
    F("$1.62 million", 1.62e6, "$", "L", None, "winner's prize|prize|Brandvold", PUB, None),
    F("$9 million", 9e6, "$", "L", None, "tournament purse|purse", None, None, period_alt=[PUB]),
    AGE("29-year-old", 29, "Lucas Brandvold", alts="Brandvold"),
    F("one shot", 1, "stroke", "L", None, "Brandvold's overnight lead|lead|Brandvold", plus(PUB, -1), None,
      kind_alt=["change", "count"], period_alt=[PUB]),
    F("six", 6, "#birdie", "L", None, "Brandvold's birdies|birdies|Brandvold", PUB, None, ctx="made six birdies"),
    F("three", 3, "#birdie", "L", None, "consecutive birdies|birdies", PUB, None, ctx="three straight birdies"),
    F("64", 64, "stroke", "L", None, "Macauley's final round|round|score|Macauley", PUB, None, kind_alt=["count"],
      unit_alt=[None]),
    F("eight", 8, "#birdie", "L", None, "Macauley's birdies|birdies|Macauley", PUB, None, ctx="eight birdies"),
    F("13 under", 13, "stroke", "L", None, "Macauley's and Patterson's total to par|score|Macauley|Patterson",
      (plus(PUB, -3), PUB), None, kind_alt=["count"], unit_alt=["under par", None], period_alt=[PUB]),
    F("70", 70, "stroke", "L", None, "Patterson's final round|round|score|Patterson", PUB, None, ctx="(70)",
      kind_alt=["count"], unit_alt=[None]),
    F("47", 47, "#fairway", "L", None, "fairways hit by Brandvold|fairways|Brandvold", (plus(PUB, -3), PUB), None,
      ctx="47 of 56"),
    F("56", 56, "#fairway", "L", None, "fairways|fairways available", (plus(PUB, -3), PUB), None, ctx="of 56"),
    F("101", 101, "#putt", "L", None, "Brandvold's putts|putts|Brandvold", (plus(PUB, -3), PUB), None),
    F("312.4 yards", 312.4, "yard", "L", None, "Brandvold's driving distance|driving distance|tee|Brandvold",
      (plus(PUB, -3), PUB), "ShotLink", source_alt=["ShotLink data", "data"]),
    F("8,000 kilometres", 8000, "km", "L", None, "distance flown by Brandvold's mother|distance|mum|mother", None,
      "Lucas Brandvold", source_alt=["Brandvold"]),
    F("1 over par", 1, "stroke", "L", None, "cut line|cut", plus(PUB, -2), None, kind_alt=["count"],
      unit_alt=["over par", None], period_alt=[PUB]),
    F("71", 71, "#player", "L", None, "players making the cut|players|cut", plus(PUB, -2), None, ctx="71 players",
      period_alt=[PUB]),
], ex=["13th hole", "third PGA Tour victory", "first since", "second", "tie for fourth", "38th", "15th",
       "four rounds", "a lone bogey", "another stroke"])

# ---------------------------------------------------------------- 35 Marathon (course record, finishers, weather)
PUB = "2025-10-12"
story("b54-35", PUB, """
Kenya's Daniel Kiprop broke the Chicago Marathon course record on Sunday, winning in 2:03:51 to shave 41 seconds off the previous mark, while Ethiopia's Tigist Alemu took the women's race in 2:16:08.

Kiprop, 26, ran the second half in 61 minutes 2 seconds and pulled clear of compatriot Josphat Kemboi after 35 kilometres, eventually winning by 58 seconds. It was only his third marathon.

Alemu, the 2023 world championship silver medallist, finished 1 minute 14 seconds ahead of American Kara Whitfield, whose time of 2:17:22 was a national record by 9 seconds.

A record 52,400 runners finished, up from 50,300 last year, organisers said, with starting temperatures of about 9 degrees Celsius (48 Fahrenheit) and little wind.

Kiprop and Alemu each earned $100,000 in prize money plus a $50,000 bonus for the course record, and Kiprop also took a time bonus. Organisers estimate the race generates about $690 million for the city's economy.

"At 30K I felt I could go faster," Kiprop said. "Maybe next year, 2:02."

The fastest 10 percent of finishers came from 38 countries, organisers said.
""", [
    F("41 seconds", 41, "s", "C", "dn", "Chicago Marathon course record|course record|record", PUB, None,
      kind_alt=["level"], direction_alt=[None]),
    AGE("26", 26, "Daniel Kiprop", alts="Kiprop"),
    F("35 kilometres", 35, "km", "L", None, "point where Kiprop pulled clear|distance|kilometres", PUB, None),
    F("58 seconds", 58, "s", "C", None, "Kiprop's winning margin|margin|Kiprop", PUB, None, kind_alt=["level"]),
    F("9 seconds", 9, "s", "C", "dn", "U.S. national marathon record|national record|record|Whitfield", PUB, None,
      kind_alt=["level"], direction_alt=[None]),
    F("52,400", 52400, "#runner", "L", "up", "marathon finishers|finishers|runners", PUB, "organisers",
      direction_alt=[None]),
    F("50,300", 50300, "#runner", "L", None, "marathon finishers|finishers|runners", Y(2024), "organisers"),
    F("9 degrees Celsius", 9, "C", "L", None, "starting temperatures|temperature", PUB, "organisers"),
    F("48 Fahrenheit", 48, "F", "L", None, "starting temperatures|temperature", PUB, "organisers"),
    F("$100,000", 100000, "$", "L", None, "prize money for each winner|prize money|prize", PUB, None),
    F("$50,000", 50000, "$", "L", None, "course-record bonus|bonus", PUB, None),
    F("$690 million", 690e6, "$", "L", None, "race's economic impact|economy|impact|race", None, "organisers",
      unit_alt=["USD per year"]),
    F("30K", 30, "km", "L", None, "point in the race|distance|race", PUB, "Daniel Kiprop", source_alt=["Kiprop"]),
    F("10 percent", 10, "%", "S", None, "fastest finishers|finishers", PUB, "organisers"),
    F("38", 38, "#country", "L", None, "countries of the fastest finishers|countries|finishers", PUB, "organisers",
      ctx="38 countries"),
], ex=["2:03:51", "2:16:08", "2:17:22", "2:02", "61 minutes 2 seconds", "1 minute 14 seconds", "second half",
       "third marathon", "next year"])

# ---------------------------------------------------------------- 36 Swimming worlds (times in seconds, records)
PUB = "2025-08-01"
story("b54-36", PUB, """
Australia's Maisie Trelawney broke the women's 100 metres freestyle world record at the world championships in Singapore on Friday, touching in 51.62 seconds to take 0.09 seconds off a mark that had stood since 2016.

The 19-year-old, who was only fourth at the halfway turn, came home in 26.71 for the second 50 metres. Canada's Elodie Fortin took silver in 52.18 and American Hannah Greer bronze in 52.40.

"I didn't even look at the board until I heard the crowd," said Trelawney, who is coached by her father. She now holds three individual world records.

In the men's 200 metres butterfly, Hungary's Bence Szalai won in 1:51.44, his third straight world title, while China's Wang Haoran clocked 20.91 seconds in the 50 metres freestyle semi-finals, the fastest time in the world this year by 0.14 seconds.

Australia lead the medal table with 11 golds and 23 medals in total after six days of pool competition, two golds ahead of the United States.

About 9,400 spectators packed the arena, which holds 10,000. Organisers said more than 1.2 million people had watched the session on the championship's streaming service, a 35% increase on the equivalent day in Fukuoka two years ago.
""", [
    F("51.62 seconds", 51.62, "s", "L", None, "Trelawney's winning time|time|world record|Trelawney", PUB, None),
    F("0.09 seconds", 0.09, "s", "C", "dn", "women's 100 metres freestyle world record|world record|record", PUB, None,
      kind_alt=["level"], direction_alt=[None]),
    AGE("19-year-old", 19, "Maisie Trelawney", alts="Trelawney"),
    F("26.71", 26.71, "s", "L", None, "Trelawney's second 50 metres split|split|second 50 metres|Trelawney", PUB, None),
    F("52.18", 52.18, "s", "L", None, "Fortin's time|time|Fortin", PUB, None),
    F("52.40", 52.40, "s", "L", None, "Greer's time|time|Greer", PUB, None),
    F("three", 3, "#record", "L", None, "Trelawney's individual world records|world records|records|Trelawney", PUB, None,
      ctx="holds three"),
    F("20.91 seconds", 20.91, "s", "L", None, "Wang's 50 metres freestyle time|time|Wang", PUB, None),
    F("0.14 seconds", 0.14, "s", "C", None, "Wang's margin over the next fastest time this year|margin|time|Wang", Y(2025), None,
      kind_alt=["level"], period_alt=[PUB, ("2025-01", "2025-08")]),
    F("11", 11, "#gold", "L", None, "Australia's gold medals|golds|Australia", PUB, None, ctx="11 golds",
      unit_alt=["gold medal", "medal"]),
    F("23", 23, "#medal", "L", None, "Australia's total medals|medals|Australia", PUB, None, ctx="23 medals"),
    F("two", 2, "#gold", "C", None, "Australia's lead over the United States in golds|lead|golds|Australia", PUB, None,
      ctx="two golds ahead", kind_alt=["level"], unit_alt=["gold medal", "medal"]),
    F("9,400", 9400, "#spectator", "L", None, "spectators|crowd|attendance", PUB, None, unit_alt=["person"]),
    F("10,000", 10000, "#seat", "L", None, "arena capacity|arena|capacity|seats", None, None),
    F("1.2 million", 1.2e6, "#person", "L", None, "streaming viewers|people|viewers|streaming", PUB, "organisers"),
    F("35%", 35, "%", "C", "up", "streaming viewers|viewers|people|streaming", PUB, "organisers"),
], ex=["100 metres", "world championships", "fourth at the halfway", "second 50 metres", "200 metres", "1:51.44",
       "third straight", "50 metres freestyle", "six days", "two years ago"])

# ---------------------------------------------------------------- 37 NBA contract (years, average, guaranteed)
PUB = "2026-07-07"
story("b54-37", PUB, """
Guard DeShawn Merritt has agreed to a $285 million contract extension over five years with the Portland Trail Blazers, the largest deal in franchise history, his agent told ESPN on Tuesday.

The supermax extension, which begins in the 2027-28 season, will pay Merritt an average of $57 million a year and includes a player option for the final season, according to people familiar with the terms. About $262 million of the total is fully guaranteed.

Merritt, 25, averaged 28.4 points, 6.1 rebounds and 7.3 assists last season, when he was named to the All-NBA second team, making him eligible to sign for up to 35% of the salary cap. The cap is projected to rise 10% to $170.6 million for next season, the league told teams last week.

He still has two years and about $91 million left on his current rookie-scale extension.

"He wanted to be here, and we wanted him here for the long haul," Blazers general manager Colin Sato said. Portland won 47 games last season, 21 more than the year before, and reached the Western Conference semi-finals for the first time since 2019.

The Blazers have about $182 million committed to 13 players for next season, putting them roughly $8 million under the luxury-tax threshold, according to salary data website Capspace.
""", [
    F("five years", 5, "year", "L", None, "length of Merritt's contract extension|contract length|contract|extension", None,
      "agent", source_alt=["ESPN", "Merritt's agent"]),
    F("$285 million", 285e6, "$", "L", None, "Merritt's contract extension|contract|extension|deal", ("2027-10", "2032-06"),
      "agent", source_alt=["ESPN", "Merritt's agent"], period_alt=[None]),
    F("$57 million", 57e6, "$", "L", None, "Merritt's average annual salary|average salary|salary|pay", ("2027-10", "2032-06"),
      "people familiar with the terms", unit_alt=["USD per year"], source_alt=["people"], period_alt=[None]),
    F("$262 million", 262e6, "$", "L", None, "guaranteed money|guaranteed|total", None, None,
      source_alt=["people familiar with the terms"]),
    AGE("25", 25, "DeShawn Merritt", ctx="Merritt, 25", alts="Merritt"),
    F("28.4 points", 28.4, "point", "L", None, "Merritt's scoring average|points|Merritt", ("2025-10", "2026-06"), None,
      unit_alt=["point per game"], period_alt=[Y(2025), ("2025-10", "2026-04")]),
    F("6.1 rebounds", 6.1, "rebound", "L", None, "Merritt's rebounding average|rebounds|Merritt", ("2025-10", "2026-06"), None,
      unit_alt=["rebound per game"], period_alt=[Y(2025), ("2025-10", "2026-04")]),
    F("7.3 assists", 7.3, "assist", "L", None, "Merritt's assists average|assists|Merritt", ("2025-10", "2026-06"), None,
      unit_alt=["assist per game"], period_alt=[Y(2025), ("2025-10", "2026-04")]),
    F("35%", 35, "%", "S", None, "maximum share of the salary cap|salary cap|cap", None, None),
    F("10%", 10, "%", "C", "up", "NBA salary cap|salary cap|cap", ("2026-10", "2027-06"), "league",
      source_alt=["NBA"], period_alt=[None]),
    F("$170.6 million", 170.6e6, "$", "L", "up", "NBA salary cap|salary cap|cap", ("2026-10", "2027-06"), "league",
      source_alt=["NBA"], period_alt=[None]),
    F("two years", 2, "year", "L", None, "years left on current contract|contract|years", None, None),
    F("$91 million", 91e6, "$", "L", None, "money left on current contract|current contract|contract|extension",
      ("2026-10", "2027-06"), None, period_alt=[None]),
    F("47", 47, "#game", "L", "up", "Portland's wins|games|wins|Portland", ("2025-10", "2026-06"), "Colin Sato",
      ctx="won 47", unit_alt=["win"], source_alt=["Sato"], direction_alt=[None], period_alt=[("2025-10", "2026-04")]),
    F("21", 21, "#game", "C", "up", "Portland's wins|games|wins|Portland", ("2025-10", "2026-06"), "Colin Sato",
      ctx="21 more", unit_alt=["win"], source_alt=["Sato"], period_alt=[("2025-10", "2026-04")]),
    F("$182 million", 182e6, "$", "L", None, "Blazers' committed salary|committed salary|payroll|salary",
      ("2026-10", "2027-06"), "Capspace", source_alt=["salary data website"]),
    F("13", 13, "#player", "L", None, "players under contract|players", ("2026-10", "2027-06"), "Capspace",
      source_alt=["salary data website"]),
    F("$8 million", 8e6, "$", "C", "dn", "room under the luxury-tax threshold|luxury-tax threshold|threshold|payroll",
      ("2026-10", "2027-06"), "Capspace", source_alt=["salary data website"], kind_alt=["level"], direction_alt=[None]),
], ex=["2027-28", "second team", "first time", "final season", "rookie-scale", "All-NBA"])

# ---------------------------------------------------------------- 38 Women's football attendances (average, season tickets)
PUB = "2025-05-26"
story("b54-38", PUB, """
Average attendance in the Women's Super League rose to a record 8,950 this season, up 23% from 7,280 in 2023-24, figures released by the league on Monday showed, as clubs moved more matches into their main stadiums.

Total attendance across the 132 league matches reached 1.18 million, compared with 961,000 the previous season. Arsenal drew the biggest average crowd for a third straight year, at 28,700, more than three times the league average, while eight of the 12 clubs set new highs.

The single largest crowd was 60,160 at the Emirates Stadium for the north London derby in November, just short of the league record of 60,500.

Season-ticket sales for 2025-26 have already passed 41,000, about two-thirds more than at the same point last year, said Nikki Langford, the league's chief executive. "Two years ago we would have celebrated 5,000 at some grounds. Now that is a bad day."

Broadcast audiences were also up: an average of 410,000 people watched televised matches, a 14% increase, according to data from audience measurement body Barb.

However, a study by the consultancy Fieldline estimated that only three clubs broke even last season, with total losses across the league of about £38m.
""", [
    F("8,950", 8950, "#spectator", "L", "up", "average WSL attendance|average attendance|attendance", ("2024-09", "2025-05"),
      "league", source_alt=["Women's Super League", "WSL", "figures"], unit_alt=["person", "fan"]),
    F("23%", 23, "%", "C", "up", "average WSL attendance|average attendance|attendance", ("2024-09", "2025-05"), "league",
      source_alt=["Women's Super League", "WSL", "figures"]),
    F("7,280", 7280, "#spectator", "L", None, "average WSL attendance|average attendance|attendance", ("2023-09", "2024-05"),
      "league", source_alt=["Women's Super League", "WSL", "figures"], unit_alt=["person", "fan"]),
    F("132", 132, "#match", "L", None, "league matches|matches", ("2024-09", "2025-05"), None),
    F("1.18 million", 1.18e6, "#spectator", "L", "up", "total WSL attendance|total attendance|attendance",
      ("2024-09", "2025-05"), None, unit_alt=["person", "fan"], direction_alt=[None], source_alt=["league"]),
    F("961,000", 961000, "#spectator", "L", None, "total WSL attendance|total attendance|attendance", ("2023-09", "2024-05"),
      None, unit_alt=["person", "fan"], source_alt=["league"]),
    F("28,700", 28700, "#spectator", "L", None, "Arsenal's average crowd|average crowd|crowd|Arsenal", ("2024-09", "2025-05"),
      None, unit_alt=["person", "fan"], source_alt=["league"]),
    F("three times", 3, None, "R", None, "Arsenal's average crowd relative to the league average|crowd|Arsenal",
      ("2024-09", "2025-05"), None, unit_alt=["times"], direction_alt=["increase"], source_alt=["league"]),
    F("eight", 8, "#club", "L", None, "clubs setting new attendance highs|clubs|highs", ("2024-09", "2025-05"), None,
      ctx="eight of the 12", source_alt=["league"]),
    F("12", 12, "#club", "L", None, "WSL clubs|clubs|league", None, None, ctx="the 12 clubs"),
    F("60,160", 60160, "#spectator", "L", None, "largest single crowd|crowd", M(2024, 11), None, unit_alt=["person", "fan"]),
    F("60,500", 60500, "#spectator", "L", None, "league record crowd|record|crowd", None, None, unit_alt=["person", "fan"]),
    F("41,000", 41000, "#ticket", "L", "up", "season-ticket sales|season tickets|sales", PUB, "Nikki Langford",
      source_alt=["Langford", "league"], unit_alt=["season ticket"], direction_alt=[None]),
    FR("two-thirds", 2, 3, "C", "up", "season-ticket sales|season tickets|sales", PUB, "Nikki Langford",
       source_alt=["Langford", "league"]),
    F("5,000", 5000, "#spectator", "L", None, "crowds at some grounds|crowd|grounds", ("2023-01", "2023-12"),
      "Nikki Langford", source_alt=["Langford"], unit_alt=["person", "fan"], period_alt=[None, year_ago(year_ago(PUB))]),
    F("410,000", 410000, "#person", "L", "up", "average TV audience|broadcast audiences|audience|people",
      ("2024-09", "2025-05"), "Barb", source_alt=["data", "audience measurement body"], direction_alt=[None],
      unit_alt=["viewer"]),
    F("14%", 14, "%", "C", "up", "average TV audience|broadcast audiences|audience", ("2024-09", "2025-05"), "Barb",
      source_alt=["data", "audience measurement body"]),
    F("three", 3, "#club", "L", None, "clubs breaking even|clubs", ("2023-09", "2024-05"), "Fieldline",
      ctx="only three clubs", source_alt=["study", "consultancy"], period_alt=[("2024-09", "2025-05")]),
    F("£38m", 38e6, "£", "L", None, "total losses across the league|losses|league", ("2023-09", "2024-05"), "Fieldline",
      source_alt=["study", "consultancy"], period_alt=[("2024-09", "2025-05")]),
], ex=["2023-24", "2025-26", "third straight year", "Two years ago", "Season-ticket"])

# ---------------------------------------------------------------- 39 Obituary: rugby great (age, caps, years active)
PUB = "2026-01-28"
story("b54-39", PUB, """
Gwilym Pryce-Evans, the Welsh fly-half whose drop goals won two Five Nations titles and who later coached Wales for six years, has died at the age of 84, his family said on Wednesday.

Born in Ammanford in 1941, Pryce-Evans made his debut against England at Twickenham in 1963 and went on to win 46 caps over 12 seasons, scoring 211 points, a Welsh record that stood for almost two decades. He kicked 14 drop goals in Tests, still the most by a Wales player.

He toured twice with the British and Irish Lions, playing in five Tests, and captained Wales 18 times, winning 13.

A schoolteacher throughout his playing career, as was common in the amateur era, he was paid nothing for rugby until he became national coach in 1985 on a salary of £14,000 a year. Under him, Wales won 21 of 42 matches between 1985 and 1991.

"He taught half of Llanelli to read and the other half to kick," said former Wales captain Rhodri Bevan, 71.

Pryce-Evans is survived by his wife of 59 years, Mair, three children and seven grandchildren. A memorial service will be held at Carmarthen Cathedral, which seats about 600 people.
""", [
    F("two", 2, "#title", "L", None, "Five Nations titles won by his drop goals|titles|Pryce-Evans", None, None,
      ctx="won two Five Nations"),
    F("six years", 6, "year", "L", None, "Pryce-Evans's time as Wales coach|coaching tenure|coach|Pryce-Evans",
      ("1985-01", "1991-12"), None, period_alt=[None]),
    AGE("84", 84, "Gwilym Pryce-Evans", alts="Pryce-Evans"),
    F("46 caps", 46, "cap", "L", None, "Pryce-Evans's caps|caps|Pryce-Evans", ("1963-01", "1975-12"), None,
      kind_alt=["count"], unit_alt=["count"], period_alt=[None]),
    F("12 seasons", 12, "season", "L", None, "length of Pryce-Evans's Test career|career|seasons|Pryce-Evans", None, None,
      kind_alt=["count"]),
    F("211 points", 211, "point", "L", None, "Pryce-Evans's Test points|points|Pryce-Evans", ("1963-01", "1975-12"), None,
      kind_alt=["count"], period_alt=[None]),
    F("two decades", 20, "year", "L", None, "duration of the Welsh points record|record", None, None,
      unit_alt=["decade"], value_alt=[2]),
    F("14", 14, "#drop goal", "L", None, "Pryce-Evans's Test drop goals|drop goals|Pryce-Evans", None, None,
      ctx="kicked 14", unit_alt=["goal"]),
    F("twice", 2, "#tour", "L", None, "Lions tours|tours|Pryce-Evans", None, None, unit_alt=["time"]),
    F("five", 5, "#test", "L", None, "Lions Tests played|Tests|Pryce-Evans", None, None, ctx="in five Tests"),
    F("18 times", 18, "time", "L", None, "matches as Wales captain|captaincy|Pryce-Evans", None, None, kind_alt=["count"],
      unit_alt=["count", "match"]),
    F("13", 13, "#match", "L", None, "wins as captain|wins|matches|Pryce-Evans", None, None, ctx="winning 13",
      unit_alt=["win"]),
    F("£14,000", 14000, "£", "L", None, "Pryce-Evans's coaching salary|salary|Pryce-Evans", Y(1985), None,
      unit_alt=["GBP per year"], period_alt=[None]),
    F("21", 21, "#match", "L", None, "Wales wins under Pryce-Evans|wins|matches|Wales", ("1985-01", "1991-12"), None,
      ctx="won 21", unit_alt=["win"]),
    F("42", 42, "#match", "L", None, "matches with Pryce-Evans as coach|matches|Wales", ("1985-01", "1991-12"), None,
      ctx="of 42"),
    FR("half", 1, 2, "S", None, "people of Llanelli taught to read|Llanelli", None, "Rhodri Bevan", ctx="taught half",
       source_alt=["Bevan"]),
    AGE("71", 71, "Rhodri Bevan", alts="Bevan"),
    F("59 years", 59, "year", "L", None, "Pryce-Evans's marriage|marriage|wife", None, None),
    F("three", 3, "#child", "L", None, "Pryce-Evans's children|children", PUB, None, ctx="three children",
      period_alt=[None]),
    F("seven", 7, "#grandchild", "L", None, "Pryce-Evans's grandchildren|grandchildren", PUB, None, ctx="seven grandchildren",
      period_alt=[None]),
    F("600", 600, "#person", "L", None, "Carmarthen Cathedral capacity|capacity|cathedral|people", None, None,
      unit_alt=["seat"]),
], ex=["Five Nations", "the other half", "between 1985 and 1991", "fly-half"])

# ---------------------------------------------------------------- 40 Obituary: F1 designer (years active, titles)
PUB = "2025-12-02"
story("b54-40", PUB, """
Harald Østergaard, the Danish engineer whose cars won seven Formula One constructors' championships across three decades, died on Monday in Oxfordshire. He was 91.

His death was announced by the Arrowline team, where he worked from 1968 until his retirement in 2004, a span of 36 years in which its cars won 94 grands prix and 11 drivers' titles.

Østergaard, who trained as a shipbuilder in Aarhus, joined the sport after designing hydrofoils. His first car, the 1969 AR2, weighed just 540 kilograms and won five of the 11 races that season.

He was an early champion of wind-tunnel testing, and at his insistence Arrowline spent roughly a quarter of its budget on aerodynamics by the late 1970s, when most rivals spent less than a tenth.

"He could see airflow the way other people see colours," said Pippa Lancaster, Arrowline's team principal. The team's current factory at Bicester, which employs about 1,100 people, was designed to his sketches in 1991.

He was appointed CBE in 1998. His wife, Ingrid, died in 2019. He is survived by two sons.

Flags at the Arrowline factory will fly at half-mast for seven days, the team said.
""", [
    F("seven", 7, "#championship", "L", None, "constructors' championships won by his cars|championships|Østergaard", None,
      None, ctx="won seven", unit_alt=["title"]),
    F("91", 91, None, "L", None, "Harald Østergaard|Østergaard|age", None, None, ctx="He was 91",
      unit_alt=["year"], kind_alt=["count", "year"]),
    F("36 years", 36, "year", "L", None, "Østergaard's time at Arrowline|span|career|Østergaard", ("1968-01", "2004-12"),
      "Arrowline", source_alt=["team"]),
    F("94", 94, "#grand prix", "L", None, "grands prix won by Arrowline|grands prix|wins|Arrowline", ("1968-01", "2004-12"),
      "Arrowline", ctx="won 94", unit_alt=["race", "win", "prix"], source_alt=["team"]),
    F("11", 11, "#title", "L", None, "drivers' titles won by Arrowline|drivers' titles|titles|Arrowline",
      ("1968-01", "2004-12"), "Arrowline", ctx="11 drivers", source_alt=["team"]),
    F("540 kilograms", 540, "kg", "L", None, "weight of the AR2|weight|AR2|car", Y(1969), None),
    F("five", 5, "#race", "L", None, "races won by the AR2|races|wins|AR2", Y(1969), None, ctx="won five"),
    F("11", 11, "#race", "L", None, "races in the 1969 season|races|season", Y(1969), None, ctx="the 11 races"),
    FR("a quarter", 1, 4, "S", None, "Arrowline's budget share for aerodynamics|aerodynamics|budget", ("1977-01", "1979-12"),
       None, period_alt=[(None, "1979-12"), None]),
    FR("a tenth", 1, 10, "S", None, "rivals' budget share for aerodynamics|rivals|budget", ("1977-01", "1979-12"), None,
       period_alt=[(None, "1979-12"), None]),
    F("1,100", 1100, "#person", "L", None, "Bicester factory employees|employees|people|factory", PUB, None,
      unit_alt=["employee"], period_alt=[None]),
    F("two", 2, "#son", "L", None, "Østergaard's surviving sons|sons", PUB, None, ctx="two sons", period_alt=[None]),
    F("seven days", 7, "day", "L", None, "flags at half-mast|flags|period", (PUB, plus(PUB, 6)), "team",
      source_alt=["Arrowline"], period_alt=[None, (PUB, plus(PUB, 7))]),
], ex=["AR2", "first car", "1970s", "half-mast", "Formula One", "three decades"])
