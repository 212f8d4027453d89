"""Fourteenth round of issue 12 probes, events side: topics listed inside an event's name ("hội thi văn nghệ,
thể thao …", "Ngày hội văn hóa, ẩm thực và du lịch …"), a quoted speech that opens with an event's name, a
predicate noun after "là", a bare head before "trong", whom a course is for, a ceremony's own day against the day
its anniversary counts from, press conferences. Each sentence is written for this file; each asserts what a
reader of the page would check."""

from __future__ import annotations

from tests.test_entities_unseen import events_of

# ------------------------------------------------------------------ a list of topics inside a name


def test_a_contest_keeps_the_topics_it_lists() -> None:
    text = ("Sáng 12-3-2025, Phòng Văn hóa huyện tổ chức hội thi hát dân ca, múa sạp, đẩy gậy toàn huyện năm 2025 "
            "tại sân vận động.")
    assert events_of(text) == [("Hội thi hát dân ca, múa sạp, đẩy gậy toàn huyện năm 2025", "2025-03-12")]


def test_a_festival_keeps_its_topics_joined_by_and_and_its_ordinal() -> None:
    text = ("Ngày hội Văn hóa, ẩm thực và du lịch các dân tộc huyện Mường Tè lần thứ III sẽ diễn ra từ ngày 3 đến "
            "5/4/2025 tại thị trấn.")
    assert events_of(text) == [("Ngày hội Văn hóa, ẩm thực và du lịch các dân tộc huyện Mường Tè lần thứ III",
                                "2025-04-03")]


def test_a_year_closes_the_name_before_a_comma() -> None:
    text = "Tại Hội nghị tổng kết năm 2024, đại biểu và khách mời đã thảo luận sôi nổi."
    assert events_of(text) == [("Hội nghị tổng kết năm 2024", None)]


def test_people_after_a_comma_open_a_sentence_of_their_own() -> None:
    assert events_of("Tại Hội nghị tổng kết, đại biểu và khách mời đã thảo luận sôi nổi.") == [
        ("Hội nghị tổng kết", None)]
    assert events_of("Sau Hội thi nghiệp vụ, cán bộ và chiến sĩ trở về đơn vị.") == [("Hội thi nghiệp vụ", None)]


# ------------------------------------------------------------------ what a quote or a copula holds


def test_a_quoted_speech_that_opens_with_an_anniversary_ends_its_name_at_the_copula() -> None:
    text = ("Ông Lê Văn Bình nói: “Kỷ niệm 50 năm Ngày thành lập Hội Cựu chiến binh tỉnh là dịp để hội viên nhìn "
            "lại chặng đường đã qua”.")
    assert events_of(text) == [("Kỷ niệm 50 năm Ngày thành lập Hội Cựu chiến binh tỉnh", None)]


def test_a_congress_described_after_is_is_not_another_congress() -> None:
    text = ("Đại hội đại biểu Hội Liên hiệp Phụ nữ tỉnh Lai Châu lần thứ XV thành công tốt đẹp. Đây là đại hội của "
            "đoàn kết, đổi mới và phát triển.")
    assert events_of(text) == [("Đại hội đại biểu Hội Liên hiệp Phụ nữ tỉnh Lai Châu lần thứ XV", None)]


def test_a_bare_head_before_trong_names_no_event() -> None:
    assert events_of("Ban Tổ chức in logo Đại hội trong các ấn phẩm tuyên truyền.") == []


# ------------------------------------------------------------------ courses, ceremonies, press conferences


def test_whom_a_course_is_for_is_part_of_its_name() -> None:
    text = ("Ngày 9/9/2025, Trường Quân sự tỉnh khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho cán bộ "
            "đối tượng 3 năm 2025.")
    assert events_of(text) == [
        ("Lớp bồi dưỡng kiến thức quốc phòng và an ninh cho cán bộ đối tượng 3 năm 2025", "2025-09-09")]


def test_a_ceremony_is_dated_by_its_own_day_not_by_the_day_it_counts_from() -> None:
    text = ("Nhân kỷ niệm 35 năm Ngày thành lập Hội Cựu chiến binh Việt Nam (6/12/1989 - 6/12/2024), Hội Cựu chiến "
            "binh tỉnh tổ chức nhiều hoạt động. Lễ kỷ niệm 35 năm Ngày thành lập Hội Cựu chiến binh Việt Nam sẽ diễn "
            "ra sáng 4/12/2024 tại Nhà văn hóa tỉnh.")
    assert events_of(text) == [("Lễ kỷ niệm 35 năm Ngày thành lập Hội Cựu chiến binh Việt Nam", "2024-12-04")]


