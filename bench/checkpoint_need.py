"""What LadybugDB's checkpoint needs of the buffer pool, table by table: on a copy of a stored graph, a tiny write
into one table (a few rows) and a CHECKPOINT, in a fresh process with a fixed buffer pool; the smallest pool in
which it fits is found by bisection. A need that does not depend on the write's size but on what the table holds
is what makes an ingest's writer grow with the store (BENCHMARKS.md section 4, "What the checkpoint needs").

    python bench/memory_trace.py --size 20k --keep            # a store of 20 000 documents: WORK/trace-20000
    python bench/checkpoint_need.py WORK/trace-20000           # one line a table
    python bench/checkpoint_need.py STORE --tables CITES --hi 1024
    python bench/checkpoint_need.py STORE --tables "CITES,CITES (new citers),CITES (both groups),CITED_BY"

Each trial copies the store (its file only) into a temporary folder, so the store itself is never written.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

_CITATION = ("CREATE (a)-[:CITES {relation: 'x', surface: 's', snippet: 't', start: 1, `end`: 2, count: 1, "
             "support: 1}]->(b)")
#: table → the tiny write: a few rows among the first stored ones (node offsets), or new rows. A store of the layout
#: measured on branch cites14g (not citegraph's schema: BENCHMARKS.md section 4, "CITES forward only"), CITES stored
#: forward only and its pairs without properties in CITED_BY (cited)-[:CITED_BY]->(citer), writes both
WRITES: dict[str, str] = {
    "CITES": f"MATCH (a:Document), (b:Document) WHERE offset(id(a)) IN [5, 500, 5000] AND offset(id(b)) IN [1, 7, 900] "
             f"{_CITATION}",
    # what an ingest writes: citations from the last Documents stored (new ones are appended) to the first ones
    "CITES (new citers)": f"MATCH (a:Document), (b:Document) WHERE offset(id(a)) IN $last AND offset(id(b)) IN "
                          f"[1, 7, 900] {_CITATION}",
    # citers in the first node group and the last one (a node group: 131 072 Documents; at 100 k documents, 175 011)
    "CITES (both groups)": f"MATCH (a:Document), (b:Document) WHERE offset(id(a)) IN ([5, 500] + $last) AND offset(id(b)) "
                           f"IN [1, 7, 900] {_CITATION}",
    "CITED_BY": ("MATCH (a:Document), (b:Document) WHERE offset(id(a)) IN [5, 500, 5000] "
                 "AND offset(id(b)) IN [1, 7, 900] CREATE (b)-[:CITED_BY]->(a)"),
    # two layouts of the same edges, when the store has them as tables (measured, not citegraph's schema): the
    # CITES pairs without properties, both directions; CITES's properties stored forward only
    "CITES_LIGHT": ("MATCH (a:Document), (b:Document) WHERE offset(id(a)) IN [5, 500, 5000] "
                    "AND offset(id(b)) IN [1, 7, 900] CREATE (a)-[:CITES_LIGHT]->(b)"),
    "CITES_FWD": ("MATCH (a:Document), (b:Document) WHERE offset(id(a)) IN [5, 500, 5000] "
                  "AND offset(id(b)) IN [1, 7, 900] CREATE (a)-[:CITES_FWD {relation: 'x', surface: 's', snippet: 't', "
                  "start: 1, `end`: 2, count: 1, support: 1}]->(b)"),
    "MENTIONS": ("MATCH (a:Document), (b:Agency) WHERE offset(id(a)) IN [5, 500, 5000] AND offset(id(b)) IN [0, 1, 2] "
                 "CREATE (a)-[:MENTIONS {support: 1}]->(b)"),
    "ISSUED_BY": ("MATCH (a:Document), (b:Agency) WHERE offset(id(a)) IN [5, 500, 5000] "
                  "AND offset(id(b)) IN [0, 1, 2] CREATE (a)-[:ISSUED_BY {support: 1}]->(b)"),
    "Document (update)": "MATCH (d:Document) WHERE offset(id(d)) IN [1, 7, 900] SET d.title = d.title + 'x'",
    "Document (new)": "UNWIND range(1, 10) AS i CREATE (:Document {key: 'need-' + cast(i AS STRING), title: 't'})",
    "SearchWord (new)": ("CREATE (:SearchWord {key: 'need', word: 'need', size: 1, deltas: 0, pending: 0, "
                         "documents: ['need'], citers: [1]})"),
    "DocumentSymbol": ("MATCH (x:DocumentSymbol) WHERE offset(id(x)) IN [1, 7, 900] "
                       "SET x.documents = x.documents + ['need']"),
}


def _db_file(store: str) -> str:
    return store if os.path.isfile(store) else os.path.join(store, "graph.lbug")


def trial(store: str, table: str, pool_mb: int) -> tuple[bool, int, str]:
    """Whether the tiny write into `table` and a CHECKPOINT fit a `pool_mb` pool (in this process), the process's
    peak RSS (MB) and the error."""
    import ladybug

    with tempfile.TemporaryDirectory(prefix="need-") as tmp:
        shutil.copy(_db_file(store), os.path.join(tmp, "graph.lbug"))
        error = ""
        try:
            db = ladybug.Database(os.path.join(tmp, "graph.lbug"), buffer_pool_size=pool_mb << 20)
            conn = ladybug.Connection(db)
            try:
                write = WRITES[table]
                if table.startswith("CITES") and _has_pairs(conn):
                    write += ", (b)-[:CITED_BY]->(a)"
                last = conn.execute("MATCH (d:Document) RETURN max(offset(id(d)))").get_all()[0][0]
                conn.execute(write, {"last": [last - 2, last - 1, last]} if "$last" in write else {})
                conn.execute("CHECKPOINT")
            finally:
                conn.close()
                db.close()
        except RuntimeError as e:
            error = str(e).splitlines()[0][:100] or "failed"
    return not error, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10, error


def _has_pairs(conn: object) -> bool:
    """Whether the store has the layout of branch cites14g: CITES forward only, its pairs in CITED_BY."""
    return any(row[1] == "CITED_BY" for row in conn.execute("CALL show_tables() RETURN *").get_all())


def _run(store: str, table: str, pool_mb: int) -> tuple[bool, int]:
    out = subprocess.run([sys.executable, __file__, store, "--trial", table, "--pool", str(pool_mb)],
                         capture_output=True, text=True, check=True).stdout.split()
    if out[0] != "ok" and "buffer_pool" not in out[2].lower() and "allocate" not in out[2].lower():
        raise SystemExit(f"{table}: the write failed otherwise: {out[2].replace('_', ' ')}")
    return out[0] == "ok", int(out[1])


def counts(store: str) -> dict[str, str]:
    """What each table holds (rows; CITES also the bytes of its strings)."""
    import ladybug

    with tempfile.TemporaryDirectory(prefix="need-") as tmp:
        shutil.copy(_db_file(store), os.path.join(tmp, "graph.lbug"))
        db = ladybug.Database(os.path.join(tmp, "graph.lbug"), read_only=True)
        conn = ladybug.Connection(db)

        def one(q: str) -> list:
            return conn.execute(q).get_all()[0]

        n, snippet, surface = one("MATCH ()-[r:CITES]->() RETURN count(*), sum(size(r.snippet)), sum(size(r.surface))")
        layout = "forward only, + CITED_BY" if _has_pairs(conn) else "both ways"
        out = {"CITES": f"{n:,} edges ({layout}), strings {(int(snippet or 0) + int(surface or 0)) / 2**20:.1f} MB",
               "MENTIONS": f"{one('MATCH ()-[r:MENTIONS]->() RETURN count(*)')[0]:,} edges",
               "ISSUED_BY": f"{one('MATCH ()-[r:ISSUED_BY]->() RETURN count(*)')[0]:,} edges",
               "CITED_BY": (f"{one('MATCH ()-[r:CITED_BY]->() RETURN count(*)')[0]:,} edges" if _has_pairs(conn)
                            else "none"),
               "DocumentSymbol": f"{one('MATCH (x:DocumentSymbol) RETURN count(*)')[0]:,} rows",
               "SearchWord (new)": f"{one('MATCH (x:SearchWord) RETURN count(*)')[0]:,} rows"}
        out["CITES (new citers)"] = out["CITES (both groups)"] = out["CITES"]
        out["Document (update)"] = out["Document (new)"] = f"{one('MATCH (d:Document) RETURN count(*)')[0]:,} rows"
        conn.close()
        db.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store", help="a data folder (or its graph.lbug); copied for each trial, never written")
    ap.add_argument("--tables", default=",".join(t for t in WRITES if not t.startswith(("CITES_", "CITES (", "CITED_BY"))),
                    help="tables to measure (default citegraph's; 'CITES (new citers)': from the last Documents "
                         "stored, 'CITES (both groups)', CITED_BY when the store has it; CITES_LIGHT, CITES_FWD when "
                         "the store has them)")
    ap.add_argument("--lo", type=int, default=16, help="smallest pool tried (MB)")
    ap.add_argument("--hi", type=int, default=512, help="largest pool tried (MB)")
    ap.add_argument("--step", type=int, default=8, help="precision of the bisection (MB)")
    ap.add_argument("--trial", help=argparse.SUPPRESS)
    ap.add_argument("--pool", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.trial:
        ok, rss, error = trial(args.store, args.trial, args.pool)
        print("ok" if ok else "fail", rss, error.replace(" ", "_"))
        return 0
    held = counts(args.store)
    print(f"store {args.store}: {os.path.getsize(_db_file(args.store)) / 2**20:.0f} MB; load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    for table in args.tables.split(","):
        started = time.perf_counter()
        lo, hi = args.lo, args.hi  # lo fails (or is the floor), hi fits
        ok, rss = _run(args.store, table, hi)
        if not ok:
            print(f"{table:18s} does not fit {hi} MB ({held.get(table, '')})")
            continue
        ok_lo, rss_lo = _run(args.store, table, lo)
        if ok_lo:
            hi, rss = lo, rss_lo
        while hi - lo > args.step:
            mid = (lo + hi) // 2
            ok, r = _run(args.store, table, mid)
            if ok:
                hi, rss = mid, r
            else:
                lo = mid
        print(f"{table:18s} fits {hi:4d} MB" + (f", not {lo}" if lo < hi else "") +
              f" (peak RSS {rss} MB; {held.get(table, '')}; {time.perf_counter() - started:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
