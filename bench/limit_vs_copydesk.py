#!/usr/bin/env python3
"""Runs the limit program (bench/limit.cc) and `copydesk dedup --no-reports -j1` on the same
generated articles, in turns, and prints MB/s per core (input bytes / CPU seconds of the whole
process, user + system) of each and their ratio; with --mpi R, also `mpirun -n R copydesk dedup
--no-reports -j1` and its speed-up over one process (wall clock); with --datasketch DIR, also
bench/datasketch_dedup.py (datasketch's MinHash + MinHashLSH, one Python process) and `copydesk
dedup` with its reports at its default threads, and how many times faster copydesk is (wall clock,
and CPU seconds).

  bench/limit_vs_copydesk.py --copydesk build/copydesk --limit build-bench/bench/limit
  bench/limit_vs_copydesk.py ... --mpi 2 --runs 5
  bench/limit_vs_copydesk.py ... --datasketch /tmp/datasketch   # a checkout of ekzhu/datasketch

The corpus is bench/gen_corpus.py --stories 4000 --copies 3 --singles 8000 --seed 7 (20,000
articles of ~600 words, 100 MB) unless --corpus names one. Medians of --runs runs are printed.

Each timed run comes right after an untimed run of the same command (--warmup 1, the default):
on the VMs we measure on, a process that starts right after another one freed a lot of memory
pays to get that memory back from the host (the kernel zeroing fresh huge pages: +0.45 s of
system time for `copydesk dedup` on the 20,000 articles right after a process that freed 1.3 GB,
as datasketch's does). --warmup 0 times the commands cold, in turns.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
MPI_FLAGS = ["--allow-run-as-root", "--oversubscribe", "--mca", "btl_vader_single_copy_mechanism", "none"]


def run(cmd):
    """Returns (wall s, cpu s) of cmd and every process it waited for."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--copydesk", default="build/copydesk")
    p.add_argument("--limit", default="build-bench/bench/limit")
    p.add_argument("--corpus", help="JSONL to use (default: generate the 20,000 articles)")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--warmup", type=int, default=1, help="untimed runs of a command before each timed run")
    p.add_argument("--mpi", type=int, default=0, help="also time mpirun -n MPI copydesk dedup")
    p.add_argument("--datasketch", help="also time bench/datasketch_dedup.py with datasketch from this directory")
    p.add_argument("--python", default="/usr/bin/python3",
                   help="the Python that has numpy and scipy, for datasketch (Debian's python3-numpy, python3-scipy)")
    a = p.parse_args()
    work = tempfile.mkdtemp(prefix="copydesk-limit-")
    corpus = a.corpus
    if corpus is None:
        corpus = os.path.join(work, "corpus.jsonl")
        subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), "--stories", "4000", "--copies", "3",
                        "--singles", "8000", "--seed", "7", "--out", corpus, "--labels",
                        os.path.join(work, "labels.jsonl")], check=True)
    mb = os.path.getsize(corpus) / 1e6
    out = os.path.join(work, "clusters.json")
    cmds = {
        "limit": [a.limit, corpus],
        "copydesk dedup -j1": [a.copydesk, "dedup", corpus, "--no-reports", "-q", "-j1", "-o", out],
    }
    if a.mpi:
        cmds[f"mpirun -n {a.mpi} copydesk dedup -j1"] = (
            ["mpirun"] + MPI_FLAGS + ["-n", str(a.mpi), a.copydesk, "dedup", corpus, "--no-reports", "-q", "-j1",
                                       "-o", out + ".mpi"])
    if a.datasketch:
        cmds["datasketch (python)"] = [a.python, os.path.join(HERE, "datasketch_dedup.py"), corpus,
                                       "--datasketch", a.datasketch, "--out", out + ".ds"]
        cmds["copydesk dedup (reports)"] = [a.copydesk, "dedup", corpus, "-q", "-o", out + ".reports"]
    times = {k: [] for k in cmds}
    for _ in range(a.runs):
        for name, cmd in cmds.items():  # in turns, so that drift hits every command alike
            for _ in range(a.warmup):
                run(cmd)
            times[name].append(run(cmd))
    print(f"corpus: {corpus}, {mb:.1f} MB; medians of {a.runs} runs, each after {a.warmup} untimed run(s)")
    print(f"{'command':36} {'wall s':>8} {'cpu s':>8} {'MB/s per core':>14}")
    med = {}
    for name, t in times.items():
        wall = statistics.median(x[0] for x in t)
        cpu = statistics.median(x[1] for x in t)
        med[name] = (wall, cpu)
        print(f"{name:36} {wall:8.2f} {cpu:8.2f} {mb / cpu:14.1f}")
    lim, cd = med["limit"], med["copydesk dedup -j1"]
    print(f"limit / copydesk, MB/s per core: {cd[1] / lim[1]:.2f}x (copydesk at {100 * lim[1] / cd[1]:.0f}% of the limit)")
    if a.datasketch:
        ds, rep = med["datasketch (python)"], med["copydesk dedup (reports)"]
        print(f"copydesk dedup with reports vs datasketch: {ds[0] / rep[0]:.1f}x faster (wall), "
              f"{ds[1] / rep[1]:.1f}x (CPU s)")
    if a.mpi:
        mpi = med[f"mpirun -n {a.mpi} copydesk dedup -j1"]
        print(f"mpirun -n {a.mpi} speed-up over one process (wall): {cd[0] / mpi[0]:.2f}x; "
              f"CPU cost: {mpi[1] / cd[1]:.2f}x")
        if a.corpus is None and open(out, "rb").read() != open(out + ".mpi", "rb").read():
            print("mpirun output DIFFERS from one process's", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
