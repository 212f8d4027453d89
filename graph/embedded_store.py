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
  files change (their size and modification time, one stat a read).
- The writer's lock on the file is a POSIX lock: it belongs to the process, and closing *any* handle of the
  file in that process releases it. So a read-only database of a file this process holds for writing is
  closed only after the writer (a second writer could otherwise open the store mid-ingest).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import dataclasses
import functools
import logging
import os
import pickle
import re
import signal
import subprocess
import sys
import tempfile
import threading
import weakref
from pathlib import Path
from typing import Any

import ladybug

from graph import embedded_child
from graph.embedded_child import open_database
from graph.embedded_child import plain as _plain
from graph.model import (
    NODE_LABELS,
    REL_TYPES,
    AgencyNode,
    Cites,
    DocumentNode,
    EventNode,
    GraphBatch,
    PersonNode,
    merge_node,
    search_text,
)
from graph.store import QueryRefused, Store, StoreBusy, StoreError, WriteSummary, pick_agencies
from loaders.text import fold

DB_FILE = "graph.lbug"
#: how LadybugDB's COMMIT says the transaction was committed and the checkpoint after it failed
_POST_COMMIT_CHECKPOINT = "Transaction committed successfully, but the post-commit checkpoint failed"
log = logging.getLogger(__name__)
QUERY_TIMEOUT = 60.0
_CHUNK = 10_000

# --- schema ---------------------------------------------------------------------------------------

_NODE_CLASSES = {"Document": DocumentNode, "Agency": AgencyNode, "Person": PersonNode, "Event": EventNode}


def _column_type(annotation: str) -> str:
    return "INT64" if annotation.startswith("int") else "BOOLEAN" if annotation.startswith("bool") else "STRING"


#: label → [(property, LadybugDB type)], key first; Document also keeps the folded `search` column.
NODE_PROPS: dict[str, list[tuple[str, str]]] = {
    label: [(f.name, _column_type(str(f.type))) for f in dataclasses.fields(cls)]
    for label, cls in _NODE_CLASSES.items()
}
_SEARCH = "search"

_CITES_PROPS = [(f.name, _column_type(str(f.type))) for f in dataclasses.fields(Cites) if f.name not in ("src", "dst")]

#: type → ([(FROM label, TO label)], [(property, type)])
REL_SCHEMA: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {
    "CITES": ([("Document", "Document")], _CITES_PROPS),
    "ISSUED_BY": ([("Document", "Agency")], []),
    "MENTIONS": ([("Document", "Agency"), ("Document", "Person")], []),
    "REPORTS": ([("Document", "Event")], []),
    "ORGANIZED_BY": ([("Event", "Agency")], []),
    "CHAIRED_BY": ([("Event", "Person")], []),
    "HOLDS_ROLE": ([("Person", "Agency")], [("title", "STRING")]),
    "PART_OF": ([("Agency", "Agency")], []),
}
#: the outgoing edges of a changed source document that an upsert replaces
REPLACED_TYPES = ("CITES", "MENTIONS", "REPORTS", "ISSUED_BY")



def _q(name: str) -> str:
    """A backquoted identifier (`end` and `count` are keywords)."""
    return f"`{name}`"


def _schema_statements() -> list[str]:
    out = []
    for label, props in NODE_PROPS.items():
        cols = [f"{_q(p)} {t}" + (" PRIMARY KEY" if p == "key" else "") for p, t in props]
        if label == "Document":
            cols.append(f"{_SEARCH} STRING")
        out.append(f"CREATE NODE TABLE IF NOT EXISTS {label}({', '.join(cols)})")
    for rel, (pairs, props) in REL_SCHEMA.items():
        parts = [f"FROM {a} TO {b}" for a, b in pairs] + [f"{_q(p)} {t}" for p, t in props]
        out.append(f"CREATE REL TABLE IF NOT EXISTS {rel}({', '.join(parts)})")
    return out


def _expected_columns() -> dict[str, list[tuple[str, str]]]:
    """table → [(column, type)] of the schema above, for the check at open."""
    out = {label: props + ([(_SEARCH, "STRING")] if label == "Document" else []) for label, props in NODE_PROPS.items()}
    out.update({rel: props for rel, (_pairs, props) in REL_SCHEMA.items()})
    return {t: [(c, "BOOL" if ty == "BOOLEAN" else ty) for c, ty in cols] for t, cols in out.items()}  # as table_info



def _props(node: dict[str, Any]) -> dict[str, Any]:
    """A stored node's model properties (no internal columns)."""
    return {k: v for k, v in node.items() if not k.startswith("_") and k != _SEARCH}


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


