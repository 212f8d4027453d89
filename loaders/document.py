"""What a text says about its own document: title, date, locality; and the dates written in it."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

import regex

from loaders.dates import MONTH_EN, find_dates
from loaders.model import DocumentInfo
from loaders.text import LINE_CACHE, alternation_matches, fold

# A header date: "Thừa Thiên Huế, ngày 13 tháng 5 năm 2022" (a place, never a symbol's issuer code: in
# "Quy định số 45-QĐ/TW, ngày 01/11/2011" the date is the cited document's), "Thứ sáu, 01 Tháng 4 2022 16:53",
# "PV - 03/04/2025 17:35", "Lê An - 14:20 28/09/2023 GMT+7" (a byline, then the time and the day it was posted),
# "20:16, 26/10/2023" (a line of its own), "date 2025-09-15", a legal database's
# "Ngày ban hành: 10/07/2019" row (an English translation's "Issuing date: …", and its dateline "Hanoi, June 6,
# 2017"), a portal's publication stamp ("Ngày đăng: 12/03/2025", "Bài đăng ngày
# 12/3/2025", "Cập nhật lúc 08:30, 12/03/2025", "Ngày xuất bản: …", at the start of a line).
_STAMP = (r"(?i:ngày\s+đăng|(?:bài\s+)?(?:được\s+)?đăng\s+ngày|ngày\s+xuất\s+bản|(?:ngày\s+)?cập\s+nhật(?:\s+lúc)?)"
          r"\s*[:|]?\s*(?:\d{1,2}:\d{2}(?::\d{2})?,?\s*)?(?:ngày\s+)?\d{1,2}[/-]\d{1,2}[/-]\d{4}")
# The place of a dateline: capitalised words not glued to a symbol ("Hà Nội", "TP. Hồ Chí Minh").
_PLACE = r"(?<![\w/-])\p{Lu}[\p{L} .-]{1,40}"
# (its branches, searched each on its own: `alternation_matches`)
HEADER_DATES = tuple(regex.compile(branch, regex.V1 | regex.M) for branch in (
    _PLACE + r",\s*(?:ngày\s+\d|(?:" + MONTH_EN + r")\s+\d{1,2},\s*\d{4})",
    r"Thứ\s+\p{L}+,\s*(?:Ngày\s+)?\d",
    r"\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}",
    r"^\s*\d{1,2}:\d{2},?\s+\d{1,2}/\d{1,2}/\d{4}\s*$",
    r"[-–|][ \t]*\d{1,2}:\d{2}(?::\d{2})?,?[ \t]+\d{1,2}/\d{1,2}/\d{4}(?:[ \t]*\(?GMT[+-]\d+\)?)?[ \t]*$",
    r"\bdate\s+\d{4}-\d{2}-\d{2}",
    r"Ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*$",
    r"(?:Ngày\s+ban\s+hành|Issuing\s+date)\s*[:|][\s|]*\d{1,2}/\d{1,2}/\d{4}",
    r"^[ \t]*\d{1,2}/\d{1,2}/\d{4}[ \t]*$",
    r"^[ \t]*" + _STAMP,
))


# An official document's dateline in the form the clerical rules give it ("Điện Biên, ngày 25 tháng 5 năm
# 2017"): a page may print a site's menus and a legal database's rows before the letterhead, so it is looked
# for further down than the other header dates.
# Found from its date (a literal comma leads it), then its place is checked in the 45 characters before.
_OFFICIAL_DATE = regex.compile(r",\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", regex.V1)
_DATELINE_PLACE = regex.compile(_PLACE + "$", regex.V1)
HEADER_REACH = 600
DATELINE_REACH = 2000


def _own_date(text: str) -> str | None:
    """A date the text gives for itself in its first lines (dateline or publication stamp), else an
    official dateline further down its head."""
    head = text[:HEADER_REACH]
    for m in alternation_matches(HEADER_DATES, head):
        dates = [d for d in find_dates(head[m.start():m.start() + 60]) if d.full]
        if dates:
            return dates[0].iso
    for m in _OFFICIAL_DATE.finditer(text, 0, DATELINE_REACH):
        if _DATELINE_PLACE.search(text, max(0, m.start() - 45), m.start()):
            dates = [d for d in find_dates(m.group()) if d.full]
            if dates:
                return dates[0].iso
    return None


# A news report with no dateline is dated by the event it reports, told at the start of its body:
# "Chiều ngày 22/9/2023, Ban Tuyên giáo Tỉnh ủy … tổ chức Hội nghị …", "Ngày 5/3/2024, Tỉnh ủy tổ chức …".
EVENT_BODY_REACH = 1500
# Where a sentence starts: the text's start, a new line, after a full stop, or after a "CTTĐT - " tag.
_SENTENCE_START = r"(?:^|(?<=[.!?…]\s{1,3})|(?<=\s[-–—]\s{1,3}))"
# (opener, whether the sentence must also name an event): a time of day says an event by itself.
EVENT_OPENERS = (
    (r"(?:Sáng|Chiều|Trưa|Tối|Đêm)\s+(?:nay\s+)?(?:ngày\s+|hôm\s+)?\(?", False),
    (r"(?:Vào\s+)?[Nn]gày\s+", True),
)
EVENT_WORDS = ("tổ chức", "diễn ra", "khai mạc", "bế mạc", "họp", "tiến hành", "làm việc", "hội nghị",
               "hội thảo", "tọa đàm", "phát động", "gặp mặt", "lễ ")
# A sentence that issues or signs a document dates that document, not the report ("Ngày 1/7/2021,
# Chính phủ ban hành Nghị quyết …" is the resolution's date).
ISSUE_WORDS = ("ban hành", "ký ", "thông qua", "nghị quyết số", "chỉ thị số", "kết luận số", "quyết định số")
_EVENT_OPENER = regex.compile(
    "|".join(f"{_SENTENCE_START}(?P<o{i}>{o})" for i, (o, _) in enumerate(EVENT_OPENERS)), regex.V1 | regex.M)


_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)|\n")


def _sentence_at(text: str, start: int) -> str:
    """The sentence from `start` to its full stop (or line end)."""
    end = _SENTENCE_END.search(text[start:])
    return text[start:start + end.start()] if end else text[start:]


def _event_date(text: str) -> str | None:
    """The date of the first event the body's first sentences report (last-resort own date): never a
    date in a sentence that issues a document."""
    body = text[:EVENT_BODY_REACH]
    for m in _EVENT_OPENER.finditer(body):
        needs_event = next(EVENT_OPENERS[i][1] for i in range(len(EVENT_OPENERS)) if m.group(f"o{i}"))
        dates = find_dates(body[m.end():m.end() + 25])
        if not dates or not dates[0].full or dates[0].start > 2:
            continue
        sentence = _sentence_at(body, m.start()).casefold()
        if any(w in sentence for w in ISSUE_WORDS):
            continue
        if needs_event and not any(w in sentence for w in EVENT_WORDS):
            continue
        return dates[0].iso
    return None


# Letterhead: what an official document prints above its title. A line (or every `|` cell of a table row)
# that is one of these is skipped when looking for the title.
LETTERHEAD = tuple(regex.compile(p, regex.V1 | regex.I) for p in (
    r"[-–—_=*.·•|\s]*",  # rules and stars under the agency name
    r"Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc",
    r"Số\s*:?\s*\d+[\w.]*\s*[/\-–][\w/.\-–]*",  # Số: 4216/QĐ-UBND, Số 112-KH/TU
    r"[\p{L} .]{1,40},\s*ngày\s+\d{1,2}\b.*",  # Bắc Giang, ngày 12 tháng 12 năm 2018
    r"(?:(?:ngày\s+\d{1,2}\s+)?tháng\s+\d{1,2}\s+)?năm\s+\d{4}",  # the date line's wrapped end
))
# All-caps lines that name an issuer or the national and Party headings start with one of these.
LETTERHEAD_WORDS = (
    "DANG CONG SAN", "CONG HOA", "CONG", "HOA XA HOI", "CHU NGHIA VIET NAM", "TINH", "THANH PHO", "THANH UY",
    "HUYEN", "QUAN", "THI XA", "THI UY", "XA", "PHUONG", "DANG", "UY BAN", "UBND", "HDND", "HOI DONG", "BAN",
    "BO", "SO", "CHINH PHU", "QUOC HOI", "VAN PHONG", "THU TUONG", "MAT TRAN", "CHI BO", "PHONG", "CUC",
    "TONG CUC", "DOAN", "LIEN", "TRUNG UONG", "BCH", "CONG AN", "TP",
)
# The type word an official document's title starts with ("KẾ HOẠCH", "NGHỊ QUYẾT", garbled "K ÉT LUẬN").
TITLE_TYPES = (
    "KE HOACH", "NGHI QUYET", "CHI THI", "KET LUAN", "QUYET DINH", "QUY DINH", "HUONG DAN", "THONG TU",
    "NGHI DINH", "LUAT", "CONG VAN", "THONG BAO", "BAO CAO", "CHUONG TRINH", "TO TRINH", "DE AN", "QUY CHE",
    "THONG TRI", "CONG DIEN", "PHAP LENH", "PHUONG AN", "BIEN BAN", "THONG CAO",
)
# Lines that open the body, not the title: the legal bases, articles and numbered sections.
BODY_OPENERS = regex.compile(r"(?:Căn\s+cứ|Xét\s|Theo\s+đề\s+nghị|Điều\s+\d|[IVX]+\.\s|\d+\.\s)", regex.V1 | regex.I)
TITLE_REACH = 30  # lines
TITLE_LINES = 6  # a type heading and its "về …" lines, at most


def _compact(line: str) -> str:
    return fold(line).replace(" ", "").upper()


def _all_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


@lru_cache(maxsize=LINE_CACHE)  # pure; the same letterhead lines open document after document
def _is_letterhead(line: str) -> bool:
    """Whether a line is letterhead: agency names, national and Party headings, number, place and date."""
    cells = [c.strip() for c in line.split("|")] if "|" in line else [line]
    return all(_letterhead_cell(c) for c in cells)


def _letterhead_cell(cell: str) -> bool:
    if any(p.fullmatch(cell) for p in LETTERHEAD):
        return True
    if not _all_caps(cell) or _type_heading(cell) or len(cell.split()) > 12:
        return False
    folded = fold(cell).upper()
    return any(folded == w or folded.startswith(w + " ") for w in LETTERHEAD_WORDS)


def _type_heading(line: str) -> bool:
    """An all-caps line that starts with a document type word (and is not the enacting `QUYẾT ĐỊNH:`)."""
    compact = _compact(line)
    return (_all_caps(line) and not line.rstrip().endswith(":")
            and any(compact.startswith(t.replace(" ", "")) for t in TITLE_TYPES))


def _clean(line: str) -> str:
    return " ".join(line.replace("|", " ").split())


# A site's own line ("Hệ thống pháp luật …", "date 2025-09-15", a publication stamp, a bare web address): never
# a title.
_SITE_LINE = regex.compile(r"^(?:Hệ thống pháp luật|date\s|" + _STAMP + r"|(?:https?://|www\.)\S*$)")


def _official_title(lines: list[str]) -> str | None:
    """The title under an official letterhead: the type heading with its following heading and "về …"
    lines, else the first line below the letterhead; None when the body starts straight away."""
    from loaders.boilerplate import is_chrome

    rest = [" ".join(x.split()) for x in lines[:TITLE_REACH]]
    rest = [x for x in rest if _clean(x) and not is_chrome(x)
            and not _SITE_LINE.match(x)]
    skipped = 0
    while skipped < len(rest) and _is_letterhead(rest[skipped]):
        skipped += 1
    if not skipped or skipped == len(rest) or BODY_OPENERS.match(rest[skipped]):
        return None
    rest = [_clean(x) for x in rest]
    head, parts = rest[skipped], [rest[skipped]]
    if not _type_heading(head):
        return head
    for line in rest[skipped + 1: skipped + TITLE_LINES]:
        if BODY_OPENERS.match(line) or _is_letterhead(line) and not _all_caps(line):
            break
        if len(parts) > 1 and not _all_caps(parts[-1]) and not line[:1].islower():
            break  # the "về …" line and its lower-case continuations are the end of the title
        parts.append(line)
    while len(parts) > 1 and _is_letterhead(parts[-1]):
        parts.pop()  # "ỦY BAN NHÂN DÂN TỈNH …" above the legal bases enacts; it is not the title
    return " ".join(parts)


def _title(text: str) -> str | None:
    """The title under an official letterhead, else the first line that is not page chrome."""
    from loaders.boilerplate import is_chrome

    if official := _official_title(text.splitlines()):
        return official
    for line in text.splitlines():
        s = " ".join(line.split())
        if len(s) >= 8 and not is_chrome(s) and not _SITE_LINE.match(s):
            return s
    return None


def document_info(text: str, metadata: dict[str, Any] | None = None) -> DocumentInfo:
    """Title (metadata, else the first line of text), date (metadata, else the text's own dateline, else
    the date of the event the body opens with) and locality (metadata, else the province the text names most)."""
    from loaders.gazetteer import main_province

    metadata = metadata or {}
    text = unicodedata.normalize("NFC", text).replace("\u00d0", "\u0110")  # no offsets here
    return DocumentInfo(
        title=metadata.get("title") or _title(text),
        date=metadata.get("date") or _own_date(text) or _event_date(text),
        locality=metadata.get("locality") or main_province(text),
    )
