"""blind57 s5: sport, market wraps, company results, floods updated a day later, Christmas trading, a port's half
year, a badminton final (b57-41..b57-50)."""
from common import *

CAD = "CAD"

# ---------------------------------------------------------------- 41 Super Rugby Pacific match (New Zealand)
P = on("2026-04-26", "Sunday")
SAT = last(P, "Saturday")
SEAS = ("2026-02", "2026-04")
SEASW = ("2026-02", "2026-06")
story("b57-41", P, """
The Crusaders beat the Blues 34-27 in Christchurch on Saturday night, scoring five tries to three to move to the top of the Super Rugby Pacific table.

First five-eighth Tane Ellison kicked 14 points, including a 48-metre penalty in the 71st minute, while winger Josh Kereama scored two tries to take his tally for the season to nine.

The Crusaders made 512 metres with ball in hand to the Blues' 398 and missed 17 tackles to 31. The Blues, who had won their previous four matches, enjoyed 58 per cent of possession but conceded 13 penalties.

A crowd of 17,640 attended, the largest in Christchurch this season.

The win lifts the Crusaders to 38 competition points from 10 matches, two ahead of the Chiefs, who lost 22-20 to the Hurricanes in Wellington on Friday night.

"We were poor for 20 minutes and still found a way," Crusaders coach Dean Hollis said.

Blues lock Sione Tapueluelu was shown a yellow card in the 55th minute and will face a judicial hearing on Tuesday, while the Blues said hooker Riley Mason would be out for up to six weeks with a knee injury.
""", [
    F("five", 5, "#try", "L", None, "the Crusaders' tries|Crusaders|tries", DAY(SAT), None, ctx="scoring five tries"),
    F("three", 3, "#try", "L", None, "the Blues' tries|Blues|tries", DAY(SAT), None),
    F("14 points", 14, "pt", "L", None, "Tane Ellison's points|Ellison|points", DAY(SAT), None),
    F("48-metre", 48, "m", "L", None, "Ellison's penalty goal|penalty", DAY(SAT), None),
    F("two", 2, "#try", "L", None, "Josh Kereama's tries|Kereama|tries", DAY(SAT), None, ctx="scored two tries"),
    F("nine", 9, "#try", "L", "up", "Kereama's season try tally|tally|tries", SEAS, None,
      period_alt=[None, SEASW]),
    F("512 metres", 512, "m", "L", None, "the Crusaders' metres with ball in hand|Crusaders|metres", DAY(SAT), None),
    F("398", 398, "m", "L", None, "the Blues' metres with ball in hand|Blues|metres", DAY(SAT), None),
    F("17", 17, "#tackle", "L", None, "tackles missed by the Crusaders|Crusaders|tackles", DAY(SAT), None,
      ctx="missed 17 tackles", unit_alt=["missed tackle"]),
    F("31", 31, "#tackle", "L", None, "tackles missed by the Blues|Blues|tackles", DAY(SAT), None,
      unit_alt=["missed tackle"]),
    F("four", 4, "#match", "L", None, "the Blues' winning run|Blues|matches", None, None,
      period_alt=[(None, SAT), SEAS]),
    F("58 per cent", 58, "%", "S", None, "the Blues' share of possession|Blues|possession", DAY(SAT), None),
    F("13", 13, "#penalty", "L", None, "penalties conceded by the Blues|Blues|penalties", DAY(SAT), None),
    F("17,640", 17640, "#person", "L", None, "crowd at the match|crowd", DAY(SAT), None,
      unit_alt=["spectator", "people"]),
    F("38", 38, "pt", "L", "up", "the Crusaders' competition points|Crusaders|points", SEAS, None,
      unit_alt=["competition point"], period_alt=[DAY(SAT), None]),
    F("10", 10, "#match", "L", None, "matches played by the Crusaders|Crusaders|matches", SEAS, None,
      period_alt=[DAY(SAT), None]),
    F("two", 2, "pt", "L", None, "the Crusaders' lead over the Chiefs|Crusaders|lead", SEAS, None, ctx="two ahead",
      kind_alt=["change"], unit_alt=["competition point"], period_alt=[DAY(SAT), None]),
    F("up to six weeks", 6, "wk", "L", None, "Riley Mason's injury absence|Mason|absence", None, "Blues"),
], ex=["34-27", "22-20", "First five-eighth", "71st", "55th", "20 minutes"])

