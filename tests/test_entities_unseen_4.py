"""Fourth round of issue 12 probes, entities side: bodies, people and events in provincial news, Party and mass
organisation pages the engine was not tuned on. Each sentence is written for this file; each asserts what a reader
of the page would check."""

from __future__ import annotations

from loaders.entities import find_entities
from tests.test_entities_unseen import agencies_of, events_of
from tests.test_local_party_unseen import persons_of

# ------------------------------------------------------------------ a thought or a subject named after a man


def test_a_department_of_ho_chi_minh_thought_holds_no_person() -> None:
    text = ("Thạc sĩ Trần Thu Hà, giảng viên bộ môn Tư tưởng Hồ Chí Minh - Trưởng bộ môn, giới thiệu giáo trình "
            "mới của Trường Chính trị tỉnh.")
    people = persons_of(text)
    assert "Hồ Chí Minh" not in people
    assert "Trần Thu Hà" in people


def test_the_thought_is_no_person_whatever_its_case_or_tone_marks() -> None:
    for subject in ("Tư tưởng", "tư tưởng", "TƯ TƯỞNG", "Tư tuởng", "Tư Tưởng"):
        text = f"Học phần {subject} Hồ Chí Minh (Học viện Báo chí và Tuyên truyền) có ba tín chỉ."
        assert "Hồ Chí Minh" not in persons_of(text), subject


def test_the_man_named_by_his_title_is_still_a_person() -> None:
    text = "Đoàn viên dâng hương tưởng niệm Chủ tịch Hồ Chí Minh tại nhà tưởng niệm của xã."
    assert "Hồ Chí Minh" in persons_of(text)


# ------------------------------------------------------------------ a class of bodies is not one body


def test_a_centre_of_every_commune_is_no_body_and_takes_no_province() -> None:
    text = ("Các xã sắp xếp lại bố trí Trung tâm Phục vụ hành chính công cấp xã ở nơi thuận tiện. "
            "Trung tâm Phục vụ hành chính công được trang bị máy tính; Sở Nội vụ tỉnh Cao Bằng hướng dẫn.")
    agencies = agencies_of(text, "Cao Bằng")
    assert not [name for name in agencies if name.startswith("Trung tâm")]
    assert agencies["Sở Nội vụ tỉnh Cao Bằng"] == "Cao Bằng"


def test_a_centre_named_with_its_province_is_one_body() -> None:
    text = "Trung tâm Phục vụ hành chính công tỉnh Cao Bằng tiếp nhận 300 hồ sơ trong tháng."
    assert agencies_of(text, "Cao Bằng") == {"Trung tâm Phục vụ hành chính công tỉnh Cao Bằng": "Cao Bằng"}


def test_a_body_of_every_village_is_no_body() -> None:
    text = ("Huyện hỗ trợ kinh phí cho Hội Người cao tuổi thôn, bản sinh hoạt; Chi hội Cựu chiến binh ấp được "
            "kiện toàn; Ban công tác Mặt trận khu dân cư ra mắt.")
    assert agencies_of(text, "Điện Biên") == {}


def test_a_body_of_one_named_village_is_one_body() -> None:
    text = ("Chi hội Cựu chiến binh ấp Phú Hòa trao quà; Ban Công tác Mặt trận thôn 4 họp dân bàn làm đường. "
            "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bến Tre dự.")
    agencies = agencies_of(text, "Bến Tre")
    assert "Chi hội Cựu chiến binh ấp Phú Hòa" in agencies
    assert "Ban Công tác Mặt trận thôn 4" in agencies
    assert "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bến Tre" in agencies


# ------------------------------------------------------------------ one office of two bodies


def test_an_office_of_council_and_committee_joined_by_a_hyphen_is_one_body() -> None:
    for joint in ("HĐND-UBND", "HĐND - UBND", "HDND-UBND", "HĐND&UBND"):
        text = f"Văn phòng {joint} huyện Con Cuông đăng lịch tiếp công dân tháng 5."
        assert agencies_of(text, "Nghệ An") == {"Văn phòng HĐND và UBND huyện Con Cuông": "Nghệ An"}, joint


def test_an_office_of_the_deputies_and_the_council_is_one_body() -> None:
    text = "Văn phòng Đoàn ĐBQH và HĐND tỉnh Yên Bái chuẩn bị tài liệu cho kỳ họp."
    assert agencies_of(text, "Yên Bái") == {"Văn phòng Đoàn ĐBQH và HĐND tỉnh Yên Bái": "Yên Bái"}


