"""Reads during an ingest never fail and, on the embedded store, never see half a document: a stored document
always comes with all of its citations (one document's nodes and edges are written in one transaction, and a
read sees the store as of one commit). Checked with the app's reads (search, documents, cites, stats, the
Cypher console) from other threads of the same process (the app's upload page ingests while other sessions
read), from another process, and on Neo4j, whose reads are read-committed: a query that runs while a batch
commits may see part of it (a citation moved from an undated to a dated document: its deletion without its
creation), so there only failures, the order documents appear in and the state at rest are checked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

from conftest import write_generated_corpus
from test_reliability_crash import _env, _ingest, _ingest_cmd, corpus

from graph.embedded_child import commit_lock
from graph.embedded_store import EmbeddedStore
from graph.ingest import ingest_paths
from graph.store import Store, open_store

CHUNK = 3


def _final(folder: Path, tmp_path: Path) -> dict[str, int]:
    """Outgoing CITES of every non-stub document after a clean ingest."""
    db = str(tmp_path / "reference")
    _ingest(folder, {"db": db})
    with EmbeddedStore(db, read_only=True) as store:
        return _cites_of(store, {d["key"] for d in store.nodes("Document") if not d["is_stub"]})


def _cites_of(store: Store, keys: set[str]) -> dict[str, int]:
    counts = Counter(e["src"] for e in store.edges("CITES"))
    return {k: counts.get(k, 0) for k in keys}


def _read_loop(store: Store, final: dict[str, int], done: threading.Event, seen: list[int],
               errors: list[str], halves: list[str] | None = None) -> None:
    """Read like the app until `done`; record every failure, and every half-written document (in `halves`
    when given, else with the failures)."""
    halves = errors if halves is None else halves
    first = True
    while first or not done.is_set():
        first = False
        try:
            docs = {d["key"] for d in store.nodes("Document") if not d["is_stub"]}
            for key, n in _cites_of(store, docs).items():
                if n != final.get(key):
                    halves.append(f"{key}: {n} citations seen, {final.get(key)} in the end")
            rows = store.query("MATCH (d:Document) WHERE d.is_stub = false OPTIONAL MATCH (d)-[r:CITES]->() "
                               "RETURN d.key AS k, count(r) AS n")
            halves += [f"query {r['k']}: {r['n']} != {final.get(r['k'])}" for r in rows if r["n"] != final.get(r["k"])]
            store.search("nghị quyết")
            store.stats()
            for key in list(docs)[:3]:
                store.get_document(key)
                store.cites(key)
            seen.append(len(docs))
        except Exception as e:  # noqa: BLE001 - a failing read is what this test looks for
            errors.append(f"{type(e).__name__}: {e}")
            seen.append(-1)


def _check(store: Store, final: dict[str, int], seen: list[list[int]], errors: list[str]) -> None:
    """No failure, no half document, documents only ever appear, and in the end all of them."""
    done, last = threading.Event(), []
    done.set()
    _read_loop(store, final, done, last, errors)
    assert errors == [], errors[:5]
    for reads in seen:
        assert reads and reads == sorted(reads), reads
    assert last == [len(final)] and sum(map(len, seen)) >= 2
    assert any(0 < n < len(final) for reads in seen for n in reads), seen  # the reads did overlap the ingest


def test_reads_in_other_threads_during_an_in_process_ingest(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "corpus")
    final = _final(folder, tmp_path)
    store = EmbeddedStore(str(tmp_path / "db"))
    done, seen, errors = threading.Event(), [[], []], []
    readers = [threading.Thread(target=_read_loop, args=(store, final, done, reads, errors)) for reads in seen]
    for t in readers:
        t.start()
    try:
        summary = ingest_paths([folder], store, progress=False, chunk_size=CHUNK)
    finally:
        done.set()
        for t in readers:
            t.join(timeout=120)
    try:
        assert summary.files_failed == 0
        _check(store, final, seen, errors)
    finally:
        store.close()


def test_reads_from_another_process_during_an_ingest(tmp_path: Path) -> None:
    # a read from another process can wait seconds for the writer's commits and checkpoints: a longer
    # ingest (three copies, one document a commit) leaves room for reads in the middle of it
    folder = corpus(tmp_path / "corpus", copies=3)
    final = _final(folder, tmp_path)
    db = str(tmp_path / "db")
    with EmbeddedStore(db):
        pass  # the reader opens an existing (empty) store
    reader = EmbeddedStore(db, read_only=True)
    code = _ingest_cmd(folder, {"db": db})  # one document a commit
    proc = subprocess.Popen(code, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    done, seen, errors = threading.Event(), [[]], []
    watcher = threading.Thread(target=lambda: (proc.wait(), time.sleep(0.2), done.set()))
    watcher.start()
    try:
        _read_loop(reader, final, done, seen[0], errors)
        watcher.join()
        assert proc.returncode == 0, proc.stderr.read()[-2000:]
        _check(reader, final, seen, errors)
    finally:
        reader.close()


def test_reads_during_an_ingest_on_neo4j(neo4j_uri: str, tmp_path: Path) -> None:
    from graph.neo4j_store import Neo4jStore

    folder = corpus(tmp_path / "corpus")
    final = _final(folder, tmp_path)
    auth = (os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD"))
    with Neo4jStore(neo4j_uri, *auth) as writer, Neo4jStore(neo4j_uri, *auth) as reader:
        writer.clear()
        # read-committed: a read overlapping a commit may see part of it (module docstring), not counted here
        done, seen, errors, partial = threading.Event(), [[]], [], []
        t = threading.Thread(target=_read_loop, args=(reader, final, done, seen[0], errors, partial))
        t.start()
        try:
            summary = ingest_paths([folder], writer, progress=False, chunk_size=CHUNK)
        finally:
            done.set()
            t.join(timeout=120)
        assert summary.files_failed == 0
        _check(reader, final, seen, errors)


def test_a_reader_in_another_process_reads_between_the_commits_of_an_ingest(tmp_path: Path) -> None:
    """The app's reads (search, then who cites the first hit) from this process while `citegraph ingest` writes
    in small batches in another: none fails, and the reader sees the store grow batch by batch (it is never
    held off until the ingest ends). How long a read waits against one COMMIT is measured by bench/, not
    asserted here: tests never assert timings."""
    folder = write_generated_corpus(tmp_path / "docs", 300)
    db, report = str(tmp_path / "db"), tmp_path / "report.json"
    with EmbeddedStore(db):
        pass  # the reader opens an existing (empty) store, as the app does
    reader = open_store(db=db, read_only=True)
    proc = subprocess.Popen([sys.executable, "-m", "graph.cli", "ingest", "--quiet", "--chunk-size", "10",
                             "--report", str(report), "--db", db, str(folder)],
                            env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    waits, seen, errors = [], [], []
    try:
        while proc.poll() is None:
            started = time.perf_counter()
            try:
                found = reader.search("nghị quyết", limit=5)
                waits.append(time.perf_counter() - started)
                if found:
                    started = time.perf_counter()
                    reader.cited_by(found[0]["key"], limit=20)
                    waits.append(time.perf_counter() - started)
                seen.append(reader.stats()["nodes"].get("Document", 0))
            except Exception as e:  # noqa: BLE001 - a failing read is what this test looks for
                errors.append(f"{type(e).__name__}: {e}")
    finally:
        reader.close()
        proc.wait(timeout=60)
    assert proc.returncode == 0, proc.stderr.read()[-2000:]
    ingest = json.loads(report.read_text(encoding="utf-8"))
    assert errors == [], errors[:5]
    assert ingest["batches"] >= 20 and waits, (ingest["batches"], len(waits))
    assert len(set(seen)) >= 3  # the reads overlapped the ingest and saw the store grow, batch by batch


def test_a_reader_waits_for_a_commit_under_way_instead_of_reading_into_it(tmp_path: Path) -> None:
    """While a writer commits (it holds the commit lock), a read-only store's read waits, then answers from the
    committed store; and a writer that wants to commit waits for a read under way. The order of events is
    checked, not how long anything took."""
    folder = write_generated_corpus(tmp_path / "docs", 20)
    db = str(tmp_path / "db")
    _ingest(folder, {"db": db})
    reader = EmbeddedStore(db, read_only=True)
    events: list[str] = []
    held = threading.Event()

    def commit() -> None:
        with commit_lock(reader.file, exclusive=True):
            held.set()
            time.sleep(0.3)
            events.append("commit done")

    try:
        writer = threading.Thread(target=commit)
        writer.start()
        held.wait(timeout=30)
        documents = reader.stats()["nodes"]["Document"]
        events.append("read done")
        writer.join(timeout=30)
        assert events == ["commit done", "read done"] and documents > 0
        events.clear()
        with reader._held():  # a read under way (as inside `_rows`)
            writer = threading.Thread(target=commit)
            writer.start()
            time.sleep(0.3)
            events.append("read done")
        writer.join(timeout=30)
        assert events == ["read done", "commit done"]
    finally:
        reader.close()


def _repeated(keys: list) -> list:
    return [k for k, n in Counter(keys).items() if n > 1]


def test_a_reader_in_another_process_never_gets_a_row_twice_during_an_ingest(tmp_path: Path) -> None:
    """While `citegraph ingest` commits batch after batch in another process, a read-only store's answers hold no
    row twice: search hits, cited-by pages, the citers of several documents, documents by symbol, every edge of
    a type, the Cypher console's rows; and reads that answer together (one snapshot, as a search's) agree: a
    document's citer count is the number of its citers listed. LadybugDB 0.22 reads a write twice on a
    read-only connection kept open across another process's commit and checkpoint (the MENTIONS pairs of a
    batch, gone at the next open): the reads of one snapshot hold the commit lock, the console's query runs
    again under it when a commit landed during it."""
    folder = write_generated_corpus(tmp_path / "docs", 400)
    db = str(tmp_path / "db")
    with EmbeddedStore(db):
        pass  # the reader opens an existing (empty) store, as the app does
    reader = EmbeddedStore(db, read_only=True)
    proc = subprocess.Popen([sys.executable, "-m", "graph.cli", "ingest", "--quiet", "--chunk-size", "10", "--db", db,
                             str(folder)], env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    twice: list[str] = []
    seen: list[int] = []

    def note(what: str, keys: list) -> None:
        if repeated := _repeated(keys):
            twice.append(f"{what}: {repeated[:3]}")

    try:
        while proc.poll() is None:
            hits = reader.search("nghị quyết", limit=50)
            note("search", [h["key"] for h in hits])
            top = [h["key"] for h in hits[:5]]
            for key in top:
                note(f"cited_by {key}", [r["key"] for r in reader.cited_by(key, limit=500)])
            for key, rows in reader.citers_of(top, 500).items():
                note(f"citers_of {key}", [r["key"] for r in rows])
            symbols = [h["symbol"] for h in hits if h.get("symbol")]
            note("documents_with_symbols", [d["key"] for d in reader.documents_with_symbols(symbols)])
            rows = reader.query("MATCH (a:Document)-[:MENTIONS]->(b) RETURN a.key AS a, b.key AS b")
            note("query MENTIONS", [(r["a"], r["b"]) for r in rows])
            started = time.monotonic()
            with reader._one_snapshot():  # reads that answer together, held long enough for commits to come
                while time.monotonic() - started < 0.2:
                    for rel in ("MENTIONS", "CITES"):
                        note(f"edges {rel}", [(e["src"], e["dst"]) for e in reader.edges(rel)])
                    for key in top:
                        listed = reader.cited_by(key, limit=10_000)
                        if reader.citer_count(key) != len(listed):
                            twice.append(f"{key}: {reader.citer_count(key)} citers counted, {len(listed)} listed")
                    time.sleep(0.05)
            seen.append(reader.stats()["nodes"].get("Document", 0))
    finally:
        reader.close()
        proc.wait(timeout=120)
    assert proc.returncode == 0, proc.stderr.read()[-2000:]
    assert twice == [], twice[:5]
    assert len(set(seen)) >= 3, seen  # the reads overlapped the ingest


def _writer_waits(file: str) -> bool:
    """Whether a writer waits for the commit lock (it holds the turnstile exclusively: graph.embedded_child)."""
    import fcntl

    fd = os.open(os.path.realpath(file) + ".turn-lock", os.O_RDWR | os.O_CREAT, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)


def _half_stored(tmp_path: Path) -> tuple[str, Path, tuple[Any, ...]]:
    """A store of half of 120 generated documents, the folder of the other half, and what a reader reads of the
    store now (its MENTIONS and CITES edges, a search)."""
    docs = write_generated_corpus(tmp_path / "docs", 120)
    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        folder.mkdir()
    for i, file in enumerate(sorted(docs.iterdir())):
        file.rename((first if i % 2 else second) / file.name)
    db = str(tmp_path / "db")
    _ingest(first, {"db": db})
    with EmbeddedStore(db, read_only=True) as before:
        return db, second, (before.edges("MENTIONS"), before.edges("CITES"), before.search("nghị quyết", limit=50))


def test_reads_of_one_snapshot_are_not_crossed_by_another_process_s_commit(tmp_path: Path) -> None:
    """Reads that answer together (`_one_snapshot`, as a search's) while an ingest in another process wants to
    commit: the ingest waits for them, and they answer from the store as it was when they began. Without the
    lock a commit and its checkpoint land between them, and the pages they read next are the new ones under
    the old snapshot (LadybugDB 0.22: rows read twice, or 'String dictionary index is outside the offset
    table')."""
    db, second, expected = _half_stored(tmp_path)
    reader = EmbeddedStore(db, read_only=True)
    proc = None
    try:
        with reader._one_snapshot():
            reader.stats()  # the snapshot is open; the edges' pages are not read yet
            proc = subprocess.Popen([sys.executable, "-m", "graph.cli", "ingest", "--quiet", "--db", db, str(second)],
                                    env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            deadline = time.monotonic() + 100
            while not _writer_waits(reader.file) and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            waits = proc.poll() is None and _writer_waits(reader.file)
            try:
                got: Any = (reader.edges("MENTIONS"), reader.edges("CITES"), reader.search("nghị quyết", limit=50))
            except Exception as e:  # noqa: BLE001 - a read failing under a stale snapshot is what this looks for
                got = f"{type(e).__name__}: {e}"
        if got != expected:  # (the whole answers are long: say how they differ)
            assert not isinstance(got, str), got
            raise AssertionError("; ".join(
                f"{what}: {len(g)} read ({len(_repeated([str(x) for x in g]))} twice), {len(e)} before"
                for what, g, e in zip(("MENTIONS", "CITES", "search"), got, expected, strict=True) if g != e))
        assert waits  # the ingest waited to commit until the reads were done
    finally:
        reader.close()
        if proc is not None:
            assert proc.wait(timeout=300) == 0, proc.stderr.read()[-2000:]
    with EmbeddedStore(db, read_only=True) as after:
        assert len(after.edges("MENTIONS")) > len(expected[0])  # the ingest went on once the reads were done


#: an ingest that opens the store, says so, waits for a line on stdin, then says when its batch is written and
#: its COMMIT begins (`COMMITTING`), and when it is done
_SAYS_WHEN_IT_COMMITS = """
import sys, threading
from graph.embedded_store import EmbeddedStore
from graph.ingest import ingest_paths
from graph.store import COMMITTING
threading.Thread(target=lambda: (COMMITTING.wait(), print("committing", flush=True)), daemon=True).start()
with EmbeddedStore(sys.argv[1]) as store:
    print("open", flush=True)
    sys.stdin.readline()
    summary = ingest_paths([sys.argv[2]], store, progress=False)
print("done", summary.files_failed, flush=True)
"""


def test_a_writer_writes_its_batch_while_a_reader_holds_a_snapshot_and_waits_only_to_commit(tmp_path: Path) -> None:
    """An ingest in another process writes its whole batch (every COPY, SET and DELETE of its transaction) while
    a reader holds one snapshot, without waiting for it, and waits only for its COMMIT: reads hold the writer off
    for no more than its commit (before, it waited for the reads at its first COPY). Meanwhile the reader, whose
    files the uncommitted batch has written to, still answers from the committed store, row for row what it read
    before the ingest (LadybugDB 0.22 writes nothing a committed snapshot reads before COMMIT). Once the reads are
    done the batch commits and the reader's next read sees it."""
    db, second, expected = _half_stored(tmp_path)
    reader = EmbeddedStore(db, read_only=True)
    proc = subprocess.Popen([sys.executable, "-c", _SAYS_WHEN_IT_COMMITS, db, str(second)], env=_env(),
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    waited_before: list[bool] = []  # whether the writer waited for the lock before its batch was written
    said = threading.Event()

    def watch() -> None:
        while not said.is_set() and proc.poll() is None:
            if _writer_waits(reader.file):
                waited_before.append(True)
            time.sleep(0.02)

    try:
        assert proc.stdout.readline().strip() == "open", proc.stderr.read()[-2000:]  # (its open takes the lock)
        with reader._one_snapshot():
            reader.stats()
            watcher = threading.Thread(target=watch)
            watcher.start()
            proc.stdin.write("go\n")
            proc.stdin.flush()
            line = proc.stdout.readline().strip()  # "committing" once its batch is written; "" if it ended first
            said.set()
            watcher.join()
            deadline = time.monotonic() + 60
            while not _writer_waits(reader.file) and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            waits = proc.poll() is None and _writer_waits(reader.file)
            got = (reader.edges("MENTIONS"), reader.edges("CITES"), reader.search("nghị quyết", limit=50))
            still = proc.poll() is None
        assert line == "committing", proc.stderr.read()[-2000:] if proc.poll() is not None else line
        assert waited_before == []  # it wrote the batch while the snapshot was held, without waiting
        assert waits and still  # then it waited for the reads to commit
        assert got == expected  # the reads answered from the committed store
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0 and out.split() == ["done", "0"], err[-2000:]
        assert len(reader.edges("MENTIONS")) > len(expected[0])  # the same reader, its next read: the batch is there
    finally:
        reader.close()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
