"""Second round of issue 12 probes: local Party documents, joint and older State forms, party journal essays
and the people and bodies of army and Party texts. Each sentence is written for this file; each asserts what a
reader of the page would check."""

from __future__ import annotations

from loaders.entities import find_entities
from loaders.references import find_references
from tests.test_entities_unseen import agencies_of
from tests.test_refs_unseen import annotated


def persons_of(text: str) -> dict[str, str | None]:
    _, persons, _ = find_entities(text)
    for p in persons:
        assert text[p.start:p.end] == p.surface
    return {p.name: p.role for p in persons}


# ------------------------------------------------------------------ titles of army officers and alternates


def test_an_alternate_member_of_the_central_committee_keeps_the_whole_title() -> None:
    text = ("Dự buổi lễ có đồng chí Hà Quang Vinh, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy "
            "Cao Bằng.")
    assert persons_of(text) == {
        "Hà Quang Vinh": "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Cao Bằng"}
    assert "Ban Chấp hành Trung ương Đảng" in agencies_of(text)


def test_a_rank_before_the_name_and_a_command_after_it() -> None:
    text = ("Trung tá Lò Văn Khanh, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Điện Biên, báo cáo kết quả huấn "
            "luyện; Thiếu tá Đinh Công Sơn, Chính ủy Tiểu đoàn 2, phát biểu.")
    assert persons_of(text) == {
        "Lò Văn Khanh": "Trung tá, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Điện Biên",
        "Đinh Công Sơn": "Thiếu tá, Chính ủy Tiểu đoàn 2"}


# ------------------------------------------------------------------ a district body in another province's text


def test_a_district_committees_body_takes_the_province_of_the_district_it_names() -> None:
    # the text is about Cao Bằng, but Đầm Hà is a district of Quảng Ninh only
    text = ("Tỉnh ủy Cao Bằng và Tỉnh ủy Cao Bằng cử đoàn học tập kinh nghiệm dân vận khéo của Ban Dân vận Huyện ủy "
            "Đầm Hà, tỉnh Quảng Ninh; UBND tỉnh Cao Bằng chủ trì.")
    assert agencies_of(text)["Ban Dân vận Huyện ủy Đầm Hà"] == "Quảng Ninh"


# ------------------------------------------------------------------ an ordinance named before its number


def test_an_ordinance_named_before_its_number_is_one_mention_of_an_ordinance() -> None:
    text = ("Căn cứ Pháp lệnh Chi phí tố tụng số 05/2024/UBTVQH15 ngày 23/3/2024;\nCăn cứ Luật Tổ chức chính quyền "
            "địa phương số 72/2025/QH15.")
    refs = find_references(text).references
    assert [(r.surface, r.symbol, r.relation) for r in refs] == [
        ("Pháp lệnh Chi phí tố tụng số 05/2024/UBTVQH15", "05/2024/UBTVQH15", "basis"),
        ("Luật Tổ chức chính quyền địa phương số 72/2025/QH15", "72/2025/QH15", "basis")]
    assert [r.doc_type for r in refs] == ["PL", "L"]


# ------------------------------------------------------------------ a district body printed with a bare "huyện"


def test_a_bare_district_before_a_comma_is_the_district_the_text_is_about() -> None:
    text = ("Chiều 4/6/2025, tại huyện Mường Khương, Ủy ban nhân dân huyện, Tòa án nhân dân huyện và Viện Kiểm sát "
            "nhân dân huyện, Công an huyện ký quy chế phối hợp.")
    assert agencies_of(text) == {
        "UBND huyện Mường Khương": "Lào Cai", "Tòa án nhân dân huyện Mường Khương": "Lào Cai",
        "Viện Kiểm sát nhân dân huyện Mường Khương": "Lào Cai", "Công an huyện Mường Khương": "Lào Cai"}


def test_a_police_chiefs_title_runs_to_the_district_it_names() -> None:
    text = "Thượng tá Bế Văn Hòa, Trưởng Công an huyện Trùng Khánh, cùng đoàn đến thăm các gia đình chính sách."
    assert persons_of(text) == {"Bế Văn Hòa": "Thượng tá, Trưởng Công an huyện Trùng Khánh"}


# ------------------------------------------------------------------ the campaign months of mass organisations


def test_a_campaign_month_is_an_event_named_by_its_own_words_and_year() -> None:
    text = ("Ngày 28/4/2025, Công đoàn ngành Giáo dục tỉnh phát động Tháng Công nhân năm 2025 và trao quà cho đoàn "
            "viên; Đoàn xã ra quân Tháng Thanh niên với nhiều việc làm. Cách mạng Tháng Tám là mốc son.")
    _, _, events = find_entities(text)
    assert [(e.name, e.kind) for e in events] == [("Tháng Công nhân năm 2025", "campaign"),
                                                 ("Tháng Thanh niên", "campaign")]


# ------------------------------------------------------------------ a body named after a task of two parts


def test_a_command_board_for_disasters_and_rescue_is_named_whole() -> None:
    text = ("Ban Chỉ huy Phòng, chống thiên tai và tìm kiếm cứu nạn huyện Mù Cang Chải họp khẩn; Ban Chỉ đạo phòng, "
            "chống tham nhũng và các sở cùng dự.")
    assert agencies_of(text) == {"Ban Chỉ huy Phòng, chống thiên tai và tìm kiếm cứu nạn huyện Mù Cang Chải": "Yên Bái",
                                 "Ban Chỉ đạo phòng, chống tham nhũng": None}


