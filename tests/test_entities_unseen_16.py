"""Sixteenth round of issue 12 probes: Party journals and central news, ministry and government portals, the
mass organisations (Youth Union, Women's Union, Farmers' Union, trade unions, veterans) and the police and the army.
People elected or appointed to an office, a title list under a colon, a predicate after a role; a province's Youth
Union and trade union by their two names; the abbreviations of the mass organisations; events named up to the verb
that holds them, quotes of two shapes, a hall named after a fair. Each sentence is written for this file; each
asserts what a reader of the page would check."""

from __future__ import annotations

from loaders.entities import find_entities
from loaders.gazetteer import main_province
from tests.test_entities_unseen import agencies_of, events_of


def roles_of(text: str) -> dict[str, str | None]:
    """Each person's name → the role the text gives them."""
    _, persons, _ = find_entities(text)
    for p in persons:
        assert text[p.start:p.end] == p.surface
    return {p.name: p.role for p in persons}


# ------------------------------------------------------------------ people elected or appointed


def test_the_office_a_person_is_reelected_to_is_the_role() -> None:
    text = "Tại đại hội, đồng chí Lò Văn Pản tái đắc cử Bí thư Huyện Đoàn Mường Lay nhiệm kỳ 2022 - 2027."
    assert roles_of(text)["Lò Văn Pản"] == "Bí thư Huyện Đoàn Mường Lay"


def test_the_office_after_being_elected_to_hold_it() -> None:
    text = ("Bà Hà Thị Kim Thoa tiếp tục tái cử và được bầu giữ chức vụ Chủ tịch Hội LHPN tỉnh Cao Bằng khóa XVIII, "
            "nhiệm kỳ 2021 - 2026.")
    assert roles_of(text)["Hà Thị Kim Thoa"].startswith("Chủ tịch Hội LHPN tỉnh Cao Bằng")
    text = "Ông Vi Văn Thành được bổ nhiệm giữ chức Giám đốc Sở Nội vụ tỉnh Lạng Sơn từ ngày 1/3/2024."
    assert roles_of(text)["Vi Văn Thành"] == "Giám đốc Sở Nội vụ tỉnh Lạng Sơn"


def test_a_given_name_that_begins_like_a_rank_stays_in_the_name() -> None:
    assert list(roles_of("Ông Mai Xuân Trung tái đắc cử nhiệm kỳ mới.")) == ["Mai Xuân Trung"]


def test_a_title_before_a_colon_is_held_by_every_name_listed() -> None:
    text = "Đại hội bầu Ban Chấp hành gồm 45 ủy viên. Phó Chủ tịch gồm các đồng chí: Lê Văn Hùng, Đào Thị Mai, Cầm Bá Tú."
    assert roles_of(text) == {"Lê Văn Hùng": "Phó Chủ tịch", "Đào Thị Mai": "Phó Chủ tịch", "Cầm Bá Tú": "Phó Chủ tịch"}


def test_a_predicate_after_a_role_keeps_the_role_with_the_person_before_it() -> None:
    text = ("Thiếu tướng Đinh Văn Nơi, Phó Cục trưởng Cục Cảnh sát giao thông đọc thư chúc mừng của Chủ tịch nước "
            "Lương Cường.")
    roles = roles_of(text)
    assert roles["Đinh Văn Nơi"] == "Thiếu tướng, Phó Cục trưởng Cục Cảnh sát giao thông"
    assert roles["Lương Cường"] == "Chủ tịch nước"


def test_a_byline_with_the_body_the_author_writes_for() -> None:
    text = "Hội nghị đã thành công tốt đẹp.\n\nVàng Thị Dua – Hội Nông dân tỉnh"
    assert roles_of(text) == {"Vàng Thị Dua": "tác giả"}


# ------------------------------------------------------------------ the Youth Union and the trade unions


def test_a_provincial_youth_union_by_its_two_names_is_one_body() -> None:
    text = ("Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Sóc Trăng lần thứ XI diễn ra sáng 5/10/2022. "
            "Anh Thạch Minh Tuấn tái đắc cử Bí thư Tỉnh Đoàn Sóc Trăng.")
    found = agencies_of(text)
    assert list(found) == ["Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Sóc Trăng"]
    assert found["Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Sóc Trăng"] == "Sóc Trăng"


def test_the_standing_board_of_a_provincial_youth_union_capitalised() -> None:
    text = "Ban Thường vụ Tỉnh Đoàn Bến Tre phát động tháng thanh niên."
    assert agencies_of(text) == {"Ban Thường vụ Tỉnh Đoàn Bến Tre": "Bến Tre"}


def test_the_youth_union_as_a_whole_stays_apart_from_a_provinces() -> None:
    text = ("Tỉnh Đoàn Yên Bái tổng kết năm học. Các đơn vị đã hoàn thành Đại hội đại biểu Đoàn TNCS Hồ Chí Minh "
            "nhiệm kỳ 2022 - 2027.")
    assert len(agencies_of(text)) == 2


