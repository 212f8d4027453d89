"""One compiled pass per text that proposes where the grammar's phrases may begin (issue 15, item 1).

The finders walk a text looking for agency heads, role titles, honorifics, event heads, family names and
province names; most positions hold none. Here one Aho-Corasick automaton (`ahocorasick_rs`, compiled Rust)
over the literal keys of those tables finds, in a single pass over the case-folded text, every offset where
one of them occurs, and the finders run their `regex` probes only there: the whole-text `finditer` walks become
matches at the proposed starts (`matches_at`), and the positional probes (`head_at`, `province_at`, the title
probes) answer no at once where nothing was proposed.

A key is what every match of a table row must begin with, case-folded: an agency head's leading literal word
("ban" for "Ban Chấp hành Trung ương(?! …)"), a whole role title, honorific, academic title, event head,
family name, province form or place marker. So a position that is not proposed is one where the row's pattern
cannot match — the proposals are a superset and the output stays what the full walk gives (tests/test_scanner.py
checks it over the tables). A head key that is a whole word of its heads ("chi" of "Chi cục …") is proposed only
where no letter follows it, a family name only where no lowercase letter follows (`_ENDS`): "chi" in "chiến", "Hà"
in "Hàng" can open neither.

The scan matches `text.casefold()` offset for offset, so it is only used when case folding keeps the length
(each character folds to one); otherwise (a "ß", a ligature) `scan` returns None and the finders walk as
before. Only the two texts last scanned are kept (a document's, and the copy the agency finder reads with its
heads' case restored): `candidates(text)` is a lookup by identity, so a finder given another string (a name, a
slice) walks as before too.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

import ahocorasick_rs
import regex

from loaders import gazetteer as gz

# One literal unit of a head's pattern: an escaped punctuation mark or a plain character (\d, \p{L} are classes).
# A key stops at the first regex syntax or space (a caps header may wrap a head at a space).
_UNIT = regex.compile(r"\\[^\w\s]|[^\s\[\](){}?*+|.^$\\]")

KINDS = ("head", "title", "honorific", "event", "surname", "province", "marker")


@cache
def head_key(head: str) -> str:
    """The case-folded literal text every match of an agency head's pattern begins with (its first word, up
    to any regex syntax, less a last character made optional): "Ban Chấp hành Trung ương(?! …)" → "ban", "Ủy ban
    Kiểm tra (?:T\\.Ư|…)" → "ủy", "BIDV,? [Cc]hi nhánh" → "bidv"."""
    return _head_key(head)[0]


@cache
def _head_key(head: str) -> tuple[str, bool]:
    """`head_key(head)`, and whether the key is a whole word of every match: the pattern goes on with a space that
    no quantifier makes optional, or ends (every head's pattern ends where no letter follows). "Ban Chấp hành …" →
    ("ban", True); "Ng(?:ân|hân) hàng" → ("ng", False); "BIDV,? chi nhánh" → ("bidv", False)."""
    units: list[str] = []
    pos = 0
    while unit := _UNIT.match(head, pos):
        units.append(unit.group()[-1])
        pos = unit.end()
    if head[pos:pos + 1] in ("?", "*", "{") and units:
        units.pop()  # ("Agribank,? [Cc]hi nhánh": the comma may be missing)
        return "".join(units).casefold(), False
    whole = pos == len(head) or (head[pos] == " " and head[pos + 1:pos + 2] not in ("?", "*", "{", "+"))
    return "".join(units).casefold(), whole


# One literal unit of a head's pattern or a space between its words (`literal_start`).
_UNIT_OR_SPACE = regex.compile(r"\\[^\w\s]| |[^\s\[\](){}?*+|.^$\\]")


@cache
def literal_start(head: str) -> str:
    """The case-folded literal text, spaces included, every match of an agency head's pattern begins with: its
    words up to the first regex syntax, less a last character a quantifier makes optional. "Ban Chấp hành Trung
    ương(?! …)" → "ban chấp hành trung ương", "BIDV,? [Cc]hi nhánh" → "bidv", "Ủy ban Kiểm tra (?:T\\.Ư|…)" →
    "ủy ban kiểm tra "."""
    units: list[str] = []
    pos = 0
    while unit := _UNIT_OR_SPACE.match(head, pos):
        units.append(unit.group()[-1])
        pos = unit.end()
    if head[pos:pos + 1] in ("?", "*", "{") and units:
        units.pop()
    return "".join(units).casefold()


@cache
def keys() -> dict[str, tuple[str, ...]]:
    """The keys of each kind, from the grammar's own tables."""
    from loaders.names import _heads, _province_forms  # (names imports this module)

    return {
        "head": tuple(sorted({head_key(h.head) for h in _heads()})),
        "title": tuple(sorted({t.casefold() for t in gz.role_titles()})),
        "honorific": tuple(sorted({h.casefold() for h in (*gz.honorifics(), *gz.academic_titles())})),
        "event": tuple(sorted({h[0].casefold() for h in gz.event_heads()})),
        "surname": tuple(sorted({s.casefold() for s in gz.surnames()})),
        "province": tuple(sorted({f.casefold() for f in _province_forms()})),
        "marker": tuple(sorted({m.casefold() for m in gz.PLACE_MARKERS})),
    }


