"""Third probe round on text the engine was not tuned on (issue 12): words glued to the end of a symbol, a
cue whose object points at the document ("các nhiệm vụ nêu tại …"), a list that goes on after a document
cited in another's title. Each sentence is written for this file; each asserts what a reader would check."""

from __future__ import annotations

import pytest

from tests.test_refs_unseen import annotated, refs_of

# ------------------------------------------------------------------ a word glued to the end of a symbol


@pytest.mark.parametrize("text, symbol, date", [
    ("Căn cứ Thông báo số 81-TB/TWngày 15/3/2019 của Ban Bí thư, Ban Tuyên giáo hướng dẫn tổ chức kỷ niệm.",
     "81-TB/TW", "2019-03-15"),
    ("Căn cứ Nghị định số 47/2021/NĐ-CPngày 01/4/2021 của Chính phủ, Sở Kế hoạch hướng dẫn doanh nghiệp.",
     "47/2021/NĐ-CP", "2021-04-01"),
    ("Thực hiện Nghị quyết số 07-NQ/TUngày 20/8/2021 của Tỉnh ủy Hòa Bình, huyện trồng thêm 300 ha rừng.",
     "07-NQ/TU", "2021-08-20"),
    ("Chi bộ học tập Chỉ thị số 05-CT/TWcủa Bộ Chính trị trong buổi sinh hoạt tháng 6.", "05-CT/TW", None),
])
def test_a_lower_case_word_glued_to_a_symbol_is_not_part_of_it(text, symbol, date):
    refs = refs_of(text)
    assert [(r.symbol, r.date) for r in refs] == [(symbol, date)]
    assert not refs[0].surface[-1].islower()  # the quoted surface ends with the symbol, not the glued word


def test_a_code_that_ends_in_lower_case_keeps_its_letters():
    refs = refs_of("Theo Quyết định số 1020/QĐ-TTg ngày 5/8/2022 của Thủ tướng, tỉnh lập đề án.")
    assert [r.symbol for r in refs] == ["1020/QĐ-TTg"]


# ------------------------------------------------------------------ a cue whose object points at the document


@pytest.mark.parametrize("text", [
    "Để thực hiện nghiêm túc, đồng bộ, có hiệu quả các mục tiêu, nhiệm vụ đã nêu tại Nghị quyết số 29-NQ/TW "
    "của Ban Chấp hành Trung ương, Sở Giáo dục xây dựng kế hoạch năm học.",
    "Huyện ủy quán triệt sâu sắc các quan điểm, chủ trương, giải pháp được xác định tại Kết luận số 14-KL/TW "
    "của Bộ Chính trị.",
    "Các xã triển khai kịp thời, linh hoạt các nhóm nhiệm vụ, giải pháp chủ yếu đề ra trong Chỉ thị số 16/CT-TTg "
    "của Thủ tướng Chính phủ.",
    "Các huyện vận dụng sáng tạo và cụ thể hóa các quan điểm, mục tiêu, nhiệm vụ và giải pháp của Nghị quyết số "
    "68-NQ/TW phù hợp với điều kiện địa phương.",
])
def test_a_cue_governs_a_mention_its_object_points_at(text):
    assert [r.relation for r in refs_of(text)] == ["implements"]


def test_a_pointer_after_a_clause_of_its_own_borrows_no_earlier_cue():
    # "thực hiện" governs the first clause; ", các phường đã hoàn thành" opens another one
    refs = refs_of("Thực hiện chương trình công tác năm, các phường đã hoàn thành những chỉ tiêu nêu tại "
                   "Kế hoạch số 12-KH/QU của Quận ủy.")
    assert [r.relation for r in refs] == [None]


# ------------------------------------------------------------------ a list that goes on after a title


def test_a_list_item_after_a_document_cited_in_a_title_returns_to_the_outer_list():
    # B is cited in A's title ("về sơ kết B"); C, of A's type, is the list's next item, not another thing reviewed
    refs = refs_of("Thực hiện Kết luận số 40-KL/TW, ngày 12/3/2022 của Bộ Chính trị về sơ kết Chỉ thị số 22-CT/TW "
                   "của Ban Bí thư và Kết luận số 52-KL/TW, ngày 30/5/2023 của Bộ Chính trị về một số nhiệm vụ "
                   "trọng tâm, Ban Thường vụ Tỉnh ủy ban hành kế hoạch.")
    assert [(r.symbol, r.relation) for r in refs] == [
        ("40-KL/TW", "implements"), ("22-CT/TW", "reviews"), ("52-KL/TW", "implements")]


