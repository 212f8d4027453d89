"""Named agencies: one per distinct body, at its first mention, with its canonical name and province."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from loaders import gazetteer as gz
from loaders.model import Agency
from loaders.names import extend_name, head_at, is_acronym, is_caps_line, uncaps
from loaders.text import fold


@dataclass
class _AgencyHit:
    start: int
    end: int
    name: str
    locality: str | None
    kind: str
    key: str
    central: bool


# The provincial party committee named two ways is one body: "Ban Chấp hành Đảng bộ tỉnh" = "Tỉnh ủy".
_BCH_TINH = re.compile(r"^Ban Chấp hành Đảng bộ (?:tỉnh|thành phố)\b", re.I)
_BCH_HUYEN = re.compile(r"^Ban Chấp hành Đảng bộ huyện\b", re.I)


@lru_cache(maxsize=65536)  # the same bodies are named in document after document
def _key(name: str) -> str:
    s = fold(name)
    s = re.sub(r"\bu[yỷ]\b", "uy", s)
    s = re.sub(r"\buy ban nhan dan\b", "ubnd", s)
    s = re.sub(r"\bhoi dong nhan dan\b", "hdnd", s)
    s = re.sub(r"\bmat tran to quoc\b", "mttq", s)
    s = re.sub(r"\s+[-–]\s+|\s*,\s*", " va " if "-" in s else " ", s)
    s = re.sub(r"\bban chap hanh dang bo (tinh|thanh pho)\b", "tinh uy", s)
    s = re.sub(r"\bban chap hanh trung uong dang\b", "ban chap hanh trung uong", s)
    s = re.sub(r"\bban bi thu trung uong dang\b", "ban bi thu", s)
    s = re.sub(r"\b(thuong truc|ttr)\b", "thuong truc", s)
    s = re.sub(r"\bccq\b", "cac co quan", s)
    return " ".join(s.replace(",", " ").split())


_CENTRAL_WORDS = regex.compile(r"Trung ương|Chính phủ|Quốc hội|Việt Nam|Quốc gia|Nhà nước|Chủ tịch nước|Liên bộ|Quân khu",
                               regex.I)
_LOCAL_WORDS = regex.compile(r"Tỉnh [uủ]y|Thành [uủ]y|Huyện [uủ]y|UBND|HĐND|\btỉnh\b", regex.I)


def _modern(name: str) -> str:
    """Modern tone placement and OCR fixes: "Tỉnh uỷ" → "Tỉnh ủy", "ƯBND" → "UBND"."""
    for old, pattern, new in _TONE_FIXES:
        if old in name:  # a cheap test first: most names have none of these
            name = pattern.sub(new, name)
    if "TW" in name or "TƯ" in name:
        name = _TW.sub("Trung ương", name)
    return _UBND_OCR.sub("UBND", name) if "ƯBND" in name else name


_TONE_PAIRS = {"uý": "úy", "uỳ": "ùy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy", "oá": "óa", "oà": "òa", "oả": "ỏa",
               "oã": "õa", "oạ": "ọa"}
_TONE_FIXES = tuple((old, regex.compile(rf"{old}(?!\p{{L}})"), new) for old, new in _TONE_PAIRS.items())
_TW = regex.compile(r"(?<!\p{L})T[WƯ](?!\p{L})")
_UBND_OCR = regex.compile(r"(?<!\p{L})ƯBND(?!\p{L})")



# Proper names that keep their capitals when an all-caps header is lowercased.
_PROPER = ("Việt Nam", "Trung ương", "Tổ quốc", "Quốc hội", "Chính phủ", "Nhà nước", "Hồ Chí Minh")



_PROPER_ANY_CASE = tuple((regex.compile(rf"(?i)(?<!\p{{L}}){proper}(?!\p{{L}})"), proper) for proper in _PROPER)


def _recapitalise(name: str) -> str:
    for pattern, proper in _PROPER_ANY_CASE:
        name = pattern.sub(proper, name)
    return name


_DISTRICT_BODY = regex.compile(r"(?:Huyện|Quận|Thị) ủy|(?<!\p{L})(?:huyện|quận|thị xã|thị trấn|xã|phường)(?= \p{Lu}|$)"
                               r"|Đảng ủy$")
_NAMED_DISTRICT_COMMITTEE = regex.compile(r"(?:Huyện|Quận|Thị|Thành) ủy(?: \p{Lu}\p{Ll}*)+$")
_ENDS_WITH_COMMITTEE = regex.compile(r"(?:Tỉnh|Thành|Huyện) ủy$")


def _canonical(head: gz.AgencyHead, printed: str, head_len: int, province: str | None,
               locality: str | None) -> tuple[str, str | None, bool]:
    """(canonical name, locality, central?) for one mention; `printed` stops before any province name."""
    body = printed[head_len:]
    head_text = head.name or printed[:head_len]
    caps = is_caps_line(printed)
    if caps:
        if not head.name:
            head_text = uncaps(head_text)
            head_text = head_text[:1].upper() + head_text[1:]
        body = uncaps(body)
    name = _modern(" ".join((head_text + body).split()))
    if caps:
        name = _recapitalise(name)
    name = _BCH_TINH.sub("Tỉnh ủy", name)
    name = _BCH_HUYEN.sub("Huyện ủy", name)
    name = name.rstrip(" ,-–")
    central = head.scope == "central" or (head.scope == "either" and bool(_CENTRAL_WORDS.search(name))
                                           and not _LOCAL_WORDS.search(name))
    if province:
        return f"{name} {province}", province, False
    if central:
        return name, None, True
    loc = locality
    if _DISTRICT_BODY.search(name):
        return name, loc, False  # a district's body: the province is its locality, not part of its name
    if loc:
        if _NAMED_DISTRICT_COMMITTEE.search(name):
            pass  # a district committee already named after its district
        elif _ENDS_WITH_COMMITTEE.search(name) or name.endswith(("tỉnh", "thành phố")):
            name = f"{name} {loc}"
        elif loc not in name:
            name = f"{name} tỉnh {loc}"
    return name, loc, False


# A capital letter that begins a word: where an agency's head may start.
_WORD_CAPITAL = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}", regex.V1)
# "TM. ", "K/T ": on whose behalf, before the agency in a signature's all-caps header.
_ON_BEHALF = regex.compile(r"^\s*(?:(?:TM|KT|TL|TUQ|Q)\.|T/M|T/L|K/T)\s*")


def _key_name(name: str, loc: str | None) -> str:
    """The name for the merge key: "… tỉnh Quảng Trị" / "… thành phố Huế" as "… Quảng Trị"."""
    if not loc or loc not in name:
        return name
    return _province_suffix(loc).sub(f" {loc}", name)


@cache
def _province_suffix(loc: str) -> regex.Pattern[str]:
    return regex.compile(rf"\s(?:tỉnh|thành phố|TP\.?)\s+{regex.escape(loc)}$")


def find_agencies(text: str, locality: str | None = None) -> list[Agency]:
    """Named agencies, one per distinct body, at its first mention."""
    hits: list[_AgencyHit] = []
    pos = 0
    n = len(text)
    line_caps: dict[int, bool] = {}
    while pos < n:
        m = _WORD_CAPITAL.search(text, pos)
        if not m:
            break
        start = m.start()
        ls = text.rfind("\n", 0, start) + 1
        if ls not in line_caps:
            le = text.find("\n", start)
            line_caps[ls] = is_caps_line(text[ls: le if le >= 0 else n])
        caps = line_caps[ls]
        found = head_at(text, start, caps=caps) if text[start - 1:start] not in ("-", "/") else None  # "KH-UBND"
        if found and not caps and _shouting(text[start:found[0]]):
            found = None  # an all-caps word in running text ("ĐẢNG BỘ TỈNH …" mid-line) is not a head
        if caps and _ON_BEHALF.sub("", text[ls:start]).strip(" \t|•*-"):
            found = None  # in an all-caps header only a line that begins with a head names an agency
        if found and _not_agency(text, start):
            found = None
        if not found or _credit_context(text, start):
            pos = start + 1
            continue
        head_end, head = found
        body_end, province, province_start = extend_name(text, head_end, caps=caps, head=text[start:head_end])
        if head.body == "req" and body_end == head_end:
            pos = head_end
            continue
        if head.body == "none":
            body_end, province, province_start = head_end, None, head_end
        inner = head_at(text, head_end + 1) if head.name == "Thường trực" or head.head == "Thường trực" else None
        if inner and inner[1].scope == "central":
            pos = head_end  # "Thường trực Ban Bí thư" is a role; the body is found on its own
            continue
        kind = inner[1].kind if inner else head.kind  # "Thường trực HĐND" is a state body
        end = body_end
        surface = text[start:end].rstrip(" ,-–")
        end = start + len(surface)
        if _generic(text, start, end):
            pos = end
            continue
        printed = text[start:province_start] if province else surface
        name, loc, central = _canonical(head, printed, head_end - start, province, locality)
        hits.append(_AgencyHit(start, end, name, loc, kind, _key(_key_name(name, loc)), central))
        pos = end
    hits.extend(_bare_centre(text, hits))
    return _merge_agencies(text, hits)


# A bare "Trung ương" that stands for the Central Committee: "của Trung ương", "Ủy viên Trung ương Đảng".
_BARE_CENTRE = regex.compile(r"(?:(?<=(?<!\p{L})của\s)|(?<=(?:Ủy|Uỷ) viên\s)|(?<=Bí thư\s))Trung ương(?: Đảng)?"
                             r"(?!\s*(?:Đoàn|Hội|Mặt trận)|\p{L})", regex.V1)


def _bare_centre(text: str, hits: list[_AgencyHit]) -> list[_AgencyHit]:
    """ "kết luận của Trung ương, Bộ Chính trị": the bare "Trung ương" is the Ban Chấp hành Trung ương."""
    taken = [(h.start, h.end) for h in hits]
    out = []
    for m in _BARE_CENTRE.finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            name = "Ban Chấp hành Trung ương"
            out.append(_AgencyHit(m.start(), m.end(), name, None, "party", _key(name), True))
    return out


def _shouting(head_text: str) -> bool:
    """An all-caps first word that is not an acronym ("BỘ", not "UBND")."""
    words = head_text.split()
    return bool(words) and len(words[0]) > 1 and words[0].isupper() and not is_acronym(words[0])


def _not_agency(text: str, start: int) -> bool:
    low = text[start:start + 30].casefold()
    table = _not_agencies_folded()
    return any(low.startswith(f) and not low[n:n + 1].isalpha()
               for key in (low[:1], low[:2]) for n, f in table.get(key, ()))


@cache
def _not_agencies_folded() -> dict[str, tuple[tuple[int, str], ...]]:
    """First two characters of the casefolded phrase (one when it is that short) → (length of the phrase,
    casefolded phrase)."""
    out: dict[str, list[tuple[int, str]]] = {}
    for p in gz.not_agencies():
        f = p.casefold()
        out.setdefault(f[:2] if len(f) >= 2 else f, []).append((len(p), f))
    return {c: tuple(group) for c, group in out.items()}


_CREDIT_BEFORE = regex.compile(r"(?:Ảnh|Nguồn|Theo)\s*:[^.\n()]*$")


def _credit_context(text: str, start: int) -> bool:
    """Inside a photo credit or source tag: "(Ảnh: …/TTXVN)", "Nguồn: …"."""
    before = text[max(0, start - 40):start]
    return bool(_CREDIT_BEFORE.search(before))


_PLURAL_BEFORE = regex.compile(r"\b(?:các|những)\s+$")
_PLURAL_AFTER = regex.compile(r"\s+(?:các|những)\b")


def _generic(text: str, start: int, end: int) -> bool:
    """Generic plurals ("các Sở", "UBND các huyện") are not named bodies."""
    before = text[max(0, start - 5):start]
    after = text[end:end + 6]
    return bool(_PLURAL_BEFORE.search(before) or _PLURAL_AFTER.match(after))


_DISTRICT_COMMITTEE = regex.compile(r"(?<!\p{L})((?:Huyện|Quận|Thị) ủy)((?: \p{Lu}\p{Ll}*){1,3})$", regex.V1)


def _name_bare_district_committees(hits: list[_AgencyHit]) -> None:
    """A bare "Huyện ủy" where the text names one district committee, maybe only inside another body's name
    ("Ban Thường vụ Huyện ủy Hải Hậu … Nghị quyết của Huyện ủy"), is that committee."""
    named: dict[str, set[str]] = {}
    for h in hits:
        m = _DISTRICT_COMMITTEE.search(h.name)
        if m:
            named.setdefault(m.group(1), set()).add(m.group(1) + m.group(2))
    for h in hits:
        if h.name in named and len(named[h.name]) == 1:
            h.name = next(iter(named[h.name]))
            h.key = _key(h.name)


def _merge_agencies(text: str, hits: list[_AgencyHit]) -> list[Agency]:
    """One entry per body: same key, or a short mention that only one longer name starts with."""
    _name_bare_district_committees(hits)
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
