#!/usr/bin/env python3
"""Score `copydesk claims` output against one of our blind gold sets (blind51, blind52, blind53).

usage: python3 score.py SET claims.jsonl [v]

SET is a set's directory (blind51, blind52, blind53, or a path); its gold.jsonl and stories.jsonl are read.
Standard library only.

Matching (per article):
  1. same normalized surface and same occurrence index of that surface in the
     story text (the claim's position is located via its sentence, else its span);
  2. same normalized surface, nearest unmatched;
  3. same value (gold value / value_alt / range low), nearest unmatched,
     preferring surfaces that contain one another.
Gold extensions honoured (all optional): value_hi, value_alt, unit_alt,
kind_alt, direction_alt, source_alt, period_alt ([[start,end],...]).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
          "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
          "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " "}
STOP = {"the", "a", "an", "of", "in", "on", "for", "and", "to", "its", "their", "his", "her",
        "by", "at", "from", "with", "as", "u.s.", "'s", "s"}


def norm(s):
    if s is None:
        return ""
    s = "".join(QUOTES.get(c, c) for c in str(s))
    return re.sub(r"\s+", " ", s).strip()


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                print(f"warning: {path}:{n}: bad JSON ({e})", file=sys.stderr)
    return rows


def fnum(x):
    try:
        if x is None or isinstance(x, bool):
            return None
        return float(x)
    except (TypeError, ValueError):
        return None


def close(a, b):
    if a is None or b is None:
        return False
    return abs(a - b) <= 1e-9 + 1e-6 * max(abs(a), abs(b))


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while sub and i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


# ---------------------------------------------------------------- field tests
IRREG = {"feet": "foot", "inches": "inch", "pence": "penny", "people": "person",
         "celsius": "celsius", "degrees": "degree", "hours": "hour", "mph": "mph", "cents": "cent"}


def sing(w):
    w = w.lower().strip(".,;:()")
    if w in IRREG:
        return IRREG[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("es") and (w.endswith("ches") or w.endswith("shes") or w.endswith("xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def unit_words(u):
    if u is None:
        return None
    u = str(u).strip()
    if u == "%":
        u = "percent"
    u = u.replace("/", " per ").replace("-", " ").replace("_", " ")
    ws = [sing(w) for w in u.split() if w]
    # The tool's short names for the same units (copydesk's documented vocabulary).
    short = {("pp",): ["percentage", "point"], ("bp",): ["basis", "point"], ("mph",): ["mile", "per", "hour"],
             ("fraction",): ["percent"], ("c",): ["degree", "celsius"], ("celsius",): ["degree", "celsius"],
             ("f",): ["degree", "fahrenheit"], ("fahrenheit",): ["degree", "fahrenheit"]}
    ws = [sing(w) for w in short.get(tuple(ws), ws)]  # (as the key's words are: "basis" -> "basi")
    return ws or None


def unit_ok(gold_unit, tool_unit, alts=()):
    t = unit_words(tool_unit)
    for gu in [gold_unit] + list(alts or []):
        g = unit_words(gu)
        if g is None and t is None:
            return True
        if g is None or t is None:
            continue
        if t == g or t[:len(g)] == g:      # "USD per barrel" starts with "USD"
            return True
    return False


def words(s):
    s = norm(s).lower().replace("'s ", " ").replace("' ", " ")
    s = re.sub(r"'s$", "", s)
    return [w for w in re.split(r"[^a-z0-9&+\-.]+", s) if w]


def head(s):
    ws = words(s)
    return ws[-1] if ws else ""


def stem(w):
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def subject_ok(gold, alts, tool):
    t = norm(tool).lower()
    if not t:
        return False
    for cand in [gold] + list(alts or []):
        h = head(cand)
        if h and (h in t or stem(h) in t):
            return True
    return False


def subject_strict(gold, tool):
    t = words(tool)
    tset = {stem(w) for w in t}
    content = [w for w in words(gold) if w not in STOP]
    return bool(content) and all(stem(w) in tset or w in " ".join(t) for w in content)


def per_norm(x):
    return None if x in (None, "") else str(x)


def period_ok(g, tool_period):
    ts = te = None
    if isinstance(tool_period, dict):
        ts, te = per_norm(tool_period.get("start")), per_norm(tool_period.get("end"))
    cands = [[g.get("period_start"), g.get("period_end")]] + list(g.get("period_alt") or [])
    return any(per_norm(a) == ts and per_norm(b) == te for a, b in cands)


def source_ok(g, tool_src):
    t = norm(tool_src).lower() if tool_src else ""
    gs = g.get("source")
    alts = g.get("source_alt") or []
    if not gs and not t:
        return True
    if not t:
        return False
    for cand in ([gs] if gs else []) + list(alts):
        lw = head(cand)
        if lw and lw in t:
            return True
        # leniency: a shortened name ("Corvane" for "Corvane Systems")
        th = head(t)
        if th and len(th) > 2 and th in words(cand):
            return True
    return False


def range_of(q):
    """The tool's range as {"low", "high"}: copydesk writes it as [low, high]."""
    r = q.get("range")
    if isinstance(r, dict):
        return r
    if isinstance(r, list) and len(r) == 2:
        return {"low": r[0], "high": r[1]}
    return None