def test_items_of_the_cited_documents_type_stay_in_the_title():
    # the amending decree's title names two decrees of one type: both are amended
    ex = annotated("Căn cứ Nghị định số 71/2023/NĐ-CP ngày 20/9/2023 của Chính phủ sửa đổi, bổ sung Nghị định số "
                   "52/2019/NĐ-CP và Nghị định số 28/2021/NĐ-CP, Sở Tài chính hướng dẫn thu phí.")
    assert [r.relation for r in ex.references] == ["basis", "amends", "amends"]


# ------------------------------------------------------------------ a bare "hướng dẫn" right before a document


def test_a_circular_that_guides_a_decree_in_a_preamble():
    ex = annotated("Căn cứ Thông tư số 42/2019/TT-BTC ngày 10/7/2019 của Bộ Tài chính hướng dẫn Nghị định\n"
                   "số 88/2018/NĐ-CP ngày 20/6/2018 của Chính phủ về chính sách hỗ trợ hợp tác xã;")
    assert [(r.symbol, r.relation) for r in ex.references] == [
        ("42/2019/TT-BTC", "basis"), ("88/2018/NĐ-CP", "guides")]
    assert [(d.source_symbol, d.relation, d.target_symbol) for d in ex.relations] == [
        ("42/2019/TT-BTC", "guides", "88/2018/NĐ-CP")]


def test_following_a_guidance_is_basis_and_a_guidance_noun_is_no_verb():
    refs = refs_of("Các trường thực hiện theo hướng dẫn Công văn số 3020/BGDĐT-GDTrH của Bộ Giáo dục và Đào tạo.")
    assert [r.relation for r in refs] == ["basis"]
    # "hướng dẫn" with words between it and the mention is the noun or an unrelated verb, not a cue
    refs = refs_of("Sở đã hướng dẫn các trường rà soát hồ sơ, sau đó Ban Giám hiệu ban hành Kế hoạch số 17/KH-THPT.")
    assert [r.relation for r in refs] == [None]


# ------------------------------------------------------------------ a list whose plural head names the issuer


@pytest.mark.parametrize("text", [
    "Chi bộ học tập 3 nghị quyết của Bộ Chính trị (gồm: Nghị quyết 57; Nghị quyết 66, Nghị quyết 68).",
    "Huyện ủy quán triệt các nghị quyết của Bộ Chính trị: Nghị quyết số 57, Nghị quyết số 66 và Nghị quyết số 68.",
    "Trường tổ chức học tập ba nghị quyết quan trọng của Bộ Chính trị (bao gồm Nghị quyết 57, Nghị quyết 66, "
    "Nghị quyết 68).",
])
def test_number_only_items_take_the_issuer_their_list_head_names(text):
    refs = refs_of(text)
    assert [(r.symbol, r.short_form, r.relation) for r in refs] == [
        ("57-NQ/TW", True, "implements"), ("66-NQ/TW", True, "implements"), ("68-NQ/TW", True, "implements")]


def test_a_bracketed_list_after_its_head_is_no_alias():
    # "(Chỉ thị 35 …)" right after its head lists the directives; it names no document before it
    refs = refs_of("Đảng ủy học tập 2 chỉ thị của Ban Bí thư (Chỉ thị 37 và Chỉ thị 39) trong tháng 11.")
    assert [(r.symbol, r.short_form) for r in refs] == [("37-CT/TW", True), ("39-CT/TW", True)]


def test_a_list_head_of_another_type_or_a_list_that_has_ended_names_no_issuer():
    # the head counts conclusions, the item is a plan: the plan is not the Politburo's
    assert refs_of("Sở quán triệt các kết luận của Bộ Chính trị (gồm Kế hoạch 12).") == []
    # a clause between the head and the number: "Kế hoạch số 3" has no named issuer
    assert refs_of("Đảng ủy học tập các nghị quyết của Bộ Chính trị, sau đó xây dựng Nghị quyết số 3 để thực hiện.") \
        == []


# ------------------------------------------------------------------ resolution by the list a mention stands in


