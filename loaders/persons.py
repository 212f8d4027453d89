"""Named people with the role the text gives them; authors, signers and historical figures."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from loaders import gazetteer as gz
from loaders.model import Person
from loaders.names import (
    NAME_BREAKERS,
    WORD,
    extend_name,
    head_at,
    is_cap,
    is_head_at,
    next_word,
    starts_with_any,
    surname_run,
    uncaps,
)
from loaders.text import fold


@dataclass
class _PersonHit:
    start: int
    end: int
    name: str
    role: str | None = None
    organization: str | None = None
    participant: bool = True
    role_end: int = 0


def name_run(text: str, pos: int, max_words: int = 4) -> int | None:
    """End of a personal name (2–4 capitalised words; initials such as "V.I." count as one) at `pos`."""
    p, n, end = pos, 0, None
    while n < max_words:
        w = next_word(text, p) if n else WORD.match(text, p)
        if not w or not is_cap(w.group()) or (n and text[p:w.start()].strip()):
            break
        if n and (is_head_at(text, w.start()) or starts_with_any(text, w.start(), NAME_BREAKERS)):
            break
        n += 1
        p = end = w.end()
    return end if n >= 2 else None


def _titlecase(name: str) -> str:
    """"VŨ THANH SƠN" → "Vũ Thanh Sơn"; spaces collapsed."""
    if name.isupper():
        return " ".join(w.capitalize() for w in name.split())
    return " ".join(name.split())


@cache
def role_pattern() -> regex.Pattern[str]:
    titles = sorted(gz.role_titles(), key=len, reverse=True)
    return regex.compile("|".join(regex.escape(t) for t in titles), regex.V1)


@cache
def _role_pattern_caps() -> regex.Pattern[str]:
    titles = sorted(gz.role_titles(), key=len, reverse=True)
    return regex.compile("|".join(regex.escape(t.upper()) for t in titles), regex.V1)


def _role_at(text: str, pos: int) -> tuple[int, str] | None:
    """A role starting at `pos`: a title, the agency or country after it, more roles after commas."""
    m = role_pattern().match(text, pos)
    if not m or (m.end() < len(text) and text[m.end()].isalpha()):
        return None
    end = m.end()
    kind = gz.role_titles()[m.group()]
    if kind in ("name", "profession"):
        return None
    nxt = next_word(text, end)
    if nxt and kind == "office" and is_cap(nxt.group()) and not surname_run(text, nxt.start()):
        found = head_at(text, nxt.start())
        if found:
            body_end = extend_name(text, found[0], head=text[nxt.start():found[0]])[0]
            end = body_end if found[1].body != "none" else found[0]
        else:
            body_end = extend_name(text, nxt.start())[0]
            if body_end > nxt.start():
                end = body_end
    if kind == "office" and text.startswith(", ", end):
        more = _role_at(text, end + 2) or _agency_clause(text, end + 2)
        if more:
            end = more[0]
    return end, text[pos:end]


def _agency_clause(text: str, pos: int) -> tuple[int, str] | None:
    found = head_at(text, pos)
    if not found:
        return None
    body_end = extend_name(text, found[0], head=text[pos:found[0]])[0]
    end = body_end if found[1].body != "none" else found[0]
    if found[1].body == "req" and end == found[0]:
        return None
    return end, text[pos:end]


_ROLE_OPENER = regex.compile(r"[ \t]*(?:,|–|-|—|\()[ \t]*")


def _role_after(text: str, pos: int) -> tuple[int, str] | None:
    """", Phó Trưởng Ban …", " – Giám đốc …" or " (Học viện …)" right after a name."""
    m = _ROLE_OPENER.match(text[pos:pos + 6])
    if not m:
        return None
    if m.group().strip() == "(":
        close = text.find(")", pos)
        inner = pos + m.end()
        found = _role_at(text, inner) or _agency_clause(text, inner)
        return (close + 1, found[1]) if found and close > 0 and found[0] <= close else None
    return _role_at(text, pos + m.end())


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


@cache
def _honorific_pattern() -> regex.Pattern[str]:
    """An honorific ("Đồng chí") or academic titles ("PGS, TS") before a capitalised name."""
    hon = "|".join(regex.escape(h) for h in sorted(gz.honorifics(), key=len, reverse=True))
    acad = _academic_alternatives()
    return regex.compile(rf"(?<!\p{{L}})(?:{hon}|(?:{acad})(?:[ ,]*(?:{acad}))*)[ \t]+(?=\p{{Lu}})")


@cache
def _author_line_pattern() -> regex.Pattern[str]:
    """ "PGS, TS VŨ THANH SƠN" alone on a line."""
    return regex.compile(rf"(?m)^[ \t]*(?:(?:{_academic_alternatives()})[ ,]*)+(\p{{Lu}}[\p{{Lu}} ]+\p{{Lu}})[ \t]*$")


def find_persons(text: str) -> list[Person]:
    """Named people with the role the text gives them; authors and historical figures not participants."""
    hits: list[_PersonHit] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, role: str | None, participant: bool = True, role_end: int = 0) -> None:
        if any(s <= start < e for s, e in taken):
            return
        name = _titlecase(text[start:end])
        if _is_title(name) or _opens_with_title(name):
            return  # "PHÓ BÍ THƯ" alone on a line, "Bà Chủ Tịch Hội …": a role word is never a name
        if (gz.canonical_province(name) and name not in gz.name_parts()) or is_head_at(text, start) \
                or name in gz.countries():
            return  # "Hà Nội, …", "Lâm Đồng, …", "Ngày Nhà giáo Việt Nam": a place or a body, not a person
        hits.append(_PersonHit(start, end, name, role, _org_of(role), participant, role_end or end))
        taken.append((start, end))

    credit = [(m.start(), m.end()) for m in _CREDIT.finditer(text)]

    def in_credit(p: int) -> bool:
        return any(s <= p < e for s, e in credit)

    # byline: the last line, or "./. Name" at the end of the article, or "PGS, TS NAME" alone on a line
    _signatures(text, add)
    _byline(text, add, in_credit)

    # honorific + name (+ role)
    for m in _honorific_pattern().finditer(text):
        start = m.end()
        end = name_run(text, start)
        if end is None or in_credit(start):
            continue
        role = _role_after(text, end)
        add(start, end, role[1] if role else None, role_end=role[0] if role else end)
    # title + name ("Tổng Bí thư Tô Lâm", "Đại tướng Đoàn Khuê", "Chủ tịch Cuba Fidel Castro")
    for m in role_pattern().finditer(text):
        kind = gz.role_titles()[m.group()]
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
        if not nxt or not is_cap(nxt.group()):
            continue
        country = next((c for c in gz.countries() if text.startswith(c + " ", nxt.start())), None)
        if country:
            role_end = nxt.start() + len(country)
            nxt = next_word(text, role_end)
            if not nxt:
                continue
            start, end = nxt.start(), name_run(text, nxt.start())
        elif surname_run(text, nxt.start()):
            start, end = nxt.start(), name_run(text, nxt.start())
        elif kind in ("rank", "profession"):
            start, end = nxt.start(), name_run(text, nxt.start())
        elif (clause := _agency_clause(text, nxt.start())) and (after := next_word(text, clause[0])) \
                and surname_run(text, after.start()):
            role_end = clause[0]
            start, end = after.start(), name_run(text, after.start())
        else:
            continue
        if end is None or in_credit(start):
            continue
        role = text[m.start():role_end]
        more = _role_after(text, end)
        if more:
            role = f"{role}, {more[1]}"
        add(start, end, role, role_end=more[0] if more else end)
    # a family name, then a role: "…: Nguyễn Văn Thể, Bí thư Đảng ủy Khối …; Hoàng Thị Hạnh, Ủy viên …"
    surnames = gz.surnames()
    for m in _CAPITALISED_WORD.finditer(text):
        if m.group() not in surnames or not surname_run(text, m.start()) or in_credit(m.start()):
            continue
        if m.start() > 0 and is_cap(text[max(0, m.start() - 2):m.start()].strip()[-1:] or "a"):
            continue  # inside a longer capitalised run (an agency's or a place's name)
        end = name_run(text, m.start())
        role = _role_after(text, end) if end else None
        if role:
            add(m.start(), end, role[1], role_end=role[0])
    # table row "| Người ký | Mai Sơn |"
    for m in _SIGNER_CELL.finditer(text):
        add(m.start(2), m.end(2), m.group(1))
    hits.sort(key=lambda h: h.start)
    seen: dict[str, _PersonHit] = {}
    for h in hits:
        k = fold(h.name)
        if k in seen:
            if not seen[k].role and h.role:
                seen[k].role, seen[k].organization = h.role, h.organization
            continue
        seen[k] = h
    return [Person(start=h.start, end=h.end, surface=text[h.start:h.end], name=h.name, role=h.role,
                   organization=h.organization, participant=h.participant) for h in seen.values()]


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
        raw = line.strip(" \t|*-").rstrip(":")
        title = raw[_ON_BEHALF.match(raw).end():] if _ON_BEHALF.match(raw) else raw
        if not _is_title(title) or title.casefold() in {h.casefold() for h in (*gz.honorifics(), *gz.academic_titles())}:
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


# What stands around an author's name on the byline: "Bài, ảnh:", "Tin và ảnh:" before it, a source tag after it.
_BYLINE_TAGS = regex.compile(r"(?:(?:Bài|Tin|Nhóm phóng viên)(?:[ \t]*(?:,|và)[ \t]*ảnh)?[ \t]*:[ \t]*)?(?P<name>.*?)"
                             r"(?:[ \t]*\([^()]*\))?", regex.V1 | regex.S)


# "./. Name" at the end of an article.
_END_SIGNATURE = regex.compile(r"(?:\./\.|\.)[ \t]*(\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}]*){1,3})\s*$")
_SOURCE_LINE = regex.compile(r"(?:Theo|Nguồn|Trích|Ảnh)(?!\p{L})|.*:", regex.V1)


def _byline(text: str, add, in_credit) -> None:
    body = text.rstrip()
    m = _END_SIGNATURE.search(body)
    if m and m.start(1) > len(body) - 60:
        add(m.start(1), m.end(1), "tác giả", participant=False)
        return
    lines = body.split("\n")
    last = lines[-1].strip() if lines else ""
    last = _BYLINE_TAGS.fullmatch(last).group("name") if last else last  # "Bài, ảnh: Minh Hải", "Nguyễn Hà (TTXVN)"
    if not (2 <= len(last.split()) <= 4 and len(last) < 40):
        last = ""  # too long or too short for a name (the cheap test first)
    if last and (_SOURCE_LINE.match(last) or any(is_head_at(last, w.start()) for w in WORD.finditer(last))):
        last = ""  # "Theo Báo Nhân Dân", "Nguồn: Báo Quảng Trị": a source, not an author
    if last and all(is_cap(w) for w in last.split()) \
            and not is_head_at(last, 0) and not last.endswith((".", ":")) and not _is_chrome(last):
        start = body.rfind(last)
        signer = _signer_title(lines[:-1])
        if signer:
            add(start, start + len(last), signer)
        else:
            add(start, start + len(last), "tác giả", participant=False)
        return
    # "PGS, TS VŨ THANH SƠN" alone on a line near the top: the article's author
    for m in _author_line_pattern().finditer(text[:1500]):
        if len(m.group(1).split()) in (2, 3, 4):
            add(m.start(1), m.end(1), "tác giả", participant=False)
