"""The buffer pool one real write of the load step needs (the batch's transaction and the checkpoint after its
COMMIT), where `bench/checkpoint_need.py` measures a tiny write: on a copy of a stored graph, the next DOCS
extractions of bench/load.py's cache written by `store_extracted` with a fixed pool (CITEGRAPH_BUFFER_POOL_MB, so
the writer does not grow it), in a fresh process a trial; the smallest pool it fits, by bisection. Variants take a
part of the batch out, to see what its need is made of.

    python bench/memory_trace.py --size 100k --cached --docs 40000 --keep   # WORK/trace-100000: 40 000 documents
    python bench/batch_need.py WORK/trace-100000 --size 100k --skip 40000   # the next 5 000 documents
    python bench/batch_need.py STORE --size 100k --skip 40000 --variant no-index      # without the search index
    python bench/batch_need.py STORE --size 100k --skip 40000 --variant no-rel-CITES  # without its new CITES edges

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

VARIANTS = ("plain", "no-index", "no-strings", "no-rel-REL")


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

    if args.variant in ("no-strings", *(v for v in [args.variant] if v.startswith("no-rel-"))):
        create = es._EmbeddedTx.create_edges
        left_out = args.variant[len("no-rel-"):] if args.variant.startswith("no-rel-") else None

        def create_edges(tx: Any, rel: str, pair: Any, rows: dict) -> None:
            if rel == left_out:
                return None
            if args.variant == "no-strings" and rel == "CITES":
                rows = {k: {**v, "snippet": "", "surface": "", "relation": ""} for k, v in rows.items()}
            return create(tx, rel, pair, rows)

        es._EmbeddedTx.create_edges = create_edges
    error = ""
    with tempfile.TemporaryDirectory(prefix="batch-need-") as tmp:
        shutil.copy(os.path.join(args.store, "graph.lbug"), os.path.join(tmp, "graph.lbug"))
        store = es.EmbeddedStore(tmp)
        if args.variant == "no-index":
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
    print("ok" if not error else "fail", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10,
          error.replace(" ", "_"))
    return 0


def _run(args: argparse.Namespace, pool_mb: int) -> bool:
    cmd = [sys.executable, __file__, args.store, "--size", args.size, "--skip", str(args.skip), "--docs",
           str(args.docs), "--variant", args.variant, "--trial", "--pool", str(pool_mb)]
    out = subprocess.run(cmd, capture_output=True, text=True)
    lines = out.stdout.strip().splitlines()
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
