"""Offline bulk load: `citegraph export --format csv` + `neo4j-admin database import full`, against Store.upsert.

    python bench/admin_import.py --sizes 10k,100k          # + Neo4j Store.upsert when NEO4J_URI is set

The plan for a corpus past one server's online write rate: ingest into the embedded store (or any store),
export the CSV that neo4j-admin reads (graph/export.py), and import it offline into an empty database,
which a server then opens. For every size, on the synthetic corpus (bench/corpus.py, seed 1) loaded from
the generator's manifest (so the numbers do not depend on the extractor):

- the export of a store holding the corpus (seconds, rows written): the embedded store (kept between runs,
  as bench/query.py keeps it), or with --from neo4j the Neo4j server, loaded by Store.upsert in the same run;
- `neo4j-admin database import full` of that folder (the real tool, Neo4j 5.26 from Maven Central as
  tests/test_export.py runs it), nodes/s and edges/s with and without the JVM's start-up;
- Neo4j `Store.upsert` of the same rows (batches of --batch-docs documents) when NEO4J_URI is set.
Ratios are computed within the run. Timings are wall clock on whatever the machine is doing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
from pathlib import Path
from typing import Any

from common import (
    ROOT,
    WORK,
    Timer,
    corpus,
    embedded_store,
    graph_batches,
    machine,
    print_machine,
    rate,
    sizes,
    table,
)
from ingest import _fresh_dir, _neo4j_store, counts, neo4j_upsert, neo4j_version

POM = ROOT / "tests" / "neo4j_admin" / "pom.xml"
OPENS = ["--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
         "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "-Dio.netty.tryReflectionSetAccessible=true"]


def admin_classpath() -> str:
    """The class path of neo4j-admin, resolved by Maven once and cached beside the bench's corpora."""
    cp = WORK / "neo4j-admin-classpath.txt"
    if not cp.exists() or cp.stat().st_mtime < POM.stat().st_mtime:
        done = subprocess.run(["mvn", "-q", "-B", "-f", str(POM), "dependency:build-classpath",
                               f"-Dmdep.outputFile={cp}"], capture_output=True, text=True, timeout=900)
        if done.returncode:
            raise SystemExit("Maven could not resolve neo4j-admin:\n" + done.stdout[-2000:] + done.stderr[-2000:])
    return cp.read_text(encoding="utf-8").strip()


def embedded_with(n: int) -> tuple[Path, float | None]:
    """An embedded store holding the corpus of `n` documents (kept between runs, as bench/query.py does)."""
    path, marker = WORK / f"q-emb-{n}", WORK / f"q-emb-{n}.done"
    if path.exists() and marker.exists():
        return path, None
    marker.unlink(missing_ok=True)
    store = embedded_store(_fresh_dir(f"q-emb-{n}"))
    try:
        with Timer() as t:
            for b in graph_batches(corpus(n)):
                store.upsert(b)
    finally:
        store.close()
    marker.write_text(json.dumps({"seconds": t.seconds}))
    return path, t.seconds


def export_csv(store: Any, folder: Path) -> tuple[float, str]:
    """Export the store's CSV and close the store; (seconds, the neo4j-admin command its README names)."""
    from graph import export

    try:
        with Timer() as t:
            export.export(store, "csv", folder)
    finally:
        store.close()
    readme = (folder / "README.md").read_text(encoding="utf-8")
    return t.seconds, readme.split("neo4j-admin ", 1)[1].splitlines()[0]


