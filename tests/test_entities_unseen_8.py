"""Eighth round of issue 12 probes, entities side: National Assembly delegations and their members listed after
a colon, prepositions of two syllables after a body or an event, police, army, hospitals, schools and mass
organisations. Each sentence is written for this file; each asserts what a reader of the page would check."""

from __future__ import annotations

from tests.test_entities_unseen import agencies_of, events_of
from tests.test_local_party_unseen import persons_of

# ------------------------------------------------------------------ people listed after a colon


def test_members_listed_after_a_plural_title_and_a_colon_are_people_holding_it() -> None:
    text = ("Cùng dự buổi tiếp xúc có các Đại biểu Quốc hội: Lê Văn Tám, Khang Thị Hoa, Giàng A Tủa.")
    persons = persons_of(text)
    assert persons == {"Lê Văn Tám": "Đại biểu Quốc hội", "Khang Thị Hoa": "Đại biểu Quốc hội",
                       "Giàng A Tủa": "Đại biểu Quốc hội"}


def test_a_family_name_missing_from_the_table_is_a_name_in_a_list_of_names() -> None:
    text = "Có mặt các đồng chí: Mạnh Văn Tư, Trần Thị Na và Lê Quốc Bảo."
    assert set(persons_of(text)) == {"Mạnh Văn Tư", "Trần Thị Na", "Lê Quốc Bảo"}


def test_places_listed_after_a_colon_are_not_people_even_when_named_after_people() -> None:
    text = "Đoàn đã khảo sát tại các xã: Hoàng Hoa, Lê Lợi, Quang Trung và thị trấn Yên Lạc."
    assert persons_of(text) == {}
    text = "Cùng đi có các ông: Hồ Văn Ba, Lý Thị Sen; đoàn thăm các phường: Trần Phú, Lê Lợi."
    assert set(persons_of(text)) == {"Hồ Văn Ba", "Lý Thị Sen"}


def test_a_list_with_one_name_only_is_not_read_as_a_list_of_names() -> None:
    text = "Tham dự có các đại biểu: Sở Y tế, Sở Tài chính và Lê Văn Sáu."
    assert "Sở Y Tế" not in persons_of(text)


def test_family_names_of_the_table_include_lu_and_khang() -> None:
    text = "Dự họp có Lữ Văn Tư, Bí thư Đảng ủy xã; Khang Thị Lan, Phó Chủ tịch UBND xã."
    persons = persons_of(text)
    assert persons["Lữ Văn Tư"].startswith("Bí thư Đảng ủy")
    assert persons["Khang Thị Lan"].startswith("Phó Chủ tịch UBND xã")


# ------------------------------------------------------------------ titles before a name


def test_a_deputy_written_as_dbqh_before_the_name_is_a_person_with_that_title() -> None:
    text = ("Đoàn gồm ĐBQH Vương Văn Hải - Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh; ĐBQH Đinh Thị Hòa - "
            "Ủy viên Ủy ban Pháp luật của Quốc hội.")
    persons = persons_of(text)
    assert persons["Vương Văn Hải"].startswith("ĐBQH")
    assert persons["Đinh Thị Hòa"].startswith("ĐBQH")


def test_a_chief_accountant_before_the_name_is_that_persons_title() -> None:
    text = "Báo cáo tài chính năm 2024 do Kế toán trưởng Phùng Thị Mai trình bày."
    assert persons_of(text) == {"Phùng Thị Mai": "Kế toán trưởng"}


# ------------------------------------------------------------------ two-syllable prepositions end a name


def test_doi_voi_after_a_ministry_ends_its_name() -> None:
    text = "Đó là sự ghi nhận của lãnh đạo Bộ Công an đối với những đóng góp của lực lượng cơ sở."
    assert agencies_of(text) == {"Bộ Công an": None}


def test_doi_alone_still_continues_a_name() -> None:
    text = "Ông Lê Văn Tám, Trưởng Ban Đối ngoại Tỉnh ủy Hà Giang, dự hội nghị."
    assert "Ban Đối ngoại Tỉnh ủy Hà Giang" in agencies_of(text)


