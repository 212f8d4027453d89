"""Throughput of extraction on the synthetic corpus (bench/corpus.py), against a bare symbol-regex scan.

    python bench/extract.py [--docs 10000] [--seed 1] [--repeat 3] [--workers 2] [--profile]

Every file is read with `loaders.read` once, outside the timed loops; then, in the same process and on
the same texts (MB = UTF-8 bytes of the read texts):

- bare scan: one compiled regex of Party and State symbols (`findall`), best of `--repeat`;
- `find_references`, best of `--repeat`;
- `loaders.extract` (the full pipeline: references, agencies, people, events), one pass;
- read + extract per file, one pass (the reading cost included);
- read + extract in `--workers` processes (chunks of files, forkserver as graph/ingest.py; pool started
  before the clock);
- `citegraph extract --jsonl` sequentially (read, extract, annotate, JSON: `graph.pipeline.extract_json`),
  and the same as a Dask bag map on the local process scheduler (`graph.distributed`; pool start included),
  and on a dask.distributed cluster on loopback: a `dask scheduler` and `--workers` one-thread `dask worker`
  processes (bench/cluster.py; started and warmed before the clock, the client's connection included).

The last lines are `ratio extract(N workers)/bare` and `ratio extract/bare` (full `loaders.extract` in
one process over the bare scan; the target is ≥ 0.33). `--profile` runs pyinstrument over the extract
step and prints the top of the profile.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import regex
from common import corpus, machine, manifest, print_machine, table

import loaders

# A Party symbol (35-NQ/TW, 05 - CT/TU) or a State one (15/2020/NĐ-CP, 1234/QĐ-TTg).
BARE = regex.compile(r"\d{1,4}\s*[-–]\s*[A-ZĐ][A-Za-zĐđ]{1,3}/[A-ZĐƯ][A-Za-zĐƯđư]{1,6}"
                     r"|\d{1,5}/(?:\d{4}/)?[A-ZĐ][A-Za-zĐđ]{1,4}-[A-ZĐ][A-Za-zĐđ]{1,8}")


def _paths(folder: Path, limit: int | None) -> list[str]:
    """The corpus files in manifest order (the first `limit`)."""
    out = []
    for row in manifest(folder):
        out.append(str(folder / row["path"]))
        if limit and len(out) >= limit:
            break
    return out


def _timed(fn: Callable[[], Any], repeat: int = 1) -> float:
    """Seconds of the fastest of `repeat` calls of `fn`."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _each(fn: Callable[[Any], Any], items: Iterable[Any]) -> Callable[[], None]:
    def run() -> None:
        for item in items:
            fn(item)
    return run


def read_extract(path: str) -> int:
    """References of one file, read and extracted."""
    return len(loaders.extract(loaders.read(path)).references)


def read_extract_chunk(paths: list[str]) -> int:
    """References of a chunk of files (one task of a worker process)."""
    return sum(read_extract(p) for p in paths)


def _warm(_: int) -> int:
    """Make a worker import the loaders before the clock starts."""
    time.sleep(0.2)
    return len(loaders.extract(loaders.Source("Nghị quyết số 35-NQ/TW của Bộ Chính trị")).references)


