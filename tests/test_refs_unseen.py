"""Kinds of text the engine was not tuned on (issue 12): compact and odd printings, number-only mentions the
passage identifies, a page's own number, years printed next to a mention. Each sentence is written for this
file; each asserts what a reader of the page would check."""

from __future__ import annotations

import pytest

import loaders
from graph.pipeline import extract_document
from loaders.references import find_references


def refs_of(text: str):
    refs = find_references(text).references
    for r in refs:
        assert text[r.start:r.end] == r.surface
    return refs


def annotated(text: str) -> loaders.Extraction:
    """The extraction `citegraph extract` prints for a file holding `text` (keys and resolved dates set)."""
    return extract_document(loaders.Source(text=text, path="trang.txt"))


# ------------------------------------------------------------------ a type code glued to number/year


@pytest.mark.parametrize("text, surface, symbol", [
    ("Theo TT36/2017 của Bộ Giáo dục và Đào tạo, các trường phải công khai chất lượng.", "TT36/2017",
     "36/2017/TT-BGDĐT"),
    ("Thực hiện NĐ15/2020 của Chính phủ, đoàn đã kiểm tra 12 doanh nghiệp bưu chính.", "NĐ15/2020", "15/2020/NĐ-CP"),
    ("Căn cứ QĐ123/2019 của UBND tỉnh Hà Giang, huyện rà soát hộ nghèo.", "QĐ123/2019", "123/2019/QĐ-UBND"),
    ("Theo Thông tư 22/2021 của Bộ Thông tin và Truyền thông, doanh nghiệp phải báo cáo.", "Thông tư 22/2021",
     "22/2021/TT-BTTTT"),
])
def test_a_type_code_with_number_and_year_and_the_issuer_in_words(text, surface, symbol):
    refs = refs_of(text)
    assert [(r.surface, r.symbol) for r in refs] == [(surface, symbol)]


def test_a_decree_by_number_and_year_is_the_governments():
    # the law names one issuer of decrees: no "của Chính phủ" is needed
    refs = refs_of("Doanh nghiệp vi phạm bị xử phạt theo Nghị định 15/2020 và Nghị định 14/2022.")
    assert [r.symbol for r in refs] == ["15/2020/NĐ-CP", "14/2022/NĐ-CP"]


def test_a_decree_by_number_with_its_date_is_the_governments():
    refs = refs_of("Căn cứ Nghị định 99 ngày 12/10/2021, Sở Tài chính hướng dẫn quyết toán.")
    assert [(r.symbol, r.date) for r in refs] == [("99/2021/NĐ-CP", "2021-10-12")]


def test_a_number_and_year_without_an_issuer_is_no_symbol_for_a_circular():
    # circulars come from many ministries: the passage does not say whose
    assert refs_of("Các trường thực hiện theo Thông tư 22/2021 từ năm học tới.") == []


# ------------------------------------------------------------------ a year printed next to a mention


def test_a_year_after_a_mention_gives_its_key_a_year_but_no_date():
    ex = annotated("Thực hiện Quyết định 1305/QĐ-TTg năm 2023 của Thủ tướng Chính phủ, tỉnh xây dựng kế hoạch "
                   "chuyển đổi số. Quyết định 1305/QĐ-TTg giao các bộ hướng dẫn.")
    assert [(r.key, r.date, r.resolved_date) for r in ex.references] == [("1305/QĐ-TTg@2023", None, None)] * 2


def test_a_local_plan_by_number_and_year_is_keyed_by_its_province_and_year():
    ex = annotated("Thực hiện Kế hoạch 45/2023 của UBND tỉnh Gia Lai, huyện đã rà soát các hộ cận nghèo.")
    assert [(r.symbol, r.key) for r in ex.references] == [("45/KH-UBND", "45/KH-UBND@gia-lai@2023")]


def test_a_year_after_a_catalogued_central_symbol_does_not_invent_a_document():
    # "chuyên đề … năm 2020" dates the year's study topic, not the 2016 directive the catalogue lists
    ex = annotated("Ngày 14/02/2020, Đảng ủy xã tổ chức học tập chuyên đề Chỉ thị 05-CT/TW năm 2020 cho đảng viên.")
    assert [r.resolved_date for r in ex.references] == ["2016-05-15"]


# ------------------------------------------------------------------ the page's own number


