#!/usr/bin/env bash
# Runs one libFuzzer target for a while on a scratch copy of its seed corpus (the committed
# corpus stays small), with its dictionary, and prints libFuzzer's final stats.
#
#   scripts/fuzz.sh fuzz_jsonl 600            # build-fuzz/ must hold the fuzz build
#   FUZZ_BUILD=build-fuzz FUZZ_SCRATCH=/tmp/copydesk-fuzz scripts/fuzz.sh fuzz_dedup 600
#
# Crashes are written to $FUZZ_SCRATCH/artifacts/<target>-crash-*; the grown corpus stays in
# $FUZZ_SCRATCH/<target>. See docs/reliability.md for the build and the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh <fuzz_target> [seconds]}
seconds=${2:-600}
build=${FUZZ_BUILD:-build-fuzz}
scratch=${FUZZ_SCRATCH:-/tmp/copydesk-fuzz}
declare -A dict=([fuzz_normalize]=text [fuzz_claims]=text [fuzz_jsonl]=jsonl
                 [fuzz_readers]=html [fuzz_dedup]=dedup)
mkdir -p "$scratch/artifacts"
rm -rf "${scratch:?}/$target"
cp -r "fuzz/corpus/$target" "$scratch/$target"
args=(-max_total_time="$seconds" -rss_limit_mb=2048 -print_final_stats=1
      -artifact_prefix="$scratch/artifacts/$target-")
if [[ -n "${dict[$target]:-}" ]]; then args+=(-dict="fuzz/${dict[$target]}.dict"); fi
# MyHTML's overlapping memcpy is exempt (fuzz/asan.supp says why).
export ASAN_OPTIONS="suppressions=$PWD/fuzz/asan.supp${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
exec nice -n 15 "$build/fuzz/$target" "${args[@]}" "$scratch/$target"
