"""`ingest_paths`: files and folders into a store, in chunks, with a report of every file; `remove_documents`:
read documents out of a store again.

Extraction is a pure function of one file, so it runs across processes; resolution and the writes
happen in this process, one chunk at a time (a huge corpus is never held in memory).

Identity: a read document is keyed by its own symbol, its canonical url or its normalised text, never by
its path (docs/keys.md); the store records every path it was read from (`paths`, and the file index). So:
- a file whose bytes are those recorded for its path is skipped without reading it;
- a copy, or a moved folder, is the same document: only its new path is recorded;
- a changed file replaces what its document gave before; and when the path held another document before
  (an edited article keyed by its text), that document loses the path, and is retracted with everything
  only it gave once no other path of it still holds a file;
- `remove_documents` retracts documents named by key or by path (a folder: every file recorded under it).

http(s) URLs (pages, sitemaps, feeds) are fetched by `loaders.web.Crawler` in this process and stored the
same way, keyed by their canonical url.
"""

from __future__ import annotations

import gc
import hashlib
import json
import multiprocessing
import os
import signal
import stat
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager, contextmanager
from dataclasses import asdict, dataclass, field, fields
from itertools import chain
from pathlib import Path
from typing import Any

from tqdm import tqdm

import loaders
from graph.build import build_batch
from graph.catalogue import Catalogue, default_catalogue
from graph.model import DocumentNode, GraphBatch, SourceFile, page_url
from graph.pipeline import extract_document, extract_file
from graph.resolve import citing_key, text_hash
from graph.store import COMMITTING, Store, StoreError, WriteSummary
from loaders.readers import FORMATS, MAX_BYTES
from loaders.web import Crawler, is_url

CHUNK = 2_500  # documents a write at most
BATCH_REFERENCES = 10_000  # references a write at most (one transaction, resolved together)
#: the same on the embedded store, larger: there each commit checkpoints, and the checkpoint rewrites the stored
#: relationships whatever the batch's size (at 100 000 documents ~4 s a commit, 45 % of the load step with
#: 2 500-document batches; BENCHMARKS.md section 2); a batch's memory grows with it and is held through the
#: checkpoint, where the engine's own memory peaks (`citegraph ingest` of 50 000 documents: 1 379 MB with its
#: workers at 10 000 a batch, 1 232 at 5 000; BENCHMARKS.md section 4)
EMBEDDED_DOCS = 5_000
EMBEDDED_REFERENCES = 20_000
#: the first write into an empty embedded store (the bulk path: nothing to read back, one COPY a table) at most;
#: its peak memory grows with it (`citegraph ingest` of 10 000 documents: 950 MB with its workers at 10 000)
BULK_DOCS = 5_000
BULK_REFERENCES = 25_000
#: an ingest that has written DEFER_SEARCH_DOCS documents, at least 1/DEFER_SEARCH_SHARE of those the store held
#: when it began, writes its later batches without keeping the search index and builds it again at its end
#: (`Store.defer_search_index`): keeping it rewrites, in each batch's transaction, the lists of the words the
#: batch touched, which grow with the store (at 50 000 documents ~480 MB of the load step's peak memory), where
#: the rebuild holds a bounded group of words at a time
DEFER_SEARCH_DOCS = 5_000
DEFER_SEARCH_SHARE = 4
EXTRACT_CHUNK = 64  # files a worker extracts per task
#: the local extraction workers end before a write of at least this many documents and start again after it
#: (`_Workers`): for a large batch, the ~150 MB they hold is out of the write's peak; for small ones, starting
#: them again would cost more than it saves
REST_WORKERS_DOCS = 2_000
KEEP_FILES = 10_000  # per-file results kept in IngestSummary.files; past that only the failed ones


@dataclass
class FileResult:
    """What happened to one file: stored, unchanged (skipped) or failed (with the reason)."""

    path: str
    status: str  # stored | unchanged | failed | ignored (in a folder, not a document format)
    error: str | None = None
    key: str | None = None
    references: int = 0


