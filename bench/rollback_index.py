"""LadybugDB 0.22 after a write rolled back in a full buffer pool: the next writes fail with 'Index contains an
invalid node offset' unless the database is opened again, and a checkpoint of that state can write a file that does
not open (graph/embedded_store.py `_after_rollback`).

    python bench/rollback_index.py --folder /tmp/pytest-of-root/pytest-99/test_a_buffer_pool_too_small_f0 --runs 3

Ingests `--docs` generated documents (bench/corpus.py) in batches of 100 into a fresh store whose writer's pool is
fixed at `--pool-mb` (CITEGRAPH_BUFFER_POOL_MB), doing after each rolled-back write one of: `reopen` (what the store
does: the database closed without a checkpoint, `CALL force_checkpoint_on_close=false`, and opened again, replaying
its log), `reopen-checkpointing` (closed with the checkpoint a close makes), `fresh-connection` (a new connection on
the same database) or `nothing`. Prints one line a way and run: the files stored, the failed ones by the engine's
error, and whether the store then opens read-only in the engine's default pool with every stored document. The file
names are stored (SourceFile), so where the pool fills moves with the folder's name: with the folder above (the
length of pytest's), the second batch's COPY of Document fails ('The buffer pool is full', rolled back) and then

    32 MB, reopen: 100 files stored; failed: 700 'Unable to allocate memory! …'; read back 100 of 100     (3 runs of 3)
    32 MB, reopen-checkpointing: the reopen fails, 'Cannot read PIP page 597504 from disk: out of bounds for file
        with 4229 pages. The database file may be corrupted.' (3 of 3; one store then did not open at all)
    32 MB, fresh-connection: … 600 'Index contains an invalid node offset. Please drop and rebuild the index' …
    32 MB, nothing: … 100 'Index contains an invalid node offset. …' (the third batch's COPY of CITES names keys
        the Document table's primary-key index still holds from the rolled-back COPY)

What the engine alone does: the statements of that ingest, recorded and replayed by plain `ladybug` calls on a
fresh database with a 32 MB pool, and cut down to those the failure needs (25 of 107: the schema, the first
batch's COPYs of Document, DocumentSymbol and CITES, the reads of the second batch, its failing COPY of Document,
then the third batch's COPY of Document and its COPY of CITES) give the same error without any transaction
(each COPY commits on its own). A synthetic store with generated rows did not fill the pool the same way (the
failing COPY must fail for want of pool and the next ones fit). The engine's own record: LadybugDB PRs #523 (a
failed COPY's rollback of the hash primary-key index), #932 (stale hash-index entries after COPY) and #944 (this
error message, 'Please drop and rebuild the index').
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import ladybug

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

import graph.embedded_store as es  # noqa: E402
from graph.ingest import ingest_paths  # noqa: E402


def _fresh_connection(store: es.EmbeddedStore, error: BaseException) -> None:
    """Only a new connection on the same database after a rolled-back write."""
    store._conn.close()
    store._conn = ladybug.Connection(store._db)
    store._handles[:] = [store._conn, store._db]


def _reopen_checkpointing(store: es.EmbeddedStore, error: BaseException) -> None:
    """The database closed with its checkpoint after a rolled-back write, and opened again."""
    try:
        store._reopen(checkpoint=True)
    except (es.StoreError, RuntimeError) as e:
        print(f"  reopen failed: {str(e)[-120:]}", file=sys.stderr)


#: what is done after a rolled-back write (None: what the store does, EmbeddedStore._after_rollback)
WAYS = {"reopen": None, "reopen-checkpointing": _reopen_checkpointing, "fresh-connection": _fresh_connection,
        "nothing": lambda store, error: None}


def _reads_back(db: str, stored: list[str]) -> str:
    """Whether the store opens read-only in the engine's default pool with every stored file's document."""
    pool = os.environ.pop("CITEGRAPH_BUFFER_POOL_MB")
    try:
        with es.EmbeddedStore(db, read_only=True) as store:
            found = {d["key"] for d in store.documents(sorted(stored)) if not d.get("is_stub")}
        return f"read back {len(found & set(stored))} of {len(stored)}"
    except (es.StoreError, RuntimeError) as e:
        return f"does not open: {str(e)[-90:]}"
    finally:
        os.environ["CITEGRAPH_BUFFER_POOL_MB"] = pool


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=800)
    ap.add_argument("--pool-mb", type=int, default=32)
    ap.add_argument("--folder", help="where the documents and stores go (default a temporary folder): the file "
                    "names are stored (SourceFile), so the folder's name moves where the pool fills")
    ap.add_argument("--ways", default=",".join(WAYS), help=f"comma-separated, of {', '.join(WAYS)}")
    ap.add_argument("--runs", type=int, default=1, help="runs of each way")
    args = ap.parse_args()
    os.environ["CITEGRAPH_BUFFER_POOL_MB"] = str(args.pool_mb)
    if args.folder:
        os.makedirs(args.folder, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="citegraph-rollback-", dir=args.folder) as folder:
        docs = Path(folder, "docs")
        docs.mkdir()
        for doc in corpus.iter_docs(args.docs, 3, nfd=0.0, legacy=0.0):
            (docs / Path(doc.path).name).write_bytes(corpus.to_bytes(doc))
        store_does = es.EmbeddedStore._after_rollback
        for run in range(args.runs):
            for way in args.ways.split(","):
                db = os.path.join(folder, f"{way}-{run}")
                es.EmbeddedStore._after_rollback = WAYS[way] or store_does
                try:
                    with es.EmbeddedStore(db) as store:
                        summary = ingest_paths([str(docs)], store, progress=False, chunk_size=100)
                    failed = Counter(re.sub(r"\s*\(the engine's buffer pool.*", "", f.error.split("exception: ")[-1])[:60]
                                     for f in summary.files if f.status == "failed")
                    stored = [f.key for f in summary.files if f.status == "stored"]
                    said = f"{len(stored)} files stored; failed: " + "; ".join(f"{n} '{e}'" for e, n in failed.most_common())
                    said += "; " + _reads_back(db, stored)
                except (es.StoreError, RuntimeError) as e:
                    said = f"the ingest stopped: {str(e)[-120:]}"
                finally:
                    es.EmbeddedStore._after_rollback = store_does
                print(f"{args.pool_mb} MB, {way}: {said}", flush=True)


if __name__ == "__main__":
    main()