# ---------------------------------------------------------------- 42 PBA Finals game (Philippine)
P = on("2026-07-30", "Thursday")
WED = last(P, "Wednesday")
story("b57-42", P, """
The San Miguel Beermen beat the TNT Tropang Giga 104-96 on Wednesday night to tie the PBA Philippine Cup Finals at two games apiece, behind a 31-point, 14-rebound performance from Marco Villanueva.

Villanueva shot 12 of 19 from the field and scored 11 points in the fourth quarter, when San Miguel outscored TNT 30-18 to erase an eight-point deficit. Guard Jericho Tan added 22 points and nine assists.

San Miguel shot 47 percent from the field and made 13 of 34 attempts from beyond the arc, while TNT committed 19 turnovers that led to 24 Beermen points.

Rondae Villareal led TNT with 28 points, and rookie Paolo Lim had 15.

Villanueva is averaging 26.4 points and 12.1 rebounds in the series and has scored at least 20 points in eight straight games.

A crowd of 16,842 watched at the Smart Araneta Coliseum, the biggest of the conference, the league said.

Game 5 is on Friday at the Mall of Asia Arena. San Miguel is seeking its 31st championship, while TNT won the title last year.
""", [
    F("31-point", 31, "pt", "L", None, "Marco Villanueva's points|Villanueva|points", DAY(WED), None),
    F("14-rebound", 14, "#rebound", "L", None, "Villanueva's rebounds|Villanueva|rebounds", DAY(WED), None),
    F("12", 12, "#shot", "L", None, "Villanueva's field goals made|Villanueva|field goals", DAY(WED), None,
      ctx="shot 12 of", unit_alt=["field goal", "basket"]),
    F("19", 19, "#shot", "L", None, "Villanueva's field goal attempts|Villanueva|attempts", DAY(WED), None,
      ctx="12 of 19", unit_alt=["attempt", "field goal"]),
    F("11 points", 11, "pt", "L", None, "Villanueva's fourth-quarter points|Villanueva|points", DAY(WED), None),
    F("eight-point", 8, "pt", "L", None, "San Miguel's deficit|deficit", DAY(WED), None),
    F("22 points", 22, "pt", "L", None, "Jericho Tan's points|Tan|points", DAY(WED), None),
    F("nine", 9, "#assist", "L", None, "Jericho Tan's assists|Tan|assists", DAY(WED), None),
    F("47 percent", 47, "%", "S", None, "San Miguel's field goal percentage|San Miguel|shooting", DAY(WED), None,
      kind_alt=["level"]),
    F("13", 13, "#three-pointer", "L", None, "San Miguel's three-pointers made|San Miguel|three-pointers", DAY(WED),
      None, ctx="made 13 of", unit_alt=["attempt", "shot"]),
    F("34", 34, "#attempt", "L", None, "San Miguel's three-point attempts|San Miguel|attempts", DAY(WED), None,
      ctx="13 of 34", unit_alt=["shot"]),
    F("19", 19, "#turnover", "L", None, "TNT's turnovers|TNT|turnovers", DAY(WED), None, ctx="committed 19"),
    F("24", 24, "pt", "L", None, "San Miguel's points off turnovers|San Miguel|points", DAY(WED), None),
    F("28 points", 28, "pt", "L", None, "Rondae Villareal's points|Villareal|points", DAY(WED), None),
    F("15", 15, "pt", "L", None, "Paolo Lim's points|Lim|points", DAY(WED), None),
    F("26.4 points", 26.4, "point per game", "L", None, "Villanueva's scoring average in the series|Villanueva|average",
      "2026-07", None, unit_alt=["point"], period_alt=[None]),
    F("12.1 rebounds", 12.1, "rebound per game", "L", None, "Villanueva's rebounding average in the series|Villanueva|average",
      "2026-07", None, unit_alt=["rebound"], period_alt=[None]),
    F("eight", 8, "#game", "L", None, "Villanueva's run of 20-point games|Villanueva|games", None, None,
      ctx="eight straight", period_alt=[(None, WED)]),
    F("16,842", 16842, "#person", "L", None, "crowd at the Smart Araneta Coliseum|crowd", DAY(WED), "league",
      unit_alt=["spectator", "people"]),
], ex=["104-96", "30-18", "two games apiece", "fourth quarter", "at least 20 points", "Game 5", "31st"])

# ---------------------------------------------------------------- 43 Jakarta market wrap (Indonesian)
P = on("2026-06-16", "Tuesday")
MON = last(P, "Monday")
BPS = ["Statistics Indonesia"]
EXD = ["data", "exchange data"]
story("b57-43", P, """
Indonesian stocks fell for a third straight session on Tuesday, with the Jakarta Composite Index closing 1.4 percent lower at 7,086.52 as foreign investors sold a net Rp 1.27 trillion ($77 million) of shares after a weaker-than-expected trade surplus.

Foreign investors have sold a net Rp 18.9 trillion of Indonesian stocks so far this year, according to exchange data, compared with net purchases of Rp 4.2 trillion in the same period last year.

The rupiah weakened 0.3 percent to 16,585 per dollar, while the yield on the benchmark 10-year government bond rose 7 basis points to 6.94 percent.

Shares of Bank Nusantara Raya, the most heavily weighted stock in the index, fell 3.2 percent, while coal miner Sinar Bara Mandiri jumped 8.7 percent after announcing a Rp 1.5 trillion share buyback.

Statistics Indonesia (BPS) said on Monday the trade surplus narrowed to $2.14 billion in May from $4.3 billion a month earlier, below the $3.1 billion median forecast in a poll of 11 economists. Exports fell 4.8 percent from a year earlier, while imports rose 6.1 percent.

Turnover on the exchange reached Rp 13.6 trillion, compared with a 20-day average of Rp 11.2 trillion, and decliners outnumbered gainers 412 to 188.
""", [
    F("1.4 percent", 1.4, "%", "C", "dn", "Jakarta Composite Index|index", DAY(P), None),
    F("7,086.52", 7086.52, None, "L", "dn", "Jakarta Composite Index|index", DAY(P), None, unit_alt=["point"]),
    F("Rp 1.27 trillion", 1.27e12, "Rp", "L", None, "net foreign selling of Indonesian shares|foreign investors|selling",
      DAY(P), None),
    F("$77 million", 77e6, "$", "L", None, "net foreign selling of Indonesian shares|foreign investors|selling", DAY(P),
      None),
    F("Rp 18.9 trillion", 18.9e12, "Rp", "L", None, "net foreign selling of Indonesian stocks|foreign investors|selling",
      ytd(P), "exchange", source_alt=EXD, period_alt=[("2026-01-01", P)]),
    F("Rp 4.2 trillion", 4.2e12, "Rp", "L", None, "net foreign purchases of Indonesian stocks|foreign investors|purchases",
      ("2025-01", "2025-06"), "exchange", source_alt=EXD, period_alt=[("2025-01-01", "2025-06-16")]),
    F("0.3 percent", 0.3, "%", "C", "dn", "rupiah|currency", DAY(P), None),
    F("16,585", 16585, "Rp", "L", "dn", "rupiah|currency", DAY(P), None, unit_alt=["IDR per USD"],
      direction_alt=["up", None]),
    F("7 basis points", 7, "bp", "C", "up", "10-year government bond yield|bond yield|yield", DAY(P), None,
      unit_alt=["percentage point"], value_alt=[0.07]),
    F("6.94 percent", 6.94, "%", "L", "up", "10-year government bond yield|bond yield|yield", DAY(P), None),
    F("3.2 percent", 3.2, "%", "C", "dn", "Bank Nusantara Raya shares|shares", DAY(P), None),
    F("8.7 percent", 8.7, "%", "C", "up", "Sinar Bara Mandiri shares|shares", DAY(P), None),
    F("Rp 1.5 trillion", 1.5e12, "Rp", "L", None, "Sinar Bara Mandiri's share buyback|buyback", None, None,
      source_alt=["Sinar Bara Mandiri"], period_alt=[DAY(P)]),
    F("$2.14 billion", 2.14e9, "$", "L", "dn", "Indonesia's trade surplus|trade surplus|surplus", "2026-05", "BPS",
      source_alt=BPS),
    F("$4.3 billion", 4.3e9, "$", "L", None, "Indonesia's trade surplus|trade surplus|surplus", "2026-04", "BPS",
      source_alt=BPS),
    F("$3.1 billion", 3.1e9, "$", "L", None, "median forecast for the trade surplus|forecast|surplus", "2026-05", None,
      source_alt=["poll", "economists", "BPS"]),
    F("11", 11, "#economist", "L", None, "economists polled|economists", None, None, ctx="poll of 11",
      source_alt=["poll", "BPS"], period_alt=[DAY(MON)]),
    F("4.8 percent", 4.8, "%", "C", "dn", "Indonesia's exports|exports", "2026-05", None, source_alt=["BPS"]),
    F("6.1 percent", 6.1, "%", "C", "up", "Indonesia's imports|imports", "2026-05", None, source_alt=["BPS"]),
    F("Rp 13.6 trillion", 13.6e12, "Rp", "L", None, "turnover on the exchange|turnover", DAY(P), None),
    F("Rp 11.2 trillion", 11.2e12, "Rp", "L", None, "20-day average turnover|average|turnover", None, None,
      period_alt=[DAY(P)]),
    F("412", 412, "#decliner", "L", None, "declining stocks|decliners", DAY(P), None, unit_alt=["stock"]),
    F("188", 188, "#gainer", "L", None, "advancing stocks|gainers", DAY(P), None, unit_alt=["stock"]),
], ex=["third straight session", "10-year", "20-day"])

