"""blind61 s4: a one-day cricket scorecard, a football league table, a horse race, a state election, a census,
measles tallies so far this year, a wildfire, cholera since the start of a war, an NFL game, a cyclone
(b61-31..b61-40)."""
from common import *

# ---------------------------------------------------------------- 31 A one-day international: all out in overs, "78 for five", a chase
P = on("2026-01-25", "Sunday")
story("b61-31", P, """
Hartley century steers New Zealand to five-wicket win in Hobart

HOBART, Jan 25 (Wire) - Opener Finn Hartley struck an unbeaten 118 as New Zealand chased down 213 with five wickets and 49 balls to spare to beat Australia in the second one-day international at Bellerive Oval on Sunday, levelling the three-match series at 1-1.

Sent in to bat on a slow pitch, Australia were all out for 212 in 48.3 overs, with only captain Liam Broadbent passing 50. Broadbent made 74 off 91 balls before he was run out by a direct hit from the deep. Fast bowler Tama Reweti took 4 for 38, the best figures of his one-day career.

New Zealand's reply began badly. They slipped to 78 for five in the 17th over as Australia's seamers found movement under the lights, but Hartley and wicketkeeper Josh Whitlow, who finished on 56 not out, added an unbroken 137 for the sixth wicket to finish the job in 41.5 overs.

"I just tried to bat time. Once we got through the new ball, the pitch got easier," said Hartley, who was named player of the match.

Broadbent said his side had been about 30 runs short. "We lost wickets in clusters again, and you can't do that against an attack this good," he said.

A crowd of 14,620 watched the match, a record for a one-day international at the ground.

The third and deciding match is in Perth on Wednesday. Australia are expected to recall spinner Ethan Moss, who missed the first two games with a hamstring strain.
""", [
    F("118", 118, "#run", "L", None, "Finn Hartley's runs|Hartley|unbeaten", DAY(P), None),
    F("213", 213, "#run", "L", None, "New Zealand's target|target|New Zealand", DAY(P), None),
    F("five", 5, "#wicket", "L", None, "New Zealand's winning margin in wickets|margin|wickets", DAY(P), None,
      ctx="with five wickets"),
    F("five-wicket", 5, "#wicket", "L", None, "New Zealand's winning margin in wickets|margin|win", DAY(P), None),
    F("49", 49, "#ball", "L", None, "balls to spare in New Zealand's chase|balls to spare|balls", DAY(P), None),
    F("212", 212, "#run", "L", None, "Australia's innings total|Australia|all out", DAY(P), None),
    F("48.3 overs", 48.3, "over", "L", None, "Australia's innings length|overs|Australia", DAY(P), None,
      value_alt=[48.5]),
    F("74", 74, "#run", "L", None, "Liam Broadbent's runs|Broadbent", DAY(P), None),
    F("91", 91, "#ball", "L", None, "balls faced by Liam Broadbent|balls|Broadbent", DAY(P), None),
    F("78", 78, "#run", "L", None, "New Zealand's score|New Zealand", DAY(P), None, ctx="78 for five"),
    F("five", 5, "#wicket", "L", None, "New Zealand's wickets lost|wickets|New Zealand", DAY(P), None,
      ctx="78 for five"),
    F("56", 56, "#run", "L", None, "Josh Whitlow's runs|Whitlow", DAY(P), None),
    F("137", 137, "#run", "L", None, "Hartley and Whitlow's sixth-wicket partnership|partnership", DAY(P), None),
    F("41.5 overs", 41.5, "over", "L", None, "New Zealand's innings length|overs|New Zealand", DAY(P), None,
      value_alt=[41.833]),
    F("about 30", 30, "#run", "L", None, "runs Australia were short|runs|Australia", DAY(P), "Broadbent",
      source_alt=["Liam Broadbent"]),
    F("14,620", 14620, "#spectator", "L", None, "crowd at Bellerive Oval|crowd", DAY(P), None,
      unit_alt=["person"]),
], ex=["one-day", "three-match", "1-1", "passing 50", "4 for 38", "17th over", "first two", "Jan 25", "The third and deciding"])

