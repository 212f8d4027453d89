"""Third round of issue 12 probes, entities side: bodies, people and events in provincial news the engine was
not tuned on. Each sentence is written for this file; each asserts what a reader of the page would check."""

from __future__ import annotations

from loaders.entities import find_entities
from tests.test_entities_unseen import agencies_of, events_of
from tests.test_local_party_unseen import persons_of


def _people(text: str) -> dict[str, bool]:
    _, persons, _ = find_entities(text)
    return {p.name: p.participant for p in persons}


# ------------------------------------------------------------------ words of a body's name are not people or events


def test_a_person_a_school_is_named_after_is_no_person_of_the_text() -> None:
    text = ("Sáng 3/9/2024, Trường THPT Chuyên Nguyễn Tất Thành khai giảng năm học mới; Phó Chủ tịch UBND tỉnh "
            "Lò Văn Khánh dự.")
    people = persons_of(text)
    assert "Nguyễn Tất Thành" not in people
    assert "Lò Văn Khánh" in people


def test_an_academy_named_after_the_president_holds_no_person() -> None:
    text = ("Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, Chủ tịch Hội đồng Lý luận Trung ương Đinh Văn Tâm "
            "phát biểu tại buổi lễ.")
    people = persons_of(text)
    assert "Hồ Chí Minh" not in people
    assert "Đinh Văn Tâm" in people


def test_a_hall_called_after_meetings_is_no_meeting() -> None:
    text = "Ngày 12/5/2024, Sở Y tế khai mạc hội chợ thuốc tại Trung tâm hội nghị tỉnh Yên Bái."
    assert not [name for name, _ in events_of(text) if name.startswith("Hội nghị")]


# ------------------------------------------------------------------ whose date is it


def test_a_date_after_a_second_meeting_in_the_clause_is_that_meetings() -> None:
    text = ("Bí thư Tỉnh ủy quán triệt ý kiến của Tổng Bí thư tại Đại hội XIV của Đảng và tại phiên họp thứ hai "
            "của Tiểu ban Văn kiện ngày 20/6/2024.")
    dated = dict(events_of(text))
    assert dated["Đại hội XIV của Đảng"] is None
    assert dated["Phiên họp thứ hai của Tiểu ban Văn kiện"] == "2024-06-20"


def test_the_span_of_an_anniversary_in_brackets_dates_the_anniversary_not_the_talk_around_it() -> None:
    text = ("Sáng 15/10, Công đoàn Sở Tư pháp tổ chức tọa đàm kỷ niệm 95 năm Ngày thành lập Hội Nông dân Việt Nam "
            "(14/10/1930 - 14/10/2025) và 10 năm Ngày Pháp luật Việt Nam (9/11/2013 - 9/11/2023).")
    dated = dict(events_of(text))
    talk = next(name for name in dated if name.startswith("Tọa đàm"))
    assert dated[talk] is None  # the talk's own day has no year
    assert dated["Kỷ niệm 10 năm Ngày Pháp luật Việt Nam"] == "2023-11-09"


def test_an_anniversary_dated_by_the_bracket_after_a_bracketed_short_name() -> None:
    text = ("Nhân kỷ niệm 80 năm ngày thành lập Hội Cựu chiến binh (CCB) Việt Nam (6-12-1944 - 6-12-2024), "
            "Báo Lào Cai phỏng vấn Chủ tịch Hội CCB tỉnh.")
    assert events_of(text)[0][1] == "2024-12-06"


def test_two_editions_of_a_press_prize_told_by_roman_numbers_are_two_events() -> None:
    text = ("Tối 30/1/2025, Tỉnh ủy Sơn La tổng kết Giải báo chí về xây dựng Đảng tỉnh Sơn La lần thứ IV và phát "
            "động Giải báo chí về xây dựng Đảng tỉnh Sơn La lần thứ V.")
    names = [name for name, _ in events_of(text)]
    assert any(name.endswith("lần thứ IV") for name in names)
    assert any(name.endswith("lần thứ V") for name in names)


