"""document_info: title, date and locality from the file's metadata, else from the text itself."""

from __future__ import annotations

from pathlib import Path

import loaders
from loaders.document import document_info, find_dates


def test_metadata_wins() -> None:
    info = document_info("Một dòng\nSở Y tế tỉnh Quảng Trị", {"title": "Tiêu đề", "date": "2024-01-02",
                                                             "locality": "Huế"})
    assert (info.title, info.date, info.locality) == ("Tiêu đề", "2024-01-02", "Huế")


def test_from_the_text_dateline_and_places() -> None:
    text = ("TỈNH ỦY THANH HÓA\nSố 12-NQ/TU\nThanh Hóa, ngày 13 tháng 5 năm 2022\nNGHỊ QUYẾT\n"
            "về phát triển du lịch tỉnh Thanh Hóa; UBND tỉnh Thanh Hóa chủ trì, phối hợp tỉnh Nghệ An.")
    info = document_info(text)
    assert info.title == "TỈNH ỦY THANH HÓA"
    assert info.date == "2022-05-13"
    assert info.locality == "Thanh Hóa"


def test_no_date_without_a_dateline() -> None:
    assert document_info("Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị.").date is None


def test_seed(seed_path: Path) -> None:
    info = loaders.extract(loaders.read(seed_path)).document
    assert info.title == "Hội nghị giao ban các ngành khối khoa giáo năm 2023"
    assert info.locality == "Quảng Trị"


def test_find_dates_forms() -> None:
    text = "ngày 22/9/2023, ngày 22-10-2018, ngày 13 tháng 5 năm 2022, 2025-09-15, ngày 6/8, tháng 4/2015"
    assert [d.iso for d in find_dates(text)] == ["2023-09-22", "2018-10-22", "2022-05-13", "2025-09-15", "--08-06"]