def test_ve_phia_after_a_meetings_head_points_back_to_it() -> None:
    text = ("Sáng 8/1/2024, Cục Quản lý dược tổ chức Hội nghị tổng kết năm 2023. Tham dự Hội nghị về phía "
            "Bộ Y tế có Thứ trưởng Đỗ Văn Tư.")
    assert events_of(text) == [("Hội nghị tổng kết năm 2023", "2024-01-08")]
    assert "Bộ Y tế" in agencies_of(text)


# ------------------------------------------------------------------ hospitals


def test_a_lowercase_trung_uong_closes_a_hospitals_name_and_is_part_of_it() -> None:
    text = "Đoàn đến thăm Bệnh viện Nội tiết trung ương và Bệnh viện Phụ sản trung ương."
    agencies = agencies_of(text)
    assert "Bệnh viện Nội tiết trung ương" in agencies
    assert "Bệnh viện Phụ sản trung ương" in agencies


def test_bv_is_the_short_form_of_benh_vien() -> None:
    text = "Ông Lê Văn Tám, Giám đốc BV Mắt Trung ương, và nguyên Phó Giám đốc BV Đỗ Thị Hà cùng dự."
    assert "Bệnh viện Mắt Trung ương" in agencies_of(text)
    assert persons_of(text)["Đỗ Thị Hà"] == "Phó Giám đốc BV"
    assert agencies_of("(BVPL) - Sáng nay, đơn vị tổ chức lễ ra quân.") == {}


# ------------------------------------------------------------------ provincial bodies


def test_provinces_listed_after_a_body_that_ends_with_one_name_the_same_body_of_each() -> None:
    text = ("Đoàn công tác của Ban Tuyên giáo Trung ương làm việc với Ban Thường vụ Tỉnh ủy Hà Giang, Tuyên "
            "Quang. Các Bí thư Tỉnh ủy Hà Giang, Tuyên Quang và Cao Bằng báo cáo.")
    agencies = agencies_of(text)
    assert agencies["Ban Thường vụ Tỉnh ủy Tuyên Quang"] == "Tuyên Quang"
    assert agencies["Tỉnh ủy Tuyên Quang"] == "Tuyên Quang"
    assert agencies["Tỉnh ủy Cao Bằng"] == "Cao Bằng"


def test_a_longer_capitalised_name_after_the_comma_is_not_a_province_of_the_list() -> None:
    text = "Sở Du lịch Hà Giang, Hà Nội Tourist và Sở Y tế cùng dự."
    assert not [name for name in agencies_of(text) if name.endswith("Hà Nội")]


def test_a_delegation_printed_in_lowercase_in_its_heads_title_is_the_delegation() -> None:
    text = "Đồng chí Lê Văn Tám, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh chủ trì hội nghị."
    assert "Đoàn ĐBQH tỉnh" in agencies_of(text)
    text = "Bà Hà Thị Lan, Phó trưởng đoàn ĐBQH tỉnh Yên Bái phát biểu."
    assert agencies_of(text) == {"Đoàn ĐBQH tỉnh Yên Bái": "Yên Bái"}
    assert persons_of(text)["Hà Thị Lan"].startswith("Phó trưởng đoàn")


# ------------------------------------------------------------------ events


def test_a_festival_is_an_event() -> None:
    text = "Tối 5/8/2024, UBND tỉnh Lâm Đồng tổ chức khai mạc Festival Hoa Đà Lạt năm 2024."
    assert [name for name, _ in events_of(text)] == ["Festival Hoa Đà Lạt năm 2024"]
    assert events_of("Nhiều festival được tổ chức trong năm.") == []


def test_a_quoted_event_name_runs_to_its_closing_quote_past_its_commas() -> None:
    text = "Chiều 10/1, ngành văn hóa tổ chức “Khai hội Văn hóa, Thể thao và Du lịch tỉnh Quảng Bình năm 2025” tại Đồng Hới."
    # (the day that opens the sentence, in the year the festival's name ends with, as for a contest)
    assert events_of(text) == [("Khai hội Văn hóa, Thể thao và Du lịch tỉnh Quảng Bình năm 2025", "2025-01-10")]


def test_the_meeting_of_cadres_and_civil_servants_keeps_its_comma() -> None:
    text = "Ngày 7/3/2024, Công đoàn cơ quan tổ chức Hội nghị cán bộ, công chức, viên chức năm 2024."
    assert events_of(text) == [("Hội nghị cán bộ, công chức, viên chức năm 2024", "2024-03-07")]