@pytest.mark.parametrize("row", [
    "SỐ HIỆU: 45/2019/QĐ-UBND",
    "**Số hiệu:** 45/2019/QĐ-UBND",
    "| Số hiệu: | 45/2019/QĐ-UBND | Loại văn bản: | Quyết định |",
    "Số/Ký hiệu: Quyết định 45/2019/QĐ-UBND",
])
def test_a_legal_database_row_is_the_pages_own_number_not_a_reference(row):
    text = (f"{row}\nNơi ban hành: Tỉnh Bình Định\nBan hành quy chế quản lý cụm công nghiệp, thay thế "
            "Quyết định số 12/2015/QĐ-UBND.")
    found = find_references(text)
    assert found.self_symbol == "45/2019/QĐ-UBND"
    assert [r.symbol for r in found.references] == ["12/2015/QĐ-UBND"]


# ------------------------------------------------------------------ relations over structure


def test_an_amending_laws_whole_name_is_the_mention_and_the_preamble_item_is_basis():
    text = ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13; Luật sửa đổi, bổ sung một số điều của "
            "Luật Ban hành văn bản quy phạm pháp luật số 63/2020/QH14;\nCăn cứ Thông tư số 01/2021/TT-BTP ngày "
            "3/2/2021 của Bộ Tư pháp.")
    refs = refs_of(text)
    assert [(r.surface.rsplit(" số ", 1)[0], r.relation) for r in refs] == [
        ("Luật Ban hành văn bản quy phạm pháp luật", "basis"),
        ("Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", "basis"),
        ("Thông tư", "basis")]


def test_of_two_laws_named_together_the_number_belongs_to_the_nearer():
    refs = refs_of("Căn cứ Luật Đất đai và Luật Nhà ở số 27/2023/QH15, UBND tỉnh quy định giá thuê nhà.")
    assert [r.surface for r in refs] == ["Luật Nhà ở số 27/2023/QH15"]


def test_one_verb_governs_a_list_of_numbers_sharing_a_suffix():
    refs = refs_of("Đảng bộ tiếp tục quán triệt, triển khai các Nghị quyết số 26, 27, 28-NQ/TW và Kết luận số "
                   "21-KL/TW đến từng chi bộ.")
    assert [(r.symbol, r.relation) for r in refs] == [
        ("26-NQ/TW", "continues"), ("27-NQ/TW", "continues"), ("28-NQ/TW", "continues"), ("21-KL/TW", "continues")]


@pytest.mark.parametrize("text, relation", [
    ("Bộ Tài chính ban hành Thông tư số 40/2021/TT-BTC hướng dẫn thi hành Nghị định số 126/2020/NĐ-CP.", "guides"),
    ("Nghị định số 126/2020/NĐ-CP quy định chi tiết một số điều của Luật Quản lý thuế số 38/2019/QH14.", "guides"),
    ("Trên tinh thần Nghị quyết số 57-NQ/TW, tỉnh đã ban hành chương trình hành động.", "basis"),
    ("Bám sát Kết luận số 123-KL/TW, UBND tỉnh chỉ đạo các sở ngành.", "basis"),
    ("Dựa trên Nghị quyết số 29-NQ/TW, Sở xây dựng kế hoạch năm học.", "basis"),
    ("Dựa vào Chỉ thị số 05-CT/TW, các chi bộ xây dựng chuyên đề học tập.", "basis"),
    ("Để cụ thể hóa Nghị quyết số 21-NQ/TW, Huyện ủy ban hành chương trình hành động.", "implements"),
    ("Chi bộ học tập và làm theo Chỉ thị 05-CT/TW trong toàn thể đảng viên.", "implements"),
])
def test_relation_cues(text, relation):
    assert [r.relation for r in refs_of(text)][-1] == relation


def test_a_cue_governs_its_own_article_and_not_the_next():
    text = ("Điều 1. Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 45/2019/QĐ-UBND ngày "
            "12/8/2019 của UBND tỉnh.\nĐiều 2. Bãi bỏ Quyết định số 10/2015/QĐ-UBND ngày 5/3/2015 của UBND tỉnh.\n"
            "Điều 3. Quyết định này có hiệu lực từ ngày 1/1/2024; Quyết định số 77/QĐ-UBND vẫn giữ nguyên.")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [
        ("45/2019/QĐ-UBND", "amends"), ("10/2015/QĐ-UBND", "repeals"), ("77/QĐ-UBND", None)]


# ------------------------------------------------------------------ odd printings


