#!/usr/bin/python3
"""Scores predicted clusters on a bench/gen_edits.py set per strength and per script.

    /usr/bin/python3 bench/score_edits.py PRED.jsonl LABELS.jsonl [--scorer ../shared/eval/score_clusters.py]

PRED.jsonl: {"id","cluster"} lines (bench/clusters_to_labels.py). Per strength, the universe is the
sources, the copies of that strength, and every distractor, roundup and single; per script, every
article in that script. Prints one Markdown table row per subset: ARI, pairwise P, R, F1.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("pred")
ap.add_argument("labels")
ap.add_argument("--scorer", default=os.path.join(here, "..", "..", "shared", "eval", "score_clusters.py"))
a = ap.parse_args()
if not os.path.exists(a.scorer):
    a.scorer = "/work/shared/eval/score_clusters.py"
labels = [json.loads(line) for line in open(a.labels, encoding="utf-8") if line.strip()]
subsets = {"all": labels}
copies = ("light", "medium", "hard", "reworded")
for s in [c for c in copies if any(r["strength"] == c for r in labels)]:
    subsets[s] = [r for r in labels if r["strength"] not in copies or r["strength"] == s]
for lang in sorted({r["lang"] for r in labels}, key=lambda x: [r["lang"] for r in labels].index(x)):
    subsets[lang] = [r for r in labels if r["lang"] == lang]
print("| subset | articles | ARI | pairwise P | pairwise R | F1 |")
print("| --- | --- | --- | --- | --- | --- |")
with tempfile.TemporaryDirectory() as tmp:
    for name, rows in subsets.items():
        lab = os.path.join(tmp, name + ".jsonl")
        with open(lab, "w") as f:
            for r in rows:
                f.write(json.dumps({"id": r["id"], "cluster": r["cluster"]}) + "\n")
        out = os.path.join(tmp, name + ".json")
        subprocess.run([sys.executable, a.scorer, a.pred, "--labels", lab, "--json", out],
                       check=True, stdout=subprocess.DEVNULL)
        res = json.load(open(out))
        res = next(iter(res.values()))
        pw = res["pairwise"]
        print("| %s | %d | %.4f | %.4f | %.4f | %.4f |" % (name, len(rows), res["ARI"], pw["precision"],
                                                        pw["recall"], pw["f1"]))
