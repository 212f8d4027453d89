"""Places in a document's header and names printed in capitals. A province's name printed after a city's marker
("thành phố", "TP", "Thành ủy") names a city, kept as printed with the province it lies in: the province's seat
named like it ("UBND thành phố Thái Nguyên"), or Huế, a centrally-run city since 1 January 2025 on the territory of
Thừa Thiên Huế — never the province's own People's Committee. Each sentence is written for this file; each asserts
what a reader of the page would check."""

from __future__ import annotations

from loaders import gazetteer as gz
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



def test_a_province_no_city_is_named_like_stays_the_provinces_body() -> None:
    # no city was ever called "Thừa Thiên Huế" (the city is Huế): the province's committee, as for "tỉnh Thừa Thiên Huế"
    text = ("Hội nghị Ban Chấp hành Đảng bộ thành phố Thừa Thiên Huế lần thứ 12 bàn về kinh tế biển; "
            "Ban Chấp hành Đảng bộ tỉnh Khánh Hòa cũng họp trong tuần.")
    found = agencies_of(text, locality=main_province(text))
    assert found["Ban Chấp hành Đảng bộ tỉnh Thừa Thiên Huế"] == "Thừa Thiên Huế"
    assert not any("thành phố Thừa Thiên" in name for name in found)
    assert gz.cities_named_like("Thừa Thiên Huế") == {"hue"}
    assert "thai nguyen" in gz.cities_named_like("Thái Nguyên")

# ------------------------------------------------------------------ a district the arrangements merged away


def test_a_town_merged_into_its_neighbouring_city_still_tells_its_province() -> None:
    text = ("UBND THỊ XÃ CỬA LÒ\nSố: 57/KH-UBND\nCửa Lò, ngày 12 tháng 4 năm 2023\n\nKẾ HOẠCH\n"
            "Tổ chức các hoạt động du lịch biển năm 2023")
    assert agencies_of(text, locality=main_province(text)) == {"UBND thị xã Cửa Lò": "Nghệ An"}


def test_a_former_district_in_running_text_tells_its_province() -> None:
    text = "Sáng 8/5/2019, Huyện ủy Trà Lĩnh tổ chức hội nghị sơ kết công tác dân vận."
    assert main_province(text) == "Cao Bằng"
    assert agencies_of(text, locality=main_province(text)) == {"Huyện ủy Trà Lĩnh": "Cao Bằng"}


def test_every_district_row_names_its_source() -> None:
    rows = gz._rows("districts.tsv")
    assert rows and all(r["source"].strip() for r in rows)
    assert all(r["source"] == "GSO" or "NQ-UBTVQH" in r["source"] or "resolution" in r["source"] for r in rows)


# ------------------------------------------------------------------ a school named after a historical figure


def test_a_university_named_after_a_president_keeps_his_name_out_of_capitals() -> None:
    text = "TRƯỜNG ĐẠI HỌC TÔN ĐỨC THẮNG TỔ CHỨC LỄ TRAO BẰNG KỸ SƯ\n\nSáng 20/7, hơn 1.500 sinh viên nhận bằng."
    assert "Trường Đại học Tôn Đức Thắng" in agencies_of(text)


def test_a_school_named_after_a_king_without_a_family_name_keeps_his_name() -> None:
    text = "TRƯỜNG THCS HÙNG VƯƠNG TỔ CHỨC NGÀY HỘI ĐỌC SÁCH\n\nSáng 21/4, học sinh nhà trường giao lưu với tác giả."
    assert "Trường THCS Hùng Vương" in agencies_of(text)


def test_a_header_of_a_school_named_after_a_figure_before_its_place() -> None:
    text = ("UBND HUYỆN THỌ XUÂN\nTRƯỜNG TIỂU HỌC QUANG TRUNG\nSố: 15/KH-TH\nThọ Xuân, ngày 2 tháng 10 năm 2024\n\n"
            "KẾ HOẠCH\nTổ chức hội thi giáo viên dạy giỏi")
    assert any(name.startswith("Trường Tiểu học Quang Trung") for name in agencies_of(text))


def test_a_university_named_after_a_person_in_running_text_is_read() -> None:
    text = "Chiều 9/6, Trường Đại học Nguyễn Tất Thành ký kết hợp tác với Sở Y tế tỉnh Long An."
    found = agencies_of(text, locality=main_province(text))
    assert "Trường Đại học Nguyễn Tất Thành" in found and "Sở Y tế tỉnh Long An" in found


def test_every_namesake_names_its_source() -> None:
    rows = gz._rows("namesakes.tsv")
    assert len(rows) == len(gz.namesakes()) and all(r["source"].startswith("https://") for r in rows)


# ------------------------------------------------------------------ a vocational school's training, of its name


