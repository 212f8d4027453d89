"""The one-pass scanner (loaders/scanner.py) proposes every place the finders would find something: every agency
head of the grammar's table in every way it may be printed, every role title, honorific, event head and family
name; and the finders' walks over the proposals give what their whole-text walks give, on sentences written here."""

from __future__ import annotations

import random
import re._parser as sre_parse

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import gazetteer as gz
from loaders.events import _event_pattern
from loaders.names import (
    _head_sources,
    _heads,
    _heads_from,
    _not_agencies_pattern,
    _province_forms,
    _title_at,
    head_at,
    province_at,
    title_pattern,
)
from loaders.persons import (
    _CAPITALISED_WORD,
    _honorific_pattern,
    _long_title_at,
    _role_pattern_any_case,
    _title_word_at,
)
from loaders.scanner import _head_key, candidates, head_key, head_keys_at, keys, matches_at, scan


def _copy(text: str) -> str:
    """An equal string that is another object: one the scanner has not seen."""
    return "".join([text[:1], text[1:]])


# --- strings a head's pattern matches ---------------------------------------------------------------------------

# What Python's parser needs instead of `regex`'s property classes (they only stand in lookarounds and classes,
# which the generator below passes over or picks a letter from).
_PROPERTIES = {r"\p{L}": r"\w", r"\p{Lu}": "[A-Z]", r"\p{Ll}": "[a-z]", r"\p{N}": r"\d"}


def _samples(pattern: str, rng: random.Random, count: int = 6) -> list[str]:
    """Some strings the pattern may match: each branch and optional part chosen at random, lookarounds left out
    (the caller keeps only the strings the real pattern matches)."""
    for prop, plain in _PROPERTIES.items():
        pattern = pattern.replace(prop, plain)
    tree = sre_parse.parse(pattern)
    return list(dict.fromkeys("".join(_walk(tree, rng)) for _ in range(count)))


def _walk(items, rng: random.Random) -> list[str]:
    out: list[str] = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "SUBPATTERN":
            out += _walk(arg[-1], rng)
        elif name == "BRANCH":
            out += _walk(rng.choice(arg[1]), rng)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, inner = arg
            for _ in range(rng.randint(low, min(high, low + 1))):
                out += _walk(inner, rng)
        elif name == "IN":
            literals = [chr(a) for o, a in arg if str(o) == "LITERAL"]
            out.append(rng.choice(literals) if literals else "A")
        elif name == "CATEGORY" or name == "ANY":
            out.append("A")
        # lookarounds and anchors add nothing
    return out


def _printed_heads() -> list[tuple[str, bool]]:
    """(text, caps): each head of the table as a line of running text matches it (the first letter as the table
    spells it, the rest in any case) and as an all-caps header line does."""
    rng = random.Random(15)
    out = []
    for source, head in _head_sources(False):
        pattern = regex.compile(source, regex.V1)
        for sample in _samples(head.head, rng):
            for form, caps in ((sample, False), (sample[:1] + sample[1:].lower(), False),
                               (sample[:1] + sample[1:].upper(), False), (sample.upper(), True)):
                if (pattern.match(form + " ") if not caps else True) and form.strip():
                    out.append((form, caps))
    return out


def test_every_key_is_a_literal_start() -> None:
    assert all(all(k for k in kind) for kind in keys().values())
    assert head_key("Ban Chấp hành Trung ương(?! Đảng Lao động)") == "ban"
    assert head_key(r"Ủy ban Kiểm tra (?:T\.Ư|TƯ|TW)") == "ủy"
    assert head_key("BIDV,? [Cc]hi nhánh") == "bidv"  # the comma may be missing: not part of the key
    assert head_key(r"Sư đoàn\d") == "sư"


