"""A predicate printed in capitals after a name: news headlines and captions print whole clauses in capitals
("… huyện Can Lộc TỔ CHỨC Lễ …"). A predicate of verb_phrases.tsv so printed ends the name before it (of a body,
its place, a person), so the body is whole and organises the event; an agency printed all in capitals in a
headline keeps its place; the same sentences in lowercase read as before. Each sentence is written for this
file; each asserts what a reader of the page would check."""

from __future__ import annotations

from loaders.entities import find_entities
from loaders.names import caps_predicate_at
from tests.test_entities_unseen import agencies_of, events_of
from tests.test_local_party_unseen import persons_of


def organisers_of(text: str) -> dict[str, list[str]]:
    """Each event's name and the bodies the text says organise it."""
    _, _, events = find_entities(text)
    return {e.name: e.organizers for e in events}


# ------------------------------------------------------------------ the table, compared case-folded


def test_a_predicate_in_capitals_is_read_case_folded_with_its_diacritics() -> None:
    text = "huyện Lộc Hà TỔ CHỨC lễ; xã Yên Phú THĂM hỏi; HUYỆN TÂN LẬP; Tổ Chức"
    assert caps_predicate_at(text, text.index("TỔ CHỨC"))
    assert not caps_predicate_at(text, text.index("THĂM"))  # one syllable: only after a name in mixed case
    assert caps_predicate_at(text, text.index("THĂM"), mixed=True)
    assert not caps_predicate_at(text, text.index("LẬP"))  # in a line in capitals, a syllable of "TÂN LẬP"
    assert not caps_predicate_at(text, text.index("Tổ Chức"))  # capitalised, not in capitals: a name's words


# ------------------------------------------------------------------ a district's body, then its predicate


def test_a_district_committee_before_a_predicate_in_capitals_ends_at_its_district() -> None:
    text = "Sáng 5/9/2024, Ủy ban nhân dân huyện Can Lộc TỔ CHỨC Lễ khai giảng năm học mới tại trường THCS Thiên Lộc."
    assert "UBND huyện Can Lộc" in agencies_of(text)
    assert organisers_of(text)["Lễ khai giảng năm học mới"] == ["UBND huyện Can Lộc"]


def test_several_predicates_in_capitals_after_a_place_end_it() -> None:
    for verb in ("PHÁT ĐỘNG", "TRIỂN KHAI", "BAN HÀNH", "QUÁN TRIỆT", "CHỈ ĐẠO"):
        text = f"Hội Nông dân huyện Yên Thành {verb} kế hoạch năm 2025 tới các chi hội."
        assert "Hội Nông dân huyện Yên Thành" in agencies_of(text), verb
        assert not any(verb.split()[0] in name for name in agencies_of(text)), verb


def test_a_commune_named_like_a_family_name_before_a_predicate_in_capitals_keeps_its_name() -> None:
    text = "Đảng ủy xã Thạch Hà KHAI MẠC Đại hội Đảng bộ xã lần thứ XX, nhiệm kỳ 2025-2030."
    assert "Đảng ủy xã Thạch Hà" in agencies_of(text)
    assert organisers_of(text)["Đại hội Đảng bộ xã lần thứ XX, nhiệm kỳ 2025-2030"] == ["Đảng ủy xã Thạch Hà"]


def test_a_word_in_capitals_after_a_place_in_mixed_case_is_no_syllable_of_it() -> None:
    text = "Hội Cựu chiến binh xã Yên Phú THĂM hỏi các gia đình chính sách dịp Tết."
    assert "Hội Cựu chiến binh xã Yên Phú" in agencies_of(text)


def test_a_company_in_mixed_case_before_a_predicate_in_capitals_ends_there() -> None:
    text = "Công ty Cổ phần Sông Hồng TỔ CHỨC Hội nghị người lao động năm 2025."
    assert "Công ty Cổ phần Sông Hồng" in agencies_of(text)
    assert organisers_of(text)["Hội nghị người lao động năm 2025"] == ["Công ty Cổ phần Sông Hồng"]


# ------------------------------------------------------------------ headlines all in capitals


def test_a_headline_in_capitals_keeps_its_agency_and_ends_at_the_predicate() -> None:
    assert agencies_of("UBND TỈNH HÀ TĨNH TỔ CHỨC HỘI NGHỊ TỔNG KẾT NĂM 2024") == {"UBND tỉnh Hà Tĩnh": "Hà Tĩnh"}
    found = agencies_of("HỘI NÔNG DÂN XÃ YÊN PHÚ PHÁT ĐỘNG PHONG TRÀO THI ĐUA")
    assert [name.casefold() for name in found] == ["hội nông dân xã yên phú"]


