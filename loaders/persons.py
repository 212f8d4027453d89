"""Named people with the role the text gives them; authors, signers and historical figures."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from loaders import gazetteer as gz
from loaders.model import Person
from loaders.names import (
    CLOSERS,
    MIDDLE_NAMES,
    PLACE_WORD,
    WORD,
    alternation,
    body_syllable_after,
    breakers,
    caps_predicate_at,
    district_name_at,
    extend_name,
    head_at,
    is_cap,
    is_caps_line,
    is_head_at,
    next_word,
    person_named_like_a_body,
    province_at,
    starts_with_any,
    surname_run,
    title_pattern,
    uncaps,
    unit_number_end,
)
from loaders.scanner import candidates, kept, matches_at
from loaders.text import LINE_CACHE, fold


@dataclass
class _PersonHit:
    start: int
    end: int
    name: str
    role: str | None = None
    organization: str | None = None
    participant: bool = True
    role_end: int = 0


# A personal name has no fixed length ("Y Thanh Hà Niê Kdăm"); past this many capitalised words a run is
# something else (a title in capitals, a list of places).
MAX_NAME_WORDS = 6


def name_run(text: str, pos: int, max_words: int = MAX_NAME_WORDS) -> int | None:
    """End of a personal name at `pos`: two or more capitalised words (initials such as "V.I." count as one),
    ended by the shape of the text (a lowercase word, punctuation, a new line, a body, a title, a document).
    Kept with a scanned text's candidates (`loaders.scanner.kept`: a third of the calls ask again)."""
    return kept(text, (name_run, pos, max_words), lambda: _read_name_run(text, pos, max_words))


def _read_name_run(text: str, pos: int, max_words: int) -> int | None:
    """`name_run` read off the text."""
    p, n, end = pos, 0, None
    while n < max_words:
        w = next_word(text, p) if n else WORD.match(text, p)
        if w and n == 1 and _lower_middle(text, pos, w):
            n, p = n + 1, w.end()  # "Đỗ thị Ngọc Oanh": the middle name in lowercase, as pages print it
            continue
        if not w or not is_cap(w.group()) or (n and text[p:w.start()].strip()):
            break
        if n and ((head := head_at(text, w.start())) and " " in head[1].head or (starts_with_any(
                text, w.start(), breakers()) and not _last_syllable(text, w)) or _title_word_at(text, w.start())
                  or _long_title_at(text, w.start())):
            break  # a one-word head goes on a name ("Lê Trường Sơn", "Nguyễn Hải Phòng")
        if n and _caps_predicate_ends_name(text, pos, p, w, n):
            break
        if _acronym(w.group()) and not is_caps_line(_line_at(text, w.start())):
            return None  # "HĐQT NHPT", "UBND": acronyms in running text are bodies, not names
        n += 1
        p = end = w.end()
        if translit := _TRANSLITERATED.match(text, p):
            p = end = translit.end()  # "Sác-lơ Mi-xen": a foreign name written by Vietnamese syllables
        if (glued := _HYPHENED_PART.match(text, p)) and not title_pattern().match(text, p + 1) \
                and not starts_with_any(text, p + 1, breakers()):
            p = end = glued.end()  # "Torres-Pereira": a double family name is one word of the name
    if n > max_words - 1 and (w := next_word(text, p)) and is_cap(w.group()) and not text[p:w.start()].strip():
        return None  # a longer capitalised run: not a name
    return end if n >= 2 else None


def _caps_predicate_ends_name(text: str, start: int, end: int, w: regex.Match[str], n: int) -> bool:
    """Whether the word `w`, after `n` words of a name read from `start` to `end`, opens a predicate printed in
    capitals that ends the name ("Ông Nguyễn Văn An PHÁT BIỂU …"). In a line all in capitals only after three
    words ("NGUYỄN PHÁT HUY" is a name), and a predicate of one syllable only when another follows it ("… NGUYỄN
    VĂN AN DỰ KHAI MẠC …"; "… NGUYỄN THÀNH ĐẠT" is a name)."""
    if not text[start:end].isupper():
        return caps_predicate_at(text, w.start(), mixed=True)
    if n < 3:
        return False
    if caps_predicate_at(text, w.start()):
        return True
    nxt = next_word(text, w.end())
    return caps_predicate_at(text, w.start(), mixed=True) and bool(nxt) and not text[w.end():nxt.start()].strip(" \t") \
        and caps_predicate_at(text, nxt.start())


# The middle names that tell a man from a woman ("Văn", "Thị"), printed in lowercase after the family name by many
# pages ("Đỗ thị Ngọc Oanh", "Lê văn Tám"): a syllable of the name when a capitalised given name follows.
_LOWER_MIDDLE = MIDDLE_NAMES


def _lower_middle(text: str, start: int, w: regex.Match[str]) -> bool:
    """Whether the word `w`, right after the family name at `start`, is a middle name in lowercase that a capitalised
    given name follows."""
    if w.group() not in _LOWER_MIDDLE or text[start:w.start()].split()[0] not in gz.surnames() \
            or len(text[start:w.start()].split()) != 1 or text[start:w.start()].strip() != text[start:w.start()].rstrip():
        return False
    nxt = next_word(text, w.end())
    return bool(nxt) and not text[w.end():nxt.start()].strip() and is_cap(nxt.group()) and not nxt.group().isupper()


def _title_word_at(text: str, pos: int) -> bool:
    """A title in whole words at `pos` ("Trung tá …"; not the given name "Trung" before "tái đắc cử")."""
    if (found := candidates(text)) is not None and pos not in found.title_set:
        return False
    m = role_pattern().match(text, pos)
    return bool(m) and not text[m.end():m.end() + 1].isalpha()


_HYPHENED_PART = regex.compile(r"-\p{Lu}[\p{Ll}\p{M}'’]+(?!\p{L})", regex.V1)
_TRANSLITERATED = regex.compile(r"(?:-\p{Ll}[\p{Ll}\p{M}]*)+(?![\p{L}-])", regex.V1)


def _long_title_at(text: str, pos: int) -> bool:
    """An office's title of three or more words printed in lowercase after its first letter ("Phó chủ tịch
    UBND xã"): it ends the name before it. A shorter one may be a given name and a word ("Thư ký")."""
    if (found := candidates(text)) is not None and pos not in found.title_set:
        return False
    m = title_pattern().match(text, pos)
    return bool(m) and m.group().count(" ") >= 2 and not text[m.end():m.end() + 1].isalpha()


_NAME_CLOSED = regex.compile(r"[ \t]*(?:[,.;:)\n]|[-–][ \t]*\p{Lu}|$)", regex.V1)


def _last_syllable(text: str, w: regex.Match[str]) -> bool:
    """A one-word breaker that closes a name ("Võ Đức Trong.", "Lê Văn Tại,", "Hà Văn Trong- Phó Chủ tịch …",
    a dash before a capitalised title): a given name, not "Trong …" opening a clause."""
    return w.group() in breakers() and _NAME_CLOSED.match(text, w.end()) is not None


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.isalpha()


def _line_at(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start:end if end >= 0 else len(text)]


def _titlecase(name: str) -> str:
    """"VŨ THANH SƠN" → "Vũ Thanh Sơn", "Đỗ thị Ngọc Oanh" → "Đỗ Thị Ngọc Oanh"; spaces collapsed."""
    if name.isupper():
        return " ".join(w.capitalize() for w in name.split())
    words = name.split()
    if len(words) > 2 and words[1] in _LOWER_MIDDLE:
        words[1] = words[1].capitalize()
    return " ".join(words)


@cache
def role_pattern() -> regex.Pattern[str]:
    return regex.compile(alternation(gz.role_titles()), regex.V1)


