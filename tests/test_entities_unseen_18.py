"""Eighteenth round of issue 12 probes: events on unseen pages (congresses and plenums by their ordinal, sessions of
the councils, voter meetings, seminars and ceremonies for an anniversary, contests, training courses, weeks of
events). Where a name ends, ordinals in words and in digits, which day dates an event, and when two mentions are one
event. Each sentence is written for this file; each asserts what a reader of the page would check."""

from __future__ import annotations

from loaders.events import ordinal_value
from tests.test_entities_unseen import events_of


def names_of(text: str) -> list[str]:
    """The names of the events the text holds, in order."""
    return [name for name, _ in events_of(text)]


# ------------------------------------------------------------------ one event though a plural word is in its name


def test_a_congress_with_its_own_ordinal_is_one_though_its_body_names_many() -> None:
    text = ("Đại hội đại biểu Đảng bộ Khối các cơ quan tỉnh lần thứ II, nhiệm kỳ 2025 - 2030 diễn ra trong hai ngày "
            "10-11/7/2025.")
    assert events_of(text) == [("Đại hội đại biểu Đảng bộ Khối các cơ quan tỉnh lần thứ II, nhiệm kỳ 2025 - 2030",
                                "2025-07-10")]


def test_the_congresses_of_every_level_are_still_none() -> None:
    assert events_of("Năm 2025, tỉnh tổ chức Đại hội Đảng bộ các cấp nhiệm kỳ 2025-2030.") == []


def test_all_levels_in_a_contests_topic_leave_it_one_contest() -> None:
    text = ("Ngày 12-4, Tỉnh đoàn tổ chức Hội thi Tuyên truyền viên giỏi về nghị quyết đại hội Đoàn các cấp, "
            "nhiệm kỳ 2022-2027.")
    assert names_of(text) == ["Hội thi Tuyên truyền viên giỏi về nghị quyết đại hội Đoàn các cấp, nhiệm kỳ 2022-2027"]


def test_all_levels_in_whom_a_course_is_for_leave_it_one_course() -> None:
    text = "Trường Chính trị tỉnh tổ chức lớp bồi dưỡng nghiệp vụ công tác dân vận cho cán bộ các cấp năm 2024."
    assert names_of(text) == ["Lớp bồi dưỡng nghiệp vụ công tác dân vận cho cán bộ các cấp năm 2024"]


# ------------------------------------------------------------------ where a name ends


def test_a_comma_before_the_congresss_ordinal_keeps_the_name() -> None:
    text = ("Đại hội đại biểu Đảng bộ Công an, Quân sự tỉnh, lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc sáng "
            "20/8/2025.")
    assert names_of(text) == ["Đại hội đại biểu Đảng bộ Công an, Quân sự tỉnh, lần thứ I, nhiệm kỳ 2025 - 2030"]


def test_a_count_of_times_after_a_comma_is_no_ordinal() -> None:
    assert names_of("Tại Hội nghị tổng kết, lần thứ hai liên tiếp huyện dẫn đầu khối thi đua.") == \
        ["Hội nghị tổng kết"]


def test_an_ordinal_in_words_closes_the_name_before_a_verb() -> None:
    text = ("Sáng 9/9/2025, Đại hội đại biểu Đảng bộ xã lần thứ I khai mạc. Đại hội Đảng bộ xã lần thứ nhất bầu "
            "Ban Chấp hành gồm 25 đồng chí.")
    assert events_of(text) == [("Đại hội đại biểu Đảng bộ xã lần thứ I", "2025-09-09")]


def test_an_ordinal_said_in_tens_is_read_whole() -> None:
    text = "Ngày 6/5/2025, Huyện ủy tổ chức Hội nghị lần thứ ba mươi hai Ban Chấp hành Đảng bộ huyện khóa XXII."
    assert names_of(text) == ["Hội nghị lần thứ ba mươi hai Ban Chấp hành Đảng bộ huyện khóa XXII"]


def test_ordinal_values_in_words_digits_and_roman_numerals() -> None:
    assert [ordinal_value(w) for w in ("7", "VII", "bảy", "nhất", "mười lăm", "hai mươi mốt", "tư")] == \
        [7, 7, 7, 1, 15, 21, 4]
    assert ordinal_value("sớm") is None


