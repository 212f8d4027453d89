"""Context of a mention: date, issuer, term, title, locality, relation cue; relations between documents."""

from __future__ import annotations

import pytest

from loaders.references import find_references


def first(text: str):
    return find_references(text).references[0]


@pytest.mark.parametrize("written, iso", [
    ("ngày 22/10/2018", "2018-10-22"), ("ngày 22-10-2018", "2018-10-22"), ("ngày 22 tháng 10 năm 2018", "2018-10-22"),
    (", ngày 22/10/2018,", "2018-10-22"), ("ngày 22/10", "--10-22"), ("ngày 06 tháng 5", "--05-06"),
    ("năm 2018", None), ("ngày 31/02/2018", None),
])
def test_date_after_the_mention(written, iso):
    assert first(f"Thực hiện Nghị quyết số 35-NQ/TW {written} của Bộ Chính trị").date == iso


def test_date_before_the_mention_with_ban_hanh():
    r = first("Ngày 25-10-2021, Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng khóa XIII đã ban hành Kết luận số 21-KL/TW")
    assert (r.date, r.term) == ("2021-10-25", "XIII")
    assert r.issuer.startswith("Hội nghị lần thứ 4")


def test_a_date_of_something_else_is_not_the_issue_date():
    r = first("Ngày 19/5/2023, tỉnh tổ chức hội nghị quán triệt Nghị quyết số 35-NQ/TW.")
    assert r.date is None


def test_issuer_term_title_after_the_mention():
    r = first("theo Chỉ thị số 11-CT/TW ngày 13 tháng 4 năm 2007 của Bộ Chính trị khóa X “về tăng cường công tác khuyến học”.")
    assert (r.date, r.issuer, r.term) == ("2007-04-13", "Bộ Chính trị", "X")
    assert r.title == "tăng cường công tác khuyến học"


def test_provincial_issuer_and_locality():
    r = first("đã triển khai Nghị quyết số 02-NQ/TU ngày 04/10/2021 của Tỉnh ủy Quảng Trị về chuyển đổi số")
    assert (r.issuer, r.scope_locality) == ("Tỉnh ủy Quảng Trị", "Quảng Trị")
    assert r.title.startswith("chuyển đổi số")


def test_locality_from_the_text_for_local_scopes():
    text = "UBND tỉnh Nghệ An ban hành Công văn số 4079/UBND-KT ngày 19/6 về phòng, chống dịch."
    r = first(text)
    assert (r.scope_locality, r.date) == ("Nghệ An", "--06-19")


def test_central_scope_has_no_locality():
    text = "Tỉnh ủy Nghệ An quán triệt Nghị quyết số 35-NQ/TW của Bộ Chính trị."
    assert first(text).scope_locality is None


@pytest.mark.parametrize("cue, relation", [
    ("Triển khai thực hiện", "implements"), ("Quán triệt", "implements"), ("Học tập", "implements"),
    ("Tổ chức thực hiện có chiều sâu", "implements"), ("Để cụ thể hóa", "implements"),
    ("Tiếp tục triển khai thực hiện hiệu quả", "continues"), ("Tiếp tục thực hiện theo", "continues"),
    ("Sơ kết 5 năm thực hiện", "reviews"), ("Tổng kết việc thực hiện", "reviews"), ("Căn cứ", "basis"),
    ("Theo", "basis"), ("Theo tinh thần", "basis"), ("Xét", "basis"), ("Thay thế", "replaces"),
    ("Sửa đổi, bổ sung một số điều của", "amends"), ("Bãi bỏ", "repeals"), ("Hướng dẫn thực hiện", "guides"),
    ("Đính chính", "corrects"), ("Hội nghị đã thảo luận", None),
])
def test_relation_cues(cue, relation):
    assert first(f"{cue} Nghị quyết số 12/2022/NQ-HĐND ngày 5/7/2022 của HĐND tỉnh.").relation == relation


