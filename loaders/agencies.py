"""Named agencies: one per distinct body, at its first mention, with its canonical name and province."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import regex

from loaders import gazetteer as gz
from loaders.grammar import STATE_ISSUERS
from loaders.model import Agency
from loaders.names import (
    CLOSERS,
    COMMUNE_LEVELS,
    GENERIC_LEVEL,
    PLACE_WORD,
    SPACE,
    UNIT_CODE,
    WORD,
    capitalise_components,
    capitalise_person_at_end,
    district_end,
    district_name_at,
    extend_name,
    foreign_state_end,
    head_at,
    is_acronym,
    is_cap,
    is_caps_line,
    is_head_at,
    may_open_head,
    next_word,
    official_at,
    official_spelling,
    person_named_like_a_body,
    province_at,
    recapitalise,
    region_at,
    surname_run,
    title_pattern,
    uncaps,
    unit_number_end,
    village_at,
    wraps_in_caps,
)
from loaders.scanner import candidates, finditer_from, scan
from loaders.text import fold, sub_from


@dataclass
class _AgencyHit:
    start: int
    end: int
    name: str
    locality: str | None
    kind: str
    key: str
    central: bool
    level: str = ""  # "xã", "huyện": a bare commune or district body ("UBND xã"), named by the text or not at all


@lru_cache(maxsize=65536)  # the same bodies are named in document after document
def _key(name: str) -> str:
    s = fold(name)
    s = re.sub(r"\bu[yỷ]\b", "uy", s)
    s = re.sub(r"\buy ban nhan dan\b", "ubnd", s)
    s = re.sub(r"\bhoi dong nhan dan\b", "hdnd", s)
    s = re.sub(r"\bmat tran to quoc\b", "mttq", s)
    s = re.sub(r"\buy ban mttq viet nam\b", "uy ban mttq", s)
    # "Mặt trận Tổ quốc Việt Nam xã Mỹ Thạnh" is the commune's Front committee, "Ủy ban MTTQ xã Mỹ Thạnh"
    # (and its key with the province struck off, "mttq viet nam hoa binh", as `_key_name` leaves it)
    s = re.sub(r"^mttq(?: viet nam)?(?= (?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)\b|(?<=viet nam) \S)",
               "uy ban mttq", s)
    s = re.sub(r"\s+[-–]\s+|\s*,\s*", " va " if "-" in s else " ", s)
    # one body named two ways: "Ban Chấp hành Đảng bộ tỉnh" = "Tỉnh ủy", "… huyện" = "Huyện ủy"
    s = re.sub(r"\bban chap hanh dang bo (tinh|thanh pho)\b", "tinh uy", s)
    s = re.sub(r"\bban chap hanh dang bo huyen\b", "huyen uy", s)
    s = re.sub(r"\bban chap hanh trung uong dang(?: cong san viet nam)?\b", "ban chap hanh trung uong", s)
    s = re.sub(r"\bban bi thu trung uong dang\b", "ban bi thu", s)
    s = re.sub(r"\b(thuong truc|ttr)\b", "thuong truc", s)
    s = re.sub(r"\bccq\b", "cac co quan", s)
    return " ".join(s.replace(",", " ").split())


_CENTRAL_WORDS = regex.compile(r"Trung ương|Chính phủ|Quốc hội|Việt Nam|Quốc gia|Nhà nước|Chủ tịch nước|Liên bộ|Quân khu"
                               r"|Bộ Chính trị|Ban Bí thư", regex.I)
_CLOSED_BY_CENTRE = regex.compile(r"(?<!\p{L})(?:Trung ương|TW|T\.Ư|TƯ|Việt Nam)$")
# ("Ủy ban MTTQ Việt Nam huyện Bác Ái": a district's committee, though "Việt Nam" is in its name)
_LOCAL_WORDS = regex.compile(r"Tỉnh [uủ]y|Thành [uủ]y|Huyện [uủ]y|UBND|HĐND|(?<!\p{L})(?:tỉnh|thành phố|huyện|quận|thị xã"
                             r"|thị trấn|phường|đặc khu|xã(?! hội))(?!\p{L})", regex.I)


def _modern(name: str) -> str:
    """Modern tone placement and abbreviations spelt out: "Tỉnh uỷ" → "Tỉnh ủy", "TW" → "Trung ương"."""
    for old, pattern, new in _TONE_FIXES:
        if old in name:  # a cheap test first: most names have none of these
            name = pattern.sub(new, name)
    if "TW" in name or "TƯ" in name or "T.Ư" in name:
        name = _TW.sub("Trung ương", name)
    if "HDND" in name:
        name = _HDND.sub("HĐND", name)
    if "-" in name or "–" in name or "&" in name:
        name = _JOINED_BODIES.sub(" và ", name)
    return name


_TONE_PAIRS = {"uý": "úy", "uỳ": "ùy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy", "oá": "óa", "oà": "òa", "oả": "ỏa",
               "oã": "õa", "oạ": "ọa", "Uý": "Úy", "Uỳ": "Ùy", "Uỷ": "Ủy", "Uỹ": "Ũy", "Uỵ": "Ụy"}
# (after "q" the "u" is the consonant's: "Quý" keeps its tone where it is)
_TONE_FIXES = tuple((old, regex.compile(rf"(?<![qQ]){old}(?!\p{{L}})"), new) for old, new in _TONE_PAIRS.items())
_TW = regex.compile(r"(?<![\p{L}/-])T(?:W|Ư|\.Ư)(?!\p{L})")  # (not a symbol's issuer code: "62-KL/TW")
# "HDND": the council's acronym printed without the stroke of its Đ.
_HDND = regex.compile(r"(?<!\p{L})HDND(?!\p{L})")
# "Văn phòng HĐND-UBND", "HĐND&UBND": two bodies one office serves, joined in the name as "HĐND và UBND".
_JOINED_BODIES = regex.compile(r"(?<=(?<!\p{L})(?:HĐND|UBND|ĐBQH))[ \t]*[-–&][ \t]*(?=(?:HĐND|UBND|Đoàn)(?!\p{L}))")

# A place word that ends a printed name without the place's name: "UBND tỉnh", "Ủy ban nhân dân Thành phố".
_BARE_MARKER = regex.compile(r"\s+(?:tỉnh|thành phố|TP\.?)$", regex.I)
_BARE_LEVEL = regex.compile(r"(?<!hợp tác)\s+(huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)$", regex.I)  # ("… hợp tác xã": a word)
_DISTRICT_BODY = regex.compile(r"(?:Huyện|Quận|Thị) ủy|(?<!\p{L})(?i:huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)(?= [\p{Lu}\d]|$)"
                               r"|Đảng ủy$|(?<!\p{L})(?:thành phố|TP\.?)(?= \p{Lu})|(?<!\p{L})(?:tổ dân phố|khu dân cư|khu phố|thôn|ấp|buôn|bon|xóm|khóm|bản|làng|sóc"
                               r"|tổ)(?= (?:số )?[\p{Lu}\d])", regex.V1)  # ("… thôn 4", "… ấp Phú Hòa": a village's)
_NAMED_DISTRICT_COMMITTEE = regex.compile(r"(?:Huyện|Quận|Thị|Thành) ủy(?: \p{Lu}\p{Ll}*)+$", regex.V1)
_ENDS_WITH_COMMITTEE = regex.compile(r"(?:Tỉnh|Thành|Huyện|Quận|Thị) (?:ủy|[đĐ]oàn)$")  # ("Tỉnh Đoàn" as often)
_DISTRICT_COMMITTEE_END = regex.compile(r"(?:Huyện|Quận|Thị) ủy$")
_CITY_COMMITTEE_END = regex.compile(r"Thành (?:ủy|[đĐ]oàn)$")
# A city's committee or body with no name, in a province's text: "Thành ủy", "UBND thành phố", "… TP".
_BARE_CITY = regex.compile(r"(?:Thành ủy|(?<= )(?i:thành phố|TP\.?))$")


def _names_a_region(name: str) -> bool:
    """Whether a body's name holds a region of the country ("… miền Trung", "… vùng Tây Nguyên")."""
    return any(region_at(name, m.start()) for m in _WORD_START.finditer(name))


_WORD_START = regex.compile(r"(?<!\p{L})\p{L}", regex.V1)


def display(province: str) -> str:
    """How a province closes a body's name: "Quảng Trị", "TP. Hồ Chí Minh" (the city named after the man
    always carries its marker)."""
    return "TP. Hồ Chí Minh" if province == "Hồ Chí Minh" else province


def with_marker(province: str) -> str:
    """ "tỉnh Quảng Trị", "thành phố Đà Nẵng", "TP. Hồ Chí Minh"."""
    if province == "Hồ Chí Minh":
        return display(province)
    return f"{'thành phố' if _is_city(province) else 'tỉnh'} {province}"


@cache
def _is_city(province: str) -> bool:
    return any(p.name == province and p.kind.startswith("thành phố") for p in gz.provinces())


@lru_cache(maxsize=65536)  # pure, and the same mention of a body recurs from document to document
def _canonical(head: gz.AgencyHead, printed: str, head_len: int, province: str | None,
               locality: str | None, districts: tuple[tuple[str, str], ...],
               place: str = "") -> tuple[str, str | None, bool, str]:
    """(canonical name, locality, central?, bare level) for one mention; `printed` stops before any province
    name, `place` is that name as printed."""
    body = printed[head_len:]
    head_text = head.name or printed[:head_len]
    caps = is_caps_line(printed)
    if caps:
        head_text, body = _recased(head, head_text, uncaps(body))
    name = _modern(" ".join((head_text + body).split()))
    if caps:
        name = capitalise_person_at_end(official_spelling(recapitalise(name)))
    name = name.rstrip(" ,-–").replace(" & ", " và ")  # ("Bộ Văn hóa, Thể thao & Du lịch")
    shown = _modern(" ".join(printed.split()))
    central = head.scope == "central" or (head.scope == "either" and bool(_CENTRAL_WORDS.search(shown))
                                           and not _LOCAL_WORDS.search(shown)) \
        or (head.scope == "local" and bool(_CLOSED_BY_CENTRE.search(shown)))  # "Đảng ủy Công an Trung ương"
    if province:
        bare = _BARE_MARKER.search(name)
        city = _city_of_a_province(name, province, place)
        if city:  # "UBND thành phố Huế", "Thành ủy Thái Nguyên": a city the province is named after, as printed
            name = f"{name[:bare.start()]} thành phố {city}" if bare else f"{name} {city}"
        elif bare:
            name = f"{name[:bare.start()]} {with_marker(province)}"
        else:
            name = f"{name} {display(province)}"
        return name, province, False, ""
    if central or _names_a_region(name):
        return name, None, True, ""  # ("Trung tâm Bảo vệ thực vật miền Trung": the region's, no province)
    level, places = _BARE_LEVEL.search(name), dict(districts or ())
    if level and "" in places and level.group(1).casefold() in ("huyện", "quận", "thị xã"):
        name, level = f"{name} {_district_of(districts, level.group(1))}", None  # "UBND huyện": the text's district
    elif level and (commune := places.get(level.group(1).casefold())):
        name, level = f"{name} {commune}", None  # "Đảng ủy xã" in a text about one commune: that commune's
    if head.scope == "own":  # a name of its own: a province only where it prints one, or a bare "tỉnh"
        bare = _BARE_MARKER.search(name) if locality else None  # ("Bệnh viện Đa khoa tỉnh": the text's)
        return (f"{name[:bare.start()]} {with_marker(locality)}", locality, False, "") if bare \
            else (name, None, False, "")
    if "" in places and (committee := _DISTRICT_COMMITTEE_END.search(name)):
        name = f"{name} {_district_of(districts, committee.group())}"  # "Huyện ủy": the text's district's
    elif (city := places.get("thành phố")) and not (locality and _is_city(locality)) \
            and (bare_city := _BARE_CITY.search(name)):
        name = f"{name[:bare_city.end()]} {city}"  # "Thành ủy", "UBND thành phố" in a province: the text's city
    named = gz.find_districts(name)  # "Ban Dân vận Huyện ủy Hải Hà": the province of the district it names
    loc = named[-1][3] if named else locality
    if _DISTRICT_BODY.search(name):
        return name, loc, False, level.group(1).casefold() if level else ""
    if not loc:
        return name, None, False, ""
    bare = _BARE_MARKER.search(name)
    if bare:
        name = f"{name[:bare.start()]} {with_marker(loc)}"
    elif _NAMED_DISTRICT_COMMITTEE.search(name):
        pass  # a district committee already named after its district
    elif _ENDS_WITH_COMMITTEE.search(name):
        if not _DISTRICT_COMMITTEE_END.search(name) and not (_CITY_COMMITTEE_END.search(name) and not _is_city(loc)):
            name = f"{name} {display(loc)}"  # ("Thành ủy" in a province that is no city: one of its cities', unnamed)
    elif display(loc) not in name:
        name = f"{name} {with_marker(loc)}"
    return name, loc, False, ""


# A city's marker or committee ending a name before its place: "UBND thành phố", "UBND TP.", "Thành ủy".
_CITY_BEFORE_PLACE = regex.compile(r"(?:(?<!\p{L})(?i:thành phố|TP\.?)|Thành (?:ủy|[đĐ]oàn))$", regex.V1)
_CITY_MARKER_LEAD = regex.compile(r"^(?i:thành phố|TP)\.?[ \t]*", regex.V1)


