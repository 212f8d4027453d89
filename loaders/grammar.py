"""The citation grammar as data: type codes, issuers, type words, relation cues, and the patterns built from them.

Every rule the reference engine (loaders/references.py) applies is a row in one of these tables; the
patterns at the bottom are compiled once, at import. Patterns run over the normalised text
(loaders/normalize.py): NFC, no zero-width characters, every dash as "-", every space as " ", Ð as Đ.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

from loaders.dates import MONTH_EN
from loaders.gazetteer import _rows as data_rows
from loaders.gazetteer import function_words
from loaders.text import bare, fold, tone_free, toneless

# --- the tables (loaders/data/*.tsv, each row with its source) ----------------------------------------


def _codes_of(family: str) -> dict[str, str]:
    return {r["code"]: r["name"] for r in data_rows("document_types.tsv") if r["family"] == family}


# Type code → Vietnamese name, per family (document_types.tsv: Hướng dẫn 36-HD/VPTW for the Party's,
# Nghị định 30/2020/NĐ-CP Phụ lục III and the law on legal normative documents for the State's).
PARTY_TYPES: dict[str, str] = _codes_of("party")
STATE_TYPES: dict[str, str] = _codes_of("state")

_ISSUERS = data_rows("issuers.tsv")
# Legal normative types whose symbols carry the year of issue (N/YYYY/NĐ-CP): a number-only mention is
# identified only with its issue date.
YEAR_BEARING_TYPES = frozenset(r["code"] for r in data_rows("document_types.tsv")
                                if r["family"] == "state" and r["year"] == "always")
# State types whose symbol carries the year when it is printed with the number ("Thông tư 36/2017", "QĐ123/2019":
# 36/2017/TT-…, 123/2019/QĐ-…): the year-bearing ones and those a normative document may take.
YEAR_MAY_BE_PRINTED = frozenset(r["code"] for r in data_rows("document_types.tsv")
                                if r["family"] == "state" and r["year"] in ("always", "may"))
# The one issuer of a State type, where the law names only one ("Nghị định 15/2020" is the Government's).
SOLE_ISSUERS: dict[str, str] = {r["code"]: r["issuer"] for r in data_rows("document_types.tsv")
                                if r["family"] == "state" and r["issuer"]}
# Issuer code → name (issuers.tsv): Party bodies, State bodies, and the departments (units) of a body that
# sign its letters ("TTg-KTTH", "BGDĐT-GDTrH").
PARTY_ISSUERS: dict[str, str] = {r["code"]: r["name"] for r in _ISSUERS if r["family"] == "party"}
STATE_ISSUERS: dict[str, str] = {r["code"]: r["name"] for r in _ISSUERS if r["family"] == "state"}
UNITS: dict[str, str] = {r["code"]: r["name"] for r in _ISSUERS if r["family"] == "unit"}
ISSUER_LEVELS: dict[str, str] = {r["code"]: r["level"] for r in _ISSUERS if r["family"] != "unit"}
PARTY_CENTRAL_ISSUERS = {c: n for c, n in PARTY_ISSUERS.items() if ISSUER_LEVELS[c] == "central"}

# Party issuer codes are also built as commission prefix + committee suffix (BTG + TU = BTGTU).
_PARTS = data_rows("issuer_parts.tsv")
PARTY_COMMISSION_PREFIXES = tuple(r["code"] for r in _PARTS if r["part"] == "prefix")
PARTY_COMMITTEE_SUFFIXES = tuple(r["code"] for r in _PARTS if r["part"] == "suffix")

# Type codes that may be printed glued to the issuer without a dash (NĐCP, QĐUBND, TTVPCP), longest first.
GLUED_TYPES = tuple(sorted({*PARTY_TYPES, *STATE_TYPES} - {"L"}, key=len, reverse=True))


def _canonical_codes() -> dict[str, str]:
    """Upper-cased code → its canonical spelling, over every table; codes printed in ASCII ('ND', 'BGDDT',
    'QDI') map to theirs too, unless an ASCII code of their own is spelt so (DA dự án, not ĐA)."""
    tables = (PARTY_TYPES, STATE_TYPES, PARTY_ISSUERS, STATE_ISSUERS, UNITS)
    codes = {c.upper(): c for table in tables for c in table}
    for prefix in PARTY_COMMISSION_PREFIXES:
        for suffix in PARTY_COMMITTEE_SUFFIXES:
            codes.setdefault((prefix + suffix).upper(), prefix + suffix)
    for upper, code in list(codes.items()):
        codes.setdefault(upper.replace("Đ", "D"), code)
    return codes


CANONICAL_CODES = _canonical_codes()


def canonical_code(code: str) -> str:
    """'qđi' → 'QĐi', 'ND' → 'NĐ', 'tw' → 'TW'; unknown codes keep their printed case."""
    return CANONICAL_CODES.get(code.upper(), code)


def ungarbled_code(code: str) -> str:
    """A code printed with garbled diacritics ('ƯBNĐ' for UBND): no code carries a vowel with a diacritic, so
    one that does is read without them when that names one code; the Centre's TƯ stays as printed."""
    if code.upper() in CANONICAL_CODES or not CAPITALISED_WORD.fullmatch(code):
        return code
    plain = fold(code).upper()
    return "TƯ" if plain == "TU" else CANONICAL_CODES.get(plain, code)


@cache
def is_party_issuer(code: str) -> bool:
    """TW, TU, BTGTU, ĐUK … (after canonical_code); TƯ counts."""
    code = canonical_code(code)
    if code in PARTY_ISSUERS or code in ("TƯ",):
        return True
    return any(code.startswith(p) and code[len(p):] in PARTY_COMMITTEE_SUFFIXES for p in PARTY_COMMISSION_PREFIXES)


def is_central_party_issuer(code: str) -> bool:
    code = canonical_code(code)
    return code in PARTY_CENTRAL_ISSUERS or code.endswith("TW")


@cache
def issuer_level(code: str) -> str:
    """Where an issuer's numbers repeat (issuers.tsv): 'local' (TU, HU, ĐU, BTGTU, UBND, HĐND, a Sở's code …:
    the same symbol exists in every province), 'either' (BCSĐ, ĐĐ: local only when a province is named with
    it), else 'central'. A Party code built from parts takes its committee's level; an unknown Sở code
    (S + letters) is local. The one definition used by extraction and resolution alike."""
    code = canonical_code(code)
    if code in ISSUER_LEVELS:
        return ISSUER_LEVELS[code]
    if is_party_issuer(code):
        return "central" if is_central_party_issuer(code) else "local"
    if regex.fullmatch(r"S[\p{Lu}&][\p{L}&]{0,8}", code) or code.endswith(("UBND", "HĐND")):
        return "local"
    return "central"


def is_local_issuer(code: str) -> bool:
    """Issuers whose symbols repeat in every province (TU, HU, ĐU, BTGTU, UBND, HĐND, departments …)."""
    return issuer_level(code) == "local"


def symbol_level(symbol: str) -> str:
    """issuer_level of a canonical symbol: a party symbol's scope ('02-NQ/TU' → local), a state symbol's
    most local part ('1234/QĐ-UBND' → local, '15/2020/NĐ-CP' → central)."""
    if "-" in symbol.split("/", 1)[0]:
        return issuer_level(symbol.split("/", 1)[1])
    levels = {issuer_level(part) for part in regex.split(r"[-/]", symbol)[1:] if part and not part.isdigit()}
    return "local" if "local" in levels else "either" if "either" in levels else "central"


# --- type words --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TypeWord:
    """A word that names a document type, and the type code it implies in each family."""

    words: str  # as written, lower case; matched loosely (any case, garbled diacritics)
    party: str | None
    state: str | None
    english: bool = False  # "Decree No."
    abbreviation: bool = False  # "NQ 35": only a short form, never a full mention of its own
    names_a_programme: bool = False  # "Đề án 06", "Chương trình 135": the number is a name, not a symbol


TYPE_WORDS: tuple[TypeWord, ...] = tuple(
    TypeWord(r["words"], r["party"] or None, r["state"] or None, english="english" in r["flags"],
             abbreviation="abbreviation" in r["flags"], names_a_programme="programme" in r["flags"])
    for r in data_rows("type_words.tsv"))


@cache
def _fold_classes() -> dict[str, str]:
    """Folded letter → regex class of every Latin letter that folds to it (garbled diacritics, any case)."""
    groups: dict[str, set[str]] = {}
    for cp in list(range(0x41, 0x5B)) + list(range(0x61, 0x7B)) + list(range(0xC0, 0x250)) + list(range(0x1EA0, 0x1F00)):
        c = chr(cp)
        if not c.isalpha():
            continue
        f = fold(c)
        if len(f) == 1 and f.isascii():
            groups.setdefault(f, set()).add(c)
    groups["d"] |= {"đ", "Đ", "\u00d0"}
    return {f: "[" + "".join(sorted(cs)) + "]" for f, cs in groups.items()}


def loose(words: str) -> str:
    """A pattern for `words` in any case and with any (or garbled) diacritics: 'quyết' also matches 'qụỵết'."""
    classes = _fold_classes()
    out = []
    for c in unicodedata.normalize("NFC", words):
        if c == " ":
            out.append(r"\s+")
        elif c == ".":
            out.append(r"\.?")
        else:
            out.append(classes.get(fold(c), regex.escape(c)))
    return "".join(out)


def type_word(text: str) -> TypeWord | None:
    """The TypeWord a type word stands for: 'Nghị qụỵết' → nghị quyết."""
    return type_word_of_folded(fold(text))


# --- issuer names ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class IssuerName:
    """A body named in prose and the issuer code its documents carry."""

    pattern: str  # regex source (case as written)
    code: str
    family: str  # party | state
    signer: bool = False  # names who signs, not the issuing body (Tổng Bí thư)


