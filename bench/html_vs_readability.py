#!/usr/bin/python3
"""Times HTML main-content extraction: copydesk against readability-lxml, same pages, one core.

  /usr/bin/python3 bench/html_vs_readability.py [--pages ../shared/data/aeb-dev/html]
      [--copydesk build/copydesk] [--rounds 3]

The pages (`*.html` or `*.html.gz`) are written out decompressed once, so neither side pays for
gzip. copydesk runs `copydesk normalize DIR --no-reports -j1` (process start, ICU and regex set-up
included) and is charged the CPU time (user + sys) of that process; readability-lxml (Debian
python3-readability) runs `Document(html).summary()` on each page in this process and is charged
its CPU time (reading the files excluded). Each side takes its best of --rounds. Prints pages/s
for both and the ratio. --hugepages runs copydesk with malloc on transparent huge pages. Needs python3-readability (`apt-get install python3-readability`).
"""
import argparse
import glob
import gzip
import os
import resource
import subprocess
import sys
import tempfile
import time


def read_pages(folder):
    pages = []
    for path in sorted(glob.glob(os.path.join(folder, "*.html*"))):
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rb") as f:
            pages.append((os.path.basename(path).removesuffix(".gz"), f.read()))
    return pages


def time_copydesk(binary, folder, rounds, hugepages):
    env = dict(os.environ)
    if hugepages:
        env["GLIBC_TUNABLES"] = "glibc.malloc.hugetlb=1"
    best = None
    for _ in range(rounds):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([binary, "normalize", folder, "--no-reports", "-j1"], check=True,
                       stdout=subprocess.DEVNULL, env=env)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = cpu if best is None else min(best, cpu)
    return best


def time_readability(pages, rounds):
    from readability import Document
    texts = [html.decode("utf-8", "replace") for _, html in pages]
    best = None
    for _ in range(rounds):
        start = time.process_time()
        for t in texts:
            Document(t).summary()
        cpu = time.process_time() - start
        best = cpu if best is None else min(best, cpu)
    return best


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", default=os.path.join(here, "..", "..", "shared", "data", "aeb-dev", "html"))
    ap.add_argument("--copydesk", default=os.path.join(here, "..", "build", "copydesk"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--hugepages", action="store_true",
                    help="run copydesk with GLIBC_TUNABLES=glibc.malloc.hugetlb=1 (malloc asks for "
                         "transparent huge pages: fewer page faults)")
    args = ap.parse_args()
    pages = read_pages(args.pages)
    if not pages:
        sys.exit(f"no pages in {args.pages}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, html in pages:
            with open(os.path.join(tmp, name), "wb") as f:
                f.write(html)
        ours = time_copydesk(args.copydesk, tmp, args.rounds, args.hugepages)
    theirs = time_readability(pages, args.rounds)
    n = len(pages)
    mb = sum(len(h) for _, h in pages) / 1e6
    print(f"pages: {n} ({mb:.1f} MB), best of {args.rounds} rounds, CPU seconds on one core")
    print(f"copydesk normalize   {ours:7.3f} s  {n / ours:8.1f} pages/s")
    print(f"readability-lxml     {theirs:7.3f} s  {n / theirs:8.1f} pages/s")
    print(f"ratio                {theirs / ours:7.1f}x")


if __name__ == "__main__":
    main()