def test_an_event_inside_the_quoted_title_of_a_cited_guide_is_the_guides_subject() -> None:
    text = ("Thực hiện Hướng dẫn số 12-HD/ĐUK ngày 5/3/2019 của Đảng ủy Khối “về đại hội chi bộ tiến tới Đại hội "
            "đại biểu Đảng bộ Khối lần thứ IV, nhiệm kỳ 2020 - 2025. Chi bộ đã họp bàn kế hoạch.")
    assert events_of(text) == []


# ------------------------------------------------------------------ titles as pages print them


def test_titles_in_the_old_tone_placement_and_in_lower_case_after_their_first_letter() -> None:
    text = ("Dự lễ có ông Hà Văn Tám – Uỷ viên Trung ương Đảng, Bí thư Tỉnh ủy Cao Bằng; Phó chủ tịch Thường trực "
            "UBND tỉnh Lục Thị Mai.")
    people = persons_of(text)
    assert people["Hà Văn Tám"].startswith("Uỷ viên Trung ương Đảng")
    assert people["Lục Thị Mai"] == "Phó chủ tịch Thường trực UBND tỉnh"


def test_in_a_list_of_titles_before_names_each_title_goes_to_the_name_after_it() -> None:
    text = ("Sáng 2/4/2025, Phó Bí thư Tỉnh ủy Vi Văn Sơn, Giám đốc Sở Tài chính Hoàng Thu Trang, Phó Giám đốc "
            "Sở Nội vụ Đàm Quang Huy chủ trì hội nghị.")
    people = persons_of(text)
    assert people["Vi Văn Sơn"] == "Phó Bí thư Tỉnh ủy"
    assert people["Hoàng Thu Trang"] == "Giám đốc Sở Tài chính"
    assert people["Đàm Quang Huy"] == "Phó Giám đốc Sở Nội vụ"


def test_a_name_whose_comma_leads_to_the_next_persons_title_is_still_a_person() -> None:
    text = ("Chủ tịch UBND tỉnh Nông Văn Bình, Phó Chủ tịch Thường trực HĐND tỉnh - Trưởng đoàn đại biểu Quốc hội "
            "tỉnh Triệu Thị Hoa, Giám đốc Sở Y tế Mã Văn Lực dự hội nghị.")
    people = persons_of(text)
    assert people["Nông Văn Bình"] == "Chủ tịch UBND tỉnh"
    assert "Triệu Thị Hoa" in people
    assert people["Mã Văn Lực"] == "Giám đốc Sở Y tế"


def test_a_title_that_opens_the_clause_before_an_honorific_is_the_persons_role() -> None:
    text = "Tới dự có Bí thư Tỉnh ủy Lai Châu, ông Giàng Páo Mỷ; Bí thư Tỉnh đoàn, anh Lò Văn Pành cùng dự."
    people = persons_of(text)
    assert people["Giàng Páo Mỷ"] == "Bí thư Tỉnh ủy Lai Châu"
    assert "Lò Văn Pành" in people


def test_anh_before_a_word_that_is_no_family_name_names_nobody() -> None:
    text = "Các anh Hùng, Dũng và chị Em Thanh Niên Tình Nguyện đã giúp bà con."
    assert persons_of(text) == {}


# ------------------------------------------------------------------ committees of the mass organisations


def test_the_central_committee_of_a_mass_organisation_is_not_the_partys() -> None:
    text = ("Đại hội thảo luận báo cáo của Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam khóa VII; "
            "Ủy ban Trung ương MTTQ Việt Nam gửi lẵng hoa chúc mừng.")
    agencies = agencies_of(text)
    assert "Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam" in agencies
    assert "Ủy ban Trung ương MTTQ Việt Nam" in agencies
    assert "Ban Chấp hành Trung ương" not in agencies


