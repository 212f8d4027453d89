"""What a text says about its own document: title, date, locality; and the dates written in it."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

import regex

from loaders.model import DocumentInfo

_DATE = regex.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s*(?:/|-|\.)\s*(?P<m>\d{1,2})(?:\s*(?:/|-|\.)\s*(?P<y>\d{4}))?(?!\d)"
    r"|(?<!\d)(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:\s*(?:,\s*)?năm\s+(?P<y2>\d{4}))?(?!\d)"
    r"|(?<!\d)(?P<d3>\d{1,2})\s+Tháng\s+(?P<m3>\d{1,2})\s+(?P<y3>\d{4})(?!\d)"
    r"|(?<!\d)(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2})(?!\d)",
    regex.V1,
)


@dataclass
class FoundDate:
    start: int
    end: int
    day: int
    month: int
    year: int | None

    @property
    def full(self) -> bool:
        return self.year is not None

    @property
    def iso(self) -> str:
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def find_dates(text: str) -> list[FoundDate]:
    """Every calendar date written in `text`: 22/9/2023, 22-10-2018, 13 tháng 5 năm 2022, 2025-09-15, 6/8."""
    out = []
    for m in _DATE.finditer(text):
        g = m.groupdict()
        for d, mo, y in (("d", "m", "y"), ("d2", "m2", "y2"), ("d3", "m3", "y3"), ("d4", "m4", "y4")):
            if g[d]:
                day, month = int(g[d]), int(g[mo])
                year = int(g[y]) if g[y] else None
                break
        if not (1 <= day <= 31 and 1 <= month <= 12) or (year is not None and not 1900 <= year <= 2100):
            continue
        if year is None and not regex.search(r"(?i)ngày\s*$", text[max(0, m.start() - 6):m.start()]):
            continue  # "4/2015", "03/04" alone are too ambiguous without "ngày"
        out.append(FoundDate(m.start(), m.end(), day, month, year))
    return out


# A header date: "Thừa Thiên Huế, ngày 13 tháng 5 năm 2022", "Thứ sáu, 01 Tháng 4 2022 16:53",
# "PV - 03/04/2025 17:35", "date 2025-09-15".
_HEADER_DATE = regex.compile(
    r"(?:\p{Lu}[\p{L} .-]{1,40},\s*ngày\s+\d|Thứ\s+\p{L}+,\s*(?:Ngày\s+)?\d|\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}"
    r"|\bdate\s+\d{4}-\d{2}-\d{2}|Ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*$)",
    regex.V1 | regex.M,
)


def _own_date(text: str) -> str | None:
    """A date the text gives for itself in its first lines (dateline or publication stamp)."""
    head = text[:600]
    for m in _HEADER_DATE.finditer(head):
        dates = [d for d in find_dates(head[m.start():m.start() + 60]) if d.full]
        if dates:
            return dates[0].iso
    return None


def _title(text: str) -> str | None:
    from loaders.boilerplate import is_chrome

    for line in text.splitlines():
        s = " ".join(line.split())
        if len(s) >= 8 and not is_chrome(s) and not regex.match(r"^(?:Hệ thống pháp luật|date\s)", s):
            return s
    return None


def document_info(text: str, metadata: dict[str, Any] | None = None) -> DocumentInfo:
    """Title (metadata, else the first line of text), date (metadata, else the text's own dateline)
    and locality (metadata, else the province the text names most)."""
    from loaders.gazetteer import main_province

    metadata = metadata or {}
    text = unicodedata.normalize("NFC", text).replace("\u00d0", "\u0110")  # no offsets here
    return DocumentInfo(
        title=metadata.get("title") or _title(text),
        date=metadata.get("date") or _own_date(text),
        locality=metadata.get("locality") or main_province(text),
    )
