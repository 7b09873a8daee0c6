"""blind55 s4: cricket auction, tennis, cycling, basketball, elections and a referendum, theatre, music, exam
results, box office (b55-31..b55-40)."""
from common import *


def CR(surface, crore, kind, direction, subject, period, source, ctx=None, **kw):
    """Rupees in crore: value in rupees, the written number in value_alt."""
    kw.setdefault("value_alt", [crore])
    return F(surface, round(crore * 1e7), "Rs", kind, direction, subject, period, source, ctx=ctx, **kw)


def LAKH(surface, lakh, unit, kind, direction, subject, period, source, ctx=None, **kw):
    """A count (or rupees) in lakh: the full number, the written number in value_alt."""
    kw.setdefault("value_alt", [lakh])
    return F(surface, round(lakh * 1e5), unit, kind, direction, subject, period, source, ctx=ctx, **kw)


# ---------------------------------------------------------------- 31 IPL auction
P = "2025-12-17"  # Wednesday
TUE = last(P, "Tuesday")
story("b55-31", P, """
Uncapped Punjab fast bowler Harjot Sidhu became the most expensive uncapped player in Indian Premier League history on Tuesday when Lucknow Super Giants bought him for Rs 14.75 crore at the auction, more than 70 times his base price of Rs 20 lakh.

Australian all-rounder Cameron Pryce went to Kolkata Knight Riders for Rs 21.5 crore, the highest bid of the day, while England opener Tom Haskett fetched Rs 11 crore from Delhi Capitals.

In all, 77 players were sold for a combined Rs 215.45 crore, including 29 from overseas, the IPL said. The ten franchises had a combined purse of Rs 237.55 crore going into the auction, and each can spend no more than Rs 125 crore on its full squad.

Sidhu, 22, took 31 wickets in 11 matches in this season's Syed Mushtaq Ali Trophy at an economy rate of 6.4 runs an over. "I had my phone switched off. My mother called my coach," he told reporters.

Of the 350 players on the auction list, 240 were Indian and 110 from overseas. A third of the players sold were bowlers.

Overseas players' fees are capped at Rs 18 crore under a rule introduced last year, with anything above that going to a players' welfare fund, the BCCI said. That means Pryce will receive Rs 18 crore, and Rs 3.5 crore will go to the fund.
""", [
    CR("Rs 14.75 crore", 14.75, "L", None, "Harjot Sidhu's auction price|price|Sidhu", DAY(TUE), None,
       period_alt=[None]),
    X("more than 70 times", 70, "R", None, "Sidhu's price relative to his base price|price", DAY(TUE), None,
      period_alt=[None], direction_alt=["increase"]),
    LAKH("Rs 20 lakh", 20, "Rs", "L", None, "Sidhu's base price|base price", None, None),
    CR("Rs 21.5 crore", 21.5, "L", None, "Cameron Pryce's auction price|price|Pryce", DAY(TUE), None,
       period_alt=[None]),
    CR("Rs 11 crore", 11, "L", None, "Tom Haskett's auction price|price|Haskett", DAY(TUE), None,
       period_alt=[None]),
    F("77", 77, "#player", "L", None, "players sold|players", DAY(TUE), "IPL", period_alt=[None]),
    CR("Rs 215.45 crore", 215.45, "L", None, "combined price of players sold|players sold|total", DAY(TUE), "IPL",
       period_alt=[None]),
    F("29", 29, "#player", "L", None, "overseas players sold|players", DAY(TUE), "IPL", period_alt=[None]),
    F("ten", 10, "#franchise", "L", None, "IPL franchises|franchises", None, None, source_alt=["IPL"]),
    CR("Rs 237.55 crore", 237.55, "L", None, "franchises' combined purse|purse", DAY(TUE), None,
       source_alt=["IPL"], period_alt=[None]),
    CR("no more than Rs 125 crore", 125, "L", None, "cap on squad spending|squad|cap", None, None, source_alt=["IPL"]),
    AGE("22", 22, "Harjot Sidhu", ctx="Sidhu, 22,", alts="Sidhu"),
    F("31", 31, "#wicket", "L", None, "Sidhu's wickets|wickets", ("2025-11", "2025-12"), None, ctx="took 31 wickets",
      period_alt=[None]),
    F("11", 11, "#match", "L", None, "Sidhu's matches|matches", ("2025-11", "2025-12"), None, ctx="in 11 matches",
      period_alt=[None]),
    F("6.4 runs an over", 6.4, "run per over", "L", None, "Sidhu's economy rate|economy rate", ("2025-11", "2025-12"),
      None, unit_alt=["run", "runs per over"], period_alt=[None]),
    F("350", 350, "#player", "L", None, "players on the auction list|players", None, None),
    F("240", 240, "#player", "L", None, "Indian players on the auction list|players", None, None),
    F("110", 110, "#player", "L", None, "overseas players on the auction list|players", None, None),
    FR("A third", 1, 3, "S", None, "bowlers among players sold|players sold|bowlers", DAY(TUE), None,
       period_alt=[None]),
    CR("Rs 18 crore", 18, "L", None, "cap on overseas players' fees|fees|cap", None, "BCCI", ctx="capped at Rs 18 crore"),
    CR("Rs 18 crore", 18, "L", None, "Pryce's fee|fee|Pryce", None, None, ctx="receive Rs 18 crore",
       source_alt=["BCCI"]),
    CR("Rs 3.5 crore", 3.5, "L", None, "payment to the players' welfare fund|fund", None, None, source_alt=["BCCI"]),
])