def _open_database(file: str, read_only: bool) -> ladybug.Database:
    """Open LadybugDB (retrying while another process checkpoints); a lock held by another process as
    StoreBusy (naming it), other errors as StoreError."""
    try:
        return open_database(file, read_only)
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


def _release_writer(real: str, db: ladybug.Database | None, conn: ladybug.Connection | None) -> None:
    """Close a writer's connection and database and let this process open the file for writing again."""
    for obj in (conn, db):
        if obj is not None:
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



def _fields(obj: Any) -> dict[str, Any]:
    """A dataclass's fields as a dict (shallow: dataclasses.asdict deep-copies, half an upsert's time)."""
    return {name: getattr(obj, name) for name in _field_names(type(obj))}


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _libc() -> ctypes.CDLL | None:
    """glibc, for its allocator's knobs; None elsewhere."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None
    except OSError:
        return None


_LIBC = _libc()
M_ARENA_MAX = -8
if _LIBC is not None:
    # The engine's threads each grow a glibc malloc arena (up to 64 MB each, 8 per core) that keeps what
    # a COPY freed; two arenas and a trim after each write give more of it back.
    _LIBC.mallopt(M_ARENA_MAX, 2)


def _trim_native_heap() -> None:
    """Return the memory a write freed to the system (glibc keeps it in its arenas otherwise)."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _chunks(items: list, size: int = _CHUNK):
    for i in range(0, len(items), size):
        yield items[i:i + size]


