"""Readers while an ingest writes: concurrent readers (threads of one process, as the app's sessions, and
separate processes, as other analysts' tools) ask cited-by and search of an embedded store, first with
nothing writing, then while `citegraph ingest` adds a second corpus to the same store.

    python bench/readers.py                              # 2k documents stored, 1k more ingested, 20 readers
    python bench/readers.py --size 10k --more 2k --threads 10 --processes 10

Each reader loops over a seeded sample of cited documents and search words; every call is timed, every
failed call counted. The same readers, keys and store serve both phases, so the ratio compares like with
like. The last lines are `readers p95 ms, cited-by / search: idle A / B, during ingest C / D (N readers)`
and `ratio p95 during ingest / idle: X` (the larger of the two queries' ratios).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from queue import Empty
from typing import Any

import lockspy
from common import WORK, corpus, machine, percentiles, print_machine, sizes, table
from query import SEARCHES, sample_keys_from_store

from graph.embedded_store import EmbeddedStore

TARGET_MS = 50.0  # issue 14: cited-by and search p95 under 50 ms while an ingest runs
#: --spy: the file the writer logs its holds of the commit lock to (bench/lockspy.py), set for the reader processes
SPY_ENV = "CITEGRAPH_BENCH_LOCK_SPY"
#: --spy: a read at least this long is kept with its breakdown
SLOW_S = 1.0


def _ingest_cmd(db: Path, docs: Path) -> list[str]:
    """The real command, as a user runs it, with its report (the longest COMMIT) beside the store (--spy: run
    through bench/lockspy.py, which logs its holds of the commit lock)."""
    spy = os.environ.get(SPY_ENV)
    head = ([sys.executable, str(Path(__file__).with_name("lockspy.py")), spy] if spy
            else [str(Path(sys.executable).with_name("citegraph"))])
    return [*head, "ingest", "--workers", "1", "--quiet", "--db",
            str(db), "--report", f"{db}.json", str(docs)]


def read_for(db: str, keys: list[str], seconds: float, stop: Any = None,
             shared: EmbeddedStore | None = None) -> dict[str, Any]:
    """One reader's loop on its own read-only store (or on `shared`, one store for this process's threads, as the
    app's sessions share one) for `seconds` (or until `stop` is set): cited-by of each key in turn, a search every
    fourth call; latencies in ms by query, and failures."""
    out: dict[str, Any] = {"cited-by": [], "search": [], "failed": 0, "errors": [], "slow": [], "spent": [0.0] * 4}
    spy = bool(os.environ.get(SPY_ENV))
    if spy:
        lockspy.install()
    store = shared or EmbeddedStore(db, read_only=True)
    try:
        deadline = time.monotonic() + seconds
        i = 0
        while time.monotonic() < deadline and not (stop is not None and stop.is_set()):
            name = "search" if i % 4 == 3 else "cited-by"
            t0, wall = time.perf_counter(), time.time()
            if spy:
                lockspy.begin()
            try:
                if name == "search":
                    store.search(SEARCHES[i % len(SEARCHES)], limit=50)
                else:
                    store.cited_by(keys[i % len(keys)])
                out[name].append((time.perf_counter() - t0) * 1000)
                if spy:
                    took, (wait, reopen, retries) = time.perf_counter() - t0, lockspy.end()
                    for k, v in enumerate((took, wait, reopen, took - wait - reopen)):
                        out["spent"][k] += v
                    if took >= SLOW_S:
                        out["slow"].append({"t0": wall, "took": took, "wait": wait, "reopen": reopen,
                                            "query": took - wait - reopen, "retries": retries, "name": name,
                                            "parts": lockspy.parts(), "who": multiprocessing.current_process().name,
                                            "wal": os.path.getsize(store.file + ".wal") if os.path.exists(store.file + ".wal") else -1})
            except Exception as e:  # noqa: BLE001 - a failed read is what this bench counts
                out["failed"] += 1
                if len(out["errors"]) < 3:
                    out["errors"].append(f"{type(e).__name__}: {e}"[:200])
            i += 1
    finally:
        if shared is None:
            store.close()
    return out


def _process_reader(db: str, keys: list[str], seconds: float, start: Any, stop: Any, queue: Any) -> None:
    start.wait()
    try:
        queue.put(read_for(db, keys, seconds, stop))
    except Exception as e:  # noqa: BLE001 - a reader that cannot open the store is a failed read, not a hang
        queue.put({"cited-by": [], "search": [], "failed": 1, "errors": [f"{type(e).__name__}: {e}"[:200]],
                   "slow": [], "spent": [0.0] * 4})


def _collect(procs: list[Any], queue: Any, deadline: float) -> list[dict[str, Any]]:
    """The reader processes' results; one that died without giving it (a crash in the engine) counts as a
    failed read, with its exit code, instead of being waited for."""
    out: list[dict[str, Any]] = []
    while len(out) < len(procs) and time.monotonic() < deadline:
        try:
            out.append(queue.get(timeout=1.0))
        except Empty:
            if not any(p.is_alive() for p in procs) and queue.empty():
                break
    for _ in range(len(procs) - len(out)):
        codes = sorted({p.exitcode for p in procs if p.exitcode})
        out.append({"cited-by": [], "search": [], "failed": 1, "slow": [], "spent": [0.0] * 4,
                    "errors": [f"a reader process ended without its result (exit codes {codes})"]})
    return out


def phase(db: Path, keys: list[str], threads: int, processes: int, seconds: float,
          docs: Path | None, shared: bool = False) -> tuple[dict[str, Any], float | None]:
    """All readers together for `seconds` (or, with `docs`, as long as the ingest of `docs` runs, at most
    `seconds`); their latencies merged, and the ingest's duration. `shared`: the threads read one store."""
    context = multiprocessing.get_context("spawn")
    start, stop, queue = context.Event(), context.Event(), context.Queue()
    procs = [context.Process(target=_process_reader, args=(str(db), keys[i::processes] or keys, seconds, start,
                                                           stop, queue)) for i in range(processes)]
    for p in procs:
        p.start()
    results: list[dict[str, Any]] = []
    lock = threading.Lock()

    def thread_reader(part: list[str]) -> None:
        start.wait()
        r = read_for(str(db), part, seconds, stop, one)
        with lock:
            results.append(r)

    one = EmbeddedStore(str(db), read_only=True) if shared and threads else None
    pool = [threading.Thread(target=thread_reader, args=(keys[i::threads] or keys,)) for i in range(threads)]
    for t in pool:
        t.start()
    time.sleep(2.0)  # the readers' stores are open
    ingest_s = None
    start.set()
    if docs is not None:
        t0 = time.perf_counter()
        proc = subprocess.run(_ingest_cmd(db, docs), capture_output=True, text=True, timeout=seconds + 600)
        ingest_s = time.perf_counter() - t0
        if proc.returncode:
            print(f"ingest failed ({proc.returncode}): {proc.stderr[-500:]}", file=sys.stderr)
        stop.set()
    results += _collect(procs, queue, time.monotonic() + seconds + 120)
    for p in procs + pool:
        p.join()
    if one is not None:
        one.close()
    merged: dict[str, Any] = {"cited-by": [], "search": [], "failed": 0, "errors": [], "slow": [], "spent": [0.0] * 4}
    for r in results:
        for k in ("cited-by", "search", "errors", "slow"):
            merged[k] += r[k]
        merged["failed"] += r["failed"]
        merged["spent"] = [a + b for a, b in zip(merged["spent"], r["spent"], strict=True)]
    return merged, ingest_s