# ---------------------------------------------------------------- 32 Wimbledon final
P = "2026-07-12"  # Sunday
story("b55-32", P, """
Matteo Ferrante won his first Wimbledon title on Sunday, beating defending champion Tomas Kral 6-4, 3-6, 7-6(5), 6-3 in three hours and 12 minutes on Centre Court.

The 24-year-old Italian served 21 aces and won 82% of points on his first serve, breaking Kral four times in 11 opportunities. He struck 57 winners to his opponent's 38 and made 19 unforced errors.

Ferrante, the fourth seed, takes home £3.1 million in prize money, up 4.5% from last year, while Kral receives £1.6 million. The victory will lift Ferrante to No. 2 in Monday's rankings.

He has now won 19 of his past 20 matches on grass, including 11 in a row at the All England Club, and his serve was clocked at up to 221 km/h (137 mph) on Sunday.

"I have dreamed about this all my life. I'm sorry, Tomas, you will win here again," Ferrante said during the trophy ceremony.

Kral, 29, had been bidding to become the first man since 2019 to defend the title at the All England Club. He needed treatment on his right shoulder early in the fourth set and said afterwards that the injury had limited his serve.

The final drew a peak television audience of 11.8 million in Britain, according to overnight figures, about a fifth more than last year.
""", [
    AGE("24-year-old", 24, "Matteo Ferrante", alts="Ferrante|Italian"),
    F("21", 21, "#ace", "L", None, "Ferrante's aces|aces", DAY(P), None, ctx="served 21 aces"),
    F("82%", 82, "%", "S", None, "points won on Ferrante's first serve|first serve|points", DAY(P), None),
    F("four", 4, "#break", "L", None, "Ferrante's service breaks|breaks", DAY(P), None, ctx="four times in 11",
      unit_alt=["time"]),
    F("11", 11, "#opportunity", "L", None, "Ferrante's break opportunities|opportunities", DAY(P), None,
      ctx="in 11 opportunities", unit_alt=["break point"]),
    F("57", 57, "#winner", "L", None, "Ferrante's winners|winners", DAY(P), None),
    F("38", 38, "#winner", "L", None, "Kral's winners|winners", DAY(P), None),
    F("19", 19, "#error", "L", None, "Ferrante's unforced errors|unforced errors|errors", DAY(P), None,
      ctx="made 19 unforced"),
    F("£3.1 million", 3.1e6, "£", "L", None, "Ferrante's prize money|prize money", DAY(P), None, period_alt=[None]),
    F("4.5%", 4.5, "%", "C", "up", "champion's prize money|prize money", DAY(P), None, period_alt=[None, Y(2026)]),
    F("£1.6 million", 1.6e6, "£", "L", None, "Kral's prize money|prize money", DAY(P), None, period_alt=[None]),
    F("19", 19, "#match", "L", None, "Ferrante's wins on grass|wins|matches", None, None, ctx="won 19 of"),
    F("20", 20, "#match", "L", None, "Ferrante's matches on grass|matches", None, None, ctx="past 20 matches"),
    F("11", 11, "#match", "L", None, "Ferrante's consecutive wins at the All England Club|wins|matches", None, None,
      ctx="including 11 in a row"),
    F("up to 221 km/h", 221, "km/h", "L", None, "Ferrante's fastest serve|serve", DAY(P), None),
    F("137 mph", 137, "mile per hour", "L", None, "Ferrante's fastest serve|serve", DAY(P), None),
    AGE("29", 29, "Tomas Kral", ctx="Kral, 29,", alts="Kral"),
    F("11.8 million", 11.8e6, "#viewer", "L", None, "peak television audience|audience", DAY(P), "overnight figures",
      source_alt=["figures"]),
    FR("about a fifth", 1, 5, "C", "up", "peak television audience|audience", DAY(P), "overnight figures",
       source_alt=["figures"]),
], ex=["6-4, 3-6, 7-6(5), 6-3", "three hours and 12 minutes", "No. 2"])

