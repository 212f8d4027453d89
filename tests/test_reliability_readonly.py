"""The read-only query path: every write attempt is refused on both stores and changes nothing; writes are
stopped by the database's own read-only mode (the embedded engine's read-only connection, Neo4j's READ
transactions), the text checks only add clearer messages and close what read-only modes allow (files,
URLs, settings); an engine crash costs the query, not the app or the CLI; document text is data."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from sample_graph import sample_batch
from test_store_contract import checksum

from graph import embedded_child
from graph.embedded_store import EmbeddedStore
from graph.ingest import ingest_paths
from graph.model import GraphBatch
from graph.store import QueryRefused, Store, StoreError

#: (name, Cypher): writes, schema changes, files, URLs, procedures, and the same hidden in various ways
ATTEMPTS: list[tuple[str, str]] = [
    ("create", "CREATE (d:Document {key: 'x'})"),
    ("merge", "MERGE (d:Document {key: 'x'}) RETURN d.key"),
    ("set", "MATCH (d:Document) SET d.title = 'x'"),
    ("set label", "MATCH (d:Document) WITH d LIMIT 1 SET d:Hacked"),
    ("remove", "MATCH (d:Document) REMOVE d.title"),
    ("delete", "MATCH (d:Document) DELETE d"),
    ("detach delete", "MATCH (d:Document) DETACH DELETE d"),
    ("drop table", "DROP TABLE Document"),
    ("drop index", "DROP INDEX document_key IF EXISTS"),
    ("load csv file", "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"),
    ("load csv url", "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row"),
    ("load from file", "LOAD FROM '/etc/passwd' RETURN *"),
    ("call dbms", "CALL dbms.listConfig() YIELD name RETURN name"),
    ("call dbms hidden", "CALL /* settings */ `dbms`.security.createUser('x', 'y', false)"),
    ("call apoc", "CALL apoc.create.node(['Document'], {key: 'x'}) YIELD node RETURN node"),
    ("call apoc write", "CALL apoc.cypher.runWrite('CREATE (:Document {key: \"x\"})', {}) YIELD value RETURN value"),
    ("write procedure", "CALL db.createLabel('Hacked')"),
    ("create index", "CREATE INDEX hacked FOR (d:Document) ON (d.title)"),
    ("create constraint", "CREATE CONSTRAINT hacked FOR (d:Document) REQUIRE d.title IS UNIQUE"),
    ("create table", "CREATE NODE TABLE Hacked(k STRING PRIMARY KEY)"),
    ("alter table", "ALTER TABLE Document ADD hacked STRING"),
    ("two statements", "MATCH (n) RETURN count(n); CREATE (:Document {key: 'x'})"),
    ("after a block comment", "MATCH (n) WITH count(n) AS n /* RETURN n */ CREATE (:Document {key: 'x'})"),
    ("after a line comment", "// only a comment\nCREATE (:Document {key: 'x'})"),
    ("after U+2028", "// a comment\u2028CREATE (:Document {key: 'x'})"),
    ("after an escaped quote", "WITH 'it\\'s' AS s CREATE (:Document {key: s})"),
    ("after an escaped backslash", "WITH 'a\\\\' AS s CREATE (:Document {key: s})"),
    ("after a double-quoted escape", "WITH \"q\\\"\" AS s MERGE (:Document {key: s})"),
    ("full-width look-alike", "ＣＲＥＡＴＥ (:Document {key: 'x'})"),
    ("zero-width space inside", "CRE\u200bATE (:Document {key: 'x'})"),
    ("mixed case", "cReAtE (:Document {key: 'x'})"),
    ("in a subquery", "CALL { CREATE (:Document {key: 'x'}) } RETURN 1 AS one"),
    ("in a correlated subquery", "MATCH (d:Document) CALL { WITH d SET d.title = 'x' } RETURN count(*) AS n"),
    ("in a union", "RETURN 1 AS a UNION CALL { CREATE (:Document {key: 'x'}) RETURN 2 AS a } RETURN a"),
    ("in foreach", "FOREACH (i IN [1, 2] | CREATE (:Document {key: toString(i)}))"),
    ("unwind merge", "UNWIND ['x', 'y'] AS k MERGE (:Document {key: k})"),
    ("copy from file", "COPY Document FROM '/etc/hostname'"),
    ("copy to file", "COPY (MATCH (d:Document) RETURN d.key) TO '/tmp/citegraph-leak.csv'"),
    ("checkpoint", "CHECKPOINT"),
    ("attach", "ATTACH '/tmp/citegraph-other.lbug' AS other (dbtype lbug)"),
    ("install extension", "INSTALL httpfs"),
    ("export database", "EXPORT DATABASE '/tmp/citegraph-dump'"),
    ("create database", "CREATE DATABASE hacked"),
    ("create user", "CREATE USER hacker SET PASSWORD 'secretsecret' CHANGE NOT REQUIRED"),
    ("change password", "ALTER CURRENT USER SET PASSWORD FROM 'a' TO 'b'"),
    ("stop database", "STOP DATABASE neo4j"),
    ("begin transaction", "BEGIN TRANSACTION"),
    ("delete in transactions", "MATCH (d:Document) CALL { WITH d DETACH DELETE d } IN TRANSACTIONS"),
]

#: writes the embedded engine's read-only connection refuses by itself, text check bypassed
ENGINE_REFUSES = ["create", "merge", "set", "detach delete", "drop table", "create table", "alter table",
                  "copy from file", "create index"]


def _fingerprint(store: Store) -> tuple:
    """Content checksum, total node count, and (Neo4j) the schema: what a write would change."""
    total = store.query("MATCH (n) RETURN count(n) AS n")[0]["n"]
    schema: list = []
    if store.kind == "neo4j":
        schema = sorted(r["name"] for r in store.query("SHOW INDEXES YIELD name RETURN name"))
        schema += sorted(r["name"] for r in store.query("SHOW CONSTRAINTS YIELD name RETURN name"))
    return checksum(store), total, schema


@pytest.fixture
def loaded(store: Store) -> Store:
    store.upsert(sample_batch())
    return store


def test_at_least_twenty_kinds_of_attempt() -> None:
    assert len(ATTEMPTS) >= 20 and len({n for n, _ in ATTEMPTS}) == len(ATTEMPTS)


def test_every_attempt_is_refused_and_changes_nothing(loaded: Store) -> None:
    before = _fingerprint(loaded)
    passed = [name for name, cypher in ATTEMPTS if not _refused(loaded, cypher)]
    assert passed == [], f"{loaded.kind} ran: {passed}"
    assert _fingerprint(loaded) == before
    assert not Path("/tmp/citegraph-leak.csv").exists() and not Path("/tmp/citegraph-dump").exists()
    assert loaded.query("MATCH (d:Document) RETURN count(d) AS n") == [{"n": len(sample_batch().documents)}]


def _refused(store: Store, cypher: str) -> bool:
    try:
        store.query(cypher)
    except StoreError:  # QueryRefused, or an error of the engine: either way nothing ran
        return True
    return False


@pytest.mark.parametrize("name", ["create", "merge", "set", "remove", "detach delete", "create index",
                                  "in a subquery", "in foreach", "unwind merge", "write procedure",
                                  "load csv url", "call dbms", "mixed case"])
def test_writes_are_refused_as_such(loaded: Store, name: str) -> None:
    """The attempts that are valid Cypher on a store say "read-only", not some parse error."""
    cypher = dict(ATTEMPTS)[name]
    not_ladybug_syntax = loaded.kind == "embedded" and name in ("in a subquery", "write procedure", "call dbms")
    with pytest.raises(StoreError if not_ladybug_syntax else QueryRefused, match=None if not_ladybug_syntax else "read-only"):
        loaded.query(cypher)


def _engine(file: str, cypher: str) -> tuple[str, object]:
    """Run Cypher in the embedded query child directly, without the text check in front of it."""
    request = pickle.dumps({"file": file, "cypher": cypher, "params": {}, "timeout": 20})
    proc = subprocess.run([sys.executable, "-P", embedded_child.__file__], input=request, capture_output=True,
                          timeout=60, check=True)
    return pickle.loads(proc.stdout)


def test_embedded_engine_read_only_mode_refuses_writes_by_itself(tmp_path: Path) -> None:
    with EmbeddedStore(str(tmp_path / "db")) as store:
        store.upsert(sample_batch())
        before = checksum(store)
        for name in ENGINE_REFUSES:
            status, message = _engine(store.file, dict(ATTEMPTS)[name])
            assert status == "refused" and "read-only" in str(message), (name, status, message)
        assert checksum(store) == before


def test_neo4j_server_refuses_writes_by_itself(neo4j_uri: str) -> None:
    """Bypass the store: a READ session on the server refuses writes with its own access-mode error."""
    import neo4j
    from neo4j.exceptions import ClientError

    auth = (os.environ["NEO4J_USER"], os.environ.get("NEO4J_PASSWORD", "")) if os.environ.get("NEO4J_USER") else None
    with neo4j.GraphDatabase.driver(neo4j_uri, auth=auth) as driver, \
            driver.session(default_access_mode=neo4j.READ_ACCESS) as session:
        for name in ["create", "merge", "set", "detach delete", "create index", "in a subquery"]:
            with pytest.raises(ClientError) as err:
                session.execute_read(lambda tx, q=dict(ATTEMPTS)[name]: list(tx.run(q)))
            assert "AccessMode" in (err.value.code or "") or "read" in (err.value.message or "").lower(), name


# --- an engine crash costs the query only -------------------------------------------------------------

CLI = [sys.executable, "-m", "graph.cli"]


def test_crashing_query_is_an_error_and_the_store_lives_on(loaded: Store) -> None:
    try:
        loaded.query("RETURN nodes(NULL) AS n")
    except StoreError as e:
        assert loaded.kind == "neo4j" or "crashed" in str(e)
    assert loaded.query("MATCH (d:Document) RETURN count(d) AS n") == [{"n": len(sample_batch().documents)}]


def test_crashing_query_in_the_cli_exits_with_a_message(tmp_path: Path) -> None:
    db = tmp_path / "db"
    with EmbeddedStore(str(db)) as store:
        store.upsert(sample_batch())
    db_opt = ["--db", str(db)]
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_URI"}
    proc = subprocess.run([*CLI, "query", *db_opt, "RETURN nodes(NULL) AS n"], capture_output=True, text=True, env=env,
                          timeout=120)
    assert proc.returncode > 0 and "crashed" in proc.stderr, (proc.returncode, proc.stderr)
    proc = subprocess.run([*CLI, "query", *db_opt, "--json", "MATCH (d:Document) RETURN count(d) AS n"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0 and json.loads(proc.stdout) == [{"n": len(sample_batch().documents)}]
    proc = subprocess.run([*CLI, "query", *db_opt, "MATCH (d:Document) DETACH DELETE d"], capture_output=True, text=True,
                          env=env, timeout=120)
    assert proc.returncode > 0 and "read-only" in proc.stderr


# --- document text is data ------------------------------------------------------------------------------

EVIL = ("Căn cứ Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị. "
        "'}) MATCH (n) DETACH DELETE n // \" ; CREATE (:Document {key: 'pwn'}) RETURN '\\' `x` $k {{ }}")


def test_document_whose_text_is_cypher_is_stored_as_text(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "ti'êu \"đề\" `x`; DROP TABLE Document.txt"
    path.write_text(f"Tiêu đề: '); MATCH (n) DETACH DELETE n; //\n\n{EVIL}\n", encoding="utf-8")
    summary = ingest_paths([path], store, progress=False)
    assert summary.files_failed == 0 and summary.files_read == 1, summary.render()
    (result,) = summary.files
    doc = store.get_document(result.key)
    assert doc is not None and doc["key"] == result.key
    assert store.stats()["nodes"]["Document"] >= 2  # the article and the resolution it cites
    assert store.documents([result.key])[0]["key"] == result.key
    assert doc["title"] == "Tiêu đề: '); MATCH (n) DETACH DELETE n; //"
    (cite,) = store.cited_by("35-NQ/TW@2018")
    assert cite["key"] == result.key and "CREATE (:Document {key: 'pwn'})" in cite["snippet"]
    assert [r["key"] for r in store.search("DETACH DELETE n")] == [result.key]
    rows = store.query("MATCH (d:Document) WHERE d.key = $k RETURN d.key AS key", {"k": result.key})
    assert rows == [{"key": result.key}]
    assert store.query("MATCH (d:Document {key: 'pwn'}) RETURN count(d) AS n") == [{"n": 0}]


# --- administration commands ---------------------------------------------------------------------------

#: administration the Neo4j server runs in a READ transaction unless the console stops it
NEO4J_ADMIN = ["SHOW USERS", "SHOW DATABASES", "SHOW CURRENT USER", "SHOW TRANSACTIONS", "SHOW SETTINGS",
               "show  users yield user return user", "CREATE USER bob SET PASSWORD 'secretsecret'",
               "CALL db.clearQueryCaches()", "CALL `db`.`clearQueryCaches`()", "CALL db.prepareForReplanning()",
               "CALL db.resampleOutdatedIndexes()", "CALL db.stats.clear('QUERIES')", "CALL dbms.components()",
               "CALL tx.setMetaData({app: 'x'})", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
               "STOP DATABASE neo4j", "GRANT ROLE reader TO neo4j", "MATCH (d:Document) WITH d LIMIT 1 SHOW USERS"]
#: reads of the schema and subqueries the console keeps
NEO4J_READS = ["SHOW INDEXES YIELD name RETURN name", "SHOW RANGE INDEXES", "SHOW CONSTRAINTS",
               "SHOW PROCEDURES YIELD name RETURN count(*) AS n", "SHOW USER DEFINED FUNCTIONS", "CALL db.labels()",
               "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType",
               "CALL { MATCH (d:Document) RETURN d.key AS k } RETURN count(k) AS n",
               "MATCH (d:Document) CALL (d) { RETURN d.key AS k } RETURN count(k) AS n",
               "RETURN 'SHOW USERS; CALL db.clearQueryCaches()' AS text"]


def _neo4j_read_session(neo4j_uri: str):
    import neo4j

    auth = (os.environ["NEO4J_USER"], os.environ.get("NEO4J_PASSWORD", "")) if os.environ.get("NEO4J_USER") else None
    return neo4j.GraphDatabase.driver(neo4j_uri, auth=auth)


def test_neo4j_server_runs_administration_in_a_read_transaction(neo4j_uri: str) -> None:
    """Why the console checks the text: READ access mode alone lets these through on the real server."""
    import neo4j

    with _neo4j_read_session(neo4j_uri) as driver, driver.session(default_access_mode=neo4j.READ_ACCESS) as session:
        for cypher in ["SHOW USERS", "SHOW DATABASES", "CALL db.clearQueryCaches()"]:
            assert session.execute_read(lambda tx, q=cypher: list(tx.run(q))), cypher


def test_neo4j_console_refuses_administration(neo4j_uri: str) -> None:
    from graph.neo4j_store import Neo4jStore

    with Neo4jStore(neo4j_uri, os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD")) as store:
        store.clear()
        store.upsert(sample_batch())
        for cypher in NEO4J_ADMIN:
            with pytest.raises(QueryRefused, match="read-only: .*(administration command|not allowed)"):
                store.query(cypher)
        for cypher in NEO4J_READS:
            assert isinstance(store.query(cypher), list), cypher
        assert store.query("MATCH (d:Document) RETURN count(d) AS n") == [{"n": len(sample_batch().documents)}]


#: the embedded engine's administration and the CALLs that change state or read files
EMBEDDED_ADMIN = ["INSTALL fts", "LOAD EXTENSION fts", "LOAD fts", "UPDATE fts", "ATTACH '/tmp/x.lbug' AS x",
                  "DETACH x", "CHECKPOINT", "EXPORT DATABASE '/tmp/citegraph-dump'",
                  "IMPORT DATABASE '/tmp/citegraph-dump'", "USE other", "CALL clear_warnings() RETURN *",
                  "CALL timeout=0", "CALL `threads` = 1", "CALL read_csv('/etc/hostname') RETURN *",
                  "CALL read_parquet('/tmp/x.parquet') RETURN *",  # segfaults the engine on a missing file
                  "CALL project_graph('g', ['Document'], ['CITES']) RETURN *", "CALL drop_projected_graph('g')"]
EMBEDDED_READS = ["CALL show_tables() RETURN *", "CALL table_info('Document') RETURN *",
                  "CALL current_setting('threads') RETURN *", "CALL db_version() RETURN *",
                  "RETURN 'CALL clear_warnings(); INSTALL fts' AS text"]


def test_embedded_engine_runs_some_of_them_in_read_only_mode(tmp_path: Path) -> None:
    """Why the console checks the text: the read-only connection alone runs these."""
    (tmp_path / "secret.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with EmbeddedStore(str(tmp_path / "db")) as store:
        for cypher in [f"LOAD FROM '{tmp_path / 'secret.csv'}' RETURN *", "CALL timeout=0", "CALL threads=1",
                       "CALL project_graph('g', ['Document'], ['CITES'])"]:
            status, payload = _engine(store.file, cypher)
            assert status == "ok", (cypher, payload)


def test_embedded_console_refuses_administration(tmp_path: Path) -> None:
    with EmbeddedStore(str(tmp_path / "db")) as store:
        store.upsert(sample_batch())
        for cypher in EMBEDDED_ADMIN:
            with pytest.raises(QueryRefused, match="read-only: .*(administration command|not allowed)"):
                store.query(cypher)
        for cypher in EMBEDDED_READS:
            assert store.query(cypher), cypher
    assert not Path("/tmp/citegraph-dump").exists()


# --- a reader in the writing process keeps the writer's lock --------------------------------------------

def _second_writer(db: str) -> subprocess.CompletedProcess:
    code = f"from graph.embedded_store import EmbeddedStore\nEmbeddedStore({db!r}).close()\nprint('opened')"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_closing_a_reader_in_the_writing_process_keeps_the_write_lock(tmp_path: Path) -> None:
    """LadybugDB's lock is a POSIX lock: closing any handle of the file in the writing process would drop it.
    A read-only store closed (or reopened after a write) while this process writes keeps its handle until
    the writer closes, so another process still cannot open the store for writing."""
    db = str(tmp_path / "db")
    with EmbeddedStore(db):
        pass
    reader = EmbeddedStore(db, read_only=True)
    writer = EmbeddedStore(db)
    try:
        writer.upsert(sample_batch())
        assert reader.stats()["nodes"]["Document"] == len(sample_batch().documents)  # reopened on the change
        reader.close()
        EmbeddedStore(db, read_only=True).close()
        proc = _second_writer(db)
        assert "opened" not in proc.stdout and "open for writing by process" in proc.stderr, proc.stdout
    finally:
        writer.close()
    assert _second_writer(db).stdout.strip() == "opened"


def test_a_reader_in_the_writing_process_follows_many_writes(tmp_path: Path) -> None:
    """Each write reopens the reader's snapshot, and the snapshots it leaves stay open until the writer closes (the
    lock above). Thirty writes with a reader reading after each, as the app and an ingest in one process do: every
    read sees the write before it, and the writer can still reopen its own database (a pool grown) at the end."""
    db = str(tmp_path / "db")
    doc = sample_batch().documents[0]
    with EmbeddedStore(db) as writer:
        reader = EmbeddedStore(db, read_only=True)
        try:
            for n in range(30):
                writer.upsert(GraphBatch(documents=[replace(doc, key=f"{doc.key}-{n}")]))
                assert reader.stats()["nodes"]["Document"] == n + 1
        finally:
            reader.close()
        writer._reopen()  # what a grown pool does: one more open in this process
        assert writer.stats()["nodes"]["Document"] == 30