def test_the_executive_committee_of_a_provincial_association_and_of_the_youth_union() -> None:
    text = ("Đại hội bầu Ban Chấp hành Hội Nông dân tỉnh Tuyên Quang khóa X; Ban Thường vụ Tỉnh đoàn chọn "
            "xã Kim Bình làm điểm và Ban Chấp hành Tỉnh đoàn khóa XVIII họp phiên đầu tiên.")
    agencies = agencies_of(text, "Tuyên Quang")
    assert agencies["Ban Chấp hành Hội Nông dân tỉnh Tuyên Quang"] == "Tuyên Quang"
    assert agencies["Ban Thường vụ Tỉnh đoàn Tuyên Quang"] == "Tuyên Quang"
    assert agencies["Ban Chấp hành Tỉnh đoàn Tuyên Quang"] == "Tuyên Quang"


def test_bch_is_the_executive_committee() -> None:
    text = "Sáng 9/4/2024, Ban Thường vụ Tỉnh ủy Điện Biên tổ chức Hội nghị BCH Đảng bộ tỉnh lần thứ 20."
    agencies = agencies_of(text, "Điện Biên")
    assert any(name.startswith("Ban Chấp hành Đảng bộ tỉnh") or name == "Tỉnh ủy Điện Biên" for name in agencies)


def test_the_provincial_youth_union_is_named_like_the_provincial_committee() -> None:
    assert agencies_of("Tỉnh đoàn Lạng Sơn phát động Tháng Thanh niên năm 2025.") == {"Tỉnh đoàn Lạng Sơn": "Lạng Sơn"}


# ------------------------------------------------------------------ one body in full and by its acronym


def test_a_department_named_in_full_and_by_its_acronym_is_one_body() -> None:
    text = ("Chiều 20/12, Sở Kế hoạch và Đầu tư tổng kết công tác năm. Giám đốc Sở KH&ĐT Lường Văn Quý chủ trì; "
            "Sở Nông nghiệp và PTNT và Sở NN&PTNT cùng một cơ quan.")
    agencies = agencies_of(text)
    assert "Sở Kế hoạch và Đầu tư" in agencies and "Sở KH&ĐT" not in agencies
    assert len([name for name in agencies if name.startswith("Sở N")]) == 1


def test_an_acronym_in_brackets_inside_a_name_and_the_short_form_after_it() -> None:
    text = ("Sáng 8/3, Hội Liên hiệp Phụ nữ (LHPN) tỉnh Bắc Kạn gặp mặt hội viên. Chủ tịch Hội LHPN tỉnh Bắc Kạn "
            "Hoàng Thị Hằng phát biểu; Hội LHPN Việt Nam gửi thư chúc mừng Hội Liên hiệp Phụ nữ (LHPN) Việt Nam.")
    agencies = agencies_of(text, "Bắc Kạn")
    assert agencies == {"Hội Liên hiệp Phụ nữ tỉnh Bắc Kạn": "Bắc Kạn", "Hội Liên hiệp Phụ nữ Việt Nam": None}


# ------------------------------------------------------------------ prizes and the subjects of anniversaries


def test_the_ranks_of_a_prize_are_no_contests() -> None:
    text = ("Ngày 12/10/2024, Hội Nông dân huyện tổ chức Hội thi Nhà nông đua tài năm 2024. Kết quả: Giải Nhất: "
            "Hội Nông dân xã Tân Lập; Giải Khuyến khích: Hội Nông dân xã Phú Mỹ.")
    assert [name for name, _ in events_of(text)] == ["Hội thi Nhà nông đua tài năm 2024"]


def test_the_man_an_anniversary_is_for_is_no_participant_even_named_first_in_a_headline() -> None:
    text = ("Dâng hương tưởng niệm 110 năm Ngày sinh đồng chí Hoàng Văn Thụ\n\nNhân kỷ niệm 110 năm Ngày sinh "
            "đồng chí Hoàng Văn Thụ (4/11/1909 - 4/11/2019), Bí thư Tỉnh ủy Lạng Sơn Lâm Thị Phương Thanh dâng hương.")
    people = _people(text)
    assert people["Hoàng Văn Thụ"] is False
    assert people["Lâm Thị Phương Thanh"] is True


