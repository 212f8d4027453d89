"""Twenty-first round of issue 12 probes, entities side: kinds of text the last rounds noticed and left alone. An
event's name that runs on into what the gathering numbers ("với 16 đội"); a festival named inside a contest's name;
a school named after a man; the Central Committee under the Party's name of 1951-1976; a bank's second branch in a
province, numbered; the State Bank's provincial branch printed without "chi nhánh". Each sentence is written for
this file; each asserts what a reader of the page would check."""

from __future__ import annotations

from tests.test_entities_unseen import agencies_of, events_of
from tests.test_local_party_unseen import persons_of

# ------------------------------------------------------------------ events


def test_a_count_after_with_ends_an_events_name() -> None:
    text = "Giải bóng đá công nhân viên chức huyện năm 2025 với 16 đội tham gia đã bế mạc."
    assert [name for name, _ in events_of(text)] == ["Giải bóng đá công nhân viên chức huyện năm 2025"]


def test_a_count_with_more_than_after_with_ends_a_contests_name() -> None:
    text = "Hội thi tuyên truyền viên giỏi của huyện với hơn 30 thí sinh dự thi được tổ chức sáng nay."
    assert [name for name, _ in events_of(text)] == ["Hội thi tuyên truyền viên giỏi của huyện"]


def test_a_festival_inside_a_contests_name_is_part_of_it_up_to_the_year() -> None:
    text = "Giải bóng chuyền nữ Lễ hội Đình Làng Vân năm 2025 thu hút đông đảo người dân."
    assert [name for name, _ in events_of(text)] == ["Giải bóng chuyền nữ Lễ hội Đình Làng Vân năm 2025"]


def test_a_contest_whose_name_has_its_year_ends_before_a_festival() -> None:
    text = "Giải bóng chuyền nữ năm 2025 Lễ hội Đình Làng Vân diễn ra sôi nổi."
    names = [name for name, _ in events_of(text)]
    assert "Giải bóng chuyền nữ năm 2025" in names
    assert not any("Giải" in n and "Lễ hội" in n for n in names)


# ------------------------------------------------------------------ persons


def test_a_school_named_after_a_man_gives_no_person() -> None:
    text = "Hiệu trưởng Trường Chu Văn An đã trao học bổng cho 20 học sinh nghèo vượt khó."
    assert "Chu Văn An" not in persons_of(text)


def test_the_teacher_before_a_school_named_after_a_man_is_the_one_person() -> None:
    text = "Bà Đặng Thị Mai, Hiệu trưởng Trường Ngô Quyền, cho biết nhà trường đã sẵn sàng."
    assert list(persons_of(text)) == ["Đặng Thị Mai"]


def test_the_general_secretary_whose_name_opens_like_a_school_stays_a_person() -> None:
    text = "Tổng Bí thư Trường Chinh đã đến thăm hợp tác xã."
    assert list(persons_of(text)) == ["Trường Chinh"]


# ------------------------------------------------------------------ agencies


def test_the_central_committee_under_the_partys_former_name_is_named_whole() -> None:
    text = "Năm 1959, Ban Chấp hành Trung ương Đảng Lao động Việt Nam họp Hội nghị lần thứ 15."
    assert "Ban Chấp hành Trung ương Đảng Lao động Việt Nam" in agencies_of(text)


def test_the_abbreviated_central_committee_under_the_former_name_is_named_whole() -> None:
    text = "Đồng chí Lê Văn Lương, Ủy viên BCH Trung ương Đảng Lao động Việt Nam, đến dự."
    assert "Ban Chấp hành Trung ương Đảng Lao động Việt Nam" in agencies_of(text)
    assert "Ban Chấp hành Trung ương" not in agencies_of(text)


def test_the_central_committee_under_the_present_name_is_unchanged() -> None:
    text = "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam đã ban hành nghị quyết."
    assert list(agencies_of(text)) == ["Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"]


def test_a_banks_numbered_branch_keeps_its_numeral() -> None:
    text = "Agribank Chi nhánh Nghệ An II đã trao 50 suất quà cho hộ nghèo."
    assert list(agencies_of(text)) == ["Agribank Chi nhánh Nghệ An II"]


def test_a_branch_without_a_numeral_ends_with_its_province() -> None:
    text = "Agribank Chi nhánh Nghệ An trao 50 suất quà cho hộ nghèo."
    assert list(agencies_of(text)) == ["Agribank Chi nhánh Nghệ An"]


def test_the_state_bank_named_with_a_province_is_its_branch() -> None:
    text = "Dự buổi lễ có ông Trần Văn Hải, Phó Giám đốc Ngân hàng Nhà nước Bình Định."
    assert "Ngân hàng Nhà nước Bình Định" in agencies_of(text)


def test_the_governor_after_the_state_banks_name_is_no_part_of_it() -> None:
    text = "Thống đốc Ngân hàng Nhà nước Phạm Minh Đức yêu cầu các ngân hàng giảm lãi suất."
    assert list(agencies_of(text)) == ["Ngân hàng Nhà nước"]
    assert persons_of(text) == {"Phạm Minh Đức": "Thống đốc Ngân hàng Nhà nước"}


def test_a_banks_first_and_second_branch_in_one_province_are_two_bodies() -> None:
    text = "Agribank Chi nhánh Nghệ An cùng Agribank Chi nhánh Nghệ An II trao 50 suất quà cho hộ nghèo."
    assert set(agencies_of(text)) == {"Agribank Chi nhánh Nghệ An", "Agribank Chi nhánh Nghệ An II"}


def test_a_bare_association_of_the_city_said_after_it_is_the_citys_among_provinces() -> None:
    text = ("Lãnh đạo thành phố gặp Hiệp hội Doanh nghiệp trên địa bàn thành phố. Hiệp hội Doanh nghiệp TP Đà Nẵng "
            "sẽ hợp nhất với Hiệp hội Doanh nghiệp tỉnh Quảng Nam.")
    assert set(agencies_of(text)) == {"Hiệp hội Doanh nghiệp thành phố Đà Nẵng", "Hiệp hội Doanh nghiệp tỉnh Quảng Nam"}


def test_a_bare_association_of_a_province_among_two_provinces_stays_apart() -> None:
    text = ("Hiệp hội Doanh nghiệp trên địa bàn tỉnh đã họp. Hiệp hội Doanh nghiệp tỉnh Bến Tre và Hiệp hội Doanh "
            "nghiệp tỉnh Vĩnh Long cùng dự.")
    assert "Hiệp hội Doanh nghiệp" in agencies_of(text)
