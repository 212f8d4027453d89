"""How Vietnamese names of bodies are written, as scanning helpers shared by agencies, persons and events.

A head word ("Sở", "Ban", "Tỉnh ủy"), then the components of the name, each opened by a capital and maybe
followed by lowercase syllables ("Giáo dục và Đào tạo", "Quản lý thị trường"), commas and one "và" between
components ("Văn hóa, Thể thao và Du lịch"), the body that owns it ("Ban Tuyên giáo Tỉnh ủy") and a closing
place ("tỉnh X", "huyện Y"). Where the name ends is decided by the shape of the text: punctuation, a new line,
a function word or a predicate after it, a word that closes a name ("Việt Nam", "Trung ương"), a person's
name or a role. The vocabulary is data read through `loaders.gazetteer`.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex

from loaders import gazetteer as gz
from loaders.grammar import ISSUER_LEVELS, PARTY_ISSUERS, STATE_ISSUERS
from loaders.scanner import candidates, head_key, head_keys_at, kept, literal_start
from loaders.text import fold

WORD = regex.compile(r"(?:\p{Lu}\.){1,3}(?=[ \t]*\p{Lu})|\p{Lu}+(?:&\p{Lu}+)+|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’]*(?:-\d+\b)?",
                     regex.V1)
# Two-word openings of things that are not part of an agency's name (events, titles, times, page chrome);
# document types come from the reference grammar (`_document_types`).
NAME_BREAKERS = ("Hội nghị", "Đồng chí", "Chủ tịch", "Tổng Bí thư", "Giám đốc", "Căn cứ", "Phó Trưởng",
                 "Ảnh", "Xem", "Số", "Ngày", "Sáng nay", "Sáng ngày", "Sáng hôm", "Chiều nay", "Chiều ngày",
                 "Chiều hôm", "Tối nay", "Tối ngày", "Tại", "Theo", "Trong",
                 "Phóng viên", "Ông", "Bà", "Kỷ niệm", "Phiên họp", "Kỳ họp", "Đại hội", "Người ký", "Lĩnh vực",
                 "Nơi nhận", "Điều", "Thủ tướng", "Bí thư", "Trưởng ban", "Trưởng Ban", "Dự thảo", "Cuộc thi",
                 "Hội thi", "Hội thảo", "Lễ", "Cơ quan thường trực")
# Breakers that may still open a name ("Bộ Kế hoạch và Đầu tư").
FIRST_WORD_OK = ("Kế hoạch và", "Kế hoạch &")  # ("Sở Kế hoạch & Đầu tư": the same joined by "&")
# A lowercase syllable after which a name takes no more lowercase syllables ("Tỉnh ủy" ends a word).
WORD_ENDERS = {"ủy", "uỷ", "đoàn"}  # ("Tỉnh đoàn" too)
# Words after which a name takes nothing but a place ("Hội Nông dân Việt Nam tỉnh X", never a person's name).
CLOSERS = ("Việt Nam", "Trung ương", "T.Ư", "TƯ", "TW", "Quốc hội", "Chính phủ")
# Lowercase words that name a level, not one body: "UBND cấp xã", "Ban Chỉ đạo các cấp", "Viện kiểm sát hai cấp".
# (a bare "cấp" after a name is the verb "issue": "Văn phòng Đăng ký đất đai cấp giấy chứng nhận")
GENERIC_LEVEL = regex.compile(r"[ \t]+(?:(?:các|hai|ba)[ \t]+cấp|cấp[ \t]+(?:tỉnh|huyện|xã|cơ sở|trên|dưới|trung ương))(?!\p{L})",
                              regex.V1)
# Lowercase pairs joined by a comma inside the task of a body ("Ban Chỉ đạo phòng, chống tham nhũng").
# Lowercase pairs a comma joins inside one name: "phòng, chống", "Hội nghị cán bộ, công chức, viên chức".
COMMA_PAIRS = ("phòng, chống", "kiểm tra, giám sát", "thanh tra, kiểm tra", "cán bộ, công chức", "công chức, viên chức")
SPACE = regex.compile(r"[ \t\u00a0]+")
# The code a police or army unit goes by: "PC03", "PA06", "PV11", "K02".
UNIT_CODE = regex.compile(r"(?<!\p{L})\p{Lu}{1,3}\d{1,3}$", regex.V1)
_BLANKS = regex.compile(r"\s+")
# A lowercase run that continues a name's last component is never longer than this.
MAX_LOWER_RUN = 6
# Lowercase words no table knows that still continue a name when a capitalised component follows them
# ("… vùng Tây Nguyên", "… Một thành viên Cấp nước"): at most this many.
MAX_UNKNOWN_BEFORE_CAPITAL = 2
# The lowercase task a body is named after ("Ban Chỉ đạo quốc gia xây dựng xã hội học tập") is never longer.
MAX_TASK_RUN = 12


def is_cap(word: str) -> bool:
    return word[:1].isupper()


def is_caps_line(line: str) -> bool:
    """At least four letters, all capitals; stops at the first lowercase letter (most lines have one early)."""
    count = 0
    for c in line:
        if c.isalpha():
            if not c.isupper():
                return False
            count += 1
    return count >= 4


def wraps_in_caps(line: str, next_line: str) -> bool:
    """A line too short to be a caps line on its own ("ỦY", "BỘ": fewer than four letters), all in capitals, and
    a caps line after it: a header in capitals wrapped right after its first word ("ỦY\nBAN NHÂN DÂN\nTỈNH …",
    Decree 30/2020/NĐ-CP's layout, the body's name in capitals on one or two lines). Read as caps, a head of the
    list (agency_heads.tsv) wrapped there is read whole across the break (`_WRAPPED_SPACE`)."""
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and is_caps_line(next_line)


# SPACE, then WORD, in one call: the match (`\K`) is the word alone, as `WORD.match` after the spaces gives it.
_SPACED_WORD = regex.compile(rf"[ \t\u00a0]*+\K(?:{WORD.pattern})", regex.V1)


def next_word(text: str, pos: int, newline_ok: bool = False) -> regex.Match[str] | None:
    """The word right after `pos`, past spaces (and a newline when `newline_ok`)."""
    if not newline_ok:
        return _SPACED_WORD.match(text, pos)
    m = SPACE.match(text, pos)
    p = m.end() if m else pos
    if p < len(text) and text[p] == "\n":
        m = _BLANKS.match(text, p)
        p = m.end() if m else p
    return WORD.match(text, p)


def starts_with_any(text: str, pos: int, phrases: tuple[str, ...]) -> bool:
    """Whether one of `phrases` starts at `pos` as whole words (no letter right after it)."""
    return _phrases_pattern(phrases).match(text, pos) is not None


# The phrase tables are cached tuples: one compiled pattern for each, by identity.
_PHRASE_PATTERNS: dict[int, tuple[tuple[str, ...], regex.Pattern[str]]] = {}


def _phrases_pattern(phrases: tuple[str, ...]) -> regex.Pattern[str]:
    found = _PHRASE_PATTERNS.get(id(phrases))
    if found is None or found[0] is not phrases:
        found = _PHRASE_PATTERNS[id(phrases)] = (
            phrases, regex.compile(rf"(?:{alternation(phrases) if phrases else '(?!)'})(?!\p{{L}})", regex.V1))
    return found[1]


@cache
def breakers() -> tuple[str, ...]:
    """NAME_BREAKERS and the document types of the reference grammar, capitalised ("Nghị quyết", "Luật")."""
    from loaders.grammar import TYPE_WORDS

    types = {t.words[:1].upper() + t.words[1:] for t in TYPE_WORDS if not (t.english or t.abbreviation)}
    return tuple(sorted(set(NAME_BREAKERS) | types, key=len, reverse=True))


def alternation(phrases) -> str:
    """A regular expression that matches any of `phrases` (longest first), grouped by first character so that
    a scan tries one group at each position: "H(?:ội nghị|ội thảo)|P(?:hiên họp)"."""
    groups: dict[str, list[str]] = {}
    for p in sorted(set(phrases), key=len, reverse=True):
        groups.setdefault(p[:1], []).append(regex.escape(p[1:]))
    return "|".join(f"{regex.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items())


@cache
def _province_forms() -> tuple[str, ...]:
    forms = {f for p in gz.provinces() for f in (p.name, *p.aliases) if len(f) > 2}
    return tuple(sorted(forms, key=len, reverse=True))


@cache
def _province_pattern() -> regex.Pattern[str]:
    forms = {f for f in _province_forms() if gz.canonical_province(f)}
    return regex.compile(rf"(?:{alternation(forms | {f.upper() for f in forms})})(?!\p{{L}})", regex.V1)


def province_at(text: str, pos: int) -> tuple[int, str] | None:
    """A province name starting at `pos` (as printed or in capitals) → (end, canonical name)."""
    if not (text[pos:pos + 1].isupper() or text[pos:pos + 1].isdigit()):
        return None
    if (found := candidates(text)) is not None and pos not in found.province_set:
        return None  # no province's form begins here (the text's one scan)
    m = _province_pattern().match(text, pos)
    return (m.end(), gz.canonical_province(m.group())) if m else None


def is_head_at(text: str, pos: int) -> bool:
    return head_at(text, pos) is not None


@cache
def _heads() -> tuple[gz.AgencyHead, ...]:
    """The heads of agency_heads.tsv, each also in the old tone placement ("Uỷ ban Thường vụ Quốc hội", "Sở
    Văn hoá"), the same words printed the older way; a head that spells both ways already is kept as it is."""
    out = list(gz.agency_heads())
    for h in gz.agency_heads():
        old = gz.old_tones(h.head)
        if old != h.head and not any(o in h.head.casefold() for o in gz.OLD_SPELLINGS):
            out.append(replace(h, head=old))
    return tuple(dict.fromkeys(out))


@cache
def _head_sources(caps: bool) -> list[tuple[str, gz.AgencyHead]]:
    """The heads' patterns as text, longest head first, uncompiled (`_heads_from` compiles them for one first
    character at a time: compiling each of the ~450 heads on its own cost ~1.5 s a process, most of it their
    case folding). In running text a head's first letter keeps its case; in an all-caps header (`caps`) a
    letterhead may wrap a head onto the next line ("HỘI ĐỒNG NHÂN\nDÂN")."""
    out = []
    for h in sorted(_heads(), key=lambda h: len(h.head), reverse=True):
        if caps:
            out.append((rf"(?i:{h.head.replace(' ', _WRAPPED_SPACE)})(?!\p{{L}})", h))
        else:
            first, rest = h.head[:1], h.head[1:]  # the first letter keeps its case
            out.append((rf"{first}(?i:{rest})(?!\p{{L}})", h))
    return out


@cache
def _first_letter(letter: str, caps: bool) -> regex.Pattern[str]:
    """A head's first letter (every head opens with one: the gazetteer's heads are words) as its pattern has
    it: in its own case in running text, in any case in an all-caps header."""
    return regex.compile(rf"(?i:{regex.escape(letter)})" if caps else regex.escape(letter), regex.V1)


_WRAPPED_SPACE = r"(?:[ \t]*\n[ \t]*|[ \t]+)"


# For each first character seen: one pattern of the heads that may start with it, as ordered alternatives
# (the first that matches wins, as in the full list), and the head each alternative stands for.
_HEADS_BY_CHAR: dict[bool, dict[str, tuple[regex.Pattern[str] | None, list[gz.AgencyHead]]]] = {False: {}, True: {}}


def _heads_from(char: str, caps: bool) -> tuple[regex.Pattern[str] | None, list[gz.AgencyHead]]:
    """The heads that may match text starting with `char` (a partial match on that one character), as one
    pattern whose group h<i> is the i-th head."""
    table = _HEADS_BY_CHAR[caps]
    found = table.get(char)
    if found is None:
        fits = [(p, h) for p, h in _head_sources(caps) if _first_letter(h.head[0], caps).match(char, partial=True)]
        alternatives = "|".join(f"(?P<h{i}>{p})" for i, (p, _) in enumerate(fits))
        found = table[char] = (regex.compile(alternatives, regex.V1) if fits else None, [h for _, h in fits])
    return found


@cache
def _heads_by_key(caps: bool) -> dict[str, tuple[tuple[int, str, str, str, gz.AgencyHead], ...]]:
    """For each head key (`loaders.scanner.head_key`), the heads it opens in `_head_sources(caps)`'s order: their
    place in it, first letter, literal start (`loaders.scanner.literal_start`), pattern and row."""
    out: dict[str, list[tuple[int, str, str, str, gz.AgencyHead]]] = {}
    for i, (p, h) in enumerate(_head_sources(caps)):
        out.setdefault(head_key(h.head), []).append((i, h.head[0], literal_start(h.head), p, h))
    return {k: tuple(v) for k, v in out.items()}


# The rows of `_heads_by_key(caps)` of some keys that may begin with a character, by (char, caps, keys).
_HEADS_BY_KEYS: dict[tuple[str, bool, frozenset[str]], tuple[tuple[tuple[int, str], ...], int]] = {}


def _heads_keyed(char: str, caps: bool, keys: frozenset[str]) -> tuple[tuple[tuple[int, str], ...], int]:
    """The heads whose key is one of `keys` and that may begin with `char`, in `_head_sources(caps)`'s order (their
    place in it and literal start), and the longest of their literal starts."""
    found = _HEADS_BY_KEYS.get((char, caps, keys))
    if found is None:
        rows = sorted((row for k in keys for row in _heads_by_key(caps).get(k, ())), key=lambda row: row[0])
        fits = tuple((i, start) for i, first, start, _, _ in rows if _first_letter(first, caps).match(char, partial=True))
        found = _HEADS_BY_KEYS[(char, caps, keys)] = (fits, max((len(start) for _, start in fits), default=0))
    return found


# The heads a text may hold at a position (their places in `_head_sources(caps)`), as one pattern whose group h<j> is
# the j-th of them, and their rows, by (caps, places): compiled for the heads whose literal start the text holds there
# (compiling every head of a key at once, "ban" opens 33, cost 0.3-0.4 s a process, most of it in capitals).
_HEADS_CHOSEN: dict[tuple[bool, tuple[int, ...]], tuple[regex.Pattern[str] | None, list[gz.AgencyHead]]] = {}
# The same by what the text holds at the position: (char, caps, keys, the text there as `_text_opens` reads it).
_HEADS_OPENED: dict[tuple[str, bool, frozenset[str], tuple[str, bool] | None],
                    tuple[regex.Pattern[str] | None, list[gz.AgencyHead]]] = {}
# Whitespace where an all-caps header may wrap a head (`_WRAPPED_SPACE`), each such run read as one space.
_WRAPS = regex.compile(r"[ \t]*\n[ \t]*|[ \t]+")
_WINDOW = 64  # characters read past a literal start in a header (its whitespace runs may be long)


def _text_opens(text: str, pos: int, size: int, caps: bool) -> tuple[str, bool] | None:
    """The case-folded text at `pos` as literal starts of up to `size` characters are compared with it (a header's
    wrapped whitespace read as one space, from `size` + `_WINDOW` characters), and whether it was read to the
    text's end; None when that cannot be read offset for offset (the caller then compares nothing)."""
    if not caps:
        found = candidates(text)
        if found is not None:
            return found.folded_at(pos, size), True
        stretch, whole = text[pos:pos + size], True
    else:
        stretch = _WRAPS.sub(" ", text[pos:pos + size + _WINDOW])
        whole = pos + size + _WINDOW >= len(text)
        stretch = stretch[:size] if len(stretch) >= size else stretch  # (only `size` characters are compared)
        whole = whole or len(stretch) == size
    folded = stretch.casefold()
    return (folded, whole) if len(folded) == len(stretch) else None


def _head_keyed_at(text: str, pos: int, caps: bool, keys: frozenset[str]) -> tuple[int, gz.AgencyHead] | None:
    """`_heads_from(text[pos], caps)`'s match at `pos` (its end and row) narrowed to the heads whose key is one of
    `keys` (the keys found there: no other head can match) and whose literal start the text holds there, in the
    alternation's order, so the first that matches is the one the full alternation finds."""
    char = text[pos]
    rows, longest = _heads_keyed(char, caps, keys)
    opened = _text_opens(text, pos, longest, caps)
    found = _HEADS_OPENED.get((char, caps, keys, opened))
    if found is None:
        chosen = tuple(i for i, start in rows
                       if opened is None or opened[0].startswith(start) or not opened[1] and len(opened[0]) < len(start))
        found = _HEADS_CHOSEN.get((caps, chosen))
        if found is None:
            sources = _head_sources(caps)
            found = _HEADS_CHOSEN[(caps, chosen)] = (
                regex.compile("|".join(f"(?P<h{j}>{sources[i][0]})" for j, i in enumerate(chosen)), regex.V1)
                if chosen else None, [sources[i][1] for i in chosen])
        if len(_HEADS_OPENED) >= 100_000:
            _HEADS_OPENED.clear()
        _HEADS_OPENED[(char, caps, keys, opened)] = found
    m = found[0].match(text, pos) if found[0] is not None else None
    return (m.end(), found[1][int(m.lastgroup[1:])]) if m else None


# A capitalised word (its whole run of letters) → whether some head may begin with it (see `may_open_head`).
_OPENS_A_HEAD: dict[str, bool] = {}


def may_open_head(word: str) -> bool:
    r"""Whether a head may begin with `word`, a whole run of letters, in running text or in an all-caps line:
    a partial match of the word alone against the heads for its first letter. Every head ends where no letter
    follows (`(?!\p{L})`) and looks only ahead, so a head found at a word either ends with the word or runs
    past it; this never rejects a word `head_at` would find a head at. Cached: most capitalised words
    ("Nguyễn", "Trong", "Việc") open none, wherever they stand."""
    opens = _OPENS_A_HEAD.get(word)
    if opens is None:
        if len(_OPENS_A_HEAD) >= 100_000:
            _OPENS_A_HEAD.clear()
        opens = any(pattern is not None and pattern.match(word, partial=True) is not None
                    for pattern, _ in (_heads_from(word[0], False), _heads_from(word[0], True)))
        _OPENS_A_HEAD[word] = opens
    return opens


def head_at(text: str, pos: int, caps: bool = False) -> tuple[int, gz.AgencyHead] | None:
    """The head of an agency's name at `pos` (its end and its row), unless the words there only begin like one
    ("Bộ đội", "Hội nghị", "Tỉnh ủy viên": not_agencies.txt)."""
    if pos >= len(text):
        return None
    if (scanned := candidates(text)) is not None:  # the text's one scan: kept per position (asked 2.6 times each)
        if pos not in scanned.head_set:
            return None
        if (pos, caps) not in scanned.head_found:
            keys = scanned.heads_at(pos)
            scanned.head_found[(pos, caps)] = _unblocked(text, pos, _head_keyed_at(text, pos, caps, keys)) if keys else None
        return scanned.head_found[(pos, caps)]
    if (keys := head_keys_at(text, pos)) is None:
        pattern, heads = _heads_from(text[pos], caps)  # (case folding moves offsets here: every head is tried)
    elif not keys:
        return None  # no head's first word begins here (the text read there)
    else:
        return _unblocked(text, pos, _head_keyed_at(text, pos, caps, keys))  # only the heads whose first words are here
    m = pattern.match(text, pos) if pattern else None
    if not m:
        return None
    blocked = _not_agencies_pattern().match(text, pos)
    if blocked and blocked.end() >= m.end():
        return None
    return m.end(), heads[int(m.lastgroup[1:])]


def _unblocked(text: str, pos: int, found: tuple[int, gz.AgencyHead] | None) -> tuple[int, gz.AgencyHead] | None:
    """`found`, a head at `pos`, unless the words there are one of not_agencies.txt as long as it or longer: "Bộ
    đội" alone is no body, "Bộ đội Biên phòng" is (a head longer than the words it only begins like)."""
    if found is None:
        return None
    blocked = _not_agencies_pattern().match(text, pos)
    return None if blocked and blocked.end() >= found[0] else found


@cache
def _not_agencies_pattern() -> regex.Pattern[str]:
    """not_agencies.txt in any case, as whole words."""
    return regex.compile(rf"(?i:{alternation(p.casefold() for p in gz.not_agencies())})(?!\p{{L}})", regex.V1)


def surname_run(text: str, pos: int) -> bool:
    """Whether a person's name (a known family name and more capitalised words) starts at `pos`."""
    m = WORD.match(text, pos)
    if not m or m.group() not in gz.surnames():
        return False
    w = next_word(text, m.end())
    if not (w and is_cap(w.group()) and not text[m.end():w.start()].strip() and not is_head_at(text, w.start())):
        return False
    if _PLACE_NUMERAL.fullmatch(w.group()):
        return False  # "phường Hải Châu II": a Roman numeral numbers a place of one name, it is no given name
    if not _all_caps(m.group()) and caps_predicate_at(text, w.start(), mixed=True):
        return False  # "xã Thạch Hà KHAI MẠC …": a predicate in capitals after the word, no given name
    body = head_at(text, pos)  # "Đoàn ĐBQH", "Đoàn Thanh niên …": a body
    return not (body and body[0] >= w.end())  # whose head opens with a family name


# A Roman numeral that numbers places of one name ("phường Hải Châu I", "… II", "xã Tân Lập IV"); not a lone "V" or
# "X", which stand for a name withheld ("ông Nguyễn Văn X").
_PLACE_NUMERAL = regex.compile(r"I|[IVX]{2,4}")


# Punctuation that may join two parts of a name; what may follow a number that ends one.
_JOINER = regex.compile(r"[ \t]*([,\-–&])[ \t]*")  # ("Bộ Văn hóa, Thể thao & Du lịch")
_CLAUSE_END = regex.compile(r"[ \t]*[,.;)\n]|$")
# "xã Nghi Văn (Nghi Lộc)": the district a commune belongs to, in brackets, is part of its name (an acronym in
# brackets, "(NIC)", is another name for the body, not part of it).
_BRACKETED = regex.compile(r"[ \t]*\(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){0,2}\)", regex.V1)
# An acronym in brackets inside a name, before the words that close it: "(LHPN) Việt Nam", "(LHPN) tỉnh",
# "Ủy ban Kiểm tra (UBKT) Tỉnh ủy", "Ban Tuyên giáo và Dân vận (TG&DV) Trung ương" (an acronym joined by "&"),
# "Cổng Thông tin điện tử (TTĐT) Chính phủ".
INNER_ACRONYM = regex.compile(r"[ \t]*\((?=\p{Lu}[\p{Lu}&]*\p{Lu}\))\p{Lu}+(?:&\p{Lu}+)*\)(?=[ \t]+(?:Việt Nam|Trung ương|Chính phủ|Quốc hội|tỉnh|thành phố|huyện|quận|thị xã"
                              r"|(?:Tỉnh|Thành|Huyện|Quận|Thị) [uủ]y)(?!\p{L}))", regex.V1)
# (or before a province's own name: "Trung tâm Kiểm soát bệnh tật (CDC) Cần Thơ")
_ACRONYM_THEN_SPACE = regex.compile(r"[ \t]*\((?=\p{Lu}[\p{Lu}&]*\p{Lu}\))\p{Lu}+(?:&\p{Lu}+)*\)[ \t]+", regex.V1)
PLACE_WORD = regex.compile(r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã(?![ \t]+hội)|phường|thị trấn|đặc khu(?![ \t]+kinh tế))(?!\p{L})", regex.V1)
# What closes an unknown lowercase run as part of a name: punctuation, a line's end, a place word.
_RUN_CLOSED = regex.compile(r"[ \t]*(?:[,.;:)!?]|[-–](?=[ \t]*\p{Lu})|\n|$|(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?!\p{L})"
                            r"|\([ \t]*\p{Lu}[\p{Lu}&]+[ \t]*\))",  # ("… Kiểm soát bệnh tật (CDC)": the body's acronym)
                            regex.V1)


@cache
def title_pattern() -> regex.Pattern[str]:
    """Titles as printed, an office's title in any case after its first letter ("Phó bí thư Thường trực",
    "Phó chủ tịch UBND tỉnh"): how pages often write the title before a name. Ranks and professions only as
    the table spells them ("Anh Hùng" in "Nguyễn Anh Hùng" is a name)."""
    exact = [t for t, kind in gz.role_titles().items() if kind != "office"]
    loose = [t for t, kind in gz.role_titles().items() if kind == "office"]
    return regex.compile(f"(?:{alternation(exact)})|(?:{_first_letter_exact(loose)})", regex.V1)


def _first_letter_exact(titles: list[str]) -> str:
    groups: dict[str, list[str]] = {}
    for t in sorted(set(titles), key=len, reverse=True):
        groups.setdefault(t[:1], []).append(regex.escape(t[1:].casefold()))
    return "|".join(f"{regex.escape(c)}(?i:{'|'.join(rest)})" for c, rest in groups.items())


def _title_at(text: str, pos: int) -> bool:
    """Whether a person's title begins at `pos` (an office's in any case after its first letter)."""
    if (found := candidates(text)) is not None and pos not in found.title_set:
        return False
    m = title_pattern().match(text, pos)
    return bool(m) and not text[m.end():m.end() + 1].isalpha()


@cache
def _stops(task: bool) -> frozenset[str]:
    """Lowercase words and phrases that never continue a name: function words and predicates (for a body named
    after its task, only the predicates that are never a task)."""
    verbs = gz.verb_phrases()
    return frozenset(gz.function_words()) | {v for v, kind in verbs.items() if not task or kind == "clause"}


def _stop_at(text: str, w: regex.Match[str], task: bool = False) -> bool:
    """Whether the lowercase word `w` (or the phrase it opens, which wins: "giao ban" over "giao") is a
    function word or a predicate."""
    word = w.group()
    if in_compound(text, w.start(), w.end()):
        return False  # "Đăng ký", "công trình", "dự án": a syllable of a word, not a verb
    nw = next_word(text, w.end())
    pair = f"{word} {nw.group()}" if nw else ""
    if pair in gz.function_phrases():
        return True
    if trade_taught_at(text, w.start()):
        return False  # "Trường Trung cấp đào tạo nghề Quỳnh Lưu": the training the school gives, of its name
    if pair in gz.verb_phrases():
        return pair in _stops(task)
    return word in _stops(task)


# "đào tạo nghề", "dạy nghề" right after a school's level (Luật Giáo dục nghề nghiệp 2014, Điều 5: "trường trung
# cấp", "trường cao đẳng", "trung tâm giáo dục nghề nghiệp"): vocational training, a noun phrase of the school's name
# ("Trường Trung cấp đào tạo nghề …", "TRƯỜNG CAO ĐẲNG DẠY NGHỀ …"), not the predicate "đào tạo" (trains) after it.
_TRADE_TAUGHT = regex.compile(r"(?<=(?<!\p{L})(?i:trung cấp|cao đẳng|trung tâm)[ \t]+)(?i:đào tạo|dạy)[ \t]+(?i:nghề)(?!\p{L})",
                              regex.V1)


def trade_taught_at(text: str, pos: int) -> bool:
    """Whether "đào tạo nghề" / "dạy nghề" (in any case) at `pos` follows a school's level: a word of its name."""
    return bool(_TRADE_TAUGHT.match(text, pos))


def _all_caps(word: str) -> bool:
    """A word of two letters or more printed all in capitals ("TỔ", "CHỨC")."""
    return len(word) > 1 and word.isupper()


@cache
def _verbs_by_length() -> dict[int, frozenset[str]]:
    """The predicates of verb_phrases.tsv (as listed: lowercase, diacritics kept) by their number of syllables."""
    found: dict[int, set[str]] = {}
    for phrase in gz.verb_phrases():
        found.setdefault(len(phrase.split()), set()).add(phrase)
    return {n: frozenset(p) for n, p in found.items()}


def caps_predicate_at(text: str, pos: int, mixed: bool = False) -> bool:
    """Whether a predicate of verb_phrases.tsv printed in capitals starts at `pos` ("… huyện Can Lộc TỔ CHỨC Lễ …",
    "… KHAI MẠC ĐẠI HỘI …": headlines and captions print whole clauses in capitals), compared case-folded with its
    diacritics kept: it ends the name before it. A predicate of one syllable ("THĂM", "DỰ") only when `mixed`, the
    name before it printed in mixed case, which an all-caps word never continues; in a line all in capitals a
    single syllable may be a syllable of a name ("TÂN LẬP")."""
    if trade_taught_at(text, pos):
        return False  # ("TRƯỜNG TRUNG CẤP ĐÀO TẠO NGHỀ …": the school's training, of its name)
    words: list[str] = []
    p = pos
    for _ in range(max(_verbs_by_length(), default=0)):
        w = next_word(text, p) if words else WORD.match(text, p)
        if not w or (words and text[p:w.start()].strip(" \t")) or not _all_caps(w.group()):
            break
        words.append(w.group().casefold())
        p = w.end()
    return any(" ".join(words[:n]) in _verbs_by_length().get(n, ()) for n in range(len(words), 0 if mixed else 1, -1))


_WORD_BEFORE = regex.compile(r"(?<![\p{L}])(\p{L}+)[ \t]+$", regex.V1)
_WORD_BEFORE_END = regex.compile(r"(?<![\p{L}])\p{L}+$", regex.V1)  # the word that ends right at a position
_WORD_AFTER = regex.compile(r"[ \t]+(\p{L}+)", regex.V1)


def in_compound(text: str, start: int, end: int) -> bool:
    """Whether the syllable text[start:end] is one of a two-syllable word of compound_words.txt with the syllable
    before it ("Đăng ký", "công trình") or after it ("dự án", "dự thảo"): a word of a name, not a verb."""
    word = text[start:end].casefold()
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    after = _WORD_AFTER.match(text, end)
    return bool(before and f"{before.group(1).casefold()} {word}" in gz.compound_words()
                or after and f"{word} {after.group(1).casefold()}" in gz.compound_words())


def _compound_after(text: str, w: regex.Match[str]) -> bool:
    """Whether the word `w` and the one after it are a two-syllable word of compound_words.txt ("Phòng không")."""
    after = _WORD_AFTER.match(text, w.end())
    return bool(after) and f"{w.group().casefold()} {after.group(1).casefold()}" in gz.compound_words()


def _lower_run(text: str, start: int, task: bool, last_item: bool = False) -> int | None:
    """End of the lowercase run after `start` that continues a name, or None.

    Known name syllables continue it; a run with other syllables continues it only when short and closed by
    the shape of the text (punctuation, a line's end, a place word). A function word ends it; so does a
    predicate, unless the body is named after its task ("Ban Chỉ đạo xây dựng Đề án …")."""
    p, end, n, known, stopped, unknown = start, None, 0, True, False, 0
    region = None  # "… thuốc thú y miền Trung": a region closes the run as a place does, and is part of the name
    # a task that goes on past "và" or "các" ("… thiên tai và tìm kiếm cứu nạn tỉnh …", "… xây dựng các công trình
    # dân dụng và công nghiệp tỉnh …"): where it stops unless the body's place closes it
    before_and = None
    syllables = gz.name_syllables()
    cur = next_word(text, p)
    while cur and n < (MAX_TASK_RUN if task else MAX_LOWER_RUN) and not text[p:cur.start()].strip(" \t\u00a0"):
        word = cur.group()
        if n and (region := region_at(text, cur.start()) or _central_at(text, cur.start())):
            p = region
            break
        if word in ("và", "các") and task and n:
            before_and, p = p if before_and is None else before_and, cur.end()
            cur = next_word(text, p)
            continue
        if not word.islower() or word == "và" or GENERIC_LEVEL.match(text, p) or _DOCUMENT_NUMBER.match(text, p) \
                or _DATE_CLAUSE.match(text, p) or _TERM_CLAUSE.match(text, p):
            break
        if word in gz.function_words() and not (task and word == "các" and n == 0) \
                and not in_compound(text, cur.start(), cur.end()):  # ("Thiết bị": a word, not the passive "bị")
            stopped = True
            break
        if _stop_at(text, cur, task) and not (task and word == "các" and n == 0):
            stopped = True
            break
        if n and _COMMITTEE_SYLLABLE.search(text, max(0, p - 4), p):
            break  # "Tỉnh ủy" ends a word ("thủy", "thuỷ" in "thủy lợi", "thủy văn" are syllables of their own)
        if PLACE_WORD.match(text, cur.start()) or (word in _VILLAGE_WORDS and village_at(text, cur.start())):
            break  # "… tỉnh Hà Giang", "… thôn Đông": the place that closes the name, read by the caller
        if word in PLACE_COUNTS and (nw := next_word(text, cur.end())) and PLACE_WORD.match(text, nw.start()):
            break  # "Hội Nông dân hai tỉnh Sơn La và Điện Biên": a count of the places whose bodies are named
        if word not in syllables and not in_compound(text, cur.start(), cur.end()) \
                and not (n == 0 and _ends_a_capitalised_word(text, start)):
            # ("Ngoại giao": a word; "Cao đẳng", "Tham mưu": the syllable that ends the word a capital began)
            known = False
            unknown += 1
        n += 1
        p = cur.end()
        if known:
            end = p
        cur = next_word(text, p)
    if not n:
        return None
    if before_and is not None and not (cur and not text[p:cur.start()].strip(" \t") and PLACE_WORD.match(text, cur.start())) \
            and not (last_item and stopped and known):
        return before_and  # the words after "và" are the sentence's unless the body's place closes them, or they
        # are the last item of a list of the task's items (`last_item`), name syllables up to a predicate
    shape = _RUN_CLOSED.match(text, p)
    if shape and end and not task and shape.group().strip() == "," and not _body_listed_after(text, shape.end()):
        shape = None  # "Sở Giáo dục và Đào tạo quy mô, mạng lưới …": a list goes on, the known word ends it
        # ("Bệnh viện Y học cổ truyền, Bệnh viện Lao …": a list of bodies, the comma closes this one)
    place = cur is not None and not text[p:cur.start()].strip() and province_at(text, cur.start()) is not None
    # Few unknown words closed by a capitalised component; or closed by a function word or predicate where they
    # go on with a component that is already in lowercase ("Viện Nghiên cứu lập pháp thuộc …", never the verb
    # after a place's name: "Huyện ủy Hiệp Đức chọn là …").
    short = unknown <= MAX_UNKNOWN_BEFORE_CAPITAL
    lowercase_component = bool(_LOWER_WORD_BEFORE.search(text, max(0, start - 12), start))
    if shape and shape.group().strip() in (".", ";", "!", "?") and not lowercase_component:
        shape = None  # "Đồn Biên phòng Sa Loong tuần tra.": after a place's name, the sentence's predicate
    if region:
        return region
    if known or shape or place or task or _COMMITTEE_OWNER.match(text, p) or (
            short and (stopped and lowercase_component or _name_goes_on(text, p, cur) or _and_goes_on(text, p, cur))):
        return p  # a body named after its task keeps the task up to the word that ends it
    return end


# The words that count places before their level word ("hai tỉnh", "ba huyện"), as "các" and "những" do: the bodies
# of the places listed after them, never a word of a body's name.
PLACE_COUNTS = frozenset({"các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"})


# "ủy" / "uỷ" as a syllable of its own ("Tỉnh ủy"), not the end of another ("thủy").
_COMMITTEE_SYLLABLE = regex.compile(r"(?<!\p{L})(?:ủy|uỷ)$", regex.V1)
_CAPITAL_WORD_BEFORE = regex.compile(r"(?<![\p{L}])\p{Lu}\p{Ll}*[ \t]*$", regex.V1)
_CAPITALS_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Lu}\p{Ll}*)[ \t]+\p{Lu}\p{Ll}*[ \t]*$", regex.V1)