def value_ok(g, q):
    tv = fnum(q.get("value"))
    rng = range_of(q)
    lows = [tv] + ([fnum(rng.get("low"))] if rng else [])
    gvals = [fnum(g["value"])] + [fnum(v) for v in g.get("value_alt") or []]
    if not any(close(a, b) for a in lows for b in gvals):
        return False
    if g.get("value_hi") is not None:
        hi = fnum(rng.get("high")) if rng else None
        return close(hi, fnum(g["value_hi"]))
    return True


def fmt_period(ps, pe):
    return f"{ps or '-'}..{pe or '-'}"


# ---------------------------------------------------------------- matching
def locate_claims(text_n, claims):
    """Give each claim (surface_n, pos) in the normalized story text.

    The claim's sentence is looked up in the story; the figure is the occurrence of
    its surface inside that sentence.  When the sentence holds the surface more than
    once, the tool's span (corrected by the offset drift observed on unambiguous
    claims of the same article) or, failing that, the verb position decides.
    """
    def span0(c):
        sp = c.get("span")
        if isinstance(sp, list) and sp and isinstance(sp[0], (int, float)):
            return sp[0]
        return None

    info = []
    for c in claims:
        q = c.get("quantity") or {}
        surf = norm(q.get("surface"))
        sent = norm(c.get("sentence"))
        occ_list = occurrences(text_n, surf) if surf else []
        cands, si = [], -1
        if sent and surf:
            si = text_n.find(sent)
            if si >= 0:
                cands = [p for p in occ_list if si <= p < si + len(sent)]
        if not cands:
            cands = occ_list
        info.append((surf, cands, si, sent, span0(c)))
    drifts = [(sp0, cands[0] - sp0) for surf, cands, si, sent, sp0 in info
              if len(cands) == 1 and sp0 is not None]

    def drift_at(sp0):
        if not drifts:
            return 0
        return min(drifts, key=lambda d: abs(d[0] - sp0))[1]

    used = set()
    out = [None] * len(claims)
    order = sorted(range(len(claims)), key=lambda i: (len(info[i][1]) != 1, info[i][4] if info[i][4] is not None else 10 ** 9, i))
    for i in order:
        surf, cands, si, sent, sp0 = info[i]
        if not cands:
            out[i] = (surf, sp0 if sp0 is not None else -1)
            continue
        free = [p for p in cands if (surf, p) not in used] or cands
        if len(free) == 1:
            pos = free[0]
        elif sp0 is not None:
            target = sp0 + drift_at(sp0)
            pos = min(free, key=lambda p: abs(p - target))
        else:
            verb = norm(claims[i].get("verb")).lower()
            vp = text_n.lower().find(verb, si) if verb and si >= 0 else -1
            pos = min(free, key=lambda p: abs(p - vp)) if vp >= 0 else free[0]
        used.add((surf, pos))
        out[i] = (surf, pos)
    return out


