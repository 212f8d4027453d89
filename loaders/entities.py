"""Agencies, people and events around the citations.

The vocabulary is data (loaders/data: agency_heads.tsv, roles.tsv, event_heads.tsv, name_syllables.txt,
surnames.txt …, read through `loaders.gazetteer`); this module only knows how Vietnamese names are
written: a head word ("Sở", "Ban", "Hội nghị"), then capitalised words, each maybe followed by lowercase
syllables ("Giáo dục và Đào tạo"), commas and "và" inside ("Văn hóa, Thể thao và Du lịch").
Spans are indices into `text` as given; one entry per distinct entity, at its first mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import regex

from loaders import gazetteer as gz
from loaders.document import find_dates
from loaders.model import Agency, Event, Person
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


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _is_caps_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


@dataclass
class Span:
    start: int
    end: int

    def text(self, s: str) -> str:
        return s[self.start:self.end]


def _next_word(text: str, pos: int, newline_ok: bool = False) -> regex.Match[str] | None:
    """The word right after `pos`, past spaces (and a newline when `newline_ok`)."""
    m = SPACE.match(text, pos)
    p = m.end() if m else pos
    if newline_ok and p < len(text) and text[p] == "\n":
        m = regex.compile(r"\s+").match(text, p)
        p = m.end() if m else p
    return WORD.match(text, p)


def _starts_with_any(text: str, pos: int, phrases: tuple[str, ...] | list[str]) -> bool:
    return any(text.startswith(p, pos) and (pos + len(p) >= len(text) or not text[pos + len(p)].isalpha())
               for p in phrases)


@cache
def _province_forms() -> tuple[str, ...]:
    forms = {f for p in gz.provinces() for f in (p.name, *p.aliases) if len(f) > 2}
    return tuple(sorted(forms, key=len, reverse=True))


def _province_at(text: str, pos: int) -> tuple[int, str] | None:
    """A province name starting at `pos` (any case) → (end, canonical name)."""
    chunk = text[pos:pos + 40]
    low = chunk.casefold()
    for form in _province_forms():
        f = form.casefold()
        if low.startswith(f) and (len(low) == len(f) or not low[len(f)].isalpha()):
            name = gz.canonical_province(form)
            if name and (_is_cap(chunk) or chunk[:1].isdigit()):
                return pos + len(form), name
    return None


def _is_head_at(text: str, pos: int) -> bool:
    return _head_at(text, pos) is not None


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


def _head_at(text: str, pos: int, caps: bool = False) -> tuple[int, gz.AgencyHead] | None:
    for pattern, head in (_head_patterns_caps() if caps else _head_patterns()):
        m = pattern.match(text, pos)
        if m:
            return m.end(), head
    return None


def _surname_run(text: str, pos: int) -> bool:
    """Whether a person's name (a known surname and 1–3 more capitalised words) starts at `pos`."""
    m = WORD.match(text, pos)
    if not m or m.group() not in gz.surnames():
        return False
    n, p = 1, m.end()
    while (w := _next_word(text, p)) and _is_cap(w.group()) and n < 5:
        n, p = n + 1, w.end()
    return 2 <= n <= 4