def _city_of_a_province(name: str, province: str, place: str) -> str | None:
    """The city a name ends with where it prints a province's name after a city's marker ("thành phố", "TP.",
    "Thành ủy") and the province is a tỉnh (provinces.tsv, kind) that a city is named like (`gz.cities_named_like`):
    the province's seat ("UBND thành phố Thái Nguyên") or, for Thừa Thiên Huế, the city of Huế (a centrally-run city
    since 1 January 2025, the province's territory; before, its seat) — never the province itself. The place as the
    gazetteer spells it ("HUẾ" → "Huế"); None for any other name ("thành phố Thừa Thiên Huế": no city's)."""
    if not place or _is_city(province) or not _CITY_BEFORE_PLACE.search(name):
        return None
    printed = fold(" ".join(_CITY_MARKER_LEAD.sub("", place).split()))
    if printed not in gz.cities_named_like(province):
        return None
    forms = [f for p in gz.provinces() if p.name == province for f in (p.name, *p.aliases)]
    return next((f for f in forms if fold(f) == printed), None)


# The letters a head's pattern opens with, as its name spells them ("Sở " of "Sở (?-i:[Gg]iáo dục và đào tạo)").
_LITERAL_HEAD = regex.compile(r"[\p{L} ]+", regex.V1)


def _recased(head: gz.AgencyHead, head_text: str, body: str) -> tuple[str, str]:
    """The head and the body (lowercased out of capitals, acronyms kept) of a name printed in capitals, recased as
    the name is spelt: the head as agency_heads.tsv spells it, then a capital at each component of the name
    (capitalise_components) after a head that takes a name ("BỘ CÔNG AN" → "Bộ Công an", "VIỆN KHOA HỌC XÃ HỘI VÙNG
    NAM BỘ" → "Viện Khoa học xã hội vùng Nam Bộ", with recapitalise after); a head matched by a pattern keeps the
    spelling of the letters its pattern opens with, the rest of it read as more of the name ("SỞ GIÁO DỤC VÀ ĐÀO
    TẠO" → "Sở Giáo dục và Đào tạo")."""
    if body.strip():
        body = (" " if body[:1].isspace() else "") + " ".join(body.split())  # (one line: "NHÂN DÂN\nTỈNH …")
    if head.name:
        return head_text, capitalise_components(body) if head.body in ("req", "named") else body
    if regex.fullmatch(r"[\p{L} ]+", head.head):
        return head.head, capitalise_components(body) if head.body in ("req", "named") else body
    printed = " ".join(uncaps(head_text).split())
    literal = (m.group().strip() if (m := _LITERAL_HEAD.match(head.head)) else "")
    if literal and printed.casefold().startswith(literal.casefold()):
        part = printed[len(literal):]
        if not part or part[0] in " ,":
            return literal, capitalise_components(part) + (capitalise_components(body) if head.body in ("req", "named")
                                                           else body)
    return printed[:1].upper() + printed[1:], body


# A capital letter that begins a word, and the letters after it: where an agency's head may start.
_CAPITALISED_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}\p{L}*", regex.V1)
# "TM. ", "K/T ": on whose behalf, before the agency in a signature's all-caps header.
_ON_BEHALF = regex.compile(r"^\s*(?:(?:TM|KT|TL|TUQ|Q)\.|T/M|T/L|K/T)\s*")
_MARKED = regex.compile(r"\s+(?:tỉnh|thành phố|TP\.?)\s+(?=\S+$)|\s+(?:tỉnh|thành phố|TP\.?)\s+")


_PROVINCIAL_COMMITTEE = regex.compile(r"^Ban Chấp hành Đảng bộ (?:tỉnh|thành phố)(?!\p{L})", regex.I)


_COMMUNE_COMMITTEE = regex.compile(r"^Ban Chấp hành Đảng bộ (?=(?:xã|phường|thị trấn|đặc khu) \p{Lu})", regex.V1)


def _key_name(name: str, loc: str | None) -> str:
    """The name for the merge key: "… tỉnh Quảng Trị" / "… thành phố Huế" / "… TP. Hồ Chí Minh" as "… X";
    "Ban Chấp hành Đảng bộ tỉnh X" as "Tỉnh ủy X", "… thành phố X" as "Thành ủy X", "… xã X" as "Đảng ủy xã X"
    (one body named two ways)."""
    committee = name[:22].casefold() == "ban chấp hành đảng bộ "
    if committee:
        name = _COMMUNE_COMMITTEE.sub("Đảng ủy ", name)
    if not loc:
        return name
    if committee:
        name = _PROVINCIAL_COMMITTEE.sub(lambda m: "Thành ủy" if m.group().endswith("phố") else "Tỉnh ủy", name)
    shown = display(loc)  # ("UBND thành phố Thái Nguyên" is the city's, not "UBND tỉnh Thái Nguyên")
    for marked in (with_marker(loc), f"tỉnh {loc}", *((f"thành phố {loc}",) if _is_city(loc) else ()), shown):
        if name.endswith(" " + marked):
            return f"{name[:-len(marked)]}{loc}"
    return name


# A word right before a single-word head that makes it part of a longer capitalised name ("Lê Trường Sơn").
_CAPITALISED_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{M}]*[ \t]+$", regex.V1)


def find_agencies(text: str, locality: str | None = None) -> list[Agency]:
    """Named agencies, one per distinct body, at its first mention. A text that names its province nowhere as a
    place may still print it closing its bodies' names ("Sở Y tế Thái Bình", "Công an Trà Vinh"): when they all
    name one province, the bare "Tỉnh ủy", "UBND tỉnh" are that province's."""
    read = _as_printed_heads(text)  # same length: spans stay the text's
    if read == text:
        read = text  # (nothing restored: the text's own scan and the answers kept with it serve)
    else:
        scan(read)  # (the finders probe where its heads may begin)
    mentions, classes = _read_mentions(read)
    mentions = [m for m in mentions if not _ELECTED.search(read, max(0, m.start - 90), m.start)]
    found, placeless = _agencies_of(read, mentions, classes, locality)
    if placeless and locality is None \
            and len(places := {a.locality for a in found if a.locality and a.locality in a.name}) == 1:
        found = _agencies_of(read, mentions, classes, places.pop())[0]
    if read is not text:
        for a in found:
            a.surface = text[a.start:a.end]
    return found


# The bodies an election fills, not bodies that act: "bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp",
# "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân".
_ELECTED = regex.compile(r"(?i:bầu cử)[ \t]+(?:đại biểu|ĐB)[ \t]+(?:[^.;:\n]{0,60}?[ \t](?:và|,)[ \t]*(?:đại biểu|ĐB)[ \t]+)?$",
                         regex.V1)


# "tỉnh ủy", "Tỉnh Ủy", "thành uỷ": the provincial or city Party committee, whose name is spelt "Tỉnh ủy".
# A lowercase one right after a list's comma or a plural word is every province's ("các tỉnh ủy, thành ủy").
_COMMITTEE_CASE = regex.compile(r"(?<!\p{L})(?:(?<=\p{L}[ \t])(?<!(?<!\p{L})(?:các|những|mỗi|và|hoặc)[ \t])"
                                r"(?:t(?=(?:ỉnh|hành)[ \t])|h(?=uyện[ \t])|q(?=uận[ \t]))(?=\p{L}+[ \t](?i:ủy|uỷ)(?!\p{L}))"
                                r"|(?<=(?<!\p{L})(?:Tỉnh|Thành|Huyện|Quận)[ \t])(?:Ủ(?=y(?!\p{L}))|U(?=ỷ(?!\p{L}))))",
                                regex.V1)  # ("Bí thư huyện ủy", "Huyện Ủy": the district's too)
# What every match of _COMMITTEE_CASE begins with (case kept): the level word's first letter in lowercase, or the
# committee's "Ủy" / "Uỷ" after a capitalised level word.
_COMMITTEE_CASE_STARTS = ("tỉnh", "thành", "huyện", "quận", "Ủy", "Uỷ")


# "Trưởng ban Tuyên giáo Tỉnh ủy", "Phó Trưởng ban Tổ chức Huyện ủy", "Trưởng phòng Nội vụ huyện": a board's or an
# office's head whose title prints the body in lowercase; the body is "Ban Tuyên giáo Tỉnh ủy", "Phòng Nội vụ
# huyện" all the same.
_BOARD_IN_TITLE = regex.compile(r"(?<=(?<!\p{L})[Tt]rưởng[ \t])(?:b(?=an[ \t]+(?!Ban(?!\p{L}))\p{Lu})"
                                r"|p(?=hòng[ \t]+(?!Phòng(?!\p{L}))\p{Lu}[^,;.\n]{0,60}?(?<!\p{L})(?:huyện|quận|thị xã|thành phố"
                                r"|tỉnh)[ \t]+\p{Lu}))", regex.V1)  # (an office only with its district named)


# "Trưởng đoàn ĐBQH tỉnh", "Phó trưởng đoàn ĐBQH tỉnh": the delegation a title prints in lowercase before its
# short form is "Đoàn ĐBQH tỉnh" all the same.
_DELEGATION_IN_TITLE = regex.compile(r"(?<=(?<!\p{L})[Tt]rưởng[ \t])đ(?=oàn[ \t]+(?:ĐBQH|ĐB[ \t]QH)(?!\p{L}))", regex.V1)


# A header in two columns (Decree 30/2020/NĐ-CP, appendix I) as text taken from a PDF or a Word table prints it: the
# issuing body's name in capitals on the left, the national motto or the Party's name on the right, a tab or a wide
# gap between them ("UBND HUYỆN …      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG …      Độc lập - Tự do - Hạnh
# phúc"). The body's name goes on down the left column, never across the gap.
_RIGHT_COLUMN = regex.compile(r"(?m)^([ \t]*\p{Lu}[^\n\p{Ll}]*?\p{Lu})(?:\t|[ ]{3,})[ \t]*(\S[^\n]*)$", regex.V1)


def _without_right_column(text: str, m: regex.Match[str]) -> str:
    """The line `m` of a header in two columns with its right column blanked (spaces, the same length), or, where
    that column names a body of its own (two issuers side by side: "BỘ TÀI CHÍNH      BỘ NỘI VỤ"), the gap made a
    line break: each column a name of its own."""
    if head_at(text, m.start(2), caps=True):
        return m.group(1) + "\n" + " " * (m.start(2) - m.end(1) - 1) + m.group(2)
    return m.group(1) + " " * (m.end() - m.end(1))


# A line that ends in a word and goes on in lowercase is one line wrapped (text taken from a PDF or a legal
# database: "Chi cục Kiểm\nlâm tỉnh …"); a name runs on over it as over a space.
_WRAPPED_LINE = regex.compile(r"(?<=\p{L}[ \t]*)\n(?=[ \t]*\p{Ll})", regex.V1)


# A body's head printed in lowercase before the capitalised words of its name ("Đoàn công tác cục Y tế dự phòng",
# "của bệnh viện Đa khoa tỉnh", "tại sở Tư pháp"): Decree 30/2020/NĐ-CP, appendix II, writes a body's name with a
# capital at its first word, so the head is that name's all the same. Not after a plural ("các sở"), nor "nhà
# trường"; a place's name after the head ("trung tâm Hà Nội") is no body's name.
_LOWER_HEAD = regex.compile(r"(?<!\p{L})(?<!(?i:các|những|mỗi|nhà)[ \t])(?:tổng cục|chi cục|cục|sở|bệnh viện|học viện|viện"
                            r"|trường|trung tâm)(?=[ \t]+\p{Lu})", regex.V1)
# What every match of _LOWER_HEAD begins with (its heads, case kept).
_LOWER_HEAD_STARTS = ("tổng cục", "chi cục", "cục", "sở", "bệnh viện", "học viện", "viện", "trường", "trung tâm")


# Common words (Từ điển tiếng Việt) whose second syllable is a lowercase head above: "hội trường Huyện ủy" is a
# hall, "cơ sở Đảng" the grassroots, "trụ sở Bộ Biên tập" a seat; the syllable is no head there.
_WORDS_ENDING_IN_A_HEAD = frozenset({
    "cơ sở", "trụ sở", "hội trường", "môi trường", "thị trường", "quảng trường", "chiến trường", "nhà trường",
    "hiện trường", "công trường", "thương trường", "lập trường", "sân trường", "phi trường", "thư viện", "nghị viện",
    "hạ viện", "thượng viện", "bố cục", "kết cục", "chung cục", "tứ sở", "xứ sở",
    "chi cục", "tổng cục", "bệnh viện", "học viện"})  # (the longer heads: "Chi cục", "Bệnh viện" as printed)
_PLACE_LEVEL = regex.compile(r"(?i:thành phố|tỉnh|thủ đô|huyện|quận|thị xã|thị trấn|xã|phường)(?!\p{L})", regex.V1)
_SYLLABLE_BEFORE = regex.compile(r"(?<!\p{L})(\p{L}+)[ \t]+$", regex.V1)


