"""blind52 stories 21-30."""
from common import *

# ---------------------------------------------------------------- 21 golf
PUB = "2025-04-14"
sun = last(PUB, "Sunday")
EVENT = (plus(sun, -3), sun)
ST = ["count", "shot"]
story("b52-21", PUB, """
Mia Castellano shot a final-round 66 to win the Coastal Pines Championship by three strokes on Sunday, finishing at 17-under-par 271 and collecting $487,500 from the $3.25 million purse.

Castellano, 24, started the day two shots behind overnight leader Haruka Ito, who closed with a 72 to tie for second with Paige Dorsey at 14 under.

Castellano hit 13 of 14 fairways in the final round and needed just 26 putts. The win is her third on tour this season.

Wind gusting to 25 mph made scoring difficult on Sunday. The field averaged 72.8 strokes in the final round, more than 2 strokes above its average of 70.6 for the first three rounds.

"I told my caddie on the first tee that par was a good score today," Castellano said. "Then I made seven birdies."
""", [
    F("66", 66, "stroke", "L", None, "Castellano's final-round score|final round|score|Castellano", sun, None,
      unit_alt=ST),
    F("three strokes", 3, "stroke", "L", None, "winning margin|margin", sun, None, unit_alt=ST),
    F("17-under-par", 17, "stroke", "L", None, "score|Castellano's score relative to par|score|par|Castellano", EVENT,
      None, value_alt=[-17], unit_alt=["under par", "count", None], period_alt=[sun, None]),
    F("271", 271, "stroke", "L", None, "Castellano's 72-hole total|total|score|Castellano", EVENT, None,
      unit_alt=ST, period_alt=[sun, None]),
    F("$487,500", 487500, "$", "L", None, "winner's prize|prize|Castellano|share", sun, None, period_alt=[None]),
    F("$3.25 million", 3.25e6, "$", "L", None, "purse|prize money", None, None, period_alt=[EVENT, sun]),
    AGE("24", 24, "Mia Castellano", alts="Castellano"),
    F("two shots", 2, "stroke", "L", None, "deficit|Castellano's deficit to the overnight leader|deficit|Castellano|lead",
      sun, None, unit_alt=["shot", "count"]),
    F("72", 72, "stroke", "L", None, "Ito's final round|Haruka Ito's final round|final round|score|Ito", sun, None, ctx="with a 72 to",
      unit_alt=ST),
    F("14 under", 14, "stroke", "L", None, "score|Ito and Dorsey's score relative to par|score|par", EVENT, None,
      value_alt=[-14], unit_alt=["under par", "count", None], period_alt=[sun, None]),
    F("13", 13, "#fairway", "L", None, "fairways hit|fairways hit by Castellano|fairways", sun, None, ctx="hit 13 of"),
    F("14", 14, "#fairway", "L", None, "fairways|fairways played", sun, None, ctx="of 14 fairways"),
    F("26", 26, "#putt", "L", None, "Castellano's putts|putts", sun, None),
    F("25 mph", 25, "mph", "L", None, "wind gusts|wind|gusts", sun, None),
    F("72.8 strokes", 72.8, "stroke", "L", None, "scoring average|field's final-round scoring average|field|average|scoring average",
      sun, None, unit_alt=ST),
    F("2 strokes", 2, "stroke", "C", "up", "scoring average|final-round average compared with earlier rounds|average|field", sun,
      None, unit_alt=ST, kind_alt=["level"]),
    F("70.6", 70.6, "stroke", "L", None, "scoring average|field's average for the first three rounds|average|field", (plus(sun, -3), plus(sun, -1)),
      None, unit_alt=ST, period_alt=[EVENT, None]),
    F("seven", 7, "#birdie", "L", None, "Castellano's birdies|birdies", sun, None, source_alt=["Mia Castellano"]),
], ex=["third on tour", "first three rounds"])

