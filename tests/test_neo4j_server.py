"""The local Neo4j server (scripts/neo4j) and what is special to the Neo4j store: the server refuses writes
from the console, the folded and full-text search, plain values, credentials kept out of sight."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import ServiceUnavailable

from graph.model import NODE_LABELS, REL_TYPES, Cites, DocumentNode, GraphBatch
from graph.neo4j_store import FULLTEXT_INDEX, Neo4jStore
from graph.store import StoreError
from graph.writes import CiterPages
from tests.conftest import ROOT, articles_citing

SCRIPT = ROOT / "scripts" / "neo4j"
NQ35 = "35-NQ/TW@2018"
ARTICLE = "article:corpus/quang-tri.txt"


def run_script(*args: str, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", str(SCRIPT), *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def citegraph(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graph.cli", *args], capture_output=True, text=True, timeout=120,
                          cwd=ROOT)


@pytest.fixture
def neo4j_store(neo4j_uri: str):
    s = Neo4jStore(neo4j_uri, os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD"))
    s.clear()
    s.upsert(GraphBatch(
        documents=[
            DocumentNode(NQ35, symbol="35-NQ/TW", family="party", doc_type="NQ", number="35", scope="TW", year=2018,
                         date="2018-10-22", kind="resolution", issuer="Bộ Chính trị", is_stub=False,
                         title="Nghị quyết về tăng cường bảo vệ nền tảng tư tưởng của Đảng"),
            DocumentNode(ARTICLE, family="article", kind="article", date="2023-09-22", locality="Quảng Trị",
                         title="Đẩy mạnh chuyển đổi số, học tập Nghị quyết 35", is_stub=False),
        ],
        cites=[Cites(ARTICLE, NQ35, relation="implements", surface="Nghị quyết 35", snippet="học tập Nghị quyết 35")],
        sources=[ARTICLE],
    ))
    yield s
    s.close()


def test_script_start_is_idempotent_and_prints_only_the_uri(neo4j_uri: str) -> None:
    was_running = run_script("status").returncode == 0
    t0 = time.monotonic()
    first = run_script("start")
    assert first.returncode == 0, first.stderr
    assert re.fullmatch(r"bolt://127\.0\.0\.1:\d+\n", first.stdout), first.stdout
    uri = first.stdout.strip()
    try:
        with GraphDatabase.driver(uri, auth=None) as driver:
            driver.verify_connectivity()
            records, _, _ = driver.execute_query("CALL dbms.components() YIELD versions RETURN versions[0] AS v")
            assert records[0]["v"].startswith("5.26.")
        again = run_script("start", timeout=60)
        assert again.returncode == 0 and again.stdout == first.stdout
        if was_running:
            assert time.monotonic() - t0 < 30  # a running server is reused, not restarted
        status = run_script("status")
        assert status.returncode == 0 and status.stdout == first.stdout
    finally:
        if not was_running and uri != neo4j_uri:
            run_script("stop")


def test_script_without_a_server(tmp_path) -> None:
    env = {"NEO4J_STATE_DIR": str(tmp_path / "state")}
    status = run_script("status", env=env)
    assert status.returncode == 3 and status.stdout == "" and "not running" in status.stderr
    stop = run_script("stop", env=env)
    assert stop.returncode == 0 and "not running" in stop.stderr
    usage = run_script("restart", env=env)
    assert usage.returncode == 1 and "usage" in usage.stderr


def test_script_reports_a_server_that_cannot_start(neo4j_uri: str, tmp_path) -> None:
    """A JVM that dies at once: exit 1, nothing on stdout, the log's tail on stderr."""
    env = {"NEO4J_STATE_DIR": str(tmp_path / "state"), "NEO4J_JAVA_OPTS": "-Xmx1m -Xms1m"}
    failed = run_script("start", env=env)
    assert failed.returncode == 1 and failed.stdout == ""
    assert "exited before Bolt answered" in failed.stderr and "heap" in failed.stderr.lower()


@pytest.mark.parametrize("cypher", [
    "CREATE (n:X) RETURN n",
    "MERGE (n:Document {key: 'x'}) RETURN n",
    "MATCH (d:Document) SET d.title = 'x'",
    "MATCH (d:Document) DETACH DELETE d",
    "CREATE INDEX x FOR (n:X) ON (n.a)",
])
def test_cli_query_refuses_writes(neo4j_store: Neo4jStore, neo4j_uri: str, cypher: str) -> None:
    before = neo4j_store.stats()
    proc = citegraph("query", "--neo4j", neo4j_uri, cypher)
    assert proc.returncode == 1 and proc.stdout == ""
    assert "read-only: this query writes" in proc.stderr
    assert neo4j_store.stats() == before
    assert neo4j_store.get_document(NQ35)["title"].startswith("Nghị quyết")