def ministry_acronym(name: str) -> str | None:
    """The pattern of a ministry's name as pages shorten it, from the name itself: the initials of each part the
    name's "và", comma or dash sets off ("Bộ Giáo dục và Đào tạo" → "Bộ GD&ĐT", "Bộ GDĐT", "Bộ GD-ĐT";
    "Bộ Lao động - Thương binh và Xã hội" → "Bộ LĐ-TB&XH"; "Bộ Tài nguyên và Môi trường" → "Bộ TN&MT"). A word that
    opens with Đ gives Đ or D (pages without diacritics print "Bộ GD&DT"). None for a name of one word."""
    head, _, rest = name.partition(" ")
    parts = [p for p in regex.split(r"\s*(?:,|\s-\s|(?<![\p{L}])và(?![\p{L}]))\s*", rest) if p.strip()]
    groups = ["".join("[ĐD]" if w[0] in "đĐ" else regex.escape(w[0].upper()) for w in p.split()) for p in parts]
    if sum(len(w.split()) for w in parts) < 2:
        return None
    return head + " " + r"(?:\s*[&,-]\s*|\s+và\s+)?".join(groups) + r"(?![\p{L}&])"


ISSUER_NAMES: tuple[IssuerName, ...] = (
    IssuerName(r"Hội nghị (?:lần thứ [\p{L}\d]+ )?(?:Ban [Cc]hấp hành )?Trung ương(?: Đảng)?(?: lần thứ [\p{L}\d]+| \d{1,2})?",
               "TW", "party"),
    IssuerName(r"Hội nghị (?:lần thứ [\p{L}\d]+ )?Ban [Cc]hấp hành Trung ương(?: Đảng)?", "TW", "party"),
    # "BCH", "BTV": the abbreviations pages print for Ban Chấp hành, Ban Thường vụ ("của BCH Trung ương Đảng")
    IssuerName(r"(?:Ban [Cc]hấp hành|BCH) (?:Trung ương|TW|TƯ)(?: Đảng)?", "TW", "party"),
    # pages print the central bodies' names with any case after the first word ("Nghị quyết 05 của Bộ chính trị
    # khóa VI", "Ban bí thư"), as they do "Ban chấp hành"
    IssuerName(r"Bộ [Cc]hính trị", "TW", "party"),
    IssuerName(r"Ban [Bb]í thư(?: Trung ương Đảng)?", "TW", "party"),
    IssuerName(r"Tổng Bí thư", "TW", "party", signer=True),
    # "Nghị quyết số 18 của Trung ương": the Central Committee named by "Trung ương" alone, right after "của"/"do"
    # (not the end of a longer name: "Hội đồng Thi đua - Khen thưởng Trung ương", "Trung ương Đoàn")
    IssuerName(r"(?<=(?:của|do) )Trung ương(?: Đảng)?(?! \p{Lu})", "TW", "party"),
    # "Nghị quyết 19 của Đảng": the Party itself, right after a number, whose numbered resolutions are the
    # Centre's (not "Đảng ủy", "Đảng bộ", "Đảng đoàn", nor a name that goes on; "Nghị quyết của Đảng" names none)
    IssuerName(r"(?<=\d của )Đảng(?: Cộng sản Việt Nam)?(?![ \t]+(?:ủy|uỷ|bộ|đoàn|viên|\p{Lu}))(?![\p{L}])", "TW", "party"),
    IssuerName(r"Ban Tổ chức (?:Trung ương|TW|TƯ)", "BTCTW", "party"),
    IssuerName(r"Ban Tuyên giáo và Dân vận (?:Trung ương|TW|TƯ)", "BTGDVTW", "party"),
    IssuerName(r"Ban Tuyên giáo (?:Trung ương|TW|TƯ)", "BTGTW", "party"),
    IssuerName(r"Ban Dân vận (?:Trung ương|TW|TƯ)", "BDVTW", "party"),
    IssuerName(r"(?:Ủy|Uỷ) ban Kiểm tra (?:Trung ương|TW|TƯ)", "UBKTTW", "party"),
    IssuerName(r"Văn phòng Trung ương Đảng", "VPTW", "party"),
    IssuerName(r"Quân (?:ủy|uỷ) Trung ương", "QUTW", "party"),
    IssuerName(r"Ban Tuyên giáo và Dân vận Tỉnh (?:ủy|uỷ)", "BTGDVTU", "party"),
    IssuerName(r"Ban Tuyên giáo (?:Tỉnh|Thành) (?:ủy|uỷ)", "BTGTU", "party"),
    IssuerName(r"Ban Tổ chức (?:Tỉnh|Thành) (?:ủy|uỷ)", "BTCTU", "party"),
    IssuerName(r"Ban Dân vận (?:Tỉnh|Thành) (?:ủy|uỷ)", "BDVTU", "party"),
    IssuerName(r"(?:Ủy|Uỷ) ban Kiểm tra (?:Tỉnh|Thành) (?:ủy|uỷ)", "UBKTTU", "party"),
    IssuerName(r"Văn phòng (?:Tỉnh|Thành) (?:ủy|uỷ)", "VPTU", "party"),
    IssuerName(r"(?:Ban Thường vụ|Ban Chấp hành|BTV|BCH|Thường trực) (?:Tỉnh|Thành) (?:ủy|uỷ)", "TU", "party"),
    IssuerName(r"Ban (?:Thường vụ|Chấp hành) Đảng bộ (?:tỉnh|thành phố)", "TU", "party"),
    IssuerName(r"(?:Tỉnh|Thành) (?:ủy|uỷ)", "TU", "party"),
    IssuerName(r"(?:Ban (?:Thường vụ|Chấp hành)|BTV|BCH) Huyện (?:ủy|uỷ)", "HU", "party"),
    IssuerName(r"Huyện (?:ủy|uỷ)", "HU", "party"),
    IssuerName(r"Quận (?:ủy|uỷ)", "QU", "party"),
    IssuerName(r"Thị (?:ủy|uỷ)", "ThU", "party"),
    IssuerName(r"Đảng (?:ủy|uỷ) Khối", "ĐUK", "party"),
    IssuerName(r"Đảng (?:ủy|uỷ)", "ĐU", "party"),
    IssuerName(r"Đảng đoàn", "ĐĐ", "party"),
    IssuerName(r"Ban cán sự đảng", "BCSĐ", "party"),
    IssuerName(r"Tỉnh đoàn", "TĐTN", "party"),
    IssuerName(r"Công an (?:tỉnh|thành phố)", "CAT", "state"),
    IssuerName(r"Bộ Chỉ huy (?:Quân sự|Bộ đội Biên phòng) (?:tỉnh|thành phố)", "BCH", "state"),
    IssuerName(r"Liên đoàn Lao động (?:tỉnh|thành phố)", "LĐLĐ", "state"),
    IssuerName(r"(?:Ban Thường trực )?(?:Ủy|Uỷ) ban (?:MTTQ|Mặt trận Tổ quốc)(?: Việt Nam)? (?:tỉnh|thành phố)", "MTTQ",
               "state"),
    IssuerName(r"Ban Chỉ đạo(?: [\p{L}\d,]+){0,8}? (?:tỉnh|thành phố)", "BCĐ", "state"),
    # the supreme court and procuracy (Luật Ban hành VBQPPL 2015, Điều 4 khoản 8, 9), by name or abbreviation; the
    # procuracy prints VKSTC on its own directives, plans and guidance (Chỉ thị 01/CT-VKSTC)
    IssuerName(r"Hội đồng Thẩm phán (?:Tòa án nhân dân|TAND) tối cao", "HĐTP", "state"),
    IssuerName(r"(?:Tòa án nhân dân|TAND) tối cao|TANDTC", "TANDTC", "state"),
    IssuerName(r"(?:Viện kiểm sát nhân dân|VKSND|Viện KSND) tối cao|VKSNDTC", "VKSTC", "state"),
    IssuerName(r"Thủ tướng(?: Chính phủ)?", "TTg", "state"),
    IssuerName(r"Văn phòng Chính phủ", "VPCP", "state"),
    IssuerName(r"Chính phủ", "CP", "state"),
    IssuerName(r"Hội đồng Bộ trưởng", "HĐBT", "state"),
    IssuerName(r"(?:Ủy|Uỷ) ban [Tt]hường vụ Quốc hội", "UBTVQH", "state"),  # pages print "thường vụ" in lower case too
    IssuerName(r"Quốc hội", "QH", "state"),
    IssuerName(r"(?:UBND|(?:Ủy|Uỷ) ban nhân dân)(?: (?:tỉnh|thành phố|huyện|quận|thị xã))?", "UBND", "state"),
    IssuerName(r"(?:HĐND|Hội đồng nhân dân)(?: (?:tỉnh|thành phố|huyện|quận|thị xã))?", "HĐND", "state"),
    *(IssuerName(regex.escape(name).replace("\\ ", " "), code, "state") for code, name in STATE_ISSUERS.items()
      if name.startswith("Bộ ") or name.startswith("Ngân hàng")),
    # a translation's names of the Party's central bodies ("Conclusion No. 132 … of the Politburo", "the 13th Party
    # Central Committee", "the Central Executive Committee"), as the resolver reads them (resolve.CENTRAL_BODIES)
    IssuerName(r"(?:the )?Politburo", "TW", "party"),
    IssuerName(r"(?:the )?(?:Party )?Central Committee(?:'s)? Secretariat|(?:the )?Secretariat(?= of the (?:Party )?Central)",
               "TW", "party"),
    # (not the end of another body's name: "the Vietnam Fatherland Front Central Committee")
    IssuerName(r"(?<!\p{Lu}\p{Ll}+ )(?:the )?(?:\d{1,2}(?:st|nd|rd|th) )?(?:Party )?Central (?:Executive )?Committee",
               "TW", "party"),
    # a translation's names of a province's Party committee and its standing board ("the Provincial Standing Party
    # Committee", "Hai Duong Provincial Party Committee's Standing Board"), its district committees and its
    # People's Committee
    IssuerName(r"(?:the )?(?:Provincial|City|Municipal)(?: Party)?(?: Standing)?(?: Party)? Committee"
               r"(?:['’]s Standing (?:Committee|Board))?", "TU", "party"),
    IssuerName(r"(?:the )?District(?: Party)?(?: Standing)?(?: Party)? Committee(?:['’]s Standing (?:Committee|Board))?",
               "HU", "party"),
    IssuerName(r"(?:the )?(?:Provincial|City|Municipal|District) People['’]s Committee", "UBND", "state"),
    # a ministry by the initials pages print for its name ("của Bộ GD&ĐT"), after every full name
    *(IssuerName(acronym, code, "state") for code, name in STATE_ISSUERS.items()
      if name.startswith("Bộ ") and (acronym := ministry_acronym(name))),
    IssuerName(r"(?:the )?Government", "CP", "state"),
    IssuerName(r"Prime Minister", "TTg", "state"),
)

