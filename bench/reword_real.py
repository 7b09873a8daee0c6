#!/usr/bin/python3
"""Reworded copies of real article bodies, for measuring the reworded-copy rule on real language.

    /usr/bin/python3 bench/reword_real.py ../shared/data/aeb-dev/ground_truth.jsonl \\
        --out /tmp/rw.jsonl --labels /tmp/rw_labels.jsonl [--rates 0.25,0.33] [--keep 0.5] [--distractors ../shared/seeds]
    build/copydesk dedup /tmp/rw.jsonl --no-reports | /usr/bin/python3 bench/clusters_to_labels.py > /tmp/rw_pred.jsonl
    /usr/bin/python3 bench/reword_real.py --score /tmp/rw_pred.jsonl --labels /tmp/rw_labels.jsonl

Reads {"id", "text"} bodies (200 words or more are kept) and writes each body and, per rate, a
copy with that share of its words replaced in place by words drawn from all the bodies (as a
paraphrase replaces words, keeping the order and the length); with --keep S, each copy is a
contiguous run of about S of the paragraphs (a partial copy); with --moves N, N of each
copy's paragraphs are then moved elsewhere in it (a rewrite reorders); with --swaps R, each
sentence trades places with the next at rate R. Files of --distractors (a
directory of text files) are added as articles of their own clusters' ground truth unknown:
they only show false merges with the bodies. Nothing is written into the project: the bodies
are read where they are.

--score prints, per rate, how many copies are in their source's cluster, and every predicted
cluster that mixes two bodies' families.
"""
import argparse
import json
import os
import random
import re


def make(a):
    rng = random.Random(a.seed)
    bodies = []
    for line in open(a.bodies, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            if len(d["text"].split()) >= 200:
                bodies.append(d)
    pool = [w for d in bodies for w in d["text"].split()]
    rates = [float(r) for r in a.rates.split(",")]
    with open(a.out, "w", encoding="utf-8") as out, open(a.labels, "w", encoding="utf-8") as lab:
        def emit(aid, text, family, kind):
            out.write(json.dumps({"id": aid, "text": text}, ensure_ascii=False) + "\n")
            lab.write(json.dumps({"id": aid, "cluster": family, "kind": kind}) + "\n")

        for n, d in enumerate(bodies):
            family = "b%03d" % n
            emit(family, d["text"], family, "source")
            for r in rates:
                paras = d["text"].split("\n\n")
                if a.keep < 1:  # a contiguous run of the paragraphs, about `keep` of them
                    n = max(1, round(len(paras) * a.keep))
                    start = rng.randrange(len(paras) - n + 1)
                    paras = paras[start:start + n]
                paras = [" ".join(rng.choice(pool) if rng.random() < r else w for w in p.split(" ")) for p in paras]
                if a.swaps > 0:  # neighbouring sentences of a paragraph swapped
                    for i, p in enumerate(paras):
                        sents = re.split(r"(?<=[.!?]) ", p)
                        q = 0
                        while q + 1 < len(sents):
                            if rng.random() < a.swaps:
                                sents[q], sents[q + 1] = sents[q + 1], sents[q]
                                q += 1
                            q += 1
                        paras[i] = " ".join(sents)
                for _ in range(a.moves if len(paras) > 2 else 0):  # a paragraph moved elsewhere
                    p = paras.pop(rng.randrange(len(paras)))
                    paras.insert(rng.randrange(len(paras) + 1), p)
                text = "\n\n".join(paras)
                emit("%s-rw%02d" % (family, round(r * 100)), text, family, "rw%02d" % round(r * 100))
        if a.distractors:
            for f in sorted(os.listdir(a.distractors)):
                emit("x-" + f, open(os.path.join(a.distractors, f), encoding="utf-8").read(), None, "distractor")
    print("%d bodies, %d rates" % (len(bodies), len(rates)))


def score(a):
    labels = [json.loads(l) for l in open(a.labels, encoding="utf-8") if l.strip()]
    pred = {d["id"]: d["cluster"] for d in map(json.loads, open(a.score, encoding="utf-8"))}
    source = {r["cluster"]: r["id"] for r in labels if r["kind"] == "source"}
    for kind in sorted({r["kind"] for r in labels if r["kind"].startswith("rw")}):
        rows = [r for r in labels if r["kind"] == kind]
        found = sum(1 for r in rows if pred[r["id"]] is not None and pred[r["id"]] == pred[source[r["cluster"]]])
        print("%s: %d of %d copies in their source's cluster" % (kind, found, len(rows)))
    family = {r["id"]: r["cluster"] for r in labels}
    members = {}
    for i, c in pred.items():
        if c is not None:
            members.setdefault(c, []).append(i)
    mixed = [ids for ids in members.values() if len({family[i] for i in ids if family[i] is not None}) > 1
             or (any(family[i] is None for i in ids) and any(family[i] is not None for i in ids))]
    print("clusters mixing families: %d %s" % (len(mixed), mixed[:5]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bodies", nargs="?")
    ap.add_argument("--out")
    ap.add_argument("--labels", required=True)
    ap.add_argument("--rates", default="0.25,0.33")
    ap.add_argument("--distractors")
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--keep", type=float, default=1.0,
                    help="each copy keeps a contiguous run of about this share of the paragraphs (a partial copy)")
    ap.add_argument("--moves", type=int, default=0,
                    help="each copy then moves this many of its paragraphs elsewhere (as an editor reorders)")
    ap.add_argument("--swaps", type=float, default=0,
                    help="each sentence of a copy then trades places with the next at this rate")
    ap.add_argument("--score")
    a = ap.parse_args()
    if a.score:
        score(a)
    else:
        make(a)


if __name__ == "__main__":
    main()
