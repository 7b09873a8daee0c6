"""blind52 stories 11-20."""
from common import *

# ---------------------------------------------------------------- 11 UK house prices
PUB = "2025-10-01"
HB = "Halden Building Society"
SEP = M(2025, 9)
AUG = M(2025, 8)
YSEP = [span12(2025, 9)]
story("b52-11", PUB, """
UK house prices fell 0.4 per cent in September, the first monthly decline since April, as higher mortgage rates and changes to stamp duty cooled demand, the Halden Building Society said on Wednesday.

The average price of a home slipped to £271,304 from £272,390 in August, leaving annual growth at 2.1 per cent, down from 2.8 per cent. Economists had expected a 0.2 per cent monthly rise.

Northern Ireland remained the strongest region, with prices up 8.7 per cent on a year earlier, while London was the weakest, down 1.3 per cent. The average London home now costs £529,000, almost twice the national figure.

"Affordability is still stretched," said Halden's chief economist, Graham Otieno. A buyer earning the average full-time salary of £38,700 would need to spend about 34 per cent of take-home pay on a typical mortgage, compared with a long-run average of 29 per cent, he said.

First-time buyers accounted for 53 per cent of home purchases financed with a mortgage in the third quarter. Mortgage approvals fell to 62,800 in August, Bank of England figures showed on Monday.
""", [
    F("0.4 per cent", 0.4, "%", "C", "dn", "UK house prices|house prices|prices", SEP, HB, source_alt=["Halden"]),
    F("£271,304", 271304, "£", "L", "dn", "average home price|average price|price", SEP, None),
    F("£272,390", 272390, "£", "L", None, "average home price|average price|price", AUG, None),
    F("2.1 per cent", 2.1, "%", "C", "up", "annual growth|annual house price growth|annual growth|growth|prices", SEP, None,
      direction_alt=["decrease"], period_alt=YSEP),
    F("2.8 per cent", 2.8, "%", "C", None, "annual growth|annual house price growth|annual growth|growth|prices", AUG, None,
      direction_alt=["increase"], period_alt=[span12(2025, 8)]),
    F("0.2 per cent", 0.2, "%", "C", "up", "expected rise|economists' expected monthly rise|expected rise|prices|house prices",
      SEP, "economists"),
    F("8.7 per cent", 8.7, "%", "C", "up", "Northern Ireland house prices|prices|Northern Ireland", SEP, None,
      period_alt=YSEP + [Q(2025, 3)]),
    F("1.3 per cent", 1.3, "%", "C", "dn", "London house prices|prices|London", SEP, None,
      period_alt=YSEP + [Q(2025, 3)]),
    F("£529,000", 529000, "£", "L", None, "London home price|average London home price|London home|home|price", None, None,
      period_alt=[PUB, SEP]),
    F("twice", 2, None, "R", "up", "London home price|London price relative to the national average|London home|home|price", None,
      None, unit_alt=["times"], direction_alt=[None], period_alt=[PUB, SEP]),
    F("£38,700", 38700, "£", "L", None, "average full-time salary|salary", None, "Graham Otieno",
      period_alt=[PUB]),
    F("34 per cent", 34, "%", "S", None, "take-home pay|take-home pay spent on a mortgage|pay|mortgage|affordability", None,
      "Graham Otieno", period_alt=[PUB]),
    F("29 per cent", 29, "%", "S", None, "long-run average|long-run average share of pay spent on a mortgage|long-run average|average|pay",
      None, "Graham Otieno"),
    F("53 per cent", 53, "%", "S", None, "first-time buyers|first-time buyers' share of mortgaged purchases|first-time buyers|buyers|purchases",
      Q(2025, 3), None),
    F("62,800", 62800, "#approval", "L", "dn", "mortgage approvals|approvals", AUG, "Bank of England",
      source_alt=["Bank of England figures"]),
], ex=["third quarter"])

# ---------------------------------------------------------------- 12 US rents roundup
PUB = "2025-07-15"
JUN = M(2025, 6)
YJ = [span12(2025, 6)]
HS = "Homestake"


def metro(surface, value, city, direction):
    return F(surface, value, "%", "C", direction, f"{city} rents|rents|{city}", JUN, None,
             value_alt=[abs(value)] if value < 0 else [], period_alt=YJ)