def _ends_a_capitalised_word(text: str, pos: int) -> bool:
    """Whether the lowercase syllable at `pos` follows one capitalised syllable that opens a component ("Trường
    Cao đẳng", "Phòng Tham mưu", "Trường Mầm non"), not the last of a proper name ("Ấp Bắc", "Lê Quý Đôn")."""
    if not _CAPITAL_WORD_BEFORE.search(text, max(0, pos - 20), pos):
        return False
    two = _CAPITALS_BEFORE.search(text, max(0, pos - 40), pos)
    return two is None or is_head_at(text, two.start(1))
_LOWER_WORD_BEFORE = regex.compile(r"(?<![\p{L}])\p{Ll}+[ \t]*$", regex.V1)


# The Party committee that owns a body closes its lowercase words: "Ban Bảo vệ sức khỏe Tỉnh ủy".
_COMMITTEE_OWNER = regex.compile(r"[ \t]+(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) (?:ủy|uỷ)(?!\p{L})", regex.V1)


def _body_listed_after(text: str, pos: int) -> bool:
    """Whether another body's name follows `pos` (after a list's comma)."""
    w = next_word(text, pos)
    return w is not None and not text[pos:w.start()].strip() and is_head_at(text, w.start())


def _name_goes_on(text: str, p: int, cur: regex.Match[str] | None) -> bool:
    """Whether a capitalised component of the same name follows right at `p` ("Bệnh viện Đa khoa vùng Tây
    Nguyên", "Công ty TNHH Một thành viên Cấp nước …"): not a new body, a document, an event, a role or a person."""
    if cur is None or text[p:cur.start()].strip() or not is_cap(cur.group()) or cur.group().isupper():
        return False
    q = cur.start()
    return not (is_head_at(text, q) or starts_with_any(text, q, breakers()) or _title_at(text, q)
                or (surname_run(text, q) and not starts_with_any(text, q, gz.name_parts())))


