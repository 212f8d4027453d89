"""`citegraph report SYMBOL -o FILE.xlsx`: the workbook staff hand on, read back with openpyxl."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from graph.embedded_store import EmbeddedStore
from graph.ingest import ingest_paths
from graph.report import SHEETS, find_documents, report_tables, write_workbook

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SENTENCE = "Tổ chức thực hiện có chiều sâu Nghị quyết số 35-NQ/TW của Bộ Chính trị"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("report") / "db")
    with EmbeddedStore(path) as store:
        assert ingest_paths([str(EXAMPLES)], store, progress=False).files_failed == 0
    return path


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    return subprocess.run([sys.executable, "-m", "graph.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=300)


def _rows(ws) -> list[dict]:
    values = list(ws.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def test_report_on_35_nq_tw_reads_back_with_the_quang_tri_row(db: str, tmp_path: Path) -> None:
    out = tmp_path / "35-NQ-TW.xlsx"
    run = _cli("report", "35-NQ/TW", "--db", db, "-o", str(out))
    assert run.returncode == 0, run.stderr
    wb = load_workbook(out)
    assert wb.sheetnames == list(SHEETS.values())

    provinces = _rows(wb[SHEETS["provinces"]])
    assert len(provinces) == 63  # every province before 1/7/2025, those with none too
    quang_tri = next(r for r in provinces if r["Tỉnh, thành"] == "Quảng Trị")
    assert quang_tri["Ngày"].date() == date(2023, 9, 22)  # a real date: Excel sorts and filters it
    assert quang_tri["Độ trễ (ngày)"] == (date(2023, 9, 22) - date(2018, 10, 22)).days
    assert quang_tri["Số văn bản"] == 2
    assert "khoa giáo" in quang_tri["Văn bản đầu tiên"].lower()
    ha_noi = next(r for r in provinces if r["Tỉnh, thành"] == "Hà Nội")
    assert ha_noi["Số văn bản"] == 0 and ha_noi["Ngày"] is None and ha_noi["Văn bản đầu tiên"] is None

    citing = _rows(wb[SHEETS["citing"]])
    row = next(r for r in citing if r["Câu trích dẫn"] and SENTENCE in r["Câu trích dẫn"])
    assert row["Tỉnh, thành"] == "Quảng Trị" and row["Quan hệ"] == "thực hiện"
    assert row["Ngày"].date() == date(2023, 9, 22)
    assert row["Nguồn"].endswith("quang-tri-hoi-nghi-khoa-giao-2023.txt")
    assert [r["Ngày"] for r in citing] == sorted(r["Ngày"] for r in citing)

    summary = dict(wb[SHEETS["summary"]].iter_rows(min_row=2, values_only=True))
    assert summary["Văn bản"] == "35-NQ/TW (2018)" and summary["Cơ quan ban hành"] == "Bộ Chính trị"
    assert summary["Số văn bản trích dẫn"] == len(citing)
    assert summary["Tỉnh, thành đã có văn bản (63 tỉnh, thành trước 1/7/2025)"] == sum(
        1 for r in provinces if r["Số văn bản"])

    units = _rows(wb[SHEETS["units"]])
    assert len(units) == 34
    assert next(u for u in units if u["Đơn vị từ 1/7/2025"] == "Quảng Trị")["Đã có văn bản"] == "Quảng Trị"
    for ws in wb.worksheets:  # filters on, header kept in view, widths set
        assert ws.auto_filter.ref == ws.dimensions and ws.freeze_panes == "A2"
        assert ws.column_dimensions["A"].width >= 12 and ws["A1"].font.bold


def test_a_symbol_of_two_documents_reports_the_most_cited_and_names_the_other(db: str, tmp_path: Path) -> None:
    run = _cli("report", "18-nq/tw", "--db", db, "-o", str(tmp_path / "18.xlsx"))
    assert run.returncode == 0, run.stderr
    assert "18-nq/tw is 2 documents; the report is on 18-NQ/TW@2022" in run.stderr
    assert "18-NQ/TW@2017" in run.stderr and "18-NQ/TW@2022" in run.stderr
    chosen = _cli("report", "18-NQ/TW@2017", "--db", db, "-o", str(tmp_path / "18-2017.xlsx"))
    assert chosen.returncode == 0 and "note:" not in chosen.stderr
    summary = dict(load_workbook(tmp_path / "18-2017.xlsx")[SHEETS["summary"]].iter_rows(min_row=2, values_only=True))
    assert summary["Văn bản"] == "18-NQ/TW (2017)"


def test_an_unknown_symbol_is_a_clear_error(db: str, tmp_path: Path) -> None:
    run = _cli("report", "99-NQ/TW", "--db", db, "-o", str(tmp_path / "x.xlsx"))
    assert run.returncode == 1 and "no document '99-NQ/TW'" in run.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_both_stores_give_the_same_workbook_rows(store, tmp_path: Path) -> None:
    assert ingest_paths([str(EXAMPLES)], store, progress=False).files_failed == 0
    key = find_documents(store, "35-NQ/TW")[0]["key"]
    assert key == "35-NQ/TW@2018"
    tables = report_tables(store, key)
    write_workbook(tables, tmp_path / "r.xlsx")
    provinces = _rows(load_workbook(tmp_path / "r.xlsx")[SHEETS["provinces"]])
    assert next(r for r in provinces if r["Tỉnh, thành"] == "Quảng Trị")["Số văn bản"] == 2
    assert {r["locality"] for r in tables.citing} >= {"Quảng Trị", "Bắc Giang", "Thái Bình"}
