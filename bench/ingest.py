"""Ingest throughput of both stores, each against its baselines, measured in one run.

    python bench/ingest.py                      # 1k and 10k documents, embedded store (+ Neo4j if NEO4J_URI)
    python bench/ingest.py --sizes 1k --stores embedded,neo4j --profile e2e

For every size, on the synthetic corpus (bench/corpus.py, seed 1), with the same rows for every loader
(the generator's manifest: citing documents, cited documents, CITES edges):

- embedded: `Store.upsert` in batches of 1 000 documents (the store's COPY path) against a per-row
  `UNWIND [row] … MERGE` loader (one statement per row, as stores.md measured; run on the first rows only,
  for at most --baseline-seconds, and reported as a rate);
- neo4j: `Store.upsert` against a naive loader that sends one `MERGE` per row (auto-commit) and against
  `LOAD CSV` of the same rows (served over HTTP from this process, `CALL { … } IN TRANSACTIONS`);
- end to end, embedded: `graph.ingest.ingest_paths` over the corpus files (read, extract, resolve, write),
  documents/s and edges/s.
Ratios are computed within the run: × on a per-row baseline is the baseline's time for all the rows (at its
measured node and edge rates) ÷ Store.upsert's time. Timings are wall clock on whatever the machine is doing.
The offline path (export + `neo4j-admin database import`) is measured by bench/admin_import.py.
"""

from __future__ import annotations

import argparse
import csv
import functools
import http.server
import os
import shutil
import threading
import time
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
    print_machine,
    profiled,
    rate,
    sizes,
    table,
)

DOC_COLS = ("key", "symbol", "family", "doc_type", "scope", "locality", "date", "year", "kind", "source", "is_stub")
CITE_COLS = ("src", "dst", "relation", "surface", "snippet", "start", "end", "count")


def counts(corpus_dir: Path) -> tuple[int, int, int]:
    """(citing documents, Document rows, CITES rows) of the corpus as the loaders send them."""
    n_docs = n_cites = 0
    import json

    for docs, cites in graph_rows(corpus_dir):
        n_docs += len(docs)
        n_cites += len(cites)
    info = json.loads((corpus_dir / "corpus.json").read_text(encoding="utf-8"))
    return info["docs"], n_docs, n_cites


# ------------------------------------------------------------------ embedded


def _fresh_dir(name: str) -> Path:
    path = WORK / name
    if path.exists():
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _ladybug_conn(store: Any) -> Any:
    """The store's ladybug.Connection (the per-row baseline writes through the store's own schema)."""
    import ladybug

    for value in vars(store).values():
        if isinstance(value, ladybug.Connection):
            return value
    db = next((v for v in vars(store).values() if isinstance(v, ladybug.Database)), None)
    if db is None:
        raise RuntimeError("cannot find the embedded store's ladybug connection")
    return ladybug.Connection(db)


def embedded_upsert(corpus_dir: Path, profile: str | None, batch_docs: int = 1000) -> dict[str, float]:
    store = embedded_store(_fresh_dir("emb-upsert"))
    try:
        with Timer() as t:
            profiled("embedded", profile,
                      lambda: [store.upsert(b) for b in graph_batches(corpus_dir, batch_docs)])
    finally:
        store.close()
    return {"seconds": t.seconds}


def _embedded_row_queries(docs: list[dict], cites: list[dict]) -> tuple[str, str]:
    sets = ", ".join(f"d.{c} = r.{c}" for c in DOC_COLS if c != "key")
    node_q = f"UNWIND $rows AS r MERGE (d:Document {{key: r.key}}) ON CREATE SET {sets} ON MATCH SET {sets}"
    rel_sets = ", ".join(f"c.`{c}` = r.`{c}`" for c in CITE_COLS if c not in ("src", "dst"))
    edge_q = ("UNWIND $rows AS r MATCH (a:Document {key: r.src}), (b:Document {key: r.dst}) "
              f"MERGE (a)-[c:CITES]->(b) SET {rel_sets}")
    return node_q, edge_q


