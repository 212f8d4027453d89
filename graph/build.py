"""The graph rows of a resolved batch: documents, agencies, people, events and the edges between them.

`build_batch(extractions, store=...)` resolves every reference (graph.resolve) and builds the nodes and
edges to upsert, each with its deterministic key (graph.model).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any

from graph.catalogue import Catalogue, CatalogueEntry, default_catalogue, symbol_key, term_of
from graph.model import (
    UNKNOWN,
    AgencyNode,
    Cites,
    DocumentNode,
    EventNode,
    GraphBatch,
    Link,
    PersonNode,
    agency_key,
    event_key,
    merge_rule,
    person_key,
)
from graph.resolve import (
    ISO_DATE,
    KIND_BY_CATALOGUE_TYPE,
    MentionGroup,
    catalogue_entry,
    citing_key,
    document_locality,
    kind_of,
    localities,
    place,
    resolve_references,
    symbol_shape,
    text_hash,
    type_code,
    year_of,
)
from graph.store import Store
from loaders.model import Extraction, Reference
from loaders.text import fold

SENTENCE_END = re.compile(r"(?:[.!?…]+[\"”’)]*\s+(?=[\"“‘(]?[A-ZĐÀ-Ỹ0-9])|\n\s*)")
ABBREVIATION = re.compile(r"(?:\b(?:TP|Tp|TS|ThS|PGS|GS|BS|Th\.S|St|Q|P|Đ/c|đ/c)|\b[A-ZĐ])\.\s+$")
SNIPPET_REACH = 400


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the sentence holding text[start:end] (at most SNIPPET_REACH characters
    either side of the mention)."""
    lo = max(0, start - SNIPPET_REACH)
    s = lo
    for m in SENTENCE_END.finditer(text, lo, start):
        if not ABBREVIATION.search(text[max(0, m.end() - 8): m.end()]):
            s = m.end()
    e = min(len(text), end + SNIPPET_REACH)
    for m in SENTENCE_END.finditer(text, end, e):
        if not ABBREVIATION.search(text[max(0, m.end() - 8): m.end()]):
            e = m.start() + len(m.group(0).rstrip())
            break
    while s < start and text[s].isspace():
        s += 1
    while e > end and text[e - 1].isspace():
        e -= 1
    return s, e


def snippet(text: str, start: int, end: int) -> str:
    s, e = sentence_bounds(text, start, end)
    return text[s:e]


def _merge(label: str, old: Any, new: Any) -> Any:
    """`old` merged with `new` (same dataclass) by the stores' own rule (`graph.model.merge_rule`), so a batch
    of files gives the graph one write a file would, however the files were batched."""
    rule = merge_rule(label, getattr(old, "is_stub", None), getattr(new, "is_stub", None))
    if rule == "keep":
        return old
    for name in _field_names(type(old)):
        value = getattr(new, name)
        if value is not None and (rule == "update" or getattr(old, name) is None):
            setattr(old, name, value)
    return old


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _number(symbol: str) -> str | None:
    m = re.match(r"\d+\w*", symbol)
    return m.group(0) if m else None


def _key_year(key: str | None) -> int | None:
    last = (key or "").rsplit("@", 1)[-1]
    return int(last) if last.isdigit() else None


