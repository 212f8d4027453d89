"""The child process that runs a researcher's Cypher on the embedded store, read-only.

Run as a script (``python -P graph/embedded_child.py``): it imports only the standard library and
`ladybug`, so neither an engine crash nor a broken import elsewhere in the project can reach the caller.
Reads a pickled request {file, cypher, params, timeout} on stdin; writes a pickled reply
("ok", rows) | ("refused", message) | ("error", message) on stdout.
"""

from __future__ import annotations

import datetime
import decimal
import fcntl
import os
import pickle
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import ladybug

ENGINE_READ_ONLY = "Cannot execute write operations in a read-only database"
INTERNAL = ("_LABEL", "_ID", "_SRC", "_DST", "search")


def plain(value: Any) -> Any:
    """LadybugDB values as plain Python: ints not Decimal, nodes and relationships as property dicts with
    `_label`, paths as {"nodes", "rels"}, dates as ISO strings."""
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        if "_NODES" in value and "_RELS" in value:
            return {"nodes": [plain(n) for n in value["_NODES"]], "rels": [plain(r) for r in value["_RELS"]]}
        if "_LABEL" in value and "_ID" in value:
            out = {"_label": value["_LABEL"]}
            out.update({k: plain(v) for k, v in value.items() if k not in INTERNAL})
            return out
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def buffer_pool_bytes() -> int:
    """The engine's page cache: $CITEGRAPH_BUFFER_POOL_MB when set (fixed), else 0: LadybugDB's default (a share
    of the machine's memory) for readers, the writer's own bounded pool that grows when it fills
    (graph/embedded_store.py WRITER_POOL_MB). What a checkpoint needs grows with the stored citations, so a fixed
    pool fits a store up to some size only (`_explain_full_pool`, BENCHMARKS.md section 4)."""
    return int(os.environ.get("CITEGRAPH_BUFFER_POOL_MB") or 0) * 1024 * 1024


#: what a read-only open says while another process checkpoints (the WAL is being replayed or truncated)
CHECKPOINTING = ("recovery is pending", "Reading past the end of the file")
#: what a read-only open or read says when another process writes under it: a checkpoint whose pages are
#: not all written yet, a commit whose WAL records are not (their checksum fails), a column chunk read half
#: rewritten (the engine's own assertion fails); read again on a fresh open, as an open that meets a
#: checkpoint waits (a store that is truly damaged still fails at the deadline)
MID_CHECKPOINT = (*CHECKPOINTING, "Cannot read", "out of bounds for file", "corrupted", "Checksum verification failed",
                  "Assertion failed")
#: how long a read keeps trying again while another process checkpoints
READ_RETRY_SECONDS = 30.0
#: the largest database file an open may reach, which is also the address space the engine reserves for each open
#: database (LadybugDB's default, 8 TiB, lets one process hold 15 open at once in its 128 TiB: a reader beside its
#: own process's writer keeps its snapshots until the writer closes, `_close_reader`, and ran out). 1 TiB is some
#: 140 times a million-document store (7.1 GB, BENCHMARKS.md section 3) and leaves room for over a hundred opens.
MAX_DB_BYTES = 1 << 40


#: how long `commit_lock` waits before going on without it (a commit lasts seconds; a lock still held after this
#: is a holder that cannot let go, such as this thread's own read when a store is dropped in the middle of it)
LOCK_WAIT_SECONDS = 120.0


def _flock(fd: int, kind: int, deadline: float) -> bool:
    """Take a flock, trying again every few milliseconds until `deadline`; whether it was taken."""
    while True:
        try:
            fcntl.flock(fd, kind | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.002)


