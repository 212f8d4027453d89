"""Reference misses of issue 12's probe rounds, as kinds: a date stated before the mention with its issuer
between when the document before it already has its own date, the month word misspelt "thánh", a short form
("TT20", "Thông tư 20") of a joint document named in full ("Thông tư liên tịch …"), an attached file's name, and a
later item of the documents an apposition ("…, nhất là …") lists. Each sentence is written for this file; each
asserts what a reader would check."""

from __future__ import annotations

import pytest

from loaders import grammar as g
from loaders.dates import find_dates, iso_date
from tests.test_refs_unseen import annotated, refs_of

# ------------------------------------------------------------------ a second date opens the next clause


def test_a_date_after_the_date_of_the_document_before_is_the_next_documents():
    text = ("Theo hướng dẫn tại Công văn số 215-CV/BTGTU ngày 08/9/2022, ngày 20/9/2022, UBND huyện đã ban hành "
            "Kế hoạch số 310/KH-UBND về tuyên truyền chuyển đổi số.")
    assert [(r.symbol, r.date) for r in refs_of(text)] == [("215-CV/BTGTU", "2022-09-08"),
                                                           ("310/KH-UBND", "2022-09-20")]


def test_the_resolver_reads_the_same_date():
    ex = annotated("Căn cứ Thông báo số 12-TB/HU ngày 02/3/2023, ngày 15/3/2023, Phòng Nội vụ đã ban hành Công văn "
                   "số 88/PNV về rà soát biên chế.")
    assert [(r.symbol, r.date, r.resolved_date) for r in ex.references] == [
        ("12-TB/HU", "2023-03-02", "2023-03-02"), ("88/PNV", "2023-03-15", "2023-03-15")]


def test_a_second_date_that_opens_no_clause_is_left_alone():
    # no subject and verb after it: the date is not read as the next clause's day, and the first date stays
    refs = refs_of("Thực hiện Kế hoạch số 27-KH/HU ngày 05/4/2021, ngày 12/4/2021 về kiểm tra, Đảng ủy xã báo cáo.")
    assert [(r.symbol, r.date) for r in refs] == [("27-KH/HU", "2021-04-05")]


# ------------------------------------------------------------------ the month word misspelt "thánh"


@pytest.mark.parametrize("written, iso", [
    ("ngày 14 thánh 1 năm 2015", "2015-01-14"),
    ("ngày 3 Thánh 11, năm 2019", "2019-11-03"),
])
def test_a_month_word_printed_with_nh_is_the_month_with_its_year(written, iso):
    assert [d.iso for d in find_dates(written)] == [iso]
    assert iso_date(written.removeprefix("ngày ")) == iso


@pytest.mark.parametrize("written", [
    "ngày 14 thánh 1",  # no year: nothing says it is a date
    "ngày 5 thánh 2 năm",  # no year after "năm"
    "Lễ giỗ Đức Thánh Trần năm 2023 có 12 đoàn về dự",
])
def test_thanh_without_a_full_date_around_it_is_no_date(written):
    assert [d.iso for d in find_dates(written) if d.full] == []


def test_a_reference_dated_with_the_misspelt_month():
    refs = refs_of("Căn cứ Thông tư số 12/2015/TT-BTC ngày 14 thánh 1 năm 2015 của Bộ Tài chính, Sở hướng dẫn.")
    assert [(r.symbol, r.date) for r in refs] == [("12/2015/TT-BTC", "2015-01-14")]


# ------------------------------------------------------------------ the short form of a joint document


def test_joint_types_are_read_off_the_type_table():
    assert g.JOINT_FORM_OF["TTLT"] == "TT" and g.JOINT_FORM_OF["NQLT"] == "NQ" and g.JOINT_FORM_OF["HDLT"] == "HD"
    assert "TT" not in g.JOINT_FORM_OF


@pytest.mark.parametrize("short", ["TT20", "Thông tư 20"])
def test_a_circular_short_form_names_the_joint_circular_named_in_full(short):
    text = (f"Thông tư liên tịch số 20/2012/TTLT-BGDĐT-BNV ngày 12/6/2012 quy định định mức giáo viên. Theo {short}, "
            "mỗi lớp có 1,5 giáo viên.")
    refs = refs_of(text)
    assert [(r.surface, r.symbol, r.short_form) for r in refs] == [
        ("Thông tư liên tịch số 20/2012/TTLT-BGDĐT-BNV", "20/2012/TTLT-BGDĐT-BNV", False),
        (short, "20/2012/TTLT-BGDĐT-BNV", True)]


def test_a_circular_of_the_type_itself_comes_before_a_joint_one():
    text = ("Thông tư liên tịch số 20/2012/TTLT-BGDĐT-BNV và Thông tư số 20/2018/TT-BGDĐT cùng quy định về giáo viên. "
            "Theo TT20, giáo viên được đánh giá mỗi năm.")
    assert [r.symbol for r in refs_of(text)][-1] == "20/2018/TT-BGDĐT"


def test_a_number_in_an_attached_files_name_is_no_reference():
    text = ("Lấy ý kiến dự thảo Thông tư thay thế Thông tư liên tịch số 20/2012/TTLT-BGDĐT-BNV.\n"
            "Tệp đính kèm: Du_thao_TT20.docx Phu_luc.pdf")
    assert [r.symbol for r in refs_of(text)] == ["20/2012/TTLT-BGDĐT-BNV"]


# ------------------------------------------------------------------ a later item of an apposition's list


def test_later_items_of_an_apposition_take_the_cue_of_its_head():
    text = ("Các sở tiếp tục triển khai đồng bộ các nhiệm vụ, giải pháp nêu tại các nghị quyết, kết luận của Trung "
            "ương, nhất là Chương trình chuyển đổi số năm 2024, các Nghị quyết số 15/NQ-CP, 16/NQ-CP của Chính phủ "
            "và Chỉ thị số 07/CT-TTg của Thủ tướng.")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [
        ("15/NQ-CP", "continues"), ("16/NQ-CP", "continues"), ("07/CT-TTg", "continues")]


def test_an_item_that_opens_a_clause_of_its_own_ends_the_apposition_list():
    text = "Huyện quán triệt các nghị quyết của Tỉnh ủy, nhất là Đề án giảm nghèo, Sở đã trình Quyết định số 45/QĐ-UBND."
    assert [r.relation for r in refs_of(text)] == [None]
