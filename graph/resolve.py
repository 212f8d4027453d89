"""Identity resolution: which document does each mention mean.

`annotate(extraction)` fills `key` and `resolved_date` of every reference from that document and the
catalogue alone (the `extract` contract); `explain(extraction)` also says why, mention by mention.
`resolve_references(extractions, store=...)` does the same over a whole batch and what the store already
holds; `graph.build` then turns the resolved batch into graph rows.

A full date stated at the mention (or `cùng ngày` after a dated one) names the document outright. Else
the candidates are the documents known with that symbol (the catalogue, dates this text prints for it,
the batch, the store), less those issued after the citing document, plus "a document nobody here knows".
Each thing the text says is a clue that fits some candidates: another mention's date or term, the day and
month, the term, the plenum, a year, the years of implementation a review counts back from the citing date
("sau 10 năm thực hiện"), rare title words after the mention, title words in its own sentence, the issuing
body, the type word, and the one term of the central bodies the text names away from its mentions
(WEIGHTS). Clues are read from what the extractor found and from the words around the mention with
diacritics folded, so garbled ones (`khỏá XÍĨ`, `Bãn Bí thư`) count. The candidate with the most weight wins; a tie between
candidates that different clues support is a conflict; candidates no clue tells apart go to the latest
issued before the citing document. A conflict, an unknown document, or nothing to go on gives a stub
with an unknown year (`35-NQ/TW@unknown`), never a guess.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import re
from dataclasses import dataclass, field, replace

from graph.catalogue import Catalogue, CatalogueEntry, default_catalogue, symbol_key, term_of, word_pairs
from graph.model import UNKNOWN, DocumentNode, Redirect, article_key, document_key
from graph.model import text_hash as normalised_text_hash
from graph.store import Store
from loaders.dates import find_dates
from loaders.gazetteer import canonical_province, find_provinces
from loaders.grammar import CLAUSE_BREAK, ORDINALS, PARTY_TYPES, STATE_ISSUERS, STATE_TYPES, symbol_level
from loaders.model import Extraction, Reference
from loaders.text import fold, slug

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# "… về …": the title of the mention before opens between it and the next; a clause break or ";" ends it.
IN_TITLE = re.compile(r"(?<!\w)về(?!\w)", re.IGNORECASE)
# "… 19-NQ/TW cùng ngày", "… (ban hành cùng ngày)": the date of the mention before the mention (or list).
SAME_DAY = re.compile(r"[\s,(]*(?:(?:được\s+)?(?:ban hành|ký)\s+)?cùng ngày\b", re.IGNORECASE)
# What joins the items of a list of mentions: "18-NQ/TW, 19-NQ/TW", "… và các Nghị quyết số …".
LIST_GAP = re.compile(r"[\s,;]*(?:(?:và|cùng|hoặc)\s+)?(?:các\s+)?", re.IGNORECASE)
MONTH_DAY = re.compile(r"--(\d{2}-\d{2})")
STATE_WITH_YEAR = re.compile(r"\d+[a-zA-Z]?/(\d{4})/(.+)")
STATE_WITHOUT_YEAR = re.compile(r"\d+[a-zA-Z]?/([^/]+)")
PARTY = re.compile(r"\d+[a-zA-Z]?-([^/]+)/(.+)")
KIND_BY_TYPE = {
    "NQ": "resolution", "KL": "conclusion", "CT": "directive", "QĐi": "regulation", "QĐ": "decision",
    "QyĐ": "regulation", "QC": "rules", "TT": "circular", "TTLT": "circular", "HD": "guidance",
    "BC": "report", "KH": "plan", "CTr": "programme", "TB": "notice", "TC": "communique",
    "TTr": "submission", "ĐA": "scheme", "PA": "plan", "BB": "minutes", "CV": "letter", "NĐ": "decree",
    "CĐ": "dispatch", "L": "law",
}
# The type word a mention starts with says the kind better than the symbol's code ("Nghị quyết số
# 1210/2016/UBTVQH13" is a resolution whatever its code).
KIND_BY_WORDS = (
    ("nghi quyet", "resolution"), ("ket luan", "conclusion"), ("chi thi", "directive"),
    ("quy dinh", "regulation"), ("quyet dinh", "decision"), ("nghi dinh", "decree"), ("luat", "law"),
    ("thong tu", "circular"), ("huong dan", "guidance"), ("ke hoach", "plan"), ("chuong trinh", "programme"),
    ("cong van", "letter"), ("to trinh", "submission"), ("thong bao", "notice"), ("thong tri", "notice"),
    ("bao cao", "report"), ("de an", "scheme"), ("quy che", "rules"), ("phap lenh", "ordinance"),
    ("cong dien", "dispatch"),
)
KIND_BY_CATALOGUE_TYPE = {
    "Nghị quyết": "resolution", "Kết luận": "conclusion", "Chỉ thị": "directive", "Quy định": "regulation",
    "Quyết định": "decision", "Thông báo": "notice", "Hướng dẫn": "guidance",
}


# ---------------------------------------------------------------- symbols and places


@dataclass(frozen=True)
class SymbolShape:
    """What a canonical symbol says by its shape."""

    family: str  # party | state
    scope: str | None  # issuer part: TW, TU, CP, UBND, QH14 ...
    year: int | None  # state symbols with a year
    local: bool  # the same symbol exists in every province
    maybe_local: bool = False  # BCSĐ, ĐĐ: local only when a locality is named


@functools.lru_cache(maxsize=1 << 16)
def symbol_shape(symbol: str) -> SymbolShape:
    """Family, scope, printed year and locality need of a canonical symbol."""
    if m := PARTY.fullmatch(symbol):
        scope = m.group(2)
        level = symbol_level(symbol)
        return SymbolShape("party", scope, None, local=level == "local", maybe_local=level == "either")
    if m := STATE_WITH_YEAR.fullmatch(symbol):
        rest = m.group(2)
        parts = rest.split("-")
        return SymbolShape("state", "-".join(parts[1:]) or rest, int(m.group(1)), *_state_locality(symbol, parts))
    if m := STATE_WITHOUT_YEAR.fullmatch(symbol):
        parts = m.group(1).split("-")
        return SymbolShape("state", "-".join(parts[1:]) or parts[0], None, *_state_locality(symbol, parts))
    return SymbolShape("state", None, None, local=False)


CENTRAL_STATE_CODE = re.compile(r"(?:UBTV)?QH\d*")


def _state_locality(symbol: str, codes: list[str]) -> tuple[bool, bool]:
    """(local, maybe_local) of a State symbol: a provincial issuer (grammar.symbol_level: UBND, HĐND, a
    department `S…` such as SYT or SDL) makes it local; issuers that no table knows, or that are local only
    with a province ('either'), make it local when the text names its province (`maybe_local`); a known
    central issuer (CP, TTg, a ministry, QH14) keeps it national."""
    level = symbol_level(symbol)
    if level == "local":
        return True, False
    issuers = [c for c in codes if c not in STATE_TYPES and c not in PARTY_TYPES]
    known = any(c in STATE_ISSUERS or CENTRAL_STATE_CODE.fullmatch(c) for c in issuers)
    return False, level == "either" or (bool(issuers) and not known)


def type_code(symbol: str) -> str | None:
    """The type code of a canonical symbol: NQ in 35-NQ/TW, NĐ in 15/2020/NĐ-CP, QĐ in 749/QĐ-TTg."""
    if m := PARTY.fullmatch(symbol):
        return m.group(1)
    m = STATE_WITH_YEAR.fullmatch(symbol) or STATE_WITHOUT_YEAR.fullmatch(symbol)
    return m.group(m.lastindex).split("-")[0] if m else None


@functools.lru_cache(maxsize=1 << 14)
def kind_of(surface: str | None, doc_type: str | None, symbol: str | None) -> str | None:
    """resolution / decree / plan ...: from the mention's type word, else the type code."""
    words = fold(surface or "")
    for start, kind in KIND_BY_WORDS:
        if words.startswith(start):
            return kind
    return KIND_BY_TYPE.get(doc_type or "") or KIND_BY_TYPE.get(type_code(symbol or "") or "")


@functools.lru_cache(maxsize=1 << 14)
def place(name: str | None) -> str | None:
    """The gazetteer's name of a province, or the name as given; None for nothing."""
    if not name or not name.strip():
        return None
    return canonical_province(name) or name.strip()


def year_of(iso: str | None) -> int | None:
    return int(iso[:4]) if iso and ISO_DATE.fullmatch(iso) else None


def key_for(symbol: str, year: int | None, locality: str | None) -> str:
    """The graph key of a numbered document (design.md): local symbols carry their province; a year
    nobody can tell, or a local symbol with no known province, gives an `unknown` stub key."""
    shape = symbol_shape(symbol)
    local = shape.local or (shape.maybe_local and bool(locality))
    if local and not locality:
        return document_key(symbol, None)
    scope = locality if local else None
    if shape.year:
        return f"{symbol}@{slug(scope)}" if scope else symbol
    return document_key(symbol, year, scope)


# ---------------------------------------------------------------- evidence


@dataclass(frozen=True)
class Known:
    """A dated document known from elsewhere: another file of the batch, or the store."""

    symbol: str
    date: str | None
    year: int
    locality: str | None


