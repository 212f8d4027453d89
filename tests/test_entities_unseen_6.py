"""Sixth round of issue 12 probes, entities side: army and police units, mass organisations' congresses,
health and school news, ministries' departments. Each sentence is written for this file; each asserts what a
reader of the page would check."""

from __future__ import annotations

from loaders.entities import find_entities
from tests.test_entities_unseen import agencies_of, events_of
from tests.test_local_party_unseen import persons_of

# ------------------------------------------------------------------ a province printed only after its bodies


def test_bodies_that_end_with_one_province_give_it_to_the_bare_committees() -> None:
    text = ("Sáng 3/3, lãnh đạo Tỉnh ủy, UBND tỉnh đến thăm Bệnh viện Nhi Hòa Bình và chúc mừng cán bộ "
            "Sở Y tế Hòa Bình nhân dịp đầu xuân.")
    agencies = agencies_of(text)
    assert agencies["Tỉnh ủy Hòa Bình"] == "Hòa Bình"
    assert agencies["UBND tỉnh Hòa Bình"] == "Hòa Bình"
    two = ("Đoàn công tác của Tỉnh ủy đã làm việc với Sở Y tế Hòa Bình và Sở Y tế Phú Thọ về việc "
           "chuyển tuyến người bệnh.")
    assert agencies_of(two)["Tỉnh ủy"] is None  # two provinces: which one is the page's is not said


# ------------------------------------------------------------------ the army: the provincial command, numbered units


def test_the_provincial_military_command_by_its_short_form_is_the_provinces() -> None:
    text = ("Bộ Chỉ huy Quân sự tỉnh Sơn La tổ chức diễn tập. Thượng tá Lò Văn Sinh, Phó Chỉ huy trưởng "
            "Bộ CHQS tỉnh, báo cáo phương án.")
    agencies = agencies_of(text, "Sơn La")
    assert agencies == {"Bộ Chỉ huy Quân sự tỉnh Sơn La": "Sơn La"}


def test_a_numbered_division_is_named_by_its_number() -> None:
    text = ("Đại tá Hà Minh Lộc, Sư đoàn trưởng Sư đoàn 9 - Quân khu 4, được bổ nhiệm giữ chức Phó Tư lệnh "
            "Quân khu; Trung tá Bế Văn Hải, Chính ủy Lữ đoàn 201 thuộc Binh chủng Pháo binh, dự lễ.")
    agencies = agencies_of(text)
    assert "Sư đoàn 9" in agencies
    assert any(name.startswith("Lữ đoàn 201") for name in agencies)
    assert not [name for name in agencies if name.startswith("Sư đoàn trưởng")]


def test_a_body_in_brackets_after_a_unit_is_its_owner_not_its_short_name() -> None:
    text = ("Đại tá Đinh Công Tuấn, Chính ủy Sư đoàn 346 (Quân khu 1), nhận nhiệm vụ mới; các đơn vị của "
            "Quân khu 1 cùng dự.")
    agencies = agencies_of(text)
    assert "Sư đoàn 346" in agencies
    assert "Quân khu 1" in agencies


# ------------------------------------------------------------------ the provincial committee printed out of case


def test_a_provincial_committee_in_lowercase_or_with_a_capital_u_is_the_tinh_uy() -> None:
    text = ("Dự hội nghị có Bí thư tỉnh ủy Tuyên Quang Chẩu Văn Lâm; đồng chí Ma Thị Thúy, Phó trưởng Ban "
            "dân vận tỉnh ủy; đại diện Ban Thường vụ Tỉnh Ủy và Văn phòng Tỉnh Uỷ.")
    agencies = agencies_of(text, "Tuyên Quang")
    assert "Tỉnh ủy Tuyên Quang" in agencies
    assert "Ban dân vận Tỉnh ủy Tuyên Quang" in agencies
    assert "Ban Thường vụ Tỉnh ủy Tuyên Quang" in agencies
    assert "Văn phòng Tỉnh ủy Tuyên Quang" in agencies
    assert "Chẩu Văn Lâm" in persons_of(text)
    listed = "Hội nghị trực tuyến kết nối với các tỉnh ủy, thành ủy và đảng ủy trực thuộc Trung ương. Tỉnh ủy Yên Bái dự."
    assert set(agencies_of(listed)) == {"Tỉnh ủy Yên Bái"}  # in a list after "các": every province's, none named


