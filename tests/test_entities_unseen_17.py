"""Seventeenth round of issue 12 probes, agencies side (recall): bodies whose head word the engine did not know —
army units below the regiment, services and arms, the local military commands by their short names, teams of
forest rangers, market surveillance and police, a province's customs named after the province, the old names
of the civil judgment offices, dependent units of enterprises, public service units of culture and health,
the UN's agencies and the development partners with their acronyms, the high courts, boarding schools and
continuing-education centres, a bank's transaction office. Each sentence is written for this file; each
asserts what a reader of the page would check."""

from __future__ import annotations

from tests.test_entities_unseen import agencies_of

# ------------------------------------------------------------------ army units


def test_battalions_and_companies_are_numbered_units_like_regiments() -> None:
    text = "Sáng 12/4, Tiểu đoàn 7, Đại đội 3 và Trung đoàn 52 giúp nhân dân xã Tân Mỹ gặt lúa chạy lũ."
    agencies = agencies_of(text)
    assert {"Tiểu đoàn 7", "Đại đội 3", "Trung đoàn 52"} <= set(agencies)


def test_a_company_of_a_regiment_keeps_its_owners_number() -> None:
    text = "Đại đội 3 của Trung đoàn 52 giúp nhân dân gặt lúa."
    assert agencies_of(text) == {"Đại đội 3 của Trung đoàn 52": None}


def test_a_unit_named_by_its_branch_keeps_the_number_that_follows() -> None:
    text = "Đại đội Công binh 41 và Hải đội 5 cùng khắc phục hậu quả cơn bão số 3 tại huyện đảo."
    agencies = agencies_of(text)
    assert "Đại đội Công binh 41" in agencies
    assert "Hải đội 5" in agencies


def test_a_unit_named_by_its_branch_alone_belongs_to_the_province_of_the_text() -> None:
    text = "Cán bộ Tiểu đoàn Huấn luyện - Cơ động đã phối hợp với các đồn biên phòng tuần tra đường biên."
    assert agencies_of(text, locality="Kon Tum") == {"Tiểu đoàn Huấn luyện - Cơ động tỉnh Kon Tum": "Kon Tum"}


def test_a_branch_word_in_lowercase_is_no_unit() -> None:
    assert agencies_of("Mỗi sư đoàn chủ lực có ba trung đoàn bộ binh.") == {}


def test_services_and_arms_of_the_army() -> None:
    text = "Đại diện Quân chủng Hải quân và Binh chủng Hóa học dự lễ kỷ niệm ngày thành lập."
    agencies = agencies_of(text)
    assert "Quân chủng Hải quân" in agencies
    assert "Binh chủng Hóa học" in agencies


def test_a_district_and_a_commune_military_command_by_their_short_names() -> None:
    text = "Huyện đội Cẩm Xuyên tổ chức bắn đạn thật cho dân quân."
    assert agencies_of(text) == {"Ban Chỉ huy Quân sự huyện Cẩm Xuyên": "Hà Tĩnh"}


def test_an_economic_defence_unit_with_its_number() -> None:
    text = "Đoàn Kinh tế - Quốc phòng 327 giúp đồng bào làm nhà."
    assert "Đoàn Kinh tế - Quốc phòng 327" in agencies_of(text)


def test_a_number_closes_a_name_before_and_and_the_next_name() -> None:
    text = "Bệnh viện Quân y 211 và Trường Sĩ quan Công binh tổ chức khám bệnh cho gia đình chính sách."
    agencies = agencies_of(text)
    assert "Bệnh viện Quân y 211" in agencies
    assert "Trường Sĩ quan Công binh" in agencies


# ------------------------------------------------------------------ teams, stations, customs


def test_teams_of_rangers_market_surveillance_and_police_run_on_with_their_task() -> None:
    text = "Đội Kiểm lâm cơ động, Đội Quản lý thị trường số 2 và Đội Cảnh sát giao thông đã kiểm tra xe chở gỗ."
    agencies = agencies_of(text)
    assert "Đội Kiểm lâm cơ động" in agencies
    assert "Đội Quản lý thị trường số 2" in agencies
    assert "Đội Cảnh sát giao thông" in agencies


