"""A body's head wrapped over lines in an all-caps header, trades in a body's name, persons' names in a body's name
printed in capitals. An official document prints the issuing body's name in capitals, centred, on one or two lines
(Decree 30/2020/NĐ-CP, appendix I), and a narrow header column wraps it anywhere, even after its first word
("ỦY\\nBAN NHÂN DÂN\\nTỈNH …"): the head of agency_heads.tsv is read whole across the break. Each sentence is
written for this file; each asserts what a reader of the page would check."""

from __future__ import annotations

from loaders.names import wraps_in_caps
from tests.test_entities_unseen import agencies_of

# ------------------------------------------------------------------ a head wrapped after its first word


def test_a_committee_wrapped_after_its_first_word_is_the_committee() -> None:
    text = "ỦY\nBAN NHÂN DÂN\nTỈNH KON TUM\n-------\n\nSố: 41/KH-UBND\n\nKế hoạch phát triển du lịch năm 2026."
    assert agencies_of(text) == {"UBND tỉnh Kon Tum": "Kon Tum"}


def test_an_indented_wrapped_header_is_read_the_same() -> None:
    text = "    ỦY\n    BAN NHÂN DÂN\n    TỈNH KON TUM\n\nSố: 41/KH-UBND\n\nKế hoạch phát triển du lịch năm 2026."
    assert agencies_of(text) == {"UBND tỉnh Kon Tum": "Kon Tum"}


def test_a_council_or_a_ministry_wrapped_after_its_first_word() -> None:
    text = "HỘI\nĐỒNG NHÂN DÂN\nTỈNH PHÚ YÊN\n\nSố: 7/NQ-HĐND\n\nNghị quyết về dự toán ngân sách."
    assert agencies_of(text) == {"HĐND tỉnh Phú Yên": "Phú Yên"}
    text = "BỘ\nNỘI VỤ\n\nSố: 2/TT-BNV\n\nThông tư hướng dẫn tuyển dụng công chức."
    assert "Bộ Nội vụ" in agencies_of(text)


def test_heads_wrapped_inside_their_longer_words_stay_whole() -> None:
    text = "BAN CHẤP\nHÀNH TRUNG ƯƠNG\n\nSố: 3-QĐ/TW\n\nQuyết định về công tác kiểm tra."
    assert agencies_of(text) == {"Ban Chấp hành Trung ương": None}
    text = "HỘI ĐỒNG\nNHÂN DÂN TỈNH PHÚ YÊN\n\nSố: 7/NQ-HĐND\n\nNghị quyết về dự toán ngân sách."
    assert agencies_of(text) == {"HĐND tỉnh Phú Yên": "Phú Yên"}


def test_a_headers_second_line_names_a_district_or_a_commune() -> None:
    text = "HỘI ĐỒNG NHÂN DÂN\nHUYỆN YÊN THÀNH\n\nSố: 15/NQ-HĐND\n\nNghị quyết về kế hoạch đầu tư công."
    assert "HĐND huyện Yên Thành" in agencies_of(text)
    text = "ỦY\nBAN NHÂN DÂN\nXÃ TÂN LẬP\n\nSố: 9/QĐ-UBND\n\nQuyết định thành lập tổ công tác."
    assert agencies_of(text) == {"UBND xã Tân Lập": None}


def test_a_short_line_wraps_only_into_a_line_in_capitals() -> None:
    assert wraps_in_caps("ỦY", "BAN NHÂN DÂN") and wraps_in_caps("  BỘ ", "NỘI VỤ")
    assert not wraps_in_caps("ỦY", "Ban nhân dân")  # the next line in running text: no header
    assert not wraps_in_caps("Ủy", "BAN NHÂN DÂN") and not wraps_in_caps("---", "BAN NHÂN DÂN")


def test_a_short_capital_line_before_running_text_names_no_committee() -> None:
    text = "ỦY\nBan nhân dân xã đã họp bàn về việc sửa đường."
    assert "UBND xã" not in agencies_of(text)


# ------------------------------------------------------------------ a trade in a body's name


def test_a_centre_for_vocational_training_keeps_its_trade() -> None:
    text = "Ngày 6/9/2025, Trung tâm Giáo dục nghề nghiệp khai giảng lớp sửa chữa điện dân dụng."
    assert agencies_of(text) == {"Trung tâm Giáo dục nghề nghiệp": None}
    text = "Sáng 8/9/2025, Trường Cao đẳng nghề Cơ giới tổ chức lễ tốt nghiệp cho 400 học viên."
    assert "Trường Cao đẳng nghề Cơ giới" in agencies_of(text)


def test_a_trade_after_a_body_and_its_verb_is_no_part_of_its_name() -> None:
    text = "Năm 2025, Hội Nông dân tỉnh dạy nghề cho 1.200 hội viên."
    assert "Hội Nông dân tỉnh" in agencies_of(text)


# ------------------------------------------------------------------ a person's name in a body's name in capitals


def test_a_school_named_after_a_person_keeps_the_persons_capitals() -> None:
    text = "TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN TỔ CHỨC NGÀY HỘI ĐỌC SÁCH\n\nHọc sinh các khối cùng tham gia."
    assert "Trường THPT chuyên Lê Quý Đôn" in agencies_of(text)
    text = "TRƯỜNG TIỂU HỌC NGUYỄN VĂN TRỖI\n\nSố: 12/KH-TH\n\nKế hoạch tổ chức hội khỏe Phù Đổng."
    assert "Trường Tiểu học Nguyễn Văn Trỗi" in agencies_of(text)
    text = "BỆNH VIỆN NGUYỄN TRI PHƯƠNG\n\nSố: 5/TB\n\nThông báo lịch khám bệnh ngày lễ."
    assert "Bệnh viện Nguyễn Tri Phương" in agencies_of(text)


def test_a_one_syllable_given_name_before_the_schools_place() -> None:
    text = "TRƯỜNG THCS NGUYỄN DU HUYỆN NGHI XUÂN\n\nSố: 3/KH\n\nKế hoạch ôn thi vào lớp 10."
    assert "Trường THCS Nguyễn Du huyện Nghi Xuân" in agencies_of(text)


def test_a_middle_name_goes_on_with_the_persons_name() -> None:
    text = "TRƯỜNG THPT CHU VĂN AN\n\nSố: 14/TB\n\nThông báo lịch kiểm tra học kỳ I."
    assert "Trường THPT Chu Văn An" in agencies_of(text)
    text = "TRƯỜNG THCS NGUYỄN THỊ MINH KHAI HUYỆN ĐỨC HÒA\n\nSố: 6/KH\n\nKế hoạch hoạt động trải nghiệm."
    assert "Trường THCS Nguyễn Thị Minh Khai huyện Đức Hòa" in agencies_of(text)


def test_the_words_of_a_schools_kind_are_no_persons_name() -> None:
    text = "TRƯỜNG ĐẠI HỌC LÂM NGHIỆP\n\nSố: 8/TB\n\nThông báo tuyển sinh năm 2026."
    assert "Trường Đại học Lâm nghiệp" in agencies_of(text)
    text = "TRƯỜNG ĐẠI HỌC SƯ PHẠM KỸ THUẬT\n\nSố: 8/TB\n\nThông báo tuyển sinh năm 2026."
    assert "Trường Đại học Sư phạm kỹ thuật" in agencies_of(text)
    text = "TRƯỜNG CAO ĐẲNG SƯ PHẠM TRUNG ƯƠNG\n\nSố: 8/TB\n\nThông báo tuyển sinh năm 2026."
    assert "Trường Cao đẳng Sư phạm Trung ương" in agencies_of(text)  # (the field after the level: a component)
