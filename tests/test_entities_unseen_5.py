"""Fifth round of issue 12 probes, entities side: visits and working sessions, meetings with voters, awards,
congresses of Party cells and mass organisations, police and border-guard news. Each sentence is written for this
file; each asserts what a reader of the page would check."""

from __future__ import annotations

from tests.test_entities_unseen import agencies_of

# ------------------------------------------------------------------ the old tone placement: "Uỷ ban"


def test_a_committee_printed_with_the_old_tone_mark_is_named_whole() -> None:
    text = ("Đoàn đại biểu Quốc hội tỉnh phối hợp với Ban Thường trực Uỷ ban MTTQ tỉnh tổ chức cho đại biểu "
            "gặp gỡ cử tri hai huyện miền núi.")
    agencies = agencies_of(text)
    assert "Ban Thường trực Ủy ban MTTQ tỉnh" in agencies
    assert not [name for name in agencies if name.endswith("Uỷ")]


def test_central_committees_printed_the_old_way_take_the_modern_spelling() -> None:
    text = ("Theo nghị quyết liên tịch của Uỷ ban Thường vụ Quốc hội và Đoàn Chủ tịch Uỷ ban Trung ương Mặt trận "
            "Tổ quốc Việt Nam, các đại biểu báo cáo kết quả kỳ họp với cử tri.")
    agencies = agencies_of(text)
    assert "Ủy ban Thường vụ Quốc hội" in agencies
    assert "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" in agencies