@dataclass
class IngestSummary:
    """Totals of an ingest; `files` keeps the first KEEP_FILES results and every failed one (the
    `--report` file lists them all)."""

    files_read: int = 0
    files_failed: int = 0
    files_skipped: int = 0
    files_ignored: int = 0  # found in folders but not a document format
    references: int = 0
    nodes_created: int = 0
    nodes_updated: int = 0
    nodes_deleted: int = 0
    edges_created: int = 0
    edges_deleted: int = 0
    seconds: float = 0.0
    store: str = ""
    #: the last checkpoint that failed after a commit (the writes stand; a later checkpoint writes them to the file)
    checkpoint_error: str | None = None
    #: stopped by Ctrl-C (SIGINT) or SIGTERM: what is listed was stored, the batch being written was rolled back
    interrupted: bool = False
    #: the signal that stopped it ("SIGINT", "SIGTERM"; None: a KeyboardInterrupt from elsewhere, as Ctrl-C)
    stopped_by: str | None = None
    batches: int = 0  # writes committed
    commit_seconds: float = 0.0  # all their COMMITs
    longest_commit_seconds: float = 0.0  # the longest one (what a reader in another process may wait)
    #: nodes stored that a lookup by key does not find (`WriteSummary.unindexed`)
    unindexed: list[str] = field(default_factory=list)
    files: list[FileResult] = field(default_factory=list)

    def render(self) -> str:
        """A short account for people."""
        lines = [
            f"{self.files_read} files read ({self.files_skipped} unchanged, skipped), "
            f"{self.files_failed} failed, {self.references} references, in {self.seconds:.1f} s"
            + (f"; {self.files_ignored} other files in the folders ignored" if self.files_ignored else ""),
            f"nodes: {self.nodes_created} created, {self.nodes_updated} updated, {self.nodes_deleted} deleted; "
            f"edges: {self.edges_created} created, {self.edges_deleted} deleted",
        ]
        if self.store:
            lines.append(f"store: {self.store}")
        if self.interrupted:
            how = "Ctrl-C" if self.stopped_by in (None, "SIGINT") else self.stopped_by
            lines.append(f"interrupted ({how}): what is counted above is stored, the batch being written was rolled "
                         "back; run the same ingest again for the rest (what is stored is skipped)")
        if self.checkpoint_error:
            lines.append(f"committed, checkpoint failed: {self.checkpoint_error} (the documents are stored and "
                         "readable; they reach the database file at the next checkpoint: the next write, or when the "
                         "store closes)")
        if self.unindexed:
            lines.append(f"{len(self.unindexed)} nodes stored that a lookup by their key does not find (the engine lost "
                         "their primary-key index entries; a later write naming one stores it twice): "
                         + ", ".join(self.unindexed[:10]) + (" …" if len(self.unindexed) > 10 else ""))
        lines += [f"failed: {f.path}: {f.error}" for f in self.files if f.status == "failed"]
        return "\n".join(lines)

    def totals(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "files"}

    def to_json(self) -> dict[str, Any]:
        """The machine-readable report: totals, then every kept file with its status and error."""
        return {**self.totals(), "files": [asdict(f) for f in self.files]}


class _Results:
    """Where per-file results go: counted into the summary (kept while few, or failed) and, with a
    report, spooled to a file as they come so that a million files never sit in memory."""

    def __init__(self, summary: IngestSummary, report: str | Path | None) -> None:
        self.summary = summary
        self.report = Path(report) if report else None
        self._spool = tempfile.TemporaryFile("w+", encoding="utf-8", errors="backslashreplace") if report else None

    def add(self, result: FileResult) -> None:
        if result.status == "failed" or len(self.summary.files) < KEEP_FILES:
            self.summary.files.append(result)
        if self._spool:
            self._spool.write(json.dumps(asdict(result), ensure_ascii=False) + "\n")

    def write_report(self) -> None:
        """The JSON report: totals, then every file (streamed from the spool)."""
        if not (self.report and self._spool):
            return
        self._spool.seek(0)
        # a file name that is not UTF-8 is written as its \udcXX escapes, which JSON reads back as the same name
        with self.report.open("w", encoding="utf-8", errors="backslashreplace") as out:
            head = json.dumps(self.summary.totals(), ensure_ascii=False, indent=1)
            out.write(head[:-2] + ',\n "files": [')
            for i, line in enumerate(self._spool):
                out.write(("\n  " if i == 0 else ",\n  ") + line.rstrip("\n"))
            out.write("\n ]\n}")

    def close(self) -> None:
        if self._spool:
            self._spool.close()


@dataclass
class _Extracted:
    path: str
    extraction: loaders.Extraction | None
    error: str | None
    file_hash: str | None = None  # of the file's bytes, when it could be read
    recorded: dict[str, Any] | None = None  # what the store recorded for this path before: document, file_hash


