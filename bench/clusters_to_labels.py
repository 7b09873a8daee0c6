#!/usr/bin/python3
"""Turns clusters.json (stdin) into {"id","cluster"} lines for ../shared/eval/score_clusters.py."""
import json
import sys

for c in json.load(sys.stdin)["clusters"]:
    for m in c["members"]:
        print(json.dumps({"id": m["id"], "cluster": c["id"] if len(c["members"]) > 1 else None}))
