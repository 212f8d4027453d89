"""The workbook staff hand on: who cites one central document, the provincial tracker and a summary.

`report_tables(store, key)` gathers the tables from graph/views.py (the same views the app shows);
`write_workbook(tables, out)` writes them with openpyxl: Vietnamese headers, real dates, column widths,
filters and a frozen header row. `find_documents(store, text)` turns what a user types (a symbol such as
`35-NQ/TW`, or a key such as `18-NQ/TW@2017`) into the documents it may mean, most cited first.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from graph import views
from graph.store import Store
from loaders.gazetteer import provinces
from loaders.text import fold

#: (header, the views row field it shows, column width in characters)
CITING_COLUMNS = [
    ("Ngày", "date", 12), ("Tỉnh, thành", "locality", 16), ("Cơ quan", "agency", 30),
    ("Quan hệ", "relation", 16), ("Câu trích dẫn", "snippet", 90), ("Văn bản trích dẫn", "long_label", 50),
    ("Nguồn", "source", 45),
]
PROVINCE_COLUMNS = [
    ("Tỉnh, thành", "tỉnh, thành", 18), ("Đơn vị từ 1/7/2025", "đơn vị từ 1/7/2025", 20),
    ("Văn bản đầu tiên", "văn bản đầu tiên", 50), ("Ngày", "ngày", 12), ("Độ trễ (ngày)", "độ trễ (ngày)", 13),
    ("Số văn bản", "số văn bản", 11),
]
UNIT_COLUMNS = [
    ("Đơn vị từ 1/7/2025", "đơn vị từ 1/7/2025", 20), ("Gồm", "gồm", 40), ("Đã có văn bản", "đã có", 40),
    ("Ngày đầu tiên", "ngày đầu tiên", 13), ("Độ trễ (ngày)", "độ trễ (ngày)", 13),
]
SHEETS = {"summary": "Tổng hợp", "citing": "Văn bản trích dẫn", "provinces": "Theo dõi 63 tỉnh, thành",
          "units": "Theo 34 đơn vị từ 1-7-2025"}


class ReportError(ValueError):
    """The document asked for is not in the store (the message says what to type instead)."""


@dataclass
class ReportTables:
    """Everything the workbook shows, as plain rows."""

    document: dict[str, Any]
    summary: list[tuple[str, Any]] = field(default_factory=list)
    citing: list[dict[str, Any]] = field(default_factory=list)
    provinces: list[dict[str, Any]] = field(default_factory=list)  # the 63, those with none last
    units: list[dict[str, Any]] = field(default_factory=list)


def find_documents(store: Store, text: str) -> list[dict[str, Any]]:
    """The documents `text` (a key, or a symbol in any case) may mean, most cited first, each with
    `cited_by` (the number of documents citing it)."""
    text = text.strip()
    exact = store.get_document(text)
    docs = [exact] if exact else store.documents_with_symbols(list(dict.fromkeys([text, text.upper()])))
    if not docs:
        docs = [r for r in store.search(text, limit=20) if r.get("symbol") and fold(r["symbol"]) == fold(text)]
    out = [{**d, "cited_by": store.citer_count(d["key"])} for d in docs]
    out.sort(key=lambda d: (-d["cited_by"], d["key"]))
    return out


def report_tables(store: Store, key: str) -> ReportTables:
    """The tables of the workbook of document `key` (ReportError when the store has no such document)."""
    citing = views.citing_rows(store, key, limit=1_000_000)
    tracked = views.tracker(store, key, citing)
    if tracked is None:
        raise ReportError(f"no document with key {key!r} in the store")
    doc = tracked.document
    tables = ReportTables(doc)
    tables.citing = [{**r, "relation": views.relation_label(r.get("relation"))}
                     for r in sorted(citing, key=lambda r: (r.get("date") or "9999", r.get("long_label") or ""))]
    tables.provinces = list(tracked.rows) + [
        {"tỉnh, thành": name, "đơn vị từ 1/7/2025": _unit(name), "số văn bản": 0} for name in tracked.missing]
    tables.units = tracked.merged
    units_with = sum(1 for u in tracked.merged if u["đã có"])
    first = min((r["date"] for r in citing if r.get("date")), default=None)
    tables.summary = [
        ("Văn bản", views.doc_label(doc)),
        ("Trích yếu", doc.get("title")),
        ("Ngày ban hành", _cell_date(doc.get("date"))),
        ("Cơ quan ban hành", doc.get("issuer")),
        ("Số văn bản trích dẫn", len({r["key"] for r in citing})),
        ("Văn bản trích dẫn sớm nhất", _cell_date(first)),
        ("Tỉnh, thành đã có văn bản (63 tỉnh, thành trước 1/7/2025)", len(tracked.rows)),
        ("Tỉnh, thành chưa có văn bản", len(tracked.missing)),
        ("Đơn vị cấp tỉnh đã có văn bản (34 đơn vị từ 1/7/2025)", units_with),
        ("Độ trễ trung vị đến văn bản đầu tiên của tỉnh (ngày)", tracked.median_lag()),
        ("Văn bản trích dẫn không rõ địa phương", len(tracked.unplaced)),
        ("Kho dữ liệu", store.describe()),
        ("Lập lúc", datetime.now().replace(microsecond=0)),
    ]
    return tables


def _unit(name: str) -> str:
    return next((p.merged_into for p in provinces() if p.name == name), name)


def _cell_date(value: Any) -> Any:
    """An ISO date as a real date (Excel sorts and filters it), anything else as it is."""
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value


def write_workbook(tables: ReportTables, out: str | Path | BinaryIO) -> None:
    """The workbook: the summary, the citing documents, the 63 provinces, the 34 units."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    summary = wb.active
    summary.title = SHEETS["summary"]
    summary.append(["Chỉ tiêu", "Giá trị"])
    for label, value in tables.summary:
        summary.append([label, value])
    _finish(summary, [60, 70])
    for row in summary.iter_rows(min_row=2, min_col=2, max_col=2):
        for cell in row:
            cell.alignment = Alignment(horizontal="left", wrap_text=True, vertical="top")
            if isinstance(cell.value, datetime):
                cell.number_format = "dd/mm/yyyy hh:mm"
    _sheet(wb, SHEETS["citing"], CITING_COLUMNS, tables.citing, wrap={"snippet", "long_label"})
    _sheet(wb, SHEETS["provinces"], PROVINCE_COLUMNS, tables.provinces)
    _sheet(wb, SHEETS["units"], UNIT_COLUMNS, tables.units, wrap={"gồm", "đã có"})
    for ws in wb.worksheets:
        for cell in ws[1]:
            cell.font = Font(bold=True)
    wb.save(out)


