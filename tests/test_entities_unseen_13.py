"""Thirteenth round of issue 12 probes, entities side: central news, communes and wards after the 2025 merger,
army and border-guard units, the Youth Union, the press, and the campaigns of mass organisations. Each sentence is
written for this file; each asserts what a reader of the page would check."""

from __future__ import annotations

from loaders.entities import find_entities
from tests.test_entities_unseen import agencies_of, events_of
from tests.test_local_party_unseen import persons_of

# ------------------------------------------------------------------ names of bodies: where they end


def test_logistics_is_one_word_of_a_departments_name() -> None:
    text = "Đại tá Trần Văn Bình, Chủ nhiệm Cục Hậu cần, Cục Kỹ thuật Quân khu 4 báo cáo kết quả."
    assert "Cục Hậu cần" in agencies_of(text)
    assert "Cục Hậu" not in agencies_of(text)


def test_a_ministry_ends_where_its_name_ends_and_the_verb_begins() -> None:
    text = "Lãnh đạo Vụ Châu Âu, Bộ Ngoại giao thông tin về kết quả chuyến thăm của Chủ tịch nước."
    found = agencies_of(text)
    assert "Bộ Ngoại giao" in found
    assert not any(name.startswith("Bộ Ngoại giao ") for name in found)


def test_a_ministry_abroad_keeps_its_country() -> None:
    assert "Bộ Tài chính Lào" in agencies_of("Bộ Tài chính Lào ký biên bản hợp tác với tỉnh.")


def test_an_acronym_with_an_ampersand_in_brackets_stays_out_of_the_name() -> None:
    text = ("Ban Tuyên giáo và Dân vận (TG&DV) Trung ương phối hợp với Bộ Y tế tổ chức hội thảo. "
            "Trưởng Ban TG&DV Trung ương phát biểu.")
    found = agencies_of(text)
    assert "Ban Tuyên giáo và Dân vận Trung ương" in found
    assert "Ban TG&DV Trung ương" not in found  # the same body by its acronym: one entry


def test_a_papers_name_ends_before_the_editor_named_after_it() -> None:
    text = "Phó Tổng Biên tập Báo Thanh Niên Trần Văn Nam trao giải cho các tác giả."
    assert "Báo Thanh Niên" in agencies_of(text)
    assert persons_of(text) == {"Trần Văn Nam": "Phó Tổng Biên tập Báo Thanh Niên"}


def test_a_branch_association_of_a_paper_and_its_chairman() -> None:
    text = "Chủ tịch Liên Chi hội Báo Hà Giang Đỗ Thị Hạnh tặng hoa các phóng viên lão thành."
    assert "Liên Chi hội Báo Hà Giang" in agencies_of(text)
    assert persons_of(text) == {"Đỗ Thị Hạnh": "Chủ tịch Liên Chi hội Báo Hà Giang"}


def test_a_journals_self_description_after_a_dash_is_not_its_name() -> None:
    text = "Báo Lao Động - Cơ quan của Tổng Liên đoàn Lao động Việt Nam tổ chức tọa đàm."
    found = agencies_of(text)
    assert "Báo Lao Động" in found
    assert "Tổng Liên đoàn Lao động Việt Nam" in found


def test_a_spaced_dash_between_components_still_joins_a_name() -> None:
    assert "Sở Văn hóa - Thể thao tỉnh Bình Định" in agencies_of("Sở Văn hóa - Thể thao tỉnh Bình Định tổ chức giải.")


def test_the_heads_first_word_after_a_comma_opens_a_second_body() -> None:
    text = "Bộ Chỉ huy Quân sự tỉnh kiện toàn Ban chỉ đạo, Ban giám khảo Hội thi bắn súng quân dụng năm 2024."
    assert not any("," in name for name in agencies_of(text))


def test_a_military_command_of_every_district_is_no_one_body() -> None:
    text = "Cuộc thi chính trị viên giỏi của Ban CHQS huyện, thị xã, thành phố được tổ chức hằng năm."
    assert agencies_of(text) == {}


