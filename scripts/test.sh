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

started=""
if [ -z "${NEO4J_URI:-}" ]; then
  # reuse (and leave running) a local server someone already started; else start one and stop it after
  if ! NEO4J_URI=$(bash scripts/neo4j status 2>/dev/null); then
    NEO4J_URI=$(bash scripts/neo4j start)
    started=1
  fi
  export NEO4J_URI
fi
cleanup() { if [ -n "$started" ]; then bash scripts/neo4j stop || true; fi; }
trap cleanup EXIT

export CITEGRAPH_REQUIRE_SERVICES=1
"$BIN/ruff" check .
"$BIN/python" -m pytest "$@"
