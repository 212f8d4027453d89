"""How Vietnamese names of bodies are written, as scanning helpers shared by agencies, persons and events.

A head word ("Sở", "Ban", "Tỉnh ủy"), then capitalised words, each maybe followed by lowercase syllables
("Giáo dục và Đào tạo"), commas and one "và" inside ("Văn hóa, Thể thao và Du lịch"), and a closing
"tỉnh X" / "huyện Y". The vocabulary is data read through `loaders.gazetteer`.
"""

from __future__ import annotations

from functools import cache

import regex

from loaders import gazetteer as gz
from loaders.text import fold

WORD = regex.compile(r"(?:\p{Lu}\.){1,3}(?=[ \t]*\p{Lu})|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’]*", regex.V1)
# Two-word openings of things that are not part of an agency's name (documents, events, titles, times).
NAME_BREAKERS = ("Nghị quyết", "Nghị định", "Kết luận", "Chỉ thị", "Quyết định", "Kế hoạch", "Thông báo",
                 "Thông tư", "Hướng dẫn", "Công văn", "Tờ trình", "Báo cáo", "Chương trình", "Đề án",
                 "Hội nghị", "Đồng chí", "Chủ tịch", "Tổng Bí thư", "Giám đốc", "Căn cứ", "Phó Trưởng",
                 "Luật", "Ảnh", "Xem", "Số", "Ngày", "Sáng nay", "Sáng ngày", "Chiều nay", "Chiều ngày", "Sáng hôm", "Chiều hôm", "Tại", "Theo", "Trong", "Phóng viên",
                 "Ông", "Bà", "Kỷ niệm", "Phiên họp", "Người ký", "Lĩnh vực", "Tổng Bí", "Nơi nhận", "Điều",
                 "Thủ tướng", "Bí thư", "Trưởng ban", "Trưởng Ban")
# Breakers that may still open a name ("Bộ Kế hoạch và Đầu tư").
FIRST_WORD_OK = ("Kế hoạch và",)
# A lowercase syllable after which a name takes no more lowercase syllables ("Tỉnh ủy" ends a word).
WORD_ENDERS = {"ủy", "uỷ"}
SPACE = regex.compile(r"[ \t\u00a0]+")
_BLANKS = regex.compile(r"\s+")


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


def next_word(text: str, pos: int, newline_ok: bool = False) -> regex.Match[str] | None:
    """The word right after `pos`, past spaces (and a newline when `newline_ok`)."""
    m = SPACE.match(text, pos)
    p = m.end() if m else pos
    if newline_ok and p < len(text) and text[p] == "\n":
        m = _BLANKS.match(text, p)
        p = m.end() if m else p
    return WORD.match(text, p)


def starts_with_any(text: str, pos: int, phrases: tuple[str, ...] | list[str]) -> bool:
    """Whether one of `phrases` starts at `pos` as whole words (no letter right after it)."""
    by_first = _by_first_char(tuple(phrases))
    candidates = by_first.get(text[pos:pos + 1], ())
    return any(text.startswith(p, pos) and (pos + len(p) >= len(text) or not text[pos + len(p)].isalpha())
               for p in (*by_first.get("", ()), *candidates))


