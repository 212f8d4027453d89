"""Agencies, people and events, in the conventions of the gold entities (one entry per body under its fullest
name, the province where the text makes it clear, bylines, dates the text pins), on sentences written here in
the shapes of provincial news, plans and legal pages, and on the example article under examples/."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import regex
from fixtures_build import seed_page
from hypothesis import given, settings
from hypothesis import strategies as st

import loaders
from loaders.entities import find_entities
from loaders.gazetteer import main_province
from loaders.model import Extraction
from loaders.names import head_at, may_open_head

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "quang-tri-hoi-nghi-khoa-giao-2023.txt"


def _extract(path: Path) -> Extraction:
    return loaders.extract(loaders.read(path))


def _names(items) -> list[str]:
    return [x.name for x in items]


# --- the example article ----------------------------------------------------------------------------------


def test_the_example_article_names_its_conference_bodies_and_people() -> None:
    extraction = _extract(EXAMPLE)
    text = loaders.read(EXAMPLE).text
    for item in (*extraction.agencies, *extraction.persons, *extraction.events):
        assert text[item.start:item.end] == item.surface
    conference = extraction.events[0]
    assert conference.name.casefold() == "hội nghị giao ban các ngành khối khoa giáo năm 2023"
    assert (conference.kind, conference.date) == ("conference", "2023-09-22")
    assert conference.organizers == ["Ban Tuyên giáo Tỉnh ủy Quảng Trị", "Sở Tài nguyên và Môi trường tỉnh Quảng Trị"]
    assert conference.chairs == ["Nguyễn Quốc Khánh"]
    agencies = {a.name: a for a in extraction.agencies}
    assert "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị" in agencies  # commas and "và" kept whole
    assert "Sở Lao động, Thương binh và Xã hội tỉnh Quảng Trị" in agencies
    assert agencies["Bộ Chính trị"].locality is None
    assert all(a.locality == "Quảng Trị" for a in agencies.values() if a.name.endswith("Quảng Trị"))
    people = {p.name: (p.role, p.participant) for p in extraction.persons}
    assert people["Nguyễn Quốc Khánh"] == ("Phó Trưởng Ban Tuyên giáo Tỉnh ủy", True)
    assert people["Đăng Khoa"] == ("tác giả", False)
    assert not people["Fidel Castro"][1] and not people["Đoàn Khuê"][1]  # the subjects of anniversaries
    anniversary = next(e for e in extraction.events if "Fidel Castro" in e.name)
    assert anniversary.name.endswith("thăm vùng giải phóng Quảng Trị")  # the anniversary's clause kept whole
    assert extraction.document.locality == "Quảng Trị"


def test_the_example_article_read_from_a_portal_page_gives_the_same_entities(tmp_path: Path) -> None:
    raw = EXAMPLE.read_text(encoding="utf-8")
    article = raw[: raw.index("343 Go top")]
    page = tmp_path / "tin.html"
    page.write_text(seed_page(article, article.split("\n")[0].strip()), encoding="utf-8")
    from_page, from_text = _extract(page), _extract(EXAMPLE)
    for kind in ("agencies", "persons", "events"):
        assert _names(getattr(from_page, kind)) == _names(getattr(from_text, kind)), kind


# --- agencies: where a name ends ---------------------------------------------------------------------------


def test_a_name_ends_by_the_shape_of_the_text_not_by_a_list_of_syllables() -> None:
    text = ("Cục Quản lý thị trường tỉnh Bắc Kạn phối hợp Tổng cục Quản lý ruộng đất kiểm tra 12 cơ sở. "
            "Sở Tư pháp thẩm định hồ sơ; Sở Giáo dục và Đào tạo đề nghị bổ sung.")
    agencies, _, _ = find_entities(text, locality="Bắc Kạn")
    assert _names(agencies) == ["Cục Quản lý thị trường tỉnh Bắc Kạn", "Tổng cục Quản lý ruộng đất",
                                "Sở Tư pháp tỉnh Bắc Kạn", "Sở Giáo dục và Đào tạo tỉnh Bắc Kạn"]


def test_bodies_of_every_category_and_names_with_lowercase_tasks() -> None:
    text = ("Bệnh viện Đa khoa tỉnh Hà Giang, Hội Doanh nhân trẻ tỉnh Hà Giang và Ban Quản lý các khu công "
            "nghiệp tỉnh Hà Giang ký kết quy chế phối hợp. Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh Hà Giang "
            "tổng hợp ý kiến; Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh giám sát.")
    agencies, _, _ = find_entities(text, locality="Hà Giang")
    assert _names(agencies) == ["Bệnh viện Đa khoa tỉnh Hà Giang", "Hội Doanh nhân trẻ tỉnh Hà Giang",
                                "Ban Quản lý các khu công nghiệp tỉnh Hà Giang",
                                "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh Hà Giang",
                                "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Hà Giang"]
    assert all(a.locality == "Hà Giang" for a in agencies)


def test_names_of_companies_banks_and_project_boards_run_to_their_place() -> None:
    text = ("Công ty TNHH MTV Cấp thoát nước Kon Tum, Ngân hàng Chính sách xã hội chi nhánh tỉnh Kon Tum và Ban "
            "Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Kon Tum ký biên bản ghi nhớ.")
    agencies, _, _ = find_entities(text, locality="Kon Tum")
    assert _names(agencies) == ["Công ty TNHH MTV Cấp thoát nước Kon Tum",
                                "Ngân hàng Chính sách xã hội chi nhánh tỉnh Kon Tum",
                                "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Kon Tum"]


def test_a_body_named_after_its_task_and_a_numbered_delegation() -> None:
    text = ("Thủ tướng ký quyết định thành lập Ban Chỉ đạo xây dựng Đề án Phát triển hạ tầng số quốc gia, gồm "
            "đại diện các bộ. Đoàn kiểm tra số 7 của Bộ Chính trị, Ban Bí thư làm việc với Tỉnh ủy Sơn La.")
    agencies, _, _ = find_entities(text, locality="Sơn La")
    assert _names(agencies) == ["Ban Chỉ đạo xây dựng Đề án Phát triển hạ tầng số quốc gia",
                                "Đoàn kiểm tra số 7 của Bộ Chính trị, Ban Bí thư", "Bộ Chính trị", "Ban Bí thư",
                                "Tỉnh ủy Sơn La"]
    assert agencies[0].locality is None  # set up by the Government: a central body


def test_a_committee_of_a_council_and_a_joint_office_are_one_body_each() -> None:
    text = ("Xét báo cáo thẩm tra của Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh; Văn phòng HĐND và UBND "
            "huyện Krông Pắc trình. Hội đồng nhân dân và Ủy ban nhân dân tỉnh thống nhất.")
    agencies, _, _ = find_entities(text, locality="Đắk Lắk")
    assert _names(agencies) == ["Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Đắk Lắk",
                                "Văn phòng HĐND và UBND huyện Krông Pắc", "HĐND tỉnh Đắk Lắk", "UBND tỉnh Đắk Lắk"]


def test_commas_kept_whole_and_two_spellings_one_agency() -> None:
    text = ("Sáng 5/3/2024, Sở Tài nguyên và Môi trường tỉnh Nghệ An phối hợp Sở Văn hóa, Thể thao và Du lịch "
            "tổ chức hội nghị tập huấn công tác bảo vệ môi trường. Sở Tài nguyên - Môi trường đề nghị các huyện "
            "báo cáo kết quả trước ngày 30/3.")
    agencies, _, events = find_entities(text, locality="Nghệ An")
    names = _names(agencies)
    assert names == ["Sở Tài nguyên và Môi trường tỉnh Nghệ An", "Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An"]
    assert all(a.locality == "Nghệ An" and a.kind == "state" for a in agencies)
    assert agencies[0].surface == "Sở Tài nguyên và Môi trường tỉnh Nghệ An"
    assert events[0].kind == "training" and events[0].date == "2024-03-05"
    assert events[0].organizers == names


# --- agencies: which bodies, one entry each, and their province ----------------------------------------------


def test_central_bodies_have_no_province_and_titles_name_bodies() -> None:
    text = ("Đồng chí Trần Văn Bình, Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy Hà Tĩnh dự hội nghị. Thủ tướng Chính phủ "
            "đã ký Quyết định số 12/QĐ-TTg; Quốc hội thông qua Luật Đất đai.")
    agencies, persons, _ = find_entities(text, locality="Hà Tĩnh")
    by_name = {a.name: a for a in agencies}
    assert by_name["Bộ Chính trị"].locality is None and by_name["Bộ Chính trị"].kind == "party"
    assert by_name["Chính phủ"].locality is None and by_name["Quốc hội"].kind == "state"
    assert by_name["Tỉnh ủy Hà Tĩnh"].locality == "Hà Tĩnh"
    assert [(p.name, p.role) for p in persons] == [
        ("Trần Văn Bình", "Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy Hà Tĩnh")]


def test_generic_plurals_levels_members_and_the_party_are_not_bodies() -> None:
    text = ("Các sở, ngành và cấp ủy các cấp học tập tư tưởng Hồ Chí Minh; UBND các huyện báo cáo các hội nghị "
            "chuyên đề. Chủ tịch UBND tỉnh, thành phố trực thuộc Trung ương và UBND cấp xã thực hiện. Ông là Tỉnh "
            "ủy viên, đảng viên của Đảng bộ tỉnh Yên Bái, góp phần xây dựng Đảng Cộng sản Việt Nam vững mạnh.")
    agencies, persons, events = find_entities(text, locality="Yên Bái")
    assert agencies == [] and persons == [] and events == []


def test_a_district_party_organisation_is_a_body_the_provinces_is_the_party() -> None:
    text = "Đảng bộ huyện Mường Khương và Đảng bộ Công an tỉnh được chọn tổ chức đại hội điểm của Đảng bộ tỉnh."
    agencies, _, _ = find_entities(text, locality="Lào Cai")
    assert _names(agencies) == ["Đảng bộ huyện Mường Khương", "Đảng bộ Công an tỉnh Lào Cai"]


def test_districts_keep_their_own_name() -> None:
    text = ("Huyện ủy Gio Linh tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12. UBND huyện Gio Linh và "
            "Ủy ban MTTQ huyện tham dự; Huyện ủy yêu cầu các chi bộ báo cáo.")
    agencies, _, events = find_entities(text, locality="Quảng Trị")
    committee = agencies[0]  # "Huyện ủy" and "Ban Chấp hành Đảng bộ huyện" are one body, under its fullest name
    assert (committee.surface, committee.name) == ("Huyện ủy Gio Linh", "Ban Chấp hành Đảng bộ huyện Gio Linh")
    assert _names(agencies)[1:] == ["UBND huyện Gio Linh", "Ủy ban MTTQ huyện Gio Linh"]
    assert all(a.locality == "Quảng Trị" for a in agencies)
    assert events[0].organizers == ["Ban Chấp hành Đảng bộ huyện Gio Linh"]


def test_a_district_committee_inside_a_board_and_named_bare_later() -> None:
    text = ("Ngày 15/8/2024, Ban Thường vụ Huyện ủy Hải Hậu tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số "
            "05-NQ/HU, ngày 10/9/2021 của Huyện ủy.")
    agencies, _, events = find_entities(text, locality="Nam Định")
    assert [(a.name, a.locality) for a in agencies] == [("Ban Thường vụ Huyện ủy Hải Hậu", "Nam Định"),
                                                        ("Huyện ủy Hải Hậu", "Nam Định")]
    assert events[0].date == "2024-08-15"


def test_the_province_of_a_text_that_names_only_its_districts() -> None:
    text = "Huyện ủy Mèo Vạc chỉ đạo các xã tổ chức đại hội chi bộ thôn; UBND huyện Mèo Vạc bố trí kinh phí."
    assert main_province(text) == "Hà Giang"
    agencies, _, _ = find_entities(text, locality=main_province(text))
    assert [(a.name, a.locality) for a in agencies] == [("Huyện ủy Mèo Vạc", "Hà Giang"),
                                                        ("UBND huyện Mèo Vạc", "Hà Giang")]


def test_the_province_a_headline_opens_with_and_the_city_named_after_the_man() -> None:
    assert main_province("Gia Lai: Hướng dẫn tổ chức đại hội chi bộ\n\nUBND tỉnh yêu cầu …") == "Gia Lai"
    text = ("UBND TP.HCM ban hành kế hoạch. Nội dung bám sát chỉ đạo của Thành ủy, Hội đồng nhân dân, Ủy ban nhân "
            "dân Thành phố; Mặt trận tổ quốc Thành phố giám sát.")
    agencies, _, _ = find_entities(text, locality=main_province(text))
    assert _names(agencies) == ["UBND TP. Hồ Chí Minh", "Thành ủy TP. Hồ Chí Minh", "HĐND TP. Hồ Chí Minh",
                                "Ủy ban Mặt trận Tổ quốc Việt Nam TP. Hồ Chí Minh"]
    city = find_entities("Giám đốc Sở Xây dựng trình UBND thành phố.", locality="Đà Nẵng")[0]
    assert _names(city) == ["Sở Xây dựng thành phố Đà Nẵng", "UBND thành phố Đà Nẵng"]


def test_the_standing_members_of_a_council_are_a_body_a_title_is_not() -> None:
    text = ("Thường trực HĐND tỉnh giám sát. Đồng chí Lê Văn Tâm, Thường trực Ban Bí thư dự. Văn phòng Tỉnh ủy "
            "và Văn phòng UBND tỉnh chuẩn bị.")
    agencies, _, _ = find_entities(text, locality="Bình Phước")
    kinds = {a.name: a.kind for a in agencies}
    assert kinds == {"Thường trực HĐND tỉnh Bình Phước": "state", "Ban Bí thư": "party",
                     "Văn phòng Tỉnh ủy Bình Phước": "party", "Văn phòng UBND tỉnh Bình Phước": "state"}


def test_a_standing_deputys_title_is_not_the_standing_members_body() -> None:
    text = ("Đồng chí Lê Quốc Phong, Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Trung ương làm việc với Đảng bộ Khối "
            "các cơ quan tỉnh.")
    agencies, persons, _ = find_entities(text, locality="Sóc Trăng")
    assert [(a.name, a.locality) for a in agencies] == [("Ủy ban Kiểm tra Trung ương", None),
                                                        ("Đảng bộ Khối các cơ quan tỉnh Sóc Trăng", "Sóc Trăng")]
    assert persons[0].role == "Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Trung ương"


def test_an_events_organising_committee_and_jury_are_not_bodies() -> None:
    text = ("Ban Tổ chức Cuộc thi đã nhận được 500 bài dự thi; Ban Giám khảo chọn 20 tác phẩm. Ban Tổ chức Tỉnh ủy "
            "thẩm định hồ sơ.")
    assert _names(find_entities(text, locality="Quảng Trị")[0]) == ["Ban Tổ chức Tỉnh ủy Quảng Trị"]


def test_the_front_committee_spelt_out_or_abbreviated_is_one_body() -> None:
    text = ("Ủy ban MTTQ Việt Nam tỉnh phối hợp Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị tuyên truyền biển "
            "đảo năm 2024. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh đề nghị các đơn vị báo cáo.")
    agencies = find_entities(text, locality="Quảng Ngãi")[0]
    assert [(a.name, a.kind) for a in agencies] == [
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi", "mass"),
        ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ngãi", "state")]


def test_a_persons_name_is_not_a_body() -> None:
    text = "Kế hoạch do Phó Chủ tịch UBND tỉnh Lê Trường Sơn ký; Nguyễn Hải Phòng, Trưởng phòng Nội vụ huyện nhận."
    agencies, persons, _ = find_entities(text, locality="Quảng Bình")
    assert _names(agencies) == ["UBND tỉnh Quảng Bình"]
    assert _names(persons) == ["Lê Trường Sơn", "Nguyễn Hải Phòng"]


# --- people --------------------------------------------------------------------------------------------------


def test_names_have_no_fixed_length_and_follow_a_title_and_its_body() -> None:
    text = ("Dự hội nghị có đồng chí Y Ngông Niê Kdăm Ayun, Phó Chủ tịch UBND tỉnh; Trưởng ban Dân vận Trung ương "
            "Lê Minh Tân; Chủ tịch Hội Cựu chiến binh Việt Nam Thào A Lử và Tiến sĩ Hoàng Thu Trang, giảng viên.")
    _, persons, _ = find_entities(text, locality="Đắk Lắk")
    roles = {p.name: p.role for p in persons}
    assert roles == {"Y Ngông Niê Kdăm Ayun": "Phó Chủ tịch UBND tỉnh",
                     "Lê Minh Tân": "Trưởng ban Dân vận Trung ương",
                     "Thào A Lử": "Chủ tịch Hội Cựu chiến binh Việt Nam",
                     "Hoàng Thu Trang": None}


def test_roles_as_the_text_gives_them_former_titles_and_member_acronyms() -> None:
    text = ("Báo cáo viên là Thạc sĩ Đinh Văn Hòa - Nguyên trưởng khoa Xây dựng Đảng, Trường Chính trị tỉnh. "
            "Kết luận hội nghị, đồng chí Mai Thị Lan – HUV, Bí thư Đảng ủy xã nhấn mạnh …")
    roles = {p.name: p.role for p in find_entities(text, locality="Thái Bình")[1]}
    assert roles == {"Đinh Văn Hòa": "Nguyên trưởng khoa Xây dựng Đảng, Trường Chính trị tỉnh",
                     "Mai Thị Lan": "HUV, Bí thư Đảng ủy xã"}
    byline = "Đại hội điểm ở cơ sở\n\nTrần Văn Khoa (Ban Tổ chức Tỉnh ủy Thái Bình)\n\nNội dung bài viết."
    assert [(p.name, p.role, p.participant) for p in find_entities(byline, locality="Thái Bình")[1]] == [
        ("Trần Văn Khoa", "Ban Tổ chức Tỉnh ủy Thái Bình", False)]


def test_acronyms_after_a_title_are_a_body_not_a_name() -> None:
    text = "Chủ tịch HĐQT BIDV và Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy dự lễ ký kết."
    assert find_entities(text, locality="Hòa Bình")[1] == []


def test_people_listed_with_roles_and_a_signature() -> None:
    text = ("Dự có các đồng chí: Nguyễn Văn Thể, Bí thư Đảng ủy Khối các cơ quan Trung ương; Hoàng Thị Hạnh, "
            "Trưởng Ban Tuyên giáo Tỉnh ủy.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hòa")
    agencies, persons, _ = find_entities(text, locality="Phú Yên")
    roles = {p.name: (p.role, p.participant) for p in persons}
    assert roles["Nguyễn Văn Thể"] == ("Bí thư Đảng ủy Khối các cơ quan Trung ương", True)
    assert roles["Hoàng Thị Hạnh"] == ("Trưởng Ban Tuyên giáo Tỉnh ủy", True)
    assert roles["Lê Văn Hòa"][0].casefold() == "phó chủ tịch"
    assert "UBND tỉnh Phú Yên" in _names(agencies)


def test_a_name_above_the_signed_mark_signed_the_document() -> None:
    decree = "Điều 3. Các bộ trưởng chịu trách nhiệm thi hành Nghị định này.\n\nĐỗ Mười\n\n(Đã ký)\n\nQUY ĐỊNH\n"
    assert [(p.name, p.participant) for p in find_entities(decree)[1]] == [("Đỗ Mười", True)]


def test_bylines_of_several_names_near_the_top_or_at_the_end() -> None:
    top = ("Thanh Hóa đẩy mạnh chuyển đổi số\n\nHoàng Anh - Minh Châu - Ảnh: Quốc Việt\n\nSáng 3/4, Sở Thông tin và "
           "Truyền thông tổ chức tập huấn.")
    assert [(p.name, p.participant) for p in find_entities(top, locality="Thanh Hóa")[1]] == [
        ("Hoàng Anh", False), ("Minh Châu", False), ("Quốc Việt", False)]
    caption = "Tỉnh đón nhận Huân chương\n\nLãnh đạo tỉnh chụp ảnh lưu niệm.\n\nẢnh: Quốc Việt\n\nNội dung bài viết."
    assert find_entities(caption, locality="Thanh Hóa")[1] == []  # a photo's credit alone is not a byline
    end = "Nội dung bài viết.\n\nLê Thu Hằng\nĐảng ủy xã Tân Lập"
    assert [(p.name, p.role) for p in find_entities(end)[1]] == [("Lê Thu Hằng", "tác giả")]


def test_bylines_with_a_credit_word_or_a_source_tag() -> None:
    for text, name in (("Nội dung bài viết.\n\nBài, ảnh: Minh Hải", "Minh Hải"),
                       ("Nội dung bài viết.\n\nNguyễn Hà (TTXVN)", "Nguyễn Hà")):
        _, persons, _ = find_entities(text)
        assert [(p.name, p.role, p.participant) for p in persons] == [(name, "tác giả", False)]
    for source in ("Theo Báo Nhân Dân", "Nguồn: Báo Quảng Trị"):  # a source line is not an author
        assert find_entities("Nội dung bài viết.\n\n" + source)[1] == []


def test_a_role_word_in_a_signature_block_is_never_a_name() -> None:
    plan = ("Các huyện ủy xây dựng kế hoạch thực hiện.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n(Đã ký)\nTRẦN VĂN LỘC\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu Văn phòng Tỉnh ủy.")
    _, persons, _ = find_entities(plan, locality="Phú Thọ")
    assert [(p.name, p.role, p.participant) for p in persons] == [("Trần Văn Lộc", "Phó Bí thư", True)]
    unsigned = "Ban Tuyên giáo Tỉnh ủy theo dõi, báo cáo kết quả.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ"
    assert find_entities(unsigned, locality="Phú Thọ")[1] == []
    assert find_entities("Bài viết kết thúc.\n\nChủ Tịch", locality="Phú Thọ")[1] == []
    assert find_entities("Bà Chủ Tịch Hội Phụ nữ xã phát biểu.", locality="Phú Thọ")[1] == []
    assert find_entities("Các trường tổ chức kỷ niệm 42 năm Ngày Nhà giáo Việt Nam.")[1] == []  # a country


def test_anniversary_subjects_are_not_participants() -> None:
    text = ("Các cơ quan tuyên truyền kỷ niệm 135 năm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2025); "
            "Kỷ niệm 80 năm ngày sinh Đại tướng Lê Văn Dũng. Tổng Bí thư Nguyễn Văn Linh phát biểu.")
    _, persons, events = find_entities(text)
    people = {p.name: p for p in persons}
    assert not people["Hồ Chí Minh"].participant and not people["Lê Văn Dũng"].participant
    assert people["Lê Văn Dũng"].role == "Đại tướng"
    assert people["Nguyễn Văn Linh"].participant and people["Nguyễn Văn Linh"].role == "Tổng Bí thư"
    assert [(e.kind, e.date) for e in events] == [("anniversary", "2025-05-19"), ("anniversary", None)]


def test_organiser_after_do_and_subject_of_a_quoted_title() -> None:
    text = ("Hội thảo khoa học “Đồng chí Lê Duẩn với cách mạng Việt Nam” do Học viện Chính trị khu vực III "
            "tổ chức ngày 7/4/2024.")
    agencies, persons, events = find_entities(text)
    assert events[0].date == "2024-04-07" and events[0].organizers == ["Học viện Chính trị khu vực III"]
    assert [(p.name, p.participant) for p in persons] == [("Lê Duẩn", False)]
    assert agencies[0].locality is None


# --- events ----------------------------------------------------------------------------------------------


def test_an_event_name_runs_to_where_the_sentence_goes_on() -> None:
    text = ("Ngày 9/12/2024, Đoàn đại biểu Quốc hội tỉnh tổ chức Hội nghị tiếp xúc cử tri sau kỳ họp thứ 8 Quốc hội "
            "khóa XV tại xã Tam Hiệp. Tỉnh ủy tổ chức Hội nghị đối thoại giữa Bí thư Tỉnh ủy với thanh niên năm 2024 "
            "vào sáng 12/12/2024.")
    events = find_entities(text, locality="Quảng Nam")[2]
    assert [(e.name, e.date) for e in events] == [
        ("Hội nghị tiếp xúc cử tri sau kỳ họp thứ 8 Quốc hội khóa XV", "2024-12-09"),
        ("Hội nghị đối thoại giữa Bí thư Tỉnh ủy với thanh niên năm 2024", "2024-12-12")]


def test_an_event_name_ends_before_a_clause_verb() -> None:
    text = "Hội nghị sơ kết 3 năm thực hiện Đề án số 06 của tỉnh cũng đề ra các chỉ tiêu mới."
    _, _, events = find_entities(text, locality="Quảng Trị")
    assert _names(events) == ["Hội nghị sơ kết 3 năm thực hiện Đề án số 06 của tỉnh"]


def test_a_review_named_by_its_verb_is_an_event_a_report_on_it_is_not() -> None:
    text = ("Ngày 14/6/2023, Hội Nông dân tỉnh sơ kết 3 năm thực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy về phát "
            "triển hợp tác xã. Báo cáo sơ kết 3 năm thực hiện Chỉ thị số 08-CT/TU được gửi các huyện.")
    events = find_entities(text, locality="Cà Mau")[2]
    assert [(e.name, e.date, e.kind) for e in events] == [
        ("Sơ kết 3 năm thực hiện Nghị quyết số 12-NQ/TU", "2023-06-14", "conference")]


def test_anniversaries_listed_under_one_word_are_several_events() -> None:
    text = ("KẾ HOẠCH TỔ CHỨC KỶ NIỆM 95 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM (3/2/1930 – 3/2/2025), 50 NĂM "
            "NGÀY GIẢI PHÓNG TỈNH QUẢNG NGÃI (24/3/1975 – 24/3/2025)\n\nUBND tỉnh xây dựng kế hoạch.")
    events = find_entities(text, locality="Quảng Ngãi")[2]
    assert [(e.name, e.date, e.kind) for e in events] == [
        ("Kỷ niệm 95 năm ngày thành lập Đảng Cộng sản Việt Nam", "2025-02-03", "anniversary"),
        ("Kỷ niệm 50 năm ngày giải phóng tỉnh Quảng Ngãi", "2025-03-24", "anniversary")]


def test_a_congress_named_in_its_resolutions_title_is_not_an_event_mention() -> None:
    text = ("Các cấp ủy quán triệt Nghị quyết Đại hội XIII của Đảng, chuẩn bị tiến tới Đại hội đại biểu toàn quốc "
            "lần thứ XIV của Đảng.")
    assert _names(find_entities(text)[2]) == ["Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"]


def test_the_conference_as_the_subject_of_a_sentence_is_not_a_new_event() -> None:
    text = ("Sáng 14/3/2024, Huyện ủy Cam Lộ tổ chức hội nghị tổng kết công tác tuyên giáo năm 2023.\n\n"
            "Hội nghị cũng đánh giá kết quả học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. "
            "Hội nghị thống nhất các nhiệm vụ trọng tâm năm 2024. Hội nghị cho biết tỉnh có 12 mô hình mới; "
            "tại đại hội thực hiện nghiêm túc quy chế bầu cử.")
    _, _, events = find_entities(text, locality="Quảng Trị")
    assert [(e.name, e.date) for e in events] == [("Hội nghị tổng kết công tác tuyên giáo năm 2023", "2024-03-14")]


def test_a_cited_documents_date_is_not_the_events_date() -> None:
    text = ("Chiều ngày 9/11/2023, Ban Thường vụ Tỉnh ủy Hậu Giang tổ chức hội nghị sơ kết 3 năm thực hiện "
            "Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị. Ngày 20/6/2024, Tỉnh ủy tổ chức hội nghị "
            "tổng kết Nghị định 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ trên địa bàn tỉnh.")
    found = loaders.references.find_references(text)
    for refs in (found.references, None):  # with the reference finder's spans, and without them
        _, _, events = find_entities(text, locality="Hậu Giang", references=refs)
        assert [e.date for e in events] == ["2023-11-09", "2024-06-20"]
    after_plan = ("Thực hiện Kế hoạch số 12-KH/TU ngày 05/01/2024 của Tỉnh ủy, chiều ngày 20/3/2024, Sở Y tế tổ chức "
                  "Hội nghị tập huấn công tác truyền thông y tế.")
    refs = loaders.references.find_references(after_plan).references
    assert [e.date for e in find_entities(after_plan, references=refs)[2]] == ["2024-03-20"]
    undated = "Tỉnh ủy tổ chức hội nghị sơ kết 5 năm thực hiện Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị."
    assert [e.date for e in find_entities(undated, references=loaders.references.find_references(undated)
                                          .references)[2]] == [None]


def test_a_date_on_a_wrapped_line_and_a_day_without_its_year() -> None:
    pdf = "Hội nghị lần thứ chín Ban Chấp hành Đảng bộ tỉnh (khóa XV) họp\nngày 12/7/2023 đã thảo luận tờ trình."
    assert [e.date for e in find_entities(pdf, locality="Bến Tre")[2]] == ["2023-07-12"]
    no_year = "Chiều 30/9, Thành ủy tổ chức Hội nghị tổng kết công tác dân vận năm 2024."
    assert [e.date for e in find_entities(no_year, locality="Hà Nội")[2]] == [None]


def test_two_meetings_of_one_series_stay_two_events() -> None:
    text = ("Hội nghị lần thứ 10 Ban Chấp hành Đảng bộ tỉnh khóa XX diễn ra ngày 5/12/2022. Hội nghị Ban Chấp hành "
            "Đảng bộ tỉnh lần thứ 11 được tổ chức vào ngày 20/1/2023.")
    assert [e.date for e in find_entities(text, locality="Nam Định")[2]] == ["2022-12-05", "2023-01-20"]


def test_a_demonstrative_points_back_to_an_event_already_named() -> None:
    text = ("Ngày 9/10/2024, Ban Tuyên giáo Tỉnh ủy Cà Mau tổ chức Hội thi Báo cáo viên giỏi năm 2024. Hội thi năm "
            "nay thu hút 40 thí sinh. Hội nghị lần này có ý nghĩa quan trọng; qua hội nghị đó, các đại biểu thống "
            "nhất cách làm.")
    _, _, events = find_entities(text, locality="Cà Mau")
    assert [(e.name, e.date, e.kind) for e in events] == [("Hội thi Báo cáo viên giỏi năm 2024", "2024-10-09", "contest")]


def test_the_date_opening_a_sentence_is_the_first_events() -> None:
    text = ("Chiều 4/11/2024, Thường trực HĐND tỉnh tổ chức phiên họp thường kỳ tháng 11 để cho ý kiến các nội dung "
            "trình kỳ họp thứ 22 HĐND tỉnh khóa XVIII.")
    events = find_entities(text, locality="Lai Châu")[2]
    assert [(e.name, e.date) for e in events] == [("Phiên họp thường kỳ tháng 11", "2024-11-04"),
                                                 ("Kỳ họp thứ 22 HĐND tỉnh khóa XVIII", None)]


def test_a_named_prize_is_a_contest_a_solution_is_not() -> None:
    text = ("Giải Báo chí về xây dựng Đảng tỉnh lần thứ V năm 2024 nhận 210 tác phẩm. Giải pháp nâng cao chất lượng "
            "sinh hoạt chi bộ được triển khai.")
    assert [(e.name, e.kind) for e in find_entities(text, locality="Lai Châu")[2]] == [
        ("Giải Báo chí về xây dựng Đảng tỉnh lần thứ V năm 2024", "contest")]


def test_common_words_that_begin_like_an_event_are_not_events() -> None:
    text = "Các địa phương treo cờ dịp ngày lễ lớn của đất nước; tuần lễ đầu tháng, lễ hội được tổ chức an toàn."
    assert find_entities(text, locality="Phú Thọ")[2] == []
    ceremony = "Sáng 15/2/2025, Bộ Chỉ huy Quân sự tỉnh tổ chức Lễ giao nhận quân năm 2025."
    assert [(e.name, e.date) for e in find_entities(ceremony, locality="Phú Thọ")[2]] == [
        ("Lễ giao nhận quân năm 2025", "2025-02-15")]


# --- whole passages written for these tests, in the shape of provincial news and plans --------------------

CONFERENCE_NEWS = (
    "Bình Định: Tổng kết công tác dân vận năm 2024\nThứ Ba, 14/01/2025 16:20\n\n"
    "Chiều ngày 13/01/2025, Ban Dân vận Tỉnh ủy Bình Định phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức Hội nghị "
    "tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Lê Kim Toàn, Phó Bí thư Thường trực "
    "Tỉnh ủy, Chủ tịch HĐND tỉnh dự và chỉ đạo hội nghị. Đồng chí Trần Thị Thu Hà, Trưởng Ban Dân vận Tỉnh ủy chủ "
    "trì hội nghị.\n\nNăm 2024, các cấp ủy đã tiếp tục thực hiện Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban "
    "Chấp hành Trung ương khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận. Hội nghị "
    "cũng ghi nhận nhiều mô hình “Dân vận khéo” được nhân rộng.\n\nHội nghị thống nhất 6 nhóm nhiệm vụ trọng tâm "
    "năm 2025. Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể.\n\nMinh Phương\n")


def test_a_conference_report_one_event_dated_by_the_text() -> None:
    found = loaders.references.find_references(CONFERENCE_NEWS)
    agencies, persons, events = find_entities(CONFERENCE_NEWS, locality="Bình Định", references=found.references)
    assert {"Ban Dân vận Tỉnh ủy Bình Định", "Ủy ban MTTQ Việt Nam tỉnh Bình Định", "HĐND tỉnh Bình Định",
            "Ban Chấp hành Trung ương"} <= set(_names(agencies))
    roles = {p.name: (p.role, p.participant) for p in persons}
    assert roles["Trần Thị Thu Hà"] == ("Trưởng Ban Dân vận Tỉnh ủy", True)
    assert roles["Lê Kim Toàn"][0].startswith("Phó Bí thư Thường trực Tỉnh ủy")
    assert roles["Minh Phương"] == ("tác giả", False)
    assert [(e.name, e.date, e.kind) for e in events] == [
        ("Hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025", "2025-01-13", "conference")]
    assert events[0].organizers == ["Ban Dân vận Tỉnh ủy Bình Định", "Ủy ban MTTQ Việt Nam tỉnh Bình Định"]
    assert events[0].chairs == ["Trần Thị Thu Hà"]


PLAN = ("TỈNH ỦY PHÚ THỌ\nSố 205-KH/TU\nPhú Thọ, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\ntổ chức Cuộc thi trực tuyến "
        "tìm hiểu 94 năm lịch sử Đảng Cộng sản Việt Nam\n\nThực hiện Hướng dẫn số 12-HD/BTGTW, ngày 10/01/2024 của "
        "Ban Tuyên giáo Trung ương, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:\n\n1. Ban Tuyên giáo Tỉnh ủy "
        "chủ trì, phối hợp với Tỉnh đoàn Phú Thọ, Sở Giáo dục và Đào tạo tổ chức Cuộc thi trực tuyến tìm hiểu 94 năm "
        "lịch sử Đảng Cộng sản Việt Nam từ ngày 15/3/2024 đến ngày 15/4/2024.\n2. Báo Phú Thọ mở chuyên mục tuyên "
        "truyền về Cuộc thi.\n\nNơi nhận:\n- Ban Tuyên giáo Trung ương (b/c);\n- Lưu Văn phòng Tỉnh ủy.\n\n"
        "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n(Đã ký)\nBùi Đình Long\n")


def test_a_plan_signed_on_behalf_of_the_standing_board() -> None:
    agencies, persons, events = find_entities(PLAN, locality="Phú Thọ")
    kinds = {a.name: a.kind for a in agencies}
    assert kinds["Tỉnh ủy Phú Thọ"] == "party" and kinds["Ban Tuyên giáo Trung ương"] == "party"
    assert kinds["Tỉnh đoàn Phú Thọ"] == "mass" and kinds["Báo Phú Thọ"] == "other"
    assert kinds["Văn phòng Tỉnh ủy Phú Thọ"] == "party"  # the committee's office is a Party body
    assert [(p.name, p.role, p.participant) for p in persons] == [("Bùi Đình Long", "Phó Bí thư", True)]
    # the name ends before "từ ngày …"; the contest runs from the date the text gives
    assert [(e.name, e.kind) for e in events] == [
        ("Cuộc thi trực tuyến tìm hiểu 94 năm lịch sử Đảng Cộng sản Việt Nam", "contest")]


ANNIVERSARY = ("Sáng ngày 02/02/2024, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Long An long trọng tổ chức "
               "Lễ kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2024). Đồng chí Nguyễn Văn "
               "Được, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy đọc diễn văn. Diễn văn nhắc lại công lao của Chủ tịch "
               "Hồ Chí Minh. Lễ kỷ niệm cũng trao Huy hiệu Đảng cho 120 đảng viên.")


def test_an_anniversary_ceremony_and_the_man_it_recalls() -> None:
    agencies, persons, events = find_entities("Long An: Kỷ niệm 94 năm Ngày thành lập Đảng\n" + ANNIVERSARY,
                                              locality="Long An")
    assert _names(agencies)[:4] == ["Tỉnh ủy Long An", "HĐND tỉnh Long An", "UBND tỉnh Long An",
                                    "Ủy ban MTTQ Việt Nam tỉnh Long An"]
    people = {p.name: p for p in persons}
    assert people["Nguyễn Văn Được"].participant and not people["Hồ Chí Minh"].participant
    assert len(events) == 1 and events[0].kind == "anniversary"
    assert events[0].name == "Lễ kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam"
    assert "Ủy ban MTTQ Việt Nam tỉnh Long An" in events[0].organizers  # named in the headline first


TRAINING = ("Ngày 22/4/2024, Trường Chính trị tỉnh Gia Lai phối hợp với Đảng ủy Khối các cơ quan tỉnh tổ chức Lễ "
            "khai giảng Lớp bồi dưỡng lý luận chính trị khóa I năm 2024. Phát biểu khai giảng, đồng chí Nguyễn Thị "
            "Lan, Phó Hiệu trưởng Trường Chính trị tỉnh yêu cầu học viên nghiên cứu Quy định số 24-QĐ/TW, ngày "
            "30/7/2021 của Ban Chấp hành Trung ương. Lớp bồi dưỡng cũng dành thời gian tìm hiểu lịch sử Đảng bộ tỉnh.")


def test_a_training_course_opening() -> None:
    agencies, persons, events = find_entities(TRAINING, locality="Gia Lai")
    assert _names(agencies) == ["Trường Chính trị tỉnh Gia Lai", "Đảng ủy Khối các cơ quan tỉnh Gia Lai",
                                "Ban Chấp hành Trung ương"]
    assert [(p.name, p.role) for p in persons] == [("Nguyễn Thị Lan", "Phó Hiệu trưởng Trường Chính trị tỉnh")]
    assert [(e.kind, e.date) for e in events] == [("training", "2024-04-22")]
    assert events[0].name.startswith("Lễ khai giảng Lớp bồi dưỡng lý luận chính trị")


def test_the_organiser_is_the_whole_body_not_the_committee_inside_its_name() -> None:
    text = ("Sáng ngày 7/6/2024, Ban Thường vụ Tỉnh ủy Vĩnh Long tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng "
            "đầu năm 2024. Các đơn vị thực hiện Nghị quyết số 03-NQ/TU của Tỉnh ủy Vĩnh Long.")
    _, _, events = find_entities(text, locality="Vĩnh Long")
    assert events[0].organizers == ["Ban Thường vụ Tỉnh ủy Vĩnh Long"] and events[0].date == "2024-06-07"
    course = "Ngày 15/5/2024, Ban Tuyên giáo Tỉnh ủy khai giảng Lớp bồi dưỡng nghiệp vụ tuyên giáo năm 2024."
    assert find_entities(course, locality="Vĩnh Long")[2][0].organizers == ["Ban Tuyên giáo Tỉnh ủy Vĩnh Long"]


# --- text as stored -------------------------------------------------------------------------------------------


def test_decomposed_text_eth_and_zero_width_spaces_keep_spans() -> None:
    text = unicodedata.normalize("NFD", "Chiều ngày 22/9/2023, Ban Tuyên giáo Tỉnh ủy phối hợp Sở Tài nguyên và Môi"
                                        "\u200b trường tổ chức Hội nghị giao ban năm 2023. \u00d0ồng chí Nguyễn Quốc "
                                        "Khánh, Phó Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì. Sở Nông nghiệp và Phát"
                                        "\u200btriển nông thôn tham dự.")
    agencies, persons, events = find_entities(text, locality="Quảng Trị")
    for item in (*agencies, *persons, *events):
        assert text[item.start:item.end] == item.surface
    assert _names(agencies) == ["Ban Tuyên giáo Tỉnh ủy Quảng Trị", "Sở Tài nguyên và Môi trường tỉnh Quảng Trị",
                                "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Trị"]
    assert persons[0].name == "Nguyễn Quốc Khánh" and events[0].chairs == ["Nguyễn Quốc Khánh"]
    assert events[0].date == "2023-09-22"


def test_an_html_byline_the_extractor_sets_apart_is_the_author(tmp_path: Path) -> None:
    page = tmp_path / "tin.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>Học tập nghị quyết</title></head><body><article>"
        "<h1>Học tập nghị quyết</h1><p>Ngày 06/3/2025, Ban Thường vụ Tỉnh ủy Sóc Trăng tổ chức hội nghị học tập, "
        "quán triệt Nghị quyết số 66-NQ/TW, ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi "
        "hành pháp luật.</p><p>Các cấp ủy xây dựng chương trình hành động phù hợp với tình hình thực tế của địa "
        "phương, đơn vị mình.</p><p class='author'>Ngọc Hân</p></article></body></html>", encoding="utf-8")
    out = _extract(page).to_contract()
    assert [(p["name"], p["role"], p["participant"]) for p in out["persons"]] == [("Ngọc Hân", "tác giả", False)]
    assert [(e["date"], e["kind"]) for e in out["events"]] == [("2025-03-06", "conference")]


# --- the word filter in front of the agency scan ----------------------------------------------------------------

# Words that open heads, words that only begin like them, capitals that fold to Latin letters (Kelvin sign, "ẞ"),
# in running text and in all-caps headers wrapped over two lines.
_PIECES = ["Ban", "BAN", "Ban Tuyên giáo", "Bandung", "Bộ", "BỘ", "Bộ đội", "Sở", "Sởi", "Ủy ban", "ỦY\nBAN NHÂN DÂN",
           "Uỷ ban", "Tỉnh ủy", "TỈNH ỦY", "Thành ủy", "Hội", "HỘI ĐỒNG NHÂN\nDÂN", "Hội nghị", "Đoàn giám sát số 3",
           "Đoàn", "Trung tâm", "Trường", "Cục", "Chi cục", "Văn phòng", "Viện", "Mặt trận", "Ngân hàng", "\u212aho bạc",
           "Khối", "Liên hiệp", "Quốc hội", "Nguyễn", "Trong", "Việc", "ẞở", "UBND", "HĐND", "xã", "tỉnh", "của"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from([" ", " ", "\n", ", ", ". ", "-", "/", "  "])),
                min_size=1, max_size=12))
def test_a_word_the_filter_passes_over_opens_no_head(pieces) -> None:
    text = "".join(p + sep for p, sep in pieces)
    for m in regex.finditer(r"\p{Lu}\p{L}*", text):
        if head_at(text, m.start()) or head_at(text, m.start(), caps=True):
            assert may_open_head(m.group()), (text, m.start())


def test_organisers_are_read_at_the_first_holding_verb_the_event_follows() -> None:
    # the first "tổ chức" holds another event; the conference follows the second, after spaces and a line break
    text = ("Sáng 12/3, Sở Tư pháp tỉnh Hà Tĩnh tổ chức họp báo. Chiều cùng ngày, Ban Tuyên giáo Tỉnh ủy Hà Tĩnh phối "
            "hợp với Hội Nông dân tỉnh Hà Tĩnh tổ chức  \nHội nghị tập huấn công tác tuyên truyền năm 2024.")
    events = find_entities(text)[2]
    assert [(e.name, e.organizers) for e in events] == [
        ("Hội nghị tập huấn công tác tuyên truyền năm 2024", ["Ban Tuyên giáo Tỉnh ủy Hà Tĩnh", "Hội Nông dân tỉnh Hà Tĩnh"])]
    opened = find_entities("Trường Chính trị tỉnh Nghệ An khai giảng Lớp bồi dưỡng cán bộ nguồn năm 2024.")[2]
    assert opened[0].organizers == ["Trường Chính trị tỉnh Nghệ An"]  # ("Lớp …" in another case than the verb)