def match_article(text_n, golds, claims):
    gpos = []
    for g in golds:
        s = norm(g["surface"])
        occ = occurrences(text_n, s)
        k = int(g.get("occurrence", 1)) - 1
        gpos.append((s, occ[k] if 0 <= k < len(occ) else (occ[0] if occ else -1)))
    cpos = locate_claims(text_n, claims)
    pairs = {}
    free_c = set(range(len(claims)))
    # 1. surface + exact position
    for gi, (gs, gp) in enumerate(gpos):
        for ci in sorted(free_c):
            cs, cp = cpos[ci]
            if cs == gs and cp == gp:
                pairs[gi] = ci
                free_c.discard(ci)
                break
    # 2. surface equal, nearest
    for gi, (gs, gp) in enumerate(gpos):
        if gi in pairs:
            continue
        cands = [ci for ci in free_c if cpos[ci][0] == gs]
        if cands:
            ci = min(cands, key=lambda c: abs(cpos[c][1] - gp))
            pairs[gi] = ci
            free_c.discard(ci)
    # 3. value equal, nearest (prefer overlapping surfaces)
    for gi, (gs, gp) in enumerate(gpos):
        if gi in pairs:
            continue
        g = golds[gi]
        gvals = [fnum(g["value"])] + [fnum(v) for v in g.get("value_alt") or []]
        cands = []
        for ci in free_c:
            q = claims[ci].get("quantity") or {}
            rng = range_of(q)
            tv = [fnum(q.get("value"))] + ([fnum(rng.get("low"))] if rng else [])
            if any(close(a, b) for a in tv for b in gvals):
                cs, cp = cpos[ci]
                overlap = cs and gs and (cs in gs or gs in cs) and cp >= 0 and abs(cp - gp) <= len(gs) + len(cs)
                cands.append((0 if overlap else 1, abs(cp - gp) if cp >= 0 else 10 ** 9, ci))
        if cands:
            ci = min(cands)[2]
            pairs[gi] = ci
            free_c.discard(ci)
    return pairs, sorted(free_c)


def sentence_of(text, surface, occurrence):
    occ = occurrences(text, surface)
    k = occurrence - 1
    if not (0 <= k < len(occ)):
        return ""
    p = occ[k]
    a = max(text.rfind(". ", 0, p), text.rfind("\n", 0, p))
    b_candidates = [x for x in (text.find(". ", p), text.find("\n", p)) if x >= 0]
    b = min(b_candidates) + 1 if b_candidates else len(text)
    return text[a + 1:b].strip()


