"""Context of a mention: date, issuer, term, title, locality, relation cue; relations between documents."""

from __future__ import annotations

import pytest

from loaders.references import find_references


def first(text: str):
    return find_references(text).references[0]


@pytest.mark.parametrize("written, iso", [
    ("ngày 14/7/2019", "2019-07-14"), ("ngày 14-7-2019", "2019-07-14"), ("ngày 14 tháng 7 năm 2019", "2019-07-14"),
    (", ngày 14/7/2019,", "2019-07-14"), ("ngày 14/7", "--07-14"), ("ngày 03 tháng 9", "--09-03"),
    ("NGÀY 14 THÁNG 7 NĂM 2019", "2019-07-14"), ("năm 2019", None), ("ngày 30/02/2019", None),
])
def test_date_after_the_mention(written, iso):
    assert first(f"Tiếp thu Nghị quyết số 41-NQ/TW {written} của Bộ Chính trị").date == iso


def test_date_before_the_mention_with_ban_hanh():
    r = first("Ngày 12-3-2022, Hội nghị lần thứ 5 Ban Chấp hành Trung ương Đảng khóa XIII đã ban hành Kết luận số 37-KL/TW")
    assert (r.date, r.term) == ("2022-03-12", "XIII")
    assert r.issuer.startswith("Hội nghị lần thứ 5")


def test_a_date_of_something_else_is_not_the_issue_date():
    r = first("Ngày 8/4/2024, huyện mở lớp bồi dưỡng về Nghị quyết số 41-NQ/TW.")
    assert r.date is None


def test_a_bare_date_on_the_next_line_is_another_row():
    text = "03/05/2016 Văn bản được ban hành 27/2016/QĐ-UBND\n15/05/2016 Văn bản có hiệu lực 27/2016/QĐ-UBND"
    assert [r.date for r in find_references(text).references] == ["2016-05-03", None]


def test_a_passive_names_the_issuer_before_the_date():
    r = first("Nghị quyết số 41-NQ/TW, được Bộ Chính trị ban hành ngày 10/10/2023, đề ra năm nhiệm vụ")
    assert (r.issuer, r.date) == ("Bộ Chính trị", "2023-10-10")
    r = first("Nghị quyết số 41-NQ/TW được Tỉnh ủy triển khai ngày 10/11/2023")
    assert (r.issuer, r.date) == (None, None)


def test_issuer_term_title_after_the_mention():
    r = first("theo Chỉ thị số 42-CT/TW ngày 24 tháng 3 năm 2015 của Ban Bí thư khóa XI “về nâng cao chất lượng "
              "giáo dục lý tưởng”.")
    assert (r.date, r.issuer, r.term) == ("2015-03-24", "Ban Bí thư", "XI")
    assert r.title == "nâng cao chất lượng giáo dục lý tưởng"


def test_provincial_issuer_and_locality():
    r = first("đã quán triệt Nghị quyết số 07-NQ/TU ngày 18/11/2021 của Tỉnh ủy Lào Cai về phát triển du lịch")
    assert (r.issuer, r.scope_locality) == ("Tỉnh ủy Lào Cai", "Lào Cai")
    assert r.title.startswith("phát triển du lịch")


def test_locality_from_the_text_for_local_scopes():
    r = first("UBND tỉnh Hà Tĩnh gửi Công văn số 2218/UBND-NL ngày 27/8 về chống hạn.")
    assert (r.scope_locality, r.date) == ("Hà Tĩnh", "--08-27")


def test_central_scope_has_no_locality():
    assert first("Tỉnh ủy Hà Tĩnh học tập Nghị quyết số 41-NQ/TW của Bộ Chính trị.").scope_locality is None