def _spy_report(busy: dict[str, Any], holds: list[dict[str, Any]]) -> None:
    """--spy: where the readers' time went during the ingest, each slow read's wait, reopen and query beside the
    writer's holds of the commit lock that overlapped it, and the writer's longest holds and waits."""
    calls = len(busy["cited-by"]) + len(busy["search"])
    took, wait, reopen, query = busy["spent"]
    print(f"spy: {calls} reads during the ingest took {took:.1f} s in all: waiting for the lock {wait:.1f} s, "
          f"reopening {reopen:.1f} s, querying {query:.1f} s")
    print(f"spy: the writer held the commit lock {len(holds)} times, {sum(h['hold'] for h in holds):.1f} s in all, "
          f"and waited {sum(h['wait'] for h in holds):.1f} s for it (readers holding it shared)")
    by_reason: dict[str, list[float]] = {}
    for h in holds:
        by_reason.setdefault(h["reason"], []).append(h["hold"])
    for reason, held in sorted(by_reason.items(), key=lambda kv: -max(kv[1]))[:8]:
        print(f"spy:   held by {reason}: {len(held)} times, longest {max(held):.2f} s, in all {sum(held):.2f} s")
    for h in sorted(holds, key=lambda h: -h["wait"])[:3]:
        print(f"spy:   waited {h['wait']:.2f} s before holding it {h['hold']:.2f} s for {h['reason']}")
    slow = sorted(busy["slow"], key=lambda r: -r["took"])
    threads = [r for r in slow if r["who"] == "MainProcess"]
    print(f"spy: {len(slow)} reads of {SLOW_S:.0f} s or more ({len(threads)} in the reader threads); the longest "
          "three in threads, then in processes:")
    for r in threads[:3] + [r for r in slow if r["who"] != "MainProcess"][:3]:
        over = [h for h in holds if h["t0"] < r["t0"] + r["took"] and h["t0"] + h["wait"] + h["hold"] > r["t0"]]
        writer = ", ".join(f"{h['reason'].split('<')[0]}<{h['reason'].split('<')[-1]} waited {h['wait']:.2f} held "
                           f"{h['hold']:.2f}" for h in sorted(over, key=lambda h: -h["hold"])[:3])
        print(f"spy:   {r['name']} {r['took']:.2f} s = lock wait {r['wait']:.2f} + reopen {r['reopen']:.2f} + query "
              f"{r['query']:.2f} ({r['retries']} retries); the writer meanwhile: {writer or 'no hold'}")
        print(f"spy:     reopen parts {', '.join(f'{k} {v:.2f}' for k, v in r['parts'].items())}; in {r['who']}; "
              f"log {r['wal']} bytes")