story("b52-12", PUB, """
U.S. asking rents rose 1.1% in June from a year earlier to a median of $1,712, the smallest annual increase for the month since 2020, according to a report published on Tuesday by rental listings site Homestake.

Rents fell from a year earlier in 18 of the 50 largest metro areas. The biggest declines were in Austin, Texas (-6.2%), Jacksonville, Florida (-4.9%), Nashville, Tennessee (-4.1%) and Denver (-3.8%). The biggest gains came in Providence, Rhode Island (+6.7%), Cleveland (+5.9%) and Chicago (+5.2%).

The median one-bedroom rented for $1,498 and the median two-bedroom for $1,826. On a monthly basis, rents edged up 0.3%, less than the typical June gain of about 0.6%.

Vacancy in multifamily buildings climbed to 7.4%, the highest in Homestake's data going back to 2017, as developers finished roughly 590,000 apartments in the 12 months through June, the most in five decades.

"Renters have more bargaining power than at any point in the past eight years," said Homestake economist Nadia Ferrante. About 38% of listings offered at least one concession, such as a free month or waived parking fees.
""", [
    F("1.1%", 1.1, "%", "C", "up", "U.S. asking rents|asking rents|rents", JUN, HS, period_alt=YJ,
      source_alt=["report"]),
    F("$1,712", 1712, "$", "L", "up", "median asking rent|median rent|rent|rents", JUN, HS, source_alt=["report"]),
    F("18", 18, "#metro area", "L", None, "metro areas|metro areas where rents fell|metro areas|areas", JUN, None,
      period_alt=YJ),
    F("50", 50, "#metro area", "L", None, "largest metro areas|metro areas|areas", None, None),
    metro("-6.2%", -6.2, "Austin", "dn"),
    metro("-4.9%", -4.9, "Jacksonville", "dn"),
    metro("-4.1%", -4.1, "Nashville", "dn"),
    metro("-3.8%", -3.8, "Denver", "dn"),
    metro("+6.7%", 6.7, "Providence", "up"),
    metro("+5.9%", 5.9, "Cleveland", "up"),
    metro("+5.2%", 5.2, "Chicago", "up"),
    F("$1,498", 1498, "$", "L", None, "median one-bedroom rent|one-bedroom|rent", JUN, None),
    F("$1,826", 1826, "$", "L", None, "median two-bedroom rent|two-bedroom|rent", JUN, None),
    F("0.3%", 0.3, "%", "C", "up", "monthly rents|rents", JUN, None),
    F("0.6%", 0.6, "%", "C", "up", "typical June gain|typical June rent gain|typical June gain|gain|rents", None, None,
      period_alt=[JUN]),
    F("7.4%", 7.4, "%", "L", "up", "multifamily vacancy rate|vacancy|vacancy rate", JUN, None,
      kind_alt=["share"], period_alt=[PUB, None]),
    F("590,000", 590000, "#apartment", "L", None, "apartments completed|apartments|completions",
      span12(2025, 6), None),
    F("38%", 38, "%", "S", None, "listings|listings offering a concession|listings|concessions", None, None,
      period_alt=[JUN, PUB]),
], ex=["one-bedroom", "two-bedroom", "12 months", "five decades", "eight years", "one concession"])