@pytest.mark.parametrize("cue, relation", [
    ("Triển khai thực hiện", "implements"), ("Quán triệt", "implements"), ("Học tập", "implements"),
    ("Tổ chức thực hiện có chiều sâu", "implements"), ("Để cụ thể hóa", "implements"),
    ("Quán triệt, tuyên truyền, phổ biến nội dung", "implements"),
    ("Tiếp tục triển khai thực hiện hiệu quả", "continues"), ("Tiếp tục thực hiện theo", "continues"),
    ("Sơ kết 3 năm thực hiện", "reviews"), ("Tổng kết việc thực hiện", "reviews"), ("Căn cứ", "basis"),
    ("Căn cứ vào", "basis"), ("Theo", "basis"), ("Theo tinh thần", "basis"), ("Trên tinh thần", "basis"),
    ("Xét", "basis"), ("Dựa trên", "basis"), ("Dựa vào", "basis"), ("Bám sát", "basis"),
    ("Thay thế", "replaces"), ("Sửa đổi, bổ sung một số điều của", "amends"), ("Bãi bỏ", "repeals"),
    ("Hướng dẫn thực hiện", "guides"), ("Hướng dẫn thi hành", "guides"), ("Quy định chi tiết", "guides"),
    ("Quy định chi tiết thi hành Điều 5 của", "guides"), ("Đính chính", "corrects"),
    ("Hội đồng đã thảo luận", None), ("Ban hành kèm theo", None), ("Theo đó,", None),
])
def test_relation_cues(cue, relation):
    assert first(f"{cue} Nghị quyết số 08/2023/NQ-HĐND ngày 11/4/2023 của HĐND tỉnh.").relation == relation


def test_cue_is_cut_by_a_sentence_break():
    text = "Thanh niên học tập và làm theo lời Bác. Nghị quyết số 41-NQ/TW được ban hành năm 2023."
    assert first(text).relation is None


def test_cue_is_cut_by_a_new_clause_after_a_comma():
    text = "Để thực hiện tốt nhiệm vụ năm 2024, Sở Y tế đã ban hành Kế hoạch số 310/KH-SYT."
    assert first(text).relation is None


def test_proposal_cue_reaches_over_the_proposer():
    text = "Theo đề nghị của Sở Nội vụ tại Tờ trình số 907/TTr-SNV ngày 2/6/2022."
    assert first(text).relation == "basis"


def test_every_item_under_one_verb_gets_it():
    text = ("theo Kết luận số 37-KL/TW, ngày 12/3/2022 của Ban Chấp hành Trung ương khóa XIII và Kết luận số "
            "12-KL/TW, ngày 6/8/2021 của Bộ Chính trị khóa XIII về tiếp tục thực hiện Chỉ thị số 42-CT/TW")
    refs = find_references(text).references
    assert [r.relation for r in refs] == ["basis", "basis", "continues"]


def test_one_verb_governs_a_list_of_numbers():
    refs = find_references("Đảng ủy quán triệt các Nghị quyết số 41, 42, 43-NQ/TW của Bộ Chính trị.").references
    assert [r.symbol for r in refs] == ["41-NQ/TW", "42-NQ/TW", "43-NQ/TW"]
    assert [r.relation for r in refs] == ["implements"] * 3


def test_a_cue_opens_the_list_after_its_colon():
    text = ("Nghị định này thay thế các văn bản sau: Nghị định 31/2017/NĐ-CP ngày 23/3/2017 của Chính phủ về quản "
            "lý quỹ, Nghị định 72/2018/NĐ-CP ngày 15/5/2018 của Chính phủ về quỹ đầu tư.")
    assert [r.relation for r in find_references(text).references] == ["replaces", "replaces"]


def test_every_bullet_of_a_basis_preamble_is_basis():
    text = ("Căn cứ:\n- Luật Thư viện số 46/2019/QH14;\n- Nghị định số 93/2020/NĐ-CP ngày 18/8/2020 của Chính phủ;\n"
            "- Thông tư số 02/2022/TT-BVHTTDL.\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế số 4/QC-UBND.")
    refs = find_references(text).references
    assert [r.relation for r in refs] == ["basis", "basis", "basis", None]


def test_an_alias_takes_no_relation_and_the_list_goes_on():
    # the short name in brackets restates the document before it and cites nothing of its own (the dev gold's
    # convention for every bracketed alias); the list goes on past it with the cue's relation
    text = ("Nghị định mới thay thế: Nghị định 31/2017/NĐ-CP (sau đây viết tắt là Nghị định 31), Nghị định "
            "72/2018/NĐ-CP của Chính phủ về quỹ đầu tư.")
    refs = find_references(text).references
    assert [(r.symbol, r.relation) for r in refs] == [
        ("31/2017/NĐ-CP", "replaces"), ("31/2017/NĐ-CP", None), ("72/2018/NĐ-CP", "replaces")]