def test_a_district_military_command_by_its_acronym() -> None:
    assert "Ban Chỉ huy Quân sự huyện Xuân Lộc" in agencies_of("Ban CHQS huyện Xuân Lộc đoạt giải nhất toàn đoàn.")


def test_councils_of_every_level_listed_bare_are_no_body() -> None:
    assert agencies_of("Hội nghị có đại diện UBND huyện, thị xã, thành phố trong tỉnh.") == {}


# ------------------------------------------------------------------ the Centre abbreviated: "T.Ư"


def test_an_alternate_member_of_the_abbreviated_centre_names_the_central_committee() -> None:
    text = "Chị Nguyễn Thị Lan (Ủy viên dự khuyết T.Ư Đảng) cùng anh Hồ Văn Minh, Bí thư thứ nhất T.Ư Đoàn dự lễ."
    found = agencies_of(text)
    assert "Ban Chấp hành Trung ương" in found
    assert "Trung ương Đoàn" in found


def test_the_youth_unions_secretariat_is_not_the_partys() -> None:
    text = "Các đồng chí trong Ban Bí thư T.Ư Đoàn về dự lễ ra quân tại tỉnh."
    found = agencies_of(text)
    assert "Ban Bí thư Trung ương Đoàn" in found
    assert "Ban Bí thư" not in found


def test_the_first_secretary_is_one_title() -> None:
    text = "Dự có anh Bùi Quang Huy, Bí thư thứ nhất T.Ư Đoàn, cùng lãnh đạo tỉnh."
    assert persons_of(text) == {"Bùi Quang Huy": "Bí thư thứ nhất T.Ư Đoàn"}


# ------------------------------------------------------------------ units and their province


def test_border_posts_before_their_provinces_border_guard_take_its_province() -> None:
    text = ("Ngày 5-2, Đồn Biên phòng Săm Pun và Đồn Biên phòng Lũng Cú, Bộ đội Biên phòng tỉnh Tuyên Quang "
            "phối hợp tổ chức chương trình văn nghệ.")
    found = agencies_of(text)
    assert found["Đồn Biên phòng Săm Pun"] == "Tuyên Quang"
    assert found["Đồn Biên phòng Lũng Cú"] == "Tuyên Quang"


def test_a_border_post_with_its_border_guard_in_brackets() -> None:
    text = "Đồn Biên phòng Cửa khẩu Cầu Treo (Bộ đội Biên phòng tỉnh Hà Tĩnh) bắt giữ đối tượng vận chuyển hàng cấm."
    assert agencies_of(text)["Đồn Biên phòng Cửa khẩu Cầu Treo"] == "Hà Tĩnh"


def test_schools_listed_together_take_no_province_from_each_other() -> None:
    found = agencies_of("Trường THPT Phan Đình Phùng, Trường THPT Việt Đức tham gia hội thi.")
    assert found == {"Trường THPT Phan Đình Phùng": None, "Trường THPT Việt Đức": None}


# ------------------------------------------------------------------ events


def test_a_movement_launched_by_its_quoted_name_is_a_campaign() -> None:
    text = "Ủy ban MTTQ tỉnh phát động phong trào thi đua “Dân vận khéo” trong toàn tỉnh."
    assert [name for name, _ in events_of(text)] == ["Phong trào thi đua “Dân vận khéo”"]


def test_a_movement_reviewed_by_its_quoted_name_is_a_campaign() -> None:
    text = "Hội Cựu chiến binh huyện sơ kết phong trào “Cựu chiến binh gương mẫu” năm 2024."
    assert [name for name, _ in events_of(text)] == ["Phong trào “Cựu chiến binh gương mẫu”"]


def test_a_movement_carried_on_is_no_event() -> None:
    text = "Các thôn tiếp tục thực hiện phong trào “Toàn dân bảo vệ an ninh Tổ quốc” gắn với xây dựng nông thôn mới."
    assert events_of(text) == []


def test_a_monthly_meeting_is_dated_by_the_day_that_opens_its_sentence() -> None:
    text = "Ngày 12/3, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị báo cáo viên tháng 3/2024 bằng hình thức trực tuyến."
    assert events_of(text) == [("Hội nghị báo cáo viên tháng 3/2024", "2024-03-12")]


