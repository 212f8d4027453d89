#!/usr/bin/env bash
# One benchmark from a clean clone: `make bench-NAME ARGS="..."` runs bench/NAME.py in the project's venv.
# The benches that measure Neo4j get a local server (reused if one runs, else started here and stopped after)
# unless NEO4J_URI is set; the corpus is generated on first use under $CITEGRAPH_BENCH_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin
name=$1
shift
if [ ! -f "bench/$name.py" ]; then
  echo "no benchmark bench/$name.py (there are: $(cd bench && ls ./*.py | sed 's|./||; s|\.py||' | grep -v -e common -e corpus | tr '\n' ' '))" >&2
  exit 1
fi

started=""
case "$name" in
  ingest|load|query|admin_import)
    if [ -z "${NEO4J_URI:-}" ]; then
      if ! NEO4J_URI=$(bash scripts/neo4j status 2>/dev/null); then
        NEO4J_URI=$(bash scripts/neo4j start)
        started=1
      fi
      export NEO4J_URI
    fi ;;
esac
cleanup() { if [ -n "$started" ]; then bash scripts/neo4j stop || true; fi; }
trap cleanup EXIT

"$BIN/python" "bench/$name.py" "$@"
