"""`ingest_paths`: files and folders into a store, in chunks, with a report of every file.

Extraction is a pure function of one file, so it runs across processes; resolution and the writes
happen in this process, one chunk at a time (a huge corpus is never held in memory). A file whose
content hash equals the stored `text_hash` of its document is skipped, so ingesting the same files
again changes nothing; a changed file replaces its own edges and keeps everyone else's.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import stat
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tqdm import tqdm

import loaders
from graph.catalogue import Catalogue, default_catalogue
from graph.model import article_key
from graph.resolve import annotate, citing_key, resolve, text_hash
from graph.store import Store, StoreError
from loaders.readers import FORMATS, MAX_BYTES

CHUNK = 500


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

    def to_json(self) -> dict[str, Any]:
        """The machine-readable report: totals, then every file with its status and error."""
        d = asdict(self)
        d["files"] = [asdict(f) for f in self.files]
        return d


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
        source.path = _key_path(path)  # one key per file, whatever the working folder
        extraction = annotate(loaders.extract(source), default_catalogue())
    except loaders.ReadError as e:
        return _Extracted(path, None, e.reason)
    except Exception as e:  # noqa: BLE001 - one bad file must not stop the batch
        return _Extracted(path, None, f"{type(e).__name__}: {e}")
    if extraction.errors:
        return _Extracted(path, None, "; ".join(extraction.errors))
    return _Extracted(path, extraction, None)


def _documents(paths: list[str | Path]) -> tuple[list[str], list[str]]:
    """Files to read, and files found in folders that are no document format (gold .json, notes):
    those are ignored; a file named on its own is always read, so a wrong one is reported."""
    files, ignored = [], []
    for path in paths:
        if Path(path).is_dir() and Path(path).suffix.lower() in FORMATS:
            files.append(str(path))  # a folder named like a document (x.txt): reading it reports the mistake
            continue
        for f in loaders.iter_files([path]):
            if Path(path).is_dir() and f.suffix.lower() not in FORMATS:
                ignored.append(str(f))
            else:
                files.append(str(f))
    return files, ignored


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i: i + size]


def _extract_chunk(paths: list[str], pool: ProcessPoolExecutor | None, bar: tqdm) -> list[_Extracted]:
    out: list[_Extracted] = []
    results = pool.map(extract_path, paths, chunksize=4) if pool else map(extract_path, paths)
    try:
        for result in results:
            out.append(result)
            bar.update(1)
    except BrokenProcessPool as e:
        for path in paths[len(out):]:
            out.append(_Extracted(path, None, f"extraction process died: {e}"))
            bar.update(1)
    return out


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


def ingest_paths(paths: list[str | Path], store: Store, workers: int = 1, report: str | Path | None = None,
                 progress: bool = True, chunk_size: int = CHUNK) -> IngestSummary:
    """Ingest files and folders into `store`; per-file errors are recorded and the batch goes on."""
    started = time.perf_counter()
    summary = IngestSummary(store=store.describe())
    files, ignored = _documents(paths)
    summary.files_ignored = len(ignored)
    summary.files.extend(FileResult(f, "ignored", "not a document format") for f in ignored)
    catalogue = default_catalogue()
    pool = None
    if workers > 1 and len(files) > 1:
        # Workers start from a clean server process, not a fork of this one (it holds the store's threads).
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else None)
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        with tqdm(total=len(files), unit="file", disable=not progress, file=sys.stderr) as bar:
            for chunk in _chunks(files, chunk_size):
                same = _unchanged_files(chunk, store)
                bar.update(len(same))
                extracted = _extract_chunk([p for p in chunk if p not in same], pool, bar)
                _store_chunk(extracted, store, catalogue, summary)
                summary.files_read += len(same)
                summary.files_skipped += len(same)
                summary.files.extend(FileResult(p, "unchanged", None, key) for p, key in same.items())
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
    summary.seconds = time.perf_counter() - started
    if report:
        # a file name that is not UTF-8 is written as its \udcXX escapes, which JSON reads back as the same name
        Path(report).write_text(json.dumps(summary.to_json(), ensure_ascii=False, indent=1), encoding="utf-8",
                                errors="backslashreplace")
    return summary


def _store_chunk(extracted: list[_Extracted], store: Store, catalogue: Catalogue, summary: IngestSummary) -> None:
    """Resolve one chunk against itself and the store, and write it."""
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
    summary.files.extend(results)


def _write(extractions: list[loaders.Extraction], store: Store, catalogue: Catalogue, summary: IngestSummary) -> None:
    written = store.upsert(resolve(extractions, catalogue, store))
    summary.nodes_created += written.nodes_created
    summary.nodes_updated += written.nodes_updated
    summary.edges_created += written.edges_created
    summary.edges_deleted += written.edges_deleted


def _fail(results: list[FileResult], paths: set[str], error: str, summary: IngestSummary) -> None:
    for r in results:
        if r.path in paths and r.status == "stored":
            r.status, r.error = "failed", error
            summary.files_read -= 1
