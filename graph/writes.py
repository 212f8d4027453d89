"""How a batch changes a stored graph, the same in every store: `apply_batch(batch, tx)`. Each store gives the
primitive reads and writes of one open transaction (`StoreTx`); what to create, update and delete is decided
here.

Provenance: what a read document's text gave goes when the document is read again (and gives something
else) or is retracted, and nothing anyone else gave goes with it.
- A document's own edges (those that leave it) are its own: replaced when it is read again.
- Edges between other things (a cited stub's ISSUED_BY, a title's CITES between two cited documents, an
  event's ORGANIZED_BY / CHAIRED_BY, a person's HOLDS_ROLE) may come from many documents. Each read document
  lists those it gave in its `produced` property (`schema.edge_id`: "TYPE<tab>src<tab>dst"); each such edge
  counts the documents that gave it in `support`. Reading a document again or retracting it takes its
  counts back; an edge whose count falls to 0 goes. (Counts, not lists of documents, on the edges: one
  resolution's ISSUED_BY is given by every article that cites it.)
- A stub, agency, person or event that is left without any edge goes too: nothing references it any more.
- Edges written without provenance (an RDF import, a batch without `sources`) have no `support` and are
  never taken back.
- Citations that the batch settles again (`batch.redirects`, docs/keys.md: of an `@unknown` stub it dates, or
  of a namesake it brings another one of) move to the document they now mean with their support counts, the
  documents that gave them renaming them in `produced`.
- A path that now holds another document is taken out of its old document's `paths`; a retracted document
  loses its files, and is deleted, or becomes a stub again when other documents still cite it.

Kept citers (`CitedByPage`, graph/schema.py): a document cited by more than `CiterPages.dense` documents keeps
its citer count and its first `CiterPages.keep` citers in cited-by order, so that the first pages of
`Store.cited_by` read those keys instead of sorting every citer. Every batch ends by bringing them up to date
(`_keep_citer_pages`) from what it changed: citations created and deleted (redirects included), citers' dates
written, documents deleted. A kept list is always an exact prefix of the full order: a new citer that sorts
before its last key (or any new citer, while the list holds every citer) is merged in, a removed one is taken
out, a re-dated one is both; a list left shorter than half its length is read again from the store, and a
document that crosses the threshold is read once (rare: the store sorts its citers then).
"""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from typing import Any, Protocol

from graph.model import NODE_LABELS, UNKNOWN, GraphBatch, merge_node
from graph.schema import (
    CITERS_LABEL,
    FILE_LABEL,
    OWNED_TYPES,
    PRODUCED,
    REL_SCHEMA,
    REL_TYPES,
    SUPPORT,
    TABLES,
    citer_rank,
    edge_id,
    node_columns,
    parse_edge_id,
)
from graph.store import StoreError, WriteSummary

log = logging.getLogger(__name__)

Pair = tuple[str, str]
#: what an `@unknown` stub's mentions say of the document, which a moved stub gives the dated one (`_redirect`)
_MOVED_FIELDS = ("title", "issuer", "kind")
EdgeKey = tuple[str, str, str]  # (type, src, dst)


class StoreTx(Protocol):
    """The primitive operations of one store transaction (each chunks its work as its engine needs).
    Node rows carry every column of `schema.TABLES[label]` except `search` (the store derives it); edge
    rows carry the type's model properties and `support`."""

    def read_nodes(self, label: str, keys: list[str]) -> dict[str, dict[str, Any]]: ...
    def existing(self, label: str, keys: list[str]) -> set[str]: ...
    def create_nodes(self, label: str, rows: list[dict[str, Any]]) -> None: ...
    def update_nodes(self, label: str, rows: list[dict[str, Any]]) -> None: ...
    def delete_nodes(self, label: str, keys: list[str]) -> None: ...
    def read_edges(self, rel: str, pair: Pair, edges: list[Pair]) -> dict[Pair, dict[str, Any]]: ...
    def out_edges(self, rel: str, pair: Pair, srcs: list[str]) -> dict[Pair, dict[str, Any]]: ...
    def create_edges(self, rel: str, pair: Pair, rows: dict[Pair, dict[str, Any]]) -> None: ...
    def update_edges(self, rel: str, pair: Pair, rows: dict[Pair, dict[str, Any]]) -> None: ...
    def delete_edges(self, rel: str, pair: Pair, edges: list[Pair]) -> None: ...
    def degrees(self, label: str, keys: list[str]) -> dict[str, int]: ...
    def citer_counts(self, keys: list[str]) -> dict[str, int]: ...
    def newest_citers(self, key: str, limit: int) -> list[tuple[str, str | None]]: ...