def test_a_symbol_reused_across_terms_takes_the_term_of_the_documents_listed_with_it():
    # 59-NQ/TW is a resolution of term XII (2020) and one of term XIII (2025); the page is undated, and the
    # other resolutions of the list are each one known document of term XIII
    ex = annotated("Hội nghị quán triệt các Nghị quyết số 59-NQ/TW, 66-NQ/TW và 68-NQ/TW của Bộ Chính trị.")
    assert [(r.symbol, r.resolved_date) for r in ex.references] == [
        ("59-NQ/TW", "2025-01-24"), ("66-NQ/TW", "2025-04-30"), ("68-NQ/TW", "2025-05-04")]


def test_a_mention_alone_with_a_reused_symbol_stays_undecided_without_a_date():
    ex = annotated("Hội nghị quán triệt Nghị quyết số 59-NQ/TW của Bộ Chính trị.")
    assert [(r.symbol, r.resolved_date) for r in ex.references] == [("59-NQ/TW", None)]


# ------------------------------------------------------------------ a capitalised word after a number


def test_a_capitalised_title_with_a_five_year_plan_names_no_plan_number():
    text = ("KẾ HOẠCH\nTHỰC HIỆN CHỈ THỊ SỐ 08/CT-TTG NGÀY 12 THÁNG 3 NĂM 2021 VỀ THI ĐUA HOÀN THÀNH KẾ HOẠCH 5 NĂM "
            "(2021 - 2025) CỦA TỈNH")
    assert [r.symbol for r in refs_of(text)] == ["08/CT-TTg"]


def test_a_code_printed_after_a_space_is_still_a_code():
    refs = refs_of("THỰC HIỆN NGHỊ QUYẾT SỐ 12 NQ/TU CỦA TỈNH ỦY VÀ KẾ HOẠCH SỐ 09 KH/ĐU CỦA ĐẢNG ỦY KHỐI")
    assert [r.symbol for r in refs] == ["12-NQ/TU", "09-KH/ĐU"]


# ------------------------------------------------------------------ a headline, then a body that starts with a body


def test_a_body_at_the_start_of_the_next_line_is_not_the_issuer_of_a_headline_mention():
    # the headline ends with a number-only mention; the next line's subject issues the plan, not the resolution
    ex = annotated("Kế hoạch của Ban Thường vụ Thành ủy thực hiện Nghị quyết số 66\n"
                   "Ban Thường vụ Thành ủy Cần Thơ vừa ban hành Kế hoạch thực hiện Nghị quyết số 66-NQ/TW, ngày "
                   "30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật.")
    assert [(r.symbol, r.short_form, r.resolved_date) for r in ex.references] == [
        ("66-NQ/TW", True, "2025-04-30"), ("66-NQ/TW", False, "2025-04-30")]


def test_an_issuer_after_of_on_the_next_line_still_belongs_to_the_mention():
    refs = refs_of("Thực hiện Nghị quyết số 05-NQ/TU ngày 12/7/2021 của\nBan Chấp hành Đảng bộ tỉnh Thái Bình.")
    assert [(r.symbol, r.issuer) for r in refs] == [("05-NQ/TU", "Ban Chấp hành Đảng bộ tỉnh Thái Bình")]


# ------------------------------------------------------------------ a passive amendment "theo" a later document


def test_a_law_amended_under_a_later_law_is_amended_by_it():
    ex = annotated("Căn cứ Luật Đất đai số 31/2024/QH15 đã được sửa đổi, bổ sung một số điều theo Luật số 43/2024/QH15;")
    assert [(r.symbol, r.relation) for r in ex.references] == [("31/2024/QH15", "basis"), ("43/2024/QH15", "amends")]
    assert [(d.source_symbol, d.relation, d.target_symbol) for d in ex.relations] == [
        ("43/2024/QH15", "amends", "31/2024/QH15")]


def test_following_a_document_is_still_basis_after_an_active_amendment():
    refs = refs_of("Sở đã sửa đổi quy chế làm việc theo Quyết định số 15/2023/QĐ-UBND của UBND tỉnh Bến Tre.")
    assert [r.relation for r in refs] == ["basis"]


# ------------------------------------------------------------------ a cue over a long fixed name


def test_a_cue_governs_a_numbered_law_after_the_constitution_named_in_full():
    refs = refs_of("Kỳ họp được triệu tập căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam, Luật Tổ chức Quốc "
                   "hội số 57/2014/QH13 và Nghị quyết số 71/2022/QH15 của Quốc hội.")
    assert [(r.symbol, r.relation) for r in refs] == [("57/2014/QH13", "basis"), ("71/2022/QH15", "basis")]