# A role before a body: "của Chủ tịch UBND tỉnh", "của Bộ trưởng Bộ Nông nghiệp …".
ROLE_PREFIX = r"(?:(?:Chủ tịch|Bộ trưởng|Giám đốc|Thủ trưởng|Chánh Văn phòng|Trưởng ban|Tổng Giám đốc|Viện trưởng|Chánh án)\s+)"

# Issuers that may not build a symbol from a bare number: a party group or committee of a body not named.
NO_SYMBOL_FROM_NAME = frozenset({"ĐĐ", "BCSĐ"})
# The legislature: a number-only resolution or law of theirs is identified by its year and the legislature's
# term ("… ngày 11/1/2022 của Quốc hội khóa XV" → N/2022/QH15).
LEGISLATURE_ISSUERS = frozenset({"QH", "UBTVQH"})
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
# The National Assembly's terms (legislatures.tsv): (number, first session, last known day or "").
_LEGISLATURES = tuple((int(r["number"]), r["first_session"], r["until"]) for r in data_rows("legislatures.tsv"))


def session_year(legislature: int, session: int) -> str | None:
    """The year of a regular session of a National Assembly term: two a year from the first, which opens in
    July of the election year (sessions 1 and 2 in that year, 3 and 4 in the next …)."""
    first = next((start for n, start, _ in _LEGISLATURES if n == legislature), None)
    return str(int(first[:4]) + (session - 1) // 2) if first and session >= 1 else None


def legislature_on(iso_date: str) -> int | None:
    """The number of the National Assembly term sitting on a full ISO date ('2022-01-11' → 15); None outside
    the terms the table knows."""
    sitting = [(n, until) for n, first, until in _LEGISLATURES if first <= iso_date]
    if not sitting:
        return None
    number, until = sitting[-1]
    return None if until and iso_date > until else number


def legislature_through(year: str) -> int | None:
    """The National Assembly term that sits through the whole of a year ('2025' → 15); None for an election year,
    which two terms share, and outside the terms the table knows."""
    first, last = legislature_on(f"{year}-01-01"), legislature_on(f"{year}-12-31")
    return first if first == last else None


def roman_number(numeral: str) -> int | None:
    """'XV' → 15; None for what is not a roman numeral."""
    values = [_ROMAN_VALUES.get(c) for c in numeral.upper()]
    if not values or None in values:
        return None
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))

_ANY_SPACE = r"\s+"
# Matched on the text without its tone marks (text.toneless: offsets unchanged), so that a garbled tone still names
# the body ("củá Bộ Chính trị", "Bạn Chấp hành Trũng ương").
ISSUER_NAME_PATTERN = regex.compile(
    "|".join(f"(?P<i{i}>{toneless(n.pattern).replace(' ', _ANY_SPACE)})" for i, n in enumerate(ISSUER_NAMES)),
    regex.V0)


def issuer_name_at(m: regex.Match) -> IssuerName:
    """The IssuerName row whose group matched."""
    return ISSUER_NAMES[int(m.lastgroup[1:])]


# --- relation cues (domain.md §4) ----------------------------------------------------------------

# (relation, cue pattern), from relation_cues.tsv. A cue governs the clause, list or preamble it opens;
# compound cues ("tiếp tục … thực hiện theo") win over the plain verb they end with.
_GAP = r"(?:,?\s+[\p{L}\d,\-]+){0,6}"  # a comma may follow the cue's first word ("sơ kết, đánh giá kết quả thực hiện")
RELATION_CUES: tuple[tuple[str, str], ...] = tuple(
    (r["relation"], r["cue"].replace("{GAP}", _GAP).replace("{HERE}", r"(?=\s*$)").replace(" ", r"\s+"))
    for r in data_rows("relation_cues.tsv"))

# What opens the title of a cited document ("… về tiếp tục thực hiện …", "… ban hành Chương trình …"):
# a cue inside it relates the two documents.
TITLE_OPENER = regex.compile(
    r"(?i)[\"“]|(?:về|v/v|ban hành|phê duyệt|quy định|hướng dẫn|thực hiện|triển khai|sửa đổi|bổ sung|thay thế"
    r"|bãi bỏ|tiếp tục|đính chính)(?![\p{L}])")
# A passive cue ("được thay thế bởi", "bị bãi bỏ"): the later document acts on the earlier one.
# Words that make "bị" part of a compound, not a passive ("chuẩn bị triển khai", "trang bị").
BI_COMPOUND_HEADS = ("chuẩn", "trang", "thiết", "dự", "phòng")
# An amending document's own article after the document it amends: "Khoản 2 Điều 3 của Thông tư số 21/2016/TT-BGTVT
# được sửa đổi, bổ sung như sau:", "Point d … of Decree No. 95/2021/ND-CP is amended as follows:": the page amends it.
AMENDED_AS_FOLLOWS = regex.compile(r"[\s,]*(?:(?:đã\s+)?được\s+sửa\s+đổi(?:,?\s+bổ\s+sung)?\s+như\s+sau"
                                   r"|(?:is|are)\s+amended(?:\s+and\s+supplemented)?\s+as\s+follows)", regex.IGNORECASE)
PASSIVE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:được|(?<!(?:" + "|".join(BI_COMPOUND_HEADS) + r")\s)bị)\s+$", regex.IGNORECASE)

# A bulleted line ("- Luật …;", "+ …", "a) …", "2. …") and a line that opens such a list with a cue ("Căn cứ:").
BULLET = regex.compile(r"[ \t]*(?:[-•*+]|\d{1,2}[.)]|[a-zđ]\))[ \t]")
LIST_OPENER = regex.compile(r":[ \t]*$")
LIST_CUE_REACH = 40  # lines of a bulleted list looked back over for its opening cue
# A section heading that names the bases of the text ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "1. Cơ sở pháp lý") opens
# a bulleted list of bases, as "Căn cứ:" does; numbered sub-headings ("1. Các văn bản chỉ đạo") may stand between.
# The whole line is the heading: a few words, no sentence ("Căn cứ kết quả …, UBND tỉnh xây dựng kế hoạch như sau:").
BASIS_HEADING = regex.compile(r"[ \t]*(?:(?:[IVX]{1,4}|\d{1,2}|[a-zđ])[.)][ \t]*)?(?:căn cứ|cơ sở pháp lý)"
                           r"(?:[ \t]+\p{L}+){0,6}[ \t]*:?[ \t]*", regex.IGNORECASE)
# The end of a list item or heading line; a line after one that does not end so is the same item printed over
# two lines ("- Nghị quyết số 20-NQ/TW ngày⏎25/10/2017 của …;").
LINE_COMPLETE = regex.compile(r"[.;:!?,]\s*$")

# A plural or counted head that names the documents a colon list goes on to give ("quán triệt những nội dung cơ
# bản của các nghị quyết, kết luận … của Tỉnh ủy khóa XVI, nhiệm kỳ 2015-2020: Nghị quyết số 02 …; …"): a cue that
# governs the head governs the list, however long the head's own words run. Matched as a cue is, without tones.
_HEAD_TYPE_WORDS = sorted({tw.words for tw in TYPE_WORDS if not tw.english and not tw.abbreviation} | {"văn bản"},
                          key=len, reverse=True)
DOCUMENTS_HEAD = regex.compile(toneless(r"(?<![\p{L}\d])(?:các|những|\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:"
                                        + "|".join(w.replace(" ", r"\s+") for w in _HEAD_TYPE_WORDS) + r")(?![\p{L}])"),
                               regex.IGNORECASE)
# An apposition that picks an item out of such a head ("quán triệt các nghị quyết của Trung ương, nhất là Nghị quyết
# số 57", "…, trọng tâm là Nghị quyết số 33", "…, trong đó có Chỉ thị số 05"): the item takes the head's cue.
APPOSITION_BEFORE = regex.compile(r",\s*(?:(?:trọng tâm|nhất|đặc biệt|trước hết|chủ yếu)\s+là|trong\s+đó\s+có)\s*$",
                                  regex.IGNORECASE)
# A sentence that opens by announcing the items of the head the sentence before it ended with ("… triển khai 3
# nghị quyết và 1 kết luận của Hội nghị Trung ương 6. Cụ thể: Nghị quyết số 27 …; …").
NAMELY = regex.compile(r"\s*(?:cụ thể|gồm|bao gồm|đó là)\s*:\s*", regex.IGNORECASE)
# What may stand between the start of an item of a colon list and the mention that opens it ("…: A; các B").
COLON_ITEM_OPENER = regex.compile(r"[\s\-+•*]*(?:\p{Ll}+\s+){0,2}")
# The last item of a list whose head names documents by a plural ("thực hiện tốt các Nghị quyết của Quốc hội, các giải
# pháp … và Nghị quyết số 05"): a comma or "và" right before the mention. A relative clause that points into a document
# ("các giải pháp đã đề ra trong …", "được nêu tại …") describes an item and opens no clause of its own.
HEAD_ITEM_JOINER = regex.compile(r"(?:,|(?<![\p{L}])và)\s*$", regex.IGNORECASE)
RELATIVE_POINTER = regex.compile(r"(?<![\p{L}])(?:đã|được)\s+(?:nêu|nêu ra|đề ra|xác định|đặt ra|quy định|ghi)"
                                 r"\s+(?:tại|trong|ở)(?![\p{L}])", regex.IGNORECASE)
