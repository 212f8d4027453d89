"""Seventh round of issue 12 probes, entities side: commune news after the 2025 merger, boards named in their
heads' titles, procuracies and courts by their short forms, congresses of several days, headlines in capitals,
bylines. Each sentence is written for this file; each asserts what a reader of the page would check."""

from __future__ import annotations

from tests.test_entities_unseen import agencies_of, events_of
from tests.test_local_party_unseen import persons_of

# ------------------------------------------------------------------ a commune's bodies printed bare


def test_bare_commune_bodies_in_a_text_about_one_commune_are_that_communes() -> None:
    text = ("Sáng 2/7, HĐND xã Phước Lộc tổ chức kỳ họp thứ hai. Ông Trần Văn Bảy, Bí thư Đảng ủy xã, "
            "Chủ tịch HĐND xã chủ trì; bà Lâm Thị Hoa, Chủ tịch Ủy ban MTTQ xã và Thiếu tá Đỗ Văn Tư, "
            "Chỉ huy trưởng Ban Chỉ huy Quân sự xã cùng dự.")
    agencies = agencies_of(text)
    assert "Đảng ủy xã Phước Lộc" in agencies
    assert "Ủy ban MTTQ xã Phước Lộc" in agencies
    assert "Ban Chỉ huy Quân sự xã Phước Lộc" in agencies
    assert "HĐND xã Phước Lộc" in agencies
    two = ("Xã Hòa An và xã Hòa Bình được sáp nhập. Bí thư Đảng ủy xã phát biểu tại buổi lễ ở xã Hòa An "
           "và xã Hòa Bình.")
    assert not [name for name in agencies_of(two) if name.startswith("Đảng ủy xã")]  # which commune's: not said


def test_the_communes_executive_committee_and_its_party_committee_are_one_body() -> None:
    text = ("Ban Chấp hành Đảng bộ xã Tân Phú họp phiên thường kỳ. Đồng chí Lê Văn Tám, Bí thư Đảng ủy xã "
            "Tân Phú, kết luận phiên họp.")
    agencies = agencies_of(text)
    assert [name for name in agencies if "Tân Phú" in name] == ["Ban Chấp hành Đảng bộ xã Tân Phú"]


def test_a_city_committee_named_two_ways_is_one_body() -> None:
    text = ("Chiều 3/12/2025, Thành ủy Cần Thơ tổ chức hội nghị quán triệt chương trình hành động của Ban Chấp "
            "hành Đảng bộ thành phố Cần Thơ.")
    agencies = agencies_of(text)
    assert len([name for name in agencies if "Cần Thơ" in name]) == 1


def test_a_family_name_after_a_bare_huyen_is_the_person_not_the_district() -> None:
    text = ("Dự kỳ họp có Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện Trịnh Quốc Bảo; Phó Chủ tịch "
            "HĐND huyện Đoàn Thị Lụa.")
    persons = persons_of(text)
    assert persons["Trịnh Quốc Bảo"] == "Chủ tịch HĐND huyện"
    assert persons["Đoàn Thị Lụa"] == "Phó Chủ tịch HĐND huyện"
    assert not [name for name in agencies_of(text) if "Trịnh" in name or "Đoàn Thị" in name]


def test_a_bare_commune_body_before_a_report_verb_keeps_its_level() -> None:
    text = "Tại kỳ họp của xã Đông Sơn, UBND xã báo cáo tình hình kinh tế - xã hội sáu tháng đầu năm."
    assert "UBND xã Đông Sơn" in agencies_of(text)


# ------------------------------------------------------------------ boards named in their heads' titles


def test_a_board_printed_in_lowercase_in_its_heads_title_is_an_agency() -> None:
    text = ("Phát biểu tại lễ trao giải có ông Vương Đình Khải, Trưởng ban Tuyên giáo Tỉnh ủy, và bà Chu Thị "
            "Mai, Phó Trưởng ban Tổ chức Huyện ủy.")
    agencies = agencies_of(text)
    assert "Ban Tuyên giáo Tỉnh ủy" in agencies
    assert "Ban Tổ chức Huyện ủy" in agencies


def test_the_short_form_of_the_standing_board_names_it() -> None:
    text = "Hội nghị đã bầu BTV Huyện ủy khóa mới gồm 11 đồng chí."
    assert "Ban Thường vụ Huyện ủy" in agencies_of(text)


# ------------------------------------------------------------------ procuracies, courts, the Front by short forms


def test_procuracy_and_court_short_forms_are_their_bodies() -> None:
    text = ("Ông Mai Xuân Lộc, Viện trưởng VKSND tỉnh Hà Nam, và ông Tạ Văn Hùng, Chánh án TAND tỉnh Hà Nam, "
            "thực hiện Chỉ thị của Viện trưởng VKSND tối cao.")
    agencies = agencies_of(text)
    assert agencies["Viện Kiểm sát nhân dân tỉnh Hà Nam"] == "Hà Nam"
    assert agencies["Tòa án nhân dân tỉnh Hà Nam"] == "Hà Nam"
    assert "Viện Kiểm sát nhân dân tối cao" in agencies