def test_a_contest_for_holders_of_titles_is_named_after_them() -> None:
    text = ("Sáng 3/4/2024, Bộ Quốc phòng khai mạc cuộc thi Chỉ huy trưởng, Chính ủy Bộ Chỉ huy quân sự tỉnh "
            "năm 2024.")
    assert events_of(text) == [("Cuộc thi Chỉ huy trưởng, Chính ủy Bộ Chỉ huy quân sự tỉnh năm 2024", "2024-04-03")]
    text = "Tại cuộc thi, Chủ tịch UBND tỉnh Lê Văn Tám phát biểu."
    assert events_of(text) == []


def test_a_contest_opened_by_a_ceremony_is_dated_by_the_sentence_and_ends_before_a_second_act() -> None:
    text = ("Vào sáng ngày 12/12/2024, Đoàn trường tổ chức Lễ khai mạc Hội thao Giáo dục quốc phòng năm 2024 và "
            "tổng kết các hoạt động trong năm.")
    assert events_of(text) == [("Hội thao Giáo dục quốc phòng năm 2024", "2024-12-12")]


def test_anniversaries_named_by_their_years_after_an_occasion_word() -> None:
    text = ("Hội thi diễn ra trong chuỗi hoạt động chào mừng 80 năm Ngày thành lập Quân đội nhân dân Việt Nam "
            "(22/12/1944 - 22/12/2024), 35 năm Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2024).")
    events = events_of(text)
    assert ("Kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam", "2024-12-22") in events
    assert ("Kỷ niệm 35 năm Ngày hội Quốc phòng toàn dân", "2024-12-22") in events
    assert not [name for name, _ in events if name.startswith("Ngày hội")]


def test_two_capitalised_components_joined_by_a_dash_are_one_events_name() -> None:
    text = ("Tối 2/11/2023, tỉnh long trọng khai mạc Ngày hội Văn hóa - Du lịch Cà Mau và Lễ hội Dừa năm 2023 "
            "với chủ đề “Vươn ra biển lớn”.")
    assert events_of(text) == [("Ngày hội Văn hóa - Du lịch Cà Mau", "2023-11-02"),
                               ("Lễ hội Dừa năm 2023", "2023-11-02")]


def test_events_joined_by_va_after_one_verb_share_the_sentences_date() -> None:
    text = ("Ngày 8/1/2024, Cục tổ chức Hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024 và Hội nghị cán "
            "bộ, công chức năm 2023.")
    assert [date for _, date in events_of(text)] == ["2024-01-08", "2024-01-08"]


def test_a_comma_between_an_anniversarys_count_and_its_day_does_not_split_it() -> None:
    text = "Hội thi diễn ra nhân dịp kỷ niệm 78 năm, Ngày truyền thống lực lượng CAND (19/8/1945 – 19/8/2023)."
    events = events_of(text)
    assert len(events) == 1
    assert events[0][1] == "2023-08-19" and "Ngày truyền thống lực lượng CAND" in events[0][0]


def test_an_author_named_after_tac_gia_is_a_person() -> None:
    text = "Giải B được trao cho tác giả Đinh Văn Tuấn với tác phẩm “Mùa gặt”."
    assert "Đinh Văn Tuấn" in persons_of(text)