@cache
def _region_pattern() -> regex.Pattern[str]:
    return regex.compile(rf"(?i:{alternation(r.casefold() for r in gz.regions())})(?!\p{{L}})", regex.V1)


# "… Nội tiết trung ương", "… Phụ sản trung ương": the central level written in lowercase after a body's
# lowercase words closes the name as a region does, and is part of it.
_CENTRAL_LOWER = regex.compile(r"trung ương(?!\p{L})", regex.V1)


def _central_at(text: str, pos: int) -> int | None:
    """End of a lowercase "trung ương" at `pos`, else None."""
    m = _CENTRAL_LOWER.match(text, pos)
    return m.end() if m else None


def region_at(text: str, pos: int) -> int | None:
    """End of a region of the country ("miền Trung", "Tây Nguyên") starting at `pos`, else None."""
    m = _region_pattern().match(text, pos)
    return m.end() if m else None


def _and_goes_on(text: str, p: int, cur: regex.Match[str] | None) -> bool:
    """ "… Điện ảnh và Xúc tiến du lịch": "và" right after the run, then a capitalised component of the name."""
    if cur is None or cur.group() != "và" or text[p:cur.start()].strip():
        return False
    return _name_goes_on(text, cur.end(), next_word(text, cur.end()))


# " số 12", " số 98/2023/QH15": a document's number, never part of a name ("Chuyển đổi số" is).
_DOCUMENT_NUMBER = regex.compile(r"[ \t]+số[ \t]+\d", regex.V1)
# " khóa XIX", " khóa mới", " nhiệm kỳ 2020-2025": a body's term, never part of its name.
_TERM_CLAUSE = regex.compile(r"[ \t]+(?:khóa|khoá|nhiệm kỳ)(?!\p{L})", regex.V1)
# " ngày 25/10/2017", " năm 2024": a date, never part of a body's name.
_DATE_CLAUSE = regex.compile(r"[ \t]+(?:ngày|năm|tháng)[ \t]+\d", regex.V1)


# "Nghị quyết số 98/2023/QH15", "Đề án 06": a document the task of a body is about.
_TASK_DOCUMENT_NUMBER = regex.compile(r"[ \t]+(?:số[ \t]+)?[\p{L}\p{N}/.\-]*\d[\p{L}\p{N}/.\-]*(?<![.\-])", regex.V1)
# "số 30 của Bộ Chính trị, Ban Bí thư": a delegation's number and the bodies that sent it.
_NUMBER = regex.compile(r"[ \t]+số[ \t]+\d+", regex.V1)
_OF = regex.compile(r"[ \t]+của[ \t]+")
_LIST_JOIN = regex.compile(r"[ \t]*(?:,|và)[ \t]*")


def _task_document(text: str, pos: int) -> int | None:
    """After the lowercase task of a body, a document it is about: its type and number, or its type and a
    capitalised title (the caller goes on with the title)."""
    w = next_word(text, pos)
    if not w or text[pos:w.start()].strip() or not starts_with_any(text, w.start(), document_types()):
        return None
    kind = next(t for t in document_types() if text.startswith(t, w.start()))
    after = w.start() + len(kind)
    m = _TASK_DOCUMENT_NUMBER.match(text, after)
    return m.end() if m else after