def extend_name(text: str, pos: int, caps: bool = False) -> tuple[int, str | None, int]:
    """End of the name body that starts at `pos`, the province it ends with (or None) and where that starts.

    Accepts capitalised words, lowercase syllables that continue them (name_syllables), "và" / "," / "-"
    between capitalised words, and a closing "tỉnh X" / "thành phố X"; stops at anything else.
    """
    end = pos
    p = pos
    lower_run = 0
    after_ender = False
    first = True
    while True:
        w = _next_word(text, p, newline_ok=caps and first is False and _caps_continues(text, p))
        gap = text[p:w.start()] if w else ""
        if not w or (gap and gap.strip(" \t\u00a0\n")):
            # punctuation between: only "," / "-" / "–" continue, before a capitalised non-head word
            m = regex.match(r"\s*([,\-–])\s*", text[p:])
            if not m or first or caps:
                break
            q = p + m.end()
            nw = WORD.match(text, q)
            if (not nw or not _is_cap(nw.group()) or _is_head_at(text, q) or _starts_with_any(text, q, NAME_BREAKERS)
                    or _surname_run(text, q) or _province_at(text, q)):
                break
            if m.group(1) == "," and text[q - 1] != " ":
                break
            p = q
            continue
        word = w.group()
        if "\n" in gap and not caps:
            break
        low = word.casefold() if caps else word
        prov = _province_at(text, w.start())
        if low in ("tỉnh", "thành phố", "thành") or (caps and low in ("tỉnh",)):
            after = w.end()
            if low == "thành":
                nxt = _next_word(text, after)
                if not nxt or nxt.group().casefold() != "phố":
                    break
                after = nxt.end()
            nxt = _next_word(text, after, newline_ok=caps)
            if nxt:
                prov2 = _province_at(text, nxt.start())
                if prov2:
                    return prov2[0], prov2[1], w.start()
            return after, None, after
        if prov and not first and _is_cap(word):
            return prov[0], prov[1], w.start()
        if _is_cap(word) and not caps:
            if (_starts_with_any(text, w.start(), NAME_BREAKERS) and not (first and _starts_with_any(
                    text, w.start(), FIRST_WORD_OK))) or (not first and _surname_run(text, w.start())):
                break
            if not first and _is_head_at(text, w.start()) and text[w.start():w.start() + 3] in ("Sở ", "Bộ "):
                break
            end = p = w.end()
            lower_run, after_ender, first = 0, False, False
            continue
        if caps:
            if word in ("(",):
                break
            end = p = w.end()
            first = False
            continue
        if first:
            break
        if word == "và":
            nw = _next_word(text, w.end())
            if nw and _is_cap(nw.group()) and not _is_head_at(text, nw.start()) \
                    and not _starts_with_any(text, nw.start(), NAME_BREAKERS):
                p = w.end()
                continue
            break
        if word == "số" and (nw := _next_word(text, w.end())) and nw.group()[:1].isdigit():
            break
        nw = _next_word(text, w.end())
        if nw and f"{word} {nw.group()}" in gz.verb_phrases():
            break
        if word.casefold() in gz.name_syllables() and lower_run < 3 and not after_ender:
            end = p = w.end()
            lower_run += 1
            after_ender = word in WORD_ENDERS
            continue
        break
    return end, None, end


def _caps_continues(text: str, pos: int) -> bool:
    """In an all-caps header, whether the next line continues the name ("ỦY BAN NHÂN DÂN\\nTỈNH THANH HÓA")."""
    nl = text.find("\n", pos)
    if nl < 0 or text[pos:nl].strip():
        return False
    line_end = text.find("\n", nl + 1)
    nxt = text[nl + 1: line_end if line_end >= 0 else len(text)].strip()
    return _is_caps_line(nxt) and fold(nxt).startswith(("tinh ", "thanh pho "))


# ---------------------------------------------------------------- agencies


@dataclass
class _AgencyHit:
    start: int
    end: int
    name: str
    locality: str | None
    kind: str
    key: str
    central: bool


_NAME_FIXES = [(re.compile(p, re.I), r) for p, r in (
    (r"^Ban Chấp hành Đảng bộ (?:tỉnh|thành phố)\b", "Tỉnh ủy"),
    (r"\s+[-–]\s+", " và "),
    (r"\s+", " "),
)]


def _key(name: str) -> str:
    s = fold(name)
    s = re.sub(r"\bu[yỷ]\b", "uy", s)
    s = re.sub(r"\buy ban nhan dan\b", "ubnd", s)
    s = re.sub(r"\bhoi dong nhan dan\b", "hdnd", s)
    s = re.sub(r"\s+[-–]\s+|\s*,\s*", " va " if "-" in s else " ", s)
    s = re.sub(r"\bban chap hanh dang bo (tinh|thanh pho)\b", "tinh uy", s)
    s = re.sub(r"\bban chap hanh trung uong dang\b", "ban chap hanh trung uong", s)
    s = re.sub(r"\bban bi thu trung uong dang\b", "ban bi thu", s)
    s = re.sub(r"\b(thuong truc|ttr)\b", "thuong truc", s)
    s = re.sub(r"\bccq\b", "cac co quan", s)
    return " ".join(s.replace(",", " ").split())


_CENTRAL_WORDS = regex.compile(r"Trung ương|Chính phủ|Quốc hội|Việt Nam|Quốc gia|Nhà nước|Chủ tịch nước|Liên bộ",
                               regex.I)
_LOCAL_WORDS = regex.compile(r"Tỉnh [uủ]y|Thành [uủ]y|Huyện [uủ]y|UBND|HĐND|\btỉnh\b", regex.I)


