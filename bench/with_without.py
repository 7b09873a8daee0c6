#!/usr/bin/env python3
"""Scores `copydesk normalize` on a page set labelled with strings each page's body must hold
("with") and must not hold ("without"), the layout of trafilatura's evaluation data
(tests/evaldata.json with pages in tests/eval and tests/cache of a checkout of adbar/trafilatura):
990 pages of news, blogs and institutional sites, mostly German and English, 2,951 "with" and
2,966 "without" strings chosen by people. A "with" string found is a true positive, one missed
a false negative; a "without" string found is a false positive. Strings and text are compared
after NFC, with format characters (soft hyphens, zero-width joiners) dropped and white space
collapsed.

    python3 bench/with_without.py --checkout /tmp/trafilatura --copydesk build/copydesk \
        [--work /tmp/ww] [--errors /tmp/ww/misses.tsv] [--readability]

--readability also scores readability-lxml (Debian python3-readability) on the same pages.
Standard library only (readability-lxml and lxml for --readability).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import unicodedata


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Cf")
    return " ".join(s.split())


def prepare(checkout, work):
    labels = json.load(open(os.path.join(checkout, "tests", "evaldata.json"), encoding="utf-8"))
    pages = os.path.join(work, "pages")
    os.makedirs(pages, exist_ok=True)
    index = {}
    for i, (url, v) in enumerate(labels.items()):
        for sub in ("eval", "cache"):
            src = os.path.join(checkout, "tests", sub, v["file"])
            if os.path.exists(src):
                break
        else:
            continue
        name = "p%04d" % i
        with open(src, "rb") as f, open(os.path.join(pages, name + ".html"), "wb") as g:
            g.write(f.read())
        index[name] = {"url": url, "with": v.get("with", []), "without": v.get("without", [])}
    return pages, index


def score(texts, index, errors=None):
    tp = fn = fp = tn = 0
    lines = []
    for name, v in sorted(index.items()):
        t = norm(texts.get(name, ""))
        for w in v["with"]:
            if norm(w) in t:
                tp += 1
            else:
                fn += 1
                lines.append("miss\t%s\t%s" % (name, w))
        for w in v["without"]:
            if norm(w) in t:
                fp += 1
                lines.append("extra\t%s\t%s" % (name, w))
            else:
                tn += 1
    if errors:
        with open(errors, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    p = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    f1 = 2 * p * r / max(p + r, 1e-9)
    return {"pages": len(index), "tp": tp, "fn": fn, "fp": fp, "tn": tn,
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4),
            "accuracy": round((tp + tn) / max(tp + tn + fp + fn, 1), 4)}


def run_copydesk(binary, pages):
    out = subprocess.run([binary, "normalize", pages, "--no-reports", "-q"], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, check=False).stdout
    texts = {}
    for line in out.decode("utf-8").splitlines():
        d = json.loads(line)
        texts[d["id"]] = d.get("text", "")
    return texts


def run_readability(pages):
    import lxml.html
    from readability import Document
    texts = {}
    for f in sorted(os.listdir(pages)):
        raw = open(os.path.join(pages, f), "rb").read()
        try:
            html = raw.decode("utf-8")
        except UnicodeDecodeError:
            html = raw.decode("latin-1")
        try:
            s = Document(html).summary(html_partial=True)
            texts[f.split(".")[0]] = lxml.html.fromstring(s).text_content() if s.strip() else ""
        except Exception:  # readability gives up on some pages: an empty body
            texts[f.split(".")[0]] = ""
    return texts


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--checkout", required=True, help="a checkout of adbar/trafilatura")
    ap.add_argument("--copydesk", default="build/copydesk")
    ap.add_argument("--work", help="where to write the pages (default: a temporary directory)")
    ap.add_argument("--errors", help="write each missed and each extra string here")
    ap.add_argument("--readability", action="store_true", help="also score readability-lxml")
    a = ap.parse_args()
    work = a.work or tempfile.mkdtemp(prefix="with_without.")
    pages, index = prepare(a.checkout, work)
    print("copydesk", json.dumps(score(run_copydesk(a.copydesk, pages), index, a.errors)))
    if a.readability:
        print("readability-lxml", json.dumps(score(run_readability(pages), index)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