def test_an_anniversary_without_a_ceremony_keeps_its_day() -> None:
    text = "Hội Cựu chiến binh tỉnh tổ chức nhiều hoạt động kỷ niệm 35 năm Ngày thành lập Hội (6/12/1989 - 6/12/2024)."
    assert events_of(text) == [("Kỷ niệm 35 năm Ngày thành lập Hội", "2024-12-06")]


def test_a_press_conference_about_an_event_is_an_event_of_its_own() -> None:
    text = ("Sáng 5/5/2025, Sở Văn hóa tổ chức họp báo thông tin về các hoạt động của Tuần Văn hóa - Du lịch "
            "tỉnh Hà Giang năm 2025.")
    found = events_of(text)
    assert found and found[0][0].startswith("Họp báo thông tin về các hoạt động") and found[0][1] == "2025-05-05"


def test_a_press_conference_named_by_nothing_is_no_event() -> None:
    assert events_of("Chiều 7/8/2025, Sở Tư pháp chủ trì buổi họp báo.") == []


def test_a_show_with_a_title_in_quotes_is_named_without_a_date() -> None:
    text = "Tối 2/9, tại quảng trường, Sở Văn hóa tổ chức Chương trình nghệ thuật “Mùa thu lịch sử” chào mừng Quốc khánh."
    assert events_of(text) == [("Chương trình nghệ thuật “Mùa thu lịch sử”", None)]


def test_a_show_without_a_title_or_a_date_is_no_event() -> None:
    assert events_of("Tối 2/9, Sở Văn hóa tổ chức chương trình nghệ thuật chào mừng Quốc khánh.") == []


def test_a_prize_ceremony_and_the_contest_it_closes_are_two_events() -> None:
    text = "Ngày 15/11/2025, Báo tỉnh tổ chức Lễ trao giải Cuộc thi viết về gương người tốt việc tốt năm 2025."
    assert events_of(text) == [("Lễ trao giải Cuộc thi viết về gương người tốt việc tốt năm 2025", "2025-11-15"),
                               ("Cuộc thi viết về gương người tốt việc tốt năm 2025", None)]


def test_a_launch_ceremony_and_the_contest_it_opens_are_two_events() -> None:
    text = "Ngày 3/3/2025, Tỉnh đoàn tổ chức Lễ phát động Cuộc thi sáng tạo thanh thiếu niên nhi đồng năm 2025."
    found = events_of(text)
    assert ("Lễ phát động Cuộc thi sáng tạo thanh thiếu niên nhi đồng năm 2025", "2025-03-03") in found
    assert ("Cuộc thi sáng tạo thanh thiếu niên nhi đồng năm 2025", None) in found


def test_an_opening_ceremony_stays_one_event_with_what_it_opens() -> None:
    text = "Ngày 7/10/2024, Phòng Giáo dục tổ chức Lễ khai mạc Hội thi giáo viên dạy giỏi năm 2024."
    assert events_of(text) == [("Hội thi giáo viên dạy giỏi năm 2024", "2024-10-07")]


# ------------------------------------------------------------------ festivals and named days


def test_a_festival_week_joined_to_a_fair_by_and_is_one_event_dated_in_its_year() -> None:
    text = ("Sáng ngày 15/4, UBND huyện Tuyên Hóa tổ chức khai mạc Tuần lễ Văn hóa - Thể thao và Hội xuân làng "
            "Lạc huyện Tuyên Hóa năm 2024.")
    assert events_of(text) == [("Tuần lễ Văn hóa - Thể thao và Hội xuân làng Lạc huyện Tuyên Hóa năm 2024",
                                "2024-04-15")]


def test_a_body_after_and_still_ends_an_events_name() -> None:
    text = "Hội nghị tổng kết công tác năm 2024 của Sở Y tế và Hội Chữ thập đỏ tỉnh diễn ra sáng 6/1/2025."
    assert [name for name, _ in events_of(text)] == ["Hội nghị tổng kết công tác năm 2024 của Sở Y tế"]


def test_a_day_named_in_quotes_is_an_event() -> None:
    text = "Sáng 5/3/2025, Thành đoàn tổ chức Ngày “Chủ nhật xanh” tại công viên trung tâm."
    assert events_of(text) == [("Ngày “Chủ nhật xanh”", "2025-03-05")]


def test_a_plain_day_is_no_event() -> None:
    assert events_of("Ngày 5/3 là ngày làm việc cuối cùng của đợt kiểm tra.") == []


# ------------------------------------------------------------------ people named after their title


