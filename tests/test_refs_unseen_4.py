"""Fourth probe round on text the engine was not tuned on (issue 12): departments numbered by a letter and
digits after the issuer's code, a number-only mention whose named issuer is not that of an earlier full
mention of the same number, a list whose next item follows a long title. Each sentence is written for this
file; each asserts what a reader would check."""

from __future__ import annotations

import pytest

from loaders.references import find_references
from tests.test_refs_unseen import refs_of

# ------------------------------------------------------------------ a numbered department after the issuer


@pytest.mark.parametrize("text, symbol, date", [
    ("Công an huyện sơ kết 5 năm thực hiện Chỉ thị số 07/CT-BCA-X11, ngày 12-3-2015 của Bộ Công an về công tác "
     "xây dựng lực lượng.", "07/CT-BCA-X11", "2015-03-12"),
    ("Thực hiện Quyết định số 15/QĐ-VKSTC-V9 ngày 02 tháng 12 năm 2019 của Viện trưởng, các đơn vị rà soát hồ sơ.",
     "15/QĐ-VKSTC-V9", "2019-12-02"),
    ("Căn cứ Hướng dẫn số 08/2020/HD-VKSTC-V4 ngày 14/02/2020, Viện kiểm sát huyện kiểm sát nhà tạm giữ.",
     "08/2020/HD-VKSTC-V4", "2020-02-14"),
])
def test_a_department_numbered_by_a_letter_and_digits_stays_in_the_symbol(text, symbol, date):
    refs = refs_of(text)
    assert [(r.symbol, r.date) for r in refs] == [(symbol, date)]
    assert refs[0].surface.endswith(symbol.rsplit("-", 1)[1])


def test_a_footnote_digit_after_a_party_symbol_is_still_no_department():
    refs = refs_of("Quán triệt Chỉ thị số 21-CT/TW2 của Ban Bí thư, chi bộ sinh hoạt chuyên đề.")
    assert [r.symbol for r in refs] == ["21-CT/TW"]


# ------------------------------------------------------------------ a short form with another issuer


def test_a_number_only_mention_of_the_national_assembly_is_not_the_party_resolution_of_that_number():
    refs = refs_of("Mười năm thực hiện Nghị quyết 24-NQ/TW của Bộ Chính trị, thành phố còn thực hiện việc điều "
                   "chỉnh địa giới theo Nghị quyết 24 của Quốc hội khóa XII.")
    assert [r.symbol for r in refs if r.symbol] == ["24-NQ/TW"]


def test_a_number_only_mention_of_a_provincial_committee_is_not_the_central_one():
    refs = refs_of("Tỉnh ủy học tập Kết luận số 19-KL/TW của Bộ Chính trị; các huyện thực hiện Kết luận 19 của "
                   "Tỉnh ủy về phát triển du lịch.")
    assert [r.symbol for r in refs][:1] == ["19-KL/TW"]
    assert refs[1].symbol != "19-KL/TW"


def test_a_number_only_mention_whose_issuer_fits_takes_the_full_mention():
    refs = refs_of("Quốc hội ban hành Nghị quyết số 31/2021/QH15 ngày 12/11/2021 về kế hoạch cơ cấu lại nền kinh "
                   "tế; Nghị quyết 31 của Quốc hội đặt mục tiêu tăng năng suất.")
    assert [r.symbol for r in refs] == ["31/2021/QH15", "31/2021/QH15"]
    assert refs[1].short_form


# ------------------------------------------------------------------ a list item after a long title


def test_the_next_item_after_a_title_with_noun_uses_of_clause_words_keeps_the_list_cue():
    # "yêu cầu", "tổ chức" inside the first document's title are nouns, not a new clause
    refs = refs_of("Quán triệt Nghị quyết số 33-NQ/TW ngày 09/6/2014 của Ban Chấp hành Trung ương về xây dựng và "
                   "phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước, Kế hoạch "
                   "số 46-KH/TU ngày 02/10/2014 của Tỉnh ủy, các chi bộ xây dựng chương trình hành động.")
    assert [(r.symbol, r.relation) for r in refs] == [("33-NQ/TW", "implements"), ("46-KH/TU", "implements")]


def test_a_clause_of_its_own_before_the_next_mention_still_gives_it_no_borrowed_cue():
    refs = refs_of("Thực hiện Nghị quyết số 05/NQ-HĐND ngày 10/7/2021 của HĐND tỉnh về phân bổ vốn, Sở Tài chính "
                   "đã ban hành Công văn số 45/STC-NS hướng dẫn các huyện.")
    assert [(r.symbol, r.relation) for r in refs] == [("05/NQ-HĐND", "implements"), ("45/STC-NS", None)]


# ------------------------------------------------------------------ a header row printed with its type word


