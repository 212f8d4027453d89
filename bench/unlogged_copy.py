"""What LadybugDB 0.22 replays of a committed transaction whose checkpoint never ran: the engine alone, no citegraph.

    python bench/unlogged_copy.py            # each kind of transaction, in a fresh database each

A table of 1 000 rows is made and checkpointed; then, with the automatic checkpoint off, one transaction of the kind
named is committed and the process leaves without closing the database (as a process killed between a COMMIT and the
end of its checkpoint, or one whose checkpoint failed and that is stopped before another). A second process opens the
database, which replays the log, and counts. COPY of rows into a table that holds rows is not in the log: its rows are
lost, and a statement of the same transaction that writes to them makes the replay die of a segmentation fault (the
open itself: every later open of that database dies the same way). citegraph's writer therefore checkpoints every
commit and sets aside a log it finds at its open (graph/embedded_store.py, `_set_aside_unfinished_log`), and a commit
whose checkpoint failed is undone (its log removed) and written again (`EmbeddedStore.upsert`).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

from common import machine, print_machine

ROWS, NEW = 1_000, 5_000

WRITE = """
import os, sys, ladybug, pyarrow as pa, pyarrow.parquet as pq
folder, kind, rows, new = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
db = ladybug.Database(os.path.join(folder, "g.lbug")); c = ladybug.Connection(db)
c.execute("CREATE NODE TABLE N(key STRING, v INT64, PRIMARY KEY(key))")
c.execute("CREATE REL TABLE R(FROM N TO N, s STRING)")
c.execute("UNWIND range(0, $n - 1) AS i CREATE (:N {key: 'old' + string(i), v: i})", {"n": rows})
c.execute("CHECKPOINT")
c.execute("CALL auto_checkpoint=false")
nodes, edges = os.path.join(folder, "n.parquet"), os.path.join(folder, "r.parquet")
pq.write_table(pa.table({"key": [f"new{i}" for i in range(new)], "v": [1] * new}), nodes)
pq.write_table(pa.table({"f": [f"new{i}" for i in range(new)], "t": [f"old{i % rows}" for i in range(new)],
                         "s": ["x" * 50] * new}), edges)
c.execute("BEGIN TRANSACTION")
if "copy" in kind:
    c.execute(f"COPY N FROM '{nodes}'")
if "edges" in kind:
    c.execute(f"COPY R FROM '{edges}'")
if "create" in kind:
    c.execute("UNWIND range(0, $n - 1) AS i CREATE (:N {key: 'made' + string(i), v: 1})", {"n": new})
if "set-old" in kind:
    c.execute("MATCH (n:N) WHERE n.key STARTS WITH 'old' SET n.v = -1")
if "set-new" in kind:
    c.execute("MATCH (n:N) WHERE n.key STARTS WITH 'new' SET n.v = 2")
c.execute("COMMIT")
os._exit(0)
"""

READ = """
import os, sys, ladybug
c = ladybug.Connection(ladybug.Database(os.path.join(sys.argv[1], "g.lbug")))
n = c.execute("MATCH (n:N) RETURN count(*)").get_all()[0][0]
r = c.execute("MATCH ()-[r:R]->() RETURN count(*)").get_all()[0][0]
print(n, r)
"""

KINDS = {  # the kind of transaction: rows the commit left in N and R
    "create": (ROWS + NEW, 0),
    "create set-old": (ROWS + NEW, 0),
    "copy": (ROWS + NEW, 0),
    "copy edges": (ROWS + NEW, NEW),
    "copy set-old": (ROWS + NEW, 0),
    "copy edges set-new": (ROWS + NEW, NEW),
}


def main() -> None:
    print_machine(machine())
    print(f"{ROWS} rows checkpointed, then one transaction committed and never checkpointed; the log replayed by an open")
    print(f"{'transaction':<22} {'committed N / R':>16} {'after the replay':>24}")
    for kind, (n, r) in KINDS.items():
        with tempfile.TemporaryDirectory(prefix="unlogged-") as folder:
            subprocess.run([sys.executable, "-c", WRITE, folder, kind, str(ROWS), str(NEW)], check=True)
            wal = os.path.join(folder, "g.lbug.wal")
            log = os.path.getsize(wal) if os.path.exists(wal) else 0
            read = subprocess.run([sys.executable, "-c", READ, folder], capture_output=True, text=True)
            after = (f"died ({-read.returncode})" if read.returncode < 0 else read.stdout.strip().replace(" ", " / ")
                     if read.returncode == 0 else "error: " + read.stderr.strip().splitlines()[-1][:60])
            print(f"{kind:<22} {f'{n} / {r}':>16} {after:>24}   (log {log} bytes)", flush=True)


if __name__ == "__main__":
    main()
