"""Nineteenth round of issue 12 probes, entities side: national news and sector pages. Banks and state groups named
by their brand, their branches, representative offices and unions; communes after the 2025 merger whose name holds
a head word; deputies listed as "đại biểu"; a person or a title right after a bare ward or city. Each sentence is
written for this file; each asserts what a reader of the page would check."""

from __future__ import annotations

from tests.test_entities_unseen import agencies_of
from tests.test_local_party_unseen import persons_of

# ------------------------------------------------------------------ banks and groups by brand


def test_a_bank_named_by_its_brand_alone_is_a_body() -> None:
    text = "Vietcombank vừa trao 2 tỷ đồng hỗ trợ người dân vùng lũ tỉnh Yên Bái."
    assert "Vietcombank" in agencies_of(text)


def test_a_joint_stock_bank_and_a_power_corporation_by_brand_are_bodies() -> None:
    text = "Sáng 14/5, Sacombank và EVNCPC ký kết thỏa thuận thanh toán tiền điện không dùng tiền mặt."
    assert set(agencies_of(text)) == {"Sacombank", "EVNCPC"}


def test_a_branch_of_a_bank_by_brand_is_a_body_of_its_own() -> None:
    text = "Sáng 9/3, BIDV chi nhánh Bình Định phối hợp với Hội Nông dân tỉnh trao 30 suất quà."
    names = agencies_of(text)
    assert "BIDV chi nhánh Bình Định" in names
    assert "BIDV" not in names


def test_the_short_name_in_brackets_stands_for_the_bank_that_owns_the_union() -> None:
    text = ("Công đoàn Cơ quan Ngân hàng Thương mại cổ phần Công Thương Việt Nam (VietinBank) tổ chức chương trình. "
            "Lãnh đạo VietinBank cho biết Công đoàn Cơ quan VietinBank sẽ tiếp tục hỗ trợ.")
    names = agencies_of(text)
    assert "Công đoàn Cơ quan Ngân hàng Thương mại cổ phần Công Thương Việt Nam" in names
    assert "Ngân hàng Thương mại cổ phần Công Thương Việt Nam" in names  # the bare brand, named in full
    assert len(names) == 2


def test_foreign_ngos_named_by_their_own_names_are_bodies() -> None:
    text = "Oxfam và Save the Children vừa hỗ trợ 2 tỷ đồng cho các xã bị sạt lở ở Quảng Trị."
    assert set(agencies_of(text)) == {"Oxfam", "Save the Children"}


def test_an_ngos_own_name_in_brackets_is_the_same_body() -> None:
    text = ("Tổ chức Tầm nhìn Thế giới (World Vision) tại Việt Nam trao 120 suất học bổng. Dịp này, World Vision "
            "cũng bàn giao một điểm trường.")
    assert agencies_of(text) == {"Tổ chức Tầm nhìn Thế giới": None}


def test_a_representative_office_keeps_the_region_it_serves() -> None:
    text = "Văn phòng đại diện Vietcombank khu vực Tây Nguyên vừa tổ chức hội nghị khách hàng."
    assert "Văn phòng đại diện Vietcombank khu vực Tây Nguyên" in agencies_of(text)


def test_a_representative_office_keeps_the_city_it_sits_in() -> None:
    text = "Văn phòng đại diện Ngân hàng Đầu tư tại Thành phố Đà Nẵng được thành lập năm 1995."
    assert "Văn phòng đại diện Ngân hàng Đầu tư tại Thành phố Đà Nẵng" in agencies_of(text)


def test_an_association_followed_by_a_verb_is_no_name() -> None:
    text = "Hiệp hội Du lịch tỉnh đề nghị các doanh nghiệp tham gia. Hiệp hội đồng hành cùng ngành trong mọi dự án."
    names = agencies_of(text)
    assert not any("đồng hành" in n for n in names)


# ------------------------------------------------------------------ communes and streets whose name holds a head word


def test_a_commune_whose_name_opens_with_hoi_is_a_place() -> None:
    text = ("Cử tri xã Hội Hợp và phường Hội Phú kiến nghị UBND tỉnh sửa đường liên xã. Lãnh đạo UBND xã Phú Lộc, "
            "Hội Cựu chiến binh xã và Đoàn Thanh niên xã Phú Lộc cùng dự.")
    names = agencies_of(text)
    assert not any(n.startswith("Hội") and "Cựu chiến binh" not in n for n in names)
    assert "Hội Cựu chiến binh xã Phú Lộc" in names  # (an association after a commune's name is still one)