# ---------------------------------------------------------------- 44 TSX weekly close (Canadian)
P = on("2025-11-07", "Friday")
WK = (plus(P, -6), P)
MF = (plus(P, -4), P)
SC = ["data", "Statistics Canada data"]
MM_ = ["markets", "Money markets"]
story("b57-44", P, """
Canada's main stock index closed at a record high on Friday, capping its best week since April as gold miners rallied and investors bet the Bank of Canada would cut interest rates again next month.

The S&P/TSX composite index rose 142.36 points, or 0.5 per cent, to 30,418.77. For the week, it gained 2.3 per cent, and it is up 21 per cent so far this year.

The materials group, which includes precious metals miners, climbed 2.8 per cent as gold rose to US$4,190 an ounce. Energy shares fell 0.9 per cent, with U.S. crude oil futures settling down 1.6 per cent at US$57.82 a barrel.

The Canadian dollar was trading 0.2 per cent higher at 1.3960 to the U.S. dollar, or 71.63 U.S. cents.

Statistics Canada data showed the economy added 47,000 jobs in October, well above the 5,000 economists had expected, while the unemployment rate fell to 6.8 per cent from 7.1 per cent.

Money markets see a 68 per cent chance of a quarter-point cut at the Dec. 10 meeting, up from 41 per cent a week earlier.

Northfold Mining Corp. was among the biggest gainers, rising 7.4 per cent after an analyst upgrade, while Laurentide Communications fell 3.9 per cent.
""", [
    F("142.36 points", 142.36, "pt", "C", "up", "S&P/TSX composite index|index", DAY(P), None),
    F("0.5 per cent", 0.5, "%", "C", "up", "S&P/TSX composite index|index", DAY(P), None),
    F("30,418.77", 30418.77, None, "L", "up", "S&P/TSX composite index|index", DAY(P), None, unit_alt=["point"]),
    F("2.3 per cent", 2.3, "%", "C", "up", "S&P/TSX composite index|index", WK, None, period_alt=[MF]),
    F("21 per cent", 21, "%", "C", "up", "S&P/TSX composite index|index", ytd(P), None,
      period_alt=[("2025-01-01", P)]),
    F("2.8 per cent", 2.8, "%", "C", "up", "materials group|materials|group", DAY(P), None),
    F("US$4,190", 4190, "$", "L", "up", "gold price|gold", DAY(P), None, unit_alt=["USD per ounce"]),
    F("0.9 per cent", 0.9, "%", "C", "dn", "energy shares|energy|shares", DAY(P), None),
    F("1.6 per cent", 1.6, "%", "C", "dn", "U.S. crude oil futures|crude oil futures|futures", DAY(P), None),
    F("US$57.82", 57.82, "$", "L", "dn", "U.S. crude oil futures|crude oil futures|futures", DAY(P), None,
      unit_alt=["USD per barrel"]),
    F("0.2 per cent", 0.2, "%", "C", "up", "Canadian dollar|dollar", DAY(P), None),
    F("1.3960", 1.3960, CAD, "L", "up", "Canadian dollar|dollar", DAY(P), None, unit_alt=["CAD per USD"],
      direction_alt=["dn", None]),
    CENTS("71.63 U.S. cents", 71.63, "$", "L", "up", "Canadian dollar|dollar", DAY(P), None),
    F("47,000", 47000, "#job", "C", "up", "Canadian employment|economy|jobs", "2025-10", "Statistics Canada",
      source_alt=SC, kind_alt=["level"]),
    F("5,000", 5000, "#job", "C", "up", "economists' expected job gain|jobs", "2025-10", "economists",
      kind_alt=["level"], direction_alt=[None]),
    F("6.8 per cent", 6.8, "%", "L", "dn", "Canada's unemployment rate|unemployment rate|rate", "2025-10",
      "Statistics Canada", source_alt=SC),
    F("7.1 per cent", 7.1, "%", "L", None, "Canada's unemployment rate|unemployment rate|rate", "2025-09",
      "Statistics Canada", source_alt=SC),
    F("68 per cent", 68, "%", "L", "up", "market-implied chance of a Bank of Canada cut|chance", None, "Money markets",
      source_alt=MM_, kind_alt=["share"], period_alt=[DAY(P), DAY("2025-12-10")]),
    QP("quarter-point", "C", "dn", "Bank of Canada policy rate|rate|cut", DAY("2025-12-10"), "Money markets",
       source_alt=MM_),
    F("41 per cent", 41, "%", "L", None, "market-implied chance of a Bank of Canada cut|chance", DAY(plus(P, -7)),
      "Money markets", source_alt=MM_, kind_alt=["share"], period_alt=[None]),
    F("7.4 per cent", 7.4, "%", "C", "up", "Northfold Mining shares|Northfold|shares", DAY(P), None),
    F("3.9 per cent", 3.9, "%", "C", "dn", "Laurentide Communications shares|Laurentide|shares", DAY(P), None),
], ex=[])