def _lowercase_letter(char: str) -> bool:
    return unicodedata.category(char) == "Ll"


# The kinds whose keys are only proposed where the text goes on with no letter of a given class right after them,
# and that class's test: a head key that is a whole word of its heads' matches (`_head_key`) with no letter (every
# head ends where none follows, `(?!\p{L})`: "chi" in "chiến" opens no "Chi cục …"), a family name with no
# lowercase letter (the walk reads a capitalised word as `\p{Lu}\p{Ll}*`, which is then no family name: "Hà" in
# "Hàng"; a capital after it, "HàN", still ends the word there).
_ENDS = {"head": str.isalpha, "surname": _lowercase_letter}


@cache
def _whole_head_keys() -> frozenset[str]:
    """The head keys that are a whole word of the matches of every head they open."""
    from loaders.names import _heads

    keyed = [_head_key(h.head) for h in _heads()]
    return frozenset(k for k, w in keyed if w) - {k for k, w in keyed if not w}


@cache
def _automaton() -> tuple[ahocorasick_rs.AhoCorasick, list[tuple[int, ...]], list[tuple[tuple[int, Callable[[str], bool]], ...]]]:
    """One automaton over the keys of every kind; for each key the kinds (as indices of KINDS) it stands for
    wherever it occurs, and those it stands for only where the character after it fails a test (`_ENDS`)."""
    whole = _whole_head_keys()
    kinds_of: dict[str, list[int]] = {}
    ended_of: dict[str, list[tuple[int, Callable[[str], bool]]]] = {}
    for i, kind in enumerate(KINDS):
        for key in keys()[kind]:
            if not key:
                raise ValueError(f"an empty {kind} key: every row needs a literal start")
            kinds_of.setdefault(key, [])
            ended_of.setdefault(key, [])
            if kind in _ENDS and (kind != "head" or key in whole):
                ended_of[key].append((i, _ENDS[kind]))
            else:
                kinds_of[key].append(i)
    patterns = list(kinds_of)
    return (ahocorasick_rs.AhoCorasick(patterns, matchkind=ahocorasick_rs.MatchKind.Standard),
            [tuple(kinds_of[p]) for p in patterns], [tuple(ended_of[p]) for p in patterns])


class Candidates:
    """Sorted start offsets where a key of each kind occurs in one text (`head`, `title`, … as KINDS names them),
    sets of those of the kinds probed at a position, and the head keys found at a proposed head start."""

    __slots__ = ("_text", "_folded", "_heads_at", "head_found", "memo", "head", "head_set", "title", "title_set", "honorific", "event", "surname",
                 "province", "province_set", "marker")

    def __init__(self, text: str, folded: str, starts: tuple[set[int], ...]) -> None:
        self._text, self._folded = text, folded
        self._heads_at: dict[int, frozenset[str]] = {}
        # `loaders.names.head_at`'s answers in this text, by (position, caps): the finders ask again at the same heads
        self.head_found: dict[tuple[int, bool], Any] = {}
        # answers of other pure readers of this text by (reader, arguments): `memo_of`
        self.memo: dict[tuple[Any, ...], Any] = {}
        self.head, self.title, self.honorific, self.event, self.surname, self.province, self.marker = (
            sorted(s) for s in starts)
        self.head_set, self.title_set, self.province_set = starts[0], starts[1], starts[5]

    def next_head(self, pos: int) -> int:
        """The first proposed head start at or after `pos` (-1 when none is left)."""
        i = bisect_left(self.head, pos)
        return self.head[i] if i < len(self.head) else -1

    def folded_at(self, pos: int, size: int) -> str:
        """The text's case-folded copy from `pos`, `size` characters (fewer at the end)."""
        return self._folded[pos:pos + size]

    def starts_of(self, words: tuple[str, ...]) -> list[int]:
        """Sorted offsets where one of `words` (case-folded) occurs in the text's case-folded copy."""
        out: list[int] = []
        folded = self._folded
        for word in words:
            at = folded.find(word)
            while at >= 0:
                out.append(at)
                at = folded.find(word, at + 1)
        out.sort()
        return out

    def heads_at(self, pos: int) -> frozenset[str] | None:
        """The head keys that occur at `pos` (None where no head was proposed); read off the folded text when
        first asked (a text asks at a few dozen of its proposed heads)."""
        if pos not in self.head_set:
            return None
        found = self._heads_at.get(pos)
        if found is None:
            found = self._heads_at[pos] = head_keys_in(self._text, self._folded, pos)
        return found


