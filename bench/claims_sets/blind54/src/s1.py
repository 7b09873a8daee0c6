"""blind54 stories 01-10: housing, property, mortgages, rents, construction, planning; crime statistics."""
from common import *

# ---------------------------------------------------------------- 01 UK house prices (three months to, a year earlier)
PUB = "2025-10-07"
TB = "Thornbury Building Society"
Q3 = ("2025-07", "2025-09")
story("b54-01", PUB, """
British house prices rose 0.6% in September, the biggest monthly gain since January, lifting the average price of a home to £298,410, mortgage lender Thornbury Building Society said on Tuesday.

Prices in the three months to September were 1.9% higher than in the previous three months and 4.2% up on a year earlier, Thornbury's figures show. Economists polled by Reuters had expected a monthly rise of 0.2%.

First-time buyers' average deposit climbed to £61,300, up from £57,900 in September last year, equivalent to 21% of the purchase price. The typical first-time buyer now borrows 4.4 times their income, the lender said.

Northern Ireland again recorded the strongest annual growth of any UK nation or region, at 8.7%, while prices in London fell 1.1%.

"Lower mortgage rates have brought buyers back, but affordability is still stretched," said Amanda Kerridge, Thornbury's head of mortgages. She expects prices to rise by between 2% and 3% next year.

The Bank of England cut Bank Rate to 4% in August, its fifth reduction since the summer of 2024.
""", [
    F("0.6%", 0.6, "%", "C", "up", "British house prices|house prices|prices", M(2025, 9), TB, source_alt=["Thornbury"]),
    F("£298,410", 298410, "£", "L", "up", "average price of a home|average house price|price", M(2025, 9), TB,
      source_alt=["Thornbury"], direction_alt=[None]),
    F("1.9%", 1.9, "%", "C", "up", "house prices in the three months to September|house prices|prices", Q3, "Thornbury",
      source_alt=[TB, "figures"]),
    F("4.2%", 4.2, "%", "C", "up", "house prices in the three months to September|house prices|prices", Q3, "Thornbury",
      source_alt=[TB, "figures"]),
    F("0.2%", 0.2, "%", "C", "up", "expected monthly rise in house prices|house prices|prices|rise", M(2025, 9), "economists",
      source_alt=["Reuters"]),
    F("£61,300", 61300, "£", "L", "up", "first-time buyers' average deposit|average deposit|deposit", M(2025, 9), None,
      source_alt=[TB], period_alt=[PUB, None]),
    F("£57,900", 57900, "£", "L", None, "first-time buyers' average deposit|average deposit|deposit", M(2024, 9), None,
      source_alt=[TB]),
    F("21%", 21, "%", "S", None, "deposit as a share of the purchase price|deposit|purchase price|price", M(2025, 9), None,
      source_alt=[TB], kind_alt=["ratio"]),
    F("4.4 times", 4.4, None, "R", None, "typical first-time buyer's borrowing|borrowing|income|buyer", PUB, "lender",
      unit_alt=["times"], source_alt=[TB, "Thornbury"], period_alt=[M(2025, 9), None]),
    F("8.7%", 8.7, "%", "C", "up", "Northern Ireland house prices|annual growth|growth|prices|Northern Ireland", M(2025, 9), None,
      source_alt=[TB], period_alt=[span12(2025, 9)]),
    F("1.1%", 1.1, "%", "C", "dn", "London house prices|prices|London", M(2025, 9), None, source_alt=[TB],
      period_alt=[span12(2025, 9)]),
    F("2% and 3%", 2, "%", "C", "up", "house prices|prices", Y(2026), "Amanda Kerridge", value_hi=3,
      source_alt=["Kerridge", TB]),
    F("4%", 4, "%", "L", "dn", "Bank Rate|interest rate|rate", M(2025, 8), None, source_alt=["Bank of England"]),
], ex=["three months", "previous three months", "First-time", "first-time", "fifth reduction"])

