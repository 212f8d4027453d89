"""Ninth probe round on text the engine was not tuned on (issue 12): provincial news, legal-database pages and
translations. A mark of urgency between a type word and its number, a number in brackets after its type word, a
translation's "No:" header and its "At the proposal of … in Report No." preamble, a document's type heading set
over its summary by a blank line, "BCH"/"BTV" for Ban Chấp hành/Ban Thường vụ, a site's date stamp before the
first sentence, "ban hành ngày" after a cited title, and an alias of an unnumbered document the sentence names
with its issuer. Each sentence is written for this file; each asserts what a reader would check."""

from __future__ import annotations

import pytest

from tests.test_refs_unseen import annotated, refs_of

# ------------------------------------------------------------------ a mark of urgency after the type word


@pytest.mark.parametrize("text, surface, symbol, date", [
    ("Ngày 3-8-2021, Ban Thường vụ Tỉnh ủy đã ban hành Công điện hỏa tốc số 15-CĐ/TU về phòng, chống bão số 2.",
     "Công điện hỏa tốc số 15-CĐ/TU", "15-CĐ/TU", "2021-08-03"),
    ("Ngày 12/9/2023, UBND tỉnh ban hành Công văn thượng khẩn số 2210/UBND-NNTN yêu cầu sơ tán dân vùng ven biển.",
     "Công văn thượng khẩn số 2210/UBND-NNTN", "2210/UBND-NNTN", "2023-09-12"),
    ("Ngày 07/11/2022, Thủ tướng ký Công điện khẩn số 980/CĐ-TTg về ứng phó mưa lũ ở miền Trung.",
     "Công điện khẩn số 980/CĐ-TTg", "980/CĐ-TTg", "2022-11-07"),
])
def test_an_urgency_mark_between_the_type_word_and_its_number_keeps_the_mention_typed(text, surface, symbol, date):
    assert [(r.surface, r.symbol, r.date) for r in refs_of(text)] == [(surface, symbol, date)]


def test_an_urgency_mark_is_read_only_before_the_number():
    assert refs_of("Tỉnh đã gửi công điện khẩn tới các huyện ven biển trong đêm.") == []
    refs = refs_of("Các xã phải khẩn trương thực hiện Công văn số 45/UBND-VP của UBND huyện.")
    assert [(r.surface, r.relation) for r in refs] == [("Công văn số 45/UBND-VP", "implements")]


# ------------------------------------------------------------------ the number in brackets after its type word


def test_a_number_in_brackets_after_its_type_word_is_one_mention_with_the_clause_date():
    refs = refs_of("Ngày 9-5, Bộ Y tế đã có Công văn (số 2468/BYT-MT) hướng dẫn các địa phương diệt muỗi.")
    assert [(r.surface, r.symbol, r.date) for r in refs] == [("Công văn (số 2468/BYT-MT", "2468/BYT-MT", "--05-09")]


def test_brackets_after_a_type_word_without_a_number_name_nothing():
    assert refs_of("Kế hoạch (số liệu cập nhật đến tháng 6) được gửi các phòng, ban.") == []


# ------------------------------------------------------------------ a translation's header and preamble


def test_a_translations_no_colon_header_is_the_documents_own_number():
    text = ("THE PRIME MINISTER\nNo: 15/2019/QD-TTg\nHanoi, March 20, 2019\n\nDECISION\nPursuant to Decree No. "
            "123/2016/ND-CP dated September 1, 2016;\n")
    extraction = annotated(text)
    assert [r.symbol for r in extraction.references] == ["123/2016/NĐ-CP"]
    assert extraction.document.symbol == "15/2019/QĐ-TTg"


@pytest.mark.parametrize("text", [
    "At the proposal of the Minister of Agriculture and Rural Development in Report No. 120/TTr-BNN of May 2, 2019,",
    "At the request of the Minister of Home Affairs in the Report No. 3051/TTr-BNV dated July 4, 2018;",
])
def test_an_english_proposal_in_a_report_is_the_basis_of_the_decision(text):
    assert [r.relation for r in refs_of(text)] == ["basis"]


# ------------------------------------------------------------------ a type heading over its summary


@pytest.mark.parametrize("text", [
    "HƯỚNG DẪN\n\nTHỰC HIỆN QUY ĐỊNH SỐ 22-QĐ/TW NGÀY 28/7/2021 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG\n\nCăn cứ Điều lệ Đảng;",
    "HƯỚNG DẪN\n\nThi hành một số điều của Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương\n",
])
def test_the_summary_under_a_guidance_heading_guides_what_it_names(text):
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("22-QĐ/TW", "guides")]


def test_a_plan_heading_keeps_the_cue_of_its_summary():
    refs = refs_of("KẾ HOẠCH\n\nTRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 35-CT/TW CỦA BỘ CHÍNH TRỊ\n")
    assert [(r.symbol, r.relation) for r in refs] == [("35-CT/TW", "implements")]


def test_a_paragraph_ending_in_a_lowercase_noun_still_ends_its_clause():
    refs = refs_of("Phòng Giáo dục đã gửi các trường tài liệu hướng dẫn\n\nThực hiện Kế hoạch số 45/KH-UBND ngày "
                   "2/3/2024, trường tổ chức ngày hội đọc sách.")
    assert [(r.symbol, r.relation) for r in refs] == [("45/KH-UBND", "implements")]


# ------------------------------------------------------------------ "BCH", "BTV" for Ban Chấp hành, Ban Thường vụ


