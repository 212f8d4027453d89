"""Calendar dates written in Vietnamese (and English) text: the one date grammar of the project.

Forms: ``22/10/2018``, ``22-10-2018``, ``22.10.2018`` (spaces around the separator allowed; ``6/4 năm 2022``
mixes the two ways), ``22 tháng 10
năm 2018`` (any case, ``năm`` optional, a comma before it allowed; a page that glues words prints ``30 tháng11
năm 2011``, ``năm2011``, ``tháng12năm 2020``; a misspelt ``06 thánh 5 năm 2005`` only with ``năm`` and the year),
``January 6, 2011``, ``6 January 2011``,
ISO ``2025-09-15``; a day and month without a year (``ngày 6/8``) read as ``--08-06``. A date is a calendar
date (31/02 is not) of a year between 1900 and 2100. Reference extraction (loaders/references.py), the
document's own date (loaders/document.py), events (loaders/events.py) and the resolver's citing date
(graph/resolve.py) all read dates here.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import lru_cache

import regex

from loaders.text import tone_free

MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december")
#: the English month names as one regex alternation, capitalised as printed ("May"; any case under (?i:))
MONTH_EN = "|".join(m.capitalize() for m in MONTHS_EN)
_SEP = r"\s*[/.-]\s*"
# "tháng", "năm" with any tone, or none, on their vowel: pages garble tones ("19 thạng 5 nặm 2018"); text stripped of
# every diacritic (old pages, OCR of scans) prints "ngay 25 thang 5 nam 2017".
_THANG, _NAM = tone_free("tháng"), tone_free("năm", bare=True)
# "tháng" misspelt with "nh" for its final "ng" ("ngày 06 thánh 5 năm 2005"): read as the month word only where a
# day before it and a month, "năm" and a four-digit year after it leave no other reading ("thánh" is also a word).
_THANG_MISSPELT = tone_free("thánh") + rf"(?=\s*\d{{1,2}}\s*,?\s+(?i:{_NAM})\s*\d{{4}}(?!\d))"

DATE_PATTERN = regex.compile(
    r"(?<![\d/])(?:"
    r"(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    rf"|(?P<d>\d{{1,2}}){_SEP}(?P<m>\d{{1,2}})(?:{_SEP}(?P<y>\d{{4}})|\s+(?i:{_NAM})\s+(?P<y5>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})\s+(?i:{_THANG}|{_THANG_MISSPELT})\s*(?P<m2>\d{{1,2}})(?:(?:\s*,?\s+(?:(?i:{_NAM})\s*)?|(?i:{_NAM})\s*)(?P<y2>\d{{4}}))?"
    rf"|(?P<mon>{MONTH_EN})\s+(?P<d3>\d{{1,2}}),?\s+(?P<y3>\d{{4}})"
    rf"|(?P<d4>\d{{1,2}})\s+(?P<mon4>{MONTH_EN}),?\s+(?P<y4>\d{{4}})"
    rf"|(?P<mon5>{MONTH_EN})\s+(?P<d5>\d{{1,2}})(?![\d,])"
    r")(?![\d/])", regex.V0)

# "ngày" (day) right before a date: what makes a day and month without a year a date ("ngày 6/8", not "4/2015");
# in English "on" or "dated" ("on March 22 signed …").
_NGAY_BEFORE = regex.compile(r"(?i)(?:" + tone_free("ngày") + r"|(?<![\p{L}])(?:on|dated))\s*$")
YEARS = (1900, 2100)


@dataclass(frozen=True)
class FoundDate:
    """A calendar date found in a text: its span, and day, month and year (None when not written)."""

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
        """'2018-10-22', or '--10-22' without a year."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@lru_cache(maxsize=1 << 12)
def _parts(written: str) -> tuple[int, int, int | None] | None:
    """(day, month, year) of a date as written; None when it is not a calendar date (dates repeat: cached)."""
    m = DATE_PATTERN.fullmatch(written)
    if m is None:
        return None
    if m.group("iy"):
        day, month, year = m.group("id"), m.group("im"), m.group("iy")
    elif m.group("mon"):
        day, month, year = m.group("d3"), MONTHS_EN.index(m.group("mon").lower()) + 1, m.group("y3")
    elif m.group("mon4"):
        day, month, year = m.group("d4"), MONTHS_EN.index(m.group("mon4").lower()) + 1, m.group("y4")
    elif m.group("mon5"):
        day, month, year = m.group("d5"), MONTHS_EN.index(m.group("mon5").lower()) + 1, None
    elif m.group("d2"):
        day, month, year = m.group("d2"), m.group("m2"), m.group("y2")
    else:
        day, month, year = m.group("d"), m.group("m"), m.group("y") or m.group("y5")
    day, month = int(day), int(month)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if year is None:
        return (day, month, None) if day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31) else None
    year = int(year)
    if not YEARS[0] <= year <= YEARS[1]:
        return None
    try:
        datetime.date(year, month, day)
    except ValueError:
        return None
    return day, month, year


def _found(m: regex.Match) -> FoundDate | None:
    parts = _parts(m.group())
    return FoundDate(m.start(), m.end(), *parts) if parts else None


def date_at(text: str, pos: int, end: int | None = None) -> FoundDate | None:
    """The date written right at `pos` (before `end`), or None."""
    m = DATE_PATTERN.match(text, pos, len(text) if end is None else end)
    return _found(m) if m else None


def after_ngay(text: str, date: FoundDate) -> bool:
    """Whether 'ngày' stands right before the date ('ngày 6/8')."""
    return bool(_NGAY_BEFORE.search(text, max(0, date.start - 6), date.start))


def find_dates(text: str, start: int = 0, end: int | None = None, *, day_month_alone: bool = False) -> list[FoundDate]:
    """Every calendar date in text[start:end], in order. A day and month without a year counts only after
    'ngày' ('ngày 6/8'; '4/2015' or '03/04' alone is too ambiguous), unless `day_month_alone`."""
    out = []
    for m in DATE_PATTERN.finditer(text, start, len(text) if end is None else end):
        found = _found(m)
        if found and (found.full or day_month_alone or after_ngay(text, found)):
            out.append(found)
    return out


def iso_date(written: str) -> str | None:
    """ISO form of a date written alone ('22/10/2018' → '2018-10-22'); None when it is not one."""
    parts = _parts(written.strip())
    if parts is None:
        return None
    return FoundDate(0, 0, *parts).iso
