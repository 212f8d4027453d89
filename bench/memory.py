"""Peak resident memory of ingest at each corpus size: ingest streams, so it must not grow with the corpus.

    python bench/memory.py                      # `citegraph ingest` at 10k and 50k documents (~6 min)
    python bench/memory.py --sizes 1k,10k,100k --modes generate,upsert,load,e2e

Each measurement is a fresh child process, sampled by this one with psutil every 0.2 s: its own RSS, the
largest RSS of any of its descendants (the extraction workers and their forkserver), the sum of the
descendants, and the whole tree (the child and its descendants at the same instant; pages shared after a
fork count once per process, so the sum errs high). The child's own peak is exact (`os.wait4`'s
`ru_maxrss`). Modes: `e2e` is the real command, `citegraph ingest --workers 2 --db FRESH --report R
DOCS`; `generate` writes the corpus (bench/corpus.py); `upsert` loads the manifest's rows into a fresh
embedded store with `Store.upsert`; `load` loads bench/load.py's cached extractions with
`graph.ingest.store_extracted` (resolve + write). A Neo4j server's own memory (the JVM) is not in these
numbers. The last line is `peak RSS MB: N1 at 10k, N2 at 50k`: the `e2e` whole tree's peak (never less
than the command's own peak), one entry a size.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from common import WORK, corpus, embedded_store, graph_batches, machine, print_machine, sizes, table

TARGET_MB = 1024
EXIT_PARTIAL = 2  # `citegraph ingest`: some files failed, the rest is stored


class _Tree:
    """Samples, in a thread, the RSS of a process and of its descendants: the process itself, the largest
    descendant, all descendants, and the whole tree at one instant (MB, peaks)."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        import psutil

        self.root = psutil.Process(pid)
        self.own = self.one = self.total = self.tree = 0.0
        self.every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        while not self._stop.wait(self.every):
            try:
                own = self.root.memory_info().rss / 2**20
                kids = self.root.children(recursive=True)
            except psutil.Error:
                continue
            sizes = []
            for p in kids:
                try:
                    sizes.append(p.memory_info().rss / 2**20)
                except psutil.Error:
                    continue
            self.own = max(self.own, own)
            self.one = max([self.one, *sizes])
            self.total = max(self.total, sum(sizes))
            self.tree = max(self.tree, own + sum(sizes))

    def __enter__(self) -> _Tree:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def child(mode: str, n: int, workers: int) -> None:
    """Run one in-process mode (generate, upsert, load) in this process."""
    if mode == "generate":
        from corpus import write_corpus

        out = WORK / f"mem-gen-{n}"
        shutil.rmtree(out, ignore_errors=True)
        write_corpus(out, n, seed=1)
        shutil.rmtree(out, ignore_errors=True)
        return
    c = corpus(n)
    db = WORK / f"mem-{mode}-{n}"
    shutil.rmtree(db, ignore_errors=True)
    store = embedded_store(db)
    try:
        if mode == "upsert":
            for b in graph_batches(c):
                store.upsert(b)
        else:
            from load import extract_cache, read_cache

            from graph.ingest import IngestSummary, store_extracted

            store_extracted(read_cache(extract_cache(n, workers)), store, IngestSummary())
    finally:
        store.close()
    shutil.rmtree(db, ignore_errors=True)


def _command(mode: str, n: int, workers: int, db: Path) -> list[str]:
    if mode == "e2e":
        cli = Path(sys.executable).with_name("citegraph")
        return [str(cli), "ingest", "--workers", str(workers), "--db", str(db), "--report", str(db) + ".json",
                "--quiet", str(corpus(n) / "docs")]
    return [sys.executable, __file__, "--child", mode, str(n), "--workers", str(workers)]


def measure(mode: str, n: int, workers: int) -> dict[str, Any]:
    """Run one mode at one size in a fresh child process; its peaks and its workers'."""
    if mode != "generate":
        corpus(n)  # generated here, outside the measured child
    if mode == "load":
        from load import extract_cache

        extract_cache(n, workers)
    db = WORK / f"mem-{mode}-{n}"
    shutil.rmtree(db, ignore_errors=True)
    env = {k: v for k, v in os.environ.items() if k not in ("NEO4J_URI", "CITEGRAPH_DB")}
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(_command(mode, n, workers, db), stdout=subprocess.DEVNULL, stderr=err, env=env)
        with _Tree(proc.pid) as tree:
            _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - t0
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    shutil.rmtree(db, ignore_errors=True)
    Path(str(db) + ".json").unlink(missing_ok=True)
    row: dict[str, Any] = {"mode": mode, "size": n, "peak RSS MB": None, "largest worker MB": None,
                           "workers MB": None, "whole tree MB": None, "seconds": None, "< 1 GB": None}
    if proc.returncode not in (0, EXIT_PARTIAL if mode == "e2e" else 0):
        row["< 1 GB"] = "failed: " + (stderr.strip().splitlines() or ["?"])[-1][:120]
        return row
    own = usage.ru_maxrss / 1024
    whole = max(own, tree.tree)
    row.update({"peak RSS MB": own, "largest worker MB": tree.one, "workers MB": tree.total,
                "whole tree MB": whole, "seconds": seconds, "< 1 GB": "yes" if whole < TARGET_MB else "NO"})
    if proc.returncode:
        row["< 1 GB"] += " (some files failed)"
    return row


def _size(n: int) -> str:
    return f"{n // 1_000_000}m" if n % 1_000_000 == 0 else f"{n // 1000}k" if n % 1000 == 0 else str(n)


def summary_line(rows: list[dict[str, Any]]) -> str | None:
    """`peak RSS MB: N1 at 10k, N2 at 50k` of the end-to-end rows (the whole tree's peak), or None."""
    e2e = [r for r in rows if r["mode"] == "e2e"]
    if not e2e:
        return None
    return "peak RSS MB: " + ", ".join(
        f"{r['whole tree MB']:.0f} at {_size(r['size'])}" if r["whole tree MB"] is not None
        else f"failed at {_size(r['size'])}" for r in e2e)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10k,50k", help="corpus sizes (default 10k,50k)")
    ap.add_argument("--modes", default="e2e", help="generate,upsert,load,e2e (default e2e: `citegraph ingest`)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--child", nargs=2, metavar=("MODE", "N"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    WORK.mkdir(parents=True, exist_ok=True)
    if args.child:
        child(args.child[0], int(args.child[1]), args.workers)
        return 0
    print_machine(machine())
    rows = [measure(mode, n, args.workers) for mode in args.modes.split(",") for n in sizes(args.sizes)]
    table(rows, "peak resident memory by corpus size (each row a fresh process; target < 1 GB, flat in size)")
    if line := summary_line(rows):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