def test_an_office_of_three_bodies_is_one_body() -> None:
    text = "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh Lai Châu tổ chức tập huấn."
    assert agencies_of(text, "Lai Châu") == {"Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh Lai Châu": "Lai Châu"}


def test_an_office_and_the_next_body_of_a_list_stay_two() -> None:
    text = "Văn phòng UBND tỉnh, Sở Tài chính tỉnh Lai Châu cùng kiểm tra."
    assert set(agencies_of(text, "Lai Châu")) == {"Văn phòng UBND tỉnh Lai Châu", "Sở Tài chính tỉnh Lai Châu"}


def test_the_council_spelt_without_its_stroke_is_the_council() -> None:
    text = "Thường trực HDND tỉnh Sơn La giám sát việc giải quyết kiến nghị cử tri."
    assert agencies_of(text, "Sơn La") == {"Thường trực HĐND tỉnh Sơn La": "Sơn La"}


# ------------------------------------------------------------------ which province, which city


def test_a_district_front_committee_is_local_though_it_names_the_country() -> None:
    text = "Hôm qua Ủy ban MTTQ Việt Nam huyện Đức Linh trao 40 căn nhà Đại đoàn kết cho hộ khó khăn."
    assert agencies_of(text) == {"Ủy ban MTTQ Việt Nam huyện Đức Linh": "Bình Thuận"}


def test_a_district_name_stops_before_the_person_after_it() -> None:
    text = "Chủ tịch Ủy ban MTTQ Việt Nam huyện Gia Lâm Lê Thị Hồng Vân trao quà cho hộ nghèo."
    assert agencies_of(text) == {"Ủy ban MTTQ Việt Nam huyện Gia Lâm": "Hà Nội"}
    assert "Lê Thị Hồng Vân" in persons_of(text)


def test_a_city_committee_named_once_is_the_bare_one_too() -> None:
    text = ("Thành ủy Long Xuyên tổ chức hội nghị. Đồng chí Lê Văn Tư, Phó Bí thư Thường trực Thành ủy, Chủ tịch "
            "UBND thành phố Long Xuyên chủ trì; Ban Tuyên giáo Tỉnh ủy An Giang dự.")
    agencies = agencies_of(text, "An Giang")
    assert agencies == {"Thành ủy Long Xuyên": "An Giang", "UBND thành phố Long Xuyên": "An Giang",
                        "Ban Tuyên giáo Tỉnh ủy An Giang": "An Giang"}
    assert "Long Xuyên" not in persons_of(text)


def test_the_committee_of_a_city_province_stays_the_city_province() -> None:
    text = "Ban Thường vụ Thành ủy chỉ đạo quận Hải Châu và thành phố Thủ Đức học tập kinh nghiệm."
    assert "Ban Thường vụ Thành ủy Đà Nẵng" in agencies_of(text, "Đà Nẵng")


# ------------------------------------------------------------------ what a body's name is not


def test_a_building_named_after_a_body_is_no_body() -> None:
    text = "Điểm cầu chính đặt tại Hội trường Diên Hồng, Nhà Quốc hội; điểm cầu tỉnh đặt tại Hội trường Tỉnh ủy."
    assert agencies_of(text, "Bắc Kạn") == {}


def test_the_centre_of_an_association_by_its_acronym_is_not_the_party_centre() -> None:
    text = "Ông Trần Văn Khải, Ủy viên Ban Chấp hành Trung ương HND Việt Nam, dự hội nghị."
    assert "Ban Chấp hành Trung ương" not in agencies_of(text)


def test_the_border_guard_of_a_province_is_a_body() -> None:
    text = "Đội tuyên truyền của Bộ đội Biên phòng tỉnh và Bộ Chỉ huy Quân sự tỉnh Lai Châu đạt giải Nhì."
    assert agencies_of(text, "Lai Châu") == {"Bộ đội Biên phòng tỉnh Lai Châu": "Lai Châu",
                                              "Bộ Chỉ huy Quân sự tỉnh Lai Châu": "Lai Châu"}


def test_a_contests_committees_are_no_bodies() -> None:
    text = ("Ban tổ chức trao hai giải Nhất. Phó trưởng Ban Chỉ đạo hội thi Lê Văn Hòa phát biểu; Ban tổ chức "
            "Tỉnh ủy phối hợp.")
    assert agencies_of(text, "Hà Nam") == {"Ban tổ chức Tỉnh ủy Hà Nam": "Hà Nam"}