def test_a_premier_born_a_century_ago_is_the_subject_of_the_anniversary() -> None:
    text = "Nhân kỷ niệm 100 năm ngày sinh Thủ tướng Võ Văn Kiệt, Sở Giao thông vận tải khởi công cầu mới."
    assert _people(text) == {"Võ Văn Kiệt": False}


# ------------------------------------------------------------------ where a body's name ends, and whose it is


def test_a_centre_named_after_its_region_takes_no_province() -> None:
    text = ("Dự hội nghị có đại diện Trung tâm Kiểm nghiệm thuốc thú y miền Trung và Sở Nông nghiệp và Môi trường "
            "tỉnh Phú Yên.")
    agencies = agencies_of(text, "Phú Yên")
    assert agencies["Trung tâm Kiểm nghiệm thuốc thú y miền Trung"] is None
    assert agencies["Sở Nông nghiệp và Môi trường tỉnh Phú Yên"] == "Phú Yên"


def test_an_unlisted_syllable_before_and_and_a_capitalised_component_stays_in_the_name() -> None:
    text = "Lễ trao giải diễn ra tại Trung tâm Văn hóa, Nghệ thuật xiếc và Biểu diễn tỉnh Hòa Bình."
    assert "Trung tâm Văn hóa, Nghệ thuật xiếc và Biểu diễn tỉnh Hòa Bình" in agencies_of(text, "Hòa Bình")


def test_attend_ends_a_name_but_not_the_words_it_begins() -> None:
    text = ("Bộ trưởng Bộ Y tế dự lễ; Ban Quản lý dự án đầu tư xây dựng tỉnh Cà Mau báo cáo dự toán; "
            "Sở Tài chính dự kiến bố trí vốn.")
    agencies = agencies_of(text, "Cà Mau")
    assert "Bộ Y tế" in agencies
    assert "Ban Quản lý dự án đầu tư xây dựng tỉnh Cà Mau" in agencies


def test_a_party_committee_closed_by_the_centre_is_central() -> None:
    text = "Đại tướng Lương Tam Quang, Bí thư Đảng ủy Công an Trung ương dự hội nghị của Công an tỉnh Sóc Trăng."
    agencies = agencies_of(text, "Sóc Trăng")
    assert agencies["Đảng ủy Công an Trung ương"] is None


def test_the_supreme_procuracy_is_central_and_two_levels_of_procuracies_are_no_body() -> None:
    text = ("Viện kiểm sát nhân dân tối cao tổ chức hội nghị giao ban Viện kiểm sát nhân dân hai cấp tại tỉnh "
            "Hậu Giang.")
    assert agencies_of(text, "Hậu Giang") == {"Viện kiểm sát nhân dân tối cao": None}


def test_the_executive_committee_of_the_party_committee_of_a_body_is_named_after_that_body() -> None:
    text = ("Ngày 20/12/2023, Ban Chấp hành Đảng ủy Tòa án nhân dân tỉnh Bình Phước làm việc với Ban Chấp hành "
            "Công đoàn cơ quan.")
    assert "Ban Chấp hành Đảng ủy Tòa án nhân dân tỉnh Bình Phước" in agencies_of(text, "Bình Phước")


def test_two_sessions_of_one_legislature_told_by_their_numbers_are_two_events() -> None:
    text = ("Trước Kỳ họp thứ 7, Quốc hội khóa XV, cử tri huyện Mèo Vạc kiến nghị nhiều nội dung. Sau Kỳ họp thứ 8, "
            "Quốc hội khóa XV, Đoàn ĐBQH tỉnh Hà Giang báo cáo kết quả.")
    names = [name for name, _ in events_of(text)]
    assert "Kỳ họp thứ 7, Quốc hội khóa XV" in names and "Kỳ họp thứ 8, Quốc hội khóa XV" in names


