"""What real text does to symbols (domain.md §3): offsets always point into the text exactly as given."""

from __future__ import annotations

import unicodedata

import pytest

from loaders.references import find_references


def check_spans(text: str):
    refs = find_references(text).references
    for r in refs:
        assert text[r.start:r.end] == r.surface
    return refs


@pytest.mark.parametrize("printed", [
    "35-NQ/TW", "35 - NQ/TW", "35–NQ/TW", "35 – NQ/TW", "35- NQ/TW", "35 -NQ/TW", "35-NQ / TW", "35—NQ/TW",
    "35\u00a0-\u00a0NQ/TW", "35-nq/tw", "35-NQ/TƯ", "35-NQ/TW1",
])
def test_spacing_dashes_case_and_footnotes(printed):
    text = f"Các cấp ủy học tập Nghị quyết số {printed} của Bộ Chính trị."
    refs = check_spans(text)
    assert [r.symbol for r in refs] == ["35-NQ/TW"]
    assert not refs[0].surface.endswith("1")


@pytest.mark.parametrize("printed, symbol", [
    ("15/2020/ND-CP", "15/2020/NĐ-CP"),
    ("15/2020/N\u00d0-CP", "15/2020/NĐ-CP"),
    ("15/2020/NĐCP", "15/2020/NĐ-CP"),
    ("1961/QĐUBND", "1961/QĐ-UBND"),
    ("30c/NQCP", "30c/NQ-CP"),
    ("01/2018/TTVPCP", "01/2018/TT-VPCP"),
    ("18-2019-TT-BGDĐT", "18/2019/TT-BGDĐT"),
    ("164/TTr- SKHCN", "164/TTr-SKHCN"),
    ("35/NQ – HĐND", "35/NQ-HĐND"),
    ("12/2021/qđ-ttg", "12/2021/QĐ-TTg"),
])
def test_state_variants(printed, symbol):
    refs = check_spans(f"Căn cứ văn bản số {printed} ngày 11/5/2021;")
    assert [r.symbol for r in refs] == [symbol]


def test_nfd_text_keeps_offsets_into_the_given_text():
    text = unicodedata.normalize("NFD", "Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị khóa XII")
    r = check_spans(text)[0]
    assert r.symbol == "35-NQ/TW"
    assert unicodedata.normalize("NFC", r.surface) == "Nghị quyết số 35-NQ/TW"
    assert (r.date, r.term, r.relation) == ("2018-10-22", "XII", "implements")


def test_zero_width_and_soft_hyphens_inside_a_mention():
    text = "Thực hiện Nghị\u200b quyết số 35-\u00adNQ/T\u200bW ngày 22/10/2018"
    r = check_spans(text)[0]
    assert r.symbol == "35-NQ/TW"
    assert r.surface.endswith("W")


def test_line_break_inside_a_mention():
    text = "Căn cứ Nghị quyết số\n1210/2016/UBTVQH13 ngày 25 tháng 5 năm\n2016 của Ủy ban Thường vụ Quốc hội"
    r = check_spans(text)[0]
    assert r.surface == "Nghị quyết số\n1210/2016/UBTVQH13"
    assert r.date == "2016-05-25"


def test_eth_instead_of_d_with_stroke_in_the_type_code():
    r = check_spans("Quy định số 08-Q\u00d0i/TW của Ban Chấp hành Trung ương")[0]
    assert r.symbol == "08-QĐi/TW"


def test_garbled_diacritics_and_glued_words():
    text = "Quán triệt tinh thầnNghị qụỵết số 06-NQ/TW ngày 24/01/2022 của Bộ Chính trị khỏá XÍĨ"
    r = check_spans(text)[0]
    assert r.symbol == "06-NQ/TW"
    assert r.surface.startswith("Nghị qụỵết")
    assert r.term == "XII"


def test_colon_after_so_and_upper_case_type_word():
    refs = check_spans("NGHỊ QUYẾT SỐ: 12/2022/NQ-HĐND VỀ PHÁT TRIỂN DU LỊCH")
    assert [r.symbol for r in refs] == ["12/2022/NQ-HĐND"]