# ---------------------------------------------------------------- 45 Irish building materials half year (Irish)
P = on("2025-08-19", "Tuesday")
H1 = ("2025-01", "2025-06")
CH = "Carrowmore Holdings"
story("b57-45", P, """
Irish building materials group Carrowmore Holdings reported a 12 per cent rise in first-half pre-tax profit to €214 million on Tuesday, as infrastructure spending in Ireland and Britain offset a slowdown in new housing starts.

Revenue rose 6 per cent to €2.38 billion in the six months to June, compared with the same period last year, while like-for-like sales in its Irish division grew 9.4 per cent. Its UK business posted a 3.1 per cent fall.

Earnings per share came in at 41.2 cent, and the board lifted the interim dividend by 8 per cent to 12.6 cent.

Net debt stood at €1.06 billion at the end of June, or 1.4 times earnings before interest, tax, depreciation and amortisation (EBITDA), the company said. It expects full-year EBITDA of between €880 million and €910 million, compared with an analyst consensus of €872 million.

Chief executive Niamh Costigan said the group would spend about €150 million on bolt-on acquisitions this year and had completed nine so far, while Liffey Capital analyst Ruairí Daly said the guidance implied a second-half EBITDA margin of about 14.5 per cent.

Shares rose 5.3 per cent to €27.40 in Dublin, valuing the group at €4.9 billion.
""", [
    F("12 per cent", 12, "%", "C", "up", "Carrowmore's pre-tax profit|pre-tax profit|profit", H1, CH,
      source_alt=["Carrowmore"]),
    F("€214 million", 214e6, "€", "L", "up", "Carrowmore's pre-tax profit|pre-tax profit|profit", H1, CH,
      source_alt=["Carrowmore"]),
    F("6 per cent", 6, "%", "C", "up", "Carrowmore's revenue|revenue", H1, None),
    F("€2.38 billion", 2.38e9, "€", "L", "up", "Carrowmore's revenue|revenue", H1, None),
    F("9.4 per cent", 9.4, "%", "C", "up", "like-for-like sales in the Irish division|like-for-like sales|sales", H1,
      None),
    F("3.1 per cent", 3.1, "%", "C", "dn", "Carrowmore's UK business sales|UK business|sales", H1, None),
    CENTS("41.2 cent", 41.2, "€", "L", None, "Carrowmore's earnings per share|earnings per share|share", H1, None),
    F("8 per cent", 8, "%", "C", "up", "Carrowmore's interim dividend|interim dividend|dividend", H1, None,
      period_alt=[None]),
    CENTS("12.6 cent", 12.6, "€", "L", "up", "Carrowmore's interim dividend|interim dividend|dividend", H1, None,
          period_alt=[None]),
    F("€1.06 billion", 1.06e9, "€", "L", None, "Carrowmore's net debt|net debt|debt", "2025-06", "company",
      source_alt=[CH, "Carrowmore"], period_alt=[DAY("2025-06-30")]),
    X("1.4 times", 1.4, "R", None, "net debt to EBITDA|net debt|debt", "2025-06", "company",
      source_alt=[CH, "Carrowmore"], period_alt=[DAY("2025-06-30")]),
    F("€880 million and €910 million", 880e6, "€", "L", None, "Carrowmore's full-year EBITDA forecast|EBITDA",
      Y(2025), CH, value_hi=910e6, source_alt=["It", "company", "Carrowmore"]),
    F("€872 million", 872e6, "€", "L", None, "analyst consensus for EBITDA|consensus|EBITDA", Y(2025), None,
      source_alt=["analyst consensus", CH]),
    F("about €150 million", 150e6, "€", "L", None, "spending on bolt-on acquisitions|acquisitions|spending", Y(2025),
      "Niamh Costigan", source_alt=["Costigan", "Chief executive"]),
    F("nine", 9, "#acquisition", "L", None, "bolt-on acquisitions completed|acquisitions", ytd(P), "Niamh Costigan",
      source_alt=["Costigan", "Chief executive"], period_alt=[("2025-01-01", P)]),
    F("about 14.5 per cent", 14.5, "%", "L", None, "Carrowmore's second-half EBITDA margin|EBITDA margin|margin",
      ("2025-07", "2025-12"), "Ruairí Daly", source_alt=["Daly", "Liffey Capital"], kind_alt=["ratio", "share"]),
    F("5.3 per cent", 5.3, "%", "C", "up", "Carrowmore shares|shares", DAY(P), None),
    F("€27.40", 27.40, "€", "L", "up", "Carrowmore shares|shares", DAY(P), None),
    F("€4.9 billion", 4.9e9, "€", "L", None, "Carrowmore's market value|group|value", DAY(P), None),
], ex=["first-half", "six months", "second-half"])