def test_cli_query_errors_and_reads(neo4j_store: Neo4jStore, neo4j_uri: str) -> None:
    proc = citegraph("query", "--neo4j", neo4j_uri, "MATCH (n) RETURN n LIMI 1")
    assert proc.returncode == 1 and proc.stderr.startswith("error: Neo4j: Invalid input 'LIMI'")
    proc = citegraph("query", "--neo4j", neo4j_uri, "LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l")
    assert proc.returncode == 1 and "read-only: LOAD CSV" in proc.stderr  # refused before the server (it fetches URLs)
    proc = citegraph("query", "--neo4j", neo4j_uri, "--json", "--param", "k=" + NQ35,
                     "MATCH (a)-[r:CITES]->(d:Document {key: $k}) RETURN a, r, d.year AS year, date(d.date) AS day")
    assert proc.returncode == 0, proc.stderr
    (row,) = json.loads(proc.stdout)
    assert row["a"]["_labels"] == ["Document"] and row["a"]["key"] == ARTICLE
    assert row["r"]["_type"] == "CITES" and row["r"]["relation"] == "implements"
    assert (row["year"], row["day"]) == (2018, "2018-10-22")


def test_stats_json_lists_every_label_and_type(neo4j_store: Neo4jStore, neo4j_uri: str) -> None:
    neo4j_store.clear()
    proc = citegraph("stats", "--json", "--neo4j", neo4j_uri)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"nodes": dict.fromkeys(NODE_LABELS, 0),
                                       "relationships": dict.fromkeys(REL_TYPES, 0)}


@pytest.mark.parametrize("text", ["nghi quyet", "Nghị quyết", "NGHỊ QUYẾT 35", "nghi quyet 35", "35-NQ/TW",
                                  "35-nq/tw", "dang", "ĐẢNG", "bao ve nen tang"])
def test_search_folds(neo4j_store: Neo4jStore, text: str) -> None:
    assert neo4j_store.search(text)[0]["key"] == NQ35


def test_search_keeps_vietnamese_syllables_that_are_english_stop_words(neo4j_store: Neo4jStore) -> None:
    # 'standard-folding' drops "to", "an", "no" ...: the folded CONTAINS path does not
    assert [r["key"] for r in neo4j_store.search("tu tuong")] == [NQ35]
    assert {r["key"] for r in neo4j_store.search("chuyen doi so")} == {ARTICLE}
    assert {r["key"] for r in neo4j_store.search("hoc tap")} == {ARTICLE}


def test_fulltext_index_serves_researchers(neo4j_store: Neo4jStore) -> None:
    rows = neo4j_store.query("CALL db.index.fulltext.queryNodes($i, $q) YIELD node RETURN node.key AS key",
                             {"i": FULLTEXT_INDEX, "q": "nghi quyet"})
    assert {r["key"] for r in rows} == {NQ35, ARTICLE}
    rows = neo4j_store.query("CALL db.index.fulltext.queryNodes($i, $q) YIELD node RETURN node.key AS key",
                             {"i": FULLTEXT_INDEX, "q": "Nghị quyết tư tưởng"})
    assert rows[0]["key"] == NQ35
    assert neo4j_store.search("nghi quyeet tuong") == []  # search answers as the embedded store does: no fuzzy
    assert neo4j_store.search("xyzzy quyet") == []


def test_a_database_of_another_schema_version_is_refused_and_left_alone(neo4j_store: Neo4jStore,
                                                                         neo4j_uri: str) -> None:
    with GraphDatabase.driver(neo4j_uri) as driver:
        driver.execute_query("MATCH (m:CitegraphMeta) DELETE m")  # as a database an older citegraph wrote
        with pytest.raises(StoreError, match="another version of citegraph.*empty it"):
            Neo4jStore(neo4j_uri)
        (row,), _, _ = driver.execute_query("MATCH (d:Document) RETURN count(d) AS n")
        assert row["n"] == 2
        driver.execute_query("MERGE (m:CitegraphMeta {key: 'schema'}) SET m.version = 1")
        with pytest.raises(StoreError, match="schema version 1"):
            Neo4jStore(neo4j_uri)
        driver.execute_query("MATCH (m:CitegraphMeta) DELETE m")
        driver.execute_query("MATCH (n) DETACH DELETE n")
    Neo4jStore(neo4j_uri).close()  # an empty database is simply set up


def test_describe_never_shows_the_password(neo4j_uri: str) -> None:
    host = neo4j_uri.split("://", 1)[1]
    with Neo4jStore(f"bolt://reader:s3cret-pw@{host}") as s:  # auth is off: any credentials are accepted
        assert s.describe() == f"Neo4j at bolt://{host} as reader"
        assert s.stats()["nodes"].keys() == set(NODE_LABELS)
    with Neo4jStore(neo4j_uri, "reader", "s3cret-pw") as s:
        assert "s3cret" not in s.describe() and "s3cret" not in repr(vars(s))


def test_unreachable_server_is_a_clear_error() -> None:
    from graph.store import StoreError

    with pytest.raises(StoreError, match="cannot reach Neo4j at bolt://127.0.0.1:9"):
        Neo4jStore("bolt://127.0.0.1:9")
    with pytest.raises(StoreError, match="not a Neo4j URI: http://127.0.0.1:7474; use bolt://"):
        Neo4jStore("http://127.0.0.1:7474")