def test_a_police_station_with_its_area() -> None:
    assert "Đồn Công an Khu công nghiệp Phú Bài" in agencies_of("Đồn Công an Khu công nghiệp Phú Bài bắt giữ hai đối tượng.")


def test_a_provinces_customs_named_after_the_province_is_its_customs_department() -> None:
    text = "Hải quan Lào Cai bắt giữ lô hàng nhập lậu tại cửa khẩu."
    assert agencies_of(text) == {"Cục Hải quan Lào Cai": "Lào Cai"}


def test_the_customs_force_and_the_customs_of_the_country_are_no_department() -> None:
    assert agencies_of("Lực lượng Hải quan tăng cường kiểm soát hàng hóa.") == {}
    assert "Cục Hải quan Việt Nam" not in agencies_of("Hải quan Việt Nam đẩy mạnh cải cách thủ tục.")


def test_a_dashed_list_of_a_provinces_bodies_shares_the_province() -> None:
    text = ("Viện kiểm sát nhân dân - Công an - Tòa án nhân dân và Cục thi hành án dân sự tỉnh Gia Lai ký quy chế "
            "phối hợp.")
    agencies = agencies_of(text)
    assert agencies.get("Công an tỉnh Gia Lai") == "Gia Lai"
    assert agencies.get("Cục Thi hành án dân sự tỉnh Gia Lai") == "Gia Lai"
    assert agencies.get("Tòa án nhân dân tỉnh Gia Lai") == "Gia Lai"


# ------------------------------------------------------------------ enterprises and public service units


def test_dependent_units_of_enterprises_and_a_post_office() -> None:
    text = ("Nhà máy Xi măng Hoàng Mai, Xí nghiệp Khai thác Thủy lợi Nam Đàn và Bưu điện tỉnh Nghệ An ủng hộ quỹ "
            "vì người nghèo.")
    agencies = agencies_of(text)
    assert "Nhà máy Xi măng Hoàng Mai" in agencies
    assert "Xí nghiệp Khai thác Thủy lợi Nam Đàn" in agencies
    assert agencies.get("Bưu điện tỉnh Nghệ An") == "Nghệ An"


def test_a_power_companys_district_unit_and_a_union_of_cooperatives() -> None:
    text = "Điện lực Hương Khê và Liên hiệp Hợp tác xã Chè Thái Nguyên ký kết hợp đồng."
    agencies = agencies_of(text)
    assert "Điện lực Hương Khê" in agencies
    assert "Liên hiệp Hợp tác xã Chè Thái Nguyên" in agencies


def test_a_kind_of_bank_in_lowercase_is_a_class_but_a_named_bank_is_a_body() -> None:
    text = "Ngân hàng Bưu điện Liên Việt là ngân hàng thương mại cổ phần; Ngân hàng thương mại nào cũng phải báo cáo."
    assert agencies_of(text) == {"Ngân hàng Bưu điện Liên Việt": None}


def test_a_museum_a_library_and_a_clinic() -> None:
    text = "Bảo tàng tỉnh Bắc Ninh, Thư viện tỉnh và Phòng khám đa khoa khu vực Chũ phối hợp tổ chức ngày hội."
    agencies = agencies_of(text)
    assert agencies.get("Bảo tàng tỉnh Bắc Ninh") == "Bắc Ninh"
    assert agencies.get("Thư viện tỉnh Bắc Ninh") == "Bắc Ninh"
    assert "Phòng khám đa khoa khu vực Chũ" in agencies


# ------------------------------------------------------------------ international bodies


def test_un_agencies_and_their_acronyms_are_one_entry_each() -> None:
    text = ("Tổ chức Lao động Quốc tế (ILO) và Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) tài trợ dự án dạy nghề; "
            "ILO sẽ cử chuyên gia.")
    assert agencies_of(text) == {"Tổ chức Lao động Quốc tế": None, "Cơ quan Hợp tác Quốc tế Hàn Quốc": None}


