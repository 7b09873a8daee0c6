#!/usr/bin/env bash
# `copydesk claims` on a corpus against the claims benchmark's per-core figure, one core each.
#   bench/claims_cli_vs_bench.sh [BUILD_DIR]   (default build-bench: -DCOPYDESK_BENCH=ON, Release)
# The corpus: the sample articles, normalized once and written 12,000 times as JSONL records
# (100 MB of text), so that the CLI reads, normalizes, extracts and writes what the benchmark
# (BM_ClaimsCorpus, on the same twelve texts) only extracts. Prints MB of text per CPU second for
# both and their ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
B=${1:-build-bench}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$B/copydesk" normalize -q corpus/samples > "$T/norm.jsonl"
/usr/bin/python3 - "$T" <<'PY'
import json, sys
t = sys.argv[1]
arts = [json.loads(l) for l in open(f"{t}/norm.jsonl", encoding="utf-8") if l.strip()]
n = 0
with open(f"{t}/corpus.jsonl", "w", encoding="utf-8") as f:
    for i in range(12000):
        for a in arts:
            f.write(json.dumps({"id": f"{a['id']}-{i}", "text": a["text"]}) + "\n")
            n += len(a["text"].encode())
open(f"{t}/bytes", "w").write(str(n))
PY
bytes=$(cat "$T/bytes")
head -n 12 "$T/corpus.jsonl" > "$T/one.jsonl"
bench=$(COPYDESK_BENCH_CLAIMS="$T/one.jsonl" "$B/bench/copydesk_bench" --benchmark_filter='BM_ClaimsCorpus$' --benchmark_min_time=2 \
        --benchmark_repetitions=3 --benchmark_report_aggregates_only=true 2>/dev/null |
        awk '/_median/ { for (i = 1; i <= NF; ++i) if ($i ~ /bytes_per_second=/) { sub("bytes_per_second=", "", $i); print $i } }')
best=""
for run in 1 2; do
  /usr/bin/time -f "%U %S" -o "$T/time" "$B/copydesk" claims -q -j1 "$T/corpus.jsonl" > /dev/null
  cpu=$(awk '{ print $1 + $2 }' "$T/time")
  best=$(/usr/bin/python3 -c "import sys; a='$best'; print(min(float(a), $cpu) if a else $cpu)")
done
/usr/bin/python3 - "$bench" "$bytes" "$best" <<'PY'
import sys
bench, nbytes, cpu = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
unit = {"k": 1e3, "K": 1024, "M": 1024**2, "G": 1024**3}
v = float(bench.rstrip("kKMG/s").rstrip("/")) if bench[-3] not in unit else float(bench[:-3]) * unit[bench[-3]]
cli = nbytes / cpu
print(f"benchmark (BM_ClaimsCorpus on the same texts, median of 3): {v / 1e6:.1f} MB/s per core")
print(f"copydesk claims -j1 on {nbytes / 1e6:.1f} MB of text (best of 2, user+sys CPU {cpu:.2f} s): {cli / 1e6:.1f} MB/s per core")
print(f"ratio benchmark / CLI: {v / cli:.2f}x")
PY