# ------------------------------------------------------------------ health bodies: where a lowercase name ends


def test_a_name_in_a_list_of_bodies_runs_to_the_comma_before_the_next_body() -> None:
    text = ("Đoàn đã thăm Bệnh viện Y học cổ truyền, Bệnh viện Nội tiết và Trung tâm Kiểm soát bệnh tật "
            "của tỉnh.")
    assert "Bệnh viện Y học cổ truyền" in agencies_of(text)


def test_a_lowercase_syllable_ends_the_word_a_capital_began() -> None:
    text = ("Trường Cao đẳng nghề có nhiều học sinh đạt giải; Phòng Tham mưu của Bộ CHQS tỉnh trình phương án; "
            "Trường Mầm non của xã được công nhận đạt chuẩn; Báo Ấp Bắc đưa tin trong ngày.")
    agencies = agencies_of(text)
    assert any(name.startswith("Trường Cao đẳng") for name in agencies)  # never cut inside "Cao đẳng"
    assert "Phòng Tham mưu" in agencies
    assert "Trường Mầm non" in agencies
    assert "Báo Ấp Bắc" in agencies  # (a proper name's last syllable takes no lowercase word after it)


def test_the_committee_that_owns_a_body_closes_its_lowercase_words() -> None:
    text = "Lãnh đạo Ban Bảo vệ sức khỏe Tỉnh ủy báo cáo kết quả khám định kỳ cho cán bộ."
    assert [name for name in agencies_of(text, "Lào Cai") if name.startswith("Ban Bảo vệ")] == [
        "Ban Bảo vệ sức khỏe Tỉnh ủy Lào Cai"]


def test_the_police_infirmary_is_a_body_and_the_police_inside_its_name_is_not() -> None:
    text = "Đoàn công tác đến thăm Bệnh xá Công an tỉnh và tặng quà cán bộ, chiến sĩ."
    assert set(agencies_of(text, "Kon Tum")) == {"Bệnh xá Công an tỉnh Kon Tum"}


# ------------------------------------------------------------------ congresses: one event under two spellings


def test_a_congress_named_in_full_and_by_its_acronym_is_one_event() -> None:
    text = ("Đại hội đại biểu Hội Cựu chiến binh tỉnh Bắc Kạn lần thứ VII, nhiệm kỳ 2022 - 2027 họp phiên "
            "trù bị. Sáng hôm sau, Đại hội đại biểu Hội CCB tỉnh Bắc Kạn lần thứ VII bầu Ban Chấp hành mới.")
    names = [name for name, _ in events_of(text)]
    assert len(names) == 1
    assert names[0].startswith("Đại hội đại biểu Hội Cựu chiến binh tỉnh Bắc Kạn lần thứ VII")


def test_a_congress_name_ends_with_its_term_before_a_lowercase_clause() -> None:
    text = ("Đại hội đại biểu Hội Nông dân tỉnh Cà Mau lần thứ X, nhiệm kỳ 2023 - 2028 với chủ đề đổi mới, "
            "sáng tạo được tổ chức trong hai ngày. Đại hội Đoàn toàn tỉnh lần thứ XVI thành công tốt đẹp với việc "
            "bầu 35 đồng chí vào Ban Chấp hành.")
    names = [name for name, _ in events_of(text)]
    assert "Đại hội đại biểu Hội Nông dân tỉnh Cà Mau lần thứ X, nhiệm kỳ 2023 - 2028" in names
    assert "Đại hội Đoàn toàn tỉnh lần thứ XVI" in names
    area = "Ngày 8/11/2023, Bộ Tư pháp tổ chức Hội thi Hòa giải viên giỏi toàn quốc lần thứ III khu vực miền Trung."
    assert [name for name, _ in events_of(area)] == [  # the area a contest is held for goes on after its ordinal
        "Hội thi Hòa giải viên giỏi toàn quốc lần thứ III khu vực miền Trung"]