def title_kind(title: str) -> str:
    """office | rank | profession | name for a title as printed (in any case)."""
    return gz.role_titles().get(title) or _titles_any_case()[title.casefold()]


@cache
def _titles_any_case() -> dict[str, str]:
    return {t.casefold(): kind for t, kind in gz.role_titles().items()}


@cache
def _role_pattern_any_case() -> regex.Pattern[str]:
    """Titles in any case, after "nguyên" ("Nguyên trưởng khoa …")."""
    return regex.compile(f"(?i:{alternation(t.casefold() for t in gz.role_titles())})", regex.V1)


@cache
def _role_pattern_caps() -> regex.Pattern[str]:
    titles = sorted(gz.role_titles(), key=len, reverse=True)
    return regex.compile("|".join(regex.escape(t.upper()) for t in titles), regex.V1)


# "Nguyên Trưởng khoa …", "nguyên Bí thư …": a title the person held before.
_FORMER = regex.compile(r"[Nn]guyên[ \t]+")


def _role_at(text: str, pos: int, any_case: bool = False) -> tuple[int, str] | None:
    """A role starting at `pos`: a title (maybe a former one), the agency or country after it, more roles after
    commas. `any_case`: the title may open in lower case ("…, phó Bí thư thường trực huyện ủy"). Kept with a
    scanned text's candidates (`loaders.scanner.kept`: half the calls ask again)."""
    return kept(text, (_role_at, pos, any_case), lambda: _read_role_at(text, pos, any_case))


def _read_role_at(text: str, pos: int, any_case: bool) -> tuple[int, str] | None:
    """`_role_at` read off the text."""
    former = _FORMER.match(text, pos)
    at = former.end() if former else pos
    m = title_pattern().match(text, at) or (_role_pattern_any_case().match(text, at)
                                                   if former or any_case else None)
    if not m or (m.end() < len(text) and text[m.end()].isalpha()):
        return None
    end = m.end()
    kind = title_kind(m.group())
    if kind in ("name", "profession"):
        return None
    nxt = next_word(text, end)
    if nxt and kind == "office" and is_cap(nxt.group()) and not surname_run(text, nxt.start()):
        found = head_at(text, nxt.start())
        if found:
            body_end = _body_end(text, nxt.start(), found)
            end = body_end if found[1].body != "none" else found[0]
        else:
            body_end = extend_name(text, nxt.start())[0]
            if body_end > nxt.start():
                end = body_end
    elif nxt and kind == "office" and not text[end:nxt.start()].strip() and PLACE_WORD.match(text, nxt.start()):
        end = extend_name(text, end, head=m.group())[0]  # "Trưởng Công an huyện Bảo Yên": the title's place
    if _names_next(text, end):
        return None  # "A, Phó Giám đốc Sở X Nguyễn Văn B": a title before the next person's name is theirs
    if kind == "office" and text.startswith(", ", end):
        more = _role_at(text, end + 2, any_case) or _agency_clause(text, end + 2)
        if more and not _names_next(text, more[0]):
            end = more[0]
    return end, text[pos:end]


# "anh", "chị" (brother, sister) before a family name: how news names young officials ("anh Vương Ngọc Hà").
_FAMILIAR = ("anh", "chị", "đại biểu")  # (a family name must follow)
_CLAUSE_ENDS = ".;:,\n"


def _clause_before_comma(text: str, pos: int, reach: int = 160) -> tuple[int, int] | None:
    """(start, end) of the clause that ends in the comma right before `pos` (only blanks between), from the
    last of `.;:,` or a line break before it, within `reach` characters: a scan back, not a regex tried at
    every start."""
    lo = max(0, pos - reach)
    comma = text.rfind(",", lo, pos)
    if comma < 0 or text[comma + 1:pos].strip(" \t"):
        return None
    start = max(lo, max(text.rfind(c, lo, comma) for c in _CLAUSE_ENDS) + 1)
    end = len(text[start:comma].rstrip(" \t"))
    return (start, start + end) if end else None


def _role_before(text: str, pos: int) -> tuple[int, str] | None:
    """ "Bí thư Tỉnh ủy Hà Giang, ông Triệu Tài Vinh": the title that opens the clause, before the comma and the
    honorific at `pos`."""
    clause = _clause_before_comma(text, pos)
    if not clause or _comma_before(text, clause[0]):
        return None  # "A, Chủ tịch HĐND huyện, đồng chí B": the title after a comma ends the person before
    for t in title_pattern().finditer(text, *clause):
        found = _role_at(text, t.start()) if not text[t.start() - 1:t.start()].isalpha() else None
        if found and found[0] == clause[1]:
            return pos, found[1]
    return None


def _comma_before(text: str, pos: int) -> bool:
    """Whether the last character before `pos` other than white space is a comma."""
    i = pos - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i] == ","


_LIST_OPEN = regex.compile(r"(?::|,|(?<!\p{L})(?:và|là))[ \t]*$", regex.V1)
_LIST_GOES_ON = regex.compile(r"[ \t]*(?:,|và)[ \t]*")


def _in_list_of_names(text: str, start: int, end: int) -> bool:
    """Whether the name text[start:end] is one of a list of two or more names after a colon or "là" ("…: A, B
    và C", "ba Phó Bí thư khác là A, B, C"), every one a family name and more capitalised words."""
    names, p = 1, start
    while (m := _LIST_OPEN.search(text, max(0, p - 5), p)) and m.group()[0] in ",v":
        stop = len(text[:m.start()].rstrip())
        before = _NAME_BEFORE.search(text, max(0, stop - 40), stop)
        if not before or not surname_run(text, before.start()):
            return False
        names, p = names + 1, before.start()
    if not ((m := _LIST_OPEN.search(text, max(0, p - 5), p)) and m.group()[0] in ":l") \
            or _PLACES_LISTED.search(text, max(0, m.start() - 30), m.start()):
        return False  # ("các xã: Hoàng Hoa, Lê Lợi": places named after people)
    q = end
    while (j := _LIST_GOES_ON.match(text, q)) and surname_run(text, j.end()) and (e := name_run(text, j.end())):
        names, q = names + 1, e
    return names >= 2


_PLACES_LISTED = regex.compile(r"(?<!\p{L})(?i:các|những|\d+)[ \t]+(?i:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố"
                            r"|thôn|bản|ấp|tổ dân phố|khu phố|đường|phố|trường|đơn vị)[ \t]*$", regex.V1)
_NAME_BEFORE = regex.compile(r"(?<!\p{L})\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){1,4}$", regex.V1)


def _names_next(text: str, pos: int) -> bool:
    """Whether a person's name (a family name and more capitalised words) follows `pos` in the same clause
    ("…, Phó Chủ tịch UBND tỉnh - Trưởng đoàn ĐBQH tỉnh Nguyễn Văn B, …"): the words before it are that
    person's title. A name inside a body's name ("Trường THPT Lê Quý Đôn") does not count."""
    if _predicate_next(text, pos):
        return False  # "A, Thứ trưởng Bộ Công an công bố thư của Tổng Bí thư B": a predicate ends the title
    stop = _CLAUSE_STOP.search(text, pos, pos + 160)
    words = list(WORD.finditer(text, pos, stop.start() if stop else min(len(text), pos + 160)))
    for i, w in enumerate(words):
        if not is_cap(w.group()) or not surname_run(text, w.start()) or starts_with_any(text, w.start(), gz.name_parts()):
            continue
        before = [x.group() for x in words[max(0, i - 3):i]]
        if before and before[-1].casefold() in _PLACE_WORDS_BEFORE_NAME and _place_at(text, w.start()):
            continue  # "… với tỉnh Hà Tĩnh": a place named after its place word, not a person
        if not before or not is_cap(before[-1]) or any(gz.canonical_province(" ".join(before[k:]))
                                                       for k in range(len(before))):
            return True
    return False


