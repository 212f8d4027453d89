"""`ingest_paths`: files and folders into a store, in chunks, with a report of every file.

Extraction is a pure function of one file, so it runs across processes; resolution and the writes
happen in this process, one chunk at a time (a huge corpus is never held in memory). A file whose
content hash equals the stored `text_hash` of its document is skipped, so ingesting the same files
again changes nothing; a changed file replaces its own edges and keeps everyone else's. http(s) URLs
(pages, sitemaps, feeds) are fetched by `loaders.web.Crawler` in this process and stored the same way.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import stat
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field, fields
from itertools import chain
from pathlib import Path
from typing import Any

from tqdm import tqdm

import loaders
from graph.build import build_batch
from graph.catalogue import Catalogue, default_catalogue
from graph.model import article_key
from graph.resolve import annotate, citing_key, text_hash
from graph.store import Store, StoreError
from loaders.readers import FORMATS, MAX_BYTES
from loaders.web import Crawler, is_url

CHUNK = 2_500  # documents a write at most
BATCH_REFERENCES = 10_000  # references a write at most (one transaction, resolved together)
EXTRACT_CHUNK = 64  # files a worker extracts per task
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
    edges_created: int = 0
    edges_deleted: int = 0
    seconds: float = 0.0
    store: str = ""
    files: list[FileResult] = field(default_factory=list)

    def render(self) -> str:
        """A short account for people."""
        lines = [
            f"{self.files_read} files read ({self.files_skipped} unchanged, skipped), "
            f"{self.files_failed} failed, {self.references} references, in {self.seconds:.1f} s"
            + (f"; {self.files_ignored} other files in the folders ignored" if self.files_ignored else ""),
            f"nodes: {self.nodes_created} created, {self.nodes_updated} updated; "
            f"edges: {self.edges_created} created, {self.edges_deleted} replaced",
        ]
        if self.store:
            lines.append(f"store: {self.store}")
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


def _key_path(path: str) -> str:
    """The absolute path as valid text for the document key (bytes of a non-UTF-8 name become U+FFFD)."""
    return str(Path(path).resolve()).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def extract_path(path: str) -> _Extracted:
    """Read, extract and annotate one file; any failure becomes the file's error (never raised)."""
    try:
        source = loaders.read(path)
    except loaders.ReadError as e:
        return _Extracted(path, None, e.reason)
    except Exception as e:  # noqa: BLE001 - one bad file must not stop the batch
        return _Extracted(path, None, f"{type(e).__name__}: {e}")
    source.path = _key_path(path)  # one key per file, whatever the working folder
    return extract_source(path, source)


def extract_source(name: str, source: loaders.Source) -> _Extracted:
    """Extract and annotate a Source already read (a file, a fetched page); failures become its error."""
    try:
        extraction = annotate(loaders.extract(source), default_catalogue())
    except Exception as e:  # noqa: BLE001 - one bad document must not stop the batch
        return _Extracted(name, None, f"{type(e).__name__}: {e}")
    if extraction.errors:
        return _Extracted(name, None, "; ".join(extraction.errors))
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


def _unchanged_files(paths: list[str], store: Store) -> dict[str, str]:
    """Files stored before under their path with the same content hash (path → key): nothing to read.
    (Documents keyed by their own symbol or url are found unchanged after extraction, by `_unchanged`.)"""
    hashes: dict[str, str] = {}
    for path in paths:
        try:
            st = os.stat(path)
            if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_BYTES:
                continue  # a pipe would block, a huge file fill memory: the reader reports both
            hashes[path] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        except OSError:
            continue  # reading it again reports the problem
    keys = {path: article_key(_key_path(path)) for path in hashes}
    if not keys:
        return {}
    stored = {row["key"]: row for row in store.documents(sorted(set(keys.values())))}
    return {path: key for path, key in keys.items()
            if (row := stored.get(key)) and not row.get("is_stub") and row.get("text_hash") == hashes[path]}


def _unchanged(extracted: list[_Extracted], store: Store) -> set[str]:
    """Paths whose document the store holds with the same content hash."""
    keys = {e.path: citing_key(e.extraction) for e in extracted if e.extraction}
    if not keys:
        return set()
    stored = {row["key"]: row for row in store.documents(sorted(set(keys.values())))}
    same = set()
    for e in extracted:
        row = stored.get(keys.get(e.path, ""))
        if row and not row.get("is_stub") and row.get("text_hash") == text_hash(e.extraction):
            same.add(e.path)
    return same


def _finish(paths: list[str], future: Future | None) -> list[_Extracted]:
    """The extractions of one task; a dead worker process fails its files, not the ingest."""
    if future is None:
        return extract_paths(paths)
    try:
        return future.result()
    except BrokenProcessPool as e:
        return [_Extracted(p, None, f"extraction process died: {e}") for p in paths]


