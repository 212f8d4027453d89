"""The property-graph model of design.md as plain dataclasses, with deterministic keys.

Keys are pure functions of what identifies a thing, so re-ingesting changes nothing, two documents that
cite one resolution meet at one node, and two things that only share a name stay apart (docs/keys.md):

- a central Party document: ``35-NQ/TW@2018``; a local one carries its province: ``02-NQ/TU@quang-tri@2021``;
- a State document with a year in its symbol: the symbol as printed (``15/2020/NĐ-CP``), a local one with
  its province (``12/2022/NQ-HĐND@quang-tri``); without a year: ``1234/QĐ-UBND@bac-giang@2020``;
- a year nobody can tell becomes ``unknown`` (a stub, never merged into a dated node);
- a citing article without a symbol of its own: ``article:`` + its canonical url, else the hash of its
  normalised text — never the path it was read from (paths are kept in `paths`);
- agencies, persons, events: a prefix, the folded name and, for local ones, the province
  (``agency:so-y-te@quang-tri``, ``person:nguyen-van-hung@quang-tri``; events add their date).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from loaders.text import fold, slug

UNKNOWN = "unknown"


def document_key(symbol: str, year: int | str | None, scope: str | None = None) -> str:
    """Key of a numbered document: the symbol, its scope's slug (local documents) and its year."""
    parts = [symbol]
    if scope:
        parts.append(slug(scope))
    parts.append(str(year) if year else UNKNOWN)
    return "@".join(parts)


def canonical_url(url: str | None) -> str | None:
    """A page's own address as an article's identity: `page_url` made https (a page served on both schemes
    is one article); None for anything else and for a site's front page."""
    page = page_url(url)
    return "https" + page[page.index(":"):] if page else None


def page_url(url: str | None) -> str | None:
    """A page's address as the article's source (shown and linked): http(s) only, host lowercased, fragment
    and trailing slash dropped, the scheme as served; None for anything else and for a site's front page
    (some sites print it as the canonical link of every article)."""
    if not url or not isinstance(url, str):
        return None
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    path = parts.path.rstrip("/")
    if not path and not parts.query:
        return None
    host = parts.hostname + (f":{parts.port}" if parts.port else "")
    return urlunsplit((scheme, host, path, parts.query, ""))