def test_a_passive_cue_does_not_leak_down_a_preamble():
    text = ("Căn cứ Nghị định số 31/2017/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 72/2018/NĐ-CP; "
            "Thông tư số 11/2019/TT-BTC của Bộ Tài chính;")
    found = find_references(text)
    assert [r.relation for r in found.references] == ["basis", "amends", "basis"]
    assert [(d.source_symbol, d.relation, d.target_symbol) for d in found.relations] == [
        ("72/2018/NĐ-CP", "amends", "31/2017/NĐ-CP")]


def test_a_title_relates_two_cited_documents():
    text = ("Kết luận số 12-KL/TW ngày 6/8/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 42-CT/TW; "
            "Nghị định số 72/2018/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 31/2017/NĐ-CP.")
    found = find_references(text)
    assert [(d.source_symbol, d.relation, d.target_symbol) for d in found.relations] == [
        ("12-KL/TW", "continues", "42-CT/TW"), ("72/2018/NĐ-CP", "amends", "31/2017/NĐ-CP")]


def test_a_guidance_relates_to_what_its_title_names():
    text = "Căn cứ Hướng dẫn số 07-HD/BTGTW ngày 14/3/2022 của Ban Tuyên giáo Trung ương thực hiện Quy định 144-QĐ/TW"
    found = find_references(text)
    assert [r.relation for r in found.references] == ["basis", "guides"]
    assert found.relations[0].relation == "guides"


def test_a_plain_list_is_not_a_relation_between_documents():
    text = "theo Kết luận số 37-KL/TW ngày 12/3/2022 của Ban Chấp hành Trung ương và theo Quy định số 69-QĐ/TW"
    assert find_references(text).relations == []


def test_ministry_and_role_before_the_issuer():
    r = first("Căn cứ Thông tư số 26/2021/TT-BGDĐT ngày 22/9/2021 của Bộ trưởng Bộ Giáo dục và Đào tạo;")
    assert (r.issuer, r.date) == ("Bộ Giáo dục và Đào tạo", "2021-09-22")


def test_footnote_marks_do_not_hide_the_context():
    refs = find_references("học tập Nghị quyết số 41-NQ/TW(3) và Nghị quyết 42-NQ/TW[4] của Hội nghị "
                           "Trung ương 8 khóa XIII").references
    assert [(r.symbol, r.term) for r in refs] == [("41-NQ/TW", "XIII"), ("42-NQ/TW", "XIII")]


def test_a_new_clause_after_a_comma_is_not_the_issuer():
    text = ("Thực hiện Kết luận số 37-KL/TW, Quy định số 69-QĐ/TW, Tỉnh ủy Lào Cai ban hành Kế hoạch số "
            "118-KH/TU ngày 2/4/2022.")
    refs = find_references(text).references
    assert [r.issuer for r in refs] == [None, None, "Tỉnh ủy Lào Cai"]
    assert [r.relation for r in refs] == ["implements", "implements", None]


def test_date_of_the_previous_item_does_not_leak_over_a_semicolon():
    text = ("Thực hiện Quyết định số 2450/QĐ-TTg ngày 8/12/2022 của Thủ tướng Chính phủ; Sở Tài chính "
            "ban hành Kế hoạch số 91/KH-STC.")
    refs = find_references(text).references
    assert [r.date for r in refs] == ["2022-12-08", None]
    assert refs[1].relation is None


def test_a_verb_after_va_ends_the_title_and_relates_no_documents():
    text = ("Tỉnh ủy ban hành Nghị quyết số 07-NQ/TU về phát triển du lịch giai đoạn 2021 - 2025 và tổ chức "
            "triển khai Nghị quyết số 41-NQ/TW của Bộ Chính trị.")
    found = find_references(text)
    assert found.references[0].title == "phát triển du lịch giai đoạn 2021 - 2025"
    assert found.relations == []


def test_chuan_bi_is_not_a_passive():
    text = "Quyết định số 31/QĐ-UBND chuẩn bị thay thế Quyết định số 17/QĐ-UBND của UBND tỉnh."
    assert all(r.source_symbol != "17/QĐ-UBND" for r in find_references(text).relations)