def test_a_capitalised_plural_opening_a_headline_is_no_body() -> None:
    text = "Các Chi hội Cựu chiến binh huyện Cờ Đỏ tổ chức đại hội nhiệm kỳ mới."
    assert agencies_of(text, "Cần Thơ") == {}


# ------------------------------------------------------------------ a given name that is also a word


def test_a_given_name_that_is_also_a_function_word_ends_the_name() -> None:
    text = "Dự buổi lễ có Phó Chủ tịch UBND tỉnh Hồ Văn Trong. Trong năm, tỉnh đạt 12 chỉ tiêu."
    assert "Hồ Văn Trong" in persons_of(text)


# ------------------------------------------------------------------ events


def test_a_meeting_held_to_commend_is_named_by_what_it_commends() -> None:
    text = "Sáng 12/4/2023, Hội Cựu chiến binh tỉnh tổ chức hội nghị biểu dương cựu chiến binh làm kinh tế giỏi."
    assert events_of(text) == [("Hội nghị biểu dương cựu chiến binh làm kinh tế giỏi", "2023-04-12")]


def test_the_meeting_referred_to_as_ours_or_the_coming_one_is_no_new_event() -> None:
    text = ("Ngày 3/5/2024, Huyện ủy tổ chức Hội nghị sơ kết công tác quý I. Hội nghị chúng ta thống nhất cao. "
            "Đại hội sắp tới phải chuẩn bị chu đáo.")
    assert [name for name, _ in events_of(text)] == ["Hội nghị sơ kết công tác quý I"]


def test_a_counted_plural_of_campaigns_is_no_event() -> None:
    text = "Năm nay tỉnh triển khai 3 chiến dịch tình nguyện và 2 hội thi văn nghệ quần chúng."
    assert events_of(text) == []


def test_a_ceremony_for_several_programmes_is_one_event() -> None:
    text = "Ngày 2/6/2024, Tỉnh đoàn tổ chức Lễ ra quân các đội hình tình nguyện hè năm 2024 tại xã Tân Lập."
    assert events_of(text)[0] == ("Lễ ra quân các đội hình tình nguyện hè năm 2024", "2024-06-02")


def test_a_time_stamp_after_a_headline_ends_the_events_name() -> None:
    text = "Khai mạc Hội thảo khoa học về kinh tế biển 12/03/2025 09:15\nSáng nay, hội thảo thu hút 200 đại biểu."
    assert events_of(text)[0][0] == "Hội thảo khoa học về kinh tế biển"


def test_the_congresses_of_two_places_are_two_events() -> None:
    text = ("Hội Cựu chiến binh tỉnh dự Đại hội đại biểu Hội Cựu chiến binh huyện Tam Nông, nhiệm kỳ 2022-2027. "
            "Tỉnh đang chuẩn bị Đại hội đại biểu Hội Cựu chiến binh tỉnh Phú Thọ, nhiệm kỳ 2022-2027.")
    names = [name for name, _ in events_of(text)]
    assert len(names) == 2 and "Tam Nông" in names[0] and "Phú Thọ" in names[1]


def test_the_congresses_of_a_level_are_no_one_event() -> None:
    text = ("Đến nay 100% Hội Cựu chiến binh cơ sở đã tổ chức xong Đại hội Hội Cựu chiến binh cấp xã; sau Đại hội "
            "cấp xã, tỉnh tổ chức Đại hội Hội Cựu chiến binh các huyện.")
    assert events_of(text) == []


# ------------------------------------------------------------------ bodies of bodies


def test_the_delegation_in_a_deputys_title_is_the_delegation_not_the_assembly() -> None:
    text = "Dự hội nghị có đồng chí Vi Văn Sơn, Phó Trưởng đoàn đại biểu Quốc hội tỉnh Lạng Sơn."
    agencies = agencies_of(text, "Lạng Sơn")
    assert agencies == {"Đoàn đại biểu Quốc hội tỉnh Lạng Sơn": "Lạng Sơn"}


