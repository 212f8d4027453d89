"""Fifth probe round on text the engine was not tuned on (issue 12): a section heading that names the bases of
a plan over a list whose items wrap onto a second line, a verb that opens a colon list whose first items are no
documents, a body that "ra" (issues) a document after its date, a misprinted type code, a council's term glued
to its symbol, the Central Committee named as "Trung ương" alone. Each sentence is written for this file; each
asserts what a reader would check."""

from __future__ import annotations

from loaders.references import find_references
from tests.test_refs_unseen import refs_of

# ------------------------------------------------------------------ a heading over a list of bases


def test_a_heading_that_names_the_bases_makes_every_wrapped_item_below_it_a_basis():
    text = ("KẾ HOẠCH\nPHÒNG CHỐNG SỐT XUẤT HUYẾT NĂM 2024\nI. CĂN CỨ\nBAN HÀNH KẾ HOẠCH\n"
            "1. Văn bản của Trung ương\n"
            "- Quyết định số 3711/QĐ-BYT ngày\n19/9/2014 của Bộ Y tế về hướng dẫn\ngiám sát bệnh sốt xuất huyết;\n"
            "- Thông tư số 54/2015/TT-BYT ngày\n28/12/2015 của Bộ Y tế;\n"
            "2. Văn bản của tỉnh\n- Kế hoạch số 40/KH-UBND ngày 02/02/2024 của UBND tỉnh.\n")
    refs = refs_of(text)
    assert [(r.symbol, r.relation) for r in refs] == [
        ("3711/QĐ-BYT", "basis"), ("54/2015/TT-BYT", "basis"), ("40/KH-UBND", "basis")]


def test_a_sentence_that_opens_with_can_cu_is_no_heading_for_the_tasks_listed_after_it():
    text = ("Căn cứ tình hình thực tế của địa phương, UBND huyện xây dựng kế hoạch như sau:\n"
            "- Các xã tổ chức tuyên truyền Quyết định số 15/QĐ-UBND ngày 03/01/2024 của UBND huyện.\n")
    assert [r.relation for r in refs_of(text)] == [None]


# ------------------------------------------------------------------ a colon list whose first items are no documents


def test_a_verb_before_a_colon_governs_every_document_of_its_list_after_items_that_are_no_documents():
    text = ("Tại buổi sinh hoạt, chi bộ đã quán triệt: bài viết của đồng chí Bí thư Tỉnh ủy về công tác cán bộ "
            "trong giai đoạn mới; chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2023; "
            "Kế hoạch số 112-KH/TU ngày 14/3/2023 của Ban Thường vụ Tỉnh ủy; Chỉ thị số 21-CT/TW ngày 20/01/2023 "
            "của Ban Bí thư.")
    refs = refs_of(text)
    assert [(r.symbol, r.relation) for r in refs] == [("112-KH/TU", "implements"), ("21-CT/TW", "implements")]


def test_an_item_of_a_colon_list_that_starts_a_clause_of_its_own_takes_no_verb():
    text = ("Hội nghị đã quán triệt: chuyên đề năm 2024 về phong cách người đứng đầu; các chi bộ đã xây dựng "
            "kế hoạch theo Hướng dẫn số 05-HD/ĐU của Đảng ủy xã.")
    assert [r.relation for r in refs_of(text) if r.symbol == "05-HD/ĐU"] != ["implements"]


# ------------------------------------------------------------------ "đã ra" issues; "TP." ends no clause


def test_a_body_that_ra_a_document_after_a_date_issued_it_on_that_date():
    refs = refs_of("Ngày 12/4/2016, Ủy ban nhân dân tỉnh đã ra Chỉ thị số 08/CT-UBND về tăng cường quản lý "
                   "khoáng sản.")
    assert [(r.symbol, r.date) for r in refs] == [("08/CT-UBND", "2016-04-12")]


def test_kiem_tra_or_de_ra_before_a_mention_issues_nothing():
    refs = refs_of("Ngày 12/4/2016, đoàn công tác kiểm tra Quyết định số 31/QĐ-UBND tại các xã.")
    assert [(r.symbol, r.date) for r in refs] == [("31/QĐ-UBND", None)]


def test_the_dot_of_tp_before_a_city_name_does_not_end_the_clause_of_the_date():
    refs = refs_of("Ngày 05/9/2019, UBND TP. Cần Thơ đã ban hành Kế hoạch số 141/KH-UBND về chuyển đổi số.")
    assert [(r.symbol, r.date) for r in refs] == [("141/KH-UBND", "2019-09-05")]