def test_a_street_whose_name_opens_with_a_head_is_a_place() -> None:
    text = "Tuyến đường Đoàn Kết - Hội Xuân dài 6 km được thông xe cuối năm."
    assert agencies_of(text) == {}


def test_a_commune_whose_name_opens_with_a_head_closes_its_bodys_name_before_the_chairman() -> None:
    text = "Chủ tịch UBND xã Đoàn Kết Lò Văn Pấng cho biết, Đảng ủy xã Hội Hoan đã họp bàn việc sáp nhập."
    names = agencies_of(text)
    assert {"UBND xã Đoàn Kết", "Đảng ủy xã Hội Hoan"} <= set(names)
    assert persons_of(text) == {"Lò Văn Pấng": "Chủ tịch UBND xã Đoàn Kết"}


# ------------------------------------------------------------------ people


def test_deputies_listed_as_dai_bieu_are_people() -> None:
    text = ("Tổ trưởng là ông Hà Văn Tới và các đại biểu Lương Thị Mơ; đại biểu Đinh Công Sáu. Các đại biểu Quốc "
            "hội tỉnh, đại biểu Mai Châu và đại biểu Thanh niên tiêu biểu cùng dự.")
    persons = persons_of(text)
    assert set(persons) == {"Hà Văn Tới", "Lương Thị Mơ", "Đinh Công Sáu"}  # (never "Quốc hội", a district, a class)


def test_a_title_after_a_bare_ward_names_no_commune() -> None:
    text = "Bà Lò Thị Hoa – Phó Chủ tịch HĐND phường Tổ trưởng Tổ đại biểu số 3 phát biểu."
    assert not any(n.endswith("Tổ") for n in agencies_of(text))
    assert persons_of(text)["Lò Thị Hoa"] == "Phó Chủ tịch HĐND phường"


def test_a_person_after_a_bare_city_is_not_the_district_his_name_begins_with() -> None:
    text = "Dự buổi lễ có Chủ tịch UBND thành phố Đồng Văn Hưng cùng lãnh đạo các phường."
    assert "Đồng Văn Hưng" in persons_of(text)
    assert not any("Đồng Văn" in n for n in agencies_of(text))


def test_the_heroic_mother_title_in_lowercase_opens_a_name() -> None:
    text = "Đoàn đã đến thăm, tặng quà Bà mẹ Việt Nam anh hùng Trần Thị Gái tại nhà riêng."
    assert persons_of(text) == {"Trần Thị Gái": "Bà mẹ Việt Nam anh hùng"}


# ------------------------------------------------------------------ names closed by their acronym or a headline


def test_a_lowercase_task_closed_by_the_bodys_acronym_belongs_to_its_name() -> None:
    text = "Tham dự có đại diện Trung tâm Kiểm soát bệnh tật (CDC) Hậu Giang và các bệnh viện."
    assert agencies_of(text) == {"Trung tâm Kiểm soát bệnh tật Hậu Giang": "Hậu Giang"}


def test_a_ward_named_in_a_capitals_headline_is_the_wards_bodies_place() -> None:
    text = ("KẾT QUẢ KỲ HỌP THỨ BA - HĐND PHƯỜNG AN KHÁNH\n\nSáng 12/1, Hội đồng nhân dân phường tổ chức kỳ họp. "
            "Ủy ban nhân dân phường báo cáo tình hình thu ngân sách.")
    names = agencies_of(text)
    assert "HĐND phường An Khánh" in names  # (the council and the committee under their short names)
    assert "UBND phường An Khánh" in names


def test_a_station_named_by_what_it_broadcasts_then_its_own_name() -> None:
    text = "Trước đó, ông là Giám đốc Đài truyền hình kỹ thuật số VTC. Đài truyền hình đưa tin về buổi lễ."
    assert agencies_of(text) == {"Đài Truyền hình kỹ thuật số VTC": None}


def test_a_national_association_by_its_acronym_without_the_country_is_the_same_body() -> None:
    text = ("Hội Nông dân Việt Nam trao 300 suất quà cho hội viên. Chủ tịch Hội ND cho biết đây là trách nhiệm của "
            "Hội ND đối với nông dân nghèo.")
    assert list(agencies_of(text)) == ["Hội Nông dân Việt Nam"]