# ---------------------------------------------------------------- 02 Irish rents (12 months through, since 2019)
PUB = "2026-05-14"
RTB = "Residential Tenancies Board"
Q1 = ("2026-01", "2026-03")
story("b54-02", PUB, """
Rents on new tenancies in Ireland rose 5.8 per cent in the 12 months through March, the slowest annual increase in more than two years, according to the Residential Tenancies Board.

The standardised average rent for new lettings reached €1,742 a month in the first quarter, the board's index, published on Thursday, showed. That was up €19 on the final quarter of 2025 and €96 on the same period a year earlier.

In Dublin the average stood at €2,311, while Leitrim remained the cheapest county at €968. Rents in the capital have risen by almost 40 per cent since 2019, and the RTB said 14 of the 26 counties had recorded double-digit annual growth at some point in the past three years.

Existing tenancies, which are covered by rent caps in designated pressure zones, saw average rents of €1,515, 4.1 per cent higher than a year before.

"Supply is the only lasting answer," a spokeswoman for the Department of Housing said, adding that 1,380 cost-rental homes had been delivered in the first quarter, nearly double the number a year earlier.

Threshold, the housing charity, said it had handled about 2,900 calls from renters facing eviction between January and March.
""", [
    F("5.8 per cent", 5.8, "%", "C", "up", "rents on new tenancies|rents|rent", span12(2026, 3), RTB, source_alt=["RTB", "board"],
      period_alt=[Q1]),
    F("€1,742", 1742, "€", "L", "up", "standardised average rent for new lettings|average rent|rent", Q1, "board's index",
      unit_alt=["EUR per month"], direction_alt=[None], source_alt=[RTB, "RTB", "board", "index"]),
    F("€19", 19, "€", "C", "up", "standardised average rent for new lettings|average rent|rent", Q1, None,
      source_alt=[RTB, "index"]),
    F("€96", 96, "€", "C", "up", "standardised average rent for new lettings|average rent|rent", Q1, None, ctx="€96 on",
      source_alt=[RTB, "index"]),
    F("€2,311", 2311, "€", "L", None, "average rent in Dublin|Dublin rent|rent|average|Dublin", Q1, None, source_alt=[RTB]),
    F("€968", 968, "€", "L", None, "average rent in Leitrim|Leitrim rent|rent|Leitrim", Q1, None, source_alt=[RTB]),
    F("40 per cent", 40, "%", "C", "up", "Dublin rents|rents in the capital|rents|rent", ("2019-01", "2026-03"), None,
      source_alt=[RTB], period_alt=[("2019-01", None), ("2019-01", "2026-05"), ("2019-01", PUB)]),
    F("14", 14, "#county", "L", None, "counties with double-digit annual rent growth|counties|rent growth", ("2023-05", "2026-05"),
      "RTB", ctx="14 of the 26", source_alt=[RTB], period_alt=[None]),
    F("26", 26, "#county", "L", None, "counties|Ireland's counties", None, None, ctx="of the 26"),
    F("€1,515", 1515, "€", "L", "up", "average rent on existing tenancies|existing tenancies|rent|rents", Q1, None,
      source_alt=[RTB], direction_alt=[None]),
    F("4.1 per cent", 4.1, "%", "C", "up", "average rent on existing tenancies|existing tenancies|rent|rents", Q1, None,
      source_alt=[RTB], period_alt=[span12(2026, 3)]),
    F("1,380", 1380, "#home", "L", None, "cost-rental homes delivered|cost-rental homes|homes", Q1,
      "Department of Housing", source_alt=["spokeswoman", "department"], kind_alt=["change"]),
    F("double", 2, None, "R", "up", "cost-rental homes delivered|cost-rental homes|homes", Q1, "Department of Housing",
      ctx="nearly double", unit_alt=["times"], direction_alt=[None], source_alt=["spokeswoman", "department"]),
    F("2,900", 2900, "#call", "L", None, "calls from renters facing eviction|calls|renters", Q1, "Threshold",
      source_alt=["housing charity", "charity"]),
], ex=["12 months", "two years", "first quarter", "final quarter", "double-digit", "three years", "between January and March"])

