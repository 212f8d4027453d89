"""Names printed in capitals and places numbered after their name. A body's name printed all in capitals (a
headline, a document's header) is recased as the body's name is spelt: the head as the heads table spells it, a
capital at each component of the name (Decree 30/2020/NĐ-CP, appendix II: "Bộ Giáo dục và Đào tạo"), a region
("vùng Nam Bộ") and a province as the gazetteer spells them, a ministry as the list of central bodies spells it
("Bộ Công Thương"). A commune or ward numbered after its name ("phường Hải Châu II") or named by a number
("phường 12") is read whole. Ceremonies a body holds ("khai giảng", "khánh thành") end the body's name before
them. Each sentence is written for this file; each asserts what a reader of the page would check."""

from __future__ import annotations

from loaders.entities import find_entities
from loaders.names import capitalise_components, is_acronym, surname_run, uncaps
from tests.test_entities_unseen import agencies_of, events_of

# ------------------------------------------------------------------ recasing a name printed in capitals


def test_a_ministry_in_capitals_reads_as_its_official_name() -> None:
    text = "BỘ CÔNG AN HƯỚNG DẪN CÁCH LÀM THẺ CĂN CƯỚC\n\nNgười dân có thể nộp hồ sơ trực tuyến từ tháng sau."
    assert "Bộ Công an" in agencies_of(text)


def test_a_syllable_that_opens_with_its_vowel_is_no_acronym() -> None:
    assert not is_acronym("AN") and not is_acronym("ANH") and not is_acronym("ÔNG")
    assert is_acronym("UBND") and is_acronym("HĐND") and is_acronym("MTTQ")
    assert uncaps("CÔNG AN TỈNH") == "công an tỉnh"


def test_each_component_of_a_ministrys_name_takes_its_capital() -> None:
    text = "BỘ GIÁO DỤC VÀ ĐÀO TẠO CÔNG BỐ LỊCH THI\n\nThí sinh xem lịch trên cổng thông tin của bộ."
    assert "Bộ Giáo dục và Đào tạo" in agencies_of(text)
    text = "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH TRIỂN KHAI KẾ HOẠCH MỚI\n\nCác đơn vị nhận kế hoạch trong tuần."
    assert "Bộ Văn hóa, Thể thao và Du lịch" in agencies_of(text)


def test_a_ministry_spelt_with_two_capitals_keeps_them() -> None:
    text = "BỘ CÔNG THƯƠNG KIỂM TRA GIÁ XĂNG DẦU\n\nĐoàn kiểm tra làm việc tại ba cửa hàng."
    assert "Bộ Công Thương" in agencies_of(text)


def test_a_ministry_that_owns_a_body_in_capitals_is_read_whole() -> None:
    text = "THANH TRA BỘ GIAO THÔNG VẬN TẢI\n\nSố: 8/KL\n\nKết luận thanh tra về công tác đăng kiểm."
    assert "Thanh tra Bộ Giao thông vận tải" in agencies_of(text)


def test_a_mans_name_in_a_body_in_capitals_is_no_city() -> None:
    text = "HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH\n\nSố: 9/TB\n\nThông báo tuyển sinh cao cấp lý luận chính trị."
    assert agencies_of(text) == {"Học viện Chính trị quốc gia Hồ Chí Minh": None}


def test_an_institute_of_a_region_keeps_its_whole_name_and_the_regions_capitals() -> None:
    text = "VIỆN KHOA HỌC XÃ HỘI VÙNG TÂY NGUYÊN TỔ CHỨC TỌA ĐÀM\n\nCác nhà nghiên cứu trao đổi về văn hóa bản địa."
    assert "Viện Khoa học xã hội vùng Tây Nguyên" in agencies_of(text)


def test_a_department_in_capitals_takes_its_capitals_and_its_province() -> None:
    text = "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH NGHỆ AN THÔNG BÁO\n\nViệc cấp giấy chứng nhận được làm tại bộ phận một cửa."
    assert agencies_of(text).get("Sở Tài nguyên và Môi trường tỉnh Nghệ An") == "Nghệ An"


def test_a_dash_or_a_task_s_comma_in_capitals_joins_one_name() -> None:
    text = "PHÒNG NỘI VỤ - LAO ĐỘNG HUYỆN\n\nSố: 21/BC\n\nBáo cáo kết quả tuyển dụng viên chức."
    assert any(name.startswith("Phòng Nội vụ - Lao động") for name in agencies_of(text))
    text = "BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM, TỆ NẠN XÃ HỘI TỈNH LẠNG SƠN\n\nSố: 4/KH\n\nKế hoạch năm 2025."
    assert "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội tỉnh Lạng Sơn" in agencies_of(text)