def test_the_fronts_committee_by_its_short_form_and_the_election_committee() -> None:
    text = ("Tham dự có đại diện Ban Thường vụ Huyện ủy, UBMT huyện; Ủy ban bầu cử xã Đồng Tâm báo cáo kết quả "
            "bầu cử.")
    agencies = agencies_of(text)
    assert "Ban Thường vụ Huyện ủy" in agencies
    assert any(name.startswith("Ủy ban Mặt trận Tổ quốc") for name in agencies)
    assert "Ủy ban bầu cử xã Đồng Tâm" in agencies
    assert not [name for name in agencies if "," in name]


def test_a_ministry_joined_by_an_ampersand_keeps_its_whole_name() -> None:
    text = "Đoàn công tác của Bộ Giao thông & Vận tải kiểm tra dự án cao tốc."
    assert "Bộ Giao thông và Vận tải" in agencies_of(text)


def test_a_union_of_a_hall_named_after_conferences_keeps_the_halls_name() -> None:
    text = "Bà Lý Thu Hà, Chủ tịch Công đoàn Trung tâm Hội nghị Quốc gia, tặng hoa các đoàn viên."
    assert "Công đoàn Trung tâm Hội nghị Quốc gia" in agencies_of(text)


# ------------------------------------------------------------------ a headline in capitals


def test_a_body_in_a_headline_in_capitals_ends_with_the_place_the_text_spells() -> None:
    text = ("UBND PHƯỜNG HÒA KHÁNH TRIỂN KHAI KẾ HOẠCH PHÒNG CHỐNG BÃO\n"
            "Sáng 8/9, UBND phường Hòa Khánh họp triển khai kế hoạch phòng chống bão số 7.")
    agencies = agencies_of(text)
    assert list(agencies) == ["UBND phường Hòa Khánh"]


# ------------------------------------------------------------------ events: several days, qualifiers, ends


def test_a_congress_of_several_days_is_dated_by_its_first_day() -> None:
    text = ("Đại hội đại biểu Đảng bộ huyện lần thứ VI được tiến hành từ ngày 14 đến 16-9-1980 tại hội trường "
            "huyện.\nĐại hội đại biểu Đảng bộ huyện lần thứ VII được tiến hành từ ngày 29-8 đến ngày 2-9-1986.")
    assert events_of(text) == [("Đại hội đại biểu Đảng bộ huyện lần thứ VI", "1980-09-14"),
                               ("Đại hội đại biểu Đảng bộ huyện lần thứ VII", "1986-08-29")]


def test_a_date_with_dots_after_a_congress_is_its_date() -> None:
    text = ("Phát biểu tại Đại hội Hội Luật gia tỉnh lần thứ V, ngày 12.10.2022, ông Vũ Văn Khoa nhấn mạnh "
            "vai trò của luật gia.")
    assert events_of(text) == [("Đại hội Hội Luật gia tỉnh lần thứ V", "2022-10-12")]


def test_a_head_followed_by_a_level_a_length_or_an_adverb_names_no_event() -> None:
    text = ("Mỗi kỳ Đại hội đều để lại dấu ấn. Các đoàn về dự đại hội cấp trên. Thời gian diễn ra Đại hội "
            "2 ngày. Nội dung chuẩn bị Đại hội như sau.")
    assert events_of(text) == []


def test_a_congress_name_ends_when_its_owner_is_printed_again_after_its_ordinal() -> None:
    text = ("Hướng tới Đại hội Đảng bộ tỉnh Bình Định lần thứ XXI Đảng bộ tỉnh Bình Định đã thi đua lập "
            "nhiều thành tích.")
    assert [name for name, _ in events_of(text)] == ["Đại hội Đảng bộ tỉnh Bình Định lần thứ XXI"]


def test_a_contest_name_ends_before_the_person_named_after_its_year() -> None:
    text = "Phát biểu khai mạc Hội thi tuyên truyền viên giỏi năm 2024 Nguyễn Hữu Tâm cho biết có 20 thí sinh."
    assert [name for name, _ in events_of(text)] == ["Hội thi tuyên truyền viên giỏi năm 2024"]


# ------------------------------------------------------------------ people: bylines and street names


def test_an_author_line_with_a_label_and_a_job_names_the_author() -> None:
    text = "Xã tổ chức ra quân dọn vệ sinh môi trường.\nTác giả: Hà Văn Thịnh, công chức Văn phòng xã"
    assert persons_of(text) == {"Hà Văn Thịnh": "tác giả"}


def test_a_byline_closed_by_a_full_stop_names_the_author() -> None:
    text = "Kỳ họp đã bầu đủ các chức danh của UBND xã.\nMinh Khôi."
    assert persons_of(text) == {"Minh Khôi": "tác giả"}


def test_a_street_named_after_a_lady_after_its_house_number_is_no_person() -> None:
    text = "Đại hội diễn ra tại hội trường số 7 Bà Huyện Thanh Quan, quận 3."
    assert persons_of(text) == {}