# ------------------------------------------------------------------ joint documents of several bodies


@pytest.mark.parametrize("text, surface, symbol", [
    ("Thực hiện Hướng dẫn liên ngành số 04/HDLN-SYT-SGDĐT ngày 9/9/2022 của Sở Y tế và Sở Giáo dục và Đào tạo, "
     "các trường khám sức khỏe học sinh.", "Hướng dẫn liên ngành số 04/HDLN-SYT-SGDĐT", "04/HDLN-SYT-SGDĐT"),
    ("Căn cứ Kế hoạch liên tịch số 21/KHLT-UBND-UBMTTQ ngày 3/4/2024 của UBND và Ủy ban MTTQ huyện;",
     "Kế hoạch liên tịch số 21/KHLT-UBND-UBMTTQ", "21/KHLT-UBND-UBMTTQ"),
    # two Party commissions of a provincial committee: a Party symbol, in Party shape
    ("Triển khai Kế hoạch liên ngành số 11-KHLN/BTGTU-BDVTU của Ban Tuyên giáo và Ban Dân vận Tỉnh ủy.",
     "Kế hoạch liên ngành số 11-KHLN/BTGTU-BDVTU", "11-KHLN/BTGTU-BDVTU"),
])
def test_a_joint_document_of_several_bodies(text, surface, symbol):
    assert [(r.surface, r.symbol) for r in refs_of(text)] == [(surface, symbol)]


# ------------------------------------------------------------------ a date that opens the next clause


def test_a_date_after_the_issuer_that_opens_a_clause_of_its_own_is_not_the_issue_date():
    ex = annotated("Thực hiện Kết luận số 21-KL/TW của Hội nghị Trung ương 4 khóa XIII, ngày 14/4/2023 Đảng ủy xã đã "
                   "tổ chức kiểm điểm tập thể.")
    assert [(r.symbol, r.date, r.resolved_date) for r in ex.references] == [("21-KL/TW", None, "2021-10-25")]


@pytest.mark.parametrize("text, date", [
    ("Thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Hội nghị Trung ương 4 khóa XIII, Đảng ủy đã kiểm điểm.",
     "2021-10-25"),
    ("Thực hiện Quyết định số 1234/QĐ-UBND của UBND tỉnh Sơn La, ngày 12/5/2022 về phê duyệt đề án.", "2022-05-12"),
])
def test_a_date_after_a_comma_that_opens_no_clause_is_the_issue_date(text, date):
    assert [r.date for r in refs_of(text)] == [date]


# ------------------------------------------------------------------ a month and year printed after a mention


def test_a_month_and_year_after_a_mention_is_no_date_but_the_issuer_after_it_still_counts():
    # 05-CT/TW is the Politburo's directive of May 2016 and the Secretariat's of June 2021
    ex = annotated("Ngày 9/3/2024, chi bộ học tập Chỉ thị 05-CT/TW tháng 5/2016 của Bộ Chính trị.")
    assert [(r.date, r.issuer, r.resolved_date) for r in ex.references] == [(None, "Bộ Chính trị", "2016-05-15")]


def test_a_month_and_year_in_words_gives_the_year():
    ex = annotated("Ngày 9/3/2024, Sở Nội vụ quán triệt Chỉ thị số 05-CT/TW tháng 6 năm 2021 về giảm nghèo bền vững.")
    assert [(r.date, r.resolved_date) for r in ex.references] == [(None, "2021-06-23")]


# ------------------------------------------------------------------ a Party organ named with the body it sits in


def test_a_provincial_party_organ_named_with_its_host_is_keyed_by_its_province():
    ex = annotated("Thực hiện Kế hoạch số 27-KH/BCSĐ ngày 6/6/2023 của Ban cán sự đảng UBND tỉnh Kiên Giang, Sở Tư "
                   "pháp rà soát văn bản.")
    assert [(r.issuer, r.scope_locality, r.key) for r in ex.references] == [
        ("Ban cán sự đảng UBND tỉnh Kiên Giang", "Kiên Giang", "27-KH/BCSĐ@kien-giang@2023")]