def _key_path(path: str) -> str:
    """The absolute path as valid text for the document key (bytes of a non-UTF-8 name become U+FFFD)."""
    return str(Path(path).resolve()).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def extract_path(path: str) -> _Extracted:
    """The pipeline's extraction of one file (graph/pipeline.py), keyed by its absolute path; a failure
    becomes the file's error (never raised)."""
    source = _key_path(path)
    return _as_extracted(path, source, extract_file(path, source=source))


def extract_source(name: str, source: loaders.Source) -> _Extracted:
    """The pipeline's extraction of a document already read (a fetched page); a failure becomes its error."""
    return _as_extracted(name, source.path, extract_document(source))


def _as_extracted(name: str, source: str, extraction: loaders.Extraction) -> _Extracted:
    """An extraction as ingest keeps it: its errors, without the `source: ` the pipeline names them by."""
    if extraction.errors:
        return _Extracted(name, None, "; ".join(e.removeprefix(f"{source}: ") for e in extraction.errors))
    return _Extracted(name, extraction, None)


def extract_paths(paths: list[str]) -> list[_Extracted]:
    """`extract_path` of each file (one task of a worker process)."""
    return [extract_path(p) for p in paths]


def _documents(paths: list[str | Path], results: _Results) -> Iterator[str]:
    """Files to read, streamed; files found in folders that are no document format (gold .json, notes)
    are recorded as ignored; a file named on its own is always read, so a wrong one is reported."""
    for path in paths:
        p = Path(path)
        if not p.is_dir():
            yield str(path)
            continue
        if p.suffix.lower() in FORMATS:
            yield str(path)  # a folder named like a document (x.txt): reading it reports the mistake
            continue
        for f in loaders.iter_files([p]):
            if f.suffix.lower() in FORMATS:
                yield str(f)
            else:
                results.summary.files_ignored += 1
                results.add(FileResult(str(f), "ignored", "not a document format"))


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _file_hash(path: str) -> str | None:
    """SHA-256 of a regular file's bytes; None for anything the reader has to look at (a pipe would block,
    a huge file fill memory, a missing one is reported by reading it)."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_BYTES:
            return None
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def _recorded_files(paths: list[str], store: Store) -> dict[str, dict[str, Any]]:
    """What the store recorded for each of `paths` (as given) that it knows: document and file_hash."""
    keys = {path: _key_path(path) for path in paths}
    found = store.files(sorted(set(keys.values()))) if keys else {}
    return {path: found[k] for path, k in keys.items() if k in found}


def _stored_documents(extracted: list[_Extracted], store: Store | None) -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    """The document key of each extracted file, and the stored rows of those documents."""
    keys = {e.path: citing_key(e.extraction) for e in extracted if e.extraction}
    stored = {row["key"]: row for row in store.documents(sorted(set(keys.values())))} if keys and store else {}
    return keys, stored


def _same_text(e: _Extracted, row: dict[str, Any] | None) -> bool:
    return bool(row) and not row.get("is_stub") and row.get("text_hash") == text_hash(e.extraction)


def _finish(paths: list[str], future: Future | None) -> list[_Extracted]:
    """The extractions of one task (its files named as given); a dead worker process, or a lost Dask
    worker, fails its files, not the ingest."""
    if future is None:
        return extract_paths(paths)
    try:
        done = future.result()
    except Exception as e:  # noqa: BLE001 - BrokenProcessPool, or a Dask worker or connection lost
        return [_Extracted(p, None, f"extraction process died: {type(e).__name__}: {e}") for p in paths]
    for e, path in zip(done, paths, strict=True):
        e.path = path  # the workers read absolute paths
    return done


Submit = Callable[[list[str]], Future]  # extraction of absolute paths in a worker: a list of _Extracted

#: a Ctrl-C came: the ingest stops at once where it can, else as soon as the batch being written is recorded
_STOP = threading.Event()
#: the first signal `_on_sigint` was given since `_ctrl_c` last began (kept after its block, for the summary)
_STOPPED_BY: list[str] = []


def _on_sigint(signum: int, frame: Any) -> None:
    """Ctrl-C (or SIGTERM) during an ingest: the first one stops it at once (a write in progress is rolled back), or, once a
    batch's COMMIT has begun, as soon as that batch is committed and recorded; a second one stops it at once.
    Where the KeyboardInterrupt cannot be raised (a store's native code calling back into Python swallows it),
    `_STOP` stays set and the ingest stops when the batch is recorded."""
    held = COMMITTING.is_set() and not _STOP.is_set()
    if not _STOPPED_BY:
        _STOPPED_BY.append(signal.Signals(signum).name)
    _STOP.set()
    if not held:
        raise KeyboardInterrupt


def _unraisable_interrupt(hook: Callable[[Any], None]) -> Callable[[Any], None]:
    """sys.unraisablehook that drops a KeyboardInterrupt swallowed by native code (`_STOP` keeps it) and
    passes everything else to `hook`."""
    def unraisable(info: Any) -> None:
        if not (isinstance(info.exc_value, KeyboardInterrupt) and _STOP.is_set()):
            hook(info)
    return unraisable


#: the signals an ingest stops on as on Ctrl-C, with the handler each has unless it was set otherwise: SIGTERM
#: too (`kill PID`, timeout(1), a service manager), since a command started in the background by a script or
#: nohup (`citegraph ingest … &`) inherits SIGINT ignored, as shells do to background jobs, and keeps it so
_STOPPING = {signal.SIGINT: signal.default_int_handler, signal.SIGTERM: signal.SIG_DFL}


@contextmanager
def _ctrl_c() -> Iterator[None]:
    """Ctrl-C (SIGINT) and SIGTERM handled by `_on_sigint` while the block runs: in the main thread (the one
    signals reach), each unless it was set to be ignored or handled otherwise (`_STOPPING`)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught = [s for s, default in _STOPPING.items() if signal.getsignal(s) is default]
    if not caught:
        yield
        return
    COMMITTING.clear()
    _STOP.clear()
    _STOPPED_BY.clear()
    hook = sys.unraisablehook
    sys.unraisablehook = _unraisable_interrupt(hook)
    for s in caught:
        signal.signal(s, _on_sigint)
    try:
        yield
    finally:
        for s in caught:
            signal.signal(s, _STOPPING[s])
        sys.unraisablehook = hook
        _STOP.clear()


def stops_on_signals() -> AbstractContextManager[None]:
    """Ctrl-C and SIGTERM stop what the block does as they stop an ingest (a KeyboardInterrupt, after the commit
    under way): `citegraph ingest` opens its store inside it, which may rebuild an index an interrupted ingest left
    unbuilt (`interrupted_before_reading`)."""
    return _ctrl_c()


def interrupted_before_reading(store: str, report: str | Path | None) -> IngestSummary:
    """The summary, and `report`, of an ingest stopped before it read a file (while its store opened), like those
    of any interrupted ingest."""
    summary = IngestSummary(store=store, interrupted=True, stopped_by=_STOPPED_BY[0] if _STOPPED_BY else None)
    results = _Results(summary, report)
    try:
        results.write_report()
    finally:
        results.close()
    return summary


def _batch_recorded() -> None:
    """A batch is written and recorded: stop now if a Ctrl-C came while it was written."""
    COMMITTING.clear()
    if _STOP.is_set():
        raise KeyboardInterrupt


def _ignore_sigint() -> None:
    """In extraction workers: a Ctrl-C at the terminal reaches them too; the ingest stops them itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Drop queued tasks and end the worker processes now, without waiting for the tasks they run."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # shutdown forgets them
    results = getattr(pool, "_result_queue", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    _unblock_results([results])


def _unblock_results(queues: list[Any]) -> None:
    """Close this process's end for writing of pools' result queues (their workers just ended): a worker ended
    while it wrote a result leaves the pool's thread reading the rest of it for ever, and the interpreter waits
    for that thread when it exits (an ingest stopped by Ctrl-C while its resting workers sent their last
    extractions said `interrupted` and did not exit for a minute). Once no process holds it open, that read ends."""
    for queue in queues:
        writer = getattr(queue, "_writer", None)
        if writer is not None:
            writer.close()


class _Workers:
    """Local extraction processes that end before a large batch is written and start again for the next files.
    During a write they would only wait, and the write's COMMIT is where the ingesting process peaks: at 50 000
    documents the two workers, their forkserver and resource tracker held ~150 MB beside it (BENCHMARKS.md
    section 4). A new worker forks from the forkserver and warms its caches in ~2 s of CPU."""

    def __init__(self, workers: int, context: Any) -> None:
        self.workers, self.context = workers, context
        self.pool: ProcessPoolExecutor | None = None
        #: pools told to end once their tasks are done: their processes and result queue (`_unblock_results`)
        self.resting: list[tuple[list[Any], Any]] = []

    def submit(self, paths: list[str]) -> Future:
        if self.pool is None:
            self.resting = [(ps, queue) for ps, queue in self.resting if any(p.is_alive() for p in ps)]
            self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=self.context,
                                            initializer=_ignore_sigint)
        return self.pool.submit(extract_paths, paths)

    def rest(self) -> None:
        """End the workers once the tasks given them are done, without waiting for them: they finish those
        tasks (the next batch's first files) beside the write, then exit before its COMMIT."""
        if self.pool is not None:
            # both gone from the pool after shutdown
            self.resting.append((list((getattr(self.pool, "_processes", None) or {}).values()),
                                 getattr(self.pool, "_result_queue", None)))
            self.pool.shutdown(wait=False)
            self.pool = None

    def stop(self) -> None:
        """End every worker now, the resting ones too (Ctrl-C, a failure)."""
        if self.pool is not None:
            _stop_workers(self.pool)
        for processes, _ in self.resting:
            for process in processes:
                process.terminate()
        _unblock_results([queue for _, queue in self.resting])

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


@contextmanager
def _extraction_pool(workers: int, dask: str | None) -> Iterator[tuple[Submit | None, int, Callable[[], None] | None]]:
    """How extraction tasks are submitted, how many run ahead, and what ends the workers before a large write
    (None: nothing to end): the workers of a Dask scheduler, `workers` local processes, or none (extraction in
    this process)."""
    if dask:
        from graph.distributed import cluster, extract_paths_on_worker, in_flight

        with cluster(dask) as (client, threads):
            yield (lambda paths: client.submit(extract_paths_on_worker, paths, pure=False)), in_flight(threads), None
        return
    if workers <= 1:
        yield None, 0, None
        return
    # Workers start from a clean server process, not a fork of this one (it holds the store's threads).
    methods = multiprocessing.get_all_start_methods()
    pool = _Workers(workers, multiprocessing.get_context("forkserver" if "forkserver" in methods else None))
    try:
        yield pool.submit, 2 * workers, pool.rest
    except BaseException:
        pool.stop()  # interrupted (Ctrl-C) or failed: what the workers do is not wanted any more
        raise
    finally:
        pool.close()


def _extracted(files: Iterator[str], store: Store, submit: Submit | None, ahead: int,
               results: _Results, bar: tqdm) -> Iterator[_Extracted]:
    """Extractions of the files that changed, in order; a few tasks run ahead in the workers while
    this process resolves and writes (memory stays bounded by the tasks in flight)."""
    pending: deque[tuple[list[str], Future | None, dict[str, str | None], dict[str, dict[str, Any]]]] = deque()

    def finish(paths: list[str], future: Future | None, hashes: dict[str, str | None],
               recorded: dict[str, dict[str, Any]]) -> list[_Extracted]:
        done = _finish(paths, future)
        for e in done:
            e.file_hash, e.recorded = hashes.get(e.path), recorded.get(e.path)
        bar.update(len(done))
        return done

    for chunk in _chunks(files, EXTRACT_CHUNK):
        hashes = {path: _file_hash(path) for path in chunk}
        recorded = _recorded_files(chunk, store)
        same = {path: r["document"] for path, r in recorded.items() if hashes[path] and r["file_hash"] == hashes[path]}
        for path, key in same.items():
            results.summary.files_read += 1
            results.summary.files_skipped += 1
            results.add(FileResult(path, "unchanged", None, key))
        bar.update(len(same))
        todo = [p for p in chunk if p not in same]
        if not todo:
            continue
        future = None
        if submit:
            try:
                future = submit([str(Path(p).absolute()) for p in todo])
            except BrokenProcessPool as e:
                future = Future()
                future.set_exception(e)
        pending.append((todo, future, hashes, recorded))
        while len(pending) > ahead:
            yield from finish(*pending.popleft())
    try:
        while pending:
            yield from finish(*pending.popleft())
    finally:
        for _, future, _, _ in pending:  # stopped early (Ctrl-C): tasks read ahead are not awaited
            if future is not None:
                future.cancel()


def _batches(extracted: Iterable[_Extracted], docs: int, references: int,
             first: tuple[int, int] | None = None) -> Iterator[list[_Extracted]]:
    """Write batches: at most `docs` files or about `references` references each (the first one: `first`)."""
    batch: list[_Extracted] = []
    refs = 0
    most = first or (docs, references)
    for e in extracted:
        batch.append(e)
        refs += len(e.extraction.references) if e.extraction else 0
        if len(batch) >= most[0] or refs >= most[1]:
            yield batch
            batch, refs, most = [], 0, (docs, references)
    if batch:
        yield batch


def _is_empty(store: Store) -> bool:
    return not any(store.stats()["nodes"].values()) and not store.files_under("")


def store_extracted(extracted: Iterable[_Extracted], store: Store, summary: IngestSummary,
                    batch_docs: int | None = None, results: _Results | None = None, finish: bool = True,
                    before_write: Callable[[], None] | None = None) -> None:
    """What ingest does after extraction: resolve each batch against itself and the store, and write it; then,
    unless `finish` is False (the caller does it), the search index a large ingest deferred is built again.
    Into an empty store the first batch takes the bulk path: it is resolved against itself alone and nothing
    is read back while it is written (there is nothing). On the embedded store, where a commit costs a checkpoint,
    the batches are larger (EMBEDDED_DOCS, EMBEDDED_REFERENCES; the first BULK_DOCS, BULK_REFERENCES) unless
    `batch_docs` is given. `before_write` is called before each batch of at least REST_WORKERS_DOCS documents is
    written (the extraction workers end then)."""
    results = results or _Results(summary, None)
    catalogue = default_catalogue()
    fresh = _is_empty(store)
    embedded = batch_docs is None and store.kind == "embedded"
    first = (BULK_DOCS, BULK_REFERENCES) if fresh and embedded else None
    docs, references = ((EMBEDDED_DOCS, EMBEDDED_REFERENCES) if embedded else
                        (batch_docs or CHUNK, BATCH_REFERENCES if batch_docs is None else 1 << 62))
    stored: int | None = 0 if fresh else None  # Documents in the store when the ingest began (read when needed)
    written = 0
    with _collector_paused():
        for batch in _batches(extracted, docs, references, first):
            # a first batch into an empty store that alone reaches DEFER_SEARCH_DOCS: the next batch would drop the
            # index this one wrote (its words were 0.7-1 s of the load step at 10 000 documents), so it is deferred
            # now and built once at the end (the same rows: a rebuild; if no batch follows, it costs the rebuild)
            if written >= DEFER_SEARCH_DOCS or (fresh and len(batch) >= DEFER_SEARCH_DOCS):
                stored = store.stats()["nodes"].get("Document", 0) if stored is None else stored
                if stored <= written * DEFER_SEARCH_SHARE:
                    store.defer_search_index()
            if before_write and len(batch) >= REST_WORKERS_DOCS:
                before_write()
            _store_chunk(batch, store, catalogue, results, fresh)
            fresh = False
            written += len(batch)
            del batch
            gc.collect(1)  # the cycles the batch left: young, since nothing is promoted while paused
            _batch_recorded()
    if finish:
        store.finish_search_index()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's automatic cycle collection paused while batches are read, resolved and written. A batch is
    hundreds of thousands of small objects that live until it is written, and each collection they trigger
    walks them all again (at 10 000 documents: 40 % of the load step's time, 70 % of reading its
    extractions); they are freed by reference counting when the batch ends, and the cycles a batch left are
    collected after it (`gc.collect(1)`)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _web_extracted(urls: list[str], crawler: Crawler, results: _Results, bar: tqdm) -> Iterator[_Extracted]:
    """Pages fetched from the web (loaders.web), extracted here as they come (fetching is the slow part);
    a page answered 304 comes from the cache and is found unchanged like a file."""
    for page in crawler.crawl(urls):
        bar.update(1)
        if page.ignored:
            results.summary.files_ignored += 1
            results.add(FileResult(page.url, "ignored", page.error))
        elif page.source is None:
            yield _Extracted(page.url, None, page.error)
        else:
            yield extract_source(page.url, page.source)


def ingest_paths(paths: list[str | Path], store: Store, workers: int = 1, report: str | Path | None = None,
                 progress: bool = True, chunk_size: int | None = None, dask: str | None = None,
                 crawler: Crawler | None = None) -> IngestSummary:
    """Ingest files, folders and http(s) URLs (pages, sitemaps, feeds: fetched by `crawler`) into `store`;
    per-file errors are recorded and the batch goes on. Ctrl-C (SIGINT, in the main thread; or SIGTERM) stops it
    within about a second: the batch being written is rolled back (or, when its commit had begun, finished), the
    workers are stopped, and the summary (and report) say `interrupted` and list what was stored.
    `chunk_size`: documents a write at most (default CHUNK and BATCH_REFERENCES references; on the embedded store
    EMBEDDED_DOCS and EMBEDDED_REFERENCES).
    `dask`: a Dask scheduler address (tcp://host:8786) whose workers extract, in place of `workers`."""
    urls = [str(p) for p in paths if is_url(str(p))]
    paths = [p for p in paths if not is_url(str(p))]
    started = time.perf_counter()
    summary = IngestSummary(store=store.describe())
    results = _Results(summary, report)
    try:
        with _ctrl_c():
            try:
                with _extraction_pool(workers, dask) as (submit, ahead, rest), \
                        tqdm(unit="file", disable=not progress, file=sys.stderr) as bar:
                    extracted = _extracted(_documents(paths, results), store, submit, ahead, results, bar)
                    if urls:
                        extracted = chain(extracted, _web_extracted(urls, crawler or Crawler(), results, bar))
                    store_extracted(extracted, store, summary, chunk_size, results, finish=False, before_write=rest)
                # once the extraction workers have ended: at 50 000 documents the rebuild's reads peak as high as
                # a batch's commit, and the workers held ~210 MB more beside it (BENCHMARKS.md section 4)
                store.finish_search_index()
            except BaseException as e:
                # a Ctrl-C can surface as another error: a database driver cut off mid-read fails its cleanup
                if not isinstance(e, KeyboardInterrupt) and not _STOP.is_set():
                    raise
                summary.interrupted = True
                summary.stopped_by = _STOPPED_BY[0] if _STOPPED_BY else None
        summary.seconds = time.perf_counter() - started
        results.write_report()
    finally:
        results.close()
    return summary


def _store_chunk(extracted: list[_Extracted], store: Store, catalogue: Catalogue, out: _Results,
                 fresh: bool = False) -> None:
    """Resolve one chunk against itself and the store (`fresh`: an empty one, not read), and write it."""
    summary = out.summary
    keys, stored = _stored_documents(extracted, None if fresh else store)
    unchanged = {e.path for e in extracted if e.extraction and _same_text(e, stored.get(keys[e.path]))}
    results: list[FileResult] = []
    for e in extracted:
        if e.extraction is None:
            results.append(FileResult(e.path, "failed", e.error))
        else:
            status = "unchanged" if e.path in unchanged else "stored"
            results.append(FileResult(e.path, status, None, keys[e.path], len(e.extraction.references)))
    todo = [e for e in extracted if e.extraction]
    references = sum(len(e.extraction.references) for e in todo)
    if todo:
        try:
            _write(todo, keys, stored, unchanged, store, catalogue, summary, fresh)
        except Exception as err:
            if _STOP.is_set():  # a Ctrl-C cut the write off: the store rolled it back; stop, not retry
                raise KeyboardInterrupt from err
            if isinstance(err, StoreError):
                _fail(results, {e.path for e in todo}, f"store: {err}")
            else:  # find the file resolution trips on, keep the others
                for e in todo:
                    try:
                        _write([e], keys, stored, unchanged, store, catalogue, summary)  # (one by one: not fresh)
                    except Exception as one:  # noqa: BLE001
                        _fail(results, {e.path}, f"{type(one).__name__}: {one}")
    for r in results:  # counted once written: an interrupted write (rolled back) counts nothing
        summary.files_failed += r.status == "failed"
        summary.files_read += r.status != "failed"
        summary.files_skipped += r.status == "unchanged"
        out.add(r)
    summary.references += references


def _write(items: list[_Extracted], keys: dict[str, str], stored: dict[str, dict[str, Any]], unchanged: set[str],
           store: Store, catalogue: Catalogue, summary: IngestSummary, fresh: bool = False) -> None:
    """One batch: the changed documents built and resolved (against the store unless it is `fresh`, empty);
    the files, new paths of unchanged documents and the documents an edit left behind recorded."""
    changed = [e.extraction for e in items if e.path not in unchanged]
    batch = build_batch(changed, catalogue, None if fresh else store) if changed else GraphBatch()
    for e in items:
        key, path = keys[e.path], e.extraction.source
        if e.recorded != {"document": key, "file_hash": e.file_hash}:
            batch.files.append(SourceFile(path, key, e.file_hash))
        row = stored.get(key) or {}
        source = page_url((e.extraction.metadata or {}).get("url")) or path
        if e.path in unchanged and (path not in (row.get("paths") or []) or row.get("source") != source):
            batch.documents.append(DocumentNode(key, source=source, paths=[path], is_stub=False))
    batch.retracted = _left_behind(items, keys, store)
    if batch.documents or batch.files or batch.retracted:
        del changed
        for e in items:  # not read again: their texts and references freed before the write and its commit
            e.extraction = None
        try:
            written = store.upsert(batch)
        except Exception as err:  # the store's, not one file's: never retried file by file (nothing to retry from)
            if isinstance(err, StoreError):
                raise
            raise StoreError(f"{type(err).__name__}: {err}") from err
        _count(written, summary)


def _left_behind(items: list[_Extracted], keys: dict[str, str], store: Store) -> list[str]:
    """Documents whose path now holds another document and that no other path of theirs still holds: an edited
    file's old version (kept while a copy of it is still on disk)."""
    leaving: dict[str, set[str]] = {}
    for e in items:
        before = (e.recorded or {}).get("document")
        if before and before != keys[e.path]:
            leaving.setdefault(before, set()).add(e.extraction.source)
    written = set(keys.values())
    old = [k for k in leaving if k not in written]
    out = []
    for row in store.documents(old) if old else []:
        left = [p for p in row.get("paths") or [] if p not in leaving[row["key"]]]
        if not row.get("is_stub") and not any(os.path.isfile(p) for p in left):
            out.append(row["key"])
    return out


def _count(written: WriteSummary, summary: IngestSummary) -> None:
    summary.nodes_created += written.nodes_created
    summary.nodes_updated += written.nodes_updated
    summary.nodes_deleted += written.nodes_deleted
    summary.edges_created += written.edges_created
    summary.edges_deleted += written.edges_deleted
    summary.checkpoint_error = written.checkpoint_error or summary.checkpoint_error
    summary.unindexed += written.unindexed
    summary.batches += 1
    summary.commit_seconds += written.commit_seconds
    summary.longest_commit_seconds = max(summary.longest_commit_seconds, written.commit_seconds)


def _fail(results: list[FileResult], paths: set[str], error: str) -> None:
    for r in results:
        if r.path in paths and r.status == "stored":
            r.status, r.error = "failed", error


@dataclass
class RemoveSummary:
    """What `remove_documents` did: the documents taken out (key → the paths they were read from), the
    targets that name no read document (with why), and the store's counts."""

    removed: dict[str, list[str]] = field(default_factory=dict)
    not_found: dict[str, str] = field(default_factory=dict)
    written: WriteSummary = field(default_factory=WriteSummary)

    def render(self) -> str:
        lines = [f"removed {key}" + (f" ({', '.join(paths)})" if paths else "") for key, paths in self.removed.items()]
        lines += [f"not removed: {target}: {why}" for target, why in self.not_found.items()]
        w = self.written
        lines.append(f"{len(self.removed)} documents removed; nodes: {w.nodes_deleted} deleted, {w.nodes_updated} "
                     f"updated; edges: {w.edges_deleted} deleted")
        return "\n".join(lines)


def remove_documents(targets: list[str], store: Store) -> RemoveSummary:
    """Retract the read documents named by key, by the path of a file they were read from, or by a folder
    (every file recorded under it), with everything only they gave: citations, mentions, events, roles, and
    the stubs, agencies, persons and events nothing references any more."""
    out = RemoveSummary()
    for target in targets:
        keys, why = _documents_named(target, store)
        if not keys:
            out.not_found[target] = why
        for row in store.documents(keys):
            out.removed[row["key"]] = row.get("paths") or []
    if out.removed:
        out.written = store.retract(list(out.removed))
    return out


def _documents_named(target: str, store: Store) -> tuple[list[str], str]:
    """The read documents a `remove` target names, or none and why."""
    found = store.documents([target])
    if found:
        if found[0].get("is_stub"):
            return [], "known only from citations, not a read document"
        return [target], ""
    path = _key_path(target)
    recorded = store.files([path]) or store.files_under(path.rstrip(os.sep) + os.sep)
    if recorded:
        return sorted({r["document"] for r in recorded.values()}), ""
    return [], "no read document has this key, and no file was read from this path"
