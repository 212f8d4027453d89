"""Eleventh round of issue 12 probes, entities side: foreign governments and parliaments named by their country
after the state's own body. Each sentence is written for this file; each asserts what a reader of the page would
check."""

from __future__ import annotations

from tests.test_entities_unseen import agencies_of
from tests.test_local_party_unseen import persons_of

# ------------------------------------------------------------------ foreign states' bodies


def test_a_country_after_the_government_names_a_foreign_government() -> None:
    text = "Bộ trưởng cảm ơn Chính phủ Đan Mạch đã tài trợ dự án cấp nước sạch cho các xã vùng cao."
    assert "Chính phủ Đan Mạch" in agencies_of(text)


def test_a_country_after_the_national_assembly_names_a_foreign_parliament() -> None:
    text = "Phó Chủ tịch nước gửi điện mừng Quốc hội Lào nhân dịp khai mạc kỳ họp thứ tám."
    assert "Quốc hội Lào" in agencies_of(text)


def test_our_government_and_a_foreign_one_in_one_text_are_two_bodies() -> None:
    text = ("Thủ tướng Chính phủ tiếp Đại sứ và đề nghị Chính phủ Ba Lan tiếp tục hỗ trợ cộng đồng người Việt "
            "đang sinh sống tại đây.")
    found = agencies_of(text)
    assert "Chính phủ" in found
    assert "Chính phủ Ba Lan" in found


# ------------------------------------------------------------------ a task's word pair joined by a dash


def test_a_spaced_dash_between_lowercase_words_stays_inside_a_steering_committees_task() -> None:
    text = "Ban Chỉ đạo Tết quân - dân tỉnh Bạc Liêu tổ chức thăm, tặng quà các gia đình chính sách."
    assert "Ban Chỉ đạo Tết quân - dân tỉnh Bạc Liêu" in agencies_of(text)


def test_a_dash_in_socio_economic_stays_inside_a_committees_task() -> None:
    text = "Ban Chỉ đạo phát triển kinh tế - xã hội vùng Tây Bắc họp phiên thường kỳ vào sáng thứ Hai."
    assert "Ban Chỉ đạo phát triển kinh tế - xã hội vùng Tây Bắc" in agencies_of(text)


# ------------------------------------------------------------------ "Ngài", the honorific of a foreign guest


def test_ngai_before_a_foreign_name_and_a_dashed_title_is_a_person() -> None:
    text = "Buổi gặp do Ngài Martin Keller - Đại sứ Thụy Sĩ tại Việt Nam chủ trì, với sự tham dự của các doanh nghiệp."
    persons = persons_of(text)
    assert "Martin Keller" in persons
    assert persons["Martin Keller"].startswith("Đại sứ")


def test_lowercase_ngai_before_a_foreign_name_and_a_comma_title_is_a_person() -> None:
    text = "Chủ tịch tỉnh tiếp ngài Hans Weber, Tổng Lãnh sự Đức tại Thành phố Hồ Chí Minh, chiều 3/5."
    assert "Hans Weber" in persons_of(text)


# ------------------------------------------------------------------ a title whose body carries its acronym in brackets


def test_a_name_after_a_title_whose_body_shows_its_acronym_is_a_person() -> None:
    text = "Bộ trưởng điện đàm với Tổng Giám đốc Tổ chức Y tế Thế giới (WHO) Tedros Ghebreyesus sáng nay."
    persons = persons_of(text)
    assert "Tedros Ghebreyesus" in persons
    assert persons["Tedros Ghebreyesus"].startswith("Tổng Giám đốc Tổ chức Y tế Thế giới")


def test_a_vietnamese_name_after_a_bracketed_acronym_of_the_title_body() -> None:
    text = "Chủ tịch Hội Nông dân Việt Nam (HND) Lương Quốc Đoàn phát biểu khai mạc hội nghị tổng kết."
    assert "Lương Quốc Đoàn" in persons_of(text)


# ------------------------------------------------------------------ a byline above the site's related articles


def test_a_byline_in_capitals_above_a_related_articles_heading_is_the_author() -> None:
    text = ("Hội nghị tổng kết công tác năm\n\n"
            "Sáng nay, huyện tổ chức hội nghị tổng kết công tác năm với sự tham dự của nhiều đại biểu.\n"
            "THANH BÌNH\n\n"
            "Tin liên quan\n\n"
            "Xã vùng cao hoàn thành chương trình nông thôn mới sớm hai năm\n")
    assert persons_of(text).get("Thanh Bình") == "tác giả"