# ---------------------------------------------------------------- 13 utility rate request
PUB = "2026-05-06"
JAN = ("2027-01", None)
JANA = [M(2027, 1), None]
PE = "Pinecrest Electric"
story("b52-13", PUB, """
Pinecrest Electric asked state regulators on Wednesday to raise residential power rates by 9.7%, an increase that would add about $14.20 to the typical customer's monthly bill starting in January.

The utility, which serves 1.3 million customers across 31 counties, said the $486 million rate request would pay for grid upgrades, storm hardening and a 300-megawatt solar farm in Dunmore County. It would lift the base residential rate to 16.8 cents per kilowatt-hour from 15.3 cents.

A typical household using 1,000 kilowatt-hours a month now pays $146.35, Pinecrest said. That bill has already risen 22% since 2022, largely because of higher natural gas prices.

The Citizens' Utility Board, a consumer group, called the request the largest in the company's history and said it would push the average bill up by more than $170 a year. Its director, Howard Bleecker, said Pinecrest had earned a 10.4% return on equity last year, above the 9.5% regulators allowed.

The Public Utilities Commission has 275 days to rule. Pinecrest shares closed down 1.2% at $58.06.
""", [
    F("9.7%", 9.7, "%", "C", "up", "residential power rates|power rates|rates|rate", JAN, PE, period_alt=JANA),
    F("$14.20", 14.2, "$", "C", "up", "monthly bill|typical customer's monthly bill|monthly bill|bill", JAN, PE, period_alt=JANA),
    F("1.3 million", 1.3e6, "#customer", "L", None, "customers served|customers", None, None, source_alt=[PE],
      period_alt=[PUB]),
    F("31", 31, "#county", "L", None, "counties served|counties", None, None, source_alt=[PE]),
    F("$486 million", 486e6, "$", "L", None, "rate request|request|revenue increase", None, PE,
      period_alt=[JAN]),
    F("300-megawatt", 300, "megawatt", "L", None, "solar farm capacity|solar farm|farm|capacity", None, PE,
      unit_alt=["MW"]),
    CENTS("16.8 cents", 16.8, "$", "L", "up", "base residential rate|residential rate|rate", JAN, None,
          unit_alt=["cent per kilowatt-hour", "USD per kilowatt-hour"], period_alt=JANA),
    CENTS("15.3 cents", 15.3, "$", "L", None, "base residential rate|residential rate|rate", None, None,
          unit_alt=["cent per kilowatt-hour"], period_alt=[PUB]),
    F("$146.35", 146.35, "$", "L", None, "monthly bill|typical household monthly bill|household|bill", None, PE,
      source_alt=["Pinecrest"], period_alt=[PUB]),
    F("22%", 22, "%", "C", "up", "monthly bill|typical household monthly bill|household|bill", ("2022-01", "2026-05"), None,
      period_alt=[None]),
    F("$170", 170, "$", "C", "up", "average annual bill|average bill|bill", JAN, "Citizens' Utility Board",
      period_alt=JANA),
    F("10.4%", 10.4, "%", "L", None, "return on equity|Pinecrest's return on equity|return on equity|return|equity", Y(2025),
      "Howard Bleecker"),
    F("9.5%", 9.5, "%", "L", None, "allowed return|allowed return on equity|return on equity|return|regulators", Y(2025),
      "Howard Bleecker", period_alt=[None]),
    F("1.2%", 1.2, "%", "C", "dn", "Pinecrest shares|shares|stock", PUB, None),
    F("$58.06", 58.06, "$", "L", "dn", "Pinecrest shares|shares|stock", PUB, None),
], ex=["1,000 kilowatt-hours", "275 days"])

# ---------------------------------------------------------------- 14 India competition fine (Rs, crore, lakh)
PUB = "2025-04-25"
CCI = "Competition Commission of India"
TE = "Thaali Express"
story("b52-14", PUB, """
The Competition Commission of India on Friday fined food-delivery platform Thaali Express Rs 412 crore (about $48 million) for abusing its dominant position, the regulator's largest penalty this year.

The watchdog found that Thaali Express, which handles roughly 58 per cent of online food orders in the country, forced restaurants to offer it prices at least 10 per cent lower than on rival apps, and charged commissions of up to 28 per cent.

The penalty was calculated at 4 per cent of the company's average turnover over the three preceding financial years, the order said. Thaali Express reported revenue of Rs 9,870 crore in the financial year ended March 31, 2024, up 36 per cent.

The CCI began investigating in 2022 after complaints from a restaurant association representing about 5 lakh outlets. Thaali Express must also stop the pricing practice within 60 days.

"We respect the regulator but will appeal," a company spokesperson said, adding that the platform had helped more than 3.2 lakh small restaurants reach customers.

Shares of Thaali Express fell 3.4 per cent to Rs 186.75 on the National Stock Exchange, cutting its market value by about Rs 4,900 crore.
""", [
    F("Rs 412 crore", 4.12e9, "Rs", "L", None, "penalty|fine", None, None, source_alt=[CCI, "CCI"],
      period_alt=[PUB]),
    F("$48 million", 48e6, "$", "L", None, "penalty|fine", None, None, source_alt=[CCI, "CCI"], period_alt=[PUB]),
    F("58 per cent", 58, "%", "S", None, "online food orders|Thaali Express share of online food orders|market share|orders|share",
      None, CCI, source_alt=["watchdog", "CCI"], period_alt=[PUB]),
    F("10 per cent", 10, "%", "C", "dn", "prices|prices offered to Thaali Express compared with rival apps|prices", None,
      CCI, kind_alt=["level"], source_alt=["watchdog", "CCI"]),
    F("28 per cent", 28, "%", "L", None, "commissions|commission", None, CCI, source_alt=["watchdog", "CCI"]),
    F("4 per cent", 4, "%", "S", None, "penalty|penalty as a share of average turnover|penalty|turnover", None, "order",
      ctx="at 4 per cent", kind_alt=["ratio", "level"], source_alt=[CCI, "CCI"],
      period_alt=[("2021-04", "2024-03")]),
    F("Rs 9,870 crore", 9.87e10, "Rs", "L", "up", "revenue", ("2023-04", "2024-03"), TE),
    F("36 per cent", 36, "%", "C", "up", "revenue", ("2023-04", "2024-03"), TE),
    F("5 lakh", 5e5, "#outlet", "L", None, "outlets|outlets represented by the restaurant association|outlets|restaurants",
      None, None),
    F("3.2 lakh", 3.2e5, "#restaurant", "L", None, "small restaurants helped|restaurants", None,
      "company spokesperson", source_alt=[TE, "spokesperson"]),
    F("3.4 per cent", 3.4, "%", "C", "dn", "Thaali Express shares|shares|stock", PUB, None),
    F("Rs 186.75", 186.75, "Rs", "L", "dn", "Thaali Express shares|shares|stock", PUB, None),
    F("Rs 4,900 crore", 4.9e10, "Rs", "C", "dn", "market value|value|market capitalisation", PUB, None),
], ex=["three preceding", "60 days"])

