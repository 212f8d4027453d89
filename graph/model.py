"""The property-graph model of design.md as plain dataclasses, with deterministic keys.

Keys are pure functions of what identifies a thing, so re-ingesting changes nothing and two
documents that cite one resolution meet at one node:

- a central Party document: ``35-NQ/TW@2018``; a local one: ``02-NQ/TU@quang-tri@2021``;
- a State document with a year in its symbol: the symbol as printed (``15/2020/NĐ-CP``);
  without one: ``1234/QĐ-UBND@bac-giang@2020``;
- a year nobody can tell becomes ``unknown`` (a stub, never merged into a dated node);
- a citing article without a symbol of its own: ``article:`` + its url or path;
- agencies, persons, events: a prefix and the folded name (events add their date).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from loaders.grammar import PARTY_TYPES, STATE_TYPES
from loaders.text import fold, slug

UNKNOWN = "unknown"


def document_key(symbol: str, year: int | str | None, scope: str | None = None) -> str:
    """Key of a numbered document: the symbol, its scope's slug (local documents) and its year."""
    parts = [symbol]
    if scope:
        parts.append(slug(scope))
    parts.append(str(year) if year else UNKNOWN)
    return "@".join(parts)


def article_key(locator: str) -> str:
    """Key of a citing document known by its url or path, not by a symbol."""
    return "article:" + locator


@lru_cache(maxsize=1 << 14)
def agency_key(name: str) -> str:
    return "agency:" + slug(name)


@lru_cache(maxsize=1 << 14)
def person_key(name: str) -> str:
    return "person:" + slug(name)


def event_key(name: str, date: str | None) -> str:
    return "event:" + slug(name) + ("@" + date if date else "")


@dataclass
class DocumentNode:
    key: str
    symbol: str | None = None
    family: str | None = None  # party | state | article
    doc_type: str | None = None
    number: str | None = None
    scope: str | None = None  # issuer abbreviation after the slash / dash: TW, TU, CP, UBND ...
    locality: str | None = None
    date: str | None = None
    year: int | None = None
    term: str | None = None
    issuer: str | None = None
    title: str | None = None
    kind: str | None = None  # resolution / conclusion / directive / ... / article
    source: str | None = None  # path or url of the file it was read from (citing documents)
    text_hash: str | None = None
    is_stub: bool = True



@dataclass
class AgencyNode:
    key: str
    name: str
    kind: str | None = None
    level: str | None = None  # central | provincial | district | ...
    locality: str | None = None


@dataclass
class PersonNode:
    key: str
    name: str


@dataclass
class EventNode:
    key: str
    name: str
    kind: str | None = None
    date: str | None = None
    locality: str | None = None


@dataclass
class Cites:
    """(:Document)-[:CITES]->(:Document), with the provenance of its first mention."""

    src: str
    dst: str
    relation: str = "mentions"
    surface: str = ""
    snippet: str = ""
    start: int = 0
    end: int = 0
    count: int = 1


@dataclass
class Link:
    """Any other relationship: ISSUED_BY, MENTIONS, REPORTS, ORGANIZED_BY, CHAIRED_BY, HOLDS_ROLE, PART_OF."""

    type: str
    src: str
    dst: str
    props: dict[str, Any] = field(default_factory=dict)


REL_TYPES = ("CITES", "ISSUED_BY", "MENTIONS", "REPORTS", "ORGANIZED_BY", "CHAIRED_BY", "HOLDS_ROLE", "PART_OF")
NODE_LABELS = ("Document", "Agency", "Person", "Event")


@dataclass
class GraphBatch:
    """Nodes and edges to write together; `sources` are the citing documents whose outgoing edges
    this batch replaces (a changed file replaces its own edges and keeps everyone else's)."""

    documents: list[DocumentNode] = field(default_factory=list)
    agencies: list[AgencyNode] = field(default_factory=list)
    persons: list[PersonNode] = field(default_factory=list)
    events: list[EventNode] = field(default_factory=list)
    cites: list[Cites] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


#: type code → Vietnamese name (State names win: TT is Thông tư), so `nghi quyet 35` finds a stub
#: that has only a symbol
TYPE_NAMES: dict[str, str] = {**PARTY_TYPES, **STATE_TYPES}


def search_text(doc: dict[str, Any]) -> str:
    """The folded text that search matches, the same in every store: symbol first (so an exact symbol
    is a prefix), then the type's Vietnamese name, title, kind, issuer, locality."""
    parts = [doc.get("symbol"), TYPE_NAMES.get(doc.get("doc_type") or ""), doc.get("title"), doc.get("kind"),
             doc.get("issuer"), doc.get("locality")]
    return fold(" ".join(p for p in parts if p))


def merge_rule(label: str, old_stub: bool | None, new_stub: bool | None) -> str:
    """How an incoming node merges into a known one, the same in every store and inside a batch:
    "keep" — a stub never overwrites a real Document; "update" — a real Document's later non-null values
    win (a file read again updates its document); "fill" — otherwise what is known stays and the incoming
    values only fill what is missing, so the graph does not depend on how files were batched."""
    if label == "Document":
        if old_stub is False and new_stub is not False:
            return "keep"
        if new_stub is False:
            return "update"
    return "fill"


def merge_node(label: str, old: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """Merge an incoming node into a known one by `merge_rule`."""
    if old is None:
        return dict(new)
    rule = merge_rule(label, old.get("is_stub"), new.get("is_stub"))
    if rule == "keep":
        return dict(old)
    out = dict(old)
    out.update({k: v for k, v in new.items() if v is not None and (rule == "update" or out.get(k) is None)})
    return out