def test_a_central_party_organ_named_with_its_host_has_no_province():
    refs = refs_of("Thực hiện Nghị quyết số 31-NQ/BCSĐ của Ban cán sự đảng Chính phủ, các bộ rà soát thủ tục.")
    assert [(r.issuer, r.scope_locality) for r in refs] == [("Ban cán sự đảng Chính phủ", None)]


@pytest.mark.parametrize("text, relation", [
    ("Bám sát Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025 và Chương trình hành động số "
     "07-CTr/TU của Tỉnh ủy Hưng Yên, Sở Công Thương xây dựng kế hoạch.", "basis"),
    ("Tiếp tục quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII và Kết luận số 55-KL/TW của Bộ Chính trị.",
     "continues"),
])
def test_a_cue_governs_a_mention_after_a_congress_or_plenum_named_in_full(text, relation):
    assert [r.relation for r in refs_of(text)] == [relation]


# ------------------------------------------------------------------ odd printings: a dot between codes, a numbered body


@pytest.mark.parametrize("text, symbol, date", [
    ("Thực hiện Quyết định số 2211/QĐ.UBND ngày 4/11/2021 của UBND tỉnh Điện Biên, huyện lập danh sách.",
     "2211/QĐ-UBND", "2021-11-04"),
    ("Thực hiện Công văn số 876/UBND.KT ngày 9/6/2022 của UBND tỉnh Điện Biên, các sở báo cáo.", "876/UBND-KT",
     "2022-06-09"),
    ("Triển khai Kế hoạch số 05-KH/BCĐ389 ngày 2/2/2024 của Ban Chỉ đạo 389 tỉnh, lực lượng chức năng kiểm tra.",
     "05-KH/BCĐ389", "2024-02-02"),
])
def test_odd_printings_of_a_symbol(text, symbol, date):
    assert [(r.symbol, r.date) for r in refs_of(text)] == [(symbol, date)]


def test_a_full_stop_after_a_symbol_ends_it():
    refs = refs_of("Huyện đã thực hiện Quyết định số 45/QĐ-UBND.Các xã báo cáo. Theo Kế hoạch số 3/KH-UBND.UBND xã "
                   "chủ trì.")
    assert [r.symbol for r in refs] == ["45/QĐ-UBND", "3/KH-UBND"]


# ------------------------------------------------------------------ a legal database's labelled rows


def test_each_labelled_row_of_a_legal_database_page_is_a_clause_of_its_own():
    ex = annotated("Quyết định 31/2020/QĐ-UBND về quản lý chợ tỉnh Vĩnh Long\n"
                   "Số hiệu: 31/2020/QĐ-UBND\n"
                   "Văn bản bị thay thế: Quyết định 14/2016/QĐ-UBND\n"
                   "Văn bản được sửa đổi bởi: Quyết định 08/2022/QĐ-UBND\n"
                   "Văn bản căn cứ: Luật Thương mại 36/2005/QH11; Nghị định 60/2024/NĐ-CP\n")
    assert [(r.symbol, r.relation) for r in ex.references] == [
        ("31/2020/QĐ-UBND", None), ("14/2016/QĐ-UBND", "replaces"), ("08/2022/QĐ-UBND", "amends"),
        ("36/2005/QH11", "basis"), ("60/2024/NĐ-CP", "basis")]
    # no row's document is related to the one on the row above it
    assert ex.relations == []


def test_a_legal_database_page_is_dated_by_its_issue_date_row():
    # the page's own date, not the later date it took effect, bounds which 05-CT/TW it can cite
    ex = annotated("Kế hoạch 77/KH-UBND năm 2019 học tập và làm theo tư tưởng Hồ Chí Minh tỉnh Cà Mau\n"
                   "Số hiệu: 77/KH-UBND\n"
                   "Ngày ban hành: 20/08/2019\n"
                   "Ngày hiệu lực: 01/01/2022\n"
                   "Thực hiện Chỉ thị 05-CT/TW, UBND tỉnh ban hành kế hoạch.\n")
    assert ex.document.date == "2019-08-20"
    assert [(r.symbol, r.resolved_date) for r in ex.references if r.symbol == "05-CT/TW"] == [
        ("05-CT/TW", "2016-05-15")]


# ------------------------------------------------------------------ garbled tones on cues and dates


