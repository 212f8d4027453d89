"""Fifteenth round of issue 12 probes, agencies side: heads that name no acting body (a law's title, an armed
force, a sector), wrapped lines, heads printed in lowercase, a central department named twice, bare heads that
share the province a list closes with, the Front's acronym, coast-guard regions, representative boards and the
blocs of a province's bodies. Each sentence is written for this file; each asserts what a reader of the page
would check."""

from __future__ import annotations

from tests.test_entities_unseen import agencies_of

# ------------------------------------------------------------------ heads that name no acting body


def test_the_bodies_in_a_laws_title_are_no_agencies() -> None:
    text = ("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 20/11/2005; Ủy ban nhân dân tỉnh Bến Tre "
            "ban hành quy chế này.")
    agencies = agencies_of(text)
    assert agencies == {"UBND tỉnh Bến Tre": "Bến Tre"}


def test_two_bodies_after_the_of_of_a_laws_title_are_its_subject_not_its_issuer() -> None:
    text = ("Căn cứ Luật Hoạt động giám sát của\nQuốc hội và Hội đồng nhân dân ngày 20/11/2015;\nThường trực Hội đồng "
            "nhân dân tỉnh Lạng Sơn ban hành kế hoạch giám sát.")
    assert agencies_of(text) == {"Thường trực Hội đồng nhân dân tỉnh Lạng Sơn": "Lạng Sơn"}
    assert "Quốc hội" in agencies_of("Thực hiện Luật Đất đai của Quốc hội, UBND tỉnh Lạng Sơn rà soát quy hoạch.")


def test_a_charters_title_names_no_body_but_the_body_acting_later_counts() -> None:
    text = "Theo Điều lệ Hội Nông dân Việt Nam, Hội Nông dân tỉnh Sóc Trăng tổ chức đại hội nhiệm kỳ mới."
    agencies = agencies_of(text)
    assert "Hội Nông dân tỉnh Sóc Trăng" in agencies
    assert "Hội Nông dân Việt Nam" not in agencies


def test_forces_listed_after_luc_luong_are_no_bodies() -> None:
    text = ("Các lực lượng Công an, Quân sự, Bộ đội Biên phòng đã phối hợp tuần tra khu vực biên giới; lực lượng "
            "Hải quan – Công an – Kiểm lâm kiểm tra hàng hóa tại cửa khẩu.")
    assert agencies_of(text) == {}


# ------------------------------------------------------------------ how the page prints a name


def test_a_name_wrapped_onto_the_next_line_in_lowercase_goes_on() -> None:
    text = "Xét đề nghị của Chi cục trưởng Chi cục Thủy\nsản tỉnh Cà Mau,\nQUYẾT ĐỊNH:"
    assert agencies_of(text) == {"Chi cục Thủy sản tỉnh Cà Mau": "Cà Mau"}


def test_a_head_printed_in_lowercase_before_the_capitals_of_its_name_is_the_body() -> None:
    text = ("Đoàn kiểm tra của cục Quản lý dược đã làm việc tại bệnh viện Đa khoa tỉnh Nam Định và sở Y tế "
            "Nam Định về công tác đấu thầu thuốc.")
    agencies = agencies_of(text)
    assert "Bệnh viện Đa khoa tỉnh Nam Định" in agencies
    assert "Sở Y tế Nam Định" in agencies
    assert any(name.startswith("Cục Quản lý dược") for name in agencies)


def test_common_words_that_end_in_a_head_syllable_stay_words() -> None:
    text = ("Hội nghị diễn ra tại hội trường Huyện ủy Tam Nông; các tổ chức cơ sở Đảng và nhà trường trong "
            "huyện đã triển khai kế hoạch.")
    agencies = agencies_of(text)
    assert not any(name.startswith(("Sở", "Trường")) for name in agencies)
    assert agencies_of("Giao thông ở khu vực trung tâm Thành phố được phân luồng từ chiều nay.") == {}


