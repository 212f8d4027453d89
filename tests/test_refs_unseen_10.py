"""Tenth probe round on text the engine was not tuned on (issue 12): provincial news, legal-database pages and
party journals. A page stored as a string literal, with its line breaks printed as "\\r\\n"; a legal database
that sets its rows as a bulleted list ("• Số hiệu văn bản: …"); an assessment of what carrying a document out
achieved ("đánh giá kết quả 01 năm thực hiện …"), which reviews it as "sơ kết" does. Each sentence is written
for this file; each asserts what a reader would check."""

from __future__ import annotations

import pytest

from loaders.normalize import normalize
from loaders.references import find_references
from tests.test_refs_unseen import annotated, refs_of

# ------------------------------------------------------------------ line breaks printed as escape sequences

ESCAPED_PAGE = ("\\r\\n ỦY BAN NHÂN DÂN | \\r\\n CỘNG\\r\\n HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \\r\\n"
                "\\r\\n Số: 12/KH-UBND \\r\\n | \\r\\n Hà Giang, ngày 3 tháng 4 năm 2021 \\r\\n\n"
                "Thực hiện Quyết định số 567/QĐ-TTg\\r\\nngày 10/5/2020 của Thủ tướng Chính phủ về phát triển\\r\\n"
                "du lịch cộng đồng, UBND tỉnh xây dựng kế hoạch như sau:\n")


def test_a_break_printed_as_an_escape_sequence_does_not_hide_the_date_after_it():
    refs = refs_of(ESCAPED_PAGE)
    assert [(r.surface, r.symbol, r.date, r.relation) for r in refs] == [
        ("Quyết định số 567/QĐ-TTg", "567/QĐ-TTg", "2020-05-10", "implements")]


def test_a_number_label_after_a_printed_break_is_the_pages_own_number():
    found = find_references(ESCAPED_PAGE)
    assert found.self_symbol == "12/KH-UBND"
    assert "12/KH-UBND" not in [r.symbol for r in found.references]


def test_printed_escape_sequences_keep_their_length_so_spans_point_into_the_page():
    copy = normalize("Số: 12/KH-UBND\\r\\nngày 3/4/2021\\tHà Giang\\n")
    assert copy.text == "Số: 12/KH-UBND   \nngày 3/4/2021  Hà Giang \n"
    assert copy.span(18, 22) == (18, 22)


def test_one_backslash_and_letter_alone_is_text():
    text = r"Tệp lưu tại D:\nam2021 gồm Quyết định số 15/QĐ-UBND."
    assert normalize(text).text == text


# ------------------------------------------------------------------ a legal database's rows as a bulleted list


@pytest.mark.parametrize("bullet", ["•", "-", "+", "·"])
def test_a_bulleted_number_row_is_the_documents_own_number(bullet):
    text = (f"Thông tin văn bản\n  {bullet} Số hiệu văn bản: 05/2019/TTLT-BTC-BNV\n  {bullet} Loại văn bản: Thông tư "
            "liên tịch\nKể từ ngày 01-7-2021, Thông tư liên tịch số 05/2019/TTLT-BTC-BNV ngày 12/3/2019 bị thay thế "
            "bởi Thông tư liên tịch số 03/2021/TTLT-BTC-BNV.")
    found = find_references(text)
    assert found.self_symbol == "05/2019/TTLT-BTC-BNV"
    assert [(r.surface, r.relation) for r in found.references] == [
        ("Thông tư liên tịch số 05/2019/TTLT-BTC-BNV", None),
        ("Thông tư liên tịch số 03/2021/TTLT-BTC-BNV", "replaces")]


def test_a_bulleted_letter_without_a_number_label_is_cited():
    text = "Các văn bản liên quan:\n  • Văn bản số 212/UBND-VX ngày 3/4/2022 của UBND huyện về phòng chống dịch."
    assert [(r.surface, r.symbol, r.date) for r in refs_of(text)] == [
        ("Văn bản số 212/UBND-VX", "212/UBND-VX", "2022-04-03")]


