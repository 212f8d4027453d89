"""bench/load.py with the load step timed by phase: where resolve, the plan, the COPYs and the commits go.

    python bench/load_phases.py --sizes 100k --baseline-docs 0          # any bench/load.py options
    DUMP=/tmp/rows.gz python bench/load_phases.py --sizes 100k          # also every stored row, to compare runs

Wraps functions of graph/ingest.py, graph/writes.py and graph/embedded_store.py and every LadybugDB statement
(by kind: COMMIT, COPY of a table, MATCH, UNWIND reads, SETs and DELETEs), then runs bench/load.py. Prints to
stderr one line a batch and, after the load step, the inclusive seconds and calls of each (nested phases are
counted in their callers too; the few microseconds a wrapper costs are not taken out). With DUMP, before the
export (outside the timed load) every row of every table of the loaded store, engine columns left out, is
written sorted to that gzip file, one JSON line a row, and a sha256 a table is printed: two runs (two versions
of the code) stored the same graph when every table's hash is equal.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import os
import sys
import time
from collections import defaultdict
from typing import Any

import ladybug
import load

import graph.embedded_store as es
import graph.ingest as ing
import graph.writes as wr

SECONDS: dict[str, float] = defaultdict(float)
CALLS: dict[str, int] = defaultdict(int)


def _wrap(owner: Any, name: str, label: str) -> None:
    if not hasattr(owner, name):  # (another version of the code)
        return
    fn = getattr(owner, name)

    @functools.wraps(fn)
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            SECONDS[label] += time.perf_counter() - started
            CALLS[label] += 1

    setattr(owner, name, timed)


_execute = ladybug.Connection.execute


def _statement(self: Any, query: Any, *args: Any, **kwargs: Any) -> Any:
    words = query.split(None, 2) if isinstance(query, str) else ["?"]
    kind = words[0].upper() if words else "?"
    if kind == "COPY":
        kind += " " + words[1]
    elif kind == "UNWIND":
        kind += " SET" if " SET " in query else " DELETE" if " DELETE " in query else " read"
    started = time.perf_counter()
    try:
        return _execute(self, query, *args, **kwargs)
    finally:
        SECONDS["engine " + kind] += time.perf_counter() - started
        CALLS["engine " + kind] += 1


def install() -> None:
    """The wrappers, on the modules' functions and classes (looked up at each call, so every caller sees them)."""
    ladybug.Connection.execute = _statement
    for name in ["_stored_documents", "build_batch"]:
        _wrap(ing, name, f"ingest.{name}")
    for name in ["documents_with_symbols", "cited_by", "citers_of", "documents", "upsert", "_copy",
                 "finish_search_index", "_lookup"]:
        _wrap(es.EmbeddedStore, name, f"store.{name}")
    for name in ["read_nodes", "existing", "create_nodes", "update_nodes", "delete_nodes", "read_edges", "out_edges",
                 "create_edges", "update_edges", "delete_edges", "degrees", "citer_counts", "index_search",
                 "_index_symbols"]:
        _wrap(es._EmbeddedTx, name, f"tx.{name}")
    for name in ["run", "_write_nodes", "_write_files", "_check_edge_ends", "_write_edges", "_take_back", "_redirect",
                 "_delete_orphans"]:
        _wrap(wr._Plan, name, f"plan.{name}")
    _wrap(wr, "_keep_citer_pages", "writes._keep_citer_pages")
    _wrap(es, "_word_row", "store._word_row")

    store_extracted, recorded = ing.store_extracted, ing._batch_recorded
    last: dict[str, Any] = {"at": time.perf_counter(), "seconds": {}, "batch": 0}

    def per_batch() -> None:
        recorded()
        now = time.perf_counter()
        last["batch"] += 1
        spent = {k: v - last["seconds"].get(k, 0.0) for k, v in SECONDS.items()}
        shown = ["ingest.build_batch", "store.upsert", "plan.run", "engine COMMIT", "engine COPY", "engine UNWIND"]
        sums = {k: sum(v for name, v in spent.items() if name.startswith(k)) for k in shown}
        print(f"batch {last['batch']:3d} {now - last['at']:6.1f} s  " + "  ".join(f"{k} {v:.1f}" for k, v in sums.items()),
              file=sys.stderr, flush=True)
        last.update(at=now, seconds=dict(SECONDS))

    def timed_load(*args: Any, **kwargs: Any) -> Any:
        SECONDS.clear()
        CALLS.clear()
        last.update(at=time.perf_counter(), seconds={}, batch=0)
        started = time.perf_counter()
        try:
            return store_extracted(*args, **kwargs)
        finally:
            print(f"store_extracted {time.perf_counter() - started:.1f} s; phases (inclusive seconds, calls):",
                  file=sys.stderr)
            for name in sorted(SECONDS, key=lambda k: -SECONDS[k]):
                print(f"{SECONDS[name]:9.2f} s {CALLS[name]:7d}  {name}", file=sys.stderr)
            sys.stderr.flush()

    ing._batch_recorded = per_batch
    ing.store_extracted = timed_load  # bench/load.py imports it at each load
    export = load.export_tables

    def dump_then_export(conn: Any, folder: Any) -> Any:
        if out := os.environ.get("DUMP"):
            dump(conn, out)
        return export(conn, folder)

    load.export_tables = dump_then_export


def dump(conn: Any, out: str) -> None:
    """Every row of every table, engine columns left out, sorted, to `out`; a sha256 a table on stderr."""
    started = time.perf_counter()
    tables = conn.execute("CALL show_tables() RETURN *").get_all()
    with gzip.open(out, "wt", encoding="utf-8") as f:
        for kind in ("NODE", "REL"):
            for name in sorted(t[1] for t in tables if t[2] == kind):
                if kind == "NODE":
                    rows: list[Any] = [{k: v for k, v in n.items() if not k.startswith("_")}
                                       for (n,) in conn.execute(f"MATCH (n:{name}) RETURN n").get_all()]
                else:
                    rows = [[a, b, {k: v for k, v in r.items() if not k.startswith("_")}]
                            for fl, tl, _, _ in conn.execute(f"CALL show_connection('{name}') RETURN *").get_all()
                            for a, b, r in conn.execute(f"MATCH (a:{fl})-[r:{name}]->(b:{tl}) "
                                                        "RETURN a.key, b.key, r").get_all()]
                lines = sorted(json.dumps(r, ensure_ascii=False, sort_keys=True, default=str) for r in rows)
                digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]
                print(f"dump {name}: {len(lines)} rows, sha256 {digest}", file=sys.stderr, flush=True)
                f.writelines(f"{name}\t{line}\n" for line in lines)
    print(f"dump written in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)


if __name__ == "__main__":
    install()
    raise SystemExit(load.main(sys.argv[1:]))
