"""The buffer pool one real write of the load step needs (the batch's transaction and the checkpoint after its
COMMIT), where `bench/checkpoint_need.py` measures a tiny write: on a copy of a stored graph, the next DOCS
extractions of bench/load.py's cache written by `store_extracted` with a fixed pool (CITEGRAPH_BUFFER_POOL_MB, so
the writer does not grow it), in a fresh process a trial; the smallest pool it fits, by bisection. Variants take a
part of the batch out, to see what its need is made of.

    python bench/memory_trace.py --size 100k --cached --docs 40000 --keep   # WORK/trace-100000: 40 000 documents
    python bench/batch_need.py WORK/trace-100000 --size 100k --skip 40000   # the next 5 000 documents
    python bench/batch_need.py STORE --size 100k --skip 40000 --variant no-index      # without the search index
    python bench/batch_need.py STORE --size 100k --skip 40000 --variant no-rel-CITES  # without its new CITES edges
    python bench/batch_need.py STORE --size 100k --skip 70000 --docs 1000 --variant no-writes,no-delete  # reads only
    python bench/batch_need.py STORE --size 100k --skip 70000 --docs 1000 --variant no-transaction  # resolution only

The first trial also prints the rows each primitive wrote (`rows written: create_Document=1879 ... edges_CITES=3745
... delete-edges_CITES=87 ...`), so that a variant says what it took out.

A write that does not fit fails (its files are reported failed) or commits with a failed checkpoint: either
way the trial fails. The need moves by ±15 MB from run to run.
"""

from __future__ import annotations

import argparse
import os
import pickle
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from typing import Any

from common import sizes
from load import cache_file

VARIANTS = ("plain", "no-index", "no-strings", "no-rel-REL", "no-create-LABEL", "no-update-LABEL", "no-set-LABEL",
            "no-citer-pages", "changed-columns", "no-delete", "no-writes", "no-transaction", "set-edges")
#: rows each primitive wrote in the trial ("create Document", "update Document", "edges CITES", "set DocumentSymbol")
_DONE: dict[str, int] = {}


