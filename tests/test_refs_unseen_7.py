"""Seventh probe round on text the engine was not tuned on (issue 12): English translations of Vietnamese
documents as government and legal-database pages print them (a possessive between a cue and the document,
dates written "of May 16, 2016", attribute tables with "Official number:" and "Issuing date:"), and the kinds of
Vietnamese text the round found wanting. Each sentence is written for this file; each asserts what a reader
would check."""

from __future__ import annotations

import pytest

from tests.test_refs_unseen import annotated, refs_of

# ------------------------------------------------------------------ English: cue, possessive, object


def test_an_english_possessive_between_the_cue_and_the_document_is_one_word():
    text = "Pursuant to the Ministry's Circular No. 12/2019/TT-BXD of March 4, 2019 on building permits;"
    assert [(r.symbol, r.date, r.relation) for r in refs_of(text)] == [("12/2019/TT-BXD", "2019-03-04", "basis")]


def test_a_curly_possessive_counts_too():
    text = "The decree amends a number of articles of the Government’s Decree No. 15/2018/ND-CP on food safety."
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("15/2018/NĐ-CP", "amends")]


@pytest.mark.parametrize("text, relation", [
    ("The Government issues this Decree to amend Decree No. 45/2018/ND-CP on fisheries.", "amends"),
    ("The Ministry published amendments to Circular No. 08/2021/TT-BYT on drug labels.", "amends"),
    ("The province set out tasks to fully implement Resolution No. 43/NQ-CP on economic recovery.", "implements"),
    ("The Politburo agreed to issue a new regulation on cadres, to replace Regulation No. 105-QD/TW dated "
     "September 19, 2017.", "replaces"),
    ("Ministries shall institutionalize Resolution No. 18-NQ/TW of June 16, 2022 in their land rules.", "implements"),
    ("Provinces continue to implement Decree No. 15/2020/ND-CP on administrative penalties.", "continues"),
    ("On further effectively implementing Resolution No. 02/NQ-CP of January 1, 2019 on competitiveness.",
     "continues"),
])
def test_english_cues_of_translated_documents(text, relation):
    assert [r.relation for r in refs_of(text)] == [relation]


def test_a_document_amended_under_a_later_one_in_english_is_amended_by_it():
    text = "Decree No. 22/2019/ND-CP, as amended and supplemented by Decree No. 61/2021/ND-CP, remains in force."
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("22/2019/NĐ-CP", None), ("61/2021/NĐ-CP", "amends")]


# ------------------------------------------------------------------ English: dates before and after


def test_an_english_date_after_of_is_the_issue_date():
    text = "The plan carries out Resolution No. 19/NQ-CP of February 5, 2020 on the business environment."
    assert [r.date for r in refs_of(text)] == ["2020-02-05"]


def test_an_english_date_before_a_verb_of_issuing_is_the_issue_date():
    text = "On April 3, 2018, the Prime Minister issued Directive No. 11/CT-TTg on flood control."
    assert [(r.symbol, r.date) for r in refs_of(text)] == [("11/CT-TTg", "2018-04-03")]


def test_an_english_date_printed_before_the_document_is_its_date():
    text = "Ten years of carrying out the August 5, 2008 Resolution No. 26-NQ/TW changed the countryside."
    assert [r.date for r in refs_of(text)] == ["2008-08-05"]


def test_an_english_clause_of_issuing_after_a_comma_takes_no_earlier_cue():
    text = "To implement the plan for the region, on June 2, 2021, the Government adopted Resolution No. 58/NQ-CP."
    assert [(r.date, r.relation) for r in refs_of(text)] == [("2021-06-02", None)]


def test_the_line_that_says_what_promulgated_the_page_borrows_no_cue_from_its_title():
    text = ("The Action Plan to implement Resolution No. 36-NQ/TW of October 22, 2018 on the marine economy\n"
            "(Promulgated together with the Prime Minister's Decision No. 1570/QD-TTg\nof November 21, 2019)")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("36-NQ/TW", "implements"), ("1570/QĐ-TTg", None)]


# ------------------------------------------------------------------ English attribute tables of legal databases


@pytest.mark.parametrize("row", [
    "Official number: | 41/2022/TT-BTC | Signer: | Nguyen Van A |",
    "Official number:41/2022/TT-BTCSigner:Nguyen Van A",
])
def test_an_official_number_row_is_the_pages_own_number(row):
    ex = annotated("Circular on public asset accounting\n" + row + "\nIssuing date:18/06/2022Effect status: Known\n")
    assert ex.references == []
    assert (ex.document.symbol, ex.document.date) == ("41/2022/TT-BTC", "2022-06-18")