# ---------------------------------------------------------------- 33 Tour de France stage
P = "2025-07-17"  # Thursday
story("b55-33", P, """
Belgian rider Wout Declercq won the 12th stage of the Tour de France on Thursday, a 180.6-kilometre (112-mile) mountain stage from Auch to Hautacam, attacking alone on the final climb to finish 38 seconds ahead of his nearest rival.

Declercq, 27, covered the stage in four hours, 51 minutes and 9 seconds, at an average speed of 37.2 km/h. The climb to Hautacam is 13.5 kilometres long with an average gradient of 7.8%.

Denmark's Anders Holm finished second and took the overall lead, 1 minute 52 seconds ahead of Slovenia's Marko Zupan, who started the day in the yellow jersey but lost 94 seconds on the last climb.

Temperatures reached 36C (97F) in the valley before the ascent, organisers said, and the race doctor treated 11 riders for heat exhaustion at the finish.

Of the 184 riders who started the Tour in Lille, 162 remain in the race. Stage winners receive 11,000 euros, while the overall winner will take home 500,000 euros in Paris.

"I knew I had to go early because Anders is faster than me in a sprint," Declercq said. His team, Flandria-Velotech, has now won three stages at this Tour.

The race continues on Friday with a 10.9-kilometre individual time trial in Peyragudes, where Holm will be expected to extend his lead.
""", [
    F("180.6-kilometre", 180.6, "km", "L", None, "length of the 12th stage|stage", DAY(P), None),
    F("112-mile", 112, "mile", "L", None, "length of the 12th stage|stage", DAY(P), None),
    F("38 seconds", 38, "s", "L", None, "Declercq's winning margin|margin", DAY(P), None, kind_alt=["change"]),
    AGE("27", 27, "Wout Declercq", ctx="Declercq, 27,", alts="Declercq"),
    F("37.2 km/h", 37.2, "km/h", "L", None, "Declercq's average speed|average speed|speed", DAY(P), None),
    F("13.5 kilometres", 13.5, "km", "L", None, "length of the climb to Hautacam|climb", None, None),
    F("7.8%", 7.8, "%", "L", None, "average gradient of the climb to Hautacam|average gradient|gradient", None, None,
      kind_alt=["share"]),
    F("94 seconds", 94, "s", "C", None, "time lost by Marko Zupan|time lost|Zupan", DAY(P), None,
      kind_alt=["level"], direction_alt=["decrease"]),
    F("36C", 36, "C", "L", None, "temperatures in the valley|temperatures", DAY(P), "organisers"),
    F("97F", 97, "F", "L", None, "temperatures in the valley|temperatures", DAY(P), "organisers"),
    F("11", 11, "#rider", "L", None, "riders treated for heat exhaustion|riders", DAY(P), "organisers",
      ctx="treated 11 riders", source_alt=["race doctor"]),
    F("184", 184, "#rider", "L", None, "riders who started the Tour|riders", None, None, period_alt=[("2025-07-05", P)]),
    F("162", 162, "#rider", "L", "dn", "riders remaining in the race|riders", DAY(P), None, direction_alt=[None]),
    F("11,000 euros", 11000, "€", "L", None, "prize for stage winners|prize", None, None),
    F("500,000 euros", 500000, "€", "L", None, "prize for the overall winner|prize", None, None),
    F("three", 3, "#stage", "L", None, "stages won by Flandria-Velotech|stages", None, None, ctx="won three stages",
      period_alt=[("2025-07-05", P)]),
    F("10.9-kilometre", 10.9, "km", "L", None, "length of the individual time trial|time trial", DAY(nxt(P, "Friday")),
      None, period_alt=[None]),
], ex=["12th stage", "four hours, 51 minutes and 9 seconds", "1 minute 52 seconds"])

# ---------------------------------------------------------------- 34 EuroLeague semi-final
P = "2026-05-22"  # Friday
story("b55-34", P, """
Real Madrid reached the EuroLeague final on Friday, beating Fenerbahce 88-81 in the first semi-final in Abu Dhabi behind 27 points from guard Dario Lemoine.

Lemoine, 31, made five of seven three-point attempts and added eight assists in 34 minutes. Centre Ibou Ndiaye had 14 points and 12 rebounds, his 11th double-double of the season.

Madrid trailed by as many as 13 points in the second quarter and were down 44-39 at half-time, but outscored Fenerbahce 27-15 in the third quarter. They shot 52% from the field after the break, compared with 34% before it.

Fenerbahce's Jalen Price led all scorers with 29 points, but the Turkish side committed 17 turnovers, which Madrid converted into 23 points.

"We were dead at half-time. Dario brought us back to life," Madrid coach Pablo Olmedo said. Madrid have now won 22 of their last 25 games in all competitions.

The crowd of 17,880 at the Etihad Arena was a record for a Final Four semi-final, organisers said. Madrid will face either Olympiacos or Panathinaikos, who meet later on Friday, in Sunday's final, and are chasing a first European title in three seasons.
""", [
    F("27 points", 27, "point", "L", None, "Dario Lemoine's points|points|Lemoine", DAY(P), None),
    AGE("31", 31, "Dario Lemoine", ctx="Lemoine, 31,", alts="Lemoine"),
    F("five", 5, "#three-pointer", "L", None, "three-pointers made by Lemoine|three-pointers|attempts", DAY(P), None,
      ctx="made five of", unit_alt=["shot"]),
    F("seven", 7, "#attempt", "L", None, "Lemoine's three-point attempts|attempts", DAY(P), None, ctx="of seven three"),
    F("eight", 8, "#assist", "L", None, "Lemoine's assists|assists", DAY(P), None),
    F("34 minutes", 34, "min", "L", None, "Lemoine's playing time|minutes|Lemoine", DAY(P), None),
    F("14 points", 14, "point", "L", None, "Ibou Ndiaye's points|points|Ndiaye", DAY(P), None),
    F("12", 12, "#rebound", "L", None, "Ibou Ndiaye's rebounds|rebounds", DAY(P), None, ctx="12 rebounds"),
    F("as many as 13 points", 13, "point", "L", None, "Madrid's deficit|deficit|Madrid", DAY(P), None,
      kind_alt=["change"]),
    F("52%", 52, "%", "S", None, "Madrid's field-goal shooting after the break|shooting|Madrid", DAY(P), None),
    F("34%", 34, "%", "S", None, "Madrid's field-goal shooting before the break|shooting|Madrid", DAY(P), None),
    F("29 points", 29, "point", "L", None, "Jalen Price's points|points|Price", DAY(P), None),
    F("17", 17, "#turnover", "L", None, "Fenerbahce turnovers|turnovers", DAY(P), None, ctx="committed 17 turnovers"),
    F("23 points", 23, "point", "L", None, "Madrid points off turnovers|points", DAY(P), None),
    F("22", 22, "#game", "L", None, "Madrid wins|wins|games", None, None, ctx="won 22 of", unit_alt=["win"]),
    F("25", 25, "#game", "L", None, "Madrid's last games|games", None, None, ctx="last 25 games"),
    F("17,880", 17880, "#spectator", "L", None, "crowd at the Etihad Arena|crowd", DAY(P), "organisers",
      unit_alt=["person"]),
], ex=["88-81", "11th double-double", "three-point", "half-time", "second quarter", "44-39", "27-15", "third quarter", "Final Four", "three seasons"])