def _modern(name: str) -> str:
    """Modern tone placement and OCR fixes: "Tỉnh uỷ" → "Tỉnh ủy", "ƯBND" → "UBND"."""
    for old, new in _TONE_PAIRS.items():
        name = name.replace(old, new)
    return regex.sub(r"\bƯBND\b", "UBND", name)


_TONE_PAIRS = {"uý": "úy", "uỳ": "ùy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy", "oá": "óa", "oà": "òa", "oả": "ỏa",
               "oã": "õa", "oạ": "ọa"}


def _canonical(head: gz.AgencyHead, printed: str, head_len: int, province: str | None,
               locality: str | None) -> tuple[str, str | None, bool]:
    """(canonical name, locality, central?) for one mention; `printed` stops before any province name."""
    body = printed[head_len:]
    head_text = head.name or printed[:head_len]
    if _is_caps_line(printed[:head_len]):
        head_text = head.name or head_text.capitalize()
        body = body.lower()
    name = _modern(" ".join((head_text + body).split()))
    for pattern, repl in _NAME_FIXES[:1]:
        name = pattern.sub(repl, name)
    name = regex.sub(r"\s*(?:\b(?:tỉnh|thành phố|TP\.?)|[,\-–])$", "", name).strip() if province else name
    central = head.scope == "central" or (head.scope == "either" and bool(_CENTRAL_WORDS.search(body))
                                           and not _LOCAL_WORDS.search(body))
    if province:
        loc = province
    elif central:
        return name, None, True
    else:
        loc = locality
    if loc:
        if regex.search(r"(?:Tỉnh|Thành|Huyện) ủy$", name) or name.endswith(("tỉnh", "thành phố")):
            name = f"{name} {loc}"
        elif loc not in name:
            name = f"{name} tỉnh {loc}"
    return name, loc, False


def find_agencies(text: str, locality: str | None = None) -> list[Agency]:
    """Named agencies, one per distinct body, at its first mention."""
    hits: list[_AgencyHit] = []
    pos = 0
    n = len(text)
    line_caps: dict[int, bool] = {}
    while pos < n:
        m = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}", regex.V1).search(text, pos)
        if not m:
            break
        start = m.start()
        ls = text.rfind("\n", 0, start) + 1
        if ls not in line_caps:
            le = text.find("\n", start)
            line_caps[ls] = _is_caps_line(text[ls: le if le >= 0 else n])
        caps = line_caps[ls]
        found = _head_at(text, start, caps=caps)
        if not found or _credit_context(text, start):
            pos = start + 1
            continue
        head_end, head = found
        body_end, province, province_start = extend_name(text, head_end, caps=caps)
        if head.body == "req" and body_end == head_end:
            pos = head_end
            continue
        if head.body == "none":
            body_end, province, province_start = head_end, None, head_end
        if head.head in ("Thường trực", "TTr") and (inner := _head_at(text, head_end + 1)) \
                and inner[1].scope == "central":
            pos = head_end  # "Thường trực Ban Bí thư" is a role; the body is found on its own
            continue
        end = body_end
        surface = text[start:end].rstrip(" ,-–")
        end = start + len(surface)
        if _generic(text, start, end):
            pos = end
            continue
        printed = text[start:province_start] if province else surface
        name, loc, central = _canonical(head, printed, head_end - start, province, locality)
        hits.append(_AgencyHit(start, end, name, loc, head.kind, _key(name), central))
        pos = end
    return _merge_agencies(text, hits)


def _credit_context(text: str, start: int) -> bool:
    """Inside a photo credit or source tag: "(Ảnh: …/TTXVN)", "Nguồn: …"."""
    before = text[max(0, start - 40):start]
    return bool(regex.search(r"(?:Ảnh|Nguồn|Theo)\s*:[^.\n()]*$", before))


def _generic(text: str, start: int, end: int) -> bool:
    """Generic plurals ("các Sở", "UBND các huyện") are not named bodies."""
    before = text[max(0, start - 5):start]
    after = text[end:end + 6]
    return bool(regex.search(r"\b(?:các|những)\s+$", before) or regex.match(r"\s+(?:các|những)\b", after))