# ---------------------------------------------------------------- 15 fraud sentencing
PUB = "2026-06-19"
thu = last(PUB, "Thursday")
SCHEME = ("2017-01", "2023-12")
story("b52-15", PUB, """
A former hospital billing executive was sentenced on Thursday to nine years in federal prison for a scheme that defrauded Medicare and private insurers of about $63 million, prosecutors said.

Dorian Keller, 54, of Fallbrook Township, was also ordered to forfeit $11.8 million and pay $63.2 million in restitution. A jury convicted him in February on 14 counts of health care fraud and money laundering.

Between 2017 and 2023, Keller's company submitted more than 41,000 claims for lab tests that were never ordered by a doctor, according to court records. Prosecutors said he spent part of the proceeds on a $4.6 million lakefront home and three sports cars.

U.S. District Judge Maribel Ochoa said the sentence, below the 12 to 15 years sought by the government, reflected Keller's age and his lack of a criminal record. His lawyer had asked for no more than five years.

Two co-defendants who pleaded guilty were sentenced last month to 30 months and 42 months.

Health care fraud costs the United States an estimated $100 billion a year, according to the Justice Department.
""", [
    F("nine years", 9, "year", "L", None, "prison sentence|sentence", thu, "prosecutors", period_alt=[None]),
    F("$63 million", 63e6, "$", "L", None, "amount defrauded|fraud|scheme", None, "prosecutors",
      period_alt=[SCHEME]),
    AGE("54", 54, "Dorian Keller", alts="Keller"),
    F("$11.8 million", 11.8e6, "$", "L", None, "forfeiture|forfeit|assets", thu, None, period_alt=[None]),
    F("$63.2 million", 63.2e6, "$", "L", None, "restitution", thu, None, period_alt=[None]),
    F("14", 14, "#count", "L", None, "counts of conviction|counts|convictions", M(2026, 2), None),
    F("41,000", 41000, "#claim", "L", None, "claims|claims for lab tests|claims", SCHEME, "court records"),
    F("$4.6 million", 4.6e6, "$", "L", None, "lakefront home|home", None, "prosecutors"),
    F("three", 3, "#car", "L", None, "sports cars|cars", None, "prosecutors", ctx="three sports cars"),
    F("12 to 15 years", 12, "year", "L", None, "sentence sought|sentence sought by the government|sentence|government", None, None,
      value_hi=15, source_alt=["Maribel Ochoa", "government"]),
    F("five years", 5, "year", "L", None, "sentence|sentence sought by the defense|sentence|lawyer", None, None,
      source_alt=["lawyer"]),
    F("Two", 2, "#co-defendant", "L", None, "co-defendants", None, None),
    F("30 months", 30, "month", "L", None, "co-defendant's sentence|sentence|sentences|co-defendants", M(2026, 5),
      None),
    F("42 months", 42, "month", "L", None, "co-defendant's sentence|sentence|sentences|co-defendants", M(2026, 5),
      None),
    F("$100 billion", 100e9, "$", "L", None, "health care fraud|annual cost of health care fraud|health care fraud|fraud|cost", None,
      "Justice Department"),
])

