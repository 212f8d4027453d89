"""Lists sharing one suffix or one type word: every item is a mention; later items start at số or the number."""

from __future__ import annotations

from loaders.references import find_references


def test_party_numbers_share_the_last_suffix():
    text = "Chi bộ học tập các Nghị quyết số 27, 28-NQ/TW ngày 21/5/2018 của Hội nghị Trung ương 7 khóa XII."
    refs = find_references(text).references
    assert [r.symbol for r in refs] == ["27-NQ/TW", "28-NQ/TW"]
    assert [r.surface for r in refs] == ["Nghị quyết số 27", "28-NQ/TW"]
    assert all(r.date == "2018-05-21" and r.term == "XII" for r in refs)
    assert all(r.relation == "implements" for r in refs)


def test_state_items_after_one_type_word():
    refs = find_references("Căn cứ Nghị định số 31/2017/NĐ-CP và 72/2018/NĐ-CP của Chính phủ;").references
    assert [r.symbol for r in refs] == ["31/2017/NĐ-CP", "72/2018/NĐ-CP"]
    assert refs[1].surface == "72/2018/NĐ-CP"
    assert [r.relation for r in refs] == ["basis", "basis"]


def test_later_item_starting_with_so():
    refs = find_references("theo Quyết định số 105-QĐ/TW và số 214-QĐ/TW ngày 2/1/2020 của Bộ Chính trị").references
    assert [r.symbol for r in refs] == ["105-QĐ/TW", "214-QĐ/TW"]
    assert refs[1].surface == "số 214-QĐ/TW"


def test_date_after_the_last_item_belongs_to_all_items():
    text = "Căn cứ Quyết định số 105-QĐ/TW và Quyết định số 214-QĐ/TW ngày 2/1/2020 của Bộ Chính trị về công tác cán bộ"
    refs = find_references(text).references
    assert [r.date for r in refs] == ["2020-01-02", "2020-01-02"]
    assert [r.issuer for r in refs] == ["Bộ Chính trị", "Bộ Chính trị"]


def test_list_under_one_verb_separated_by_semicolons():
    text = ("Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 6/10/2022 của Ban Tổ chức Trung ương; Hướng dẫn số 25-HD/BTGTW "
            "ngày 9/11/2022 của Ban Tuyên giáo Trung ương; Công văn số 148-CV/HU ngày 4/12/2022 của Huyện ủy,")
    refs = find_references(text).references
    assert [r.symbol for r in refs] == ["12-HD/BTCTW", "25-HD/BTGTW", "148-CV/HU"]
    assert [r.relation for r in refs] == ["basis"] * 3
    assert [r.date for r in refs] == ["2022-10-06", "2022-11-09", "2022-12-04"]


def test_an_item_that_starts_its_own_clause_takes_no_verb():
    text = "Căn cứ Quyết định số 2450/QĐ-TTg; Sở Tài chính đã ban hành Kế hoạch số 91/KH-STC."
    assert [r.relation for r in find_references(text).references] == ["basis", None]


def test_a_number_after_a_list_that_is_not_a_document():
    refs = find_references("Thực hiện Nghị quyết 41-NQ/TW, 9 huyện đã xây dựng kế hoạch.").references
    assert [r.symbol for r in refs] == ["41-NQ/TW"]


def test_a_date_after_the_last_of_different_types_is_that_document_alone():
    text = "Thực hiện Chỉ thị số 42-CT/TW, Kết luận số 12-KL/TW ngày 6/8/2021 của Bộ Chính trị."
    refs = find_references(text).references
    assert [(r.symbol, r.date) for r in refs] == [("42-CT/TW", None), ("12-KL/TW", "2021-08-06")]
