"""The catalogue of central documents: the data file, lookups by symbol, terms from dates."""

from __future__ import annotations

import subprocess
import sys

import pytest

from graph.catalogue import DATA, Catalogue, default_catalogue, symbol_key, term_of
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return default_catalogue()


def test_every_row_is_loaded_with_its_source(catalogue):
    assert len(catalogue) == 263
    assert all(e.source_url.startswith(("http://", "https://")) for e in catalogue.entries)
    assert all(e.issuer in ("Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư") for e in catalogue.entries)


def test_a_symbol_names_one_document_per_term(catalogue):
    found = catalogue.lookup("18-NQ/TW")
    assert [(e.date, e.term) for e in found] == [("2017-10-25", "XII"), ("2022-06-16", "XIII")]
    assert "đất" in found[1].title and found[0].plenum == 6


def test_lookup_forgives_spelling(catalogue):
    assert [e.date for e in catalogue.lookup("35 - NQ/TW")] == ["2018-10-22"]
    assert [e.date for e in catalogue.lookup("5-CT/TW")] == ["2016-05-15"]


def test_qd_and_qdi_are_one_family(catalogue):
    assert [e.symbol for e in catalogue.lookup("08-QĐ/TW")] == ["08-QĐi/TW"]
    assert [e.symbol for e in catalogue.lookup("08-QĐi/TW")] == ["08-QĐi/TW"]
    assert symbol_key("37-QĐi/TW") == symbol_key("37-QĐ/TW")


def test_unknown_symbols_have_no_candidates(catalogue):
    assert catalogue.lookup("02-NQ/TU") == []
    assert catalogue.lookup("999-NQ/TW") == []
    assert catalogue.find("18-NQ/TW", "2022-06-16").title.startswith("tiếp tục đổi mới")
    assert catalogue.knows("57-NQ/TW", "2024-12-22") and not catalogue.knows("57-NQ/TW", "2020-01-01")


@pytest.mark.parametrize("date, term", [
    ("2001-11-16", "IX"), ("2006-04-24", "IX"), ("2006-04-25", "X"), ("2011-01-19", "XI"),
    ("2016-01-27", "XI"), ("2016-01-28", "XII"), ("2021-02-01", "XIII"), ("2026-01-22", "XIII"),
    ("2026-01-23", "XIV"), ("1999-02-02", None), ("--10-22", None), (None, None),
])
def test_term_from_date(date, term):
    assert term_of(date) == term


def test_every_row_term_matches_its_date(catalogue):
    assert all(term_of(e.date) == e.term for e in catalogue.entries)


def test_build_script_validates_and_reproduces_the_data_file(tmp_path):
    out = tmp_path / "central_documents.tsv"
    source = ROOT / "loaders" / "data" / "central-documents.tsv"
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_catalogue.py"), str(source), "-o", str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == DATA.read_bytes()


def test_build_script_refuses_a_bad_row(tmp_path):
    good = DATA.read_text(encoding="utf-8").splitlines()
    bad = good[:2] + [good[2].replace("\tIX\t", "\tXII\t", 1)] + good[3:]
    source = tmp_path / "bad.tsv"
    source.write_text("\n".join(bad) + "\n", encoding="utf-8")
    out = tmp_path / "out.tsv"
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_catalogue.py"), str(source), "-o", str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 1 and "term XII does not match" in done.stderr
    assert not out.exists()
