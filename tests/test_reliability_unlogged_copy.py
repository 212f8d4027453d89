"""A write committed but never checkpointed must not cost the store. LadybugDB 0.22 writes the rows a COPY adds to a
table that holds rows straight into the file and does not log them: they become part of the store at the checkpoint
after the COMMIT. A process that dies between the two (killed, or out of memory) leaves a log whose replay writes to
rows that are not there: it loses them while it applies the rest of the write, or whatever opens the store next dies of
a segmentation fault (bench/unlogged_copy.py shows both on the engine alone; a 1 M-document ingest met the second at
245 000 documents). The writer checkpoints every commit, so a log it finds when it opens is such a write's: it sets the
log aside and opens the store as its last checkpoint left it; the files of that write were never recorded as stored,
so the next ingest reads them again.

Here the death between COMMIT and checkpoint is real: the child turns the engine's automatic checkpoint off, ingests
a second folder (one transaction of COPYs and updates), and leaves without closing the store."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, write_generated_corpus

from graph.embedded_store import EmbeddedStore
from graph.ingest import ingest_paths
from graph.store import StoreError

COMMIT_THEN_DIE = """
import os, sys
from graph.embedded_store import EmbeddedStore
from graph.ingest import ingest_paths
store = EmbeddedStore(sys.argv[1])
store._connection().execute("CALL auto_checkpoint=false")  # the COMMIT stands; its checkpoint never comes
summary = ingest_paths([sys.argv[2]], store, progress=False)
print("STORED", summary.files_read - summary.files_failed, flush=True)
os._exit(0)  # killed before any checkpoint: the log stays as the commit left it
"""


def test_a_write_committed_and_never_checkpointed_is_set_aside_and_read_again(tmp_path: Path) -> None:
    db = tmp_path / "db"
    with EmbeddedStore(str(db)) as store:
        first = ingest_paths([str(EXAMPLES)], store, progress=False)
        documents = store.stats()["nodes"]["Document"]
    assert first.files_failed == 0 and documents > 0
    more = write_generated_corpus(tmp_path / "more", 300)
    died = subprocess.run([sys.executable, "-c", COMMIT_THEN_DIE, str(db), str(more)], capture_output=True, text=True,
                          timeout=600)
    assert died.returncode == 0 and "STORED 300" in died.stdout, died.stderr[-3000:]
    log = db / "graph.lbug.wal"
    size = log.stat().st_size
    assert size > 0  # the commit's log, its checkpoint never done
    with pytest.raises(StoreError, match="holds the log of a write whose checkpoint never ended.*citegraph ingest"):
        EmbeddedStore(str(db), read_only=True)  # a reader (the app) is told what to do, never replays it

    with EmbeddedStore(str(db)) as store:  # the writer opens it: the log set aside, the last checkpoint's store
        assert store.log_set_aside is not None and Path(store.log_set_aside).stat().st_size == size
        assert not log.exists()
        assert store.stats()["nodes"]["Document"] == documents
        assert store.unfindable_nodes() == []
        again = ingest_paths([str(EXAMPLES), str(more)], store, progress=False)
        # the examples were stored before the log: unchanged; the 300 files of the lost write are read again
        assert again.files_skipped == first.files_read and again.files_read - again.files_skipped == 300
        assert again.files_failed == 0
        stored = store.stats()["nodes"]["Document"]
    with EmbeddedStore(str(tmp_path / "clean")) as clean:
        ingest_paths([str(EXAMPLES), str(more)], clean, progress=False)
        assert clean.stats()["nodes"]["Document"] == stored
    with EmbeddedStore(str(db), read_only=True) as store:  # and another process reads them
        assert store.stats()["nodes"]["Document"] == stored
