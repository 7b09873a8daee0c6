#!/usr/bin/python3
"""Value+unit F1 of `copydesk claims` output on percent and currency quantities only.

  /usr/bin/python3 scripts/score_claims_units.py CLAIMS.jsonl [--gt CASES.jsonl]

Matches predictions to gold exactly as ../shared/eval/score_claims.py does (imported from there),
then keeps the gold quantities whose unit is `percent` or an ISO 4217 code (or a rate of one,
"USD per barrel") and the predictions with such a unit. Standard library only.
"""
import argparse
import json
import os
import re
import sys
from collections import defaultdict

EVAL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval")
sys.path.insert(0, EVAL)
import score_claims as S  # noqa: E402

PC = re.compile(r"^(percent|[A-Z]{3}( per .*)?)$")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("claims")
    ap.add_argument("--gt", default=S.DEFAULT_GT)
    a = ap.parse_args()
    cases = [json.loads(l) for l in open(a.gt, encoding="utf-8") if l.strip()]
    pred = defaultdict(list)
    for l in open(a.claims, encoding="utf-8"):
        if l.strip():
            c = json.loads(l)
            pred[c["article_id"]].append(c)
    ids = {c["id"] for c in cases}
    tp = gold = 0
    for case in cases:
        ps = sorted(pred.get(case["id"], []), key=lambda c: (c.get("span") or [0])[0])
        used = set()
        for g in case["expected"]:
            pc = bool(PC.match(g.get("unit") or ""))
            gold += pc
            m = next((i for i, p in enumerate(ps) if i not in used and S.same_value(p["quantity"], g)), None)
            if m is None:
                continue
            used.add(m)
            tp += pc and S.unit_ok(ps[m], g)
    npred = sum(1 for k, v in pred.items() if k in ids for c in v if PC.match(c["quantity"].get("unit") or ""))
    p, r, f = S.prf(tp, npred, gold)
    print(f"value+unit, percent and currency: tp {tp}  predicted {npred}  gold {gold}  P {p:.3f} R {r:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    sys.exit(main())
