#!/usr/bin/python3
"""Generates a labeled near-duplicate news corpus with the edits newsrooms make.

    /usr/bin/python3 bench/gen_corpus.py --stories 2000 --copies 3 --singles 4000 \
        --out /tmp/gen.jsonl --labels /tmp/gen_labels.jsonl [--seed 1] [--words 600]

Each story is a source article of ~600 words in paragraphs; each copy applies a random mix of:
cut ending (keeping as little as 40%), dropped and inserted paragraphs, a rewritten lead,
quote-style changes, hard wrapping at ~60 columns, site boilerplate lines, a repeated block.
Singles are unrelated articles. Text is made of a Zipf-distributed synthetic vocabulary, so
nothing from any real corpus is used. Labels: {"id","cluster"} (cluster null for singles).
"""
import argparse
import itertools
import json
import random

SITE_LINES = ["Skip to content", "Share.", "Leave a Comment", "ALSO SEE:", "You may also like",
              "Sign up for our newsletter", "Advertisement", "Read more"]


def make_vocab(rng, n=20000):
    syl = ["ka", "to", "ri", "men", "sa", "lo", "ver", "an", "ti", "pol", "gra", "de", "us",
           "ex", "port", "tra", "ne", "mi", "co", "ral", "fin", "ber", "ga", "on"]
    words = set()
    while len(words) < n:
        words.add("".join(rng.choice(syl) for _ in range(rng.randint(1, 4))))
    return sorted(words)


def sentence(rng, vocab, weights):
    n = rng.randint(12, 28)
    ws = rng.choices(vocab, cum_weights=weights, k=n)
    ws[0] = ws[0].capitalize()
    if rng.random() < 0.3:
        ws.insert(rng.randint(1, n - 1), "%d%%" % rng.randint(1, 90))
    return " ".join(ws) + "."


def article(rng, vocab, weights, words):
    paras, count = [], 0
    while count < words:
        p = " ".join(sentence(rng, vocab, weights) for _ in range(rng.randint(1, 3)))
        paras.append(p)
        count += len(p.split())
    return paras


def wrap(text, width=60):
    out, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = (line + " " + w) if line else w
    out.append(line)
    return "\n".join(out)


def copy_of(rng, paras, vocab, weights):
    p = list(paras)
    edits = []
    if rng.random() < 0.5:  # cut ending, keeping 40-90%
        keep = max(1, int(len(p) * rng.uniform(0.4, 0.9)))
        p = p[:keep]
        edits.append("cut")
    if rng.random() < 0.4 and len(p) > 3:  # drop a paragraph
        del p[rng.randrange(1, len(p))]
        edits.append("drop")
    if rng.random() < 0.4:  # insert a paragraph of its own
        p.insert(rng.randint(1, len(p)), sentence(rng, vocab, weights) + " " + sentence(rng, vocab, weights))
        edits.append("insert")
    if rng.random() < 0.4:  # rewritten lead
        p[0] = sentence(rng, vocab, weights) + " " + " ".join(p[0].split()[8:])
        edits.append("lead")
    if rng.random() < 0.3:  # repeated block
        i = rng.randrange(len(p))
        p = p[: i + 2] + p[i: i + 2] + p[i + 2:]
        edits.append("repeat")
    if rng.random() < 0.3:
        p = [x.replace(" the ", " \u201cthe\u201d ") for x in p]
    if rng.random() < 0.4:
        p = rng.sample(SITE_LINES, 2) + p + rng.sample(SITE_LINES, 3)
    sep = "\n\n"
    if rng.random() < 0.3:  # hard-wrapped wire format
        p = [wrap(x) for x in p]
        sep = "\n"
    return sep.join(p)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stories", type=int, default=200)
    ap.add_argument("--copies", type=int, default=3)
    ap.add_argument("--singles", type=int, default=400)
    ap.add_argument("--words", type=int, default=600)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    vocab = make_vocab(rng)
    # Cumulative Zipf weights, computed once (random.choices would redo it on every call).
    weights = list(itertools.accumulate(1.0 / (r + 1) for r in range(len(vocab))))
    with open(a.out, "w") as out, open(a.labels, "w") as lab:
        for s in range(a.stories):
            paras = article(rng, vocab, weights, a.words)
            sid = "s%07d" % s
            out.write(json.dumps({"id": sid, "text": "\n\n".join(paras)}) + "\n")
            lab.write(json.dumps({"id": sid, "cluster": sid}) + "\n")
            for c in range(rng.randint(1, a.copies)):
                cid = "%s-c%d" % (sid, c)
                out.write(json.dumps({"id": cid, "text": copy_of(rng, paras, vocab, weights)}) + "\n")
                lab.write(json.dumps({"id": cid, "cluster": sid}) + "\n")
        for u in range(a.singles):
            uid = "u%07d" % u
            out.write(json.dumps({"id": uid, "text": "\n\n".join(article(rng, vocab, weights, a.words))}) + "\n")
            lab.write(json.dumps({"id": uid, "cluster": None}) + "\n")


if __name__ == "__main__":
    main()
