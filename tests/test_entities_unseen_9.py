"""Ninth round of issue 12 probes, entities side: foreign ministries, diplomats and UN agencies, village heads and
specialist doctors, elections, festivals dated from their own name, tasks of steering committees listed over
several commas, and numbered units. Each sentence is written for this file; each asserts what a reader of the
page would check."""

from __future__ import annotations

from tests.test_entities_unseen import agencies_of, events_of
from tests.test_local_party_unseen import persons_of

# ------------------------------------------------------------------ foreign bodies and diplomats


def test_a_country_closes_a_foreign_ministry_and_the_name_after_it_is_its_minister() -> None:
    text = "Sáng 3/5, Bộ trưởng Ngoại giao Nhật Bản Sato Kenji đã hội đàm tại Hà Nội."
    assert "Bộ Ngoại giao Nhật Bản" in agencies_of(text)
    assert not any("Sato" in a for a in agencies_of(text))
    assert persons_of(text) == {"Sato Kenji": "Bộ trưởng Ngoại giao Nhật Bản"}


def test_a_country_after_a_long_ministry_name_closes_it_too() -> None:
    text = "Dự hội nghị có Bộ trưởng Ngoại giao và Thương mại Australia Penny Wong."
    assert "Bộ Ngoại giao và Thương mại Australia" in agencies_of(text)
    assert persons_of(text) == {"Penny Wong": "Bộ trưởng Ngoại giao và Thương mại Australia"}


def test_a_country_inside_a_vietnamese_name_does_not_cut_it() -> None:
    text = "Trường THCS Lê Đức Thọ tổ chức lễ khai giảng năm học mới."
    assert "Trường THCS Lê Đức Thọ" in agencies_of(text)


def test_an_ambassador_and_a_foreign_minister_are_titles_before_a_name() -> None:
    text = ("Chiều 12/6, Phó Thủ tướng tiếp Đại sứ Hàn Quốc Choi Young Sam. Trước đó, Ngoại trưởng Canada "
            "Mélanie Joly đã gặp Thứ trưởng Ngoại giao Đỗ Hùng Việt.")
    persons = persons_of(text)
    assert persons["Choi Young Sam"] == "Đại sứ Hàn Quốc"
    assert persons["Mélanie Joly"] == "Ngoại trưởng Canada"


def test_an_embassy_is_named_with_its_country_and_host() -> None:
    text = "Ngày 2/9, Đại sứ quán Thụy Điển tại Việt Nam tổ chức tiệc chiêu đãi."
    assert "Đại sứ quán Thụy Điển tại Việt Nam" in agencies_of(text)


def test_un_agencies_are_bodies() -> None:
    text = "Ông Lê Văn Minh làm việc với đại diện UNFPA và Tổ chức Y tế Thế giới về chăm sóc người cao tuổi."
    agencies = agencies_of(text)
    assert "UNFPA" in agencies
    assert "Tổ chức Y tế Thế giới" in agencies


def test_a_territory_after_a_company_is_its_place_not_a_body() -> None:
    text = "Bí thư Tỉnh ủy tiếp ông Lâm Chí Minh, Chủ tịch Tập đoàn Phú Hưng, Đài Loan (Trung Quốc)."
    agencies = agencies_of(text)
    assert "Tập đoàn Phú Hưng" in agencies
    assert not any("Đài Loan" in a for a in agencies)


def test_a_double_family_name_joined_by_a_hyphen_is_one_name() -> None:
    text = "Tham dự có bà Ana García-Lopez, Lãnh sự danh dự tại Đà Nẵng."
    assert "Ana García-Lopez" in persons_of(text)
    text = "Ông Lê Văn Tám-Phó Chủ tịch UBND huyện phát biểu."
    assert "Lê Văn Tám" in persons_of(text)