def _sheet(wb: Any, title: str, columns: list[tuple[str, str, int]], rows: list[dict[str, Any]],
           wrap: set[str] = frozenset()) -> None:
    from openpyxl.styles import Alignment

    ws = wb.create_sheet(title)
    ws.append([header for header, _, _ in columns])
    for r in rows:
        ws.append([_cell_date(r.get(name)) if name in ("date", "ngày", "ngày đầu tiên") else r.get(name)
                   for _, name, _ in columns])
    for i, (_, name, _) in enumerate(columns, start=1):
        for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
            if isinstance(cell.value, date):
                cell.number_format = "dd/mm/yyyy"
            if name in wrap:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if name == "source" and isinstance(cell.value, str) and cell.value.startswith(("http://", "https://")):
                cell.hyperlink = cell.value
                cell.style = "Hyperlink"
    _finish(ws, [width for _, _, width in columns])


def _finish(ws: Any, widths: list[int]) -> None:
    """Column widths, a filter on every column and the header row kept in view."""
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.auto_filter.ref = ws.dimensions
    ws.freeze_panes = "A2"


def workbook_bytes(store: Store, key: str) -> bytes:
    """The workbook of `key` as bytes (the app's download button)."""
    buf = io.BytesIO()
    write_workbook(report_tables(store, key), buf)
    return buf.getvalue()
