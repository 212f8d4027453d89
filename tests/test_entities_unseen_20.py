"""Twentieth round of issue 12 probes, entities side: kinds of text the last two rounds noticed and left alone. A person
whose name opens like a school's; titles and middle names printed in lowercase; the centre of a mass organisation
kept whole; one head over a list of provinces; a town two provinces share the name of; a name that runs on into a
preposition of occasion; an open tournament and a stray capital inside a contest's name. Each sentence is written for
this file; each asserts what a reader of the page would check."""

from __future__ import annotations

from loaders.entities import find_entities
from tests.test_entities_unseen import agencies_of, events_of
from tests.test_local_party_unseen import persons_of

# ------------------------------------------------------------------ persons


def test_a_person_addressed_as_comrade_whose_name_opens_like_a_school_is_a_person() -> None:
    text = "Buổi gặp mặt có sự tham dự của đồng chí Trường Thanh – Phó Chủ tịch Ủy ban Thường vụ Quốc hội."
    assert persons_of(text) == {"Trường Thanh": "Phó Chủ tịch Ủy ban Thường vụ Quốc hội"}
    assert set(agencies_of(text)) == {"Ủy ban Thường vụ Quốc hội"}


def test_a_school_after_a_comrade_still_reads_as_a_school_when_its_name_goes_on_in_lowercase() -> None:
    text = "Ông Trường Tiểu học Kim Đồng là nơi đồng chí Lê Văn Hai từng dạy."
    assert "Trường Tiểu" not in persons_of(text)


def test_a_title_printed_in_lowercase_before_a_name_gives_the_person() -> None:
    text = "Chiều 4/5, phó chủ tịch Trần Quang Huy đã kiểm tra công tác phòng chống lụt bão tại xã."
    assert persons_of(text) == {"Trần Quang Huy": "phó chủ tịch"}


def test_the_president_named_after_a_lowercase_title_is_no_participant() -> None:
    text = "Cán bộ, đảng viên học tập và làm theo tấm gương đạo đức của chủ tịch Hồ Chí Minh."
    _, persons, _ = find_entities(text)
    assert [(p.name, p.participant) for p in persons] == [("Hồ Chí Minh", False)]


def test_a_lowercase_title_before_a_body_named_after_a_family_name_gives_no_person() -> None:
    text = "Ông được cử làm trưởng đoàn Đoàn Kiểm tra liên ngành của tỉnh."
    assert persons_of(text) == {}


def test_a_middle_name_printed_in_lowercase_stays_in_the_name() -> None:
    text = "Dự lễ có bà Trần thị Hồng Nhung, Chủ tịch Hội Phụ nữ phường, và ông Lê văn Tư."
    assert persons_of(text) == {"Trần Thị Hồng Nhung": "Chủ tịch Hội Phụ nữ phường", "Lê Văn Tư": None}


# ------------------------------------------------------------------ agencies


def test_the_centre_of_an_association_is_kept_whole_where_the_text_names_an_organ_of_it() -> None:
    text = ("Tới dự có ông Vũ Minh Đức, Phó Chủ tịch Trung ương Hội Cựu chiến binh Việt Nam, và ông Hà Văn Lâm, Ủy viên "
            "Ban Thường vụ Trung ương Hội Cựu chiến binh Việt Nam.")
    names = agencies_of(text)
    assert "Trung ương Hội Cựu chiến binh Việt Nam" in names
    assert "Ban Thường vụ Trung ương Hội Cựu chiến binh Việt Nam" in names
    assert "Hội Cựu chiến binh Việt Nam" not in names


def test_the_association_after_its_centre_stays_the_association_where_no_organ_is_named() -> None:
    text = "Chủ tịch Trung ương Hội Cựu chiến binh Việt Nam Vũ Minh Đức dự buổi lễ."
    assert set(agencies_of(text)) == {"Hội Cựu chiến binh Việt Nam"}


def test_one_association_head_over_a_list_of_provinces_names_each_provinces_body() -> None:
    text = "Hội Cựu chiến binh các tỉnh Hà Giang, Tuyên Quang và Yên Bái ký kết giao ước thi đua năm 2025."
    assert agencies_of(text) == {"Hội Cựu chiến binh tỉnh Hà Giang": "Hà Giang",
                                 "Hội Cựu chiến binh tỉnh Tuyên Quang": "Tuyên Quang",
                                 "Hội Cựu chiến binh tỉnh Yên Bái": "Yên Bái"}


def test_a_police_head_over_a_list_of_provinces_names_each_provinces_police() -> None:
    text = "Công an các tỉnh Hà Giang, Cao Bằng phối hợp bắt giữ đối tượng."
    assert set(agencies_of(text)) == {"Công an tỉnh Hà Giang", "Công an tỉnh Cao Bằng"}


def test_a_head_over_every_province_is_still_no_body() -> None:
    text = "Hội Cựu chiến binh các tỉnh, thành phố đã triển khai kế hoạch."
    assert agencies_of(text) == {}


