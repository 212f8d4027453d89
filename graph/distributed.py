"""Extraction as a map over documents on Dask: the same per-file step as `citegraph extract`.

    from graph.distributed import extract_lines
    lines = extract_lines(paths, scheduler="processes", workers=2)

Batches of paths become Dask bags mapped with `graph.pipeline.extract_json` (read, extract, annotate, the JSON
of the contract) on Dask's local `processes` or `threads` scheduler. Lines come back in input order, so the
output is byte for byte that of the sequential command; one batch is held at a time (memory follows the
batch, not the corpus) and one process pool serves every batch (Dask's `pool=`).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial

import dask.bag as db

from graph.pipeline import extract_json

SCHEDULERS = ("processes", "threads", "sync")
BATCH = 2000  # files a Dask computation


def _partitions(count: int, workers: int) -> int:
    """Four partitions a worker (so a slow one does not hold the others back), at most one a file."""
    return max(1, min(count, 4 * workers))


@contextmanager
def _pool(scheduler: str, workers: int) -> Iterator[Executor | None]:
    """One process pool for every batch; None for the other schedulers. Workers fork from a clean server
    process (forkserver, as graph/ingest.py), not from this process, which may hold a store's threads."""
    if scheduler != "processes":
        yield None
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else None)
    pool = ProcessPoolExecutor(workers, mp_context=context)
    try:
        yield pool
    finally:
        pool.shutdown(cancel_futures=True)


def iter_results(paths: Sequence[str], scheduler: str = "processes", workers: int = 2, batch: int = BATCH,
                 jsonl: bool = True) -> Iterator[tuple[str, bool]]:
    """(JSON text, failed) of each path, in input order, one Dask bag computation a batch of files."""
    if scheduler not in SCHEDULERS:
        raise ValueError(f"scheduler must be one of {', '.join(SCHEDULERS)}, not {scheduler!r}")
    step = partial(extract_json, jsonl=jsonl)
    with _pool(scheduler, workers) as pool:
        for start in range(0, len(paths), batch):
            chunk = [str(p) for p in paths[start:start + batch]]
            bag = db.from_sequence(chunk, npartitions=_partitions(len(chunk), workers)).map(step)
            options = {"pool": pool} if pool else {}
            yield from bag.compute(scheduler=scheduler, num_workers=workers, **options)


def extract_results(paths: Sequence[str], scheduler: str = "processes", workers: int = 2, batch: int = BATCH,
                    jsonl: bool = True) -> list[tuple[str, bool]]:
    """`iter_results` as a list."""
    return list(iter_results(paths, scheduler, workers, batch, jsonl))


def extract_lines(paths: Sequence[str], scheduler: str = "processes", workers: int = 2,
                  batch: int = BATCH) -> list[str]:
    """The JSON lines of `citegraph extract --jsonl` for `paths`, in input order, computed on Dask."""
    return [line for line, _failed in iter_results(paths, scheduler, workers, batch)]
