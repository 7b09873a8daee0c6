"""blind61's key helpers: the shared ones of ../../keykit.py (as blind60's common.py: on(), ytd(), FY(), month_ago(),
H(), YTD(), RNG(), WEEK()), plus the alternative names of the currencies and measures this set adds (dirham, riyal,
Colombian and Chilean pesos, ringgit, acre, bushel, bushel per acre, bag, quintal, over, yard, length, furlong, therm,
litre) with `setdefault`, so that no entry of keykit's changes, and WK() (a run of days ending on a given day, for
"the week ended Wednesday")."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from keykit import *  # noqa: E402,F401,F403

# Currencies and measures new in this set or in blind60 (keykit's own entries are left as they are).
for _code, _alts in {"TRY": ["lira", "Turkish lira"], "PLN": ["zloty", "zlotys"], "CZK": ["koruna", "crown"],
                     "HUF": ["forint"], "ILS": ["shekel", "NIS"], "XOF": ["CFA franc"], "GHS": ["cedi"],
                     "dry metric tonne": ["tonne", "dmt"], "short ton": ["ton"], "millimetre": ["mm", "millimeter"],
                     "AED": ["dirham", "UAE dirham", "Dh"], "SAR": ["riyal", "Saudi riyal", "SR"],
                     "QAR": ["riyal", "Qatari riyal"], "COP": ["peso", "Colombian peso"],
                     "CLP": ["peso", "Chilean peso"], "acre": ["ac"], "bushel": ["bu"],
                     "bushel per acre": ["bushel", "bu/acre"], "over": ["overs"], "yard": ["yd"],
                     "length": ["lengths"], "furlong": ["f"], "therm": ["penny per therm", "pence per therm"],
                     "tonne per hectare": ["tonne", "t/ha"], "kilometre": ["km", "kilometer"],
                     "megawatt hour": ["MWh"], "MYR": ["ringgit", "RM"], "quintal": ["qtl"],
                     "bag": ["60-kg bag", "sack"], "litre": ["liter", "l"], "troy ounce": ["ounce", "oz"],
                     }.items():
    UNIT_ALTS.setdefault(_code, _alts)


def on(pub, name):
    """The publication date, checked against the weekday the story's wording assumes."""
    assert weekday(pub) == name, (pub, weekday(pub), name)
    return pub


def ytd(pub):
    """Year to date: January through the publication month (alt: to the publication day)."""
    return (pub[:4] + "-01", pub[:7])


def FY(y1, m1, y2, m2):
    """A fiscal or marketing year as a month span (MM with a name that reads better in the stories)."""
    return MM(y1, m1, y2, m2)


def month_ago(day):
    """The same day a month earlier (for "a month earlier" quotes of a daily price)."""
    x = d(day)
    y, m = (x.year, x.month - 1) if x.month > 1 else (x.year - 1, 12)
    return iso(x.replace(year=y, month=m))


def H(y, h):
    """A calendar half-year: H(2026, 1) = 2026-01..2026-06, H(2026, 2) = 2026-07..2026-12."""
    return (f"{y}-01", f"{y}-06") if h == 1 else (f"{y}-07", f"{y}-12")


def YTD(y, m):
    """A data release's "year to date" / "YTD" / "so far this year": January through the data month m."""
    return (f"{y}-01", f"{y}-{m:02d}")


def RNG(surface, lo, hi, unit, kind, direction, subject, period, source, ctx=None, **kw):
    """A range ("between 3% and 4%", "7% to 9%"): one figure, value the low end, value_hi the high end."""
    return F(surface, lo, unit, kind, direction, subject, period, source, ctx=ctx, value_hi=hi, **kw)


def WEEK(fri):
    """The Monday-to-Friday trading week ending on the given day."""
    return (plus(fri, -4), fri)


def WK(end, days=7):
    """A run of `days` days ending on `end` ("the week ended Wednesday" = the seven days to Wednesday)."""
    return (plus(end, 1 - days), end)