def test_a_bare_huyen_is_the_texts_district_and_never_its_town() -> None:
    # the town (thị xã) is named twice, the district once: "Phòng Nội vụ huyện" is the district's
    text = ("Hội Cựu chiến binh huyện Trạm Tấu phối hợp với Phòng Nội vụ huyện tổ chức hội nghị; UBND thị xã Nghĩa Lộ "
            "và Thị ủy Nghĩa Lộ cùng dự.")
    assert agencies_of(text)["Phòng Nội vụ huyện Trạm Tấu"] == "Yên Bái"



def test_a_project_board_whose_task_lists_kinds_of_works_runs_to_its_province() -> None:
    text = ("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Lai Châu bàn giao mặt "
            "bằng.")
    assert agencies_of(text) == {
        "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Lai Châu": "Lai Châu"}


# ------------------------------------------------------------------ a code Party and State boards share


def test_a_steering_boards_party_letter_keeps_its_party_shape_and_its_state_plan_the_state_shape() -> None:
    text = ("Thực hiện Công văn số 27-CV/BCĐ ngày 6/1/2025 của Ban Chỉ đạo Trung ương và Kế hoạch số 08/KH-BCĐ ngày "
            "9/1/2025 của Ban Chỉ đạo tỉnh, các sở rà soát tổ chức bộ máy.")
    refs = find_references(text).references
    assert [(r.symbol, r.family) for r in refs] == [("27-CV/BCĐ", "party"), ("08/KH-BCĐ", "state")]


# ------------------------------------------------------------------ a document named in a dated title


def test_a_directive_named_in_the_title_of_a_dated_conclusion_was_issued_before_it() -> None:
    # two Chỉ thị 05-CT/TW exist (2016 and 2021); the conclusion of May 2021 can only continue the earlier one
    text = ("Ngày 12/3/2024, Đảng ủy phường sơ kết việc học tập. Kết luận số 01-KL/TW ngày 18-5-2021 của Bộ Chính "
            "trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW được các chi bộ đưa vào sinh hoạt.")
    ex = annotated(text)
    assert [(r.symbol, r.resolved_date) for r in ex.references] == [("01-KL/TW", "2021-05-18"),
                                                                    ("05-CT/TW", "2016-05-15")]


# ------------------------------------------------------------------ a list introduced by a colon


def test_numbers_listed_after_a_colon_share_the_type_and_the_verb() -> None:
    refs = find_references("Đảng bộ quán triệt các Chỉ thị: 05, 35-CT/TW của Bộ Chính trị đến từng chi bộ.").references
    assert [(r.symbol, r.relation) for r in refs] == [("05-CT/TW", "implements"), ("35-CT/TW", "implements")]
    assert find_references("Kết luận: 3 đồng chí được khen thưởng, 12 đảng viên được biểu dương.").references == []


# ------------------------------------------------------------------ a congress and its term of office


def test_a_congress_keeps_its_term_of_office_and_the_date_told_after_it() -> None:
    text = ("Đại hội đại biểu Đảng bộ tỉnh Ninh Thuận lần thứ XV, nhiệm kỳ 2025-2030 diễn ra từ ngày 14 đến "
            "16/10/2025 với 350 đại biểu.")
    _, _, events = find_entities(text)
    assert [(e.name, e.date) for e in events] == [
        ("Đại hội đại biểu Đảng bộ tỉnh Ninh Thuận lần thứ XV, nhiệm kỳ 2025-2030", "2025-10-14")]


# ------------------------------------------------------------------ words that look like a basis cue


def test_in_the_direction_of_and_to_consider_are_no_basis_cues() -> None:
    text = ("Huyện ủy ban hành Nghị quyết số 08-NQ/HU về phát triển chăn nuôi theo hướng an toàn sinh học và Kế hoạch "
            "số 21-KH/HU về du lịch. Hội nghị xem xét dự thảo Nghị quyết số 09-NQ/HU. Theo hướng dẫn tại Công văn số "
            "15/SNV-CCVC, các xã báo cáo.")
    refs = find_references(text).references
    assert [(r.symbol, r.relation) for r in refs] == [
        ("08-NQ/HU", None), ("21-KH/HU", None), ("09-NQ/HU", None), ("15/SNV-CCVC", "basis")]


# ------------------------------------------------------------------ a long catalogued title cited by its start


def test_a_number_only_resolution_cited_by_the_start_of_its_long_title() -> None:
    text = ("Ngày 4/9/2023, Huyện ủy sơ kết 5 năm thực hiện Nghị quyết 26 về tập trung xây dựng đội ngũ cán bộ các cấp, "
            "huyện đã quy hoạch 120 cán bộ trẻ.")
    ex = annotated(text)
    assert [(r.symbol, r.resolved_date) for r in ex.references] == [("26-NQ/TW", "2018-05-19")]
    # a title that only shares its first words with the catalogue's names no document
    assert find_references("Nghị quyết 26 về công tác cán bộ nữ của xã được quán triệt.").references == []


# ------------------------------------------------------------------ a plenum's resolution named after the plenum


def test_a_number_in_brackets_after_a_plenum_and_its_term_is_that_plenums_resolution() -> None:
    text = ("Đảng ủy phường tổ chức học tập Nghị quyết Trung ương 8 khóa XII (Nghị quyết 36) về kinh tế biển; Nghị "
            "quyết Trung ương 8 khóa XII (Nghị quyết 97) không có trong danh mục.")
    refs = find_references(text).references
    assert [(r.surface, r.symbol, r.short_form) for r in refs] == [("Nghị quyết 36", "36-NQ/TW", True)]


def test_the_verb_before_a_plenums_resolution_governs_its_number_in_brackets() -> None:
    refs = find_references("Chi bộ quán triệt Nghị quyết Trung ương 4 khóa XII (Nghị quyết số 04-NQ/TW) đến từng "
                           "đảng viên.").references
    assert [(r.symbol, r.relation) for r in refs] == [("04-NQ/TW", "implements")]