@dataclasses.dataclass
class CiterPages:
    """Which documents keep their first citers in order (`CitedByPage`) and how many: `dense` citers make a
    document keep `keep` of them (a few of the app's pages); one left with fewer than `dense // 2` citers stops."""

    dense: int = 1000
    keep: int = 200


@dataclasses.dataclass
class _Edge:
    props: dict[str, Any]
    givers: list[str]  # read documents of the batch that gave it, other than its own source


def _incoming_nodes(batch: GraphBatch) -> dict[str, dict[str, dict[str, Any]]]:
    """label → key → properties, merged inside the batch by the stores' rule."""
    items = {"Document": batch.documents, "Agency": batch.agencies, "Person": batch.persons,
             "Event": batch.events, FILE_LABEL: batch.files}
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for label, nodes in items.items():
        names = [name for name, _ in TABLES[label]] if label == FILE_LABEL else node_columns(label)
        merged: dict[str, dict[str, Any]] = {}
        for n in nodes:
            props = {name: getattr(n, name) for name in names}
            old = merged.get(props["key"])
            merged[props["key"]] = props if old is None else merge_node(label, old, props)
        out[label] = merged
    return out


def _incoming_edges(batch: GraphBatch, sources: set[str]) -> dict[EdgeKey, _Edge]:
    """(type, src, dst) → properties and givers; one edge per (type, src, dst), the last one sent wins."""
    edges: dict[EdgeKey, _Edge] = {}

    def add(rel: str, src: str, dst: str, props: dict[str, Any], given_by: list[str]) -> None:
        givers = [s for s in given_by if s != src and s in sources]
        old = edges.get((rel, src, dst))
        if old:
            givers = list(dict.fromkeys(old.givers + givers))
        edges[(rel, src, dst)] = _Edge(props, givers)

    cites_props = [name for name, _ in REL_SCHEMA["CITES"][1]]
    for c in batch.cites:
        add("CITES", c.src, c.dst, {p: getattr(c, p) for p in cites_props}, c.sources)
    for link in batch.links:
        if link.type not in REL_SCHEMA:
            raise StoreError(f"unknown relationship type {link.type!r}; the model has {', '.join(REL_TYPES)}")
        add(link.type, link.src, link.dst, {p: link.props.get(p) for p, _ in REL_SCHEMA[link.type][1]},
            link.sources)
    return edges