# ------------------------------------------------------------------ a misprinted type code; a council's term


def test_a_type_code_misprinted_by_one_letter_before_a_known_issuer_is_the_type_words_code():
    refs = refs_of("Căn cứ Nghị quyết số 17/2018/NO-HĐND ngày 10 tháng 7 năm 2018 của Hội đồng nhân dân tỉnh về "
                   "học phí; Quyết định số 09/2019/QE-UBND ngày 02/3/2019 của UBND tỉnh;")
    assert [r.symbol for r in refs] == ["17/2018/NQ-HĐND", "09/2019/QĐ-UBND"]


def test_an_unknown_code_that_is_not_one_letter_off_the_type_stays_as_printed():
    refs = refs_of("Căn cứ Kế hoạch số 52/KH-BCĐ ngày 03/5/2021 của Ban Chỉ đạo tỉnh;")
    assert [r.symbol for r in refs] == ["52/KH-BCĐ"]


def test_a_councils_term_glued_to_its_resolution_does_not_hide_the_date_after_it():
    refs = refs_of("Căn cứ Nghị quyết số 21/2006/NQ.HĐND.K7 ngày 08 tháng 12 năm 2006 của Hội đồng nhân dân "
                   "tỉnh về phí vệ sinh;")
    assert [(r.symbol, r.date) for r in refs] == [("21/2006/NQ-HĐND", "2006-12-08")]


# ------------------------------------------------------------------ "của Trung ương" alone names the Centre


def test_a_number_only_resolution_of_trung_uong_alone_is_the_central_committees():
    refs = refs_of("Sau năm năm thực hiện nghị quyết 19/2017 của Trung ương về đơn vị sự nghiệp công lập, "
                   "tỉnh đã giảm nhiều đầu mối.")
    assert [r.symbol for r in refs] == ["19-NQ/TW"]
    assert refs[0].short_form


def test_trung_uong_at_the_end_of_a_longer_body_name_is_not_the_central_committee():
    refs = refs_of("Thực hiện Kế hoạch số 07/KH-HĐTĐKT ngày 02/3/2022 của Hội đồng Thi đua - Khen thưởng Trung "
                   "ương; Hướng dẫn số 30-HD/TWĐTN của Trung ương Đoàn.")
    assert [r.symbol for r in refs] == ["07/KH-HĐTĐKT", "30-HD/TWĐTN"]
    assert [r.issuer for r in refs] == [None, None]


# ------------------------------------------------------------------ a title's cue ends at the law it names


def test_a_title_that_ends_with_a_named_law_does_not_lend_its_verb_to_the_next_item_of_the_list():
    text = ("Thực hiện Luật Thư viện năm 2019, Nghị định số 93/2020/NĐ-CP ngày 18/8/2020 của Chính phủ quy định chi "
            "tiết một số điều của Luật Thư viện và Quyết định số 206/QĐ-TTg ngày 11/02/2021 của Thủ tướng Chính phủ "
            "về chuyển đổi số ngành thư viện, UBND huyện ban hành kế hoạch.")
    refs = refs_of(text)
    assert [(r.symbol, r.relation) for r in refs] == [
        ("93/2020/NĐ-CP", "implements"), ("206/QĐ-TTg", "implements")]
    assert not any(rel.relation == "guides" for rel in find_references(text).relations)


# ------------------------------------------------------------------ "số" glued to the type word


def test_so_glued_to_the_type_word_keeps_the_type_word_in_the_surface():
    refs = refs_of("Căn cứ Thông tưsố 12/2020/TT-BNV ngày 25/11/2020 của Bộ Nội vụ; Căn cứ Chỉ thịsố 03-CT/TU;")
    assert [(r.surface, r.symbol) for r in refs] == [
        ("Thông tưsố 12/2020/TT-BNV", "12/2020/TT-BNV"), ("Chỉ thịsố 03-CT/TU", "03-CT/TU")]


# ------------------------------------------------------------------ a document cited in an issued one's title


def test_a_document_cited_in_the_title_of_one_issued_that_day_does_not_take_its_date():
    refs = refs_of("Ngày 14/9/2016, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 30-KH/TU về thực hiện Chỉ thị "
                   "05-CT/TW của Bộ Chính trị về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.")
    assert [(r.symbol, r.date) for r in refs] == [("30-KH/TU", "2016-09-14"), ("05-CT/TW", None)]