def test_a_provincial_trade_union_and_its_federation_are_one_body() -> None:
    text = ("Đại hội Công đoàn tỉnh Hòa Bình lần thứ XVI đã bế mạc. Ông Bùi Văn Lực được bầu giữ chức Chủ tịch "
            "LĐLĐ tỉnh Hòa Bình.")
    found = agencies_of(text)
    assert list(found) == ["Liên đoàn Lao động tỉnh Hòa Bình"]
    assert roles_of(text)["Bùi Văn Lực"] == "Chủ tịch LĐLĐ tỉnh Hòa Bình"


def test_the_short_forms_of_the_mass_organisations_are_spelt_out() -> None:
    text = "Chủ tịch HND tỉnh và Chủ tịch Hội CCB huyện Bắc Mê cùng dự; Phó Chủ tịch LĐLĐ Nguyễn Văn Hạ phát biểu."
    found = agencies_of(text, locality="Hà Giang")
    assert "Hội Nông dân tỉnh Hà Giang" in found
    assert "Hội Cựu chiến binh huyện Bắc Mê" in found
    assert not any(name.startswith("Liên đoàn Lao động") for name in found)  # "LĐLĐ" alone names no one body


def test_the_front_committee_of_a_province_by_two_names_is_one_body() -> None:
    text = ("Dự có bà Lê Thị Ngọc, Phó Chủ tịch Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh, và ông Kim Sơn, "
            "Trưởng ban Dân tộc, Ủy ban MTTQ Việt Nam tỉnh.")
    fronts = [name for name in agencies_of(text) if "Mặt trận" in name or "MTTQ" in name]
    assert len(fronts) == 1


# ------------------------------------------------------------------ central bodies, the police and the army


def test_the_standing_board_of_the_central_military_commission() -> None:
    text = "Đại tướng Nguyễn Tân Cương, Ủy viên Thường vụ Quân ủy Trung ương, Tổng Tham mưu trưởng phát biểu."
    assert "Thường vụ Quân ủy Trung ương" in agencies_of(text)


def test_a_portal_with_its_acronym_in_brackets_runs_to_its_owner() -> None:
    text = "Sáng 3/6, Cổng Thông tin điện tử (TTĐT) Chính phủ khai trương chuyên mục mới."
    assert "Cổng Thông tin điện tử Chính phủ" in agencies_of(text)


def test_a_steering_committee_named_after_a_span_of_years() -> None:
    text = "Đoàn công tác của Ban Chỉ đạo tổng kết 15 năm thực hiện Chỉ thị 05-CT/TW làm việc tại tỉnh."
    found = agencies_of(text)
    assert "Ban Chỉ đạo tổng kết 15 năm thực hiện Chỉ thị 05-CT/TW" in found
    text = "Trưởng Ban Chỉ đạo các hoạt động kỷ niệm 50 năm Ngày thành lập tỉnh đã họp."
    assert any(name.startswith("Ban Chỉ đạo các hoạt động kỷ niệm 50 năm Ngày thành lập") for name in agencies_of(text))


def test_a_city_committee_closed_by_its_short_name() -> None:
    text = "Ông Trần Văn Nam, Phó Chủ nhiệm Ủy ban Kiểm tra Thành ủy TP HCM, trao quyết định."
    assert agencies_of(text) == {"Ủy ban Kiểm tra Thành ủy TP. Hồ Chí Minh": "Hồ Chí Minh"}


def test_a_provinces_police_by_the_forces_name_gives_the_province() -> None:
    text = ("Chiều 12.8, Công an tỉnh tổ chức gặp mặt truyền thống. Lực lượng CAND Lai Châu đã lập nhiều chiến công. "
            "Đại tá Hoàng Văn Dũng, Giám đốc Công an tỉnh phát biểu.")
    assert main_province(text) == "Lai Châu"
    assert agencies_of(text, locality=main_province(text)) == {"Công an tỉnh Lai Châu": "Lai Châu"}


# ------------------------------------------------------------------ events


def test_a_meeting_named_by_a_verb_up_to_the_verb_that_holds_it() -> None:
    text = ("Hội nghị đánh giá kết quả phối hợp giữa Bộ Tư lệnh Cảnh sát biển với các địa phương ven biển "
            "vừa diễn ra sáng nay.")
    assert events_of(text) == [("Hội nghị đánh giá kết quả phối hợp giữa Bộ Tư lệnh Cảnh sát biển với các địa "
                                "phương ven biển", None)]


def test_a_meeting_that_reviews_is_still_the_subject_when_nothing_holds_it() -> None:
    text = "Hội nghị tổng kết năm 2024 đã kết thúc. Hội nghị đánh giá cao vai trò của các cấp hội."
    assert [name for name, _ in events_of(text)] == ["Hội nghị tổng kết năm 2024"]


