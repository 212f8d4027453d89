"""Exports: GraphML that networkx reads back whole, CSV as neo4j-admin reads it, the CLI on a real store."""

from __future__ import annotations

import csv
import subprocess
import sys

import networkx as nx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from sample_graph import A1, PERSON, R1, TU, batch_rows, sample_batch

from graph import export, rdf


def _edges(g: nx.MultiDiGraph) -> list[tuple]:
    return sorted((u, v, k, tuple(sorted(d.items()))) for u, v, k, d in g.edges(keys=True, data=True))


def test_graphml_reads_back_with_every_attribute(store, tmp_path):
    store.upsert(sample_batch())
    path = tmp_path / "g.graphml"
    export.export(store, "graphml", path)
    want = export.full_graph(store)
    got = nx.read_graphml(path, force_multigraph=True)
    assert dict(got.nodes(data=True)) == dict(want.nodes(data=True))
    assert _edges(got) == _edges(want)
    # the attributes are the batch's, None left out, types kept
    nodes, edges = batch_rows(sample_batch())
    for label, rows in nodes.items():
        for row in rows:
            assert got.nodes[row["key"]] == {"label": label, **{k: v for k, v in row.items() if v is not None}}
    assert got.nodes[R1]["year"] == 2018 and got.nodes[R1]["is_stub"] is True
    assert got.edges[A1, R1, "CITES"]["snippet"] == "Căn cứ Nghị quyết số 35-NQ/TW,\nngày 22/10/2018."
    assert got.edges[A1, R1, "CITES"]["count"] == 2
    assert got.edges[PERSON, TU, "HOLDS_ROLE"] == {"type": "HOLDS_ROLE", "title": "Bí thư Tỉnh ủy"}
    assert sum(len(v) for v in edges.values()) == got.number_of_edges()


def test_csv_in_the_neo4j_admin_layout(store, tmp_path):
    store.upsert(sample_batch())
    folder = tmp_path / "csv"
    export.export(store, "csv", folder)
    with (folder / "documents.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    assert header[:2] == ["key:ID", ":LABEL"]
    assert "year:int" in header and "is_stub:boolean" in header and "symbol" in header
    by_key = {r[0]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    assert len(by_key) == 12
    assert by_key[R1][":LABEL"] == "Document" and by_key[R1]["year:int"] == "2018"
    assert by_key[R1]["is_stub:boolean"] == "true" and by_key[A1]["is_stub:boolean"] == "false"
    assert by_key[A1]["symbol"] == ""  # None: an absent property
    with (folder / "cites.csv").open(encoding="utf-8", newline="") as f:
        cites = list(csv.reader(f))
    assert cites[0] == [":START_ID", ":END_ID", ":TYPE", "relation", "surface", "snippet", "start:int", "end:int",
                        "count:int"]
    assert len(cites) == 15 and {r[2] for r in cites[1:]} == {"CITES"}
    assert [A1, R1, "CITES", "basis"] == next(r for r in cites if r[:2] == [A1, R1])[:4]
    with (folder / "holds_role.csv").open(encoding="utf-8", newline="") as f:
        assert list(csv.reader(f)) == [[":START_ID", ":END_ID", ":TYPE", "title"],
                                       [PERSON, TU, "HOLDS_ROLE", "Bí thư Tỉnh ủy"]]
    for name in ("agencies", "persons", "events"):
        with (folder / f"{name}.csv").open(encoding="utf-8", newline="") as f:
            assert next(csv.reader(f))[:2] == ["key:ID", ":LABEL"]
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in readme
    for path in folder.glob("*.csv"):
        assert f"={path.name}" in readme


def test_unknown_format_is_refused(store):
    with pytest.raises(ValueError):
        export.export(store, "xlsx", None)


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graph.cli", *args], capture_output=True, text=True, timeout=300)


def test_cli_export_ttl_on_an_embedded_store(tmp_path):
    from graph.embedded_store import EmbeddedStore

    db = str(tmp_path / "db")
    with EmbeddedStore(db) as s:
        s.upsert(sample_batch())
    done = _cli("export", "--format", "ttl", "--db", db)
    assert done.returncode == 0, done.stderr
    g = Graph().parse(data=done.stdout, format="turtle")
    assert isomorphic(g, rdf.rows_to_graph(*batch_rows(sample_batch())))
    out = tmp_path / "x.jsonld"
    assert _cli("export", "--format", "jsonld", "-o", str(out), "--db", db).returncode == 0
    assert isomorphic(Graph().parse(out, format="json-ld"), g)
    assert _cli("export", "--format", "csv", "--db", db).returncode == 1  # csv needs a folder