def test_a_vocational_school_named_after_its_training_is_read_whole() -> None:
    text = "Sáng 4/9, Trường Trung cấp đào tạo nghề Diễn Châu khai giảng lớp may công nghiệp cho 60 học viên."
    assert agencies_of(text) == {"Trường Trung cấp đào tạo nghề Diễn Châu": None}


def test_a_vocational_schools_header_in_capitals_is_read_whole_and_recased() -> None:
    text = ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nTRƯỜNG TRUNG CẤP ĐÀO TẠO NGHỀ DIỄN CHÂU\nSố: 31/TB-TCN\n"
            "Diễn Châu, ngày 6 tháng 8 năm 2024\n\nTHÔNG BÁO\nTuyển sinh năm 2024")
    assert "Trường Trung cấp Đào tạo nghề Diễn Châu" in agencies_of(text)


def test_a_body_that_trains_workers_is_not_named_after_the_training() -> None:
    text = "Năm 2024, Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An đào tạo nghề cho 3.000 lao động nông thôn."
    assert agencies_of(text) == {"Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An": "Nghệ An"}


def test_a_school_named_after_its_district_takes_the_districts_capitals() -> None:
    text = "TRƯỜNG TRUNG CẤP KINH TẾ QUỲNH LƯU KHAI GIẢNG NĂM HỌC MỚI\n\nSáng 5/9, hơn 400 học sinh dự lễ."
    assert "Trường Trung cấp Kinh tế Quỳnh Lưu" in agencies_of(text)


# ------------------------------------------------------------------ an office under its owner in a header


def test_a_bare_office_under_a_party_committee_is_the_committees_office() -> None:
    text = ("HUYỆN ỦY MINH HÓA\nVĂN PHÒNG\nSố: 214-CV/VPHU\nMinh Hóa, ngày 9 tháng 10 năm 2023\n\n"
            "Kính gửi: các chi, đảng bộ trực thuộc")
    found = agencies_of(text, locality=main_province(text))
    assert found["Văn phòng Huyện ủy Minh Hóa"] == "Quảng Bình"


def test_a_bare_office_under_a_peoples_committee_is_the_committees_office() -> None:
    text = "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nVĂN PHÒNG\nSố: 1502/VP-TH\nHà Tĩnh, ngày 21 tháng 3 năm 2024\n"
    found = agencies_of(text, locality=main_province(text))
    assert found["Văn phòng UBND tỉnh Hà Tĩnh"] == "Hà Tĩnh"


def test_an_office_of_the_council_and_the_committee_takes_its_owners_place() -> None:
    text = "UBND HUYỆN TUYÊN HÓA\nVĂN PHÒNG HĐND VÀ UBND\nSố: 77/VP\nTuyên Hóa, ngày 4 tháng 6 năm 2024\n"
    found = agencies_of(text, locality=main_province(text))
    assert found["Văn phòng HĐND và UBND huyện Tuyên Hóa"] == "Quảng Bình"


def test_a_bare_office_under_a_body_that_is_no_headers_owner_is_not_guessed() -> None:
    text = "SỞ NỘI VỤ TỈNH HÀ TĨNH\nVĂN PHÒNG\nSố: 15/VP\nHà Tĩnh, ngày 2 tháng 4 năm 2024\n"
    found = agencies_of(text, locality=main_province(text))
    assert not any(name.startswith("Văn phòng") for name in found)


def test_every_header_owner_names_how_its_bodies_are_named_and_why() -> None:
    rows = gz._rows("header_owners.tsv")
    assert {r["named_by"] for r in rows} == {"place", "owner"} and all(r["source"].strip() for r in rows)
    assert gz.header_owners()["UBND"] == "place" and gz.header_owners()["Huyện ủy"] == "owner"


def test_a_headlines_verb_in_capitals_ends_a_schools_name() -> None:
    text = "TRƯỜNG THCS NGUYỄN DU ĐẠT CHUẨN QUỐC GIA MỨC ĐỘ 2\n\nSáng 14/11, nhà trường đón bằng công nhận."
    assert agencies_of(text) == {"Trường THCS Nguyễn Du": None}
    text = "TRƯỜNG ĐẠI HỌC TÔN ĐỨC THẮNG TRAO BẰNG CHO 2.000 TÂN CỬ NHÂN\n\nSáng 20/7, lễ diễn ra tại hội trường."
    assert agencies_of(text) == {"Trường Đại học Tôn Đức Thắng": None}


def test_a_figures_name_that_ends_like_a_verb_is_no_headlines_predicate() -> None:
    text = "TRƯỜNG TIỂU HỌC KIM ĐỒNG TỔ CHỨC NGÀY HỘI STEM\n\nSáng 2/11, học sinh trưng bày sản phẩm."
    assert agencies_of(text) == {"Trường Tiểu học Kim Đồng": None}
