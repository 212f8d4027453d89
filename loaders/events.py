"""Conferences, contests, anniversaries, campaigns and trainings, with the date the text pins."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

import regex

from loaders import gazetteer as gz
from loaders.dates import FoundDate, find_dates
from loaders.grammar import roman_number
from loaders.model import Event
from loaders.names import (
    COMMA_PAIRS,
    alternation,
    document_types,
    head_at,
    in_compound,
    is_cap,
    is_caps_line,
    is_head_at,
    next_word,
    recapitalise,
    region_at,
    starts_with_any,
    surname_run,
)
from loaders.persons import role_pattern
from loaders.scanner import matches_at
from loaders.text import fold


@dataclass
class _EventHit:
    start: int
    end: int
    name: str
    kind: str
    date: str | None = None
    organizers: list[str] = field(default_factory=list)
    chairs: list[str] = field(default_factory=list)
    list_at: int | None = None  # where the plural head of the list this hit is an item of stands: its items are many


# What always ends an event's name: a date ("ngày 5/3", "từ ngày", "vào sáng …"; "Ngày 15/8" opening the next
# sentence after a headline printed without its full stop), a place ("tại"), an organiser
# ("do"), the gathering itself going on ("diễn ra", "khai mạc", "với sự tham dự"), "họp" as a verb (not "kỳ họp"),
# and "với" before a count: what the gathering numbers ("Giải … năm 2024 với 12 đội tham gia", "với hơn 300 đại biểu").
_COUNT_ONLY = regex.compile(r"[ \t]*\d+[ \t]+năm[ \t]*", regex.V1)
# A capitalised component of the name right before a spaced dash, and one right after it that is neither a person,
# nor a title, nor a label ("… - Ảnh: …"): "Văn hóa - Du lịch", "Khoa học - Công nghệ".
_COMPONENT_BEFORE = regex.compile(r"(?<!\p{L})\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}+)?[ \t]+$", regex.V1)
_COMPONENTS_JOINED = regex.compile(r"[ \t]+\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}+)?(?![ \t]*:)(?!\p{L})", regex.V1)
_OPENING_QUOTES = {"“": "”", "\"": "\"", "«": "»"}
# The quotes that close one that opened: pages mix the straight and the curly pair ("Hội nghị "Trao đổi …”").
_CLOSING_QUOTES = {"“": "”\"", "\"": "\"”", "«": "»"}
_ALWAYS_ENDS = regex.compile(
    r"[ \t]+(?:(?:ngày|sáng|chiều|tối|trưa|Ngày|Sáng|Chiều|Tối|Trưa)(?=[ \t]*(?:ngày[ \t]*)?\d)|từ(?=[ \t]+ngày)|vào(?=[ \t]+(?:(?:các|những|hai)[ \t]+)?(?:ngày|sáng|chiều|tối|lúc|năm|tháng|dịp))"
    r"|diễn ra|khai mạc|bế mạc|với sự|với(?=[ \t]+(?:(?:hơn|gần|trên|khoảng|tổng cộng|tổng số)[ \t]+)?\d)|(?<!(?i:kỳ|kì|phiên|cuộc|buổi)[ \t]+)họp|\d{1,2}/\d{1,2}/(?:19|20)\d\d)(?!\p{L})",
    regex.V1)  # (a full date printed bare: a page's time stamp after a headline, "… Bộ Chính trị 25/02/2026 06:40")


@cache
def _name_ends() -> regex.Pattern[str]:
    """What ends an event's name wherever it follows: _ALWAYS_ENDS and the words of event_clause_words.tsv
    that open the rest of a sentence ("any": "đã", "được", "tại", "để", "cũng" …), as one pattern."""
    words = {w for w, where in gz.event_clause_words().items() if where == "any"}
    alternatives = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    # (after "lời" a verb is the noun's: "Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc", "lời cảm ơn")
    return regex.compile(rf"{_ALWAYS_ENDS.pattern}|(?<!(?<!\p{{L}})(?i:lời))[ \t]+(?:{alternatives})(?!\p{{L}})",
                         regex.V1)


@cache
def _verbs() -> regex.Pattern[str]:
    """Any predicate of verb_phrases.tsv, longest first ("giao ban" before "giao")."""
    return regex.compile(r"[ \t]+(" + alternation(gz.verb_phrases()) + r")(?!\p{L})", regex.V1)


def _predicate_at(text: str, pos: int) -> bool:
    """Whether a predicate that ends an event's name once its topic has been read ("Hội nghị … thông qua …")
    follows `pos`; right after the head such a verb is the topic ("Hội nghị giao ban", "Hội nghị đối thoại"
    are "task" phrases and never end a name)."""
    m = _verbs().match(text, pos)
    if not m or gz.verb_phrases()[m.group(1)] != "clause" or _CLASSIFIER_BEFORE.search(text, 0, pos) \
            or in_compound(text, m.start(1), m.end(1)):
        return False
    before = _LAST_WORD.search(text, max(0, pos - 12), pos)  # "Lễ trao tặng": one verb with the head's "trao"
    return not (before and f"{before.group().casefold()} {m.group(1)}" in gz.verb_phrases())


_LAST_WORD = regex.compile(r"(?<!\p{L})\p{L}+$", regex.V1)


# A verb right after a classifier noun is a noun: "kỳ họp", "phiên họp", "buổi làm việc", "cuộc thi".
_CLASSIFIER_BEFORE = regex.compile(r"(?<!\p{L})(?i:kỳ|kì|phiên|cuộc|buổi|lễ)$", regex.V1)


@cache
def _event_pattern() -> regex.Pattern[str]:
    """Event heads as printed ("Hội nghị", "hội nghị") or in an all-caps header ("HỘI NGHỊ")."""
    heads = sorted(gz.event_heads(), key=lambda h: len(h[0]), reverse=True)
    by_letter: dict[str, list[str]] = {}  # grouped by first letter: the scan tries one group per position
    for h in heads:
        first = h[0][0]
        rest = _case_variants(h[0][1:])  # ("Lớp Bồi dưỡng", "Hội Nghị": a word after the first in capitals)
        by_letter.setdefault(first.upper(), []).extend(rest)
        if h[3] != "capital" or " " in h[0]:  # (a capitalised head of two words in lowercase: see find_events)
            by_letter.setdefault(first.lower(), []).extend(rest if h[1] == "training" else rest[:1])
        by_letter.setdefault("^" + first.upper(), []).append(regex.escape(h[0][1:].upper()))
    groups = "|".join(f"{regex.escape(k.lstrip('^'))}(?:{'|'.join(dict.fromkeys(v))})" for k, v in by_letter.items())
    return regex.compile(rf"(?<!\p{{L}})(?:{groups})(?!\p{{L}})", regex.V1)


def _case_variants(rest: str) -> list[str]:
    """A head's letters after its first as printed and with its second word capitalised ("ớp bồi dưỡng", "ớp Bồi
    dưỡng"), escaped: exact alternatives scan faster than a case-insensitive group. Lowercase heads take the second
    form only for courses ("lớp Bồi dưỡng …"): most words of a text are lowercase, each alternative costs there."""
    words = rest.split(" ")
    second = [words[0], *(w[:1].upper() + w[1:] for w in words[1:2]), *words[2:]]
    return [regex.escape(v) for v in dict.fromkeys((rest, " ".join(second)))]


# "khóa XIII", "khoá XII", "KHOÁ XVI": the term that ends a plenum's or a session's name.
_TERM = r"(?i:kh[oóòỏõọ]\p{M}*[aáàảãạ]\p{M}*)\s+[IVXLC\d]+"
_TERM_ONLY = regex.compile(_TERM + r"\s*$")
_COMMA_TERM = regex.compile(r"[ \t]*" + _TERM + r"(?!\p{L})")  # "Hội nghị Tỉnh ủy lần thứ 23, khóa XIX"
_TERM_BRACKETED = regex.compile(r"\(?" + _TERM + r"\)?")
# After a comma, the body whose term a session belongs to: "Kỳ họp thứ 9, Quốc hội khóa XV", "…, HĐND tỉnh khóa X".
_BODY_AND_TERM = regex.compile(r"[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]+\p{L}+){0,5}?[ \t]+" + _TERM + r"(?!\p{L})", regex.V1)


@cache
def _name_goes_on() -> regex.Pattern[str]:
    words = sorted(gz.event_name_continuations(), key=len, reverse=True)
    return regex.compile(r"[ \t]+(?:" + "|".join(regex.escape(w) for w in words) + r")(?!\p{L})", regex.V1)


# The ranks of a prize: "Giải Nhất", "Giải Khuyến khích" are what a contestant wins, not a contest.
_PRIZE_RANKS = frozenset({"nhất", "nhì", "ba", "tư", "khuyến", "đặc", "a", "b", "c", "vàng", "bạc", "đồng"})


def _first_letter(head: tuple[str, str, str, str]) -> str:
    """The head's first letter in either case, or only as printed for heads that must be capitalised."""
    letter = regex.escape(head[0][0])
    return letter if head[3] == "capital" else f"(?i:{letter})"


def _event_head(word: str) -> tuple[str, str, str, str] | None:
    return _event_heads_folded().get(word.casefold())


@cache
def _event_heads_folded() -> dict[str, tuple[str, str, str, str]]:
    """Casefolded head → the first row of event_heads.tsv with that head."""
    out: dict[str, tuple[str, str, str]] = {}
    for h in gz.event_heads():
        out.setdefault(h[0].casefold(), h)
    return out


# A colon between an event's head and its title in quotes: "tọa đàm: “…”", "Hội thảo: “…”".
_COLON_BEFORE_TITLE = regex.compile(r"[ \t]*:[ \t]*(?=[“\"«][ \t]*\p{Lu})", regex.V1)


# A festival named inside a contest's name that has no year yet, up to the year: the contest is held for the festival
# and its name goes on to its year ("Giải bóng chuyền … Lễ hội Đền X năm 2024" is one contest, not a contest and a
# festival); a contest whose name already holds its year ends before a festival named after it.
_FESTIVAL_TO_YEAR = regex.compile(r"(?:Lễ|Ngày)[ \t]+hội(?!\p{L})[^,.;:!?()\n]{1,80}?(?<!\p{L})năm[ \t]+(?:19|20)\d\d(?!\d)",
                                  regex.V1)