def test_a_central_department_named_in_full_and_by_its_acronym_is_one_placeless_body() -> None:
    text = ("Sáng 5/9, đoàn công tác cục An toàn thực phẩm đã làm việc với Sở Y tế tỉnh Nghệ An. Ông Trần Văn "
            "Bình, Phó Cục trưởng Cục ATTP - Bộ Y tế làm trưởng đoàn.")
    agencies = agencies_of(text)
    departments = {name: loc for name, loc in agencies.items() if name.startswith("Cục")}
    assert departments == {"Cục An toàn thực phẩm": None}
    assert agencies["Sở Y tế tỉnh Nghệ An"] == "Nghệ An"


# ------------------------------------------------------------------ the province a list closes with


def test_bare_heads_listed_before_a_body_with_its_province_share_that_province() -> None:
    text = ("Đoàn công tác của Sở Xây dựng thành phố Cần Thơ làm việc với lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh "
            "Sóc Trăng về quy hoạch vùng.")
    agencies = agencies_of(text)
    assert agencies["Tỉnh ủy Sóc Trăng"] == "Sóc Trăng"
    assert agencies["HĐND tỉnh Sóc Trăng"] == "Sóc Trăng"
    assert agencies["UBND tỉnh Sóc Trăng"] == "Sóc Trăng"


def test_the_fronts_acronym_closes_a_list_with_the_citys_short_name() -> None:
    text = ("Công an Đà Nẵng đón đoàn công tác. Chiều 2/9, Thành ủy, HĐND, UBND, MTTQ TPHCM tổ chức họp mặt "
            "kỷ niệm.")
    agencies = agencies_of(text)
    assert agencies["Ủy ban MTTQ Việt Nam TP. Hồ Chí Minh"] == "Hồ Chí Minh"
    assert agencies["Thành ủy TP. Hồ Chí Minh"] == "Hồ Chí Minh"
    assert agencies["UBND TP. Hồ Chí Minh"] == "Hồ Chí Minh"
    assert "Thành ủy Đà Nẵng" not in agencies


def test_a_bare_front_acronym_with_no_place_is_no_body() -> None:
    text = "Công tác MTTQ các cấp được đổi mới; vai trò giám sát của MTTQ ngày càng rõ."
    assert agencies_of(text) == {}


# ------------------------------------------------------------------ heads of the domain's own lists


def test_a_coast_guard_region_is_a_body_with_its_number() -> None:
    text = "Đại diện Vùng Cảnh sát biển 3 và Bộ Chỉ huy Quân sự tỉnh Bình Thuận ký kết quy chế phối hợp."
    agencies = agencies_of(text)
    assert "Vùng Cảnh sát biển 3" in agencies
    assert agencies["Bộ Chỉ huy Quân sự tỉnh Bình Thuận"] == "Bình Thuận"


def test_a_representative_board_is_named_with_the_association_it_represents() -> None:
    text = "Chiều 20/12, Ban đại diện Hội Người cao tuổi tỉnh Phú Yên tổng kết công tác năm."
    assert agencies_of(text) == {"Ban đại diện Hội Người cao tuổi tỉnh Phú Yên": "Phú Yên"}


def test_a_board_of_every_districts_branch_is_no_one_body() -> None:
    text = ("UBND tỉnh Hòa Bình đề nghị bổ sung thành viên Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã "
            "hội cấp huyện.")
    assert agencies_of(text) == {"UBND tỉnh Hòa Bình": "Hòa Bình"}


def test_a_bloc_of_a_provinces_bodies_and_enterprises_is_one_name() -> None:
    text = ("Dự đại hội có Bí thư Đảng ủy khối các Cơ quan và Doanh nghiệp tỉnh Hưng Yên và lãnh đạo Đoàn Khối "
            "Cơ quan tỉnh Hưng Yên.")
    agencies = agencies_of(text)
    assert agencies["Đảng ủy khối các Cơ quan và Doanh nghiệp tỉnh Hưng Yên"] == "Hưng Yên"
    assert agencies["Đoàn Khối Cơ quan tỉnh Hưng Yên"] == "Hưng Yên"


def test_a_hospitals_board_named_before_it_is_one_body() -> None:
    text = "Ban Công tác xã hội Bệnh viện Đa khoa tỉnh Ninh Thuận trao quà cho bệnh nhân nghèo."
    assert agencies_of(text) == {"Ban Công tác xã hội Bệnh viện Đa khoa tỉnh Ninh Thuận": "Ninh Thuận"}


