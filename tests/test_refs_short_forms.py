"""Short forms resolve to the full mention of the same document elsewhere in the text, before or after."""

from __future__ import annotations

from loaders.references import find_references


def test_alias_then_short_forms_after_the_full_mention():
    text = ("Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị (sau đây gọi tắt là Nghị quyết 35). "
            "Qua 5 năm thực hiện NQ 35, nhận thức được nâng lên; Nghị quyết 35 đã đi vào cuộc sống.")
    refs = find_references(text).references
    assert [r.symbol for r in refs] == ["35-NQ/TW"] * 4
    assert [r.short_form for r in refs] == [False, True, True, True]
    assert [r.surface for r in refs[1:]] == ["Nghị quyết 35", "NQ 35", "Nghị quyết 35"]


def test_headline_short_form_before_the_full_mention():
    text = "Triển khai Nghị quyết 57, tỉnh đẩy mạnh chuyển đổi số\nBộ Chính trị đã ban hành Nghị quyết số 57-NQ/TW."
    refs = find_references(text).references
    assert refs[0].symbol == "57-NQ/TW" and refs[0].short_form
    assert refs[0].relation == "implements"


def test_short_forms_of_several_types():
    text = ("Chỉ thị số 05-CT/TW của Bộ Chính trị; Kết luận số 21-KL/TW của Ban Chấp hành Trung ương; "
            "Nghị định 15/2020/NĐ-CP. Sau đó, Chỉ thị 05, Kết luận số 21 và Nghị định 15 được quán triệt.")
    short = [r for r in find_references(text).references if r.short_form]
    assert [(r.surface, r.symbol) for r in short] == [
        ("Chỉ thị 05", "05-CT/TW"), ("Kết luận số 21", "21-KL/TW"), ("Nghị định 15", "15/2020/NĐ-CP")]


def test_short_form_of_a_truncated_symbol():
    text = "Căn cứ Quyết định số 2629/QĐ-TTg ngày 01/12/2025;\n- tổ chức thực hiện nhiệm vụ tại Quyết định số 2629/QĐ-T"
    refs = find_references(text).references
    assert [r.symbol for r in refs] == ["2629/QĐ-TTg", "2629/QĐ-TTg"]
    assert refs[1].relation == "implements"


def test_alias_of_a_project_approved_by_a_decision():
    text = ("Ngày 09 tháng 01 năm 2013, Thủ tướng Chính phủ ban hành quyết định phê duyệt Đề án “Xây dựng xã hội "
            "học tập” (sau đây viết tắt là Đề án 89). Sau một thời gian thực hiện, Đề án 89 đạt nhiều kết quả.")
    refs = find_references(text).references
    assert [r.symbol for r in refs] == ["89/QĐ-TTg", "89/QĐ-TTg"]
    assert refs[0].date == "2013-01-09"
    assert refs[1].short_form


def test_alias_right_after_the_decision_it_names():
    text = ("Quyết định số 89/QĐ-TTg ngày 9/1/2013 của Thủ tướng Chính phủ phê duyệt Đề án xây dựng xã hội học tập "
            "(sau đây gọi tắt là Đề án 89). Đề án 89 được triển khai rộng rãi.")
    assert [r.symbol for r in find_references(text).references] == ["89/QĐ-TTg"] * 3


def test_no_short_form_without_a_full_mention():
    assert find_references("Nghị quyết 35 đã đi vào cuộc sống.").references == []


def test_nearest_full_mention_wins_for_the_same_number():
    text = ("Nghị quyết số 02-NQ/TU ngày 4/10/2021 của Tỉnh ủy Quảng Trị về chuyển đổi số. "
            "Tiếp tục thực hiện Nghị quyết 02 của Tỉnh ủy.")
    refs = find_references(text).references
    assert [r.symbol for r in refs] == ["02-NQ/TU", "02-NQ/TU"]
    assert refs[1].relation == "continues"


def test_alias_in_parentheses_after_the_approving_decision():
    text = ("Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng "
            "dữ liệu dân cư (Đề án 06). Các địa phương tiếp tục triển khai Đề án 06.")
    refs = find_references(text).references
    assert [r.symbol for r in refs] == ["06/QĐ-TTg"] * 3
    assert refs[2].relation == "continues"