def test_a_standing_member_abbreviated_and_the_next_item_after_and() -> None:
    text = ("Dự có đồng chí Hầu A Lềnh, TVTU, Phó Chủ tịch UBND tỉnh; Giàng Seo Phử, Trưởng Ban Dân tộc HĐND tỉnh "
            "và đại biểu Sùng Thị Mai.")
    people = persons_of(text)
    assert people["Hầu A Lềnh"] == "TVTU, Phó Chủ tịch UBND tỉnh"
    assert people["Giàng Seo Phử"] == "Trưởng Ban Dân tộc HĐND tỉnh"


def test_a_city_committee_named_after_its_city() -> None:
    text = "Sáng 5/7, tại Hội trường Thành ủy Bảo Lộc, Thành ủy Bảo Lộc tổng kết công tác 6 tháng đầu năm."
    agencies = agencies_of(text)
    assert agencies == {"Thành ủy Bảo Lộc": "Lâm Đồng"}


def test_traffic_is_a_word_of_a_name_not_the_verb_to_assign() -> None:
    text = "Đại diện Ban An toàn giao thông tỉnh Ninh Bình phát biểu tại lễ phát động."
    assert "Ban An toàn giao thông tỉnh Ninh Bình" in agencies_of(text, "Ninh Bình")


def test_a_conference_hall_is_no_conference() -> None:
    text = "Sáng 12/9/2025, tại Trung tâm Hội nghị tỉnh Bắc Giang, Đại hội đại biểu Đảng bộ tỉnh lần thứ XX khai mạc."
    names = [name for name, _ in events_of(text)]
    assert names == ["Đại hội đại biểu Đảng bộ tỉnh lần thứ XX"]


def test_a_doctor_spelt_with_y_before_the_name() -> None:
    text = "Tiến sỹ Lục Văn Thắng trình bày tham luận tại hội thảo."
    assert "Lục Văn Thắng" in persons_of(text)


def test_a_short_name_in_brackets_is_the_same_body_wherever_it_is_used_again() -> None:
    text = ("Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh Sơn La (Ban Quản lý dự án) cho biết đã "
            "khởi công 3 công trình. UBND tỉnh Sơn La giao Ban Quản lý dự án đẩy nhanh tiến độ.")
    agencies = agencies_of(text, "Sơn La")
    assert [name for name in agencies if name.startswith("Ban Quản lý")] == [
        "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh Sơn La"]


def test_the_centre_of_an_association_is_not_merged_into_the_partys_central_committee() -> None:
    text = "Dự có Ủy viên Trung ương Đảng Lê Văn Minh và bà Hà Thị Lan, Phó Chủ tịch Ban Chấp hành Trung ương Hội NDVN."
    agencies = agencies_of(text)
    assert "Ban Chấp hành Trung ương" in agencies
    assert "Ban Chấp hành Trung ương Hội NDVN" in agencies


def test_the_council_of_ministers_is_central() -> None:
    text = "Nhân kỷ niệm ngày sinh Chủ tịch Hội đồng Bộ trưởng Phạm Văn Đồng, Tỉnh ủy Quảng Ngãi dâng hương."
    assert agencies_of(text, "Quảng Ngãi")["Hội đồng Bộ trưởng"] is None


def test_a_title_after_a_comma_ends_the_person_before_and_may_open_in_lower_case() -> None:
    text = ("Chiều 4/7, đồng chí Vi Văn Chung, phó Bí thư thường trực Huyện ủy, Chủ tịch HĐND huyện, đồng chí "
            "Lương Thị Hoa, ủy viên Ban Thường vụ Huyện ủy, Trưởng ban Tổ chức Huyện ủy trao Huy hiệu Đảng.")
    people = persons_of(text)
    assert people["Vi Văn Chung"].startswith("phó Bí thư thường trực")
    assert people["Lương Thị Hoa"].startswith("ủy viên Ban Thường vụ Huyện ủy")


