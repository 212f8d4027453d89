"""Issue 15, round 3: the agency heads tried at a position are those whose literal start the text holds there
(`loaders.names._head_keyed_at`), and the readers of one scanned text keep their answers with its candidates
(`loaders.scanner.memo_of`). Both must find what the full alternation and a fresh read find, on sentences and
headers written here."""

from __future__ import annotations

import regex

from loaders import gazetteer as gz
from loaders.names import extend_name, head_at
from loaders.persons import _role_at, name_run
from loaders.scanner import finditer_from, head_key, literal_start, memo_of, scan
from loaders.text import matches_from, sub_from
from tests.test_scanner import _every_head_at


def _copy(text: str) -> str:
    """An equal string that is another object: one the scanner has not seen."""
    return "".join([text[:1], text[1:]])


def test_a_literal_start_runs_to_the_first_regex_syntax() -> None:
    assert literal_start("Ban Chấp hành Trung ương(?! Đảng Lao động)") == "ban chấp hành trung ương"
    assert literal_start(r"Ủy ban Kiểm tra (?:T\.Ư|TƯ|TW)") == "ủy ban kiểm tra "
    assert literal_start("BIDV,? [Cc]hi nhánh") == "bidv"  # the comma may be missing: not part of it
    assert literal_start(r"Sư đoàn\d") == "sư đoàn"
    assert literal_start("Sở") == "sở"


def test_every_head_of_the_table_opens_with_its_literal_start() -> None:
    for head in gz.agency_heads():
        start = literal_start(head.head)
        assert start, head.head
        assert start.startswith(head_key(head.head)), head.head  # (it goes on from the scanner's key)


# Lines a header in capitals prints (each ends its head where the next word is no part of it), wrapped at any
# space of the head, with the indentation of a letterhead's columns.
_HEADERS = [
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
    "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM",
    "BAN TUYÊN GIÁO TỈNH ỦY",
    "HỘI ĐỒNG NHÂN DÂN HUYỆN GIO LINH",
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    "MẶT TRẬN TỔ QUỐC VIỆT NAM",
    "ỦY BAN KIỂM TRA TRUNG ƯƠNG",
]


def _wrapped(line: str) -> list[str]:
    """The line as printed, and wrapped at each of its spaces: a newline, a newline between indentations, and a
    run of spaces longer than the window the literal starts are read through."""
    out = [line]
    words = line.split(" ")
    for i in range(1, len(words)):
        for gap in ("\n", "   \n\t ", " " * 90, " \n\n "):
            out.append(" ".join(words[:i]) + gap + " ".join(words[i:]))
    return out


def test_a_header_finds_the_head_the_full_alternation_finds() -> None:
    checked = 0
    for line in _HEADERS:
        for printed in _wrapped(line):
            text = f"{printed}\nSố: 12/QĐ-UBND\n"
            assert scan(text) is not None
            assert head_at(text, 0, caps=True) == _every_head_at(text, 0, caps=True), repr(printed)
            assert head_at(_copy(text), 0, caps=True) == _every_head_at(text, 0, caps=True), repr(printed)
            checked += head_at(text, 0, caps=True) is not None
    assert checked > len(_HEADERS)  # (most wrappings still name the body)


def test_running_text_finds_the_head_the_full_alternation_finds() -> None:
    text = ("Sáng nay, Ban Thường vụ Tỉnh ủy và Ban Tuyên giáo Trung ương phối hợp với Sở Y tế, Ban Chỉ đạo "
            "phòng, chống dịch tỉnh tổ chức hội nghị; ban tổ chức cho biết Bộ đội Biên phòng tham gia.")
    assert scan(text) is not None
    for pos in range(len(text)):
        if text[pos].isalpha() and (pos == 0 or not text[pos - 1].isalpha()):
            assert head_at(text, pos) == _every_head_at(text, pos), text[pos:pos + 20]