# ---------------------------------------------------------------- 16 mayoral poll
PUB = "2025-10-28"
FW = ("2025-10-20", "2025-10-25")
POLL = "Bayline University poll"
PA = dict(source_alt=[POLL, "Bayline University"], period_alt=[PUB])
story("b52-16", PUB, """
Councilwoman Elena Sorensen leads former prosecutor Grant Holloway 47% to 41% in the race for mayor of Port Adley, with 9% undecided, according to a Bayline University poll released on Tuesday, a week before the Nov. 4 election.

The survey of 812 likely voters, conducted Oct. 20-25, has a margin of error of plus or minus 3.4 percentage points. Sorensen's 6-point lead is up from 2 points in the university's September poll.

Housing costs were the top issue for 38% of respondents, followed by public safety at 27%. Nearly two-thirds of voters under 35 backed Sorensen, while Holloway led 55% to 39% among those 65 and older.

A proposed $750 million bond for affordable housing had the support of 58% of likely voters, above the 55% needed for passage.

Just 31% said the city was headed in the right direction, down from 44% a year ago. Outgoing Mayor Thomas Reyes, who is barred by term limits from seeking a third term, had an approval rating of 40%.
""", [
    F("47%", 47, "%", "S", None, "Sorensen's support|Sorensen|support|voters", FW, POLL,
      source_alt=["Bayline University"], period_alt=[PUB]),
    F("41%", 41, "%", "S", None, "Holloway's support|Holloway|support|voters", FW, POLL,
      source_alt=["Bayline University"], period_alt=[PUB]),
    F("9%", 9, "%", "S", None, "undecided voters|undecided|voters", FW, POLL, ctx="with 9% undecided", source_alt=["Bayline University"],
      period_alt=[PUB]),
    F("812", 812, "#voter", "L", None, "likely voters surveyed|voters|survey|respondents", FW, None, **PA),
    F("3.4 percentage points", 3.4, "pp", "L", None, "margin of error|error", FW, None, **PA),
    F("6-point", 6, "percentage point", "L", "up", "Sorensen's lead|lead", FW, None, unit_alt=["point"], **PA),
    F("2 points", 2, "percentage point", "L", None, "Sorensen's lead|lead", M(2025, 9), None, unit_alt=["point"],
      source_alt=[POLL, "Bayline University"]),
    F("38%", 38, "%", "S", None, "housing costs|respondents citing housing costs as top issue|respondents|housing costs|housing",
      FW, None, **PA),
    F("27%", 27, "%", "S", None, "public safety|respondents citing public safety as top issue|respondents|public safety", FW,
      None, **PA),
    FR("two-thirds", 2, 3, "S", None, "voters under 35|voters under 35 backing Sorensen|voters|Sorensen", FW, None, **PA),
    F("55%", 55, "%", "S", None, "Holloway's support|Holloway's support among voters 65 and older|Holloway|voters|support", FW, None,
      ctx="led 55% to", **PA),
    F("39%", 39, "%", "S", None, "Sorensen's support|Sorensen's support among voters 65 and older|Sorensen|voters|support", FW, None,
      **PA),
    F("$750 million", 750e6, "$", "L", None, "affordable housing bond|bond", None, None),
    F("58%", 58, "%", "S", None, "bond support|likely voters supporting the bond|voters|support|bond", FW, None, **PA),
    F("55%", 55, "%", "L", None, "passage threshold|support needed for passage|passage|threshold|support", None, None,
      ctx="above the 55% needed", kind_alt=["share"]),
    F("31%", 31, "%", "S", "dn", "right direction|voters saying the city is headed in the right direction|voters|direction|respondents",
      FW, None, **PA),
    F("44%", 44, "%", "S", None, "right direction|voters saying the city is headed in the right direction|voters|direction|respondents",
      M(2024, 10), None, source_alt=[POLL], period_alt=[None]),
    F("40%", 40, "%", "L", None, "approval rating|Mayor Thomas Reyes's approval rating|approval rating|approval|rating", FW, None,
      kind_alt=["share"], **PA),
], ex=["Oct. 20-25", "under 35", "65 and older", "third term"])

