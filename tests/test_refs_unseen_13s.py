"""State texts of a kind the engine had not seen (issue 12, round refs13s): official letters cited as "CV",
mid-term assessments, short names in parentheses, ordinances and their amendments, a term inside an issuing
passive, titles after a dash, title lines wrapped over a blank line. Sentences of our own."""

from __future__ import annotations

from loaders.references import find_references


def refs(text: str):
    return find_references(text).references


def only(text: str):
    found = refs(text)
    assert len(found) == 1, [r.surface for r in found]
    return found[0]


def test_cv_before_an_official_letter_number_is_its_type_word():
    r = only("Phòng Giáo dục đã gửi CV 215/PGDĐT-TH tới các trường tiểu học trong huyện.")
    assert (r.surface, r.symbol) == ("CV 215/PGDĐT-TH", "215/PGDĐT-TH")


def test_cv_inside_a_word_or_without_a_number_names_no_letter():
    assert refs("Chị Lan gửi CVAN 12 bản hồ sơ; CV của xã chưa có số.") == []


def test_a_mid_term_assessment_of_carrying_a_resolution_out_reviews_it():
    r = only("Ủy ban đã thẩm tra báo cáo đánh giá giữa kỳ kết quả thực hiện Nghị quyết số 23/2021/QH15 của Quốc hội.")
    assert r.relation == "reviews"


def test_the_date_after_a_quoted_short_name_in_parentheses_is_the_mentions():
    text = 'Chính phủ ban hành Nghị định 72/2023/NĐ-CP ("Nghị định 72") ngày 26/9/2023 về tiêu chuẩn xe công.'
    full, short = refs(text)
    assert (full.symbol, full.date) == ("72/2023/NĐ-CP", "2023-09-26")
    assert (short.symbol, short.short_form, short.date) == ("72/2023/NĐ-CP", True, None)


def test_the_date_after_a_called_short_name_in_parentheses_is_the_mentions():
    text = "Theo Quyết định số 45/2019/QĐ-UBND (gọi tắt: Quyết định 45) ngày 12/11/2019 của UBND tỉnh, các xã thực hiện."
    assert refs(text)[0].date == "2019-11-12"


def test_a_term_between_the_adopting_body_and_its_verb_keeps_the_date():
    r = only("Căn cứ Pháp lệnh Thủ đô số 29/2000/PL-UBTVQH10 được Ủy ban Thường vụ Quốc hội khóa X thông qua "
             "ngày 28/12/2000;")
    assert r.date == "2000-12-28"


def test_the_standing_committee_printed_in_lower_case_is_still_the_issuer():
    r = only("Căn cứ Pháp lệnh Dân số số 06/2003/PL-UBTVQH11 được Ủy ban thường vụ Quốc hội thông qua ngày 09/01/2003;")
    assert r.date == "2003-01-09"


def test_an_ordinance_that_amends_another_is_itself_the_basis():
    r = only("Căn cứ Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Chống tham nhũng số 03/2005/PL-UBTVQH11;")
    assert r.surface.startswith("Pháp lệnh sửa đổi, bổ sung")
    assert (r.symbol, r.relation) == ("03/2005/PL-UBTVQH11", "basis")


def test_a_title_after_a_dash_and_the_type_word_again_is_read_past():
    r = only("Chỉ thị 12/CT-TTg – Chỉ thị Về tăng cường công tác phòng cháy ban hành ngày 25/4/2019 đã nêu rõ.")
    assert r.date == "2019-04-25"


def test_a_title_line_wrapped_over_a_blank_line_keeps_its_date():
    text = ("Hướng dẫn thực hiện Nghị định số 17/CP\n\nngày 24/2/1997 của Chính phủ về thuế tài nguyên\n\n"
            "Căn cứ Luật Ngân sách nhà nước;")
    r = refs(text)[0]
    assert (r.symbol, r.date) == ("17/CP", "1997-02-24")


def test_a_blank_line_before_a_capitalised_line_still_ends_the_clause():
    text = "Căn cứ Nghị định số 17/CP\n\nNgày 24/2/1997 trời mưa to."
    assert refs(text)[0].date is None


def test_a_date_in_text_stripped_of_diacritics_keeps_its_year():
    r = only("Can cu Nghi dinh so 45/2019/ND-CP ngay 17 thang 6 nam 2019 cua Chinh phu;")
    assert (r.symbol, r.date) == ("45/2019/NĐ-CP", "2019-06-17")


def test_the_word_nam_as_a_name_is_no_year_marker():
    r = only("Theo Quyết định 12/QĐ-UBND ngày 3/4 Nam Định đã triển khai.")
    assert r.date == "--04-03"


def test_a_ministry_named_by_its_initials_corrects_a_misspelt_issuer_code():
    r = only("Trường thực hiện theo Thông tư 14/2018/TT-BGĐT ngày 20/7/2018 của Bộ GD&ĐT về chuẩn hiệu trưởng.")
    assert (r.symbol, r.date) == ("14/2018/TT-BGDĐT", "2018-07-20")


def test_initials_of_a_ministry_in_other_printings_name_it_too():
    for named in ("Bộ GD-ĐT", "Bộ GDĐT", "Bộ GD&DT"):
        r = only(f"Theo Thông tư 14/2018/TT-BGĐT ngày 20/7/2018 của {named} về chuẩn hiệu trưởng.")
        assert r.symbol == "14/2018/TT-BGDĐT", named
    r = only("Căn cứ Thông tư 05/2019/TT-BLĐTBXH ngày 2/4/2019 của Bộ LĐ-TB&XH về việc hướng dẫn.")
    assert r.issuer == "Bộ LĐ-TB&XH"


def test_a_head_wrapped_after_a_function_word_still_governs_its_colon_list():
    text = ("Căn cứ các Thông tư của\nBộ Tài chính: số 61/2017/TT-BTC ngày 15 tháng 6 năm 2017 hướng dẫn công khai; "
            "số 90/2018/TT-BTC ngày 28 tháng 9 năm 2018 sửa đổi;")
    assert [r.relation for r in refs(text)] == ["basis", "basis"]


def test_a_label_row_after_a_complete_line_still_ends_the_clause():
    text = "Căn cứ Luật Ngân sách nhà nước;\nGhi chú: Quyết định số 12/2019/QĐ-UBND đã hết hiệu lực."
    assert refs(text)[0].relation is None