def _patch(variants: list[str], es: Any) -> None:
    """Take the variants' parts out of the write (comma-separated variants combine):
    no-strings: the new citations' strings emptied; no-rel-REL: no new REL edges; no-create-LABEL: no new LABEL
    rows (nor the edges that would end at them); no-update-LABEL: no update in place of stored LABEL rows;
    no-set-LABEL: no SET statement on LABEL's rows (e.g. the DocumentSymbol lists); no-citer-pages: the kept
    citers (CitedByPage) not brought up to date; changed-columns: an update sets only the columns that changed;
    set-edges: a stored edge's changed properties SET in place (not deleted and copied again); no-transaction: the batch resolved (its reads of the store) and not written; no-delete: no deletion of nodes or edges; no-index: the search index not kept (in `trial`); no-writes: all of
    them but no-delete (the write's reads, its deletions and the COMMIT)."""
    import graph.schema as gs
    import graph.writes as gw

    if "no-writes" in variants:  # the reads and an empty COMMIT: every write below left out
        variants = [*variants, "no-index", "no-citer-pages", *(f"no-{op}-{label}" for op in ("create", "update", "set")
                    for label in (*gs.NODE_LABELS, gs.FILE_LABEL, gs.SYMBOL_LABEL, gs.CITERS_LABEL, gs.WORDS_LABEL)),
                    *(f"no-rel-{rel}" for rel in gs.REL_SCHEMA)]
    tx_cls = es._EmbeddedTx
    create_nodes, update_nodes, create_edges, each = (tx_cls.create_nodes, tx_cls.update_nodes, tx_cls.create_edges,
                                                       tx_cls._each)
    delete_nodes, delete_edges = tx_cls.delete_nodes, tx_cls.delete_edges
    no_create = {v[len("no-create-"):] for v in variants if v.startswith("no-create-")}
    no_update = {v[len("no-update-"):] for v in variants if v.startswith("no-update-")}
    no_set = {v[len("no-set-"):] for v in variants if v.startswith("no-set-")}
    no_rel = {v[len("no-rel-"):] for v in variants if v.startswith("no-rel-")}
    skipped: set[str] = set()

    def count(op: str, n: int) -> None:
        _DONE[op] = _DONE.get(op, 0) + n

    def p_create_nodes(tx: Any, label: str, rows: list) -> None:
        count(f"create_{label}", len(rows))
        if label in no_create:
            skipped.update(r["key"] for r in rows)
            return None
        return create_nodes(tx, label, rows)

    def p_update_nodes(tx: Any, label: str, rows: list) -> None:
        count(f"update_{label}", len(rows))
        if label in no_update:
            return None
        if "changed-columns" not in variants:
            return update_nodes(tx, label, rows)
        stored = tx.store._lookup(label, [r["key"] for r in rows])
        changed = {"key"}
        for r in rows:
            old = stored.get(r["key"], {})
            changed.update(c for c in r if c not in old or old[c] != r[c])
        if label == "Document":
            changed.add(es.SEARCH)  # (not read back: set whenever the row changes)
        for c in changed - {"key"}:
            count(f"changed-column_{label}.{c}", 1)
        all_columns = es.table_columns
        es.table_columns = lambda lab: [col for col in all_columns(lab) if lab != label or col[0] in changed]
        try:
            return update_nodes(tx, label, rows)
        finally:
            es.table_columns = all_columns

    def p_create_edges(tx: Any, rel: str, pair: Any, rows: dict) -> None:
        rows = {k: v for k, v in rows.items() if k[0] not in skipped and k[1] not in skipped}
        count(f"edges_{rel}", len(rows))
        if rel in no_rel:
            return None
        if "no-strings" in variants and rel == "CITES":
            rows = {k: {**v, "snippet": "", "surface": "", "relation": ""} for k, v in rows.items()}
        return create_edges(tx, rel, pair, rows)

    def p_each(tx: Any, cypher: str, name: str, items: list) -> list:
        for label in no_set:
            if f":{label} " in cypher and " SET " in cypher:
                count(f"set-skipped_{label}", len(items))
                return []
        if " SET " in cypher:
            count("set_" + cypher.split(":", 1)[1].split(" ", 1)[0], len(items))
        return each(tx, cypher, name, items)

    def p_delete_nodes(tx: Any, label: str, keys: list) -> None:
        count(f"delete_{label}", len(keys))
        return None if "no-delete" in variants else delete_nodes(tx, label, keys)

    def p_delete_edges(tx: Any, rel: str, pair: Any, edges: list) -> None:
        count(f"delete-edges_{rel}", len(edges))
        return None if "no-delete" in variants else delete_edges(tx, rel, pair, edges)

    tx_cls.create_nodes, tx_cls.update_nodes, tx_cls.create_edges, tx_cls._each = (
        p_create_nodes, p_update_nodes, p_create_edges, p_each)
    tx_cls.delete_nodes, tx_cls.delete_edges = p_delete_nodes, p_delete_edges
    if "set-edges" in variants:  # a stored edge's changed properties SET in place, not deleted and copied again
        read_edges = tx_cls.read_edges

        def p_read_edges(tx: Any, rel: str, pair: Any, edges: list) -> dict:
            out = read_edges(tx, rel, pair, edges)
            tx.__dict__.setdefault("copies", set()).update((rel, *e) for e, props in out.items() if "_copies" in props)
            return out

        def p_update_edges(tx: Any, rel: str, pair: Any, rows: dict) -> None:
            again = {e: props for e, props in rows.items() if (rel, *e) in tx.__dict__.get("copies", ())}
            if again:
                tx_cls.delete_edges(tx, rel, pair, list(again))
                tx_cls.create_edges(tx, rel, pair, again)
            in_place = [{"s": s_, "d": d, **{c: props.get(c) for c, _ in es.rel_columns(rel)}}
                        for (s_, d), props in rows.items() if (s_, d) not in again]
            count(f"set-edges_{rel}", len(in_place))
            if rel == "CITES":
                tx.cited.update(p_["d"] for p_ in in_place)
            sets = ", ".join(f"r.{es._q(c)} = CAST(p.{es._q(c)} AS {t})" for c, t in es.rel_columns(rel))
            if in_place:
                each(tx, f"{tx._match(rel, pair)} SET {sets}", "pairs", in_place)

        tx_cls.read_edges, tx_cls.update_edges = p_read_edges, p_update_edges
    if "no-transaction" in variants:  # the batch resolved against the store (its reads), never written
        es.EmbeddedStore.upsert = lambda store, batch: es.WriteSummary()
    if "no-citer-pages" in variants:
        gw._keep_citer_pages = lambda *a, **k: None