# ---------------------------------------------------------------- 17 Australian by-election
PUB = "2025-03-16"
sat = last(PUB, "Saturday")
EC = "state electoral commission"
story("b52-17", PUB, """
Independent candidate Rachel Dunmore has claimed victory in the Kelmscott by-election, ending decades of Liberal Party control, after securing 54.3 per cent of the two-party-preferred vote with 86 per cent of ballots counted.

Dunmore, 39, a former paediatrician, won 38.9 per cent of first preferences on Saturday, ahead of Liberal candidate Tom Gallagher on 35.6 per cent, a swing of 11.2 per cent against the Liberals compared with the 2022 election. Labor, which did not run a candidate, had won 24 per cent of the primary vote in 2022.

Turnout was about 81 per cent, below the 89 per cent recorded at the general election, the state electoral commission said. About 41,000 pre-poll and postal votes were cast, nearly half the total.

"The community wanted a local voice," Dunmore told supporters. Her campaign raised about A$620,000, more than twice the Liberal Party's declared spending.

The loss leaves the Liberals with 34 of the 93 seats in the state's lower house.
""", [
    F("54.3 per cent", 54.3, "%", "S", None, "Dunmore's two-party-preferred vote|two-party-preferred vote|vote|Dunmore",
      sat, None, period_alt=[PUB]),
    F("86 per cent", 86, "%", "S", None, "ballots counted|ballots", None, None, period_alt=[PUB, sat]),
    AGE("39", 39, "Rachel Dunmore", alts="Dunmore"),
    F("38.9 per cent", 38.9, "%", "S", None, "Dunmore's first-preference vote|first preferences|vote|Dunmore", sat,
      None),
    F("35.6 per cent", 35.6, "%", "S", None, "Gallagher's first-preference vote|Gallagher|vote", sat, None),
    F("11.2 per cent", 11.2, "%", "C", "dn", "swing|swing against the Liberals|swing|Liberals|Liberal vote", sat, None,
      unit_alt=["percentage point"]),
    F("24 per cent", 24, "%", "S", None, "Labor's primary vote|primary vote|Labor|vote", Y(2022), None),
    F("81 per cent", 81, "%", "S", None, "turnout", sat, EC, kind_alt=["level"], source_alt=["electoral commission"]),
    F("89 per cent", 89, "%", "S", None, "turnout|turnout at the general election|turnout", Y(2022), EC,
      kind_alt=["level"], source_alt=["electoral commission"]),
    F("41,000", 41000, "#vote", "L", None, "pre-poll and postal votes|votes", None, None, period_alt=[sat]),
    FR("half", 1, 2, "S", None, "pre-poll and postal votes|pre-poll and postal votes' share of the total|votes|total", None, None,
       period_alt=[sat]),
    F("A$620,000", 620000, "A$", "L", None, "Dunmore campaign fundraising|campaign|funds|raised", None, None,
      source_alt=["Rachel Dunmore"]),
    F("twice", 2, None, "R", "up", "campaign funds|campaign funds relative to Liberal spending|campaign|spending|funds", None,
      None, unit_alt=["times"], direction_alt=[None]),
    F("34", 34, "#seat", "L", None, "Liberal seats|Liberal seats in the lower house|seats|Liberals", None, None,
      period_alt=[PUB]),
    F("93", 93, "#seat", "L", None, "lower house seats|seats|lower house", None, None),
], ex=["two-party-preferred"])

