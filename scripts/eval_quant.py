#!/usr/bin/python3
"""Turns `copydesk claims` output on a cases file into the scorer's prediction format.

    build/copydesk claims ../shared/data/quant-dev/cases.jsonl \
      | /usr/bin/python3 scripts/eval_quant.py > /tmp/quant_pred.jsonl
    /usr/bin/python3 ../shared/eval/score_quant.py /tmp/quant_pred.jsonl
"""
import json
import sys
from collections import defaultdict

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
    by_id[c["article_id"]].append(item)
for i, qs in sorted(by_id.items()):
    print(json.dumps({"id": i, "quantities": qs}))
