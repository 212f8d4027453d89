"""LadybugDB 0.22 on more than one thread loses primary-key index entries of nodes written into a store opened
again, in a pool that cannot hold what the writes touch: the rows are stored, a lookup by their key does not find
them (graph/embedded_store.py WRITER_THREADS).

    python bench/reopen_index.py --runs 4 --threads 0      # 72 MB, the engine's threads: lost in most runs
    python bench/reopen_index.py --runs 4                  # on one thread (the writer's, WRITER_THREADS): none
    python bench/reopen_index.py --runs 4 --threads 0 --pool-mb 2048   # none lost

Each run ingests the first `--first` files of `--docs` generated documents (bench/corpus.py) into a fresh store whose
writer's pool is `--pool-mb`, closes it, opens it again and ingests the other files (`--threads`: the most threads
the writer's engine runs on, 0 its default, one a core). Then every node table is read twice: every row by a scan, and every
key by a lookup through the primary-key index, by the writer and again by a read-only open in the engine's default
pool (what is lost is lost on disk). Prints one line a run: the nodes the ingests reported created, and the rows a
lookup by their key does not find at their place (label, key, row), and those the ingests' summaries named.

A row that is not found is invisible to every write that asks whether its key exists: the next batch that names
it creates it again (two Agency rows of one key, one node more "created": the flaky `nodes_created` of
tests/test_reliability_checkpoint.py::test_the_writers_own_pool_grows_when_a_write_needs_more_and_nothing_is_lost,
whose writer opens its database again when its pool grows), and to every read by key. The entries are gone right
after the commit that created the nodes (inside the transaction a lookup still finds them): each write looks them
up and says so (`WriteSummary.unindexed`, graph/embedded_store.py `_unindexed`).

Measured here (2 cores shared, 800 documents, 72 MB), on the engine's default threads (two): entries lost in 12 of
19 runs (1 to 3 a run: Agency, Event, twice an article's Document; all created by the second ingest; the read-only
open in the default pool does not find them either; the ingests' summaries named each one, 2 of 2 runs); on one thread (the writer's now, WRITER_THREADS): 0 of 4.
With the store opened again inside one ingest instead (after its first batch, as a grown pool does): 9 of 9 on two
threads, 0 of 10 on one. Nodes written by `UNWIND … CREATE` instead of COPY, two threads: 4 of 4. 2048 MB: none
lost (0 of 10, four of them with the store opened again). Not needed: a rolled-back write (the flaky test's
rolled-back write leaves the files byte for byte as they were, and a write made to fail in a large pool loses
nothing), or batches in another order (the ingest's batches are the same in every run).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

import graph.embedded_store as es  # noqa: E402
from graph.ingest import ingest_paths  # noqa: E402


def run(folder: Path, files: list[str], first: int) -> str:
    """Two ingests into one store (the second opens it again); what a lookup by key does not find."""
    created, said = 0, []
    for part in (files[:first], files[first:]):
        with es.EmbeddedStore(str(folder / "db")) as store:
            summary = ingest_paths(part, store, progress=False, chunk_size=100)
            created, said = created + summary.nodes_created, said + summary.unindexed
            lost = store.unfindable_nodes()
    with es.EmbeddedStore(str(folder / "db"), read_only=True) as store:  # the engine's default pool
        again = store.unfindable_nodes()
    return (f"{created} nodes created; not found by key: {lost or 'none'}; read-only, default pool: "
            f"{again or 'none'}; the ingests said: {said or 'none'}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=800)
    ap.add_argument("--first", type=int, default=100)
    ap.add_argument("--pool-mb", type=int, default=72)
    ap.add_argument("--threads", type=int, default=es.WRITER_THREADS)
    ap.add_argument("--runs", type=int, default=1)
    args = ap.parse_args()
    os.environ.pop("CITEGRAPH_BUFFER_POOL_MB", None)
    es.WRITER_POOL_MB = args.pool_mb
    es.WRITER_THREADS = args.threads
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="citegraph-index-") as tmp:
            docs = Path(tmp) / "docs"
            docs.mkdir()
            for doc in corpus.iter_docs(args.docs, 3, nfd=0.0, legacy=0.0):
                (docs / Path(doc.path).name).write_bytes(corpus.to_bytes(doc))
            line = run(Path(tmp), sorted(str(p) for p in docs.iterdir()), args.first)
            print(f"{args.pool_mb} MB, threads {args.threads or 'the engine default'}: {line}", flush=True)


if __name__ == "__main__":
    main()
