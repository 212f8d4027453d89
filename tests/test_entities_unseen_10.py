"""Tenth round of issue 12 probes, entities side: finance bodies (State Bank branches, social insurance, tax),
Party inspection commissions by their abbreviations and their numbered sessions, European Union institutions,
ministers' meetings, prizes named after people, bylines above a source line, foreign names transliterated in
hyphenated syllables. Each sentence is written for this file; each asserts what a reader of the page would
check."""

from __future__ import annotations

from tests.test_entities_unseen import agencies_of, events_of
from tests.test_local_party_unseen import persons_of

# ------------------------------------------------------------------ finance bodies and their heads


def test_a_deputy_governor_of_the_state_bank_is_a_title_before_a_name() -> None:
    text = "Chiều 9/4, Phó Thống đốc Đào Minh Tuấn làm việc với các ngân hàng thương mại tại Cần Thơ."
    assert persons_of(text) == {"Đào Minh Tuấn": "Phó Thống đốc"}


def test_a_general_department_head_and_a_branch_office_head_are_titles() -> None:
    text = ("Tổng cục trưởng Mai Xuân Thành và Chi cục trưởng Lê Thị Hoa cùng dự buổi đối thoại với doanh nghiệp.")
    persons = persons_of(text)
    assert persons["Mai Xuân Thành"] == "Tổng cục trưởng"
    assert persons["Lê Thị Hoa"] == "Chi cục trưởng"


def test_a_state_bank_branch_is_named_to_its_province() -> None:
    text = "Ông Trần Văn Lợi, Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Gia Lai, cho biết dư nợ tăng 8%."
    assert agencies_of(text) == {"Ngân hàng Nhà nước chi nhánh tỉnh Gia Lai": "Gia Lai"}


def test_the_abbreviated_state_bank_and_its_branch_are_two_bodies() -> None:
    text = "Sáng 2/3, NHNN Chi nhánh Bến Tre tổ chức hội nghị triển khai chỉ đạo của NHNN về lãi suất."
    agencies = agencies_of(text)
    assert agencies["Ngân hàng Nhà nước chi nhánh Bến Tre"] == "Bến Tre"
    assert "Ngân hàng Nhà nước Việt Nam" in agencies


def test_social_insurance_abbreviated_is_a_body_with_its_place() -> None:
    text = "Đoàn công tác của BHXH Việt Nam làm việc với BHXH tỉnh Phú Yên về thu nợ đóng."
    agencies = agencies_of(text)
    assert agencies["Bảo hiểm xã hội tỉnh Phú Yên"] == "Phú Yên"
    assert "Bảo hiểm xã hội Việt Nam" in agencies


def test_the_social_insurance_scheme_is_not_a_body() -> None:
    text = "Xã đẩy mạnh tuyên truyền chính sách BHXH tự nguyện tới người lao động tự do."
    assert not any("Bảo hiểm" in a for a in agencies_of(text))


def test_the_banking_supervision_agency_keeps_its_comma() -> None:
    text = "Các tổ chức tín dụng phối hợp với Cơ quan Thanh tra, giám sát ngân hàng rà soát nợ xấu."
    assert "Cơ quan Thanh tra, Giám sát Ngân hàng" in agencies_of(text)


# ------------------------------------------------------------------ Party inspection commissions


def test_the_central_inspection_commission_by_its_press_abbreviation() -> None:
    text = "UBKT T.Ư đề nghị Ban Bí thư kỷ luật ông Hà Văn Nam, nguyên Chủ tịch UBND tỉnh."
    agencies = agencies_of(text)
    assert agencies["Ủy ban Kiểm tra Trung ương"] is None
    assert "Ban Bí thư" in agencies


def test_an_acronym_in_brackets_inside_the_commissions_name() -> None:
    text = "Ngày 5/9, Ủy ban Kiểm tra (UBKT) Trung ương thông báo kết luận kỳ họp."
    assert agencies_of(text) == {"Ủy ban Kiểm tra Trung ương": None}


def test_a_chairman_of_an_abbreviated_commission_is_a_title_before_a_name() -> None:
    text = "Kỳ họp do Chủ nhiệm UBKT Võ Thành Long chủ trì."
    assert persons_of(text) == {"Võ Thành Long": "Chủ nhiệm UBKT"}


def test_a_bare_abbreviated_commission_is_not_given_a_province() -> None:
    text = "Tỉnh ủy Bến Tre họp. Chủ nhiệm UBKT Võ Thành Long chủ trì."
    assert not any(a.startswith("Ủy ban Kiểm tra") for a in agencies_of(text))