# ---------------------------------------------------------------- 46 Nigerian bank nine months (Nigerian)
P = on("2025-10-30", "Thursday")
WED = last(P, "Wednesday")
N9 = ("2025-01", "2025-09")
N9L = ("2024-01", "2024-09")
ITB = ["Ikoyi Trust Bank Plc", "Ikoyi Trust Bank", "unaudited results"]
story("b57-46", P, """
Ikoyi Trust Bank Plc posted a profit before tax of N612.4bn for the nine months ended September 30, 2025, up 37 per cent compared to N447.1bn in the corresponding period of 2024, according to its unaudited results filed with the Nigerian Exchange on Wednesday.

Gross earnings rose by 29 per cent to N2.31tn, while net interest income grew 41 per cent to N1.18tn. Impairment charges, however, jumped to N156bn from N88bn.

Total assets stood at N24.6tn at the end of September, compared to N19.8tn in December 2024, while customer deposits climbed 18 per cent to N17.2tn over the same nine months.

Earnings per share rose to N14.62 from N10.71.

The bank's Managing Director, Mrs Adaora Nwachukwu, said the lender had raised N350bn in fresh capital this year towards the Central Bank of Nigeria's recapitalisation requirement, while the Chief Financial Officer, Mr Kunle Ajayi, said the cost-to-income ratio improved to 38.6 per cent from 44.2 per cent.

Analysts at Marina Securities said the results implied an annualised return on equity of about 29 per cent, among the highest in the sector.

The lender's shares closed 4.9 per cent higher at N71.50 on Wednesday, bringing their gain this year to 62 per cent.
""", [
    F("N612.4bn", 612.4e9, "N", "L", "up", "Ikoyi Trust Bank's profit before tax|profit before tax|profit", N9,
      "results", source_alt=ITB),
    F("37 per cent", 37, "%", "C", "up", "Ikoyi Trust Bank's profit before tax|profit before tax|profit", N9,
      "results", source_alt=ITB),
    F("N447.1bn", 447.1e9, "N", "L", None, "Ikoyi Trust Bank's profit before tax|profit before tax|profit", N9L,
      "results", source_alt=ITB),
    F("29 per cent", 29, "%", "C", "up", "Ikoyi Trust Bank's gross earnings|gross earnings|earnings", N9, None,
      ctx="by 29 per cent"),
    F("N2.31tn", 2.31e12, "N", "L", "up", "Ikoyi Trust Bank's gross earnings|gross earnings|earnings", N9, None),
    F("41 per cent", 41, "%", "C", "up", "net interest income|income", N9, None),
    F("N1.18tn", 1.18e12, "N", "L", "up", "net interest income|income", N9, None),
    F("N156bn", 156e9, "N", "L", "up", "impairment charges|charges", N9, None),
    F("N88bn", 88e9, "N", "L", None, "impairment charges|charges", N9L, None),
    F("N24.6tn", 24.6e12, "N", "L", None, "Ikoyi Trust Bank's total assets|total assets|assets", "2025-09", None,
      period_alt=[DAY("2025-09-30")], direction_alt=["up"]),
    F("N19.8tn", 19.8e12, "N", "L", None, "Ikoyi Trust Bank's total assets|total assets|assets", "2024-12", None,
      period_alt=[DAY("2024-12-31")]),
    F("18 per cent", 18, "%", "C", "up", "customer deposits|deposits", N9, None),
    F("N17.2tn", 17.2e12, "N", "L", "up", "customer deposits|deposits", N9, None, period_alt=["2025-09"]),
    F("N14.62", 14.62, "N", "L", "up", "Ikoyi Trust Bank's earnings per share|earnings per share|share", N9, None),
    F("N10.71", 10.71, "N", "L", None, "Ikoyi Trust Bank's earnings per share|earnings per share|share", N9L, None),
    F("N350bn", 350e9, "N", "L", None, "fresh capital raised|capital", ytd(P), "Adaora Nwachukwu",
      source_alt=["Nwachukwu", "Managing Director"], period_alt=[("2025-01-01", P)]),
    F("38.6 per cent", 38.6, "%", "L", "dn", "Ikoyi Trust Bank's cost-to-income ratio|cost-to-income ratio|ratio", N9,
      "Kunle Ajayi", source_alt=["Ajayi", "Chief Financial Officer"], kind_alt=["ratio"]),
    F("44.2 per cent", 44.2, "%", "L", None, "Ikoyi Trust Bank's cost-to-income ratio|cost-to-income ratio|ratio", N9L,
      "Kunle Ajayi", source_alt=["Ajayi", "Chief Financial Officer"], kind_alt=["ratio"]),
    F("about 29 per cent", 29, "%", "L", None, "Ikoyi Trust Bank's return on equity|return on equity|equity", N9,
      "Marina Securities", source_alt=["Analysts"], kind_alt=["ratio"], period_alt=[Y(2025)]),
    F("4.9 per cent", 4.9, "%", "C", "up", "Ikoyi Trust Bank shares|shares", DAY(WED), None),
    F("N71.50", 71.50, "N", "L", "up", "Ikoyi Trust Bank shares|shares", DAY(WED), None),
    F("62 per cent", 62, "%", "C", "up", "Ikoyi Trust Bank shares|shares", ytd(P), None,
      period_alt=[("2025-01-01", WED)]),
], ex=["nine months"])