def test_the_next_document_issued_that_day_after_a_title_still_shares_the_date():
    refs = refs_of("Ngày 20/7/2023, HĐND tỉnh đã thông qua Nghị quyết số 41/NQ-HĐND về giá đất và Nghị quyết số "
                   "42/NQ-HĐND về học phí.")
    assert [(r.symbol, r.date) for r in refs] == [("41/NQ-HĐND", "2023-07-20"), ("42/NQ-HĐND", "2023-07-20")]


# ------------------------------------------------------------------ "ban hành kèm theo" points at the document


def test_a_basis_named_by_what_a_decision_issued_points_at_that_decision():
    refs = refs_of("- Căn cứ Quy chế làm việc của Ủy ban nhân dân huyện nhiệm kỳ 2021 - 2026 ban hành kèm theo "
                   "Quyết định số 1520/QĐ-UBND ngày 02/8/2021 của UBND huyện;")
    assert [(r.symbol, r.relation) for r in refs] == [("1520/QĐ-UBND", "basis")]


# ------------------------------------------------------------------ the Centre's code printed with a dot


def test_the_centres_code_printed_t_dot_u_is_tw():
    refs = refs_of("Bám sát Nghị quyết số 33-NQ/T.Ư của Ban Chấp hành Trung ương khóa XI về xây dựng văn hóa, "
                   "huyện tổ chức hội thảo; Chỉ thị số 05-CT/T.W của Bộ Chính trị cũng được quán triệt.")
    assert [(r.surface, r.symbol) for r in refs] == [
        ("Nghị quyết số 33-NQ/T.Ư", "33-NQ/TW"), ("Chỉ thị số 05-CT/T.W", "05-CT/TW")]


# ------------------------------------------------------------------ a letterhead run into one line; a lost "Căn cứ"


def test_a_number_followed_by_the_place_and_date_of_issue_is_the_pages_own_even_on_one_line():
    text = ("ỦY BAN NHÂN DÂN TỈNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 88/2019/QĐ-UBND "
            "Sơn La, ngày 12 tháng 11 năm 2019 QUYẾT ĐỊNH Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của "
            "Chính phủ;")
    found = find_references(text)
    assert found.self_symbol == "88/2019/QĐ-UBND"
    assert [r.symbol for r in found.references] == ["34/2016/NĐ-CP"]


def test_an_item_of_a_basis_preamble_that_lost_its_own_can_cu_is_still_a_basis():
    text = ("HỘI ĐỒNG NHÂN DÂN TỈNH KHÓA XV - KỲ HỌP THỨ 3 Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng "
            "6 năm 2015; Căn cứ Luật Ngân sách nhà nước ngày "
            "25 tháng 6 năm 2015; Nghị quyết 1206/2016/NQ-UBTVQH13 ngày 13/5/2016 của Ủy ban Thường vụ Quốc hội về "
            "chế độ, chính sách của đại biểu Hội đồng nhân dân;")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("1206/2016/NQ-UBTVQH13", "basis")]


def test_a_mention_deep_in_a_later_clause_after_a_preamble_is_no_basis():
    text = ("Căn cứ Luật Thanh tra ngày 15 tháng 11 năm 2010; Căn cứ Luật Doanh nghiệp ngày 26 tháng 11 năm 2014;\n"
            "Theo đề nghị của Chánh Thanh tra tỉnh,\nQUYẾT ĐỊNH:\nCác doanh nghiệp được nêu trong Quyết định này là "
            "các đơn vị quy định tại Nghị định số 78/2015/NĐ-CP ngày 14 tháng 9 năm 2015 của Chính phủ.")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("78/2015/NĐ-CP", None)]


# ------------------------------------------------------------------ an alias in the third item of a ';' list


def test_an_alias_takes_the_date_of_the_document_it_names_not_the_first_date_of_the_list():
    text = ("Thực hiện Chỉ thị số 15/CT-TTg ngày 05/5/2021 của Thủ tướng Chính phủ về tiết kiệm chi;\n"
            "Thực hiện Quyết định số\n412/QĐ-BTC ngày 19/3/2022 của Bộ Tài chính về kế hoạch hành động (sau đây viết "
            "tắt là Quyết định\nsố 412);\nUBND tỉnh ban hành kế hoạch.")
    refs = refs_of(text)
    assert [(r.symbol, r.date) for r in refs] == [
        ("15/CT-TTg", "2021-05-05"), ("412/QĐ-BTC", "2022-03-19"), ("412/QĐ-BTC", "2022-03-19")]


