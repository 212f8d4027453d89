"""`extract(source) → Extraction`: the pure pipeline over one document's text (no I/O)."""

from __future__ import annotations

from loaders.document import document_info
from loaders.entities import find_entities
from loaders.model import Extraction, Source
from loaders.references import find_references


def extract(source: Source) -> Extraction:
    """Find references, the document's own title/date/locality/symbol, and the entities around them."""
    text = source.text
    found = find_references(text)
    info = document_info(text, source.metadata)
    if found.self_symbol and not info.symbol:
        info.symbol = found.self_symbol
    agencies, persons, events = find_entities(text, locality=info.locality, date=info.date,
                                              references=found.references)
    return Extraction(
        source=source.path or "",
        document=info,
        references=found.references,
        other_references=found.other_references,
        relations=found.relations,
        agencies=agencies,
        persons=persons,
        events=events,
        text=text,
        metadata=dict(source.metadata),
    )