@pytest.mark.parametrize("text, own", [
    ("BAN BÍ THƯ\nQuy định số: 48-QĐ/TW Hà Nội, ngày 12 tháng 3 năm 2021\nQUY ĐỊNH\nvề công tác kiểm tra\n"
     "Căn cứ Điều lệ Đảng và Quy định số 22-QĐ/TW của Ban Chấp hành Trung ương, Ban Bí thư quy định như sau:",
     "48-QĐ/TW"),
    ("ỦY BAN NHÂN DÂN TỈNH\n   Quyết định số: 215/QĐ-UBND\n   Bắc Giang, ngày 4 tháng 2 năm 2022\nQUYẾT ĐỊNH\n"
     "Căn cứ Quyết định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương, Ủy ban nhân dân tỉnh quyết định:",
     "215/QĐ-UBND"),
])
def test_a_header_row_that_prints_the_type_word_is_the_documents_own_number(text, own):
    found = find_references(text)
    assert found.self_symbol == own
    assert [r.symbol for r in found.references] == ["22-QĐ/TW"]


def test_a_headline_without_the_header_colon_still_cites_the_document():
    found = find_references("Thông tư số 12/2023/TT-BTC\nBộ Tài chính vừa ban hành thông tư hướng dẫn quản lý phí.")
    assert found.self_symbol is None
    assert [r.symbol for r in found.references] == ["12/2023/TT-BTC"]


# ------------------------------------------------------------------ a bulleted list printed with blank lines


def test_every_item_of_a_list_printed_with_blank_lines_takes_the_cue_that_opens_it():
    text = ("Sở Tư pháp hướng dẫn các xã căn cứ các văn bản sau:\n\n"
            "- Luật Hòa giải ở cơ sở năm 2013;\n\n"
            "- Nghị định số 15/2014/NĐ-CP ngày 27/02/2014 của Chính phủ;\n\n"
            "- Quyết định số 08/2019/QĐ-UBND ngày 11/3/2019 của UBND tỉnh.\n")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [
        ("15/2014/NĐ-CP", "basis"), ("08/2019/QĐ-UBND", "basis")]


def test_a_paragraph_between_the_opening_cue_and_the_list_ends_its_reach():
    text = ("Căn cứ các văn bản sau:\n\nSở đã tổng hợp ý kiến của các huyện trong tháng 5.\n\n"
            "- Kế hoạch số 30/KH-UBND ngày 02/3/2023 của UBND tỉnh đã được điều chỉnh.\n")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("30/KH-UBND", None)]


# ------------------------------------------------------------------ a legislature's resolution by number and year


def test_a_standing_committee_resolution_by_number_and_year_takes_the_term_sitting_that_year():
    refs = refs_of("Thực hiện Nghị quyết số 35/2023 của Ủy ban Thường vụ Quốc hội, tỉnh sắp xếp lại 12 xã.")
    assert [(r.symbol, r.short_form) for r in refs] == [("35/2023/UBTVQH15", True)]


def test_in_an_election_year_the_number_and_year_alone_do_not_name_the_term():
    refs = refs_of("Theo Nghị quyết số 12/2021 của Quốc hội, các địa phương rà soát lại kế hoạch vốn.")
    assert [r.symbol for r in refs if r.symbol] == []


def test_the_term_printed_with_the_year_still_decides():
    refs = refs_of("Căn cứ Nghị quyết số 40/2021 của Quốc hội khóa XV, Sở Tài chính hướng dẫn các huyện.")
    assert [r.symbol for r in refs] == ["40/2021/QH15"]


# ------------------------------------------------------------------ "thay" printed for "thay thế"


def test_thay_right_before_a_mention_replaces_it():
    refs = refs_of("Ban Bí thư ban hành quy định mới về công tác kiểm tra (thay Quy định số 30-QĐ/TW và Quy định "
                   "số 86-QĐ/TW).")
    assert [(r.symbol, r.relation) for r in refs] == [("30-QĐ/TW", "replaces"), ("86-QĐ/TW", "replaces")]


def test_thay_mat_before_an_issuer_is_no_cue():
    refs = refs_of("Thay mặt Bộ Chính trị, đồng chí Thường trực Ban Bí thư ký Kết luận số 12-KL/TW.")
    assert [(r.symbol, r.relation) for r in refs] == [("12-KL/TW", None)]


def test_the_next_item_joined_by_va_after_a_title_with_clause_words_keeps_the_list_cue():
    refs = refs_of("Căn cứ Nghị quyết số 19-NQ/TW ngày 25/10/2017 về tiếp tục đổi mới hệ thống tổ chức và quản lý, "
                   "nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập và Kết luận số "
                   "40-KL/TW ngày 18/7/2022 của Bộ Chính trị, Sở Nội vụ trình đề án sắp xếp.")
    assert [(r.symbol, r.relation) for r in refs] == [("19-NQ/TW", "basis"), ("40-KL/TW", "basis")]


# ------------------------------------------------------------------ a capitalised label glued to a symbol