# ---------------------------------------------------------------- 03 NZ house prices, mortgage rates (REINZ, RBNZ)
PUB = "2025-11-17"
OCT = M(2025, 10)
story("b54-03", PUB, """
New Zealand's national median house price slipped 0.8 per cent from a year earlier to NZ$765,000 in October, the Real Estate Institute of New Zealand said on Monday, even as the number of sales rose for a fifth straight month.

Sales climbed 12.4 per cent to 7,118, and homes took a median 41 days to sell, four fewer than in October last year. Excluding Auckland, the median price was NZ$680,000, unchanged from a year ago.

"Buyers are back, but they are not paying up," REINZ chief executive Colleen Vuletich said. Auckland's median fell 3.2 per cent to NZ$1.02 million, while Canterbury's rose 2.6 per cent.

Inventory stood at 31,450 listings, about 6 per cent more than a year before.

The Reserve Bank of New Zealand has cut the official cash rate by 300 basis points since August 2024, taking it to 2.5 per cent, and most banks now advertise one-year fixed mortgage rates below 5 per cent. Harbourview Bank's economist Tane Whitcombe estimated that the typical new mortgage payment on a median-priced Auckland house was about NZ$900 a month lower than at its peak in 2023.

Year to date, sales are up 9 per cent, REINZ's figures show.
""", [
    F("0.8 per cent", 0.8, "%", "C", "dn", "national median house price|median house price|price", OCT,
      "Real Estate Institute of New Zealand", source_alt=["REINZ", "institute"]),
    F("NZ$765,000", 765000, "NZ$", "L", "dn", "national median house price|median house price|price", OCT,
      "Real Estate Institute of New Zealand", source_alt=["REINZ", "institute"]),
    F("12.4 per cent", 12.4, "%", "C", "up", "house sales|sales", OCT, None, source_alt=["REINZ"]),
    F("7,118", 7118, "#sale", "L", "up", "house sales|sales", OCT, None, source_alt=["REINZ"]),
    F("41 days", 41, "day", "L", None, "median days to sell|time to sell|days to sell|homes", OCT, None, source_alt=["REINZ"],
      direction_alt=["decrease"]),
    F("four", 4, "day", "C", "dn", "median days to sell|time to sell|days to sell|homes", OCT, None, ctx="four fewer",
      source_alt=["REINZ"]),
    F("NZ$680,000", 680000, "NZ$", "L", "unch", "median price excluding Auckland|median price|price", OCT, None,
      source_alt=["REINZ"], direction_alt=[None]),
    F("3.2 per cent", 3.2, "%", "C", "dn", "Auckland's median price|Auckland median|median|price|Auckland", OCT,
      "Colleen Vuletich", source_alt=["Vuletich", "REINZ"]),
    F("NZ$1.02 million", 1.02e6, "NZ$", "L", "dn", "Auckland's median price|Auckland median|median|price|Auckland", OCT,
      "Colleen Vuletich", source_alt=["Vuletich", "REINZ"]),
    F("2.6 per cent", 2.6, "%", "C", "up", "Canterbury's median price|Canterbury median|median|price|Canterbury", OCT,
      "Colleen Vuletich", source_alt=["Vuletich", "REINZ"]),
    F("31,450", 31450, "#listing", "L", None, "inventory|listings", OCT, None, source_alt=["REINZ"],
      period_alt=[PUB, None], direction_alt=["increase"]),
    F("6 per cent", 6, "%", "C", "up", "inventory|listings", OCT, None, ctx="about 6 per cent", source_alt=["REINZ"], period_alt=[PUB, None]),
    F("300 basis points", 300, "bp", "C", "dn", "official cash rate|cash rate|rate", ("2024-08", "2025-11"), None,
      source_alt=["Reserve Bank of New Zealand"], period_alt=[("2024-08", None), ("2024-08", PUB)]),
    F("2.5 per cent", 2.5, "%", "L", "dn", "official cash rate|cash rate|rate", PUB, None,
      source_alt=["Reserve Bank of New Zealand"], period_alt=[None]),
    F("5 per cent", 5, "%", "L", None, "one-year fixed mortgage rates|mortgage rates|rates", PUB, None,
      ctx="below 5 per cent", period_alt=[None]),
    F("NZ$900", 900, "NZ$", "C", "dn", "typical new mortgage payment|mortgage payment|payment", PUB, "Tane Whitcombe",
      source_alt=["Whitcombe", "Harbourview Bank"], unit_alt=["NZD per month"], kind_alt=["level"], period_alt=[None]),
    F("9 per cent", 9, "%", "C", "up", "house sales|sales", ("2025-01", "2025-10"), "REINZ",
      source_alt=["Real Estate Institute of New Zealand", "figures"], period_alt=[("2025-01", "2025-11"), ("2025-01-01", PUB)]),
], ex=["fifth straight month", "one-year"])

# ---------------------------------------------------------------- 04 US housing starts (Commerce; previous month)
PUB = "2026-03-18"
FEB = M(2026, 2)
story("b54-04", PUB, """
U.S. single-family homebuilding fell to its lowest level in nearly two years in February as bad weather in the Northeast and Midwest kept crews off sites and high prices weighed on demand, government data showed on Wednesday.

Housing starts dropped 6.3% to a seasonally adjusted annual rate of 1.266 million units last month, the Commerce Department's Census Bureau said. Data for January was revised up to show starts at a 1.351 million-unit pace instead of the previously reported 1.338 million. Economists polled by Reuters had forecast starts would fall to a rate of 1.310 million.

Single-family starts, which account for the bulk of homebuilding, slumped 9.1% to 862,000 units. In the Northeast, they plunged 27.4%.

Building permits for future construction rose 1.7% to a 1.402 million-unit rate. Starts were 4.8% lower than in February 2025.

"Builders are sitting on about 500,000 new homes for sale, the most since 2007, so there is little urgency to break ground," said Nadia Okafor, chief economist at Lanterne Capital in New York.

The number of homes under construction has fallen in each of the past 14 months, to 1.31 million, the report showed.
""", [
    F("6.3%", 6.3, "%", "C", "dn", "housing starts|starts", FEB, "Census Bureau", source_alt=["Commerce Department"]),
    F("1.266 million", 1.266e6, "#unit", "L", "dn", "housing starts|starts", FEB, "Census Bureau",
      source_alt=["Commerce Department"], unit_alt=["unit per year", "home"]),
    F("1.351 million", 1.351e6, "#unit", "L", None, "housing starts|starts", M(2026, 1), None,
      source_alt=["Census Bureau"], unit_alt=["unit per year"], direction_alt=["increase"]),
    F("1.338 million", 1.338e6, "#unit", "L", None, "housing starts|starts", M(2026, 1), None,
      source_alt=["Census Bureau"], unit_alt=["unit per year"]),
    F("1.310 million", 1.31e6, "#unit", "L", "dn", "housing starts forecast|housing starts|starts", FEB, "economists",
      source_alt=["Reuters"], unit_alt=["unit per year"], direction_alt=[None]),
    F("9.1%", 9.1, "%", "C", "dn", "single-family starts|starts", FEB, None, source_alt=["Census Bureau"]),
    F("862,000", 862000, "#unit", "L", "dn", "single-family starts|starts", FEB, None, source_alt=["Census Bureau"],
      unit_alt=["unit per year"]),
    F("27.4%", 27.4, "%", "C", "dn", "single-family starts in the Northeast|starts|Northeast", FEB, None,
      source_alt=["Census Bureau"]),
    F("1.7%", 1.7, "%", "C", "up", "building permits|permits", FEB, None, source_alt=["Census Bureau"]),
    F("1.402 million", 1.402e6, "#unit", "L", "up", "building permits|permits", FEB, None, source_alt=["Census Bureau"],
      unit_alt=["unit per year", "permit"]),
    F("4.8%", 4.8, "%", "C", "dn", "housing starts|starts", FEB, None, source_alt=["Census Bureau"]),
    F("500,000", 500000, "#home", "L", None, "new homes for sale|homes for sale|homes|inventory", PUB, "Nadia Okafor",
      source_alt=["Okafor", "Lanterne Capital"], period_alt=[FEB, None]),
    F("1.31 million", 1.31e6, "#home", "L", "dn", "homes under construction|homes|construction", FEB, "report",
      source_alt=["Census Bureau"]),
], ex=["two years", "Single-family", "single-family", "past 14 months"])