# ---------------------------------------------------------------- 35 mayoral election
P = "2025-10-27"  # Monday
SAT = last(P, "Saturday")
SUN = last(P, "Sunday")
story("b55-35", P, """
Councillor Dana Whitcombe was elected mayor of Port Alder on Saturday by just 312 votes, according to unofficial results, narrowly defeating former police chief Raymond Osei in the city's closest mayoral race in more than 30 years.

Whitcombe received 18,446 votes, or 41.2%, to Osei's 18,134, or 40.5%, the city's chief election officer said on Sunday after all 64 polling stations had reported. Business owner Leanne Marsh finished third with 7,912 votes, or 17.7%. Two other candidates shared the remaining 280.

Turnout was 38.9%, up from 31.4% in 2022, with 44,772 of the city's roughly 115,000 eligible voters casting ballots. Advance voting reached a record 14,210 ballots, nearly a third of the total.

The margin of 0.7 percentage points is wider than the 0.5% threshold that triggers an automatic recount under provincial rules, but Osei said on Sunday he would apply to a judge for one. "Three hundred votes out of 45,000 is a coin toss," he told supporters.

Whitcombe, 52, campaigned on a promise to freeze property taxes for two years and to approve 2,000 new homes by 2030. She will be sworn in on Nov. 4.

"People want the basics done well," she said in her victory speech at a downtown brewery.
""", [
    F("312", 312, "#vote", "L", None, "Whitcombe's winning margin|margin|votes", DAY(SAT), "unofficial results",
      source_alt=["results"], kind_alt=["change"]),
    F("18,446", 18446, "#vote", "L", None, "votes for Dana Whitcombe|Whitcombe|votes", DAY(SAT),
      "chief election officer", source_alt=["election officer", "officer"]),
    F("41.2%", 41.2, "%", "S", None, "Whitcombe's vote share|vote share|Whitcombe", DAY(SAT), "chief election officer",
      source_alt=["election officer", "officer"]),
    F("18,134", 18134, "#vote", "L", None, "votes for Raymond Osei|Osei|votes", DAY(SAT), "chief election officer",
      source_alt=["election officer", "officer"]),
    F("40.5%", 40.5, "%", "S", None, "Osei's vote share|vote share|Osei", DAY(SAT), "chief election officer",
      source_alt=["election officer", "officer"]),
    F("64", 64, "#polling station", "L", None, "polling stations reporting|polling stations", DAY(SUN),
      "chief election officer", source_alt=["election officer", "officer"], period_alt=[DAY(SAT), None]),
    F("7,912", 7912, "#vote", "L", None, "votes for Leanne Marsh|Marsh|votes", DAY(SAT), None,
      source_alt=["chief election officer"]),
    F("17.7%", 17.7, "%", "S", None, "Marsh's vote share|vote share|Marsh", DAY(SAT), None,
      source_alt=["chief election officer"]),
    F("Two", 2, "#candidate", "L", None, "other candidates|candidates", DAY(SAT), None, ctx="Two other candidates"),
    F("280", 280, "#vote", "L", None, "votes for other candidates|votes", DAY(SAT), None),
    F("38.9%", 38.9, "%", "S", "up", "turnout", DAY(SAT), None, kind_alt=["level"],
      source_alt=["chief election officer"]),
    F("31.4%", 31.4, "%", "S", None, "turnout", Y(2022), None, kind_alt=["level"],
      source_alt=["chief election officer"]),
    F("44,772", 44772, "#voter", "L", None, "voters casting ballots|voters|ballots", DAY(SAT), None,
      source_alt=["chief election officer"]),
    F("roughly 115,000", 115000, "#voter", "L", None, "eligible voters|voters", None, None, period_alt=[DAY(SAT)]),
    F("14,210", 14210, "#ballot", "L", None, "advance voting ballots|advance voting|ballots", DAY(SAT), None,
      period_alt=[None]),
    FR("nearly a third", 1, 3, "S", None, "advance ballots' share of the total|total|advance voting", DAY(SAT), None,
       period_alt=[None]),
    F("0.7 percentage points", 0.7, "pp", "L", None, "winning margin|margin", DAY(SAT), None, kind_alt=["change"]),
    F("0.5%", 0.5, "%", "L", None, "automatic recount threshold|threshold", None, None, ctx="the 0.5% threshold",
      kind_alt=["share"]),
    F("Three hundred", 300, "#vote", "L", None, "winning margin in votes|votes|margin", DAY(SAT), "Raymond Osei",
      source_alt=["Osei"], kind_alt=["change"]),
    F("45,000", 45000, "#vote", "L", None, "votes cast|votes", DAY(SAT), "Raymond Osei", source_alt=["Osei"]),
    AGE("52", 52, "Dana Whitcombe", ctx="Whitcombe, 52,", alts="Whitcombe"),
    F("two years", 2, "yr", "L", None, "property tax freeze|freeze", None, None, source_alt=["Whitcombe"]),
    F("2,000", 2000, "#home", "L", None, "new homes promised|homes", (None, "2030-12"), None,
      source_alt=["Whitcombe"]),
], ex=["more than 30 years", "finished third", "judge for one"])

