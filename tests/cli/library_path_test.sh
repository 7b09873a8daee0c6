#!/usr/bin/env bash
# copydesk loads its shared libraries from the system's paths only, never from the directory it
# is run in: a scraped corpus directory may hold any file names, and an empty or relative entry
# in the binary's RUNPATH would have the dynamic loader open (and run) a file there named as one
# of the libraries. Here every library the binary needs has a decoy in the working directory.
#   tests/cli/library_path_test.sh COPYDESK_BINARY
set -euo pipefail
bin=$(readlink -f "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
libs=$(ldd "$bin" | awk '$2 == "=>" { print $1 }')
[ -n "$libs" ] || { echo "ldd listed no library for $bin"; exit 1; }
for l in $libs; do
  printf 'not a library\n' >"$work/$l"
  mkdir -p "$work/x86_64" "$work/tls" && printf 'not a library\n' >"$work/x86_64/$l"
done
cd "$work"
"$bin" --version >/dev/null 2>"$work/err" || { echo "copydesk did not start among decoys:"; cat "$work/err"; exit 1; }
echo "library path: ok ($(echo "$libs" | wc -l) libraries, decoys ignored)"
