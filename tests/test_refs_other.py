"""Plenum and congress resolutions without a number, and the document's own header symbol."""

from __future__ import annotations

from loaders.references import find_references


def test_plenum_and_congress_are_other_references_not_references():
    text = ("Quán triệt Nghị quyết Trung ương 4 khóa XII, Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương "
            "Đảng khóa XII và Nghị quyết Đại hội XIII của Đảng.")
    found = find_references(text)
    assert found.references == []
    kinds = [(o.kind, o.plenum, o.term) for o in found.other_references]
    assert kinds == [("plenum", 4, "XII"), ("plenum", 4, "XII"), ("congress", None, "XIII")]
    for o in found.other_references:
        assert text[o.start:o.end] == o.surface
    assert found.other_references[0].relation == "implements"


def test_plenum_with_term_in_parentheses():
    found = find_references("theo tinh thần Nghị quyết Trung ương 4 (khoá XI) được tiến hành")
    assert [(o.surface, o.term) for o in found.other_references] == [("Nghị quyết Trung ương 4 (khoá XI)", "XI")]


def test_self_symbol_of_a_legal_text_is_not_a_reference():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\n-------\nSố: 4216/QĐ-UBND\nThanh Hóa, ngày 06 tháng 10 năm 2020\n"
            "QUYẾT ĐỊNH\nCăn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;")
    found = find_references(text)
    assert found.self_symbol == "4216/QĐ-UBND"
    assert [r.symbol for r in found.references] == ["749/QĐ-TTg"]


def test_self_symbol_in_a_party_letterhead_and_table():
    found = find_references("ĐẢNG ỦY XÃ LA BẰNG * Số 09 KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM")
    assert found.self_symbol == "09-KH/ĐU" and found.references == []
    found = find_references("| Số hiệu | 186/KH-UBND |\n| Loại văn bản | Kế hoạch |")
    assert found.self_symbol == "186/KH-UBND" and found.references == []


def test_self_symbol_glued_and_joint():
    assert find_references("Số: 1961/QĐUBND\nKiên Giang").self_symbol == "1961/QĐ-UBND"
    assert find_references("Số: 01/QCPH/UBND-UBMTTQ\n|").self_symbol == "01/QCPH-UBND-UBMTTQ"


def test_title_line_citing_the_document_itself_is_a_reference():
    found = find_references("Quyết định 119/QĐ-UBND năm 2009 bổ sung thủ tục hành chính\nSố: 119/QĐ-UBND")
    assert [r.symbol for r in found.references] == ["119/QĐ-UBND"]
    assert found.self_symbol == "119/QĐ-UBND"
