"""Lists sharing one suffix or one type word: every item is a mention; later items start at số or the number."""

from __future__ import annotations

from loaders.references import find_references


def test_party_numbers_share_the_last_suffix():
    text = "Ban Thường vụ quán triệt các Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6 khóa XII."
    refs = find_references(text).references
    assert [r.symbol for r in refs] == ["18-NQ/TW", "19-NQ/TW"]
    assert [r.surface for r in refs] == ["Nghị quyết số 18", "19-NQ/TW"]
    assert all(r.date == "2017-10-25" and r.term == "XII" for r in refs)
    assert all(r.relation == "implements" for r in refs)


def test_state_items_after_one_type_word():
    text = "Căn cứ Nghị định số 15/2020/NĐ-CP và 14/2022/NĐ-CP của Chính phủ;"
    refs = find_references(text).references
    assert [r.symbol for r in refs] == ["15/2020/NĐ-CP", "14/2022/NĐ-CP"]
    assert refs[1].surface == "14/2022/NĐ-CP"
    assert [r.relation for r in refs] == ["basis", "basis"]


def test_later_item_starting_with_so():
    text = "theo Quyết định số 217-QĐ/TW và số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"
    refs = find_references(text).references
    assert [r.symbol for r in refs] == ["217-QĐ/TW", "218-QĐ/TW"]
    assert refs[1].surface == "số 218-QĐ/TW"


def test_date_after_the_last_item_belongs_to_all_items():
    text = "Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế"
    refs = find_references(text).references
    assert [r.date for r in refs] == ["2013-12-12", "2013-12-12"]
    assert [r.issuer for r in refs] == ["Bộ Chính trị", "Bộ Chính trị"]


def test_list_under_one_verb_separated_by_semicolons():
    text = ("Căn cứ Hướng dẫn số 33-HD/BTCTW ngày 30/10/2020 của Ban Tổ chức Trung ương; Hướng dẫn số 21-HD/BTCTW "
            "ngày 18/10/2019 của Ban Tổ chức Trung ương; Công văn số 62-CV/HU ngày 10/11/2020 của Huyện ủy,")
    refs = find_references(text).references
    assert [r.symbol for r in refs] == ["33-HD/BTCTW", "21-HD/BTCTW", "62-CV/HU"]
    assert [r.relation for r in refs] == ["basis"] * 3
    assert [r.date for r in refs] == ["2020-10-30", "2019-10-18", "2020-11-10"]


def test_a_number_after_a_list_that_is_not_a_document():
    refs = find_references("Thực hiện Nghị quyết 57-NQ/TW, 12 tỉnh đã ban hành kế hoạch.").references
    assert [r.symbol for r in refs] == ["57-NQ/TW"]


def test_a_date_after_a_list_of_one_type_belongs_to_every_item():
    text = "Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị."
    assert [r.date for r in find_references(text).references] == ["2013-12-12", "2013-12-12"]


def test_a_date_after_the_last_of_different_types_is_that_document_alone():
    text = "Thực hiện Chỉ thị số 05-CT/TW, Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị."
    refs = find_references(text).references
    assert [(r.symbol, r.date) for r in refs] == [("05-CT/TW", None), ("01-KL/TW", "2021-05-18")]