# ---------------------------------------------------------------- 32 A football league table after the weekend (season tallies)
P = on("2026-03-02", "Monday")
SEAS = FY(2025, 8, 2026, 5)
SO = [("2025-08", "2026-03"), DAY(P)]
story("b61-32", P, """
Arsenal open six-point lead as City stumble at Villa Park

LONDON, March 2 (Wire) - Arsenal moved six points clear at the top of the Premier League after a 2-0 win over Brighton on Sunday, while second-placed Manchester City were held to a 1-1 draw at Aston Villa.

Striker Ole Brandvik scored both Arsenal goals, taking his league tally for the season to 21, three more than his nearest challenger. The Norwegian has scored in each of his last seven league games.

City, who had won eight of their previous nine league matches, fell behind to a first-half header and needed a late equaliser from substitute Marcus Adebayo to rescue a point in front of a crowd of 42,640.

"Six points is nothing with 10 games to go. We have to keep winning," Arsenal manager Tomas Eriksen said.

Villa manager Stefan Horvath said his side had deserved to win. "We created the better chances and their goalkeeper was outstanding," he said. City manager Pablo Ortega refused to concede the title race: "There is a long way to go and a lot of football left to play."

Leading positions in the Premier League (played, points):
Arsenal 28 64
Manchester City 28 58
Liverpool 27 55
Aston Villa 28 52

Liverpool, who have a game in hand, can cut the gap to the leaders to six points when they play Everton on Wednesday.

At the bottom, Southampton remain 11 points from safety after a 3-0 home defeat by Newcastle, and could be relegated by the end of March.

Arsenal have not won the league title since the 2003-04 season, when they went unbeaten through all 38 matches.
""", [
    F("six-point", 6, "pt", "L", "up", "Arsenal's lead at the top of the Premier League|lead|Arsenal", DAY(P), None,
      period_alt=[DAY(last(P, "Sunday")), SEAS, ("2025-08", "2026-03")]),
    F("six points", 6, "pt", "L", "up", "Arsenal's lead at the top of the Premier League|lead|Arsenal", DAY(P),
      None, ctx="moved six points", period_alt=[DAY(last(P, "Sunday")), SEAS, ("2025-08", "2026-03")]),
    F("21", 21, "#goal", "L", "up", "Ole Brandvik's league goals this season|league tally|Brandvik", SEAS, None,
      ctx="season to 21", period_alt=SO),
    F("three", 3, "#goal", "L", None, "Ole Brandvik's lead over his nearest challenger|nearest challenger|"
      "Brandvik", SEAS, None, ctx="three more", period_alt=SO, kind_alt=["change"]),
    F("seven", 7, "#game", "L", None, "Ole Brandvik's consecutive scoring league games|league games|Brandvik",
      ("2026-01", "2026-03"), None, period_alt=[SEAS, None]),
    F("eight", 8, "#match", "L", None, "Manchester City's league wins in their previous nine matches|wins|City",
      ("2026-01", "2026-02"), None, period_alt=[SEAS, None]),
    F("nine", 9, "#match", "L", None, "Manchester City's previous league matches|matches|City",
      ("2026-01", "2026-02"), None, period_alt=[SEAS, None]),
    F("42,640", 42640, "#spectator", "L", None, "crowd at Villa Park|crowd", DAY(last(P, "Sunday")), None,
      unit_alt=["person"]),
    F("Six points", 6, "pt", "L", None, "Arsenal's lead|lead|Six points", DAY(P), "Tomas Eriksen",
      source_alt=["Eriksen", "Arsenal manager"], period_alt=[None]),
    F("10", 10, "#game", "L", None, "Arsenal's remaining league games|games to go|games", SEAS, "Tomas Eriksen",
      source_alt=["Eriksen"], period_alt=[("2026-03", "2026-05"), None]),
    F("28", 28, "#game", "L", None, "Arsenal's league games played|played|Arsenal", SEAS, None, ctx="Arsenal 28",
      period_alt=SO),
    F("64", 64, "pt", "L", None, "Arsenal's points|points|Arsenal", SEAS, None, ctx="28 64", period_alt=SO),
    F("28", 28, "#game", "L", None, "Manchester City's league games played|played|Manchester City", SEAS, None,
      ctx="City 28", period_alt=SO),
    F("58", 58, "pt", "L", None, "Manchester City's points|points|Manchester City", SEAS, None, ctx="28 58", period_alt=SO),
    F("27", 27, "#game", "L", None, "Liverpool's league games played|played|Liverpool", SEAS, None,
      ctx="Liverpool 27", period_alt=SO),
    F("55", 55, "pt", "L", None, "Liverpool's points|points|Liverpool", SEAS, None, ctx="27 55", period_alt=SO),
    F("28", 28, "#game", "L", None, "Aston Villa's league games played|played|Aston Villa", SEAS, None,
      ctx="Villa 28", period_alt=SO),
    F("52", 52, "pt", "L", None, "Aston Villa's points|points|Aston Villa", SEAS, None, ctx="28 52", period_alt=SO),
    F("six points", 6, "pt", "L", "dn", "Arsenal's lead over Liverpool|gap|leaders", DAY(nxt(P, "Wednesday")), None,
      ctx="leaders to six points", kind_alt=["change"]),
    F("11 points", 11, "pt", "L", None, "Southampton's gap to safety|Southampton|safety", DAY(P), None,
      period_alt=[SEAS]),
    F("38", 38, "#match", "L", None, "Arsenal's unbeaten 2003-04 league matches|matches|Arsenal",
      FY(2003, 8, 2004, 5), None, period_alt=[None]),
], ex=["2-0", "1-1", "3-0", "first-half", "a game in hand", "March 2"])

# ---------------------------------------------------------------- 33 A horse race: lengths, runners, distance, prize money, odds (not gold)
P = on("2026-06-06", "Saturday")
story("b61-33", P, """
Harbour Light storms clear to win the Derby for O'Dwyer

EPSOM, England, June 6 (Wire) - Harbour Light, the 9-2 favourite, won the Derby at Epsom Downs by two and a quarter lengths on Saturday, giving Irish trainer Aidan O'Dwyer his fifth victory in Britain's most famous Flat race.

Ridden by 24-year-old jockey Conor Hayes, the colt was held up towards the rear of the 16-runner field before producing a powerful run down the outside in the final two furlongs. The 100-1 outsider Copper Kettle finished second, with Royal Decree a neck further back in third.

The race, run over a mile and a half, is worth £1.6 million, of which the winner's owners collect about £920,000.

"He's the best horse I've trained," said O'Dwyer, who first won the race in 2011. "He has speed and he stays, and you don't get that very often."

Hayes, who had never ridden in the Derby before this year, said he had been confident from the top of Tattenham Hill. "I knew turning in that I had plenty left. He just kept going."

A crowd of about 96,000 watched in warm sunshine, the biggest attendance at the meeting since before the pandemic, organisers said.

Harbour Light's victory made amends for a narrow defeat in the 2,000 Guineas at Newmarket last month, when he was beaten by a short head. Bookmakers immediately made him the 2-1 favourite for the Irish Derby at the Curragh later this month, and his owners said he would be aimed at the Prix de l'Arc de Triomphe in Paris in October.
""", [
    F("two and a quarter lengths", 2.25, "length", "L", None, "Harbour Light's winning margin|margin|"
      "Harbour Light", DAY(P), None),
    AGE("24-year-old", 24, "Conor Hayes", alts="Hayes|jockey"),
    F("16", 16, "#runner", "L", None, "runners in the Derby|field|runners", DAY(P), None),
    F("a mile and a half", 1.5, "mile", "L", None, "Derby distance|race|distance", None, None),
    F("£1.6 million", 1.6e6, "£", "L", None, "Derby prize money|race|prize", None, None, period_alt=[DAY(P)]),
    F("about £920,000", 920e3, "£", "L", None, "Derby winner's prize|winner's owners|prize", DAY(P), None,
      period_alt=[None]),
    F("about 96,000", 96000, "#spectator", "L", None, "crowd at Epsom Downs|crowd|attendance", DAY(P),
      "organisers", unit_alt=["person"]),
], ex=["9-2", "100-1", "2-1", "2,000 Guineas", "June 6", "fifth victory", "in third", "final two furlongs"])