def test_a_translations_dateline_dates_the_page():
    ex = annotated("THE PRIME MINISTER\nNo. 07/CT-TTg\nHanoi, March 9, 2021\nDIRECTIVE\nOn forest fire prevention")
    assert ex.document.date == "2021-03-09"


def test_a_code_glued_to_the_next_capitalised_label_ends_before_it():
    refs = refs_of("Xem Nghị quyết 70/NQ-CPSigner trong bảng.")
    assert [(r.surface, r.symbol) for r in refs] == [("Nghị quyết 70/NQ-CP", "70/NQ-CP")]


def test_in_the_spirit_of_in_english_is_basis():
    text = "Farmers work in the spirit of Resolution No. 26-NQ/TW of August 5, 2008."
    assert [(r.date, r.relation) for r in refs_of(text)] == [("2008-08-05", "basis")]


# ------------------------------------------------------------------ Vietnamese: codes as printed


def test_the_short_code_of_a_peoples_committees_office_is_kept_as_printed():
    text = "Theo đề nghị của Chánh Văn phòng tại Tờ trình số 57/TTr-VPUB ngày 10/4/2019, Chủ tịch quyết định."
    assert [r.symbol for r in refs_of(text)] == ["57/TTr-VPUB"]


def test_an_issuer_code_printed_with_garbled_diacritics_is_read_without_them():
    refs = refs_of("Sở nhận được Công văn số 215/ƯBNĐ-VX ngày 3/4/2024 về lễ hội.")
    assert [(r.symbol, r.date) for r in refs] == [("215/UBND-VX", "2024-04-03")]


def test_a_number_only_resolution_of_the_party_is_the_centres():
    refs = refs_of("Nông dân làm giàu theo tinh thần Nghị quyết 26 của Đảng về tam nông.")
    assert [(r.surface, r.symbol, r.relation) for r in refs] == [("Nghị quyết 26", "26-NQ/TW", "basis")]


@pytest.mark.parametrize("text", [
    "Chi bộ thực hiện Kế hoạch số 12 của Đảng ủy xã về chuyển đổi số.",
    "Các xã thực hiện Nghị quyết số 05 của Đảng bộ tỉnh về giảm nghèo.",
])
def test_a_party_committee_or_organisation_is_not_the_party_itself(text):
    assert all(not (r.symbol or "").endswith("/TW") for r in refs_of(text))


def test_the_party_named_without_a_number_lends_no_issuer_to_a_later_alias():
    text = ("Quán triệt Nghị quyết của Đảng về học tập suốt đời, ngày 15/3/2019, Thủ tướng Chính phủ ban hành quyết "
            "định phê duyệt Đề án “Phát triển thư viện số” (sau đây gọi tắt là Đề án 206) trên cả nước.")
    assert [r.symbol for r in refs_of(text)] == ["206/QĐ-TTg"]


# ------------------------------------------------------------------ Vietnamese: cues and clauses


def test_guiding_an_article_of_a_decree_guides_it():
    text = "Thông tư này hướng dẫn Điều 12 Nghị định số 20/2021/NĐ-CP về trợ giúp xã hội."
    assert [r.relation for r in refs_of(text)] == ["guides"]


def test_amending_supplementing_and_repealing_some_articles_amends_the_document():
    text = ("Điều 1. Sửa đổi, bổ sung, bãi bỏ một số điều của Quyết định số 15/2019/QĐ-UBND ngày 2/5/2019 của "
            "UBND tỉnh.")
    assert [r.relation for r in refs_of(text)] == ["amends"]


def test_repealing_a_whole_document_still_repeals_it():
    assert [r.relation for r in refs_of("Bãi bỏ Quyết định số 12/2015/QĐ-UBND ngày 3/3/2015.")] == ["repeals"]


def test_a_review_cue_followed_by_a_comma_still_reaches_the_implementation_it_reviews():
    text = ("Công tác sơ kết, đánh giá kết quả thực hiện Chỉ thị số 05-CT/TW, Kết luận số 01-KL/TW được các chi bộ "
            "làm thường xuyên.")
    assert [r.relation for r in refs_of(text)] == ["reviews", "reviews"]


def test_a_congress_named_in_full_is_one_word_between_a_basis_cue_and_its_document():
    text = ("Căn cứ Điều lệ Đảng do Đại hội đại biểu toàn quốc lần thứ XI của Đảng thông qua, Quy định số 24-QĐ/TW "
            "ngày 30/7/2021 của Ban Chấp hành Trung ương, Ban Thường vụ ban hành quy chế.")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("24-QĐ/TW", "basis")]