@pytest.mark.parametrize("text, symbol, date", [
    ("Căn cứ Quyết định số 45/QĐ-UBNDNgày 12/4/2021 của UBND tỉnh, huyện lập kế hoạch.", "45/QĐ-UBND", "2021-04-12"),
    ("Thực hiện Kế hoạch số 07/KH-BCĐPCDBNgày 3/2/2022 của Ban Chỉ đạo, các xã tổ chức tiêm chủng.",
     "07/KH-BCĐPCDB", "2022-02-03"),
])
def test_a_capitalised_word_glued_after_a_code_is_not_part_of_it(text, symbol, date):
    assert [(r.symbol, r.date) for r in refs_of(text)] == [(symbol, date)]


# ------------------------------------------------------------------ a list head that names its issuer


def test_a_list_head_naming_its_issuer_still_carries_the_cue_to_its_items():
    refs = refs_of("Hội nghị quán triệt các quy định của Ban Chấp hành Trung ương Đảng gồm: Quy định số 22-QĐ/TW về "
                   "công tác kiểm tra; Quy định số 24-QĐ/TW về thi hành Điều lệ Đảng.")
    assert [(r.symbol, r.relation) for r in refs] == [("22-QĐ/TW", "implements"), ("24-QĐ/TW", "implements")]


def test_a_clause_of_its_own_after_an_issuer_name_still_ends_the_cue():
    refs = refs_of("Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy, Sở Nội vụ đã ban hành Kế hoạch số 15/KH-SNV.")
    assert [(r.symbol, r.relation) for r in refs] == [("15/KH-SNV", None)]


# ------------------------------------------------------------------ a plenum's resolution printed short, a quoted title


@pytest.mark.parametrize("text, plenum, term", [
    ("Huyện ủy sơ kết 5 năm thực hiện Nghị quyết TW6 khóa XII về y tế.", 6, "XII"),
    ("Các chi bộ tiếp tục quán triệt NQTW4 (khóa XIII) trong đợt sinh hoạt chính trị.", 4, "XIII"),
])
def test_a_plenums_resolution_printed_short_is_found(text, plenum, term):
    plenums = [o for o in find_references(text).other_references if o.kind == "plenum"]
    assert [(o.plenum, o.term) for o in plenums] == [(plenum, term)]


def test_a_symbol_glued_to_nq_and_a_digit_is_no_plenum():
    found = find_references("Theo Nghị quyết số 26/NQTW1 ngày 5/8/2008, các xã rà soát quy hoạch.")
    assert [o for o in found.other_references if o.kind == "plenum"] == []


def test_a_quoted_title_after_a_plenum_resolution_keeps_the_cue_on_the_next_item():
    refs = refs_of("Tiếp tục thực hiện có hiệu quả NQTW7 (khóa X) về “nông nghiệp, nông dân, nông thôn”, Kết luận "
                   "số 97-KL/TW của Ban Chấp hành Trung ương và các chương trình của tỉnh.")
    assert [(r.symbol, r.relation) for r in refs] == [("97-KL/TW", "continues")]


# ------------------------------------------------------------------ a letter's short form


def test_a_letters_number_only_mention_takes_the_letter_cited_in_full_with_the_same_type_word():
    refs = refs_of("Sở Y tế có Công văn số 1520/SYT-NVY ngày 4/5/2022 gửi các bệnh viện. Theo Công văn 1520, các "
                   "bệnh viện rà soát danh mục thuốc.")
    assert [(r.symbol, r.short_form) for r in refs] == [("1520/SYT-NVY", False), ("1520/SYT-NVY", True)]


def test_a_number_only_mention_of_another_type_does_not_take_a_letter():
    refs = refs_of("Sở Y tế có Công văn số 1520/SYT-NVY gửi các bệnh viện; Kế hoạch 1520 của huyện chưa được phê duyệt.")
    assert [r.symbol for r in refs if r.symbol] == ["1520/SYT-NVY"]


# ------------------------------------------------------------------ a Party issuer code misprinted


def test_a_misprinted_party_issuer_code_is_read_from_the_body_named_in_words():
    refs = refs_of("Căn cứ Hướng dẫn số 42-HD/BTGW ngày 5/1/2021 của Ban Tuyên giáo Trung ương, Ban Tuyên giáo Huyện ủy "
                   "định hướng tuyên truyền.")
    assert [r.symbol for r in refs] == ["42-HD/BTGTW"]


def test_a_known_party_code_is_kept_whatever_body_is_named():
    refs = refs_of("Thực hiện Hướng dẫn số 85-HD/BTG ngày 21/8/2019 của Ban Tuyên giáo Đảng ủy Khối, chi bộ tuyên truyền.")
    assert [r.symbol for r in refs] == ["85-HD/BTG"]


def test_a_translations_number_header_is_the_documents_own_number():
    found = find_references("THE MINISTRY OF FINANCE\nNumber: 45/2019/TT-BTC\nHanoi, July 1, 2019\nCIRCULAR\n"
                            "Pursuant to Decree No. 87/2017/ND-CP of the Government, the Minister issues this Circular.")
    assert found.self_symbol == "45/2019/TT-BTC"
    assert [(r.symbol, r.relation) for r in found.references] == [("87/2017/NĐ-CP", "basis")]
