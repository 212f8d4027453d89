"""One store interface, two implementations (embedded LadybugDB, Neo4j).

The app, the CLI, interop and analytics call only this interface; each implementation keeps its
own Cypher in its own module. Every query that carries user or document text uses parameters.
"""

from __future__ import annotations

import os
import threading
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

from graph.model import GraphBatch

DEFAULT_DB = "./citegraph-data"
#: Set by `Store.upsert` when its COMMIT begins (cleared again if the commit fails); the caller clears it once it
#: has recorded the write. `citegraph ingest` holds a Ctrl-C while it is set, so that a batch is either rolled
#: back or committed and reported, never cut in two (graph/ingest.py).
COMMITTING = threading.Event()


class StoreError(RuntimeError):
    """A store could not be opened or a query failed; the message is meant for people."""


class QueryRefused(StoreError):
    """A query tried to write through the read-only path."""


class StoreBusy(StoreError):
    """Another process holds the store for writing (one writer at a time): try again when it is done."""


@dataclass
class WriteSummary:
    """What one upsert did; `by_label`: nodes and edges created by label and type, `deleted_by_label`: nodes
    deleted (retracted documents, and what nothing references any more)."""

    nodes_created: int = 0
    nodes_updated: int = 0
    nodes_deleted: int = 0
    edges_created: int = 0
    edges_updated: int = 0
    edges_deleted: int = 0
    by_label: dict[str, int] = field(default_factory=dict)
    #: set when the write was committed but the checkpoint after it failed (the write stands)
    checkpoint_error: str | None = None
    deleted_by_label: dict[str, int] = field(default_factory=dict)
    #: how long the COMMIT took (readers in other processes wait at most about this long for a write)
    commit_seconds: float = 0.0
    #: "Label key" of the nodes the write created that a lookup by key does not find once it is committed (the
    #: embedded engine lost their primary-key index entries: bench/reopen_index.py)
    unindexed: list[str] = field(default_factory=list)

    def add(self, other: WriteSummary) -> None:
        """Add another summary's counts to this one."""
        for name in ("nodes_created", "nodes_updated", "nodes_deleted", "edges_created", "edges_updated",
                     "edges_deleted"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for mine, theirs in ((self.by_label, other.by_label), (self.deleted_by_label, other.deleted_by_label)):
            for k, v in theirs.items():
                mine[k] = mine.get(k, 0) + v
        self.unindexed += other.unindexed


@dataclass
class TableCheck:
    """One node table as `Store.check` found it: its rows, the rows a lookup by their key does not find (key, row
    number) and the keys stored in more than one row (key → rows)."""

    table: str
    rows: int
    unfindable: list[tuple[str, int]] = field(default_factory=list)
    duplicates: dict[str, int] = field(default_factory=dict)


@dataclass
class CheckReport:
    """What `Store.check` verified and found (`citegraph check`). `repeated_edges`: type → (src key, dst key) →
    edges stored between them (more than one; a write keeps one edge per type and pair); `wrong_support`: type →
    (src key, dst key) → (stored `support`, the documents whose `produced` lists the edge); `verified`: what was
    checked, for people; `notes`: what is not damage but worth saying."""

    store: str
    tables: list[TableCheck] = field(default_factory=list)
    repeated_edges: dict[str, dict[tuple[str, str], int]] = field(default_factory=dict)
    wrong_support: dict[str, dict[tuple[str, str], tuple[int | None, int | None]]] = field(default_factory=dict)
    #: other damage, one line each (a uniqueness constraint missing)
    faults: list[str] = field(default_factory=list)
    verified: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def problems(self) -> list[str]:
        """One line for each kind of damage found, per table or type (empty: the store is sound)."""
        out = []
        for t in self.tables:
            if t.unfindable:
                shown = ", ".join(f"{k} (row {r})" for k, r in t.unfindable[:5])
                out.append(f"{t.table}: {len(t.unfindable)} of {t.rows} rows a lookup by their key does not find: "
                           + shown + (" …" if len(t.unfindable) > 5 else ""))
            if t.duplicates:
                shown = ", ".join(f"{k} ×{n}" for k, n in list(t.duplicates.items())[:5])
                out.append(f"{t.table}: {len(t.duplicates)} keys stored more than once: " + shown
                           + (" …" if len(t.duplicates) > 5 else ""))
        for rel, pairs in self.repeated_edges.items():
            shown = ", ".join(f"{s} -> {d} ×{n}" for (s, d), n in list(pairs.items())[:3])
            out.append(f"{rel}: {len(pairs)} pairs joined by more than one edge: " + shown
                       + (" …" if len(pairs) > 3 else ""))
        for rel, pairs in self.wrong_support.items():
            shown = ", ".join(f"{s} -> {d} support {a} (listed by {b or 0})" for (s, d), (a, b) in list(pairs.items())[:3])
            out.append(f"{rel}: {len(pairs)} edges whose support is not the number of documents whose `produced` "
                       "lists them: " + shown + (" …" if len(pairs) > 3 else ""))
        return out + self.faults

    @property
    def sound(self) -> bool:
        return not self.problems()

    def render(self) -> str:
        """For people: what was checked, then the damage found (or that there is none), then notes."""
        lines = [f"checked {self.store} in {self.seconds:.1f} s"]
        lines += [f"  {v}" for v in self.verified]
        problems = self.problems()
        lines += [f"damaged: {p}" for p in problems] or ["sound: nothing found"]
        lines += [f"note: {n}" for n in self.notes]
        return "\n".join(lines)


class Store(ABC):
    """A citation graph store."""

    #: "embedded" or "neo4j"
    kind: str = ""

    @abstractmethod
    def describe(self) -> str:
        """Where the store is, for people: the embedded path, or the Neo4j URI without a password."""

    @abstractmethod
    def upsert(self, batch: GraphBatch) -> WriteSummary:
        """Apply the batch in one transaction (graph.writes.apply_batch): merge its nodes by key, replace what
        each of `batch.sources` gave before, take out `batch.retracted`, record `batch.files`."""

    def retract(self, keys: list[str]) -> WriteSummary:
        """Take read documents out with everything only they gave (`citegraph remove`)."""
        return self.upsert(GraphBatch(retracted=list(keys)))

    @abstractmethod
    def files(self, paths: list[str]) -> dict[str, dict[str, Any]]:
        """The recorded files among `paths` (absolute): path → {"document": key, "file_hash": ...}."""

    @abstractmethod
    def files_under(self, folder: str) -> dict[str, dict[str, Any]]:
        """The recorded files whose path starts with `folder` (ending with a separator), as `files`."""

    @abstractmethod
    def stats(self) -> dict[str, dict[str, int]]:
        """{"nodes": {label: count}, "relationships": {type: count}} for every label and type of the model."""

    @abstractmethod
    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a researcher's Cypher read-only; raise QueryRefused for writes, StoreError for errors."""

    @abstractmethod
    def search(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        """Accent-insensitive search over documents: symbol, title, kind. Rows: key, symbol, kind, date,
        title, is_stub, cited_by (number of citing documents)."""

    @abstractmethod
    def get_document(self, key: str) -> dict[str, Any] | None:
        """All properties of one Document, or None."""

    @abstractmethod
    def cited_by(self, key: str, limit: int = 500, offset: int = 0) -> list[dict[str, Any]]:
        """Documents citing `key`: key, symbol, title, date, locality, source, paths, relation, surface,
        snippet, start, end, count (graph.schema.LINK_COLS); undated last, the newest first, the same date by
        key (graph.schema.citer_rank). A page: the `limit` citers after the first `offset` of that order. The
        first pages of a densely cited document are read from its kept citers (graph/writes.py)."""

    def citers_of(self, keys: list[str], limit: int) -> dict[str, list[dict[str, Any]]]:
        """`cited_by(key, limit)` of each of `keys` that has citers, read together where the store can."""
        return {k: rows for k in dict.fromkeys(keys) if (rows := self.cited_by(k, limit))}

    @abstractmethod
    def citer_count(self, key: str) -> int:
        """How many documents cite `key` (the length of the whole cited-by list)."""

    @abstractmethod
    def cites(self, key: str, limit: int = 500) -> list[dict[str, Any]]:
        """Documents that `key` cites, same columns as cited_by."""

    @abstractmethod
    def documents(self, keys: list[str]) -> list[dict[str, Any]]:
        """Properties of the Documents with these keys (for identity resolution and the app)."""

    @abstractmethod
    def documents_with_symbols(self, symbols: list[str]) -> list[dict[str, Any]]:
        """key, symbol, date, year, scope, locality, is_stub of every Document carrying one of `symbols`."""

    @abstractmethod
    def agencies_of(self, keys: list[str]) -> dict[str, list[str]]:
        """For each of `keys` that has one: the names of its issuing agencies (ISSUED_BY), else of the
        agencies organising the events it reports (REPORTS → ORGANIZED_BY); distinct, sorted by name.
        Keys with neither are absent."""

    @abstractmethod
    def nodes(self, label: str) -> list[dict[str, Any]]:
        """Every node of a label, as property dicts (export, analytics)."""

    @abstractmethod
    def edges(self, rel_type: str) -> list[dict[str, Any]]:
        """Every relationship of a type: src, dst and its properties."""

    @abstractmethod
    def clear(self) -> None:
        """Delete every node and relationship (tests, and `citegraph ingest --fresh`)."""

    @abstractmethod
    def close(self) -> None:
        """Release the store."""

    def check(self) -> CheckReport:
        """Verify what the store can check cheaply about its own soundness (`citegraph check`)."""
        raise StoreError(f"{self.describe()} cannot be checked")

    def defer_search_index(self) -> None:
        """Stop keeping the search index at each write, until `finish_search_index` builds it again in one go (a
        large ingest: keeping it costs memory that grows with the store); searches read without it meanwhile.
        Stores whose search needs no upkeep of their own do nothing."""
        return

    def finish_search_index(self) -> None:
        """Build again the search index `defer_search_index` stopped keeping (nothing when it is kept)."""
        return

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def pick_agencies(rows: list[tuple[str, str | None, int]]) -> dict[str, list[str]]:
    """(key, agency name, rank) rows → key: the distinct names of its lowest rank (0 issuer, 1 organiser),
    sorted; shared by both stores' `agencies_of`."""
    found: dict[str, tuple[int, list[str]]] = {}
    for key, name, rank in sorted(rows, key=lambda r: (r[2], r[1] or "")):
        best, names = found.setdefault(key, (rank, []))
        if rank == best and name and name not in names:
            names.append(name)
    return {k: names for k, (_rank, names) in found.items() if names}


def open_store(db: str | None = None, neo4j_uri: str | None = None, read_only: bool = False) -> Store:
    """The store the user selected, what they named on the command line first: `--neo4j URI`, else `--db PATH`,
    else NEO4J_URI / the config file, else the embedded store at CITEGRAPH_DB / ./citegraph-data."""
    from graph.config import neo4j_settings

    kind, where = store_target(db, neo4j_uri)
    if kind == "neo4j":
        from graph.neo4j_store import Neo4jStore

        neo4j = neo4j_settings()
        return Neo4jStore(where, neo4j["user"], neo4j["password"])
    from graph.embedded_store import EmbeddedStore

    return EmbeddedStore(where, read_only=read_only)


def store_target(db: str | None = None, neo4j_uri: str | None = None) -> tuple[str, str]:
    """Which store `open_store` opens: ("neo4j", its URI) or ("embedded", its data folder)."""
    from graph.config import neo4j_settings

    uri = neo4j_uri or (None if db else neo4j_settings()["uri"])  # NEO4J_* from the environment, else the config file
    if uri:
        return "neo4j", uri
    return "embedded", db or os.environ.get("CITEGRAPH_DB") or DEFAULT_DB