def in_processes(paths: list[str], workers: int, chunk: int = 100) -> float:
    """Seconds to read and extract `paths` in `workers` processes, chunks of `chunk` files."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else None)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        list(pool.map(_warm, range(2 * workers)))
        chunks = [paths[i:i + chunk] for i in range(0, len(paths), chunk)]
        return _timed(lambda: sum(pool.map(read_extract_chunk, chunks)))


def on_dask(paths: list[str], workers: int) -> float:
    """Seconds of `citegraph extract --jsonl` as a Dask bag map (local processes, pool start included)."""
    from graph.distributed import iter_results

    return _timed(lambda: sum(1 for _ in iter_results(paths, scheduler="processes", workers=workers)))


def on_cluster(paths: list[str], workers: int) -> float:
    """Seconds of `citegraph extract --jsonl --dask ADDRESS` on a loopback cluster of `workers` processes."""
    from cluster import loopback_cluster

    from graph.distributed import iter_cluster_results
    from graph.pipeline import extract_json

    with loopback_cluster(workers=workers, threads=1) as address:
        from distributed import Client

        with Client(address, set_as_default=False) as client:
            client.run(extract_json, paths[0])  # every worker imports the extractor before the clock
        return _timed(lambda: sum(1 for _ in iter_cluster_results(paths, address)))


def _body(report: str) -> list[str]:
    """The lines of a pyinstrument report after its banner."""
    lines = report.splitlines()
    at = next((i for i, line in enumerate(lines) if line.startswith("Profile at")), -2)
    return lines[at + 2:]


def profile(sources: list[loaders.Source], top: int) -> None:
    """pyinstrument over `loaders.extract` of `sources`; print the top of the call tree and of self time."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.005)  # the coarse timer: low overhead
    profiler.start()
    for s in sources:
        loaders.extract(s)
    profiler.stop()
    tree = _body(profiler.output_text(unicode=True, color=False))
    flat = _body(profiler.output_text(unicode=True, color=False, flat=True))
    print(f"\npyinstrument, loaders.extract of {len(sources)} documents (call tree, then self time by function):")
    print("\n".join(tree[:top]))
    print("\n".join(flat[:top // 2]))


STEPS = ("refs", "extract", "read", "workers", "jsonl", "dask", "cluster")


def _steps(args: argparse.Namespace, paths: list[str], sources: list[loaders.Source],
           found: list[int]) -> dict[str, tuple[str, Callable[[], float]]]:
    """The measured steps after the bare scan: key → (label, a function giving its seconds)."""
    from graph.pipeline import extract_json

    texts = [s.text for s in sources]
    count = lambda s: found.append(len(loaders.extract(s).references))  # noqa: E731
    n = args.workers
    return {"refs": ("find_references", lambda: _timed(_each(loaders.find_references, texts), args.repeat)),
            "extract": ("loaders.extract (full)", lambda: _timed(_each(count, sources))),
            "read": ("read + extract per file", lambda: _timed(_each(read_extract, paths))),
            "workers": (f"read + extract, {n} processes", lambda: in_processes(paths, n)),
            "jsonl": ("citegraph extract --jsonl (sequential)", lambda: _timed(_each(extract_json, paths))),
            "dask": (f"same on a Dask bag, {n} processes", lambda: on_dask(paths, n)),
            "cluster": (f"same on a Dask cluster, {n} workers", lambda: on_cluster(paths, n))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=10_000, help="corpus size (default 10 000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--limit", type=int, help="use only the first N documents of the corpus")
    ap.add_argument("--repeat", type=int, default=3, help="passes of the fast steps (best is kept)")
    ap.add_argument("--workers", type=int, default=2, help="processes of the parallel rows (default 2)")
    ap.add_argument("--steps", default=",".join(STEPS), help=f"steps after the bare scan (default {','.join(STEPS)})")
    ap.add_argument("--profile", action="store_true", help="profile the extract step with pyinstrument")
    ap.add_argument("--profile-docs", type=int, default=1000, help="documents profiled (default 1 000)")
    ap.add_argument("--top", type=int, default=60, help="lines of the profile printed")
    args = ap.parse_args()

    print_machine(machine())
    paths = _paths(corpus(args.docs, args.seed), args.limit)
    sources = [loaders.read(p) for p in paths]
    texts = [s.text for s in sources]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus: {len(paths)} documents, {mb:.2f} MB read", flush=True)

    bare_scan = _each(BARE.findall, texts)
    first = _timed(bare_scan, args.repeat)
    found: list[int] = []
    steps = _steps(args, paths, sources, found)
    seconds: dict[str, float] = {}
    for key in args.steps.split(","):
        seconds[key] = steps[key][1]()
        print(f"  {steps[key][0]}: {seconds[key]:.2f} s", file=sys.stderr, flush=True)
    bare = mb / min(first, _timed(bare_scan, args.repeat))  # best before and after: the load drifts

    if found:
        print(f"references found by loaders.extract: {sum(found)}")
    rows = [("bare scan (one compiled symbol regex)", mb / bare)] + [(steps[k][0], s) for k, s in seconds.items()]
    table([{"step": name, "seconds": round(sec, 2), "MB/s": mb / sec, "docs/s": len(paths) / sec,
            "vs bare": (mb / sec) / bare} for name, sec in rows])
    if "refs" in seconds:
        print(f"ratio find_references/bare: {mb / seconds['refs'] / bare:.3f}")
    if "workers" in seconds:
        print(f"ratio extract({args.workers} workers)/bare: {mb / seconds['workers'] / bare:.3f}")
    for key in ("dask", "cluster"):  # speed-up over the sequential command
        if key in seconds and "jsonl" in seconds:
            print(f"ratio {key}({args.workers})/sequential jsonl: {seconds['jsonl'] / seconds[key]:.2f}")
    if args.profile:  # after the timed steps: caches are warm, as in a long ingest
        profile(sources[:args.profile_docs], args.top)
    if "extract" in seconds:
        print(f"ratio extract/bare: {mb / seconds['extract'] / bare:.3f}")


if __name__ == "__main__":
    main()