# ---------------------------------------------------------------- 34 A state election: seats of 47, primary votes, a swing, two-party preferred, the count
P = on("2026-03-22", "Sunday")
POLL = DAY("2026-03-21")
ECSA = ["Electoral Commission of South Australia", "electoral commission"]
story("b61-34", P, """
Labor re-elected in landslide as South Australian Liberals slump

ADELAIDE, 22 March — South Australia's Labor government has been returned with an increased majority, winning at least 29 of the 47 seats in the House of Assembly in Saturday's election, up from 27 at the 2022 poll.

The Liberal opposition was reduced to 12 seats, with independents and minor parties holding six. Twenty-four seats are needed to govern in majority.

Labor's primary vote was 42.6 per cent with 71.4 per cent of the expected vote counted on Sunday afternoon, the Electoral Commission of South Australia said, a swing of 2.5 percentage points towards the party. The Liberals' primary vote fell to 29.8 per cent.

On a two-party preferred basis, Labor led 58.9 per cent to 41.1 per cent, according to the ABC's election analyst, who said the result was the party's best in the state since the 1970s.

"South Australians have backed a plan for housing, for hospitals and for jobs," Premier Daniel Whitmore told supporters at a function in the city's west late on Saturday. "We will not take this for granted."

The Liberal leader, Sarah Pemberton, conceded defeat shortly after 10pm and said she would consider her future over the coming weeks. At least three of her frontbench colleagues lost their seats.

Turnout was lower than at the previous election, at about 88 per cent, as a growing number of voters cast their ballots before polling day. The commission expects to finalise the count within two weeks.

The Greens retained their only lower-house seat, while independents won in the rural seats of Flinders and MacKillop.
""", [
    F("at least 29", 29, "#seat", "L", "up", "Labor's seats in the South Australian House of Assembly|seats|Labor",
      POLL, None, period_alt=[DAY(P)]),
    F("47", 47, "#seat", "L", None, "seats in the South Australian House of Assembly|seats|House of Assembly",
      None, None),
    F("27", 27, "#seat", "L", None, "Labor's seats in the South Australian House of Assembly|seats|Labor",
      DAY("2022-03-19"), None, period_alt=[Y(2022)]),
    F("12", 12, "#seat", "L", "dn", "Liberal opposition's seats|seats|Liberal opposition", POLL, None,
      period_alt=[DAY(P)]),
    F("six", 6, "#seat", "L", None, "seats held by independents and minor parties|seats|independents", POLL, None,
      ctx="holding six", period_alt=[DAY(P)]),
    F("Twenty-four", 24, "#seat", "L", None, "seats needed to govern in majority|seats|majority", None, None),
    F("42.6 per cent", 42.6, "%", "S", None, "Labor's primary vote|primary vote|Labor", POLL,
      "Electoral Commission of South Australia", source_alt=["electoral commission"], kind_alt=["level"],
      period_alt=[DAY(P)]),
    F("71.4 per cent", 71.4, "%", "S", None, "share of the expected vote counted|vote counted|count", DAY(P),
      "Electoral Commission of South Australia", source_alt=["electoral commission"], kind_alt=["level"]),
    F("2.5 percentage points", 2.5, "pp", "C", "up", "swing to Labor|swing|Labor", POLL,
      "Electoral Commission of South Australia", source_alt=["electoral commission"],
      period_alt=[DAY(P), ("2022-03-19", "2026-03-21")]),
    F("29.8 per cent", 29.8, "%", "S", "dn", "Liberals' primary vote|primary vote|Liberals", POLL, None,
      source_alt=ECSA, kind_alt=["level"], period_alt=[DAY(P)]),
    F("58.9 per cent", 58.9, "%", "S", None, "Labor's two-party preferred vote|two-party preferred|Labor", POLL,
      "ABC's election analyst", source_alt=["ABC", "election analyst"], kind_alt=["level"],
      period_alt=[DAY(P)]),
    F("41.1 per cent", 41.1, "%", "S", None, "Liberals' two-party preferred vote|two-party preferred|Liberals",
      POLL, "ABC's election analyst", source_alt=["ABC", "election analyst"], kind_alt=["level"],
      period_alt=[DAY(P)]),
    F("three", 3, "#colleague", "L", None, "Liberal frontbenchers who lost their seats|frontbench colleagues|"
      "Liberal", POLL, None, ctx="At least three", period_alt=[DAY(P)]),
    F("about 88 per cent", 88, "%", "L", "dn", "turnout at the South Australian election|turnout", POLL, None,
      kind_alt=["share"], period_alt=[DAY(P)]),
], ex=["10pm", "two weeks", "the 1970s", "22 March", "only lower-house seat", "two-party preferred basis"])