@pytest.mark.parametrize("text, relation", [
    ("Đảng ủy xã thực hịện Nghị quyết số 19-NQ/TW củà Ban Chấp hành Trũng ương về nông nghiệp.", "implements"),
    ("Các chi bộ qủán trịệt Kết lũận số 14-KL/TW của Bộ Chính trị.", "implements"),
    ("Hụyện ủy tịếp tục thực hìện Chỉ thị số 05-CT/TW củả Bộ Chính trị.", "continues"),
    ("Căn cư Nghị định số 45/2021/NĐ-CP của Chính phủ, Sở Tài chính hướng dẫn.", "basis"),
])
def test_a_cue_with_garbled_tones_still_governs(text, relation):
    assert [r.relation for r in refs_of(text)] == [relation]


@pytest.mark.parametrize("text, date", [
    ("Thực hiện Nghị quyết số 12-NQ/TU ngàỷ 20/7/2021 của Tỉnh ủy Yên Bái về du lịch.", "2021-07-20"),
    ("Căn cứ Quyết định số 30/2021/QĐ-UBND ngày 9 thàng 8 nặm 2021 của UBND tỉnh Yên Bái;", "2021-08-09"),
    ("Theo Kế hoạch số 41/KH-UBND ngạy 3/4 của UBND tỉnh Yên Bái, các huyện báo cáo.", "--04-03"),
])
def test_a_date_with_garbled_tones_is_read(text, date):
    assert [r.date for r in refs_of(text)] == [date]


def test_a_tone_lost_on_a_word_that_is_no_cue_makes_no_cue():
    # "ngay" (at once) before no number leads no date; the verb before the mention still cues it
    refs = refs_of("Ngay sau hội nghị, các xã triển khai ngay Kế hoạch số 8/KH-UBND của UBND huyện Lục Yên.")
    assert [(r.relation, r.date) for r in refs] == [("implements", None)]


# ------------------------------------------------------------------ a leading verb of issuing over a list


def test_every_item_issued_in_a_clause_takes_its_leading_date_and_issuer():
    refs = refs_of("Ngày 16/8/2024, Ban Thường vụ Tỉnh ủy Tuyên Quang đã ban hành Chỉ thị số 21-CT/TU và Kế hoạch số "
                   "95-KH/TU về đại hội đảng bộ các cấp.")
    assert [(r.symbol, r.date, r.issuer) for r in refs] == [
        ("21-CT/TU", "2024-08-16", "Ban Thường vụ Tỉnh ủy Tuyên Quang"),
        ("95-KH/TU", "2024-08-16", "Ban Thường vụ Tỉnh ủy Tuyên Quang")]


def test_an_item_after_one_dated_by_its_own_words_takes_no_date():
    refs = refs_of("UBND tỉnh Tuyên Quang ban hành Kế hoạch số 45/KH-UBND ngày 3/4/2023 và Kế hoạch số 46/KH-UBND "
                   "về du lịch cộng đồng.")
    assert [(r.symbol, r.date) for r in refs] == [("45/KH-UBND", "2023-04-03"), ("46/KH-UBND", None)]


# ------------------------------------------------------------------ the parts and forms of a document


def test_an_appendix_or_a_form_numbered_like_a_symbol_is_no_reference():
    refs = refs_of("Các xã báo cáo theo Biểu số 02/BC-UBND và Mẫu số 05/KH-UBND tại Phụ lục số 01/PL-KH ban hành kèm "
                   "theo Kế hoạch số 66/KH-UBND ngày 4/4/2024 của UBND huyện Văn Bàn.")
    assert [r.symbol for r in refs] == ["66/KH-UBND"]


# ------------------------------------------------------------------ joint circulars of ministries before 1996


@pytest.mark.parametrize("text, symbol", [
    ("Chế độ phụ cấp thực hiện theo Thông tư liên bộ số 17/TTLB ngày 2/6/1993 của Bộ Lao động và Bộ Tài chính.",
     "17/TTLB"),
    ("Căn cứ Thông tư liên bộ số 21/TTLB-BYT-BTC ngày 8/8/1994 hướng dẫn chế độ viện phí;", "21/TTLB-BYT-BTC"),
])
def test_a_joint_circular_of_ministries_before_1996(text, symbol):
    assert [r.symbol for r in refs_of(text)] == [symbol]


# ------------------------------------------------------------------ a year makes the State's shape