# ------------------------------------------------------------------ people: bare lists, a dash, family names


def test_a_list_of_bare_names_after_la_names_each_person() -> None:
    text = "Ban Thường vụ có thêm hai Phó Bí thư là Hoàng Minh Chiến, Lục Văn Thìn và Đàm Thị Hoa."
    people = persons_of(text)
    assert {"Hoàng Minh Chiến", "Lục Văn Thìn", "Đàm Thị Hoa"} <= set(people)


def test_a_title_and_its_body_then_a_dash_then_the_name() -> None:
    text = "Chủ tịch Hội Nông dân tỉnh Điện Biên - Lò Văn Muôn trao cờ thi đua cho các huyện."
    assert persons_of(text) == {"Lò Văn Muôn": "Chủ tịch Hội Nông dân tỉnh Điện Biên"}


def test_a_tay_family_name_spelt_vy_opens_a_name() -> None:
    text = "Dự lễ có các đồng chí: Vy Thị Lan, Chủ tịch Ủy ban MTTQ tỉnh; Nông Văn Khoa, Giám đốc Sở Nội vụ."
    assert "Vy Thị Lan" in persons_of(text)


def test_a_byline_with_the_time_it_was_posted_names_its_authors() -> None:
    text = ("Hội Nông dân huyện tổng kết phong trào thi đua\n\nKhánh Ly - Đức Toàn 08:15, 21/12/2024\n\n"
            "Sáng 20-12, Hội Nông dân huyện Phú Bình tổ chức hội nghị tổng kết năm.")
    _, people, _ = find_entities(text)
    authors = {p.name: (p.role, p.participant) for p in people}
    assert authors == {"Khánh Ly": ("tác giả", False), "Đức Toàn": ("tác giả", False)}
    dated = "Hội Nông dân huyện tổng kết phong trào thi đua\n\nThứ Sáu, 20/12/2024, 16:05\n\nSáng 20-12, hội nghị diễn ra."
    assert not find_entities(dated)[1]  # the weekday it was posted names nobody


def test_a_congresss_own_boards_and_its_hall_are_no_agencies() -> None:
    text = ("Đại hội được tổ chức tại Trung tâm Hội nghị tỉnh Hà Giang. Đại hội bầu Đoàn Thư ký, Ban Thẩm tra tư "
            "cách đại biểu và Ban Kiểm phiếu; Ban Thường vụ Tỉnh đoàn báo cáo.")
    assert set(agencies_of(text, "Hà Giang")) == {"Ban Thường vụ Tỉnh đoàn Hà Giang"}
    assert not [name for name, _ in events_of(text) if "Hội nghị" in name]  # the hall's name holds no conference


def test_a_given_name_that_is_also_a_function_word_ends_before_a_dash_and_a_title() -> None:
    text = "Đón đoàn có ông Hà Văn Trong- Phó Chủ tịch UBND huyện và bà Lò Thị Sen - Chủ tịch Hội Phụ nữ huyện."
    assert "Hà Văn Trong" in persons_of(text)


def test_the_fronts_central_committee_is_a_mass_organisation() -> None:
    text = ("Theo hướng dẫn của Ủy ban Trung ương MTTQ Việt Nam, Ủy ban MTTQ tỉnh Bạc Liêu tổ chức hội nghị "
            "hiệp thương lần thứ hai.")
    agencies, _, _ = find_entities(text)
    kinds = {a.name: a.kind for a in agencies}
    assert kinds["Ủy ban Trung ương MTTQ Việt Nam"] == "mass"
