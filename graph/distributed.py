"""Extraction as a map over documents on Dask: the same per-file step as `citegraph extract`, two ways.

    from graph.distributed import extract_lines, iter_cluster_results
    lines = extract_lines(paths, scheduler="processes", workers=2)        # `--dask 2`: this machine
    for line, failed in iter_cluster_results(paths, "tcp://host:8786"):   # `--dask ADDRESS`: a cluster
        ...

On one machine, batches of paths become Dask bags mapped with `graph.pipeline.extract_json` (read, extract,
annotate, the JSON of the contract) on Dask's local `processes` or `threads` scheduler; one process pool
serves every batch (Dask's `pool=`).

On a `dask.distributed` cluster, chunks of files are submitted as tasks to the scheduler at an address. The
workers read the files themselves, at their absolute path, from a folder every machine mounts at the same
place (only the paths travel, and the JSON lines back); a worker that cannot see a file says so in that
file's error line and the run goes on. At most a few tasks a worker thread are in flight, and results are
taken in submission order, so lines stream out in input order whatever the corpus size. `graph.ingest` uses
the same cluster for its extraction step (`extract_paths_on_worker`); resolution and writes stay in the
ingesting process.

Either way the output is byte for byte that of the sequential command. Dask is an optional dependency
(`pip install 'citegraph[dask]'`); without it the functions here raise `DaskError` saying so.
"""

from __future__ import annotations

import importlib
import json
import multiprocessing
import os
import re
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import loaders
from graph.pipeline import extract_json

if TYPE_CHECKING:
    from distributed import Client

    from graph.ingest import _Extracted

SCHEDULERS = ("processes", "threads", "sync")
BATCH = 2000  # files a Dask computation (local pool)
CLUSTER_CHUNK = 16  # files a cluster task (~30 ms of work: the scheduler's overhead per task is ~1 ms)
TASKS_A_THREAD = 4  # cluster tasks in flight per worker thread (a slow task does not idle the others)
CONNECT_SECONDS = 30  # to reach the scheduler, and for a first worker to join it
ADDRESS = re.compile(r"(?:tcp|tls|ucx|ws|wss|inproc)://\S+|[^\s/]+:\d+")  # tcp://host:8786, host:8786


class DaskError(Exception):
    """Dask is not installed, or the cluster cannot be used: the message says what to do."""


def is_address(text: str) -> bool:
    """Whether `text` is a scheduler address (tcp://host:8786, host:8786) rather than a number of processes."""
    return ADDRESS.fullmatch(text) is not None


def _dask(module: str) -> Any:
    """Import a module of the optional Dask dependencies, or say how to install them."""
    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise DaskError(f"--dask needs Dask ({e.name} is not installed): pip install 'citegraph[dask]'") from e


# ---- on this machine: a Dask bag on a local process pool (`--dask N`) ----

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
    bag = _dask("dask.bag")
    step = partial(extract_json, jsonl=jsonl)
    with _pool(scheduler, workers) as pool:
        for start in range(0, len(paths), batch):
            chunk = [str(p) for p in paths[start:start + batch]]
            mapped = bag.from_sequence(chunk, npartitions=_partitions(len(chunk), workers)).map(step)
            options = {"pool": pool} if pool else {}
            yield from mapped.compute(scheduler=scheduler, num_workers=workers, **options)


def extract_results(paths: Sequence[str], scheduler: str = "processes", workers: int = 2, batch: int = BATCH,
                    jsonl: bool = True) -> list[tuple[str, bool]]:
    """`iter_results` as a list."""
    return list(iter_results(paths, scheduler, workers, batch, jsonl))


def extract_lines(paths: Sequence[str], scheduler: str = "processes", workers: int = 2,
                  batch: int = BATCH) -> list[str]:
    """The JSON lines of `citegraph extract --jsonl` for `paths`, in input order, computed on Dask."""
    return [line for line, _failed in iter_results(paths, scheduler, workers, batch)]


# ---- across machines: a dask.distributed cluster (`--dask tcp://host:8786`) ----

