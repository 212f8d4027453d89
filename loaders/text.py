"""Small text helpers shared by loaders and graph: folding for search, slugs for keys."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator, Sequence

import regex

#: entries of the per-line caches of extraction (letterhead, chrome, signature and byline lines): the lines that recur
#: (a site's chrome, letterheads, bylines) stay in them; more only holds prose lines that never come again, ~10 MB an
#: extraction worker per 16 384 (BENCHMARKS.md section 4: 81 MB a worker after 4 000 documents at 16 384, 59 at 2 048,
#: the same time)
LINE_CACHE = 2048
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


# The five Vietnamese tone marks (huyền, sắc, ngã, hỏi, nặng). Pages garble them ("Thực hịện", "Qủán trịệt",
# "ngàỷ"): the vowel keeps its quality (â, ê, ô, ơ, ư, ă) while its tone moves or changes.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_VOWELS = frozenset("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")


def _toneless_table() -> dict[int, str]:
    table = {}
    for code in range(0xC0, 0x1F00):
        parts = unicodedata.normalize("NFD", chr(code))
        if any(p in _TONE_MARKS for p in parts):
            base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in _TONE_MARKS))
            if len(base) == 1 and base in _VOWELS:
                table[code] = base
    return table


_TONELESS = _toneless_table()


def _bare_table() -> dict[int, str]:
    table = {0x0110: "D", 0x0111: "d", 0x00D0: "D"}
    for code in range(0xC0, 0x1F00):
        base = unicodedata.normalize("NFD", chr(code)).translate(_DROP_MN)
        if len(base) == 1 and base != chr(code) and base.isascii():
            table[code] = base
    return table


_BARE = _bare_table()
_TONE_VARIANTS: dict[str, str] = {}
for _code, _base in _TONELESS.items():
    _TONE_VARIANTS[_base] = _TONE_VARIANTS.get(_base, _base) + chr(_code)


def toneless(text: str) -> str:
    """`text` (NFC) without tone marks, one character for one: 'Thực hịện' → 'Thưc hiên'."""
    return text.translate(_TONELESS)


def bare(text: str) -> str:
    """`text` (NFC) without any Vietnamese diacritic, one character for one, case kept: 'Căn cứ Đề án' → 'Can cu De an'.
    Pages printed without diacritics ("Can cu Nghi dinh so …") read as this form of the words."""
    return text.translate(_BARE)


# Every letter `bare` changes, as one character class: whether a text has one is a search, not a translation.
_DIACRITIC = regex.compile("[" + "".join(regex.escape(chr(c)) for c in sorted(_BARE)) + "]")


def has_diacritics(text: str) -> bool:
    """Whether `text` has a letter with a Vietnamese diacritic (or đ): whether `bare` would change it."""
    return not text.isascii() and _DIACRITIC.search(text) is not None


def tone_free(word: str, bare: bool = False) -> str:
    """A regular expression for `word` with any tone, or none, on each of its vowels: 'ngày' matches 'ngàỷ'.
    `bare`: also the vowel without its hat or breve, as text stripped of every diacritic prints it ('năm' → 'nam')."""
    out = []
    for c in toneless(unicodedata.normalize("NFC", word)):
        variants = _TONE_VARIANTS.get(c, "")
        if bare and c in _VOWELS and fold(c) != c.lower():
            variants += fold(c) + fold(c).upper()
        out.append(f"[{variants}]" if variants else regex.escape(c, special_only=True))
    return "".join(out)


def alternation_matches(branches: Sequence[regex.Pattern[str]], text: str) -> Iterator[regex.Match[str]]:
    """What `finditer` of the alternation of `branches` (in their order, same flags) finds in `text`, each branch
    searched on its own: the leftmost match, the first branch on a tie, then on from its end. Each branch's last
    match is kept until the walk passes its start. For branches that never match empty. A long alternation whose
    branches open differently is tried at every position; alone, each is found by its own first characters (the
    header dates: 3x faster)."""
    found = [b.search(text) for b in branches]
    pos = 0
    while True:
        best = None
        for i, m in enumerate(found):
            if m is not None and m.start() < pos:
                m = found[i] = branches[i].search(text, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return
        yield best
        pos = best.end()


def matches_from(pattern: regex.Pattern[str], text: str, starts: tuple[str, ...]) -> Iterator[regex.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match begins with one of `starts`, literally (case kept):
    tried only where `text` holds one (`str.find`), left to right, each at or after the end of the last match, as
    `finditer` goes on (for patterns that never match empty). A case-sensitive alternation behind lookbehinds is
    otherwise tried at every character ("sở", "trường" printed as a head in lowercase: 10x less)."""
    at: set[int] = set()
    for start in starts:
        i = text.find(start)
        while i >= 0:
            at.add(i)
            i = text.find(start, i + 1)
    reach = 0
    for i in sorted(at):
        if i >= reach and (m := pattern.match(text, i)):
            reach = m.end()
            yield m


def sub_from(pattern: regex.Pattern[str], repl: Callable[[regex.Match[str]], str], text: str,
             starts: tuple[str, ...]) -> str:
    """`pattern.sub(repl, text)` with the matches of `matches_from` (the same matches, so the same text)."""
    out: list[str] = []
    last = 0
    for m in matches_from(pattern, text, starts):
        out.append(text[last:m.start()])
        out.append(repl(m))
        last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)