@cache
def _by_first_char(phrases: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Phrases grouped by their first character (an empty phrase under "")."""
    out: dict[str, list[str]] = {}
    for p in phrases:
        out.setdefault(p[:1], []).append(p)
    return {c: tuple(group) for c, group in out.items()}


@cache
def _province_forms() -> tuple[str, ...]:
    forms = {f for p in gz.provinces() for f in (p.name, *p.aliases) if len(f) > 2}
    return tuple(sorted(forms, key=len, reverse=True))


@cache
def _province_forms_by_char() -> dict[str, tuple[tuple[str, str, str | None], ...]]:
    """First character of the casefolded form → (form, casefolded form, canonical name), longest first."""
    out: dict[str, list[tuple[str, str, str | None]]] = {}
    for form in _province_forms():
        f = form.casefold()
        out.setdefault(f[0], []).append((form, f, gz.canonical_province(form)))
    return {c: tuple(forms) for c, forms in out.items()}


def province_at(text: str, pos: int) -> tuple[int, str] | None:
    """A province name starting at `pos` (any case) → (end, canonical name)."""
    chunk = text[pos:pos + 40]
    if not (is_cap(chunk) or chunk[:1].isdigit()):
        return None
    low = chunk.casefold()
    for form, f, name in _province_forms_by_char().get(low[:1], ()):
        if low.startswith(f) and (len(low) == len(f) or not low[len(f)].isalpha()):
            if name:
                return pos + len(form), name
    return None


def is_head_at(text: str, pos: int) -> bool:
    return head_at(text, pos) is not None


@cache
def _head_patterns() -> list[tuple[regex.Pattern[str], gz.AgencyHead]]:
    out = []
    for h in sorted(gz.agency_heads(), key=lambda h: len(h.head), reverse=True):
        cut = h.head.index("]") + 1 if h.head.startswith("[") else 1  # the first letter keeps its case
        first, rest = h.head[:cut], h.head[cut:]
        out.append((regex.compile(rf"{first}(?i:{rest})(?!\p{{L}})", regex.V1), h))
    return out


@cache
def _head_patterns_caps() -> list[tuple[regex.Pattern[str], gz.AgencyHead]]:
    return [(regex.compile(rf"(?i:{h.head})(?!\p{{L}})", regex.V1), h)
            for h in sorted(gz.agency_heads(), key=lambda h: len(h.head), reverse=True)]


# For each first character seen: one pattern of the heads that may start with it, as ordered alternatives
# (the first that matches wins, as in the full list), and the head each alternative stands for.
_HEADS_BY_CHAR: dict[bool, dict[str, tuple[regex.Pattern[str] | None, list[gz.AgencyHead]]]] = {False: {}, True: {}}


def _heads_from(char: str, caps: bool) -> tuple[regex.Pattern[str] | None, list[gz.AgencyHead]]:
    """The heads that may match text starting with `char` (a partial match on that one character), as one
    pattern whose group h<i> is the i-th head."""
    table = _HEADS_BY_CHAR[caps]
    found = table.get(char)
    if found is None:
        patterns = _head_patterns_caps() if caps else _head_patterns()
        fits = [(p, h) for p, h in patterns if p.match(char, partial=True)]
        alternatives = "|".join(f"(?P<h{i}>{p.pattern})" for i, (p, _) in enumerate(fits))
        found = table[char] = (regex.compile(alternatives, regex.V1) if fits else None, [h for _, h in fits])
    return found


def head_at(text: str, pos: int, caps: bool = False) -> tuple[int, gz.AgencyHead] | None:
    if pos >= len(text):
        return None
    pattern, heads = _heads_from(text[pos], caps)
    m = pattern.match(text, pos) if pattern else None
    return (m.end(), heads[int(m.lastgroup[1:])]) if m else None


def surname_run(text: str, pos: int) -> bool:
    """Whether a person's name (a known surname and 1–3 more capitalised words) starts at `pos`."""
    m = WORD.match(text, pos)
    if not m or m.group() not in gz.surnames():
        return False
    n, p = 1, m.end()
    while (w := next_word(text, p)) and is_cap(w.group()) and n < 5:
        n, p = n + 1, w.end()
    return 2 <= n <= 4


# Punctuation that may join two parts of a name; what may follow a number that ends one.
_JOINER = regex.compile(r"\s*([,\-–])\s*")
_CLAUSE_END = regex.compile(r"[ \t]*[,.;)\n]|$")


@cache
def _role_titles() -> tuple[str, ...]:
    return tuple(gz.role_titles())


def extend_name(text: str, pos: int, caps: bool = False, head: str = "") -> tuple[int, str | None, int]:
    """End of the name body that starts at `pos`, the province it ends with (or None) and where that starts.

    Accepts capitalised words, lowercase syllables that continue them (name_syllables), "và" / "," / "-"
    between capitalised words, and a closing "tỉnh X" / "thành phố X"; stops at anything else.
    """
    end = pos
    p = pos
    lower_run = 0
    after_ender = False
    first = True
    joined = False  # one "và" per name ("Văn hóa, Thể thao và Du lịch")
    head_words = head.split()
    # "Học viện Chính trị quốc gia": a head ending in a lowercase syllable may go on in lowercase
    lower_head = len(head_words) > 1 and head_words[-1].islower() and head_words[-1] not in WORD_ENDERS
    while True:
        w = next_word(text, p, newline_ok=caps and _caps_continues(text, p))
        gap = text[p:w.start()] if w else ""
        if not w or (gap and gap.strip(" \t\u00a0\n")):
            # punctuation between: only "," / "-" / "–" continue, before a capitalised non-head word
            m = _JOINER.match(text, p)
            if not m or first or caps:
                break
            q = m.end()
            nw = WORD.match(text, q)
            tail = _lower_tail(text, q) if m.group(1) == "," else None
            if tail:
                return tail, None, tail
            if (not nw or not is_cap(nw.group()) or is_head_at(text, q) or starts_with_any(text, q, NAME_BREAKERS)
                    or starts_with_any(text, q, _role_titles())
                    or surname_run(text, q) or province_at(text, q)):
                break
            if m.group(1) == "," and text[q - 1] != " ":
                break
            p = q
            continue
        word = w.group()
        if "\n" in gap and not caps:
            break
        low = word.casefold() if caps else word
        district = _district_at(text, w.start(), caps)
        if district:
            return district, None, district
        prov = province_at(text, w.start())
        if low in ("tỉnh", "thành"):
            after = w.end()
            if low == "thành":
                nxt = next_word(text, after)
                if not nxt or nxt.group().casefold() != "phố":
                    break
                after = nxt.end()
            nxt = next_word(text, after, newline_ok=caps)
            if nxt:
                prov2 = province_at(text, nxt.start())
                if prov2:
                    return prov2[0], prov2[1], nxt.start()
            return after, None, after
        if prov and is_cap(word) and not starts_with_any(text, w.start(), gz.name_parts()):
            return prov[0], prov[1], w.start()
        if is_cap(word) and not caps:
            person = surname_run(text, w.start()) and not starts_with_any(text, w.start(), gz.name_parts())
            if (starts_with_any(text, w.start(), NAME_BREAKERS) and not (first and starts_with_any(
                    text, w.start(), FIRST_WORD_OK))) or person:
                break
            if not first and is_head_at(text, w.start()) and text[w.start():w.start() + 3] in ("Sở ", "Bộ "):
                break
            end = p = w.end()
            lower_run, after_ender, first = 0, False, False
            continue
        if word.isdigit() and len(word) <= 3:
            nw = next_word(text, w.end())
            gap_after = text[w.end():nw.start()] if nw else ""
            after_area = text[max(0, w.start() - 5):w.start()].rstrip().endswith(("khu", "vực", "Vùng", "đạo"))
            if (nw and is_cap(nw.group()) and not gap_after.strip()) or after_area \
                    or _CLAUSE_END.match(text, w.end()):
                end = p = w.end()  # "Ban Chỉ đạo 35 Trung ương"
                continue
            break
        if caps:  # an all-caps header: the rest of the line is the name
            end = p = w.end()
            first = False
            continue
        if first and not lower_head:
            break
        if word == "và" and not joined:
            joined = True
            nw = next_word(text, w.end())
            if nw and is_cap(nw.group()) and not is_head_at(text, nw.start()) \
                    and not starts_with_any(text, nw.start(), NAME_BREAKERS):
                p = w.end()
                continue
            break
        if word == "số" and (nw := next_word(text, w.end())) and nw.group()[:1].isdigit():
            break
        nw = next_word(text, w.end())
        if nw and f"{word} {nw.group()}" in gz.verb_phrases():
            break
        if word.casefold() in gz.name_syllables() and lower_run < 3 and not after_ender:
            end = p = w.end()
            lower_run += 1
            after_ender = word in WORD_ENDERS
            continue
        break
    return end, None, end


DISTRICT_WORDS = ("huyện", "quận", "thị xã", "thị trấn", "xã", "phường")


def _district_at(text: str, pos: int, caps: bool = False) -> int | None:
    """ "huyện Gio Linh", "thị xã Quảng Trị" (a district, town or commune and its name) → end, else None."""
    low = text[pos:pos + 12].casefold()
    for word in DISTRICT_WORDS:
        if low.startswith(word + " "):
            p, n = pos + len(word), 0
            if (w := next_word(text, p)) and w.group() in WORD_ENDERS:
                return None  # "Huyện ủy", "Quận ủy": the district's Party committee, a head of its own
            while (w := next_word(text, p)) and is_cap(w.group()) and n < 4 and not is_head_at(text, w.start()):
                p, n = w.end(), n + 1
            if n:
                return p
            after = next_word(text, pos + len(word))
            if word == "xã" and after and after.group() in gz.name_syllables():
                return None  # "xã hội" is a word, not a commune
            return pos + len(word)  # "UBND huyện": the district the text is about
    return None


_LOWER_TAIL = regex.compile(r"[\p{Ll} ]{2,60}?(?=[ \t]*(?:,?[ \t]*\n|$))")


def _lower_tail(text: str, pos: int) -> int | None:
    """After a comma inside a name: lowercase name syllables up to the end of the line ("Cục Đào tạo,
    bồi dưỡng cán bộ")."""
    m = _LOWER_TAIL.match(text[pos:pos + 62])
    if not m:
        return None
    words = m.group().split()
    if 1 < len(words) <= 5 and all(w in gz.name_syllables() for w in words):
        return pos + len(m.group().rstrip())
    return None


def _caps_continues(text: str, pos: int) -> bool:
    """In an all-caps header, whether the next line continues the name ("ỦY BAN NHÂN DÂN\\nTỈNH THANH HÓA")."""
    nl = text.find("\n", pos)
    if nl < 0 or text[pos:nl].strip():
        return False
    line_end = text.find("\n", nl + 1)
    nxt = text[nl + 1: line_end if line_end >= 0 else len(text)].strip()
    return is_caps_line(nxt) and fold(nxt).startswith(("tinh ", "thanh pho "))

_VOWEL = regex.compile(r"[aeiouy]")


def is_acronym(word: str) -> bool:
    """UBND, HĐND, MTTQ: capitals with no vowel after the first letter, kept as printed in caps headers."""
    return word.isupper() and len(word) <= 6 and not _VOWEL.search(fold(word)[1:])



def uncaps(text: str) -> str:
    """An all-caps header in lower case, acronyms (UBND, MTTQ) kept."""
    return " ".join(w if is_acronym(w) else w.lower() for w in text.split(" "))