# ---------------------------------------------------------------- main
def main():
    if len(sys.argv) < 3:
        print(__doc__)
        sys.exit(2)
    verbose = len(sys.argv) > 3 and sys.argv[3].lower().startswith("v")
    set_dir = sys.argv[1] if os.path.isdir(sys.argv[1]) else os.path.join(HERE, sys.argv[1])
    gold = load_jsonl(os.path.join(set_dir, "gold.jsonl"))
    stories = {s["id"]: s for s in load_jsonl(os.path.join(set_dir, "stories.jsonl"))}
    claims = load_jsonl(sys.argv[2])

    g_by = {}
    for g in gold:
        g_by.setdefault(g["id"], []).append(g)
    c_by = {}
    ignored = 0
    for c in claims:
        aid = c.get("article_id")
        if aid in stories:
            c_by.setdefault(aid, []).append(c)
        else:
            ignored += 1

    fields = ["value", "unit", "kind", "direction", "subject", "subject+noun", "subject exact-ish", "period", "source"]
    right = {f: 0 for f in fields}
    allfour = 0
    matched = 0
    wrong_rows = []
    missed_rows = []
    extra_rows = []
    n_extra = 0

    for aid in sorted(stories):
        golds = g_by.get(aid, [])
        cl = c_by.get(aid, [])
        text = stories[aid]["text"]
        text_n = norm(text)
        pairs, extra = match_article(text_n, golds, cl)
        n_extra += len(extra)
        for ci in extra:
            q = cl[ci].get("quantity") or {}
            extra_rows.append((aid, q.get("surface"), q.get("value"), norm(cl[ci].get("sentence"))))
        for gi, g in enumerate(golds):
            if gi not in pairs:
                missed_rows.append((aid, g["surface"], g["value"], sentence_of(text, g["surface"], g.get("occurrence", 1))))
                continue
            matched += 1
            c = cl[pairs[gi]]
            q = c.get("quantity") or {}
            per = c.get("period") if isinstance(c.get("period"), dict) else None
            tool_period = fmt_period(per_norm(per.get("start")) if per else None, per_norm(per.get("end")) if per else None)
            rng = range_of(q)
            res = {
                "value": (value_ok(g, q),
                          f"{g['value']}" + (f"..{g['value_hi']}" if g.get("value_hi") is not None else "") +
                          (f" alt={g['value_alt']}" if g.get("value_alt") else ""),
                          f"{q.get('value')}" + (f" range={rng.get('low')}..{rng.get('high')}" if rng else "")),
                "unit": (unit_ok(g.get("unit"), q.get("unit"), g.get("unit_alt")) or
                         # (a count's noun is its unit, as ../shared/eval/score_claims.py reads it)
                         (q.get("unit") in (None, "count") and bool(q.get("noun")) and
                          unit_ok(g.get("unit"), q["noun"].split()[-1], g.get("unit_alt"))),
                         f"{g.get('unit')}" + (f" alt={g['unit_alt']}" if g.get("unit_alt") else ""), f"{q.get('unit')}"),
                "kind": (c.get("kind") == g.get("kind") or c.get("kind") in (g.get("kind_alt") or []),
                         f"{g.get('kind')}" + (f" alt={g['kind_alt']}" if g.get("kind_alt") else ""), f"{c.get('kind')}"),
                "direction": (c.get("direction") == g.get("direction") or
                              ("direction_alt" in g and c.get("direction") in g["direction_alt"]),
                              f"{g.get('direction')}" + (f" alt={g['direction_alt']}" if g.get("direction_alt") else ""),
                              f"{c.get('direction')}"),
                "subject": (subject_ok(g.get("subject"), g.get("subject_alt"), c.get("subject")),
                            f"{g.get('subject')} alt={g.get('subject_alt')}", f"{c.get('subject')}"),
                # (What the figure is about as ../shared/eval/score_claims.py reads it: the subject
                # and a count's noun, "The district" + "teaching vacancies".)
                "subject+noun": (subject_ok(g.get("subject"), g.get("subject_alt"),
                                            f"{c.get('subject') or ''} {q.get('noun') or ''}".strip()),
                                 f"{g.get('subject')} alt={g.get('subject_alt')}",
                                 f"{c.get('subject')} + {q.get('noun')}"),
                "subject exact-ish": (subject_strict(g.get("subject"), c.get("subject")),
                                      f"{g.get('subject')}", f"{c.get('subject')}"),
                "period": (period_ok(g, per),
                           fmt_period(g.get("period_start"), g.get("period_end")) +
                           (" alt=" + ",".join(fmt_period(a, b) for a, b in g["period_alt"]) if g.get("period_alt") else ""),
                           tool_period + (f" ({per.get('surface')!r})" if per and per.get("surface") else "")),
                "source": (source_ok(g, c.get("source")),
                           f"{g.get('source')}" + (f" alt={g['source_alt']}" if g.get("source_alt") else ""),
                           f"{c.get('source')}"),
            }
            for f in fields:
                if res[f][0]:
                    right[f] += 1
                else:
                    wrong_rows.append((f, aid, g["surface"], res[f][1], res[f][2], norm(c.get("sentence"))))
            if all(res[f][0] for f in ("kind", "direction", "subject", "period")):
                allfour += 1

    n_gold = len(gold)
    missed = n_gold - matched
    prec = matched / (matched + n_extra) if matched + n_extra else 0.0
    rec = matched / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"gold figures : {n_gold}")
    print(f"tool claims  : {sum(len(v) for v in c_by.values())}" + (f"  (ignored {ignored} with unknown article_id)" if ignored else ""))
    print(f"matched      : {matched}")
    print(f"missed       : {missed}")
    print(f"extra claims : {n_extra}")
    print(f"recall {rec:.3f}  precision {prec:.3f}  F1 {f1:.3f}")
    print(f"\naccuracy over {matched} matched figures:")
    for f in fields:
        pct = right[f] / matched if matched else 0.0
        print(f"  {f:<18} {right[f]:>4}/{matched:<4} {pct:6.1%}")
    pct = allfour / matched if matched else 0.0
    print(f"  {'kind+dir+subj+per':<18} {allfour:>4}/{matched:<4} {pct:6.1%}")

    if verbose:
        print("\n=== wrong fields (field | id | surface | gold | tool | sentence)")
        for f in fields:
            for row in wrong_rows:
                if row[0] == f:
                    print(" | ".join(str(x) for x in row))
        print("\n=== missed gold (id | surface | value | sentence)")
        for row in missed_rows:
            print(" | ".join(str(x) for x in row))
        print("\n=== extra claims (id | surface | value | sentence)")
        for row in extra_rows:
            print(" | ".join(str(x) for x in row))


if __name__ == "__main__":
    try:
        import signal
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    except (AttributeError, ValueError):
        pass
    main()