def test_a_day_of_another_month_is_not_a_monthly_meetings() -> None:
    text = "Ngày 2/4, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị báo cáo viên tháng 3/2024."
    assert events_of(text) == [("Hội nghị báo cáo viên tháng 3/2024", None)]


def test_a_launch_named_after_its_year_takes_the_day_with_a_dot() -> None:
    text = "Ngày 28.6, Tỉnh đoàn Bình Định tổ chức lễ ra quân chiến dịch Thanh niên tình nguyện hè năm 2021."
    assert events_of(text) == [("Lễ ra quân chiến dịch Thanh niên tình nguyện hè năm 2021", "2021-06-28")]


def test_a_review_meeting_named_after_its_year_is_not_dated_by_that_year() -> None:
    assert events_of("Ngày 15/1, Tỉnh ủy tổ chức Hội nghị tổng kết năm 2023.") == [("Hội nghị tổng kết năm 2023", None)]


def test_a_headline_run_on_into_the_first_sentence_ends_at_its_day() -> None:
    text = ("Học tập chuyên đề năm 2024 tiến tới Đại hội lần thứ XIV của Đảng Ngày 12/3, Ban Tuyên giáo Tỉnh ủy "
            "tổ chức Hội nghị báo cáo viên tháng 3/2024 tại hội trường.")
    assert events_of(text) == [("Đại hội lần thứ XIV của Đảng", None),
                               ("Hội nghị báo cáo viên tháng 3/2024", "2024-03-12")]


def test_the_coming_time_is_no_word_of_a_congress() -> None:
    text = "Chi bộ thống nhất nội dung sinh hoạt chuyên đề về Đại hội XIV của Đảng thời gian tới."
    assert [name for name, _ in events_of(text)] == ["Đại hội XIV của Đảng"]


def test_the_media_a_contest_is_told_on_is_no_word_of_it() -> None:
    text = "Phòng Tuyên huấn đưa tin về hội thi trên các trang mạng xã hội của đơn vị."
    assert events_of(text) == []


def test_a_military_command_of_every_level_in_brackets_is_no_one_body() -> None:
    text = "Kế hoạch diễn tập giao cho Ban CHQS huyện (thị xã, thành phố) chuẩn bị lực lượng dân quân."
    assert agencies_of(text) == {}


def test_a_newsrooms_branch_of_the_journalists_association() -> None:
    text = "Liên chi hội Nhà báo Báo Tiền Phong tổ chức mít tinh kỷ niệm Ngày Báo chí cách mạng Việt Nam."
    assert "Liên chi hội Nhà báo Báo Tiền Phong" in agencies_of(text)


# ------------------------------------------------------------------ a commune's bodies named once


def test_a_secretarys_committee_takes_the_commune_of_the_council_he_chairs() -> None:
    text = "Tham dự có ông Lê Văn Tâm, Bí thư Đảng ủy, Chủ tịch HĐND xã Phú Lộc."
    found = agencies_of(text)
    assert "Đảng ủy xã Phú Lộc" in found
    assert "HĐND xã Phú Lộc" in found


def test_bare_committees_listed_before_a_wards_body_are_that_wards() -> None:
    found = agencies_of("Đảng ủy, HĐND, UBND xã Tân Lập tổ chức hội nghị tổng kết.")
    assert {"Đảng ủy xã Tân Lập", "HĐND xã Tân Lập", "UBND xã Tân Lập"} <= set(found)


def test_a_secretary_of_a_committee_of_an_office_is_no_communes() -> None:
    found = agencies_of("Ông Hoàng Văn Sơn, Bí thư Đảng ủy, Giám đốc Sở Y tế tỉnh Nghệ An phát biểu.")
    assert not any(name.startswith("Đảng ủy") for name in found)


# ------------------------------------------------------------------ elections and congresses