# ---------------------------------------------------------------- 35 A census: counts at the census, growth since the previous one, shares
P = on("2025-05-15", "Thursday")
CEN = MM(2024, 3, 2024, 6)
CALT = [Y(2024)]
INE = ["National Statistics Institute", "INE", "census"]
story("b61-35", P, """
Chile's population grows slowly as census shows ageing nation, more migrants

SANTIAGO, May 15 (Wire) - Chile's population reached 18.48 million in the 2024 census, up 5.2% from the previous count in 2017, the National Statistics Institute (INE) said on Thursday, as a surge in immigration offset a sharp fall in the birth rate.

The census, carried out between March and June last year, counted 1.61 million people born abroad, or 8.7% of the population, more than double the share in 2017. Venezuelans made up the largest group of foreign-born residents, followed by Peruvians, Colombians and Haitians.

The population is ageing quickly. People aged 65 and over accounted for 14.0% of the total, up from 11.4% seven years earlier, while the share of children under 15 fell to 17.6%.

The number of households rose to 6.65 million, with an average of 2.8 people each, down from 3.1 in 2017, reflecting a rise in people living alone.

The Santiago Metropolitan Region remained home to about 40% of Chileans, with 7.4 million residents.

Some 11.5% of respondents identified as belonging to an Indigenous people, most of them Mapuche.

"Chile is becoming an older, more diverse country much faster than many expected," said Rodrigo Fuentes, a demographer at the Universidad del Pacifico. "Pensions, health care and housing policy all need to adjust."

INE director Carolina Vidal said the results would be used to redraw electoral districts and to recalculate the shares of central government funds allocated to municipalities. Detailed data on employment, education and housing will be published in stages through next year, the institute said.
""", [
    F("18.48 million", 18.48e6, "#person", "L", "up", "Chile's population|population", CEN,
      "National Statistics Institute", source_alt=["INE"], period_alt=CALT, unit_alt=["people"]),
    F("5.2%", 5.2, "%", "C", "up", "Chile's population|population", ("2017-04", "2024-06"),
      "National Statistics Institute", source_alt=["INE"], period_alt=[CEN, ("2017-01", "2024-12")]),
    F("1.61 million", 1.61e6, "#person", "L", None, "people in Chile born abroad|born abroad|foreign-born", CEN,
      None, source_alt=INE, period_alt=CALT),
    F("8.7%", 8.7, "%", "S", "up", "foreign-born share of Chile's population|born abroad|population", CEN, None,
      source_alt=INE, period_alt=CALT),
    X("more than double", 2, "R", "up", "foreign-born share of Chile's population against 2017|share", CEN, None,
      source_alt=INE, kind_alt=["change"], period_alt=CALT + [("2017-04", "2024-06")]),
    F("14.0%", 14.0, "%", "S", "up", "share of Chile's population aged 65 and over|people aged 65 and over|share",
      CEN, None, source_alt=INE, period_alt=CALT),
    F("11.4%", 11.4, "%", "S", None, "share of Chile's population aged 65 and over|people aged 65 and over|share",
      Y(2017), None, source_alt=INE, period_alt=[M(2017, 4)]),
    F("17.6%", 17.6, "%", "S", "dn", "share of Chile's population under 15|children under 15|share", CEN, None,
      source_alt=INE, period_alt=CALT),
    F("6.65 million", 6.65e6, "#household", "L", "up", "Chile's households|households", CEN, None,
      source_alt=INE, period_alt=CALT),
    F("2.8", 2.8, "#person", "R", "dn", "average size of Chilean households|average|households", CEN, None,
      source_alt=INE, period_alt=CALT, kind_alt=["level"], unit_alt=["person per household", "people"]),
    F("3.1", 3.1, "#person", "R", None, "average size of Chilean households|average|households", Y(2017), None,
      source_alt=INE, kind_alt=["level"], unit_alt=["person per household", "people"], period_alt=[M(2017, 4)]),
    F("about 40%", 40, "%", "S", None, "Santiago Metropolitan Region's share of Chileans|Santiago Metropolitan "
      "Region|Chileans", CEN, None, source_alt=INE, period_alt=CALT),
    F("7.4 million", 7.4e6, "#resident", "L", None, "Santiago Metropolitan Region residents|residents|"
      "Santiago Metropolitan Region", CEN, None, source_alt=INE, period_alt=CALT),
    F("Some 11.5%", 11.5, "%", "S", None, "share of Chileans identifying as Indigenous|respondents|Indigenous",
      CEN, None, source_alt=INE, period_alt=CALT),
], ex=["seven years", "May 15", "aged 65 and over", "under 15"])