# ---------------------------------------------------------------- 22 women's football transfer (British)
PUB = "2026-07-20"
LAST_SEASON = ("2025-09", "2026-05")
LSA = [("2025-08", "2026-05"), None]
story("b52-22", PUB, """
Ashdown Rovers have signed Canadian forward Claire Dubois from Olympique Vernay for a world-record fee for a women's player of £1.4m, surpassing the £1.1m paid by a Spanish club last summer.

Dubois, 25, scored 23 goals in 26 league games last season and has 41 goals in 58 appearances for Canada. She has signed a four-year contract reportedly worth about £450,000 a year, more than four times the league's average salary.

The fee remains tiny by the standards of the men's game: Rovers' men's team paid £62m for a striker two years ago.

Attendances in the women's top flight rose 28 per cent last season to an average of 8,940, according to league figures, and Rovers drew a record 41,266 for a match against Kingsbridge in March. Season-ticket sales for the coming season are up by a third, the club said.

"A year ago people thought a million-pound fee for a woman was a fantasy," Rovers manager Sophie Hartley said.
""", [
    F("£1.4m", 1.4e6, "£", "L", None, "transfer fee|transfer fee for Claire Dubois|fee|transfer fee|record fee", None, None,
      period_alt=[PUB]),
    F("£1.1m", 1.1e6, "£", "L", None, "previous record fee|fee|record", ("2025-06", "2025-08"), None,
      period_alt=[None]),
    AGE("25", 25, "Claire Dubois", alts="Dubois"),
    F("23", 23, "#goal", "L", None, "Dubois' league goals|goals|Dubois", LAST_SEASON, None, period_alt=LSA),
    F("26", 26, "#game", "L", None, "Dubois' league games|games|Dubois", LAST_SEASON, None, ctx="in 26 league",
      period_alt=LSA),
    F("41", 41, "#goal", "L", None, "goals for Canada|Dubois' goals for Canada|goals|Dubois", None, None, ctx="has 41 goals",
      period_alt=[PUB]),
    F("58", 58, "#appearance", "L", None, "appearances for Canada|Dubois' appearances for Canada|appearances|Dubois", None, None,
      period_alt=[PUB]),
    F("£450,000", 450000, "£", "L", None, "Dubois' annual salary|salary|contract|Dubois", None, None),
    F("four times", 4, None, "R", "up", "salary|Dubois' salary relative to the league average|salary|Dubois", None, None,
      unit_alt=["times"], direction_alt=[None]),
    F("£62m", 62e6, "£", "L", None, "fee|fee paid for a men's striker|fee|striker", M(2024, 7), None,
      period_alt=[None, Y(2024)]),
    F("28 per cent", 28, "%", "C", "up", "women's top-flight attendances|attendances|attendance", LAST_SEASON,
      "league figures", source_alt=["league"], period_alt=LSA),
    F("8,940", 8940, "#spectator", "L", "up", "average attendance|attendance|average|attendances", LAST_SEASON,
      "league figures", source_alt=["league"], unit_alt=["person"], direction_alt=[None], period_alt=LSA),
    F("41,266", 41266, "#spectator", "L", None, "Rovers' record crowd|crowd|attendance|Rovers", M(2026, 3), None,
      unit_alt=["person"], source_alt=["league figures"]),
    FR("a third", 1, 3, "C", "up", "season-ticket sales|sales|season tickets", ("2026-09", "2027-05"),
       "Ashdown Rovers", source_alt=["club"], period_alt=[None, PUB]),
], ex=["four-year", "two years ago", "A year ago", "million-pound"])

# ---------------------------------------------------------------- 23 box office
PUB = "2025-12-08"
sun = last(PUB, "Sunday")
WKND = (plus(sun, -2), sun)
WKA = [(plus(sun, -1), sun)]
story("b52-23", PUB, """
"The Lantern Keepers," an animated adventure from Bramblewood Pictures, took in $84.6 million at U.S. and Canadian theaters over the weekend, well above the $60 million to $65 million industry trackers had forecast, according to final figures from Comscore on Monday.

The film, which cost about $150 million to make, added $112.3 million from 52 overseas markets for a global debut of $196.9 million. It played in 4,120 North American theaters, averaging $20,534 per location.

Last weekend's leader, the musical "Harbor Lights," slipped to second place with $31.8 million, down 58%, bringing its domestic total to $246.5 million after 17 days.

Overall ticket sales for all films reached $162 million, up 41% from the same weekend a year ago. Year-to-date domestic box office stands at $8.31 billion, 4.7% ahead of 2024 but still about 18% below 2019.

Families made up 46% of the opening audience.
""", [
    F("$84.6 million", 84.6e6, "$", "L", None, "box office|The Lantern Keepers' opening weekend box office|box office|ticket sales|Lantern Keepers|opening",
      WKND, "Comscore", period_alt=WKA),
    F("$60 million to $65 million", 60e6, "$", "L", None, "industry trackers' forecast|forecast|trackers|box office",
      WKND, "industry trackers", value_hi=65e6, source_alt=["Comscore"], period_alt=WKA),
    F("$150 million", 150e6, "$", "L", None, "production cost|cost|budget|film", None, None),
    F("$112.3 million", 112.3e6, "$", "L", None, "overseas box office|overseas|box office", WKND, None,
      period_alt=WKA),
    F("52", 52, "#market", "L", None, "overseas markets|markets", WKND, None, period_alt=WKA + [None]),
    F("$196.9 million", 196.9e6, "$", "L", None, "global debut|debut|global box office|box office", WKND, None,
      period_alt=WKA),
    F("4,120", 4120, "#theater", "L", None, "North American theaters|theaters|locations", WKND, None,
      period_alt=WKA),
    F("$20,534", 20534, "$", "L", None, "per-theater average|average|location|per-location average", WKND, None,
      period_alt=WKA),
    F("$31.8 million", 31.8e6, "$", "L", "dn", "Harbor Lights|Harbor Lights weekend box office|Harbor Lights|box office", WKND,
      None, period_alt=WKA),
    F("58%", 58, "%", "C", "dn", "Harbor Lights|Harbor Lights weekend box office|Harbor Lights|box office", WKND, None,
      period_alt=WKA),
    F("$246.5 million", 246.5e6, "$", "L", "up", "domestic total|Harbor Lights domestic total|domestic total|total|Harbor Lights",
      (plus(sun, -16), sun), None, direction_alt=[None], period_alt=[None]),
    F("$162 million", 162e6, "$", "L", "up", "ticket sales|overall weekend ticket sales|ticket sales|sales|box office", WKND,
      None, direction_alt=[None], period_alt=WKA),
    F("41%", 41, "%", "C", "up", "ticket sales|overall weekend ticket sales|ticket sales|sales|box office", WKND, None,
      period_alt=WKA),
    F("$8.31 billion", 8.31e9, "$", "L", None, "year-to-date box office|year-to-date domestic box office|domestic box office|box office",
      ("2025-01", "2025-12"), None, direction_alt=["increase"]),
    F("4.7%", 4.7, "%", "C", "up", "year-to-date box office|year-to-date domestic box office|domestic box office|box office",
      ("2025-01", "2025-12"), None, kind_alt=["level"]),
    F("18%", 18, "%", "C", "dn", "year-to-date box office|year-to-date domestic box office compared with 2019|domestic box office|box office",
      ("2025-01", "2025-12"), None, kind_alt=["level"]),
    F("46%", 46, "%", "S", None, "families|families' share of the opening audience|families|audience", WKND, None,
      period_alt=WKA),
], ex=["17 days"])