def test_an_election_by_its_term_is_one_event() -> None:
    text = ("Cử tri nô nức tham gia bầu cử đại biểu Quốc hội khóa XV và bầu cử đại biểu HĐND hai cấp "
            "nhiệm kỳ 2021-2026; chuẩn bị Đại hội đại biểu toàn quốc MTTQ Việt Nam.")
    names = [name for name, _ in events_of(text)]
    assert names[0] == "Bầu cử đại biểu Quốc hội khóa XV và bầu cử đại biểu HĐND hai cấp nhiệm kỳ 2021-2026"
    assert len(names) == 2


def test_an_election_that_a_cited_directive_is_about_is_no_event() -> None:
    text = ("Huyện ủy sơ kết Kế hoạch số 12-KH/TU ngày 3/6/2020 của Tỉnh ủy về lãnh đạo cuộc bầu cử đại biểu "
            "Quốc hội khóa XV và đại biểu HĐND nhiệm kỳ 2021-2026 trên địa bàn.")
    assert events_of(text) == []


def test_election_work_with_no_term_is_no_event() -> None:
    assert events_of("Công tác bầu cử đại biểu được chuẩn bị chu đáo, đúng luật.") == []


def test_congresses_of_every_level_joined_by_a_dashed_pair_are_no_one_congress() -> None:
    text = ("Chi bộ quán triệt việc chuẩn bị Đại hội Hội Nông dân và tổ chức chính trị - xã hội các cấp, hướng tới Đại "
            "hội đại biểu toàn quốc MTTQ Việt Nam.")
    assert [name for name, _ in events_of(text)] == ["Đại hội đại biểu toàn quốc MTTQ Việt Nam"]


def test_the_national_congress_is_not_the_branchs_congress_held_for_it() -> None:
    text = ("Đại hội Đảng bộ Cơ quan Báo Lao Động nhiệm kỳ 2020 - 2025 đã diễn ra. Đại hội thảo luận, góp ý vào "
            "các dự thảo báo cáo sẽ trình Đại hội XIII của Đảng.")
    names = [name for name, _ in events_of(text)]
    assert "Đại hội XIII của Đảng" in names
    assert len(names) == 2


def test_a_topical_seminar_with_no_name_is_no_event() -> None:
    assert events_of("Hai bên trao đổi kinh nghiệm thông qua hội thảo chuyên đề; tăng cường nghiên cứu.") == []


def test_a_topical_seminar_with_its_title_is_an_event() -> None:
    text = "Sáng 5/3/2024, Trường Chính trị tỉnh tổ chức Hội thảo chuyên đề “Phát huy giá trị văn hóa”."
    assert events_of(text) == [("Hội thảo chuyên đề “Phát huy giá trị văn hóa”", "2024-03-05")]


# ------------------------------------------------------------------ the Centre's new Party organisations, buildings


def test_the_party_organisations_set_up_under_the_centre_in_2025() -> None:
    text = ("Đảng bộ Quốc hội, Đảng bộ Chính phủ và Đảng bộ Mặt trận Tổ quốc, các đoàn thể Trung ương đã họp; Đảng "
            "bộ các cơ quan Đảng ở Trung ương họp sau.")
    found = agencies_of(text)
    assert {"Đảng bộ các cơ quan Đảng Trung ương", "Đảng bộ Chính phủ", "Đảng bộ Quốc hội",
            "Đảng bộ Mặt trận Tổ quốc, các đoàn thể Trung ương"} <= set(found)


def test_a_headquarters_named_after_a_body_is_a_place_not_the_body() -> None:
    text = "Cuộc gặp diễn ra tại trụ sở Ban Biên tập Tạp chí Tuyên giáo; lãnh đạo Tạp chí Tuyên giáo chủ trì."
    assert agencies_of(text) == {"Tạp chí Tuyên giáo": None}


def test_the_central_committee_with_the_partys_full_name() -> None:
    text = "Tạp chí Lý luận ra số mới, đăng bài về vai trò lãnh đạo của Trung ương Đảng Cộng sản Việt Nam."
    agencies, _, _ = find_entities(text)
    assert [(a.surface, a.name) for a in agencies if a.name.startswith("Ban Chấp hành")] == [
        ("Trung ương Đảng Cộng sản Việt Nam", "Ban Chấp hành Trung ương")]