@pytest.mark.parametrize("text, symbol", [
    ("Các trường thực hiện Công văn số 3892BGDDT-GDTrH của Bộ Giáo dục và Đào tạo.", "3892/BGDĐT-GDTrH"),
    ("Thực hiện Công văn 456UBND-KT ngày 3/4/2023, các xã rà soát đất công.", "456/UBND-KT"),
    ("Căn cứ Quyết định số 1234/Q\nĐ-UBND ngày 3/4/2022 của UBND tỉnh.", "1234/QĐ-UBND"),
    ("Theo Quyết định số 112/QĐ-UBDN ngày 3/4/2022 của UBND tỉnh Gia Lai.", "112/QĐ-UBND"),
])
def test_a_code_glued_to_its_number_broken_or_misspelt(text, symbol):
    assert [r.symbol for r in refs_of(text)] == [symbol]


def test_a_number_glued_to_letters_no_table_knows_is_no_symbol():
    assert refs_of("Đoàn đi qua km 12KM của tuyến đường, gặp 3 hộ dân.") == []


def test_a_letter_cited_without_its_department_takes_the_one_its_own_header_prints():
    text = ("Cong van 3892BGDDT cua Bo GD ve viec huong dan nhiem vu nam hoc\n\nBO GIAO DUC VA DAO TAO\n"
            "So: 3892/BGDĐT-GDTrH\nV/v hướng dẫn thực hiện nhiệm vụ năm học")
    found = find_references(text)
    assert found.self_symbol == "3892/BGDĐT-GDTrH"
    assert [r.symbol for r in found.references] == ["3892/BGDĐT-GDTrH"]


def test_a_letter_is_not_completed_from_another_letter_of_the_same_ministry():
    refs = refs_of("Thực hiện Công văn 3892BGDDT và Công văn số 4040/BGDĐT-GDTrH của Bộ Giáo dục và Đào tạo.")
    assert [r.symbol for r in refs] == ["3892/BGDĐT", "4040/BGDĐT-GDTrH"]


# ------------------------------------------------------------------ number-only mentions the passage identifies


def test_a_national_assembly_resolution_by_number_and_date_takes_the_term_sitting_then():
    refs = refs_of("Thực hiện Nghị quyết số 43 ngày 11/1/2022 của Quốc hội về chính sách tài khóa, tỉnh giải ngân "
                   "vốn; Luật số 45 ngày 20/11/2019 của Quốc hội có hiệu lực.")
    assert [r.symbol for r in refs] == ["43/2022/QH15", "45/2019/QH14"]


def test_a_number_only_decree_after_the_decree_is_named():
    refs = refs_of("Chính phủ ban hành Nghị định số 15/2020/NĐ-CP ngày 3/2/2020. Theo Nghị định 15, mức phạt tối "
                   "đa là 100 triệu đồng.")
    assert [(r.symbol, r.short_form) for r in refs] == [("15/2020/NĐ-CP", False), ("15/2020/NĐ-CP", True)]


def test_a_five_year_plan_is_no_plan_number_five():
    refs = refs_of("Kế hoạch 5 năm 2021-2025 đã hoàn thành. Kế hoạch số 5/KH-UBND ngày 3/1/2022 giao chỉ tiêu.")
    assert [r.symbol for r in refs] == ["5/KH-UBND"]


def test_a_cue_does_not_leak_past_the_clause_the_sentence_went_on_with():
    refs = refs_of("Thực hiện NQ 57-NQ/TW, các sở đã xây dựng kế hoạch; NQ 57 đặt mục tiêu đến năm 2030 cho toàn tỉnh.")
    assert [(r.symbol, r.relation) for r in refs] == [("57-NQ/TW", "implements"), ("57-NQ/TW", None)]


def test_a_preamble_list_after_semicolons_keeps_its_verb():
    refs = refs_of("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về phát triển khoa học; Nghị quyết "
                   "số 03/NQ-CP ngày 9/1/2025 của Chính phủ; Kế hoạch số 01-KH/TU của Tỉnh ủy.")
    assert [r.relation for r in refs] == ["basis"] * 3


@pytest.mark.parametrize("printed, symbol", [
    ("Nghị quyết 12/NQ-TU ngày 3/4/2022 của Ban Chấp hành Đảng bộ tỉnh", "12-NQ/TU"),  # Party type in State shape
    ("Nghị quyết số 35/NQ-TW của Bộ Chính trị", "35-NQ/TW"),
    ("Nghị quyết số 35 NQ/TW ngày 22 tháng 10 năm 2018 của Bộ Chính trị", "35-NQ/TW"),
    ("Hướng dẫn số 125-HD/BTGTW ngày 15/3/2024 của Ban Tuyên giáo Trung ương", "125-HD/BTGTW"),
    ("Nghị quyết số 12-NQ/ĐUK ngày 5/5/2023 của Đảng ủy Khối", "12-NQ/ĐUK"),
])
def test_party_symbols_printed_in_other_shapes(printed, symbol):
    assert [r.symbol for r in refs_of(f"Thực hiện {printed}, các chi bộ xây dựng kế hoạch.")] == [symbol]