# ---------------------------------------------------------------- 24 streaming chart
PUB = "2026-10-22"
sun = last(PUB, "Sunday")
WEEK = (plus(sun, -6), sun)
LF = "Lumenflix"
story("b52-24", PUB, """
"Salt and Iron," a Danish-language crime drama, drew 18.4 million views on Lumenflix in the week ended Sunday, its first full week on the service, the most for a non-English series since 2023, the company said on Tuesday.

Views are calculated by dividing total hours watched, 142.7 million, by the series' running time of 7.75 hours. The show ranked first in 61 of the 93 countries where the service publishes charts.

The second season of the comedy "Desk Job" came in second with 9.2 million views, down from 12.6 million for the first season's debut week.

Lumenflix has 312 million paid memberships worldwide and says about half of them watch at least one non-English title each month. The company spent about $2.8 billion on content produced outside the United States last year, roughly a fifth of its total content budget of $17 billion.

Subscribers to its ad-supported plan, which costs $7.99 a month in the U.S., now account for 57% of new sign-ups in the 12 markets where it is offered, up from 45% a year ago.
""", [
    F("18.4 million", 18.4e6, "#view", "L", None, "Salt and Iron views|views|Salt and Iron", WEEK, LF,
      source_alt=["company"]),
    F("142.7 million", 142.7e6, "hour", "L", None, "total hours watched|hours watched|hours|Salt and Iron", WEEK,
      None, unit_alt=["count"]),
    F("7.75 hours", 7.75, "hour", "L", None, "running time|series|runtime|time", None, None),
    F("61", 61, "#country", "L", None, "countries|countries where the show ranked first|countries", WEEK, None),
    F("93", 93, "#country", "L", None, "countries|countries with Lumenflix charts|countries", None, None),
    F("9.2 million", 9.2e6, "#view", "L", "dn", "Desk Job views|views|Desk Job", WEEK, None,
      direction_alt=[None]),
    F("12.6 million", 12.6e6, "#view", "L", None, "first season views|Desk Job first season debut-week views|views|Desk Job|season",
      None, None),
    F("312 million", 312e6, "#membership", "L", None, "paid memberships|memberships|subscribers", None, None,
      source_alt=[LF], period_alt=[PUB]),
    FR("half", 1, 2, "S", None, "members|members watching non-English titles each month|members|memberships|them", None,
       LF, period_alt=[PUB]),
    F("$2.8 billion", 2.8e9, "$", "L", None, "content spending|spending on content produced outside the U.S.|content|spending|spent",
      Y(2025), None),
    FR("a fifth", 1, 5, "S", None, "content budget|share of total content budget|content budget|budget|spending", Y(2025), None),
    F("$17 billion", 17e9, "$", "L", None, "total content budget|content budget|budget", Y(2025), None),
    F("$7.99", 7.99, "$", "L", None, "ad-supported plan price|plan|price", None, None, period_alt=[PUB]),
    F("57%", 57, "%", "S", "up", "new sign-ups|ad-supported plan's share of new sign-ups|sign-ups|plan|subscribers", None, None,
      direction_alt=[None], period_alt=[PUB]),
    F("12", 12, "#market", "L", None, "markets|markets where the ad-supported plan is offered|markets", None, None,
      ctx="the 12 markets"),
    F("45%", 45, "%", "S", None, "new sign-ups|ad-supported plan's share of new sign-ups|sign-ups|plan|subscribers",
      M(2025, 10), None, period_alt=[None]),
], ex=["second season", "first season", "one non-English", "first full week"])

