"""Central Party documents on pages the engine was not tuned on (issue 12, item 5): English-language party
pages that name a document by number and issuer, or its term as "the 13th Central Executive Committee", or its
year as "issued in 2012"; Vietnamese pages that print the body's name in lower case ("Bộ chính trị"); and the
catalogue's own consistency. Each sentence is written for this file; each asserts what a reader of the page would
check: which document the mention means, and what the page does with it.
"""

from __future__ import annotations

from collections import Counter

import pytest

from graph.catalogue import TYPE_CODES, default_catalogue, term_of
from tests.test_refs_unseen import annotated, refs_of


def resolved(text: str) -> list[tuple[str, str | None, str | None]]:
    """(symbol, resolved date, relation) of each reference `citegraph extract` gives for a page of `text`."""
    return [(r.symbol, r.resolved_date, r.relation) for r in annotated(text).references]


# ------------------------------------------------------------------ English: number-only mentions with the issuer


def test_an_english_conclusion_and_directive_named_by_number_date_and_the_politburo():
    text = ("Police units studied Conclusion No. 132 of the Politburo dated March 18, 2025, which follows up "
            "Directive No. 36 of the Politburo dated August 16, 2019.")
    refs = refs_of(text)
    assert [(r.surface, r.symbol, r.date, r.short_form) for r in refs] == [
        ("Conclusion No. 132", "132-KL/TW", "2025-03-18", True),
        ("Directive No. 36", "36-CT/TW", "2019-08-16", True)]
    assert [(s, d) for s, d, _ in resolved(text)] == [("132-KL/TW", "2025-03-18"), ("36-CT/TW", "2019-08-16")]


def test_disseminating_a_conclusion_is_implementing_it():
    text = "Party cells were told to disseminate Conclusion No. 132 of the Politburo before the end of April."
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("132-KL/TW", "implements")]


@pytest.mark.parametrize("text, symbol", [
    ("Experts are reviewing the implementation of Directive No. 05-CT/TW in schools.", "05-CT/TW"),
    ("Delegates gathered to evaluate five years of implementing Directive No. 05-CT/TW in the district.",
     "05-CT/TW"),
    ("The Party Committee will summarise 10 years of implementation of Resolution No. 36-NQ/TW next month.",
     "36-NQ/TW"),
])
def test_reviewing_the_implementation_of_a_document_is_a_review(text, symbol):
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [(symbol, "reviews")]


def test_implementing_in_the_third_person_is_still_implementing():
    text = "The district implements Resolution No. 18 of the 13th Party Central Committee on land use."
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("18-NQ/TW", "implements")]


def test_a_plenums_resolution_in_english_is_no_numbered_document():
    """'Resolution 4 of the 12th Central Committee' is the fourth plenum's resolution (Nghị quyết Trung ương 4); a
    numbered one prints 'No.'; the Politburo holds no plenums, so its number stands."""
    plenum = "Cadres of the ward learnt Resolution 4 of the 12th Central Committee last winter."
    assert refs_of(plenum) == []
    numbered = "Cadres of the ward learnt Resolution No. 4 of the 12th Central Committee last winter."
    assert [r.symbol for r in refs_of(numbered)] == ["4-NQ/TW"]
    politburo = "The district studied Resolution 57 of the Politburo with all its cadres."
    assert [r.symbol for r in refs_of(politburo)] == ["57-NQ/TW"]


def test_another_bodys_central_committee_makes_no_party_symbol():
    text = "Resolution No. 5 of the Vietnam Fatherland Front Central Committee was adopted last week."
    assert all(r.symbol != "5-NQ/TW" for r in refs_of(text))


# ------------------------------------------------------------------ English: the term and the year of a shared symbol


@pytest.mark.parametrize("text, date", [
    ("Officials discussed Resolution 18-NQ/TW by the 13th Central Executive Committee on land.", "2022-06-16"),
    ("Officials discussed Resolution 18-NQ/TW by the 12th Central Executive Committee on the apparatus.",
     "2017-10-25"),
    ("Officials discussed Resolution No. 18-NQ/TW issued by the 12th Party Central Committee on the apparatus.",
     "2017-10-25"),
    ("Officials discussed Resolution No.18-NQ/TW issued in 2017 on the apparatus.", "2017-10-25"),
])
def test_the_term_or_year_an_english_page_prints_picks_the_document(text, date):
    assert [(s, d) for s, d, _ in resolved(text)] == [("18-NQ/TW", date)]


@pytest.mark.parametrize("text, date", [
    ("Resolution 26-NQ/TW adopted at the 7th plenum of the 12th Party Central Committee on cadres was reviewed.",
     "2018-05-19"),
    ("Resolution No. 26-NQ/TW, approved by the 10th Party Central Committee, guides farm policy.", "2008-08-05"),
    ("Resolution No. 26-NQ/TW passed at the 7th plenum guides the work.", None),  # plenum 7 of two terms
])
def test_a_verb_of_adopting_before_the_plenum_or_body_still_lets_their_term_tell(text, date):
    assert [d for _, d, _ in resolved(text)] == [date]


def test_the_term_printed_once_holds_for_every_mention_of_the_symbol():
    text = ("The Government Party Committee reviewed Resolution 18-NQ/TW and the 2024 Land Law. Members said "
            "Resolution 18-NQ/TW needs some changes. Adopted by the 13th Central Executive Committee, Resolution "
            "18-NQ/TW by the 13th Central Executive Committee stays the basis for land policy.")
    assert [d for _, d, _ in resolved(text)] == ["2022-06-16"] * 3