@pytest.mark.parametrize("text, symbol, date", [
    ("Sau 5 năm thực hiện Quy định số 105-QĐ/TW của BCH Trung ương Đảng, ngày 19/12/2017 về phân cấp quản lý cán bộ,"
     " tỉnh đã rà soát quy hoạch.", "105-QĐ/TW", "2017-12-19"),
    ("Quán triệt Nghị quyết số 06 của BCH Trung ương về quy hoạch, phát triển đô thị, huyện đã xây dựng kế hoạch.",
     "06-NQ/TW", None),
    ("Thực hiện Kế hoạch số 97-KH/TU của BTV Tỉnh ủy, ngày 3/4/2022 về tuyên truyền biển đảo, các xã đã tổ chức "
     "hội thi.", "97-KH/TU", "2022-04-03"),
])
def test_bch_and_btv_name_the_committee_that_issues_the_document(text, symbol, date):
    assert [(r.symbol, r.date) for r in refs_of(text)] == [(symbol, date)]


def test_bch_before_another_body_is_no_party_committee():
    refs = refs_of("Thực hiện Kế hoạch số 15/KH-BCH ngày 2/3/2024 của Bộ Chỉ huy Quân sự tỉnh, xã tổ chức huấn luyện.")
    assert [r.symbol for r in refs] == ["15/KH-BCH"]


# ------------------------------------------------------------------ a site's stamp before the first sentence


def test_a_sites_date_stamp_is_not_the_issue_date_of_what_the_sentence_issues():
    refs = refs_of(" date 2024-03-05 Ban Thường vụ Tỉnh ủy vừa ban hành Kết luận số 12-KL/TU về phát triển du lịch.")
    assert [(r.symbol, r.date) for r in refs] == [("12-KL/TU", None)]


def test_a_date_in_the_sentence_after_a_stamp_still_dates_the_mention():
    refs = refs_of(" date 2024-03-05 Ngày 2/3/2024, Ban Thường vụ Tỉnh ủy đã ban hành Kết luận số 12-KL/TU về du lịch.")
    assert [(r.symbol, r.date) for r in refs] == [("12-KL/TU", "2024-03-02")]


# ------------------------------------------------------------------ "ban hành ngày" after a cited document's title


@pytest.mark.parametrize("text, symbol, date", [
    ("Chỉ thị số 28-CT/TW về nâng cao chất lượng bảo hiểm xã hội ban hành ngày 10/9/2013 đã tạo chuyển biến rõ nét.",
     "28-CT/TW", "2013-09-10"),
    ("Kế hoạch số 130/KH-UBND về chuyển đổi số được ký ngày 3/5/2021 đã được các xã triển khai.",
     "130/KH-UBND", "2021-05-03"),
])
def test_ban_hanh_ngay_after_the_title_dates_the_document_without_its_issuer(text, symbol, date):
    assert [(r.symbol, r.date) for r in refs_of(text)] == [(symbol, date)]


def test_a_date_after_the_title_that_no_verb_of_issuing_leads_dates_nothing():
    refs = refs_of("Học tập Chỉ thị số 28-CT/TW về bảo hiểm xã hội, hội nghị tổ chức ngày 5/6/2023 tại hội trường.")
    assert [(r.symbol, r.date) for r in refs] == [("28-CT/TW", None)]


# ------------------------------------------------------------------ an alias for a document named with its issuer


@pytest.mark.parametrize("text, symbol", [
    ("Thay mặt Ban Bí thư, Thường trực Ban Bí thư đã ký ban hành Chỉ thị của Ban Bí thư về tăng cường công tác dân "
     "vận trong tình hình mới (Chỉ thị 23). Các tỉnh ủy quán triệt Chỉ thị 23 trong quý II.", "23-CT/TW"),
    ("Ngày 5/5, Phó Thủ tướng thay mặt Thủ tướng ký Chỉ thị của Thủ tướng Chính phủ về phòng, chống đuối nước cho "
     "trẻ em (Chỉ thị 20). Các tỉnh triển khai ngay Chỉ thị 20.", "20/CT-TTg"),
])
def test_an_alias_names_the_document_of_its_type_the_sentence_gives_with_its_issuer(text, symbol):
    assert [r.symbol for r in refs_of(text)] == [symbol, symbol]


def test_an_alias_of_another_type_takes_no_issuer_from_the_sentence():
    refs = refs_of("Tỉnh ủy đã thông qua Kế hoạch của Ban Thường vụ Tỉnh ủy về chuyển đổi số (Quyết định 15).")
    assert [r.symbol for r in refs if r.symbol] == []


def test_an_alias_takes_the_cue_of_the_document_it_names_not_one_in_its_title():
    refs = refs_of("Tổng Bí thư đã ký ban hành Chỉ thị của Bộ Chính trị về học tập, quán triệt và triển khai thực hiện "
                   "Nghị quyết Đại hội XIV của Đảng (Chỉ thị 01). Theo Chỉ thị 01, mỗi chi bộ phải có kế hoạch.")
    assert [(r.symbol, r.relation) for r in refs] == [("01-CT/TW", None), ("01-CT/TW", "basis")]


def test_an_alias_of_a_document_a_cue_governs_takes_that_cue():
    refs = refs_of("Các xã quán triệt Chỉ thị của Ban Bí thư về công tác dân vận (Chỉ thị 23) trong quý II.")
    assert [(r.symbol, r.relation) for r in refs] == [("23-CT/TW", "implements")]