# ---------------------------------------------------------------- 36 Swiss cantonal vote
P = "2026-03-08"  # Sunday
story("b55-36", P, """
Voters in the Swiss canton of Vaud on Sunday narrowly rejected a proposal to cap annual rent increases on existing leases at 2%, with 50.8% voting no, provisional results showed.

The initiative, backed by tenants' groups and the Social Democrats, won majorities in 4 of the canton's 10 districts, including Lausanne, where 61.3% voted in favour. Turnout was 47.6%. The margin was about 3,900 votes out of roughly 246,000 cast.

Rents for new leases in Vaud have risen by about 18% since 2020, according to the cantonal statistics office, while the federal reference rate used to set rents on existing contracts was cut to 1.25% in September.

Opponents, including landlords' associations, had argued that a cap would choke off construction at a time when the canton needs about 4,500 new homes a year. Completions fell to 3,120 last year.

"The message is clear: people are worried, but they do not want the state deciding rents," said Olivier Demierre, who heads the cantonal property owners' association. The tenants' association said it would return with a narrower proposal.

In a separate vote, 57.4% of voters in Geneva approved a plan to spend 1.2 billion Swiss francs on tram extensions over 15 years. Turnout there was 44.1%.
""", [
    F("2%", 2, "%", "L", None, "proposed cap on annual rent increases|cap|rent increases", None, None,
      kind_alt=["change"]),
    F("50.8%", 50.8, "%", "S", None, "voters rejecting the rent cap|voters|no vote", DAY(P), "provisional results",
      source_alt=["results"]),
    F("4", 4, "#district", "L", None, "districts won by the initiative|districts", DAY(P), None, ctx="in 4 of",
      source_alt=["provisional results"]),
    F("10", 10, "#district", "L", None, "Vaud districts|districts", None, None, ctx="10 districts"),
    F("61.3%", 61.3, "%", "S", None, "Lausanne voters in favour|voters|Lausanne", DAY(P), None,
      source_alt=["provisional results"]),
    F("47.6%", 47.6, "%", "S", None, "turnout", DAY(P), None, kind_alt=["level"],
      source_alt=["provisional results"]),
    F("about 3,900", 3900, "#vote", "L", None, "margin of the vote|margin|votes", DAY(P), None,
      source_alt=["provisional results"], kind_alt=["change"]),
    F("roughly 246,000", 246000, "#vote", "L", None, "votes cast|votes", DAY(P), None,
      source_alt=["provisional results"]),
    F("about 18%", 18, "%", "C", "up", "rents for new leases in Vaud|rents", ("2020-01", "2026-03"),
      "cantonal statistics office", source_alt=["statistics office"],
      period_alt=[("2020-01", P), ("2020-01", "2025-12"), ("2020-01", "2026-02")]),
    F("1.25%", 1.25, "%", "L", "dn", "federal reference rate|reference rate|rate", "2025-09", None),
    F("about 4,500", 4500, "#home", "L", None, "new homes needed a year|homes", None, "opponents",
      source_alt=["landlords' associations"]),
    F("3,120", 3120, "#home", "L", "dn", "completions", Y(2025), None, unit_alt=["completion"]),
    F("57.4%", 57.4, "%", "S", None, "Geneva voters approving the tram plan|voters", DAY(P), None),
    F("1.2 billion Swiss francs", 1.2e9, "CHF", "L", None, "spending on tram extensions|tram extensions|plan", None,
      None),
    F("15 years", 15, "yr", "L", None, "length of the tram spending plan|plan", None, None),
    F("44.1%", 44.1, "%", "S", None, "Geneva turnout|turnout", DAY(P), None, kind_alt=["level"]),
])