def _extracted(files: Iterator[str], store: Store, pool: ProcessPoolExecutor | None, ahead: int,
               results: _Results, bar: tqdm) -> Iterator[_Extracted]:
    """Extractions of the files that changed, in order; a few tasks run ahead in the workers while
    this process resolves and writes (memory stays bounded by the tasks in flight)."""
    pending: deque[tuple[list[str], Future | None]] = deque()
    for chunk in _chunks(files, EXTRACT_CHUNK):
        same = _unchanged_files(chunk, store)
        for path, key in same.items():
            results.summary.files_read += 1
            results.summary.files_skipped += 1
            results.add(FileResult(path, "unchanged", None, key))
        bar.update(len(same))
        todo = [p for p in chunk if p not in same]
        if not todo:
            continue
        future = None
        if pool:
            try:
                future = pool.submit(extract_paths, todo)
            except BrokenProcessPool as e:
                future = Future()
                future.set_exception(e)
        pending.append((todo, future))
        while len(pending) > ahead:
            done = _finish(*pending.popleft())
            bar.update(len(done))
            yield from done
    while pending:
        done = _finish(*pending.popleft())
        bar.update(len(done))
        yield from done


def _batches(extracted: Iterable[_Extracted], docs: int, references: int) -> Iterator[list[_Extracted]]:
    """Write batches: at most `docs` files or about `references` references each."""
    batch: list[_Extracted] = []
    refs = 0
    for e in extracted:
        batch.append(e)
        refs += len(e.extraction.references) if e.extraction else 0
        if len(batch) >= docs or refs >= references:
            yield batch
            batch, refs = [], 0
    if batch:
        yield batch


def store_extracted(extracted: Iterable[_Extracted], store: Store, summary: IngestSummary,
                    batch_docs: int | None = None, results: _Results | None = None) -> None:
    """What ingest does after extraction: resolve each batch against itself and the store, and write it."""
    results = results or _Results(summary, None)
    catalogue = default_catalogue()
    for batch in _batches(extracted, batch_docs or CHUNK, BATCH_REFERENCES if batch_docs is None else 1 << 62):
        _store_chunk(batch, store, catalogue, results)


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
                 progress: bool = True, chunk_size: int | None = None, crawler: Crawler | None = None) -> IngestSummary:
    """Ingest files, folders and http(s) URLs (pages, sitemaps, feeds: fetched by `crawler`) into `store`;
    per-file errors are recorded and the batch goes on.
    `chunk_size`: documents a write at most (default CHUNK, and BATCH_REFERENCES references)."""
    urls = [str(p) for p in paths if is_url(str(p))]
    paths = [p for p in paths if not is_url(str(p))]
    started = time.perf_counter()
    summary = IngestSummary(store=store.describe())
    results = _Results(summary, report)
    pool = None
    if workers > 1:
        # Workers start from a clean server process, not a fork of this one (it holds the store's threads).
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else None)
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        with tqdm(unit="file", disable=not progress, file=sys.stderr) as bar:
            extracted = _extracted(_documents(paths, results), store, pool, 2 * workers if pool else 0, results, bar)
            if urls:
                extracted = chain(extracted, _web_extracted(urls, crawler or Crawler(), results, bar))
            store_extracted(extracted, store, summary, chunk_size, results)
        summary.seconds = time.perf_counter() - started
        results.write_report()
    finally:
        results.close()
        if pool:
            pool.shutdown(cancel_futures=True)
    return summary


def _store_chunk(extracted: list[_Extracted], store: Store, catalogue: Catalogue, out: _Results) -> None:
    """Resolve one chunk against itself and the store, and write it."""
    summary = out.summary
    unchanged = _unchanged(extracted, store)
    todo = [e for e in extracted if e.extraction and e.path not in unchanged]
    results: list[FileResult] = []
    for e in extracted:
        if e.extraction is None:
            results.append(FileResult(e.path, "failed", e.error))
        else:
            summary.files_read += 1
            status = "unchanged" if e.path in unchanged else "stored"
            results.append(FileResult(e.path, status, None, citing_key(e.extraction),
                                      len(e.extraction.references)))
            summary.files_skipped += e.path in unchanged
            summary.references += len(e.extraction.references)
    if todo:
        try:
            _write([e.extraction for e in todo], store, catalogue, summary)
        except StoreError as err:
            _fail(results, {e.path for e in todo}, f"store: {err}", summary)
        except Exception:  # noqa: BLE001 - find the file resolution trips on, keep the others
            for e in todo:
                try:
                    _write([e.extraction], store, catalogue, summary)
                except Exception as err:  # noqa: BLE001
                    _fail(results, {e.path}, f"{type(err).__name__}: {err}", summary)
    summary.files_failed += sum(r.status == "failed" for r in results)
    for r in results:
        out.add(r)


def _write(extractions: list[loaders.Extraction], store: Store, catalogue: Catalogue, summary: IngestSummary) -> None:
    written = store.upsert(build_batch(extractions, catalogue, store))
    summary.nodes_created += written.nodes_created
    summary.nodes_updated += written.nodes_updated
    summary.edges_created += written.edges_created
    summary.edges_deleted += written.edges_deleted


def _fail(results: list[FileResult], paths: set[str], error: str, summary: IngestSummary) -> None:
    for r in results:
        if r.path in paths and r.status == "stored":
            r.status, r.error = "failed", error
            summary.files_read -= 1
