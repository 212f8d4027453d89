"""The load step of ingest, end to end from extracted documents: resolve and write, nothing else.

    python bench/load.py                        # 10k documents, embedded (+ Neo4j if NEO4J_URI)
    python bench/load.py --sizes 10k,100k --stores embedded
    python bench/load.py --sizes 10k --profile embedded

The corpus (bench/corpus.py, seed 1) is extracted once, with `graph.ingest.extract_path` in --workers
processes, into a cache of pickled extractions under $CITEGRAPH_BENCH_DIR (`extracted-N-s1.pickle`,
streamed: written and read one record at a time, never held in memory). Each row then loads that
cache into a fresh store with `graph.ingest.store_extracted`, the code `ingest_paths` runs after
extraction (the unchanged check, resolution against the batch and the store, `Store.upsert`, in its
batches: `graph.ingest.EMBEDDED_DOCS` / `EMBEDDED_REFERENCES` on the embedded store, `CHUNK` /
`BATCH_REFERENCES` on Neo4j), and reports documents/s, CITES edges/s, all edges/s, the peak RSS of this
process, and its writes' commits: how many, their seconds together (on the embedded store each COMMIT
includes the checkpoint) and the longest. The baseline, measured in the same run, is the same load in the
old batches of 500 documents, on the first `--baseline-docs` documents.

The engine's limit, also measured in the same run: the rows the embedded load stored, every table written
to Parquet by LadybugDB's own `COPY (MATCH …) TO` (nodes in the table's column order; a rel table's from
key, to key and properties, one file per FROM/TO pair), then `COPY table FROM file` per table into a fresh
store with the same schema (opened by `EmbeddedStore`): the COPY statements alone are timed. The last line,
one per size, is `ratio load/copy: X` = the load step's edges/s ÷ the COPY's edges/s (same edges).
"""

from __future__ import annotations

import argparse
import os
import pickle
import resource
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from common import WORK, Timer, corpus, machine, print_machine, profiled, rate, sizes, table
from ingest import _ladybug_conn


def cache_file(n: int) -> Path:
    return WORK / f"extracted-{n}-s1.pickle"


def _files(corpus_dir: Path) -> Iterator[str]:
    """The corpus's document files, in a stable order, streamed."""
    for folder, dirs, files in os.walk(corpus_dir / "docs"):
        dirs.sort()
        yield from (os.path.join(folder, f) for f in sorted(files))