def _capitalised_head(text: str, m: regex.Match[str]) -> str:
    """The lowercase head `m` with its capital, unless it ends a common word or a place's name follows it."""
    before = _SYLLABLE_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if before and f"{before.group(1).casefold()} {m.group().split()[0]}" in _WORDS_ENDING_IN_A_HEAD:
        return m.group()
    nxt = next_word(text, m.end())
    if nxt and (province_at(text, nxt.start()) or district_name_at(text, nxt.start())
                or _PLACE_LEVEL.match(text, nxt.start())):
        return m.group()  # ("trung tâm Thành phố", "trung tâm Thủ đô": the middle of a place)
    return m.group()[:1].upper() + m.group()[1:]


def _as_printed_heads(text: str) -> str:
    """The text with the heads it prints out of case as their names spell them, letter for letter, its wrapped
    lines joined (a space for the line break), and the right column of a header in two columns blanked."""
    if "   " in text or "\t" in text:
        text = _RIGHT_COLUMN.sub(lambda m: _without_right_column(text, m), text)
    if "\n" in text:
        text = _WRAPPED_LINE.sub(" ", text)
    text = sub_from(_LOWER_HEAD, lambda m: _capitalised_head(text, m), text, _LOWER_HEAD_STARTS)
    if "rưởng ban " in text or "rưởng phòng " in text:
        text = _BOARD_IN_TITLE.sub(lambda m: m.group().upper(), text)
    if "rưởng đoàn " in text:
        text = _DELEGATION_IN_TITLE.sub("Đ", text)
    if "ỉnh" not in text and "hành" not in text and "uyện" not in text and "uận" not in text:
        return text
    return sub_from(_COMMITTEE_CASE, lambda m: m.group().upper() if m.group() in "thq" else m.group().lower(), text,
                    _COMMITTEE_CASE_STARTS)


@dataclass
class _Mention:
    """A body's mention as read, before the province the text is about names it."""
    start: int
    end: int
    kind: str
    head: gz.AgencyHead
    printed: str
    head_len: int
    province: str | None
    takes_locality: bool  # False for a central department of an "either" head
    hit: _AgencyHit | None = None  # a name that needs no locality ("… của Quốc hội")
    place: str = ""  # the province as printed after `printed` ("Huế" of "UBND thành phố Huế")


# A member's title written as one word with the board it names: "UVBTV Tỉnh ủy" (Ủy viên Ban Thường vụ Tỉnh ủy).
_MEMBER_OF_BOARD = regex.compile(r"UV(?=BTV$)")


# Party organs formed inside a State body or a mass organisation (Điều lệ Đảng, Điều 41-42: "ban cán sự đảng",
# "đảng đoàn"), printed bare in a title list whose next title heads their host: "Bí thư Ban cán sự đảng, Viện trưởng
# Viện kiểm sát nhân dân tỉnh", "Bí thư Đảng đoàn, Chủ tịch HĐND tỉnh".
_SEAT_AFTER = regex.compile(r"[ \t]+tại[ \t]+(?:(?i:thành phố|tỉnh|TP\.?)[ \t]*)?\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*){0,3}",
                          regex.V1)
_HOSTED_HEADS = frozenset({"Ban cán sự đảng", "Đảng đoàn"})
_NEXT_TITLE = regex.compile(r"[ \t]*[,–-][ \t]*(?:Phó[ \t]+)?\p{Lu}\p{Ll}+(?:[ \t]+\p{Ll}+){0,2}[ \t]+(?=\p{Lu})", regex.V1)


# The body whose founding an anniversary counts ("kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh", "… năm Ngày
# truyền thống Mặt trận Tổ quốc Việt Nam"): the national organisation, not the province's branch holding the event.
_ANNIVERSARY_SUBJECT = regex.compile(r"(?<!\p{L})\d+[ \t]+năm[ \t]+(?:[Nn]gày[ \t]+)?(?:thành lập|truyền thống)[ \t]+$",
                                     regex.V1)
_CENTRE_AFTER = regex.compile(r"[ \t]+(?:Trung ương|TƯ|TW)[ \t]+", regex.V1)


# A Party committee later in the same list of titles: "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy".
_COMMITTEE_LATER = regex.compile(r"[ \t]*,[^;:.\n()]{0,80}?(?<!\p{L})(?=(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) [uủ]y(?!\p{L}))",
                                 regex.V1)


def _committee_later_in_list(text: str, pos: int, caps: bool) -> tuple[str, str | None] | None:
    """The committee a bare "Ban Thường vụ" at `pos` belongs to, when a title after it in the same list names one
    (its name as printed, up to any province, and that province), else None."""
    m = _COMMITTEE_LATER.match(text, pos)
    found = head_at(text, m.end(), caps=caps) if m else None
    if not found:
        return None
    end, province, province_start = extend_name(text, found[0], caps=caps, head=text[m.end():found[0]])
    return text[m.end():province_start if province else end].rstrip(" ,-–"), province


def _host_in_next_title(text: str, pos: int, caps: bool) -> tuple[str, str | None] | None:
    """The host body named by the title right after a bare party organ at `pos` (its name as printed, up to any
    province, and that province), if the next title heads a body that is not a Party one."""
    m = _NEXT_TITLE.match(text, pos)
    found = head_at(text, m.end(), caps=caps) if m else None
    if not m or not found or found[1].kind == "party" or found[1].kind_from_owner:
        return None
    host_end, province, province_start = extend_name(text, found[0], caps=caps, head=text[m.end():found[0]])
    return text[m.end():province_start if province else host_end].rstrip(" ,-–"), province


# A capitalised word right after a unit's head: the branch that names the unit before its number.
_CAPITAL_NEXT = regex.compile(r"[ \t]+\p{Lu}", regex.V1)


def _read_mentions(text: str) -> tuple[list[_Mention], set[str]]:
    """Every mention of a body in `text`, and the keys of names printed as a class of lower-level bodies."""
    hits: list[_Mention] = []
    pos = 0
    n = len(text)
    line_caps: dict[int, bool] = {}
    classes: set[str] = set()  # keys of names printed as a class of lower-level bodies ("… cấp xã")
    generic_end, generic_kind = -1, ""  # where the last class of bodies ("các Tỉnh ủy") ends, and its kind
    unnamed_end = -1  # where the last head that names no body ("Luật Tổ chức HĐND …") ends
    scanned = candidates(text)
    while pos < n:
        if scanned is not None:
            # a word that opens no proposed head is passed over below with nothing done: go to the next proposed
            # head (or two letters before it, "UV" + "BTV …")
            if (nxt := scanned.next_head(pos)) < 0:
                break
            pos = max(pos, nxt - 2)
        m = _CAPITALISED_WORD.search(text, pos)
        if not m:
            break
        start, word = m.start(), m.group()
        if _MEMBER_OF_BOARD.match(word):
            start, word = start + 2, word[2:]  # "UVBTV Tỉnh ủy": a member of the board, which the title names
        opens = start in scanned.head_set if scanned is not None else may_open_head(word)
        if not opens:
            pos = start + 1  # no head begins with this word (`head_at` would find none)
            continue
        ls = text.rfind("\n", 0, start) + 1
        if ls not in line_caps:
            le = text.find("\n", start)
            line = text[ls: le if le >= 0 else n]
            line_caps[ls] = is_caps_line(line) or (
                le >= 0 and wraps_in_caps(line, text[le + 1:(text.find("\n", le + 1) + 1 or n + 1) - 1]))
        caps = line_caps[ls]
        found = head_at(text, start, caps=caps) if text[start - 1:start] not in ("-", "/") else None  # "KH-UBND"
        if found and not caps and _shouting(text[start:found[0]]) \
                and not found[1].head.split()[0].rstrip(",?").isupper():  # ("TAND", "BIDV chi nhánh …")
            found = None  # an all-caps word in running text ("ĐẢNG BỘ TỈNH …" mid-line) is not a head
        if caps and _ON_BEHALF.sub("", text[ls:start]).strip(" \t|•*-"):
            found = None  # in an all-caps header only a line that begins with a head names an agency
        if found and _inside_a_name(text, start, found):
            found = None
        if found and (person_end := person_named_like_a_body(text, start)):
            pos = person_end  # "đồng chí Trường Chinh": a person addressed, whose name opens like a school's
            continue
        if not found or _credit_context(text, start) or _BUILDING_BEFORE.search(text, max(0, start - 20), start):
            pos = start + 1
            continue
        # (a longer head, "xã Hội Nông dân", is a body; the cheap tests first: a one-word head, a capital after it)
        if found[0] == start + len(word) and _CAPITAL_NEXT.match(text, found[0]) \
                and _PLACE_NAMED_BEFORE.search(text, max(0, start - 40), start):
            pos = _CAPITALISED_RUN.match(text, start).end()  # "xã Hội Hợp", "đường Hội Bài": a place
            continue
        if (unnamed := _NO_BODY_BEFORE.search(text, max(0, start - 60), start) or (
                _LAW_OF_BEFORE.search(text, max(0, start - 100), start) and _AND_A_HEAD.match(
                    text, extend_name(text, found[0], caps=caps, head=text[start:found[0]])[0]))) or (
                unnamed_end >= 0 and _LIST_JOIN.fullmatch(text, unnamed_end, start)):
            # "Luật Tổ chức HĐND và UBND", "các lực lượng Công an, Quân sự, Bộ đội Biên phòng": a law's title, a
            # force or a sector, and the bare heads listed with it; no body acts there
            body_end = extend_name(text, found[0], caps=caps, head=text[start:found[0]])[0]
            if unnamed or body_end == found[0]:
                pos = unnamed_end = body_end
                continue
        unnamed_end = -1
        head_end, head = found
        if (delegation := _delegation_before(text, start, head)):
            start, found = delegation  # "Trưởng đoàn đại biểu Quốc hội tỉnh": the title's delegation, not the Assembly
            head = found[1]
        if head.body == "number" and (number_end := unit_number_end(text, head_end)):
            body_end, province, province_start = number_end, None, number_end  # "Sư đoàn 316": the number is the name
        elif head.body == "number":  # "Đại đội Trinh sát 20", "Tiểu đoàn Huấn luyện - Cơ động": its branch, then
            body_end, province, province_start = extend_name(text, head_end, caps=caps, head=text[start:head_end])
            if body_end == head_end or not _CAPITAL_NEXT.match(text, head_end):  # any number ("Sư đoàn chủ lực")
                pos = head_end
                continue
            if not province and (number_end := unit_number_end(text, body_end)):
                body_end = province_start = number_end  # "Đại đội Biên phòng 216 và …"
            else:
                head = replace(head, scope="local")  # "Tiểu đoàn Huấn luyện - Cơ động": a province's unit
        else:
            body_end, province, province_start = extend_name(text, head_end, caps=caps, head=text[start:head_end],
                                                             task=head.body == "task")
        if caps and (official := official_at(text, start)) and official > body_end:
            body_end, province, province_start = official, None, official  # "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH": a
            # central body of the list, whole, where a comma cuts a name read out of capitals
        if head.head.startswith("Văn phòng [Đđ]ại diện") and body_end > head_end \
                and (seat := _SEAT_AFTER.match(text, body_end)):
            body_end = province_start = seat.end()  # "… tại Thành phố Hồ Chí Minh": where the office sits, of its name
            province = None
        if body_end == head_end and head.head in _HOSTED_HEADS and (host := _host_in_next_title(text, head_end, caps)):
            printed = f"{text[start:head_end]} {host[0]}"  # "Bí thư Ban cán sự đảng, Viện trưởng VKSND tỉnh …"
            hits.append(_Mention(start, head_end, head.kind, head, printed, head_end - start, host[1], True))
            pos = head_end
            continue
        if body_end == head_end and (head.name or head.head) == "Ban Thường vụ" \
                and (owner := _committee_later_in_list(text, head_end, caps)):
            printed = f"{text[start:head_end]} {owner[0]}"  # "Ủy viên Ban Thường vụ, Chủ nhiệm UBKT Tỉnh ủy": its board
            hits.append(_Mention(start, head_end, head.kind, head, printed, head_end - start, owner[1], True))
            pos = head_end
            continue
        if head.body == "req" and body_end == head_end and _place_shared_after(text, head_end):
            pass  # "Bí thư Đảng ủy, Chủ tịch HĐND xã Tân Đông": the bare committee of the commune named next
        elif caps and head.kind_from_owner and body_end == head_end and _under_its_owner(text, hits, start, head_end):
            pass  # "TỈNH ỦY QUẢNG BÌNH" over "VĂN PHÒNG": the owner's office, which `_owned_in_header` names
        elif head.body in ("req", "named") and body_end == head_end and not _each_province_after(text, head_end) or (
                head.body == "named" and not _names_a_unit(text[head_end:province_start], province)) or (
                head.body == "task" and body_end == head_end and not head.head.startswith("Ban Chỉ đạo")):
            pos = head_end
            continue
        if head.body == "none":
            body_end = foreign_state_end(text, text[start:head_end], head_end) or head_end
            province, province_start = None, body_end
        if _role_here(text, start) or ((head.name or head.head) == "Thường trực" and _inside_a_title(text, start)):
            pos = head_end  # "Thường trực Ban Bí thư", "Phó Chủ nhiệm Thường trực …": a title; the body after it
            continue
        if (title_end := _inside_a_title(text, start, head_end)):
            pos = title_end  # "Phó trưởng Ban Thường trực Ban Tuyên giáo …": a title, then the body after it
            continue
        owner = head_at(text, head_end + 1) if head.kind_from_owner else None
        if head.kind_from_owner and not owner and (centre := _CENTRE_AFTER.match(text, head_end)):
            owner = head_at(text, centre.end())  # "Ban Chấp hành Trung ương Hội Nông dân …": the association's
        kind = owner[1].kind if owner else head.kind  # "Thường trực HĐND", "Văn phòng Tỉnh ủy": the owner's kind
        end = body_end
        surface = text[start:end].rstrip(" ,-–")
        if head.head == "Bộ" and not province and (ministry := _ministry_before_words(surface)):
            surface = ministry  # "Bộ Ngoại giao thông tin chuyên đề …": the ministry, then the sentence's verb
        end = start + len(surface)
        if head.head in _BRANCH_HEADS and not _names_which_branch(text, head_end, end):
            pos = end  # "các Chi hội Nông dân", "Đại hội Chi hội Nông dân": every branch, not one
            continue
        if surface == "Ban tổ chức":
            pos = end  # an event's organising committee ("Ban tổ chức trao giải"), not the Party's department
            continue
        bare = not _PLACE_WORDS.sub("", text[head_end:end]).strip()
        if _generic(text, start, end, bare=bare) or (end == head_end and head.kind == generic_kind
                                                      and _LIST_JOIN.fullmatch(text, generic_end, start)) \
                or (head.kind_from_owner and _owner_is_a_class(text, end)):
            if end > head_end and _LOWER_LEVEL.match(text, end):
                classes.add(_key(surface))
            pos = generic_end = end  # ("các Tỉnh ủy, Thành ủy": a bare head of the same kind listed after a class
            generic_kind = head.kind  # is one too)
            continue
        printed = text[start:province_start] if province else surface
        printed = printed[:1].upper() + printed[1:]  # ("đoàn đại biểu Quốc hội tỉnh" after a title)
        owner = None if province else _central_owner(text, end)
        if owner:  # "Hội đồng Dân tộc của Quốc hội": the owner's, with no province; the owner is no entry here
            joint = " của " if _OWNED_BY.match(text, end) else " "  # ("Tổ công tác số 4 Bộ Chính trị": as printed)
            name = f"{_canonical(head, printed, head_end - start, None, None, None)[0]}{joint}{owner[1]}"
            hits.append(_Mention(start, end, kind, head, printed, head_end - start, None, False,
                                 _AgencyHit(start, end, name, None, kind, _key(name), True)))
            pos = owner[0]
            continue
        takes = not (head.scope == "either" and (_central_department(text, start, end) or (
            head.kind == "mass" and _FOUNDED_BEFORE.search(text, max(0, start - 24), start)))) \
            and not _ANNIVERSARY_SUBJECT.search(text, max(0, start - 50), start)
        hits.append(_Mention(start, end, kind, head, printed, head_end - start, province, takes,
                             place=text[province_start:end] if province else ""))
        # "Đoàn giám sát … của Bộ Chính trị": the bodies named inside a task after "của" are entries of their own;
        # an owner printed in the name ("Ban Chỉ đạo 35 Tỉnh ủy") is not
        pos = head_end if head.body == "task" and _OF_INSIDE.search(surface) else end
    return hits, classes


