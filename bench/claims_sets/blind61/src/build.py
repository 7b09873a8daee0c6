#!/usr/bin/env python3
"""Rebuild blind61's stories.jsonl and gold.jsonl from s1.py..s5.py (the builder is ../../keykit.py's).

usage: cd src && python3 build.py [s1 s2 ...] [--check]

--check also lists every number token of a story that no gold figure covers and that is
not on the story's exclusion list (years, dates and clock times are skipped), checks
word counts (250-700), publication dates (2025-2026) and that all seven weekdays occur,
and (for the whole set) rebuilds once more and checks that the output is byte-identical.
"""
import hashlib
import os
import subprocess
import sys

import common  # (puts keykit on the path)
import keykit

HERE = os.path.dirname(os.path.abspath(__file__))


def digest():
    out = os.path.dirname(HERE)
    h = hashlib.sha256()
    for name in ("stories.jsonl", "gold.jsonl"):
        with open(os.path.join(out, name), "rb") as f:
            h.update(f.read())
    return h.hexdigest()


if __name__ == "__main__":
    keykit.build(HERE, words=(250, 700))
    if "--check" in sys.argv and not [a for a in sys.argv[1:] if not a.startswith("--")]:
        first = digest()
        subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
        if digest() != first:
            print("  rebuild is NOT byte-identical")
            sys.exit(1)
