#!/usr/bin/env python3
"""Rebuild blind60's stories.jsonl and gold.jsonl from s1.py..s5.py (the builder is ../../keykit.py's).

usage: cd src && python3 build.py [s1 s2 ...] [--check]

--check also lists every number token of a story that no gold figure covers and that is
not on the story's exclusion list (years, dates and clock times are skipped), and checks
word counts (150-900), publication dates (2025-2026) and that all seven weekdays occur.
"""
import os

import common  # (puts keykit on the path)
import keykit

if __name__ == "__main__":
    keykit.build(os.path.dirname(os.path.abspath(__file__)), words=(150, 900))