def test_a_numbered_session_met_by_a_commission_is_an_event() -> None:
    text = "Ngày 7/10/2023, Ủy ban Kiểm tra Trung ương đã họp Kỳ thứ 31 để xem xét kỷ luật."
    assert events_of(text) == [("Kỳ thứ 31", "2023-10-07")]


def test_a_past_session_named_in_a_conclusion_ends_before_its_subject() -> None:
    text = "Ủy ban xem xét việc thực hiện kết luận tại Kỳ họp thứ 20 đối với Ban Thường vụ Huyện ủy Cát Tiên."
    assert [name for name, _ in events_of(text)] == ["Kỳ họp thứ 20"]


def test_whichever_board_is_not_a_named_body() -> None:
    text = "Ban QLDA nào giải ngân chậm sẽ bị điều chuyển vốn, Bộ Xây dựng cho biết."
    assert set(agencies_of(text)) == {"Bộ Xây dựng"}


def test_a_steering_committee_by_its_scope_then_its_task() -> None:
    text = "Đoàn kiểm tra của Ban Chỉ đạo Trung ương về cải cách tư pháp đã làm việc tại tỉnh."
    assert "Ban Chỉ đạo Trung ương về cải cách tư pháp" in agencies_of(text)


# ------------------------------------------------------------------ European Union and ministers' meetings


def test_european_union_bodies_take_no_province() -> None:
    text = ("Sáng 8/5, UBND tỉnh Cà Mau làm việc với Phái đoàn Liên minh châu Âu tại Việt Nam về dự án do "
            "Liên minh châu Âu (EU) tài trợ, chuẩn bị đón đoàn của Ủy ban châu Âu (EC).")
    agencies = agencies_of(text)
    assert agencies["Phái đoàn Liên minh châu Âu tại Việt Nam"] is None
    assert agencies["Liên minh châu Âu"] is None
    assert agencies["Ủy ban châu Âu"] is None


def test_a_ministers_meeting_is_an_event_not_a_ministry() -> None:
    text = "Thứ trưởng Hà Kim Ngọc dự Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 56 tại Viêng Chăn."
    assert not any(a.startswith("Bộ Kinh tế") for a in agencies_of(text))
    assert [name for name, _ in events_of(text)] == ["Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 56"]


def test_a_minister_speaking_at_a_meeting_is_still_a_person() -> None:
    text = "Tại hội nghị Bộ trưởng Lê Minh Hoan phát biểu chỉ đạo."
    assert persons_of(text) == {"Lê Minh Hoan": "Bộ trưởng"}


def test_a_summit_ends_after_its_number_when_a_new_clause_follows() -> None:
    text = ("Chuyến thăm diễn ra trước Hội nghị cấp cao G20 lần thứ 19 và trong bối cảnh hai nước kỷ niệm "
            "30 năm thiết lập quan hệ ngoại giao.")
    names = [name for name, _ in events_of(text)]
    assert "Hội nghị cấp cao G20 lần thứ 19" in names
    assert "Kỷ niệm 30 năm thiết lập quan hệ ngoại giao" in names


def test_a_gathering_ends_before_what_it_shows() -> None:
    text = "Buổi Gặp mặt đầu xuân Giáp Thìn 2024 của Cục Thuế thể hiện sự gắn bó của cán bộ ngành."
    assert "Cục Thuế" in agencies_of(text)
    assert not any("thể" in a for a in agencies_of(text))
    [(name, _)] = events_of(text)
    assert name.endswith("Gặp mặt đầu xuân Giáp Thìn 2024 của Cục Thuế")


# ------------------------------------------------------------------ press: prizes, bylines, names


def test_a_press_prize_is_a_contest_and_its_namesake_no_person() -> None:
    text = ("Ông Lê Văn Dũng được cử làm Trưởng ban Tổ chức Giải thưởng Báo chí Nguyễn Đình Chiểu tỉnh Bến Tre "
            "lần thứ V.")
    assert "Nguyễn Đình Chiểu" not in persons_of(text)
    assert [name for name, _ in events_of(text)] == ["Giải thưởng Báo chí Nguyễn Đình Chiểu tỉnh Bến Tre lần thứ V"]


def test_a_province_after_tinh_closes_the_title_not_the_name() -> None:
    text = ("Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Lê Hải Hòa ghi nhận kết quả.\n"
            "Phó Chủ tịch UBND tỉnh Cao Bằng Lê Hải Hòa trao giải cho các tác giả.")
    assert set(persons_of(text)) == {"Lê Hải Hòa"}


