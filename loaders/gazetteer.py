"""Provinces and their aliases as data (loaders/data/provinces.tsv, from shared/data/provinces.tsv).

`find_provinces(text)` finds province names where the text marks them as places ("tỉnh Quảng Trị",
"Tỉnh ủy Quảng Trị", "TP.HCM"), so that bare words such as "Hòa Bình" (peace) or "Hồ Chí Minh"
(the man) are not taken for provinces.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import regex

from loaders.text import fold

DATA = Path(__file__).resolve().parent / "data" / "provinces.tsv"

# Words that mark the following name as a province or centrally-run city.
PLACE_MARKERS = (
    "tỉnh", "Tỉnh", "thành phố", "Thành phố", "TP.", "TP", "Tp.", "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy",
    "Thành uỷ", "UBND tỉnh", "HĐND tỉnh", "Đảng bộ tỉnh", "Đảng bộ", "Công an tỉnh",
    # a province's police by the force's name: "Công an Nghệ An", "lực lượng CAND Hà Giang", "Công an nhân dân Quảng Ngãi"
    "Công an", "CAND", "Công an nhân dân",
)


@dataclass(frozen=True)
class Province:
    name: str
    kind: str
    aliases: tuple[str, ...]
    region: str
    merged_into: str
    party_committee: str


@cache
def provinces() -> tuple[Province, ...]:
    """The 63 provinces before 1 July 2025, with the unit each became part of."""
    with DATA.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return tuple(
        Province(r["name"], r["kind"], tuple(a for a in r["aliases"].split(";") if a), r["region"],
                 r["merged_into"], r["party_committee"])
        for r in rows
    )


@cache
def _alias_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for p in provinces():
        for form in (p.name, *p.aliases):
            index.setdefault(fold(form), p.name)
    # The units since 1 July 2025 that are not a pre-2025 name (Huế).
    for p in provinces():
        index.setdefault(fold(p.merged_into), p.merged_into)
    return index


@lru_cache(maxsize=65536)
def canonical_province(name: str) -> str | None:
    """'Quang Tri', 'TP.HCM', 'Thừa Thiên - Huế' → the gazetteer's name; None when not a province."""
    return _alias_index().get(fold(name).strip(" .,;:"))


@cache
def _province_pattern() -> regex.Pattern[str]:
    forms = {f for p in provinces() for f in (p.name, *p.aliases) if len(f) > 2}
    forms = sorted(forms | {f.upper() for f in forms}, key=len, reverse=True)
    all_markers = set(PLACE_MARKERS) | {m.upper() for m in PLACE_MARKERS}
    markers = "|".join(regex.escape(m) for m in sorted(all_markers, key=len, reverse=True))
    names = "|".join(regex.escape(f) for f in forms)
    return regex.compile(rf"(?:(?:{markers})\s*)(?P<name>{names})(?!\p{{L}})", regex.V1)


@cache
def _marked_form_pattern() -> regex.Pattern[str]:
    """Forms that carry their own place marker ("TP.HCM", "Thành phố Huế", "Thủ đô Hà Nội")."""
    starts = tuple(m for m in PLACE_MARKERS if m[:1] in "tTT") + ("Thủ đô",)
    forms = {f for p in provinces() for f in p.aliases if f.startswith(starts) and len(f) > 4}
    forms = sorted(forms | {f.upper() for f in forms}, key=len, reverse=True)
    return regex.compile(rf"(?<![\p{{L}}.])(?P<name>{'|'.join(regex.escape(f) for f in forms)})(?!\p{{L}})", regex.V1)


# A headline that opens with the province it is about: "Ninh Bình: Hướng dẫn …", "TP.HCM: Tuyên truyền …".
_HEADLINE_PLACE = regex.compile(r"\A\s*(?P<name>\p{Lu}[\p{L}. -]{1,30}?)\s*:\s", regex.V1)