def _row(name: str, merged: dict[str, Any], query: str, readers: int) -> dict[str, Any]:
    ms = merged[query] or [0.0]
    return {"phase": name, "query": query, "readers": readers, "calls": len(merged[query]), **percentiles(ms),
            "max": max(ms), "failed calls": merged["failed"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", default="2k", help="documents stored before the readers start (default 2k)")
    ap.add_argument("--more", default="1k", help="documents the ingest adds while they read (default 1k)")
    ap.add_argument("--threads", type=int, default=10, help="reader threads in this process (default 10)")
    ap.add_argument("--processes", type=int, default=10, help="reader processes (default 10)")
    ap.add_argument("--seconds", type=float, default=20.0, help="idle phase length; cap of the ingest phase")
    ap.add_argument("--samples", type=int, default=200, help="cited documents the readers ask for")
    ap.add_argument("--shared", action="store_true",
                    help="the reader threads share one store, as the app's sessions do (graph/app.py get_store)")
    ap.add_argument("--spy", action="store_true", help="break the slow reads down (bench/lockspy.py)")
    args = ap.parse_args(argv)
    n, more = sizes(args.size)[0], sizes(args.more)[0]
    print_machine(machine())
    db = WORK / f"readers-{n}"
    shutil.rmtree(db, ignore_errors=True)
    print(f"storing {n:,} documents with `citegraph ingest` ...", flush=True)
    subprocess.run(_ingest_cmd(db, corpus(n) / "docs"), check=True, capture_output=True)
    extra = corpus(more, seed=2) / "docs"
    with EmbeddedStore(str(db), read_only=True) as store:
        keys, _citing = sample_keys_from_store(store, args.samples)
    readers = args.threads + args.processes
    print(f"{readers} readers ({args.threads} threads{' sharing one store' if args.shared else ''}, {args.processes} "
          f"processes) on {os.cpu_count()} cores", flush=True)
    idle, _ = phase(db, keys, args.threads, args.processes, args.seconds, None, args.shared)
    if args.spy:
        os.environ[SPY_ENV] = str(WORK / f"readers-{n}-holds.jsonl")
        Path(os.environ[SPY_ENV]).unlink(missing_ok=True)
    busy, ingest_s = phase(db, keys, args.threads, args.processes, args.seconds * 30, extra, args.shared)
    load = os.getloadavg()
    rows = [_row(name, merged, q, readers) for name, merged in (("idle", idle), ("during ingest", busy))
            for q in ("cited-by", "search")]
    table(rows, f"reader latency, ms ({n:,} documents stored, {more:,} ingested in "
                f"{ingest_s:.1f} s during the second phase; target p95 < {TARGET_MS:.0f} ms)")
    for err in (idle["errors"] + busy["errors"])[:5]:
        print("failed read:", err)
    p95 = {(r["phase"], r["query"]): r["p95"] for r in rows}
    commit = json.loads(Path(f"{db}.json").read_text(encoding="utf-8"))["longest_commit_seconds"]
    longest = max(busy["cited-by"] + busy["search"] or [0.0]) / 1000
    print(f"longest read during the ingest / its longest COMMIT: {longest:.2f} s / {commit:.2f} s "
          f"(load average after the ingest {load[0]:.2f}, {load[1]:.2f})")
    if args.spy:
        _spy_report(busy, lockspy.read_log(os.environ[SPY_ENV]))
    shutil.rmtree(db, ignore_errors=True)
    Path(f"{db}.json").unlink(missing_ok=True)
    print(f"readers p95 ms, cited-by / search: idle {p95['idle', 'cited-by']:.2f} / {p95['idle', 'search']:.2f}, "
          f"during ingest {p95['during ingest', 'cited-by']:.2f} / {p95['during ingest', 'search']:.2f} "
          f"({readers} readers)")
    ratio = max(p95["during ingest", q] / p95["idle", q] for q in ("cited-by", "search") if p95["idle", q])
    print(f"ratio p95 during ingest / idle: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
