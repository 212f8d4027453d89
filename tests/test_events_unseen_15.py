"""Events on unseen pages, round 15 of the events probes (issue 12): a session told verb first with a tense word
and no "thứ", a headline in capitals after a title read as a name, a project's review taken for a meeting, and one
congress told twice, by its body in the headline and by its ordinal in the body. Each sentence is written for this
file; each asserts what a reader of the page would check."""

from __future__ import annotations

from loaders.persons import find_persons
from tests.test_entities_unseen import events_of


def names_of(text: str) -> list[str]:
    """The names of the events the text holds, in order."""
    return [name for name, _ in events_of(text)]


# ------------------------------------------------------------------ "<body> đã họp kỳ N"


def test_a_body_that_da_hop_ky_n_holds_its_session_of_that_number() -> None:
    text = "Ngày 14/5/2019, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp kỳ 37 để xem xét nhiều nội dung."
    assert events_of(text) == [("Kỳ họp 37 của Ủy ban Kiểm tra Trung ương", "2019-05-14")]


def test_a_body_with_its_short_form_and_term_that_da_hop_ky_thu_n() -> None:
    text = "Ngày 9/10/2013, Ủy ban Kiểm tra Trung ương (UBKTTW) khóa XI đã họp kỳ thứ 15 tại Hà Nội."
    assert names_of(text) == ["Kỳ họp thứ 15 của Ủy ban Kiểm tra Trung ương khóa XI"]


# ------------------------------------------------------------------ a headline in capitals is no name


def test_a_headline_verb_and_meeting_after_a_title_in_capitals_is_no_person() -> None:
    text = "LỜI PHÁT BIỂU CỦA TỔNG BÍ THƯ BẾ MẠC HỘI NGHỊ TRUNG ƯƠNG 8\n\nSáng nay, hội nghị đã kết thúc."
    assert [p.name for p in find_persons(text)] == []


def test_a_given_name_that_is_also_a_verb_stays_a_name() -> None:
    text = "Chủ tịch UBND huyện Nguyễn Phát Huy dự và phát biểu."
    assert [p.name for p in find_persons(text)] == ["Nguyễn Phát Huy"]


# ------------------------------------------------------------------ a project's review is its subject


def test_a_review_named_as_the_subject_of_a_de_an_is_no_event() -> None:
    text = ("Chiều 3/10, các đại biểu thảo luận về Đề án tổng kết 10 năm thực hiện Nghị quyết Trung ương 4 khóa XI "
            "về xây dựng Đảng.")
    assert events_of(text) == []


# ------------------------------------------------------------------ one congress told twice


def test_a_congress_named_by_its_body_and_then_by_its_ordinal_and_term_is_one_event() -> None:
    text = ("KHAI MẠC ĐẠI HỘI ĐẢNG BỘ HUYỆN NAM ĐÀN LẦN THỨ XXIX\n\n"
            "Sáng 12-8, Đảng bộ huyện Nam Đàn khai mạc Đại hội Đại biểu lần thứ XXIX, nhiệm kỳ 2020-2025 với 300 "
            "đại biểu dự.")
    assert names_of(text) == ["Đại hội Đảng bộ huyện Nam Đàn lần thứ XXIX"]


def test_a_congress_of_another_ordinal_named_by_its_term_stays_apart() -> None:
    text = ("Sáng 12-8, Đảng bộ huyện Nam Đàn khai mạc Đại hội Đảng bộ huyện lần thứ XXIX. Đại hội Đại biểu lần thứ "
            "XXVIII, nhiệm kỳ 2015-2020 đã đề ra 20 chỉ tiêu.")
    assert len(events_of(text)) == 2
