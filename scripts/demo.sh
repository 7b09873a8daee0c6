#!/usr/bin/env bash
# Command (a) of the README: install, build, run copydesk on the bundled sample corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh build
out=${1:-out/samples}
rc=0
build/copydesk run corpus/samples --out "$out" --html || rc=$?
if [ "$rc" -gt 1 ]; then exit "$rc"; fi
echo "copydesk: outputs are in $(cd "$out" && pwd):"
ls -1 "$out"
echo "copydesk: open $(cd "$out" && pwd)/report.html in a browser for the editors' view"
