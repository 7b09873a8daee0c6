#!/usr/bin/env bash
# `mpirun -n R copydesk dedup` writes the same bytes as one process, for R = 1, 2, 3: on 2,000
# generated articles (bench/gen_corpus.py, fixed seed) given outlets, dates and site lines (so
# that the site-line statistics cross ranks and batches), plus a few bad and duplicate records;
# as one JSONL file read in byte ranges (large and tiny ranges, so that lines straddle range ends
# and batches span rounds), as several files (one empty, one with a byte order mark, CRLF lines,
# blank lines and records without ids), with exchanges cut into tiny rounds, and through the
# replicated reader (a directory input); with rank 0's share of the ranges small or equal, with
# ranks that read nothing, and with rank 0 making the candidates alone.
#   tests/distributed/mpi_dedup_test.sh COPYDESK_BINARY     (exit 77 = skipped: no mpirun)
set -euo pipefail
bin=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
command -v mpirun >/dev/null || { echo "mpirun is absent: skipped"; exit 77; }
python=/usr/bin/python3
[ -x "$python" ] || python=python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" "$src/bench/gen_corpus.py" --stories 400 --copies 3 --singles 800 --seed 11 \
  --out "$work/gen.jsonl" --labels "$work/labels.jsonl"
"$python" - "$work/gen.jsonl" "$work/feed.jsonl" <<'PY'
import json, sys
outlets = ["daily-a", "herald-b", "courier-c", "post-d", "wire-e"]
with open(sys.argv[1]) as f, open(sys.argv[2], "w") as out:
    for n, line in enumerate(f):
        d = json.loads(line)
        o = outlets[n * 7 % len(outlets)]
        d["source"] = o
        d["published"] = "2025-03-%02dT%02d:00:00Z" % (1 + n % 28, n % 24)
        # A site line every article of the outlet carries (cut as site boilerplate once seen
        # in enough of the outlet's articles), and one some carry.
        d["text"] = d["text"] + "\n\nFollow " + o + " for more news."
        if n % 3 == 0:
            d["text"] = "Read more from " + o + "\n\n" + d["text"]
        out.write(json.dumps(d) + "\n")
        if n == 100:
            out.write('{"id": "broken", "text": \n')           # rejected: not JSON
        if n == 200:
            out.write(json.dumps({"id": d["id"], "text": "again"}) + "\n")  # duplicate id
PY
# The same records as several files: part 1 with a byte order mark, CRLF line ends and blank
# lines, part 2 records without ids (ids from the file and line), an empty file, and part 3
# repeating an id of part 1.
mkdir -p "$work/parts"
"$python" - "$work/feed.jsonl" "$work/parts" <<'PY'
import json, sys
lines = open(sys.argv[1]).read().splitlines()
d = sys.argv[2]
third = len(lines) // 3
with open(d + "/p1.jsonl", "w", newline="") as f:
    f.write("\ufeff")
    for n, l in enumerate(lines[:third]):
        f.write(l + "\r\n")
        if n % 50 == 0:
            f.write("\n")
with open(d + "/p2.jsonl", "w") as f:
    for l in lines[third:2 * third]:
        try:
            rec = json.loads(l)
            rec.pop("id", None)
            f.write(json.dumps(rec) + "\n")
        except ValueError:
            f.write(l + "\n")
open(d + "/p2b.jsonl", "w").close()
with open(d + "/p3.jsonl", "w") as f:
    f.write(lines[5] + "\n")
    for l in lines[2 * third:]:
        f.write(l + "\n")