# ---------------------------------------------------------------- 05 UK planning approvals (between 2015 and 2020, by 2030)
PUB = "2025-07-26"
story("b54-05", PUB, """
Councillors in Marlow Vale have approved plans for 1,450 homes on former farmland east of Ashcombe, the largest single housing scheme granted permission in the district for more than a decade.

The outline application by developer Greyfield Homes was passed by seven votes to four at a planning committee meeting that ran past midnight on Thursday. Around a third of the homes will be classed as affordable, below the council's 40% target, after Greyfield argued that higher build costs made the full quota unviable.

The scheme includes a primary school for 420 pupils, a 2.5-hectare park and £18m towards upgrading the A418 junction.

The district delivered an average of just 312 new homes a year between 2015 and 2020, council figures show, against a government requirement that is now 780. Officers' report said the council had only 3.1 years of housing land supply, short of the five years required.

Campaign group Save Ashcombe Fields said it had gathered more than 6,200 signatures against the development and was considering a judicial review. "This will double the size of the village," its chairwoman, Helen Prowse, told the meeting.

Greyfield said the first homes could be occupied by 2028 and the scheme completed by 2037.
""", [
    F("1,450", 1450, "#home", "L", None, "homes approved|homes|housing scheme", last(PUB, "Thursday"), None,
      source_alt=["Marlow Vale", "councillors"], period_alt=[PUB, None]),
    F("seven", 7, "#vote", "L", None, "votes for the application|votes", last(PUB, "Thursday"), None, ctx="seven votes"),
    F("four", 4, "#vote", "L", None, "votes against the application|votes", last(PUB, "Thursday"), None, ctx="to four"),
    FR("a third", 1, 3, "S", None, "affordable homes|affordable|homes", None, None, ctx="Around a third",
       period_alt=[last(PUB, "Thursday")]),
    F("40%", 40, "%", "S", None, "council's affordable housing target|affordable target|target", None, None,
      kind_alt=["level"]),
    F("420", 420, "#pupil", "L", None, "primary school capacity|school places|pupils|school", None, None),
    F("2.5-hectare", 2.5, "hectare", "L", None, "park|park size", None, None),
    F("£18m", 18e6, "£", "L", None, "contribution to the A418 junction upgrade|A418 junction|junction|contribution", None, None),
    F("312", 312, "#home", "L", None, "new homes delivered a year|new homes|homes", ("2015-01", "2020-12"), "council figures",
      unit_alt=["home per year"], source_alt=["council", "figures"]),
    F("780", 780, "#home", "L", None, "government housing requirement|requirement|homes", PUB, "council figures",
      unit_alt=["home per year"], source_alt=["council", "figures"], period_alt=[None]),
    F("3.1 years", 3.1, "year", "L", None, "housing land supply|land supply|supply", PUB, "officers' report",
      source_alt=["officers", "report", "council"], period_alt=[None]),
    F("five years", 5, "year", "L", None, "required housing land supply|land supply|supply|requirement", None,
      "officers' report", source_alt=["officers", "report", "council"]),
    F("6,200", 6200, "#signature", "L", None, "signatures against the development|signatures|petition", PUB,
      "Save Ashcombe Fields", source_alt=["campaign group"], period_alt=[None]),
    F("double", 2, None, "R", "up", "size of the village|village|size", None, "Helen Prowse", ctx="will double",
      unit_alt=["times"], source_alt=["Prowse", "Save Ashcombe Fields"]),
], ex=["a decade", "primary school", "A418"])

