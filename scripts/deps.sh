#!/usr/bin/env bash
# Installs the Debian bookworm packages copydesk needs, only those that are missing.
#   scripts/deps.sh          what the build and the demo need
#   scripts/deps.sh --test   also what the tests need (chromium for the report's browser test, wget for the WARC test,
#                            Open MPI for the distributed test)
set -euo pipefail
pkgs=(g++ cmake make pkg-config libicu-dev libre2-dev libsimdjson-dev catch2 libcli11-dev
      libxxhash-dev zlib1g-dev libmodest-dev libsqlite3-dev libzstd-dev libjemalloc-dev python3)
if [ "${1:-}" = "--test" ]; then
  pkgs+=(chromium wget util-linux libopenmpi-dev openmpi-bin)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "copydesk: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