# ---------------------------------------------------------------- 37 Broadway grosses
P = "2025-12-30"  # Tuesday
SUN = last(P, "Sunday")
WK = (plus(SUN, -6), SUN)
story("b55-37", P, """
Broadway shows grossed $58.4 million in the week ended Sunday, the highest weekly total in the industry's history, as holiday crowds packed theatres at the end of a record-breaking year, according to figures released on Monday by the Broadway League.

Attendance across 33 productions reached 318,420, with theatres filled to 96.2% of capacity on average. The average paid admission was $183.41, up $12.07 from the same week last year.

"The Lantern Keepers", a musical adaptation of a fantasy novel, took in $4.12 million over eight performances, breaking its own house record at the Winter Garden Theatre. Its top ticket sold for $899.

Revivals fared well. A star-led production of "Long Day's Journey into Night" grossed $2.3 million while playing to 101.4% of capacity, helped by standing-room sales. Seven shows grossed more than $2 million.

For the 2025 calendar year, Broadway's gross reached $1.94 billion, up 6% from 2024, with total attendance of 13.1 million. But the totals mask wide gaps: about one in four productions that opened this year has already closed without recouping its investment, according to an analysis by Marquee Data.

"The rich shows are getting richer, and everyone else is fighting over what is left," said producer Evelyn Shah.
""", [
    F("$58.4 million", 58.4e6, "$", "L", None, "Broadway gross|gross|Broadway shows", WK, "Broadway League",
      direction_alt=["increase"], source_alt=["figures"]),
    F("33", 33, "#production", "L", None, "Broadway productions|productions", WK, None,
      source_alt=["Broadway League"]),
    F("318,420", 318420, "#ticket", "L", None, "Broadway attendance|attendance", WK, None,
      source_alt=["Broadway League"], unit_alt=["person", "attendee"]),
    F("96.2%", 96.2, "%", "S", None, "theatre capacity filled|capacity", WK, None, source_alt=["Broadway League"],
      kind_alt=["level"]),
    F("$183.41", 183.41, "$", "L", "up", "average paid admission|admission", WK, None,
      source_alt=["Broadway League"], direction_alt=[None]),
    F("$12.07", 12.07, "$", "C", "up", "average paid admission|admission", WK, None, source_alt=["Broadway League"]),
    F("$4.12 million", 4.12e6, "$", "L", None, "The Lantern Keepers gross|gross|The Lantern Keepers", WK, None,
      source_alt=["Broadway League"]),
    F("eight", 8, "#performance", "L", None, "performances of The Lantern Keepers|performances", WK, None),
    F("$899", 899, "$", "L", None, "top ticket for The Lantern Keepers|top ticket|ticket", WK, None),
    F("$2.3 million", 2.3e6, "$", "L", None, "Long Day's Journey into Night gross|gross", WK, None,
      source_alt=["Broadway League"]),
    F("101.4%", 101.4, "%", "S", None, "capacity filled by Long Day's Journey into Night|capacity", WK, None,
      kind_alt=["level"], source_alt=["Broadway League"]),
    F("Seven", 7, "#show", "L", None, "shows grossing more than $2 million|shows", WK, None,
      source_alt=["Broadway League"]),
    F("$1.94 billion", 1.94e9, "$", "L", "up", "Broadway's gross|gross", Y(2025), None, source_alt=["Broadway League"],
      direction_alt=[None]),
    F("6%", 6, "%", "C", "up", "Broadway's gross|gross", Y(2025), None, ctx="up 6%", source_alt=["Broadway League"]),
    F("13.1 million", 13.1e6, "#ticket", "L", None, "Broadway attendance|attendance", Y(2025), None,
      source_alt=["Broadway League"], unit_alt=["person", "attendee"]),
    FR("about one in four", 1, 4, "S", None,
       "productions that closed without recouping|productions", Y(2025), "Marquee Data", source_alt=["analysis"]),
], ex=["more than $2 million"])

# ---------------------------------------------------------------- 38 album debut
P = "2026-04-12"  # Sunday
WK = ("2026-04-03", "2026-04-09")
story("b55-38", P, """
Canadian singer Noemie Laurier's third album, "Glass Harbour", debuted at No. 1 on the Billboard 200 with 412,000 equivalent album units in the week ending April 9, the biggest opening week for a female artist since 2023, according to Luminate data reported by Billboard on Sunday.

Of that total, 241,000 were traditional album sales, including 148,000 vinyl records, a figure inflated by the release of 11 different vinyl variants. Most of the remainder came from 218.6 million on-demand streams of the album's 14 songs.

The album's lead single, "Saltwater", has spent seven weeks at No. 1 on the Billboard Hot 100. Laurier's previous album opened with 186,000 units in 2023, meaning her new release more than doubled that debut.

Physical formats are enjoying a revival. Vinyl sales in the United States rose 9% last year to 47.5 million copies, the 19th straight annual increase, Luminate's year-end report showed, while CD sales fell for a fifth year.

A 38-date North American tour begins in June, with tickets priced from $79 to $425 before fees. Laurier's label, Northlight Records, said more than 600,000 tickets had been sold in presales.

"I made this record in my kitchen in Trois-Rivieres. I still can't quite believe it," Laurier wrote on Instagram.
""", [
    F("412,000", 412000, "#equivalent album unit", "L", None, "Glass Harbour's first-week units|units|Glass Harbour",
      WK, "Luminate", source_alt=["Billboard", "data"], unit_alt=["unit", "album unit"]),
    F("241,000", 241000, "#album sale", "L", None, "traditional album sales|album sales|sales", WK, None,
      source_alt=["Luminate"], unit_alt=["sale", "album"]),
    F("148,000", 148000, "#vinyl record", "L", None, "vinyl records sold|vinyl records|vinyl", WK, None,
      source_alt=["Luminate"], unit_alt=["record", "copy"]),
    F("11", 11, "#variant", "L", None, "vinyl variants|variants", None, None, ctx="11 different"),
    F("218.6 million", 218.6e6, "#stream", "L", None, "on-demand streams of the album|streams", WK, None,
      source_alt=["Luminate"]),
    F("14", 14, "#song", "L", None, "songs on the album|songs", None, None, ctx="album's 14 songs"),
    F("seven weeks", 7, "wk", "L", None, "Saltwater's run at No. 1 on the Hot 100|run|Saltwater", None, None),
    F("186,000", 186000, "#unit", "L", None, "first-week units of Laurier's previous album|units|previous album",
      Y(2023), None, unit_alt=["equivalent album unit", "album unit"]),
    X("more than doubled", 2, "R", None, "Glass Harbour's debut relative to the previous one|debut|new release",
      WK, None, direction_alt=["increase"]),
    F("9%", 9, "%", "C", "up", "US vinyl sales|vinyl sales|sales", Y(2025), "Luminate's year-end report",
      source_alt=["Luminate", "report"]),
    F("47.5 million", 47.5e6, "#copy", "L", "up", "US vinyl sales|vinyl sales|sales", Y(2025),
      "Luminate's year-end report", source_alt=["Luminate", "report"], unit_alt=["record"]),
    F("$79 to $425", 79, "$", "L", None, "tour ticket prices|ticket prices|tickets", None, None, value_hi=425),
    F("more than 600,000", 600000, "#ticket", "L", None, "tickets sold in presales|tickets", None,
      "Northlight Records", source_alt=["label"], period_alt=[DAY(P)]),
], ex=["third album", "No. 1", "Billboard 200", "Hot 100", "19th", "fifth year", "38-date"])

