"""Shared helpers of the blind claim sets' key builders (blind53, blind54, blind55; each set's
src/common.py and src/build.py import this module).

A story is declared with story(id, published, text, figures, ex=[...]).  Each figure is
declared with F(...) (or the FR / CENTS / AGE / X / QP shorthands).  Occurrence indexes are
never typed by hand: build() finds `ctx` (a snippet of the story holding the surface at the
intended place) and counts the earlier occurrences of the surface in the normalized text,
overlapping and case-sensitive, the way score.py counts them.  Without ctx the surface must
occur exactly once in the story.

Weekday dates come from datetime (last(), nxt(), plus()).  The unit tables are the union of
the sets' (blind55's are a superset of blind53's and blind54's; every set's key rebuilds
byte-identical with them).
"""
import datetime as dt
import importlib
import json
import os
import re
import sys

STORIES = []

UNITS = {"%": "percent", "pp": "percentage point", "bp": "basis point", "$": "USD", "£": "GBP",
         "A$": "AUD", "C$": "CAD", "S$": "SGD", "€": "EUR", "¥": "JPY", "CHF": "CHF", "Rs": "INR",
         "NZ$": "NZD", "#": "count", "C": "degree Celsius", "F": "degree Fahrenheit",
         "kg": "kilogram", "lb": "pound", "km": "kilometer",
         "R": "ZAR", "N": "NGN", "KSh": "KES", "EGP": "EGP", "R$": "BRL", "MX$": "MXN", "ARS": "ARS",
         "NZ$": "NZD", "€": "EUR", "s": "second", "MW": "megawatt", "GW": "gigawatt", "bpd": "barrel per day",
         "yr": "year", "mo": "month", "min": "minute", "m": "metre",
         "HK$": "HKD", "W": "KRW", "Rp": "IDR", "P": "PHP", "yuan": "CNY", "baht": "THB", "SEK": "SEK",
         "mm": "millimeter", "t": "tonne", "oz": "troy ounce",
         "km/h": "kilometre per hour", "pt": "point", "h": "hour", "wk": "week", "d": "day"}
UNIT_ALTS = {"degree Celsius": ["degree", "celsius", "C"], "degree Fahrenheit": ["degree", "fahrenheit", "F"],
             "kilogram": ["kg", "kilo"], "pound": ["lb"], "kilometer": ["km", "kilometre"],
             "millimeter": ["mm", "millimetre"], "metre": ["meter", "m"], "centimetre": ["centimeter", "cm"],
             "tonne": ["metric ton", "ton"], "second": ["s", "sec"], "megawatt": ["MW"], "gigawatt": ["GW"],
             "barrel per day": ["barrel", "bpd", "barrels a day"], "minute": ["min"], "year": ["yr"],
             "month": ["mo"], "ZAR": ["rand"], "NGN": ["naira"], "KES": ["shilling"], "EGP": ["Egyptian pound"],
             "BRL": ["real", "reais"], "MXN": ["peso"], "ARS": ["peso"], "NZD": ["NZ$"],
             "square metre": ["square meter", "sq m"], "hectare": ["ha"],
             "JPY": ["yen"], "KRW": ["won"], "IDR": ["rupiah"], "INR": ["rupee", "Rs"], "PHP": ["peso"],
             "CNY": ["yuan", "renminbi"], "THB": ["baht"], "HKD": ["HK$", "Hong Kong dollar"],
             "SEK": ["crown", "krona", "kronor"], "AUD": ["A$", "Australian dollar"], "SGD": ["S$", "Singapore dollar"],
             "CAD": ["C$", "Canadian dollar"], "CHF": ["Swiss franc", "franc"],
             "troy ounce": ["ounce", "oz"], "kilometre per hour": ["km/h", "kph"],
             "point": ["pt"], "hour": ["hr", "h"], "week": ["wk"], "day": ["d"], "inch": ["in"],
             "mile": ["mi"], "mile per hour": ["mph"], "ton": ["tonne"]}
