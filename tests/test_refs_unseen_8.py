"""Eighth probe round on text the engine was not tuned on (issue 12): provincial news, party journals and
government portals. Headlines in capitals, a State type issued under a Party-looking code, a type word that
supplies the type a printed symbol lacks, the older spelling of a type word, lists whose items carry their
subject in brackets, cues that reach their documents through a long object ("… tại văn bản số …", a plural head
before a colon, "Cụ thể:"), and a cue in a cited document's title that ends at a comma. Each sentence is written
for this file; each asserts what a reader would check."""

from __future__ import annotations

import pytest

from tests.test_refs_unseen import annotated, refs_of

# ------------------------------------------------------------------ headlines in capitals


@pytest.mark.parametrize("text", [
    "PHẢN BÁC LUẬN ĐIỆU SAI TRÁI VỀ QUY ĐỊNH 58 CỦA BỘ CHÍNH TRỊ\nQuy định số 58-QĐ/TW ngày 8/2/2022 của Bộ Chính "
    "trị được cán bộ đồng tình.",
    "GÓP Ý QUY ĐỊNH 58 - MỘT BƯỚC TIẾN\nQuy định số 58-QĐ/TW ngày 8/2/2022 của Bộ Chính trị được cán bộ đồng tình.",
])
def test_a_capitalised_word_after_the_number_of_a_headline_is_no_issuer_code(text):
    refs = refs_of(text)
    assert [r.symbol for r in refs] == ["58-QĐ/TW", "58-QĐ/TW"]
    assert refs[0].surface == "QUY ĐỊNH 58" and refs[0].short_form


def test_a_headline_word_without_a_full_mention_makes_no_symbol():
    assert [r.symbol for r in refs_of("NGHỊ ĐỊNH 24 - MỘT CHÍNH SÁCH ĐÚNG ĐẮN CHO NÔNG DÂN")] == []


@pytest.mark.parametrize("text, symbol", [
    ("Quyết định số 215-QĐ/TWĐTN-VPĐOÀN ngày 3/4/2023 kiện toàn bộ máy.", "215-QĐ/TWĐTN-VPĐOÀN"),
    ("Nghị quyết liên tịch số 02/2024/NQLT-CP-ĐCTUBTƯMTTQVN được ký ngày 10/6/2024.",
     "02/2024/NQLT-CP-ĐCTUBTƯMTTQVN"),
    ("KẾT LUẬN SỐ 14-KL/TWCỦA BỘ CHÍNH TRỊ VỀ KHUYẾN KHÍCH CÁN BỘ NĂNG ĐỘNG", "14-KL/TW"),
])
def test_codes_after_the_first_keep_their_diacritics(text, symbol):
    assert [r.symbol for r in refs_of(text)] == [symbol]


# ------------------------------------------------------------------ State types, Party-looking codes


@pytest.mark.parametrize("text, symbol", [
    ("Ban Chỉ đạo Trung ương về phòng, chống thiên tai đã ra Công điện số 12/CĐ-TW yêu cầu các tỉnh cấm biển.",
     "12/CĐ-TW"),
    ("Sáng nay, Công điện 03/CĐ-TW gửi các tỉnh ven biển về áp thấp nhiệt đới.", "03/CĐ-TW"),
])
def test_a_state_only_type_printed_in_state_shape_stays_a_state_symbol(text, symbol):
    assert [(r.symbol, r.family) for r in refs_of(text)] == [(symbol, "state")]


def test_a_party_committee_printing_a_state_type_in_party_shape_keeps_the_party_shape():
    assert [r.symbol for r in refs_of("Đảng ủy ban hành Quy định số 07-QyĐ/ĐU về chế độ làm việc.")] == ["07-QyĐ/ĐU"]


@pytest.mark.parametrize("text, symbol", [
    ("Quán triệt NQ số 36/TW của Bộ Chính trị về kinh tế biển, huyện đã xây dựng kế hoạch.", "36-NQ/TW"),
    ("Tỉnh ủy tiếp tục thực hiện Chỉ thị số 17/TU của Ban Thường vụ Tỉnh ủy về an ninh trật tự.", "17-CT/TU"),
])
def test_a_type_word_supplies_the_type_a_party_code_lacks(text, symbol):
    assert [(r.symbol, r.family) for r in refs_of(text)] == [(symbol, "party")]


def test_a_letter_of_a_state_body_keeps_its_letter_shape():
    text = "Thực hiện Công văn số 456/UBND-VX ngày 2/5/2024 của UBND tỉnh, các sở báo cáo kết quả."
    assert [r.symbol for r in refs_of(text)] == ["456/UBND-VX"]