PY
# Under AddressSanitizer: Open MPI keeps what MPI_Init allocates until exit, so leaks are checked
# by the single-process runs only.
mpi_asan="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
flags=(--allow-run-as-root --oversubscribe --mca btl_vader_single_copy_mechanism none)
fail=0
# copydesk's messages (rejections, warnings), without the summary line's timings or mpirun's own.
messages() { grep '^copydesk: ' "$1" | grep -v 'cluster(s); sketches' || true; }
inputs=("$work/feed.jsonl")
envs=()  # environment of the mpirun runs (-x NAME=VALUE)
check() {  # name, then copydesk dedup arguments
  local name=$1
  shift
  local rc=0
  "$bin" dedup "${inputs[@]}" -q -j1 -o "$work/$name.single.json" "$@" 2>"$work/$name.single.err" || rc=$?
  for n in 1 2 3; do
    local rc_n=0
    ASAN_OPTIONS=$mpi_asan mpirun "${flags[@]}" "${envs[@]}" -n "$n" "$bin" dedup "${inputs[@]}" -q -j1 \
      -o "$work/$name.$n.json" "$@" 2>"$work/$name.$n.err" || rc_n=$?
    if [ "$rc_n" != "$rc" ]; then
      echo "FAIL $name -n $n: exit $rc_n, single process $rc"; cat "$work/$name.$n.err"; fail=1
    elif ! cmp -s "$work/$name.single.json" "$work/$name.$n.json"; then
      echo "FAIL $name -n $n: clusters.json differs from the single process's"; fail=1
    elif ! diff <(messages "$work/$name.single.err") <(messages "$work/$name.$n.err"); then
      echo "FAIL $name -n $n: rejections or warnings differ"; fail=1
    else
      echo "ok $name -n $n ($(wc -c <"$work/$name.$n.json") bytes, exit $rc_n)"
    fi
  done
}
check reports                      # paragraph reports made on the rank that owns the cluster
check no-reports --no-reports
check batches --batch-bytes 200000   # site lines judged batch by batch, across ranks
# Byte ranges of 40 kB (~8 records): lines straddle range ends, batches span many rounds; every
# exchange cut into rounds of 4 kB (the chunking that carries exchanges past 2 GiB).
envs=(-x COPYDESK_MPI_CHUNK_BYTES=40000 -x COPYDESK_MPI_MESSAGE_BYTES=4096)
check tiny-ranges --batch-bytes 300000
check tiny-ranges-no-reports --batch-bytes 300000 --no-reports
# Rank 0's share of each round at its smallest and at an equal share (the bytes each rank reads
# change, the output does not).
envs=(-x COPYDESK_MPI_CHUNK_BYTES=40000 -x COPYDESK_MPI_ROOT_SHARE=0.05)
check root-share-small --batch-bytes 300000 --no-reports
envs=(-x COPYDESK_MPI_ROOT_SHARE=1)
check root-share-equal
# Rank 0 makes the candidates itself from every signature and set (the shuffle's alternative).
envs=(-x COPYDESK_MPI_CLUSTER_ON_ROOT=1)
check cluster-on-root
check cluster-on-root-no-reports --no-reports
envs=()
inputs=("$work/parts/p1.jsonl" "$work/parts/p2.jsonl" "$work/parts/p2b.jsonl" "$work/parts/p3.jsonl")
check files
check files-no-reports --no-reports --batch-bytes 250000
inputs=("$work/parts")  # a directory: every rank reads every record
check directory --no-reports
# Eight scripts with heavy edits and roundups (bench/gen_edits.py): character-gram anchors, the
# anchors' bucket caps and the roundup guard, as the engine applies them.
"$python" "$src/bench/gen_edits.py" --stories 6 --seed 5 --out "$work/edits.jsonl" \
  --labels "$work/edits_labels.jsonl" >/dev/null
inputs=("$work/edits.jsonl")
check scripts
check scripts-no-reports --no-reports
# The "rejected lines in a row" stop, decided across ranges of 300 bytes (a few lines each).
"$python" - "$work" <<'PY'
import json, sys
d = sys.argv[1]
with open(d + "/bad.jsonl", "w") as f:
    for i in range(30):
        f.write(json.dumps({"id": "g%d" % i, "text": "story %d about the harbour and the council meeting" % (i % 7)}) + "\n")
    for i in range(12):
        f.write("not json %d\n" % i)
    for i in range(30):
        f.write(json.dumps({"id": "h%d" % i, "text": "other %d" % i}) + "\n")
with open(d + "/bad2.jsonl", "w") as f:
    f.write("garbage\n" * 5 + json.dumps({"id": "z", "text": "zzz"}) + "\n")
PY
# Empty shares: two records in one range, so that ranks 1 and 2 read nothing (and a record that
# straddles every range end when the ranges are 30 bytes).
head -n 2 "$work/bad.jsonl" > "$work/two.jsonl"
inputs=("$work/two.jsonl")
check empty-shares
envs=(-x COPYDESK_MPI_CHUNK_BYTES=30)
check straddling-record --no-reports
envs=()
inputs=("$work/bad.jsonl" "$work/bad2.jsonl")
envs=(-x COPYDESK_MPI_CHUNK_BYTES=300)
check bad-lines --max-bad-lines 5
envs=()
grep -q 'bad.jsonl:36: stopped reading this file' "$work/bad-lines.single.err" || { echo "FAIL: no stop"; fail=1; }
# The outputs are not trivial: clusters with copies, and the site lines were cut.
"$python" - "$work/reports.single.json" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))["clusters"]
multi = [x for x in c if len(x["members"]) > 1]
assert len(multi) >= 300, len(multi)
assert any(m.get("paragraphs") for x in multi for m in x["members"][1:]), "no paragraph reports"
PY
grep -q 'p2b.jsonl: empty' "$work/files.single.err" || { echo "FAIL: the empty file was not reported"; fail=1; }
grep -q 'p3.jsonl:1: duplicate id' "$work/files.single.err" || { echo "FAIL: no duplicate id across files"; fail=1; }
grep -q '"p2-[0-9]*"' "$work/files.single.json" || { echo "FAIL: no id derived from file and line"; fail=1; }
exit $fail