def test_a_ceremony_to_award_badges_whose_head_verb_goes_on() -> None:
    text = "Sáng 2/9/2024, Đảng bộ xã Tân Lập tổ chức Lễ trao tặng Huy hiệu Đảng cho 9 đảng viên. Dự Lễ và trao huy hiệu có lãnh đạo huyện."
    assert events_of(text) == [("Lễ trao tặng Huy hiệu Đảng", "2024-09-02")]


def test_the_man_a_symposium_on_his_birth_is_for_is_no_participant() -> None:
    text = ("Sáng 20/10/2024, Tỉnh ủy Cao Bằng tổ chức Hội thảo khoa học kỷ niệm 120 năm ngày sinh đồng chí "
            "Hoàng Đình Giong; Bí thư Tỉnh ủy Trần Hồng Minh đồng chủ trì.")
    people = _people(text)
    assert people["Hoàng Đình Giong"] is False
    assert people["Trần Hồng Minh"] is True
    assert "Tỉnh ủy Cao Bằng" in agencies_of(text)


def test_abbreviated_titles_of_standing_members_and_deputy_secretaries() -> None:
    text = ("Đồng chí Lò Văn Hùng, UVTV Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Đinh Văn Mạnh - PBT "
            "Huyện ủy, Chủ tịch UBND huyện cùng dự.")
    people = persons_of(text)
    assert people["Lò Văn Hùng"].startswith("UVTV Tỉnh ủy")
    assert people["Đinh Văn Mạnh"].startswith("PBT Huyện ủy")


def test_names_listed_after_a_colon_are_each_a_person() -> None:
    text = "Chủ trì hội nghị có các Phó Chủ tịch UBND tỉnh: Hà Văn Sơn, Lường Thị Mai và Nông Quốc Bảo."
    assert {"Hà Văn Sơn", "Lường Thị Mai", "Nông Quốc Bảo"} <= set(persons_of(text))


def test_a_word_of_two_syllables_whose_second_is_a_verb_stays_in_the_name() -> None:
    text = "Vụ trưởng Vụ Chính sách đối ngoại, Bộ Ngoại giao truyền đạt chuyên đề thời sự tại hội nghị."
    assert "Bộ Ngoại giao" in agencies_of(text)


def test_standing_for_election_goes_on_in_a_meetings_name() -> None:
    text = ("Chiều 6/1/2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị giới thiệu người ứng cử "
            "đại biểu HĐND tỉnh khóa XVIII.")
    assert events_of(text)[0][0] == "Hội nghị giới thiệu người ứng cử đại biểu HĐND tỉnh khóa XVIII"


def test_equipment_is_a_word_of_a_name_not_the_passive_and_a_publisher_is_a_body() -> None:
    text = ("Công ty Cổ phần Sách và Thiết bị trường học Cà Mau, đơn vị thành viên của Nhà Xuất bản Giáo dục "
            "Việt Nam, trao 50 suất học bổng.")
    agencies = agencies_of(text)
    assert any(name.startswith("Công ty Cổ phần Sách và Thiết bị") for name in agencies)
    assert "Nhà xuất bản Giáo dục Việt Nam" in agencies


# ------------------------------------------------------------------ events named after documents, sports, press briefings


def test_a_conference_on_the_resolution_of_a_plenum_keeps_the_plenum_in_its_name() -> None:
    text = ("Sáng 12/12/2024, Tỉnh ủy Hà Nam tổ chức Hội nghị học tập, quán triệt Nghị quyết Hội nghị Trung ương 10 "
            "khóa XIII.")
    assert events_of(text) == [("Hội nghị học tập, quán triệt Nghị quyết Hội nghị Trung ương 10 khóa XIII",
                                "2024-12-12")]


def test_a_sports_meet_is_a_contest() -> None:
    text = "Ngày 20/8/2024, Công đoàn ngành Y tế tổ chức Hội thao người lao động ngành Y tế năm 2024."
    assert events_of(text) == [("Hội thao người lao động ngành Y tế năm 2024", "2024-08-20")]