# ---------------------------------------------------------------- 47 West Sumatra floods, BNPB update (Indonesian)
P = on("2026-01-26", "Monday")
SAT = last(P, "Saturday")
FRI = last(P, "Friday")
BNPB = ["National Disaster Management Agency", "agency"]
SIR = ["Siregar", "BNPB spokesman", "BNPB"]
story("b57-47", P, """
Flash floods and landslides in West Sumatra killed at least 19 people on Friday and Saturday, local officials said on Saturday, but by Monday the National Disaster Management Agency (BNPB) had raised the death toll to 31, with 12 people still missing.

More than 4,800 residents of Agam and Tanah Datar regencies were evacuated, and 1,260 houses were damaged, including 212 that were destroyed, BNPB spokesman Abdul Rahman Siregar said on Monday.

The Meteorology, Climatology and Geophysics Agency (BMKG) said 247 millimeters of rain fell in Padang Panjang in the 24 hours to 7 a.m. on Saturday, more than double the town's average for the whole of January.

Search teams of about 600 personnel, including soldiers and police, were using excavators and sniffer dogs, Siregar said, while the West Sumatra public works office said the floods had cut the Trans-Sumatra road at 14 points and that repairs would cost about Rp 86 billion.

Indonesia recorded 3,412 disasters in 2025, about 96 percent of them floods, landslides and other weather-related events, BNPB data show.

The BMKG forecast moderate to heavy rain for the province until Thursday.
""", [
    F("at least 19", 19, "#person", "L", None, "people killed by the floods and landslides|people|death toll", (FRI, SAT),
      "local officials", source_alt=["officials"], unit_alt=["people", "death"], period_alt=[DAY(SAT)]),
    F("31", 31, "#person", "L", "up", "death toll from the floods|death toll|toll", (FRI, P), "BNPB",
      source_alt=BNPB, unit_alt=["people", "death"], period_alt=[DAY(P)]),
    F("12", 12, "#person", "L", None, "people still missing|missing|people", (FRI, P), "BNPB", source_alt=BNPB,
      ctx="with 12 people",
      unit_alt=["people"], period_alt=[DAY(P)]),
    F("More than 4,800", 4800, "#resident", "L", None, "residents evacuated|residents", (FRI, P),
      "Abdul Rahman Siregar", source_alt=SIR, period_alt=[DAY(P), None]),
    F("1,260", 1260, "#house", "L", None, "houses damaged|houses", (FRI, P), "Abdul Rahman Siregar",
      source_alt=SIR, period_alt=[DAY(P), None]),
    F("212", 212, "#house", "L", None, "houses destroyed|houses", (FRI, P), "Abdul Rahman Siregar", source_alt=SIR,
      period_alt=[DAY(P), None]),
    F("247 millimeters", 247, "mm", "L", None, "rainfall in Padang Panjang|rain|rainfall", (FRI, SAT), "BMKG",
      source_alt=["Meteorology, Climatology and Geophysics Agency"], period_alt=[DAY(SAT)]),
    X("more than double", 2, "R", None, "rainfall compared with the January average|rain|rainfall", (FRI, SAT),
      "BMKG", source_alt=["Meteorology, Climatology and Geophysics Agency"], period_alt=[DAY(SAT)],
      direction_alt=["up"]),
    F("about 600", 600, "#personnel", "L", None, "search personnel|search teams|personnel", DAY(P),
      "Abdul Rahman Siregar", source_alt=SIR, period_alt=[None]),
    F("14", 14, "#point", "L", None, "points where the Trans-Sumatra road was cut|road|points", (FRI, P),
      "West Sumatra public works office", source_alt=["public works office", "office"], period_alt=[None]),
    F("about Rp 86 billion", 86e9, "Rp", "L", None, "cost of road repairs|repairs|cost", None,
      "West Sumatra public works office", source_alt=["public works office", "office"]),
    F("3,412", 3412, "#disaster", "L", None, "disasters recorded in Indonesia|disasters", Y(2025), "BNPB",
      source_alt=["data", "BNPB data"]),
    F("about 96 percent", 96, "%", "S", None, "weather-related share of disasters|disasters", Y(2025), "BNPB",
      source_alt=["data", "BNPB data"]),
], ex=["24 hours"])