# Before a ";", a clause of the sentence's own after the item ("Thực hiện A, các sở đã xây dựng kế hoạch; B …"):
# the list the cue opened has ended, and what follows the ";" does not take its verb.
LIST_LEFT = regex.compile(r",[^;]*?(?<![\p{L}])(?:đã|sẽ|đang|vừa)(?![\p{L}])", regex.IGNORECASE)
# What may stand before the cue that opens a preamble's clause: spaces, a bullet, a line break.
PREAMBLE_OPENER = regex.compile(r"[\s\-+•*]*")
PREAMBLE_ITEMS_BACK = 12  # ';' items looked back over for the basis cue that opened them
# After a ";", a list item that starts a clause of its own does not take the list's verb.
# In English, a verb of issuing ("(Promulgated together with Resolution No. …)", "the Government adopted …").
# English verbs of issuing ("adopted", "issues", "signed into issuance", "signed and issued")
ISSUED_EN = r"(?:(?:adopt|issu|promulgat)(?:ed|es)|sign(?:ed|s)(?:\s+(?:into\s+issuance|and\s+issued))?)"
NEW_CLAUSE = regex.compile(r"(?<![\p{L}])(?:ban hành|đã|sẽ|đang|yêu cầu|(?<!Ban )(?<!cơ\s+cấu\s+)tổ chức|" + ISSUED_EN + r")"
                           r"(?![\p{L}])", regex.IGNORECASE)  # "Ban Tổ chức Trung ương" names a body; "cơ cấu tổ chức" (structure) is a noun

# Between a cue and the mention it governs: a few words ("thực hiện có chiều sâu", "được giao tại"), a
# series of verbs or nouns joined by commas ("quán triệt, tuyên truyền, phổ biến nội dung", "các nhiệm vụ, giải
# pháp của"), or the head of a list the cue opens ("thay thế … tại các Nghị định:").
# "(": the object restated by its number, or the list its head announces ("4 nghị quyết của Bộ Chính trị (gồm: …").
# An English possessive is one word ("pursuant to the Government's Decree No. …").
CUE_TAIL = regex.compile(r"(?:[\s,]+[\p{L}\d]+(?:['’]s)?){0,10}[\s,]*(?::\s*|\(\s*(?:(?:bao\s+)?gồm|là)?\s*:?\s*)?")
# A longer object that points at the document it comes from ("thực hiện quyết liệt, có hiệu quả các nhiệm vụ,
# giải pháp đã nêu tại …", "quán triệt quan điểm, mục tiêu được xác định trong …", "cụ thể hóa các quan điểm,
# mục tiêu, nhiệm vụ và giải pháp của …", "thực hiện ý kiến chỉ đạo của Phó Thủ tướng … tại văn bản số …"): the pointer ties the
# object, and so the cue, to the mention right after it. Its own "đã/được" opens no clause.
CUE_POINTER = regex.compile(toneless(r"(?:(?:đã\s+|được\s+)?(?:nêu|nêu ra|đề ra|xác định|đặt ra|quy định|ghi)"
                                     r"\s+(?:tại|trong|ở)|(?<![\p{L}])(?:của|tại)|(?P<attached>(?:\(\s*)?(?:được\s+)?(?:ban hành\s+)?kèm theo))"
                                     r"\s*$"),
                         regex.IGNORECASE)  # matched toneless ("căn cứ Quy chế … ban hành kèm theo Quyết định số …", also
# in brackets after the name: "quán triệt Quy chế phối hợp … (ban hành kèm theo Quyết định số …)")
CUE_POINTER_BARE = regex.compile(bare(CUE_POINTER.pattern), regex.IGNORECASE)  # for text printed without diacritics
CUE_POINTER_TAIL = regex.compile(r"(?:[\s,\-–]+[\p{L}\d]+){0,24}\s*")  # "nhiệm kỳ 2012 - 2017"
# The object of a cue that names a document issued with a decision, or some of its articles or points ("sửa đổi, bổ
# sung một số điều của Quy định về quy trình ban hành văn bản …, ban hành kèm theo Quyết định số …", "căn cứ Quy chế …,
# thẩm quyền ban hành … kèm theo Quyết định số …", "hướng dẫn cụ thể một số điểm Quy định ban hành kèm theo Quyết định
# số …"): a name, whose commas and verbs open no clause; it may run long.
ATTACHED_OBJECT = regex.compile(r"\s*(?:một\s+số\s+(?:điều|điểm|khoản|nội\s+dung)\s+(?:của\s+)?)?(?:Quy định|Quy chế|Điều lệ|Chương trình|Kế hoạch"
                                r"|Đề án|Danh mục|Bảng giá|Bộ tiêu chí|Hướng dẫn|Nội quy)(?![\p{L}])"
                                r"(?:[\s,\-–]+[\p{L}\d]+){0,40}[\s,]*", regex.IGNORECASE)
# Documents cited by a long fixed name and no number, each one item in a cue's object ("căn cứ Hiến pháp nước Cộng
# hòa xã hội chủ nghĩa Việt Nam, Luật Tổ chức Quốc hội số …", "bám sát Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII
# và …"): counted as one word between a cue and a mention.
NAMED_DOCUMENT = regex.compile(
    r"(?<![\p{L}])(?:Hiến pháp(?: nước Cộng hòa xã hội chủ nghĩa Việt Nam)?(?: năm \d{4})?"
    r"|Điều lệ Đảng(?: Cộng sản Việt Nam)?|Cương lĩnh xây dựng đất nước[^,;.\n]{0,80}?(?:năm \d{4}\))?"
    r"|Nghị quyết Đại hội(?: đại biểu)? Đảng bộ(?: \p{L}+){0,4}? lần thứ [IVXL]+(?:,? nhiệm kỳ \d{4}\s*[-–]\s*\d{4})?"
    r"|(?:Bộ )?Luật \p{Lu}[^,;.:\n“\"]{0,120}? năm \d{4})"  # "theo Luật Ban hành văn bản … năm 2004 và Nghị định số …"
    r"(?![\p{L}])".replace(" ", r"\s+"), regex.IGNORECASE)
# A law named by its name at the end of a cited document's title, then "và" or a comma before the next mention
# ("Nghị định số 123 … quy định chi tiết … của Luật Hộ tịch và Quyết định số 101 …"): the title's cue governed the
# law, and the mention after it is the next item of the list the cited document stands in.
LAW_THEN_NEXT_ITEM = regex.compile(r"(?<![\p{L}])(?:Bộ\s+)?[Ll]uật\s+\p{Lu}\p{L}*(?:\s+\p{L}+){0,8}(?:\s+năm\s+\d{4})?"
                                   r"(?:,|\s+và)\s*$")
# A title in quotes after a document named in a cue's object ("NQTW8 (khóa XI) về “Chiến lược bảo vệ Tổ quốc …”"):
# one word between the cue and a mention, as the document's name is.
QUOTED_TITLE = regex.compile(r"(?:\s+về)?\s*[“\"][^”\"\n]{1,200}[”\"]")
# Across a comma, a clause of its own ("…, Sở đã ban hành Kế hoạch", "…, the Government adopted Resolution …") is no
# longer governed by the cue; nor is anything after a cue whose object is a demonstrative ("Theo đó, Quyết định …", "Trên cơ sở này, …").
CUE_TAIL_BREAK = regex.compile(r",.*(?<![\p{L}])(?:ban hành|đã|sẽ|đang|yêu cầu|tổ chức|là|" + ISSUED_EN + r")(?![\p{L}])"
                               r"|\G\s*(?:đó|này|vậy|trên)(?![\p{L}])", regex.IGNORECASE | regex.DOTALL)

# "tiếp tục" opening the verb series whose last verb governs a mention ("tiếp tục lãnh đạo, chỉ đạo các cấp ủy đảng,
# chính quyền thực hiện …", "tiếp tục quán triệt, tuyên truyền sâu rộng và tổ chức thực hiện …"): the series continues
# the document's implementation. Matched toneless, as the cues; SERIES_BREAK, on the text as printed, ends the series:
# a clause of its own, or an adjunct that holds the verb ("tiếp tục nêu cao tinh thần trách nhiệm … trong quá trình
# triển khai …" implements).
CONTINUE_BEFORE = regex.compile(toneless(r"(?<![\p{L}])tiếp tục(?:[\s,]+[\p{L}\d]+){0,16}[\s,]+$"), regex.IGNORECASE)
# "sơ kết 3 năm thực hiện Nghị quyết A và 3 năm thực hiện Chỉ thị B": a span of years before the verb takes the
# review earlier in the clause ("sơ kết"/"tổng kết" … "N năm thực hiện"), however far the first item pushed it.
REVIEW_SPAN_BEFORE = regex.compile(toneless(r"(?<![\p{L}])(?:\d{1,2}|một|hai|ba|bốn|năm|mười)\s+năm\s+$"),
                                   regex.IGNORECASE)
REVIEW_BEFORE = regex.compile(toneless(r"(?<![\p{L}])(?:sơ kết|tổng kết)(?![\p{L}])"), regex.IGNORECASE)
SERIES_BREAK = regex.compile(r"(?<![\p{L}])(?:đã|sẽ|đang|yêu cầu|là|trong|để|nhằm|khi|về|với|theo|tại|của|qua|sau"
                             r"|trước|đối với)(?![\p{L}])|[;.:]", regex.IGNORECASE)

# The cues alone; references.cue_before checks what stands between a cue and the mention. Both match the text
# without its tone marks (text.toneless, one character for one), so that a garbled tone ("Thực hịện", "Qủán
# trịệt") still cues.
def _cue_pattern(form: Callable[[str], str], grouped: bool) -> regex.Pattern:
    """Every cue of RELATION_CUES as one pattern over text in `form`; with `grouped`, cue i in group `r{i}`."""
    parts = (f"(?P<r{i}>{form(p)})" if grouped else f"(?:{form(p)})" for i, (_, p) in enumerate(RELATION_CUES))
    return regex.compile(r"(?<![\p{L}])(?:" + "|".join(parts) + r")(?![\p{L}])", regex.IGNORECASE | regex.V0)


CUE_ONLY_PATTERN = _cue_pattern(toneless, grouped=True)
# The same cues without their groups, for scanning (about a third faster); a cue found is matched again with
# CUE_ONLY_PATTERN at its start to learn its relation.
CUE_SCAN_PATTERN = _cue_pattern(toneless, grouped=False)


# Relations by which the citing text acts on a document, or on a part of it that the cue's object names before a pointer
# ("thay thế phần danh mục thủ tục hành chính thực hiện theo cơ chế một cửa … tại Quyết định số …", "bãi bỏ các quy
# định … tại …"): a cue met inside that object, with no comma or ';' after the act's cue, describes the part ("thủ tục
# thực hiện theo cơ chế một cửa") and does not take the mention from the act.
ACT_RELATIONS = frozenset({"replaces", "amends", "repeals", "corrects", "guides"})
# The relation of cue rows that name a document without acting on it ("khác với", "so với"): no relation.
NO_RELATION = "none"