# ------------------------------------------------------------------ a review over "N năm thực hiện A và N năm …"


def test_a_review_governs_every_span_of_years_of_implementation_it_lists():
    text = ("Huyện ủy tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết Trung ương 7 (khóa X) về nông nghiệp, "
            "nông dân, nông thôn và 5 năm thực hiện Kết luận số 97-KL/TW của Bộ Chính trị.")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("97-KL/TW", "reviews")]


def test_years_of_implementation_without_a_review_stay_implementation():
    text = "Sau 5 năm thực hiện Chỉ thị số 42-CT/TW của Ban Bí thư, công tác giáo dục lý tưởng có chuyển biến."
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("42-CT/TW", "implements")]


# ------------------------------------------------------------------ a joint plan or programme


def test_a_joint_plan_or_programme_keeps_its_type_words_in_the_surface():
    refs = refs_of("Thực hiện Kế hoạch phối hợp số 17/KH-HND-NHCS ngày 02/3/2022 và Chương trình phối hợp số "
                   "08/CTr-MTTQ-HLHPN ngày 10/4/2022, hội viên tham gia vay vốn.")
    assert [(r.surface, r.symbol) for r in refs] == [
        ("Kế hoạch phối hợp số 17/KH-HND-NHCS", "17/KH-HND-NHCS"),
        ("Chương trình phối hợp số 08/CTr-MTTQ-HLHPN", "08/CTr-MTTQ-HLHPN")]


# ------------------------------------------------------------------ a regulation issued with a decision


def test_amending_a_regulation_issued_with_a_decision_amends_that_decision():
    text = ("QUYẾT ĐỊNH SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH VỀ QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH, "
            "BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 12/2019/QĐ-UBND NGÀY 05/4/2019 CỦA ỦY BAN NHÂN DÂN TỈNH")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("12/2019/QĐ-UBND", "amends")]


def test_a_basis_named_with_commas_and_its_own_verbs_points_at_the_decision_it_came_with():
    text = ("- Căn cứ Quy định về thể loại, thẩm quyền ban hành và thể thức văn bản của Hội ban hành kèm theo Quyết "
            "định số 215/QĐ-TWH ngày 10/3/2015 của Ban Thường vụ Trung ương Hội;")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("215/QĐ-TWH", "basis")]


def test_a_decision_that_issues_the_page_itself_in_an_annex_heading_takes_no_relation():
    text = "QUY CHẾ LÀM VIỆC\n(Ban hành kèm theo Quyết định số 31/QĐ-UBND ngày 02/02/2021 của UBND huyện)"
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("31/QĐ-UBND", None)]


# ------------------------------------------------------------------ a law named with its year, then a mention


def test_a_law_named_with_its_year_is_one_item_of_the_cues_list():
    text = ("Các nội dung khác thực hiện theo Luật Bảo vệ và kiểm dịch thực vật đối với cây trồng và sản phẩm nông "
            "nghiệp năm 2013 và Nghị định số 116/2014/NĐ-CP ngày 04 tháng 12 năm 2014 của Chính phủ.")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("116/2014/NĐ-CP", "basis")]


# ------------------------------------------------------------------ a body that "có" a document opens its clause


def test_a_document_a_body_has_issued_after_a_list_does_not_take_the_lists_verb():
    text = ("Thực hiện Chỉ thị số 45-CT/TW của Bộ Chính trị; Kết luận số 118-KL/TW của Bộ Chính trị về việc góp ý "
            "dự thảo văn kiện, tổng hợp ý kiến của đảng viên và nhân dân, ngày 12/3/2025 Ban Tuyên giáo Trung ương có "
            "Hướng dẫn số 31-HD/BTGTW về công tác tuyên truyền.")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [
        ("45-CT/TW", "implements"), ("118-KL/TW", "implements"), ("31-HD/BTGTW", None)]


def test_the_name_ban_to_chuc_between_items_is_no_clause_of_its_own():
    text = ("Thực hiện Quy định số 24-QĐ/TW của Ban Chấp hành Trung ương, các hướng dẫn của Ban Tổ chức Trung ương "
            "và Kế hoạch số 15-KH/TU của Ban Thường vụ Tỉnh ủy, chi bộ rà soát đảng viên.")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("24-QĐ/TW", "implements"), ("15-KH/TU", "implements")]