# ---------------------------------------------------------------- 25 UK book publishing
PUB = "2025-05-08"
PA = "Publishers Association"
Y24 = Y(2024)
story("b52-25", PUB, """
Sales of printed and digital books by UK publishers rose 4 per cent to a record £7.1bn last year, driven by demand for fiction among younger readers and a boom in audiobooks, according to the Publishers Association.

Fiction income jumped 12 per cent to £1.03bn, while audiobook downloads climbed 31 per cent to £268m, more than twice the level of 2020. Digital formats now make up 23 per cent of consumer book income.

Export income, which accounts for more than half of total sales, increased 2 per cent to £4.2bn. Sales to Europe fell 6 per cent, but sales to India and East Asia rose by a fifth.

Academic and education publishing was flat at £2.4bn.

"One in three books bought in this country is now a novel," said Imogen Bexley, the association's chief executive. She warned that the rise in print costs, with paper prices up about 40 per cent since 2021, would push the average hardback price above £22 this year.

BookScan data showed 188 million print books were sold through UK shops in 2024, 3 million more than a year earlier.
""", [
    F("4 per cent", 4, "%", "C", "up", "book sales|book sales by UK publishers|sales|book sales", Y24, PA),
    F("£7.1bn", 7.1e9, "£", "L", "up", "book sales|book sales by UK publishers|sales|book sales", Y24, PA),
    F("12 per cent", 12, "%", "C", "up", "fiction income|fiction|income", Y24, None),
    F("£1.03bn", 1.03e9, "£", "L", "up", "fiction income|fiction|income", Y24, None),
    F("31 per cent", 31, "%", "C", "up", "audiobook downloads|audiobooks|downloads", Y24, None),
    F("£268m", 268e6, "£", "L", "up", "audiobook downloads|audiobooks|downloads", Y24, None),
    F("twice", 2, None, "R", "up", "audiobook downloads|audiobook downloads compared with 2020|audiobooks|downloads", Y24, None,
      unit_alt=["times"], direction_alt=[None]),
    F("23 per cent", 23, "%", "S", None, "digital formats|digital formats' share of consumer book income|digital formats|income",
      None, None, period_alt=[Y24, PUB]),
    FR("half", 1, 2, "S", None, "export income|export income's share of total sales|export income|exports|income", None, None,
       period_alt=[Y24]),
    F("2 per cent", 2, "%", "C", "up", "export income|exports|income", Y24, None, ctx="increased 2 per cent"),
    F("£4.2bn", 4.2e9, "£", "L", "up", "export income|exports|income", Y24, None),
    F("6 per cent", 6, "%", "C", "dn", "sales to Europe|sales|Europe", Y24, None),
    FR("a fifth", 1, 5, "C", "up", "sales to India and East Asia|sales", Y24, None),
    F("£2.4bn", 2.4e9, "£", "L", None, "academic and education publishing|publishing|income", Y24, None,
      direction_alt=["unchanged"]),
    FR("One in three", 1, 3, "S", None, "novels|books bought that are novels|books|novels", None, "Imogen Bexley",
       period_alt=[PUB]),
    F("40 per cent", 40, "%", "C", "up", "paper prices|prices|paper", ("2021-01", "2025-05"), "Imogen Bexley",
      period_alt=[None]),
    F("£22", 22, "£", "L", "up", "average hardback price|hardback|price", Y(2025), "Imogen Bexley",
      direction_alt=[None]),
    F("188 million", 188e6, "#book", "L", None, "print books sold|print books sold through UK shops|print books|books", Y24,
      "BookScan", source_alt=["BookScan data"]),
    F("3 million", 3e6, "#book", "C", "up", "print books sold|print books sold through UK shops|print books|books", Y24, "BookScan",
      source_alt=["BookScan data"]),
])