@cache
def _head_keys_by_start() -> dict[str, tuple[tuple[str, bool], ...]]:
    """The head keys by their first three characters (a key of two by both), each with whether it is a whole word
    of its heads' matches: a position is checked against the few keys its next characters may open (~2, not the
    30 that begin with "t")."""
    whole = _whole_head_keys()
    out: dict[str, list[tuple[str, bool]]] = {}
    for key in keys()["head"]:
        if len(key) < 2:
            raise ValueError(f"a head key of one character: {key!r}")
        out.setdefault(key[:3], []).append((key, key in whole))
    return {c: tuple(ks) for c, ks in out.items()}


def head_keys_in(text: str, folded: str, pos: int) -> frozenset[str]:
    """The head keys `text` holds at `pos`, read off its case-folded copy `folded` (one character folded to one), a
    whole-word key only where no letter follows it in `text`."""
    by_start = _head_keys_by_start()
    return frozenset(k for k, whole in (*by_start.get(folded[pos:pos + 2], ()), *by_start.get(folded[pos:pos + 3], ()))
                     if folded.startswith(k, pos) and not (whole and text[pos + len(k):pos + len(k) + 1].isalpha()))


def head_keys_at(text: str, pos: int) -> frozenset[str] | None:
    """The head keys at `pos` of any text: the scanned text's proposals, else read off the text there (None when
    case folding the stretch moves offsets: the caller tries every head)."""
    found = candidates(text)
    if found is not None:
        return found.heads_at(pos) or frozenset()
    stretch = text[pos:pos + _longest_head_key() + 1]
    folded = stretch.casefold()
    return head_keys_in(stretch, folded, 0) if len(folded) == len(stretch) else None


@cache
def _longest_head_key() -> int:
    return max(map(len, keys()["head"]))


_LAST: list[tuple[str, Candidates | None]] = []


def scan(text: str) -> Candidates | None:
    """Every proposed start in `text`, in one pass; kept as the current text's candidates. None when case folding
    would move offsets (the finders then walk the text as before)."""
    folded = text.casefold()
    found: Candidates | None = None
    if len(folded) == len(text):
        automaton, kinds_of, ended_of = _automaton()
        starts: tuple[set[int], ...] = tuple(set() for _ in KINDS)
        adds = tuple(s.add for s in starts)
        for index, start, end in automaton.find_matches_as_indexes(folded, overlapping=True):
            for k in kinds_of[index]:
                adds[k](start)
            if ended := ended_of[index]:
                after = text[end:end + 1]
                for k, stops in ended:
                    if not (after and stops(after)):
                        adds[k](start)
        found = Candidates(text, folded, starts)
    _LAST[:] = [(text, found), *_LAST[:1]]
    return found


def candidates(text: str) -> Candidates | None:
    """The candidates of `text` if it is one of the two texts last scanned (the same object), else None."""
    for scanned, found in _LAST:
        if scanned is text:
            return found
    return None


def finditer_from(pattern: regex.Pattern[str], text: str, words: tuple[str, ...]) -> Iterator[regex.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match begins with one of `words` (case-folded, as the
    pattern's own case-insensitive words match them): tried only where the scanned text's folded copy holds one,
    left to right, each at or after the end of the last match. Without candidates for `text`, `finditer` itself."""
    found = candidates(text)
    if found is None:
        yield from pattern.finditer(text)
        return
    reach = 0
    for start in found.starts_of(words):
        if start >= reach and (m := pattern.match(text, start)):
            reach = m.end()
            yield m


def memo_of(text: str) -> dict[tuple[Any, ...], Any] | None:
    """A dict kept with the candidates of `text` (one of the two texts last scanned), where a reader that depends on
    the text alone (`loaders.names.extend_name`, `loaders.persons._role_at`) keeps its answers (`kept`) by (reader,
    arguments): the finders read the same names again ("Sở Y tế" from the agencies, the persons' roles and the
    events). None for any other string."""
    found = candidates(text)
    return found.memo if found is not None else None


def kept(text: str, key: tuple[Any, ...], read: Callable[[], Any]) -> Any:
    """`read()`, kept by `key` (the reader and its arguments) with the candidates of `text` (`memo_of`), so a
    question asked again of a scanned text is answered once; for any other string, `read()` each time."""
    memo = memo_of(text)
    if memo is None:
        return read()
    if key in memo:
        return memo[key]
    memo[key] = found = read()
    return found


def matches_at(pattern: regex.Pattern[str], text: str, kind: str) -> Iterator[regex.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match begins with a key of `kind`: tried only at the
    proposed starts of `text`, left to right, each at or after the end of the last match (as `finditer` goes on;
    its matches are never empty). Without candidates for `text`, `finditer` itself."""
    found = candidates(text)
    if found is None:
        yield from pattern.finditer(text)
        return
    reach = 0
    for start in getattr(found, kind):
        if start >= reach and (m := pattern.match(text, start)):
            reach = m.end()
            yield m
