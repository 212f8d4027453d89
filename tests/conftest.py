"""Shared fixtures: the seed article, the dev corpus, and a store of each kind.

Neo4j tests need NEO4J_URI (``make test`` starts a server with ``scripts/neo4j start``). When
CITEGRAPH_REQUIRE_SERVICES or CI is set, a missing service fails the test; it never skips.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_DIR = SHARED / "seed"
DEV_DIR = SHARED / "corpus" / "dev"
REQUIRE_SERVICES = bool(os.environ.get("CITEGRAPH_REQUIRE_SERVICES") or os.environ.get("CI"))


def _missing(what: str) -> None:
    if REQUIRE_SERVICES:
        pytest.fail(f"{what} is required here and not available")
    pytest.skip(f"{what} not available")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    paths = sorted(SEED_DIR.glob("*.txt"))
    if not paths:
        _missing(f"the seed article under {SEED_DIR}")
    return paths[0]


@pytest.fixture(scope="session")
def neo4j_uri() -> str:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        _missing("a Neo4j server (NEO4J_URI; `scripts/neo4j start` prints one)")
    return uri


@pytest.fixture(params=["embedded", "neo4j"])
def store(request, tmp_path):
    """An empty store of each kind; the contract suite runs every test against both."""
    if request.param == "embedded":
        from graph.embedded_store import EmbeddedStore

        s = EmbeddedStore(str(tmp_path / "db"))
    else:
        uri = request.getfixturevalue("neo4j_uri")  # first: no server, no need for the module
        from graph.neo4j_store import Neo4jStore

        s = Neo4jStore(uri, os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD"))
        s.clear()
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _restore_main():
    """Streamlit's AppTest runs app.py as `__main__` and leaves it there; a process pool started by a later
    test would then re-run app.py in every worker. Put the real `__main__` back after each test."""
    main = sys.modules.get("__main__")
    yield
    if main is not None:
        sys.modules["__main__"] = main