def embedded_per_row(corpus_dir: Path, max_seconds: float) -> dict[str, float]:
    """UNWIND [row] … MERGE, one statement per row: nodes for `max_seconds / 2`, then their edges."""
    store = embedded_store(_fresh_dir("emb-per-row"))
    conn = _ladybug_conn(store)
    docs, cites = next(graph_rows(corpus_dir, batch_docs=1000))
    node_q, edge_q = _embedded_row_queries(docs, cites)
    try:
        n_nodes = n_edges = 0
        t0 = time.perf_counter()
        for d in docs:
            conn.execute(node_q, {"rows": [d]})
            n_nodes += 1
            if time.perf_counter() - t0 > max_seconds / 2:
                break
        node_s = time.perf_counter() - t0
        have = {d["key"] for d in docs[:n_nodes]}
        t1 = time.perf_counter()
        for c in cites:
            if c["src"] in have and c["dst"] in have:
                conn.execute(edge_q, {"rows": [c]})
                n_edges += 1
                if time.perf_counter() - t1 > max_seconds / 2:
                    break
        edge_s = time.perf_counter() - t1
    finally:
        store.close()
    return {"nodes": n_nodes, "node_seconds": node_s, "edges": n_edges, "edge_seconds": edge_s}


def embedded_e2e(corpus_dir: Path, workers: int, profile: str | None) -> dict[str, Any]:
    from graph.ingest import ingest_paths

    store = embedded_store(_fresh_dir("emb-e2e"))
    try:
        with Timer() as t:
            summary = profiled("e2e", profile, lambda: ingest_paths([str(corpus_dir / "docs")], store,
                                                                     workers=workers, progress=False))
        stats = store.stats()
    finally:
        store.close()
    return {"seconds": t.seconds, "files": summary.files_read, "failed": summary.files_failed,
            "references": summary.references, "edges_created": summary.edges_created,
            "cites_in_store": stats.get("relationships", {}).get("CITES", 0),
            "edges_in_store": sum(stats.get("relationships", {}).values())}


# ------------------------------------------------------------------ neo4j


