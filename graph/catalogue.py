"""The catalogue of known central Party documents (loaders/data/central-documents.tsv, one file for both packages).

Numbers restart every term, so a symbol alone names several documents: `lookup("18-NQ/TW")` gives
every candidate (date, issuer, term, plenum, title, source URL); identity resolution chooses among
them. `QĐ` and `QĐi` are one spelling family: sources print the Quy định 08-QĐi/TW as `08-QĐ/TW`.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path

from loaders.grammar import CATALOGUE as DATA
from loaders.text import fold

ISSUERS = ("Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư")
TYPE_CODES = {
    "Nghị quyết": ("NQ",), "Kết luận": ("KL",), "Chỉ thị": ("CT",), "Quy định": ("QĐi", "QĐ"),
    "Quyết định": ("QĐ", "QĐNS"), "Thông báo": ("TB",), "Hướng dẫn": ("HD",), "Quy chế": ("QC",), "Kế hoạch": ("KH",),
}

# First day of each term of the Party Central Committee: IX from the IXth Congress (April 2001),
# later terms from the first plenum of the new Central Committee.
TERM_STARTS = (
    ("IX", "2001-04-19"), ("X", "2006-04-25"), ("XI", "2011-01-19"), ("XII", "2016-01-28"),
    ("XIII", "2021-02-01"), ("XIV", "2026-01-23"),
)


def term_of(iso_date: str | None) -> str | None:
    """The term (roman numeral) in force on an ISO date; None before term IX or without a full date."""
    if not iso_date or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso_date):
        return None
    term = None
    for name, start in TERM_STARTS:
        if iso_date >= start:
            term = name
    return term


@lru_cache(maxsize=1 << 16)
def symbol_key(symbol: str) -> str:
    """Comparison form of a symbol: NFC, one Đ, no spaces, no leading zeros, case-folded, QĐi as QĐ."""
    s = unicodedata.normalize("NFC", symbol).replace("\u00d0", "\u0110")
    s = re.sub(r"\s+", "", s).replace("\u2013", "-").replace("\u2014", "-")
    m = re.match(r"0*(\d+)(.*)$", s)
    if m:
        s = (m.group(1) or "0") + m.group(2)
    return s.casefold().replace("qđi/", "qđ/")


# A title word pair held by more than this share of the catalogue's titles ("phát triển", "chính trị") names
# no document in particular.
COMMON_PAIR_SHARE = 0.05


def word_pairs(text: str) -> frozenset[tuple[str, str]]:
    """Adjacent word pairs of a text with diacritics folded (garbled ones too): 'bộ máy' → ('bo', 'may')."""
    words = re.findall(r"\w+", fold(text))
    return frozenset(zip(words, words[1:], strict=False))


@dataclass(frozen=True)
class CatalogueEntry:
    """One central document as the catalogue states it."""

    symbol: str
    doc_type: str  # the Vietnamese type name: Nghị quyết, Quy định, ...
    number: str
    date: str
    issuer: str
    term: str
    plenum: int | None
    title: str
    source_url: str

    @property
    def year(self) -> int:
        return int(self.date[:4])


class Catalogue:
    """Lookups over the known central documents."""

    def __init__(self, entries: list[CatalogueEntry]):
        self.entries = sorted(entries, key=lambda e: (e.date, e.symbol))
        self._by_symbol: dict[str, list[CatalogueEntry]] = {}
        for e in self.entries:
            self._by_symbol.setdefault(symbol_key(e.symbol), []).append(e)

    @classmethod
    def load(cls, path: Path | str = DATA) -> Catalogue:
        with Path(path).open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
        return cls([
            CatalogueEntry(r["symbol"], r["doc_type"], r["number"], r["date"], r["issuer"], r["term"],
                           int(r["plenum"]) if r["plenum"] else None, r["title"], r["source_url"])
            for r in rows
        ])

    def __len__(self) -> int:
        return len(self.entries)

    @cached_property
    def _title_pairs(self) -> dict[CatalogueEntry, frozenset[tuple[str, str]]]:
        return {e: word_pairs(e.title) for e in self.entries}

    @cached_property
    def _rare_pairs(self) -> dict[CatalogueEntry, frozenset[tuple[str, str]]]:
        """Each title's word pairs that at most COMMON_PAIR_SHARE of the titles hold, numbers left out."""
        counts = Counter(p for pairs in self._title_pairs.values() for p in pairs)
        most = max(2, COMMON_PAIR_SHARE * len(self.entries))
        return {e: frozenset(p for p in pairs if counts[p] <= most and not any(w.isdigit() for w in p))
                for e, pairs in self._title_pairs.items()}

    def title_pairs(self, entry: CatalogueEntry) -> frozenset[tuple[str, str]]:
        """The word pairs of an entry's title (diacritics folded)."""
        return self._title_pairs.get(entry) or word_pairs(entry.title)

    def rare_title_pairs(self, entry: CatalogueEntry) -> frozenset[tuple[str, str]]:
        """The word pairs of an entry's title that few other titles hold: the words that name this
        document rather than a common topic ("tinh gọn bộ máy", not "phát triển")."""
        return self._rare_pairs.get(entry, frozenset())

    def lookup(self, symbol: str) -> list[CatalogueEntry]:
        """Every document printed with this symbol (any term; `QĐ` and `QĐi` alike), oldest first."""
        return list(self._by_symbol.get(symbol_key(symbol), []))

    def knows(self, symbol: str, date: str | None = None) -> bool:
        """Whether the catalogue lists `symbol` (issued on `date`, when given)."""
        return any(date is None or e.date == date for e in self.lookup(symbol))

    def find(self, symbol: str, date: str) -> CatalogueEntry | None:
        """The document with this symbol issued on `date`, or None."""
        return next((e for e in self.lookup(symbol) if e.date == date), None)

    @staticmethod
    def term_of(iso_date: str | None) -> str | None:
        return term_of(iso_date)


@cache
def default_catalogue() -> Catalogue:
    """The project's catalogue, read once per process."""
    return Catalogue.load(DATA)
