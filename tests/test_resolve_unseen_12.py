"""Resolution choices that pages the engine was not tuned on need (issue 12, item 5).

Each test gives a symbol that several central documents share and a text where exactly one clue tells them apart:
the one term of the central bodies the text names, title words in the mention's own sentence (before it too), the
years of implementation a review counts against the citing date, and the term another mention of the symbol
states. Without that clue the same text resolves otherwise (the latest document before the citing date, or a
stub), which each test checks too. The catalogue below states the documents as the project's catalogue does.
"""

from __future__ import annotations

import pytest

from graph.catalogue import Catalogue, CatalogueEntry
from graph.resolve import central_terms, explain
from loaders.model import Reference
from loaders.text import fold
from tests.test_resolve import article, mention

BCH, BCT = "Ban Chấp hành Trung ương", "Bộ Chính trị"


def _entry(symbol: str, date: str, issuer: str, term: str, plenum: int | None, title: str) -> CatalogueEntry:
    return CatalogueEntry(symbol, "Nghị quyết", symbol.split("-")[0], date, issuer, term, plenum, title, "")


CATALOGUE = Catalogue([
    _entry("19-NQ/TW", "2017-10-25", BCH, "XII", 6, "tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất "
           "lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập"),
    _entry("19-NQ/TW", "2022-06-16", BCH, "XIII", 5, "nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến "
           "năm 2045"),
    _entry("26-NQ/TW", "2013-07-30", BCT, "XI", None, "phương hướng, nhiệm vụ phát triển tỉnh Nghệ An đến năm 2020"),
    _entry("26-NQ/TW", "2018-05-19", BCH, "XII", 7, "tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến "
           "lược, đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ"),
    _entry("26-NQ/TW", "2022-11-03", BCT, "XIII", None, "phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh "
           "vùng Bắc Trung Bộ và duyên hải Trung Bộ đến năm 2030, tầm nhìn đến năm 2045"),
    _entry("13-NQ/TW", "2002-03-18", BCH, "IX", 5, "tiếp tục đổi mới, phát triển, nâng cao hiệu quả kinh tế tập thể"),
    _entry("13-NQ/TW", "2012-01-16", BCH, "XI", 4, "xây dựng hệ thống kết cấu hạ tầng đồng bộ nhằm đưa nước ta cơ "
           "bản trở thành nước công nghiệp theo hướng hiện đại vào năm 2020"),
    _entry("13-NQ/TW", "2022-04-02", BCT, "XIII", None, "phương hướng phát triển kinh tế - xã hội, bảo đảm quốc "
           "phòng, an ninh vùng đồng bằng sông Cửu Long đến năm 2030, tầm nhìn đến năm 2045"),
    CatalogueEntry("05-CT/TW", "Chỉ thị", "05", "2016-05-15", BCT, "XII", None, "đẩy mạnh học tập và làm theo tư "
                   "tưởng, đạo đức, phong cách Hồ Chí Minh", ""),
    CatalogueEntry("05-CT/TW", "Chỉ thị", "05", "2021-06-23", "Ban Bí thư", "XIII", None, "tăng cường sự lãnh đạo "
                   "của Đảng đối với công tác giảm nghèo bền vững đến năm 2030", ""),
    _entry("15-NQ/TW", "2002-03-18", BCH, "IX", 5, "đẩy nhanh công nghiệp hoá, hiện đại hoá nông nghiệp, nông thôn "
           "thời kỳ 2001 - 2010"),
    _entry("15-NQ/TW", "2022-05-05", BCT, "XIII", None, "phương hướng, nhiệm vụ phát triển Thủ đô Hà Nội đến năm "
           "2030, tầm nhìn đến năm 2045"),
])


def resolve_all(text: str, refs: list[Reference], citing: str | None = None) -> list[tuple[str | None, str]]:
    """(resolved date, reason) of each mention, cited by a page of date `citing` (None: the page has no date)."""
    return [(why.date, why.evidence) for why in explain(article(text, refs, date=citing), CATALOGUE)]


def one(text: str, surface: str, symbol: str, citing: str | None = None, **fields) -> tuple[str | None, str]:
    return resolve_all(text, [mention(text, surface, symbol, **fields)], citing)[0]


# ------------------------------------------------------------------ what each page says when nothing else does


@pytest.mark.parametrize(("citing", "printed", "expected"), [
    ("2020-05-04", "", "2017-10-25"),  # the page's own date: the latest document issued before it
    ("2023-05-04", "", "2022-06-16"),
    (None, " Kế hoạch ban hành ngày 2/3/2019.", "2017-10-25"),  # no own date: the latest date the text prints
    (None, "", None),  # no date at all and no clue: a stub, not a guess
])
def test_the_citing_date_decides_a_bare_mention(citing, printed, expected):
    text = "Chi bộ tổ chức học tập Nghị quyết số 19-NQ/TW cho đảng viên." + printed
    assert one(text, "Nghị quyết số 19-NQ/TW", "19-NQ/TW", citing)[0] == expected