# The same cues without any diacritic, for a stretch of text printed without them ("Can cu Nghi dinh so …", "Thuc hien
# Ke hoach so …", "Quan triet Chi thi so …"): matched on text.bare of such a stretch only, where no word can carry the
# marks that tell "căn cứ" from other words; group order as CUE_ONLY_PATTERN's, so relation_of reads both.
CUE_ONLY_BARE = _cue_pattern(lambda p: bare(toneless(p)), grouped=True)
CUE_SCAN_BARE = _cue_pattern(lambda p: bare(toneless(p)), grouped=False)


def relation_of(m: regex.Match) -> str | None:
    """The relation of the cue group that matched; None for the words that name a document without acting on it."""
    relation = RELATION_CUES[int(m.lastgroup[1:])][0]
    return None if relation == NO_RELATION else relation


# --- numbers, dates, terms ---------------------------------------------------------------------

ROMAN = loose("x").replace("]", "IVLivl" + "".join(c for c in "ÍÌỈĨỊíìỉĩị") + "]")
# A body's term after its name: "khóa XII" (garbled tones too: "khoá XÍĨ"), and a translation's "(term X)",
# "tenure XII" (capital numerals only: "term I use" is no term).
TERM_PATTERN = regex.compile(
    r"(?<![\p{L}])(?:" + loose("khóa") + r"\s*\(?\s*(?P<term>" + ROMAN + r"{1,6})"
    r"|(?:[Tt]erm|[Tt]enure)\s+(?P<term>[IVXL]{1,6}))(?![\p{L}])", regex.V0)

# A session of the legislature: "kỳ họp thứ 6", "Kỳ họp thứ sáu".
SESSION = regex.compile(r"(?i:k[ỳì] họp thứ)\s+(?P<n>\d{1,2}|\p{L}+(?: \p{L}+)?)(?![\p{L}\d])", regex.V1)
ORDINALS: dict[str, int] = {
    "nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    "mười": 10, "mười một": 11, "mười hai": 12, "mười ba": 13, "mười bốn": 14, "mười lăm": 15,
    "mười sáu": 16, "mười bảy": 17, "mười tám": 18, "mười chín": 19,
}

# --- the mention pattern ------------------------------------------------------------------------

@cache
def fold_table() -> dict[int, str]:
    """One-character folding ('Ị' → 'i', 'Đ' → 'd'): a folded copy keeps every offset of the text."""
    table: dict[int, str] = {}
    for cp in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)) + list(range(0x1EA0, 0x1F00)):
        f = fold(chr(cp))
        if len(f) == 1 and f != chr(cp):
            table[cp] = f
    return table


def fold_same_length(text: str) -> str:
    """Lower case without diacritics, one character for one: offsets into it are offsets into `text`."""
    return text.translate(fold_table())


def _folded_key(tw: TypeWord) -> str:
    """How a type word reads in the folded copy: 'nghi quyet', 'decree', 'nq' ("No." is read as "số")."""
    return fold(tw.words) if not tw.abbreviation else tw.words.lower().replace("đ", "d")