# ---------------------------------------------------------------- 36 Measles: running totals so far this year, a week earlier, a school year
P = on("2025-07-09", "Wednesday")
YT = ("2025-01-01", P)
YTA = [ytd(P), ("2025-01", "2025-07")]
CDC = ["Centers for Disease Control and Prevention", "CDC"]
story("b61-36", P, """
U.S. measles cases top 1,500, the most in more than three decades

ATLANTA, July 9 (Wire) - The United States has recorded 1,563 confirmed measles cases so far this year, the Centers for Disease Control and Prevention said on Wednesday, the highest annual total since 1992 and more than five times the number reported in all of 2024.

The cases have been reported in 41 jurisdictions, up from 39 a week earlier, when the tally stood at 1,497. About 13% of patients have been hospitalized and three people have died, all of them unvaccinated.

Some 92% of this year's cases have been in people who were unvaccinated or whose vaccination status was unknown, the CDC said. Children and teenagers aged 5 to 19 accounted for 37% of infections.

The biggest outbreak, centred on a rural county in west Texas, has been declared over after 762 cases.

Health officials blame falling vaccination rates. Coverage of the measles, mumps and rubella (MMR) vaccine among kindergarteners dropped to 92.5% in the 2024-25 school year, below the 95% level that experts say is needed to prevent sustained outbreaks. Exemptions from school vaccine requirements reached a record 3.6%.

"Every one of these cases was preventable," said Dr. Maria Gonzalez-Ortiz, an infectious diseases specialist at Lakeshore Children's Hospital in Chicago. "We are losing ground that took decades to win."

Measles was declared eliminated in the United States in 2000, meaning it was no longer continuously transmitted. That status could be lost if a chain of transmission continues for 12 months, which officials say could happen by January if current outbreaks are not contained.

The CDC updates its case count every Wednesday.
""", [
    F("1,500", 1500, "#case", "L", "up", "U.S. measles cases|measles cases|cases", YT, None, source_alt=CDC,
      period_alt=YTA),
    F("1,563", 1563, "#case", "L", "up", "U.S. confirmed measles cases|measles cases|cases", YT,
      "Centers for Disease Control and Prevention", source_alt=["CDC"], period_alt=YTA),
    X("more than five times", 5, "R", "up", "U.S. measles cases this year against 2024|cases", YT,
      "Centers for Disease Control and Prevention", source_alt=["CDC"], period_alt=YTA, kind_alt=["change"]),
    F("41", 41, "#jurisdiction", "L", "up", "U.S. jurisdictions reporting measles cases|jurisdictions", YT, None,
      source_alt=CDC, period_alt=YTA),
    F("39", 39, "#jurisdiction", "L", None, "U.S. jurisdictions reporting measles cases|jurisdictions",
      ("2025-01-01", plus(P, -7)), None, source_alt=CDC, period_alt=[DAY(plus(P, -7))]),
    F("1,497", 1497, "#case", "L", None, "U.S. measles tally|tally|cases", ("2025-01-01", plus(P, -7)), None,
      source_alt=CDC, period_alt=[DAY(plus(P, -7))]),
    F("About 13%", 13, "%", "S", None, "share of U.S. measles patients hospitalized|patients|hospitalized", YT,
      None, source_alt=CDC, period_alt=YTA),
    F("three", 3, "#death", "L", None, "U.S. measles deaths|people|died", YT, None, ctx="three people",
      source_alt=CDC, period_alt=YTA),
    F("Some 92%", 92, "%", "S", None, "share of U.S. measles cases in unvaccinated people|cases|unvaccinated", YT,
      "CDC", source_alt=["Centers for Disease Control and Prevention"], period_alt=YTA),
    F("37%", 37, "%", "S", None, "share of U.S. measles infections among people aged 5 to 19|infections|"
      "children and teenagers", YT, None, source_alt=CDC, period_alt=YTA),
    F("762", 762, "#case", "L", None, "west Texas measles outbreak cases|outbreak|cases", ("2025-01", "2025-07"),
      None, period_alt=[None, YT]),
    F("92.5%", 92.5, "%", "L", "dn", "MMR vaccination coverage among U.S. kindergarteners|coverage|kindergarteners",
      FY(2024, 8, 2025, 6), None, kind_alt=["share"], period_alt=[FY(2024, 9, 2025, 6), None]),
    F("95%", 95, "%", "L", None, "vaccination level needed to prevent sustained measles outbreaks|level", None,
      "experts", kind_alt=["share"]),
    F("3.6%", 3.6, "%", "S", "up", "exemptions from U.S. school vaccine requirements|exemptions",
      FY(2024, 8, 2025, 6), None, kind_alt=["level"], period_alt=[FY(2024, 9, 2025, 6), None]),
], ex=["three decades", "aged 5 to 19", "12 months", "Every one", "July 9"])