# ---------------------------------------------------------------- 06 US mortgage rates (week ended, previous week)
PUB = "2026-01-22"
thu = last(PUB, "Thursday")
story("b54-06", PUB, """
The average rate on a 30-year fixed mortgage fell to 6.06% this week, its lowest since September 2022, mortgage finance company Freddie Mac said on Thursday, down from 6.16% the previous week and 6.96% a year ago.

The 15-year fixed rate eased to 5.38% from 5.44%.

Separately, the Mortgage Bankers Association said applications for home loans jumped 14.2% in the week ended January 16, driven by a 23% surge in refinancing requests. Refinancing accounted for 58.5% of all applications, up from 52.1%.

"Every quarter point matters to a first-time buyer," said Rosa Delacruz, a loan officer at Pinebrook Lending in Phoenix. At a 6.06% rate, the monthly principal and interest payment on a $400,000 loan is about $2,414, compared with $2,662 a year ago, according to a calculation by the real-estate site Hearthline.

Pending home sales, a gauge of contracts signed, fell 1.9% in December, the National Association of Realtors said on Wednesday. The median existing-home price was $404,700, 2.1% higher than a year earlier.
""", [
    F("6.06%", 6.06, "%", "L", "dn", "average 30-year fixed mortgage rate|mortgage rate|rate", thu, "Freddie Mac",
      ctx="mortgage fell to 6.06%", period_alt=[(plus(thu, -6), thu)]),
    F("6.16%", 6.16, "%", "L", None, "average 30-year fixed mortgage rate|mortgage rate|rate", plus(thu, -7), "Freddie Mac",
      period_alt=[(plus(thu, -13), plus(thu, -7))]),
    F("6.96%", 6.96, "%", "L", None, "average 30-year fixed mortgage rate|mortgage rate|rate", year_ago(thu), "Freddie Mac",
      period_alt=[M(2025, 1)]),
    F("5.38%", 5.38, "%", "L", "dn", "15-year fixed rate|mortgage rate|rate", thu, None, source_alt=["Freddie Mac"]),
    F("5.44%", 5.44, "%", "L", None, "15-year fixed rate|mortgage rate|rate", plus(thu, -7), None, source_alt=["Freddie Mac"]),
    F("14.2%", 14.2, "%", "C", "up", "mortgage applications|applications for home loans|applications", ("2026-01-10", "2026-01-16"),
      "Mortgage Bankers Association", source_alt=["MBA", "association"]),
    F("23%", 23, "%", "C", "up", "refinancing requests|refinancing|requests", ("2026-01-10", "2026-01-16"),
      "Mortgage Bankers Association", source_alt=["MBA", "association"]),
    F("58.5%", 58.5, "%", "S", "up", "refinancing share of applications|refinancing|applications", ("2026-01-10", "2026-01-16"),
      None, source_alt=["Mortgage Bankers Association"], direction_alt=[None]),
    F("52.1%", 52.1, "%", "S", None, "refinancing share of applications|refinancing|applications", ("2026-01-03", "2026-01-09"),
      None, source_alt=["Mortgage Bankers Association"]),
    F("6.06%", 6.06, "%", "L", None, "mortgage rate|rate", None, "Hearthline", ctx="At a 6.06% rate",
      source_alt=["real-estate site"], period_alt=[thu]),
    F("$400,000", 400000, "$", "L", None, "loan amount|loan", None, "Hearthline", source_alt=["real-estate site"]),
    F("$2,414", 2414, "$", "L", None, "monthly principal and interest payment|monthly payment|payment", PUB, "Hearthline",
      source_alt=["real-estate site"], period_alt=[None, thu]),
    F("$2,662", 2662, "$", "L", None, "monthly principal and interest payment|monthly payment|payment", year_ago(PUB),
      "Hearthline", source_alt=["real-estate site"], period_alt=[year_ago(thu), M(2025, 1)]),
    F("1.9%", 1.9, "%", "C", "dn", "pending home sales|home sales|sales", M(2025, 12), "National Association of Realtors",
      source_alt=["NAR", "Realtors"]),
    F("$404,700", 404700, "$", "L", None, "median existing-home price|median price|price", M(2025, 12), None,
      source_alt=["National Association of Realtors"], direction_alt=["increase"]),
    F("2.1%", 2.1, "%", "C", "up", "median existing-home price|median price|price", M(2025, 12), None, ctx="2.1% higher",
      source_alt=["National Association of Realtors"]),
], ex=["30-year", "15-year", "quarter point", "first-time"])

