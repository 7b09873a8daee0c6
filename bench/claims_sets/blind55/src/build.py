#!/usr/bin/env python3
"""Rebuild blind55's stories.jsonl and gold.jsonl from s1.py..s5.py.

usage: cd src && python3 build.py [s1 s2 ...] [--check]

--check also lists every number token of a story that no gold figure covers and that is
not on the story's exclusion list (years, dates and clock times are skipped), and checks
word counts (150-230), publication dates (2025-2026) and that all seven weekdays occur.
"""
import datetime as dt
import importlib
import json
import os
import re
import sys

import common

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

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


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    check = "--check" in sys.argv
    mods = args or ["s1", "s2", "s3", "s4", "s5"]
    sys.path.insert(0, HERE)
    for m in mods:
        importlib.import_module(m)
    stories = sorted(common.STORIES, key=lambda s: s["id"])
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
            if not 150 <= wc <= 230:
                print(f"  {st['id']}: {wc} words (outside 150-230)")
            if pub.year not in (2025, 2026):
                print(f"  {st['id']}: published {pub} outside 2025-2026")
            for x in coverage(st, spans, tn):
                print(f"  {st['id']}: uncovered: ...{x}...")
        gold.extend(rows)
    if check and len(days) < 7 and not args:
        print(f"  weekdays covered: {sorted(days)}")
    with open(os.path.join(OUT, "stories.jsonl"), "w", encoding="utf-8") as f:
        for st in stories:
            f.write(json.dumps({"id": st["id"], "published": st["published"], "text": st["text"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    per = {}
    for g in gold:
        per[g["id"]] = per.get(g["id"], 0) + 1
    print(f"{len(stories)} stories, {len(gold)} gold figures "
          f"(min {min(per.values())}, max {max(per.values())} per story)")


if __name__ == "__main__":
    main()