def _cited_node(refs: list[Reference], entry: CatalogueEntry | None, locality: str | None) -> DocumentNode:
    """A cited document as its mentions (and the catalogue, when it lists it) describe it: a stub."""
    ref = refs[0]
    symbol = entry.symbol if entry else ref.symbol or ""
    shape = symbol_shape(symbol)
    central = shape.family == "party" and not shape.local and not locality
    if entry:
        return DocumentNode(
            key=ref.key or "", symbol=symbol, family="party", doc_type=type_code(symbol), number=entry.number,
            scope=shape.scope, date=entry.date, year=entry.year, term=entry.term, issuer=entry.issuer,
            title=entry.title, kind=KIND_BY_CATALOGUE_TYPE.get(entry.doc_type), is_stub=True)
    stub = (ref.key or "").endswith("@" + UNKNOWN)  # one node for all that nobody can tell apart: no date
    date = None if stub else ref.resolved_date
    return DocumentNode(
        key=ref.key or "", symbol=symbol, family=ref.family or shape.family,
        doc_type=ref.doc_type or type_code(symbol), number=ref.number, scope=shape.scope, locality=locality,
        date=date, year=year_of(date) or shape.year or _key_year(ref.key),
        term=(ref.term or term_of(date)) if central and not stub else None,
        issuer=next((r.issuer for r in refs if r.issuer), None), title=next((r.title for r in refs if r.title), None),
        kind=next((k for r in refs if (k := kind_of(r.surface, r.doc_type, symbol))), None), is_stub=True)


def _is_central(node: DocumentNode) -> bool:
    shape = symbol_shape(node.symbol or "")
    return shape.family == "party" and (shape.scope or "").upper().endswith("TW") and not node.locality


def _is_local(node: DocumentNode) -> bool:
    return bool(node.locality) or (bool(node.symbol) and symbol_shape(node.symbol or "").local)


def relation_fits(source: DocumentNode | None, target: DocumentNode | None) -> bool:
    """Whether one cited document can implement, continue, amend … another, as a title or a passive
    clause of the text says: never one issued after it, and a central Party document never acts on a
    province's (the text's grammar then joined two clauses, not a document and its title)."""
    if source is None or target is None:
        return True
    if source.date and target.date and ISO_DATE.fullmatch(source.date) and ISO_DATE.fullmatch(target.date):
        if source.date < target.date:
            return False
    elif source.year and target.year and source.year < target.year:
        return False
    return not (_is_central(source) and _is_local(target))


