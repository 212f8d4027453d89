"""Normalise text for matching, keeping a map back to the original offsets (as eyecite's SpanUpdater).

`normalize(text)` gives a `Normalized` copy that is NFC, has no zero-width characters or soft hyphens,
writes every dash as "-", every odd space as " ", Ð (U+00D0) as Đ, ð as đ, and the escape sequences a scraper
leaves in a page it stored as a string literal ("\\r\\n", "\\n", "\\t" printed as backslash and letter) as
the line breaks and spaces they stand for; `to_original` maps a span of the copy back to the span of the text
exactly as given.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

import regex

# Length-preserving replacements.
_SAME_LENGTH = str.maketrans({
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ",
    "\u2007": " ", "\u2008": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u3000": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u2015": "-", "\ufe63": "-", "\uff0d": "-", "\u2044": "/", "\u2215": "/", "\uff0f": "/",
    "\u00d0": "\u0110", "\u00f0": "\u0111",
})
# Characters that vanish, and letter + combining-mark clusters that NFC may shorten.
_DROPPED = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ODD = regex.compile("[" + "".join(chr(c) for c in _SAME_LENGTH) + "]")
_DROPPED_ANY = regex.compile(f"[{_DROPPED}]")
_IRREGULAR = regex.compile(rf"[{_DROPPED}]+|\P{{M}}\p{{M}}+")


def _same_length(m: regex.Match) -> str:
    return _SAME_LENGTH[ord(m.group())]


# Escape sequences printed as text by a scraper that stored the page as a string literal ("CỘNG\\r\\n HÒA …",
# "Quyết định số 1896/QĐ-TTg\\r\\nngày 25/12/2019"): each becomes, at its own length, the break or space it
# stands for, the break last so that the next line starts at its first word. One such sequence alone is read as
# text (a path, a formula); two or more mark the whole page.
_ESCAPED = regex.compile(r"\\r\\n|\\[nrt]")
_UNESCAPED = {"\\r\\n": "   \n", "\\n": " \n", "\\r": "  ", "\\t": "  "}
_ESCAPES_MARKING_A_PAGE = 2


def _unescaped(text: str) -> str:
    """`text` with a stored page's printed escape sequences read as the whitespace they stand for."""
    if "\\" not in text:
        return text
    found = _ESCAPED.findall(text)
    if len(found) < _ESCAPES_MARKING_A_PAGE:
        return text
    return _ESCAPED.sub(lambda m: _UNESCAPED[m.group()], text)


@dataclass
class Normalized:
    """A normalised copy of a text and the edits that map its offsets back to the original."""

    text: str
    # Sorted edits (start in copy, start in original, length in copy, length in original).
    edits: list[tuple[int, int, int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [e[0] for e in self.edits]

    def to_original(self, pos: int, end: bool = False) -> int:
        """Offset in the original text of offset `pos` of the copy (an end offset when `end`)."""
        i = (bisect_left(self._starts, pos) if end else bisect_right(self._starts, pos)) - 1
        if i < 0:
            return pos
        start, orig, n, orig_n = self.edits[i]
        if pos < start + n and not end:
            return orig
        return orig + orig_n + max(0, pos - start - n)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the copy's span [start, end)."""
        return self.to_original(start), self.to_original(end, end=True)


@lru_cache(maxsize=1 << 12)
def _composed(chunk: str) -> str:
    """What an irregular chunk becomes: nothing (zero-width characters) or its NFC (letters repeat: cached)."""
    return "" if chunk[0] in _DROPPED else unicodedata.normalize("NFC", chunk)


def normalize(text: str) -> Normalized:
    """NFC, no zero-width characters, one dash, one space, one Đ: see the module docstring."""
    text = _ODD.sub(_same_length, _unescaped(text))  # few odd characters: cheaper than translating every character
    if unicodedata.is_normalized("NFC", text) and not _DROPPED_ANY.search(text):
        return Normalized(text)
    parts: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    out_len = 0
    last = 0
    for m in _IRREGULAR.finditer(text):
        chunk = m.group()
        new = _composed(chunk)
        if new == chunk:
            continue
        start, end = m.span()
        parts.append(text[last:start])
        out_len += start - last
        edits.append((out_len, start, len(new), len(chunk)))
        parts.append(new)
        out_len += len(new)
        last = end
    parts.append(text[last:])
    return Normalized("".join(parts), edits)
