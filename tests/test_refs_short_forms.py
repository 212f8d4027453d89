"""Short forms resolve to the full mention of the same document elsewhere in the text, before or after."""

from __future__ import annotations

from loaders.references import find_references


def test_alias_then_short_forms_after_the_full_mention():
    text = ("Nghị quyết số 41-NQ/TW ngày 10/10/2023 của Bộ Chính trị (sau đây gọi tắt là Nghị quyết 41). "
            "Sau một năm thực hiện NQ 41, doanh nhân được tôn vinh; Nghị quyết 41 được đón nhận.")
    refs = find_references(text).references
    assert [r.symbol for r in refs] == ["41-NQ/TW"] * 4
    assert [r.short_form for r in refs] == [False, True, True, True]
    assert [r.surface for r in refs[1:]] == ["Nghị quyết 41", "NQ 41", "Nghị quyết 41"]


def test_headline_short_form_before_the_full_mention():
    text = "Triển khai Nghị quyết 41, tỉnh tôn vinh doanh nhân\nBộ Chính trị đã ban hành Nghị quyết số 41-NQ/TW."
    refs = find_references(text).references
    assert refs[0].symbol == "41-NQ/TW" and refs[0].short_form
    assert refs[0].relation == "implements"


def test_short_forms_of_several_types():
    text = ("Chỉ thị số 42-CT/TW của Ban Bí thư; Kết luận số 37-KL/TW của Ban Chấp hành Trung ương; "
            "Nghị định 31/2017/NĐ-CP. Sau đó, Chỉ thị 42, Kết luận số 37 và Nghị định 31 được phổ biến.")
    short = [r for r in find_references(text).references if r.short_form]
    assert [(r.surface, r.symbol) for r in short] == [
        ("Chỉ thị 42", "42-CT/TW"), ("Kết luận số 37", "37-KL/TW"), ("Nghị định 31", "31/2017/NĐ-CP")]


def test_short_form_of_a_truncated_symbol():
    text = "Căn cứ Quyết định số 1874/QĐ-TTg ngày 3/11/2024;\n- triển khai các nhiệm vụ tại Quyết định số 1874/QĐ-T"
    refs = find_references(text).references
    assert [r.symbol for r in refs] == ["1874/QĐ-TTg", "1874/QĐ-TTg"]
    assert refs[1].relation == "implements"


def test_alias_of_a_project_approved_by_a_decision():
    text = ("Ngày 14 tháng 02 năm 2022, Thủ tướng Chính phủ ký quyết định phê duyệt Đề án “Phát triển văn hóa "
            "đọc” (sau đây viết tắt là Đề án 209). Qua hai năm, Đề án 209 được các tỉnh hưởng ứng.")
    refs = find_references(text).references
    assert [r.symbol for r in refs] == ["209/QĐ-TTg", "209/QĐ-TTg"]
    assert refs[0].date == "2022-02-14"
    assert refs[1].short_form


def test_alias_right_after_the_decision_it_names():
    text = ("Quyết định số 209/QĐ-TTg ngày 14/2/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển văn hóa đọc "
            "(sau đây gọi tắt là Đề án 209). Đề án 209 được triển khai ở nhiều trường.")
    assert [r.symbol for r in find_references(text).references] == ["209/QĐ-TTg"] * 3


def test_no_short_form_without_a_full_mention():
    assert find_references("Nghị quyết 41 đã đi vào cuộc sống.").references == []


def test_nearest_full_mention_wins_for_the_same_number():
    text = ("Nghị quyết số 07-NQ/TU ngày 18/11/2021 của Tỉnh ủy Lào Cai về du lịch. "
            "Tiếp tục thực hiện Nghị quyết 07 của Tỉnh ủy.")
    refs = find_references(text).references
    assert [r.symbol for r in refs] == ["07-NQ/TU", "07-NQ/TU"]
    assert refs[1].relation == "continues"


def test_a_number_only_mention_of_another_issuer_is_not_the_full_one():
    text = "Thực hiện Chỉ thị số 42-CT/TW của Ban Bí thư; Chỉ thị số 42 của Tỉnh ủy về chuyển đổi số"
    assert [r.symbol for r in find_references(text).references] == ["42-CT/TW", "42-CT/TU"]


def test_alias_in_parentheses_after_the_approving_decision():
    text = ("Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án dữ liệu dân cư "
            "(Đề án 06). Các xã tiếp tục triển khai Đề án 06.")
    refs = find_references(text).references
    assert [r.symbol for r in refs] == ["06/QĐ-TTg"] * 3
    assert refs[2].relation == "continues"
