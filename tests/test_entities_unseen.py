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


# --- events: where a name ends and which date is its own ------------------------------------------------


def events_of(text: str) -> list[tuple[str, str | None]]:
    _, _, events = find_entities(text)
    for e in events:
        assert text[e.start:e.end] == e.surface
    return [(e.name, e.date) for e in events]


def test_a_campaigns_date_told_after_its_name_and_a_year():
    text = "Hội Liên hiệp Phụ nữ tỉnh phát động Chiến dịch \"Mùa hè xanh\" năm 2024 vào ngày 1/6/2024 tại Đông Hà."
    assert events_of(text) == [("Chiến dịch \"Mùa hè xanh\"", "2024-06-01")]


def test_a_meeting_with_voters_before_a_session_keeps_the_session_and_its_legislature_in_its_name():
    text = ("Đoàn đại biểu Quốc hội tỉnh tổ chức tiếp xúc cử tri trước Kỳ họp thứ 9, Quốc hội khóa XV tại huyện "
            "Mường Chà ngày 28/4/2025.")
    assert events_of(text) == [("Tiếp xúc cử tri trước Kỳ họp thứ 9, Quốc hội khóa XV", "2025-04-28")]


def test_a_ceremony_for_a_list_of_badges_keeps_the_list():
    text = "Ngày 3/2/2024, Đảng bộ xã tổ chức Lễ trao Huy hiệu 30, 40, 50 năm tuổi Đảng cho 15 đảng viên."
    assert events_of(text) == [("Lễ trao Huy hiệu 30, 40, 50 năm tuổi Đảng", "2024-02-03")]


def test_a_training_course_ends_before_who_it_is_for():
    text = ("Ngày 3/4/2024, Trường Chính trị tỉnh khai giảng Lớp bồi dưỡng nghiệp vụ công tác tuyên giáo năm 2024 "
            "cho 80 học viên.")
    assert events_of(text) == [("Lớp bồi dưỡng nghiệp vụ công tác tuyên giáo năm 2024", "2024-04-03")]


def test_a_course_on_awareness_of_the_party_is_a_training_event():
    # "nhận thức" (awareness) is a noun here, not the verb "nhận" that would end the name
    text = "Chiều 9/5/2024, Đảng ủy xã mở lớp bồi dưỡng nhận thức về Đảng cho 45 quần chúng ưu tú."
    assert events_of(text) == [("Lớp bồi dưỡng nhận thức về Đảng", "2024-05-09")]

def test_ethnic_minority_names_run_whole():
    text = ("Bà H' Yim Kdoh, Phó Chủ tịch UBND tỉnh Đắk Lắk, ông Y Thanh Hà Niê Kdăm và ông Ksor Phước Hà, Bí thư "
            "Huyện ủy Krông Pa, dự lễ kỷ niệm 70 năm Ngày Chiến thắng Điện Biên Phủ.")
    _, persons, _ = find_entities(text, locality="Đắk Lắk")
    assert [p.name for p in persons] == ["H' Yim Kdoh", "Y Thanh Hà Niê Kdăm", "Ksor Phước Hà"]


def test_a_school_named_after_a_person_keeps_the_person_in_its_name() -> None:
    text = "Trường Trung học phổ thông Chuyên Lê Quý Đôn tỉnh Khánh Hòa đạt 30 giải học sinh giỏi quốc gia."
    assert agencies_of(text, "Khánh Hòa") == {
        "Trường Trung học phổ thông Chuyên Lê Quý Đôn tỉnh Khánh Hòa": "Khánh Hòa"}


def test_the_branch_of_a_national_bank_runs_to_its_province() -> None:
    text = ("Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam chi nhánh tỉnh Kon Tum ký kết với Công ty Cổ "
            "phần Cao su Kon Tum.")
    assert agencies_of(text, "Kon Tum") == {
        "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam chi nhánh tỉnh Kon Tum": "Kon Tum",
        "Công ty Cổ phần Cao su Kon Tum": "Kon Tum"}


def test_a_committee_printed_in_a_steering_boards_name_is_no_entry_of_its_own() -> None:
    text = "Ban Chỉ đạo 35 Tỉnh ủy và Ban Chỉ đạo chuyển đổi số tỉnh họp phiên thứ nhất."
    assert list(agencies_of(text)) == ["Ban Chỉ đạo 35 Tỉnh ủy", "Ban Chỉ đạo chuyển đổi số tỉnh"]