# ---------------------------------------------------------------- 39 CBSE Class 12 results
P = "2026-05-12"  # Tuesday
story("b55-39", P, """
The Central Board of Secondary Education (CBSE) on Tuesday declared the Class 12 board examination results, with 88.62 per cent of students passing, up 0.23 percentage points from last year.

Girls outperformed boys again, recording a pass percentage of 91.4 per cent against 86.2 per cent for boys, a gap of 5.2 percentage points. Transgender candidates recorded a pass rate of 100 per cent.

A total of 16.92 lakh students registered for the exams, of whom 16.71 lakh appeared and 14.81 lakh passed.

Thiruvananthapuram region topped the list of 17 regions with a pass percentage of 99.6 per cent, while Prayagraj was at the bottom with 79.5 per cent. Students of Jawahar Navodaya Vidyalayas achieved the highest pass rate among institution types, at 98.9 per cent.

Around 1.29 lakh students scored above 90 per cent, and 24,800 scored above 95 per cent, the board said. About 1.2 lakh students have been placed in the compartment category and can take supplementary exams in July.

A senior board official, who did not wish to be named, said the CBSE had received close to 9,000 applications for re-evaluation last year and expected a similar number this time. Results for Class 10 are likely to be declared later this week.

"We have worked hard to make the evaluation more consistent across regions," CBSE chairperson Anjali Menon told reporters in New Delhi.
""", [
    F("88.62 per cent", 88.62, "%", "S", "up", "students passing|pass percentage|students", Y(2026),
      "Central Board of Secondary Education", source_alt=["CBSE"], kind_alt=["level"], direction_alt=[None],
      period_alt=[None]),
    F("0.23 percentage points", 0.23, "pp", "C", "up", "pass percentage", Y(2026),
      "Central Board of Secondary Education", source_alt=["CBSE"], period_alt=[None]),
    F("91.4 per cent", 91.4, "%", "S", None, "girls' pass percentage|pass percentage|girls", Y(2026), None,
      source_alt=["CBSE"], kind_alt=["level"], period_alt=[None]),
    F("86.2 per cent", 86.2, "%", "S", None, "boys' pass percentage|pass percentage|boys", Y(2026), None,
      source_alt=["CBSE"], kind_alt=["level"], period_alt=[None]),
    F("5.2 percentage points", 5.2, "pp", "L", None, "gap between girls' and boys' pass percentages|gap", Y(2026), None,
      source_alt=["CBSE"], kind_alt=["change"], period_alt=[None]),
    F("100 per cent", 100, "%", "S", None, "transgender candidates' pass rate|pass rate", Y(2026), None,
      source_alt=["CBSE"], kind_alt=["level"], period_alt=[None]),
    LAKH("16.92 lakh", 16.92, "#student", "L", None, "students registered|students", Y(2026), None,
         source_alt=["CBSE"], period_alt=[None]),
    LAKH("16.71 lakh", 16.71, "#student", "L", None, "students who appeared|students", Y(2026), None,
         source_alt=["CBSE"], period_alt=[None]),
    LAKH("14.81 lakh", 14.81, "#student", "L", None, "students who passed|students", Y(2026), None,
         source_alt=["CBSE"], period_alt=[None]),
    F("17", 17, "#region", "L", None, "CBSE regions|regions", None, None),
    F("99.6 per cent", 99.6, "%", "S", None, "Thiruvananthapuram region's pass percentage|pass percentage", Y(2026),
      None, source_alt=["CBSE"], kind_alt=["level"], period_alt=[None]),
    F("79.5 per cent", 79.5, "%", "S", None, "Prayagraj region's pass percentage|pass percentage", Y(2026), None,
      source_alt=["CBSE"], kind_alt=["level"], period_alt=[None]),
    F("98.9 per cent", 98.9, "%", "S", None, "Jawahar Navodaya Vidyalayas' pass rate|pass rate", Y(2026), None,
      source_alt=["CBSE"], kind_alt=["level"], period_alt=[None]),
    LAKH("Around 1.29 lakh", 1.29, "#student", "L", None, "students scoring above 90 per cent|students", Y(2026), "board",
         source_alt=["CBSE"], period_alt=[None]),
    F("24,800", 24800, "#student", "L", None, "students scoring above 95 per cent|students", Y(2026), "board",
      source_alt=["CBSE"], period_alt=[None]),
    LAKH("About 1.2 lakh", 1.2, "#student", "L", None, "students in the compartment category|students", Y(2026), None,
         source_alt=["CBSE"], period_alt=[None]),
    F("close to 9,000", 9000, "#application", "L", None, "applications for re-evaluation|applications", Y(2025),
      "senior board official", source_alt=["official"]),
], ex=["Class 12", "above 90 per cent", "above 95 per cent", "Class 10"])