def test_the_secretariat_of_an_association_is_named_with_its_owner() -> None:
    text = "Ban Thư ký Hội Sinh viên Việt Nam tỉnh Bình Phước tổ chức hội trại; Ban Thư ký kỳ họp ghi biên bản."
    assert agencies_of(text, "Bình Phước") == {"Ban Thư ký Hội Sinh viên Việt Nam tỉnh Bình Phước": "Bình Phước"}


def test_a_branch_of_an_association_that_says_no_place_is_every_branch() -> None:
    text = "Năm qua, Chi hội Phụ nữ đã vận động hội viên góp vốn; Chi đoàn Thanh niên nhận chăm sóc đường hoa."
    assert agencies_of(text, "Long An") == {}
    text = "Riêng Chi hội Phụ nữ ấp Bình An giúp 5 hộ thoát nghèo."
    assert agencies_of(text, "Long An") == {"Chi hội Phụ nữ ấp Bình An": None}


def test_the_dot_of_an_abbreviated_city_ends_no_sentence_before_the_events_date() -> None:
    text = "Sáng 14/5/2024, tại TP. Cần Thơ, Bộ Công Thương tổ chức Hội thảo phát triển logistics vùng đồng bằng."
    assert events_of(text)[0][1] == "2024-05-14"


def test_an_ordinal_numeral_before_a_full_stop_ends_the_name() -> None:
    text = "Ngày 2/8/2025, xã Tân Lập bước vào Đại hội Đảng bộ lần thứ I. Đây là xã mới thành lập."
    assert events_of(text) == [("Đại hội Đảng bộ lần thứ I", "2025-08-02")]


def test_a_congress_named_by_a_time_or_as_this_one_is_no_new_event() -> None:
    text = ("Ngày 2/8/2025, xã Tân Lập bước vào Đại hội Đảng bộ lần thứ I, nhiệm kỳ 2025-2030. Xã là nơi sớm tiến "
            "hành đại hội sau sáp nhập; nhiều đổi mới được thấy ở Đại hội Đảng bộ xã Tân Lập lần này.")
    assert [name for name, _ in events_of(text)] == ["Đại hội Đảng bộ lần thứ I, nhiệm kỳ 2025-2030"]


def test_the_party_congresses_of_a_level_are_no_one_event() -> None:
    assert events_of("Đại hội Đảng cấp xã ở Sơn La hoàn thành trước tháng 8.") == []


def test_an_opening_ceremony_and_what_it_opens_is_one_event() -> None:
    text = "Sáng 9/9/2024, Sở Y tế tổ chức Lễ khánh thành và bàn giao khu điều trị mới của Bệnh viện Phổi tỉnh."
    assert events_of(text)[0] == ("Lễ khánh thành và bàn giao khu điều trị mới của Bệnh viện Phổi tỉnh", "2024-09-09")


def test_a_commune_named_in_a_capitalised_headline_keeps_its_capitals() -> None:
    text = "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ NẬM CỪ LẦN THỨ I, NHIỆM KỲ 2025-2030\nĐại hội diễn ra trong hai ngày."
    assert events_of(text)[0][0] == "Đại hội đại biểu Đảng bộ xã Nậm Cừ lần thứ I, nhiệm kỳ 2025-2030"


def test_the_committee_of_the_provincial_party_agencies_is_one_body() -> None:
    text = "Dự có đồng chí Hà Thị Nga, Phó Bí thư Đảng ủy các cơ quan Đảng tỉnh Tuyên Quang."
    assert "Đảng ủy các cơ quan Đảng tỉnh Tuyên Quang" in agencies_of(text, "Tuyên Quang")


def test_a_general_hospital_by_its_acronym() -> None:
    text = "Sở Y tế khánh thành khu kỹ thuật cao của BVĐK tỉnh Thái Bình."
    assert "Bệnh viện Đa khoa tỉnh Thái Bình" in agencies_of(text, "Thái Bình")


def test_a_department_of_a_ministry_after_a_dash_takes_no_province() -> None:
    text = ("Ông Lê Quang Minh- Phó Cục trưởng Cục Quản lý khám chữa bệnh- Bộ Y tế làm việc với tỉnh Hà Tĩnh; "
            "Ts. Trần Văn Hải, Giám đốc Sở Y tế Hà Tĩnh tiếp đoàn.")
    agencies = agencies_of(text, "Hà Tĩnh")
    assert agencies["Cục Quản lý khám chữa bệnh"] is None and "Bộ Y tế" in agencies
    people = persons_of(text)
    assert people["Lê Quang Minh"] == "Phó Cục trưởng Cục Quản lý khám chữa bệnh"
    assert "Trần Văn Hải" in people


