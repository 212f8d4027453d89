"""Party symbols N-TYPE/SCOPE: every type and issuer abbreviation, number-only mentions with a named issuer."""

from __future__ import annotations

import pytest

from loaders.references import find_references


def only(text: str):
    refs = find_references(text).references
    assert len(refs) == 1, [r.surface for r in refs]
    return refs[0]


@pytest.mark.parametrize("symbol", [
    "35-NQ/TW", "21-KL/TW", "05-CT/TW", "08-QĐi/TW", "99-QĐ/TW", "02-NQ/TU", "15-CT/HU", "07-NQ/ĐU",
    "123-CV/BTGTU", "45-KH/BTCTU", "12-HD/BTGTW", "03-TB/VPTW", "10-QC/UBKTTW", "646-QĐ/QUTW", "04-KH/ThU",
    "11-CTr/QU", "30-BC/BCSĐ", "09-TTr/ĐĐ", "17-ĐA/TU", "21-PA/HU", "05-BB/ĐU", "02-TC/TW", "14-TT/TW",
    "94-HD/ĐUK", "31-KL/UBKTTU", "08-KH/BDVTU", "27-CV/VPTU", "3815-CV/TCTW", "55-HD/BTCTW",
])
def test_every_party_type_and_issuer(symbol):
    r = only(f"Các chi bộ quán triệt văn bản số {symbol} trong tháng này.")
    assert r.symbol == symbol
    assert r.family == "party"
    assert r.number == symbol.split("-")[0]
    assert r.doc_type == symbol.split("-")[1].split("/")[0]


def test_type_word_and_symbol_make_one_mention():
    text = "Hội nghị đã quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị."
    r = only(text)
    assert r.surface == "Nghị quyết số 57-NQ/TW"
    assert text[r.start:r.end] == r.surface
    assert (r.family, r.doc_type, r.number) == ("party", "NQ", "57")


def test_symbol_without_type_word():
    r = only("Theo văn bản hướng dẫn 213-QĐ/TW, đảng viên đang công tác giữ mối liên hệ với nơi cư trú.")
    assert r.symbol == "213-QĐ/TW"


def test_number_only_with_central_issuer_is_identified():
    r = only("Ngày 22/12/2024, Tổng Bí thư đã ký ban hành Nghị quyết số 57 của Bộ Chính trị về khoa học, công nghệ.")
    assert r.symbol == "57-NQ/TW"
    assert r.short_form is True
    assert r.surface == "Nghị quyết số 57"


def test_number_only_with_secretariat():
    r = only("Chỉ thị số 11 ngày 8/12/2021 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng.")
    assert r.symbol == "11-CT/TW"
    assert r.issuer == "Ban Bí thư"


def test_number_only_with_provincial_committee_named_before():
    r = only("Ngay sau đó, Tỉnh ủy Quảng Bình đã ban hành Chương trình hành động số 40 để thực hiện.")
    assert r.symbol == "40-CTr/TU"
    assert r.scope_locality == "Quảng Bình"


def test_number_only_with_central_commission():
    r = only("Công văn 3676 của Ban Tổ chức TW ngày 29/10/2012 về việc đánh giá chất lượng đảng viên")
    assert r.symbol == "3676-CV/BTCTW"
    assert r.date == "2012-10-29"


def test_quy_dinh_of_the_short_qdi_series():
    r = only("Tổng Bí thư vừa ký ban hành Quy định 08 về trách nhiệm nêu gương của cán bộ, đảng viên.")
    assert r.symbol == "08-QĐi/TW"


def test_number_only_without_issuer_is_left_out():
    assert find_references("Kế hoạch số 03 được triển khai nghiêm túc, bảo đảm thực chất.").references == []


def test_programme_numbers_are_names_not_symbols():
    text = "Tổ công tác thực hiện Đề án 30 của Ủy ban nhân dân tỉnh và Chương trình 135 của Chính phủ."
    assert find_references(text).references == []


def test_party_document_printed_in_state_shape_is_written_in_party_shape():
    refs = find_references("triển khai Chỉ thị 22/CT-TW của Ban Bí thư và Kế hoạch 24/KH-BTGTU; Quyết định 646/QĐ/QUTW")
    assert [r.symbol for r in refs.references] == ["22-CT/TW", "24-KH/BTGTU", "646-QĐ/QUTW"]
    assert {r.family for r in refs.references} == {"party"}


def test_tu_is_central_or_provincial_by_the_issuer_named():
    refs = find_references("Sơ kết Chỉ thị 03-CT/TƯ của Bộ Chính trị và Nghị quyết 13-NQ/TƯ của Tỉnh ủy Thừa Thiên Huế.")
    assert [r.symbol for r in refs.references] == ["03-CT/TW", "13-NQ/TU"]


def test_tu_in_a_provincial_letterhead():
    text = "TỈNH ỦY HÀ GIANG\nĐẢNG CỘNG SẢN VIỆT NAM\nSau 5 năm thực hiện Nghị quyết 08-NQ/TƯ, tỉnh đã đạt nhiều kết quả."
    assert find_references(text).references[0].symbol == "08-NQ/TU"
