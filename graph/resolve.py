"""Identity resolution (stub until the graph issue lands)."""

from __future__ import annotations

from loaders.model import Extraction


def annotate(extraction: Extraction) -> Extraction:
    """Fill `key` and `resolved_date` of each reference from the text and the catalogue alone."""
    return extraction