# ------------------------------------------------------------------ a kind of body of every place, units of a body


def test_a_named_kind_of_body_of_every_district_is_no_one_body() -> None:
    text = ("Trung tâm Chính trị các huyện, thành phố đã mở 90 lớp bồi dưỡng; Phòng Nội vụ các huyện rà soát "
            "biên chế.")
    assert agencies_of(text) == {}


def test_the_civil_enforcement_office_of_a_province_is_a_body_only_with_its_place() -> None:
    text = ("VKSND tỉnh Long An ký quy chế phối hợp với Thi hành án dân sự tỉnh Long An. Công tác thi hành án "
            "dân sự năm nay có nhiều tiến bộ.")
    agencies = agencies_of(text)
    assert agencies["Thi hành án dân sự tỉnh Long An"] == "Long An"
    assert agencies["Viện Kiểm sát nhân dân tỉnh Long An"] == "Long An"
    assert len(agencies) == 2


def test_an_office_of_the_police_or_the_procuracy_is_named_with_its_owner() -> None:
    text = ("Phòng Cảnh sát giao thông Công an tỉnh Bắc Giang và Phòng 7 VKSND tỉnh Bắc Giang phối hợp kiểm tra "
            "hồ sơ vụ việc.")
    agencies = agencies_of(text)
    assert agencies == {"Phòng Cảnh sát giao thông Công an tỉnh Bắc Giang": "Bắc Giang",
                        "Phòng 7 VKSND tỉnh Bắc Giang": "Bắc Giang"}


def test_a_councils_committee_printed_in_lowercase_as_the_law_writes_it_is_a_body() -> None:
    text = "Kỳ họp sẽ nghe báo cáo thẩm tra của Ban kinh tế - xã hội HĐND huyện Yên Mô về các tờ trình."
    assert "Ban Kinh tế - Xã hội HĐND huyện Yên Mô" in agencies_of(text)


def test_a_management_boards_task_goes_on_past_va_cac_when_its_place_or_short_name_closes_it() -> None:
    text = ("Chiều 6/1, UBND tỉnh Hà Nam nghe Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh Hà Nam báo cáo; "
            "Ban Quản lý dự án và các nhà thầu cũng có mặt.")
    agencies = agencies_of(text)
    assert agencies["Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh Hà Nam"] == "Hà Nam"
    assert not any("nhà thầu" in name for name in agencies)


def test_the_joint_office_spelt_out_in_full_is_one_office() -> None:
    text = ("Chánh Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh Cao Bằng chịu trách "
            "nhiệm thi hành quyết định này.")
    assert agencies_of(text) == {
        "Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh Cao Bằng": "Cao Bằng"}


def test_the_labour_federation_by_its_acronym_is_a_body_with_its_place() -> None:
    text = ("Chủ tịch LĐLĐ tỉnh Gia Lai trao quà cho công nhân; LĐLĐ, công đoàn các tỉnh đều tổ chức Tết Sum vầy "
            "theo chỉ đạo của Tổng LĐLĐ Việt Nam.")
    assert agencies_of(text) == {"Liên đoàn Lao động tỉnh Gia Lai": "Gia Lai",
                                 "Tổng Liên đoàn Lao động Việt Nam": None}


def test_the_bank_for_social_policies_by_its_acronym_needs_its_place() -> None:
    text = "NHCSXH tỉnh Bạc Liêu giải ngân vốn vay; vốn NHCSXH giúp nhiều hộ thoát nghèo."
    assert agencies_of(text) == {"Ngân hàng Chính sách xã hội tỉnh Bạc Liêu": "Bạc Liêu"}


def test_the_fronts_acronym_and_its_full_name_for_one_province_are_one_body() -> None:
    text = ("Đại hội đại biểu MTTQ Việt Nam tỉnh Tuyên Quang lần thứ XVI khai mạc. Mặt trận Tổ quốc Việt Nam tỉnh "
            "Tuyên Quang đã hoàn thành nhiệm vụ nhiệm kỳ qua.")
    assert list(agencies_of(text).values()) == ["Tuyên Quang"]