_YEAR_IN = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _event_end(text: str, start: int, head_end: int, caps: bool, kind: str = "",
               bodies: Sequence[tuple[int, int]] = ()) -> int:
    """Where an event's name ends, by the shape of the text: punctuation (a comma only before words that carry
    the name on), a new line (not in caps headers), a date, a place or an organiser, a word that opens the rest
    of the sentence, a predicate after the event's topic (an anniversary's topic is a clause of its own:
    "Kỷ niệm 50 năm Chủ tịch Cuba Fidel Castro thăm vùng giải phóng …"), another event's head."""
    end = head_end
    limit = min(len(text), start + 220)
    i = head_end
    if colon := _COLON_BEFORE_TITLE.match(text, head_end):
        i = colon.end()  # "tọa đàm: “Để pháp luật đi vào cuộc sống”": the title in quotes after a colon
    quote = None
    words = 0
    in_list = False  # a list of topics the name holds ("… thông tin, cổ động, văn nghệ, thể thao …")
    while i < limit:
        c = text[i]
        if quote:
            if c in quote:
                quote = None
                end = i + 1
                nxt = next_word(text, i + 1)
                if nxt and not is_cap(nxt.group()) and not text[i + 1:nxt.start()].strip() \
                        and not (kind != "campaign" and _YEAR_AFTER_TITLE.match(text, i + 1)) \
                        and not _ORDINAL_AFTER_TITLE.match(text, i + 1) and not _AND_WORDS_THEN_YEAR.match(text, i + 1):
                    break  # a quoted title ends the name unless a capitalised word, or the year, carries on
                    # ("Hội thi “Phụ nữ với pháp luật” năm 2025"; a movement runs for years: "sơ kết phong trào “…”
                    # năm 2024" reviews its year)
            i += 1
            continue
        if c in "“\"«":
            quote = _CLOSING_QUOTES[c]
            i += 1
            continue
        if c == "\n":
            if caps and is_caps_line(text[i + 1: (text.find("\n", i + 1) + 1 or len(text) + 1) - 1]):
                i += 1
                continue
            break
        initial = c == "." and i > 0 and text[i - 1].isupper() and (i < 2 or not text[i - 2].isalpha()) \
            and not _ORDINAL_BEFORE.search(text, max(0, i - 12), i - 1)  # ("lần thứ I." ends a sentence)
        if c == "," and kind == "anniversary" and _COUNT_ONLY.fullmatch(text, head_end, i) \
                and text.startswith(" Ngày ", i + 1):
            i += 1  # "kỷ niệm 75 năm, Ngày truyền thống …": the count, then the day it counts from
            continue
        if c == "," and not caps and (listed := _lower_document_types().match(text, i + 1)):
            end = i = listed.end()  # "… một số nghị quyết, quy định, kết luận …": a list of kinds of documents
            continue
        if c == "," and kind == "contest" and text[head_end:i].strip() and (w := next_word(text, i + 1)) \
                and role_pattern().match(text, w.start()) and role_pattern().match(text, head_end + 1):
            i += 1  # "cuộc thi Chỉ huy trưởng, Chính ủy …": the titles a contest is held for
            continue
        if c == "," and not caps and (_name_goes_on().match(text, i + 1) or _comma_pair_at(text, i)
                                      or _BODY_AND_TERM.match(text, i + 1) or _COMMA_TERM.match(text, i + 1)):
            i += 1  # "Hội nghị học tập, quán triệt, triển khai …", "… kiểm tra, giám sát …"
            continue
        if c == "," and not caps and kind == "conference" and text[head_end:i].strip() \
                and _ORDINAL_AHEAD.match(text, i + 1) and not _OWN_ORDINAL.search(text, head_end, i):
            i += 1  # "Đại hội đại biểu Đảng bộ MTTQ, các đoàn thể Trung ương, lần thứ I": the ordinal after a comma is
            continue  # the congress's own, and the words before it are its body's name
        if c == "," and not caps and text[head_end:i].strip() and _list_goes_on(text, i, in_list):
            in_list = True  # "Hội thi văn nghệ, thể thao …", "Ngày hội văn hóa, thể thao và du lịch …": topics listed
            i += 1
            continue
        if c in ",.;:!?)" and not initial and not (c in ".," and text[i - 1:i].isdigit()
                                                   and _NUMBER_GOES_ON.match(text, i + 1)):
            break  # "1.000", "30, 40, 50 năm tuổi Đảng": a number or a list of numbers goes on
        if c in "-–—" and text[i - 1:i] == " " and not caps and _COMPONENTS_JOINED.match(text, i + 1) \
                and _COMPONENT_BEFORE.search(text, head_end, i):
            i += 1  # "Ngày hội Văn hóa - Du lịch …": two capitalised components of one name joined by a dash
            continue
        if c in "-–" and text[i - 1:i] == " " and text[i - 2:i - 1].islower() and _LOWER_AFTER_DASH.match(text, i + 1):
            i += 1  # "… tổ chức chính trị - xã hội các cấp", "… kinh tế - xã hội": two lowercase words, one pair
            continue
        if c in "-–—" and text[i - 1:i] == " " and not text[i - 2:i - 1].isdigit() \
                and not ((after := next_word(text, i + 1)) and region_at(text, after.start())):
            break  # "… tại Hội nghị - Ảnh: …": a spaced dash outside a range of years ("Miền Trung - Tây Nguyên":
            # two regions) ends the name
        if c == "(":
            close = text.find(")", i)
            inner = text[i + 1:close] if close > 0 else ""
            if close > 0 and (_TERM_ONLY.match(inner) or _ENLARGED.fullmatch(inner.strip())
                                  and _closed_by_ordinal(text, head_end, i - (text[i - 1:i] in " \t"))):
                end = i = close + 1  # "(khóa XV)", "lần thứ 11 (mở rộng)"
                continue
            if close > 0 and _SESSION_KIND.fullmatch(inner.strip()) and _SESSION_IN_NAME.match(text, start) \
                    and _BODY_AND_TERM.match(text, close + 1):
                end = i = close + 1  # "Kỳ họp thứ 22 (kỳ họp chuyên đề) HĐND tỉnh khóa X": the kind of the session,
                continue  # then the council whose session it is
            if close > 0 and _ACRONYM_ONLY.fullmatch(inner) and (after := next_word(text, close + 1)) \
                    and not text[close + 1:after.start()].strip():
                i = close + 1  # "Lễ tuyên dương học sinh (HS) giỏi …": an acronym in brackets, then the name goes on
                continue
            break
        if not caps and c.isspace():
            if (_closed_by_ordinal(text, head_end, i) or _enlarged_before(text, head_end, i)) \
                    and (w := next_word(text, i)) and (w.group().islower() and not _GOES_ON_AFTER_TERM.match(text, i)
                                                       or _owner_again(text, head_end, w)):
                break  # "… lần thứ X, nhiệm kỳ 2024 - 2029 với phương châm …": the term closes the name; so does
                # its owner printed again after it ("Đại hội Đảng bộ tỉnh X lần thứ XIX Đảng bộ tỉnh X đã …")
            if text[i - 1].isdigit() and (w := next_word(text, i)) and surname_run(text, w.start()):
                break  # "Hội thi … năm 2019 Nguyễn Văn A khẳng định": a person's name after its year
            if _name_ends().match(text, i) and not ((w := next_word(text, i)) and in_compound(text, w.start(), w.end())) \
                    and not (kind == "training" and _FOR_WHOM.match(text, i) and (text[head_end:i].strip() in ("", "dành")
                                                                  or _FOR_WHOM_NAMED.match(text, i)
                                                                  and not text[i - 4:i].isdigit())):
                break  # ("chuẩn bị": "bị" is a syllable of a word, not the passive; "Hội nghị tập huấn cho cán bộ …",
                # "lớp bồi dưỡng kiến thức quốc phòng cho cán bộ thuộc đối tượng 4": whom a training is for is its name)
            if words and kind != "anniversary" and _predicate_at(text, i) and not _enlarged_after_ordinal(text, head_end, i) \
                    and not (kind == "contest" and _open_contest(text, i)) \
                    and not (" " in text[start:head_end] and _AND_AFTER.fullmatch(text, head_end, i)):
                break  # ("Lễ bế giảng và trao chứng chỉ …": a second act of the ceremony, joined to its head)
            nxt = next_word(text, i)
            inner = _event_pattern().match(text, nxt.start()) if nxt and is_cap(nxt.group()) else None
            inner_head = (_event_head(inner.group()) or ("", "", "", "")) if inner else None
            if inner and i > head_end and inner_head[1] != "anniversary" \
                    and not (_CEREMONY.match(text, start) and _ONE_WORD.fullmatch(text, head_end, i)) \
                    and not _EVENT_AS_OBJECT.search(text, head_end, i) \
                    and not _DOCUMENT_OF.search(text, max(head_end, i - 22), i + 1) \
                    and not (kind == "anniversary" and _YEARS_BEFORE.search(text, max(head_end, i - 14), i)) \
                    and not (inner_head[2] in ("named", "capital") and _CAPITALISED_BEFORE.search(text, head_end, i)) \
                    and not (_DAY_BEFORE.search(text, max(head_end, i - 5), i) and _holiday_at(text, nxt.start())) \
                    and not _CENTRE_BEFORE.search(text, max(head_end, i - 12), i + 1) \
                    and not (inner_head[2] in ("quoted", "titled") and not _QUOTED_NAME_AFTER.match(text, inner.end())) \
                    and not (kind == "contest" and not _YEAR_IN.search(text, head_end, i)
                             and _FESTIVAL_TO_YEAR.match(text, nxt.start())):
                # (a head that needs a name in quotes and has none names no event: "Giải bóng đá Mini Phong trào
                # huyện …", a stray capital in the contest's own name)
                joined = text.rfind(" và ", head_end, i)
                if joined >= 0:
                    end = joined  # "… lần thứ IV và phát động Giải …": "và" joins the two, the first ends before it
                break  # (a head that needs a capitalised name, inside a capitalised run, is a word of it: "Ngày Giải
                # phóng miền Nam")
            if nxt and kind != "anniversary" and nxt.group() in ("kỷ", "Kỷ") and _ANNIVERSARY_INSIDE.match(text, nxt.start()) \
                    and _OCCASION_TAIL.search(text, head_end, i):
                break  # "… năm 2023 chào mừng kỷ niệm 75 năm Ngày …": the anniversary it honours is an event of its own
            if nxt and nxt.group() == "và" and kind == "contest" and words and _verbs().match(text, nxt.end()):
                break  # "Hội thao … năm 2023 và tổng kết các hoạt động …": a second act of the day, not the contest's
            if nxt and nxt.group() == "và" and kind == "anniversary" and words and _MARKS_AGAIN.match(text, nxt.end()):
                break  # "… 87 năm Ngày Truyền thống Mặt trận … và kỷ niệm Ngày Di sản văn hóa …": the verb said again
                # opens a second anniversary
            if nxt and nxt.group() == "và" and words and _event_after_and(text, nxt.end()):
                break  # "Ngày hội … năm 2020 và lễ phát động …", "Hội nghị … và “Triển lãm …”": a second event
            if nxt and nxt.group() == "và" and _new_item_after_and(text, nxt.end(), bodies) \
                    and not any(s0 < i < e0 for s0, e0 in bodies):
                break  # "… của Đảng và Kế hoạch 207-KH/TU …": another thing of the sentence
            if nxt and not text[i:nxt.start()].strip():
                words += 1
        if c.isalnum():
            end = i + 1
        i += 1
    dangling = _DANGLING_AND.search(text, max(head_end, end - 8), end) \
        or _OCCASION_TAIL.search(text, max(head_end, end - 12), end)
    return dangling.start() if dangling else end


# A congress's term or a Roman ordinal closes its name; in lowercase only another term, a year, a period, its
# owner, or the area or level it is held for may follow ("… lần thứ II khu vực phía Nam"; not "… lần thứ XIII
# thành công tốt đẹp", "… nhiệm kỳ 2024 - 2029 với chủ đề …").
_TERM_CLOSES = regex.compile(r"(?:(?<!\p{L})(?i:nhiệm kỳ)[ \t]+\d{4}[ \t]*[-–][ \t]*\d{4}|(?<!\p{L})lần thứ[ \t]+[IVXLC]+)$",
                             regex.V1)
_TERM_LAST = frozenset("0123456789IVXLC")
# So does an ordinal in words or digits ("Đại hội … lần thứ nhất bầu …", "Hội nghị … lần thứ 5 thảo luận …"), the
# number said in full ("lần thứ ba mươi hai": "ba" is not its end).
_NUMBER_WORDS = r"(?:nhất|mười|mươi|một|mốt|hai|ba|tư|bốn|năm|lăm|sáu|bảy|tám|chín)"
_ORDINAL_CLOSES = regex.compile(r"(?<!\p{L})lần[ \t]+thứ[ \t]+(?:\d{1,3}|(?i:" + _NUMBER_WORDS + r")(?:[ \t]+"
                                + _NUMBER_WORDS + r"){0,2})$", regex.V1)
_NUMBER_WORD_AFTER = regex.compile(r"[ \t]+" + _NUMBER_WORDS + r"(?!\p{L})", regex.V1)
# "cho cán bộ thuộc đối tượng 4": whom a course is for, by their kind (not a count "cho 80 học viên", nor after the
# year that closes the name "… năm 2024 cho …").
_FOR_WHOM_NAMED = regex.compile(r"[ \t]+cho[ \t]+\p{Ll}", regex.V1)
_FOR_WHOM = regex.compile(r"[ \t]+cho(?!\p{L})(?![ \t]+(?:biết|rằng|thấy|hay)(?!\p{L}))", regex.V1)  # (not "cho biết")


# After a comma, an item of a list of topics: up to three lowercase words, then another comma and a lowercase word
# ("…, cổ động, văn nghệ, …"), or the last item joined by "và" ("…, thể thao và du lịch …").
_MIDDLE_ITEM = regex.compile(r"[ \t]+(?:\p{Ll}+[ \t]+){0,2}\p{Ll}+,[ \t]*\p{Ll}", regex.V1)
_LAST_ITEM_AND = regex.compile(r"[ \t]+(?:\p{Ll}+[ \t]+){0,2}\p{Ll}+[ \t]+và[ \t]+\p{Ll}", regex.V1)
_CLOSED_BEFORE = regex.compile(r"(?<!\p{L})(?:\d+|[IVXLC]+)$", regex.V1)
_NAMED_AFTER = regex.compile(r"[^.;:\n]{0,100}?(?:\p{Lu}|\d)", regex.V1)
_LOWER_AFTER = regex.compile(r"[ \t]+\p{Ll}", regex.V1)


def _list_goes_on(text: str, comma: int, in_list: bool) -> bool:
    """Whether the comma at `comma` separates topics the event's name lists: a short lowercase item follows
    and another comma or "và" closes it, or the last item of a list already begun; never before a word that
    opens the rest of the sentence, a predicate or a title."""
    if not (_MIDDLE_ITEM.match(text, comma + 1) or _LAST_ITEM_AND.match(text, comma + 1)
            or (in_list and _LOWER_AFTER.match(text, comma + 1))):
        return False
    if _CLOSED_BEFORE.search(text, max(0, comma - 12), comma):
        return False  # "Hội nghị tổng kết năm 2024, đại biểu và …": a year or an ordinal has closed the name
    w = next_word(text, comma + 1)
    if not w or _name_ends().match(text, comma + 1) or _verbs().match(text, comma + 1) \
            or role_pattern().match(text, w.start()):
        return False
    if not in_list and not _NAMED_AFTER.match(text, comma + 1):
        return False  # a list inside a name is followed by its place, ordinal or year ("… các dân tộc vùng Tây Bắc
        # lần thứ XIV", "… toàn huyện năm 2025"); "…, cán bộ và chiến sĩ trở về đơn vị." is a sentence of its own
    joined = _LAST_ITEM_AND.match(text, comma + 1)
    if joined and not in_list:  # after "và", the list's last item and more of the name, not a clause's predicate
        after = joined.end() - 1  # ("…, đại biểu và khách mời đã thảo luận": the subject of a sentence)
        for _ in range(3):
            if _name_ends().match(text, after) or _verbs().match(text, after):
                return False
            nw = next_word(text, after)
            if not nw:
                break
            after = nw.end()
    return True


_ONE_WORD = regex.compile(r"[ \t]+\p{Ll}+[ \t]*", regex.V1)  # ("Lễ trao giải Cuộc thi …": what the ceremony gives)


def _event_held_at(text: str, start: int, end: int) -> int | None:
    """Where another event's head opens inside a ceremony's name, right after the ceremony's head or its object
    ("Lễ phát động Cuộc thi …", "Lễ trao giải Hội thi …"): not an anniversary, which a ceremony is held for."""
    m = _event_pattern().search(text, start, end)
    if not m or not is_cap(m.group()) or not (not text[start:m.start()].strip()
                                              or _ONE_WORD.fullmatch(text, start, m.start())):
        return None
    head = _event_head(m.group())
    return m.start() if head and head[1] != "anniversary" and " " in head[0] else None


def _closed_by_ordinal(text: str, head_end: int, pos: int) -> bool:
    """Whether a term or an ordinal closes the name read up to `pos` ("… nhiệm kỳ 2020 - 2025", "… lần thứ XIV",
    "… lần thứ 5", "… lần thứ hai"; not "… lần thứ ba" of "lần thứ ba mươi hai")."""
    return bool(text[pos - 1:pos] in _TERM_LAST and _TERM_CLOSES.search(text, max(head_end, pos - 30), pos)
                or _ORDINAL_CLOSES.search(text, max(head_end, pos - 40), pos) and not _NUMBER_WORD_AFTER.match(text, pos))


# "mở rộng" (enlarged: the plenum that invites more than its members) right after an ordinal, bare or in brackets:
# the kind of the meeting, part of its name ("Hội nghị Tỉnh ủy lần thứ 23 mở rộng", "Hội nghị lần thứ 11 (mở
# rộng)"), not the verb "mở".
_ENLARGED = regex.compile(r"[ \t]*mở[ \t]+rộng(?!\p{L})", regex.V1)


def _enlarged_after_ordinal(text: str, head_end: int, pos: int) -> bool:
    """Whether "mở rộng" at `pos` follows an ordinal that closes the name read so far ("… lần thứ 23 mở rộng")."""
    return bool(_ENLARGED.match(text, pos)) and _closed_by_ordinal(text, head_end, pos)


# "mở rộng" (open: a tournament anyone may enter) right after a cup's or a tournament's own name, capitalised or a
# code ("Cúp Hoa Sen mở rộng", "Giải Quần vợt Cúp 8X mở rộng"): part of the contest's name, not the verb "mở".
_NAME_WORD_BEFORE = regex.compile(r"(?<!\p{L})(?:\p{Lu}[\p{L}\d]*|\d[\p{L}\d]*|(?i:cúp)[ \t]+\p{Lu}[\p{L}\d \t]{0,30})$",
                               regex.V1)  # ("Cúp Truyền hình mở rộng": the cup's name, its later words lowercase)


def _open_contest(text: str, pos: int) -> bool:
    """Whether "mở rộng" at `pos` follows a capitalised word or a code that ends a contest's own name."""
    return bool(_ENLARGED.match(text, pos)) and bool(_NAME_WORD_BEFORE.search(text, max(0, pos - 40), pos))