def test_answers_kept_with_a_scanned_text_are_what_a_fresh_read_gives() -> None:
    text = ("Đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự hội nghị của Sở Nội vụ tỉnh "
            "Quảng Trị. Đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy phát biểu.")
    assert scan(text) is not None
    memo = memo_of(text)
    assert memo is not None and memo_of(_copy(text)) is None  # (only the scanned text keeps answers)
    at_office = text.index("Sở Nội vụ") + len("Sở")
    at_role = text.index("Phó Bí thư")
    at_name = text.index("Nguyễn")
    for _ in range(2):  # the second time from what was kept
        assert extend_name(text, at_office, head="Sở") == extend_name(_copy(text), at_office, head="Sở")
        assert _role_at(text, at_role) == _role_at(_copy(text), at_role)
        assert name_run(text, at_name) == name_run(_copy(text), at_name)
        assert head_at(text, text.index("Sở")) == head_at(_copy(text), text.index("Sở"))
    assert len(memo) >= 3
    assert extend_name(text, at_office, head="Sở")[0] == text.index(" tỉnh Quảng Trị") or \
        text[:extend_name(text, at_office, head="Sở")[0]].endswith("Quảng Trị")


def test_a_lowercase_head_and_a_committee_are_restored_as_the_whole_text_substitution_restores_them() -> None:
    from loaders.agencies import (
        _COMMITTEE_CASE,
        _COMMITTEE_CASE_STARTS,
        _LOWER_HEAD,
        _LOWER_HEAD_STARTS,
        _as_printed_heads,
        _capitalised_head,
    )

    texts = [
        "Đoàn công tác cục Y tế dự phòng làm việc tại sở Tư pháp và bệnh viện Đa khoa tỉnh; các sở Ngành tham dự.",
        "Bí thư huyện ủy, Chủ tịch UBND tỉnh Lạng Sơn và Thường trực Tỉnh Ủy, thành uỷ dự; các tỉnh ủy báo cáo.",
        "Hội trường Huyện ủy; trung tâm Hà Nội; nhà trường Tiên Lãng; viện Kiểm sát nhân dân quận Hai Bà Trưng.",
        "Không có cơ quan nào ở đây.",
    ]
    for text in texts:
        restored = _LOWER_HEAD.sub(lambda m, t=text: _capitalised_head(t, m), text)
        assert sub_from(_LOWER_HEAD, lambda m, t=text: _capitalised_head(t, m), text, _LOWER_HEAD_STARTS) == restored
        upper = _COMMITTEE_CASE.sub(lambda m: m.group().upper() if m.group() in "thq" else m.group().lower(), text)
        assert sub_from(_COMMITTEE_CASE, lambda m: m.group().upper() if m.group() in "thq" else m.group().lower(),
                        text, _COMMITTEE_CASE_STARTS) == upper
    assert "Cục Y tế dự phòng" in _as_printed_heads(texts[0]) and "các sở Ngành" in _as_printed_heads(texts[0])
    assert "Bí thư Huyện ủy" in _as_printed_heads(texts[1]) and "Tỉnh ủy, thành uỷ" in _as_printed_heads(texts[1])
    assert _as_printed_heads(texts[3]) == texts[3]


def test_matches_from_finds_what_finditer_finds() -> None:
    pattern = regex.compile(r"(?<!\p{L})(?:ab|abc|b)(?=\d)", regex.V1)
    for text in ("ab1 abc2 b3 xab4 b", "abab1", "", "b1b1b1"):
        assert [m.span() for m in matches_from(pattern, text, ("ab", "b"))] == [m.span() for m in pattern.finditer(text)]


def test_main_districts_read_from_the_scan_are_those_of_the_whole_text() -> None:
    from loaders.agencies import _DISTRICT_NAME, _DISTRICT_NAME_STARTS, main_districts

    text = ("UBND huyện Gio Linh, Huyện ủy Gio Linh và HUYỆN Cam Lộ; thị xã Quảng Trị, Thị ủy Quảng Trị; thành phố "
            "Đông Hà, Thành uỷ Đông Hà; quận Ba Đình. Huyện Gio Linh tổ chức hội nghị.")
    assert scan(text) is not None
    assert [m.span() for m in finditer_from(_DISTRICT_NAME, text, _DISTRICT_NAME_STARTS)] == \
        [m.span() for m in _DISTRICT_NAME.finditer(text)]
    assert main_districts(text) == main_districts(_copy(text))  # (a copy the scanner has not seen walks the text)
    assert dict(main_districts(text))["huyện"] == "Gio Linh"
