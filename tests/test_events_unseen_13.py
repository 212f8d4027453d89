"""Events on unseen pages, round 13 of the events probes (issue 12): congresses of mass organisations, enlarged
plenums, opening ceremonies, anniversaries counted before a lowercase holiday, campaign months, school games and
lists of tournaments. Each sentence is written for this file; each asserts what a reader of the page would check."""

from __future__ import annotations

from tests.test_entities_unseen import events_of


def names_of(text: str) -> list[str]:
    """The names of the events the text holds, in order."""
    return [name for name, _ in events_of(text)]


# ------------------------------------------------------------------ a plenum "mở rộng" in brackets


def test_an_enlarged_plenum_keeps_mo_rong_in_brackets_in_its_name() -> None:
    text = ("Ngày 9/12/2024, Ban Chấp hành Đảng bộ huyện tổ chức Hội nghị lần thứ 27 (mở rộng) để kiểm điểm công tác "
            "năm 2024.")
    assert events_of(text) == [("Hội nghị lần thứ 27 (mở rộng)", "2024-12-09")]


def test_a_bracket_after_a_plenum_that_is_not_mo_rong_stays_outside_its_name() -> None:
    text = "Ngày 9/12/2024, Huyện ủy tổ chức Hội nghị lần thứ 27 (trực tuyến) để kiểm điểm công tác năm 2024."
    assert names_of(text) == ["Hội nghị lần thứ 27"]


# ------------------------------------------------------------------ the opening ceremony of a named event


def test_a_capitalised_opening_ceremony_dates_the_congress_it_opens_and_is_no_event_of_its_own() -> None:
    text = ("Sáng ngày 18/6/2023, tại Nhà văn hóa huyện đã diễn ra Lễ Khai mạc Đại hội đại biểu Hội Cựu giáo chức "
            "huyện Đầm Dơi lần thứ IV, nhiệm kỳ 2023 - 2028.")
    assert events_of(text) == [("Đại hội đại biểu Hội Cựu giáo chức huyện Đầm Dơi lần thứ IV, nhiệm kỳ 2023 - 2028",
                                "2023-06-18")]


def test_a_closing_ceremony_of_a_contest_dates_the_contest() -> None:
    text = "Chiều 30/8/2024, Huyện đoàn tổ chức Lễ Bế mạc Hội thi Tin học trẻ huyện Yên Thành năm 2024."
    assert events_of(text) == [("Hội thi Tin học trẻ huyện Yên Thành năm 2024", "2024-08-30")]


# ------------------------------------------------------------------ a count of years before a lowercase holiday


def test_a_title_that_opens_with_a_count_and_a_lowercase_holiday_names_an_anniversary() -> None:
    text = "45 năm ngày Giải phóng miền Nam thống nhất đất nước\n\nNhà trường tổ chức chào cờ đầu tuần."
    assert names_of(text) == ["Kỷ niệm 45 năm ngày Giải phóng miền Nam thống nhất đất nước"]


def test_an_occasion_before_a_count_and_a_lowercase_founding_day_names_an_anniversary_dated_by_its_bracket() -> None:
    text = ("Để chào mừng 94 năm ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2025), chi đoàn trồng "
            "200 cây xanh.")
    assert events_of(text) == [("Kỷ niệm 94 năm ngày thành lập Đoàn TNCS Hồ Chí Minh", "2025-03-26")]


def test_a_count_before_a_lowercase_day_that_is_no_holiday_names_nothing() -> None:
    assert events_of("Chào mừng 20 năm ngày đầu tiên em đến trường, lớp tổ chức gặp gỡ.") == []


# ------------------------------------------------------------------ a list of anniversaries under one "kỷ niệm"


def test_an_anniversary_counted_without_ngay_goes_on_in_the_list() -> None:
    text = ("Xã tổ chức kỷ niệm 114 năm Ngày Quốc tế Phụ nữ (8/3/1910 - 8/3/2024); 1984 năm Khởi nghĩa Hai Bà "
            "Trưng; 93 năm ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2024).")
    assert events_of(text) == [("Kỷ niệm 114 năm Ngày Quốc tế Phụ nữ", "2024-03-08"),
                               ("Kỷ niệm 1984 năm Khởi nghĩa Hai Bà Trưng", None),
                               ("Kỷ niệm 93 năm ngày thành lập Đoàn TNCS Hồ Chí Minh", "2024-03-26")]


# ------------------------------------------------------------------ campaign months, school games


def test_a_quoted_campaign_name_goes_on_over_and_a_few_words_and_its_year() -> None:
    text = "Ủy ban MTTQ tỉnh phát động Tháng cao điểm “Vì người nghèo” và an sinh xã hội năm 2025 tại Quảng Trị."
    assert names_of(text) == ["Tháng cao điểm “Vì người nghèo” và an sinh xã hội năm 2025"]


def test_a_peak_month_in_lowercase_is_a_time_not_a_campaign() -> None:
    assert events_of("Trong tháng cao điểm, các đội thanh niên tình nguyện ra quân dọn vệ sinh.") == []