@contextmanager
def cluster(address: str, timeout: float = CONNECT_SECONDS) -> Iterator[tuple[Client, int]]:
    """A client of the scheduler at `address` once a worker has joined it, and the worker threads then."""
    distributed = _dask("distributed")
    try:
        client = distributed.Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as e:
        raise DaskError(f"cannot reach the Dask scheduler at {address}: {e}") from e
    try:
        try:
            client.wait_for_workers(1, timeout=timeout)
        except TimeoutError as e:
            raise DaskError(f"no Dask worker joined the scheduler at {address} within {timeout:g} s") from e
        yield client, max(1, sum(client.nthreads().values()))
    except distributed.client.ClosedClientError as e:  # the scheduler went away and did not come back
        raise DaskError(f"lost the Dask scheduler at {address} ({e}); what was done stays done: run the "
                        "command again (ingest skips the files it stored)") from e
    finally:
        client.close()


def in_flight(threads: int) -> int:
    """Cluster tasks submitted ahead of the one awaited."""
    return TASKS_A_THREAD * threads


def _where() -> str:
    """The address of the worker running this task (the host name outside a worker)."""
    try:
        from distributed import get_worker

        return get_worker().address
    except (ImportError, ValueError):
        import socket

        return socket.gethostname()


def unseen(path: str) -> str:
    """Why a worker cannot read a file it does not see."""
    return (f"not found on Dask worker {_where()}, which reads {path}: every worker must see the files "
            "at the same absolute path (mount the shared folder there)")


def absolute(path: str) -> str:
    """The path a worker reads: absolute, symbolic links left for the worker's own file system to follow."""
    return str(Path(path).absolute())


def _error_line(name: str, error: str, jsonl: bool) -> tuple[str, bool]:
    """The line of a file that failed before its extraction could start."""
    obj = loaders.Extraction(source=name, errors=[f"{name}: {error}"]).to_contract()
    return json.dumps(obj, ensure_ascii=False, indent=None if jsonl else 1), True


def extract_on_worker(files: list[tuple[str, str]], jsonl: bool = True) -> list[tuple[str, bool]]:
    """(JSON text, failed) of each (absolute path, path as given) — one cluster task."""
    return [extract_json(path, jsonl, name) if os.path.exists(path) else _error_line(name, unseen(path), jsonl)
            for path, name in files]


def extract_paths_on_worker(paths: list[str]) -> list[_Extracted]:
    """`graph.ingest.extract_paths` on a worker (absolute paths): a file it does not see says so."""
    from graph.ingest import extract_paths

    done = extract_paths(paths)
    for e in done:
        if e.error and not os.path.exists(e.path):
            e.error = unseen(e.path)
    return done


def ordered(submit: Callable[[Any], Future], items: Iterator[Any], ahead: int) -> Iterator[tuple[Any, Future]]:
    """(item, its future) in the order of `items`, submitted at most `ahead` items before it is yielded
    (the caller awaits each: results stream in order, memory follows `ahead`, not the corpus)."""
    pending: deque[tuple[Any, Future]] = deque()
    for item in items:
        pending.append((item, submit(item)))
        if len(pending) > ahead:
            yield pending.popleft()
    while pending:
        yield pending.popleft()


def iter_cluster_results(paths: Sequence[str], address: str, jsonl: bool = True,
                         chunk: int = CLUSTER_CHUNK) -> Iterator[tuple[str, bool]]:
    """(JSON text, failed) of each path, in input order, extracted by the workers of the cluster at `address`.
    A task that dies with its worker (or with the connection) fails its files; the others go on."""
    chunks = ([(absolute(p), str(p)) for p in paths[i:i + chunk]] for i in range(0, len(paths), chunk))
    with cluster(address) as (client, threads):
        submit = partial(client.submit, extract_on_worker, jsonl=jsonl, pure=False)
        for files, future in ordered(submit, chunks, in_flight(threads)):
            try:
                yield from future.result()
            except Exception as e:  # noqa: BLE001 - a lost worker fails its files, not the run
                error = f"extraction failed on the Dask cluster ({type(e).__name__}: {e})"
                yield from (_error_line(name, error, jsonl) for _path, name in files)