@cache
def document_types() -> tuple[str, ...]:
    """The document types of the reference grammar, capitalised ("Nghị quyết", "Kế hoạch")."""
    from loaders.grammar import TYPE_WORDS

    return tuple(sorted({t.words[:1].upper() + t.words[1:] for t in TYPE_WORDS if not (t.english or t.abbreviation)},
                        key=len, reverse=True))


def _senders(text: str, pos: int) -> int:
    """End of "số 30 của Bộ Chính trị, Ban Bí thư" after a delegation's head (or `pos` when there is none)."""
    m = _NUMBER.match(text, pos)
    if not m:
        return pos
    end = m.end()
    of = _OF.match(text, end)
    if not of:
        return end
    p, last = of.end(), end
    while (found := head_at(text, p)):
        body = extend_name(text, found[0], head=text[p:found[0]])[0] if found[1].body != "none" else found[0]
        last = body
        j = _LIST_JOIN.match(text, body)
        if not j or not head_at(text, j.end()):
            break
        p = j.end()
    return last


# After "Trung ương": the body it is the centre of ("… Trung ương Đảng", "… Trung ương Hội Nông dân Việt Nam").
_CENTRE_OF = regex.compile(r" (?:Đảng|Hội|Đoàn|Mặt trận|MTTQ|Công đoàn|Liên đoàn|HND|HLHPN|HCCB|HCTĐ|HLHTN)(?!\p{L})")


def _closer_at(text: str, pos: int) -> int | None:
    """End of a word that closes a name ("Việt Nam", "Trung ương") starting at `pos`, else None."""
    for c in CLOSERS:
        if text.startswith(c, pos) and not text[pos + len(c):pos + len(c) + 1].isalpha():
            if c in ("Trung ương", "T.Ư", "TƯ", "TW") and _CENTRE_OF.match(text, pos + len(c)):
                return None  # "Ban Chấp hành Trung ương Đảng", "Ủy ban Trung ương MTTQ Việt Nam": the centre of a body
            return pos + len(c)
    return None


@cache
def _country_pattern() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{alternation(c for c in gz.countries() if c not in CLOSERS)})(?!\p{{L}})", regex.V1)


def country_at(text: str, pos: int) -> int | None:
    """End of a foreign country's name at `pos` right after a lowercase word ("Bộ Ngoại giao Hàn Quốc", "Đại sứ
    quán Đức"): it closes a foreign body's name as a province closes a local one. After a capitalised word it is
    a syllable of a proper name ("Lê Đức Thọ"); so is it where a longer district's name begins with it ("Đức
    Thọ"), else None."""
    if not _LOWER_WORD_BEFORE.search(text, max(0, pos - 12), pos):
        return None
    m = _country_pattern().match(text, pos)
    if not m:
        return None
    town = district_name_at(text, pos)
    if town and town > m.end() and not _WORD_AFTER_PLACE.match(text, town):
        return None  # "Sở Y tế Đức Thọ": a district of the table whose first word is a country's name is the district
    host = _HOST_COUNTRY.match(text, m.end())  # "Đại sứ quán Nhật Bản tại Việt Nam": the host country too
    return host.end() if host and (host.group(1) == "Việt Nam" or _country_pattern().match(text, host.start(1))) \
        else m.end()


# A state's own body, named by its name alone, that a country after it makes foreign ("Chính phủ Nhật Bản").
_NATIONAL_BODY = regex.compile(r"(?<!\p{L})(?:Chính phủ|Quốc hội)$", regex.V1)


def foreign_state_end(text: str, head: str, pos: int) -> int | None:
    """End of the country that follows a state's own body ("Chính phủ Bỉ", "Quốc hội Lào") whose name ends at
    `pos`: the foreign body, else None."""
    if not _NATIONAL_BODY.search(head) or not text.startswith(" ", pos):
        return None
    return country_at(text, pos + 1)


_HOST_COUNTRY = regex.compile(r"[ \t]+tại[ \t]+(\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*)?)", regex.V1)


def is_country(text: str, pos: int) -> bool:
    """Whether a country's name starts at `pos` ("…, Đài Loan"): a place, never a component of a body's name."""
    return bool(_country_pattern().match(text, pos))


# A number that ends a unit's name before a bracket or a function word: "Lữ đoàn Công binh 280 (nhiệm kỳ …)",
# "Hội Cựu chiến binh Bệnh viện Nhi đồng 2 đã tổ chức …" (never "… 2 năm", a count of something).
_BRACKET_AFTER_NUMBER = regex.compile(r"[ \t]+\(")
# "và" and a capitalised word after a number: the number closes one name, the next begins.
_JOINED_NAME = regex.compile(r"và[ \t]+\p{Lu}", regex.V1)
_NUMBERED_UNIT = regex.compile(r"[ \t]+\d{1,3}(?![\d\p{L}/.,]\S)(?!\d)", regex.V1)


def unit_number_end(text: str, pos: int) -> int | None:
    """End of the number that names a numbered unit whose head ends at `pos` ("Sư đoàn 316"), else None."""
    m = _NUMBERED_UNIT.match(text, pos)
    return m.end() if m else None


# A dash between two lowercase words of a task ("quân - dân", "kinh tế - xã hội"): one word pair, not two names.
_LOWER_PAIR = regex.compile(r"[ \t]*[-–][ \t]*\p{Ll}+(?![\p{L}\d])", regex.V1)


# A level there is only one body of ("cấp Nhà nước", "cấp quốc gia"), unlike "cấp tỉnh", "cấp xã" (GENERIC_LEVEL):
# "Ban Tổ chức cấp Nhà nước", "Hội đồng … cấp quốc gia" name one body.
_UNIQUE_LEVEL = regex.compile(r"[ \t]+cấp[ \t]+(?:Nhà nước|[Qq]uốc gia)(?!\p{L})", regex.V1)


# A Roman numeral after a branch's place: the second branch a bank keeps in one province ("Agribank Chi nhánh Cần Thơ
# II", "Chi nhánh Hà Tĩnh II"; banks number the branches they open in a province after the first).
_BRANCH_NUMERAL = regex.compile(r"[ \t]+(?:I{1,3}|IV|VI{0,3}|IX|X)(?![\p{L}\d])", regex.V1)


def extend_name(text: str, pos: int, caps: bool = False, head: str = "",
                task: bool = False) -> tuple[int, str | None, int]:
    """extend_name_body, and a branch's Roman numeral after its place ("Agribank Chi nhánh Cần Thơ II"); kept with
    a scanned text's candidates (`loaders.scanner.kept`: 13-17 % of the calls ask again)."""
    return kept(text, (extend_name, pos, caps, head, task), lambda: _read_extended_name(text, pos, caps, head, task))


def _read_extended_name(text: str, pos: int, caps: bool, head: str, task: bool) -> tuple[int, str | None, int]:
    end, prov, prov_start = extend_name_body(text, pos, caps, head, task)
    if end > pos and (num := _BRANCH_NUMERAL.match(text, end)) and _BRANCH.search(f"{head} {text[pos:end]}") and prov:
        return num.end(), None, num.end()  # (the numeral is the name's last word: printed as is, as a seat is)
    return end, prov, prov_start


