#!/usr/bin/env python3
"""Near-duplicate clusters of a JSONL corpus with datasketch, written the way its documentation
shows: 5-word shingles of the lowercased words, `MinHash.generator` (128 permutations, shared
set-up) fed through `update_batch`, a `MinHashLSH` at Jaccard 0.5 filled through an insertion
session, one query per article, and union-find over the answers. No exact verification, no
normalization: this is the baseline issue 16 measures `copydesk dedup` against.

  bench/datasketch_dedup.py CORPUS.jsonl [--datasketch DIR] [--out clusters.json]

datasketch is neither a Debian package nor reachable on PyPI from the build machines: point
--datasketch (or PYTHONPATH) at a checkout of github.com/ekzhu/datasketch; it needs Debian's
python3-numpy and python3-scipy. Nothing of datasketch is kept in this repository.
"""
import argparse
import json
import re
import sys

WORD = re.compile(r"\w+")


def shingles(text, k=5):
    words = WORD.findall(text.lower())
    if len(words) < k:
        return [" ".join(words).encode()]
    return list({" ".join(words[i:i + k]).encode() for i in range(len(words) - k + 1)})


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("corpus")
    p.add_argument("--datasketch", help="directory holding the datasketch package")
    p.add_argument("--out", help="write the clusters (lists of ids) here as JSON")
    p.add_argument("--threshold", type=float, default=0.5)
    a = p.parse_args()
    if a.datasketch:
        sys.path.insert(0, a.datasketch)
    from datasketch import MinHash, MinHashLSH  # noqa: E402 (path set above)

    ids, sets = [], []
    with open(a.corpus, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                ids.append(rec["id"])
                sets.append(shingles(rec.get("text", "")))
    lsh = MinHashLSH(threshold=a.threshold, num_perm=128)
    sigs = list(MinHash.generator(sets, num_perm=128))
    with lsh.insertion_session() as session:
        for i, m in enumerate(sigs):
            session.insert(i, m)
    parent = list(range(len(ids)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, m in enumerate(sigs):
        for j in lsh.query(m):
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
    groups = {}
    for i in range(len(ids)):
        groups.setdefault(find(i), []).append(ids[i])
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            json.dump(list(groups.values()), f)
    print(f"{len(ids)} articles, {len(groups)} clusters", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