def extract_cache(n: int, workers: int) -> Path:
    """Extract the corpus of `n` documents once into a pickle stream (reused when complete)."""
    out = cache_file(n)
    if out.exists():
        return out
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from graph.ingest import extract_path

    c = corpus(n)
    part = out.with_suffix(".part")
    t0 = time.perf_counter()
    context = multiprocessing.get_context("forkserver")
    count = 0
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool, part.open("wb") as f:
        for extracted in pool.map(extract_path, _files(c), chunksize=16):
            pickle.dump(extracted, f, protocol=pickle.HIGHEST_PROTOCOL)
            count += 1
            if count % 10_000 == 0:
                print(f"  extracted {count:,} of {n:,} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    part.rename(out)
    print(f"extracted {count:,} documents into {out} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return out


def read_cache(path: Path, limit: int | None = None) -> Iterator[Any]:
    """The cached extractions, one at a time."""
    with path.open("rb") as f:
        for i in range(limit if limit is not None else sys.maxsize):
            try:
                yield pickle.load(f)
            except EOFError:
                return
            del i


def _open(kind: str, name: str) -> Any:
    if kind == "neo4j":
        from graph.neo4j_store import Neo4jStore

        store = Neo4jStore(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD"))
        store.clear()
        return store
    from graph.embedded_store import EmbeddedStore

    path = WORK / name
    shutil.rmtree(path, ignore_errors=True)
    return EmbeddedStore(str(path))


def load(kind: str, n: int, cache: Path, limit: int | None, batch_docs: int | None,
         profile: bool, copy: bool = False) -> dict[str, Any]:
    """Load the cached extractions into a fresh store; rates and peak RSS. With `copy` (embedded), the
    stored rows are then written again by COPY alone into another fresh store (row under "copy")."""
    from graph.ingest import IngestSummary, store_extracted

    store = _open(kind, f"load-{kind}-{n}")
    summary = IngestSummary()
    try:
        t0 = time.perf_counter()
        profiled("load", "load" if profile else None,
                 lambda: store_extracted(read_cache(cache, limit), store, summary, batch_docs=batch_docs), lines=80)
        seconds = time.perf_counter() - t0
        stats = store.stats()
        rels = stats["relationships"]
        row = _row(kind, n, batch_docs, summary.files_read, summary.files_failed, rels, seconds)
        row["commits"] = (f"{summary.batches} in {summary.commit_seconds:.1f} s "
                          f"(longest {summary.longest_commit_seconds:.1f})")
        _progress(row)
        if copy:
            files = WORK / f"copy-files-{n}"
            shutil.rmtree(files, ignore_errors=True)
            files.mkdir(parents=True)
            with Timer() as exported:
                tables = export_tables(_ladybug_conn(store), files)
    finally:
        store.close()
    if kind == "embedded":
        shutil.rmtree(WORK / f"load-{kind}-{n}", ignore_errors=True)
    if copy:
        row["copy"] = copy_only(n, tables, exported.seconds, summary.files_read, stats)
        _progress(row["copy"])
        shutil.rmtree(files, ignore_errors=True)
    return row


def _progress(row: dict[str, Any]) -> None:
    print("  " + ", ".join(f"{k} {v:,.0f}" if isinstance(v, float) else f"{k} {v}" for k, v in row.items()),
          file=sys.stderr, flush=True)


# ------------------------------------------------------------------ the engine's limit: COPY alone


def _name(column: str) -> str:
    return f"`{column}`"


def export_tables(conn: Any, folder: Path) -> list[tuple[str, str, str, int]]:
    """Every non-empty table of a loaded embedded store as Parquet files under `folder`, written by
    LadybugDB's `COPY (MATCH …) TO`, in the column order `COPY … FROM` expects; the tables and columns
    come from the engine's catalogue. [(table, file, COPY options, rows)], node tables first."""
    out = []
    tables = conn.execute("CALL show_tables() RETURN *").get_all()
    for kind in ("NODE", "REL"):
        for name in sorted(t[1] for t in tables if t[2] == kind):
            props = [r[1] for r in conn.execute(f"CALL table_info('{name}') RETURN *").get_all()]
            if kind == "NODE":
                parts = [(f"MATCH (n:{name})", [f"n.{_name(c)}" for c in props], "")]
            else:
                parts = [(f"MATCH (a:{fl})-[r:{name}]->(b:{tl})",
                          [f"a.{_name(fk)}", f"b.{_name(tk)}"] + [f"r.{_name(c)}" for c in props],
                          f" (from='{fl}', to='{tl}')")
                         for fl, tl, fk, tk in conn.execute(f"CALL show_connection('{name}') RETURN *").get_all()]
            for i, (match, columns, options) in enumerate(parts):
                ((rows,),) = conn.execute(f"{match} RETURN count(*)").get_all()
                if not rows:
                    continue
                file = str(folder / f"{name}-{i}.parquet")
                conn.execute(f"COPY ({match} RETURN {', '.join(columns)}) TO '{file}'")
                out.append((name, file, options, rows))
    return out


def copy_only(n: int, tables: list[tuple[str, str, str, int]], export_seconds: float, docs: int,
              loaded: dict[str, dict[str, int]]) -> dict[str, Any]:
    """COPY the exported files, one statement per file, into a fresh embedded store; only the COPYs timed.
    A table the fresh store already filled when it opened (its schema version) is left as it is. The copy
    must hold what the load stored (`loaded`, its stats): every label's and type's count."""
    store = _open("embedded", f"copy-{n}")
    try:
        conn = _ladybug_conn(store)
        filled = {t[1] for t in conn.execute("CALL show_tables() RETURN *").get_all() if t[2] == "NODE"
                  and conn.execute(f"MATCH (n:{t[1]}) RETURN count(*)").get_all()[0][0]}
        tables = [t for t in tables if t[0] not in filled]
        seconds = 0.0
        for table, file, options, _rows in tables:
            with Timer() as t:
                conn.execute(f"COPY {table} FROM '{file}'{options}")
            seconds += t.seconds
        stats = store.stats()
    finally:
        store.close()
        shutil.rmtree(WORK / f"copy-{n}", ignore_errors=True)
    row = _row("embedded", n, None, docs, 0, stats["relationships"], seconds)
    row["peak RSS MB"] = None  # this process's peak so far is the load's
    row["loader"] = (f"COPY FROM Parquet alone, {len(tables)} files (writing them: {export_seconds:.1f} s, "
                     "not counted)")
    if stats != loaded:
        row["loader"] += f"; WARNING: the copy holds {stats}, the load stored {loaded}"
    return row


def _row(kind: str, n: int, batch_docs: int | None, docs: int, failed: int, rels: dict[str, int],
         seconds: float) -> dict[str, Any]:
    edges = sum(rels.values())
    return {"store": kind, "size": n, "loader": f"{batch_docs} docs a batch" if batch_docs else "store_extracted",
            "docs": docs, "CITES": rels.get("CITES", 0), "all edges": edges, "seconds": seconds,
            "docs/s": rate(docs, seconds), "CITES/s": rate(rels.get("CITES", 0), seconds),
            "edges/s": rate(edges, seconds),
            "peak RSS MB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "failed": failed}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10k", help="corpus sizes, e.g. 10k,100k (default 10k)")
    ap.add_argument("--stores", default="embedded,neo4j" if os.environ.get("NEO4J_URI") else "embedded")
    ap.add_argument("--workers", type=int, default=2, help="extraction processes (the cache, once)")
    ap.add_argument("--baseline-docs", type=int, default=5000,
                    help="documents loaded in 500-document batches as the baseline (0: none)")
    ap.add_argument("--extract-only", action="store_true", help="build the caches and stop")
    ap.add_argument("--profile", choices=["embedded", "neo4j"], help="profile this store's load (pyinstrument)")
    ap.add_argument("--no-copy", action="store_true", help="skip the COPY-only write (and the ratio line)")
    args = ap.parse_args(argv)
    WORK.mkdir(parents=True, exist_ok=True)
    print_machine(machine())
    caches = {n: extract_cache(n, args.workers) for n in sizes(args.sizes)}
    if args.extract_only:
        return 0
    rows, ratios = [], []
    for n, cache in caches.items():
        for kind in args.stores.split(","):
            if args.baseline_docs:
                base = load(kind, n, cache, min(n, args.baseline_docs), 500, False)
                rows.append(base)
            row = load(kind, n, cache, None, None, args.profile == kind, copy=kind == "embedded" and not args.no_copy)
            if args.baseline_docs:
                row["vs 500-doc batches"] = f"{row['edges/s'] / base['edges/s']:.1f}× edges/s"
                base["vs 500-doc batches"] = "1×"
            rows.append(row)
            if "copy" in row:
                copied = row.pop("copy")
                copied["vs 500-doc batches"] = f"load/copy {row['edges/s'] / copied['edges/s']:.3f}"
                rows.append(copied)
                ratios.append(f"ratio load/copy: {row['edges/s'] / copied['edges/s']:.3f} (embedded, {n:,} documents: "
                              f"load {row['edges/s']:,.0f} edges/s, COPY {copied['edges/s']:,.0f} edges/s)")
    cols = ["store", "size", "loader", "docs", "CITES", "all edges", "seconds", "docs/s", "CITES/s", "edges/s",
            "peak RSS MB", "failed", "commits", "vs 500-doc batches"]
    table([{c: r.get(c) for c in cols} for r in rows],
          "load step (resolve + write) from cached extractions; target ≥ 100 000 edges/s embedded, "
          "≥ 0.5 of COPY alone")
    for line in ratios:
        print(line)
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
