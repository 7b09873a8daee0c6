#!/usr/bin/python3
"""`copydesk check` against an archive gives what a batch `copydesk run` over archive + new gives.

    check_equivalence.py COPYDESK --archive A... --new B... [--since DATE] [--labels L]

Archives A (archive add), checks B (check --out), runs A+B in one batch (run --out), then
compares, for every new article: its cluster's members, canonical and canonical reason, and
per member jaccard, containment, copy_of, credit, changed figures and paragraph report; and the
new articles' own records in articles.jsonl. With --since, the batch run gets only the archived
articles dated on or after it. With --labels (gen_corpus.py's), also prints the pair recall
and precision of both. Exit 0 when identical, 1 otherwise, 77 when an input is missing.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def load(out):
    arts = {}
    for line in open(os.path.join(out, "articles.jsonl"), encoding="utf-8"):
        a = json.loads(line)
        arts[a["id"]] = a
    clusters = json.load(open(os.path.join(out, "clusters.json"), encoding="utf-8"))["clusters"]
    return arts, clusters


def member_view(m):
    m = dict(m)
    m.pop("archive_id", None)
    m.pop("changed_figures", None)  # compared below without the claim ids (they name clusters)
    return m


def figures(m):
    return sorted((f["canonical_value"], f["copy_value"], f["surface_canonical"], f["surface_copy"])
                  for f in m.get("changed_figures", []))


def cluster_of(clusters):
    out = {}
    for c in clusters:
        for m in c["members"]:
            out[m["id"]] = c
    return out


def pairs(clusters, ids):
    p = set()
    for c in clusters:
        ms = sorted(m["id"] for m in c["members"])
        for i, a in enumerate(ms):
            for b in ms[i + 1:]:
                if a in ids or b in ids:
                    p.add((a, b))
    return p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("copydesk")
    ap.add_argument("--archive", nargs="+", required=True)
    ap.add_argument("--new", nargs="+", required=True)
    ap.add_argument("--since")
    ap.add_argument("--labels")
    ap.add_argument("--expect-copy", nargs="*", default=[],
                    help="NEW:CANONICAL: the new article must be a copy in the cluster of that canonical")
    ap.add_argument("--batch-archive", nargs="+", help="what the batch run reads for the archive (default --archive)")
    args = ap.parse_args()
    for f in args.archive + args.new:
        if not os.path.exists(f):
            print("skipped: %s is absent" % f)
            sys.exit(77)
    with tempfile.TemporaryDirectory() as work:
        db = os.path.join(work, "wire.db")
        run = lambda *a: subprocess.run([args.copydesk, *a], check=True, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE)
        run("archive", "add", *args.archive, "--db", db)
        extra = ["--since", args.since] if args.since else []
        run("check", *args.new, "--db", db, "--out", os.path.join(work, "check"), *extra)
        run("run", *(args.batch_archive or args.archive), *args.new, "--out", os.path.join(work, "batch"))
        carts, cclusters = load(os.path.join(work, "check"))
        barts, bclusters = load(os.path.join(work, "batch"))
        cof, bof = cluster_of(cclusters), cluster_of(bclusters)
        new_ids = {i for i, a in carts.items() if a.get("archive_id") is None}
        bad = 0
        for i in sorted(new_ids):
            c, b = cof[i], bof[i]
            cm = sorted((member_view(m) for m in c["members"]), key=lambda m: m["id"])
            bm = sorted((member_view(m) for m in b["members"]), key=lambda m: m["id"])
            same = (c["canonical"] == b["canonical"] and c["canonical_reason"] == b["canonical_reason"]
                    and cm == bm
                    and [figures(m) for m in sorted(c["members"], key=lambda m: m["id"])]
                    == [figures(m) for m in sorted(b["members"], key=lambda m: m["id"])])
            ca, ba = dict(carts[i]), dict(barts[i])
            for a in (ca, ba):
                for k in ("archive_id", "cluster_id", "origin"):
                    a.pop(k, None)
            same = same and ca == ba
            if not same:
                bad += 1
                if bad <= 5:
                    print("differs: %s: check %s canonical %s, batch %s canonical %s" % (
                        i, sorted(m["id"] for m in c["members"]), c["canonical"],
                        sorted(m["id"] for m in b["members"]), b["canonical"]))
        for pair in args.expect_copy:
            new, canon = pair.split(":")
            c = cof.get(new)
            m = c and next(m for m in c["members"] if m["id"] == new)
            if not c or c["canonical"] != canon or m["role"] != "copy":
                bad += 1
                print("expected %s to copy %s: %s" % (new, canon, c and c["canonical"]))
                continue
            canon_m = next(x for x in c["members"] if x["id"] == canon)
            p = m.get("paragraphs", {})
            print("%s copies %s (archive_id %s): jaccard %.3f containment %.3f, credit %s (%s), kept %d edited %d "
                  "cut %d added %d paragraphs, %d changed figure(s)" % (
                      new, canon, canon_m.get("archive_id"), m["jaccard"], m["containment"],
                      m["credit"]["agency"], m["credit"]["where"], len(p.get("kept", [])), len(p.get("edited", [])),
                      len(p.get("cut", [])), len(p.get("added", [])), len(m.get("changed_figures", []))))
            if canon_m.get("archive_id") is None:
                bad += 1
                print("  but the canonical has no archive_id")
        copies = sum(1 for i in new_ids if len(cof[i]["members"]) > 1)
        archived = sum(1 for i in new_ids if any(m.get("archive_id") is not None for m in cof[i]["members"]))
        print("%d new articles, %d in a cluster with others, %d copying an archived one; %d differ from the batch run"
              % (len(new_ids), copies, archived, bad))
        if args.labels:
            label = {}
            for line in open(args.labels, encoding="utf-8"):
                r = json.loads(line)
                if r["cluster"] is not None:
                    label[r["id"]] = r["cluster"]
            truth = set()
            by = {}
            for i, c in label.items():
                by.setdefault(c, []).append(i)
            for ms in by.values():
                ms.sort()
                for x, a in enumerate(ms):
                    for b in ms[x + 1:]:
                        if a in new_ids or b in new_ids:
                            truth.add((a, b))
            for name, cl in (("check", cclusters), ("batch", bclusters)):
                p = pairs(cl, new_ids)
                tp = len(p & truth)
                print("%s: %d pairs with a new article, recall %.4f precision %.4f" % (
                    name, len(p), tp / max(1, len(truth)), tp / max(1, len(p))))
            print("same pairs: %s" % (pairs(cclusters, new_ids) == pairs(bclusters, new_ids)))
            if pairs(cclusters, new_ids) != pairs(bclusters, new_ids):
                bad += 1
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