# ---------------------------------------------------------------- 18 cricket
PUB = "2026-01-12"
sun = last(PUB, "Sunday")
TOUR = [("2025-12", "2026-01"), M(2026, 1)]
story("b52-18", PUB, """
Arjun Malhotra hit 164 off 141 balls as the Pune Panthers posted 378 for six and beat the Chennai Chargers by 92 runs in the Vijay Shield final in Nagpur on Sunday.

Malhotra, 23, struck 17 fours and seven sixes.

Chasing 379, Chennai were bowled out for 286 in 44.2 overs. Leg-spinner Kabir Sethi took four for 52, and pacer Dev Kulkarni finished with three for 41.

Malhotra ended the tournament with 731 runs in nine innings at an average of 91.37, the most by any batter in a single season of the competition.

A crowd of about 38,000 attended, the organisers said, and the final drew 46 million viewers on streaming, up 40 per cent from last year's final.
""", [
    F("164", 164, "#run", "L", None, "Malhotra's runs|runs|Malhotra", sun, None),
    F("141", 141, "#ball", "L", None, "balls faced|balls faced by Malhotra|balls", sun, None, ctx="off 141 balls"),
    F("378", 378, "#run", "L", None, "Pune Panthers' total|total|runs|Pune Panthers", sun, None),
    F("six", 6, "#wicket", "L", None, "wickets|wickets lost by Pune|wickets", sun, None, ctx="378 for six"),
    F("92", 92, "#run", "L", None, "winning margin|margin|runs", sun, None),
    AGE("23", 23, "Arjun Malhotra", alts="Malhotra"),
    F("17", 17, "#four", "L", None, "fours|fours hit by Malhotra|fours|boundaries", sun, None),
    F("seven", 7, "#six", "L", None, "sixes|sixes hit by Malhotra|sixes", sun, None),
    F("379", 379, "#run", "L", None, "Chennai's target|target|runs", sun, None),
    F("286", 286, "#run", "L", None, "Chennai's total|total|runs|Chennai", sun, None),
    F("44.2 overs", 44.2, "over", "L", None, "overs|overs faced by Chennai|overs|Chennai", sun, None),
    F("four", 4, "#wicket", "L", None, "Kabir Sethi's wickets|wickets|Sethi", sun, None, ctx="took four for"),
    F("52", 52, "#run", "L", None, "runs conceded|runs conceded by Kabir Sethi|runs|Sethi", sun, None),
    F("three", 3, "#wicket", "L", None, "Dev Kulkarni's wickets|wickets|Kulkarni", sun, None, ctx="three for 41"),
    F("41", 41, "#run", "L", None, "runs conceded|runs conceded by Dev Kulkarni|runs|Kulkarni", sun, None, ctx="three for 41"),
    F("731", 731, "#run", "L", None, "Malhotra's tournament runs|runs|Malhotra", None, None, period_alt=TOUR),
    F("nine", 9, "#innings", "L", None, "Malhotra's innings|innings", None, None, period_alt=TOUR),
    F("91.37", 91.37, "run", "L", None, "Malhotra's batting average|batting average|average", None, None,
      unit_alt=["count", "run per innings", None], period_alt=TOUR),
    F("38,000", 38000, "#spectator", "L", None, "crowd|attendance|spectators", sun, "organisers",
      unit_alt=["person"]),
    F("46 million", 46e6, "#viewer", "L", "up", "streaming viewers|streaming viewers of the final|viewers|final", sun, "organisers",
      direction_alt=[None]),
    F("40 per cent", 40, "%", "C", "up", "streaming viewers|streaming viewers of the final|viewers|final", sun, "organisers"),
], ex=["single season"])

# ---------------------------------------------------------------- 19 marathon
PUB = "2025-11-02"
sun = PUB
ORG = "organizers"
F_ = ["degree", "fahrenheit", "F"]
story("b52-19", PUB, """
Ethiopia's Tadesse Bekele won the Harbor City Marathon on Sunday in 2 hours, 5 minutes and 41 seconds, breaking the course record by 38 seconds despite temperatures that climbed to 19 degrees Celsius (66 degrees Fahrenheit) by the finish.

Bekele, 27, pulled away from Kenya's Daniel Kiptanui after the 35-kilometer mark and won by 52 seconds. Kiptanui's compatriot Moses Langat was third, 1 minute, 14 seconds back.

Kenya's Grace Wambui took the women's race in 2:19:08, her third victory here in four years.

A record 52,400 runners started the race, up from 48,900 last year, and 98.1% finished, organizers said. The event raised $41.3 million for charity.

The winners each collect $100,000, plus a $50,000 bonus for the course record.
""", [
    F("38 seconds", 38, "second", "C", "dn", "course record|record|time", sun, None, direction_alt=[None]),
    F("19 degrees Celsius", 19, "degree Celsius", "L", "up", "temperature|temperatures", sun, None,
      unit_alt=["degree", "celsius", "C"]),
    F("66 degrees Fahrenheit", 66, "degree Fahrenheit", "L", "up", "temperature|temperatures", sun, None,
      unit_alt=F_),
    AGE("27", 27, "Tadesse Bekele", alts="Bekele"),
    F("52 seconds", 52, "second", "L", None, "winning margin|margin|Bekele", sun, None),
    F("52,400", 52400, "#runner", "L", "up", "runners who started|runners|starters", sun, ORG,
      direction_alt=[None]),
    F("48,900", 48900, "#runner", "L", None, "runners who started|runners|starters", Y(2024), ORG,
      period_alt=[M(2024, 11), None]),
    F("98.1%", 98.1, "%", "S", None, "runners who finished|runners|finishers", sun, ORG),
    F("$41.3 million", 41.3e6, "$", "L", None, "money raised|money raised for charity|charity|event|money", None, None,
      period_alt=[sun]),
    F("$100,000", 100000, "$", "L", None, "winners' prize|prize|winners", None, None),
    F("$50,000", 50000, "$", "L", None, "course-record bonus|bonus", None, None),
], ex=["2 hours, 5 minutes and 41 seconds", "35-kilometer", "1 minute, 14 seconds", "2:19:08", "four years",
          "was third", "third victory"])