def test_central_bodies_of_the_party_and_the_courts_with_lowercase_or_comma_in_their_names() -> None:
    text = ("Ban Chính sách, chiến lược Trung ương, Đảng ủy các cơ quan Đảng Trung ương và Tòa án nhân dân tối cao "
            "phối hợp tổ chức hội thảo.")
    assert agencies_of(text) == {"Ban Chính sách, chiến lược Trung ương": None,
                                 "Đảng ủy các cơ quan Đảng Trung ương": None, "Tòa án nhân dân tối cao": None}


def test_a_news_portal_and_the_youth_unions_central_committee_by_their_full_names() -> None:
    text = ("Cổng Thông tin điện tử tỉnh Bình Phước đưa tin Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh phát "
            "động chiến dịch.")
    agencies, _, _ = find_entities(text, locality="Bình Phước")
    assert {a.name: a.kind for a in agencies} == {"Cổng Thông tin điện tử tỉnh Bình Phước": "other",
                                                  "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh": "mass"}


def test_a_dated_art_show_is_an_event_and_a_holiday_inside_it_stays_in_its_name():
    text = ("Tối 30/4/2025, Thành ủy tổ chức chương trình nghệ thuật chào mừng 50 năm Ngày Giải phóng miền Nam, "
            "thống nhất đất nước.")
    assert events_of(text) == [("Chương trình nghệ thuật chào mừng 50 năm Ngày Giải phóng miền Nam", "2025-04-30")]


def test_an_undated_mention_of_an_art_programme_is_no_event():
    assert events_of("Theo chương trình nghệ thuật của tỉnh, các đơn vị chuẩn bị tiết mục.") == []


def test_bodies_of_forests_borders_funds_and_promotion_centres() -> None:
    text = ("Hạt Kiểm lâm huyện Kon Plông, Đồn Biên phòng Sa Loong và Quỹ Bảo trợ trẻ em tỉnh tuần tra.\n"
            "Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh Kon Tum phối hợp với Ban Quản lý Khu di tích "
            "Ngục Kon Tum làm việc với các xã.")
    names = list(agencies_of(text, "Kon Tum"))
    assert names == ["Hạt Kiểm lâm huyện Kon Plông", "Đồn Biên phòng Sa Loong", "Quỹ Bảo trợ trẻ em tỉnh Kon Tum",
                     "Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh Kon Tum",
                     "Ban Quản lý Khu di tích Ngục Kon Tum"]


def test_a_land_registry_a_branch_and_a_cooperative() -> None:
    text = ("Văn phòng Đăng ký đất đai tỉnh và Chi nhánh Văn phòng Đăng ký đất đai huyện Chư Păh cấp giấy chứng nhận "
            "cho Hợp tác xã Nông nghiệp Ia Ly.")
    assert list(agencies_of(text, "Gia Lai")) == [
        "Văn phòng Đăng ký đất đai tỉnh Gia Lai", "Chi nhánh Văn phòng Đăng ký đất đai huyện Chư Păh",
        "Hợp tác xã Nông nghiệp Ia Ly"]


def test_bodies_of_a_level_are_no_named_body() -> None:
    assert agencies_of("UBND cấp xã và Ban Chỉ đạo các cấp triển khai; UBND cấp huyện báo cáo.", "Gia Lai") == {}


def test_the_councils_and_committees_of_the_national_assembly_are_central_without_their_owner_named() -> None:
    text = ("Chiều 12/3/2024, tại tỉnh Lạng Sơn, Chủ tịch Hội đồng Dân tộc Y Thanh Hà Niê Kdăm làm việc với UBND tỉnh; "
            "Ủy ban Văn hóa, Giáo dục của Quốc hội giám sát việc dạy chữ dân tộc.")
    agencies = agencies_of(text, "Lạng Sơn")
    assert agencies == {"Hội đồng Dân tộc": None, "UBND tỉnh Lạng Sơn": "Lạng Sơn",
                        "Ủy ban Văn hóa, Giáo dục của Quốc hội": None}


def test_a_meeting_of_several_days_is_dated_by_its_first_day() -> None:
    assert events_of("Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII diễn ra từ ngày 14 đến 16/10/2025 tại Hội trường "
                     "tỉnh.") == [("Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII", "2025-10-14")]
    assert events_of("Từ ngày 10/4/2024 đến ngày 12/4/2024, Trường Chính trị tổ chức Hội thi giảng viên dạy giỏi "
                     "lần thứ V.") == [("Hội thi giảng viên dạy giỏi lần thứ V", "2024-04-10")]


def test_a_sentence_about_the_event_named_before_dates_it() -> None:
    text = ("Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị báo cáo viên tháng 3. Hội nghị diễn ra vào sáng 5/3/2024 tại "
            "Hội trường Tỉnh ủy.")
    assert events_of(text) == [("Hội nghị báo cáo viên tháng 3", "2024-03-05")]