@dataclass
class _BatchBuilder:
    catalogue: Catalogue
    documents: dict[str, DocumentNode] = field(default_factory=dict)
    agencies: dict[str, AgencyNode] = field(default_factory=dict)
    persons: dict[str, PersonNode] = field(default_factory=dict)
    events: dict[str, EventNode] = field(default_factory=dict)
    cites: dict[tuple[str, str], Cites] = field(default_factory=dict)
    links: dict[tuple[str, str, str], Link] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)

    def document(self, node: DocumentNode) -> None:
        old = self.documents.get(node.key)
        self.documents[node.key] = node if old is None else _merge("Document", old, node)

    def agency(self, name: str, locality: str | None = None, kind: str | None = None) -> str:
        key = agency_key(name)
        node = AgencyNode(key, name, kind, None, locality)
        if key in self.agencies:
            _merge("Agency", self.agencies[key], node)
        else:
            self.agencies[key] = node
        return key

    def person(self, name: str) -> str:
        key = person_key(name)
        self.persons.setdefault(key, PersonNode(key, name))
        return key

    def link(self, type_: str, src: str, dst: str, **props: Any) -> None:
        self.links.setdefault((type_, src, dst), Link(type_, src, dst, props))

    def add(self, ex: Extraction, groups: list[MentionGroup] | None = None) -> None:
        src = citing_key(ex)
        info = ex.document
        locality = document_locality(ex)
        shape = symbol_shape(info.symbol) if info.symbol and not src.startswith("article:") else None
        self.document(DocumentNode(
            key=src, symbol=info.symbol if shape else None, family=shape.family if shape else "article",
            doc_type=type_code(info.symbol) if shape else None,
            number=_number(info.symbol) if shape else None,
            scope=shape.scope if shape else None, locality=locality, date=info.date,
            year=(shape.year if shape else None) or year_of(info.date), title=info.title,
            kind=kind_of(None, None, info.symbol) or "document" if shape else "article",
            source=(ex.metadata or {}).get("url") or ex.source, text_hash=text_hash(ex), is_stub=False))
        if src not in self.sources:
            self.sources.append(src)
        self._citations(ex, src, groups)
        self._entities(ex, src, locality)

    def _citations(self, ex: Extraction, src: str, groups: list[MentionGroup] | None = None) -> None:
        """CITES from the document to each document it names, and between those its titles relate."""
        text = ex.text or ""
        where = localities(ex, groups)
        mine: dict[str, list[Reference]] = {}
        for ref in ex.references:
            if ref.symbol and ref.key and ref.key != src:
                mine.setdefault(ref.key, []).append(ref)
        for dst, refs in mine.items():
            first = refs[0]
            entry = catalogue_entry(self.catalogue, first)
            self.document(_cited_node(refs, entry, where.get(id(first))))
            shown = next((r for r in refs if r.relation), first)
            self.cites[(src, dst)] = Cites(src, dst, shown.relation or "mentions", shown.surface,
                                           snippet(text, shown.start, shown.end), shown.start, shown.end,
                                           len(refs))
            if entry:
                self.link("ISSUED_BY", dst, self.agency(entry.issuer, None, "party"))
        by_symbol = {symbol_key(r.symbol): r.key for r in ex.references if r.symbol and r.key}
        for rel in ex.relations:
            a, b = by_symbol.get(symbol_key(rel.source_symbol)), by_symbol.get(symbol_key(rel.target_symbol))
            if a and b and a != b and (a, b) not in self.cites and relation_fits(self.documents.get(a),
                                                                                  self.documents.get(b)):
                at = text.find(rel.evidence) if rel.evidence else -1
                start, end = (at, at + len(rel.evidence)) if at >= 0 else (0, 0)
                self.cites[(a, b)] = Cites(a, b, rel.relation or "mentions", rel.evidence,
                                           snippet(text, start, end) if at >= 0 else rel.evidence, start, end, 1)

    def _entities(self, ex: Extraction, src: str, locality: str | None) -> None:
        """Agencies, people and events the document names, and how they hang together."""
        named: dict[str, str] = {}  # folded name or surface → the agency's full name
        for ag in ex.agencies:
            self.link("MENTIONS", src, self.agency(ag.name, place(ag.locality) or None, ag.kind))
            named.setdefault(fold(ag.name), ag.name)
            named.setdefault(fold(ag.surface), ag.name)

        def agency_named(name: str) -> str:
            return self.agency(named.get(fold(name), name))

        for p in ex.persons:
            pk = self.person(p.name)
            self.link("MENTIONS", src, pk)
            if p.organization:
                self.link("HOLDS_ROLE", pk, agency_named(p.organization), title=p.role or "")
        for ev in ex.events:
            key = event_key(ev.name, ev.date)
            node = EventNode(key, ev.name, ev.kind, ev.date, locality)
            if key in self.events:
                _merge("Event", self.events[key], node)
            else:
                self.events[key] = node
            self.link("REPORTS", src, key)
            for org in ev.organizers:
                self.link("ORGANIZED_BY", key, agency_named(org))
            for chair in ev.chairs:
                self.link("CHAIRED_BY", key, self.person(chair))

    def batch(self) -> GraphBatch:
        return GraphBatch(list(self.documents.values()), list(self.agencies.values()),
                          list(self.persons.values()), list(self.events.values()),
                          list(self.cites.values()), list(self.links.values()), list(self.sources))


def build_batch(extractions: Iterable[Extraction], catalogue: Catalogue | None = None,
                store: Store | None = None) -> GraphBatch:
    """Resolve every reference of the batch (annotating them in place) against the catalogue, the
    batch itself and the store, and build the nodes and edges to upsert."""
    catalogue = catalogue or default_catalogue()
    extractions = [ex for ex in extractions if not ex.errors]
    groups = resolve_references(extractions, catalogue, store)
    builder = _BatchBuilder(catalogue)
    for ex in extractions:
        builder.add(ex, groups[id(ex)])
    return builder.batch()
