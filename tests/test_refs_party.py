"""Party symbols N-TYPE/SCOPE: every type and issuer abbreviation, number-only mentions with a named issuer."""

from __future__ import annotations

import pytest

from loaders.references import find_references


def only(text: str):
    refs = find_references(text).references
    assert len(refs) == 1, [r.surface for r in refs]
    return refs[0]


@pytest.mark.parametrize("symbol", [
    "41-NQ/TW", "37-KL/TW", "42-CT/TW", "11-QĐi/TW", "214-QĐ/TW", "07-NQ/TU", "19-CT/HU", "03-NQ/ĐU",
    "211-CV/BTGTU", "88-KH/BTCTU", "25-HD/BTGTW", "14-TB/VPTW", "06-QC/UBKTTW", "512-QĐ/QUTW", "06-KH/ThU",
    "09-CTr/QU", "41-BC/BCSĐ", "12-TTr/ĐĐ", "05-ĐA/TU", "13-PA/HU", "08-BB/ĐU", "03-TC/TW", "21-TT/TW",
    "57-HD/ĐUK", "19-KL/UBKTTU", "31-KH/BDVTU", "44-CV/VPTU", "1280-CV/TCTW", "12-HD/BTCTW", "07-TB/BCĐTW",
    "15-KH/BTGDVTU", "22-GM/VPTU",
])
def test_every_party_type_and_issuer(symbol):
    r = only(f"Các chi bộ quán triệt văn bản số {symbol} trong quý này.")
    assert r.symbol == symbol
    assert r.family == "party"
    assert r.number == symbol.split("-")[0]
    assert r.doc_type == symbol.split("-")[1].split("/")[0]


def test_type_word_and_symbol_make_one_mention():
    text = "Hội nghị đã học tập Nghị quyết số 41-NQ/TW ngày 10/10/2023 của Bộ Chính trị."
    r = only(text)
    assert r.surface == "Nghị quyết số 41-NQ/TW"
    assert text[r.start:r.end] == r.surface
    assert (r.family, r.doc_type, r.number) == ("party", "NQ", "41")


def test_symbol_without_type_word():
    assert only("Theo văn bản hướng dẫn 144-QĐ/TW, cán bộ phải nêu gương.").symbol == "144-QĐ/TW"


def test_number_only_with_central_issuer_is_identified():
    r = only("Ngày 10/10/2023, Tổng Bí thư đã ký ban hành Nghị quyết số 41 của Bộ Chính trị về doanh nhân.")
    assert (r.symbol, r.short_form, r.surface) == ("41-NQ/TW", True, "Nghị quyết số 41")


def test_number_only_with_secretariat():
    r = only("Chỉ thị số 35 ngày 14/6/2024 của Ban Bí thư về đại hội đảng bộ các cấp.")
    assert (r.symbol, r.issuer) == ("35-CT/TW", "Ban Bí thư")


def test_number_only_with_provincial_committee_named_before():
    r = only("Sau hội nghị, Tỉnh ủy Hà Tĩnh liền ký ban hành Chương trình hành động số 17 để thực hiện.")
    assert (r.symbol, r.scope_locality) == ("17-CTr/TU", "Hà Tĩnh")


def test_number_only_with_central_commission():
    r = only("Công văn 1280 của Ban Tổ chức TW ngày 14/5/2019 về việc rà soát quy hoạch cán bộ")
    assert (r.symbol, r.date) == ("1280-CV/BTCTW", "2019-05-14")


def test_quy_dinh_of_the_short_qdi_series():
    assert only("Bộ Chính trị vừa ban hành Quy định 11 về trách nhiệm người đứng đầu.").symbol == "11-QĐi/TW"


def test_number_only_without_issuer_is_left_out():
    assert find_references("Kế hoạch số 14 được các chi bộ thực hiện nghiêm.").references == []


def test_a_number_of_years_is_no_document_number():
    assert find_references("Kế hoạch 5 năm 2021 - 2025 của Ban Thường vụ Tỉnh ủy được thông qua.").references == []
    assert only("Kế hoạch 03 năm 2024 của Ban Thường vụ Huyện ủy").symbol == "03-KH/HU"


def test_programme_numbers_are_names_not_symbols():
    text = "Tổ công tác thực hiện Đề án 12 của Ủy ban nhân dân tỉnh và Chương trình 30a của Chính phủ."
    assert find_references(text).references == []


def test_party_document_printed_in_state_shape_is_written_in_party_shape():
    refs = find_references("triển khai Chỉ thị 35/CT-TW của Ban Bí thư và Kế hoạch 31/KH-BTGTU; Quyết định 512/QĐ/QUTW")
    assert [r.symbol for r in refs.references] == ["35-CT/TW", "31-KH/BTGTU", "512-QĐ/QUTW"]
    assert {r.family for r in refs.references} == {"party"}


def test_a_body_own_party_type_code_stays_party():
    r = only("Thực hiện Chương trình số 12-CTHĐ/TU ngày 5/5/2021 của Tỉnh ủy.")
    assert (r.symbol, r.family) == ("12-CTHĐ/TU", "party")


def test_tu_is_central_or_provincial_by_the_issuer_named():
    refs = find_references("Sơ kết Chỉ thị 42-CT/TƯ của Ban Bí thư và Nghị quyết 07-NQ/TƯ của Tỉnh ủy Lào Cai.")
    assert [r.symbol for r in refs.references] == ["42-CT/TW", "07-NQ/TU"]


def test_tu_in_a_provincial_letterhead():
    text = "TỈNH ỦY LÀO CAI\nĐẢNG CỘNG SẢN VIỆT NAM\nSau 3 năm thực hiện Nghị quyết 07-NQ/TƯ, du lịch tăng trưởng."
    assert find_references(text).references[0].symbol == "07-NQ/TU"
