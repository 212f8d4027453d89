"""Sixth probe round on text the engine was not tuned on (issue 12): inspection news that checks how a
regulation is complied with ("việc chấp hành Quy định …"), and a provincial board's own issuer code in a
submission's symbol. Each sentence is written for this file; each asserts what a reader would check."""

from __future__ import annotations

from tests.test_refs_unseen import refs_of

# ------------------------------------------------------------------ "chấp hành": complying with a document


def test_checking_how_a_regulation_is_complied_with_implements_it():
    text = ("Đoàn giám sát của Huyện ủy làm rõ việc chấp hành Quy định số 144-QĐ/TW ngày 09/5/2024 của "
            "Bộ Chính trị tại các chi bộ trực thuộc.")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("144-QĐ/TW", "implements")]


def test_a_cell_that_complies_strictly_with_a_directive_implements_it():
    text = "Các đảng viên trong chi bộ chấp hành nghiêm Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ."
    assert [r.relation for r in refs_of(text)] == ["implements"]


def test_the_executive_committee_that_issues_a_resolution_is_no_cue_of_compliance():
    text = ("Ngày 20/10/2022, Ban Chấp hành Đảng bộ huyện ban hành Nghị quyết số 07-NQ/HU về phát triển "
            "du lịch cộng đồng.")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("07-NQ/HU", None)]


def test_the_executive_body_of_a_council_is_no_cue_of_compliance():
    text = ("Ủy ban nhân dân huyện là cơ quan chấp hành Nghị quyết số 12/NQ-HĐND ngày 15/7/2023 của "
            "Hội đồng nhân dân huyện về kế hoạch đầu tư công.")
    assert [r.relation for r in refs_of(text)] == [None]


# ------------------------------------------------------------------ a provincial board's own issuer code


def test_the_code_of_a_provincial_ethnic_affairs_board_is_kept_as_printed():
    text = ("Xét đề nghị của Trưởng Ban Dân tộc tỉnh tại Tờ trình số 57/TTr-BDT ngày 12 tháng 8 năm 2019, "
            "Ủy ban nhân dân tỉnh quyết định.")
    assert [(r.symbol, r.date, r.relation) for r in refs_of(text)] == [("57/TTr-BDT", "2019-08-12", "basis")]


def test_the_code_of_the_merged_ministry_is_still_known():
    text = "Căn cứ Thông tư số 03/2025/TT-BDTTG ngày 30/6/2025 của Bộ Dân tộc và Tôn giáo."
    assert [r.symbol for r in refs_of(text)] == ["03/2025/TT-BDTTG"]


# ------------------------------------------------------------------ a list opener under a heading


def test_a_passive_amends_opener_under_a_heading_governs_each_numbered_item_below_it():
    text = ("VĂN BẢN HỢP NHẤT\n"
            "Luật Thủy lợi số 08/2017/QH14 ngày 19 tháng 6 năm 2017 của Quốc hội được sửa đổi, bổ sung bởi:\n"
            "1. Luật số 35/2018/QH14 ngày 20 tháng 11 năm 2018 của Quốc hội;\n"
            "2. Luật số 60/2020/QH14 ngày 17 tháng 11 năm 2020 của Quốc hội.\n")
    refs = refs_of(text)
    assert [(r.symbol, r.relation) for r in refs] == [
        ("08/2017/QH14", None), ("35/2018/QH14", "amends"), ("60/2020/QH14", "amends")]


def test_a_verb_opening_a_bulleted_list_under_a_news_heading_governs_its_items():
    text = ("Chuyển đổi số ở cơ sở\n"
            "Năm qua, Đảng ủy xã đã quán triệt các văn bản sau:\n"
            "- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n"
            "- Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương.\n")
    assert [r.relation for r in refs_of(text)] == ["implements", "implements"]


# ------------------------------------------------------------------ English translations of more document types


def test_an_english_notice_and_guideline_are_read_with_their_type_words():
    text = ("The provincial committee acted according to Notice No. 45-TB/TW dated May 2, 2023 of the Politburo "
            "and Guideline No. 12-HD/BTGTW of the Central Propaganda Department.")
    refs = refs_of(text)
    assert [(r.surface, r.symbol, r.relation) for r in refs] == [
        ("Notice No. 45-TB/TW", "45-TB/TW", "basis"), ("Guideline No. 12-HD/BTGTW", "12-HD/BTGTW", "basis")]