def _every_head_at(text: str, pos: int, caps: bool = False) -> tuple[int, gz.AgencyHead] | None:
    """`head_at` trying every head that may start with the character at `pos`, as it did before the scanner."""
    pattern, heads = _heads_from(text[pos], caps)
    m = pattern.match(text, pos) if pattern else None
    if not m:
        return None
    blocked = _not_agencies_pattern().match(text, pos)
    return None if blocked and blocked.end() >= m.end() else (m.end(), heads[int(m.lastgroup[1:])])


def test_the_scanner_proposes_every_head_of_the_table_wherever_it_is_printed() -> None:
    printed = _printed_heads()
    assert len(printed) > 1000
    missed = []
    for form, caps in printed:
        for before in ("Sáng nay, ", "", "các đồng chí trong "):
            text = f"{before}{form} và Sở Y tế đã họp.\nTIN: {form.upper()}\nHẾT"
            found = scan(text)
            assert found is not None
            at = len(before)
            full = head_at(_copy(text), at, caps=caps)
            if full and found.heads_at(at) is None:
                missed.append(form)
            assert head_at(text, at, caps=caps) == full, (form, caps)  # the narrowed heads find the same head
            assert full == _every_head_at(text, at, caps), (form, caps)  # and so do the heads read off a copy
            line = text.index("TIN: ") + 5
            assert head_at(text, line, caps=True) == head_at(_copy(text), line, caps=True), form
    assert not missed


def _table_words() -> list[str]:
    """Rows of every table the scanner reads, and words of my own around them."""
    rows = [*gz.role_titles(), *gz.honorifics(), *gz.academic_titles(), *(h[0] for h in gz.event_heads()),
            *sorted(gz.surnames())[:60], *_province_forms()[::3], *gz.PLACE_MARKERS, *(h.head for h in _heads() if head_key(h.head) == h.head.casefold())]
    return rows


_WORDS = _table_words()
_OWN = ["đã", "họp", "tại", "hội trường", "Văn", "Nam", "thị", "Nguyễn Văn Hùng", "sáng", "Hà", "Thu", "ông Lâm",
        "TS. Trần Bình", "kỷ niệm", "năm 2024", "của", "Tỉnh", "BAN", "Chủ", "trì", "\u212aho bạc"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS + _OWN),
                          st.sampled_from([" ", " ", "\n", ", ", ". ", "", "-", "“", "” "]),
                          st.sampled_from(["as is", "lower", "upper"])), min_size=1, max_size=14))
def test_the_walks_over_proposals_match_the_whole_text_walks(pieces) -> None:
    def cased(word: str, how: str) -> str:
        return word.lower() if how == "lower" else word.upper() if how == "upper" else word

    text = "".join(cased(w, how) + sep for w, sep, how in pieces)
    found = scan(text)
    if found is None:
        return  # (a character that folds to two: the finders walk as before)
    assert candidates(text) is found and candidates(_copy(text)) is None
    for pattern, kind in ((_role_pattern_any_case(), "title"), (title_pattern(), "title"),
                          (_honorific_pattern(), "honorific"), (_event_pattern(), "event"),
                          (_CAPITALISED_WORD, "surname")):
        walked = [(m.span(), m.group()) for m in matches_at(pattern, text, kind)]
        whole = [(m.span(), m.group()) for m in pattern.finditer(text)]
        if kind == "surname":  # only the words that are family names are proposed
            whole = [w for w in whole if w[1] in gz.surnames()]
            walked = [w for w in walked if w[1] in gz.surnames()]
        assert walked == whole, (kind, text)
    other = _copy(text)
    assert gz.find_provinces(text) == gz.find_provinces(other), text
    for pos in range(len(text)):
        assert head_at(text, pos) == head_at(other, pos), (text, pos)
        assert head_at(text, pos, caps=True) == head_at(other, pos, caps=True), (text, pos)
        assert province_at(text, pos) == province_at(other, pos), (text, pos)
        for probe in (_title_at, _title_word_at, _long_title_at):
            assert probe(text, pos) == probe(other, pos), (probe.__name__, text, pos)


