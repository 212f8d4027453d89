"""Relations as structure on text the engine had not seen (issue 12 item 4, round rel13): "thay cho" as a
short "thay thế cho", words that compare a document without acting on it, "hướng dẫn cụ thể" before the points it
guides, an act's cue that keeps its object's inner verbs, and the last item of a list under a plural head.
Sentences of our own."""

from __future__ import annotations

from loaders.references import find_references


def rel(text: str) -> dict[str, str | None]:
    """Symbol -> relation of each mention (the last mention of a symbol wins)."""
    return {r.symbol: r.relation for r in find_references(text).references}


def test_in_place_of_before_a_decree_replaces_it():
    text = "Căn cứ Nghị định số 20/2019/NĐ-CP thay cho Nghị định số 31/2011/NĐ-CP về quản lý kho bạc."
    assert rel(text) == {"20/2019/NĐ-CP": "basis", "31/2011/NĐ-CP": "replaces"}


def test_in_place_of_without_a_document_after_it_cues_nothing():  # guard: the cue reaches no further
    text = "Sở tổ chức họp trực tuyến thay cho họp tập trung để triển khai Kế hoạch số 14/KH-UBND."
    assert rel(text) == {"14/KH-UBND": "implements"}


def test_a_document_a_list_item_differs_from_takes_no_relation():
    text = ("Những căn cứ được bổ sung:\n- Căn cứ Nghị định số 12/2020/NĐ-CP về công tác lưu trữ.\n"
            "- Bộ Tài chính quy định mức chi, khác với Thông tư số 40/2015/TT-BTC ngày 10/3/2015.")
    assert rel(text) == {"12/2020/NĐ-CP": "basis", "40/2015/TT-BTC": None}


def test_a_document_compared_with_takes_no_relation_from_the_verb_before():
    text = "Năm nay huyện thực hiện kế hoạch vốn cao hơn so với Nghị quyết số 17/NQ-HĐND của Hội đồng nhân dân tỉnh."
    assert rel(text) == {"17/NQ-HĐND": None}


def test_guiding_in_detail_some_points_of_a_rule_issued_with_a_decision_guides_the_decision():
    text = ("Ban Tổ chức Tỉnh ủy hướng dẫn cụ thể một số điểm Quy định ban hành kèm theo Quyết định số 58-QĐ/TW "
            "như sau:")
    assert rel(text) == {"58-QĐ/TW": "guides"}


def test_guiding_in_detail_some_articles_guides_the_decree():  # guard: the form the table had already
    text = "Thông tư này hướng dẫn chi tiết một số điều của Nghị định số 45/2021/NĐ-CP về cấp phép hoạt động."
    assert rel(text) == {"45/2021/NĐ-CP": "guides"}


def test_an_act_on_part_of_a_decision_keeps_it_past_a_verb_inside_the_part():
    text = ("Quyết định này bãi bỏ các thủ tục hành chính giải quyết theo quy trình rút gọn thuộc thẩm quyền của "
            "Sở Xây dựng tại Quyết định số 211/QĐ-UBND ngày 02/3/2021 của UBND tỉnh.")
    assert rel(text) == {"211/QĐ-UBND": "repeals"}


def test_after_a_comma_the_later_cue_governs_as_before():  # guard: an act's object ends at a comma
    text = ("Thay thế mẫu báo cáo cũ, các sở thực hiện theo mẫu thống nhất quy định tại Thông tư số "
            "05/2022/TT-BNV của Bộ Nội vụ.")
    assert rel(text) == {"05/2022/TT-BNV": "basis"}


def test_the_last_item_of_a_list_under_a_plural_head_takes_the_verb():
    text = ("Các huyện cần quán triệt các nghị quyết của Tỉnh ủy, các mục tiêu đã đề ra trong Chương trình hành "
            "động của huyện và Nghị quyết số 09-NQ/TU về phát triển du lịch.")
    assert rel(text) == {"09-NQ/TU": "implements"}


def test_an_item_after_a_clause_of_its_own_takes_no_verb_from_the_head():  # guard
    text = ("Các huyện quán triệt các nghị quyết của Tỉnh ủy, Ủy ban đã ban hành kế hoạch riêng và Nghị quyết "
            "số 09-NQ/TU được phổ biến tới chi bộ.")
    assert rel(text) == {"09-NQ/TU": None}


def test_issuing_a_decree_besides_is_no_amendment():
    text = "Tuần trước, Chính phủ đã ban hành bổ sung Nghị định số 52/2023/NĐ-CP về hỗ trợ doanh nghiệp nhỏ."
    assert rel(text) == {"52/2023/NĐ-CP": None}


def test_supplementing_a_decree_still_amends_it():  # guard: "bổ sung" alone keeps its cue
    text = "Nghị định này bổ sung Điều 7 Nghị định số 52/2023/NĐ-CP về hỗ trợ doanh nghiệp nhỏ."
    assert rel(text) == {"52/2023/NĐ-CP": "amends"}


