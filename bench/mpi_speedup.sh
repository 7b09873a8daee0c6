#!/usr/bin/env bash
# The `mpirun -n 2` speed-up of `copydesk dedup` (issue #16), in one command:
#
#   bench/mpi_speedup.sh [COPYDESK] [RUNS] [SIZES] [MODES]
#   e.g. bench/mpi_speedup.sh build/copydesk 5 "20k 100k" "no-reports reports"   (the defaults: 5, 20k, both)
#
# For each generated corpus (bench/gen_corpus.py --copies 3 --seed 7: 20k = 4,000 stories and
# 8,000 singles, 19,993 articles, 100 MB; 100k = 20,000 stories and 40,000 singles, 500 MB;
# made once in $MPI_BENCH_DIR, default /tmp/copydesk-mpi) and for `--no-reports` and with
# reports, it runs in turns, RUNS times (default 5):
#   A  mpirun -n 2 copydesk dedup CORPUS -j1        (two ranks, one thread each)
#   B  copydesk dedup CORPUS -j1                    (one process, one thread)
#   C  mpirun -n 1 copydesk dedup CORPUS -j1        (one rank, one thread: pays MPI's start-up too)
#   D  mpirun -n 2 BASE dedup CORPUS -j1            (only when MPI_BENCH_BASE names another binary:
#                                                    the same turns, for a ratio D/A between builds)
# and prints the medians of wall and CPU seconds (user + system of every process waited for) and
# of the ratios B/A and C/A taken turn by turn (the speed-ups), with the load average before and
# after. It also checks that A, B and C wrote the same bytes. The wall-clock ratio means something
# only on an idle machine: the load average printed says how idle it was.
# mpirun runs with the flags recommended for one node (docs/scale.md): shared memory only, no
# fabric probed at start-up (0.2-0.3 s less wall time than the tests' flags here);
# MPI_BENCH_FLAGS=tests gives the tests' flags alone (--allow-run-as-root --oversubscribe --mca
# btl_vader_single_copy_mechanism none). Sizes: 20k, 100k, 300k (60,000 stories and 120,000
# singles, 299,937 lines, 1.5 GB: the launch's share is a third of 100k's).
set -euo pipefail
bin=${1:-build/copydesk}
runs=${2:-5}
sizes=${3:-20k}
modes=${4:-no-reports reports}
src=$(cd "$(dirname "$0")/.." && pwd)
dir=${MPI_BENCH_DIR:-/tmp/copydesk-mpi}
mkdir -p "$dir"
python=/usr/bin/python3
[ -x "$python" ] || python=python3
for size in $sizes; do
  case $size in
    20k) args=(--stories 4000 --copies 3 --singles 8000) ;;
    100k) args=(--stories 20000 --copies 3 --singles 40000) ;;
    300k) args=(--stories 60000 --copies 3 --singles 120000) ;;
    *) echo "unknown size $size (20k, 100k, 300k)" >&2; exit 2 ;;
  esac
  [ -s "$dir/c$size.jsonl" ] || "$python" "$src/bench/gen_corpus.py" "${args[@]}" --seed 7 \
    --out "$dir/c$size.jsonl" --labels "$dir/c${size}_labels.jsonl"
done
exec "$python" - "$bin" "$runs" "$dir" "$modes" $sizes <<'PY'
import os, resource, statistics, subprocess, sys, time, filecmp

binary, runs, d, modes = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4].split()
sizes = sys.argv[5:]
base = os.environ.get("MPI_BENCH_BASE", "")
mpi = ["mpirun", "--allow-run-as-root", "--oversubscribe", "--mca", "btl_vader_single_copy_mechanism", "none"]
if os.environ.get("MPI_BENCH_FLAGS", "") != "tests":
    mpi += ["--mca", "pml", "ob1", "--mca", "btl", "self,vader", "--mca", "mtl", "^ofi,psm,psm2", "--mca", "osc", "^ucx"]

def run(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

def load():
    return "%.2f" % os.getloadavg()[0]

print("copydesk %s, %d runs, %d cores, load average %s at the start" % (binary, runs, os.cpu_count(), load()))
print("mpirun flags: %s" % " ".join(mpi[1:]))
for size in sizes:
    corpus = os.path.join(d, "c%s.jsonl" % size)
    for flags in [["--no-reports"] if m == "no-reports" else [] for m in modes]:
        keys = "ABCD" if base else "ABC"
        out = {k: os.path.join(d, "out-%s-%s.json" % (size, k)) for k in keys}
        cmds = {
            "A": mpi + ["-n", "2", binary, "dedup", corpus, "-q", "-j1", "-o", out["A"]] + flags,
            "B": [binary, "dedup", corpus, "-q", "-j1", "-o", out["B"]] + flags,
            "C": mpi + ["-n", "1", binary, "dedup", corpus, "-q", "-j1", "-o", out["C"]] + flags,
        }
        if base:
            cmds["D"] = mpi + ["-n", "2", base, "dedup", corpus, "-q", "-j1", "-o", out["D"]] + flags
        t = {k: [] for k in keys}
        loads = [load()]
        run(cmds["B"])  # warm the page cache
        for _ in range(runs):
            for k in keys:
                t[k].append(run(cmds[k]))
            loads.append(load())
        same = all(filecmp.cmp(out[k], out["B"], shallow=False) for k in keys if k != "B")
        med = lambda xs: statistics.median(xs)
        name = "c%s %s" % (size, "--no-reports" if flags else "with reports")
        print("\n%s (%d runs; load average %s; outputs %s)" % (
            name, runs, " ".join(loads), "byte-identical" if same else "DIFFER"))
        for k, what in (("A", "mpirun -n 2 -j1"), ("B", "one process -j1"), ("C", "mpirun -n 1 -j1"),
                        ("D", "base mpirun -n 2")):
            if k not in keys:
                continue
            print("  %s %-17s wall %6.2f s (min %.2f, max %.2f)  cpu %6.2f s" % (
                k, what, med([w for w, c in t[k]]), min(w for w, c in t[k]), max(w for w, c in t[k]),
                med([c for w, c in t[k]])))
        for other in keys[1:]:
            ratios = [t[other][i][0] / t["A"][i][0] for i in range(runs)]
            cpu = [t["A"][i][1] / t[other][i][1] for i in range(runs)]
            print("  speed-up %s/A (wall, turn by turn): median %.2fx (%.2f-%.2f); CPU A/%s %.2f" % (
                other, med(ratios), min(ratios), max(ratios), other, med(cpu)))
PY
