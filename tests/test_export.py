"""Exports: GraphML that networkx reads back whole, CSV as neo4j-admin reads it, the CLI on a real store."""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

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


def _java_opens() -> list[str]:
    return ["--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "-Dio.netty.tryReflectionSetAccessible=true"]


@pytest.mark.neo4j
def test_neo4j_admin_imports_the_csv(tmp_path):
    """The real `neo4j-admin database import full` (Neo4j 5.26 from Maven Central, as scripts/neo4j runs
    it) reads the CSV folder with the command its README names, and imports every node, relationship and
    non-null property."""
    assert shutil.which("mvn") and shutil.which("java"), "Java and Maven are needed (as for scripts/neo4j)"
    cp = tmp_path / "cp.txt"
    done = subprocess.run(["mvn", "-q", "-B", "-f", str(Path(__file__).parent / "neo4j_admin" / "pom.xml"),
                           "dependency:build-classpath", f"-Dmdep.outputFile={cp}"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    from graph.embedded_store import EmbeddedStore

    folder = tmp_path / "csv"
    with EmbeddedStore(str(tmp_path / "db")) as s:
        s.upsert(sample_batch())
        export.export(s, "csv", folder)
    command = (folder / "README.md").read_text(encoding="utf-8").split("neo4j-admin ", 1)[1].splitlines()[0]
    home = tmp_path / "home"
    (home / "conf").mkdir(parents=True)
    (home / "conf" / "neo4j.conf").write_text("", encoding="utf-8")
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    done = subprocess.run(["java", "-Xmx1g", *_java_opens(), "-cp", cp.read_text().strip(), "org.neo4j.cli.AdminTool",
                           *command.split()], cwd=folder, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    nodes, edges = batch_rows(sample_batch())
    props = sum(v is not None for rows in nodes.values() for r in rows for v in r.values())
    props += sum(v is not None for rows in edges.values() for r in rows for k, v in r.items() if k not in ("src", "dst"))
    counts = dict((m.group(2), int(m.group(1))) for m in re.finditer(r"^\s+(\d+) (nodes|relationships|properties)$",
                                                                     done.stdout, re.M))
    assert counts == {"nodes": 16, "relationships": 23, "properties": props}, done.stdout[-2000:]


def test_unknown_format_is_refused(store):
    with pytest.raises(ValueError):
        export.export(store, "xlsx", None)


def _cli(*args: str) -> subprocess.CompletedProcess:
    """`citegraph …` on the embedded store (NEO4J_URI would select Neo4j over --db)."""
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_URI"}
    return subprocess.run([sys.executable, "-m", "graph.cli", *args], capture_output=True, text=True, timeout=300,
                          env=env)


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