def test_a_middle_name_cut_to_its_initial_is_the_same_person() -> None:
    text = "Ngoại trưởng Pháp Jean Marc Ayrault đến Huế. Ông Jean M.Ayrault thăm Đại Nội."
    assert list(persons_of(text)) == ["Jean Marc Ayrault"]


# ------------------------------------------------------------------ village heads and specialist doctors


def test_a_village_head_title_opens_a_name_with_no_known_family_name() -> None:
    text = "Trưởng bản Sùng A Chử đã kịp thời báo tin cho người dân sơ tán."
    assert persons_of(text) == {"Sùng A Chử": "Trưởng bản"}


def test_a_specialist_doctors_degree_after_dong_chi_stands_before_the_name() -> None:
    text = "Sáng 9/4, đồng chí BSCKII Lò Thị Hoa- Phó Giám đốc Sở Y tế kiểm tra công tác tiêm chủng."
    assert persons_of(text) == {"Lò Thị Hoa": "Phó Giám đốc Sở Y tế"}


def test_the_poster_of_an_article_on_the_bodys_site_is_its_author() -> None:
    text = "Bệnh viện tổ chức khám miễn phí cho người dân.\n\nĐăng bởi: Thu Trang"
    assert persons_of(text) == {"Thu Trang": "tác giả"}


# ------------------------------------------------------------------ names of bodies


def test_two_syllable_words_of_a_bodys_name_go_on_in_lowercase() -> None:
    text = "Phó Trưởng Ban Công tác đại biểu Lê Văn An phát biểu. Hội đồng Bầu cử Quốc gia họp phiên thứ hai."
    agencies = agencies_of(text)
    assert "Ban Công tác đại biểu" in agencies
    assert "Hội đồng Bầu cử Quốc gia" in agencies


def test_a_steering_committees_task_runs_over_several_items() -> None:
    text = "Chiều 3/4 diễn ra phiên họp thứ nhất của Ban Chỉ đạo phát triển du lịch, dịch vụ, thương mại."
    assert "Ban Chỉ đạo phát triển du lịch, dịch vụ, thương mại" in agencies_of(text)


def test_a_body_named_after_cooperatives_is_not_a_class_of_commune_bodies() -> None:
    text = "Ông Hồ Văn Tư, Trưởng Ban Chỉ đạo phát triển kinh tế tập thể, hợp tác xã chủ trì."
    assert "Ban Chỉ đạo phát triển kinh tế tập thể, hợp tác xã" in agencies_of(text)


def test_a_standing_body_in_apposition_is_not_part_of_the_ministrys_name() -> None:
    text = "Sở Nội vụ – Cơ quan thường trực Hội đồng Thi đua tỉnh đã báo cáo kết quả."
    assert "Sở Nội vụ" in agencies_of(text)


def test_a_units_number_before_a_bracket_or_a_function_word_ends_its_name() -> None:
    text = "Đại tá Lê Văn Ba tái đắc cử Bí thư Đảng ủy Trung đoàn Pháo binh 452 (nhiệm kỳ 2025-2030)."
    assert "Đảng ủy Trung đoàn Pháo binh 452" in agencies_of(text)
    text = "Ngày 5/5, Công đoàn Bệnh viện Nhi đồng 1 đã tổ chức hội thao."
    assert "Công đoàn Bệnh viện Nhi đồng 1" in agencies_of(text)


def test_a_city_glued_to_its_abbreviation_closes_a_name() -> None:
    text = "Bà Lê Thị Hoa - Chủ tịch Hội Liên hiệp Phụ nữ TP.Cần Thơ phát biểu."
    assert agencies_of(text) == {"Hội Liên hiệp Phụ nữ thành phố Cần Thơ": "Cần Thơ"}


def test_the_bodies_an_election_fills_are_not_acting_bodies() -> None:
    text = "Ủy ban bầu cử tỉnh hướng dẫn công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp."
    agencies = agencies_of(text)
    assert "Quốc hội" not in agencies
    assert "HĐND" not in agencies