def test_the_components_of_a_name_after_its_type_word() -> None:
    assert capitalise_components(" lao động – thương binh và xã hội") == " Lao động – Thương binh và Xã hội"
    assert capitalise_components(" y tế huyện yên thành") == " Y tế huyện yên thành"  # (the place: recapitalise's)
    assert capitalise_components(" nhân dân tỉnh") == " nhân dân tỉnh"  # "Ban nhân dân": the type goes on
    assert capitalise_components(" môn hóa học") == " môn Hóa học"  # "Bộ môn Hóa học": a university's department


def test_a_body_named_by_a_head_of_its_own_in_capitals_is_unchanged() -> None:
    text = "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n\nSố: 15/KH-UBND\n\nKế hoạch tổ chức ngày hội văn hóa."
    assert "UBND tỉnh Quảng Trị" in agencies_of(text)


# ------------------------------------------------------------------ places numbered after their name


def test_a_ward_numbered_after_its_name_is_read_whole() -> None:
    text = ("Ủy ban nhân dân phường Phước Ninh II đã trao quà cho các hộ khó khăn. "
            "Ủy ban nhân dân phường Phước Ninh I cũng tham gia.")
    found = agencies_of(text, locality="Đà Nẵng")
    assert "UBND phường Phước Ninh II" in found
    assert "UBND phường Phước Ninh I" in found


def test_a_roman_numeral_after_a_family_name_is_no_given_name() -> None:
    text = "phường Hòa Châu IV và ông Châu Văn Lộc"
    assert not surname_run(text, text.index("Châu IV"))  # "Hòa Châu IV": a place's name, numbered
    assert surname_run(text, text.index("Châu Văn"))


def test_a_ward_named_by_its_number_before_its_district() -> None:
    text = "Ngày 3/3/2025, UBND phường 7, quận Bình Thạnh tổ chức đối thoại với người dân."
    assert any(name.startswith("UBND phường 7") for name in agencies_of(text))


def test_a_village_named_by_its_number_names_a_party_cell() -> None:
    text = "Tối 14/6/2025, Chi bộ Khu phố 4 phường Tân Định tổ chức sinh hoạt chuyên đề."
    assert "Chi bộ Khu phố 4 phường Tân Định" in agencies_of(text)
    text = "Tối 14/6/2025, Chi bộ thôn 7 đã kết nạp hai đảng viên mới."
    assert "Chi bộ thôn 7" in agencies_of(text)
    text = "Chương trình phát triển nông thôn 06 huyện miền núi được phê duyệt."
    assert agencies_of(text) == {}


# ------------------------------------------------------------------ ceremonies that follow a body


def test_a_ceremony_a_body_holds_ends_its_name() -> None:
    text = "TRƯỜNG ĐẠI HỌC KỸ THUẬT KHAI GIẢNG KHÓA HỌC MỚI\n\nHơn 500 sinh viên nhập học trong tuần."
    assert "Trường Đại học Kỹ thuật" in agencies_of(text)
    text = "BỘ Y TẾ KHÁNH THÀNH KHU ĐIỀU TRỊ MỚI\n\nKhu điều trị có 200 giường."
    assert "Bộ Y tế" in agencies_of(text)
    text = "Ngày 2/10/2025, Ban Quản lý dự án giao thông khánh thành cầu qua sông."
    assert "Ban Quản lý dự án giao thông" in agencies_of(text)


def test_the_ceremony_keeps_its_name_as_an_event() -> None:
    text = "Lễ khánh thành trạm y tế xã diễn ra sáng 3/10/2025."
    assert events_of(text) == [("Lễ khánh thành trạm y tế xã", "2025-10-03")]


# ------------------------------------------------------------------ a person named in a headline in capitals


def first_mentions_of(text: str) -> dict[str, str]:
    """Each person's name and the surface of their first mention."""
    _, persons, _ = find_entities(text)
    for p in persons:
        assert text[p.start:p.end] == p.surface
    return {p.name: p.surface for p in persons}


def test_a_headline_name_in_capitals_is_the_first_mention_of_the_person_the_text_names_with_a_title() -> None:
    text = ("LÊ THỊ THU NHẬN BẰNG KHEN CỦA BỘ TRƯỞNG\n\n"
            "Sáng 12/4/2025, Hiệu trưởng Lê Thị Thu đã nhận bằng khen vì thành tích dạy học.")
    assert first_mentions_of(text) == {"Lê Thị Thu": "LÊ THỊ THU"}
    text = ("CHỦ TỊCH NƯỚC LƯƠNG CƯỜNG THĂM ĐƠN VỊ BỘ ĐỘI BIÊN PHÒNG\n\n"
            "Chiều 2/5/2025, Chủ tịch nước Lương Cường đã đến thăm cán bộ, chiến sĩ đồn biên phòng.")
    assert first_mentions_of(text) == {"Lương Cường": "LƯƠNG CƯỜNG"}


def test_a_name_printed_only_in_capitals_with_no_title_is_left_alone() -> None:
    text = "HÀ TĨNH TRIỂN KHAI KẾ HOẠCH PHÒNG CHỐNG BÃO\n\nCác địa phương ven biển sơ tán người dân."
    assert first_mentions_of(text) == {}