def _enlarged_before(text: str, head_end: int, pos: int) -> bool:
    """Whether the name read up to `pos` ends with "mở rộng" after its closing ordinal."""
    m = _ENLARGED.search(text, max(head_end, pos - 12), pos)
    return bool(m and m.end() == pos and m.start() > head_end and text[m.start()] in " \t"
                and _enlarged_after_ordinal(text, head_end, m.start()))


def _owner_again(text: str, head_end: int, word: regex.Match[str]) -> bool:
    """Whether the capitalised words from `word` on repeat two words the name already holds after its head."""
    two = regex.match(r"\p{Lu}\p{L}*[ \t]+\p{L}+", text[word.start():word.start() + 40], flags=regex.V1)
    return bool(two) and " ".join(two.group().split()) in " ".join(text[head_end:word.start()].split())
_GOES_ON_AFTER_TERM = regex.compile(r"[ \t]+(?:nhiệm kỳ|khóa|khoá|năm|giai đoạn|của|và|khu vực|vùng|cấp|cụm|vòng"
                                   r"|mở rộng|bất thường)(?!\p{L})",  # ("Hội nghị Tỉnh ủy lần thứ 23 mở rộng")
                                   regex.V1)
# ("Trung tâm Hội chợ triển lãm quốc gia": a hall whose name holds the head of an event)
_CENTRE_BEFORE = regex.compile(r"(?<!\p{L})(?i:trung tâm(?:[ \t]+hội chợ)?)[ \t]+$", regex.V1)
# A name never ends on "và": "Lễ bế giảng và trao …" stops before it when the verb after it ends the name.
_DANGLING_AND = regex.compile(r"[ \t]+và$")
_AND_AFTER = regex.compile(r"[ \t]+và")
# "… 34 năm Ngày hội Quốc phòng toàn dân": the day an anniversary counts the years of is its subject, not an event.
_YEARS_BEFORE = regex.compile(r"(?<!\p{L})\d+[ \t]+năm$", regex.V1)
_OCCASION_TAIL = regex.compile(r"[ \t]+(?:chào mừng|nhân dịp|nhân|hướng tới|tiến tới)$")
_ACRONYM_ONLY = regex.compile(r"\p{Lu}{2,6}", regex.V1)
_ORDINAL_BEFORE = regex.compile(r"(?<!\p{L})(?i:thứ|khóa|khoá)[ \t]+$", regex.V1)


# After a digit and "," or ".": more digits, or a list of numbers that a counted noun closes ("30, 40, 50 năm").
_WORDS_BEFORE = regex.compile(r"(?<!\p{L})\p{Lu}\p{Ll}*(?:[ \t]+\p{L}+)?[ \t]+$", regex.V1)


def _after_a_head(text: str, pos: int) -> bool:
    """Whether the head of a body's name ends right before `pos` ("Trung tâm ", "Nhà văn hóa ")."""
    m = _WORDS_BEFORE.search(text, max(0, pos - 24), pos)
    found = head_at(text, m.start()) if m else None
    return bool(found and not text[found[0]:pos].strip())


# Nothing but a place: "tỉnh Vĩnh Long", "quốc gia", "".
_PLACE_ONLY = regex.compile(r"(?:[ \t]+(?:(?i:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|quốc gia|quốc tế)|\p{Lu}\p{Ll}*))*[ \t]*",
                            regex.V1)
_NUMBER_GOES_ON = regex.compile(r"\d|[ \t]\d{1,3}(?:,[ \t]\d{1,3})*(?:[ \t]+(?:và|,)[ \t]*\d{1,3})?[ \t]+\p{Ll}", regex.V1)
_DAY_BEFORE = regex.compile(r"(?<!\p{L})(?i:ngày)$", regex.V1)  # ("… năm ngày Giải phóng miền Nam": a holiday's words)
_CAPITALISED_BEFORE = regex.compile(r"(?<![\p{L}])\p{Lu}\p{L}*[ \t]*$", regex.V1)
# Words that make another event the object of this one's name: "tiếp xúc cử tri trước Kỳ họp thứ 9",
# "Hội thảo chào mừng Đại hội …", "thông báo nhanh kết quả Hội nghị Trung ương …".
_EVENT_AS_OBJECT = regex.compile(r"(?<!\p{L})(?:trước|sau|chào mừng|hướng tới|tiến tới|phục vụ|kết quả|tổ chức)[ \t]*$",
                              regex.V1)


@cache
def _lower_document_types() -> regex.Pattern[str]:
    """After a comma, a lowercase kind of document: a list the name goes on with ("… một số nghị quyết, quy định,
    kết luận của Bộ Chính trị")."""
    return regex.compile(rf"[ \t]+(?:{alternation(t.casefold() for t in document_types())})(?=[ \t]*[,\p{{L}}])",
                         regex.V1)


_QUOTE_OPENS = regex.compile(r"[ \t]*[“\"«]?")


_MARKS_AGAIN = regex.compile(r"[ \t]+(?i:kỷ niệm|kỉ niệm)(?!\p{L})", regex.V1)


def _event_after_and(text: str, pos: int) -> bool:
    """After "và": the head of another event of two words or more, quoted or not ("lễ phát động …", "“Triển lãm
    …”"); not an anniversary, which an event may be held for."""
    m = _event_pattern().match(text, _QUOTE_OPENS.match(text, pos).end())
    head = _event_head(m.group()) if m else None
    return bool(head and head[1] != "anniversary" and " " in head[0])


@cache
def _plural_documents() -> regex.Pattern[str]:
    """After "và": "các"/"những" and a lowercase kind of document (document_types.tsv): a list's next item."""
    return regex.compile(rf"[ \t]+(?:các|những)[ \t]+(?:{alternation(t.casefold() for t in document_types())})(?!\p{{L}})",
                         regex.V1)


def _new_item_after_and(text: str, pos: int, bodies: Sequence[tuple[int, int]] = ()) -> bool:
    """After "và": a capitalised document or body opens another item of a list, not more of the name. Where the
    bodies of the text are known, a body's head word must open one of them ("… và Hội rằm tháng ba huyện X": a
    festival, no association)."""
    if _plural_documents().match(text, pos):
        return True  # "… lần thứ XIII của Đảng và các văn bản chỉ đạo …": the documents of a list, not the name's
    nw = next_word(text, pos)
    if not (nw and is_cap(nw.group())):
        return False
    if starts_with_any(text, nw.start(), document_types()):
        return True
    return is_head_at(text, nw.start()) and (not bodies or any(s0 == nw.start() for s0, _ in bodies))


# Documents named after the meeting that adopted them: "Nghị quyết Đại hội XIV của Đảng", "Văn kiện Đại hội".
_DOCUMENT_OF = regex.compile(r"(?i:nghị quyết|văn kiện|báo cáo chính trị)[ \t]+$|(?<!\p{L})Luật[ \t]+$", regex.V1)


def _comma_pair_at(text: str, pos: int) -> bool:
    """Whether the comma at `pos` joins a lowercase pair ("phòng, chống", "kiểm tra, giám sát")."""
    start = text.rfind(" ", 0, max(0, pos - 12)) + 1
    return any((at := text.find(pair, start, pos + len(pair))) >= 0 and at + pair.index(",") == pos
               for pair in COMMA_PAIRS)


@cache
def _clause_words() -> regex.Pattern[str]:
    words = sorted(gz.event_clause_words(), key=len, reverse=True)
    return regex.compile(r"[ \t]+(" + "|".join(regex.escape(w) for w in words) + r")(?!\p{L})", regex.V1)


def _clause_word(text: str, pos: int, where: tuple[str, ...]) -> regex.Match[str] | None:
    """A clause-opening word (event_clause_words.tsv) right after `pos`, of one of the kinds in `where`."""
    m = _clause_words().match(text, pos)
    return m if m and gz.event_clause_words()[m.group(1)] in where else None


_SENTENCE_BEFORE = regex.compile(r"(?:[.!?:;]|\n)[\s\"”)]*$")


def _subject_of_clause(text: str, start: int, head_end: int, named_before: bool) -> bool:
    """Whether the head at `start` is the subject of a sentence ("Hội nghị cũng đánh giá …", "Hội nghị thống
    nhất …"): a clause word right after it; a verb that may also begin a name only at the start of a sentence
    once an event has been named."""
    if _clause_word(text, head_end, ("any", "head")):
        return True
    if not named_before:
        return False
    # only blanks before it (tested on the first character first, to avoid copying the text before it)
    at_top = start == 0 or (text[0].isspace() and text[:start].isspace())
    opens = at_top or _SENTENCE_BEFORE.search(text[max(0, start - 6):start])
    return bool(opens and _clause_word(text, head_end, ("subject",)))


def _points_back(words: list[str]) -> bool:
    """A demonstrative among the first words after an event's head (event_clause_words.tsv, deictic), or a
    demonstrative pronoun ending its name ("Đại hội Đảng bộ xã … lần này"; not "… năm nay", a named year's)."""
    first = [w.casefold() for w in words[:3]]
    phrases = first + [" ".join(first[i:i + 2]) for i in range(len(first) - 1)]
    return any(gz.event_clause_words().get(p) == "deictic" for p in phrases) \
        or (len(words) > 3 and words[-1].casefold() in _DEMONSTRATIVES)


_DEMONSTRATIVES = frozenset({"này", "đó", "ấy"})


_TENURE_AFTER = regex.compile(r"[ \t]*,?[ \t]*\(?(?i:nhiệm kỳ)[ \t]+(?:19|20)\d\d[ \t]*[-–][ \t]*(?:19|20)\d\d\)?", regex.V1)
_YEAR_AFTER = regex.compile(r"(?:[ \t]+năm[ \t]+\d{4}(?!\d))?")
_QUOTED_TITLE = regex.compile(r"[ \t]*[“\"«][ \t]*\p{Lu}[^”\"»\n]{2,100}[”\"»]", regex.V1)
_IS_BEFORE = regex.compile(r"(?<!\p{L})là[ \t]+$", regex.V1)
# A number or an ordinal in a name: "hội nghị lần thứ 5", "đại hội nhiệm kỳ 2025-2030", "kỳ họp thứ XV".
_NUMBERED = regex.compile(r"\d|(?<!\p{L})[IVXLC]+(?!\p{L})", regex.V1)
_COPULA_BEFORE = regex.compile(r",[ \t]*là[ \t]+$", regex.V1)  # (an apposition; "Đây là hội nghị …" may name one)
_PLURAL_BEFORE = regex.compile(r"(?<!\p{L})(?i:các|những|mỗi)\s+(?:(?:kỳ|kì|cuộc|buổi)\s+|\p{Ll}+(?:\s+\p{Ll}+)?,\s*)?$",
                            regex.V1)  # (and a plural list: "các chương trình, chiến dịch tình nguyện")  # ("các kỳ đại hội")
# The words that follow a head but never begin a name: "Đại hội như sau", "kỳ Đại hội đều thể hiện …"; and a level,
# a length or a scope that is all the words after it: "hội thi cấp huyện", "Đại hội 2 ngày", "hội nghị quốc tế".
_NO_NAME_AFTER = frozenset({"như", "đều", "cũng"})
_QUALIFIER_ONLY = regex.compile(r"(?:cấp (?:trên|dưới|tỉnh|huyện|xã|cơ sở)|\d+ (?:ngày|buổi)|quốc tế|chuyên đề)(?!\p{L})",
                                 regex.V1)  # ("thông qua hội thảo chuyên đề": a kind of meeting, none named)
_COUNT_BEFORE = regex.compile(r"(?<![\d/.,\-–])\d{1,3}\s+$")
# A verb of holding right before a head makes it the object ("tổ chức hội nghị biểu dương …"): a verb after the
# head is then its topic, not the sentence's predicate.
_ATTENDED_BEFORE = regex.compile(r"(?<!\p{L})(?:tham dự|dự)[ \t]+$", regex.V1 | regex.I)
_HELD_BEFORE = regex.compile(r"(?<!\p{L})(?:tổ chức|khai mạc|mở|phát động)[ \t]+$", regex.V1 | regex.I)
# "Họp mặt chúc mừng …", "Gặp mặt mừng Xuân …": what a gathering greets is its name, not a predicate after it.
_GREETING_AFTER = regex.compile(r"[ \t]+(?:chúc mừng|chúc Tết|mừng|tri ân)(?!\p{L})", regex.V1)
_WITH_WHOM = regex.compile(r"[ \t]+với[ \t]+(?:đại diện|đoàn|lãnh đạo|\p{Lu})", regex.V1)
_NAME_AFTER = regex.compile(r"[ \t]+[\"“]?\p{Lu}", regex.V1)
# A movement's or campaign's own name in quotes right after its head: "phong trào “Nông dân sản xuất, kinh doanh
# giỏi …”", "phong trào thi đua “Vì an ninh Tổ quốc”".
_QUOTED_NAME_AFTER = regex.compile(r"[ \t]+[\"“]\p{Lu}", regex.V1)
# The term that names one election of deputies: "… Quốc hội khóa XVI", "… các cấp nhiệm kỳ 2026 - 2031".
_TERM_IN_NAME = regex.compile(r"(?<!\p{L})(?:(?i:khóa|khoá)[ \t]+(?:[IVXLC]+|\d+)(?!\p{L})|nhiệm kỳ[ \t]+\d{4})", regex.V1)
_YEAR_AFTER_TITLE = regex.compile(r"[ \t]+năm[ \t]+(?:19|20)\d\d(?!\d)", regex.V1)
# After a quoted title, "và" and a few lowercase words that the year closes: a second part of the name ("Tháng cao
# điểm “Vì người nghèo” và an sinh xã hội năm 2023", "Hội thi “…” và giao lưu văn nghệ năm 2024").
_AND_WORDS_THEN_YEAR = regex.compile(r"[ \t]+và(?:[ \t]+\p{Ll}+){1,4}[ \t]+năm[ \t]+(?:19|20)\d\d(?!\d)", regex.V1)
_ORDINAL_AFTER_TITLE = regex.compile(r"[ \t]+lần[ \t]+thứ[ \t]+(?:[IVXLC]+|\d+)(?!\p{L})", regex.V1)  # ("… “…” lần thứ VII")
# A lowercase word right after a spaced dash: the second word of a pair ("chính trị - xã hội").
_LOWER_AFTER_DASH = regex.compile(r"[ \t]+\p{Ll}+(?![\p{L}\d])", regex.V1)
# An election of deputies, and the "và" that joins a second one held with it (the deputies to the National Assembly
# and to the councils are elected on one day: Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân).
_ELECTION = regex.compile(r"(?i:cuộc bầu cử|bầu cử) đại biểu", regex.V1)
_AND = regex.compile(r"[ \t]+và[ \t]+", regex.V1)
# A cited document's symbol earlier in the clause: what follows is that document's subject.
_SYMBOL_IN_CLAUSE = regex.compile(r"(?<![\p{L}\p{N}])\d+[\p{L}\p{N}/.-]*[/-]\p{Lu}[^;:\n]*$", regex.V1)