# ------------------------------------------------------------------ events


def test_an_election_of_deputies_is_an_event_on_its_day() -> None:
    text = "Cuộc bầu cử đại biểu Quốc hội khóa XVI sẽ diễn ra vào ngày 15/3/2026 trên cả nước."
    assert events_of(text) == [("Cuộc bầu cử đại biểu Quốc hội khóa XVI", "2026-03-15")]


def test_a_law_named_after_elections_is_not_an_event() -> None:
    text = "Quốc hội thảo luận Luật Bầu cử đại biểu Quốc hội sửa đổi."
    assert events_of(text) == []


def test_a_contest_whose_name_ends_with_its_year_takes_the_day_that_opens_its_sentence() -> None:
    text = "Tối ngày 20/10, Sở Văn hóa tỉnh sẽ khai mạc “Liên hoan dân ca các dân tộc tỉnh Lai Châu năm 2023”."
    assert events_of(text) == [("Liên hoan dân ca các dân tộc tỉnh Lai Châu năm 2023", "2023-10-20")]


def test_a_review_meeting_is_not_dated_by_the_year_it_reviews() -> None:
    text = "Sáng 8/1, Sở Tư pháp tổ chức Hội nghị tổng kết công tác năm 2024."
    assert events_of(text) == [("Hội nghị tổng kết công tác năm 2024", None)]


def test_an_anniversarys_day_then_its_span_of_years_dates_it() -> None:
    text = "Hoạt động chào mừng kỷ niệm 60 năm Ngày truyền thống ngành Dầu khí, 27/11 (1961 – 2021)."
    assert events_of(text) == [("Kỷ niệm 60 năm Ngày truyền thống ngành Dầu khí", "2021-11-27")]


def test_a_sentence_about_an_event_named_before_another_dates_the_first() -> None:
    text = ('Tổ chức Hội diễn nghệ thuật quần chúng "Hoa ban trắng" toàn quốc Kỷ niệm 70 năm Ngày giải phóng Thủ đô\n'
            "Hội diễn sẽ diễn ra từ ngày 3 đến ngày 6/10/2024 tại Hà Nội.")
    events = dict(events_of(text))
    assert events[next(n for n in events if n.startswith("Hội diễn"))] == "2024-10-03"
    assert events[next(n for n in events if n.startswith("Kỷ niệm"))] is None


def test_a_dated_meeting_with_someone_is_an_event() -> None:
    text = "Chiều ngày 12/3/2025, Bộ trưởng Bộ Y tế chủ trì buổi tiếp và làm việc với đại diện UNFPA tại Việt Nam."
    assert events_of(text) == [("Buổi tiếp và làm việc với đại diện UNFPA", "2025-03-12")]  # "tại": its place


def test_a_gathering_and_days_of_culture_are_events() -> None:
    text = "Họp mặt kỷ niệm ngày thành lập Hội Nông dân xã Tân Phú. Tỉnh tổ chức “Những ngày Văn hóa Lào Cai năm 2024”."
    names = [n for n, _ in events_of(text)]
    assert any(n.startswith("Họp mặt kỷ niệm ngày thành lập Hội Nông dân") for n in names)
    assert any(n.startswith("Những ngày Văn hóa Lào Cai năm 2024") for n in names)


def test_what_a_gathering_greets_is_its_name() -> None:
    text = "Họp mặt chúc mừng Tết cổ truyền Chôl Chnăm Thmây của đồng bào Khmer\n\nSáng 10/4, tỉnh tổ chức buổi họp mặt."
    assert events_of(text) == [("Họp mặt chúc mừng Tết cổ truyền Chôl Chnăm Thmây của đồng bào Khmer", None)]


def test_a_conference_that_congratulates_is_the_subject_of_its_sentence() -> None:
    text = "Hội nghị chúc mừng thành công của đại hội và biểu dương các tập thể."
    assert events_of(text) == []