def test_query_values_are_plain_and_long_queries_stop(neo4j_uri: str) -> None:
    from graph.store import StoreError

    with Neo4jStore(neo4j_uri, query_timeout=1.0) as s:
        (row,) = s.query("RETURN point({x: 1, y: 2}) AS p, duration('P1DT2H') AS d, date('2024-01-02') AS day, "
                         "[1, null] AS l")
        assert row == {"p": {"x": 1.0, "y": 2.0, "srid": 7203}, "d": "P1DT2H", "day": "2024-01-02", "l": [1, None]}
        t0 = time.monotonic()
        with pytest.raises(StoreError, match="longer than 1 s"):
            s.query("UNWIND range(1, 2000000000) AS x WITH x WHERE x % 3 = 7 RETURN count(x)")
        assert time.monotonic() - t0 < 20


def test_cited_by_of_a_densely_cited_document_is_the_same_newest_first_page(neo4j_uri: str) -> None:
    """Above `dense_citers`, cited-by reads the newest documents from the date index instead of sorting every
    citer: the page must be the one the full sort gives — ties on a date, undated citers and documents that
    cite something else included."""
    target = "doc:party:nq:57-nq/tw@2024"
    docs, cites = articles_citing(target, 200)
    with Neo4jStore(neo4j_uri, os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD")) as store:
        store.clear()
        store.upsert(GraphBatch(documents=docs, cites=cites, sources=sorted({c.src for c in cites})))
        for limit in (1, 3, 5, 17, 40, 500):
            for offset in (0, 7, 100):
                store.dense_citers = 1_000_000
                sorted_page = store.cited_by(target, limit=limit, offset=offset)
                store.dense_citers = 3
                assert store.cited_by(target, limit=limit, offset=offset) == sorted_page
                assert len(sorted_page) == max(0, min(limit, len(cites) - offset))
        assert store.cited_by(target, limit=500)[-1]["date"] is None  # undated citers come last


def test_a_page_of_citers_survives_a_dropped_connection(neo4j_uri: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first page is one auto-commit read; when no connection answers it (what the driver retries in a
    managed transaction), the page is read again that way: the same page, kept citers or sorted."""
    target = "doc:party:nq:57-nq/tw@2024"
    docs, cites = articles_citing(target, 30)
    auth = (os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD"))
    with Neo4jStore(neo4j_uri, *auth, citer_pages=CiterPages(dense=8, keep=10)) as store:
        store.clear()
        store.upsert(GraphBatch(documents=docs, cites=cites, sources=sorted({c.src for c in cites})))
        pages = {(limit, offset): store.cited_by(target, limit=limit, offset=offset)
                 for limit, offset in ((5, 0), (5, 5), (5, 25), (50, 0))}
        dropped: list[str] = []

        def no_connection(*args: object, **kwargs: object) -> None:
            dropped.append("session")
            raise ServiceUnavailable("connection refused")

        monkeypatch.setattr(store._driver, "session", no_connection)
        for (limit, offset), page in pages.items():
            assert store.cited_by(target, limit=limit, offset=offset) == page
        assert len(dropped) == len(pages)
        # the first two pages from the 10 kept citers, all of them past those (sorted), none past the end
        assert len(pages[(50, 0)]) == store.citer_count(target) > 10 and pages[(5, 25)] == []
        monkeypatch.undo()
        store.clear()


def test_a_database_written_before_the_kept_citers_gets_them_once_when_opened(neo4j_uri: str) -> None:
    target = "doc:party:nq:57-nq/tw@2024"
    docs, cites = articles_citing(target, 60)
    pages = CiterPages(dense=8, keep=10)
    auth = (os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD"))
    kept_citers = "MATCH (p:CitedByPage) RETURN p.key AS key, p.citers AS n, p.keys AS keys"
    with Neo4jStore(neo4j_uri, *auth, citer_pages=pages) as store:
        store.clear()
        store.upsert(GraphBatch(documents=docs, cites=cites, sources=sorted({c.src for c in cites})))
        kept = store.query(kept_citers)
        assert [(r["key"], r["n"], len(r["keys"])) for r in kept] == [(target, len(cites), pages.keep)]
        page = store.cited_by(target, limit=5, offset=5)
        # as a database written before the kept citers: no CitedByPage, no mark
        store._run("MATCH (p:CitedByPage) DELETE p")
        store._run("MATCH (m:CitegraphMeta {key: 'citer-pages'}) DELETE m")
        assert store.query(kept_citers) == [] and store.cited_by(target, limit=5, offset=5) == page  # sorted
    with Neo4jStore(neo4j_uri, *auth, citer_pages=pages) as store:
        assert store.query(kept_citers) == kept
        assert store.cited_by(target, limit=5, offset=5) == page
        store.clear()
