#!/usr/bin/env bash
# A run longer than a second shows a progress line under a pseudo-terminal ("MB read": records/s
# while reading, then the stage's seconds), and none when stderr is piped or with --quiet; the
# summary line stays.
#   tests/cli/progress_test.sh COPYDESK_BINARY     (exit 77 = skipped: no script(1))
set -euo pipefail
bin=$1
command -v script >/dev/null || { echo "script(1) is absent: skipped"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$(dirname "$0")/../.."
/usr/bin/python3 bench/gen_corpus.py --stories 800 --copies 3 --singles 1600 \
  --out "$work/in.jsonl" --labels "$work/labels.jsonl" >/dev/null
script -qec "$bin run $work/in.jsonl --out $work/o1 -j1" "$work/tty.log" >/dev/null
grep -q "MB read" "$work/tty.log" || { echo "no progress line on a terminal"; cat "$work/tty.log"; exit 1; }
grep -q "article(s) processed" "$work/tty.log" || { echo "no summary line"; exit 1; }
"$bin" run "$work/in.jsonl" --out "$work/o2" -j1 2>"$work/piped.log"
if grep -q "MB read" "$work/piped.log"; then echo "progress line on a pipe"; exit 1; fi
grep -q "article(s) processed" "$work/piped.log" || { echo "no summary line when piped"; exit 1; }
script -qec "$bin run $work/in.jsonl --out $work/o3 -j1 --quiet" "$work/quiet.log" >/dev/null
if grep -q "MB read" "$work/quiet.log"; then echo "progress line with --quiet"; exit 1; fi
echo "progress test passed"
