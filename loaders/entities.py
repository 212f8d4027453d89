"""Agencies, people and events around the citations (stub until the loaders issue lands)."""

from __future__ import annotations

from loaders.model import Agency, Event, Person


def find_entities(text: str, locality: str | None = None, date: str | None = None
                  ) -> tuple[list[Agency], list[Person], list[Event]]:
    """Agencies, persons and events named in `text`; `locality` is the province the text is about."""
    return [], [], []