def test_a_decision_of_a_provincial_citys_committee_is_keyed_by_the_citys_province():
    ex = annotated("Quyết định số 2345/QĐ-UBND ngày 20/12/2023 của UBND thành phố Pleiku về giá đất.")
    assert [(r.scope_locality, r.key) for r in ex.references] == [("Gia Lai", "2345/QĐ-UBND@gia-lai@2023")]


def test_a_page_that_lost_its_diacritics_still_gives_the_whole_mention_and_its_date():
    refs = refs_of("Chi thi so 05-CT/TW ngay 15/5/2016 cua Bo Chinh tri ve day manh hoc tap va lam theo.")
    assert [(r.surface, r.symbol, r.date) for r in refs] == [("Chi thi so 05-CT/TW", "05-CT/TW", "2016-05-15")]


def test_title_words_name_the_earlier_of_two_documents_sharing_a_symbol():
    # a page of 2023 citing 18-NQ/TW by the 2017 resolution's subject, not the 2022 one's
    ex = annotated("Ngày 5/3/2023, Huyện ủy triển khai Nghị quyết số 18-NQ/TW về một số vấn đề về tiếp tục đổi mới, "
                   "sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả.")
    assert [r.resolved_date for r in ex.references] == ["2017-10-25"]


def test_a_code_of_law_and_the_law_amending_it_are_named_whole():
    refs = refs_of("Căn cứ Bộ luật Hình sự số 100/2015/QH13; Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số "
                   "12/2017/QH14.")
    assert [(r.surface.rsplit(" số ", 1)[0], r.symbol) for r in refs] == [
        ("Bộ luật Hình sự", "100/2015/QH13"),
        ("Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự", "12/2017/QH14")]


@pytest.mark.parametrize("printed, symbol", [
    ("Nghị quyết số 1023-NQ/UBTVQH13 ngày 28/8/2015", "1023/NQ-UBTVQH13"),  # the Standing Committee's, not the Party's
    ("Nghị quyết 1023/UBTVQH13 của Ủy ban Thường vụ Quốc hội", "1023/NQ-UBTVQH13"),
    ("Văn bản hợp nhất 14/VBHN-BTC", "14/VBHN-BTC"),
    ("Tờ trình số 45/TTr-SNN ngày 3/5/2023", "45/TTr-SNN"),
    ("Báo cáo thẩm định số 234/BC-STP ngày 12/6/2022", "234/BC-STP"),
    ("Công văn số 1234/TTg-KTTH ngày 5/12/2022", "1234/TTg-KTTH"),
    ("Chỉ thị số 05/CT-CTUBND ngày 10/2/2023", "05/CT-CTUBND"),
])
def test_types_and_codes_of_the_clerical_rules(printed, symbol):
    assert [r.symbol for r in refs_of(f"Căn cứ {printed}, các đơn vị triển khai.")] == [symbol]


@pytest.mark.parametrize("text", [
    "Thực hiện Nghị quyết 57-NQ của Bộ Chính trị, tỉnh đã ban hành kế hoạch.",  # the scope left out
    "Thực hiện NQ57 của Bộ Chính trị, tỉnh đã ban hành kế hoạch.",  # the type code glued, the issuer named
    "Thực hiện Nghị quyết 57 NQ-TW, tỉnh đã ban hành kế hoạch.",
])
def test_a_central_resolution_printed_short_with_what_identifies_it(text):
    assert [r.symbol for r in refs_of(text)] == ["57-NQ/TW"]


def test_a_number_only_resolution_named_by_its_catalogued_title():
    ex = annotated("Theo Nghị quyết 68 về phát triển kinh tế tư nhân, doanh nghiệp nhỏ được hỗ trợ tín dụng.")
    assert [(r.symbol, r.resolved_date) for r in ex.references] == [("68-NQ/TW", "2025-05-04")]


def test_a_number_only_resolution_whose_title_is_another_documents_gets_no_symbol():
    assert refs_of("Theo Nghị quyết 68 về phát triển du lịch cộng đồng của huyện, các xã lập dự án.") == []


def test_every_item_of_a_basis_preamble_is_basis_when_it_opens_with_an_unnumbered_item():
    refs = refs_of("Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Quy định số 232-QĐ/TW ngày 20/1/2025 của Ban Chấp hành "
                   "Trung ương; Hướng dẫn số 06-HD/TW ngày 9/12/2022 của Ban Bí thư.")
    assert [(r.symbol, r.relation) for r in refs] == [("232-QĐ/TW", "basis"), ("06-HD/TW", "basis")]


