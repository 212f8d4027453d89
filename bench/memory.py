"""Peak resident memory of ingest at each corpus size: ingest streams, so it must not grow with the corpus.

    python bench/memory.py                      # 1k, 2k, 5k, 10k documents
    python bench/memory.py --sizes 1k,10k,100k --modes generate,upsert,e2e

Each measurement runs in a fresh child process (`--child MODE N`), which reports its own peak RSS
(`resource.getrusage(RUSAGE_SELF).ru_maxrss`) and that of its extraction workers (`RUSAGE_CHILDREN`).
Modes: `generate` writes the corpus (bench/corpus.py); `upsert` loads the manifest's rows into a fresh
embedded store with `Store.upsert`; `e2e` runs `graph.ingest.ingest_paths` over the files (workers=2).
A Neo4j server's own memory (the JVM) is not in these numbers.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from typing import Any

from common import WORK, corpus, embedded_store, graph_batches, machine, print_machine, sizes, table

TARGET_MB = 1024


def child(mode: str, n: int, workers: int) -> dict[str, Any]:
    """Run one mode in this process and return its peak RSS."""
    import resource

    t0 = time.perf_counter()
    if mode == "generate":
        from corpus import write_corpus

        out = WORK / f"mem-gen-{n}"
        shutil.rmtree(out, ignore_errors=True)
        write_corpus(out, n, seed=1)
        shutil.rmtree(out, ignore_errors=True)
    else:
        c = corpus(n)
        db = WORK / f"mem-{mode}-{n}"
        shutil.rmtree(db, ignore_errors=True)
        store = embedded_store(db)
        try:
            if mode == "upsert":
                for b in graph_batches(c):
                    store.upsert(b)
            else:
                from graph.ingest import ingest_paths

                ingest_paths([str(c / "docs")], store, workers=workers, progress=False)
        finally:
            store.close()
        shutil.rmtree(db, ignore_errors=True)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"seconds": time.perf_counter() - t0, "peak_rss_mb": own, "worker_peak_rss_mb": kids}


def measure(mode: str, n: int, workers: int) -> dict[str, Any]:
    if mode != "generate":
        corpus(n)  # generated here, outside the measured child
    proc = subprocess.run([sys.executable, __file__, "--child", mode, str(n), "--workers", str(workers)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        return {"mode": mode, "size": n, "peak RSS MB": None, "workers' peak MB": None, "seconds": None,
                "< 1 GB": "failed: " + (proc.stderr.strip().splitlines() or ["?"])[-1][:120]}
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    peak = max(r["peak_rss_mb"], r["worker_peak_rss_mb"])
    return {"mode": mode, "size": n, "peak RSS MB": r["peak_rss_mb"], "workers' peak MB": r["worker_peak_rss_mb"],
            "seconds": r["seconds"], "< 1 GB": "yes" if peak < TARGET_MB else "NO"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1k,2k,5k,10k")
    ap.add_argument("--modes", default="generate,upsert,e2e")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--child", nargs=2, metavar=("MODE", "N"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    WORK.mkdir(parents=True, exist_ok=True)
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]), args.workers)))
        return 0
    print_machine(machine())
    rows = [measure(mode, n, args.workers) for mode in args.modes.split(",") for n in sizes(args.sizes)]
    table(rows, "peak resident memory by corpus size (each row a fresh process; target < 1 GB, flat in size)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