def admin_import(folder: Path, command: str, heap: str) -> dict[str, Any]:
    """Run neo4j-admin on the folder into a fresh home: seconds, the tool's own seconds and its counts."""
    home = _fresh_dir("admin-home")
    (home / "conf").mkdir(parents=True)
    (home / "conf" / "neo4j.conf").write_text("", encoding="utf-8")
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    with Timer() as t:
        done = subprocess.run(["java", f"-Xmx{heap}", *OPENS, "-cp", admin_classpath(), "org.neo4j.cli.AdminTool",
                               *command.split()], cwd=folder, env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit("neo4j-admin failed:\n" + done.stdout[-3000:] + done.stderr[-3000:])
    found = {m.group(2): int(m.group(1))
             for m in re.finditer(r"^\s+(\d+) (nodes|relationships|properties)$", done.stdout, re.M)}
    took = re.search(r"IMPORT DONE in (?:(\d+)m )?(\d+)s (\d+)ms", done.stdout)
    tool_s = (int(took.group(1) or 0) * 60 + int(took.group(2)) + int(took.group(3)) / 1000) if took else None
    size = sum(f.stat().st_size for f in (home / "data").rglob("*") if f.is_file())
    return {"seconds": t.seconds, "tool_seconds": tool_s, "store_mb": size / 2**20, **found}


def run(n: int, heap: str, batch_docs: int, source: str) -> list[dict[str, Any]]:
    c = corpus(n)
    n_citing, n_doc_rows, n_cite_rows = counts(c)
    print(f"\n== {n:,} documents: {n_doc_rows:,} Document rows, {n_cite_rows:,} CITES rows ({c})", flush=True)
    rows: list[dict[str, Any]] = []

    def add(step: str, seconds: float, nodes: int, edges: int, note: str = "") -> None:
        rows.append({"size": n, "step": step, "seconds": seconds, "docs/s": rate(n_citing, seconds),
                     "nodes/s": rate(nodes, seconds), "edges/s": rate(edges, seconds), "×": None, "note": note})

    upsert_s = None
    if source == "neo4j":  # Store.upsert into the server, then export from it
        upsert_s = neo4j_upsert(c, None, batch_docs)["seconds"]
        store, load_s = _neo4j_store(), upsert_s
    else:
        store_path, load_s = embedded_with(n)
        store = embedded_store(store_path)
    folder = _fresh_dir(f"admin-csv-{n}")
    export_s, command = export_csv(store, folder)
    csv_mb = sum(f.stat().st_size for f in folder.iterdir()) / 2**20
    imp = admin_import(folder, command, heap)
    n_nodes, n_edges = imp.get("nodes", 0), imp.get("relationships", 0)
    add(f"export --format csv ({source} store)", export_s, n_nodes, n_edges,
        f"{csv_mb:,.0f} MB of CSV; the store was loaded {'in a previous run' if load_s is None else f'in {load_s:.0f} s'}")
    add("neo4j-admin database import full", imp["seconds"], n_nodes, n_edges,
        f"{n_nodes:,} nodes, {n_edges:,} relationships, "
        f"{imp.get('properties', 0):,} properties; store {imp['store_mb']:,.0f} MB; -Xmx{heap}")
    if imp["tool_seconds"]:
        add("  the import alone (its IMPORT DONE time)", imp["tool_seconds"], n_nodes, n_edges,
            "without the JVM's start-up")
    add("export + import", export_s + imp["seconds"], n_nodes, n_edges)
    offline = rows[-1]
    if upsert_s is None and os.environ.get("NEO4J_URI"):
        upsert_s = neo4j_upsert(c, None, batch_docs)["seconds"]
    if upsert_s is not None:
        add(f"Neo4j Store.upsert, {batch_docs:,} docs a batch", upsert_s, n_nodes, n_edges)
        offline["×"] = f"{upsert_s / offline['seconds']:,.1f}× Store.upsert"
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10k", help="corpus sizes, e.g. 10k,100k,1m")
    ap.add_argument("--heap", default="2g", help="neo4j-admin's JVM heap (default 2g)")
    ap.add_argument("--batch-docs", type=int, default=500, help="documents per Store.upsert call (default 500)")
    ap.add_argument("--from", dest="source", choices=("embedded", "neo4j"), default="embedded",
                    help="the store to load and export (neo4j: Store.upsert into NEO4J_URI, then export from it)")
    args = ap.parse_args(argv)
    WORK.mkdir(parents=True, exist_ok=True)
    print_machine(machine(neo4j_version()))
    rows: list[dict[str, Any]] = []
    for n in sizes(args.sizes):
        rows += run(n, args.heap, args.batch_docs, args.source)
        table(rows, "offline import (so far)")
    table(rows, "offline import: export + neo4j-admin vs Store.upsert; × = how many times faster, same run")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
