# Sourced by scripts/test.sh and scripts/bench.sh: export NEO4J_URI for a local Neo4j unless it is set —
# reuse (and leave running) a server someone already started, else start one and stop it when the caller exits.
if [ -z "${NEO4J_URI:-}" ]; then
  if ! NEO4J_URI=$(bash scripts/neo4j status 2>/dev/null); then
    NEO4J_URI=$(bash scripts/neo4j start)
    trap 'bash scripts/neo4j stop || true' EXIT
  fi
  export NEO4J_URI
fi