# ---------------------------------------------------------------- 20 NFL
PUB = "2026-09-21"
sun = last(PUB, "Sunday")
story("b52-20", PUB, """
Rookie quarterback Malik Ashford threw for 347 yards and four touchdowns, and the Cincinnati Bengals held off the Cleveland Browns 31-24 on Sunday.

Ashford, 22, completed 27 of 36 passes without an interception in his second NFL start. His 347 passing yards broke the franchise record for a rookie by 29 yards.

Wide receiver Terrell Banks caught nine passes for 142 yards and two scores, including a 61-yard touchdown early in the third quarter.

Cleveland outgained Cincinnati 412 to 398 but turned the ball over three times. Browns running back DeShawn Pike rushed 23 times for 118 yards, and kicker Evan Roth missed field goals of 44 and 51 yards.

The Bengals (2-0) have won 11 of their last 13 games against division opponents.
""", [
    F("347 yards", 347, "yard", "L", None, "Ashford's passing yards|passing yards|yards|Ashford", sun, None),
    F("four", 4, "#touchdown", "L", None, "Ashford's touchdown passes|touchdowns|touchdown passes", sun, None,
      ctx="four touchdowns"),
    AGE("22", 22, "Malik Ashford", alts="Ashford"),
    F("27", 27, "#completion", "L", None, "completions|passes completed by Ashford|completions|passes", sun, None,
      ctx="completed 27 of"),
    F("36", 36, "#pass", "L", None, "passes|passes attempted by Ashford|attempts|passes", sun, None),
    F("347", 347, "yard", "L", None, "Ashford's passing yards|passing yards|yards|Ashford", sun, None,
      ctx="His 347 passing"),
    F("29 yards", 29, "yard", "C", "up", "franchise record|franchise rookie passing record|record|yards", sun, None),
    F("nine", 9, "#catch", "L", None, "passes caught|passes caught by Terrell Banks|catches|passes|Banks", sun, None,
      unit_alt=["pass", "reception"]),
    F("142 yards", 142, "yard", "L", None, "receiving yards|Terrell Banks' receiving yards|receiving yards|yards|Banks", sun, None),
    F("two", 2, "#touchdown", "L", None, "Terrell Banks' touchdowns|scores|touchdowns|Banks", sun, None,
      ctx="two scores", unit_alt=["score"]),
    F("61-yard", 61, "yard", "L", None, "touchdown catch length|touchdown|catch", sun, None),
    F("412", 412, "yard", "L", None, "Cleveland's total yards|yards|Cleveland|offense", sun, None,
      unit_alt=["count"]),
    F("398", 398, "yard", "L", None, "Cincinnati's total yards|yards|Cincinnati|offense", sun, None,
      unit_alt=["count"]),
    F("three", 3, "#turnover", "L", None, "Cleveland turnovers|turnovers|times|Cleveland", sun, None,
      ctx="over three times", unit_alt=["time"]),
    F("23", 23, "#carry", "L", None, "DeShawn Pike's rushes|rushes|carries|Pike", sun, None,
      unit_alt=["rush", "time"]),
    F("118 yards", 118, "yard", "L", None, "rushing yards|DeShawn Pike's rushing yards|rushing yards|yards|Pike", sun, None),
    F("44", 44, "yard", "L", None, "field goal|missed field goal distance|field goal|field goals", sun, None,
      ctx="of 44 and"),
    F("51 yards", 51, "yard", "L", None, "field goal|missed field goal distance|field goal|field goals", sun, None),
    F("11", 11, "#win", "L", None, "wins|Bengals wins against division opponents|wins|games|Bengals", None, None,
      ctx="won 11 of", unit_alt=["game"]),
    F("13", 13, "#game", "L", None, "games|games against division opponents|games", None, None, ctx="last 13 games"),
], ex=["31-24", "second NFL start", "third quarter", "(2-0)"])