def test_the_issuer_named_at_the_mention_picks_its_document_against_the_citing_date():
    text = "Đảng ủy quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị tới toàn thể đảng viên."
    date, why = one(text, "Chỉ thị số 05-CT/TW", "05-CT/TW", "2024-03-01", issuer=BCT)
    assert (date, why) == ("2016-05-15", "issued by Bộ Chính trị")
    text = "Đảng ủy quán triệt Chỉ thị số 05-CT/TW tới toàn thể đảng viên."
    assert one(text, "Chỉ thị số 05-CT/TW", "05-CT/TW", "2024-03-01")[0] == "2021-06-23"


def test_title_words_after_the_mention_beat_the_citing_date():
    text = "Huyện sơ kết Chỉ thị số 05-CT/TW về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."
    date, why = one(text, "Chỉ thị số 05-CT/TW", "05-CT/TW", "2024-03-01")
    assert date == "2016-05-15" and why.startswith("title words next to the mention")


# ------------------------------------------------------------------ the one central term the text names


def test_an_english_page_that_names_its_plenum_term_once_dates_its_bare_resolutions():
    text = ("Ky Anh town studies the resolutions of the 6th plenum of the 12th Party Central Committee.\n"
            "Officials discussed Resolution No. 19-NQ/TW, which reorganises public service units, and the plan "
            "to carry it out.")
    date, why = one(text, "Resolution No. 19-NQ/TW", "19-NQ/TW")
    assert date == "2017-10-25"
    assert why == "khóa XII, the one term of the central bodies the text names"
    # the same page without its headline: no date, no term, nothing tells
    body = text.split("\n", 1)[1]
    assert one(body, "Resolution No. 19-NQ/TW", "19-NQ/TW") == (None, "nothing tells which document")


def test_a_plenum_and_term_named_in_another_sentence_date_a_bare_mention():
    text = ("Hội nghị Trung ương 6 khóa XII đã thông qua các nghị quyết quan trọng. "
            "Sáng nay, Đảng ủy xã tổ chức học tập Nghị quyết số 19-NQ/TW cho đảng viên các chi bộ.")
    assert one(text, "Nghị quyết số 19-NQ/TW", "19-NQ/TW")[0] == "2017-10-25"


def test_a_term_another_mention_states_is_not_the_texts_term():
    text = ("Tỉnh quán triệt Nghị quyết số 19-NQ/TW cho cán bộ chủ chốt. Kế hoạch cũng nhắc lại "
            "Nghị quyết số 26-NQ/TW của Ban Chấp hành Trung ương khóa XII về cán bộ.")
    refs = [mention(text, "Nghị quyết số 19-NQ/TW", "19-NQ/TW"),
            mention(text, "Nghị quyết số 26-NQ/TW", "26-NQ/TW", issuer=BCH, term="XII")]
    assert [d for d, _ in resolve_all(text, refs, "2023-05-04")] == ["2022-06-16", "2018-05-19"]


def test_two_central_terms_in_one_text_tell_nothing():
    text = ("Sau Hội nghị Trung ương 6 khóa XII và Hội nghị Trung ương 5 khóa XIII, Đảng ủy xã tổ chức học tập "
            "Nghị quyết số 19-NQ/TW cho đảng viên.")
    assert one(text, "Nghị quyết số 19-NQ/TW", "19-NQ/TW")[0] is None


def test_a_members_term_dates_a_person_not_a_document():
    text = ("Đồng chí Lê Văn Tâm, Ủy viên Trung ương Đảng khóa XII, dự và phát biểu. "
            "Đảng ủy xã tổ chức học tập Nghị quyết số 19-NQ/TW cho đảng viên các chi bộ.")
    assert central_terms(fold(text)) == set()
    assert one(text, "Nghị quyết số 19-NQ/TW", "19-NQ/TW")[0] is None
    for title in ("Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII", "Bí thư Trung ương Đảng khoá XIII",
                  "Ủy viên dự khuyết Trung ương Đảng khóa XII", "nguyên Ủy viên Bộ Chính trị khóa XI"):
        assert central_terms(fold(f"Đồng chí Hoàng Minh Quân, {title}, phát biểu.")) == set()


def test_central_terms_are_read_in_both_languages_and_a_local_term_is_not_one():
    assert central_terms(fold("Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng (khóa XIII)")) == {"XIII"}
    assert central_terms(fold("kết luận của Bộ Chính trị khoá XI")) == {"XI"}
    assert central_terms(fold("the 13th Central Committee; Resolution 5 (term XIII)")) == {"XIII"}
    assert central_terms(fold("Ban Chấp hành Đảng bộ tỉnh khóa XVII; HĐND tỉnh khóa XVIII")) == set()


# ------------------------------------------------------------------ title words in the mention's own sentence


