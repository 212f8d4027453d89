"""Plenum and congress resolutions without a number, and the document's own header symbol."""

from __future__ import annotations

import pytest

from loaders.references import find_references


def test_plenum_and_congress_are_other_references_not_references():
    text = ("Học tập Nghị quyết Trung ương 8 khóa XIII, Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương "
            "Đảng khóa XII và Nghị quyết Đại hội XII của Đảng.")
    found = find_references(text)
    assert found.references == []
    kinds = [(o.kind, o.plenum, o.term) for o in found.other_references]
    assert kinds == [("plenum", 8, "XIII"), ("plenum", 6, "XII"), ("congress", None, "XII")]
    for o in found.other_references:
        assert text[o.start:o.end] == o.surface
    assert found.other_references[0].relation == "implements"


def test_plenum_with_term_in_parentheses():
    found = find_references("trên tinh thần Nghị quyết Trung ương 6 (khoá XII) đã được quán triệt")
    assert [(o.surface, o.term) for o in found.other_references] == [("Nghị quyết Trung ương 6 (khoá XII)", "XII")]


def test_self_symbol_of_a_legal_text_is_not_a_reference():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n-------\nSố: 1377/QĐ-UBND\nLào Cai, ngày 17 tháng 5 năm 2023\n"
            "QUYẾT ĐỊNH\nCăn cứ Quyết định số 2450/QĐ-TTg ngày 8/12/2022 của Thủ tướng Chính phủ;")
    found = find_references(text)
    assert found.self_symbol == "1377/QĐ-UBND"
    assert [r.symbol for r in found.references] == ["2450/QĐ-TTg"]


@pytest.mark.parametrize("row", [
    "| Số hiệu | 204/KH-UBND |\n| Loại văn bản | Kế hoạch |",
    "Số hiệu: | 17/2022/QĐ-UBND | Loại văn bản: | Quyết định |",
    "Số ký hiệu: 17/2022/QĐ-UBND\nNgày ban hành: 02/06/2022",
    "Số/Ký hiệu 17/2022/QĐ-UBND",
    "Số hiệu văn bản Quyết định 17/2022/QĐ-UBND",
])
def test_a_legal_database_row_is_the_page_own_number(row):
    found = find_references(row)
    assert found.references == [] and found.self_symbol is not None


def test_self_symbol_in_a_party_letterhead():
    found = find_references("ĐẢNG ỦY XÃ TÂN LẬP * Số 14 KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM")
    assert found.self_symbol == "14-KH/ĐU" and found.references == []


def test_self_symbol_glued_and_joint():
    assert find_references("Số: 2076/QĐUBND\nLào Cai").self_symbol == "2076/QĐ-UBND"
    assert find_references("Số: 03/QCPH/UBND-UBMTTQ\n|").self_symbol == "03/QCPH-UBND-UBMTTQ"


def test_title_line_citing_the_document_itself_is_a_reference():
    found = find_references("Quyết định 905/QĐ-UBND năm 2018 công bố thủ tục hành chính\nSố: 905/QĐ-UBND")
    assert [r.symbol for r in found.references] == ["905/QĐ-UBND"]
    assert found.self_symbol == "905/QĐ-UBND"
