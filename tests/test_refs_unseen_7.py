"""Seventh probe round on text the engine was not tuned on (issue 12): English translations of Vietnamese
documents as government and legal-database pages print them (a possessive between a cue and the document,
dates written "of May 16, 2016", attribute tables with "Official number:" and "Issuing date:"), and the kinds of
Vietnamese text the round found wanting. Each sentence is written for this file; each asserts what a reader
would check."""

from __future__ import annotations

import pytest

from tests.test_refs_unseen import annotated, refs_of

# ------------------------------------------------------------------ English: cue, possessive, object


def test_an_english_possessive_between_the_cue_and_the_document_is_one_word():
    text = "Pursuant to the Ministry's Circular No. 12/2019/TT-BXD of March 4, 2019 on building permits;"
    assert [(r.symbol, r.date, r.relation) for r in refs_of(text)] == [("12/2019/TT-BXD", "2019-03-04", "basis")]


def test_a_curly_possessive_counts_too():
    text = "The decree amends a number of articles of the Government’s Decree No. 15/2018/ND-CP on food safety."
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("15/2018/NĐ-CP", "amends")]


@pytest.mark.parametrize("text, relation", [
    ("The Government issues this Decree to amend Decree No. 45/2018/ND-CP on fisheries.", "amends"),
    ("The Ministry published amendments to Circular No. 08/2021/TT-BYT on drug labels.", "amends"),
    ("The province set out tasks to fully implement Resolution No. 43/NQ-CP on economic recovery.", "implements"),
    ("The Politburo agreed to issue a new regulation on cadres, to replace Regulation No. 105-QD/TW dated "
     "September 19, 2017.", "replaces"),
    ("Ministries shall institutionalize Resolution No. 18-NQ/TW of June 16, 2022 in their land rules.", "implements"),
])
def test_english_cues_of_translated_documents(text, relation):
    assert [r.relation for r in refs_of(text)] == [relation]


def test_a_document_amended_under_a_later_one_in_english_is_amended_by_it():
    text = "Decree No. 22/2019/ND-CP, as amended and supplemented by Decree No. 61/2021/ND-CP, remains in force."
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("22/2019/NĐ-CP", None), ("61/2021/NĐ-CP", "amends")]


# ------------------------------------------------------------------ English: dates before and after


def test_an_english_date_after_of_is_the_issue_date():
    text = "The plan carries out Resolution No. 19/NQ-CP of February 5, 2020 on the business environment."
    assert [r.date for r in refs_of(text)] == ["2020-02-05"]


def test_an_english_date_before_a_verb_of_issuing_is_the_issue_date():
    text = "On April 3, 2018, the Prime Minister issued Directive No. 11/CT-TTg on flood control."
    assert [(r.symbol, r.date) for r in refs_of(text)] == [("11/CT-TTg", "2018-04-03")]


def test_an_english_clause_of_issuing_after_a_comma_takes_no_earlier_cue():
    text = "To implement the plan for the region, on June 2, 2021, the Government adopted Resolution No. 58/NQ-CP."
    assert [(r.date, r.relation) for r in refs_of(text)] == [("2021-06-02", None)]


def test_the_line_that_says_what_promulgated_the_page_borrows_no_cue_from_its_title():
    text = ("The Action Plan to implement Resolution No. 36-NQ/TW of October 22, 2018 on the marine economy\n"
            "(Promulgated together with the Prime Minister's Decision No. 1570/QD-TTg\nof November 21, 2019)")
    assert [(r.symbol, r.relation) for r in refs_of(text)] == [("36-NQ/TW", "implements"), ("1570/QĐ-TTg", None)]


# ------------------------------------------------------------------ English attribute tables of legal databases


@pytest.mark.parametrize("row", [
    "Official number: | 41/2022/TT-BTC | Signer: | Nguyen Van A |",
    "Official number:41/2022/TT-BTCSigner:Nguyen Van A",
])
def test_an_official_number_row_is_the_pages_own_number(row):
    ex = annotated("Circular on public asset accounting\n" + row + "\nIssuing date:18/06/2022Effect status: Known\n")
    assert ex.references == []
    assert (ex.document.symbol, ex.document.date) == ("41/2022/TT-BTC", "2022-06-18")


def test_a_translations_dateline_dates_the_page():
    ex = annotated("THE PRIME MINISTER\nNo. 07/CT-TTg\nHanoi, March 9, 2021\nDIRECTIVE\nOn forest fire prevention")
    assert ex.document.date == "2021-03-09"


def test_a_code_glued_to_the_next_capitalised_label_ends_before_it():
    refs = refs_of("Xem Nghị quyết 70/NQ-CPSigner trong bảng.")
    assert [(r.surface, r.symbol) for r in refs] == [("Nghị quyết 70/NQ-CP", "70/NQ-CP")]
