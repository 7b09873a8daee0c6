#!/usr/bin/env bash
# Half of a labeled generated corpus archived, the other half checked: the same pairs (and the
# same clusters, similarities and reports) as one batch run over both halves.
#   tests/archive/generated_test.sh COPYDESK_BINARY [STORIES]
set -euo pipefail
bin=$1
stories=${2:-300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$(dirname "$0")/../.."
/usr/bin/python3 bench/gen_corpus.py --stories "$stories" --copies 3 --singles "$((stories * 2))" \
  --out "$work/all.jsonl" --labels "$work/labels.jsonl" >/dev/null
awk 'NR % 2 == 1' "$work/all.jsonl" > "$work/old.jsonl"
awk 'NR % 2 == 0' "$work/all.jsonl" > "$work/new.jsonl"
/usr/bin/python3 tests/archive/check_equivalence.py "$bin" --archive "$work/old.jsonl" --new "$work/new.jsonl" \
  --labels "$work/labels.jsonl"
