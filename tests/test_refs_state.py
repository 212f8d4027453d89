"""State symbols in all forms: legal normative, laws and NA resolutions, administrative, letters, joint,
consolidated texts; and what each kind of symbol needs to be identified."""

from __future__ import annotations

import pytest

from loaders.references import find_references


def symbols(text: str) -> list[str]:
    return [r.symbol for r in find_references(text).references]


@pytest.mark.parametrize("symbol", [
    "31/2017/NĐ-CP", "26/2021/TT-BGDĐT", "08/2023/NQ-HĐND", "17/2022/QĐ-UBND", "09/2023/QĐ-TTg",
    "2450/QĐ-TTg", "3178/QĐ-UBND", "35/CT-TTg", "204/KH-UBND", "310/TB-VPCP", "14/CĐ-TTg", "98/NQ-CP",
    "907/TTr-SNV", "112/BC-STP", "51/QĐ-BNN-KH", "02/2019/TTLT-BTC-BNV", "19/2025/TT-BNNMT",
    "1249/TTg-KTTH", "4040/BGDĐT-GDTrH", "2218/UBND-NL", "05/CT-CTUBND", "17/VBHN-BYT", "03/VBHN-VPQH",
    "28/QĐ-SNNMT", "12/DA-UBND", "45/GM-UBND",
])
def test_state_symbols_are_found_as_printed(symbol):
    refs = find_references(f"Căn cứ văn bản số {symbol} ngày 14/4/2023;").references
    assert [r.symbol for r in refs] == [symbol]
    assert refs[0].family == "state"


@pytest.mark.parametrize("words, symbol, doc_type", [
    ("Văn bản hợp nhất", "17/VBHN-BYT", "VBHN"), ("Tờ trình", "907/TTr-SNV", "TTr"),
    ("Báo cáo thẩm định", "112/BC-STP", "BC"), ("Báo cáo thẩm tra", "56/BC-KTNS", "BC"),
    ("Công điện", "14/CĐ-TTg", "CĐ"), ("Thông tư liên tịch", "02/2019/TTLT-BTC-BNV", "TTLT"),
])
def test_type_words_of_the_clerical_rules(words, symbol, doc_type):
    refs = find_references(f"Xét {words} số {symbol} ngày 3/10/2023;").references
    assert [(r.symbol, r.doc_type, r.relation) for r in refs] == [(symbol, doc_type, "basis")]
    assert refs[0].surface.startswith(words)


def test_local_issuers_take_the_province_central_ones_do_not():
    text = ("UBND tỉnh Lào Cai thực hiện Chỉ thị số 05/CT-CTUBND, Công văn số 3/SNNMT-TL và Công văn số "
            "1249/TTg-KTTH ngày 20/9/2021 của Thủ tướng Chính phủ.")
    assert [r.scope_locality for r in find_references(text).references] == ["Lào Cai", "Lào Cai", None]


def test_laws_and_national_assembly_resolutions():
    refs = find_references("Căn cứ Luật số 46/2019/QH14 và Nghị quyết số 98/2023/QH15 của Quốc hội;").references
    assert [r.symbol for r in refs] == ["46/2019/QH14", "98/2023/QH15"]
    assert refs[1].doc_type == "NQ"


def test_law_named_before_its_number():
    text = "Căn cứ Luật Thư viện số 46/2019/QH14 ngày 21 tháng 11 năm 2019;"
    r = find_references(text).references[0]
    assert (r.symbol, r.date) == ("46/2019/QH14", "2019-11-21")
    assert r.surface.startswith("Luật Thư viện")


def test_law_whose_name_ends_in_luat():
    r = find_references("Căn cứ Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13;").references[0]
    assert r.surface == "Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13"
    assert r.relation == "basis"


def test_national_assembly_resolution_by_number_term_and_date():
    r = find_references("Căn cứ Nghị quyết số 98 ngày 24/6/2023 của Quốc hội khóa XV về thí điểm cơ chế;").references[0]
    assert (r.symbol, r.doc_type, r.short_form) == ("98/2023/QH15", "NQ", True)


def test_national_assembly_resolution_without_its_year_has_no_symbol():
    assert find_references("Thực hiện Nghị quyết số 98 của Quốc hội khóa XV về thí điểm cơ chế.").references == []


def test_national_assembly_resolution_by_number_term_and_session():
    # two regular sessions a year: the fifth of term XV sat in 2023
    refs = find_references("Thực hiện Nghị quyết số 98 của Quốc hội khóa XV tại kỳ họp thứ năm.").references
    assert [r.symbol for r in refs] == ["98/2023/QH15"]


