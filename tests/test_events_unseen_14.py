"""Events on unseen pages, round 14 of the events probes (issue 12): two meetings of near-identical names held
on different days, a session's name running on into its days, a directive's subject, a meeting named by its
tasks alone, a law's generic session, a name cut at a line break and its date told after it. Each sentence is
written for this file; each asserts what a reader of the page would check."""

from __future__ import annotations

from tests.test_entities_unseen import events_of


def names_of(text: str) -> list[str]:
    """The names of the events the text holds, in order."""
    return [name for name, _ in events_of(text)]


# ------------------------------------------------------------------ a different stated day keeps two apart


def test_two_meetings_of_near_identical_names_on_different_days_stay_two_events() -> None:
    text = ("Ngày 4/3/2019, Huyện ủy Đức Thọ tổ chức Hội nghị triển khai chuyên đề học tập và làm theo tư tưởng "
            "Hồ Chí Minh năm 2019 cho cán bộ chủ chốt.\n\n"
            "Trước đó, ngày 20/2/2019, Tỉnh ủy tổ chức Hội nghị triển khai chuyên đề học tập và làm theo tư tưởng "
            "Hồ Chí Minh năm 2019 cho báo cáo viên.")
    assert [date for _, date in events_of(text)] == ["2019-03-04", "2019-02-20"]


def test_the_same_meeting_named_twice_without_a_second_date_is_one_event() -> None:
    text = ("Ngày 4/3/2019, Huyện ủy Đức Thọ tổ chức Hội nghị triển khai chuyên đề học tập và làm theo tư tưởng "
            "Hồ Chí Minh năm 2019.\n\nHội nghị triển khai chuyên đề học tập và làm theo tư tưởng Hồ Chí Minh năm "
            "2019 có hơn 300 đại biểu dự.")
    assert [date for _, date in events_of(text)] == ["2019-03-04"]


# ------------------------------------------------------------------ "vào các ngày" ends a session's name


def test_a_session_followed_by_vao_cac_ngay_ends_before_them_and_joins_its_full_name() -> None:
    text = ("Tại kỳ họp 41 vào các ngày 12 và 13/9, Ủy ban Kiểm tra Tỉnh ủy xem xét vi phạm của hai đảng viên.\n\n"
            "Kỳ họp 41 của Ủy ban Kiểm tra Tỉnh ủy\n")
    assert names_of(text) == ["Kỳ họp 41 của Ủy ban Kiểm tra Tỉnh ủy"]


# ------------------------------------------------------------------ a congress as a cited document's subject


def test_a_meeting_as_the_subject_of_a_cited_guide_is_no_event() -> None:
    text = ("Thực hiện Hướng dẫn số 07-HD/BTCTU của Ban Tổ chức Tỉnh ủy về hội nghị kiểm điểm tập thể, cá nhân năm "
            "2024, các chi bộ đã tổ chức thực hiện.")
    assert events_of(text) == []


def test_a_named_congress_inside_a_directives_title_ends_before_and_cac_van_ban() -> None:
    text = ("Thực hiện Chỉ thị số 45-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu "
            "toàn quốc lần thứ XIV của Đảng và các văn bản hướng dẫn của Trung ương, tỉnh đã chỉ đạo sát sao.")
    assert names_of(text) == ["Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"]


# ------------------------------------------------------------------ a meeting named by its tasks alone


def test_a_lowercase_meeting_named_only_by_a_list_of_tasks_is_no_event() -> None:
    text = "Huyện ủy đã ban hành kế hoạch thực hiện, tổ chức hội nghị quán triệt, triển khai."
    assert events_of(text) == []


def test_a_meeting_whose_tasks_have_an_object_is_still_named() -> None:
    text = "Ngày 7/5/2024, Huyện ủy tổ chức hội nghị quán triệt, triển khai Nghị quyết Trung ương 9 khóa XIII."
    assert [date for _, date in events_of(text)] == ["2024-05-07"]


# ------------------------------------------------------------------ a law's "kỳ họp thứ nhất"


def test_a_lowercase_session_by_its_ordinal_alone_is_no_event() -> None:
    text = "Tại kỳ họp thứ nhất, Hội đồng nhân dân bầu Chủ tịch Hội đồng nhân dân trong số các đại biểu."
    assert events_of(text) == []


def test_a_session_by_its_ordinal_with_its_body_and_term_is_an_event() -> None:
    text = "Tại kỳ họp thứ nhất, HĐND huyện khóa VII, các đại biểu đã bầu Chủ tịch HĐND huyện."
    assert len(events_of(text)) == 1


# ------------------------------------------------------------------ a line break and a date told after


def test_a_name_closed_by_its_year_drops_the_half_word_before_a_line_break() -> None:
    text = ("Trên cơ sở kết luận của Thủ tướng tại Phiên họp Chính phủ thường kỳ tháng 5 năm 2023 trực\n"
            "tuyến với các địa phương,\nQUYẾT NGHỊ:\n")
    assert names_of(text) == ["Phiên họp Chính phủ thường kỳ tháng 5 năm 2023"]


def test_a_date_told_after_tổ_chức_vào_in_a_comma_clause_dates_the_meeting() -> None:
    text = ("Trên cơ sở kết luận của Thủ tướng tại Phiên họp Chính phủ thường kỳ tháng 5 năm 2023 với các địa "
            "phương, tổ chức vào ngày 03 tháng 6 năm 2023,\nQUYẾT NGHỊ:\n")
    assert [date for _, date in events_of(text)] == ["2023-06-03"]


# ------------------------------------------------------------------ a session told verb first


def test_a_body_that_hop_ky_thu_n_names_its_session() -> None:
    text = ("Trong hai ngày 3-4/7, Ủy ban Kiểm tra Tỉnh ủy khóa XX, họp kỳ thứ 14 và 15. Đồng chí Chủ nhiệm chủ trì "
            "cuộc họp.")
    assert names_of(text) == ["Kỳ họp thứ 14 và 15 của Ủy ban Kiểm tra Tỉnh ủy khóa XX"]


def test_hop_ky_thu_n_after_a_body_without_a_term_names_its_session_and_day() -> None:
    text = "Ngày 12/3/2024, Hội đồng nhân dân tỉnh họp kỳ thứ 9 để thông qua ba nghị quyết."
    assert events_of(text) == [("Kỳ họp thứ 9 của Hội đồng nhân dân tỉnh", "2024-03-12")]


# ------------------------------------------------------------------ a contest's round held by a bloc


def test_a_blocs_round_of_a_contest_stays_apart_from_the_contest_as_a_whole() -> None:
    text = ("Hội thi Báo cáo viên giỏi năm 2024 do Đảng ủy Khối các cơ quan tỉnh phát động đã thu hút 20 đội.\n\n"
            "Sáng 15/4/2024, đã diễn ra Hội thi Báo cáo viên giỏi năm 2024 của Khối Doanh nghiệp.")
    assert names_of(text) == ["Hội thi Báo cáo viên giỏi năm 2024", "Hội thi Báo cáo viên giỏi năm 2024 của Khối Doanh nghiệp"]