def _people(text: str) -> list[tuple[str, str | None]]:
    from loaders.entities import find_entities

    _, persons, _ = find_entities(text)
    return [(p.name, p.role) for p in persons]


def test_the_youth_unions_first_secretary_is_a_title() -> None:
    text = "Đồng chí Bí thư thứ nhất Trung ương Đoàn Lê Minh Khoa phát biểu chỉ đạo đại hội."
    assert _people(text) == [("Lê Minh Khoa", "Bí thư thứ nhất Trung ương Đoàn")]


def test_a_bodys_term_between_its_name_and_the_persons() -> None:
    text = "Phát biểu bế mạc, Chủ tịch HĐND tỉnh khóa XVII Đặng Văn Hòa cho biết, kỳ họp đã thông qua 15 nghị quyết."
    assert _people(text) == [("Đặng Văn Hòa", "Chủ tịch HĐND tỉnh khóa XVII")]


# ------------------------------------------------------------------ a contest's organisers


def _bodies(text: str, locality: str | None = None) -> list[str]:
    from loaders.entities import find_entities

    agencies, _, _ = find_entities(text, locality=locality)
    return [a.name for a in agencies]


def test_a_contests_organisers_are_not_the_party_organisation_board() -> None:
    text = ("Cuộc thi ảnh “Quê hương đổi mới” năm 2025 nhận được 420 tác phẩm. Ban Tổ chức đã trao 3 giải Nhất "
            "cho các tác giả.")
    assert _bodies(text, locality="Yên Bái") == []


def test_a_bare_organisation_board_without_a_contest_is_still_the_partys() -> None:
    text = "Ngày 3/5, Ban Tổ chức phối hợp cùng các ban xây dựng Đảng họp xét hồ sơ kết nạp đảng viên."
    assert _bodies(text, locality="Yên Bái") == ["Ban Tổ chức tỉnh Yên Bái"]


# ------------------------------------------------------------------ campaigns (a second batch of pages)


def test_the_campaigns_named_before_are_not_new_ones() -> None:
    named = "Thành đoàn phát động Chiến dịch Thanh niên tình nguyện hè năm 2024. "
    expected = [("Chiến dịch Thanh niên tình nguyện hè năm 2024", None)]
    assert events_of(named + "Các chiến dịch tập trung vào việc tiếp sức mùa thi.") == expected
    assert events_of(named + "Chiến dịch bắt đầu từ nay đến 31/8.") == expected


def test_campaigns_of_one_head_and_different_names_stay_apart() -> None:
    text = "Chương trình gồm các hoạt động: Chiến dịch Mùa hè xanh; Chiến dịch Hành quân xanh và Chiến dịch Kỳ nghỉ hồng."
    assert events_of(text) == [("Chiến dịch Mùa hè xanh", None), ("Chiến dịch Hành quân xanh", None),
                               ("Chiến dịch Kỳ nghỉ hồng", None)]


def test_a_launch_after_a_news_tag_is_dated_in_the_year_its_name_ends_with() -> None:
    text = "(BNA) - Sáng 2/7, Tỉnh đoàn tổ chức Lễ ra quân “Chiến dịch Thanh niên tình nguyện hè 2023” tại quảng trường."
    assert events_of(text) == [("Lễ ra quân “Chiến dịch Thanh niên tình nguyện hè 2023”", "2023-07-02")]


def test_the_last_year_of_a_term_is_not_the_year_of_the_day() -> None:
    text = "Sáng 28/9, Hội Nông dân tỉnh tổ chức Đại hội đại biểu Hội Nông dân tỉnh Hà Nam lần thứ X, nhiệm kỳ 2023 – 2028."
    assert events_of(text) == [("Đại hội đại biểu Hội Nông dân tỉnh Hà Nam lần thứ X, nhiệm kỳ 2023 – 2028", None)]


def test_a_plural_list_of_kinds_of_activity_is_no_event() -> None:
    text = "Đây là lần đầu các chương trình, chiến dịch tình nguyện hè của thanh niên được triển khai theo nguyên tắc chung."
    assert events_of(text) == []


def test_a_congress_of_a_kind_of_body_in_lowercase_is_no_event() -> None:
    assert events_of("Huyện ủy đã hướng dẫn về đại hội chi bộ trực thuộc cấp ủy cơ sở nhiệm kỳ 2025 - 2027.") == []
    assert events_of("Sáng 5/5/2025, xã tổ chức đại hội đảng bộ xã An Phú lần thứ I.") == [
        ("Đại hội đảng bộ xã An Phú lần thứ I", "2025-05-05")]
