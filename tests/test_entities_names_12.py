"""Issue 12: where the name of a body or an event ends, by the shape of the language: a district whose first word
is a country's name, "số N" of a school or an enterprise against a count after a body, lowercase words of an
official name ("thủy lợi", "thủy văn", "Phòng không"). Each sentence is written for this file."""

from __future__ import annotations

from tests.test_entities_unseen import agencies_of, events_of


def test_a_district_whose_first_word_is_a_country_ends_the_name_whole() -> None:
    text = "Trung tâm Y tế Đức Thọ vừa khánh thành khu điều trị mới."
    assert list(agencies_of(text)) == ["Trung tâm Y tế Đức Thọ"]


def test_a_country_after_a_lowercase_word_still_closes_a_foreign_body() -> None:
    assert list(agencies_of("Đại sứ quán Đức trao học bổng cho sinh viên.")) == ["Đại sứ quán Đức"]


def test_the_number_of_a_school_after_so_is_part_of_its_name() -> None:
    text = "Năm học này, Trường Tiểu học số 3 có thêm hai phòng học."
    assert list(agencies_of(text)) == ["Trường Tiểu học số 3"]


def test_the_number_of_an_enterprise_after_so_is_part_of_its_name() -> None:
    text = "Xí nghiệp Cơ khí số 4 đã bàn giao máy cho hợp tác xã."
    assert list(agencies_of(text)) == ["Xí nghiệp Cơ khí số 4"]


def test_a_count_after_a_body_is_not_its_number() -> None:
    text = "Trong quý, Sở Xây dựng 3 lần kiểm tra công trình."
    assert list(agencies_of(text)) == ["Sở Xây dựng"]


def test_thuy_is_a_syllable_of_the_name_not_a_committee() -> None:
    text = "Chi cục Thủy lợi và Đê điều cùng Trung tâm Quan trắc thủy văn tỉnh Nghệ An kiểm tra đê."
    assert "Trung tâm Quan trắc thủy văn tỉnh Nghệ An" in agencies_of(text)


def test_an_irrigation_company_keeps_its_lowercase_words() -> None:
    text = "Công ty TNHH MTV Quản lý thủy lợi Bắc Quảng Bình vận hành các hồ chứa."
    assert list(agencies_of(text)) == ["Công ty TNHH MTV Quản lý thủy lợi Bắc Quảng Bình"]


def test_air_defence_ends_at_khong() -> None:
    text = "Lữ đoàn Phòng không 210 không để xảy ra sự cố."
    assert list(agencies_of(text)) == ["Lữ đoàn Phòng không 210"]


def test_a_commune_whose_name_ends_in_a_head_word_opens_no_new_body() -> None:
    text = "Trạm Y tế xã Pú Ban đã tiêm đủ hai mũi cho trẻ em."
    assert list(agencies_of(text)) == ["Trạm Y tế xã Pú Ban"]


def test_a_bare_commune_body_takes_the_commune_whose_name_ends_in_a_head_word() -> None:
    text = "Công an xã Phú Hội vừa ra mắt tổ an ninh. Đoàn Thanh niên xã phối hợp tuần tra."
    assert "Đoàn Thanh niên xã Phú Hội" in agencies_of(text)


def test_a_head_word_with_a_name_after_a_commune_is_still_a_new_body() -> None:
    text = "UBND xã Phú Lạc Hội Nông dân xã cùng ký kết chương trình phối hợp."
    assert list(agencies_of(text)) == ["UBND xã Phú Lạc", "Hội Nông dân xã Phú Lạc"]


def test_an_enlarged_plenum_keeps_mo_rong_after_its_ordinal() -> None:
    text = "Ngày 14/7/2023, Hội nghị Huyện ủy lần thứ 15 mở rộng đã bàn về kinh tế."
    assert events_of(text) == [("Hội nghị Huyện ủy lần thứ 15 mở rộng", "2023-07-14")]


def test_an_enlarged_plenum_ends_after_mo_rong_before_the_sentences_verb() -> None:
    text = "Ngày 9/1/2024, Hội nghị Thành ủy lần thứ IX mở rộng thảo luận dự thảo báo cáo."
    assert events_of(text) == [("Hội nghị Thành ủy lần thứ IX mở rộng", "2024-01-09")]


def test_a_commune_ending_in_ban_before_the_verb_to_organise() -> None:
    text = "UBND xã Pú Ban tổ chức gặp mặt người cao tuổi."
    assert list(agencies_of(text)) == ["UBND xã Pú Ban"]