def test_a_place_in_capitals_named_like_a_predicate_stays_whole() -> None:
    found = agencies_of("UBND XÃ THỐNG NHẤT TỔ CHỨC KỲ HỌP THỨ 9")
    assert [name.casefold() for name in found] == ["ubnd xã thống nhất"]


def test_a_company_named_in_capitals_after_its_type_keeps_its_trade() -> None:
    text = "Công ty TNHH XÂY DỰNG HOÀNG LONG tổ chức hội nghị khách hàng."
    assert "Công ty TNHH XÂY DỰNG HOÀNG LONG" in agencies_of(text)


# ------------------------------------------------------------------ the same in lowercase reads as before


def test_the_same_sentences_in_lowercase_read_as_before() -> None:
    text = "Ủy ban nhân dân huyện Can Lộc tổ chức Lễ khai giảng năm học mới ngày 5/9/2024."
    assert agencies_of(text) == {"UBND huyện Can Lộc": "Hà Tĩnh"}
    assert events_of(text) == [("Lễ khai giảng năm học mới", "2024-09-05")]
    assert "UBND xã Thống Nhất" in agencies_of("UBND xã Thống Nhất tổ chức hội nghị giao ban.")


# ------------------------------------------------------------------ persons


def test_a_person_before_a_predicate_in_capitals_is_the_name_alone() -> None:
    assert persons_of("Ông Trần Minh Đức PHÁT BIỂU tại buổi lễ.") == {"Trần Minh Đức": None}
    found = persons_of("Chủ tịch UBND huyện Can Lộc Lê Văn Sơn CHỈ ĐẠO các xã khẩn trương khắc phục.")
    assert found == {"Lê Văn Sơn": "Chủ tịch UBND huyện Can Lộc"}


def test_a_given_name_that_is_a_predicate_in_mixed_case_stays_a_name() -> None:
    assert persons_of("Phó Chủ tịch UBND huyện Trần Thống Nhất dự và phát biểu.") == {
        "Trần Thống Nhất": "Phó Chủ tịch UBND huyện"}


def test_a_department_in_a_headline_in_capitals_ends_at_the_headlines_predicate() -> None:
    found = agencies_of("SỞ Y TẾ TRIỂN KHAI KẾ HOẠCH PHÒNG CHỐNG DỊCH MÙA MƯA")
    assert [name.casefold() for name in found] == ["sở y tế"]


def test_a_company_in_a_headline_keeps_its_second_trade_after_va() -> None:
    found = agencies_of("CÔNG TY CP ĐẦU TƯ VÀ XÂY DỰNG HỒNG HÀ KÝ KẾT HỢP ĐỒNG")
    assert any("xây dựng" in name.casefold() for name in found)


def test_a_role_printed_in_a_headline_gives_way_to_the_role_in_running_text() -> None:
    text = ("KỶ NIỆM 120 NĂM NGÀY SINH CỐ TỔNG BÍ THƯ LÊ HỒNG PHONG\n\n"
            "Bài viết nhìn lại cuộc đời cố Tổng Bí thư Lê Hồng Phong.")
    assert persons_of(text) == {"Lê Hồng Phong": "Tổng Bí thư"}


# ------------------------------------------------------------------ a place in a header in capitals


def test_a_district_in_a_header_in_capitals_is_capitalised_as_a_place() -> None:
    assert agencies_of("UBND HUYỆN HƯƠNG SƠN TỔ CHỨC HỘI NGHỊ SƠ KẾT 6 THÁNG ĐẦU NĂM") == {"UBND huyện Hương Sơn": "Hà Tĩnh"}


def test_a_header_of_two_columns_parts_the_district_from_the_motto() -> None:
    text = "UBND HUYỆN HƯƠNG SƠN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND\n"
    assert "UBND huyện Hương Sơn" in agencies_of(text)


def test_social_sciences_in_capitals_keep_xa_hoi_in_lowercase() -> None:
    found = agencies_of("VIỆN KHOA HỌC XÃ HỘI VÙNG NAM BỘ TỔ CHỨC HỘI THẢO")
    assert found and not any("xã Hội" in name for name in found)  # "xã hội" is a word, no commune


def test_a_board_of_a_provinces_party_committee_in_a_headline_is_whole() -> None:
    found = agencies_of("BAN THƯỜNG VỤ TỈNH ỦY HÀ TĨNH QUÁN TRIỆT NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ")
    assert found["Ban Thường vụ Tỉnh ủy Hà Tĩnh"] == "Hà Tĩnh"
    assert agencies_of("BAN TỔ CHỨC HUYỆN ỦY YÊN THÀNH") == {"Ban Tổ chức Huyện ủy Yên Thành": "Nghệ An"}