def normalised_text(text: str) -> str:
    """The text an article is identified by: NFC, every run of whitespace one space, no outer spaces (a copy
    saved in another encoding, with other line ends or decomposed accents is the same text)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


@lru_cache(maxsize=64)  # the citing key and the document row of one text ask one after the other
def text_hash(text: str) -> str:
    """SHA-256 of the normalised text (hex)."""
    return hashlib.sha256(normalised_text(text).encode("utf-8")).hexdigest()


def article_key(url: str | None, content_hash: str) -> str:
    """Key of a citing document known by its canonical url, else by the hash of its normalised text."""
    return "article:" + (canonical_url(url) or content_hash)


@lru_cache(maxsize=1 << 12)
def _place_slug(locality: str | None) -> str:
    where = slug(locality) if locality else ""
    return "@" + where if where else ""


_PROVINCE_WORD = re.compile(r"\s+(?:tinh|thanh pho|tp\.?)$")


@lru_cache(maxsize=1 << 14)
def agency_key(name: str, locality: str | None = None) -> str:
    """``agency:`` + the folded name; a local body (one with a province) without the province its name ends
    with ("Sở Y tế tỉnh Quảng Trị", "Sở Y tế Quảng Trị") and ``@`` + the province: ``agency:so-y-te@quang-tri``."""
    base = fold(name)
    where = _place_slug(locality)
    if where:
        place = fold(locality or "")
        if base.endswith(place) and len(base) > len(place):
            base = _PROVINCE_WORD.sub("", base[: -len(place)].rstrip(" ,-"))
    return "agency:" + (slug(base) or slug(name)) + where


@lru_cache(maxsize=1 << 14)
def person_key(name: str, locality: str | None = None) -> str:
    """``person:`` + the folded name, ``@`` + the province for a person known by a local role (or none)."""
    return "person:" + slug(name) + _place_slug(locality)


def event_key(name: str, date: str | None, locality: str | None = None) -> str:
    """``event:`` + the folded name, ``@`` + the province of a local event, ``@`` + its date."""
    return "event:" + slug(name) + _place_slug(locality) + ("@" + date if date else "")


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
    source: str | None = None  # read documents: the canonical url, else the latest path read from
    paths: list[str] | None = None  # read documents: every file path it was read from
    text_hash: str | None = None  # read documents: SHA-256 of the normalised text (`text_hash`)
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
    """(:Document)-[:CITES]->(:Document), with the provenance of its first mention; `sources`: the read
    documents whose text gave it (not stored as a property: see graph/writes.py)."""

    src: str
    dst: str
    relation: str = "mentions"
    surface: str = ""
    snippet: str = ""
    start: int = 0
    end: int = 0
    count: int = 1
    sources: list[str] = field(default_factory=list)


@dataclass
class Link:
    """Any other relationship: ISSUED_BY, MENTIONS, REPORTS, ORGANIZED_BY, CHAIRED_BY, HOLDS_ROLE, PART_OF;
    `sources` as for Cites."""

    type: str
    src: str
    dst: str
    props: dict[str, Any] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)


@dataclass
class SourceFile:
    """A file a document was read from: its absolute path (the key), the document and the hash of its bytes
    (a file read again with the same bytes is skipped without reading it)."""

    key: str
    document: str
    file_hash: str | None = None


REL_TYPES = ("CITES", "ISSUED_BY", "MENTIONS", "REPORTS", "ORGANIZED_BY", "CHAIRED_BY", "HOLDS_ROLE", "PART_OF")
NODE_LABELS = ("Document", "Agency", "Person", "Event")


@dataclass
class Redirect:
    """Citations that a later batch settles again (graph.resolve.redirects): of an `@unknown` stub it dates, or of
    a namesake it brings another one of. The CITES edges from `sources` to `stub` (the document cited so far)
    move to `target`, and with `whole` (every citation of the stub moves to it) also the stub's other CITES
    edges (a title's relations); graph/writes.py moves them with their support counts. One `stub` may have
    several, to several targets."""

    stub: str
    target: str
    sources: list[str] = field(default_factory=list)
    whole: bool = False


@dataclass
class GraphBatch:
    """Nodes and edges to write together.

    `sources`: the read documents this batch brings; everything each of them brought before is replaced
    by what the batch brings for it. `retracted`: read documents to take out with everything only they
    brought. `files`: where the batch's documents were read from (a path that held another document before
    no longer counts among that document's paths). `redirects`: earlier citations that the batch's dated
    documents settle again (of `@unknown` stubs, or of their namesakes)."""

    documents: list[DocumentNode] = field(default_factory=list)
    agencies: list[AgencyNode] = field(default_factory=list)
    persons: list[PersonNode] = field(default_factory=list)
    events: list[EventNode] = field(default_factory=list)
    cites: list[Cites] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    files: list[SourceFile] = field(default_factory=list)
    retracted: list[str] = field(default_factory=list)
    redirects: list[Redirect] = field(default_factory=list)


def merge_rule(label: str, old_stub: bool | None, new_stub: bool | None) -> str:
    """How an incoming node merges into a known one, the same in every store and inside a batch:
    "keep" — a stub never overwrites a real Document; "update" — a real Document's later non-null values
    win (a file read again updates its document), and a file's latest record wins; "fill" — otherwise what
    is known stays and the incoming values only fill what is missing, so the graph does not depend on how
    files were batched. List values (a document's paths) are always united."""
    if label == "SourceFile":
        return "update"
    if label == "Document":
        if old_stub is False and new_stub is not False:
            return "keep"
        if new_stub is False:
            return "update"
    return "fill"


def merged_value(rule: str, old: Any, new: Any) -> Any:
    """One property's value after a merge by `rule`."""
    if isinstance(old, list) or isinstance(new, list):
        return list(dict.fromkeys([*(old or []), *(new or [])])) or None
    if rule == "keep" or new is None or (rule == "fill" and old is not None):
        return old
    return new


def merge_node(label: str, old: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """Merge an incoming node into a known one by `merge_rule`."""
    if old is None:
        return dict(new)
    rule = merge_rule(label, old.get("is_stub"), new.get("is_stub"))
    out = dict(old)
    for k, v in new.items():
        out[k] = merged_value(rule, old.get(k), v)
    return out
