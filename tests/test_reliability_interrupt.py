"""Ctrl-C: a `citegraph ingest` given SIGINT after its first batch is stored stops within two seconds with
exit code 130, its report written and marked interrupted, its worker processes gone, and the store holding
whole documents only (every stored document with all its citations, none of the batch being written); the
same ingest again stores the rest. On both stores, and with extraction on a Dask cluster (which serves
the next ingest)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import write_generated_corpus
from test_reliability_crash import _clear, _env, _open

from graph.pipeline import extract_file
from graph.store import StoreError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

DOCS = 1000  # generated documents: enough that the ingest is still running when the test, polling the store
# (an embedded store opens after the writer's checkpoint), sees its first batch and sends Ctrl-C
CHUNK = 25  # documents a write: the first is stored a few seconds in


def _ingest_cmd(folder: Path, where: dict[str, str], report: Path, dask: str | None = None) -> list[str]:
    store = ["--db", where["db"]] if "db" in where else ["--neo4j", where["neo4j"]]
    extraction = ["--dask", dask] if dask else ["--workers", "2"]
    return [sys.executable, "-m", "graph.cli", "ingest", "--quiet", *extraction, "--chunk-size", str(CHUNK),
            "--report", str(report), *store, str(folder)]


@pytest.fixture(scope="module")
def dask_scheduler() -> Iterator[str]:
    """A real Dask scheduler with two one-thread workers on loopback (bench/cluster.py)."""
    from cluster import loopback_cluster

    with loopback_cluster(workers=2, threads=1) as address:
        yield address


def _documents_stored(where: dict[str, str]) -> int:
    """Read documents in the store now (0 while the embedded store does not exist yet)."""
    if "db" in where and not (Path(where["db"]) / "graph.lbug").exists():
        return 0
    try:
        with _open(where) as store:
            return sum(not d["is_stub"] for d in store.nodes("Document"))
    except StoreError:  # opened while the ingest creates the store: look again
        return 0


def _citations(where: dict[str, str]) -> dict[str, int]:
    """Outgoing CITES of every read document in the store."""
    with _open(where) as store:
        counts = Counter(e["src"] for e in store.edges("CITES"))
        return {d["key"]: counts.get(d["key"], 0) for d in store.nodes("Document") if not d["is_stub"]}


def _cited_by_extraction(path: str) -> int:
    """The documents a file cites, by `citegraph extract`'s own resolution."""
    return len({r["key"] for r in extract_file(path).to_contract()["references"] if r.get("key")})