def _trie_pattern(words: list[str]) -> str:
    """One alternation of literal words as a trie ('nghi (?:quyet|dinh)'); a space matches any whitespace."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


# Type words, matched on the folded copy of the text (garbled diacritics and case fold away). This one
# pattern is plain ASCII literals, so it uses the standard `re` engine, whose literal-trie scan is several
# times faster than `regex` here; the longest word wins because the trie is greedy.
TYPE_WORD_PATTERN = re.compile(_trie_pattern([_folded_key(tw) for tw in TYPE_WORDS]))
_TYPE_WORDS_BY_KEY = {_folded_key(tw): tw for tw in TYPE_WORDS}
_SPACE_RUN = regex.compile(r"\s+")


def type_word_of_folded(folded: str) -> TypeWord | None:
    """The TypeWord of a TYPE_WORD_PATTERN match ('nghi  quyet' → nghị quyết)."""
    return _TYPE_WORDS_BY_KEY.get(_SPACE_RUN.sub(" ", folded))


# A number: digits, optionally one small letter (30c); never part of a date or a longer token.
NUMBER = r"\d{1,5}(?:[a-zđ](?![\p{L}]))?"
# One code segment of a symbol (NQ, TW, 2020, BGDĐT, QH14, XD&KTVBQPPL, T.Ư).
# A code broken by a space or a line break ("BGD ĐT", "Q\nĐ") is one segment when the joined code is known
# (references._codes decides; else the segment ends before the break).
SEGMENT = r"(?:T\.[WƯ](?![\p{L}\d])|[\p{L}\d&]{1,24}(?:[ \n](?=\p{Lu})[\p{L}&]{1,6}(?![\p{L}\d]))?)"
# The Centre's code printed as an abbreviation with a dot, as news pages print "T.Ư" for Trung ương ("29-NQ/T.Ư").
DOTTED_CODES = {"T.W": "TW", "T.Ư": "TƯ"}
# Between segments: a dash or slash (a line break may follow it), or an underscore in file names ("10_2016_BGD").
SEPARATOR = r"(?:[ \t]{0,2}[-/_](?:[ \t]{0,2}|[ \t]*\n[ \t]*)|(?<=\p{L})\.(?=\p{Lu}{2}))"  # "1234/QĐ.UBND", "123/UBND.VX"
# A symbol: number, then code segments joined by dashes or slashes ("09 KH/ĐU": a space after the number;
# "3892BGDDT-GDTrH": a known code glued to the number, see references.parse_symbol).
SYMBOL = (rf"(?P<num>{NUMBER})(?:(?P<sep>{SEPARATOR}|[ ](?=\p{{Lu}}{{2}})|(?=\p{{Lu}}{{2}}))(?P<seg>{SEGMENT}))"
          rf"(?:(?P<sep>{SEPARATOR})(?P<seg>{SEGMENT})){{0,5}}")
# List items after the first: "18, 19-NQ/TW", "15/2020/NĐ-CP và 14/2022/NĐ-CP"; an item may carry its subject in
# brackets before the next ("Nghị quyết 66 (về pháp luật), 57 (về khoa học …) và 59").
ITEM_SUBJECT = r"(?:\s*\(?\s*về\s[^()\n]{1,100}\))?"  # "(" may be read already, as a footnote bracket is
LIST_ITEM = (rf"(?:{ITEM_SUBJECT}\s*(?:,|;|và|hoặc)\s*(?P<item>(?:số\s*)?(?P<inum>{NUMBER})"
             rf"(?:(?:{SEPARATOR}|[ ](?=\p{{Lu}}{{2}})){SEGMENT}(?:{SEPARATOR}{SEGMENT}){{0,5}})?)(?![\p{{L}}\d/]))")

# A mark of urgency between the type word and "số" (the độ khẩn of Nghị định 30/2020/NĐ-CP, Phụ lục I: Khẩn,
# Thượng khẩn, Hỏa tốc): "Công điện khẩn số 07-CĐ/TU", "Công văn hỏa tốc số 12/UBND-VX" name the same documents.
URGENCY = r"(?:\s+(?i:thượng\s+khẩn|khẩn|hỏa\s+tốc|hoả\s+tốc)(?=\s+(?:[Ss]ố|SỐ)(?![\p{L}])))?"
# "số" and its number in brackets right after the type word: "Thủ tướng đã có Công văn (số 73/TTg-CN) chỉ đạo …".
_SO_IN_BRACKETS = r"[ \t]*\([ \t]*(?=(?:[Ss]ố|SỐ)[ \t]*\d)"
# ("so" without its diacritics, in text that lost them: "Nghi quyet so 35-NQ/TW"; a colon may introduce a list:
# "các Chỉ thị: 05, 35-CT/TW"; "số" glued to the type word by a page that lost the space: "Quyết địnhsố 15/…")
_SO = URGENCY + r"(?:" + _SO_IN_BRACKETS + \
    r"|[ \t]*:[ \t]*(?=\d)|\s+|(?<=\d)|(?=\d)|(?<=\p{Ll})(?=số[ \t]*:?[ \t]*\d))(?:(?P<so>[Ss]ố|SỐ|[Ss]o(?=\s*:?\s*\d)|SO(?=\s*:?\s*\d)|No\.?)\s*:?\s*)?"
# A number that counts years or months is no document number ("Kế hoạch 5 năm", "Kế hoạch 5 năm 2021-2025",
# "Chương trình 3 tháng"); "Nghị quyết 18 năm 2017" is the resolution of that year.
DURATION_AFTER = (r"(?!\s+(?:năm|tháng|tuần)(?![\p{L}])(?!\s+(?:19|20)\d\d(?!\s*-\s*(?:19|20)?\d\d)))"
                  r"(?!\s+giai đoạn(?![\p{L}]))")

# What follows a type word: optional "số", the number or symbol, list items sharing the type word.
TYPED_TAIL = regex.compile(
    rf"{_SO}(?P<first>{SYMBOL}|(?P<onum>{NUMBER}){DURATION_AFTER})(?![\p{{L}}\d/])(?:{LIST_ITEM})*", regex.V0)

# A symbol printed without a type word ("30/2013/QĐ-UBND", "Số: 15/2020/NĐ-CP", "So: …" without diacritics, "Number: …"
# in a translation's header).
BARE_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\d/.,-])(?:(?P<bso>[Ss]ố|SỐ|No\.|(?:So|SO|No|Number)(?=[ \t]*:))(?:\s*:\s*|\s+|(?=\d)))?(?P<bare>{SYMBOL})",
    regex.V0)

# The numbered parts and forms of a document (an appendix, a form, a table, an article): a symbol-like number after
# them ("Phụ lục số 01/PL-KH", "Mẫu số 02/KH-UBND kèm theo", "Biểu số 03/BC-UBND") names no document.
PART_BEFORE = regex.compile(r"(?<![\p{L}])(?i:phụ lục|mẫu|biểu mẫu|biểu|tờ khai|phiếu|điều|khoản|mục|chương)[ \t]*$")
# Numbers listed after "số" right before a bare symbol, which share its suffix: "số 26, 27, 28-NQ/TW".
NUMBERS_BEFORE = regex.compile(r"(?<![\p{L}])[Ss]ố\s*(?P<nums>\d{1,5}(?:\s*,\s*\d{1,5})*)\s*(?:,|và)\s*$", regex.V0)
ITEM_PATTERN = regex.compile(rf"(?:số\s*)?(?P<first>{SYMBOL}|(?P<onum>{NUMBER}))", regex.V0)

# The label of a document's own number in its header or a legal database's table: "Số hiệu", "Số ký hiệu",
# "Số/Ký hiệu", "Ký hiệu", "Số hiệu văn bản", in any case, maybe bold in markdown ("**Số hiệu:**"); an English
# translation's "Official number:".
SELF_LABEL_WORD = regex.compile(r"(?i:hiệu|official\s+number)")
SELF_SYMBOL_LABEL = r"(?i:(?:số\s*(?:/\s*)?)?(?:ký\s+)?hiệu(?:\s+văn\s+bản)?|official\s+number)"
# A typed mention right after such a label is the document's own number too ("Số hiệu văn bản 45/2021/NĐ-CP"),
# also where the database sets its rows as a bulleted list ("  • Số hiệu văn bản: 02/2011/TTLT-VPCP-BNV").
ROW_BULLETS = "•·◦▪‣*+-"
SELF_LABEL_BEFORE = regex.compile(r"(?:^|\n|\|)[ \t" + regex.escape(ROW_BULLETS) + r"]*" + SELF_SYMBOL_LABEL
                                  + r"[ \t:|*]*$")
# The document's own number: "Số: 15/2020/NĐ-CP" at the head of a line, a table cell or after the "*" under
# a Party letterhead's issuer; or after a label ("Số hiệu: …"). An all-caps title line that names the document
# ("NGHỊ ĐỊNH CỦA CHÍNH PHỦ SỐ 64-CP NGÀY …") cites it: a reference.
SELF_SYMBOL_CONTEXT = regex.compile(r"(?:^|\n|\||\*)[ \t]*$|" + SELF_SYMBOL_LABEL + r"[ \t:|*]*$")

# A header that prints the type word before its number label ("Nghị quyết số: 27/2022/UBTVQH15" alone on its line,
# or followed by the place and date of issue, "Nghị quyết số: 11-NQ/TW Hà Nội, ngày 06 tháng 01 năm 2012"): the
# document's own number. Without the colon such a line is a headline citing the document.
SELF_TYPED_LINE_START = regex.compile(r"(?:^|\n)[ \t|*]*$")
# The place and date of issue right after a "Số: …" number: the document's own header, also where a page has
# run the letterhead into one line ("… Hạnh phúc Số: 76/2016/NQ-HĐND Lào Cai, ngày 15 tháng 12 năm 2016 …").
SELF_DATELINE_AFTER = regex.compile(r"[ \t|*]*\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*){0,3}[ \t]*,[ \t]*ngày(?![\p{L}])")
SELF_TYPED_LINE_END = regex.compile(r"[ \t|*]*(?:\n|$|\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*){0,3}[ \t]*,[ \t]*ngày(?![\p{L}]))")

# Short-form aliases: "(sau đây gọi tắt là Nghị quyết 35)", "… phê duyệt Đề án … (Đề án 06)".
_ALIAS_WORDS = r"(?:sau đây\s+)?(?:gọi|viết)\s+tắt"
ALIAS_PATTERN = regex.compile(r"(?:" + _ALIAS_WORDS + r"\s+là|\()\s*$", regex.IGNORECASE)
# A parenthesis that gives the mention before it a short name, around that short name: "Nghị quyết 43/2022/QH15
# ("Nghị quyết 43") ngày 11/01/2022", "Nghị định 123/2021/NĐ-CP (gọi tắt: Nghị định 123)". It belongs to the
# mention before it, so the date and issuer written after it are still that mention's.
_ALIAS_QUOTE = r"[\"“”'‘’«»]"
ALIAS_PAREN_OPEN = regex.compile(r"\s*\(\s*(?:" + _ALIAS_WORDS + r"\s*(?:là|:)?\s*)?" + _ALIAS_QUOTE + r"?\s*",
                                 regex.IGNORECASE)
ALIAS_PAREN_CLOSE = regex.compile(r"\s*" + _ALIAS_QUOTE + r"?\s*\)")
# The same parenthesis seen from the short name inside it ("Thực hiện Nghị quyết số 57-NQ/TW … (Nghị quyết số
# 57-NQ/TW), …", "(sau đây gọi tắt là Nghị định 16)"): a restated name cites nothing of its own and takes no relation.
ALIAS_OPEN_BEFORE = regex.compile(r"\(\s*(?:" + _ALIAS_WORDS + r"\s*(?:là|:)?\s*)?" + _ALIAS_QUOTE + r"?\s*$",
                                  regex.IGNORECASE)
# A yes/no question ("Nghị định A có bãi bỏ Nghị định B không?"): the cue after "có" asks whether the act was done and
# states no relation; the sentence ends with "không?" ("chưa?").
QUESTION_CUE_BEFORE = regex.compile(r"(?<![\p{L}])có\s+(?:\p{L}+\s+){0,2}$", regex.IGNORECASE)
QUESTION_END_AFTER = regex.compile(r"[^.!?;\n]*?(?<![\p{L}])(?:không|chưa|hay không)\s*\?", regex.IGNORECASE)

# Plenum and congress references without a number.
_ORD = "|".join(sorted(ORDINALS, key=len, reverse=True))
_CENTRAL = r"(?:Trung ương|trung ương|TW|TƯ)"
PLENUM_PATTERN = regex.compile(
    r"(?<![\p{L}])(?:(?:Nghị quyết|Kết luận|Quy định|Kết luận, Quy định|Kết luận và Quy định)\s+|(?<![\d/-])NQ\s*)(?:của\s+)?"
    r"(?:(?:Hội nghị\s+)?" + _CENTRAL + r"\s*(?P<n1>\d{1,2})(?![\d/-])"
    r"|Hội nghị\s+(?:lần\s+thứ\s+(?P<o2>" + _ORD + r"|\d{1,2})|(?P<n3>\d{1,2}))\s+Ban\s+[Cc]hấp\s+hành\s+"
    + _CENTRAL + r"(?:\s+Đảng)?"
    r"|Hội nghị\s+" + _CENTRAL + r"\s+lần\s+thứ\s+(?P<o4>" + _ORD + r"|\d{1,2}))"
    r"(?:\s*,?\s*\(?\s*" + loose("khóa") + r"\s+(?P<term>[IVXL]{1,6})(?:\s*\))?)?",
    regex.V0)
CONGRESS_PATTERN = regex.compile(
    r"(?<![\p{L}])Nghị quyết\s+Đại hội\s+(?:(?:đại biểu\s+)?(?:toàn quốc\s+)?(?:lần\s+thứ\s+)?)"
    r"(?P<term>[IVXL]{1,6})(?![\p{L}])(?:\s+của\s+Đảng)?", regex.V0)
# A congress named in full ("Đại hội đại biểu toàn quốc lần thứ XI của Đảng"): one word between a cue and the
# document it governs, as a body's name is ("căn cứ Điều lệ Đảng được thông qua tại Đại hội … lần thứ XI, Quy định …").
CONGRESS_NAME = regex.compile(r"(?<![\p{L}])Đại hội(?:\s+đại biểu)?(?:\s+toàn quốc)?\s+lần\s+thứ\s+[IVXL]{1,6}(?![\p{L}])"
                              r"(?:\s+của\s+Đảng)?", regex.V0)


# --- phrases around a mention: clause breaks, dates, issuers, titles, lists ---------------------------

# A law's name printed before its number: "Luật Thư viện số 46/2019/QH14", "Bộ luật Lao động số …", "Luật sửa đổi, bổ sung một số điều
# của Luật Ban hành văn bản quy phạm pháp luật số 63/2020/QH14" (an amending law's name holds the amended one's),
# an ordinance of the Standing Committee the same way ("Pháp lệnh Thư viện số …/UBTVQH…").
LAW_NAME_BEFORE = regex.compile(r"(?<![\p{L}])(?P<head>Bộ luật|Luật|Pháp lệnh)(?:[ \t]+[\p{L}\d,&-]+){1,30}?[ \t]+$")
# The head of an amending law's (or ordinance's) name, up to the one it amends: "Luật sửa đổi, bổ sung một số điều
# của ", "Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh …" (Luật Ban hành VBQPPL 2015, Điều 4 khoản 2, 3).
AMENDING_LAW = regex.compile(r"(?:Bộ luật|Luật|Pháp lệnh)[ \t]+(?:sửa đổi|bổ sung)[\p{L}\d, \t-]*?[ \t]của[ \t]+")
# A law named before another with "và" ("Luật Tổ chức Chính phủ và "): inside an amending law's name.
JOINED_LAW = regex.compile(r"(?:Bộ luật|Luật)[\p{L}\d, \t-]*?[ \t]và[ \t]+")
# A line that is only a date (and maybe a weekday and a time): a page's dateline, never a mention's date.
DATELINE = (r"(?:(?i:Thứ[ \t]+\p{L}+|Chủ[ \t]+nhật)[ \t]*,?[ \t]*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
            r"(?:[ \t,|-]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*(?:GMT|UTC)?[+-]\d{1,2})?)?[ \t]*(?:\n|$)")
# Where a clause ends: a sentence, a blank line, a list item, a dateline, a table cell, a line that opens with a
# label ("Văn bản bị thay thế: …", "Số hiệu: …" in a legal database's rows), a line that opens with a date and a
# capitalised word (a row of a legal database's history of a document: "01/08/2015 Văn bản hết hiệu lực …"; not a
# date wrapped after "ngày"). The dot of a city's or town's abbreviation before its name ("UBND TP. Hà Nội",
# "TX. Sơn Tây") ends nothing, nor does the dot of a date printed with a space before its year ("ngày 1.11. 2011").
# The blank line after a document's type heading ("HƯỚNG DẪN", alone on its line in capitals, as the layout of Nghị
# định 30/2020/NĐ-CP, Phụ lục I, sets the type name over the summary) ends nothing: the summary under it goes on the
# type name ("HƯỚNG DẪN⏎⏎THỰC HIỆN MỘT SỐ ĐIỀU CỦA QUY ĐỊNH SỐ 30-QĐ/TW" guides what it names).
TYPE_HEADING_LINE = (r"(?:^|\n)[ \t]*(?:" + "|".join(w.upper().replace(" ", r"[ \t]+") for w in _HEAD_TYPE_WORDS)
                     + r")[ \t]*")
# A site's publication stamp before the text ("date 2026-01-25 Tổng Bí thư vừa ký ban hành Chỉ thị số 01 …") ends a
# clause: it dates the page, not what the sentence after it issues (loaders.document reads it as the page's date).
SITE_STAMP = r"(?<![\p{L}])date[ \t]+\d{4}-\d{2}(?:-\d{2})?(?![\d-])"
# A blank line before a line that opens in lower case is a wrapped line, not a new paragraph ("… Nghị định số 22/CP⏎⏎ngày
# 17/4/1996 của Chính phủ …" in a page's title block): no break.
# A line that ends with a function word ("của", "và", "các" …) is wrapped: the next line goes on with it, so a
# capitalised word and a colon there ("Căn cứ các Nghị định của⏎Chính phủ: số …") is no label row of its own.
_WRAPPED_AFTER = r"(?<!(?<![\p{L}])(?:" + "|".join(sorted(function_words(), key=len, reverse=True)) + r")[ \t]*)"
CLAUSE_BREAK = regex.compile(SITE_STAMP + r"|(?<!(?<![\p{L}])(?:TP|Tp|TX|Tx))\.(?=\s)(?!(?<=(?<![\d.])\d{1,2}\.\d{1,2}\.)[ \t]*(?:19|20)\d\d(?!\d))|[!?](?=\s)"
                             r"|(?<!" + TYPE_HEADING_LINE + r")\n\s*\n(?!\s*\p{Ll})|\n(?=[ \t]*(?:[-•*+]|\d{1,2}[.)]\s|\d{1,2}\p{Lu}))|\|"
                             r"|\n(?=[ \t]*" + DATELINE + r")|" + _WRAPPED_AFTER + r"\n(?=[ \t]*\p{Lu}[\p{L} ]{0,40}?:[ \t])"
                             r"|(?<!" + tone_free("ngày") + r"[ \t]*)\n(?=[ \t]*\d{1,2}/\d{1,2}/\d{4}[ \t]+\p{Lu})")
# Footnote marks and brackets skipped after a mention: "26-NQ/TW(1)", "27-NQ/TW[2]".
FOOTNOTE = regex.compile(r"\[\d{1,3}\]|\(\d{1,3}\)|[()]")
# A council's term glued to its resolution's symbol, as older provincial texts print it ("…/NQ.HĐND.K7": khóa
# VII): skipped like a footnote, so that the date after it is the mention's.
COUNCIL_TERM_SUFFIX = regex.compile(r"[.\-]K\d{1,2}(?![\p{L}\d])")
# What introduces the issuer after a mention: "của", "do", "of the", or a role ("Bộ trưởng Bộ …").
ISSUER_OF = regex.compile(toneless(r"(?:của|do|of(?:\s+the)?)\s+(?:" + ROLE_PREFIX + r")?|" + ROLE_PREFIX))  # toneless
# A passive that names the issuer before its verb of issuing: "…, được Bộ Chính trị ban hành ngày …".
ISSUED_BY = regex.compile(toneless(r"được\s+"))  # toneless
# What introduces the issue date after a mention: "ngày", "ban hành ngày", "ký ngày", "dated".
# After a comma, a date that a subject and its verb follow opens a clause of its own ("Thực hiện Kết luận số 21-KL/TW
# của Hội nghị Trung ương 4, ngày 20/3/2023 Đảng ủy đã tổ chức kiểm điểm"): the day of that clause, not the issue date.
DATE_OPENS_CLAUSE = regex.compile(r"[\s,]*\p{Lu}\p{L}*(?:\s+\p{L}+){0,5}?\s+(?:đã|sẽ|đang|vừa|tổ chức|tiến hành)(?![\p{L}])")
# In English, "of" or "on" before a month's name and a day ("Resolution No. 35/NQ-CP of May 16, 2016").
DATE_LEAD = regex.compile(r"(?i:(?:(?:được\s+)?(?:ban hành|ký)\s+)?(?:(?:vào\s+)?ngày|" + tone_free("ngày")
                          + r"(?=\s*\d)|dated|(?:of|on)(?=\s+(?:" + MONTH_EN + r")\s+\d)))\s*")
# ("ngay 5/3", a garbled "ngàỷ 19/5/2018")
# An English date printed before the document it dates ("the March 18, 2002 Resolution No. 13-NQ/TW").
ENGLISH_DATE_BEFORE = regex.compile(r"(?i:" + MONTH_EN + r")\s+\d{1,2},?\s+\d{4}\s+$")
# Verbs of issuing that may stand between a mention and its date or issuer.
ISSUED = regex.compile(r"(?:đã\s+|được\s+)?(?:ban hành|ký ban hành|thông qua|ký)(?![\p{L}])")
# The year a document was issued, printed after it ("Quyết định 119/QĐ-UBND năm 2009", "Chỉ thị 05-CT/TW tháng
# 5/2016"): no date, passed over.
YEAR_OF_ISSUE = regex.compile(r"(?i:năm|tháng\s+\d{1,2}\s*(?:/|-|,?\s+năm))\s*(?:19|20)\d\d(?![\d/-])")
# Party organs formed inside another body and named with it ("Ban cán sự đảng UBND tỉnh Nam Định", "Đảng đoàn
# HĐND tỉnh", "Đảng đoàn Quốc hội"): the host's name, and its province, belong to the issuer's name.
HOSTED_PARTY_ORGANS = frozenset({"BCSĐ", "BCS", "ĐĐ"})
# A province right after an issuer: "Tỉnh ủy Quảng Trị", "UBND tỉnh Yên Bái", "UBND TP. Hà Nội".
PROVINCE_AFTER = regex.compile(r"\s+(?:tỉnh\s+|thành phố\s+|(?:TP|Tp)\.\s*)?(?P<name>\p{Lu}\p{L}*(?:[ -]+\p{Lu}\p{L}*){0,3})")
# A title after a mention: 'về …', 'về việc …', '“về …”', 'V/v …'.
# Verbs that, after "và", start a new action of the citing text rather than continue a title
# ("Nghị quyết số 02-NQ/TU về chuyển đổi số … và chuẩn bị triển khai Nghị quyết …").
TITLE_BREAK_VERBS = ("chuẩn bị", "triển khai", "tổ chức", "quán triệt", "học tập", "sơ kết", "tổng kết",
                     "đã", "sẽ", "đang", "yêu cầu", "đề nghị", "chỉ đạo")
# The title also ends where the document's date and issuer follow it ("… về đột phá … ngày 22/12/2024 của Bộ …").
DATE_AND_ISSUER_AFTER_TITLE = r",?\s+(?:ban hành\s+)?ngày\s+\d[\d/.\- tháng năm]{3,25}\s*,?\s*của\s"
# … or where a verb of issuing dates it, issuer or not ("Nghị quyết số 21-NQ/TW về công tác dân số trong tình hình
# mới ban hành ngày 25/10/2017 đã xác định …", "… được ký ngày 3/5/2021"): "ban hành ngày" is the issue date.
ISSUED_DATE_AFTER_TITLE = r",?\s+(?:được\s+)?(?:ban hành|ký(?:\s+ban hành)?)\s+(?:vào\s+)?ngày\s+\d[\d/.\- tháng năm]{3,25}"
DATE_ISSUER_AFTER = regex.compile(r"(?=" + DATE_AND_ISSUER_AFTER_TITLE + "|" + ISSUED_DATE_AFTER_TITLE + r")"
                                  r",?\s+(?:được\s+)?(?:(?:ban hành|ký(?:\s+ban hành)?)\s+)?(?:vào\s+)?ngày\s+")
# A title may follow a dash and the type word again, as pages print it ("Chỉ thị 16/CT-TTg – Chỉ thị Về thực hiện …").
_TITLE_APPOSITION = (r"[–—-]\s*(?:" + "|".join(w[:1].upper() + w[1:].replace(" ", r"\s+") for w in _HEAD_TYPE_WORDS)
                     + r")\s+[Vv]ề\s+(?:việc\s+)?")
TITLE_AFTER = regex.compile(r"\s*,?\s*(?:" + _TITLE_APPOSITION + r"|[\"“]?\s*(?:về\s+(?:việc\s+)?|V/v\s+))[\"“”']?"
                            r"(?P<title>[^;\n\"“”]{3,200}?)"
                            r"[\"“”]?(?=[;.\n(]|\s*$|[\"”]|,?\s+và\s+(?:" + "|".join(TITLE_BREAK_VERBS) + r")(?![\p{L}])"
                            r"|" + DATE_AND_ISSUER_AFTER_TITLE + "|" + ISSUED_DATE_AFTER_TITLE + ")")
# "… đã ban hành" right before a mention: a date and issuer earlier in the clause are the mention's.
# ("UBND tỉnh có Công văn số …", "Ban Chấp hành Trung ương đã ra Thông báo …": the body named right before "có"
# or "ra" issued it; "đề ra", "kiểm tra" name none)
# A comma or "và" that brings the next numbered document of a list, ending the title before it
# ("Nghị quyết số 12-NQ/TW về …, đáp ứng yêu cầu …, Kế hoạch số 118-KH/…", "… sắp xếp tổ chức bộ máy … và Nghị quyết
# số 37-NQ/TW").
NEXT_ITEM = regex.compile(r"(?:,\s*|\s+(?:và|hoặc)\s+)\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,3}\s+(?:số\s*:?\s*)?\d")
NEXT_ITEM_JOINER = regex.compile(r",|\s(?:và|hoặc)\s")
# In English: "(On May 16, 2016, the Government) adopted / issued / promulgated (the) Resolution …"; garbled
# diacritics too ("ký bân hành").
ISSUED_BEFORE = regex.compile(r"(?:đã\s+|vừa\s+)?(?:ký(?:\s+" + loose("ban hành") + r")?|" + loose("ban hành") + r"|"
                              + loose("thông qua") + r"|(?P<has>có|(?<![\p{L}])ra)"
                              r"|(?<![\p{L}])" + ISSUED_EN + r"(?:\s+the)?(?:\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}['’]s)?)"
                              r"\s*$", regex.IGNORECASE)  # "signed and issued the Secretariat’s Directive …"
# A cue in a cited document's title whose object a comma closes before the next item of the outer list ("Căn cứ
# Nghị định A … quy định cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia, Nghị định B …"): the
# object is the title's, and B is the list's next item.
# Not an article of the document after the comma ("sửa đổi, bổ sung Khoản 2 Mục III Phần I, Thông tư số 04 …").
TITLE_OBJECT_THEN_ITEM = regex.compile(r"\s+(?!(?:một\s+số|các)\s+(?:điểm|khoản|điều)(?![\p{L}])|(?:điểm|khoản|điều|mục|phần|chương"
                                       r"|phụ\s+lục)\s+(?:\d|[IVXLC]+(?![\p{L}])|[a-zđ](?![\p{L}])))[^\s,;][^;]*?,\s*$",
                                       regex.IGNORECASE)
# Some articles of one document ("sửa đổi, bổ sung một số điều của Nghị định A ngày …, Chỉ thị B …"): what an
# amending title names, alone; the next item is the outer list's.
ARTICLES_OF = regex.compile(r"(?<![\p{L}])một\s+số\s+(?:điều|nội\s+dung)\s+(?:của\s+)?$", regex.IGNORECASE)
# Items of one list: "A và B", "A, B".
# A list announced by a plural head that names the issuer of all its items: "4 nghị quyết của Bộ Chính trị (gồm:
# Nghị quyết 57, …)", "các kết luận của Ban Bí thư: Kết luận số 12, …". LIST_HEAD_BEFORE ends where the issuer's
# name starts; LIST_HEAD_OPEN stands between the issuer's name (and its term, or "ban hành") and the first item
# ("4 nghị quyết do Bộ Chính trị ban hành - gồm Nghị quyết 66, …").
LIST_HEAD_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:các|những|\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?P<tw>\p{L}+\s+\p{L}+)"
    r"(?:\s+quan\s+trọng)?\s+(?:mới\s+)?(?:do\s+|của\s+)$", regex.IGNORECASE)
LIST_HEAD_OPEN = regex.compile(r"(?:\s*\(?\s*(?:khóa|khoá)\s+[IVXLivxl]+\)?)?(?:\s+ban\s+hành)?\s*-?\s*(?:\(\s*(?:(?:bao\s+)?gồm|là)?\s*:?"
                               r"|:|,?\s*(?:bao\s+)?gồm\s*:?)\s*$", regex.IGNORECASE)
LIST_JOIN = regex.compile(ITEM_SUBJECT + r"[\s,]*(?:(?:và|hoặc|and)\s+)?")
LIST_ITEM_JOIN = regex.compile(ITEM_SUBJECT + r"[\s,;]*(?:(?:và|hoặc|and)\s+)?")  # also ";" between the items of a headed list
# Text that ends with a list connector: "A và theo B" is a list, not B in A's title.
ENDS_WITH_CONNECTOR = regex.compile(r"(?<![\p{L}])(?:và|cùng|hoặc|cũng như|với|and|or)\s*$|[,;(]\s*$")
# A body's name and its verb of issuing, the name's own words between ("Ban Bí thư Trung ương Đảng đã ban hành "):
# an alias later in the sentence names the document it issued.
ISSUED_AFTER_NAME = regex.compile(r"(?:\s+\p{L}+){0,4}?\s+(?:đã\s+|vừa\s+)?(?:ký\s+)?ban\s+hành(?![\p{L}])")
# "Thủ tướng … ban hành quyết định phê duyệt Đề án … (gọi tắt là Đề án 89)": the alias is that decision.
APPROVED_BY_DECISION = regex.compile(r"(?i)quyết định\s+(?:số\s+)?(?:phê duyệt|ban hành)")
# The letterhead of a provincial Party committee (its "TƯ" means TU).
PROVINCIAL_LETTERHEAD = regex.compile(r"(?:TỈNH|THÀNH)\s+(?:ỦY|UỶ)|ĐẢNG BỘ TỈNH")


# Type codes printed as a whole symbol with no issuer: the joint circulars of ministries before 1996 ("Thông tư liên
# bộ số 09/TTLB"), whose issuers are named in words only.
WHOLE_SYMBOL_TYPES = ("TTLB",)
# Issuer codes of bodies named by a number ("Ban Chỉ đạo 389", "Ban Chỉ đạo 35"): digits glued to them belong to
# the code ("…/BCĐ389"), they are no footnote mark.
NUMBERED_ISSUERS = ("BCĐ",)
# A capitalised word, not a code: codes carry no vowel with a diacritic ("KẾ HOẠCH 5 NĂM (2021 - 2025)" is
# no plan numbered 5/NĂM); the printed TƯ of the Centre is the one exception.
CAPITALISED_WORD = regex.compile(r"(?!TƯ$)\p{Lu}*[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]\p{Lu}*")
# Words printed glued to the end of a symbol, in capitals or in lower case ("60-KL/TWCỦA BỘ CHÍNH TRỊ",
# "70-TB/TWngày 06/01/2012"): not part of its code.
GLUED_AFTER_CODE = ("CỦA", "VỀ", "NGÀY", "DO", "VÀ", "TẠI", "NĂM", "THEO")
# Legislature issuers: their year-less symbols always carry the type code (873/NQ-UBTVQH15); with a year
# they carry none (1211/2016/UBTVQH13, 59/2020/QH14).
LEGISLATURE = regex.compile(r"(?:QH|UBTVQH)\d{1,2}")


# How alike a printed issuer code unknown to the tables and the code of the issuer named in words must be
# for the printed one to be a misspelling (difflib ratio: BGĐT/BGDĐT 0.89, SYT/STP 0.67).
MISSPELT_CODE_LIKENESS = 0.75


@cache
def expand_truncated(code: str) -> str:
    """A State issuer code cut short ('BGD' in a file name '10_2016_BGD') → the one known code it starts,
    else the code as given."""
    if len(code) < 3 or code.upper() in CANONICAL_CODES:
        return code
    matches = {c for c in STATE_ISSUERS if c.upper().startswith(code.upper())}
    return matches.pop() if len(matches) == 1 else code


# --- catalogue facts used by the grammar ------------------------------------------------------------

CATALOGUE = Path(__file__).resolve().parent / "data" / "central-documents.tsv"


@cache
def _central_titles() -> dict[str, list[frozenset[str]]]:
    """Symbol → the title words (folded) of each central document the catalogue lists with it."""
    if not CATALOGUE.exists():
        return {}
    out: dict[str, list[frozenset[str]]] = {}
    with CATALOGUE.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            words = frozenset(_TITLE_WORD.findall(fold(row["title"] or "")))
            if len(words) >= TITLE_WORDS_AT_LEAST:
                out.setdefault(row["symbol"], []).append(words)
    return out


_TITLE_WORD = re.compile(r"[a-z0-9]+")
# A number-only mention names a central document by its title when the title after it holds at least this
# many of the catalogue title's words, and this share of them ("Nghị quyết 68 về phát triển kinh tế tư nhân").
TITLE_WORDS_AT_LEAST = 3
TITLE_SHARE_AT_LEAST = 0.8
# Or when the title after it opens with this many words in a row that are all the catalogue title's (a long title
# cited by its start, the sentence going on after it: "Nghị quyết 26 về tập trung xây dựng đội ngũ cán bộ các cấp, …").
TITLE_RUN_AT_LEAST = 6


def _leading_run(ordered: list[str], known: frozenset[str]) -> int:
    """How many of the words `ordered` opens with are all in `known`."""
    n = 0
    while n < len(ordered) and ordered[n] in known:
        n += 1
    return n


def central_symbol_titled(number: str, party_type: str, title: str) -> str | None:
    """The central symbol (N-TYPE/TW, or N-QĐi/TW) of the one catalogued document of that number and type whose
    title the mention's title ("về …") repeats; None when none or several fit."""
    ordered = _TITLE_WORD.findall(fold(title))
    words = set(ordered)
    types = (party_type, "QĐi") if party_type == "QĐ" else (party_type,)
    fits = {symbol for t in types for symbol in [f"{number}-{t}/TW"]
            for known in _central_titles().get(symbol, [])
            if len(known & words) >= max(TITLE_WORDS_AT_LEAST, TITLE_SHARE_AT_LEAST * len(known))
            or _leading_run(ordered, known) >= TITLE_RUN_AT_LEAST}
    return fits.pop() if len(fits) == 1 else None