# ---------------------------------------------------------------- 07 US city crime figures (weekend, year to date, since 2019)
PUB = "2025-09-01"
sat, sun = last(PUB, "Saturday"), last(PUB, "Sunday")
YTD = ("2025-01", "2025-08")
story("b54-07", PUB, """
At least 23 people were shot in Chicago over the holiday weekend, three of them fatally, police said on Monday, a grim tally that nonetheless fell short of the 41 shooting victims recorded over the same weekend last year.

The weekend violence came as the city's homicide count continued to fall. Through August, Chicago recorded 268 homicides, down 31% from the same period in 2024 and the fewest for the first eight months of a year since 2014, according to Chicago Police Department data.

Shooting incidents year to date are down by more than a quarter, while vehicle thefts have fallen 19%. Robberies, however, rose 4%, with a spike in armed holdups of delivery drivers.

"We are not declaring victory," Police Superintendent Warren Ellery told reporters. "One shooting is one too many."

The number of officers on the force has shrunk by about 1,200 since 2019, to roughly 11,600, a police spokeswoman said. The department paid about $62 million in overtime in the first half of the year, data from the city's budget office showed.

Criminologist Dana Whitlock of Lakeshore University estimated that youth intervention programmes had prevented between 40 and 60 shootings this summer.
""", [
    F("23", 23, "#person", "L", None, "people shot in Chicago|people shot|shooting victims|people", (sat, PUB), "police",
      ctx="At least 23", period_alt=[(plus(sat, -1), PUB), (sat, sun)]),
    F("three", 3, "#person", "L", None, "people fatally shot|fatal shootings|people", (sat, PUB), "police",
      ctx="three of them", period_alt=[(plus(sat, -1), PUB), (sat, sun)]),
    F("41", 41, "#victim", "L", None, "shooting victims over the holiday weekend last year|shooting victims|victims",
      ("2024-08-31", "2024-09-02"), "police", period_alt=[("2024-08-30", "2024-09-02"), Y(2024)]),
    F("268", 268, "#homicide", "L", "dn", "Chicago homicides|homicides", YTD, "Chicago Police Department",
      source_alt=["police", "department", "data"], direction_alt=[None]),
    F("31%", 31, "%", "C", "dn", "Chicago homicides|homicides", YTD, "Chicago Police Department",
      source_alt=["police", "department", "data"]),
    FR("a quarter", 1, 4, "C", "dn", "shooting incidents|shootings|incidents", YTD, None, source_alt=["Chicago Police Department"],
       period_alt=[("2025-01", "2025-09"), ("2025-01-01", PUB)]),
    F("19%", 19, "%", "C", "dn", "vehicle thefts|thefts", YTD, None, source_alt=["Chicago Police Department"],
      period_alt=[("2025-01", "2025-09"), ("2025-01-01", PUB)]),
    F("4%", 4, "%", "C", "up", "robberies", YTD, None, source_alt=["Chicago Police Department"],
      period_alt=[("2025-01", "2025-09"), ("2025-01-01", PUB)]),
    F("1,200", 1200, "#officer", "C", "dn", "number of officers on the force|officers|force", ("2019-01", "2025-09"),
      "police spokeswoman", source_alt=["spokeswoman", "police", "Chicago Police Department"],
      period_alt=[("2019-01", None), ("2019-01", PUB)]),
    F("11,600", 11600, "#officer", "L", "dn", "number of officers on the force|officers|force", PUB, "police spokeswoman",
      source_alt=["spokeswoman", "police", "Chicago Police Department"], period_alt=[None], direction_alt=[None]),
    F("$62 million", 62e6, "$", "L", None, "police overtime|overtime", ("2025-01", "2025-06"), "budget office",
      source_alt=["city's budget office", "data"]),
    F("40 and 60", 40, "#shooting", "L", None, "shootings prevented by youth intervention programmes|shootings prevented|shootings",
      ("2025-06", "2025-08"), "Dana Whitlock", value_hi=60, source_alt=["Whitlock", "Lakeshore University"],
      period_alt=[("2025-06", "2025-09")]),
], ex=["first eight months", "One shooting is one too many", "first half"])