def _group_gone(pgid: int, within: float = 5.0) -> bool:
    """Whether every process of the group (the ingest, its forkserver and workers) has ended."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def _stopped_after_first_batch(proc: subprocess.Popen, where: dict[str, str], report: Path,
                               stop: Callable[[int], None], what: str) -> dict[str, str]:
    """Once the ingest `proc` (in its own process group) has committed its first batch, `stop` it (given the group):
    it exits with 130 within two seconds, no process of its group left, saying it was interrupted, and its report
    says so; the store holds exactly the documents the report lists as stored, each with every document it cites.
    Those documents (key → path)."""
    try:
        while _documents_stored(where) == 0:  # the first batch is committed
            assert proc.poll() is None, proc.stderr.read()[-2000:]
            time.sleep(0.2)
        stop(proc.pid)
        sent = time.monotonic()
        code = proc.wait(timeout=60)
        stopped_in = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    stderr = proc.stderr.read()
    assert code == 130, stderr[-2000:]
    assert stopped_in < 2.0, f"stopped {stopped_in:.2f} s after {what}"
    assert _group_gone(proc.pid), "a worker process outlived the ingest"
    assert f"interrupted ({what})" in stderr and "Traceback" not in stderr, stderr[-2000:]
    first = json.loads(report.read_text(encoding="utf-8"))
    assert first["interrupted"] is True
    assert first["stopped_by"] == ("SIGINT" if what == "Ctrl-C" else what)
    stored = {f["key"]: f["path"] for f in first["files"] if f["status"] == "stored"}
    assert 0 < len(stored) < DOCS and first["files_read"] == len(stored)
    citations = _citations(where)  # whole documents only
    assert set(citations) == set(stored)
    assert {k: citations[k] for k in stored} == {k: _cited_by_extraction(p) for k, p in stored.items()}
    return stored


@pytest.mark.parametrize("kind", ["embedded", "neo4j", "embedded, extraction on a Dask cluster"])
def test_ctrl_c_stops_an_ingest_within_two_seconds_and_the_next_ingest_stores_the_rest(
        kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    folder = write_generated_corpus(tmp_path / "docs", DOCS)
    where = {"neo4j": request.getfixturevalue("neo4j_uri")} if kind == "neo4j" else {"db": str(tmp_path / "db")}
    dask = request.getfixturevalue("dask_scheduler") if "Dask" in kind else None
    _clear(where)
    report = tmp_path / "first.json"
    # its own process group, as a shell gives a command: Ctrl-C at a terminal reaches the ingest and its workers
    # (a Dask cluster's processes are not in it: they run on, and the ingest cancels its tasks)
    proc = subprocess.Popen(_ingest_cmd(folder, where, report, dask), env=_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    stored = _stopped_after_first_batch(proc, where, report, lambda group: os.killpg(group, signal.SIGINT), "Ctrl-C")

    again = tmp_path / "second.json"
    proc = subprocess.run(_ingest_cmd(folder, where, again, dask), env=_env(), capture_output=True, text=True,
                          timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    second = json.loads(again.read_text(encoding="utf-8"))
    assert second["interrupted"] is False and second["files_read"] == DOCS
    assert {f["path"] for f in second["files"] if f["status"] == "unchanged"} == set(stored.values())
    every = {f["key"]: f["path"] for f in second["files"]}
    citations = _citations(where)
    assert set(citations) == set(every)
    assert citations == {k: _cited_by_extraction(p) for k, p in every.items()}


class _NativeCallback:
    """Stands for a store's native code calling back into Python: Python cannot raise out of `__del__`, so
    a KeyboardInterrupt raised there is swallowed (reported to sys.unraisablehook), as in such a callback."""

    def __del__(self) -> None:
        signal.raise_signal(signal.SIGINT)


def test_a_ctrl_c_swallowed_by_native_code_still_stops_the_ingest_when_the_batch_is_recorded(
        capfd: pytest.CaptureFixture[str]) -> None:
    from graph.ingest import _batch_recorded, _ctrl_c

    with _ctrl_c():
        _NativeCallback()  # Ctrl-C arrives inside it: no KeyboardInterrupt reaches the ingest here
        with pytest.raises(KeyboardInterrupt):
            _batch_recorded()  # ... but the batch being written is the last one
    assert "Traceback" not in capfd.readouterr().err
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    _batch_recorded()  # a later ingest is not stopped by it


def _started_in_the_background() -> None:
    """As a shell starts `citegraph ingest … &` from a script (or under nohup): SIGINT ignored, in its own group."""
    os.setsid()
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def test_sigterm_stops_a_background_ingest_that_ignores_ctrl_c_like_ctrl_c(tmp_path: Path) -> None:
    folder = write_generated_corpus(tmp_path / "docs", DOCS)
    where = {"db": str(tmp_path / "db")}
    report = tmp_path / "first.json"
    proc = subprocess.Popen(_ingest_cmd(folder, where, report), env=_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, preexec_fn=_started_in_the_background)

    def ignored_then_terminated(group: int) -> None:
        os.killpg(group, signal.SIGINT)
        time.sleep(1.0)
        assert proc.poll() is None, "an ingest that inherited SIGINT ignored keeps it ignored"
        os.killpg(group, signal.SIGTERM)  # `kill PID` (the workers get it too: the ingest ends them anyway)

    stored = _stopped_after_first_batch(proc, where, report, ignored_then_terminated, "SIGTERM")

    again = tmp_path / "second.json"
    proc = subprocess.run(_ingest_cmd(folder, where, again), env=_env(), capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    second = json.loads(again.read_text(encoding="utf-8"))
    assert second["interrupted"] is False and second["files_read"] == DOCS
    assert {f["path"] for f in second["files"] if f["status"] == "unchanged"} == set(stored.values())
    assert set(_citations(where)) == {f["key"] for f in second["files"]}


_HALF_WRITTEN = '''
import gc, multiprocessing.queues, os, pathlib, struct, sys, time

def half_written(marker):
    """A result cut off as it is sent: its length and the first bytes of it in the result pipe."""
    queue = next(o for o in gc.get_objects() if isinstance(o, multiprocessing.queues.SimpleQueue))
    os.write(queue._writer.fileno(), struct.pack("!i", 1 << 20) + b"x" * 1000)
    pathlib.Path(marker).touch()
    time.sleep(60)
'''

_STOP_WORKERS = '''
import multiprocessing, pathlib, sys, time
from graph.ingest import _Workers
from halfwritten import half_written

workers = _Workers(1, multiprocessing.get_context("forkserver"))
workers.submit([])
workers.pool.submit(half_written, sys.argv[1])
if sys.argv[2] == "resting":
    workers.rest()
while not pathlib.Path(sys.argv[1]).exists():
    time.sleep(0.05)
workers.stop()
workers.close()
'''


@pytest.mark.parametrize("pool", ["working", "resting"])
def test_workers_stopped_while_one_sends_its_result_do_not_keep_the_ingest_from_exiting(
        pool: str, tmp_path: Path) -> None:
    (tmp_path / "halfwritten.py").write_text(_HALF_WRITTEN, encoding="utf-8")
    env = {**_env(), "PYTHONPATH": os.pathsep.join([str(tmp_path), str(Path(__file__).resolve().parent.parent)])}
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", _STOP_WORKERS, str(tmp_path / "sent"), pool], env=env,
                          capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert time.monotonic() - started < 10, "the process waited for its pool's thread"


#: `citegraph ingest` with the signal SIGNAME sent to itself while its store, opened for writing, rebuilds the search
#: index an interrupted ingest left unbuilt: at the first Document's words it reads (the index dropped by then)
_DURING_REBUILD = '''
import os, signal, sys
import graph.embedded_store as es
words = es.search_words
def signalled(text, has_symbol):
    es.search_words = words
    os.kill(os.getpid(), signal.SIGNAME)
    return words(text, has_symbol)
es.search_words = signalled
from graph.cli import main
sys.exit(main(sys.argv[1:]))
'''


@pytest.mark.parametrize("how", ["Ctrl-C", "SIGTERM"])
def test_a_signal_while_the_store_rebuilds_its_search_index_at_open_still_writes_the_report(
        how: str, tmp_path: Path) -> None:
    from graph.embedded_store import EmbeddedStore
    from graph.ingest import ingest_paths

    folder = write_generated_corpus(tmp_path / "docs", 30)
    db = str(tmp_path / "db")
    with EmbeddedStore(db) as store:  # as an interrupted large ingest leaves it: stored, the search index not built
        ingest_paths([folder], store, progress=False)
        store.defer_search_index()
    report = tmp_path / "report.json"
    name = "SIGINT" if how == "Ctrl-C" else how
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run([sys.executable, "-c", _DURING_REBUILD.replace("SIGNAME", name), "ingest", "--quiet",
                           "--report", str(report), "--db", db, str(folder)], env=_env(), cwd=root,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 130, proc.stderr[-2000:]
    assert f"interrupted ({how})" in proc.stderr and "Traceback" not in proc.stderr, proc.stderr[-2000:]
    written = json.loads(report.read_text(encoding="utf-8"))
    assert written["interrupted"] is True and written["stopped_by"] == name
    assert written["files_read"] == 0 and written["files"] == []

    again = subprocess.run(_ingest_cmd(folder, {"db": db}, tmp_path / "again.json"), env=_env(), cwd=root,
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr[-2000:]
    second = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert second["files_read"] == 30 and second["files_skipped"] == 30  # all stored by the first ingest
    with EmbeddedStore(db, read_only=True) as store:
        title = next(d["title"] for d in store.nodes("Document") if d["title"] and not d["is_stub"])
        assert store._search_index, "the next ingest rebuilt the search index"
        assert any(r["title"] == title for r in store.search(title, 50))
