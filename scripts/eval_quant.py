#!/usr/bin/python3
"""Turns `copydesk claims` output on a cases file into the scorer's prediction format.

    build/copydesk claims ../shared/data/quant-dev/cases.jsonl \
      | /usr/bin/python3 scripts/eval_quant.py > /tmp/quant_pred.jsonl
    /usr/bin/python3 ../shared/eval/score_quant.py /tmp/quant_pred.jsonl

With --per-model CASES.jsonl, each case keeps only the kind of quantity its Recognizers-Text
model names (CurrencyModel: money; PercentModel: percentages; NumberModel: every number), as
that model would be run on it. A second view for docs/quality.md, not the headline figure: it
separates what the extractor misreads from what the labels leave out.
"""
import json
import sys
from collections import defaultdict

per_model = {}
if len(sys.argv) == 3 and sys.argv[1] == "--per-model":
    with open(sys.argv[2]) as f:
        for line in f:
            case = json.loads(line)
            per_model[case["id"]] = case.get("source", "").rsplit("/", 1)[-1]


def kept(case_id, unit):
    model = per_model.get(case_id, "")
    if model.startswith("Currency"):
        return unit is not None and ((len(unit) == 3 and unit.isupper()) or unit in ("cent", "pence", "franc", "BTC"))
    if model.startswith("Percent"):
        return unit == "percent"
    return True


by_id = defaultdict(list)
for line in sys.stdin:
    c = json.loads(line)
    q = c["quantity"]
    unit = q["unit"]
    if unit == "count":  # a counted noun is a bare number for the scorer
        unit = None
    item = {"value": q["value"], "unit": unit, "text": q["surface"]}
    if q.get("range"):
        item["range"] = q["range"]
    if c.get("direction") in ("increase", "decrease"):
        item["direction"] = "up" if c["direction"] == "increase" else "down"
    if kept(c["article_id"], unit):
        by_id[c["article_id"]].append(item)
for i, qs in sorted(by_id.items()):
    print(json.dumps({"id": i, "quantities": qs}))
