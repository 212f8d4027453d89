"""Plain dataclasses that flow through the pipeline: Source → Extraction.

`Extraction.to_contract()` gives the JSON object of `citegraph extract --jsonl`
(the contract in design.md); every span is a Python string index into `Source.text`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Source:
    """A document as read from disk: NFC-ready text plus what the file says about itself.

    metadata keys (all optional): title, date (ISO), url, locality, content_hash, format,
    encoding, encoding_confidence, publisher.
    """

    text: str
    path: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class Reference:
    """One numbered mention of a Party or State document."""

    start: int
    end: int
    surface: str
    family: str | None  # "party" | "state" | None when unknown
    doc_type: str | None  # type abbreviation: NQ, KL, CT, QĐi, NĐ, TT, ...
    number: str | None
    symbol: str | None  # canonical, or None when the text does not identify the document
    scope_locality: str | None = None  # province for local Party/State scopes (TU, HU, UBND ...)
    date: str | None = None  # ISO date stated next to the mention ("--MM-DD" without a year)
    issuer: str | None = None
    term: str | None = None  # roman numeral of the khóa
    short_form: bool = False
    relation: str | None = None  # implements / continues / reviews / basis / ... ; None = no cue
    title: str | None = None
    key: str | None = None  # graph key, set by identity resolution
    resolved_date: str | None = None  # issue date of the document meant, set by identity resolution

    def to_contract(self) -> dict[str, Any]:
        d = asdict(self)
        return d


@dataclass
class OtherReference:
    """A reference without a number: plenum and congress resolutions, named laws, the Constitution."""

    start: int
    end: int
    surface: str
    kind: str  # "plenum" | "congress" | "law" | "constitution" | ...
    plenum: int | None = None
    term: str | None = None
    relation: str | None = None


@dataclass
class DocumentRelation:
    """A relation between two cited documents stated by a title ("01-KL/TW ... về tiếp tục thực hiện 05-CT/TW")."""

    source_symbol: str
    target_symbol: str
    relation: str
    evidence: str = ""


@dataclass
class Agency:
    start: int
    end: int
    surface: str
    name: str
    locality: str | None = None
    kind: str | None = None  # party | state | mass | other


@dataclass
class Person:
    start: int
    end: int
    surface: str
    name: str
    role: str | None = None
    organization: str | None = None
    participant: bool = True


@dataclass
class Event:
    start: int
    end: int
    surface: str
    name: str
    date: str | None = None
    kind: str | None = None  # conference | contest | anniversary | campaign | training | other
    organizers: list[str] = field(default_factory=list)
    chairs: list[str] = field(default_factory=list)


@dataclass
class DocumentInfo:
    """What the text says about the document itself."""

    title: str | None = None
    date: str | None = None
    locality: str | None = None
    symbol: str | None = None


@dataclass
class Extraction:
    """Everything found in one document."""

    source: str
    document: DocumentInfo = field(default_factory=DocumentInfo)
    references: list[Reference] = field(default_factory=list)
    other_references: list[OtherReference] = field(default_factory=list)
    relations: list[DocumentRelation] = field(default_factory=list)
    agencies: list[Agency] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    text: str = ""  # the text as read; not part of the contract
    metadata: dict[str, Any] = field(default_factory=dict)  # Source.metadata; not part of the contract

    def to_contract(self) -> dict[str, Any]:
        """The JSON object that `citegraph extract --jsonl` prints for this document."""
        return {
            "source": self.source,
            "document": asdict(self.document),
            "references": [r.to_contract() for r in self.references],
            "other_references": [asdict(o) for o in self.other_references],
            "relations_between_documents": [asdict(r) for r in self.relations],
            "agencies": [asdict(a) for a in self.agencies],
            "persons": [asdict(p) for p in self.persons],
            "events": [asdict(e) for e in self.events],
            "errors": list(self.errors),
        }