def test_standing_committee_resolutions():
    assert symbols("Nghị quyết số 1231/2016/UBTVQH13 về phân loại đơn vị hành chính") == ["1231/2016/UBTVQH13"]
    # a year-less one always carries NQ, even when it is printed without it or in Party shape
    text = "Thực hiện Nghị quyết số 973/UBTVQH15 ngày 6/4/2024 và Nghị quyết 589-NQ/UBTVQH14."
    assert symbols(text) == ["973/NQ-UBTVQH15", "589/NQ-UBTVQH14"]


def test_official_letters_issuer_and_unit():
    text = ("Công văn số 4040/BGDĐT-GDTrH của Bộ Giáo dục và Đào tạo; Công văn số 611/STP-XD&KTVBQPPL "
            "của Sở Tư pháp; Công văn 419/CCTTHC ngày 2/6/2015")
    assert symbols(text) == ["4040/BGDĐT-GDTrH", "611/STP-XD&KTVBQPPL", "419/CCTTHC"]


def test_joint_resolution_with_slashes():
    r = find_references("Căn cứ Nghị quyết Liên tịch số 09/2008/NQLT/CP-UBTUMTTQVN ngày 17/4/2008").references[0]
    assert (r.symbol, r.doc_type) == ("09/2008/NQLT-CP-UBTUMTTQVN", "NQLT")


def test_old_council_of_ministers_and_government_decrees():
    r = find_references("theo Nghị định số 84/HĐBT ngày 11 tháng 4 năm 1991 của Hội đồng Bộ trưởng").references[0]
    assert (r.symbol, r.doc_type, r.date) == ("84/HĐBT", "NĐ", "1991-04-11")
    assert symbols("Ban hành kèm theo Nghị định số 29-CP ngày 12-5-1994 của Chính phủ") == ["29/CP"]


def test_an_all_caps_title_line_cites_the_document():
    text = "Số: 29-CP\nHà Nội, ngày 12 tháng 5 năm 1994\nNGHỊ ĐỊNH\nCỦA CHÍNH PHỦ SỐ29-CP NGÀY 12-5-1994 VỀ ĐẤT ĐAI"
    found = find_references(text)
    assert found.self_symbol == "29/CP"
    assert [(r.symbol, r.date) for r in found.references] == [("29/CP", "1994-05-12")]


def test_state_document_printed_in_party_shape_is_written_in_state_shape():
    assert symbols("Thực hiện Nghị quyết 98-NQ/CP của Chính phủ") == ["98/NQ-CP"]


def test_number_only_with_prime_minister_named():
    r = find_references("theo Chỉ thị số 35 ngày 4/3/2022 của Thủ tướng Chính phủ về phòng cháy").references[0]
    assert r.symbol == "35/CT-TTg"


def test_number_only_decree_needs_its_year():
    assert symbols("Nghị định 31 của Chính phủ quy định xử phạt vi phạm hành chính.") == []
    assert symbols("Nghị định số 31 ngày 23/3/2017 của Chính phủ về quản lý quỹ") == ["31/2017/NĐ-CP"]


def test_number_only_decree_after_the_full_mention():
    text = "Nghị định số 31/2017/NĐ-CP đã có hiệu lực. Theo Nghị định 31 của Chính phủ, mức phạt tăng."
    refs = find_references(text).references
    assert [(r.symbol, r.short_form) for r in refs] == [("31/2017/NĐ-CP", False), ("31/2017/NĐ-CP", True)]


def test_bare_symbols_in_a_status_table():
    text = "03/05/2016 Văn bản được ban hành 27/2016/QĐ-UBND\n11/08/2018 Bị hết hiệu lực 1 phần 905/QĐ-UBND"
    assert symbols(text) == ["27/2016/QĐ-UBND", "905/QĐ-UBND"]


def test_english_translation():
    text = "3. The Government's Decree No. 31/2017/ND-CP dated March 23, 2017 shall be annulled."
    r = find_references(text).references[0]
    assert (r.symbol, r.date, r.doc_type) == ("31/2017/NĐ-CP", "2017-03-23", "NĐ")


def test_dates_and_ranges_are_not_symbols():
    text = "giai đoạn 2021-2025, ngày 14/4/2023, Covid-19, từ 8-10 giờ, số 412 (5-2023), tháng 02/2024"
    assert find_references(text).references == []