def test_a_district_whose_name_many_provinces_share_closes_the_body() -> None:
    # ("Châu" is a family name too: a district's name, known to the table, is read whole all the same)
    text = "Sáng 12/3, UBND huyện Châu Thành tổ chức hội nghị triển khai nhiệm vụ năm 2025."
    assert agencies_of(text) == {"UBND huyện Châu Thành": None}


def test_a_person_after_a_bare_district_stays_a_person() -> None:
    text = "Chủ tịch UBND thị xã Nguyễn Văn Hùng phát biểu tại hội nghị."
    assert "Nguyễn Văn Hùng" in persons_of(text)


def test_a_body_ends_before_a_preposition_of_occasion() -> None:
    text = "Chi đoàn Bệnh viện Nhi đồng nhân dịp Ngày Quốc tế Thiếu nhi đã trao 200 phần quà cho bệnh nhi."
    assert set(agencies_of(text)) == {"Chi đoàn Bệnh viện Nhi đồng"}


def test_the_partys_central_committee_and_an_associations_stay_two_bodies() -> None:
    text = ("Ông Lò Văn Sáng, Ủy viên Ban chấp hành Trung ương Đảng, Chủ tịch Ban chấp hành Trung ương Hội Nông dân Việt "
            "Nam, dự đại hội.")
    names = agencies_of(text)
    assert len(names) == 2
    assert any(n.startswith("Ban chấp hành Trung ương Hội Nông dân") for n in names)


# ------------------------------------------------------------------ events


def test_an_open_tournament_keeps_mo_rong_in_its_name() -> None:
    text = "Tối 20/7/2024, huyện khai mạc Giải bóng đá Cúp Truyền hình mở rộng năm 2024."
    assert events_of(text) == [("Giải bóng đá Cúp Truyền hình mở rộng năm 2024", "2024-07-20")]


def test_an_open_cup_named_by_a_code_keeps_mo_rong() -> None:
    text = "Khai mạc Giải Quần vợt Cúp Hoa Sen mở rộng lần thứ 3 tại sân vận động huyện."
    assert [n for n, _ in events_of(text)] == ["Giải Quần vợt Cúp Hoa Sen mở rộng lần thứ 3"]


def test_a_stray_capital_inside_a_contests_name_opens_no_movement() -> None:
    text = "Giải bóng đá mini Phong trào huyện năm 2024 đã khép lại sau 10 ngày tranh tài."
    assert [n for n, _ in events_of(text)] == ["Giải bóng đá mini Phong trào huyện năm 2024"]


# ------------------------------------------------------------------ second pass


def test_a_count_of_provinces_before_their_names_gives_each_provinces_body() -> None:
    text = "Hội Cựu chiến binh hai tỉnh Lạng Sơn và Cao Bằng ký kết quy chế phối hợp."
    assert agencies_of(text) == {"Hội Cựu chiến binh tỉnh Lạng Sơn": "Lạng Sơn",
                                 "Hội Cựu chiến binh tỉnh Cao Bằng": "Cao Bằng"}


def test_a_count_of_provinces_with_no_names_is_no_body() -> None:
    text = "Sở Tư pháp hai tỉnh đã trao đổi kinh nghiệm."
    assert agencies_of(text) == {}


def test_a_district_committee_named_after_a_town_two_provinces_share() -> None:
    text = "Chiều 8/5, Thị ủy Hoàng Mai tổ chức hội nghị sơ kết công tác dân vận."
    assert "Thị ủy Hoàng Mai" in agencies_of(text)


def test_a_lowercase_title_then_its_body_then_the_name() -> None:
    text = "Cùng đi kiểm tra có giám đốc Sở Tài chính Hoàng Minh Tuấn."
    assert persons_of(text) == {"Hoàng Minh Tuấn": "giám đốc Sở Tài chính"}


def test_a_lowercase_rank_before_a_name_gives_the_person() -> None:
    text = "Theo thượng tá Lý Văn Kiên, trưởng công an huyện, tình hình đã ổn định."
    assert persons_of(text)["Lý Văn Kiên"].startswith("thượng tá")


def test_the_centre_of_an_association_acting_on_its_own_is_kept_whole() -> None:
    text = "Sáng 2/10, Trung ương Hội Cựu chiến binh Việt Nam tổ chức tọa đàm về công tác hội viên."
    assert agencies_of(text) == {"Trung ương Hội Cựu chiến binh Việt Nam": None}


def test_the_centre_stays_the_association_where_the_text_names_the_association_too() -> None:
    text = ("Trung ương Hội Cựu chiến binh Việt Nam tổng kết phong trào; Chủ tịch Hội Cựu chiến binh Việt Nam Vũ Minh "
            "Đức phát biểu.")
    assert agencies_of(text) == {"Hội Cựu chiến binh Việt Nam": None}


def test_a_person_after_an_office_that_names_its_body_in_itself_is_no_school() -> None:
    text = "Năm 1986, Tổng Bí thư Trường Thanh chủ trì phiên họp."
    assert persons_of(text) == {"Trường Thanh": "Tổng Bí thư"}
    assert agencies_of(text) == {}


def test_a_school_after_a_headmasters_title_stays_a_school() -> None:
    text = "Hiệu trưởng Trường Hòa Bình phát biểu khai giảng."
    assert "Trường Hòa Bình" in agencies_of(text)
