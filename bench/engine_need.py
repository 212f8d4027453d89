"""LadybugDB alone, no citegraph code: the buffer pool a small write and its checkpoint need in a node table of N
rows with a STRING primary key (keys shaped like citegraph's Document keys), by bisection, a fresh process a trial.
Does the need grow with N, and through which operation?

    python bench/engine_need.py --rows 100000,300000,1000000          # every operation, each N
    python bench/engine_need.py --rows 300000 --ops set-list --hi 512

The table `Doc(key STRING PRIMARY KEY, title STRING, search STRING, produced STRING[], n INT64)` and `Cites(FROM Doc
TO Doc, snippet STRING, support INT64)`, ~2 edges a row, are built once per N under WORK/engine-N (COPY from Parquet
with a large pool). Operations, each on 1 000 rows (`--touch`), then `CHECKPOINT`:

- insert:   COPY 1 000 new rows (new keys) into Doc
- set-int:  SET n on 1 000 stored rows spread over all node groups, found by key
- set-str:  SET title on them
- set-list: SET produced = produced + [one more string] on them (a list column, as citegraph's symbol index keeps)
- set-all:  SET every column but the key on them (what citegraph's update of a Document does)
- set-int-first: SET n on 1 000 rows of the first node group only
- rel:      COPY 1 000 Cites edges between stored rows spread over all node groups
- rel-hub:  COPY 1 000 Mentions edges from stored rows spread over all node groups to the 1 000 rows of a small table
            `Hub(key STRING PRIMARY KEY)` that every Doc row mentions 3 times (3 N edges, all ending in Hub's one node
            group: as citegraph's MENTIONS and ISSUED_BY end at its few Agency rows)
- rel-delete: DELETE 1 000 Cites edges of stored rows spread over all node groups
- rel-set:  SET support on those 1 000 Cites edges
- rel-delete-first: DELETE 1 000 Cites edges whose both ends are in the first node group
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import WORK

OPS = ("insert", "set-int", "set-str", "set-list", "set-all", "set-int-first", "rel", "rel-hub", "rel-delete", "rel-set",
       "rel-delete-first")
HUBS = 1000
NODE_GROUP = 131072


def key(i: int) -> str:
    """A key shaped like citegraph's: a third articles (a sha256), the rest symbols with their year and place."""
    if i % 3 == 0:
        return "article:" + hashlib.sha256(str(i).encode()).hexdigest()
    place = ("@ho-chi-minh", "@ha-noi", "")[i % 3]
    return f"{i}/QĐ-TTg{place}@{2000 + i % 25}"


def _rows(lo: int, hi: int) -> dict[str, list]:
    return {"key": [key(i) for i in range(lo, hi)],
            "title": [f"Quyết định về việc ban hành quy chế số {i}" for i in range(lo, hi)],
            "search": [f"{i} qd-ttg quyet dinh ve viec ban hanh quy che so {i} thu tuong chinh phu" for i in range(lo, hi)],
            "produced": [None if i % 2 else [f"ISSUED_BY\t{key(i)}\tagency:thu-tuong-chinh-phu",
                                             f"MENTIONS\t{key(i)}\tagency:bo-noi-vu"] for i in range(lo, hi)],
            "n": list(range(lo, hi))}


def _parquet(folder: str, name: str, columns: dict[str, list]) -> str:
    import pyarrow as pa
    import pyarrow.parquet as pq

    file = os.path.join(folder, f"{name}.parquet")
    pq.write_table(pa.table(columns), file, compression="none")
    return file


def _edges(n: int, pairs: list[tuple[int, int]]) -> dict[str, list]:
    return {"from": [key(a) for a, _ in pairs], "to": [key(b) for _, b in pairs],
            "snippet": [f"căn cứ Quyết định số {b}/QĐ-TTg ngày 1 tháng 1 năm {2000 + b % 25} của Thủ tướng" for _, b in pairs],
            "support": [1] * len(pairs)}