# ------------------------------------------------------------------ an assessment of carrying a document out


@pytest.mark.parametrize("text", [
    "Hội nghị đánh giá kết quả 02 năm thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Trung ương về tổ chức cơ sở đảng.",
    "Sáng 5/6, Huyện ủy đánh giá 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.",
    "Các chi bộ đánh giá kết quả thực hiện Kế hoạch số 45-KH/TU của Ban Thường vụ Tỉnh ủy.",
    "Ban Chỉ đạo đánh giá kết quả sau ba năm triển khai thực hiện Quyết định số 733/QĐ-TTg về du lịch.",
    "Đảng ủy tổ chức đánh giá mười năm thực hiện Nghị quyết số 26-NQ/TW của Bộ Chính trị khóa XI.",
])
def test_assessing_what_carrying_a_document_out_achieved_reviews_it(text):
    assert [r.relation for r in refs_of(text)] == ["reviews"]


@pytest.mark.parametrize("text, relation", [
    ("Phiên họp đánh giá tình hình triển khai thực hiện Chương trình số 05-CTr/TU của Tỉnh ủy.", "implements"),
    ("Việc đánh giá cán bộ thực hiện theo Quy định số 124-QĐ/TW của Bộ Chính trị.", "basis"),
])
def test_an_assessment_without_its_results_or_a_span_of_time_is_no_review(text, relation):
    assert [r.relation for r in refs_of(text)] == [relation]


# ------------------------------------------------------------------ a district office's own number


@pytest.mark.parametrize("code", ["PGDĐT", "PGD&ĐT"])
def test_a_district_education_offices_header_number_is_its_own(code):
    text = (f"PHÒNG GIÁO DỤC VÀ ĐÀO TẠO          Độc lập - Tự do - Hạnh phúc\n  Số:   315/{code}-THCS          "
            "Yên Thành, ngày 12 tháng 9 năm 2022\nCăn cứ Công văn số 2048/SGDĐT-GDTrH ngày 25/8/2022 của Sở Giáo dục "
            "và Đào tạo, Phòng hướng dẫn các trường như sau:")
    found = find_references(text)
    assert found.self_symbol == f"315/{code}-THCS"
    assert [(r.symbol, r.date, r.relation) for r in found.references] == [
        ("2048/SGDĐT-GDTrH", "2022-08-25", "basis")]


# ------------------------------------------------------------------ a council's preamble: "Qua xem xét …"


@pytest.mark.parametrize("lead", ["Qua xem xét", "Sau khi xem xét"])
def test_having_considered_a_submission_rests_the_resolution_on_it(lead):
    text = (f"{lead} Tờ trình số 215/TTr-UBND ngày 02 tháng 7 năm 2019 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra "
            "số 58/BC-HĐND ngày 10 tháng 7 năm 2019 của Ban Pháp chế Hội đồng nhân dân tỉnh và ý kiến thảo luận "
            "của đại biểu tại kỳ họp,")
    assert [(r.symbol, r.date, r.relation) for r in refs_of(text)] == [
        ("215/TTr-UBND", "2019-07-02", "basis"), ("58/BC-HĐND", "2019-07-10", "basis")]


def test_to_consider_lengthening_a_directives_term_is_no_basis():
    text = "Tỉnh sẽ tiếp tục thực hiện Chỉ thị số 19/CT-TTg và xem xét kéo dài thời gian giãn cách xã hội."
    assert [r.relation for r in refs_of(text)] == ["continues"]


# ------------------------------------------------------------------ a date glued to its month and year words


@pytest.mark.parametrize("written, iso", [
    ("ngày 30 tháng11 năm 2011", "2011-11-30"),
    ("ngày 05 tháng 7 năm2013", "2013-07-05"),
    ("ngày 9 tháng12năm 2020", "2020-12-09"),
])
def test_a_date_whose_words_are_glued_is_still_the_mentions_date(written, iso):
    text = f"Căn cứ Thông báo số 402/TB-UBND {written} của Ủy ban nhân dân huyện về lịch tiếp công dân."
    assert [(r.symbol, r.date) for r in refs_of(text)] == [("402/TB-UBND", iso)]