@cache
def _predicate_pattern() -> regex.Pattern[str]:
    """A lowercase predicate of verb_phrases.tsv after blanks ("… công bố", "… phát biểu")."""
    return regex.compile(r"[ \t]+(?:" + alternation(gz.verb_phrases()) + r")(?!\p{L})", regex.V1)


def _predicate_next(text: str, pos: int) -> bool:
    """Whether a predicate opens the words at `pos`: what came before is a subject, not a title of what follows."""
    return _predicate_pattern().match(text, pos) is not None


def _place_at(text: str, pos: int) -> bool:
    """A province or a district of the table starts at `pos` ("Hà Tĩnh", "Can Lộc")."""
    return province_at(text, pos) is not None or district_name_at(text, pos) is not None


_PLACE_WORDS_BEFORE_NAME = frozenset({"tỉnh", "thành", "phố", "huyện", "quận", "xã", "phường", "trấn", "thôn", "ấp", "bản"})
_COMMA_TITLE = regex.compile(r"[ \t]*,[ \t]*")
_CLAUSE_STOP = regex.compile(r"[,;.:()\n]|[ \t]và[ \t]+(?=\p{Ll})", regex.V1)  # ("… tỉnh và đại biểu B": another item)


_TERM_GAP = regex.compile(r"[ \t]+(?i:kh[oó]a|khoá)[ \t]+[IVXLC]+(?=[ \t]+\p{Lu})", regex.V1)
_DASH_GAP = regex.compile(r"[ \t]+[-–][ \t]+")


# Heads of bodies that are named after people ("Trường Lê Lợi", "Trường Nguyễn Du"; Nghị định 91/2005/NĐ-CP, Điều 3,
# lets public works be named after historical figures): a person's name right after the bare head is the body's name.
_NAMED_AFTER_PEOPLE = regex.compile(r"[Tt]rường", regex.V1)
_OWNER_BRACKETED = regex.compile(r"[ \t]*\(([^()\n]{2,60})\)[ \t]+")
_ACRONYM_BRACKETED = regex.compile(r"[ \t]*\(\p{Lu}[\p{Lu}&]+\)(?=[ \t])", regex.V1)


def _after_title_body(text: str, pos: int) -> tuple[int, int, int | None] | None:
    """After a title, the body it is held in and the name right after it: "Trưởng ban Kinh tế Trung ương
    Nguyễn Văn Bình", "Chủ tịch Hội Nông dân Việt Nam Thào Xuân Sùng" → (end of the body, start and end of the
    name). A title followed by a name alone ("Chủ tịch Thào Xuân Sùng") gives an empty body."""
    found = head_at(text, pos)
    if found:
        body_end = found[0] if found[1].body == "none" else extend_name(
            text, found[0], head=text[pos:found[0]], task=found[1].body == "task")[0]
        if body_end == found[0] and _NAMED_AFTER_PEOPLE.fullmatch(text[pos:found[0]]) and surname_run(text, next_word(
                text, body_end).start() if next_word(text, body_end) else body_end):
            return None  # "Hiệu trưởng Trường Lê Lợi": a school named after a man, the name is the school's
    else:
        body_end = extend_name(text, pos)[0]
        if body_end > pos and not any(w.group().islower() for w in WORD.finditer(text, pos, body_end)) \
                and not _closes(text[pos:body_end]):
            end = name_run(text, pos)
            return (pos, pos, end) if end else None  # capitalised words only: the name itself
    owner = _OWNER_BRACKETED.match(text, body_end)
    if owner and is_head_at(text, owner.start(1)) and surname_run(text, owner.end()):
        body_end = owner.end() - 1  # "Phó Cục trưởng Cục Báo chí (Bộ TT&TT) Đặng Thị A": the body's owner in brackets
    elif (short := _ACRONYM_BRACKETED.match(text, body_end)) and name_run(text, short.end() + 1):
        body_end = short.end()  # "Tổng Thư ký Liên hợp quốc (LHQ) Antonio Guterres": the body's acronym in brackets
    if (term := _TERM_GAP.match(text, body_end)) and surname_run(text, term.end() + 1):
        body_end = term.end()  # "Bí thư thứ nhất Trung ương Đoàn khóa XI Bùi Quang Huy": the body's term
    dash = _DASH_GAP.match(text, body_end)  # ("Chủ tịch Hội LHPN tỉnh - Nguyễn Thị A": a dash before the name)
    after = WORD.match(text, dash.end()) if dash and surname_run(text, dash.end()) else next_word(text, body_end)
    if body_end == pos or not after or text[body_end:after.start()].strip(" \t-–") or not is_cap(after.group()):
        return None
    end = name_run(text, after.start())
    return (body_end, after.start(), end) if end else None


def _closes(words: str) -> bool:
    """Whether `words` hold a word that only closes a body's name ("Việt Nam", "Trung ương", "T.Ư")."""
    return any(c in words for c in CLOSERS)


def _body_end(text: str, pos: int, found: tuple[int, gz.AgencyHead]) -> int:
    """End of the body whose head `found` starts at `pos`: a numbered unit ends with its number ("Sư đoàn 312"),
    any other with its name."""
    if found[1].body == "number":
        return unit_number_end(text, found[0]) or found[0]
    # (a body named after its task, as the agency finder reads it: "Trưởng Ban Chỉ đạo các hoạt động kỷ niệm …")
    return extend_name(text, found[0], head=text[pos:found[0]], task=found[1].body == "task")[0]


def _agency_clause(text: str, pos: int) -> tuple[int, str] | None:
    found = head_at(text, pos)
    if not found:
        return None
    body_end = _body_end(text, pos, found)
    end = body_end if found[1].body != "none" else found[0]
    if found[1].body == "req" and end == found[0]:
        return None
    return end, text[pos:end]


def _body_lowered_by_title(text: str, bodies: Sequence[tuple[int, int]], title_end: int,
                           nxt: regex.Match[str] | None) -> tuple[int, int, int] | None:
    """A title whose last word is the lowercased head of the body after it ("Trưởng đoàn đại biểu Quốc hội tỉnh",
    an agency's span reaching into the title), or a body printed in lowercase right after it ("Bí thư tỉnh ủy
    Tuyên Quang"), then a person's name: (end of the body, start and end of the name)."""
    if nxt is None or not bodies:
        return None
    at = bisect_left(bodies, (title_end,)) - 1  # (the spans are sorted: the last body that starts before the title's end)
    body_end = bodies[at][1] if at >= 0 and bodies[at][0] < title_end < bodies[at][1] else None
    if body_end is None and at + 1 < len(bodies) and bodies[at + 1][0] == nxt.start():
        body_end = bodies[at + 1][1]
    after = next_word(text, body_end) if body_end else None
    if not after or not surname_run(text, after.start()):
        return None
    end = name_run(text, after.start())
    return (body_end, after.start(), end) if end else None


# "các Phó Chủ tịch …": a title several people hold, named one after another.
_PLURAL_TITLE = regex.compile(r"(?<!\p{L})[Cc]ác[ \t]+$", regex.V1)


def _more_names(text: str, end: int) -> list[tuple[int, int]]:
    """The names listed right after a name (", B", " và C"), up to the first that is not a name."""
    out = []
    while (j := _LIST_GOES_ON.match(text, end)) and surname_run(text, j.end()) and (e := name_run(text, j.end())):
        out.append((j.end(), e))
        end = e
    return out


