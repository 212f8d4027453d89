"""Places in a document's header and names printed in capitals. A province's name printed after a city's marker
("thành phố", "TP", "Thành ủy") names a city, kept as printed with the province it lies in: the province's seat
named like it ("UBND thành phố Thái Nguyên"), or Huế, a centrally-run city since 1 January 2025 on the territory of
Thừa Thiên Huế — never the province's own People's Committee. Each sentence is written for this file; each asserts
what a reader of the page would check."""

from __future__ import annotations

from loaders.gazetteer import main_province
from tests.test_entities_unseen import agencies_of

# ------------------------------------------------------------------ a city named like its province


def test_a_header_of_the_city_of_hue_keeps_the_city_as_printed() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nSố: 210/KH-UBND\nHuế, ngày 14 tháng 4 năm 2025\n\nKẾ HOẠCH\n"
            "Tổ chức tháng hành động vì an toàn thực phẩm")
    assert agencies_of(text, locality=main_province(text)) == {"UBND thành phố Huế": "Thừa Thiên Huế"}


def test_the_citys_party_committee_and_its_department_keep_the_citys_name() -> None:
    text = ("THÀNH ỦY HUẾ\nBAN TUYÊN GIÁO VÀ DÂN VẬN\nSố: 41-HD/BTGDVTU\nHuế, ngày 8 tháng 8 năm 2025\n\nHƯỚNG DẪN\n"
            "Tuyên truyền kỷ niệm ngày Quốc khánh")
    found = agencies_of(text, locality=main_province(text))
    assert found["Thành ủy Huế"] == "Thừa Thiên Huế"
    assert found["Ban Tuyên giáo và Dân vận Thành ủy Huế"] == "Thừa Thiên Huế"


def test_a_provincial_city_named_like_its_province_is_no_provincial_body() -> None:
    text = ("Sáng 9/1, UBND tỉnh Thái Nguyên và UBND thành phố Thái Nguyên cùng kiểm tra công trình cầu Gia Bẩy; "
            "UBND TP Thái Nguyên báo cáo tiến độ.")
    found = agencies_of(text, locality=main_province(text))
    assert found == {"UBND tỉnh Thái Nguyên": "Thái Nguyên", "UBND thành phố Thái Nguyên": "Thái Nguyên"}


def test_a_centrally_run_city_keeps_its_usual_name() -> None:
    text = "Chiều 2/6, UBND thành phố Đà Nẵng làm việc với Thành ủy Đà Nẵng về dự án nhà ở xã hội."
    found = agencies_of(text, locality=main_province(text))
    assert found == {"UBND thành phố Đà Nẵng": "Đà Nẵng", "Thành ủy Đà Nẵng": "Đà Nẵng"}


def test_a_header_of_a_provincial_city_named_like_its_province_keeps_the_city() -> None:
    text = "UBND THÀNH PHỐ NAM ĐỊNH\nSố: 88/KH-UBND\nNam Định, ngày 5 tháng 3 năm 2023\n\nKẾ HOẠCH\nTổ chức Lễ hội hoa"
    assert agencies_of(text, locality=main_province(text)) == {"UBND thành phố Nam Định": "Nam Định"}