def test_the_day_of_a_briefing_about_a_contest_is_not_the_contests() -> None:
    text = ("Sáng 4/6/2024, Hội Nhà báo tỉnh họp báo về Cuộc thi viết về gương người tốt việc tốt năm 2024.")
    assert events_of(text) == [("Cuộc thi viết về gương người tốt việc tốt năm 2024", None)]


def test_an_acronym_in_brackets_before_the_owning_committee() -> None:
    text = ("Ngày 2/3, Ủy ban Kiểm tra (UBKT) Tỉnh ủy Lào Cai họp kỳ thứ 40 xem xét kết quả kiểm tra tại Trung tâm "
            "Dịch vụ việc làm tỉnh Lào Cai.")
    agencies = agencies_of(text, "Lào Cai")
    assert agencies["Ủy ban Kiểm tra Tỉnh ủy Lào Cai"] == "Lào Cai"
    assert "Trung tâm Dịch vụ việc làm tỉnh Lào Cai" in agencies


def test_a_title_printed_in_lower_case_after_its_first_letter_ends_the_body_before_it() -> None:
    text = "Ông Hà Văn Sinh, tỉnh ủy viên, ủy viên Ban cán sự đảng, Phó chủ tịch UBND tỉnh Điện Biên đã dự."
    agencies = agencies_of(text, "Điện Biên")
    assert not [name for name in agencies if "Phó" in name]
    assert persons_of(text)["Hà Văn Sinh"].endswith("Phó chủ tịch UBND tỉnh Điện Biên")


def test_abbreviated_membership_of_the_central_committee_and_the_comrade_abbreviation() -> None:
    text = ("Đ/c Vàng Thị Mai, UVBCH Trung ương Đảng, Bí thư Tỉnh ủy tặng hoa; đồng chí Sùng A Hồ, UVT.Ư Đảng, "
            "Chủ tịch UBND tỉnh cùng dự.")
    people = persons_of(text)
    assert people["Vàng Thị Mai"].startswith("UVBCH Trung ương Đảng")
    assert people["Sùng A Hồ"].startswith("UVT.Ư Đảng")
    assert "Ban Chấp hành Trung ương" in agencies_of(text)


def test_an_office_of_two_councils_joined_by_an_ampersand_and_stations_of_a_district() -> None:
    text = ("Dự phiên họp có Trạm Khuyến nông, Trạm Y tế xã Tân Sỏi. Văn phòng HĐND&UBND huyện Yên Thế "
            "tổng hợp ý kiến; huyện Trạm Tấu cử đại diện.")
    agencies = agencies_of(text, "Bắc Giang")
    assert "Văn phòng HĐND và UBND huyện Yên Thế" in agencies  # (the name joins the two bodies with "và")
    assert any(name.startswith("Trạm Khuyến nông") for name in agencies)
    assert not [name for name in agencies if name.startswith("Trạm Tấu")]


def test_an_adviser_and_the_leader_of_a_delegation() -> None:
    text = ("Đoàn công tác do đồng chí Hà Văn Lâm, cố vấn Ban Chỉ đạo Trung ương làm trưởng đoàn đã làm việc "
            "tại tỉnh.")
    assert persons_of(text)["Hà Văn Lâm"] == "cố vấn Ban Chỉ đạo Trung ương"
    assert "Ban Chỉ đạo Trung ương" in agencies_of(text)


def test_the_day_opening_a_sentence_is_the_ceremonys_not_the_anniversary_it_marks() -> None:
    text = "Ngày 3/2/2025, nhân kỷ niệm 95 năm Ngày thành lập Đảng, Huyện ủy Bảo Lâm tổ chức Lễ trao Huy hiệu Đảng."
    dated = dict(events_of(text))
    assert dated["Lễ trao Huy hiệu Đảng"] == "2025-02-03"
    assert dated["Kỷ niệm 95 năm Ngày thành lập Đảng"] is None


