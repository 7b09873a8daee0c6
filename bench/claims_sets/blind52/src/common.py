"""Shared helpers for the blind52 gold generator.

Every figure is declared with F(...).  The occurrence index is never written by
hand: build.py locates `ctx` (a snippet of the story that contains the surface at
the intended place) and counts the earlier occurrences of the surface, exactly as
score.py's occurrences() does (overlapping, case-sensitive).  Without ctx the
surface must occur exactly once in the story.

Weekday dates are computed with datetime (last(), nxt()).
"""
import datetime as dt

STORIES = []

UNITS = {"%": "percent", "pp": "percentage point", "bp": "basis point", "$": "USD",
         "£": "GBP", "A$": "AUD", "Rs": "INR", "€": "EUR", "#": "count"}
KINDS = {"L": "level", "C": "change", "S": "share", "R": "ratio"}
DIRS = {"up": "increase", "dn": "decrease", None: None, "unch": "unchanged"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ------------------------------------------------------------------ dates
def d(s):
    return dt.date.fromisoformat(s)


def iso(x):
    return x.isoformat()


def last(pub, name):
    """Most recent <weekday> on or before the publication date (past events)."""
    p = d(pub)
    k = WEEKDAYS.index(name)
    return iso(p - dt.timedelta(days=(p.weekday() - k) % 7))


def nxt(pub, name):
    """Next <weekday> strictly after the publication date (forecasts)."""
    p = d(pub)
    k = WEEKDAYS.index(name)
    n = (k - p.weekday()) % 7
    return iso(p + dt.timedelta(days=n or 7))


def plus(day, n):
    return iso(d(day) + dt.timedelta(days=n))


def ym(day):
    return day[:7]


def year_ago(day):
    x = d(day)
    return iso(x.replace(year=x.year - 1))


def Y(y):
    return (f"{y}-01", f"{y}-12")


def Q(y, q):
    return (f"{y}-{3 * q - 2:02d}", f"{y}-{3 * q:02d}")


def M(y, m):
    return (f"{y}-{m:02d}", f"{y}-{m:02d}")


def span12(y, m):
    """The 12 months through y-m."""
    sy, sm = (y, m + 1) if m < 12 else (y + 1, 1)
    sy -= 1
    return (f"{sy}-{sm:02d}", f"{y}-{m:02d}")


def DAY(day):
    return (day, day)


# ------------------------------------------------------------------ figures
def subj(s):
    parts = [p.strip() for p in s.split("|")]
    alts = []
    for p in parts[1:]:
        if p and p != parts[0] and p not in alts:
            alts.append(p)
    return parts[0], alts


def per(p):
    if p is None:
        return (None, None)
    if isinstance(p, str):
        return (p, p)
    return tuple(p)


def F(surface, value, unit, kind, direction, subject, period, source, ctx=None, **kw):
    """Declare one gold figure.

    unit: a key of UNITS, a plain unit name, or "#noun" (unit count, noun in unit_alt).
    kind: L/C/S/R or a full kind name.  direction: up/dn/None.
    subject: "gold subject|alt|alt".  period: None, "YYYY-MM[-DD]" or (start, end).
    kw: ctx-independent alts: value_hi, value_alt, unit_alt, kind_alt, direction_alt,
        source_alt, period_alt (list of periods).
    """
    ua = list(kw.pop("unit_alt", []) or [])
    if isinstance(unit, str) and unit.startswith("#") and len(unit) > 1:
        ua = ([unit[1:]] if unit[1:] != "count" else []) + ua
        unit = "count"
    else:
        unit = UNITS.get(unit, unit)
    kind = KINDS.get(kind, kind)
    ka = list(kw.pop("kind_alt", []) or [])
    if unit == "count" and kind in ("level", "change") and "count" not in ka:
        ka.append("count")
    s, sa = subj(subject)
    ps, pe = per(period)
    g = {"surface": surface, "value": value, "unit": unit, "kind": kind,
         "direction": DIRS[direction], "subject": s, "subject_alt": sa,
         "period_start": ps, "period_end": pe, "source": source}
    if "value_hi" in kw:
        g["value_hi"] = kw.pop("value_hi")
    if "value_alt" in kw:
        va = list(kw.pop("value_alt"))
        if va:
            g["value_alt"] = va
    if ua:
        g["unit_alt"] = ua
    if ka:
        g["kind_alt"] = ka
    if "direction_alt" in kw:
        g["direction_alt"] = [DIRS.get(x, x) for x in kw.pop("direction_alt")]
    if "source_alt" in kw:
        g["source_alt"] = list(kw.pop("source_alt"))
    if "period_alt" in kw:
        g["period_alt"] = [list(per(p)) for p in kw.pop("period_alt")]
    if kw:
        raise ValueError(f"unknown keys {list(kw)} for {surface}")
    g["_ctx"] = ctx
    return g


def AGE(surface, value, person, ctx=None, alts=""):
    return F(surface, value, None, "L", None, person + ("|" + alts if alts else ""), None, None,
             ctx=ctx, unit_alt=["year"], kind_alt=["count", "year"])


def frac_alts(v):
    """value_alt list for a fraction given as a percentage v."""
    f = v / 100.0
    res = [f]
    for x, ref in [(round(v, 1), v), (round(v, 2), v), (round(v), v), (round(f, 2), f), (round(f, 3), f)]:
        # keep a rounded form only if it is within 1.5% of the exact value
        if abs(x - ref) <= 0.015 * abs(ref) and abs(x - v) > 1e-9 and all(abs(x - y) > 1e-12 for y in res):
            res.append(x)
    return res


def FR(surface, num, den, kind, direction, subject, period, source, ctx=None, **kw):
    """A fraction or "one in N" stated as a share: value in percent, fraction in value_alt."""
    v = 100.0 * num / den
    kw.setdefault("value_alt", frac_alts(v))
    return F(surface, v, "%", kind, direction, subject, period, source, ctx=ctx, **kw)


def CENTS(surface, cents, cur, kind, direction, subject, period, source, ctx=None, sub="cent", **kw):
    """An amount written in cents/pence: value in the main currency unit."""
    kw.setdefault("value_alt", [cents])
    ua = [sub] + list(kw.pop("unit_alt", []))
    return F(surface, round(cents / 100.0, 6), cur, kind, direction, subject, period, source,
             ctx=ctx, unit_alt=ua, **kw)


def story(sid, pub, text, figs, ex=()):
    text = text.strip("\n")
    STORIES.append({"id": sid, "published": pub, "text": text, "figs": figs, "ex": list(ex)})