KINDS = {"L": "level", "C": "change", "S": "share", "R": "ratio"}
DIRS = {"up": "increase", "dn": "decrease", None: None, "unch": "unchanged",
        "increase": "increase", "decrease": "decrease", "unchanged": "unchanged"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ------------------------------------------------------------------ dates
def d(s):
    return dt.date.fromisoformat(s)


def iso(x):
    return x.isoformat()


def last(pub, name):
    """Most recent <weekday> on or before the publication day (past events)."""
    p = d(pub)
    k = WEEKDAYS.index(name)
    return iso(p - dt.timedelta(days=(p.weekday() - k) % 7))


def nxt(pub, name):
    """Next <weekday> strictly after the publication day (forecasts)."""
    p = d(pub)
    k = WEEKDAYS.index(name)
    n = (k - p.weekday()) % 7
    return iso(p + dt.timedelta(days=n or 7))


def plus(day, n):
    return iso(d(day) + dt.timedelta(days=n))


def year_ago(day):
    x = d(day)
    return iso(x.replace(year=x.year - 1))


def weekday(day):
    return WEEKDAYS[d(day).weekday()]


def Y(y):
    return (f"{y}-01", f"{y}-12")


def Q(y, q):
    return (f"{y}-{3 * q - 2:02d}", f"{y}-{3 * q:02d}")


def M(y, m):
    return (f"{y}-{m:02d}", f"{y}-{m:02d}")


def MM(y1, m1, y2, m2):
    return (f"{y1}-{m1:02d}", f"{y2}-{m2:02d}")


def span12(y, m):
    """The 12 months through y-m."""
    sy, sm = (y, m + 1) if m < 12 else (y + 1, 1)
    return (f"{sy - 1}-{sm:02d}", f"{y}-{m:02d}")


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

    unit: a key of UNITS, a plain unit name, or "#noun" (unit count, the noun in unit_alt).
    kind: L/C/S/R or a full name.  direction: up/dn/unch/None.
    subject: "gold subject|alt|alt".  period: None, "YYYY-MM[-DD]" or (start, end).
    kw: value_hi, value_alt, unit_alt, kind_alt, direction_alt, source_alt, period_alt.
    """
    ua = list(kw.pop("unit_alt", []) or [])
    if isinstance(unit, str) and unit.startswith("#") and len(unit) > 1:
        ua = ([unit[1:]] if unit[1:] != "count" else []) + ua
        unit = "count"
    else:
        unit = UNITS.get(unit, unit)
        for a in UNIT_ALTS.get(unit, []):
            if a not in ua:
                ua.append(a)
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
        sa2 = [x for x in kw.pop("source_alt") if x]
        if sa2:
            g["source_alt"] = sa2
    if "period_alt" in kw:
        pa = [list(per(p)) for p in kw.pop("period_alt")]
        if pa:
            g["period_alt"] = pa
    if kw:
        raise ValueError(f"unknown keys {list(kw)} for {surface}")
    g["_ctx"] = ctx
    return g


def AGE(surface, value, person, ctx=None, alts=""):
    """An age: kind level, unit null (alt year), the person as subject."""
    return F(surface, value, None, "L", None, person + ("|" + alts if alts else ""), None, None,
             ctx=ctx, unit_alt=["year"], kind_alt=["count", "year"])


def frac_alts(v):
    """value_alt for a fraction given in percent v: the fraction and rounded forms within 1.5%."""
    f = v / 100.0
    res = [f]
    for x, ref in [(round(v, 1), v), (round(v, 2), v), (round(v), v), (round(f, 2), f), (round(f, 3), f)]:
        if abs(x - ref) <= 0.015 * abs(ref) and abs(x - v) > 1e-9 and all(abs(x - y) > 1e-12 for y in res):
            res.append(x)
    return res


def FR(surface, num, den, kind, direction, subject, period, source, ctx=None, **kw):
    """A fraction or "one in N" stated as a share or change: value in percent, fraction in value_alt."""
    v = 100.0 * num / den
    kw.setdefault("value_alt", frac_alts(v))
    return F(surface, v, "%", kind, direction, subject, period, source, ctx=ctx, **kw)


def CENTS(surface, cents, cur, kind, direction, subject, period, source, ctx=None, sub="cent", **kw):
    """An amount written in cents, pence or sen: value in the main currency, written number in value_alt."""
    kw.setdefault("value_alt", [cents])
    ua = [sub] + list(kw.pop("unit_alt", []))
    return F(surface, round(cents / 100.0, 6), cur, kind, direction, subject, period, source,
             ctx=ctx, unit_alt=ua, **kw)


def X(surface, value, kind, direction, subject, period, source, ctx=None, **kw):
    """A multiplier (double, twice, three times, 1.4 times): kind ratio by default, unit null (alt times)."""
    ua = ["times"] + list(kw.pop("unit_alt", []))
    return F(surface, value, None, kind, direction, subject, period, source, ctx=ctx, unit_alt=ua, **kw)


def QP(surface, kind, direction, subject, period, source, ctx=None, **kw):
    """A quarter point: 0.25 percentage point (value_alt 25, unit_alt basis point)."""
    return F(surface, 0.25, "pp", kind, direction, subject, period, source, ctx=ctx,
             value_alt=[25], unit_alt=["basis point"], **kw)


def story(sid, pub, text, figs, ex=()):
    STORIES.append({"id": sid, "published": pub, "text": text.strip("\n"), "figs": figs, "ex": list(ex)})


# the same normalization as ../../score.py's norm()
QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
          "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
          "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " "}


def norm(s):
    s = "".join(QUOTES.get(c, c) for c in str(s))
    return re.sub(r"\s+", " ", s).strip()


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while sub and i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def resolve(st):
    tn = norm(st["text"])
    rows, spans = [], []
    for g in st["figs"]:
        g = dict(g)
        ctx = g.pop("_ctx")
        s = norm(g["surface"])
        occ = occurrences(tn, s)
        if not occ:
            raise SystemExit(f"{st['id']}: surface {s!r} not in text")
        if ctx is None:
            if len(occ) != 1:
                raise SystemExit(f"{st['id']}: surface {s!r} occurs {len(occ)} times; give ctx")
            pos = occ[0]
        else:
            c = norm(ctx)
            co = occurrences(tn, c)
            if len(co) != 1:
                raise SystemExit(f"{st['id']}: ctx {c!r} occurs {len(co)} times")
            k = c.find(s)
            if k < 0:
                raise SystemExit(f"{st['id']}: surface {s!r} not inside ctx {c!r}")
            pos = co[0] + k
        n = occ.index(pos) + 1
        spans.append((pos, pos + len(s)))
        out = {"id": st["id"], "surface": g.pop("surface"), "occurrence": n}
        out.update(g)
        rows.append(out)
    keys = [(r["surface"], r["occurrence"]) for r in rows]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit(f"{st['id']}: duplicate figures {dup}")
    return rows, spans, tn


NUMWORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
            r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
            r"eighty|ninety|hundred|thousand|dozen|half|halved|third|thirds|quarter|quarters|fifth|fifths|"
            r"tenth|double|doubled|twice|triple|tripled|zero|nil")
TOKEN = re.compile(r"\d[\d,.]*\d|\d|\b(?:" + NUMWORDS + r")\b", re.I)
MONTHS = r"(?:Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|January|February|" \
         r"August|September|October|November|December)"
DATE = re.compile(MONTHS + r" \d{1,2}(?:-\d{1,2})?\b|\b\d{1,2} " + MONTHS +
                  r"|\b\d{1,2}(?:am|pm)\b|\b\d{1,2}(?:[:.]\d\d)? ?[ap]\.m\.")
YEAR = re.compile(r"(?<![\d$£€¥.,])(?:19|20)\d\d(?:-\d\d|/\d\d)?(?!\d|,\d|\.\d)")


def coverage(st, spans, tn):
    cover = list(spans)
    for e in st["ex"]:
        c = norm(e)
        co = occurrences(tn, c)
        if not co:
            print(f"  {st['id']}: exclusion {c!r} not found")
        for p in co:
            cover.append((p, p + len(c)))
    for m in list(DATE.finditer(tn)) + list(YEAR.finditer(tn)):
        cover.append((m.start(), m.end()))
    left = []
    for m in TOKEN.finditer(tn):
        a, b = m.start(), m.end()
        if not any(x <= a and b <= y for x, y in cover):
            left.append(tn[max(0, a - 25):b + 15].replace("\n", " "))
    return left


def build(here, words):
    """Writes `here`/../stories.jsonl and gold.jsonl from the modules s1..s5 in `here`; with
    --check, also lists uncovered number tokens and checks word counts (`words`: min, max),
    publication dates (2025-2026) and that all seven weekdays occur."""
    out_dir = os.path.dirname(here)
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    check = "--check" in sys.argv
    mods = args or ["s1", "s2", "s3", "s4", "s5"]
    sys.path.insert(0, here)
    for m in mods:
        importlib.import_module(m)
    stories = sorted(STORIES, key=lambda s: s["id"])
    ids = [s["id"] for s in stories]
    assert len(ids) == len(set(ids)), "duplicate story ids"
    gold = []
    days = set()
    for st in stories:
        rows, spans, tn = resolve(st)
        wc = len(st["text"].split())
        pub = dt.date.fromisoformat(st["published"])
        days.add(pub.weekday())
        if check:
            if not words[0] <= wc <= words[1]:
                print(f"  {st['id']}: {wc} words (outside {words[0]}-{words[1]})")
            if pub.year not in (2025, 2026):
                print(f"  {st['id']}: published {pub} outside 2025-2026")
            for x in coverage(st, spans, tn):
                print(f"  {st['id']}: uncovered: ...{x}...")
        gold.extend(rows)
    if check and len(days) < 7 and not args:
        print(f"  weekdays covered: {sorted(days)}")
    with open(os.path.join(out_dir, "stories.jsonl"), "w", encoding="utf-8") as f:
        for st in stories:
            f.write(json.dumps({"id": st["id"], "published": st["published"], "text": st["text"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    per = {}
    for g in gold:
        per[g["id"]] = per.get(g["id"], 0) + 1
    print(f"{len(stories)} stories, {len(gold)} gold figures "
          f"(min {min(per.values())}, max {max(per.values())} per story)")

