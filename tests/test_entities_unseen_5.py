"""Fifth round of issue 12 probes, entities side: visits and working sessions, meetings with voters, awards,
congresses of Party cells and mass organisations, police and border-guard news. Each sentence is written for this
file; each asserts what a reader of the page would check."""

from __future__ import annotations

from tests.test_entities_unseen import agencies_of, events_of
from tests.test_local_party_unseen import persons_of

# ------------------------------------------------------------------ the old tone placement: "Uỷ ban"


def test_a_committee_printed_with_the_old_tone_mark_is_named_whole() -> None:
    text = ("Đoàn đại biểu Quốc hội tỉnh phối hợp với Ban Thường trực Uỷ ban MTTQ tỉnh tổ chức cho đại biểu "
            "gặp gỡ cử tri hai huyện miền núi.")
    agencies = agencies_of(text)
    assert "Ban Thường trực Ủy ban MTTQ tỉnh" in agencies
    assert not [name for name in agencies if name.endswith("Uỷ")]


def test_central_committees_printed_the_old_way_take_the_modern_spelling() -> None:
    text = ("Theo nghị quyết liên tịch của Uỷ ban Thường vụ Quốc hội và Đoàn Chủ tịch Uỷ ban Trung ương Mặt trận "
            "Tổ quốc Việt Nam, các đại biểu báo cáo kết quả kỳ họp với cử tri.")
    agencies = agencies_of(text)
    assert "Ủy ban Thường vụ Quốc hội" in agencies
    # (the presidium is a body of its own, named after the committee it belongs to: one entry, modern spelling)
    assert "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" in agencies


# ------------------------------------------------------------------ a head that is a sentence's subject


def test_a_contest_that_runs_on_is_no_new_event() -> None:
    text = ("Sáng 9/10/2024, Hội thi Hòa giải viên giỏi tỉnh lần thứ III khai mạc tại nhà văn hóa trung tâm. "
            "Hội thi kéo dài đến hết ngày 11/10. Hội nghị diễn ra trong một buổi sáng.")
    names = [name for name, _ in events_of(text)]
    assert names == ["Hội thi Hòa giải viên giỏi tỉnh lần thứ III"]


def test_a_comrade_speaking_at_a_congress_names_no_event() -> None:
    text = ("Sáng 12/3/2025, Chi bộ Trường Mầm non Hoa Sen tổ chức Đại hội Chi bộ nhiệm kỳ 2025-2027. "
            "Tại Đại hội đồng chí Lê Thu Trang, Bí thư Chi bộ, trình bày báo cáo chính trị.")
    names = [name for name, _ in events_of(text)]
    assert not [name for name in names if "đồng chí" in name]
    assert "Lê Thu Trang" in persons_of(text)


def test_a_birthday_of_a_comrade_keeps_the_comrade_in_its_name() -> None:
    text = "Ngày 20/6/2024, tỉnh tổ chức Lễ kỷ niệm 115 năm Ngày sinh đồng chí Trần Quốc Hoàn."
    names = [name for name, _ in events_of(text)]
    assert any(name.endswith("Ngày sinh đồng chí Trần Quốc Hoàn") for name in names)


# ------------------------------------------------------------------ central bodies in a province's news


def test_a_ministrys_department_after_a_comma_takes_no_province() -> None:
    text = ("Dự hội nghị có Thiếu tướng Đỗ Minh Khang, Phó Cục trưởng Cục Cảnh sát giao thông, Bộ Công an; "
            "lãnh đạo Công an tỉnh Bình Phước và Sở Giao thông vận tải.")
    agencies = agencies_of(text, "Bình Phước")
    assert agencies.get("Cục Cảnh sát giao thông", "absent") is None
    assert agencies["Sở Giao thông vận tải tỉnh Bình Phước"] == "Bình Phước"


def test_a_department_known_by_its_code_takes_no_province() -> None:
    text = "Đại diện Cục A05 và Công an tỉnh Bình Phước ký kết quy chế phối hợp."
    agencies = agencies_of(text, "Bình Phước")
    assert agencies.get("Cục A05", "absent") is None


def test_a_provincial_department_of_a_general_department_keeps_its_province() -> None:
    text = "Cục Thuế, Sở Tài chính và Kho bạc Nhà nước tỉnh cùng rà soát các khoản thu."
    assert agencies_of(text, "Bình Phước").get("Cục Thuế tỉnh Bình Phước") == "Bình Phước"


def test_a_national_force_named_with_its_country_takes_no_province() -> None:
    text = ("Nhân kỷ niệm Ngày truyền thống Bộ đội Biên phòng Việt Nam, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum "
            "tặng quà các hộ nghèo ở xã biên giới.")
    agencies = agencies_of(text, "Kon Tum")
    assert not [name for name in agencies if name.startswith("Bộ đội Biên phòng Việt Nam tỉnh")]
    assert agencies["Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum"] == "Kon Tum"


# ------------------------------------------------------------------ an interim committee


def test_an_interim_committee_is_named_whole_or_not_at_all() -> None:
    for printed in ("BCH Lâm thời", "Ban Chấp hành lâm thời"):
        text = f"Sáng 6/3, {printed} Hội Doanh nhân trẻ huyện ra mắt và trao quà cho học sinh nghèo."
        agencies = agencies_of(text)
        assert not [name for name in agencies if name.endswith("Lâm")], printed
        assert "Ban Chấp hành lâm thời Hội Doanh nhân trẻ huyện" in agencies, printed


# ------------------------------------------------------------------ one commune's bodies listed together


def test_bodies_listed_before_a_communes_one_are_that_communes() -> None:
    text = ("Sáng 3/4, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Quảng Lợi đến thăm và tặng quà "
            "các gia đình chính sách của xã Quảng Phúc.")
    agencies = agencies_of(text, "Thanh Hóa")
    assert "HĐND xã Quảng Lợi" in agencies
    assert "UBND xã Quảng Lợi" in agencies
    assert not [name for name in agencies if name.endswith("tỉnh Thanh Hóa")]


def test_a_body_with_its_own_place_keeps_it_in_the_list() -> None:
    text = "Lãnh đạo HĐND tỉnh, UBND huyện Thọ Xuân và Huyện đoàn dự lễ ra quân."
    agencies = agencies_of(text, "Thanh Hóa")
    assert "HĐND tỉnh Thanh Hóa" in agencies
    assert "UBND huyện Thọ Xuân" in agencies


# ------------------------------------------------------------------ a title printed in lowercase after a name


def test_a_lowercase_title_right_after_a_name_is_no_part_of_it() -> None:
    text = "Về dự có đồng chí Đinh Thị Hằng Phó chủ tịch UBND xã Tân Phước và 25 đảng viên."
    assert "Đinh Thị Hằng" in persons_of(text)


def test_a_given_name_that_is_a_title_word_stays_in_the_name() -> None:
    text = "Đồng chí Lê Văn Phó, Bí thư Đảng ủy xã, trao quà cho các hộ nghèo."
    assert "Lê Văn Phó" in persons_of(text)


# ------------------------------------------------------------------ the appeal is a noun


def test_the_anniversary_of_the_appeal_keeps_the_appeal_in_its_name() -> None:
    text = ("Chiều 9/6, huyện tổ chức gặp mặt kỷ niệm 77 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua "
            "ái quốc (11/6/1948 - 11/6/2025) và biểu dương 40 điển hình tiên tiến.")
    assert ("Kỷ niệm 77 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc", "2025-06-11") \
        in events_of(text)