#: dated documents known from the batch and the store, by (symbol_key, slug of their province), oldest first
KnownByPlace = dict[tuple[str, str | None], list[Known]]


@dataclass
class Resolution:
    """The document a mention means: its key, its issue date when known, and why."""

    key: str
    date: str | None
    evidence: str = ""


def citing_date(extraction: Extraction) -> tuple[str | None, bool]:
    """The citing document's date and whether it is its own (else the latest full date in its text,
    a lower bound of its own)."""
    meta = extraction.metadata or {}
    cited = {r.date for r in extraction.references if r.date and ISO_DATE.fullmatch(r.date)}
    for value in (extraction.document.date, meta.get("date"), meta.get("published")):
        if isinstance(value, str) and ISO_DATE.fullmatch(value[:10]):
            # A document cannot predate one it cites: such an own date is wrong; and one equal to a cited
            # document's date is most likely that document's date taken for the citing one's.
            if not cited or max(cited) < value[:10]:
                return value[:10], True
    full = [d.iso for d in find_dates(extraction.text or "") if d.full]
    return (max(full) if full else None), False


def document_locality(extraction: Extraction) -> str | None:
    return place(extraction.document.locality or (extraction.metadata or {}).get("locality"))


def reference_locality(ref: Reference, extraction: Extraction) -> str | None:
    """The province of a reference: its own scope locality, else the citing document's."""
    if not ref.symbol:
        return None
    shape = symbol_shape(ref.symbol)
    if shape.local:
        return place(ref.scope_locality) or _named_province(ref.issuer) or document_locality(extraction)
    if shape.maybe_local:
        return place(ref.scope_locality) or _named_province(ref.issuer)
    return None


@functools.lru_cache(maxsize=1 << 14)
def _named_province(issuer: str | None) -> str | None:
    """The province an issuer names ("Tỉnh ủy Hà Tĩnh", "UBND tỉnh Tây Ninh"), if one."""
    found = find_provinces(issuer) if issuer else []
    return found[0][2] if found else None


# ---------------------------------------------------------------- what the words around a mention say

# The central body an issuer's words name, diacritics folded ("Bãn Chấp hành Trùng ương" too).
CENTRAL_BODIES = (("bo chinh tri", "Bộ Chính trị"), ("ban bi thu", "Ban Bí thư"),
                  ("ban chap hanh trung uong", "Ban Chấp hành Trung ương"),
                  ("bch trung uong", "Ban Chấp hành Trung ương"), ("bch tw", "Ban Chấp hành Trung ương"),
                  ("bchtw", "Ban Chấp hành Trung ương"), ("hoi nghi trung uong", "Ban Chấp hành Trung ương"),
                  ("hoi nghi lan thu", "Ban Chấp hành Trung ương"),
                  # a translation's names of the three bodies ("the Politburo", "the XIIth Central Committee")
                  ("politburo", "Bộ Chính trị"), ("secretariat", "Ban Bí thư"),
                  ("central committee", "Ban Chấp hành Trung ương"),
                  ("central executive committee", "Ban Chấp hành Trung ương"))
_ORDINALS = {fold(word): n for word, n in ORDINALS.items()}
_WORD = re.compile(r"\w+")
# a translation's name of the Central Committee, folded: "central committee", "central executive committee"
_CENTRAL_COMMITTEE = r"central\s(?:executive\s)?committee"
_NUMBER = r"(?:\d{1,2}|[ivxl]{1,6}|" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + ")"


def _folded_pattern(pattern: str) -> re.Pattern:
    """A pattern over folded text: NUM is a number (12, sáu, VIII), END a word's end."""
    return re.compile(pattern.replace("NUM", _NUMBER).replace("CENTRAL", _CENTRAL_COMMITTEE)
                      .replace("END", r"(?![a-z0-9])"))


PLENUM = _folded_pattern(r"(?:(?:tai|cua)\s)?hoi nghi\s(?:lan thu\s|(?:ban chap hanh\s)?(?:trung uong|tw)\s"
                         r"(?:lan thu\s)?)(?P<n>NUM)END(?:\sban chap hanh trung uong)?")
# What may stand between a mention and its title, diacritics folded, one step at a time; each step's name
# says what it tells ("Nghị quyết số 18-NQ/TW, ngày 16/6 của Ban Chấp hành Trung ương Đảng khóa XIII về …").
TRAILING_STEPS = (
    ("gap", _folded_pattern(r"(?:[\s,;:()\[\]–—-]|\(\d{1,3}\)|\[\d{1,3}\])+")),
    ("date", _folded_pattern(r"(?:(?:da|duoc)\s)?(?:(?:ky\s)?ban hanh\s|ky\s)?(?:vao\s)?ngay\s?"
                             r"(?P<d>\d{1,2})\s?(?:[/.-]|thang)\s?(?P<m>\d{1,2})"
                             r"(?:\s?(?:[/.-]|,?\s?nam)\s?(?P<y>(?:19|20)\d\d))?(?!\d)")),
    ("date", _folded_pattern(r"(?P<d>\d{1,2})\s?[/.-]\s?(?P<m>\d{1,2})\s?[/.-]\s?"
                             r"(?P<y>(?:19|20)\d\d)(?!\d)")),
    ("year", _folded_pattern(r"(?:(?:ky\s)?ban hanh\s)?(?:vao\s)?(?:nam|thang\s?\d{1,2}\s?(?:[/-]|,?\snam))\s?"
                             r"(?P<y>(?:19|20)\d\d)(?!\d)")),  # "năm 2016", "tháng 5/2016"
    ("plenum", PLENUM),
    ("body", _folded_pattern(r"(?P<body>bo chinh tri|ban bi thu|ban chap hanh trung uong"
                             r"|bch\s?(?:trung uong|tw))END")),
    ("term", _folded_pattern(r"khoa\s?\(?\s?(?P<t>[ivxl]{1,6})END\)?")),
    ("filler", _folded_pattern(r"(?:cua|do|dang(?:\scong san viet nam)?|(?:da\s|duoc\s)?(?:ky\s)?"
                               r"(?:ban hanh|thong qua))END")),
    # A translation says the same in English ("Resolution No. 12-NQ/TW of June 3, 2017, of the 5th plenum of the
    # XIIth Central Committee", "… of the 12th Party Central Committee", "(12th tenure)", "term XIII"); its dates
    # are read by the extractor. An ordinal is a term before the word "tenure" or "term" or before a central body,
    # a plenum before "plenum"; pages glue the words ("5thplenum", "XIIthCentral Committee").
    ("plenum", _folded_pattern(r"(?:the\s)?(?P<n>\d{1,2}|[ivxl]{1,6})(?:st|nd|rd|th)\s?plenumEND")),
    ("term", _folded_pattern(r"(?:the\s)?(?:(?P<n>\d{1,2})|(?P<t>[ivxl]{1,6}))(?:st|nd|rd|th)"
                             r"(?:[\s-]?(?:tenure|term)END|(?=\s?(?:party\s)?CENTRAL|\s?politburo"
                             r"|\s?secretariat))")),
    ("term", _folded_pattern(r"(?:tenure|term)\s(?P<t>[ivxl]{1,6})END")),
    ("body", _folded_pattern(r"(?P<body>politburo|secretariat|(?:party\s)?CENTRAL)"
                             r"(?:\sof\sthe\scommunist\sparty\sof\s(?:viet\s?nam))?END")),
    # "… issued in 2012", "… adopted in 2008": the year of issue after a verb of issuing (a bare "in 2023" may be
    # the year of a review); "issued by", "adopted at (the 7th plenum of)": the verb before the body or plenum
    ("year", _folded_pattern(r"(?:issued|adopted|promulgated|signed|approved|passed)\sin\s(?P<y>(?:19|20)\d\d)(?!\d)")),
    ("filler", _folded_pattern(r"(?:(?:issued|adopted|promulgated|signed|approved|passed)\s(?:at|by|of)|of|by)"
                               r"(?:\sthe)?END")),
)


def _one_pattern(steps: tuple[tuple[str, re.Pattern], ...]) -> tuple[re.Pattern, list[tuple[str, dict[str, str]]]]:
    """The steps as one pattern of ordered alternatives, the i-th in group `s<i>` with its groups renamed
    `s<i>_<name>`; and each step's name and its groups (renamed → own name). No step matches the empty string,
    so the first alternative that matches at a position is the first step that does, with the same match."""
    parts, names = [], []
    for i, (name, pattern) in enumerate(steps):
        own = list(pattern.groupindex)
        source = pattern.pattern
        for group in own:
            source = source.replace(f"(?P<{group}>", f"(?P<s{i}_{group}>")
        parts.append(f"(?P<s{i}>{source})")
        names.append((name, {f"s{i}_{group}": group for group in own}))
    return re.compile("|".join(parts)), names


TRAILING, TRAILING_NAMES = _one_pattern(TRAILING_STEPS)

# "Sau 10 năm thực hiện", "tổng kết 20 năm thực hiện", "qua 5 năm triển khai thực hiện" right before a mention,
# diacritics folded: the document was issued that many years before the citing text was written.
ELAPSED = _folded_pattern(r"(?<![a-z0-9])(?P<n>NUM)\s?nam\s(?:qua\s)?(?:(?:trien khai|to chuc)\s)?"
                          r"(?:thuc hien|thi hanh|trien khai)(?:\s(?:viec|cac))?\s?$")