def _merge_agencies(text: str, hits: list[_AgencyHit]) -> list[Agency]:
    """One entry per body: same key, or a short mention that only one longer name starts with."""
    by_key: dict[str, list[_AgencyHit]] = {}
    for h in hits:
        by_key.setdefault(h.key, []).append(h)
    keys = list(by_key)
    # A bare "Ban Chỉ đạo" merges into the one longer name that extends it.
    for k in list(keys):
        longer = [o for o in keys if o != k and o.startswith(k + " ")]
        if len(longer) == 1 and k in by_key:
            by_key[longer[0]] = sorted(by_key.pop(k) + by_key[longer[0]], key=lambda h: h.start)
    out = []
    for group in by_key.values():
        group.sort(key=lambda h: h.start)
        first = group[0]
        best = max(group, key=lambda h: len(h.name))
        loc = next((h.locality for h in group if h.locality), None)
        out.append(Agency(start=first.start, end=first.end, surface=text[first.start:first.end],
                          name=best.name, locality=None if best.central else loc, kind=first.kind))
    out.sort(key=lambda a: a.start)
    return out


# ---------------------------------------------------------------- people


@dataclass
class _PersonHit:
    start: int
    end: int
    name: str
    role: str | None = None
    organization: str | None = None
    participant: bool = True
    role_end: int = 0


def _name_run(text: str, pos: int, max_words: int = 4, caps_ok: bool = True) -> int | None:
    """End of a personal name (2–4 capitalised words, or initials + a word) starting at `pos`."""
    p, n, end = pos, 0, None
    while n < max_words:
        w = _next_word(text, p) if n else WORD.match(text, p)
        if not w or not _is_cap(w.group()) or (n and text[p:w.start()].strip()):
            break
        if n and (_is_head_at(text, w.start()) or _starts_with_any(text, w.start(), NAME_BREAKERS)):
            break
        if not caps_ok and len(w.group()) > 1 and w.group().isupper() and not w.group().endswith("."):
            break
        n += 1
        p = end = w.end()
    if n < 2 and not (end and text[pos:end].count(".") >= 1 and n >= 2):
        return None
    return end


def _titlecase(name: str) -> str:
    if name.isupper():
        return " ".join(w.capitalize() for w in name.split())
    return " ".join(name.split())


@cache
def _role_pattern() -> regex.Pattern[str]:
    titles = sorted(gz.role_titles(), key=len, reverse=True)
    return regex.compile("|".join(regex.escape(t) for t in titles), regex.V1)


def _role_at(text: str, pos: int) -> tuple[int, str] | None:
    """A role starting at `pos`: a title, the agency or country after it, more roles after commas."""
    m = _role_pattern().match(text, pos)
    if not m or (m.end() < len(text) and text[m.end()].isalpha()):
        return None
    end = m.end()
    kind = gz.role_titles()[m.group()]
    if kind == "name":
        return None
    nxt = _next_word(text, end)
    if nxt and kind == "office" and _is_cap(nxt.group()) and not _surname_run(text, nxt.start()):
        found = _head_at(text, nxt.start())
        if found:
            body_end = extend_name(text, found[0])[0]
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
    found = _head_at(text, pos)
    if not found:
        return None
    body_end = extend_name(text, found[0])[0]
    end = body_end if found[1].body != "none" else found[0]
    if found[1].body == "req" and end == found[0]:
        return None
    return end, text[pos:end]


def _role_after(text: str, pos: int) -> tuple[int, str] | None:
    """", Phó Trưởng Ban …" or " – Giám đốc …" right after a name."""
    m = regex.match(r"\s*(?:,|–|-|—)\s*", text[pos:pos + 6])
    if not m:
        return None
    return _role_at(text, pos + m.end())


def _org_of(role: str | None) -> str | None:
    if not role:
        return None
    for i in range(len(role)):
        if role[i].isupper() and (i == 0 or not role[i - 1].isalpha()):
            found = _head_at(role, i)
            if found and found[1].body != "none" or (found and i > 0):
                end = extend_name(role, found[0])[0] if found[1].body != "none" else found[0]
                return role[i:end].strip(" ,")
    return None