class EmbeddedStore(Store):
    """LadybugDB in a data folder; one writer process at a time, any number of readers."""

    kind = "embedded"

    def __init__(self, path: str, read_only: bool = False, query_timeout: float = QUERY_TIMEOUT,
                 checkpoint_threshold: int | None = None) -> None:
        """`checkpoint_threshold`: bytes of log after which a commit checkpoints (default the engine's)."""
        self.path = path
        self.read_only = read_only
        self.query_timeout = query_timeout
        self.file = _db_file(path, create=not read_only)
        self._lock = threading.RLock()
        self._db: ladybug.Database | None = None
        self._conn: ladybug.Connection | None = None
        self._signature: tuple | None = None
        if read_only:
            if not os.path.exists(self.file):
                raise StoreError(f"no embedded store at {path}: run `citegraph ingest` first")
            self._open()
            self._check_schema()
            return
        real = os.path.realpath(self.file)
        with _WRITERS_LOCK:
            if real in _WRITERS:
                raise StoreError(f"the embedded store {path} is already open for writing in this process")
            _WRITERS.add(real)
        try:
            self._open()
        except BaseException:
            _release_writer(real, None, None)
            raise
        # an unclosed writer that is garbage-collected (or alive at exit) still releases the file
        self._release = weakref.finalize(self, _release_writer, real, self._db, self._conn)
        try:
            if checkpoint_threshold is not None:
                self._conn.execute(f"CALL checkpoint_threshold={int(checkpoint_threshold)}")
            for statement in _schema_statements():
                self._conn.execute(statement)
            self._check_schema()
        except BaseException:
            self.close()
            raise

    # -- connection ----------------------------------------------------------------------------

    def _check_schema(self) -> None:
        """Refuse a store whose tables differ from this version's schema, with what to do about it."""
        for table, want in _expected_columns().items():
            try:
                have = [(r[1], r[2]) for r in self._rows(f"CALL table_info('{table}') RETURN *")]
            except StoreError:
                have = None
            if have != want:
                raise StoreError(f"the embedded store {self.path} was made by another version of citegraph "
                                 f"(table {table} differs); ingest again into a new folder, or delete {self.path}")

    def _files_signature(self) -> tuple:
        sig = []
        for f in (self.file, self.file + ".wal"):
            try:
                st = os.stat(f)
                sig.append((st.st_mtime_ns, st.st_size))
            except FileNotFoundError:
                sig.append(None)
        return tuple(sig)

    def _open(self) -> None:
        self._signature = self._files_signature()
        self._db = _open_database(self.file, self.read_only)
        self._conn = ladybug.Connection(self._db)

    def _connection(self) -> ladybug.Connection:
        if self._conn is None:
            raise StoreError(f"the embedded store {self.path} is closed")
        if self.read_only and self._files_signature() != self._signature:
            self._close_db()  # a read-only connection keeps its snapshot: reopen to see other writers
            self._open()
        return self._conn

    def _rows(self, cypher: str, params: dict[str, Any] | None = None) -> list[list[Any]]:
        with self._lock:
            try:
                result = self._connection().execute(cypher, params or {})
                return [[_plain(v) for v in row] for row in result.get_all()]
            except RuntimeError as e:
                raise StoreError(f"embedded store: {e}") from None

    def _dicts(self, cypher: str, params: dict[str, Any] | None, cols: list[str]) -> list[dict[str, Any]]:
        return [dict(zip(cols, row, strict=True)) for row in self._rows(cypher, params)]

    def _close_db(self) -> None:
        _close_reader(self.file, [obj for obj in (self._conn, self._db) if obj is not None])
        self._conn = self._db = None

    def describe(self) -> str:
        return f"embedded LadybugDB at {self.file}" + (" (read-only)" if self.read_only else "")

    def close(self) -> None:
        with self._lock:
            if self.read_only:
                self._close_db()
            else:
                self._release()
                self._conn = self._db = None

    def _writable(self) -> None:
        if self.read_only:
            raise QueryRefused(f"read-only: the embedded store {self.path} was opened read-only")

    # -- writes --------------------------------------------------------------------------------

    def _lookup(self, label: str, keys: list[str]) -> dict[str, dict[str, Any]]:
        """Stored properties of the nodes of `label` among `keys`."""
        found: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(keys):
            for (node,) in self._rows(f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) RETURN n", {"keys": chunk}):
                found[node["key"]] = _props(node)
        return found

    def _copy(self, table: str, columns: list[tuple[str, str]], rows: list[list[Any]], options: str = "") -> None:
        """COPY rows (in the table's column order) through a temporary Parquet file: LadybugDB 0.22 keeps
        the memory of every Arrow table COPY reads from a parameter (resident memory grew ~25 MB per
        20 000 rows, without end), not that of a file."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {"STRING": pa.string(), "INT64": pa.int64(), "BOOLEAN": pa.bool_()}
        data = pa.table({f"c{i}": pa.array([r[i] for r in rows], types[t]) for i, (_, t) in enumerate(columns)})
        with tempfile.TemporaryDirectory(prefix="citegraph-copy-") as folder:
            file = os.path.join(folder, "rows.parquet")
            pq.write_table(data, file, compression="none")
            del data
            quoted = file.replace("\\", "\\\\").replace("'", "\\'")
            self._connection().execute(f"COPY {table} FROM '{quoted}'{options}")

    def _write_nodes(self, label: str, incoming: list[dict[str, Any]], summary: WriteSummary) -> set[str]:
        """Create the new nodes (COPY) and update the changed ones; returns the keys created."""
        merged: dict[str, dict[str, Any]] = {}
        for props in incoming:
            merged[props["key"]] = merge_node(label, merged.get(props["key"]), props)
        if not merged:
            return set()
        stored = self._lookup(label, list(merged))
        columns = NODE_PROPS[label] + ([(_SEARCH, "STRING")] if label == "Document" else [])
        new, changed = [], []
        for key, props in merged.items():
            row = merge_node(label, stored.get(key), props)
            if label == "Document":
                row[_SEARCH] = search_text(row)
            if key not in stored:
                new.append([row.get(c) for c, _ in columns])
            elif {k: row.get(k) for k, _ in NODE_PROPS[label]} != stored[key]:
                changed.append({c: row.get(c) for c, _ in columns})
        if new:
            self._copy(label, columns, new)
        for chunk in _chunks(changed):
            sets = ", ".join(f"n.{_q(c)} = CAST(r.{_q(c)} AS {t})" for c, t in columns if c != "key")
            self._rows(f"UNWIND $rows AS r MATCH (n:{label} {{key: r.key}}) SET {sets}", {"rows": chunk})
        summary.nodes_created += len(new)
        summary.nodes_updated += len(changed)
        summary.by_label[label] = summary.by_label.get(label, 0) + len(new)
        return set(merged) - set(stored)

    def _labels_of(self, keys: set[str], known: dict[str, str]) -> dict[str, str]:
        """label of each key: from the batch, else from the store."""
        labels = {k: known[k] for k in keys if k in known}
        missing = [k for k in keys if k not in labels]
        for label in NODE_LABELS:
            if not missing:
                break
            for k in self._lookup_keys(label, missing):
                labels[k] = label
            missing = [k for k in missing if k not in labels]
        return labels

    def _lookup_keys(self, label: str, keys: list[str]) -> list[str]:
        out = []
        for chunk in _chunks(keys):
            out += [k for (k,) in self._rows(f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) RETURN n.key",
                                             {"keys": chunk})]
        return out

    def _delete_outgoing(self, sources: list[str], summary: WriteSummary) -> None:
        for rel in REPLACED_TYPES:
            for chunk in _chunks(sources):
                ((n,),) = self._rows(f"UNWIND $keys AS k MATCH (a:Document {{key: k}})-[r:{rel}]->() DELETE r "
                                     "RETURN count(*)", {"keys": chunk})
                summary.edges_deleted += n

    def _write_edges(self, edges: list[tuple[str, str, str, dict[str, Any]]], sources: set[str],
                     labels: dict[str, str], summary: WriteSummary) -> None:
        """COPY the edges that are not stored yet; a stored edge whose properties differ is replaced."""
        groups: dict[tuple[str, str, str], dict[tuple[str, str], dict[str, Any]]] = {}
        dropped = 0
        for rel, src, dst, props in edges:
            pair = (labels.get(src), labels.get(dst))
            if pair in REL_SCHEMA[rel][0]:
                groups.setdefault((rel, *pair), {})[(src, dst)] = props
            else:
                dropped += 1
        if dropped:
            log.warning("dropped %d edges whose ends are not in the graph or of the wrong kind", dropped)
        for (rel, fl, tl), by_pair in groups.items():
            props = REL_SCHEMA[rel][1]
            check = [{"s": s, "d": d} for s, d in by_pair if not (rel in REPLACED_TYPES and s in sources)]
            ret = "".join(f", r.{_q(p)}" for p, _ in props)
            match = f"UNWIND $pairs AS p MATCH (a:{fl} {{key: p.s}})-[r:{rel}]->(b:{tl} {{key: p.d}})"
            stored: dict[tuple[str, str], list[list[Any]]] = {}
            for chunk in _chunks(check):
                for row in self._rows(f"{match} RETURN a.key, b.key{ret}", {"pairs": chunk}):
                    stored.setdefault((row[0], row[1]), []).append(row[2:])
            stale = []
            for pair, values in stored.items():
                if values == [[by_pair[pair].get(p) for p, _ in props]]:
                    del by_pair[pair]  # stored once, as it is
                else:
                    stale.append({"s": pair[0], "d": pair[1]})  # changed (or parallel copies): replace
                    summary.edges_deleted += len(values)
            for chunk in _chunks(stale):
                self._rows(f"{match} DELETE r", {"pairs": chunk})
            if by_pair:
                rows = [[s, d] + [p.get(name) for name, _ in props] for (s, d), p in by_pair.items()]
                options = f" (from='{fl}', to='{tl}')" if len(REL_SCHEMA[rel][0]) > 1 else ""
                self._copy(rel, [("from", "STRING"), ("to", "STRING")] + props, rows, options)
                summary.edges_created += len(rows)
                summary.by_label[rel] = summary.by_label.get(rel, 0) + len(rows)

    def upsert(self, batch: GraphBatch) -> WriteSummary:
        self._writable()
        summary = WriteSummary()
        nodes = {"Document": batch.documents, "Agency": batch.agencies, "Person": batch.persons,
                 "Event": batch.events}
        known = {n.key: label for label, items in nodes.items() for n in items}
        edges = [("CITES", c.src, c.dst, _fields(c)) for c in batch.cites]
        for link in batch.links:
            if link.type not in REL_SCHEMA:
                raise StoreError(f"unknown relationship type {link.type!r}; the model has {', '.join(REL_TYPES)}")
            edges.append((link.type, link.src, link.dst, link.props))
        sources = list(dict.fromkeys(batch.sources))
        with self._lock:
            conn = self._connection()
            conn.execute("BEGIN TRANSACTION")
            try:
                created: set[str] = set()
                for label, items in nodes.items():
                    created |= self._write_nodes(label, [_fields(n) for n in items], summary)
                self._delete_outgoing([k for k in sources if k not in created], summary)  # new ones have none
                labels = self._labels_of({k for e in edges for k in e[1:3]}, known)
                self._write_edges(edges, set(sources), labels, summary)
                conn.execute("COMMIT")
            except BaseException as e:
                if isinstance(e, RuntimeError) and _POST_COMMIT_CHECKPOINT in str(e):
                    # the transaction stands: report the checkpoint, never a failed (or rolled back) write
                    summary.checkpoint_error = str(e).partition("recovered on restart: ")[2] or str(e)
                    log.warning("committed, checkpoint failed: %s", summary.checkpoint_error)
                    return summary
                try:
                    conn.execute("ROLLBACK")
                except RuntimeError:
                    pass  # an error inside the transaction has already rolled it back
                if isinstance(e, Exception) and not isinstance(e, StoreError):
                    raise StoreError(f"embedded store: the write failed and was rolled back: {e}") from e
                raise
            finally:
                _trim_native_heap()
        return summary

    def clear(self) -> None:
        self._writable()
        with self._lock:
            conn = self._connection()
            for table in [*REL_SCHEMA, *NODE_PROPS]:
                conn.execute(f"DROP TABLE IF EXISTS {table}")
            for statement in _schema_statements():
                conn.execute(statement)

    # -- reads ---------------------------------------------------------------------------------

    def stats(self) -> dict[str, dict[str, int]]:
        nodes = {label: self._rows(f"MATCH (n:{label}) RETURN count(*)")[0][0] for label in NODE_LABELS}
        rels = {rel: self._rows(f"MATCH ()-[r:{rel}]->() RETURN count(*)")[0][0] for rel in REL_TYPES}
        return {"nodes": nodes, "relationships": rels}

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        return run_read_only(self.file, cypher, params, self.query_timeout)

    def search(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        q = fold(text)
        tokens = q.split()
        if not tokens:
            return []
        params: dict[str, Any] = {f"t{i}": t for i, t in enumerate(tokens)}
        params.update(q=q, qs=q + " ", cap=max(limit * 10, 200))
        where = " AND ".join(f"d.{_SEARCH} CONTAINS $t{i}" for i in range(len(tokens)))
        cols = ["key", "symbol", "kind", "date", "title", "is_stub", "cited_by", "exact", "text"]
        rows = self._dicts(
            f"MATCH (d:Document) WHERE {where} OPTIONAL MATCH (a:Document)-[:CITES]->(d) "
            f"WITH d, count(DISTINCT a) AS n, (d.symbol IS NOT NULL AND (d.{_SEARCH} = $q OR d.{_SEARCH} STARTS WITH $qs)) "
            "AS exact "
            f"RETURN d.key, d.symbol, d.kind, d.date, d.title, d.is_stub, n, exact, d.{_SEARCH} "
            "ORDER BY exact DESC, n DESC, d.key LIMIT $cap", params, cols)
        words = [re.compile(rf"(?<!\w){re.escape(t)}(?!\w)") for t in tokens]
        # exact symbol first, then every token a whole word, then most cited, then newest, then key
        rows.sort(key=lambda r: r["key"])
        rows.sort(key=lambda r: r["date"] or "", reverse=True)
        rows.sort(key=lambda r: (not r["exact"], not all(w.search(r["text"]) for w in words), -r["cited_by"]))
        return [{k: r[k] for k in cols[:7]} for r in rows[:limit]]

    def get_document(self, key: str) -> dict[str, Any] | None:
        rows = self._rows("MATCH (d:Document {key: $k}) RETURN d", {"k": key})
        return _props(rows[0][0]) if rows else None

    _LINK_COLS = ["key", "symbol", "title", "date", "locality", "source", "relation", "surface", "snippet",
                  "start", "end", "count"]

    def _linked(self, pattern: str, other: str, key: str, limit: int, order: str) -> list[dict[str, Any]]:
        ret = ", ".join([f"{other}.{_q(c)}" for c in self._LINK_COLS[:6]] + [f"r.{_q(c)}" for c in self._LINK_COLS[6:]])
        return self._dicts(f"MATCH {pattern} RETURN {ret} ORDER BY {order} LIMIT $limit",
                           {"k": key, "limit": limit}, self._LINK_COLS)

    def cited_by(self, key: str, limit: int = 500) -> list[dict[str, Any]]:
        return self._linked("(a:Document)-[r:CITES]->(b:Document {key: $k})", "a", key, limit,
                            "a.date IS NULL, a.date DESC, a.key")

    def cites(self, key: str, limit: int = 500) -> list[dict[str, Any]]:
        return self._linked("(a:Document {key: $k})-[r:CITES]->(b:Document)", "b", key, limit, "r.start, b.key")

    def documents(self, keys: list[str]) -> list[dict[str, Any]]:
        keys = list(dict.fromkeys(keys))
        found = self._lookup("Document", keys)
        return [found[k] for k in keys if k in found]

    def documents_with_symbols(self, symbols: list[str]) -> list[dict[str, Any]]:
        cols = ["key", "symbol", "date", "year", "scope", "locality", "is_stub"]
        ret = ", ".join(f"d.{c}" for c in cols)
        return self._dicts(f"UNWIND $s AS s MATCH (d:Document) WHERE d.symbol = s RETURN DISTINCT {ret} "
                           "ORDER BY d.symbol, d.key", {"s": list(dict.fromkeys(symbols))}, cols)

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
        return [_props(n) for (n,) in self._rows(f"MATCH (n:{label}) RETURN n ORDER BY n.key")]

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