def extend_name_body(text: str, pos: int, caps: bool = False, head: str = "",
                     task: bool = False) -> tuple[int, str | None, int]:
    """End of the name body that starts at `pos`, the province it ends with (or None) and where that starts.

    Takes capitalised components and the lowercase syllables that continue them, "," / "-" / "và" between
    components, an owning body ("Ban Tuyên giáo Tỉnh ủy"), a bracketed acronym, and a closing "tỉnh X" /
    "huyện Y"; stops at punctuation, a function word, a predicate, a new body, a person, a role or a document.
    `task`: the body is named after its task, which runs on in lowercase ("Ban Chỉ đạo phòng, chống dịch").
    """
    end = p = _senders(text, pos) if task else pos
    head_words = head.split()
    last_head = office = head  # the head of the last body read ("Ban Chấp hành Đảng ủy …": "Đảng ủy"); the office
    first = p == pos
    # "Ban Kinh tế - Ngân sách": a head that is already a component may take more after a comma or a dash
    head_component = len(head_words) > 1 and head_words[-1].islower() and head_words[-1] not in WORD_ENDERS
    joined = False  # one "và" per name ("Văn hóa, Thể thao và Du lịch")
    closed = _ends_with_closer(head)
    task_open = task and first  # the task of a body named after it has not been read yet
    # "Ban Tuyên giáo", "Học viện Chính trị": a head whose last word is lowercase may go on in lowercase
    in_component = task_open or (head_component and not task)
    span_read = False  # a span of years inside a task was read last ("… kỷ niệm 60 năm"): the day it counts from goes on
    while True:
        if not caps and (level := _UNIQUE_LEVEL.match(text, p)):
            end = p = level.end()  # "Ban Tổ chức cấp Nhà nước": the one body at the State's level
            closed, in_component = True, False
            continue
        w = next_word(text, p, newline_ok=caps and _caps_continues(text, p))
        gap = text[p:w.start()] if w else ""
        if not w or (gap and gap.strip(" \t\u00a0\n")):
            if not caps and ((a := INNER_ACRONYM.match(text, p)) or (
                    (a := _ACRONYM_THEN_SPACE.match(text, p)) and province_at(text, a.end()))):
                p = a.end()  # "Hội Liên hiệp Phụ nữ (LHPN) Việt Nam": the acronym in brackets, then the rest of the name
                continue
            if not first and not caps and (b := _BRACKETED.match(text, p)):
                return b.end(), None, b.end()
            if task and (pair := _comma_pair(text, p)):  # (in capitals too: "BAN CHỈ ĐẠO PHÒNG, CHỐNG …")
                p = end = pair
                in_component = True
                continue
            if task and not caps and not first and (item := _task_item(text, p)):
                p = end = item  # "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh …": one more item of the task
                continue
            if task and not caps and not first and (pair := _LOWER_PAIR.match(text, p)):
                p = end = pair.end()  # "Ban Chỉ đạo Tết quân - dân tỉnh …": two lowercase words joined by a dash
                in_component = True
                continue
            if text.startswith("&", p) and _joint_office(office) and is_head_at(text, p + 1):
                p += 1  # "Văn phòng HĐND&UBND huyện": one office of two bodies
                continue
            if not first and _joint_office(office) and _ELECTED_BODY.fullmatch(last_head) \
                    and (j := _JOINER.match(text, p)) and _ELECTED_BODY.match(text, j.end()):
                p, closed = j.end(), False  # "Văn phòng HĐND-UBND huyện", "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh":
                continue  # one office ("… Đoàn đại biểu Quốc hội, Hội đồng nhân dân …": "Quốc hội" closes no name here)
            m = _JOINER.match(text, p)
            if not m or (first and not head_component) or closed or (caps and not _caps_joiner(text, m, task)):
                break
            q = m.end()
            nw = WORD.match(text, q)
            tail = _lower_tail(text, q) if m.group(1) == "," else None
            if tail:
                p = end = tail  # the place that may close it is read next
                first, in_component, closed = False, False, True
                continue
            if (not nw or not is_cap(nw.group()) or is_head_at(text, q) or starts_with_any(text, q, breakers())
                    or _title_at(text, q)
                    or surname_run(text, q) or province_at(text, q) or is_country(text, q)):
                break
            if m.group(1) == "," and text[q - 1] != " ":
                break
            if head_words and nw.group() == head_words[0]:
                break  # "Ban chỉ đạo, Ban tổ chức hội thi": the head's first word again opens a second body
            if m.group(1) in "-–" and _SELF_DESCRIPTION.match(text, q):
                break  # "Tạp chí Cộng sản - Cơ quan lý luận chính trị của …": what the body is, not its name
            if m.group(1) == "," and UNIT_CODE.fullmatch(nw.group()) and UNIT_CODE.search(text, pos, p):
                break  # "Phòng PC03, PA06, PA07": units listed by their codes, one name each
            p = q
            continue
        word = w.group()
        if "\n" in gap and not caps:
            break
        if caps and (official := official_at(text, w.start())):
            end = p = official  # "THANH TRA BỘ XÂY DỰNG": a central body that owns this one, whole ("XÂY DỰNG" is
            first = False  # no predicate there)
            continue
        if caps and not first and not task and caps_predicate_at(text, w.start()) and _clause_in_caps(text, pos, p, head) \
                and not namesake_ends_at(text, pos, w.end()):
            break  # "SỞ Y TẾ TRIỂN KHAI KẾ HOẠCH …": a headline's predicate after the body's name (not "… KIM ĐỒNG TỔ
            # CHỨC …", where "ĐỒNG" ends a historical figure's name: the predicate is the one after it)
        if not first and not caps and _after_mixed_case(text, p) and caps_predicate_at(text, w.start(), mixed=True):
            break  # "Công ty Cổ phần Sông Đà TỔ CHỨC …": a predicate in capitals after a name in mixed case, the
            # clause's (after a word in capitals it may be the name's: "Công ty TNHH XÂY DỰNG …")
        low = word.casefold() if caps or _capital_marker(text, w) else word
        district = _district_at(text, w.start(), caps)
        if district:
            return district, None, district
        if not caps and word in _VILLAGE_WORDS and (village := village_at(text, w.start())):
            if village[1]:
                return village[0], None, village[0]  # "Chi hội Nông dân ấp Tân Lập", "Ban Công tác Mặt trận thôn 3"
            break  # "Hội Y tế thôn, bản": every village's, which the caller reads as a class of bodies
        prov = province_at(text, w.start())
        city = next_word(text, w.end()) if low == "thành" else None  # "thành phố", not "thành viên"
        committee = caps and low == "tỉnh" and (nw := next_word(text, w.end())) and nw.group().casefold() in WORD_ENDERS
        if committee:
            end = p = nw.end()  # "BAN THƯỜNG VỤ TỈNH ỦY …": the province's Party committee that owns the body, then
            first = False  # its province
            continue
        if (low in ("tỉnh", "tp", "tp.") and not committee) or (city and city.group().casefold() == "phố"):
            after = city.end() if city else w.end()
            if low == "tp" and text.startswith(".", after):
                q = space.end() if (space := SPACE.match(text, after + 1)) else after + 1
                if glued := province_at(text, q):
                    return glued[0], glued[1], q  # "Ủy ban MTTQ Việt Nam TP.Hồ Chí Minh", "… Thành ủy TP. Hồ Chí Minh"
            nxt = next_word(text, after, newline_ok=caps)
            if nxt:
                prov2 = province_at(text, nxt.start())
                if prov2:
                    return prov2[0], prov2[1], nxt.start()
                if low != "tỉnh" and (town := _district_names().match(text, nxt.start())) \
                        and not _person_across_place(text, nxt.start(), town.end()):
                    return town.end(), None, town.end()  # "UBND thành phố Long Xuyên": a city of a province
                if low != "tỉnh" and caps and (town_end := _district_in_caps(text, nxt.start())):
                    return town_end, None, town_end  # "UBND THÀNH PHỐ VINH": a city of a province, in capitals
            if low.startswith("tp") and prov and prov[0] > w.end():
                return prov[0], prov[1], w.start()  # "… Thành ủy TP HCM": the city's short name holds its place word
            if low.startswith("tp"):
                end = w.end()
                break
            return after, None, after
        if prov and is_cap(word) and not starts_with_any(text, w.start(), gz.name_parts()) \
                and not (caps and _name_part_in_caps(text, w.start(), prov[0])):
            return prov[0], prov[1], w.start()
        if task and not caps and (doc := _task_document(text, p)):
            # "Ban Chỉ đạo triển khai Nghị quyết số 98", "… xây dựng Đề án Phát triển …"; a document named by its
            # title, not its number, goes on with the title ("Ban Chỉ đạo các Chương trình mục tiêu quốc gia")
            titled = not any(c.isdigit() for c in text[p:doc])
            end = p = doc
            first, in_component, closed = False, titled, False
            continue
        if closed and not caps and (branch := _BRANCH.match(text, w.start())):
            end = p = branch.end()  # "… Việt Nam chi nhánh tỉnh Kon Tum": a branch of the closed name, to its place
            closed, first, in_component = False, False, False
            continue
        if span_read and word == "Ngày" and (day_run := _lower_run(text, w.end(), True)):
            end = p = day_run  # "… kỷ niệm 60 năm Ngày truyền thống lực lượng …", "… Ngày thành lập tỉnh": the day
            first, in_component, span_read = False, False, False  # the years count from, with what it is the day of
            continue
        span_read = False
        if is_cap(word) and not caps:
            if (district := _committee_district(text, w.start())):
                return district, None, district  # "Thành ủy Nha Trang", "Huyện ủy Gio Linh": the district it names
            if closed and word != "Đảng":
                break
            if _new_item(text, w.start(), first, last_head):
                break
            owner = head_at(text, w.start())
            if owner and owner[0] == w.end() and _compound_after(text, w):
                owner = None  # "Sư đoàn Phòng không": the head's word begins a word of the name ("phòng không")
            if owner and (first or owner[1].parent == "yes" or _after_centre(text, w.start())):
                # "… Ngân sách Hội đồng nhân dân", "Văn phòng Đoàn đại biểu Quốc hội": the body that owns this one
                owner_head = last_head = text[w.start():owner[0]]
                end = p = owner[0]
                office = owner_head if _joint_office(owner_head) else office
                # a body that takes its kind from an owner ("Công đoàn Văn phòng Đoàn ĐBQH …") is owned in turn
                first, closed = owner[1].kind_from_owner and owner[1].body == "req", _ends_with_closer(owner_head)
                in_component = len(owner_head.split()) > 1 and owner_head.split()[-1].islower() \
                    and owner_head.split()[-1] not in WORD_ENDERS
                continue
            closer = _closer_at(text, w.start()) or country_at(text, w.start())
            if closer:
                end = p = closer
                closed, first, in_component = True, False, False
                continue
            if not first and (town := district_name_at(text, w.start())) and not _WORD_AFTER_PLACE.match(text, town):
                end = p = town  # "Bệnh viện Đa khoa Vũng Tàu chuyển mình …": a district's or city's name closes the
                first, in_component = False, False  # words of a component; a lowercase verb after it is the sentence's
                continue
            end = p = w.end()
            # (after an acronym only a body with a name of its own goes on in lowercase: "Trường THPT chuyên …")
            first, in_component = False, not (word.isupper() and len(word) > 1) or _own_name(last_head)
            continue
        if word.isdigit() and len(word) <= 3:
            nw = next_word(text, w.end())
            gap_after = text[w.end():nw.start()] if nw else ""
            if task and not caps and nw and nw.group() == "năm" and gap_after.strip(" \t") == "":
                end = p = nw.end()  # "Ban Chỉ đạo tổng kết 10 năm thực hiện …", "… kỷ niệm 60 năm Ngày …": a span
                first, in_component, task_open = False, True, True  # of years inside the task, which goes on
                span_read = True
                continue
            if _COUNT_AFTER.match(text, w.end()):
                break  # "Sở Y tế 2 lần kiểm tra …": a count the sentence makes, not the body's number
            after_area = text[max(0, w.start() - 5):w.start()].rstrip().endswith(("khu", "vực", "Vùng", "đạo")) \
                or bool(_REGION_UNIT.search(text, pos, w.start())) \
                or bool(_VILLAGE_BEFORE_NUMBER.search(text, max(0, w.start() - 16), w.start()))
            # ("Bộ Tư lệnh Vùng Cảnh sát biển 1"; "Chi bộ Khu phố 3 phường …": a village numbered, then its commune)
            if (nw and is_cap(nw.group()) and not gap_after.strip()) or after_area \
                    or _CLAUSE_END.match(text, w.end()) or _BRACKET_AFTER_NUMBER.match(text, w.end()) \
                    or (nw and not gap_after.strip() and nw.group().islower() and _stop_at(text, nw)) \
                    or (nw and not gap_after.strip() and _JOINED_NAME.match(text, nw.start())):
                # "Ban Chỉ đạo 35 Trung ương", "Học viện Chính trị khu vực 3", and a number that closes a name
                # before a predicate or "và" and the next name ("Bệnh viện Quân y 175 và Bệnh viện …")
                end = p = w.end()
                first = False
                continue
            break
        if caps:  # an all-caps header: the rest of the line is the name
            end = p = w.end()
            first = False
            continue
        if word == "số" and not first and _own_name(head) and _NUMBERED_OWN.match(text, w.start()) \
                and (num := _UNIT_NUMBER.match(text, w.end())):
            end = p = num.end()  # "Trường Giáo dưỡng số 2", "Xí nghiệp Xây lắp số 1": one of its kind by number
            first, in_component = False, False
            continue
        if word == "và" and not joined and not first:
            joined = True
            nw = next_word(text, w.end())
            if nw and is_cap(nw.group()) and not starts_with_any(text, nw.start(), breakers()) \
                    and (not is_head_at(text, nw.start()) or _joint_office(office)):
                p, closed = w.end(), False
                continue
            if task and nw and nw.group() == "các" and (run := _lower_run(text, nw.start(), True)) \
                    and _task_closed(text, run, head_words):
                end = p = run  # "Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh …": the rest of its task,
                continue  # which its place or its short name in brackets closes
            break
        if not first and not closed and (area := _AREA_BEFORE_REGION.match(text, w.start())) \
                and (region := region_at(text, area.end())):
            end = p = region  # "Văn phòng đại diện Agribank khu vực Tây Nam bộ": the region it serves closes the name
            closed, in_component = True, False
            continue
        if (task or last_head.startswith("Ban Chỉ đạo")) and word == "về" \
                and _SCOPE_BEFORE.search(text, max(0, w.start() - 12), w.start()):
            p, in_component, task_open, closed, task = w.end(), True, True, False, True
            continue  # "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng": its scope, then its task
        if not (in_component or task_open) or (closed and not task_open):
            break
        # after a capitalised name inside a task ("Ban Quản lý Khu di tích Tân Trào"), a verb is the sentence's
        run = _lower_run(text, p, task and not _CAPITAL_WORD_BEFORE.search(text, max(0, p - 20), p))
        if run is None:
            break
        end = p = run
        first, in_component, task_open = False, False, False
        if text[max(0, p - 8):p].endswith(("Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ")):
            closed = True  # "… Tỉnh ủy": only its province may follow
        if task and (nw := next_word(text, p)) and not text[p:nw.start()].strip() and is_cap(nw.group()):
            in_component = True  # the task's title: "… xây dựng Đề án Phát triển …"
    return end, None, end


_SHORT_NAME_AFTER = regex.compile(r"[ \t]*\([ \t]*(\p{Lu}\p{L}*)", regex.V1)


def _task_closed(text: str, pos: int, head_words: list[str]) -> bool:
    """Whether the words of a task read up to `pos` are closed by the body's place ("… tỉnh Thái Bình") or by its
    short name in brackets, which begins with the body's head ("… (Ban Quản lý)")."""
    nxt = next_word(text, pos)
    if nxt and not text[pos:nxt.start()].strip() and PLACE_WORD.match(text, nxt.start()):
        return True
    short = _SHORT_NAME_AFTER.match(text, pos)
    return bool(short and head_words and short.group(1) == head_words[0])


# "khu vực", "vùng" before one of the country's regions (regions.txt): the area a unit serves.
_AREA_BEFORE_REGION = regex.compile(r"(?:khu vực|vùng)[ \t]+", regex.V1)


# The scope of a steering committee before its task: "Ban Chỉ đạo quốc gia về …", "Ban Chỉ đạo Trung ương về …".
_SCOPE_BEFORE = regex.compile(r"(?<!\p{L})(?:Trung ương|[Qq]uốc gia)[ \t]+$", regex.V1)


# The branch of a national body, which a place then closes: "chi nhánh", "Chi nhánh".
_BRANCH = regex.compile(r"(?i:chi nhánh)(?!\p{L})", regex.V1)


_DISTRICT_COMMITTEE_BEFORE = regex.compile(r"(?<!\p{L})(?:Huyện|Quận|Thị|Thành) [uủ]y[ \t]+$", regex.V1)


@cache
def _district_names() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{alternation(gz.districts())})(?!\p{{L}})", regex.V1)


# A letter right after a district's name as matched: the name was only the start of a longer word.
_WORD_AFTER_PLACE = regex.compile(r"\p{L}", regex.V1)


@cache
def _any_district_names() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{alternation(gz.district_names())})(?!\p{{L}})", regex.V1)


def _any_district_at(text: str, pos: int) -> int | None:
    """End of a district's name of the table at `pos`, one two provinces share included ("thị xã Hoàng Mai")."""
    m = _any_district_names().match(text, pos)
    return m.end() if m else None


_LETTERS = regex.compile(r"\p{L}+", regex.V1)


def _district_in_caps(text: str, pos: int) -> int | None:
    """End of a district's name of the table printed in capitals at `pos` ("VINH", "BUÔN MA THUỘT"), on its line,
    else None."""
    line_end = text.find("\n", pos)
    line = text[pos:line_end if line_end >= 0 else len(text)][:60]
    if not line[:1].isupper():
        return None
    recased = _LETTERS.sub(lambda w: w.group().capitalize(), line)
    m = _district_names().match(recased) if len(recased) == len(line) else None
    return pos + m.end() if m else None


def district_name_at(text: str, pos: int) -> int | None:
    """End of a district's name of the table ("Can Lộc", "Long Xuyên") starting at `pos`, else None."""
    m = _district_names().match(text, pos)
    return m.end() if m else None


def _committee_district(text: str, pos: int) -> int | None:
    """End of the district named at `pos` right after "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", else None."""
    if not _DISTRICT_COMMITTEE_BEFORE.search(text, max(0, pos - 12), pos):
        return None
    return _any_district_at(text, pos)


def _capital_marker(text: str, w: regex.Match[str]) -> bool:
    """ "Thành phố", "Tỉnh", "TP" capitalised as a place word ("Ủy ban nhân dân Thành phố"), not "Tỉnh ủy",
    "Tỉnh Đoàn" (the Youth Union's provincial committee, its second word capitalised as often as not)."""
    if w.group() not in ("Tỉnh", "Thành", "TP", "TP.", "Tp", "Tp."):
        return False
    nw = next_word(text, w.end())
    return not (nw and nw.group().casefold() in WORD_ENDERS)


def _ends_with_closer(head: str) -> bool:
    """ "Quốc hội", "Tỉnh ủy": a head after which only a place may follow."""
    return head.endswith(("Việt Nam", "Quốc hội", "Chính phủ")) or head in ("Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ")


_COMMA = regex.compile(r",[ \t]*(?=\p{Ll})", regex.V1)