@contextmanager
def commit_lock(file: str, exclusive: bool, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """The lock between the one writer of a database file and its readers in any process: a reader holds it
    shared while it opens the file and reads, the writer exclusively while it commits (with the checkpoint after
    the commit), opens or closes the file — not while it runs the statements of a transaction before its COMMIT,
    which change no page a committed snapshot refers to (bench/uncommitted_files.py). LadybugDB lets a read-only
    open run while another process writes, but an open or a read that meets a commit or a checkpoint under way
    can fail or, at times, kill the reading process (a segmentation fault in the open); under this lock a reader
    waits for the commit instead, never for the rest of a batch. A writer that waits takes a turnstile first, so a
    stream of readers cannot hold it off. Advisory locks (flock) on two files beside the database; where they
    cannot be made (a read-only folder), or are still held after `wait` seconds, the caller goes on without them
    (as before there was a lock)."""
    base = os.path.realpath(file)
    fds: list[int] = []
    try:
        try:
            turn = os.open(base + ".turn-lock", os.O_RDWR | os.O_CREAT, 0o666)
            fds.append(turn)
            fds.append(os.open(base + ".commit-lock", os.O_RDWR | os.O_CREAT, 0o666))
        except OSError:
            yield
            return
        kind = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        deadline = time.monotonic() + wait
        if _flock(turn, kind, deadline) and _flock(fds[1], kind, deadline):
            fcntl.flock(turn, fcntl.LOCK_UN)
        yield
    finally:
        for fd in fds:
            os.close(fd)  # closing releases the lock


def open_database(file: str, read_only: bool, wait: float = 60.0, pool: int | None = None,
                  threads: int = 0) -> ladybug.Database:
    """Open LadybugDB, retrying while another process checkpoints (a read-only open fails meanwhile) for up to
    `wait` seconds: often, so that a reader waits little longer than the writer's commit, however long it is.
    `pool`: the buffer pool in bytes (default `buffer_pool_bytes()`; 0 is the engine's default); `threads`: the
    most threads the database runs on (0: the engine's default, one a core)."""
    deadline = time.monotonic() + wait
    size = buffer_pool_bytes() if pool is None else pool
    while True:
        try:
            return ladybug.Database(file, read_only=read_only, buffer_pool_size=size, max_num_threads=threads,
                                    max_db_size=MAX_DB_BYTES)
        except RuntimeError as e:
            if not any(m in str(e) for m in CHECKPOINTING) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def files_signature(file: str) -> tuple:
    """The database file's and its log's modification time and size: another process committed (and
    checkpointed) since a reader took it when it differs."""
    sig = []
    for f in (file, file + ".wal"):
        try:
            st = os.stat(f)
            sig.append((st.st_mtime_ns, st.st_size))
        except FileNotFoundError:
            sig.append(None)
    return tuple(sig)


def run_query(file: str, cypher: str, params: dict[str, Any], timeout: float) -> list[dict[str, Any]]:
    """Rows of a read-only query as plain dicts; a read that meets another process's checkpoint is run again
    on a fresh open for up to READ_RETRY_SECONDS. The commit lock is held for the open only (a long query does
    not hold off the writer); a query that another process committed under (the files changed before it ended)
    is run again, holding the lock this time: a connection kept across another process's commit and checkpoint
    can read that write twice (LadybugDB 0.22; graph/embedded_store.py `_one_snapshot`)."""
    deadline = time.monotonic() + READ_RETRY_SECONDS
    stop = time.monotonic() + timeout
    held = False  # whether this try holds the commit lock through its query
    while True:
        handles: list[Any] = []
        try:
            with ExitStack() as lock:
                lock.enter_context(commit_lock(file, exclusive=False))
                before = files_signature(file)
                handles.append(open_database(file, read_only=True))
                if not held:
                    lock.close()
                handles.append(conn := ladybug.Connection(handles[0]))
                conn.set_query_timeout(max(1, int((stop - time.monotonic()) * 1000)))
                result = conn.execute(cypher, params)
                if isinstance(result, list):
                    result = result[-1]
                cols = result.get_column_names()
                rows = [dict(zip(cols, (plain(v) for v in row), strict=True)) for row in result.get_all()]
            if not held:
                with commit_lock(file, exclusive=False):
                    held = files_signature(file) != before
                if held:
                    continue
            return rows
        except RuntimeError as e:
            if not any(m in str(e) for m in MID_CHECKPOINT) or time.monotonic() > deadline:
                raise
        finally:
            for handle in reversed(handles):
                handle.close()
        time.sleep(0.01)


def main() -> None:
    reply_to = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything the engine prints goes to stderr, not into the reply
    req = pickle.load(sys.stdin.buffer)
    try:
        reply: tuple = ("ok", run_query(req["file"], req["cypher"], req["params"], req["timeout"]))
    except RuntimeError as e:
        reply = ("refused" if ENGINE_READ_ONLY in str(e) else "error", str(e))
    pickle.dump(reply, reply_to)
    reply_to.flush()

if __name__ == "__main__":
    main()
