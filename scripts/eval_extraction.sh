#!/usr/bin/env bash
# Scores HTML main-content extraction on ../shared/data/aeb-dev (F1 over 4-word shingles).
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data/aeb-dev}
pred=$(mktemp)
${COPYDESK:-build/copydesk} normalize "$data/html" --no-reports \
  | /usr/bin/python3 -c '
import json, sys
for line in sys.stdin:
    d = json.loads(line)
    print(json.dumps({"id": d["id"], "text": d["text"]}))' > "$pred"
/usr/bin/python3 ../shared/eval/score_extraction.py "$pred" --gt "$data/ground_truth.jsonl"