def test_the_school_games_are_a_contest_in_either_spelling_of_khoe() -> None:
    text = "Sáng 15/3/2025, Sở Giáo dục và Đào tạo khai mạc Hội khoẻ Phù Đổng tỉnh Hà Tĩnh lần thứ XXI năm 2025."
    assert events_of(text) == [("Hội khoẻ Phù Đổng tỉnh Hà Tĩnh lần thứ XXI năm 2025", "2025-03-15")]


# ------------------------------------------------------------------ two congresses of one season


def test_two_congresses_with_the_same_ordinal_and_term_but_two_bodies_stay_two() -> None:
    text = ("Câu lạc bộ sẽ tổ chức Đại hội Câu lạc bộ Nữ doanh nhân tỉnh lần thứ II, nhiệm kỳ 2024 - 2029. Đại hội "
            "sẽ bầu đại biểu đi dự Đại hội Hiệp hội Nữ doanh nhân khu vực Đồng bằng sông Cửu Long lần thứ II, "
            "nhiệm kỳ 2024 - 2029.")
    assert names_of(text) == ["Đại hội Câu lạc bộ Nữ doanh nhân tỉnh lần thứ II, nhiệm kỳ 2024 - 2029",
                              "Đại hội Hiệp hội Nữ doanh nhân khu vực Đồng bằng sông Cửu Long lần thứ II, nhiệm kỳ 2024 - 2029"]


def test_a_congress_and_its_short_mention_are_still_one() -> None:
    text = ("Đại hội đại biểu Hội Nông dân tỉnh Bến Tre lần thứ X, nhiệm kỳ 2023 - 2028 bế mạc chiều 20/9/2023. "
            "Đại hội Hội Nông dân tỉnh Bến Tre lần thứ X đã bầu 35 ủy viên Ban Chấp hành.")
    assert names_of(text) == ["Đại hội đại biểu Hội Nông dân tỉnh Bến Tre lần thứ X, nhiệm kỳ 2023 - 2028"]


# ------------------------------------------------------------------ a list of tournaments under one plural head


def test_each_named_tournament_of_a_plural_list_is_one_event() -> None:
    text = ("Dịp này, huyện tổ chức các giải đấu Vô địch Cầu lông huyện Thanh Chương năm 2024; Vô địch Cờ tướng "
            "Người cao tuổi huyện Thanh Chương lần thứ II năm 2024 tại Nhà thi đấu huyện.")
    assert names_of(text) == ["Giải đấu Vô địch Cầu lông huyện Thanh Chương năm 2024",
                              "Giải đấu Vô địch Cờ tướng Người cao tuổi huyện Thanh Chương lần thứ II năm 2024"]


def test_a_plural_head_with_no_name_after_it_is_still_none() -> None:
    assert events_of("Năm qua, huyện tổ chức các giải đấu thể thao cho đoàn viên thanh niên.") == []


# ------------------------------------------------------------------ an ordinal in words, the organisation after it


def test_a_congress_named_by_an_ordinal_in_words_and_its_organisation_after_it() -> None:
    text = ("Ngày 12/7/2024, Đại hội đại biểu lần thứ hai của Hội Doanh nhân trẻ tỉnh Gia Lai, nhiệm kỳ 2024 - 2029 "
            "đã diễn ra tại Pleiku.")
    assert events_of(text) == [("Đại hội đại biểu lần thứ hai của Hội Doanh nhân trẻ tỉnh Gia Lai, nhiệm kỳ 2024 - 2029",
                                "2024-07-12")]


# ------------------------------------------------------------------ a congress by its ordinal alone


def test_a_congress_named_by_its_roman_ordinal_alone_is_an_event_apart_from_the_next_one() -> None:
    text = ("Hội Cựu chiến binh phường tổ chức Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2022 - 2027. Nhiệm kỳ qua, "
            "Hội đã hoàn thành các chỉ tiêu Đại hội VII đề ra.")
    assert names_of(text) == ["Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2022 - 2027", "Đại hội VII"]


def test_a_congress_head_with_a_word_that_is_no_ordinal_is_still_none() -> None:
    assert events_of("Các chi hội đã chuẩn bị chu đáo cho Đại hội.") == []


# ------------------------------------------------------------------ a council's session and its kind in brackets


def test_the_kind_of_a_session_in_brackets_keeps_the_council_after_it_in_the_name() -> None:
    text = "Kỳ họp thứ 14 (kỳ họp bất thường) HĐND huyện khóa XX diễn ra sáng 9/5/2023 tại hội trường huyện."
    assert events_of(text) == [("Kỳ họp thứ 14 (kỳ họp bất thường) HĐND huyện khóa XX", "2023-05-09")]


def test_the_kind_of_a_session_in_brackets_does_not_hide_the_date_after_it() -> None:
    text = "HĐND thành phố tổ chức kỳ họp thứ 9 (kỳ họp chuyên đề) vào sáng ngày 21/6/2022."
    assert events_of(text) == [("Kỳ họp thứ 9", "2022-06-21")]
