"""The catalogue of central documents: the data file, lookups by symbol, terms from dates."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from graph.catalogue import DATA, Catalogue, default_catalogue, symbol_key, term_of
from tests.conftest import ROOT

HEADER = "\t".join(
    ["symbol", "doc_type", "number", "date", "issuer", "term", "plenum", "title", "source_url"])


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return default_catalogue()


def test_every_row_is_loaded_with_its_source(catalogue):
    assert len(catalogue) > 263  # the shared catalogue had 263 rows; this one adds what public pages name
    assert all(e.source_url.startswith(("http://", "https://")) for e in catalogue.entries)
    assert all(e.issuer in ("Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư") for e in catalogue.entries)


def test_a_symbol_names_one_document_per_term(catalogue):
    found = catalogue.lookup("18-NQ/TW")
    assert [(e.date, e.term) for e in found] == [("2017-10-25", "XII"), ("2022-06-16", "XIII")]
    assert "đất" in found[1].title and found[0].plenum == 6


def test_lookup_forgives_spelling(catalogue):
    assert [e.date for e in catalogue.lookup("35 - NQ/TW")] == ["2018-10-22"]
    assert [e.date for e in catalogue.lookup("5-CT/TW")] == ["2016-05-15", "2021-06-23"]


@pytest.mark.parametrize("symbol, dates", [
    ("70-KL/TW", ["2024-01-31"]),
    ("59-NQ/TW", ["2020-08-05", "2025-01-24"]),
    ("28-NQ/TW", ["2003-06-16", "2008-09-22", "2018-05-23"]),
    ("06-CT/TW", ["2002-01-22", "2006-11-07"]),
    ("17-CT/TW", ["2002-10-23", "2018-01-04", "2022-10-21"]),
    ("22-CT/TW", ["2003-02-24", "2008-06-05", "2018-01-23", "2023-05-25"]),
    ("23-QĐ/TW", ["2006-10-31", "2021-07-30"]),
])
def test_numbers_restart_every_term(catalogue, symbol, dates):
    """The same symbol names another document in another term; the catalogue keeps each of them."""
    found = [e.date for e in catalogue.lookup(symbol)]
    assert all(d in found for d in dates)
    assert len({e.term for e in catalogue.lookup(symbol)}) == len(found)  # one per term


def test_qd_and_qdi_are_one_family(catalogue):
    assert [e.symbol for e in catalogue.lookup("08-QĐ/TW")] == ["08-QĐi/TW"]
    assert [e.symbol for e in catalogue.lookup("08-QĐi/TW")] == ["08-QĐi/TW"]
    assert symbol_key("37-QĐi/TW") == symbol_key("37-QĐ/TW")


def test_personnel_decisions_are_a_series_of_their_own(catalogue):
    """Decisions on posts and people are numbered QĐNS, apart from the QĐ series of rules and decisions."""
    assert [(e.symbol, e.date) for e in catalogue.lookup("05-QĐNS/TW")] == [("05-QĐNS/TW", "2026-01-30")]
    assert all(e.symbol != "05-QĐNS/TW" for e in catalogue.lookup("05-QĐ/TW"))
    assert symbol_key("5-QĐNS/TW") != symbol_key("5-QĐ/TW")


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


# Rows whose date breaks the numbering order of their series; kept because a source states them,
# listed so that the check below still catches a wrong date or term on any other row.
OUT_OF_ORDER = {("12-KL/TW", "2022-04-06")}


def test_numbers_rise_with_dates_within_a_term(catalogue):
    """Each series (NQ, KL, CT, QĐ, QĐi, ... of one term) is numbered in the order of issue. A row
    dated more than a month before a lower number of its own series has a wrong date or term."""
    series: dict[tuple[str, str], list] = {}
    for e in catalogue.entries:
        if (e.symbol, e.date) not in OUT_OF_ORDER:
            series.setdefault((e.symbol.split("-", 1)[1], e.term), []).append(e)
    late = []
    for entries in series.values():
        entries.sort(key=lambda e: int(e.number))
        for lower, higher in zip(entries, entries[1:], strict=False):
            if (date.fromisoformat(lower.date) - date.fromisoformat(higher.date)).days > 31:
                late.append((lower.symbol, lower.date, higher.symbol, higher.date))
    assert late == []


def _build(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "build_catalogue.py"), *map(str, args)],
                          capture_output=True, text=True)


def test_the_project_catalogue_passes_the_build_checks():
    """NFC, Đ as U+0110, term matching the date, allowed issuers and types, symbol matching number and
    type, unique (symbol, date), an http(s) source per row, sorted by date: the file as shipped."""
    done = _build("--check")
    assert done.returncode == 0, done.stderr
    assert f"{len(default_catalogue())} rows checked" in done.stderr


def test_the_catalogue_ships_inside_the_loaders_package():
    packaged = resources.files("loaders") / "data" / "central-documents.tsv"
    assert packaged.is_file() and Path(str(packaged)) == DATA
    assert not list(ROOT.glob("graph/**/central*documents*"))  # one file, read by loaders and graph alike


def test_build_script_merges_new_rows_in_date_order(tmp_path):
    copy = tmp_path / "catalogue.tsv"
    copy.write_bytes(DATA.read_bytes())
    new = tmp_path / "new.tsv"
    new.write_text(HEADER + "\n" + "\t".join([
        "999-KL/TW", "Kết luận", "999", "2019-03-04", "Ban Bí thư", "XII", "", "một việc thử nghiệm",
        "https://example.org/ket-luan-999"]) + "\n", encoding="utf-8")
    done = _build(new, "--catalogue", copy)
    assert done.returncode == 0, done.stderr
    merged = Catalogue.load(copy)
    assert len(merged) == len(default_catalogue()) + 1
    assert [(e.date, e.issuer) for e in merged.lookup("999-KL/TW")] == [("2019-03-04", "Ban Bí thư")]
    dates = [line.split("\t")[3] for line in copy.read_text(encoding="utf-8").splitlines()[1:]]
    assert dates == sorted(dates)
    assert _build(new, "--catalogue", copy).stderr.count("0 new, 0 replaced") == 1  # merging twice adds nothing


@pytest.mark.parametrize("change, message", [
    (lambda r: r.replace("\tIX\t", "\tXII\t", 1), "term XII does not match"),
    (lambda r: r.replace("\tBộ Chính trị\t", "\tTỉnh ủy\t", 1), "unknown issuer"),
    (lambda r: r.replace("https://", "www.", 1), "bad source_url"),
    (lambda r: r.replace("Đ", "\u00d0", 1), "Ð (U+00D0)"),
    (lambda r: r.replace("14-QĐ/TW", "15-QĐ/TW", 1), "does not match number 14"),
])
def test_build_script_refuses_a_bad_row(tmp_path, change, message):
    copy = tmp_path / "catalogue.tsv"
    copy.write_bytes(DATA.read_bytes())
    lines = DATA.read_text(encoding="utf-8").splitlines()
    row = next(line for line in lines if line.startswith("14-QĐ/TW\t"))  # the row each change edits
    new = tmp_path / "bad.tsv"
    new.write_text(HEADER + "\n" + change(row) + "\n", encoding="utf-8")
    done = _build(new, "--catalogue", copy)
    assert done.returncode == 1 and message in done.stderr, done.stderr
    assert copy.read_bytes() == DATA.read_bytes()  # nothing written


def test_build_script_refuses_a_duplicate_symbol_and_date(tmp_path):
    lines = DATA.read_text(encoding="utf-8").splitlines()
    copy = tmp_path / "catalogue.tsv"
    copy.write_text("\n".join(lines[:2] + lines[1:]) + "\n", encoding="utf-8")
    done = _build("--check", "--catalogue", copy)
    assert done.returncode == 1 and "duplicate (symbol, date)" in done.stderr