@cache
def _central_plenums() -> dict[tuple[str, int, str], frozenset[str]]:
    """(number, plenum, term) → the central symbols the catalogue lists for a document of that plenum."""
    if not CATALOGUE.exists():
        return {}
    out: dict[tuple[str, int, str], set[str]] = {}
    with CATALOGUE.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if (row.get("plenum") or "").isdigit() and row.get("term"):
                out.setdefault((row["number"], int(row["plenum"]), row["term"]), set()).add(row["symbol"])
    return {k: frozenset(v) for k, v in out.items()}


def central_symbol_of_plenum(number: str, party_type: str, plenum: int, term: str) -> str | None:
    """The central symbol of the one catalogued document of that number and type a plenum of that term issued."""
    types = (party_type, "QĐi") if party_type == "QĐ" else (party_type,)
    fits = {f"{number}-{t}/TW" for t in types} & _central_plenums().get((number, plenum, term), frozenset())
    return fits.pop() if len(fits) == 1 else None


@cache
def central_quy_dinh_qdi() -> frozenset[str]:
    """Numbers of central Quy định printed N-QĐi/TW (a short series of term XII) and never N-QĐ/TW."""
    if not CATALOGUE.exists():
        return frozenset()
    with CATALOGUE.open(encoding="utf-8") as f:
        symbols = {row["symbol"] for row in csv.DictReader(f, delimiter="\t")}
    qdi = {s.split("-")[0] for s in symbols if s.endswith("-QĐi/TW")}
    qd = {s.split("-")[0] for s in symbols if s.endswith("-QĐ/TW")}
    return frozenset(qdi - qd)