# ---------------------------------------------------------------- 48 UK retailer Christmas trading (British dates)
P = on("2026-01-08", "Thursday")
W9 = ("2025-11-02", "2026-01-03")
W5 = ("2025-11-30", "2026-01-03")
FYF = FY(2025, 3, 2026, 2)
HL = "Hartwell & Lowe"
story("b57-48", P, """
Hartwell & Lowe, the British department store and online retailer, said like-for-like sales rose 3.4 per cent in the nine weeks to 3 January, compared with the same period last year, as shoppers bought more beauty and homeware at full price.

Online sales climbed 7.9 per cent and accounted for 43 per cent of the total, while store sales edged up 0.6 per cent. Sales in the first half of December fell 1.2 per cent, before a strong final fortnight before Christmas.

The company, which trades from 61 stores, said it now expected pre-tax profit of about £318 million for the year to February, up from previous guidance of £300 million to £310 million and compared with £291 million last year.

Chief executive Marcus Pell said full-price sales rose 5.2 per cent, and that the group had cleared 18 per cent less stock in its post-Christmas sale than a year earlier.

Analysts at Thornbury Securities had expected like-for-like growth of 2.5 per cent, while the British Retail Consortium said total UK retail sales rose 1.9 per cent in the five weeks to 3 January.

Shares in Hartwell & Lowe rose 6.8 per cent to 412 pence by midday, giving the company a market value of about £1.6 billion.
""", [
    F("3.4 per cent", 3.4, "%", "C", "up", "Hartwell & Lowe's like-for-like sales|like-for-like sales|sales", W9, HL),
    F("7.9 per cent", 7.9, "%", "C", "up", "Hartwell & Lowe's online sales|online sales|sales", W9, None,
      source_alt=[HL]),
    F("43 per cent", 43, "%", "S", None, "online share of total sales|online sales|sales", W9, None, source_alt=[HL]),
    F("0.6 per cent", 0.6, "%", "C", "up", "Hartwell & Lowe's store sales|store sales|sales", W9, None,
      source_alt=[HL]),
    F("1.2 per cent", 1.2, "%", "C", "dn", "Hartwell & Lowe's sales|sales", ("2025-12-01", "2025-12-15"), None,
      source_alt=[HL], period_alt=["2025-12"]),
    F("61", 61, "#store", "L", None, "Hartwell & Lowe stores|stores", None, "company", source_alt=[HL],
      period_alt=[DAY(P)]),
    F("about £318 million", 318e6, "£", "L", "up", "Hartwell & Lowe's pre-tax profit|pre-tax profit|profit", FYF,
      "company", source_alt=[HL]),
    F("£300 million to £310 million", 300e6, "£", "L", None, "previous pre-tax profit guidance|guidance|profit", FYF,
      "company", value_hi=310e6, source_alt=[HL]),
    F("£291 million", 291e6, "£", "L", None, "Hartwell & Lowe's pre-tax profit|pre-tax profit|profit",
      FY(2024, 3, 2025, 2), None, source_alt=["company", HL]),
    F("5.2 per cent", 5.2, "%", "C", "up", "full-price sales|sales", W9, "Marcus Pell",
      source_alt=["Pell", "Chief executive"]),
    F("18 per cent", 18, "%", "C", "dn", "stock cleared in the post-Christmas sale|stock", None, "Marcus Pell",
      source_alt=["Pell", "Chief executive"], period_alt=[W9, ("2025-12", "2026-01")]),
    F("2.5 per cent", 2.5, "%", "C", "up", "expected like-for-like growth|like-for-like growth|growth", W9,
      "Thornbury Securities", source_alt=["Analysts"]),
    F("1.9 per cent", 1.9, "%", "C", "up", "total UK retail sales|retail sales|sales", W5, "British Retail Consortium",
      source_alt=["BRC"]),
    F("6.8 per cent", 6.8, "%", "C", "up", "Hartwell & Lowe shares|shares", DAY(P), None),
    CENTS("412 pence", 412, "£", "L", "up", "Hartwell & Lowe shares|shares", DAY(P), None, sub="pence",
          unit_alt=["penny", "GBp"]),
    F("about £1.6 billion", 1.6e9, "£", "L", None, "Hartwell & Lowe's market value|market value|value", DAY(P), None),
], ex=["nine weeks", "five weeks", "first half"])

# ---------------------------------------------------------------- 49 Port of Vancouver half year (Canadian)
P = on("2025-08-02", "Saturday")
H1 = ("2025-01", "2025-06")
H1L = ("2024-01", "2024-06")
VFPA = "Vancouver Fraser Port Authority"
PA = ["port authority", VFPA]
story("b57-49", P, """
Cargo volumes at the Port of Vancouver fell 4 per cent to 71.2 million tonnes in the first six months of 2025, compared with the same period last year, as grain and coal exports slipped and a labour dispute disrupted terminal operations in the spring, the Vancouver Fraser Port Authority said on Friday.

Container traffic dropped 6.3 per cent to 1.64 million TEUs, with inbound loaded containers down 9.1 per cent as U.S. tariffs on Chinese goods diverted cargo away from West Coast ports.

Grain exports fell 11 per cent to 10.8 million tonnes, while potash shipments rose 14 per cent to a record 6.9 million tonnes. Coal volumes slipped to 19.4 million tonnes from 21.1 million tonnes.

The port handled 103 cruise ship calls carrying about 590,000 passengers, compared to 112 calls a year earlier.

Port authority president Teresa Gallant said volumes were expected to recover in the second half, while the West Coast Terminal Operators Council said the dispute had cost about $610 million in delayed trade.

The port authority expects to spend $3.4 billion on a new container terminal, which would add 2.4 million TEUs of annual capacity when it opens in 2031.
""", [
    F("4 per cent", 4, "%", "C", "dn", "Port of Vancouver cargo volumes|cargo volumes|volumes", H1, VFPA,
      ctx="fell 4 per cent", source_alt=["port authority"]),
    F("71.2 million tonnes", 71.2e6, "t", "L", "dn", "Port of Vancouver cargo volumes|cargo volumes|volumes", H1,
      VFPA, source_alt=["port authority"]),
    F("6.3 per cent", 6.3, "%", "C", "dn", "container traffic|traffic", H1, None, source_alt=PA),
    F("1.64 million TEUs", 1.64e6, "TEU", "L", "dn", "container traffic|traffic", H1, None, source_alt=PA,
      unit_alt=["twenty-foot equivalent unit"]),
    F("9.1 per cent", 9.1, "%", "C", "dn", "inbound loaded containers|containers", H1, None, source_alt=PA),
    F("11 per cent", 11, "%", "C", "dn", "grain exports through Vancouver|grain exports|exports", H1, None,
      source_alt=PA),
    F("10.8 million tonnes", 10.8e6, "t", "L", "dn", "grain exports through Vancouver|grain exports|exports", H1, None,
      source_alt=PA),
    F("14 per cent", 14, "%", "C", "up", "potash shipments|shipments", H1, None, source_alt=PA),
    F("6.9 million tonnes", 6.9e6, "t", "L", "up", "potash shipments|shipments", H1, None, source_alt=PA),
    F("19.4 million tonnes", 19.4e6, "t", "L", "dn", "coal volumes|volumes", H1, None, source_alt=PA),
    F("21.1 million tonnes", 21.1e6, "t", "L", None, "coal volumes|volumes", H1L, None, source_alt=PA),
    F("103", 103, "#call", "L", "dn", "cruise ship calls|calls", H1, None, source_alt=PA,
      unit_alt=["cruise ship call"]),
    F("about 590,000", 590000, "#passenger", "L", None, "cruise passengers|passengers", H1, None, source_alt=PA),
    F("112", 112, "#call", "L", None, "cruise ship calls|calls", H1L, None, source_alt=PA,
      unit_alt=["cruise ship call"]),
    F("about $610 million", 610e6, CAD, "L", None, "cost of the labour dispute in delayed trade|delayed trade|cost",
      None, "West Coast Terminal Operators Council", source_alt=["council"], period_alt=[("2025-03", "2025-05")]),
    F("$3.4 billion", 3.4e9, CAD, "L", None, "spending on a new container terminal|terminal|spending", None,
      "port authority", source_alt=[VFPA], period_alt=[(None, "2031-12")]),
    F("2.4 million TEUs", 2.4e6, "TEU", "C", "up", "annual capacity added by the new terminal|capacity", None,
      "port authority", source_alt=[VFPA], unit_alt=["TEU per year"], period_alt=[("2031-01", None), Y(2031)],
      kind_alt=["level"]),
], ex=["first six months", "second half"])