def _agencies_of(text: str, mentions: list[_Mention], classes: set[str],
                 locality: str | None) -> tuple[list[Agency], bool]:
    """The agencies the mentions name in a text about `locality`, and whether a local body among them has no
    province ("Tỉnh ủy" in a text that names none)."""
    districts = main_districts(text)
    if any(_BARE_COMMUNE.search(m.printed) for m in mentions):
        districts += _main_communes(text)  # ("Đảng ủy xã": the one commune the text is about, if it names one)
    hits: list[_AgencyHit] = []
    named = _provinces_one_by_one(text)
    for m in mentions:
        if m.hit:
            hits.append(replace(m.hit))
            continue
        local = (_province_of_the_sentence(text, m.start, m.end, named) or locality) if m.takes_locality else None
        name, loc, central, level = _canonical(m.head, m.printed, m.head_len, m.province, local, districts, m.place)
        if "(" in name:
            name = _ACRONYM_INSIDE.sub("", name)  # "Hội Liên hiệp Phụ nữ (LHPN) Việt Nam": the acronym is no word of it
        kind = m.kind
        if hits and (owned := _owned_in_header(text, hits[-1], m)):
            name, loc, kind, central, level = *owned, False, ""
        hits.append(_AgencyHit(m.start, m.end, name, loc, kind, _key(_key_name(name, loc)), central, level))
    if classes:  # a placeless mention of a class named before or after it
        hits = [h for h in hits if _key(" ".join(text[h.start:h.end].split())) not in classes]
    _share_place(text, hits)
    _units_of_a_local_body(text, hits)
    hits.extend(_provinces_listed(text, hits))
    hits.extend(_codes_listed(text, hits))
    hits.extend(_bare_centre(text, hits))
    hits.extend(_ministries_of_ministers(text, hits))
    _short_names(text, hits)
    _central_by_acronym(text, hits)
    hits = _centre_of_association(text, hits)
    return _merge_agencies(text, hits), any(h.locality is None and not h.central and not h.level for h in hits)


# The owners a header prints on the line above the issuing body's name, and how the body under them is named
# (header_owners.tsv, with the law or the Party's rule for each).
_HEADER_OWNERS = gz.header_owners()
_LINE_BREAKS = regex.compile(r"[ \t]*(?:\n[ \t]*)+", regex.V1)