def _batch(n: int, skip: int, docs: int) -> Iterator[Any]:
    """Extractions skip .. skip + docs of the cache of `n` documents."""
    with cache_file(n).open("rb") as f:
        for i in range(skip + docs):
            item = pickle.load(f)
            if i >= skip:
                yield item


def trial(args: argparse.Namespace) -> int:
    """One write of the batch into a copy of the store with a fixed pool: `ok` or `fail`, peak RSS (MB), error."""
    os.environ["CITEGRAPH_BUFFER_POOL_MB"] = str(args.pool)
    import graph.embedded_store as es
    from graph.ingest import IngestSummary, store_extracted

    _patch(args.variant.split(","), es)
    error = ""
    with tempfile.TemporaryDirectory(prefix="batch-need-") as tmp:
        shutil.copy(os.path.join(args.store, "graph.lbug"), os.path.join(tmp, "graph.lbug"))
        store = es.EmbeddedStore(tmp)
        if {"no-index", "no-writes"} & set(args.variant.split(",")):
            store._search_index = False
        try:
            summary = IngestSummary()
            store_extracted(_batch(sizes(args.size)[0], args.skip, args.docs), store, summary, finish=False)
            if summary.files_failed:
                error = f"{summary.files_failed} files failed: the write did not fit"
        except Exception as e:  # noqa: BLE001 (any failure is the trial's)
            error = str(e).splitlines()[0][:100] or "failed"
        finally:
            store.close()
    print(" ".join(f"{op}={n}" for op, n in sorted(_DONE.items())), file=sys.stderr)
    print("ok" if not error else "fail", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10,
          error.replace(" ", "_"))
    return 0


_OPS: list[str] = []


def _run(args: argparse.Namespace, pool_mb: int) -> bool:
    cmd = [sys.executable, __file__, args.store, "--size", args.size, "--skip", str(args.skip), "--docs",
           str(args.docs), "--variant", args.variant, "--trial", "--pool", str(pool_mb)]
    out = subprocess.run(cmd, capture_output=True, text=True)
    lines = out.stdout.strip().splitlines()
    if not _OPS and (done := [ln for ln in out.stderr.splitlines() if ln.startswith(("create_", "edges_", "update_"))]):
        _OPS.append(done[-1])
        print(f"  rows written: {done[-1]}", flush=True)
    checkpoint = "checkpoint failed" in out.stderr
    ok = bool(lines) and lines[-1].startswith("ok ") and not checkpoint
    why = ("its checkpoint" if checkpoint else lines[-1].split(" ", 2)[-1].replace("_", " ")[:90] if lines
           else out.stderr.strip()[-90:])
    print(f"  {pool_mb} MB: " + ("fits" if ok else f"fails ({why})"), flush=True)
    return ok


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store", help="a data folder; copied for each trial, never written")
    ap.add_argument("--size", default="100k", help="the cache (bench/load.py's) the batch is read from")
    ap.add_argument("--skip", type=int, required=True, help="extractions already in the store")
    ap.add_argument("--docs", type=int, default=5000, help="documents in the batch (default 5 000: one write)")
    ap.add_argument("--variant", default="plain", help=f"{', '.join(VARIANTS)} (REL: a relationship type)")
    ap.add_argument("--lo", type=int, default=64, help="smallest pool tried (MB)")
    ap.add_argument("--hi", type=int, default=512, help="largest pool tried (MB)")
    ap.add_argument("--step", type=int, default=16, help="precision of the bisection (MB)")
    ap.add_argument("--trial", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--pool", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.trial:
        return trial(args)
    started = time.perf_counter()
    lo, hi = args.lo, args.hi
    if not _run(args, hi):
        print(f"{args.variant}: does not fit {hi} MB")
        return 1
    if _run(args, lo):
        hi = lo
    while hi - lo > args.step:
        mid = (lo + hi) // 2
        if _run(args, mid):
            hi = mid
        else:
            lo = mid
    print(f"{args.variant}: {args.docs} documents after {args.skip}: fits {hi} MB" + (f", not {lo}" if lo < hi else "")
          + f" ({time.perf_counter() - started:.0f} s; load average {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