def test_a_name_cut_by_the_end_of_the_page_is_dropped() -> None:
    text = "Ông cảm ơn sự quan tâm của Thứ trưởng Lê Văn Hòa và Bộ trưởng Trần V"
    assert set(persons_of(text)) == {"Lê Văn Hòa"}


def test_two_authors_above_the_source_papers_acronym() -> None:
    text = ("Cục Thuế tỉnh Bình Định vừa hoàn thành sắp xếp các chi cục thuế khu vực./.\n\n"
            "Minh Khang – Thu Hà\nTBTC")
    persons = persons_of(text)
    assert persons["Minh Khang"] == "tác giả"
    assert persons["Thu Hà"] == "tác giả"


def test_an_authors_sign_off_above_a_source_line() -> None:
    text = ("Hội nghị do Thứ trưởng Đỗ Hùng Việt chủ trì./. Thanh Bình\n\n"
            "Nguồn VOV: http://vov.vn/tin-tuc/hoi-nghi-123.vov")
    assert persons_of(text)["Thanh Bình"] == "tác giả"


def test_a_body_and_its_owner_in_brackets_before_a_name() -> None:
    text = "Dự buổi lễ có Phó Vụ trưởng Vụ Pháp chế (Bộ Tài chính) Hoàng Thị Lan và lãnh đạo các sở."
    assert persons_of(text) == {"Hoàng Thị Lan": "Phó Vụ trưởng Vụ Pháp chế (Bộ Tài chính)"}


def test_a_foreign_name_in_hyphenated_syllables() -> None:
    text = "Thủ tướng Hà Lan Mác Rút-tơ đã đón Chủ tịch nước tại La Hay."
    assert persons_of(text) == {"Mác Rút-tơ": "Thủ tướng Hà Lan"}


# ------------------------------------------------------------------ provincial departments as pages print them


def test_a_department_printed_in_lowercase_is_read_to_its_province() -> None:
    text = "Năm 2024, Sở giao thông vận tải tỉnh Trà Vinh được giao 600 tỷ đồng vốn đầu tư."
    assert agencies_of(text) == {"Sở giao thông vận tải tỉnh Trà Vinh": "Trà Vinh"}


def test_a_department_in_mixed_case_keeps_its_whole_field() -> None:
    text = "Theo Sở Văn hóa, thể thao và du lịch, lễ hội thu hút 20.000 lượt khách."
    assert set(agencies_of(text)) == {"Sở Văn hóa, thể thao và du lịch"}


def test_a_department_joined_by_an_ampersand() -> None:
    text = "Khi giữ chức Giám đốc Sở Kế hoạch & Đầu tư Ninh Thuận, ông đã tham mưu giao đất trái quy định."
    assert agencies_of(text) == {"Sở Kế hoạch và Đầu tư Ninh Thuận": "Ninh Thuận"}


def test_a_department_followed_by_an_adverb_stops_before_it() -> None:
    text = "Sở Y tế thường xuyên kiểm tra các cơ sở hành nghề tư nhân."
    assert set(agencies_of(text)) == {"Sở Y tế"}


def test_an_alternate_member_of_the_central_committee_names_the_committee() -> None:
    text = "Dự lễ có đồng chí Vũ Mạnh Hà, Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư Tỉnh ủy Lạng Sơn."
    assert agencies_of(text)["Ban Chấp hành Trung ương"] is None


def test_a_foreign_leaders_initialled_name_is_the_same_person() -> None:
    text = ("Thủ tướng Hà Lan Mác Rút-tơ đón Chủ tịch nước tại La Hay. Sau lễ đón, Thủ tướng M.Rút-tơ và "
            "Chủ tịch nước đã hội đàm.")
    assert set(persons_of(text)) == {"Mác Rút-tơ"}


def test_the_standing_office_of_a_national_steering_committee_keeps_its_task() -> None:
    text = ("Ngày 2/10, Văn phòng thường trực Ban Chỉ đạo quốc gia về phòng, chống thiên tai đã có công văn gửi "
            "các tỉnh ven biển.")
    assert "Văn phòng thường trực Ban Chỉ đạo quốc gia về phòng, chống thiên tai" in agencies_of(text)


def test_a_board_of_the_journalists_association_is_named_with_its_owner() -> None:
    text = "Dự có Trưởng ban Kiểm tra Hội Nhà báo Việt Nam Lê Thị Hoa và đại diện các cơ quan báo chí."
    assert "Ban Kiểm tra Hội Nhà báo Việt Nam" in agencies_of(text)
    assert persons_of(text)["Lê Thị Hoa"] == "Trưởng ban Kiểm tra Hội Nhà báo Việt Nam"