def test_a_congress_of_two_days_counted_in_words_is_dated_by_its_first() -> None:
    text = "Trong hai ngày 14 và 15/8/2025, tại hội trường xã, Đảng bộ xã Tân Lập họp Đại hội lần thứ nhất."
    assert events_of(text)[0][1] == "2025-08-14"


def test_a_contest_of_two_regions_joined_by_a_dash_keeps_both() -> None:
    text = "Ngày 8/10/2024, Trung ương Hội tổ chức Hội thi Nhà nông đua tài Khu vực Bắc Trung Bộ - Tây Nguyên tại Huế."
    assert events_of(text)[0][0] == "Hội thi Nhà nông đua tài Khu vực Bắc Trung Bộ - Tây Nguyên"


def test_a_bare_city_committee_in_a_province_is_no_committee_named_after_the_province() -> None:
    text = "Lãnh đạo Ban Tuyên giáo Tỉnh ủy, Thành ủy và Đảng bộ Quân đội dự hội thi."
    agencies = agencies_of(text, "Phú Yên")
    assert "Thành ủy Phú Yên" not in agencies and agencies.get("Thành ủy") == "Phú Yên"
    assert agencies["Đảng bộ Quân đội"] is None


# ------------------------------------------------------------------ people named after a title


def test_a_name_after_a_title_that_lowercases_its_body_gets_that_title() -> None:
    text = "Sáng 3/10/2024, Trưởng đoàn Đại biểu Quốc hội tỉnh Hoàng Thị Mai chủ trì buổi tiếp xúc cử tri."
    assert persons_of(text) == {"Hoàng Thị Mai": "Trưởng đoàn Đại biểu Quốc hội tỉnh"}
    assert "Quốc hội" not in agencies_of(text, "Bắc Kạn")


def test_the_holders_of_a_plural_title_each_get_it() -> None:
    text = "Các Phó Chủ tịch UBND tỉnh Lê Văn Hải, Trần Thị Nga và Vũ Minh Tâm cùng dự."
    people = persons_of(text)
    assert people == {name: "Phó Chủ tịch UBND tỉnh" for name in ("Lê Văn Hải", "Trần Thị Nga", "Vũ Minh Tâm")}


def test_an_authors_title_after_the_byline_name() -> None:
    text = "Ủy ban Kiểm tra Huyện ủy giám sát 3 tổ chức đảng.\n\nHoàng Minh Tú - Phó Chủ nhiệm UBKT Huyện ủy"
    _, persons, _ = find_entities(text)
    assert [(p.name, p.participant) for p in persons] == [("Hoàng Minh Tú", False)]
    assert persons[0].role.startswith("tác giả") and "Phó Chủ nhiệm" in persons[0].role


def test_a_meeting_that_commends_and_honours_is_one_name() -> None:
    text = "Sáng 12/6/2024, huyện mở hội nghị biểu dương, tôn vinh người làm kinh tế giỏi năm 2024."
    assert events_of(text) == [("Hội nghị biểu dương, tôn vinh người làm kinh tế giỏi năm 2024", "2024-06-12")]


def test_what_a_session_is_related_to_is_not_its_name() -> None:
    text = "Ngày 5/8/2021, Quốc hội bế mạc Kỳ họp thứ Nhất liên quan đến nhiều nội dung quan trọng."
    assert events_of(text)[0][0] == "Kỳ họp thứ Nhất"


def test_an_acronym_in_brackets_inside_an_events_name() -> None:
    text = "Ngày 20/11/2024, Sở tổ chức Lễ tuyên dương giáo viên (GV) dạy giỏi cấp tỉnh năm 2024."
    assert events_of(text)[0] == ("Lễ tuyên dương giáo viên (GV) dạy giỏi cấp tỉnh năm 2024", "2024-11-20")


def test_a_course_head_with_a_capitalised_second_word() -> None:
    text = "Chiều 4/12/2023, Học viện tổ chức lớp Bồi dưỡng kiến thức quốc phòng năm 2023 cho 80 học viên."
    assert events_of(text) == [("Lớp Bồi dưỡng kiến thức quốc phòng năm 2023", "2023-12-04")]