_GROUP_OF = regex.compile(r"[ \t]+(?:gồm(?:[ \t]+có)?|là)[ \t]*$", regex.V1)  # "Phó Chủ tịch gồm các đồng chí"
_PEOPLE_COLON = regex.compile(r"[ \t]*:[ \t]*(?=\p{Lu})", regex.V1)
_LIST_ITEM_END = regex.compile(r"[ \t]*(?:,|;|và(?!\p{L}))[ \t]*|[ \t]*(?:[.)\n]|$)", regex.V1)
_CLAUSE_BEFORE = regex.compile(r"[^.;:\n]{0,80}$")


def _people_before(text: str, colon: int) -> str | None:
    """What the clause before a colon calls the people listed after it: the title they hold ("các Đại biểu Quốc
    hội", "các Phó Chủ tịch UBND tỉnh"), "" for an honorific ("các đồng chí", "các ông"); None when the words
    are not about people ("các xã")."""
    clause = _CLAUSE_BEFORE.search(text, max(0, colon - 80), colon)
    words = list(WORD.finditer(text, clause.start() if clause else colon, colon))
    for i, w in enumerate(words):
        if fold(w.group()) in ("cac", "nhung") and i + 1 < len(words):
            rest = text[words[i + 1].start():colon].strip()
            honorifics = {h.casefold() for h in gz.honorifics()}
            if rest.casefold() in honorifics:
                # "Phó Chủ tịch gồm các đồng chí: A, B": the title that the clause gives them before the honorific
                held = _GROUP_OF.sub("", text[clause.start() if clause else colon:w.start()]).strip(" \t,")
                return held if held and title_pattern().fullmatch(held) else ""
            if title_pattern().match(rest):
                return rest  # "các Đại biểu Quốc hội: A, B": a title that opens with an honorific's words
            lead = rest.split(" ", 2)  # "các đồng chí Phó Viện trưởng: A, B": the honorific, then the title
            if len(lead) == 3 and " ".join(lead[:2]).casefold() in honorifics:
                rest = lead[2]
            elif len(lead) >= 2 and lead[0].casefold() in honorifics:
                rest = rest.split(" ", 1)[1]
            return rest if title_pattern().match(rest) else None
    return None


def _listed_names(text: str, pos: int) -> list[tuple[int, int]]:
    """The items of the list at `pos` when every one is a name ("A, B và C" up to the clause's end) and at
    least two open with a known family name; else none."""
    items, known = [], 0
    semicolon = False  # the last item ended with ";": the list may stop there ("A, B; Trưởng phòng …")
    while pos < len(text):
        end = name_run(text, pos)
        sep = _LIST_ITEM_END.match(text, end) if end else None
        if not end or not sep:
            if semicolon:
                break
            return []
        items.append((pos, end))
        known += surname_run(text, pos)
        if not sep.group().strip() or sep.group().strip() in ".)" or "\n" in sep.group():
            break
        semicolon = sep.group().strip() == ";"
        pos = sep.end()
    return items if len(items) >= 2 and known >= 2 else []


_ROLE_OPENER = regex.compile(r"[ \t]*(?:,|–|-|—|\()[ \t]*")


@cache
def _elected_to() -> regex.Pattern[str]:
    """ " tái đắc cử ", " tiếp tục tái cử và được bầu giữ chức vụ " (office_verbs.tsv): the office follows."""
    verbs = gz.office_verbs()
    lead = alternation(p for p, k in verbs.items() if k == "lead")
    office = alternation(p for p, k in verbs.items() if k == "office")
    return regex.compile(rf"[ \t]+(?:(?:{lead})[ \t]+)*(?:{office})[ \t]+(?=\p{{Lu}})", regex.V1)


def _role_after(text: str, pos: int) -> tuple[int, str] | None:
    """", Phó Trưởng Ban …", " – Giám đốc …" or " (Học viện …)" right after a name; or the office the text
    elects or appoints the person to ("A tái đắc cử Bí thư Tỉnh Đoàn …")."""
    m = _ROLE_OPENER.match(text[pos:pos + 6])
    if not m:
        elected = _elected_to().match(text, pos)
        return _role_at(text, elected.end()) if elected else None
    if m.group().strip() == "(":
        close = text.find(")", pos)
        inner = pos + m.end()
        found = _role_at(text, inner) or _agency_clause(text, inner)
        return (close + 1, found[1]) if found and close > 0 and found[0] <= close else None
    return _role_at(text, pos + m.end(), any_case=True)


_WORD_CAPITAL = regex.compile(r"(?<!\p{L})\p{Lu}")


def _org_of(role: str | None) -> str | None:
    """The first agency named inside a role ("Phó Trưởng Ban Tuyên giáo Tỉnh ủy" → "Ban Tuyên giáo Tỉnh ủy")."""
    if not role:
        return None
    for m in _WORD_CAPITAL.finditer(role):
        clause = _agency_clause(role, m.start())
        if clause:
            return clause[1].strip(" ,")
    return None


# Photo credits and sources; a capitalised word; a table row "| Người ký | Mai Sơn |".
_CREDIT = regex.compile(r"\((?:Ảnh|Nguồn)[^)]*\)|(?m:^Ảnh\s*:.*$)")
_CAPITALISED_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}*")
_SIGNER_CELL = regex.compile(r"\|\s*(Người ký|Người ký duyệt)\s*\|\s*([^|\n]+?)\s*\|")


def _academic_alternatives() -> str:
    return "|".join(regex.escape(a) for a in sorted(gz.academic_titles(), key=len, reverse=True))


_HOUSE_NUMBER_BEFORE = regex.compile(r"(?<![\p{L}\d/.,])(?!(?:19|20)\d\d[ \t])\d{1,4}[A-Z]?[ \t]+$", regex.V1)


@cache
def _honorific_pattern() -> regex.Pattern[str]:
    """An honorific ("Đồng chí") or academic titles ("PGS, TS") before a capitalised name."""
    hon = "|".join(regex.escape(h) for h in sorted(gz.honorifics(), key=len, reverse=True))
    acad = _academic_alternatives()
    return regex.compile(rf"(?<!\p{{L}})(?:{hon}|(?:{acad})(?:[ ,]*(?:{acad}))*)[ \t]+(?=\p{{Lu}})")


@cache
def _academic_prefix() -> regex.Pattern[str]:
    """Academic titles (table academic_titles.txt) printed before a capitalised name: "PGS.TS. ", "ThS. "."""
    acad = _academic_alternatives()
    return regex.compile(rf"(?:{acad})(?:[ ,]*(?:{acad}))*[ \t]+(?=\p{{Lu}})")


@cache
def _author_line_pattern() -> regex.Pattern[str]:
    """ "PGS, TS VŨ THANH SƠN" alone on a line."""
    return regex.compile(rf"(?m)^[ \t]*(?:(?:{_academic_alternatives()})[ ,]*)+(\p{{Lu}}[\p{{Lu}} ]+\p{{Lu}})[ \t]*$")


# "tư tưởng Hồ Chí Minh", "đạo đức, phong cách Hồ Chí Minh", "khoa Tư Tưởng Hồ Chí Minh": the name stands for a
# body of thought (a subject, a department), never for the man; matched folded, whatever the case or tone marks.
_IDEAS_OF = regex.compile(r"(?<![a-z])(?:tu tuong|dao duc|phong cach)\s*$")


