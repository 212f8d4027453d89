"""Small text helpers shared by loaders and graph: folding for search, slugs for keys."""

from __future__ import annotations

import unicodedata

import regex

_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")


class _NonspacingMarks(dict):
    """A str.translate table that drops nonspacing marks (category Mn), filled in as characters are met."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.category(chr(code)) == "Mn" else code
        self[code] = value
        return value


_DROP_MN = _NonspacingMarks()


def fold(text: str) -> str:
    """Lowercase, strip Vietnamese diacritics (đ → d) and collapse spaces: 'Nghị quyết' → 'nghi quyet'."""
    text = unicodedata.normalize("NFD", text.replace("\u00d0", "\u0110"))
    text = text.translate(_DROP_MN)
    text = text.replace("đ", "d").replace("Đ", "D").lower()
    return " ".join(text.split())


def slug(text: str) -> str:
    """Folded, hyphen-joined: 'Quảng Trị' → 'quang-tri'."""
    return _NON_WORD.sub("-", fold(text)).strip("-")