def test_a_ceremony_of_honours_and_rewards() -> None:
    text = "Sáng 8/9/2024, UBND tỉnh mở lễ tuyên dương, khen thưởng vận động viên xuất sắc năm 2024."
    assert events_of(text)[0][0] == "Lễ tuyên dương, khen thưởng vận động viên xuất sắc năm 2024"


def test_a_closing_ceremony_and_its_second_act() -> None:
    text = "Ngày 30/11/2024, Trường Chính trị tỉnh tổ chức Lễ bế giảng và trao bằng tốt nghiệp cho 90 học viên."
    assert events_of(text)[0] == ("Lễ bế giảng và trao bằng tốt nghiệp", "2024-11-30")


def test_a_specialised_school_named_after_a_person_or_a_field() -> None:
    text = ("Em Vũ Hà An (Trường Trung học phổ thông chuyên Nguyễn Trãi) và em Lê Bình (Trường THPT chuyên Khoa học "
            "Xã hội và Nhân văn) đạt giải Nhất.")
    agencies = agencies_of(text)
    assert "Trường Trung học phổ thông chuyên Nguyễn Trãi" in agencies
    assert "Trường THPT chuyên Khoa học Xã hội và Nhân văn" in agencies


def test_the_party_committee_of_the_provincial_businesses() -> None:
    text = "Năm nay Đảng ủy khối các doanh nghiệp tỉnh Tiền Giang kết nạp 60 đảng viên mới."
    assert "Đảng ủy Khối Doanh nghiệp tỉnh Tiền Giang" in agencies_of(text, "Tiền Giang")


def test_a_district_whose_name_holds_a_family_name_is_read_whole() -> None:
    text = "Phó Chủ tịch UBND huyện Gia Lâm Trần Quốc Bảo kiểm tra công trình."
    assert agencies_of(text) == {"UBND huyện Gia Lâm": "Hà Nội"}
    assert persons_of(text) == {"Trần Quốc Bảo": "Phó Chủ tịch UBND huyện Gia Lâm"}


def test_the_anniversary_a_meeting_honours_is_an_event_of_its_own() -> None:
    text = ("Sáng 20/4/2025, tỉnh mở hội nghị điển hình tiên tiến năm 2025 chào mừng kỷ niệm 50 năm Ngày giải phóng "
            "tỉnh (24/3/1975 - 24/3/2025).")
    events = events_of(text)
    assert events[0] == ("Hội nghị điển hình tiên tiến năm 2025", "2025-04-20")
    assert events[1][0].startswith("Kỷ niệm 50 năm Ngày giải phóng tỉnh") and events[1][1] == "2025-03-24"


def test_a_steering_committee_named_after_programmes_by_their_title() -> None:
    text = "Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Hà Giang họp phiên thường kỳ quý III."
    assert agencies_of(text, "Hà Giang") == {"Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Hà Giang": "Hà Giang"}


# ------------------------------------------------------------------ trade unions


def test_a_trade_union_is_named_by_what_follows_it() -> None:
    text = ("Công đoàn Viên chức tỉnh và Công đoàn ngành Y tế phối hợp; công đoàn cơ sở các trường tham gia; "
            "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh Bắc Ninh trao quà.")
    agencies = agencies_of(text, "Bắc Ninh")
    assert "Công đoàn Viên chức tỉnh Bắc Ninh" in agencies
    assert "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh Bắc Ninh" in agencies
    assert not [name for name in agencies if name.startswith("Công đoàn cơ sở")]


def test_the_congress_of_a_union_of_a_joint_office_keeps_the_whole_name() -> None:
    text = ("Ngày 9/3/2023, Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh Bắc Ninh tổ chức Đại hội Công đoàn Văn phòng "
            "Đoàn ĐBQH và HĐND tỉnh Bắc Ninh khóa I, nhiệm kỳ 2023-2028.")
    assert events_of(text)[0] == (
        "Đại hội Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh Bắc Ninh khóa I, nhiệm kỳ 2023-2028", "2023-03-09")


def test_a_meeting_to_meet_and_talk_with_the_people() -> None:
    text = "Sáng 2/12/2024, Huyện ủy tổ chức hội nghị gặp mặt, đối thoại giữa Bí thư Huyện ủy với thanh niên năm 2024."
    assert events_of(text)[0][0] == "Hội nghị gặp mặt, đối thoại giữa Bí thư Huyện ủy với thanh niên năm 2024"


