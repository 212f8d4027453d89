"""State symbols in all forms: legal normative, laws and NA resolutions, administrative, letters, joint."""

from __future__ import annotations

import pytest

from loaders.references import find_references


def symbols(text: str) -> list[str]:
    return [r.symbol for r in find_references(text).references]


@pytest.mark.parametrize("symbol", [
    "15/2020/NĐ-CP", "01/2021/TT-BGDĐT", "12/2022/NQ-HĐND", "25/2021/QĐ-UBND", "12/2021/QĐ-TTg",
    "749/QĐ-TTg", "1234/QĐ-UBND", "16/CT-TTg", "123/KH-UBND", "158/TB-VPCP", "06/CĐ-TTg", "17/NQ-CP",
    "1342/TTr-STTTT", "69/QĐ-BNN-VPĐP", "01/2015/TTLT-BTC-BNV", "63/2025/TT-BNNMT",
])
def test_state_symbols_are_found_as_printed(symbol):
    refs = find_references(f"Căn cứ văn bản số {symbol} ngày 05/6/2021;").references
    assert [r.symbol for r in refs] == [symbol]
    assert refs[0].family == "state"


def test_laws_and_national_assembly_resolutions():
    refs = find_references("Căn cứ Luật số 59/2020/QH14 và Nghị quyết số 43/2022/QH15 của Quốc hội;").references
    assert [r.symbol for r in refs] == ["59/2020/QH14", "43/2022/QH15"]
    assert refs[1].doc_type == "NQ"


def test_law_named_before_its_number():
    text = "Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015;"
    r = find_references(text).references[0]
    assert r.symbol == "77/2015/QH13"
    assert r.surface.startswith("Luật Tổ chức")
    assert r.date == "2015-06-19"


def test_standing_committee_resolution():
    assert symbols("Nghị quyết số 1211/2016/UBTVQH13 về tiêu chuẩn đơn vị hành chính") == ["1211/2016/UBTVQH13"]


def test_official_letters_issuer_and_unit():
    text = ("Công văn số 4567/BGDĐT-GDTrH của Bộ Giáo dục và Đào tạo; Công văn số 806/STP-XD&KTVBQPPL "
            "của Sở Tư pháp; Công văn 285/CCTTHC ngày 08/9/2009")
    assert symbols(text) == ["4567/BGDĐT-GDTrH", "806/STP-XD&KTVBQPPL", "285/CCTTHC"]


def test_joint_resolution_with_slashes():
    text = "Căn cứ Nghị quyết Liên tịch số 19/2008/NQLT/CP-UBTUMTTQVN ngày 22/8/2008"
    r = find_references(text).references[0]
    assert r.symbol == "19/2008/NQLT-CP-UBTUMTTQVN"
    assert r.doc_type == "NQLT"


def test_old_council_of_ministers_decree():
    r = find_references("quy định tại Nghị định số 66/HĐBT ngày 02 tháng 3 năm 1992 của Hội đồng Bộ trưởng").references[0]
    assert (r.symbol, r.doc_type, r.date) == ("66/HĐBT", "NĐ", "1992-03-02")


def test_state_document_printed_in_party_shape_is_written_in_state_shape():
    assert symbols("Thực hiện Nghị quyết 03-NQ/CP của Chính phủ") == ["03/NQ-CP"]


def test_number_only_with_prime_minister_named():
    r = find_references("theo Chỉ thị số 16 ngày 31/3/2020 của Thủ tướng Chính phủ về cách ly xã hội").references[0]
    assert r.symbol == "16/CT-TTg"


def test_bare_symbols_in_a_status_table():
    text = "09/07/2013 Văn bản được ban hành 30/2013/QĐ-UBND\n27/02/2015 Bị hết hiệu lực 1 phần 413/QĐ-UBND"
    assert symbols(text) == ["30/2013/QĐ-UBND", "413/QĐ-UBND"]


def test_english_translation():
    r = find_references("2. The Government's Decree No. 02/2011/ND-CP dated January 6, 2011 shall become defunct.").references[0]
    assert (r.symbol, r.date, r.doc_type) == ("02/2011/NĐ-CP", "2011-01-06", "NĐ")


def test_dates_and_ranges_are_not_symbols():
    text = "giai đoạn 2021-2025, ngày 22/10/2018, Covid-19, từ 10-12 giờ, số 529 (3-2022), tháng 01/2021"
    assert find_references(text).references == []