def test_an_english_report_keeps_its_type_word_in_the_quote():
    assert [r.surface for r in refs_of("Report No. 301-BC/TU was read at the meeting.")] == ["Report No. 301-BC/TU"]


# ------------------------------------------------------------------ a date that opens the next line's sentence


def test_a_date_that_opens_the_next_lines_sentence_is_not_the_issue_date_of_the_law_above():
    text = ("1.2. Bổ sung Điều 8 về xử lý vi phạm (khoản 2 Điều 1 của Luật số 24/2018/QH14)\n"
            "Ngày 15/3/2019, Bộ Tư pháp đã tổ chức hội nghị giới thiệu luật tại Hà Nội.")
    assert [(r.symbol, r.date) for r in refs_of(text)] == [("24/2018/QH14", None)]


def test_a_date_wrapped_onto_the_next_line_of_a_list_item_is_still_its_issue_date():
    text = "Căn cứ:\n- Nghị quyết số 20-NQ/TW\nngày 25/10/2017 của Ban Chấp hành Trung ương khóa XII;\n"
    assert [(r.symbol, r.date) for r in refs_of(text)] == [("20-NQ/TW", "2017-10-25")]


# ------------------------------------------------------------------ an alias after a title that cites others


def test_an_alias_takes_no_relation_not_that_of_one_its_title_cites():
    # a short name in brackets restates its document and cites nothing of its own (the dev gold's convention)
    text = ("Căn cứ Thông tư số 15/2022/TT-BTC ngày 4/3/2022 của Bộ Tài chính hướng dẫn thi hành Nghị định số "
            "60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ (sau đây gọi tắt là Thông tư 15).")
    refs = refs_of(text)
    assert [(r.surface, r.symbol, r.relation) for r in refs] == [
        ("Thông tư số 15/2022/TT-BTC", "15/2022/TT-BTC", "basis"),
        ("Nghị định số 60/2021/NĐ-CP", "60/2021/NĐ-CP", "guides"), ("Thông tư 15", "15/2022/TT-BTC", None)]


# ------------------------------------------------------------------ the supreme procuracy and court as issuers


def test_a_directive_of_the_head_of_the_supreme_procuracy_names_its_issuer():
    text = ("Viện kiểm sát tỉnh quán triệt Chỉ thị số 01/CT-VKSTC ngày 28/12/2023 của Viện trưởng Viện kiểm sát "
            "nhân dân tối cao về công tác năm 2024.")
    refs = refs_of(text)
    assert [(r.symbol, r.issuer, r.relation) for r in refs] == [
        ("01/CT-VKSTC", "Viện kiểm sát nhân dân tối cao", "implements")]


def test_a_number_only_directive_of_the_supreme_procuracy_takes_the_code_it_prints_on_its_directives():
    text = "Toàn ngành triển khai Chỉ thị số 01 ngày 5/1/2023 của Viện trưởng VKSND tối cao."
    assert [(r.symbol, r.date) for r in refs_of(text)] == [("01/CT-VKSTC", "2023-01-05")]


def test_a_resolution_of_the_council_of_judges_names_its_issuer():
    text = "Căn cứ Nghị quyết số 03/2022/NQ-HĐTP ngày 10/5/2022 của Hội đồng Thẩm phán Tòa án nhân dân tối cao."
    assert [r.issuer for r in refs_of(text)] == ["Hội đồng Thẩm phán Tòa án nhân dân tối cao"]


def test_a_number_split_from_its_symbol_by_a_space_is_no_document_of_its_own():
    text = ("Thực hiện Quyết định số 0 2/QĐ-VKSTC ngày 3 tháng 1 năm 2022 của Viện trưởng Viện kiểm sát nhân dân "
            "tối cao, Viện kiểm sát tỉnh đã phân công nhiệm vụ.")
    assert [r.symbol for r in refs_of(text)] == ["2/QĐ-VKSTC"]