def find_provinces(text: str) -> list[tuple[int, int, str]]:
    """(start, end, province name) of each province the text names as a place: after a marker ("tỉnh",
    "Tỉnh ủy", "TP."), in a form that carries its marker ("TP.HCM"), or opening the headline ("Ninh Bình: …")."""
    from loaders.scanner import matches_at  # (the scanner reads this module's tables)

    found: dict[int, tuple[int, int, str]] = {}
    for pattern, kind in ((_province_pattern(), "marker"), (_marked_form_pattern(), "province")):
        for m in matches_at(pattern, text, kind):  # (each match opens with a place marker, or a form holding one)
            name = canonical_province(m.group("name"))
            if name:
                found.setdefault(m.start("name"), (m.start("name"), m.end("name"), name))
    head = _HEADLINE_PLACE.match(text[:80])
    if head and (name := canonical_province(head.group("name"))):
        found.setdefault(head.start("name"), (head.start("name"), head.end("name"), name))
    out: list[tuple[int, int, str]] = []
    for span in sorted(found.values()):
        if not out or span[0] >= out[-1][1]:
            out.append(span)  # "Huế" inside "Thành phố Huế" is the same mention
    return out



# A site address names its province as a whole label ("hatinh.gov.vn", "sotuphap.hatinh.gov.vn") or inside one:
# a provincial newspaper ("baohatinh.vn"), a department's site ("sokhcn" + name), the city's own spelling
# ("hochiminhcity.gov.vn"). Short forms (`hue`, `brvt`, `hcmc`) count only as a whole label.
_SITE_PART_MIN = 5


@cache
def _site_names() -> tuple[tuple[str, str], ...]:
    """(a province's name or alias as a site address spells it, the province), longest first."""
    names: dict[str, str] = {}
    for p in provinces():
        for form in (p.name, *p.aliases):
            letters = regex.sub(r"[^a-z0-9]", "", fold(form))
            if len(letters) >= 3:
                names.setdefault(letters, p.name)
    return tuple(sorted(names.items(), key=lambda kv: -len(kv[0])))


def province_of_site(url: str | None) -> str | None:
    """The province a page's web address names ("https://xa-a.hatinh.gov.vn/…" → Hà Tĩnh, "baoquangtri.vn"
    → Quảng Trị); None for a national site or a path that is no web address. The label nearest the domain
    wins."""
    if not url or "://" not in url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    for label in reversed(host.split(".")[:-1]):
        label = label.replace("-", "")
        for name, province in _site_names():
            if label == name or len(name) >= _SITE_PART_MIN and (label.startswith(name) or label.endswith(name)):
                return province
    return None

@cache
def districts() -> dict[str, str]:
    """District name (without "huyện", "quận" …) → its province, for names that only one province has."""
    seen: dict[str, set[str]] = {}
    for r in _rows("districts.tsv"):
        seen.setdefault(r["district"], set()).add(r["province"])
    return {name: next(iter(ps)) for name, ps in seen.items() if len(ps) == 1}


@cache
def cities_named_like(province: str) -> frozenset[str]:
    """The names (folded) under which a city bears the province's own name or one of its aliases: a city of
    districts.tsv in that province ("Thái Nguyên", seat of Thái Nguyên), or the unit the province became where that is
    not its own name ("Huế", the centrally-run city Thừa Thiên Huế became in 2025). Empty where no city does: "thành
    phố Thừa Thiên Huế" names no city."""
    cities = {fold(r["district"]) for r in _rows("districts.tsv") if r["province"] == province and r["kind"] == "thành phố"}
    for p in provinces():
        if p.name == province and p.merged_into and p.merged_into != p.name:
            cities.add(fold(p.merged_into))
    return frozenset(cities)


@cache
def district_names() -> frozenset[str]:
    """Every district, town and city name of districts.tsv, those two provinces share too ("Hoàng Mai": a district of
    Hà Nội and a town of Nghệ An): a place's name after its level word, whichever province it is in."""
    return frozenset(r["district"] for r in _rows("districts.tsv"))


@cache
def _district_pattern() -> regex.Pattern[str]:
    names = "|".join(regex.escape(n) for n in sorted(districts(), key=len, reverse=True))
    return regex.compile(rf"(?<!\p{{L}})(?:(?i:huyện|quận|thị xã|thành phố|tp\.?)|(?:Huyện|Quận|Thị|Thành) [uủ]y)[ \t]+"
                         rf"(?P<name>{names})(?!\p{{L}})", regex.V1)


