"""Provinces and their aliases as data (loaders/data/provinces.tsv, from shared/data/provinces.tsv).

`find_provinces(text)` finds province names where the text marks them as places ("tỉnh Quảng Trị",
"Tỉnh ủy Quảng Trị", "TP.HCM"), so that bare words such as "Hòa Bình" (peace) or "Hồ Chí Minh"
(the man) are not taken for provinces.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

from loaders.text import fold

DATA = Path(__file__).resolve().parent / "data" / "provinces.tsv"

# Words that mark the following name as a province or centrally-run city.
PLACE_MARKERS = (
    "tỉnh", "Tỉnh", "thành phố", "Thành phố", "TP.", "TP", "Tp.", "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy",
    "Thành uỷ", "UBND tỉnh", "HĐND tỉnh", "Đảng bộ tỉnh", "Đảng bộ", "Công an tỉnh",
)


@dataclass(frozen=True)
class Province:
    name: str
    kind: str
    aliases: tuple[str, ...]
    region: str
    merged_into: str
    party_committee: str


@cache
def provinces() -> tuple[Province, ...]:
    """The 63 provinces before 1 July 2025, with the unit each became part of."""
    with DATA.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return tuple(
        Province(r["name"], r["kind"], tuple(a for a in r["aliases"].split(";") if a), r["region"],
                 r["merged_into"], r["party_committee"])
        for r in rows
    )


@cache
def _alias_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for p in provinces():
        for form in (p.name, *p.aliases):
            index.setdefault(fold(form), p.name)
    # The units since 1 July 2025 that are not a pre-2025 name (Huế).
    for p in provinces():
        index.setdefault(fold(p.merged_into), p.merged_into)
    return index


def canonical_province(name: str) -> str | None:
    """'Quang Tri', 'TP.HCM', 'Thừa Thiên - Huế' → the gazetteer's name; None when not a province."""
    return _alias_index().get(fold(name).strip(" .,;:"))


@cache
def _province_pattern() -> regex.Pattern[str]:
    forms = sorted({f for p in provinces() for f in (p.name, *p.aliases) if len(f) > 2}, key=len, reverse=True)
    markers = "|".join(regex.escape(m) for m in sorted(PLACE_MARKERS, key=len, reverse=True))
    names = "|".join(regex.escape(f) for f in forms)
    return regex.compile(rf"(?:(?:{markers})\s*)(?P<name>{names})(?!\p{{L}})", regex.V1)


def find_provinces(text: str) -> list[tuple[int, int, str]]:
    """(start, end, province name) of each province the text names as a place."""
    out = []
    for m in _province_pattern().finditer(text):
        name = canonical_province(m.group("name"))
        if name:
            out.append((m.start("name"), m.end("name"), name))
    return out


def main_province(text: str) -> str | None:
    """The province a text is about: the one it names most often as a place (first on ties)."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for start, _end, name in find_provinces(text):
        counts[name] = counts.get(name, 0) + 1
        first.setdefault(name, start)
    if not counts:
        return None
    return max(counts, key=lambda n: (counts[n], -first[n]))