# ---------------------------------------------------------------- 08 Fraud sentence (years and months, fines, costs)
PUB = "2026-02-27"
story("b54-08", PUB, """
The former finance director of a Kent building firm has been jailed for seven years and six months for stealing £4.3m from the company and its pension scheme over a period of nine years.

Graham Pettifer, 58, of Tenterden, transferred money from Hollins & Vale Construction into 14 personal accounts between 2013 and 2022, Maidstone Crown Court heard. He spent much of it on racehorses, a villa in Portugal and online gambling, losing about £1.1m at a single betting site.

Pettifer pleaded guilty to fraud by abuse of position and false accounting. Sentencing him on Friday, Judge Caroline Ashdown said he had shown "breathtaking arrogance" and that his actions had put the jobs of 160 staff at risk.

His wife, Lorraine Pettifer, 55, who admitted money laundering, received a sentence of two years, suspended for 18 months, and was ordered to carry out 200 hours of unpaid work.

The Serious Fraud Office said it would seek a confiscation order. Pettifer was also disqualified from acting as a company director for 12 years.

The company's pension fund lost about 38% of its value as a result of the thefts, a spokeswoman for the firm said. It has since recovered £900,000 through insurance.
""", [
    F("seven years and six months", 7.5, "year", "L", None, "Pettifer's prison sentence|prison sentence|sentence|Pettifer",
      PUB, None, value_alt=[90, 7], unit_alt=["month"], period_alt=[None]),
    F("£4.3m", 4.3e6, "£", "L", None, "money stolen|theft|money|company", ("2013-01", "2022-12"), None,
      period_alt=[None]),
    F("nine years", 9, "year", "L", None, "period of the thefts|thefts|period", ("2013-01", "2022-12"), None,
      period_alt=[None]),
    AGE("58", 58, "Graham Pettifer", alts="Pettifer"),
    F("14", 14, "#account", "L", None, "personal accounts|accounts", ("2013-01", "2022-12"), "Maidstone Crown Court",
      ctx="into 14", source_alt=["court"]),
    F("£1.1m", 1.1e6, "£", "L", None, "gambling losses at a single betting site|gambling losses|losses|gambling",
      ("2013-01", "2022-12"), "Maidstone Crown Court", source_alt=["court"], period_alt=[None]),
    F("160", 160, "#staff", "L", None, "staff jobs put at risk|staff|jobs", None, "Caroline Ashdown",
      source_alt=["Ashdown", "judge"]),
    AGE("55", 55, "Lorraine Pettifer", alts="Pettifer|wife"),
    F("two years", 2, "year", "L", None, "Lorraine Pettifer's suspended sentence|suspended sentence|sentence", PUB, None,
      period_alt=[None]),
    F("18 months", 18, "month", "L", None, "suspension period|suspended sentence|sentence", (PUB, None), None,
      period_alt=[None]),
    F("200 hours", 200, "hour", "L", None, "unpaid work|work", None, None),
    F("12 years", 12, "year", "L", None, "director disqualification|disqualification|Pettifer", (PUB, None), None,
      period_alt=[None]),
    F("38%", 38, "%", "C", "dn", "pension fund value|pension fund|fund|value", ("2013-01", "2022-12"), "spokeswoman",
      source_alt=["Hollins & Vale Construction", "firm"], period_alt=[None], kind_alt=["share"]),
    F("£900,000", 900000, "£", "L", None, "money recovered through insurance|recovery|insurance", (None, PUB), None,
      source_alt=["spokeswoman", "Hollins & Vale Construction"], period_alt=[None]),
], ex=["between 2013 and 2022"])

# ---------------------------------------------------------------- 09 Scottish landlord fined (court, fines, hours)
PUB = "2025-05-18"
story("b54-09", PUB, """
A landlord who crammed 19 tenants into a four-bedroom flat in Glasgow's Govanhill has been fined £24,000 and banned from letting property for five years.

Malcolm Reddie, 47, admitted operating an unlicensed house in multiple occupation and failing to fix a broken fire alarm. Glasgow Sheriff Court heard that he collected about £7,600 a month in rent, in cash, from the tenants, some of whom slept in a cupboard measuring 1.8 metres by 1.1 metres.

Sheriff Ann Mulvey said it was "sheer luck" that nobody had died. She ordered him to pay a further £3,500 in compensation, split among the tenants.

Glasgow City Council said it had issued 412 enforcement notices to private landlords last year, nearly three times as many as in 2021, and that fines imposed by the courts had risen to a combined £310,000.

"Cases like this are the tip of the iceberg," said Aamir Qureshi of the tenants' union Living Rent, which estimates that one in five private flats in the area is overcrowded.

Scotland's private rents rose 7.2% in the year to March, according to Scottish government statistics, against 4.9% across Britain.
""", [
    F("19", 19, "#tenant", "L", None, "tenants in the flat|tenants|flat", None, None),
    F("£24,000", 24000, "£", "L", None, "Reddie's fine|fine|Reddie", PUB, None, period_alt=[None]),
    F("five years", 5, "year", "L", None, "letting ban|ban|Reddie", (PUB, None), None, period_alt=[None]),
    AGE("47", 47, "Malcolm Reddie", alts="Reddie"),
    F("£7,600", 7600, "£", "L", None, "monthly rent collected|rent", None, "Glasgow Sheriff Court", source_alt=["court"],
      unit_alt=["GBP per month"]),
    F("1.8 metres", 1.8, "m", "L", None, "cupboard length|cupboard", None, "Glasgow Sheriff Court", source_alt=["court"]),
    F("1.1 metres", 1.1, "m", "L", None, "cupboard width|cupboard", None, "Glasgow Sheriff Court", source_alt=["court"]),
    F("£3,500", 3500, "£", "L", None, "compensation", PUB, "Ann Mulvey", source_alt=["Mulvey", "sheriff"],
      period_alt=[None]),
    F("412", 412, "#notice", "L", "up", "enforcement notices issued to private landlords|enforcement notices|notices", Y(2024),
      "Glasgow City Council", source_alt=["council"], direction_alt=[None]),
    F("three times", 3, None, "R", "up", "enforcement notices issued to private landlords|enforcement notices|notices",
      Y(2024), "Glasgow City Council", unit_alt=["times"], source_alt=["council"], direction_alt=[None]),
    F("£310,000", 310000, "£", "L", "up", "court fines on landlords|fines", Y(2024), "Glasgow City Council",
      source_alt=["council"]),
    FR("one in five", 1, 5, "S", None, "overcrowded private flats|private flats|flats", PUB, "Living Rent",
       source_alt=["tenants' union", "Aamir Qureshi"], period_alt=[None]),
    F("7.2%", 7.2, "%", "C", "up", "Scotland's private rents|private rents|rents", span12(2025, 3), "Scottish government statistics",
      source_alt=["Scottish government", "statistics"]),
    F("4.9%", 4.9, "%", "C", "up", "private rents across Britain|rents|Britain", span12(2025, 3), "Scottish government statistics",
      source_alt=["Scottish government", "statistics"]),
], ex=["four-bedroom"])