def find_persons(text: str, bodies: Sequence[tuple[int, int]] = ()) -> list[Person]:
    """Named people with the role the text gives them; authors and historical figures not participants.
    `bodies`: spans of agencies' names; a name inside one is part of the body's name ("Học viện Chính trị
    quốc gia Hồ Chí Minh", "Trường THPT Lê Quý Đôn"), not a person."""
    hits: list[_PersonHit] = []
    taken: list[tuple[int, int]] = [(s, e) for s, e in bodies]
    sorted_bodies = sorted(taken)

    def add(start: int, end: int, role: str | None, participant: bool = True, role_end: int = 0) -> None:
        if any(s <= start < e for s, e in taken):
            return
        if _PRIZE_BEFORE.search(text, max(0, start - 60), start):
            return  # "Giải thưởng Báo chí Huỳnh Thúc Kháng": the prize is named after him, he is not here
        if _cut_short(text, start, end):
            return  # "… của Bộ trưởng Nguyễn V": the page stops inside the name
        start = _after_place_before_name(text, start, end)
        name = _titlecase(text[start:end])
        if _is_title(name) or _opens_with_title(name):
            return  # "PHÓ BÍ THƯ" alone on a line, "Bà Chủ Tịch Hội …": a role word is never a name
        if _holds_event_or_verb(name):
            return  # "TỔNG BÍ THƯ KHAI MẠC HỘI NGHỊ …": a headline's verb and meeting, not a name after a title
        if (gz.canonical_province(name) and name not in gz.name_parts()) \
                or (is_head_at(text, start) and person_named_like_a_body(text, start) != end) \
                or name in gz.countries() or _IDEAS_OF.search(fold(text[max(0, start - 14):start])):
            return  # "Hà Nội, …", "Lâm Đồng, …", "Ngày Nhà giáo Việt Nam": a place or a body, not a person
        hits.append(_PersonHit(start, end, name, role, _org_of(role), participant, role_end or end))
        taken.append((start, end))

    credit = [(m.start(), m.end()) for m in _CREDIT.finditer(text)]

    def in_credit(p: int) -> bool:
        return any(s <= p < e for s, e in credit)

    # byline: the last line, or "./. Name" at the end of the article, or "PGS, TS NAME" alone on a line
    _signatures(text, add)
    _signed_names(text, add)
    _byline(text, add, in_credit)

    # honorific + name (+ role)
    for m in matches_at(_honorific_pattern(), text, "honorific"):
        start = m.end()
        end = name_run(text, start)
        if end is None or in_credit(start) or (m.group().strip() in _FAMILIAR and (
                not surname_run(text, start) or district_name_at(text, start) == end)) \
                or _HOUSE_NUMBER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # ("111 Bà Huyện Thanh Quan": a street named after someone, after its house number; "các đại
            # biểu Mai Châu": the delegates of a district)
        role = _role_after(text, end) or _role_before(text, m.start())
        add(start, end, role[1] if role else None, role_end=role[0] if role else end)
        if not role and _PLURAL_TITLE.search(text, max(0, m.start() - 6), m.start()):
            for s0, e0 in _more_names(text, end):  # "các đồng chí A, B được bầu …": each one named
                after = _role_after(text, e0)
                add(s0, e0, after[1] if after else None, role_end=after[0] if after else e0)
    # title + name ("Tổng Bí thư Tô Lâm", "Đại tướng Đoàn Khuê", "Chủ tịch Cuba Fidel Castro")
    for m in matches_at(title_pattern(), text, "title"):
        kind = title_kind(m.group())
        if kind == "name":
            if "Hồ Chí Minh" in m.group() or "Bác Hồ" in m.group():
                s = text.find("Hồ", m.start() + (0 if m.group().startswith("Bác") else len("Chủ tịch ")))
                if m.group().startswith("Bác"):
                    hits.append(_PersonHit(m.start(), m.end(), "Hồ Chí Minh", None, None, False, m.end()))
                    taken.append((m.start(), m.end()))
                else:
                    add(s, m.end(), "Chủ tịch", participant=False)
            continue
        if m.start() > 0 and text[m.start() - 1].isalpha():
            continue
        p = m.end()
        role_end = p
        nxt = next_word(text, p)
        lowered = _body_lowered_by_title(text, sorted_bodies, p, nxt) if kind == "office" else None
        if lowered:
            role_end, start, end = lowered  # "Trưởng đoàn đại biểu Quốc hội tỉnh Nguyễn Văn A"
        elif not nxt or not is_cap(nxt.group()):
            continue
        elif country := next((c for c in gz.countries() if text.startswith(c + " ", nxt.start())), None):
            role_end = nxt.start() + len(country)
            nxt = next_word(text, role_end)
            if not nxt:
                continue
            start, end = nxt.start(), name_run(text, nxt.start())
        elif (named := person_named_like_a_body(text, nxt.start())):
            start, end = nxt.start(), named  # "Tổng Bí thư Trường Chinh": a person, though "Trường" opens schools
        elif surname_run(text, nxt.start()) or kind in ("rank", "profession"):
            start, end = nxt.start(), name_run(text, nxt.start())
        elif kind == "office" and (after := _after_title_body(text, nxt.start())):
            role_end, start, end = after
        else:
            continue
        if end is None or in_credit(start):
            continue
        role = text[m.start():role_end]
        more = _role_after(text, end)
        if more:
            role = f"{role}, {more[1]}"
        add(start, end, role, role_end=more[0] if more else end)
        if not more and _PLURAL_TITLE.search(text, max(0, m.start() - 6), m.start()):
            for s0, e0 in _more_names(text, end):  # "các Phó Chủ tịch HĐND tỉnh A, B": each holds the title
                add(s0, e0, role)
    _lowercase_titles(text, add, in_credit)
    # a list of names after a colon that a title or an honorific opens ("các Đại biểu Quốc hội: A, B, C"):
    # every item shaped as a name is one, its family name known to the table or not, once two are known
    for m in _PEOPLE_COLON.finditer(text):
        if (held := _people_before(text, m.start())) is not None:
            for s0, e0 in _listed_names(text, m.end()):
                add(s0, e0, held or None)
    # a family name, then a role: "…: Nguyễn Văn Thể, Bí thư Đảng ủy Khối …; Hoàng Thị Hạnh, Ủy viên …"
    surnames = gz.surnames()
    for m in matches_at(_CAPITALISED_WORD, text, "surname"):  # (the words that are no family name: passed over)
        if m.group() not in surnames or not surname_run(text, m.start()) or in_credit(m.start()):
            continue
        if m.start() > 0 and is_cap(text[max(0, m.start() - 2):m.start()].strip()[-1:] or "a"):
            continue  # inside a longer capitalised run (an agency's or a place's name)
        end = name_run(text, m.start())
        role = _role_after(text, end) if end else None
        if role:
            add(m.start(), end, role[1], role_end=role[0])
        elif end and (comma := _COMMA_TITLE.match(text, end)) and title_pattern().match(text, comma.end()) \
                and _names_next(text, comma.end()):
            add(m.start(), end, None)  # "A, Phó Giám đốc Sở Y Nguyễn Văn B": one of a list of people, its title before it
        elif end and _in_list_of_names(text, m.start(), end):
            add(m.start(), end, None)  # "các Phó Chủ tịch …: Trương Thị A, Ngô Văn B, Nguyễn Hữu C chủ trì"
    # table row "| Người ký | Mai Sơn |"
    for m in _SIGNER_CELL.finditer(text):
        add(m.start(2), m.end(2), m.group(1))
    hits.sort(key=lambda h: h.start)
    seen: dict[str, _PersonHit] = {}
    for h in hits:
        k = fold(h.name)
        k = next((k0 for k0 in seen if _initialled_form(k, k0)), k)  # "Michael R.Pompeo" after "Michael Richard Pompeo"
        if k in seen:
            if h.role and (not seen[k].role or (seen[k].role.isupper() and not h.role.isupper())):
                # (a role printed in a headline in capitals gives way to the one running text prints)
                seen[k].role, seen[k].organization = h.role, h.organization
            continue
        seen[k] = h
    moved: list[_PersonHit] = []
    for h in seen.values():
        if (first := _headline_mention(text, h.name, h.start, sorted_bodies)):
            h.start, h.end = first  # "NGUYỄN THỊ HOA NHẬN GIẢI THƯỞNG …" before "Phó Giáo sư Nguyễn Thị Hoa …"
            moved.append(h)
    # a run of capitals read on past the name there ("LƯƠNG CƯỜNG THĂM ĐƠN VỊ" after a title) is that person's
    kept = [h for h in seen.values() if not any(o is not h and o.start <= h.start < o.end for o in moved)]
    return sorted((Person(start=h.start, end=h.end, surface=text[h.start:h.end], name=h.name, role=h.role,
                          organization=h.organization, participant=h.participant) for h in kept),
                  key=lambda p: p.start)


