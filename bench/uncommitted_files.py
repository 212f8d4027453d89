"""What an uncommitted LadybugDB 0.22 transaction writes that a read-only reader in another process could read
(graph/embedded_store.py: the writer holds the commit lock around COMMIT only).

    python bench/uncommitted_files.py --folder /tmp/uncommitted --rounds 3

A writer process, driven step by step: Doc nodes and CITES edges stored and checkpointed; then each round a
transaction — a COPY of `--nodes` Doc, a COPY of `--edges` CITES, a SET of a third of the stored Docs, a DELETE of
a seventh of the edges, a DETACH DELETE of 10 000 Docs — left uncommitted after each statement while this process
stats every file of the folder, hashes each page of the .lbug the last commit left, and reads (count and sums of
every column, a full scan) on a fresh read-only open in another process and on a read-only connection opened
before the transaction; a third process opens read-only and reads again and again during each COPY. Then COMMIT.
Every read prints `== committed` while the transaction is open when nothing it did reaches a reader.

2026-12-05 21:00 UTC, 200 000 Docs and 400 000 CITES stored, rounds of 400 000 and 800 000, the writer's pool
320 MB on one thread (as citegraph's writer): an uncommitted COPY of Doc appends pages (41 -> 72 MB in round 0)
or rewrites pages the last checkpoint freed (round 1: 5 684 of 36 094; round 2: 7 786 of 63 198, the file's size
unchanged), never page 0 (the header) nor a page of the committed state; COPY of CITES, SET and DELETE write no
file; no .wal or .shadow appears before COMMIT, which rewrites the header and thousands of pages. Every fresh read,
the held connection's reads and the 5-55 opens during each COPY answered the committed store; no error. A ROLLBACK
of such a transaction (`--end rollback`) did not return within 10 minutes (not pursued; citegraph rolls back
failed writes, whose statements are fewer).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing as mp
import os
import random
import shutil
import subprocess
import sys
import time
from typing import Any

import ladybug
import pyarrow as pa
import pyarrow.parquet as pq

PAGE = 4096
READ = ("MATCH (d:Doc) RETURN count(*), sum(d.n), sum(size(d.text))",
        "MATCH ()-[r:CITES]->() RETURN count(*), sum(r.support)")


def _parquet(folder: str, name: str, table: pa.Table) -> str:
    path = os.path.join(folder, name + ".parquet")
    pq.write_table(table, path, compression="none")
    return path


def _nodes(start: int, n: int) -> pa.Table:
    return pa.table({"key": [f"k{i:09d}" for i in range(start, start + n)], "n": list(range(start, start + n)),
                     "text": [f"text of document {i} " * 4 for i in range(start, start + n)]})


def _edges(n: int, sources: int, targets: int, deleted: list[tuple[int, int]], seed: int) -> pa.Table:
    rnd = random.Random(seed)

    def pick(top: int) -> str:
        while True:
            k = rnd.randrange(top)
            if not any(a <= k < b for a, b in deleted):
                return f"k{k:09d}"
    return pa.table({"from": [pick(sources) for _ in range(n)], "to": [pick(targets) for _ in range(n)],
                     "support": [1] * n})


def _writer(file: str, pool_mb: int, pipe: Any) -> None:
    db = ladybug.Database(file, buffer_pool_size=pool_mb << 20, max_num_threads=1)
    conn = ladybug.Connection(db)
    while True:
        cypher = pipe.recv()
        if cypher is None:
            conn.close()
            db.close()
            pipe.send(("closed", 0))
            return
        started = time.perf_counter()
        try:
            conn.execute(cypher)
            pipe.send(("ok", round(time.perf_counter() - started, 2)))
        except RuntimeError as e:
            pipe.send(("error", str(e)[:300]))


def _answer(conn: ladybug.Connection) -> list[list[int | None]]:
    return [[None if v is None else int(v) for v in conn.execute(q).get_all()[0]] for q in READ]


def _fresh_read(file: str) -> Any:
    code = ("import json, sys, ladybug; sys.path.insert(0, sys.argv[2]); from uncommitted_files import _answer; "
            "db = ladybug.Database(sys.argv[1], read_only=True, max_num_threads=1); "
            "print(json.dumps(_answer(ladybug.Connection(db))))")
    p = subprocess.run([sys.executable, "-c", code, file, os.path.dirname(os.path.abspath(__file__))],
                       capture_output=True, text=True, timeout=300)
    return json.loads(p.stdout) if p.returncode == 0 else f"exit {p.returncode}: {p.stderr.strip()[-200:]}"


def _reader_loop(file: str, stop: Any, queue: Any) -> None:
    """Open read-only and read, again and again until `stop`: each answer or error."""
    got = []
    while not stop.is_set():
        try:
            db = ladybug.Database(file, read_only=True, max_num_threads=1)
            conn = ladybug.Connection(db)
            got.append(json.dumps(_answer(conn)))
            conn.close()
            db.close()
        except RuntimeError as e:
            got.append("error: " + str(e)[:150])
    queue.put(got)


def _files(folder: str) -> dict[str, tuple[int, int]]:
    return {f: (os.stat(p).st_size, os.stat(p).st_mtime_ns) for f in sorted(os.listdir(folder))
            if not f.endswith(".parquet") and os.path.isfile(p := os.path.join(folder, f))}


def _pages(path: str, upto: int | None = None) -> list[bytes]:
    out: list[bytes] = []
    with open(path, "rb") as fh:
        while (upto is None or len(out) * PAGE < upto) and (block := fh.read(PAGE)):
            out.append(hashlib.blake2b(block, digest_size=8).digest())
    return out


def _look(state: dict[str, Any], step: str, result: Any) -> None:
    """Print what changed since the round began: files, pages of the committed .lbug, and the two readers' answers."""
    before_files, before_pages, committed = state["files"], state["pages"], state["committed"]
    now = _files(state["folder"])
    changed = {f: (before_files.get(f), v) for f, v in now.items() if before_files.get(f) != v}
    pages = _pages(state["file"], len(before_pages) * PAGE)
    rewritten = [i for i, (a, b) in enumerate(zip(before_pages, pages, strict=False)) if a != b]
    fresh = _fresh_read(state["file"])
    try:
        kept: Any = _answer(state["held"])
    except RuntimeError as e:
        kept = f"error: {e}"[:200]
    print(f"  {step}: {result}\n    files changed: {changed}\n    pages of the committed {len(before_pages)} "
          f"rewritten: {len(rewritten)} {rewritten[:8]}\n    fresh reader: {fresh} "
          f"{'==' if fresh == committed else '!='} committed; held reader: {kept} "
          f"{'==' if kept == committed else '!='} committed")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folder", default="/tmp/uncommitted-files")
    ap.add_argument("--stored", type=int, default=200_000, help="Docs stored first (twice as many CITES)")
    ap.add_argument("--nodes", type=int, default=400_000, help="Docs each transaction copies")
    ap.add_argument("--edges", type=int, default=800_000, help="CITES each transaction copies")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--pool-mb", type=int, default=320, help="the writer's buffer pool (citegraph's: 320)")
    ap.add_argument("--end", choices=("commit", "rollback"), default="commit", help="how the last round ends")
    args = ap.parse_args(argv)
    shutil.rmtree(args.folder, ignore_errors=True)
    os.makedirs(args.folder)
    file = os.path.join(args.folder, "g.lbug")
    ctx = mp.get_context("spawn")
    mine, theirs = ctx.Pipe()
    writer = ctx.Process(target=_writer, args=(file, args.pool_mb, theirs))
    writer.start()

    def do(cypher: str | None) -> tuple[str, float]:
        mine.send(cypher)
        return mine.recv()

    deleted: list[tuple[int, int]] = []
    do("CREATE NODE TABLE Doc(key STRING PRIMARY KEY, n INT64, text STRING)")
    do("CREATE REL TABLE CITES(FROM Doc TO Doc, support INT64)")
    print("stored:", do(f"COPY Doc FROM '{_parquet(args.folder, 'n0', _nodes(0, args.stored))}'"),
          do(f"COPY CITES FROM '{_parquet(args.folder, 'e0', _edges(2 * args.stored, args.stored, args.stored, [], 1))}'"),
          do("CHECKPOINT"))
    for rnd in range(args.rounds):
        base = args.stored + rnd * args.nodes
        nodes = _parquet(args.folder, "n", _nodes(base, args.nodes))
        edges = _parquet(args.folder, "e", _edges(args.edges, base + args.nodes, args.stored, deleted, 2 + rnd))
        committed = _fresh_read(file)
        held_db = ladybug.Database(file, read_only=True, max_num_threads=1)
        held = ladybug.Connection(held_db)
        state = {"folder": args.folder, "file": file, "files": _files(args.folder), "pages": _pages(file),
                 "committed": committed, "held": held}
        print(f"\nround {rnd}: committed {committed}; files {state['files']}")

        def look(step: str, result: Any, state: dict[str, Any] = state) -> None:
            _look(state, step, result)

        print("  BEGIN:", do("BEGIN TRANSACTION"))
        for what, cypher in (("COPY Doc", f"COPY Doc FROM '{nodes}'"), ("COPY CITES", f"COPY CITES FROM '{edges}'")):
            stop, queue = ctx.Event(), ctx.Queue()
            loop = ctx.Process(target=_reader_loop, args=(file, stop, queue))
            loop.start()
            time.sleep(1)
            result = do(cypher)
            stop.set()
            got = queue.get()
            loop.join()
            print(f"  reader opening again and again during {what}: {len(got)} reads, answers {sorted(set(got))}")
            look(f"uncommitted {what}", result)
        look("uncommitted SET", do(f"MATCH (d:Doc) WHERE d.n < {base} AND d.n % 3 = 0 SET d.n = d.n + 1, "
                                   "d.text = d.text + 'x'"))
        look("uncommitted DELETE", do("MATCH (a:Doc)-[r:CITES]->(:Doc) WHERE a.n % 7 = 0 DELETE r"))
        gone = (base - 50_000, base - 40_000)
        deleted.append(gone)
        look("uncommitted DETACH DELETE", do(f"MATCH (d:Doc) WHERE d.key >= 'k{gone[0]:09d}' AND "
                                             f"d.key < 'k{gone[1]:09d}' DETACH DELETE d"))
        end = args.end if rnd == args.rounds - 1 else "commit"
        look(end.upper(), do(end.upper()))
        held.close()
        held_db.close()
    print("\nwriter closed:", do(None), "fresh reader:", _fresh_read(file))
    writer.join()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
