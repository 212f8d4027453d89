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

case "$name" in
  ingest|load|query|admin_import) source scripts/neo4j-env.sh ;;
esac

"$BIN/python" "bench/$name.py" "$@"