def test_an_amending_law_of_two_laws_is_one_mention_and_its_preamble_item_is_basis():
    text = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nLuật sửa đổi, bổ sung một số "
            "điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương số 47/2019/QH14;\n"
            "Căn cứ Nghị định số 30/2020/NĐ-CP.")
    refs = refs_of(text)
    assert refs[0].surface.startswith("Luật sửa đổi, bổ sung")
    assert [(r.symbol, r.relation) for r in refs] == [("47/2019/QH14", "basis"), ("30/2020/NĐ-CP", "basis")]


def test_a_sentence_after_a_semicolon_in_prose_takes_no_cue():
    assert [r.relation for r in refs_of("Tỉnh đã hoàn thành nhiều việc; Nghị quyết số 57-NQ/TW đã được quán "
                                        "triệt.")] == [None]


@pytest.mark.parametrize("text, symbol", [
    ("Quốc hội khóa XV đã thông qua Nghị quyết số 98 tại Kỳ họp thứ 6.", "98/2023/QH15"),
    ("Nghị quyết số 98 của Quốc hội khóa XV tại kỳ họp thứ sáu về thí điểm cơ chế đặc thù.", "98/2023/QH15"),
    ("Tại Kỳ họp thứ 11, Quốc hội khóa XIV đã thông qua Nghị quyết số 133 về chương trình xây dựng luật.",
     "133/2021/QH14"),
])
def test_a_national_assembly_resolution_by_number_term_and_session(text, symbol):
    assert [r.symbol for r in refs_of(text)] == [symbol]


def test_a_date_and_issuer_after_the_title_are_the_documents():
    refs = refs_of("Thực hiện Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ ngày 22/12/2024 của Bộ "
                   "Chính trị, tỉnh đã hành động.")
    assert [(r.date, r.issuer, r.title) for r in refs] == [
        ("2024-12-22", "Bộ Chính trị", "đột phá phát triển khoa học, công nghệ")]


def test_a_body_that_has_a_letter_on_a_day_issued_it_that_day():
    refs = refs_of("Ngày 5/3/2024, UBND tỉnh có Công văn số 456/UBND-KT gửi các sở về rà soát đất công.")
    assert [r.date for r in refs] == ["2024-03-05"]


def test_numbers_listed_after_so_share_the_suffix_of_the_bare_symbol_that_ends_the_list():
    refs = refs_of("Các Nghị quyết Trung ương 7 (khóa XII) số 26, 27, 28-NQ/TW được triển khai sâu rộng.")
    assert [(r.surface, r.symbol, r.short_form) for r in refs] == [
        ("số 26", "26-NQ/TW", True), ("27", "27-NQ/TW", True), ("28-NQ/TW", "28-NQ/TW", False)]


@pytest.mark.parametrize("text, key", [
    ("Thực hiện Kế hoạch số 12/KH-BCĐ ngày 3/3/2024 của Ban Chỉ đạo tỉnh, các huyện của tỉnh Gia Lai triển khai.",
     "12/KH-BCĐ@gia-lai@2024"),  # a provincial steering board's plan: the text's province
    ("Thực hiện Kế hoạch số 12/KH-BCĐ ngày 3/3/2024 của Ban Chỉ đạo phòng, chống tham nhũng tỉnh Kon Tum.",
     "12/KH-BCĐ@kon-tum@2024"),
    ("Theo Công văn số 45/CAT-PV01 ngày 5/5/2024 của Công an tỉnh Nghệ An, các xã rà soát.", "45/CAT-PV01@nghe-an@2024"),
    ("Thực hiện Kế hoạch số 15/KH-MTTQ-BTT ngày 2/2/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai.",
     "15/KH-MTTQ-BTT@gia-lai@2024"),
])
def test_documents_of_provincial_bodies_are_keyed_by_their_province(text, key):
    assert [r.key for r in annotated(text).references] == [key]


@pytest.mark.parametrize("text", [
    "Ngày 5/3/2024, hội nghị quán triệt các văn bản có Nghị quyết số 57-NQ/TW.",  # "có" includes, issues nothing
    "Nghị định số 15/2020/NĐ-CP có hiệu lực từ ngày 15/4/2020.",  # the day it takes effect, not its issue date
    "Quyết định số 12/2024/QĐ-UBND (hiệu lực từ 25/3/2024) quy định về cụm công nghiệp.",
])
def test_dates_that_are_not_the_issue_date(text):
    assert [r.date for r in refs_of(text)] == [None]