def test_a_course_over_two_days_told_at_the_head_of_the_sentence_is_dated_by_its_first() -> None:
    text = "Trong 2 ngày 9 và 10/9/2024, Trường Chính trị tỉnh tổ chức Lớp bồi dưỡng cập nhật kiến thức."
    assert events_of(text) == [("Lớp bồi dưỡng cập nhật kiến thức", "2024-09-09")]


def test_a_standing_deputys_title_in_lower_case_is_no_standing_board() -> None:
    text = ("Phó bí thư Thường trực Tỉnh ủy Lò Văn Mừng, Phó trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy "
            "Cầm Thị Nga chủ trì hội nghị.")
    agencies = agencies_of(text)
    assert "Ban Tuyên giáo Tỉnh ủy" in agencies
    assert not [name for name in agencies if name.startswith(("Ban Thường trực", "Thường trực"))]


def test_a_ministers_title_names_the_ministry() -> None:
    text = ("Bộ trưởng Tài chính Hồ Đức Phớc và Thứ trưởng Giáo dục và Đào tạo Phạm Ngọc Thưởng dự; Bộ trưởng "
            "Bộ Công an phát biểu.")
    agencies = agencies_of(text)
    assert agencies["Bộ Tài chính"] is None
    assert "Bộ Giáo dục và Đào tạo" in agencies and "Bộ Công an" in agencies
    assert persons_of(text)["Hồ Đức Phớc"] == "Bộ trưởng Tài chính"


def test_a_committee_of_the_assembly_named_right_before_it_and_a_steering_board_with_a_slash() -> None:
    text = ("Dự có đại diện Ủy ban Đối ngoại Quốc hội, Ban Chỉ đạo 138/Chính phủ; Phó Thủ tướng Thường trực "
            "Chính phủ Lê Minh Khái, Trưởng Ban Chỉ đạo 138 Chính phủ chủ trì.")
    agencies = agencies_of(text)
    assert "Ủy ban Đối ngoại của Quốc hội" in agencies
    assert [name for name in agencies if name.startswith("Ban Chỉ đạo 138")] == ["Ban Chỉ đạo 138 Chính phủ"]
    assert not [name for name in agencies if name.startswith("Thường trực")]


def test_a_conference_on_a_list_of_kinds_of_documents_and_on_tasks_after_commas() -> None:
    text = ("Ngày 12/4/2024, Tỉnh ủy Bình Phước tổ chức Hội nghị quán triệt một số chỉ thị, quy định, kết luận của "
            "Ban Bí thư. Sáng 9/7/2024, Ban Tổ chức Tỉnh ủy tổ chức Hội nghị sơ kết công tác tổ chức 6 tháng đầu "
            "năm, triển khai phương hướng, nhiệm vụ 6 tháng cuối năm 2024.")
    names = [name for name, _ in events_of(text)]
    assert "Hội nghị quán triệt một số chỉ thị, quy định, kết luận của Ban Bí thư" in names
    assert any(name.endswith("nhiệm vụ 6 tháng cuối năm 2024") for name in names)


def test_a_briefing_on_the_results_of_a_plenum_keeps_the_plenum_in_its_name() -> None:
    text = ("Sáng 30/10/2024, Ban Thường vụ Tỉnh ủy tổ chức hội nghị thông báo nhanh kết quả Hội nghị lần thứ mười "
            "Ban Chấp hành Trung ương Đảng khóa XIII.")
    assert events_of(text)[0] == ("Hội nghị thông báo nhanh kết quả Hội nghị lần thứ mười Ban Chấp hành Trung ương "
                                  "Đảng khóa XIII", "2024-10-30")


def test_the_chief_of_the_general_staff_keeps_his_whole_chain_of_titles() -> None:
    text = ("Đại tướng Lê Văn Tâm, Ủy viên Trung ương Đảng, Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, "
            "Thứ trưởng Bộ Quốc phòng dự lễ.")
    assert persons_of(text)["Lê Văn Tâm"].endswith("Thứ trưởng Bộ Quốc phòng")
