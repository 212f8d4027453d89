"""Twenty-second round of issue 12 probes, entities side. An article with two provinces in sections: a bare body
is the one of the province its own sentence names, not of the province the text names most; the committee of a
part of a grassroots Party organisation ("Đảng ủy bộ phận") and a cell's committee ("Chi ủy") keep their first
words; a "follow us" widget's platform names are no author; an author's byline with a degree before the name and
an office line under it is the author's. Each sentence is written for this file; each asserts what a reader of
the page would check."""

from __future__ import annotations

from loaders.boilerplate import is_chrome
from loaders.gazetteer import main_province
from tests.test_entities_unseen import agencies_of
from tests.test_local_party_unseen import persons_of

# ------------------------------------------------------------------ two provinces in one article

_TWO_PROVINCES = (
    "Ủy ban Kiểm tra Trung ương xem xét vi phạm của cán bộ tỉnh Quảng Ninh và tỉnh Bến Tre.\n\n"
    "Tại tỉnh Quảng Ninh: ông Lê Văn Hùng, Phó Chủ tịch UBND tỉnh Quảng Ninh, đã buông lỏng lãnh đạo; UBND tỉnh "
    "Quảng Ninh phải kiểm điểm.\n\n"
    "Đối với Bến Tre: ông Đỗ Minh Tâm, Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh; bà Phan Thị Lan, ủy viên Ban "
    "Chấp hành Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh, Giám đốc Sở Công Thương tỉnh Bến Tre."
)


def test_a_bare_body_in_the_second_provinces_section_is_that_provinces() -> None:
    found = agencies_of(_TWO_PROVINCES, locality=main_province(_TWO_PROVINCES))
    assert found["UBND tỉnh Bến Tre"] == "Bến Tre"
    assert found["Ban cán sự đảng UBND tỉnh Bến Tre"] == "Bến Tre"
    assert found["Ban Chấp hành Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Bến Tre"] == "Bến Tre"
    assert found["UBND tỉnh Quảng Ninh"] == "Quảng Ninh"
    assert not any(name.endswith("Quảng Ninh") for name in found if "Khối" in name or "cán sự" in name)


def test_a_bare_body_in_a_text_about_one_province_keeps_the_texts_province() -> None:
    text = ("Sáng 3/4, UBND tỉnh Quảng Ninh họp với các sở. Chủ tịch UBND tỉnh đề nghị Ban cán sự đảng UBND tỉnh "
            "chỉ đạo sát sao.")
    found = agencies_of(text, locality=main_province(text))
    assert found == {"UBND tỉnh Quảng Ninh": "Quảng Ninh", "Ban cán sự đảng UBND tỉnh Quảng Ninh": "Quảng Ninh"}


# ------------------------------------------------------------------ committees of the Party's grassroots


def test_the_committee_of_a_part_of_a_grassroots_organisation_keeps_its_first_words() -> None:
    text = ("Ủy ban Kiểm tra Tỉnh ủy kiểm tra Đảng ủy Sở Xây dựng, Đảng ủy bộ phận Trung tâm Giống cây trồng tỉnh "
            "và Chi ủy Chi bộ Trung tâm Văn hóa huyện Lục Yên.")
    found = agencies_of(text)
    assert "Đảng ủy bộ phận Trung tâm Giống cây trồng tỉnh" in found
    assert "Chi ủy Chi bộ Trung tâm Văn hóa huyện Lục Yên" in found
    assert "Trung tâm Giống cây trồng tỉnh" not in found
    assert "Chi bộ Trung tâm Văn hóa huyện Lục Yên" not in found


# ------------------------------------------------------------------ bylines


def test_a_follow_us_widget_is_no_author() -> None:
    text = ("Tỉnh ủy Yên Bái sơ kết công tác kiểm tra\n\nGoogle News\n\n"
            "Sáng 5/6, Ủy ban Kiểm tra Tỉnh ủy Yên Bái tổ chức hội nghị sơ kết công tác kiểm tra, giám sát.")
    assert "Google News" not in persons_of(text)
    assert is_chrome("Theo dõi chúng tôi trên Zalo")
    assert is_chrome("Facebook | YouTube | TikTok")
    assert not is_chrome("Lê Văn Zalo")


def test_a_byline_with_a_degree_and_an_office_line_under_it_is_the_author() -> None:
    text = ("Nâng cao chất lượng đội ngũ cán bộ cấp xã\n\nTS. Hoàng Minh Đức\nNguyên Phó Trưởng ban Tổ chức Tỉnh ủy\n"
            "Đội ngũ cán bộ cấp xã có vai trò quan trọng trong việc đưa chủ trương của Đảng vào cuộc sống.")
    assert persons_of(text) == {"Hoàng Minh Đức": "tác giả"}


def test_a_byline_with_a_masters_degree_and_the_authors_school_under_it() -> None:
    text = ("Phát triển du lịch sinh thái ở vùng ven biển\n\nThS. Nguyễn Thị Thu Hà\nTrường Đại học Cần Thơ\n"
            "Du lịch sinh thái là hướng đi phù hợp với các tỉnh ven biển đồng bằng sông Cửu Long.")
    assert persons_of(text) == {"Nguyễn Thị Thu Hà": "tác giả"}


def test_provinces_named_as_a_group_of_guests_do_not_take_a_bare_body() -> None:
    text = ("Sáng 9/10, Đại hội Hội Cựu chiến binh tỉnh Yên Bái khai mạc.\n\n"
            "Dự Đại hội có lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh và đoàn đại biểu Hội Cựu chiến binh các tỉnh Lào Cai, "
            "Tuyên Quang.")
    found = agencies_of(text, locality=main_province(text))
    assert found["UBND tỉnh Yên Bái"] == "Yên Bái"
    assert "UBND tỉnh Lào Cai" not in found
