#!/usr/bin/env bash
# The archive's figures (docs/benchmarks.md, "Archive"): add rate, bytes per article, check time
# and memory against archives of growing size.
#   bench/archive_bench.sh COPYDESK WORKDIR [STORIES]
# Generates STORIES stories x ~3 copies + as many singles (~4 articles per story, 600 words),
# holds out every 100th article as "today's" and archives the rest, then times (farm-bench):
# the add (one run), archive stats, and check of the held-out articles (3 runs).
set -euo pipefail
bin=$1
work=$2
stories=${3:-20000}
mkdir -p "$work"
cd "$(dirname "$0")/.."
if [ ! -f "$work/all.jsonl" ]; then
  nice -n 10 /usr/bin/python3 bench/gen_corpus.py --stories "$stories" --copies 3 --singles "$stories" \
    --out "$work/all.jsonl" --labels "$work/labels.jsonl" --seed 3 >/dev/null
fi
awk 'NR % 100 == 0' "$work/all.jsonl" > "$work/new.jsonl"
awk 'NR % 100 != 0' "$work/all.jsonl" > "$work/old.jsonl"
rm -f "$work/wire.db" "$work/wire.db-wal" "$work/wire.db-shm"
farm-bench -n 1 --warmup 0 --timeout 3600 -- "$bin" archive add "$work/old.jsonl" --db "$work/wire.db" -q
"$bin" archive stats --db "$work/wire.db"
farm-bench -n 3 --warmup 1 --timeout 600 -- "$bin" check "$work/new.jsonl" --db "$work/wire.db" -q -o /dev/null
farm-bench -n 3 --warmup 1 --timeout 600 -- "$bin" dedup "$work/old.jsonl" --no-reports -q -o /dev/null
