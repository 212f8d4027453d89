"""What only the embedded store has to guarantee: engine crashes and runaway queries stay in a child process,
one writer at a time with a clear message, readers alongside a writer, and file-writing statements refused."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from graph.embedded_store import EmbeddedStore
from graph.model import DocumentNode, GraphBatch, Link
from graph.store import QueryRefused, StoreError
from tests.test_store_contract import EXPECTED_COUNTS, NQ35, PERSON, TINH_UY, small_batch

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def db(tmp_path: Path):
    s = EmbeddedStore(str(tmp_path / "db"))
    s.upsert(small_batch())
    yield s
    s.close()


def run_python(code: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)


def test_engine_crash_is_an_error_and_the_process_lives(db: EmbeddedStore) -> None:
    with pytest.raises(StoreError, match="crashed") as err:
        db.query("RETURN nodes(NULL)")
    assert not isinstance(err.value, QueryRefused)
    assert db.stats() == EXPECTED_COUNTS
    assert db.query("RETURN 1 AS one") == [{"one": 1}]


def test_runaway_query_is_stopped(tmp_path: Path) -> None:
    s = EmbeddedStore(str(tmp_path / "db"), query_timeout=1)
    try:
        start = time.monotonic()
        with pytest.raises(StoreError, match="longer than"):
            s.query("UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y WITH x, y WHERE (x * y) % 7 = 3 "
                    "RETURN count(*) AS n")
        assert time.monotonic() - start < 15
    finally:
        s.close()


@pytest.mark.parametrize("cypher", [
    "CHECKPOINT",  # on a read-only connection it leaves the database unopenable read-only
    "COPY (MATCH (d:Document) RETURN d.key) TO '/tmp/citegraph-leak.csv'",  # writes a file
    "LOAD FROM '/etc/hostname' RETURN *",
    "INSTALL fts",
    "DROP TABLE CITES",
    "EXPORT DATABASE '/tmp/citegraph-export'",
])
def test_console_refuses_file_and_admin_statements(db: EmbeddedStore, cypher: str) -> None:
    with pytest.raises(QueryRefused, match="read-only"):
        db.query(cypher)
    assert not Path("/tmp/citegraph-leak.csv").exists()


def test_nodes_come_back_as_property_dicts(db: EmbeddedStore) -> None:
    (row,) = db.query("MATCH (d:Document {key: $k}) RETURN d", {"k": NQ35})
    node = row["d"]
    assert node["_label"] == "Document" and node["key"] == NQ35 and node["year"] == 2018
    assert not {"_ID", "_LABEL", "search"} & set(node)
    (row,) = db.query("MATCH (a)-[r:CITES]->(b:Document {key: $k}) RETURN r ORDER BY r.start LIMIT 1", {"k": NQ35})
    assert row["r"]["_label"] == "CITES" and row["r"]["relation"] == "mentions"


def test_second_writer_in_this_process_is_refused(db: EmbeddedStore) -> None:
    with pytest.raises(StoreError, match="already open for writing"):
        EmbeddedStore(db.path)


def test_second_writer_process_gets_a_clear_error_and_readers_work(db: EmbeddedStore) -> None:
    code = f"""
        from graph.embedded_store import EmbeddedStore
        from graph.store import StoreError
        try:
            EmbeddedStore({db.path!r})
            print("OPENED")
        except StoreError as e:
            print("REFUSED", e)
        r = EmbeddedStore({db.path!r}, read_only=True)
        print("READ", r.stats()["nodes"]["Document"], r.search("35-NQ/TW")[0]["key"])
    """
    out = run_python(code).stdout
    assert "REFUSED" in out and "open for writing by process" in out and "OPENED" not in out
    assert f"READ 7 {NQ35}" in out
    db.upsert(small_batch())  # the writer is unharmed
    assert db.stats() == EXPECTED_COUNTS


def test_read_only_store_sees_a_later_writer_and_refuses_writes(tmp_path: Path) -> None:
    path = str(tmp_path / "db")
    EmbeddedStore(path).close()
    reader = EmbeddedStore(path, read_only=True)
    try:
        assert reader.stats()["nodes"]["Document"] == 0
        code = f"""
            from graph.embedded_store import EmbeddedStore
            from tests.test_store_contract import small_batch
            with EmbeddedStore({path!r}) as s:
                s.upsert(small_batch())
        """
        assert run_python(code).returncode == 0
        assert reader.stats() == EXPECTED_COUNTS
        with pytest.raises(QueryRefused, match="read-only"):
            reader.upsert(GraphBatch(documents=[DocumentNode("x@2020")]))
        assert reader.query("MATCH (d:Document) RETURN count(*) AS n") == [{"n": 7}]
    finally:
        reader.close()


def test_read_only_open_of_a_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no embedded store"):
        EmbeddedStore(str(tmp_path / "nothing"), read_only=True)


def test_query_while_this_process_writes(db: EmbeddedStore) -> None:
    db.upsert(GraphBatch(documents=[DocumentNode("99-NQ/TW@2020", symbol="99-NQ/TW", year=2020)]))
    assert db.query("MATCH (d:Document {key: '99-NQ/TW@2020'}) RETURN d.year AS y") == [{"y": 2020}]


def test_an_unclosed_writer_that_is_collected_releases_the_file(tmp_path: Path) -> None:
    path = str(tmp_path / "db")
    s = EmbeddedStore(path)
    s.upsert(small_batch())
    del s
    again = EmbeddedStore(path)
    try:
        assert again.stats() == EXPECTED_COUNTS
    finally:
        again.close()


def test_parallel_copies_of_an_edge_collapse_to_one(db: EmbeddedStore) -> None:
    db._copy("HOLDS_ROLE", [("from", "STRING"), ("to", "STRING"), ("title", "STRING"), ("support", "INT64")],
             [[PERSON, TINH_UY, "Bí thư Tỉnh ủy", None]])  # as an older, buggy write would have left it
    assert len(db.edges("HOLDS_ROLE")) == 2
    db.upsert(GraphBatch(links=[Link("HOLDS_ROLE", PERSON, TINH_UY, {"title": "Bí thư Tỉnh ủy"})]))
    assert db.edges("HOLDS_ROLE") == [{"src": PERSON, "dst": TINH_UY, "title": "Bí thư Tỉnh ủy"}]


def test_a_bad_value_rolls_the_whole_batch_back(db: EmbeddedStore) -> None:
    bad = GraphBatch(documents=[DocumentNode("new@2020", symbol="new"), DocumentNode("bad@2020", year="năm")])
    with pytest.raises(StoreError, match="rolled back"):
        db.upsert(bad)
    assert db.stats() == EXPECTED_COUNTS
    assert db.get_document("new@2020") is None


def test_after_a_rolled_back_write_the_next_writes_go_to_the_database_opened_again(
        db: EmbeddedStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """LadybugDB 0.22 can leave the keys of a COPY that failed in a table's primary-key index, and the next writes
    then fail (bench/rollback_index.py): after a rolled-back write the writer opens its database again; when that
    open fails, the next write opens it."""
    bad = GraphBatch(documents=[DocumentNode("new@2020", symbol="new"), DocumentNode("bad@2020", year="năm")])
    before = db._db
    with pytest.raises(StoreError, match="rolled back"):
        db.upsert(bad)
    assert db._db is not before and db.stats() == EXPECTED_COUNTS
    opened, failed = db._open, []

    def fails_once() -> None:
        if not failed:
            failed.append(True)
            raise StoreError("cannot open the embedded store (as a test says)")
        opened()

    monkeypatch.setattr(db, "_open", fails_once)
    with pytest.raises(StoreError, match="rolled back"):
        db.upsert(bad)
    assert failed and db._conn is None
    db.upsert(GraphBatch(documents=[DocumentNode("new@2020", symbol="new", is_stub=False)]))
    assert db.get_document("new@2020")["symbol"] == "new"
    assert db.stats()["nodes"]["Document"] == EXPECTED_COUNTS["nodes"]["Document"] + 1


def test_a_store_of_another_schema_is_refused_clearly(tmp_path: Path) -> None:
    import ladybug

    path = tmp_path / "old"
    path.mkdir()
    db = ladybug.Database(str(path / "graph.lbug"))
    ladybug.Connection(db).execute("CREATE NODE TABLE Document(key STRING PRIMARY KEY, title STRING)")
    db.close()
    for read_only in (False, True):
        with pytest.raises(StoreError, match="another version of citegraph"):
            EmbeddedStore(str(path), read_only=read_only)
    assert [r[1] for r in ladybug.Connection(ladybug.Database(str(path / "graph.lbug"))).execute(
        "CALL show_tables() RETURN *").get_all()] == ["Document"]  # nothing was added to it


def test_a_store_of_an_older_schema_version_is_refused_with_what_to_do(tmp_path: Path) -> None:
    import ladybug

    EmbeddedStore(str(tmp_path / "db")).close()
    db = ladybug.Database(str(tmp_path / "db" / "graph.lbug"))
    ladybug.Connection(db).execute("MATCH (m:CitegraphMeta) SET m.version = 1")
    db.close()
    with pytest.raises(StoreError, match=r"schema version 1.*ingest your files again") as err:
        EmbeddedStore(str(tmp_path / "db"))
    assert "new folder" in str(err.value)


def test_write_summary_counts_what_changed(db: EmbeddedStore) -> None:
    again = db.upsert(small_batch())
    assert (again.nodes_created, again.nodes_updated) == (0, 0)
    assert (again.edges_created, again.edges_updated, again.edges_deleted) == (0, 0, 0)  # sent again as they are
    batch = small_batch()
    batch.sources = []
    quiet = db.upsert(batch)
    assert (quiet.nodes_created, quiet.nodes_updated, quiet.edges_created, quiet.edges_deleted) == (0, 0, 0, 0)


def test_a_search_reads_one_snapshot_and_a_writer_commits_after_it(tmp_path: Path) -> None:
    """Reads that answer together (a search's vocabulary, lists and Documents) hold the commit lock: a writer
    in another thread waits for them to end, they answer from the store as it was, and the next search sees the
    commit."""
    from tests.test_store_contract import CT12, bn_batch

    with EmbeddedStore(str(tmp_path / "db")) as writer:
        writer.upsert(small_batch())
        reader = EmbeddedStore(writer.path, read_only=True)
        try:
            before = reader.search("nghi quyet")
            with reader._one_snapshot():
                committing = threading.Thread(target=writer.upsert, args=(bn_batch(),))
                committing.start()
                committing.join(timeout=1.0)
                assert committing.is_alive()  # the writer waits for the reads to end
                assert reader.search("chi thi") == [] and reader.search("nghi quyet") == before
            committing.join(timeout=60)
            assert not committing.is_alive()
            assert reader.search("chi thi")[0]["key"] == CT12  # the next search sees the commit
        finally:
            reader.close()
