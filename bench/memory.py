"""Peak resident memory of ingest at each corpus size: ingest streams, so it must not grow with the corpus.

    python bench/memory.py                      # 1k, 10k, 100k documents
    python bench/memory.py --sizes 1k,10k,100k --modes generate,upsert,load,e2e

Each measurement runs in a fresh child process (`--child MODE N`), which reports its own peak RSS
(`resource.getrusage(RUSAGE_SELF).ru_maxrss`) and, sampled with psutil every 0.2 s, the largest RSS of
any of its descendants (the extraction workers and their forkserver) and of all of them together.
Modes: `generate` writes the corpus (bench/corpus.py); `upsert` loads the manifest's rows into a fresh
embedded store with `Store.upsert`; `load` loads bench/load.py's cached extractions with
`graph.ingest.store_extracted` (resolve + write); `e2e` runs `graph.ingest.ingest_paths` over the files
(workers=2). A Neo4j server's own memory (the JVM) is not in these numbers.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import threading
import time
from typing import Any

from common import WORK, corpus, embedded_store, graph_batches, machine, print_machine, sizes, table

TARGET_MB = 1024


class _Descendants:
    """Samples the RSS of this process's descendants in a thread: the largest one, and their sum."""

    def __init__(self, every: float = 0.2) -> None:
        import psutil

        self.me = psutil.Process()
        self.one = self.total = 0.0
        self.every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        while not self._stop.wait(self.every):
            sizes = []
            for p in self.me.children(recursive=True):
                try:
                    sizes.append(p.memory_info().rss / 2**20)
                except psutil.Error:
                    continue
            self.one = max([self.one, *sizes])
            self.total = max(self.total, sum(sizes))

    def __enter__(self) -> _Descendants:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def child(mode: str, n: int, workers: int) -> dict[str, Any]:
    """Run one mode in this process and return its peak RSS and its workers'."""
    with _Descendants() as kids:
        r = _child(mode, n, workers)
    r.update(worker_peak_rss_mb=kids.one, workers_total_mb=kids.total)
    return r


def _child(mode: str, n: int, workers: int) -> dict[str, Any]:
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
            elif mode == "load":
                from load import extract_cache, read_cache

                from graph.ingest import IngestSummary, store_extracted

                store_extracted(read_cache(extract_cache(n, workers)), store, IngestSummary())
            else:
                from graph.ingest import ingest_paths

                ingest_paths([str(c / "docs")], store, workers=workers, progress=False)
        finally:
            store.close()
        shutil.rmtree(db, ignore_errors=True)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": time.perf_counter() - t0, "peak_rss_mb": own}


def measure(mode: str, n: int, workers: int) -> dict[str, Any]:
    if mode != "generate":
        corpus(n)  # generated here, outside the measured child
    if mode == "load":
        from load import extract_cache

        extract_cache(n, workers)
    proc = subprocess.run([sys.executable, __file__, "--child", mode, str(n), "--workers", str(workers)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        return {"mode": mode, "size": n, "peak RSS MB": None, "largest worker MB": None, "workers MB": None,
                "seconds": None, "< 1 GB": "failed: " + (proc.stderr.strip().splitlines() or ["?"])[-1][:120]}
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    peak = max(r["peak_rss_mb"], r["worker_peak_rss_mb"])
    return {"mode": mode, "size": n, "peak RSS MB": r["peak_rss_mb"], "largest worker MB": r["worker_peak_rss_mb"],
            "workers MB": r["workers_total_mb"], "seconds": r["seconds"],
            "< 1 GB": "yes" if peak < TARGET_MB else "NO"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1k,10k,100k")
    ap.add_argument("--modes", default="generate,upsert,load,e2e")
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
