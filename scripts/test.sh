#!/usr/bin/env bash
# Command (b) of the README: install, build, run every test, then again under ASan+UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test
scripts/build.sh build -DCOPYDESK_MPI=ON  # Open MPI from deps.sh --test: the distributed test runs
ctest --test-dir build --output-on-failure -j 2
scripts/build.sh build-asan -DCOPYDESK_SANITIZE=address,undefined -DCMAKE_BUILD_TYPE=Debug -DCOPYDESK_MPI=ON
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j 2
