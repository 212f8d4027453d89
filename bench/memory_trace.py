"""Where an embedded ingest's memory goes, write by write: the real `ingest_paths` (extraction workers, batches,
resolution, writes) run in this process on the synthetic corpus, each write's RSS logged at its stages.

    python bench/memory_trace.py --size 20k                 # one line a write
    python bench/memory_trace.py --size 10k --tracemalloc   # + the Python heap and its largest growth a write
    python bench/memory_trace.py --size 50k --pool 128      # a smaller writer's pool: each growth and its cause
    python bench/memory_trace.py --size 100k --cached       # the load step alone, from bench/load.py's cache
    python bench/memory_trace.py --size 100k --cached --docs 30000 --pool 64   # where a small pool grows, 30 k

A line a write: documents written so far; RSS (MB) when the write begins (its batch resolved and built), after
its rows are applied (before the search index and the COMMIT), the peak during the write (sampled every 0.05 s)
and after the COMMIT and its trim; at that point `/proc/self/smaps` split in the buffer pool (the engine's one huge
reserved mapping), other anonymous memory (glibc heap and mapped blocks: the engine's and Python's) and files
(libraries); with `--tracemalloc` the Python heap traced and the source lines whose memory grew most since the
previous write.
"""

from __future__ import annotations

import argparse
import shutil
import threading
import time
import tracemalloc
from typing import Any

from common import WORK, corpus, sizes

POOL_MIN_SIZE = 1 << 40  # bytes of address space: only the engine's buffer pool reserves this much


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20


def smaps_mb() -> dict[str, float]:
    """Resident MB of this process by kind: pool, anon (heap and other anonymous maps), file."""
    out = {"pool": 0.0, "anon": 0.0, "file": 0.0}
    size = 0
    name = ""
    with open("/proc/self/smaps") as f:
        for line in f:
            parts = line.split()
            if "-" in parts[0] and not parts[0].endswith(":"):
                name = parts[5] if len(parts) > 5 else ""
            elif parts[0] == "Size:":
                size = int(parts[1]) * 1024
            elif parts[0] == "Rss:":
                kb = int(parts[1]) / 1024
                kind = "pool" if size >= POOL_MIN_SIZE else "file" if name.startswith("/") else "anon"
                out[kind] += kb
    return out