# ---------------------------------------------------------------- 40 Spring Festival box office
P = "2026-02-24"  # Tuesday
HOL = ("2026-02-15", last(P, "Monday"))
story("b55-40", P, """
Chinese cinemas took in 8.46 billion yuan ($1.18 billion) during the nine-day Spring Festival holiday that ended on Monday, down 11.8% from last year's record, according to data from ticketing platform Piaoxing.

Animated fantasy "Sky Lantern" led the holiday with 3.12 billion yuan, more than a third of the total, followed by action comedy "Double Ninth" with 1.74 billion yuan.

Admissions totalled 176 million, while the average ticket price rose 2.3% to 48.1 yuan, the China Film Administration said in a statement on Tuesday.

Last year's holiday was dominated by an animated sequel that went on to earn more than 15 billion yuan worldwide, a bar that this year's slate was never likely to clear.

Box office takings for the year to date stand at 14.9 billion yuan, about 42% below the same point in 2025, Piaoxing's figures show.

"Audiences were spoilt last year. This year's slate was decent, but there was no event film," said Chen Ruoxi, a Beijing-based analyst at Jinghua Media Research. She expects full-year takings of between 45 billion and 50 billion yuan.

Imported films accounted for just 4% of holiday ticket sales. Cinemas in smaller cities, where ticket prices are lower, took a larger share of the total than in previous years.
""", [
    F("8.46 billion yuan", 8.46e9, "yuan", "L", "dn", "Chinese box office|cinema takings|box office", HOL, "Piaoxing",
      source_alt=["data"], direction_alt=[None]),
    F("$1.18 billion", 1.18e9, "$", "L", "dn", "Chinese box office|cinema takings|box office", HOL, "Piaoxing",
      source_alt=["data"], direction_alt=[None]),
    F("11.8%", 11.8, "%", "C", "dn", "Chinese box office|cinema takings|box office", HOL, "Piaoxing",
      source_alt=["data"]),
    F("3.12 billion yuan", 3.12e9, "yuan", "L", None, "Sky Lantern takings|takings|Sky Lantern", HOL, None,
      source_alt=["Piaoxing"]),
    FR("more than a third", 1, 3, "S", None, "Sky Lantern's share of the total|total|Sky Lantern", HOL, None,
       source_alt=["Piaoxing"]),
    F("1.74 billion yuan", 1.74e9, "yuan", "L", None, "Double Ninth takings|takings|Double Ninth", HOL, None,
      source_alt=["Piaoxing"]),
    F("176 million", 176e6, "#admission", "L", None, "cinema admissions|admissions", HOL,
      "China Film Administration", source_alt=["administration"]),
    F("2.3%", 2.3, "%", "C", "up", "average ticket price|ticket price|price", HOL, "China Film Administration",
      source_alt=["administration"]),
    F("48.1 yuan", 48.1, "yuan", "L", "up", "average ticket price|ticket price|price", HOL, "China Film Administration",
      source_alt=["administration"]),
    F("more than 15 billion yuan", 15e9, "yuan", "L", None, "worldwide earnings of last year's animated sequel|earnings",
      None, None, period_alt=[Y(2025)]),
    F("14.9 billion yuan", 14.9e9, "yuan", "L", None, "box office takings|takings|box office", ("2026-01", "2026-02"),
      "Piaoxing's figures", source_alt=["Piaoxing"], period_alt=[("2026-01-01", P), ("2026-01-01", HOL[1])],
      direction_alt=["decrease"]),
    F("about 42%", 42, "%", "C", "dn", "box office takings|takings|box office", ("2026-01", "2026-02"),
      "Piaoxing's figures", source_alt=["Piaoxing"], period_alt=[("2026-01-01", P), ("2026-01-01", HOL[1])]),
    F("45 billion and 50 billion yuan", 45e9, "yuan", "L", None, "full-year box office takings|takings", Y(2026),
      "Chen Ruoxi", value_hi=50e9, source_alt=["Chen", "Jinghua Media Research"]),
    F("4%", 4, "%", "S", None, "imported films' share of holiday ticket sales|ticket sales|imported films", HOL, None,
      source_alt=["Piaoxing"]),
], ex=["nine-day", "Double Ninth"])
