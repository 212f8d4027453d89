# citegraph: `make run` starts the app on the embedded store with the bundled examples;
# `make test` installs what the tests need, starts a local Neo4j from Maven, and runs every test.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= ./citegraph-data

.PHONY: install run test lint neo4j-start neo4j-stop bench clean

$(BIN)/citegraph: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

install: $(BIN)/citegraph

run: install
	CITEGRAPH_DB=$(DB) $(BIN)/citegraph serve

test: install
	bash scripts/test.sh

lint: install
	$(BIN)/ruff check .

bench: bench-extract

# make bench-extract | bench-ingest | bench-load | bench-query | bench-memory | bench-admin_import  [ARGS="--sizes 10k"]
bench-%: install
	bash scripts/bench.sh $* $(ARGS)

clean:
	rm -rf $(DB) tests/artifacts .pytest_cache