# A term the text names for a central body, anywhere in it, diacritics folded: "Hội nghị Trung ương 6 khóa XII",
# "Ban Chấp hành Trung ương Đảng (khóa XIII)", "Bộ Chính trị khoá XI", and a translation's "12th Central Committee",
# "(12th tenure)", "term XII". A member's title ("Ủy viên Trung ương Đảng khóa XIII", "Bí thư Trung ương Đảng",
# "Ủy viên dự khuyết Ban Chấp hành Trung ương") dates a person, not a document.
TEXT_TERMS = (
    _folded_pattern(r"(?<!uy vien\s)(?<!du khuyet\s)(?<!bi thu\s)(?<!uy vien ban chap hanh\s)(?<!du khuyet ban chap hanh\s)"
                    r"(?:trung uong|bo chinh tri|ban bi thu|bch\s?tw)(?:\s(?:dang|lan thu\s[a-z]+|\d{1,2}))*"
                    r"\s?,?\s?\(?\s?khoa\s?\(?\s?(?P<t>[ivxl]{1,6})END"),
    _folded_pattern(r"(?<![a-z0-9])(?:(?P<n>\d{1,2})|(?P<t>[ivxl]{1,6}))(?:st|nd|rd|th)(?:[\s-]?(?:tenure|term)END"
                    r"|(?=\s?(?:party\s)?CENTRAL|\s?politburo|\s?secretariat))"),
    _folded_pattern(r"(?<![a-z])(?:tenure|term)\s(?P<t>[ivxl]{1,6})END"),
)


def central_terms(folded: str) -> set[str]:
    """The terms (roman numerals) a folded text names for the Party's central bodies."""
    found = set()
    for pattern in TEXT_TERMS:
        for m in pattern.finditer(folded):
            term = (m.groupdict().get("t") or _roman_numeral(m.groupdict().get("n"))).upper()
            if term:
                found.add(term)
    return found


# After a comma and the issuer (or a first date), a date that a subject and its verb follow is the day of a clause of its own
# ("… của Hội nghị Trung ương 4, ngày 20/3/2023 Đảng ủy đã kiểm điểm"); folded twin of grammar.DATE_OPENS_CLAUSE.
DATE_OPENS_CLAUSE = _folded_pattern(r"[\s,]*(?!(?:cua|ve|do|va|tai)END)[a-z]+(?:\s[a-z]+){0,5}?"
                                    r"\s(?:da|se|dang|vua|to chuc|tien hanh)END")
# A number printed with its year and no code ("Kế hoạch 45/2023"): the year of the document's issue.
NUMBER_YEAR = re.compile(r"\d\s?/\s?(?P<y>(?:19|20)\d\d)$")
# What opens a mention's title after its date, issuer and term: "về (việc)", "V/v", a quotation mark.
TITLE_MARK = _folded_pattern(r"[\"“‘'«]?\s?(?:ve(?:\sviec)?|v\s?/\s?v)END|[\"“‘'«]")
ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}
# Words that name bodies, meetings, terms and document types: a pair of them in a title ("Ban Chấp hành
# Trung ương Đảng khóa X" in "tiếp tục thực hiện Nghị quyết … khóa X") names no topic.
INSTITUTION_WORDS = frozenset(
    " ".join(words for words, _ in CENTRAL_BODIES + KIND_BY_WORDS).split()
    + "hoi nghi lan thu khoa dang so ngay thang nam tw bch".split() + list(_ORDINALS))
# Words that join others: a pair with one of them ("về xây") names no topic either.
FUNCTION_WORDS = frozenset("ve va cua cac nhung trong voi cho den la nay tai theo ma thi hoac cung nhu"
                           .split())


def _topic_pairs(pairs: frozenset[tuple[str, str]]) -> frozenset[tuple[str, str]]:
    """The word pairs that may name a topic: no joining word, not two words of bodies, meetings, types
    or numbers."""
    return frozenset(p for p in pairs if p[0] not in FUNCTION_WORDS and p[1] not in FUNCTION_WORDS
                     and (_topic_word(p[0]) or _topic_word(p[1])))


@functools.lru_cache(maxsize=1 << 16)
def _topic_word(word: str) -> bool:
    return word not in INSTITUTION_WORDS and _number(word) is None


def _roman_numeral(digits: str | None) -> str:
    """'12' → 'XII' (a term printed as an English ordinal, "12th tenure"); '' for nothing."""
    n = int(digits) if digits and digits.isdigit() else 0
    out = ""
    for value, numeral in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out += numeral * count
    return out


def _number(word: str) -> int | None:
    """12, 'sáu' (folded 'sau'), 'VIII' → an int."""
    if word.isdigit():
        return int(word)
    if word in _ORDINALS:
        return _ORDINALS[word]
    values = [ROMAN_VALUES[c] for c in word if c in ROMAN_VALUES]
    if not values or len(values) != len(word):
        return None
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


# The congress a title names ("… tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "… ĐHĐB toàn quốc
# lần thứ 13"), diacritics folded, in Roman or Arabic numerals or words: directives that prepare each congress
# share their number across terms ("35-CT/TW" of 2019 and of 2024) and differ only there.
CONGRESS_NAMED = re.compile(r"\b(?:dai hoi|dhdb)(?: dai bieu)?(?: toan quoc)?(?: lan thu)? (\w+)")


def congress_named(folded: str) -> int | None:
    """The number of the congress a folded title names, if one."""
    return next((n for m in CONGRESS_NAMED.finditer(folded) if (n := _number(m.group(1)))), None)


# A Party committee's five-year term ("nhiệm kỳ 2020 - 2025"), diacritics folded: the congresses of that term lead
# up to the national congress held the year after it opens (2015 - 2020 → Đại hội XII of 2016, 2020 - 2025 → XIII of
# 2021, 2025 - 2030 → XIV of 2026). Party terms open in years ending in 0 or 5; a council's (2021 - 2026) does not,
# nor does a branch's two-and-a-half-year term (2025 - 2027).
# A translation says "the 2025 - 2030 term" or "term 2020-2025" ("tenure" too).
PARTY_TERM = re.compile(r"\bnhiem ky (20[0-9][05])\s?[-–]\s?(20[0-9][05])\b"
                        r"|\b(?:term|tenure)(?: of)? (20[0-9][05])\s?[-–]\s?(20[0-9][05])\b"
                        r"|\b(20[0-9][05])\s?[-–]\s?(20[0-9][05])(?:\s|-)(?:term|tenure)\b")
FIRST_CONGRESS_TERM = (13, 2020)  # Đại hội XIII: the Party term 2020 - 2025 leads to it


