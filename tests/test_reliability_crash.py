"""Crash safety: `kill -9` in the middle of an ingest, then the same ingest again, gives the graph a clean
ingest gives (counts and a content checksum), on both stores; a second process that opens an embedded
store another process holds gets a clear error, and the store is intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import example_texts, write_generated_corpus
from test_store_contract import checksum

from graph.embedded_store import EmbeddedStore
from graph.store import Store, StoreError

COPIES = 1
# One document a write: many commits for the kill to land between (and a resumed ingest groups what is left
# differently from a clean one, which the graph must not depend on: tests/test_batching.py).
CHUNK = 1
GENERATED = 60


def corpus(folder: Path, copies: int = COPIES) -> Path:
    """The example articles and GENERATED documents of bench/corpus.py, each in `copies` variants (distinct
    documents), as .txt files."""
    generated = write_generated_corpus(folder.parent / f"{folder.name}-generated", GENERATED)
    passages = example_texts() + sorted(generated.iterdir())
    folder.mkdir()
    for p in passages:
        text = p.read_text(encoding="utf-8")
        for i in range(copies):
            (folder / f"{p.stem}-{i}.txt").write_text(text, encoding="utf-8")
    return folder


def _ingest_cmd(folder: Path, where: dict[str, str]) -> list[str]:
    """A child process that ingests `folder` in small chunks (many commits), quietly."""
    code = ("import sys; from graph.store import open_store; from graph.ingest import ingest_paths\n"
            f"with open_store(db={where.get('db')!r}, neo4j_uri={where.get('neo4j')!r}) as s:\n"
            f"    r = ingest_paths([{str(folder)!r}], s, progress=False, chunk_size={CHUNK})\n"
            "sys.exit(2 if r.files_failed else 0)")
    return [sys.executable, "-c", code]


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "NEO4J_URI"}


def _ingest(folder: Path, where: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.run(_ingest_cmd(folder, where), capture_output=True, text=True, env=_env(), timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return time.perf_counter() - started


def _killed_ingest(folder: Path, where: dict[str, str], after: float) -> bool:
    """Start an ingest and SIGKILL it after `after` seconds; whether it was still running then."""
    proc = subprocess.Popen(_ingest_cmd(folder, where), env=_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    time.sleep(after)
    if proc.poll() is not None:
        return False
    os.kill(proc.pid, signal.SIGKILL)
    code = proc.wait(timeout=30)
    assert code in (-signal.SIGKILL, 0), code  # 0: it finished just before the signal
    return code == -signal.SIGKILL


def _open(where: dict[str, str]) -> Store:
    if "db" in where:
        return EmbeddedStore(where["db"], read_only=True)
    from graph.neo4j_store import Neo4jStore

    return Neo4jStore(where["neo4j"], os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD"))


def _state(where: dict[str, str]) -> tuple[dict, str]:
    with _open(where) as store:
        return store.stats(), checksum(store)


def _clear(where: dict[str, str]) -> None:
    if "neo4j" in where:
        with _open(where) as store:
            store.clear()


@pytest.mark.parametrize("kind", ["embedded", "neo4j"])
def test_kill_during_ingest_then_ingest_again_equals_a_clean_ingest(kind: str, tmp_path: Path,
                                                                   request: pytest.FixtureRequest) -> None:
    folder = corpus(tmp_path / "corpus")
    if kind == "neo4j":
        clean = killed = {"neo4j": request.getfixturevalue("neo4j_uri")}
    else:
        clean, killed = {"db": str(tmp_path / "clean")}, {"db": str(tmp_path / "killed")}
    _clear(clean)
    seconds = _ingest(folder, clean)
    expected = _state(clean)
    assert expected[0]["nodes"]["Document"] >= len(list(folder.iterdir()))
    _clear(killed)
    # crashes at different points, each on top of the last (a later one may find the ingest already done)
    kills = [_killed_ingest(folder, killed, after=max(0.3, seconds * f)) for f in (0.35, 0.5, 0.7)]
    assert kills[0], "the first ingest finished before it could be killed"
    _ingest(folder, killed)
    assert _state(killed) == expected
    _ingest(folder, killed)  # and once more: nothing changes
    assert _state(killed) == expected


def test_second_process_gets_a_clear_error_and_the_store_is_intact(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "corpus")
    db = str(tmp_path / "db")
    _ingest(folder, {"db": db})
    before = _state({"db": db})
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time\nfrom graph.embedded_store import "
                               f"EmbeddedStore\ns = EmbeddedStore({db!r})\nprint('open', flush=True)\ntime.sleep(60)"],
                              stdout=subprocess.PIPE, text=True, env=_env())
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match=rf"open for writing by process {holder.pid}"):
            EmbeddedStore(db)
        assert _state({"db": db}) == before  # reading works meanwhile, and sees everything
    finally:
        holder.kill()
        holder.wait()
    with EmbeddedStore(db) as store:  # the holder died without closing: the store opens for writing again
        assert store.stats() == before[0] and checksum(store) == before[1]


def test_cli_second_writer_exits_with_a_message(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "corpus")
    db = str(tmp_path / "db")
    with EmbeddedStore(db):
        pass
    holder = subprocess.Popen([sys.executable, "-c", "import time\nfrom graph.embedded_store import EmbeddedStore\n"
                               f"s = EmbeddedStore({db!r})\nprint('open', flush=True)\ntime.sleep(60)"],
                              stdout=subprocess.PIPE, text=True, env=_env())
    try:
        assert holder.stdout.readline().strip() == "open"
        proc = subprocess.run([sys.executable, "-m", "graph.cli", "ingest", "--quiet", "--db", db, str(folder)],
                              capture_output=True, text=True, env=_env(), timeout=120)
        assert proc.returncode not in (0, 2) and "open for writing" in proc.stderr
        assert "Traceback" not in proc.stderr
    finally:
        holder.kill()
        holder.wait()
