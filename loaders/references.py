"""Find numbered references (stub until the extraction engine lands)."""

from __future__ import annotations

from dataclasses import dataclass, field

from loaders.model import DocumentRelation, OtherReference, Reference


@dataclass
class Findings:
    references: list[Reference] = field(default_factory=list)
    other_references: list[OtherReference] = field(default_factory=list)
    relations: list[DocumentRelation] = field(default_factory=list)
    self_symbol: str | None = None  # the document's own "Số ..." header, not a reference


def find_references(text: str) -> Findings:
    """Every numbered reference in `text`, with spans into `text` exactly as given."""
    return Findings()