# ---------------------------------------------------------------- 37 A wildfire: acres and containment at a time, so far this year
P = on("2026-08-18", "Tuesday")
MON = last(P, "Monday")
CF = ["Cal Fire", "California Department of Forestry and Fire Protection"]
story("b61-37", P, """
Ridgeback Fire grows to 48,630 acres as crews battle heat and wind

CLEARLAKE, Calif., Aug 18 (Wire) - A wildfire in Northern California's Lake County grew to 48,630 acres on Tuesday and was 23% contained, the California Department of Forestry and Fire Protection (Cal Fire) said, as triple-digit temperatures and gusty winds hampered efforts to hold its eastern flank.

Containment had stood at 11% on Monday evening, when the Ridgeback Fire covered about 41,200 acres.

More than 3,100 firefighters, supported by 24 helicopters, were assigned to the blaze, which started on Saturday afternoon near a campground. Its cause is under investigation.

The fire has destroyed 214 structures, including at least 96 homes, and threatens 2,800 more, Cal Fire said. About 9,400 residents remain under evacuation orders. Two firefighters have suffered minor injuries.

"The next 48 hours are critical," Cal Fire battalion chief Ryan Dolan told a briefing. "If the winds come up the way they are forecast, we could see significant growth to the north."

The National Weather Service has issued a red flag warning through Wednesday night, with gusts of up to 45 mph and humidity as low as 8% expected in the afternoon.

So far this year, wildfires in California have burned about 612,000 acres, well below the five-year average of roughly 1.1 million acres for this point in the season, according to Cal Fire data. A wet winter delayed the drying of grasses, but forecasters have warned that the peak of the fire season, which typically runs into October, is still ahead.

The governor's office said on Monday that it had secured federal assistance to help pay for the response.
""", [
    F("48,630 acres", 48630, "acre", "L", "up", "Ridgeback Fire area|Ridgeback Fire|fire", DAY(P), None,
      ctx="grows to 48,630 acres", source_alt=CF),
    F("48,630 acres", 48630, "acre", "L", "up", "Lake County wildfire area|wildfire|fire", DAY(P),
      "California Department of Forestry and Fire Protection", ctx="grew to 48,630 acres", source_alt=["Cal Fire"]),
    F("23%", 23, "%", "L", "up", "Ridgeback Fire containment|contained|wildfire", DAY(P),
      "California Department of Forestry and Fire Protection", source_alt=["Cal Fire"], kind_alt=["share"]),
    F("11%", 11, "%", "L", None, "Ridgeback Fire containment|containment", DAY(MON), None, source_alt=CF,
      kind_alt=["share"]),
    F("about 41,200 acres", 41200, "acre", "L", None, "Ridgeback Fire area|Ridgeback Fire", DAY(MON), None,
      source_alt=CF),
    F("More than 3,100", 3100, "#firefighter", "L", None, "firefighters assigned to the Ridgeback Fire|"
      "firefighters", DAY(P), None, source_alt=CF),
    F("24", 24, "#helicopter", "L", None, "helicopters assigned to the Ridgeback Fire|helicopters", DAY(P), None,
      source_alt=CF),
    F("214", 214, "#structure", "L", None, "structures destroyed by the Ridgeback Fire|structures",
      (last(P, "Saturday"), P), "Cal Fire", source_alt=CF[1:], period_alt=[DAY(P)]),
    F("at least 96", 96, "#home", "L", None, "homes destroyed by the Ridgeback Fire|homes",
      (last(P, "Saturday"), P), "Cal Fire", source_alt=CF[1:], period_alt=[DAY(P)]),
    F("2,800", 2800, "#structure", "L", None, "structures threatened by the Ridgeback Fire|structures|threatens",
      DAY(P), "Cal Fire", source_alt=CF[1:]),
    F("About 9,400", 9400, "#resident", "L", None, "residents under evacuation orders|residents", DAY(P), None,
      source_alt=CF),
    F("Two", 2, "#firefighter", "L", None, "firefighters injured|firefighters|injuries", (last(P, "Saturday"), P),
      None, ctx="Two firefighters", source_alt=CF, period_alt=[DAY(P)]),
    F("up to 45 mph", 45, "mile per hour", "L", None, "wind gusts|gusts", (P, nxt(P, "Wednesday")),
      "National Weather Service", period_alt=[DAY(nxt(P, "Wednesday"))]),
    F("as low as 8%", 8, "%", "L", None, "humidity|humidity", (P, nxt(P, "Wednesday")), "National Weather Service",
      period_alt=[DAY(nxt(P, "Wednesday"))]),
    F("about 612,000 acres", 612000, "acre", "L", None, "area burned by California wildfires|wildfires|acres",
      ytd(P), "Cal Fire data", source_alt=CF, period_alt=[("2026-01-01", P)]),
    F("roughly 1.1 million acres", 1.1e6, "acre", "L", None, "five-year average area burned by California "
      "wildfires|five-year average|acres", None, "Cal Fire data", source_alt=CF,
      period_alt=[ytd(P), ("2026-01-01", P)]),
], ex=["triple-digit", "48 hours", "five-year", "Aug 18"])

# ---------------------------------------------------------------- 38 Cholera in a war: since the start of the war, the past week, a fatality rate
P = on("2025-09-12", "Friday")
WAR = ("2023-04", "2025-09")
WARALT = [("2023-04-15", P)]
WHO = ["World Health Organization", "WHO"]
story("b61-38", P, """
Cholera spreads across Darfur as war cripples Sudan's health system - WHO

GENEVA/PORT SUDAN, Sept 12 (Wire) - Sudan has recorded more than 108,000 suspected cholera cases and about 2,950 deaths since the start of the war between the army and the paramilitary Rapid Support Forces in April 2023, the World Health Organization said on Friday.

In the past week alone, 2,140 new cases were reported, most of them in the Darfur region, where the disease has spread through camps for displaced people with little access to clean water.

The case fatality rate in North Darfur has reached 3.4%, far above the 1% the WHO considers acceptable with proper treatment, the agency said, citing shortages of rehydration salts and intravenous fluids.

"We are seeing people die of a disease that is entirely treatable," said Dr. Amira Khalid, a WHO health emergencies officer. "Health workers have not been paid for months and many facilities have been destroyed."

Only about 30% of health facilities in the worst-affected states are fully functioning, the agency estimates.

A vaccination campaign launched last month has reached 1.9 million people in Darfur and Kordofan, but aid groups say access for vaccine teams remains limited by fighting and by the start of the rainy season.

Some 11.8 million people have been forced from their homes since the start of the war, making Sudan the world's largest displacement crisis, according to the International Organization for Migration. About 3.9 million of them have fled to neighbouring countries such as Chad, Egypt and South Sudan.

The United Nations says its appeal for Sudan this year is only 23% funded, forcing agencies to cut food rations in several camps.
""", [
    F("more than 108,000", 108000, "#case", "L", None, "suspected cholera cases in Sudan|cholera cases|cases", WAR,
      "World Health Organization", source_alt=["WHO"], period_alt=WARALT),
    F("about 2,950", 2950, "#death", "L", None, "cholera deaths in Sudan|deaths", WAR, "World Health Organization",
      source_alt=["WHO"], period_alt=WARALT),
    F("2,140", 2140, "#case", "L", None, "new cholera cases in Sudan|new cases|cases", WK(P), None, source_alt=WHO),
    F("3.4%", 3.4, "%", "L", "up", "cholera case fatality rate in North Darfur|case fatality rate|North Darfur",
      DAY(P), "agency", source_alt=WHO, kind_alt=["share", "ratio"], period_alt=[None, WAR]),
    F("1%", 1, "%", "L", None, "acceptable cholera case fatality rate|case fatality rate", None, "agency",
      ctx="the 1% the WHO", source_alt=WHO, kind_alt=["share", "ratio"]),
    F("about 30%", 30, "%", "S", None, "share of health facilities fully functioning in Sudan's worst-affected "
      "states|health facilities", DAY(P), "agency", source_alt=WHO, kind_alt=["level"], period_alt=[None]),
    F("1.9 million", 1.9e6, "#person", "L", None, "people reached by Sudan's cholera vaccination campaign|"
      "vaccination campaign|people", ("2025-08", "2025-09"), None, source_alt=WHO,
      period_alt=[(None, P), DAY(P)]),
    F("Some 11.8 million", 11.8e6, "#person", "L", None, "people displaced in Sudan|people|displacement", WAR,
      "International Organization for Migration", source_alt=["IOM"], period_alt=WARALT),
    F("About 3.9 million", 3.9e6, "#person", "L", None, "Sudanese who fled to neighbouring countries|"
      "neighbouring countries|fled", WAR, None, source_alt=["International Organization for Migration"],
      period_alt=WARALT),
    F("23%", 23, "%", "S", None, "share of the UN appeal for Sudan funded|appeal|funded", ytd(P), "United Nations",
      kind_alt=["level"], period_alt=[Y(2025), DAY(P)]),
], ex=["Sept 12"])