# ---------------------------------------------------------------- 26 laptop press release
PUB = "2026-09-09"
QI = "Quillon Inc."
AV = ("2026-09-18", None)
story("b52-26", PUB, """
SAN FRANCISCO, Sept. 9, 2026 -- Quillon Inc. today announced the Quillon Air 14, its thinnest laptop yet, with up to 22 hours of battery life and a starting price of $1,199.

The Air 14 weighs 1.09 kilograms (2.4 pounds) and measures 11.2 millimeters at its thinnest point. It is powered by Quillon's new Q5 processor, which the company says is up to 35% faster than the previous generation while using 20% less power.

Key specifications:
- 14.2-inch display with 2,880 x 1,800 resolution and up to 1,000 nits of peak brightness
- 16GB of memory, configurable up to 64GB
- 512GB of storage, configurable up to 4TB
- Two USB-C ports and a headphone jack

"Customers told us they wanted a laptop they can forget to charge," said Chief Executive Renee Aldana. "With the Air 14, a full day of work uses less than half the battery."

The Air 14 will be available in four colors starting Sept. 18 in the United States and 24 other countries. Models with 32GB of memory start at $1,499.

Quillon shipped 6.8 million laptops in the first half of 2026, giving it a 9.4% share of the global market, according to research firm Tallis Data.
""", [
    F("22 hours", 22, "hour", "L", None, "battery life|battery|Air 14", None, QI, source_alt=["Quillon"]),
    F("$1,199", 1199, "$", "L", None, "starting price|price|Air 14|laptop", None, QI, source_alt=["Quillon"]),
    F("1.09 kilograms", 1.09, "kilogram", "L", None, "weight|weight of the Air 14|weight|Air 14|laptop", None, None,
      unit_alt=["kg"]),
    F("2.4 pounds", 2.4, "pound", "L", None, "weight|weight of the Air 14|weight|Air 14|laptop", None, None,
      unit_alt=["lb"]),
    F("11.2 millimeters", 11.2, "millimeter", "L", None, "thickness|thickness of the Air 14|thickness|Air 14|point|laptop",
      None, None, unit_alt=["mm", "millimetre"]),
    F("35%", 35, "%", "C", "up", "processor speed|Q5 processor speed compared with the previous generation|processor|speed",
      None, QI, source_alt=["company", "Quillon"]),
    F("20%", 20, "%", "C", "dn", "power use|Q5 processor power use|power|processor", None, QI,
      source_alt=["company", "Quillon"]),
    F("14.2-inch", 14.2, "inch", "L", None, "display size|display|screen", None, None),
    F("1,000 nits", 1000, "nit", "L", None, "peak brightness|brightness|display", None, None),
    F("16GB", 16, "gigabyte", "L", None, "memory|base memory", None, None, unit_alt=["GB"]),
    F("64GB", 64, "gigabyte", "L", None, "maximum memory|memory", None, None, unit_alt=["GB"]),
    F("512GB", 512, "gigabyte", "L", None, "storage|base storage", None, None, unit_alt=["GB"]),
    F("4TB", 4, "terabyte", "L", None, "maximum storage|storage", None, None, unit_alt=["TB"]),
    F("Two", 2, "#port", "L", None, "USB-C ports|ports", None, None),
    FR("half", 1, 2, "S", None, "battery use|battery used in a full day of work|battery", None, None, ctx="half the battery",
       source_alt=["Renee Aldana"]),
    F("four", 4, "#color", "L", None, "colors|colours", None, None, ctx="four colors"),
    F("24", 24, "#country", "L", None, "countries|other countries at launch|countries", AV, None, period_alt=[None]),
    F("$1,499", 1499, "$", "L", None, "32GB models|price of 32GB models|models|price", AV, None, period_alt=[None]),
    F("6.8 million", 6.8e6, "#laptop", "L", None, "laptop shipments|laptops shipped by Quillon|laptops|shipments",
      ("2026-01", "2026-06"), "Tallis Data"),
    F("9.4%", 9.4, "%", "S", None, "market share|Quillon's share of the global laptop market|market share|share",
      ("2026-01", "2026-06"), "Tallis Data"),
], ex=["Air 14", "Q5", "2,880 x 1,800", "32GB", "first half"])

# ---------------------------------------------------------------- 27 smartphone shipments roundup
PUB = "2025-07-17"
Q2 = Q(2025, 2)
HR = "Halbrook Research"
RA = dict(source_alt=[HR, "Halbrook"])


def vendor(name, units, share, chg, chg_surface, ctx_chg=None):
    v = name if name != "Others" else "other vendors'"
    d = "up" if chg > 0 else "dn"
    return [
        F(f"{units} million", units * 1e6, "#unit", "L", d, f"{v} shipments|{v} smartphone shipments|shipments|{name}", Q2, None,
          direction_alt=[None], unit_alt=["smartphone"], **RA),
        F(f"{share}%", share, "%", "S", None, f"{v} market share|market share|share|{name}", Q2, None, **RA),
        F(chg_surface, chg, "%", "C", d, f"{v} shipments|{v} smartphone shipments|shipments|{name}", Q2, None, ctx=ctx_chg,
          value_alt=[abs(chg)] if chg < 0 else [], **RA),
    ]


