"""What a text says about its own document: title, date, locality (stub until the loaders issue lands)."""

from __future__ import annotations

from typing import Any

from loaders.model import DocumentInfo


def document_info(text: str, metadata: dict[str, Any] | None = None) -> DocumentInfo:
    """Title (the first non-empty line), date and locality, preferring the file's own metadata."""
    metadata = metadata or {}
    first = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return DocumentInfo(
        title=metadata.get("title") or first,
        date=metadata.get("date"),
        locality=metadata.get("locality"),
    )