def test_a_body_of_each_province_listed_after_cac_tinh() -> None:
    text = "Dự có đại diện lãnh đạo Sở Văn hóa, Thể thao và Du lịch các tỉnh Hà Tĩnh, Quảng Bình và Quảng Trị."
    assert agencies_of(text, locality="Nghệ An") == {
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh": "Hà Tĩnh",
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Bình": "Quảng Bình",
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị": "Quảng Trị"}


def test_every_level_of_an_organisation_is_no_one_body() -> None:
    text = "Hội nghị có gần 900 cán bộ chủ chốt các cấp Hội Nông dân trong cả nước."
    assert agencies_of(text) == {}


def test_a_paper_named_in_the_source_tag_that_opens_the_article_is_no_entity() -> None:
    text = "(Báo Quảng Trị) - Sáng nay, Công an tỉnh tổ chức hội nghị tổng kết năm."
    assert "Báo Quảng Trị" not in agencies_of(text)
    text = "Bài viết đăng trên Báo Quảng Trị số ra ngày 5/3."
    assert "Báo Quảng Trị" in agencies_of(text)


def test_an_academic_title_after_a_bodys_head_is_the_persons_not_the_bodys_name() -> None:
    text = "Huân chương Lao động hạng Nhất được trao cho Giám đốc Bệnh viện PGS.TS. Lê Văn Tám."
    assert not [name for name in agencies_of(text) if "PGS" in name]
    assert "Lê Văn Tám" in persons_of(text)


def test_the_presidium_of_the_fronts_committee_is_a_body_and_a_congresss_is_not() -> None:
    text = "Căn cứ Nghị quyết liên tịch giữa Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam và Ủy ban Thường vụ Quốc hội."
    assert "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam" in agencies_of(text)
    text = "Đại hội đã bầu Đoàn Chủ tịch gồm 9 đồng chí và Đoàn Thư ký gồm 2 đồng chí."
    assert not [name for name in agencies_of(text) if name.startswith("Đoàn Chủ tịch")]


def test_the_federation_of_literature_and_arts_associations_is_a_body() -> None:
    text = "Bà Trần Thị Hoa, Phó Chủ tịch Liên hiệp các Hội Văn học nghệ thuật Việt Nam, phát biểu."
    assert "Liên hiệp các Hội Văn học nghệ thuật Việt Nam" in agencies_of(text)


def test_a_numbered_task_force_is_named_with_the_central_body_printed_after_its_number() -> None:
    text = "Sáng 3/9, Tổ công tác số 2 Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy Cao Bằng."
    agencies = agencies_of(text)
    assert agencies["Tổ công tác số 2 Bộ Chính trị"] is None
    assert agencies["Ban Thường vụ Tỉnh ủy Cao Bằng"] == "Cao Bằng"


def test_police_units_listed_by_their_codes_are_one_body_each() -> None:
    text = "Các tập thể Phòng PC03, PA06 và PA07 Công an tỉnh Bình Dương đón nhận Bằng khen của Bộ Công an."
    agencies = agencies_of(text)
    assert {name for name in agencies if name.startswith("Phòng")} == {
        "Phòng PC03 tỉnh Bình Dương", "Phòng PA06 tỉnh Bình Dương", "Phòng PA07 tỉnh Bình Dương"}
    assert agencies["Phòng PA07 tỉnh Bình Dương"] == "Bình Dương"


def test_words_of_a_name_after_a_comma_still_join_it() -> None:
    text = "Ông Lê Văn Tám, Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Định phát biểu."
    assert "Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Định" in agencies_of(text)


def test_uvbtv_written_as_one_word_names_the_standing_board() -> None:
    text = "Đồng chí Lê Văn Tám, UVBTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự họp."
    agencies = agencies_of(text)
    assert "Ban Thường vụ Tỉnh ủy" in agencies and "Tỉnh ủy" not in agencies
    text = "Đồng chí Lê Văn Tám, UVBTV Thành ủy Hải Phòng phát biểu."
    assert agencies_of(text) == {"Ban Thường vụ Thành ủy Hải Phòng": "Hải Phòng"}
    assert persons_of(text)["Lê Văn Tám"] == "UVBTV Thành ủy Hải Phòng"


def test_an_event_head_after_la_says_what_an_event_is_not_another_one() -> None:
    text = ("Lãnh đạo Hội tặng hoa chúc mừng Đại hội Hội Nông dân huyện Kim Sơn, là đại hội cấp huyện cuối cùng "
            "trong tỉnh.")
    assert [name for name, _ in events_of(text)] == ["Đại hội Hội Nông dân huyện Kim Sơn"]


def test_an_event_head_followed_by_voi_is_the_event_named_before() -> None:
    text = ("Tối 2/11/2023, tỉnh khai mạc Lễ hội Dừa năm 2023. Phó Thủ tướng khẳng định: Ngày hội với nhiều hoạt "
            "động mang đậm bản sắc văn hóa là hoạt động thiết thực.")
    assert [name for name, _ in events_of(text)] == ["Lễ hội Dừa năm 2023"]


def test_a_sentence_that_says_this_is_a_meeting_still_names_it() -> None:
    text = "Đây là hội nghị tổng kết năm 2023 của Sở Nội vụ tỉnh Hà Giang."
    assert [name for name, _ in events_of(text)] == ["Hội nghị tổng kết năm 2023 của Sở Nội vụ tỉnh Hà Giang"]
