"""Small text helpers shared by loaders and graph: folding for search, slugs for keys."""

from __future__ import annotations

import unicodedata

import regex

_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")


def fold(text: str) -> str:
    """Lowercase, strip Vietnamese diacritics (đ → d) and collapse spaces: 'Nghị quyết' → 'nghi quyet'."""
    text = unicodedata.normalize("NFD", text.replace("\u00d0", "\u0110"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    text = text.replace("đ", "d").replace("Đ", "D").lower()
    return " ".join(text.split())


def slug(text: str) -> str:
    """Folded, hyphen-joined: 'Quảng Trị' → 'quang-tri'."""
    return _NON_WORD.sub("-", fold(text)).strip("-")