def test_a_title_opened_with_a_straight_quote_and_closed_with_a_curly_one() -> None:
    text = 'Sáng 9/5/2024, Bộ Tư pháp tổ chức Hội thảo "Hoàn thiện pháp luật về hòa giải cơ sở” tại Hà Nội.'
    assert events_of(text) == [("Hội thảo \"Hoàn thiện pháp luật về hòa giải cơ sở”", "2024-05-09")]


def test_a_fair_in_a_halls_name_is_no_event_and_no_body() -> None:
    text = ("Ngày 20-11-2025, tại Trung tâm Hội chợ triển lãm quốc gia, Bộ Văn hóa, Thể thao và Du lịch tổ chức "
            "Hội nghị toàn quốc về văn hóa.")
    assert events_of(text) == [("Hội nghị toàn quốc về văn hóa", "2025-11-20")]
    assert not any(name.startswith("Trung tâm") for name in agencies_of(text))


def test_a_day_told_after_the_event_is_in_the_year_of_the_pages_own_date() -> None:
    text = "Thứ trưởng Lê Văn Hòa phát biểu tại Hội nghị tập huấn công tác văn thư được tổ chức tại Huế vào hôm nay (15/3)."
    _, _, events = find_entities(text, date="2024-03-15")
    assert [(e.name, e.date) for e in events] == [("Hội nghị tập huấn công tác văn thư", "2024-03-15")]
    _, _, events = find_entities("Hội nghị tập huấn công tác văn thư được tổ chức tại Huế.", date="2024-03-15")
    assert [e.date for e in events] == [None]


# ------------------------------------------------------------------ ministries' departments and councils


def test_a_department_named_by_two_tasks_one_after_a_comma_one_after_and() -> None:
    text = "Đại diện Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý giới thiệu cuốn sổ tay mới."
    assert "Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý" in agencies_of(text)


def test_a_council_that_coordinates_the_dissemination_of_the_law() -> None:
    text = ("Thứ trưởng Nguyễn Văn Tùng, Chủ tịch Hội đồng phối hợp phổ biến giáo dục pháp luật Bộ Nội vụ "
            "chủ trì hội nghị.")
    assert "Hội đồng phối hợp phổ biến giáo dục pháp luật Bộ Nội vụ" in agencies_of(text)


def test_a_border_post_by_its_short_form() -> None:
    assert "Đồn Biên phòng Pa Thơm" in agencies_of("Cán bộ Đồn BP Pa Thơm tuần tra đường biên.")


def test_a_title_in_quotes_after_a_colon_names_the_talk() -> None:
    text = 'Sáng 4/9/2024, Báo Pháp luật Việt Nam tổ chức tọa đàm: "Pháp luật gần dân hơn" tại Hà Nội.'
    assert events_of(text) == [('Tọa đàm "Pháp luật gần dân hơn"', "2024-09-04")]


def test_a_campaign_carried_on_as_suitable_is_no_name() -> None:
    text = "Các chi hội nhân rộng mô hình thực hiện cuộc vận động phù hợp tình hình thực tế của địa phương."
    assert events_of(text) == []


def test_a_womens_union_by_its_short_form_takes_its_districts_province() -> None:
    text = "Hội LHPN huyện Mèo Vạc ra mắt mô hình “Tổ phụ nữ tiết kiệm”."
    assert agencies_of(text) == {"Hội Liên hiệp Phụ nữ huyện Mèo Vạc": "Hà Giang"}


def test_the_bodies_of_many_districts_are_no_one_body() -> None:
    text = "Dự buổi giao lưu có cán bộ Hội LHPN của 9 huyện trong tỉnh."
    assert agencies_of(text, locality="Tây Ninh") == {}


def test_a_source_line_names_no_agency() -> None:
    text = "Hội nghị đã thành công tốt đẹp.\nTheo Báo Bình Phước Online"
    assert agencies_of(text) == {}
    assert "Báo Bình Phước" in agencies_of("Theo Báo Bình Phước, năm nay tỉnh có thêm 3 xã nông thôn mới.")


def test_the_ministries_and_branches_are_no_sector_before_a_central_body() -> None:
    text = "Dự có lãnh đạo các Bộ ngành Trung ương, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các địa phương."
    assert "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" in agencies_of(text)


def test_a_law_school_keeps_its_subject() -> None:
    text = "Tọa đàm có sự tham gia của giảng viên Trường Đại học Luật Hà Nội và Học viện Tư pháp."
    found = agencies_of(text)
    assert "Trường Đại học Luật Hà Nội" in found
    assert "Học viện Tư pháp" in found


def test_how_an_event_is_held_is_no_word_of_its_name() -> None:
    text = "Sở Tư pháp tổ chức Hội thi hòa giải viên giỏi năm 2024 với quy mô toàn tỉnh và hình thức trực tuyến."
    assert [name for name, _ in events_of(text)] == ["Hội thi hòa giải viên giỏi năm 2024"]
