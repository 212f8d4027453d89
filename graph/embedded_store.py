"""The embedded store: LadybugDB (`ladybug`, the maintained fork of Kùzu) on disk, no server.

All of LadybugDB's Cypher lives in this module. What shapes it (verified on LadybugDB 0.22 here; the
guarantees are tested in tests/test_embedded_store.py):

- Writes go through ``COPY … FROM`` a temporary Parquet file (per-row or ``UNWIND … MERGE`` writes of edges run at
  tens of edges per second). Python works out which node keys are new; COPY of a key that already exists
  *kills the process* (segmentation fault), so new keys are looked up and deduplicated first.
- ``COPY`` into a rel table adds a parallel edge when one already exists, so edges are looked up too.
- One upsert is one transaction (COPY works inside ``BEGIN TRANSACTION``; an error rolls it back).
- User Cypher runs in a child process (graph/embedded_child.py, which imports nothing of the project) on a
  read-only connection with a timeout: ``RETURN nodes(NULL)``
  segfaults the engine, and a read-only connection still runs ``CHECKPOINT`` (which then blocks every
  later read-only open) and ``COPY … TO`` (which writes files), so those are refused by a text check.
- A read-only open works while another process holds the database for writing and sees its committed
  writes; a read-only connection keeps the snapshot it opened, so a read-only store reopens when the
  files change (their size and modification time, one stat a read), and reads that answer together hold the
  commit lock so that no commit lands between them (`_one_snapshot`).
- Nothing a transaction writes before its COMMIT is read by a reader in another process: a COPY of nodes puts its
  pages past the end of the file or on pages the last checkpoint freed (pages no committed snapshot refers to),
  other statements write nothing to disk, the log and the file's header are written at COMMIT (and its
  checkpoint). So the writer holds the commit lock around COMMIT only, not around the statements before it
  (readers wait one commit, never a whole batch); a COPY outside a transaction commits, so it holds it too.
  bench/uncommitted_files.py shows it; BENCHMARKS.md section 3, "Readers while an ingest writes".
- The writer's lock on the file is a POSIX lock: it belongs to the process, and closing *any* handle of the
  file in that process releases it. So a read-only database of a file this process holds for writing is
  closed only after the writer (a second writer could otherwise open the store mid-ingest).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import dataclasses
import fcntl
import logging
import marshal
import os
import pickle
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import weakref
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext, suppress
from pathlib import Path
from typing import Any

import ladybug

from graph import embedded_child
from graph.embedded_child import (
    MID_CHECKPOINT,
    READ_RETRY_SECONDS,
    buffer_pool_bytes,
    commit_lock,
    files_signature,
    open_database,
)
from graph.embedded_child import plain as _plain
from graph.model import NODE_LABELS, REL_TYPES, GraphBatch
from graph.schema import (
    CITER_PAGES_MARK,
    CITERS_LABEL,
    FILE_LABEL,
    FIRST_WORD,
    LINK_COLS,
    LINK_DOC_COLS,
    LINK_EDGE_COLS,
    META_LABEL,
    NODE_PROPS,
    REL_SCHEMA,
    SCHEMA_VERSION,
    SEARCH,
    SEARCH_CANDIDATE_COLS,
    SYMBOL_LABEL,
    SYMBOL_TABLE,
    TABLES,
    WORDS_LABEL,
    WORDS_TABLE,
    citer_rank,
    node_columns,
    old_store_message,
    parse_edge_id,
    rank_search,
    rel_columns,
    search_cap,
    search_terms,
    search_text,
    search_words,
    table_columns,
)
from graph.store import (
    COMMITTING,
    CheckReport,
    QueryRefused,
    Store,
    StoreBusy,
    StoreError,
    TableCheck,
    WriteSummary,
    pick_agencies,
)
from graph.writes import CiterPages, Pair, apply_batch, build_citer_pages

DB_FILE = "graph.lbug"
#: how LadybugDB's COMMIT says the transaction was committed and the checkpoint after it failed
_POST_COMMIT_CHECKPOINT = "Transaction committed successfully, but the post-commit checkpoint failed"
#: how LadybugDB says its buffer pool cannot hold what a write or a checkpoint needs
_POOL_FULL = "The buffer pool is full"
#: the writer's buffer pool (MB) unless CITEGRAPH_BUFFER_POOL_MB sets one. The engine's default is a share of the
#: machine's memory, and it keeps every page it read or wrote until that share is full, so an ingest's memory grew
#: with the store; bounded, the pool gives back the pages it cached for what a write and its checkpoint need, and
#: it grows by half (the database reopened, a rolled-back write done again) when they need more than it holds.
#: Writing 5 000 more documents into a store of 50 000 (BENCHMARKS.md section 4): peak RSS 1 047 MB with the
#: engine's default, 1 015 with 512 MB, 920 with 384, 855 with 320; 256 fills at the checkpoint there
WRITER_POOL_MB = 320
#: how much the writer's pool grows when it fills
POOL_GROWTH = 1.5
#: the most threads the writer's database runs on (0: the engine's default, one a core). On more, LadybugDB 0.22
#: loses the primary-key index entries of nodes written into a store opened again (a later ingest, or the writer's
#: pool grown: `_reopen`) in a pool that cannot hold what the writes touch: stored, and not found by key
#: (`_unindexed`), so the next batch naming one creates it again. bench/reopen_index.py, 800 documents in 72 MB on
#: 2 cores: lost in 21 of 28 runs on both threads, 0 of 14 on one. One thread costs the writer some speed (an
#: 800-document ingest 19.5-34.6 s against 15.8-23.7 s, a shared machine); readers keep the engine's default
WRITER_THREADS = 1


@dataclasses.dataclass(frozen=True)
class PoolGrowth:
    """One growth of the writer's buffer pool: what filled it (`write`: a write, rolled back and done again;
    `checkpoint`: the checkpoint after a committed write; `read`: a read of the writer's outside a transaction;
    `search index`: its rebuild), the pool before and after (MB, 0: the engine's default), the Documents stored
    then and the seconds the reopen took (it replays and checkpoints the log). On LadybugDB 0.22 the checkpoint is what fills it, and what it needs grows with the
    stored CITES edges, not with the write (BENCHMARKS.md section 4, "What grows is the checkpoint of CITES")."""

    cause: str
    before_mb: int
    after_mb: int
    documents: int
    seconds: float


log = logging.getLogger(__name__)
QUERY_TIMEOUT = 60.0
_CHUNK = 10_000

# --- schema (graph/schema.py) ---------------------------------------------------------------------

def _q(name: str) -> str:
    """A backquoted identifier (`end` and `count` are keywords)."""
    return f"`{name}`"


def _node_table(label: str, props: list[tuple[str, str]]) -> str:
    cols = [f"{_q(p)} {t}" + (" PRIMARY KEY" if p == "key" else "") for p, t in props]
    return f"CREATE NODE TABLE IF NOT EXISTS {label}({', '.join(cols)})"


def _schema_statements() -> list[str]:
    out = []
    for label, props in TABLES.items():
        out.append(_node_table(label, props))
    for rel, (pairs, _props) in REL_SCHEMA.items():
        parts = [f"FROM {a} TO {b}" for a, b in pairs] + [f"{_q(p)} {t}" for p, t in rel_columns(rel)]
        out.append(f"CREATE REL TABLE IF NOT EXISTS {rel}({', '.join(parts)})")
    return out


def _expected_columns() -> dict[str, list[tuple[str, str]]]:
    """table → [(column, type)] of the schema, as `table_info` shows them, for the check at open."""
    out = {label: list(props) for label, props in TABLES.items()}
    out.update({rel: rel_columns(rel) for rel in REL_SCHEMA})
    return {t: [(c, "BOOL" if ty == "BOOLEAN" else ty) for c, ty in cols] for t, cols in out.items()}


#: tables kept besides the schema's, each with its mark in CitegraphMeta once filled (a store made before a
#: table is given it when opened for writing: `_ensure_index`)
_SYMBOL_INDEX_MARK = "symbol-index"
_INDEX_MARKS = {SYMBOL_LABEL: _SYMBOL_INDEX_MARK, CITERS_LABEL: CITER_PAGES_MARK, WORDS_LABEL: "search-index-ranked"}
#: the marks of tables kept in an older form: a store that has one is given the table again when opened for
#: writing, and reads without it meanwhile ("search-index": SearchWord lists in key order, before they were kept
#: in ranked order; a version of citegraph from before writes that mark again when it refills the table)
_OLD_MARKS = {WORDS_LABEL: "search-index"}


def _mark(table: str) -> str:
    return f"MERGE (m:{META_LABEL} {{key: '{_INDEX_MARKS[table]}'}}) SET m.version = 1"


def _link_return(other: str) -> str:
    """The columns of a cited_by / cites row: the other document's, then the CITES edge's (`r`)."""
    return ", ".join([f"{other}.{_q(c)}" for c in LINK_DOC_COLS] + [f"r.{_q(c)}" for c in LINK_EDGE_COLS])


# --- read-only queries ----------------------------------------------------------------------------

_LITERALS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)
_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*|/\*.*?\*/", re.S)
_WRITE_WORDS = re.compile(r"(?<![\w.$:])(CREATE|MERGE|SET|DELETE|REMOVE|DROP|ALTER|COPY|TRUNCATE)(?!\w)", re.I)
#: the engine's administration: extensions, other databases, files, transactions, checkpoints
_ADMIN_WORDS = re.compile(r"(?<![\w.$:])(LOAD|INSTALL|UNINSTALL|UPDATE|ATTACH|DETACH|EXPORT|IMPORT|CHECKPOINT|USE|BEGIN|"
                          r"COMMIT|ROLLBACK)(?!\w)", re.I)
_CALL = re.compile(r"(?<![\w.$:])CALL\s+([A-Za-z_]\w*)\s*(=?)", re.I)
#: the table functions the console may CALL: they read the catalogue and settings, nothing else (not
#: clear_warnings, project_graph, the file readers read_csv/read_parquet/…, nor `CALL setting=value`)
READ_FUNCTIONS = frozenset({
    "catalog_version", "current_setting", "db_version", "projected_graph_info", "show_attached_databases",
    "show_connection", "show_functions", "show_graphs", "show_indexes", "show_loaded_extensions", "show_macros",
    "show_official_extensions", "show_projected_graphs", "show_sequences", "show_tables", "show_warnings",
    "stats_info", "storage_info", "storage_version", "table_info",
})


def refuse_writes(cypher: str) -> None:
    """Raise QueryRefused when a console query (outside its string literals) would write to the graph or to
    files, administer the engine, or CALL a function other than READ_FUNCTIONS; the read-only connection
    refuses writes too, this gives the clearer message and refuses what it would allow."""
    code = _LITERALS.sub(" ", cypher)
    if m := _WRITE_WORDS.search(code):
        raise QueryRefused(f"read-only: {m.group(1).upper()} is not allowed in a query; the graph changes only "
                           "through `citegraph ingest` and `citegraph import`")
    if m := _ADMIN_WORDS.search(code):
        raise QueryRefused(f"read-only: {m.group(1).upper()} is an administration command; the console reads "
                           "the graph only")
    for m in _CALL.finditer(_STRINGS.sub(" ", cypher).replace("`", "")):
        name = m.group(1).lower()
        if m.group(2) or name not in READ_FUNCTIONS:
            what = f"CALL {name}=…" if m.group(2) else f"CALL {name}"
            raise QueryRefused(f"read-only: {what} is not allowed in the console, which reads the graph only "
                               f"(it may CALL {', '.join(sorted(READ_FUNCTIONS))})")


def _process_name(pid: str) -> str:
    """`process PID (its command line, shortened)`, or `process PID` where the command cannot be read."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().rstrip(b"\0").split(b"\0")
    except OSError:
        return f"process {pid}"
    if len(argv) > 2 and Path(argv[0].decode(errors="replace")).name.startswith("python") and argv[1] == b"-m":
        argv = argv[2:]  # python -m graph.cli ingest … → graph.cli ingest …
    words = [Path(argv[0].decode(errors="replace")).name] + [a.decode(errors="replace") for a in argv[1:]]
    command = " ".join(words)
    return f"process {pid} ({command[:120] + '…' if len(command) > 120 else command})"


def _open_database(file: str, read_only: bool, pool: int | None = None, threads: int = 0) -> ladybug.Database:
    """Open LadybugDB (retrying while another process checkpoints; `pool`: its buffer pool in bytes, default
    `buffer_pool_bytes()`; `threads`: the most it runs on, 0 the engine's default); a lock held by another process
    as StoreBusy (naming it), other errors as StoreError."""
    try:
        return open_database(file, read_only, pool=pool, threads=threads)
    except RuntimeError as e:
        msg = str(e)
        if "Could not set lock" in msg:
            pid = re.search(r"PID (\d+)", msg)
            who = _process_name(pid.group(1)) if pid else "another process"
            raise StoreBusy(f"the embedded store {file} is open for writing by {who}; one writer at a time: "
                            "try again when it is done, or stop it (reading works meanwhile)") from None
        raise StoreError(f"cannot open the embedded store {file}: {msg}") from None


def run_read_only(file: str, cypher: str, params: dict[str, Any] | None, timeout: float) -> list[dict[str, Any]]:
    """Run Cypher on a read-only connection in a child process: an engine crash or a runaway query costs
    the child, never the caller."""
    refuse_writes(cypher)
    request = pickle.dumps({"file": file, "cypher": cypher, "params": dict(params or {}), "timeout": timeout})
    try:
        proc = subprocess.run([sys.executable, "-P", embedded_child.__file__], input=request, capture_output=True,
                              timeout=timeout + 5)
    except subprocess.TimeoutExpired:
        raise StoreError(f"the query ran longer than {timeout:g} s and was stopped") from None
    if proc.returncode < 0:
        name = signal.Signals(-proc.returncode).name
        raise StoreError(f"the embedded engine crashed on this query ({name}); nothing was changed, "
                         "citegraph goes on. Rewrite the query (e.g. avoid functions on NULL)")
    try:
        status, payload = pickle.loads(proc.stdout)
    except Exception:
        tail = proc.stderr.decode(errors="replace").strip()[-500:]
        raise StoreError(f"the query process failed (exit {proc.returncode}): {tail}") from None
    if status == "ok":
        return payload
    if status == "refused":
        raise QueryRefused(f"read-only: {payload}")
    if "timeout" in payload.lower() or "interrupted" in payload.lower():
        raise StoreError(f"the query ran longer than {timeout:g} s and was stopped")
    raise StoreError(payload)


# --- the store ------------------------------------------------------------------------------------

_WRITERS: set[str] = set()
_WRITERS_LOCK = threading.Lock()
#: read-only handles of files this process holds for writing, closed when the writer closes (see above)
_DEFERRED: dict[str, list[Any]] = {}


def _unfinished_log(file: str, writer: bool = False) -> bool:
    """Whether the database `file` holds the log of a write whose checkpoint never ended (its process stopped between
    the COMMIT and the end of the checkpoint, `EmbeddedStore._set_aside_unfinished_log`): a log is there, not empty,
    and no writer has the file open, in this process (`_WRITERS`; `writer`: the caller is about to be it) or in
    another (the engine's POSIX lock on the file)."""
    try:
        if not os.path.getsize(file + ".wal"):
            return False
    except OSError:
        return False
    if not writer and os.path.realpath(file) in _WRITERS:
        return False
    try:
        fd = os.open(file, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # refused while a writer elsewhere has the file open
        fcntl.lockf(fd, fcntl.LOCK_UN)
    except OSError:
        return False
    finally:
        os.close(fd)
    return True


def _release_writer(real: str, handles: list[Any]) -> None:
    """Close a writer's connection and database (`handles`, in that order; its checkpoint under the commit lock)
    and let this process open the file for writing again."""
    with commit_lock(real, exclusive=True):
        for obj in handles:
            obj.close()
    with _WRITERS_LOCK:
        _WRITERS.discard(real)
        deferred = _DEFERRED.pop(real, [])
    for obj in deferred:
        obj.close()


def _close_reader(file: str, handles: list[Any]) -> None:
    """Close a read-only connection and database, or keep them until this process's writer of the same
    file closes: closing them now would release the writer's lock."""
    real = os.path.realpath(file)
    with _WRITERS_LOCK:
        if real in _WRITERS:
            _DEFERRED.setdefault(real, []).extend(handles)
            return
    for obj in handles:
        obj.close()


def _db_file(path: str, create: bool) -> str:
    """The database file of a data folder (an existing LadybugDB file is used as is)."""
    p = Path(path)
    if p.is_file():
        return str(p)
    if create:
        p.mkdir(parents=True, exist_ok=True)
    return str(p / DB_FILE)


def _libc() -> ctypes.CDLL | None:
    """glibc, for its allocator's knobs; None elsewhere."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None
    except OSError:
        return None


_LIBC = _libc()
M_ARENA_MAX = -8
M_MMAP_THRESHOLD = -3
if _LIBC is not None:
    # The engine's threads each grow a glibc malloc arena (up to 64 MB each, 8 per core) that keeps what
    # a COPY freed; two arenas and a trim after each write give more of it back. A fixed mmap threshold
    # (glibc's default start, which it otherwise raises up to 32 MB as large blocks are freed) keeps the
    # checkpoint's large blocks out of the arenas: each is returned to the system when freed (peak RSS of
    # the load step at 50 000 documents ~5 % lower, no slower; BENCHMARKS.md section 4).
    _LIBC.mallopt(M_ARENA_MAX, 2)
    _LIBC.mallopt(M_MMAP_THRESHOLD, 128 * 1024)


def _trim_native_heap() -> None:
    """Return the memory a write freed to the system (glibc keeps it in its arenas otherwise)."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _machine_memory() -> int:
    """Bytes of memory of this machine (0 when unknown)."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return 0


def _explain_full_pool(message: str, pool: int | None = None) -> str:
    """The engine's message, with the cause and what to do when it says the buffer pool is full.

    Why it fills (BENCHMARKS.md section 4, LadybugDB 0.22): the checkpoint after a commit needs pool memory that
    grows with the store. Measured: a 128 MB pool fails at the same ~7 500 documents with writes of 500 or 2 500
    documents; threads, compression, the checkpoint threshold or reopening the database change nothing; without
    the CITES edges 10 000 documents fit in 128 MB, and edges with distinct sentences need ~2.5x the memory of
    edges with one repeated sentence. The engine's source (CSRNodeGroup::checkpoint) says why: a relationship
    table's checkpoint rebuilds each node group it touched, all of its edges and properties, in memory that is
    never spilled. So a fixed pool fits a store up to some size only (a write into a store of 50 000 bench
    documents, the search index deferred: more than 256 MB, less than 320)."""
    if _POOL_FULL.lower() not in message.lower():
        return message
    mb = buffer_pool_bytes() >> 20
    if pool and not mb:  # the writer's own bounded pool (WRITER_POOL_MB): it grows, this is said on the way
        return f"{message} (the writer's buffer pool, {pool >> 20} MB: it grows and the write is done again)"
    which = f"{mb} MB from CITEGRAPH_BUFFER_POOL_MB" if mb else "LadybugDB's default, a share of this machine's memory"
    return (f"{message} (the engine's buffer pool, {which}, is too small for this store: its checkpoint rewrites "
            "the stored citations in memory, so what it needs grows with the store; "
            + ("raise CITEGRAPH_BUFFER_POOL_MB or unset it)" if mb else "free memory or use the Neo4j store)"))


def _spilt(file: str) -> Iterator[list[tuple[str, str, int]]]:
    """The lists of (word, Document, its citers) `EmbeddedStore._rebuild_search_index` appended to a file."""
    if not os.path.exists(file):
        return
    with open(file, "rb") as f:
        while True:
            try:
                yield marshal.load(f)
            except EOFError:
                return


def _chunks(items: list, size: int = _CHUNK):
    for i in range(0, len(items), size):
        yield items[i:i + size]


class EmbeddedStore(Store):
    """LadybugDB in a data folder; one writer process at a time, any number of readers."""

    kind = "embedded"

    def __init__(self, path: str, read_only: bool = False, query_timeout: float = QUERY_TIMEOUT,
                 checkpoint_threshold: int | None = 0, citer_pages: CiterPages | None = None,
                 upkeep: bool = True) -> None:
        """`checkpoint_threshold`: bytes of log after which a commit checkpoints (default 0: every commit, so a log
        is there only between a COMMIT and the end of its checkpoint, `_set_aside_unfinished_log`; None: the
        engine's);
        `citer_pages`: which documents keep their first citers in order (default `CiterPages()`); `upkeep` False:
        a store opened for writing is held (one writer) and read, and the tables kept besides the schema's are not
        built when it lacks them (`citegraph check --repair` reads a store it then replaces)."""
        self.path = path
        self.read_only = read_only
        self.query_timeout = query_timeout
        self.file = _db_file(path, create=not read_only)
        self._lock = threading.RLock()
        self._db: ladybug.Database | None = None
        self._conn: ladybug.Connection | None = None
        self._signature: tuple | None = None
        self._pinned = False  # `_one_snapshot`: no reopening between reads
        self._in_transaction = False  # the writer's: a read that fills the pool then fails its transaction
        self._held_depth = 0  # `_held`: how deep this store's thread is in the commit lock
        self._closed = False
        #: the search index's words and their entries, and the connection they were read on (`_vocabulary`)
        self._words: tuple[ladybug.Connection, list[tuple[str, int]]] | None = None
        #: whether the DocumentSymbol index, the kept citers (CitedByPage) and the search index (SearchWord) are
        #: there and filled (a read-only open of an older store: not)
        self._symbol_index = self._citer_pages = self._search_index = True
        #: which documents keep their first citers in order (graph/writes.py); tests lower it
        self.citer_pages = citer_pages or CiterPages()
        #: whether cited-by reads the kept citers (bench/query.py turns it off to measure the sort beside it)
        self.read_kept_citers = True
        #: whether search reads the search index (bench/query.py turns it off to measure the scan beside it)
        self.read_search_index = True
        if read_only:
            if not os.path.exists(self.file):
                raise StoreError(f"no embedded store at {path}: run `citegraph ingest` first")
            with self._held():
                self._open()
            self._check_schema()
            self._symbol_index = self._index_ready(SYMBOL_LABEL)
            self._citer_pages = self._index_ready(CITERS_LABEL)
            self._search_index = self._index_ready(WORDS_LABEL)
            return
        real = os.path.realpath(self.file)
        with _WRITERS_LOCK:
            if real in _WRITERS:
                raise StoreError(f"the embedded store {path} is already open for writing in this process")
            _WRITERS.add(real)
        #: the writer's buffer pool in bytes: CITEGRAPH_BUFFER_POOL_MB, fixed, or WRITER_POOL_MB, raised when a write
        #: or its checkpoint needs more (`_grow_pool`; 0: the engine's default)
        self._pool_fixed = bool(buffer_pool_bytes())
        self._pool = buffer_pool_bytes() or WRITER_POOL_MB << 20
        #: each time the writer's pool grew, and why (`_grow_pool`)
        self.pool_growths: list[PoolGrowth] = []
        #: where the log of a write whose checkpoint never ended was set aside when this writer opened
        #: (`_set_aside_unfinished_log`)
        self.log_set_aside: str | None = None
        self._checkpoint_threshold = checkpoint_threshold
        self._handles: list[Any] = []  # the writer's connection and database, closed by `_release`
        try:
            with self._held():  # the open may replay and checkpoint a log
                self._set_aside_unfinished_log()
                self._open()
        except BaseException:
            _release_writer(real, [])
            raise
        # an unclosed writer that is garbage-collected (or alive at exit) still releases the file
        self._release = weakref.finalize(self, _release_writer, real, self._handles)
        try:
            if checkpoint_threshold is not None:
                self._conn.execute(f"CALL checkpoint_threshold={int(checkpoint_threshold)}")
            if self._tables():
                self._check_schema()  # before anything is created in a store of another version
                if not upkeep:
                    return
                self._ensure_index(SYMBOL_LABEL, self._fill_symbol_index)
                self._ensure_index(CITERS_LABEL, self._fill_citer_pages)
                if not self._index_ready(WORDS_LABEL):
                    self._search_index = False
                    self.finish_search_index()  # (grows the pool when the rebuild needs more)
            else:
                self._create_schema()
        except BaseException:
            self.close()
            raise

    # -- connection ----------------------------------------------------------------------------

    def _tables(self) -> set[str]:
        return {row[1] for row in self._rows("CALL show_tables() RETURN *")}

    def _create_schema(self) -> None:
        with self._held():
            for statement in _schema_statements():
                self._conn.execute(statement)
            self._conn.execute(f"MERGE (m:{META_LABEL} {{key: 'schema'}}) SET m.version = $v", {"v": SCHEMA_VERSION})
            for table in _INDEX_MARKS:
                self._conn.execute(_node_table(table, table_columns(table)))
                self._conn.execute(_mark(table))

    @contextmanager
    def _held(self) -> Iterator[None]:
        """This store's side of `commit_lock`: a read-only store holds it shared around each open and read, the
        writer exclusively around each commit (and statement that commits on its own), open and close — not
        around the statements of a transaction before its COMMIT, which write nothing a reader reads (module
        docstring). Taken once by the outermost call of the thread that holds the store's own lock."""
        with self._lock:
            if self._held_depth:
                self._held_depth += 1
                try:
                    yield
                finally:
                    self._held_depth -= 1
                return
            with commit_lock(self.file, exclusive=not self.read_only):
                self._held_depth = 1
                try:
                    yield
                finally:
                    self._held_depth = 0

    def _index_ready(self, table: str) -> bool:
        """Whether a table kept besides the schema's is there and was filled (its mark in CitegraphMeta), and not
        in an older form (`_OLD_MARKS`)."""
        marks = {k for (k,) in self._rows(f"MATCH (m:{META_LABEL}) RETURN m.key")}
        return table in self._tables() and _INDEX_MARKS[table] in marks and _OLD_MARKS.get(table) not in marks

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        """The write connection inside one transaction: committed when the block ends, rolled back when it
        raises (an error inside the transaction may have rolled it back already)."""
        conn = self._connection()
        conn.execute("BEGIN TRANSACTION")
        self._in_transaction = True
        try:
            yield conn
            with self._held():
                conn.execute("COMMIT")
        except BaseException as e:
            try:
                conn.execute("ROLLBACK")
            except RuntimeError:
                pass
            self._after_rollback(e)
            raise
        finally:
            self._in_transaction = False

    def _ensure_index(self, table: str, fill: Any) -> None:
        """Give a store made before `table` (or whose filling was cut off) that table, filled from the stored
        graph by `fill()`, in one transaction that also writes its mark in CitegraphMeta: a crash leaves either
        no mark (filled again at the next open for writing) or a complete table. Done once; a read-only open of
        such a store meanwhile does without (scans for symbols, sorts every citer)."""
        if self._index_ready(table):
            return
        with self._transaction() as conn:
            conn.execute(f"DROP TABLE IF EXISTS {table}")
            conn.execute(_node_table(table, table_columns(table)))
            fill()
            conn.execute(_mark(table))
            if table in _OLD_MARKS:
                conn.execute(f"MATCH (m:{META_LABEL} {{key: '{_OLD_MARKS[table]}'}}) DELETE m")

    def _fill_symbol_index(self) -> None:
        rows = self._rows("MATCH (d:Document) WHERE d.symbol IS NOT NULL RETURN d.symbol, collect(d.key)")
        if rows:
            self._copy(SYMBOL_LABEL, SYMBOL_TABLE, [[s, sorted(keys)] for s, keys in rows])
        log.info("indexed the stored documents by symbol (%d symbols)", len(rows))

    def _fill_citer_pages(self) -> None:
        dense = self._rows("MATCH (:Document)-[:CITES]->(d:Document) WITH d, count(*) AS n WHERE n > $dense "
                           "RETURN d.key, n ORDER BY d.key", {"dense": self.citer_pages.dense})
        kept = build_citer_pages(_EmbeddedTx(self), self.citer_pages, [(k, n) for k, n in dense])
        log.info("kept the first citers of %d densely cited documents", kept)

    #: entries (a Document under a word) the search index is rebuilt with at a time (one COPY, one commit), about
    REBUILD_ENTRIES = 200_000
    #: Documents whose search words are read at a time while the search index is rebuilt
    REBUILD_DOCS = 20_000
    #: SearchWord entries a Document has, for the number of groups of a rebuild (~15 in the generated corpora)
    WORDS_A_DOCUMENT = 20

    def _rebuild_search_index(self) -> None:
        """Fill the search index (SearchWord) again from the stored Documents, in memory that does not grow with
        the store: its mark and rows go first (one commit: readers scan meanwhile, as in a store without it);
        the Documents are read REBUILD_DOCS at a time (by their place in the table), each one's words spilt to
        temporary files, one a group of words (a stable hash of the word); then each group is read back, its
        lists built and written by one COPY, about REBUILD_ENTRIES entries a commit; the mark goes last. A crash
        part way leaves no mark: the next open for writing rebuilds it."""
        self._drop_search_index()
        (count, last), = self._rows("MATCH (d:Document) RETURN count(*), max(offset(id(d)))")
        groups = max(1, min(512, -(-count * self.WORDS_A_DOCUMENT // self.REBUILD_ENTRIES)))
        words = 0
        with tempfile.TemporaryDirectory(prefix="citegraph-words-") as folder:
            files = [os.path.join(folder, str(i)) for i in range(groups)]
            for start in range(0, (last or 0) + 1 if count else 0, self.REBUILD_DOCS):
                spilt: list[list[tuple[str, str, int]]] = [[] for _ in range(groups)]
                for key, text, has_symbol, n in self._rows(
                        "MATCH (d:Document) WHERE offset(id(d)) >= $a AND offset(id(d)) < $b "
                        f"OPTIONAL MATCH (c:Document)-[:CITES]->(d) RETURN d.key, d.{SEARCH}, d.symbol IS NOT NULL, "
                        "count(DISTINCT c)", {"a": start, "b": start + self.REBUILD_DOCS}, as_is=True):
                    for word in search_words(text, has_symbol):
                        spilt[zlib.crc32(word.encode()) % groups].append((word, key, n))
                for file, entries in zip(files, spilt, strict=True):
                    if entries:
                        with open(file, "ab") as f:
                            marshal.dump(entries, f)
                del spilt
            for file in files:
                listed: dict[str, dict[str, int]] = {}
                for entries in _spilt(file):
                    for word, key, n in entries:
                        listed.setdefault(word, {})[key] = n
                rows = [_word_row(word, docs) for word, docs in listed.items()]
                del listed
                if rows:
                    self._copy(WORDS_LABEL, WORDS_TABLE, rows)  # its own commit
                    words += len(rows)
                del rows
                _trim_native_heap()
        with self._held():
            self._conn.execute(_mark(WORDS_LABEL))
        self._search_index = True
        log.info("indexed the search words of the stored documents (%d words, %d groups)", words, groups)

    def _drop_search_index(self) -> None:
        """The search index's marks and rows gone, in one commit: from then on searches scan the Documents, here
        and in readers (they read the mark with each snapshot), and writes do not keep it."""
        self._search_index = False
        self._words = None
        with self._transaction() as conn:
            conn.execute(f"MATCH (m:{META_LABEL}) WHERE m.key IN $k DELETE m",
                         {"k": [_INDEX_MARKS[WORDS_LABEL], _OLD_MARKS[WORDS_LABEL]]})
            conn.execute(f"DROP TABLE IF EXISTS {WORDS_LABEL}")
            conn.execute(_node_table(WORDS_LABEL, table_columns(WORDS_LABEL)))

    def defer_search_index(self) -> None:
        """Drop the search index (its mark, then its rows) and stop keeping it at each write: searches scan the
        Documents, here and in readers, until `finish_search_index`."""
        self._writable()
        with self._lock:
            if not self._search_index:
                return
            self._connection()
            self._drop_search_index()
            log.info("the search index is rebuilt at the end of this ingest")

    def finish_search_index(self) -> None:
        self._writable()
        with self._lock:
            while not self._search_index:
                self._connection()
                try:
                    self._rebuild_search_index()  # from the start again (it drops what it wrote) in a larger pool
                except (StoreError, RuntimeError) as e:
                    if not (_POOL_FULL.lower() in str(e).lower()
                            and self._grow_pool("search index", checkpoint=False)):
                        self._after_rollback(e)  # (its COPYs commit one by one: the one that failed rolled back)
                        raise

    def _check_schema(self) -> None:
        """Refuse a store made by another version of citegraph (other tables, or another schema version),
        with what to do about it."""
        version = None
        if META_LABEL in self._tables():
            rows = self._rows(f"MATCH (m:{META_LABEL} {{key: 'schema'}}) RETURN m.version")
            version = rows[0][0] if rows else None
        same = version == SCHEMA_VERSION
        for table, want in _expected_columns().items() if same else ():
            try:
                have = [(r[1], r[2]) for r in self._rows(f"CALL table_info('{table}') RETURN *")]
            except StoreError:
                have = None
            same = same and have == want
        if not same:
            raise StoreError(old_store_message(f"the embedded store {self.path}", version,
                                               f"ingest into a new folder (--db), or delete {self.path}"))

    def _files_signature(self) -> tuple:
        return files_signature(self.file)

    def _open(self) -> None:
        if self.read_only and _unfinished_log(self.file):
            raise StoreError(f"the embedded store {self.path} holds the log of a write whose checkpoint never ended (the "
                             "writing process stopped in between), which LadybugDB cannot replay: the next `citegraph "
                             "ingest` into it sets it aside and opens the store as it was before that write")
        self._signature = self._files_signature()
        writer = not self.read_only
        self._db = _open_database(self.file, self.read_only, self._pool if writer else None,
                                  WRITER_THREADS if writer else 0)
        self._conn = ladybug.Connection(self._db)
        if not self.read_only:
            self._handles[:] = [self._conn, self._db]

    def _reopen(self, checkpoint: bool = True, discard_log: bool = False) -> None:
        """Close the writer's connection and database and open them again, with `self._pool`, under the commit lock
        (the close checkpoints unless `checkpoint` is False, the open replays the log; `discard_log`: the log is
        removed in between: `upsert`). A failed open leaves no connection: the next statement
        (`_connection`) opens again, and says why it cannot."""
        self._words = None
        with self._held():
            try:
                if not checkpoint and self._conn is not None:
                    self._conn.execute("CALL force_checkpoint_on_close=false")
            finally:
                try:
                    for obj in self._handles:
                        obj.close()
                finally:
                    self._conn = self._db = None
            if discard_log:
                with suppress(FileNotFoundError):
                    os.remove(self.file + ".wal")
            self._open()
        if self._checkpoint_threshold is not None:
            self._conn.execute(f"CALL checkpoint_threshold={int(self._checkpoint_threshold)}")

    def _set_aside_unfinished_log(self) -> None:
        """Set aside, before the writer opens the store, a log that a writer left when it died between a COMMIT and
        the end of its checkpoint (killed, out of memory). LadybugDB 0.22 does not log the rows a COPY writes into a
        table that holds rows (it writes their pages at once, and the checkpoint after the COMMIT makes them part of
        the store), so replaying such a log loses them while it applies the rest of the write, or dies of a
        segmentation fault where the rest writes to them (bench/unlogged_copy.py): every open of the store then
        crashes. The writer checkpoints every commit (`checkpoint_threshold` 0), so a log found here is always such
        a write's. It is renamed (kept: `.wal.unfinished-TIME`) and the store opens as its last checkpoint left it:
        that write is not in it, its files are not recorded as stored, and the next ingest of them reads them again.
        Called under the commit lock, held exclusively; a writer alive in another process (the engine's lock on the
        file) keeps its log."""
        if not _unfinished_log(self.file, writer=True):
            return  # (none, or a writer alive elsewhere: the open below says who)
        log_file = self.file + ".wal"
        kept = f"{log_file}.unfinished-{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}"
        os.replace(log_file, kept)
        self.log_set_aside = kept
        log.error("the embedded store %s holds the log of a write whose checkpoint never ended (the writing process "
                  "stopped in between); LadybugDB cannot replay it whole, so it is set aside as %s and the store "
                  "opens as it was before that write: its files are read again by the next ingest", self.path, kept)

    def _after_rollback(self, error: BaseException) -> None:
        """A write was rolled back by `error`: reopen the database before the next one, without checkpointing the
        one it leaves. LadybugDB 0.22 leaves the primary-key index of a table whose COPY failed (the buffer pool
        full) naming rows the rollback took away: every later write that looks those keys up fails with 'Index
        contains an invalid node offset' (a fresh connection on the same database does too), and a checkpoint of
        that state can write a file that no longer opens ('Cannot read PIP page … out of bounds'):
        bench/rollback_index.py. The database opened again replays the log of what was committed. Not after an
        interrupt (Ctrl-C stops between statements, and the store is closed next)."""
        if self.read_only or self._closed or not isinstance(error, Exception):
            return
        try:
            self._reopen(checkpoint=False)
        except (StoreError, RuntimeError) as e:
            log.warning("the embedded store could not be reopened after a rolled-back write: %s", e)

    def _grow_pool(self, cause: str, checkpoint: bool = True, discard_log: bool = False) -> bool:
        """A write or its checkpoint (`cause`, as `PoolGrowth` names it) needed more than the writer's buffer pool:
        reopen the database with a pool POOL_GROWTH times larger (the engine's default past a quarter of the
        machine's memory). `checkpoint` False: a write was rolled back, the database is closed without a checkpoint
        (`_after_rollback`); `discard_log`: a committed write whose checkpoint failed is undone, its log removed before
        the open (`upsert`: the engine cannot replay it). False when the pool cannot grow (set by
        CITEGRAPH_BUFFER_POOL_MB, or the engine's default already). Each growth is logged and kept in
        `pool_growths`."""
        if self.read_only or self._pool_fixed or not self._pool:
            return False
        before, started = self._pool, time.perf_counter()
        while True:
            grown = int(self._pool * POOL_GROWTH) >> 20 << 20
            self._pool = 0 if grown * 4 > _machine_memory() else grown
            try:
                self._reopen(checkpoint, discard_log)
            except StoreError as e:
                if _POOL_FULL.lower() in str(e).lower() and self._pool:
                    discard_log = False  # (removed already)
                    continue
                raise
            break
        try:
            documents = self._rows("MATCH (d:Document) RETURN count(*)")[0][0]
        except StoreError:
            documents = -1
        growth = PoolGrowth(cause, before >> 20, self._pool >> 20, documents, round(time.perf_counter() - started, 2))
        self.pool_growths.append(growth)
        log.info("the writer's buffer pool grew from %d MB to %s: the %s needed more (%d Documents stored; "
                 "reopened in %.1f s)", growth.before_mb, f"{growth.after_mb} MB" if self._pool else "the engine's default",
                 cause, documents, growth.seconds)
        return True

    def _connection(self) -> ladybug.Connection:
        if self._closed:
            raise StoreError(f"the embedded store {self.path} is closed")
        if self.read_only and (self._conn is None or (not self._pinned and self._files_signature() != self._signature)):
            with self._held():
                self._close_db()  # a read-only connection keeps its snapshot: reopen to see other writers
                self._open()  # (a failed reopen is tried again on the next read)
                self._read_search_mark()
        elif not self.read_only and self._conn is None:
            with self._held():  # a reopen after a rolled-back write failed (`_reopen`): try again
                self._open()
        return self._conn

    def _read_search_mark(self) -> None:
        """A reader's new snapshot: whether its search index is there (a large ingest drops it until its end,
        `defer_search_index`); when that cannot be read, this snapshot scans, which answers the same."""
        try:
            conn = self._conn
            marks = {row[0] for row in conn.execute(f"MATCH (m:{META_LABEL}) RETURN m.key").get_all()}
            self._search_index = _INDEX_MARKS[WORDS_LABEL] in marks and _OLD_MARKS[WORDS_LABEL] not in marks
        except RuntimeError:
            self._search_index = False

    @contextmanager
    def _one_snapshot(self) -> Iterator[None]:
        """Reads that answer together (a search's vocabulary, lists and Documents) from one snapshot: a read-only
        store reopens to see other writers before them, not between them, and holds the commit lock (shared)
        through them. A read-only connection kept open across another process's commit and checkpoint reads the
        pages it had not cached from the new file under its old snapshot (LadybugDB 0.22: a batch's MENTIONS pairs
        read twice, CITES edges that were never stored together, 'String dictionary index is outside the offset
        table'; tests/test_reliability_concurrency.py), so no commit may land between reads of one snapshot: a writer
        waits for the block (a search's few reads), as it waits for any one read. The writer's own reads need no
        lock (it is the one that commits, under its own lock)."""
        with self._lock, self._held() if self.read_only else nullcontext():
            self._connection()
            pinned, self._pinned = self._pinned, True
            try:
                yield
            finally:
                self._pinned = pinned

    def _rows(self, cypher: str, params: dict[str, Any] | None = None, as_is: bool = False) -> list[list[Any]]:
        """Rows of a query, values made plain (`as_is`: as the engine gives them, for strings, integers and lists
        of them, which are plain already: converting long lists costs more than reading them)."""
        with self._lock:
            deadline = None
            while True:
                try:
                    with self._held() if self.read_only else nullcontext():  # (the writer's reads need no lock)
                        result = self._connection().execute(cypher, params or {})
                        if as_is:
                            return result.get_all()
                        return [[_plain(v) for v in row] for row in result.get_all()]
                except RuntimeError as e:
                    if self._grown_for_read(str(e)):
                        continue
                    if not self._read_again(str(e), deadline):
                        raise StoreError("embedded store: " + _explain_full_pool(
                            str(e), None if self.read_only else self._pool)) from None
                    deadline = deadline or time.monotonic() + READ_RETRY_SECONDS

    def _grown_for_read(self, error: str) -> bool:
        """A read of the writer's, outside a transaction, that filled its pool (the resolution of a batch against the
        store, on one thread: WRITER_THREADS): the pool grown, the read to be done again. Inside a transaction the
        write fails, is rolled back and is done again in a larger pool (`upsert`)."""
        return (not self.read_only and not self._in_transaction and _POOL_FULL.lower() in error.lower()
                and self._grow_pool("read", checkpoint=False))

    def _read_again(self, error: str, deadline: float | None) -> bool:
        """A read-only read that failed because another process wrote or is checkpointing meanwhile (the
        file changed, or its pages are not all there yet): reopen, so the next try reads a fresh snapshot.
        Other errors, a writer's, and one still failing at the deadline are the caller's."""
        if not self.read_only or (deadline is not None and time.monotonic() > deadline):
            return False
        changed = self._files_signature() != self._signature
        if not (changed or any(m in error for m in MID_CHECKPOINT)):
            return False
        self._close_db()
        if not changed:
            time.sleep(0.01)  # the checkpoint is still under way
        return True

    def _dicts(self, cypher: str, params: dict[str, Any] | None, cols: list[str]) -> list[dict[str, Any]]:
        return [dict(zip(cols, row, strict=True)) for row in self._rows(cypher, params)]

    def _close_db(self) -> None:
        _close_reader(self.file, [obj for obj in (self._conn, self._db) if obj is not None])
        self._conn = self._db = None

    def describe(self) -> str:
        return f"embedded LadybugDB at {self.file}" + (" (read-only)" if self.read_only else "")

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self.read_only:
                self._close_db()
            else:
                self._release()
                self._conn = self._db = None

    def _writable(self) -> None:
        if self.read_only:
            raise QueryRefused(f"read-only: the embedded store {self.path} was opened read-only")

    # -- writes (graph/writes.py decides; _EmbeddedTx does) -------------------------------------

    #: whether a write into an empty store takes the bulk path (graph.writes._FreshTx: nothing read back);
    #: tests turn it off to compare both paths
    bulk = True

    def _empty(self) -> bool:
        """Whether no table of the graph holds a row (a count a table, a fraction of a millisecond each)."""
        return not any(self._rows(f"MATCH (n:{label}) RETURN count(*)")[0][0]
                       for label in (*NODE_LABELS, FILE_LABEL, *_INDEX_MARKS))

    def upsert(self, batch: GraphBatch) -> WriteSummary:
        self._writable()
        with self._lock:
            while True:
                try:
                    summary = self._upsert(batch)
                except StoreError as e:  # rolled back: written again into a larger pool, when it can grow
                    if _POOL_FULL.lower() in str(e).lower() and self._grow_pool("write", checkpoint=False):
                        continue
                    self._after_rollback(e)
                    raise
                if summary.checkpoint_error and _POOL_FULL.lower() in summary.checkpoint_error.lower():
                    # committed, not checkpointed: the engine cannot replay this write (its COPYs are not in the log,
                    # `_set_aside_unfinished_log`), and the log holds it alone (every commit checkpoints): removing
                    # the log undoes it
                    if self._grow_pool("checkpoint", checkpoint=False, discard_log=True):
                        continue  # the store as before this write, in a larger pool: written again
                    self._reopen(checkpoint=False, discard_log=True)
                    raise StoreError("embedded store: the write failed and was rolled back: " + summary.checkpoint_error)
                return summary

    def _upsert(self, batch: GraphBatch) -> WriteSummary:
        """One attempt at `upsert`: one transaction, committed or rolled back."""
        with self._lock:
            conn = self._connection()
            conn.execute("BEGIN TRANSACTION")
            self._in_transaction = True
            summary = WriteSummary()
            try:
                self._words = None  # the vocabulary is read again after a write
                fresh = self.bulk and self._empty()
                tx = _EmbeddedTx(self, fresh)
                summary = apply_batch(batch, tx, fresh, self.citer_pages)
                if self._search_index:  # else deferred (`defer_search_index`)
                    tx.index_search()
                COMMITTING.set()
                started = time.perf_counter()
                with self._held():
                    conn.execute("COMMIT")
                summary.commit_seconds = time.perf_counter() - started
            except BaseException as e:
                if isinstance(e, RuntimeError) and _POST_COMMIT_CHECKPOINT in str(e):
                    # the transaction stands: report the checkpoint, never a failed (or rolled back) write
                    summary.checkpoint_error = _explain_full_pool(str(e).partition("recovered on restart: ")[2]
                                                                  or str(e), self._pool)
                    summary.commit_seconds = time.perf_counter() - started
                    log.warning("committed, checkpoint failed: %s", summary.checkpoint_error)
                    return summary
                COMMITTING.clear()
                try:
                    conn.execute("ROLLBACK")
                except RuntimeError:
                    pass  # an error inside the transaction has already rolled it back
                if isinstance(e, Exception) and not isinstance(e, StoreError):
                    raise StoreError("embedded store: the write failed and was rolled back: "
                                     + _explain_full_pool(str(e), self._pool)) from e
                raise
            finally:
                self._in_transaction = False
                _trim_native_heap()
            summary.unindexed = self._unindexed(tx.created)  # (committed: a failed read here is only logged)
        return summary

    def _unindexed(self, created: dict[str, list[str]]) -> list[str]:
        """The nodes ("Label key") a committed write created that a lookup by their key does not find. LadybugDB 0.22
        on more than one thread loses the primary-key index entries of a node or two at a commit now and then, in a
        store opened again and written in a pool that cannot hold what the write touches (WRITER_THREADS): the row
        is stored, and invisible to every read by key; a later write that names it creates it again. Should it
        happen again, it is said, never silent (one lookup of the created keys a label, after the commit)."""
        missing = []
        try:
            for label, keys in created.items():
                found = {k for chunk in _chunks(keys) for (k,) in self._rows(
                    f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) RETURN n.key", {"keys": chunk}, as_is=True)}
                missing += [f"{label} {k}" for k in dict.fromkeys(keys) if k not in found]
        except StoreError as e:
            log.warning("the nodes a committed write created could not be looked up again: %s", e)
        if missing:
            log.error("the engine lost the primary-key index entries of %d nodes it stored: %s", len(missing),
                      ", ".join(missing[:10]))
        return missing

    def _lookup(self, label: str, keys: list[str]) -> dict[str, dict[str, Any]]:
        """Stored columns of the nodes of `label` among `keys`: no engine columns such as _ID, no derived search
        text. The columns are named, not the node: their values are plain as the engine gives them (strings,
        integers, booleans, lists of them), and the search text is not read (stored Documents read ~3x faster)."""
        columns = [c for c, _ in table_columns(label) if c != SEARCH]
        found: dict[str, dict[str, Any]] = {}
        returned = ", ".join(f"n.{_q(c)}" for c in columns)
        for chunk in _chunks(keys):
            for row in self._rows(f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) RETURN {returned}", {"keys": chunk},
                                  as_is=True):
                node = dict(zip(columns, row, strict=True))
                found[node["key"]] = node
        return found

    def _copy(self, table: str, columns: list[tuple[str, str]], rows: list[list[Any]], options: str = "") -> None:
        """COPY rows (in the table's column order) through a temporary Parquet file: LadybugDB 0.22 keeps
        the memory of every Arrow table COPY reads from a parameter (resident memory grew ~25 MB per
        20 000 rows, without end), not that of a file."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        # Arrow's own allocator (jemalloc) keeps what it freed for reuse; glibc's gives it back at the trim
        # after each write
        pa.set_memory_pool(pa.system_memory_pool())
        types = {"STRING": pa.string(), "INT64": pa.int64(), "BOOLEAN": pa.bool_(), "STRING[]": pa.list_(pa.string()),
                 "INT64[]": pa.list_(pa.int64())}
        data = pa.table({f"c{i}": pa.array([r[i] for r in rows], types[t]) for i, (_, t) in enumerate(columns)})
        with tempfile.TemporaryDirectory(prefix="citegraph-copy-") as folder:
            file = os.path.join(folder, "rows.parquet")
            pq.write_table(data, file, compression="none")
            del data
            quoted = file.replace("\\", "\\\\").replace("'", "\\'")
            # outside a transaction it commits on its own, under the lock; inside one it writes nothing a reader reads
            with nullcontext() if self._in_transaction else self._held():
                self._connection().execute(f"COPY {table} FROM '{quoted}'{options}")

    def clear(self) -> None:
        self._writable()
        with self._lock:
            conn = self._connection()
            self._words = None
            with self._held():
                for table in [*REL_SCHEMA, *TABLES, *_INDEX_MARKS]:
                    conn.execute(f"DROP TABLE IF EXISTS {table}")
                self._create_schema()

    def files(self, paths: list[str]) -> dict[str, dict[str, Any]]:
        found = self._lookup(FILE_LABEL, list(dict.fromkeys(paths)))
        return {k: {"document": v["document"], "file_hash": v["file_hash"]} for k, v in found.items()}

    def files_under(self, folder: str) -> dict[str, dict[str, Any]]:
        rows = self._rows(f"MATCH (f:{FILE_LABEL}) WHERE f.key STARTS WITH $p RETURN f.key, f.document, f.file_hash",
                          {"p": folder})
        return {k: {"document": d, "file_hash": h} for k, d, h in rows}

    # -- reads ---------------------------------------------------------------------------------

    def unfindable_nodes(self) -> list[tuple[str, str, int]]:
        """(label, key, row) of each stored node that a lookup by its key does not find at its row (`_table_check`).
        Empty for a sound store; a store written before WRITER_THREADS may hold such rows (and a key stored twice
        leaves one row unfound). The model's labels and the file index (a file record not found makes the next
        ingest read the file again and store its record twice)."""
        return [(label, k, o) for label in (*NODE_LABELS, FILE_LABEL) for k, o in self._table_check(label).unfindable]

    def _table_check(self, table: str) -> TableCheck:
        """One node table's rows read by a scan, then every key looked up through the primary-key index: the rows a
        lookup does not find at their place, and the keys stored in more than one row."""
        rows = self._rows(f"MATCH (n:{table}) RETURN n.key, offset(id(n))", as_is=True)
        found = {(k, o) for chunk in _chunks(sorted({k for k, _ in rows})) for k, o in self._rows(
            f"UNWIND $k AS k MATCH (n:{table} {{key: k}}) RETURN n.key, offset(id(n))", {"k": chunk}, as_is=True)}
        counts = Counter(k for k, _ in rows)
        return TableCheck(table, len(rows), [(k, o) for k, o in rows if (k, o) not in found],
                          {k: n for k, n in sorted(counts.items()) if n > 1})

    def check(self) -> CheckReport:
        """Every node table (the model's, the file index, CitegraphMeta and the indexes kept besides them): rows a
        lookup by key does not find, keys in more than one row; every relationship type: pairs joined by more than
        one edge; every counted edge's `support` against the Documents' `produced` lists (graph/writes.py: an
        edge counts the documents whose list names it). Reads each table once, and each key once more; each table,
        and the edges with the lists, from one state of the store (`_consistent`)."""
        started = time.perf_counter()
        report = CheckReport(self.describe())
        present = self._tables()
        for table in [*TABLES, *_INDEX_MARKS]:
            if table in present:
                with self._consistent():
                    report.tables.append(self._table_check(table))
        rows = sum(t.rows for t in report.tables)
        report.verified.append(f"{len(report.tables)} node tables, {rows} rows: every row looked up by its key, "
                               "every key counted")
        with self._consistent():
            self._check_edges(report)
        for table, what in ((WORDS_LABEL, "the search index"), (SYMBOL_LABEL, "the index of documents by symbol"),
                            (CITERS_LABEL, "the kept first citers")):
            if not self._index_ready(table):
                report.notes.append(f"{what} ({table}) is not built (an ingest was interrupted, or the store was made "
                                    "before it): the next `citegraph ingest` builds it; reads do without meanwhile")
        report.seconds = time.perf_counter() - started
        return report

    @contextmanager
    def _consistent(self) -> Iterator[None]:
        """Reads that must see one state of the store: from one snapshot, under the commit lock (a writer commits
        before or after them, never between; `_one_snapshot`). A check while an ingest ran found 74 MENTIONS
        edges doubled without it. The writer's check (`check --repair`) holds the lock too (exclusive)."""
        with self._held(), self._one_snapshot():
            yield

    def _check_edges(self, report: CheckReport) -> None:
        """`check`'s part on edges: the pairs joined by more than one edge of a type, and the support of every
        counted edge against the Documents' `produced` lists."""
        listed = Counter(i for (ids,) in self._rows("MATCH (d:Document) WHERE d.produced IS NOT NULL RETURN "
                                                     "d.produced", as_is=True) for i in ids)
        by_rel: dict[str, dict[Pair, int]] = {}
        for edge, n in listed.items():
            rel, src, dst = parse_edge_id(edge)
            by_rel.setdefault(rel, {})[(src, dst)] = n
        edges = counted = 0
        for rel, (pairs, _props) in REL_SCHEMA.items():
            stored: dict[Pair, int | None] = {}
            for a, b in pairs:
                match = f"MATCH (a:{a})-[r:{rel}]->(b:{b})"
                edges += self._rows(f"{match} RETURN count(*)")[0][0]
                for src, dst, n in self._rows(f"{match} WITH a.key AS s, b.key AS d, count(*) AS n WHERE n > 1 "
                                              "RETURN s, d, n ORDER BY s, d", as_is=True):
                    report.repeated_edges.setdefault(rel, {})[(src, dst)] = n
                stored.update(((src, dst), support) for src, dst, support in self._rows(
                    f"{match} WHERE r.support IS NOT NULL RETURN a.key, b.key, r.support", as_is=True))
                wanted = {e: n for e, n in by_rel.get(rel, {}).items() if e not in stored}
                for src, dst, support in self._each_edge(rel, (a, b), list(wanted)):
                    stored[(src, dst)] = support
            counted += len(stored)
            repeated = report.repeated_edges.get(rel, {})
            wrong = {e: (support, by_rel.get(rel, {}).get(e)) for e, support in sorted(stored.items(), key=lambda x: x[0])
                     if e not in repeated and support != by_rel.get(rel, {}).get(e)}
            if wrong:
                report.wrong_support[rel] = wrong
            if unstored := len(by_rel.get(rel, {}).keys() - stored.keys()):
                report.notes.append(f"{rel}: {unstored} edges the documents' `produced` lists name are not stored "
                                    "(an edge whose ends were missing when it was given)")
        report.verified.append(f"{edges} edges of {len(REL_SCHEMA)} types: the edges of one type between two nodes "
                               "counted")
        report.verified.append(f"{counted} counted edges: their support against the Documents' `produced` lists "
                               "(an edge counts the documents whose list names it)")

    def _each_edge(self, rel: str, pair: Pair, edges: list[Pair]) -> list[tuple[str, str, int | None]]:
        """(src, dst, support) of each of these edges that is stored (once per copy)."""
        return [(s, d, n) for chunk in _chunks([{"s": s, "d": d} for s, d in edges]) for s, d, n in self._rows(
            f"{_EmbeddedTx._match(rel, pair)} RETURN a.key, b.key, r.support", {"pairs": chunk}, as_is=True)]

    # -- writing a store out and in again (`citegraph check --repair`, graph/repair.py) ----------

    #: the tables written out: the model's and the file index (CitegraphMeta and the tables kept besides the
    #: schema's are made again by the store that reads them in)
    EXPORTED = (*NODE_LABELS, FILE_LABEL)

    def export_rows(self, folder: str) -> list[tuple[str, Pair | None, str]]:
        """Every row of the model's tables and the file index written by LadybugDB's own `COPY (MATCH …) TO` into
        Parquet files in `folder`: [(table, its (FROM, TO) pair for a relationship table, file)]. A node table's
        file has its columns (`table_columns`), then `_row`, the row's place in the table; a relationship
        table's, one a pair: `_from` and `_to` (the ends' keys), its columns, `_from_row` and `_to_row`."""
        out: list[tuple[str, Pair | None, str]] = []
        for table in self.EXPORTED:
            columns = ", ".join(f"n.{_q(c)} AS {_q(c)}" for c, _ in table_columns(table))
            file = os.path.join(folder, f"{table}.parquet")
            self._export(f"MATCH (n:{table}) RETURN {columns}, offset(id(n)) AS _row", file)
            out.append((table, None, file))
        for rel, (pairs, _props) in REL_SCHEMA.items():
            props = "".join(f", r.{_q(c)} AS {_q(c)}" for c, _ in rel_columns(rel))
            for a, b in pairs:
                file = os.path.join(folder, f"{rel}-{a}-{b}.parquet")
                self._export(f"MATCH (a:{a})-[r:{rel}]->(b:{b}) RETURN a.key AS _from, b.key AS _to{props}, "
                             "offset(id(a)) AS _from_row, offset(id(b)) AS _to_row", file)
                out.append((rel, (a, b), file))
        return out

    def _export(self, query: str, file: str) -> None:
        quoted = file.replace("\\", "\\\\").replace("'", "\\'")
        with self._lock:
            self._connection().execute(f"COPY ({query}) TO '{quoted}'")

    def load_rows(self, files: list[tuple[str, Pair | None, str]]) -> None:
        """Fill this store, just made, from Parquet files in the column order of its tables (`table_columns`; a
        relationship table's from and to keys first): one COPY a file, in order (node tables first). Then the
        tables kept besides the schema's (the symbol index, the kept citers, the search index) are built from
        what was read in, as in a store made before them."""
        self._writable()
        with self._lock:
            if not self._empty():
                raise StoreError(f"the embedded store {self.path} is not empty: rows are read only into a new one")
            for table, pair, file in files:
                options = f" (from='{pair[0]}', to='{pair[1]}')" if pair and len(REL_SCHEMA[table][0]) > 1 else ""
                quoted = file.replace("\\", "\\\\").replace("'", "\\'")
                with self._held():  # each COPY commits on its own
                    self._connection().execute(f"COPY {table} FROM '{quoted}'{options}")
            with self._transaction() as conn:
                conn.execute(f"MATCH (m:{META_LABEL}) WHERE m.key IN $k DELETE m",
                             {"k": [_INDEX_MARKS[SYMBOL_LABEL], _INDEX_MARKS[CITERS_LABEL]]})
            self._ensure_index(SYMBOL_LABEL, self._fill_symbol_index)
            self._ensure_index(CITERS_LABEL, self._fill_citer_pages)
            self._rebuild_search_index()

    def stats(self) -> dict[str, dict[str, int]]:
        nodes = {label: self._rows(f"MATCH (n:{label}) RETURN count(*)")[0][0] for label in NODE_LABELS}
        rels = {rel: self._rows(f"MATCH ()-[r:{rel}]->() RETURN count(*)")[0][0] for rel in REL_TYPES}
        return {"nodes": nodes, "relationships": rels}

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        return run_read_only(self.file, cypher, params, self.query_timeout)

    def search(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        """Through the search index (SearchWord), or, in a read-only store made before it, by reading every
        Document; the same answers either way (tests/test_store_contract.py)."""
        q, tokens = search_terms(text)
        if not tokens or limit <= 0:
            return []
        with self._one_snapshot():  # taken first: a reader learns with it whether the index is there
            if self._search_index and self.read_search_index:
                rows = self._indexed_candidates(q, tokens, search_cap(limit))
                return rank_search(rows, text, limit)
            return self._scanned_search(text, limit)

    #: a search of several tokens checks the others in the texts of the rarest token's Documents, most cited first,
    #: until it has read as many texts as the others' lists hold entries / TEXT_SHARE; then it reads those lists
    #: and checks the rest of the Documents against them (measured at 100 000 documents: a candidate's row by key
    #: ~3.5 µs, a key from a list ~0.35 µs). Intersecting the heads of every token's lists instead costs more where
    #: the tokens' most cited Documents differ ("quyet dinh": 103 against 34 ms at 100 000 documents)
    TEXT_SHARE = 10

    def _indexed_candidates(self, q: str, tokens: list[str], cap: int) -> list[dict[str, Any]]:
        """The rows `_scanned_search` gives `rank_search`, from the index: the first `cap` Documents that contain
        every token, by exact symbol, most cited, key. Every word's list is kept in that order (most cited, key),
        so the lists of the words containing the rarest token are read from their heads and merged, as far as
        the page needs; the other tokens are checked in the texts of those Documents (or in their lists). The
        vocabulary is read, never every Document; only the Documents of the page (and those checked) are read."""
        vocabulary: dict[str, dict[str, int]] = {}
        words = self._vocabulary()
        for t in dict.fromkeys(tokens):
            vocabulary[t] = {w: n for w, n in words if t in w}
            if not vocabulary[t]:
                return []
        rarest, *others = sorted(vocabulary, key=lambda t: sum(vocabulary[t].values()))
        # an exact symbol (the text begins with the query, so it holds every token) comes first whatever its citers
        first = self._postings([FIRST_WORD + tokens[0]])
        found = self._search_rows(list(first))
        exact = sorted(_search_rank(k, first[k]) for k, row in found.items() if row["symbol"] is not None
                       and (row["text"] == q or row["text"].startswith(q + " ")))
        budget = sum(sum(vocabulary[t].values()) for t in others) // self.TEXT_SHARE
        ranked = self._ranked_matches(list(vocabulary[rarest]), {t: list(vocabulary[t]) for t in others}, cap,
                                      found, budget)
        exact_keys = {k for _, k in exact}
        top = ([(k, -n) for n, k in exact] + [(k, n) for k, n in ranked if k not in exact_keys])[:cap]
        found.update(self._search_rows([k for k, _ in top if k not in found]))
        return [{**found[k], "cited_by": n} for k, n in top if k in found]

    def _vocabulary(self) -> list[tuple[str, int]]:
        """Every word of the search index with its entries (its base and delta rows), read once a snapshot: again
        after this store writes, or when a read-only store reopens to see another process's writes. A token's
        words are those containing it, found in Python (a scan of the vocabulary a token in the engine cost ~1 ms
        at 2 000 documents, 0.5-4 ms at 100 000, most of a search's fixed cost)."""
        conn = self._connection()
        if self._words is None or self._words[0] is not conn:
            self._words = (conn, [(w, n) for w, n in self._rows(
                f"MATCH (x:{WORDS_LABEL}) WHERE x.key = x.word RETURN x.key, x.size + x.pending", as_is=True)])
        return self._words[1]

    def _ranked_matches(self, words: list[str], others: dict[str, list[str]], cap: int,
                        found: dict[str, dict[str, Any]], budget: int) -> list[tuple[str, int]]:
        """The first `cap` Documents (key, citers), most cited first, then by key, listed under one of `words`
        whose texts contain every token of `others` (token → the words containing it). The Documents of `words`
        are taken in that order (their lists read from the heads, 4 times as far each time more are needed) and
        checked in their texts (the rows read are added to `found`) while at most `budget` texts are read, then
        against the others' lists, read once."""
        lists: list[set[str]] | None = None if others else []
        matched: list[tuple[str, int]] = []
        length = cap * (2 if others else 1)
        ranked, complete = self._ranked_heads(words, length)
        checked = 0
        while len(matched) < cap:
            if checked == len(ranked):
                if complete:
                    break
                length *= 4
                ranked, complete = self._ranked_heads(words, length)
                continue
            # as many as the share matched so far says the page still needs, and some
            wanted = (cap - len(matched)) * (checked + 1) // (len(matched) + 1)
            chunk = ranked[checked:checked + (wanted * 5 // 4 + 16 if others else wanted)]
            checked += len(chunk)
            if lists is None and checked > budget:
                lists = [self._listed(w) for w in others.values()]
            if lists is not None:
                matched += [(k, n) for k, n in chunk if all(k in s for s in lists)]
                continue
            found.update(self._search_rows([k for k, _ in chunk if k not in found]))
            matched += [(k, n) for k, n in chunk if k in found and all(t in (found[k]["text"] or "") for t in others)]
        return matched[:cap]

    def _ranked_heads(self, words: list[str], length: int) -> tuple[list[tuple[str, int]], bool]:
        """The Documents (key, citers) listed under any of these SearchWord keys, most cited first, then by key,
        from the first `length` entries of each word's list (and its delta rows), as far as every list read tells
        (down to the first of the last entries read of the lists read in part); and whether that is all of them."""
        heads: set[tuple[int, str]] = set()
        ends: list[tuple[int, str]] = []
        bases, deltas = {}, {}
        for chunk in _chunks(words):
            for key, size, n, docs, citers in self._rows(
                    f"UNWIND $w AS w MATCH (x:{WORDS_LABEL} {{key: w}}) RETURN x.key, x.size, x.deltas, "
                    "list_slice(x.documents, 1, x.pending + $n), list_slice(x.citers, 1, x.pending + $n)",
                    {"w": chunk, "n": length}, as_is=True):
                bases[key] = (docs, citers)
                deltas[key] = n
                if len(docs) < size:
                    ends.append((-citers[-1], docs[-1]))
        later = self._delta_rows(deltas)
        for key, (docs, citers) in bases.items():
            changed: dict[str, int] = {}
            for i in range(1, deltas[key] + 1):
                changed.update(later.get(_delta_key(key, i), {}))
            # a Document in a delta row is listed there as it is now (-1: no longer), in the base as it was;
            # (-citers, key) is `_search_rank`, spelt out: this runs once an entry read
            heads.update((-n, d) for d, n in zip(docs, citers, strict=True) if d not in changed)
            heads.update((-n, d) for d, n in changed.items() if n >= 0)
        end = min(ends, default=None)
        return [(d, -n) for n, d in sorted(heads) if end is None or (n, d) <= end], end is None

    def _postings(self, words: list[str]) -> dict[str, int]:
        """Document → its citers, for the Documents listed under any of these SearchWord keys."""
        out: dict[str, int] = {}
        for listed in self._word_rows(words).values():
            out.update(listed)
        return out

    def _listed(self, words: list[str]) -> set[str]:
        """The Documents listed under any of these SearchWord keys."""
        out: set[str] = set()
        for listed in self._word_rows(words).values():
            out.update(listed)
        return out

    def _word_rows(self, words: list[str]) -> dict[str, dict[str, int]]:
        """SearchWord key → Document → its citers, for those of these keys that are stored: each base row with
        its delta rows applied in order."""
        bases: dict[str, dict[str, int]] = {}
        deltas: dict[str, int] = {}
        for chunk in _chunks(words):
            for key, n, docs, citers in self._rows(f"UNWIND $w AS w MATCH (x:{WORDS_LABEL} {{key: w}}) "
                                                   "RETURN x.key, x.deltas, x.documents, x.citers", {"w": chunk},
                                                   as_is=True):
                bases[key] = dict(zip(docs, citers, strict=True))
                deltas[key] = n
        later = self._delta_rows(deltas)
        return {k: _applied(base, [later.get(_delta_key(k, i), {}) for i in range(1, deltas[k] + 1)])
                for k, base in bases.items()}

    def _delta_rows(self, deltas: dict[str, int]) -> dict[str, dict[str, int]]:
        """Delta row key → Document → its citers (-1: it left the word), for SearchWord keys → their deltas."""
        later: dict[str, dict[str, int]] = {}
        for chunk in _chunks([_delta_key(k, i) for k, n in deltas.items() for i in range(1, n + 1)]):
            for key, docs, citers in self._rows(f"UNWIND $w AS w MATCH (x:{WORDS_LABEL} {{key: w}}) "
                                                "RETURN x.key, x.documents, x.citers", {"w": chunk}, as_is=True):
                later[key] = dict(zip(docs, citers, strict=True))
        return later

    _SEARCH_ROW = f"d.key, d.symbol, d.kind, d.date, d.title, d.is_stub, d.{SEARCH}"

    def _search_rows(self, keys: list[str]) -> dict[str, dict[str, Any]]:
        """key → the columns of a search candidate (SEARCH_CANDIDATE_COLS but cited_by) of these Documents."""
        cols = [c for c in SEARCH_CANDIDATE_COLS if c != "cited_by"]
        out = {}
        for chunk in _chunks(keys):
            for row in self._rows(f"UNWIND $k AS k MATCH (d:Document {{key: k}}) RETURN {self._SEARCH_ROW}",
                                  {"k": chunk}, as_is=True):
                out[row[0]] = dict(zip(cols, row, strict=True))
        return out

    def _scanned_search(self, text: str, limit: int) -> list[dict[str, Any]]:
        """Search by reading every Document's text and counting the citers of each match (before the index)."""
        q, tokens = search_terms(text)
        params: dict[str, Any] = {f"t{i}": t for i, t in enumerate(tokens)}
        params.update(q=q, qs=q + " ", cap=search_cap(limit))
        where = " AND ".join(f"d.{SEARCH} CONTAINS $t{i}" for i in range(len(tokens)))
        rows = self._dicts(
            f"MATCH (d:Document) WHERE {where} OPTIONAL MATCH (a:Document)-[:CITES]->(d) "
            f"WITH d, count(DISTINCT a) AS n, (d.symbol IS NOT NULL AND (d.{SEARCH} = $q OR d.{SEARCH} STARTS WITH $qs)) "
            "AS exact "
            f"RETURN d.key, d.symbol, d.kind, d.date, d.title, d.is_stub, n, d.{SEARCH} "
            "ORDER BY exact DESC, n DESC, d.key LIMIT $cap", params, SEARCH_CANDIDATE_COLS)
        return rank_search(rows, text, limit)

    def get_document(self, key: str) -> dict[str, Any] | None:
        found = self.documents([key])
        return found[0] if found else None

    def _linked(self, pattern: str, other: str, key: str, limit: int, order: str, offset: int = 0
                ) -> list[dict[str, Any]]:
        return self._dicts(f"MATCH {pattern} RETURN {_link_return(other)} ORDER BY {order} SKIP $skip "
                           "LIMIT $limit", {"k": key, "limit": limit, "skip": offset}, LINK_COLS)

    def cited_by(self, key: str, limit: int = 500, offset: int = 0) -> list[dict[str, Any]]:
        if limit <= 0:
            return []
        page = self._kept_page(key, limit, max(offset, 0))
        if page is not None:
            return page
        return self._linked("(a:Document)-[r:CITES]->(b:Document {key: $k})", "a", key, limit,
                            "a.date IS NULL, a.date DESC, a.key", max(offset, 0))

    _CITERS_OF = (f"UNWIND $keys AS k MATCH (b:Document {{key: k}}) OPTIONAL MATCH (b)<-[r:CITES]-(a:Document) "
                  f"WITH k, a, r WHERE a.key IS NOT NULL RETURN k, {_link_return('a')}")

    def citers_of(self, keys: list[str], limit: int) -> dict[str, list[dict[str, Any]]]:
        """Every citer of each of `keys`, one query a chunk of keys, sorted here in cited-by order: the load step
        asks for the citers of each `@unknown` stub a batch dates, and `cited_by` a stub costs two queries (~28 ms
        at 20 000 documents, growing with the store; graph.resolve.redirects)."""
        found: dict[str, list[dict[str, Any]]] = {}
        for chunk in _chunks(list(dict.fromkeys(keys))):
            for row in self._rows(self._CITERS_OF, {"keys": chunk}):
                found.setdefault(row[0], []).append(dict(zip(LINK_COLS, row[1:], strict=True)))
        return {k: sorted(rows, key=lambda r: citer_rank(r["date"], r["key"]))[:limit] for k, rows in found.items()}

    _CITER_EDGES = (f"UNWIND $keys AS c MATCH (a:Document {{key: c}}) OPTIONAL MATCH (a)-[r:CITES]->(b:Document) "
                    f"WITH a, r, b WHERE b.key = $k RETURN {_link_return('a')}")

    def _kept_page(self, key: str, limit: int, offset: int) -> list[dict[str, Any]] | None:
        """The page from the document's kept citers (CitedByPage) when they hold it: those keys, then only
        their edges to it (each citer's few outgoing edges); None when they do not."""
        if not (self._citer_pages and self.read_kept_citers):
            return None
        # an integer and a list of strings: plain as the engine gives them (made plain: 0.46 ms p50 at 100 k
        # against 0.14, of a ~7 ms page)
        found = self._rows(f"MATCH (p:{CITERS_LABEL} {{key: $k}}) RETURN p.citers, p.keys", {"k": key}, as_is=True)
        if not found:
            return None
        citers, kept = found[0]
        kept = kept or []
        if offset + limit > len(kept) and len(kept) < citers:
            return None
        keys = kept[offset:offset + limit]
        if not keys:
            return []
        # each citer's outgoing edges, then those to the document: with the document bound in the pattern (or its
        # key in the OPTIONAL MATCH's WHERE), LadybugDB 0.22 joins the keys to a scan of all its citers (~40 ms
        # at 45 000 citers, against ~2 ms)
        found = {r["key"]: r for r in self._dicts(self._CITER_EDGES, {"keys": keys, "k": key}, LINK_COLS)}
        return [found[k] for k in keys if k in found]

    def citer_count(self, key: str) -> int:
        return self._rows("MATCH (a:Document)-[:CITES]->(b:Document {key: $k}) RETURN count(*)", {"k": key})[0][0]

    def cites(self, key: str, limit: int = 500) -> list[dict[str, Any]]:
        return self._linked("(a:Document {key: $k})-[r:CITES]->(b:Document)", "b", key, limit, "r.start, b.key")

    def documents(self, keys: list[str]) -> list[dict[str, Any]]:
        keys = list(dict.fromkeys(keys))
        found = self._lookup("Document", keys)
        names = node_columns("Document")
        return [{n: found[k].get(n) for n in names} for k in keys if k in found]

    #: a lookup through the index reads each found Document by key (~7 µs a row at 190 000 Documents); a scan
    #: reads every Document (~1 µs each): the index serves while it finds fewer than 1/SCAN_SHARE of them
    SCAN_SHARE = 8

    #: the most Document rows one query of `documents_with_symbols` returns: its result is held in the engine's
    #: buffer pool, and a batch's symbols name a share of all stored Documents (~50 000 rows at 70 000 documents)
    SYMBOL_PAGE = 8192

    def documents_with_symbols(self, symbols: list[str]) -> list[dict[str, Any]]:
        """Through the DocumentSymbol index (a primary-key lookup a symbol, then one a Document found), in
        queries of at most SYMBOL_PAGE rows (the symbols grouped by the index's counts), each read through the
        index unless its symbols name so many Documents that reading them all is faster; without an index
        (a store opened read-only before it was built) one scan. Sorted by symbol, then key."""
        symbols = list(dict.fromkeys(symbols))
        if not symbols:
            return []
        if not self._symbol_index:
            return self._documents_with_symbols(symbols, by_index=False)
        counts = self._rows(f"UNWIND $s AS s MATCH (x:{SYMBOL_LABEL} {{key: s}}) RETURN s, size(x.documents)",
                            {"s": symbols})
        ((stored,),) = self._rows("MATCH (d:Document) RETURN count(*)")
        out: list[dict[str, Any]] = []
        page: list[str] = []
        rows = 0
        for symbol, n in sorted(counts, key=lambda c: c[0]):
            if page and rows + (n or 0) > self.SYMBOL_PAGE:
                out += self._documents_with_symbols(page, by_index=rows * self.SCAN_SHARE < stored)
                page, rows = [], 0
            page.append(symbol)
            rows += n or 0
        if page:
            out += self._documents_with_symbols(page, by_index=rows * self.SCAN_SHARE < stored)
        return out

    def _documents_with_symbols(self, symbols: list[str], by_index: bool) -> list[dict[str, Any]]:
        """The Documents of `symbols`, one row a Document, sorted by symbol and key (here: DISTINCT and ORDER BY
        in the query would hold every row in the engine's pool at once)."""
        cols = ["key", "symbol", "date", "year", "scope", "locality", "is_stub"]
        ret = ", ".join(f"d.{c}" for c in cols)
        find = (f"MATCH (x:{SYMBOL_LABEL} {{key: s}}) UNWIND x.documents AS k MATCH (d:Document {{key: k}})"
                if by_index else "MATCH (d:Document) WHERE d.symbol = s")
        found = {r["key"]: r for r in self._dicts(f"UNWIND $s AS s {find} RETURN {ret}", {"s": symbols}, cols)}
        return sorted(found.values(), key=lambda r: (r["symbol"], r["key"]))

    # issuer (rank 0), else the organisers of the reported events (rank 1); on this process's connection
    _AGENCIES = (
        "UNWIND $keys AS k MATCH (d:Document {key: k})-[:ISSUED_BY]->(a:Agency) RETURN d.key, a.name, 0 "
        "UNION ALL UNWIND $keys AS k MATCH (d:Document {key: k})-[:REPORTS]->(:Event)-[:ORGANIZED_BY]->(a:Agency) "
        "RETURN d.key, a.name, 1"
    )

    def agencies_of(self, keys: list[str]) -> dict[str, list[str]]:
        rows: list[tuple[str, str | None, int]] = []
        for chunk in _chunks(list(dict.fromkeys(keys))):
            rows += [(k, name, rank) for k, name, rank in self._rows(self._AGENCIES, {"keys": chunk})]
        return pick_agencies(rows)

    def nodes(self, label: str) -> list[dict[str, Any]]:
        if label not in NODE_PROPS:
            raise StoreError(f"unknown label {label!r}; the model has {', '.join(NODE_LABELS)}")
        names = node_columns(label)
        return [{n: node.get(n) for n in names} for (node,) in self._rows(f"MATCH (n:{label}) RETURN n ORDER BY n.key")]

    def edges(self, rel_type: str) -> list[dict[str, Any]]:
        if rel_type not in REL_SCHEMA:
            raise StoreError(f"unknown relationship type {rel_type!r}; the model has {', '.join(REL_TYPES)}")
        pairs, props = REL_SCHEMA[rel_type]
        cols = ["src", "dst"] + [p for p, _ in props]
        ret = ", ".join(["a.key", "b.key"] + [f"r.{_q(p)}" for p, _ in props])
        out = []
        for fl, tl in pairs:
            out += self._dicts(f"MATCH (a:{fl})-[r:{rel_type}]->(b:{tl}) RETURN {ret}", None, cols)
        return sorted(out, key=lambda e: (e["src"], e["dst"]))



#: the key of a word's delta rows: its base row's key, DELTA, their number from 1 (whitespace to `str.split`, so
#: never inside a word)
DELTA = "\x1e"
#: a word's changes are appended as a delta row (one COPY of the changes) while its base row lists more than
#: SMALL_ROW Documents, until its deltas are MAX_DELTAS rows or list MAX_PENDING times as many entries as the
#: base: then the base is read, rewritten with them (rewriting a long list costs ~1 µs an entry) and they go
SMALL_ROW = 2000
MAX_DELTAS = 8
MAX_PENDING = 0.5


def _delta_key(word: str, number: int) -> str:
    return f"{word}{DELTA}{number}"


def _word_changes(changes: dict[str, tuple[set[str], set[str], int]]) -> dict[str, dict[str, int]]:
    """SearchWord key → Document → its citers, or -1 where it leaves the word; from `changes`: the Documents'
    words before and after, and their citers."""
    out: dict[str, dict[str, int]] = {}
    for key, (old, new, citers) in changes.items():
        for word in old - new:
            out.setdefault(word, {})[key] = -1
        for word in new:
            out.setdefault(word, {})[key] = citers
    return out


def _applied(base: dict[str, int], deltas: list[dict[str, int]]) -> dict[str, int]:
    """A word's Documents and their citers after its deltas, in order (-1: the Document left the word)."""
    if not deltas:
        return base
    out = dict(base)
    for delta in deltas:
        for key, n in delta.items():
            if n < 0:
                out.pop(key, None)
            else:
                out[key] = n
    return out


def _search_rank(key: str, citers: int) -> tuple[int, str]:
    """Where a Document stands among a search's candidates that are not an exact symbol (ascending): most cited
    first, then by key (code point order, as `heapq.nsmallest` and `ORDER BY` compare)."""
    return (-citers, key)


def _word_row(key: str, listed: dict[str, int], number: int = 0) -> list[Any]:
    """A SearchWord row (WORDS_TABLE's columns): the base row `key` (`number` 0) or its delta row `number`; its
    Documents in the order search ranks them, most cited first, then by key (`_search_rank`)."""
    docs = sorted(listed, key=lambda d: _search_rank(d, listed[d]))
    return [_delta_key(key, number) if number else key, "" if key.startswith(FIRST_WORD) else key, len(docs), 0, 0,
            docs, [listed[d] for d in docs]]


class _EmbeddedTx:
    """graph.writes.StoreTx on the embedded store's open transaction: new nodes and edges by COPY (per-row writes
    run at tens of rows a second), changed ones by SET (nodes) or delete and COPY (edges)."""

    def __init__(self, store: EmbeddedStore, fresh: bool = False) -> None:
        """`fresh`: the store was empty when the transaction began, so nothing is read back (graph.writes)."""
        self.store = store
        self.fresh = fresh
        # for the search index (`index_search`): each Document's search text and whether it has a symbol when
        # the transaction first wrote it (None: not there) and now (None: deleted); the Documents whose citers
        # changed; in a fresh store, the citations made (they are all its citations)
        self.texts_before: dict[str, tuple[str, bool] | None] = {}
        self.texts_after: dict[str, tuple[str, bool] | None] = {}
        self.cited: set[str] = set()
        self.citations: set[Pair] = set()
        #: keys of the nodes created, by label (`EmbeddedStore._unindexed`)
        self.created: dict[str, list[str]] = {}

    def _each(self, cypher: str, name: str, items: list) -> list[list[Any]]:
        out: list[list[Any]] = []
        for chunk in _chunks(items):
            out += self.store._rows(cypher, {name: chunk})
        return out

    def read_nodes(self, label: str, keys: list[str]) -> dict[str, dict[str, Any]]:
        return self.store._lookup(label, keys)

    def existing(self, label: str, keys: list[str]) -> set[str]:
        return {k for (k,) in self._each(f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) RETURN n.key", "keys", keys)}

    @staticmethod
    def _with_search(label: str, row: dict[str, Any]) -> dict[str, Any]:
        return {**row, SEARCH: search_text(row)} if label == "Document" else row

    def create_nodes(self, label: str, rows: list[dict[str, Any]]) -> None:
        """One COPY of all the rows (a Parquet file, however many)."""
        columns = table_columns(label)
        full = [self._with_search(label, r) for r in rows]
        self.store._copy(label, columns, [[r.get(c) for c, _ in columns] for r in full])
        if label in (*NODE_LABELS, FILE_LABEL):  # (a lost file record: the next ingest reads the file again)
            self.created.setdefault(label, []).extend(r["key"] for r in rows)
        if label == "Document":
            self._index_symbols({}, {r["key"]: r.get("symbol") for r in rows})
            self._texts({r["key"]: None for r in rows}, full)

    def update_nodes(self, label: str, rows: list[dict[str, Any]]) -> None:
        before = self._stored_texts([r["key"] for r in rows]) if label == "Document" else {}
        columns = table_columns(label)
        sets = ", ".join(f"n.{_q(c)} = CAST(r.{_q(c)} AS {t})" for c, t in columns if c != "key")
        full = [self._with_search(label, r) for r in rows]
        self._each(f"UNWIND $rows AS r MATCH (n:{label} {{key: r.key}}) SET {sets}", "rows",
                   [{c: r.get(c) for c, _ in columns} for r in full])
        if label == "Document":
            self._index_symbols(self._symbols(before), {r["key"]: r.get("symbol") for r in rows})
            self._texts(before, full)

    def delete_nodes(self, label: str, keys: list[str]) -> None:
        before = self._stored_texts(keys) if label == "Document" else {}
        self._each(f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) DETACH DELETE n", "keys", keys)
        if label == "Document":
            self._index_symbols(self._symbols(before), {})
            self._texts(before, [])
            for key in before:
                self.texts_after[key] = None

    def _stored_texts(self, keys: list[str]) -> dict[str, tuple[str | None, str]]:
        """The stored symbol and search text of each of these Documents (before a change)."""
        rows = self._each(f"UNWIND $keys AS k MATCH (n:Document {{key: k}}) RETURN n.key, n.symbol, n.{SEARCH}",
                          "keys", keys)
        return {k: (symbol, text) for k, symbol, text in rows}

    def _texts(self, before: dict[str, tuple[str | None, str] | None], rows: list[dict[str, Any]]) -> None:
        """Note the search texts of the Documents written: as stored before the transaction first wrote them (None:
        not there; from `before`, their stored symbol and text), and as `rows` write them."""
        for key, stored in before.items():
            self.texts_before.setdefault(key, None if stored is None else (stored[1], stored[0] is not None))
        for r in rows:
            self.texts_after[r["key"]] = (r[SEARCH], r.get("symbol") is not None)

    # -- the SearchWord index, kept in the same transaction as the Documents and their citations ---------

    def index_search(self) -> None:
        """Bring the SearchWord rows up to date at the end of the transaction: those of every Document whose
        search text it changed (created, updated, deleted) or whose citers it changed (the count each row keeps).
        A word's base row is rewritten with its changes while short, else they are appended as its next delta
        row (SMALL_ROW, MAX_DELTAS)."""
        unread = sorted(self.cited - self.texts_after.keys())
        if unread and not self.fresh:
            for key, (symbol, text) in self._stored_texts(unread).items():
                self.texts_before[key] = self.texts_after[key] = (text, symbol is not None)
        docs = {k for k, after in self.texts_after.items()
                if after != self.texts_before.get(k) or (after is not None and k in self.cited)}
        if not docs:
            return
        if self.fresh:
            citers: dict[str, int] = Counter(d for _, d in self.citations)
        else:  # a Document created here and not cited here has no citers
            ask = sorted(k for k in docs if self.texts_after[k] is not None
                         and (k in self.cited or self.texts_before.get(k) is not None))
            citers = dict(self._each("UNWIND $keys AS k MATCH (d:Document {key: k}) OPTIONAL MATCH "
                                     "(a:Document)-[:CITES]->(d) RETURN k, count(DISTINCT a)", "keys", ask))
        changes = {}
        for k in docs:
            before, after = self.texts_before.get(k), self.texts_after[k]
            changes[k] = (search_words(*before) if before else set(), search_words(*after) if after else set(),
                          citers.get(k, 0))
        changed = _word_changes(changes)
        if self.fresh:
            new = [_word_row(w, {k: n for k, n in listed.items() if n >= 0}) for w, listed in changed.items()]
            if any(row[2] for row in new):
                self.store._copy(WORDS_LABEL, WORDS_TABLE, [row for row in new if row[2]])
            return
        bases = {key: (size, deltas, pending) for chunk in _chunks(sorted(changed)) for key, size, deltas, pending
                 in self.store._rows(f"UNWIND $keys AS k MATCH (x:{WORDS_LABEL} {{key: k}}) "
                                     "RETURN x.key, x.size, x.deltas, x.pending", {"keys": chunk}, as_is=True)}
        new, rewrite, appended = [], [], []
        for word, listed in changed.items():
            if word not in bases:
                if any(n >= 0 for n in listed.values()):
                    new.append(_word_row(word, {k: n for k, n in listed.items() if n >= 0}))
                continue
            size, deltas, pending = bases[word]
            if size <= SMALL_ROW or deltas >= MAX_DELTAS or pending + len(listed) > size * MAX_PENDING:
                rewrite.append(word)
            else:
                new.append(_word_row(word, listed, deltas + 1))
                appended.append({"k": word, "n": deltas + 1, "p": pending + len(listed)})
        # rewritten: deleted, with their deltas, and written again by the COPY below (a SET of long lists costs
        # several times as much, most of it passing them as parameters); the engine takes a deleted key again
        stored = self.store._word_rows(rewrite)
        gone = rewrite + [_delta_key(w, i) for w in rewrite for i in range(1, bases[w][1] + 1)]
        if gone:
            self._each(f"UNWIND $keys AS k MATCH (x:{WORDS_LABEL} {{key: k}}) DELETE x", "keys", gone)
        for word in rewrite:
            if listed := _applied(stored.get(word, {}), [changed[word]]):
                new.append(_word_row(word, listed))
        if appended:
            self._each(f"UNWIND $rows AS r MATCH (x:{WORDS_LABEL} {{key: r.k}}) SET x.deltas = r.n, x.pending = r.p",
                       "rows", appended)
        if new:
            self.store._copy(WORDS_LABEL, WORDS_TABLE, new)

    # -- the DocumentSymbol index, kept in the same transaction as the Documents --------------------

    @staticmethod
    def _symbols(stored: dict[str, tuple[str | None, str]]) -> dict[str, str | None]:
        """The stored symbol of each of these Documents (before a change)."""
        return {k: symbol for k, (symbol, _) in stored.items()}

    def _index_symbols(self, before: dict[str, str | None], after: dict[str, str | None]) -> None:
        """Move Documents between the index's symbols: `before` and `after` their symbols (a key absent from
        `after` is deleted). Each symbol's list of keys stays sorted; a symbol left with none goes."""
        leave: dict[str, set[str]] = {}
        join: dict[str, set[str]] = {}
        for key in before.keys() | after.keys():
            old, new = before.get(key), after.get(key)
            if old != new:
                if old:
                    leave.setdefault(old, set()).add(key)
                if new:
                    join.setdefault(new, set()).add(key)
        symbols = sorted(leave.keys() | join.keys())
        if not symbols:
            return
        stored: dict[str, list[str]] = {} if self.fresh else dict(self._each(
            f"UNWIND $keys AS k MATCH (x:{SYMBOL_LABEL} {{key: k}}) RETURN x.key, x.documents", "keys", symbols))
        new_rows, changed, empty = [], [], []
        for symbol in symbols:
            old_keys = stored.get(symbol)
            keys = sorted((set(old_keys or ()) - leave.get(symbol, set())) | join.get(symbol, set()))
            if old_keys is None:
                if keys:
                    new_rows.append([symbol, keys])
            elif not keys:
                empty.append(symbol)
            elif keys != old_keys:
                changed.append({"s": symbol, "d": keys})
        if new_rows:
            self.store._copy(SYMBOL_LABEL, SYMBOL_TABLE, new_rows)
        if changed:
            self._each(f"UNWIND $rows AS r MATCH (x:{SYMBOL_LABEL} {{key: r.s}}) SET x.documents = r.d", "rows",
                       changed)
        if empty:
            self._each(f"UNWIND $keys AS k MATCH (x:{SYMBOL_LABEL} {{key: k}}) DELETE x", "keys", empty)

    # Edges are matched from their source's few outgoing edges, the other end checked after a WITH: LadybugDB
    # 0.22 plans `UNWIND … MATCH (a {key: x})-[r]->(b …)` as a hash join over a scan of every edge of the
    # table (100 to 1 700 ms a statement at 100 000 documents, against 1 to 50 ms this way).
    @staticmethod
    def _match(rel: str, pair: Pair) -> str:
        return (f"UNWIND $pairs AS p MATCH (a:{pair[0]} {{key: p.s}}) OPTIONAL MATCH (a)-[r:{rel}]->(b:{pair[1]}) "
                "WITH a, r, b, p WHERE b.key = p.d")

    @staticmethod
    def _edge_row(rel: str, row: list[Any]) -> tuple[Pair, dict[str, Any]]:
        return (row[0], row[1]), dict(zip([c for c, _ in rel_columns(rel)], row[2:], strict=True))

    def _returned(self, rel: str) -> str:
        return "".join(f", r.{_q(c)}" for c, _ in rel_columns(rel))

    def read_edges(self, rel: str, pair: Pair, edges: list[Pair]) -> dict[Pair, dict[str, Any]]:
        """Stored edges; one stored more than once (COPY adds a parallel edge: an older write may have left
        copies) reads back with its number of `_copies`, so that it differs and is written again once."""
        rows = self._each(f"{self._match(rel, pair)} RETURN a.key, b.key{self._returned(rel)}", "pairs",
                          [{"s": s, "d": d} for s, d in edges])
        out: dict[Pair, dict[str, Any]] = {}
        for row in rows:
            pair_, props = self._edge_row(rel, row)
            if pair_ in out:
                props["_copies"] = out[pair_].get("_copies", 1) + 1
            out[pair_] = props
        return out

    def out_edges(self, rel: str, pair: Pair, srcs: list[str]) -> dict[Pair, dict[str, Any]]:
        rows = self._each(f"UNWIND $keys AS k MATCH (a:{pair[0]} {{key: k}}) OPTIONAL MATCH (a)-[r:{rel}]->(b:{pair[1]}) "
                          f"WITH a, r, b WHERE b.key IS NOT NULL RETURN a.key, b.key{self._returned(rel)}", "keys", srcs)
        return dict(self._edge_row(rel, row) for row in rows)

    def create_edges(self, rel: str, pair: Pair, rows: dict[Pair, dict[str, Any]]) -> None:
        if rel == "CITES":
            self.cited.update(d for _, d in rows)
            if self.fresh:
                self.citations.update(rows)
        columns = rel_columns(rel)
        options = f" (from='{pair[0]}', to='{pair[1]}')" if len(REL_SCHEMA[rel][0]) > 1 else ""
        items = [[s, d] + [props.get(c) for c, _ in columns] for (s, d), props in rows.items()]
        self.store._copy(rel, [("from", "STRING"), ("to", "STRING"), *columns], items, options)

    def update_edges(self, rel: str, pair: Pair, rows: dict[Pair, dict[str, Any]]) -> None:
        self.delete_edges(rel, pair, list(rows))  # also any parallel copies
        self.create_edges(rel, pair, rows)

    def delete_edges(self, rel: str, pair: Pair, edges: list[Pair]) -> None:
        if rel == "CITES":
            self.cited.update(d for _, d in edges)
            self.citations.difference_update(edges)
        self._each(f"{self._match(rel, pair)} DELETE r", "pairs", [{"s": s, "d": d} for s, d in edges])

    def degrees(self, label: str, keys: list[str]) -> dict[str, int]:
        rows = self._each(f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) OPTIONAL MATCH (n)-[r]-() "
                          "RETURN k, count(r)", "keys", keys)
        return {k: n for k, n in rows}

    def citer_counts(self, keys: list[str]) -> dict[str, int]:
        rows = self._each("UNWIND $keys AS k MATCH (d:Document {key: k}) OPTIONAL MATCH (d)<-[r:CITES]-(:Document) "
                          "RETURN k, count(r)", "keys", keys)
        return {k: n for k, n in rows}

    def newest_citers(self, key: str, limit: int) -> list[tuple[str, str | None]]:
        rows = self.store._rows("MATCH (a:Document)-[:CITES]->(:Document {key: $k}) RETURN a.key, a.date "
                                "ORDER BY a.date IS NULL, a.date DESC, a.key LIMIT $limit", {"k": key, "limit": limit})
        return [(k, d) for k, d in rows]