def test_two_congresses_of_one_series_stay_two_after_a_mention_of_them_all() -> None:
    text = ("Sở Văn hóa giới thiệu các kỳ đại hội của Đảng bộ huyện.\n"
            "- Đại hội đại biểu Đảng bộ huyện lần thứ I họp từ ngày 3 đến 5-5-1960.\n"
            "- Đại hội đại biểu Đảng bộ huyện lần thứ II họp từ ngày 8 đến 10-6-1963.")
    assert events_of(text) == [("Đại hội đại biểu Đảng bộ huyện lần thứ I", "1960-05-03"),
                               ("Đại hội đại biểu Đảng bộ huyện lần thứ II", "1963-06-08")]


def test_a_member_of_the_central_committee_by_its_short_form_names_the_committee() -> None:
    text = "Đồng chí Lò Văn Muôn, Ủy viên TW Đảng, Bí thư Tỉnh ủy, phát biểu chỉ đạo."
    assert "Ban Chấp hành Trung ương" in agencies_of(text)


def test_a_bare_committee_listed_after_a_class_of_committees_is_a_class_too() -> None:
    text = "Hội thi có đại diện Ban Tuyên giáo các Tỉnh ủy, Thành ủy và Đảng ủy Khối cơ quan tỉnh Bắc Giang."
    assert not [name for name in agencies_of(text) if name.startswith(("Thành ủy", "Tỉnh ủy"))]


def test_every_comrade_listed_after_a_plural_honorific_is_a_person() -> None:
    text = "Đại hội bầu đồng chí Hà Văn Khôi làm Bí thư; các đồng chí Vi Thị Lan, Hoàng Văn Tài làm Phó Bí thư."
    assert set(persons_of(text)) == {"Hà Văn Khôi", "Vi Thị Lan", "Hoàng Văn Tài"}


def test_a_traditional_day_listed_after_an_anniversary_is_one_of_its_own() -> None:
    text = ("Hướng tới kỷ niệm 80 năm Ngày Cách mạng tháng Tám (19/8/1945 - 19/8/2025) và Ngày truyền thống "
            "Công an nhân dân (19/8/1945 - 19/8/2025), Công an tỉnh tổ chức hội thao.")
    assert ("Kỷ niệm Ngày truyền thống Công an nhân dân", "2025-08-19") in events_of(text)


def test_a_commune_body_at_the_end_of_a_line_keeps_its_level() -> None:
    text = "Ông Vũ Đình Phong giữ chức Chủ tịch HĐND xã\nCập nhật lúc 9 giờ. Kỳ họp của HĐND xã Yên Lạc đã bế mạc."
    agencies = agencies_of(text, "Vĩnh Phúc")
    assert [name for name in agencies if name.startswith("HĐND")] == ["HĐND xã Yên Lạc"]


def test_a_district_committee_printed_in_lowercase_is_the_huyen_uy() -> None:
    text = ("Dự kỳ họp có ông Lý Văn Sáng, Bí thư huyện ủy, và bà Đinh Thị Nga, Ủy viên Ban Thường vụ huyện ủy. "
            "Các huyện ủy, thị ủy đã gửi báo cáo; Nghị quyết của huyện ủy, HĐND huyện Bảo Lâm được quán triệt.")
    agencies = agencies_of(text)
    assert "Ban Thường vụ Huyện ủy Bảo Lâm" in agencies  # the district the text names
    assert "Huyện ủy Bảo Lâm" in agencies
    assert not [name for name in agencies if name.startswith("Thị ủy")]  # "các huyện ủy, thị ủy": a class


def test_a_congress_and_a_conference_about_one_body_stay_two_events() -> None:
    text = ("Ngày 12/5/2023, Hội Cựu chiến binh huyện tổ chức Hội nghị duyệt văn kiện Đại hội Hội Cựu chiến binh "
            "huyện lần thứ VII, nhiệm kỳ 2022 - 2027. Đại hội Hội Cựu chiến binh huyện dự kiến tổ chức vào ngày "
            "20/6/2023. Kinh phí tổ chức hội nghị quốc tế được bảo đảm.")
    events = events_of(text)
    assert ("Đại hội Hội Cựu chiến binh huyện", "2023-06-20") in events  # its own date, not the conference's
    assert [name for name, _ in events if name.startswith("Hội nghị")] == [
        "Hội nghị duyệt văn kiện Đại hội Hội Cựu chiến binh huyện lần thứ VII, nhiệm kỳ 2022 - 2027"]


def test_a_monthly_standing_session_is_an_event() -> None:
    text = "Ngày 26/3/2024, UBND tỉnh họp phiên thường kỳ tháng 3 để cho ý kiến vào các đề án."
    assert events_of(text) == [("Phiên thường kỳ tháng 3", "2024-03-26")]


def test_whom_a_training_is_for_right_after_its_head_is_its_name() -> None:
    text = "Hôm qua, Sở Nội vụ khai mạc hội nghị tập huấn cho công chức cấp xã năm 2025 tại thành phố Vinh."
    assert [name for name, _ in events_of(text)] == ["Hội nghị tập huấn cho công chức cấp xã năm 2025"]