# ---------------------------------------------------------------- 39 An NFL game: yards, touchdowns, a crowd; the score and the record are not gold
P = on("2025-12-08", "Monday")
SUN = last(P, "Sunday")
story("b61-39", P, """
Okafor throws three touchdowns as Bears edge Packers in snow

CHICAGO, Dec 8 (Wire) - Quarterback Jalen Okafor threw for 312 yards and three touchdowns, and the Chicago Bears held on for a 27-24 win over the Green Bay Packers at a snowy Soldier Field on Sunday, moving into first place in the NFC North.

Okafor completed 26 of 38 passes without an interception, connecting with wide receiver Darius Lane for scores of 41 and 12 yards in the first half. Running back Trey Whitfield added 118 yards on 21 carries.

Green Bay rallied from a 17-point deficit in the fourth quarter and tied the game with 2:14 left, but Chicago's Nate Ellison kicked a 52-yard field goal with six seconds remaining to seal the win.

"That's about as cold as I've ever played in, but the guys never flinched," said Okafor, 25, who has thrown for 3,640 yards this season.

The Packers' Marcus Hill was sacked four times and lost a fumble that set up a Bears touchdown. Green Bay coach Dale Morrow said his offensive line had struggled on the frozen turf. "We dug ourselves a hole early and you can't do that on the road against a good team in December," Morrow said.

A crowd of 61,422 braved temperatures of 14 degrees Fahrenheit (minus 10 degrees Celsius) and gusting winds.

The Bears (9-4) have won seven of their last eight games and are in position to make the playoffs for the first time since the 2020 season. The Packers (8-5) have lost two straight.

Chicago play at the Minnesota Vikings next Sunday.
""", [
    F("312 yards", 312, "yard", "L", None, "Jalen Okafor's passing yards|passing yards|Okafor", DAY(SUN), None),
    F("three", 3, "#touchdown", "L", None, "Jalen Okafor's touchdown passes|touchdowns|Okafor", DAY(SUN), None,
      ctx="and three touchdowns"),
    F("three", 3, "#touchdown", "L", None, "Jalen Okafor's touchdown passes|touchdowns|Okafor", DAY(SUN), None,
      ctx="throws three"),
    F("26", 26, "#pass", "L", None, "Jalen Okafor's completed passes|passes|Okafor", DAY(SUN), None),
    F("38", 38, "#pass", "L", None, "Jalen Okafor's pass attempts|passes|Okafor", DAY(SUN), None),
    F("41", 41, "yard", "L", None, "length of Darius Lane's first touchdown|scores|Lane", DAY(SUN), None),
    F("12 yards", 12, "yard", "L", None, "length of Darius Lane's second touchdown|scores|Lane", DAY(SUN), None,
      ctx="and 12 yards"),
    F("118 yards", 118, "yard", "L", None, "Trey Whitfield's rushing yards|Whitfield", DAY(SUN), None),
    F("21", 21, "#carry", "L", None, "Trey Whitfield's carries|carries|Whitfield", DAY(SUN), None),
    F("17-point", 17, "pt", "L", None, "Green Bay's deficit|deficit|Green Bay", DAY(SUN), None),
    F("52-yard", 52, "yard", "L", None, "Nate Ellison's field goal|field goal|Ellison", DAY(SUN), None),
    F("six seconds", 6, "s", "L", None, "time remaining at Ellison's field goal|seconds remaining", DAY(SUN), None),
    AGE("25", 25, "Jalen Okafor", alts="Okafor"),
    F("3,640 yards", 3640, "yard", "L", "up", "Jalen Okafor's passing yards this season|Okafor|season",
      ("2025-09", "2025-12"), None, period_alt=[FY(2025, 9, 2026, 2), ("2025-09-04", SUN)]),
    F("four", 4, "#sack", "L", None, "sacks of Marcus Hill|sacked|Hill", DAY(SUN), None, ctx="four times",
      unit_alt=["times"]),
    F("61,422", 61422, "#spectator", "L", None, "crowd at Soldier Field|crowd", DAY(SUN), None,
      unit_alt=["person"]),
    F("14 degrees Fahrenheit", 14, "F", "L", None, "temperature at Soldier Field|temperatures", DAY(SUN), None),
    F("minus 10 degrees Celsius", -10, "C", "L", None, "temperature at Soldier Field|temperatures", DAY(SUN),
      None, value_alt=[10]),
    F("seven", 7, "#game", "L", None, "Chicago Bears wins in their last eight games|won|Bears",
      ("2025-10", "2025-12"), None, period_alt=[("2025-09", "2025-12"), None]),
    F("eight", 8, "#game", "L", None, "Chicago Bears' last games|games|Bears", ("2025-10", "2025-12"), None,
      ctx="last eight", period_alt=[("2025-09", "2025-12"), None]),
    F("two", 2, "#game", "L", None, "Green Bay Packers' straight losses|lost|Packers", ("2025-11", "2025-12"), None,
      ctx="lost two straight", period_alt=[None]),
], ex=["27-24", "9-4", "8-5", "2:14", "first half", "fourth quarter", "Dec 8", "2020 season"])