def _task_item(text: str, pos: int, depth: int = 0) -> int | None:
    """After a comma in a body's task, a lowercase item (or several) that runs to a place word or the clause's
    end."""
    m = _COMMA.match(text, pos)
    if not m:
        return None
    at = m.end() - 1 if text[m.end() - 1] == " " else m.end()
    run = _lower_run(text, at, True)
    closed = _RUN_CLOSED.match(text, run) if run else None
    if closed and closed.group().strip() == "," and depth < 3:
        return _task_item(text, run, depth + 1)  # "… đổi mới, phát triển kinh tế tập thể, hợp tác xã.": one more
    if run and not closed and depth and _AND_AFTER.match(text, run):
        last = _lower_run(text, at, True, last_item=True)  # "… về phát triển khoa học, công nghệ, đổi mới sáng tạo và
        return last if last and last > run else run  # chuyển đổi số họp …": the list's last item after "và"; "… tham
        # nhũng, lãng phí, tiêu cực và yêu cầu …": a predicate after "và", the list ends before it
    return run if closed and closed.group().strip() != "," else None


_AND_AFTER = regex.compile(r"[ \t]+và[ \t]+\p{Ll}", regex.V1)


def _comma_pair(text: str, pos: int) -> int | None:
    """End of "phòng, chống" (a pair of the task joined by a comma, "Phòng, chống" when the task is capitalised)
    when `pos` is at its comma."""
    start = text.rfind(" ", 0, pos) + 1
    for pair in COMMA_PAIRS:
        if text[start:start + len(pair)].casefold() == pair and start + pair.index(",") == pos:
            return start + len(pair)
    return None


# The elected bodies and the committee one office may serve together, in the forms a page prints them.
_ELECTED_BODY = regex.compile(r"(?:HĐND|HDND|UBND|H[ộo]i đ[ồo]ng nh[âa]n d[âa]n|[ỦUủu][yỷ] ban nh[âa]n d[âa]n|Đoàn ĐBQH"
                              r"|Đoàn [đĐ]ại biểu Quốc hội)(?!\p{L})", regex.V1)  # ("Đoàn Đại biểu Quốc hội": either case)


def _joint_office(head: str) -> bool:
    """ "Văn phòng HĐND và UBND tỉnh", "Văn phòng Đoàn ĐBQH và HĐND tỉnh": an office serves two bodies."""
    return head.startswith("Văn phòng")


# A school or an academy, whose first word may be its subject: "Trường Đại học Luật Hà Nội", "Khoa Luật" (the subject
# "Luật", not the document type that would open a law's title).
_SCHOOL_HEAD = regex.compile(r"(?:Đại học|Học viện|Cao đẳng|Trung cấp|Khoa|Viện)$")
# A university's head, which a name of its own follows, a person's too ("Trường Đại học Tôn Đức Thắng"): no one's
# name comes right after it (a rector is named after the university's name).
_UNIVERSITY_HEAD = regex.compile(r"(?<!\p{L})Đại học$", regex.V1)


def _new_item(text: str, pos: int, first: bool, head: str) -> bool:
    """Whether the capitalised word at `pos` starts something else than the name: a document, an event, a
    title, a person (unless a body with a name of its own is named after one: "Trường THPT Chuyên Lê Quý Đôn"),
    or a body that does not own this one."""
    if starts_with_any(text, pos, breakers()) and not (first and starts_with_any(text, pos, FIRST_WORD_OK)) \
            and not _HALL_BEFORE.search(text, max(0, pos - 10), pos) \
            and not (first and _SCHOOL_HEAD.search(head) and text.startswith("Luật", pos)):
        return True  # ("Công đoàn Trung tâm Hội nghị Quốc gia": the hall's name goes on)
    if surname_run(text, pos) and not starts_with_any(text, pos, gz.name_parts()) and not (
            (not first or _UNIVERSITY_HEAD.search(head)) and _own_name(head) and head not in _PRESS_HEADS):
        return True  # ("Phó Tổng Biên tập Báo Nhân Dân Phan Văn Hùng": no paper is named after a person)
    if _title_at(text, pos) or _academic_at(text, pos):
        return True  # ("Giám đốc Bệnh viện PGS.TS. Nguyễn …": a person's academic title, then the person)
    found = head_at(text, pos)
    return bool(found and not found[1].parent == "yes" and not first and not _PARTY_OF_A_BODY.match(head)
                and not _after_centre(text, pos))


# A numbered region of the navy or the coast guard, whose number follows its name: "Vùng Cảnh sát biển 1".
_REGION_UNIT = regex.compile(r"(?<!\p{L})Vùng(?:[ \t]+\p{L}+){1,4}[ \t]*$", regex.V1)
# A body describing itself after a dash: "Báo Nhân Dân - Cơ quan Trung ương của Đảng", "Tạp chí Cầu Thị - Cơ quan lý
# luận của …" (the masthead line of the Party's press).
_SELF_DESCRIPTION = regex.compile(r"Cơ quan(?!\p{L})", regex.V1)
# Heads of the press: a newspaper, a journal or a broadcaster has a name of its own, never a person's name, so a
# person's full name right after that name is the person's (a school may be named after a person, a paper not).
_PRESS_HEADS = frozenset({"Báo", "Tạp chí", "Đài"})
_TITLE_GAP = regex.compile(r"[ \t,.]*")


@cache
def _academic_pattern() -> regex.Pattern[str]:
    titles = sorted(gz.academic_titles(), key=len, reverse=True)
    return regex.compile(r"(?:" + "|".join(regex.escape(t) for t in titles) + r")(?=[ \t,.]|$)", regex.V1)


def _academic_at(text: str, pos: int) -> bool:
    """Whether academic titles ("PGS.TS.", "TS.") begin at `pos` and a person's name follows them."""
    p = pos
    while (m := _academic_pattern().match(text, p)):
        p = _TITLE_GAP.match(text, m.end()).end()
    return p > pos and surname_run(text, p)


_HALL_BEFORE = regex.compile(r"(?<!\p{L})Trung tâm[ \t]+$", regex.V1)
# The Party organisation of a body, named after it: "Đảng bộ Ngân hàng …", "Ban Chấp hành Đảng ủy Viện kiểm sát …".
_PARTY_OF_A_BODY = regex.compile(r"Đảng (?:bộ|ủy|uỷ)(?!\p{L})", regex.V1 | regex.I)


def _after_centre(text: str, pos: int) -> bool:
    """ "… Trung ương Hội NDVN": a body right after "Trung ương" is the one it is the centre of."""
    return text[max(0, pos - 11):pos].rstrip().endswith(("Trung ương", "T.Ư", "TƯ", "TW"))


@cache
def _own_name(head: str) -> bool:
    """A head of a body with a name of its own (a school, a hospital, a company): scope "own"."""
    found = head_at(head, 0) if head else None
    return bool(found) and found[0] == len(head) and found[1].scope == "own"


# Units below the commune (villages, hamlets, residential groups), as a body's place: "Chi hội Phụ nữ ấp Tân Lập",
# "Ban Công tác Mặt trận thôn 3". Printed with no name or number ("Hội Y tế thôn, bản") they make the body a class,
# one in every village. "bản", "làng", "sóc", "tổ" alone are common words too: a place only with a name after.
_VILLAGE = regex.compile(r"(?:(?P<unit>tổ dân phố|khu dân cư|khu phố|thôn|ấp|buôn|bon|xóm|khóm)|bản|làng|sóc|tổ)"
                         r"(?:[ \t]*[,/][ \t]*(?:tổ dân phố|khu dân cư|khu phố|thôn|ấp|buôn|bon|xóm|khóm|bản|làng|sóc))*"
                         r"(?!\p{L})", regex.V1)
_VILLAGE_NAME = regex.compile(r"[ \t]+(?:số[ \t]+)?\K(?:\d+[A-Za-z]?(?![\p{L}\d/])|[IVX]+(?!\p{L})"
                              r"|\p{Lu}\p{Ll}*+(?:[ \t]+\p{Lu}\p{Ll}*+){0,2}+)", regex.V1)


_VILLAGE_WORDS = frozenset({"tổ", "khu", "thôn", "ấp", "buôn", "bon", "xóm", "khóm", "bản", "làng", "sóc"})
# A unit below the commune, capitalised as a name's word, right before its number ("Khu phố 3", "Thôn 2", "Tổ dân
# phố 5"): the number is the unit's name.
_VILLAGE_BEFORE_NUMBER = regex.compile(r"(?<!\p{L})(?:Tổ dân phố|Khu dân cư|Khu phố|Thôn|Ấp|Xóm|Khóm|Buôn|Bản|Tổ)[ \t]+$",
                                       regex.V1)  # (in lowercase, village_at reads it: "nông thôn 06" is none)


def village_at(text: str, pos: int) -> tuple[int, bool] | None:
    """A unit below the commune starting at `pos` ("thôn Đông", "ấp 3", "thôn, bản"): its end and whether a name
    or number follows it; None where there is none ("nông thôn" is the countryside, not a village)."""
    m = _VILLAGE.match(text, pos)
    if not m or text[max(0, pos - 5):pos].casefold() == "nông ":
        return None
    named = _VILLAGE_NAME.match(text, m.end())
    if named and not (is_head_at(text, named.start()) or starts_with_any(text, named.start(), breakers())
                      or surname_run(text, named.start())):
        return named.end(), True
    return (m.end(), False) if m.group("unit") else None


# The measure words of a count after a number ("2 lần", "3 năm", "40 người"): the number counts, it names no unit.
_COUNT_WORDS = r"(?:năm|lần|tháng|ngày|tuần|người|hộ|đơn vị|đợt|lượt|cuộc|ca)(?!\p{L})"
_COUNT_AFTER = regex.compile(rf"[ \t]+{_COUNT_WORDS}(?![ \t]+\d)", regex.V1)
_UNIT_NUMBER = regex.compile(rf"[ \t]+\d{{1,2}}(?![\d/:\-–]|\.\S|,(?![ \t]+(?:quận|huyện|thị xã|thành phố|TP)(?!\p{{L}}))"
                          rf"|\p{{L}}|[ \t]+(?:{_COUNT_WORDS}|khu|phường|xã|tổ dân)(?!\p{{L}}))", regex.V1)
# (a comma after the number only before the district or city it belongs to: "phường 12, quận Gò Vấp"; "phường 1, 2"
# lists wards)
# "Trường Tiểu học số 2", "Xí nghiệp Xây lắp số 1": "số" and the number of one of a body's kind.
_NUMBERED_OWN = regex.compile(r"số(?=[ \t]+\d)", regex.V1)
# The commune-level units: since 1 July 2025 "xã", "phường" and "đặc khu" (the island special zones: Luật Tổ chức
# chính quyền địa phương 2025), and "thị trấn" before.
COMMUNE_LEVELS = ("xã", "phường", "thị trấn", "đặc khu")
DISTRICT_WORDS = ("huyện", "quận", "thị xã", "thị trấn", "xã", "phường", "đặc khu")


def _place_as_printed(text: str, start: int, end: int, level: str) -> int:
    """In a line in capitals ("HĐND XÃ VŨ MUỘN TỔ CHỨC KỲ HỌP …"), where the place after `level` ends: its
    longest run of words that the text prints elsewhere in lowercase after the level ("xã Vũ Muộn"); `end`
    when it prints none."""
    words = list(regex.finditer(r"\S+", text[start:end]))
    for k in range(len(words), 0, -1):
        name = " ".join(w.group().capitalize() for w in words[:k])
        if regex.search(rf"(?<!\p{{L}})(?i:{regex.escape(level)})[ \t]+{regex.escape(name)}(?!\p{{L}})", text):
            return start + words[k - 1].end()
    return end


# The words "xã" begins: "xã hội", "xã viên", "xã luận", "xã giao", "xã tắc".
_XA_WORDS = frozenset({"hội", "viên", "luận", "giao", "tắc"})


_CAPITALISED_RUN = regex.compile(r"\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*)*", regex.V1)


def _person_across_place(text: str, start: int, end: int) -> bool:
    """Whether the place's name read at `start`..`end` only opens a person's name that runs on past it: a family
    name first and the run of capitalised words going on right after the place ("Chủ tịch HĐND thành phố Đồng Văn
    Thanh": the chairman, not the district of Đồng Văn)."""
    nxt = next_word(text, end)
    if not nxt or text[end:nxt.start()].strip(" \t") or not is_cap(nxt.group()) or not surname_run(text, start):
        return False
    run = _CAPITALISED_RUN.match(text, start)
    return bool(run) and run.end() > end and len(run.group().split()) <= 4 and not is_head_at(text, nxt.start())


def _full_name_after(text: str, w: regex.Match[str]) -> bool:
    """Whether a person's full name (a family name and two or more words) begins right after the word `w`, which
    then ends a place's name though it is a family name too: "phường Hải Châu Nguyễn Văn Lâm"."""
    nxt = next_word(text, w.end())
    if not nxt or text[w.end():nxt.start()].strip() or not surname_run(text, nxt.start()):
        return False
    run = _CAPITALISED_RUN.match(text, nxt.start())
    return bool(run) and len(run.group().split()) >= 3


def _commune_opens_with_head(text: str, level: str, w: regex.Match[str]) -> bool:
    """Whether the capitalised word `w` right after a commune's level word opens the commune's name though it is a
    head alone ("xã Hội Hoan", "xã Đoàn Kết", "xã Trường Sơn", the communes the 2025 merger named): the head is the
    word itself, not a longer one ("xã Hội Nông dân …" is no name), and another capitalised word follows."""
    if level not in COMMUNE_LEVELS:
        return False
    found = head_at(text, w.start())
    nxt = next_word(text, w.end())
    return bool(found and found[0] == w.end() and nxt and not text[w.end():nxt.start()].strip(" \t")
                and is_cap(nxt.group()) and not is_head_at(text, nxt.start()) and not surname_run(text, nxt.start()))