# ------------------------------------------------------------------ the decision a named rule is issued with, in brackets


@pytest.mark.parametrize("text, symbol, relation", [
    ("Thực hiện Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh (ban hành kèm theo Quyết định số 15-QĐ/TU ngày "
     "3/2/2021), Ban Thường vụ Tỉnh ủy họp mỗi tháng một lần.", "15-QĐ/TU", "implements"),
    ("Căn cứ Quy chế làm việc của Ủy ban nhân dân tỉnh (kèm theo Quyết định số 12/2021/QĐ-UBND ngày 5/3/2021);",
     "12/2021/QĐ-UBND", "basis"),
    ("Hội nghị quán triệt Quy chế phối hợp giữa Công an tỉnh và các huyện ủy (ban hành kèm theo Quyết định số "
     "41-QĐ/TU của Ban Thường vụ Tỉnh ủy).", "41-QĐ/TU", "implements"),
])
def test_a_bracketed_decision_a_named_rule_is_issued_with_takes_the_rules_cue(text, symbol, relation):
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [(symbol, relation)]


def test_a_bracketed_attachment_without_a_cue_before_it_has_no_relation():
    text = "Hội nghị cũng thông qua dự thảo kế hoạch (kèm theo Tờ trình số 45/TTr-UBND)."
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("45/TTr-UBND", None)]


# ------------------------------------------------------------------ a translation's term and plenum in English


@pytest.mark.parametrize("text, resolved", [
    ("Pursuant to Resolution No. 18-NQ/TW of the 12th Party Central Committee on the political system;",
     "2017-10-25"),
    ("Pursuant to Resolution No. 18-NQ/TW of the 6th plenum of the XIIth Central Committee on the apparatus;",
     "2017-10-25"),
    ("Pursuant to Resolution No. 19-NQ/TW of the 13th Party Central Committee on land policy;", "2022-06-16"),
    ("Implementing Resolution No. 19-NQ/TW (13th tenure) of the Party Central Committee on land policy.",
     "2022-06-16"),
    ("Pursuant to Resolution No. 19-NQ/TW of the Party Central Committee, term XIII, on land policy;", "2022-06-16"),
])
def test_a_translations_term_names_the_document_its_number_repeats_in(text, resolved):
    assert [r.resolved_date for r in annotated(text).references] == [resolved]


def test_a_translations_congress_is_no_term():
    text = "Pursuant to Resolution No. 19-NQ/TW of the Party, in the spirit of the 13th National Party Congress;"
    assert [r.resolved_date for r in annotated(text).references] == [None]


# ------------------------------------------------------------------ a Party term names the congress a directive prepares


@pytest.mark.parametrize("term, resolved", [("2020 - 2025", "2019-05-30"), ("2025–2030", "2024-06-14")])
def test_the_party_term_a_text_names_tells_which_congress_directive_it_cites(term, resolved):
    text = (f"Bí thư Huyện ủy quán triệt Chỉ thị số 35 của Bộ Chính trị.\n\nXã Tân Lợi được chọn tổ chức đại hội "
            f"điểm của huyện, nhiệm kỳ {term}.")
    assert [(r.symbol, r.resolved_date) for r in annotated(text).references] == [("35-CT/TW", resolved)]


@pytest.mark.parametrize("term", ["2021 - 2026", "2020 - 2025 và nhiệm kỳ 2025 - 2030"])
def test_a_councils_term_or_two_party_terms_tell_nothing(term):
    text = f"Bí thư Huyện ủy quán triệt Chỉ thị số 35 của Bộ Chính trị.\n\nHội đồng nhân dân huyện nhiệm kỳ {term} họp."
    assert [(r.symbol, r.resolved_date) for r in annotated(text).references] == [("35-CT/TW", None)]