# ---------------------------------------------------------------- 10 Irish housing completions (first half, target, commencements)
PUB = "2025-08-16"
H1 = ("2025-01", "2025-06")
story("b54-10", PUB, """
Ireland completed 14,208 new homes in the first half of 2025, 8% fewer than in the same period last year, leaving the government well short of its target of 41,000 for the full year, Central Statistics Office figures showed.

Completions in the second quarter alone were 7,935, up from 6,273 in the first quarter, as several large apartment blocks in Dublin were finished. Apartments made up 37% of all completions in the half, compared with 29% a year earlier.

Commencement notices, a leading indicator of building activity, were lodged for 21,470 homes in the six months, almost three times the figure for the first half of 2024, when a waiver of development levies expired, local authority data showed.

"The pipeline is finally turning," said Fergal Nolan, director of the Construction Industry Federation. He estimated that the country needs between 50,000 and 60,000 homes a year until 2030 to meet demand.

The average cost of building a three-bed semi-detached house in Dublin has risen to about €461,000, a report by the Society of Chartered Surveyors Ireland found in June, with construction costs accounting for roughly two-thirds of the total.
""", [
    F("14,208", 14208, "#home", "L", "dn", "new homes completed|completions|homes", H1, "Central Statistics Office",
      source_alt=["CSO", "figures"], direction_alt=[None]),
    F("8%", 8, "%", "C", "dn", "new homes completed|completions|homes", H1, "Central Statistics Office",
      source_alt=["CSO", "figures"]),
    F("41,000", 41000, "#home", "L", None, "government target for completions|target|completions", Y(2025),
      "Central Statistics Office", source_alt=["government", "CSO"], kind_alt=["level"]),
    F("7,935", 7935, "#home", "L", "up", "completions in the second quarter|completions|homes", Q(2025, 2), None,
      source_alt=["Central Statistics Office"]),
    F("6,273", 6273, "#home", "L", None, "completions in the first quarter|completions|homes", Q(2025, 1), None,
      source_alt=["Central Statistics Office"]),
    F("37%", 37, "%", "S", "up", "apartments' share of completions|apartments|completions", H1, None,
      source_alt=["Central Statistics Office"], direction_alt=[None]),
    F("29%", 29, "%", "S", None, "apartments' share of completions|apartments|completions", ("2024-01", "2024-06"), None,
      source_alt=["Central Statistics Office"]),
    F("21,470", 21470, "#home", "L", "up", "commencement notices|commencements|homes", H1, "local authority data",
      source_alt=["local authority", "data"], direction_alt=[None]),
    F("three times", 3, None, "R", "up", "commencement notices|commencements|homes", H1, "local authority data",
      unit_alt=["times"], source_alt=["local authority", "data"], direction_alt=[None]),
    F("50,000 and 60,000", 50000, "#home", "L", None, "homes needed a year|housing need|homes", (PUB, "2030-12"), "Fergal Nolan",
      value_hi=60000, unit_alt=["home per year"], source_alt=["Nolan", "Construction Industry Federation"],
      period_alt=[(None, "2030-12"), ("2025-01", "2030-12")]),
    F("€461,000", 461000, "€", "L", "up", "cost of building a three-bed semi-detached house in Dublin|building cost|cost", M(2025, 6),
      "Society of Chartered Surveyors Ireland", source_alt=["report", "surveyors"], period_alt=[PUB, None]),
    FR("two-thirds", 2, 3, "S", None, "construction costs' share of the total|construction costs|costs|total", M(2025, 6),
       "Society of Chartered Surveyors Ireland", source_alt=["report", "surveyors"], period_alt=[PUB, None]),
], ex=["first half", "second quarter", "first quarter", "six months", "three-bed", "in the half", "first half of 2024"])