def _lower_title_at(text: str, w: regex.Match[str]) -> bool:
    """Whether a title of more than one word whose later words are printed in lowercase opens at the capitalised
    word `w` ("phường Tổ trưởng Tổ đại biểu …": the title after the bare ward; a place's name capitalises every
    syllable, "xã Tổ Hiệu")."""
    m = title_pattern().match(text, w.start())
    return bool(m) and m.end() > w.end() and not text[m.end():m.end() + 1].isalpha() \
        and text[w.end():m.end()] == text[w.end():m.end()].lower()


def _bare_head_in_place(text: str, w: regex.Match[str]) -> bool:
    """Whether the capitalised word `w`, after a word of a place's name, is a head word alone with no name after it
    ("xã Nậm Ban đã …", "xã Tân Hội, huyện …"), or one whose head goes on in lowercase as a verb does ("xã Nậm
    Ban tổ chức …", never "Ban Tổ chức" in a body's name): a syllable of the place's name, not a new body."""
    found = head_at(text, w.start())
    if not found or text[w.end():found[0]] != text[w.end():found[0]].lower():
        return False  # ("xã Tân Lập Ban Chỉ huy …": a head printed as heads are, capitalised, opens a body)
    nxt = next_word(text, w.end())
    return not (nxt and not text[w.end():nxt.start()].strip(" \t") and is_cap(nxt.group()))


_ROMAN = regex.compile(r"[IVX]+")
_COLUMN_GAP = regex.compile(r"\t| {3,}")  # blanks that part two columns of one line, not two words


def _word_ending_at(text: str, end: int) -> regex.Match[str] | None:
    """The word that ends at `end`, past blanks before it (within 40 characters)."""
    stop = min(end, len(text))
    while stop > 0 and text[stop - 1] in " \t":
        stop -= 1
    return _WORD_BEFORE_END.search(text, max(0, end - 40), stop)


def _clause_in_caps(text: str, pos: int, end: int, head: str) -> bool:
    """In a line in capitals, whether a predicate after the name read up to `end` opens the headline's clause: not
    after "VÀ" (a second trade of a company: "… ĐẦU TƯ VÀ XÂY DỰNG …"), and not in the name of an enterprise or
    another body of kind "other", which is often named after its trade ("CÔNG TY CP THƯƠNG MẠI XÂY DỰNG …")."""
    before = _word_ending_at(text, end)
    if not before or before.group() == "VÀ":
        return False
    found = head_at(text, pos - len(head), caps=True) if head and text.startswith(head, pos - len(head)) else None
    return bool(found) and not found[1].kind.startswith("other")


def _name_part_in_caps(text: str, start: int, end: int) -> bool:
    """Whether the words in capitals at `start`..`end`, read as a province, are a proper name of name_parts.txt that
    a body's name holds ("HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH": the man's name, not the city)."""
    return " ".join(text[start:end].split()).casefold() in _name_parts_folded()


@cache
def _name_parts_folded() -> frozenset[str]:
    return frozenset(p.casefold() for p in gz.name_parts())


def _caps_joiner(text: str, m: regex.Match[str], task: bool) -> bool:
    """In a line in capitals, whether the joiner `m` joins two components of one name: a dash spaced on both sides
    ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"), or a comma between the items of the task a
    body is named after ("BAN CHỈ ĐẠO PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC"); not before another body's head, a predicate
    or a province (a comma after a body's name more often lists bodies or ends the name)."""
    q = m.end()
    dash = m.group(1) in "-–" and m.group().startswith((" ", "\t")) and text[q - 1] in " \t"
    return (dash or (task and m.group(1) == ",")) and not head_at(text, q, caps=True) \
        and not caps_predicate_at(text, q) and not province_at(text, q)


def _after_mixed_case(text: str, end: int) -> bool:
    """Whether the word that ends at `end` (past blanks) is printed in mixed case, not all in capitals."""
    before = _word_ending_at(text, end)
    return bool(before) and not _all_caps(before.group())


def _ends_place(text: str, end: int, w: regex.Match[str]) -> bool:
    """Whether the capitalised word `w`, after a place's words that end at `end`, ends the place instead of going on
    with it: a predicate in capitals ("huyện Can Lộc TỔ CHỨC …", "XÃ YÊN PHÚ KHAI MẠC …"), or any word in capitals
    after words printed in mixed case ("xã Yên Phú THĂM hỏi …"), which a place's name never mixes (but a Roman
    numeral: "phường Hải Châu II")."""
    if _COLUMN_GAP.search(text, end, w.start()):
        return True  # "UBND HUYỆN X           CỘNG HÒA …": the header's second column (Nghị định 30/2020/NĐ-CP,
        # phụ lục I: the issuing body on the left, the national motto on the right of the same lines)
    mixed = _after_mixed_case(text, end)
    return caps_predicate_at(text, w.start(), mixed) or (
        mixed and _all_caps(w.group()) and not _ROMAN.fullmatch(w.group()))


def district_end(text: str, pos: int) -> int | None:
    """End of the district, town or commune and its name at `pos` ("xã Nậm Ban"), else None."""
    return _district_at(text, pos)


def _district_at(text: str, pos: int, caps: bool = False) -> int | None:
    """ "huyện Gio Linh", "thị xã Quảng Trị", "xã Nghi Văn (Nghi Lộc)" (a district, town or commune and its
    name, and the district it belongs to in brackets) → end, else None."""
    low = text[pos:pos + 12].casefold()
    for word in DISTRICT_WORDS:
        if low.startswith(word) and (len(low) == len(word) or low[len(word)] in " \t,;.)\n"):  # "UBND huyện, …"
            p, n = pos + len(word), 0
            if (w := next_word(text, p)) and w.group() in WORD_ENDERS:
                return None  # "Huyện ủy", "Quận ủy": the district's Party committee, a head of its own
            if word == "xã" and w and _all_caps(w.group()) and w.group().casefold() in _XA_WORDS:
                return None  # "VIỆN KHOA HỌC XÃ HỘI …": in capitals "xã hội" is the word (a commune "Hội …" prints
                # its level in lowercase before it: "xã Hội Hoan")
            if word in ("huyện", "quận", "thị xã") and (w := next_word(text, p)) and not text[p:w.start()].strip(" \t") \
                    and is_cap(w.group()) and (known := district_name_at(text, w.start()) or _any_district_at(text, w.start())):
                p, n = known, 1  # a district of the table, whole ("huyện Gia Lâm Lê Thị Vân": the person after it)
            while n < 4 and (w := next_word(text, p)) and is_cap(w.group()) \
                    and not (is_head_at(text, w.start()) and not (n and _bare_head_in_place(text, w))
                             and not (not n and _commune_opens_with_head(text, word, w))) \
                    and not text[p:w.start()].strip(" \t") and not starts_with_any(text, w.start(), breakers()) \
                    and not _lower_title_at(text, w) and not (n and _ends_place(text, p, w)) \
                    and not ((n or word in ("huyện", "quận", "thị xã")) and surname_run(text, w.start())
                             and not _full_name_after(text, w)):
                p, n = w.end(), n + 1  # ("huyện Thanh Trì Nguyễn Huy Chương", "Chủ tịch HĐND huyện Nguyễn Công
                # Dũng": a person; a district no table knows is not named after a family name)
            if not n and word in ("phường", "quận") and (num := _UNIT_NUMBER.match(text, p)):
                return num.end()  # "Phường 1", "quận 3": a unit named by its number
            if n > 1 and caps:
                p = _place_as_printed(text, pos + len(word), p, word)
            if n:
                b = _BRACKETED.match(text, p)
                return b.end() if b else p
            after = next_word(text, pos + len(word))
            if word == "xã" and after and after.group() in _XA_WORDS:
                return None  # "xã hội" is a word, not a commune ("UBND xã báo cáo" is the commune's)
            if word == "đặc khu" and after and after.group() == "kinh":
                return None  # "đặc khu kinh tế": a special economic zone, no commune
            return pos + len(word)  # "UBND huyện": the district the text is about
    return None


_LOWER_TAIL = regex.compile(r"[\p{Ll} ]{2,60}?(?=[ \t]*(?:,?[ \t]*\n|$|(?:tỉnh|thành phố|huyện|quận|thị xã)(?!\p{L})"
                            r"|\([ \t]*\p{Lu}|[-–][ \t]+\p{Lu}|và[ \t]+\p{Lu}))",
                            regex.V1)  # ("Cục Phổ biến, giáo dục pháp luật (Bộ Tư pháp)": its ministry in brackets;
# "Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý": a second component joined by "và")


def _lower_tail(text: str, pos: int) -> int | None:
    """After a comma inside a name: lowercase name syllables up to the end of the line or a place ("Cục Đào tạo,
    bồi dưỡng cán bộ", "Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh")."""
    m = _LOWER_TAIL.match(text[pos:pos + 62])
    if not m:
        return None
    words = m.group().split()
    inner = words[1:-1]
    if 1 < len(words) <= 6 and all(w in gz.name_syllables() or (w == "và" and w in inner) for w in words):
        return pos + len(m.group().rstrip())
    return None


def _caps_continues(text: str, pos: int) -> bool:
    """In an all-caps header, whether the next line continues the name ("ỦY BAN NHÂN DÂN\\nTỈNH THANH HÓA")."""
    nl = text.find("\n", pos)
    if nl < 0 or text[pos:nl].strip():
        return False
    line_end = text.find("\n", nl + 1)
    nxt = text[nl + 1: line_end if line_end >= 0 else len(text)].strip()
    return is_caps_line(nxt) and fold(nxt).startswith(_CAPS_PLACE_LINE)


# The levels a header's second line names the body's place by: a province or a city, a district, a commune
# ("ỦY BAN NHÂN DÂN\nHUYỆN YÊN THÀNH", "HỘI ĐỒNG NHÂN DÂN\nXÃ TÂN LẬP"), folded.
_CAPS_PLACE_LINE = tuple(f"{fold(level)} " for level in ("tỉnh", "thành phố", *DISTRICT_WORDS))


_VOWEL = regex.compile(r"[aeiouy]")


# A syllable that opens with its vowel and ends in a final consonant ("AN", "ÁN", "ANH", "ẤP", "ÔNG"): a word, though
# no vowel follows its first letter (Vietnamese finals: c, ch, m, n, ng, nh, p, t).
_VOWEL_SYLLABLE = regex.compile(r"[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])")


def is_acronym(word: str) -> bool:
    """UBND, HĐND, MTTQ: capitals with no vowel after the first letter, kept as printed in caps headers; not a
    syllable that opens with its vowel ("BỘ CÔNG AN": "AN" is a word)."""
    return word.isupper() and len(word) <= 6 and not _VOWEL.search(fold(word)[1:]) \
        and not _VOWEL_SYLLABLE.fullmatch(fold(word).casefold())


def uncaps(text: str) -> str:
    """An all-caps header in lower case, acronyms (UBND, MTTQ) and Roman numerals ("KHU VỰC II") kept."""
    return " ".join(w if is_acronym(w) or _PLACE_NUMERAL.fullmatch(w) else w.lower() for w in text.split(" "))


# Proper names that keep their capitals when an all-caps header is lowercased; province names too.
PROPER_NAMES = ("Đảng Cộng sản Việt Nam", "Việt Nam", "Trung ương", "Tổ quốc", "Quốc hội", "Chính phủ", "Nhà nước",
                "Hồ Chí Minh", "Đảng")


@cache
def _proper_forms() -> tuple[str, ...]:
    """The proper names a lowercased header takes back: PROPER_NAMES, the provinces and the regions ("vùng Nam Bộ",
    "khu vực Tây Nguyên", "miền Trung", as regions.txt spells them)."""
    return (*PROPER_NAMES, *(p.name for p in gz.provinces()), *gz.regions())


@cache
def _proper_pattern() -> regex.Pattern[str]:
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{alternation(f.casefold() for f in _proper_forms())})(?!\p{{L}})",
                         regex.V1)


@cache
def _proper_by_fold() -> dict[str, str]:
    return {f.casefold(): f for f in _proper_forms()}


def recapitalise(text: str) -> str:
    """A lowercased header with its proper names capitalised again: "đảng cộng sản việt nam" → "Đảng Cộng sản
    Việt Nam", "tỉnh quảng ngãi" → "tỉnh Quảng Ngãi", and the place that ends it after its level, each syllable
    capitalised as a place's name is ("ubnd xã tân lập" → "… xã Tân Lập")."""
    text = _proper_pattern().sub(lambda m: _proper_by_fold().get(m.group().casefold(), m.group()), text)
    text = _PARTY_COMMITTEE.sub(lambda m: m.group()[:1].upper() + m.group()[1:], text)
    return _PLACE_AT_END.sub(_capitalised_place, text)


# Words from which a body's name read out of capitals takes no more capitals at its components: a place's level, an
# area's or a region's word ("VIỆN … VÙNG NAM BỘ", "CÔNG AN TỈNH …", "TRUNG TÂM Y TẾ KHU VỰC …"), whose proper names
# recapitalise spells; "xã" only as a level, not in "xã hội".
_PLACE_OR_AREA = frozenset({"tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường", "đặc", "vùng", "miền", "khu",
                            "các", "tp", "tp."})