class _Peak:
    """RSS peak in a thread, reset at each write."""

    def __init__(self) -> None:
        self.peak = 0.0
        self._stop = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            self.peak = max(self.peak, rss_mb())

    def reset(self) -> None:
        self.peak = rss_mb()

    def stop(self) -> None:
        self._stop.set()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", default="20k")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--tracemalloc", action="store_true")
    ap.add_argument("--top", type=int, default=8, help="source lines shown a write with --tracemalloc")
    ap.add_argument("--reopen", action="store_true",
                    help="after each write also close and reopen the database and log RSS: what the engine held")
    ap.add_argument("--steps", action="store_true",
                    help="RSS growth of each step of a write (resolution, each read and write of its transaction)")
    ap.add_argument("--keep", action="store_true", help="keep the store (WORK/trace-N) for later probes")
    ap.add_argument("--cached", action="store_true",
                    help="the load step alone: bench/load.py's cached extractions streamed into store_extracted")
    ap.add_argument("--pool", type=int, help="the writer's starting buffer pool in MB (default WRITER_POOL_MB)")
    ap.add_argument("--docs", type=int, help="with --cached: only the first DOCS extractions of the cache (where the "
                                             "pool grows, on a part of a large corpus)")
    args = ap.parse_args()
    n = sizes(args.size)[0]
    docs = None if args.cached else corpus(n) / "docs"
    db = WORK / f"trace-{n}"
    shutil.rmtree(db, ignore_errors=True)

    import graph.embedded_store as es
    from graph.ingest import ingest_paths

    if args.tracemalloc:
        tracemalloc.start(1)
    peak = _Peak()
    state: dict[str, Any] = {"written": 0, "snap": None, "t": time.perf_counter()}
    real_upsert, real_apply = es.EmbeddedStore._upsert, es.apply_batch

    def apply(batch: Any, *a: Any, **k: Any) -> Any:
        out = real_apply(batch, *a, **k)
        state["applied"] = rss_mb()
        return out

    def upsert(self: Any, batch: Any) -> Any:
        begin = rss_mb()
        peak.reset()
        docs_in = sum(1 for d in batch.documents if not d.is_stub)
        summary = real_upsert(self, batch)
        state["written"] += docs_in
        m = smaps_mb()
        line = (f"{state['written']:>7} docs  begin {begin:6.0f}  applied {state.get('applied', 0):6.0f}  "
                f"peak {peak.peak:6.0f}  after {rss_mb():6.0f} | pool {m['pool']:5.0f} anon {m['anon']:5.0f} "
                f"file {m['file']:4.0f} | writer pool {self._pool >> 20} MB | {time.perf_counter() - state['t']:5.0f} s")
        for g in self.pool_growths[state.setdefault("growths", 0):]:
            line += (f"\n      the pool grew {g.before_mb} -> {g.after_mb or 'default'} MB: the {g.cause} needed more "
                     f"({g.documents} Documents stored, reopened in {g.seconds:.1f} s)")
        state["growths"] = len(self.pool_growths)
        if args.steps:
            line += "".join(f"\n      {name:22s} {grown:+7.0f} MB over {calls:3d} calls, RSS up to {top:6.0f}"
                            for name, (grown, top, calls) in state["steps"].items() if calls)
            state["steps"].clear()
        if args.reopen:
            with self._held():
                for obj in self._handles:
                    obj.close()
                es._trim_native_heap()
                closed = rss_mb()
                self._open()
            line += f" | closed {closed:6.0f} reopened {rss_mb():6.0f}"
        if args.tracemalloc:
            cur, _ = tracemalloc.get_traced_memory()
            snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
            line += f" | python {cur / 2**20:.0f} MB"
            if state["snap"] is not None:
                for stat in snap.compare_to(state["snap"], "lineno")[:args.top]:
                    frame = stat.traceback[0]
                    line += (f"\n      {stat.size_diff / 2**20:+7.1f} MB (now {stat.size / 2**20:6.1f}) "
                             f"{frame.filename.rsplit('/', 2)[-2:]}:{frame.lineno}")
            state["snap"] = snap
            line += "\n    largest now:"
            for stat in snap.statistics("lineno")[:args.top]:
                frame = stat.traceback[0]
                line += (f"\n      {stat.size / 2**20:6.1f} MB {stat.count:8d} blocks "
                         f"{frame.filename.rsplit('/', 2)[-2:]}:{frame.lineno}")
        print(line, flush=True)
        return summary

    es.apply_batch = apply
    if args.steps:
        import graph.ingest as gi

        steps: dict[str, list[float]] = {}

        def stepped(name: str, fn: Any) -> Any:
            def run(*a: Any, **k: Any) -> Any:
                before = rss_mb()
                out = fn(*a, **k)
                after = rss_mb()
                grown = steps.setdefault(name, [0.0, 0.0, 0])
                grown[0] += after - before
                grown[1] = max(grown[1], after)
                grown[2] += 1
                return out
            return run

        gi.build_batch = stepped("resolve (build_batch)", gi.build_batch)
        for name in ("read_nodes", "existing", "create_nodes", "update_nodes", "delete_nodes", "read_edges",
                     "out_edges", "create_edges", "update_edges", "delete_edges", "degrees", "citer_counts",
                     "newest_citers", "index_search"):
            setattr(es._EmbeddedTx, name, stepped(name, getattr(es._EmbeddedTx, name)))
        state["steps"] = steps
    es.EmbeddedStore._upsert = upsert
    if args.pool:
        es.WRITER_POOL_MB = args.pool
    cache = None
    if args.cached:  # extracted once, before the store opens
        from load import extract_cache, read_cache

        from graph.ingest import IngestSummary, store_extracted

        cache = extract_cache(n, args.workers)
        state["t"] = time.perf_counter()
    store = es.EmbeddedStore(str(db))
    try:
        if cache is not None:  # only resolution and writes in this process
            summary = IngestSummary()
            store_extracted(read_cache(cache, args.docs), store, summary)
        else:
            summary = ingest_paths([docs], store, workers=args.workers, progress=False)
    finally:
        store.close()
        peak.stop()
    print(f"{summary.files_read or state['written']} files, {time.perf_counter() - state['t']:.0f} s; after the rebuild RSS {rss_mb():.0f} MB, "
          f"peak {peak.peak:.0f}")
    if not args.keep:
        shutil.rmtree(db, ignore_errors=True)


if __name__ == "__main__":
    main()