# ---------------------------------------------------------------- 50 Indonesia Open badminton final (Indonesian)
P = on("2026-06-07", "Sunday")
WEEK = (plus(P, -6), P)
TS = ["statistics", "tournament statistics"]
story("b57-50", P, """
Indonesian men's singles player Raka Pratama won the Indonesia Open title on Sunday, beating Denmark's Mikkel Strand 21-17, 18-21, 21-15 in a final that lasted 79 minutes at Istora Senayan in Jakarta.

The 24-year-old, seeded sixth, became the first Indonesian to win the men's singles crown at the Super 1000 tournament since 2018 and earned US$101,500 from the event's total prize money of $1.45 million.

Raka hit 38 smashes, the fastest measured at 412 kilometers per hour, and won 71 percent of the points on his own serve in the deciding game, according to tournament statistics. The match included a 64-shot rally in the second game.

Strand, 27, was playing in his first final of the season after reaching the semifinals at three of the previous four tournaments on the tour.

A sell-out crowd of 9,200 watched the final, the organizers said, bringing total attendance over the week to about 61,000, up from 54,300 last year.

In the women's doubles final, Japan's Aoi Sakamoto and Yuna Fujita won in straight games to share $106,720.

The win lifts Raka to 68,420 ranking points. "The crowd carried me today," he said. "I have waited ten years for this."
""", [
    F("79 minutes", 79, "min", "L", None, "length of the men's singles final|final|match", DAY(P), None),
    AGE("24-year-old", 24, "Raka Pratama", alts="Raka"),
    F("US$101,500", 101500, "$", "L", None, "Raka's prize money|prize money", DAY(P), None, period_alt=[None, Y(2026)]),
    F("$1.45 million", 1.45e6, "$", "L", None, "Indonesia Open total prize money|prize money", None, None,
      period_alt=[DAY(P), Y(2026), WEEK]),
    F("38", 38, "#smash", "L", None, "Raka's smashes|smashes", DAY(P), "tournament statistics", source_alt=TS),
    F("412 kilometers per hour", 412, "km/h", "L", None, "Raka's fastest smash|smash|speed", DAY(P),
      "tournament statistics", source_alt=TS),
    F("71 percent", 71, "%", "S", None, "points won on Raka's serve in the deciding game|serve|points", DAY(P),
      "tournament statistics", source_alt=TS),
    F("64-shot", 64, "#shot", "L", None, "rally length|rally", DAY(P), None),
    AGE("27", 27, "Mikkel Strand", alts="Strand"),
    F("three", 3, "#tournament", "L", None, "tournaments where Strand reached the semifinals|semifinals|tournaments",
      None, None, period_alt=[Y(2026), ("2026-01", "2026-06")]),
    F("four", 4, "#tournament", "L", None, "Strand's previous tournaments|tournaments", None, None,
      period_alt=[Y(2026), ("2026-01", "2026-06")]),
    F("9,200", 9200, "#person", "L", None, "crowd at the final|crowd", DAY(P), "organizers",
      unit_alt=["spectator", "people"]),
    F("about 61,000", 61000, "#person", "L", "up", "total attendance at the Indonesia Open|attendance", WEEK,
      "organizers", unit_alt=["spectator", "people"], period_alt=[DAY(P), Y(2026)]),
    F("54,300", 54300, "#person", "L", None, "total attendance at the Indonesia Open|attendance", Y(2025),
      "organizers", unit_alt=["spectator", "people"], period_alt=[None]),
    F("$106,720", 106720, "$", "L", None, "women's doubles winners' prize money|prize money", DAY(P), None,
      period_alt=[None]),
    F("68,420", 68420, "pt", "L", "up", "Raka's ranking points|ranking points|points", DAY(P), None,
      unit_alt=["ranking point"], period_alt=[None]),
], ex=["21-17, 18-21, 21-15", "Super 1000", "ten years"])
