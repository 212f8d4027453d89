"""The grammar tables (loaders/data/*.tsv): complete, sourced, and what each kind of row does."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from loaders import grammar as g
from loaders.references import find_references

DATA = Path(g.__file__).resolve().parent / "data"
TABLES = ("document_types.tsv", "issuers.tsv", "issuer_parts.tsv", "type_words.tsv", "relation_cues.tsv")


def rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


@pytest.mark.parametrize("name", TABLES)
def test_every_row_is_complete_and_says_where_it_comes_from(name):
    table = rows(name)
    assert table
    source = "note" if name == "relation_cues.tsv" else "source"
    for row in table:
        assert None not in row.values(), row  # no row with fewer or more columns than the header
        assert row[source].strip(), row


def test_codes_are_unique_within_a_family():
    for name, key in (("document_types.tsv", ("code", "family")), ("issuers.tsv", ("code",))):
        keys = [tuple(r[k] for k in key) for r in rows(name)]
        assert len(keys) == len(set(keys)), name


def test_levels_and_families_are_known_values():
    assert {r["level"] for r in rows("issuers.tsv")} <= {"central", "local", "either"}
    assert {r["family"] for r in rows("issuers.tsv")} <= {"party", "state", "unit"}
    assert {r["family"] for r in rows("document_types.tsv")} <= {"party", "state"}
    assert {r["relation"] for r in rows("relation_cues.tsv")} <= {
        "implements", "continues", "reviews", "basis", "replaces", "amends", "repeals", "guides", "corrects",
        "none"}  # "none": words that name a document without acting on it ("so với", "khác với")


def test_the_clerical_rules_type_codes_are_all_there():
    # Nghị định 30/2020/NĐ-CP, Phụ lục III: every administrative type and copy code.
    for code in ("NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr",
                 "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "SY", "TrS", "SL"):
        assert code in g.STATE_TYPES, code
    # the Party's (Hướng dẫn 36-HD/VPTW): QĐi for quy định, TT for thông tri, CV for công văn
    for code in ("NQ", "QĐ", "CT", "KL", "QC", "QĐi", "TT", "HD", "BC", "KH", "CTr", "TB", "TC", "TTr", "ĐA", "PA",
                 "CV", "BB"):
        assert code in g.PARTY_TYPES, code
    assert {"NĐ", "TT", "TTLT", "VBHN"} <= set(g.STATE_TYPES)


@pytest.mark.parametrize("code, level", [
    ("TW", "central"), ("BTGDVTW", "central"), ("TU", "local"), ("BTGTU", "local"), ("UBKTHU", "local"),
    ("BCSĐ", "either"), ("ĐĐ", "either"), ("CP", "central"), ("BNNMT", "central"), ("UBND", "local"),
    ("HĐND", "local"), ("CTUBND", "local"), ("SNNMT", "local"), ("SGDDT", "local"), ("UBTVQH", "central"),
])
def test_issuer_levels(code, level):
    assert g.issuer_level(code) == level


@pytest.mark.parametrize("symbol, level", [
    ("07-NQ/TU", "local"), ("41-NQ/TW", "central"), ("3178/QĐ-UBND", "local"), ("31/2017/NĐ-CP", "central"),
    ("2218/UBND-NL", "local"), ("112/BC-STP", "local"), ("12-NQ/BCSĐ", "either"), ("46/2019/QH14", "central"),
])
def test_symbol_levels(symbol, level):
    assert g.symbol_level(symbol) == level


@pytest.mark.parametrize("printed, canonical", [
    ("nd", "NĐ"), ("QDI", "QĐi"), ("BGDDT", "BGDĐT"), ("DA", "DA"), ("TTG", "TTg"), ("thu", "ThU"), ("tw", "TW"),
])
def test_ascii_and_odd_case_codes_are_canonical(printed, canonical):
    assert g.canonical_code(printed) == canonical


def test_a_cue_row_is_a_relation():
    text = "Căn cứ Quyết định số 3178/QĐ-UBND; quy định chi tiết Nghị định số 31/2017/NĐ-CP"
    assert [r.relation for r in find_references(text).references] == ["basis", "guides"]


def test_a_type_word_row_makes_a_mention():
    r = find_references("Thực hiện Văn bản hợp nhất số 05/VBHN-BXD ngày 2/3/2020 của Bộ Xây dựng").references[0]
    assert (r.symbol, r.doc_type, r.surface) == ("05/VBHN-BXD", "VBHN", "Văn bản hợp nhất số 05/VBHN-BXD")