def find_persons(text: str) -> list[Person]:
    """Named people with the role the text gives them; authors and historical figures not participants."""
    hits: list[_PersonHit] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, role: str | None, participant: bool = True, role_end: int = 0) -> None:
        if any(s <= start < e for s, e in taken):
            return
        name = _titlecase(text[start:end])
        hits.append(_PersonHit(start, end, name, role, _org_of(role), participant, role_end or end))
        taken.append((start, end))

    credit = [(m.start(), m.end()) for m in regex.finditer(r"\((?:Ảnh|Nguồn)[^)]*\)|(?m:^Ảnh\s*:.*$)", text)]

    def in_credit(p: int) -> bool:
        return any(s <= p < e for s, e in credit)

    # honorific + name (+ role)
    hon = "|".join(regex.escape(h) for h in sorted(gz.honorifics(), key=len, reverse=True))
    acad = "|".join(regex.escape(a) for a in sorted(gz.academic_titles(), key=len, reverse=True))
    for m in regex.finditer(rf"(?<!\p{{L}})(?:{hon}|(?:{acad})(?:[ ,]*(?:{acad}))*)[ \t]+(?=\p{{Lu}})", text):
        start = m.end()
        end = _name_run(text, start)
        if end is None or in_credit(start):
            continue
        role = _role_after(text, end)
        add(start, end, role[1] if role else None, role_end=role[0] if role else end)
    # title + name ("Tổng Bí thư Tô Lâm", "Đại tướng Đoàn Khuê", "Chủ tịch Cuba Fidel Castro")
    for m in _role_pattern().finditer(text):
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
        nxt = _next_word(text, p)
        if not nxt or not _is_cap(nxt.group()):
            continue
        country = next((c for c in gz.countries() if text.startswith(c + " ", nxt.start())), None)
        if country:
            role_end = nxt.start() + len(country)
            nxt = _next_word(text, role_end)
            if not nxt:
                continue
            start, end = nxt.start(), _name_run(text, nxt.start())
        elif _surname_run(text, nxt.start()):
            start, end = nxt.start(), _name_run(text, nxt.start())
        elif kind == "rank":
            start, end = nxt.start(), _name_run(text, nxt.start())
        else:
            continue
        if end is None or in_credit(start):
            continue
        role = text[m.start():role_end]
        more = _role_after(text, end)
        if more:
            role = f"{role}, {more[1]}"
        add(start, end, role, participant=kind != "rank" or True, role_end=more[0] if more else end)
    # table row "| Người ký | Mai Sơn |"
    for m in regex.finditer(r"\|\s*(Người ký|Người ký duyệt)\s*\|\s*([^|\n]+?)\s*\|", text):
        add(m.start(2), m.end(2), m.group(1))
    # byline: the last line, or "./. Name" at the end of the article
    _byline(text, add, in_credit)
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


def _byline(text: str, add, in_credit) -> None:
    body = text.rstrip()
    m = regex.search(r"(?:\./\.|\.)[ \t]*(\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}]*){1,3})\s*$", body)
    if m and m.start(1) > len(body) - 60:
        add(m.start(1), m.end(1), "tác giả", participant=False)
        return
    lines = body.split("\n")
    last = lines[-1].strip() if lines else ""
    if last and 1 <= len(last.split()) <= 4 and len(last) < 40 and all(_is_cap(w) for w in last.split()) \
            and not _is_head_at(last, 0) and not last.endswith((".", ":")):
        start = body.rfind(last)
        add(start, start + len(last), "tác giả", participant=False)
        return
    # "PGS, TS VŨ THANH SƠN" alone on a line near the top: the article's author
    acad = "|".join(regex.escape(a) for a in sorted(gz.academic_titles(), key=len, reverse=True))
    for m in regex.finditer(rf"(?m)^[ \t]*(?:(?:{acad})[ ,]*)+(\p{{Lu}}[\p{{Lu}} ]+\p{{Lu}})[ \t]*$", text[:1500]):
        if len(m.group(1).split()) in (2, 3, 4):
            add(m.start(1), m.end(1), "tác giả", participant=False)


# ---------------------------------------------------------------- events


@dataclass
class _EventHit:
    start: int
    end: int
    name: str
    kind: str
    date: str | None = None
    organizers: list[str] = field(default_factory=list)
    chairs: list[str] = field(default_factory=list)


EVENT_STOPS = regex.compile(
    r"\s+(?:ngày(?=\s*\d)|tại|do|đã|được|với|diễn ra|họp|nhằm|để|vào|khai mạc|bế mạc|thảo luận|ban hành|thông qua|"
    r"qua đó|sẽ|đang|là|có|cho|chủ trì|lãnh đạo|mà)(?!\p{L})", regex.V1)