# Words that go on with the type word in lowercase rather than open a component: "Ban nhân dân" (as "Ủy ban nhân
# dân", "Hội đồng nhân dân" are written: Decree 30/2020/NĐ-CP, appendix II), a university's "Bộ môn", "Bộ phận".
_TYPE_GOES_ON = frozenset({"nhân dân", "môn", "phận"})
# A school's level at the start of its name after "Trường" (Luật Giáo dục 2019, Điều 6; Luật Giáo dục nghề nghiệp 2014,
# Điều 5): the field or the name after it is a component of its own ("Trường Trung cấp Kinh tế …", "Trường Tiểu học
# Kim Đồng").
_SCHOOL_LEVELS = ("trung học phổ thông", "trung học cơ sở", "trung cấp", "cao đẳng", "tiểu học", "mầm non")
# What opens a new component of a name: "và", a comma, a dash ("Lao động – Thương binh và Xã hội").
_COMPONENT_JOINERS = frozenset({"và", "&", "-", "–"})


def capitalise_components(rest: str) -> str:
    """A body's name after its type word, read out of capitals in lowercase, with a capital at each component as
    Decree 30/2020/NĐ-CP, appendix II, writes a body's name: its first word and the first word after "và", a comma or
    a dash (" giáo dục và đào tạo" → " Giáo dục và Đào tạo", " khoa học xã hội vùng nam bộ" → " Khoa học xã hội vùng
    nam bộ"); none from a place's level or a region's word on, nor a function word or an acronym."""
    words = rest.split(" ")
    said = [w.casefold() for w in words if w]
    goes_on = 1 if said and said[0] in _TYPE_GOES_ON else 2 if " ".join(said[:2]) in _TYPE_GOES_ON else 0
    level = next((len(lv.split()) for lv in _SCHOOL_LEVELS if said[:len(lv.split())] == lv.split()), 0)
    opens = True
    seen = 0
    for i, w in enumerate(words):
        if not w:
            continue
        seen += 1
        if goes_on:
            goes_on -= 1  # ("bộ môn lý luận chính trị" → "Bộ môn Lý luận chính trị": the name's component after it)
            continue
        low = w.casefold()
        if level and seen == level + 1:
            opens = True  # "trung cấp kinh tế …" → "Trung cấp Kinh tế …": the school's field or name after its level
        nxt = next((x for x in words[i + 1:] if x), "")
        if low in _PLACE_OR_AREA and not (low == "xã" and nxt.casefold() in _XA_WORDS):
            break
        if opens and w.islower() and w not in gz.function_words() and low not in _COMPONENT_JOINERS:
            words[i] = w[:1].upper() + w[1:]
        opens = low in _COMPONENT_JOINERS or w.endswith(",")
    return " ".join(words)


@cache
def _official_names() -> tuple[regex.Pattern[str], dict[str, str]]:
    """The central bodies' official spellings (the central issuers of issuers.tsv: the ministries, the Party's
    central boards; central_bodies.tsv), as a pattern matched in any case and a map from the folded name."""
    names = {n for c, n in (*PARTY_ISSUERS.items(), *STATE_ISSUERS.items())
             if ISSUER_LEVELS.get(c) == "central" and "(" not in n} | set(gz.central_bodies())
    by_fold = {n.casefold(): n for n in names}
    words = sorted(by_fold, key=len, reverse=True)
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{'|'.join(regex.escape(w) for w in words)})(?!\p{{L}})", regex.V1), by_fold


@cache
def _official_printed() -> regex.Pattern[str]:
    """The central bodies' official names as a header prints them: in any case, a line break between words."""
    names = sorted(_official_names()[1].values(), key=len, reverse=True)
    gap = r"[ \t]*\n?[ \t]*"
    forms = "|".join(gap.join(map(regex.escape, n.split())) for n in names)
    return regex.compile(rf"(?i)(?:{forms})(?!\p{{L}})", regex.V1)


def official_at(text: str, pos: int) -> int | None:
    """End of a central body's official name printed at `pos` ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH"), else None."""
    m = _official_printed().match(text, pos)
    return m.end() if m else None


def official_spelling(name: str) -> str:
    """A name read out of capitals with the central bodies it names in their official spelling ("Bộ Công thương"
    → "Bộ Công Thương", "Thanh tra Bộ xây dựng" → "Thanh tra Bộ Xây dựng")."""
    pattern, by_fold = _official_names()
    return pattern.sub(lambda m: by_fold.get(m.group().casefold(), m.group()), name)


# A Party committee of a place, which a name always capitalises ("Tỉnh ủy", "Huyện ủy": Quy định 66-QĐ/TW, Hướng
# dẫn 36-HD/VPTW on the Party's documents).
_PARTY_COMMITTEE = regex.compile(r"(?<!\p{L})(?:tỉnh|thành|huyện|quận|thị)[ \t](?:ủy|uỷ)(?!\p{L})", regex.V1)


# A district's or a commune's level (or its Party committee: "Huyện ủy Yên Thành"), then its name in lowercase to
# the end of the text.
_PLACE_AT_END = regex.compile(rf"(?<!\p{{L}})(?:{'|'.join(DISTRICT_WORDS)}|thành phố|(?i:huyện|quận|thị|thành) (?:ủy|uỷ))[ \t]+\K\p{{Ll}}+(?:[ \t]+\p{{L}}+){{0,3}}$",
                              regex.V1)


def _capitalised_place(m: regex.Match[str]) -> str:
    """The lowercase place name after its level, each syllable capitalised; a word "xã" begins ("xã hội") as is."""
    words = m.group().split()
    before = m.string[:m.start()].rstrip()
    if before.endswith("xã") and words[0] in _XA_WORDS:
        return m.group()
    return " ".join(w[:1].upper() + w[1:] for w in words)


# The bodies a person gives a name to (Nghị định 91/2005/NĐ-CP on naming streets and public works: a school, a
# hospital named after a person who served the country: "Trường THPT chuyên Lê Quý Đôn", "Bệnh viện Nguyễn Tri
# Phương"), by the name's first words as the heads table spells them.
_NAMED_AFTER_PEOPLE = ("Trường ", "Bệnh viện ", "Học viện ")
# The middle names that tell a man from a woman ("Văn", "Thị"): after a family name, a person's name goes on.
MIDDLE_NAMES = frozenset({"thị", "văn"})


def capitalise_person_at_end(name: str) -> str:
    """A body's name read out of capitals whose last words (before its place) are a person's name, each syllable
    capitalised as a person's name is: "Trường THPT chuyên lê quý đôn" → "… Lê Quý Đôn", "Trường Tiểu học nguyễn văn
    trỗi huyện Yên Thành" → "… Nguyễn Văn Trỗi huyện Yên Thành". Only a school's, a hospital's (`_NAMED_AFTER_PEOPLE`),
    and only two to four syllables that open with a family name (surnames.txt), in lowercase after it, none a
    function word or a level, none a word of a body's name with the family name ("đào tạo", "lâm nghiệp"; "Cao đẳng" opening
    a component) nor all of three or four words of a body's names (name_syllables.txt: "… sư phạm kỹ thuật" is no "Phạm Kỹ
    Thuật"; a given name of one syllable may be one, "Nguyễn Du", and so may those after a middle name, "Chu Văn
    An")."""
    if not name.startswith(_NAMED_AFTER_PEOPLE):
        return name
    words = name.split(" ")
    if (named := _namesake_at_end(words)) is not None or (named := _district_at_end(words)) is not None:
        return named
    surnames = _surnames_folded()
    syllables = gz.name_syllables()
    for i in range(2, len(words) - 1):
        if words[i].casefold() not in surnames or not (words[i].islower() or words[i][1:].islower()):
            continue
        j = i + 1
        while j < len(words) and not PLACE_WORD.match(" ".join(words[j:j + 2]).casefold()):
            j += 1  # (up to the place: "thị" is a middle name unless "thị xã", "thị trấn" follow)
        run = words[i:j]
        rest = [w.casefold() for w in run]
        if not 2 <= len(run) <= 4 or not all(w.isalpha() and w.islower() for w in run[1:]):
            return name
        if any(w in gz.function_words() for w in rest) or (len(rest) > 2 and rest[1] not in MIDDLE_NAMES and all(w in syllables for w in rest[1:])) \
                or f"{rest[0]} {rest[1]}" in gz.compound_words() \
                or (rest[0] in syllables and (rest[1] in syllables or not words[i].islower())):
            return name  # ("Trường Cao đẳng sư phạm": a component's first word, itself a word of bodies' names)
        words[i:j] = [w[:1].upper() + w[1:] for w in run]
        return " ".join(words)
    return name


def _namesake_at_end(words: list[str]) -> str | None:
    """The name `words` spell with a historical figure's name (namesakes.tsv) capitalised as the figure's, where the
    words after the head end with one, before its place if any ("Trường THPT hùng vương" → "… Hùng Vương", "Trường
    Đại học tôn đức thắng"); None where they end with none."""
    spellings = _namesakes_folded()
    for i in range(2, len(words)):
        j = i
        while j < len(words) and not PLACE_WORD.match(" ".join(words[j:j + 2]).casefold()):
            j += 1  # (up to the place: "… Lê Lợi huyện Thọ Xuân")
        if (spelt := spellings.get(" ".join(words[i:j]).casefold())) is not None:
            return " ".join([*words[:i], spelt, *words[j:]])
    return None


def _district_at_end(words: list[str]) -> str | None:
    """The name `words` spell with the district it ends with, printed without its level and read out of capitals in
    lowercase, spelt as districts.tsv spells it ("Trường Trung cấp nghề quỳnh lưu" → "… Quỳnh Lưu", "Trường THPT
    quỳnh lưu 1" → "… Quỳnh Lưu 1"); None where the words end with no district's name."""
    last = len(words) - 1 if words and _UNIT_NUMBER_WORD.fullmatch(words[-1]) else len(words)
    spellings = _districts_folded()
    for i in range(2, last):
        if all(w.islower() for w in words[i:last]) and (spelt := spellings.get(" ".join(words[i:last]))) is not None:
            return " ".join([*words[:i], spelt, *words[last:]])
    return None


_UNIT_NUMBER_WORD = regex.compile(r"\d{1,2}|[IVX]{1,4}")


@cache
def _districts_folded() -> dict[str, str]:
    """Names of districts.tsv of two syllables or more (one syllable, "Vinh", may be a word) in lowercase → as spelt."""
    return {n.casefold(): n for n in gz.district_names() if " " in n}


def namesake_ends_at(text: str, start: int, end: int) -> bool:
    """Whether the word that ends at `end` ends a historical figure's name (namesakes.tsv) begun after `start`, in any
    case ("TRƯỜNG TIỂU HỌC KIM ĐỒNG": "ĐỒNG")."""
    words = list(WORD.finditer(text, start, end))
    spellings = _namesakes_folded()
    return any(" ".join(w.group() for w in words[-n:]).casefold() in spellings for n in range(2, min(4, len(words)) + 1))


@cache
def _namesakes_folded() -> dict[str, str]:
    return {n.casefold(): n for n in gz.namesakes()}


@cache
def _surnames_folded() -> frozenset[str]:
    return frozenset(s.casefold() for s in gz.surnames())


# The honorifics that address a person and no one else ("đồng chí", "ông", "bà", "Đ/c", "Ngài"), of honorifics.tsv:
# not the professions ("Bác sĩ", "Luật sư"), whose name may be a body's, nor "đại biểu", "tác giả".
_ADDRESSES = frozenset({"đồng chí", "đ/c", "ông", "bà", "anh", "chị", "ngài"})
_PERSON_SHAPE = regex.compile(r"\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,3}(?![ \t]*[\p{Lu}\d])(?!\p{L})", regex.V1)


# Offices whose title names their body in itself, so that no body's name follows them: the leaders of the State the
# Constitution (2013, Điều 87, 93, 95, 98) names and the Party's General Secretary (Điều lệ Đảng, Điều 17): after
# "Tổng Bí thư", "Chủ tịch nước", "Thủ tướng" only a person's name stands ("Tổng Bí thư Trường Chinh").
_WHOLE_OFFICE_BEFORE = regex.compile(r"(?<!\p{L})(?:(?:Phó[ \t]+)?Chủ tịch (?:nước|Quốc hội)|(?:Phó[ \t]+)?Thủ tướng(?: Chính phủ)?"
                                     r"|Tổng Bí thư)[ \t]+$", regex.V1)


@cache
def _address_before() -> regex.Pattern[str]:
    words = [h for h in gz.honorifics() if h.casefold() in _ADDRESSES]
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation(words)})[ \t]+$", regex.V1)


def body_syllable_after(text: str, pos: int) -> bool:
    """Whether a lowercase syllable that goes on a body's name (name_syllables.txt, not a function word or a
    predicate) follows `pos` right after a space: "Trường Tiểu học", "Đoàn Kiểm tra" end no person's name."""
    after = next_word(text, pos)
    return bool(after) and not text[pos:after.start()].strip() and after.group() in gz.name_syllables() \
        and not _stop_at(text, after)


def person_named_like_a_body(text: str, start: int) -> int | None:
    """End of a person's name at `start` that opens with a one-word head ("đồng chí Trường Chinh": "Trường" is also
    the head of a school's name), else None: after an honorific that only addresses a person, two to four capitalised
    syllables and nothing capitalised after them, none of the later ones a head, are the person's name."""
    found = head_at(text, start)
    if not found or " " in found[1].head or not (_address_before().search(text, max(0, start - 10), start)
                                                 or _WHOLE_OFFICE_BEFORE.search(text, max(0, start - 30), start)):
        return None
    m = _PERSON_SHAPE.match(text, start)
    if not m or found[0] > m.end():
        return None
    if body_syllable_after(text, m.end()):
        return None  # "Trường Tiểu học …": a syllable that goes on a body's name, no person's
    words = list(regex.finditer(r"\p{Lu}\p{Ll}+", text[start:m.end()]))
    if any(is_head_at(text, start + w.start()) for w in words[1:]):
        return None
    return m.end()
