#!/usr/bin/env bash
# `dedup` keeps most of each shingle set in an unlinked file in --temp-dir ($TMPDIR, else /tmp).
# When that file cannot be written (here: a file-size limit, as a full disk would), the run stops
# with exit status 2 and a message naming the spill file's directory and the cause, not "internal
# error", and the -o file is not created. With room, --temp-dir gives the same clusters.
#   tests/cli/temp_dir_test.sh COPYDESK_BINARY
set -euo pipefail
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$(dirname "$0")/../.."
/usr/bin/python3 bench/gen_corpus.py --stories 60 --copies 2 --singles 60 \
  --out "$work/in.jsonl" --labels "$work/labels.jsonl" >/dev/null
mkdir "$work/spill"
"$bin" dedup "$work/in.jsonl" -q -o "$work/default.json"
"$bin" dedup "$work/in.jsonl" -q --temp-dir "$work/spill" -o "$work/given.json"
cmp "$work/default.json" "$work/given.json" || { echo "--temp-dir changed the clusters"; exit 1; }
if "$bin" dedup "$work/in.jsonl" -q --temp-dir "$work/no-such-dir" -o "$work/x.json" 2>"$work/err0"; then
  echo "a missing --temp-dir was accepted"; exit 1
fi
grep -q "no-such-dir" "$work/err0" || { echo "the message does not name the directory:"; cat "$work/err0"; exit 1; }
# SIGXFSZ ignored: a write past the limit fails with EFBIG instead of killing the process.
set +e
(trap '' XFSZ; ulimit -f 4; exec "$bin" dedup "$work/in.jsonl" -q --temp-dir "$work/spill" -o /dev/null) \
  2>"$work/err"
rc=$?
set -e
[ "$rc" = 2 ] || { echo "exit status $rc, expected 2"; cat "$work/err"; exit 1; }
grep -q "spill file in $work/spill" "$work/err" || { echo "the message does not name the spill file:"; cat "$work/err"; exit 1; }
grep -q "File too large" "$work/err" || { echo "the message does not give the cause:"; cat "$work/err"; exit 1; }
if grep -q "internal error" "$work/err"; then echo "reported as an internal error"; cat "$work/err"; exit 1; fi
echo "temp dir test passed"