class _Plan:
    """One batch applied to one transaction."""

    def __init__(self, batch: GraphBatch, tx: StoreTx) -> None:
        self.tx = tx
        self.summary = WriteSummary()
        self.sources = list(dict.fromkeys(batch.sources))
        source_set = set(self.sources)
        self.retracted = [k for k in dict.fromkeys(batch.retracted) if k not in source_set]
        self.nodes = _incoming_nodes(batch)
        self.edges = _incoming_edges(batch, source_set)
        self.labels: dict[str, str] = {}  # key → label, of every node known to exist (or to be created)
        self.created: set[str] = set()
        self.redirects = batch.redirects
        self.deleted_ends: set[str] = set()  # ends of deleted edges: maybe left with nothing

    # -- the steps -----------------------------------------------------------------------------

    def run(self) -> WriteSummary:
        docs = self.tx.read_nodes("Document", list(dict.fromkeys(
            [*self.nodes["Document"], *self.sources, *self.retracted])))
        gone = [k for k in [*self.sources, *self.retracted] if k in docs]  # what they gave before is taken back
        delta = Counter()
        produced: dict[str, list[str]] = {s: [] for s in self.sources}
        for key, e in self.edges.items():
            for giver in e.givers:
                produced[giver].append(edge_id(*key))
        for ids in produced.values():
            delta.update(ids)
        for key in gone:
            delta.subtract(docs[key].get(PRODUCED) or [])
        self._write_nodes(docs, produced)
        self._write_files(docs)
        self._check_edge_ends()
        own_old = self._own_edges(gone)
        self._write_edges(delta)
        self._take_back(delta, own_old)
        self._redirect()
        self._retract(docs)
        self._delete_orphans()
        return self.summary

    def _write_nodes(self, docs: dict[str, dict[str, Any]], produced: dict[str, list[str]]) -> None:
        for label in NODE_LABELS:
            incoming = self.nodes[label]
            stored = docs if label == "Document" else self.tx.read_nodes(label, list(incoming))
            new, changed = [], []
            names = [name for name, _ in TABLES[label] if name != "search"]
            for key, props in incoming.items():
                old = stored.get(key)
                merged = props if old is None else merge_node(label, old, props)
                row = {name: merged.get(name) for name in names}
                if label == "Document":
                    row[PRODUCED] = sorted(produced[key]) or None if key in produced else (old or {}).get(PRODUCED)
                self.labels[key] = label
                if old is None:
                    new.append(row)
                elif row != old:
                    changed.append(row)
            self._create(label, new)
            self._update(label, changed)
            if label == "Document":
                docs.update({row["key"]: row for row in [*new, *changed]})
            self.labels.update({k: label for k in stored})

    def _write_files(self, docs: dict[str, dict[str, Any]]) -> None:
        """Record where documents were read from; a path that held another document leaves its `paths`;
        a retracted document's files are forgotten."""
        files = self.nodes[FILE_LABEL]
        retracted = {k for k in self.retracted if k in docs}
        their_paths = [p for k in retracted for p in docs[k].get("paths") or [] if p not in files]
        stored = self.tx.read_nodes(FILE_LABEL, list(dict.fromkeys([*files, *their_paths])))
        moved: dict[str, set[str]] = {}
        for path, row in files.items():
            old = stored.get(path)
            if old and old["document"] != row["document"]:
                moved.setdefault(old["document"], set()).add(path)
        self._create(FILE_LABEL, [row for path, row in files.items() if path not in stored])
        self._update(FILE_LABEL, [row for path, row in files.items() if path in stored and stored[path] != row])
        forget = [p for p in their_paths if p in stored and stored[p]["document"] in retracted]
        if forget:
            self.tx.delete_nodes(FILE_LABEL, forget)
        owners = [k for k in moved if k not in retracted]
        missing = [k for k in owners if k not in docs]
        docs.update(self.tx.read_nodes("Document", missing))
        changed = []
        for key in owners:
            if key not in docs:
                continue
            row = dict(docs[key])
            row["paths"] = [p for p in row.get("paths") or [] if p not in moved[key]] or None
            if row.get("source") in moved[key]:
                row["source"] = (row["paths"] or [None])[-1]
            if row != docs[key]:
                changed.append(row)
                docs[key] = row
        self._update("Document", changed)

    def _check_edge_ends(self) -> None:
        """Learn the labels of edge ends not in the batch; drop edges whose ends are missing or of the wrong kind."""
        self._learn_labels({k for key in self.edges for k in key[1:]})
        dropped = [key for key in self.edges if self._pair(key) is None]
        for key in dropped:
            del self.edges[key]
        if dropped:
            log.warning("dropped %d edges whose ends are not in the graph or of the wrong kind", len(dropped))

    def _own_edges(self, gone: list[str]) -> dict[EdgeKey, dict[str, Any]]:
        """The stored edges that leave the documents whose earlier contributions are taken back."""
        out: dict[EdgeKey, dict[str, Any]] = {}
        if not gone:
            return out
        for rel in OWNED_TYPES:
            for pair in REL_SCHEMA[rel][0]:
                for (src, dst), props in self.tx.out_edges(rel, pair, gone).items():
                    out[(rel, src, dst)] = props
                    self.labels.setdefault(dst, pair[1])
        return out

    def _write_edges(self, delta: Counter) -> None:
        """Create or update every incoming edge; counted edges take the batch's change of count."""
        by_pair: dict[tuple[str, Pair], list[Pair]] = {}
        for key in self.edges:
            if key[1] not in self.created and key[2] not in self.created:
                by_pair.setdefault((key[0], self._pair(key)), []).append(key[1:])
        stored: dict[EdgeKey, dict[str, Any]] = {}
        for (rel, pair), ends in by_pair.items():
            stored.update({(rel, *ends_): props for ends_, props in self.tx.read_edges(rel, pair, ends).items()})
        new: dict[tuple[str, Pair], dict[Pair, dict[str, Any]]] = {}
        changed: dict[tuple[str, Pair], dict[Pair, dict[str, Any]]] = {}
        for key, e in self.edges.items():
            old = stored.get(key)
            support = (old or {}).get(SUPPORT)
            if (key_id := edge_id(*key)) in delta:
                total = (support or 0) + delta.pop(key_id)
                support = total if total > 0 else None  # None: only its own source gives it
            row = {**e.props, SUPPORT: support}
            group = (key[0], self._pair(key))
            if old is None:
                new.setdefault(group, {})[key[1:]] = row
            elif row != old:
                changed.setdefault(group, {})[key[1:]] = row
        for (rel, pair), rows in new.items():
            self.tx.create_edges(rel, pair, rows)
            self.summary.edges_created += len(rows)
            self.summary.by_label[rel] = self.summary.by_label.get(rel, 0) + len(rows)
        for (rel, pair), rows in changed.items():
            self.tx.update_edges(rel, pair, rows)
            self.summary.edges_updated += len(rows)

    def _take_back(self, delta: Counter, own_old: dict[EdgeKey, dict[str, Any]]) -> None:
        """Delete the old own edges the batch does not send again (unless other documents gave them too), and
        take back the counts of the counted edges it does not send again."""
        doomed: dict[tuple[str, Pair], list[Pair]] = {}
        for key, props in own_old.items():
            if key not in self.edges and not props.get(SUPPORT):
                doomed.setdefault((key[0], self._pair(key)), []).append(key[1:])
        counted = {parse_edge_id(i): n for i, n in delta.items() if n}
        self._learn_labels({k for key in counted for k in key[1:]})
        by_pair: dict[tuple[str, Pair], list[Pair]] = {}
        for key in counted:
            if (pair := self._pair(key)) is not None:
                by_pair.setdefault((key[0], pair), []).append(key[1:])
        for (rel, pair), ends in by_pair.items():
            lower = {}
            for e, props in self.tx.read_edges(rel, pair, ends).items():
                support = (props.get(SUPPORT) or 0) + counted[(rel, *e)]
                if support > 0:
                    lower[e] = {**props, SUPPORT: support}
                else:
                    doomed.setdefault((rel, pair), []).append(e)
            if lower:
                self.tx.update_edges(rel, pair, lower)
                self.summary.edges_updated += len(lower)
        for (rel, pair), ends in doomed.items():
            ends = list(dict.fromkeys(ends))
            self.tx.delete_edges(rel, pair, ends)
            self.summary.edges_deleted += len(ends)
            self.deleted_ends.update(k for e in ends for k in e)

    def _redirect(self) -> None:
        """Earlier citations that the batch settles again (`Redirect`: of an `@unknown` stub it dates, or of a
        namesake it brings a later one of) move to the document they now mean: each edge keeps its properties and
        its support count (added to an edge already there), the documents that gave it name the moved edge in
        `produced`, and a stub left without any edge goes. All redirects of the batch are read and written
        together (a few queries a batch, not a few a stub)."""
        if not self.redirects:
            return
        pair = ("Document", "Document")
        whole = {r.stub: r.target for r in self.redirects if r.whole}  # every edge of these moves with them
        to = {(s, r.stub): r.target for r in self.redirects for s in r.sources}
        moving = self.tx.read_edges("CITES", pair, list(to))
        if whole:
            moving.update(self.tx.out_edges("CITES", pair, list(whole)))
        if not moving:
            return
        renamed = {e: (whole.get(e[0], e[0]), to.get(e) or whole.get(e[1], e[1])) for e in moving}
        there = self.tx.read_edges("CITES", pair, list(dict.fromkeys(
            n for n in renamed.values() if n[0] != n[1])))
        new: dict[Pair, dict[str, Any]] = {}
        changed: dict[Pair, dict[str, Any]] = {}
        for e, n in renamed.items():
            if n[0] == n[1]:
                continue  # the stub's relation to the document it now is: none
            old = changed.get(n) or there.get(n) or new.get(n)
            row = moving[e] if old is None else {**old, SUPPORT: _added(old.get(SUPPORT), moving[e].get(SUPPORT))}
            (changed if n in there else new)[n] = row
        self.tx.delete_edges("CITES", pair, list(moving))
        self.summary.edges_deleted += len(moving)
        if new:
            self.tx.create_edges("CITES", pair, new)
            self.summary.edges_created += len(new)
        if changed:
            self.tx.update_edges("CITES", pair, changed)
            self.summary.edges_updated += len(changed)
        ids = {edge_id("CITES", *e): edge_id("CITES", *n) for e, n in renamed.items() if n[0] != n[1]}
        gone = {edge_id("CITES", *e) for e, n in renamed.items() if n[0] == n[1]}
        givers = []
        sources = list(dict.fromkeys(s for r in self.redirects for s in r.sources))
        for row in self.tx.read_nodes("Document", sources).values():
            produced = row.get(PRODUCED) or []
            if set(produced) & (ids.keys() | gone):
                rewritten = {ids.get(i, i) for i in produced if i not in gone}
                givers.append({**row, PRODUCED: sorted(rewritten) or None})
        self._update("Document", givers)
        left = {r.stub for r in self.redirects}
        moved = {k for e in moving for k in e if k in left}
        for r in self.redirects:
            if r.stub in moved:
                self.labels[r.stub] = self.labels[r.target] = "Document"
                self.deleted_ends.add(r.stub)
        # A dated document this batch created was named undated by the texts of an earlier batch first: as in one
        # batch, where the first mention's values are the stub's and a read document's own values win, the moved
        # stub's title, issuer and kind are its own (a read document's: where its text gives none).
        fresh = {r.stub: r.target for r in self.redirects
                 if r.stub in moved and r.target in self.created and r.stub.endswith("@" + UNKNOWN)}
        if fresh:
            rows = self.tx.read_nodes("Document", list(dict.fromkeys([*fresh, *fresh.values()])))
            changed_rows = []
            for s, t in fresh.items():
                if s not in rows or t not in rows:
                    continue
                row = dict(rows[t])
                for name in _MOVED_FIELDS:
                    if rows[s].get(name) is not None and (rows[t].get("is_stub") or row.get(name) is None):
                        row[name] = rows[s][name]
                if row != rows[t]:
                    changed_rows.append(row)
            self._update("Document", changed_rows)

    def _retract(self, docs: dict[str, dict[str, Any]]) -> None:
        """Retracted documents: deleted, or stubs again while other documents still cite them."""
        keys = [k for k in self.retracted if k in docs]
        if not keys:
            return
        degrees = self.tx.degrees("Document", keys)
        gone = [k for k in keys if not degrees.get(k)]
        if gone:
            self.tx.delete_nodes("Document", gone)
            self._deleted("Document", len(gone))
        stubs = []
        for k in keys:
            if degrees.get(k):
                row = {**docs[k], "is_stub": True, "paths": None, "text_hash": None, "source": None, PRODUCED: None}
                if row != docs[k]:
                    stubs.append(row)
        self._update("Document", stubs)

    def _delete_orphans(self) -> None:
        """Stubs, agencies, persons and events that the deleted edges left without any edge."""
        by_label: dict[str, list[str]] = {}
        for key in self.deleted_ends - set(self.retracted):
            if (label := self.labels.get(key)) is not None:
                by_label.setdefault(label, []).append(key)
        for label, keys in by_label.items():
            degrees = self.tx.degrees(label, keys)
            lonely = [k for k in keys if k in degrees and degrees[k] == 0]
            if label == "Document" and lonely:
                rows = self.tx.read_nodes("Document", lonely)
                lonely = [k for k in lonely if rows.get(k, {}).get("is_stub") is not False]
            if lonely:
                self.tx.delete_nodes(label, lonely)
                self._deleted(label, len(lonely))

    # -- helpers -------------------------------------------------------------------------------

    def _learn_labels(self, keys: set[str]) -> None:
        missing = [k for k in keys if k not in self.labels]
        for label in NODE_LABELS:
            if not missing:
                return
            for k in self.tx.existing(label, missing):
                self.labels[k] = label
            missing = [k for k in missing if k not in self.labels]

    def _pair(self, key: EdgeKey) -> Pair | None:
        pair = (self.labels.get(key[1]), self.labels.get(key[2]))
        return pair if pair in REL_SCHEMA[key[0]][0] else None  # type: ignore[return-value]

    def _create(self, label: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        self.tx.create_nodes(label, rows)
        if label in NODE_LABELS:
            self.created.update(row["key"] for row in rows)
            self.summary.nodes_created += len(rows)
            self.summary.by_label[label] = self.summary.by_label.get(label, 0) + len(rows)

    def _update(self, label: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        self.tx.update_nodes(label, rows)
        if label in NODE_LABELS:
            self.summary.nodes_updated += len(rows)

    def _deleted(self, label: str, n: int) -> None:
        self.summary.nodes_deleted += n
        self.summary.deleted_by_label[label] = self.summary.deleted_by_label.get(label, 0) + n


def _added(a: int | None, b: int | None) -> int | None:
    """Two support counts together (None: an edge only its own source gives)."""
    return None if a is None and b is None else (a or 0) + (b or 0)


class _FreshTx:
    """A StoreTx over a store that was empty when its transaction began (a fresh store's first batch, the bulk
    path): nothing is read back. Every read the plan makes then asks about keys this transaction has not
    written yet (a node is read before it is created, an edge only when an end was not created here), which
    an empty store does not hold: the answers are empty without a query, and the writes are those the
    plan makes on any store, so the stored graph is the same (tests/test_bulk_load.py compares them)."""

    def __init__(self, tx: StoreTx) -> None:
        self.tx = tx

    def read_nodes(self, label: str, keys: list[str]) -> dict[str, dict[str, Any]]:
        return {}

    def existing(self, label: str, keys: list[str]) -> set[str]:
        return set()

    def read_edges(self, rel: str, pair: Pair, edges: list[Pair]) -> dict[Pair, dict[str, Any]]:
        return {}

    def out_edges(self, rel: str, pair: Pair, srcs: list[str]) -> dict[Pair, dict[str, Any]]:
        return {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tx, name)  # the writes, and `degrees` (never needed: nothing is deleted)


class _CitersTx:
    """A StoreTx that notes what a batch changes about who cites whom: CITES edges created and deleted (the
    first and the last thing done to each), the dates of the Documents it writes, the Documents it deletes."""

    def __init__(self, tx: StoreTx) -> None:
        self.tx = tx
        self.first: dict[Pair, bool] = {}  # CITES edge → whether the first thing done to it was to create it
        self.last: dict[Pair, bool] = {}  # … and the last
        self.dates: dict[str, str | None] = {}  # Document → the date last written
        self.updated: set[str] = set()
        self.deleted: set[str] = set()

    def _edges(self, rel: str, edges: Any, created: bool) -> None:
        if rel == "CITES":
            for e in edges:
                self.first.setdefault(e, created)
                self.last[e] = created

    def create_edges(self, rel: str, pair: Pair, rows: dict[Pair, dict[str, Any]]) -> None:
        self.tx.create_edges(rel, pair, rows)
        self._edges(rel, rows, True)

    def delete_edges(self, rel: str, pair: Pair, edges: list[Pair]) -> None:
        self.tx.delete_edges(rel, pair, edges)
        self._edges(rel, edges, False)

    def create_nodes(self, label: str, rows: list[dict[str, Any]]) -> None:
        self.tx.create_nodes(label, rows)
        if label == "Document":
            self.dates.update((r["key"], r.get("date")) for r in rows)

    def update_nodes(self, label: str, rows: list[dict[str, Any]]) -> None:
        self.tx.update_nodes(label, rows)
        if label == "Document":
            self.dates.update((r["key"], r.get("date")) for r in rows)
            self.updated.update(r["key"] for r in rows)

    def delete_nodes(self, label: str, keys: list[str]) -> None:
        self.tx.delete_nodes(label, keys)
        if label == "Document":
            self.deleted.update(keys)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tx, name)


Citer = tuple[str, str | None]  # (key, date)


def _ordered(citers: list[Citer]) -> list[Citer]:
    return sorted(citers, key=lambda c: citer_rank(c[1], c[0]))


def _page_row(key: str, citers: int, kept: list[Citer]) -> dict[str, Any]:
    """A CitedByPage row (an undated citer's date kept as "": a list holds no nulls in Neo4j)."""
    return {"key": key, "citers": citers, "keys": [k for k, _ in kept], "dates": [d or "" for _, d in kept]}


def _kept(row: dict[str, Any]) -> list[Citer]:
    return [(k, d or None) for k, d in zip(row.get("keys") or [], row.get("dates") or [], strict=True)]


def merge_citers(kept: list[Citer], complete: bool, gone: set[str], new: list[Citer], keep: int) -> list[Citer]:
    """A kept prefix of the cited-by order after its document lost the citers `gone` and gained `new` (a
    re-dated citer is in both): what is left of it and the new citers that sort before its old last one (all
    of them while it held every citer, `complete`), at most `keep`. Every citer left out sorts after them,
    so the result is again an exact prefix."""
    left = [c for c in kept if c[0] not in gone]
    merged = _ordered(left + new)
    if not complete and kept:
        bound = citer_rank(kept[-1][1], kept[-1][0])
        merged = [c for c in merged if citer_rank(c[1], c[0]) <= bound]
    elif not complete:
        merged = []
    return merged[:keep]


def _keep_citer_pages(tx: _CitersTx, fresh: bool, pages: CiterPages) -> None:
    """Bring the kept citers (`CitedByPage`) of every document whose citers the batch changed up to date."""
    pair = ("Document", "Document")
    added = [e for e, created in tx.first.items() if created and tx.last[e]]
    removed = [e for e, created in tx.first.items() if not created and not tx.last[e]]
    gone: dict[str, set[str]] = {}
    new: dict[str, dict[str, str | None]] = {}
    for src, dst in removed:
        gone.setdefault(dst, set()).add(src)
    for src, dst in added:
        new.setdefault(dst, {})[src] = None
    redated: list[Pair] = []
    if not fresh and tx.updated:
        made = set(added)
        redated = [e for e in tx.out_edges("CITES", pair, sorted(tx.updated - tx.deleted)) if e not in made]
    if tx.deleted:
        tx.delete_nodes(CITERS_LABEL, sorted(tx.deleted))
    targets = sorted((gone.keys() | new.keys() | {d for _, d in redated}) - tx.deleted)
    if not targets:
        return
    stored = tx.read_nodes(CITERS_LABEL, targets)
    counts = Counter(d for _, d in added) if fresh else tx.citer_counts(
        [d for d in targets if d in stored or d in new])
    dates = dict(tx.dates)
    unknown = sorted({s for d in new for s in new[d]} - dates.keys())
    dates.update((k, row.get("date")) for k, row in tx.read_nodes("Document", unknown).items())
    moved: dict[str, set[str]] = {}
    for src, dst in redated:
        if dst in stored:
            moved.setdefault(dst, set()).add(src)
    create, update, drop, rebuild = [], [], [], []
    for key in targets:
        n = counts.get(key, 0)
        if key not in stored:
            if n > pages.dense:
                rebuild.append(key)
            continue
        if n < pages.dense // 2:
            drop.append(key)
            continue
        kept = _kept(stored[key])
        was = dict(kept)
        shifted = {s for s in moved.get(key, ()) if s not in was or was[s] != dates.get(s)}
        merged = merge_citers(kept, len(kept) == stored[key].get("citers"), gone.get(key, set()) | shifted,
                              [(s, dates.get(s)) for s in [*new.get(key, {}), *shifted]], pages.keep)
        if len(merged) < min(n, pages.keep // 2):
            rebuild.append(key)
        elif merged != kept or n != stored[key].get("citers"):
            update.append(_page_row(key, n, merged))
    for key in rebuild:
        citers = _ordered([(s, dates.get(s)) for s in new[key]]) if fresh else tx.newest_citers(key, pages.keep)
        (update if key in stored else create).append(_page_row(key, counts.get(key, 0), citers[:pages.keep]))
    if drop:
        tx.delete_nodes(CITERS_LABEL, drop)
    if create:
        tx.create_nodes(CITERS_LABEL, create)
    if update:
        tx.update_nodes(CITERS_LABEL, update)


def build_citer_pages(tx: StoreTx, pages: CiterPages, dense: list[tuple[str, int]]) -> int:
    """The kept citers of a store that has none yet (an older store opened for writing): `dense` the
    (document, citers) with more than `pages.dense` citers; returns how many documents keep them."""
    rows = [_page_row(key, n, tx.newest_citers(key, pages.keep)) for key, n in dense if n > pages.dense]
    if rows:
        tx.create_nodes(CITERS_LABEL, rows)
    return len(rows)


def apply_batch(batch: GraphBatch, tx: StoreTx, fresh: bool = False,
                pages: CiterPages | None = None) -> WriteSummary:
    """Apply `batch` in the open transaction `tx`: merge its nodes, replace what its `sources` gave before,
    take out its `retracted` documents, record its `files`, and delete what is left referenced by nothing;
    then bring the kept citers of dense documents up to date (`pages`, default `CiterPages()`).
    `fresh`: the store held nothing when the transaction began, so nothing is read back (`_FreshTx`)."""
    tracked = _CitersTx(_FreshTx(tx) if fresh else tx)
    summary = _Plan(batch, tracked).run()
    _keep_citer_pages(tracked, fresh, pages or CiterPages())
    return summary
