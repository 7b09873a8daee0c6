#!/usr/bin/env python3
"""Runs the limit program (bench/limit.cc) and `copydesk dedup --no-reports -j1` on the same
generated articles, in turns, and prints MB/s per core (input bytes / CPU seconds of the whole
process, user + system) of each and their ratio; with --mpi R, also `mpirun -n R copydesk dedup
--no-reports -j1` and its speed-up over one process (wall clock).

  bench/limit_vs_copydesk.py --copydesk build/copydesk --limit build-bench/bench/limit
  bench/limit_vs_copydesk.py ... --mpi 2 --runs 5

The corpus is bench/gen_corpus.py --stories 4000 --copies 3 --singles 8000 --seed 7 (20,000
articles of ~600 words, 100 MB) unless --corpus names one. Medians of --runs runs are printed.
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
    p.add_argument("--mpi", type=int, default=0, help="also time mpirun -n MPI copydesk dedup")
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
    times = {k: [] for k in cmds}
    for _ in range(a.runs):
        for name, cmd in cmds.items():  # in turns, so that drift hits every command alike
            times[name].append(run(cmd))
    print(f"corpus: {corpus}, {mb:.1f} MB; medians of {a.runs} runs")
    print(f"{'command':36} {'wall s':>8} {'cpu s':>8} {'MB/s per core':>14}")
    med = {}
    for name, t in times.items():
        wall = statistics.median(x[0] for x in t)
        cpu = statistics.median(x[1] for x in t)
        med[name] = (wall, cpu)
        print(f"{name:36} {wall:8.2f} {cpu:8.2f} {mb / cpu:14.1f}")
    lim, cd = med["limit"], med["copydesk dedup -j1"]
    print(f"limit / copydesk, MB/s per core: {cd[1] / lim[1]:.2f}x")
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