def _headline_mention(text: str, name: str, before: int, bodies: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of `name` (a person's, which the text prints in mixed case after a title or an honorific, or as the
    person finder reads a name otherwise) printed in capitals
    before `before` in a headline: a line in capitals that opens with the name or with a bare title and the name,
    and goes on with a predicate ("NGUYỄN THỊ HOA NHẬN …", "THỦ TƯỚNG PHẠM MINH CHÍNH THĂM …"), not inside a body's
    name. A name printed only in capitals, with no title anywhere, is left alone: a headline in capitals opens as
    often with a place named like a person ("HÀ TĨNH …", "LÊ LỢI …") as with a person."""
    words = name.upper().split()
    if len(words) < 2 or not text.count(words[0], 0, before):
        return None
    pattern = regex.compile(r"(?<!\p{L})" + r"[ \t]+".join(map(regex.escape, words)) + r"(?!\p{L})", regex.V1)
    for m in pattern.finditer(text, 0, before):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not is_caps_line(_line_at(text, m.start())) or any(s <= m.start() < e for s, e in bodies):
            continue
        said = text[line_start:m.start()].strip(" \t|•*-")
        if said and not _role_pattern_caps().fullmatch(said):
            continue
        nxt = next_word(text, m.end())
        if nxt and not text[m.end():nxt.start()].strip(" \t") and caps_predicate_at(text, nxt.start(), mixed=True):
            return m.start(), m.end()
    return None


@cache
def _two_syllable_phrases(table: str) -> frozenset[str]:
    """The casefolded phrases of two syllables or more of event_heads.tsv ("heads") or verb_phrases.tsv ("verbs")."""
    phrases = [h for h, _, _, _ in gz.event_heads()] if table == "heads" else list(gz.verb_phrases())
    return frozenset(p.casefold() for p in phrases if len(p.split()) >= 2)


def _holds_event_or_verb(name: str) -> bool:
    """Whether a run of capitalised words holds an event's head of two syllables or more ("… Hội Nghị Trung Ương"),
    or, opening with no family name, a predicate of two syllables or more ("Khai Mạc …"): a headline in capitals,
    no person's name. (A predicate after a family name may be a given name: "Phát Huy", "Thống Nhất".)"""
    words = name.casefold().split()
    runs = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, min(len(words), i + 4) + 1)}
    if runs & _two_syllable_phrases("heads"):
        return True
    return bool(words) and name.split()[0] not in gz.surnames() and bool(runs & _two_syllable_phrases("verbs"))


def _lowercase_titles(text: str, add, in_credit) -> None:
    """A title of two or more words printed all in lowercase right before a person's name ("chủ tịch Hồ Chí Minh",
    "phó chủ tịch Nguyễn Văn A"), as pages print one in running text: the person, with the title as printed."""
    for m in matches_at(_role_pattern_any_case(), text, "title"):
        title = m.group()
        if not title[:1].islower() or " " not in title or (m.start() and text[m.start() - 1].isalpha()):
            continue
        kind = title_kind(title)
        if kind == "name" and title.casefold().endswith("hồ chí minh"):  # (not "bác hồ": "bác" is a common word)
            start = m.start() + title.casefold().index("hồ chí minh")
            add(start, m.end(), " ".join(text[m.start():start].split()), participant=False)
            continue
        nxt = next_word(text, m.end())
        if kind not in ("office", "rank") or not nxt or text[m.end():nxt.start()].strip() \
                or text[m.end():m.end() + 1].isalpha() or not is_cap(nxt.group()) or in_credit(nxt.start()):
            continue
        if surname_run(text, nxt.start()):
            start, end, role = nxt.start(), name_run(text, nxt.start()), title
        elif kind == "office" and (after := _after_title_body(text, nxt.start())):
            start, end, role = after[1], after[2], " ".join(text[m.start():after[0]].split())  # "giám đốc Sở Y tế A"
        else:
            continue
        if end and not body_syllable_after(text, end):  # ("trưởng đoàn Đoàn Kiểm tra": a body, no person)
            more = _role_after(text, end)
            add(start, end, f"{role}, {more[1]}" if more else role, role_end=more[0] if more else end)


# A prize named after a person: "Giải thưởng Báo chí Huỳnh Thúc Kháng", "giải thưởng Hồ Chí Minh".
_PRIZE_BEFORE = regex.compile(r"(?<!\p{L})[Gg]iải(?:[ \t]+thưởng)?(?:[ \t]+\p{Lu}\p{Ll}*"
                              r"(?:[ \t]+(?!(?:cho|của|là|và|với|tặng|trao|được)(?!\p{L}))\p{Ll}+)?)*[ \t]+$", regex.V1)
_PLACE_WORD_BEFORE = regex.compile(r"(?<!\p{L})(?:tỉnh|thành phố|TP\.?)[ \t]+$", regex.V1)


def _cut_short(text: str, start: int, end: int) -> bool:
    """A name whose last word is one capital letter where the text ends: the page was cut inside the name."""
    last = text[start:end].split()[-1]
    return len(last) == 1 and last.isupper() and not text[end:].strip()


def _after_place_before_name(text: str, start: int, end: int) -> int:
    """ "Phó Chủ tịch UBND tỉnh Hà Giang Trần Đức Quý": a province after "tỉnh" closes the title, the name
    starts after it (when at least two capitalised words remain)."""
    if not _PLACE_WORD_BEFORE.search(text, max(0, start - 12), start):
        return start
    found = province_at(text, start)
    if not found or found[0] >= end:
        return start
    rest = next_word(text, found[0])
    if rest and rest.start() < end and len(text[rest.start():end].split()) >= 2 and surname_run(text, rest.start()):
        return rest.start()
    return start


_INITIAL = regex.compile(r"^\p{L}\.?$", regex.V1)


def _initialled_form(short: str, full: str) -> bool:
    """Whether the folded name `short` is `full` with a given or middle name cut to its initial ("michael
    r.pompeo", "michael richard pompeo"; "s.mi-xen", "sác-lơ mi-xen"): same last word, each other word of `short`
    the same as `full`'s or its initial."""
    a, b = regex.split(r"[ .]+", short.strip(" .")), full.split()
    if short == full or len(a) != len(b) or len(a) < 2 or a[-1] != b[-1]:
        return False
    return all(x == y or (_INITIAL.match(x) and y.startswith(x[0])) for x, y in zip(a[:-1], b[:-1], strict=True)) \
        and any(x != y for x, y in zip(a, b, strict=True))


def _is_chrome(line: str) -> bool:
    from loaders.boilerplate import is_chrome

    return is_chrome(line)