def test_a_yes_no_question_about_an_act_states_no_relation():
    text = "Thông tư 08/2024/TT-BYT có thay thế Thông tư 20/2017/TT-BYT và Thông tư 31/2018/TT-BYT không?"
    assert rel(text) == {"08/2024/TT-BYT": None, "20/2017/TT-BYT": None, "31/2018/TT-BYT": None}


def test_the_answer_after_the_question_states_the_relation():
    text = ("Thông tư 08/2024/TT-BYT có thay thế Thông tư 20/2017/TT-BYT không? Thông tư 08/2024/TT-BYT thay "
            "thế Thông tư 31/2018/TT-BYT.")
    assert [(r.symbol, r.relation) for r in find_references(text).references] == [
        ("08/2024/TT-BYT", None), ("20/2017/TT-BYT", None), ("08/2024/TT-BYT", None), ("31/2018/TT-BYT", "replaces")]


def test_a_short_name_in_brackets_takes_no_relation_and_the_list_goes_on():
    text = ("Triển khai Chỉ thị số 21-CT/TU ngày 02/4/2024 của Ban Thường vụ Tỉnh ủy (sau đây gọi tắt là Chỉ thị 21) "
            "và Kế hoạch số 80-KH/TU của Tỉnh ủy, Sở tổ chức hội nghị.")
    assert [(r.symbol, r.relation) for r in find_references(text).references] == [
        ("21-CT/TU", "implements"), ("21-CT/TU", None), ("80-KH/TU", "implements")]


def test_evaluating_years_of_implementing_a_resolution_reviews_it():  # guard: the English row main has
    text = "The province held a conference to evaluate 5 years of implementing Resolution No. 36-NQ/TW on the sea."
    assert rel(text) == {"36-NQ/TW": "reviews"}


def test_reviewing_the_implementation_of_a_directive_reviews_it():  # guard
    text = "The committee met on reviewing the implementation of Directive No. 42-CT/TW of the Secretariat."
    assert rel(text) == {"42-CT/TW": "reviews"}


def test_implementing_alone_in_english_still_implements():  # guard
    text = "The ministry issued a plan implementing Resolution No. 36-NQ/TW of the Central Committee."
    assert rel(text) == {"36-NQ/TW": "implements"}


def test_a_colon_list_item_naming_a_rule_issued_with_a_decision_takes_the_lists_verb():
    text = ("Hội nghị đã quán triệt một số văn bản quan trọng, gồm: Quy chế làm việc của Ban Chấp hành Đảng bộ "
            "tỉnh khóa XV (ban hành kèm theo Quyết định số 12-QĐ/TU của Tỉnh ủy); Kế hoạch số 30-KH/TU.")
    assert rel(text) == {"12-QĐ/TU": "implements", "30-KH/TU": "implements"}


def test_a_decree_named_in_a_cited_circulars_title_without_a_cue_takes_none():
    text = ("Căn cứ Thông tư số 12/2021/TT-BTC ngày 01/3/2021 của Bộ Tài chính quy định mức chi cho công tác phòng "
            "chống thiên tai quy định tại Nghị định số 66/2020/NĐ-CP của Chính phủ;")
    assert rel(text) == {"12/2021/TT-BTC": "basis", "66/2020/NĐ-CP": None}


def test_the_next_item_after_a_cited_title_still_takes_the_preambles_verb():  # guard
    text = ("Căn cứ Thông tư số 12/2021/TT-BTC ngày 01/3/2021 của Bộ Tài chính quy định mức chi cho công tác phòng "
            "chống thiên tai và Nghị định số 66/2020/NĐ-CP của Chính phủ;")
    assert rel(text) == {"12/2021/TT-BTC": "basis", "66/2020/NĐ-CP": "basis"}


def test_a_preamble_printed_without_diacritics_is_basis_item_by_item():
    text = ("Can cu Nghi dinh so 15/2020/ND-CP ngay 03/02/2020 cua Chinh phu; Thong tu so 12/2021/TT-BTC ngay "
            "01/3/2021 cua Bo Tai chinh;")
    assert rel(text) == {"15/2020/NĐ-CP": "basis", "12/2021/TT-BTC": "basis"}


def test_a_verb_printed_without_diacritics_governs_its_list():
    text = "Dang uy xa quan triet Chi thi so 35-CT/TW va Ke hoach so 153-KH/TU cua Tinh uy."
    assert rel(text) == {"35-CT/TW": "implements", "153-KH/TU": "implements"}


def test_words_with_diacritics_keep_them_apart():  # guard: "đưa vào" (put into) is not "dựa vào" (based on)
    text = "Huyện đưa vào Kế hoạch số 12-KH/TU của Huyện ủy các chỉ tiêu mới về nông thôn mới."
    assert rel(text) == {"12-KH/TU": None}