def build(n: int) -> Path:
    """WORK/engine-N/graph.lbug: N rows, 2 N edges (row i cites i//2 and i//3 + 1), built once."""
    import ladybug

    folder = WORK / f"engine-{n}"
    file = folder / "graph.lbug"
    if file.exists():
        return _with_hubs(n, file)
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    db = ladybug.Database(str(file), buffer_pool_size=4 << 30)
    conn = ladybug.Connection(db)
    conn.execute("CREATE NODE TABLE Doc(key STRING, title STRING, search STRING, produced STRING[], n INT64, "
                 "PRIMARY KEY (key))")
    conn.execute("CREATE REL TABLE Cites(FROM Doc TO Doc, snippet STRING, support INT64)")
    with tempfile.TemporaryDirectory() as tmp:
        for lo in range(0, n, 200_000):
            conn.execute(f"COPY Doc FROM '{_parquet(tmp, 'doc', _rows(lo, min(n, lo + 200_000)))}'")
        for lo in range(1, n, 200_000):
            pairs = [(i, j) for i in range(lo, min(n, lo + 200_000)) for j in (i // 2, i // 3 + 1) if j != i]
            conn.execute(f"COPY Cites FROM '{_parquet(tmp, 'cites', _edges(n, pairs))}'")
    conn.execute("CHECKPOINT")
    conn.close()
    db.close()
    print(f"built {file}: {n:,} rows in {time.perf_counter() - started:.0f} s, "
          f"{file.stat().st_size / 2**20:.0f} MB", flush=True)
    return _with_hubs(n, file)


def _with_hubs(n: int, file: Path) -> Path:
    """The Hub table and its Mentions (row i mentions hubs i, i + 7 and i + 13 modulo HUBS), added once."""
    import ladybug

    db = ladybug.Database(str(file), buffer_pool_size=4 << 30)
    conn = ladybug.Connection(db)
    if not any(row[1] == "Hub" for row in conn.execute("CALL show_tables() RETURN *").get_all()):
        conn.execute("CREATE NODE TABLE Hub(key STRING, PRIMARY KEY (key))")
        conn.execute("CREATE REL TABLE Mentions(FROM Doc TO Hub, support INT64)")
        with tempfile.TemporaryDirectory() as tmp:
            conn.execute(f"COPY Hub FROM '{_parquet(tmp, 'hub', {'key': [f'agency:{h}' for h in range(HUBS)]})}'")
            for lo in range(0, n, 200_000):
                rows = range(lo, min(n, lo + 200_000))
                edges = {"from": [key(i) for i in rows for _ in range(3)],
                         "to": [f"agency:{(i + j) % HUBS}" for i in rows for j in (0, 7, 13)],
                         "support": [1] * (3 * len(rows))}
                conn.execute(f"COPY Mentions FROM '{_parquet(tmp, 'mentions', edges)}'")
        conn.execute("CHECKPOINT")
        print(f"added Hub and {3 * n:,} Mentions to {file}", flush=True)
    conn.close()
    db.close()
    return file


def _spread(n: int, touch: int) -> list[int]:
    return [i * (n // touch) + 1 for i in range(touch)]


def trial(n: int, op: str, pool_mb: int, touch: int) -> tuple[bool, str]:
    """The operation and a CHECKPOINT on a copy of the store in a `pool_mb` pool."""
    import ladybug

    with tempfile.TemporaryDirectory(prefix="engine-need-") as tmp:
        shutil.copy(WORK / f"engine-{n}" / "graph.lbug", os.path.join(tmp, "graph.lbug"))
        try:
            db = ladybug.Database(os.path.join(tmp, "graph.lbug"), buffer_pool_size=pool_mb << 20)
            conn = ladybug.Connection(db)
            keys = [key(i) for i in (range(touch) if op == "set-int-first" else _spread(n, touch))]
            sets = {"set-int": "d.n = d.n + 1", "set-int-first": "d.n = d.n + 1", "set-str": "d.title = d.title + 'x'",
                    "set-list": "d.produced = coalesce(d.produced, []) + ['HOLDS_ROLE\tperson:x\tagency:y']",
                    "set-all": "d.title = d.title + 'x', d.search = d.search + ' x', d.produced = "
                               "coalesce(d.produced, []) + ['x'], d.n = d.n + 1"}
            if op == "insert":
                conn.execute(f"COPY Doc FROM '{_parquet(tmp, 'new', _rows(n, n + touch))}'")
            elif op == "rel-hub":
                edges = {"from": [key(i) for i in _spread(n, touch)], "to": [f"agency:{(i + 5) % HUBS}" for i in range(touch)],
                         "support": [1] * touch}
                conn.execute(f"COPY Mentions FROM '{_parquet(tmp, 'new', edges)}'")
            elif op in ("rel-delete", "rel-set", "rel-delete-first"):
                rows = _spread(min(n, NODE_GROUP), touch) if op == "rel-delete-first" else _spread(n, touch)
                pairs = [{"s": key(i), "d": key(i // 2)} for i in rows]
                change = "SET r.support = r.support + 1" if op == "rel-set" else "DELETE r"
                # matched as citegraph matches a stored edge (graph/embedded_store.py `_EmbeddedTx._match`): from its
                # source's few edges, the other end checked after a WITH. `(a {key: s})-[r]->(b {key: d})` is
                # planned with a memory need that grows with N, the read alone (64 and 200 MB fail it at 1 M rows)
                conn.execute("UNWIND $pairs AS p MATCH (a:Doc {key: p.s}) OPTIONAL MATCH (a)-[r:Cites]->(b:Doc) "
                             f"WITH a, r, b, p WHERE b.key = p.d {change}", {"pairs": pairs})
            elif op == "rel":
                pairs = [(a, b) for a, b in zip(_spread(n, touch), reversed(_spread(n, touch)), strict=True)]
                conn.execute(f"COPY Cites FROM '{_parquet(tmp, 'new', _edges(n, pairs))}'")
            else:
                conn.execute(f"UNWIND $keys AS k MATCH (d:Doc {{key: k}}) SET {sets[op]}", {"keys": keys})
            conn.execute("CHECKPOINT")
            conn.close()
            db.close()
        except RuntimeError as e:
            message = " ".join(str(e).split())
            return False, message[message.find("recovered on restart: ") + 22:][:100] if "restart: " in message \
                else message[:100]
    return True, ""


def _fits(n: int, op: str, pool_mb: int, touch: int) -> bool:
    out = subprocess.run([sys.executable, __file__, "--trial", op, "--rows", str(n), "--pool", str(pool_mb),
                          "--touch", str(touch)], capture_output=True, text=True)
    line = (out.stdout.strip().splitlines() or ["fail 0 " + out.stderr.strip()[-80:].replace(" ", "_")])[-1]
    if not line.startswith("ok") and "pool" not in line.lower() and "alloc" not in line.lower():
        raise SystemExit(f"{op} at {n}: failed otherwise: {line}")
    return line.startswith("ok")


def need(n: int, op: str, lo: int, hi: int, step: int, touch: int) -> str:
    """The smallest pool (by bisection, `step` MB) the operation fits, as printed."""
    if not _fits(n, op, hi, touch):
        return f"> {hi} MB"
    if _fits(n, op, lo, touch):
        return f"≤ {lo} MB"
    while hi - lo > step:
        mid = (lo + hi) // 2
        lo, hi = (lo, mid) if _fits(n, op, mid, touch) else (mid, hi)
    return f"{hi} MB, not {lo}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", default="100000,300000,1000000", help="N, comma-separated")
    ap.add_argument("--ops", default=",".join(OPS), help=f"comma-separated, of {', '.join(OPS)}")
    ap.add_argument("--touch", type=int, default=1000, help="rows each operation writes")
    ap.add_argument("--lo", type=int, default=16)
    ap.add_argument("--hi", type=int, default=1024)
    ap.add_argument("--step", type=int, default=8)
    ap.add_argument("--trial", help=argparse.SUPPRESS)
    ap.add_argument("--pool", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.trial:
        ok, error = trial(int(args.rows), args.trial, args.pool, args.touch)
        print("ok" if ok else "fail", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10, error.replace(" ", "_"))
        return 0
    import ladybug

    print(f"ladybug {ladybug.__version__}, {args.touch} rows a write, node group {NODE_GROUP:,} rows", flush=True)
    for n in [int(x) for x in args.rows.split(",")]:
        build(n)
        for op in args.ops.split(","):
            started = time.perf_counter()
            result = need(n, op, args.lo, args.hi, args.step, args.touch)
            print(f"{n:>9,} rows  {op:<14} fits {result}  ({time.perf_counter() - started:.0f} s, load average "
                  f"{os.getloadavg()[0]:.1f})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