@cache
def _titles_folded() -> dict[str, str]:
    """Title in any case → the title as the role table spells it ("phó bí thư" → "Phó Bí thư")."""
    out: dict[str, str] = {}
    for title, kind in gz.role_titles().items():
        if kind == "office":
            out.setdefault(title.casefold(), title)
    for word in (*gz.honorifics(), *gz.academic_titles()):
        out.setdefault(word.casefold(), word)
    return out


def _is_title(words: str) -> bool:
    """Whether `words` are only a title or an honorific ("Phó Bí Thư", "CHỦ TỊCH", "Đồng chí")."""
    return " ".join(words.split()).casefold() in _titles_folded()


def _opens_with_title(name: str) -> bool:
    """Whether a name begins with an office's title in any case ("Chủ Tịch Hội …", "Giám Đốc Sở …")."""
    words = name.split()
    return any(" ".join(words[:k]).casefold() in _office_titles() for k in range(2, len(words) + 1))


@cache
def _office_titles() -> frozenset[str]:
    return frozenset(t.casefold() for t, kind in gz.role_titles().items() if kind == "office")


# "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. BỘ TRƯỞNG", "Q. GIÁM ĐỐC": on whose behalf
# a document is signed; "(Đã ký)", "Đã ký và đóng dấu": the signature itself.
_ON_BEHALF = regex.compile(r"(?:T/M|T/L|K/T|TM|KT|TL|TUQ|Q)\.?[ \t]+(?=\p{Lu})", regex.V1)
_LINE = regex.compile(r"[^\n]*")
_SIGNED = regex.compile(r"(?i)\(?\s*(?:đã ký|ký|signed)[^()\n]{0,30}\)?|\[?(?:chữ ký|dấu)[^\n]{0,20}\]?")


def _signatures(text: str, add) -> None:
    """A signature block anywhere in the text: a title alone on a line ("PHÓ BÍ THƯ", after "T/M BAN THƯỜNG
    VỤ" or "KT. CHỦ TỊCH"), maybe "(Đã ký)", then the signer's name on the next line. The signer takes the
    title as role and is a participant; the title line itself is never a name."""
    lines = [(m.start(), m.group()) for m in _LINE.finditer(text) if m.group().strip()]
    for i, (_start, line) in enumerate(lines):
        title = _signature_title(line)
        if title is None:
            continue
        block = line.strip().isupper() or any(_ON_BEHALF.match(lines[k][1].strip(" \t|*-")) for k in (i - 1, i - 2)
                                               if k >= 0)
        if not block:
            continue
        for at, nxt in lines[i + 1:i + 4]:
            cand = nxt.strip(" \t|*")
            if _SIGNED.fullmatch(cand):
                continue
            if _ON_BEHALF.match(cand) or _is_title(cand):
                break  # "KT. CHỦ TỊCH" then "PHÓ CHỦ TỊCH": the nearer title is the signer's
            words = cand.split()
            if 2 <= len(words) <= 4 and len(cand) < 40 and all(is_cap(w) and w.isalpha() for w in words):
                begin = at + nxt.index(cand)
                add(begin, begin + len(cand), _titles_folded()[" ".join(title.split()).casefold()])
            break


@lru_cache(maxsize=LINE_CACHE)  # pure; most lines are prose, and a site's lines recur from page to page
def _signature_title(line: str) -> str | None:
    """The title a line holds alone ("PHÓ BÍ THƯ", "KT. CHỦ TỊCH" without "KT."), not an honorific or an
    academic title; None for any other line."""
    raw = line.strip(" \t|*-").rstrip(":")
    title = raw[_ON_BEHALF.match(raw).end():] if _ON_BEHALF.match(raw) else raw
    if not _is_title(title) or title.casefold() in {h.casefold() for h in (*gz.honorifics(), *gz.academic_titles())}:
        return None
    return title


def _signer_title(lines: list[str]) -> str | None:
    """The title above a signature ("Bộ trưởng", "(Đã ký)", name): the signer's role."""
    near = [s.strip() for s in lines if s.strip()][-3:]
    for line in reversed(near):
        m = role_pattern().search(line) or _role_pattern_caps().search(line)
        if m and len(line) < 60:
            role = line[m.start():].strip(" .:")
            return uncaps(role).capitalize() if role.isupper() else role
        if not (_SIGNED.fullmatch(line) or _ON_BEHALF.match(line)):
            break
    return None


# A credit label before the names of a byline: "Bài, ảnh:", "Tin và ảnh:", "Ảnh:", "Nhóm phóng viên:", "Đăng bởi:"
# (who posted it on the body's own site).
_CREDIT_LABEL = regex.compile(r"(?:(?:Bài|Tin|Nhóm phóng viên|Phóng viên|PV|Tác giả|Người viết|Đăng bởi|Người đăng)"
                              r"(?:[ \t]*(?:,|và)[ \t]*ảnh)?"
                              r"|Ảnh(?:[ \t]+tư liệu)?)"
                              r"[ \t]*:[ \t]*", regex.V1)
# Between two names of a byline; a source tag after it ("(TTXVN)").
_NAME_SEPARATOR = regex.compile(r"[ \t]+[-–][ \t]+|[ \t]*,[ \t]*|[ \t]+và[ \t]+|[ \t]*;[ \t]*", regex.V1)
_DASH_BEFORE = regex.compile(r"[ \t]+[-–][ \t]+$")  # ("Quốc Sự - Ủy viên …": a title after a dash, not a comma)
_CLAUSE_MARK = regex.compile(r"[;:]")
_SOURCE_TAG = regex.compile(r"[ \t]*\([^()]*\)[ \t]*$")
# "./. Name" at the end of an article.
_END_SIGNATURE = regex.compile(r"(?:\./\.|\.)[ \t]*(\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}]*){1,3})\s*$")
_SOURCE_LINE = regex.compile(r"(?:Theo|Nguồn|Trích)(?!\p{L})", regex.V1)


def byline_names(line: str) -> list[tuple[int, int, str]] | None:
    """The names of a byline as (start, end, role) in `line`, or None (see `_byline_names`)."""
    names = _byline_names(line)
    return list(names) if names is not None else None


_WEEKDAY = regex.compile(r"(?i:thứ[ \t]+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ[ \t]+nhật)")
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
_TIME_STAMP = regex.compile(rf"[ \t|,]+(?:{_CLOCK}[ \t,]*)?\d{{1,2}}/\d{{1,2}}/\d{{4}}(?:[ \t,]*{_CLOCK})?"
                            r"(?:[ \t]*\(?GMT[+-]\d+\)?)?[ \t]*$")


_STAMP_DASH = regex.compile(r"[ \t]+[-–|][ \t]*$")