# ------------------------------------------------------------------ the special zones, communes since July 2025


def test_the_party_committee_of_a_special_zone() -> None:
    text = ("Ngày 20/8, Đảng bộ đặc khu Vân Đồn tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. Đồng chí "
            "Nguyễn Văn Hùng, Bí thư Đảng ủy đặc khu Vân Đồn phát biểu.")
    found = agencies_of(text)
    assert {"Đảng bộ đặc khu Vân Đồn", "Đảng ủy đặc khu Vân Đồn"} <= set(found)
    assert persons_of(text) == {"Nguyễn Văn Hùng": "Bí thư Đảng ủy đặc khu Vân Đồn"}


def test_a_special_zones_peoples_committee_is_not_the_provinces() -> None:
    found = agencies_of("UBND đặc khu Phú Quốc làm việc với Sở Du lịch tỉnh An Giang về các dự án.")
    assert "UBND đặc khu Phú Quốc" in found
    assert "UBND tỉnh An Giang" not in found


def test_a_special_zones_council_and_its_chairman() -> None:
    text = "Chủ tịch HĐND đặc khu Côn Đảo Lê Văn Minh tiếp xúc cử tri."
    assert "HĐND đặc khu Côn Đảo" in agencies_of(text)
    assert persons_of(text) == {"Lê Văn Minh": "Chủ tịch HĐND đặc khu Côn Đảo"}


def test_a_special_economic_zone_is_no_commune() -> None:
    assert "Ban Quản lý đặc khu kinh tế Vân Đồn" in agencies_of("Ban Quản lý đặc khu kinh tế Vân Đồn họp phiên thường kỳ.")


# ------------------------------------------------------------------ army units and commanders


def test_a_division_commanders_title() -> None:
    text = "Thượng tá Lê Văn Bình, Sư đoàn trưởng Sư đoàn 312 báo cáo kết quả huấn luyện."
    assert persons_of(text) == {"Lê Văn Bình": "Thượng tá, Sư đoàn trưởng Sư đoàn 312"}


def test_a_border_posts_commander_and_political_officer() -> None:
    assert persons_of("Trung tá Hà Văn Quyết, Đồn trưởng Đồn Biên phòng Na Mèo cho biết.") == {
        "Hà Văn Quyết": "Trung tá, Đồn trưởng Đồn Biên phòng Na Mèo"}
    assert persons_of("Thiếu tá Lò Văn Tiến - Chính trị viên Đồn Biên phòng Pa Thơm cho biết.") == {
        "Lò Văn Tiến": "Thiếu tá, Chính trị viên Đồn Biên phòng Pa Thơm"}


def test_a_coast_guard_region_keeps_its_number() -> None:
    text = "Bộ Tư lệnh Vùng Cảnh sát biển 1 phối hợp với Học viện Quốc phòng tổ chức hội thảo."
    assert "Bộ Tư lệnh Vùng Cảnh sát biển 1" in agencies_of(text)


# ------------------------------------------------------------------ mass organisations


def test_the_youth_union_whose_founding_is_celebrated_is_the_whole_union() -> None:
    text = ("Ngày 26/3/2026, Tỉnh đoàn Nghệ An tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh "
            "(26/3/1931 - 26/3/2026).")
    found = agencies_of(text)
    assert found["Tỉnh đoàn Nghệ An"] == "Nghệ An"
    assert found["Đoàn Thanh niên Cộng sản Hồ Chí Minh"] is None


def test_the_youth_union_of_a_province_keeps_its_province() -> None:
    found = agencies_of("Đoàn TNCS Hồ Chí Minh tỉnh Nghệ An tổ chức đại hội.")
    assert found == {"Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Nghệ An": "Nghệ An"}


def test_the_youth_union_of_a_bloc_of_bodies() -> None:
    text = "Ban Thường vụ Đoàn Khối các cơ quan tỉnh Quảng Nam phát động Tháng Thanh niên năm 2025."
    assert agencies_of(text) == {"Ban Thường vụ Đoàn Khối các cơ quan tỉnh Quảng Nam": "Quảng Nam"}
    assert events_of(text) == [("Tháng Thanh niên năm 2025", None)]