_ABOUT_TITLE_BEFORE = regex.compile(r"(?<!\p{L})về[ \t]+$", regex.V1)


@cache
def _task_phrases() -> frozenset[str]:
    """The tasks of verb_phrases.tsv ("quán triệt", "triển khai")."""
    return frozenset(p for p, k in gz.verb_phrases().items() if k == "task")


_TASK_SEPARATOR = regex.compile(r"[ \t]*,[ \t]*|[ \t]+và[ \t]+")


def _tasks_only(words: str) -> bool:
    """Whether `words` (what follows an event's head) are only a list of tasks of verb_phrases.tsv joined by
    commas or "và" ("quán triệt, triển khai"): the kind of meeting, with no object and no name."""
    rest = words.strip(" \t.;:")
    if not rest:
        return False
    parts = _TASK_SEPARATOR.split(rest)
    return len(parts) > 1 and all(part.strip() in _task_phrases() for part in parts)  # (one task may name the meeting's
    # kind as dev b039 counts it: "hội nghị đối thoại")


def _cited_before(text: str, pos: int) -> bool:
    """Whether a document's symbol stands earlier in the clause that holds `pos` ("Chỉ thị số 46-CT/TW … về …")."""
    return bool(_SYMBOL_IN_CLAUSE.search(text, max(0, pos - 200), pos))


# The verbs that make a named movement a campaign of its own: launched, joined, reviewed.
_LAUNCHED_BEFORE = regex.compile(r"(?<!\p{L})(?i:phát động|hưởng ứng|sơ kết|tổng kết|ra quân)[ \t]+$", regex.V1)
_CEREMONY = regex.compile(r"(?i:lễ)(?!\p{L})", regex.V1)
_OPEN_BRACKET = regex.compile(r"\s*\(\s*")
# "các cấp" makes a congress or a meeting many only as the level of the body right after its head, every word
# between them part of that body's name ("Đại hội Đảng bộ các cấp", "Hội nghị Ban Chấp hành các cấp"); after a
# topic it is the topic's ("Hội thi … tuyên truyền nghị quyết đại hội Đoàn các cấp", "Lớp bồi dưỡng … cho cán bộ
# … các cấp năm 2022": one contest, one course).
_LEVELS_OF_BODY = regex.compile(r"(?:[ \t]+(?i:đại biểu))?(?:[ \t]+(?:\p{Lu}[\p{L}.]*|bộ|(?i:đảng|chi|đoàn|hội|công đoàn)))*"
                                r"[ \t]+(?:các|những)[ \t]+cấp(?!\p{L})", regex.V1)
# The ordinal of a congress or a plenum within a few words after a comma, no other punctuation on the way.
# and the name closing after it ("…, lần thứ I, nhiệm kỳ …"; not "…, lần thứ hai liên tiếp tỉnh …": a count of times).
_ORDINAL_AHEAD = regex.compile(r"[^.,;:!?()\[\]“”\"\n]{0,60}?,?[ \t]*lần[ \t]+thứ[ \t]+(?:\d+|[IVXLC]+(?!\p{L})|\p{Ll}+)"
                               r"(?=[ \t]*(?:[,.;:()\n]|$|(?i:khóa|khoá|nhiệm kỳ)(?!\p{L})|\p{Lu}))", regex.V1)
# A congress's own ordinal: "lần thứ II", "lần thứ 5", "lần thứ hai". Congresses held at every level or in many
# bodies carry none ("Đại hội Đảng bộ các cấp nhiệm kỳ …", "Đại hội Hội Nông dân các huyện"), so a name with one
# names one congress, of one body, plural words in that body's name or not ("Đại hội đại biểu Đảng bộ Khối các
# cơ quan tỉnh lần thứ II", "Đại hội … Đảng bộ MTTQ, các đoàn thể Trung ương, lần thứ I").
_OWN_ORDINAL = regex.compile(r"(?<!\p{L})lần[ \t]+thứ[ \t]+(?:\d+|[IVXLC]+(?!\p{L})|\p{Ll}+)", regex.V1)
_ROMAN_ONLY = regex.compile(r"[IVXLC]+")
_CONGRESS = regex.compile(r"(?i:đại hội)(?!\p{L})", regex.V1)
_CLASS_OF_BODIES = regex.compile(r"(?<!\p{L})(?:cấp[ \t]+(?:tỉnh|huyện|xã|cơ sở)|các|những)(?!\p{L})", regex.V1)
_CAPITAL = regex.compile(r"(?<!\p{L})\p{Lu}", regex.V1)
_ORGANISATION_AT_LEVEL = regex.compile(r"(?i:đại hội)(?:[ \t]+đại biểu)?[ \t]+(?:[Đđ]ảng(?:[ \t]+bộ)?|Đoàn|Hội|Công đoàn"
                                       r"|Mặt trận)[ \t]+cấp[ \t]+(?:tỉnh|huyện|xã|cơ sở)(?!\p{L})", regex.V1)


def _congress_of_many(name: str) -> bool:
    """A congress of a body named by a level or a plural after it ("Đại hội Hội Nông dân cấp huyện", "Đại hội
    Hội Nông dân các huyện", "Đại hội cấp huyện"): one in every district, not one event ("Đại hội điểm cấp cơ sở"
    names no body)."""
    if not _CONGRESS.match(name):
        return False
    if _CLASS_OF_BODIES.fullmatch(name, 8) or _ORGANISATION_AT_LEVEL.match(name):
        return True  # "Đại hội cấp huyện", "Đại hội Đảng cấp xã": the congresses of a level
    rest = name[8:].lstrip()
    if rest[:1].islower() and not _CAPITAL.search(rest) and not _NUMBERED.search(rest) \
            and is_head_at(rest[0].upper() + rest[1:], 0):
        return True  # "đại hội chi bộ trực thuộc …": a kind of body in lowercase, no one body named
    body = next((c.start() for c in _CAPITAL.finditer(name, 8) if is_head_at(name, c.start())), None)
    return body is not None and _CLASS_OF_BODIES.search(name, body) is not None