@lru_cache(maxsize=LINE_CACHE)  # pure; the same bylines and closing lines recur from page to page
def _byline_names(line: str) -> tuple[tuple[int, int, str], ...] | None:
    """The names of a byline ("Trần Long - Thuỳ Linh - Ảnh: Thanh Hải", "Bài, ảnh: Minh Hải", "Nguyễn Hà
    (TTXVN)") as (start, end, role) in `line`; None when the line holds anything else than names."""
    if len(line) > 100 or _SOURCE_LINE.match(line.strip()):
        return None
    stamp = _TIME_STAMP.search(line)  # "Thu Hà - Mạnh Hùng 17:45, 15/10/2024": the time the page was posted
    line = line[:stamp.start()] if stamp and stamp.start() else line
    if stamp and stamp.start():
        line = _STAMP_DASH.sub("", line)  # "Bùi Ánh - 14:20 28/09/2023": a dash between the name and the time
    if stamp and _WEEKDAY.fullmatch(line.strip(" \t,|")):
        return None  # "Thứ Hai, 04/03/2019, 16:18": the day it was posted
    tag = _SOURCE_TAG.search(line.rstrip())
    body = line.rstrip()[:tag.start()] if tag else line.rstrip()
    if body.endswith(".") and not body.endswith("./.") and body[-2:-1].isalpha():
        body = body[:-1]  # "Quang Minh.": the byline's closing full stop
    # "Lê Văn An (Ban Tổ chức Tỉnh ủy Nghệ An)": the author's body in brackets is the role; "(TTXVN)" a source
    affiliation = tag.group().strip(" \t()") if tag and is_head_at(tag.group().strip(" \t()"), 0) else None
    out: list[tuple[int, int, str]] = []
    pos = len(line) - len(line.lstrip())
    while pos < len(body):
        role = "tác giả"
        label = _CREDIT_LABEL.match(body, pos)
        if label:
            role = "tác giả ảnh" if label.group().startswith("Ảnh") else role
            pos = label.end()
        if degree := _academic_prefix().match(body, pos):
            pos = degree.end()  # "TS. Lê Văn An", "ThS. Trần Thị Bình": the author's degree before the name
        sep = _NAME_SEPARATOR.search(body, pos)
        part_end = sep.start() if sep else len(body)
        if not _is_name(body[pos:part_end]):
            if out and _DASH_BEFORE.search(body, 0, pos) and title_pattern().match(body, pos) \
                    and not _CLAUSE_MARK.search(body, pos):
                out[-1] = (*out[-1][:2], f"{out[-1][2]}, {body[pos:].strip()}")  # "Quốc Sự - Ủy viên UBKT Huyện ủy"
                break
            if out and _DASH_BEFORE.search(body, 0, pos) and is_head_at(body, pos) and not _CLAUSE_MARK.search(body, pos):
                break  # "Phùng Vị – HND tỉnh": the author, then the body the author writes for
            return None
        out.append((pos, part_end, role))
        if label and label.group().startswith("Tác giả"):
            break  # "Tác giả: Lò Văn An, công chức …": the author named; what follows says who he is
        pos = sep.end() if sep else len(body)
    if all(role == "tác giả ảnh" for _, _, role in out):
        return None  # "Ảnh: Xuân Thu" alone: a photo's credit, not the article's byline
    if affiliation and len(out) == 1:
        out = [(out[0][0], out[0][1], affiliation)]
    return tuple(out) or None


def _is_name(words: str) -> bool:
    """2–5 capitalised words (all caps only when they all are), none a body, a title, a place or a country."""
    parts = words.split()
    if not 2 <= len(parts) <= 5 or not all(is_cap(w) and w.replace("’", "").replace("'", "").isalpha() for w in parts):
        return False
    if any(_acronym(w) for w in parts) and not words.isupper():
        return False
    name = _titlecase(words)
    if _PLACE_OR_PARTY.search(name) or starts_with_any(name.capitalize(), 0, breakers()):
        return False  # "Tỉnh Thanh Hóa", "Đảng Cộng Sản Việt Nam": a place or the Party, in capitals
    return not (is_head_at(words, 0) or _is_title(name) or _opens_with_title(name) or gz.canonical_province(name)
                or name in gz.countries() or _is_chrome(words) or starts_with_any(words, 0, breakers()))


# Words that are never part of a person's name: place words, the Party, the country.
_PLACE_OR_PARTY = regex.compile(r"^(?:Tỉnh|Thành Phố|Huyện|Quận|Xã|Phường|Thị Xã|Tp)\b|\b(?:Đảng|Việt Nam|Trung Ương)\b",
                                regex.V1)


def _lines(text: str) -> list[tuple[int, str]]:
    """(start, line) of the non-blank lines."""
    return [(m.start(), m.group()) for m in _LINE.finditer(text) if m.group().strip()]


# How many lines after the headline a byline may stand, and how far from the end.
TOP_LINES = 5
END_LINES = 3


def _byline(text: str, add, in_credit) -> None:  # noqa: ARG001
    """Authors: "./. Name" at the end of the article; a line of names (with credit labels) near the top or at
    the end (where a last line may name the author's body or the source); "PGS, TS NAME" alone on a line."""
    body = _without_source_tail(text.rstrip())
    m = _END_SIGNATURE.search(body)
    if m and m.start(1) > len(body) - 60 and _is_name(m.group(1)):
        add(m.start(1), m.end(1), "tác giả", participant=False)
        return
    lines = _lines(body)
    found = False
    for i, (start, line) in enumerate(lines[-END_LINES:][::-1]):
        names = byline_names(line)
        if names is None:
            if i == 0 and (is_head_at(line.strip(), 0) or _SOURCE_LINE.match(line.strip())):
                continue  # "Đảng ủy xã …", "Theo Báo …" under the author's name
            break
        at = lines.index((start, line))
        signer = _signer_title([x for _, x in lines[max(0, at - 3):at]])
        for s0, e0, role in names:
            if signer and len(names) == 1:
                add(start + s0, start + e0, signer)
            else:
                add(start + s0, start + e0, role, participant=False)
        found = True
        break
    for start, line in lines[1:1 + TOP_LINES]:
        names = byline_names(line) if not is_caps_line(line) else None  # capitals there: a header
        if names and not _signed_after(lines, start):
            for s0, e0, role in names:
                add(start + s0, start + e0, role, participant=False)
            found = True
            break
    if found:
        return
    # "PGS, TS VŨ THANH SƠN" alone on a line near the top: the article's author
    for m in _author_line_pattern().finditer(text[:1500]):
        if len(m.group(1).split()) in (2, 3, 4):
            add(m.start(1), m.end(1), "tác giả", participant=False)


# A last line that names where the article came from, not who wrote it: "Nguồn VOV: http://…", "Theo …", or
# the source paper's acronym alone ("TBTC", "TTXVN").
_SOURCE_TAIL = regex.compile(r"\n[ \t]*(?:(?:Nguồn|Theo)(?!\p{L})[^\n]*|\p{Lu}{2,8})[ \t]*$", regex.V1)


# A heading that opens the site's list of other articles after the article ends: what follows is no byline.
_RELATED_HEADING = regex.compile(r"\n[ \t]*(?:Có thể bạn quan tâm|Tin liên quan|Tin cùng chuyên mục|Bài viết liên quan"
                                r"|Tin khác|Xem thêm)[ \t:]*\n", regex.V1 | regex.IGNORECASE)


def _without_source_tail(body: str) -> str:
    """The article without the site's list of other articles after it and the source lines under its author's
    name."""
    if (related := _RELATED_HEADING.search(body)) and related.start() > 0:
        body = body[:related.start()].rstrip()
    while (m := _SOURCE_TAIL.search(body)) and m.start() > 0:
        body = body[:m.start()].rstrip()
    return body


def _signed_after(lines: list[tuple[int, str]], start: int) -> bool:
    """Whether the line at `start` is followed by "(Đã ký)": a signer, not an author."""
    at = next(i for i, (s0, _) in enumerate(lines) if s0 == start)
    return at + 1 < len(lines) and bool(_SIGNED.fullmatch(lines[at + 1][1].strip(" \t|*")))


def _signed_names(text: str, add) -> None:
    """A name alone on a line right above "(Đã ký)" signed the document ("Võ Văn Kiệt" / "(Đã ký)")."""
    lines = _lines(text)
    for i, (start, line) in enumerate(lines[:-1]):
        if not _SIGNED.fullmatch(lines[i + 1][1].strip(" \t|*")):
            continue
        cand = line.strip(" \t|*")
        if _is_name(cand):
            begin = start + line.index(cand)
            title = _signer_title([x for _, x in lines[max(0, i - 3):i]])
            add(begin, begin + len(cand), title)
