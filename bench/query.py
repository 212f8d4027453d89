"""Read latency of both stores: cited-by, search, two-hop neighbourhood and the app's document page.

    python bench/query.py                       # 10k documents, embedded (+ Neo4j if NEO4J_URI)
    python bench/query.py --sizes 10k,100k --stores embedded --samples 300

The store is loaded once per size with `Store.upsert` from the generator's manifest (so the numbers do not
depend on the extractor), then every query runs on a seeded sample of keys: the most cited documents
(the worst case: the app's front page shows them) and cited documents drawn uniformly. p50/p95/p99 in ms.
Cited-by asks for what the app's document page shows at once: the first page (`views.CITED_BY_PAGE`, 50
citers); the most cited are also asked, in the same run, without the kept citers (sorting every citer) for
that page and for the 500 rows the app used to show (what was measured before the kept citers).
Search asks SEARCHES in turn (a symbol, type names with and without accents, places, parts of symbols); on
the embedded store the same queries also run, in the same run, by reading every Document (the search before
its word index, `read_search_index` off).
The last lines, one per store and size, are `cited-by p95 ms, most cited / uniform: A / B (store, size)`,
after `cited-by p95 most cited, sorted / kept: X (store, size)` (the same first page both ways) and
`search p95 ms, index / scan: A / B, ratio scan/index: X (store, size)` (Neo4j: `search p95 ms: A`).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from collections import Counter
from pathlib import Path
from typing import Any

from common import (
    WORK,
    Timer,
    corpus,
    embedded_store,
    graph_batches,
    graph_rows,
    machine,
    percentiles,
    print_machine,
    sizes,
    table,
)
from ingest import _fresh_dir, _neo4j_store, neo4j_version

from graph.store import StoreError

SEARCHES = ("35-NQ/TW", "nghi quyet", "Nghị quyết", "chỉ thị", "quyet dinh", "NĐ-CP", "ket luan", "2020",
            "Quảng Trị", "thong tu", "57-NQ", "kế hoạch")


def document_page(store: Any, key: str) -> None:
    """What the app's document page computes when it opens (app.py page_document: the list of citers),
    without Streamlit."""
    from graph import views

    store.get_document(key)
    store.citer_count(key)
    views.citing_rows(store, key, limit=views.CITED_BY_PAGE)  # the list it opens on, a page of citers
    views.cited_rows(store, key)


def sample_keys(corpus_dir: Path, k: int, seed: int = 1) -> tuple[list[str], list[str]]:
    """(the k/4 most cited keys, k cited keys drawn uniformly), and keys of citing documents."""
    cited: Counter[str] = Counter()
    citing: list[str] = []
    for _docs, cites in graph_rows(corpus_dir):
        for c in cites:
            cited[c["dst"]] += 1
        citing += sorted({c["src"] for c in cites})
    rng = random.Random(seed)
    top = [key for key, _n in cited.most_common(max(1, k // 4))]
    uniform = rng.sample(sorted(cited), min(k, len(cited)))
    return top + uniform, rng.sample(citing, min(k, len(citing)))


Q_MOST_CITED = ("MATCH (:Document)-[:CITES]->(d:Document) RETURN d.key AS key, count(*) AS n "
                "ORDER BY n DESC, key LIMIT $k")
Q_CITED = "MATCH (:Document)-[:CITES]->(d:Document) RETURN DISTINCT d.key AS key"
Q_CITING = "MATCH (a:Document)-[:CITES]->(:Document) RETURN DISTINCT a.key AS key"


def sample_keys_from_store(store: Any, k: int, seed: int = 1) -> tuple[list[str], list[str]]:
    """`sample_keys` for a store filled some other way (an end-to-end ingest): read from the store itself."""
    rng = random.Random(seed)
    top = [r["key"] for r in store.query(Q_MOST_CITED, {"k": max(1, k // 4)})]
    cited = sorted(r["key"] for r in store.query(Q_CITED))
    citing = sorted(r["key"] for r in store.query(Q_CITING))
    return top + rng.sample(cited, min(k, len(cited))), rng.sample(citing, min(k, len(citing)))


LOAD_BATCH = 1000  # documents a Store.upsert when loading the manifest (--load-batch)


def load(store: Any, corpus_dir: Path, batch: int = LOAD_BATCH) -> float:
    store.clear()
    with Timer() as t:
        for b in graph_batches(corpus_dir, batch):
            store.upsert(b)
    return t.seconds


def _open(kind: str, n: int, batch: int = LOAD_BATCH) -> tuple[Any, float | None]:
    """A store holding the corpus of `n` documents (the embedded one is kept between runs)."""
    if kind == "neo4j":
        store = _neo4j_store()
        return store, load(store, corpus(n), batch)
    path = WORK / f"q-emb-{n}"
    marker = WORK / f"q-emb-{n}.done"
    if path.exists() and marker.exists():
        try:
            with Timer() as t:  # a store made before the kept citers is given them here, once
                store = embedded_store(path)
            print(f"  opened {path} for writing in {t.seconds:.1f} s", flush=True)
            return store, None
        except StoreError as e:  # made by another version of citegraph: load it again
            print(f"  {path}: {e}; loading it again", flush=True)
    marker.unlink(missing_ok=True)
    store = embedded_store(_fresh_dir(f"q-emb-{n}"))
    secs = load(store, corpus(n), batch)
    marker.write_text(json.dumps({"seconds": secs}))
    return store, secs


def _profile(name: str, fn: Any, args: list[Any]) -> None:
    from pyinstrument import Profiler

    prof = Profiler(interval=0.001)
    prof.start()
    for a in args:
        fn(a)
    prof.stop()
    text = prof.output_text(unicode=True, color=False)
    (WORK / f"profile-query-{name.split(' (')[0].replace(' ', '-')}.txt").write_text(text, encoding="utf-8")
    print(f"\npyinstrument profile of {name}, {len(args)} runs:\n" + "\n".join(text.splitlines()[:50]))


def timed(fn: Any, args: list[Any], warmup: int = 10) -> list[float]:
    for a in args[:warmup]:
        fn(a)
    out = []
    for a in args:
        t0 = time.perf_counter()
        fn(a)
        out.append((time.perf_counter() - t0) * 1000)
    return out


MOST_CITED = "  cited-by, the most cited quarter"
UNIFORM = "  cited-by, drawn uniformly"
MOST_CITED_SORTED = "  cited-by, the most cited quarter, sorting every citer"
MOST_CITED_500 = "  cited-by, the most cited quarter, 500 rows sorting every citer (before)"
SEARCH = "search (Store.search)"
SEARCH_SCAN = "  search, reading every Document (before the word index)"


def switched_off(store: Any, flag: str, fn: Any) -> Any:
    """`fn` run on the store with its read flag `flag` off: `read_kept_citers` (the sort, or Neo4j's date
    window, answers) or `read_search_index` (the embedded store reads every Document)."""
    def run(arg: Any) -> Any:
        setattr(store, flag, False)
        try:
            return fn(arg)
        finally:
            setattr(store, flag, True)
    return run


def summary_lines(rows: list[dict[str, Any]]) -> list[str]:
    """`cited-by p95 ms, most cited / uniform: A / B (store, size)`, one per store and size measured."""
    p95 = {(r["store"], r["size"], r["query"]): r["p95"] for r in rows}
    out = []
    for store, n in dict.fromkeys((r["store"], r["size"]) for r in rows):
        top, sort = p95.get((store, n, MOST_CITED)), p95.get((store, n, MOST_CITED_SORTED))
        if top and sort is not None:
            out.append(f"cited-by p95 most cited, sorted / kept: {sort / top:.1f} ({store}, {n:,} documents)")
    for store, n in dict.fromkeys((r["store"], r["size"]) for r in rows):
        top, uniform = p95.get((store, n, MOST_CITED)), p95.get((store, n, UNIFORM))
        if top is not None and uniform is not None:
            out.append(f"cited-by p95 ms, most cited / uniform: {top:.2f} / {uniform:.2f} ({store}, {n:,} documents)")
    for store, n in dict.fromkeys((r["store"], r["size"]) for r in rows):
        index, scan = p95.get((store, n, SEARCH)), p95.get((store, n, SEARCH_SCAN))
        if index is not None and scan is not None:
            out.append(f"search p95 ms, index / scan: {index:.2f} / {scan:.2f}, ratio scan/index: {scan / index:.1f} "
                       f"({store}, {n:,} documents)")
        elif index is not None:
            out.append(f"search p95 ms: {index:.2f} ({store}, {n:,} documents)")
    return out


def report(rows: list[dict[str, Any]]) -> None:
    table(rows, "query latency, ms (target: cited-by p95 ≤ 10 ms)")
    for line in summary_lines(rows):
        print(line)


def run(n: int, kind: str, samples: int, profile: str | None = None, db: Path | None = None,
        load_batch: int = LOAD_BATCH) -> list[dict[str, Any]]:
    """Every query's latencies on the store of `n` documents (or on the existing embedded store `db`)."""
    if db is not None:
        store, load_s = embedded_store(db), None
        cited, citing = sample_keys_from_store(store, samples)
    else:
        store, load_s = _open(kind, n, load_batch)
        cited, citing = sample_keys(corpus(n), samples)
    rows = []
    try:
        stats = store.stats()
        print(f"\n== {kind}, {n:,} documents: {stats} (loaded in "
              f"{'a previous run' if load_s is None else f'{load_s:.1f} s'})", flush=True)
        from graph import views

        page = views.CITED_BY_PAGE
        searches = [SEARCHES[i % len(SEARCHES)] for i in range(samples)]
        top = cited[: max(1, samples // 4)]
        cases = [
            ("cited-by (Store.cited_by, first page)", lambda k: store.cited_by(k, limit=page), cited),
            (MOST_CITED, lambda k: store.cited_by(k, limit=page), top),
            (UNIFORM, lambda k: store.cited_by(k, limit=page), cited[max(1, samples // 4):]),
            (MOST_CITED_SORTED, switched_off(store, "read_kept_citers", lambda k: store.cited_by(k, limit=page)), top),
            (MOST_CITED_500, switched_off(store, "read_kept_citers", lambda k: store.cited_by(k, limit=500)), top),
            ("  cited-by, the most cited quarter, second page", lambda k: store.cited_by(k, limit=page, offset=page),
             top),
            ("  citer count (Store.citer_count)", lambda k: store.citer_count(k), top),
            ("cites (Store.cites)", lambda k: store.cites(k), citing),
            (SEARCH, lambda q: store.search(q, limit=50), searches),
            *([(SEARCH_SCAN, switched_off(store, "read_search_index", lambda q: store.search(q, limit=50)), searches)]
              if kind == "embedded" else []),
            ("two-hop neighbourhood (views.neighbourhood hops=2)",
             lambda k: views.neighbourhood(store, k, hops=2), cited[: max(20, samples // 4)]),
            ("document page (app.py page_document)", lambda k: document_page(store, k),
             cited[: max(20, samples // 2)]),
        ]
        for name, fn, args in cases:
            if profile and name.startswith(profile):
                _profile(name, fn, args)
            ms = timed(fn, args)
            rows.append({"size": n, "store": kind, "query": name, "runs": len(ms), **percentiles(ms),
                         "max": max(ms)})
    finally:
        store.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10k")
    ap.add_argument("--stores", default="embedded,neo4j")
    ap.add_argument("--samples", type=int, default=200, help="keys per query (default 200)")
    ap.add_argument("--profile", choices=("cited-by", "cites", "search", "two-hop", "document page"),
                    help="also run that query's samples once under pyinstrument and print the profile")
    ap.add_argument("--db", type=Path, help="measure this existing embedded store (e.g. filled by `citegraph "
                    "ingest`) instead of loading the manifest; --sizes then only labels the rows")
    ap.add_argument("--load-batch", type=int, default=LOAD_BATCH,
                    help="documents a Store.upsert when loading the manifest (the embedded store pays a "
                         "checkpoint per upsert that grows with the database: use 25000 at 1m)")
    args = ap.parse_args(argv)
    WORK.mkdir(parents=True, exist_ok=True)
    print_machine(machine(neo4j_version()))
    rows: list[dict[str, Any]] = []
    if args.db:
        report(run(sizes(args.sizes)[0], "embedded", args.samples, args.profile, db=args.db))
        return 0
    for n in sizes(args.sizes):
        for kind in args.stores.split(","):
            if kind == "neo4j" and not os.environ.get("NEO4J_URI"):
                print("neo4j: NEO4J_URI is not set (NEO4J_URI=$(bash scripts/neo4j start)); skipped")
                continue
            rows += run(n, kind, args.samples, args.profile, load_batch=args.load_batch)
            table(rows, "query latency so far, ms")
    report(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