def congress_of_party_terms(folded: str) -> int | None:
    """The one national congress the Party terms a folded text names lead to, if they agree on one."""
    number, year = FIRST_CONGRESS_TERM
    pairs = [tuple(x for x in groups if x) for groups in PARTY_TERM.findall(folded)]
    found = {number + (int(a) - year) // 5 for a, b in pairs if int(b) == int(a) + 5}
    return found.pop() if len(found) == 1 else None


@functools.lru_cache(maxsize=1 << 12)
def issuer_body(issuer: str | None) -> str | None:
    """Which of the three central bodies an issuer text names, if one (garbled diacritics too)."""
    folded = fold(issuer or "")
    return next((body for words, body in CENTRAL_BODIES if words in folded), None)


@dataclass
class Statement:
    """What the words of one mention say about the document it means: what the extractor found next to
    it, and what a diacritics-blind reading of the words after it adds."""

    date: str | None = None  # a full date: the document is the one issued that day
    month_day: str | None = None  # "06-16" from "ngày 16/6"
    year: int | None = None  # "năm 2022" right after the mention
    term: str | None = None  # "XII"
    plenum: int | None = None  # "Hội nghị Trung ương 6"
    body: str | None = None  # "Bộ Chính trị"
    kind: str | None = None  # resolution / regulation / decision ... from the type word
    title_words: tuple[str, ...] = ()  # the mention's title ("về …" after its date, issuer, term), folded
    elapsed: int | None = None  # "sau 10 năm thực hiện" right before the mention: issued 10 years before the text

    @functools.cached_property
    def congress(self) -> int | None:
        """The congress the mention's title names ("… tiến tới Đại hội … lần thứ XIV")."""
        return next((n for folded in self.title_words if (n := congress_named(folded))), None)

    @functools.cached_property
    def title_pairs(self) -> frozenset[tuple[str, str]]:
        """The words of the mention's title as pairs that may name a topic."""
        pairs = set()
        for folded in self.title_words:
            words = _WORD.findall(folded)
            pairs.update(zip(words, words[1:], strict=False))
        return _topic_pairs(frozenset(pairs))


def read_statement(ref: Reference, text: str, end: int) -> Statement:
    """What the mention and the words after it (up to `end`: the next mention or the clause's end) say:
    its date, body, term, plenum, in any order, then its title when one opens ("về …")."""
    found: dict[str, str] = {}
    words = fold(text[ref.end:end])
    pos = 0
    while pos < len(words):
        m = TRAILING.match(words, pos)  # the first of TRAILING_STEPS that matches here
        if m is None:
            break
        name, groups = TRAILING_NAMES[int(m.lastgroup[1:])]
        if name == "date" and "," in words[max(0, pos - 3):pos] and (ref.issuer or "body.body" in found or "date.d" in found) \
                and DATE_OPENS_CLAUSE.match(words, m.end()):
            break
        for group, own in groups.items():
            if (value := m.group(group)) and f"{name}.{own}" not in found:
                found[f"{name}.{own}"] = value
        pos = m.end()
    month_day = year = None
    if "date.d" in found:
        d, mo = int(found["date.d"]), int(found["date.m"])
        if 1 <= d <= 31 and 1 <= mo <= 12:
            month_day = f"{mo:02d}-{d:02d}"
            year = int(found["date.y"]) if "date.y" in found else None
    stated = ref.date if ref.date and ISO_DATE.fullmatch(ref.date) else None
    if not stated and month_day and year:
        stated = f"{year:04d}-{month_day}"
    if ref.date and (m := MONTH_DAY.fullmatch(ref.date)):
        month_day = m.group(1)
    plenum_word = found.get("plenum.n")
    if not plenum_word and ref.issuer and (m := PLENUM.search(fold(ref.issuer))):
        plenum_word = m.group("n")
    plenum = _number(plenum_word) if plenum_word else None
    body = (issuer_body(ref.issuer) or issuer_body(found.get("body.body"))
            or ("Ban Chấp hành Trung ương" if plenum else None))
    printed_year = found.get("year.y") or ((m := NUMBER_YEAR.search(ref.surface or "")) and m.group("y"))
    since = ELAPSED.search(fold(text[max(0, ref.start - 60):ref.start]))
    return Statement(elapsed=_number(since.group("n")) if since else None,
                     date=stated, month_day=None if stated else month_day,
                     year=int(printed_year) if printed_year else None,
                     term=(ref.term or found.get("term.t", "") or _roman_numeral(found.get("term.n"))).upper() or None,
                     plenum=plenum, body=body,
                     kind=kind_of(ref.surface, None, None) if ref.surface else None,
                     title_words=tuple(filter(None, (words[pos:] if TITLE_MARK.match(words, pos) else "",
                                                     fold(ref.title or "")))))


# ---------------------------------------------------------------- candidates and clues


@dataclass(frozen=True)
class Candidate:
    """A document a symbol may mean: a catalogue entry, or one known dated from elsewhere."""

    date: str | None
    year: int
    entry: CatalogueEntry | None = None
    symbol: str | None = None  # a known document's own spelling of the symbol
    in_text: bool = False  # this text dates a mention of it
    late: bool = False  # issued after the citing document: it cannot be the one cited

    @property
    def term(self) -> str | None:
        return self.entry.term if self.entry else term_of(self.date)

    def not_after(self, iso: str) -> bool:
        return (self.date or f"{self.year}-01-01") <= iso

    def label(self) -> str:
        return self.date or str(self.year)


UNLISTED = -1  # the candidate "a document no catalogue or text here knows" (scored like the others)

# How much each kind of clue weighs. The candidate with the highest total wins; a tie between candidates
# that different clues support is a conflict (a stub); candidates that no clue tells apart go to the
# citing document's date (the latest issued before it).
WEIGHTS = {
    "other mention": 4,  # the full date another mention of the symbol in this text prints
    "other term": 3,  # the one term the symbol's other mentions in this text state ("khóa VIII")
    "day": 3,  # "ngày 16/6": the day and month of issue (a document issued that day, else an unlisted one)
    "term": 3,  # "khóa XII" (a document of that term, else an unlisted one)
    "plenum": 3,  # "Hội nghị Trung ương 6"
    "title": 3,  # title words of one candidate (rare in the catalogue) in the mention's title ("về …")
    "congress": 3,  # the congress the mention's title names, the one a candidate's title names ("lần thứ XIII")
    "year": 2,  # "năm 2022" right after the mention (silent when no candidate is of that year)
    "elapsed": 2,  # "sau 10 năm thực hiện" before the mention, against the citing document's date
    "list": 2,  # the term of the other documents of the list the mention stands in ("các Nghị quyết 59, 70, 71")
    "body": 1,  # "của Bộ Chính trị"
    "type": 1,  # "Quy định" against "Quyết định" for a QĐ symbol
    "sentence": 1,  # title words of one candidate (two, one rare) in a mention's own sentence, before it too
    "text title": 1,  # title words of one candidate elsewhere in the text (at least two pairs)
    "text term": 1,  # the one term of the central bodies the text names ("Hội nghị Trung ương 6 khóa XII")
    "text congress": 1,  # the congress the text's Party term leads to ("nhiệm kỳ 2020 - 2025": Đại hội XIII)
}
# Clues that only tell known documents apart: when they fit every known candidate they say nothing
# against a document the catalogue lacks (any document may be the Politburo's, or a resolution).
SEPARATING_ONLY = {"body", "type"}


@dataclass(frozen=True)
class Clue:
    """One thing the text says, the candidates it fits (by index; UNLISTED for an unlisted document),
    and how much it weighs."""

    kind: str
    says: str
    fits: frozenset[int]

    @property
    def weight(self) -> int:
        return WEIGHTS[self.kind]


def _fitting(candidates: list[Candidate], test) -> frozenset[int]:
    return frozenset(i for i, c in enumerate(candidates) if test(c))


def statement_clues(st: Statement, candidates: list[Candidate], central: bool) -> list[Clue]:
    """The clues a mention's statement gives among the candidates (a clue that fits none is dropped,
    except a day or a term, which then fits an unlisted document)."""
    clues = []

    def add(kind: str, says: str, fits: frozenset[int], or_unlisted: bool = False) -> None:
        fits = fits or (frozenset({UNLISTED}) if or_unlisted else fits)
        if fits:
            clues.append(Clue(kind, says, fits))

    if st.month_day:
        add("day", f"issued on {st.month_day[3:]}/{st.month_day[:2]}",
            _fitting(candidates, lambda c: bool(c.date) and c.date[5:] == st.month_day), or_unlisted=True)
    if st.year:
        add("year", f"năm {st.year}", _fitting(candidates, lambda c: c.year == st.year))
    if central and st.term:
        add("term", f"khóa {st.term}", _fitting(candidates, lambda c: c.term == st.term), or_unlisted=True)
    if central and st.plenum:
        add("plenum", f"Hội nghị Trung ương {st.plenum}",
            _fitting(candidates, lambda c: c.entry is not None and c.entry.plenum == st.plenum))
    if central and st.body:
        add("body", f"issued by {st.body}",
            _fitting(candidates, lambda c: c.entry is not None and c.entry.issuer == st.body))
    if central and st.congress:
        add("congress", f"Đại hội {st.congress}", _fitting(
            candidates, lambda c: c.entry is not None and congress_named(fold(c.entry.title)) == st.congress))
    if st.kind:
        add("type", f"a {st.kind}", _fitting(candidates, lambda c: c.entry is not None
                                             and KIND_BY_CATALOGUE_TYPE.get(c.entry.doc_type) == st.kind))
    return clues


def title_clue(pairs: frozenset[tuple[str, str]], candidates: list[Candidate], catalogue: Catalogue,
               kind: str, least: int, rare: bool = True) -> Clue | None:
    """The candidate(s) whose title's telling word pairs (rare in the catalogue, and in no other candidate's
    title) the words hold most often, at least `least` of them; with `rare` off, pairs common in the catalogue
    count too when one rare pair is among them ("cán bộ" beside "chiến lược")."""
    entries = [(i, c.entry) for i, c in enumerate(candidates) if c.entry]
    if len(entries) < 2 and kind == "sentence" or not entries or not pairs:
        return None
    hits = {}
    for i, entry in entries:
        others = frozenset().union(*(catalogue.title_pairs(e) for j, e in entries if j != i))
        rare_hits = (catalogue.rare_title_pairs(entry) - others) & pairs
        hits[i] = rare_hits if rare else ((catalogue.title_pairs(entry) - others) & pairs if rare_hits else frozenset())
    best = max(len(h) for h in hits.values())
    if best < least:
        return None
    fits = frozenset(i for i, h in hits.items() if len(h) == best)
    words = sorted(" ".join(p) for i in fits for p in hits[i])
    where = {"title": "next to the mention", "sentence": "in the mention's sentence"}.get(kind, "in the text")
    return Clue(kind, f"title words {where} ({', '.join(words)})", fits)


@dataclass(frozen=True)
class Decision:
    """What the clues conclude: a candidate or none, why, and whether the clues alone settled it (a
    winner, a conflict, an unlisted or a later document) rather than the citing date or the lack of others."""

    candidate: Candidate | None
    why: str
    by_clues: bool = True


def decide(candidates: list[Candidate], clues: list[Clue], cited_before: str | None) -> Decision:
    """The candidate the clues point to (see WEIGHTS), with the reason; none, and why, when they conflict,
    point to an unlisted or a later document, or nothing tells."""
    if not candidates:
        return Decision(None, "no known document with this symbol", by_clues=False)
    every = frozenset(range(len(candidates)))
    fitting_all = [c.says for c in clues if c.fits == every]
    clues = [c for c in clues if c.fits != every or c.kind not in SEPARATING_ONLY]
    score = dict.fromkeys([*range(len(candidates)), UNLISTED], 0)
    for clue in clues:
        for i in clue.fits:
            score[i] += clue.weight
    best = max(score.values())
    top = [i for i, s in score.items() if s == best]
    support = {i: tuple(c.says for c in clues if i in c.fits) for i in top}
    if len(set(support.values())) > 1:
        sides = "; ".join(f"{', '.join(support[i])} → "
                          f"{'unlisted' if i == UNLISTED else candidates[i].label()}" for i in top)
        return Decision(None, f"conflicting evidence: {sides}")
    said = ", ".join(support[top[0]])
    if top == [UNLISTED]:
        return Decision(None, f"{said}: no known document with this symbol fits")
    against = [c.says for c in clues if not set(top) & c.fits]
    why = said + (f" (against: {', '.join(against)})" if against else "")
    picks = [candidates[i] for i in top if i != UNLISTED]
    if best and all(c.late for c in picks):
        return Decision(None, f"{said}: issued after the citing document")
    picks = [c for c in picks if not c.late]
    if len(picks) == 1:
        # The one document known with this symbol (and province) is taken on no evidence: the catalogue's,
        # one this text dates, or one known only from other texts (the batch, the store) unless the citing
        # document's own date comes before it (`late`). The last takes no bound from the dates the text
        # prints, so that a mention means the same whether its namesake was read before it, with it, or
        # after it (`redirects` moves an earlier `@unknown` citation by the same rule).
        only = picks[0]
        if best:
            return Decision(only, why)
        return Decision(only, ", ".join(["the only known document with this symbol", *fitting_all]),
                        by_clues=False)
    elif cited_before and (before := [c for c in picks if c.not_after(cited_before)]):
        latest = max(before, key=lambda c: c.date or f"{c.year}-12-31")
        recency = ("the latest known document with this symbol issued before the citing document "
                   f"({cited_before})")
        return Decision(latest, f"{why}, {recency}" if why else recency, by_clues=False)
    return Decision(None, f"{said}: nothing tells which document" if said else "nothing tells which document",
                    by_clues=False)


def _tells(clues: list[Clue], candidates: list[Candidate]) -> bool:
    """Whether any clue tells the candidates apart (or points away from all of them)."""
    every = frozenset(range(len(candidates)))
    return any(c.fits != every for c in clues)


# ---------------------------------------------------------------- mentions of one document in one text


@dataclass
class MentionGroup:
    """The mentions of one document symbol (and province) in one text."""

    symbol: str
    locality: str | None
    refs: list[Reference] = field(default_factory=list)


def group_mentions(extraction: Extraction) -> list[MentionGroup]:
    """Mentions grouped by document: a local mention that names no province of its own joins the one
    province the text names for that symbol ("Nghị quyết số 02-NQ/TU của Tỉnh ủy Quảng Trị" … "Nghị
    quyết 02-NQ/TU"), else takes the citing document's."""
    named: dict[str, set[str]] = {}
    for ref in extraction.references:
        if ref.symbol and (where := place(ref.scope_locality) or _named_province(ref.issuer)):
            named.setdefault(symbol_key(ref.symbol), set()).add(where)
    groups: dict[tuple[str, str | None], MentionGroup] = {}
    for ref in extraction.references:
        if not ref.symbol:
            continue
        locality = reference_locality(ref, extraction)
        shape = symbol_shape(ref.symbol)
        own = place(ref.scope_locality) or _named_province(ref.issuer)
        if shape.local and not own and len(named.get(symbol_key(ref.symbol), ())) == 1:
            locality = next(iter(named[symbol_key(ref.symbol)]))
        k = (symbol_key(ref.symbol), slug(locality) if locality else None)
        groups.setdefault(k, MentionGroup(ref.symbol, locality)).refs.append(ref)
    return list(groups.values())


def localities(extraction: Extraction, groups: list[MentionGroup] | None = None) -> dict[int, str | None]:
    """The province of each reference (by id), as its group has it (`groups`: `group_mentions(extraction)`)."""
    return {id(r): g.locality for g in (group_mentions(extraction) if groups is None else groups) for r in g.refs}


@functools.lru_cache(maxsize=1 << 14)
def _slug(name: str) -> str:
    return slug(name)


def window_end(text: str, starts: list[int], ref: Reference) -> int:
    """Where the words about a mention end: the next mention (`starts`: sorted), the clause's end, or 300
    characters on."""
    limit = min(len(text), ref.end + 300)
    if (i := bisect.bisect_left(starts, ref.end)) < len(starts):
        limit = min(limit, starts[i])
    brk = CLAUSE_BREAK.search(text, ref.end, limit)
    return brk.start() if brk else limit


class _Reading:
    """One text as resolution reads it: each mention's statement, the text's word pairs (once)."""

    def __init__(self, extraction: Extraction):
        self.text = extraction.text or ""
        self.starts = sorted(r.start for r in extraction.references)
        self._by_start = sorted(extraction.references, key=lambda r: r.start)
        self._statements: dict[int, Statement] = {}

    def title_bound(self, ref: Reference) -> str | None:
        """The date of the mention whose title names this one ("Kết luận số 01-KL/TW ngày 18-5-2021 … về tiếp
        tục thực hiện Chỉ thị số 05-CT/TW"): the document a dated title names was issued before it."""
        i = bisect.bisect_left(self.starts, ref.start)
        if i == 0:
            return None
        prev = self._by_start[i - 1]
        between = self.text[prev.end:ref.start]
        if not IN_TITLE.search(between) or CLAUSE_BREAK.search(between) or ";" in between:
            return None
        date = prev.date if prev.date and ISO_DATE.fullmatch(prev.date) else self.statement(prev).date
        return date if date and date < (ref.date or "9999") else None

    @functools.cached_property
    def congress(self) -> int | None:
        """The national congress the Party term this text names leads to ("nhiệm kỳ 2020 - 2025": XIII)."""
        return congress_of_party_terms(fold(self.text))

    def statement(self, ref: Reference) -> Statement:
        if (st := self._statements.get(id(ref))) is None:
            st = self._statements[id(ref)] = read_statement(ref, self.text, self._window_end(ref))
        return st

    def _window_end(self, ref: Reference) -> int:
        return window_end(self.text, self.starts, ref)

    def list_of(self, ref: Reference) -> list[Reference]:
        """The mentions of one type listed with `ref` ("các Nghị quyết số 59-NQ/TW, 70-NQ/TW và 71-NQ/TW"),
        `ref` among them."""
        i = next(k for k, r in enumerate(self._by_start) if r is ref)
        lo = hi = i
        while lo > 0 and self._listed(self._by_start[lo - 1], self._by_start[lo]):
            lo -= 1
        while hi + 1 < len(self._by_start) and self._listed(self._by_start[hi], self._by_start[hi + 1]):
            hi += 1
        return self._by_start[lo:hi + 1]

    def _listed(self, a: Reference, b: Reference) -> bool:
        return a.doc_type == b.doc_type and bool(LIST_GAP.fullmatch(self.text, a.end, b.start))

    @functools.cached_property
    def pairs(self) -> frozenset[tuple[str, str]]:
        return _topic_pairs(word_pairs(self.text))

    @functools.cached_property
    def central_term(self) -> str | None:
        """The one term of the central bodies the text names away from its mentions, if it names one only:
        a term a mention states ("Nghị quyết số 09 của Bộ Chính trị khoá XI") is that document's, not the text's."""
        folded = list(fold(self.text))
        for ref in self._by_start:
            end = self._window_end(ref)
            folded[ref.start:end] = " " * (end - ref.start)
        terms = central_terms("".join(folded))
        return terms.pop() if len(terms) == 1 else None

    def sentence_pairs(self, ref: Reference) -> frozenset[tuple[str, str]]:
        """The topic word pairs of the mention's own sentence, on both sides of it, bounded by the mentions
        before and after it ("… chiến lược cán bộ theo Nghị quyết số 26-NQ/TW của Đảng")."""
        i = bisect.bisect_left(self.starts, ref.start)
        lo = max([r.end for r in self._by_start[:i] if r.end <= ref.start] + [0, ref.start - 300])
        breaks = list(CLAUSE_BREAK.finditer(self.text, lo, ref.start))
        start = breaks[-1].end() if breaks else lo
        return _topic_pairs(word_pairs(self.text[start:ref.start] + " " + self.text[ref.end:self._window_end(ref)]))


def _same_day_runs(extraction: Extraction) -> list[list[Reference]]:
    """Each undated mention, or list of mentions, that `cùng ngày` follows ("Nghị quyết số 19-NQ/TW, 20-NQ/TW
    cùng ngày"), with the mention it shares its date with first (None when nothing comes before)."""
    text = extraction.text or ""
    refs = sorted(extraction.references, key=lambda r: r.start)
    runs = []
    for i, ref in enumerate(refs):
        if ref.date or not SAME_DAY.match(text, ref.end):
            continue
        j = i
        while j > 0 and not refs[j - 1].date and LIST_GAP.fullmatch(text, refs[j - 1].end, refs[j].start):
            j -= 1
        runs.append([refs[j - 1] if j else None, *refs[j:i + 1]])
    return runs


def _same_day_dates(runs: list[list[Reference]], extraction: Extraction) -> dict[int, str]:
    """The date each `cùng ngày` mention takes (by id), runs in text order so that one may chain on
    another ("A ngày …, B cùng ngày, C cùng ngày")."""
    dates: dict[int, str] = {}
    for anchor, *members in runs:
        date = dates.get(id(anchor)) or _anchor_date(anchor, extraction)
        if date:
            dates.update((id(m), date) for m in members)
    return dates


def _anchor_date(anchor: Reference | None, extraction: Extraction) -> str | None:
    """The full date of the mention a `cùng ngày` list refers to: printed, else resolved; else the
    nearest earlier printed date."""
    if anchor is None:
        return None
    for value in (anchor.date, anchor.resolved_date):
        if value and ISO_DATE.fullmatch(value):
            return value
    earlier = [r for r in extraction.references
               if r.start <= anchor.start and r.date and ISO_DATE.fullmatch(r.date)]
    return max(earlier, key=lambda r: r.start).date if earlier else None


# ---------------------------------------------------------------- resolving a group


@dataclass
class _Group:
    """A mention group being resolved: its candidates and what each of its mentions states."""

    group: MentionGroup
    shape: SymbolShape
    central: bool
    reading: _Reading
    stated: dict[int, str]  # full dates by mention id: printed, read, or `cùng ngày`
    candidates: list[Candidate]
    excluded: bool  # every known document is later than the citing document
    citing: str | None = None  # the citing document's date (`own_date`), else the latest date its text prints
    own_date: bool = False


def _candidates(group: MentionGroup, entries: list[CatalogueEntry], stated: dict[int, str],
                stated_years: set[int], known: KnownByPlace, cited_before: str | None,
                own_date: bool) -> tuple[list[Candidate], bool]:
    """The documents the group's symbol may mean: the catalogue's, with a date the text states for the
    symbol taking the place of the catalogue's date in the same year; for a symbol the catalogue does not
    list, one of each year printed next to a mention ("năm 2023") that no other candidate has; those known from the batch or the store (same province). Those issued after the citing document (when its own date is known) stay, marked
    late: a clue that names one of them names no document this text can cite."""
    candidates = [Candidate(e.date, e.year, e) for e in entries]
    for date in sorted(set(stated.values())):
        if any(c.date == date for c in candidates):
            continue
        same_year = [i for i, c in enumerate(candidates) if c.year == year_of(date) and c.entry]
        if len(same_year) == 1:
            candidates[same_year[0]] = replace(candidates[same_year[0]], date=date, in_text=True)
        else:
            candidates.append(Candidate(date, year_of(date) or 0, None, group.symbol, in_text=True))
    years = {c.year for c in candidates}
    if not entries:  # "Quyết định 1305/QĐ-TTg năm 2023": a document of that year (where the catalogue, which
        # lists every central document of a symbol it covers, knows none: there "năm 2020" in "chuyên đề Chỉ
        # thị 05-CT/TW năm 2020" is the year of something else)
        for year in sorted(stated_years - years):
            candidates.append(Candidate(None, year, None, group.symbol, in_text=True))
            years.add(year)
    loc_slug = _slug(group.locality) if group.locality else None
    for k in known.get((symbol_key(group.symbol), loc_slug), []):
        if k.year not in years:
            candidates.append(Candidate(k.date, k.year, None, k.symbol))
            years.add(k.year)
    if cited_before and own_date:
        candidates = [c if c.not_after(cited_before) else replace(c, late=True) for c in candidates]
    return candidates, bool(candidates) and all(c.late for c in candidates)


def _nearest_other_date(ref: Reference, g: _Group) -> str | None:
    """The date the nearest other dated mention of the symbol states (earlier ones first)."""
    dated = [(r.start, g.stated[id(r)]) for r in g.group.refs if id(r) in g.stated and r is not ref]
    before = [d for d in dated if d[0] <= ref.start]
    return max(before)[1] if before else min(dated)[1] if dated else None


def _other_mention_clue(ref: Reference, g: _Group) -> Clue | None:
    if not (date := _nearest_other_date(ref, g)):
        return None
    fits = _fitting(g.candidates, lambda c: c.date == date)
    return Clue("other mention", f"the date {date} at another mention in the text", fits) if fits else None


def _other_term_clue(ref: Reference, g: _Group) -> Clue | None:
    """The one term the other mentions of the symbol state, for a mention that states none ("10 năm thực hiện
    Nghị quyết 15-NQ/TW …", then "Nghị quyết 15-NQ/TW … (khóa VIII)"): one symbol in one text is one document;
    a term no candidate has points to an unlisted one."""
    if not g.central or g.reading.statement(ref).term:
        return None
    terms = {t for r in g.group.refs if r is not ref and (t := g.reading.statement(r).term)}
    if len(terms) != 1:
        return None
    term = terms.pop()
    fits = _fitting(g.candidates, lambda c: c.term == term) or frozenset({UNLISTED})
    return Clue("other term", f"khóa {term} at another mention in the text", fits)


def _list_clue(ref: Reference, g: _Group, catalogue: Catalogue) -> Clue | None:
    """Documents listed together are of one term as a rule: the term the other items of the mention's list
    share, when the catalogue knows each of them as one document."""
    if not g.central:
        return None
    terms = set()
    for other in g.reading.list_of(ref):
        if other.symbol and symbol_key(other.symbol) != symbol_key(g.group.symbol):
            entries = catalogue.lookup(other.symbol)
            if len(entries) != 1:
                return None
            terms.add(entries[0].term)
    if len(terms) != 1 or not (term := terms.pop()):
        return None
    fits = _fitting(g.candidates, lambda c: c.term == term)
    return Clue("list", f"listed with documents of term {term}", fits) if fits else None


def _elapsed_clue(st: Statement, g: _Group) -> Clue | None:
    """`elapsed_clue` among a group's candidates."""
    return elapsed_clue(st, g.candidates, g.citing, g.own_date)


def elapsed_clue(st: Statement, candidates: list[Candidate], citing: str | None, own_date: bool) -> Clue | None:
    """"Sau 10 năm thực hiện Nghị quyết …": the candidates issued that many years before the citing document's
    own date (one more, or two fewer: a plan period "2001 - 2010" is reviewed in 2012); with only the latest date
    its text prints, those not more than that many years before it, and never one that would put the citing text
    in the future."""
    if not st.elapsed or len(candidates) < 2:
        return None
    n, now = st.elapsed, datetime.date.today().year
    page = year_of(citing)
    if page and own_date:
        fits = _fitting(candidates, lambda c: -2 <= c.year + n - page <= 1)
    else:
        fits = _fitting(candidates, lambda c: c.year + n <= now + 1 and (not page or c.year + n >= page - 1))
    return Clue("elapsed", f"{n} năm thực hiện", fits) if fits else None


def _sentence_clue(ref: Reference, g: _Group, catalogue: Catalogue) -> Clue | None:
    """Title words of one central candidate in the mention's own sentence (two pairs at least, each in that
    candidate's title only): the topic often stands before the mention ("… chiến lược cán bộ theo Nghị quyết
    số 26-NQ/TW")."""
    if not g.central:
        return None
    return title_clue(g.reading.sentence_pairs(ref), g.candidates, catalogue, "sentence", 2, rare=False)


def _decide(ref: Reference, g: _Group, catalogue: Catalogue, cited_before: str | None) -> Decision:
    """What the mention itself says, when that settles it; else what every mention of the group says,
    with the title words anywhere in the text and the terms of the lists the mentions stand in."""
    other = _other_mention_clue(ref, g)
    st = g.reading.statement(ref)
    own = statement_clues(st, g.candidates, g.central)
    own += [c for c in (title_clue(st.title_pairs, g.candidates, catalogue, "title", 1), other,
                        _other_term_clue(ref, g), _elapsed_clue(st, g)) if c]
    if _tells(own, g.candidates) and (decision := decide(g.candidates, own, cited_before)).by_clues:
        return decision
    seen: dict[tuple[str, frozenset[int]], Clue] = {}  # one clue of a kind for the same candidates
    for r in g.group.refs:
        st = g.reading.statement(r)
        for clue in statement_clues(st, g.candidates, g.central) + [
                c for c in [title_clue(st.title_pairs, g.candidates, catalogue, "title", 1), _elapsed_clue(st, g),
                            _sentence_clue(r, g, catalogue), _list_clue(r, g, catalogue)] if c]:
            seen.setdefault((clue.kind, clue.fits), clue)
    clues = list(seen.values()) + ([other] if other else [])
    if not any(c.kind == "title" for c in clues) and len(g.candidates) > 1:
        if text := title_clue(g.reading.pairs, g.candidates, catalogue, "text title", 2):
            clues.append(text)
    if g.central and len(g.candidates) > 1 and not any(c.kind == "term" for c in clues) \
            and (term := g.reading.central_term):  # "Resolution 6 of the 12th Central Committee" in the headline
        fits = _fitting(g.candidates, lambda c: c.term == term)
        if fits:
            clues.append(Clue("text term", f"khóa {term}, the one term of the central bodies the text names", fits))
    if g.central and len(g.candidates) > 1 and not any(c.kind == "congress" for c in clues) \
            and (congress := g.reading.congress):  # directives that prepare each congress share a number
        fits = _fitting(g.candidates, lambda c: c.entry is not None and congress_named(fold(c.entry.title)) == congress)
        if fits:
            clues.append(Clue("text congress", f"the Party term of Đại hội {congress} the text names", fits))
    return decide(g.candidates, clues, cited_before)


def _resolve_one(ref: Reference, g: _Group, catalogue: Catalogue, cited_before: str | None) -> Resolution:
    symbol, locality, shape = g.group.symbol, g.group.locality, g.shape
    stated = g.stated.get(id(ref))
    if shape.year:  # a State symbol that prints its year: any dated mention of it dates it
        stated = stated or _nearest_other_date(ref, g)
        date = stated if stated and year_of(stated) == shape.year else None
        return Resolution(key_for(symbol, shape.year, locality), date, "year in the symbol")
    if stated:
        year = year_of(stated)
        entry = next((c.entry for c in g.candidates if c.date == stated and c.entry), None)
        own = ref.date == stated or g.reading.statement(ref).date == stated
        why = "date in text" if own else "the same day as the mention before"
        return Resolution(key_for(entry.symbol if entry else symbol, year, locality), stated, why)
    if g.excluded:
        return Resolution(key_for(symbol, None, locality), None,
                          "every known document with this symbol is later than the citing document")
    bound = g.reading.title_bound(ref)
    decision = _decide(ref, g, catalogue, min(d for d in (cited_before, bound) if d) if bound else cited_before)
    chosen, why = decision.candidate, decision.why
    if chosen is None:
        return Resolution(key_for(symbol, None, locality), None, why)
    sym = chosen.entry.symbol if chosen.entry else (chosen.symbol or symbol)
    return Resolution(key_for(sym, chosen.year, locality), chosen.date, why)


def _resolve_group(group: MentionGroup, reading: _Reading, catalogue: Catalogue,
                   known: KnownByPlace, cited_before: str | None, own_date: bool,
                   same_day: dict[int, str], why: dict[int, Resolution]) -> None:
    """Set key and resolved_date of every mention in the group (and record why, by mention id)."""
    shape = symbol_shape(group.symbol)
    central = shape.family == "party" and not shape.local and not (shape.maybe_local and group.locality)
    entries = catalogue.lookup(group.symbol) if central and (shape.scope or "").upper() == "TW" else []
    # (a State symbol that prints its year takes the extractor's dates as they are)
    stated = {id(r): d for r in group.refs
              if (d := (r.date if r.date and ISO_DATE.fullmatch(r.date)
                        else None if shape.year else reading.statement(r).date) or same_day.get(id(r)))}
    years = {y for r in group.refs if (y := reading.statement(r).year)}
    candidates, excluded = _candidates(group, entries, stated, years, known, cited_before, own_date)
    g = _Group(group, shape, central, reading, stated, candidates, excluded, cited_before, own_date)
    for ref in group.refs:
        res = _resolve_one(ref, g, catalogue, cited_before)
        ref.key, ref.resolved_date = res.key, res.date
        why[id(ref)] = res


def _annotate(extraction: Extraction, catalogue: Catalogue, known: KnownByPlace,
              groups: list[MentionGroup] | None = None) -> dict[int, Resolution]:
    cited_before, own_date = citing_date(extraction)
    for ref in extraction.references:
        if not ref.symbol:
            ref.key, ref.resolved_date = None, None
    own = extraction.document.symbol
    me = citing_key(extraction) if own else ""
    runs = _same_day_runs(extraction)
    later = {id(r) for run in runs for r in run[1:]}
    reading = _Reading(extraction)
    # Mentions dated "cùng ngày" wait for the mention they share the date with to be resolved.
    groups = sorted(group_mentions(extraction) if groups is None else groups,
                    key=lambda g: any(id(r) in later for r in g.refs))
    same_day: dict[int, str] = {}
    why: dict[int, Resolution] = {}
    for group in groups:
        if own and not me.startswith("article:") and symbol_key(group.symbol) == symbol_key(own):
            for ref in group.refs:  # the document naming itself: not a citation of another one
                ref.key, ref.resolved_date = me, extraction.document.date
                why[id(ref)] = Resolution(me, ref.resolved_date, "the citing document itself")
            continue
        if any(id(r) in later for r in group.refs):
            same_day = _same_day_dates(runs, extraction)
        _resolve_group(group, reading, catalogue, known, cited_before, own_date, same_day, why)
    return why


def annotate(extraction: Extraction, catalogue: Catalogue | None = None) -> Extraction:
    """Fill `key` and `resolved_date` of each reference from this document and the catalogue alone."""
    _annotate(extraction, catalogue or default_catalogue(), {})
    return extraction


def explain(extraction: Extraction, catalogue: Catalogue | None = None) -> list[Resolution]:
    """Annotate the extraction and say, for each reference in order, which document and why."""
    why = _annotate(extraction, catalogue or default_catalogue(), {})
    return [why.get(id(r)) or Resolution(r.key or "", r.resolved_date, "no symbol")
            for r in extraction.references]


def text_hash(extraction: Extraction) -> str:
    """The hash of the document's normalised text (graph.model.text_hash): copies in other encodings are one."""
    return normalised_text_hash(extraction.text or "")


def citing_key(extraction: Extraction) -> str:
    """Key of the document an extraction is: its own symbol with a year, else its canonical url or its text
    (graph.model.article_key), never its path."""
    info = extraction.document
    if info.symbol:
        shape = symbol_shape(info.symbol)
        year = shape.year or year_of(info.date)
        locality = place(info.locality) if (shape.local or shape.maybe_local) else None
        key = key_for(info.symbol, year, locality)
        if not key.endswith("@" + UNKNOWN):
            return key
    return article_key((extraction.metadata or {}).get("url"), text_hash(extraction))


def catalogue_entry(catalogue: Catalogue, ref: Reference) -> CatalogueEntry | None:
    """The catalogue's document that a resolved central reference means, if it lists it."""
    if not ref.symbol or not ref.resolved_date:
        return None
    shape = symbol_shape(ref.symbol)
    if shape.family != "party" or (shape.scope or "").upper() != "TW":
        return None
    year = year_of(ref.resolved_date)
    same = [e for e in catalogue.lookup(ref.symbol) if e.year == year]
    exact = [e for e in same if e.date == ref.resolved_date]
    return (exact or same or [None])[0]




def _read_known(extraction: Extraction) -> Known | None:
    """The read document itself as `documents_with_symbols` finds it once stored: its symbol, date, year (the
    symbol's, else its date's) and province, when it is keyed by its symbol and a year (`citing_key`)."""
    info = extraction.document
    if not info.symbol or citing_key(extraction).startswith("article:"):
        return None
    shape = symbol_shape(info.symbol)
    year = shape.year or year_of(info.date)
    return Known(info.symbol, info.date, year, document_locality(extraction)) if year else None


def _known_documents(extractions: list[Extraction], store: Store | None,
                     groups: dict[int, list[MentionGroup]] | None = None) -> KnownByPlace:
    """Dated documents by symbol from every mention of the batch that prints a date, and the store
    (each once: a big batch mentions the same document many times)."""
    known: dict[str, list[Known]] = {}
    for ex in extractions:
        if own := _read_known(ex):  # a read document is known to its own batch as the store knows it after
            known.setdefault(symbol_key(own.symbol), []).append(own)
        where = localities(ex, (groups or {}).get(id(ex)))
        for ref in ex.references:
            if ref.symbol and ref.date and ISO_DATE.fullmatch(ref.date):
                known.setdefault(symbol_key(ref.symbol), []).append(
                    Known(ref.symbol, ref.date, int(ref.date[:4]), where.get(id(ref))))
    if store is not None:
        symbols = sorted({r.symbol for ex in extractions for r in ex.references if r.symbol})
        if symbols:
            for row in store.documents_with_symbols(symbols):
                year = row.get("year") or year_of(row.get("date"))
                if row.get("symbol") and year:
                    known.setdefault(symbol_key(row["symbol"]), []).append(
                        Known(row["symbol"], row.get("date"), int(year), place(row.get("locality"))))
    return _by_place(known)


def _by_place(known: dict[str, list[Known]]) -> KnownByPlace:
    """Known documents by (symbol_key, slug of their province), oldest first, each once."""
    out: dict[tuple[str, str | None], list[Known]] = {}
    for symbol, items in known.items():
        for k in sorted(dict.fromkeys(items), key=lambda k: (k.year, k.date or "")):
            out.setdefault((symbol, _slug(k.locality) if k.locality else None), []).append(k)
    return out



def resolve_references(extractions: list[Extraction], catalogue: Catalogue | None = None,
                       store: Store | None = None) -> dict[int, list[MentionGroup]]:
    """Resolve every reference of the batch in place, against the catalogue, the batch itself and the
    store; returns each extraction's mention groups (by id), which the graph rows are built from."""
    catalogue = catalogue or default_catalogue()
    groups = {id(ex): group_mentions(ex) for ex in extractions}  # annotating changes no group: computed once
    known = _known_documents(extractions, store, groups)
    for ex in extractions:
        _annotate(ex, catalogue, known, groups[id(ex)])
    # A text dates a namesake in words the extractor did not date ("… 05-NQ/TU năm 2019", "cùng ngày"): once
    # stored, it is known to every later batch, so it is known to the texts of its own batch too (a second pass
    # over the texts that name such a symbol; what it adds cannot add more: it picks among known documents)
    found = _found_documents(extractions, groups, known, catalogue)
    if found:
        for (symbol, where), items in found.items():
            known[(symbol, where)] = sorted(dict.fromkeys([*known.get((symbol, where), []), *items]),
                                            key=lambda k: (k.year, k.date or ""))
        for ex in extractions:
            if any((symbol_key(g.symbol), _slug(g.locality) if g.locality else None) in found for g in groups[id(ex)]):
                _annotate(ex, catalogue, known, groups[id(ex)])
    return groups


def _found_documents(extractions: list[Extraction], groups: dict[int, list[MentionGroup]],
                     known: KnownByPlace, catalogue: Catalogue) -> KnownByPlace:
    """The dated documents the batch's resolved mentions name whose (symbol, province, year) neither `known` nor
    the catalogue has."""
    have = {(place_key, k.year) for place_key, items in known.items() for k in items}
    out: dict[tuple[str, str | None], list[Known]] = {}
    for ex in extractions:
        for g in groups[id(ex)]:
            where = (symbol_key(g.symbol), _slug(g.locality) if g.locality else None)
            for ref in g.refs:
                year = _key_year(ref.key)
                if year and (where, year) not in have:
                    have.add((where, year))
                    if any(e.year == year for e in catalogue.lookup(g.symbol)):
                        continue
                    out.setdefault(where, []).append(Known(g.symbol, ref.resolved_date, year, g.locality))
    return out


def _key_year(key: str | None) -> int | None:
    """The year a document key ends with (`05-NQ/TU@nghe-an@2019`), if one."""
    last = (key or "").rsplit("@", 1)[-1]
    return int(last) if last.isdigit() and len(last) == 4 else None


# ---------------------------------------------------------------- earlier citations a batch's namesakes settle again

CITERS_AT_MOST = 1_000_000  # citations of one document read at once


def redirects(documents: list[DocumentNode], sources: list[str], catalogue: Catalogue,
              store: Store) -> list[Redirect]:
    """The stored citations that the batch's dated `documents` make mean another document, and where they move.
    A batch that brings a namesake of a new year for a symbol (and province) meets the mentions earlier batches
    resolved without it: undated ones stored as `symbol@unknown` (no namesake was known, or none issued before
    the citing document), or as the latest namesake known then. Each is asked again what `decide` makes of it
    among every namesake now known (`_meant`: the citing document's own date and the words the store keeps of
    the mention), as one write of every file would have had it; so the graph does not depend on how the files
    were batched, nor on their order. Catalogued symbols (the catalogue dates them in every batch alike) and
    symbols that print their year are not concerned. Citing documents the batch reads again (`sources`) are
    resolved afresh by the batch itself."""
    brought: dict[str, dict[str, Known]] = {}  # stub key → dated key → the namesake the batch brings
    for node in documents:
        year = node.year or year_of(node.date)
        if stub := _stub_of(node.key, node.symbol, year, node.locality, catalogue):
            known = brought.setdefault(stub, {}).get(node.key)
            if known is None or (known.date is None and node.date):
                brought[stub][node.key] = Known(node.symbol or "", node.date, int(year or 0), place(node.locality))
    if not brought:
        return []
    stored: dict[str, dict[str, Known | None]] = {}  # stub key → its stored keys → the namesake (None: the stub)
    for row in store.documents_with_symbols(sorted({k.symbol for group in brought.values() for k in group.values()})):
        year = row.get("year") or year_of(row.get("date"))
        key = row["key"]
        if key in brought:
            stored.setdefault(key, {})[key] = None
        elif (stub := _stub_of(key, row.get("symbol"), year, row.get("locality"), catalogue)) in brought:
            stored.setdefault(stub, {})[key] = Known(row["symbol"], row.get("date"), int(year), place(row.get("locality")))
    # the groups the batch brings a namesake of a new year to, with the citations stored before
    touched = {stub: keys for stub, keys in stored.items() if brought[stub].keys() - keys.keys()}
    if not touched:
        return []
    again = set(sources)
    citers = store.citers_of(sorted(k for keys in touched.values() for k in keys), CITERS_AT_MOST)
    out = []
    for stub, keys in touched.items():
        namesakes = {k: known for k, known in keys.items() if known}
        for k, known in brought[stub].items():
            if k not in namesakes or not namesakes[k].date:
                namesakes[k] = known
        symbol = next(iter(brought[stub].values())).symbol
        locality = next(iter(brought[stub].values())).locality
        candidates = _namesakes(namesakes)
        for current in keys:
            moves: dict[str, list[str]] = {}
            followers, stays = [], False
            for row in citers.get(current, []):
                if row["key"] in again or row["key"] in namesakes:
                    continue
                if not row.get("paths"):  # a title's relation an article gave: it follows a whole stub
                    followers.append(row["key"])
                    continue
                meant = _meant(row, symbol, locality, candidates, stub, current)
                if meant is None or meant == current:
                    stays = True
                else:
                    moves.setdefault(meant, []).append(row["key"])
            whole = current == stub and not stays and len(moves) == 1
            if moves and followers and not whole:
                _follow(followers, moves, {row["key"] for row in citers.get(current, [])}, store)
            for target, citing in moves.items():
                out.append(Redirect(current, target, citing + (followers if whole else []), whole=whole))
    return out


def _follow(followers: list[str], moves: dict[str, list[str]], citing: set[str], store: Store) -> None:
    """Add to `moves` the title relations (from `followers`, cited documents) that go where the texts that gave
    them now point: in one text, a title relates the documents its own mentions name. Their givers are taken to be
    the texts citing both ends; a relation moves when all of them move to one document."""
    where = {citer: target for target, movers in moves.items() for citer in movers}
    for follower, rows in store.citers_of(followers, CITERS_AT_MOST).items():
        givers = {row["key"] for row in rows} & citing
        targets = {where.get(g) for g in givers}
        if givers and len(targets) == 1 and (target := targets.pop()):
            moves[target].append(follower)


def _namesakes(namesakes: dict[str, Known]) -> list[tuple[Candidate, str]]:
    """The candidates the dated namesakes make, one a year (as `_candidates` takes them from `known`), each
    with its key."""
    out, years = [], set()
    for key, k in sorted(namesakes.items(), key=lambda item: (item[1].year, item[1].date or "")):
        if k.year not in years:
            years.add(k.year)
            out.append((Candidate(k.date, k.year, None, k.symbol), key))
    return out


def _stub_of(key: str, symbol: str | None, year: int | None, locality: str | None,
             catalogue: Catalogue) -> str | None:
    """The `@unknown` key of a dated document's undated namesakes; None for an undated one, one whose
    symbol prints its year, and a catalogued one (the catalogue dates it in every batch alike)."""
    if not symbol or not year or key.endswith("@" + UNKNOWN):
        return None
    shape = symbol_shape(symbol)
    if shape.year or catalogue.lookup(symbol):
        return None
    stub = key_for(symbol, None, place(locality))
    return stub if stub != key and stub.endswith("@" + UNKNOWN) else None


def _meant(citation: dict, symbol: str, locality: str | None, candidates: list[tuple[Candidate, str]],
           stub: str, current: str) -> str | None:
    """The key a stored citation of `current`, one of a symbol's documents, means among `candidates` (the stub's
    key when none), as `decide` had it in the citing text: what the words after the mention (its sentence, stored
    as the snippet) say, and the citing document's own date (no namesake issued after it; the latest issued before
    it when nothing else tells; without an own date, the latest date the sentence prints, which only moves a
    citation to a later namesake). None when the stored citation cannot tell: its mention states a date no
    candidate has, or its sentence prints the date of the namesake it cites; it has no own date and nothing else
    tells; or it was counted from several mentions and cites a dated document (another may have dated it)."""
    own = citation.get("date") if ISO_DATE.fullmatch(citation.get("date") or "") else None
    if (citation.get("count") or 1) > 1 and current != stub:
        return None
    cands = [replace(c, late=True) if own and not c.not_after(own) else c for c, _ in candidates]
    keys = [key for _, key in candidates]
    text, surface = citation.get("snippet") or "", citation.get("surface") or ""
    printed = [d.iso for d in find_dates(text) if d.full]
    if current in keys and cands[keys.index(current)].date in printed:
        return None  # its sentence prints the date of the namesake it cites: the extractor may have read it there
    at = text.find(surface) if surface else -1
    clues: list[Clue] = []
    if at >= 0:
        shape = symbol_shape(symbol)
        central = shape.family == "party" and not shape.local and not (shape.maybe_local and locality)
        ref = Reference(at, at + len(surface), surface, shape.family, type_code(symbol), None, symbol)
        st = read_statement(ref, text, window_end(text, [], ref))
        if st.date:
            return next((key for c, key in zip(cands, keys, strict=True) if c.date == st.date), None)
        clues = statement_clues(st, cands, central)
        if elapsed := elapsed_clue(st, cands, own or max(printed, default=None), bool(own)):
            clues.append(elapsed)
    # A citing document without a date of its own is bounded, as `citing_date` bounds it, by the latest full date
    # its text prints: here its mention's sentence, which may print less than its text. So that bound only moves a
    # citation forward: from the stub, or to a namesake later than the one it cites (which its text's bound allows).
    decision = decide(cands, clues, own or max(printed, default=None))
    if decision.candidate is None:
        return stub if own or len(cands) == 1 or decision.by_clues else None
    meant = cands.index(decision.candidate)
    if not own and current in keys and not decision.by_clues and meant <= keys.index(current):
        return None
    return keys[meant]