def test_the_older_spelling_qui_dinh_is_the_type_word_quy_dinh():
    text = "Các chi bộ học tập Qui định số 102-QĐ/TW ngày 15/11/2017 của Bộ Chính trị về xử lý đảng viên vi phạm."
    assert [(r.surface, r.symbol, r.date) for r in refs_of(text)] == [
        ("Qui định số 102-QĐ/TW", "102-QĐ/TW", "2017-11-15")]


# ------------------------------------------------------------------ dates


def test_a_dotted_date_with_a_space_before_its_year_is_one_date():
    text = "Chi bộ ôn lại Quy định số 101-QĐ/TW ngày 7.6. 2012 của Ban Bí thư về trách nhiệm nêu gương."
    assert [r.date for r in refs_of(text)] == ["2012-06-07"]


def test_a_sentence_ending_in_a_dotted_day_and_month_still_ends():
    text = "Đoàn kiểm tra làm việc ngày 7.6. Sau đó Huyện ủy ban hành Kế hoạch số 45-KH/HU về sơ kết."
    assert [r.date for r in refs_of(text)] == [None]


# ------------------------------------------------------------------ lists


def test_list_items_with_their_subject_in_brackets_share_the_type_word_and_the_issuer():
    text = ("Huyện ủy quán triệt ba nghị quyết của Bộ Chính trị gồm Nghị quyết 57 (về khoa học, công nghệ), "
            "68 (về kinh tế tư nhân) và 59 (về hội nhập quốc tế).")
    assert [(r.surface, r.symbol, r.relation, r.short_form) for r in refs_of(text)] == [
        ("Nghị quyết 57", "57-NQ/TW", "implements", True), ("68", "68-NQ/TW", "implements", True),
        ("59", "59-NQ/TW", "implements", True)]


def test_a_list_head_issued_by_a_body_then_a_dash():
    text = "Ba nghị quyết do Bộ Chính trị ban hành - gồm Nghị quyết 57, 68 và 59 - mở ra giai đoạn mới."
    assert [r.symbol for r in annotated(text).references] == ["57-NQ/TW", "68-NQ/TW", "59-NQ/TW"]


def test_a_bracket_that_is_no_subject_ends_the_list():
    text = "Tỉnh ủy triển khai Nghị quyết số 18-NQ/TW (khóa XII), 45 nhiệm vụ cụ thể đã được giao."
    assert [r.surface for r in refs_of(text)] == ["Nghị quyết số 18-NQ/TW"]


# ------------------------------------------------------------------ cues that reach far


def test_a_cue_reaches_its_document_through_tai():
    text = ("Thực hiện ý kiến chỉ đạo của Phó Chủ tịch Thường trực UBND tỉnh Trần Văn Bình tại Công văn số "
            "2150/UBND-KT ngày 4/9/2023, Sở Xây dựng đã rà soát các dự án.")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("2150/UBND-KT", "implements")]


def test_a_plural_head_before_a_colon_takes_the_cue_however_long_it_runs():
    text = ("Hội nghị đã quán triệt những nội dung chủ yếu của các nghị quyết, chỉ thị của Ban Thường vụ Tỉnh ủy "
            "khóa XV, nhiệm kỳ 2020-2025: Nghị quyết số 05-NQ/TU ngày 2/3/2021 về chuyển đổi số; Chỉ thị số "
            "12-CT/TU ngày 9/8/2022 về phòng chống thiên tai.")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("05-NQ/TU", "implements"), ("12-CT/TU", "implements")]


def test_cu_the_lists_the_documents_the_sentence_before_named():
    text = ("Đảng ủy xã tổ chức học tập 2 nghị quyết và 1 kết luận của Hội nghị Trung ương 8 khóa XIII. Cụ thể: "
            "Nghị quyết số 44-NQ/TW ngày 24/11/2023 về chiến lược bảo vệ Tổ quốc; Nghị quyết số 45-NQ/TW ngày "
            "24/11/2023 về đội ngũ trí thức.")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("44-NQ/TW", "implements"), ("45-NQ/TW", "implements")]


def test_a_list_announced_without_a_cue_takes_no_relation():
    text = ("Văn phòng đã thống kê các văn bản đã ban hành như sau: Quyết định số 18/QĐ-UBND ngày 4/1/2024; "
            "Quyết định số 27/QĐ-UBND ngày 9/1/2024.")
    assert [r.relation for r in refs_of(text)] == [None, None]


def test_dieu_chinh_amends_the_document_it_adjusts():
    text = "Kết luận số 150-KL/TW điều chỉnh Quy định số 80-QĐi/TW về phân cấp quản lý cán bộ."
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("150-KL/TW", None), ("80-QĐi/TW", "amends")]


def test_the_scope_of_a_regulation_amends_nothing():
    text = "Phạm vi điều chỉnh của Nghị định số 30/2020/NĐ-CP gồm văn bản hành chính và văn bản điện tử."
    assert [r.relation for r in refs_of(text)] == [None]


