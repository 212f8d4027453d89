"""One date grammar (loaders.dates) for references, document info, events and the resolver's citing date."""

from __future__ import annotations

import pytest

from loaders.dates import date_at, find_dates, iso_date


@pytest.mark.parametrize("written, iso", [
    ("14/7/2019", "2019-07-14"), ("14-7-2019", "2019-07-14"), ("14.7.2019", "2019-07-14"), ("14 / 7 / 2019", "2019-07-14"),
    ("14 tháng 7 năm 2019", "2019-07-14"), ("14 THÁNG 7 NĂM 2019", "2019-07-14"), ("14 tháng 7, năm 2019", "2019-07-14"),
    ("01 Tháng 4 2022", "2022-04-01"), ("2025-09-15", "2025-09-15"), ("March 23, 2017", "2017-03-23"),
    ("23 March 2017", "2017-03-23"), ("14/7", "--07-14"), ("03 tháng 9", "--09-03"),
    ("30/02/2019", None), ("31/4", None), ("14/13/2019", None), ("14/7/1850", None),
])
def test_forms(written, iso):
    assert iso_date(written) == iso


def test_a_day_and_month_need_ngay():
    text = "ngày 22/9/2023, ngày 22-10-2018, ngày 13 tháng 5 năm 2022, 2025-09-15, ngày 6/8, tháng 4/2015, 03/04"
    assert [d.iso for d in find_dates(text)] == ["2023-09-22", "2018-10-22", "2022-05-13", "2025-09-15", "--08-06"]
    assert "--04-03" in [d.iso for d in find_dates(text, day_month_alone=True)]


def test_spans_and_parts():
    text = "Hà Nội, ngày 05 tháng 3 năm 2020"
    (d,) = find_dates(text)
    assert text[d.start:d.end] == "05 tháng 3 năm 2020"
    assert (d.day, d.month, d.year, d.full) == (5, 3, 2020, True)


def test_symbols_and_ranges_are_not_dates():
    assert find_dates("15/2020/NĐ-CP, 2021-2025, 1.100 người, 7,3%, 91/1447") == []


def test_date_at_a_position():
    text = "ban hành ngày 11/5/2016 của"
    assert date_at(text, 14).iso == "2016-05-11"
    assert date_at(text, 0) is None