def test_cue_is_cut_by_a_sentence_break():
    text = "Cán bộ học tập và làm theo tấm gương của Bác. Nghị quyết số 35-NQ/TW được ban hành năm 2018."
    assert first(text).relation is None


def test_proposal_cue_reaches_over_the_proposer():
    text = "Theo đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 1342/TTr-STTTT ngày 31/7/2020."
    assert first(text).relation == "basis"


def test_every_item_under_one_verb_gets_it():
    text = ("theo Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương khóa XIII và Kết luận số "
            "01-KL/TW, ngày 18/5/2021 của Bộ Chính trị khóa XIII về tiếp tục thực hiện Chỉ thị số 05-CT/TW")
    refs = find_references(text).references
    assert [r.relation for r in refs] == ["basis", "basis", "continues"]


def test_a_title_relates_two_cited_documents():
    text = ("Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW; "
            "Nghị định số 22/2023/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 15/2020/NĐ-CP.")
    found = find_references(text)
    assert [(d.source_symbol, d.relation, d.target_symbol) for d in found.relations] == [
        ("01-KL/TW", "continues", "05-CT/TW"), ("22/2023/NĐ-CP", "amends", "15/2020/NĐ-CP")]


def test_a_guidance_relates_to_what_its_title_names():
    text = "Căn cứ Hướng dẫn số 07-HD/BTGTW ngày 14/3/2022 của Ban Tuyên giáo Trung ương thực hiện Quy định 144-QĐ/TW"
    found = find_references(text)
    assert [r.relation for r in found.references] == ["basis", "guides"]
    assert found.relations[0].relation == "guides"


def test_a_plain_list_is_not_a_relation_between_documents():
    text = "theo Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương và theo Quy định số 37-QĐ/TW"
    assert find_references(text).relations == []


def test_ministry_and_role_before_the_issuer():
    r = first("Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo;")
    assert (r.issuer, r.date) == ("Bộ Giáo dục và Đào tạo", "2020-09-15")


def test_footnote_marks_do_not_hide_the_context():
    refs = find_references("quán triệt Nghị quyết số 26-NQ/TW(1) và Nghị quyết 27-NQ/TW[2] của Hội nghị "
                           "Trung ương 7 khóa XII").references
    assert [(r.symbol, r.term) for r in refs] == [("26-NQ/TW", "XII"), ("27-NQ/TW", "XII")]


def test_a_new_clause_after_a_comma_is_not_the_issuer():
    text = ("Thực hiện Kết luận số 21-KL/TW, Quy định số 37-QĐ/TW, Tỉnh ủy Thanh Hóa ban hành Kế hoạch số "
            "45-KH/TU ngày 15/12/2021.")
    refs = find_references(text).references
    assert [r.issuer for r in refs] == [None, None, "Tỉnh ủy Thanh Hóa"]
    assert [r.relation for r in refs] == ["implements", "implements", None]


def test_date_of_the_previous_item_does_not_leak_over_a_semicolon():
    text = ("Thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ; Sở Lao động - Thương binh "
            "và Xã hội ban hành Kế hoạch số 78/KH-SLĐTBXH.")
    refs = find_references(text).references
    assert [r.date for r in refs] == ["2021-10-14", None]
    assert refs[1].relation is None


def test_a_verb_after_va_ends_the_title_and_relates_no_documents():
    text = ("Tỉnh ủy ban hành Nghị quyết số 02-NQ/TU về chuyển đổi số giai đoạn 2021 - 2025 và chuẩn bị "
            "triển khai Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương.")
    found = find_references(text)
    assert found.references[0].title == "chuyển đổi số giai đoạn 2021 - 2025"
    assert found.relations == []


def test_chuan_bi_is_not_a_passive():
    text = "Quyết định số 12/QĐ-UBND chuẩn bị thay thế Quyết định số 30/QĐ-UBND của UBND tỉnh."
    assert all(r.source_symbol != "30/QĐ-UBND" for r in find_references(text).relations)