# ------------------------------------------------------------------ a title's cue ends at a comma


def test_a_cue_in_a_cited_title_governs_its_own_object_not_the_next_item():
    text = ("Căn cứ Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ quy định cơ chế tự chủ tài chính, "
            "tổ chức thực hiện các nhiệm vụ thường xuyên, Thông tư số 56/2022/TT-BTC ngày 16/9/2022 của Bộ Tài "
            "chính, Quyết định số 120/QĐ-UBND ngày 5/1/2023 của UBND tỉnh;")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [
        ("60/2021/NĐ-CP", "basis"), ("56/2022/TT-BTC", "basis"), ("120/QĐ-UBND", "basis")]


def test_after_some_articles_of_one_document_the_list_goes_back_to_its_verb():
    text = ("Căn cứ Nghị định số 11/2020/NĐ-CP ngày 20/1/2020 của Chính phủ, Nghị định số 70/2023/NĐ-CP ngày "
            "18/9/2023 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 11/2020/NĐ-CP ngày 20/1/2020, "
            "Quyết định số 88/QĐ-UBND ngày 12/1/2024 của UBND tỉnh;")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [
        ("11/2020/NĐ-CP", "basis"), ("70/2023/NĐ-CP", "basis"), ("11/2020/NĐ-CP", "amends"), ("88/QĐ-UBND", "basis")]


def test_an_article_before_the_comma_belongs_to_the_document_after_it():
    text = ("Căn cứ Thông tư số 12/2019/TT-BNV ngày 4/11/2019 của Bộ Nội vụ hướng dẫn sửa đổi Khoản 3 Điều 2, "
            "Thông tư số 03/2018/TT-BNV ngày 6/3/2018 của Bộ Nội vụ;")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("12/2019/TT-BNV", "basis"), ("03/2018/TT-BNV", "amends")]


# ------------------------------------------------------------------ aliases and units


def test_an_alias_names_what_the_body_of_its_sentence_issued():
    text = ("Ban Bí thư đã ban hành “Quy định về giám sát của Mặt trận đối với cán bộ” (Quy định số 124) và "
            "Bộ Chính trị ký ban hành quy chế mới.")
    assert [(r.surface, r.symbol, r.short_form) for r in refs_of(text)] == [("Quy định số 124", "124-QĐ/TW", True)]


def test_an_alias_of_a_body_that_issues_no_symbol_from_its_name_stays_unresolved():
    text = "Đảng đoàn Quốc hội đã ban hành “Quy chế làm việc” (Quy chế số 15) để thực hiện trong nhiệm kỳ."
    assert [r.symbol for r in refs_of(text)] == []


def test_a_unit_after_its_body_is_not_read_as_a_code_cut_short():
    text = "Theo Công văn số 215/HĐND-TTHĐ ngày 9 tháng 5 năm 2022 của HĐND tỉnh, các ban thẩm tra dự thảo."
    assert [r.symbol for r in refs_of(text)] == ["215/HĐND-TTHĐ"]


# ------------------------------------------------------------------ an item picked out of a plural head


@pytest.mark.parametrize("text, relation", [
    ("Chi bộ quán triệt các nghị quyết của Trung ương về kinh tế, nhất là Nghị quyết số 68-NQ/TW ngày 4/5/2025.",
     "implements"),
    ("Đảng ủy tiếp tục triển khai thực hiện các chỉ thị, nghị quyết của Trung ương về quốc phòng, trọng tâm là "
     "Nghị quyết số 44-NQ/TW ngày 24/11/2023.", "continues"),
])
def test_an_item_picked_out_of_a_plural_head_takes_the_heads_cue(text, relation):
    assert [r.relation for r in refs_of(text)] == [relation]


def test_a_plural_head_no_cue_governs_gives_its_item_no_relation():
    text = "Hội nghị thảo luận các văn bản của Trung ương, nhất là Nghị quyết số 68-NQ/TW ngày 4/5/2025."
    assert [r.relation for r in refs_of(text)] == [None]


def test_a_bare_symbol_after_a_typed_one_in_the_same_printed_run_is_found():
    text = "Văn bản hợp nhất: Nghị định 45/2019-NĐCP và 18/2021-NĐCP – 03/VBHN-BTC"
    assert [r.symbol for r in refs_of(text)] == ["45/2019/NĐ-CP", "18/2021/NĐ-CP", "03/VBHN-BTC"]


def test_a_day_and_month_with_slash_then_nam_and_the_year_is_one_date():
    text = "Ngày 9/3 năm 2023 Bộ Y tế đã ban hành Thông tư 05/2023/TT-BYT về khám sức khỏe."
    assert [(r.symbol, r.date) for r in refs_of(text)] == [("05/2023/TT-BYT", "2023-03-09")]
