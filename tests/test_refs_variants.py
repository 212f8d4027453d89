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
    text = f"Đảng viên nghiên cứu Nghị quyết số {printed} của Bộ Chính trị."
    refs = check_spans(text)
    assert [r.symbol for r in refs] == ["35-NQ/TW"]
    assert not refs[0].surface.endswith("1")


@pytest.mark.parametrize("printed, symbol", [
    ("31/2017/ND-CP", "31/2017/NĐ-CP"),
    ("31/2017/N\u00d0-CP", "31/2017/NĐ-CP"),
    ("31/2017/NĐCP", "31/2017/NĐ-CP"),
    ("2076/QĐUBND", "2076/QĐ-UBND"),
    ("41c/NQCP", "41c/NQ-CP"),
    ("03/2020/TTVPCP", "03/2020/TT-VPCP"),
    ("26-2021-TT-BGDĐT", "26/2021/TT-BGDĐT"),
    ("907/TTr- SNV", "907/TTr-SNV"),
    ("52/NQ – HĐND", "52/NQ-HĐND"),
    ("09/2023/qđ-ttg", "09/2023/QĐ-TTg"),
    ("4040/BGD ĐT-GDTrH", "4040/BGDĐT-GDTrH"),
    ("25/QĐ-BGDDT", "25/QĐ-BGDĐT"),
    ("3178/QĐ-\nUBND", "3178/QĐ-UBND"),
    ("3178/Q\nĐ-UBND", "3178/QĐ-UBND"),
])
def test_state_variants(printed, symbol):
    refs = check_spans(f"Căn cứ văn bản số {printed} ngày 11/5/2021;")
    assert [r.symbol for r in refs] == [symbol]


@pytest.mark.parametrize("text, symbol", [
    ("Thông tư 26_2021_BGD quy định chương trình", "26/2021/TT-BGDĐT"),  # a file name: underscores, code cut short
    ("Quyết định số 25/QĐ-BGĐT ngày 1/3/2020 của Bộ Giáo dục và Đào tạo", "25/QĐ-BGDĐT"),  # misspelt, named
    ("KẾT LUẬN SỐ 37-KL/TWCỦA BỘ CHÍNH TRỊ", "37-KL/TW"),  # an all-caps word glued to the code
    ("NGHỊ ĐỊNH CỦA CHÍNH PHỦ SỐ29-CP NGÀY 12-5-1994", "29/CP"),  # "SỐ" glued to the number
])
def test_symbols_printed_oddly(text, symbol):
    assert [r.symbol for r in check_spans(text)] == [symbol]


def test_a_misspelt_code_is_kept_when_no_issuer_is_named():
    assert [r.symbol for r in check_spans("Theo Quyết định số 25/QĐ-BGĐT ngày 1/3/2020.")] == ["25/QĐ-BGĐT"]


def test_nfd_text_keeps_offsets_into_the_given_text():
    text = unicodedata.normalize("NFD", "Thực hiện Nghị quyết số 41-NQ/TW ngày 10/10/2023 của Bộ Chính trị khóa XIII")
    r = check_spans(text)[0]
    assert r.symbol == "41-NQ/TW"
    assert unicodedata.normalize("NFC", r.surface) == "Nghị quyết số 41-NQ/TW"
    assert (r.date, r.term, r.relation) == ("2023-10-10", "XIII", "implements")


def test_zero_width_and_soft_hyphens_inside_a_mention():
    text = "Thực hiện Nghị\u200b quyết số 41-\u00adNQ/T\u200bW ngày 10/10/2023"
    r = check_spans(text)[0]
    assert r.symbol == "41-NQ/TW"
    assert r.surface.endswith("W")


def test_line_break_inside_a_mention():
    text = "Căn cứ Nghị quyết số\n1231/2016/UBTVQH13 ngày 7 tháng 6 năm\n2016 của Ủy ban Thường vụ Quốc hội"
    r = check_spans(text)[0]
    assert r.surface == "Nghị quyết số\n1231/2016/UBTVQH13"
    assert r.date == "2016-06-07"


def test_eth_instead_of_d_with_stroke_in_the_type_code():
    r = check_spans("Quy định số 11-Q\u00d0i/TW của Bộ Chính trị")[0]
    assert r.symbol == "11-QĐi/TW"


def test_garbled_diacritics_and_glued_words():
    text = "Học tập tinh thầnNghị qụỵết số 41-NQ/TW ngày 10/10/2023 của Bộ Chính trị khỏá XÍĨ"
    r = check_spans(text)[0]
    assert r.symbol == "41-NQ/TW"
    assert r.surface.startswith("Nghị qụỵết")
    assert r.term == "XII"


def test_colon_after_so_and_upper_case_type_word():
    refs = check_spans("NGHỊ QUYẾT SỐ: 08/2023/NQ-HĐND VỀ HỖ TRỢ NÔNG NGHIỆP")
    assert [r.symbol for r in refs] == ["08/2023/NQ-HĐND"]
