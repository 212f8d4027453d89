"""The graph rows of a resolved batch: documents, agencies, people, events and the edges between them.

`build_batch(extractions, store=...)` resolves every reference (graph.resolve) and builds the nodes and
edges to upsert, each with its deterministic key (graph.model, docs/keys.md), and with the read document
that gave it (`sources`), so that reading it again replaces exactly what it gave (graph/writes.py).

Places: an agency the text names without a province is placed by the extractor (loaders.agencies) in the
province the page is about, unless it is a central body; a person is placed in that province unless their
role or its organisation is central (graph/data/central_roles.txt); an event likewise, unless it is national
("toàn quốc") or only central bodies organise it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path
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
    merged_value,
    page_url,
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
    redirects,
    resolve_references,
    symbol_shape,
    text_hash,
    type_code,
    year_of,
)
from graph.store import Store
from loaders.agencies import find_agencies
from loaders.grammar import STATE_ISSUERS
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
    for m in reversed(list(SENTENCE_END.finditer(text, lo, start))):  # the last end that is no abbreviation
        if not ABBREVIATION.search(text[max(0, m.end() - 8): m.end()]):
            s = m.end()
            break
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
    was, incoming = old.__dict__, new.__dict__  # (plain dataclasses: their fields are their instance dicts)
    for name in _field_names(type(old)):
        value = incoming[name]
        if value is None:
            continue
        known = was[name]
        if isinstance(known, list) or isinstance(value, list):
            was[name] = merged_value(rule, known, value)
        elif rule != "keep" and (rule != "fill" or known is None):  # as merged_value has it
            was[name] = value
    return old


#: names of agencies, persons and events repeat from text to text: folded once
_fold_name = functools.lru_cache(maxsize=1 << 16)(fold)


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


CENTRAL_ROLES = Path(__file__).resolve().parent / "data" / "central_roles.txt"
NATIONAL_EVENT = re.compile(r"(?<!\w)(?:toan quoc|ca nuoc)(?!\w)")


@functools.cache
def _central_pattern() -> re.Pattern[str]:
    """The folded phrases of graph/data/central_roles.txt and the ministries' names, as one whole-word pattern."""
    lines = CENTRAL_ROLES.read_text(encoding="utf-8").splitlines()
    phrases = {fold(line) for line in lines if line.strip() and not line.startswith("#")}
    phrases |= {fold(name) for name in STATE_ISSUERS.values() if name.startswith("Bộ ")}
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


@functools.lru_cache(maxsize=1 << 14)
def central_role(role: str | None, organization: str | None = None) -> str | None:
    """The phrase that makes a role central ("Tổng Bí thư", "… Trung ương", "… Bộ Y tế"), else None."""
    m = _central_pattern().search(fold(" ".join(p for p in (role, organization) if p)))
    return m.group(0) if m else None