def test_the_asian_development_bank_keeps_its_continent() -> None:
    assert "Ngân hàng Phát triển châu Á" in agencies_of("Ngân hàng Phát triển châu Á cho vay vốn ưu đãi.")


# ------------------------------------------------------------------ courts, schools, banks' offices


def test_a_high_court_with_its_seat() -> None:
    text = "Tòa án nhân dân cấp cao tại Hà Nội mở phiên phúc thẩm."
    assert agencies_of(text) == {"Tòa án nhân dân cấp cao tại Hà Nội": None}


def test_boarding_schools_and_continuing_education_centres_run_on_in_lowercase() -> None:
    text = ("Trường Phổ thông Dân tộc bán trú Tiểu học xã Pa Tần và Trung tâm Giáo dục nghề nghiệp - Giáo dục "
            "thường xuyên huyện Sìn Hồ khai giảng năm học mới.")
    agencies = agencies_of(text)
    assert "Trường Phổ thông Dân tộc bán trú Tiểu học xã Pa Tần" in agencies
    assert any(n.startswith("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Sìn Hồ") for n in agencies)


def test_a_branch_campus_and_a_transaction_office() -> None:
    text = ("Phân hiệu Trường Đại học Thủy lợi tại Bình Dương và Phòng giao dịch Ngân hàng Chính sách xã hội huyện "
            "Dầu Tiếng ký kết hợp tác.")
    agencies = agencies_of(text)
    assert any(n.startswith("Phân hiệu Trường Đại học Thủy lợi") for n in agencies)
    assert any(n.startswith("Phòng giao dịch Ngân hàng Chính sách xã hội huyện Dầu Tiếng") for n in agencies)


# ------------------------------------------------------------------ companies by type, the 2025 tax and customs offices


def test_a_companys_own_name_may_begin_with_a_group_or_corporation() -> None:
    text = "Công ty Cổ phần Tập đoàn Sông Đà và Công ty TNHH Tổng công ty Thép miền Trung tài trợ học bổng."
    agencies = agencies_of(text)
    assert "Công ty Cổ phần Tập đoàn Sông Đà" in agencies
    assert "Công ty TNHH Tổng công ty Thép miền Trung" in agencies
    assert "Tập đoàn Sông Đà" not in agencies


def test_a_company_type_alone_names_no_company() -> None:
    assert agencies_of("Công ty cổ phần phải có ít nhất ba cổ đông sáng lập.") == {}


def test_the_tax_office_of_a_province_and_a_regional_customs_office() -> None:
    text = "Kho bạc Nhà nước khu vực VI và Thuế tỉnh Bắc Giang phối hợp với Hải quan khu vực V thu ngân sách."
    agencies = agencies_of(text)
    assert agencies.get("Thuế tỉnh Bắc Giang") == "Bắc Giang"
    assert "Hải quan khu vực V" in agencies
    assert any(n.startswith("Kho bạc Nhà nước khu vực VI") for n in agencies)


def test_the_word_tax_before_a_kind_of_tax_is_no_office() -> None:
    assert agencies_of("Thuế thu nhập cá nhân tỉnh Bắc Giang tăng mạnh.") == {}


def test_a_hospital_before_a_transfer_of_techniques_ends_at_the_verb() -> None:
    text = "Bệnh viện Chợ Rẫy chuyển giao kỹ thuật ghép thận cho tuyến dưới."
    assert agencies_of(text) == {"Bệnh viện Chợ Rẫy": None}


def test_a_prison_a_detention_centre_and_a_cooperative_group() -> None:
    text = ("Trại giam Xuân Phước và Trại tạm giam Công an tỉnh phối hợp với Tổ hợp tác nuôi ong xã Sơn Kim tổ chức "
            "dạy nghề.")
    agencies = agencies_of(text)
    assert "Trại giam Xuân Phước" in agencies
    assert any(n.startswith("Trại tạm giam Công an tỉnh") for n in agencies)
    assert any(n.startswith("Tổ hợp tác nuôi ong xã Sơn Kim") for n in agencies)
    assert agencies_of("Tổ hợp tác là hình thức hợp tác giản đơn.") == {}