def find_districts(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, district, province) of each district the text names as one ("huyện Đại Lộc", "Huyện ủy
    Đầm Hà", "thành phố Pleiku", "Thành ủy Pleiku"), for district names that tell their province."""
    return [(m.start("name"), m.end("name"), m.group("name"), districts()[m.group("name")])
            for m in _district_pattern().finditer(text)]


def main_province(text: str) -> str | None:
    """The province a text is about: the one it names most often as a place (first on ties); where it names
    none, the province of the districts it names ("Huyện ủy Đại Lộc" → Quảng Nam)."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for start, _end, name in find_provinces(text) or [(s, e, p) for s, e, _d, p in find_districts(text)]:
        counts[name] = counts.get(name, 0) + 1
        first.setdefault(name, start)
    if not counts:
        return None
    return max(counts, key=lambda n: (counts[n], -first[n]))


# ---- Agencies, roles and events as data (loaders/data/*.tsv, *.txt) ----

DATA_DIR = DATA.parent


@dataclass(frozen=True)
class AgencyHead:
    head: str  # regular expression fragment, as printed
    name: str  # how the canonical name spells it ("" = as printed)
    kind: str  # party | state | mass | other
    kind_from_owner: bool  # "Văn phòng Tỉnh ủy" is a Party body, "Văn phòng UBND tỉnh" a State one
    scope: str  # central | local | either
    body: str  # none | opt | req | named | task
    parent: str = "no"  # yes: a body that owns others named after it ("Ban Tuyên giáo Tỉnh ủy")


def _rows(filename: str) -> list[dict[str, str]]:
    with (DATA_DIR / filename).open(encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _words(filename: str) -> tuple[str, ...]:
    with (DATA_DIR / filename).open(encoding="utf-8") as f:
        return tuple(w for line in f if not line.startswith("#") for w in line.split())


def _lines(filename: str) -> tuple[str, ...]:
    with (DATA_DIR / filename).open(encoding="utf-8") as f:
        return tuple(s for line in f if (s := line.strip()) and not line.startswith("#"))


@cache
def agency_heads() -> tuple[AgencyHead, ...]:
    """Words that begin an agency's name, with its kind, scope and whether a name must follow."""
    return tuple(AgencyHead(r["head"], r["name"], r["kind"].split("+")[0], r["kind"].endswith("+owner"), r["scope"],
                            r["body"], r["parent"]) for r in _rows("agency_heads.tsv"))


@cache
def compound_words() -> frozenset[str]:
    """Two-syllable words whose second syllable alone would be a predicate ("đăng ký", "công trình")."""
    return frozenset(_lines("compound_words.txt"))


@cache
def name_syllables() -> frozenset[str]:
    """Lowercase syllables that continue a capitalised word inside an agency name."""
    return frozenset(_words("name_syllables.txt"))


@cache
def role_titles() -> dict[str, str]:
    """Titles before or after a person's name → office | rank | name; each also in the old tone placement
    ("Uỷ viên", "Phó Chủ tịch Uỷ ban"), one spelling of the same words."""
    out: dict[str, str] = {}
    for r in _rows("roles.tsv"):
        out.setdefault(r["title"], r["kind"])
        out.setdefault(old_tones(r["title"]), r["kind"])
    return out


# New tone placement → old: "úy" → "uý", "hòa" → "hoà".
_OLD_TONES = {"úy": "uý", "ùy": "uỳ", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ", "óa": "oá", "òa": "oà", "ỏa": "oả",
              "õa": "oã", "ọa": "oạ", "Úy": "Uý", "Ùy": "Uỳ", "Ủy": "Uỷ", "Ũy": "Uỹ", "Ụy": "Uỵ"}
_OLD_TONE = regex.compile(rf"(?<![qQ])(?:{'|'.join(_OLD_TONES)})(?!\p{{L}})")
#: the old placements in lower case ("uỷ", "hoà"): a text holding one already spells the old way
OLD_SPELLINGS = tuple(dict.fromkeys(v.casefold() for v in _OLD_TONES.values()))


def old_tones(words: str) -> str:
    """`words` with the old tone placement ("Ủy viên" → "Uỷ viên"; after "q" the "u" is the consonant's)."""
    return _OLD_TONE.sub(lambda m: _OLD_TONES[m.group()], words)


@cache
def honorifics() -> tuple[str, ...]:
    return tuple(r["word"] for r in _rows("honorifics.tsv"))


@cache
def academic_titles() -> tuple[str, ...]:
    return _words("academic_titles.txt")


@cache
def surnames() -> frozenset[str]:
    return frozenset(_words("surnames.txt"))


@cache
def header_owners() -> dict[str, str]:
    """The owners a header prints above the issuing body (header_owners.tsv), by their head's canonical name → how the
    body under them is named: "place" (after the owner's place) or "owner" (after the owner)."""
    return {r["owner"]: r["named_by"] for r in _rows("header_owners.tsv")}


@cache
def namesakes() -> tuple[str, ...]:
    """Historical figures whom schools, hospitals and streets are named after (namesakes.tsv), as their names are
    spelt."""
    return tuple(r["name"] for r in _rows("namesakes.tsv"))


@cache
def countries() -> tuple[str, ...]:
    return _lines("countries.txt")


@cache
def event_heads() -> tuple[tuple[str, str, str, str], ...]:
    """(head, kind, needs, case) of words that begin an event's name."""
    return tuple((r["head"], r["kind"], r["needs"], r["case"]) for r in _rows("event_heads.tsv"))


@cache
def verb_phrases() -> dict[str, str]:
    """Predicates: lowercase verbs and adverbs that end a name when they follow it → task | clause (task: may
    also be the task a body is named after)."""
    return {r["phrase"]: r["kind"] for r in _rows("verb_phrases.tsv")}


@cache
def office_verbs() -> dict[str, str]:
    """Phrases between a person's name and the office they are elected or appointed to ("tái đắc cử",
    "được bầu giữ chức") → office | lead (a word that may come before one: "tiếp tục")."""
    return {r["phrase"]: r["kind"] for r in _rows("office_verbs.tsv")}


@cache
def function_words() -> frozenset[str]:
    """Function words (prepositions, conjunctions, aspect words, quantifiers): never part of a name's tail."""
    return frozenset(_words("function_words.txt"))


@cache
def function_phrases() -> frozenset[str]:
    """Two-syllable function words ("đối với", "về phía"): never part of a name's tail either."""
    return frozenset(_lines("function_phrases.txt"))


@cache
def event_clause_words() -> dict[str, str]:
    """Words that open a clause after an event's head ("Hội nghị cũng …") → any | subject."""
    return {r["phrase"]: r["where"] for r in _rows("event_clause_words.tsv")}


@cache
def event_name_continuations() -> tuple[str, ...]:
    """Words after a comma that carry an event's name on ("Hội nghị học tập, quán triệt, triển khai …")."""
    return _lines("event_name_continuations.txt")


@cache
def not_agencies() -> tuple[str, ...]:
    """Phrases that begin like an agency's name but are not one ("Bộ tiêu chí")."""
    return _lines("not_agencies.txt")


@cache
def central_bodies() -> tuple[str, ...]:
    """Central bodies in their official spelling (central_bodies.tsv), which a name printed in capitals takes back."""
    return tuple(r["name"] for r in _rows("central_bodies.tsv"))


@cache
def regions() -> tuple[str, ...]:
    """The regions of the country ("miền Trung", "Tây Nguyên"): a body named after one has no province."""
    return _lines("regions.txt")


@cache
def holidays() -> tuple[str, ...]:
    """Words after "Ngày" that name a holiday ("Ngày Giỗ tổ Hùng Vương")."""
    return _lines("holidays.txt")


@cache
def name_parts() -> tuple[str, ...]:
    """Proper names that occur inside agency names ("Hồ Chí Minh")."""
    return _lines("name_parts.txt")