def test_a_second_kỷ_niệm_opens_a_second_anniversary() -> None:
    text = "Hoạt động chào mừng 80 năm Ngày Truyền thống ngành Văn hóa và kỷ niệm Ngày Di sản Văn hóa Việt Nam."
    assert names_of(text) == ["Kỷ niệm 80 năm Ngày Truyền thống ngành Văn hóa", "Ngày Di sản Văn hóa Việt Nam"]


def test_a_week_named_by_its_title_is_an_event_and_a_festival_day_inside_it_another() -> None:
    text = ("Ngày 17/11/2024, Bộ Văn hóa, Thể thao và Du lịch khai mạc Tuần “Đại đoàn kết các dân tộc - Di sản văn hóa "
            "Việt Nam” năm 2024. Sau lễ khai mạc là Ngày hội “Đại đoàn kết toàn dân tộc” của đồng bào các dân tộc.")
    assert names_of(text) == ["Tuần “Đại đoàn kết các dân tộc - Di sản văn hóa Việt Nam” năm 2024",
                              "Ngày hội “Đại đoàn kết toàn dân tộc”"]
    assert names_of("Tuần qua, xã đã tổ chức nhiều hoạt động.") == []


# ------------------------------------------------------------------ which day dates an event


def test_a_seminar_for_an_anniversary_is_dated_by_its_own_day() -> None:
    text = ("Ngày 12/5/2024, Huyện ủy tổ chức Tọa đàm kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh "
            "(19/5/1890 - 19/5/2024).")
    assert events_of(text)[0] == ("Tọa đàm kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh", "2024-05-12")


def test_a_ceremony_is_dated_by_its_day_and_a_bare_anniversary_by_the_day_it_counts() -> None:
    text = ("Sáng 22/3/2025, Thành đoàn tổ chức Lễ kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh "
            "(26/3/1931 - 26/3/2025).")
    assert events_of(text) == [("Lễ kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh", "2025-03-22")]
    text = ("Ngày 16/10/2024, Hội Nông dân huyện tổ chức kỷ niệm 94 năm Ngày thành lập Hội Nông dân Việt Nam "
            "(14/10/1930 - 14/10/2024).")
    assert events_of(text) == [("Kỷ niệm 94 năm Ngày thành lập Hội Nông dân Việt Nam", "2024-10-14")]


# ------------------------------------------------------------------ meetings with voters


def test_a_round_of_voter_meetings_is_named_by_its_session() -> None:
    text = "Tổ đại biểu sẽ tiếp xúc cử tri sau Kỳ họp thứ Mười, HĐND tỉnh khóa XVIII tại phường Tân An."
    assert names_of(text) == ["Tiếp xúc cử tri sau Kỳ họp thứ Mười, HĐND tỉnh khóa XVIII"]
    assert names_of("Các đại biểu tiếp xúc cử tri tại xã Tân An.") == []


def test_one_meeting_of_many_is_not_named() -> None:
    text = "Cử tri phường 2 phát biểu tại một hội nghị tiếp xúc cử tri sau Kỳ họp thứ 9, Quốc hội khóa XV."
    assert names_of(text) == ["Kỳ họp thứ 9, Quốc hội khóa XV"]


# ------------------------------------------------------------------ one event or two


def test_a_session_in_words_and_in_digits_is_one_session() -> None:
    text = ("Ngày 6/12/2023, HĐND tỉnh khai mạc Kỳ họp thứ Mười bốn, HĐND tỉnh khóa XIII. Tại Kỳ họp thứ 14, "
            "các đại biểu đã thảo luận ở tổ.")
    assert events_of(text) == [("Kỳ họp thứ Mười bốn, HĐND tỉnh khóa XIII", "2023-12-06")]


def test_plenums_two_and_three_stay_two_in_words_or_digits() -> None:
    text = ("Ngày 4/3/2024, Hội nghị lần thứ hai Ban Chấp hành Đảng bộ huyện khóa XXI diễn ra. Tại Hội nghị lần thứ "
            "2, Ban Chấp hành đã thảo luận. Ngày 2/7/2024, Hội nghị lần thứ 3 Ban Chấp hành Đảng bộ huyện khóa XXI "
            "diễn ra.")
    assert [d for _, d in events_of(text)] == ["2024-03-04", "2024-07-02"]


def test_the_congress_in_a_documents_list_is_the_documents_subject() -> None:
    text = ("Báo cáo viên giới thiệu Văn kiện Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; Đại hội Đảng bộ tỉnh "
            "lần thứ I, nhiệm kỳ 2025-2030.")
    assert events_of(text) == []