def _neo4j_store() -> Any:
    from graph.neo4j_store import Neo4jStore

    return Neo4jStore(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD"))


def _driver() -> Any:
    import neo4j

    user, password = os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD")
    return neo4j.GraphDatabase.driver(os.environ["NEO4J_URI"], auth=(user, password) if user else None,
                                      notifications_min_severity="OFF")


def neo4j_version() -> str | None:
    if not os.environ.get("NEO4J_URI"):
        return None
    try:
        with _driver() as driver:
            rec = driver.execute_query("CALL dbms.components() YIELD name, versions, edition "
                                       "RETURN versions[0] AS v, edition AS e").records[0]
            return f"{rec['v']} {rec['e']}"
    except Exception as e:  # noqa: BLE001
        return f"unreachable ({type(e).__name__})"


def neo4j_upsert(corpus_dir: Path, profile: str | None, batch_docs: int = 1000) -> dict[str, float]:
    store = _neo4j_store()
    try:
        store.clear()
        with Timer() as t:
            profiled("neo4j", profile, lambda: [store.upsert(b) for b in graph_batches(corpus_dir, batch_docs)])
    finally:
        store.close()
    return {"seconds": t.seconds}


def _neo4j_queries() -> tuple[str, str]:
    sets = ", ".join(f"d.{c} = ${c}" for c in DOC_COLS if c != "key")
    rel_sets = ", ".join(f"c.`{c}` = ${c}" for c in CITE_COLS if c not in ("src", "dst"))
    return (f"MERGE (d:Document {{key: $key}}) SET {sets}",
            f"MATCH (a:Document {{key: $src}}), (b:Document {{key: $dst}}) MERGE (a)-[c:CITES]->(b) SET {rel_sets}")


def neo4j_per_row(corpus_dir: Path, max_seconds: float) -> dict[str, float]:
    """One auto-commit MERGE per row (the naive loader), on the first rows, for at most `max_seconds`."""
    store = _neo4j_store()  # its constraints and indexes stay; the data goes
    store.clear()
    store.close()
    node_q, edge_q = _neo4j_queries()
    n_nodes = n_edges = 0
    with _driver() as driver, driver.session() as session:
        deadline = time.perf_counter() + max_seconds / 2
        t0 = time.perf_counter()
        have: set[str] = set()
        for docs, _cites in graph_rows(corpus_dir):
            for d in docs:
                session.run(node_q, d).consume()
                have.add(d["key"])
                n_nodes += 1
                if time.perf_counter() > deadline:
                    break
            if time.perf_counter() > deadline:
                break
        node_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        deadline = t1 + max_seconds / 2
        for _docs, cites in graph_rows(corpus_dir):
            for c in cites:
                if c["src"] in have and c["dst"] in have:
                    session.run(edge_q, c).consume()
                    n_edges += 1
                    if time.perf_counter() > deadline:
                        break
            if time.perf_counter() > deadline:
                break
        edge_s = time.perf_counter() - t1
    return {"nodes": n_nodes, "node_seconds": node_s, "edges": n_edges, "edge_seconds": edge_s}


def _write_csv(corpus_dir: Path, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "docs.csv").open("w", newline="", encoding="utf-8") as fd, \
            (folder / "cites.csv").open("w", newline="", encoding="utf-8") as fc:
        wd, wc = csv.DictWriter(fd, DOC_COLS), csv.DictWriter(fc, CITE_COLS)
        wd.writeheader()
        wc.writeheader()
        for docs, cites in graph_rows(corpus_dir):
            wd.writerows(docs)
            wc.writerows(cites)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


def neo4j_load_csv(corpus_dir: Path) -> dict[str, float]:
    """LOAD CSV of the same rows, served over HTTP (no server-side import folder needed)."""
    store = _neo4j_store()
    store.clear()
    store.close()
    folder = _fresh_dir("csv")
    with Timer() as tw:
        _write_csv(corpus_dir, folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    sets = ", ".join(f"d.{c} = r.{c}" for c in DOC_COLS if c not in ("key", "year", "is_stub"))
    node_q = ("LOAD CSV WITH HEADERS FROM $url AS r CALL (r) { MERGE (d:Document {key: r.key}) "
              f"SET {sets}, d.year = toInteger(r.year), d.is_stub = (r.is_stub = 'True') }} "
              "IN TRANSACTIONS OF 10000 ROWS")
    edge_q = ("LOAD CSV WITH HEADERS FROM $url AS r CALL (r) { MATCH (a:Document {key: r.src}), "
              "(b:Document {key: r.dst}) MERGE (a)-[c:CITES]->(b) SET c.relation = r.relation, "
              "c.surface = r.surface, c.snippet = r.snippet, c.start = toInteger(r.start), "
              "c.`end` = toInteger(r.`end`), c.count = toInteger(r.count) } IN TRANSACTIONS OF 10000 ROWS")
    try:
        with _driver() as driver, driver.session() as session:
            with Timer() as tn:
                session.run(node_q, url=f"{base}/docs.csv").consume()
            with Timer() as te:
                session.run(edge_q, url=f"{base}/cites.csv").consume()
    finally:
        server.shutdown()
    return {"csv_seconds": tw.seconds, "node_seconds": tn.seconds, "edge_seconds": te.seconds}


# ------------------------------------------------------------------ main


def run(n: int, stores: list[str], workers: int, baseline_seconds: float, profile: str | None,
        e2e: bool, batch_docs: list[int]) -> list[dict[str, Any]]:
    c = corpus(n)
    n_citing, n_doc_rows, n_cite_rows = counts(c)
    rows: list[dict[str, Any]] = []
    print(f"\n== {n:,} documents: {n_doc_rows:,} Document rows, {n_cite_rows:,} CITES rows ({c})", flush=True)

    def add(store: str, loader: str, seconds: float, docs: int, nodes: int, edges: int, note: str = "") -> None:
        rows.append({"size": n, "store": store, "loader": loader, "seconds": seconds,
                     "docs/s": rate(docs, seconds), "nodes/s": rate(nodes, seconds),
                     "edges/s": rate(edges, seconds), "×": None, "note": note})

    if "embedded" in stores:
        first = len(rows)
        for b in batch_docs:
            up = embedded_upsert(c, profile, b)
            add("embedded", f"Store.upsert (COPY), {b:,} docs a batch", up["seconds"], n_citing, n_doc_rows,
                n_cite_rows)
        base = embedded_per_row(c, baseline_seconds)
        secs = base["node_seconds"] + base["edge_seconds"]
        add("embedded", "UNWIND…MERGE per row", secs, 0, 0, 0,
            f"{base['nodes']} nodes in {base['node_seconds']:.1f} s, {base['edges']} edges in "
            f"{base['edge_seconds']:.1f} s (first rows only)")
        rows[-1]["nodes/s"] = rate(base["nodes"], base["node_seconds"])
        rows[-1]["edges/s"] = rate(base["edges"], base["edge_seconds"])
        rows[-1]["docs/s"] = None
        _ratios(rows[first:-1], rows[-1], n_doc_rows, n_cite_rows)
        if e2e:
            r = embedded_e2e(c, workers, profile)
            add("embedded", f"end to end, ingest_paths workers={workers}", r["seconds"], r["files"], 0,
                r["edges_in_store"], f"{r['references']} references, {r['cites_in_store']} CITES, "
                f"{r['edges_in_store']} edges in store, {r['failed']} failed")
            rows[-1]["nodes/s"] = None
    if "neo4j" in stores:
        if not os.environ.get("NEO4J_URI"):
            print("neo4j: NEO4J_URI is not set (NEO4J_URI=$(bash scripts/neo4j start)); skipped")
        else:
            first = len(rows)
            for b in batch_docs:
                up = neo4j_upsert(c, profile, b)
                add("neo4j", f"Store.upsert, {b:,} docs a batch", up["seconds"], n_citing, n_doc_rows, n_cite_rows)
            base = neo4j_per_row(c, baseline_seconds)
            add("neo4j", "one MERGE per row (auto-commit)", base["node_seconds"] + base["edge_seconds"], 0, 0, 0,
                f"{base['nodes']} nodes in {base['node_seconds']:.1f} s, {base['edges']} edges in "
                f"{base['edge_seconds']:.1f} s (first rows only)")
            rows[-1]["nodes/s"] = rate(base["nodes"], base["node_seconds"])
            rows[-1]["edges/s"] = rate(base["edges"], base["edge_seconds"])
            rows[-1]["docs/s"] = None
            _ratios(rows[first:first + len(batch_docs)], rows[-1], n_doc_rows, n_cite_rows)
            lc = neo4j_load_csv(c)
            secs = lc["node_seconds"] + lc["edge_seconds"]
            add("neo4j", "LOAD CSV (IN TRANSACTIONS)", secs, n_citing, n_doc_rows, n_cite_rows,
                f"nodes {lc['node_seconds']:.1f} s, edges {lc['edge_seconds']:.1f} s; "
                f"writing the CSV {lc['csv_seconds']:.1f} s not counted")
            rows[-1]["×"] = "; ".join(f"{r['loader'].split(', ')[-1]}: {secs / r['seconds']:,.2f}×"
                                      for r in rows[first:first + len(batch_docs)])
    return rows


def _ratios(ours: list[dict[str, Any]], baseline: dict[str, Any], nodes: int, edges: int) -> None:
    """Fill the baseline row's × column: how many times faster each upsert row is, on the whole load (the
    baseline's time for all `nodes` and `edges` at its measured rates ÷ the upsert's time), edges/s and nodes/s."""
    def ratio(row: dict[str, Any], col: str) -> str:
        a, b = row.get(col), baseline.get(col)
        return f"{a / b:,.1f}×" if a and b else "-"

    def whole(row: dict[str, Any]) -> str:
        nr, er = baseline.get("nodes/s"), baseline.get("edges/s")
        if not (nr and er and row["seconds"]):
            return "-"
        return f"{(nodes / nr + edges / er) / row['seconds']:,.1f}×"

    baseline["×"] = "; ".join(f"{r['loader'].split(', ')[-1]}: {whole(r)} the whole load ({ratio(r, 'edges/s')} "
                              f"edges/s, {ratio(r, 'nodes/s')} nodes/s)" for r in ours)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1k,10k", help="corpus sizes, e.g. 1k,10k (default)")
    ap.add_argument("--stores", default="embedded,neo4j", help="embedded,neo4j (Neo4j needs NEO4J_URI)")
    ap.add_argument("--workers", type=int, default=2, help="extraction processes for the end-to-end run")
    ap.add_argument("--baseline-seconds", type=float, default=20.0, help="time budget of each per-row baseline")
    ap.add_argument("--no-e2e", action="store_true", help="skip the end-to-end ingest")
    ap.add_argument("--batch-docs", default="500,5000",
                    help="documents per Store.upsert call (default 500 = graph/ingest.py's CHUNK, and 5000)")
    ap.add_argument("--profile", choices=("embedded", "neo4j", "e2e"), help="run that step under pyinstrument")
    args = ap.parse_args(argv)
    WORK.mkdir(parents=True, exist_ok=True)
    print_machine(machine(neo4j_version()))
    rows: list[dict[str, Any]] = []
    for n in sizes(args.sizes):
        rows += run(n, args.stores.split(","), args.workers, args.baseline_seconds, args.profile, not args.no_e2e,
                    [int(b) for b in args.batch_docs.split(",")])
        table(rows, "ingest (so far)")
    table(rows, "ingest: rates per loader; × = Store.upsert ÷ that baseline, same rows, same run")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