@cache
def _event_pattern() -> regex.Pattern[str]:
    heads = sorted(gz.event_heads(), key=lambda h: len(h[0]), reverse=True)
    alts = "|".join(f"(?i:{regex.escape(h[0][0])}){regex.escape(h[0][1:])}" for h in heads)
    return regex.compile(rf"(?<!\p{{L}})(?:{alts})(?!\p{{L}})", regex.V1)


def _event_head(word: str) -> tuple[str, str, str] | None:
    low = word.casefold()
    return next((h for h in gz.event_heads() if h[0].casefold() == low), None)


def _event_end(text: str, start: int, head_end: int, caps: bool) -> int:
    """Where an event's name ends: punctuation, a verb or date word, a new line (not in caps headers)."""
    end = head_end
    limit = min(len(text), start + 220)
    i = head_end
    quote = None
    while i < limit:
        c = text[i]
        if quote:
            if c == quote:
                quote = None
                end = i + 1
            i += 1
            continue
        if c in "“\"«":
            quote = {"“": "”", "\"": "\"", "«": "»"}[c]
            i += 1
            continue
        if c == "\n":
            if caps and _is_caps_line(text[i + 1: (text.find("\n", i + 1) + 1 or len(text) + 1) - 1]):
                i += 1
                continue
            break
        if c in ",.;:!?)" and not (c == "." and i + 1 < len(text) and text[i + 1].isalnum()):
            break
        if c == "(":
            close = text.find(")", i)
            inner = text[i + 1:close] if close > 0 else ""
            if close > 0 and regex.match(r"(?i)\s*kho[áa]\s+[IVXLC\d]+\s*$", inner):
                end = i = close + 1
                continue
            break
        if not caps and c.isspace():
            stop = EVENT_STOPS.match(text, i)
            if stop:
                break
            nxt = _next_word(text, i)
            if nxt and _event_pattern().match(text, nxt.start()) and i > head_end:
                break
        if c.isalnum():
            end = i + 1
        i += 1
    return end


def find_events(text: str) -> list[Event]:
    """Conferences, contests, anniversaries and campaigns, with their date when the text pins it."""
    hits: list[_EventHit] = []
    covered = -1
    for m in _event_pattern().finditer(text):
        if m.start() < covered:
            continue
        head = _event_head(m.group())
        if not head:
            continue
        _, kind, needs = head
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.start())
        caps = _is_caps_line(text[ls: le if le >= 0 else len(text)])
        before = text[max(0, m.start() - 8):m.start()]
        if regex.search(r"(?:các|những|mỗi)\s+$", before):
            continue
        end = _event_end(text, m.start(), m.end(), caps)
        rest = text[m.end():end].split()
        if needs == "number" and not (rest and rest[0][:1].isdigit()):
            continue
        if needs == "capital" and not (rest and _is_cap(rest[0]) and not rest[0][:1].isdigit()):
            continue
        if needs == "words" and len(rest) < 2 and "“" not in text[m.end():end]:
            continue
        if m.group()[0].islower() and kind == "anniversary" and m.start() > 0 and needs == "capital":
            continue
        name = " ".join(text[m.start():end].split())
        name = name[0].upper() + name[1:]
        if caps:
            name = name.capitalize()
        hits.append(_EventHit(m.start(), end, name, kind, _event_date(text, m.start(), end, kind)))
        covered = end
    return _merge_events(text, hits)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    s = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, text.rfind("; ", 0, start) + 2, 0)
    e_candidates = [i for i in (text.find(". ", end), text.find("\n", end), text.find("; ", end)) if i >= 0]
    return s, min(e_candidates) if e_candidates else len(text)


def _event_date(text: str, start: int, end: int, kind: str) -> str | None:
    """The full date the text gives this event: in its sentence before it, right after it, or in brackets."""
    s, e = _sentence(text, start, end)
    after = text[end:min(len(text), end + 60)]
    bracket = regex.match(r"\s*\(([^)]*)\)", after)
    if bracket:
        dates = [d for d in find_dates(bracket.group(1)) if d.full]
        if dates:
            return dates[-1].iso
    m = regex.match(r"[^.;]{0,25}?\b(?:họp|diễn ra|tổ chức|khai mạc)?\s*(?:vào\s+)?(?:sáng|chiều|tối)?\s*ngày\s", after,
                    regex.I)
    if m:
        dates = [d for d in find_dates(after) if d.full and d.start < m.end() + 25]
        if dates:
            return dates[0].iso
    head = text[s:start]
    dates = [d for d in find_dates(head) if d.full and d.start < 30]
    if dates:
        return dates[0].iso
    return None