story("b52-27", PUB, """
Global smartphone shipments rose 2.3% to 296.4 million units in the April-June quarter, the sixth straight quarter of growth, Halbrook Research said on Thursday, as cheaper 5G models drew first-time buyers in India, Southeast Asia and Africa.

Shipments by vendor, with market share and change from a year earlier:
Zentra: 58.9 million, 19.9% (+1%)
Orbis: 46.2 million, 15.6% (-4%)
Kaiyo: 42.7 million, 14.4% (+9%)
Pelleas: 26.1 million, 8.8% (+17%)
Novu: 24.3 million, 8.2% (+3%)
Others: 98.2 million, 33.1% (+1%)

The average selling price climbed 4.5% to $361, the highest for a second quarter on record, with premium models accounting for about a quarter of shipments.

Shipments in India jumped 11% to 38.6 million, while China was flat at 67.0 million and North America fell 3% to 29.8 million.

Halbrook expects full-year shipments to grow 1% to 2% in 2025, to about 1.24 billion units, and said tariffs could raise U.S. phone prices by $50 to $120.
""", [
    F("2.3%", 2.3, "%", "C", "up", "global smartphone shipments|shipments|smartphone shipments", Q2, HR),
    F("296.4 million", 296.4e6, "#unit", "L", "up", "global smartphone shipments|shipments|smartphone shipments",
      Q2, HR, unit_alt=["smartphone"], direction_alt=[None]),
    *vendor("Zentra", 58.9, 19.9, 1, "+1%", "19.9% (+1%)"),
    *vendor("Orbis", 46.2, 15.6, -4, "-4%"),
    *vendor("Kaiyo", 42.7, 14.4, 9, "+9%"),
    *vendor("Pelleas", 26.1, 8.8, 17, "+17%"),
    *vendor("Novu", 24.3, 8.2, 3, "+3%"),
    *vendor("Others", 98.2, 33.1, 1, "+1%", "33.1% (+1%)"),
    F("4.5%", 4.5, "%", "C", "up", "average selling price|selling price|price", Q2, None),
    F("$361", 361, "$", "L", "up", "average selling price|selling price|price", Q2, None),
    FR("a quarter", 1, 4, "S", None, "premium models|premium models' share of shipments|premium models|shipments", Q2, None),
    F("11%", 11, "%", "C", "up", "shipments in India|India|shipments", Q2, None),
    F("38.6 million", 38.6e6, "#unit", "L", "up", "shipments in India|India|shipments", Q2, None,
      unit_alt=["smartphone"]),
    F("67.0 million", 67.0e6, "#unit", "L", None, "shipments in China|China|shipments", Q2, None,
      unit_alt=["smartphone"], direction_alt=["unchanged"]),
    F("3%", 3, "%", "C", "dn", "shipments in North America|North America|shipments", Q2, None, ctx="fell 3% to"),
    F("29.8 million", 29.8e6, "#unit", "L", "dn", "shipments in North America|North America|shipments", Q2, None,
      unit_alt=["smartphone"]),
    F("1% to 2%", 1, "%", "C", "up", "full-year smartphone shipments|shipments", Y(2025), HR, value_hi=2,
      source_alt=["Halbrook"]),
    F("1.24 billion", 1.24e9, "#unit", "L", "up", "full-year smartphone shipments|shipments", Y(2025), HR,
      unit_alt=["smartphone"], source_alt=["Halbrook"], direction_alt=[None]),
    F("$50 to $120", 50, "$", "C", "up", "U.S. phone prices|phone prices|prices", None, HR, value_hi=120,
      source_alt=["Halbrook"]),
], ex=["sixth straight quarter", "April-June quarter", "second quarter", "5G", "first-time"])