def test_a_bare_in_year_without_a_verb_of_issuing_is_no_issue_year():
    """'implementing Resolution … in 2012' dates the implementing, not the document: the year tells nothing, and
    the mention resolves as it does without it; after 'issued' the same year is the issue year."""
    bare = "The ward kept implementing Resolution No. 18-NQ/TW in 2018 and 2019."
    without = "The ward kept implementing Resolution No. 18-NQ/TW and 2019."
    assert resolved(bare) == resolved(without)
    issued = "The ward kept implementing Resolution No. 18-NQ/TW issued in 2022 and 2019."
    assert [d for _, d, _ in resolved(issued)] == ["2022-06-16"]


def test_a_day_and_month_after_on_and_a_verb_of_signing_date_the_directive_that_follows():
    """A day and month before a verb of signing, and the issuing body's possessive after it: the day is the
    directive's, and it tells the 2016 directive from the 2021 and 2026 ones of that number."""
    text = ("The Party chief on March 22 signed and issued the Politburo’s Directive No. 01-CT/TW asking every "
            "cell to study the congress documents.")
    refs = refs_of(text)
    assert [(r.symbol, r.date, r.issuer) for r in refs] == [("01-CT/TW", "--03-22", "the Politburo")]
    assert [(s, d) for s, d, _ in resolved(text)] == [("01-CT/TW", "2016-03-22")]


def test_a_month_and_day_without_on_or_dated_is_no_date():
    text = "Directive No. 01-CT/TW was read again; March 22 is a holiday for the unit."
    assert [r.date for r in refs_of(text)] == [None]


@pytest.mark.parametrize("term", ["congresses of the 2025 - 2030 term", "the term 2025-2030"])
def test_an_english_party_term_names_the_congress_a_directive_prepares(term):
    """Directive 45 names four directives; the one for the congresses of the 2025 - 2030 term prepares the 14th."""
    text = f"Cells kept carrying out Directive No. 45 of the Politburo while getting ready for {term}."
    assert [(s, d) for s, d, _ in resolved(text)] == [("45-CT/TW", "2025-04-14")]


def test_an_english_term_in_brackets_lets_the_date_after_it_be_read():
    text = "The school kept Directive 05-CT/TW of the Politburo (term XII) dated 15/5/2016 on its notice board."
    assert [(r.symbol, r.term, r.date) for r in refs_of(text)] == [("05-CT/TW", "XII", "2016-05-15")]


def test_a_provincial_committee_named_in_english_is_the_issuer_its_date_follows():
    text = ("The review covers Directive 07-CT/TU of the Provincial Party Standing Committee dated 2/4/2019 and "
            "Plan No. 45/KH-UBND of the Provincial People's Committee dated May 6, 2023.")
    assert [(r.symbol, r.date) for r in refs_of(text)] == [("07-CT/TU", "2019-04-02"), ("45/KH-UBND", "2023-05-06")]


# ------------------------------------------------------------------ Vietnamese: the body's name in lower case


def test_a_number_only_resolution_of_the_politburo_printed_in_lower_case():
    text = "Chi bộ học tập Nghị quyết 23 của Bộ chính trị khóa X về văn học, nghệ thuật."
    refs = refs_of(text)
    assert [(r.surface, r.symbol, r.term) for r in refs] == [("Nghị quyết 23", "23-NQ/TW", "X")]
    assert [(s, d) for s, d, _ in resolved(text)] == [("23-NQ/TW", "2008-06-16")]


def test_a_number_only_directive_of_the_secretariat_printed_in_lower_case_is_told_by_its_title():
    """20-CT/TW names a directive of 2012 and one of 2022; the title words name the later one."""
    text = ("Sở Lao động tham mưu thực hiện Chỉ thị 20 của Ban bí thư về tăng cường sự lãnh đạo của Đảng đối với "
            "công tác đưa người lao động Việt Nam đi làm ở nước ngoài.")
    assert [(s, d) for s, d, _ in resolved(text)] == [("20-CT/TW", "2022-12-12")]


# ------------------------------------------------------------------ the catalogue's own consistency

# (symbol, term) pairs public sources state twice; each is listed so that any other repeat fails below.
SAME_TERM_TWICE = {("12-KL/TW", "XIII")}


def test_a_symbol_names_one_document_per_term_in_the_whole_catalogue():
    counts = Counter((e.symbol, e.term) for e in default_catalogue().entries)
    assert {pair for pair, n in counts.items() if n > 1} == SAME_TERM_TWICE


def test_every_row_is_dated_inside_its_term_and_typed_by_its_code():
    for e in default_catalogue().entries:
        assert term_of(e.date) == e.term, e
        code = e.symbol.split("-", 1)[1].split("/")[0]
        assert code in TYPE_CODES[e.doc_type], e
        assert e.symbol.split("-")[0].lstrip("0") == e.number.lstrip("0"), e


def test_the_added_directive_sits_beside_the_older_one_of_its_number():
    assert [(e.date, e.term) for e in default_catalogue().lookup("20-CT/TW")] == [
        ("2012-11-05", "XI"), ("2022-12-12", "XIII")]
