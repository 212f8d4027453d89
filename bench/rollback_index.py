"""LadybugDB 0.22 after a write rolled back in a full buffer pool: the next writes fail with 'Index contains an
invalid node offset' unless the database is opened again (graph/embedded_store.py `_after_rollback`).

    python bench/rollback_index.py [--docs 800] [--pool-mb 32]

Ingests `--docs` generated documents (bench/corpus.py) in batches of 100 into a fresh store whose writer's pool is
fixed at `--pool-mb` (CITEGRAPH_BUFFER_POOL_MB), three ways: the database reopened after a rolled-back write (what
the store does), only a fresh connection on the same database, and nothing done. Prints one line a way: the files
stored, and the failed ones by the engine's error. In the 800 documents at 32 MB, the second batch's COPY of
Document fails ('The buffer pool is full'); the third batch's COPY of CITES then fails with 'invalid node offset'
(the Document table's primary-key index still names rows of the rolled-back COPY) unless the database was reopened.

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


WAYS = {"reopen the database": None, "fresh connection": _fresh_connection, "nothing": lambda store, error: None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=800)
    ap.add_argument("--pool-mb", type=int, default=32)
    ap.add_argument("--folder", help="where the documents and stores go (default a temporary folder): "
                    "the file names are stored (SourceFile), so the folder's name moves where the pool fills")
    ap.add_argument("--ways", default=",".join(WAYS), help="which ways, comma-separated")
    args = ap.parse_args()
    os.environ["CITEGRAPH_BUFFER_POOL_MB"] = str(args.pool_mb)
    with tempfile.TemporaryDirectory(prefix="citegraph-rollback-", dir=args.folder) as folder:
        docs = Path(folder, "docs")
        docs.mkdir()
        for doc in corpus.iter_docs(args.docs, 3, nfd=0.0, legacy=0.0):
            (docs / Path(doc.path).name).write_bytes(corpus.to_bytes(doc))
        reopen = es.EmbeddedStore._after_rollback
        for i, way in enumerate(args.ways.split(",")):
            after = WAYS[way]
            es.EmbeddedStore._after_rollback = after or reopen
            try:
                with es.EmbeddedStore(os.path.join(folder, f"db{i}")) as store:
                    summary = ingest_paths([str(docs)], store, progress=False, chunk_size=100)
            finally:
                es.EmbeddedStore._after_rollback = reopen
            errors = Counter(re.sub(r"\s*\(the engine's buffer pool.*", "", f.error.split("exception: ")[-1])[:60]
                             for f in summary.files if f.status == "failed")
            stored = sum(f.status == "stored" for f in summary.files)
            print(f"{args.pool_mb} MB, {way}: {stored} files stored; failed: " + "; ".join(f"{n} '{e}'" for e, n in errors.most_common()))


if __name__ == "__main__":
    main()