def find_events(text: str, document_dates: list[tuple[int, int]] | None = None,
                bodies: Sequence[tuple[int, int]] = (), own_date: str | None = None) -> list[Event]:
    """Conferences, contests, anniversaries and campaigns, with their date when the text pins it.

    `document_dates`: spans of dates that belong to a cited document (`document_date_spans`); never an
    event's date. `bodies`: spans of agencies' names; a head inside one is a word of that name ("Trung tâm
    hội nghị tỉnh", "Nhà văn hóa"), not an event. `own_date`: the date the text gives for itself (its dateline
    or the time it was posted), whose year a day told without one is in."""
    hits: list[_EventHit] = []
    covered = -1
    document_end = -1  # where the last event named as a document's subject ends
    for m in matches_at(_event_pattern(), text, "event"):
        if m.start() < covered or (m.group()[0].islower() and any(s < m.start() < e for s, e in bodies)) \
                or _in_document_title(text, m.start()):
            continue
        head = _event_head(m.group())
        if not head:
            continue
        _, kind, needs, _ = head
        # the cheap tests first (all of them only skip a mention, so their order does not matter)
        named_day = needs == "capital" and kind == "anniversary" and bool(_QUOTED_TITLE.match(text, m.end()))
        if named_day:
            kind = "other"  # "ngày “Chuyển đổi số”", "Ngày “Chủ nhật xanh”": a day named in quotes, not a holiday
        elif needs == "capital" and not text.startswith(gz.holidays(), m.end() + 1):
            continue
        if needs == "titled" and not _QUOTED_NAME_AFTER.match(text, m.end()):
            continue  # "Tuần “Đại đoàn kết các dân tộc - Di sản văn hóa Việt Nam”": a week named by its title
        if needs == "quoted" and not (_QUOTED_NAME_AFTER.match(text, m.end())
                                      and _LAUNCHED_BEFORE.search(text, max(0, m.start() - 16), m.start())):
            continue  # "phong trào thi đua yêu nước" is a kind of activity; "phát động phong trào “Toàn dân …”" names
            # one as a campaign, launched, joined or reviewed; a movement carried on ("thực hiện phong trào “…”")
            # is a programme, not an event
        if m.group()[0].islower() and kind == "anniversary" and m.start() > 0 and needs == "capital":
            continue
        if m.group()[0].islower() and head[3] == "capital" and not (
                " " in m.group() and kind in ("conference", "contest", "other") and _NAME_AFTER.match(text, m.end())) \
                and not (kind == "campaign" and _QUOTED_NAME_AFTER.match(text, m.end())
                         and _LAUNCHED_BEFORE.search(text, max(0, m.start() - 16), m.start())):
            continue  # "ngày lễ lớn", "trao giải", "phong trào thi đua": common words or a movement; "ngày hội Đại
            # đoàn kết …", "liên hoan Tuyên truyền lưu động …": a gathering whose name follows
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.start())
        caps = is_caps_line(text[ls: le if le >= 0 else len(text)])
        before = text[max(0, m.start() - 12):m.start()]
        if m.group()[0].islower() and _COPULA_BEFORE.search(before):
            continue  # "…, là đại hội cấp huyện cuối cùng": what an event named before is, not another event
        if _PLURAL_BEFORE.search(text, max(0, m.start() - 32), m.start()) or (m.group()[0].islower() and _COUNT_BEFORE.search(before)):
            if kind == "contest" and (listed := _named_items(text, m, caps, document_dates or [])):
                hits.extend(listed)  # "các giải đấu Vô địch Bóng chuyền … năm 2018; Vô địch Bóng chuyền hơi … lần thứ
                covered = listed[-1].end  # Nhất năm 2018": the contests the plural names, one by one
            continue  # "các hội nghị", "4 chiến dịch trọng tâm": many events, not one
        if _DOCUMENT_OF.search(text, max(0, m.start() - 22), m.start()) \
                or (document_end >= 0 and _NEXT_ITEM.fullmatch(text, document_end, m.start())):
            document_end = _event_end(text, m.start(), m.end(), caps, kind, bodies)
            continue  # "Nghị quyết Đại hội XIV của Đảng" names a document, not the congress; "Luật Bầu cử …" a law;
            # and so does the next item of its list ("Văn kiện Đại hội … lần thứ XII; Đại hội Đoàn tỉnh … lần thứ XVI")
        if _ABOUT_TITLE_BEFORE.search(text, max(0, m.start() - 6), m.start()) and _cited_before(text, m.start()):
            continue  # "Chỉ thị số 35-CT/TW … về đại hội đảng bộ các cấp …": the subject of the document cited before
            # it in its clause, words of its title, not an event (a congress named inside the title after "tiến
            # tới" is one: dev b025, b035)
        if _CENTRE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "tại Trung tâm Hội nghị Quốc gia": a hall's name, not a conference
        if (opening := _OPENING_OF.match(text, m.start())) and _event_pattern().match(text, opening.end()):
            continue  # "Lễ Khai mạc Đại hội …": the opening of the event named after it, which takes its day
        if hits and _OPEN_BRACKET.fullmatch(text[hits[-1].end:m.start()]):
            continue  # "kỳ họp thứ 18 (kỳ họp chuyên đề)": a second name for the same event
        held_end = None
        if not caps and ((_subject_of_clause(text, m.start(), m.end(), bool(hits))
                          and not (kind == "training" and _FOR_WHOM.match(text, m.end()))
                          # ("ra quân Tháng Thanh niên với …": a head that is the whole name names its event still)
                          and not (needs == "none" and _clause_word(text, m.end(), ("head",)))
                          # ("chủ trì buổi làm việc với đại diện UNICEF": whom a dated meeting is with, its name)
                          and not (needs == "date" and _WITH_WHOM.match(text, m.end())))
                         # "tổ chức hội nghị biểu dương …": after a verb of organising, a verb is the meeting's topic
                         or (_predicate_at(text, m.end()) and not _HELD_BEFORE.search(text, max(0, m.start() - 12), m.start())
                             and not (kind == "other" and _GREETING_AFTER.match(text, m.end())))
                         or (hits and _clause_word(text, m.end(), ("subject",))
                             and _ATTENDED_BEFORE.search(text, max(0, m.start() - 12), m.start()))):
            # ("Các đại biểu tham dự phiên họp tập trung thảo luận": the meeting named before)
            # "Hội nghị cũng đánh giá …", "Hội nghị cho biết …": the event named before, the subject of a sentence;
            # the date its clause tells is that event's ("Hội nghị diễn ra vào sáng 5/3/2024")
            held_end = _named_up_to_holding(text, m)  # ("Hội nghị đánh giá kết quả … vừa diễn ra": a name after all)
            if held_end is None:
                _date_named_before(text, m, hits, kind, document_dates or [])
                continue
        end = held_end or _event_end(text, m.start(), m.end(), caps, kind, bodies) if needs != "none" \
            else m.end() + len(_YEAR_AFTER.match(text, m.end()).group())  # "Tháng Công nhân năm 2025": its year
        if _LINE_GOES_ON.match(text, end) and (cut := _WORD_AFTER_YEAR.search(text, m.end(), end)):
            end = cut.start()  # "… tháng 9 năm 2021 trực\ntuyến …": the year closes the name; the word at the line's
            # end is the first half of one the next line finishes
        rest = text[m.end():end].split()
        if (any(s < m.start() < e for s, e in bodies) or _after_a_head(text, m.start())) \
                and _PLACE_ONLY.fullmatch(text, m.end(), end):
            continue  # "Trung tâm Hội nghị tỉnh Vĩnh Long": a word of the building's name, then its place
        if needs == "number" and not (rest and rest[0][:1].isdigit()):
            continue
        if needs == "named" and (caps or not (rest and is_cap(rest[0])) or rest[0].casefold() in _PRIZE_RANKS):
            continue  # "Giải Búa liềm vàng" names a prize; "giải pháp", "Giải quyết …", "Giải Nhất" (a rank) do not
        nxt = next_word(text, m.end())
        if nxt and role_pattern().match(text, nxt.start()) and not caps \
                and not (kind == "contest" and not text[m.end():nxt.start()].strip()) \
                and not _meeting_of_title(text, m.end(), nxt, kind):
            continue  # "tại hội nghị, Tổng thư ký Quốc hội …": the words after it are a person's title (a contest
            # for holders of a title is named after it: "cuộc thi Chỉ huy trưởng, Chính ủy …")
        if m.start() and text[m.start() - 1] in _OPENING_QUOTES:
            close = text.find(_OPENING_QUOTES[text[m.start() - 1]], end, m.start() + 220)
            if close > end and "\n" not in text[end:close] and not _name_ends().match(text, end):
                end = close  # "“Khai hội Văn hóa, Thể thao và Du lịch … năm 2016”": a quoted name runs to its quote
        term = _TERM_BRACKETED.search(text[m.end():end])
        if term:
            end = m.end() + term.end()
        if tenure := _TENURE_AFTER.match(text, end):
            end = tenure.end()  # "Đại hội … lần thứ XVI, nhiệm kỳ 2025-2030": the congress's term is in its name
        rest = [w for w in text[m.end():end].split() if any(ch.isalnum() for ch in w)]
        if needs == "words" and len(rest) < 2 and "“" not in text[m.end():end] \
                and not (_CONGRESS.fullmatch(m.group()) and rest and _ROMAN_ONLY.fullmatch(rest[0])):
            continue  # ("Đại hội VI": a congress by its ordinal alone is named)
        if rest and rest[0] in ("sau", "trước", "trong") and m.group().count(" ") == 1:
            continue  # "tiến hành đại hội sau sắp xếp": the head and a time, no name ("tài liệu Đại hội trong …")
        if rest and (rest[0] in _NO_NAME_AFTER or (kind != "anniversary" and _QUALIFIER_ONLY.fullmatch(" ".join(rest)))):
            continue  # "đại hội cấp trên", "Đại hội như sau", "Đại hội 2 ngày": the head and a word about it (a
            # level, a length), no name
        if rest and rest[0] in ("các", "những", "và") and not (_CEREMONY.match(m.group()) and (
                rest[0] != "và" or " " in m.group())):
            continue  # "đại hội các chi bộ": many events, not one; "Dự Lễ và trao …": the head alone (one ceremony
            # for many things is one: "Lễ ra quân các chương trình …", and so are "Lễ khánh thành và đưa … vào …")
        if _points_back(rest):
            continue  # "Hội nghị lần này", "Cuộc thi năm nay": the event named before
        if " ".join(rest) in gz.verb_phrases() and _predicate_at(text, end):
            continue  # "tại đại hội thực hiện nghiêm túc": the head is the subject of a predicate
        if needs == "term" and (not _TERM_IN_NAME.search(text, m.end(), end) or _cited_before(text, m.start())):
            continue  # "bầu cử đại biểu Quốc hội khóa XV …": an election is one by its term; the subject of a
            # directive cited before it in its clause ("Chỉ thị số 46-CT/TW … về lãnh đạo cuộc bầu cử …") is no event
        name = " ".join(text[m.start():end].split())
        if _COLON_BEFORE_TITLE.match(text, m.end()):
            name = m.group() + " " + name[len(m.group()):].lstrip(" :")  # ("Tọa đàm “…”", without the colon)
        if ((_LEVELS_OF_BODY.match(name, len(m.group())) and needs != "term") or _congress_of_many(name)) \
                and not _OWN_ORDINAL.search(name):
            continue  # "Đại hội Đảng bộ các cấp", "Đại hội Hội Nông dân cấp huyện", "Đại hội Hội Nông dân các
            # huyện": the congresses of many bodies, not one
        if m.group()[0].islower() and _IS_BEFORE.search(before) and not _NUMBERED.search(name):
            continue  # "Đại hội … là đại hội của “Khát vọng …”": what the event named before is, not another event
        name = name[0].upper() + name[1:]
        if is_caps_line(text[m.start():end]):
            name = _from_caps(name)
        date = _event_date(text, m.start(), end, kind, document_dates or [])
        if needs == "date" and not date and not _QUOTED_TITLE.match(text, m.end()) and not _SESSION_IN_NAME.search(name):
            continue  # an unnamed meeting is an event only when the text dates it (a show with a title in quotes is
            # named: "Chương trình nghệ thuật “Giữ trọn niềm tin”"; so is a round of meetings with voters by the
            # numbered session it comes before or after: "tiếp xúc cử tri trước Kỳ họp thứ 8, Quốc hội khóa XV")
        if not date and m.group()[0].islower() and _BARE_SESSION.fullmatch(name) \
                and not _HELD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "Tại kỳ họp thứ nhất, Quốc hội bầu …" (a law's rule): any term's session, no body, no term
            # (one a body holds is its own: "UBKT Tỉnh ủy … tổ chức kỳ họp thứ 55")
        if not date and m.group()[0].islower() and _tasks_only(text[m.end():end]):
            continue  # "tổ chức hội nghị quán triệt, triển khai.": the kind of meeting, by its tasks alone, no name
        if not date and m.group()[0].islower() and _ONE_OF_MANY_BEFORE.search(before):
            continue  # "Cử tri phát biểu tại một hội nghị tiếp xúc cử tri sau Kỳ họp thứ 7": one of many, not named
        if not date and own_date and kind != "anniversary":
            date = _day_of_own_year(text, m.start(), end, document_dates or [], own_date)
        if needs == "term" and hits and _ELECTION.match(hits[-1].name) and _AND.fullmatch(text, hits[-1].end, m.start()):
            last = hits[-1]  # "bầu cử đại biểu Quốc hội khóa XVI và bầu cử đại biểu HĐND các cấp …": one election day
            joined = " ".join(text[last.start:end].split())
            hits[-1] = _EventHit(last.start, end, joined[0].upper() + joined[1:], last.kind, last.date or date)
            covered = end
            continue
        hits.append(_EventHit(m.start(), end, name, kind, date))
        covered = end
        if _CEREMONY.match(m.group()) and (inner := _event_held_at(text, m.end(), end)):
            covered = inner  # "Lễ trao giải Cuộc thi …", "Lễ phát động Cuộc thi …": the contest is an event too
        if kind == "anniversary" or _ANNIVERSARY_INSIDE.search(name):  # "Tọa đàm kỷ niệm 94 năm …, và 14 năm …"
            more = _more_anniversaries(text, end, caps, document_dates or [])
            hits.extend(more)
            covered = max([covered, *(h.end for h in more)])
    if occasions := _occasion_anniversaries(text, hits, document_dates or []):
        hits = [h for h in hits if not any(o.start < h.start < o.end for o in occasions)] + occasions
        # ("… 35 năm Ngày hội Quốc phòng toàn dân": the holiday is a word of the anniversary's name)
    hits.extend(_reviews(text, hits, document_dates or []))
    hits.extend(_sessions_verb_first(text, hits, bodies, document_dates or []))
    hits.sort(key=lambda h: h.start)
    return _merge_events(text, hits)


# Between the items of a list of named contests: "; " (and "và") before a capitalised name.
_ITEM_AFTER = regex.compile(r"[ \t]*;[ \t]*(?:và[ \t]+)?(?=\p{Lu})", regex.V1)


def _named_items(text: str, m: regex.Match[str], caps: bool, skip: list[tuple[int, int]]) -> list[_EventHit]:
    """The contests a plural head lists by name right after it, one per item up to the next ";" ("các giải đấu Vô
    địch Bóng chuyền da huyện … năm 2018; Vô địch Bóng chuyền hơi … lần thứ Nhất năm 2018"); an item that opens
    with a head of its own is left to that head ("…; Giải Vô địch Bóng đá …"). None unless the first item is a
    capitalised name of two words or more."""
    out: list[_EventHit] = []
    head = m.group()[:1].upper() + m.group()[1:]
    pos = m.end()
    while (w := next_word(text, pos)) and is_cap(w.group()) and not text[pos:w.start()].strip() \
            and not _event_pattern().match(text, w.start()) and not role_pattern().match(text, w.start()):
        end = _event_end(text, w.start(), w.start(), caps, "contest")
        if len(text[w.start():end].split()) < 2:
            break
        out.append(_EventHit(w.start(), end, f"{head} {' '.join(text[w.start():end].split())}", "contest",
                             _event_date(text, w.start(), end, "contest", skip), list_at=m.start()))
        if not (after := _ITEM_AFTER.match(text, end)):
            break
        pos = after.end() - 1 if text[after.end() - 1:after.end()] == " " else after.end()
    return out


# A quoted title opened right after a cited document's number (and its date and issuer): "Hướng dẫn số 23-HD/ĐUK,
# ngày … của Đảng ủy Khối … “một số nội dung về đại hội …"
_TITLE_AFTER_SYMBOL = regex.compile(r"(?<![\p{L}\p{N}])\d+[\p{L}\p{N}/.-]*[/-]\p{Lu}[^.;“”\n]{0,120}“[^”.;\n]*$", regex.V1)


# A sentence that opens with an event's head and whose predicate is the event's being held: "Hội nghị đánh giá kết
# quả phối hợp giữa … vừa diễn ra sáng nay", "Lễ … đã được tổ chức …": all the words up to that predicate are the
# name, verbs among them too ("đánh giá", "phối hợp" are its topic, not its predicate).
_HOLDING = regex.compile(r"(?:[ \t]+(?:vừa|đã|sẽ|chính thức|long trọng|trọng thể))*[ \t]+(?:diễn ra|được tổ chức"
                         r"|được khai mạc|khai mạc|bế mạc)(?!\p{L})", regex.V1)
_SENTENCE_OR_LINE_END = regex.compile(r"\.(?:\s|$)|[;\n]")


def _named_up_to_holding(text: str, m: regex.Match[str]) -> int | None:
    """The end of the name of an event whose head, capitalised, opens a sentence whose predicate is its being held
    (_HOLDING), when no other event is named before that predicate; else None."""
    if not m.group()[0].isupper() or not (m.start() == 0 or _SENTENCE_BEFORE.search(text[max(0, m.start() - 6):m.start()])):
        return None
    stop = _SENTENCE_OR_LINE_END.search(text, m.end(), m.end() + 400)
    held = _HOLDING.search(text, m.end(), stop.start() if stop else min(len(text), m.end() + 400))
    if not held or held.start() <= m.end() or _clause_word(text, m.end(), ("any", "head")) or _event_pattern().search(text, m.end(), held.start()):
        return None  # ("Kỳ họp dự kiến diễn ra …": the session named before, a clause word after its head)
    return held.start()


def _meeting_of_title(text: str, head_end: int, title: regex.Match[str], kind: str) -> bool:
    """ "Hội nghị Bộ trưởng Ngoại giao ASEAN", "Hội nghị Bộ trưởng Kinh tế ASEAN - Nhật Bản": a conference named
    after the office of those who meet, the title right after its head and no person named after the title."""
    if kind != "conference" or text[head_end:title.start()].strip():
        return False
    role = role_pattern().match(text, title.start())
    after = next_word(text, role.end()) if role else None
    return bool(role) and not (after and surname_run(text, after.start()))


def _in_document_title(text: str, pos: int) -> bool:
    """Whether `pos` lies inside the quoted title of a cited document (the title's subject, not an event)."""
    return "“" in text[max(0, pos - 200):pos] and bool(_TITLE_AFTER_SYMBOL.search(text, max(0, pos - 300), pos))


def _date_named_before(text: str, m: regex.Match[str], hits: list[_EventHit], kind: str,
                       skip: list[tuple[int, int]]) -> None:
    """Give the event named before, of the same head and still undated, the date a sentence about it tells."""
    head = m.group().casefold()
    # the latest event of that head, though another event was named after it ("Hội diễn … Kỷ niệm 135 năm …. Hội
    # diễn sẽ diễn ra từ ngày …": the contest's dates, not the anniversary's)
    last = next((h for h in reversed(hits) if h.kind == kind and h.name.casefold().startswith(head)), None)
    if last is None or last.date:
        return
    last.date = _event_date(text, m.start(), m.end(), kind, skip)


# After an anniversary's name (and its dates in brackets), another one under the same "Kỷ niệm":
# "Kỷ niệm 90 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2020), 70 năm Ngày thành lập tỉnh …".
# An event counted without "Ngày" is one too ("…; 1977 năm Khởi nghĩa Hai Bà Trưng; 86 năm ngày thành lập …").
_MORE_ANNIVERSARY = regex.compile(r"(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*(?:,|;|và)[ \t]*(?:(?:và|kỷ niệm)[ \t]+)?"
                                  r"(?=\d+[ \t]+(?i:năm)[ \t]+(?:(?i:ngày)|(?!Ngày)\p{Lu}\p{Ll}*[ \t]+\p{Ll})|Ngày[ \t]+(?:truyền thống|thành lập)(?!\p{L}))",
                                  regex.V1)  # ("… và Ngày truyền thống Ngành Văn hóa (28/8/1945 - 28/8/2023)")


_ANNIVERSARY_INSIDE = regex.compile(r"(?i)(?<!\p{L})kỷ niệm \d+ năm(?!\p{L})")


def _more_anniversaries(text: str, end: int, caps: bool, skip: list[tuple[int, int]]) -> list[_EventHit]:
    out = []
    while (m := _MORE_ANNIVERSARY.match(text, end)):
        start = m.end()
        stop = _event_end(text, start, start, caps, "anniversary")
        if stop <= start:
            break
        name = "Kỷ niệm " + " ".join(text[start:stop].split())
        name = _from_caps(name) if is_caps_line(text[start:stop]) else name
        out.append(_EventHit(start, stop, name, "anniversary", _event_date(text, start, stop, "anniversary", skip)))
        end = stop
    return out


# An anniversary named by its count of years after the words of an occasion, with no "kỷ niệm": "chào mừng 79 năm
# Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2023), 34 năm Ngày quốc phòng toàn dân …".
# (The count is matched first and the occasion behind it, as a lookbehind: the match is empty, at the count, where
# the occasion's words ended; with the line's start as one of the occasions, an occasion tried first had the scan
# try a lookahead at every character, 9× slower.)
_OCCASION_COUNT = regex.compile(r"(?=\d+[ \t]+năm[ \t]+(?:Ngày[ \t]+\p{L}|ngày[ \t]+(?P<day>\p{L})))"
                                r"(?<=(?:(?<!\p{L})(?i:chào mừng|nhân dịp|hướng tới|tiến tới)[ \t]+|(?:^|\n)[ \t]*))",
                                regex.V1)
# (or a title line that opens with the count: "44 năm ngày Giải phóng miền Nam thống nhất đất nước"; after "ngày" in
# lowercase a holiday of holidays.txt, in any case, for the words to name one: "ngày thành lập Đoàn …")


@cache
def _holidays_folded() -> tuple[str, ...]:
    return tuple(h.casefold() for h in gz.holidays())


def _holiday_at(text: str, pos: int) -> bool:
    """Whether the words of a holiday (holidays.txt, any case) begin at `pos` ("Giải phóng", "thành lập")."""
    return text[pos:pos + 40].casefold().startswith(_holidays_folded())


def _occasion_anniversaries(text: str, hits: list[_EventHit], skip: list[tuple[int, int]]) -> list[_EventHit]:
    """Anniversaries an occasion names by their count of years alone, and those listed after them."""
    out: list[_EventHit] = []
    for m in _OCCASION_COUNT.finditer(text):
        start = m.end()
        if any(h.start <= start < h.end for h in (*hits, *out)) or (m.group("day") and not _holiday_at(text, m.start("day"))):
            continue
        stop = _event_end(text, start, start, False, "anniversary")
        if stop <= start:
            continue
        name = "Kỷ niệm " + " ".join(text[start:stop].split())
        out.append(_EventHit(start, stop, name, "anniversary", _event_date(text, start, stop, "anniversary", skip)))
        out.extend(_more_anniversaries(text, stop, False, skip))
    return out


# A review of a document's first years, named by its verb alone: "tổng kết 10 năm thực hiện Nghị quyết 26",
# "sơ kết 5 năm thực hiện Nghị quyết số 16" (a meeting of its own, not a report's or a plan's subject).
_REVIEW = regex.compile(r"(?<!\p{L})(?:sơ|tổng) kết[ \t]+(?:\d+|một|hai|ba|năm|mười)[ \t]+năm[ \t]+(?:triển khai[ \t]+)?"
                        r"(?:thực hiện|thi hành|triển khai)[ \t]+", regex.V1 | regex.I)
_REVIEW_DOCUMENT = regex.compile(r"[\p{L} ]{2,25}?[ \t]+(?:số[ \t]+)?\d+(?:[\-/][\p{L}\p{N}/\-]*\p{L})?", regex.V1)
# What a review named alone must not follow: a document or a result about it ("Báo cáo sơ kết …", "kết quả sơ kết",
# "Đề án tổng kết 15 năm thực hiện …": the project's subject).
_REVIEW_OF = regex.compile(r"(?i:kết quả|báo cáo|kế hoạch|hướng dẫn|đề cương|đề án|tờ trình|dự thảo|công văn|việc|về"
                           r"|hội nghị|buổi|lễ"
                           r"|chuẩn bị|tiến hành tổ chức)[ \t]+$", regex.V1)


def _reviews(text: str, hits: list[_EventHit], skip: list[tuple[int, int]]) -> list[_EventHit]:
    out = []
    for m in _REVIEW.finditer(text):
        if any(h.start <= m.start() < h.end for h in hits) or _REVIEW_OF.search(text, max(0, m.start() - 22), m.start()):
            continue
        doc = _REVIEW_DOCUMENT.match(text, m.end())
        if not doc or not starts_with_any(text, m.end(), document_types()):
            continue
        name = " ".join(text[m.start():doc.end()].split())
        out.append(_EventHit(m.start(), doc.end(), name[:1].upper() + name[1:], "conference",
                             _event_date(text, m.start(), doc.end(), "conference", skip)))
    return out


# Where a sentence ends: a full stop or a semicolon and a space, or a new line that is not a wrapped line (a line
# that ends without punctuation and goes on in lowercase is one sentence: text taken from a PDF).
_SENTENCE_END = regex.compile(r"[.;][ \t\n]|\n(?![ \t]*\p{Ll})|(?<![.;:,])\n(?=[ \t]*\n)", regex.V1)


# Abbreviations whose dot ends no sentence: "tại TP. Hồ Chí Minh", "TX. Kỳ Anh", "ThS. Lê …", and initials ("V.I.").
_ABBREVIATION_BEFORE = regex.compile(r"(?<!\p{L})(?:TP|Tp|TX|Tx|TT|ThS|TS|PGS|GS|BS|KS|CN|\p{Lu})$", regex.V1)


def _last_break(text: str, sep: str, start: int) -> int:
    """Where the text after the last `sep` before `start` begins (0 when there is none); a full stop after an
    abbreviation is no break."""
    at = text.rfind(sep, 0, start)
    while at >= 0 and sep[0] == "." and _ABBREVIATION_BEFORE.search(text, max(0, at - 4), at):
        at = text.rfind(sep, 0, at)
    return at + len(sep) if at >= 0 else 0


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence (or list item, or line) around text[start:end]."""
    s = max([_last_break(text, sep, start) for sep in (". ", "; ", ".\n", ";\n")], default=0)
    nl = text.rfind("\n", s, start)
    while nl >= 0 and text[nl + 1:nl + 2].islower() and text[nl - 1:nl] not in (".", ";", ":", ","):
        nl = text.rfind("\n", s, nl)  # a wrapped line: the sentence goes on from the line before
    if nl >= 0:
        s = nl + 1
    for run_on in _HEADLINE_RUN_ON.finditer(text, s, start):
        s = run_on.start()  # "… tiến tới Đại hội XIV của Đảng Ngày 15/8, Ban … tổ chức …": a new sentence
    e = _SENTENCE_END.search(text, end)
    return s, e.start() if e else len(text)


# A headline or section title printed without its full stop, run on into the text's first sentence, which opens
# with a capitalised day: "… tiến tới Đại hội lần thứ XIV của Đảng Ngày 15/8, Ban Tuyên giáo …".
_HEADLINE_RUN_ON = regex.compile(r"(?<=\p{L}[ \t]+)(?:Ngày|Sáng|Chiều|Tối|Trưa)(?=[ \t]+(?:ngày[ \t]+)?\d{1,2}[/.-]\d{1,2}"
                                 r"(?![\d/.-]))", regex.V1)


# A date printed right after a document's number: "Nghị quyết số 35-NQ/TW, ngày 22/10/2018", "Nghị định
# 15/2020/NĐ-CP ngày 03/02/2020", "Kết luận số 21-KL/TW (ngày 25/10/2021)".
_AFTER_SYMBOL = regex.compile(r"(?<![\p{L}\p{N}])\d+[\p{L}\p{N}/.-]*[/-]\p{Lu}[\p{L}\p{N}/.-]*[ \t]*[,(]?[ \t]*"
                              r"(?:(?:ban hành|ký)[ \t]+)?(?:ngày[ \t]+)?$", regex.V1)


_SENTENCE_BREAK = regex.compile(r"[.;\n]")


def document_date_spans(text: str, references: Iterable | None = None) -> list[tuple[int, int]]:
    """Spans of the dates that belong to a cited document, not to an event: a date right after a document's
    number, and the date the reference finder gives a mention (`Reference.date`) where it is printed next to
    that mention (after it, or before it in the same sentence with no event between)."""
    dates = [d for d in find_dates(text) if d.full]
    out = [(d.start, d.end) for d in dates if _AFTER_SYMBOL.search(text, max(0, d.start - 60), d.start)]
    for r in references or ():
        if not getattr(r, "date", None):
            continue
        for d in dates:
            if d.iso != r.date:
                continue
            after = 0 <= d.start - r.end <= 40 and not _SENTENCE_BREAK.search(text[r.end:d.start])
            before = 0 <= r.start - d.end <= 200 and not _SENTENCE_BREAK.search(text[d.end:r.start]) \
                and not _event_pattern().search(text, d.end, r.start)
            if after or before:
                out.append((d.start, d.end))
    return sorted(set(out))


# The time words that may open a sentence or a clause before its date: "Sáng ngày 5/3/2024, …", "…, chiều
# ngày 20/3/2024, Sở Y tế tổ chức …", "Hôm nay (5/3/2024), …".
# (after a news dateline's source tag: "TPO - Sáng 4/6, …", "(HNM) - Ngày 12-7, …")
_OPENING_TIME = regex.compile(r"(?:^(?-i:\(?[\p{Lu}][\p{Lu}\d.]{1,11}\)?[ \t]*[-–—])?|[,:])[ \t]*(?:(?:sáng|chiều|tối|trưa|hôm|nay|ngày|vào|lúc|từ|trong[ \t]+(?:\d+|hai|ba|bốn)"
                              r"|\d{1,2}[ \t]*(?:h|giờ)[ \t]*\d{0,2})[ \t,]+)*\(?$", regex.V1 | regex.I)
# In the clause after an event: a date told by "ngày", a time of day or a verb of holding ("… họp ngày 26/4/2022",
# "… diễn ra vào sáng 5/3/2024", "… được tổ chức ngày …").
_DATE_TOLD = regex.compile(r"(?<!\p{L})(?:(?:họp|diễn ra|tổ chức|khai mạc|khai giảng)[ \t]+(?:vào[ \t]+)?)?"
                           r"(?:(?:sáng|chiều|tối|trưa)[ \t]+)?(?:ngày[ \t]+)?(?=\d)", regex.V1 | regex.I)
# The same, ending right before a date later in the clause ("… năm 2024 vào ngày 1/6/2024", "… tại huyện X ngày …").
_DATE_TOLD_BEFORE = regex.compile(r"(?<!\p{L})(?:(?:(?:họp|diễn ra|tổ chức|khai mạc|khai giảng)[ \t]+)?vào[ \t]+"
                                  r"(?:(?:sáng|chiều|tối|trưa)[ \t]+)?(?:ngày[ \t]+)?|(?:họp|diễn ra|tổ chức|khai mạc"
                                  r"|khai giảng)[ \t]+(?:(?:sáng|chiều|tối|trưa)[ \t]+)?(?:ngày[ \t]+)?"
                                  r"|(?:sáng|chiều|tối|trưa)[ \t]+(?:ngày[ \t]+)?|ngày[ \t]+)$", regex.V1 | regex.I)
# What ends the clause after an event: a full stop, a semicolon, a new line, or a comma that no date follows.
_CLAUSE_AFTER_END = regex.compile(r";|(?<!\d)\.|\.(?!\d)|,(?![ \t]*(?:(?:được|tổ chức|diễn ra|khai mạc|họp)[ \t]+vào[ \t]+)?"
                               r"(?:(?:sáng|chiều|tối|trưa|vào|ngày)[ \t]+)*\d)",
                               regex.V1 | regex.I)  # ("ngày 28.7.2013": a date's dots end nothing)
_OCCASION = regex.compile(r"(?<!\p{L})(?:nhân(?:[ \t]+dịp)?|chào mừng|hướng tới)[ \t]+[^,.;\n]*", regex.V1 | regex.I)
_OCCASION_BEFORE = regex.compile(r"(?<!\p{L})(?:nhân(?:[ \t]+dịp)?|chào mừng|hướng tới)[ \t]+$", regex.V1 | regex.I)
_ABOUT_BEFORE = regex.compile(r"(?<!\p{L})(?:về|của)[ \t]+$", regex.V1)
_BRACKET_AFTER = regex.compile(r"\s*\(([^)]*)\)")
_SPAN_OF_YEARS = regex.compile(r"\([^()]*\d{4}[^()]*\d{4}[^()]*\)")
_BRACKET_IN_CLAUSE = regex.compile(r"[^.;()\n]*?\(([^)]*)\)")


# Several days: "từ ngày 14 đến 16/10/2025", "từ ngày 10/4/2024 đến ngày 12/4/2024", "trong 2 ngày 5-6/3/2024",
# "(5 và 6/3/2024)", "từ ngày 5 đến 12-10-1979", "từ ngày 28-3 đến ngày 5-4-1970" (a date's parts split by "/", "-"
# or ".").
_DAY_RANGE = regex.compile(
    r"(?<![\p{L}\d/])(?:(?i:từ)[ \t]+)?(?:(?i:ngày)[ \t]+)?(?P<d1>\d{1,2})(?:[ \t]*[/.-][ \t]*(?P<m1>\d{1,2})(?:[ \t]*"
    r"[/.-][ \t]*(?P<y1>\d{4}))?)?[ \t]*(?:đến|-|–|và)[ \t]*(?:ngày[ \t]+)?(?P<d2>\d{1,2})[ \t]*[/.-][ \t]*"
    r"(?P<m2>\d{1,2})[ \t]*[/.-][ \t]*(?P<y2>\d{4})(?!\d)", regex.V1)


# "… tổ chức Hội nghị tổng kết năm 2020 và Hội nghị cán bộ, công chức …": two events one verb holds on one day.
_AND_BEFORE_EVENT = regex.compile(r"(?<!\p{L})và[ \t]+$", regex.V1)
# The ceremony that opens or closes an event, right before its name: "Lễ khai mạc Hội thao …" is held on the
# day the sentence opens with, and so is the event it opens.
_OPENING_OF = regex.compile(r"(?i:lễ)[ \t]+(?i:khai mạc|bế mạc)[ \t]+", regex.V1)


# Between two items of a list: "; ", ", ", " và ", "; và ".
_NEXT_ITEM = regex.compile(r"[ \t]*(?:[;,][ \t]*(?:và[ \t]+)?|và[ \t]+)", regex.V1)
# The indefinite "một" ("tại một hội nghị …"): any one of a kind, not an event the text names.
_ONE_OF_MANY_BEFORE = regex.compile(r"(?<!\p{L})(?i:một)[ \t]+$", regex.V1)
# The kinds of a council's session (Luật Tổ chức chính quyền địa phương 2015, Điều 78: "kỳ họp thường lệ", "kỳ họp
# chuyên đề", "kỳ họp bất thường"; the year's "kỳ họp cuối năm", "giữa năm").
_SESSION_KIND = regex.compile(r"(?i:kỳ|kì)[ \t]+họp[ \t]+(?:thường lệ|chuyên đề|bất thường|cuối năm|giữa năm)", regex.V1)
# A numbered session of an elected body: "Kỳ họp thứ 8", "kỳ họp thứ Mười", "Kỳ họp bất thường lần thứ năm".
_SESSION_IN_NAME = regex.compile(r"(?<!\p{L})(?i:kỳ|kì)[ \t]+(?i:họp)(?:[ \t]+(?i:bất thường|chuyên đề))?[ \t]+"
                                 r"(?:lần[ \t]+)?(?i:thứ)[ \t]+(?:\d+|[IVXLC]+(?!\p{L})|\p{L}+)", regex.V1)
# A gathering held to mark an anniversary, not the anniversary itself: "Lễ kỷ niệm …", "Mít tinh kỷ niệm …".
_GATHERING = regex.compile(r"(?i:lễ|mít tinh|họp mặt|gặp mặt)(?!\p{L})", regex.V1)


def _opening_date(text: str, s: int, start: int, skip: Sequence[tuple[int, int]]) -> str | None:
    """The full date that opens the sentence from `s` to the event at `start` ("Sáng 20/3/2024, … tổ chức …"), when
    no other event is named between it and this one; else None."""
    head = text[s:start]
    dates = [d for d in find_dates(head) if d.full and _OPENING_TIME.search(head, 0, d.start)
             and not any(s0 <= s + d.start < e0 for s0, e0 in skip)]
    if not dates or any(h.group() != "ngày" for h in _event_pattern().finditer(text, s + dates[0].end, start)):
        return None
    return dates[0].iso


def _event_date(text: str, start: int, end: int, kind: str, skip: Sequence[tuple[int, int]] = ()) -> str | None:
    """The full date the text gives this event: in brackets right after it (an anniversary's anywhere in its
    clause), told in the clause after it ("… họp ngày 26/4/2022"), or opening its sentence or clause ("Sáng ngày
    22/9/2023, … tổ chức Hội nghị …"); never a date in `skip` (a cited document's date)."""

    def own(base: int, d) -> bool:
        return d.full and not any(s0 <= base + d.start < e0 for s0, e0 in skip)

    s, e = sentence(text, start, end)
    if kind == "anniversary" and _GATHERING.match(text, start) and (held := _opening_date(text, s, start, skip)):
        return held  # "Sáng 20/3/2024, … tổ chức Lễ kỷ niệm 93 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2024)":
        # a ceremony is held on its own day; the bracket dates the anniversary it marks
    if kind == "anniversary" and (day := _DAY_THEN_YEARS.match(text, end)):
        return _day_in_last_year(day)  # "… công nhân Vùng mỏ, 12/11 (1936 – 2021)": the day, in the anniversary's year
    at = end
    for _ in range(3):  # an anniversary's dates in the first bracket of its clause that holds one: "Hội Liên hiệp
        # Phụ nữ (LHPN) Việt Nam (20-10-1930 - 20-10-2015)"
        bracket = _BRACKET_IN_CLAUSE.match(text, at, e + 1) if kind == "anniversary" else None
        bracket = bracket or _BRACKET_AFTER.match(text, at, e + 1)
        if not bracket:
            break
        if kind != "anniversary" and _SPAN_OF_YEARS.fullmatch(bracket.group().strip()):
            break  # "Tọa đàm kỷ niệm 133 năm Ngày sinh … (19/5/1890 - 19/5/2023)": the span of the anniversary it marks
        dates = [d for d in find_dates(bracket.group(1)) if own(bracket.start(1), d)]
        if dates and (kind == "anniversary" or len(dates) == 1):
            return dates[-1].iso
        if any(c.isdigit() for c in bracket.group(1)):
            break  # "(1604 - 2024)": this anniversary's years; a later bracket is another's
        at = bracket.end()
    kind_of_session = _BRACKET_AFTER.match(text, end, e + 1)
    base = kind_of_session.end() if kind_of_session and _SESSION_KIND.fullmatch(kind_of_session.group(1).strip()) \
        else end  # "kỳ họp thứ 18 (kỳ họp chuyên đề) vào ngày …": the bracket names the session again
    stop = _CLAUSE_AFTER_END.search(text, base, e)
    clause = text[base:stop.start() if stop else e]
    if kind != "anniversary":  # "(20/10/1930 - 20/10/2024)": the span of an anniversary, dating that one alone
        clause = _SPAN_OF_YEARS.sub(lambda b: " " * len(b.group()), clause)
    for d in find_dates(clause):
        if any(" " in h.group() for h in _event_pattern().finditer(clause, 0, d.start)):
            break  # "… Đại hội XIV tại phiên họp đầu tiên … ngày 13/3/2024": the nearer event's date
        if own(base, d) and (_DATE_TOLD_BEFORE.search(clause, 0, d.start) or not any(c.isdigit() for c in clause[:d.start])):
            days = _DAY_RANGE.search(clause, 0, d.end)
            return _first_day(days) if days and days.end() == d.end else d.iso  # the first of several days
    if _OCCASION_BEFORE.search(text, max(0, start - 14), start):
        return None  # "nhân kỷ niệm 94 năm …": the occasion; the day that opens the sentence is the event held on it
    head = text[s:start]
    dates = [d for d in find_dates(head) if own(s, d) and _OPENING_TIME.search(head, 0, d.start)]
    occasions = [o.span() for o in _OCCASION.finditer(text, s, start)]
    if dates and not _AND_BEFORE_EVENT.search(text, max(s, start - 8), start) \
            and any(h.group() != "ngày" and not any(o0 < h.start() < o1 for o0, o1 in occasions)
                     and not _OPENING_OF.fullmatch(text, h.start(), start)
                     and not _CENTRE_BEFORE.search(text, max(0, h.start() - 20), h.start())
                     for h in _event_pattern().finditer(text, s + dates[0].end, start)):
        return None  # the date that opens a sentence is the first event's ("…, tổ chức phiên họp … trình kỳ họp …")
    if dates and _ABOUT_BEFORE.search(text, max(s, start - 8), start):
        return None  # "Chiều 10/5/2024, … tổ chức họp báo về Cuộc thi …": the day of what is about the event
    if dates:
        return dates[0].iso
    # a meeting of several days is dated by its first: "diễn ra từ ngày 14 đến 16/10/2025", "Từ ngày 10-12/4/2024, …"
    after = _DAY_RANGE.search(clause)
    before = _DAY_RANGE.search(head)
    if after and not any(s0 <= base + after.start() < e0 for s0, e0 in skip):
        return _first_day(after)
    if before and (before.start() == 0 or _OPENING_TIME.search(head, 0, before.start())):
        return _first_day(before)
    by_year = kind in ("contest", "campaign") or (kind in ("conference", "training") and not _LOOKS_BACK_OR_AHEAD.search(
        text, start, end)) or (kind == "other" and not _event_pattern().search(text, start + 1, end))
    return _day_of_named_year(text, s, start, end, skip, by_year)  # (a festival week, a campaign or its launch in
    # its year; not a ceremony held after another event, whose year is that event's: "Lễ trao giải Cuộc thi … năm 2024")


# A contest, festival or campaign whose name ends with its year ("Liên hoan … tỉnh Quảng Ninh năm 2021", "Lễ ra quân
# chiến dịch … hè năm 2020"), a sentence that opens with the day alone ("Tối ngày 11/11, … khai mạc …"): the name
# gives the year of that day. So does a meeting's that neither reviews a period nor plans the next ("Hội nghị Khoa
# học thường niên năm 2025"); a review ("Hội nghị tổng kết năm 2023") is held the next year, a plan ("triển khai
# nhiệm vụ năm 2024") the year before. A meeting named after its month ("Hội nghị báo cáo viên tháng 8/2025") is
# held in that month: a day of that month opening the sentence is its day, whatever the kind.
_LOOKS_BACK_OR_AHEAD = regex.compile(r"(?i:tổng kết|sơ kết|đánh giá|triển khai|kế hoạch|phương hướng|nhiệm vụ|giao ban"
                                     r"|rút kinh nghiệm|quý|tháng|chuẩn bị|năm học)", regex.V1)
# ("… năm 2025", "… hè 2017”": a year right after a word; not the last of a term's years, "2023 – 2028")
_YEAR_ENDS_NAME = regex.compile(r"(?:(?<!\p{L})năm[ \t]+|(?<=\p{Ll}[ \t]))((?:19|20)\d\d)[”\"]?$", regex.V1)
_MONTH_ENDS_NAME = regex.compile(r"(?<!\p{L})tháng[ \t]+(\d{1,2})[ \t]*[/.-][ \t]*((?:19|20)\d\d)[”\"]?$", regex.V1)


def _day_of_named_year(text: str, s: int, start: int, end: int, skip: Sequence[tuple[int, int]],
                       by_year: bool = True) -> str | None:
    """The day that opens the event's sentence, in the year the event's own name ends with (`by_year`: a kind held
    in the year it is named after), or in the month and year it ends with; else None."""
    month = _MONTH_ENDS_NAME.search(text, start, end)
    year = month if month else _YEAR_ENDS_NAME.search(text, start, end) if by_year else None
    if not year or not (day := _opening_day(text, s, start, skip)):
        return None
    if month and int(month.group(1)) != day.month:
        return None  # ("Ngày 2/9, … hội nghị … tháng 8/2025": a day of another month is not this meeting's)
    return f"{int(year.group(year.lastindex)):04d}-{day.month:02d}-{day.day:02d}"


def _opening_day(text: str, s: int, start: int, skip: Sequence[tuple[int, int]]) -> FoundDate | None:
    """The one day told without its year that opens the sentence from `s` to the event at `start` ("Sáng 28/9, …"),
    else None (none, several, or another event named between the day and this one: the day is that one's)."""
    head = text[s:start]
    days = [d for d in find_dates(head, day_month_alone=True) if not d.full and _OPENING_TIME.search(head, 0, d.start)
            and not any(s0 <= s + d.start < e0 for s0, e0 in skip)]
    if len(days) != 1 or _event_pattern().search(text, s + days[0].end, start) \
            or _ABOUT_BEFORE.search(text, max(s, start - 8), start):
        return None
    return days[0]


# How far after the text's own date a day told without its year may fall and still be in that year (a report
# announces what is weeks ahead; "Ngày 28/12" in a report of 5/1 is the year before).
_AHEAD_DAYS = 62


def _day_of_own_year(text: str, start: int, end: int, skip: Sequence[tuple[int, int]], own_date: str) -> str | None:
    """The day and month that open the event's sentence ("Sáng 28/9, … tổ chức Đại hội …"), in the year of the
    text's own date (the year before when that day would fall months after it), else None."""
    s, e = sentence(text, start, end)
    if not (opening := _opening_day(text, s, start, skip) or _day_told_after(text, end, e, skip)):
        return None
    try:
        own = datetime.date.fromisoformat(own_date)
        day = datetime.date(own.year, opening.month, opening.day)
        if (day - own).days > _AHEAD_DAYS:
            day = datetime.date(own.year - 1, opening.month, opening.day)
    except ValueError:
        return None
    return day.isoformat()


# A day told without its year in the clause after an event, by a word of time or of holding: "… được tổ chức tại
# Quảng Ninh vào hôm nay (12/8)", "… diễn ra sáng 5/3".
_DAY_TOLD = regex.compile(r"(?<!\p{L})(?:hôm nay|sáng|chiều|tối|trưa|ngày|vào)[ \t]*\(?[ \t]*$", regex.V1 | regex.I)


def _day_told_after(text: str, end: int, e: int, skip: Sequence[tuple[int, int]]) -> FoundDate | None:
    """The one day without its year that the clause after an event tells, by a word of time before it; else None
    (none, several, or another event named before it: the day is that one's)."""
    stop = _CLAUSE_AFTER_END.search(text, end, e)
    clause_end = stop.start() if stop else e
    days = [d for d in find_dates(text[end:clause_end], day_month_alone=True)
            if not d.full and _DAY_TOLD.search(text, max(end, end + d.start - 14), end + d.start)
            and not any(s0 <= end + d.start < e0 for s0, e0 in skip)]
    if len(days) != 1 or _event_pattern().search(text, end, end + days[0].start):
        return None
    return days[0]


# An anniversary's day and month, then the span of its years in brackets: ", 12/11 (1936 –2021)".
_DAY_THEN_YEARS = regex.compile(r"[ \t]*,?[ \t]*(?:ngày[ \t]+)?(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[ \t]*\([ \t]*(?:19|20)\d\d"
                                r"[ \t]*[-–][ \t]*(?P<y>(?:19|20)\d\d)[ \t]*\)", regex.V1)


def _day_in_last_year(found: regex.Match[str]) -> str | None:
    """The ISO date of a _DAY_THEN_YEARS match: its day and month in the last year of the span."""
    day, month, year = int(found.group("d")), int(found.group("m")), int(found.group("y"))
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= day <= 31 and 1 <= month <= 12 else None


def _first_day(found: regex.Match[str]) -> str | None:
    """The ISO date of the first day of a _DAY_RANGE match (its month and year from the last day when not printed)."""
    day, month = int(found.group("d1")), int(found.group("m1") or found.group("m2"))
    year = int(found.group("y1") or found.group("y2"))
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= day <= 31 and 1 <= month <= 12 else None


@lru_cache(maxsize=8192)
def _past_head(name: str) -> str:
    """The name without the head it opens with: every "Chiến dịch …" shares "chiến dịch", which tells none of them
    from another ("Chiến dịch Mùa hè xanh", "Chiến dịch Hành quân xanh")."""
    m = _event_pattern().match(name)
    return name[m.end():] if m and _content_words(name[m.end():]) else name  # ("Tháng Công nhân": all head)


# The units of a Vietnamese number in words, as ordinals say them ("thứ hai", "thứ tư", "thứ hai mươi mốt").
_UNITS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7,
          "tám": 8, "chín": 9}
_UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
# An ordinal after "thứ": digits, a roman numeral, or words ("nhất", "chín", "mười ba", "ba mươi hai").
_ORDINAL = (r"(?:\d{1,3}|[IVXLC]+|(?i:nhất|mười(?:[ \t]+(?:" + _UNIT_WORDS + r"))?|(?:" + _UNIT_WORDS
            + r")(?:[ \t]+mươi(?:[ \t]+(?:" + _UNIT_WORDS + r"))?)?))(?!\p{L})")
_LINE_GOES_ON = regex.compile(r"[ \t]*\n[ \t]*\p{Ll}", regex.V1)  # (a line break inside a sentence)
_WORD_AFTER_YEAR = regex.compile(r"(?<=(?<!\p{L})năm[ \t]+(?:19|20)\d\d)[ \t]+\p{Ll}+$", regex.V1)
_BARE_SESSION = regex.compile(r"(?i:kỳ|kì)[ \t]+họp[ \t]+thứ[ \t]+" + _ORDINAL, regex.V1)  # ("Kỳ họp thứ nhất")
_ORDINAL_AFTER_THU = regex.compile(r"(?<!\p{L})((?i:thứ)[ \t]+)(" + _ORDINAL + ")", regex.V1)


def ordinal_value(words: str) -> int | None:
    """ "9" → 9, "IX" → 9, "chín" → 9, "nhất" → 1, "mười ba" → 13, "ba mươi hai" → 32; None for what is none."""
    w = words.strip()
    if w.isdigit():
        return int(w)
    if regex.fullmatch(r"[IVXLC]+", w):
        return roman_number(w)
    parts = w.casefold().split()
    if parts == ["nhất"]:
        return 1
    if parts and parts[0] == "mười":
        return 10 + (_UNITS.get(parts[1], 0) if len(parts) == 2 else 0) if len(parts) <= 2 else None
    if len(parts) == 1:
        return _UNITS.get(parts[0])
    if len(parts) in (2, 3) and parts[1] == "mươi" and parts[0] in _UNITS:
        return _UNITS[parts[0]] * 10 + (_UNITS.get(parts[2], 0) if len(parts) == 3 else 0)
    return None


_ROMAN_OR_DIGITS = regex.compile(r"[IVXLC]+|\d+")


def _ordinals_as_numbers(name: str) -> str:
    """An ordinal after "thứ" in words written in digits, so that two mentions of one event compare ("Kỳ họp thứ
    Chín" and "Kỳ họp thứ 9", "lần thứ hai" and "lần thứ 2"); a roman numeral stays one, as the congress's short
    name prints it ("Đại hội … lần thứ XIV" and "Đại hội XIV"; "khóa XIII" is no ordinal of a meeting)."""
    def value(m: regex.Match[str]) -> str:
        n = None if _ROMAN_OR_DIGITS.fullmatch(m.group(2)) else ordinal_value(m.group(2))
        return m.group() if n is None else m.group(1) + str(n)
    return _ORDINAL_AFTER_THU.sub(value, name)


def _content_words(name: str, other: str = "") -> frozenset[str]:
    """The folded words of an event's name that tell it from another; the words an acronym of `other` stands
    for are that acronym ("Mặt trận Tổ quốc" against "MTTQ", "Cựu chiến binh" against "CCB")."""
    return _content_words_of(name, _acronyms_of(other))


_WORD = regex.compile(r"[\p{L}\p{N}]+")
_NOT_CONTENT = frozenset({"dai", "hoi", "nghi", "ky", "niem", "cuoc", "thi", "phien", "hop", "lan", "thu", "nam", "cua"})
# (the three steps below are pure functions of their strings, cached: _merge_events compares every hit with every
# group, the same names again and again)


@lru_cache(maxsize=8192)
def _acronyms_of(other: str) -> tuple[str, ...]:
    """The acronyms among the words of `other`, in the order a set of them is walked."""
    return tuple({w for w in _WORD.findall(other) if _ACRONYM_WORD.fullmatch(w)})


@lru_cache(maxsize=8192)
def _content_words_of(name: str, acronyms: tuple[str, ...]) -> frozenset[str]:
    """`_content_words` of `name` against another name whose acronyms are `acronyms`."""
    words = _WORD.findall(_ordinals_as_numbers(name))  # ("thứ 5," is "5")
    for acronym in acronyms:
        letters, n = fold(acronym), len(acronym)
        for i in range(len(words) - n + 1):
            if "".join(fold(w)[0] for w in words[i:i + n]) == letters:
                words[i:i + n] = [acronym]
                break
    return frozenset(fold(w) for w in words) - _NOT_CONTENT  # ("dai": of the head "Đại hội", as "hoi", "nghi")


_ACRONYM_WORD = regex.compile(r"\p{Lu}{2,6}", regex.V1)


_ROMAN = regex.compile(r"\(?[IVXLC]+\)?")


# In a lowercased header, the name after a place word ("xã hưng vũ lần thứ i" → "xã Hưng Vũ"): up to three
# words, none of the words that go on with the event's name or make a word of the place word ("xã hội", "huyện ủy").
_PLACE_NAME_IN_CAPS = regex.compile(
    r"(?<!\p{L})((?:xã|phường|thị trấn|thị xã|huyện|quận)[ \t]+)(?!(?:hội|ủy|uỷ|đoàn|lần|nhiệm|khóa|khoá|năm|và)(?!\p{L}))"
    r"(\p{Ll}+(?:[ \t]+(?!(?:lần|nhiệm|khóa|khoá|năm|và|thứ|tổ|về|của|tại|ủy|uỷ)(?!\p{L}))\p{Ll}+){0,2})", regex.V1)


def _from_caps(name: str) -> str:
    """ "HỘI NGHỊ LẦN THỨ BẢY (KHOÁ XVI)" → "Hội nghị lần thứ bảy (khoá XVI)": roman numerals and proper names
    ("Đảng Cộng sản Việt Nam", provinces) kept."""
    words = [w if _ROMAN.fullmatch(w.rstrip(",.;:")) else w.lower() for w in name.split()]
    text = _PLACE_NAME_IN_CAPS.sub(lambda m: m.group(1) + m.group(2).title(), recapitalise(" ".join(words)))
    return text[:1].upper() + text[1:]


def _numbers_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """ "Hội nghị … lần thứ 10" and "Hội nghị … lần thứ 11", "Giải … lần thứ I" and "… lần thứ II", "Kỷ niệm 14
    năm …" and "Kỷ niệm 85 năm …": two events of one series, not one."""
    for number in (_DIGITS, _ROMAN_FOLDED):
        na, nb = {w for w in a if number.fullmatch(w)}, {w for w in b if number.fullmatch(w)}
        if na and nb and na.isdisjoint(nb):
            return True
    return False


# A place a name holds: "huyện Hiệp Hòa", "tỉnh Bắc Giang", "xã Hoàng Diệu".
_PLACE_IN_NAME = regex.compile(r"(?<!\p{L})(?i:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)[ \t]+(\p{Lu}\p{Ll}*"
                               r"(?:[ \t]+\p{Lu}\p{Ll}*)*)", regex.V1)


def _places_differ(group: list[_EventHit], name: str) -> bool:
    """ "Đại hội … Hội Nông dân huyện Hiệp Hòa" and "Đại hội … Hội Nông dân tỉnh Bắc Giang": the congresses of
    two places, not one (the places of every mention of the group against the name's)."""
    named = set(_PLACE_IN_NAME.findall(name))
    held = {p for h in group for p in _PLACE_IN_NAME.findall(h.name)}
    return bool(named and held and named.isdisjoint(held))


# Kinds of meeting that are never one another: a congress is no conference, a conference no session.
_MEETING = regex.compile(r"(?i:đại hội|hội nghị|kỳ họp|kì họp|phiên họp|hội thảo|tọa đàm|toạ đàm|ngày hội|lễ hội|tuần"
                         r"|liên hoan|triển lãm)(?!\p{L})", regex.V1)  # ("Tuần “Đại đoàn kết …”" and "Ngày hội “Đại
# đoàn kết toàn dân tộc”" held in it: two events under one motto)


def _meetings_differ(a: str, b: str) -> bool:
    """ "Đại hội Đảng bộ tỉnh X …" and "Hội nghị thành lập Đảng bộ tỉnh X": two meetings of two kinds."""
    ma, mb = _MEETING.match(a), _MEETING.match(b)
    return bool(ma and mb) and fold(ma.group()) != fold(mb.group())


# A congress's or a session's ordinal and term in its name: "lần thứ II", "nhiệm kỳ 2018 - 2023", "khóa XV".
_TERM_WORDS = regex.compile(r"(?<!\p{L})(?:lần[ \t]+thứ[ \t]+(?:\d+|[IVXLC]+|\p{Ll}+)|(?i:nhiệm kỳ)[ \t]+\(?\d{4}[ \t]*[-–][ \t]*"
                            r"\d{4}\)?|" + _TERM + r")(?!\p{L})", regex.V1)


@lru_cache(maxsize=8192)
def _without_terms(name: str) -> str:
    """The name with its ordinal and term blanked out."""
    return _TERM_WORDS.sub(" ", name)


# A number in a folded name: digits, or a roman numeral ("lần thứ xiv", "khóa xvi").
_DIGITS = regex.compile(r"\d+")
_ROMAN_FOLDED = regex.compile(r"[ivxlc]+")


# The units a contest's rounds are held by: the emulation blocs and clusters (khối, cụm thi đua) of a province.
_OWNER_TAIL = regex.compile(r"[ \t]+của[ \t]+(?:Khối|Cụm)[ \t]+[^,.;:\n]*$", regex.V1)


def _round_of_unit(group: list[_EventHit], hit: _EventHit) -> bool:
    """Whether one of two contests is held by a unit ("Hội thi … của Khối Văn hóa - Xã hội") and the other, with no
    owner, is the contest as a whole that the unit's round belongs to: two events."""
    return hit.kind == "contest" and bool(_OWNER_TAIL.search(hit.name)) != bool(_OWNER_TAIL.search(group[0].name))


def _dates_differ(group: list[_EventHit], hit: _EventHit) -> bool:
    """Whether the text dates `hit` on another day than a mention of `group`: two events of near-identical
    names held on different days ("Hội nghị triển khai chuyên đề … " of a town on 13/6, of its province on 27/5).
    An anniversary is dated by the day it counts from and by its ceremony's day, one event (the merge takes the
    ceremony's)."""
    if not hit.date or hit.kind == "anniversary" or _CEREMONY.match(hit.name):
        return False
    return any(o.date and o.date != hit.date and not _CEREMONY.match(o.name) for o in group)


# A body's session told verb first: "Ủy ban Kiểm tra Trung ương khóa 12, họp kỳ thứ 2 và 3", "HĐND tỉnh khóa XVIII,
# họp kỳ thứ 5" — the body (its name as found), its term, then "họp kỳ thứ" and one or more ordinals.
# Also with its short form and a tense word between, and "thứ" left out before a number: "Ủy ban Kiểm tra Trung ương
# (UBKTTW) đã họp kỳ 50", "… khóa XI đã họp kỳ thứ 8".
_SHORT_FORM = r"(?:[ \t]*\([ \t]*\p{Lu}[\p{Lu}\p{N}.&-]*[ \t]*\))?"  # ("(UBKTTW)", before or after the term)
_MEETS_FOR_SESSION = regex.compile(_SHORT_FORM + r"(?P<term>[ \t]+(?i:khóa|khoá)[ \t]+(?:[IVXLC]+|\d+))?" + _SHORT_FORM
                                   + r"[ \t]*,?[ \t]*(?:(?:đã|sẽ|đang|vừa)[ \t]+)?họp[ \t]+(?i:kỳ|kì)[ \t]+(?:(?P<thu>thứ)[ \t]+"
                                   r"(?P<n>" + _ORDINAL + r"(?:[ \t]*(?:,|và)[ \t]*" + _ORDINAL + r")*)|(?P<n>\d{1,3}(?:[ \t]*"
                                   r"(?:,|và)[ \t]*\d{1,3})*))(?![\p{L}\d])", regex.V1)


def _sessions_verb_first(text: str, hits: list[_EventHit], bodies: Sequence[tuple[int, int]],
                         skip: list[tuple[int, int]]) -> list[_EventHit]:
    """Sessions named by a body that "họp kỳ thứ N": "Kỳ họp thứ N của <body> khóa T", dated as any event."""
    out = []
    for s0, e0 in bodies:
        found = _MEETS_FOR_SESSION.match(text, e0)
        if not found or any(h.start <= s0 < h.end or found.start() <= h.start < found.end() for h in hits):
            continue  # (a session named by its own head is that hit: "đã họp Kỳ thứ 31")
        body = " ".join(text[s0:e0].split()) + (found.group("term") or "")
        nth = "thứ " if found.group("thu") else ""  # (as written: "họp kỳ 50" → "Kỳ họp 50")
        name = f"Kỳ họp {nth}{' '.join(found.group('n').split())} của {' '.join(body.split())}"
        out.append(_EventHit(s0, found.end(), name, "conference", _event_date(text, s0, found.end(), "conference", skip)))
    return out


# The words of a congress's name that name no body: its head, "đại biểu", its ordinal and its term.
_BODILESS_CONGRESS = regex.compile(r"(?i:đại hội)(?:[ \t]+(?i:đại biểu))?(?:[ \t]+(?:lần[ \t]+thứ[ \t]+)?(?:[IVXLC]+|\d+))"
                                   r"(?:[ \t]*,?[ \t]*(?i:nhiệm kỳ)[ \t]+\(?\d{4}[ \t]*[-–][ \t]*\d{4}\)?)?", regex.V1)


def _bodiless_congress(name: str) -> bool:
    """ "Đại hội Đại biểu lần thứ XIV, nhiệm kỳ 2020-2025": a congress named by its ordinal and term alone."""
    return bool(_BODILESS_CONGRESS.fullmatch(name.strip()))


def _same_congress(group: list[_EventHit], hit: _EventHit) -> bool:
    """Whether a congress named by its ordinal alone ("Đại hội Đại biểu lần thứ XIV, nhiệm kỳ 2020-2025") is the
    group's congress of a named body with the same ordinal ("Đại hội Đảng bộ tỉnh … lần thứ XIV"), and no term of
    one differs from the other's: one congress, told in the headline and again in the body."""
    if hit.kind != "conference" or not _CONGRESS.match(hit.name) or not _CONGRESS.match(group[0].name):
        return False
    if _bodiless_congress(hit.name) == _bodiless_congress(group[0].name):
        return False  # (two named bodies, or two names with no body: compared by their words)
    ordinals = [set(_ORDINAL_OF.findall(_ordinals_as_numbers(n))) for n in (hit.name, group[0].name)]
    terms = [set(_TERM_YEARS.findall(n)) for n in (hit.name, group[0].name)]
    return bool(ordinals[0]) and ordinals[0] == ordinals[1] and (not all(terms) or terms[0] == terms[1])


_ORDINAL_OF = regex.compile(r"(?<=(?i:lần[ \t]+thứ|đại hội)[ \t]+)(?:[IVXLC]+|\d+)(?![\p{L}\d])", regex.V1)
_TERM_YEARS = regex.compile(r"\d{4}[ \t]*[-–][ \t]*\d{4}")


def _merge_events(text: str, hits: list[_EventHit]) -> list[Event]:
    groups: list[list[_EventHit]] = []
    plain: dict[int, frozenset[str]] = {}

    def numbers_differ(a: _EventHit, b: _EventHit) -> bool:
        for x in (a, b):
            if id(x) not in plain:
                plain[id(x)] = _content_words(x.name)
        return _numbers_differ(plain[id(a)], plain[id(b)])

    for h in hits:
        for g in groups:
            if h.list_at is not None and any(o.list_at == h.list_at for o in g):
                continue  # two items of one list are two events, however alike their names
            a, b = _past_head(h.name), _past_head(g[0].name)
            if a == h.name or b == g[0].name:
                a, b = h.name, g[0].name  # ("Tháng Công nhân" against "Tháng Công nhân 2021": both whole)
            words, gw = _content_words(a, g[0].name), _content_words(b, h.name)
            bare_a, bare_b = _content_words(_without_terms(a), g[0].name), _content_words(_without_terms(b), h.name)
            if min(len(bare_a), len(bare_b)) >= 3:
                words, gw = bare_a, bare_b  # (the ordinal and the term, shared by a season's congresses, are compared
                # as numbers, not as words, where both names hold a body of a few words: "Đại hội Hiệp hội … lần thứ
                # II, nhiệm kỳ 2018 - 2023" and "Đại hội Câu lạc bộ … lần thứ II, nhiệm kỳ 2018 - 2023" are two)
            if _same_congress(g, h):
                g.append(h)
                break
            if g[0].kind == h.kind and words and gw and len(words & gw) / min(len(words), len(gw)) >= 0.6 \
                    and not any(numbers_differ(h, o) for o in g) and not _meetings_differ(g[0].name, h.name) \
                    and not _places_differ(g, h.name) and not _dates_differ(g, h) and not _round_of_unit(g, h):  # (a number against every mention of the group: "Đại hội
                # … lần thứ I" and "… lần thứ II" are two even when a mention with no number joined the first)
                g.append(h)
                break
        else:
            groups.append([h])
    out = []
    for g in groups:
        first = g[0]
        # a ceremony's own day before the day an anniversary counts from: "kỷ niệm 90 năm … (14/10/1930 -
        # 14/10/2020) … Lễ Kỷ niệm 90 năm … sẽ diễn ra sáng 11/10/2020"
        date = next((h.date for h in g if h.date and _CEREMONY.match(h.name)), None) \
            or next((h.date for h in g if h.date), None)
        printed = [h for h in g if not is_caps_line(text[h.start:h.end])] or g  # prefer a mention not in caps
        named = [h for h in printed if not _bodiless_congress(h.name)] or [h for h in g if not _bodiless_congress(h.name)] \
            or printed  # (a congress's body's name over its ordinal alone, even in capitals)
        name = max(named, key=lambda h: len(h.name)).name
        out.append(Event(start=first.start, end=first.end, surface=text[first.start:first.end], name=name,
                         date=date, kind=first.kind))
    return out