def test_title_words_before_the_mention_in_its_sentence_name_the_document():
    text = ("Sửa đổi quy chế đánh giá đội ngũ cán bộ cấp chiến lược theo Nghị quyết số 26-NQ/TW.\n\n"
            "Văn bản hướng dẫn ban hành ngày 12/3/2017.")
    date, why = one(text, "Nghị quyết số 26-NQ/TW", "26-NQ/TW")
    assert date == "2018-05-19"
    assert why.startswith("title words in the mention's sentence")
    # the same page without those words: the latest document before the date the text prints
    plain = text.replace("đánh giá đội ngũ cán bộ cấp chiến lược", "đánh giá công chức")
    assert one(plain, "Nghị quyết số 26-NQ/TW", "26-NQ/TW")[0] == "2013-07-30"


def test_one_shared_word_pair_in_the_sentence_is_not_enough():
    text = "Huyện rà soát cán bộ theo Nghị quyết số 26-NQ/TW.\n\nVăn bản hướng dẫn ban hành ngày 12/3/2017."
    assert one(text, "Nghị quyết số 26-NQ/TW", "26-NQ/TW")[0] == "2013-07-30"


def test_a_sentence_clue_gives_way_to_the_issuer_and_the_text_title():
    text = ("Nghị quyết số 26-NQ/TW của Bộ Chính trị về phát triển tỉnh Nghệ An được quán triệt. "
            "Cán bộ chủ chốt xây dựng kế hoạch tập trung triển khai Nghị quyết số 26-NQ/TW tới đảng viên.")
    refs = [mention(text, "Nghị quyết số 26-NQ/TW", "26-NQ/TW", issuer=BCT),
            mention(text, "Nghị quyết số 26-NQ/TW", "26-NQ/TW", nth=1)]
    assert [d for d, _ in resolve_all(text, refs, "2014-05-01")] == ["2013-07-30", "2013-07-30"]


# ------------------------------------------------------------------ "N năm thực hiện" against the citing date


@pytest.mark.parametrize(("citing", "expected"), [
    ("2022-10-01", "2002-03-18"),  # twenty years before the page
    ("2032-10-01", "2012-01-16"),
])
def test_years_of_implementation_count_back_from_the_citing_date(citing, expected):
    text = "Các sở, ngành báo cáo kết quả 20 năm thực hiện Nghị quyết số 13-NQ/TW trong tháng này."
    date, why = one(text, "Nghị quyết số 13-NQ/TW", "13-NQ/TW", citing)
    assert (date, why) == (expected, "20 năm thực hiện")


def test_without_the_count_of_years_the_latest_before_the_page_is_taken():
    text = "Các sở, ngành báo cáo kết quả thực hiện Nghị quyết số 13-NQ/TW trong tháng này."
    assert one(text, "Nghị quyết số 13-NQ/TW", "13-NQ/TW", "2022-10-01")[0] == "2022-04-02"


def test_years_of_implementation_with_only_a_date_the_text_prints():
    # the page has no date of its own; it was written after 5/3/2023, and no page is written in the future
    text = "Ngày 5/3/2023, tỉnh sơ kết, đánh giá sau 10 năm thực hiện Nghị quyết số 13-NQ/TW trên địa bàn."
    assert one(text, "Nghị quyết số 13-NQ/TW", "13-NQ/TW")[0] == "2012-01-16"


# ------------------------------------------------------------------ the term another mention states


def test_the_term_of_another_mention_speaks_for_a_mention_that_states_none():
    text = ("Qua mười năm triển khai Nghị quyết 15-NQ/TW của Bộ Chính trị, đường làng đã được bê tông hóa. "
            "Huyện ủy đề nghị bám sát Nghị quyết 15-NQ/TW của Bộ Chính trị (khóa IX) khi lập kế hoạch năm tới.")
    refs = [mention(text, "Nghị quyết 15-NQ/TW", "15-NQ/TW", issuer=BCT),
            mention(text, "Nghị quyết 15-NQ/TW", "15-NQ/TW", nth=1, issuer=BCT, term="IX")]
    dates = resolve_all(text, refs, "2012-01-06")
    assert [d for d, _ in dates] == ["2002-03-18", "2002-03-18"]
    assert "khóa IX at another mention in the text" in dates[0][1]


def test_a_term_no_candidate_has_at_another_mention_leaves_a_stub_not_a_guess():
    text = ("Qua mười năm triển khai Nghị quyết 15-NQ/TW của Bộ Chính trị, đường làng đã được bê tông hóa. "
            "Huyện ủy đề nghị bám sát Nghị quyết 15-NQ/TW của Bộ Chính trị (khóa VIII) khi lập kế hoạch năm tới.")
    refs = [mention(text, "Nghị quyết 15-NQ/TW", "15-NQ/TW", issuer=BCT),
            mention(text, "Nghị quyết 15-NQ/TW", "15-NQ/TW", nth=1, issuer=BCT, term="VIII")]
    assert [d for d, _ in resolve_all(text, refs, "2012-01-06")] == [None, None]
