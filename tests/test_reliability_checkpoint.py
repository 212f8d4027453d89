"""A write whose commit succeeded but whose checkpoint failed is reported as what it is: committed, checkpoint
failed, in the ingest summary, with the files stored (not failed, not rolled back). The checkpoint fails for
real: the ingesting process may not grow a file past 64 KiB (RLIMIT_FSIZE), which the write-ahead log of the
examples stays under and the database file, written at the checkpoint, does not. Once the limit is lifted,
closing the store checkpoints and another process reads every document."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import EXAMPLES

from graph.embedded_store import EmbeddedStore
from graph.ingest import ingest_paths

CHILD = """
import resource, signal, sys
from graph.embedded_store import EmbeddedStore
from graph.ingest import ingest_paths
db, folder = sys.argv[1], sys.argv[2]
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing us
store = EmbeddedStore(db, checkpoint_threshold=0)  # every commit checkpoints
resource.setrlimit(resource.RLIMIT_FSIZE, (65536, resource.RLIM_INFINITY))
summary = ingest_paths([folder], store, progress=False)
print(summary.render(), flush=True)
print("STATUS", *sorted({f.status for f in summary.files}))
print("READ", store.stats()["nodes"]["Document"])
resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
store.close()
"""


def test_a_failed_checkpoint_after_a_commit_is_reported_as_committed(tmp_path: Path) -> None:
    db = str(tmp_path / "db")
    proc = subprocess.run([sys.executable, "-c", CHILD, db, str(EXAMPLES)], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = proc.stdout
    assert "committed, checkpoint failed: IO exception" in out and "File too large" in out, out
    assert "rolled back" not in out
    assert "STATUS stored\n" in out and "0 failed" in out  # no file is reported failed: their writes stand
    with EmbeddedStore(str(tmp_path / "clean")) as clean:
        expected = ingest_paths([str(EXAMPLES)], clean, progress=False)
        documents = clean.stats()["nodes"]["Document"]
    assert f"READ {documents}\n" in out  # the writer reads what it committed
    assert f"nodes: {expected.nodes_created} created" in out
    with EmbeddedStore(db, read_only=True) as store:  # closed with the limit lifted: checkpointed, all there
        assert store.stats()["nodes"]["Document"] == documents
        assert len(store.cited_by("35-NQ/TW@2018")) >= 3


def test_a_checkpoint_that_succeeds_reports_nothing(tmp_path: Path) -> None:
    with EmbeddedStore(str(tmp_path / "db"), checkpoint_threshold=0) as store:
        summary = ingest_paths([str(EXAMPLES)], store, progress=False)
    assert summary.files_failed == 0 and summary.checkpoint_error is None
    assert "checkpoint failed" not in summary.render()