def _alone_on_its_lines(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` fills its line(s): nothing but spaces before it on its first, after it on its last."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return not text[first:start].strip() and not text[end:last if last >= 0 else len(text)].strip()


# A name that ends with a People's Council or Committee printed bare: "Văn phòng HĐND và UBND", "Văn phòng Đoàn ĐBQH,
# HĐND và UBND".
_ELECTED_BODIES_END = regex.compile(r"(?<!\p{L})(?:HĐND|UBND)$", regex.V1)


def _under_its_owner(text: str, mentions: list[_Mention], start: int, end: int) -> bool:
    """Whether the bare head `text[start:end]` ("VĂN PHÒNG") fills its line right under a line that a header's owner
    fills, read just before ("TỈNH ỦY QUẢNG BÌNH", "UBND HUYỆN LỆ THỦY": `_HEADER_OWNERS`)."""
    if not mentions or not _LINE_BREAKS.fullmatch(text, mentions[-1].end, start):
        return False
    owner = mentions[-1]
    found = head_at(text, owner.start, caps=True)
    return bool(found) and (found[1].name or found[1].head) in _HEADER_OWNERS \
        and _alone_on_its_lines(text, owner.start, owner.end) and _alone_on_its_lines(text, start, end)


def _owned_in_header(text: str, owner: _AgencyHit, m: _Mention) -> tuple[str, str | None, str] | None:
    """(name, locality, kind) of the body `m` a header prints in capitals on the line right under its owner's
    ("UBND HUYỆN …" over "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "HUYỆN ỦY …" over "BAN TUYÊN GIÁO"), when it prints no place
    of its own: its owner gives it its place, not the province the text is about. None for any other mention."""
    if m.hit or m.province or owner.central or m.head.scope not in ("local", "either") \
            or not _LINE_BREAKS.fullmatch(text, owner.end, m.start) \
            or not _alone_on_its_lines(text, owner.start, owner.end) or not _alone_on_its_lines(text, m.start, m.end) \
            or not is_caps_line(text[owner.start:owner.end]) or not is_caps_line(m.printed) \
            or _PLACE_AT_END.search(text, m.start, m.end) or _PROVINCE_AT_END.search(text, m.start, m.end):
        return None
    found = head_at(text, owner.start, caps=True)
    head = (found[1].name or found[1].head) if found else ""  # (as the table spells it: "UBND", "Huyện ủy")
    rule = _HEADER_OWNERS.get(head)
    place = owner.name[len(head) + 1:] if owner.name.startswith(head + " ") else ""
    if not rule or not (owner.locality or _PLACE_AT_END.search(owner.name)) or not place:
        return None  # (an owner with no place of its own: "UBND tỉnh" in a text about no province)
    name, _, central, _ = _canonical(m.head, m.printed, m.head_len, None, None, ())
    if central or _ENDS_WITH_COMMITTEE.search(name):
        return None  # (a body named whole on its own line: "BAN TUYÊN GIÁO TỈNH ỦY")
    if head in name:  # "VĂN PHÒNG HĐND VÀ UBND" under "UBND HUYỆN …": the office of the owner's place's bodies
        return (f"{name} {place}", owner.locality, m.kind) if _ELECTED_BODIES_END.search(name) else None
    if rule == "owner" or m.head.kind_from_owner:  # ("Văn phòng UBND huyện …": an office named after its owner)
        return f"{name} {owner.name}", owner.locality, owner.kind if m.head.kind_from_owner else m.kind
    return f"{name} {place}", owner.locality, m.kind


# "Trung ương Hội Nông dân Việt Nam", "Trung ương Hội NDVN": the association's centre, which a text that also names
# "Ban Chấp hành Trung ương Hội Nông dân Việt Nam" means by it (Điều lệ Hội: the Central Committee leads between
# congresses); where the text names no such committee the words name the association itself.
_CENTRE_BEFORE = regex.compile(r"(?<!\p{L})(?:Trung ương|TƯ|TW|T\.Ư)[ \t]+$", regex.V1)
_CENTRAL_COMMITTEE_OF = regex.compile(r"^(?:Ban Chấp hành|BCH) Trung ương (?=Hội |Liên hiệp |Công đoàn )", regex.I)


def _centre_of_association(text: str, hits: list[_AgencyHit]) -> list[_AgencyHit]:
    """Drop an association named after "Trung ương" where the text names the association's Central Committee. The
    words "Trung ương Hội Nông dân Việt Nam" name that centre, a body of its own kept whole, where the text names
    another organ of it ("Ban Thường vụ Trung ương Hội Nông dân Việt Nam"), or where they act in a clause of their
    own (no title before them) and the text never names the association but after "Trung ương"."""
    committees = {_initials(h.name[m.end():]) for h in hits if (m := _CENTRAL_COMMITTEE_OF.match(h.name))}
    organs = {_initials(h.name[m.end():]) for h in hits if (m := _ORGAN_OF_CENTRE.search(h.name))} - committees
    centres = {h.start: c for h in hits if (c := _CENTRE_BEFORE.search(text, max(0, h.start - 12), h.start))}
    if not centres:
        return hits
    by_initials: dict[str, list[_AgencyHit]] = {}
    for h in hits:
        by_initials.setdefault(_initials(h.name), []).append(h)
    for initials, group in by_initials.items():
        if initials not in committees and all(h.start in centres for h in group) \
                and any(not _title_ends_at(text, centres[h.start].start()) for h in group):
            organs.add(initials)  # "Trung ương Hội LHPN Việt Nam tổ chức …", the association named no other way
    out = []
    for h in hits:
        centre = centres.get(h.start)
        if centre and _initials(h.name) in committees:
            continue
        if centre and _initials(h.name) in organs:
            name = f"Trung ương {h.name}"
            h = replace(h, start=centre.start(), name=name, key=_key(name), central=True)
        out.append(h)
    return out


def _title_ends_at(text: str, pos: int) -> bool:
    """Whether a person's title ends right before `pos`, a space between ("Chủ tịch Trung ương Hội …")."""
    return any(m.end() == len(text[:pos].rstrip()) for m in title_pattern().finditer(text, max(0, pos - 40), pos))


# An organ of an association's centre other than its Central Committee: "Ban Thường vụ Trung ương Hội …", "Ban Tuyên
# giáo Trung ương Hội …", "Đoàn Chủ tịch Trung ương Hội …".
_ORGAN_OF_CENTRE = regex.compile(r"(?<=\p{L}) (?:Trung ương|TƯ|TW|T\.Ư) (?=Hội |Liên hiệp |Công đoàn )", regex.V1)


# "HĐND, UBND huyện Yên Định", "Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Trường Sơn": bodies listed bare
# before one that names its commune or district share that place.
_LIST_JOIN = regex.compile(r"[ \t]*(?:,|và)[ \t]*", regex.V1)
_LEVEL_LEAD = regex.compile(r"^(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã)[ \t]+")
_PLACE_AT_END = regex.compile(r"(?<!\p{L})(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã)[ \t]+\p{Lu}[\p{L}\d \t]*$", regex.V1)


def _share_place(text: str, hits: list[_AgencyHit]) -> None:
    """A bare head (a body printed with no name or place of its own) listed right before a body that ends in a
    commune or district takes that place, and that body's province: the list names one commune's bodies. One
    listed before a body that ends in its province ("Tỉnh ủy, HĐND, UBND tỉnh Kon Tum") takes that province."""
    place, loc = None, None
    for i in range(len(hits) - 1, -1, -1):  # right to left: the place printed once at the end of the list
        h = hits[i]
        after = hits[i + 1] if i + 1 < len(hits) else None
        listed = after is not None and _LIST_JOIN.fullmatch(text, h.end, after.start)
        if after is None or not (listed or _titles_between(text, h.end, after.start)) or (place is _PROVINCE and not listed):
            place, loc = None, None  # (a province is shared along a list only, not across one person's titles)
        found = head_at(text, h.start)
        if place and found and found[0] == h.end and found[1].scope in ("local", "either") and not h.central:
            head = _modern(found[1].name or text[h.start:h.end])
            if place is _PROVINCE:  # "Tỉnh ủy Kon Tum", "HĐND tỉnh Kon Tum"
                h.name = f"{head} {display(loc) if _ENDS_WITH_COMMITTEE.search(head) else with_marker(loc)}"
            else:  # ("huyện ủy, HĐND huyện X": "Huyện ủy X", the committee named after its district without the level)
                h.name = f"{head} {_LEVEL_LEAD.sub('', place) if _ENDS_WITH_COMMITTEE.search(head) else place}"
            h.locality, h.level = loc, ""
            h.key = _key(_key_name(h.name, loc))
            continue
        m = _PLACE_AT_END.search(text, h.start, h.end) or (
            _PLACE_AT_END.search(h.name) if _BARE_LEVEL.search(text, h.start, h.end) else None)
        place, loc = (m.group(), h.locality) if m else (None, None)
        if not m and h.locality and not h.central and _ends_with_province(text[h.start:h.end], h.locality):
            place, loc = _PROVINCE, h.locality


_PROVINCE = "province"  # (the place a list's last body closes with is its province)


# The end of a sentence: a full stop, "!" or "?" before a capital, or a line break (a heading, a paragraph).
_SENTENCE_END = regex.compile(r"[.!?](?=[ \t]+\p{Lu})|\n", regex.V1)


# Provinces named together ("các tỉnh Điện Biên, Phú Thọ", "hai tỉnh A và B"): guests or a group, never the one
# province a sentence is about.
_PLURAL_PROVINCES = regex.compile(r"(?<!\p{L})(?:các|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})[ \t]+"
                                  r"(?:tỉnh|thành phố|tỉnh,[ \t]*thành phố)[ \t]*:?[ \t]+$", regex.V1)


def _provinces_one_by_one(text: str) -> list[tuple[int, int, str]]:
    """The provinces `text` names as places one at a time (`find_provinces`, less those named in a group or a
    list), or nothing when it names fewer than two different ones."""
    named = [(s0, e0, p) for s0, e0, p in gz.find_provinces(text)
             if not _PLURAL_PROVINCES.search(text, max(0, s0 - 40), s0)
             and not ((j := _LIST_JOIN.match(text, e0)) and j.end() > e0 and province_at(text, j.end()))]
    return named if len({p for _, _, p in named}) > 1 else []


def _province_of_the_sentence(text: str, start: int, end: int, named: list[tuple[int, int, str]]) -> str | None:
    """The province a bare local body ("UBND tỉnh", "Ban cán sự đảng", "Tỉnh ủy") at `start`–`end` is of, in a text
    that names two or more provinces (`named`, from `find_provinces`; empty otherwise): the one its own sentence
    names, when it names one and no other ("… tại An Giang: …, Chủ tịch UBND tỉnh; …, Giám đốc Sở … tỉnh An
    Giang."), not the one the text names most."""
    if not named:
        return None
    first = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    last = _SENTENCE_END.search(text, end)
    inside = {p for s0, _, p in named if first <= s0 < (last.start() if last else len(text))}
    return inside.pop() if len(inside) == 1 else None


def _ends_with_province(printed: str, province: str) -> bool:
    """Whether a body's printed name closes with its province's name ("UBND tỉnh Kon Tum", "Công an TP. Hồ Chí
    Minh"), not a district's or a name of its own."""
    for w in _WORD_START.finditer(printed, max(0, len(printed) - 30)):
        if w.start() and (found := province_at(printed, w.start())) and found[0] == len(printed):
            return found[1] == province  # ("… TPHCM", "… TP. Hồ Chí Minh": the province by any of its names)
    return False


_COMMA = regex.compile(r"[ \t]*,[ \t]*", regex.V1)
# A list printed with spaced dashes, as a joint text's issuers are ("Viện kiểm sát nhân dân - Công an - Tòa án nhân
# dân và Cục Thi hành án dân sự tỉnh X"), its last item joined by "và".
_PROVINCE_AT_END = regex.compile(r"(?<!\p{L})(?:tỉnh|thành phố|TP\.?)[ \t]+\p{Lu}[\p{L} \t]*$", regex.V1)
_DASH_LIST = regex.compile(r"[ \t]+[-–][ \t]+|[ \t]+và[ \t]+(?=\p{Lu})", regex.V1)


def _titles_between(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a comma and one person's next title, which owns the body after it: "Bí thư Đảng
    ủy, Chủ tịch HĐND xã Tân Đông" (one person's two offices in one commune)."""
    comma = _COMMA.match(text, start, end)
    title = title_pattern().match(text, comma.end(), end) if comma else None
    return bool(title) and not text[title.end():end].strip()


def _place_shared_after(text: str, pos: int) -> bool:
    """Whether a comma (and one person's next title) at `pos` leads to a body that ends with its commune or
    district, whose place the bare head before it shares."""
    dashed = False
    for _ in range(4):  # ("Đảng ủy, HĐND, UBND xã Tân Lập": bare heads listed before the one that names it)
        comma = _COMMA.match(text, pos) or _DASH_LIST.match(text, pos)
        if not comma:
            return False
        dashed = dashed or comma.group().strip() in ("-", "–")
        q = comma.end()
        if title := title_pattern().match(text, q):
            q = space.end() if (space := SPACE.match(text, title.end())) else title.end()
        found = head_at(text, q)
        if not found:
            return False
        end = extend_name(text, found[0], head=text[q:found[0]])[0]
        if _PLACE_AT_END.search(text, q, end) or (dashed and _PROVINCE_AT_END.search(text, q, end)):
            return True  # (a dashed list of a province's bodies: "… - Công an - … tỉnh Lâm Đồng")
        if end > found[0]:
            return False
        pos = end
    return False


# "Ngày thành lập Đoàn TNCS Hồ Chí Minh", "95 năm Ngày truyền thống Hội Nông dân": the organisation as a whole
# (its founding, its day), not its branch in the province the text is about.
_FOUNDED_BEFORE = regex.compile(r"(?<!\p{L})(?i:ngày|năm)[ \t]+(?:thành lập|truyền thống)[ \t]+$", regex.V1)


# A body in apposition after one or more named units: "Đồn Biên phòng A và Đồn Biên phòng B, Bộ đội Biên phòng tỉnh X",
# "Đồn Biên phòng C (Bộ đội Biên phòng tỉnh Y)".
_APPOSITION = regex.compile(r"[ \t]*[,(][ \t]*", regex.V1)


def _units_of_a_local_body(text: str, hits: list[_AgencyHit]) -> None:
    """Bodies with a name of their own and no province ("Đồn Biên phòng Kà Tum"), listed right before a local body
    of a province in apposition ("…, Bộ đội Biên phòng tỉnh Tây Ninh"), are that body's units: its province is
    theirs."""
    i = 0
    while i < len(hits):
        j = i
        while j + 1 < len(hits) and _own_unplaced(text, hits[j]) and _own_unplaced(text, hits[j + 1]) \
                and _LIST_JOIN.fullmatch(text, hits[j].end, hits[j + 1].start):
            j += 1  # the run of units listed together
        parent = hits[j + 1] if j + 1 < len(hits) else None
        if _own_unplaced(text, hits[j]) and parent and parent.locality and not parent.central \
                and _APPOSITION.fullmatch(text, hits[j].end, parent.start):
            for h in hits[i:j + 1]:
                if _own_unplaced(text, h):
                    h.locality = parent.locality
                    h.key = _key(_key_name(h.name, h.locality))
        i = j + 1


def _own_unplaced(text: str, h: _AgencyHit) -> bool:
    """A body with a name of its own (scope "own": a border post, a school) printed with no province."""
    found = head_at(text, h.start)
    return bool(found) and found[1].scope == "own" and not h.locality and not h.central


# "Sở Văn hóa, Thể thao và Du lịch các tỉnh Hà Tĩnh, Quảng Bình và Quảng Trị": the body of each province listed.
_EACH_PROVINCE = regex.compile(r"[ \t]+(?:các|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})[ \t]+"
                               r"(?:tỉnh|thành phố|tỉnh,[ \t]*thành phố)[ \t]*:?[ \t]+", regex.V1)  # ("… hai tỉnh A và B")


def _provinces_listed(text: str, hits: list[_AgencyHit]) -> list[_AgencyHit]:
    """ "Ban Thường vụ Tỉnh ủy Ninh Bình, Đắk Lắk, Lào Cai", "Bí thư Tỉnh ủy Hà Giang và Tuyên Quang", "Sở Y tế các
    tỉnh A, B và C": provinces listed bare right after a body that ends with one, or after "các tỉnh", name the same
    body of each of them."""
    out: list[_AgencyHit] = []
    for h in hits:
        if not h.central and (each := _EACH_PROVINCE.match(text, h.end)) and (first := province_at(text, each.end())):
            printed = " ".join(text[h.start:h.end].split())
            h.name, h.locality = f"{printed} {with_marker(first[1])}", first[1]
            h.key = _key(_key_name(h.name, h.locality))
            p = first[0]

            def named(province: str, printed: str = printed) -> str:
                return f"{printed} {with_marker(province)}"
        elif h.locality and not h.central and h.name.endswith(" " + display(h.locality)):
            p = h.end

            def named(province: str, stem: str = h.name[:-len(display(h.locality))]) -> str:
                return stem + display(province)
        else:
            continue
        while (j := _LIST_JOIN.match(text, p)) and (found := province_at(text, j.end())):
            nxt = next_word(text, found[0])
            if nxt and is_cap(nxt.group()) and not text[found[0]:nxt.start()].strip():
                break  # "…, Hà Giang Tourist": a longer name, not a province alone
            name = named(found[1])
            out.append(_AgencyHit(j.end(), found[0], name, found[1], h.kind, _key(_key_name(name, found[1])), False))
            p = found[0]
    return out


_CODE_ITEM = regex.compile(r"[ \t]*(?:,|và)[ \t]*(\p{Lu}{1,3}\d{1,3})(?![\p{L}\p{N}])", regex.V1)


def _codes_listed(text: str, hits: list[_AgencyHit]) -> list[_AgencyHit]:
    """ "Phòng PC03, PA06 và PA07": units listed by their codes after the first one's head, one body each, of the
    same owner and province."""
    out: list[_AgencyHit] = []
    for h in hits:
        printed = text[h.start:h.end]
        code = UNIT_CODE.search(printed)
        if not code or code.end() != len(printed):
            continue
        stem, p = printed[:code.start()], h.end
        while (m := _CODE_ITEM.match(text, p)):
            name = h.name.replace(printed, stem + m.group(1), 1) if printed in h.name else stem + m.group(1)
            out.append(_AgencyHit(m.start(1), m.end(1), name, h.locality, h.kind, _key(_key_name(name, h.locality)),
                                  h.central, h.level))
            p = m.end()
    return out


_OPEN = regex.compile(r"[ \t]*\([ \t]*")
_CLOSE = regex.compile(r"[ \t]*\)")


def _short_names(text: str, hits: list[_AgencyHit]) -> None:
    """ "Ban Quản lý dự án đầu tư xây dựng tỉnh X (Ban Quản lý dự án)": a shorter name in brackets right after a
    body's name is the short name the text then uses for it; its mentions are that body's. A short name keeps
    the body's head: a body of another kind in brackets is its owner ("Sư đoàn 316 (Quân khu 2)"); an acronym
    keeps none ("Tổ chức Y tế Thế giới (WHO)": its short name in any language)."""
    renamed: dict[str, str] = {}
    owners: dict[str, str] = {}  # a short name → the owner it stands for, named in full inside a longer name
    ordered = sorted(hits, key=lambda h: h.start)
    for first, second in zip(ordered, ordered[1:], strict=False):
        if _OPEN.fullmatch(text, first.end, second.start) and _CLOSE.match(text, second.end) \
                and len(second.name) < len(first.name) and second.key != first.key:
            if second.name.split()[0] == first.name.split()[0] or _ACRONYM.fullmatch(second.name):
                renamed[second.key] = first.key
            elif " " not in second.name and (owner := _owner_inside(first.name, len(first.name))):
                owners.setdefault(second.name, owner)  # "Công đoàn Cơ quan Ngân hàng … (VietinBank)": the bank's
            elif _FOREIGN_NAME.fullmatch(second.name):
                renamed[second.key] = first.key  # "Tổ chức Tầm nhìn Thế giới (World Vision)": its own name for itself
    # "Công đoàn Trụ sở chính Ngân hàng … (Agribank)": the brackets give the owner's short name, which is no word of
    # the union's name; the owner named by it alone, or inside another name, is the owner named in full. "Ngân hàng
    # Nông nghiệp … Việt Nam (Agribank) … Agribank trao …": a body's own short name, read alone, is that body
    for h in hits:
        if (short := _SHORT_IN_BRACKETS.search(h.name)) and (key := _key(short.group(1))) != h.key:
            if owner := _owner_inside(h.name, short.start()):
                owners.setdefault(short.group(1), owner)
                h.name = h.name[:short.start()]
                h.key = _key(_key_name(h.name, h.locality))
            else:
                renamed.setdefault(key, h.key)
    for h in hits:
        for short, owner in owners.items():
            if h.name == short or (h.name != owner and not h.name.startswith(short)
                                   and regex.search(rf"(?<!\p{{L}}){regex.escape(short)}(?!\p{{L}})", h.name)):
                h.name = owner if h.name == short else regex.sub(rf"(?<!\p{{L}}){regex.escape(short)}(?!\p{{L}})",
                                                                   owner, h.name)
                h.key = _key(_key_name(h.name, h.locality))
        h.key = renamed.get(h.key, h.key)


# A name in the Latin alphabet alone, no Vietnamese letter in it: a foreign body's own name for itself.
_FOREIGN_NAME = regex.compile(r"[A-Za-z][A-Za-z'&.-]*(?: [A-Za-z][A-Za-z'&.-]*)*")


def _owner_inside(name: str, end: int) -> str | None:
    """The body named inside `name` before `end`, after its own head ("Công đoàn Trụ sở chính Ngân hàng …": the
    bank), else None."""
    return next((name[w.start():end] for w in _WORD_START.finditer(name, 1, end) if head_at(name, w.start())), None)


_SHORT_IN_BRACKETS = regex.compile(r" \((\p{Lu}[\p{L}&]+)\)$", regex.V1)
_ACRONYM_INSIDE = regex.compile(r" \((?=\p{Lu}[\p{Lu}&]*\p{Lu}\))\p{Lu}+(?:&\p{Lu}+)*\)(?= )", regex.V1)
_OF_INSIDE = regex.compile(r"(?<!\p{L})của(?!\p{L})", regex.V1)
# "của Quốc hội", "thuộc Ủy ban Thường vụ Quốc hội", "trực thuộc Bộ Y tế": the body that owns the one before
# ("Ủy ban Đối ngoại Quốc hội": the Assembly's, with no word between).
# A numbered unit of a central body, its owner right after the number: "Tổ công tác số 4 Bộ Chính trị", "Đoàn kiểm
# tra số 2 Ban Bí thư".
_NUMBERED_OWNER = regex.compile(r"[ \t]+(?=(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Chính phủ)(?!\p{L}))", regex.V1)
_OWNED_BY = regex.compile(r"[ \t]+(?:của|thuộc|trực thuộc)[ \t]+|[ \t]+(?=Quốc hội(?!\p{L}))", regex.V1)


def _central_owner(text: str, end: int) -> tuple[int, str] | None:
    """A central body named right after a body as its owner ("Ủy ban Kinh tế của Quốc hội"): where its name
    ends, and the name."""
    m = _OWNED_BY.match(text, end) or (_NUMBERED_OWNER.match(text, end) if text[end - 1:end].isdigit() else None)
    found = head_at(text, m.end()) if m else None
    if not found or found[1].scope != "central":
        return None
    if found[1].body == "number":  # "Đại đội 3 của Trung đoàn 52": the owner's number is its name
        owner_end = unit_number_end(text, found[0]) or found[0]
    else:
        owner_end = found[0] if found[1].body == "none" else extend_name(text, found[0], head=text[m.end():found[0]])[0]
    if owner_end == found[0] and found[1].body in ("req", "named", "number"):
        return None
    return owner_end, _modern(" ".join(text[m.end():owner_end].split()))


_DASH = regex.compile(r"[ \t]*(?:([-–])|,)[ \t]*")
# "Cục X15", "Cục A05": a department of the Ministry of Public Security known by its code, never a province's.
_CODED_DEPARTMENT = regex.compile(r"Cục[ \t]+\p{Lu}\d{1,2}")


def _central_department(text: str, start: int, end: int) -> bool:
    """ "Cục Y tế dự phòng - Bộ Y tế", "Cục Công tác Đảng và Công tác chính trị, Bộ Công an", "Cục X15": a
    body a ministry owns (after a dash any central body, after a comma a ministry) or one known by its code;
    it takes no province."""
    if _CODED_DEPARTMENT.fullmatch(text, start, end):
        return True
    m = _DASH.match(text, end)
    found = head_at(text, m.end()) if m else None
    return bool(found and found[1].scope == "central"
                and (m.group(1) or (found[1].kind == "state" and text.startswith("Bộ ", m.end()))))


def _role_here(text: str, start: int) -> bool:
    """A title that begins like a body ("Thường trực Ban Bí thư", "Tỉnh ủy viên") at `start`."""
    m = title_pattern().match(text, start)
    return bool(m) and not text[m.end():m.end() + 1].isalpha() and head_at(text, start) is not None \
        and len(m.group()) >= head_at(text, start)[0] - start


_PLACE_WORDS = regex.compile(r"(?i)(?<!\p{L})(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)(?!\p{L})")


_TITLE_BEFORE = regex.compile(r"(?<!\p{L})(?:Phó\s+)?\p{L}[\p{Ll}\p{M}]*(?:\s+\p{Ll}+)?\s+$", regex.V1)


def _inside_a_title(text: str, start: int, past: int | None = None) -> int | None:
    """Whether the word at `start` ends a longer title begun before it ("Phó Chủ nhiệm Thường trực": the
    standing deputy, not the standing members as a body); with `past`, a title that runs past it ("Phó trưởng
    Ban Thường trực" past the head "Ban"). The end of that title, else None."""
    before = _TITLE_BEFORE.search(text, max(0, start - 20), start)
    if not before:
        return None
    m = title_pattern().match(text, before.start())
    ends_past = m and m.end() > (start if past is None else past) and not text[m.end():m.end() + 1].isalpha()
    return m.end() if ends_past else None


def _names_a_unit(body: str, province: str | None) -> bool:  # noqa: ARG001
    """ "huyện Yên Thành", "Bộ đội Biên phòng tỉnh", "NHPT": a body that names which Party organisation; not the
    bare "tỉnh" / "Thành phố" of the Party as a whole, nor "Đảng bộ tỉnh X" (the Party in that province)."""
    rest = _PLACE_WORDS.sub(" ", body)
    if " ".join(rest.split()).casefold() in _BARE_ENTERPRISE:
        return False  # "Hội đồng quản trị Công ty": the organ of the company the text names, no name of its own
    return any(is_cap(w.group()) or ((v := village_at(rest, w.start())) is not None and v[1])
               for w in WORD.finditer(rest))  # ("Chi bộ khu phố 3": a village named by its number)


# An enterprise's head printed alone after its organ ("Chủ tịch Hội đồng quản trị Công ty"): the one named before.
_BARE_ENTERPRISE = frozenset({"công ty", "tổng công ty", "tập đoàn"})


def _inside_a_name(text: str, start: int, found: tuple[int, gz.AgencyHead]) -> bool:
    """A one-word head right after a capitalised word is part of that name ("Lê Trường Sơn", "Hải Phòng")."""
    head = found[1]
    if " " in head.head or head.scope not in ("own", "local") or not _CAPITALISED_BEFORE.search(
            text, max(0, start - 12), start):
        return False
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 12), start).group().strip()
    if before.casefold() in gz.function_words():
        return False  # "Theo Báo Nhân Dân", "Tại Trường …": a sentence opens with a function word
    if before == "Trưởng":
        return False  # "Trưởng phòng Nội vụ huyện …" (read as "Trưởng Phòng"): the office's head, then the office
    return before in gz.surnames() or not head_at(text, start - len(before) - 1 if start > len(before) else 0)


# A bare "Trung ương" that stands for the Central Committee: "của Trung ương", "Ủy viên Trung ương Đảng", "của Trung
# ương Đảng Cộng sản Việt Nam" (the Party's full name read with it).
_BARE_CENTRE = regex.compile(r"(?:(?<=(?<!\p{L})của\s)|(?<=(?:Ủy|Uỷ) viên\s)|(?<=(?:Ủy|Uỷ) viên dự khuyết\s)|(?<=Bí thư\s)"
                             r"|(?<=UVBCH\s))Trung ương(?: Đảng(?: Cộng sản Việt Nam)?)?"
                             r"(?!\s*(?:Đoàn|Hội|Mặt trận)|\p{L})"
                             r"|(?:(?<=(?<!\p{L})UV)|(?<=(?:Ủy|Uỷ) viên\s)|(?<=(?:Ủy|Uỷ) viên dự khuyết\s)|(?<=Bí thư\s))"
                             r"(?:T\.Ư|TƯ|TW)(?: Đảng)?(?!\s*(?:Đoàn|Hội|Mặt trận)|\p{L})",
                             regex.V1)  # "UVT.Ư Đảng", "Ủy viên TW Đảng": a member


def _bare_centre(text: str, hits: list[_AgencyHit]) -> list[_AgencyHit]:
    """ "kết luận của Trung ương, Bộ Chính trị": the bare "Trung ương" is the Ban Chấp hành Trung ương."""
    taken = [(h.start, h.end) for h in hits]
    out = []
    for m in _BARE_CENTRE.finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            name = "Ban Chấp hành Trung ương"
            out.append(_AgencyHit(m.start(), m.end(), name, None, "party", _key(name), True))
    return out


# "Bộ trưởng Xây dựng", "Thứ trưởng Giáo dục và Đào tạo": a minister's title that names the ministry without "Bộ".
_MINISTER = regex.compile(r"(?<!\p{L})(?:Bộ|Thứ) trưởng[ \t]+(?=\p{Lu})", regex.V1)
_MEETING_BEFORE = regex.compile(r"(?<!\p{L})(?i:hội nghị|cuộc họp|phiên họp)[ \t]+$", regex.V1)


def _ministries_of_ministers(text: str, hits: list[_AgencyHit]) -> list[_AgencyHit]:
    """ "Bộ trưởng Nội vụ Phạm Thị Thanh Trà": the title names the Ministry of Home Affairs (Bộ Nội vụ)."""
    taken = [(h.start, h.end) for h in hits]
    out = []
    for m in _MINISTER.finditer(text):
        p = m.end()
        if head_at(text, p) or surname_run(text, p) or any(s <= p < e for s, e in taken):
            continue  # "Bộ trưởng Bộ Công an": the body is named in full; "Bộ trưởng Nguyễn Văn A": no body
        if _MEETING_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "Hội nghị Bộ trưởng Ngoại giao ASEAN": a meeting named after its members' office
        end = extend_name(text, p, head="Bộ")[0]
        if end > p:
            name = _modern("Bộ " + " ".join(text[p:end].split()))
            out.append(_AgencyHit(p, end, name, None, "state", _key(name), True))
    return out


@cache
def _ministries() -> tuple[str, ...]:
    """The ministries' names of issuers.tsv (the State's central issuers named "Bộ …"), longest first."""
    names = {n for n in STATE_ISSUERS.values() if n.startswith("Bộ ") and "," not in n}
    return tuple(sorted(names, key=len, reverse=True))


_LOWER_WORD_AFTER = regex.compile(r" \p{Ll}", regex.V1)


def _ministry_before_words(surface: str) -> str | None:
    """A ministry's full name that `surface` begins with and goes on past in lowercase words, or None: a
    ministry's name is closed (the Law on the Organisation of the Government lists them), so lowercase words
    after it are the sentence's ("Bộ Ngoại giao thông tin …"), not more of the name."""
    for name in _ministries():
        if surface.startswith(name) and _LOWER_WORD_AFTER.match(surface, len(name)) \
                and not PLACE_WORD.match(surface, len(name) + 1):
            return name
    return None


def _shouting(head_text: str) -> bool:
    """An all-caps first word that is not an acronym ("BỘ", not "UBND", nor the Centre's "TƯ" / "T.Ư")."""
    words = head_text.split()
    return bool(words) and len(words[0]) > 1 and words[0].isupper() and not is_acronym(words[0]) \
        and words[0] not in _CENTRE_ABBREVIATIONS


# The Centre (Trung ương) abbreviated, as news pages print it: "T.Ư Đoàn", "TƯ Đoàn".
_CENTRE_ABBREVIATIONS = ("TƯ", "T.Ư")


# Words after which a head names no body that acts: the title of a law, an ordinance or a charter ("Luật Tổ chức
# Chính phủ", "Luật Tổ chức HĐND và UBND", "Điều lệ Hội Nông dân Việt Nam": the document, whose title the Law on
# legal normative documents gives by its subject), and an armed force or a sector of work ("lực lượng Công an",
# "các lực lượng Công an, Quân sự, Bộ đội Biên phòng", "ngành Công an": every unit of the force, no one body).
# ("lực lượng Biên phòng – Công an – Hải quan": the forces listed after the word, each a force)
_NO_BODY_BEFORE = regex.compile(r"(?<!\p{L})(?:(?i:luật|bộ luật|pháp lệnh|điều lệ)(?:[ \t]+(?i:tổ chức))?"
                                r"|(?i:lực lượng|(?<!(?i:bộ)[ \t,]{1,3})ngành)(?:[ \t]+\p{Lu}\p{L}*(?:[ \t]+\p{L}+){0,2}[ \t]*[-–,])*)"
                                r"[ \t]+$", regex.V1)  # ("các Bộ ngành Trung ương, Ủy ban …": the ministries, no sector)
# A law's title that names the bodies whose work it governs after "của", two of them joined ("Luật Hoạt động giám sát
# của Quốc hội và Hội đồng nhân dân", "Luật Ban hành văn bản quy phạm pháp luật của HĐND và UBND"): a law's issuer
# is one body, so two bodies after its "của" are its title's.
_LAW_OF_BEFORE = regex.compile(r"(?<!\p{L})(?i:luật)[ \t]+\p{Lu}[\p{L} \t\n,]{0,80}?[ \t\n](?i:của)[ \t\n]+$", regex.V1)
_AND_A_HEAD = regex.compile(r"[ \t\n]+và[ \t\n]+(?=\p{Lu})", regex.V1)
# "Nhà Quốc hội", "tòa nhà Quốc hội", "Hội trường Tỉnh ủy", "tại trụ sở Bộ Biên tập Tạp chí Cộng sản": a building
# named after a body, not the body.
# ("hội trường Trường Đại học …": the hall of a school, whose own head is skipped with it)
# The lowercase word for a commune, a village or a street before a capitalised name (Luật Tổ chức chính quyền địa
# phương 2025, Điều 2: xã, phường, đặc khu; Thông tư 05/2022/TT-BNV on villages and residential groups: thôn, ấp, bản,
# buôn, xóm, tổ dân phố; streets and roads: đường, phố): the name is that place's, even where its first word is also a
# head ("xã Hội Hợp", "phường Hội An", "đường Hội Bài", "xã Đoàn Kết"); a head later in the run after the place's
# name ("xã Phú Lạc Hội Nông dân xã") opens a body, as the commune's own reading decides. Not "tỉnh", "huyện",
# "quận": the youth union prints "tỉnh Đoàn", "huyện Đoàn" as the body's own name.
_PLACE_NAMED_BEFORE = regex.compile(r"(?<!\p{L})(?:xã|phường|thị trấn|đặc khu|thôn|ấp|bản|buôn|xóm|tổ dân phố|khu phố"
                                    r"|đường|phố)[ \t]+(?:(?:\p{Lu}\p{Ll}*[ \t]+){1,3}[-–][ \t]+)?$",
                                    regex.V1)  # ("đường Đoàn Kết - Hội Xuân": a road between two places)
_CAPITALISED_RUN = regex.compile(r"\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*)*", regex.V1)
_BUILDING_BEFORE = regex.compile(r"(?<!\p{L})(?:[Nn]hà|[Tt](?:òa|oà) nhà|[Hh]ội trường|[Tt]rụ sở)[ \t]+(?:Trường[ \t]+)?$", regex.V1)
# Heads of the branches of a mass organisation: one branch only where the name says which.
_BRANCH_HEADS = ("Chi hội", "Chi đoàn")
_BRANCH_PLACE = regex.compile(r"(?<!\p{L})(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|thôn|ấp|bản|buôn|làng|xóm"
                              r"|khóm|tổ|khu phố|khu dân cư)(?!\p{L})|\d", regex.V1)


def _names_which_branch(text: str, head_end: int, end: int) -> bool:
    """ "Chi hội Phụ nữ ấp 3", "Chi đoàn Văn phòng UBND tỉnh": a place, a number or the body it belongs to."""
    return bool(_BRANCH_PLACE.search(text, head_end, end)) or any(
        is_head_at(text, w.start()) for w in _CAPITALISED_WORD.finditer(text, head_end, end))


# "đoàn đại biểu " in lowercase, as a title prints it ("Trưởng đoàn đại biểu Quốc hội tỉnh").
_DELEGATION_WORDS = regex.compile(r"(?<!\p{L})đoàn (?i:đại biểu)[ \t]+$", regex.V1)


def _delegation_before(text: str, start: int, head: gz.AgencyHead) -> tuple[int, tuple[int, gz.AgencyHead]] | None:
    """Where a provincial delegation's name begins when its head word is lowercased by a title before "Quốc hội",
    and that head; else None."""
    if head.head != "Quốc hội" or not (m := _DELEGATION_WORDS.search(text, max(0, start - 16), start)):
        return None
    found = head_at("Đ" + text[m.start() + 1:start + len(head.head)], 0)
    return (m.start(), (start + len(head.head), found[1])) if found else None


_CREDIT_BEFORE = regex.compile(r"(?:Ảnh|Nguồn|Theo)\s*:[^.\n()]*$")
# A source line at the end of an article: "Theo Báo Tây Ninh Online", "Nguồn Báo Quảng Ninh" (the paper alone on it).
_SOURCE_LINE_BEFORE = regex.compile(r"(?:^|\n)[ \t]*(?:Theo|Nguồn)[ \t]+$")
_REST_OF_SOURCE_LINE = regex.compile(r"[^\n,;.]{0,60}(?:\n|$)")


# A paper named in brackets that opens a paragraph, then a dash: the source tag of the article ("(Báo Quảng Ngãi)-").
_TAG_OPEN = regex.compile(r"(?:^|\n)[ \t]*\($")
_TAG_CLOSE = regex.compile(r"[^()\n]{1,40}\)[ \t]*[-–]")


def _credit_context(text: str, start: int) -> bool:
    """Inside a photo credit or source tag: "(Ảnh: …/TTXVN)", "Nguồn: …", "(Báo X) - …" opening a paragraph, a
    last line "Theo Báo X"."""
    before = text[max(0, start - 40):start]
    if _SOURCE_LINE_BEFORE.search(before) and _REST_OF_SOURCE_LINE.match(text, start):
        return True
    return bool(_CREDIT_BEFORE.search(before)) or bool(
        _TAG_OPEN.search(text, max(0, start - 4), start) and _TAG_CLOSE.match(text, start))


_PLURAL_BEFORE = regex.compile(r"(?<!\p{L})(?:[Cc]ác|[Nn]hững|[Mm]ỗi)(?:\s+cấp)?\s+$", regex.V1)  # ("các cấp Hội …")
# ("UBND tỉnh, thành phố", "Ban CHQS huyện, thị xã, thành phố", "Ban CHQS huyện (thị xã, thành phố)": a level,
# then other levels with no name: every body of those levels)
_PLURAL_AFTER = regex.compile(r"\s+(?:các|những)(?!\p{L})|\s*[,(]\s*(?:thành phố|thị xã|huyện|quận|phường|thị trấn|xã(?!\s+hội))"
                              r"(?!\p{L})(?!\s+\p{Lu})", regex.V1)
# ("cán bộ Hội LHPN của 8 huyện", "Ban Công tác Mặt trận 9 tổ dân phố": the bodies of many places, whatever was read)
_MANY_PLACES_AFTER = regex.compile(r"\s+(?:của\s+(?:các|những|\d+)|\d+)\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường"
                                   r"|thị trấn|cơ sở|tổ dân phố|khu phố|thôn|ấp|bản|buôn)(?!\p{L})", regex.V1)


# "Trung tâm bồi dưỡng chính trị các huyện, thành phố", "Phòng Giáo dục và Đào tạo các huyện": a named kind of body
# of every place of a level, no one body (the places named after "các tỉnh A, B" are each one body's, read later).
_EVERY_PLACE_AFTER = regex.compile(r"[ \t]+(?:các|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ \t]+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn"
                                   r"|đặc khu|địa phương)(?!\p{L})(?![ \t]+\p{Lu})", regex.V1)
# "Ban QLDA nào làm chậm …": whichever body of the kind, not a named one.
_ANY_ONE = regex.compile(r"[ \t]+nào(?!\p{L})", regex.V1)


def _each_province_after(text: str, end: int) -> bool:
    """Whether "các tỉnh" and a province's name follow `end`: "Công an các tỉnh Hà Giang, Cao Bằng" names the body of
    each province listed (`_provinces_listed`), no class of bodies."""
    return bool((each := _EACH_PROVINCE.match(text, end)) and province_at(text, each.end()))


def _generic(text: str, start: int, end: int, bare: bool) -> bool:
    """Generic plurals and levels ("các Sở", "các cấp Hội …", "UBND các huyện", "UBND tỉnh, thành phố", "UBND cấp
    xã") are not named bodies; `bare`: nothing but the head (and a place word) was read."""
    before = text[max(0, start - 10):start]
    if _each_province_after(text, end):
        return False  # "Hội Nông dân các tỉnh Sơn La, Lai Châu": the body of each province listed
    return bool(_PLURAL_BEFORE.search(before) or (bare and _PLURAL_AFTER.match(text, end)) or _ANY_ONE.match(text, end)
                or _EVERY_PLACE_AFTER.match(text, end) or _MANY_PLACES_AFTER.match(text, end)
                or GENERIC_LEVEL.match(text, end) or _bare_village(text, end)
                or (bare and _listed_before_a_class(text, end)))


def _owner_is_a_class(text: str, end: int) -> bool:
    """Whether the body named right after an organ's name owns it and is a class of bodies ("Ban đại diện Hội đồng
    quản trị Ngân hàng Chính sách xã hội cấp huyện": the board of every district's branch, no one board)."""
    m = SPACE.match(text, end)
    found = head_at(text, m.end()) if m else None
    if not found:
        return False
    owner_end = extend_name(text, found[0], head=text[m.end():found[0]])[0]
    return bool(GENERIC_LEVEL.match(text, owner_end))


def _listed_before_a_class(text: str, end: int) -> bool:
    """Whether bare heads listed from `end` on lead to one that names a class ("Đảng ủy, HĐND, UBND các xã …"):
    the bodies of every commune listed, the bare ones before it included."""
    for _ in range(4):
        join = _LIST_JOIN.match(text, end)
        if not join or join.end() == end:
            return False
        found = head_at(text, join.end())
        if not found:
            return False
        end = found[0]
        if _PLURAL_AFTER.match(text, end) and not _PLURAL_AFTER.match(text, end).group().lstrip().startswith(","):
            return True
    return False


def _bare_village(text: str, end: int) -> bool:
    """ "Hội Y tế thôn, bản", "Chi hội Phụ nữ ấp": a body of every village, no one body."""
    m = SPACE.match(text, end)
    found = village_at(text, m.end()) if m else None
    return bool(found and not found[1])


# "… cấp xã", "… cấp huyện", "… cấp cơ sở": a class of bodies below the province; a later mention of the same name
# with no place ("Trung tâm Phục vụ hành chính công cấp xã … Trung tâm Phục vụ hành chính công phải …") is that class.
_LOWER_LEVEL = regex.compile(r"[ \t]+cấp[ \t]+(?:xã|huyện|cơ sở)(?!\p{L})", regex.V1)


_DISTRICT_NAME = regex.compile(r"(?<!\p{L})((?i:huyện|quận|thị xã|thành phố)|(?:Huyện|Quận|Thị|Thành) [uủ]y)[ \t]+"
                               r"(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){0,2})", regex.V1)


# What every match of _DISTRICT_NAME begins with, case-folded: its level words' first word.
_DISTRICT_NAME_STARTS = ("huyện", "quận", "thị", "thành")


def main_districts(text: str) -> tuple[tuple[str, str], ...]:
    """The district, urban district or town a text names most ("huyện Đầm Hà"), first on ties, under "", and the
    one of each level it names most under "huyện", "quận", "thị xã" (a bare "huyện" is never the text's town), and
    the city of a province it names most ("thành phố Long Xuyên", "Thành ủy Long Xuyên") under "thành phố"."""
    counts: dict[tuple[str, str], int] = {}
    for m in finditer_from(_DISTRICT_NAME, text, _DISTRICT_NAME_STARTS):  # (where the scan's fold holds a level word)
        words = m.group(2).split()
        if words[0] in ("Ủy", "Uỷ"):
            continue  # "Quận Ủy viên": a title, no district
        while words and head_at(words[-1], 0):
            words.pop()
        level = _LEVEL_OF_WORD[m.group(1).casefold()[:4]]
        if level == "thành phố" and " ".join(words) not in gz.districts():
            continue  # "thành phố Hà Nội", "Thành ủy Đà Nẵng": a province, not one of its cities
        if words and words[0] in gz.surnames() and " ".join(words) not in gz.districts():
            continue  # "Chủ tịch HĐND huyện Nguyễn Công Dũng": the person after the bare "huyện"
        if words:
            name = " ".join(words)  # (a city is never the text's district: counted under its level only)
            for key in ((level, name),) if level == "thành phố" else ((level, name), ("", name)):
                counts[key] = counts.get(key, 0) + 1
    most: dict[str, str] = {}
    for (level, name), n in counts.items():
        if level not in most or n > counts[(level, most[level])]:
            most[level] = name
    return tuple(most.items())


# "xã Tân Kiều", "phường Hương An", "thị trấn Phú Lộc" (not the "xã" of "thị xã"): a commune the text names.
_COMMUNE_NAME = regex.compile(r"(?<!\p{L})(?<!(?i:thị)[ \t])((?i:xã|phường|thị trấn|đặc khu))[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){0,2})",
                              regex.V1)


# A commune named in a headline in capitals, closing its line or its clause ("… KỲ HỌP THỨ NĂM - HĐND PHƯỜNG TÂN
# PHÚ"); "XÃ HỘI" is the word for society.
_COMMUNE_NAME_CAPS = regex.compile(r"(?<!\p{L})(?<!THỊ[ \t])(XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)[ \t]+(\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){0,2})"
                                   r"(?=[ \t]*(?:\n|$|[,.:;]))", regex.V1)
_COMMUNE_WORD = regex.compile(r"(?i:xã|phường|thị trấn|đặc khu) ")
_BARE_COMMUNE = regex.compile(r"(?<!\p{L})(?<!(?i:thị)[ \t])(?i:xã|phường|thị trấn|đặc khu)$", regex.V1)


def _main_communes(text: str) -> tuple[tuple[str, str], ...]:
    """For each commune level ("xã", "phường", "thị trấn"), the one commune a text names more often than any
    other of that level: the commune whose bodies a bare "Đảng ủy xã", "UBND xã" are. A tie names none."""
    if not _COMMUNE_WORD.search(text):
        return ()
    counts: dict[str, Counter[str]] = {level: Counter() for level in COMMUNE_LEVELS}
    for m in _COMMUNE_NAME.finditer(text):
        words = m.group(2).split()
        place_end = district_end(text, m.start(1))
        if place_end and place_end > m.start(2):  # "xã Nậm Ban": where the place's name ends, as a body's name reads it
            words = text[m.start(2):place_end].split("(")[0].split()[:len(words)]
        elif place_end:
            words = []  # "HĐND phường Tổ trưởng Tổ …": the bare ward, then a title; no commune is named
        else:
            while words and head_at(words[-1], 0):
                words.pop()
        if words and (named := counts.get(m.group(1).casefold())) is not None:
            named[" ".join(words)] += 1
    for m in _COMMUNE_NAME_CAPS.finditer(text):  # "… - HĐND PHƯỜNG TÂN PHÚ" in a headline: the commune, as spelt
        if not (m.group(1) == "XÃ" and m.group(2).startswith("HỘI")) \
                and (named := counts.get(m.group(1).casefold())) is not None:
            named[" ".join(w[:1] + w[1:].lower() for w in m.group(2).split())] += 1
    out = []
    for level, named in counts.items():
        top = named.most_common(2)
        if top and (len(top) == 1 or top[0][1] > top[1][1]):
            out.append((level, top[0][0]))
    return tuple(out)


# "huyện", "Huyện ủy" → huyện; "quận", "Quận ủy" → quận; "thị xã", "Thị ủy" → thị xã (first four letters folded)
_LEVEL_OF_WORD = {"huyệ": "huyện", "quận": "quận", "thị ": "thị xã", "thàn": "thành phố"}


def _district_of(districts: tuple[tuple[str, str], ...], word: str) -> str:
    """The text's district for a bare "huyện" / "Huyện ủy" (its main one of that level, else its main one)."""
    most = dict(districts)
    return most.get(_LEVEL_OF_WORD.get(word.casefold()[:4], ""), most[""])


_ACRONYM = regex.compile(r"(?<!\p{L})\p{Lu}{2,}(?:[&-]\p{Lu}+)*(?!\p{L})", regex.V1)


def _initials(name: str) -> str:
    """ "Sở Tài nguyên và Môi trường" and "Sở TN&MT" → "stnmt": the first letter of each word, an acronym's
    letters as they stand; "và", "&" and punctuation dropped."""
    out = []
    for w in regex.findall(r"[\p{L}&]+|\d+", name):  # (numbers as they stand: "Phòng PA06" is not "Phòng PA07")
        if w.casefold() == "và":
            continue
        out.append(w.replace("&", "") if _ACRONYM.fullmatch(w) or w.isdigit() else w[0])
    return fold("".join(out))


def _central_by_acronym(text: str, hits: list[_AgencyHit]) -> None:
    """A body printed without a place and given the text's province ("cục Y tế dự phòng" in a text about Hà Tĩnh)
    whose initials are those of a central body the text names by its acronym ("Cục YTDP - Bộ Y tế") is that
    central body: one body named two ways, and the ministry that owns it says it has no province."""
    central = {_initials(h.name) for h in hits  # (a department a ministry owns takes no province: no locality)
               if not h.locality and not h.level and _ACRONYM.search(h.name, len(h.name.split(" ", 1)[0]))}
    if not central:
        return
    for h in hits:
        printed = _modern(" ".join(text[h.start:h.end].split()))
        if h.central or not h.locality or display(h.locality) in printed or _LOCAL_WORDS.search(printed) \
                or _ACRONYM.search(printed, len(printed.split(" ", 1)[0])) or _initials(printed) not in central:
            continue  # (a name that prints a place word or an acronym of its own is not the spelled-out form)
        h.name, h.locality, h.central = printed[:1].upper() + printed[1:], None, True
        h.key = _key(h.name)


def _merge_acronyms(by_key: dict[str, list[_AgencyHit]]) -> None:
    """One body named in full and by its acronym ("Sở Tài nguyên và Môi trường", "Sở TN&MT"; "Hội Liên hiệp
    Phụ nữ tỉnh", "Hội LHPN tỉnh"): the same initials and the same province make one entry, under the name
    with the most words."""
    if len(by_key) < 2 or not any(_ACRONYM.search(h.name, len(h.name.split(" ", 1)[0]))
                                  for group in by_key.values() for h in group):
        return  # (most texts name no body by its acronym)
    buckets: dict[tuple[str, str | None], list[tuple[str, str]]] = {}
    for key, group in by_key.items():
        name = max(group, key=lambda h: len(h.name)).name
        loc = next((h.locality for h in group if h.locality), None)
        buckets.setdefault((_initials(name), loc), []).append((key, name))
    for keys in buckets.values():
        if len(keys) < 2:
            continue
        target = max(keys, key=lambda kn: len(kn[1].split()))[0]
        for key, name in keys:
            if key != target and _ACRONYM.search(name.split(" ", 1)[-1]):
                by_key[target] = sorted(by_key.pop(key) + by_key[target], key=lambda h: h.start)
    # "Hội CTĐ" in a text about "Hội Chữ thập đỏ Việt Nam" and no provincial society: the national body, the
    # country's name left off as a text about it does
    national = {initials[:-2]: keys for (initials, loc), keys in buckets.items()
                if loc is None and initials.endswith("vn") and len(keys) == 1 and keys[0][1].endswith("Việt Nam")}
    for (initials, loc), keys in buckets.items():
        if loc is None and initials in national and (target := national[initials][0][0]) in by_key:
            for key, name in keys:
                if key in by_key and key != target and _ACRONYM.search(name.split(" ", 1)[-1]):
                    by_key[target] = sorted(by_key.pop(key) + by_key[target], key=lambda h: h.start)


def _prefix_end(name: str, key: str) -> int:
    """Where the words of `name` whose merge key is `key` end ("Ban chấp hành Trung ương Hội …" for the key of "Ban
    Chấp hành Trung ương Đảng", which drops "Đảng": after "Trung ương"); the whole name when none do."""
    for w in regex.finditer(r"(?<=\S)(?=\s|$)", name):
        if _key(name[:w.start()]) == key:
            return w.start()
    return len(name)


_BRANCH_NUMBER_ONLY = regex.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X)")
_BRANCH = regex.compile(r"(?i:chi nhánh)(?!\p{L})", regex.V1)


def _names_another_body(name: str, at: int) -> bool:
    """Whether the words of `name` after `at` begin with a body's head ("Ban Chấp hành Trung ương Hội NDVN": the
    centre of the association, not the Party's Central Committee); a foreign state's body after the state's own
    ("Chính phủ" and "Chính phủ Bỉ": two governments); a branch numbered after its place ("Agribank Chi nhánh Cần
    Thơ" and "… Cần Thơ II": the bank's two branches in one province)."""
    rest = name[at:].lstrip()
    return bool(rest) and (head_at(rest, 0) is not None and not rest.startswith(CLOSERS)
                           or foreign_state_end(name, name[:at], at) is not None
                           or bool(_BRANCH_NUMBER_ONLY.fullmatch(rest)) and bool(_BRANCH.search(name)))


# "Tỉnh Đoàn Long An" = "Đoàn TNCS Hồ Chí Minh tỉnh Long An", "Thành Đoàn Hà Nội" = "… thành phố Hà Nội": the Youth
# Union of a province by its two names (Điều lệ Đoàn TNCS Hồ Chí Minh: its provincial committee is the "Tỉnh đoàn,
# Thành đoàn"), and the boards of either. Matched on the merge key, with its place.
_PROVINCIAL_UNION = regex.compile(r"^((?:ban chap hanh |ban thuong vu )?)(?:(?:tinh|thanh) doan|doan (?:thanh nien cong san"
                                  r"|tncs) ho chi minh(?: tinh| thanh pho)?)(?= (?!cac|huyen|quan|thi xa|xa|phuong)\w)")
_BARE_UNION = regex.compile(r"(?:ban chap hanh |ban thuong vu )?doan (?:thanh nien cong san|tncs) ho chi minh")


# "Công đoàn tỉnh Bình Định" = "Liên đoàn Lao động tỉnh Bình Định" = "LĐLĐ tỉnh Bình Định": a place's trade union and
# its federation, which leads it (Điều lệ Công đoàn Việt Nam: "liên đoàn lao động tỉnh, thành phố" is the trade union
# of the province), and the boards of either.
_PLACE_TRADE_UNION = regex.compile(r"^((?:ban chap hanh |ban thuong vu |uy ban kiem tra )?)(?:cong doan|lien doan lao dong|ldld)"
                                   r"(?= (?!viet nam|nganh|co so|cac|vien chuc|giao duc|y te)\w)")


def _provincial_union_key(text: str, h: _AgencyHit) -> str:
    """The merge key of `h`, one for both names of a province's Youth Union or trade union; a bare "Đoàn TNCS Hồ Chí
    Minh" (the Union as a whole, whatever province the text is about) keeps its own."""
    if _PLACE_TRADE_UNION.match(h.key):
        return _PLACE_TRADE_UNION.sub(r"\1ldld", h.key)
    if not _PROVINCIAL_UNION.match(h.key) or _BARE_UNION.fullmatch(fold(" ".join(text[h.start:h.end].split()))):
        return h.key
    return _PROVINCIAL_UNION.sub(r"\1doan tn", h.key)


# A bare body followed by the kind of place it is of, unnamed: "Hiệp hội Doanh nghiệp trên địa bàn thành phố", "… của
# tỉnh". Among the bodies of that name the text gives with a place, the one of a place of that kind is meant.
_PLACE_KIND_AFTER = regex.compile(r"[ \t]+(?:trên địa bàn|của|toàn)[ \t]+(thành phố|tỉnh)(?![ \t]*\p{Lu})", regex.V1)
_PLACE_KIND_KEYS = {"thành phố": ("thanh pho", "tp"), "tỉnh": ("tinh",)}


def _of_the_place_said(text: str, bare: list[_AgencyHit], longer: list[str],
                       by_key: dict[str, list[_AgencyHit]]) -> list[str]:
    """The one of `longer` (merge keys) whose place is of the kind a mention in `bare` names after itself ("… trên
    địa bàn thành phố": the city's, not a province's), as a one-item list; else empty."""
    for h in bare:
        said = _PLACE_KIND_AFTER.match(text, h.end)
        if not said:
            continue
        words = _PLACE_KIND_KEYS[said.group(1)]
        fits = [o for o in longer if any(f" {w} " in f" {fold(text[x.start:x.end])} " for x in by_key[o] for w in words)]
        return fits if len(fits) == 1 else []
    return []


def _merge_agencies(text: str, hits: list[_AgencyHit]) -> list[Agency]:
    """One entry per body: same key, or a short mention that only one longer name starts with; a bare
    commune body ("UBND xã") only where the text names that one commune's body."""
    by_key: dict[str, list[_AgencyHit]] = {}
    for h in hits:
        by_key.setdefault(_provincial_union_key(text, h), []).append(h)
    keys = list(by_key)
    # A bare "Ban Chỉ đạo" merges into the one longer name that extends it.
    for k in list(keys):
        longer = [o for o in keys if o != k and o.startswith(k + " ") and o in by_key
                  and not _names_another_body(by_key[o][0].name, _prefix_end(by_key[o][0].name, k))]
        if len(longer) > 1 and k in by_key:
            longer = _of_the_place_said(text, by_key[k], longer, by_key) or longer
        if len(longer) == 1 and k in by_key:
            by_key[longer[0]] = sorted(by_key.pop(k) + by_key[longer[0]], key=lambda h: h.start)
        elif k in by_key and all(h.level in COMMUNE_LEVELS for h in by_key[k]):
            del by_key[k]  # "UBND xã" with no commune named: not one body
    _merge_acronyms(by_key)
    out = []
    for group in by_key.values():
        group.sort(key=lambda h: h.start)
        first = group[0]
        best = max(group, key=lambda h: (len(h.name), not text[h.start:h.end].isupper()))  # ("… xã Vũ Muộn" as the
        # text spells it, over the "… xã vũ muộn" read out of a line in capitals)
        loc = next((h.locality for h in group if h.locality), None)
        out.append(Agency(start=first.start, end=first.end, surface=text[first.start:first.end],
                          name=best.name, locality=None if best.central else loc, kind=first.kind))
    out.sort(key=lambda a: a.start)
    return out