def test_an_organisational_structure_in_a_title_opens_no_clause():
    text = ("Chính phủ sửa đổi Nghị định số 10/2019/NĐ-CP quy định chức năng, nhiệm vụ và cơ cấu tổ chức của Bộ Y tế "
            "và Nghị định số 11/2019/NĐ-CP về khám bệnh.")
    assert [r.relation for r in refs_of(text)] == ["amends", "amends"]


# ------------------------------------------------------------------ Vietnamese: the date of issue before a mention


def test_a_body_named_with_its_term_issued_the_document_on_the_date_before_it():
    text = "Ngày 12-3-1980, Ban Bí thư (khóa IV) ra Chỉ thị số 80-CT/TW về công tác khoán."
    assert [r.date for r in refs_of(text)] == ["1980-03-12"]


def test_a_verb_of_issuing_with_garbled_diacritics_still_dates_the_document():
    text = "Ngàỷ 2/6/2024, Bộ Chính trị ký bân hành Kết lụận số 80-KL/TW về việc học tập."
    assert [r.date for r in refs_of(text)] == ["2024-06-02"]


# ------------------------------------------------------------------ resolution: the congress a title names


@pytest.mark.parametrize("congress, key, day", [
    ("Đại hội đại biểu toàn quốc lần thứ 13 của Đảng", "35-CT/TW@2019", "2019-05-30"),
    ("ĐHĐB toàn quốc lần thứ XIV của Đảng", "35-CT/TW@2024", "2024-06-14"),
])
def test_the_congress_a_directives_title_names_tells_which_term_issued_it(congress, key, day):
    ex = annotated("Các chi bộ quán triệt Chỉ thị 35 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới "
                   + congress + ".")
    assert [(r.symbol, r.key, r.resolved_date) for r in ex.references] == [("35-CT/TW", key, day)]


def test_without_a_congress_or_a_date_a_reused_number_stays_undecided():
    ex = annotated("Các chi bộ quán triệt Chỉ thị 35 của Bộ Chính trị.")
    assert [r.key for r in ex.references] == ["35-CT/TW@unknown"]


# ------------------------------------------------------------------ a legal database's history of a document


def test_each_dated_row_of_a_documents_history_is_a_clause_of_its_own():
    text = ("Lịch sử hiệu lực: Thông tư 05/2016/TT-BXD\n"
            "14/03/2018 Bị bãi bỏ 1 phần 02/2018/TT-BXD\n"
            "30/06/2020 Văn bản hết hiệu lực 05/2016/TT-BXD\n"
            "30/06/2020 Bị thay thế 08/2020/TT-BXD")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [
        ("05/2016/TT-BXD", None), ("02/2018/TT-BXD", "repeals"), ("05/2016/TT-BXD", None),
        ("08/2020/TT-BXD", "replaces")]


def test_a_date_wrapped_onto_the_line_after_ngay_still_belongs_to_the_mention():
    refs = refs_of("Căn cứ Nghị định số 12/2020/NĐ-CP ngày\n12/3/2020 Về thuế thu nhập;")
    assert [(r.date, r.relation) for r in refs] == [("2020-03-12", "basis")]


# ------------------------------------------------------------------ an amending document's own articles


@pytest.mark.parametrize("text", [
    "1. Khoản 2 Điều 3 của Thông tư số 21/2016/TT-BGTVT được sửa đổi, bổ sung như sau:",
    "2. Điều 7 Quyết định số 15/2019/QĐ-UBND ngày 3/5/2019 của UBND tỉnh được sửa đổi như sau:",
    "Point d Clause 7 Article 1 of Decree No. 95/2021/ND-CP is amended as follows:",
])
def test_an_article_of_the_cited_document_amended_as_follows_is_amended_by_the_page(text):
    assert [r.relation for r in refs_of(text)] == ["amends"]


def test_a_document_amended_by_another_named_after_it_is_not_amended_by_the_page():
    text = "Nghị định số 15/2020/NĐ-CP đã được sửa đổi, bổ sung bởi Nghị định số 123/2021/NĐ-CP."
    assert [r.relation for r in refs_of(text)] == [None, "amends"]


def test_a_list_inside_a_parenthesis_takes_the_cue_that_opened_it_and_the_outer_list_resumes_after_it():
    text = ("Căn cứ Nghị định số 05/1999/NĐ-CP (được sửa đổi, bổ sung bởi Nghị định số 170/2007/NĐ-CP; Nghị định số "
            "106/2013/NĐ-CP); Thông tư số 07/2014/TT-BCA;")
    assert [r.relation for r in refs_of(text)] == ["basis", "amends", "amends", "basis"]