# ---------------------------------------------------------------- 40 A cyclone: landfall on Thursday, a toll on Saturday, since the start of the season
P = on("2026-02-14", "Saturday")
THU = last(P, "Thursday")
INGD = ["INGD", "disaster management agency", "agency"]
story("b61-40", P, """
Cyclone Leona kills at least 37 in Mozambique as floods cut off Beira

MAPUTO, Feb 14 (Wire) - Tropical Cyclone Leona has killed at least 37 people in central Mozambique since making landfall near the port city of Beira late on Thursday with sustained winds of 185 km/h, the country's disaster management agency INGD said on Saturday.

Gusts of up to 230 km/h tore roofs from homes and brought down power lines, and some areas received 320 mm of rain in 24 hours, more than the average for the whole of February, the national meteorology institute said.

The agency said 46,000 homes had been damaged or destroyed and about 210,000 people affected in Sofala and Manica provinces. More than 60 schools are being used as shelters for 18,500 displaced people.

Rescue teams were using boats to reach villages along the Buzi river, where floodwaters rose to the rooftops of some houses. The main road linking Beira to the capital was cut in several places, and the city's airport was closed until further notice.

Power utility EDM said about 70% of Beira was without electricity on Saturday.

Leona is the third cyclone to hit Mozambique this season. Since the start of the cyclone season in November, storms have killed 94 people in Mozambique and Madagascar, according to the U.N. humanitarian office OCHA.

"We fear the toll will rise as teams reach areas that have been cut off," INGD president Luisa Meque told reporters in Beira. "The water is still rising in some districts."

The World Food Programme said it needed $28 million to feed affected families over the next three months. Mozambique, one of the world's poorest countries, is still recovering from cyclones Idai and Kenneth, which killed hundreds in 2019.
""", [
    F("at least 37", 37, "#person", "L", None, "deaths from Cyclone Leona in Mozambique|people|killed",
      (THU, P), None, ctx="kills at least 37", source_alt=INGD, period_alt=[DAY(P)]),
    F("at least 37", 37, "#person", "L", None, "deaths from Cyclone Leona in Mozambique|people|killed",
      (THU, P), "INGD", ctx="killed at least 37", source_alt=INGD[1:], period_alt=[DAY(P)]),
    F("185 km/h", 185, "km/h", "L", None, "Cyclone Leona sustained winds|sustained winds|winds", DAY(THU), "INGD",
      source_alt=INGD[1:]),
    F("up to 230 km/h", 230, "km/h", "L", None, "Cyclone Leona gusts|gusts", DAY(THU), "national meteorology "
      "institute", source_alt=["meteorology institute"], period_alt=[(THU, P)]),
    F("320 mm", 320, "mm", "L", None, "rainfall from Cyclone Leona|rain", None, "national meteorology institute",
      source_alt=["meteorology institute"], period_alt=[DAY(THU), (THU, plus(THU, 1))]),
    F("46,000", 46000, "#home", "L", None, "homes damaged or destroyed by Cyclone Leona|homes", (THU, P), "agency",
      source_alt=INGD, period_alt=[DAY(P)]),
    F("about 210,000", 210000, "#person", "L", None, "people affected by Cyclone Leona|people affected|people",
      (THU, P), "agency", source_alt=INGD, period_alt=[DAY(P)]),
    F("More than 60", 60, "#school", "L", None, "schools used as shelters|schools|shelters", DAY(P), None,
      source_alt=INGD),
    F("18,500", 18500, "#person", "L", None, "people displaced by Cyclone Leona|displaced people|displaced", DAY(P),
      None, source_alt=INGD),
    F("about 70%", 70, "%", "S", None, "share of Beira without electricity|Beira|electricity", DAY(P), "EDM",
      source_alt=["Power utility"]),
    F("94", 94, "#person", "L", None, "cyclone deaths in Mozambique and Madagascar this season|storms|killed",
      ("2025-11", "2026-02"), "OCHA", source_alt=["U.N. humanitarian office"],
      period_alt=[("2025-11-01", P), FY(2025, 11, 2026, 4)]),
    F("$28 million", 28e6, "$", "L", None, "World Food Programme funding needed for Mozambique|"
      "World Food Programme|funding", MM(2026, 2, 2026, 4), "World Food Programme", source_alt=["WFP"],
      period_alt=[None, MM(2026, 3, 2026, 5)]),
], ex=["24 hours", "third cyclone", "next three months", "one of the world", "Feb 14"])