def test_the_day_an_anniversary_counts_is_its_subject_not_an_event() -> None:
    text = ("Nhân kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024) và 35 năm Ngày "
            "hội Quốc phòng toàn dân (22/12/1989 - 22/12/2024), đoàn đến thăm đơn vị.")
    events = events_of(text)
    assert [name for name, _ in events] == ["Kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam",
                                            "Kỷ niệm 35 năm Ngày hội Quốc phòng toàn dân"]


def test_a_defence_exercise_is_an_event_and_the_police_force_no_body() -> None:
    text = ("Sáng 5/11/2024, tỉnh tổ chức Diễn tập Khu vực phòng thủ tỉnh Hà Nam năm 2024; lực lượng Công an nhân dân "
            "và Công an tỉnh Hà Nam tham gia.")
    assert events_of(text)[0] == ("Diễn tập Khu vực phòng thủ tỉnh Hà Nam năm 2024", "2024-11-05")
    assert agencies_of(text, "Hà Nam") == {"Công an tỉnh Hà Nam": "Hà Nam"}


def test_a_committee_of_a_term_is_named_without_the_term() -> None:
    text = "Đại hội bầu Ban Chấp hành khóa mới gồm 45 người; Ban Chấp hành Đảng bộ tỉnh khóa XX ra mắt."
    assert set(agencies_of(text, "Sơn La")) == {"Ban Chấp hành Đảng bộ tỉnh Sơn La"}


def test_a_plenum_named_with_its_term_after_a_comma() -> None:
    text = "Ngày 5/7/2024, Hội nghị Tỉnh ủy lần thứ 17, khóa XX bàn về kinh tế - xã hội."
    assert events_of(text)[0] == ("Hội nghị Tỉnh ủy lần thứ 17, khóa XX", "2024-07-05")


def test_a_preparatory_meeting_and_the_meeting_its_attendants_talk_in() -> None:
    text = ("Chiều 3/6/2021, Thường trực HĐND huyện tổ chức phiên họp chuẩn bị kỳ họp thứ hai. Đại biểu dự phiên họp "
            "thảo luận kỹ từng nội dung.")
    assert events_of(text) == [("Phiên họp chuẩn bị kỳ họp thứ hai", "2021-06-03")]


def test_a_planned_session_is_dated_by_the_plan() -> None:
    text = "Thường trực HĐND xã thống nhất chương trình Kỳ họp thứ 9 HĐND xã. Kỳ họp dự kiến diễn ra ngày 20/12/2024."
    assert events_of(text) == [("Kỳ họp thứ 9 HĐND xã", "2024-12-20")]


def test_abbreviated_titles_of_standing_members_and_vice_chairs() -> None:
    text = "Dự có đồng chí Hà Văn Tú, UV BTV Huyện ủy; đồng chí Lò Thị Xuân – PCT HĐND huyện."
    people = persons_of(text)
    assert people["Hà Văn Tú"].startswith("UV BTV") and people["Lò Thị Xuân"].startswith("PCT")


def test_a_gathering_named_after_a_lowercase_head() -> None:
    text = ("Trong 2 ngày 8 và 9/11/2024, Đảng ủy phường Quang Trung tổ chức ngày hội Đại đoàn kết toàn dân tộc "
            "kết hợp khen thưởng gia đình văn hóa; dịp các ngày lễ lớn, phường trao giải Nhất cho đội văn nghệ.")
    assert events_of(text) == [("Ngày hội Đại đoàn kết toàn dân tộc", "2024-11-08")]


def test_a_ward_named_by_its_number_and_a_district_committee_member() -> None:
    text = ("Ủy ban Mặt trận Tổ quốc Việt Nam Phường 4 phối hợp tổ chức; ông Lý Văn Bền – Quận ủy viên, Chánh "
            "Văn phòng Quận ủy dự. UBND huyện 3 năm liền đạt chuẩn.")
    agencies = agencies_of(text, "Hồ Chí Minh")
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam Phường 4" in agencies
    assert not [name for name in agencies if "huyện 3" in name or "Ủy Ủy" in name]
    assert persons_of(text)["Lý Văn Bền"].startswith("Quận ủy viên")


def test_a_meeting_for_this_years_tasks_is_still_named() -> None:
    text = "Ngày 5/1/2024, huyện tổ chức Hội nghị triển khai nhiệm vụ trọng tâm năm nay."
    assert events_of(text) == [("Hội nghị triển khai nhiệm vụ trọng tâm năm nay", "2024-01-05")]
