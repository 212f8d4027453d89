"""Agencies, people and events: the seed article's gold (tests/data/seed.json), and the
conventions of ENTITIES.md on sentences written here."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import seed_gold
from fixtures_build import seed_page

import loaders
from loaders.entities import find_entities
from loaders.model import Extraction
from loaders.text import fold


def _gold(seed_path: Path) -> dict:
    return seed_gold()


def _extract(path: Path) -> Extraction:
    source = loaders.read(path)
    return loaders.extract(source)


def _contract(extraction: Extraction) -> dict:
    return extraction.to_contract()


def _norm(text: str | None) -> str:
    """Folded, punctuation as spaces, a spaced dash as 'va' (how a name may be written either way)."""
    return " ".join(re.sub(r"[“”\"'(),.:;]", " ", fold(text or "").replace(" - ", " va ")).split())


def _agency_match(p: dict, g: dict) -> bool:
    names = {_norm(p["name"]), _norm(f"{p['name']} {p.get('locality') or ''}"), _norm(p.get("surface"))}
    if not names & ({_norm(g["name"]), _norm(g.get("surface"))} - {""}):
        return False
    return not g.get("locality") or _norm(g["locality"]) in (_norm(p.get("locality")), *[_norm(p["name"])])


def _event_match(p: dict, g: dict) -> bool:
    a, b = set(_norm(p["name"]).split()), set(_norm(g["name"]).split())
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= 0.5 and (not g.get("date") or p["date"] == g["date"])


MATCHERS = {"agencies": _agency_match, "persons": lambda p, g: _norm(p["name"]) == _norm(g["name"]),
            "events": _event_match}


def _check_seed_entities(out: dict, gold: dict) -> None:
    ents = gold["entities"]
    for kind, match in MATCHERS.items():
        predicted = list(out[kind])
        for g in ents[kind]:
            hit = next((p for p in predicted if match(p, g)), None)
            assert hit is not None, f"missing {kind[:-1]} {g['name']!r}"
            predicted.remove(hit)
            if kind == "persons" and g.get("role"):
                assert _norm(g["role"]) in _norm(hit["role"]) or _norm(hit["role"]) in _norm(g["role"])
            if kind == "persons":
                assert hit["participant"] == g["participant"], g["name"]
        assert predicted == [], f"extra {kind}: {[p['name'] for p in predicted]}"
    agencies = {a["name"]: a for a in out["agencies"]}
    local = [a for a in ents["agencies"] if a["locality"]]
    assert len(ents["agencies"]) == 11 and len(local) == 9
    for g in local:
        assert any(a["locality"] == "Quảng Trị" and _agency_match(a, g) for a in agencies.values()), g["name"]


def test_seed_entities_from_disk(seed_path: Path) -> None:
    gold = _gold(seed_path)
    out = _contract(_extract(seed_path))
    _check_seed_entities(out, gold)
    text = loaders.read(seed_path).text
    for kind in ("agencies", "persons", "events"):
        for e in out[kind]:
            assert text[e["start"]:e["end"]] == e["surface"]


def test_seed_entities_from_an_html_page(seed_path: Path, tmp_path: Path) -> None:
    raw = seed_path.read_text(encoding="utf-8")
    article = raw[: raw.index("343 Go top")]
    page = tmp_path / "seed.html"
    page.write_text(seed_page(article, article.split("\n")[0].strip()), encoding="utf-8")
    out = _contract(_extract(page))
    _check_seed_entities(out, _gold(seed_path))


def test_seed_conference_chair_organisers_and_author(seed_path: Path) -> None:
    extraction = _extract(seed_path)
    conference = next(e for e in extraction.events if e.kind == "conference")
    assert conference.date == "2023-09-22"
    assert conference.name.casefold() == "hội nghị giao ban các ngành khối khoa giáo năm 2023"
    assert conference.organizers == ["Ban Tuyên giáo Tỉnh ủy Quảng Trị", "Sở Tài nguyên và Môi trường tỉnh Quảng Trị"]
    assert conference.chairs == ["Nguyễn Quốc Khánh"]
    khanh = next(p for p in extraction.persons if p.name == "Nguyễn Quốc Khánh")
    assert khanh.role == "Phó Trưởng Ban Tuyên giáo Tỉnh ủy" and khanh.participant
    assert khanh.organization == "Ban Tuyên giáo Tỉnh ủy"
    others = sorted((e.kind, e.date) for e in extraction.events if e is not conference)
    assert others == [("anniversary", None), ("anniversary", None), ("contest", None)]
    author = extraction.persons[-1]
    assert (author.name, author.role, author.participant) == ("Đăng Khoa", "tác giả", False)
    assert extraction.document.locality == "Quảng Trị"


def test_seed_references(seed_path: Path) -> None:
    """The six references of the gold, where the reference engine finds them."""
    gold = [(r["start"], r["end"], r["symbol"]) for r in _gold(seed_path)["references"]]
    found = [(r.start, r.end, r.symbol) for r in _extract(seed_path).references]
    assert found == gold


# Sentences written for these tests (not from the corpus).
DEPARTMENTS = ("Sáng 5/3/2024, Sở Tài nguyên và Môi trường tỉnh Nghệ An phối hợp Sở Văn hóa, Thể thao và Du lịch "
               "tổ chức hội nghị tập huấn công tác bảo vệ môi trường. Sở Tài nguyên - Môi trường đề nghị các huyện "
               "báo cáo kết quả trước ngày 30/3.")


def test_commas_kept_whole_and_two_spellings_one_agency() -> None:
    agencies, _, events = find_entities(DEPARTMENTS, locality="Nghệ An")
    names = [a.name for a in agencies]
    assert names == ["Sở Tài nguyên và Môi trường tỉnh Nghệ An", "Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An"]
    assert all(a.locality == "Nghệ An" and a.kind == "state" for a in agencies)
    assert agencies[0].surface == "Sở Tài nguyên và Môi trường tỉnh Nghệ An"
    assert events[0].kind == "training" and events[0].date == "2024-03-05"
    assert events[0].organizers == names


def test_central_bodies_have_no_province_and_titles_name_bodies() -> None:
    text = ("Đồng chí Trần Văn Bình, Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy Hà Tĩnh dự hội nghị. Thủ tướng Chính phủ "
            "đã ký Quyết định số 12/QĐ-TTg; Quốc hội thông qua Luật Đất đai.")
    agencies, persons, _ = find_entities(text, locality="Hà Tĩnh")
    by_name = {a.name: a for a in agencies}
    assert by_name["Bộ Chính trị"].locality is None and by_name["Bộ Chính trị"].kind == "party"
    assert by_name["Chính phủ"].locality is None and by_name["Quốc hội"].kind == "state"
    assert by_name["Tỉnh ủy Hà Tĩnh"].locality == "Hà Tĩnh"
    assert [(p.name, p.role) for p in persons] == [
        ("Trần Văn Bình", "Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy Hà Tĩnh")]


def test_anniversary_subjects_are_not_participants() -> None:
    text = ("Các cơ quan tuyên truyền kỷ niệm 135 năm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2025); "
            "Kỷ niệm 80 năm ngày sinh Đại tướng Lê Văn Dũng. Tổng Bí thư Nguyễn Văn Linh phát biểu.")
    _, persons, events = find_entities(text)
    people = {p.name: p for p in persons}
    assert not people["Hồ Chí Minh"].participant and not people["Lê Văn Dũng"].participant
    assert people["Lê Văn Dũng"].role == "Đại tướng"
    assert people["Nguyễn Văn Linh"].participant and people["Nguyễn Văn Linh"].role == "Tổng Bí thư"
    assert [(e.kind, e.date) for e in events] == [("anniversary", "2025-05-19"), ("anniversary", None)]


def test_generic_plurals_and_thought_are_not_entities() -> None:
    text = ("Các sở, ngành và cấp ủy các cấp học tập tư tưởng Hồ Chí Minh; UBND các huyện báo cáo "
            "các hội nghị chuyên đề.")
    agencies, persons, events = find_entities(text, locality="Quảng Trị")
    assert agencies == [] and persons == [] and events == []


def test_districts_keep_their_own_name() -> None:
    text = ("Huyện ủy Gio Linh tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12. UBND huyện Gio Linh và "
            "Ủy ban MTTQ huyện tham dự; Huyện ủy yêu cầu các chi bộ báo cáo.")
    agencies, _, events = find_entities(text, locality="Quảng Trị")
    names = [a.name for a in agencies]
    assert names[:2] == ["Huyện ủy Gio Linh", "UBND huyện Gio Linh"]
    assert all(a.locality == "Quảng Trị" for a in agencies)
    assert len([n for n in names if n.startswith("Huyện ủy")]) == 1  # the bare "Huyện ủy" is the same body
    assert events[0].organizers == ["Huyện ủy Gio Linh"]


def test_people_listed_with_roles_and_a_signature() -> None:
    text = ("Dự có các đồng chí: Nguyễn Văn Thể, Bí thư Đảng ủy Khối các cơ quan Trung ương; Hoàng Thị Hạnh, "
            "Trưởng Ban Tuyên giáo Tỉnh ủy.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hòa")
    agencies, persons, _ = find_entities(text, locality="Phú Yên")
    roles = {p.name: (p.role, p.participant) for p in persons}
    assert roles["Nguyễn Văn Thể"] == ("Bí thư Đảng ủy Khối các cơ quan Trung ương", True)
    assert roles["Hoàng Thị Hạnh"] == ("Trưởng Ban Tuyên giáo Tỉnh ủy", True)
    assert roles["Lê Văn Hòa"][0].casefold() == "phó chủ tịch"
    assert "UBND tỉnh Phú Yên" in [a.name for a in agencies]


def test_organiser_after_do_and_subject_of_a_quoted_title() -> None:
    text = ("Hội thảo khoa học “Đồng chí Lê Duẩn với cách mạng Việt Nam” do Học viện Chính trị khu vực III "
            "tổ chức ngày 7/4/2024.")
    agencies, persons, events = find_entities(text)
    assert events[0].date == "2024-04-07" and events[0].organizers == ["Học viện Chính trị khu vực III"]
    assert [(p.name, p.participant) for p in persons] == [("Lê Duẩn", False)]
    assert agencies[0].locality is None


def test_decomposed_text_eth_and_zero_width_spaces_keep_spans() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Chiều ngày 22/9/2023, Ban Tuyên giáo Tỉnh ủy phối hợp Sở Tài nguyên và Môi"
                                        "\u200b trường tổ chức Hội nghị giao ban năm 2023. \u00d0ồng chí Nguyễn Quốc "
                                        "Khánh, Phó Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì.")
    agencies, persons, events = find_entities(text, locality="Quảng Trị")
    for item in (*agencies, *persons, *events):
        assert text[item.start:item.end] == item.surface
    assert [a.name for a in agencies] == ["Ban Tuyên giáo Tỉnh ủy Quảng Trị", "Sở Tài nguyên và Môi trường tỉnh Quảng Trị"]
    assert persons[0].name == "Nguyễn Quốc Khánh" and events[0].chairs == ["Nguyễn Quốc Khánh"]
    assert events[0].date == "2023-09-22"


# Text the finder was not tuned on: a plan's signature block, a conference referred back to, cited documents' dates.
def test_a_role_word_in_a_signature_block_is_never_a_name() -> None:
    plan = ("Các huyện ủy xây dựng kế hoạch thực hiện.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n(Đã ký)\nTRẦN VĂN LỘC\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu Văn phòng Tỉnh ủy.")
    _, persons, _ = find_entities(plan, locality="Phú Thọ")
    assert [(p.name, p.role, p.participant) for p in persons] == [("Trần Văn Lộc", "Phó Bí thư", True)]
    unsigned = "Ban Tuyên giáo Tỉnh ủy theo dõi, báo cáo kết quả.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ"
    assert find_entities(unsigned, locality="Phú Thọ")[1] == []
    assert find_entities("Bài viết kết thúc.\n\nChủ Tịch", locality="Phú Thọ")[1] == []
    assert find_entities("Bà Chủ Tịch Hội Phụ nữ xã phát biểu.", locality="Phú Thọ")[1] == []
    assert find_entities("Các trường tổ chức kỷ niệm 42 năm Ngày Nhà giáo Việt Nam.")[1] == []  # a country


def test_the_conference_as_the_subject_of_a_sentence_is_not_a_new_event() -> None:
    text = ("Sáng 14/3/2024, Huyện ủy Cam Lộ tổ chức hội nghị tổng kết công tác tuyên giáo năm 2023.\n\n"
            "Hội nghị cũng đánh giá kết quả học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. "
            "Hội nghị thống nhất các nhiệm vụ trọng tâm năm 2024. Hội nghị quán triệt nhiệm vụ thời gian tới: "
            "giữ vững ổn định chính trị.")
    _, _, events = find_entities(text, locality="Quảng Trị")
    assert [(e.name, e.date) for e in events] == [("Hội nghị tổng kết công tác tuyên giáo năm 2023", "2024-03-14")]


def test_an_event_name_ends_before_a_clause_verb() -> None:
    text = "Hội nghị sơ kết 3 năm thực hiện Đề án số 06 của tỉnh cũng đề ra các chỉ tiêu mới."
    _, _, events = find_entities(text, locality="Quảng Trị")
    assert [e.name for e in events] == ["Hội nghị sơ kết 3 năm thực hiện Đề án số 06 của tỉnh"]


def test_a_cited_documents_date_is_not_the_events_date() -> None:
    text = ("Chiều ngày 9/11/2023, Ban Thường vụ Tỉnh ủy Hậu Giang tổ chức hội nghị sơ kết 3 năm thực hiện "
            "Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị. Ngày 20/6/2024, Tỉnh ủy tổ chức hội nghị "
            "tổng kết Nghị định 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ trên địa bàn tỉnh.")
    found = loaders.references.find_references(text)
    for refs in (found.references, None):  # with the reference finder's spans, and without them
        _, _, events = find_entities(text, locality="Hậu Giang", references=refs)
        assert [e.date for e in events] == ["2023-11-09", "2024-06-20"]
    after_plan = ("Thực hiện Kế hoạch số 12-KH/TU ngày 05/01/2024 của Tỉnh ủy, chiều ngày 20/3/2024, Sở Y tế tổ chức "
                  "Hội nghị tập huấn công tác truyền thông y tế.")
    refs = loaders.references.find_references(after_plan).references
    assert [e.date for e in find_entities(after_plan, references=refs)[2]] == ["2024-03-20"]
    undated = "Tỉnh ủy tổ chức hội nghị sơ kết 5 năm thực hiện Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị."
    assert [e.date for e in find_entities(undated, references=loaders.references.find_references(undated)
                                          .references)[2]] == [None]


# Whole passages written for these tests, in the shape of provincial news and plans (not from the corpus).
CONFERENCE_NEWS = (
    "Bình Định: Tổng kết công tác dân vận năm 2024\nThứ Ba, 14/01/2025 16:20\n\n"
    "Chiều ngày 13/01/2025, Ban Dân vận Tỉnh ủy Bình Định phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức Hội nghị "
    "tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Lê Kim Toàn, Phó Bí thư Thường trực "
    "Tỉnh ủy, Chủ tịch HĐND tỉnh dự và chỉ đạo hội nghị. Đồng chí Trần Thị Thu Hà, Trưởng Ban Dân vận Tỉnh ủy chủ "
    "trì hội nghị.\n\nNăm 2024, các cấp ủy đã tiếp tục thực hiện Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban "
    "Chấp hành Trung ương khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận. Hội nghị "
    "cũng ghi nhận nhiều mô hình “Dân vận khéo” được nhân rộng.\n\nHội nghị thống nhất 6 nhóm nhiệm vụ trọng tâm "
    "năm 2025. Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể.\n\nMinh Phương\n")


def test_a_conference_report_one_event_dated_by_the_text() -> None:
    found = loaders.references.find_references(CONFERENCE_NEWS)
    agencies, persons, events = find_entities(CONFERENCE_NEWS, locality="Bình Định", references=found.references)
    names = [a.name for a in agencies]
    assert {"Ban Dân vận Tỉnh ủy Bình Định", "Ủy ban MTTQ Việt Nam tỉnh Bình Định", "HĐND tỉnh Bình Định",
            "Ban Chấp hành Trung ương"} <= set(names)
    roles = {p.name: (p.role, p.participant) for p in persons}
    assert roles["Trần Thị Thu Hà"] == ("Trưởng Ban Dân vận Tỉnh ủy", True)
    assert roles["Lê Kim Toàn"][0].startswith("Phó Bí thư Thường trực Tỉnh ủy")
    assert roles["Minh Phương"] == ("tác giả", False)
    assert [(e.name, e.date, e.kind) for e in events] == [
        ("Hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025", "2025-01-13", "conference")]
    assert events[0].organizers == ["Ban Dân vận Tỉnh ủy Bình Định", "Ủy ban MTTQ Việt Nam tỉnh Bình Định"]
    assert events[0].chairs == ["Trần Thị Thu Hà"]


PLAN = ("TỈNH ỦY PHÚ THỌ\nSố 205-KH/TU\nPhú Thọ, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\ntổ chức Cuộc thi trực tuyến "
        "tìm hiểu 94 năm lịch sử Đảng Cộng sản Việt Nam\n\nThực hiện Hướng dẫn số 12-HD/BTGTW, ngày 10/01/2024 của "
        "Ban Tuyên giáo Trung ương, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:\n\n1. Ban Tuyên giáo Tỉnh ủy "
        "chủ trì, phối hợp với Tỉnh đoàn Phú Thọ, Sở Giáo dục và Đào tạo tổ chức Cuộc thi trực tuyến tìm hiểu 94 năm "
        "lịch sử Đảng Cộng sản Việt Nam từ ngày 15/3/2024 đến ngày 15/4/2024.\n2. Báo Phú Thọ mở chuyên mục tuyên "
        "truyền về Cuộc thi.\n\nNơi nhận:\n- Ban Tuyên giáo Trung ương (b/c);\n- Lưu Văn phòng Tỉnh ủy.\n\n"
        "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n(Đã ký)\nBùi Đình Long\n")


def test_a_plan_signed_on_behalf_of_the_standing_board() -> None:
    agencies, persons, events = find_entities(PLAN, locality="Phú Thọ")
    kinds = {a.name: a.kind for a in agencies}
    assert kinds["Tỉnh ủy Phú Thọ"] == "party" and kinds["Ban Tuyên giáo Trung ương"] == "party"
    assert kinds["Tỉnh đoàn Phú Thọ"] == "mass" and kinds["Báo Phú Thọ"] == "other"
    assert kinds["Văn phòng Tỉnh ủy Phú Thọ"] == "party"  # the committee's office is a Party body
    assert [(p.name, p.role, p.participant) for p in persons] == [("Bùi Đình Long", "Phó Bí thư", True)]
    # the name ends before "từ ngày …"; the contest runs from the date the text gives
    assert [(e.name, e.kind) for e in events] == [
        ("Cuộc thi trực tuyến tìm hiểu 94 năm lịch sử Đảng Cộng sản Việt Nam", "contest")]


ANNIVERSARY = ("Sáng ngày 02/02/2024, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Long An long trọng tổ chức "
               "Lễ kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2024). Đồng chí Nguyễn Văn "
               "Được, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy đọc diễn văn. Diễn văn nhắc lại công lao của Chủ tịch "
               "Hồ Chí Minh. Lễ kỷ niệm cũng trao Huy hiệu Đảng cho 120 đảng viên.")


def test_an_anniversary_ceremony_and_the_man_it_recalls() -> None:
    agencies, persons, events = find_entities("Long An: Kỷ niệm 94 năm Ngày thành lập Đảng\n" + ANNIVERSARY,
                                              locality="Long An")
    assert [a.name for a in agencies][:4] == ["Tỉnh ủy Long An", "HĐND tỉnh Long An", "UBND tỉnh Long An",
                                              "Ủy ban MTTQ Việt Nam tỉnh Long An"]
    people = {p.name: p for p in persons}
    assert people["Nguyễn Văn Được"].participant and not people["Hồ Chí Minh"].participant
    assert len(events) == 1 and events[0].kind == "anniversary"
    assert events[0].name == "Lễ kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam"
    assert "Ủy ban MTTQ Việt Nam tỉnh Long An" in events[0].organizers  # named in the headline first


TRAINING = ("Ngày 22/4/2024, Trường Chính trị tỉnh Gia Lai phối hợp với Đảng ủy Khối các cơ quan tỉnh tổ chức Lễ "
            "khai giảng Lớp bồi dưỡng lý luận chính trị khóa I năm 2024. Phát biểu khai giảng, đồng chí Nguyễn Thị "
            "Lan, Phó Hiệu trưởng Trường Chính trị tỉnh yêu cầu học viên nghiên cứu Quy định số 24-QĐ/TW, ngày "
            "30/7/2021 của Ban Chấp hành Trung ương. Lớp bồi dưỡng cũng dành thời gian tìm hiểu lịch sử Đảng bộ tỉnh.")


def test_a_training_course_opening() -> None:
    agencies, persons, events = find_entities(TRAINING, locality="Gia Lai")
    assert [a.name for a in agencies] == ["Trường Chính trị tỉnh Gia Lai", "Đảng ủy Khối các cơ quan tỉnh Gia Lai",
                                          "Ban Chấp hành Trung ương"]
    assert [(p.name, p.role) for p in persons] == [("Nguyễn Thị Lan", "Phó Hiệu trưởng Trường Chính trị tỉnh")]
    assert [(e.kind, e.date) for e in events] == [("training", "2024-04-22")]
    assert events[0].name.startswith("Lễ khai giảng Lớp bồi dưỡng lý luận chính trị")


def test_a_district_committee_inside_a_board_and_named_bare_later() -> None:
    text = ("Ngày 15/8/2024, Ban Thường vụ Huyện ủy Hải Hậu tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số "
            "05-NQ/HU, ngày 10/9/2021 của Huyện ủy.")
    agencies, _, events = find_entities(text, locality="Nam Định")
    assert [(a.name, a.locality) for a in agencies] == [("Ban Thường vụ Huyện ủy Hải Hậu", "Nam Định"),
                                                        ("Huyện ủy Hải Hậu", "Nam Định")]
    assert events[0].date == "2024-08-15"


def test_bylines_with_a_credit_word_or_a_source_tag() -> None:
    for text, name in (("Nội dung bài viết.\n\nBài, ảnh: Minh Hải", "Minh Hải"),
                       ("Nội dung bài viết.\n\nNguyễn Hà (TTXVN)", "Nguyễn Hà")):
        _, persons, _ = find_entities(text)
        assert [(p.name, p.role, p.participant) for p in persons] == [(name, "tác giả", False)]
    for source in ("Theo Báo Nhân Dân", "Nguồn: Báo Quảng Trị"):  # a source line is not an author
        assert find_entities("Nội dung bài viết.\n\n" + source)[1] == []


def test_two_meetings_of_one_series_stay_two_events() -> None:
    text = ("Hội nghị lần thứ 10 Ban Chấp hành Đảng bộ tỉnh khóa XX diễn ra ngày 5/12/2022. Hội nghị Ban Chấp hành "
            "Đảng bộ tỉnh lần thứ 11 được tổ chức vào ngày 20/1/2023.")
    assert [e.date for e in find_entities(text, locality="Nam Định")[2]] == ["2022-12-05", "2023-01-20"]


def test_an_html_byline_the_extractor_sets_apart_is_the_author(tmp_path: Path) -> None:
    page = tmp_path / "tin.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>Học tập nghị quyết</title></head><body><article>"
        "<h1>Học tập nghị quyết</h1><p>Ngày 06/3/2025, Ban Thường vụ Tỉnh ủy Sóc Trăng tổ chức hội nghị học tập, "
        "quán triệt Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, "
        "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.</p><p>Các cấp ủy xây dựng chương trình hành động "
        "phù hợp với tình hình thực tế của địa phương, đơn vị mình.</p>"
        "<p class='author'>Ngọc Hân</p></article></body></html>", encoding="utf-8")
    out = _contract(_extract(page))
    assert [(p["name"], p["role"], p["participant"]) for p in out["persons"]] == [("Ngọc Hân", "tác giả", False)]
    assert [(e["date"], e["kind"]) for e in out["events"]] == [("2025-03-06", "conference")]


def test_the_organiser_is_the_whole_body_not_the_committee_inside_its_name() -> None:
    text = ("Sáng ngày 7/6/2024, Ban Thường vụ Tỉnh ủy Vĩnh Long tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng "
            "đầu năm 2024. Các đơn vị thực hiện Nghị quyết số 03-NQ/TU của Tỉnh ủy Vĩnh Long.")
    _, _, events = find_entities(text, locality="Vĩnh Long")
    assert events[0].organizers == ["Ban Thường vụ Tỉnh ủy Vĩnh Long"] and events[0].date == "2024-06-07"
    course = "Ngày 15/5/2024, Ban Tuyên giáo Tỉnh ủy khai giảng Lớp bồi dưỡng nghiệp vụ tuyên giáo năm 2024."
    assert find_entities(course, locality="Vĩnh Long")[2][0].organizers == ["Ban Tuyên giáo Tỉnh ủy Vĩnh Long"]


def test_a_demonstrative_points_back_to_an_event_already_named() -> None:
    text = ("Ngày 9/10/2024, Ban Tuyên giáo Tỉnh ủy Cà Mau tổ chức Hội thi Báo cáo viên giỏi năm 2024. Hội thi năm "
            "nay thu hút 40 thí sinh. Hội nghị lần này có ý nghĩa quan trọng; qua hội nghị đó, các đại biểu thống "
            "nhất cách làm.")
    _, _, events = find_entities(text, locality="Cà Mau")
    assert [(e.name, e.date, e.kind) for e in events] == [("Hội thi Báo cáo viên giỏi năm 2024", "2024-10-09", "contest")]


def test_an_events_organising_committee_and_jury_are_not_bodies() -> None:
    text = ("Ban Tổ chức Cuộc thi đã nhận được 500 bài dự thi; Ban Giám khảo chọn 20 tác phẩm. Ban Tổ chức Tỉnh ủy "
            "thẩm định hồ sơ.")
    assert [a.name for a in find_entities(text, locality="Quảng Trị")[0]] == ["Ban Tổ chức Tỉnh ủy Quảng Trị"]


def test_the_front_committee_spelt_out_or_abbreviated_is_one_body() -> None:
    text = ("Ủy ban MTTQ Việt Nam tỉnh phối hợp Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị tuyên truyền biển "
            "đảo năm 2024. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh đề nghị các đơn vị báo cáo.")
    agencies = find_entities(text, locality="Quảng Ngãi")[0]
    assert [(a.name, a.kind) for a in agencies] == [
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi", "mass"),
        ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ngãi", "state")]