# ---------------------------------------------------------------- 28 nurses' strike
PUB = "2026-03-03"
BH = "Bellmont Health"
UN = "Bellmont Nurses Association"
story("b52-28", PUB, """
About 7,400 nurses at the Bellmont Health system walked off the job on Tuesday at 11 hospitals across the region in the largest nurses' strike in the state's history, after talks over pay and staffing broke down.

The Bellmont Nurses Association is seeking raises of 24% over three years and a guarantee of one nurse for every four patients on medical-surgical floors. Bellmont has offered 15% over three years and says mandated ratios would force it to hire about 900 more nurses at a cost of $112 million a year.

Union president Kiara Watts said nurses on some units were caring for as many as seven patients at a time. "Two years ago we lost 600 nurses in twelve months. People are burning out," she said.

The strike is scheduled to last five days. Bellmont said it had hired about 2,100 replacement nurses through staffing agencies at an estimated cost of $28 million and had postponed 340 non-emergency surgeries.

Starting pay for a registered nurse at Bellmont is $41.80 an hour, about 9% below the average at competing hospitals, according to the union. Bellmont reported an operating margin of 2.1% last year on revenue of $6.3 billion.
""", [
    F("7,400", 7400, "#nurse", "L", None, "nurses on strike|nurses", PUB, None),
    F("11", 11, "#hospital", "L", None, "hospitals on strike|hospitals", PUB, None, ctx="at 11 hospitals"),
    F("24%", 24, "%", "C", "up", "raises|raises sought by the union|raises|pay|wages", None, None, source_alt=[UN, "union"]),
    F("four", 4, "patient per nurse", "R", None, "nurse-to-patient ratio sought|ratio|staffing|patients", None, None,
      ctx="every four patients", value_alt=[0.25, 25], unit_alt=["patient", "count", "nurse per patient", None],
      kind_alt=["level"], source_alt=[UN, "union"]),
    F("15%", 15, "%", "C", "up", "Bellmont's pay offer|offer|raises|pay", None, None, source_alt=[BH, "Bellmont"]),
    F("900", 900, "#nurse", "C", "up", "additional nurses needed|nurses", None, BH, kind_alt=["level"],
      source_alt=["Bellmont"]),
    F("$112 million", 112e6, "$", "L", None, "hiring cost|annual cost of hiring more nurses|cost", None, BH,
      source_alt=["Bellmont"]),
    F("seven", 7, "#patient", "L", None, "patients per nurse|patients per nurse on some units|patients", None, "Kiara Watts",
      period_alt=[PUB]),
    F("600", 600, "#nurse", "C", "dn", "nurses lost|nurses", M(2024, 3), None, kind_alt=["level"],
      source_alt=["Kiara Watts"], period_alt=[DAY("2024-03-03"), None, ("2023-03", "2024-03")]),
    F("2,100", 2100, "#nurse", "L", None, "replacement nurses hired|replacement nurses|nurses", None, BH,
      source_alt=["Bellmont"], period_alt=[PUB]),
    F("$28 million", 28e6, "$", "L", None, "cost of replacement nurses|cost", None, BH, source_alt=["Bellmont"]),
    F("340", 340, "#surgery", "L", None, "postponed non-emergency surgeries|surgeries", None, BH,
      source_alt=["Bellmont"], period_alt=[PUB]),
    F("$41.80", 41.8, "$", "L", None, "starting pay|starting pay for a registered nurse|starting pay|pay", None, UN,
      source_alt=["union"], period_alt=[PUB]),
    F("9%", 9, "%", "C", "dn", "starting pay|Bellmont starting pay compared with competing hospitals|starting pay|pay", None, UN,
      kind_alt=["level"], source_alt=["union"], period_alt=[PUB]),
    F("2.1%", 2.1, "%", "L", None, "operating margin|margin", Y(2025), BH, source_alt=["Bellmont"]),
    F("$6.3 billion", 6.3e9, "$", "L", None, "revenue", Y(2025), BH, source_alt=["Bellmont"]),
], ex=["three years", "one nurse", "Two years ago", "twelve months", "five days"])

# ---------------------------------------------------------------- 29 UK minimum wage
PUB = "2025-11-26"
APR = ("2026-04", None)
APA = [("2026-04", "2027-03"), M(2026, 4), None]
GOV = "government"
story("b52-29", PUB, """
The minimum hourly rate for workers aged 21 and over will rise by 4.6 per cent to £12.77 from April, the government said on Wednesday, a pay rise worth about £1,100 a year for a full-time worker.

The rate for 18- to 20-year-olds will increase by 7.9 per cent to £10.88, narrowing the gap with the adult rate, while the apprentice rate will go up 6.2 per cent to £8.00.

About 2.9 million workers are expected to benefit directly, according to the Low Pay Commission, which recommended the rates. It estimates that one in 12 employees in the hospitality sector earns the minimum.

Business groups warned that the increases, combined with higher employer National Insurance contributions, would add about £3.2bn to payroll costs next year. "For a typical pub with 20 staff, that's another £28,000," said Helen Marsh of the Independent Hospitality Alliance.

Inflation was 3.6 per cent in September, meaning the increase for adults is roughly a percentage point above the rise in prices. The government has pledged that the minimum wage will reach two-thirds of median earnings.
""", [
    F("4.6 per cent", 4.6, "%", "C", "up", "minimum hourly rate|minimum hourly rate for workers 21 and over|National Living Wage|minimum wage|rate",
      APR, GOV, period_alt=APA),
    F("£12.77", 12.77, "£", "L", "up", "minimum hourly rate|minimum hourly rate for workers 21 and over|National Living Wage|minimum wage|rate",
      APR, GOV, period_alt=APA),
    F("£1,100", 1100, "£", "C", "up", "pay rise|annual pay rise for a full-time worker|pay rise|pay", APR, GOV,
      period_alt=APA),
    F("7.9 per cent", 7.9, "%", "C", "up", "rate for 18- to 20-year-olds|rate", APR, None, period_alt=APA),
    F("£10.88", 10.88, "£", "L", "up", "rate for 18- to 20-year-olds|rate", APR, None, period_alt=APA),
    F("6.2 per cent", 6.2, "%", "C", "up", "apprentice rate|rate", APR, None, period_alt=APA),
    F("£8.00", 8.0, "£", "L", "up", "apprentice rate|rate", APR, None, period_alt=APA),
    F("2.9 million", 2.9e6, "#worker", "L", None, "workers|workers expected to benefit|workers", APR, "Low Pay Commission",
      period_alt=APA),
    FR("one in 12", 1, 12, "S", None, "hospitality employees|hospitality employees earning the minimum|employees|workers", None,
       "Low Pay Commission", period_alt=[PUB]),
    F("£3.2bn", 3.2e9, "£", "C", "up", "payroll costs|costs", Y(2026), "business groups",
      period_alt=[("2026-04", "2027-03")]),
    F("£28,000", 28000, "£", "C", "up", "pub cost|additional cost for a typical pub|pub|cost|costs", APR, "Helen Marsh",
      period_alt=[None, Y(2026)]),
    F("3.6 per cent", 3.6, "%", "L", None, "inflation|consumer prices|prices", M(2025, 9), None,
      kind_alt=["change"], direction_alt=["increase"], period_alt=[span12(2025, 9)]),
    F("a percentage point", 1, "pp", "C", "up", "adult rate increase|adult rate increase compared with inflation|increase|rate", None,
      None, kind_alt=["level"]),
    FR("two-thirds", 2, 3, "R", None, "minimum wage|minimum wage relative to median earnings|minimum wage|wage|earnings", None,
       GOV, kind_alt=["share", "level"], direction_alt=["increase"]),
], ex=["aged 21 and over", "18- to 20-year-olds", "20 staff"])

