#!/usr/bin/env bash
# Kills `copydesk run` with SIGKILL at random moments and checks that --out always holds one
# whole output set (the previous or the new one, never a mix), that the next run succeeds, and
# that a second concurrent run into the same --out fails at once.
#   tests/cli/kill_test.sh COPYDESK_BINARY [KILLS] [STORIES]
# ctest runs it small (5 kills); docs/reliability.md gives the 20-kill, ~10 s-run version.
set -euo pipefail
bin=$1
kills=${2:-5}
stories=${3:-300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$(dirname "$0")/../.."
/usr/bin/python3 bench/gen_corpus.py --stories "$stories" --copies 3 --singles "$((stories * 2))" \
  --out "$work/in.jsonl" --labels "$work/labels.jsonl" >/dev/null
out="$work/out"

# Checks that $out is one whole set written by one run: every file present, every JSON line
# valid, and the manifest's counts agree with the files beside it.
check_set() {
  /usr/bin/python3 - "$out" <<'PY'
import json, sys, os
d = sys.argv[1]
names = ["articles.jsonl", "clusters.json", "claims.jsonl", "claims_merged.jsonl", "manifest.json"]
for n in names:
    if not os.path.exists(os.path.join(d, n)):
        sys.exit("missing " + n)
m = json.load(open(os.path.join(d, "manifest.json")))
arts = [json.loads(l) for l in open(os.path.join(d, "articles.jsonl"), encoding="utf-8")]
claims = [json.loads(l) for l in open(os.path.join(d, "claims.jsonl"), encoding="utf-8")]
[json.loads(l) for l in open(os.path.join(d, "claims_merged.jsonl"), encoding="utf-8")]
cl = json.load(open(os.path.join(d, "clusters.json")))
c = m["counts"]
if c["processed"] != len(arts) or c["claims"] != len(claims) or c["clusters"] != len(cl["clusters"]):
    sys.exit("mixed set: manifest %s vs %d articles %d claims %d clusters" % (c, len(arts), len(claims), len(cl["clusters"])))
tag = m["inputs"][0]
print(tag)
PY
}

t0=$(date +%s.%N)
"$bin" run "$work/in.jsonl" --out "$out" 2>/dev/null
t1=$(date +%s.%N)
check_set >/dev/null
# Kill moments spread over the whole run and a little past it (some runs then finish).
# A second input whose set differs from the first, so that a mix would show.
head -n "$((stories * 3))" "$work/in.jsonl" > "$work/half.jsonl"
for i in $(seq 1 "$kills"); do
  input="$work/in.jsonl"
  if [ $((i % 2)) -eq 1 ]; then input="$work/half.jsonl"; fi
  "$bin" run "$input" --out "$out" 2>/dev/null &
  pid=$!
  sleep "$(/usr/bin/python3 -c "import random; print(round(random.uniform(0.05, 1.2) * ($t1 - $t0), 3))")"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  got=$(check_set) || { echo "kill $i: the output set is not whole"; exit 1; }
  echo "kill $i: whole set, from $(basename "$got")"
done
"$bin" run "$work/in.jsonl" --out "$out" 2>/dev/null
check_set >/dev/null
leftovers=$(find "$work" -maxdepth 1 -name '.out.tmp.*' | wc -l)
[ "$leftovers" -eq 0 ] || { echo "stale staging directories left: $leftovers"; exit 1; }

# Two runs at once: the second fails at once with a clear message, the first's set is whole.
# Under load either may take the lock first: each one either succeeds or fails with exit 2 and
# the message, and at least one succeeds.
"$bin" run "$work/in.jsonl" --out "$out" 2>"$work/err1" &
pid=$!
sleep 0.2
rc=0
"$bin" run "$work/half.jsonl" --out "$out" 2>"$work/err" || rc=$?
rc1=0
wait "$pid" || rc1=$?
for r in "$rc:$work/err" "$rc1:$work/err1"; do
  code=${r%%:*}
  if [ "$code" -ne 0 ] && { [ "$code" -ne 2 ] || ! grep -q "another copydesk run is writing" "${r#*:}"; }; then
    echo "concurrent run: rc=$code"; cat "${r#*:}"; exit 1
  fi
done
[ "$rc" -eq 0 ] || [ "$rc1" -eq 0 ] || { echo "concurrent runs: both failed"; exit 1; }
check_set >/dev/null
echo "kill test passed ($kills kills)"