def test_a_contests_year_after_its_quoted_title_is_part_of_its_name() -> None:
    text = "Hội LHPN tỉnh tổ chức Hội thi “Phụ nữ với pháp luật” năm 2025 thu hút 20 đội tham gia."
    assert events_of(text) == [("Hội thi “Phụ nữ với pháp luật” năm 2025", None)]


# ------------------------------------------------------------------ a ward named with a family name, then a person


def test_a_wards_last_word_may_be_a_family_name_before_the_chairmans_full_name() -> None:
    text = "Chủ tịch UBND phường Hải Châu Nguyễn Văn Lâm tiếp công dân định kỳ."
    assert agencies_of(text) == {"UBND phường Hải Châu": None}
    assert persons_of(text) == {"Nguyễn Văn Lâm": "Chủ tịch UBND phường Hải Châu"}


def test_a_commune_then_its_chairman() -> None:
    text = "Chủ tịch UBND xã Tân Lập Nguyễn Văn An phát biểu."
    assert persons_of(text) == {"Nguyễn Văn An": "Chủ tịch UBND xã Tân Lập"}


def test_a_city_abbreviated_with_a_dot_and_a_space_names_its_committee() -> None:
    text = "Học viện Chính trị khu vực II phối hợp với Ban Tuyên giáo và Dân vận Thành ủy TP. Hồ Chí Minh tổ chức hội thảo."
    assert agencies_of(text)["Ban Tuyên giáo và Dân vận Thành ủy TP. Hồ Chí Minh"] == "Hồ Chí Minh"


def test_the_last_item_of_a_steering_committees_task_list_after_and() -> None:
    text = "Ban Chỉ đạo quốc gia về giáo dục, đào tạo, khoa học và chuyển đổi số họp phiên đầu tiên."
    assert "Ban Chỉ đạo quốc gia về giáo dục, đào tạo, khoa học và chuyển đổi số" in agencies_of(text)


def test_a_predicate_after_and_ends_a_steering_committees_task_list() -> None:
    text = "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực và yêu cầu các cấp ủy thực hiện nghiêm."
    assert "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực" in agencies_of(text)


def test_an_ordinal_after_a_quoted_title_is_part_of_the_name() -> None:
    text = "Hội Cựu chiến binh tỉnh tổ chức Đại hội Thi đua “Cựu chiến binh gương mẫu” lần thứ VII (2024-2029)."
    assert [name for name, _ in events_of(text)] == ["Đại hội Thi đua “Cựu chiến binh gương mẫu” lần thứ VII"]


def test_a_departments_task_after_a_comma_runs_to_its_ministry_in_brackets() -> None:
    text = "Cục Phổ biến, giáo dục pháp luật (Bộ Tư pháp) phối hợp tổ chức cuộc thi tìm hiểu pháp luật."
    found = agencies_of(text)
    assert "Cục Phổ biến, giáo dục pháp luật" in found
    assert "Bộ Tư pháp" in found


# ------------------------------------------------------------------ the Youth Union of a commune by its short names


def test_the_youth_union_of_a_commune_by_its_shortest_name() -> None:
    text = "Đồng chí Nguyễn Văn Bình, Bí thư Đoàn xã Tân Lập phát biểu tại lễ ra quân."
    assert agencies_of(text) == {"Đoàn Thanh niên xã Tân Lập": None}
    assert persons_of(text) == {"Nguyễn Văn Bình": "Bí thư Đoàn xã Tân Lập"}


def test_the_youth_union_of_the_ward_the_text_names() -> None:
    text = "Hội Cựu chiến binh phường Bến Nghé và Đoàn Thanh niên phường tham gia Ngày Chủ nhật xanh."
    assert "Đoàn Thanh niên phường Bến Nghé" in agencies_of(text)


def test_a_bare_delegation_is_no_youth_union() -> None:
    assert agencies_of("Đoàn phường kiểm tra việc chấp hành quy định.") == {}