@pytest.mark.parametrize("text, symbol", [
    ("Công ty công bố Nghị quyết số 07/2024/NQ-HĐQT ngày 2/5/2024 của Hội đồng quản trị về chia cổ tức.",
     "07/2024/NQ-HĐQT"),
    ("Căn cứ Nghị quyết số 03/2023/NQ-ĐHĐCĐ của Đại hội đồng cổ đông thường niên;", "03/2023/NQ-ĐHĐCĐ"),
    # a Party body's code keeps a misprinted year-bearing symbol Party
    ("Thực hiện Nghị quyết số 04/2021/NQ-TU của Tỉnh ủy Lạng Sơn về giảm nghèo.", "04-NQ/TU"),
])
def test_a_symbol_printed_with_its_year_is_in_the_states_shape_unless_a_party_body_issues_it(text, symbol):
    assert [r.symbol for r in refs_of(text)] == [symbol]


# ------------------------------------------------------------------ "tiếp tục" before a long verb series


@pytest.mark.parametrize("text", [
    "Ban Thường vụ yêu cầu tiếp tục lãnh đạo, chỉ đạo các cấp ủy đảng, chính quyền thực hiện có hiệu quả Nghị quyết "
    "số 20-NQ/TW của Ban Chấp hành Trung ương.",
    "Các chi bộ tiếp tục quán triệt, tuyên truyền sâu rộng và tổ chức thực hiện nghiêm túc Chỉ thị số 21-CT/TW của "
    "Ban Bí thư.",
])
def test_tiep_tuc_opening_a_long_verb_series_continues_the_document(text):
    assert [r.relation for r in refs_of(text)] == ["continues"]


def test_tiep_tuc_whose_verb_sits_in_an_adjunct_does_not_continue_the_document():
    refs = refs_of("Cán bộ tiếp tục nêu cao tinh thần trách nhiệm, gương mẫu trong quá trình triển khai thực hiện các "
                   "nhiệm vụ được giao tại Nghị quyết số 29-NQ/TW của Ban Chấp hành Trung ương.")
    assert [r.relation for r in refs] == ["implements"]


def test_items_a_leading_verb_issues_take_its_issuer_across_their_titles():
    refs = refs_of("Tại kỳ họp, HĐND tỉnh Bình Thuận thông qua Nghị quyết 41 về phân bổ vốn đầu tư công và Nghị quyết 42 "
                   "về giá dịch vụ khám bệnh.")
    assert [(r.symbol, r.issuer) for r in refs] == [("41/NQ-HĐND", "HĐND tỉnh Bình Thuận"),
                                                    ("42/NQ-HĐND", "HĐND tỉnh Bình Thuận")]


def test_a_cue_inside_a_documents_title_does_not_reach_the_outer_lists_next_item():
    # "theo Nghị quyết Đại hội XIII của Đảng" stands in the directive's title; the plan is the second thing implemented
    refs = refs_of("Thực hiện Chỉ thị số 11/CT-TTg ngày 2/6/2021 của Thủ tướng Chính phủ về việc phát động thi đua hoàn "
                   "thành kế hoạch năm theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Kế hoạch số "
                   "22/KH-HĐTĐKT ngày 9/9/2021 của Hội đồng Thi đua - Khen thưởng Trung ương, UBND tỉnh ban hành kế hoạch.")
    assert [(r.symbol, r.relation) for r in refs] == [("11/CT-TTg", "implements"), ("22/KH-HĐTĐKT", "implements")]


def test_a_garbled_pointer_ties_a_cue_to_the_mention():
    refs = refs_of("Để bảo đảm thực hịện quỹết liệt, có hiệu quả các nhiệm vụ, giải pháp nêủ tạí Kết luận số 121-KL/TW "
                   "của Ban Chấp hành Trung ương, các tỉnh ủy rà soát bộ máy.")
    assert [r.relation for r in refs] == ["implements"]


@pytest.mark.parametrize("text, symbol, issuer", [
    ("Chi bộ học tập Nghị quyết số 68 củá Bộ Chính trị về phát triển kinh tế tư nhân.", "68-NQ/TW", "Bộ Chính trị"),
    ("Thực hiện Kết luận số 12-KL/TW củà Bạn Bí thư, các cấp ủy rà soát.", "12-KL/TW", "Bạn Bí thư"),
])
def test_an_issuer_named_with_garbled_tones_is_read(text, symbol, issuer):
    assert [(r.symbol, r.issuer) for r in refs_of(text)] == [(symbol, issuer)]