# ---------------------------------------------------------------- 30 city crime statistics
PUB = "2026-01-06"
Y25 = Y(2025)
PD = "police department"
PDA = ["Grantham City police", "police"]
story("b52-30", PUB, """
Homicides in Grantham City fell 18% last year to 212, the lowest total since 2014, according to year-end figures released by the police department on Monday.

Nonfatal shootings dropped by about a quarter, to 764, while robberies declined 9% to 2,950. Car thefts, which had more than doubled between 2020 and 2023, fell 31% to 11,480.

But not every category improved. Retail thefts rose 14% to 8,316.

Police Chief Darnell Okafor attributed the declines to a violence-intervention program in eight neighborhoods and the hiring of 142 officers. The department now has 3,210 sworn officers, still about 400 short of its authorized strength.

Detectives solved 61% of last year's homicides, up from 48% in 2024 and well above the national clearance rate of about 52%.

About three in four homicide victims were killed with a gun, and more than half were under 30.
""", [
    F("18%", 18, "%", "C", "dn", "homicides", Y25, PD, source_alt=PDA),
    F("212", 212, "#homicide", "L", "dn", "homicides", Y25, PD, source_alt=PDA),
    FR("a quarter", 1, 4, "C", "dn", "nonfatal shootings|shootings", Y25, None),
    F("764", 764, "#shooting", "L", "dn", "nonfatal shootings|shootings", Y25, None),
    F("9%", 9, "%", "C", "dn", "robberies", Y25, None),
    F("2,950", 2950, "#robbery", "L", "dn", "robberies", Y25, None),
    F("doubled", 2, None, "R", "up", "car thefts|thefts", ("2020-01", "2023-12"), None, unit_alt=["times"],
      kind_alt=["change"]),
    F("31%", 31, "%", "C", "dn", "car thefts|thefts", Y25, None),
    F("11,480", 11480, "#theft", "L", "dn", "car thefts|thefts", Y25, None),
    F("14%", 14, "%", "C", "up", "retail thefts|thefts", Y25, None),
    F("8,316", 8316, "#theft", "L", "up", "retail thefts|thefts", Y25, None),
    F("eight", 8, "#neighborhood", "L", None, "neighborhoods|neighborhoods in the violence-intervention program|neighborhoods|program",
      None, "Darnell Okafor", period_alt=[Y25]),
    F("142", 142, "#officer", "L", None, "officers hired|officers|hiring", Y25, "Darnell Okafor",
      kind_alt=["change"], direction_alt=["increase"], period_alt=[None]),
    F("3,210", 3210, "#officer", "L", None, "sworn officers|officers", None, None, period_alt=[PUB]),
    F("400", 400, "#officer", "C", "dn", "sworn officers|sworn officers compared with authorized strength|officers|shortfall|strength",
      None, None, kind_alt=["level"], period_alt=[PUB]),
    F("61%", 61, "%", "L", "up", "homicide clearance rate|homicides solved|clearance rate|homicides", Y25, None,
      kind_alt=["share"]),
    F("48%", 48, "%", "L", None, "homicide clearance rate|homicides solved|clearance rate|homicides", Y(2024), None,
      kind_alt=["share"]),
    F("52%", 52, "%", "L", None, "national clearance rate|clearance rate|rate", None, None, kind_alt=["share"],
      period_alt=[Y25]),
    FR("three in four", 3, 4, "S", None, "homicide victims|homicide victims killed with a gun|victims", Y25, None),
    FR("half", 1, 2, "S", None, "homicide victims|homicide victims under 30|victims", Y25, None),
], ex=["under 30"])