def test_a_text_whose_case_folding_moves_offsets_is_walked_as_before() -> None:
    text = "Đường Gauß, Sở Y tế tỉnh Nam Định họp"  # "ß" folds to "ss"
    assert scan(text) is None and candidates(text) is None
    at = text.index("Sở")
    assert head_at(text, at) is not None
    titles = [m.group() for m in matches_at(title_pattern(), "Giám đốc Sở Y tế Trần Văn Nam", "title")]
    assert titles == [m.group() for m in title_pattern().finditer("Giám đốc Sở Y tế Trần Văn Nam")]


def test_scanning_finds_overlapping_keys_in_one_pass() -> None:
    text = "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Đồng chí Lê Văn Ba dự Hội nghị"
    found = scan(text)
    assert found is not None
    # ("UB Kiểm tra" keys "ub" as a whole word, so "UBND" holds only the key "ubnd")
    assert found.heads_at(text.index("Tỉnh ủy")) == {"tỉnh"} and found.heads_at(text.index("UBND")) == {"ubnd"}
    assert found.heads_at(text.index("Ba ")) is None
    assert {text.index("Bí thư"), text.index("Chủ tịch")} <= set(found.title)
    assert text.index("Đồng chí") in found.honorific and text.index("Hội nghị") in found.event
    assert text.index("Lê") in found.surname
    text = "UBND tỉnh Quảng Trị và TP. Hồ Chí Minh"
    found = scan(text)
    assert found is not None and {text.index("Quảng Trị"), text.index("Hồ Chí Minh")} <= found.province_set


def test_a_key_is_a_whole_word_where_its_heads_go_on_with_a_space() -> None:
    assert _head_key("Chi cục") == ("chi", True) and _head_key("Thi hành án dân sự") == ("thi", True)
    assert _head_key("Toà án") == ("toà", True)  # (a head of one word ends with its pattern)
    assert _head_key("BIDV,? [Cc]hi nhánh") == ("bidv", False)  # the comma may be missing: "BIDVchi" is no word
    assert _head_key(r"Sư đoàn\d") == ("sư", True)
    assert _head_key(r"Đoàn\d") == ("đoàn", False)  # a class goes on in the same word
    assert _head_key("Ban ?Tuyên giáo") == ("ban", False)  # a space made optional


def test_a_short_head_key_inside_a_longer_word_proposes_no_head() -> None:
    text = "Chiến sĩ Chi bộ thôn Đông mua thiết bị; Thiếu tá Thi hành án dân sự huyện, Chicục trưởng và Chi cục Thuế."
    found = scan(text)
    assert found is not None
    for word in ("Chiến", "thiết", "Thiếu", "Chicục"):  # a key at a word's start, the word going on
        at = text.index(word)
        assert found.heads_at(at) is None and head_at(text, at) is None, word
        assert head_keys_at(_copy(text), at) == frozenset(), word  # (the same read off a text not scanned)
    for word in ("Chi bộ", "Thi hành án dân sự", "Chi cục"):  # the key is the whole word: a head
        at = text.index(word)
        assert found.heads_at(at) == {word.split()[0].casefold()}, word
        assert head_at(text, at) == head_at(_copy(text), at) == _every_head_at(text, at), word
        assert text[at:head_at(text, at)[0]] == word


def test_a_family_name_that_begins_a_longer_word_is_not_proposed() -> None:
    text = "Hàng trăm người dự; ông Hà Văn Lâm và LêHuy, Tạm trú tại xã Lê Lợi."
    found = scan(text)
    assert found is not None
    assert text.index("Hàng") not in found.surname and text.index("Tạm") not in found.surname
    assert {text.index("Hà Văn"), text.index("Lê Lợi")} <= set(found.surname)
    assert text.index("LêHuy") in found.surname  # a capital after it ends the capitalised word there
    walked = [m.group() for m in matches_at(_CAPITALISED_WORD, text, "surname") if m.group() in gz.surnames()]
    assert walked == [m.group() for m in _CAPITALISED_WORD.finditer(text) if m.group() in gz.surnames()]