@functools.lru_cache(maxsize=1 << 14)
def placed_agency(name: str, locality: str | None) -> tuple[str, str | None, bool]:
    """(canonical name, province, central?) of an agency named in a text about `locality`, as the extractor
    names it: "Sở Y tế" → ("Sở Y tế tỉnh Quảng Trị", "Quảng Trị", False); "Bộ Y tế" → ("Bộ Y tế", None, True)."""
    found = find_agencies(name, locality)
    if len(found) == 1 and fold(found[0].surface) == fold(name.strip(" ,.;:")):
        ag = found[0]
        where = place(ag.locality) or None
        return ag.name, where, bool(locality) and not where
    return name, locality, False


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
    source_set: set[str] = field(default_factory=set)
    #: (edge, source) of every source in a link's or a citation's `sources` (a membership test a call, not a scan)
    given: set[tuple[tuple[str, ...], str]] = field(default_factory=set)

    def document(self, node: DocumentNode) -> None:
        old = self.documents.get(node.key)
        self.documents[node.key] = node if old is None else _merge("Document", old, node)

    def agency(self, name: str, locality: str | None = None, kind: str | None = None,
               level: str | None = None) -> str:
        key = agency_key(name, locality)
        node = AgencyNode(key, name, kind, level or ("local" if locality else None), locality)
        if key in self.agencies:
            _merge("Agency", self.agencies[key], node)
        else:
            self.agencies[key] = node
        return key

    def person(self, name: str, locality: str | None) -> str:
        key = person_key(name, locality)
        self.persons.setdefault(key, PersonNode(key, name))
        return key

    def link(self, type_: str, src: str, dst: str, source: str, **props: Any) -> None:
        """An edge that the read document `source` gives (its own when it leaves it)."""
        key = (type_, src, dst)
        link = self.links.get(key)
        if link is None:
            link = self.links[key] = Link(type_, src, dst, props)
        if (key, source) not in self.given:
            self.given.add((key, source))
            link.sources.append(source)

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
            source=page_url((ex.metadata or {}).get("url")) or ex.source, paths=[ex.source] if ex.source else None,
            text_hash=text_hash(ex), is_stub=False))
        if src not in self.source_set:
            self.source_set.add(src)
            self.sources.append(src)
        self._citations(ex, src, groups)
        self._entities(ex, src, locality)

    def cite(self, cites: Cites, source: str, own: bool = True) -> None:
        """A CITES edge that the read document `source` gives: its own citations carry their mention; a title's
        relation between two cited documents (`own` False) only adds `source` to an edge already there."""
        old = self.cites.get((cites.src, cites.dst))
        if old is not None and not own:
            cites = old
        elif old is not None:
            cites.sources = old.sources
        elif cites.sources:  # a new edge's own sources (none, as built here)
            self.given.update((("CITES", cites.src, cites.dst), s) for s in cites.sources)
        if (("CITES", cites.src, cites.dst), source) not in self.given:
            self.given.add((("CITES", cites.src, cites.dst), source))
            cites.sources.append(source)
        self.cites[(cites.src, cites.dst)] = cites

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
            self.cite(Cites(src, dst, shown.relation or "mentions", shown.surface,
                            snippet(text, shown.start, shown.end), shown.start, shown.end, len(refs)), src)
            if entry:
                self.link("ISSUED_BY", dst, self.agency(entry.issuer, None, "party", "central"), src)
        by_symbol = {symbol_key(r.symbol): r.key for r in ex.references if r.symbol and r.key}
        for rel in ex.relations:
            a, b = by_symbol.get(symbol_key(rel.source_symbol)), by_symbol.get(symbol_key(rel.target_symbol))
            if a and b and a != b and relation_fits(self.documents.get(a), self.documents.get(b)):
                at = text.find(rel.evidence) if rel.evidence else -1
                start, end = (at, at + len(rel.evidence)) if at >= 0 else (0, 0)
                self.cite(Cites(a, b, rel.relation or "mentions", rel.evidence,
                                snippet(text, start, end) if at >= 0 else rel.evidence, start, end, 1), src, own=False)

    def _entities(self, ex: Extraction, src: str, locality: str | None) -> None:
        """Agencies, people and events the document names, and how they hang together; each placed in the
        province the page is about unless it is central (see the module's docstring)."""
        named: dict[str, str] = {}  # folded name or surface → the agency's key
        for ag in ex.agencies:
            where = place(ag.locality) or None
            key = self.agency(ag.name, where, ag.kind, "central" if locality and not where else None)
            self.link("MENTIONS", src, key, src)
            named.setdefault(_fold_name(ag.name), key)
            named.setdefault(_fold_name(ag.surface), key)

        def agency_named(name: str) -> str:
            if key := named.get(_fold_name(name)):
                return key
            full, where, central = placed_agency(name, locality)
            return self.agency(full, where, None, "central" if central else None)

        central = {_fold_name(p.name) for p in ex.persons if central_role(p.role, p.organization)}
        people: dict[str, str] = {}  # folded name → key: one person per name in one text

        def person_named(name: str, organization: str | None = None) -> str:
            folded = _fold_name(name)
            if folded not in people:
                org = self.agencies[organization].locality if organization else None
                people[folded] = self.person(name, None if folded in central else org or locality)
            return people[folded]

        for p in ex.persons:
            org = agency_named(p.organization) if p.organization else None
            pk = person_named(p.name, org)
            self.link("MENTIONS", src, pk, src)
            if org:
                self.link("HOLDS_ROLE", pk, org, src, title=p.role or "")
        for ev in ex.events:
            orgs = [agency_named(org) for org in ev.organizers]
            national = bool(NATIONAL_EVENT.search(_fold_name(ev.name))) or (
                bool(orgs) and all(self.agencies[k].level == "central" for k in orgs))
            where = None if national else locality
            key = event_key(ev.name, ev.date, where)
            node = EventNode(key, ev.name, ev.kind, ev.date, where)
            if key in self.events:
                _merge("Event", self.events[key], node)
            else:
                self.events[key] = node
            self.link("REPORTS", src, key, src)
            for org in orgs:
                self.link("ORGANIZED_BY", key, org, src)
            for chair in ev.chairs:
                self.link("CHAIRED_BY", key, person_named(chair), src)

    def batch(self) -> GraphBatch:
        return GraphBatch(list(self.documents.values()), list(self.agencies.values()),
                          list(self.persons.values()), list(self.events.values()),
                          list(self.cites.values()), list(self.links.values()), list(self.sources))


def build_batch(extractions: Iterable[Extraction], catalogue: Catalogue | None = None,
                store: Store | None = None) -> GraphBatch:
    """Resolve every reference of the batch (annotating them in place) against the catalogue, the
    batch itself and the store, and build the nodes and edges to upsert, with the earlier `@unknown`
    citations of the store that the batch's dated documents settle (`graph.resolve.redirects`)."""
    catalogue = catalogue or default_catalogue()
    extractions = [ex for ex in extractions if not ex.errors]
    groups = resolve_references(extractions, catalogue, store)
    builder = _BatchBuilder(catalogue)
    for ex in extractions:
        builder.add(ex, groups[id(ex)])
    batch = builder.batch()
    if store is not None:
        batch.redirects = redirects(batch.documents, batch.sources, catalogue, store)
    return batch
