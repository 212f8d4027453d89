"""Agencies, people and events in kinds of text the engine was not tuned on (issue 12). Each sentence is
written for this file; each asserts what a reader would check: the body's full name, its province, one entry
per body."""

from __future__ import annotations

from loaders.entities import find_entities


def agencies_of(text: str, locality: str | None = None) -> dict[str, str | None]:
    agencies, _, _ = find_entities(text, locality=locality)
    for a in agencies:
        assert text[a.start:a.end] == a.surface
    return {a.name: a.locality for a in agencies}


# --- a body of a central body ---------------------------------------------------------------------------


def test_a_council_of_the_national_assembly_takes_no_province_and_swallows_its_owner() -> None:
    text = ("Chiều 12/3/2024, tại thành phố Lạng Sơn, ông Hoàng Văn Thụ, Chủ tịch Hội đồng Dân tộc của Quốc hội, "
            "làm việc với UBND tỉnh Lạng Sơn về chính sách cho vùng đồng bào dân tộc thiểu số.")
    assert agencies_of(text, "Lạng Sơn") == {"Hội đồng Dân tộc của Quốc hội": None,
                                             "UBND tỉnh Lạng Sơn": "Lạng Sơn"}


def test_a_committee_of_the_national_assembly_on_a_provincial_visit() -> None:
    text = "Đoàn công tác của Ủy ban Kinh tế của Quốc hội đã làm việc với Sở Tài chính tỉnh Quảng Ninh."
    agencies = agencies_of(text, "Quảng Ninh")
    assert agencies["Ủy ban Kinh tế của Quốc hội"] is None
    assert "Quốc hội" not in agencies


def test_a_body_of_a_province_keeps_its_province() -> None:
    # only a central owner binds: the department of the province stays the province's
    text = "Sở Tư pháp tỉnh Cao Bằng phối hợp với Hội Luật gia tỉnh tổ chức tư vấn pháp luật miễn phí."
    assert agencies_of(text, "Cao Bằng") == {"Sở Tư pháp tỉnh Cao Bằng": "Cao Bằng",
                                             "Hội Luật gia tỉnh Cao Bằng": "Cao Bằng"}


# --- a bare "tỉnh" after a name -------------------------------------------------------------------------


def test_a_bare_province_marker_is_the_texts_province_for_every_kind_of_body() -> None:
    text = ("Ngày 5/6/2023, Bệnh viện Đa khoa tỉnh phối hợp với Hội Nông dân tỉnh và Trường Chính trị tỉnh "
            "khám bệnh miễn phí cho 300 hội viên tại huyện Bắc Sơn, tỉnh Lạng Sơn.")
    assert agencies_of(text, "Lạng Sơn") == {"Bệnh viện Đa khoa tỉnh Lạng Sơn": "Lạng Sơn",
                                             "Hội Nông dân tỉnh Lạng Sơn": "Lạng Sơn",
                                             "Trường Chính trị tỉnh Lạng Sơn": "Lạng Sơn"}


def test_a_hospital_that_names_its_own_region_takes_no_province() -> None:
    text = "Bệnh viện Đa khoa vùng Tây Nguyên đã tiếp nhận 50 bệnh nhân từ các huyện của tỉnh Đắk Lắk."
    assert agencies_of(text, "Đắk Lắk") == {"Bệnh viện Đa khoa vùng Tây Nguyên": None}


# --- where a name ends ------------------------------------------------------------------------------------


def test_lowercase_words_before_a_capitalised_component_stay_in_the_name() -> None:
    text = ("Chi cục Quản lý thị trường phối hợp với Công ty TNHH Một thành viên Thủy lợi Bắc Nghệ An kiểm tra "
            "các trạm bơm.")
    assert "Công ty TNHH Một thành viên Thủy lợi Bắc Nghệ An" in agencies_of(text, "Nghệ An")


def test_a_newspaper_after_a_sentence_opening_function_word() -> None:
    text = "Theo Báo Nhân Dân, Viện Hàn lâm Khoa học xã hội Việt Nam công bố báo cáo thường niên."
    agencies, _, _ = find_entities(text)
    kinds = {a.name: a.kind for a in agencies}
    assert kinds["Báo Nhân Dân"] == "other"
    assert "Viện Hàn lâm Khoa học xã hội Việt Nam" in kinds