def _content_words(name: str) -> set[str]:
    words = set(fold(name).replace("“", " ").replace("”", " ").split())
    return words - {"hoi", "nghi", "ky", "niem", "cuoc", "thi", "phien", "hop", "lan", "thu", "nam", "cua"}


def _merge_events(text: str, hits: list[_EventHit]) -> list[Event]:
    groups: list[list[_EventHit]] = []
    for h in hits:
        words = _content_words(h.name)
        for g in groups:
            gw = _content_words(g[0].name)
            if g[0].kind == h.kind and words and gw and len(words & gw) / min(len(words), len(gw)) >= 0.6:
                g.append(h)
                break
        else:
            groups.append([h])
    out = []
    for g in groups:
        first = g[0]
        best = max(g, key=lambda h: len(h.name))
        date = next((h.date for h in g if h.date), None)
        name = best.name if not _is_caps_line(best.name) else first.name
        if any(not _is_caps_line(h.name) for h in g):
            name = max((h for h in g if not _is_caps_line(h.name)), key=lambda h: len(h.name)).name
        out.append(Event(start=first.start, end=first.end, surface=text[first.start:first.end], name=name,
                         date=date, kind=first.kind))
    return out


# ---------------------------------------------------------------- links between them


def _link(text: str, agencies: list[Agency], persons: list[Person], events: list[Event]) -> None:
    """Organisers ("X phối hợp Y tổ chức Hội nghị …") and chairs ("Đồng chí A, … chủ trì hội nghị")."""
    spans = _all_agency_spans(text, agencies)
    for ev in events:
        for m in regex.finditer(r"(?i)(?<!\p{L})tổ chức\s+" + regex.escape(ev.surface[:12]), text):
            s, _ = _sentence(text, m.start(), m.end())
            for a_start, agency in spans:
                if s <= a_start < m.start() and agency.name not in ev.organizers:
                    ev.organizers.append(agency.name)
            break
    for p in persons:
        m = None
        for occ in regex.finditer(regex.escape(p.surface), text):
            window = text[occ.end(): occ.end() + 160]
            m = regex.search(r"(?<!\p{L})chủ trì(?!\p{L})", window.split(".")[0].split("\n")[0])
            if m:
                at = occ.end()
                break
        if not m or not events:
            continue
        nearest = min(events, key=lambda e: abs(e.start - at))
        if p.name not in nearest.chairs:
            nearest.chairs.append(p.name)


def _all_agency_spans(text: str, agencies: list[Agency]) -> list[tuple[int, Agency]]:
    out = []
    for a in agencies:
        for m in regex.finditer(regex.escape(a.surface), text):
            out.append((m.start(), a))
    out.sort(key=lambda t: t[0])
    return out


def _anniversary_people(text: str, persons: list[Person], events: list[Event]) -> list[Person]:
    """People named inside an anniversary ("ngày sinh V.I. Lênin") are its subject, not participants."""
    out = list(persons)
    known = {fold(p.name) for p in persons}
    for ev in events:
        if ev.kind != "anniversary":
            continue
        for p in out:
            if ev.start <= p.start < ev.end:
                p.participant = False
        m = regex.search(r"(?:ngày sinh|ngày mất|năm sinh|ngày giỗ)\s+", ev.surface)
        if m:
            s = ev.start + m.end()
            end = _name_run(text, s)
            if end and fold(" ".join(text[s:end].split())) not in known:
                name = " ".join(text[s:end].split())
                out.append(Person(start=s, end=end, surface=text[s:end], name=name, role=None, participant=False))
                known.add(fold(name))
    out.sort(key=lambda p: p.start)
    return out


def find_entities(text: str, locality: str | None = None, date: str | None = None
                  ) -> tuple[list[Agency], list[Person], list[Event]]:
    """Agencies, persons and events named in `text`; `locality` is the province the text is about."""
    agencies = find_agencies(text, locality)
    events = find_events(text)
    persons = _anniversary_people(text, find_persons(text), events)
    _link(text, agencies, persons, events)
    return agencies, persons, events
