"""Which store a command uses: what the user names on the command line wins over the environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.store import open_store


def test_an_explicit_db_wins_over_neo4j_uri_in_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:9")  # nothing listens there: using it would fail
    with open_store(db=str(tmp_path / "db")) as store:
        assert store.kind == "embedded" and str(tmp_path / "db") in store.describe()


def test_without_a_db_neo4j_uri_in_the_environment_selects_neo4j(neo4j_uri: str, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("NEO4J_URI", neo4j_uri)
    monkeypatch.setenv("CITEGRAPH_DB", str(tmp_path / "unused"))
    with open_store() as store:
        assert store.kind == "neo4j"
    assert not (tmp_path / "unused").exists()
