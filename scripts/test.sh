#!/usr/bin/env bash
# The whole test suite: browser packages when missing, a local Neo4j unless NEO4J_URI points at one,
# then pytest with every service reachable (tests fail, never skip, when one is not).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "installing Debian chromium and chromium-driver for the browser tests"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

source scripts/neo4j-env.sh

export CITEGRAPH_REQUIRE_SERVICES=1
"$BIN/ruff" check .
"$BIN/python" -m pytest "$@"
